/**
 * The product columns most TA.* functions share, read once and checked for equal size. The
 * argument names here are the parameter names Excel shows, so messages point at the right box.
 */
import { singleResourceTable, type ProductTable } from '../core';
import { numberColumn, sameLength, textColumn, type Orientation } from './arguments';

export type PriceColumns = {
  readonly price: Float64Array;
  readonly tvc: Float64Array;
  readonly orientation: Orientation;
};

export type ConstrainedColumns = PriceColumns & { readonly ccrTime: Float64Array };

/** price and tvc: one column (or row) each, the same size; blanks 0, negatives refused. */
export function readPriceTvc(price: unknown, tvc: unknown): PriceColumns {
  const p = numberColumn(price, 'price');
  const c = numberColumn(tvc, 'tvc');
  sameLength(p, c);
  return { price: p.values, tvc: c.values, orientation: p.orientation };
}

/** price, tvc and ccrTime (CCR hours per unit), the same size. */
export function readConstrained(
  price: unknown,
  tvc: unknown,
  ccrTime: unknown
): ConstrainedColumns {
  const p = numberColumn(price, 'price');
  const c = numberColumn(tvc, 'tvc');
  const time = numberColumn(ccrTime, 'ccrTime');
  sameLength(p, c, time);
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
  const names = args.names === undefined ? null : textColumn(args.names, 'names');
  const p = numberColumn(args.price, 'price');
  const c = numberColumn(args.tvc, 'tvc');
  const time = numberColumn(args.ccrTime, 'ccrTime');
  const demand = numberColumn(args.demand, 'demand');
  // An omitted minimum is "no political minimum" on every row.
  const minimum =
    args.minimum === null || args.minimum === undefined
      ? { ...p, argument: 'minimum', values: new Float64Array(p.values.length) }
      : numberColumn(args.minimum, 'minimum');
  sameLength(...(names === null ? [] : [names]), p, c, time, demand, minimum);
  return {
    names: names?.values ?? null,
    price: p.values,
    tvc: c.values,
    ccrTime: time.values,
    demand: demand.values,
    minimum: minimum.values,
    orientation: (names ?? p).orientation,
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
