import { planOf, problemFile, ta } from './runTa';

const resources = [{ name: 'M', capacity: 5 }];
const product = { name: 'A', price: 3, tvc: 1, demand: 2, usage: { M: 1 } };

/** The one stderr line `ta plan` gives for a file, without the "ta: <path>: " prefix. */
async function errorOf(document: unknown, ...options: string[]): Promise<string> {
  const file = problemFile(document);
  const { code, out, err } = await ta('plan', file, ...options);
  expect([code, out]).toEqual([2, '']);
  expect(err.endsWith('\n') && err.indexOf('\n') === err.length - 1).toBe(true);
  expect(err.length).toBeLessThanOrEqual(301);
  expect(err.startsWith(`ta: ${file}: `)).toBe(true);
  return err.slice(`ta: ${file}: `.length, -1);
}

describe('ta plan: the problem file', () => {
  it.each([
    [
      { resources: [], products: [{ name: 'C', price: -1, tvc: 0 }] },
      'products[0].price: expected a number ≥ 0, got -1',
    ],
    [
      { resources: [{ name: 'M', capacity: 0 }], products: [product] },
      'resources[0].capacity: expected a number > 0, got 0',
    ],
    [
      { resources: [], products: [{ name: 'A', price: '12,50', tvc: 0 }] },
      'products[0].price: expected a number ≥ 0, got "12,50"',
    ],
    [
      { resources: [], products: [{ name: 'A', tvc: 0 }] },
      'products[0].price: missing (expected a number ≥ 0)',
    ],
    [
      { resources, products: [{ ...product, minimum: 3 }] },
      'products[0].minimum: expected a number ≤ demand (2), got 3',
    ],
    [
      { resources, products: [{ ...product, demnad: 3 }] },
      'products[0]: unknown field "demnad" (known: name, price, tvc, demand, minimum, usage)',
    ],
    [{ resources, products: [] }, 'products: the list is empty (expected at least one product)'],
    [
      {
        resources: [
          { name: 'M', capacity: 1 },
          { name: 'M', capacity: 2 },
        ],
        products: [product],
      },
      'resources[1].name: "M" is the name of resources[0] too; names must differ',
    ],
    [
      {
        resources: [{ name: 'M', capacity: 1, unit: 'hours of the senior master' }],
        products: [product],
      },
      'resources[0].unit: expected a short unit of up to 16 characters on one line ("h", "min", "m"), got "hours of the senior master"',
    ],
    [[1, 2], '(the file): expected an object with "resources" and "products", got a list'],
  ])('names the first wrong field on one line, exit code 2 (%#)', async (document, message) => {
    expect(await errorOf(document)).toBe(message);
  });

  it('summarises unknown resources: the first, how many more, and what exists', async () => {
    const names = Array.from({ length: 20000 }, (_, i) => `Resource number ${i}`);
    const products = names.map((name, i) => ({
      name: `P${i}`,
      price: 2,
      tvc: 1,
      demand: 1,
      usage: { [i === 17 || i > 19996 ? `Missing ${i}` : name]: 1 },
    }));
    expect(
      await errorOf({ resources: names.map((name) => ({ name, capacity: 9 })), products })
    ).toBe(
      'products[17].usage: unknown resource "Missing 17" (and 3 more); resources: "Resource number 0", "Resource number 1", "Resource number 2" and 19997 more'
    );
    expect(
      await errorOf({
        resources: [{ name: 'Tailors', capacity: 9 }],
        products: [{ ...product, usage: { tailors: 1 } }],
      })
    ).toBe('products[0].usage: unknown resource "tailors"; did you mean "Tailors"?');
  });

  it('keeps a line short whatever the names: 10,000-character names are shortened', async () => {
    const long = 'x'.repeat(10000);
    const message = await errorOf({
      resources: [{ name: long, capacity: 1 }],
      products: [{ ...product, usage: { [`${long}\ny`]: 1 } }],
    });
    expect(message).toMatch(
      /^products\[0\]\.usage: unknown resource "x{39}…"; resources: "x{39}…"$/
    );
  });

  it('says where JSON breaks without echoing the file', async () => {
    const text =
      '{"resources": [\n  {"name": "M",\n   "capacity": 7}\n],\n"products": [{"name": "A",, "price": 5}]}';
    expect(await errorOf(text)).toBe(
      'not valid JSON at line 5, column 27: a property name in double quotes expected'
    );
    expect(await errorOf('')).toBe('not valid JSON at line 1, column 1: a value expected');
    expect(await errorOf('{"a": 1} // done')).toBe(
      'not valid JSON at line 1, column 10: comments are not allowed in JSON'
    );
  });

  it('accepts a UTF-8 byte order mark and refuses UTF-16 or other encodings with a reason', async () => {
    const document = { resources, products: [product] };
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(JSON.stringify(document)),
    ]);
    expect((await planOf(bom)).throughput).toBe(4);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(JSON.stringify(document), 'utf16le'),
    ]);
    expect(await errorOf(utf16)).toBe('saved as UTF-16: save it as UTF-8');
    expect(await errorOf(Buffer.from([0x7b, 0xc0, 0x7d]))).toBe('not UTF-8 text: save it as UTF-8');
  });

  it('reads resource names that are also Object.prototype members as plain names', async () => {
    const odd = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    const report = await planOf(
      JSON.parse(
        `{"resources": [${odd.map((name) => `{"name": "${name}", "capacity": 10}`).join(',')}],` +
          '"products": [{"name": "A", "price": 5, "tvc": 1, "demand": 4, "usage": {"__proto__": 2}},' +
          '{"name": "B", "price": 5, "tvc": 1, "demand": 3, "usage": {"toString": 1}}]}'
      ),
      '--method',
      'optimal'
    );
    expect(report.resources.map((r: { name: string; used: number }) => [r.name, r.used])).toEqual([
      ['constructor', 0],
      ['__proto__', 8],
      ['toString', 3],
      ['hasOwnProperty', 0],
    ]);
    expect(Object.keys(report.shadowPrices)).toEqual(odd);
  });

  it('refuses a problem too large to hold before allocating it', async () => {
    const resources = Array.from({ length: 10_000 }, (_, r) => ({ name: `R${r}`, capacity: 1 }));
    const products = Array.from({ length: 5_001 }, (_, i) => ({
      name: `P${i}`,
      price: 1,
      tvc: 0,
      demand: 1,
    }));
    expect(await errorOf({ resources, products })).toBe(
      'products: 5,001 products × 10,000 resources are more times per unit than ta holds (50,000,000); plan the resources that can bind'
    );
  });

  it('says when a file cannot be read', async () => {
    const { code, err } = await ta('plan', '/nonexistent/problem.json');
    expect([code, err]).toEqual([2, 'ta: /nonexistent/problem.json: no such file (ENOENT)\n']);
    expect((await ta('plan', 'examples')).err).toBe(
      'ta: examples: a folder, not a file (EISDIR)\n'
    );
  });
});
