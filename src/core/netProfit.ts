/** NP = ΣT − OE. */
export function netProfit(throughput: number, operatingExpense: number): number {
  return throughput - operatingExpense;
}

/** Throughput needed for a target profit: required T = OE + profit (break-even when profit = 0). */
export function requiredThroughput(operatingExpense: number, targetProfit = 0): number {
  return operatingExpense + targetProfit;
}

/** Why a break-even volume cannot be given. */
export type BreakEvenOutcome =
  { readonly status: 'units'; readonly units: number } | { readonly status: 'noThroughput' };

/**
 * Units to sell so that ΣT covers OE: OE ÷ T per unit. A product that earns nothing (T ≤ 0)
 * never breaks even, which is an outcome, not an error.
 */
export function breakEvenUnits(
  operatingExpense: number,
  throughputPerUnit: number,
  targetProfit = 0
): BreakEvenOutcome {
  if (!(throughputPerUnit > 0)) return { status: 'noThroughput' };
  return {
    status: 'units',
    units: requiredThroughput(operatingExpense, targetProfit) / throughputPerUnit,
  };
}

/** ROI = NP ÷ I; `null` when there is no investment to divide by. */
export function returnOnInvestment(netProfitValue: number, investment: number): number | null {
  return investment === 0 ? null : netProfitValue / investment;
}
