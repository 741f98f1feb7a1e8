import { screen, within } from '@testing-library/react';
import { act } from 'react';
import { previewWorkbook } from '../../src/taskpane/previewWorkbook';
import { renderPane, planTable, rowsOf } from './renderPane';

describe('Outside Office', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    document.body.innerHTML = '';
  });

  it('opens on the example workbook with a preview notice when Office gives no host', async () => {
    let ready: ((info: { host: null }) => void) | undefined;
    (globalThis as { Office?: unknown }).Office = {
      HostType: { Excel: 'Excel' },
      onReady: (callback: (info: { host: null }) => void) => {
        ready = callback;
        return Promise.resolve({ host: null, platform: null });
      },
    };
    document.body.innerHTML = '<div id="root"></div>';
    await act(async () => {
      await import('../../src/taskpane/index');
    });
    await act(async () => {
      ready?.({ host: null });
      // The example workbook is built asynchronously before the pane mounts.
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(await screen.findByText('Preview mode — not connected to Excel')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Product mix' })).toBeInTheDocument();
  });

  it('ranks the salon’s example by T per master hour: dye first, "Gold Star" last', async () => {
    await renderPane(await previewWorkbook('en-US'));
    const names = rowsOf(await screen.findByRole('table', { name: 'Plan' })).map((row) => row[1]);
    expect(names).toEqual([
      'Hair dye (over the counter)',
      'Beard trim',
      'Classic haircut',
      '"Gold Star" haircut',
    ]);
    expect(within(planTable()).getByText('1,020')).toBeInTheDocument();
  });

  it('speaks Russian in the example workbook of a Russian browser', async () => {
    await renderPane(await previewWorkbook('ru-RU'));
    expect(await screen.findByRole('table', { name: 'План' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Мощность ресурса «Мастер», часы' })).toHaveValue(
      '100'
    );
  });
});
