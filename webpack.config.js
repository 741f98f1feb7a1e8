/**
 * The Excel add-in build (shared runtime: the task pane and the custom functions share one page).
 *
 *   npm run build              → dist/: taskpane.html loading taskpane.js and functions.js,
 *                                functions.json (from the JSDoc), functions.ru.json, functions.html
 *                                (the function reference every helpUrl points into), manifest.xml,
 *                                assets/, LICENSE.txt and THIRD-PARTY-NOTICES.txt
 *   npm run start:dev-server   → https://localhost:3000/ with webpack-dev-server's own
 *                                self-signed certificate (a browser preview: accept it once)
 *   npm run dev-server:excel   → the same on a certificate Office trusts (--env devCerts):
 *                                office-addin-dev-certs issues it from a developer CA that it
 *                                installs in the user's certificate store (asks once)
 *
 * ADDIN_PUBLIC_URL=https://example.org/ta/ npm run build rewrites every https://localhost:3000/
 * in manifest.xml to the production address. The playground has its own config.
 *
 * OFFICE_JS=local (development only) serves office.js from the @microsoft/office-js package
 * instead of Microsoft's CDN, for previewing the pane outside Office with no network. Production
 * always loads the CDN copy, as Microsoft requires.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { RussianMetadataPlugin } = require('./scripts/russianMetadataPlugin');
const { FunctionsReferencePlugin } = require('./scripts/functionsReferencePlugin');
const { functionFiles } = require('./scripts/functionFiles');
const { moduleRules, nodeBuiltinsFallback, nodeSchemePlugin } = require('./scripts/webpackShared');
const { SingleEnginePlugin } = require('./scripts/singleEnginePlugin');
const { contentSecurityPolicy } = require('./scripts/contentSecurityPolicy');
const { LicenseNoticesPlugin } = require('./scripts/licenseNotices');

const root = __dirname;
const DEV_URL = 'https://localhost:3000/';

function publicUrl() {
  const url = process.env.ADDIN_PUBLIC_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_PUBLIC_URL must be https: ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Office loads an add-in only from a certificate whose issuer the system trusts; webpack's
 * self-signed one is refused without a word. Loaded here only: the tests never need it.
 */
async function withTrustedCertificate(config) {
  const { getHttpsServerOptions } = require('office-addin-dev-certs');
  const { ca, cert, key } = await getHttpsServerOptions();
  const server = { type: 'https', options: { ca, cert, key } };
  return { ...config, devServer: { ...config.devServer, server } };
}

module.exports = (env = {}, argv = {}) => {
  const config = buildConfig(argv);
  return env.devCerts ? withTrustedCertificate(config) : config;
};

function buildConfig(argv) {
  const production = argv.mode === 'production';
  const url = publicUrl();
  const localOfficeJs = !production && process.env.OFFICE_JS === 'local';
  const officeJsDir = path.join(
    path.dirname(require.resolve('@microsoft/office-js/package.json')),
    'dist'
  );
  const officeJsCopies = localOfficeJs
    ? ['office.js', 'o15apptofilemappingtable.js'].map((name) => ({
        from: path.join(officeJsDir, name),
        to: `office-js/${name}`,
      }))
    : [];
  return {
    context: root,
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: {
      functions: './src/functions/index.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: { path: path.join(root, 'dist'), filename: '[name].js', clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      fallback: nodeBuiltinsFallback,
    },
    module: { rules: moduleRules },
    performance: { hints: false },
    // Shared runtime: functions.js and taskpane.js run on one page. One runtime chunk gives them
    // one module registry, and what both import (the engine, React) goes to one shared chunk, so
    // the engine is loaded once and its singletons (the solver worker's client) are shared.
    optimization: {
      runtimeChunk: 'single',
      splitChunks: {
        cacheGroups: {
          shared: {
            name: 'shared',
            chunks: 'initial',
            minChunks: 2,
            minSize: 0,
            enforce: true,
          },
        },
      },
    },
    plugins: [
      nodeSchemePlugin(),
      new SingleEnginePlugin({
        entries: ['functions', 'taskpane'],
        directory: path.join(root, 'src', 'core'),
      }),
      new CustomFunctionsMetadataPlugin({ input: functionFiles(), output: 'functions.json' }),
      new RussianMetadataPlugin({ root }),
      // functions.html (the reference, from docs/functions.md) and every function's helpUrl into it.
      new FunctionsReferencePlugin({ root, baseUrl: url }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: one page runs the functions and the pane, functions first.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        templateParameters: {
          contentSecurityPolicy: contentSecurityPolicy({
            production,
            devOrigin: new URL(DEV_URL).origin,
          }),
          officeJs: localOfficeJs
            ? 'office-js/office.js'
            : 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...officeJsCopies,
          { from: 'assets/*.{png,html}', to: 'assets/[name][ext]' },
          { from: 'LICENSE', to: 'LICENSE.txt' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return content.toString().replace(new RegExp(escapeRegExp(DEV_URL), 'g'), url);
            },
          },
        ],
      }),
      new LicenseNoticesPlugin(),
    ],
    devServer: {
      server: 'https',
      host: 'localhost',
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
    },
  };
}
