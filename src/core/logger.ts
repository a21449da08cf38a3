import { randomBytes } from 'node:crypto';
import { EOL } from 'node:os';

/** A place in a file of the working directory (a path relative to it, with `/`) that a warning is about. */
export interface SourcePlace {
  file: string;
  line?: number;
}

/** Where the library reports progress and warnings; the CLI writes to stderr, actions to the runner log. */
export interface Logger {
  info(message: string): void;
  /** Warns; with a place, an action's warning is an annotation GitHub shows on that file and line. */
  warn(message: string, place?: SourcePlace): void;
  debug(message: string): void;
}

/** A logger that drops everything, for library callers that want silence. */
export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };

/**
 * The characters beyond C0 that text someone else chose must not be shown with as they are, as the
 * body of a regular expression's character class: DEL and the C1 controls (a terminal obeys
 * U+009B, a one-byte CSI), the Unicode line and paragraph separators (line breaks to many readers)
 * and the bidirectional controls, which make a line read in another order than it is (Trojan
 * Source). One list for every place that shows such text: logs, quotes, markdown, shell lines.
 */
export const UNSHOWN_BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';

const UNPRINTABLE_RUN = new RegExp(`[\\u0000-\\u001f${UNSHOWN_BEYOND_C0}]+`, 'g');

/**
 * Text another party sent (a registry, GitHub), fit to quote on one line of a log or an error:
 * control characters (line breaks, terminal escapes, C1 controls), the Unicode line and paragraph
 * separators (line breaks to many readers) and the bidirectional controls (which make a line read in
 * another order than it is: Trojan Source) become a space.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE_RUN, ' ');
}

/**
 * A line the GitHub Actions runner would read as a workflow command, on any line (it splits on CR
 * and LF): `::name::` at its start after blanks (it trims them), or the legacy `##[name]` anywhere
 * in it (its legacy parser, `ActionCommand.TryParse`, looks for `##[` with `IndexOf`).
 */
const WORKFLOW_COMMAND_LINE = /^[^\S\r\n\u2028\u2029]*::|##\[/m;

/**
 * Text made safe to print to a log the Actions runner reads (it scans stdout and stderr for workflow
 * commands): a message quoting text from elsewhere (a file name, a server's answer, an input) could
 * otherwise issue one. When a line of it would read as a command, it is wrapped in
 * `::stop-commands::` with a fresh unguessable token, so the runner prints it and runs nothing;
 * other text is returned as it is. The result ends with a line break when the text does.
 */
export function withoutWorkflowCommands(text: string): string {
  if (!WORKFLOW_COMMAND_LINE.test(text)) return text;
  const token = randomBytes(16).toString('hex');
  // The text's own last line break stays last, so what is written after it starts a line of its own.
  return text.endsWith('\n') ? `::stop-commands::${token}\n${text}::${token}::\n` : `::stop-commands::${token}\n${text}\n::${token}::`;
}

/** What JSON.stringify leaves in its text that a log reader could take for a workflow command or a line break. */
const JSON_COMMAND_MARKERS = /##\[|[\u2028\u2029]/g;

/**
 * JSON text that no log reader takes for a workflow command, and so never needs fencing off: the
 * runner's legacy marker `##[` (read anywhere in a line) written `#\u0023[`, and the line and
 * paragraph separators (line breaks to JavaScript, JSON.stringify leaves them raw) as `\u2028` and
 * `\u2029`. A JSON reader reads the same value; JSON has no other line break inside a value and no
 * line of it starts with `::`.
 */
export function jsonWithoutCommandMarkers(json: string): string {
  return json.replace(JSON_COMMAND_MARKERS, (marker) => (marker === '##[' ? '#\\u0023[' : `\\u${marker.charCodeAt(0).toString(16)}`));
}

const ADD_MASK = Buffer.from('::add-mask::');
const NEWLINE = Buffer.from(EOL);

/**
 * The `::add-mask::` workflow command for one form of a secret, built from bytes so that no string
 * of the secret is made: `%`, CR and LF escaped as `@actions/core` escapes them. The caller writes
 * it to a stream the runner reads and wipes it once written.
 */
export function addMaskCommand(form: Uint8Array): Buffer {
  let escapes = 0;
  for (const byte of form) if (byte === 0x25 || byte === 0x0d || byte === 0x0a) escapes += 1;
  const line = Buffer.alloc(ADD_MASK.length + form.length + escapes * 2 + NEWLINE.length);
  ADD_MASK.copy(line);
  let at = ADD_MASK.length;
  for (const byte of form) {
    if (byte === 0x25 || byte === 0x0d || byte === 0x0a) at = line.write(byte === 0x25 ? '%25' : byte === 0x0d ? '%0D' : '%0A', at, 'latin1') + at;
    else line[at++] = byte;
  }
  NEWLINE.copy(line, at);
  return line;
}
