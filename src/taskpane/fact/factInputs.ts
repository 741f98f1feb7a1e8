/**
 * What the owner types into the Plan vs fact tab, kept as text (a half-typed number is not lost)
 * and remembered in the workbook per sales log; parsed into numbers with the field at fault named.
 */
import type { BonusStep } from '../../core/decisions';
import type { SourceRef } from '../../workbook/gateway';
import { sourceKey } from '../../workbook/reportRules';
import { parseTypedNumber, type NumberSettings } from '../../workbook/typedNumber';

export type LadderRow = { readonly threshold: string; readonly bonus: string };

export type FactInputs = {
  /** The CCR's resource name; `null`: the products table's first. */
  readonly ccr: string | null;
  readonly capacity: string;
  readonly operatingExpense: string;
  readonly ladder: readonly LadderRow[];
  /** Serial of the reviewed month's first day; `null`: the log's last month. */
  readonly month: number | null;
};

export const initialFactInputs: FactInputs = {
  ccr: null,
  capacity: '',
  operatingExpense: '',
  ladder: [],
  month: null,
};

export type FieldProblem = 'missing' | 'notNumber' | 'negative' | 'notPositive';

export type ParsedFactInputs = {
  readonly capacity: number | null;
  readonly operatingExpense: number | null;
  /** `null` when no step is given: no bonuses. */
  readonly ladder: readonly BonusStep[] | null;
  readonly errors: {
    readonly capacity?: FieldProblem;
    readonly operatingExpense?: FieldProblem;
    /** The first wrong cell of the ladder: its 1-based step and which of the two. */
    readonly ladder?: {
      readonly step: number;
      readonly field: 'threshold' | 'bonus';
      readonly problem: FieldProblem;
    };
  };
};

function field(text: string, numbers: NumberSettings, rule: 'positive' | 'nonNegative' | 'any') {
  // Read by Excel's separators, as every number typed into the pane: an entry they read as more
  // than one number ("1,5" where a comma groups thousands) is refused, never guessed.
  const typed = parseTypedNumber(text, numbers);
  if (typed.status === 'blank') return { value: null, problem: 'missing' as const };
  if (typed.status !== 'number') return { value: null, problem: 'notNumber' as const };
  const value = typed.value;
  if (rule === 'positive' && !(value > 0)) return { value: null, problem: 'notPositive' as const };
  if (rule === 'nonNegative' && value < 0) return { value: null, problem: 'negative' as const };
  return { value, problem: null };
}

export function parseFactInputs(inputs: FactInputs, numbers: NumberSettings): ParsedFactInputs {
  const capacity = field(inputs.capacity, numbers, 'positive');
  const oe = field(inputs.operatingExpense, numbers, 'nonNegative');
  const steps: BonusStep[] = [];
  let ladderError: ParsedFactInputs['errors']['ladder'];
  inputs.ladder.forEach((row, k) => {
    if (row.threshold.trim() === '' && row.bonus.trim() === '') return;
    const threshold = field(row.threshold, numbers, 'any');
    const bonus = field(row.bonus, numbers, 'any');
    if (ladderError === undefined && threshold.problem !== null) {
      ladderError = { step: k + 1, field: 'threshold', problem: threshold.problem };
    } else if (ladderError === undefined && bonus.problem !== null) {
      ladderError = { step: k + 1, field: 'bonus', problem: bonus.problem };
    }
    if (threshold.value !== null && bonus.value !== null) {
      steps.push({ threshold: threshold.value, bonus: bonus.value });
    }
  });
  return {
    capacity: capacity.value,
    operatingExpense: oe.value,
    ladder: steps.length === 0 ? null : steps,
    errors: {
      ...(capacity.problem ? { capacity: capacity.problem } : {}),
      ...(oe.problem ? { operatingExpense: oe.problem } : {}),
      ...(ladderError ? { ladder: ladderError } : {}),
    },
  };
}

/** Settings key of the inputs of a sales log. */
export const factInputsKey = (log: SourceRef) => `planVsFact:${sourceKey(log)}`;

/** The inputs as stored, if they have the right shape. */
export function storedFactInputs(value: unknown): FactInputs | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const ladder = Array.isArray(v.ladder)
    ? v.ladder.map((row: unknown) => {
        const r = (row ?? {}) as Record<string, unknown>;
        return { threshold: text(r.threshold), bonus: text(r.bonus) };
      })
    : [];
  return {
    ccr: typeof v.ccr === 'string' ? v.ccr : null,
    capacity: text(v.capacity),
    operatingExpense: text(v.operatingExpense),
    ladder,
    month: typeof v.month === 'number' && Number.isFinite(v.month) ? v.month : null,
  };
}
