/**
 * How the playground recognizes its own report sheets. Univer has no Excel-style worksheet custom
 * properties, so a report sheet carries a marker in its sheet metadata, and the workbook keeps a
 * map source → sheet id. A sheet counts as ours only when the id in the map and the marker on the
 * sheet agree, never because of its name.
 */
import type { FWorkbook, FWorksheet } from '@univerjs/sheets/facade';
import type { ReportState, SourceRef } from '../src/workbook/gateway';

export type BlockArea = readonly [row: number, column: number, rows: number, columns: number];

export type Marker = {
  readonly owner: 'throughput-accounting';
  readonly sourceKey: string;
  readonly complete: boolean;
  readonly fingerprint: string;
  /** Hash of the cells as written, to tell a hand-edited report from an untouched one. */
  readonly writtenHash: string;
  readonly areas: readonly BlockArea[];
};

const MARKER_KEY = 'taReport';
const MAP_KEY = 'taReportSheets';

export function sourceKey(source: SourceRef): string {
  return source.kind === 'table' ? `table:${source.name}` : 'selection';
}

export function readMarker(sheet: FWorksheet): Marker | null {
  const marker = sheet.getCustomMetadata()?.[MARKER_KEY] as Marker | undefined;
  return marker?.owner === 'throughput-accounting' ? marker : null;
}

export function writeMarker(sheet: FWorksheet, marker: Marker): void {
  sheet.setCustomMetadata({ ...(sheet.getCustomMetadata() ?? {}), [MARKER_KEY]: marker });
}

function readMap(workbook: FWorkbook): Record<string, string> {
  return { ...((workbook.getCustomMetadata()?.[MAP_KEY] as Record<string, string>) ?? {}) };
}

export function rememberSheet(workbook: FWorkbook, key: string, sheetId: string | null): void {
  const map = readMap(workbook);
  if (sheetId) map[key] = sheetId;
  else delete map[key];
  workbook.setCustomMetadata({ ...(workbook.getCustomMetadata() ?? {}), [MAP_KEY]: map });
}

/** FNV-1a over the JSON of the values: cheap, stable, enough to notice an edit. */
export function hashValues(values: unknown): string {
  const text = JSON.stringify(values);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export type OwnedSheet = { readonly sheet: FWorksheet; readonly marker: Marker };

/** The sheet the map points at for `key`, if it still carries our marker for that source. */
export function ownedSheet(workbook: FWorkbook, key: string): OwnedSheet | null {
  const id = readMap(workbook)[key];
  const sheet = id ? workbook.getSheetBySheetId(id) : null;
  const marker = sheet ? readMarker(sheet) : null;
  return sheet && marker?.sourceKey === key ? { sheet, marker } : null;
}

export function stateOf(owned: OwnedSheet | null, currentHash: string | null): ReportState {
  if (!owned) return { status: 'none' };
  const ids = { sheetId: owned.sheet.getSheetId(), sheetName: owned.sheet.getSheetName() };
  if (!owned.marker.complete) return { status: 'incomplete', ...ids };
  return currentHash === owned.marker.writtenHash
    ? { status: 'ours', ...ids }
    : { status: 'edited', ...ids };
}
