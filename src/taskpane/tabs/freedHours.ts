import { relieveConstraint } from '../../core/decisions';
import type { SharedMix } from '../hooks/sharedMix';

/** What the freed hours of the CCR earn in the shared plan, product by product. */
export type FreedHours =
  | {
      readonly status: 'earned';
      readonly resource: string;
      /** ΔT a period: the re-planned mix's ΣT − the current ΣT. */
      readonly deltaThroughput: number;
      readonly moves: readonly { readonly product: string; readonly quantityChange: number }[];
    }
  | { readonly status: 'noResource' }
  | { readonly status: 'mixFailed' };

const MINUTES_PER_HOUR = 60;

/**
 * ΔT of `hours` more of the ranking resource: the hours walk down the ranking, each product
 * absorbing them at its own T per hour until its demand is met (core `relieveConstraint`).
 */
export function freedHoursThroughput(mix: SharedMix, hours: number): FreedHours {
  const perHour = mix.timeUnit === 'minutes' ? MINUTES_PER_HOUR : 1;
  const relief = relieveConstraint({
    problem: mix.problem,
    hoursFreed: hours * perHour,
    deltaOperatingExpense: 0,
  });
  if (relief.status === 'noResource') return { status: 'noResource' };
  if (relief.status !== 'evaluated') return { status: 'mixFailed' };
  const { hourChange } = relief;
  const { names } = mix.problem.products;
  return {
    status: 'earned',
    resource: mix.problem.resources[hourChange.resource]?.name ?? '',
    deltaThroughput: hourChange.deltaThroughput,
    moves: hourChange.segments.map((s) => ({
      product: names[s.product] ?? '',
      quantityChange: s.quantityChange,
    })),
  };
}
