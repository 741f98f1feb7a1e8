import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { PlanReport } from '../../src/cli/planReport';
import { planOf, problemFile, ta } from './runTa';

describe('ta plan', () => {
  it('prints the P&Q plan as JSON: 100 P, 30 Q, NP 300, constraint B', async () => {
    const { code, out, err } = await ta('plan', 'examples/pq.json');
    const report = JSON.parse(out) as PlanReport;
    expect([code, err]).toEqual([0, '']);
    expect(report).toMatchObject({ method: 'greedy', constraint: 'B', rankedBy: 'B' });
    expect(report.products.map((p) => [p.index, p.name, p.rank, p.quantity])).toEqual([
      [0, 'P', 1, 100],
      [1, 'Q', 2, 30],
    ]);
    expect(report.products[0]).toMatchObject({
      throughputPerUnit: 45,
      constraintTimePerUnit: 15,
      throughputPerConstraintUnit: 3,
      throughput: 4500,
      cumulativeLoad: 0.625,
    });
    expect(report.resources.find((r) => r.name === 'B')).toEqual({
      name: 'B',
      unit: 'min',
      capacity: 2400,
      used: 2400,
      load: 1,
      loadAtFullDemand: 1.25,
      overloadedAtFullDemand: true,
    });
    expect(report).toMatchObject({
      throughput: 6300,
      operatingExpense: 6000,
      netProfit: 300,
      lostToMinimums: 0,
      warnings: [],
    });
  });

  it('leaves out a number that does not exist instead of writing null, and flags why', async () => {
    const report = (await planOf({
      resources: [{ name: 'M', capacity: 10 }],
      products: [
        { name: 'A', price: 5, tvc: 1, usage: { M: 2 } },
        { name: 'Dye', price: 3, tvc: 1, demand: 4 },
      ],
    })) as PlanReport;
    expect(report.products.map((p) => [p.name, p.quantity, p.throughputPerConstraintUnit])).toEqual(
      [
        ['Dye', 4, undefined],
        ['A', 5, 2],
      ]
    );
    expect(report.products[0]?.constraintTimePerUnit).toBe(0);
    expect(report.resources[0]).not.toHaveProperty('loadAtFullDemand');
    expect(report.resources[0]?.overloadedAtFullDemand).toBe(true);
    expect(report).not.toHaveProperty('operatingExpense');
    expect(report).not.toHaveProperty('netProfit');
  });

  it('never writes null, NaN or Infinity for extreme but valid numbers', async () => {
    const { out } = await ta(
      'plan',
      problemFile({
        resources: [{ name: 'M', capacity: 1e300 }],
        products: [
          { name: 'Tiny', price: 1e300, tvc: 0, demand: 1, usage: { M: 1e-300 } },
          { name: 'Huge', price: 2, tvc: 1, demand: 1e300, usage: { M: 1e10 } },
        ],
      })
    );
    expect(out).not.toMatch(/null|NaN|Infinity/);
    const report = JSON.parse(out) as PlanReport;
    expect(report.products.find((p) => p.name === 'Tiny')).not.toHaveProperty(
      'throughputPerConstraintUnit'
    );
    expect(report.resources[0]).toMatchObject({ overloadedAtFullDemand: true });
  });

  it('plans fractional quantities with --fractional', async () => {
    const document = {
      resources: [{ name: 'M', capacity: 10 }],
      products: [{ name: 'A', price: 5, tvc: 1, demand: 100, usage: { M: 3 } }],
    };
    expect((await planOf(document, '--fractional')).products[0].quantity).toBeCloseTo(10 / 3, 12);
    expect((await planOf(document)).products[0].quantity).toBe(3);
  });

  it('ranks by the resource --rank-by names: Cut and Stitch by tailor hours', async () => {
    const report = (await planOf(
      JSON.parse(readFileSync('examples/cut-and-stitch.json', 'utf8')),
      '--rank-by',
      'Tailors'
    )) as PlanReport;
    expect(report).toMatchObject({ constraint: 'Fabric (m)', rankedBy: 'Tailors' });
    expect(report.products.map((p) => p.name)).toEqual(['Lounge suit L', 'Work suit W']);
    const { code, err } = await ta('plan', 'examples/pq.json', '--rank-by=Z');
    expect(code).toBe(2);
    expect(err).toBe(
      'ta: --rank-by: no resource is named "Z"; resources: "A", "B", "C" and 1 more\n'
    );
  });

  it('exits with 1 and says which resource is short when the minimums alone do not fit', async () => {
    const file = problemFile({
      timeUnit: 'minutes',
      resources: [{ name: 'B', capacity: 2400 }],
      products: [{ name: 'Q', price: 100, tvc: 40, demand: 100, minimum: 100, usage: { B: 30 } }],
    });
    const { code, out, err } = await ta('plan', file);
    expect([code, err]).toEqual([1, '']);
    expect(JSON.parse(out)).toEqual({
      method: 'greedy',
      status: 'infeasible',
      message: 'the minimums alone need 3,000 min of "B", which has 2,400 min (short by 600 min)',
    });
    const table = await ta('plan', file, '--table');
    expect(table.code).toBe(1);
    expect(table.out).toBe(
      'No plan: the minimums alone need 3,000 min of "B", which has 2,400 min (short by 600 min).\n'
    );
  });

  it('exits with 1 when a total is beyond 1e308, without writing Infinity', async () => {
    const { code, out } = await ta(
      'plan',
      problemFile({
        resources: [],
        products: [{ name: 'A', price: 1.7e308, tvc: 0, demand: 1e10 }],
      })
    );
    expect(code).toBe(1);
    expect(JSON.parse(out).status).toBe('overflow');
    expect(out).not.toMatch(/Infinity|null/);
  });

  it('exits with 1 when an earning product has unlimited demand and uses no resource', async () => {
    const { code, out } = await ta(
      'plan',
      problemFile({ resources: [], products: [{ name: 'Gift card', price: 5, tvc: 1 }] })
    );
    expect(code).toBe(1);
    expect(JSON.parse(out).message).toMatch(
      /^"Gift card" \(products\[0\]\) earns, has unlimited demand/
    );
  });

  it('runs as the `ta` command through bin/ta.js, compiling itself when needed', () => {
    const out = execFileSync(process.execPath, ['bin/ta.js', 'plan', 'examples/pq.json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out).netProfit).toBe(300);
  });
});
