/**
 * What every answer of `ta plan` must satisfy, checked against the problem file it answered.
 *
 * Tolerances: a quantity may exceed its demand or fall short of its minimum by 12 significant
 * digits (the whole-unit rule reads 56.99999999999999 as 57); a resource's load may exceed its
 * capacity by 1e-9 of the capacity plus 1e-9 of a unit's time per product (the greedy fill reads
 * 29.9999999997 units that fit as 30) — 1e-6 with `--method optimal` (HiGHS's feasibility
 * tolerance on the scaled model).
 */
type Json = Record<string, unknown>;
type Line = { index: number; quantity: number; greedyQuantity?: number; throughput: number };

/** Keys whose value may be null: names and reasons, never a number. */
const NULLABLE = new Set(['constraint', 'rankedBy', 'reason']);

export function findNull(value: unknown, path = ''): string | null {
  if (value === null) return NULLABLE.has(path.split('.').pop() ?? '') ? null : path;
  if (typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value as Json)) {
    const found = findNull(item, `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
const near = (value: number) => 1e-12 * Math.max(1, Math.abs(value));

function checkQuantity(q: number, product: Json, wholeUnits: boolean): string | null {
  const minimum = num(product.minimum, 0);
  const demand = num(product.demand, Infinity);
  if (!(q >= 0)) return `quantity ${q} < 0`;
  if (q < minimum - near(minimum)) return `quantity ${q} below the minimum ${minimum}`;
  if (q > demand + near(demand)) return `quantity ${q} above the demand ${demand}`;
  if (wholeUnits && !Number.isInteger(q)) return `quantity ${q} not whole`;
  return null;
}

function checkLoads(quantity: number[], document: Json, tolerance: number): string | null {
  const products = document.products as Json[];
  for (const resource of document.resources as Json[]) {
    const name = resource.name as string;
    const capacity = resource.capacity as number;
    let used = 0;
    let slack = capacity * tolerance;
    products.forEach((product, i) => {
      const usage = (product.usage ?? {}) as Json;
      const time = Object.prototype.hasOwnProperty.call(usage, name) ? (usage[name] as number) : 0;
      used += (quantity[i] as number) * time;
      slack += tolerance * time;
    });
    if (used > capacity + slack)
      return `resource ${JSON.stringify(name)}: load ${used} above capacity ${capacity}`;
  }
  return null;
}

/** The first broken rule of a plan (exit code 0, JSON), or `null`. */
export function brokenRule(report: Json, document: Json, optimal: boolean): string | null {
  const nullAt = findNull(report);
  if (nullAt !== null) return `null at ${nullAt}`;
  const products = document.products as Json[];
  const lines = report.products as Line[];
  if (lines.length !== products.length) return 'not every product has a line';
  const wholeUnits = report.wholeUnits as boolean;
  const quantity = new Array<number>(products.length).fill(0);
  const greedy = new Array<number>(products.length).fill(0);
  let sum = 0;
  let scale = 0;
  for (const line of lines) {
    const product = products[line.index] as Json;
    const broken =
      checkQuantity(line.quantity, product, wholeUnits) ??
      (optimal ? checkQuantity(line.greedyQuantity as number, product, wholeUnits) : null);
    if (broken !== null) return `products[${line.index}]: ${broken}`;
    quantity[line.index] = line.quantity;
    greedy[line.index] = line.greedyQuantity ?? 0;
    const t = (product.price as number) - (product.tvc as number);
    sum += line.quantity * t;
    scale += Math.abs(line.quantity * t);
  }
  const throughput = report.throughput as number;
  if (Math.abs(throughput - sum) > 1e-9 * Math.max(1, scale))
    return `ΣT ${throughput} ≠ Σ q·T ${sum}`;
  const oe = document.operatingExpense;
  if (typeof oe === 'number') {
    const np = report.netProfit as number;
    if (Math.abs(np - (throughput - oe)) > near(Math.max(Math.abs(throughput), oe))) {
      return `NP ${np} ≠ ΣT − OE = ${throughput - oe}`;
    }
  } else if ('netProfit' in report) return 'netProfit without an operating expense';
  if (!((report.lostToMinimums as number) >= 0))
    return `lostToMinimums ${String(report.lostToMinimums)} < 0`;
  return (
    checkLoads(quantity, document, optimal ? 1e-6 : 1e-9) ??
    (optimal ? checkLoads(greedy, document, 1e-9) : null)
  );
}
