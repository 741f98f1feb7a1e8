/**
 * Header words of each field, in English and Russian, as they read after normalizeHeader
 * (lower case, `ё`→`е`, no unit suffix). Add words here, never guesses.
 */
import type { MappedField } from './columnMapping';

export const SYNONYMS: Readonly<Record<MappedField, readonly string[]>> = {
  name: [
    'name',
    'product',
    'product name',
    'service',
    'item',
    'товар',
    'услуга',
    'наименование',
    'название',
    'продукт',
  ],
  price: ['price', 'unit price', 'selling price', 'цена', 'цена продажи'],
  tvc: [
    'tvc',
    'totally variable cost',
    'totally variable costs',
    'variable cost',
    'variable costs',
    'materials',
    'переменные затраты',
    'абсолютно переменные затраты',
    'себестоимость',
    'материалы',
  ],
  demand: ['demand', 'forecast', 'demand forecast', 'спрос', 'прогноз', 'прогноз спроса'],
  minimum: ['minimum', 'min quantity', 'minimum quantity', 'минимум', 'минимальное количество'],
};
export const TIME_WORDS = [
  'time',
  'ccr time',
  'time on the constraint',
  'constraint time',
  'minutes',
  'hours',
  'время',
  'время на ограничении',
  'минуты',
  'часы',
];
export const TIME_PREFIX = /^(time|minutes|hours|время|минуты|часы)\s*[:—–-]\s*(.+)$/;
