'use strict';
/**
 * The task pane's Content-Security-Policy, written into taskpane.html by the build (a <meta> before
 * any script) and checked by scripts/checkBuild.js and test/e2e/csp.e2e.mjs.
 *
 * - Scripts: our own files, and office.js with what it loads itself: the rest of the library from
 *   Microsoft's CDN, MicrosoftAjax from ajax.aspnetcdn.com and its telemetry script.
 * -: HiGHS is WebAssembly; compiling it is all this allows (no JavaScript eval).
 * - Styles: 'unsafe-inline' because Fluent UI inserts its style rules at run time and office.js's
 *   Excel script sets inline styles; no style can run code.
 * - Workers and the .wasm file come from our own origin; the only frame is office.js's telemetry
 *   page; no plugin, no form posts anywhere.
 *
 * A <meta> policy does not reach Web Workers: a server that sends this policy as a header
 * (Content-Security-Policy) covers the solver's worker as well.
 */
const OFFICE_SCRIPTS = [
  'https://appsforoffice.microsoft.com',
  'https://ajax.aspnetcdn.com',
  'https://browser.pipe.aria.microsoft.com',
];
// office.js frames its telemetry page (seen in test/e2e/csp.e2e.mjs, office.js 1.1.110).
const OFFICE_FRAMES = ['https://telemetryservice.firstpartyapps.oaspapps.com'];

/**
 * @param {{ production: boolean, devOrigin?: string }} options development adds 'unsafe-eval'
 *   (webpack's eval source maps) and the dev server's live-reload socket.
 */
function contentSecurityPolicy({ production, devOrigin = 'https://localhost:3000' }) {
  const script = ["'self'", "'wasm-unsafe-eval'", ...OFFICE_SCRIPTS];
  const connect = ["'self'", ...OFFICE_SCRIPTS];
  if (!production) {
    script.push("'unsafe-eval'");
    connect.push(devOrigin.replace(/^http/, 'ws'));
  }
  const directives = {
    'default-src': ["'self'"],
    'script-src': script,
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': connect,
    'worker-src': ["'self'"],
    'frame-src': OFFICE_FRAMES,
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

module.exports = { contentSecurityPolicy };
