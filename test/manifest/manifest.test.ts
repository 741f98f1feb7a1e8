/**
 * Offline structural checks of manifest.xml (Microsoft's validator needs its online service): the
 * shared runtime is wired consistently, every resource exists, URLs are HTTPS, the ru-RU overrides
 * point at what the build writes, and the icons are real PNGs of the declared sizes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const root = path.resolve(__dirname, '../..');
const manifestText = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const manifest: unknown = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: false,
}).parse(manifestText);

type XmlNode = Record<string, unknown>;

/** Every element named `tag` anywhere under `node`. */
function findAll(node: unknown, tag: string): XmlNode[] {
  if (Array.isArray(node)) return node.flatMap((child) => findAll(child, tag));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node as XmlNode).flatMap(([key, value]) => {
    const here = key === tag ? (Array.isArray(value) ? value : [value]) : [];
    return [...(here.filter((v) => typeof v === 'object') as XmlNode[]), ...findAll(value, tag)];
  });
}

function only(node: unknown, tag: string): XmlNode {
  const found = findAll(node, tag);
  expect(found).toHaveLength(1);
  return found[0] as XmlNode;
}

function resid(node: unknown, tag: string): string {
  return only(node, tag)['@resid'] as string;
}

/** Resources by id, across bt:Urls, bt:ShortStrings, bt:LongStrings and bt:Images. */
function resources(): Map<string, XmlNode> {
  const all = [
    ...findAll(manifest, 'bt:Url'),
    ...findAll(only(manifest, 'bt:ShortStrings'), 'bt:String'),
    ...findAll(only(manifest, 'bt:LongStrings'), 'bt:String'),
    ...findAll(only(manifest, 'bt:Images'), 'bt:Image').filter((image) => image['@id']),
  ];
  return new Map(all.map((node) => [node['@id'] as string, node]));
}

function ruOverride(node: XmlNode, tag = 'bt:Override'): string | undefined {
  const overrides = findAll(node, tag);
  return overrides.find((o) => o['@Locale'] === 'ru-RU')?.['@Value'] as string | undefined;
}

type WebpackConfig = { plugins: { constructor: { name: string } }[] } & Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build config is CommonJS
const buildConfig = require('../../webpack.config.js') as (
  env: unknown,
  argv: unknown
) => WebpackConfig;

function plugin<T>(config: WebpackConfig, name: string): T {
  return config.plugins.find((p) => p.constructor.name === name) as T;
}

