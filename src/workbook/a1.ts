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
