import { parseArgs } from 'node:util';
import { quote } from './oneLine';
import { TEXTS, languageOfEnvironment, type Language, type Texts } from './texts';

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

/** What the command line asks for, with the words to answer in. */
export type Arguments =
  | { readonly kind: 'help'; readonly t: Texts }
  | { readonly kind: 'run'; readonly t: Texts; readonly options: Options }
  | { readonly kind: 'usage'; readonly t: Texts; readonly error: string };

const OPTIONS = {
  fractional: { type: 'boolean' },
  table: { type: 'boolean' },
  method: { type: 'string' },
  'rank-by': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** The first wrong option token, as a usage error; `null` when it is known and well formed. */
function checkOption(token: Token & { kind: 'option' }, t: Texts): string | null {
  if (!Object.prototype.hasOwnProperty.call(OPTIONS, token.name)) {
    return t.unknownOption(quote(token.rawName));
  }
  const spec = OPTIONS[token.name as keyof typeof OPTIONS];
  if (spec.type === 'boolean' && token.value !== undefined) return t.takesNoValue(token.rawName);
  if (spec.type === 'string' && (token.value === undefined || token.value === '')) {
    return t.needsValue(token.rawName);
  }
  return null;
}

function choose<T extends string>(value: unknown, choices: readonly T[]): T | null {
  return choices.find((choice) => choice === value) ?? null;
}

/**
 * Reads `ta plan <file> [--fractional] [--table] [--method greedy|optimal] [--rank-by NAME]
 * [--lang en|ru]`. Values may follow an option or be joined to it (`--method=optimal`). The
 * language is `--lang`, else the environment's (LANG), else English.
 */
export function parseArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {}
): Arguments {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const lang = choose<Language>(values.lang, ['en', 'ru']);
  const t = TEXTS[lang ?? languageOfEnvironment(env)];
  const usage = (error: string): Arguments => ({ kind: 'usage', t, error });
  if (values.help === true) return { kind: 'help', t };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const error = checkOption(token, t);
    if (error !== null) return usage(error);
  }
  if (values.lang !== undefined && lang === null) {
    return usage(t.expectsOneOf('--lang', ['en', 'ru'], quote(String(values.lang))));
  }
  const [command, file, extra] = positionals;
  if (command === undefined) return usage(t.missingCommand);
  if (command !== 'plan') return usage(t.unknownCommand(quote(command)));
  if (file === undefined) return usage(t.missingFile);
  if (extra !== undefined) return usage(t.unexpectedArgument(quote(extra)));
  const method = choose<Method>(values.method ?? 'greedy', ['greedy', 'optimal']);
  if (method === null) {
    return usage(t.expectsOneOf('--method', ['greedy', 'optimal'], quote(String(values.method))));
  }
  const rankBy = values['rank-by'];
  return {
    kind: 'run',
    t,
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
