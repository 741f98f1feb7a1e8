import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { MARKER_PROPERTY, parseMarker } from '../../src/workbook/reportRules';
import type { MemoryGateway } from '../../src/workbook/memoryGateway';
import { enterPeriod, renderPane } from './renderPane';
import { HeldWorkbook, pqTable, workbookWith } from './workbooks';

const sheetNames = (gateway: MemoryGateway) => gateway.workbook.sheets.map((s) => s.name);

async function openDecision(gateway: MemoryGateway) {
  const user = userEvent.setup();
  render(<App gateway={gateway} />);
  await user.click(await screen.findByRole('tab', { name: /^(Decision|Решение)$/ }));
  return user;
}

type User = Awaited<ReturnType<typeof openDecision>>;

/** The seed's administrator: ΔOE +10 from month 1, ΔT +30 from month 4. */
async function enterAdministrator(user: User) {
  await user.type(screen.getByRole('textbox', { name: 'What changes (in words)' }), 'Hire');
  await user.type(screen.getByRole('textbox', { name: /^ΔT per month/ }), '30');
  const from = screen.getByRole('textbox', { name: 'ΔT from month' });
  await user.clear(from);
  await user.type(from, '4');
  await user.type(screen.getByRole('textbox', { name: /^ΔOE per month/ }), '10');
}

