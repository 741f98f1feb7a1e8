import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ReportDocument,
  ReportState,
  SheetChange,
  ReportRef,
  SourceRef,
  WorkbookGateway,
  WriteMode,
  WriteOutcome,
  WriteRefusal,
} from '../../workbook/gateway';
import { sourceKey } from '../../workbook/reportRules';

/** Where the write of a report stands, as the pane shows it. */
export type WriteState =
  | { readonly step: 'idle' }
  | { readonly step: 'running'; readonly done: number; readonly total: number }
  | { readonly step: 'blocked'; readonly reason: WriteRefusal; readonly detail?: string }
  | {
      readonly step: 'askEdited';
      readonly sheetName: string;
      readonly changes?: readonly SheetChange[];
    }
  | {
      readonly step: 'askIncomplete';
      readonly sheetId: string;
      readonly sheetName: string;
      /** Registry key of what the sheet was for, when known. */
      readonly source: string | null;
    }
  | { readonly step: 'removedIncomplete' }
  | { readonly step: 'removed' }
  | {
      readonly step: 'written';
      readonly outcome: Extract<WriteOutcome, { status: 'written' }>;
      /** What the report was built from (see `PreparedReport`); `null` when not said. */
      readonly signature: string | null;
    }
  /** The workbook as read at the click gives no plan: nothing was written. */
  | { readonly step: 'noPlan' }
  | { readonly step: 'failed'; readonly outcome: Extract<WriteOutcome, { status: 'failed' }> }
  /** The gateway threw (a WorkbookError names the cause). */
  | { readonly step: 'error'; readonly error: unknown };

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
  /** The unfinished sheet is this source's report and a plan is ready: writing finishes it. */
  readonly canFinish: boolean;
  /** Writes the report again over this source's unfinished sheet. */
  readonly finishIncomplete: () => void;
  /** "Remove the report" (where Ctrl+Z cannot take a write back). */
  readonly removeReport: () => void;
  readonly dismiss: () => void;
};

export type ReportWriterOptions = {
  /** The source changed after it was read: read it again (the pane shows the new figures). */
  readonly onSourceChanged?: () => void;
  /**
   * What the pane shows now (table, mapping, inputs); a "written" message whose report was built
   * from another signature is no longer shown.
   */
  readonly signature?: string | null;
};

/**
 * A report built at the click from the workbook as it is then, with the signature of what it was
 * built from; or no plan at all from the workbook as it is now.
 */
export type PreparedReport =
  | { readonly status: 'ready'; readonly report: ReportDocument; readonly signature: string }
  | { readonly status: 'noPlan' };

type Built = ReportDocument | PreparedReport | null;

/** A report is built at the click; a builder may read the workbook again first. */
export type BuildReport = () => Built | Promise<Built>;

/**
 * The write of a report: protection and edit mode are checked before anything is written; an
 * existing report is found by its marker, so Refresh replaces our own sheet but never silently
 * overwrites values, charts or formats the user added; a sheet an interrupted write left behind
 * (found on any launch) is offered for removal or finishing.
 */
export function useReportWriter(
  gateway: WorkbookGateway,
  source: SourceRef | ReportRef | null,
  buildReport: BuildReport | null,
  options: ReportWriterOptions = {}
): ReportWriter {
  const [state, setState] = useState<WriteState>({ step: 'idle' });
  const [report, setReport] = useState<ReportState>({ status: 'none' });
  const running = state.step === 'running';
  const busy = useRef(false);
  const { onSourceChanged, signature = null } = options;

  const lookUp = useCallback(async () => {
    if (source === null) return setReport({ status: 'none' });
    setReport(await gateway.findReport(source));
  }, [gateway, source]);

  useEffect(() => {
    lookUp().catch(() => setReport({ status: 'none' }));
  }, [lookUp]);

  // Any launch: a sheet a write never finished is found and offered for removal (#47).
  useEffect(() => {
    let live = true;
    gateway
      .findIncompleteReports()
      .then(([first]) => {
        if (!live || first === undefined || busy.current) return;
        const canFinish = source !== null && first.source === sourceKey(source);
        setState((now) =>
          now.step === 'idle' ? { step: 'askIncomplete', ...first, canFinish } : now
        );
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [gateway, source]);

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
      const built = buildReport === null ? null : prepared(await buildReport());
      if (built === null) return null;
      if (built.status === 'noPlan') return { step: 'noPlan' };
      const outcome = await gateway.writeReport(built.report, mode, (done, total) =>
        setState({ step: 'running', done, total })
      );
      return stateOf(outcome, built.signature, onSourceChanged);
    },
    [gateway, buildReport, onSourceChanged]
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
          return { step: 'askEdited', ...existing };
        case 'incomplete':
          return {
            step: 'askIncomplete',
            sheetId: existing.sheetId,
            sheetName: existing.sheetName,
            source: sourceKey(source),
          };
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
    const sheetId = incompleteSheet(state);
    if (sheetId === undefined) return;
    void run(async () => {
      const removed = await gateway.removeIncompleteReport(sheetId);
      return removed ? { step: 'removedIncomplete' } : null;
    });
  }, [gateway, state, run]);

  const canFinish =
    state.step === 'askIncomplete' &&
    source !== null &&
    buildReport !== null &&
    state.source === sourceKey(source);

  const finishIncomplete = useCallback(() => {
    if (!canFinish) return;
    void run(() => writeIn('replace'));
  }, [canFinish, run, writeIn]);

  const removeReport = useCallback(() => {
    if (source === null) return;
    void run(async () => {
      const outcome = await gateway.removeReport(source);
      if (outcome === 'removed') return { step: 'removed' };
      return outcome === 'none' ? null : { step: 'blocked', reason: outcome };
    });
  }, [gateway, source, run]);

  const dismiss = useCallback(() => setState({ step: 'idle' }), []);
  const recheck = useCallback(() => {
    if (!busy.current) lookUp().catch(() => undefined);
  }, [lookUp]);
  // "Written" describes the report as written: a changed source, inputs or report retire it.
  const stale =
    state.step === 'written' &&
    ((state.signature !== null && state.signature !== signature) || report.status !== 'ours');

  return {
    state: stale ? { step: 'idle' } : state,
    reportSheetId: report.status === 'none' ? null : report.sheetId,
    recheck,
    hasReport: report.status === 'ours' || report.status === 'edited',
    running,
    write,
    answerEdited,
    removeIncomplete,
    canFinish,
    finishIncomplete,
    removeReport,
    dismiss,
  };
}

/** What a builder gave, as a prepared report (a bare document says nothing of its source). */
function prepared(
  built: Built
):
  | { status: 'noPlan' }
  | { status: 'ready'; report: ReportDocument; signature: string | null }
  | null {
  if (built === null) return null;
  return 'blocks' in built ? { status: 'ready', report: built, signature: null } : built;
}

function stateOf(
  outcome: WriteOutcome,
  signature: string | null,
  onSourceChanged?: () => void
): WriteState {
  switch (outcome.status) {
    case 'blocked':
      if (outcome.reason === 'sourceChanged') onSourceChanged?.();
      return { step: 'blocked', reason: outcome.reason, detail: outcome.detail };
    case 'written':
      return { step: 'written', outcome, signature };
    case 'failed':
      if (outcome.code === 'SourceChanged') onSourceChanged?.();
      return { step: 'failed', outcome };
  }
}

function incompleteSheet(state: WriteState): string | undefined {
  if (state.step === 'askIncomplete') return state.sheetId;
  if (state.step === 'failed' && state.outcome.incomplete) return state.outcome.sheetId;
  return undefined;
}
