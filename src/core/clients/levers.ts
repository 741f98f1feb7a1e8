import { findValueIssues, invalidIf, type Invalid } from '../decisions/valueIssues';
import type { Check } from './qualification';

/** How a client sells, for the volume levers. */
export type ClientFormat =
  | {
      readonly kind: 'group';
      readonly price: number;
      readonly trainingsPerMonth: number;
      readonly peoplePerTraining: number;
    }
  | {
      readonly kind: 'individual';
      readonly price: number;
      readonly consultationsPerClient: number;
      readonly clientsPerMonth: number;
    };

/** A second step to add to the funnel; one of the two may be `null` (the unknown to solve for). */
export type SecondStep = { readonly price: number | null; readonly conversion: number | null };

/** The source's example: half of the step-1 buyers take step 2. */
export const DEFAULT_SECOND_STEP_CONVERSION = 0.5;

/** A way to close a gap, with the number that closes it exactly. */
export type Lever =
  /** Raise every price by `increase` (0.25 = +25 %): LTV and turnover grow in proportion. */
  | { readonly kind: 'raisePrice'; readonly increase: number }
  /** Add a step at `price` taken by `conversion` of step-1 buyers; `closes` false when too small. */
  | {
      readonly kind: 'addSecondStep';
      readonly price: number;
      readonly conversion: number;
      readonly closes: boolean;
    }
  | { readonly kind: 'moreTrainings'; readonly trainingsPerMonth: number }
  | { readonly kind: 'biggerGroups'; readonly peoplePerTraining: number }
  | { readonly kind: 'moreClients'; readonly clientsPerMonth: number }
  | { readonly kind: 'moreConsultations'; readonly consultationsPerClient: number };

// 300,000 ÷ 25,000 ÷ 12 may land a hair above 1; a count that close to whole is that whole.
const WHOLE_EPSILON = 1e-9;
const wholeAtLeast = (value: number): number => Math.ceil(value - WHOLE_EPSILON);

/**
 * The whole number of units (trainings, people, clients) that reaches `target` at `perUnit` each:
 * ⌈target ÷ per unit⌉; `null` when a unit brings nothing. 300,000 at 25,000 × 12 → 1, not 2.
 */
export function countToReach(target: number, perUnit: number): number | null {
  if (!(perUnit > 0)) return null;
  return Math.max(0, wholeAtLeast(target / perUnit));
}

/** The levers for the missed bars; a lever that cannot help (a price of 0) is left out. */
export function clientLevers(
  ltv: Check,
  turnover: Check,
  format: ClientFormat | null,
  secondStep: SecondStep | null
): { readonly status: 'levers'; readonly levers: Lever[] } | Invalid {
  const invalid = invalidIf(
    findValueIssues([
      [secondStep?.price ?? 0, 'secondStepPrice', 'nonNegative'],
      [secondStep?.conversion ?? 0, 'secondStepConversion', 'share'],
    ])
  );
  if (invalid) return invalid;
  const levers: Lever[] = [];
  const raise = priceRaise(ltv, turnover);
  if (raise !== null) levers.push({ kind: 'raisePrice', increase: raise });
  if (!ltv.passes) {
    const step = secondStepFor(ltv, secondStep);
    if (step) levers.push(step);
  }
  if (!turnover.passes && format) levers.push(...volumeLevers(format, turnover.threshold));
  return { status: 'levers', levers };
}

// Price factor = max over missed bars of threshold ÷ value; a value of 0 cannot be scaled up.
function priceRaise(ltv: Check, turnover: Check): number | null {
  const missed = [ltv, turnover].filter((c) => !c.passes);
  if (missed.length === 0 || missed.some((c) => c.value === 0)) return null;
  return Math.max(...missed.map((c) => c.threshold / c.value)) - 1;
}

// The step must add the LTV gap: price × conversion = threshold − LTV.
function secondStepFor(ltv: Check, step: SecondStep | null): Lever | null {
  const price = step?.price ?? null;
  const given = step?.conversion ?? null;
  if (price !== null && given !== null) {
    return { kind: 'addSecondStep', price, conversion: given, closes: price * given >= ltv.gap };
  }
  if (price !== null) {
    if (price === 0) return null;
    const conversion = ltv.gap / price;
    return conversion <= 1 ? { kind: 'addSecondStep', price, conversion, closes: true } : null;
  }
  const conversion = given ?? DEFAULT_SECOND_STEP_CONVERSION;
  if (conversion === 0) return null;
  return { kind: 'addSecondStep', price: ltv.gap / conversion, conversion, closes: true };
}

function volumeLevers(format: ClientFormat, target: number): Lever[] {
  const levers: Lever[] = [];
  if (format.kind === 'group') {
    const perTraining = format.price * format.peoplePerTraining;
    const perPerson = format.price * format.trainingsPerMonth;
    if (perTraining > 0) {
      levers.push({ kind: 'moreTrainings', trainingsPerMonth: wholeAtLeast(target / perTraining) });
    }
    if (perPerson > 0) {
      levers.push({ kind: 'biggerGroups', peoplePerTraining: wholeAtLeast(target / perPerson) });
    }
    return levers;
  }
  const perClient = format.price * format.consultationsPerClient;
  const perConsultation = format.price * format.clientsPerMonth;
  if (perClient > 0) {
    levers.push({ kind: 'moreClients', clientsPerMonth: wholeAtLeast(target / perClient) });
  }
  if (perConsultation > 0) {
    levers.push({
      kind: 'moreConsultations',
      consultationsPerClient: wholeAtLeast(target / perConsultation),
    });
  }
  return levers;
}
