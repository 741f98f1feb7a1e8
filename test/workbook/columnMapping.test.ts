import { detectColumns, resolveMapping } from '../../src/workbook/columnMapping';
import { chooseMapping, storedMapping, withMapping } from '../../src/workbook/mappingSettings';

describe('column mapping', () => {
  it('detects English headers after trim and case-fold', () => {
    const { mapping, problems } = detectColumns([
      '  Product ',
      'PRICE',
      'Totally variable cost',
      'Time on the constraint',
      'Demand',
      'Minimum',
    ]);
    expect(problems).toEqual([]);
    expect(mapping).toEqual({
      name: '  Product ',
      price: 'PRICE',
      tvc: 'Totally variable cost',
      demand: 'Demand',
      minimum: 'Minimum',
      resources: [{ resource: 'Time on the constraint', header: 'Time on the constraint' }],
    });
  });

  it('detects Russian headers, with ё, units after a comma and one column per resource', () => {
    const headers = [
      'Наименование',
      'Цена, руб.',
      'Абсолютно переменные затраты',
      'Время: Мастер',
      'Время: Кресло, мин',
      'Спрос',
      'Минимум',
    ];
    const { mapping, problems } = detectColumns(headers);
    expect(problems).toEqual([]);
    expect(mapping.price).toBe('Цена, руб.');
    expect(mapping.tvc).toBe('Абсолютно переменные затраты');
    expect(mapping.resources).toEqual([
      { resource: 'Мастер', header: 'Время: Мастер' },
      { resource: 'Кресло', header: 'Время: Кресло, мин' },
    ]);
  });

  it('takes TVC synonyms: переменные затраты, материалы, АПЗ, variable cost', () => {
    for (const tvc of ['Переменные затраты', 'материалы', 'АПЗ', 'Variable cost', 'TVC']) {
      expect(detectColumns(['Товар', 'Цена', tvc, 'Минуты']).mapping.tvc).toBe(tvc);
    }
  });

  it('reports two Price columns as ambiguous instead of picking one', () => {
    const { mapping, problems } = detectColumns(['Name', 'Price', 'price ', 'TVC', 'Hours']);
    expect(mapping.price).toBeNull();
    expect(problems).toEqual([
      { kind: 'ambiguousColumn', field: 'price', headers: ['Price', 'price '] },
    ]);
  });

  it('lists every missing required column and leaves unknown headers for the user to map', () => {
    const { problems, unmapped } = detectColumns(['Product', 'Colour', 'Weight']);
    expect(problems).toEqual([
      { kind: 'missingColumn', field: 'price' },
      { kind: 'missingColumn', field: 'tvc' },
      { kind: 'missingColumn', field: 'time' },
    ]);
    expect(unmapped).toEqual(['Colour', 'Weight']);
  });

  it('resolves a mapping to column indices and refuses a header that is gone', () => {
    const { mapping } = detectColumns(['Name', 'Price', 'TVC', 'Time: Master']);
    const moved = resolveMapping(mapping, ['Time: Master', 'TVC', 'Name', 'Price']);
    expect(moved).toEqual({
      status: 'resolved',
      columns: {
        name: 2,
        price: 3,
        tvc: 1,
        demand: null,
        minimum: null,
        resources: [{ resource: 'Master', column: 0 }],
      },
    });
    expect(resolveMapping(mapping, ['Name', 'Cost', 'TVC', 'Time: Master'])).toEqual({
      status: 'problems',
      problems: [{ kind: 'headerNotFound', header: 'Price' }],
    });
  });

  it('stores the mapping as a plain object keyed by the source and prefers it while it fits', () => {
    const source = { kind: 'table', name: 'Products' } as const;
    const headers = ['Name', 'Price', 'TVC', 'Weight'];
    const mapping = {
      ...detectColumns(headers).mapping,
      resources: [{ resource: 'Press', header: 'Weight' }],
    };
    const settings = JSON.parse(JSON.stringify(withMapping({}, source, mapping)));
    expect(Object.keys(settings)).toEqual(['mapping:table:Products']);
    expect(storedMapping(settings, source)).toEqual(mapping);
    expect(chooseMapping(settings, source, headers).mapping).toEqual(mapping);
    expect(chooseMapping(settings, { kind: 'selection' }, headers).problems).toContainEqual({
      kind: 'missingColumn',
      field: 'time',
    });
  });
});
