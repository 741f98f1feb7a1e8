// Helpers that drive the playground's spreadsheet: real clicks and keystrokes where it matters,
// Univer's facade (window.taPlayground) to look at the results.

/** Waits until Univer has applied the results of the latest calculation. */
export async function settle(page) {
  await page.evaluate(() => window.taPlayground.api.getFormula().onCalculationResultApplied());
}

export async function activateSheet(page, sheetName) {
  await page.evaluate((name) => {
    const { workbook } = window.taPlayground;
    workbook.setActiveSheet(workbook.getSheetByName(name));
  }, sheetName);
}

/** Screen position of a cell of the active sheet (Univer reports it relative to its canvas). */
async function cellCenter(page, sheetName, a1) {
  return page.evaluate(
    ([name, address]) => {
      const sheet = window.taPlayground.workbook.getSheetByName(name);
      const cell = sheet.getRange(address).getCellRect();
      const canvas = document
        .querySelector('#grid canvas[id^="univer-sheet-main-canvas"]')
        .getBoundingClientRect();
      return { x: canvas.x + cell.x + cell.width / 2, y: canvas.y + cell.y + cell.height / 2 };
    },
    [sheetName, a1]
  );
}

/** Clicks the cell and types into it with the keyboard, as a user would, then presses Enter. */
export async function typeIntoCell(page, sheetName, a1, text) {
  await activateSheet(page, sheetName);
  const { x, y } = await cellCenter(page, sheetName, a1);
  await page.mouse.click(x, y);
  await page.keyboard.type(text, { delay: 10 });
  await page.keyboard.press('Enter');
  await settle(page);
}

/** Values of a range (raw numbers; null for blanks). */
export async function valuesOf(page, sheetName, a1) {
  return page.evaluate(
    ([name, address]) => {
      const sheet = window.taPlayground.workbook.getSheetByName(name);
      const range = sheet.getRange(address);
      const raw = range.getRawValues();
      const shown = range.getValues();
      return raw.map((row, i) => row.map((v, j) => v ?? shown[i][j] ?? null));
    },
    [sheetName, a1]
  );
}

export async function formulaOf(page, sheetName, a1) {
  return page.evaluate(
    ([name, address]) =>
      window.taPlayground.workbook.getSheetByName(name).getRange(address).getFormula(),
    [sheetName, a1]
  );
}

export async function sheetList(page) {
  return page.evaluate(() =>
    window.taPlayground.workbook
      .getSheets()
      .map((s) => ({ name: s.getSheetName(), id: s.getSheetId() }))
  );
}
