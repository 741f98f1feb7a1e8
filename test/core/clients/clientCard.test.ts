import { clientCard } from '../../../src/core/clients';

const coach = {
  steps: [
    { price: 3000, reach: 1 },
    { price: 24000, reach: 0.5 },
  ],
  format: { kind: 'group', price: 25000, trainingsPerMonth: 3, peoplePerTraining: 50 },
} as const;

describe('clientCard', () => {
  it('qualifies the source’s coach: funnel LTV 15,000 and a 3,750,000 group target', () => {
    const card = clientCard(coach);
    expect(card).toMatchObject({
      status: 'card',
      ltv: { revenue: 15000 },
      qualification: { status: 'qualified', turnover: { value: 3750000 } },
      acquisition: null,
    });
  });

  it('measures CAC against LTV and recovers it from monthly throughput', () => {
    const card = clientCard({
      ...coach,
      acquisition: { spend: 100000, newCustomers: 20 },
      monthlyThroughputPerCustomer: 2000,
    });
    expect(card).toMatchObject({
      acquisition: { cac: 5000, ltvToCac: 3, monthsToRecoverCac: 2.5 },
    });
  });

  it('leaves a ratio without a divisor empty instead of Infinity', () => {
    const card = clientCard({ ...coach, acquisition: { spend: 100000, newCustomers: 0 } });
    expect(card).toMatchObject({
      acquisition: { cac: null, ltvToCac: null, monthsToRecoverCac: null },
    });
  });

  it('lists the levers when the funnel is too short: a second step at 24,000 for 50 %', () => {
    const card = clientCard({ steps: [{ price: 3000, reach: 1 }], monthlyTurnoverTarget: 300000 });
    expect(card).toMatchObject({ qualification: { status: 'notQualified' } });
    if (card.status !== 'card') return;
    expect(card.qualification.levers).toContainEqual({
      kind: 'addSecondStep',
      price: 24000,
      conversion: 0.5,
      closes: true,
    });
  });

  it('names bad funnel input', () => {
    expect(clientCard({ steps: [] }).status).toBe('invalid');
  });
});
