/**
 * A fast reader for the YAML subset pnpm writes (block mappings and sequences, one-line flow
 * collections, plain and quoted scalars), about ten times faster than a general YAML parser on
 * big lockfiles. Anything outside the subset makes it give up with {@link OutsideSubset}, and the
 * caller falls back to the full parser, so no input is ever read differently.
 */

/** The text uses YAML this reader does not handle; parse it with a full YAML parser instead. */
export class OutsideSubset extends Error {}

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
type Container = Value[] | { [key: string]: Value };

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** A plain scalar resolved as the YAML 1.2 core schema does (what the `yaml` package does by default). */
function plainScalar(text: string): Value {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (INT.test(text) || FLOAT.test(text)) {
    const number = Number(text);
    if (Number.isSafeInteger(number) || !INT.test(text)) return number;
  }
  // Octal, hex, infinities, NaN, tags, anchors, aliases, block scalars, comments: leave them to the full parser.
  // `: ` inside or `:` at the end starts a nested mapping, which the yaml package refuses: never read as a string.
  if (/^(?:0o|0x|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$)/.test(text) || /^[&*!|>%@`]/.test(text) || text.includes(' #') || text.includes(': ') || text.endsWith(':')) throw new OutsideSubset();
  return text;
}

function singleQuoted(text: string, start: number): [string, number] {
  let value = '';
  let index = start + 1;
  for (;;) {
    const close = text.indexOf("'", index);
    if (close === -1) throw new OutsideSubset();
    value += text.slice(index, close);
    if (text[close + 1] === "'") {
      value += "'";
      index = close + 2;
    } else {
      return [value, close + 1];
    }
  }
}

function doubleQuoted(text: string, start: number): [string, number] {
  const match = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(start));
  if (match === null) throw new OutsideSubset();
  try {
    return [JSON.parse(match[0]) as string, start + match[0].length];
  } catch {
    // YAML escapes JSON lacks (\x, \U, \e, ...).
    throw new OutsideSubset();
  }
}

/** One value of a flow collection (`{a: b, c: [d]}`) starting at `index`; returns it and where it ended. */
function flowValue(text: string, index: number, inKey: boolean): [Value, number] {
  while (text[index] === ' ') index++;
  const char = text[index];
  if (char === '{') return flowMap(text, index);
  if (char === '[') return flowSequence(text, index);
  if (char === "'") return singleQuoted(text, index);
  if (char === '"') return doubleQuoted(text, index);
  let end = index;
  while (end < text.length) {
    const c = text[end];
    if (c === ',' || c === '}' || c === ']' || c === '{' || c === '[') break;
    if (inKey && c === ':' && (text[end + 1] === ' ' || text[end + 1] === ',' || text[end + 1] === '}' || end + 1 === text.length)) break;
    end++;
  }
  return [plainScalar(text.slice(index, end).trim()), end];
}

function flowMap(text: string, start: number): [Value, number] {
  const map: { [key: string]: Value } = {};
  let index = start + 1;
  for (;;) {
    while (text[index] === ' ') index++;
    if (text[index] === '}') return [map, index + 1];
    const [key, afterKey] = flowValue(text, index, true);
    if (typeof key !== 'string' && typeof key !== 'number') throw new OutsideSubset();
    index = afterKey;
    while (text[index] === ' ') index++;
    let value: Value = null;
    if (text[index] === ':') [value, index] = flowValue(text, index + 1, false);
    setKey(map, String(key), value);
    while (text[index] === ' ') index++;
    if (text[index] === ',') index++;
    else if (text[index] !== '}') throw new OutsideSubset();
  }
}

function flowSequence(text: string, start: number): [Value, number] {
  const list: Value[] = [];
  let index = start + 1;
  for (;;) {
    while (text[index] === ' ') index++;
    if (text[index] === ']') return [list, index + 1];
    const [value, after] = flowValue(text, index, false);
    list.push(value);
    index = after;
    while (text[index] === ' ') index++;
    if (text[index] === ',') index++;
    else if (text[index] !== ']') throw new OutsideSubset();
  }
}

/** How deeply brackets nest in a line, quotes ignored (over-counting only sends a line to the full parser). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 123 || code === 91) deepest = Math.max(deepest, ++depth);
    else if (code === 125 || code === 93) depth--;
  }
  return deepest;
}

/** A block-context value written after `key: ` or `- `: a flow collection, a quoted or a plain scalar. */
function inlineValue(text: string): Value {
  const first = text[0];
  // pnpm nests flow collections two deep at most; deeper text is left to the full parser (and the stack stays small).
  if ((first === '{' || first === '[') && nestingDepth(text) > 8) throw new OutsideSubset();
  if (first === '{' || first === '[' || first === "'" || first === '"') {
    const [value, end] = first === '{' ? flowMap(text, 0) : first === '[' ? flowSequence(text, 0) : first === "'" ? singleQuoted(text, 0) : doubleQuoted(text, 0);
    if (text.slice(end).trim() !== '') throw new OutsideSubset();
    return value;
  }
  return plainScalar(text);
}

function setKey(map: { [key: string]: Value }, key: string, value: Value): void {
  // A key repeated in one mapping is left to the full parser, which refuses it at its line, as pnpm's reader (js-yaml) does: the last would win here.
  if (key === '__proto__' || Object.hasOwn(map, key)) throw new OutsideSubset();
  map[key] = value;
}

/** Splits a block mapping line into its key and the text after `:`. */
function blockKey(content: string): [string, string] {
  if (content.startsWith("'") || content.startsWith('"')) {
    const [key, end] = content.startsWith("'") ? singleQuoted(content, 0) : doubleQuoted(content, 0);
    if (content[end] !== ':') throw new OutsideSubset();
    return [key, content.slice(end + 1).trim()];
  }
  if (/^[?&*!|>%@`{[\-#]/.test(content) && !/^-[^ ]/.test(content)) throw new OutsideSubset();
  const separator = content.indexOf(': ');
  if (separator !== -1) return [content.slice(0, separator), content.slice(separator + 2).trim()];
  if (content.endsWith(':')) return [content.slice(0, -1), ''];
  throw new OutsideSubset();
}

interface Frame {
  indent: number;
  container: Container;
}

/** Parses pnpm-lock.yaml text in the subset pnpm writes, or throws {@link OutsideSubset}. */
export function readPnpmYaml(text: string): Value {
  if (text.includes('\t') || /^(?:---|\.\.\.|%)/m.test(text)) throw new OutsideSubset();
  const root: { [key: string]: Value } = {};
  const stack: Frame[] = [{ indent: 0, container: root }];
  let pending: { parent: { [key: string]: Value } | Value[]; key: string | number; indent: number } | undefined;
  const lines = text.split('\n');
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length || line[indent] === '#') continue;
    const content = line.slice(indent).trimEnd();
    const isItem = content === '-' || content.startsWith('- ');
    if (pending !== undefined) {
      const opens = indent > pending.indent || (isItem && indent === pending.indent && !Array.isArray(pending.parent));
      const container: Container | null = opens ? (isItem ? [] : {}) : null;
      if (Array.isArray(pending.parent)) pending.parent[pending.key as number] = container;
      else setKey(pending.parent, pending.key as string, container);
      if (container !== null) stack.push({ indent, container });
      pending = undefined;
    }
    while (stack.length > 1 && (stack[stack.length - 1] as Frame).indent > indent) stack.pop();
    // A compact sequence (`key:` then `- item` at the key's own indent) ends at the next key.
    if (!isItem && stack.length > 1 && Array.isArray((stack[stack.length - 1] as Frame).container) && (stack[stack.length - 1] as Frame).indent === indent) stack.pop();
    const frame = stack[stack.length - 1] as Frame;
    if (frame.indent !== indent) throw new OutsideSubset();
    if (isItem) {
      if (!Array.isArray(frame.container)) throw new OutsideSubset();
      const rest = content.slice(1).trim();
      if (rest === '') {
        frame.container.push(null);
        pending = { parent: frame.container, key: frame.container.length - 1, indent };
      } else {
        // `- key: value` starts a mapping inside the sequence: not something pnpm writes.
        if (/^[^'"{[].*?: /.test(rest) || (rest.endsWith(':') && !rest.startsWith("'") && !rest.startsWith('"'))) throw new OutsideSubset();
        frame.container.push(inlineValue(rest));
      }
      continue;
    }
    if (Array.isArray(frame.container)) throw new OutsideSubset();
    const [key, rest] = blockKey(content);
    if (rest === '') pending = { parent: frame.container, key, indent };
    else setKey(frame.container, key, inlineValue(rest));
  }
  if (pending !== undefined) {
    if (Array.isArray(pending.parent)) pending.parent[pending.key as number] = null;
    else setKey(pending.parent, pending.key as string, null);
  }
  return root;
}
