import {
  findValueIssues,
  invalidIf,
  type Invalid,
  type ValueIssue,
} from '../decisions/valueIssues';
import { clientLevers, type ClientFormat, type Lever, type SecondStep } from './levers';

/** The bars a client must clear; the source's defaults are 15,000 and 300,000 a month. */
export type QualificationThresholds = {
  readonly minLtv: number;
  readonly minMonthlyTurnover: number;
};

export const DEFAULT_THRESHOLDS: QualificationThresholds = {
  minLtv: 15000,
  minMonthlyTurnover: 300000,
};

export type QualificationInput = {
  readonly ltv: number;
  /** Monthly turnover target; `null` to compute it from `format`. */
  readonly monthlyTurnoverTarget: number | null;
  /** How the client sells (group trainings or individual consultations), for the volume levers. */
  readonly format?: ClientFormat | null;
  /** A second step the client could add: give its price or its conversion to solve for the other. */
  readonly secondStep?: SecondStep | null;
  readonly thresholds?: Partial<QualificationThresholds> | null;
};

/** One bar: the client's value, the threshold, and what is missing. */
export type Check = {
  readonly value: number;
  readonly threshold: number;
  readonly passes: boolean;
  /** max(0, threshold − value). */
  readonly gap: number;
};

export type Qualification = {
  readonly status: 'qualified' | 'notQualified';
  readonly ltv: Check;
  readonly turnover: Check;
  /** Ways to close the gaps, each with the number that closes it; empty when qualified. */
  readonly levers: readonly Lever[];
};

export type QualificationOutcome = Qualification | Invalid;

/**
 * Qualifies a client against the thresholds (LTV ≥ 15,000 and a monthly turnover target ≥ 300,000
 * by default) and, when a bar is missed, lists the levers that close the gap and by how much.
 */
export function qualifyClient(input: QualificationInput): QualificationOutcome {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...withoutNulls(input.thresholds ?? {}) };
  const format = input.format ?? null;
  const turnover = input.monthlyTurnoverTarget ?? (format ? formatTurnover(format) : null);
  const issues: ValueIssue[] = findValueIssues([
    [input.ltv, 'ltv', 'nonNegative'],
    [thresholds.minLtv, 'minLtv', 'nonNegative'],
    [thresholds.minMonthlyTurnover, 'minMonthlyTurnover', 'nonNegative'],
    ...(turnover === null ? [] : [[turnover, 'monthlyTurnoverTarget', 'nonNegative'] as const]),
    ...formatFields(format),
  ]);
  if (turnover === null) issues.push({ kind: 'empty', field: 'monthlyTurnoverTarget' });
  const invalid = invalidIf(issues);
  if (invalid) return invalid;
  const ltv = check(input.ltv, thresholds.minLtv);
  const turnoverCheck = check(turnover as number, thresholds.minMonthlyTurnover);
  const levers = clientLevers(ltv, turnoverCheck, format, input.secondStep ?? null);
  if (levers.status === 'invalid') return levers;
  return {
    status: ltv.passes && turnoverCheck.passes ? 'qualified' : 'notQualified',
    ltv,
    turnover: turnoverCheck,
    levers: levers.levers,
  };
}

function check(value: number, threshold: number): Check {
  return { value, threshold, passes: value >= threshold, gap: Math.max(0, threshold - value) };
}

/** Turnover a format gives: price × trainings × people, or consultations × price × clients. */
export function formatTurnover(format: ClientFormat): number {
  return format.kind === 'group'
    ? format.price * format.trainingsPerMonth * format.peoplePerTraining
    : format.consultationsPerClient * format.price * format.clientsPerMonth;
}

function formatFields(format: ClientFormat | null): [number, string, 'nonNegative'][] {
  if (format === null) return [];
  return Object.entries(format)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([field, value]) => [value, field, 'nonNegative']);
}

function withoutNulls(
  thresholds: Partial<QualificationThresholds>
): Partial<QualificationThresholds> {
  return Object.fromEntries(
    Object.entries(thresholds).filter(([, value]) => value !== null && value !== undefined)
  );
}
