import { CustomFunctionsError } from '../../playground/customFunctionsShim';
import { usesSemicolons } from '../../playground/russianSeparators';
import { asyncAdapter, errorsIn, syncAdapter } from '../../playground/functionAdapter';
import { FunctionErrorLog, type CellRef } from '../../playground/functionErrors';
import type { FunctionMetadata } from '../../playground/functionMetadata';

const meta: FunctionMetadata = {
  id: 'PROBE',
  name: 'PROBE',
  parameters: [{ name: 'values', dimensionality: 'matrix' }],
};

/** What Univer calls a registered function on: its executor, holding the formula's cell. */
const executor = { unitId: 'book', subUnitId: 'sheet-1', row: 6, column: 1 };
const at = (row: number, column: number): CellRef => ({ ...executor, row, column });

describe('the messages behind TA.* errors in the playground', () => {
  it('records the message of a thrown #VALUE! for the cell Univer computes', () => {
    const log = new FunctionErrorLog();
    const fail = syncAdapter(
      'TA.PROBE',
      () => {
        throw new CustomFunctionsError('#VALUE!', 'operatingExpense is missing');
      },
      meta,
      (cell, errors) => log.record('TA.PROBE', cell, errors)
    );
    expect(fail.call(executor, 100)).toBe('#VALUE!');
    expect(log.at(at(6, 1))).toEqual({
      code: '#VALUE!',
      message: 'operatingExpense is missing',
      name: 'TA.PROBE',
    });
  });

  it('places the messages of errors inside a spilled result on their own cells', async () => {
    const log = new FunctionErrorLog();
    const spill = asyncAdapter(
      'TA.PROBE',
      async () => [[1], [new CustomFunctionsError('#N/A', 'no plan for row 2')]],
      meta,
      (cell, errors) => log.record('TA.PROBE', cell, errors)
    );
    expect(await spill.call(executor, [[1]])).toEqual([[1], ['#N/A']]);
    expect(log.at(at(7, 1))?.message).toBe('no plan for row 2');
    expect(log.at(at(6, 1))).toBeNull();
  });

  it('forgets a cell’s messages once the formula computes without them', () => {
    const log = new FunctionErrorLog();
    let fails = true;
    const probe = syncAdapter(
      'TA.PROBE',
      () => {
        if (fails) throw new CustomFunctionsError('#VALUE!', 'price, row 1: text');
        return 1;
      },
      meta,
      (cell, errors) => log.record('TA.PROBE', cell, errors)
    );
    probe.call(executor, 1);
    fails = false;
    expect(probe.call(executor, 1)).toBe(1);
    expect(log.at(at(6, 1))).toBeNull();
  });

  it('keeps only errors that carry a message (#DIV/0! and #NUM! cannot)', () => {
    expect(errorsIn([[new CustomFunctionsError('#DIV/0!'), 2]])).toEqual([]);
    expect(errorsIn(new CustomFunctionsError('#N/A', 'why'))).toEqual([
      { row: 0, column: 0, code: '#N/A', message: 'why' },
    ]);
  });

  it('recognises a TA.* formula written with Russian Excel’s ";" between arguments', () => {
    expect(usesSemicolons('=TA.ПРОХОД(B2:B5;C2:C5)')).toBe(true);
    expect(usesSemicolons('=TA.ПРОХОД(B2:B5,C2:C5)')).toBe(false);
    expect(usesSemicolons('=TA.RFM(B2:B5,"a;b")')).toBe(false);
    expect(usesSemicolons('=SUM(A1;A2)')).toBe(false);
  });
});
