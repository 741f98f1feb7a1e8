import type { MixProblem } from '../planProductMix';
import { planOrFailure, type MixFailure, type NoResource } from './constraintHours';
import { verdictOf, type Verdict } from './deltaNetProfit';
import { replanWithHours, type HourChangeSegment } from './hourChange';
import { allFinite, findValueIssues, invalidIf, type Invalid, type Overflow } from './valueIssues';

/** A one-off order at a special price (the seed: the hall rented at a fifth of the market price). */
export type SpecialOrder = {
  readonly price: number;
  /** TVC per unit of the order (the seed's hall: about 1, a little electricity). */
  readonly tvc: number;
  readonly quantity: number;
  /** CCR time one unit of the order takes; default 0. */
  readonly timePerUnit?: number;
};

export type SpecialOrderResult = {
  readonly status: 'evaluated';
  readonly verdict: Verdict;
  /** T of the order itself: quantity × (price − TVC). */
  readonly orderThroughput: number;
  /** T the current plan gives up to make room for the order (0 on idle capacity). */
  readonly displacedThroughput: number;
  /** ΔT = order T − displaced T; OE does not change, so this is also ΔNP. */
  readonly deltaThroughput: number;
  /** CCR time the order needs: quantity × time per unit. */
  readonly timeNeeded: number;
  /** CCR time the current plan leaves unused; `null` when no plan was given (assumed idle). */
  readonly idleTime: number | null;
  /** Products that give up quantity, in ranking order. */
  readonly displaced: readonly HourChangeSegment[];
  /** The lowest price worth accepting: TVC + displaced T ÷ quantity; `null` for an empty order. */
  readonly minimumPrice: number | null;
};

/** The order alone needs all of the CCR's time or more. */
export type DoesNotFit = {
  readonly status: 'doesNotFit';
  readonly timeNeeded: number;
  readonly capacity: number;
};

export type SpecialOrderOutcome =
  SpecialOrderResult | Invalid | Overflow | MixFailure | NoResource | DoesNotFit;

/**
 * Accept a special order when it adds T: ΔT = q × (price − TVC) − T displaced. Without a plan the
 * capacity is taken as idle; with one, the order's CCR time is taken first and the plan is walked
 * again on what is left, so the products at the bottom of the ranking give way first.
 */
export function evaluateSpecialOrder(
  order: SpecialOrder,
  problem: MixProblem | null = null
): SpecialOrderOutcome {
  const timePerUnit = order.timePerUnit ?? 0;
  const invalid = invalidIf(
    findValueIssues([
      [order.price, 'price', 'nonNegative'],
      [order.tvc, 'tvc', 'nonNegative'],
      [order.quantity, 'quantity', 'nonNegative'],
      [timePerUnit, 'timePerUnit', 'nonNegative'],
    ])
  );
  if (invalid) return invalid;
  // T of the order = q × (price − TVC)
  const orderThroughput = order.quantity * (order.price - order.tvc);
  const timeNeeded = order.quantity * timePerUnit;
  if (!allFinite(orderThroughput, timeNeeded)) return { status: 'overflow' };
  if (problem === null || timeNeeded === 0) {
    return result(order, orderThroughput, 0, timeNeeded, null, []);
  }
  const before = planOrFailure(problem);
  if (before.status !== 'planned') return before;
  const resource = before.rankingResource;
  if (resource === null) return { status: 'noResource' };
  const capacity = (problem.resources[resource] as { capacity: number }).capacity;
  const idleTime = Math.max(0, capacity - (before.used[resource] as number));
  const change = replanWithHours(problem, before, resource, -timeNeeded);
  if (change.status === 'exceedsCapacity') return { status: 'doesNotFit', timeNeeded, capacity };
  if (change.status !== 'changed') return change;
  const displaced = change.segments.filter((segment) => segment.quantityChange < 0);
  return result(order, orderThroughput, -change.deltaThroughput, timeNeeded, idleTime, displaced);
}

function result(
  order: SpecialOrder,
  orderThroughput: number,
  displacedThroughput: number,
  timeNeeded: number,
  idleTime: number | null,
  displaced: readonly HourChangeSegment[]
): SpecialOrderResult | Overflow {
  // ΔT = T of the order − T displaced from the plan
  const deltaThroughput = orderThroughput - displacedThroughput;
  // ΔT = q × (p − TVC) − displaced = 0 ⇒ p = TVC + displaced ÷ q
  const minimumPrice = order.quantity > 0 ? order.tvc + displacedThroughput / order.quantity : null;
  if (!allFinite(deltaThroughput, minimumPrice)) return { status: 'overflow' };
  return {
    status: 'evaluated',
    verdict: verdictOf(deltaThroughput),
    orderThroughput,
    displacedThroughput,
    deltaThroughput,
    timeNeeded,
    idleTime,
    displaced,
    minimumPrice,
  };
}
