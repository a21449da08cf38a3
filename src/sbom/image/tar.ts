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
interface RawHeader {
  name: string;
  mode: number;
  size: number;
  typeflag: string;
  linkName: string;
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
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
  const digits = field.toString('latin1').replace(/[\0 ]+$/, '').replace(/^ +/, '');
  if (digits === '') return 0;
  if (!/^[0-7]+$/.test(digits)) throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the tar ${what} field "${digits.slice(0, 20)}" is not an octal number`, { hint: 'the layer is not a tar archive or is damaged; rebuild the image' });
  return Number.parseInt(digits, 8);
}

/** Whether a block is all zeros: two of them end an archive. */
export function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) return false;
  return true;
}

/** Parses one 512-byte header block, checking its checksum; `where` names the layer in errors. */
function parseHeader(block: Buffer, where: string): RawHeader {
  const stored = numeric(block, 148, 8, 'checksum', where);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  if (sum !== stored) throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a tar header's checksum does not match (the layer is not a tar archive, or is damaged)`, { hint: 'check that the blob is an image layer (tar, tar+gzip or tar+zstd) and rebuild the image if it is damaged' });
  const magic = block.subarray(257, 262).toString('latin1');
  const name = text(block, 0, 100);
  const prefix = magic === 'ustar' ? text(block, 345, 155) : '';
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
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
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

/**
 * The entries of a tar stream, each handed to `onEntry` with a reader of exactly its body; what
 * `onEntry` does not read is skipped. PAX (`x`) and GNU long name (`L`, `K`) headers are applied to
 * the entry they precede and bounded by {@link MAX_TAR_METADATA_BYTES}; global PAX headers are ignored.
 * The archive ends at two zero blocks or at the end of the stream; a truncated entry is an error.
 */
export async function readTar(source: AsyncIterable<Buffer>, where: string, onEntry: (entry: TarEntry, body: AsyncIterable<Buffer>) => Promise<void>): Promise<void> {
  const reader = new ChunkReader(source);
  let pax = new Map<string, string>();
  let longName: string | undefined;
  let longLink: string | undefined;
  for (;;) {
    const block = await reader.read(BLOCK);
    if (block.length === 0) return;
    if (block.length < BLOCK) throw truncated(where);
    if (isZeroBlock(block)) return;
    const header = parseHeader(block, where);
    const size = pax.has('size') ? Number(pax.get('size')) : header.size;
    if (!Number.isSafeInteger(size) || size < 0) throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a PAX size "${String(pax.get('size')).slice(0, 30)}" is not a size`, { hint: 'the layer is damaged or hostile; rebuild the image' });
    if (header.typeflag === 'x' || header.typeflag === 'g' || header.typeflag === 'L' || header.typeflag === 'K') {
      if (size > MAX_TAR_METADATA_BYTES) {
        throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: a tar extension header of ${size} bytes is larger than the ${MAX_TAR_METADATA_BYTES} allowed`, { hint: 'the layer is hostile or damaged; rebuild the image' });
      }
      const data = await reader.read(size);
      if (data.length < size) throw truncated(where);
      await reader.skip(padding(size));
      if (header.typeflag === 'x') pax = new Map([...pax, ...parsePax(data, where)]);
      else if (header.typeflag === 'L') longName = text(data, 0, data.length);
      else if (header.typeflag === 'K') longLink = text(data, 0, data.length);
      continue;
    }
    const entry: TarEntry = {
      name: pax.get('path') ?? longName ?? header.name,
      kind: kindOf(header.typeflag),
      size: header.typeflag === '5' || header.typeflag === '1' || header.typeflag === '2' ? 0 : size,
      mode: header.mode,
      linkName: pax.get('linkpath') ?? longLink ?? header.linkName,
    };
    pax = new Map();
    longName = undefined;
    longLink = undefined;
    const start = reader.position;
    await onEntry(entry, reader.chunks(entry.size));
    const left = entry.size - (reader.position - start);
    await reader.skip(left);
    if (reader.position - start < entry.size) throw truncated(where);
    await reader.skip(padding(entry.size));
  }
}

function truncated(where: string): ImageSbomError {
  return new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the tar archive ends inside an entry (truncated)`, { hint: 'the layer is incomplete; pull or save the image again' });
}

/** A header parsed from a block, for callers that index an archive by offsets instead of streaming it. */
export function headerAt(block: Buffer, where: string): { name: string; size: number; typeflag: string; linkName: string } {
  return parseHeader(block, where);
}

/** The PAX records of an extended header's data. */
export function paxRecords(data: Buffer, where: string): Map<string, string> {
  return parsePax(data, where);
}
