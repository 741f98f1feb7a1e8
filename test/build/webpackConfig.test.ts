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
