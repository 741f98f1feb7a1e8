import type { Invalid, Overflow } from '../decisions/valueIssues';
import { customerAcquisitionCost, ltvToCac, monthsToRecoverCac } from './acquisition';
import type { ClientFormat, SecondStep } from './levers';
import { funnelLtv, type FunnelLtv, type FunnelStep } from './ltv';
import { qualifyClient, type Qualification, type QualificationThresholds } from './qualification';

/** Everything the "Client card" form asks, in plain numbers; optional parts may be left out. */
export type ClientCardInput = {
  /** The client's path of steps (price and reach of each), for LTV. */
  readonly steps: readonly FunnelStep[];
  /** Group trainings or individual consultations: gives the turnover target and volume levers. */
  readonly format?: ClientFormat | null;
  /** Or a turnover target as a number (wins over the format's). */
  readonly monthlyTurnoverTarget?: number | null;
  readonly secondStep?: SecondStep | null;
  readonly thresholds?: Partial<QualificationThresholds> | null;
  /** Acquisition spend and the new customers it brought, for CAC. */
  readonly acquisition?: { readonly spend: number; readonly newCustomers: number } | null;
  /** Throughput a customer brings a month, for the months to recover CAC. */
  readonly monthlyThroughputPerCustomer?: number | null;
};

/** CAC and what it is measured against; a ratio without a divisor is `null`. */
export type AcquisitionSummary = {
  readonly cac: number | null;
  readonly ltvToCac: number | null;
  readonly monthsToRecoverCac: number | null;
};

export type ClientCard = {
  readonly status: 'card';
  readonly ltv: FunnelLtv;
  /** Verdict, both checks with their gaps, and the levers that close them. */
  readonly qualification: Qualification;
  readonly acquisition: AcquisitionSummary | null;
};

export type ClientCardOutcome = ClientCard | Invalid | Overflow;

/** The client card: LTV of the funnel, the qualification with its levers, and CAC against LTV. */
export function clientCard(input: ClientCardInput): ClientCardOutcome {
  const ltv = funnelLtv(input.steps);
  if (ltv.status !== 'ltv') return ltv;
  const qualification = qualifyClient({
    ltv: ltv.revenue,
    monthlyTurnoverTarget: input.monthlyTurnoverTarget ?? null,
    format: input.format ?? null,
    secondStep: input.secondStep ?? null,
    thresholds: input.thresholds ?? null,
  });
  if (qualification.status === 'invalid') return qualification;
  const acquisition = summarise(input, ltv);
  if (acquisition !== null && 'status' in acquisition) return acquisition;
  return { status: 'card', ltv, qualification, acquisition };
}

function summarise(input: ClientCardInput, ltv: FunnelLtv): AcquisitionSummary | Invalid | null {
  if (!input.acquisition) return null;
  const cac = customerAcquisitionCost(input.acquisition.spend, input.acquisition.newCustomers);
  if (cac.status === 'invalid') return cac;
  if (cac.status !== 'ratio') return { cac: null, ltvToCac: null, monthsToRecoverCac: null };
  const ratio = ltvToCac(ltv.throughput ?? ltv.revenue, cac.value);
  const monthly = input.monthlyThroughputPerCustomer;
  const months =
    monthly === null || monthly === undefined ? null : monthsToRecoverCac(cac.value, monthly);
  if (months?.status === 'invalid') return months;
  return {
    cac: cac.value,
    ltvToCac: ratio.status === 'ratio' ? ratio.value : null,
    monthsToRecoverCac: months?.status === 'ratio' ? months.value : null,
  };
}
