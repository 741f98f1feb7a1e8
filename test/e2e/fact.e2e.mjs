// Plan against fact in a real browser: the example "Sales" sheet computes the salon's fact with
// the TA.* functions, a formula typed into a cell answers, and editing the products table or the
// log recomputes everything at once (the daily loop, done by the spreadsheet).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPlayground } from './support/browser.mjs';
import { reportMarker, settle, sheetList, valuesOf, waitForNewReport } from './support/sheet.mjs';

const url = process.env.PLAYGROUND_URL;
if (!url) throw new Error('PLAYGROUND_URL is not set: run these tests with npm run test:e2e');

// Excel serials of 2026-01-01 and 2026-02-01.
const JAN = 46023;
const FEB = 46054;
// The example log: 201 sales under the header row.
const LOG = { dates: 'A2:A202', products: 'B2:B202', qty: 'C2:C202', amounts: 'D2:D202' };

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => browser?.close());

/**
 * Data rows under a header row, as raw numbers: read through the pane's gateway, since the
 * spreadsheet shows formatted cells ("54,000", "2026-01") as text.
 */
async function rowsUnder(page, sheetName, a1WithHeader) {
  const source = await page.evaluate(
    async ([name, address]) => {
      const { workbook, gateway } = window.taPlayground;
      const sheet = workbook.getSheetByName(name);
      workbook.setActiveSheet(sheet);
      sheet.getRange(address).activate();
      return gateway.readSource({ kind: 'selection' });
    },
    [sheetName, a1WithHeader]
  );
  return source.rows;
}

async function setCell(page, sheetName, a1, value) {
  await page.evaluate(
    ([name, address, v]) =>
      window.taPlayground.workbook.getSheetByName(name).getRange(address).setValue(v),
    [sheetName, a1, value]
  );
  await settle(page);
}

describe('plan against fact in the playground (English)', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openPlayground(browser.context, url));
  });
  after(async () => page?.close());

  test('the Sales sheet sums T by month and master, and finds the masters full in February', async () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(await rowsUnder(page, 'Sales', 'H2:K6'), [
      [JAN, 'Anna', 54000, 30840],
      [JAN, 'Boris', 68800, 46920],
      [FEB, 'Anna', 83100, 48180],
      [FEB, 'Boris', 82850, 56610],
    ]);
    assert.deepEqual(await rowsUnder(page, 'Sales', 'H9:K11'), [
      [JAN, 74, 100, 0.74],
      [FEB, 100, 100, 1],
    ]);
  });

  test('T lost to the mix: 6,120 in January, 3,960 in February', async () => {
    // February: the 100 hours down the ranking — 40 beard trims (20 h, 24,000), 60 classic
    // (60 h, 61,200), 20 h of "Gold Star" (16,800) — earn 102,000; the mix sold earned 98,040.
    assert.deepEqual(await rowsUnder(page, 'Sales', 'H14:L16'), [
      [JAN, 74, 79080, 72960, 6120],
      [FEB, 100, 102000, 98040, 3960],
    ]);
  });

  test('a formula entered in a cell gives NP by month against the OE in it', async () => {
    await page.evaluate((formula) => {
      window.taPlayground.workbook.getSheetByName('Sales').getRange('Q2').setFormula(formula);
    }, `=TA.FACTNP(${LOG.dates},${LOG.products},${LOG.qty},${LOG.amounts},Salon!A2:A5,Salon!C2:C5,50000)`);
    await settle(page);
    assert.deepEqual(await valuesOf(page, 'Sales', 'Q2:T3'), [
      [JAN, 77760, 50000, 27760],
      [FEB, 104790, 50000, 54790],
    ]);
  });

  test('a TVC changed in the products table changes the fact at once', async () => {
    // Classic haircut's TVC 480 → 500: 40 and 50 classic haircuts lose 20 of T each.
    await setCell(page, 'Salon', 'C2', 500);
    try {
      const [jan, feb] = await rowsUnder(page, 'Sales', 'I19:I21');
      assert.deepEqual([jan[0], feb[0]], [77760 - 800, 104790 - 1000]);
    } finally {
      await setCell(page, 'Salon', 'C2', 480);
    }
    assert.deepEqual(await rowsUnder(page, 'Sales', 'I19:I21'), [[77760], [104790]]);
  });

  test('a sale of a product the table lacks answers #VALUE! instead of a wrong total', async () => {
    const [[product]] = await valuesOf(page, 'Sales', 'B5');
    await setCell(page, 'Sales', 'B5', 'Manicure');
    try {
      const [[cell]] = await rowsUnder(page, 'Sales', 'H19:H20');
      assert.match(String(cell), /#VALUE!/);
    } finally {
      await setCell(page, 'Sales', 'B5', product);
    }
    assert.deepEqual(await rowsUnder(page, 'Sales', 'I19:I20'), [[77760]]);
    assert.deepEqual(problems, []);
  });
});

