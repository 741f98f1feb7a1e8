import { useCallback, useRef, useState } from 'react';
import type {
  ReportDocument,
  WorkbookGateway,
  WriteOutcome,
  WriteRefusal,
} from '../../workbook/gateway';

/** Where the write of a record stands, as the tab shows it. */
export type RecordWriteState =
  | { readonly step: 'idle' }
  | { readonly step: 'running'; readonly done: number; readonly total: number }
  | { readonly step: 'blocked'; readonly reason: WriteRefusal; readonly detail?: string }
  | { readonly step: 'written'; readonly sheetName: string }
  | { readonly step: 'failed'; readonly outcome: Extract<WriteOutcome, { status: 'failed' }> }
  | { readonly step: 'removed' }
  /** The gateway threw (a WorkbookError names the cause). */
  | { readonly step: 'error'; readonly error: unknown };

export type RecordWriter = {
  readonly state: RecordWriteState;
  readonly running: boolean;
  /** Checks the workbook, then writes the record to a new sheet. Does nothing while running. */
  readonly write: () => void;
  /** Removes the sheet a failed write left incomplete (only if it carries our marker). */
  readonly removeIncomplete: () => void;
};

/**
 * Writes a record (a decision, a client card) the safe way: `checkWritable` first, then always a
 * new sheet of our own (`newSheet`), so no user cell and no earlier record is ever overwritten.
 */
export function useRecordWriter(
  gateway: WorkbookGateway,
  build: (() => ReportDocument) | null
): RecordWriter {
  const [state, setState] = useState<RecordWriteState>({ step: 'idle' });
  const busy = useRef(false);

  const run = useCallback(async (task: () => Promise<RecordWriteState>) => {
    if (busy.current) return;
    busy.current = true;
    setState({ step: 'running', done: 0, total: 0 });
    try {
      setState(await task());
    } catch (error) {
      setState({ step: 'error', error });
    } finally {
      busy.current = false;
    }
  }, []);

  const write = useCallback(() => {
    if (build === null) return;
    void run(async () => {
      const blocker = await gateway.checkWritable();
      if (blocker !== null) return { step: 'blocked', reason: blocker };
      const outcome = await gateway.writeReport(build(), 'newSheet', (done, total) =>
        setState({ step: 'running', done, total })
      );
      switch (outcome.status) {
        case 'blocked':
          return { step: 'blocked', reason: outcome.reason, detail: outcome.detail };
        case 'written':
          return { step: 'written', sheetName: outcome.sheetName };
        case 'failed':
          return { step: 'failed', outcome };
      }
    });
  }, [gateway, build, run]);

  const removeIncomplete = useCallback(() => {
    if (state.step !== 'failed' || !state.outcome.incomplete) return;
    const sheetId = state.outcome.sheetId;
    if (sheetId === undefined) return;
    void run(async () =>
      (await gateway.removeIncompleteReport(sheetId)) ? { step: 'removed' } : state
    );
  }, [gateway, state, run]);

  return { state, running: state.step === 'running', write, removeIncomplete };
}
