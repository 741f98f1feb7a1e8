import type { CellValue } from '../workbook/gateway';
import { MemoryGateway } from '../workbook/memoryGateway';
import { inputsSettingKey } from './hooks/useStoredInputs';
import { languageOf, type Language } from './i18n';
import type { PlanInputs } from './planInputs';

const TABLE = 'Services';

const MASTER: Record<Language, string> = { en: 'Master', ru: 'Мастер' };

const HEADERS: Record<Language, readonly string[]> = {
  en: ['Service', 'Price', 'TVC', `Time: ${MASTER.en}, h`, 'Demand', 'Minimum'],
  ru: [
    'Услуга',
    'Цена',
    'Абсолютно переменные затраты',
    `Время: ${MASTER.ru}, ч`,
    'Спрос',
    'Минимум',
  ],
};

/**
 * The salon of the talk, a month: two masters × 10 h × 5 days = 100 master hours. Classic earns
 * more per master hour than "Gold Star" although less per haircut; dye takes no master time.
 */
const ROWS: readonly (readonly [Record<Language, string>, ...CellValue[]])[] = [
  [{ en: 'Classic haircut', ru: 'Классическая стрижка' }, 1500, 480, 1, 60, null],
  [{ en: '"Gold Star" haircut', ru: 'Стрижка «Золотая звезда»' }, 3900, 1380, 3, 20, 5],
  [{ en: 'Beard trim', ru: 'Оформление бороды' }, 800, 200, 0.5, 40, null],
  [{ en: 'Hair dye (over the counter)', ru: 'Краска для волос (продажа)' }, 900, 600, 0, 30, null],
];

const inputs = (language: Language): PlanInputs => ({
  timeUnit: 'hours',
  capacities: { [MASTER[language]]: '100' },
  operatingExpense: '60000',
  targetProfit: '',
  wholeUnits: true,
  constraintOverride: null,
  method: null,
});

/** The workbook the pane shows outside Office: the salon's services with last month's inputs. */
export async function previewWorkbook(displayLanguage: string): Promise<MemoryGateway> {
  const language = languageOf(displayLanguage);
  const rows = ROWS.map(([name, ...values]) => [name[language], ...values]);
  const gateway = new MemoryGateway({
    displayLanguage,
    supportsCharts: false,
    sheets: [
      { name: language === 'ru' ? 'Услуги' : 'Services', cells: [HEADERS[language], ...rows] },
    ],
    tables: [
      {
        name: TABLE,
        sheet: language === 'ru' ? 'Услуги' : 'Services',
        row: 0,
        column: 0,
        rows: rows.length + 1,
        columns: HEADERS[language].length,
      },
    ],
  });
  await gateway.writeSettings({
    [inputsSettingKey({ kind: 'table', name: TABLE })]: inputs(language),
  });
  return gateway;
}
