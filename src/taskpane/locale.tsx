import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { numberSettingsOf, type NumberSettings } from '../workbook/typedNumber';
import { numberFormats, type NumberFormats } from './format';
import { dictionaries, fill, languageOf, type Language, type Strings } from './i18n';

/**
 * What every component needs to speak the user's language: labels, plurals and numbers. Numbers
 * are shown and read with Excel's separators (`numbers`), which need not match the display
 * language (an English Excel on Russian regional settings writes 1 234,5).
 */
export type Locale = {
  readonly language: Language;
  readonly strings: Strings;
  readonly formats: NumberFormats;
  readonly numbers: NumberSettings;
  /** `fill` with the plural rules of the language; numbers shown grouped ("1,950"). */
  readonly say: (template: string, values?: Readonly<Record<string, string | number>>) => string;
};

function localeOf(language: Language, numbers: NumberSettings): Locale {
  const formats = numberFormats(language, numbers);
  return {
    language,
    strings: dictionaries[language],
    formats,
    numbers,
    say: (template, values = {}) => fill(template, values, language, formats.quantity),
  };
}

const LocaleContext = createContext<Locale>(localeOf('en', numberSettingsOf('en-US')));

export function LocaleProvider(props: {
  displayLanguage: string;
  /** Excel's separators; until they are read, those of the display language. */
  numbers?: NumberSettings | null;
  children: ReactNode;
}) {
  const language = languageOf(props.displayLanguage);
  const numbers = props.numbers ?? numberSettingsOf(props.displayLanguage);
  const { decimal, group, source } = numbers;
  const locale = useMemo(
    () => localeOf(language, { decimal, group, source }),
    [language, decimal, group, source]
  );
  return <LocaleContext.Provider value={locale}>{props.children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
