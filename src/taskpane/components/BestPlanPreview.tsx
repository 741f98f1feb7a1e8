import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MixProblem } from '../../core';
import type { OptimalMixOutcome } from '../../core/optimization';
import { bestPlanView, isSolved, type BestPlanView } from '../bestPlanView';
import type { NumberFormats } from '../format';
import type { BestPlan } from '../hooks/useBestPlan';
import { fill, type Strings } from '../i18n';
import { useLocale } from '../locale';
import type { TimeUnit } from '../planView';
import { BestPlanTable } from './BestPlanTable';
import { BestPlanTotals } from './BestPlanTotals';

export type BestPlanPreviewProps = {
  readonly best: BestPlan;
  readonly timeUnit: TimeUnit;
  /** OE + target profit, when both are known. */
  readonly requiredThroughput: number | null;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The best plan being found (with Cancel), or what the search found, beside the ranking. */
export function BestPlanPreview({ best, timeUnit, requiredThroughput }: BestPlanPreviewProps) {
  const { strings, formats } = useLocale();
  const styles = useStyles();
  const { state } = best;
  if (state.step === 'idle') return null;
  if (state.step === 'solving') {
    return (
      <div className={styles.row}>
        <Spinner size="tiny" label={strings.bestSolving} />
        <Button onClick={best.cancel}>{strings.bestCancel}</Button>
      </div>
    );
  }
  if (state.step === 'failed') {
    return <Notice intent="error" text={fill(strings.bestFailed, { message: state.message })} />;
  }
  const { outcome, problem } = state;
  if (!isSolved(outcome)) {
    return (
      <div className={styles.root}>
        <Notice intent={outcome.status === 'cancelled' ? 'info' : 'error'}>
          {unsolvedMessage(outcome, problem, strings, formats, timeUnit)}
        </Notice>
        {outcome.status === 'cancelled' && (
          <Button onClick={best.retry}>{strings.bestRetry}</Button>
        )}
      </div>
    );
  }
  const view = bestPlanView(problem, outcome, timeUnit);
  return (
    <div className={styles.root}>
      <StatusLine view={view} />
      <BestPlanTable rows={view.rows} />
      <BestPlanTotals view={view} timeUnit={timeUnit} requiredThroughput={requiredThroughput} />
    </div>
  );
}

function StatusLine({ view }: { view: BestPlanView }) {
  const { strings, formats } = useLocale();
  const gap = view.gap === null ? null : formats.money(view.gap);
  const text =
    view.status === 'optimal'
      ? strings.bestOptimal
      : gap === null
        ? strings.bestTimeLimitNoBound
        : fill(view.status === 'feasible' ? strings.bestFeasible : strings.bestTimeLimit, { gap });
  return <Text weight="semibold">{text}</Text>;
}

function Notice(props: { intent: 'info' | 'error'; text?: string; children?: ReactNode }) {
  return (
    <MessageBar intent={props.intent}>
      <MessageBarBody>{props.text ?? props.children}</MessageBarBody>
    </MessageBar>
  );
}

type Unsolved = Exclude<OptimalMixOutcome, { status: 'optimal' | 'feasible' | 'timeLimit' }>;

function unsolvedMessage(
  outcome: Unsolved,
  problem: MixProblem,
  strings: Strings,
  formats: NumberFormats,
  timeUnit: TimeUnit
): string {
  switch (outcome.status) {
    case 'cancelled':
      return strings.bestCancelled;
    case 'infeasible':
      return fill(strings.bestInfeasible, {
        required: formats.time(outcome.required),
        unit: strings[timeUnit],
        resource: problem.resources[outcome.resource]?.name ?? '',
        excess: formats.time(outcome.excess),
        capacity: formats.time(outcome.capacity),
      });
    case 'unbounded':
      return fill(strings.noPlanUnbounded, {
        product: problem.products.names[outcome.product] ?? '',
      });
    case 'overflow':
      return strings.noPlanOverflow;
    case 'invalid':
      return strings.problemsTitle;
  }
}
