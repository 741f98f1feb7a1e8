/**
 * The client card laid out in memory: the format and its numbers, LTV, current turnover, the
 * turnover target against the thresholds, the verdict and each lever with the number that closes
 * the gap, then the funnel as a table. Written to a new sheet ("TA Client card", suffixed).
 */
import type { ClientCard, ClientFormat, Lever } from '../core/clients';
import type { ReportBlock, ReportCell, ReportDocument } from './gateway';
import { lineBlocks, recordDocument, RECORD_FIRST_ROW, type RecordLine } from './recordLayout';
import { recordLabels, type RecordLabels } from './recordLabels';
import { excelSerial } from './reportLayout';
import type { ReportLanguage } from './reportLabels';

/** A step of the funnel as the owner gave it. */
export type CardStep = {
  readonly price: number;
  /** Conversion from the previous step (1 for the first step). */
  readonly conversion: number;
  /** Share of step-1 buyers who reach it: the product of the conversions so far. */
  readonly reach: number;
};

export type ClientCardRecordInput = {
  readonly format: ClientFormat;
  readonly steps: readonly CardStep[];
  /** Buyers and sessions a month now, when the owner gave them. */
  readonly current: { readonly buyersPerMonth: number; readonly sessionsPerMonth: number } | null;
  readonly currentTurnover: number | null;
  readonly card: ClientCard;
  readonly date: Date;
  readonly language: ReportLanguage;
};

const TABLE_NAME = 'TA_ClientFunnel';

export function buildClientCardRecord(input: ClientCardRecordInput): ReportDocument {
  const words = recordLabels(input.language);
  const { qualification } = input.card;
  const lines: RecordLine[] = [
    [words.format, words[input.format.kind], 'text'],
    [words.price, input.format.price, 'currency'],
    ...formatLines(input.format, words),
    ...(input.current === null
      ? []
      : ([
          [words.buyersNow, input.current.buyersPerMonth, 'quantity'],
          [words.sessionsNow, input.current.sessionsPerMonth, 'quantity'],
        ] as const)),
    [words.ltv, input.card.ltv.revenue, 'currency'],
    input.currentTurnover === null
      ? [words.currentTurnover, words.notComputed, 'text']
      : [words.currentTurnover, input.currentTurnover, 'currency'],
    [words.turnoverTarget, qualification.turnover.value, 'currency'],
    [words.minLtv, qualification.ltv.threshold, 'currency'],
    [words.minTurnover, qualification.turnover.threshold, 'currency'],
    [
      words.verdict,
      qualification.status === 'qualified' ? words.qualified : words.notQualified,
      'text',
    ],
    ...qualification.levers.flatMap((lever) => leverLines(lever, words)),
    [words.writtenOn, excelSerial(input.date), 'date'],
  ];
  const tableRow = RECORD_FIRST_ROW + lines.length + 1;
  const blocks: ReportBlock[] = [
    ...lineBlocks(lines, RECORD_FIRST_ROW),
    funnelTable(input, words, tableRow),
  ];
  return recordDocument(words.cardSheet, words.cardTitle, blocks, {
    kind: 'record',
    name: 'clientCard',
  });
}

function formatLines(format: ClientFormat, words: RecordLabels): RecordLine[] {
  return format.kind === 'group'
    ? [
        [words.trainingsPerMonth, format.trainingsPerMonth, 'quantity'],
        [words.peoplePerTraining, format.peoplePerTraining, 'quantity'],
      ]
    : [
        [words.consultationsPerClient, format.consultationsPerClient, 'quantity'],
        [words.clientsPerMonth, format.clientsPerMonth, 'quantity'],
      ];
}

/** A lever as numbers in cells, so the owner can calculate with them. */
function leverLines(lever: Lever, words: RecordLabels): RecordLine[] {
  switch (lever.kind) {
    case 'raisePrice':
      return [[words.raisePrice, lever.increase, 'percent']];
    case 'addSecondStep':
      return [
        [words.secondStepPrice, lever.price, 'currency'],
        [words.secondStepConversion, lever.conversion, 'percent'],
      ];
    case 'moreTrainings':
      return [[words.moreTrainings, lever.trainingsPerMonth, 'quantity']];
    case 'biggerGroups':
      return [[words.biggerGroups, lever.peoplePerTraining, 'quantity']];
    case 'moreClients':
      return [[words.moreClients, lever.clientsPerMonth, 'quantity']];
    case 'moreConsultations':
      return [[words.moreConsultations, lever.consultationsPerClient, 'quantity']];
  }
}

// LTV = Σ price × reach: the last column is each step's part of it.
function funnelTable(input: ClientCardRecordInput, words: RecordLabels, row: number): ReportBlock {
  const rows: ReportCell[][] = input.steps.map((step, k) => [
    k + 1,
    step.price,
    step.conversion,
    step.reach,
    step.price * step.reach,
  ]);
  return {
    row,
    column: 0,
    values: [
      [words.step, words.stepPrice, words.conversion, words.reach, words.addsToLtv],
      ...rows,
    ],
    columnFormats: ['quantity', 'currency', 'percent', 'percent', 'currency'],
    table: { name: TABLE_NAME },
  };
}
