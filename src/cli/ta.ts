import { planProductMix, type MixProblem } from '../core';
import { parseArguments, type Options } from './args';
import { formatTable } from './formatTable';
import { describeNoPlan, type NoPlan } from './noPlan';
import { oneLine, quote, shortPath, someNames } from './oneLine';
import { planReport, type ReportContext } from './planReport';
import { parseProblem } from './problemFile';
import { readProblemText } from './readProblemText';
import type { Texts } from './texts';

/** Where `main` writes, and the environment it reads (LANG): the process in `ta`, strings in tests. */
export type Io = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Only the language is read from it; absent: English. */
  readonly env?: Readonly<Record<string, string | undefined>>;
};

export type ExitCode = 0 | 1 | 2;

function fail(io: Io, message: string, code: ExitCode): ExitCode {
  io.err(oneLine(`ta: ${message}`));
  return code;
}

function rankingIndex(problem: MixProblem, name: string | null, t: Texts): number | null | string {
  if (name === null) return null;
  const r = problem.resources.findIndex((resource) => resource.name === name);
  if (r >= 0) return r;
  const names = problem.resources.map((resource) => resource.name);
  return names.length === 0 ? t.rankByNone : t.rankByUnknown(quote(name), someNames(names, t));
}

function noPlan(
  outcome: NoPlan,
  problem: MixProblem,
  options: Options,
  context: ReportContext,
  io: Io
): ExitCode {
  const { t } = context;
  const message = describeNoPlan(outcome, problem, context.units, t);
  // Invalid input the file checks missed is still the file's fault: exit 2, the field named.
  if (outcome.status === 'invalid') return fail(io, message, 2);
  io.out(
    options.table
      ? t.noPlan(message)
      : JSON.stringify({ method: options.method, status: outcome.status, message }, null, 2)
  );
  return 1;
}

/**
 * `ta` without a process: reads argv, writes to `io`, returns the exit code. Every input gets
 * 0, 1 or 2 and at most one line on stderr; an exception that escapes is a bug in `ta` itself,
 * left to reach the caller (the command prints it as an internal error, the fuzz test fails).
 */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArguments(argv, io.env);
  const { t } = args;
  if (args.kind === 'help') {
    io.out(t.usage);
    return 0;
  }
  if (args.kind === 'usage') return fail(io, `${args.error} ${t.seeHelp}`, 2);
  const { options } = args;
  const read = await readProblemText(options.file, t);
  if (!read.ok) return fail(io, `${shortPath(options.file)}: ${read.error}`, 2);
  const parsed = parseProblem(read.document, { wholeUnits: options.wholeUnits, t });
  if (!parsed.ok) return fail(io, `${shortPath(options.file)}: ${parsed.error}`, 2);
  const rankBy = rankingIndex(parsed.problem, options.rankBy, t);
  if (typeof rankBy === 'string') return fail(io, rankBy, 2);
  const problem: MixProblem =
    rankBy === null ? parsed.problem : { ...parsed.problem, constraintOverride: rankBy };
  const context: ReportContext = {
    t,
    method: options.method,
    timeUnit: parsed.timeUnit,
    units: parsed.units,
  };
  const greedy = planProductMix(problem);
  if (greedy.status !== 'planned') return noPlan(greedy, problem, options, context, io);
  if (options.method === 'optimal') {
    const { planOptimal, formatOptimal } = await import('./optimalPlan');
    const report = await planOptimal(problem, greedy, context);
    if (!('products' in report)) return noPlan(report, problem, options, context, io);
    io.out(options.table ? formatOptimal(report, t) : JSON.stringify(report, null, 2));
    return 0;
  }
  const report = planReport(problem, greedy, context);
  io.out(options.table ? formatTable(report, t) : JSON.stringify(report, null, 2));
  return 0;
}
