import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { GreedyShortfallReason } from '../../core/optimization';
import type { BestPlanView, ShadowPrice } from '../bestPlanView';
import type { NumberFormats } from '../format';
import { fill, type Strings } from '../i18n';
import { useLocale } from '../locale';
import type { TimeUnit } from '../planView';
import { TotalsList } from './TotalsList';

export type BestPlanTotalsProps = {
  readonly view: BestPlanView;
  readonly timeUnit: TimeUnit;
  /** OE + target profit, when both are known. */
  readonly requiredThroughput: number | null;
};

const useStyles = makeStyles({
  note: { display: 'block', marginTop: tokens.spacingVerticalS },
  prices: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** ΣT of both plans, the difference and why, NP, and what one more hour of each binding resource adds. */
export function BestPlanTotals({ view, timeUnit, requiredThroughput }: BestPlanTotalsProps) {
  const { strings, formats } = useLocale();
  const styles = useStyles();
  const money = formats.money;
  const lines: [string, string][] = [[strings.bestThroughput, money(view.throughput)]];
  if (view.rankingThroughput !== null) {
    lines.push([strings.rankingThroughput, money(view.rankingThroughput)]);
    lines.push([strings.bestDifference, money(view.difference)]);
  }
  if (view.operatingExpense !== null) lines.push([strings.totalOe, money(view.operatingExpense)]);
  if (view.netProfit !== null) lines.push([strings.totalNp, money(view.netProfit)]);
  if (requiredThroughput !== null) {
    lines.push([strings.requiredThroughput, money(requiredThroughput)]);
  }
  const aboveTarget = requiredThroughput === null ? 0 : view.throughput - requiredThroughput;
  return (
    <div>
      <TotalsList lines={lines} />
      {view.rankingThroughput !== null && (
        <Text className={styles.note}>{reasonText(view.reason, view.difference, strings)}</Text>
      )}
      {requiredThroughput !== null && (
        <Text className={styles.note}>
          {aboveTarget >= 0
            ? fill(strings.aboveTarget, { amount: money(aboveTarget) })
            : fill(strings.belowTarget, { amount: money(-aboveTarget) })}
        </Text>
      )}
      {view.hasMinimums && (
        <Text className={styles.note}>
          {view.lostToMinimums > 0
            ? fill(strings.minimumsCost, { amount: money(view.lostToMinimums) })
            : strings.minimumsFree}
        </Text>
      )}
      <Text className={styles.note} weight="semibold">
        {strings.shadowTitle}
      </Text>
      {view.shadowPrices.length === 0 ? (
        <Text>{strings.shadowNone}</Text>
      ) : (
        <ul className={styles.prices} aria-label={strings.shadowTitle}>
          {view.shadowPrices.map((price) => (
            <li key={price.resource}>{shadowText(price, strings, formats, strings[timeUnit])}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function reasonText(
  reason: GreedyShortfallReason | null,
  difference: number,
  strings: Strings
): string {
  if (reason === null || !(difference > 0)) return strings.reasonNone;
  switch (reason) {
    case 'severalBinding':
      return strings.reasonSeveralBinding;
    case 'wholeUnits':
      return strings.reasonWholeUnits;
    case 'otherConstraint':
      return strings.reasonOtherConstraint;
  }
}

function shadowText(
  price: ShadowPrice,
  strings: Strings,
  formats: NumberFormats,
  unit: string
): string {
  const values = { resource: price.resource, value: formats.money(price.perHour), unit };
  if (price.from === null) return fill(strings.shadowPrice, values);
  const from = formats.time(price.from);
  if (price.to === null) return fill(strings.shadowRangeOpen, { ...values, from });
  return fill(strings.shadowRange, { ...values, from, to: formats.time(price.to) });
}
