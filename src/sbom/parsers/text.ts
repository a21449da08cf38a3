import { messageOf } from '../../core/errors.js';
import { jsonErrorLine } from '../../core/json.js';
import { SbomParseError } from '../errors.js';

// Apart from lockfile.ts: the JavaScript parsers read text and JSON too, and must not load the purl and TOML libraries it imports.

/** A file's text: UTF-8, without a byte-order mark. */
export function textOfBytes(content: Buffer): string {
  const text = content.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses the JSON text of the lockfile at `path`; a syntax error becomes an SbomParseError naming the line. */
export function parseJsonText(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = messageOf(error);
    throw new SbomParseError(path, `not valid JSON: ${message.split('\n')[0] ?? ''}`, jsonErrorLine(text, message), { cause: error });
  }
}
