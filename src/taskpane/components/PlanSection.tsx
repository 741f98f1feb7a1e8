import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MixOutcome, MixProblem } from '../../core';
import { problemMessage } from '../../workbook/messages';
import { fill, type Strings } from '../i18n';
import { useLocale } from '../locale';
import type { MixModel } from '../mixModel';
import { PREVIEW_ROWS, type TimeUnit } from '../planView';
import { MixChart } from './MixChart';
import { PlanTable } from './PlanTable';
import { PlanTotals } from './PlanTotals';
import { PlanWarnings } from './PlanWarnings';
import { ProblemList } from './ProblemList';
import { Section } from './Section';

export type PlanSectionProps = {
  readonly model: MixModel;
  readonly timeUnit: TimeUnit;
  /** Shown instead of the ranked table, chart and totals (the best plan beside the ranking). */
  readonly bestPlan?: ReactNode;
  /** The preview still shows the inputs before the last keystroke (marked aria-busy). */
  readonly updating?: boolean;
};

/** Products the chart shows at most (the report's chart shows more). */
const CHART_BARS = 20;

/** The preview of the report: problems first, then the ranked plan, chart and totals. */
export function PlanSection({ model, timeUnit, bestPlan, updating = false }: PlanSectionProps) {
  const { strings, formats, language, say } = useLocale();
  const { view, outcome, problem } = model;
  const errors = model.productProblems.filter((p) => p.severity === 'error');
  const warnings = model.productProblems.filter((p) => p.severity === 'warning');
  const messages = (list: typeof errors) => list.map((p) => problemMessage(p, language));
  return (
    <Section title={strings.previewSection} busy={updating}>
      <ProblemList title={strings.problemsTitle} intent="error" messages={messages(errors)} />
      <ProblemList title={strings.warningsTitle} intent="warning" messages={messages(warnings)} />
      {outcome !== null && problem !== null && outcome.status !== 'planned' && (
        <MessageBar intent="error">
          <MessageBarBody>{noPlanMessage(outcome, problem, strings, timeUnit)}</MessageBarBody>
        </MessageBar>
      )}
      {view !== null && <PlanWarnings warnings={view.warnings} />}
      {bestPlan}
      {view !== null && bestPlan === undefined && (
        <>
          <PlanTable
            rows={view.rows.slice(0, PREVIEW_ROWS)}
            rankingResource={view.rankingResource}
          />
          {view.rows.length > PREVIEW_ROWS && (
            <Text size={200}>
              {say(strings.rowsMore, { count: view.rows.length - PREVIEW_ROWS })}
            </Text>
          )}
          <MixChart
            title={strings.chartTitle}
            bars={view.rows.slice(0, CHART_BARS).map((row) => ({
              name: row.name,
              rate: row.ratePerHour,
              load: row.cumulativeLoad,
            }))}
            formatRate={formats.rate}
            formatPercent={formats.percent}
          />
          {view.rows.length > CHART_BARS && (
            <Text size={200}>
              {say(strings.chartMore, { shown: CHART_BARS, total: view.rows.length })}
            </Text>
          )}
          <PlanTotals view={view} timeUnit={timeUnit} />
        </>
      )}
    </Section>
  );
}

function noPlanMessage(
  outcome: Exclude<MixOutcome, { status: 'planned' }>,
  problem: MixProblem,
  strings: Strings,
  timeUnit: TimeUnit
): string {
  switch (outcome.status) {
    case 'infeasible':
      return fill(strings.noPlanInfeasible, {
        required: outcome.required,
        unit: strings[timeUnit],
        resource: problem.resources[outcome.resource]?.name ?? '',
        capacity: outcome.capacity,
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
