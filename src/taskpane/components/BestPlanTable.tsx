import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import type { BestPlanRow } from '../bestPlanView';
import { useLocale } from '../locale';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

/** Each product's quantity in the best plan beside the ranking's. */
export function BestPlanTable({ rows }: { readonly rows: readonly BestPlanRow[] }) {
  const { strings, formats } = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <Table size="small" aria-label={strings.bestTable}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.colProduct}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.colBest}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.colRanking}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.product}>
              <TableCell>{row.name}</TableCell>
              <TableCell className={styles.number}>{formats.quantity(row.best)}</TableCell>
              <TableCell className={styles.number}>
                {row.ranking === null ? '—' : formats.quantity(row.ranking)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
