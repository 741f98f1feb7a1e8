/** What `ta` says about its arguments and the problem file, in English (ru.ts: the same in Russian). */
export const en = {
  locale: 'en-US',
  /** A resource's unit when the file gives none, by `timeUnit`. */
  hoursUnit: 'h',
  minutesUnit: 'min',
  usage: `Usage: ta plan <problem.json> [options]

  Plans the product mix of a problem file (format: README "Command line", docs/cli.md, examples/).

Options:
  --fractional          allow fractional quantities (whole units by default)
  --table               print a readable table instead of JSON
  --method greedy       rank by throughput per unit of the constraint's time (default)
  --method optimal      the exact best plan over every resource (LP/MILP), the ranking plan beside it
  --rank-by RESOURCE    rank by this resource instead of the detected constraint
  --lang en|ru          the language of messages and the table (default: from LANG)
  -h, --help            this help

Exit codes: 0 a plan; 1 no plan exists (minimums above a resource, unlimited throughput, totals
beyond 1e308); 2 bad usage or an invalid file (the message names the field). Errors are one line
on stderr.`,
  seeHelp: '(ta --help for usage)',
  unknownOption: (option: string) => `unknown option ${option} (ta --help lists the options)`,
  takesNoValue: (option: string) => `${option} takes no value`,
  needsValue: (option: string) => `${option} needs a value`,
  missingCommand: 'missing command: ta plan <problem.json>',
  unknownCommand: (command: string) => `unknown command ${command} (the command is "plan")`,
  missingFile: 'missing problem file: ta plan <problem.json>',
  unexpectedArgument: (argument: string) => `unexpected argument ${argument}`,
  expectsOneOf: (option: string, choices: readonly string[], got: string) =>
    `${option} expects ${choices.map((c) => `"${c}"`).join(' or ')}, got ${got}`,
  rankByNone: '--rank-by: the file lists no resources',
  rankByUnknown: (name: string, names: string) =>
    `--rank-by: no resource is named ${name}; resources: ${names}`,

  andMore: (listed: string, more: number) => `${listed} and ${more} more`,
  beyondDouble: 'more than 1e308',

  noSuchFile: 'no such file',
  isFolder: 'a folder, not a file',
  notAllowed: 'not allowed to read it',
  cannotRead: 'cannot read it',
  utf16: 'saved as UTF-16: save it as UTF-8',
  notUtf8: 'not UTF-8 text: save it as UTF-8',
  tooLargeToRead: 'too large to read',
  notJson: 'not valid JSON',
  notJsonAt: (line: number, column: number, what: string) =>
    `not valid JSON at line ${line}, column ${column}: ${what}`,
  syntax: {
    InvalidSymbol: 'unexpected characters',
    InvalidNumberFormat: 'a malformed number',
    PropertyNameExpected: 'a property name in double quotes expected',
    ValueExpected: 'a value expected',
    ColonExpected: '":" expected',
    CommaExpected: '"," expected',
    CloseBraceExpected: '"}" expected',
    CloseBracketExpected: '"]" expected',
    EndOfFileExpected: 'more text after the end of the JSON',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'comments are not allowed in JSON',
    UnexpectedEndOfString: 'a string not closed on its line',
    UnexpectedEndOfNumber: 'a number that ends too early',
    InvalidUnicode: 'a malformed \\u escape',
    InvalidEscapeCharacter: 'a malformed escape in a string',
    InvalidCharacter: 'a control character inside a string',
  } as Readonly<Record<string, string>>,

  expected: (path: string, what: string, got: string) => `${path}: expected ${what}, got ${got}`,
  missing: (path: string, what: string) => `${path}: missing (expected ${what})`,
  aList: 'a list',
  anObject: 'an object',
  unknownField: (at: string, field: string, known: string) =>
    `${at}unknown field ${field} (known: ${known})`,
  theFile: '(the file)',
  wanted: {
    numberAtLeastZero: 'a number ≥ 0',
    numberAboveZero: 'a number > 0',
    nonEmptyText: 'a non-empty string',
    list: 'a list ([…])',
    root: 'an object with "resources" and "products"',
    timeUnit: '"hours" or "minutes"',
    unit: (max: number) => `a short unit of up to ${max} characters on one line ("h", "min", "m")`,
    resource: 'an object with "name" and "capacity"',
    product: 'an object with "name", "price" and "tvc"',
    usage: 'an object of resource name → time per unit',
    atMostDemand: (demand: string) => `a number ≤ demand (${demand})`,
  },
  sameName: (name: string, first: number) =>
    `${name} is the name of resources[${first}] too; names must differ`,
  noProducts: 'the list is empty (expected at least one product)',
  noWholeUnits: (minimum: string, wholeMinimum: string, demand: string, wholeDemand: string) =>
    `${minimum} is ${wholeMinimum} whole units, above the demand of ${demand} (${wholeDemand} whole units): make them whole or plan with --fractional`,
  unknownResource: (name: string) => `unknown resource ${name}`,
  andMoreUnknown: (count: number) => ` (and ${count} more)`,
  didYouMean: (name: string) => `; did you mean ${name}?`,
  noResources: '; the file lists no resources',
  resourcesAre: (names: string) => `; resources: ${names}`,
  tooLarge: (products: string, resources: string, max: string) =>
    `${products} products × ${resources} resources are more times per unit than ta holds (${max}); plan the resources that can bind`,
};
