// The playground in a real browser: the spreadsheet, the add-in's TA.* functions typed into cells,
// and the add-in's task pane writing its report into the spreadsheet.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPlayground } from './support/browser.mjs';
import {
  activateSheet,
  goToCell,
  reportMarker,
  sheetList,
  typeIntoCell,
  valuesOf,
  waitForNewReport,
} from './support/sheet.mjs';

const url = process.env.PLAYGROUND_URL;
if (!url) throw new Error('PLAYGROUND_URL is not set: run these tests with npm run test:e2e');
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results');

let browser;
before(async () => {
  await mkdir(artifacts, { recursive: true });
  browser = await launchBrowser();
});
after(async () => browser?.close());

/** Cells of a sheet from A1 to its last non-empty cell, as raw values. */
async function grid(page, sheetName) {
  const a1 = await page.evaluate((name) => {
    const sheet = window.taPlayground.workbook.getSheetByName(name);
    return sheet.getRange(0, 0, sheet.getLastRow() + 1, sheet.getLastColumn() + 1).getA1Notation();
  }, sheetName);
  return valuesOf(page, sheetName, a1);
}

function rowStartingWith(rows, first) {
  return rows.find((row) => row.some((cell) => cell === first));
}

describe('the playground (English)', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openPlayground(browser.context, url));
  });
  after(async () => page?.close());

  test('loads with no console errors and no failed requests, every TA.* function registered', async () => {
    assert.deepEqual(problems, []);
    const state = await page.evaluate(() => ({
      problems: window.taPlayground.problems,
      names: window.taPlayground.functionNames,
    }));
    assert.deepEqual(state.problems, []);
    for (const id of [
      'THROUGHPUT',
      'TPERCCR',
      'CCRRANK',
      'MIX',
      'CCRLOAD',
      'MIXTABLE',
      'NETPROFIT',
    ])
      assert.ok(state.names.includes(`TA.${id}`), `TA.${id} is registered`);
  });

  test('opens on the salon: Classic earns more per master hour than "Gold Star"', async () => {
    const [classic, goldStar, , dye] = await valuesOf(page, 'Salon', 'H2:K5');
    assert.deepEqual(classic, [1020, 1020, 3, 60]);
    assert.deepEqual(goldStar, [2520, 840, 4, 6]);
    assert.equal(dye[2], 1, 'hair dye takes no master time and ranks first');
  });

  test('TA.THROUGHPUT typed into a cell spills T per unit of P and Q', async () => {
    await typeIntoCell(page, 'P&Q', 'B20', '=TA.THROUGHPUT(B2:B3,C2:C3)');
    assert.deepEqual(await valuesOf(page, 'P&Q', 'B20:B21'), [[45], [60]]);
  });

  test('TA.CCRRANK typed into a cell ranks P before Q (180 vs 120 per hour of B)', async () => {
    // The sheet's own rate column, in hours like the pane: "T per hour of B".
    assert.deepEqual(await valuesOf(page, 'P&Q', 'I1:I3'), [['T per hour of B'], [180], [120]]);
    await typeIntoCell(page, 'P&Q', 'C20', '=TA.CCRRANK(B2:B3,C2:C3,D2:D3)');
    assert.deepEqual(await valuesOf(page, 'P&Q', 'C20:C21'), [[1], [2]]);
  });

  test('TA.MIXTABLE typed into a cell spills the mix: 100 P, 30 Q, NP 300', async () => {
    await typeIntoCell(
      page,
      'P&Q',
      'A24',
      '=TA.MIXTABLE(A2:A3,B2:B3,C2:C3,D2:D3,E2:E3,B5,F2:F3,B6)'
    );
    const rows = await valuesOf(page, 'P&Q', 'A24:J36');
    const header = rows[0];
    const quantity = header.indexOf('Quantity');
    assert.ok(quantity > 0, `a Quantity column in ${JSON.stringify(header)}`);
    assert.equal(rowStartingWith(rows, 'P')[quantity], 100);
    assert.equal(rowStartingWith(rows, 'Q')[quantity], 30);
    const np = rows.find((row) =>
      row.some((c) => typeof c === 'string' && c.startsWith('Net profit'))
    );
    assert.ok(np?.includes(300), `NP 300 in ${JSON.stringify(np)}`);
  });

  test('the gateway reads a selection as raw numbers, spilled and formatted cells included', async () => {
    const source = await page.evaluate(async () => {
      const { workbook, gateway } = window.taPlayground;
      const sheet = workbook.getSheetByName('Salon');
      workbook.setActiveSheet(sheet);
      // The example's TA.MIXTABLE spilled from A11; its load column is formatted as 0.0%.
      sheet.getRange('A11:J15').activate();
      return gateway.readSource({ kind: 'selection' });
    });
    assert.equal(source.address, 'Salon!A11:J15');
    assert.deepEqual(source.headers.slice(0, 2), ['Rank', 'Product']);
    const load = source.headers.indexOf('Cumulative load');
    assert.deepEqual(
      source.rows.map((row) => row[load]),
      [0, 0.2, 0.8, 0.98]
    );
    assert.ok(source.kinds.every((row) => row[load] === 'number'));
  });

  test('the pane builds the P&Q report, and refresh replaces only our sheet', async () => {
    // A user's own sheet that happens to have the report's name must never be touched.
    await page.evaluate(() => {
      const sheet = window.taPlayground.workbook.insertSheet('TA Report');
      sheet.getRange('A1').setValue('my own notes');
    });
    await activateSheet(page, 'P&Q');
    await page.getByRole('combobox', { name: 'Source of products' }).click();
    await page.getByRole('option', { name: /^PQ/ }).click();
    // The example counts B's time in hours (0.25 and 0.5 h), as the pane reports it.
    await page.getByRole('radio', { name: 'hours' }).check();
    await page.getByLabel('Capacity of B, hours').fill('40');
    await page.getByLabel('Operating expense (OE) of the period').fill('6000');
    await page.getByRole('button', { name: 'Write the report' }).click();
    await page.getByText('Report written').first().waitFor();

    const sheetsAfterWrite = await sheetList(page);
    const report = sheetsAfterWrite.find((s) => s.name === 'TA Report (2)');
    assert.ok(report, `our report sheet in ${JSON.stringify(sheetsAfterWrite)}`);
    const rows = await grid(page, report.name);
    const p = rowStartingWith(rows, 'P');
    const q = rowStartingWith(rows, 'Q');
    assert.ok(p?.includes(100), `100 P in ${JSON.stringify(p)}`);
    assert.ok(q?.includes(30), `30 Q in ${JSON.stringify(q)}`);
    const np = rows.find((row) => row.some((c) => typeof c === 'string' && /^Net profit/.test(c)));
    assert.ok(np?.includes(300), `NP 300 in ${JSON.stringify(np)}`);
    await page.screenshot({ path: path.join(artifacts, 'playground-report.png') });
    await page.locator('#side').screenshot({ path: path.join(artifacts, 'playground-pane.png') });

    // The daily loop: change a number, press Refresh. "Report written" is still on screen from
    // the first write, and Refresh keeps the report's id: wait for the sheet's new content.
    const written = await reportMarker(page, report.name);
    // 45 hours of B: the unit chosen before Write is still the pane's after it.
    await page.getByLabel('Capacity of B, hours').fill('45');
    await page.getByRole('button', { name: 'Refresh the report' }).click();
    await waitForNewReport(page, report.name, written);
    await page.getByText('Report written').first().waitFor();
    const sheetsAfterRefresh = await sheetList(page);
    assert.deepEqual(sheetsAfterRefresh, sheetsAfterWrite, 'refresh reuses our sheet, adds none');
    assert.deepEqual(await valuesOf(page, 'TA Report', 'A1:B2'), [
      ['my own notes', null],
      [null, null],
    ]);
    // 300 more minutes of B: 10 more Q (30 minutes each), NP 300 + 10 × 60 = 900.
    const refreshed = await grid(page, report.name);
    assert.ok(
      rowStartingWith(refreshed, 'P')?.includes(100),
      `100 P in ${JSON.stringify(refreshed)}`
    );
    assert.ok(
      rowStartingWith(refreshed, 'P')?.includes(6900),
      `ΣT 6,900 in ${JSON.stringify(refreshed)}`
    );
    assert.ok(
      rowStartingWith(refreshed, 'Q')?.includes(40),
      `40 Q in ${JSON.stringify(refreshed)}`
    );
    const npAfter = refreshed.find((row) =>
      row.some((c) => typeof c === 'string' && /^Net profit/.test(c))
    );
    assert.ok(npAfter?.includes(900), `NP 900 in ${JSON.stringify(npAfter)}`);
    assert.deepEqual(problems, []);
  });
});

