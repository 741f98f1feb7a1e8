import * as optimization from '../../src/core/optimization';
import { optimalMix } from '../../src/functions/optimalMixFunctions';
import { asyncExcelErrorOf as excelErrorOfAsync, column, OMITTED } from './excel';

/** ACCA's Cut and Stitch as an owner types it: W and L on tailor hours and fabric metres. */
const cutAndStitch = {
  names: column('W', 'L'),
  price: column(48, 40),
  tvc: column(0, 0),
  usage: [
    [7, 2],
    [5, 2],
  ],
  capacity: [[3500, 1200]],
  demand: column(400, 1000),
};

describe('TA.OPTIMALMIX', () => {
  it('spills the best plan, ΣT beside the TOC ranking and what one more unit of each resource adds', async () => {
    const c = cutAndStitch;
    const rows = await optimalMix(c.names, c.price, c.tvc, c.usage, c.capacity, c.demand);
    expect(rows[0]).toEqual(['Product', 'Quantity', 'T']);
    expect(rows[1]).toEqual(['W', 250, 12000]);
    expect(rows[2]).toEqual(['L', 350, 14000]);
    expect(rows[3]).toEqual(['', '', '']);
    expect(rows[4]).toEqual(['ΣT optimal', 26000, 'proven optimal']);
    expect(rows[5]?.[1]).toBe(24800);
    expect(rows[6]).toEqual(['Difference', 1200, 'several resources bind']);
    expect(rows[9]?.[0]).toBe('resource 1: ΣT from 1 more unit of capacity');
    expect(rows[9]?.[1]).toBeCloseTo(4, 9);
    expect(rows[10]?.[1]).toBeCloseTo(10, 9);
    expect(rows.every((row) => row.length === 3)).toBe(true);
  });

  it('refuses a usage range narrower than capacity, naming both', async () => {
    const c = cutAndStitch;
    const error = await excelErrorOfAsync(() =>
      optimalMix(c.names, c.price, c.tvc, column(7, 5), c.capacity, c.demand)
    );
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('usage');
    expect(error.message).toContain('capacity');
  });

  it('answers #N/A naming the resource the minimums alone overload', async () => {
    const c = cutAndStitch;
    const error = await excelErrorOfAsync(() =>
      optimalMix(c.names, c.price, c.tvc, c.usage, c.capacity, c.demand, column(400, 200))
    );
    expect(error.code).toBe('#N/A');
    expect(error.message).toContain('resource 1');
    expect(error.message).toContain('short by 300');
  });

  it('names each resource in the shadow prices and in #N/A when given resourceNames', async () => {
    const c = cutAndStitch;
    const named = [['Tailor', 'Fabric']];
    const rows = await optimalMix(
      c.names,
      c.price,
      c.tvc,
      c.usage,
      c.capacity,
      c.demand,
      OMITTED,
      OMITTED,
      named
    );
    expect(rows.slice(9).map((row) => row[0])).toEqual([
      'Tailor: ΣT from 1 more unit of capacity',
      'Fabric: ΣT from 1 more unit of capacity',
    ]);
    const overload = await excelErrorOfAsync(() =>
      optimalMix(
        c.names,
        c.price,
        c.tvc,
        c.usage,
        c.capacity,
        c.demand,
        column(400, 200),
        OMITTED,
        named
      )
    );
    expect(overload.message).toContain(
      'the minimums need 3800 of Tailor (capacity, column 1, is 3500)'
    );
  });

  it('refuses resourceNames that do not match capacity, naming both', async () => {
    const c = cutAndStitch;
    const error = await excelErrorOfAsync(() =>
      optimalMix(c.names, c.price, c.tvc, c.usage, c.capacity, c.demand, OMITTED, OMITTED, [
        ['Tailor'],
      ])
    );
    expect(error).toEqual({
      code: '#VALUE!',
      message: 'capacity has 2 cells, resourceNames has 1: give ranges of the same size',
    });
  });

  it('solves a time of 1E+15 per unit like any other number (the model is scaled first)', async () => {
    const c = cutAndStitch;
    const huge = [
      [1e15, 2],
      [5, 2],
    ];
    const rows = await optimalMix(c.names, c.price, c.tvc, huge, c.capacity, c.demand);
    // W cannot make a whole unit in 3,500 tailor hours; L takes all the fabric.
    expect(rows[2]).toEqual(['L', 600, 24000]);
    expect(rows[4]?.[2]).toBe('proven optimal');
    expect(rows[10]?.[1]).toBeCloseTo(20, 9);
  });

  it('never shows the solver’s own error: a failing solve is named by the largest input cell', async () => {
    const c = cutAndStitch;
    const huge = [
      [1e15, 2],
      [5, 2],
    ];
    const failing = jest
      .spyOn(optimization, 'solveOptimalMix')
      .mockRejectedValue(new Error('HighsError: passModel failed'));
    try {
      expect(
        await excelErrorOfAsync(() =>
          optimalMix(c.names, c.price, c.tvc, huge, c.capacity, c.demand)
        )
      ).toEqual({
        code: '#VALUE!',
        message:
          'usage, row 1, column 1: 1E+15 is too large for the exact solver beside the other numbers; use a larger unit (hours, thousands) so the numbers are closer in size',
      });
    } finally {
      failing.mockRestore();
    }
  });

  it('gives no plan to a call Excel cancelled while solving in-process', async () => {
    const c = cutAndStitch;
    const call = { onCanceled: () => undefined as void };
    const result = optimalMix(
      c.names,
      c.price,
      c.tvc,
      c.usage,
      c.capacity,
      c.demand,
      OMITTED,
      OMITTED,
      OMITTED,
      call as unknown as CustomFunctions.CancelableInvocation
    );
    call.onCanceled();
    expect(await excelErrorOfAsync(() => result)).toEqual({
      code: '#N/A',
      message: 'the solve was cancelled',
    });
  });
});
