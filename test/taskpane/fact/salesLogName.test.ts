import { looksLikeSalesLog } from '../../../src/taskpane/fact/useSalesLog';

describe('the sales log is chosen by a table name that says so, word by word', () => {
  it.each([
    'Sales',
    'SalesLog',
    'Sales_2026',
    'Orders',
    'Receipts',
    'Log',
    'Продажи',
    'Журнал_продаж',
    'ЗаказыКлиентов',
    'Чеки',
  ])('takes “%s” for a sales log', (name) => expect(looksLikeSalesLog(name)).toBe(true));

  it.each(['Catalogue', 'Catalog', 'Products', 'Salon', 'Каталог', 'Чеклист', 'Услуги', 'Table1'])(
    'does not take “%s” for one (a word that merely contains “log” or «чек» is not a log)',
    (name) => expect(looksLikeSalesLog(name)).toBe(false)
  );
});
