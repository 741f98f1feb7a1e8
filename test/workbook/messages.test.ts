import type { ProductProblemKind } from '../../src/workbook/productProblems';
import {
  blockerMessage,
  mappingProblemMessage,
  outcomeMessage,
  problemMessage,
  readErrorMessage,
  reportStateMessage,
  workbookMessages,
} from '../../src/workbook/messages';
import { WorkbookError } from '../../src/workbook/workbookError';

const KINDS: ProductProblemKind[] = [
  'blank',
  'text',
  'error',
  'boolean',
  'negative',
  'notFinite',
  'minimumAboveDemand',
  'duplicateName',
  'dateFormat',
  'mergedCells',
  'noRows',
  'capacityNotPositive',
  'operatingExpenseInvalid',
];

describe('workbook messages', () => {
  it('has the same keys in English and Russian, none empty', () => {
    const en = workbookMessages('en');
    const ru = workbookMessages('ru');
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const text of [...Object.values(en), ...Object.values(ru)])
      expect(text.trim()).not.toBe('');
  });

  it.each(['en', 'ru'] as const)(
    'names the row and the column of every cell problem (%s)',
    (language) => {
      for (const kind of KINDS) {
        const message = problemMessage(
          { kind, severity: 'error', row: 17, column: 'Цена', value: '12,50' },
          language
        );
        expect(message).not.toMatch(/\{\w+\}/);
        if (
          [
            'blank',
            'text',
            'error',
            'boolean',
            'negative',
            'notFinite',
            'minimumAboveDemand',
          ].includes(kind)
        ) {
          expect(message).toContain('17');
          expect(message).toContain('Цена');
        }
      }
    }
  );

  it('says what blocks a write and what a write did, in both languages', () => {
    expect(blockerMessage('workbookReadOnly', 'en')).toContain('read-only');
    expect(blockerMessage('cellEditMode', 'ru')).toContain('редактируется');
    expect(
      outcomeMessage(
        { status: 'written', sheetId: '1', sheetName: 'TA Report', chart: 'added' },
        'en'
      )
    ).toContain('TA Report');
    expect(
      outcomeMessage(
        { status: 'failed', code: 'GeneralException', sheetId: '1', incomplete: true },
        'ru'
      )
    ).toContain('незавершённый');
    expect(
      reportStateMessage({ status: 'edited', sheetId: '1', sheetName: 'Отчёт ТА' }, 'ru')
    ).toContain('изменён вручную');
    expect(reportStateMessage({ status: 'none' }, 'en')).toBeNull();
    expect(
      mappingProblemMessage(
        { kind: 'ambiguousColumn', field: 'price', headers: ['Price', 'price'] },
        'en'
      )
    ).toBe('Several columns could be price (“Price”, “price”): choose one in Columns.');
    expect(readErrorMessage(new WorkbookError('sourceNotFound', 'Products'), 'en')).toBe(
      'Table “Products” not found: choose the products table.'
    );
  });
});
