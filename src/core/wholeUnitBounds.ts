import type { InputIssue } from './inputIssues';
import type { ProductTable } from './productTable';

/**
 * The rule for whole units: a product's minimum rounds UP to whole units (a minimum of 2.3 means at
 * least 3 units) and its demand rounds DOWN (a market of 7.5 takes 7 whole units). A bound within
 * 12 significant digits of a whole number is that number: 56.99999999999999 (= 0.57 × 100 in
 * floating point) is 57, while 7.000000001 is a real fraction and rounds.
 *
 * When the whole minimum is above the whole demand (minimum 7.2, demand 7.5), no whole quantity
 * lies between them: that row is an input issue (`minimumAboveDemand`) in whole units only.
 */
const WHOLE_TOLERANCE = 1e-12;

function nearestWhole(value: number): number | null {
  const whole = Math.round(value);
  return Math.abs(value - whole) <= WHOLE_TOLERANCE * Math.max(1, Math.abs(value)) ? whole : null;
}

/** The smallest whole number of units at or above `minimum`. */
export function wholeMinimum(minimum: number): number {
  return nearestWhole(minimum) ?? Math.ceil(minimum);
}

/** The largest whole number of units at or below `demand` (`Infinity` stays unlimited). */
export function wholeDemand(demand: number): number {
  if (demand === Number.POSITIVE_INFINITY) return demand;
  return nearestWhole(demand) ?? Math.floor(demand);
}

/**
 * `products` with every minimum and demand rounded to whole units. Returns `products` itself
 * when every bound is whole already, so the common case allocates nothing.
 */
export function wholeUnitBounds(products: ProductTable): ProductTable {
  const { minimum, demand } = products;
  let whole = true;
  for (let i = 0; i < products.count && whole; i++) {
    const d = demand[i] as number;
    whole = Number.isInteger(minimum[i]) && (Number.isInteger(d) || d === Number.POSITIVE_INFINITY);
  }
  if (whole) return products;
  return {
    ...products,
    minimum: minimum.map(wholeMinimum),
    demand: demand.map(wholeDemand),
  };
}

/** Rows whose minimum and demand are in order, but no whole quantity lies between them. */
export function wholeUnitIssues(products: ProductTable): InputIssue[] {
  const issues: InputIssue[] = [];
  for (let i = 0; i < products.count; i++) {
    const minimum = products.minimum[i] as number;
    const demand = products.demand[i] as number;
    if (minimum <= demand && wholeMinimum(minimum) > wholeDemand(demand)) {
      issues.push({ kind: 'minimumAboveDemand', row: i });
    }
  }
  return issues;
}
