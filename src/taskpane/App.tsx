import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { NumberSettings, WorkbookGateway } from '../workbook/gateway';
import type { ResultLanguageStore } from '../workbook/resultLanguageStore';
import { ResultLanguagePicker } from './components/ResultLanguagePicker';
import { SharedMixProvider } from './hooks/sharedMix';
import { useResultLanguage } from './hooks/useResultLanguage';
import { LocaleProvider, useLocale } from './locale';
import { paneTabs, type PaneTab } from './tabs';

export type AppProps = {
  /** The workbook: Excel, the playground's spreadsheet, or an in-memory one. */
  readonly gateway: WorkbookGateway;
  /** @default webLightTheme */
  readonly theme?: Theme;
  /** Shows the "not connected to Excel" notice (the pane opened in a plain browser). */
  readonly preview?: boolean;
  /** The workbook's result language (the words TA.* functions return); no chooser without it. */
  readonly resultLanguage?: ResultLanguageStore;
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    // Messages may quote long cell text or error codes: wrap them rather than widen the pane.
    '& .fui-MessageBarBody': { overflowWrap: 'anywhere' },
  },
  // «Ассортимент · Решение · Карточка клиента» is wider than a 320 px pane: the tabs wrap.
  tabs: { flexWrap: 'wrap' },
});

/**
 * The task pane. It knows the workbook only through `gateway` and never touches Office. Typed
 * numbers follow Excel's separators, read from the workbook once the pane opens.
 */
export function App({ gateway, theme = webLightTheme, preview = false, resultLanguage }: AppProps) {
  const [numbers, setNumbers] = useState<NumberSettings | null>(null);
  useEffect(() => {
    let live = true;
    gateway.readNumberSettings().then(
      (settings) => live && setNumbers(settings),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [gateway]);
  return (
    <FluentProvider theme={theme}>
      <LocaleProvider displayLanguage={gateway.displayLanguage} numbers={numbers}>
        <Pane gateway={gateway} preview={preview} resultLanguage={resultLanguage} />
      </LocaleProvider>
    </FluentProvider>
  );
}

type PaneProps = {
  readonly gateway: WorkbookGateway;
  readonly preview: boolean;
  readonly resultLanguage: ResultLanguageStore | undefined;
};

function Pane({ gateway, preview, resultLanguage }: PaneProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  const [selected, setSelected] = useState<string>(paneTabs[0]?.id ?? '');
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const tab = paneTabs.find((candidate) => candidate.id === selected) as PaneTab;
  return (
    <main className={styles.root} lang={gateway.displayLanguage} ref={setRoot}>
      <SharedMixProvider gateway={gateway} root={root}>
        {preview && (
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>{strings.previewTitle}</MessageBarTitle>
              {strings.previewBody}
            </MessageBarBody>
          </MessageBar>
        )}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selected}
          onTabSelect={(_, data) => setSelected(String(data.value))}
        >
          {paneTabs.map((candidate) => (
            <Tab key={candidate.id} value={candidate.id}>
              {strings[candidate.label]}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" aria-label={strings[tab.label]}>
          <tab.Component gateway={gateway} />
        </div>
        {resultLanguage && <ResultLanguageSetting store={resultLanguage} />}
      </SharedMixProvider>
    </main>
  );
}

function ResultLanguageSetting({ store }: { store: ResultLanguageStore }) {
  const { language, saving, failed, change } = useResultLanguage(store);
  return (
    <ResultLanguagePicker
      language={language}
      saving={saving}
      failed={failed}
      onChange={(next) => void change(next)}
    />
  );
}
