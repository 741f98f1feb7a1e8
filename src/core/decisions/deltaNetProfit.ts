import { allFinite, findValueIssues, invalidIf, type Invalid, type Overflow } from './valueIssues';

/** What a decision does to the money: accept when it adds net profit. */
export type Verdict = 'accept' | 'reject' | 'indifferent';

/** A change the owner considers: what it adds to T and to OE in the same period. */
export type DecisionInput = {
  /** ΔT: throughput the decision adds (negative when it loses throughput). */
  readonly deltaThroughput: number;
  /** ΔOE: operating expense the decision adds (negative when it saves). */
  readonly deltaOperatingExpense: number;
  /** ΔI: money invested once (equipment, training); `null` or absent when there is none. */
  readonly investment?: number | null;
};

export type DecisionResult = {
  readonly status: 'evaluated';
  readonly verdict: Verdict;
  readonly deltaThroughput: number;
  readonly deltaOperatingExpense: number;
  /** ΔNP = ΔT − ΔOE. */
  readonly deltaNetProfit: number;
  /** ΔNP ÷ ΔI per period; `null` without an investment. */
  readonly returnOnInvestment: number | null;
  /** Periods of ΔNP that repay ΔI; `null` without an investment or when ΔNP ≤ 0. */
  readonly periodsToRepayInvestment: number | null;
};

export type DecisionOutcome = DecisionResult | Invalid | Overflow;

/** The verdict of a ΔNP: a decision is right when ΔT > ΔOE, that is ΔNP > 0. */
export function verdictOf(deltaNetProfit: number): Verdict {
  if (deltaNetProfit > 0) return 'accept';
  if (deltaNetProfit < 0) return 'reject';
  return 'indifferent';
}

/** ΔNP = ΔT − ΔOE, with ΔNP ÷ ΔI when an investment is involved. */
export function evaluateDecision(input: DecisionInput): DecisionOutcome {
  const investment = input.investment ?? null;
  const invalid = invalidIf(
    findValueIssues([
      [input.deltaThroughput, 'deltaThroughput', 'finite'],
      [input.deltaOperatingExpense, 'deltaOperatingExpense', 'finite'],
      ...(investment === null ? [] : [[investment, 'investment', 'nonNegative'] as const]),
    ])
  );
  if (invalid) return invalid;
  // ΔNP = ΔT − ΔOE
  const deltaNetProfit = input.deltaThroughput - input.deltaOperatingExpense;
  const invested = investment !== null && investment > 0 ? investment : null;
  const returnOnInvestment = invested === null ? null : deltaNetProfit / invested;
  const periodsToRepayInvestment =
    invested === null || !(deltaNetProfit > 0) ? null : invested / deltaNetProfit;
  if (!allFinite(deltaNetProfit, returnOnInvestment, periodsToRepayInvestment)) {
    return { status: 'overflow' };
  }
  return {
    status: 'evaluated',
    verdict: verdictOf(deltaNetProfit),
    deltaThroughput: input.deltaThroughput,
    deltaOperatingExpense: input.deltaOperatingExpense,
    deltaNetProfit,
    returnOnInvestment,
    periodsToRepayInvestment,
  };
}
