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
    'апз',
    'материалы',
  ],
  demand: ['demand', 'forecast', 'demand forecast', 'спрос', 'прогноз', 'прогноз спроса'],
  minimum: ['minimum', 'min quantity', 'minimum quantity', 'минимум', 'минимальное количество'],
};
/**
 * Cost price is a trap in throughput accounting: it carries allocated costs (rent, salaries).
 * Such a column is taken as TVC only when nothing better is there, and the pane asks to confirm.
 */
export const DOUBTFUL_TVC = [
  'себестоимость',
  'себестоимость единицы',
  'себестоимость ед.',
  'cost',
  'unit cost',
  'cost price',
  'cogs',
];

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

/** Plain time headers that name their resource: "CCR time" is the time of the CCR, «РОМ». */
export const NAMED_TIME_WORDS: Readonly<Record<string, string>> = {
  'ccr time': 'CCR',
  'время ром': 'РОМ',
  'время на ром': 'РОМ',
};

export const TIME_PREFIX = /^(time|minutes|hours|время|минуты|часы)\s*[:—–-]\s*(.+)$/;

/**
 * Time headers the add-in itself writes (its report, its labels), read back with the resource
 * they name: "Master time per unit", «Время ресурса «Мастер» на ед.», "Time on Master",
 * «Время на ресурсе «Мастер»». Matched on the header as normalized (lower case, no unit).
 */
export const TIME_PATTERNS: readonly RegExp[] = [
  /^(.+) time per unit$/,
  /^time on (.+)$/,
  /^время ресурса «(.+)» на ед\.?$/,
  /^время на ресурсе «(.+)»$/,
];
