/**
 * Column mappings kept in the workbook settings, one per source under `mapping:<source>`, so the
 * owner maps a table once.
 */
import {
  FIELDS,
  detectColumns,
  resolveMapping,
  type ColumnMapping,
  type Detection,
  type MappedField,
} from './columnMapping';
import type { SourceRef, WorkbookSettings } from './gateway';
import { sourceKey } from './reportRules';

export function mappingSettingKey(source: SourceRef): string {
  return `mapping:${sourceKey(source)}`;
}

/** The mapping stored for `source`, if it has the right shape. */
export function storedMapping(settings: WorkbookSettings, source: SourceRef): ColumnMapping | null {
  const value = settings[mappingSettingKey(source)];
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const text = (key: MappedField) =>
    typeof record[key] === 'string' ? (record[key] as string) : null;
  if (!Array.isArray(record.resources)) return null;
  const resources = record.resources.flatMap((r: unknown) => {
    const { resource, header } = (r ?? {}) as Record<string, unknown>;
    return typeof resource === 'string' && typeof header === 'string' ? [{ resource, header }] : [];
  });
  return {
    name: text('name'),
    price: text('price'),
    tvc: text('tvc'),
    demand: text('demand'),
    minimum: text('minimum'),
    resources,
  };
}

/** Settings with `mapping` stored for `source` (a new object; the old one is not changed). */
export function withMapping(
  settings: WorkbookSettings,
  source: SourceRef,
  mapping: ColumnMapping
): WorkbookSettings {
  return { ...settings, [mappingSettingKey(source)]: JSON.parse(JSON.stringify(mapping)) };
}

/** The stored mapping when it still fits the headers, otherwise the detected one. */
export function chooseMapping(
  settings: WorkbookSettings,
  source: SourceRef,
  headers: readonly string[]
): Detection {
  const stored = storedMapping(settings, source);
  if (stored && resolveMapping(stored, headers).status === 'resolved') {
    const mapped = new Set([
      ...FIELDS.map((f) => stored[f]),
      ...stored.resources.map((r) => r.header),
    ]);
    return {
      mapping: stored,
      problems: [],
      unmapped: headers.filter((h) => !mapped.has(h.trim()) && h.trim() !== ''),
    };
  }
  return detectColumns(headers);
}
