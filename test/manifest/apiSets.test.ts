/**
 * Office's requirement sets, proven without Excel: every Office.js member src/ uses is resolved
 * by the TypeScript checker to its declaration in @types/office-js and its `[Api set: …]` tag;
 * one above the manifest's minimum must sit behind `isSetSupported`. Parsing @types/office-js
 * (8.8 MB) makes this the slowest test of the suite: one program serves every case.
 */
import fs from 'node:fs';
import path from 'node:path';

type Use = {
  readonly member: string;
  readonly set: string | null;
  readonly version: string | null;
  readonly file: string;
  readonly line: number;
  readonly guarded: boolean;
};
type Violation = {
  readonly entry: string;
  readonly set: string;
  readonly version: string;
  readonly use: Use;
};
type Analysis = {
  readonly uses: readonly Use[];
  readonly guardVersions: readonly { set: string; version: string }[];
  readonly violations: readonly Violation[];
};

/* eslint-disable @typescript-eslint/no-require-imports -- the analysis is the docs script's CommonJS */
const { analyse } = require('../../scripts/apiSets') as {
  analyse: (o: { program: unknown; files: string[]; minimum: Record<string, string> }) => Analysis;
};
const { analyseAddIn, rawDocs, withoutPadding } = require('../../scripts/platformsDoc') as {
  analyseAddIn: (extra: string[]) => {
    program: unknown;
    minimum: Record<string, string>;
    analysis: Analysis;
  };
  rawDocs: (r: { analysis: Analysis; minimum: Record<string, string> }) => Record<string, string>;
  withoutPadding: (text: string) => string;
};
const { FEATURES, optionalFeatures } = require('../../scripts/platforms') as {
  FEATURES: Record<string, unknown>;
  optionalFeatures: (
    g: Analysis['guardVersions'],
    m: Record<string, string>
  ) => { set: string; version: string }[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, '../..');
const fixture = path.join(__dirname, 'fixtures/unguardedApis.ts');
const addIn = analyseAddIn([fixture]);

describe('requirement sets', () => {
  it('reads the minimum from the manifest', () => {
    expect(addIn.minimum).toEqual({
      SharedRuntime: '1.1',
      CustomFunctionsRuntime: '1.3',
      ExcelApi: '1.12',
    });
  });

  it('resolves the members the add-in calls to their declared sets', () => {
    const setOf = (member: string) => {
      const use = addIn.analysis.uses.find((u) => u.member === member);
      return use && `${use.set} ${use.version}`;
    };
    expect(addIn.analysis.uses.length).toBeGreaterThan(200);
    expect(setOf('Excel.Worksheet.customProperties')).toBe('ExcelApi 1.12');
    expect(setOf('Excel.Range.getMergedAreasOrNullObject')).toBe('ExcelApi 1.13');
    expect(setOf('Excel.RunOptions.mergeUndoGroup')).toBe('ExcelApi 1.20');
    expect(setOf('Excel.NamedItemCollection.add')).toBe('ExcelApi 1.4');
    expect(setOf('CustomFunctions.ErrorCode.invalidValue')).toBe('CustomFunctionsRuntime 1.3');
  });

  it('finds no member above the manifest minimum outside an isSetSupported check', () => {
    const found = addIn.analysis.violations.map(
      (v) => `${v.entry}: ${v.use.member} (${v.set} ${v.version}) at ${v.use.file}:${v.use.line}`
    );
    expect(found).toEqual([]);
  });

  it('fails on a deliberately broken input, and only where a check is missing', () => {
    const broken = analyse({ program: addIn.program, files: [fixture], minimum: addIn.minimum });
    const found = broken.violations.map((v) => `${v.entry} ${v.use.member} ${v.set} ${v.version}`);
    expect([...new Set(found)].sort()).toEqual([
      'unguardedApis.ts:helperCalledUnguarded Excel.Range.getMergedAreasOrNullObject ExcelApi 1.13',
      'unguardedApis.ts:mergedUnguarded Excel.Range.getMergedAreasOrNullObject ExcelApi 1.13',
      'unguardedApis.ts:undoUnderLowerCheck Excel.RunOptions.mergeUndoGroup ExcelApi 1.20',
    ]);
  });

  it('names what every check above the minimum turns on, for the platform table', () => {
    const optional = optionalFeatures(addIn.analysis.guardVersions, addIn.minimum);
    expect(optional.map((g) => `${g.set} ${g.version}`)).toEqual([
      'ExcelApi 1.13',
      'ExcelApi 1.20',
    ]);
    for (const guard of optional)
      expect(FEATURES).toHaveProperty([`${guard.set} ${guard.version}`]);
  });

  it('keeps the platform table of the README and docs/platforms.md current', () => {
    // Prettier only pads the tables (npm run docs:platforms writes them formatted).
    for (const [name, text] of Object.entries(rawDocs(addIn))) {
      const current = fs.readFileSync(path.join(root, name), 'utf8');
      expect(withoutPadding(current)).toBe(withoutPadding(text));
    }
  });
});
