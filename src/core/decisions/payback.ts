import { allFinite, findValueIssues, invalidIf, type Invalid, type Overflow } from './valueIssues';

/**
 * A decision whose throughput gain arrives after a delay: the seed's administrator costs +10 OE a
 * month from month 1, and the owner, freed from the phone, adds +30 T a month from month 4.
 */
export type PaybackInput = {
  /** ΔOE per month once it starts. */
  readonly deltaOperatingExpense: number;
  /** ΔT per month once it starts. */
  readonly deltaThroughput: number;
  /** First month (1-based) that carries ΔOE; default 1. */
  readonly operatingExpenseFromMonth?: number;
  /** First month (1-based) that carries ΔT; default 1. */
  readonly throughputFromMonth?: number;
  /** Money spent once before month 1; default 0. */
  readonly investment?: number;
  /** Months to look ahead; default 36, at most 1,200 (a century). */
  readonly horizonMonths?: number;
};

export type PaybackResult = {
  /** `paysBack`: cumulative ΔNP reaches ≥ 0 at `month` and stays there to the horizon. */
  readonly status: 'paysBack' | 'never';
  /** The payback month (1-based), or `null` when it does not pay back within the horizon. */
  readonly month: number | null;
  /** Cumulative ΔNP at the end of each month, month 1 first: −I + Σ (ΔT − ΔOE). */
  readonly cumulative: readonly number[];
  /** ΔNP of a month once both ΔT and ΔOE run; ≤ 0 means it never pays back at any horizon. */
  readonly steadyMonthlyDeltaNetProfit: number;
};

export type PaybackOutcome = PaybackResult | Invalid | Overflow;

export const DEFAULT_HORIZON_MONTHS = 36;
export const MAX_HORIZON_MONTHS = 1200;

// A cumulative this close to 0, relative to the flows, is float noise: 10.01 − 10 is not 0.01.
const RELATIVE_EPSILON = 1e-9;

/** The month a delayed decision pays back: the first month from which cumulative ΔNP ≥ 0. */
export function paybackMonth(input: PaybackInput): PaybackOutcome {
  const oeFrom = input.operatingExpenseFromMonth ?? 1;
  const tFrom = input.throughputFromMonth ?? 1;
  const investment = input.investment ?? 0;
  const horizon = input.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const issues = findValueIssues([
    [input.deltaOperatingExpense, 'deltaOperatingExpense', 'finite'],
    [input.deltaThroughput, 'deltaThroughput', 'finite'],
    [oeFrom, 'operatingExpenseFromMonth', 'positiveCount'],
    [tFrom, 'throughputFromMonth', 'positiveCount'],
    [investment, 'investment', 'nonNegative'],
    [horizon, 'horizonMonths', 'positiveCount'],
  ]);
  if (horizon > MAX_HORIZON_MONTHS) issues.push({ kind: 'tooLarge', field: 'horizonMonths' });
  const invalid = invalidIf(issues);
  if (invalid) return invalid;
  const { deltaThroughput: t, deltaOperatingExpense: oe } = input;
  // Closed form per month, so that 3,000 months of +0.01 do not drift: −I + ΔT·months(T) − ΔOE·months(OE).
  const at = (month: number): number =>
    -investment + t * Math.max(0, month - tFrom + 1) - oe * Math.max(0, month - oeFrom + 1);
  const cumulative = Array.from({ length: horizon }, (_, k) => at(k + 1));
  if (!allFinite(...cumulative)) return { status: 'overflow' };
  const tolerance = RELATIVE_EPSILON * Math.max(Math.abs(t), Math.abs(oe), investment) * horizon;
  let month: number | null = null;
  for (let k = horizon - 1; k >= 0 && (cumulative[k] as number) >= -tolerance; k--) month = k + 1;
  return {
    status: month === null ? 'never' : 'paysBack',
    month,
    cumulative,
    steadyMonthlyDeltaNetProfit: t - oe,
  };
}
