/**
 * Labels of the TA.OPTIMALMIX answer in English and Russian (terms of docs/domain: «проход»,
 * «ресурс», «политические» минимумы, теневая цена — ценность ещё одного часа ресурса).
 */
import type { GreedyShortfallReason } from '../core/optimization';

export type OptimalMixLabels = {
  readonly product: string;
  readonly quantity: string;
  readonly throughput: string;
  readonly optimal: string;
  readonly status: Readonly<Record<'optimal' | 'feasible' | 'timeLimit', string>>;
  readonly greedy: string;
  readonly difference: string;
  readonly reasons: Readonly<Record<GreedyShortfallReason, string>>;
  readonly lostToMinimums: string;
  readonly gap: string;
  /** A resource without a name: its column number. */
  readonly resource: (column: number) => string;
  readonly shadowPrice: (resource: string) => string;
  readonly holds: (from: number, to: number | null) => string;
};

const short = (value: number): string => String(Math.round(value * 1000) / 1000);

export const OPTIMAL_MIX_LABELS: Readonly<Record<'en' | 'ru', OptimalMixLabels>> = {
  en: {
    product: 'Product',
    quantity: 'Quantity',
    throughput: 'T',
    optimal: 'ΣT optimal',
    status: {
      optimal: 'proven optimal',
      feasible: 'best found',
      timeLimit: 'time limit: best found',
    },
    greedy: 'ΣT by TOC ranking',
    difference: 'Difference',
    reasons: {
      severalBinding: 'several resources bind',
      wholeUnits: 'whole units',
      otherConstraint: 'another resource binds',
    },
    lostToMinimums: 'T lost to minimums',
    gap: 'Gap to the proven bound',
    resource: (column) => `resource ${column}`,
    shadowPrice: (resource) => `${resource}: ΣT from 1 more unit of capacity`,
    holds: (from, to) => `holds from ${short(from)} to ${to === null ? '∞' : short(to)}`,
  },
  ru: {
    product: 'Продукт',
    quantity: 'Количество',
    throughput: 'Проход',
    optimal: 'ΣT оптимальный',
    status: {
      optimal: 'доказан оптимум',
      feasible: 'лучший найденный',
      timeLimit: 'лимит времени: лучший найденный',
    },
    greedy: 'ΣT по ранжированию ТОС',
    difference: 'Разница',
    reasons: {
      severalBinding: 'ограничивают несколько ресурсов',
      wholeUnits: 'целые единицы',
      otherConstraint: 'ограничивает другой ресурс',
    },
    lostToMinimums: 'Проход, потерянный из-за минимумов',
    gap: 'Зазор до доказанной границы',
    resource: (column) => `ресурс ${column}`,
    shadowPrice: (resource) => `${resource}: прирост ΣT от ещё 1 единицы мощности`,
    holds: (from, to) => `действует от ${short(from)} до ${to === null ? '∞' : short(to)}`,
  },
};
