'use strict';
// Build check: in the shared runtime one page loads several entries (functions.js, taskpane.js).
// A module of the engine (src/core) bundled into two of that page's chunks would load twice, with
// two copies of every singleton. This plugin fails the build when any src/core module sits in
// more than one chunk of the given entries (the solver worker, a separate thread, is not counted).
const path = require('node:path');
const { WebpackError } = require('webpack');

class SingleEnginePlugin {
  /** @param {{ entries: string[], directory: string }} options */
  constructor(options) {
    this.entries = options.entries;
    this.directory = path.resolve(options.directory) + path.sep;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SingleEnginePlugin', (compilation) => {
      compilation.hooks.afterSeal.tap('SingleEnginePlugin', () => {
        const duplicated = this.duplicatedModules(compilation);
        if (duplicated.length === 0) return;
        compilation.errors.push(
          new WebpackError(
            `the engine is bundled more than once on the page: ${duplicated.slice(0, 5).join(', ')}`
          )
        );
      });
    });
  }

  /** src/core modules found in more than one chunk of the page's entries. */
  duplicatedModules(compilation) {
    const chunks = new Set();
    for (const name of this.entries) {
      const entry = compilation.entrypoints.get(name);
      if (entry) for (const chunk of entry.chunks) chunks.add(chunk);
    }
    const seen = new Map();
    for (const chunk of chunks) {
      for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
        for (const file of moduleFiles(module)) {
          if (!file.startsWith(this.directory)) continue;
          seen.set(file, (seen.get(file) ?? 0) + 1);
        }
      }
    }
    return [...seen]
      .filter(([, count]) => count > 1)
      .map(([file]) => path.relative(process.cwd(), file));
  }
}

/** The source files of a module, the modules a concatenated module holds included. */
function moduleFiles(module) {
  if (module.modules) return module.modules.flatMap(moduleFiles);
  return module.resource ? [module.resource.split('?')[0]] : [];
}

module.exports = { SingleEnginePlugin };
