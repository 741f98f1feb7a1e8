// Debian's chromium driven by playwright-core: nothing is downloaded, no network besides localhost.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How long any wait of a browser test may take before it is called a hang. Tests wait for the
 * page's own signals (the playground's `ready` flag, Univer's calculation, a cell's formula, a
 * pane message), never for a fixed time; on a loaded two-core machine such a signal can take
 * minutes, so this is a hang guard only. Playwright's own default (30 s) is not used anywhere.
 */
export const HANG_GUARD_MS = 300_000;

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with a fresh profile; `close()` removes the profile. */
export async function launchBrowser() {
  const profile = await mkdtemp(path.join(tmpdir(), 'ta-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(HANG_GUARD_MS);
  context.setDefaultNavigationTimeout(HANG_GUARD_MS);
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Records console errors, page errors and failed requests of a page. */
export function watchPage(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Opens the playground and waits until it has booted and computed. */
export async function openPlayground(context, url) {
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(url);
  await page.waitForFunction(() => window.taPlayground?.ready === true);
  await page.evaluate(() => window.taPlayground.api.getFormula().onCalculationResultApplied());
  return { page, problems };
}
