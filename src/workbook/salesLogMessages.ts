/**
 * What the pane says about a sales log, in English and Russian: its problems (with the sheet row
 * and the column header), mapping gaps, and the sales of products the table lacks.
 */
import type { Language } from './messages';
import { fill } from './reportLabels';
import type { SalesField, SalesMappingProblem } from './salesLogColumns';
import type { SalesProblem, SalesProblemKind, UnknownProduct } from './salesProblems';

const en: Readonly<Record<SalesProblemKind | SalesField | SalesMappingProblem['kind'], string>> = {
  text: 'Row {row}, column “{column}”: text “{value}” where a number is expected.',
  textDate:
    'Row {row}, column “{column}”: “{value}” is not a date (a date cell or text as 2026-03-31).',
  notDate: 'Row {row}, column “{column}”: not a date (1900-01-01 … 9999-12-31).',
  noDate: 'Row {row}, column “{column}”: a sale with no date.',
  blankProduct: 'Row {row}, column “{column}”: a sale with no product.',
  error: 'Row {row}, column “{column}”: the cell holds the error {value}.',
  boolean: 'Row {row}, column “{column}”: {value} where a number is expected.',
  negative: 'Row {row}, column “{column}”: a negative TVC.',
  notFinite: 'Row {row}, column “{column}”: the value is too large.',
  mergedCells: 'The sales log has merged cells: unmerge them or choose a table.',
  noSales: 'The sales log has no sales.',
  duplicateProduct:
    'The products table has two products named “{value}”: a sale could not tell them apart; rename one.',
  productsTable: 'The products table cannot be read: check it on the Product mix tab.',
  date: 'date',
  product: 'product or service',
  quantity: 'quantity',
  amount: 'amount',
  seller: 'seller',
  customer: 'customer',
  saleTvc: 'TVC of the sale',
  missingColumn: 'No column for the {field}: choose it below.',
  ambiguousColumn: 'Several columns could be the {field} ({headers}): choose one below.',
  headerNotFound: 'The log has no column “{header}” any more: check the columns.',
};

const ru: typeof en = {
  text: 'Строка {row}, столбец «{column}»: текст «{value}» вместо числа.',
  textDate:
    'Строка {row}, столбец «{column}»: «{value}» — не дата (ячейка с датой или текст вида 2026-03-31).',
  notDate: 'Строка {row}, столбец «{column}»: не дата (1900-01-01 … 9999-12-31).',
  noDate: 'Строка {row}, столбец «{column}»: продажа без даты.',
  blankProduct: 'Строка {row}, столбец «{column}»: продажа без товара или услуги.',
  error: 'Строка {row}, столбец «{column}»: в ячейке ошибка {value}.',
  boolean: 'Строка {row}, столбец «{column}»: {value} вместо числа.',
  negative: 'Строка {row}, столбец «{column}»: отрицательные АПЗ.',
  notFinite: 'Строка {row}, столбец «{column}»: слишком большое значение.',
  mergedCells: 'В журнале продаж есть объединённые ячейки: разъедините их или выберите таблицу.',
  noSales: 'В журнале продаж нет продаж.',
  duplicateProduct:
    'В таблице товаров два товара «{value}»: продажи не различат их; переименуйте один.',
  productsTable: 'Таблицу товаров не удалось прочитать: проверьте её на вкладке «Ассортимент».',
  date: 'даты',
  product: 'товара или услуги',
  quantity: 'количества',
  amount: 'суммы',
  seller: 'продавца',
  customer: 'клиента',
  saleTvc: 'АПЗ продажи',
  missingColumn: 'Нет столбца {field}: выберите его ниже.',
  ambiguousColumn: 'Столбцом {field} может быть любой из ({headers}): выберите один ниже.',
  headerNotFound: 'В журнале больше нет столбца «{header}»: проверьте столбцы.',
};

const WORDS = { en, ru } as const;

export function salesProblemMessage(problem: SalesProblem, language: Language): string {
  return fill(WORDS[language][problem.kind], {
    row: String(problem.row ?? ''),
    column: problem.column ?? '',
    value: problem.value ?? '',
  });
}

export function salesMappingMessage(problem: SalesMappingProblem, language: Language): string {
  const words = WORDS[language];
  if (problem.kind === 'headerNotFound')
    return fill(words.headerNotFound, { header: problem.header });
  return fill(words[problem.kind], {
    field: words[problem.field],
    headers:
      problem.kind === 'ambiguousColumn'
        ? problem.headers.map((h) => (language === 'ru' ? `«${h}»` : `“${h}”`)).join(', ')
        : '',
  });
}

const UNKNOWN = {
  en: {
    one: '“{product}” is not in the products table: {count} sale ({rows}), {amount}, left out of every figure.',
    other:
      '“{product}” is not in the products table: {count} sales ({rows}), {amount}, left out of every figure.',
  },
  ru: {
    one: '«{product}» нет в таблице товаров: {count} продажа ({rows}), {amount}, не учтена ни в одной цифре.',
    few: '«{product}» нет в таблице товаров: {count} продажи ({rows}), {amount}, не учтены ни в одной цифре.',
    other:
      '«{product}» нет в таблице товаров: {count} продаж ({rows}), {amount}, не учтены ни в одной цифре.',
  },
} as const;

const ROWS = { en: ['row', 'rows'], ru: ['строка', 'строки'] } as const;

const MAX_ROWS = 5;

/** One warning per product the table lacks; `money` formats the amount as the pane shows money. */
export function unknownProductMessage(
  unknown: UnknownProduct,
  language: Language,
  money: (value: number) => string
): string {
  const count = unknown.rows.length;
  const forms: Readonly<Record<string, string>> = UNKNOWN[language];
  const form = new Intl.PluralRules(language === 'ru' ? 'ru-RU' : 'en-US').select(count);
  const listed = unknown.rows.slice(0, MAX_ROWS).join(', ') + (count > MAX_ROWS ? ', …' : '');
  return fill(forms[form] ?? forms.other ?? '', {
    product: unknown.product,
    count: String(count),
    rows: `${ROWS[language][count === 1 ? 0 : 1]} ${listed}`,
    amount: money(unknown.amount),
  });
}
