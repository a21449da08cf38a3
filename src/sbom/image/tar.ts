import { printable } from '../../core/logger.js';
import { ImageSbomError } from './errors.js';

/** The size of a tar block: headers are one block, file bodies are padded to whole blocks. */
export const BLOCK = 512;

/** The most bytes of PAX extended headers or GNU long names one entry may carry: real ones are a few hundred bytes. */
export const MAX_TAR_METADATA_BYTES = 1024 * 1024;

/** What a tar entry is; hard links name another entry of the same archive. */
export type TarEntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

/** One entry of a tar archive, after PAX and GNU long-name headers are applied. */
export interface TarEntry {
  /** The name as the archive spells it (not yet checked or normalised). */
  name: string;
  kind: TarEntryKind;
  size: number;
  mode: number;
  /** The target of a link, as spelled. */
  linkName: string;
}

/** A header block as read, before extensions: `typeflag` says whether it is a PAX or GNU extension. */
export interface RawHeader {
  name: string;
  mode: number;
  size: number;
  typeflag: string;
  linkName: string;
}

/** The length of the well-formed UTF-8 sequence at `at`, or 0 when the byte there starts none (RFC 3629's table: no overlong forms, surrogates or code points past U+10FFFF). */
function sequenceLength(bytes: Buffer, at: number): number {
  const lead = bytes[at] as number;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (at + length > bytes.length) return 0;
  const second = bytes[at + 1] as number;
  if (second < low || second > high) return 0;
  for (let index = 2; index < length; index++) {
    const next = bytes[at + index] as number;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** The first escaped byte: a byte that is not UTF-8 is read as U+DC80 to U+DCFF, a lone surrogate. */
const ESCAPE_BASE = 0xdc00;

/**
 * A name's bytes as text: UTF-8 where they are UTF-8, and each other byte as a lone surrogate
 * (U+DC80 to U+DCFF, Python's surrogateescape), which no UTF-8 decodes to. Names are bytes to the
 * runtime: `\xff` and `\xfe` are two files, which U+FFFD for both made one (the other lost without
 * a word).
 */
export function decodeName(bytes: Buffer): string {
  let ascii = true;
  for (let index = 0; index < bytes.length && ascii; index++) ascii = (bytes[index] as number) < 0x80;
  if (ascii) return bytes.toString('latin1');
  let out = '';
  let run = 0;
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at);
    if (length > 0) {
      at += length;
      continue;
    }
    out += `${bytes.toString('utf8', run, at)}${String.fromCharCode(ESCAPE_BASE + (bytes[at] as number))}`;
    at++;
    run = at;
  }
  return out + bytes.toString('utf8', run, at);
}

/** The bytes of a name as the archive spelled it: its UTF-8 length, each escaped byte counted as the one byte it was. */
export function nameBytes(name: string): number {
  const bytes = Buffer.byteLength(name);
  if (bytes === name.length) return bytes;
  // An escape is a lone low surrogate, which Buffer writes as U+FFFD's three bytes.
  return bytes - 2 * (name.match(/(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g)?.length ?? 0);
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return decodeName(field.subarray(0, end === -1 ? field.length : end));
}

/** An octal field, or GNU's base-256 form (high bit set) for sizes of 8 GiB and more. */
function numeric(block: Buffer, start: number, length: number, what: string, where: string): number {
  const field = block.subarray(start, start + length);
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f;
    for (let i = 1; i < field.length; i++) {
      value = value * 256 + (field[i] ?? 0);
      if (value > Number.MAX_SAFE_INTEGER) throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the tar ${what} field is too large`, { hint: 'the layer is damaged or hostile; rebuild the image' });
    }
    return value;
  }
  // Go's reader trims NULs and spaces at both ends (unused fields are NUL-filled).
  const digits = field.toString('latin1').replace(/[\0 ]+$/, '').replace(/^[\0 ]+/, '');
  if (digits === '') return 0;
  if (!/^[0-7]+$/.test(digits)) throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the tar ${what} field "${printable(digits.slice(0, 20))}" is not an octal number`, { hint: 'the layer is not a tar archive or is damaged; rebuild the image' });
  return Number.parseInt(digits, 8);
}

/** Whether a block is all zeros: two of them end an archive. */
export function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) return false;
  return true;
}

