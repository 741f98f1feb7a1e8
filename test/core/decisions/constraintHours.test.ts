import {
  constraintHourValue,
  relieveConstraint,
  throughputOfHourChange,
  type ConstraintHourValue,
  type HourChange,
  type HourChangeOutcome,
} from '../../../src/core/decisions';
import { pq, problemOf } from '../../fixtures/problems';

function valued(outcome: ReturnType<typeof constraintHourValue>): ConstraintHourValue {
  if (outcome.status !== 'valued') throw new Error(`expected a value, got ${outcome.status}`);
  return outcome;
}

function changed(outcome: HourChangeOutcome): HourChange {
  if (outcome.status !== 'changed') throw new Error(`expected a change, got ${outcome.status}`);
  return outcome;
}

/**
 * An expert salesperson with 160 hours: A earns 40 an hour (demand 40 × 2 h), B 20 an hour
 * (demand 10 × 10 h), C 10 an hour (demand 20 × 4 h). The plan sells 40 A and 8 B; 2 B and all C wait.
 */
const expert = (wholeUnits: boolean) =>
  problemOf(
    [
      { name: 'A', price: 100, tvc: 20, demand: 40, usage: { Expert: 2 } },
      { name: 'B', price: 300, tvc: 100, demand: 10, usage: { Expert: 10 } },
      { name: 'C', price: 50, tvc: 10, demand: 20, usage: { Expert: 4 } },
    ],
    [{ name: 'Expert', capacity: 160 }],
    null,
    wholeUnits
  );

describe('constraintHourValue', () => {
  it('values one more CCR minute at the rate of the best product that did not fully fit (Q: 2)', () => {
    const value = valued(constraintHourValue(pq));
    expect(value.valueOfExtraHour).toBe(2);
    expect(value.nextProduct).toBe(1);
  });

  it('costs one fewer CCR minute at the rate of the last product planned', () => {
    const value = valued(constraintHourValue(pq));
    expect(value.costOfLostHour).toBe(2);
    expect(value.lastProduct).toBe(1);
    expect(value.idleTime).toBe(0);
  });

  it('values an extra hour at 0 when everything fits: demand binds', () => {
    const value = valued(
      constraintHourValue(
        problemOf(
          [{ name: 'Cut', price: 10, tvc: 5, demand: 10, usage: { Master: 1 } }],
          [{ name: 'Master', capacity: 100 }]
        )
      )
    );
    expect(value.valueOfExtraHour).toBe(0);
    expect(value.nextProduct).toBeNull();
    expect(value.costOfLostHour).toBe(0);
    expect(value.idleTime).toBe(90);
  });

  it('passes the mix engine’s failure through', () => {
    const outcome = constraintHourValue(
      problemOf([{ name: 'X', price: -1, tvc: 0, usage: { R: 1 } }], [{ name: 'R', capacity: 1 }])
    );
    expect(outcome.status).toBe('mixFailed');
  });
});

describe('throughputOfHourChange', () => {
  it('walks freed hours down the ranking: 30 expert hours earn 400 on B then 100 on C, not 30 × 20', () => {
    const change = changed(throughputOfHourChange(expert(false), 30));
    expect(change.deltaThroughput).toBeCloseTo(500, 9);
    expect(change.segments.map((s) => [s.product, s.hoursChange])).toEqual([
      [1, 20],
      [2, 10],
    ]);
  });

  it('plans whole units when the problem does: C takes 2 units of 4 h, not 2.5', () => {
    expect(changed(throughputOfHourChange(expert(true), 30)).deltaThroughput).toBe(480);
  });

  it('stops earning once every demand is met', () => {
    expect(changed(throughputOfHourChange(pq, 900)).deltaThroughput).toBe(1200);
  });

  it('takes hours away from the bottom of the ranking first: −1000 min of P&Q lose 900 × 2 + 100 × 3', () => {
    const fractional = { ...pq, wholeUnits: false };
    expect(changed(throughputOfHourChange(fractional, -1000)).deltaThroughput).toBeCloseTo(
      -2100,
      9
    );
  });

  it('says so when the hours taken away exceed the capacity', () => {
    expect(throughputOfHourChange(pq, -2400)).toMatchObject({
      status: 'exceedsCapacity',
      capacity: 2400,
    });
  });

  it('names non-finite hours', () => {
    expect(throughputOfHourChange(pq, NaN)).toEqual({
      status: 'invalid',
      issues: [{ kind: 'notFinite', field: 'hours' }],
    });
  });
});

describe('relieveConstraint', () => {
  it('hires the filter and assistant who free 30 expert hours for +450 OE (ΔNP +50)', () => {
    const outcome = relieveConstraint({
      problem: expert(false),
      hoursFreed: 30,
      deltaOperatingExpense: 450,
    });
    expect(outcome).toMatchObject({ status: 'evaluated', verdict: 'accept' });
    if (outcome.status !== 'evaluated') return;
    expect(outcome.deltaNetProfit).toBeCloseTo(50, 9);
    expect(outcome.breakEvenOperatingExpense).toBeCloseTo(500, 9);
  });

  it('rejects them for +550 OE although a single rate (30 × 20 = 600) would accept', () => {
    const outcome = relieveConstraint({
      problem: expert(false),
      hoursFreed: 30,
      deltaOperatingExpense: 550,
    });
    expect(outcome).toMatchObject({ status: 'evaluated', verdict: 'reject' });
  });

  it('rejects negative freed hours as input', () => {
    expect(
      relieveConstraint({ problem: pq, hoursFreed: -1, deltaOperatingExpense: 0 }).status
    ).toBe('invalid');
  });
});
