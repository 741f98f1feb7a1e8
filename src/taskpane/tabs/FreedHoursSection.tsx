import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { Section } from '../components/Section';
import { useSharedMix, useTabState } from '../hooks/sharedMix';
import { fill, type Strings } from '../i18n';
import { useLocale, type Locale } from '../locale';
import { fieldMessage, readField } from './formNumbers';
import { freedHoursThroughput, type FreedHours } from './freedHours';
import { NumberInput } from './NumberInput';

export type FreedHoursSectionProps = {
  /** Puts the ΔT the freed hours earn into the ΔT field. */
  readonly onTake: (deltaThroughput: number) => void;
};

/** "Can take ΔT from the value of freed constraint hours": prices them on the shared plan. */
export function FreedHoursSection({ onTake }: FreedHoursSectionProps) {
  const locale = useLocale();
  const { strings, language } = locale;
  const mix = useSharedMix();
  const [hours, setHours] = useTabState('decision:freedHours', '');
  const [result, setResult] = useState<{ hours: number; freed: FreedHours } | null>(null);
  const field = readField(hours, 'nonNegative', language, true);
  const error =
    hours.trim() === '' ? undefined : fieldMessage(field.error, strings.decFreedHours, strings);
  const take = () => {
    if (mix === null || field.value === null || field.error !== null) return;
    const freed = freedHoursThroughput(mix, field.value);
    setResult({ hours: field.value, freed });
    if (freed.status === 'earned') onTake(freed.deltaThroughput);
  };
  return (
    <Section title={strings.decFreedTitle}>
      <Text size={200}>
        {mix === null
          ? strings.decFreedNoPlan
          : fill(strings.decFreedPlan, {
              source: mix.sourceLabel,
              resource: mix.resourceName ?? '',
            })}
      </Text>
      <NumberInput label={strings.decFreedHours} value={hours} error={error} onChange={setHours} />
      <Button
        disabled={mix === null || field.value === null || field.error !== null}
        onClick={take}
      >
        {strings.decFreedButton}
      </Button>
      {result !== null && (
        <MessageBar intent={result.freed.status === 'earned' ? 'info' : 'warning'}>
          <MessageBarBody>{freedText(result.hours, result.freed, locale)}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}

function freedText(hours: number, freed: FreedHours, { strings, formats }: Locale): string {
  switch (freed.status) {
    case 'noResource':
      return strings.decFreedNoResource;
    case 'mixFailed':
      return strings.decFreedMixFailed;
    case 'earned':
      return earnedText(hours, freed, strings, formats.quantity, formats.money);
  }
}

function earnedText(
  hours: number,
  freed: Extract<FreedHours, { status: 'earned' }>,
  strings: Strings,
  quantity: (value: number) => string,
  money: (value: number) => string
): string {
  const values = { hours: quantity(hours), resource: freed.resource };
  if (freed.moves.length === 0) return fill(strings.decFreedNothing, values);
  const moves = freed.moves
    .map((m) => `${m.product} ${m.quantityChange > 0 ? '+' : ''}${quantity(m.quantityChange)}`)
    .join(', ');
  return fill(strings.decFreedResult, { ...values, amount: money(freed.deltaThroughput), moves });
}
