/**
 * Labels of the chooser of the workbook's result language (the words TA.* functions return),
 * in English and Russian (same keys; merged into the pane's dictionaries in i18n.ts).
 */

export const resultLanguageEn = {
  resultLanguageLabel: 'Language of the TA.* results',
  resultLanguageHint:
    'The words the functions put into cells (report headers, RFM segments). Kept in this workbook: whoever opens it, in any Excel language, sees the same words.',
  resultLanguageSaving: 'Saving and recalculating…',
  resultLanguageFailed: 'The language could not be saved in the workbook.',
};

export const resultLanguageRu: Readonly<Record<keyof typeof resultLanguageEn, string>> = {
  resultLanguageLabel: 'Язык результатов функций TA.*',
  resultLanguageHint:
    'Слова, которые функции пишут в ячейки (заголовки отчёта, RFM-сегменты). Хранится в этой книге: у всех, кто её откроет, в Excel на любом языке, слова одинаковые.',
  resultLanguageSaving: 'Сохраняю и пересчитываю…',
  resultLanguageFailed: 'Не удалось сохранить язык в книге.',
};
