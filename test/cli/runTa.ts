import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/ta';

export type TaRun = { code: number; out: string; err: string };

/** Runs `ta` in this process; `out` and `err` hold what it wrote, one `\n` per write. */
export async function ta(...argv: string[]): Promise<TaRun> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
  });
  return { code, out, err };
}

let folder: string | null = null;
let count = 0;

/** Writes a problem file (a document as JSON, a string or bytes as they are) and returns its path. */
export function problemFile(document: unknown): string {
  folder ??= mkdtempSync(join(tmpdir(), 'ta-'));
  const file = join(folder, `problem-${++count}.json`);
  const content =
    typeof document === 'string' || document instanceof Uint8Array
      ? document
      : JSON.stringify(document);
  writeFileSync(file, content);
  return file;
}

/** `ta plan` of a document, parsed as JSON when it printed a plan. */
export async function planOf(document: unknown, ...options: string[]) {
  const run = await ta('plan', problemFile(document), ...options);
  if (run.code !== 0)
    throw new Error(`expected a plan, got exit ${run.code}: ${run.err}${run.out}`);
  return JSON.parse(run.out);
}
