import { useCallback, useState } from 'react';
import type { ResultLanguage } from '../../core';
import type { ResultLanguageStore } from '../../workbook/resultLanguageStore';

/** The workbook's result language, and a change that is saved and recalculated. */
export function useResultLanguage(store: ResultLanguageStore) {
  const [language, setLanguage] = useState<ResultLanguage>(() => store.read());
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const change = useCallback(
    async (next: ResultLanguage) => {
      setSaving(true);
      setFailed(false);
      setLanguage(next);
      try {
        await store.write(next);
      } catch {
        setFailed(true);
        setLanguage(store.read());
      } finally {
        setSaving(false);
      }
    },
    [store]
  );
  return { language, saving, failed, change };
}
