/**
 * Number formats for what the example's TA.MIXTABLE spilled: its cumulative load as a percentage
 * and money with thousands separators. The columns are found by the function's own header labels
 * (src/functions/mixTableLabels.ts) in the workbook's result language, once the spill has been
 * computed.
 */
import type { FWorkbook } from '@univerjs/sheets/facade';
import type { ResultLanguage } from '../src/core';
import { MIX_TABLE_LABELS } from '../src/functions/mixTableLabels';
import { EXAMPLES, layoutOf } from './exampleWorkbook';
import type { Language } from './univerHost';

export function formatExampleMixTables(
  workbook: FWorkbook,
  language: Language,
  results: ResultLanguage
): void {
  const headers = MIX_TABLE_LABELS[results].headers;
  // [label, pattern, rows below the products it also covers (the totals under T)]
  const formats: [label: string | undefined, pattern: string, totals: number][] = [
    [headers[2], '#,##0', 0],
    [headers[3], '#,##0', 0],
    [headers[8], '0.0%', 0],
    [headers[9], '#,##0', 8],
  ];
  for (const example of EXAMPLES) {
    const sheet = workbook.getSheetByName(example.sheetName[language]);
    if (!sheet) continue;
    const top = layoutOf(example).mixTableRow;
    const spilled = sheet.getRange(top, 0, 1, headers.length).getValues()[0] ?? [];
    const products = example.rows.length;
    for (const [label, pattern, totals] of formats) {
      const column = spilled.indexOf(label ?? '');
      if (column < 0) continue;
      sheet.getRange(top + 1, column, products + totals, 1).setNumberFormat(pattern);
    }
  }
}
