/** A1 addresses, as Excel writes them. */

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A sheet name as it appears in an address: quoted unless it is a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!B2:G40` for 0-based row and column and a size. */
export function rangeAddress(
  sheet: string,
  row: number,
  column: number,
  rows: number,
  columns: number
): string {
  const start = `${columnLetters(column)}${row + 1}`;
  const end = `${columnLetters(column + columns - 1)}${row + rows}`;
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

/** A 0-based rectangle on a named sheet. */
export type SheetArea = {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
};

function cellIndex(cell: string): [row: number, column: number] {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(cell);
  if (!match) throw new Error(`Not an A1 cell: ${cell}`);
  const letters = (match[1] as string).toUpperCase();
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return [Number(match[2]) - 1, column - 1];
}

/** `Sheet!B2:G40` (or `'My sheet'!B2`) as the sheet name and a 0-based rectangle. */
export function parseAddress(address: string): SheetArea {
  const bang = address.lastIndexOf('!');
  if (bang < 1) throw new Error(`Not a sheet address: ${address}`);
  const quoted = address.slice(0, bang);
  const sheet = /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  const [start, end = start] = address.slice(bang + 1).split(':') as [string, string?];
  const [top, left] = cellIndex(start);
  const [bottom, right] = cellIndex(end);
  return { sheet, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}
