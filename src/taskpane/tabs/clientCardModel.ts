import {
  DEFAULT_THRESHOLDS,
  clientCard,
  currentTurnover,
  reachFromConversions,
  type ClientCard,
  type ClientFormat,
} from '../../core/clients';
import type { CardStep } from '../../workbook/clientCardRecord';
import type { NumberSettings } from '../../workbook/typedNumber';
import { readField, type FieldError, type FieldRule } from './formNumbers';

/** A funnel step as typed: its price and the conversion (%) from the step before it. */
export type StepForm = { readonly price: string; readonly conversion: string };

/** What the owner types on the Client card tab, kept as text. */
export type CardForm = {
  readonly kind: ClientFormat['kind'];
  readonly price: string;
  readonly trainingsPerMonth: string;
  readonly peoplePerTraining: string;
  readonly consultationsPerClient: string;
  readonly clientsPerMonth: string;
  readonly buyersNow: string;
  readonly sessionsNow: string;
  readonly steps: readonly StepForm[];
  readonly minLtv: string;
  readonly minTurnover: string;
};

/** A new step: the source's 50 % of step-1 buyers go on to step 2. */
export const NEW_STEP: StepForm = { price: '', conversion: '50' };

export const emptyCardForm: CardForm = {
  kind: 'group',
  price: '',
  trainingsPerMonth: '',
  peoplePerTraining: '',
  consultationsPerClient: '',
  clientsPerMonth: '',
  buyersNow: '',
  sessionsNow: '',
  steps: [{ price: '', conversion: '100' }],
  minLtv: String(DEFAULT_THRESHOLDS.minLtv),
  minTurnover: String(DEFAULT_THRESHOLDS.minMonthlyTurnover),
};

/** Keys of errors: the form's fields, and `stepPrice:k` / `stepConversion:k` (k from 0). */
export type CardErrors = Readonly<Record<string, FieldError>>;

export type CardModel =
  | { readonly status: 'errors'; readonly errors: CardErrors }
  | { readonly status: 'overflow' }
  | {
      readonly status: 'card';
      readonly format: ClientFormat;
      readonly steps: readonly CardStep[];
      readonly current: {
        readonly buyersPerMonth: number;
        readonly sessionsPerMonth: number;
      } | null;
      readonly currentTurnover: number | null;
      readonly card: ClientCard;
    };

const PERCENT = 100;

/** LTV, turnover, the verdict and the levers of the typed card, or which fields are wrong. */
export function computeCard(form: CardForm, settings: NumberSettings): CardModel {
  const errors: Record<string, FieldError> = {};
  const read = (key: string, text: string, rule: FieldRule, required = true): number => {
    const field = readField(text, rule, settings, required);
    if (field.error !== null) errors[key] = field.error;
    return field.value ?? 0;
  };
  const price = read('price', form.price, 'nonNegative');
  const format: ClientFormat =
    form.kind === 'group'
      ? {
          kind: 'group',
          price,
          trainingsPerMonth: read('trainingsPerMonth', form.trainingsPerMonth, 'nonNegative'),
          peoplePerTraining: read('peoplePerTraining', form.peoplePerTraining, 'nonNegative'),
        }
      : {
          kind: 'individual',
          price,
          consultationsPerClient: read(
            'consultationsPerClient',
            form.consultationsPerClient,
            'nonNegative'
          ),
          clientsPerMonth: read('clientsPerMonth', form.clientsPerMonth, 'nonNegative'),
        };
  const anyNow = form.buyersNow.trim() !== '' || form.sessionsNow.trim() !== '';
  const buyersPerMonth = read('buyersNow', form.buyersNow, 'nonNegative', anyNow);
  const sessionsPerMonth = read('sessionsNow', form.sessionsNow, 'nonNegative', anyNow);
  const prices = form.steps.map((s, k) => read(`stepPrice:${k}`, s.price, 'nonNegative'));
  const conversions = form.steps.map((s, k) =>
    k === 0 ? 1 : read(`stepConversion:${k}`, s.conversion, 'percent') / PERCENT
  );
  const minLtv = read('minLtv', form.minLtv, 'nonNegative');
  const minMonthlyTurnover = read('minTurnover', form.minTurnover, 'nonNegative');
  if (Object.keys(errors).length > 0) return { status: 'errors', errors };
  const reach = reachFromConversions(conversions);
  const steps: CardStep[] = prices.map((p, k) => ({
    price: p,
    conversion: conversions[k] as number,
    reach: reach[k] as number,
  }));
  const card = clientCard({ steps, format, thresholds: { minLtv, minMonthlyTurnover } });
  if (card.status !== 'card') return { status: 'overflow' };
  const current = anyNow ? { buyersPerMonth, sessionsPerMonth } : null;
  const now = current === null ? null : currentTurnover({ price, ...current });
  if (now !== null && now.status !== 'turnover') return { status: 'overflow' };
  return {
    status: 'card',
    format,
    steps,
    current,
    currentTurnover: now === null ? null : now.turnover,
    card,
  };
}
