import { flatten, formatNumber, shorten } from './oneLine';
import type { PlanReport, ProductLine, ResourceLine } from './planReport';

const MAX_CELL = 40;

/** A user's name in a table cell: one line, at most 40 characters. */
const cell = (name: string): string => shorten(flatten(name), MAX_CELL);

const number = (value: number | undefined, digits = 2): string =>
  value === undefined ? '—' : formatNumber(value, digits);
const percent = (value: number | undefined): string =>
  value === undefined ? 'unbounded' : `${formatNumber(value * 100, 1)}%`;

function align(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, c) =>
    Math.max(...rows.map((row) => Array.from(row[c] ?? '').length))
  );
  const pad = (text: string, width: number, left: boolean) => {
    const gap = ' '.repeat(Math.max(0, width - Array.from(text).length));
    return left ? text + gap : gap + text;
  };
  return rows
    .map((row) =>
      row
        .map((text, c) => pad(text, widths[c] ?? 0, c <= 1))
        .join('  ')
        .trimEnd()
    )
    .join('\n');
}

function unitOf(report: PlanReport, name: string | null): string {
  return report.resources.find((r) => r.name === name)?.unit ?? '';
}

/** What the plan was ranked by, in words. */
function rankingLine(report: PlanReport): string {
  const ranked = report.rankedBy;
  if (ranked === null) return 'Ranked by throughput per unit (the file has no resources).';
  const basis = `Ranked by throughput per ${unitOf(report, ranked)} of ${cell(ranked)}`;
  if (report.constraint === ranked) return `${basis}, the constraint (CCR).`;
  if (report.constraint === null) {
    return `${basis}, the busiest resource: none is overloaded, demand (the market) binds.`;
  }
  return `${basis} (chosen with --rank-by; the constraint is ${cell(report.constraint)}).`;
}

function productRows(report: PlanReport, extra: ExtraColumn | null): string[][] {
  const ranked = report.rankedBy === null ? null : cell(report.rankedBy);
  const unit = unitOf(report, report.rankedBy);
  const header = [
    'Rank',
    'Product',
    'T per unit',
    ...(ranked === null ? [] : [`T per ${unit} of ${ranked}`]),
    'Quantity',
    ...(extra ? [extra.header] : []),
    'T',
    ...(ranked === null ? [] : [`Load of ${ranked}`]),
  ];
  const rows = report.products.map((p: ProductLine) => [
    formatNumber(p.rank),
    cell(p.name),
    number(p.throughputPerUnit),
    ...(ranked === null
      ? []
      : [p.constraintTimePerUnit === 0 ? 'no time' : number(p.throughputPerConstraintUnit)]),
    number(p.quantity, 4),
    ...(extra ? [extra.value(p)] : []),
    number(p.throughput),
    ...(ranked === null ? [] : [percent(p.cumulativeLoad)]),
  ]);
  return [header, ...rows];
}

function resourceLine(r: ResourceLine): string {
  const amount = (value: number) => `${formatNumber(value)} ${r.unit}`;
  return `  ${cell(r.name)}: used ${amount(r.used)} of ${amount(r.capacity)} (${percent(r.load)}); at full demand ${percent(r.loadAtFullDemand)}${r.overloadedAtFullDemand ? ', overloaded' : ''}`;
}

/** A column the exact plan adds (the ranking plan's quantity). */
export type ExtraColumn = { readonly header: string; readonly value: (p: ProductLine) => string };

/** The plan as a readable table for a terminal (`ta plan --table`). */
export function formatTable(report: PlanReport, extra: ExtraColumn | null = null): string {
  return [
    `Constraint: ${report.constraint === null ? 'none, demand binds' : cell(report.constraint)}. ${rankingLine(report)}`,
    `Quantities in ${report.wholeUnits ? 'whole units' : 'fractional units (--fractional)'}.`,
    '',
    align(productRows(report, extra)),
    '',
    `Throughput ΣT: ${number(report.throughput)}`,
    `Operating expense OE: ${report.operatingExpense === undefined ? 'not given' : number(report.operatingExpense)}`,
    `Net profit NP = ΣT − OE: ${report.netProfit === undefined ? 'not computed (no OE in the file)' : number(report.netProfit)}`,
    `Throughput lost to minimums: ${number(report.lostToMinimums)}`,
    '',
    'Resources:',
    ...report.resources.map(resourceLine),
    ...report.warnings.map((w) => `Warning: ${w.message}`),
  ].join('\n');
}

/** `--table` when there is no plan: a sentence, not JSON. */
export const formatNoPlan = (message: string): string => `No plan: ${message}.`;
