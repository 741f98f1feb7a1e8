// Webpack plugin: emits the function reference (functions.html, from docs/functions.md) and gives
// every function of functions.json and functions.ru.json its help link into it. Runs after the
// metadata plugin and RussianMetadataPlugin; a function whose section is missing fails the build.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Compilation, WebpackError, sources } = require('webpack');
const {
  REFERENCE_PAGE,
  anchorOf,
  anchorsIn,
  renderReference,
  withHelpUrls,
} = require('./functionsReference');

const NAME = 'FunctionsReferencePlugin';

class FunctionsReferencePlugin {
  /** @param {{ baseUrl: string, root?: string, metadata?: string[] }} options */
  constructor(options) {
    const root = options.root ?? path.resolve(__dirname, '..');
    this.pageUrl = `${options.baseUrl}${REFERENCE_PAGE}`;
    this.docFile = path.join(root, 'docs/functions.md');
    this.metadata = options.metadata ?? ['functions.json', 'functions.ru.json'];
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => this.emit(compilation)
      );
    });
  }

  emit(compilation) {
    compilation.fileDependencies.add(this.docFile);
    try {
      const html = renderReference(fs.readFileSync(this.docFile, 'utf8'));
      compilation.emitAsset(REFERENCE_PAGE, new sources.RawSource(html));
      const anchors = anchorsIn(html);
      for (const name of this.metadata) {
        const asset = compilation.getAsset(name);
        if (!asset) continue;
        const metadata = JSON.parse(asset.source.source().toString());
        for (const fn of metadata.functions) {
          if (!anchors.has(anchorOf(fn.id))) {
            const problem = `${name}: ${fn.id} has no section in docs/functions.md (npm run docs:functions)`;
            compilation.errors.push(new WebpackError(problem));
          }
        }
        const linked = withHelpUrls(metadata, this.pageUrl);
        compilation.updateAsset(
          name,
          new sources.RawSource(`${JSON.stringify(linked, null, 4)}\n`)
        );
      }
    } catch (error) {
      compilation.errors.push(new WebpackError(`${REFERENCE_PAGE}: ${error.message}`));
    }
  }
}

module.exports = { FunctionsReferencePlugin };
