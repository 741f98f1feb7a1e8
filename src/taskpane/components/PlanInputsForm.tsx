import {
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { fill, type Strings } from '../i18n';
import { useLocale } from '../locale';
import type { InputError, PlanInputs } from '../planInputs';
import type { TimeUnit } from '../planView';

export type PlanInputsFormProps = {
  readonly inputs: PlanInputs;
  /** Resources named by the source's time columns, in column order. */
  readonly resources: readonly string[];
  readonly errors: Readonly<Record<string, InputError>>;
  readonly onChange: (patch: Partial<PlanInputs>) => void;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The period: time unit, capacity of each resource, OE, target profit, whole units. */
export function PlanInputsForm({ inputs, resources, errors, onChange }: PlanInputsFormProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  const unit = strings[inputs.timeUnit];
  return (
    <div className={styles.root}>
      <Field label={strings.timeUnit}>
        <RadioGroup
          layout="horizontal"
          value={inputs.timeUnit}
          onChange={(_, data) => onChange({ timeUnit: data.value as TimeUnit })}
        >
          <Radio value="hours" label={strings.hours} />
          <Radio value="minutes" label={strings.minutes} />
        </RadioGroup>
      </Field>
      {resources.map((resource) => (
        <NumberField
          key={resource}
          label={fill(strings.capacityOf, { resource, unit })}
          value={inputs.capacities[resource] ?? ''}
          error={errorText(errors[`capacity:${resource}`], strings, resource, unit)}
          onChange={(value) =>
            onChange({ capacities: { ...inputs.capacities, [resource]: value } })
          }
        />
      ))}
      <NumberField
        label={strings.operatingExpense}
        value={inputs.operatingExpense}
        error={errors.operatingExpense && strings.numberInvalid}
        onChange={(value) => onChange({ operatingExpense: value })}
      />
      <NumberField
        label={strings.targetProfit}
        value={inputs.targetProfit}
        error={errors.targetProfit && strings.numberInvalid}
        onChange={(value) => onChange({ targetProfit: value })}
      />
      <Switch
        checked={inputs.wholeUnits}
        label={strings.wholeUnits}
        onChange={(_, data) => onChange({ wholeUnits: data.checked })}
      />
    </div>
  );
}

function NumberField(props: {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <Field
      label={props.label}
      validationState={props.error ? 'error' : 'none'}
      validationMessage={props.error}
    >
      <Input
        inputMode="decimal"
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

function errorText(
  error: InputError | undefined,
  strings: Strings,
  resource: string,
  unit: string
): string | undefined {
  if (error === undefined) return undefined;
  const template = error === 'missing' ? strings.capacityMissing : strings.capacityInvalid;
  return fill(template, { resource, unit });
}
