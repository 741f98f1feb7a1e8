import {
  findInputIssues,
  identifyConstraint,
  planProductMix,
  productTableFromRows,
} from '../../src/core';
import { pqFull, problemOf } from '../fixtures/problems';

describe('identifyConstraint', () => {
  it('loads every resource at full demand and names the most overloaded one the CCR', () => {
    const finding = identifyConstraint(pqFull.products, pqFull.resources);
    expect(finding.loadAtFullDemand).toEqual([2000 / 2400, 3000 / 2400, 1250 / 2400, 1750 / 2400]);
    expect(finding.constraint).toBe(1);
    expect(finding.overloaded).toEqual([1]);
  });

  it('says the market is the constraint when no resource is overloaded', () => {
    const resources = [{ name: 'Master', capacity: 100 }];
    const products = productTableFromRows(
      [{ name: 'Cut', price: 10, tvc: 5, demand: 10, usage: { Master: 1 } }],
      resources
    );
    const finding = identifyConstraint(products, resources);
    expect(finding.constraint).toBeNull();
    expect(finding.busiest).toBe(0);
  });

  it('lists every overloaded resource, most loaded first, and warns that the ranking may not be optimal', () => {
    const problem = problemOf(
      [
        { name: 'W', price: 48, tvc: 0, demand: 400, usage: { Tailors: 7, Fabric: 2 } },
        { name: 'L', price: 40, tvc: 0, demand: 1000, usage: { Tailors: 5, Fabric: 2 } },
      ],
      [
        { name: 'Tailors', capacity: 3500 },
        { name: 'Fabric', capacity: 1200 },
      ]
    );
    const finding = identifyConstraint(problem.products, problem.resources);
    expect(finding.overloaded).toEqual([1, 0]);
    const plan = planProductMix(problem);
    expect(plan.status === 'planned' && plan.warnings).toContainEqual({
      kind: 'severalOverloaded',
      resources: [1, 0],
    });
  });

  it('treats unlimited demand on a resource as an unbounded load (null), never Infinity', () => {
    const resources = [
      { name: 'Small', capacity: 10 },
      { name: 'Big', capacity: 1000 },
    ];
    const products = productTableFromRows(
      [{ name: 'Any', price: 2, tvc: 1, usage: { Small: 1, Big: 1 } }],
      resources
    );
    const finding = identifyConstraint(products, resources);
    expect(finding.loadAtFullDemand).toEqual([null, null]);
    expect(finding.constraint).toBe(0);
  });

  it('ignores the demand of a product that loses money, counting only its minimum', () => {
    const resources = [{ name: 'M', capacity: 10 }];
    const products = productTableFromRows(
      [{ name: 'Loss', price: 1, tvc: 2, demand: 100, minimum: 3, usage: { M: 1 } }],
      resources
    );
    expect(identifyConstraint(products, resources).loadAtFullDemand).toEqual([0.3]);
  });
});

describe('input issues', () => {
  const resources = [{ name: 'M', capacity: 10 }];

  it('names the row and field of negative, non-finite and inconsistent values', () => {
    const products = productTableFromRows(
      [
        { name: 'A', price: -1, tvc: 0, demand: 1, usage: { M: 1 } },
        { name: 'B', price: 1, tvc: Number.NaN, demand: 1, usage: { M: -2 } },
        { name: 'C', price: 1, tvc: 0, demand: 1, minimum: 2 },
      ],
      resources
    );
    expect(findInputIssues(products, resources)).toEqual([
      { kind: 'negative', field: 'price', row: 0 },
      { kind: 'notFinite', field: 'tvc', row: 1 },
      { kind: 'negative', field: 'usage', row: 1, resource: 0 },
      { kind: 'minimumAboveDemand', row: 2 },
    ]);
  });

  it('refuses a resource without capacity and an empty product list', () => {
    const products = productTableFromRows([], resources);
    expect(findInputIssues(products, [{ name: 'M', capacity: 0 }])).toEqual([
      { kind: 'noProducts' },
      { kind: 'capacityNotPositive', resource: 0 },
    ]);
  });

  it('returns a plan outcome, not an exception, for invalid input and unbounded plans', () => {
    expect(
      planProductMix(problemOf([{ name: 'A', price: -1, tvc: 0, demand: 1 }], resources)).status
    ).toBe('invalid');
    expect(planProductMix(problemOf([{ name: 'Licence', price: 5, tvc: 1 }], resources))).toEqual({
      status: 'unbounded',
      product: 0,
    });
  });

  it('reports overflow instead of Infinity when totals exceed a double', () => {
    const problem = problemOf([{ name: 'Huge', price: 1e308, tvc: 0, demand: 1e10 }], resources);
    expect(planProductMix(problem)).toEqual({ status: 'overflow' });
  });
});
