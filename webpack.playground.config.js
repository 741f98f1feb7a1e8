/**
 * The playground: a real spreadsheet (Univer, OSS packages only) with the add-in's task pane beside
 * it and the TA.* custom functions registered from the same sources and the same generated
 * metadata as the Excel build. Dev-only: never part of `npm run build`.
 *
 *   npm start                  → HTTPS dev server (webpack-dev-server's own self-signed cert)
 *   npm run playground:build   → dist-playground/ (development mode: Univer's production build
 *                                 takes ~105 s and ~1.9 GB of RAM on two cores)
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { RussianMetadataPlugin } = require('./scripts/russianMetadataPlugin');
const { functionFiles } = require('./scripts/functionFiles');
const { moduleRules, nodeBuiltinsFallback, nodeSchemePlugin } = require('./scripts/webpackShared');

const root = __dirname;

module.exports = (env = {}) => {
  const inputs = functionFiles();
  const port = Number(process.env.PLAYGROUND_PORT || env.port || 3100);
  return {
    mode: 'development',
    devtool: false,
    context: root,
    // The shim defines the CustomFunctions global before the function files run their
    // appended `CustomFunctions.associate(...)` calls; main.ts boots afterwards.
    entry: {
      playground: ['./playground/customFunctionsShim.ts', ...inputs, './playground/main.ts'],
    },
    output: { path: path.join(root, 'dist-playground'), filename: '[name].js', clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.mjs', '.js'],
      fallback: nodeBuiltinsFallback,
    },
    module: { rules: moduleRules },
    performance: { hints: false },
    stats: 'errors-warnings',
    plugins: [
      nodeSchemePlugin(),
      new CustomFunctionsMetadataPlugin({ input: inputs, output: 'functions.json' }),
      new RussianMetadataPlugin({ root }),
      new HtmlWebpackPlugin({
        template: './playground/index.html',
        filename: 'index.html',
        inject: 'body',
      }),
    ],
    devServer: {
      server: 'https',
      host: 'localhost',
      port,
      hot: false,
      liveReload: true,
      open: false,
      client: { overlay: { warnings: false, errors: true } },
      static: false,
      onListening(server) {
        const address = server.server.address();
        const url = `https://localhost:${address.port}/`;
        console.log(`\n  Playground: ${url}   (Russian: ${url}?lang=ru)\n`);
        console.log(
          "  The certificate is webpack-dev-server's own self-signed one: accept it once in the browser.\n"
        );
      },
    },
  };
};
