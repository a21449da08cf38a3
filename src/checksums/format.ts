import { hexLength, isDigestAlgorithm, type DigestAlgorithm } from '../core/digest.js';
import { UNSHOWN_BEYOND_C0 } from '../core/logger.js';
import { quoted, shownFile } from '../core/quote.js';
import { sortByName } from './collect.js';
import { checkArrayArgument, checkEntries, checkStringArgument, ChecksumsError, checksumsPlace } from './errors.js';

/** One line of a checksums file: a name and its expected digest. */
export interface ChecksumEntry {
  name: string;
  algorithm: DigestAlgorithm;
  hex: string;
  /** 1-based line number in the file it was read from (0 when made in memory). */
  line: number;
}

const NEEDS_ESCAPE = /[\\\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r' };

function escapeName(name: string): string {
  return name.replace(/[\\\n\r]/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Characters a report line must not carry as they are: C0 and C1 controls and DEL, which would
 * break its lines or drive the terminal (U+009B is a one-byte CSI), line and paragraph separators,
 * and bidirectional controls, which show a name in another order than it is (`evil`, U+202E,
 * `txt.exe` reads as `evilexe.txt`).
 */
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001f${UNSHOWN_BEYOND_C0}]`);

/** A backslash or a character of {@link UNPRINTABLE}, as a report line escapes it. */
const REPORT_ESCAPED = new RegExp(`[\\\\\\u0000-\\u001f${UNSHOWN_BEYOND_C0}]`, 'g');

/**
 * A name as `sha256sum -c` prints it in its report (`<name>: OK`): as it is, unless it holds a line
 * feed, which would break the report's lines, or another control character, which the checksums
 * file's author could use to drive the reader's terminal; then escaped with a leading `\` as in a
 * checksums file (`\\`, `\n`, `\r`), other controls, separators and bidirectional controls as
 * `\uXXXX` (sha256sum prints those as they are).
 */
export function reportedName(name: string): string {
  if (!UNPRINTABLE.test(name)) return name;
  return `\\${name.replace(REPORT_ESCAPED, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}`;
}

/**
 * Renders a checksums file exactly as coreutils `sha256sum`/`sha512sum` write it in text mode:
 * `<hex>  <name>`, one per line, sorted by name. A name holding a backslash, a line feed or a
 * carriage return is escaped as coreutils 9 escapes it (`\\`, `\n`, `\r`, and the line starts with
 * `\`), so `sha256sum -c` and {@link parseChecksums} read every name back unchanged.
 */
export function formatChecksums(entries: readonly { name: string; hex: string }[]): string {
  checkArrayArgument("formatChecksums's entries", entries, 'entries { name, hex }');
  // Each entry too: one without a name or digest was written as the line "undefined  undefined", which no reader takes.
  checkEntries("formatChecksums's entries", entries, { name: 'string', hex: 'string' }, 'an entry { name, hex }');
  entries.forEach(({ name, hex }, index) => {
    if (name === '' || !/^(?:[0-9a-f]{2})+$/.test(hex)) {
      throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `formatChecksums's entries[${index}] ${name === '' ? 'has an empty name' : 'has a hex that is not a digest in lowercase hex'}`, { hint: 'pass entries { name, hex } as hashArtifacts gives them' });
    }
  });
  return checksumsFileText(entries);
}

/**
 * {@link formatChecksums} of entries trust-kit made itself (a release's artifacts as hashed, its
 * SBOMs), which need none of the checks a caller's entries do: a release lists a million files.
 */
export function checksumsFileText(entries: readonly { name: string; hex: string }[]): string {
  return sortByName(entries, (entry) => entry.name)
    .map(({ name, hex }) => checksumLine(name, hex))
    .join('');
}

/** One line of a checksums file, as {@link formatChecksums} writes it. */
export function checksumLine(name: string, hex: string): string {
  return NEEDS_ESCAPE.test(name) ? `\\${hex}  ${escapeName(name)}\n` : `${hex}  ${name}\n`;
}

const GNU_LINE = /^(\\?)([0-9a-fA-F]+) ([ *])(.+)$/s;
/**
 * A BSD tag line as `sha256sum -c` reads it: `--tag`'s `SHA256 (name) = HEX`, and the spacing OpenSSL 1.x and LibreSSL
 * write (`SHA256(name)= HEX`): an optional space before `(`, blanks (space or tab) around `=`, and the name up to the
 * last `)` (a name may hold `) = `).
 */
const TAG_LINE = /^(\\?)(SHA256|SHA512) ?\((.+)\)[ \t]*=[ \t]*([0-9a-fA-F]+)$/s;

function algorithmForLength(length: number): DigestAlgorithm | undefined {
  if (length === hexLength('sha256')) return 'sha256';
  if (length === hexLength('sha512')) return 'sha512';
  return undefined;
}

