import {
  allFinite,
  findValueIssues,
  invalidIf,
  type Invalid,
  type Overflow,
} from '../decisions/valueIssues';

export type Turnover = { readonly status: 'turnover'; readonly turnover: number };

export type TurnoverOutcome = Turnover | Invalid | Overflow;

/** Multiplies named non-negative factors; names the bad ones. */
function productOf(factors: Readonly<Record<string, number>>): TurnoverOutcome {
  const entries = Object.entries(factors);
  const invalid = invalidIf(
    findValueIssues(entries.map(([field, value]) => [value, field, 'nonNegative'] as const))
  );
  if (invalid) return invalid;
  const turnover = entries.reduce((result, [, value]) => result * value, 1);
  return allFinite(turnover) ? { status: 'turnover', turnover } : { status: 'overflow' };
}

/** Current turnover: price of the main product × buyers a month × sessions a month. */
export function currentTurnover(input: {
  readonly price: number;
  readonly buyersPerMonth: number;
  readonly sessionsPerMonth: number;
}): TurnoverOutcome {
  return productOf(input);
}

/** Turnover target: clients a month × LTV. */
export function turnoverTarget(input: {
  readonly clientsPerMonth: number;
  readonly ltv: number;
}): TurnoverOutcome {
  return productOf(input);
}

/** Turnover target of group trainings: price × trainings a month × people per training. */
export function groupTurnoverTarget(input: {
  readonly price: number;
  readonly trainingsPerMonth: number;
  readonly peoplePerTraining: number;
}): TurnoverOutcome {
  return productOf(input);
}

/** Turnover target of individual work: consultations per client × price × clients a month. */
export function individualTurnoverTarget(input: {
  readonly price: number;
  readonly consultationsPerClient: number;
  readonly clientsPerMonth: number;
}): TurnoverOutcome {
  return productOf(input);
}
