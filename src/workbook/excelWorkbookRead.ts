/** What the report writer reads before it writes anything (no writes here). */
import {
  MARKER_PROPERTY,
  REGISTRY_SETTING,
  ownMarker,
  parseRegistry,
  type Registry,
} from './reportRules';

export type WorkbookRead = {
  readonly readOnly: boolean;
  readonly structureProtected: boolean;
  readonly registry: Registry;
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
  readonly tableNames: readonly string[];
};

/** Queues the reads of sync 1; call the result after the sync. */
export function queueWorkbookRead(context: Excel.RequestContext): () => WorkbookRead {
  const { workbook } = context;
  workbook.load('readOnly');
  workbook.protection.load('protected');
  const registry = workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
  registry.load('value');
  workbook.worksheets.load('items/id,items/name');
  workbook.tables.load('items/name');
  return () => ({
    readOnly: workbook.readOnly,
    structureProtected: workbook.protection.protected,
    registry: parseRegistry(registry.isNullObject ? null : registry.value),
    sheets: workbook.worksheets.items.map((s) => ({ id: s.id, name: s.name })),
    tableNames: workbook.tables.items.map((t) => t.name),
  });
}

export type SheetMarker = {
  readonly id: string;
  readonly name: string;
  readonly markerText: unknown;
};

/** Our marker property of every sheet, in one sync (to find a sheet by its marker). */
export async function readMarkers(
  context: Excel.RequestContext,
  sheets: readonly { readonly id: string; readonly name: string }[]
): Promise<SheetMarker[]> {
  const items = sheets.map((sheet) => {
    const property = context.workbook.worksheets
      .getItem(sheet.id)
      .customProperties.getItemOrNullObject(MARKER_PROPERTY);
    property.load('value');
    return { sheet, property };
  });
  await context.sync();
  return items.map(({ sheet, property }) => ({
    ...sheet,
    markerText: property.isNullObject ? null : property.value,
  }));
}

export type Owned = {
  readonly sheet: Excel.Worksheet;
  readonly id: string;
  readonly name: string;
  readonly reportId: string;
  readonly markerText: unknown;
  readonly protected: boolean;
  readonly tables: Excel.Table[];
  readonly charts: Excel.Chart[];
};

/**
 * The registered sheet of `key` when it carries our marker with the registered report id; found
 * by the marker when the registry has no sheet id yet (a write stopped right after adding it).
 */
export async function readOwned(
  context: Excel.RequestContext,
  read: WorkbookRead,
  key: string
): Promise<Owned | null> {
  const entry = read.registry[key];
  if (!entry) return null;
  // One sync whatever the case: usually one candidate, every sheet only after an interruption.
  const candidates = read.sheets
    .filter((s) => entry.sheetId === undefined || s.id === entry.sheetId)
    .map((known) => {
      const sheet = context.workbook.worksheets.getItem(known.id);
      const property = sheet.customProperties.getItemOrNullObject(MARKER_PROPERTY);
      property.load('value');
      sheet.protection.load('protected');
      sheet.tables.load('items/name');
      sheet.charts.load('items/name');
      return { known, sheet, property };
    });
  if (candidates.length === 0) return null;
  await context.sync();
  const found = candidates
    .map(({ known, sheet, property }) => ({
      known,
      sheet,
      markerText: property.isNullObject ? null : (property.value as unknown),
    }))
    .find(({ known, markerText }) => ownMarker(entry, { ...known, markerText }) !== null);
  if (!found) return null;
  const { known, sheet, markerText } = found;
  return {
    sheet,
    id: known.id,
    name: known.name,
    reportId: entry.reportId,
    markerText,
    protected: sheet.protection.protected,
    tables: sheet.tables.items,
    charts: sheet.charts.items,
  };
}
