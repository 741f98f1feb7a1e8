/**
 * The one catalog of the messages the TA.* functions show in an error's flag, in English and in
 * Russian, chosen by Excel's display language at call time (English in tests and before
 * Office is ready). Every message builder of src/functions goes through `say`.
 */
import { ANSWER_MESSAGES } from './answerMessages';
import { isRussianDisplay } from './displayLanguage';
import { FACT_MESSAGES } from './factMessages';
import { INPUT_MESSAGES } from './inputMessages';
import { OUTCOME_MESSAGES } from './outcomeMessages';

export const MESSAGES = {
  ...INPUT_MESSAGES,
  ...OUTCOME_MESSAGES,
  ...ANSWER_MESSAGES,
  ...FACT_MESSAGES,
};

type Catalog = typeof MESSAGES;
export type MessageKey = keyof Catalog;

/** The message `key` of `params` in the display language. */
export function say<K extends MessageKey>(key: K, ...params: Parameters<Catalog[K]['en']>): string {
  const entry = MESSAGES[key];
  const build = (isRussianDisplay() ? entry.ru : entry.en) as (...args: unknown[]) => string;
  return build(...params);
}
