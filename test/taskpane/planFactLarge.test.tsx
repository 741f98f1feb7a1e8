/**
 * The Plan vs fact tab at the pane's promised size: a products table of 10,000 products and a log
 * of 30,000 sales over three months. The expected figures are summed here with plain loops from
 * the same rows (T = amount − quantity × TVC), not by the engine under test.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { serialOfDate } from '../../src/core/fact';
import { App } from '../../src/taskpane/App';
import type { CellValue } from '../../src/workbook/gateway';
import { MemoryGateway } from '../../src/workbook/memoryGateway';

const PRODUCTS = 10_000;
const SALES = 30_000;
const MASTERS = ['Anna', 'Boris', 'Vera', 'Gleb', 'Dina'];

const name = (i: number) => `P${String(i + 1).padStart(5, '0')}`;
const price = (i: number) => 100 + (i % 50);
const tvc = (i: number) => 40 + (i % 7);
const time = (i: number) => 0.25 + (i % 5) * 0.25;

function workbook() {
  const products: CellValue[][] = Array.from({ length: PRODUCTS }, (_, i) => [
    name(i),
    price(i),
    tvc(i),
    100,
    time(i),
  ]);
  // Sale k: product (k × 7919) mod 10,000, 1–3 units, a 5 % discount on every tenth; March last.
  const sales: CellValue[][] = Array.from({ length: SALES }, (_, k) => {
    const i = (k * 7919) % PRODUCTS;
    const quantity = 1 + (k % 3);
    const amount = quantity * price(i) * (k % 10 === 0 ? 0.95 : 1);
    const date = serialOfDate(2026, 1 + (k % 3), 1 + (k % 28));
    return [date, name(i), quantity, amount, MASTERS[k % MASTERS.length] as string, `C${k % 997}`];
  });
  const gateway = new MemoryGateway({
    displayLanguage: 'en-US',
    sheets: [
      {
        name: 'Products',
        cells: [['Product', 'Price', 'TVC', 'Demand', 'Time: Master, h'], ...products],
      },
      {
        name: 'Sales',
        cells: [['Date', 'Service', 'Qty', 'Amount', 'Master', 'Client'], ...sales],
      },
    ],
    tables: [
      { name: 'Catalogue', sheet: 'Products', row: 0, column: 0, rows: PRODUCTS + 1, columns: 5 },
      { name: 'SalesLog', sheet: 'Sales', row: 0, column: 0, rows: SALES + 1, columns: 6 },
    ],
  });
  return { gateway, sales };
}

/** T and CCR hours of March's sales, summed row by row. */
function march(sales: readonly CellValue[][]) {
  const start = serialOfDate(2026, 3, 1);
  let throughput = 0;
  let hours = 0;
  sales.forEach((row, k) => {
    if ((row[0] as number) < start) return;
    const i = (k * 7919) % PRODUCTS;
    throughput += (row[3] as number) - (row[2] as number) * tvc(i);
    hours += (row[2] as number) * time(i);
  });
  return { throughput, hours };
}

it('reviews 30,000 sales of 10,000 products and writes every product’s plan against fact', async () => {
  const { gateway, sales } = workbook();
  const expected = march(sales);
  const user = userEvent.setup();
  render(<App gateway={gateway} />);
  await user.click(await screen.findByRole('tab', { name: 'Plan vs fact' }));
  await user.type(
    await screen.findByRole('textbox', { name: 'Capacity of Master a month, hours' }),
    '20000'
  );
  await user.type(screen.getByRole('textbox', { name: 'Operating expense (OE) a month' }), '0');
  const region = await screen.findByRole('region', { name: 'March 2026 at a glance' });
  const terms = within(region).getAllByRole('term');
  const shown = Object.fromEntries(
    terms.map((t) => [t.textContent ?? '', t.nextElementSibling?.textContent ?? ''])
  );
  const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  expect(shown['Throughput T']).toBe(money.format(expected.throughput));
  // 22,500 hours sold against 20,000: the hours are over, and lost to the mix is still ≥ 0.
  expect(shown['Master used']).toBe(`${money.format(expected.hours)} hours (112.5%)`);
  expect(Number((shown['T lost to the mix'] ?? '').replace(/,/g, ''))).toBeGreaterThanOrEqual(0);

  await user.click(screen.getByRole('button', { name: 'Write the report' }));
  await screen.findByText('Report written');
  const report = gateway.workbook.sheets.find((s) => s.name === 'TA Plan vs fact');
  const cells = Array.from(report?.cells ?? [], (row) => row ?? []);
  const march2026 = cells.find((row) => row[0] === 'March 2026');
  expect(march2026?.[2]).toBeCloseTo(expected.throughput, 6);
  expect(march2026?.[5]).toBeCloseTo(expected.hours, 9);
  const header = cells.findIndex((row) => row[0] === 'Rank' && row[1] === 'Product');
  const rows = cells.slice(header + 1, header + 1 + PRODUCTS);
  expect(new Set(rows.map((row) => row[1])).size).toBe(PRODUCTS);
  expect(rows.map((row) => row[0])).toEqual(Array.from({ length: PRODUCTS }, (_, k) => k + 1));
});
