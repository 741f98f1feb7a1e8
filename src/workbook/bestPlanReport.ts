/**
 * The parts of the product-mix report that the method "best plan (all resources)" adds: the best
 * plan's quantities beside the ranking's in the table, and in the summary ΣT of both plans, the
 * difference and its reason, and what one more hour of each binding resource adds (shadow price).
 */
import type { MixPlan, MixProblem } from '../core';
import type { GreedyShortfallReason, OptimalMixResult } from '../core/optimization';
import type { ReportBlock, ReportCell } from './gateway';
import { fill, type ReportLabels } from './reportLabels';

/** A solved best plan (`solveOptimalMix`'s answer when it found one). */
export type BestPlanResult = OptimalMixResult & {
  readonly status: 'optimal' | 'feasible' | 'timeLimit';
};

type Row = [string, ReportCell];

/** Column of the ranking's planned quantity in the table, renamed when both plans are shown. */
const QUANTITY_COLUMN = 9;

/** The table with the best plan's quantity and T of the row appended (chart columns unmoved). */
export function withBestColumns(
  block: ReportBlock,
  problem: MixProblem,
  plan: MixPlan,
  best: BestPlanResult,
  words: ReportLabels
): ReportBlock {
  const { price, tvc } = problem.products;
  const [header = [], ...rows] = block.values;
  const quantities = Array.from(plan.order, (i) => best.quantity[i] as number);
  const whole = quantities.every((q) => Number.isInteger(q));
  return {
    ...block,
    values: [
      [
        ...header.map((cell, c) => (c === QUANTITY_COLUMN ? words.rankingQuantity : cell)),
        words.bestQuantity,
        words.bestRowThroughput,
      ],
      ...rows.map((row, k) => {
        const i = plan.order[k] as number;
        const q = quantities[k] as number;
        return [...row, q, q * ((price[i] as number) - (tvc[i] as number))];
      }),
    ],
    columnFormats: [...(block.columnFormats ?? []), whole ? 'quantity' : 'rate', 'currency'],
  };
}

/** ΣT of both plans, their difference and, short of proven, how far the best may still be. */
export function bestThroughputRows(
  plan: MixPlan,
  best: BestPlanResult,
  words: ReportLabels,
  resource: string
): Row[] {
  const rows: Row[] = [
    [words.bestThroughput, best.throughput],
    [fill(words.rankingThroughput, { resource }), plan.throughput],
    [words.difference, best.difference],
  ];
  if (best.status !== 'optimal' && best.gap !== null) rows.push([words.bestGap, best.gap]);
  return rows;
}

/** ΣT of one more hour of each binding resource (× 60 when times are in minutes). */
export function shadowPriceRows(
  problem: MixProblem,
  best: BestPlanResult,
  timeUnit: 'hours' | 'minutes',
  words: ReportLabels
): { money: Row[]; time: Row[] } {
  const perHour = timeUnit === 'minutes' ? 60 : 1;
  const money: Row[] = [];
  const time: Row[] = [];
  for (const r of best.binding) {
    const values = { resource: problem.resources[r]?.name ?? '', unit: words[timeUnit] };
    money.push([fill(words.shadowPrice, values), (best.shadowPrices[r] ?? 0) * perHour]);
    const range = best.dualRanges[r];
    if (range === null || range === undefined) continue;
    time.push([fill(words.shadowFrom, values), range.from]);
    time.push([fill(words.shadowTo, values), range.to ?? words.noUpperLimit]);
  }
  return { money, time };
}

/** The method, how sure the best plan is, and why the ranking earns less, in words. */
export function bestInfoRows(best: BestPlanResult, words: ReportLabels): Row[] {
  const status = {
    optimal: words.statusOptimal,
    feasible: words.statusFeasible,
    timeLimit: words.statusTimeLimit,
  }[best.status];
  return [
    [words.method, words.methodBest],
    [words.status, status],
    [words.reason, reasonWords(best.reason, best.difference, words)],
  ];
}

function reasonWords(
  reason: GreedyShortfallReason | null,
  difference: number,
  words: ReportLabels
): string {
  if (reason === null || !(difference > 0)) return words.reasonNone;
  switch (reason) {
    case 'severalBinding':
      return words.reasonSeveralBinding;
    case 'wholeUnits':
      return words.reasonWholeUnits;
    case 'otherConstraint':
      return words.reasonOtherConstraint;
  }
}
