import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ReportDocument,
  ReportState,
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
  | {
      readonly step: 'written';
      readonly outcome: Extract<WriteOutcome, { status: 'written' }>;
      /** What the report was built from (see `PreparedReport`). */
      readonly signature: string;
    }
  /** The table as read at the click gives no plan: nothing was written. */
  | { readonly step: 'noPlan' }
  | { readonly step: 'failed'; readonly outcome: Extract<WriteOutcome, { status: 'failed' }> }
  /** The gateway threw (a WorkbookError names the cause). */
  | { readonly step: 'error'; readonly error: unknown };

/**
 * The report built at the click from the workbook as it is then, with the signature of what it
 * was built from (table, mapping, inputs): the "written" message stays while they are the same.
 */
export type PreparedReport =
  | { readonly status: 'ready'; readonly report: ReportDocument; readonly signature: string }
  | { readonly status: 'noPlan' };

export type ReportWriter = {
  /** A "written" message is shown only while the source and the report are as written. */
  readonly state: WriteState;
  /** Id of the sheet holding our report, to notice edits of it. */
  readonly reportSheetId: string | null;
  /** Looks for our report again (after a change on its sheet, or when the pane gets the focus). */
  readonly recheck: () => void;
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
 * The write of a report: protection and edit mode are checked before anything is written, the
 * report is built from the table and linked cells read again at that moment (`prepare`), and an
 * existing report is found by its marker so Refresh replaces our own sheet but never silently
 * overwrites a report the user edited. `signature` is what the pane shows now.
 */
export function useReportWriter(
  gateway: WorkbookGateway,
  source: SourceRef | null,
  prepare: (() => Promise<PreparedReport>) | null,
  signature: string | null
): ReportWriter {
  const [held, setState] = useState<WriteState>({ step: 'idle' });
  const [report, setReport] = useState<ReportState>({ status: 'none' });
  const running = held.step === 'running';
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
    async (mode: WriteMode, ready?: PreparedReport): Promise<WriteState | null> => {
      if (prepare === null) return null;
      const prepared = ready ?? (await prepare());
      if (prepared.status === 'noPlan') return { step: 'noPlan' };
      const outcome = await gateway.writeReport(prepared.report, mode, (done, total) =>
        setState({ step: 'running', done, total })
      );
      switch (outcome.status) {
        case 'blocked':
          return { step: 'blocked', reason: outcome.reason };
        case 'written':
          return { step: 'written', outcome, signature: prepared.signature };
        case 'failed':
          return { step: 'failed', outcome };
      }
    },
    [gateway, prepare]
  );

  const write = useCallback(() => {
    if (source === null || prepare === null) return;
    void run(async () => {
      const blocker = await gateway.checkWritable();
      if (blocker !== null) return { step: 'blocked', reason: blocker };
      // Read before anything else: the report is built from the workbook as it is at the click.
      const prepared = await prepare();
      if (prepared.status === 'noPlan') return { step: 'noPlan' };
      const existing = await gateway.findReport(source);
      switch (existing.status) {
        case 'none':
          return writeIn('newSheet', prepared);
        case 'ours':
          return writeIn('replace', prepared);
        case 'edited':
          return { step: 'askEdited', sheetName: existing.sheetName };
        case 'incomplete':
          return { step: 'askIncomplete', ...existing };
      }
    });
  }, [gateway, source, prepare, run, writeIn]);

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
      held.step === 'askIncomplete'
        ? held.sheetId
        : held.step === 'failed' && held.outcome.incomplete
          ? held.outcome.sheetId
          : undefined;
    if (sheetId === undefined) return;
    void run(async () => {
      const removed = await gateway.removeIncompleteReport(sheetId);
      return removed ? { step: 'removedIncomplete' } : null;
    });
  }, [gateway, held, run]);

  const dismiss = useCallback(() => setState({ step: 'idle' }), []);
  const recheck = useCallback(() => {
    if (!busy.current) lookUp().catch(() => undefined);
  }, [lookUp]);
  // "Written" describes the report as written: a changed source, inputs or report retire it.
  const stale =
    held.step === 'written' && (held.signature !== signature || report.status !== 'ours');

  return {
    state: stale ? { step: 'idle' } : held,
    reportSheetId: report.status === 'none' ? null : report.sheetId,
    recheck,
    hasReport: report.status === 'ours' || report.status === 'edited',
    running,
    write,
    answerEdited,
    removeIncomplete,
    dismiss,
  };
}
