import {
  bonus,
  bonusGap,
  requiredRevenue,
  salesPlan,
} from '../../src/functions/salesPlanFunctions';
import { excelErrorOf as errorOf } from './excel';

describe('TA.REQUIREDREVENUE and TA.SALESPLAN', () => {
  it('needs 220, 1,100 and 11,000 of revenue for T 110 at 50 %, 10 % and 1 %', () => {
    expect(requiredRevenue([[100]], [[10]], [[0.5]])).toBeCloseTo(220, 9);
    expect(requiredRevenue([[100]], [[10]], [[0.1]])).toBeCloseTo(1100, 9);
    expect(requiredRevenue([[100]], [[10]], [[0.01]])).toBeCloseTo(11000, 9);
  });

  it('takes equal sales shares when they are omitted, and a blank target profit as 0', () => {
    expect(requiredRevenue([[100]], [[null]], [[0.5], [0.1]])).toBeCloseTo(100 / 0.3, 9);
  });

  it('spills the revenue of each group in the orientation of the input', () => {
    const plan = salesPlan([[100]], [[10]], [[0.5, 0.1]], [[0.5, 0.5]]);
    expect(plan).toHaveLength(1);
    expect(plan[0]?.[0]).toBeCloseTo(110 / 0.3 / 2, 9);
  });

  it('names a throughput share above 100 % by row', () => {
    expect(errorOf(() => requiredRevenue([[100]], [[10]], [[0.5], [50]]))).toEqual({
      code: '#VALUE!',
      message: 'throughputShare, row 2: expected a share from 0 to 1 (0 % … 100 %)',
    });
  });

  it('answers #N/A when no group earns throughput', () => {
    expect(errorOf(() => requiredRevenue([[100]], [[10]], [[0]])).code).toBe('#N/A');
  });
});

describe('TA.BONUS and TA.BONUSGAP', () => {
  const thresholds = [[100], [110], [150]];
  const bonuses = [[5], [7], [10]];

  it('pays the step reached and shows the gap to the next one', () => {
    expect(bonus([[120]], thresholds, bonuses)).toBe(7);
    expect(bonusGap([[120]], thresholds, bonuses)).toBe(30);
  });

  it('answers #N/A for the gap at the top step', () => {
    expect(errorOf(() => bonusGap([[200]], thresholds, bonuses))).toEqual({
      code: '#N/A',
      message: 'achievedT is already on the top step',
    });
  });

  it('names a duplicate threshold by row', () => {
    expect(errorOf(() => bonus([[120]], [[100], [100]], [[1], [2]])).message).toBe(
      'thresholds, row 2: the same value appears on an earlier row'
    );
  });
});
