// The built task pane (dist/taskpane.html, `npm run build`) under its own Content-Security-Policy in
// Chromium: office.js (the npm copy answers for Microsoft's CDN), the pane's preview, and the best
// plan solved by HiGHS run with no violation. CI builds dist/ before the browser tests (--with-dist).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.mjs';
import { DIST, SKIP_DIST, checksDist } from './support/dist.mjs';
import { serveDirectory } from './support/staticServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { contentSecurityPolicy } = require('../../scripts/contentSecurityPolicy.js');
const page = path.join(DIST, 'taskpane.html');
const officeJs = path.join(
  path.dirname(require.resolve('@microsoft/office-js/package.json')),
  'dist'
);
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

let browser;
let server;
before(async () => {
  if (!checksDist) return;
  browser = await launchBrowser();
  // Also as a header: a <meta> policy does not reach Web Workers, a header does (HiGHS runs in one).
  const policy = contentSecurityPolicy({ production: true });
  server = await serveDirectory(DIST, { 'content-security-policy': policy });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('dist/taskpane.html carries the production policy before any script', (t) => {
  if (!checksDist) return t.skip(SKIP_DIST);
  const html = readFileSync(page, 'utf8');
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
  assert.ok(meta, 'a Content-Security-Policy <meta>');
  assert.equal(meta[1], contentSecurityPolicy({ production: true }));
  assert.ok(meta.index < html.indexOf('<script'), 'the policy comes before the first script');
});

test('the pane runs office.js, its preview and the HiGHS best plan with no CSP violation', async (t) => {
  if (!checksDist) return t.skip(SKIP_DIST);
  const { context } = browser;
  const offline = [];
  // No network here: Microsoft's CDN is answered from the npm copy of the same files; any other
  // host office.js reaches for (telemetry) is refused and listed, and is not a CSP matter.
  await context.route(/^https:\/\//, async (route) => {
    const url = route.request().url();
    const file = url.startsWith(CDN) ? path.join(officeJs, new URL(url).pathname.slice(14)) : '';
    if (file && existsSync(file)) return route.fulfill({ path: file });
    offline.push(url);
    return route.abort();
  });
  const tab = await context.newPage();
  const violations = [];
  const record = (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  };
  tab.on('console', record);
  tab.on('worker', (worker) => worker.on('console', record));
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.goto(`${server.url}taskpane.html`);
  await tab.getByText('Best plan (all resources)').click();
  const outcome = tab.getByText(/^(Proven best plan\.|The solver failed)/);
  await outcome.waitFor();
  assert.deepEqual(violations, []);
  assert.equal(await outcome.textContent(), 'Proven best plan.');
  // office.js really ran (from the "CDN"), so the policy was tested against it.
  assert.equal(await tab.evaluate(() => typeof Office), 'object');
  t.diagnostic(`refused (offline): ${offline.length ? offline.join(', ') : 'none'}`);
  await tab.close();
});
