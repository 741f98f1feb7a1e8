import { en } from './en';
import { enPlan } from './enPlan';
import { ru } from './ru';
import { ruPlan } from './ruPlan';

/** Every word `ta` shows, in one language. JSON keys, kinds and field paths stay as they are. */
export type Texts = typeof en & typeof enPlan;
export type Language = 'en' | 'ru';

export const TEXTS: Readonly<Record<Language, Texts>> = {
  en: { ...en, ...enPlan },
  ru: { ...ru, ...ruPlan },
};

/** The language of the environment: Russian when LC_ALL, LC_MESSAGES or LANG says ru_*. */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return setting.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}
