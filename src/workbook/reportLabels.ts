/** The words written into the report sheet, in English and Russian (same keys). */
export type ReportLanguage = 'en' | 'ru';

const en = {
  sheetName: 'TA Report',
  title: 'Product mix by throughput per hour of {resource}',
  titleNoResource: 'Product mix by throughput per unit',
  rank: 'Rank',
  product: 'Product',
  price: 'Price',
  tvc: 'TVC',
  throughput: 'T per unit',
  ccrTime: '{resource} time per unit, {unit}',
  rate: 'T per {resource} hour',
  demand: 'Demand',
  minimum: 'Minimum',
  quantity: 'Planned quantity',
  timeUsed: '{resource} time used, {unit}',
  load: 'Cumulative {resource} load',
  rowThroughput: 'T of the row',
  noTime: 'no {resource} time',
  unlimited: 'unlimited',
  summary: 'Summary',
  totalThroughput: 'Throughput ΣT',
  operatingExpense: 'Operating expense OE',
  netProfit: 'Net profit NP = ΣT − OE',
  toBreakEven: 'T still needed to break even',
  requiredThroughput: 'Required T = OE + target profit',
  gapToTarget: 'ΣT − required T',
  lostToMinimums: 'T lost to minimum quantities',
  notComputed: 'not computed',
  capacity: '{resource}: capacity, {unit}',
  used: '{resource}: used, {unit}',
  left: '{resource}: left, {unit}',
  loadTotal: '{resource}: load',
  date: 'Built on',
  source: 'Source table',
  chart: 'T per {resource} hour (bars) and cumulative load (line)',
  hours: 'h',
  minutes: 'min',
};

const ru: typeof en = {
  sheetName: 'Отчёт ТА',
  title: 'Ассортимент по проходу на час ресурса «{resource}»',
  titleNoResource: 'Ассортимент по проходу на единицу',
  rank: 'Место',
  product: 'Товар',
  price: 'Цена',
  tvc: 'АПЗ',
  throughput: 'Проход на ед.',
  ccrTime: 'Время «{resource}» на ед., {unit}',
  rate: 'Проход на час «{resource}»',
  demand: 'Спрос',
  minimum: 'Минимум',
  quantity: 'План, шт.',
  timeUsed: 'Время «{resource}» в плане, {unit}',
  load: 'Накопленная загрузка «{resource}»',
  rowThroughput: 'Проход строки',
  noTime: 'не занимает «{resource}»',
  unlimited: 'без ограничения',
  summary: 'Итоги',
  totalThroughput: 'Проход ΣT',
  operatingExpense: 'Операционные расходы OE',
  netProfit: 'Чистая прибыль NP = ΣT − OE',
  toBreakEven: 'Не хватает прохода до безубыточности',
  requiredThroughput: 'Нужный проход = OE + желаемая прибыль',
  gapToTarget: 'ΣT − нужный проход',
  lostToMinimums: 'Проход, потерянный из-за минимумов',
  notComputed: 'не рассчитано',
  capacity: '«{resource}»: мощность, {unit}',
  used: '«{resource}»: занято, {unit}',
  left: '«{resource}»: осталось, {unit}',
  loadTotal: '«{resource}»: загрузка',
  date: 'Построен',
  source: 'Исходная таблица',
  chart: 'Проход на час «{resource}» (столбцы) и накопленная загрузка (линия)',
  hours: 'ч',
  minutes: 'мин',
};

export type ReportLabels = typeof en;

export function reportLabels(language: ReportLanguage): ReportLabels {
  return language === 'ru' ? ru : en;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
