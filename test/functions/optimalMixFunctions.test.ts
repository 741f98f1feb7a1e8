import { optimalMix } from '../../src/functions/optimalMixFunctions';
import { asyncExcelErrorOf as excelErrorOfAsync, column } from './excel';

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
  it('spills the best plan, ΣT beside the TOC ranking and the value of one more hour per resource', async () => {
    const c = cutAndStitch;
    const rows = await optimalMix(c.names, c.price, c.tvc, c.usage, c.capacity, c.demand);
    expect(rows[0]).toEqual(['Product', 'Quantity', 'T']);
    expect(rows[1]).toEqual(['W', 250, 12000]);
    expect(rows[2]).toEqual(['L', 350, 14000]);
    expect(rows[3]).toEqual(['', '', '']);
    expect(rows[4]).toEqual(['ΣT optimal', 26000, 'proven optimal']);
    expect(rows[5]?.[1]).toBe(24800);
    expect(rows[6]).toEqual(['Difference', 1200, 'several resources bind']);
    expect(rows[9]?.[0]).toBe('Value of 1 more hour of resource 1');
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
});
