/**
 * Every label of the task pane, in English and Russian (same keys; a test checks it).
 * Placeholders are `{name}`; fill them with `fill`. Russian terms follow docs/domain: «проход»,
 * «операционные расходы», «ресурс ограниченной мощности».
 */
import { bestPlanEn, bestPlanRu } from './bestPlanStrings';
import { resultLanguageEn, resultLanguageRu } from './resultLanguageStrings';
import { recordTabsEn, recordTabsRu } from './tabs/recordTabStrings';

const en = {
  tabProductMix: 'Product mix',
  tabPlanFact: 'Plan vs fact',
  previewTitle: 'Preview mode — not connected to Excel',
  previewBody: 'The pane works on an example products table kept in memory.',
  loading: 'Reading the workbook…',
  sourceTitle: 'Products',
  sourceLabel: 'Source of products',
  sourceSelection: 'Use current selection',
  sourceSelectionHint: 'The first row of the selection holds the headers.',
  sourcePlaceholder: 'Choose a table',
  sourceRead: 'Read again',
  tableRows: '{name} ({rows} {rows, one{row} other{rows}})',
  sourceReadAt: 'Read at {time}.',
  sourceChanged: 'The table has changed since it was read at {time}.',
  mappingTitle: 'Columns',
  mappingHint: 'Detected from the headers; change any field if it is wrong.',
  mappingNotUsed: '(not used)',
  fieldName: 'Product',
  fieldPrice: 'Price',
  fieldTvc: 'Totally variable cost (TVC)',
  fieldDemand: 'Demand',
  fieldMinimum: 'Minimum quantity',
  fieldUsage: 'Time on {resource}',
  mappingSuspectTvc:
    '“{header}” is taken as the totally variable cost, but cost price usually includes allocated costs (rent, salaries). Throughput accounting needs only what one more unit costs.',
  mappingConfirmTvc: 'Use it as TVC',
  addResource: 'Add a resource column',
  removeResource: 'Remove',
  inputsTitle: 'Period',
  timeUnit: 'Time unit of times and capacities',
  hours: 'hours',
  minutes: 'minutes',
  capacityOf: 'Capacity of {resource}, {unit}',
  operatingExpense: 'Operating expense (OE) of the period',
  targetProfit: 'Target profit (optional)',
  wholeUnits: 'Whole units',
  constraintDetected: 'Detected CCR: {resource}, load at full demand {load}',
  constraintNone: 'No resource is overloaded at full demand (busiest: {resource}, {load}).',
  constraintOverride: 'Rank by resource',
  constraintAuto: 'Detected ({resource})',
  loadUnbounded: 'unlimited',
  previewSection: 'Plan',
  colRank: '#',
  colProduct: 'Product',
  colRate: 'T per {resource} hour',
  colQuantity: 'Qty',
  colLoad: 'Load Σ',
  colLoadFull: 'Cumulative load of {resource} after this product',
  noCcrTime: 'Takes no time of {resource}: sold first',
  chartTitle: 'T per CCR hour (bars) and cumulative load of the CCR (line)',
  chartMore: 'First {shown} of {total} products.',
  rowsMore: 'And {count} more {count, one{product} other{products}}: the report lists them all.',
  totalThroughput: 'Throughput ΣT',
  totalOe: 'Operating expense OE',
  totalNp: 'Net profit NP = ΣT − OE',
  requiredThroughput: 'Required T = OE + target profit',
  aboveTarget: 'The plan beats the target by {amount}.',
  belowTarget: 'The plan falls short of the target by {amount}.',
  ccrUsed: '{resource}: {used} of {capacity} {unit} used ({load})',
  minimumsCost:
    'The minimum quantities cost {amount} of ΣT (and of NP) against the best mix without them.',
  minimumsFree: 'The minimum quantities cost nothing: the best mix includes them anyway.',
  warningsTitle: 'Check before relying on the plan',
  warnSeveral:
    'Several resources are overloaded ({resources}): ranking by one constraint may not be the best mix.',
  warnDemandBinds:
    'No internal constraint: demand (the market) binds; every earning product is planned at its demand.',
  warnLoses: 'Loses money on each unit (price below TVC): {products}.',
  warnRateTooLarge:
    'T per hour is too large to compute for {products}: check the price and the time. The report cannot be written until then.',
  rateTooLarge: 'too large',
  noPlanInfeasible:
    'The minimum quantities alone need {required} {unit} of {resource}, which has {capacity}.',
  noPlanUnbounded:
    '{product} earns, has unlimited demand and uses no resource: give it a demand or a time.',
  noPlanOverflow: 'A total is too large to compute: check for values near 1e308.',
  capacityMissing: 'Enter the capacity of {resource} ({unit}), or link a cell.',
  capacityInvalid: 'The capacity of {resource} must be a number above 0.',
  numberInvalid: 'Not a number.',
  inputPlaceholder: 'A number or a cell, e.g. Salon!B7',
  linkValue: 'From {address}: {value}',
  linkPending: 'Reading {reference}…',
  linkNotFound: 'No cell or name “{reference}” in the workbook.',
  linkBlank: 'The cell {address} is blank.',
  linkNotNumber: 'The cell {address} holds “{text}”, not a number.',
  linkNotOneCell: '{address} is more than one cell: link a single cell.',
  separatorSpace: 'a space',
  separatorMark: '“{mark}”',
  oeMissing: 'Enter the operating expense to see net profit.',
  problemsTitle: 'Fix the source data',
  problemsMore: 'and {count} more.',
  writeTitle: 'Report',
  writeButton: 'Write the report',
  refreshButton: 'Refresh the report',
  writing: 'Writing the report…',
  writtenTitle: 'Report written',
  writeNoPlan: 'The table as it is now gives no plan: see the preview above.',
  writeRereads: 'Writing reads the table and the linked cells again first.',
  failedTitle: 'The report was not written',
  blockedTitle: 'Nothing was written',
  editedTitle: 'The report was edited by hand',
  editedBody:
    'Sheet “{sheet}” has changed since it was written. Create a new sheet, or replace your edited report?',
  editedNewSheet: 'Create a new sheet',
  editedReplace: 'Replace my edited report',
  cancel: 'Cancel',
  incompleteTitle: 'An unfinished report was found',
  incompleteBody: 'Sheet “{sheet}” was left half-written. Remove it before writing again?',
  incompleteRemove: 'Remove it',
  incompleteRemoved: 'The unfinished sheet was removed.',
  settingsFailed: 'The column choice could not be saved in the workbook.',
  readFailedTitle: 'The workbook could not be read',
  ...recordTabsEn,
  ...bestPlanEn,
  ...resultLanguageEn,
};

