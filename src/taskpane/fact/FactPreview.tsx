import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MonthReview } from '../../core/fact';
import { TotalsList } from '../components/TotalsList';
import { fill } from '../i18n';
import { useLocale } from '../locale';
import { monthLabel } from './factModel';
import { FACT_STRINGS } from './factStrings';

export type FactPreviewProps = {
  readonly review: MonthReview;
  readonly resource: string;
  readonly timeUnit: 'hours' | 'minutes';
};

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' },
  cell: { textAlign: 'end', paddingInlineStart: tokens.spacingHorizontalS },
  head: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
  note: { display: 'block' },
});

/** The reviewed month's T, OE, NP, CCR use and T lost to the mix; T, OE and NP of every month. */
export function FactPreview({ review, resource, timeUnit }: FactPreviewProps) {
  const { language, formats, strings } = useLocale();
  const words = FACT_STRINGS[language];
  const styles = useStyles();
  const { months, index } = review;
  const at = (column: Float64Array) => column[index] as number;
  const lines: [string, string][] = [
    [words.figureT, formats.money(at(months.throughput))],
    [words.figureOe, formats.money(at(months.operatingExpense))],
    [words.figureNp, formats.money(at(months.netProfit))],
    [
      fill(words.figureUse, { resource }),
      `${formats.time(at(months.hours))} ${strings[timeUnit === 'hours' ? 'hours' : 'minutes']} (${formats.percent(at(months.utilisation))})`,
    ],
    [words.figureLost, formats.money(at(months.lost))],
  ];
  return (
    <div>
      <TotalsList lines={lines} />
      <Text size={200} className={styles.note}>
        {fill(words.figureLostHint, { resource })}
      </Text>
      <table className={styles.table} aria-label={words.monthsCaption}>
        <thead>
          <tr>
            <th className={styles.head}>{words.monthTitle}</th>
            <th className={styles.cell}>{words.figureT}</th>
            <th className={styles.cell}>{words.figureOe}</th>
            <th className={styles.cell}>{words.figureNp}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from(months.start, (start, k) => (
            <tr key={start}>
              <td>{monthLabel(start, language)}</td>
              <td className={styles.cell}>{formats.money(months.throughput[k] as number)}</td>
              <td className={styles.cell}>{formats.money(months.operatingExpense[k] as number)}</td>
              <td className={styles.cell}>{formats.money(months.netProfit[k] as number)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
