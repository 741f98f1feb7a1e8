import {
  groupTarget,
  individualTarget,
  ltv,
  ltvList,
  ltvT,
  turnoverNow,
  turnoverTarget,
} from '../../src/functions/clientFunctions';
import {
  clientsNeeded,
  groupSizeNeeded,
  priceRaise,
  qualify,
  secondStep,
  trainingsNeeded,
} from '../../src/functions/clientQualificationFunctions';
import { excelErrorOf as errorOf } from './excel';

describe('TA.LTV, TA.LTVT and TA.LTVLIST', () => {
  it('gives 3,000 + 24,000 × 50 % = 15,000', () => {
    expect(ltv([[3000], [24000]], [[1], [0.5]])).toBe(15000);
  });

  it('gives LTV in throughput from the TVC of each step', () => {
    expect(ltvT([[3000], [24000]], [[1], [0.5]], [[1000], [6000]])).toBe(11000);
  });

  it('names a reach above 100 % by row', () => {
    expect(errorOf(() => ltv([[3000], [24000]], [[1], [50]]))).toEqual({
      code: '#VALUE!',
      message: 'reach, row 2: expected a share from 0 to 1 (0 % … 100 %)',
    });
  });

  it('averages each distinct customer’s total and skips blank rows', () => {
    expect(ltvList([['Ann'], ['Bob'], ['Ann'], ['']], [[100], [300], [200], [0]])).toBe(300);
  });

  it('names an amount without a customer and answers #N/A for an empty list', () => {
    expect(errorOf(() => ltvList([['Ann'], ['']], [[100], [5]])).message).toBe(
      'customerIds, row 2: an amount without a customer id'
    );
    expect(errorOf(() => ltvList([['']], [[0]])).code).toBe('#N/A');
  });
});

describe('turnover functions', () => {
  it('sets the group target 25,000 × 3 × 50 = 3,750,000', () => {
    expect(groupTarget([[25000]], [[3]], [[50]])).toBe(3750000);
  });

  it('multiplies clients a month by LTV, and consultations × price × clients', () => {
    expect(turnoverTarget([[20]], [[15000]])).toBe(300000);
    expect(individualTarget([[5000]], [[4]], [[15]])).toBe(300000);
    expect(turnoverNow([[10000]], [[12]], [[2]])).toBe(240000);
  });

  it('names a negative argument', () => {
    expect(errorOf(() => groupTarget([[25000]], [[-3]], [[50]])).message).toBe(
      'trainingsPerMonth: -3 is negative; trainingsPerMonth must be ≥ 0'
    );
  });
});

describe('qualification functions', () => {
  it('qualifies LTV 15,000 and a 3,750,000 target against the defaults, not 12,000', () => {
    expect(qualify([[15000]], [[3750000]])).toBe(true);
    expect(qualify([[12000]], [[3750000]])).toBe(false);
    expect(qualify([[12000]], [[3750000]], [[10000]])).toBe(true);
  });

  it('raises the price by the larger missing factor, 0 when qualified', () => {
    expect(priceRaise([[12000]], [[200000]])).toBeCloseTo(0.5, 12);
    expect(priceRaise([[15000]], [[300000]])).toBe(0);
    expect(errorOf(() => priceRaise([[0]], [[300000]])).code).toBe('#N/A');
  });

  it('solves the second step: the price at a conversion, the conversion at a price', () => {
    const omitted = null as never;
    expect(secondStep([[3000]], omitted, [[0.5]])).toBe(24000);
    expect(secondStep([[3000]], [[24000]])).toBe(0.5);
    expect(secondStep([[3000]])).toBe(24000);
    expect(secondStep([[20000]])).toBe(0);
  });

  it('refuses both unknowns given and a price too small to close the gap', () => {
    expect(errorOf(() => secondStep([[3000]], [[24000]], [[0.5]])).code).toBe('#VALUE!');
    expect(errorOf(() => secondStep([[3000]], [[5000]])).message).toBe(
      'secondStepPrice is below the LTV gap (12000): even 100 % conversion does not close it'
    );
  });

  it('counts the trainings, the group size and the clients that reach 300,000', () => {
    expect(trainingsNeeded([[10000]], [[10]])).toBe(3);
    expect(groupSizeNeeded([[10000]], [[2]])).toBe(15);
    expect(clientsNeeded([[5000]], [[4]])).toBe(15);
    expect(trainingsNeeded([[25000]], [[12]])).toBe(1);
    expect(errorOf(() => trainingsNeeded([[0]], [[10]])).code).toBe('#N/A');
  });
});
