// Which Office.js members the add-in calls, with their requirement sets, and whether every use
// above the manifest's minimum sits behind an `isSetSupported` check. The TypeScript checker
// resolves each property access, call and object-literal property of src/** to its declaration;
// `@types/office-js` (and the custom-functions runtime types) tag declarations with
// `[Api set: ExcelApi 1.x]`. A use is guarded by an enclosing `if`, `?:`, `&&` or an early
// `return`/`throw` on `isSetSupported(…)` (literal or `const` versions), in its own function or
// at every call of that function (a function called unguarded passes its need to its caller).
// Functions nobody in src calls (the pane's gateway methods, React components) are the entries:
// what they still need must not exceed the manifest's minimum.
'use strict';
const path = require('node:path');
const ts = require('typescript');

const TYPE_PACKAGES =
  /node_modules[\\/]@types[\\/](office-js|office-runtime|custom-functions-runtime)[\\/]/;
const API_SET = /\[Api set: ([A-Za-z]+) (\d+(?:\.\d+)*)/;

function compareVersions(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The requirement set of a declaration of the Office type packages, or null (untagged): the
 * `[Api set: …]` line of the JSDoc comment before it. The program does not parse JSDoc (most of
 * @types/office-js's 8.8 MB is comments), so the comment is read as text, and only for the
 * declarations the add-in uses.
 */
function apiSetOf(declaration) {
  const text = declaration.getSourceFile().text;
  // A variable's comment stands before its statement (`var context: Context;`).
  const owner = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  for (const range of ts.getLeadingCommentRanges(text, owner.pos) ?? []) {
    const comment = text.slice(range.pos, range.end);
    const match = comment.startsWith('/**') ? API_SET.exec(comment) : null;
    if (match) return { set: match[1], version: match[2] };
  }
  return null;
}

function isFunctionLike(node) {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/** The named function a node belongs to: its unit of analysis (or the module itself). */
function unitOf(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (
      ts.isFunctionDeclaration(n) ||
      ts.isMethodDeclaration(n) ||
      ts.isConstructorDeclaration(n) ||
      ts.isGetAccessorDeclaration(n) ||
      ts.isSetAccessorDeclaration(n)
    ) {
      return n;
    }
    if (
      (ts.isVariableDeclaration(n) || ts.isPropertyDeclaration(n)) &&
      n.initializer &&
      isFunctionLike(n.initializer) &&
      isTopLevel(n)
    ) {
      return n;
    }
    if (ts.isSourceFile(n)) return n;
  }
  return node.getSourceFile();
}

function isTopLevel(declaration) {
  for (let n = declaration.parent; n; n = n.parent) {
    if (ts.isSourceFile(n) || ts.isClassDeclaration(n)) return true;
    if (ts.isBlock(n) || isFunctionLike(n)) return false;
  }
  return true;
}

function unitName(unit) {
  const file = path.basename(unit.getSourceFile().fileName);
  if (ts.isSourceFile(unit)) return `${file}:<module>`;
  const owner = unit.parent && ts.isClassDeclaration(unit.parent) && unit.parent.name;
  const own = ts.isConstructorDeclaration(unit) ? 'constructor' : (unit.name?.getText() ?? '?');
  return `${file}:${owner ? `${owner.getText()}.` : ''}${own}`;
}

function lineOf(node) {
  const file = node.getSourceFile();
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}

/** The value of a string literal, or of a `const` initialised with one (imported or not). */
function stringValue(checker, expression) {
  if (ts.isStringLiteralLike(expression)) return expression.text;
  if (!ts.isIdentifier(expression)) return null;
  const initializer = constInitializer(checker, expression);
  return initializer && ts.isStringLiteralLike(initializer) ? initializer.text : null;
}

function constInitializer(checker, identifier) {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) {
    return null;
  }
  const list = declaration.parent;
  return ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const
    ? declaration.initializer
    : null;
}

/** Guards an expression asserts when true (`positive`) or when false. */
function guardsOf(checker, expression, positive, depth = 0) {
  if (depth > 8) return [];
  const again = (e, p) => guardsOf(checker, e, p, depth + 1);
  if (ts.isParenthesizedExpression(expression)) return again(expression.expression, positive);
  if (
    ts.isPrefixUnaryExpression(expression) &&
    expression.operator === ts.SyntaxKind.ExclamationToken
  ) {
    return again(expression.operand, !positive);
  }
  if (ts.isBinaryExpression(expression)) {
    const op = expression.operatorToken.kind;
    const both = [...again(expression.left, positive), ...again(expression.right, positive)];
    if (positive && op === ts.SyntaxKind.AmpersandAmpersandToken) return both;
    if (!positive && op === ts.SyntaxKind.BarBarToken) return both;
    return [];
  }
  if (ts.isIdentifier(expression)) {
    const initializer = constInitializer(checker, expression);
    return initializer ? again(initializer, positive) : [];
  }
  if (positive && ts.isCallExpression(expression)) {
    const callee = expression.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
    if (name !== 'isSetSupported') return [];
    const values = expression.arguments.map((arg) => stringValue(checker, arg));
    if (values.some((v) => v === null) || values.length === 0) return [];
    // The add-in's ExcelHost.isSetSupported(version) asks for ExcelApi.
    const set = values.length >= 2 ? values[0] : 'ExcelApi';
    return [{ set, version: values[values.length - 1] }];
  }
  return [];
}

function exits(statement) {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

/** Every guard in force at `node`, up to its unit. */
function guardsAt(checker, node, unit) {
  const guards = [];
  let child = node;
  for (let parent = node.parent; parent && child !== unit; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement)
        guards.push(...guardsOf(checker, parent.expression, true));
      if (child === parent.elseStatement)
        guards.push(...guardsOf(checker, parent.expression, false));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) guards.push(...guardsOf(checker, parent.condition, true));
      if (child === parent.whenFalse) guards.push(...guardsOf(checker, parent.condition, false));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      const op = parent.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
        guards.push(...guardsOf(checker, parent.left, true));
      }
      if (op === ts.SyntaxKind.BarBarToken) guards.push(...guardsOf(checker, parent.left, false));
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (
          ts.isIfStatement(statement) &&
          !statement.elseStatement &&
          exits(statement.thenStatement)
        ) {
          guards.push(...guardsOf(checker, statement.expression, false));
        }
      }
    }
  }
  return guards;
}

