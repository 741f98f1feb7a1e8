/**
 * The Plan vs fact tab on the salon of the talk (test/fixtures/salonSales.ts): the products table
 * and the sales log read from the workbook, the month's review, and the report written to a sheet
 * of its own on the report's safety rules.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { CellValue } from '../../src/workbook/gateway';
import { MemoryGateway } from '../../src/workbook/memoryGateway';
import { salonLog, salonProducts, type Sale } from '../fixtures/salonSales';

const PRODUCT_HEADERS = ['Service', 'Price', 'TVC', 'Demand', 'Time: Master, h'];
const LOG_HEADERS = ['Date', 'Service', 'Qty', 'Amount', 'Master', 'Client'];

function productRows(): CellValue[][] {
  return salonProducts.names.map((name, i) => [
    name,
    salonProducts.price[i] as number,
    salonProducts.tvc[i] as number,
    salonProducts.demand[i] as number,
    (salonProducts.usage[0] as Float64Array)[i] as number,
  ]);
}

function salon(log: readonly Sale[] = salonLog, displayLanguage = 'en-US'): MemoryGateway {
  const sales = log.map((s) => [s.date, s.product, s.quantity, s.amount, s.master, s.client]);
  return new MemoryGateway({
    displayLanguage,
    sheets: [
      { name: 'Salon', cells: [PRODUCT_HEADERS, ...productRows()] },
      { name: 'Sales', cells: [LOG_HEADERS, ...sales] },
    ],
    tables: [
      { name: 'Services', sheet: 'Salon', row: 0, column: 0, rows: 4, columns: 5 },
      { name: 'SalesLog', sheet: 'Sales', row: 0, column: 0, rows: sales.length + 1, columns: 6 },
    ],
  });
}

async function openTab(gateway: MemoryGateway, tab = 'Plan vs fact') {
  const user = userEvent.setup();
  render(<App gateway={gateway} />);
  await user.click(await screen.findByRole('tab', { name: tab }));
  return user;
}

/** The month's figures as the preview lists them: label → value. */
function figures(month: string): Record<string, string> {
  const region = screen.getByRole('region', { name: `${month} at a glance` });
  const terms = within(region).getAllByRole('term');
  return Object.fromEntries(
    terms.map((t) => [t.textContent ?? '', t.nextElementSibling?.textContent ?? ''])
  );
}

async function typeInputs(user: ReturnType<typeof userEvent.setup>) {
  await user.type(
    await screen.findByRole('textbox', { name: 'Capacity of Master a month, hours' }),
    '100'
  );
  await user.type(screen.getByRole('textbox', { name: 'Operating expense (OE) a month' }), '900');
}

