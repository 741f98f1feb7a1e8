import { planProductMix, type MixPlan } from '../../src/core';
import { planView } from '../../src/taskpane/planView';
import { problemOf } from '../fixtures/problems';

describe('the preview’s rates at the edge of a double', () => {
  it('shows a denormal time as no time (∞), as Excel stores it as 0', () => {
    const problem = problemOf(
      [
        { name: 'Tiny', price: 10, tvc: 5, demand: 3, usage: { M: 1e-320 } },
        { name: 'Cut', price: 10, tvc: 5, demand: 3, usage: { M: 1 } },
      ],
      [{ name: 'M', capacity: 2 }]
    );
    const view = planView(problem, planProductMix(problem) as MixPlan, 'hours', null);
    expect(view.rows.find((row) => row.name === 'Tiny')?.ratePerHour).toBeNull();
    expect(view.warnings.some((w) => w.kind === 'rateTooLarge')).toBe(false);
  });

  it('names a product whose T per hour overflows, so the report waits for a fix', () => {
    const problem = problemOf(
      [
        { name: 'Huge', price: 1e300, tvc: 0, demand: 1, usage: { M: 1e-10 } },
        { name: 'Cut', price: 10, tvc: 5, demand: 3, usage: { M: 1 } },
      ],
      [{ name: 'M', capacity: 2 }]
    );
    const view = planView(problem, planProductMix(problem) as MixPlan, 'hours', null);
    expect(view.rows.find((row) => row.name === 'Huge')).toMatchObject({
      ratePerHour: null,
      rateTooLarge: true,
    });
    expect(view.warnings).toContainEqual({ kind: 'rateTooLarge', products: ['Huge'] });
  });
});
