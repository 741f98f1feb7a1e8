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

/** Whether Univer's cell editor is open and holds exactly `text`. */
function editorHolds(text) {
  const { api, workbook } = window.taPlayground;
  const stream = api.getActiveDocument()?.getSnapshot()?.body?.dataStream ?? '';
  return workbook.isCellEditing() && stream.replace(/\r\n$/, '') === text;
}

/**
 * Goes to the cell through the name box, types into it and confirms, as a user would. Each step
 * waits for Univer's own state, never for a time: the first key opens the cell editor (keys sent
 * before it is open could land elsewhere); the rest arrives as one text input, as from an input
 * method or a paste, and the editor must hold the whole text before it is confirmed. Confirmed
 * with the formula bar's ✓, not Enter: while Univer's list of function names is open (it opens
 * on a letter typed and answers asynchronously, so on a busy machine it may still be open at the
 * end), Enter picks a name from it instead of confirming (seen under load: `…,F2:F3,BASE()`,
 * `…,B6)` → `…,FV()`). The formula must then be stored in the cell. The Russian test types key by
 * key where the autocomplete itself is what it checks.
 * `stored` is the formula the cell ends up with, when the page rewrites what was typed (the
 * Russian playground's `;`).
 */
export async function typeIntoCell(page, sheetName, a1, text, stored = text) {
  await goToCell(page, sheetName, a1);
  await page.keyboard.type(text.slice(0, 1));
  await page.waitForFunction(() => window.taPlayground.workbook.isCellEditing());
  await page.keyboard.insertText(text.slice(1));
  await page.waitForFunction(editorHolds, text);
  await page.locator('[data-u-comp="formula-bar"] .univerjs-icon-check-mark-icon').click();
  await page.waitForFunction(
    ([name, address, formula]) => {
      const { workbook } = window.taPlayground;
      const typed = workbook.getSheetByName(name).getRange(address).getFormula();
      const same =
        typed.replace(/\s/g, '').toUpperCase() === formula.replace(/\s/g, '').toUpperCase();
      return same && !workbook.isCellEditing();
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

/**
 * The ownership marker the pane wrote on a report sheet (`{ id, complete, … }`), or null. Every
 * write gives the report a new id and marks it complete last, so a new complete marker is the
 * page's own signal that a write or a refresh has finished.
 */
export async function reportMarker(page, sheetName) {
  return page.evaluate((name) => {
    const text = window.taPlayground.workbook.getSheetByName(name)?.getCustomMetadata()?.[
      'TA.report'
    ];
    return typeof text === 'string' ? JSON.parse(text) : null;
  }, sheetName);
}

/**
 * Waits until the report sheet carries a complete marker other than `previous`: a new report,
 * or the same report (Refresh keeps its id) whose content, hence fingerprint, changed.
 */
export async function waitForNewReport(page, sheetName, previous = null) {
  await page.waitForFunction(
    ([name, before]) => {
      const text = window.taPlayground.workbook.getSheetByName(name)?.getCustomMetadata()?.[
        'TA.report'
      ];
      if (typeof text !== 'string') return false;
      const marker = JSON.parse(text);
      return (
        marker.complete === true &&
        (before === null || marker.id !== before.id || marker.fp !== before.fp)
      );
    },
    [sheetName, previous && { id: previous.id, fp: previous.fp }]
  );
}

/**
 * Moves the mouse over the middle of a cell, as a user pointing at it. Univer gives the cell's
 * rectangle relative to its grid (the page's largest canvas) without the grid's scroll: call it
 * on a sheet not scrolled since the page loaded (the name box scrolls it).
 */
export async function pointAtCell(page, sheetName, a1) {
  const point = await page.evaluate(
    ([name, address]) => {
      const cell = window.taPlayground.workbook
        .getSheetByName(name)
        .getRange(address)
        .getCellRect();
      const grid = [...document.querySelectorAll('#grid canvas')]
        .map((canvas) => canvas.getBoundingClientRect())
        .sort((a, b) => b.width * b.height - a.width * a.height)[0];
      return { x: grid.x + cell.x + cell.width / 2, y: grid.y + cell.y + cell.height / 2 };
    },
    [sheetName, a1]
  );
  await page.mouse.move(point.x, point.y, { steps: 5 });
}
