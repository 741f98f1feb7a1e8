/**
 * A sales log read against a products table, as every plan-against-fact function starts: parse
 * the arguments once, read the log in the engine, stop with the error that names the argument
 * and row, and refuse a log that sells a product the table lacks.
 */
import { salesLogBuilder, type SalesLog } from '../core/fact';
import {
  readCatalog,
  readSales,
  type CatalogArguments,
  type ReadCatalog,
  type SaleArguments,
} from './factArguments';
import { requireMatched, throwFactFailure, type FactContext } from './factOutcome';
import type { ResultCell } from './results';
import { finiteOrError } from './excelErrors';

export type FactLog = {
  readonly log: SalesLog;
  readonly catalog: ReadCatalog;
  readonly context: FactContext;
};

/** The log and the table; a sale of a product the table lacks stops the function, naming it. */
export function factLog(sales: SaleArguments, table: CatalogArguments): FactLog {
  const ranges = readSales(sales);
  const catalog = readCatalog(table);
  const context: FactContext = {
    logOrientation: ranges.orientation,
    tableOrientation: catalog.orientation,
    names: catalog.table.names,
    ...(sales.groupArgument === undefined ? {} : { groupArgument: sales.groupArgument }),
  };
  const builder = salesLogBuilder(catalog.table, {
    rows: ranges.length,
    dates: ranges.hasDates,
    groups: ranges.hasGroups,
  });
  if (builder.status === 'invalid') throwFactFailure(builder, context);
  const { dates, products, quantities, amounts, groups, unitTvc } = ranges;
  for (let i = 0; i < ranges.length; i++) {
    builder.add(
      i,
      dates.read(i),
      products.read(i),
      quantities.read(i),
      amounts.read(i),
      groups.read(i),
      unitTvc.read(i)
    );
  }
  const outcome = builder.finish();
  if (outcome.status !== 'log') throwFactFailure(outcome, context);
  requireMatched(outcome.log, ranges.orientation);
  return { log: outcome.log, catalog, context };
}

/** A row of a returned table: numbers checked (#NUM! in the cell if not finite), text as is. */
export function resultRow(...cells: readonly (number | string)[]): ResultCell[] {
  return cells.map((cell) => (typeof cell === 'number' ? finiteOrError(cell) : cell));
}
