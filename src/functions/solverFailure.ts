/**
 * What TA.OPTIMALMIX says when the exact solver throws instead of answering (HiGHS refuses a
 * model whose numbers are too far apart in size, e.g. a time per unit of 1e15): never the solver's
 * own error, but the input cell most likely at fault, named by argument, row and column.
 */
import type { MixProblem } from '../core';
import { invalidValue } from './excelErrors';
import type { Position } from './inputMessages';
import { say } from './messages';

export type SuspectCell = {
  readonly argument: string;
  readonly at: Position;
  readonly value: number;
};

// Below this, a number is an ordinary amount: the failure is then not blamed on one cell.
const SUSPICIOUS = 1e9;

/** The input of largest magnitude, where the user typed it (products in one column). */
export function largestInput(problem: MixProblem): SuspectCell | null {
  const { products, resources } = problem;
  const n = products.count;
  const r = resources.length;
  let best: SuspectCell | null = null;
  const consider = (argument: string, value: number, at: Position): void => {
    if (best === null || Math.abs(value) > Math.abs(best.value)) best = { argument, at, value };
  };
  const columns = {
    price: products.price,
    tvc: products.tvc,
    demand: products.demand,
    minimum: products.minimum,
  };
  for (const [argument, values] of Object.entries(columns)) {
    values.forEach((value, i) =>
      consider(argument, value, { row: i, column: 0, rows: n, columns: 1 })
    );
  }
  products.usage.forEach((times, k) =>
    times.forEach((value, i) =>
      consider('usage', value, { row: i, column: k, rows: n, columns: r })
    )
  );
  resources.forEach((resource, k) =>
    consider('capacity', resource.capacity, { row: 0, column: k, rows: 1, columns: r })
  );
  return best;
}

function shown(value: number): string {
  return Math.abs(value) >= 1e6 ? value.toExponential().replace('e+', 'E+') : String(value);
}

/** The #VALUE! for a solver that threw on `problem`. */
export function solverFailure(problem: MixProblem): CustomFunctions.Error {
  const suspect = largestInput(problem);
  if (suspect === null || Math.abs(suspect.value) < SUSPICIOUS) {
    return invalidValue(say('solverFailed'));
  }
  return invalidValue(say('solverFailedOn', { ...suspect, shown: shown(suspect.value) }));
}