function covers(guards, need) {
  return guards.some((g) => g.set === need.set && compareVersions(g.version, need.version) >= 0);
}

/** The Office declaration a node refers to, with its set; null for anything else. */
function officeMember(checker, node) {
  let declarations = [];
  let symbol = null;
  if (ts.isPropertyAccessExpression(node)) {
    symbol = checker.getSymbolAtLocation(node.name);
    const call = node.parent;
    if (ts.isCallExpression(call) && call.expression === node) {
      const declaration = checker.getResolvedSignature(call)?.declaration;
      if (declaration) declarations = [declaration];
    }
  } else if (
    (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
    ts.isObjectLiteralExpression(node.parent)
  ) {
    const type = checker.getContextualType(node.parent);
    symbol = type?.getProperty(node.name.getText()) ?? null;
  }
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (declarations.length === 0) declarations = symbol?.declarations ?? [];
  const declaration = declarations.find((d) => TYPE_PACKAGES.test(d.getSourceFile().fileName));
  if (!declaration) return null;
  const name = symbol ? checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, '') : '?';
  return { member: name, need: apiSetOf(declaration) };
}

function isDeclarationName(identifier) {
  const parent = identifier.parent;
  // Imports and exports name a function; they do not call it.
  for (let n = parent; n; n = n.parent) {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return true;
  }
  return (
    parent !== undefined &&
    'name' in parent &&
    parent.name === identifier &&
    (ts.isDeclarationStatement(parent) ||
      ts.isClassElement(parent) ||
      ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isPropertyAssignment(parent) ||
      ts.isBindingElement(parent))
  );
}

/** The unit a reference leads to, when it is a function of the analysed files. */
function calleeUnit(checker, node, units) {
  let symbol = checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  for (const declaration of symbol?.declarations ?? []) {
    if (units.has(declaration)) return declaration;
    if (ts.isClassDeclaration(declaration)) {
      const constructor = declaration.members.find(ts.isConstructorDeclaration);
      if (constructor && units.has(constructor)) return constructor;
    }
  }
  return null;
}

/**
 * Analyses `files` (absolute paths, part of `program`). `minimum`: the manifest's sets,
 * `{ ExcelApi: '1.12', … }`. Returns every use of an Office member, the guard levels in the
 * code, and the violations (entries whose unguarded needs exceed the minimum).
 */
