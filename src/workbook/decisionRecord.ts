/**
 * The decision record laid out in memory: what changes, ΔT and ΔOE with the months they start,
 * ΔI, ΔNP, ΔNP ÷ ΔI, the payback month and the verdict, then a table of ΔNP month by month with a
 * chart. Written to a new sheet of its own ("TA Decision", suffixed when the name is taken).
 */
import type { DecisionResult, PaybackResult } from '../core/decisions';
import type { ReportBlock, ReportCell, ReportDocument } from './gateway';
import { lineBlocks, recordDocument, RECORD_FIRST_ROW, type RecordLine } from './recordLayout';
import { recordLabels } from './recordLabels';
import { excelSerial } from './reportLayout';
import { fill, type ReportLanguage } from './reportLabels';

export type DecisionRecordInput = {
  /** The change in the owner's words; written as text, whatever it looks like. */
  readonly description: string;
  readonly throughputFromMonth: number;
  readonly operatingExpenseFromMonth: number;
  /** ΔI, or `null` when nothing is invested. */
  readonly investment: number | null;
  readonly decision: DecisionResult;
  readonly payback: PaybackResult;
  /** Months of the month-by-month table (at most the payback's horizon). */
  readonly months: number;
  readonly date: Date;
  readonly language: ReportLanguage;
};

const TABLE_NAME = 'TA_Decision';

export function buildDecisionRecord(input: DecisionRecordInput): ReportDocument {
  const words = recordLabels(input.language);
  const { decision, payback } = input;
  const lines: RecordLine[] = [
    [words.change, input.description, 'text'],
    [words.deltaThroughput, decision.deltaThroughput, 'currency'],
    [words.throughputFrom, input.throughputFromMonth, 'quantity'],
    [words.deltaOperatingExpense, decision.deltaOperatingExpense, 'currency'],
    [words.operatingExpenseFrom, input.operatingExpenseFromMonth, 'quantity'],
    [
      words.investment,
      input.investment ?? words.none,
      input.investment === null ? 'text' : 'currency',
    ],
    [words.deltaNetProfit, decision.deltaNetProfit, 'currency'],
    ...(decision.returnOnInvestment === null
      ? []
      : [[words.returnOnInvestment, decision.returnOnInvestment, 'percent'] as const]),
    payback.month === null
      ? [
          words.paybackMonth,
          fill(words.neverWithin, { months: String(payback.cumulative.length) }),
          'text',
        ]
      : [words.paybackMonth, payback.month, 'quantity'],
    [words.verdict, verdictText(input), 'text'],
    [words.writtenOn, excelSerial(input.date), 'date'],
  ];
  const tableRow = RECORD_FIRST_ROW + lines.length + 1;
  const blocks: ReportBlock[] = [
    ...lineBlocks(lines, RECORD_FIRST_ROW),
    monthTable(input, tableRow),
  ];
  const tableBlock = blocks.length - 1;
  return recordDocument(
    words.decisionSheet,
    words.decisionTitle,
    blocks,
    { kind: 'record', name: 'decision' },
    { title: words.chart, block: tableBlock, categoryColumn: 0, barColumn: 1, lineColumn: 2 }
  );
}

/** "accept: ΔT 30 > ΔOE 10": the verdict with the comparison it rests on. */
function verdictText(input: DecisionRecordInput): string {
  const words = recordLabels(input.language);
  const { deltaThroughput: t, deltaOperatingExpense: oe, verdict } = input.decision;
  const sign = t > oe ? '>' : t < oe ? '<' : '=';
  const oeName = input.language === 'ru' ? 'ΔОЕ' : 'ΔOE';
  const number = new Intl.NumberFormat(input.language === 'ru' ? 'ru-RU' : 'en-US', {
    maximumFractionDigits: 2,
  });
  return `${words[verdict]}: ΔT ${number.format(t)} ${sign} ${oeName} ${number.format(oe)}`;
}

// ΔNP of month k = ΔT·[k ≥ T's first month] − ΔOE·[k ≥ OE's first month]; the cumulative adds −ΔI.
function monthTable(input: DecisionRecordInput, row: number): ReportBlock {
  const words = recordLabels(input.language);
  const { decision, payback } = input;
  const months = Math.min(input.months, payback.cumulative.length);
  const rows: ReportCell[][] = [];
  for (let k = 1; k <= months; k++) {
    const t = k >= input.throughputFromMonth ? decision.deltaThroughput : 0;
    const oe = k >= input.operatingExpenseFromMonth ? decision.deltaOperatingExpense : 0;
    rows.push([k, t - oe, payback.cumulative[k - 1] as number]);
  }
  return {
    row,
    column: 0,
    values: [[words.month, words.monthDeltaNetProfit, words.cumulative], ...rows],
    columnFormats: ['quantity', 'currency', 'currency'],
    table: { name: TABLE_NAME },
  };
}
