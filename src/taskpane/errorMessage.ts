import { readErrorMessage } from '../workbook/messages';
import { isWorkbookError } from '../workbook/workbookError';
import type { Language } from './i18n';

/** What the user reads for a thrown error: the workbook's own message when it names the cause. */
export function errorMessage(error: unknown, language: Language): string {
  if (isWorkbookError(error)) return readErrorMessage(error, language);
  return error instanceof Error ? error.message : String(error);
}
