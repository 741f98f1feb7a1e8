import {
  allFinite,
  findColumnIssues,
  findValueIssues,
  invalidIf,
  type Invalid,
  type Overflow,
} from '../decisions/valueIssues';

/** A ratio whose divisor is zero: no new customers, no cost, no leads. */
export type NoDivisor = { readonly status: 'noDivisor'; readonly field: string };

export type Ratio = { readonly status: 'ratio'; readonly value: number };

export type RatioOutcome = Ratio | Invalid | Overflow | NoDivisor;

function ratio(
  numerator: number,
  numeratorField: string,
  denominator: number,
  denominatorField: string
): RatioOutcome {
  const invalid = invalidIf(
    findValueIssues([
      [numerator, numeratorField, 'nonNegative'],
      [denominator, denominatorField, 'nonNegative'],
    ])
  );
  if (invalid) return invalid;
  if (denominator === 0) return { status: 'noDivisor', field: denominatorField };
  const value = numerator / denominator;
  return allFinite(value) ? { status: 'ratio', value } : { status: 'overflow' };
}

/** CAC = acquisition spend (advertising, lead managers) ÷ new customers it brought. */
export function customerAcquisitionCost(spend: number, newCustomers: number): RatioOutcome {
  return ratio(spend, 'spend', newCustomers, 'newCustomers');
}

/** LTV ÷ CAC: how many times a customer repays what it cost to win them. */
export function ltvToCac(ltv: number, cac: number): RatioOutcome {
  return ratio(ltv, 'ltv', cac, 'cac');
}

/**
 * Months to recover CAC = CAC ÷ throughput a customer brings a month. Throughput, not revenue:
 * only T pays for anything. No monthly throughput means it is never recovered (`noDivisor`).
 */
export function monthsToRecoverCac(
  cac: number,
  monthlyThroughputPerCustomer: number
): RatioOutcome {
  return ratio(cac, 'cac', monthlyThroughputPerCustomer, 'monthlyThroughputPerCustomer');
}

/** Lead-to-client conversion = clients ÷ leads; more clients than leads is an input error. */
export function leadConversion(leads: number, clients: number): RatioOutcome {
  const outcome = ratio(clients, 'clients', leads, 'leads');
  if (outcome.status === 'ratio' && outcome.value > 1) {
    return { status: 'invalid', issues: [{ kind: 'tooLarge', field: 'clients' }] };
  }
  return outcome;
}

/** The seed's mark of a fast-growing business: at least half the customers buy again. */
export const FAST_GROWTH_REPEAT_RATE = 0.5;

export type RepeatRate = {
  readonly status: 'repeatRate';
  /** Customers with 2 or more purchases ÷ customers with at least one. */
  readonly rate: number;
  readonly customers: number;
  readonly repeatCustomers: number;
  /** rate ≥ the fast-growth mark (50 % by default). */
  readonly fastGrowth: boolean;
};

export type RepeatRateOutcome = RepeatRate | Invalid | NoDivisor;

/**
 * Repeat-purchase rate from each customer's number of purchases. Rows with 0 purchases (blank
 * cells) are not customers and are left out.
 */
export function repeatPurchaseRate(
  purchaseCounts: readonly number[],
  fastGrowthRate: number = FAST_GROWTH_REPEAT_RATE
): RepeatRateOutcome {
  const invalid = invalidIf([
    ...findColumnIssues(purchaseCounts, 'purchases', 'count'),
    ...findValueIssues([[fastGrowthRate, 'fastGrowthRate', 'share']]),
  ]);
  if (invalid) return invalid;
  const customers = purchaseCounts.filter((count) => count >= 1).length;
  const repeatCustomers = purchaseCounts.filter((count) => count >= 2).length;
  if (customers === 0) return { status: 'noDivisor', field: 'purchases' };
  const rate = repeatCustomers / customers;
  return {
    status: 'repeatRate',
    rate,
    customers,
    repeatCustomers,
    fastGrowth: rate >= fastGrowthRate,
  };
}
