import { useEffect } from 'react';
import { rangeAddress } from '../../workbook/a1';
import { parseReference } from '../../workbook/cellReference';
import type { WorkbookGateway } from '../../workbook/gateway';
import {
  SEARCH_COLUMNS,
  SEARCH_ROWS,
  findParameterCells,
  type ParameterCells,
} from '../../workbook/parameterCells';
import type { PlanInputs } from '../planInputs';
import type { SourceState } from './useSource';

/**
 * The first time a table is read (nothing stored for it yet), links the inputs to the labelled
 * numbers beside it — "Master hours a month | 100", "OE | 60,000" — so the pane opens with the
 * owner's own figures and Refresh follows them. Only blank fields are filled.
 */
export function useParameterLinks(
  gateway: WorkbookGateway,
  source: SourceState,
  defaultedKey: string | null,
  update: (change: (current: PlanInputs) => PlanInputs) => void
): void {
  const { data, mapping } = source;
  const address = data?.address ?? null;
  const resources = mapping?.resources.map((r) => r.resource) ?? [];
  const resourceKey = JSON.stringify(resources);
  useEffect(() => {
    const table = address === null ? null : parseReference(address);
    if (defaultedKey === null || table?.kind !== 'range' || table.sheet === null) return undefined;
    const sheet = table.sheet;
    const names = JSON.parse(resourceKey) as string[];
    let live = true;
    const area = rangeAddress(
      sheet,
      table.row,
      table.column,
      table.rows + SEARCH_ROWS,
      table.columns + SEARCH_COLUMNS
    );
    gateway
      .readRanges([area], null)
      .then(([read]) => {
        if (!live || read?.status !== 'read') return;
        const found = findParameterCells(
          read,
          { sheet, row: table.row, column: table.column },
          table,
          names
        );
        update((current) => withParameters(current, found));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [gateway, defaultedKey, address, resourceKey, update]);
}

function withParameters(inputs: PlanInputs, found: ParameterCells): PlanInputs {
  const blank = (text: string | undefined) => (text ?? '').trim() === '';
  const capacities = { ...inputs.capacities };
  for (const [resource, reference] of Object.entries(found.capacities)) {
    if (blank(capacities[resource])) capacities[resource] = reference;
  }
  return {
    ...inputs,
    capacities,
    operatingExpense:
      blank(inputs.operatingExpense) && found.operatingExpense !== null
        ? found.operatingExpense
        : inputs.operatingExpense,
    targetProfit:
      blank(inputs.targetProfit) && found.targetProfit !== null
        ? found.targetProfit
        : inputs.targetProfit,
  };
}
