/**
 * A hash of a source as read: its place, headers and every value. Two reads with the same hash
 * are the same table, so the pane keeps what it computed; a different hash means it changed.
 */
import { GridHasher } from './fingerprint';
import type { SourceData } from './gateway';

export function sourceFingerprint(data: SourceData): string {
  const columns = Math.max(data.headers.length, ...data.rows.map((row) => row.length));
  const hasher = new GridHasher(data.rows.length + 2, columns);
  hasher.row([data.address], columns);
  hasher.row(data.headers, columns);
  for (const row of data.rows) hasher.row(row, columns);
  return hasher.digest();
}
