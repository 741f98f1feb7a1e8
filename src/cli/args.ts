import { parseArgs } from 'node:util';
import { quote } from './oneLine';

export type Method = 'greedy' | 'optimal';

export type Options = {
  readonly command: 'plan';
  readonly file: string;
  readonly wholeUnits: boolean;
  readonly table: boolean;
  readonly method: Method;
  /** The resource to rank by instead of the detected constraint, by name. */
  readonly rankBy: string | null;
};

export type Arguments =
  | { readonly kind: 'help' }
  | { readonly kind: 'run'; readonly options: Options }
  | { readonly kind: 'usage'; readonly error: string };

const OPTIONS = {
  fractional: { type: 'boolean' },
  table: { type: 'boolean' },
  method: { type: 'string' },
  'rank-by': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

const usage = (error: string): Arguments => ({ kind: 'usage', error });

/** The first wrong option token, as a usage error; `null` when every option is known and well formed. */
function checkOption(token: Token & { kind: 'option' }): string | null {
  if (!Object.prototype.hasOwnProperty.call(OPTIONS, token.name)) {
    return `unknown option ${quote(token.rawName)} (ta --help lists the options)`;
  }
  const spec = OPTIONS[token.name as keyof typeof OPTIONS];
  if (spec.type === 'boolean' && token.value !== undefined) {
    return `${token.rawName} takes no value`;
  }
  if (spec.type === 'string' && (token.value === undefined || token.value === '')) {
    return `${token.rawName} needs a value`;
  }
  return null;
}

/**
 * Reads `ta plan <file> [--fractional] [--table] [--method greedy|optimal] [--rank-by NAME]`.
 * Values may follow an option or be joined to it (`--method optimal`, `--method=optimal`).
 */
export function parseArguments(argv: readonly string[]): Arguments {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  if (values.help === true) return { kind: 'help' };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const error = checkOption(token);
    if (error !== null) return usage(error);
  }
  const [command, file, extra] = positionals;
  if (command === undefined) return usage('missing command: ta plan <problem.json>');
  if (command !== 'plan') return usage(`unknown command ${quote(command)} (the command is "plan")`);
  if (file === undefined) return usage('missing problem file: ta plan <problem.json>');
  if (extra !== undefined) return usage(`unexpected argument ${quote(extra)}`);
  const method = values.method ?? 'greedy';
  if (method !== 'greedy' && method !== 'optimal') {
    return usage(`--method expects "greedy" or "optimal", got ${quote(String(method))}`);
  }
  const rankBy = values['rank-by'];
  return {
    kind: 'run',
    options: {
      command,
      file,
      wholeUnits: values.fractional !== true,
      table: values.table === true,
      method,
      rankBy: typeof rankBy === 'string' ? rankBy : null,
    },
  };
}
