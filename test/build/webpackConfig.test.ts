// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as (
  env: unknown,
  argv: { mode: string }
) => {
  plugins: {
    constructor: { name: string };
    userOptions?: { templateParameters?: { officeJs?: string } };
  }[];
};

function officeJsOf(mode: string): string | undefined {
  const html = config({}, { mode }).plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin');
  return html?.userOptions?.templateParameters?.officeJs;
}

describe('webpack config', () => {
  const saved = process.env.OFFICE_JS;
  afterEach(() => {
    process.env.OFFICE_JS = saved;
  });

  it('loads office.js from Microsoft’s CDN in production, even when a local copy is asked for', () => {
    process.env.OFFICE_JS = 'local';
    expect(officeJsOf('production')).toBe(
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'
    );
  });

  it('serves the npm copy of office.js only for an offline development preview (OFFICE_JS=local)', () => {
    process.env.OFFICE_JS = 'local';
    expect(officeJsOf('development')).toBe('office-js/office.js');
    delete process.env.OFFICE_JS;
    expect(officeJsOf('development')).toMatch(/^https:\/\/appsforoffice\.microsoft\.com\//);
  });
});

describe('the engine on the shared runtime’s page', () => {
  type Built = {
    optimization?: {
      runtimeChunk?: unknown;
      splitChunks?: { cacheGroups?: Record<string, unknown> };
    };
    plugins: { constructor: { name: string }; entries?: string[] }[];
  };
  const built = (): Built =>
    (config as unknown as (e: unknown, a: unknown) => Built)({}, { mode: 'production' });

  it('gives functions.js and taskpane.js one runtime and one shared chunk, so the engine loads once', () => {
    expect(built().optimization?.runtimeChunk).toBe('single');
    expect(built().optimization?.splitChunks?.cacheGroups?.shared).toMatchObject({
      chunks: 'initial',
      minChunks: 2,
    });
  });

  it('fails the build when a module of src/core lands in two of the page’s chunks', () => {
    const check = built().plugins.find((p) => p.constructor.name === 'SingleEnginePlugin');
    expect(check?.entries).toEqual(['functions', 'taskpane']);
  });
});
