import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookGateway } from '../../workbook/gateway';
import { linkedCellOf, type LinkedCells } from '../inputValue';

/** Waits this long after the last keystroke in a linked field before reading the cell. */
const READ_DELAY_MS = 300;

export type LinkedCellsState = {
  /** The cells the inputs link to, as last read (a reference not read yet is absent). */
  readonly cells: LinkedCells;
  /** Reads the linked cells again (a change event, the pane getting the focus). */
  readonly reread: () => void;
  /** Reads `references` now and returns them: what a report built at the click uses. */
  readonly refresh: (references: readonly string[], sheet: string | null) => Promise<LinkedCells>;
};

const same = (a: LinkedCells, b: LinkedCells) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The cells that capacities, OE and the target profit are linked to (`Salon!B7`, a name), read
 * from the workbook in one request; a bare `B7` is on `sheet`, the products table's sheet.
 */
export function useLinkedCells(
  gateway: WorkbookGateway,
  references: readonly string[],
  sheet: string | null
): LinkedCellsState {
  const [cells, setCells] = useState<LinkedCells>({});
  const wanted = useRef({ references, sheet });
  wanted.current = { references, sheet };
  const key = JSON.stringify([references, sheet]);

  const read = useCallback(
    async (refs: readonly string[], on: string | null): Promise<LinkedCells> => {
      if (refs.length === 0) return {};
      const reads = await gateway.readRanges(refs, on);
      return Object.fromEntries(
        refs.map((ref, i) => [ref, linkedCellOf(reads[i] ?? { status: 'notFound' })])
      );
    },
    [gateway]
  );

  const land = useCallback((next: LinkedCells) => {
    setCells((current) => (same(current, next) ? current : next));
  }, []);

  useEffect(() => {
    const { references: refs, sheet: on } = wanted.current;
    if (refs.length === 0) {
      land({});
      return undefined;
    }
    let live = true;
    const timer = setTimeout(() => {
      read(refs, on).then(
        (next) => live && land(next),
        () => undefined
      );
    }, READ_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, read, land]);

  const reread = useCallback(() => {
    const { references: refs, sheet: on } = wanted.current;
    if (refs.length > 0) read(refs, on).then(land, () => undefined);
  }, [read, land]);

  const refresh = useCallback(
    async (refs: readonly string[], on: string | null) => {
      const next = await read(refs, on);
      land(next);
      return next;
    },
    [read, land]
  );

  return { cells, reread, refresh };
}
