import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { Text } from '@fluentui/react-components';
import type { BestPlanRow } from '../bestPlanView';
import { useLocale } from '../locale';
import { PREVIEW_ROWS } from '../planView';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

const planned = (row: BestPlanRow) => row.best > 0 || (row.ranking ?? 0) > 0;

/**
 * Each product's quantity in the best plan beside the ranking's: the products either plan sells
 * first, at most PREVIEW_ROWS of them, and how many more there are.
 */
export function BestPlanTable({ rows }: { readonly rows: readonly BestPlanRow[] }) {
  const { strings, formats, say } = useLocale();
  const styles = useStyles();
  const ordered = [...rows.filter(planned), ...rows.filter((row) => !planned(row))];
  const shown = ordered.slice(0, PREVIEW_ROWS);
  return (
    <>
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
            {shown.map((row) => (
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
      {rows.length > shown.length && (
        <Text size={200}>{say(strings.rowsMore, { count: rows.length - shown.length })}</Text>
      )}
    </>
  );
}
