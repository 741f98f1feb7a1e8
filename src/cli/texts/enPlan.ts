/** What `ta` says about a plan, or about why there is none, in English (ruPlan.ts: in Russian). */
export const enPlan = {
  issueNumber: (at: string) => `${at}: expected a finite number ≥ 0`,
  issueNoWholeUnits: (at: string) =>
    `${at}: no whole number of units lies between the minimum and the demand`,
  issueMinimumAboveDemand: (at: string) => `${at}: above the demand`,
  issueCapacity: (at: string) => `${at}: expected a number > 0`,
  issueOperatingExpense: 'operatingExpense: expected a finite number ≥ 0',
  issueNoProducts: 'products: the list is empty',
  invalidInput: 'invalid input',
  infeasible: (need: string, resource: string, has: string, short: string) =>
    `the minimums alone need ${need} of ${resource}, which has ${has} (short by ${short})`,
  unbounded: (product: string, index: number) =>
    `${product} (products[${index}]) earns, has unlimited demand and uses no resource: give it a demand or a resource time`,
  overflow: 'a total is too large to compute (over 1e308): check for extreme numbers in the file',
  cancelled: 'the exact solve was stopped before it finished',

  severalOverloadedGreedy: (names: string) =>
    `several resources are overloaded (${names}): a ranking by one of them may not be the best plan; --method optimal finds the best`,
  severalOverloadedOptimal: (names: string) =>
    `several resources are overloaded (${names}): the exact plan weighs them all`,
  demandBinds:
    'no resource is overloaded: demand (the market) is the constraint, every earning product is planned at its demand',
  losesMoney: (names: string) => `loses money on each unit (price below TVC): ${names}`,
  duplicateNames: (names: string) =>
    `several products share a name (rows are kept apart): ${names}`,

  constraint: (name: string) => `Constraint: ${name}.`,
  noConstraint: 'Constraint: none, demand binds.',
  rankedByUnit: 'Ranked by throughput per unit (the file has no resources).',
  rankedBy: (unit: string, name: string) => `Ranked by throughput per ${unit} of ${name}`,
  rankedByConstraint: ', the constraint (CCR).',
  rankedByBusiest: ', the busiest resource: none is overloaded, demand (the market) binds.',
  rankedByChoice: (constraint: string) =>
    ` (chosen with --rank-by; the constraint is ${constraint}).`,
  wholeUnits: 'Quantities in whole units.',
  fractionalUnits: 'Quantities in fractional units (--fractional).',
  rank: 'Rank',
  product: 'Product',
  tPerUnit: 'T per unit',
  tPerTime: (unit: string, name: string) => `T per ${unit} of ${name}`,
  quantity: 'Quantity',
  t: 'T',
  loadOf: (name: string) => `Load of ${name}`,
  noTime: 'no time',
  unboundedLoad: 'unbounded',
  throughput: 'Throughput ΣT',
  operatingExpense: 'Operating expense OE',
  notGiven: 'not given',
  netProfit: 'Net profit NP = ΣT − OE',
  notComputed: 'not computed (no OE in the file)',
  lostToMinimums: 'Throughput lost to minimums',
  resources: 'Resources:',
  resourceLine: (name: string, used: string, capacity: string, load: string, full: string) =>
    `  ${name}: used ${used} of ${capacity} (${load}); at full demand ${full}`,
  overloaded: ', overloaded',
  warning: (message: string) => `Warning: ${message}`,
  noPlan: (message: string) => `No plan: ${message}.`,

  rankingPlan: 'Ranking plan',
  reasons: {
    severalBinding: 'several resources bind, and one ranking cannot serve them all',
    wholeUnits: 'in whole units another combination uses the capacity the ranking leaves',
    otherConstraint: 'one resource binds, but not the one the ranking used',
  },
  statuses: {
    planned: 'a plan',
    optimal: 'the proven best plan',
    feasible: 'the best whole-unit plan found',
    timeLimit: 'the best plan found before the time limit',
  },
  gap: (gap: string) => ` (at most ${gap} below the best)`,
  earnsMore: (difference: string, greedy: string, reason: string) =>
    `earns ${difference} more than the ranking plan (${greedy})${reason === '' ? '' : `: ${reason}`}`,
  earnsAsMuch: (greedy: string) => `earns as much as the ranking plan (${greedy})`,
  method: (status: string, gap: string, comparison: string) =>
    `Method: exact optimum over every resource: ${status}${gap}; it ${comparison}.`,
  shadowPrices: 'ΣT one more unit of time would add (shadow prices):',
  noneBinds: '  none: no resource binds',
  holdsUpward: (from: string) => `, holds from ${from} upward`,
  holdsBetween: (from: string, to: string) => `, holds from ${from} to ${to}`,
  shadowPrice: (name: string, price: string, unit: string, holds: string) =>
    `  ${name}: +${price} per ${unit}${holds}`,
};
