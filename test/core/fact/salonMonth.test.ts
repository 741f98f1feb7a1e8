/**
 * The salon of the talk, a month of sales later (test/fixtures/salonSales.ts). Every figure below
 * is worked out by hand in the comments, from the products' T = price − TVC and CCR hours.
 */
import {
  ccrUtilisation,
  netProfitByPeriod,
  planAgainstFact,
  readSalesLog,
  sellerBonuses,
  serialOfDate,
  throughputByGroup,
  throughputByPeriod,
  throughputLostToMix,
  type SalesLog,
} from '../../../src/core/fact';
import {
  columnsOf,
  expenses,
  february,
  january,
  salonLog,
  salonProducts,
  SALON_CAPACITY,
  type Sale,
} from '../../fixtures/salonSales';

const JANUARY = serialOfDate(2026, 1, 1);
const FEBRUARY = serialOfDate(2026, 2, 1);

function logOf(sales: readonly Sale[]): SalesLog {
  const outcome = readSalesLog(columnsOf(sales), salonProducts);
  if (outcome.status !== 'log') throw new Error(JSON.stringify(outcome));
  return outcome.log;
}

describe('the salon of the talk, in January', () => {
  const log = logOf(january);

  it('earns T 50 from ten haircuts at T 5, and OE 50 leaves NP 0', () => {
    const np = netProfitByPeriod(log, 'month', { kind: 'perPeriod', amount: 50 });
    expect(np).toMatchObject({ status: 'periods' });
    if (np.status !== 'periods') return;
    expect([...np.start]).toEqual([JANUARY]);
    expect([...np.throughput]).toEqual([50]);
    expect([...np.netProfit]).toEqual([0]);
  });

  it('makes NP +10 at OE 40 and −50 at OE 100, as in the talk', () => {
    const at = (amount: number) => {
      const np = netProfitByPeriod(log, 'month', { kind: 'perPeriod', amount });
      return np.status === 'periods' ? np.netProfit[0] : null;
    };
    expect([at(40), at(100)]).toEqual([10, -50]);
  });
});

describe('the salon, January and February', () => {
  const log = logOf(salonLog);

  it('sums T by month: 50 in January; 398 + 540 + 20 = 958 in February', () => {
    // February: classic 80 × 10 − 2 (discount) − 80 × 5 = 398; "Gold Star" 30 × (30 − 12) = 540;
    // dye 20 × (4 − 3) = 20. Revenue 798 + 900 + 80 = 1,778.
    expect(throughputByPeriod(log, 'month')).toEqual({
      status: 'periods',
      kind: 'month',
      start: Float64Array.from([JANUARY, FEBRUARY]),
      revenue: Float64Array.from([100, 1778]),
      throughput: Float64Array.from([50, 958]),
    });
  });

  it('sums T by master: Anna 450 and Boris 508 in February', () => {
    // Anna: 50 × 5 + 10 × 18 + 20 × 1 = 450. Boris: 30 × 5 − 2 + 20 × 18 = 508.
    const byMaster = throughputByGroup(log, 'month');
    if (byMaster.status !== 'groups') throw new Error(byMaster.status);
    const rows = Array.from(byMaster.start, (start, k) => [
      start,
      byMaster.groupNames[byMaster.group[k] as number],
      byMaster.throughput[k],
    ]);
    expect(rows).toEqual([
      [JANUARY, 'Anna', 50],
      [FEBRUARY, 'Anna', 450],
      [FEBRUARY, 'Boris', 508],
    ]);
  });

  it('fills the masters’ 100 hours in February: 80 × 0.5 + 30 × 2', () => {
    const use = ccrUtilisation(log, 0, SALON_CAPACITY, 'month');
    if (use.status !== 'periods') throw new Error(use.status);
    expect([...use.hours]).toEqual([5, 100]);
    expect([...use.utilisation]).toEqual([0.05, 1]);
  });

  it('loses T 20 to the mix in February: 20 hours went to 9 an hour instead of 10', () => {
    // Classic earns 5 ÷ 0.5 = 10 an hour, "Gold Star" 18 ÷ 2 = 9. The 100 hours down the ranking:
    // classic up to its demand of 120 (60 h, T 600), then 40 h of "Gold Star" (20 units, T 360):
    // T 960. Sold: 80 classic (T 400) + 30 "Gold Star" (T 540) = 940, at the table's T (the
    // discount is a price matter, not a mix matter). Lost: 960 − 940 = 20 = 20 h × (10 − 9).
    // January sold only classic haircuts, the top of the ranking: nothing lost.
    const loss = throughputLostToMix(log, 0, 'month');
    if (loss.status !== 'periods') throw new Error(loss.status);
    expect([...loss.hours]).toEqual([5, 100]);
    expect([...loss.rankingThroughput]).toEqual([50, 960]);
    expect([...loss.soldThroughput]).toEqual([50, 940]);
    expect([...loss.lost]).toEqual([0, 20]);
  });

  it('compares February with the plan 120 classic, 20 "Gold Star", 50 dye', () => {
    const compared = planAgainstFact(logOf(february), [120, 20, 50]);
    if (compared.status !== 'compared') throw new Error(compared.status);
    expect([...compared.soldQuantity]).toEqual([80, 30, 20]);
    expect([...compared.plannedThroughput]).toEqual([600, 360, 50]);
    expect([...compared.actualThroughput]).toEqual([398, 540, 20]);
    expect([...compared.difference]).toEqual([-202, 180, -30]);
  });

  it('takes OE by month from the expense log: NP 0 in January, 958 − 900 = 58 in February', () => {
    const np = netProfitByPeriod(log, 'month', {
      kind: 'log',
      dates: expenses.map((e) => e.date),
      amounts: expenses.map((e) => e.amount),
    });
    if (np.status !== 'periods') throw new Error(np.status);
    expect([...np.operatingExpense]).toEqual([50, 900]);
    expect([...np.netProfit]).toEqual([0, 58]);
  });

  it('pays each master by the step ladder on T: 0 → 0, 300 → 20, 500 → 50', () => {
    const ladder = [
      { threshold: 300, bonus: 20 },
      { threshold: 0, bonus: 0 },
      { threshold: 500, bonus: 50 },
    ];
    const bonuses = sellerBonuses(log, 'month', ladder);
    if (bonuses.status !== 'bonuses') throw new Error(bonuses.status);
    const rows = Array.from(bonuses.seller, (seller, k) => [
      bonuses.sellerNames[seller],
      bonuses.throughput[k],
      bonuses.bonus[k],
      bonuses.gapToNext[k],
    ]);
    // January: Anna 50, 250 short of 300. February: Anna 450 → 20, 50 short of 500; Boris 508 → 50.
    expect(rows).toEqual([
      ['Anna', 50, 0, 250],
      ['Anna', 450, 20, 50],
      ['Boris', 508, 50, null],
    ]);
  });
});
