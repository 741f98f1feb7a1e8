/**
 * The workbook a newcomer sees first: the salon from the talk and Goldratt's P&Q, each as a table
 * with TA.* formulas already computing beside it.
 *
 * Salon (a month; the constraint is the masters' time, two masters × 10 h × 5 days = 100 h):
 * Classic earns 1,020 per master hour, "Gold Star" 2,520 per unit but 840 per hour (17 vs 14 a
 * minute, as in the talk), hair dye over the counter takes no master time at all.
 *
 * Both sheets count the constraint's time in hours, as the task pane reports it, so T per CCR
 * hour on the sheet, in TA.MIXTABLE and in the pane is one number with one unit. P&Q's classic
 * 15 and 30 minutes of B are 0.25 and 0.5 h; its 2,400 minutes a week are 40 h.
 */
import type { FWorkbook, FWorksheet } from '@univerjs/sheets/facade';
import type { Language } from './univerHost';

/** A product: its name in each language, then price, TVC, CCR time, demand, minimum. */
type Row = readonly [
  Readonly<Record<Language, string>>,
  number,
  number,
  number,
  number,
  number | null,
];

export type ExampleSheet = {
  readonly sheetName: Readonly<Record<Language, string>>;
  readonly tableName: string;
  /** Headers the pane's column detection recognizes (src/workbook/columnMapping.ts). */
  readonly headers: Readonly<Record<Language, readonly string[]>>;
  readonly rows: readonly Row[];
  /** Label + value pairs under the table: [0] capacity of the constraint, [1] OE. */
  readonly parameters: Readonly<Record<Language, readonly (readonly [string, number])[]>>;
  /** The label of TA.TPERCCR's column, naming the constraint and the unit of its time. */
  readonly rateLabel: Readonly<Record<Language, string>>;
};

const TVC: Record<Language, string> = { en: 'TVC', ru: 'Абсолютно переменные затраты' };

export const SALON: ExampleSheet = {
  sheetName: { en: 'Salon', ru: 'Салон' },
  // Univer refuses a table named like a sheet.
  tableName: 'Services',
  headers: {
    en: ['Service', 'Price', TVC.en, 'Time: Master, h', 'Demand', 'Minimum'],
    ru: ['Услуга', 'Цена', TVC.ru, 'Время: Мастер, ч', 'Спрос', 'Минимум'],
  },
  rows: [
    [{ en: 'Classic haircut', ru: 'Классическая стрижка' }, 1500, 480, 1, 60, null],
    [{ en: '"Gold Star" haircut', ru: 'Стрижка «Золотая звезда»' }, 3900, 1380, 3, 20, null],
    [{ en: 'Beard trim', ru: 'Оформление бороды' }, 800, 200, 0.5, 40, null],
    [
      { en: 'Hair dye (over the counter)', ru: 'Краска для волос (продажа)' },
      900,
      600,
      0,
      30,
      null,
    ],
  ],
  parameters: {
    en: [
      ['Master hours a month', 100],
      ['Operating expense (OE) a month', 60000],
    ],
    ru: [
      ['Часы мастеров в месяц', 100],
      ['Операционные расходы (ОЕ) в месяц', 60000],
    ],
  },
  rateLabel: { en: 'T per master hour', ru: 'Проход за час мастера' },
};

