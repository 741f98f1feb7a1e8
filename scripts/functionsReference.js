'use strict';
// The function reference served with the add-in (dist/functions.html), rendered at build time from
// docs/functions.md, and the help link of every function in functions.json / functions.ru.json:
// `<page>#ta-<id>`, the anchor of the function's own section. The anchors come from the ids, so
// they stay stable when a description or a Russian name changes.
const MarkdownIt = require('markdown-it');

const REFERENCE_PAGE = 'functions.html';

/** The anchor of a function's section: `ta-throughput` for THROUGHPUT. */
function anchorOf(id) {
  return `ta-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

function slug(text) {
  return (
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

// A function's section is headed `TA.<ID>` or `TA.<ID> — TA.<РУССКОЕ.ИМЯ>` (scripts/functionsDoc.js).
const FUNCTION_HEADING = /^TA\.([A-Z0-9_.]+)(?: — .*)?$/;

/** Gives every heading an id: a function's section its anchorOf(id), the others a slug. */
function headingIds(md) {
  md.core.ruler.push('heading_ids', (state) => {
    const used = new Set();
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const text = state.tokens[i + 1]?.content ?? '';
      const fn = FUNCTION_HEADING.exec(text);
      // `ta-…` belongs to the functions' sections: another heading never takes one.
      const base = fn ? anchorOf(fn[1]) : slug(text).replace(/^ta-/, 'about-ta-');
      let id = base;
      for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
      used.add(id);
      token.attrSet('id', id);
    });
  });
}

const STYLE = `
  body { font: 15px/1.5 'Segoe UI', Arial, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #222; }
  table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
  th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
  code { background: #f4f4f4; padding: 0 0.2rem; }
  h4 { margin-top: 2rem; border-top: 1px solid #ddd; padding-top: 1rem; }
  :target { background: #fff8e1; }
`;

/** The whole page: docs/functions.md as HTML (raw HTML in the Markdown is escaped, not passed). */
function renderReference(markdown) {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  headingIds(md);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<title>Throughput Accounting — TA.* functions</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    md.render(markdown),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The ids of the elements of `html` (to check that every help link lands on a section). */
function anchorsIn(html) {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/** `metadata` with every function's `helpUrl` set to its section of the page at `pageUrl`. */
function withHelpUrls(metadata, pageUrl) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      helpUrl: `${pageUrl}#${anchorOf(fn.id)}`,
    })),
  };
}

module.exports = { REFERENCE_PAGE, anchorOf, anchorsIn, renderReference, withHelpUrls };
