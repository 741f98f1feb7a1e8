import type { enPlan } from './enPlan';

/** What `ta` says about a plan, or why there is none, in Russian (terms as in the task pane). */
export const ruPlan: typeof enPlan = {
  issueNumber: (at) => `${at}: ожидается конечное число ≥ 0`,
  issueNoWholeUnits: (at) => `${at}: между минимумом и спросом нет ни одного целого числа единиц`,
  issueMinimumAboveDemand: (at) => `${at}: больше спроса`,
  issueCapacity: (at) => `${at}: ожидается число > 0`,
  issueOperatingExpense: 'operatingExpense: ожидается конечное число ≥ 0',
  issueNoProducts: 'products: список пуст',
  invalidInput: 'неверные исходные данные',
  infeasible: (need, resource, has, short) =>
    `одни минимальные количества требуют ${need} ресурса ${resource}, а у него ${has} (не хватает ${short})`,
  unbounded: (product, index) =>
    `${product} (products[${index}]) приносит проход, спрос не ограничен и ресурс не нужен: укажите спрос или время на ресурсе`,
  overflow: 'итог слишком велик для расчёта (больше 1e308): проверьте крайние числа в файле',
  cancelled: 'точный расчёт остановлен, не закончившись',

  severalOverloadedGreedy: (names) =>
    `перегружено несколько ресурсов (${names}): ранжирование по одному из них может дать не лучший план; лучший найдёт --method optimal`,
  severalOverloadedOptimal: (names) =>
    `перегружено несколько ресурсов (${names}): точный план учитывает их все`,
  demandBinds:
    'ни один ресурс не перегружен: ограничивает спрос (рынок), каждый доходный продукт планируется по спросу',
  losesMoney: (names) => `убыток на каждой единице (цена ниже АПЗ): ${names}`,
  duplicateNames: (names) =>
    `у нескольких продуктов одно имя (строки считаются отдельно): ${names}`,

  constraint: (name) => `Ограничение: ${name}.`,
  noConstraint: 'Ограничения нет, ограничивает спрос.',
  rankedByUnit: 'Ранжирование по проходу на единицу продукта (в файле нет ресурсов).',
  rankedBy: (unit, name) => `Ранжирование по проходу за ${unit} ресурса ${name}`,
  rankedByConstraint: ' — это ограничение (РОМ).',
  rankedByBusiest:
    ' — самый загруженный ресурс: ни один не перегружен, ограничивает спрос (рынок).',
  rankedByChoice: (constraint) => ` (выбран в --rank-by; ограничение — ${constraint}).`,
  wholeUnits: 'Количества в целых единицах.',
  fractionalUnits: 'Количества дробные (--fractional).',
  rank: '№',
  product: 'Продукт',
  tPerUnit: 'Проход на ед.',
  tPerTime: (unit, name) => `Проход за ${unit} ${name}`,
  quantity: 'Кол-во',
  t: 'Проход',
  loadOf: (name) => `Загрузка ${name}`,
  noTime: 'нет времени',
  unboundedLoad: 'без предела',
  throughput: 'Проход ΣT',
  operatingExpense: 'Операционные расходы ОЕ',
  notGiven: 'не указаны',
  netProfit: 'Чистая прибыль ЧП = ΣT − ОЕ',
  notComputed: 'не рассчитана (в файле нет ОЕ)',
  lostToMinimums: 'Проход, потерянный из-за минимумов',
  resources: 'Ресурсы:',
  resourceLine: (name, used, capacity, load, full) =>
    `  ${name}: занято ${used} из ${capacity} (${load}); при полном спросе ${full}`,
  overloaded: ', перегружен',
  warning: (message) => `Внимание: ${message}`,
  noPlan: (message) => `Плана нет: ${message}.`,

  rankingPlan: 'План ранжир.',
  reasons: {
    severalBinding: 'ограничивают несколько ресурсов, и одно ранжирование не учитывает их все',
    wholeUnits: 'в целых единицах другое сочетание занимает время, которое ранжирование оставляет',
    otherConstraint: 'ограничивает один ресурс, но не тот, по которому ранжировали',
  },
  statuses: {
    planned: 'план',
    optimal: 'доказанно лучший план',
    feasible: 'лучший найденный план в целых единицах',
    timeLimit: 'лучший план, найденный до истечения времени',
  },
  gap: (gap) => ` (хуже лучшего не более чем на ${gap})`,
  earnsMore: (difference, greedy, reason) =>
    `даёт на ${difference} больше плана ранжирования (${greedy})${reason === '' ? '' : `: ${reason}`}`,
  earnsAsMuch: (greedy) => `даёт столько же, сколько план ранжирования (${greedy})`,
  method: (status, gap, comparison) =>
    `Метод: точный оптимум по всем ресурсам — ${status}${gap}; он ${comparison}.`,
  shadowPrices: 'На сколько вырастет ΣT от ещё одной единицы времени (теневые цены):',
  noneBinds: '  нет: ни один ресурс не ограничивает',
  holdsUpward: (from) => `, действует от ${from} и выше`,
  holdsBetween: (from, to) => `, действует от ${from} до ${to}`,
  shadowPrice: (name, price, unit, holds) => `  ${name}: +${price} за ${unit}${holds}`,
};
