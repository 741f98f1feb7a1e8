// Helpers that drive the playground's spreadsheet: real clicks and keystrokes where it matters,
// Univer's facade (window.taPlayground) to look at the results.

/**
 * Waits until Univer has applied the results of the latest calculation. Univer resolves at once
 * when no calculation starts within 500 ms of the call; an edit schedules its calculation 100 ms
 * after it lands, and timers fire in order, so an edit made before this call is always waited for.
 */
export async function settle(page) {
  await page.evaluate(() => window.taPlayground.api.getFormula().onCalculationResultApplied());
}

export async function activateSheet(page, sheetName) {
  await page.evaluate((name) => {
    const { workbook } = window.taPlayground;
    workbook.setActiveSheet(workbook.getSheetByName(name));
  }, sheetName);
}

/** Univer's name box: the input left of the formula bar that shows the active cell (`B20`). */
async function nameBox(page) {
  const handle = await page.evaluateHandle(() =>
    [...document.querySelectorAll('#grid input')].find(
      (input) =>
        /^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(input.value) &&
        input.getBoundingClientRect().width > 0
    )
  );
  const element = handle.asElement();
  if (!element) throw new Error('Univer name box not found');
  return element;
}

/** Selects the cell by typing its address into the name box, as a user would. */
export async function goToCell(page, sheetName, a1) {
  await activateSheet(page, sheetName);
  const box = await nameBox(page);
  await box.click({ clickCount: 3 });
  await page.keyboard.type(a1);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (address) => window.taPlayground.workbook.getActiveRange()?.getA1Notation() === address,
    a1
  );
}

/**
 * Goes to the cell through the name box and types into it with the keyboard, as a user would,
 * then confirms with the formula bar's ✓. Not Enter: while Univer's list of function names is
 * open (it opens on a letter typed, and on a busy machine may still be open at the end), Enter
 * picks a name from it instead of confirming (`…,B6)` became `…,FV()`). Waits for each step to
 * land: the machine may be busy. `stored` is the formula the cell ends up with, when the page
 * rewrites what was typed (the Russian playground's `;`).
 */
export async function typeIntoCell(page, sheetName, a1, text, stored = text) {
  await goToCell(page, sheetName, a1);
  await page.keyboard.type(text);
  await page.locator('[data-u-comp="formula-bar"] .univerjs-icon-check-mark-icon').click();
  await page.waitForFunction(
    ([name, address, formula]) => {
      const typed = window.taPlayground.workbook
        .getSheetByName(name)
        .getRange(address)
        .getFormula();
      return typed.replace(/\s/g, '').toUpperCase() === formula.replace(/\s/g, '').toUpperCase();
    },
    [sheetName, a1, stored]
  );
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
