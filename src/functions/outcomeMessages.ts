/**
 * Catalog part: the messages about what the engine found (mixOutcome.ts, decisionOutcome.ts,
 * TA.OPTIMALMIX) and the #N/A answers of single functions. Russian terms as in the Russian help:
 * проход, РОМ, ОЕ, мощность.
 */
import { russianArgument as ru } from './argumentNames';
import { placeEn, placeRu, type Place } from './inputMessages';

type Num = { readonly value: number };
type Shortfall = {
  readonly required: string;
  readonly capacity: string;
  readonly short: string;
  readonly capacityArgument: string;
  readonly minimumArgument: string;
};
type ResourceShortfall = Omit<Shortfall, 'capacityArgument' | 'minimumArgument'> & {
  /** The resource's name, or `null` when resourceNames gave none. */
  readonly resource: string | null;
  /** Its 1-based column in usage and capacity. */
  readonly column: number;
};

export const OUTCOME_MESSAGES = {
  negative: {
    en: (p: Place) => `${placeEn(p)}: negative; it must be ≥ 0`,
    ru: (p: Place) => `${placeRu(p)}: отрицательное; нужно ≥ 0`,
  },
  notPositive: {
    en: (p: Place) => `${placeEn(p)} must be > 0`,
    ru: (p: Place) => `${placeRu(p)}: нужно > 0`,
  },
  minimumAboveDemand: {
    en: (p: Place & { demand: string }) =>
      `${placeEn(p)}: the minimum is above the demand (${p.demand})`,
    ru: (p: Place & { demand: string }) => `${placeRu(p)}: минимум больше спроса (${ru(p.demand)})`,
  },
  notFiniteNumber: {
    en: (p: Place) => `${p.argument} is not a finite number`,
    ru: (p: Place) => `${ru(p.argument)}: не конечное число`,
  },
  noProducts: {
    en: () => 'no products: the ranges are empty',
    ru: () => 'нет продуктов: диапазоны пусты',
  },
  invalidInput: { en: () => 'invalid input', ru: () => 'неверные данные' },
  andMore: {
    en: (p: { count: number }) => ` (and ${p.count} more)`,
    ru: (p: { count: number }) => ` (и ещё ${p.count})`,
  },
  minimumsDoNotFit: {
    en: (p: Shortfall) =>
      `the minimums need ${p.required} of the CCR (${p.capacityArgument} is ${p.capacity}): short by ${p.short}; lower ${p.minimumArgument} or raise ${p.capacityArgument}`,
    ru: (p: Shortfall) =>
      `минимумам нужно ${p.required} времени РОМ (${ru(p.capacityArgument)} = ${p.capacity}): не хватает ${p.short}; уменьшите ${ru(p.minimumArgument)} или увеличьте ${ru(p.capacityArgument)}`,
  },
  minimumsDoNotFitResource: {
    en: (p: ResourceShortfall) =>
      `the minimums need ${p.required} of ${p.resource ?? `resource ${p.column}`} (capacity, column ${p.column}, is ${p.capacity}): short by ${p.short}; lower minimum or raise capacity`,
    ru: (p: ResourceShortfall) =>
      `минимумам нужно ${p.required} ресурса ${p.resource ?? p.column} (мощность, столбец ${p.column} = ${p.capacity}): не хватает ${p.short}; уменьшите минимум или увеличьте мощность`,
  },
  unbounded: {
    en: (p: Place) =>
      `${placeEn(p)}: the product earns, takes no CCR time and has no demand limit, so the plan has no limit`,
    ru: (p: Place) =>
      `${placeRu(p)}: продукт приносит проход, не занимает РОМ и не ограничен спросом — у плана нет предела`,
  },
  cancelled: { en: () => 'the solve was cancelled', ru: () => 'расчёт отменён' },
  solverFailedOn: {
    en: (p: Place & { shown: string }) =>
      `${placeEn(p)}: ${p.shown} is too large for the exact solver beside the other numbers; use a larger unit (hours, thousands) so the numbers are closer in size`,
    ru: (p: Place & { shown: string }) =>
      `${placeRu(p)}: ${p.shown} слишком велико для точного расчёта рядом с остальными числами; возьмите единицы крупнее (часы, тысячи), чтобы числа были ближе по величине`,
  },
  solverFailed: {
    en: () => 'the exact solver could not solve this problem; check usage and capacity',
    ru: () => `точный расчёт не удался; проверьте ${ru('usage')} и ${ru('capacity')}`,
  },
  notShare: {
    en: (p: Place) => `${placeEn(p)}: expected a share from 0 to 1 (0 % … 100 %)`,
    ru: (p: Place) => `${placeRu(p)}: нужна доля от 0 до 1 (0 % … 100 %)`,
  },
  notWhole: {
    en: (p: Place) => `${placeEn(p)}: expected a whole number`,
    ru: (p: Place) => `${placeRu(p)}: нужно целое число`,
  },
  blankId: {
    en: (p: Place) => `${placeEn(p)}: an amount without a customer id`,
    ru: (p: Place) => `${placeRu(p)}: сумма без кода клиента`,
  },
  sizesDiffer: {
    en: (p: Place) => `${placeEn(p)}: give ranges of the same size`,
    ru: (p: Place) => `${placeRu(p)}: нужны диапазоны одного размера`,
  },
  noValues: {
    en: (p: Place) => `${placeEn(p)}: no values given`,
    ru: (p: Place) => `${placeRu(p)}: значения не заданы`,
  },
  duplicate: {
    en: (p: Place) => `${placeEn(p)}: the same value appears on an earlier row`,
    ru: (p: Place) => `${placeRu(p)}: то же значение уже есть выше`,
  },
  outOfOrder: {
    en: (p: Place) => `${placeEn(p)}: out of order with the other thresholds`,
    ru: (p: Place) => `${placeRu(p)}: нарушен порядок порогов`,
  },
  tooLarge: {
    en: (p: Place) => `${placeEn(p)}: too large`,
    ru: (p: Place) => `${placeRu(p)}: слишком большое`,
  },
  mustBeAtLeast: {
    en: (p: Place & { other: string }) => `${placeEn(p)}: must be ≥ ${p.other}`,
    ru: (p: Place & { other: string }) => `${placeRu(p)}: нужно ≥ ${ru(p.other)}`,
  },
  mustBeAbove: {
    en: (p: Place & { other: string }) => `${placeEn(p)}: must be > ${p.other}`,
    ru: (p: Place & { other: string }) => `${placeRu(p)}: нужно > ${ru(p.other)}`,
  },
  horizonTooLong: {
    en: (p: Place) => `${placeEn(p)}: at most 1200 months`,
    ru: (p: Place) => `${placeRu(p)}: не больше 1200 месяцев`,
  },
  moreClientsThanLeads: {
    en: (p: Place) => `${placeEn(p)}: more clients than leads`,
    ru: (p: Place) => `${placeRu(p)}: клиентов больше, чем лидов`,
  },
  purchaseAfterDate: {
    en: (p: Place) => `${placeEn(p)}: a purchase after asOfDate`,
    ru: (p: Place) => `${placeRu(p)}: покупка позже даты ${ru('asOfDate')}`,
  },
  noResource: {
    en: () => 'no CCR to value: give ccrTime and capacity',
    ru: () => `нет РОМ для оценки: задайте ${ru('ccrTime')} и ${ru('capacity')}`,
  },
  breakEvenNeverCovers: {
    en: (p: Num) =>
      `throughputPerUnit is ${p.value}: each unit loses money, so sales never cover operatingExpense`,
    ru: (p: Num) =>
      `${ru('throughputPerUnit')} = ${p.value}: каждая единица убыточна, продажи не покроют операционные расходы`,
  },
};
