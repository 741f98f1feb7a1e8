import { flatten, formatNumber, shorten } from './oneLine';
import type { PlanReport, ProductLine, ResourceLine } from './planReport';
import type { Texts } from './texts';

const MAX_CELL = 40;

/** A user's name in a table cell: one line, at most 40 characters. */
export const cell = (name: string): string => shorten(flatten(name), MAX_CELL);

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

/** A column the exact plan adds (the ranking plan's quantity). */
export type ExtraColumn = { readonly header: string; readonly value: (p: ProductLine) => string };

/** Writes one plan report as text in the words and number format of `t`. */
function tableWriter(report: PlanReport, t: Texts) {
  const number = (value: number | undefined, digits = 2) =>
    value === undefined ? '—' : formatNumber(value, t, digits);
  const percent = (value: number | undefined) =>
    value === undefined ? t.unboundedLoad : `${formatNumber(value * 100, t, 1)}%`;
  const unitOf = (name: string | null) => report.resources.find((r) => r.name === name)?.unit ?? '';
  const ranked = report.rankedBy === null ? null : cell(report.rankedBy);

  function rankingLine(): string {
    if (ranked === null) return t.rankedByUnit;
    const basis = t.rankedBy(unitOf(report.rankedBy), ranked);
    if (report.constraint === report.rankedBy) return `${basis}${t.rankedByConstraint}`;
    if (report.constraint === null) return `${basis}${t.rankedByBusiest}`;
    return `${basis}${t.rankedByChoice(cell(report.constraint))}`;
  }

  function productRows(extra: ExtraColumn | null): string[][] {
    const byRanked = <T>(items: T[]) => (ranked === null ? [] : items);
    const header = [
      t.rank,
      t.product,
      t.tPerUnit,
      ...byRanked([t.tPerTime(unitOf(report.rankedBy), ranked ?? '')]),
      t.quantity,
      ...(extra ? [extra.header] : []),
      t.t,
      ...byRanked([t.loadOf(ranked ?? '')]),
    ];
    const rows = report.products.map((p) => [
      formatNumber(p.rank, t),
      cell(p.name),
      number(p.throughputPerUnit),
      ...byRanked([
        p.constraintTimePerUnit === 0 ? t.noTime : number(p.throughputPerConstraintUnit),
      ]),
      number(p.quantity, 4),
      ...(extra ? [extra.value(p)] : []),
      number(p.throughput),
      ...byRanked([percent(p.cumulativeLoad)]),
    ]);
    return [header, ...rows];
  }

  function resourceLine(r: ResourceLine): string {
    const amount = (value: number) => `${number(value)} ${r.unit}`;
    const line = t.resourceLine(
      cell(r.name),
      amount(r.used),
      amount(r.capacity),
      percent(r.load),
      percent(r.loadAtFullDemand)
    );
    return r.overloadedAtFullDemand ? `${line}${t.overloaded}` : line;
  }

  return (extra: ExtraColumn | null): string =>
    [
      `${report.constraint === null ? t.noConstraint : t.constraint(cell(report.constraint))} ${rankingLine()}`,
      report.wholeUnits ? t.wholeUnits : t.fractionalUnits,
      '',
      align(productRows(extra)),
      '',
      `${t.throughput}: ${number(report.throughput)}`,
      `${t.operatingExpense}: ${report.operatingExpense === undefined ? t.notGiven : number(report.operatingExpense)}`,
      `${t.netProfit}: ${report.netProfit === undefined ? t.notComputed : number(report.netProfit)}`,
      `${t.lostToMinimums}: ${number(report.lostToMinimums)}`,
      '',
      t.resources,
      ...report.resources.map(resourceLine),
      ...report.warnings.map((w) => t.warning(w.message)),
    ].join('\n');
}

/** The plan as a readable table for a terminal (`ta plan --table`). */
export function formatTable(report: PlanReport, t: Texts, extra: ExtraColumn | null = null) {
  return tableWriter(report, t)(extra);
}
