import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { Section } from '../components/Section';
import { useSharedMix, useTabState, type SharedMix } from '../hooks/sharedMix';
import { useLocale } from '../locale';
import { solveMix } from '../solveMix';
import { fieldMessage, readField } from './formNumbers';
import { freedText } from './freedHoursText';
import { defaultResource, valueFreedHours, type FreedHours } from './freedHours';
import { NumberInput } from './NumberInput';

export type FreedHoursSectionProps = {
  /** Puts the ΔT the hours earn into the ΔT field. */
  readonly onTake: (deltaThroughput: number) => void;
};

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: '100%' },
  working: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

type Result = { readonly freed: FreedHours } | 'working' | null;

/**
 * "ΔT from freed (or lost) hours" priced on the plan the pane uses: the ranking, or the best plan
 * over all resources with its shadow price where it holds and a new solve beyond.
 */
export function FreedHoursSection({ onTake }: FreedHoursSectionProps) {
  const locale = useLocale();
  const { strings, numbers, say } = locale;
  const styles = useStyles();
  const mix = useSharedMix();
  const [hours, setHours] = useTabState('decision:freedHours', '');
  const [chosen, setChosen] = useTabState<string | null>('decision:freedResource', null);
  const [result, setResult] = useState<Result>(null);
  const request = useRef(0);
  // A result describes the plan it was computed on: a new plan retires it.
  useEffect(() => setResult(null), [mix?.problem, mix?.method]);
  const resources = mix?.problem.resources.map((r) => r.name) ?? [];
  const fallback = mix === null ? null : defaultResource(mix);
  const index =
    chosen !== null && resources.includes(chosen) ? resources.indexOf(chosen) : fallback;
  const field = readField(hours, 'any', numbers, true);
  const error =
    hours.trim() === '' ? undefined : fieldMessage(field.error, strings.decFreedHours, locale);
  const ready = mix !== null && index !== null && field.value !== null && field.error === null;
  const take = async () => {
    if (!ready || mix === null || index === null || field.value === null) return;
    const mine = ++request.current;
    setResult('working');
    const freed = await valueFreedHours(mix, index, field.value, (problem) =>
      solveMix(problem, new AbortController().signal)
    );
    if (mine !== request.current) return;
    setResult({ freed });
    if (freed.status === 'valued') onTake(freed.deltaThroughput);
  };
  return (
    <Section title={strings.decFreedTitle}>
      <Text size={200}>{planLine(mix, locale)}</Text>
      {resources.length > 1 && index !== null && (
        <Field label={strings.decFreedResource}>
          <Dropdown
            className={styles.dropdown}
            value={resources[index] ?? ''}
            selectedOptions={[resources[index] ?? '']}
            onOptionSelect={(_, data) => setChosen(data.optionValue ?? null)}
          >
            {resources.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <NumberInput label={strings.decFreedHours} value={hours} error={error} onChange={setHours} />
      <Button disabled={!ready || result === 'working'} onClick={() => void take()}>
        {strings.decFreedButton}
      </Button>
      {result === 'working' && (
        <div className={styles.working}>
          <Spinner size="tiny" label={strings.decFreedWorking} />
        </div>
      )}
      {result !== null && result !== 'working' && (
        <MessageBar intent={result.freed.status === 'valued' ? 'info' : 'warning'}>
          <MessageBarBody>
            {freedText(result.freed, mix?.timeUnit ?? 'hours', locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      {mix !== null && mix.method === 'optimal' && mix.best.step === 'solving' && (
        <Text size={200}>{say(strings.decFreedPending)}</Text>
      )}
    </Section>
  );
}

function planLine(mix: SharedMix | null, { strings, say }: ReturnType<typeof useLocale>): string {
  if (mix === null) return strings.decFreedNoPlan;
  return mix.method === 'optimal'
    ? say(strings.decFreedPlanBest, { source: mix.sourceLabel })
    : say(strings.decFreedPlanRanking, {
        source: mix.sourceLabel,
        resource: mix.resourceName ?? '',
      });
}
