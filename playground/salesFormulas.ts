/**
 * The formulas of the example sheet "Sales" («Продажи»): each plan-against-fact function on the
 * salon's log, with a title and column headers above it (the functions return numbers only),
 * reading the products, the capacity, OE and the plan (TA.MIX) from the Salon sheet.
 */
import { SALON, layoutOf } from './exampleWorkbook';
import type { Language } from './univerHost';

type Words = Readonly<Record<Language, string>>;
type Labels = Readonly<Record<Language, readonly string[]>>;

/** Ranges of the log on the Sales sheet and of the products on the Salon sheet. */
export type Refs = {
  readonly log: Readonly<
    Record<'date' | 'product' | 'qty' | 'amount' | 'master' | 'client', string>
  >;
  readonly salon: Readonly<
    Record<'name' | 'price' | 'tvc' | 'time' | 'demand' | 'plan' | 'capacity' | 'oe', string>
  >;
};

export type Block = {
  /** A1 cell of the title; the headers go under it, the formula under them. */
  readonly at: string;
  readonly title: Words;
  readonly headers: Labels;
  readonly formula: (refs: Refs) => string;
  /** Number format of each spilled column. */
  readonly formats: readonly string[];
};

export const MONEY = '#,##0';
const MONTH = 'yyyy-mm';

/** The bonus ladder beside the formulas (N32:O34 under its header): T from → bonus. */
export const LADDER: readonly (readonly [number, number])[] = [
  [0, 0],
  [40000, 4000],
  [55000, 8000],
];
export const LADDER_AT = 'N31';

export const BLOCKS: readonly Block[] = [
  {
    at: 'H1',
    title: {
      en: 'T by month and master — TA.FACTT',
      ru: 'Проход по месяцам и мастерам — TA.ПРОХОД.ФАКТ',
    },
    headers: {
      en: ['Month', 'Master', 'Revenue', 'T'],
      ru: ['Месяц', 'Мастер', 'Выручка', 'Проход'],
    },
    formula: ({ log, salon }) =>
      `=TA.FACTT(${log.date},${log.product},${log.qty},${log.amount},${salon.name},${salon.tvc},${log.master})`,
    formats: [MONTH, '@', MONEY, MONEY],
  },
  {
    at: 'H8',
    title: { en: 'Master hours used — TA.FACTCCR', ru: 'Часы мастеров — TA.ЗАГРУЗКА.РОМ.ФАКТ' },
    headers: {
      en: ['Month', 'Hours used', 'Capacity', 'Utilisation'],
      ru: ['Месяц', 'Занято, ч', 'Мощность, ч', 'Загрузка'],
    },
    formula: ({ log, salon }) =>
      `=TA.FACTCCR(${log.date},${log.product},${log.qty},${salon.name},${salon.time},${salon.capacity})`,
    formats: [MONTH, '0.0', '0.0', '0.0%'],
  },
  {
    at: 'H13',
    title: {
      en: 'T lost to the mix — TA.LOSTTOMIX',
      ru: 'Проход, потерянный из-за ассортимента — TA.ПРОХОД.ПОТЕРИ_АССОРТИМЕНТА',
    },
    headers: {
      en: ['Month', 'Hours used', 'T down the ranking', 'T of the mix sold', 'T lost'],
      ru: ['Месяц', 'Занято, ч', 'Проход по ранжированию', 'Проход проданного', 'Потеряно'],
    },
    formula: ({ log, salon }) =>
      `=TA.LOSTTOMIX(${log.date},${log.product},${log.qty},${salon.name},${salon.price},${salon.tvc},${salon.time},${salon.demand})`,
    formats: [MONTH, '0.0', MONEY, MONEY, MONEY],
  },
  {
    at: 'H18',
    title: {
      en: 'Net profit by month — TA.FACTNP',
      ru: 'Чистая прибыль по месяцам — TA.ПРИБЫЛЬ.ФАКТ',
    },
    headers: { en: ['Month', 'T', 'OE', 'NP'], ru: ['Месяц', 'Проход', 'ОЕ', 'ЧП'] },
    formula: ({ log, salon }) =>
      `=TA.FACTNP(${log.date},${log.product},${log.qty},${log.amount},${salon.name},${salon.tvc},${salon.oe})`,
    formats: [MONTH, MONEY, MONEY, MONEY],
  },
  {
    at: 'H23',
    title: {
      en: 'February against the plan (Salon, column K), in the Salon table’s order — TA.PLANFACT',
      ru: 'Февраль против плана (Салон, столбец K), в порядке таблицы Салона — TA.ПЛАН.ФАКТ',
    },
    headers: {
      en: ['Planned', 'Sold', 'Planned T', 'Actual T', 'Difference'],
      ru: ['План', 'Продано', 'Проход по плану', 'Проход факт', 'Разница'],
    },
    formula: ({ log, salon }) =>
      `=TA.PLANFACT(${log.date},${log.product},${log.qty},${log.amount},${salon.name},${salon.price},${salon.tvc},${salon.plan},DATE(2026,2,1),DATE(2026,2,28))`,
    formats: ['0', '0', MONEY, MONEY, MONEY],
  },
  {
    at: 'H30',
    title: {
      en: 'Bonuses on the ladder in N31:O34 — TA.FACTBONUS',
      ru: 'Бонусы по лесенке N31:O34 — TA.БОНУС.ФАКТ',
    },
    headers: {
      en: ['Month', 'Master', 'T', 'Bonus', 'To next step'],
      ru: ['Месяц', 'Мастер', 'Проход', 'Бонус', 'До ступени'],
    },
    formula: ({ log, salon }) =>
      `=TA.FACTBONUS(${log.date},${log.product},${log.qty},${log.amount},${log.master},${salon.name},${salon.tvc},N32:N34,O32:O34)`,
    formats: [MONTH, '@', MONEY, MONEY, MONEY],
  },
  {
    at: 'H37',
    title: {
      en: 'One log, every analysis: RFM on 2026-02-28 — TA.RFMLIST',
      ru: 'Один журнал — все анализы: RFM на 28.02.2026 — TA.СЕГМЕНТ.СПИСОК',
    },
    headers: {
      en: ['Client', 'Purchases', 'Days since', 'Segment'],
      ru: ['Клиент', 'Покупок', 'Дней с покупки', 'Сегмент'],
    },
    formula: ({ log }) => `=TA.RFMLIST(${log.client},${log.date},DATE(2026,2,28))`,
    formats: ['@', '0', '0', '@'],
  },
];

