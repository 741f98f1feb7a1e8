/**
 * The look of what the example's TA.MIXTABLE spills: a bold header row that wraps between words,
 * the cumulative load as a percentage and money with thousands separators. The layout is the
 * function's own (src/functions/mixTable.ts: 10 columns, products, a blank row, 6 totals), so the
 * cells are formatted where the spill lands, whether or not it has been computed yet.
 */
import type { FWorkbook } from '@univerjs/sheets/facade';
import { EXAMPLES, layoutOf } from './exampleWorkbook';
import type { Language } from './univerHost';

const WIDTH = 10;
const TOTALS = 7;

/** [column, pattern, whether the totals under the products take it too] */
const FORMATS: readonly (readonly [number, string, boolean])[] = [
  [2, '#,##0', false],
  [3, '#,##0', false],
  [8, '0.0%', false],
  [9, '#,##0', true],
];

export function formatExampleMixTables(workbook: FWorkbook, language: Language): void {
  for (const example of EXAMPLES) {
    const sheet = workbook.getSheetByName(example.sheetName[language]);
    if (!sheet) continue;
    const top = layoutOf(example).mixTableRow;
    const products = example.rows.length;
    sheet.getRange(top, 0, 1, WIDTH).setFontWeight('bold').setWrap(true);
    sheet.setRowHeight(top, language === 'ru' ? 48 : 36);
    for (const [column, pattern, totals] of FORMATS) {
      sheet.getRange(top + 1, column, products + (totals ? TOTALS : 0), 1).setNumberFormat(pattern);
    }
  }
}
