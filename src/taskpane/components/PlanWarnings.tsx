import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLocale } from '../locale';
import { fill, type Strings } from '../i18n';
import type { PlanWarning } from '../planView';

export type PlanWarningsProps = {
  readonly warnings: readonly PlanWarning[];
};

/** Why the plan may need a second look, one warning MessageBar per finding. */
export function PlanWarnings({ warnings }: PlanWarningsProps) {
  const { strings } = useLocale();
  if (warnings.length === 0) return null;
  return (
    <>
      {warnings.map((warning) => (
        <MessageBar key={warning.kind} intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{strings.warningsTitle}</MessageBarTitle>
            {describeWarning(warning, strings)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

function describeWarning(warning: PlanWarning, strings: Strings): string {
  switch (warning.kind) {
    case 'severalOverloaded':
      return fill(strings.warnSeveral, { resources: warning.resources.join(', ') });
    case 'demandBinds':
      return strings.warnDemandBinds;
    case 'losesMoney':
      return fill(strings.warnLoses, { products: warning.products.join(', ') });
    case 'rateTooLarge':
      return fill(strings.warnRateTooLarge, { products: warning.products.join(', ') });
  }
}
