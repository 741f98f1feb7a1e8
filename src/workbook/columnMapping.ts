/**
 * Which column of the user's table holds which field. Headers are matched after trim, case-fold
 * and `ё`→`е`, in English and Russian; a unit after a comma or in brackets is ignored
 * ("Цена, руб." is a price). Two columns that match one field are reported, never picked from.
 *
 * A mapping names columns by their header text, so it survives a column being moved; it is a
 * plain object kept in the workbook settings under `mapping:<source>`.
 */
import {
  DOUBTFUL_TVC,
  NAMED_TIME_WORDS,
  SYNONYMS,
  TIME_PATTERNS,
  TIME_PREFIX,
  TIME_WORDS,
} from './headerSynonyms';

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
  | { readonly kind: 'headerNotFound'; readonly header: string }
  /** TVC was taken from a cost-price column, which usually carries allocated costs: confirm it. */
  | { readonly kind: 'doubtfulTvc'; readonly header: string };

export const FIELDS: readonly MappedField[] = ['name', 'price', 'tvc', 'demand', 'minimum'];
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
  const tvcAmbiguous = problems.some((p) => p.kind === 'ambiguousColumn' && p.field === 'tvc');
  if (found.tvc === null && !tvcAmbiguous) {
    found.tvc = pick('tvc', matching(DOUBTFUL_TVC));
    if (found.tvc !== null) problems.push({ kind: 'doubtfulTvc', header: found.tvc });
  }
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
    if (used.has(c)) return;
    const header = headers[c] ?? '';
    const bare = withoutUnit(header.normalize('NFKC'));
    const resource = TIME_PREFIX.test(h)
      ? bare.slice(bare.search(/[:—–-]/) + 1).trim()
      : TIME_WORDS.includes(h)
        ? null
        : resourceOfPattern(bare);
    if (resource === null) return;
    used.add(c);
    resources.push({ resource, header });
  });
  const plain = pick(
    'time',
    normalized.flatMap((h, c) =>
      (TIME_WORDS.includes(h) || h in NAMED_TIME_WORDS) && !used.has(c) ? [c] : []
    )
  );
  if (plain !== null) {
    const named = NAMED_TIME_WORDS[normalizeHeader(plain)];
    resources.unshift({ resource: named ?? plain.trim(), header: plain });
  }
  return resources;
}

/** The resource a header of the add-in's own names ("Master time per unit" → "Master"). */
function resourceOfPattern(bare: string): string | null {
  const folded = bare.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  for (const pattern of TIME_PATTERNS) {
    const match = pattern.exec(folded);
    if (match?.[1] === undefined) continue;
    // The same span of the header as written, so the resource keeps its own letters.
    const start = folded.indexOf(match[1]);
    return bare
      .replace(/\s+/g, ' ')
      .slice(start, start + match[1].length)
      .trim();
  }
  return null;
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

// Kept importable from here: the pane imports them with the mapping types.
export { chooseMapping, mappingSettingKey, storedMapping, withMapping } from './mappingSettings';
