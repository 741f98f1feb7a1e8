import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { useLocale } from '../locale';
import { fill } from '../i18n';
import type { PlanRow } from '../planView';

export type PlanTableProps = {
  readonly rows: readonly PlanRow[];
  /** Name of the resource the ranking uses (the CCR or the override). */
  readonly rankingResource: string | null;
};

const useStyles = makeStyles({
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  rank: { width: '28px' },
});

/** The ranked products: rank, name, T per CCR hour, planned quantity, cumulative CCR load. */
export function PlanTable({ rows, rankingResource }: PlanTableProps) {
  const { strings, formats } = useLocale();
  const styles = useStyles();
  const rateHeader = fill(strings.colRate, { resource: rankingResource ?? '—' });
  return (
    <Table size="small" aria-label={strings.previewSection}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.rank}>{strings.colRank}</TableHeaderCell>
          <TableHeaderCell>{strings.colProduct}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{rateHeader}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{strings.colQuantity}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{strings.colLoad}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.product}>
            <TableCell>{row.rank}</TableCell>
            <TableCell>{row.name}</TableCell>
            <TableCell className={styles.number}>
              {row.ratePerHour === null ? strings.noCcrTime : formats.rate(row.ratePerHour)}
            </TableCell>
            <TableCell className={styles.number}>{formats.quantity(row.quantity)}</TableCell>
            <TableCell className={styles.number}>
              {row.cumulativeLoad === null ? '—' : formats.percent(row.cumulativeLoad)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
