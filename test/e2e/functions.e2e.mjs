// What Excel shows of a TA.* function, the playground shows too: the message behind a #VALUE!
// (Excel's error flag) in the status line under the grid, for the selected or hovered cell, in
// the language of the display. A formula written the Russian Excel way (";", decimal comma) works
// in the Russian playground, rewritten for Univer; the English one says why ";" gives #VALUE!.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPlayground } from './support/browser.mjs';
import {
  activateSheet,
  goToCell,
  pointAtCell,
  settle,
  typeIntoCell,
  valuesOf,
} from './support/sheet.mjs';

const url = process.env.PLAYGROUND_URL;
if (!url) throw new Error('PLAYGROUND_URL is not set: run these tests with npm run test:e2e');

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => browser?.close());

/**
 * Puts `formula` into a cell through Univer's facade and waits for the calculation. (Typing is
 * checked in playground.e2e.mjs; here the subject is what the page shows afterwards.)
 */
async function enterFormula(page, sheetName, a1, formula) {
  await page.evaluate(
    ([name, address, text]) =>
      window.taPlayground.workbook.getSheetByName(name).getRange(address).setFormula(text),
    [sheetName, a1, formula]
  );
  await settle(page);
}

/** Waits until the status line under the grid says `text` (a page signal, not a time). */
async function statusSays(page, text) {
  await page.waitForFunction(
    (expected) => document.getElementById('status')?.textContent?.includes(expected),
    text
  );
  return page.getByRole('status').textContent();
}

describe('a TA.* error in the playground (English)', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openPlayground(browser.context, url));
  });
  after(async () => page?.close());

  test('shows the message of a #VALUE! when its cell is selected', async () => {
    await enterFormula(page, 'P&Q', 'H20', '=TA.NETPROFIT(100)');
    assert.deepEqual(await valuesOf(page, 'P&Q', 'H20'), [['#VALUE!']]);
    await goToCell(page, 'P&Q', 'H20');
    const status = await statusSays(page, 'operatingExpense is missing');
    assert.equal(
      status,
      'H20: #VALUE! — operatingExpense is missing: give a value or a cell (an empty cell counts as 0)'
    );
  });

  test('says why ";" between arguments gives #VALUE! (English Excel refuses it too)', async () => {
    await enterFormula(page, 'P&Q', 'H22', '=TA.THROUGHPUT(B2:B3;C2:C3)');
    await goToCell(page, 'P&Q', 'H22');
    const status = await statusSays(page, 'separates arguments with a comma');
    assert.match(status, /^H22: #VALUE! — this spreadsheet \(Univer\)/);
  });

  test('clears the message when the selected cell holds no TA.* error', async () => {
    await goToCell(page, 'P&Q', 'H2');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === '');
    assert.deepEqual(problems, []);
  });
});

describe('a TA.* error under the pointer (English)', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openPlayground(browser.context, url));
  });
  after(async () => page?.close());

  test('shows the message of the error cell the pointer is over', async () => {
    await activateSheet(page, 'P&Q');
    await enterFormula(page, 'P&Q', 'H20', '=TA.NETPROFIT(100)');
    await pointAtCell(page, 'P&Q', 'H20');
    const status = await statusSays(page, 'H20: #VALUE!');
    assert.match(status, /^H20: #VALUE! — operatingExpense is missing/);
    assert.deepEqual(problems, []);
  });
});

describe('a TA.* error in the playground (Russian)', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openPlayground(browser.context, `${url}?lang=ru`));
  });
  after(async () => page?.close());

  test('shows the message in Russian, naming the argument as Russian Excel does', async () => {
    await enterFormula(page, 'Салон', 'H30', '=TA.ЧИСТАЯ.ПРИБЫЛЬ(100)');
    await goToCell(page, 'Салон', 'H30');
    const status = await statusSays(page, 'операционные_расходы');
    assert.equal(
      status,
      'H30: #VALUE! — операционные_расходы: аргумент не задан; укажите значение или ячейку (пустая ячейка — 0)'
    );
  });

  test('takes ";" between arguments and a decimal comma, as Russian Excel writes them', async () => {
    // Typed as a Russian Excel user types it.
    await typeIntoCell(page, 'Салон', 'H32', '=TA.ПРОХОД(B2:B5;C2:C5)', '=TA.ПРОХОД(B2:B5,C2:C5)');
    assert.deepEqual(await valuesOf(page, 'Салон', 'H32:H33'), [[1020], [2520]]);
    await goToCell(page, 'Салон', 'H32');
    const status = await statusSays(page, 'формула переписана');
    assert.match(status, /^H32: формула переписана для этой таблицы \(Univer\)/);
    assert.match(status, /Введено: =TA\.ПРОХОД\(B2:B5;C2:C5\)$/);
    await enterFormula(page, 'Салон', 'H36', '=TA.ЧИСТАЯ.ПРИБЫЛЬ(H32:H33;1000,5)');
    await page.waitForFunction(
      () =>
        window.taPlayground.workbook.getSheetByName('Салон').getRange('H36').getFormula() ===
        '=TA.ЧИСТАЯ.ПРИБЫЛЬ(H32:H33,1000.5)'
    );
    await settle(page);
    assert.deepEqual(await valuesOf(page, 'Салон', 'H36'), [[2539.5]]);
    assert.deepEqual(problems, []);
  });
});
