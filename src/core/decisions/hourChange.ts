import type { MixPlan, MixProblem } from '../planProductMix';
import { planOrFailure, type MixFailure, type NoResource } from './constraintHours';
import { checkValue, type Invalid } from './valueIssues';

/** How one product's plan moves when the CCR gains or loses time. */
export type HourChangeSegment = {
  readonly product: number;
  readonly quantityChange: number;
  /** CCR time the product gains (negative: gives up). */
  readonly hoursChange: number;
  /** ΔT of the product: quantity change × (price − TVC). */
  readonly throughputChange: number;
};

export type HourChange = {
  readonly status: 'changed';
  readonly resource: number;
  readonly hours: number;
  /** ΔT = T of the re-planned mix − T of the current mix. */
  readonly deltaThroughput: number;
  /** Products whose quantity moves, in ranking order. */
  readonly segments: readonly HourChangeSegment[];
  readonly before: MixPlan;
  readonly after: MixPlan;
};

/** Taking the hours away leaves the resource no time at all (or less than none). */
export type ExceedsCapacity = {
  readonly status: 'exceedsCapacity';
  readonly resource: number;
  readonly capacity: number;
  readonly hours: number;
};

export type HourChangeOutcome = HourChange | Invalid | MixFailure | NoResource | ExceedsCapacity;

/**
 * ΔT of giving the ranking resource `hours` more time (negative: fewer), found by walking the same
 * ranking again with the new capacity: the hours go down the list product by product, each at its
 * own T per hour, so the value changes as a product's demand fills up. Whole units follow the
 * problem's setting. The ranking resource is pinned so that the extra hours cannot re-rank the list.
 */
export function throughputOfHourChange(problem: MixProblem, hours: number): HourChangeOutcome {
  const issue = checkValue(hours, 'hours', 'finite');
  if (issue) return { status: 'invalid', issues: [issue] };
  const before = planOrFailure(problem);
  if (before.status !== 'planned') return before;
  const resource = before.rankingResource;
  if (resource === null) return { status: 'noResource' };
  return replanWithHours(problem, before, resource, hours);
}

/** Re-plans `problem` with `hours` added to `resource` and reports what moved. */
export function replanWithHours(
  problem: MixProblem,
  before: MixPlan,
  resource: number,
  hours: number
): HourChange | MixFailure | ExceedsCapacity {
  const capacity = (problem.resources[resource] as { capacity: number }).capacity;
  if (!(capacity + hours > 0)) return { status: 'exceedsCapacity', resource, capacity, hours };
  const resources = problem.resources.map((r, index) =>
    index === resource ? { ...r, capacity: capacity + hours } : r
  );
  const after = planOrFailure({ ...problem, resources, constraintOverride: resource });
  if (after.status !== 'planned') return after;
  const segments = movedProducts(problem, before, after, resource);
  return {
    status: 'changed',
    resource,
    hours,
    deltaThroughput: after.throughput - before.throughput,
    segments,
    before,
    after,
  };
}

function movedProducts(
  problem: MixProblem,
  before: MixPlan,
  after: MixPlan,
  resource: number
): HourChangeSegment[] {
  const { price, tvc, usage } = problem.products;
  const time = usage[resource] as Float64Array;
  const segments: HourChangeSegment[] = [];
  for (let k = 0; k < before.order.length; k++) {
    const i = before.order[k] as number;
    const quantityChange = (after.quantity[i] as number) - (before.quantity[i] as number);
    if (quantityChange === 0) continue;
    segments.push({
      product: i,
      quantityChange,
      hoursChange: quantityChange * (time[i] as number),
      throughputChange: quantityChange * ((price[i] as number) - (tvc[i] as number)),
    });
  }
  return segments;
}
