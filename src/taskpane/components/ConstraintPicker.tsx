import { Dropdown, Field, Option, Text, makeStyles } from '@fluentui/react-components';
import { fill } from '../i18n';
import { useLocale } from '../locale';

export type ConstraintPickerProps = {
  readonly resources: readonly string[];
  /** Load of each resource at full demand; `null` when demand is unlimited. */
  readonly loadAtFullDemand: readonly (number | null)[];
  /** The detected CCR (most overloaded), or `null` when demand binds. */
  readonly detected: number | null;
  /** The resource the plan is ranked by when nothing is overloaded. */
  readonly busiest: number | null;
  /** The user's choice; `null` follows detection. */
  readonly override: string | null;
  readonly onOverride: (resource: string | null) => void;
};

const AUTO = '';

const useStyles = makeStyles({ dropdown: { minWidth: 0, width: '100%' } });

/** The detected CCR with its load at full demand, and the owner's override. */
export function ConstraintPicker(props: ConstraintPickerProps) {
  const { strings, formats } = useLocale();
  const styles = useStyles();
  const { resources, loadAtFullDemand, detected, busiest } = props;
  const loadText = (r: number) => {
    const load = loadAtFullDemand[r];
    return load === null || load === undefined ? strings.loadUnbounded : formats.percent(load);
  };
  const shown = detected ?? busiest;
  const summary =
    shown === null
      ? null
      : fill(detected === null ? strings.constraintNone : strings.constraintDetected, {
          resource: resources[shown] ?? '',
          load: loadText(shown),
        });
  const autoLabel = fill(strings.constraintAuto, {
    resource: shown === null ? '—' : (resources[shown] ?? ''),
  });
  const selected = props.override ?? AUTO;
  return (
    <Field label={strings.constraintOverride} hint={summary ?? undefined}>
      <Dropdown
        className={styles.dropdown}
        value={props.override === null ? autoLabel : props.override}
        selectedOptions={[selected]}
        onOptionSelect={(_, data) =>
          props.onOverride(data.optionValue === AUTO ? null : (data.optionValue ?? null))
        }
      >
        <Option value={AUTO}>{autoLabel}</Option>
        {resources.map((resource, r) => (
          <Option key={resource} value={resource} text={resource}>
            <Text>{`${resource} — ${loadText(r)}`}</Text>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
