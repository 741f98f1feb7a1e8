import type { WorkbookGateway, WorkbookSettings } from '../workbook/gateway';

/** Changes the pane's workbook settings one at a time, so two saves never lose each other. */
export type SettingsStore = {
  readonly update: (change: (settings: WorkbookSettings) => WorkbookSettings) => Promise<void>;
};

/** Each update reads the settings afresh and writes them back before the next one starts. */
export function settingsStore(gateway: WorkbookGateway): SettingsStore {
  let queue: Promise<void> = Promise.resolve();
  return {
    update(change) {
      const next = queue.then(async () => {
        const settings = await gateway.readSettings();
        await gateway.writeSettings(change(settings));
      });
      // A failed save must not stop the ones after it; the caller still sees its own failure.
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
