/**
 * What the pane says about the workbook, in English and Russian: problems of the table (with the
 * sheet row and the column header), mapping gaps, blockers and the outcome of a write.
 */
import type { MappedField, MappingProblem } from './columnMapping';
import type { ReportState, WriteOutcome, WriteRefusal } from './gateway';
import type { ProductProblem, ProductProblemKind } from './productProblems';
import { fill } from './reportLabels';
import type { WorkbookError } from './workbookError';
import { writeMessages } from './writeMessages';

export type Language = 'en' | 'ru';

const en = {
  blank: 'Row {row}, column “{column}”: the cell is blank; the row is left out (a blank is not 0).',
  text: 'Row {row}, column “{column}”: text “{value}” where a number is expected.',
  error: 'Row {row}, column “{column}”: the cell holds the error {value}.',
  boolean: 'Row {row}, column “{column}”: {value} where a number is expected.',
  negative: 'Row {row}, column “{column}”: negative value {value}.',
  notFinite: 'Row {row}, column “{column}”: the value is too large.',
  minimumAboveDemand: 'Row {row}, column “{column}”: the minimum is above the demand.',
  duplicateName: 'Column “{column}”: “{value}” appears in rows {rows}; the rows are kept apart.',
  dateFormat: 'Column “{column}” is formatted as a date ({value}): check that it holds money.',
  mergedCells: 'The source has merged cells: unmerge them or choose a table.',
  noRows: 'No products to rank: the table has no data rows.',
  capacityNotPositive: 'The capacity of “{column}” must be a number above 0.',
  operatingExpenseInvalid: 'The operating expense is not a number.',
  fieldName: 'product name',
  fieldPrice: 'price',
  fieldTvc: 'totally variable cost (TVC)',
  fieldDemand: 'demand',
  fieldMinimum: 'minimum',
  fieldTime: 'time on the constraint',
  missingColumn: 'No column for {field}: choose it in Columns.',
  ambiguousColumn: 'Several columns could be {field} ({headers}): choose one in Columns.',
  headerNotFound: 'The table has no column “{header}” any more: check Columns.',
  doubtfulTvc:
    '“{header}” is taken as the totally variable cost, but cost price usually includes allocated costs (rent, salaries): confirm it or choose another column.',
  workbookReadOnly: 'The workbook is open read-only: save a copy to write a report.',
  workbookStructureProtected:
    'The workbook structure is protected: unprotect it or use a copy to write a report.',
  cellEditMode: 'A cell is being edited: finish editing (Enter or Esc), then try again.',
  unsupportedHost: 'This version of Excel cannot hold the report safely (needs ExcelApi 1.12).',
  sheetProtected: 'The report sheet is protected: unprotect it or write a new report.',
  written: 'The report is on the sheet “{sheet}”.',
  writtenNoChart: 'The report is on the sheet “{sheet}” (this Excel cannot add the chart).',
  failedIncomplete:
    'Writing the report failed ({code}); the sheet is marked incomplete: delete it and try again.',
  failed: 'Writing the report failed ({code}); nothing was written.',
  stateOurs: 'The report for this table is on the sheet “{sheet}”; writing refreshes it.',
  stateEdited: 'The report on “{sheet}” was edited by hand: replace it or write a new sheet?',
  stateIncomplete: 'The report on “{sheet}” is incomplete: delete it and write again.',
  sourceNotFound: 'Table “{detail}” not found: choose the products table.',
  emptySelection: 'Select the products with their header row first.',
  rangeTooLarge: 'The range is too large to read (over 5,000,000 cells).',
  readFailed: 'Excel could not read the workbook ({detail}).',
};

