// JSON as other parties wrote it: what JSON.parse alone does not say about a text.
import { boundedText, quoted } from './quote.js';

/**
 * How deep a JSON text another party wrote may nest: far deeper than any bundle, trusted root,
 * signing config or in-toto statement (a few levels; an SBOM predicate a few dozen), shallow enough
 * that no reader of the parsed value (a recursive walk, JSON.stringify) runs out of stack.
 */
export const MAX_JSON_DEPTH = 512;

/**
 * Why a valid JSON text is refused where trust depends on it: a key twice in one object (JSON.parse
 * keeps the last, Go's encoding/json the last too, protobuf's JSON reader, which sigstore-go and
 * cosign read bundles, trusted roots and statements with, refuses it), or nesting past
 * {@link MAX_JSON_DEPTH}. `line` is where the second key, or the level too deep, starts (from 1).
 */
export type JsonFault = { kind: 'repeated-key'; key: string; line: number } | { kind: 'too-deep'; line: number };

/**
 * The first {@link JsonFault} of a valid JSON text, if any. It jumps from one structural character
 * to the next (a regular expression and indexOf skip strings, numbers and whitespace natively), so a
 * bundle of tens of MiB (a DSSE payload) costs little, and a small one little at start-up; memory
 * is the keys of the open objects, at most {@link MAX_JSON_DEPTH} of them deep.
 */
export function jsonFault(text: string): JsonFault | undefined {
  const structure = /[{}[\],"]/g;
  const objects: (Set<string> | undefined)[] = [];
  let keyNext = false;
  for (let match = structure.exec(text); match !== null; match = structure.exec(text)) {
    const char = match[0];
    if (char === '{' || char === '[') {
      if (objects.length === MAX_JSON_DEPTH) return { kind: 'too-deep', line: lineAt(text, match.index) };
      objects.push(char === '{' ? new Set() : undefined);
      keyNext = char === '{';
    } else if (char === '}' || char === ']') {
      objects.pop();
    } else if (char === ',') {
      keyNext = objects.at(-1) !== undefined;
    } else {
      const end = closingQuote(text, match.index);
      if (end === -1) return undefined;
      if (keyNext) {
        const keys = objects.at(-1) as Set<string>;
        const key = JSON.parse(text.slice(match.index, end + 1)) as string;
        if (keys.has(key)) return { kind: 'repeated-key', key, line: lineAt(text, match.index) };
        keys.add(key);
        keyNext = false;
      }
      structure.lastIndex = end + 1;
    }
  }
  return undefined;
}

/** What to do about a document with a {@link JsonFault}. */
export const JSON_FAULT_HINT = 'a document every verifier reads the same names each key of an object once and nests a few levels; this one was written otherwise (by hand, or to be read two ways): do not trust it, get it again from its source';

/**
 * A {@link JsonFault} for a message, after the name of the document: `repeats the key "k" in one
 * object, on line 3` (the line left out for a document of one line, such as a line of JSON lines,
 * which its name already numbers).
 */
export function describeJsonFault(fault: JsonFault, withLine = true): string {
  const line = withLine ? `, on line ${fault.line}` : '';
  return fault.kind === 'repeated-key' ? `repeats the key ${quoted(fault.key, 100)} in one object${line}` : `nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep${line}`;
}

/**
 * The line of a JSON.parse error: V8 gives a position for some errors, only a snippet of the
 * text around the bad token for others (`Unexpected token '}', ..."ckages": [}" is not valid
 * JSON`), and nothing at the end of the input.
 */
export function jsonErrorLine(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return lineAt(text, Number(position));
  if (message.includes('end of JSON input')) return lineAt(text, text.trimEnd().length);
  const snippet = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
  if (snippet === null) return undefined;
  const [, token = '', leading, context = '', trailing] = snippet;
  const at = text.indexOf(context);
  if (at === -1 || text.indexOf(context, at + 1) !== -1) return undefined;
  // V8 shows 10 characters either side of the bad token, with "..." where it cut the text.
  const inContext = leading !== undefined ? 10 : context.lastIndexOf(token, trailing === undefined ? context.length : context.length - 10);
  return lineAt(text, at + Math.max(0, inContext));
}

/**
 * What JSON.parse said of a text that is not JSON, for a message about a file: the line it stopped
 * at when it can be told, and its first words, printable and bounded, without the text V8 quotes
 * around a bad token: a file given by mistake (a token, a key) would have its first characters
 * printed to a log others read. V8's own `(line N column M)` is left out where the line is told
 * first; `withLine: false` leaves the line out (a line of a JSON-lines file, numbered already).
 */
export function jsonSyntaxProblem(text: string, error: unknown, options: { withLine?: boolean } = {}): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = options.withLine === false ? undefined : jsonErrorLine(text, message);
  const unquoted = message.replace(/^Unexpected token '[\s\S]+?', (?:\.\.\.)?"[\s\S]*?"(?:\.\.\.)? is not valid JSON/, 'Unexpected token: not valid JSON');
  const said = (unquoted.split('\n')[0] ?? '').replace(/ \(line \d+ column \d+\)$/, '');
  return `${line === undefined ? '' : `line ${line}: `}${boundedText(said, 200)}`;
}

/** The line (from 1) of `index` in `text`: where a JSON text another party wrote goes wrong. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/** The index of the quote that closes the string opened at `open`: the next one not escaped by an odd run of backslashes; -1 if none. */
function closingQuote(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}
