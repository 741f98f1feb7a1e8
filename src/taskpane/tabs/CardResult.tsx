import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { Lever } from '../../core/clients';
import { Section } from '../components/Section';
import { fill } from '../i18n';
import { useLocale, type Locale } from '../locale';
import type { CardModel } from './clientCardModel';

export type CardResultProps = { readonly model: Extract<CardModel, { status: 'card' }> };

/** LTV, current turnover, the target, the verdict and, when it fails, the levers with numbers. */
export function CardResult({ model }: CardResultProps) {
  const locale = useLocale();
  const { strings, formats } = locale;
  const { ltv, turnover, levers, status } = model.card.qualification;
  const money = formats.money;
  const values = {
    ltv: money(ltv.value),
    minLtv: money(ltv.threshold),
    target: money(turnover.value),
    minTurnover: money(turnover.threshold),
  };
  return (
    <Section title={strings.cardResultTitle}>
      <Text>
        {strings.cardLtv}: {money(ltv.value)}
      </Text>
      <Text>
        {strings.cardCurrentTurnover}:{' '}
        {model.currentTurnover === null ? strings.cardNotComputed : money(model.currentTurnover)}
      </Text>
      <Text>
        {strings.cardTarget}: {money(turnover.value)}
      </Text>
      {status === 'qualified' ? (
        <MessageBar intent="success">
          <MessageBarBody>{fill(strings.cardQualified, values)}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{strings.cardNotQualified}</MessageBarTitle>
            {!ltv.passes && fill(strings.cardLtvShort, { ...values, gap: money(ltv.gap) })}{' '}
            {!turnover.passes &&
              fill(strings.cardTargetShort, { ...values, gap: money(turnover.gap) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {status === 'notQualified' && (
        <Section title={strings.cardLeversTitle}>
          <ul>
            {levers.map((lever) => (
              <li key={lever.kind}>{leverText(lever, locale)}</li>
            ))}
            <li>{strings.leverOnline}</li>
          </ul>
        </Section>
      )}
    </Section>
  );
}

function leverText(lever: Lever, { strings, formats }: Locale): string {
  const count = (n: number) => ({ count: formats.quantity(n) });
  switch (lever.kind) {
    case 'raisePrice':
      return fill(strings.leverRaisePrice, { percent: formats.percent(lever.increase) });
    case 'addSecondStep':
      return fill(lever.closes ? strings.leverSecondStep : strings.leverSecondStepShort, {
        price: formats.money(lever.price),
        percent: formats.percent(lever.conversion),
      });
    case 'moreTrainings':
      return fill(strings.leverTrainings, count(lever.trainingsPerMonth));
    case 'biggerGroups':
      return fill(strings.leverGroups, count(lever.peoplePerTraining));
    case 'moreClients':
      return fill(strings.leverClients, count(lever.clientsPerMonth));
    case 'moreConsultations':
      return fill(strings.leverConsultations, count(lever.consultationsPerClient));
  }
}