export type Strings = Readonly<Record<keyof typeof en, string>>;

const ru: Strings = {
  tabProductMix: 'Ассортимент',
  tabPlanFact: 'План-факт',
  previewTitle: 'Режим просмотра — нет связи с Excel',
  previewBody: 'Панель работает с примером таблицы продуктов в памяти.',
  loading: 'Читаю книгу…',
  sourceTitle: 'Продукты',
  sourceLabel: 'Откуда взять продукты',
  sourceSelection: 'Текущее выделение',
  sourceSelectionHint: 'В первой строке выделения — заголовки.',
  sourcePlaceholder: 'Выберите таблицу',
  sourceRead: 'Прочитать снова',
  tableRows: '{name} ({rows} {rows, one{строка} few{строки} many{строк} other{строки}})',
  sourceReadAt: 'Прочитано в {time}.',
  sourceChanged: 'Таблица изменилась после чтения в {time}.',
  mappingTitle: 'Столбцы',
  mappingHint: 'Найдены по заголовкам; исправьте поле, если оно определено неверно.',
  mappingNotUsed: '(не используется)',
  fieldName: 'Продукт',
  fieldPrice: 'Цена',
  fieldTvc: 'Абсолютно переменные затраты (АПЗ)',
  fieldDemand: 'Спрос',
  fieldMinimum: 'Минимальное количество',
  fieldUsage: 'Время на ресурсе «{resource}»',
  mappingSuspectTvc:
    '«{header}» взят как абсолютно переменные затраты, но себестоимость обычно включает распределённые затраты (аренду, зарплаты). Для учёта по проходу нужны только затраты на ещё одну единицу.',
  mappingConfirmTvc: 'Да, это АПЗ',
  addResource: 'Добавить столбец ресурса',
  removeResource: 'Убрать',
  inputsTitle: 'Период',
  timeUnit: 'Единица времени и мощности',
  hours: 'часы',
  minutes: 'минуты',
  capacityOf: 'Мощность ресурса «{resource}», {unit}',
  operatingExpense: 'Операционные расходы (ОЕ) за период',
  targetProfit: 'Желаемая прибыль (необязательно)',
  wholeUnits: 'Целые единицы',
  constraintDetected: 'Ресурс ограниченной мощности: {resource}, загрузка при полном спросе {load}',
  constraintNone:
    'При полном спросе ни один ресурс не перегружен (самый загруженный: {resource}, {load}).',
  constraintOverride: 'Ранжировать по ресурсу',
  constraintAuto: 'Найденный ({resource})',
  loadUnbounded: 'без предела',
  previewSection: 'План',
  colRank: '№',
  colProduct: 'Продукт',
  colRate: 'Проход за час ресурса «{resource}»',
  colQuantity: 'Кол-во',
  colLoad: 'Загрузка Σ',
  colLoadFull: 'Загрузка ресурса «{resource}» нарастающим итогом после этого продукта',
  noCcrTime: 'Не занимает времени ресурса «{resource}»: продаётся первым',
  chartTitle: 'Проход за час РОМ (столбцы) и загрузка РОМ нарастающим итогом (линия)',
  chartMore:
    'Первые {shown} из {total} {total, one{продукта} few{продуктов} many{продуктов} other{продукта}}.',
  rowsMore:
    'И ещё {count} {count, one{продукт} few{продукта} many{продуктов} other{продукта}}: в отчёте будут все.',
  totalThroughput: 'Проход ΣT',
  totalOe: 'Операционные расходы ОЕ',
  totalNp: 'Чистая прибыль ЧП = ΣT − ОЕ',
  requiredThroughput: 'Нужный проход = ОЕ + желаемая прибыль',
  aboveTarget: 'План выше цели на {amount}.',
  belowTarget: 'До цели не хватает {amount}.',
  ccrUsed: '{resource}: занято {used} из {capacity} ({unit}), {load}',
  minimumsCost:
    'Минимальные количества стоят {amount} прохода (и прибыли) против лучшего плана без них.',
  minimumsFree: 'Минимальные количества ничего не стоят: лучший план и так их включает.',
  warningsTitle: 'Проверьте, прежде чем опираться на план',
  warnSeveral:
    'Перегружено несколько ресурсов ({resources}): ранжирование по одному ограничению может быть не лучшим.',
  warnDemandBinds:
    'Внутреннего ограничения нет: ограничивает спрос (рынок); каждый доходный продукт планируется по спросу.',
  warnLoses: 'Убыток на каждой единице (цена ниже АПЗ): {products}.',
  warnRateTooLarge:
    'Проход за час слишком велик для расчёта: {products}. Проверьте цену и время; до этого отчёт не записать.',
  rateTooLarge: 'слишком велик',
  noPlanInfeasible:
    'Одни минимальные количества требуют {required} ({unit}) ресурса «{resource}», а у него {capacity}.',
  noPlanUnbounded:
    '{product} приносит проход, спрос не ограничен и ресурс не нужен: укажите спрос или время.',
  noPlanOverflow: 'Итог слишком велик для расчёта: проверьте значения около 1e308.',
  capacityMissing: 'Укажите мощность ресурса «{resource}» ({unit}) или ссылку на ячейку.',
  capacityInvalid: 'Мощность ресурса «{resource}» должна быть числом больше 0.',
  numberInvalid: 'Это не число.',
  inputPlaceholder: 'Число или ячейка, например Салон!B7',
  linkValue: 'Из ячейки {address}: {value}',
  linkPending: 'Читаю {reference}…',
  linkNotFound: 'В книге нет ячейки или имени «{reference}».',
  linkBlank: 'Ячейка {address} пуста.',
  linkNotNumber: 'В ячейке {address} — «{text}», а не число.',
  linkNotOneCell: '{address} — больше одной ячейки: укажите одну.',
  separatorSpace: 'пробел',
  separatorMark: '«{mark}»',
  oeMissing: 'Укажите операционные расходы, чтобы увидеть чистую прибыль.',
  problemsTitle: 'Исправьте исходные данные',
  problemsMore: 'и ещё {count}.',
  writeTitle: 'Отчёт',
  writeButton: 'Записать отчёт',
  refreshButton: 'Обновить отчёт',
  writing: 'Записываю отчёт…',
  writtenTitle: 'Отчёт записан',
  writeNoPlan: 'Таблица в нынешнем виде не даёт плана: смотрите предпросмотр выше.',
  writeRereads: 'Перед записью таблица и связанные ячейки читаются заново.',
  failedTitle: 'Отчёт не записан',
  blockedTitle: 'Ничего не записано',
  editedTitle: 'Отчёт изменён вручную',
  editedBody:
    'Лист «{sheet}» изменён после записи. Создать новый лист или заменить изменённый отчёт?',
  editedNewSheet: 'Создать новый лист',
  editedReplace: 'Заменить мой изменённый отчёт',
  cancel: 'Отмена',
  incompleteTitle: 'Найден недописанный отчёт',
  incompleteBody: 'Лист «{sheet}» остался записанным наполовину. Удалить его перед новой записью?',
  incompleteRemove: 'Удалить',
  incompleteRemoved: 'Недописанный лист удалён.',
  settingsFailed: 'Выбор столбцов не удалось сохранить в книге.',
  readFailedTitle: 'Не удалось прочитать книгу',
  ...recordTabsRu,
  ...bestPlanRu,
  ...resultLanguageRu,
};