/** Cells of a sheet from A1 to its last non-empty cell, through the gateway (raw numbers). */
async function sheetRows(page, sheetName) {
  return page.evaluate(async (name) => {
    const { workbook, gateway } = window.taPlayground;
    const sheet = workbook.getSheetByName(name);
    workbook.setActiveSheet(sheet);
    sheet.getRange(0, 0, sheet.getLastRow() + 1, sheet.getLastColumn() + 1).activate();
    const source = await gateway.readSource({ kind: 'selection' });
    return [source.headers, ...source.rows];
  }, sheetName);
}

describe('the Plan vs fact tab in the playground', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openPlayground(browser.context, url));
  });
  after(async () => page?.close());

  test('reviews February from the Sales sheet and writes the report to a sheet of its own', async () => {
    // Narrowest Office pane.
    await page.evaluate(() => {
      document.getElementById('side').style.width = '320px';
    });
    await page.getByRole('tab', { name: 'Plan vs fact' }).click();
    await page.getByRole('textbox', { name: 'Capacity of Master a month, hours' }).fill('100');
    await page.getByRole('textbox', { name: 'Operating expense (OE) a month' }).fill('60000');
    const glance = page.getByRole('region', { name: 'February 2026 at a glance' });
    await glance.waitFor();
    assert.match(await glance.innerText(), /T lost to the mix\s+3,960/);
    const overflow = await page.evaluate(() => {
      const panel = document.querySelector('#pane [role="tabpanel"]');
      return panel.scrollWidth - panel.clientWidth;
    });
    assert.ok(overflow <= 0, `the tab fits 320 px (${overflow} px too wide)`);
    await page.getByRole('button', { name: 'Write the report' }).click();
    await waitForNewReport(page, 'TA Plan vs fact');
    await page.getByText('Report written').first().waitFor();
    const rows = await sheetRows(page, 'TA Plan vs fact');
    const february = rows.find((row) => row[0] === 'February 2026');
    assert.deepEqual(february?.slice(0, 8), [
      'February 2026',
      165950,
      104790,
      60000,
      44790,
      100,
      1,
      3960,
    ]);
    assert.deepEqual(problems, []);
  });

  test('Refresh after a sale is edited in the log rebuilds the same sheet with the new figures', async () => {
    const before = await sheetList(page);
    const written = await reportMarker(page, 'TA Plan vs fact');
    // The first sale, a classic haircut on 2026-01-01, sold at 1,000 instead of 1,500: T −500.
    await page.evaluate(() =>
      window.taPlayground.workbook.getSheetByName('Sales').getRange('D2').setValue(1000)
    );
    await settle(page);
    await page.getByRole('button', { name: 'Refresh the report' }).click();
    // Refresh keeps the report's id: wait for its new content (fingerprint), not a message that
    // may still be on screen from the first write.
    await waitForNewReport(page, 'TA Plan vs fact', written);
    assert.deepEqual(await sheetList(page), before, 'refresh reuses our sheet, adds none');
    const january = (await sheetRows(page, 'TA Plan vs fact')).find((r) => r[0] === 'January 2026');
    assert.equal(january?.[2], 77760 - 500);
    assert.deepEqual(problems, []);
  });
});

describe('plan against fact in the playground (Russian)', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openPlayground(browser.context, `${url}?lang=ru`));
  });
  after(async () => page?.close());

  test('the «Продажи» sheet gives the same figures, with the masters’ Russian names', async () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(await rowsUnder(page, 'Продажи', 'H2:K4'), [
      [JAN, 'Анна', 54000, 30840],
      [JAN, 'Борис', 68800, 46920],
    ]);
    assert.deepEqual(await rowsUnder(page, 'Продажи', 'L14:L16'), [[6120], [3960]]);
  });

  test('the «План-факт» tab fits 320 px in Russian and writes «План-факт TA» with Russian months', async () => {
    await page.evaluate(() => {
      document.getElementById('side').style.width = '320px';
    });
    await page.getByRole('tab', { name: 'План-факт' }).click();
    await page.getByRole('textbox', { name: 'Мощность «Мастер» в месяц, часы' }).fill('100');
    await page.getByRole('textbox', { name: 'Операционные расходы (ОЕ) в месяц' }).fill('60 000');
    const glance = page.getByRole('region', { name: 'февраль 2026 — коротко' });
    await glance.waitFor();
    // Russian groups thousands with a (no-break) space: 3 960.
    assert.match(await glance.innerText(), /Потеряно из-за ассортимента\s+3\s960/u);
    const overflow = await page.evaluate(() => {
      const panel = document.querySelector('#pane [role="tabpanel"]');
      return panel.scrollWidth - panel.clientWidth;
    });
    assert.ok(overflow <= 0, `the tab fits 320 px (${overflow} px too wide)`);
    await page.getByRole('button', { name: 'Записать отчёт' }).click();
    await waitForNewReport(page, 'План-факт TA');
    await page.getByText('Отчёт записан').first().waitFor();
    const february = (await sheetRows(page, 'План-факт TA')).find((r) => r[0] === 'февраль 2026');
    assert.deepEqual(february?.slice(0, 8), [
      'февраль 2026',
      165950,
      104790,
      60000,
      44790,
      100,
      1,
      3960,
    ]);
    assert.deepEqual(problems, []);
  });
});
