/**
 * Every TA.* function as the generated metadata declares it, with a valid call of each: the
 * tests that must cover every function (the cross-language test, the argument-convention table)
 * take the list from here, so a new `@customfunction` is covered without touching them. A new
 * parameter name needs a sample below: the tests fail, naming it, until it has one.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { column } from './excel';

// The same selection as webpack.config.js and src/functions/index.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionFiles } = require('../../scripts/functionFiles') as {
  functionFiles: () => string[];
};

export type Parameter = {
  readonly name: string;
  readonly optional?: boolean;
  readonly dimensionality?: 'scalar' | 'matrix';
};

export type CatalogEntry = {
  readonly id: string;
  readonly parameters: readonly Parameter[];
  readonly call: (...args: unknown[]) => unknown;
};

const value = (v: unknown): unknown[][] => [[v]];

/** A valid value of each parameter name, as Excel passes a range (P&Q-like, two rows). */
const SAMPLES: Readonly<Record<string, unknown[][]>> = {
  achievedT: value(120),
  amounts: column(3000, 24000),
  asOfDate: value(45030),
  bonuses: column(10, 25),
  buyersPerMonth: value(12),
  cac: value(5000),
  ccrCapacity: value(2400),
  ccrTime: column(15, 30),
  capacity: value(2400),
  clients: value(10),
  clientsPerMonth: value(20),
  consultationsPerClient: value(4),
  customerIds: column('Ann', 'Bob'),
  daysSinceLast: column(10, 120),
  deltaOE: value(10),
  deltaT: value(30),
  demand: column(100, 50),
  factoryCost: value(4000),
  hours: value(60),
  investment: value(100),
  leads: value(200),
  ltv: value(15000),
  monthlyThroughputPerCustomer: value(2000),
  names: column('P', 'Q'),
  newCustomers: value(20),
  operatingExpense: value(6000),
  orderPrice: value(80),
  orderQuantity: value(10),
  orderTvc: value(40),
  peoplePerTraining: value(50),
  plannedQuantity: column(100, 30),
  price: column(90, 100),
  purchaseDates: column(45000, 45020),
  purchases: column(1, 5),
  quantity: column(100, 30),
  reach: column(1, 0.5),
  saleAmounts: column(180, 100),
  saleDates: column(45000, 45020),
  // Sales of Q only: any label may replace P in names.
  saleProducts: column('Q', 'Q'),
  saleQuantities: column(2, 1),
  salesShare: column(0.6, 0.4),
  sellers: column('Ann', 'Bob'),
  sessionsPerMonth: value(2),
  spend: value(100000),
  targetProfit: value(1000),
  thresholds: column(100, 200),
  throughput: column(4500, 1800),
  throughputPerUnit: value(5),
  throughputShare: column(0.5, 0.1),
  trainingsPerMonth: value(3),
  turnoverTarget: value(300000),
  tvc: column(45, 40),
  usage: [
    [15, 1],
    [30, 1],
  ],
};

/** Valid values of the optional parameters, for the tests that give them. */
const OPTIONAL_SAMPLES: Readonly<Record<string, unknown[][]>> = {
  conversion: value(0.5),
  expenseDates: value(45000),
  fromDate: value(45000),
  groups: column('Ann', 'Bob'),
  horizonMonths: value(24),
  loyalMinPurchases: value(6),
  minLtv: value(10000),
  minTurnover: value(200000),
  minimum: column(10, 0),
  newcomerMaxPurchases: value(3),
  operatingExpenseFromMonth: value(2),
  orderCcrTime: value(0.5),
  period: value('quarter'),
  recentDays: value(45),
  resourceNames: [['Fabric', 'Tailor']],
  saleTvc: column(0, 42),
  secondStepPrice: value(24000),
  sleepingDays: value(100),
  throughputFromMonth: value(3),
  toDate: value(45030),
  wholeUnits: value(false),
};

