/**
 * Registers the add-in's TA.* functions in Univer: the implementations the metadata plugin's
 * loader associated, described by the generated functions.json (functions.ru.json in Russian).
 * Must run after `createWorkbook` (Univer's register-function service exists only then).
 */
import type { FUniver } from '@univerjs/core/facade';
import { FunctionType, type IFunctionInfo } from '@univerjs/preset-sheets-core';
import { associatedFunctions, associationProblems } from './customFunctionsShim';
import { asyncAdapter, isAsync, syncAdapter, type ErrorReporter } from './functionAdapter';
import type { FunctionErrorLog } from './functionErrors';
import {
  NAMESPACE,
  findMismatches,
  type FunctionMetadata,
  type FunctionsMetadata,
} from './functionMetadata';

export type Registration = {
  /** Formula names registered, e.g. `TA.THROUGHPUT` (and `TA.ПРОХОД` in Russian). */
  readonly names: string[];
  readonly problems: string[];
};

function describe(name: string, meta: FunctionMetadata): IFunctionInfo {
  return {
    functionName: name,
    functionType: FunctionType.User,
    description: meta.description ?? name,
    abstract: meta.description ?? name,
    functionParameter: (meta.parameters ?? []).map((p) => ({
      name: p.name,
      detail: p.description ?? '',
      example: p.name,
      require: p.optional ? 0 : 1,
      repeat: p.repeating ? 1 : 0,
    })),
  };
}

function register(
  api: FUniver,
  name: string,
  meta: FunctionMetadata,
  describedBy: FunctionMetadata,
  errors: FunctionErrorLog | undefined
) {
  const fn = associatedFunctions.get(meta.id.toUpperCase());
  if (!fn) return;
  const description = describe(name, describedBy);
  const formula = api.getFormula();
  const report: ErrorReporter | undefined =
    errors && ((cell, list) => errors.record(name, cell, list));
  if (isAsync(fn, meta))
    formula.registerAsyncFunction(name, asyncAdapter(name, fn, meta, report), { description });
  else formula.registerFunction(name, syncAdapter(name, fn, meta, report), { description });
}

/**
 * English names always work (the example workbook and Excel files use them); in Russian the
 * localized names are registered too, with Russian descriptions on both.
 */
export function registerFunctions(
  api: FUniver,
  metadata: FunctionsMetadata,
  russian: FunctionsMetadata | null,
  errors?: FunctionErrorLog
): Registration {
  const problems = [
    ...associationProblems,
    ...findMismatches(metadata, associatedFunctions.keys()),
  ];
  const ruById = new Map((russian?.functions ?? []).map((f) => [f.id.toUpperCase(), f]));
  const names: string[] = [];
  for (const meta of metadata.functions) {
    const ru = ruById.get(meta.id.toUpperCase());
    if (russian && !ru) problems.push(`${meta.id} has no Russian metadata`);
    const english = `${NAMESPACE}.${meta.name}`;
    register(api, english, meta, ru ?? meta, errors);
    names.push(english);
    if (ru && ru.name.toUpperCase() !== meta.name.toUpperCase()) {
      const localized = `${NAMESPACE}.${ru.name}`;
      register(api, localized, meta, ru, errors);
      names.push(localized);
    }
  }
  for (const problem of problems) console.error(`TA playground: ${problem}`);
  return { names, problems };
}
