/**
 * The add-in's own task pane, mounted in its own React root beside the grid rather than in
 * Univer's sidebar: Fluent UI and Univer each keep their React tree and CSS (as the pane keeps
 * its own frame in Excel), and the pane gets the width of an Office task pane.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../src/taskpane/App';
import type { WorkbookGateway } from '../src/workbook/gateway';
import type { ResultLanguageStore } from '../src/workbook/resultLanguageStore';

export function mountPane(
  element: HTMLElement,
  gateway: WorkbookGateway,
  resultLanguage: ResultLanguageStore
): void {
  createRoot(element).render(<App gateway={gateway} resultLanguage={resultLanguage} />);
}
