import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { numberFormats, type NumberFormats } from './format';
import { dictionaries, languageOf, type Language, type Strings } from './i18n';

/** What every component needs to speak the user's language: labels and number formats. */
export type Locale = {
  readonly language: Language;
  readonly strings: Strings;
  readonly formats: NumberFormats;
};

const LocaleContext = createContext<Locale>({
  language: 'en',
  strings: dictionaries.en,
  formats: numberFormats('en'),
});

export function LocaleProvider(props: { displayLanguage: string; children: ReactNode }) {
  const language = languageOf(props.displayLanguage);
  const locale = useMemo<Locale>(
    () => ({ language, strings: dictionaries[language], formats: numberFormats(language) }),
    [language]
  );
  return <LocaleContext.Provider value={locale}>{props.children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
