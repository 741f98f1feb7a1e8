import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ReportDocument,
  ReportState,
  ReportRef,
  SourceRef,
  WorkbookGateway,
  WriteBlocker,
  WriteMode,
  WriteOutcome,
} from '../../workbook/gateway';

/** Where the write of a report stands, as the pane shows it. */
export type WriteState =
  | { readonly step: 'idle' }
  | { readonly step: 'running'; readonly done: number; readonly total: number }
  | { readonly step: 'blocked'; readonly reason: WriteBlocker | 'sheetProtected' }
  | { readonly step: 'askEdited'; readonly sheetName: string }
  | { readonly step: 'askIncomplete'; readonly sheetId: string; readonly sheetName: string }
  | { readonly step: 'removedIncomplete' }
  | { readonly step: 'written'; readonly outcome: Extract<WriteOutcome, { status: 'written' }> }
  | { readonly step: 'failed'; readonly outcome: Extract<WriteOutcome, { status: 'failed' }> }
  /** The gateway threw (a WorkbookError names the cause). */
  | { readonly step: 'error'; readonly error: unknown };

export type ReportWriter = {
  readonly state: WriteState;
  /** The workbook already has our report for this source: writing replaces it. */
  readonly hasReport: boolean;
  readonly running: boolean;
  /** Checks, then writes (or asks first). Does nothing while a write runs. */
  readonly write: () => void;
  /** The answer to the edited-report question; `null` cancels. */
  readonly answerEdited: (mode: WriteMode | null) => void;
  readonly removeIncomplete: () => void;
  readonly dismiss: () => void;
};

/**
 * The write of a report: protection and edit mode are checked before anything is written, and an
 * existing report is found by its marker so Refresh replaces our own sheet but never silently
 * overwrites a report the user edited.
 */
export function useReportWriter(
  gateway: WorkbookGateway,
  source: SourceRef | ReportRef | null,
  buildReport: (() => ReportDocument) | null
): ReportWriter {
  const [state, setState] = useState<WriteState>({ step: 'idle' });
  const [report, setReport] = useState<ReportState>({ status: 'none' });
  const running = state.step === 'running';
  const busy = useRef(false);

  const lookUp = useCallback(async () => {
    if (source === null) return setReport({ status: 'none' });
    setReport(await gateway.findReport(source));
  }, [gateway, source]);

  useEffect(() => {
    lookUp().catch(() => setReport({ status: 'none' }));
  }, [lookUp]);

  const run = useCallback(
    async (task: () => Promise<WriteState | null>) => {
      if (busy.current) return;
      busy.current = true;
      setState({ step: 'running', done: 0, total: 0 });
      try {
        const next = await task();
        setState(next ?? { step: 'idle' });
      } catch (error) {
        setState({ step: 'error', error });
      } finally {
        busy.current = false;
        await lookUp().catch(() => undefined);
      }
    },
    [lookUp]
  );

  const writeIn = useCallback(
    async (mode: WriteMode): Promise<WriteState | null> => {
      if (buildReport === null) return null;
      const outcome = await gateway.writeReport(buildReport(), mode, (done, total) =>
        setState({ step: 'running', done, total })
      );
      switch (outcome.status) {
        case 'blocked':
          return { step: 'blocked', reason: outcome.reason };
        case 'written':
          return { step: 'written', outcome };
        case 'failed':
          return { step: 'failed', outcome };
      }
    },
    [gateway, buildReport]
  );

  const write = useCallback(() => {
    if (source === null || buildReport === null) return;
    void run(async () => {
      const blocker = await gateway.checkWritable();
      if (blocker !== null) return { step: 'blocked', reason: blocker };
      const existing = await gateway.findReport(source);
      switch (existing.status) {
        case 'none':
          return writeIn('newSheet');
        case 'ours':
          return writeIn('replace');
        case 'edited':
          return { step: 'askEdited', sheetName: existing.sheetName };
        case 'incomplete':
          return { step: 'askIncomplete', ...existing };
      }
    });
  }, [gateway, source, buildReport, run, writeIn]);

  const answerEdited = useCallback(
    (mode: WriteMode | null) => {
      if (mode === null) return setState({ step: 'idle' });
      void run(async () => {
        const blocker = await gateway.checkWritable();
        return blocker === null ? writeIn(mode) : { step: 'blocked', reason: blocker };
      });
    },
    [gateway, run, writeIn]
  );

  const removeIncomplete = useCallback(() => {
    const sheetId =
      state.step === 'askIncomplete'
        ? state.sheetId
        : state.step === 'failed' && state.outcome.incomplete
          ? state.outcome.sheetId
          : undefined;
    if (sheetId === undefined) return;
    void run(async () => {
      const removed = await gateway.removeIncompleteReport(sheetId);
      return removed ? { step: 'removedIncomplete' } : null;
    });
  }, [gateway, state, run]);

  const dismiss = useCallback(() => setState({ step: 'idle' }), []);

  return {
    state,
    hasReport: report.status === 'ours' || report.status === 'edited',
    running,
    write,
    answerEdited,
    removeIncomplete,
    dismiss,
  };
}
