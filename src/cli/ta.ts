import { planProductMix, type MixProblem } from '../core';
import { parseArguments, type Options } from './args';
import { formatNoPlan, formatTable } from './formatTable';
import { describeNoPlan, type NoPlan } from './noPlan';
import { oneLine, quote, shortPath, someNames } from './oneLine';
import { planReport, type ReportContext } from './planReport';
import { parseProblem } from './problemFile';
import { readProblemText } from './readProblemText';

export const USAGE = `Usage: ta plan <problem.json> [options]

  Plans the product mix of a problem file (format: README "Command line", examples/).

Options:
  --fractional          allow fractional quantities (whole units by default)
  --table               print a readable table instead of JSON
  --method greedy       rank by throughput per unit of the constraint's time (default)
  --method optimal      the exact best plan over every resource (LP/MILP), the ranking plan beside it
  --rank-by RESOURCE    rank by this resource instead of the detected constraint
  -h, --help            this help

Exit codes: 0 a plan; 1 no plan exists (minimums above a resource, unlimited throughput, totals
beyond 1e308); 2 bad usage or an invalid file (the message names the field). Errors are one line
on stderr.`;

/** Where `main` writes: stdout and stderr in the `ta` command, strings in tests. */
export type Io = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
};

export type ExitCode = 0 | 1 | 2;

function fail(io: Io, message: string, code: ExitCode): ExitCode {
  io.err(oneLine(`ta: ${message}`));
  return code;
}

function rankingIndex(problem: MixProblem, name: string | null): number | null | string {
  if (name === null) return null;
  const r = problem.resources.findIndex((resource) => resource.name === name);
  if (r >= 0) return r;
  const names = problem.resources.map((resource) => resource.name);
  return names.length === 0
    ? `--rank-by: the file lists no resources`
    : `--rank-by: no resource is named ${quote(name)}; resources: ${someNames(names)}`;
}

function noPlan(
  outcome: NoPlan,
  problem: MixProblem,
  options: Options,
  io: Io,
  units: readonly string[]
) {
  const message = describeNoPlan(outcome, problem, units);
  // Invalid input the file checks missed is still the file's fault: exit 2, the field named.
  if (outcome.status === 'invalid') return fail(io, message, 2);
  io.out(
    options.table
      ? formatNoPlan(message)
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
  const args = parseArguments(argv);
  if (args.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (args.kind === 'usage') return fail(io, `${args.error} (ta --help for usage)`, 2);
  const { options } = args;
  const read = await readProblemText(options.file);
  if (!read.ok) return fail(io, `${shortPath(options.file)}: ${read.error}`, 2);
  const parsed = parseProblem(read.document, { wholeUnits: options.wholeUnits });
  if (!parsed.ok) return fail(io, `${shortPath(options.file)}: ${parsed.error}`, 2);
  const rankBy = rankingIndex(parsed.problem, options.rankBy);
  if (typeof rankBy === 'string') return fail(io, rankBy, 2);
  const problem: MixProblem =
    rankBy === null ? parsed.problem : { ...parsed.problem, constraintOverride: rankBy };
  const context: ReportContext = {
    method: options.method,
    timeUnit: parsed.timeUnit,
    units: parsed.units,
  };
  const greedy = planProductMix(problem);
  if (greedy.status !== 'planned') return noPlan(greedy, problem, options, io, parsed.units);
  if (options.method === 'optimal') {
    const { planOptimal, formatOptimal } = await import('./optimalPlan');
    const report = await planOptimal(problem, greedy, context);
    if (!('products' in report)) return noPlan(report, problem, options, io, parsed.units);
    io.out(options.table ? formatOptimal(report) : JSON.stringify(report, null, 2));
    return 0;
  }
  const report = planReport(problem, greedy, context);
  io.out(options.table ? formatTable(report) : JSON.stringify(report, null, 2));
  return 0;
}
