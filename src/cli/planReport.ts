import {
  findDuplicateNames,
  type MixOutcome,
  type MixPlan,
  type MixProblem,
  type MixWarning,
  type Resource,
} from '../core';

/** The JSON the CLI prints for a plan (documented in the README). */
export type PlanReport = {
  readonly status: 'planned';
  readonly timeUnit: 'hours' | 'minutes';
  readonly wholeUnits: boolean;
  readonly constraint: string | null;
  readonly rankedBy: string | null;
  readonly products: readonly ProductLine[];
  readonly resources: readonly ResourceLine[];
  readonly throughput: number;
  readonly operatingExpense: number | null;
  readonly netProfit: number | null;
  readonly lostToMinimums: number;
  readonly warnings: readonly { readonly kind: string; readonly message: string }[];
};

type ProductLine = {
  readonly name: string;
  readonly rank: number;
  readonly throughputPerUnit: number;
  /** `null` when the product takes no time on the ranking resource (sold first). */
  readonly throughputPerConstraintUnit: number | null;
  readonly quantity: number;
  readonly throughput: number;
  readonly cumulativeLoad: number | null;
};

type ResourceLine = {
  readonly name: string;
  readonly capacity: number;
  readonly used: number;
  readonly load: number;
  readonly loadAtFullDemand: number | null;
};

const nameOf = (resources: readonly Resource[], r: number | null): string | null =>
  r === null ? null : (resources[r] as Resource).name;

export function planReport(
  problem: MixProblem,
  plan: MixPlan,
  timeUnit: 'hours' | 'minutes'
): PlanReport {
  const { products, resources } = problem;
  const ranking = plan.rankingResource;
  const lines = Array.from(plan.order, (i): ProductLine => {
    const t = (products.price[i] as number) - (products.tvc[i] as number);
    const time = ranking === null ? 0 : ((products.usage[ranking] as Float64Array)[i] as number);
    const quantity = plan.quantity[i] as number;
    return {
      name: products.names[i] as string,
      rank: plan.rank[i] as number,
      throughputPerUnit: t,
      throughputPerConstraintUnit: time === 0 ? null : t / time,
      quantity,
      throughput: quantity * t,
      cumulativeLoad: ranking === null ? null : (plan.cumulativeLoad[i] as number),
    };
  });
  return {
    status: 'planned',
    timeUnit,
    wholeUnits: problem.wholeUnits,
    constraint: nameOf(resources, plan.constraint),
    rankedBy: nameOf(resources, ranking),
    products: lines,
    resources: resources.map((resource, r) => ({
      name: resource.name,
      capacity: resource.capacity,
      used: plan.used[r] as number,
      load: (plan.used[r] as number) / resource.capacity,
      loadAtFullDemand: plan.loadAtFullDemand[r] ?? null,
    })),
    throughput: plan.throughput,
    operatingExpense: plan.operatingExpense,
    netProfit: plan.netProfit,
    lostToMinimums: plan.lostToMinimums,
    warnings: [
      ...plan.warnings.map((warning) => ({
        kind: warning.kind,
        message: describeWarning(warning, problem),
      })),
      ...duplicateWarning(products.names),
    ],
  };
}

function duplicateWarning(names: readonly string[]): { kind: string; message: string }[] {
  const duplicates = findDuplicateNames(names);
  if (duplicates.length === 0) return [];
  return [
    {
      kind: 'duplicateNames',
      message: `several products share a name (rows are kept apart): ${duplicates.join(', ')}`,
    },
  ];
}

function describeWarning(warning: MixWarning, problem: MixProblem): string {
  const resourceNames = (list: readonly number[]) =>
    list.map((r) => nameOf(problem.resources, r)).join(', ');
  switch (warning.kind) {
    case 'severalOverloaded':
      return `several resources are overloaded (${resourceNames(warning.resources)}): the ranking by one constraint may not be optimal; try --method optimal`;
    case 'demandBinds':
      return 'no resource is overloaded: demand (the market) is the constraint, every earning product is planned at its demand';
    case 'losesMoney':
      return `loses money on each unit (price below TVC): ${warning.products.map((i) => problem.products.names[i]).join(', ')}`;
  }
}

/** One line for an outcome that has no plan. */
export function describeNoPlan(outcome: Exclude<MixOutcome, MixPlan>, problem: MixProblem): string {
  switch (outcome.status) {
    case 'infeasible':
      return `the minimums alone need ${outcome.required} of ${nameOf(problem.resources, outcome.resource)}, which has ${outcome.capacity} (short by ${outcome.required - outcome.capacity})`;
    case 'unbounded':
      return `${problem.products.names[outcome.product]} earns, has unlimited demand and uses no resource: give it a demand or a resource time`;
    case 'overflow':
      return 'a total is too large to compute: check for values near 1e308';
    case 'invalid':
      return `invalid input: ${outcome.issues.map((issue) => issue.kind).join(', ')}`;
  }
}
