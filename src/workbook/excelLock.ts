/**
 * The write lock of a report (writeLock.ts) over Office.js workbook names: `names.add` fails when
 * the name exists, which makes taking the lock one atomic step in Excel's queue of batches.
 */
import { officeErrorCode } from './excelHost';
import {
  claimName,
  lockFormula,
  lockName,
  parseLock,
  type LockValue,
  type LockWatch,
} from './writeLock';

export type LockClock = { readonly now: () => number };

export class ExcelLock {
  readonly name: string;
  private beat = 0;
  private claim: string | null = null;
  private state: 'idle' | 'queued' | 'held' | 'released' = 'idle';

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly key: string,
    private readonly writer: string,
    private readonly watch: LockWatch,
    private readonly clock: LockClock
  ) {
    this.name = lockName(key);
  }

  get held(): boolean {
    return this.state === 'held';
  }

  private value(): LockValue {
    return { writer: this.writer, beat: this.beat, at: this.clock.now() };
  }

  /** Queues the taking of the lock; it must come first in its batch. */
  queueAcquire(): void {
    const item = this.context.workbook.names.add(this.name, lockFormula(this.value()));
    item.visible = false;
    this.state = 'queued';
  }

  /** After the batch with `queueAcquire` succeeded. */
  acquired(): void {
    this.state = 'held';
  }

  /**
   * After the batch with `queueAcquire` failed with `error`: `true` when the lock is ours after
   * all (a stale one taken over, or ours from an earlier attempt of this write), `false` when
   * another writer holds it; rethrows when the failure had nothing to do with the lock.
   */
  async contended(error: unknown): Promise<boolean> {
    const item = this.context.workbook.names.getItemOrNullObject(this.name);
    item.load('formula');
    await this.context.sync();
    if (item.isNullObject) throw error;
    const found = parseLock(item.formula);
    if (found?.writer === this.writer) return this.takeBack(found);
    if (!found || !this.watch.isStale(this.name, found, this.clock.now())) return false;
    return this.takeOver(found);
  }

  private takeBack(found: LockValue): boolean {
    this.beat = found.beat;
    this.state = 'held';
    return true;
  }

  /** Only one taker can add the claim for this holder; the loser gets `ItemAlreadyExists`. */
  private async takeOver(stale: LockValue): Promise<boolean> {
    const claim = claimName(this.key, stale.writer);
    const { names } = this.context.workbook;
    names.add(claim, lockFormula(this.value())).visible = false;
    names.getItem(this.name).delete();
    names.add(this.name, lockFormula(this.value())).visible = false;
    try {
      await this.context.sync();
    } catch (error) {
      if (officeErrorCode(error) === 'ItemAlreadyExists') return false;
      throw error;
    }
    this.watch.forget(this.name);
    this.claim = claim;
    this.state = 'held';
    return true;
  }

  /** Queues a heartbeat: the lock's value changes with every request the holder sends. */
  queueBeat(): void {
    if (!this.held) return;
    this.beat += 1;
    this.context.workbook.names.getItem(this.name).formula = lockFormula(this.value());
  }

  /** Queues a read of the lock, to learn before the last step whether it is still ours. */
  queueCheck(): () => boolean {
    const item = this.context.workbook.names.getItemOrNullObject(this.name);
    item.load('formula');
    const writer = this.writer;
    return () => !item.isNullObject && parseLock(item.formula)?.writer === writer;
  }

  /** Queues the release (with the batch that completes the report). */
  queueRelease(): void {
    if (!this.held) return;
    const { names } = this.context.workbook;
    names.getItem(this.name).delete();
    if (this.claim !== null) names.getItem(this.claim).delete();
    this.state = 'released';
  }

  /**
   * Releases now, for a write that stopped early: only if the lock still names this writer.
   * `anyState`: from a fresh batch after a failed one (this object never saw the lock taken).
   * Never throws: a lock left behind is taken over once stale.
   */
  async release(anyState = false): Promise<void> {
    if (!this.held && !anyState) return;
    const check = this.queueCheck();
    try {
      await this.context.sync();
      if (check()) {
        this.state = 'held';
        this.queueRelease();
        await this.context.sync();
      }
    } catch {
      // The write's own outcome matters more than a lock that will go stale.
    }
    this.state = 'released';
  }
}
