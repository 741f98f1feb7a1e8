import { bonusForThroughput } from '../../../src/core/decisions';

const ladder = [
  { threshold: 100, bonus: 5 },
  { threshold: 150, bonus: 10 },
  { threshold: 110, bonus: 7 },
];

describe('bonusForThroughput', () => {
  it('pays the bonus of the highest step reached, not a percentage', () => {
    expect(bonusForThroughput(ladder, 120)).toEqual({
      status: 'bonus',
      bonus: 7,
      step: 2,
      nextStep: 1,
      nextThreshold: 150,
      nextBonus: 10,
      gapToNext: 30,
    });
  });

  it('reaches a step exactly at its threshold', () => {
    expect(bonusForThroughput(ladder, 110)).toMatchObject({ bonus: 7, step: 2 });
  });

  it('pays nothing below the first step and shows the gap to it', () => {
    expect(bonusForThroughput(ladder, 60)).toMatchObject({
      bonus: 0,
      step: null,
      nextThreshold: 100,
      gapToNext: 40,
    });
  });

  it('has no next step at the top of the ladder', () => {
    expect(bonusForThroughput(ladder, 1000)).toMatchObject({
      bonus: 10,
      step: 1,
      nextStep: null,
      nextThreshold: null,
      nextBonus: null,
      gapToNext: null,
    });
  });

  it('names a duplicate threshold and a non-finite bonus by row', () => {
    expect(
      bonusForThroughput(
        [
          { threshold: 100, bonus: 5 },
          { threshold: 100, bonus: NaN },
        ],
        120
      )
    ).toEqual({
      status: 'invalid',
      issues: [
        { kind: 'notFinite', field: 'bonus', row: 1 },
        { kind: 'duplicate', field: 'threshold', row: 1 },
      ],
    });
    expect(bonusForThroughput([], 1).status).toBe('invalid');
  });
});
