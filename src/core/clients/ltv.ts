import {
  allFinite,
  findColumnIssues,
  invalidIf,
  type Invalid,
  type Overflow,
  type ValueIssue,
} from '../decisions/valueIssues';

/** One step of a client's path (first training, second level, VIP package …). */
export type FunnelStep = {
  readonly price: number;
  /** Share of step-1 buyers who reach this step: 1 for step 1, 0.5 when half go on. */
  readonly reach: number;
  /** TVC of the step, for LTV in throughput: T = price − TVC. */
  readonly tvc?: number | null;
  /** Or the step's throughput share of its price (T ÷ price), when TVC is not known. */
  readonly throughputShare?: number | null;
};

export type FunnelLtv = {
  readonly status: 'ltv';
  /** LTV in revenue: Σ price × reach. */
  readonly revenue: number;
  /** LTV in throughput: Σ T × reach; `null` unless every step has a TVC or a throughput share. */
  readonly throughput: number | null;
  /** What each step adds to the LTV in revenue: price × reach. */
  readonly stepRevenue: readonly number[];
};

export type FunnelOutcome = FunnelLtv | Invalid | Overflow;

/**
 * LTV as a funnel: Σ price_k × share of step-1 buyers who reach step k. The seed: step 1 at 3,000,
 * step 2 at 24,000 taken by 50 % → 3,000 + 24,000 × 50 % = 15,000.
 */
export function funnelLtv(steps: readonly FunnelStep[]): FunnelOutcome {
  const issues: ValueIssue[] = [
    ...findColumnIssues(
      steps.map((s) => s.price),
      'price',
      'nonNegative'
    ),
    ...findColumnIssues(
      steps.map((s) => s.reach),
      'reach',
      'share'
    ),
    ...findColumnIssues(
      steps.map((s) => s.tvc ?? 0),
      'tvc',
      'nonNegative'
    ),
    ...findColumnIssues(
      steps.map((s) => s.throughputShare ?? 0),
      'throughputShare',
      'share'
    ),
  ];
  if (steps.length === 0) issues.push({ kind: 'empty', field: 'price' });
  const invalid = invalidIf(issues);
  if (invalid) return invalid;
  const stepRevenue = steps.map((s) => s.price * s.reach);
  const stepThroughput = steps.map(throughputOfStep);
  const revenue = stepRevenue.reduce((sum, r) => sum + r, 0);
  const throughput = stepThroughput.every((t) => t !== null)
    ? stepThroughput.reduce<number>((sum, t) => sum + (t as number), 0)
    : null;
  if (!allFinite(revenue, throughput)) return { status: 'overflow' };
  return { status: 'ltv', revenue, throughput, stepRevenue };
}

// T of a step reached by its share of buyers: (price − TVC) × reach, or price × T-share × reach.
function throughputOfStep(step: FunnelStep): number | null {
  if (step.tvc !== undefined && step.tvc !== null) return (step.price - step.tvc) * step.reach;
  if (step.throughputShare !== undefined && step.throughputShare !== null) {
    return step.price * step.throughputShare * step.reach;
  }
  return null;
}

/**
 * The share of step-1 buyers who reach each step, from step-to-step conversions: the first step
 * is reached by all, each later one by the previous reach × its conversion.
 */
export function reachFromConversions(conversions: readonly number[]): number[] {
  const reach: number[] = [];
  let current = 1;
  conversions.forEach((conversion, k) => {
    current = k === 0 ? 1 : current * conversion;
    reach.push(current);
  });
  return reach;
}
