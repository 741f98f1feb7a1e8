import {
  identifyConstraint,
  planProductMix,
  type ConstraintFinding,
  type MixOutcome,
  type MixPlan,
  type MixProblem,
} from '../core';
import {
  resolveMapping,
  type ColumnMapping,
  type MappingProblem,
  type ResolvedColumns,
} from '../workbook/columnMapping';
import type { SourceData } from '../workbook/gateway';
import { problemsOfIssues, type ProductProblem } from '../workbook/productProblems';
import { readProducts } from '../workbook/readProducts';
import type { Language } from './i18n';
import { parseInputs, type InputError, type PlanInputs } from './planInputs';
import { planView, type PlanView } from './planView';

/** Everything the Product mix tab shows, computed from the source, its mapping and the inputs. */
export type MixModel = {
  readonly resourceNames: readonly string[];
  readonly mappingProblems: readonly MappingProblem[];
  /** Errors refuse the table (nothing is planned); warnings are shown beside the plan. */
  readonly productProblems: readonly ProductProblem[];
  readonly inputErrors: Readonly<Record<string, InputError>>;
  readonly finding: ConstraintFinding | null;
  readonly outcome: MixOutcome | null;
  readonly problem: MixProblem | null;
  readonly view: PlanView | null;
  readonly targetProfit: number | null;
};

const EMPTY: MixModel = {
  resourceNames: [],
  mappingProblems: [],
  productProblems: [],
  inputErrors: {},
  finding: null,
  outcome: null,
  problem: null,
  view: null,
  targetProfit: null,
};

export function computeMix(
  data: SourceData,
  mapping: ColumnMapping,
  inputs: PlanInputs,
  language: Language
): MixModel {
  const resourceNames = mapping.resources.map((r) => r.resource);
  const parsed = parseInputs(inputs, resourceNames, language);
  const base = {
    ...EMPTY,
    resourceNames,
    inputErrors: parsed.errors,
    targetProfit: parsed.targetProfit,
  };
  const resolution = resolveMapping(mapping, data.headers);
  if (resolution.status === 'problems') return { ...base, mappingProblems: resolution.problems };
  const read = readProducts(data, resolution.columns);
  if (read.status === 'invalid') return { ...base, productProblems: read.problems };
  const withWarnings = { ...base, productProblems: read.problems };
  if (parsed.resources === null) return withWarnings;
  const override = inputs.constraintOverride;
  const overrideIndex = override === null ? -1 : read.resources.indexOf(override);
  const problem: MixProblem = {
    products: read.table,
    resources: parsed.resources,
    operatingExpense: parsed.operatingExpense,
    wholeUnits: inputs.wholeUnits,
    ...(overrideIndex >= 0 ? { constraintOverride: overrideIndex } : {}),
  };
  const outcome = planProductMix(problem);
  if (outcome.status === 'invalid') {
    const context = { sheetRows: read.sheetRows, headers: headersOf(data, resolution.columns) };
    return { ...withWarnings, productProblems: problemsOfIssues(outcome.issues, context), outcome };
  }
  const planned = outcome.status === 'planned' ? (outcome as MixPlan) : null;
  return {
    ...withWarnings,
    problem,
    outcome,
    finding: identifyConstraint(read.table, parsed.resources),
    view:
      planned === null ? null : planView(problem, planned, inputs.timeUnit, parsed.targetProfit),
  };
}

function headersOf(data: SourceData, columns: ResolvedColumns) {
  const at = (c: number | null) => (c === null ? null : (data.headers[c] ?? `#${c + 1}`));
  return {
    price: at(columns.price) as string,
    tvc: at(columns.tvc) as string,
    demand: at(columns.demand),
    minimum: at(columns.minimum),
    usage: columns.resources.map((r) => at(r.column) as string),
    resources: columns.resources.map((r) => r.resource),
  };
}
