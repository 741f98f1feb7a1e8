import type { ComponentType } from 'react';
import type { WorkbookGateway } from '../workbook/gateway';
import type { Strings } from './i18n';
import { ProductMixTab } from './components/ProductMixTab';
import { ClientCardTab } from './tabs/ClientCardTab';
import { DecisionTab } from './tabs/DecisionTab';
import { PlanFactTab } from './fact/PlanFactTab';

/** What every tab receives: the workbook, and nothing else global. */
export type TabProps = { readonly gateway: WorkbookGateway };

export type PaneTab = {
  readonly id: string;
  readonly label: keyof Strings;
  readonly Component: ComponentType<TabProps>;
};

/** The pane's tabs in order; a new tab is one component and one line here. */
export const paneTabs: readonly PaneTab[] = [
  { id: 'productMix', label: 'tabProductMix', Component: ProductMixTab },
  { id: 'planFact', label: 'tabPlanFact', Component: PlanFactTab },
  { id: 'decision', label: 'tabDecision', Component: DecisionTab },
  { id: 'clientCard', label: 'tabClientCard', Component: ClientCardTab },
];
