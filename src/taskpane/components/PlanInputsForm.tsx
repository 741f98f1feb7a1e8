import {
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLocale, type Locale } from '../locale';
import { capacityKey, type InputError, type LinkedNumber, type PlanInputs } from '../planInputs';
import type { TimeUnit } from '../planView';
import { separatorWords } from '../tabs/formNumbers';

export type PlanInputsFormProps = {
  readonly inputs: PlanInputs;
  /** Resources named by the source's time columns, in column order. */
  readonly resources: readonly string[];
  readonly errors: Readonly<Record<string, InputError>>;
  /** Inputs whose numbers came from linked cells, by field key. */
  readonly linked: Readonly<Record<string, LinkedNumber>>;
  readonly onChange: (patch: Partial<PlanInputs>) => void;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Fluent's Input asks for a minimum width; a 320 px pane needs it to fit.
  input: { minWidth: 0, width: '100%' },
});

/** What a field says under it: an error (red), or a hint such as the linked cell's value. */
type Message = { readonly text: string; readonly error: boolean } | null;

/**
 * The period: time unit, capacity of each resource, OE, target profit, whole units. Each number
 * is typed, or linked to a cell (`Salon!B7`, a workbook name) whose value is read from the sheet.
 */
export function PlanInputsForm({
  inputs,
  resources,
  errors,
  linked,
  onChange,
}: PlanInputsFormProps) {
  const locale = useLocale();
  const { strings, say } = locale;
  const styles = useStyles();
  const unit = strings[inputs.timeUnit];
  const message = (key: string, label: string, capacity: { resource: string } | null) =>
    messageOf(errors[key], linked[key], label, capacity && { ...capacity, unit }, locale);
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
      {resources.map((resource) => {
        const label = say(strings.capacityOf, { resource, unit });
        return (
          <NumberField
            key={resource}
            label={label}
            className={styles.input}
            value={inputs.capacities[resource] ?? ''}
            message={message(capacityKey(resource), label, { resource })}
            placeholder={strings.inputPlaceholder}
            onChange={(value) =>
              onChange({ capacities: { ...inputs.capacities, [resource]: value } })
            }
          />
        );
      })}
      <NumberField
        label={strings.operatingExpense}
        className={styles.input}
        value={inputs.operatingExpense}
        message={message('operatingExpense', strings.operatingExpense, null)}
        onChange={(value) => onChange({ operatingExpense: value })}
      />
      <NumberField
        label={strings.targetProfit}
        className={styles.input}
        value={inputs.targetProfit}
        message={message('targetProfit', strings.targetProfit, null)}
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
  className: string;
  value: string;
  message: Message;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  const { message } = props;
  return (
    <Field
      label={props.label}
      validationState={message?.error ? 'error' : 'none'}
      validationMessage={message?.error ? message.text : undefined}
      hint={message !== null && !message.error ? message.text : undefined}
    >
      <Input
        className={props.className}
        inputMode="decimal"
        value={props.value}
        placeholder={props.placeholder}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

/** The message of a field: what is wrong with it, or where its linked number came from. */
function messageOf(
  error: InputError | undefined,
  link: LinkedNumber | undefined,
  label: string,
  capacity: { resource: string; unit: string } | null,
  locale: Locale
): Message {
  const { strings, say, formats, numbers } = locale;
  const wrong = (text: string): Message => ({ text, error: true });
  if (error === undefined) {
    return link === undefined
      ? null
      : {
          text: say(strings.linkValue, { address: link.address, value: formats.money(link.value) }),
          error: false,
        };
  }
  switch (error.kind) {
    case 'missing':
      return capacity === null
        ? null
        : { text: say(strings.capacityMissing, capacity), error: false };
    case 'pending':
      return { text: say(strings.linkPending, { reference: error.reference }), error: false };
    case 'invalid':
    case 'notPositive':
      return wrong(
        capacity === null
          ? say(strings.fieldNotNumber, { field: label })
          : say(strings.capacityInvalid, capacity)
      );
    case 'ambiguous':
      return wrong(
        say(strings.fieldAmbiguous, { field: label, ...separatorWords(numbers, strings) })
      );
    case 'negative':
      return wrong(say(strings.fieldNegative, { field: label }));
    case 'link':
      return wrong(linkMessage(error, locale));
  }
}

function linkMessage(
  error: Extract<InputError, { kind: 'link' }>,
  { strings, say }: Locale
): string {
  const { cell, reference } = error;
  switch (cell.status) {
    case 'notFound':
      return say(strings.linkNotFound, { reference });
    case 'blank':
      return say(strings.linkBlank, cell);
    case 'notNumber':
      return say(strings.linkNotNumber, cell);
    case 'notOneCell':
      return say(strings.linkNotOneCell, cell);
    case 'number':
      return '';
  }
}
