/**
 * Excel's conventions for every argument of every TA.* function, taken from the generated
 * metadata (a new function is covered without touching this file): a required argument left out
 * is a #VALUE! naming it; an empty cell is 0 whether Excel passes it as 0 (desktop) or null (web);
 * text or TRUE where a number belongs, an error cell and a range of the wrong size are refused
 * with a message naming the argument, never read as something else.
 */
import { russianArgument } from '../../src/functions/argumentNames';
import {
  functionCatalog,
  kindOf,
  outcomeOf,
  sampleOf,
  validArguments,
  type CatalogEntry,
  type Parameter,
} from './catalog';
import { closeWorkbook, openWorkbookIn } from './host';

type Outcome = { readonly error: string; readonly message: string } | { readonly value: unknown };

function describeOutcome(outcome: unknown): Outcome {
  return outcome instanceof CustomFunctions.Error
    ? { error: outcome.code, message: outcome.message ?? '' }
    : { value: outcome };
}

/** The function called with its valid arguments, `parameter` replaced by `given`. */
async function callWith(entry: CatalogEntry, parameter: Parameter, given: unknown) {
  const args = validArguments(entry, parameter.name);
  args[entry.parameters.indexOf(parameter)] = given;
  return describeOutcome(await outcomeOf(() => entry.call(...args)));
}

/** The sample with every cell replaced by `cell`, in the same shape. */
function filled(sample: unknown[][], cell: (value: unknown, i: number) => unknown): unknown[][] {
  let i = 0;
  return sample.map((row) => row.map((value) => cell(value, i++)));
}

type Shape = 'value' | 'vector' | 'table';

function shapeOf(sample: unknown[][]): Shape {
  const rows = sample.length;
  const columns = sample[0]?.length ?? 0;
  if (rows === 1 && columns === 1) return 'value';
  return rows === 1 || columns === 1 ? 'vector' : 'table';
}

/** One more row (or, for a row, one more column) than the sample. */
function tooLong(sample: unknown[][]): unknown[][] {
  if (sample.length === 1 && (sample[0]?.length ?? 0) > 1) {
    const row = sample[0] as unknown[];
    return [[...row, row[row.length - 1]]];
  }
  return [...sample, sample[sample.length - 1] as unknown[]];
}

/** Whether another vector of the call must be as long as this one (so a longer one is wrong). */
function hasPartner(entry: CatalogEntry, parameter: Parameter): boolean {
  return entry.parameters.some(
    (other) =>
      other !== parameter && !other.optional && shapeOf(sampleOf(entry.id, other.name)) !== 'value'
  );
}

/** Parameters that take a block by design. */
const BLOCKS: ReadonlySet<string> = new Set(['NETPROFIT.throughput', 'OPTIMALMIX.usage']);

/** Cases that break the rule, each with what it gave: the test lists them all at once. */
let broken: string[] = [];

function expectRefusal(label: string, outcome: Outcome, code: string, ...words: string[]): void {
  const message = 'message' in outcome ? outcome.message : '';
  const ok =
    'error' in outcome && outcome.error === code && words.every((w) => message.includes(w));
  if (!ok)
    broken.push(
      `${label}: expected ${code} naming ${words.join(', ')}; got ${JSON.stringify(outcome)}`
    );
}

beforeEach(() => {
  broken = [];
});

afterEach(() => {
  expect(broken).toEqual([]);
});

let catalog: readonly CatalogEntry[];

beforeAll(async () => {
  catalog = await functionCatalog();
});

afterEach(closeWorkbook);

/** Every (function, parameter) pair, as jest table rows. */
function everyParameter(filter: (p: Parameter) => boolean): [string, CatalogEntry, Parameter][] {
  return catalog.flatMap((entry) =>
    entry.parameters
      .filter(filter)
      .map((p): [string, CatalogEntry, Parameter] => [`${entry.id}.${p.name}`, entry, p])
  );
}

