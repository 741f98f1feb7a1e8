/**
 * The workbook a newcomer sees first: the salon from the talk and Goldratt's P&Q, each as a table
 * with TA.* formulas already computing beside it.
 *
 * Salon (a month; the constraint is the masters' time, two masters × 10 h × 5 days = 100 h):
 * Classic earns 1,020 per master hour, "Gold Star" 2,520 per unit but 840 per hour (17 vs 14 a
 * minute, as in the talk), hair dye over the counter takes no master time at all.
 */
import type { FWorkbook, FWorksheet } from '@univerjs/sheets/facade';
import type { Language } from './univerHost';

type Row = readonly (string | number)[];

export type ExampleSheet = {
  readonly sheetName: string;
  readonly tableName: string;
  readonly headers: Readonly<Record<Language, readonly string[]>>;
  readonly rows: readonly Row[];
  /** Label + value pairs under the table: [0] capacity of the constraint, [1] OE. */
  readonly parameters: Readonly<Record<Language, readonly (readonly [string, number])[]>>;
};

const HEADERS: Record<Language, readonly string[]> = {
  en: ['Product', 'Price', 'TVC', 'CCR time', 'Demand'],
  ru: ['Продукт', 'Цена', 'АПЗ', 'Время на ограничении', 'Спрос'],
};

export const SALON: ExampleSheet = {
  sheetName: 'Salon',
  // Univer refuses a table named like a sheet.
  tableName: 'Services',
  headers: {
    en: ['Service', 'Price', 'TVC', 'Master hours', 'Demand'],
    ru: ['Услуга', 'Цена', 'АПЗ', 'Часы мастера', 'Спрос'],
  },
  rows: [
    ['Classic haircut', 1500, 480, 1, 60],
    ['"Gold Star" haircut', 3900, 1380, 3, 20],
    ['Beard trim', 800, 200, 0.5, 40],
    ['Hair dye (over the counter)', 900, 600, 0, 30],
  ],
  parameters: {
    en: [
      ['Master hours a month', 100],
      ['Operating expense (OE) a month', 60000],
    ],
    ru: [
      ['Часы мастеров в месяц', 100],
      ['Операционные расходы (OE) в месяц', 60000],
    ],
  },
};

export const PQ: ExampleSheet = {
  sheetName: 'P&Q',
  tableName: 'PQ',
  headers: HEADERS,
  rows: [
    ['P', 90, 45, 15, 100],
    ['Q', 100, 40, 30, 50],
  ],
  parameters: {
    en: [
      ['Minutes of B a week', 2400],
      ['Operating expense (OE) a week', 6000],
    ],
    ru: [
      ['Минут ресурса B в неделю', 2400],
      ['Операционные расходы (OE) в неделю', 6000],
    ],
  },
};

export const EXAMPLES = [SALON, PQ] as const;

/** Where things sit on an example sheet (0-based rows; the table starts at A1). */
export function layoutOf(example: ExampleSheet) {
  const last = example.rows.length + 1;
  return {
    tableRows: example.rows.length + 1,
    firstDataRow: 2,
    lastDataRow: last,
    capacityCell: `B${last + 2}`,
    oeCell: `B${last + 3}`,
    mixTableRow: last + 5,
  };
}

function column(letter: string, example: ExampleSheet): string {
  const { firstDataRow, lastDataRow } = layoutOf(example);
  return `${letter}${firstDataRow}:${letter}${lastDataRow}`;
}

export type FormulaCell = {
  readonly cell: string;
  readonly label: Readonly<Record<Language, string>>;
  readonly formula: string;
};

