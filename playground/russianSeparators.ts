/**
 * Russian Excel writes `=TA.ПРОХОД(B2:B5; C2:C5)` and `1,5`; Univer 0.25 has no locale setting and
 * reads only `,` between arguments and `.` in decimals. In the Russian playground a TA.* formula
 * typed or pasted the Russian way is rewritten the moment it lands in a cell — `;` → `,`, a comma
 * between digits → `.` — so the README's examples work as written; the status line says so.
 */
import type { FUniver } from '@univerjs/core/facade';
import type { FRange, FWorkbook } from '@univerjs/sheets/facade';

/** A pasted block larger than this is left as it is (a TA.* formula is typed one cell at a time). */
const MAX_CELLS = 10_000;

/** `formula` without its quoted parts ("text" and 'sheet names'). */
function code(formula: string): string {
  return formula.replace(/"[^"]*"|'[^']*'/g, '');
}

/** Whether `formula` calls TA.* with ";" between arguments (outside quoted text). */
export function usesSemicolons(formula: string): boolean {
  const outside = code(formula);
  return /\bTA\./i.test(outside) && outside.includes(';');
}

/**
 * The formula as Univer reads it, or `null` when it is not a TA.* formula written the Russian way.
 * In such a formula `,` can only be the decimal mark (Russian Excel separates arguments with `;`).
 */
export function fromRussianExcel(formula: string): string | null {
  if (!formula.startsWith('=') || !usesSemicolons(formula)) return null;
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < formula.length; i += 1) {
    const ch = formula.charAt(i);
    if (quote !== null) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      out += ch;
    } else if (ch === ';') {
      out += ',';
    } else if (ch === ',' && /\d/.test(formula.charAt(i - 1)) && /\d/.test(formula.charAt(i + 1))) {
      out += '.';
    } else {
      out += ch;
    }
  }
  return out;
}

/** The cells rewritten, by `sheetId!row:column`, with the formula as the user wrote it. */
export type Rewritten = Map<string, { readonly written: string; readonly formula: string }>;

export function cellKey(sheetId: string, row: number, column: number): string {
  return `${sheetId}!${row}:${column}`;
}

function rewriteRange(workbook: FWorkbook, range: FRange, rewritten: Rewritten): void {
  if (range.getWidth() * range.getHeight() > MAX_CELLS) return;
  const sheet = workbook.getSheetBySheetId(range.getSheetId());
  if (!sheet) return;
  range.getFormulas().forEach((cells, r) =>
    cells.forEach((written, c) => {
      const formula = fromRussianExcel(written);
      if (formula === null) return;
      const row = range.getRow() + r;
      const column = range.getColumn() + c;
      rewritten.set(cellKey(sheet.getSheetId(), row, column), { written, formula });
      sheet.getRange(row, column).setFormula(formula);
    })
  );
}

/** Rewrites every TA.* formula that lands in `workbook` with Russian separators. */
export function acceptRussianSeparators(api: FUniver, workbook: FWorkbook): Rewritten {
  const rewritten: Rewritten = new Map();
  api.addEvent(api.Event.SheetValueChanged, ({ effectedRanges }) => {
    // Not inside the command that changed the values: after it, as a command of its own.
    queueMicrotask(() => {
      for (const range of effectedRanges) {
        if (range.getUnitId() === workbook.getId()) rewriteRange(workbook, range, rewritten);
      }
    });
  });
  return rewritten;
}
