import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { fill } from '../i18n';
import { useLocale } from '../locale';

export type ProblemListProps = {
  readonly title: string;
  /** Each message names the row and the column when it is about a cell. */
  readonly messages: readonly string[];
  readonly intent: 'error' | 'warning';
  /** @default 8 */
  readonly limit?: number;
};

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Problems of the source in one MessageBar: the first few, then how many more. */
export function ProblemList({ title, messages, intent, limit = 8 }: ProblemListProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  if (messages.length === 0) return null;
  const shown = messages.slice(0, limit);
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {shown.map((message, k) => (
            <li key={k}>{message}</li>
          ))}
        </ul>
        {messages.length > shown.length &&
          fill(strings.problemsMore, { count: messages.length - shown.length })}
      </MessageBarBody>
    </MessageBar>
  );
}
