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
import { useState } from 'react';
import type { WorkbookGateway } from '../workbook/gateway';
import { SharedMixProvider } from './hooks/sharedMix';
import { LocaleProvider, useLocale } from './locale';
import { paneTabs, type PaneTab } from './tabs';

export type AppProps = {
  /** The workbook: Excel, the playground's spreadsheet, or an in-memory one. */
  readonly gateway: WorkbookGateway;
  /** @default webLightTheme */
  readonly theme?: Theme;
  /** Shows the "not connected to Excel" notice (the pane opened in a plain browser). */
  readonly preview?: boolean;
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    minHeight: '100vh',
    boxSizing: 'border-box',
    // Messages may quote long cell text or error codes: wrap them rather than widen the pane.
    '& .fui-MessageBarBody': { overflowWrap: 'anywhere' },
  },
});

/** The task pane. It knows the workbook only through `gateway` and never touches Office. */
export function App({ gateway, theme = webLightTheme, preview = false }: AppProps) {
  return (
    <FluentProvider theme={theme}>
      <LocaleProvider displayLanguage={gateway.displayLanguage}>
        <SharedMixProvider>
          <Pane gateway={gateway} preview={preview} />
        </SharedMixProvider>
      </LocaleProvider>
    </FluentProvider>
  );
}

function Pane({ gateway, preview }: { gateway: WorkbookGateway; preview: boolean }) {
  const { strings } = useLocale();
  const styles = useStyles();
  const [selected, setSelected] = useState<string>(paneTabs[0]?.id ?? '');
  const tab = paneTabs.find((candidate) => candidate.id === selected) as PaneTab;
  return (
    <main className={styles.root} lang={gateway.displayLanguage}>
      {preview && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{strings.previewTitle}</MessageBarTitle>
            {strings.previewBody}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList
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
    </main>
  );
}
