/**
 * The naming rules of localized custom-function names (learn.microsoft.com, "Custom functions
 * naming"): letters, `_` and `.`, starting with a letter, at least 3 characters, not a cell
 * reference, not the name of a built-in Excel function in any language.
 */

/**
 * Built-in functions whose names are close to this add-in's vocabulary, in Russian and English
 * Excel. Not every built-in: the ones a throughput or finance name could plausibly collide with.
 */
const BUILT_IN = new Set([
  // Russian Excel
  'ДОХОД',
  'РАНГ',
  'РАНГ.РВ',
  'РАНГ.СР',
  'СУММ',
  'СУММПРОИЗВ',
  'ПРОЦЕНТРАНГ',
  'ПРОЦЕНТИЛЬ',
  'ЧПС',
  'ЧИСТНЗ',
  'ЧИСТВНДОХ',
  'ВСД',
  'МВСД',
  'БС',
  'ПС',
  'ПЛТ',
  'ОСПЛТ',
  'ПРПЛТ',
  'СТАВКА',
  'КПЕР',
  'ЗНАЧЕН',
  'ИТОГ',
  'ПРОМЕЖУТОЧНЫЕ.ИТОГИ',
  'ОКРУГЛ',
  'ОКРУГЛВВЕРХ',
  'СЧЁТ',
  'СЧЕТ',
  'ЕСЛИ',
  'МАКС',
  'МИН',
  'СРЗНАЧ',
  'ПРОГНОЗ',
  'ТЕНДЕНЦИЯ',
  'РОСТ',
  'ЧАС',
  'ВРЕМЯ',
  'ДАТА',
  'ИНДЕКС',
  'ПОИСК',
  'ВЫБОР',
  'ЦЕНА',
  'ЦЕНАПОГАШ',
  'ЦЕНАСКИДКА',
  'СКИДКА',
  'ПОЛУЧЕНО',
  'ТАБЛИЦА',
  'ПРОСМОТР',
  // English Excel
  'RANK',
  'RANK.EQ',
  'RANK.AVG',
  'SUM',
  'SUMPRODUCT',
  'NPV',
  'XNPV',
  'IRR',
  'XIRR',
  'MIRR',
  'FV',
  'PV',
  'PMT',
  'RATE',
  'NPER',
  'YIELD',
  'PRICE',
  'RECEIVED',
  'DISC',
  'VALUE',
  'TABLE',
  'FORECAST',
  'TREND',
  'GROWTH',
  'HOUR',
  'TIME',
  'INDEX',
  'CHOOSE',
  'LOOKUP',
  'ROUND',
  'MAX',
  'MIN',
]);

/**
 * What breaks the naming rules in `name`; empty when it is fine. Parameter names follow the same
 * character rules, but may repeat a built-in's name (a parameter called «цена» is fine).
 */
export function nameProblems(name: string, kind: 'function' | 'parameter' = 'function'): string[] {
  const problems: string[] = [];
  if (!/^\p{L}[\p{L}_.]*$/u.test(name)) {
    problems.push(`${name}: only letters, "_" and "." are allowed, starting with a letter`);
  }
  if ([...name].length < 3) problems.push(`${name}: at least 3 characters`);
  // A1 or R1C1 style references; letters-only names cannot be one, but keep the rule explicit.
  if (/^[A-Z]{1,3}\d+$/i.test(name) || /^R\d*C\d*$/i.test(name)) {
    problems.push(`${name}: looks like a cell reference`);
  }
  if (kind === 'function' && BUILT_IN.has(name.toUpperCase()))
    problems.push(`${name}: a built-in Excel function has this name`);
  return problems;
}
