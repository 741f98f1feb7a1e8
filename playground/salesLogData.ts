/**
 * The salon's sales log for January and February 2026: what the example sheet "Sales" («Продажи»)
 * holds. Deterministic (no randomness), so the browser tests know every figure.
 *
 * The masters' 100 hours: January uses 74 of them; February fills them — 50 classic haircuts
 * (50 h), 12 "Gold Star" (36 h), 28 beard trims (14 h) — while the plan would have done 40 beard
 * trims first (1,200 an hour) and more classic haircuts (1,020) than "Gold Star" (840).
 */
import { serialOfDate } from '../src/core/fact';
import { SALON } from './exampleWorkbook';
import type { Language } from './univerHost';

export type LoggedSale = {
  readonly date: number;
  readonly product: string;
  readonly quantity: number;
  readonly amount: number;
  readonly master: string;
  readonly client: string;
};

const MASTERS: Readonly<Record<Language, readonly [string, string]>> = {
  en: ['Anna', 'Boris'],
  ru: ['Анна', 'Борис'],
};

/** Regulars (come every month), January-only clients, and February's newcomers. */
const CLIENTS: Readonly<
  Record<Language, Readonly<Record<'regular' | 'january' | 'newcomer', readonly string[]>>>
> = {
  en: {
    regular: ['Olga', 'Ivan', 'Maria', 'Petr', 'Nina'],
    january: [
      'Sergey',
      'Elena',
      'Oleg',
      'Irina',
      'Pavel',
      'Tatiana',
      'Dmitry',
      'Anastasia',
      'Yuri',
    ],
    newcomer: [
      'Alexei',
      'Svetlana',
      'Mikhail',
      'Natalia',
      'Andrei',
      'Ekaterina',
      'Viktor',
      'Yulia',
    ],
  },
  ru: {
    regular: ['Ольга', 'Иван', 'Мария', 'Пётр', 'Нина'],
    january: [
      'Сергей',
      'Елена',
      'Олег',
      'Ирина',
      'Павел',
      'Татьяна',
      'Дмитрий',
      'Анастасия',
      'Юрий',
    ],
    newcomer: ['Алексей', 'Светлана', 'Михаил', 'Наталья', 'Андрей', 'Екатерина', 'Виктор', 'Юлия'],
  },
};

/** Services done in a month: [product row of the salon table, count, master of the k-th]. */
type Plan = readonly (readonly [product: number, count: number, master: (k: number) => 0 | 1])[];

const JANUARY: Plan = [
  [0, 40, (k) => (k % 2 === 0 ? 0 : 1)],
  [1, 8, (k) => (k % 4 === 0 ? 0 : 1)],
  [2, 20, () => 1],
  [3, 18, () => 0],
];

const FEBRUARY: Plan = [
  [0, 50, (k) => (k % 5 < 3 ? 0 : 1)],
  [1, 12, (k) => (k % 3 === 0 ? 0 : 1)],
  [2, 28, () => 1],
  [3, 25, () => 0],
];

// Every tenth classic haircut gets 10 % off.
const DISCOUNT = 0.1;

function month(plan: Plan, monthNumber: number, language: Language): LoggedSale[] {
  const sales: LoggedSale[] = [];
  for (const [product, count, master] of plan) {
    const [names, price] = SALON.rows[product] as (typeof SALON.rows)[number];
    for (let k = 0; k < count; k++) {
      const discounted = product === 0 && k % 10 === 9;
      sales.push({
        date: serialOfDate(2026, monthNumber, 1 + ((k * 7 + product * 3) % 28)),
        product: names[language],
        quantity: 1,
        amount: discounted ? price * (1 - DISCOUNT) : price,
        master: (MASTERS[language] as readonly string[])[master(k)] as string,
        client: '',
      });
    }
  }
  // A log is kept in the order things happened.
  return sales.sort((a, b) => a.date - b.date);
}

/**
 * The log, in date order, each sale with a client: regulars every month (loyal by the end of
 * February), half of January's sales to clients who do not come back (at risk), one in eight of
 * February's to newcomers.
 */
export function salesLog(language: Language): LoggedSale[] {
  const clients = CLIENTS[language];
  const pick = (pool: readonly string[], k: number) => pool[k % pool.length] as string;
  const january = month(JANUARY, 1, language).map((sale, r) => ({
    ...sale,
    client: r % 2 === 0 ? pick(clients.january, r / 2) : pick(clients.regular, r),
  }));
  const february = month(FEBRUARY, 2, language).map((sale, r) => ({
    ...sale,
    client: r % 8 === 0 ? pick(clients.newcomer, r / 8) : pick(clients.regular, r),
  }));
  return [...january, ...february];
}
