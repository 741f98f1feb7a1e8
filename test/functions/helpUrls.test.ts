/**
 * Every function's metadata has a help link to its own section of the function reference, and
 * that reference is a page served with the add-in (dist/functions.html, built from
 * docs/functions.md by the same plugin the build runs). Functions come from the generated
 * metadata, so a new one is covered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { russianHelp } from '../../src/functions/ru';
import { russianMetadata, type FunctionsMetadata } from '../../src/functions/ru/metadata';
import { functionCatalog } from './catalog';

type Reference = {
  REFERENCE_PAGE: string;
  anchorOf(id: string): string;
  anchorsIn(html: string): Set<string>;
  renderReference(markdown: string): string;
  withHelpUrls<T extends FunctionsMetadata>(metadata: T, pageUrl: string): T;
};
type Emitted = { source(): string | Buffer };
type PluginCompilation = {
  fileDependencies: Set<string>;
  errors: Error[];
  emitAsset(name: string, source: Emitted): void;
  getAsset(name: string): { source: Emitted } | undefined;
  updateAsset(name: string, source: Emitted): void;
};

/* eslint-disable @typescript-eslint/no-require-imports -- build code is CommonJS */
const reference = require('../../scripts/functionsReference') as Reference;
const { FunctionsReferencePlugin } = require('../../scripts/functionsReferencePlugin') as {
  FunctionsReferencePlugin: new (options: { baseUrl: string; root: string }) => {
    emit(compilation: PluginCompilation): void;
  };
};
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, '../..');
const BASE = 'https://addin.example.org/ta/';

/** The build's own plugin run over both metadata files, as webpack would. */
async function build(): Promise<{ assets: Map<string, string>; errors: Error[] }> {
  const catalog = await functionCatalog();
  const english: FunctionsMetadata = {
    functions: catalog.map((entry) => ({
      id: entry.id,
      name: entry.id,
      parameters: entry.parameters.map((p) => ({ name: p.name })),
    })),
  };
  const assets = new Map<string, string>([
    ['functions.json', JSON.stringify(english)],
    ['functions.ru.json', JSON.stringify(russianMetadata(english, russianHelp()).metadata)],
  ]);
  const errors: Error[] = [];
  const text = (source: Emitted) => source.source().toString();
  new FunctionsReferencePlugin({ baseUrl: BASE, root }).emit({
    fileDependencies: new Set(),
    errors,
    emitAsset: (name, source) => assets.set(name, text(source)),
    getAsset: (name) => {
      const body = assets.get(name);
      return body === undefined ? undefined : { source: { source: () => body } };
    },
    updateAsset: (name, source) => assets.set(name, text(source)),
  });
  return { assets, errors };
}

describe('help links', () => {
  it('give every function, in English and Russian, a link to its own section of the served page', async () => {
    const { assets, errors } = await build();
    expect(errors).toEqual([]);
    const page = assets.get(reference.REFERENCE_PAGE) as string;
    const anchors = reference.anchorsIn(page);
    for (const file of ['functions.json', 'functions.ru.json']) {
      const metadata = JSON.parse(assets.get(file) as string) as {
        functions: { id: string; helpUrl?: string }[];
      };
      expect(metadata.functions.length).toBeGreaterThanOrEqual(42);
      for (const fn of metadata.functions) {
        const anchor = reference.anchorOf(fn.id);
        expect([file, fn.id, fn.helpUrl]).toEqual([file, fn.id, `${BASE}functions.html#${anchor}`]);
        expect([fn.id, anchors.has(anchor)]).toEqual([fn.id, true]);
      }
    }
  });

  it('land on the heading of the function’s section, whose text names it in both languages', () => {
    const page = reference.renderReference(
      fs.readFileSync(path.join(root, 'docs/functions.md'), 'utf8')
    );
    expect(page).toMatch(/<h4 id="ta-throughput">TA\.THROUGHPUT — TA\.ПРОХОД<\/h4>/);
    expect(page).toMatch(/<h4 id="ta-netprofit">TA\.NETPROFIT — TA\.ЧИСТАЯ\.ПРИБЫЛЬ<\/h4>/);
  });

  it('fail the build when a function has no section in the reference', async () => {
    const english: FunctionsMetadata = { functions: [{ id: 'NEWTHING', name: 'NEWTHING' }] };
    const errors: Error[] = [];
    const assets = new Map([['functions.json', JSON.stringify(english)]]);
    new FunctionsReferencePlugin({ baseUrl: BASE, root }).emit({
      fileDependencies: new Set(),
      errors,
      emitAsset: () => undefined,
      getAsset: (name) => {
        const body = assets.get(name);
        return body === undefined ? undefined : { source: { source: () => body } };
      },
      updateAsset: () => undefined,
    });
    expect(errors.map((e) => e.message)).toEqual([
      'functions.json: NEWTHING has no section in docs/functions.md (npm run docs:functions)',
    ]);
  });

  it('never let another heading take a function’s anchor', () => {
    const page = reference.renderReference('## TA mix notes\n\n#### TA.MIX — TA.ПЛАН.ПРОДАЖ\n');
    expect(page).toContain('<h2 id="about-ta-mix-notes">');
    expect(page).toContain('<h4 id="ta-mix">');
  });
});
