/**
 * Labels of the TA.MIXTABLE report in English and Russian (terms as in the task pane and
 * docs/domain: «проход», «операционные расходы», «ресурс ограниченной мощности», РОМ).
 */
export type MixTableLabels = {
  readonly headers: readonly string[];
  readonly totalThroughput: string;
  readonly operatingExpense: string;
  readonly netProfit: string;
  readonly ccrUsed: string;
  readonly ccrLeft: string;
  readonly lostToMinimums: string;
};

export const MIX_TABLE_LABELS: Readonly<Record<'en' | 'ru', MixTableLabels>> = {
  en: {
    headers: [
      'Rank',
      'Product',
      'T/unit',
      'T per CCR hour',
      'Demand',
      'Minimum',
      'Quantity',
      'CCR time',
      'Cumulative load',
      'T',
    ],
    totalThroughput: 'Throughput ΣT',
    operatingExpense: 'Operating expense OE',
    netProfit: 'Net profit NP = ΣT − OE',
    ccrUsed: 'CCR time used',
    ccrLeft: 'CCR time left',
    lostToMinimums: 'T lost to minimums',
  },
  ru: {
    headers: [
      'Место',
      'Продукт',
      'Проход на ед.',
      'Проход за час РОМ',
      'Спрос',
      'Минимум',
      'Количество',
      'Время РОМ',
      'Загрузка нарастающим итогом',
      'Проход',
    ],
    totalThroughput: 'Проход ΣT',
    operatingExpense: 'Операционные расходы ОЕ',
    netProfit: 'Чистая прибыль ЧП = ΣT − ОЕ',
    ccrUsed: 'Время РОМ использовано',
    ccrLeft: 'Время РОМ осталось',
    lostToMinimums: 'Проход, потерянный из-за минимумов',
  },
};
