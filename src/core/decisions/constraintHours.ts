import { planProductMix, type MixOutcome, type MixPlan, type MixProblem } from '../planProductMix';

/** A plan could not be made: the mix engine's own outcome, passed through. */
export type MixFailure = {
  readonly status: 'mixFailed';
  readonly failure: Exclude<MixOutcome, MixPlan>;
};

/** Plans the mix, or says why it could not be planned. */
export function planOrFailure(problem: MixProblem): MixPlan | MixFailure {
  const plan = planProductMix(problem);
  return plan.status === 'planned' ? plan : { status: 'mixFailed', failure: plan };
}

/** The plan ranks by no resource (the problem has none): hours have no value to give. */
export type NoResource = { readonly status: 'noResource' };

/** What one hour of the ranking resource (the CCR) is worth in the current plan. */
export type ConstraintHourValue = {
  readonly status: 'valued';
  /** The resource valued: the CCR, the owner's override or the busiest resource. */
  readonly resource: number;
  /** T ÷ CCR hour of the best product that did not fully fit; 0 when everything fits. */
  readonly valueOfExtraHour: number;
  /** That product, or `null` when demand binds and an extra hour earns nothing. */
  readonly nextProduct: number | null;
  /** T lost per hour taken away: 0 while the resource has idle time, else the last product's rate. */
  readonly costOfLostHour: number;
  /** The lowest-ranked product planned above its minimum that uses the resource, if any. */
  readonly lastProduct: number | null;
  /** Time of the resource the plan leaves unused. */
  readonly idleTime: number;
  readonly plan: MixPlan;
};

// Idle time below this share of capacity is float noise from the fill's subtractions.
const IDLE_EPSILON = 1e-9;

/**
 * The value of a CCR hour at the margin of the plan, read off the ranking: one more hour goes to
 * the best product that did not fully fit; one fewer hour comes out of the last product planned.
 * A single-constraint view: a product held back by another resource is still counted as waiting.
 */
export function constraintHourValue(
  problem: MixProblem
): ConstraintHourValue | MixFailure | NoResource {
  const plan = planOrFailure(problem);
  if (plan.status !== 'planned') return plan;
  const resource = plan.rankingResource;
  if (resource === null) return { status: 'noResource' };
  const capacity = (problem.resources[resource] as { capacity: number }).capacity;
  const idle = capacity - (plan.used[resource] as number);
  const idleTime = idle > capacity * IDLE_EPSILON ? idle : 0;
  const next = nextWaitingProduct(problem, plan, resource);
  const last = lastPlannedProduct(problem, plan, resource);
  return {
    status: 'valued',
    resource,
    valueOfExtraHour: next === null ? 0 : rateOf(problem, resource, next),
    nextProduct: next,
    costOfLostHour: idleTime > 0 || last === null ? 0 : rateOf(problem, resource, last),
    lastProduct: last,
    idleTime,
    plan,
  };
}

/** T ÷ time of `resource` per unit of `product`. */
export function rateOf(problem: MixProblem, resource: number, product: number): number {
  const { price, tvc, usage } = problem.products;
  const time = (usage[resource] as Float64Array)[product] as number;
  return ((price[product] as number) - (tvc[product] as number)) / time;
}

function earnsAndUses(problem: MixProblem, resource: number, product: number): boolean {
  const { price, tvc, usage } = problem.products;
  const time = (usage[resource] as Float64Array)[product] as number;
  return time > 0 && (price[product] as number) > (tvc[product] as number);
}

function nextWaitingProduct(problem: MixProblem, plan: MixPlan, resource: number): number | null {
  const { demand } = problem.products;
  for (let k = 0; k < plan.order.length; k++) {
    const i = plan.order[k] as number;
    if (!earnsAndUses(problem, resource, i)) continue;
    if ((plan.quantity[i] as number) < (demand[i] as number)) return i;
  }
  return null;
}

function lastPlannedProduct(problem: MixProblem, plan: MixPlan, resource: number): number | null {
  const { minimum } = problem.products;
  for (let k = plan.order.length - 1; k >= 0; k--) {
    const i = plan.order[k] as number;
    if (!earnsAndUses(problem, resource, i)) continue;
    if ((plan.quantity[i] as number) > (minimum[i] as number)) return i;
  }
  return null;
}