describe('the playground (Russian)', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openPlayground(browser.context, `${url}?lang=ru`));
  });
  after(async () => page?.close());

  test('shows Univer, the pane and the functions in Russian', async () => {
    assert.deepEqual(problems, []);
    await page.getByText('Откуда взять продукты').waitFor();
    await page.getByText('Формулы', { exact: true }).first().waitFor();
    await typeIntoCell(page, 'Салон', 'B24', '=TA.ПРОХОД(B2:B5,C2:C5)');
    assert.deepEqual(await valuesOf(page, 'Салон', 'B24:B25'), [[1020], [2520]]);
    const [mixTableHeader] = await valuesOf(page, 'Салон', 'A11:B11');
    assert.deepEqual(
      mixTableHeader,
      ['Место', 'Продукт'],
      'TA.MIXTABLE labels follow the language'
    );
    await page
      .locator('#side')
      .screenshot({ path: path.join(artifacts, 'playground-pane-ru.png') });
  });

  test('the formula autocomplete lists TA.ПРОХОД with its Russian description', async () => {
    await goToCell(page, 'Салон', 'D24');
    await page.keyboard.type('=TA.ПРОХ', { delay: 10 });
    await page.getByText('TA.ПРОХОД', { exact: true }).waitFor();
    await page
      .getByText(/^Проход на единицу \(T = цена/)
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(artifacts, 'playground-ru-functions.png') });
    await page.keyboard.press('Escape');
    assert.deepEqual(problems, []);
  });
});
