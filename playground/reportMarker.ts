/**
 * Where the playground keeps what the Excel gateway keeps in document settings and worksheet
 * custom properties. Univer has neither, so the workbook's metadata holds the settings (with the
 * report registry, source → sheet id + report id) and the report sheet's metadata holds the
 * marker. Ownership is decided by the shared rules of src/workbook/reportRules.ts: registry and
 * marker must agree; a name never makes a sheet ours.
 */
import type { FWorkbook, FWorksheet } from '@univerjs/sheets/facade';
import { fingerprintGrid } from '../src/workbook/fingerprint';
import type { WorkbookSettings } from '../src/workbook/gateway';
import {
  MARKER_PROPERTY,
  REGISTRY_SETTING,
  encodeMarker,
  parseRegistry,
  type Marker,
  type Registry,
  type SheetFacts,
} from '../src/workbook/reportRules';
import { readGrid } from './univerCells';

const SETTINGS_KEY = 'taSettings';

export function readSettings(workbook: FWorkbook): WorkbookSettings {
  return { ...((workbook.getCustomMetadata()?.[SETTINGS_KEY] as WorkbookSettings) ?? {}) };
}

/** Like Office's document settings: the keys given are set, the others kept. */
export function mergeSettings(workbook: FWorkbook, settings: WorkbookSettings): void {
  const custom = workbook.getCustomMetadata() ?? {};
  const merged = { ...readSettings(workbook), ...settings };
  workbook.setCustomMetadata({ ...custom, [SETTINGS_KEY]: merged });
}

export function readRegistry(workbook: FWorkbook): Registry {
  return parseRegistry(readSettings(workbook)[REGISTRY_SETTING]);
}

export function writeRegistry(workbook: FWorkbook, registry: Registry): void {
  mergeSettings(workbook, { [REGISTRY_SETTING]: registry });
}

export function sheetFacts(sheet: FWorksheet): SheetFacts {
  return {
    id: sheet.getSheetId(),
    name: sheet.getSheetName(),
    markerText: sheet.getCustomMetadata()?.[MARKER_PROPERTY],
  };
}

export function writeMarker(sheet: FWorksheet, marker: Marker): void {
  const custom = sheet.getCustomMetadata() ?? {};
  sheet.setCustomMetadata({ ...custom, [MARKER_PROPERTY]: encodeMarker(marker) });
}

/** Fingerprint of the sheet's values from A1 to its last non-empty cell, as read back. */
export function sheetFingerprint(sheet: FWorksheet): string {
  const rows = sheet.getLastRow() + 1;
  const columns = sheet.getLastColumn() + 1;
  if (rows <= 0 || columns <= 0) return fingerprintGrid([]);
  return fingerprintGrid(readGrid(sheet, sheet.getRange(0, 0, rows, columns)).values);
}
