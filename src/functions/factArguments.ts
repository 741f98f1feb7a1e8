/**
 * The arguments of the plan-against-fact functions: the sales log's columns (read by
 * logColumns.ts), the products table beside it (read by the one argument parser, arguments.ts)
 * and the period.
 */
import type { ProductTable } from '../core';
import type { PeriodKind } from '../core/fact';
import { fail } from './argumentProblems';
import { isOmitted, numberColumn, textColumn, type Orientation } from './arguments';
import { errorCodeOf, invalidValue } from './excelErrors';
import {
  constantColumn,
  logDates,
  logNames,
  logNumbers,
  sameLogLength,
  type LogColumn,
} from './logColumns';
import { productColumns } from './productArguments';
import { say } from './messages';

/** A required argument left out: Excel passes it as `null`, which must not read as 0. */
export function required<T>(value: T, argument: string): T {
  if (isOmitted(value)) return fail({ kind: 'missing', argument });
  return value;
}

/** The one cell of an argument that takes a single value (a literal or a one-cell range). */
function singleCell(value: unknown, argument: string): unknown {
  if (!Array.isArray(value)) return value;
  const rows = value as unknown[];
  const first = rows[0];
  const columns = Array.isArray(first) ? first.length : rows.length;
  const height = Array.isArray(first) ? rows.length : 1;
  if (height !== 1 || columns !== 1) {
    return fail({ kind: 'notSingleValue', argument, rows: height, columns });
  }
  return Array.isArray(first) ? first[0] : first;
}

/** A column of dates (a sales log's, an expense log's). */
export function dateColumn(value: unknown, argument: string): LogColumn<number> {
  return logDates(required(value, argument), argument);
}

/** One date (a literal, a cell, ISO text); `null` when omitted. */
export function optionalDate(value: unknown, argument: string): number | null {
  if (isOmitted(value)) return null;
  return dateColumn([[singleCell(value, argument)]], argument).read(0);
}

const PERIOD_WORDS: Readonly<Record<string, PeriodKind>> = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  день: 'day',
  неделя: 'week',
  месяц: 'month',
  квартал: 'quarter',
  год: 'year',
};

/** The period to sum by, in English or Russian words; omitted or blank: month. */
export function periodKind(value: unknown): PeriodKind {
  if (isOmitted(value)) return 'month';
  const cell = singleCell(value, 'period');
  if (isOmitted(cell) || cell === '' || cell === 0) return 'month';
  const code = errorCodeOf(cell);
  if (code !== null) return fail({ kind: 'error', argument: 'period', code });
  const kind = typeof cell === 'string' ? PERIOD_WORDS[cell.trim().toLowerCase()] : undefined;
  if (kind !== undefined) return kind;
  const text = typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell);
  throw invalidValue(say('badPeriod', { text }));
}

/** The sales log's columns, all the same size. */
export type SaleArguments = {
  /** Absent for a function that needs no dates (TA.SALET). */
  readonly saleDates?: unknown;
  readonly saleProducts: unknown;
  readonly saleQuantities: unknown;
  readonly saleAmounts?: unknown;
  /** Who sold it; `groupArgument` names it in messages (groups, sellers). */
  readonly groups?: unknown;
  readonly groupArgument?: string;
  readonly saleTvc?: unknown;
};

/** The log's columns, read row by row as the log is built; absent columns read as blank. */
export type SaleRanges = {
  readonly length: number;
  readonly orientation: Orientation;
  readonly hasDates: boolean;
  readonly hasGroups: boolean;
  readonly dates: LogColumn<number>;
  readonly products: LogColumn<string>;
  readonly quantities: LogColumn<number>;
  readonly amounts: LogColumn<number>;
  readonly groups: LogColumn<string>;
  readonly unitTvc: LogColumn<number>;
};

export function readSales(args: SaleArguments): SaleRanges {
  const products = logNames(required(args.saleProducts, 'saleProducts'), 'saleProducts');
  const dates = args.saleDates === undefined ? null : dateColumn(args.saleDates, 'saleDates');
  const quantities = logNumbers(
    required(args.saleQuantities, 'saleQuantities'),
    'saleQuantities',
    true
  );
  const amounts =
    args.saleAmounts === undefined
      ? constantColumn(quantities, 'saleAmounts', 0)
      : logNumbers(required(args.saleAmounts, 'saleAmounts'), 'saleAmounts', true);
  const groupArgument = args.groupArgument ?? 'groups';
  const groups = isOmitted(args.groups) ? null : logNames(args.groups, groupArgument);
  const unitTvc = isOmitted(args.saleTvc) ? null : logNumbers(args.saleTvc, 'saleTvc', false);
  // Every column is compared with the first the user gave: the dates, when there are any.
  sameLogLength(
    ...[dates, products, quantities, amounts, groups, unitTvc].filter(
      (c): c is LogColumn<number> | LogColumn<string> => c !== null
    )
  );
  return {
    length: products.length,
    orientation: (dates ?? products).orientation,
    hasDates: dates !== null,
    hasGroups: groups !== null,
    dates: dates ?? constantColumn(products, 'saleDates', 0),
    products,
    quantities,
    amounts,
    groups: groups ?? constantColumn(products, groupArgument, ''),
    unitTvc: unitTvc ?? constantColumn(products, 'saleTvc', 0),
  };
}

/** The products table's columns a log is read against; price, CCR time and demand when asked. */
export type CatalogArguments = {
  readonly names: unknown;
  readonly price?: unknown;
  readonly tvc?: unknown;
  readonly ccrTime?: unknown;
  readonly demand?: unknown;
  readonly plannedQuantity?: unknown;
};

export type ReadCatalog = {
  readonly table: ProductTable;
  readonly planned: Float64Array | null;
  readonly orientation: Orientation;
};

export function readCatalog(args: CatalogArguments): ReadCatalog {
  const names = textColumn(required(args.names, 'names'), 'names');
  const zeros = () => ({ ...names, values: new Float64Array(names.values.length) });
  const numbers = (value: unknown, argument: string) =>
    value === undefined
      ? { ...zeros(), argument }
      : numberColumn(required(value, argument), argument);
  const [n, price, tvc, ccrTime, demand, planned] = productColumns(
    names,
    numbers(args.price, 'price'),
    numbers(args.tvc, 'tvc'),
    numbers(args.ccrTime, 'ccrTime'),
    numbers(args.demand, 'demand'),
    numbers(args.plannedQuantity, 'plannedQuantity')
  );
  const count = n.values.length;
  return {
    table: {
      count,
      names: n.values,
      price: price.values,
      tvc: tvc.values,
      demand: args.demand === undefined ? new Float64Array(count).fill(Infinity) : demand.values,
      minimum: new Float64Array(count),
      usage: [ccrTime.values],
    },
    planned: args.plannedQuantity === undefined ? null : planned.values,
    orientation: names.orientation,
  };
}
