import { Button, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { SourceRef, TableInfo } from '../../workbook/gateway';
import { fill } from '../i18n';
import { useLocale } from '../locale';

export type SourcePickerProps = {
  readonly tables: readonly TableInfo[];
  readonly source: SourceRef | null;
  readonly onSelect: (source: SourceRef) => void;
  /** Reads the chosen source again (after the user edited the sheet). */
  readonly onReload: () => void;
  readonly disabled?: boolean;
  /** The field's label and placeholder; the products source's by default. */
  readonly label?: string;
  readonly placeholder?: string;
};

const SELECTION = '\u0000selection';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: 0 },
  // Fluent's Dropdown asks for 250 px; a 320 px pane needs it to shrink beside a button.
  dropdown: { minWidth: 0, width: '100%' },
  button: { flexShrink: 0 },
});

/** Where the products come from: one of the workbook's tables, or the current selection. */
export function SourcePicker(props: SourcePickerProps) {
  const { tables, source, onSelect, onReload, disabled } = props;
  const { strings } = useLocale();
  const styles = useStyles();
  const value = source === null ? null : source.kind === 'selection' ? SELECTION : source.name;
  const labelOf = (key: string | null) =>
    key === null ? '' : key === SELECTION ? strings.sourceSelection : key;
  return (
    <div className={styles.row}>
      <Field
        className={styles.grow}
        label={props.label ?? strings.sourceLabel}
        hint={source?.kind === 'selection' ? strings.sourceSelectionHint : undefined}
      >
        <Dropdown
          className={styles.dropdown}
          placeholder={props.placeholder ?? strings.sourcePlaceholder}
          value={labelOf(value)}
          selectedOptions={value === null ? [] : [value]}
          disabled={disabled}
          onOptionSelect={(_, data) => {
            const key = data.optionValue;
            if (key === undefined) return;
            onSelect(key === SELECTION ? { kind: 'selection' } : { kind: 'table', name: key });
          }}
        >
          {tables.map((table) => (
            <Option key={table.name} value={table.name} text={table.name}>
              {fill(strings.tableRows, { name: table.name, rows: table.rowCount })}
            </Option>
          ))}
          <Option value={SELECTION}>{strings.sourceSelection}</Option>
        </Dropdown>
      </Field>
      <Button className={styles.button} disabled={disabled || source === null} onClick={onReload}>
        {strings.sourceRead}
      </Button>
    </div>
  );
}
