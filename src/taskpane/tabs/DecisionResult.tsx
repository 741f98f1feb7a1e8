import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { Verdict } from '../../core/decisions';
import { Section } from '../components/Section';
import { fill, type Strings } from '../i18n';
import { useLocale } from '../locale';
import { DecisionChart } from './DecisionChart';
import type { DecisionModel } from './decisionModel';

export type DecisionResultProps = {
  readonly description: string;
  readonly model: Extract<DecisionModel, { status: 'evaluated' }>;
};

const VERDICT: Record<Verdict, keyof Strings> = {
  accept: 'decAccept',
  reject: 'decReject',
  indifferent: 'decIndifferent',
};
const INTENT = { accept: 'success', reject: 'error', indifferent: 'info' } as const;

/** The verdict in plain words, ΔNP, ΔNP ÷ ΔI, the payback month and the cumulative chart. */
export function DecisionResult({ description, model }: DecisionResultProps) {
  const { strings, formats } = useLocale();
  const { decision, payback } = model;
  const verdict = strings[VERDICT[decision.verdict]];
  const line = fill(strings.decVerdictLine, {
    change: description.trim() === '' ? verdict : description.trim(),
    t: formats.money(decision.deltaThroughput),
    sign: comparison(decision.deltaThroughput, decision.deltaOperatingExpense),
    oe: formats.money(decision.deltaOperatingExpense),
    payback: paybackText(model, strings),
  });
  return (
    <Section title={strings.decResultTitle}>
      <MessageBar intent={INTENT[decision.verdict]}>
        <MessageBarBody>
          <MessageBarTitle>{verdict}</MessageBarTitle>
          {line}
        </MessageBarBody>
      </MessageBar>
      <Text>
        {strings.decDeltaNp}: {formats.money(decision.deltaNetProfit)}
      </Text>
      {decision.returnOnInvestment !== null && (
        <Text>
          {strings.decRoi}: {formats.percent(decision.returnOnInvestment)}
        </Text>
      )}
      <DecisionChart
        title={strings.decChart}
        cumulative={payback.cumulative.slice(0, model.months)}
        paybackMonth={payback.month}
        describe={(month, value) => `${fill(strings.decMonth, { month })}: ${formats.money(value)}`}
      />
    </Section>
  );
}

function comparison(t: number, oe: number): string {
  return t > oe ? '>' : t < oe ? '<' : '=';
}

function paybackText(model: Extract<DecisionModel, { status: 'evaluated' }>, strings: Strings) {
  const { payback } = model;
  if (payback.month !== null) return fill(strings.decPaysBack, { month: payback.month });
  if (payback.steadyMonthlyDeltaNetProfit <= 0) return strings.decNeverSteady;
  return fill(strings.decNeverHorizon, { months: payback.cumulative.length });
}
