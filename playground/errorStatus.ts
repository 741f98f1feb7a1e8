/**
 * The status line under the grid: the message behind a TA.* function's error in the cell the user
 * points at or selects — what Excel shows in the cell's error flag (Univer's own tooltip says only
 * "Error in value"). A TA.* formula written with Russian Excel's `;` between arguments, which
 * Univer does not take, gets a line saying so: in the Russian playground, that it was rewritten
 * (russianSeparators.ts); in the English one, why it gives #VALUE!, as English Excel refuses it.
 */
import type { FUniver } from '@univerjs/core/facade';
import type { FWorkbook, FWorksheet } from '@univerjs/sheets/facade';
import type {} from '@univerjs/sheets-ui/facade';
import type { FunctionErrorLog } from './functionErrors';
import { cellKey, usesSemicolons, type Rewritten } from './russianSeparators';
import type { Language } from './univerHost';

const SEPARATOR_HINT: Record<Language, string> = {
  en: 'this spreadsheet (Univer) separates arguments with a comma and decimals with a point: =TA.NETPROFIT(B2:B3, 6000.5). Russian Excel uses ";" — Univer has no such setting.',
  ru: 'эта таблица (Univer) разделяет аргументы запятой, а дробную часть — точкой: =TA.ЧИСТАЯ.ПРИБЫЛЬ(B2:B3, 6000.5). В русском Excel аргументы разделяет «;», в Univer такой настройки нет.',
};

const REWRITTEN_NOTE: Record<Language, string> = {
  en: 'rewritten for this spreadsheet (Univer), which reads "," between arguments and "." in decimals. Typed:',
  ru: 'формула переписана для этой таблицы (Univer): она читает «,» между аргументами и «.» в дробях. Введено:',
};

/** "B7: #VALUE! — operatingExpense is missing: …", or `null` when no TA.* message is there. */
export function statusOf(
  workbook: FWorkbook,
  sheet: FWorksheet,
  row: number,
  column: number,
  log: FunctionErrorLog,
  language: Language,
  rewritten?: Rewritten
): string | null {
  const cell = { unitId: workbook.getId(), subUnitId: sheet.getSheetId(), row, column };
  const error = log.at(cell);
  const range = sheet.getRange(row, column);
  const value = range.getValue();
  const where = range.getA1Notation();
  const isError = typeof value === 'string' && value.startsWith('#');
  // With ";" Univer hands the function garbage ('#REF!' as text): the separator is the cause.
  if (isError && usesSemicolons(range.getFormula())) {
    return `${where}: ${value} — ${SEPARATOR_HINT[language]}`;
  }
  // A message recorded for an older result of the cell is not shown beside a newer value.
  if (error && value === error.code) return `${where}: ${error.code} — ${error.message}`;
  const rewrite = rewritten?.get(cellKey(sheet.getSheetId(), row, column));
  if (rewrite && rewrite.formula === range.getFormula()) {
    return `${where}: ${REWRITTEN_NOTE[language]} ${rewrite.written}`;
  }
  return null;
}

/**
 * Keeps `element` on the hovered error cell, else on the active one. The active cell is read from
 * the workbook at each render, whichever event (a selection, a sheet switch, a calculation) came
 * first, so no ordering of Univer's events can leave the line on a stale cell.
 */
export function showFunctionErrors(
  api: FUniver,
  workbook: FWorkbook,
  log: FunctionErrorLog,
  element: HTMLElement,
  language: Language,
  rewritten?: Rewritten
): void {
  let hovered: string | null = null;
  const render = (): void => {
    const sheet = workbook.getActiveSheet();
    const range = workbook.getActiveRange();
    const current =
      range &&
      statusOf(workbook, sheet, range.getRow(), range.getColumn(), log, language, rewritten);
    element.textContent = hovered ?? current ?? '';
  };
  api.addEvent(api.Event.SelectionChanged, render);
  api.addEvent(api.Event.SelectionMoveEnd, render);
  api.addEvent(api.Event.ActiveSheetChanged, render);
  api.addEvent(api.Event.CellHover, ({ worksheet, row, column }) => {
    hovered = statusOf(workbook, worksheet, row, column, log, language, rewritten);
    render();
  });
  api.getFormula().calculationResultApplied(() => render());
}
