import { parseArguments } from '../../src/cli/args';
import { ta } from './runTa';

describe('ta arguments', () => {
  it('takes an option value joined by "=" or as the next argument', () => {
    for (const argv of [
      ['plan', 'p.json', '--method=optimal', '--rank-by=Tailors'],
      ['plan', '--method', 'optimal', 'p.json', '--rank-by', 'Tailors'],
    ]) {
      expect(parseArguments(argv)).toMatchObject({
        kind: 'run',
        options: {
          command: 'plan',
          file: 'p.json',
          wholeUnits: true,
          table: false,
          method: 'optimal',
          rankBy: 'Tailors',
        },
      });
    }
  });

  it.each([
    [[], 'missing command: ta plan <problem.json>'],
    [['solve', 'p.json'], 'unknown command "solve" (the command is "plan")'],
    [['plan'], 'missing problem file: ta plan <problem.json>'],
    [['plan', 'a.json', 'b.json'], 'unexpected argument "b.json"'],
    [['plan', 'p.json', '--fast'], 'unknown option "--fast" (ta --help lists the options)'],
    [['plan', 'p.json', '-x'], 'unknown option "-x" (ta --help lists the options)'],
    [['plan', 'p.json', '--table=yes'], '--table takes no value'],
    [['plan', 'p.json', '--method'], '--method needs a value'],
    [['plan', 'p.json', '--method', 'best'], '--method expects "greedy" or "optimal", got "best"'],
    [['plan', 'p.json', '--rank-by='], '--rank-by needs a value'],
  ])('refuses %j with one line and exit code 2', async (argv, error) => {
    expect(parseArguments(argv)).toMatchObject({ kind: 'usage', error });
    const run = await ta(...argv);
    expect(run).toEqual({ code: 2, out: '', err: `ta: ${error} (ta --help for usage)\n` });
  });

  it('prints the help on stdout with exit code 0', async () => {
    const run = await ta('--help');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/--rank-by RESOURCE/);
    expect(run.err).toBe('');
  });
});