const ru: typeof en = {
  blank: 'Строка {row}, столбец «{column}»: пустая ячейка; строка не учтена (пусто — не 0).',
  text: 'Строка {row}, столбец «{column}»: текст «{value}» вместо числа.',
  error: 'Строка {row}, столбец «{column}»: в ячейке ошибка {value}.',
  boolean: 'Строка {row}, столбец «{column}»: {value} вместо числа.',
  negative: 'Строка {row}, столбец «{column}»: отрицательное значение {value}.',
  notFinite: 'Строка {row}, столбец «{column}»: слишком большое значение.',
  minimumAboveDemand: 'Строка {row}, столбец «{column}»: минимум больше спроса.',
  duplicateName:
    'Столбец «{column}»: «{value}» встречается в строках {rows}; строки учтены отдельно.',
  dateFormat: 'Столбец «{column}» в формате даты ({value}): проверьте, что там деньги.',
  mergedCells: 'В источнике есть объединённые ячейки: разъедините их или выберите таблицу.',
  noRows: 'Нечего ранжировать: в таблице нет строк с данными.',
  capacityNotPositive: 'Мощность «{column}» должна быть числом больше 0.',
  operatingExpenseInvalid: 'Операционные расходы — не число.',
  fieldName: 'наименования',
  fieldPrice: 'цены',
  fieldTvc: 'абсолютно переменных затрат (АПЗ)',
  fieldDemand: 'спроса',
  fieldMinimum: 'минимума',
  fieldTime: 'времени на ограничении',
  missingColumn: 'Нет столбца {field}: выберите его в разделе «Столбцы».',
  ambiguousColumn: 'Столбцом {field} могут быть несколько ({headers}): выберите один в «Столбцах».',
  headerNotFound: 'В таблице больше нет столбца «{header}»: проверьте «Столбцы».',
  doubtfulTvc:
    '«{header}» взят как абсолютно переменные затраты, но себестоимость обычно включает распределённые затраты (аренду, зарплаты): подтвердите или выберите другой столбец.',
  workbookReadOnly: 'Книга открыта только для чтения: сохраните копию, чтобы записать отчёт.',
  workbookStructureProtected:
    'Структура книги защищена: снимите защиту или работайте с копией, чтобы записать отчёт.',
  cellEditMode: 'Ячейка редактируется: закончите ввод (Enter или Esc) и повторите.',
  unsupportedHost: 'Эта версия Excel не может безопасно хранить отчёт (нужен ExcelApi 1.12).',
  sheetProtected: 'Лист отчёта защищён: снимите защиту или запишите новый отчёт.',
  written: 'Отчёт на листе «{sheet}».',
  writtenNoChart: 'Отчёт на листе «{sheet}» (этот Excel не умеет добавить диаграмму).',
  failedIncomplete:
    'Запись отчёта не удалась ({code}); лист помечен как незавершённый: удалите его и повторите.',
  failed: 'Запись отчёта не удалась ({code}); ничего не записано.',
  stateOurs: 'Отчёт по этой таблице на листе «{sheet}»; запись обновит его.',
  stateEdited: 'Отчёт на листе «{sheet}» изменён вручную: заменить его или записать на новый лист?',
  stateIncomplete: 'Отчёт на листе «{sheet}» не завершён: удалите его и запишите заново.',
  sourceNotFound: 'Таблица «{detail}» не найдена: выберите таблицу товаров.',
  emptySelection: 'Сначала выделите товары вместе со строкой заголовков.',
  rangeTooLarge: 'Диапазон слишком велик для чтения (больше 5 000 000 ячеек).',
  readFailed: 'Excel не смог прочитать книгу ({detail}).',
};

export type WorkbookMessages = typeof en;

export function workbookMessages(language: Language): WorkbookMessages {
  return language === 'ru' ? ru : en;
}

export function problemMessage(problem: ProductProblem, language: Language): string {
  const m = workbookMessages(language);
  const kind: ProductProblemKind = problem.kind;
  return fill(m[kind], {
    row: problem.row === undefined ? '?' : String(problem.row),
    column: problem.column ?? '',
    value: problem.value ?? '',
    rows: (problem.rows ?? []).join(', '),
  });
}

function fieldName(field: MappedField | 'time', m: WorkbookMessages): string {
  const names = {
    name: m.fieldName,
    price: m.fieldPrice,
    tvc: m.fieldTvc,
    demand: m.fieldDemand,
    minimum: m.fieldMinimum,
    time: m.fieldTime,
  };
  return names[field];
}

export function mappingProblemMessage(problem: MappingProblem, language: Language): string {
  const m = workbookMessages(language);
  switch (problem.kind) {
    case 'missingColumn':
      return fill(m.missingColumn, { field: fieldName(problem.field, m) });
    case 'ambiguousColumn':
      return fill(m.ambiguousColumn, {
        field: fieldName(problem.field, m),
        headers: problem.headers.map((h) => `“${h}”`).join(', '),
      });
    case 'headerNotFound':
      return fill(m.headerNotFound, { header: problem.header });
    case 'doubtfulTvc':
      return fill(m.doubtfulTvc, { header: problem.header });
  }
}

export function blockerMessage(reason: WriteRefusal, language: Language, detail = ''): string {
  switch (reason) {
    case 'busy':
    case 'sourceChanged':
      return writeMessages(language)[reason];
    case 'notFinite':
      return fill(writeMessages(language).notFinite, { detail });
    default:
      return workbookMessages(language)[reason];
  }
}

export function outcomeMessage(outcome: WriteOutcome, language: Language): string {
  const m = workbookMessages(language);
  switch (outcome.status) {
    case 'written':
      return fill(outcome.chart === 'added' ? m.written : m.writtenNoChart, {
        sheet: outcome.sheetName,
      });
    case 'blocked':
      return blockerMessage(outcome.reason, language, outcome.detail);
    case 'failed':
      if (outcome.code === 'LockLost') return writeMessages(language).lockLost;
      return fill(outcome.incomplete ? m.failedIncomplete : m.failed, { code: outcome.code });
  }
}

/** What to tell the user about the existing report; `null` when there is none. */
export function reportStateMessage(state: ReportState, language: Language): string | null {
  const m = workbookMessages(language);
  switch (state.status) {
    case 'none':
      return null;
    case 'ours':
      return fill(m.stateOurs, { sheet: state.sheetName });
    case 'edited':
      return fill(m.stateEdited, { sheet: state.sheetName });
    case 'incomplete':
      return fill(m.stateIncomplete, { sheet: state.sheetName });
  }
}

export function readErrorMessage(error: WorkbookError, language: Language): string {
  const m = workbookMessages(language);
  const detail = error.detail ?? '';
  switch (error.code) {
    case 'sourceNotFound':
      return fill(m.sourceNotFound, { detail });
    case 'emptySelection':
      return m.emptySelection;
    case 'rangeTooLarge':
      return m.rangeTooLarge;
    case 'cellEditMode':
      return m.cellEditMode;
    case 'failed':
      return fill(m.readFailed, { detail });
  }
}
