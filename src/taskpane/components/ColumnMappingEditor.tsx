import {
  Button,
  Dropdown,
  Field,
  Option,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ColumnMapping, MappedField } from '../../workbook/columnMapping';
import { fill, type Strings } from '../i18n';
import { useLocale } from '../locale';

export type ColumnMappingEditorProps = {
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  /** Sets one field to a header, or `null` for "not used". */
  readonly onField: (field: MappedField, header: string | null) => void;
  /** Sets resource column `index` to a header (`index` = length adds one); `null` removes it. */
  readonly onResource: (index: number, header: string | null) => void;
};

const NOT_USED = '';
const FIELD_LABELS: Readonly<Record<MappedField, keyof Strings>> = {
  name: 'fieldName',
  price: 'fieldPrice',
  tvc: 'fieldTvc',
  demand: 'fieldDemand',
  minimum: 'fieldMinimum',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: 0 },
  // Fluent's Dropdown asks for 250 px; a 320 px pane needs it to shrink beside a button.
  dropdown: { minWidth: 0, width: '100%' },
  button: { flexShrink: 0 },
});

/** The detected column of every field, each changeable with a Dropdown of the headers. */
export function ColumnMappingEditor(props: ColumnMappingEditorProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  const { headers, mapping } = props;
  const used = new Set(mapping.resources.map((r) => r.header));
  const free = headers.filter((h) => h.trim() !== '' && !used.has(h));
  return (
    <div className={styles.root}>
      <Text size={200}>{strings.mappingHint}</Text>
      {(Object.keys(FIELD_LABELS) as MappedField[]).map((field) => (
        <HeaderChoice
          dropdownClassName={styles.dropdown}
          key={field}
          label={strings[FIELD_LABELS[field]]}
          headers={headers}
          value={mapping[field]}
          notUsed={strings.mappingNotUsed}
          onChange={(header) => props.onField(field, header)}
        />
      ))}
      {mapping.resources.map((resource, index) => (
        <div key={`${index}:${resource.header}`} className={styles.row}>
          <HeaderChoice
            dropdownClassName={styles.dropdown}
            className={styles.grow}
            label={fill(strings.fieldUsage, { resource: resource.resource })}
            headers={headers}
            value={resource.header}
            onChange={(header) => props.onResource(index, header)}
          />
          <Button className={styles.button} onClick={() => props.onResource(index, null)}>
            {strings.removeResource}
          </Button>
        </div>
      ))}
      {free.length > 0 && (
        <HeaderChoice
          dropdownClassName={styles.dropdown}
          label={strings.addResource}
          headers={free}
          value={null}
          notUsed={strings.mappingNotUsed}
          onChange={(header) =>
            header !== null && props.onResource(mapping.resources.length, header)
          }
        />
      )}
    </div>
  );
}

function HeaderChoice(props: {
  dropdownClassName: string;
  label: string;
  headers: readonly string[];
  value: string | null;
  /** Label of the "not used" option; absent when the choice is required. */
  notUsed?: string;
  className?: string;
  onChange: (header: string | null) => void;
}) {
  const options = props.headers.filter((h, i) => h.trim() !== '' && props.headers.indexOf(h) === i);
  return (
    <Field className={props.className} label={props.label}>
      <Dropdown
        className={props.dropdownClassName}
        value={props.value ?? props.notUsed ?? ''}
        selectedOptions={[props.value ?? NOT_USED]}
        onOptionSelect={(_, data) =>
          props.onChange(data.optionValue === NOT_USED ? null : (data.optionValue ?? null))
        }
      >
        {props.notUsed !== undefined && <Option value={NOT_USED}>{props.notUsed}</Option>}
        {options.map((header) => (
          <Option key={header} value={header}>
            {header}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
