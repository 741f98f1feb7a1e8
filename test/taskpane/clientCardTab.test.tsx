import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { MemoryGateway } from '../../src/workbook/memoryGateway';
import { MARKER_PROPERTY, parseMarker } from '../../src/workbook/reportRules';
import { pqTable, workbookWith } from './workbooks';

async function openCard(gateway: MemoryGateway) {
  const user = userEvent.setup();
  render(<App gateway={gateway} />);
  await user.click(await screen.findByRole('tab', { name: /^(Client card|Карточка клиента)$/ }));
  return user;
}

type User = Awaited<ReturnType<typeof openCard>>;

async function type(user: User, name: string | RegExp, text: string) {
  const box = screen.getByRole('textbox', { name });
  await user.clear(box);
  await user.type(box, text);
}

/** The source's coach: 25,000 × 3 trainings × 50 people; steps 3,000 then 24,000 at 50 %. */
async function enterSourceCoach(user: User) {
  await type(user, 'Price of the main product', '25000');
  await type(user, 'Trainings a month', '3');
  await type(user, 'People per training', '50');
  await type(user, 'Step 1 price', '3000');
  await user.click(screen.getByRole('button', { name: 'Add a step' }));
  await type(user, 'Step 2 price', '24000');
  expect(screen.getByRole('textbox', { name: 'Step 2 conversion from step 1, %' })).toHaveValue(
    '50'
  );
}

describe('the Client card tab', () => {
  it('qualifies the source coach: LTV 15,000 and a turnover target of 3,750,000', async () => {
    const user = await openCard(workbookWith(pqTable));
    await enterSourceCoach(user);
    expect(await screen.findByText('LTV: 15,000')).toBeVisible();
    expect(screen.getByText('Turnover target a month: 3,750,000')).toBeVisible();
    expect(
      screen.getByText('Qualifies: LTV 15,000 ≥ 15,000 and turnover target 3,750,000 ≥ 300,000.')
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Levers that close the gap' })).toBeNull();
    expect(
      screen.getByText('Current turnover a month: enter buyers and trainings now')
    ).toBeVisible();
    await type(user, 'Buyers a month now', '40');
    await type(user, 'Trainings (sessions) a month now', '2');
    expect(await screen.findByText('Current turnover a month: 2,000,000')).toBeVisible();
  });

  it('shows the levers of a failing card with their numbers, a price raise first', async () => {
    const user = await openCard(workbookWith(pqTable));
    await type(user, 'Price of the main product', '10000');
    await type(user, 'Trainings a month', '2');
    await type(user, 'People per training', '10');
    await type(user, 'Step 1 price', '12000');
    expect(await screen.findByText('Does not qualify yet.')).toBeVisible();
    const levers = within(screen.getByRole('region', { name: 'Levers that close the gap' }));
    const items = levers.getAllByRole('listitem').map((item) => item.textContent);
    expect(items[0]).toBe('Raise the price by 50%.');
    expect(items).toContain(
      'Add a second step (packages, VIP, an advanced level) at 6,000, taken by 50% of step-1 buyers.'
    );
    expect(items).toContain('Run 3 trainings a month.');
    expect(items).toContain('Gather 15 people per training.');
  });

  it('uses the thresholds the owner sets', async () => {
    const user = await openCard(workbookWith(pqTable));
    await type(user, 'Price of the main product', '10000');
    await type(user, 'Trainings a month', '2');
    await type(user, 'People per training', '10');
    await type(user, 'Step 1 price', '12000');
    await type(user, 'LTV at least', '10000');
    await type(user, 'Monthly turnover target at least', '200000');
    expect(await screen.findByText(/^Qualifies: LTV 12,000 ≥ 10,000/)).toBeVisible();
  });

  it('names the step whose conversion is out of range', async () => {
    const user = await openCard(workbookWith(pqTable));
    await type(user, 'Step 1 price', '3000');
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    await type(user, 'Step 2 conversion from step 1, %', '150');
    expect(
      await screen.findByText('Step 2 conversion from step 1, %: a percentage from 0 to 100.')
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Remove step 2' }));
    expect(screen.queryByRole('textbox', { name: /^Step 2/ })).toBeNull();
  });

  it('writes the card to a new sheet of its own', async () => {
    const gateway = workbookWith(pqTable);
    const user = await openCard(gateway);
    await enterSourceCoach(user);
    await user.click(screen.getByRole('button', { name: 'Write the card to a new sheet' }));
    expect(await screen.findByText('Written to the sheet “TA Client card”.')).toBeVisible();
    const sheet = gateway.sheetNamed('TA Client card');
    expect(parseMarker(sheet.properties[MARKER_PROPERTY])).toMatchObject({ complete: true });
    const rows = sheet.cells.map((row) => row.slice(0, 2));
    expect(rows).toContainEqual(['LTV', 15000]);
    expect(rows).toContainEqual(['Verdict', 'qualifies']);
  });

  it('writes nothing to a read-only workbook and shows why', async () => {
    const gateway = workbookWith(pqTable, 'en-US', { readOnly: true });
    const user = await openCard(gateway);
    await enterSourceCoach(user);
    await user.click(screen.getByRole('button', { name: 'Write the card to a new sheet' }));
    expect(await screen.findByText(/The workbook is open read-only/)).toBeVisible();
    expect(gateway.workbook.sheets.map((s) => s.name)).toEqual(['Data']);
  });

  it('asks its questions in Russian when Office speaks Russian', async () => {
    const user = await openCard(workbookWith(pqTable, 'ru-RU'));
    expect(screen.getByRole('radio', { name: 'Групповые тренинги' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Индивидуальные консультации' }));
    await type(user, 'Цена основного продукта', '5000');
    await type(user, 'Консультаций на клиента', '4');
    await type(user, 'Клиентов в месяц', '20');
    await type(user, 'Цена ступени 1', '20000');
    expect(await screen.findByText(/^Подходит: LTV 20\s000 ≥ 15\s000/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Записать карточку на новый лист' })).toBeEnabled();
  });
});
