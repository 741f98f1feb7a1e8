import { problemFile, ta } from './runTa';

describe('ta plan --table', () => {
  it('heads columns with human names, formats numbers and shows each resource in its own unit', async () => {
    const { code, out } = await ta('plan', 'examples/cut-and-stitch.json', '--table');
    expect(code).toBe(0);
    expect(out).toContain('T per m of Fabric (m)');
    expect(out).toContain('Load of Fabric (m)');
    expect(out).toContain('  Tailors: used 3,500 h of 3,500 h (100%)');
    expect(out).toContain(
      '  Fabric (m): used 1,080 m of 1,200 m (90%); at full demand unbounded, overloaded'
    );
    expect(out).toContain(
      'Warning: several resources are overloaded ("Fabric (m)", "Tailors"): a ranking by one of them may not be the best plan; --method optimal finds the best'
    );
  });

  it('explains the exact plan in words, without internal names or a hint to use what is in use', async () => {
    const { code, out } = await ta(
      'plan',
      'examples/cut-and-stitch.json',
      '--method',
      'optimal',
      '--table'
    );
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(
      'Method: exact optimum over every resource: the proven best plan; it earns 1,200 more than the ranking plan (24,800): several resources bind, and one ranking cannot serve them all.'
    );
    expect(out).not.toMatch(/severalBinding|--method optimal/);
    expect(out).toContain('  "Fabric (m)": +10 per m, holds from 1,080 m to 1,400 m');
    expect(out).toMatch(/Work suit W +48 +24 +250 +400 +12,000/);
  });

  it('says "no time" for a product off the ranking resource and "not computed" for NP without OE', async () => {
    const { out } = await ta(
      'plan',
      problemFile({
        resources: [{ name: 'Masters', capacity: 10, unit: 'ч' }],
        products: [
          { name: 'Dye', price: 9, tvc: 6, demand: 4 },
          { name: 'Cut', price: 15, tvc: 5, demand: 20, usage: { Masters: 0.75 } },
        ],
      }),
      '--table'
    );
    expect(out).toMatch(/Dye +3 +no time +4 +12 +0%/);
    expect(out).toContain('T per ч of Masters');
    expect(out).toContain('Net profit NP = ΣT − OE: not computed (no OE in the file)');
  });

  it('prints a sentence, not JSON, when there is no plan', async () => {
    const { code, out } = await ta(
      'plan',
      problemFile({ resources: [], products: [{ name: 'Card', price: 5, tvc: 1 }] }),
      '--table',
      '--method=optimal'
    );
    expect(code).toBe(1);
    expect(out).toBe(
      'No plan: "Card" (products[0]) earns, has unlimited demand and uses no resource: give it a demand or a resource time.\n'
    );
  });
});
