import {
  identifyConstraint,
  planProductMix,
  type ConstraintFinding,
  type MixOutcome,
  type MixPlan,
  type MixProblem,
} from '../core';
import { resolveMapping, type ColumnMapping, type MappingProblem } from '../workbook/columnMapping';
import type { SourceData } from '../workbook/gateway';
import { problemsOfIssues, type ProductProblem } from '../workbook/productProblems';
import { readProducts, type ReadProducts } from '../workbook/readProducts';
import type { NumberSettings } from '../workbook/typedNumber';
import type { LinkedCells } from './inputValue';
import { parseInputs, type InputError, type LinkedNumber, type PlanInputs } from './planInputs';
import { planView, type PlanView } from './planView';

/** Everything the Product mix tab shows, computed from the source, its mapping and the inputs. */
export type MixModel = {
  readonly resourceNames: readonly string[];
  readonly mappingProblems: readonly MappingProblem[];
  /** Errors refuse the table (nothing is planned); warnings are shown beside the plan. */
  readonly productProblems: readonly ProductProblem[];
  readonly inputErrors: Readonly<Record<string, InputError>>;
  /** Inputs whose numbers came from linked cells, by field key. */
  readonly linked: Readonly<Record<string, LinkedNumber>>;
  readonly finding: ConstraintFinding | null;
  readonly outcome: MixOutcome | null;
  readonly problem: MixProblem | null;
  readonly view: PlanView | null;
  readonly targetProfit: number | null;
};

/**
 * The table as read with its mapping: what only the source and the mapping decide, computed once
 * per read, so typing an input re-plans without parsing 10,000 rows again.
 */
export type TableRead = {
  readonly resourceNames: readonly string[];
  readonly mappingProblems: readonly MappingProblem[];
  readonly products: ReadProducts | null;
};

/**
 * `detected`: what detection asks the owner about (a cost-price column taken as TVC); until the
 * mapping is confirmed nothing is read, so nothing is planned.
 */
export function readTable(
  data: SourceData,
  mapping: ColumnMapping,
  detected: readonly MappingProblem[] = []
): TableRead {
  const resourceNames = mapping.resources.map((r) => r.resource);
  const unconfirmed = detected.filter((p) => p.kind === 'doubtfulTvc');
  if (unconfirmed.length > 0) {
    return { resourceNames, mappingProblems: unconfirmed, products: null };
  }
  const resolution = resolveMapping(mapping, data.headers);
  if (resolution.status === 'problems') {
    return { resourceNames, mappingProblems: resolution.problems, products: null };
  }
  return { resourceNames, mappingProblems: [], products: readProducts(data, resolution.columns) };
}

/** The plan of a read table under the inputs (linked cells looked up in `links`). */
export function planTable(
  table: TableRead,
  inputs: PlanInputs,
  settings: NumberSettings,
  links: LinkedCells
): MixModel {
  const { resourceNames, mappingProblems, products: read } = table;
  const parsed = parseInputs(inputs, resourceNames, settings, links);
  const base: MixModel = {
    resourceNames,
    mappingProblems,
    productProblems: [],
    inputErrors: parsed.errors,
    linked: parsed.linked,
    finding: null,
    outcome: null,
    problem: null,
    view: null,
    targetProfit: parsed.targetProfit,
  };
  if (read === null) return base;
  if (read.status === 'invalid') return { ...base, productProblems: read.problems };
  const withWarnings = { ...base, productProblems: read.problems };
  if (parsed.resources === null || 'operatingExpense' in parsed.errors) return withWarnings;
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
    const productProblems = problemsOfIssues(outcome.issues, read.context);
    return { ...withWarnings, productProblems, outcome };
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

/** Both steps at once (a report built at the click, tests). */
export function computeMix(
  data: SourceData,
  mapping: ColumnMapping,
  inputs: PlanInputs,
  settings: NumberSettings,
  links: LinkedCells = {}
): MixModel {
  return planTable(readTable(data, mapping), inputs, settings, links);
}
