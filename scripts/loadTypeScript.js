// Loads a TypeScript module (and the relative .ts modules it imports) into Node for the build,
// without ts-node: each file is transpiled to CommonJS with the project's TypeScript and run in
// its own function scope. Package imports resolve through Node as usual.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const ts = require('typescript');

function resolveFile(request) {
  for (const candidate of [request, `${request}.ts`, path.join(request, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`cannot find TypeScript module ${request}`);
}

/**
 * The exports of `file`; `loaded` collects every file read (for webpack's watch list). A fresh
 * call reads the files again, so a rebuild sees edits.
 */
function loadTypeScript(file, loaded = new Map()) {
  const resolved = resolveFile(path.resolve(file));
  const cached = loaded.get(resolved);
  if (cached) return cached.exports;
  const { outputText } = ts.transpileModule(fs.readFileSync(resolved, 'utf8'), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
    fileName: resolved,
  });
  const module = { exports: {} };
  loaded.set(resolved, module);
  const dirname = path.dirname(resolved);
  const localRequire = (request) =>
    request.startsWith('.')
      ? loadTypeScript(path.resolve(dirname, request), loaded)
      : require(request);
  const run = vm.compileFunction(
    outputText,
    ['exports', 'require', 'module', '__filename', '__dirname'],
    {
      filename: resolved,
    }
  );
  run(module.exports, localRequire, module, resolved, dirname);
  return module.exports;
}

module.exports = { loadTypeScript };