describe('every function, every argument', () => {
  it('covers every function of the metadata with a valid call', async () => {
    expect(catalog.length).toBeGreaterThanOrEqual(42);
    for (const entry of catalog) {
      const outcome = describeOutcome(await outcomeOf(() => entry.call(...validArguments(entry))));
      expect([entry.id, 'error' in outcome ? outcome : 'ok']).toEqual([entry.id, 'ok']);
    }
  });

  it('refuses a required argument left out with #VALUE! naming it, in English and Russian', async () => {
    const required = everyParameter((p) => !p.optional);
    expect(required.length).toBeGreaterThan(80);
    for (const [label, entry, parameter] of required) {
      openWorkbookIn('en-US');
      const english = await callWith(entry, parameter, null);
      expect([label, english]).toEqual([
        label,
        {
          error: '#VALUE!',
          message: `${parameter.name} is missing: give a value or a cell (an empty cell counts as 0)`,
        },
      ]);
      openWorkbookIn('ru-RU');
      const russian = await callWith(entry, parameter, null);
      expect([label, russian]).toEqual([
        label,
        {
          error: '#VALUE!',
          message: `${russianArgument(parameter.name)}: аргумент не задан; укажите значение или ячейку (пустая ячейка — 0)`,
        },
      ]);
    }
  });

  it('reads an empty cell the same whether Excel passes 0 (desktop) or null (web)', async () => {
    for (const [label, entry, parameter] of everyParameter(() => true)) {
      const sample = sampleOf(entry.id, parameter.name);
      const asNull = await callWith(
        entry,
        parameter,
        filled(sample, () => null)
      );
      const asZero = await callWith(
        entry,
        parameter,
        filled(sample, () => 0)
      );
      expect([label, asNull]).toEqual([label, asZero]);
    }
  });

  it('refuses text where a number or TRUE/FALSE belongs, naming the argument', async () => {
    for (const [label, entry, parameter] of everyParameter((p) => kindOf(p.name) !== 'label')) {
      const sample = sampleOf(entry.id, parameter.name);
      const outcome = await callWith(
        entry,
        parameter,
        filled(sample, (v, i) => (i ? v : '12,5'))
      );
      expectRefusal(label, outcome, '#VALUE!', parameter.name, "'12,5'");
    }
  });

  it('refuses TRUE where a number belongs, naming the argument', async () => {
    for (const [label, entry, parameter] of everyParameter((p) => kindOf(p.name) === 'number')) {
      const sample = sampleOf(entry.id, parameter.name);
      const outcome = await callWith(
        entry,
        parameter,
        filled(sample, (v, i) => (i ? v : true))
      );
      expectRefusal(label, outcome, '#VALUE!', parameter.name, 'TRUE');
    }
  });

  it('takes any text or TRUE as a label', async () => {
    for (const [label, entry, parameter] of everyParameter((p) => kindOf(p.name) === 'label')) {
      const sample = sampleOf(entry.id, parameter.name);
      for (const odd of ['12,5', true]) {
        const outcome = await callWith(
          entry,
          parameter,
          filled(sample, (v, i) => (i ? v : odd))
        );
        expect([label, 'error' in outcome ? outcome : 'ok']).toEqual([label, 'ok']);
      }
    }
  });

  it('passes an error cell on with its own code, naming the argument', async () => {
    for (const [label, entry, parameter] of everyParameter(() => true)) {
      const sample = sampleOf(entry.id, parameter.name);
      const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
      const outcome = await callWith(
        entry,
        parameter,
        filled(sample, (v, i) => (i ? v : na))
      );
      expectRefusal(label, outcome, '#N/A', parameter.name, '#N/A');
    }
  });

  it('refuses a range where one value belongs, naming the argument', async () => {
    for (const [label, entry, parameter] of everyParameter(() => true)) {
      const sample = sampleOf(entry.id, parameter.name);
      if (shapeOf(sample) !== 'value') continue;
      const value = sample[0]?.[0];
      const outcome = await callWith(entry, parameter, [
        [value, value],
        [value, value],
      ]);
      expectRefusal(label, outcome, '#VALUE!', parameter.name);
    }
  });

  it('refuses a product range longer than its partners, or a block where a column belongs', async () => {
    for (const [label, entry, parameter] of everyParameter(() => true)) {
      const sample = sampleOf(entry.id, parameter.name);
      if (shapeOf(sample) === 'value' || BLOCKS.has(label)) continue;
      if (hasPartner(entry, parameter)) {
        const longer = await callWith(entry, parameter, tooLong(sample));
        expectRefusal(label, longer, '#VALUE!', parameter.name);
      }
      const block = [...sample.map((row) => [...row, ...row])];
      if (shapeOf(sample) === 'vector') {
        expectRefusal(label, await callWith(entry, parameter, block), '#VALUE!', parameter.name);
      }
    }
  });
});