function unescapeName(name: string): string | undefined {
  let result = '';
  for (let i = 0; i < name.length; i++) {
    const char = name[i];
    if (char !== '\\') {
      result += char;
      continue;
    }
    const next = name[++i];
    if (next === '\\') result += '\\';
    else if (next === 'n') result += '\n';
    else if (next === 'r') result += '\r';
    else return undefined;
  }
  return result;
}

/**
 * Parses one line of a checksums file (without its line feed; a trailing carriage return is
 * dropped) in every form coreutils writes: `<hex>  name` text mode, `<hex> *name` binary mode,
 * escaped names, `--tag` BSD lines. A blank line is undefined; a line that is none of them is an
 * error naming the file (`file`, as messages show it: see shownFile) and line, never skipped; with
 * the file's `path`, the error carries its place there.
 */
export function parseChecksumLine(raw: string, line: number, file: string, path?: string): ChecksumEntry | undefined {
  const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  // A comment line, as sha256sum -c skips it: `#` first on the line.
  if (content.trim() === '' || content.startsWith('#')) return undefined;
  // Blanks before the digest, as sha256sum -c skips them (no digest or tag starts with one).
  const entry = parseLine(content.replace(/^[ \t]+/, ''), line);
  // Editors on Windows save one: sha256sum refuses the line too, and the mark itself shows as nothing.
  if (entry === undefined && line === 1 && content.startsWith('\uFEFF')) {
    throw new ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:1: the file starts with a byte order mark (U+FEFF), which sha256sum -c does not read either`, {
      hint: 'save the checksums file as UTF-8 without a byte order mark, or regenerate it',
      ...checksumsPlace(path, 1),
    });
  }
  if (entry === undefined) {
    throw new ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: not a checksum line: ${quoted(content, 120)}`, {
      hint: 'each line must be "<hex digest>  <file name>" as written by sha256sum or sha512sum',
      ...checksumsPlace(path, line),
    });
  }
  // No file name holds one: sha256sum -c reads the name up to it (another file), a -z file ends each line with one.
  if (entry.name.includes('\u0000')) {
    throw new ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: the name ${quoted(entry.name, 120)} holds a NUL byte, which no file name can`, {
      hint: 'each line must be "<hex digest>  <file name>" ending in a line feed (not the NUL of sha256sum -z); regenerate the file',
      ...checksumsPlace(path, line),
    });
  }
  return entry;
}

/**
 * Parses a whole checksums file held in memory (see {@link parseChecksumLine}); a name listed
 * twice is an error. Files of any length are better checked with {@link checkChecksumsFile}, which
 * streams them.
 */
export function parseChecksums(text: string, file: string): ChecksumEntry[] {
  checkStringArgument("parseChecksums's text", text);
  checkStringArgument("parseChecksums's file name", file);
  const shown = shownFile(file);
  const entries: ChecksumEntry[] = [];
  const seen = new Map<string, number>();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, index) => {
    const line = index + 1;
    const entry = parseChecksumLine(raw, line, shown);
    if (entry === undefined) return;
    const previous = seen.get(entry.name);
    if (previous !== undefined) {
      throw new ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${shown}:${line}: ${quoted(entry.name)} is already listed on line ${previous}`, {
        hint: 'a checksums file must list each name once; regenerate it',
      });
    }
    seen.set(entry.name, line);
    entries.push(entry);
  });
  if (entries.length === 0) throw emptyChecksums(shown);
  return entries;
}

/** The error for a checksums file (`file` as messages show it; `path`, where it is read) that lists nothing. */
export function emptyChecksums(file: string, path?: string): ChecksumsError {
  return new ChecksumsError('CHECKSUMS_EMPTY', `${file} lists no checksums`, { hint: 'check that this is the right file and that it was not truncated', ...checksumsPlace(path) });
}

function parseLine(content: string, line: number): ChecksumEntry | undefined {
  const tag = TAG_LINE.exec(content);
  if (tag !== null) {
    const [, escaped, label, rawName, hex] = tag;
    const algorithm = label?.toLowerCase() ?? '';
    const name = escaped === '\\' ? unescapeName(rawName ?? '') : rawName;
    if (!isDigestAlgorithm(algorithm) || name === undefined || hex === undefined || hex.length !== hexLength(algorithm)) return undefined;
    return { name, algorithm, hex: hex.toLowerCase(), line };
  }
  const gnu = GNU_LINE.exec(content);
  if (gnu === null) return undefined;
  const [, escaped, hex = '', , rawName = ''] = gnu;
  const algorithm = algorithmForLength(hex.length);
  const name = escaped === '\\' ? unescapeName(rawName) : rawName;
  if (algorithm === undefined || name === undefined) return undefined;
  return { name, algorithm, hex: hex.toLowerCase(), line };
}
