import { findDuplicateNames, type MixPlan, type MixProblem, type MixWarning } from '../core';
import type { Method } from './args';
import { someNames } from './oneLine';
import type { TimeUnit } from './problemFile';
import type { Texts } from './texts';

/**
 * The JSON `ta plan` prints (documented in the README). A number is always a finite number: where
 * none exists the field is left out, and the meaning of its absence is documented beside it.
 */
export type PlanReport = {
  readonly method: Method;
  readonly status: 'planned' | 'optimal' | 'feasible' | 'timeLimit';
  readonly timeUnit: TimeUnit;
  readonly wholeUnits: boolean;
  /** The CCR, or `null` when no resource is overloaded (demand binds). */
  readonly constraint: string | null;
  /** The resource the ranking uses; `null` only when the file has no resources. */
  readonly rankedBy: string | null;
  readonly products: readonly ProductLine[];
  readonly resources: readonly ResourceLine[];
  readonly throughput: number;
  /** Left out, with `netProfit`, when the file gives no operating expense. */
  readonly operatingExpense?: number;
  readonly netProfit?: number;
  readonly lostToMinimums: number;
  readonly warnings: readonly { readonly kind: string; readonly message: string }[];
};

export type ProductLine = {
  /** Place in the file's `products` list, from 0 (as in `products[3]`). */
  readonly index: number;
  readonly name: string;
  readonly rank: number;
  readonly throughputPerUnit: number;
  /** Time one unit takes on `rankedBy`; left out when there is no `rankedBy`. */
  readonly constraintTimePerUnit?: number;
  /** T ÷ constraintTimePerUnit; left out when that time is 0 (the product is sold first). */
  readonly throughputPerConstraintUnit?: number;
  readonly quantity: number;
  readonly throughput: number;
  /** Share of `rankedBy` used after this row in ranking order; left out with `rankedBy`. */
  readonly cumulativeLoad?: number;
  /** `--method optimal` only: the ranking plan's quantity, beside the exact one. */
  readonly greedyQuantity?: number;
};

export type ResourceLine = {
  readonly name: string;
  readonly unit: string;
  readonly capacity: number;
  readonly used: number;
  readonly load: number;
  /** Time full demand needs ÷ capacity; left out when unbounded (a product on it has unlimited demand). */
  readonly loadAtFullDemand?: number;
  readonly overloadedAtFullDemand: boolean;
};

export type ReportContext = {
  readonly t: Texts;
  readonly method: Method;
  readonly timeUnit: TimeUnit;
  readonly units: readonly string[];
};

const finite = <K extends string>(key: K, value: number | null | undefined) =>
  (value !== null && value !== undefined && Number.isFinite(value) ? { [key]: value } : {}) as {
    [P in K]?: number;
  };

function productLines(problem: MixProblem, plan: MixPlan): ProductLine[] {
  const { products } = problem;
  const ranking = plan.rankingResource;
  const column = ranking === null ? null : (problem.products.usage[ranking] as Float64Array);
  return Array.from(plan.order, (i): ProductLine => {
    const t = (products.price[i] as number) - (products.tvc[i] as number);
    const time = column === null ? null : (column[i] as number);
    const quantity = plan.quantity[i] as number;
    return {
      index: i,
      name: products.names[i] as string,
      rank: plan.rank[i] as number,
      throughputPerUnit: t,
      ...finite('constraintTimePerUnit', time),
      // T ÷ time overflows for times near 1e-308: too large to state, as with no time at all.
      ...finite('throughputPerConstraintUnit', time === null || time === 0 ? null : t / time),
      quantity,
      throughput: quantity * t,
      ...finite('cumulativeLoad', ranking === null ? null : plan.cumulativeLoad[i]),
    };
  });
}

function resourceLines(problem: MixProblem, plan: MixPlan, units: readonly string[]) {
  return problem.resources.map((resource, r): ResourceLine => {
    const atFullDemand = plan.loadAtFullDemand[r] ?? null;
    const used = plan.used[r] as number;
    return {
      name: resource.name,
      unit: units[r] ?? '',
      capacity: resource.capacity,
      used,
      load: used / resource.capacity,
      ...finite('loadAtFullDemand', atFullDemand),
      overloadedAtFullDemand: atFullDemand === null || atFullDemand > 1,
    };
  });
}

export function planReport(problem: MixProblem, plan: MixPlan, context: ReportContext): PlanReport {
  const { resources } = problem;
  const nameOf = (r: number | null) => (r === null ? null : (resources[r]?.name ?? null));
  return {
    method: context.method,
    status: 'planned',
    timeUnit: context.timeUnit,
    wholeUnits: problem.wholeUnits,
    constraint: nameOf(plan.constraint),
    rankedBy: nameOf(plan.rankingResource),
    products: productLines(problem, plan),
    resources: resourceLines(problem, plan, context.units),
    throughput: plan.throughput,
    ...finite('operatingExpense', plan.operatingExpense),
    ...finite('netProfit', plan.netProfit),
    lostToMinimums: plan.lostToMinimums,
    warnings: [
      ...plan.warnings.map((warning) => ({
        kind: warning.kind,
        message: describeWarning(warning, problem, context),
      })),
      ...duplicateWarning(problem.products.names, context.t),
    ],
  };
}

function duplicateWarning(names: readonly string[], t: Texts): { kind: string; message: string }[] {
  const duplicates = findDuplicateNames(names);
  if (duplicates.length === 0) return [];
  return [{ kind: 'duplicateNames', message: t.duplicateNames(someNames(duplicates, t)) }];
}

function describeWarning(warning: MixWarning, problem: MixProblem, context: ReportContext) {
  const { resources, products } = problem;
  const { t } = context;
  switch (warning.kind) {
    case 'severalOverloaded': {
      const names = someNames(
        warning.resources.map((r) => resources[r]?.name ?? ''),
        t
      );
      return context.method === 'greedy'
        ? t.severalOverloadedGreedy(names)
        : t.severalOverloadedOptimal(names);
    }
    case 'demandBinds':
      return t.demandBinds;
    case 'losesMoney':
      return t.losesMoney(
        someNames(
          warning.products.map((i) => products.names[i] ?? ''),
          t
        )
      );
  }
}