describe('the Plan vs fact tab', () => {
  it('reviews the last month: T 958, OE 900, NP 58, the masters full, 20 of T lost to the mix', async () => {
    const user = await openTab(salon());
    await typeInputs(user);
    await screen.findByRole('region', { name: 'February 2026 at a glance' });
    expect(figures('February 2026')).toEqual({
      'Throughput T': '958',
      OE: '900',
      'Net profit NP': '58',
      'Master used': '100 hours (100%)',
      'T lost to the mix': '20',
    });
  });

  it('reviews another month when asked: January’s ten haircuts', async () => {
    const user = await openTab(salon());
    await typeInputs(user);
    await user.click(await screen.findByRole('combobox', { name: 'Month to review' }));
    await user.click(screen.getByRole('option', { name: 'January 2026' }));
    await screen.findByRole('region', { name: 'January 2026 at a glance' });
    expect(figures('January 2026')['Throughput T']).toBe('50');
  });

  it('lists the sales of a product the table lacks, with their rows, and leaves them out', async () => {
    const manicure: Sale = { ...salonLog[12]!, product: 'Manicure', amount: 25 };
    const user = await openTab(salon([...salonLog, manicure]));
    await typeInputs(user);
    expect(
      await screen.findByText(
        `“Manicure” is not in the products table: 1 sale (row ${salonLog.length + 2}), 25, left out of every figure.`
      )
    ).toBeInTheDocument();
    expect(figures('February 2026')['Throughput T']).toBe('958');
  });

  it('names the sheet row of a date that is text', async () => {
    const bad: Sale = { ...salonLog[0]!, date: 'yesterday' as unknown as number };
    await openTab(salon([bad, ...salonLog.slice(1)]));
    expect(
      await screen.findByText(
        'Row 2, column “Date”: “yesterday” is not a date (a date cell or text as 2026-03-31).'
      )
    ).toBeInTheDocument();
  });

  it('writes the report to a sheet of its own, and Refresh replaces only that sheet', async () => {
    const gateway = salon();
    const user = await openTab(gateway);
    await typeInputs(user);
    await user.click(await screen.findByRole('button', { name: 'Write the report' }));
    await screen.findByText('Report written');
    const names = () => gateway.workbook.sheets.map((s) => s.name);
    expect(names()).toEqual(['Salon', 'Sales', 'TA Plan vs fact']);
    const report = gateway.workbook.sheets[2]!;
    // OE is the 900 a month typed in the pane: January's ten haircuts leave NP −850.
    expect(report.cells[3]?.slice(0, 8)).toEqual(['January 2026', 100, 50, 900, -850, 5, 0.05, 0]);
    expect(report.charts).toHaveLength(1);
    await user.click(await screen.findByRole('button', { name: 'Refresh the report' }));
    await waitFor(() => expect(screen.getByText('Report written')).toBeInTheDocument());
    expect(names()).toEqual(['Salon', 'Sales', 'TA Plan vs fact']);
  });

  it('keeps its report apart from the product-mix report of the same workbook', async () => {
    const gateway = salon();
    const user = await openTab(gateway);
    await typeInputs(user);
    await user.click(await screen.findByRole('button', { name: 'Write the report' }));
    await screen.findByText('Report written');
    const keys = Object.keys(gateway.workbook.settings['TA.reports'] as object);
    expect(keys).toEqual(['planVsFact:table:SalesLog']);
  });

  it('pays the bonuses of the ladder typed in the pane, in the report', async () => {
    const gateway = salon();
    const user = await openTab(gateway);
    await typeInputs(user);
    for (const [threshold, bonus] of [
      ['0', '0'],
      ['300', '20'],
      ['500', '50'],
    ]) {
      await user.click(screen.getByRole('button', { name: 'Add a step' }));
      const steps = screen.getAllByRole('textbox', { name: /^Step \d+: T from$/ });
      await user.type(steps[steps.length - 1]!, threshold as string);
      const bonuses = screen.getAllByRole('textbox', { name: /^Step \d+: Bonus$/ });
      await user.type(bonuses[bonuses.length - 1]!, bonus as string);
    }
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    await screen.findByText('Report written');
    const cells = Array.from(gateway.workbook.sheets[2]!.cells, (row) => (row ?? []).slice(0, 4));
    const header = cells.findIndex((row) => row[0] === 'Seller');
    expect(cells.slice(header + 1, header + 3)).toEqual([
      ['Anna', 450, 20, 50],
      ['Boris', 508, 50, 'top step'],
    ]);
  });

  it('says which separators this Excel uses when a typed number reads two ways', async () => {
    const user = await openTab(salon(salonLog, 'ru-RU'), 'План-факт');
    await user.type(
      await screen.findByRole('textbox', { name: 'Мощность «Master» в месяц, часы' }),
      '100.5'
    );
    expect(
      await screen.findByText(
        /^Мощность «Master» в месяц, часы: число можно понять по-разному\. .*дробную часть отделяет «,»/
      )
    ).toBeInTheDocument();
  });

  it('speaks Russian', async () => {
    const user = await openTab(salon(salonLog, 'ru-RU'), 'План-факт');
    await user.type(
      await screen.findByRole('textbox', { name: 'Мощность «Master» в месяц, часы' }),
      '100'
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Операционные расходы (ОЕ) в месяц' }),
      '900'
    );
    expect(
      await screen.findByRole('region', { name: 'февраль 2026 — коротко' })
    ).toBeInTheDocument();
  });
});
