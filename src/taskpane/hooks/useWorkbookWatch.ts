import { useEffect, useRef } from 'react';
import type { WorkbookChange, WorkbookGateway } from '../../workbook/gateway';

export type WorkbookWatch = {
  /** Cells changed somewhere (the host's change event). */
  readonly onChange: (change: WorkbookChange) => void;
  /** The pane got the focus back: the user may have edited the sheet meanwhile. */
  readonly onFocus: () => void;
};

// One re-read per visit, however many focus events the click produced.
const FOCUS_QUIET_MS = 1000;

/**
 * Tells the pane that the workbook may have changed: the host's change events where it has them
 * (Excel's onChanged, Univer's commands), and the pane getting the focus back (the window, or
 * focus entering `root` from outside it, as in the playground where pane and grid share a page).
 */
export function useWorkbookWatch(
  gateway: WorkbookGateway,
  root: HTMLElement | null,
  watch: WorkbookWatch
): void {
  const latest = useRef(watch);
  latest.current = watch;

  useEffect(() => gateway.watchChanges?.((change) => latest.current.onChange(change)), [gateway]);

  useEffect(() => {
    let last = 0;
    const focused = () => {
      const now = Date.now();
      if (now - last < FOCUS_QUIET_MS) return;
      last = now;
      latest.current.onFocus();
    };
    const entered = (event: FocusEvent) => {
      const from = event.relatedTarget;
      if (root !== null && from instanceof Node && root.contains(from)) return;
      focused();
    };
    window.addEventListener('focus', focused);
    root?.addEventListener('focusin', entered);
    return () => {
      window.removeEventListener('focus', focused);
      root?.removeEventListener('focusin', entered);
    };
  }, [root]);
}
