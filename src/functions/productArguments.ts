/**
 * The product columns most TA.* functions share, read once and checked for equal size. The
 * argument names here are the parameter names Excel shows, so messages point at the right box.
 */
import { singleResourceTable, type ProductTable } from '../core';
import { numberColumn, sameLength, textColumn, type Column, type Orientation } from './arguments';

type ProductColumn = Column<Float64Array> | Column<string[]>;

/**
 * Checks that the product ranges have the same size, then leaves out the rows at the end where
 * every one of them is blank or 0 (Excel passes a blank as 0 on the desktop and as `null` on the
 * web): `B:B` or a table with spare rows then spills only as far as the data. Rows inside the
 * data are kept, and at least one row is, so the result is never an empty array.
 */
export function productColumns<T extends readonly ProductColumn[]>(...columns: T): T {
  sameLength(...columns);
  const n = columns[0]?.values.length ?? 0;
  let kept = n;
  while (kept > 1 && columns.every((column) => isBlankValue(column.values[kept - 1]))) kept--;
  if (kept === n) return columns;
  return columns.map((column) => ({
    ...column,
    values: (column.values as Float64Array).slice(0, kept),
  })) as unknown as T;
}

function isBlankValue(value: number | string | undefined): boolean {
  return value === 0 || value === '';
}

export type PriceColumns = {
  readonly price: Float64Array;
  readonly tvc: Float64Array;
  readonly orientation: Orientation;
};

export type ConstrainedColumns = PriceColumns & { readonly ccrTime: Float64Array };

/** price and tvc: one column (or row) each, the same size; blanks 0, negatives refused. */
export function readPriceTvc(price: unknown, tvc: unknown): PriceColumns {
  const [p, c] = productColumns(numberColumn(price, 'price'), numberColumn(tvc, 'tvc'));
  return { price: p.values, tvc: c.values, orientation: p.orientation };
}

/** price, tvc and ccrTime (CCR hours per unit), the same size. */
export function readConstrained(
  price: unknown,
  tvc: unknown,
  ccrTime: unknown
): ConstrainedColumns {
  const [p, c, time] = productColumns(
    numberColumn(price, 'price'),
    numberColumn(tvc, 'tvc'),
    numberColumn(ccrTime, 'ccrTime')
  );
  return { price: p.values, tvc: c.values, ccrTime: time.values, orientation: p.orientation };
}

export type MixColumns = ConstrainedColumns & {
  readonly names: string[] | null;
  readonly demand: Float64Array;
  readonly minimum: Float64Array;
};

/** Every column of a mix: names (optional), price, tvc, ccrTime, demand and minimum (optional). */
export function readMixColumns(args: {
  readonly names?: unknown;
  readonly price: unknown;
  readonly tvc: unknown;
  readonly ccrTime: unknown;
  readonly demand: unknown;
  readonly minimum: unknown;
}): MixColumns {
  const price = numberColumn(args.price, 'price');
  const n = price.values.length;
  // Omitted names and minimums are columns of blanks: rows named by number, no political minimum.
  const names =
    args.names === undefined
      ? { ...price, argument: 'names', values: new Array<string>(n).fill('') }
      : textColumn(args.names, 'names');
  const minimum =
    args.minimum === null || args.minimum === undefined
      ? { ...price, argument: 'minimum', values: new Float64Array(n) }
      : numberColumn(args.minimum, 'minimum');
  const [p, c, time, demand, m, labels] = productColumns(
    price,
    numberColumn(args.tvc, 'tvc'),
    numberColumn(args.ccrTime, 'ccrTime'),
    numberColumn(args.demand, 'demand'),
    minimum,
    names
  );
  return {
    names: args.names === undefined ? null : labels.values,
    price: p.values,
    tvc: c.values,
    ccrTime: time.values,
    demand: demand.values,
    minimum: m.values,
    orientation: (args.names === undefined ? p : labels).orientation,
  };
}

/** The engine's one-resource table of `columns`, rows named by name or by row number. */
export function mixTable(columns: MixColumns): ProductTable {
  const names = columns.names?.map((name, i) => (name === '' ? `#${i + 1}` : name));
  return singleResourceTable({
    ...(names === undefined ? {} : { names }),
    price: columns.price,
    tvc: columns.tvc,
    constraintTime: columns.ccrTime,
    demand: columns.demand,
    minimum: columns.minimum,
  });
}
