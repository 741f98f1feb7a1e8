/**
 * Which column of the user's sales log holds which field, found from the headers in English or
 * Russian (matched as the products table's are: trimmed, case-folded, `ё`→`е`, a unit after a
 * comma or in brackets ignored: "Сумма, руб." is an amount). Two columns that match one field are
 * reported, never picked from. The mapping names columns by header, kept in the workbook's
 * settings under `salesMapping:<source>`, so the owner maps a log once.
 */
import { normalizeHeader } from './columnMapping';
import type { SourceRef, WorkbookSettings } from './gateway';
import { sourceKey } from './reportRules';

export type SalesField =
  'date' | 'product' | 'quantity' | 'amount' | 'seller' | 'customer' | 'saleTvc';

export const SALES_FIELDS: readonly SalesField[] = [
  'date',
  'product',
  'quantity',
  'amount',
  'seller',
  'customer',
  'saleTvc',
];

export const REQUIRED_SALES_FIELDS: readonly SalesField[] = [
  'date',
  'product',
  'quantity',
  'amount',
];

/** Header words of each field as they read after normalizeHeader. Add words, never guesses. */
export const SALES_SYNONYMS: Readonly<Record<SalesField, readonly string[]>> = {
  date: ['date', 'sale date', 'day', 'дата', 'дата продажи', 'день'],
  product: [
    'product',
    'service',
    'item',
    'product/service',
    'product or service',
    'товар',
    'услуга',
    'товар/услуга',
    'товар / услуга',
    'товар или услуга',
    'наименование',
    'номенклатура',
    'продукт',
  ],
  quantity: ['quantity', 'qty', 'units', 'кол-во', 'количество', 'кол.', 'шт'],
  amount: [
    'amount',
    'sum',
    'total',
    'revenue',
    'sale amount',
    'сумма',
    'выручка',
    'сумма продажи',
    'итого',
  ],
  seller: [
    'seller',
    'master',
    'manager',
    'employee',
    'sold by',
    'мастер',
    'менеджер',
    'продавец',
    'сотрудник',
    'мастер/менеджер',
  ],
  customer: ['customer', 'client', 'buyer', 'клиент', 'покупатель'],
  saleTvc: ['sale tvc', 'tvc of the sale', 'апз продажи'],
};

export type SalesMapping = Readonly<Record<SalesField, string | null>>;

export type SalesMappingProblem =
  | { readonly kind: 'missingColumn'; readonly field: SalesField }
  | {
      readonly kind: 'ambiguousColumn';
      readonly field: SalesField;
      readonly headers: readonly string[];
    }
  | { readonly kind: 'headerNotFound'; readonly header: string };

export type SalesDetection = {
  readonly mapping: SalesMapping;
  readonly problems: readonly SalesMappingProblem[];
};

/** The mapping read from the headers, with what is missing or ambiguous. */
export function detectSalesColumns(headers: readonly string[]): SalesDetection {
  const normalized = headers.map(normalizeHeader);
  const problems: SalesMappingProblem[] = [];
  const mapping = Object.fromEntries(
    SALES_FIELDS.map((field) => {
      const columns = normalized.flatMap((h, c) => (SALES_SYNONYMS[field].includes(h) ? [c] : []));
      if (columns.length > 1) {
        problems.push({
          kind: 'ambiguousColumn',
          field,
          headers: columns.map((c) => headers[c] ?? ''),
        });
        return [field, null];
      }
      const column = columns[0];
      if (column === undefined && REQUIRED_SALES_FIELDS.includes(field)) {
        problems.push({ kind: 'missingColumn', field });
      }
      return [field, column === undefined ? null : (headers[column] ?? null)];
    })
  ) as Record<SalesField, string | null>;
  return { mapping, problems };
}

/** Column index of each field on the current headers; `null` for an optional field not used. */
export type SalesColumns = Readonly<Record<SalesField, number | null>> & {
  readonly date: number;
  readonly product: number;
  readonly quantity: number;
  readonly amount: number;
};

export type SalesResolution =
  | { readonly status: 'resolved'; readonly columns: SalesColumns }
  | { readonly status: 'problems'; readonly problems: readonly SalesMappingProblem[] };

/** Finds each mapped header among `headers` (exact text after trim); refuses gaps and doubles. */
export function resolveSalesMapping(
  mapping: SalesMapping,
  headers: readonly string[]
): SalesResolution {
  const trimmed = headers.map((h) => h.trim());
  const problems: SalesMappingProblem[] = [];
  const columns = Object.fromEntries(
    SALES_FIELDS.map((field) => {
      const header = mapping[field];
      if (header === null) {
        if (REQUIRED_SALES_FIELDS.includes(field)) problems.push({ kind: 'missingColumn', field });
        return [field, null];
      }
      const at = trimmed.flatMap((h, c) => (h === header.trim() ? [c] : []));
      if (at.length === 0) problems.push({ kind: 'headerNotFound', header });
      if (at.length > 1)
        problems.push({ kind: 'ambiguousColumn', field, headers: [header, header] });
      return [field, at.length === 1 ? at[0] : null];
    })
  );
  if (problems.length > 0) return { status: 'problems', problems };
  return { status: 'resolved', columns: columns as SalesColumns };
}

export function salesMappingKey(source: SourceRef): string {
  return `salesMapping:${sourceKey(source)}`;
}

/** The mapping stored for `source`, if it has the right shape. */
export function storedSalesMapping(
  settings: WorkbookSettings,
  source: SourceRef
): SalesMapping | null {
  const value = settings[salesMappingKey(source)];
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    SALES_FIELDS.map((f) => [f, typeof record[f] === 'string' ? record[f] : null])
  ) as SalesMapping;
}

/** Settings with `mapping` stored for `source` (a new object). */
export function withSalesMapping(
  settings: WorkbookSettings,
  source: SourceRef,
  mapping: SalesMapping
): WorkbookSettings {
  return { ...settings, [salesMappingKey(source)]: { ...mapping } };
}

/** The stored mapping when it still fits the headers, otherwise the detected one. */
export function chooseSalesMapping(
  settings: WorkbookSettings,
  source: SourceRef,
  headers: readonly string[]
): SalesDetection {
  const stored = storedSalesMapping(settings, source);
  if (stored && resolveSalesMapping(stored, headers).status === 'resolved') {
    return { mapping: stored, problems: [] };
  }
  return detectSalesColumns(headers);
}