/** Whether a numeric field parses as Go's reader parses it (base-256, or octal between NULs and spaces). */
function isNumeric(block: Buffer, start: number, length: number): boolean {
  const field = block.subarray(start, start + length);
  if (((field[0] ?? 0) & 0x80) !== 0) return true;
  return /^[0-7]*$/.test(field.toString('latin1').replace(/[\0 ]+$/, '').replace(/^[\0 ]+/, ''));
}

/**
 * The name prefix of a header, where Go's archive/tar finds one: USTAR and PAX headers (`ustar\0`)
 * have 155 bytes of it (131 in star's); GNU headers (`ustar  \0`) have access and change times
 * there instead, read as a prefix only when they do not parse as numbers and are ASCII (what Go
 * did before 1.8 and still accepts). Old (v7) headers have none.
 */
function prefixOf(block: Buffer): string {
  const magic = block.toString('latin1', 257, 263);
  if (magic === 'ustar\0') return block.toString('latin1', 508, 512) === 'tar\0' ? text(block, 345, 131) : text(block, 345, 155);
  if (magic !== 'ustar ' || block.toString('latin1', 263, 265) !== ' \0') return '';
  const times = [345, 357].every((start) => block[start] === 0 || isNumeric(block, start, 12));
  const prefix = text(block, 345, 155);
  // eslint-disable-next-line no-control-regex -- ASCII is what is tested
  return !times && /^[\x00-\x7f]*$/.test(prefix) ? prefix : '';
}

/** Parses one 512-byte header block, checking its checksum; `where` names the layer in errors. */
function parseHeader(block: Buffer, where: string): RawHeader {
  const stored = numeric(block, 148, 8, 'checksum', where);
  // Some old tars summed the bytes as signed; Go (the runtime's reader) accepts either sum.
  let sum = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    sum += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  if (sum !== stored && signed !== stored) throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a tar header's checksum does not match (not a tar archive, or a damaged one)`, { hint: 'check that the blob is an image layer (tar, tar+gzip or tar+zstd) and rebuild the image if it is damaged' });
  const name = text(block, 0, 100);
  const prefix = prefixOf(block);
  return {
    name: prefix === '' ? name : `${prefix}/${name}`,
    mode: numeric(block, 100, 8, 'mode', where),
    size: numeric(block, 124, 12, 'size', where),
    typeflag: String.fromCharCode(block[156] ?? 0),
    linkName: text(block, 157, 100),
  };
}

