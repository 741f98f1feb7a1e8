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
    status: 'Сообщение функции TA.*',
  },
} as const;

export function readLanguage(): Language {
  return new URLSearchParams(window.location.search).get('lang') === 'ru' ? 'ru' : 'en';
}

function setText(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

/** Switching language reloads the page: Univer's locale is fixed when it boots. */
export function setUpChrome(language: Language): void {
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