export const PQ: ExampleSheet = {
  sheetName: { en: 'P&Q', ru: 'P&Q' },
  tableName: 'PQ',
  headers: {
    en: ['Product', 'Price', TVC.en, 'Time: B, h', 'Demand', 'Minimum'],
    ru: ['Продукт', 'Цена', TVC.ru, 'Время: B, ч', 'Спрос', 'Минимум'],
  },
  rows: [
    [{ en: 'P', ru: 'P' }, 90, 45, 0.25, 100, null],
    [{ en: 'Q', ru: 'Q' }, 100, 40, 0.5, 50, null],
  ],
  parameters: {
    en: [
      ['Hours of B a week', 40],
      ['Operating expense (OE) a week', 6000],
    ],
    ru: [
      ['Часов ресурса B в неделю', 40],
      ['Операционные расходы (ОЕ) в неделю', 6000],
    ],
  },
  rateLabel: { en: 'T per hour of B', ru: 'Проход за час B' },
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

/**
 * The TA.* formulas shown with each table, in the add-in's argument order. MIXTABLE gets the
 * Minimum column rather than an omitted argument: Univer passes an omitted middle argument
 * (`,,`) as 0, not as Excel's null.
 */
export function formulasOf(example: ExampleSheet): FormulaCell[] {
  const [names, price, tvc, time, demand, minimum] = ['A', 'B', 'C', 'D', 'E', 'F'].map((l) =>
    column(l, example)
  );
  const { capacityCell, oeCell, mixTableRow } = layoutOf(example);
  const cells: [string, string, string, string][] = [
    ['H2', 'T per unit', 'Проход на единицу', `=TA.THROUGHPUT(${price},${tvc})`],
    ['I2', example.rateLabel.en, example.rateLabel.ru, `=TA.TPERCCR(${price},${tvc},${time})`],
    ['J2', 'Rank', 'Место', `=TA.CCRRANK(${price},${tvc},${time})`],
    [
      'K2',
      'Plan (TA.MIX)',
      'План (TA.MIX)',
      `=TA.MIX(${price},${tvc},${time},${demand},${capacityCell})`,
    ],
    [
      `A${mixTableRow + 1}`,
      'Product mix (TA.MIXTABLE)',
      'Ассортимент (TA.MIXTABLE)',
      `=TA.MIXTABLE(${names},${price},${tvc},${time},${demand},${capacityCell},${minimum},${oeCell})`,
    ],
  ];
  return cells.map(([cell, en, ru, formula]) => ({ cell, label: { en, ru }, formula }));
}

/**
 * Column widths (px) that fit both what sits in a column: the table and its parameters (A–F),
 * the formulas beside it (H–K) and the TA.MIXTABLE spill under it (A–J: rank, product, T/unit,
 * T per CCR hour, demand, minimum, quantity, CCR time, cumulative load, T). A table header also
 * holds a filter button; headers wrap between words, never inside one.
 */
export const COLUMN_WIDTHS: Record<Language, readonly number[]> = {
  en: [205, 215, 95, 110, 95, 100, 95, 95, 115, 95, 110],
  ru: [215, 215, 130, 130, 110, 110, 110, 110, 130, 95, 110],
};

function fillSheet(sheet: FWorksheet, example: ExampleSheet, language: Language): void {
  const headers = example.headers[language];
  const header = sheet.getRange(0, 0, 1, 11);
  sheet.getRange(0, 0, 1, headers.length).setValues([[...headers]]);
  header.setFontWeight('bold').setWrap(true);
  sheet.setRowHeight(0, language === 'ru' ? 64 : 48);
  const rows = example.rows.map(([name, ...numbers]) => [
    { v: name[language] },
    ...numbers.map((n) => (n === null ? {} : { v: n })),
  ]);
  sheet.getRange(1, 0, rows.length, headers.length).setValues(rows);
  const { capacityCell } = layoutOf(example);
  const firstParameterRow = Number(capacityCell.slice(1)) - 1;
  example.parameters[language].forEach(([label, value], i) => {
    sheet.getRange(firstParameterRow + i, 0, 1, 2).setValues([[label, value]]);
    // A long label wraps onto a second line rather than hiding under its value.
    sheet.getRange(firstParameterRow + i, 0).setWrap(true);
    sheet.setRowHeight(firstParameterRow + i, 36);
  });
  COLUMN_WIDTHS[language].forEach((width, c) => sheet.setColumnWidth(c, width));
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
    const sheet = workbook.getSheetByName(example.sheetName[language]);
    if (!sheet) throw new Error(`The example sheet ${example.sheetName[language]} is missing`);
    fillSheet(sheet, example, language);
    const { tableRows } = layoutOf(example);
    const endColumn = example.headers[language].length - 1;
    const range = { startRow: 0, startColumn: 0, endRow: tableRows - 1, endColumn };
    const id = await workbook.addTable(sheet.getSheetId(), example.tableName, range);
    if (!id) throw new Error(`Univer refused the example table ${example.tableName}`);
  }
}

export function addExampleFormulas(workbook: FWorkbook, language: Language): void {
  for (const example of EXAMPLES) {
    const sheet = workbook.getSheetByName(example.sheetName[language]);
    if (sheet) writeFormulas(sheet, example, language);
  }
}

/** The workbook snapshot: the two example sheets, Salon first, then `extra` sheets. */
export function exampleSnapshot(
  language: Language,
  extra: readonly { readonly name: string; readonly rowCount: number }[] = []
) {
  const all = [...EXAMPLES.map((e) => ({ name: e.sheetName[language], rowCount: 200 })), ...extra];
  const sheets = Object.fromEntries(
    all.map(({ name, rowCount }, i) => [
      `sheet-${i + 1}`,
      { id: `sheet-${i + 1}`, name, rowCount, columnCount: 26 },
    ])
  );
  return {
    id: 'ta-playground',
    name: language === 'ru' ? 'Учёт по проходу' : 'Throughput accounting',
    sheetOrder: Object.keys(sheets),
    sheets,
  };
}
