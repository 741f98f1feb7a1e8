'use strict';
// What the add-in build (webpack.config.js) and the playground build (webpack.playground.config.js)
// must do alike to compile the same TypeScript sources, HiGHS included.
const webpack = require('webpack');

/** TypeScript through ts-loader (type-checking is its own step: npm run typecheck), and CSS. */
const moduleRules = [
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
  },
  { test: /\.css$/, use: ['style-loader', 'css-loader'] },
];

// HiGHS (the exact solver, loaded on demand) imports Node built-ins only when it runs in Node; in
// the browser those branches never run, so the modules are left empty and `node:x` reads as `x`.
const nodeBuiltinsFallback = { crypto: false, fs: false, module: false, path: false, url: false };

function nodeSchemePlugin() {
  return new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
    resource.request = resource.request.replace(/^node:/, '');
  });
}

module.exports = { moduleRules, nodeBuiltinsFallback, nodeSchemePlugin };
