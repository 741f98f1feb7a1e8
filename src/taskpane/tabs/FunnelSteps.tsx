import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Section } from '../components/Section';
import { fill } from '../i18n';
import { useLocale } from '../locale';
import { NEW_STEP, type CardErrors, type StepForm } from './clientCardModel';
import { fieldMessage } from './formNumbers';
import { NumberInput } from './NumberInput';

export type FunnelStepsProps = {
  readonly steps: readonly StepForm[];
  /** Errors to show (already filtered to the fields the owner has touched). */
  readonly errors: CardErrors;
  readonly onChange: (steps: readonly StepForm[]) => void;
};

const useStyles = makeStyles({
  // The step's fields side by side where they fit; the remove button wraps below at 320 px.
  step: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'end',
    '& > *': { flex: '1 1 9rem', minWidth: 0 },
    '& > button': { flex: '0 0 auto' },
  },
});

/** The client's path: price of each step and the conversion into it; steps added and removed. */
export function FunnelSteps({ steps, errors, onChange }: FunnelStepsProps) {
  const locale = useLocale();
  const { strings } = locale;
  const styles = useStyles();
  const edit = (k: number, patch: Partial<StepForm>) =>
    onChange(steps.map((step, i) => (i === k ? { ...step, ...patch } : step)));
  return (
    <Section title={strings.cardStepsTitle}>
      {steps.map((step, k) => {
        const names = { step: k + 1, previous: k };
        const priceLabel = fill(strings.cardStepPrice, names);
        const conversionLabel = fill(strings.cardStepConversion, names);
        return (
          <div className={styles.step} key={k}>
            <NumberInput
              label={priceLabel}
              value={step.price}
              error={fieldMessage(errors[`stepPrice:${k}`], priceLabel, locale)}
              onChange={(price) => edit(k, { price })}
            />
            {k > 0 ? (
              <NumberInput
                label={conversionLabel}
                value={step.conversion}
                error={fieldMessage(errors[`stepConversion:${k}`], conversionLabel, locale)}
                onChange={(conversion) => edit(k, { conversion })}
              />
            ) : null}
            {k > 0 ? (
              <Button onClick={() => onChange(steps.filter((_, i) => i !== k))}>
                {fill(strings.cardRemoveStep, { step: k + 1 })}
              </Button>
            ) : null}
          </div>
        );
      })}
      <Button onClick={() => onChange([...steps, NEW_STEP])}>{strings.cardAddStep}</Button>
    </Section>
  );
}
