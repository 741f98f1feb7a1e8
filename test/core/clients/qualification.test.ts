import { countToReach, qualifyClient, type Qualification } from '../../../src/core/clients';

function qualification(outcome: ReturnType<typeof qualifyClient>): Qualification {
  if (outcome.status === 'invalid') throw new Error('expected a qualification');
  return outcome;
}

const group = { kind: 'group', price: 25000, trainingsPerMonth: 3, peoplePerTraining: 50 } as const;

describe('qualifyClient', () => {
  it('qualifies the source’s coach: LTV 15,000 and a 3,750,000 target clear 15,000 and 300,000', () => {
    const result = qualification(
      qualifyClient({ ltv: 15000, monthlyTurnoverTarget: null, format: group })
    );
    expect(result.status).toBe('qualified');
    expect(result.turnover.value).toBe(3750000);
    expect(result.levers).toEqual([]);
  });

  it('qualifies exactly at the thresholds (≥, not >)', () => {
    expect(qualification(qualifyClient({ ltv: 15000, monthlyTurnoverTarget: 300000 })).status).toBe(
      'qualified'
    );
  });

  it('raises the price by the larger of the two missing factors', () => {
    const result = qualification(qualifyClient({ ltv: 12000, monthlyTurnoverTarget: 200000 }));
    expect(result.status).toBe('notQualified');
    expect(result.ltv.gap).toBe(3000);
    expect(result.turnover.gap).toBe(100000);
    // LTV needs ×1.25, turnover ×1.5 → +50 %
    expect(result.levers[0]).toEqual({ kind: 'raisePrice', increase: 0.5 });
  });

  it('solves the second step for its price given the conversion, and for the conversion given the price', () => {
    const byConversion = qualification(
      qualifyClient({
        ltv: 3000,
        monthlyTurnoverTarget: 300000,
        secondStep: { price: null, conversion: 0.5 },
      })
    );
    expect(byConversion.levers).toContainEqual({
      kind: 'addSecondStep',
      price: 24000,
      conversion: 0.5,
      closes: true,
    });
    const byPrice = qualification(
      qualifyClient({
        ltv: 3000,
        monthlyTurnoverTarget: 300000,
        secondStep: { price: 24000, conversion: null },
      })
    );
    expect(byPrice.levers).toContainEqual({
      kind: 'addSecondStep',
      price: 24000,
      conversion: 0.5,
      closes: true,
    });
  });

  it('assumes the source’s 50 % conversion when neither price nor conversion of step 2 is given', () => {
    const result = qualification(qualifyClient({ ltv: 10000, monthlyTurnoverTarget: 300000 }));
    expect(result.levers).toContainEqual({
      kind: 'addSecondStep',
      price: 10000,
      conversion: 0.5,
      closes: true,
    });
  });

  it('offers no second step that would need more than 100 % conversion', () => {
    const result = qualification(
      qualifyClient({
        ltv: 3000,
        monthlyTurnoverTarget: 300000,
        secondStep: { price: 5000, conversion: null },
      })
    );
    expect(result.levers.some((lever) => lever.kind === 'addSecondStep')).toBe(false);
  });

  it('counts the trainings or the group size that reach the turnover bar', () => {
    const result = qualification(
      qualifyClient({
        ltv: 20000,
        monthlyTurnoverTarget: null,
        format: { kind: 'group', price: 10000, trainingsPerMonth: 2, peoplePerTraining: 10 },
      })
    );
    // 300,000 ÷ (10,000 × 10) = 3 trainings; 300,000 ÷ (10,000 × 2) = 15 people
    expect(result.levers).toEqual([
      { kind: 'raisePrice', increase: 0.5 },
      { kind: 'moreTrainings', trainingsPerMonth: 3 },
      { kind: 'biggerGroups', peoplePerTraining: 15 },
    ]);
  });

  it('counts the clients or the consultations per client for individual work', () => {
    const result = qualification(
      qualifyClient({
        ltv: 20000,
        monthlyTurnoverTarget: null,
        format: { kind: 'individual', price: 5000, consultationsPerClient: 4, clientsPerMonth: 10 },
      })
    );
    expect(result.levers).toContainEqual({ kind: 'moreClients', clientsPerMonth: 15 });
    expect(result.levers).toContainEqual({ kind: 'moreConsultations', consultationsPerClient: 6 });
  });

  it('lets the owner change the thresholds', () => {
    const result = qualification(
      qualifyClient({
        ltv: 8000,
        monthlyTurnoverTarget: 100000,
        thresholds: { minLtv: 5000, minMonthlyTurnover: 100000 },
      })
    );
    expect(result.status).toBe('qualified');
  });

  it('needs a turnover target or a format to compute it from', () => {
    expect(qualifyClient({ ltv: 1, monthlyTurnoverTarget: null })).toEqual({
      status: 'invalid',
      issues: [{ kind: 'empty', field: 'monthlyTurnoverTarget' }],
    });
  });
});

describe('countToReach', () => {
  it('rounds up to whole units but not past float noise: 300,000 at 25,000 × 12 is 1', () => {
    expect(countToReach(300000, 25000 * 12)).toBe(1);
    expect(countToReach(300000, 0.1 * 3e6 - 1e-10)).toBe(1);
    expect(countToReach(300001, 300000)).toBe(2);
  });

  it('has no count when a unit brings nothing', () => {
    expect(countToReach(300000, 0)).toBeNull();
  });
});
