import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../locale';
import { fill } from '../i18n';
import type { PlanView, TimeUnit } from '../planView';
import { TotalsList } from './TotalsList';

export type PlanTotalsProps = {
  readonly view: PlanView;
  readonly timeUnit: TimeUnit;
};

const useStyles = makeStyles({
  strong: { fontWeight: tokens.fontWeightSemibold },
  note: { display: 'block', marginTop: tokens.spacingVerticalS },
});

/** ΣT, OE and NP of the plan, the target, the CCR hours used and what the minimums cost. */
export function PlanTotals({ view, timeUnit }: PlanTotalsProps) {
  const { strings, formats } = useLocale();
  const styles = useStyles();
  const lines: [string, string][] = [[strings.totalThroughput, formats.money(view.throughput)]];
  if (view.operatingExpense !== null) {
    lines.push([strings.totalOe, formats.money(view.operatingExpense)]);
  }
  if (view.netProfit !== null) lines.push([strings.totalNp, formats.money(view.netProfit)]);
  if (view.requiredThroughput !== null) {
    lines.push([strings.requiredThroughput, formats.money(view.requiredThroughput)]);
  }
  return (
    <div>
      <TotalsList lines={lines} />
      {view.operatingExpense === null && <Text className={styles.note}>{strings.oeMissing}</Text>}
      {view.requiredThroughput !== null && (
        <Text className={styles.note}>{targetNote(view, strings, formats.money)}</Text>
      )}
      {view.ranking !== null && (
        <Text className={styles.note}>
          {fill(strings.ccrUsed, {
            resource: view.ranking.name,
            used: formats.time(view.ranking.used),
            capacity: formats.time(view.ranking.capacity),
            unit: strings[timeUnit],
            load: formats.percent(view.ranking.used / view.ranking.capacity),
          })}
        </Text>
      )}
      {view.hasMinimums && (
        <Text className={styles.note}>
          {view.lostToMinimums > 0
            ? fill(strings.minimumsCost, { amount: formats.money(view.lostToMinimums) })
            : strings.minimumsFree}
        </Text>
      )}
    </div>
  );
}

function targetNote(
  view: PlanView,
  strings: ReturnType<typeof useLocale>['strings'],
  money: (value: number) => string
): string {
  const gap = view.throughput - (view.requiredThroughput as number);
  return gap >= 0
    ? fill(strings.aboveTarget, { amount: money(gap) })
    : fill(strings.belowTarget, { amount: money(-gap) });
}
