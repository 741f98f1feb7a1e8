/**
 * The safety rules every gateway applies, as pure functions over what it has read, so Excel,
 * the in-memory workbook and any other host decide the same way.
 *
 * Ownership: a report sheet is ours only when (1) the workbook settings map its source to the
 * sheet's id and a report id, and (2) the sheet carries our custom-property marker with that same
 * report id. A name alone never makes a sheet ours (Mac may reuse a deleted sheet's id, so the id
 * alone does not either).
 */
import type {
  RecordRef,
  ReportRef,
  ReportState,
  SourceRef,
  WriteBlocker,
  WriteMode,
} from './gateway';

/** Workbook setting holding `{ [sourceKey]: RegistryEntry }`. */
export const REGISTRY_SETTING = 'TA.reports';
/** Workbook setting holding the pane's own settings (column mappings, last inputs). */
export const PANE_SETTING = 'TA.settings';
/** Worksheet custom property carrying our marker. */
export const MARKER_PROPERTY = 'TA.report';

export type RegistryEntry = { readonly sheetId: string; readonly reportId: string };
export type Registry = Readonly<Record<string, RegistryEntry>>;

export type Marker = {
  readonly v: 1;
  readonly id: string;
  readonly complete: boolean;
  /** Fingerprint of the values as written (see fingerprint.ts). */
  readonly fp: string;
};

export function sourceKey(source: SourceRef | RecordRef | ReportRef): string {
  if (source.kind === 'record') return `record:${source.name}`;
  if (source.kind === 'report') return `${source.report}:${sourceKey(source.source)}`;
  return source.kind === 'table' ? `table:${source.name}` : 'selection';
}

export function encodeMarker(marker: Marker): string {
  return JSON.stringify(marker);
}

/** Our marker, or `null` for anything else (absent, foreign, malformed). */
export function parseMarker(text: unknown): Marker | null {
  if (typeof text !== 'string') return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { v, id, complete, fp } = value as Record<string, unknown>;
    if (v !== 1 || typeof id !== 'string' || typeof complete !== 'boolean') return null;
    if (typeof fp !== 'string') return null;
    return { v, id, complete, fp };
  } catch {
    return null;
  }
}

/** The registry as stored, keeping only well-formed entries. */
export function parseRegistry(value: unknown): Registry {
  if (typeof value !== 'object' || value === null) return {};
  const registry: Record<string, RegistryEntry> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const { sheetId, reportId } = (entry ?? {}) as Record<string, unknown>;
    if (typeof sheetId === 'string' && typeof reportId === 'string') {
      registry[key] = { sheetId, reportId };
    }
  }
  return registry;
}

export function withEntry(registry: Registry, key: string, entry: RegistryEntry | null): Registry {
  const next: Record<string, RegistryEntry> = { ...registry };
  if (entry) next[key] = entry;
  else delete next[key];
  return next;
}

/** What a gateway knows about the sheet a registry entry points at. */
export type SheetFacts = {
  readonly id: string;
  readonly name: string;
  readonly markerText: unknown;
};

/** The sheet is ours for this entry: same report id in the registry and on the sheet. */
export function ownMarker(
  entry: RegistryEntry | undefined,
  sheet: SheetFacts | null
): Marker | null {
  if (!entry || !sheet || sheet.id !== entry.sheetId) return null;
  const marker = parseMarker(sheet.markerText);
  return marker && marker.id === entry.reportId ? marker : null;
}

/** The state of our report: `currentFingerprint` is the hash of the sheet's values now. */
export function reportState(
  marker: Marker | null,
  sheet: SheetFacts | null,
  currentFingerprint: string | null
): ReportState {
  if (!marker || !sheet) return { status: 'none' };
  const at = { sheetId: sheet.id, sheetName: sheet.name };
  if (!marker.complete) return { status: 'incomplete', ...at };
  return currentFingerprint === marker.fp ? { status: 'ours', ...at } : { status: 'edited', ...at };
}

/** What the gateway has read about the workbook before writing. */
export type WorkbookFacts = {
  readonly supported: boolean;
  readonly readOnly: boolean;
  readonly editingCell: boolean;
  readonly structureProtected: boolean;
};

/** The first reason nothing may be written now, or `null`. */
export function writeBlocker(facts: WorkbookFacts): WriteBlocker | null {
  if (!facts.supported) return 'unsupportedHost';
  if (facts.readOnly) return 'workbookReadOnly';
  if (facts.editingCell) return 'cellEditMode';
  // Conservative: even Refresh of an existing sheet waits, so a report is never half-replaced.
  if (facts.structureProtected) return 'workbookStructureProtected';
  return null;
}

export type WriteTarget =
  | { readonly kind: 'new' }
  | { readonly kind: 'replace'; readonly sheetId: string }
  | { readonly kind: 'blocked'; readonly reason: 'sheetProtected' };

/**
 * Where to write. `replace` reuses only a sheet that is ours for this source (the pane asked the
 * user first when it was edited); a sheet that is not ours is never touched, whatever its name.
 */
export function writeTarget(
  mode: WriteMode,
  owned: { readonly sheetId: string; readonly protected: boolean } | null
): WriteTarget {
  if (mode === 'newSheet' || owned === null) return { kind: 'new' };
  if (owned.protected) return { kind: 'blocked', reason: 'sheetProtected' };
  return { kind: 'replace', sheetId: owned.sheetId };
}

/**
 * A removable sheet: it carries our marker and says "incomplete". The registry is not required:
 * a write can fail before the registry is updated, and such a sheet must still be removable.
 */
export function isRemovable(sheet: SheetFacts): boolean {
  const marker = parseMarker(sheet.markerText);
  return marker !== null && !marker.complete;
}

let counter = 0;
/** A report id unique enough within a workbook: time, a counter and randomness. */
export function newReportId(now: number = Date.now()): string {
  counter = (counter + 1) % 1e6;
  const random = Math.floor(Math.random() * 0xffffffff).toString(36);
  return `${now.toString(36)}-${counter.toString(36)}-${random}`;
}
