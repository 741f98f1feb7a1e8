/**
 * The request context of the fake: commands queue until `sync()`, which runs them in order. A
 * request over the payload limit is refused whole (nothing runs); a failing command stops the
 * batch after the commands before it have run — as in Office.js, batches are not transactions.
 */
import { FakeOfficeError, type FakeSheet, type FakeState } from './model';

export type Command = { readonly op: string; readonly bytes: number; readonly run: () => void };

function utf8(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function bytesOf(value: unknown): number {
  return value === undefined ? 0 : utf8(JSON.stringify(value));
}

export class FakeContext {
  private queue: Command[] = [];
  workbook: unknown;
  /** Set by the workbook module: a Worksheet proxy (ranges need one for `range.worksheet`). */
  sheetProxy: (resolve: () => FakeSheet | null) => unknown = () => {
    throw new Error('sheetProxy not set');
  };

  constructor(
    readonly state: FakeState,
    private readonly delayForCellEdit: boolean,
    private readonly editEnded: () => Promise<void>,
    /** Inside `mergeUndoGroup`: an op Excel cannot undo fails with UndoNotSupported. */
    private readonly undoGroup = false,
    /** Awaited before each batch reaches Excel, with its number (to pause a pane). */
    private readonly beforeSync: (n: number) => Promise<void> = async () => undefined,
    /** Which pane (host) sends the batches: a crash kills one pane, not Excel. */
    private readonly pane = 1
  ) {}

  enqueue(op: string, payload: unknown, run: () => void): void {
    this.queue.push({ op, bytes: bytesOf(payload) + op.length + 16, run });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    await this.beforeSync(this.state.syncs + 1);
    const { crash } = this.state;
    if (crash !== null && crash.pane === this.pane && this.state.syncs >= crash.afterSyncs) {
      // The pane is gone: this batch never reaches Excel and nothing after it runs.
      return new Promise<never>(() => undefined);
    }
    this.state.syncs += 1;
    if (this.state.editingCell) {
      if (!this.delayForCellEdit || !this.state.supportsDelay) {
        throw new FakeOfficeError('InvalidOperationInCellEditMode');
      }
      await this.editEnded();
    }
    const bytes = queue.reduce((sum, command) => sum + command.bytes, 0);
    this.state.requestBytes.push(bytes);
    if (bytes > this.state.payloadLimit)
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded');
    for (const command of queue) {
      if (this.undoGroup && this.state.notUndoable.has(command.op)) {
        throw new FakeOfficeError('UndoNotSupported');
      }
      const fault = this.state.fault;
      if (fault && fault.op === command.op) {
        this.state.fault = null;
        throw new FakeOfficeError(fault.code);
      }
      command.run();
    }
  }
}

/** Base of every proxy: properties can be read only after `load` and `sync`. */
export class Proxy<M> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly ctx: FakeContext,
    protected readonly resolve: () => M | null,
    private readonly reader: (model: M, property: string) => unknown = () => undefined
  ) {}

  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? '').split(','))
      .map((p) => p.trim())
      .filter((p) => p !== '');
    this.ctx.enqueue('load', null, () => {
      const model = this.resolve();
      this.nullState = model === null;
      if (model === null) return;
      for (const name of names) this.loaded.set(name, this.reader(model, name));
    });
    return this;
  }

  /** Values a collection load gave this item. */
  preset(values: Readonly<Record<string, unknown>>): this {
    this.nullState = false;
    for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new Error('PropertyNotLoaded: isNullObject');
    return this.nullState;
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw new Error(`PropertyNotLoaded: ${name}`);
    return this.loaded.get(name) as T;
  }

  /** The model, or ItemNotFound when it is gone (a null object used as if it existed). */
  protected model(): M {
    const model = this.resolve();
    if (model === null) throw new FakeOfficeError('ItemNotFound');
    return model;
  }
}
