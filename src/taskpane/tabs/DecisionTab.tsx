import {
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { useTabState } from '../hooks/sharedMix';
import { buildDecisionRecord } from '../../workbook/decisionRecord';
import { Section } from '../components/Section';
import type { Strings } from '../i18n';
import { useLocale } from '../locale';
import type { TabProps } from '../tabs';
import { DecisionResult } from './DecisionResult';
import {
  computeDecision,
  emptyDecisionForm,
  type DecisionField,
  type DecisionForm,
} from './decisionModel';
import { fieldMessage } from './formNumbers';
import { FreedHoursSection } from './FreedHoursSection';
import { NumberInput } from './NumberInput';
import { RecordWrite } from './RecordWrite';
import { useRecordWriter } from './useRecordWriter';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Side by side where the pane is wide enough (450 px), one under the other at 320 px.
  pair: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    '& > :first-child': { flex: '2 1 12rem', minWidth: 0 },
    '& > :last-child': { flex: '1 1 7rem', minWidth: 0 },
  },
});

const LABELS: Record<DecisionField, keyof Strings> = {
  deltaThroughput: 'decDeltaT',
  throughputFromMonth: 'decTFrom',
  deltaOperatingExpense: 'decDeltaOe',
  operatingExpenseFromMonth: 'decOeFrom',
  investment: 'decInvestment',
};

// ΔT from freed hours is money: two decimals are all the pane shows of it.
const cents = (value: number) => Math.round(value * 100) / 100;

/** "Decision" («Решение»): a change judged by ΔT against ΔOE, with its payback month. */
export function DecisionTab({ gateway }: TabProps) {
  const locale = useLocale();
  const { strings, language, numbers, formats } = locale;
  const styles = useStyles();
  const [form, setForm] = useTabState<DecisionForm>('decision:form', emptyDecisionForm);
  const change = useCallback(
    (patch: Partial<DecisionForm>) => setForm((current) => ({ ...current, ...patch })),
    [setForm]
  );
  const model = useMemo(() => computeDecision(form, numbers), [form, numbers]);
  const build = useMemo(() => {
    if (model.status !== 'evaluated') return null;
    const { numbers, decision, payback, months } = model;
    return () =>
      buildDecisionRecord({
        description: form.description.trim(),
        throughputFromMonth: numbers.throughputFromMonth,
        operatingExpenseFromMonth: numbers.operatingExpenseFromMonth,
        investment: numbers.investment,
        decision,
        payback,
        months,
        date: new Date(),
        language,
      });
  }, [model, form.description, language]);
  const writer = useRecordWriter(gateway, build);
  // "Enter a number" waits until the owner has started on ΔT or ΔOE.
  const touched = form.deltaThroughput.trim() !== '' || form.deltaOperatingExpense.trim() !== '';
  const number = (field: DecisionField) => (
    <NumberInput
      label={strings[LABELS[field]]}
      value={form[field]}
      error={
        model.status === 'errors' && (form[field].trim() !== '' || touched)
          ? fieldMessage(model.errors[field], strings[LABELS[field]], locale)
          : undefined
      }
      onChange={(value) => change({ [field]: value })}
    />
  );
  return (
    <div className={styles.root}>
      <Section title={strings.decChangeTitle}>
        <Field label={strings.decDescription}>
          <Textarea
            value={form.description}
            placeholder={strings.decDescriptionPlaceholder}
            resize="vertical"
            onChange={(_, data) => change({ description: data.value })}
          />
        </Field>
        <div className={styles.pair}>
          {number('deltaThroughput')}
          {number('throughputFromMonth')}
        </div>
        <div className={styles.pair}>
          {number('deltaOperatingExpense')}
          {number('operatingExpenseFromMonth')}
        </div>
        {number('investment')}
      </Section>
      <FreedHoursSection
        onTake={(deltaT) => change({ deltaThroughput: formats.editable(cents(deltaT)) })}
      />
      {model.status === 'evaluated' && (
        <DecisionResult description={form.description} model={model} />
      )}
      {model.status === 'overflow' && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.decOverflow}</MessageBarBody>
        </MessageBar>
      )}
      <Section title={strings.recordTitle}>
        <RecordWrite writer={writer} label={strings.decWrite} canWrite={build !== null} />
      </Section>
    </div>
  );
}