/** The LTV of the log's clients, in revenue and in throughput: label cell, label, formula. */
export const LTV_CELLS: readonly (readonly [string, Words, (refs: Refs) => string])[] = [
  [
    'N37',
    { en: 'LTV — TA.LTVLIST', ru: 'LTV — TA.ЛТВ.СПИСОК' },
    ({ log }) => `=TA.LTVLIST(${log.client},${log.amount})`,
  ],
  [
    'N39',
    {
      en: 'LTV in T — TA.LTVLIST of TA.SALET',
      ru: 'LTV в проходе — TA.ЛТВ.СПИСОК от TA.ПРОХОД.ПРОДАЖИ',
    },
    ({ log, salon }) =>
      `=TA.LTVLIST(${log.client},TA.SALET(${log.product},${log.qty},${log.amount},${salon.name},${salon.tvc}))`,
  ],
];

/** The ranges, for a log of `rows` sales under its header row. */
export function refsOf(language: Language, rows: number): Refs {
  const column = (letter: string) => `${letter}2:${letter}${rows + 1}`;
  const { firstDataRow, lastDataRow, capacityCell, oeCell } = layoutOf(SALON);
  const sheet = `'${SALON.sheetName[language]}'`;
  const salon = (letter: string) => `${sheet}!${letter}${firstDataRow}:${letter}${lastDataRow}`;
  return {
    log: {
      date: column('A'),
      product: column('B'),
      qty: column('C'),
      amount: column('D'),
      master: column('E'),
      client: column('F'),
    },
    salon: {
      name: salon('A'),
      price: salon('B'),
      tvc: salon('C'),
      time: salon('D'),
      demand: salon('E'),
      plan: salon('K'),
      capacity: `${sheet}!${capacityCell}`,
      oe: `${sheet}!${oeCell}`,
    },
  };
}
