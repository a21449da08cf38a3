/** One XML element: its local name (prefix dropped), attributes, child elements, text content and the line it starts on. */
export interface XmlElement {
  name: string;
  /** Attribute values by name as written (an MSBuild item's `Include="..."`), entities decoded. */
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

/** Why an XML document could not be read, and on which line. */
export class XmlSyntaxError extends Error {
  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    this.name = 'XmlSyntaxError';
    this.line = line;
  }
}

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/**
 * Replaces the predefined entities and character references. Entities a DOCTYPE declares are
 * never expanded (no external or recursive entities can be smuggled in): they are an error.
 */
function decodeText(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);|&/g, (whole, reference: string | undefined) => {
    if (reference === undefined) throw new XmlSyntaxError('a bare & in text', line);
    if (reference.startsWith('#')) {
      const code = reference.startsWith('#x') ? Number.parseInt(reference.slice(2), 16) : Number.parseInt(reference.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new XmlSyntaxError(`bad character reference ${whole}`, line);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED_ENTITIES[reference];
    if (value === undefined) throw new XmlSyntaxError(`entity ${whole} is not one of XML's predefined entities`, line);
    return value;
  });
}

/**
 * How many elements a document may hold: a real pom.xml or MSBuild project has thousands, and each
 * costs a few hundred bytes of memory, so a hostile one of `<a b=""/>` repeated for the 256 MiB a
 * manifest may be read to would end the process out of memory instead of being reported.
 */
export const MAX_XML_ELEMENTS = 1_000_000;

/** The attributes of every element that has none, shared: most elements of a manifest have none. */
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/**
 * A small non-validating XML reader for manifests like pom.xml and MSBuild project files: elements,
 * attributes, text, CDATA, comments, processing instructions and a DOCTYPE (skipped). Linear in the
 * input; a document of more than {@link MAX_XML_ELEMENTS} elements is refused.
 */
