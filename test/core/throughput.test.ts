import {
  breakEvenUnits,
  netProfit,
  requiredThroughput,
  returnOnInvestment,
  throughputAccountingRatio,
  throughputPerConstraintUnit,
  throughputPerUnit,
  totalThroughput,
} from '../../src/core';
import { salonHaircut } from '../fixtures/problems';

describe('throughput and net profit (the salon of the talk)', () => {
  const t = throughputPerUnit(salonHaircut.price, salonHaircut.tvc);

  it('counts only totally variable cost against the price: T = 10 − (3 + 2) = 5', () => {
    expect(t).toBe(5);
  });

  it('sums throughput over units sold: ten haircuts give T = 50', () => {
    expect(totalThroughput([salonHaircut.perMonth], [salonHaircut.price], [salonHaircut.tvc])).toBe(
      50
    );
  });

  it.each([
    [50, 0],
    [40, 10],
    [100, -50],
  ])('gives NP = ΣT − OE: OE %d leaves NP %d', (oe, np) => {
    expect(netProfit(50, oe)).toBe(np);
  });

  it('needs OE ÷ T units to break even: 50 ÷ 5 = 10 haircuts', () => {
    expect(breakEvenUnits(50, t)).toEqual({ status: 'units', units: 10 });
  });

  it('cannot break even on a product that earns nothing per unit', () => {
    expect(breakEvenUnits(50, 0)).toEqual({ status: 'noThroughput' });
    expect(breakEvenUnits(50, -2)).toEqual({ status: 'noThroughput' });
  });

  it('sets the throughput target as OE + desired profit', () => {
    expect(requiredThroughput(100, 10)).toBe(110);
    expect(requiredThroughput(100)).toBe(100);
  });

  it('gives ROI = NP ÷ I, and no ratio without an investment', () => {
    expect(returnOnInvestment(10, 200)).toBe(0.05);
    expect(returnOnInvestment(10, 0)).toBeNull();
  });
});

describe('throughput per constraint unit', () => {
  it('divides throughput per unit by the time on the constraint', () => {
    expect(throughputPerConstraintUnit(90, 45, 15)).toBe(3);
    expect(throughputPerConstraintUnit(100, 40, 30)).toBe(2);
  });

  it('has no rate (null, not Infinity) for a product that takes no constraint time', () => {
    expect(throughputPerConstraintUnit(900, 600, 0)).toBeNull();
  });
});

describe('throughput accounting ratio (ACCA/CIMA)', () => {
  // A product selling at 100 with 40 of materials, made at 4 an hour on the bottleneck; the
  // factory costs 240,000 a period for 8,000 bottleneck hours → cost per factory hour 30.
  it('divides the return per factory hour by the cost per factory hour', () => {
    const tpar = throughputAccountingRatio(100, 40, 1 / 4, 240000, 8000);
    expect(tpar).toEqual({ status: 'ratio', ratio: 8, returnPerHour: 240, costPerHour: 30 });
  });

  it('has no ratio for a product that takes no bottleneck time or a factory that costs nothing', () => {
    expect(throughputAccountingRatio(100, 40, 0, 240000, 8000)).toEqual({
      status: 'noConstraintTime',
    });
    expect(throughputAccountingRatio(100, 40, 1, 0, 8000)).toEqual({ status: 'noFactoryCost' });
  });
});
