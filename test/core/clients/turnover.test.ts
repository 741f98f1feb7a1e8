import {
  currentTurnover,
  groupTurnoverTarget,
  individualTurnoverTarget,
  turnoverTarget,
} from '../../../src/core/clients';

describe('turnover', () => {
  it('sets the group target as price × trainings × people: 25,000 × 3 × 50 = 3,750,000', () => {
    expect(
      groupTurnoverTarget({ price: 25000, trainingsPerMonth: 3, peoplePerTraining: 50 })
    ).toEqual({ status: 'turnover', turnover: 3750000 });
  });

  it('sets the target as clients a month × LTV', () => {
    expect(turnoverTarget({ clientsPerMonth: 20, ltv: 15000 })).toEqual({
      status: 'turnover',
      turnover: 300000,
    });
  });

  it('sets the individual target as consultations per client × price × clients a month', () => {
    expect(
      individualTurnoverTarget({ price: 5000, consultationsPerClient: 4, clientsPerMonth: 10 })
    ).toEqual({ status: 'turnover', turnover: 200000 });
  });

  it('gives the current turnover as price × buyers a month × sessions a month', () => {
    expect(currentTurnover({ price: 10000, buyersPerMonth: 12, sessionsPerMonth: 2 })).toEqual({
      status: 'turnover',
      turnover: 240000,
    });
  });

  it('names a negative factor and reports overflow instead of Infinity', () => {
    expect(turnoverTarget({ clientsPerMonth: -1, ltv: 1 })).toEqual({
      status: 'invalid',
      issues: [{ kind: 'negative', field: 'clientsPerMonth' }],
    });
    expect(turnoverTarget({ clientsPerMonth: 1e200, ltv: 1e200 })).toEqual({ status: 'overflow' });
  });
});
