/**
 * Which column of the user's table holds which field. Headers are matched after trim, case-fold
 * and `ё`→`е`, in English and Russian; a unit after a comma or in brackets is ignored
 * ("Цена, руб." is a price). Two columns that match one field are reported, never picked from.
 *
 * A mapping names columns by their header text, so it survives a column being moved; it is a
 * plain object kept in the workbook settings under `mapping:<source>`.
 */
import type { SourceRef, WorkbookSettings } from './gateway';
import { sourceKey } from './reportRules';

export type MappedField = 'name' | 'price' | 'tvc' | 'demand' | 'minimum';

export type ResourceColumn = { readonly resource: string; readonly header: string };

export type ColumnMapping = {
  readonly name: string | null;
  readonly price: string | null;
  readonly tvc: string | null;
  readonly demand: string | null;
  readonly minimum: string | null;
  /** One column per resource: time per unit of product on that resource. */
  readonly resources: readonly ResourceColumn[];
};

export type MappingProblem =
  | { readonly kind: 'missingColumn'; readonly field: MappedField | 'time' }
  | {
      readonly kind: 'ambiguousColumn';
      readonly field: MappedField | 'time';
      readonly headers: readonly string[];
    }
  /** A stored mapping names a header the table no longer has. */
  | { readonly kind: 'headerNotFound'; readonly header: string };

const SYNONYMS: Readonly<Record<MappedField, readonly string[]>> = {
  name: [
    'name',
    'product',
    'product name',
    'service',
    'item',
    'товар',
    'услуга',
    'наименование',
    'название',
    'продукт',
  ],
  price: ['price', 'unit price', 'selling price', 'цена', 'цена продажи'],
  tvc: [
    'tvc',
    'totally variable cost',
    'totally variable costs',
    'variable cost',
    'variable costs',
    'materials',
    'переменные затраты',
    'абсолютно переменные затраты',
    'себестоимость',
    'материалы',
  ],
  demand: ['demand', 'forecast', 'demand forecast', 'спрос', 'прогноз', 'прогноз спроса'],
  minimum: ['minimum', 'min quantity', 'minimum quantity', 'минимум', 'минимальное количество'],
};
const TIME_WORDS = [
  'time',
  'ccr time',
  'time on the constraint',
  'constraint time',
  'minutes',
  'hours',
  'время',
  'время на ограничении',
  'минуты',
  'часы',
];
const TIME_PREFIX = /^(time|minutes|hours|время|минуты|часы)\s*[:—–-]\s*(.+)$/;
const FIELDS: readonly MappedField[] = ['name', 'price', 'tvc', 'demand', 'minimum'];
const REQUIRED: readonly MappedField[] = ['name', 'price', 'tvc'];

/** The header as matched: trimmed, case-folded, `ё`→`е`, single spaces, no unit suffix. */
export function normalizeHeader(header: string): string {
  return withoutUnit(header.normalize('NFKC').toLowerCase().replace(/ё/g, 'е'));
}

/** "Time: Master, min" → "Time: Master"; "Price (USD)" → "Price". */
function withoutUnit(header: string): string {
  return header
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\([^)]*\)$/, '')
    .replace(/\s*,[^,:]*$/, '')
    .trim();
}

export type Detection = {
  readonly mapping: ColumnMapping;
  readonly problems: readonly MappingProblem[];
  /** Headers no field took: candidates the user may map as resources. */
  readonly unmapped: readonly string[];
};

