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
import {
  changesMessage,
  noticeMessage,
  undoMessage,
  writeMessages,
} from '../../workbook/writeMessages';
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
          details={state.step === 'askEdited' ? changesMessage(state.changes, language) : ''}
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
  const words = writeMessages(language);
  switch (state.step) {
    case 'blocked':
      return (
        <Bar
          intent="error"
          title={strings.blockedTitle}
          actions={state.reason === 'busy' ? [[words.retry, writer.write]] : []}
        >
          {blockerMessage(state.reason, language, state.detail)}
        </Bar>
      );
    case 'written': {
      const undo = undoMessage(state.outcome, language);
      const notices = (state.outcome.notices ?? []).map((n) => noticeMessage(n, language));
      return (
        <Bar
          intent="success"
          title={strings.writtenTitle}
          actions={state.outcome.undo === 'none' ? [[words.removeReport, writer.removeReport]] : []}
        >
          {[outcomeMessage(state.outcome, language), ...notices, undo ?? ''].join(' ').trim()}
        </Bar>
      );
    }
    case 'failed':
      return (
        <Bar
          intent="error"
          title={strings.failedTitle}
          actions={
            state.outcome.incomplete ? [[strings.incompleteRemove, writer.removeIncomplete]] : []
          }
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
          actions={[
            [strings.incompleteRemove, writer.removeIncomplete],
            ...(writer.canFinish
              ? [[words.incompleteFinish, writer.finishIncomplete] as const]
              : []),
          ]}
        >
          {fill(words.incompleteFound, { sheet: state.sheetName })}
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
    case 'removed':
      return <Bar intent="info">{words.removed}</Bar>;
    default:
      return null;
  }
}

type Action = readonly [label: string, run: () => void];

function Bar(props: {
  intent: 'error' | 'warning' | 'info' | 'success';
  title?: string;
  actions?: readonly Action[];
  children: React.ReactNode;
}) {
  const actions = props.actions ?? [];
  return (
    <MessageBar intent={props.intent} layout="multiline">
      <MessageBarBody>
        {props.title !== undefined && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
      {actions.length > 0 && (
        <MessageBarActions>
          {actions.map(([label, action]) => (
            <Button key={label} onClick={action}>
              {label}
            </Button>
          ))}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
