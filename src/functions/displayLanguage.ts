/**
 * Whether Excel shows its UI in Russian. Office is absent in tests, in the playground and before
 * Office.onReady, and `Office.context` may throw until then: all of these mean English.
 */
export function isRussianDisplay(): boolean {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    const language = office?.context?.displayLanguage;
    return typeof language === 'string' && language.toLowerCase().startsWith('ru');
  } catch {
    return false;
  }
}
