/**
 * The bonus of each seller (master, manager) in each period: the T they achieved through the
 * owner's step ladder (`bonusForThroughput`, the rule of TA.BONUS), with how far the next step is.
 * Sales with no seller named count in the business's T but earn nobody a bonus.
 */
import { bonusForThroughput, type BonusStep } from '../decisions/bonusLadder';
import type { Invalid } from '../decisions/valueIssues';
import { periodStart, type PeriodKind } from './excelDates';
import type { NoSales } from './actualThroughput';
import { allFiniteColumns, type FactOverflow } from './issues';
import { groupTotals } from './periodTotals';
import type { SalesLog } from './salesLog';

export type SellerBonuses = {
  readonly status: 'bonuses';
  readonly start: Float64Array;
  /** Seller of each row (a group number of the log); within a period, in order of first sale. */
  readonly seller: Uint32Array;
  readonly sellerNames: readonly string[];
  /** T the seller achieved in the period. */
  readonly throughput: Float64Array;
  readonly bonus: Float64Array;
  /** T still to earn to reach the next step; `null` on the top step. */
  readonly gapToNext: readonly (number | null)[];
};

export function sellerBonuses(
  log: SalesLog,
  kind: PeriodKind,
  steps: readonly BonusStep[]
): SellerBonuses | Invalid | FactOverflow | NoSales {
  const ladder = bonusForThroughput(steps, 0);
  if (ladder.status === 'invalid') return ladder;
  if (log.group === null) return { status: 'noSales' };
  const blank = log.groupNames.indexOf('');
  const named: number[] = [];
  for (let s = 0; s < log.count; s++) if (log.group[s] !== blank) named.push(s);
  if (named.length === 0) return { status: 'noSales' };
  const group = log.group;
  const totals = groupTotals(
    Int32Array.from(named, (s) => log.day[s] as number),
    kind,
    Uint32Array.from(named, (s) => group[s] as number),
    log.groupNames.length,
    [Float64Array.from(named, (s) => log.throughput[s] as number)]
  );
  const throughput = totals.sums[0] as Float64Array;
  if (!allFiniteColumns(throughput)) return { status: 'overflow' };
  const bonus = new Float64Array(throughput.length);
  const gapToNext: (number | null)[] = [];
  throughput.forEach((t, k) => {
    const outcome = bonusForThroughput(steps, t);
    // The ladder was checked above and T is finite: only a bonus can come back.
    if (outcome.status !== 'bonus') throw new Error('a checked ladder refused a finite T');
    bonus[k] = outcome.bonus;
    gapToNext.push(outcome.gapToNext);
  });
  return {
    status: 'bonuses',
    start: Float64Array.from(totals.period, (o) => periodStart(o, kind)),
    seller: totals.group,
    sellerNames: log.groupNames,
    throughput,
    bonus,
    gapToNext,
  };
}
