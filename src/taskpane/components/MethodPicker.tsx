import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useLocale } from '../locale';
import type { MixMethod } from '../planInputs';

export type MethodPickerProps = {
  /** The method in effect (the owner's choice, or the default). */
  readonly method: MixMethod;
  readonly onChange: (method: MixMethod) => void;
};

/** Best plan over all resources, or the classic ranking by T per hour of the constraint. */
export function MethodPicker({ method, onChange }: MethodPickerProps) {
  const { strings } = useLocale();
  return (
    <Field label={strings.methodLabel}>
      <RadioGroup value={method} onChange={(_, data) => onChange(data.value as MixMethod)}>
        <Radio value="optimal" label={strings.methodOptimal} />
        <Radio value="ranking" label={strings.methodRanking} />
      </RadioGroup>
    </Field>
  );
}
