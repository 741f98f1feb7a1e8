import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { fill } from '../i18n';
import { useLocale } from '../locale';
import type { LadderRow } from './factInputs';
import { FACT_STRINGS } from './factStrings';

export type LadderEditorProps = {
  readonly rows: readonly LadderRow[];
  /** The message naming the wrong step, if any. */
  readonly error: string | undefined;
  readonly onChange: (rows: readonly LadderRow[]) => void;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Two fields and a button side by side wrap below 320 px rather than overflow.
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  field: { flex: '1 1 100px', minWidth: 0 },
  input: { minWidth: 0, width: '100%' },
});

/** The owner's bonus ladder: steps of T achieved and the bonus paid from each on. */
export function LadderEditor({ rows, error, onChange }: LadderEditorProps) {
  const { language } = useLocale();
  const words = FACT_STRINGS[language];
  const styles = useStyles();
  const set = (k: number, patch: Partial<LadderRow>) =>
    onChange(rows.map((row, j) => (j === k ? { ...row, ...patch } : row)));
  return (
    <div className={styles.root} role="group" aria-label={words.ladderTitle}>
      <Text size={200}>{words.ladderHint}</Text>
      {rows.map((row, k) => {
        const step = fill(words.ladderStep, { step: k + 1 });
        return (
          <div className={styles.row} key={k}>
            <Field className={styles.field} label={`${step}: ${words.threshold}`}>
              <Input
                className={styles.input}
                inputMode="decimal"
                value={row.threshold}
                onChange={(_, data) => set(k, { threshold: data.value })}
              />
            </Field>
            <Field className={styles.field} label={`${step}: ${words.bonus}`}>
              <Input
                className={styles.input}
                inputMode="decimal"
                value={row.bonus}
                onChange={(_, data) => set(k, { bonus: data.value })}
              />
            </Field>
            <Button
              aria-label={fill(words.removeStep, { step: k + 1 })}
              onClick={() => onChange(rows.filter((_, j) => j !== k))}
            >
              ×
            </Button>
          </div>
        );
      })}
      {error !== undefined && <Text role="alert">{error}</Text>}
      <Button onClick={() => onChange([...rows, { threshold: '', bonus: '' }])}>
        {words.addStep}
      </Button>
    </div>
  );
}
