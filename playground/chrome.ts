/** The page around the spreadsheet and the pane: title, language switch, notes, problems. */
import type { Language } from './univerHost';

const TEXT = {
  en: {
    title: 'Throughput Accounting — playground',
    subtitle:
      'A browser spreadsheet (Univer) stands in for Excel: the TA.* functions and the task pane are the add-in’s own.',
    language: 'Language',
    chartNote:
      'Task pane. In Excel the report sheet also gets a native chart; this spreadsheet has no charts, so the pane’s preview chart stands in for it.',
    problems: 'The playground found problems (see the browser console):',
    confirmSwitch:
      'Switching the language reloads the playground with its example workbook: your changes to the sheets will be lost. Switch anyway?',
    status: 'Message of a TA.* function',
  },
  ru: {
    title: 'Учёт по проходу — песочница',
    subtitle:
      'Вместо Excel — браузерная таблица (Univer); функции TA.* и панель — те же, что в надстройке.',
    language: 'Язык',
    chartNote:
      'Панель задач. В Excel на лист отчёта добавляется ещё и диаграмма; здесь диаграмм нет, её заменяет диаграмма предпросмотра в панели.',
    problems: 'Песочница нашла ошибки (подробности в консоли браузера):',
    confirmSwitch:
      'Смена языка перезагрузит песочницу с примером книги: ваши изменения на листах пропадут. Всё равно сменить?',
    status: 'Сообщение функции TA.*',
  },
} as const;

/**
 * The playground's regional settings, as Excel has its own apart from its display language:
 * `?region=de-DE` reads typed numbers the German way in an English pane; by default they follow
 * the language (en-US, ru-RU).
 */
export function readRegion(language: Language): string {
  const region = new URLSearchParams(window.location.search).get('region');
  return region !== null && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(region)
    ? region
    : language === 'ru'
      ? 'ru-RU'
      : 'en-US';
}

export function readLanguage(): Language {
  return new URLSearchParams(window.location.search).get('lang') === 'ru' ? 'ru' : 'en';
}

function setText(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

/**
 * Switching language reloads the page (Univer's locale is fixed when it boots), which starts
 * from the example workbook again: when the user's sheets differ from how they opened, the switch
 * asks first, and a "no" keeps the page and the language as they are.
 */
export function setUpChrome(language: Language, sheetsChanged: () => boolean = () => false): void {
  const text = TEXT[language];
  document.documentElement.lang = language;
  document.title = text.title;
  setText('title', text.title);
  setText('subtitle', text.subtitle);
  setText('language-label', text.language);
  setText('chart-note', text.chartNote);
  document.getElementById('status')?.setAttribute('aria-label', text.status);
  const select = document.getElementById('language') as HTMLSelectElement | null;
  if (!select) return;
  select.value = language;
  select.addEventListener('change', () => {
    if (sheetsChanged() && !window.confirm(text.confirmSwitch)) {
      select.value = language;
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.set('lang', select.value);
    window.location.assign(url.toString());
  });
}

export function showProblems(language: Language, problems: readonly string[]): void {
  const box = document.getElementById('problems');
  if (!box || problems.length === 0) return;
  box.textContent = [TEXT[language].problems, ...problems].join('\n');
  box.style.display = 'block';
}
