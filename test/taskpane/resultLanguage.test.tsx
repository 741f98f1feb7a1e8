import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RESULT_LANGUAGE_SETTING } from '../../src/core';
import { App } from '../../src/taskpane/App';
import {
  memorySettingsBag,
  settingsResultLanguageStore,
} from '../../src/workbook/resultLanguageStore';
import { pqTable, pqTableRu, workbookWith } from './workbooks';

function storeOver(stored: Record<string, unknown>, displayLanguage: string) {
  const settings = memorySettingsBag(stored);
  const events: string[] = [];
  const recalculate = jest.fn(async () => {
    settings.refreshAsync();
    events.push(`recalculated with ${String(settings.get(RESULT_LANGUAGE_SETTING))}`);
  });
  const store = settingsResultLanguageStore(settings, displayLanguage, recalculate);
  return { store, events, settings };
}

describe('the chooser of the workbook’s result language', () => {
  it('shows the stored language, not the pane’s, and saves a change before recalculating', async () => {
    const { store, events, settings } = storeOver({ [RESULT_LANGUAGE_SETTING]: 'ru' }, 'en-US');
    const user = userEvent.setup();
    render(<App gateway={workbookWith(pqTable)} resultLanguage={store} />);
    const picker = await screen.findByRole('combobox', { name: 'Language of the TA.* results' });
    expect(picker).toHaveValue('ru');
    await user.selectOptions(picker, 'en');
    await waitFor(() => expect(events).toEqual(['recalculated with en']));
    settings.refreshAsync();
    expect(settings.get(RESULT_LANGUAGE_SETTING)).toBe('en');
    expect(picker).toHaveValue('en');
  });

  it('offers the display language in a workbook that has none yet, in Russian', async () => {
    const { store } = storeOver({}, 'ru-RU');
    render(<App gateway={workbookWith(pqTableRu, 'ru-RU')} resultLanguage={store} />);
    expect(
      await screen.findByRole('combobox', { name: 'Язык результатов функций TA.*' })
    ).toHaveValue('ru');
  });

  it('says so and shows the stored language again when the workbook refuses the change', async () => {
    const { store } = storeOver({ [RESULT_LANGUAGE_SETTING]: 'en' }, 'en-US');
    const failing = { ...store, write: () => Promise.reject(new Error('read-only')) };
    const user = userEvent.setup();
    render(<App gateway={workbookWith(pqTable)} resultLanguage={failing} />);
    const picker = await screen.findByRole('combobox', { name: 'Language of the TA.* results' });
    await user.selectOptions(picker, 'ru');
    expect(
      await screen.findByText('The language could not be saved in the workbook.')
    ).toBeInTheDocument();
    expect(picker).toHaveValue('en');
  });
});
