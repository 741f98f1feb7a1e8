import { Field, Input, makeStyles } from '@fluentui/react-components';

// Fluent's Input asks for a minimum width; a 320 px pane needs it to fit.
const useStyles = makeStyles({ input: { minWidth: 0, width: '100%' } });

export type NumberInputProps = {
  readonly label: string;
  readonly value: string;
  /** The message naming the field, or `undefined` when the value is fine. */
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
  readonly placeholder?: string;
};

/** A number typed as text (kept as typed, parsed by the tab in the display language). */
export function NumberInput({ label, value, error, onChange, placeholder }: NumberInputProps) {
  const styles = useStyles();
  return (
    <Field label={label} validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Input
        className={styles.input}
        inputMode="decimal"
        value={value}
        placeholder={placeholder}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
