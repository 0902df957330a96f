/** The text encodings a CSV file is read in. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: CsvEncoding } | { ok: false; problem: 'empty' | 'binary' };

// How many control characters (other than tab, CR, LF, form feed) a text may hold before it is
// taken for something that is not a CSV at all: a spreadsheet, an image, a zip.
const MAX_CONTROL_SHARE = 0.01;
const SAMPLE = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a CSV file's bytes: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without one,
 * valid UTF-8 is UTF-8 and anything else Windows-1252, as older Excel "CSV" saves are.
 * Refuses empty files and bytes that are not text.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  let encoding: CsvEncoding;
  let body: Uint8Array;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8-bom';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    encoding = 'utf-8';
    body = bytes;
  }
  if (body.byteLength === 0) return { ok: false, problem: 'empty' };
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      encoding = 'windows-1252';
      text = decodeWindows1252(body);
    }
  } else {
    // A BOM promises the encoding; a stray invalid sequence after it becomes U+FFFD, not a refusal.
    const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
    text = new TextDecoder(label).decode(body);
  }
  if (looksBinary(text)) return { ok: false, problem: 'binary' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  return { ok: true, text, encoding };
}

// Windows-1252's characters for bytes 0x80–0x9F (the five it leaves undefined stay as C1 codes).
// Node's TextDecoder reads the 'windows-1252' label as ISO-8859-1, which has controls there.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 bytes the same way in every runtime. */
function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Whether a decoded text holds so many control characters that it cannot be a CSV file. */
function looksBinary(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // A NUL never occurs in a text file; one is enough.
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls > sample.length * MAX_CONTROL_SHARE;
}
