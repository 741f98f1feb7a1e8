/**
 * The messages behind the error values TA.* functions put into the playground's cells. Excel
 * shows a #VALUE! or #N/A message in the cell's error flag; Univer shows only "Error in value",
 * so the adapter records each call's messages here, by cell, and the status line reads them.
 */

/** A cell of the workbook, as Univer's formula engine names the cell it computes. */
export type CellRef = {
  readonly unitId: string;
  readonly subUnitId: string;
  readonly row: number;
  readonly column: number;
};

/** An error with a message inside a call's result, at (row, column) from the formula's cell. */
export type CellError = {
  readonly row: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
};

export type FunctionError = {
  readonly code: string;
  readonly message: string;
  readonly name: string;
};

function keyOf(cell: CellRef): string {
  return `${cell.unitId}\u0000${cell.subUnitId}\u0000${cell.row}\u0000${cell.column}`;
}

export class FunctionErrorLog {
  private readonly byCell = new Map<string, FunctionError>();
  /** The cells each formula cell last filled with messages (a spill may shrink). */
  private readonly byFormula = new Map<string, string[]>();

  /** What the call of `name` in `cell` gave: its errors with messages, by offset. */
  record(name: string, cell: CellRef, errors: readonly CellError[]): void {
    const formula = keyOf(cell);
    for (const key of this.byFormula.get(formula) ?? []) this.byCell.delete(key);
    const keys = errors.map((error) => {
      const key = keyOf({ ...cell, row: cell.row + error.row, column: cell.column + error.column });
      this.byCell.set(key, { code: error.code, message: error.message, name });
      return key;
    });
    if (keys.length > 0) this.byFormula.set(formula, keys);
    else this.byFormula.delete(formula);
  }

  /** The message behind the error shown in `cell`, if a TA.* function put it there. */
  at(cell: CellRef): FunctionError | null {
    return this.byCell.get(keyOf(cell)) ?? null;
  }
}