describe('the Decision tab', () => {
  it('says the administrator pays back in month 5 and should be hired', async () => {
    const gateway = workbookWith(pqTable);
    const user = await openDecision(gateway);
    await enterAdministrator(user);
    expect(await screen.findByText('Hire: ΔT 30 > ΔOE 10 — pays back in month 5')).toBeVisible();
    expect(screen.getByText('Accept')).toBeVisible();
    expect(screen.getByText('ΔNP per month = ΔT − ΔOE: 20')).toBeVisible();
    expect(screen.getByRole('img', { name: 'Cumulative ΔNP by month' })).toBeVisible();
  });

  it('writes the decision record to a new sheet of its own, marked as ours', async () => {
    const gateway = workbookWith(pqTable);
    const user = await openDecision(gateway);
    await enterAdministrator(user);
    await user.click(screen.getByRole('button', { name: 'Write the decision to a new sheet' }));
    expect(await screen.findByText('Written to the sheet “TA Decision”.')).toBeVisible();
    const sheet = gateway.sheetNamed('TA Decision');
    expect(parseMarker(sheet.properties[MARKER_PROPERTY])).toMatchObject({ complete: true });
    const rows = sheet.cells.map((row) => row.slice(0, 2));
    expect(rows).toContainEqual(['Pays back in month', 5]);
    expect(rows).toContainEqual(['Verdict', 'accept: ΔT 30 > ΔOE 10']);
    expect(rows).toContainEqual(['The change', 'Hire']);
    expect(gateway.sheetNamed('Data').cells[0]).toEqual(pqTable.headers);
  });

  it('writes nothing to a read-only workbook and shows why', async () => {
    const gateway = workbookWith(pqTable, 'en-US', { readOnly: true });
    const user = await openDecision(gateway);
    await enterAdministrator(user);
    await user.click(screen.getByRole('button', { name: 'Write the decision to a new sheet' }));
    expect(await screen.findByText(/The workbook is open read-only/)).toBeVisible();
    expect(screen.getByText('Nothing was written')).toBeVisible();
    expect(sheetNames(gateway)).toEqual(['Data']);
  });

  it('disables the write button while the record is being written', async () => {
    const held = new HeldWorkbook();
    Object.assign(held.workbook, workbookWith(pqTable).workbook);
    const user = await openDecision(held);
    await enterAdministrator(user);
    const button = screen.getByRole('button', { name: 'Write the decision to a new sheet' });
    await user.click(button);
    await waitFor(() => expect(button).toBeDisabled());
    held.release();
    expect(await screen.findByText('Written to the sheet “TA Decision”.')).toBeVisible();
    expect(button).toBeEnabled();
  });

  it('names the field of a number it cannot read, and does not write', async () => {
    const gateway = workbookWith(pqTable);
    const user = await openDecision(gateway);
    await user.type(screen.getByRole('textbox', { name: /^ΔT per month/ }), '30x');
    expect(await screen.findByText('ΔT per month (throughput added): not a number.')).toBeVisible();
    const from = screen.getByRole('textbox', { name: 'ΔOE from month' });
    await user.clear(from);
    await user.type(from, '0');
    expect(screen.getByText('ΔOE from month: a whole month from 1 to 1,200.')).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Write the decision to a new sheet' })
    ).toBeDisabled();
  });

  it('takes ΔT from freed CCR hours of the Product mix plan (5 h of B → 10 more Q → 600)', async () => {
    const gateway = workbookWith(pqTable);
    const pane = await renderPane(gateway);
    await pane.user.click(screen.getByRole('tab', { name: 'Decision' }));
    await pane.user.type(screen.getByRole('textbox', { name: /^What changes/ }), 'A filter');
    await pane.user.click(screen.getByRole('tab', { name: 'Product mix' }));
    await screen.findByRole('region', { name: 'Columns' });
    await enterPeriod(pane.user, { capacity: '2400' });
    await pane.user.click(screen.getByRole('tab', { name: 'Decision' }));
    expect(screen.getByRole('textbox', { name: /^What changes/ })).toHaveValue('A filter');
    expect(screen.getByText('Plan of “Products”: the ranking by B.')).toBeVisible();
    await pane.user.type(screen.getByRole('textbox', { name: /^Hours a month freed/ }), '5');
    await pane.user.click(screen.getByRole('button', { name: 'Take ΔT from the product mix' }));
    expect(
      await screen.findByText(
        /^5 more hours of B: ΔT 600 a month \(Q \+10\)\. Found by walking the ranking again with 2,700 minutes\./
      )
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: /^ΔT per month/ })).toHaveValue('600');
  });

  it('shows a description that looks like markup as the text it is', async () => {
    const user = await openDecision(workbookWith(pqTable));
    const markup = '<img src=x onerror=alert(1)>';
    await user.type(screen.getByRole('textbox', { name: /^What changes/ }), markup);
    await user.type(screen.getByRole('textbox', { name: /^ΔT per month/ }), '30');
    await user.type(screen.getByRole('textbox', { name: /^ΔOE per month/ }), '10');
    expect(
      await screen.findByText(`${markup}: ΔT 30 > ΔOE 10 — pays back in month 1`)
    ).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });

  it('asks for a Product mix plan before pricing freed hours', async () => {
    await openDecision(workbookWith(pqTable));
    expect(screen.getByText(/Build a plan on the Product mix tab first/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Take ΔT from the product mix' })).toBeDisabled();
  });

  it('speaks Russian when Office does', async () => {
    const gateway = workbookWith(pqTable, 'ru-RU');
    const user = await openDecision(gateway);
    await user.type(screen.getByRole('textbox', { name: /^ΔT в месяц/ }), '30');
    const from = screen.getByRole('textbox', { name: 'ΔT с месяца' });
    await user.clear(from);
    await user.type(from, '4');
    await user.type(screen.getByRole('textbox', { name: /^ΔОЕ в месяц/ }), '10');
    expect(await screen.findByText('Принять')).toBeVisible();
    expect(screen.getByText('Принять: ΔT 30 > ΔОЕ 10 — окупается на 5-й месяц')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Записать решение на новый лист' }));
    expect(await screen.findByText('Записано на лист «Решение ТА».')).toBeVisible();
  });

  it('values freed Stitch hours on the best plan when Cut and Stitch both bind, not "nothing"', async () => {
    const garments = {
      name: 'Garments',
      headers: ['Product', 'Price', 'TVC', 'Demand', 'Time: Cut, h', 'Time: Stitch, h'],
      rows: [
        ['Shirt', 40, 15, 80, 0.5, 1],
        ['Dress', 100, 40, 50, 2, 1],
        ['Jacket', 160, 60, 40, 1, 2.5],
      ],
    };
    const pane = await renderPane(workbookWith(garments));
    await enterPeriod(pane.user, { resource: 'Cut', capacity: '100' });
    await enterPeriod(pane.user, { resource: 'Stitch', capacity: '100' });
    await screen.findByRole('table', { name: 'Best plan' });
    await pane.user.click(screen.getByRole('tab', { name: 'Decision' }));
    expect(screen.getByText('Plan of “Garments”: the best plan over all resources.')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Resource' })).toHaveTextContent('Stitch');
    await pane.user.type(screen.getByRole('textbox', { name: /^Hours a month freed/ }), '10');
    await pane.user.click(screen.getByRole('button', { name: 'Take ΔT from the product mix' }));
    expect(
      await screen.findByText(
        /^10 more hours of Stitch: ΔT 380 a month \(Dress −2, Jacket \+5\)\. Found by solving the best plan again with 110 hours in whole units \(the shadow price, 35 per hour/
      )
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: /^ΔT per month/ })).toHaveValue('380');
  });
});
