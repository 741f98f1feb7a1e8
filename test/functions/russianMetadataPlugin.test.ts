/**
 * The build step that writes functions.ru.json, run on a stand-in for webpack's compilation: it
 * loads the TypeScript help map itself (no prior build, no ts-node) and reports mismatches as
 * compilation errors, which fail `npm run build`.
 */
import path from 'node:path';

type Asset = { source: { source(): string } };
type FakeCompilation = {
  getAsset(name: string): Asset | undefined;
  emitAsset(name: string, source: { source(): string }): void;
  errors: Error[];
  fileDependencies: Set<string>;
  emitted: Map<string, string>;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the plugin is CommonJS (build code)
const { RussianMetadataPlugin } = require('../../scripts/russianMetadataPlugin') as {
  RussianMetadataPlugin: new (options?: { root?: string }) => { emit(c: FakeCompilation): void };
};

function compilationWith(english: unknown): FakeCompilation {
  const emitted = new Map<string, string>();
  return {
    getAsset: (name) =>
      name === 'functions.json' ? { source: { source: () => JSON.stringify(english) } } : undefined,
    emitAsset: (name, source) => emitted.set(name, source.source()),
    errors: [],
    fileDependencies: new Set(),
    emitted,
  };
}

const throughputOnly = {
  functions: [
    {
      id: 'THROUGHPUT',
      name: 'THROUGHPUT',
      description: 'Throughput per unit.',
      parameters: [
        { name: 'price', type: 'any', dimensionality: 'matrix' },
        { name: 'tvc', type: 'any', dimensionality: 'matrix' },
      ],
      result: { dimensionality: 'matrix' },
    },
  ],
};

describe('RussianMetadataPlugin', () => {
  const root = path.resolve(__dirname, '../..');

  it('writes functions.ru.json with Russian names and keeps ids and types', () => {
    const compilation = compilationWith(throughputOnly);
    new RussianMetadataPlugin({ root }).emit(compilation);
    const russian = JSON.parse(compilation.emitted.get('functions.ru.json') ?? '{}');
    expect(russian.functions[0]).toMatchObject({
      id: 'THROUGHPUT',
      name: 'ПРОХОД',
      parameters: [
        { name: 'цена', type: 'any', dimensionality: 'matrix' },
        { name: 'апз', type: 'any', dimensionality: 'matrix' },
      ],
      result: { dimensionality: 'matrix' },
    });
    expect(compilation.fileDependencies).toContain(path.join(root, 'src/functions/ru/index.ts'));
  });

  it('fails the build for help whose function the metadata does not declare', () => {
    const compilation = compilationWith(throughputOnly);
    new RussianMetadataPlugin({ root }).emit(compilation);
    const messages = compilation.errors.map((error) => error.message);
    expect(messages).toContain(
      'functions.ru.json: Russian help for MIX, which no *Functions.ts declares'
    );
  });

  it('does nothing when functions.json was not generated (its own plugin reports why)', () => {
    const compilation = compilationWith(null);
    compilation.getAsset = () => undefined;
    new RussianMetadataPlugin({ root }).emit(compilation);
    expect(compilation.emitted.size).toBe(0);
    expect(compilation.errors).toEqual([]);
  });
});
