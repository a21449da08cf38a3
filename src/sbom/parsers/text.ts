import { messageOf } from '../../core/errors.js';
import { jsonErrorLine } from '../../core/json.js';
import { SbomParseError } from '../errors.js';
import type { ParseInput } from '../parser.js';

// Apart from lockfile.ts: the JavaScript parsers read text and JSON too, and must not load the purl and TOML libraries it imports.

/** A file's text: UTF-8, without a byte-order mark. */
export function textOfBytes(content: Buffer): string {
  const text = content.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** An escape of a UTF-16 surrogate (`\ud800`-`\udfff`): one only of a pair names no character. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/g;

/**
 * Parses the JSON text of the lockfile at `path`; a syntax error becomes an SbomParseError naming
 * the line, and so does a string holding half of a surrogate pair (`"1.0.0\ud800"`): valid JSON,
 * but no character, which no package manager writes and no purl can encode.
 */
export function parseJsonText(path: string, text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = messageOf(error);
    throw new SbomParseError(path, `not valid JSON: ${message.split('\n')[0] ?? ''}`, jsonErrorLine(text, message), { cause: error });
  }
  // A lockfile's text is decoded UTF-8, which holds no lone surrogate: only an escape can make one, so the text alone
  // says (a search for `\u`, a tenth of the regular expression's time, rules out nearly every lockfile first).
  const lone = text.includes('\\u') ? loneSurrogateEscape(text) : undefined;
  if (lone !== undefined) {
    throw new SbomParseError(path, `a string holds ${lone.escape}, half of a UTF-16 surrogate pair, which names no character (no package manager writes one): the lockfile was edited or damaged; regenerate it`, lone.line);
  }
  return json;
}

/** The first surrogate escape of the text that no other completes (a high one not followed by a low one, or a low one alone), and its line. */
function loneSurrogateEscape(text: string): { escape: string; line: number } | undefined {
  SURROGATE_ESCAPE.lastIndex = 0;
  for (let match = SURROGATE_ESCAPE.exec(text); match !== null; match = SURROGATE_ESCAPE.exec(text)) {
    // An escaped backslash before it (`\\ud800`) makes it plain text, no escape.
    let backslashes = 0;
    while (text[match.index - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1) continue;
    const code = parseInt(match[0].slice(2), 16);
    const next = text.slice(SURROGATE_ESCAPE.lastIndex, SURROGATE_ESCAPE.lastIndex + 6);
    if (code <= 0xdbff && /^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(next)) {
      SURROGATE_ESCAPE.lastIndex += 6;
      continue;
    }
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1)) line++;
    return { escape: match[0], line };
  }
  return undefined;
}

/**
 * The JSON of a manifest beside the lockfile (`package.json`, `composer.json`), or undefined when
 * there is none or it is not JSON: a manifest only adds to what the lockfile says, so one its own
 * tool could not read leaves the lockfile alone to say it.
 */
export async function readSiblingJson(input: Pick<ParseInput, 'readSibling'>, name: string): Promise<unknown> {
  const bytes = await input.readSibling(name);
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(textOfBytes(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
