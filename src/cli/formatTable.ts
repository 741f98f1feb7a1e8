import type { PlanReport } from './planReport';

const number = (value: number | null, digits = 2): string =>
  value === null ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: digits });
const percent = (value: number | null): string =>
  value === null ? '—' : `${(value * 100).toFixed(1)}%`;

function align(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, c) =>
    Math.max(...rows.map((row) => (row[c] ?? '').length))
  );
  return rows
    .map((row) =>
      row
        .map((cell, c) => (c <= 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('  ')
    )
    .join('\n');
}

/** The plan as a readable table for a terminal (`ta plan --table`). */
export function formatTable(report: PlanReport): string {
  const unit = report.timeUnit === 'minutes' ? 'min' : 'h';
  const header = ['Rank', 'Product', 'T/unit', `T per ${unit}`, 'Quantity', 'T', 'Cum. load'];
  const rows = report.products.map((p) => [
    String(p.rank),
    p.name,
    number(p.throughputPerUnit),
    p.throughputPerConstraintUnit === null ? 'no CCR time' : number(p.throughputPerConstraintUnit),
    number(p.quantity, 4),
    number(p.throughput),
    percent(p.cumulativeLoad),
  ]);
  const resources = report.resources.map(
    (r) =>
      `  ${r.name}: used ${number(r.used)} of ${number(r.capacity)} ${unit} (${percent(r.load)}; at full demand ${percent(r.loadAtFullDemand)})`
  );
  const lines = [
    `Constraint: ${report.constraint ?? 'none — demand binds'}${report.rankedBy && report.rankedBy !== report.constraint ? ` (ranked by ${report.rankedBy})` : ''}`,
    align([header, ...rows]),
    '',
    `Throughput ΣT: ${number(report.throughput)}`,
    `Operating expense OE: ${number(report.operatingExpense)}`,
    `Net profit NP = ΣT − OE: ${number(report.netProfit)}`,
    `Throughput lost to minimums: ${number(report.lostToMinimums)}`,
    'Resources:',
    ...resources,
    ...report.warnings.map((w) => `Warning: ${w.message}`),
  ];
  return lines.join('\n');
}
