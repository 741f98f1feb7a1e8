import { readFile } from 'node:fs/promises';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type ReadOutcome =
  | { readonly ok: true; readonly document: unknown }
  | { readonly ok: false; readonly error: string };

// What each syntax error means, in words; the file's own text is never echoed back.
const SYNTAX: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected characters',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: '":" expected',
  CommaExpected: '"," expected',
  CloseBraceExpected: '"}" expected',
  CloseBracketExpected: '"]" expected',
  EndOfFileExpected: 'more text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string not closed on its line',
  UnexpectedEndOfNumber: 'a number that ends too early',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed escape in a string',
  InvalidCharacter: 'a control character inside a string',
};

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** Where and why `text` is not JSON, located by a tolerant parser (JSON.parse's own messages quote the file). */
function describeSyntaxError(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first === undefined) return 'not valid JSON';
  const code = printParseErrorCode(first.error);
  return `not valid JSON at ${lineAndColumn(text, first.offset)}: ${SYNTAX[code] ?? code}`;
}

function decode(bytes: Buffer): string | { error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: 'saved as UTF-16: save it as UTF-8' };
  }
  try {
    // A UTF-8 byte order mark (Notepad, Excel's "CSV UTF-8") is dropped by the decoder.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
      ? { error: 'not UTF-8 text: save it as UTF-8' }
      : { error: 'too large to read' };
  }
}

/** Reads and parses a problem file: UTF-8 (with or without a byte order mark) JSON. */
export async function readProblemText(file: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a folder, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'not allowed to read it'
            : 'cannot read it';
    return { ok: false, error: `${reason} (${code ?? 'error'})` };
  }
  const text = decode(bytes);
  if (typeof text !== 'string') return { ok: false, error: text.error };
  try {
    return { ok: true, document: JSON.parse(text) };
  } catch {
    return { ok: false, error: describeSyntaxError(text) };
  }
}
