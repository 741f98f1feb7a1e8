/**
 * functions.ru.json from the generated functions.json and the Russian help: ids, types and options
 * are copied; names and descriptions are replaced. Used by the build (webpack plugin) and by tests.
 */
import { nameProblems } from './naming';
import type { RussianMap } from './types';

type ParameterMetadata = { name: string; description?: string } & Record<string, unknown>;
type FunctionMetadata = {
  id: string;
  name: string;
  description?: string;
  parameters?: ParameterMetadata[];
} & Record<string, unknown>;
export type FunctionsMetadata = { functions: FunctionMetadata[] } & Record<string, unknown>;

export type RussianMetadata = {
  readonly metadata: FunctionsMetadata;
  /** Mismatches and naming-rule breaks; the build fails when there is any. */
  readonly problems: readonly string[];
};

export function russianMetadata(english: FunctionsMetadata, help: RussianMap): RussianMetadata {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const functions = english.functions.map((fn) => {
    const ru = help[fn.id];
    const params = fn.parameters ?? [];
    if (ru === undefined) {
      problems.push(`${fn.id} has no Russian help (add it to src/functions/ru/)`);
      return fn;
    }
    if (ru.parameters.length !== params.length) {
      problems.push(
        `${fn.id}: ${params.length} parameters in English, ${ru.parameters.length} in Russian`
      );
    }
    const broken = [
      ...nameProblems(ru.name),
      ...ru.parameters.flatMap((p) => nameProblems(p.name, 'parameter')),
    ];
    problems.push(...broken.map((problem) => `${fn.id}: ${problem}`));
    const other = seen.get(ru.name.toUpperCase());
    if (other !== undefined)
      problems.push(`${fn.id} and ${other} share the Russian name ${ru.name}`);
    seen.set(ru.name.toUpperCase(), fn.id);
    const parameters = params.map((parameter, i) => {
      const translated = ru.parameters[i];
      return translated === undefined ? parameter : { ...parameter, ...translated };
    });
    return { ...fn, name: ru.name, description: ru.description, parameters };
  });
  const ids = new Set(english.functions.map((fn) => fn.id));
  for (const id of Object.keys(help)) {
    if (!ids.has(id)) problems.push(`Russian help for ${id}, which no *Functions.ts declares`);
  }
  return { metadata: { ...english, functions }, problems };
}
