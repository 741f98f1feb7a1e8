/**
 * One writer at a time per report (#41): a double click, a second pane on the same workbook or a
 * co-author pressing Refresh at the same moment must not interleave two writes on one sheet or
 * orphan a sheet. The lock lives in the workbook, so every pane and every co-author sees it: a
 * hidden workbook name per report. Adding a name that exists fails (`ItemAlreadyExists`), so
 * taking the lock is atomic in Excel's queue of batches; no read-then-write race.
 *
 * The holder refreshes the lock's value with every request it sends (a heartbeat). A lock whose
 * holder died (a crashed or closed pane) is stale once its value has not changed for a minute
 * while another pane watched, or its heartbeat is ten minutes old by that pane's clock; the
 * taker first adds a claim name for that holder, which only one taker can add.
 */
import { GridHasher } from './fingerprint';

export const LOCK_PREFIX = '_TA_LOCK_';
const CLAIM_PREFIX = '_TA_CLAIM_';
const TAG = 'TA';
/** Unchanged this long while watched: the holder stopped writing. */
export const STALE_UNCHANGED_MS = 60_000;
/** A heartbeat this old by the watcher's clock (clocks of co-authors may differ a little). */
export const STALE_AGE_MS = 10 * 60_000;

export type LockValue = { readonly writer: string; readonly beat: number; readonly at: number };

function keyHash(text: string): string {
  const hasher = new GridHasher(1, 1);
  hasher.text(text);
  return hasher.digest();
}

/** The workbook name holding the lock of the report of `key` (a valid, hidden Excel name). */
export function lockName(key: string): string {
  return `${LOCK_PREFIX}${keyHash(key)}`;
}

/** The name a taker adds to take over `holder`'s stale lock: only one taker can add it. */
export function claimName(key: string, holder: string): string {
  return `${CLAIM_PREFIX}${keyHash(`${key}\u0000${holder}`)}`;
}

/** The formula a lock name holds: a text constant, so it never computes or refers to cells. */
export function lockFormula(lock: LockValue): string {
  return `="${TAG}|${lock.writer}|${lock.beat}|${lock.at}"`;
}

/** The lock read back from a name's formula or value; `null` when it is not ours. */
export function parseLock(text: unknown): LockValue | null {
  if (typeof text !== 'string') return null;
  const body = text.replace(/^=?"?/, '').replace(/"$/, '');
  const [tag, writer, beat, at] = body.split('|');
  if (tag !== TAG || !writer || beat === undefined || at === undefined) return null;
  const numbers = [Number(beat), Number(at)];
  if (!numbers.every(Number.isFinite)) return null;
  return { writer, beat: numbers[0] as number, at: numbers[1] as number };
}

/** A writer id: unique per write, so a pane never mistakes another write's lock for its own. */
export function newWriterId(): string {
  return `w${Date.now().toString(36)}${Math.floor(Math.random() * 0xffffffff).toString(36)}`;
}

/**
 * What a pane remembers of locks it found held, to tell a slow holder from a dead one without
 * trusting another machine's clock.
 */
export class LockWatch {
  private readonly seen = new Map<string, { readonly text: string; readonly since: number }>();

  /** True when the lock found under `name` is stale at `now` (the watcher's clock). */
  isStale(name: string, lock: LockValue | null, now: number): boolean {
    // Not our format: a name someone else made. Never take it over.
    if (lock === null) return false;
    if (now - lock.at >= STALE_AGE_MS) return true;
    const text = lockFormula(lock);
    const seen = this.seen.get(name);
    if (seen === undefined || seen.text !== text) {
      this.seen.set(name, { text, since: now });
      return false;
    }
    return now - seen.since >= STALE_UNCHANGED_MS;
  }

  forget(name: string): void {
    this.seen.delete(name);
  }
}
