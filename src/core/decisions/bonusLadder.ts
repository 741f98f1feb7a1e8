import {
  allFinite,
  findColumnIssues,
  invalidIf,
  type Invalid,
  type ValueIssue,
} from './valueIssues';

/** One rung of the bonus ladder: from `threshold` of T achieved, the bonus is `bonus`. */
export type BonusStep = { readonly threshold: number; readonly bonus: number };

export type BonusResult = {
  readonly status: 'bonus';
  /** Bonus of the highest step reached; 0 below the first step. */
  readonly bonus: number;
  /** Row (0-based, as given) of the step reached, or `null` below the first step. */
  readonly step: number | null;
  /** Row of the next step up, or `null` at the top of the ladder. */
  readonly nextStep: number | null;
  readonly nextThreshold: number | null;
  readonly nextBonus: number | null;
  /** T still to earn to reach the next step: next threshold − achieved. */
  readonly gapToNext: number | null;
};

export type BonusOutcome = BonusResult | Invalid;

/**
 * The step-ladder bonus on a plan in T: the bonus of the highest threshold the achieved T reaches
 * (a step, not a percentage), with the next step and how far away it is. Rows may come in any
 * order; two rows with the same threshold are an input error.
 */
export function bonusForThroughput(steps: readonly BonusStep[], achieved: number): BonusOutcome {
  const thresholds = steps.map((s) => s.threshold);
  const issues: ValueIssue[] = [
    ...findColumnIssues(thresholds, 'threshold', 'finite'),
    ...findColumnIssues(
      steps.map((s) => s.bonus),
      'bonus',
      'finite'
    ),
  ];
  if (!Number.isFinite(achieved)) issues.push({ kind: 'notFinite', field: 'achieved' });
  if (steps.length === 0) issues.push({ kind: 'empty', field: 'threshold' });
  const order = steps
    .map((_, i) => i)
    .sort((a, b) => (thresholds[a] as number) - (thresholds[b] as number));
  for (let k = 1; k < order.length; k++) {
    const row = order[k] as number;
    if (thresholds[row] === thresholds[order[k - 1] as number]) {
      issues.push({ kind: 'duplicate', field: 'threshold', row });
    }
  }
  const invalid = invalidIf(issues);
  if (invalid) return invalid;
  let reached = -1;
  while (
    reached + 1 < order.length &&
    achieved >= (thresholds[order[reached + 1] as number] as number)
  ) {
    reached++;
  }
  const step = reached >= 0 ? (order[reached] as number) : null;
  const nextStep = reached + 1 < order.length ? (order[reached + 1] as number) : null;
  const nextThreshold = nextStep === null ? null : (steps[nextStep] as BonusStep).threshold;
  const gapToNext = nextThreshold === null ? null : nextThreshold - achieved;
  return {
    status: 'bonus',
    bonus: step === null ? 0 : (steps[step] as BonusStep).bonus,
    step,
    nextStep,
    nextThreshold,
    nextBonus: nextStep === null ? null : (steps[nextStep] as BonusStep).bonus,
    gapToNext: allFinite(gapToNext) ? gapToNext : null,
  };
}
