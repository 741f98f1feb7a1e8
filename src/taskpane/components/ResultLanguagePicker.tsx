import { Field, Select } from '@fluentui/react-components';
import type { ResultLanguage } from '../../core';
import { useLocale } from '../locale';

export type ResultLanguagePickerProps = {
  readonly language: ResultLanguage;
  readonly onChange: (language: ResultLanguage) => void;
  readonly saving: boolean;
  readonly failed: boolean;
};

/** Each language is named in itself, as language choosers do. */
const NAMES: Readonly<Record<ResultLanguage, string>> = { en: 'English', ru: 'Русский' };

/** The workbook's result language: the words every TA.* function returns, for every viewer. */
export function ResultLanguagePicker({
  language,
  onChange,
  saving,
  failed,
}: ResultLanguagePickerProps) {
  const { strings } = useLocale();
  return (
    <Field
      label={strings.resultLanguageLabel}
      hint={saving ? strings.resultLanguageSaving : strings.resultLanguageHint}
      validationMessage={failed ? strings.resultLanguageFailed : undefined}
    >
      <Select
        value={language}
        disabled={saving}
        onChange={(_, data) => onChange(data.value as ResultLanguage)}
      >
        {(Object.keys(NAMES) as ResultLanguage[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
