/** The parts of Office's custom-functions metadata (functions.json) the playground reads. */

export type ParameterMetadata = {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: 'scalar' | 'matrix';
  readonly optional?: boolean;
  readonly repeating?: boolean;
};

export type FunctionMetadata = {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters?: readonly ParameterMetadata[];
  readonly result?: { readonly type?: string; readonly dimensionality?: 'scalar' | 'matrix' };
  readonly options?: {
    readonly stream?: boolean;
    readonly cancelable?: boolean;
    readonly volatile?: boolean;
    readonly requiresAddress?: boolean;
    readonly requiresParameterAddresses?: boolean;
  };
};

export type FunctionsMetadata = { readonly functions: readonly FunctionMetadata[] };

/**
 * The namespace the manifest gives the functions, in every language (`TA.THROUGHPUT`,
 * `TA.ПРОХОД`): Latin only, as the README explains.
 */
export const NAMESPACE = 'TA';

export async function loadMetadata(url: string): Promise<FunctionsMetadata | null> {
  const response = await fetch(url);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const json = (await response.json()) as FunctionsMetadata;
  if (!Array.isArray(json.functions)) throw new Error(`${url}: no "functions" array`);
  return json;
}

/**
 * Ids in the metadata without an implementation, and implementations the metadata does not
 * know: either is a build mistake that Excel would report as #NAME? or a silent dead function.
 */
export function findMismatches(
  metadata: FunctionsMetadata,
  implementedIds: Iterable<string>
): string[] {
  const declared = new Set(metadata.functions.map((f) => f.id.toUpperCase()));
  const implemented = new Set([...implementedIds].map((id) => id.toUpperCase()));
  const problems: string[] = [];
  for (const id of declared)
    if (!implemented.has(id)) problems.push(`${id} is in functions.json but has no implementation`);
  for (const id of implemented)
    if (!declared.has(id)) problems.push(`${id} is implemented but missing from functions.json`);
  return problems;
}
