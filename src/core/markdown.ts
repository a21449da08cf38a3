import { UNSHOWN_BEYOND_C0 } from './logger.js';

// Text that trust-kit did not write (file names, tags, identities, registry answers, inputs) put into
// markdown people read (VERIFY.md, release notes, job summaries), so that it renders as the text it is:
// never a link, an image, HTML, a table cell break or a new block.

const UNSHOWN = new RegExp(`[\\u0000-\\u001f${UNSHOWN_BEYOND_C0}]`, 'g');
const UNSHOWN_BEYOND = new RegExp(`[${UNSHOWN_BEYOND_C0}]`, 'g');

/**
 * Control characters made visible: C0 ones and DEL as their symbols (U+2400...), since a line break
 * would end a table row or start a block and others print as nothing; C1 ones, which have no symbol
 * and which a terminal showing the file may obey (U+009B is a one-byte CSI), as the text \u0080...\u009f;
 * the line and paragraph separators and the bidirectional controls, which print as nothing but make
 * a name read in another order than it is (Trojan Source), as their \uXXXX text too.
 */
function visible(text: string): string {
  return text.replace(UNSHOWN, (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x80) return escapedText(char);
    return String.fromCodePoint(code === 0x7f ? 0x2421 : 0x2400 + code);
  });
}

/** A character as the text of its escape, `\uXXXX`. */
function escapedText(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** The longest run of backticks in a text (counted without spreading: the text may be long). */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return longest;
}

/**
 * Text as literal GitHub-flavoured Markdown inline text, after other text on its line (in a sentence
 * or a table cell): the characters that open links, autolinks, images, HTML, entities, emphasis, code,
 * math or a cell are backslash-escaped and control characters shown, so it can neither end the line nor
 * open a block. The rest (`.`, `-`, `/`, `:`, `_` within a word) stays as it is, so names read as they are in the raw text.
 */
export function markdownText(text: string): string {
  return (
    visible(text)
      .replace(/[\\`*~[\]<>&|$]/g, '\\$&')
      // An underscore between letters or digits opens no emphasis (SIGN_FAILED stays readable); any other may.
      .replace(/_/g, (underscore, offset: number, whole: string) => (/[\p{L}\p{N}]/u.test(whole[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(whole[offset + 1] ?? '') ? underscore : '\\_'))
      // GFM's autolink extension links bare text with no markup, matching at an unescaped character: `:` before `//`
      // (https://...), the `.` of `www.`, and `@` between what may be an address's parts; escaped, none is matched.
      .replace(/:(?=\/\/)|(?<=www)\.|(?<=[A-Za-z0-9.+_-])@(?=[A-Za-z0-9])/g, '\\$&')
  );
}

/**
 * A link trust-kit made (an http(s) URL of its own, such as a release's page) to `url`, shown as
 * {@link markdownText} of `text`: the destination in angle brackets, so parentheses in it end
 * nothing. A URL that is not http(s), or holds what a destination cannot (`<`, `>`, spaces, control
 * characters), is shown as text, not linked.
 */
export function markdownLink(text: string, url: string): string {
  if (!/^https?:\/\/[^\s<>\p{Cc}]+$/u.test(url)) return markdownText(text);
  return `[${markdownText(text)}](<${url}>)`;
}

/**
 * Text as a GitHub-flavoured Markdown code span that shows it exactly: delimited by more backticks
 * than its longest backtick run, control characters shown. In a table cell (`inTable`), `|` is
 * escaped, which GitHub removes in cells before reading the span; elsewhere it would show.
 */
export function markdownCode(text: string, options: { inTable?: boolean } = {}): string {
  const shown = options.inTable === true ? visible(text).replaceAll('|', '\\|') : visible(text);
  if (shown === '') return '';
  const fence = '`'.repeat(longestBacktickRun(shown) + 1);
  // A backtick at either end would join the fence, and a space at both ends is stripped once: a space on each side keeps both.
  const padded = /^`|`$/.test(shown) || /^ .*[^ ].* $/s.test(shown) ? ` ${shown} ` : shown;
  return `${fence}${padded}${fence}`;
}

/** The fence for a fenced code block holding these lines: longer than any backtick run in them (at least three), so no line closes it. */
export function markdownFence(lines: readonly string[]): string {
  let longest = 2;
  for (const line of lines) longest = Math.max(longest, longestBacktickRun(line));
  return '`'.repeat(longest + 1);
}

/**
 * The lines of a fenced code block (its info string `info`, e.g. `sh`) holding `lines` as written,
 * then a blank line; no line of them closes it. A line separator or bidirectional control (which
 * would show a name in another order than it is) is shown as its \uXXXX text, as everywhere else.
 */
export function markdownBlock(info: string, lines: readonly string[]): string[] {
  const shown = lines.map((line) => line.replace(UNSHOWN_BEYOND, escapedText));
  const fence = markdownFence(shown);
  return [`${fence}${info}`, ...shown, fence, ''];
}
