import { CustomFunctionsError } from '../../playground/customFunctionsShim';
import { syncAdapter, toUniverResult } from '../../playground/functionAdapter';
import { findMismatches, type FunctionMetadata } from '../../playground/functionMetadata';

const meta: FunctionMetadata = {
  id: 'PROBE',
  name: 'PROBE',
  parameters: [
    { name: 'values', dimensionality: 'matrix' },
    { name: 'single' },
    { name: 'optional', optional: true },
  ],
};

describe('calling an add-in function the way Excel does', () => {
  it('gives a matrix parameter a 2-D array even for one value, and omitted arguments as null', () => {
    const seen: unknown[][] = [];
    const probe = syncAdapter('TA.PROBE', (...args) => (seen.push(args), 1), meta);
    probe(5, [[7]]);
    expect(seen[0]).toEqual([[[5]], 7, null]);
  });

  it('refuses a range given to a single-value parameter with #VALUE!', () => {
    const probe = syncAdapter('TA.PROBE', () => 1, meta);
    expect(probe([[1]], [[1], [2]])).toBe('#VALUE!');
  });

  it('turns CustomFunctions.Error, returned, thrown or inside an array, into its error value', () => {
    const error = new CustomFunctionsError('#N/A');
    expect(toUniverResult(error)).toBe('#N/A');
    expect(toUniverResult([[1, error]])).toEqual([[1, '#N/A']]);
    const throwing = syncAdapter(
      'TA.PROBE',
      () => {
        throw new CustomFunctionsError('#DIV/0!');
      },
      meta
    );
    expect(throwing([[1]], 1)).toBe('#DIV/0!');
  });

  it('never lets NaN or Infinity reach the sheet', () => {
    expect(toUniverResult([[Number.NaN, Number.POSITIVE_INFINITY, 2]])).toEqual([
      ['#NUM!', '#NUM!', 2],
    ]);
  });

  it('answers a programming error with #VALUE! instead of stopping the recalculation', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = syncAdapter(
      'TA.PROBE',
      () => {
        throw new TypeError('bug');
      },
      meta
    );
    expect(broken([[1]], 1)).toBe('#VALUE!');
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('metadata against implementations', () => {
  it('reports a declared function without an implementation and the reverse', () => {
    const metadata = { functions: [{ id: 'THROUGHPUT', name: 'THROUGHPUT' }, meta] };
    expect(findMismatches(metadata, ['throughput', 'GHOST'])).toEqual([
      'PROBE is in functions.json but has no implementation',
      'GHOST is implemented but missing from functions.json',
    ]);
  });
});
