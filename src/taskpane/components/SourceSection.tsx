import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { detectColumns, type ColumnMapping } from '../../workbook/columnMapping';
import { mappingProblemMessage } from '../../workbook/messages';
import type { SourceState } from '../hooks/useSource';
import { errorMessage } from '../errorMessage';
import { useLocale } from '../locale';
import type { MixModel } from '../mixModel';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { ProblemList } from './ProblemList';
import { Section } from './Section';
import { SourcePicker } from './SourcePicker';

export type SourceSectionProps = {
  readonly source: SourceState;
  readonly model: MixModel | null;
};

/** Which table holds the products and which column is which field. */
export function SourceSection({ source, model }: SourceSectionProps) {
  const { strings, language, say } = useLocale();
  const { data, mapping } = source;
  const ambiguous = source.detectionProblems.filter((p) => p.kind === 'ambiguousColumn');
  const doubtful = source.detectionProblems.find((p) => p.kind === 'doubtfulTvc');
  const mappingMessages = [...ambiguous, ...(model?.mappingProblems ?? [])]
    .filter((problem) => problem.kind !== 'doubtfulTvc')
    .map((problem) => mappingProblemMessage(problem, language));
  const time = source.readAt === null ? '' : source.readAt.toLocaleTimeString(language);
  return (
    <Section title={strings.sourceTitle}>
      <SourcePicker
        tables={source.tables}
        source={source.source}
        onSelect={source.select}
        onReload={source.reload}
        disabled={source.loading}
      />
      {source.changed && source.readAt !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{say(strings.sourceChanged, { time })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={source.reload}>{strings.sourceRead}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!source.changed && source.readAt !== null && data !== null && (
        <Text size={200}>{say(strings.sourceReadAt, { time })}</Text>
      )}
      {source.readError !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.readFailedTitle}</MessageBarTitle>
            {errorMessage(source.readError.error, language)}
          </MessageBarBody>
        </MessageBar>
      )}
      {source.settingsFailed && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.settingsFailed}</MessageBarBody>
        </MessageBar>
      )}
      {data !== null && mapping !== null && (
        <Section title={strings.mappingTitle}>
          <ProblemList
            title={strings.problemsTitle}
            intent="error"
            messages={[...new Set(mappingMessages)]}
          />
          {doubtful !== undefined && doubtful.kind === 'doubtfulTvc' && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {say(strings.mappingSuspectTvc, { header: doubtful.header })}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => source.setMapping(mapping)}>
                  {strings.mappingConfirmTvc}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <ColumnMappingEditor
            headers={data.headers}
            mapping={mapping}
            onField={(field, header) => source.setMapping({ ...mapping, [field]: header })}
            onResource={(index, header) => source.setMapping(withResource(mapping, index, header))}
          />
        </Section>
      )}
    </Section>
  );
}

/** The mapping with resource column `index` set to `header` (appended past the end), or removed. */
function withResource(mapping: ColumnMapping, index: number, header: string | null): ColumnMapping {
  const resources = [...mapping.resources];
  if (header === null) resources.splice(index, 1);
  else resources[index] = { resource: resourceNameOf(header), header };
  return { ...mapping, resources };
}

/** "Time: Oven, min" names the resource "Oven"; any other header names it by itself. */
function resourceNameOf(header: string): string {
  return detectColumns([header]).mapping.resources[0]?.resource ?? header.trim();
}
