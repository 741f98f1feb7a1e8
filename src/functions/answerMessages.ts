/**
 * Catalog part: the messages of single functions — an answer that does not exist (#N/A) or a
 * combination of arguments that makes no sense (#VALUE!). Russian terms as in the Russian help.
 */
import { russianArgument as ru } from './argumentNames';

type Hours = { readonly hours: number; readonly capacity: number };
type Needed = { readonly needed: number; readonly capacity: number };
type Months = { readonly months: number };
type Steady = { readonly steady: number };
type Gap = { readonly gap: number };
type Product = { readonly factors: readonly string[] };
type Partial = { readonly given: string; readonly missing: readonly string[] };

function andList(words: readonly string[]): string {
  return words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export const ANSWER_MESSAGES = {
  hoursTakeAllCapacity: {
    en: (p: Hours) => `hours: ${p.hours} takes away all of capacity (${p.capacity})`,
    ru: (p: Hours) => `${ru('hours')}: ${p.hours} забирает всю мощность (${p.capacity})`,
  },
  orderNeedsPlan: {
    en: (p: Partial) =>
      `${p.given} is given: give ${andList(p.missing)} too (the current plan needs all five)`,
    ru: (p: Partial) =>
      `задан аргумент ${ru(p.given)}: задайте и ${p.missing.map(ru).join(', ')} (текущему плану нужны все пять)`,
  },
  orderDoesNotFit: {
    en: (p: Needed) =>
      `the order needs ${p.needed} CCR hours, capacity is ${p.capacity}: it does not fit`,
    ru: (p: Needed) => `заказу нужно ${p.needed} ч РОМ, мощность ${p.capacity}: не помещается`,
  },
  noCustomers: {
    en: () => 'customerIds: no customer in the list',
    ru: () => `${ru('customerIds')}: в списке нет клиентов`,
  },
  noPurchases: {
    en: () => 'purchases: no customer with a purchase',
    ru: () => `${ru('purchases')}: нет клиентов с покупками`,
  },
  priceRaiseFromZero: {
    en: () => 'a price raise cannot lift a value of 0: add a step or sell more first',
    ru: () => 'повышение цены не поднимет нулевое значение: добавьте ступень или продавайте больше',
  },
  secondStepBoth: {
    en: () => 'give secondStepPrice or conversion, not both: the other is solved for',
    ru: () =>
      `задайте ${ru('secondStepPrice')} или ${ru('conversion')}, не оба: второе вычисляется`,
  },
  secondStepBelowGap: {
    en: (p: Gap) =>
      `secondStepPrice is below the LTV gap (${p.gap}): even 100 % conversion does not close it`,
    ru: (p: Gap) =>
      `${ru('secondStepPrice')} меньше недостающего LTV (${p.gap}): не хватит и 100 % конверсии`,
  },
  secondStepAddsNothing: {
    en: () => 'a second step at price 0 or taken by nobody adds nothing',
    ru: () => 'вторая ступень по цене 0 или без покупателей ничего не добавляет',
  },
  nothingReachesTarget: {
    en: (p: Product) => `${p.factors.join(' × ')} is 0: no number of them reaches the target`,
    ru: (p: Product) => `${p.factors.map(ru).join(' × ')} = 0: цель не достигается`,
  },
  paysBackAfterHorizon: {
    en: (p: Months) => `does not pay back within ${p.months} months: give a longer horizonMonths`,
    ru: (p: Months) => `не окупается за ${p.months} мес.: увеличьте ${ru('horizonMonths')}`,
  },
  neverPaysBack: {
    en: (p: Steady) => `never pays back: once both run, ΔT − ΔOE is ${p.steady} a month`,
    ru: (p: Steady) => `не окупается никогда: ΔT − ΔОЕ = ${p.steady} в месяц`,
  },
  cacNeverRecovered: {
    en: () => 'monthlyThroughputPerCustomer is 0: the CAC is never recovered',
    ru: () => `${ru('monthlyThroughputPerCustomer')} = 0: CAC не окупается`,
  },
  noThroughputShare: {
    en: () => 'throughputShare: no group earns throughput, so no revenue reaches the plan',
    ru: () => `${ru('throughputShare')}: ни одна группа не даёт прохода, план недостижим`,
  },
  topStep: {
    en: () => 'achievedT is already on the top step',
    ru: () => `${ru('achievedT')}: уже верхняя ступень`,
  },
};
