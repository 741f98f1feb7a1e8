import { readFile } from 'node:fs/promises';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Texts } from './texts';

export type ReadOutcome =
  | { readonly ok: true; readonly document: unknown }
  | { readonly ok: false; readonly error: string };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where and why `text` is not JSON, located by a tolerant parser (JSON.parse's own messages quote the file). */
function describeSyntaxError(text: string, t: Texts): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first === undefined) return t.notJson;
  const code = printParseErrorCode(first.error);
  const { line, column } = lineAndColumn(text, first.offset);
  return t.notJsonAt(line, column, t.syntax[code] ?? code);
}

function decode(bytes: Buffer, t: Texts): string | { error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: t.utf16 };
  }
  try {
    // A UTF-8 byte order mark (Notepad, Excel's "CSV UTF-8") is dropped by the decoder.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
      ? { error: t.notUtf8 }
      : { error: t.tooLargeToRead };
  }
}

/** Reads and parses a problem file: UTF-8 (with or without a byte order mark) JSON. */
export async function readProblemText(file: string, t: Texts): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? t.noSuchFile
        : code === 'EISDIR'
          ? t.isFolder
          : code === 'EACCES' || code === 'EPERM'
            ? t.notAllowed
            : t.cannotRead;
    return { ok: false, error: `${reason} (${code ?? 'error'})` };
  }
  const text = decode(bytes, t);
  if (typeof text !== 'string') return { ok: false, error: text.error };
  try {
    return { ok: true, document: JSON.parse(text) };
  } catch {
    return { ok: false, error: describeSyntaxError(text, t) };
  }
}
