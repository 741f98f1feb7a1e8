import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/ta';
import type { PlanReport } from '../../src/cli/planReport';

async function ta(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function problemFile(document: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ta-')), 'problem.json');
  writeFileSync(file, typeof document === 'string' ? document : JSON.stringify(document));
  return file;
}

describe('ta plan', () => {
  it('prints the P&Q plan as JSON: 100 P, 30 Q, NP 300, constraint B', async () => {
    const { code, out } = await ta('plan', 'examples/pq.json');
    const report = JSON.parse(out) as PlanReport;
    expect(code).toBe(0);
    expect(report.constraint).toBe('B');
    expect(report.products.map((p) => [p.name, p.rank, p.quantity])).toEqual([
      ['P', 1, 100],
      ['Q', 2, 30],
    ]);
    expect(report.netProfit).toBe(300);
    expect(report.products[0]).toMatchObject({
      throughputPerUnit: 45,
      throughputPerConstraintUnit: 3,
      throughput: 4500,
      cumulativeLoad: 0.625,
    });
    expect(report.resources.find((r) => r.name === 'B')).toMatchObject({
      capacity: 2400,
      used: 2400,
      load: 1,
      loadAtFullDemand: 1.25,
    });
    expect(report).toMatchObject({
      throughput: 6300,
      operatingExpense: 6000,
      lostToMinimums: 0,
      warnings: [],
    });
  });

  it('prints a readable table with --table', async () => {
    const { code, out } = await ta('plan', 'examples/pq.json', '--table');
    expect(code).toBe(0);
    expect(out).toMatch(/Constraint: B/);
    expect(out).toMatch(/Net profit NP = ΣT − OE: 300/);
  });

  it('plans fractional quantities with --fractional', async () => {
    const file = problemFile({
      resources: [{ name: 'M', capacity: 10 }],
      products: [{ name: 'A', price: 5, tvc: 1, demand: 100, usage: { M: 3 } }],
    });
    const report = JSON.parse((await ta('plan', file, '--fractional')).out) as PlanReport;
    expect(report.products[0]?.quantity).toBeCloseTo(10 / 3, 12);
    expect(JSON.parse((await ta('plan', file)).out).products[0].quantity).toBe(3);
  });

  it('treats a left-out demand as unlimited and left-out minimum and usage as 0', async () => {
    const file = problemFile({
      resources: [{ name: 'M', capacity: 10 }],
      products: [
        { name: 'A', price: 5, tvc: 1, usage: { M: 2 } },
        { name: 'Dye', price: 3, tvc: 1, demand: 4 },
      ],
    });
    const report = JSON.parse((await ta('plan', file)).out) as PlanReport;
    expect(report.products.map((p) => [p.name, p.quantity, p.throughputPerConstraintUnit])).toEqual(
      [
        ['Dye', 4, null],
        ['A', 5, 2],
      ]
    );
  });

  it.each([
    [
      {
        resources: [],
        products: [
          { name: 'A', price: 1, tvc: 0 },
          { name: 'B', price: 1, tvc: 0 },
          { name: 'C', price: -1, tvc: 0 },
        ],
      },
      'products[2].price: expected a number ≥ 0',
    ],
    [
      { resources: [{ name: 'M', capacity: 0 }], products: [] },
      'resources[0].capacity: expected a number > 0',
    ],
    [
      {
        resources: [{ name: 'M', capacity: 5 }],
        products: [{ name: 'A', price: 1, tvc: 0, usage: { X: 1 } }],
      },
      'products[0].usage.X: expected one of the resources (M)',
    ],
    [
      { resources: [], products: [{ name: 'A', price: '12,50', tvc: 0 }] },
      'products[0].price: expected a number ≥ 0',
    ],
    [
      { resources: [], products: [{ name: 'A', price: 1, tvc: 0, demand: 2, minimum: 3 }] },
      'products[0].minimum: expected a number ≤ demand (2)',
    ],
  ])(
    'rejects an invalid file with one line naming the field and exit code 2 (%#)',
    async (document, message) => {
      const { code, err, out } = await ta('plan', problemFile(document));
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(message);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
  );

  it('rejects a file that is not JSON, a missing file and unknown options with exit code 2', async () => {
    expect((await ta('plan', problemFile('{ nope'))).code).toBe(2);
    expect((await ta('plan', '/nonexistent/problem.json')).err).toMatch(/cannot read \(ENOENT\)/);
    expect((await ta('plan', 'examples/pq.json', '--fast')).code).toBe(2);
  });

  it('exits with 1 and says which resource is short when the minimums alone do not fit', async () => {
    const file = problemFile({
      resources: [{ name: 'B', capacity: 2400 }],
      products: [{ name: 'Q', price: 100, tvc: 40, demand: 100, minimum: 100, usage: { B: 30 } }],
    });
    const { code, out } = await ta('plan', file);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      status: 'infeasible',
      message: 'the minimums alone need 3000 of B, which has 2400 (short by 600)',
    });
  });

  it('adds the exact plan, shadow prices and the greedy plan beside it with --method optimal (Cut and Stitch)', async () => {
    const { code, out } = await ta('plan', 'examples/cut-and-stitch.json', '--method', 'optimal');
    const report = JSON.parse(out);
    expect(code).toBe(0);
    expect(report).toMatchObject({
      method: 'optimal',
      status: 'optimal',
      throughput: 26000,
      difference: 1200,
      reason: 'severalBinding',
    });
    expect(
      report.products.map((p: { name: string; quantity: number }) => [p.name, p.quantity])
    ).toEqual([
      ['Work suit W', 250],
      ['Lounge suit L', 350],
    ]);
    expect(report.shadowPrices).toEqual({ Tailors: 4, 'Fabric (m)': 10 });
    expect(report.greedy.throughput).toBe(24800);
  });

  it('says the greedy method in its JSON too', async () => {
    expect(JSON.parse((await ta('plan', 'examples/pq.json')).out).method).toBe('greedy');
  });

  it('runs as the `ta` command through bin/ta.js, compiling itself when needed', () => {
    const out = execFileSync(process.execPath, ['bin/ta.js', 'plan', 'examples/pq.json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out).netProfit).toBe(300);
  }, 120000);
});
