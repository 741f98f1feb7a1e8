import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ExcelGateway } from '../workbook/excelGateway';
import { officeExcelHost } from '../workbook/excelHost';
import { officeResultLanguageStore } from '../workbook/officeResultLanguage';
import { memorySettingsBag, settingsResultLanguageStore } from '../workbook/resultLanguageStore';
import { App } from './App';
import { previewWorkbook } from './previewWorkbook';

/**
 * The only file that touches Office: inside Excel the pane works on the workbook; anywhere else
 * (a plain browser, where onReady gives host null, or office.js unreachable) it works on an
 * example workbook in memory and says so.
 */
function mount(pane: ReactElement): void {
  createRoot(document.getElementById('root') as HTMLElement).render(pane);
}

function startPreview(): void {
  const language = settingsResultLanguageStore(memorySettingsBag(), navigator.language, () =>
    Promise.resolve()
  );
  void previewWorkbook(navigator.language).then((gateway) =>
    mount(<App gateway={gateway} preview resultLanguage={language} />)
  );
}

function startInOffice(info: { host: Office.HostType | null }): void {
  if (info.host !== Office.HostType.Excel) return startPreview();
  const dark = Office.context.officeTheme?.isDarkTheme === true;
  mount(
    <App
      gateway={new ExcelGateway(officeExcelHost())}
      theme={dark ? webDarkTheme : webLightTheme}
      resultLanguage={officeResultLanguageStore()}
    />
  );
}

if (typeof Office === 'undefined') startPreview();
else void Office.onReady(startInOffice);