/** The `path`, `linkpath` and `size` records of a PAX extended header (`<length> <key>=<value>\n` each). */
function parsePax(data: Buffer, where: string): Map<string, string> {
  const records = new Map<string, string>();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    const length = space === -1 ? Number.NaN : Number(data.subarray(offset, space).toString('latin1'));
    if (!Number.isSafeInteger(length) || length <= space - offset || offset + length > data.length) {
      throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a PAX extended header record is malformed`, { hint: 'the layer is damaged or hostile; rebuild the image' });
    }
    const record = decodeName(data.subarray(space + 1, offset + length - 1));
    const equals = record.indexOf('=');
    if (equals > 0) records.set(record.slice(0, equals), record.slice(equals + 1));
    offset += length;
  }
  return records;
}

function kindOf(typeflag: string): TarEntryKind {
  if (typeflag === '0' || typeflag === '\0' || typeflag === '7') return 'file';
  if (typeflag === '5') return 'directory';
  if (typeflag === '2') return 'symlink';
  if (typeflag === '1') return 'hardlink';
  return 'other';
}

/** The padding after a body of `size` bytes. */
export function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

/** Reads exact byte counts from a stream of chunks, without copying when a chunk holds them. */
export class ChunkReader {
  readonly #chunks: AsyncIterator<Buffer>;
  #current: Buffer = Buffer.alloc(0);
  #done = false;
  /** Bytes handed out so far. */
  position = 0;

  constructor(source: AsyncIterable<Buffer>) {
    this.#chunks = source[Symbol.asyncIterator]();
  }

  async #fill(): Promise<boolean> {
    while (this.#current.length === 0) {
      if (this.#done) return false;
      const next = await this.#chunks.next();
      if (next.done === true) {
        this.#done = true;
        return false;
      }
      this.#current = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    }
    return true;
  }

  /** Exactly `length` bytes, or fewer only at the end of the stream. */
  async read(length: number): Promise<Buffer> {
    if (!(await this.#fill())) return Buffer.alloc(0);
    if (this.#current.length >= length) {
      const out = this.#current.subarray(0, length);
      this.#current = this.#current.subarray(length);
      this.position += length;
      return out;
    }
    const parts: Buffer[] = [];
    let missing = length;
    while (missing > 0 && (await this.#fill())) {
      const part = this.#current.subarray(0, missing);
      this.#current = this.#current.subarray(part.length);
      parts.push(part);
      missing -= part.length;
    }
    this.position += length - missing;
    return Buffer.concat(parts);
  }

  /** The next `length` bytes as they arrive, chunk by chunk; fewer only at the end of the stream. */
  async *chunks(length: number): AsyncGenerator<Buffer> {
    let missing = length;
    while (missing > 0 && (await this.#fill())) {
      const part = this.#current.subarray(0, missing);
      this.#current = this.#current.subarray(part.length);
      this.position += part.length;
      missing -= part.length;
      yield part;
    }
  }

  /** Drops the next `length` bytes (fewer at the end of the stream). */
  async skip(length: number): Promise<void> {
    for await (const chunk of this.chunks(length)) void chunk;
  }
}

/** Types whose size field is not a body's: Go's archive/tar (which container runtimes extract layers with) reads none after them. */
const HEADER_ONLY_TYPES: ReadonlySet<string> = new Set(['1', '2', '3', '4', '5', '6']);

/** PAX records of GNU's sparse formats (0.0, 0.1, 1.0): Go's archive/tar expands such a file, under the name `GNU.sparse.name` gives it. */
const SPARSE_RECORDS = ['GNU.sparse.major', 'GNU.sparse.minor', 'GNU.sparse.map', 'GNU.sparse.offset', 'GNU.sparse.numbytes'];

/**
 * What the extension headers before an entry said (PAX `x`, GNU long names `L` and `K`, PAX global
 * `g`), applied as Go's archive/tar (which container runtimes extract layers with) applies them, so
 * the SBOM sees the files the runtime extracts, not others an archive could show another reader:
 * a PAX header applies to the next entry only, a later one in a row replaces it, its empty values
 * change nothing and its `size` never applies to another extension header; a GNU long name
 * overrides the PAX path; a global header ends what the headers before it said; links,
 * directories, devices and FIFOs (and old-style entries named with a trailing `/`) have no body
 * whatever their size says. Sparse files, which it would expand under another name, are refused.
 */
export class PendingExtensions {
  #pax = new Map<string, string>();
  #longName: string | undefined;
  #longLink: string | undefined;

  /** Whether a header is an extension header, whose data (at most {@link MAX_TAR_METADATA_BYTES}) goes to {@link add}. */
  static isExtension(typeflag: string): boolean {
    return typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K';
  }

  /** Throws unless an extension header's data may be read whole. */
  static checkSize(size: number, where: string): void {
    if (size > MAX_TAR_METADATA_BYTES) {
      throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: a tar extension header of ${size} bytes is larger than the ${MAX_TAR_METADATA_BYTES} allowed`, { hint: 'the layer is hostile or damaged; rebuild the image' });
    }
  }

  /** Takes in one extension header's data. */
  add(typeflag: string, data: Buffer, where: string): void {
    if (typeflag === 'x') this.#pax = usedPaxRecords(parsePax(data, where));
    else if (typeflag === 'L') this.#longName = text(data, 0, data.length);
    else if (typeflag === 'K') this.#longLink = text(data, 0, data.length);
    // Go's reader returns a global header as an entry of its own (the runtime skips it): what came before it applied to it.
    else this.#clear();
  }

  /** The entry a (non-extension) header describes, the pending extensions applied; they are cleared. */
  entry(header: RawHeader, where: string): TarEntry {
    const pax = this.#pax;
    const name = this.#longName !== undefined && this.#longName !== '' ? this.#longName : (pax.get('path') ?? header.name);
    const linkName = this.#longLink !== undefined && this.#longLink !== '' ? this.#longLink : (pax.get('linkpath') ?? header.linkName);
    this.#clear();
    if (header.typeflag === 'S' || pax.has('sparse')) {
      throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the entry "${printable(name.slice(0, 300))}" is a sparse file, which trust-kit does not read`, { hint: 'rebuild the layer without sparse files (docker and BuildKit never write them)' });
    }
    const paxSize = pax.get('size');
    const size = paxSize === undefined ? header.size : /^\+?\d+$/.test(paxSize) ? Number(paxSize) : Number.NaN;
    if (!Number.isSafeInteger(size)) throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a PAX size "${printable(String(paxSize).slice(0, 30))}" is not a size`, { hint: 'the layer is damaged or hostile; rebuild the image' });
    // Old archives mark a directory with a trailing slash alone.
    const typeflag = header.typeflag === '\0' && name.endsWith('/') ? '5' : header.typeflag;
    return { name, kind: kindOf(typeflag), size: HEADER_ONLY_TYPES.has(typeflag) ? 0 : size, mode: header.mode, linkName };
  }

  #clear(): void {
    this.#pax = new Map();
    this.#longName = undefined;
    this.#longLink = undefined;
  }
}

