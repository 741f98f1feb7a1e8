/**
 * manifest.xml against Microsoft's XML schemas (test/manifest/schema/, provenance in its README),
 * validated offline by libxml2 compiled to WebAssembly. The structural test (manifest.test.ts)
 * reads the manifest order-blind; Office's loader does not: an element out of sequence, a missing
 * required child or a resource id over 32 characters makes Office refuse the whole add-in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const root = path.resolve(__dirname, '../..');
const schemaDir = path.join(__dirname, 'schema');
const fixtureDir = path.join(__dirname, 'fixtures');
const manifestText = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

const RUNTIMES = /\n( *)<Runtimes>[\s\S]*?<\/Runtimes>/;
const PERMISSIONS = /\n *<Permissions>[^<]*<\/Permissions>/;

/** `text` with the first match of `element` cut out and put back right after `anchor`. */
function move(text: string, element: RegExp, anchor: string): string {
  const found = element.exec(text);
  if (!found) throw new Error(`no ${String(element)} in the document`);
  const without = text.slice(0, found.index) + text.slice(found.index + found[0].length);
  const at = without.indexOf(anchor);
  if (at < 0) throw new Error(`no ${anchor} in the document`);
  const end = at + anchor.length;
  return without.slice(0, end) + found[0] + without.slice(end);
}

function fixture(name: string): string {
  return fs.readFileSync(path.join(fixtureDir, name), 'utf8');
}

/** Each document to validate, by the file name its errors are reported under. */
const documents: Record<string, string> = {
  'manifest.xml': manifestText,
  'runtimesAfterFormFactor.xml': fixture('runtimesAfterFormFactor.xml'),
  'permissionsBeforeSettings.xml': fixture('permissionsBeforeSettings.xml'),
  // The fixtures with their one misplaced element put back: valid, so nothing else is wrong.
  'runtimesRestored.xml': move(
    fixture('runtimesAfterFormFactor.xml'),
    RUNTIMES,
    '<Host xsi:type="Workbook">'
  ),
  'permissionsRestored.xml': move(
    fixture('permissionsBeforeSettings.xml'),
    PERMISSIONS,
    '</DefaultSettings>'
  ),
  // Today's manifest, reordered or broken in one place each.
  'versionBeforeId.xml': manifestText.replace(
    /(\n *<Id>[^<]*<\/Id>)(\n *<Version>[^<]*<\/Version>)/,
    '$2$1'
  ),
  'runtimesLast.xml': move(manifestText, RUNTIMES, '</DesktopFormFactor>'),
  'lifetimeForever.xml': manifestText.replace('lifetime="long"', 'lifetime="forever"'),
  'longResid.xml': manifestText.replaceAll('Taskpane.Url', 'Taskpane.Url.ThatIsLongerThan32Chars'),
  'runtimesEmpty.xml': manifestText.replace(RUNTIMES, '\n$1<Runtimes></Runtimes>'),
  'noDefaultSettings.xml': manifestText.replace(
    /\n *<DefaultSettings>[\s\S]*?<\/DefaultSettings>/,
    ''
  ),
};

let errorsByFile: Map<string, string[]>;

beforeAll(async () => {
  const schemas = fs.readdirSync(schemaDir).filter((name) => name.endsWith('.xsd'));
  const read = (fileName: string) => ({
    fileName,
    contents: fs.readFileSync(path.join(schemaDir, fileName), 'utf8'),
  });
  // One run of xmllint for every document: one WebAssembly start-up.
  const result = await validateXML({
    xml: Object.entries(documents).map(([fileName, contents]) => ({ fileName, contents })),
    schema: read('OfficeAppManifestV1_1.xsd'),
    preload: schemas.filter((name) => name !== 'OfficeAppManifestV1_1.xsd').map(read),
  });
  errorsByFile = new Map(Object.keys(documents).map((name) => [name, []]));
  for (const error of result.errors) {
    // xmllint's closing "<file> fails to validate" repeats what the located errors say.
    if (/^\S+ fails to validate$/.test(error.rawMessage)) continue;
    const file = error.loc?.fileName ?? '(unknown)';
    errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), error.rawMessage]);
  }
  // Errors xmllint could not pin to a document (a broken schema) fail every test below.
  expect(errorsByFile.get('(unknown)')).toBeUndefined();
});

function errorsOf(file: string): string[] {
  const errors = errorsByFile.get(file);
  if (!errors) throw new Error(`${file} was not validated`);
  return errors;
}

describe("manifest.xml against Microsoft's schemas", () => {
  it('is valid: every element in sequence, every value of its type', () => {
    expect(errorsOf('manifest.xml')).toEqual([]);
  });

  it('refuses Runtimes after DesktopFormFactor: Runtimes comes first in Host', () => {
    expect(errorsOf('runtimesAfterFormFactor.xml').join('\n')).toMatch(
      /Element '\{[^}]+\}Runtimes': This element is not expected/
    );
    expect(errorsOf('runtimesRestored.xml')).toEqual([]);
  });

  it('refuses Permissions before DefaultSettings', () => {
    expect(errorsOf('permissionsBeforeSettings.xml').join('\n')).toMatch(
      /Element '\{[^}]+\}Permissions': This element is not expected/
    );
    expect(errorsOf('permissionsRestored.xml')).toEqual([]);
  });

  it('refuses the current manifest with two siblings swapped or Runtimes moved last', () => {
    expect(errorsOf('versionBeforeId.xml').join('\n')).toMatch(
      /\}Version': This element is not expected/
    );
    expect(errorsOf('runtimesLast.xml').join('\n')).toMatch(
      /\}Runtimes': This element is not expected/
    );
  });

  it('holds Runtimes to the documented rules: a lifetime of short or long, one Runtime at least', () => {
    expect(errorsOf('lifetimeForever.xml').join('\n')).toMatch(/'lifetime'.*'forever'/);
    expect(errorsOf('runtimesEmpty.xml').join('\n')).toMatch(/\}Runtimes': Missing child element/);
  });

  it('refuses a resource id over 32 characters and a task pane app without DefaultSettings', () => {
    expect(errorsOf('longResid.xml').join('\n')).toMatch(/Taskpane\.Url\.ThatIsLongerThan32Chars/);
    expect(errorsOf('noDefaultSettings.xml').join('\n')).toMatch(
      /not expected\. Expected is .*DefaultSettings/
    );
  });
});
