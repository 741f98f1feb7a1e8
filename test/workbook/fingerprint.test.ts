import fc from 'fast-check';
import {
  canonicalNumber,
  fingerprintGrid,
  sourceFingerprint,
} from '../../src/workbook/fingerprint';

describe('fingerprints', () => {
  it('rounds to 15 significant digits exactly as toPrecision(15) does, for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(canonicalNumber(x), Number(x.toPrecision(15)) + 0)).toBe(true);
      }),
      { numRuns: 5_000 }
    );
  });

  it('rounds prices and rates of every size the same way as toPrecision(15)', () => {
    const values = [
      0.1 + 0.2,
      1 / 3,
      (2 / 3) * 60,
      1e-9 / 7,
      123456789.123456789,
      99999999999999.95,
    ];
    for (const x of values) expect(canonicalNumber(x)).toBe(Number(x.toPrecision(15)));
  });

  it('tells an error cell from the same text typed as text, and a moved table from the same one', () => {
    const base = { address: 'Data!A1:B2', headers: ['Product', 'Price'] };
    const text = sourceFingerprint({
      ...base,
      rows: [['P', '#N/A']],
      kinds: [['string', 'string']],
    });
    const error = sourceFingerprint({
      ...base,
      rows: [['P', '#N/A']],
      kinds: [['string', 'error']],
    });
    const moved = sourceFingerprint({
      ...base,
      address: 'Data!B1:C2',
      rows: [['P', '#N/A']],
      kinds: [['string', 'string']],
    });
    expect(new Set([text, error, moved]).size).toBe(3);
  });

  it('changes with any one cell of a report, and not with blank padding', () => {
    const grid = [['Title'], [null], ['a', 1, 2.5]];
    expect(fingerprintGrid([...grid, [null, null]])).toBe(fingerprintGrid(grid));
    expect(fingerprintGrid([['Title'], [null], ['a', 1, 2.6]])).not.toBe(fingerprintGrid(grid));
  });
});
