import {
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTabState } from '../hooks/sharedMix';
import { buildClientCardRecord } from '../../workbook/clientCardRecord';
import { Section } from '../components/Section';
import type { Strings } from '../i18n';
import { useLocale } from '../locale';
import type { TabProps } from '../tabs';
import { CardResult } from './CardResult';
import { computeCard, emptyCardForm, type CardErrors, type CardForm } from './clientCardModel';
import { fieldMessage } from './formNumbers';
import { FunnelSteps } from './FunnelSteps';
import { NumberInput } from './NumberInput';
import { RecordWrite } from './RecordWrite';
import { useRecordWriter } from './useRecordWriter';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

type TextField = Exclude<keyof CardForm, 'kind' | 'steps'>;

const LABELS: Record<TextField, keyof Strings> = {
  price: 'cardPrice',
  trainingsPerMonth: 'cardTrainings',
  peoplePerTraining: 'cardPeople',
  consultationsPerClient: 'cardConsultations',
  clientsPerMonth: 'cardClients',
  buyersNow: 'cardBuyersNow',
  sessionsNow: 'cardSessionsNow',
  minLtv: 'cardMinLtv',
  minTurnover: 'cardMinTurnover',
};

/** "Client card" («Карточка клиента»): LTV, turnover and whether the client is worth taking. */
export function ClientCardTab({ gateway }: TabProps) {
  const locale = useLocale();
  const { strings, language, numbers } = locale;
  const styles = useStyles();
  const [form, setForm] = useTabState<CardForm>('clientCard:form', emptyCardForm);
  const change = (patch: Partial<CardForm>) => setForm((current) => ({ ...current, ...patch }));
  const model = useMemo(() => computeCard(form, numbers), [form, numbers]);
  const build = useMemo(() => {
    if (model.status !== 'card') return null;
    return () => buildClientCardRecord({ ...model, date: new Date(), language });
  }, [model, language]);
  const writer = useRecordWriter(gateway, build);
  const errors = shownErrors(form, model.status === 'errors' ? model.errors : {});
  const number = (field: TextField) => (
    <NumberInput
      label={strings[LABELS[field]]}
      value={form[field]}
      error={fieldMessage(errors[field], strings[LABELS[field]], locale)}
      onChange={(value) => change({ [field]: value })}
    />
  );
  return (
    <div className={styles.root}>
      <Section title={strings.cardFormatTitle}>
        <Field label={strings.cardFormat}>
          <RadioGroup
            value={form.kind}
            onChange={(_, data) =>
              change({ kind: data.value === 'individual' ? 'individual' : 'group' })
            }
          >
            <Radio value="group" label={strings.cardGroup} />
            <Radio value="individual" label={strings.cardIndividual} />
          </RadioGroup>
        </Field>
        {number('price')}
        {form.kind === 'group' ? number('trainingsPerMonth') : number('consultationsPerClient')}
        {form.kind === 'group' ? number('peoplePerTraining') : number('clientsPerMonth')}
      </Section>
      <Section title={strings.cardNowTitle}>
        {number('buyersNow')}
        {number('sessionsNow')}
      </Section>
      <FunnelSteps steps={form.steps} errors={errors} onChange={(steps) => change({ steps })} />
      <Section title={strings.cardThresholdsTitle}>
        {number('minLtv')}
        {number('minTurnover')}
      </Section>
      {model.status === 'card' && <CardResult model={model} />}
      {model.status === 'overflow' && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.cardOverflow}</MessageBarBody>
        </MessageBar>
      )}
      <Section title={strings.recordTitle}>
        <RecordWrite writer={writer} label={strings.cardWrite} canWrite={build !== null} />
      </Section>
    </div>
  );
}

/**
 * The errors worth showing now: a typed value that is wrong at once; "enter a number" only once
 * the owner has typed something, so an empty card does not open in red.
 */
function shownErrors(form: CardForm, errors: CardErrors): CardErrors {
  const fields = Object.keys(LABELS) as TextField[];
  const texts: Record<string, string> = Object.fromEntries(fields.map((f) => [f, form[f]]));
  form.steps.forEach((step, k) => {
    texts[`stepPrice:${k}`] = step.price;
    texts[`stepConversion:${k}`] = step.conversion;
  });
  const touched = form.price.trim() !== '' || form.steps.some((s) => s.price.trim() !== '');
  return Object.fromEntries(
    Object.entries(errors).filter(
      ([key, error]) => (texts[key] ?? '').trim() !== '' || (touched && error === 'missing')
    )
  );
}
