/**
 * Boots Univer from its OSS packages (core + sheets-core + sheets-table presets), without the
 * `@univerjs/presets` meta-package, which drags proprietary `@univerjs-pro/*` packages along.
 */
import { LocaleType, LogLevel, Univer, mergeLocales } from '@univerjs/core';
import { FUniver } from '@univerjs/core/facade';
import { UniverSheetsCorePreset } from '@univerjs/preset-sheets-core';
import { UniverSheetsTablePreset } from '@univerjs/preset-sheets-table';
import coreEn from '@univerjs/preset-sheets-core/locales/en-US';
import coreRu from '@univerjs/preset-sheets-core/locales/ru-RU';
import tableEn from '@univerjs/preset-sheets-table/locales/en-US';
import tableRu from '@univerjs/preset-sheets-table/locales/ru-RU';
import '@univerjs/preset-sheets-core/lib/index.css';
import '@univerjs/preset-sheets-table/lib/index.css';

export type Language = 'en' | 'ru';

type PluginEntry = unknown;

export function bootUniver(container: string, language: Language): FUniver {
  const univer = new Univer({
    logLevel: LogLevel.WARN,
    locale: language === 'ru' ? LocaleType.RU_RU : LocaleType.EN_US,
    locales: {
      [LocaleType.EN_US]: mergeLocales(coreEn, tableEn),
      [LocaleType.RU_RU]: mergeLocales(coreRu, tableRu),
    },
  });
  const presets = [UniverSheetsCorePreset({ container }), UniverSheetsTablePreset()];
  for (const preset of presets)
    for (const entry of preset.plugins as PluginEntry[]) {
      if (!entry) continue;
      const [plugin, options] = Array.isArray(entry) ? entry : [entry, undefined];
      univer.registerPlugin(plugin, options);
    }
  return FUniver.newAPI(univer);
}