export const dictionaries = { en, ru } as const;
export type Language = keyof typeof dictionaries;

/** Office display language → pane language: anything starting with "ru" is Russian. */
export function languageOf(displayLanguage: string): Language {
  return displayLanguage.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function stringsFor(displayLanguage: string): Strings {
  return dictionaries[languageOf(displayLanguage)];
}

/**
 * Replaces `{key}` by `values[key]`; unknown keys stay visible so a gap is noticed. A plural
 * `{key, one{строка} few{строки} many{строк} other{строки}}` takes the form Intl.PluralRules
 * gives for the number `values[key]` in `language` (English needs `one` and `other`). Numbers
 * are shown with `show` (the pane's grouping: "1,950 more products").
 */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number>>,
  language: Language = 'en',
  show: (value: number) => string = String
): string {
  return template
    .replace(PLURAL, (match, key: string, forms: string) => {
      const count = Number(values[key]);
      if (!(key in values) || !Number.isFinite(count)) return match;
      const form = pluralRules(language).select(count);
      return pluralForms(forms)[form] ?? pluralForms(forms).other ?? match;
    })
    .replace(/\{(\w+)\}/g, (match, key: string) => {
      const value = values[key];
      return value === undefined ? match : typeof value === 'number' ? show(value) : value;
    });
}

const PLURAL = /\{(\w+),\s*((?:\w+\{[^{}]*\}\s*)+)\}/g;

const rules = new Map<Language, Intl.PluralRules>();
function pluralRules(language: Language): Intl.PluralRules {
  let found = rules.get(language);
  if (found === undefined) {
    found = new Intl.PluralRules(language);
    rules.set(language, found);
  }
  return found;
}

/** `one{строка} few{строки}` → { one: 'строка', few: 'строки' }. */
export function pluralForms(forms: string): Readonly<Record<string, string>> {
  return Object.fromEntries([...forms.matchAll(/(\w+)\{([^{}]*)\}/g)].map((m) => [m[1], m[2]]));
}

/** Every plural block of a template: its key and forms (for the dictionary's own test). */
export function pluralBlocks(template: string): { key: string; forms: string[] }[] {
  return [...template.matchAll(PLURAL)].map((m) => ({
    key: m[1] as string,
    forms: Object.keys(pluralForms(m[2] as string)),
  }));
}
