import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { blockerMessage, outcomeMessage } from '../../workbook/messages';
import { errorMessage } from '../errorMessage';
import { fill } from '../i18n';
import { useLocale } from '../locale';
import type { RecordWriter } from './useRecordWriter';

export type RecordWriteProps = {
  readonly writer: RecordWriter;
  readonly label: string;
  /** False while the form has errors: there is nothing to write. */
  readonly canWrite: boolean;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The write button of a record, its progress and its outcome (a blocker names its cause). */
export function RecordWrite({ writer, label, canWrite }: RecordWriteProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  const { state } = writer;
  const bar = (intent: 'error' | 'success' | 'info', title: string | null, text: string) => (
    <MessageBar intent={intent}>
      <MessageBarBody>
        {title !== null && <MessageBarTitle>{title}</MessageBarTitle>}
        {text}
      </MessageBarBody>
      {state.step === 'failed' && state.outcome.incomplete && (
        <MessageBarActions>
          <Button onClick={writer.removeIncomplete}>{strings.incompleteRemove}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
  return (
    <div className={styles.root}>
      <Button appearance="primary" disabled={writer.running || !canWrite} onClick={writer.write}>
        {label}
      </Button>
      {state.step === 'running' && (
        <Field validationMessage={strings.recordWriting} validationState="none">
          <ProgressBar
            value={state.total > 0 ? state.done / state.total : undefined}
            aria-label={strings.recordWriting}
          />
        </Field>
      )}
      {state.step === 'blocked' &&
        bar('error', strings.blockedTitle, blockerMessage(state.reason, language, state.detail))}
      {state.step === 'written' &&
        bar('success', null, fill(strings.recordWritten, { sheet: state.sheetName }))}
      {state.step === 'failed' &&
        bar('error', strings.failedTitle, outcomeMessage(state.outcome, language))}
      {state.step === 'error' &&
        bar('error', strings.failedTitle, errorMessage(state.error, language))}
      {state.step === 'removed' && bar('info', null, strings.incompleteRemoved)}
    </div>
  );
}