export function parseXml(source: string): XmlElement {
  let index = 0;
  let elements = 0;
  let line = 1;
  // The next newline at or after `index` (source.length when none): each search starts where the last
  // ended, so counting lines is linear even on one long line, where searching afresh from every tag is not.
  let newline = -1;
  const advanceTo = (end: number): void => {
    if (newline < index) newline = nextNewline(source, index);
    for (; newline < end; newline = nextNewline(source, newline + 1)) line += 1;
    index = end;
  };
  const skipPast = (terminator: string, what: string): void => {
    const end = source.indexOf(terminator, index);
    if (end === -1) throw new XmlSyntaxError(`unterminated ${what}`, line);
    advanceTo(end + terminator.length);
  };

  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  while (index < source.length) {
    const open = source.indexOf('<', index);
    const textEnd = open === -1 ? source.length : open;
    if (textEnd > index) {
      const text = source.slice(index, textEnd);
      const parent = stack[stack.length - 1];
      if (parent !== undefined) parent.text += decodeText(text, line);
      else if (text.trim() !== '') throw new XmlSyntaxError('text outside the root element', line);
      advanceTo(textEnd);
    }
    if (open === -1) break;
    if (source.startsWith('<!--', index)) {
      skipPast('-->', 'comment');
    } else if (source.startsWith('<![CDATA[', index)) {
      const start = index + 9;
      const parent = stack[stack.length - 1];
      skipPast(']]>', 'CDATA section');
      if (parent === undefined) throw new XmlSyntaxError('CDATA outside the root element', line);
      parent.text += source.slice(start, index - 3);
    } else if (source.startsWith('<?', index)) {
      skipPast('?>', 'processing instruction');
    } else if (source.startsWith('<!DOCTYPE', index)) {
      // An internal subset `[ ... ]` may hold `>`; it ends at `]>`.
      const close = source.indexOf('>', index);
      if (close !== -1 && source.slice(index, close).includes('[')) skipPast(']>', 'DOCTYPE');
      else skipPast('>', 'DOCTYPE');
    } else if (source.startsWith('</', index)) {
      const end = source.indexOf('>', index);
      if (end === -1) throw new XmlSyntaxError('unterminated end tag', line);
      const name = localName(source.slice(index + 2, end).trim());
      const element = stack.pop();
      if (element === undefined || element.name !== name) throw new XmlSyntaxError(`end tag </${shown(name)}> does not close <${shown(element?.name ?? '')}>`, line);
      advanceTo(end + 1);
    } else {
      const end = tagEnd(source, index);
      if (end === -1) throw new XmlSyntaxError('unterminated start tag', line);
      const selfClosing = source[end - 1] === '/';
      const body = source.slice(index + 1, selfClosing ? end - 1 : end);
      const name = /^[^\s/>]+/.exec(body)?.[0];
      if (name === undefined) throw new XmlSyntaxError('a tag without a name', line);
      elements += 1;
      if (elements > MAX_XML_ELEMENTS) throw new XmlSyntaxError(`more than ${MAX_XML_ELEMENTS} elements, more than a manifest has any reason to hold`, line);
      const element: XmlElement = { name: localName(name), attributes: attributesOf(body.slice(name.length), line), children: [], text: '', line };
      const parent = stack[stack.length - 1];
      if (parent !== undefined) parent.children.push(element);
      else if (root === undefined) root = element;
      else throw new XmlSyntaxError('a second root element', line);
      if (!selfClosing) stack.push(element);
      advanceTo(end + 1);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed !== undefined) throw new XmlSyntaxError(`<${shown(unclosed.name)}> is never closed`, unclosed.line);
  if (root === undefined) throw new XmlSyntaxError('no root element', line);
  return root;
}

/**
 * The attributes of a start tag after its name: `name="value"` or `name='value'`, the first of a
 * repeated name kept. One pass over the text: a hostile tag of megabytes costs linear time.
 */
function attributesOf(text: string, line: number): ReadonlyMap<string, string> {
  if (!text.includes('=')) return NO_ATTRIBUTES;
  const attributes = new Map<string, string>();
  const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\n' || char === '\r';
  let index = 0;
  while (index < text.length) {
    while (isSpace(text[index])) index += 1;
    const nameStart = index;
    while (index < text.length && !isSpace(text[index]) && text[index] !== '=' && text[index] !== '/') index += 1;
    const name = text.slice(nameStart, index);
    while (isSpace(text[index])) index += 1;
    if (name === '' || text[index] !== '=') {
      // Not an attribute (a stray `/`, a name without a value): step past it.
      if (index === nameStart) index += 1;
      continue;
    }
    index += 1;
    while (isSpace(text[index])) index += 1;
    const quote = text[index];
    if (quote !== '"' && quote !== "'") continue;
    const close = text.indexOf(quote, index + 1);
    if (close === -1) break;
    if (!attributes.has(name)) attributes.set(name, decodeText(text.slice(index + 1, close), line));
    index = close + 1;
  }
  return attributes;
}

/** The position of the next `\n` at or after `from`, or the length of the source when there is none. */
function nextNewline(source: string, from: number): number {
  const found = source.indexOf('\n', from);
  return found === -1 ? source.length : found;
}

/** The `>` that ends a start tag, skipping quoted attribute values (which may hold `>`). */
function tagEnd(source: string, start: number): number {
  let quote: string | undefined;
  for (let index = start + 1; index < source.length; index += 1) {
    const char = source[index];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index;
    } else if (char === '<') {
      return -1;
    }
  }
  return -1;
}

/** An element name as an error message shows it: a hostile name of megabytes is cut short. */
export function shown(name: string): string {
  return name.length > 80 ? `${name.slice(0, 80)}...` : name;
}

/** An element name without its namespace prefix. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The first child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((candidate) => candidate.name === name);
}

/** The trimmed text of the first child element with this name. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const found = child(element, name);
  return found === undefined ? undefined : found.text.trim();
}
