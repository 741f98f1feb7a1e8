import { readFile } from 'node:fs/promises';
import { planProductMix } from '../core';
import { formatTable } from './formatTable';
import { describeNoPlan, planReport } from './planReport';
import { parseProblem } from './problemFile';

export const USAGE = `Usage: ta plan <problem.json> [--fractional] [--table] [--method greedy|optimal]

  plan          plan the product mix of a problem file (format: README, examples/)
  --fractional  allow fractional quantities (whole units by default)
  --table       print a readable table instead of JSON
  --method      greedy: rank by throughput per constraint unit (default)
                optimal: exact optimum over every resource (LP/MILP)
Exit codes: 0 planned, 1 no plan exists (e.g. minimums exceed a resource), 2 bad usage or input.`;

export type Io = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
};

type Options = { file: string; wholeUnits: boolean; table: boolean; method: 'greedy' | 'optimal' };

function parseArguments(argv: readonly string[]): Options | string {
  const [command, ...rest] = argv;
  if (command !== 'plan')
    return command === undefined ? 'missing command' : `unknown command "${command}"`;
  const options: Options = { file: '', wholeUnits: true, table: false, method: 'greedy' };
  for (let k = 0; k < rest.length; k++) {
    const arg = rest[k] as string;
    if (arg === '--fractional') options.wholeUnits = false;
    else if (arg === '--table') options.table = true;
    else if (arg === '--method') {
      const method = rest[++k];
      if (method !== 'greedy' && method !== 'optimal')
        return '--method expects "greedy" or "optimal"';
      options.method = method;
    } else if (arg.startsWith('--')) return `unknown option "${arg}"`;
    else if (options.file === '') options.file = arg;
    else return `unexpected argument "${arg}"`;
  }
  return options.file === '' ? 'missing problem file' : options;
}

async function readJson(
  file: string
): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      error: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `${file}: not valid JSON (${(error as Error).message})` };
  }
}

/** Runs the CLI; returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const options = parseArguments(argv);
  if (typeof options === 'string') {
    io.err(`ta: ${options}\n${USAGE}`);
    return 2;
  }
  const json = await readJson(options.file);
  if (!json.ok) {
    io.err(`ta: ${json.error}`);
    return 2;
  }
  const parsed = parseProblem(json.value, options.wholeUnits);
  if (!parsed.ok) {
    io.err(`ta: ${options.file}: ${parsed.error}`);
    return 2;
  }
  if (options.method === 'optimal') {
    const { runOptimal } = await import('./optimalPlan');
    return runOptimal(parsed.problem, parsed.timeUnit, options.table, io);
  }
  const outcome = planProductMix(parsed.problem);
  if (outcome.status !== 'planned') {
    io.out(
      JSON.stringify(
        { status: outcome.status, message: describeNoPlan(outcome, parsed.problem) },
        null,
        2
      )
    );
    return 1;
  }
  const report = planReport(parsed.problem, outcome, parsed.timeUnit);
  io.out(
    options.table ? formatTable(report) : JSON.stringify({ method: 'greedy', ...report }, null, 2)
  );
  return 0;
}
