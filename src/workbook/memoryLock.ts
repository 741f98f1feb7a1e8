/** The write lock of writeLock.ts over MemoryWorkbook's names, as ExcelLock does in Excel. */
import type { MemoryGateway } from './memoryGateway';
import { claimName, lockFormula, lockName, parseLock } from './writeLock';

function names(gateway: MemoryGateway): Record<string, string> {
  return (gateway.workbook.names ??= {});
}

/** Takes the lock of `key` for `writer`: free, already ours, or stale and claimed by us. */
export function acquireMemoryLock(gateway: MemoryGateway, key: string, writer: string): boolean {
  const all = names(gateway);
  const name = lockName(key);
  const mine = lockFormula({ writer, beat: 0, at: gateway.now() });
  const held = all[name];
  if (held === undefined) {
    all[name] = mine;
    return true;
  }
  const lock = parseLock(held);
  if (lock?.writer === writer) return true;
  if (lock === null || !gateway.watch.isStale(name, lock, gateway.now())) return false;
  const claim = claimName(key, lock.writer);
  if (all[claim] !== undefined) return false;
  all[claim] = mine;
  all[name] = mine;
  gateway.watch.forget(name);
  return true;
}

/** The heartbeat: the lock's value changes with every step of the holder. */
export function beatMemoryLock(gateway: MemoryGateway, key: string, writer: string): boolean {
  const all = names(gateway);
  const name = lockName(key);
  const lock = parseLock(all[name]);
  if (lock?.writer !== writer) return false;
  all[name] = lockFormula({ writer, beat: lock.beat + 1, at: gateway.now() });
  return true;
}

export function releaseMemoryLock(gateway: MemoryGateway, key: string, writer: string): void {
  const all = names(gateway);
  const name = lockName(key);
  if (parseLock(all[name])?.writer !== writer) return;
  delete all[name];
  for (const [other, value] of Object.entries(all)) {
    if (other !== name && parseLock(value)?.writer === writer) delete all[other];
  }
}
