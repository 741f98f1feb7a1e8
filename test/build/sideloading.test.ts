/**
 * `npm run start:excel` / `stop:excel`: Office loads the add-in only from a certificate its system
 * trusts, so the dev server behind a sideload takes office-addin-dev-certs' certificate; the
 * browser preview (`start:dev-server`) keeps webpack's own. Neither Excel nor a certificate store
 * exists here: this proves the wiring, the README says what a real sideload needs.
 */
import fs from 'node:fs';
import path from 'node:path';

const issued = { ca: Buffer.from('CA'), cert: Buffer.from('CERT'), key: Buffer.from('KEY') };
const mockGetHttpsServerOptions = jest.fn(async () => issued);
jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions: mockGetHttpsServerOptions }), {
  virtual: true,
});

type DevServer = { port: number; server: unknown };
type Config = { devServer: DevServer };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build config is CommonJS
const buildConfig = require('../../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: { mode: string }
) => Config | Promise<Config>;

const root = path.resolve(__dirname, '../..');
const scripts = (
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

beforeEach(() => mockGetHttpsServerOptions.mockClear());

describe('sideloading into Excel', () => {
  it('serves the sideload on the certificate office-addin-dev-certs issued and installed', async () => {
    const config = await buildConfig(
      { WEBPACK_SERVE: true, devCerts: true },
      { mode: 'development' }
    );
    expect(mockGetHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(config.devServer.server).toEqual({ type: 'https', options: issued });
  });

  it('keeps webpack’s own certificate for the browser preview and never touches the store', () => {
    const config = buildConfig({ WEBPACK_SERVE: true }, { mode: 'development' }) as Config;
    expect(config.devServer.server).toBe('https');
    expect(mockGetHttpsServerOptions).not.toHaveBeenCalled();
  });

  it('starts the trusted dev server on the port the manifest points at, and stops what it started', () => {
    const start = scripts['start:excel'] ?? '';
    const stop = scripts['stop:excel'] ?? '';
    expect(scripts['dev-server:excel']).toMatch(/^webpack serve .*--env devCerts\b/);
    expect(start).toContain('--dev-server "npm run dev-server:excel"');
    const port = Number(/--dev-server-port (\d+)/.exec(start)?.[1]);
    expect(port).toBe((buildConfig({}, { mode: 'development' }) as Config).devServer.port);
    expect(manifest).toContain(`https://localhost:${port}/taskpane.html`);
    // The same pinned tool and the same manifest: stop unregisters what start sideloaded.
    const tool = /npx --yes (office-addin-debugging@\d+\.\d+\.\d+) /;
    expect(tool.exec(start)?.[1]).toBeDefined();
    expect(tool.exec(stop)?.[1]).toBe(tool.exec(start)?.[1]);
    expect(start).toMatch(/ start manifest\.xml desktop --app excel /);
    expect(stop).toMatch(/ stop manifest\.xml\b/);
  });

  it('installs, checks and removes the developer certificate with Microsoft’s tool', () => {
    expect(scripts['certs:install']).toBe('office-addin-dev-certs install');
    expect(scripts['certs:verify']).toBe('office-addin-dev-certs verify');
    expect(scripts['certs:uninstall']).toBe('office-addin-dev-certs uninstall');
  });
});
