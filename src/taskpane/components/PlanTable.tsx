import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
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
  // Widths follow the content: names wrap between words, numbers keep to one line.
  table: {
    tableLayout: 'auto',
    '& th, & td': {
      paddingLeft: tokens.spacingHorizontalXS,
      paddingRight: tokens.spacingHorizontalXS,
    },
  },
  // A safety net for long resource names: the table scrolls, the pane never widens.
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  header: { textAlign: 'end', verticalAlign: 'bottom', hyphens: 'auto' },
  rank: { width: '1.5em' },
});

/** The ranked products: rank, name, T per CCR hour, planned quantity, cumulative CCR load. */
export function PlanTable({ rows, rankingResource }: PlanTableProps) {
  const { strings, formats } = useLocale();
  const styles = useStyles();
  const resource = rankingResource ?? '—';
  const rateHeader = fill(strings.colRate, { resource });
  const noTime = fill(strings.noCcrTime, { resource });
  return (
    <div className={styles.scroller}>
      <Table size="small" className={styles.table} aria-label={strings.previewSection}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.rank}>{strings.colRank}</TableHeaderCell>
            <TableHeaderCell>{strings.colProduct}</TableHeaderCell>
            <TableHeaderCell className={styles.header}>{rateHeader}</TableHeaderCell>
            <TableHeaderCell className={styles.header}>{strings.colQuantity}</TableHeaderCell>
            <TableHeaderCell
              className={styles.header}
              title={fill(strings.colLoadFull, { resource })}
              aria-label={fill(strings.colLoadFull, { resource })}
            >
              {strings.colLoad}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.product}>
              <TableCell>{row.rank}</TableCell>
              <TableCell>{row.name}</TableCell>
              <TableCell className={styles.number}>
                {row.rateTooLarge ? (
                  strings.rateTooLarge
                ) : row.ratePerHour === null ? (
                  <span title={noTime} aria-label={noTime}>
                    ∞
                  </span>
                ) : (
                  formats.rate(row.ratePerHour)
                )}
              </TableCell>
              <TableCell className={styles.number}>{formats.quantity(row.quantity)}</TableCell>
              <TableCell className={styles.number}>
                {row.cumulativeLoad === null ? '—' : formats.percent(row.cumulativeLoad)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
