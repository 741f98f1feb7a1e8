/**
 * TA.OPTIMALMIX's arguments read into the engine's problem: the product columns, the usage block
 * (one row per product, one column per resource) checked against the capacities, and the
 * resources' names.
 */
import type { MixProblem } from '../core';
import { fail } from './argumentProblems';
import {
  isOmitted,
  numberCells,
  numberColumn,
  optionalBoolean,
  sameLength,
  textColumn,
} from './arguments';

export type OptimalMixArguments = {
  readonly names: unknown;
  readonly price: unknown;
  readonly tvc: unknown;
  readonly usage: unknown;
  readonly capacity: unknown;
  readonly demand: unknown;
  readonly minimum: unknown;
  readonly wholeUnits: unknown;
  readonly resourceNames: unknown;
};

/** The problem, and the resources' names as the user gave them ("" where none). */
export type OptimalMixInput = {
  readonly problem: MixProblem;
  readonly resourceNames: readonly string[];
};

/** usage as one row per product and one column per resource, checked against capacity's width. */
function readUsage(usage: unknown, products: number, resources: number): Float64Array[] {
  const cells = numberCells(usage, 'usage');
  const rows = Array.isArray(usage) ? usage.length : 1;
  if (rows !== products || cells.length !== products * resources) {
    const columns = Math.round(cells.length / Math.max(rows, 1));
    fail({
      kind: 'lengthMismatch',
      argument: 'usage',
      length: rows === products ? columns : rows,
      expected:
        rows === products
          ? { argument: 'capacity', length: resources }
          : { argument: 'price', length: products },
      unit: rows === products ? 'cells' : 'rows',
    });
  }
  return Array.from({ length: resources }, (_, r) =>
    Float64Array.from({ length: products }, (_, i) => cells[i * resources + r] as number)
  );
}

/** One name per capacity; omitted: none (the labels then number the resources). */
function readResourceNames(value: unknown, resources: number): string[] {
  if (isOmitted(value)) return new Array<string>(resources).fill('');
  const names = textColumn(value, 'resourceNames');
  if (names.values.length !== resources) {
    fail({
      kind: 'lengthMismatch',
      argument: 'resourceNames',
      length: names.values.length,
      expected: { argument: 'capacity', length: resources },
      unit: 'cells',
    });
  }
  return names.values.map((name) => name.trim());
}

export function readOptimalMix(args: OptimalMixArguments): OptimalMixInput {
  const capacity = numberCells(args.capacity, 'capacity', { allowNegative: true });
  const names = textColumn(args.names, 'names');
  const price = numberColumn(args.price, 'price');
  const tvc = numberColumn(args.tvc, 'tvc');
  const demand = numberColumn(args.demand, 'demand');
  const minimum = isOmitted(args.minimum)
    ? { ...price, argument: 'minimum', values: new Float64Array(price.values.length) }
    : numberColumn(args.minimum, 'minimum');
  sameLength(names, price, tvc, demand, minimum);
  const count = names.values.length;
  const usage = readUsage(args.usage, count, capacity.length);
  const resourceNames = readResourceNames(args.resourceNames, capacity.length);
  const problem: MixProblem = {
    products: {
      count,
      names: names.values.map((name, i) => (name === '' ? `#${i + 1}` : name)),
      price: price.values,
      tvc: tvc.values,
      demand: demand.values,
      minimum: minimum.values,
      usage,
    },
    resources: capacity.map((hours, r) => ({
      name: resourceNames[r] || `${r + 1}`,
      capacity: hours,
    })),
    operatingExpense: null,
    wholeUnits: optionalBoolean(args.wholeUnits, 'wholeUnits', true),
  };
  return { problem, resourceNames };
}
