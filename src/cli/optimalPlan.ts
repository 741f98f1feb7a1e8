import type { MixProblem } from '../core';
import type { Io } from './ta';

/** `ta plan --method optimal`: wired once src/core/optimization lands. */
export async function runOptimal(
  _problem: MixProblem,
  _timeUnit: 'hours' | 'minutes',
  _table: boolean,
  io: Io
): Promise<number> {
  io.err('ta: --method optimal is not available in this build');
  return 2;
}
