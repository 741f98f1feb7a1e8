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
  SheetChange,
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

/**
 * The report of one source. `sheetId` is absent only between the batch that adds the sheet (its
 * id is not known before that batch returns) and the next: the marker's report id finds it.
 */
export type RegistryEntry = { readonly sheetId?: string; readonly reportId: string };
export type Registry = Readonly<Record<string, RegistryEntry>>;

export type Marker = {
  readonly v: 1;
  readonly id: string;
  readonly complete: boolean;
  /** Fingerprint of the values as written (see fingerprint.ts). */
  readonly fp: string;
  /** Registry key of the source (lets a later launch say what an orphan sheet was for). */
  readonly src?: string;
  /** Fingerprint of the sheet's formats and objects as written (see sheetLook.ts). */
  readonly look?: string;
};

/** The source a report reads: its own, or the main one of a report of several (the log). */
export function readSourceOf(source: SourceRef | RecordRef | ReportRef): SourceRef | RecordRef {
  return source.kind === 'report' ? source.source : source;
}

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
    const { v, id, complete, fp, src, look } = value as Record<string, unknown>;
    if (v !== 1 || typeof id !== 'string' || typeof complete !== 'boolean') return null;
    if (typeof fp !== 'string') return null;
    return {
      v,
      id,
      complete,
      fp,
      ...(typeof src === 'string' ? { src } : {}),
      ...(typeof look === 'string' ? { look } : {}),
    };
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
    if (typeof reportId !== 'string') continue;
    registry[key] = typeof sheetId === 'string' ? { sheetId, reportId } : { reportId };
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

/**
 * The sheet is ours for this entry: same report id in the registry and on the sheet, and the
 * registered sheet id when the registry has one.
 */
export function ownMarker(
  entry: RegistryEntry | undefined,
  sheet: SheetFacts | null
): Marker | null {
  if (!entry || !sheet) return null;
  if (entry.sheetId !== undefined && sheet.id !== entry.sheetId) return null;
  const marker = parseMarker(sheet.markerText);
  return marker && marker.id === entry.reportId ? marker : null;
}

/** The registered sheet among `sheets`: by id, or by the marker's report id before the id is known. */
export function registeredSheet<S extends SheetFacts>(
  entry: RegistryEntry | undefined,
  sheets: readonly S[]
): S | null {
  if (!entry) return null;
  const found = sheets.find((sheet) => ownMarker(entry, sheet) !== null);
  return found ?? null;
}

/** What the sheet looks like now: the hash of its values and of its formats and objects. */
export type SheetNow = { readonly values: string; readonly look: string | null };

/** The state of our report, from the fingerprints stored in its marker and the sheet now. */
export function reportState(
  marker: Marker | null,
  sheet: SheetFacts | null,
  now: SheetNow | null
): ReportState {
  if (!marker || !sheet) return { status: 'none' };
  const at = { sheetId: sheet.id, sheetName: sheet.name };
  if (!marker.complete) return { status: 'incomplete', ...at };
  const changes: SheetChange[] = [];
  if (now?.values !== marker.fp) changes.push('values');
  // A report written before looks were kept has nothing to compare with.
  if (marker.look !== undefined && now?.look !== null && now !== null) {
    changes.push(...lookChanges(marker.look, now.look));
  }
  return changes.length === 0 ? { status: 'ours', ...at } : { status: 'edited', ...at, changes };
}

/** A look fingerprint is `<extent>.<formats>.<objects>`: each part says what changed. */
function lookChanges(then: string, now: string): SheetChange[] {
  const [, formatsThen, objectsThen] = then.split('.');
  const [, formatsNow, objectsNow] = now.split('.');
  const changes: SheetChange[] = [];
  if (formatsThen !== formatsNow) changes.push('formats');
  if (objectsThen !== objectsNow) changes.push('objects');
  return changes;
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

/** The registry without whatever entry points at `sheet` (by id, or by its marker's report id). */
export function withoutSheet(registry: Registry, sheet: SheetFacts): Registry {
  const key = Object.keys(registry).find((k) => ownMarker(registry[k], sheet) !== null);
  return key === undefined ? registry : withEntry(registry, key, null);
}

let counter = 0;
/** A report id unique enough within a workbook: time, a counter and randomness. */
export function newReportId(now: number = Date.now()): string {
  counter = (counter + 1) % 1e6;
  const random = Math.floor(Math.random() * 0xffffffff).toString(36);
  return `${now.toString(36)}-${counter.toString(36)}-${random}`;
}
