/**
 * Catalog part: the messages of the plan-against-fact functions (a sales log, its dates and
 * products, the period). Russian terms as in their Russian help: журнал продаж, товар/услуга.
 */
import { russianArgument as ru } from './argumentNames';
import { placeEn, placeRu, type Place } from './inputMessages';

type Text = { readonly text: string };
type Named = Place & { readonly name: string };

const MAX_QUOTED = 40;

function quote(text: string): string {
  return `'${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text}'`;
}

export const FACT_MESSAGES = {
  textNotDate: {
    en: (p: Place & Text) =>
      `${placeEn(p)}: text ${quote(p.text)} is not a date; give a date cell or text as 2026-03-31`,
    ru: (p: Place & Text) =>
      `${placeRu(p)}: текст ${quote(p.text)} — не дата; нужна ячейка с датой или текст вида 2026-03-31`,
  },
  notDate: {
    en: (p: Place) => `${placeEn(p)}: not a date (1900-01-01 … 9999-12-31)`,
    ru: (p: Place) => `${placeRu(p)}: не дата (1900-01-01 … 9999-12-31)`,
  },
  noDate: {
    en: (p: Place) => `${placeEn(p)}: the date is blank`,
    ru: (p: Place) => `${placeRu(p)}: не указана дата`,
  },
  blankProduct: {
    en: (p: Place) => `${placeEn(p)}: a sale with no product`,
    ru: (p: Place) => `${placeRu(p)}: продажа без товара или услуги`,
  },
  unknownProduct: {
    en: (p: Named) => `${placeEn(p)}: ${quote(p.name)} is not in names (the products table)`,
    ru: (p: Named) => `${placeRu(p)}: ${quote(p.name)} нет в таблице товаров (${ru('names')})`,
  },
  duplicateName: {
    en: (p: Named & { readonly firstRow: number }) =>
      `${placeEn(p)}: ${quote(p.name)} is also on row ${p.firstRow}; a sale could not tell them apart`,
    ru: (p: Named & { readonly firstRow: number }) =>
      `${placeRu(p)}: ${quote(p.name)} уже есть в строке ${p.firstRow}; продажи не различат их`,
  },
  blankName: {
    en: (p: Place) => `${placeEn(p)}: a product with no name`,
    ru: (p: Place) => `${placeRu(p)}: товар без названия`,
  },
  toDateBeforeFromDate: {
    en: () => 'toDate is before fromDate',
    ru: () => `${ru('toDate')} раньше, чем ${ru('fromDate')}`,
  },
  badPeriod: {
    en: (p: Text) =>
      `period: ${quote(p.text)} is not a period; give month, quarter, year, week or day`,
    ru: (p: Text) =>
      `${ru('period')}: ${quote(p.text)} — не период; укажите месяц, квартал, год, неделя или день`,
  },
  noSales: {
    en: () => 'saleDates: no sale in the log',
    ru: () => `${ru('saleDates')}: в журнале нет продаж`,
  },
  noSellers: {
    en: () => 'sellers: no sale names a seller',
    ru: () => `${ru('sellers')}: ни у одной продажи не указан продавец`,
  },
};
