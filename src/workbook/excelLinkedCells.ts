/**
 * The read-side extras of the Excel gateway: Excel's number separators, cells read by reference
 * (linked inputs, named ranges) and the change events that tell the pane the sheet moved on.
 */
import { rangeAddress } from './a1';
import { parseReference, type CellReference } from './cellReference';
import { kindOfValueType, type ExcelHost } from './excelHost';
import type { CellValue, RangeRead, WorkbookChange } from './gateway';
import { excelNumberSettings, numberSettingsOf, type NumberSettings } from './typedNumber';

/**
 * Application.cultureInfo (ExcelApi 1.11) gives the system's separators; Excel's own options may
 * override them (useSystemSeparators off), and those are the ones a typed number follows.
 */
export async function readExcelNumberSettings(host: ExcelHost): Promise<NumberSettings> {
  const fallback = numberSettingsOf(host.displayLanguage);
  if (!host.isSetSupported('1.11')) return fallback;
  try {
    return await host.run({}, async (context) => {
      const application = context.workbook.application;
      application.load('decimalSeparator,thousandsSeparator,useSystemSeparators');
      const culture = application.cultureInfo.numberFormat;
      culture.load('numberDecimalSeparator,numberGroupSeparator');
      await context.sync();
      return application.useSystemSeparators
        ? excelNumberSettings(
            culture.numberDecimalSeparator,
            culture.numberGroupSeparator,
            fallback
          )
        : excelNumberSettings(
            application.decimalSeparator,
            application.thousandsSeparator,
            fallback
          );
    });
  } catch {
    return fallback;
  }
}

type Pending = { readonly range: Excel.Range; readonly sheet: Excel.Worksheet };

/** Cells by reference, two syncs in all: one to find sheets and names, one for the values. */
export async function readExcelRanges(
  context: Excel.RequestContext,
  references: readonly string[],
  defaultSheet: string | null
): Promise<RangeRead[]> {
  const parsed = references.map(parseReference);
  const targets = parsed.map((reference) => locate(context, reference, defaultSheet));
  await context.sync();
  const pending: (Pending | null)[] = parsed.map((reference, i) => {
    const target = targets[i];
    if (!reference || !target || target.isNullObject) return null;
    const range =
      reference.kind === 'name'
        ? (target as Excel.Range)
        : (target as Excel.Worksheet).getRangeByIndexes(
            reference.row,
            reference.column,
            reference.rows,
            reference.columns
          );
    range.load('values,valueTypes,rowIndex,columnIndex,rowCount,columnCount');
    const sheet = range.worksheet.load('id,name');
    return { range, sheet };
  });
  await context.sync();
  return pending.map((item) => (item === null ? { status: 'notFound' } : readOf(item)));
}

function locate(
  context: Excel.RequestContext,
  reference: CellReference | null,
  defaultSheet: string | null
): Excel.Worksheet | Excel.Range | null {
  if (reference === null) return null;
  if (reference.kind === 'name') {
    const range = context.workbook.names.getItemOrNullObject(reference.name).getRangeOrNullObject();
    range.load('address');
    return range;
  }
  const name = reference.sheet ?? defaultSheet;
  if (name === null) return null;
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load('id');
  return sheet;
}

function readOf({ range, sheet }: Pending): RangeRead {
  const kinds = range.valueTypes.map((row) => row.map((type) => kindOfValueType(String(type))));
  const values = range.values.map((row, r) =>
    row.map((value, c) => (kinds[r]?.[c] === 'empty' ? null : (value as CellValue)))
  );
  const { rowIndex, columnIndex, rowCount, columnCount } = range;
  return {
    status: 'read',
    address: rangeAddress(sheet.name, rowIndex, columnIndex, rowCount, columnCount),
    sheetId: sheet.id,
    values,
    kinds,
  };
}

/**
 * Worksheets' onChanged (ExcelApi 1.9): every edit of any sheet, with the sheet's id and the
 * address. Older Excel has no such event: the pane then re-reads when it gets the focus.
 */
export function watchExcelChanges(
  host: ExcelHost,
  listener: (change: WorkbookChange) => void
): () => void {
  if (!host.isSetSupported('1.9')) return () => undefined;
  let stopped = false;
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null =
    null;
  const remove = async () => {
    const handler = registration;
    registration = null;
    if (handler === null) return;
    handler.remove();
    await handler.context.sync();
  };
  void host
    .run({}, async (context) => {
      registration = context.workbook.worksheets.onChanged.add(async (event) => {
        listener({ sheetId: event.worksheetId ?? null, address: event.address ?? null });
      });
      await context.sync();
      if (stopped) await remove();
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    remove().catch(() => undefined);
  };
}