describe('manifest.xml', () => {
  const byId = resources();
  const runtime = only(manifest, 'Runtime');

  it('uses one shared runtime: Runtime resid = Page = FunctionFile = ShowTaskpane', () => {
    const customFunctions = findAll(manifest, 'ExtensionPoint').find(
      (point) => point['@xsi:type'] === 'CustomFunctions'
    );
    const showTaskpane = findAll(manifest, 'Action').find((a) => a['@xsi:type'] === 'ShowTaskpane');
    expect(runtime['@resid']).toBe('Taskpane.Url');
    expect(resid(only(customFunctions, 'Page'), 'SourceLocation')).toBe(runtime['@resid']);
    expect(only(manifest, 'FunctionFile')['@resid']).toBe(runtime['@resid']);
    expect(resid(showTaskpane, 'SourceLocation')).toBe(runtime['@resid']);
  });

  it('keeps the runtime alive (lifetime long) and requires SharedRuntime 1.1', () => {
    expect(runtime['@lifetime']).toBe('long');
    const sets = findAll(only(manifest, 'Requirements'), 'Set');
    expect(sets).toContainEqual({ '@Name': 'SharedRuntime', '@MinVersion': '1.1' });
  });

  it('defines every resid it uses', () => {
    const used = manifestText.match(/resid="[^"]+"/g) ?? [];
    expect(used.length).toBeGreaterThan(10);
    for (const attribute of used) {
      const id = attribute.slice('resid="'.length, -1);
      expect([id, byId.has(id)]).toEqual([id, true]);
    }
  });

  it('asks for ReadWriteDocument, has a fresh Id and no template AppDomain', () => {
    expect(only(manifest, 'OfficeApp').Permissions).toBe('ReadWriteDocument');
    expect(only(manifest, 'OfficeApp').Id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    expect(manifestText).not.toMatch(/contoso/i);
  });

  it('keeps texts within the schema limits (short strings 125, long strings 250)', () => {
    const texts = (node: XmlNode, tag = 'bt:Override'): string[] => [
      node['@DefaultValue'] as string,
      ...findAll(node, tag).map((o) => o['@Value'] as string),
    ];
    const app = only(manifest, 'OfficeApp');
    const short = [
      ...texts(app.DisplayName as XmlNode, 'Override'),
      ...findAll(only(manifest, 'bt:ShortStrings'), 'bt:String').flatMap((node) => texts(node)),
    ];
    const long = [
      ...texts(app.Description as XmlNode, 'Override'),
      ...findAll(only(manifest, 'bt:LongStrings'), 'bt:String').flatMap((node) => texts(node)),
    ];
    for (const text of short) expect([text, [...text].length <= 125]).toEqual([text, true]);
    for (const text of long) expect([text, [...text].length <= 250]).toEqual([text, true]);
    expect(short.length).toBeGreaterThan(8);
  });

  it('uses only HTTPS URLs', () => {
    const urls = manifestText.match(/(?:DefaultValue|Value)="[a-z]+:\/\/[^"]*"/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/="https:\/\//);
  });

  it('has ru-RU overrides for the name and the metadata file the build writes', () => {
    const config = buildConfig({}, { mode: 'production' });
    const english = plugin<{ options: { output: string } }>(
      config,
      'CustomFunctionsMetadataPlugin'
    );
    const russian = plugin<{ output: string }>(config, 'RussianMetadataPlugin');
    const app = only(manifest, 'OfficeApp');
    expect(ruOverride(app.DisplayName as XmlNode, 'Override')).toBe('Учёт по проходу');
    expect(ruOverride(app.Description as XmlNode, 'Override')).toMatch(/^Учёт по проходу/);
    const metadataId = resid(only(manifest, 'Metadata'), 'SourceLocation');
    const metadataUrl = byId.get(metadataId) as XmlNode;
    expect(path.basename(metadataUrl['@DefaultValue'] as string)).toBe(english.options.output);
    expect(path.basename(ruOverride(metadataUrl) as string)).toBe(russian.output);
  });

  it('gives the functions one Latin namespace, TA, in every language (no look-alike override)', () => {
    const namespace = byId.get(only(manifest, 'Namespace')['@resid'] as string) as XmlNode;
    expect(namespace['@DefaultValue']).toBe('TA');
    expect(ruOverride(namespace)).toBeUndefined();
    // The unified manifest's schema for customFunctions.namespace: 1–32 characters, Latin only.
    expect(namespace['@DefaultValue']).toMatch(/^[A-Za-z][A-Za-z0-9._]{0,31}$/);
    // Every string that shows the namespace to a user writes it in Latin letters.
    expect(manifestText).not.toMatch(/(?<!\p{L})ТА(?!\p{L})/u);
  });

  it('points Script and Taskpane URLs at the files the build names', () => {
    const scriptUrl = byId.get(resid(only(manifest, 'Script'), 'SourceLocation'))?.[
      '@DefaultValue'
    ] as string;
    expect(path.basename(scriptUrl)).toBe('functions.js');
    const html = plugin<{ userOptions: { filename: string } }>(
      buildConfig({}, { mode: 'production' }),
      'HtmlWebpackPlugin'
    );
    expect(path.basename(byId.get('Taskpane.Url')?.['@DefaultValue'] as string)).toBe(
      html.userOptions.filename
    );
  });

  it('declares icons that exist in assets/ as PNGs of their declared size', () => {
    const images = [...byId.values()].filter((node) =>
      /\.png$/.test(String(node['@DefaultValue']))
    );
    const iconUrls = [
      ...images.map((node) => node['@DefaultValue'] as string),
      only(manifest, 'IconUrl')['@DefaultValue'] as string,
      only(manifest, 'HighResolutionIconUrl')['@DefaultValue'] as string,
    ];
    for (const url of iconUrls) {
      const file = path.join(root, 'assets', path.basename(url));
      const png = fs.readFileSync(file);
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('is rewritten to ADDIN_PUBLIC_URL in every URL by the build', () => {
    const previous = process.env.ADDIN_PUBLIC_URL;
    process.env.ADDIN_PUBLIC_URL = 'https://ta.example.org/addin';
    try {
      const copy = plugin<{ patterns: { from: string; transform?: (c: Buffer) => string }[] }>(
        buildConfig({}, { mode: 'production' }),
        'CopyPlugin'
      );
      const pattern = copy.patterns.find((p) => p.from === 'manifest.xml');
      const rewritten = pattern?.transform?.(Buffer.from(manifestText)) ?? '';
      expect(rewritten).not.toContain('localhost');
      expect(rewritten).toContain('https://ta.example.org/addin/functions.ru.json');
      expect(rewritten.match(/https:\/\/ta\.example\.org\/addin\//g)?.length).toBe(
        manifestText.match(/https:\/\/localhost:3000\//g)?.length
      );
    } finally {
      if (previous === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = previous;
    }
  });
});