/** Where one function needs other values than the name's sample (its ranges go together). */
const OVERRIDES: Readonly<Record<string, Readonly<Record<string, unknown[][]>>>> = {
  OPTIMALMIX: { capacity: [[2400, 1000]] },
  // One price (of a training, a consultation), not a column of products.
  TURNOVER: { price: value(10000) },
  GROUPTARGET: { price: value(25000) },
  INDIVIDUALTARGET: { price: value(5000) },
  TRAININGSNEEDED: { price: value(10000) },
  GROUPSIZENEEDED: { price: value(10000) },
  CLIENTSNEEDED: { price: value(5000) },
};

/** What a parameter holds: numbers, labels (any text is fine) or TRUE/FALSE. */
export type ParameterKind = 'number' | 'label' | 'boolean';

// saleProducts is not a label: a name the products table lacks is refused like text in a number.
const LABEL_PARAMETERS: ReadonlySet<string> = new Set([
  'names',
  'customerIds',
  'resourceNames',
  'groups',
  'sellers',
]);
const BOOLEAN_PARAMETERS: ReadonlySet<string> = new Set(['wholeUnits']);

export function kindOf(parameter: string): ParameterKind {
  if (LABEL_PARAMETERS.has(parameter)) return 'label';
  return BOOLEAN_PARAMETERS.has(parameter) ? 'boolean' : 'number';
}

let catalog: Promise<readonly CatalogEntry[]> | null = null;

async function load(): Promise<readonly CatalogEntry[]> {
  const files = functionFiles();
  const result = await generateCustomFunctionsMetadata(files, true);
  if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
  const metadata = JSON.parse(result.metadataJson) as {
    functions: { id: string; parameters?: Parameter[] }[];
  };
  const byId = new Map(result.associate.map((a) => [a.id, a]));
  return metadata.functions.map((fn) => {
    const association = byId.get(fn.id);
    if (!association) throw new Error(`${fn.id} is not associated with a function`);
    const module = jest.requireActual(association.sourceFileName) as Record<string, unknown>;
    const call = module[association.functionName] as CatalogEntry['call'];
    return { id: fn.id, parameters: fn.parameters ?? [], call };
  });
}

/** Every function of the generated functions.json, in its order. */
export function functionCatalog(): Promise<readonly CatalogEntry[]> {
  catalog ??= load();
  return catalog;
}

/** A valid value of `parameter` of function `id`; throws when the name has no sample. */
export function sampleOf(id: string, parameter: string): unknown[][] {
  const sample = OVERRIDES[id]?.[parameter] ?? SAMPLES[parameter] ?? OPTIONAL_SAMPLES[parameter];
  if (sample === undefined) {
    throw new Error(`${id}.${parameter} has no sample: add one to test/functions/catalog.ts`);
  }
  return sample;
}

/** Optional arguments that go together: a call that gives one gives them all. */
const TOGETHER: Readonly<Record<string, readonly string[]>> = {
  SPECIALORDER: ['price', 'tvc', 'ccrTime', 'demand', 'capacity'],
};

/**
 * Every required argument from its sample, optional ones omitted (Excel's `null`); with
 * `including`, that optional argument and the ones that go with it are given too.
 */
export function validArguments(entry: CatalogEntry, including?: string): unknown[] {
  const group = TOGETHER[entry.id] ?? [];
  const given = new Set(
    including === undefined ? [] : group.includes(including) ? group : [including]
  );
  return entry.parameters.map((p) =>
    p.optional && !given.has(p.name) ? null : sampleOf(entry.id, p.name)
  );
}

/** Every argument from its sample, optional ones included. */
export function fullArguments(entry: CatalogEntry): unknown[] {
  return entry.parameters.map((p) => sampleOf(entry.id, p.name));
}

/** What a call gives, awaited: a value, or the Excel error it threw or rejected with. */
export async function outcomeOf(call: () => unknown): Promise<unknown> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error;
    throw error;
  }
}
