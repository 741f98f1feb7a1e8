/**
 * What the pane says about the safety of a write, in English and Russian: a write another writer
 * holds, a source that changed, a number Excel cannot store, how to take a report back, what a
 * Refresh would lose, and what a report did to the user's data (names cut, hidden rows).
 */
import type { ReportNotice, SheetChange, WriteOutcome } from './gateway';
import { fill } from './reportLabels';

export type Language = 'en' | 'ru';

const en = {
  busy: 'Another pane or a co-author is writing this report right now: try again in a moment.',
  sourceChanged:
    'The table changed after the pane read it (you or a co-author edited it): nothing was written. The pane has read it again; check the figures and write again.',
  notFinite:
    'A number of the report is beyond what Excel can store ({detail}): nothing was written. Check the price and the times of that product.',
  lockLost:
    'Another pane took over this report while it was being written; its write replaces this one.',
  undoGrouped: 'One Ctrl+Z removes it.',
  undoNone: 'Ctrl+Z cannot take it back in this Excel: use “Remove the report”.',
  namesCut:
    'Names longer than Excel’s 32,767 characters per cell were cut and end with “…”: {count}.',
  hiddenRows: 'Hidden or filtered-out rows, counted like the others: {count}.',
  changedValues: 'Values on it were changed.',
  changedFormats: 'Fills, fonts or conditional formats were added to it; replacing deletes them.',
  changedObjects: 'Charts, pictures or comments were added to it; replacing deletes them.',
  incompleteFound:
    'Sheet “{sheet}” was left unfinished by a write that never completed (a closed pane or a crash).',
  incompleteFinish: 'Finish it',
  removeReport: 'Remove the report',
  removed: 'The report sheet was removed.',
  removeNone: 'There is no report of ours to remove.',
  retry: 'Try again',
};

const ru: typeof en = {
  busy: 'Этот отчёт сейчас записывает другая панель или соавтор: повторите чуть позже.',
  sourceChanged:
    'Таблица изменилась после того, как панель её прочитала (вы или соавтор её правили): ничего не записано. Панель прочитала её заново; проверьте цифры и запишите ещё раз.',
  notFinite:
    'Число в отчёте больше, чем Excel может хранить ({detail}): ничего не записано. Проверьте цену и время этого товара.',
  lockLost: 'Пока отчёт записывался, его перехватила другая панель; её запись заменит эту.',
  undoGrouped: 'Одно нажатие Ctrl+Z уберёт его.',
  undoNone: 'В этой версии Excel Ctrl+Z его не отменит: нажмите «Удалить отчёт».',
  namesCut:
    'Названий длиннее 32 767 знаков (предел ячейки Excel) обрезано, в конце стоит «…»: {count}.',
  hiddenRows: 'Скрытых и отфильтрованных строк, учтённых наравне с остальными: {count}.',
  changedValues: 'На нём изменены значения.',
  changedFormats: 'На нём добавлены заливки, шрифты или условное форматирование; замена их удалит.',
  changedObjects: 'На нём добавлены диаграммы, рисунки или примечания; замена их удалит.',
  incompleteFound:
    'Лист «{sheet}» остался недописанным: запись не завершилась (панель закрыли или она упала).',
  incompleteFinish: 'Дописать',
  removeReport: 'Удалить отчёт',
  removed: 'Лист отчёта удалён.',
  removeNone: 'Нашего отчёта, который можно удалить, нет.',
  retry: 'Повторить',
};

export type WriteMessages = typeof en;

export function writeMessages(language: Language): WriteMessages {
  return language === 'ru' ? ru : en;
}

export function noticeMessage(notice: ReportNotice, language: Language): string {
  const m = writeMessages(language);
  return fill(m[notice.kind], { count: String(notice.count) });
}

/** How the user takes a written report back, by the undo the write had. */
export function undoMessage(
  outcome: Extract<WriteOutcome, { status: 'written' }>,
  language: Language
): string | null {
  const m = writeMessages(language);
  if (outcome.undo === undefined) return null;
  return outcome.undo === 'grouped' ? m.undoGrouped : m.undoNone;
}

/** What a Refresh of an edited report would lose, one sentence per kind of change. */
export function changesMessage(
  changes: readonly SheetChange[] | undefined,
  language: Language
): string {
  const m = writeMessages(language);
  const words = { values: m.changedValues, formats: m.changedFormats, objects: m.changedObjects };
  return (changes ?? ['values']).map((change) => words[change]).join(' ');
}