/**
 * The entries of a tar stream, each handed to `onEntry` with a reader of exactly its body; what
 * `onEntry` does not read is skipped. Extension headers are applied as {@link PendingExtensions}
 * says. The archive ends at two zero blocks or at the end of the stream; a zero block followed by
 * anything else (Go refuses it), or a truncated entry, is an error.
 */
export async function readTar(source: AsyncIterable<Buffer>, where: string, onEntry: (entry: TarEntry, body: AsyncIterable<Buffer>) => Promise<void>): Promise<void> {
  const reader = new ChunkReader(source);
  const pending = new PendingExtensions();
  for (;;) {
    // Where the header starts in the uncompressed layer: errors about it say so, to find it with `tar` or a hex dump.
    const at = `${where} at byte ${reader.position}`;
    const block = await reader.read(BLOCK);
    if (block.length === 0) return;
    if (block.length < BLOCK) throw truncated(at);
    if (isZeroBlock(block)) {
      const next = await reader.read(BLOCK);
      if (next.length === 0 || isZeroBlock(next)) return;
      throw new ImageSbomError('IMAGE_LAYER_INVALID', `${at}: a zero block is followed by more of the archive instead of a second zero block (the container runtime refuses such a layer)`, { hint: 'the layer is damaged or hostile; rebuild the image' });
    }
    const header = parseHeader(block, at);
    if (PendingExtensions.isExtension(header.typeflag)) {
      PendingExtensions.checkSize(header.size, at);
      const data = await reader.read(header.size);
      if (data.length < header.size) throw truncated(at);
      await reader.skip(padding(header.size));
      pending.add(header.typeflag, data, at);
      continue;
    }
    const entry = pending.entry(header, at);
    const start = reader.position;
    await onEntry(entry, reader.chunks(entry.size));
    const left = entry.size - (reader.position - start);
    await reader.skip(left);
    if (reader.position - start < entry.size) throw truncated(at, entry.name);
    await reader.skip(padding(entry.size));
  }
}

/**
 * The PAX records an entry is read with, as Go merges them (an empty value keeps the header's);
 * the others (times, owners, xattrs) are dropped as soon as they are parsed. `sparse` marks GNU's
 * sparse records.
 */
function usedPaxRecords(records: Map<string, string>): Map<string, string> {
  const used = new Map<string, string>();
  for (const key of ['path', 'linkpath', 'size']) {
    const value = records.get(key);
    if (value !== undefined && value !== '') used.set(key, value);
  }
  if (SPARSE_RECORDS.some((key) => records.has(key))) used.set('sparse', '');
  return used;
}

function truncated(where: string, name?: string): ImageSbomError {
  const entry = name === undefined ? 'an entry' : `the entry "${printable(name.slice(0, 300))}"`;
  return new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the tar archive ends inside ${entry} (truncated)`, { hint: 'the layer is incomplete; pull or save the image again' });
}

/** A header parsed from a block (checksum checked), for callers that index an archive by offsets instead of streaming it. */
export function headerAt(block: Buffer, where: string): RawHeader {
  return parseHeader(block, where);
}