/** The TA.* formulas shown beside each table (the functions' argument order is the add-in's). */
export function formulasOf(example: ExampleSheet): FormulaCell[] {
  const [price, tvc, time, demand] = ['B', 'C', 'D', 'E'].map((l) => column(l, example));
  const { capacityCell, oeCell, mixTableRow } = layoutOf(example);
  return [
    {
      cell: 'G2',
      label: { en: 'T per unit', ru: 'Проход на единицу' },
      formula: `=TA.THROUGHPUT(${price},${tvc})`,
    },
    {
      cell: 'H2',
      label: { en: 'T per CCR time', ru: 'Проход на единицу времени ограничения' },
      formula: `=TA.TPERCCR(${price},${tvc},${time})`,
    },
    {
      cell: 'I2',
      label: { en: 'Rank', ru: 'Ранг' },
      formula: `=TA.CCRRANK(${price},${tvc},${time})`,
    },
    {
      cell: 'J2',
      label: { en: 'Plan (MIX)', ru: 'План (MIX)' },
      formula: `=TA.MIX(${price},${tvc},${time},${demand},${capacityCell})`,
    },
    {
      cell: `A${mixTableRow + 1}`,
      label: { en: 'Product mix (TA.MIXTABLE)', ru: 'Ассортимент (TA.MIXTABLE)' },
      formula: `=TA.MIXTABLE(${column('A', example)},${price},${tvc},${time},${demand},${capacityCell},${oeCell})`,
    },
  ];
}

function fillSheet(sheet: FWorksheet, example: ExampleSheet, language: Language): void {
  const headers = example.headers[language];
  sheet
    .getRange(0, 0, 1, headers.length)
    .setValues([[...headers]])
    .setFontWeight('bold');
  sheet
    .getRange(1, 0, example.rows.length, headers.length)
    .setValues(example.rows.map((r) => [...r]));
  const { capacityCell } = layoutOf(example);
  const firstParameterRow = Number(capacityCell.slice(1)) - 1;
  example.parameters[language].forEach(([label, value], i) => {
    sheet.getRange(firstParameterRow + i, 0, 1, 2).setValues([[label, value]]);
  });
  sheet.setColumnWidth(0, 230);
  for (let c = 1; c < 12; c += 1) sheet.setColumnWidth(c, 110);
}

function writeFormulas(sheet: FWorksheet, example: ExampleSheet, language: Language): void {
  for (const { cell, label, formula } of formulasOf(example)) {
    const target = sheet.getRange(cell);
    const labelCell = sheet.getRange(target.getRow() - 1, target.getColumn());
    labelCell.setValue(label[language]).setFontWeight('bold');
    target.setFormula(formula);
  }
}

/** Values and tables first; formulas are written by `addExampleFormulas` once TA.* exist. */
export async function fillExamples(workbook: FWorkbook, language: Language): Promise<void> {
  for (const example of EXAMPLES) {
    const sheet = workbook.getSheetByName(example.sheetName);
    if (!sheet) throw new Error(`The example sheet ${example.sheetName} is missing`);
    fillSheet(sheet, example, language);
    const { tableRows } = layoutOf(example);
    const range = { startRow: 0, startColumn: 0, endRow: tableRows - 1, endColumn: 4 };
    const id = await workbook.addTable(sheet.getSheetId(), example.tableName, range);
    if (!id) throw new Error(`Univer refused the example table ${example.tableName}`);
  }
}

export function addExampleFormulas(workbook: FWorkbook, language: Language): void {
  for (const example of EXAMPLES) {
    const sheet = workbook.getSheetByName(example.sheetName);
    if (sheet) writeFormulas(sheet, example, language);
  }
}

/** The workbook snapshot: the two example sheets, Salon first. */
export function exampleSnapshot() {
  const sheets = Object.fromEntries(
    EXAMPLES.map((e, i) => [
      `sheet-${i + 1}`,
      { id: `sheet-${i + 1}`, name: e.sheetName, rowCount: 200, columnCount: 26 },
    ])
  );
  return {
    id: 'ta-playground',
    name: 'Throughput accounting',
    sheetOrder: Object.keys(sheets),
    sheets,
  };
}
