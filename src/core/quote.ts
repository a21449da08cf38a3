import { jsonWithoutCommandMarkers, printable, UNSHOWN_BEYOND_C0 } from './logger.js';

// Text another party chose (a file, a bundle, a certificate, a registry, a server) quoted in a
// message, one way everywhere: on one printable line, and no longer than a reader can use.

/** How many characters of another party's text a message repeats by default: the rest is the sender's to choose, and would drown the message. */
export const MAX_QUOTED = 200;

/**
 * Characters JSON.stringify leaves as they are that must not reach a terminal or a log as they are:
 * DEL and C1 controls (U+009B is a one-byte CSI), the Unicode line and paragraph separators, and the
 * bidirectional controls that make text read in another order than it is (Trojan Source).
 */
const UNSAFE_IN_JSON = new RegExp(`[${UNSHOWN_BEYOND_C0}]`, 'g');

/** The first `max` characters of `text` (not splitting a surrogate pair), and whether any were left out. */
function head(text: string, max: number): { kept: string; cut: boolean } {
  if (text.length <= max) return { kept: text, cut: false };
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return { kept: text.slice(0, end), cut: true };
}

/** What a cut value is followed by: that it was cut, and from how long. */
function cutNote(length: number): string {
  return `\u2026 (cut: ${length} characters)`;
}

/** Text of several lines (a message that lists its inputs one per line) with every control character but the line feed made a space, as {@link printable} does to each line: for a last guard where messages are printed. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/** Longer than any real path, short enough to read. */
const MAX_SHOWN_FILE = 1024;

/** What a file name shown as it is must not hold: C0 controls (a line feed included) and the others that drive a terminal or reorder a line. */
const UNSHOWN_IN_NAME = new RegExp(`[\\u0000-\\u001f${UNSHOWN_BEYOND_C0}]`);

/**
 * A file as a message or a report names it before `:line` or `: FAILED`: as it is when it is plain,
 * so `SHA256SUMS:3:` reads as compilers and sha256sum write it; else {@link quoted} (bounded above
 * real paths), since a downloaded file's name is another party's and may hold terminal escapes or a
 * line feed that starts a forged line.
 */
export function shownFile(path: string): string {
  return path.length <= MAX_SHOWN_FILE && !UNSHOWN_IN_NAME.test(path) ? path : quoted(path, MAX_SHOWN_FILE);
}

/**
 * Several values another party chose, for a message: each once, each {@link boundedText}, the first
 * `max` of them and how many more (a trusted root may list thousands of logs).
 */
export function boundedList(values: readonly string[], max = 8): string {
  const unique = [...new Set(values)];
  const shown = unique.slice(0, max).map((value) => boundedText(value, 120)).join(', ');
  return unique.length > max ? `${shown} and ${unique.length - max} more` : shown;
}

/** Text another party sent, on one printable line (control characters become a space) and at most `max` characters of it, saying when it was cut. */
export function boundedText(text: string, max = MAX_QUOTED): string {
  const { kept, cut } = head(text, max);
  return cut ? `${printable(kept)}${cutNote(text.length)}` : printable(kept);
}

/**
 * A value another party chose, quoted for a message: JSON-escaped (so the reader sees where it
 * starts and ends and what odd characters it holds), C1 controls and the like escaped too, and at
 * most `max` characters of it, saying when it was cut. Bounded in time for any string length.
 */
export function quoted(value: unknown, max = MAX_QUOTED): string {
  let text: string;
  let length: number;
  if (typeof value === 'string') {
    const { kept, cut } = head(value, max);
    text = escapedJson(kept);
    if (!cut && text.length <= max + 2) return text;
    // Escapes lengthen the text up to six times: the cut is made again on what is shown, between escapes.
    if (text.length > max + 2) text = headOfJsonString(text, max);
    length = value.length;
  } else {
    text = escapedJson(value);
    if (text.length <= max + 2) return text;
    length = text.length;
    text = head(text, max).kept;
  }
  return `${text}${cutNote(length)}`;
}

/** The first `max` characters of the quoted JSON string `json`, closing quote added, never splitting an escape or a character. */
function headOfJsonString(json: string, max: number): string {
  let end = 1;
  for (const [token] of json.slice(1, -1).matchAll(/\\u[0-9a-fA-F]{4}|\\.|[^]/gu)) {
    if (end + token.length > max + 1) break;
    end += token.length;
  }
  return `${json.slice(0, end)}"`;
}

/** JSON text of a value with the characters JSON leaves raw escaped as \uXXXX; what JSON cannot write (undefined, a bigint, a cycle) as plain text. */
function escapedJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) return printable(typeof value === 'object' && value !== null ? '(a value JSON cannot show)' : String(value));
  return escapeUnsafe(text);
}

/** JSON text with the characters of {@link UNSAFE_IN_JSON} as \uXXXX escapes: the same JSON when read back. */
function escapeUnsafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A value as JSON output (`--json`), which a person may read on a terminal as well as a program:
 * `JSON.stringify(value, null, space)` with C1 controls, line separators and bidirectional controls
 * escaped as well, so that what a bundle or a certificate says cannot drive the terminal; a JSON
 * reader reads the same value. Nothing is cut: the output is the data. No line of it reads as a
 * workflow command, so in an Actions job it is never fenced off (which would make it other JSON).
 */
export function jsonOutput(value: unknown, space?: number): string {
  return jsonWithoutCommandMarkers(escapeUnsafe(JSON.stringify(value, null, space) ?? 'null'));
}

/** What a value is (`a string`, `an array`, `a Date`, `null`), for a message about an argument of the wrong type. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date';
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}
