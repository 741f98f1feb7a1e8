import { Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SALES_FIELDS, type SalesField, type SalesMapping } from '../../workbook/salesLogColumns';
import { useLocale } from '../locale';
import { FACT_STRINGS, type FactStrings } from './factStrings';

export type SalesMappingEditorProps = {
  readonly headers: readonly string[];
  readonly mapping: SalesMapping;
  readonly onChange: (mapping: SalesMapping) => void;
};

const LABELS: Readonly<Record<SalesField, keyof FactStrings>> = {
  date: 'fieldDate',
  product: 'fieldProduct',
  quantity: 'fieldQuantity',
  amount: 'fieldAmount',
  seller: 'fieldSeller',
  customer: 'fieldCustomer',
  saleTvc: 'fieldSaleTvc',
};

const NOT_USED = '\u0000';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Fluent's Dropdown asks for 250 px; a 320 px pane needs it to shrink.
  dropdown: { minWidth: 0, width: '100%' },
});

/** The detected column of every field of the log, each changeable with a Dropdown of headers. */
export function SalesMappingEditor({ headers, mapping, onChange }: SalesMappingEditorProps) {
  const { language } = useLocale();
  const words = FACT_STRINGS[language];
  const styles = useStyles();
  const choices = headers.filter((h) => h.trim() !== '');
  return (
    <div className={styles.root}>
      <Text size={200}>{words.logHint}</Text>
      {SALES_FIELDS.map((field) => {
        const value = mapping[field];
        return (
          <Field key={field} label={words[LABELS[field]]}>
            <Dropdown
              className={styles.dropdown}
              value={value ?? words.notUsed}
              selectedOptions={[value ?? NOT_USED]}
              onOptionSelect={(_, data) => {
                const header = data.optionValue === NOT_USED ? null : (data.optionValue ?? null);
                onChange({ ...mapping, [field]: header });
              }}
            >
              <Option value={NOT_USED}>{words.notUsed}</Option>
              {choices.map((header) => (
                <Option key={header} value={header}>
                  {header}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
