import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { blockerMessage, outcomeMessage } from '../../workbook/messages';
import { errorMessage } from '../errorMessage';
import type { ReportWriter, WriteState } from '../hooks/useReportWriter';
import { fill, type Language, type Strings } from '../i18n';
import { useLocale } from '../locale';
import { EditedReportDialog } from './EditedReportDialog';
import { Section } from './Section';

export type WriteReportProps = {
  readonly writer: ReportWriter;
  /** False while the inputs do not give a plan: there is nothing to write. */
  readonly canWrite: boolean;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The primary action: checks the workbook, writes the report with progress, reports the outcome. */
export function WriteReport({ writer, canWrite }: WriteReportProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  const { state } = writer;
  return (
    <Section title={strings.writeTitle}>
      <div className={styles.root}>
        <Button appearance="primary" disabled={writer.running || !canWrite} onClick={writer.write}>
          {writer.hasReport ? strings.refreshButton : strings.writeButton}
        </Button>
        <Text size={200}>{strings.writeRereads}</Text>
        {state.step === 'running' && (
          <Field validationMessage={strings.writing} validationState="none">
            <ProgressBar
              value={state.total > 0 ? state.done / state.total : undefined}
              aria-label={strings.writing}
            />
          </Field>
        )}
        <Outcome state={state} writer={writer} strings={strings} language={language} />
        <EditedReportDialog
          open={state.step === 'askEdited'}
          sheetName={state.step === 'askEdited' ? state.sheetName : ''}
          onAnswer={writer.answerEdited}
        />
      </div>
    </Section>
  );
}

function Outcome(props: {
  state: WriteState;
  writer: ReportWriter;
  strings: Strings;
  language: Language;
}) {
  const { state, writer, strings, language } = props;
  switch (state.step) {
    case 'blocked':
      return (
        <Bar intent="error" title={strings.blockedTitle}>
          {blockerMessage(state.reason, language)}
        </Bar>
      );
    case 'written':
      return (
        <Bar intent="success" title={strings.writtenTitle}>
          {outcomeMessage(state.outcome, language)}
        </Bar>
      );
    case 'failed':
      return (
        <Bar
          intent="error"
          title={strings.failedTitle}
          action={state.outcome.incomplete ? strings.incompleteRemove : undefined}
          onAction={writer.removeIncomplete}
        >
          {outcomeMessage(state.outcome, language)}
        </Bar>
      );
    case 'error':
      return (
        <Bar intent="error" title={strings.failedTitle}>
          {errorMessage(state.error, language)}
        </Bar>
      );
    case 'askIncomplete':
      return (
        <Bar
          intent="warning"
          title={strings.incompleteTitle}
          action={strings.incompleteRemove}
          onAction={writer.removeIncomplete}
        >
          {fill(strings.incompleteBody, { sheet: state.sheetName })}
        </Bar>
      );
    case 'removedIncomplete':
      return <Bar intent="info">{strings.incompleteRemoved}</Bar>;
    case 'noPlan':
      return (
        <Bar intent="error" title={strings.blockedTitle}>
          {strings.writeNoPlan}
        </Bar>
      );
    default:
      return null;
  }
}

function Bar(props: {
  intent: 'error' | 'warning' | 'info' | 'success';
  title?: string;
  action?: string;
  onAction?: () => void;
  children: React.ReactNode;
}) {
  return (
    <MessageBar intent={props.intent}>
      <MessageBarBody>
        {props.title !== undefined && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
      {props.action !== undefined && (
        <MessageBarActions>
          <Button onClick={props.onAction}>{props.action}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