function analyse({ program, files, minimum }) {
  const checker = program.getTypeChecker();
  const wanted = new Set(files.map((f) => path.resolve(f)));
  const sources = program.getSourceFiles().filter((f) => wanted.has(path.resolve(f.fileName)));
  const units = new Map();
  const unit = (node) => {
    if (!units.has(node)) units.set(node, { node, needs: [], calls: [], callers: 0 });
    return units.get(node);
  };
  const uses = [];
  const guardVersions = [];
  for (const source of sources) {
    unit(source);
    const visit = (node) => {
      if (
        ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isConstructorDeclaration(node)
      ) {
        unit(node);
      }
      if (ts.isCallExpression(node)) {
        for (const guard of guardsOf(checker, node, true)) guardVersions.push(guard);
      }
      node.forEachChild(visit);
    };
    visit(source);
    const declareArrowUnits = (node) => {
      const owner = unitOf(node.body ?? node);
      if (
        owner !== source &&
        (ts.isVariableDeclaration(owner) || ts.isPropertyDeclaration(owner))
      ) {
        unit(owner);
      }
      node.forEachChild(declareArrowUnits);
    };
    declareArrowUnits(source);
  }
  for (const source of sources) {
    const visit = (node) => {
      const owner = unit(unitOf(node));
      const found = officeMember(checker, node);
      if (found) {
        const guards = guardsAt(checker, node, owner.node);
        const use = {
          file: path.relative(process.cwd(), source.fileName),
          line: lineOf(node),
          member: found.member,
          set: found.need?.set ?? null,
          version: found.need?.version ?? null,
          unit: unitName(owner.node),
          guarded: found.need !== null && covers(guards, found.need),
        };
        uses.push(use);
        if (found.need && !use.guarded) owner.needs.push({ ...found.need, use });
      }
      // Every reference to a function of src is an edge, called or passed on as a value.
      if (ts.isIdentifier(node) && !isDeclarationName(node)) {
        const callee = calleeUnit(checker, node, units);
        if (callee && callee !== owner.node) {
          owner.calls.push({ callee, guards: guardsAt(checker, node, owner.node) });
          units.get(callee).callers += 1;
        }
      }
      node.forEachChild(visit);
    };
    source.forEachChild(visit);
  }
  return { uses, guardVersions: dedupe(guardVersions), violations: violations(units, minimum) };
}

function dedupe(guards) {
  const seen = new Map(guards.map((g) => [`${g.set} ${g.version}`, g]));
  return [...seen.values()].sort(
    (a, b) => a.set.localeCompare(b.set) || compareVersions(a.version, b.version)
  );
}

/** What each unit needs once its callees' unguarded needs are added (a fixpoint). */
function closure(units) {
  const needs = new Map([...units.keys()].map((node) => [node, [...units.get(node).needs]]));
  for (let changed = true, round = 0; changed && round < 50; round++) {
    changed = false;
    for (const [node, info] of units) {
      for (const call of info.calls) {
        for (const need of needs.get(call.callee) ?? []) {
          if (covers(call.guards, need)) continue;
          const mine = needs.get(node);
          if (mine.some((n) => n.use === need.use)) continue;
          mine.push(need);
          changed = true;
        }
      }
    }
  }
  return needs;
}

function violations(units, minimum) {
  const needs = closure(units);
  const found = [];
  for (const [node, info] of units) {
    if (info.callers > 0) continue;
    for (const need of needs.get(node)) {
      const floor = minimum[need.set];
      if (floor !== undefined && compareVersions(need.version, floor) <= 0) continue;
      found.push({ entry: unitName(node), set: need.set, version: need.version, use: need.use });
    }
  }
  return found;
}

/**
 * One program for several analyses (parsing @types/office-js, 8.8 MB, is most of the cost), with
 * the project's options from `tsconfig` and only the Office types among the global ones.
 */
function createProgram(files, tsconfig) {
  const read = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(tsconfig));
  const options = {
    ...parsed.options,
    noEmit: true,
    types: ['office-js', 'custom-functions-runtime'],
  };
  const host = ts.createCompilerHost(options);
  // Types only: JSDoc is not parsed (apiSetOf reads the few comments it needs as text).
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseNone;
  return ts.createProgram({ rootNames: files, options, host });
}

/**
 * The files to analyse: those that name an Office namespace. Leaving out the others can only
 * remove callers of a function, which makes the check stricter, never weaker.
 */
function officeFiles(files, readFile) {
  return files.filter((file) =>
    /\b(Excel|Office|OfficeExtension|CustomFunctions)\./.test(readFile(file))
  );
}

module.exports = { analyse, compareVersions, createProgram, officeFiles };
