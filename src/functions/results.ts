/**
 * Shapes results for Excel: a product column spills in the orientation of its input, a blank
 * cell is "" (a `null` in a returned array shows as 0), and no NaN or Infinity ever leaves.
 */
import type { Orientation } from './arguments';
import { finiteOrError } from './excelErrors';

/** What one cell of a returned array may hold. */
export type ResultCell = number | string | CustomFunctions.Error;

/** One value per product, spilled down (column input) or across (row input). */
export function spill(values: readonly ResultCell[], orientation: Orientation): ResultCell[][] {
  return orientation === 'column' ? values.map((value) => [value]) : [[...values]];
}

/** Numbers per product; a non-finite one becomes #NUM! in its own cell. */
export function spillNumbers(values: ArrayLike<number>, orientation: Orientation): ResultCell[][] {
  return spill(Array.from(values, finiteOrError), orientation);
}