/** The mapping read from the headers, with what is missing or ambiguous. */
export function detectColumns(headers: readonly string[]): Detection {
  const problems: MappingProblem[] = [];
  const used = new Set<number>();
  const pick = (field: MappedField | 'time', columns: number[]): string | null => {
    if (columns.length > 1) {
      problems.push({
        kind: 'ambiguousColumn',
        field,
        headers: columns.map((c) => headers[c] ?? ''),
      });
      columns.forEach((c) => used.add(c));
      return null;
    }
    const column = columns[0];
    if (column === undefined) return null;
    used.add(column);
    return headers[column] ?? null;
  };
  const normalized = headers.map(normalizeHeader);
  const matching = (words: readonly string[]) =>
    normalized.flatMap((h, c) => (words.includes(h) ? [c] : []));
  const found = Object.fromEntries(FIELDS.map((f) => [f, pick(f, matching(SYNONYMS[f]))]));
  const resources = detectResources(headers, normalized, used, pick);
  for (const field of REQUIRED) {
    if (found[field] === null && !problems.some((p) => 'field' in p && p.field === field)) {
      problems.push({ kind: 'missingColumn', field });
    }
  }
  if (
    resources.length === 0 &&
    !problems.some((p) => p.kind === 'ambiguousColumn' && p.field === 'time')
  ) {
    problems.push({ kind: 'missingColumn', field: 'time' });
  }
  const mapping = { ...(found as Record<MappedField, string | null>), resources };
  const unmapped = headers.filter((h, c) => !used.has(c) && h.trim() !== '');
  return { mapping, problems, unmapped };
}

function detectResources(
  headers: readonly string[],
  normalized: readonly string[],
  used: Set<number>,
  pick: (field: 'time', columns: number[]) => string | null
): ResourceColumn[] {
  const resources: ResourceColumn[] = [];
  normalized.forEach((h, c) => {
    const match = TIME_PREFIX.exec(h);
    if (!match || used.has(c)) return;
    const header = headers[c] ?? '';
    const bare = withoutUnit(header.normalize('NFKC'));
    used.add(c);
    resources.push({ resource: bare.slice(bare.search(/[:—–-]/) + 1).trim(), header });
  });
  const plain = pick(
    'time',
    normalized.flatMap((h, c) => (TIME_WORDS.includes(h) && !used.has(c) ? [c] : []))
  );
  if (plain !== null) resources.unshift({ resource: plain.trim(), header: plain });
  return resources;
}

/** Column indices of a mapping on the current headers. */
export type ResolvedColumns = {
  readonly name: number;
  readonly price: number;
  readonly tvc: number;
  readonly demand: number | null;
  readonly minimum: number | null;
  readonly resources: readonly { readonly resource: string; readonly column: number }[];
};

export type Resolution =
  | { readonly status: 'resolved'; readonly columns: ResolvedColumns }
  | { readonly status: 'problems'; readonly problems: readonly MappingProblem[] };

/** Finds each mapped header among `headers` (exact text after trim); refuses gaps and doubles. */
export function resolveMapping(mapping: ColumnMapping, headers: readonly string[]): Resolution {
  const problems: MappingProblem[] = [];
  const trimmed = headers.map((h) => h.trim());
  const find = (field: MappedField | 'time', header: string | null): number | null => {
    if (header === null) return null;
    const columns = trimmed.flatMap((h, c) => (h === header.trim() ? [c] : []));
    if (columns.length === 0) problems.push({ kind: 'headerNotFound', header });
    if (columns.length > 1)
      problems.push({ kind: 'ambiguousColumn', field, headers: [header, header] });
    return columns.length === 1 ? (columns[0] as number) : null;
  };
  const at = Object.fromEntries(FIELDS.map((f) => [f, find(f, mapping[f])])) as Record<
    MappedField,
    number | null
  >;
  for (const field of REQUIRED) {
    if (mapping[field] === null) problems.push({ kind: 'missingColumn', field });
  }
  if (mapping.resources.length === 0) problems.push({ kind: 'missingColumn', field: 'time' });
  const resources = mapping.resources.map((r) => ({
    resource: r.resource,
    column: find('time', r.header),
  }));
  if (problems.length > 0) return { status: 'problems', problems };
  return {
    status: 'resolved',
    columns: {
      name: at.name as number,
      price: at.price as number,
      tvc: at.tvc as number,
      demand: at.demand,
      minimum: at.minimum,
      resources: resources.map((r) => ({ resource: r.resource, column: r.column as number })),
    },
  };
}

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
