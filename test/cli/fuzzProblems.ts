import fc from 'fast-check';

/**
 * Problem files for the `ta plan` fuzz test: mostly valid problems with extreme numbers and odd
 * names, some with one field broken, some broken as text (BOM, truncation, UTF-16, 1e400).
 */

const ODD_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'Фрезер',
  'Fabric (m)',
  'a "quoted" name',
  'line\nbreak',
  'tab\there',
  ' ',
  '',
  'x'.repeat(500),
];
// No letters of "NaN", "Infinity", "null" or "undefined" in random names: the table is searched for them.
const plainName = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHKMOPQRSTVWXYZ0123 _-.'),
  maxLength: 6,
});
export const name = fc.oneof({ weight: 3, arbitrary: plainName }, fc.constantFrom(...ODD_NAMES));

const EXTREMES = [
  0, -0, 1e-300, 5e-324, 1e-9, 1e-13, 0.1, 0.5, 2.5, 7.000000001, 9.99e14, 1e15, 1e16, 1e300,
  1.7e308,
];
/** A number ≥ 0: small whole and fractional numbers mostly, extremes often. */
export const amount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(...EXTREMES) }
);
/** Something that is not a number ≥ 0, for a broken field. */
const wrong = fc.constantFrom<unknown>(-1, '12,50', '5', null, true, [], {}, 'Infinity');

type Json = Record<string, unknown>;

const resource = fc.record(
  {
    name,
    capacity: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 200 }) }, amount),
    unit: fc.constantFrom('h', 'min', 'm', 'шт', 'kWh per shift'),
  },
  { requiredKeys: ['name', 'capacity'] }
);

function product(resourceNames: readonly string[]) {
  const usageName =
    resourceNames.length > 0
      ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...resourceNames) }, name)
      : name;
  return fc
    .record(
      {
        name,
        price: amount,
        tvc: amount,
        demand: fc.oneof(amount, fc.constant(null)),
        minimum: amount,
        usage: fc.dictionary(usageName, amount, { maxKeys: 3 }),
      },
      { requiredKeys: ['name', 'price', 'tvc'] }
    )
    .map((p) => {
      // Usually a minimum within demand, so that most files get as far as planning.
      if (typeof p.minimum === 'number' && typeof p.demand === 'number' && p.minimum > p.demand) {
        return { ...p, minimum: p.demand / 2 };
      }
      return p;
    });
}

const problem = fc
  .uniqueArray(resource, { maxLength: 4, selector: (r) => r.name })
  .chain((resources) =>
    fc.record(
      {
        operatingExpense: fc.oneof(amount, fc.constant(null)),
        timeUnit: fc.constantFrom('hours', 'minutes'),
        resources: fc.constant(resources),
        products: fc.array(product(resources.map((r) => r.name)), { minLength: 1, maxLength: 6 }),
      },
      { requiredKeys: ['resources', 'products'] }
    )
  );

/** One field of `document` replaced by a wrong value or an unknown field added. */
function breakOne(document: Json, pick: number, value: unknown): Json {
  const products = document.products as Json[];
  const target = products[pick % products.length] as Json;
  const fields = ['name', 'price', 'tvc', 'demand', 'minimum', 'usage', 'prise'];
  const broken = { ...target, [fields[pick % fields.length] as string]: value };
  return { ...document, products: products.map((p) => (p === target ? broken : p)) };
}

export type FuzzFile = { readonly bytes: Buffer };

const text = (document: Json) => Buffer.from(JSON.stringify(document));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A problem file as bytes. */
export const fuzzFile: fc.Arbitrary<FuzzFile> = fc.oneof(
  { weight: 12, arbitrary: problem.map((d) => ({ bytes: text(d) })) },
  { weight: 2, arbitrary: problem.map((d) => ({ bytes: Buffer.concat([BOM, text(d)]) })) },
  {
    weight: 3,
    arbitrary: fc.tuple(problem, fc.nat(), wrong).map(([d, pick, value]) => {
      return { bytes: text(breakOne(d, pick, value)) };
    }),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(problem, fc.double({ min: 0, max: 1, noNaN: true })).map(([d, cut]) => {
      const bytes = text(d);
      return { bytes: bytes.subarray(0, Math.floor(bytes.length * cut)) };
    }),
  },
  {
    weight: 1,
    arbitrary: problem.map((d) => ({
      bytes: Buffer.from(JSON.stringify(d).replace(/:(\d+)/, ':1e400')),
    })),
  },
  {
    weight: 1,
    arbitrary: problem.map((d) => ({ bytes: Buffer.from(JSON.stringify(d), 'utf16le') })),
  },
  {
    weight: 1,
    arbitrary: fc
      .jsonValue({ maxDepth: 2 })
      .map((v) => ({ bytes: Buffer.from(JSON.stringify(v) ?? '') })),
  }
);

export type FuzzOptions = {
  readonly method: 'greedy' | 'optimal';
  readonly fractional: boolean;
  readonly table: boolean;
  /** A name, or a number: the resource at that place in the file, whatever its name. */
  readonly rankBy: string | number | null;
  readonly lang: 'en' | 'ru';
};

export const fuzzOptions = (method: FuzzOptions['method']): fc.Arbitrary<FuzzOptions> =>
  fc.record({
    method: fc.constant(method),
    fractional: fc.boolean(),
    table: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, fc.constant(true)),
    rankBy: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, fc.nat(3), name),
    lang: fc.constantFrom('en', 'ru'),
  });
