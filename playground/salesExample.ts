/**
 * The example sheet "Sales" («Продажи»): the salon's sales log as a table the pane can read, and
 * beside it the plan-against-fact functions on it, reading the products from the Salon sheet —
 * T by month and master, the masters' hours, the T lost to the mix, NP by month, plan against
 * fact for February, bonuses — and the same log feeding TA.LTVLIST and TA.RFMLIST.
 */
import type { FWorkbook, FWorksheet } from '@univerjs/sheets/facade';
import { BLOCKS, LADDER, LADDER_AT, LTV_CELLS, MONEY, refsOf } from './salesFormulas';
import { salesLog } from './salesLogData';
import type { Language } from './univerHost';

export const SALES_SHEET: Readonly<Record<Language, string>> = { en: 'Sales', ru: 'Продажи' };
export const SALES_TABLE = 'SalesLog';

export const SALES_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: ['Date', 'Service', 'Qty', 'Amount', 'Master', 'Client'],
  ru: ['Дата', 'Услуга', 'Кол-во', 'Сумма', 'Мастер', 'Клиент'],
};

/** The sheet in the workbook snapshot: room for the log and the formulas beside it. */
export function salesSheetSnapshot(language: Language): { name: string; rowCount: number } {
  return { name: SALES_SHEET[language], rowCount: salesLog(language).length + 50 };
}

/** The log as a table named SalesLog, dates and money formatted. */
export async function fillSalesExample(workbook: FWorkbook, language: Language): Promise<void> {
  const sheet = salesSheet(workbook, language);
  const log = salesLog(language);
  const headers = SALES_HEADERS[language];
  sheet
    .getRange(0, 0, 1, headers.length)
    .setValues([[...headers]])
    .setFontWeight('bold');
  sheet
    .getRange(1, 0, log.length, headers.length)
    .setValues(
      log.map((s) =>
        [s.date, s.product, s.quantity, s.amount, s.master, s.client].map((v) => ({ v }))
      )
    );
  sheet.getRange(1, 0, log.length, 1).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(1, 3, log.length, 1).setNumberFormat(MONEY);
  const ladder = sheet.getRange(LADDER_AT);
  const [row, column] = [ladder.getRow(), ladder.getColumn()];
  const words = language === 'ru' ? ['Проход от', 'Бонус'] : ['T from', 'Bonus'];
  sheet.getRange(row, column, 1, 2).setValues([words]).setFontWeight('bold');
  sheet
    .getRange(row + 1, column, LADDER.length, 2)
    .setValues(LADDER.map((step) => [...step]))
    .setNumberFormat(MONEY);
  [100, 220, 70, 90, 90, 100, 16, 95, 120, 150, 150, 110].forEach((width, c) =>
    sheet.setColumnWidth(c, width)
  );
  const range = { startRow: 0, startColumn: 0, endRow: log.length, endColumn: headers.length - 1 };
  const id = await workbook.addTable(sheet.getSheetId(), SALES_TABLE, range);
  if (!id) throw new Error(`Univer refused the example table ${SALES_TABLE}`);
}

/** The formulas beside the log (written once TA.* are registered). */
export function addSalesFormulas(workbook: FWorkbook, language: Language): void {
  const sheet = salesSheet(workbook, language);
  const refs = refsOf(language, salesLog(language).length);
  for (const block of BLOCKS) {
    const title = sheet.getRange(block.at);
    const row = title.getRow();
    const column = title.getColumn();
    title.setValue(block.title[language]).setFontWeight('bold');
    const headers = block.headers[language];
    sheet
      .getRange(row + 1, column, 1, headers.length)
      .setValues([[...headers]])
      .setFontWeight('bold');
    sheet.getRange(row + 2, column).setFormula(block.formula(refs));
  }
  for (const [at, label, formula] of LTV_CELLS) {
    const cell = sheet.getRange(at);
    cell.setValue(label[language]).setFontWeight('bold');
    sheet
      .getRange(cell.getRow() + 1, cell.getColumn())
      .setFormula(formula(refs))
      .setNumberFormat(MONEY);
  }
}

/** Number formats of the spilled results, once computed (their sizes are known then). */
export function formatSalesExample(workbook: FWorkbook, language: Language): void {
  const sheet = salesSheet(workbook, language);
  for (const block of BLOCKS) {
    const title = sheet.getRange(block.at);
    const top = title.getRow() + 2;
    let rows = 0;
    while (sheet.getRange(top + rows, title.getColumn()).getValue() !== null && rows < 50) rows++;
    if (rows === 0) continue;
    block.formats.forEach((format, c) =>
      sheet.getRange(top, title.getColumn() + c, rows, 1).setNumberFormat(format)
    );
  }
}

function salesSheet(workbook: FWorkbook, language: Language): FWorksheet {
  const sheet = workbook.getSheetByName(SALES_SHEET[language]);
  if (!sheet) throw new Error(`The example sheet ${SALES_SHEET[language]} is missing`);
  return sheet;
}
