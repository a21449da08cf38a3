import { createHash } from 'node:crypto';
import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isTrustKitError } from '../../core/errors.js';
import { printable } from '../../core/logger.js';
import { ImageSbomError } from './errors.js';
import { checkLinkName, SquashedFilesystem, segmentsOf, type FsNode } from './filesystem.js';
import { ChunkReader, readTar, type TarEntry } from './tar.js';

/** One layer of an image, bottom first, as its source serves it. */
export interface LayerSource {
  /** The digest of the blob as stored (compressed), as the manifest names it. */
  digest: string;
  /** The uncompressed layer's digest from the config's `rootfs.diff_ids`, checked while it is read. */
  diffId: string;
  /** Opens the stored blob for reading. */
  open(): Promise<Readable>;
}

/** How much an image may make the reader do: a hostile image hits a limit, with a coded error, before it exhausts memory or time. */
export interface ImageLimits {
  /** Filesystem entries over all layers. */
  maxEntries: number;
  /** Uncompressed bytes over all layers (a gzip bomb stops here), and stored bytes over all layers. */
  maxUncompressedBytes: number;
  /** Bytes of one file kept for a cataloger (bigger wanted files are recorded as unknowns). */
  maxFileBytes: number;
  /** Bytes kept for catalogers over the whole image. */
  maxKeptBytes: number;
  /** zstd frames over all layers (zstd:chunked layers have one per file chunk; each costs a decoder). */
  maxZstdFrames: number;
  /** Characters of the names (path segments) and link targets the squashed filesystem holds. */
  maxNameCharacters: number;
}

/** Limits that fit the biggest real images (tens of GiB uncompressed, a few million files). */
export const DEFAULT_IMAGE_LIMITS: ImageLimits = {
  maxEntries: 4_000_000,
  maxUncompressedBytes: 64 * 1024 ** 3,
  maxFileBytes: 256 * 1024 ** 2,
  maxKeptBytes: 1024 ** 3,
  maxZstdFrames: 1024 * 1024,
  // Millions of files of names a few dozen characters long stay far below.
  maxNameCharacters: 256 * 1024 ** 2,
};

/** What the reader keeps of a regular file as its layer streams by. */
export type KeepDecision =
  /** Its bytes, for a cataloger that reads the file after the layers are squashed. */
  | 'content'
  /** Its first bytes go to `inspect`, which may ask for the whole file and reads it at once (executables). */
  | 'inspect'
  | undefined;

/** Which files the catalogers want, decided from the path alone (and, for `inspect`, the first bytes). */
export interface FileInterest {
  /** For a link or a special file (a device, a pipe), `content` says a cataloger would have read the file there: it is recorded as an unknown. */
  keep(path: string, entry: TarEntry): KeepDecision;
  /** Whether the first bytes (up to 64) show a file worth reading whole. */
  sniff(head: Buffer): boolean;
  /** Reads a whole sniffed file and says what it found; the result is stored on the node. */
  inspect(path: string, content: RandomAccess): Promise<unknown>;
}

/** A file's bytes held as the chunks they arrived in, read by ranges without copying them into one buffer. */
export interface RandomAccess {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

function chunkedFile(chunks: readonly Buffer[], size: number): RandomAccess {
  const starts: number[] = [];
  let at = 0;
  for (const chunk of chunks) {
    starts.push(at);
    at += chunk.length;
  }
  return {
    size,
    read(offset, length) {
      const end = Math.min(size, offset + length);
      if (offset >= end) return Promise.resolve(Buffer.alloc(0));
      // The last chunk starting at or before `offset`.
      let low = 0;
      let high = chunks.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] as number) <= offset) low = middle;
        else high = middle - 1;
      }
      const parts: Buffer[] = [];
      for (let index = low; index < chunks.length && (starts[index] as number) < end; index++) {
        const chunk = chunks[index] as Buffer;
        const start = starts[index] as number;
        parts.push(chunk.subarray(Math.max(0, offset - start), Math.min(chunk.length, end - start)));
      }
      return Promise.resolve(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts));
    },
  };
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
/** zstd's frame magic number, and the one of its skippable frames (the low four bits free), read little-endian. */
const ZSTD_FRAME = 0xfd2fb528;
const ZSTD_SKIPPABLE = 0x184d2a50;

function isZstdMagic(head: Buffer): boolean {
  if (head.length < 4) return false;
  const magic = head.readUInt32LE(0);
  return magic === ZSTD_FRAME || (magic & 0xfffffff0) >>> 0 === ZSTD_SKIPPABLE;
}

const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);

/** The compression a file's first bytes show (gzip, zstd, xz, bzip2), with the command that undoes it; undefined for anything else (a plain tar). */
export function compressionOf(head: Buffer): { name: 'gzip' | 'zstd' | 'xz' | 'bzip2'; tool: string } | undefined {
  if (head.subarray(0, 2).equals(GZIP_MAGIC)) return { name: 'gzip', tool: 'gunzip' };
  if (isZstdMagic(head)) return { name: 'zstd', tool: 'unzstd' };
  if (head.subarray(0, 6).equals(XZ_MAGIC)) return { name: 'xz', tool: 'unxz' };
  if (head.subarray(0, 3).toString('latin1') === 'BZh') return { name: 'bzip2', tool: 'bunzip2' };
  return undefined;
}

/** Frames decoded over the whole image, for the frame limit. */
interface FrameBudget {
  left: number;
  limit: number;
}

/** The layer's bytes uncompressed (gzip and zstd recognised by their magic numbers; anything else is read as a plain tar). */
async function* decompressed(source: AsyncIterable<Buffer>, where: string, frames: FrameBudget): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  // Chunks are as the source cut them (a network read can be a byte): the magic numbers are looked for in the first 4 bytes, however many chunks hold them.
  const firsts: Buffer[] = [];
  let have = 0;
  while (have < 4) {
    const next = await iterator.next();
    if (next.done === true) break;
    firsts.push(next.value);
    have += next.value.length;
  }
  if (have === 0) return;
  const head = firsts.length === 1 ? (firsts[0] as Buffer) : Buffer.concat(firsts);
  const all = async function* (): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  };
  // Output in chunks of 256 KiB rather than zlib's 16 KiB: a layer of hundreds of MiB passes through the tar reader in fewer, larger steps.
  const compression = compressionOf(head)?.name;
  if (compression === 'gzip') yield* decoded(all(), zlib.createGunzip({ chunkSize: 256 * 1024 }), where);
  else if (compression === 'zstd') {
    if (typeof zlib.createZstdDecompress !== 'function') {
      throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where} is zstd-compressed and this Node.js has no zstd decoder`, { hint: 'run trust-kit on Node.js 22.15 or later (zstd is built in there), or push the image with gzip layers' });
    }
    yield* zstdFrames(all(), where, frames);
  } else yield* all();
}

/** What a decoder makes of its input; a failure of the decoder is IMAGE_LAYER_INVALID, a coded failure of the input keeps its code. */
async function* decoded(source: AsyncIterable<Buffer>, decoder: zlib.Gunzip | zlib.ZstdDecompress, where: string): AsyncGenerator<Buffer> {
  const input = Readable.from(source, { objectMode: false });
  // pipeline carries an error of the source into the decoder, so the loop below sees it.
  const output = pipeline(input, decoder, () => undefined);
  try {
    for await (const chunk of output) yield chunk as Buffer;
  } catch (error) {
    // A coded error of the source (the registry stalled, the blob's digest) says what went wrong better than the decoder that carried it.
    if (isTrustKitError(error)) throw error;
    throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where} cannot be decompressed: ${printable((error as Error).message)}`, { cause: error, hint: 'the layer is damaged or not what its media type says; pull or save the image again' });
  } finally {
    input.destroy();
    decoder.destroy();
  }
}

function cutShort(where: string): ImageSbomError {
  return new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the zstd stream ends inside a frame (truncated)`, { hint: 'the layer is incomplete; pull or save the image again' });
}

/**
 * A zstd stream decoded frame by frame, each with a decoder of its own: Node's decoder stops at the
 * end of the first frame and drops the rest, where Go's (the runtime's) reads every frame and skips
 * skippable ones, which zstd:chunked layers are made of. Frames are found from their headers and
 * block headers, without decoding; their number over the image is bounded.
 */
async function* zstdFrames(source: AsyncIterable<Buffer>, where: string, frames: FrameBudget): AsyncGenerator<Buffer> {
  const reader = new ChunkReader(source);
  const exact = async (length: number): Promise<Buffer> => {
    const bytes = await reader.read(length);
    if (bytes.length < length) throw cutShort(where);
    return bytes;
  };
  for (;;) {
    const magicBytes = await reader.read(4);
    if (magicBytes.length === 0) return;
    if (magicBytes.length < 4) throw cutShort(where);
    if (--frames.left < 0) {
      throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: the image's zstd layers hold more than ${frames.limit} frames`, { hint: 'the image is hostile or unusually built; raise the limit only for an image you trust' });
    }
    const magic = magicBytes.readUInt32LE(0);
    if ((magic & 0xfffffff0) >>> 0 === ZSTD_SKIPPABLE) {
      const size = (await exact(4)).readUInt32LE(0);
      const before = reader.position;
      await reader.skip(size);
      if (reader.position - before < size) throw cutShort(where);
      continue;
    }
    if (magic !== ZSTD_FRAME) throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: what follows a zstd frame is not another frame`, { hint: 'the layer is damaged or hostile; pull or save the image again' });
    const frame = async function* (): AsyncGenerator<Buffer> {
      yield magicBytes;
      const descriptor = await exact(1);
      yield descriptor;
      // The frame header's optional fields: window descriptor, dictionary ID, content size (RFC 8878, 3.1.1.1).
      const flags = descriptor[0] as number;
      const singleSegment = (flags & 0x20) !== 0;
      const length = (singleSegment ? 0 : 1) + ([0, 1, 2, 4][flags & 3] as number) + ([singleSegment ? 1 : 0, 2, 4, 8][flags >> 6] as number);
      if (length > 0) yield await exact(length);
      for (;;) {
        const header = await exact(3);
        yield header;
        const value = (header[0] as number) | ((header[1] as number) << 8) | ((header[2] as number) << 16);
        const type = (value >> 1) & 3;
        if (type === 3) throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a zstd block has the reserved type`, { hint: 'the layer is damaged or hostile; pull or save the image again' });
        // An RLE block stores its one byte, the others their size (RFC 8878, 3.1.1.2).
        const size = type === 1 ? 1 : value >>> 3;
        let read = 0;
        for await (const chunk of reader.chunks(size)) {
          read += chunk.length;
          yield chunk;
        }
        if (read < size) throw cutShort(where);
        if ((value & 1) === 1) break;
      }
      if ((flags & 0x04) !== 0) yield await exact(4);
    };
    // A small frame is decoded at once: a decoder's stream costs ten times what the frame does, and a million tiny frames took minutes.
    const parts = frame();
    const head: Buffer[] = [];
    let headBytes = 0;
    let ended = false;
    while (headBytes < SMALL_ZSTD_FRAME.bytes) {
      const next = await parts.next();
      if (next.done === true) {
        ended = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.length;
    }
    if (ended) {
      const whole = Buffer.concat(head, headBytes);
      const output = decodedAtOnce(whole, where);
      if (output === undefined) yield* decoded(joined([whole], parts), zlib.createZstdDecompress({ chunkSize: 256 * 1024 }), where);
      else if (output.length > 0) yield output;
      continue;
    }
    yield* decoded(batched(joined(head, parts)), zlib.createZstdDecompress({ chunkSize: 256 * 1024 }), where);
  }
}

/** A zstd frame decoded at once when it is at most `bytes` (compressed) and makes at most `output` bytes; others are streamed. */
const SMALL_ZSTD_FRAME = { bytes: 256 * 1024, output: 16 * 1024 * 1024 };

/** A whole small frame decoded, or undefined when it makes more than {@link SMALL_ZSTD_FRAME}'s output (a bomb is streamed, within the image's budget). */
function decodedAtOnce(frame: Buffer, where: string): Buffer | undefined {
  try {
    return zlib.zstdDecompressSync(frame, { maxOutputLength: SMALL_ZSTD_FRAME.output });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where} cannot be decompressed: ${printable((error as Error).message)}`, { cause: error, hint: 'the layer is damaged or not what its media type says; pull or save the image again' });
  }
}

/** The pieces already taken, then the rest of the source. */
async function* joined(head: readonly Buffer[], rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
}

/** Pieces joined into writes of at least 1 MiB: each write to a decoder is a trip to the thread pool, and blocks are 128 KiB at most. */
async function* batched(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const part of source) {
    parts.push(part);
    size += part.length;
    if (size >= 1024 * 1024) {
      yield parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(parts, size);
}

/** A stream's chunks, hashed and counted as they pass, failing once the image's uncompressed budget is spent. */
async function* measured(source: AsyncIterable<Buffer>, hash: ReturnType<typeof createHash>, budget: { left: number; limit: number }, where: string): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    budget.left -= chunk.length;
    if (budget.left < 0) {
      throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: the image's layers hold more than ${budget.limit} bytes uncompressed`, { hint: 'the image is hostile (a compression bomb) or unusually large; raise the limit only for an image you trust' });
    }
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * A stored blob's chunks, hashed and counted as they pass, failing once the image's stored bytes pass
 * the byte limit: compressed data that decompresses to little or nothing (empty gzip members) never
 * reaches the uncompressed budget, and a registry could stream it for as long as the layer cap allows.
 */
async function* hashed(source: AsyncIterable<Buffer>, hash: ReturnType<typeof createHash>, budget: { left: number; limit: number }, where: string): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    budget.left -= chunk.length;
    if (budget.left < 0) {
      throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: the image's layers are more than ${budget.limit} bytes stored`, { hint: 'the image is hostile or unusually large; raise the limit only for an image you trust' });
    }
    hash.update(chunk);
    yield chunk;
  }
}

/** The size of the head handed to `FileInterest.sniff`. */
const SNIFF_BYTES = 64;

/** Unknowns met while reading: a wanted file too big to keep, or a link where a cataloger wanted a file. */
export interface LayerUnknown {
  path: string;
  reason: string;
}

/**
 * Reads every layer bottom first into one squashed filesystem, streaming: each layer is
 * decompressed, its stored digest and diff ID checked as it is read, whiteouts applied, and only the
 * files `interest` wants kept (bounded by `limits`). Executables are sniffed from their first bytes
 * and, if `interest` wants them, inspected whole and dropped.
 */
export async function squashLayers(layers: readonly LayerSource[], interest: FileInterest, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): Promise<{ fs: SquashedFilesystem; unknowns: LayerUnknown[] }> {
  const fs = new SquashedFilesystem(limits.maxEntries, limits.maxNameCharacters);
  const budget = { left: limits.maxUncompressedBytes, limit: limits.maxUncompressedBytes };
  const storedBudget = { left: limits.maxUncompressedBytes, limit: limits.maxUncompressedBytes };
  const frames = { left: limits.maxZstdFrames, limit: limits.maxZstdFrames };
  let kept = 0;
  // Every tar entry read, whiteouts and overwrites included, which make no node the entry bound counts: 8 million whiteouts took
  // 27 s and would take minutes before the byte budget. Four times the entries an image may hold is far past any real image's.
  const maxRead = limits.maxEntries * 4;
  let read = 0;
  for (const [layerIndex, layer] of layers.entries()) {
    const where = `layer ${layerIndex + 1} (${layer.diffId})`;
    const storedHash = createHash('sha256');
    const diffHash = createHash('sha256');
    const stored = await layer.open();
    const uncompressed = measured(decompressed(hashed(stored as AsyncIterable<Buffer>, storedHash, storedBudget, where), where, frames), diffHash, budget, where);
    try {
      await readTar(uncompressed, where, async (header, body) => {
      if (++read > maxRead) {
        throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: the image's layers hold more than ${maxRead} tar entries (whiteouts and overwritten files included)`, { hint: 'the image is hostile or unusually large; raise the entry limit only for an image you trust' });
      }
      let entry = header;
      const segments = segmentsOf(entry.name, where);
      checkLinkName(entry.name, entry.linkName, where);
      if (entry.kind === 'hardlink') {
        const target = fs.linked(segmentsOf(entry.linkName, where));
        // A hard link to a symbolic link or a special file is one too (link(2) links what is there): it is recorded as that, so a database there is the same unknown.
        if (target?.kind === 'symlink' || target?.kind === 'other') entry = { ...entry, kind: target.kind, linkName: target.linkName, size: 0 };
        else {
          const applied = fs.apply(segments, { ...entry, kind: target?.kind === 'file' ? 'file' : 'hardlink', size: target?.size ?? 0 }, layer.diffId, layerIndex, where);
          if (applied === undefined) return;
          // Asked of where the file lands, not of its name: written through a linked directory, a database lands where the link leads.
          const { node, path } = applied;
          if (target?.kind !== 'file') {
            if (interest.keep(path, entry) === 'content') node.unread = `${where}: a hard link to ${printable(entry.linkName.slice(0, 300))}, which is not a regular file of the image; not cataloged`;
            return;
          }
          copyFound(node, target);
          // The target's bytes were kept only if its own path was wanted: a database linked from elsewhere would otherwise vanish without a word.
          if (node.content === undefined && node.unread === undefined && interest.keep(path, entry) === 'content') {
            node.unread = `${where}: a hard link to ${printable(entry.linkName.slice(0, 300))}, whose bytes were not kept (only the paths catalogers read are); not cataloged`;
          }
          return;
        }
      }
      const applied = fs.apply(segments, entry, layer.diffId, layerIndex, where);
      if (applied === undefined) return;
      const { node, path } = applied;
      if (entry.kind === 'symlink' && interest.keep(path, entry) === 'content') {
        node.unread = `${where}: a symbolic link to ${printable(entry.linkName.slice(0, 300))} (links are not followed); not cataloged`;
        return;
      }
      // A pipe, a device or a socket where a database or lockfile is read has no bytes to read, and the runtime puts it there: an unknown, as the directory SBOM records it.
      if (entry.kind === 'other' && interest.keep(path, entry) === 'content') {
        node.unread = `${where}: not a regular file (a device, a pipe or a socket); not cataloged`;
        return;
      }
      if (entry.kind !== 'file') return;
      const decision = interest.keep(path, entry);
      if (decision === 'content') {
        if (entry.size > limits.maxFileBytes || kept + entry.size > limits.maxKeptBytes) {
          node.unread = `${where}: ${entry.size} bytes, more than the ${Math.min(limits.maxFileBytes, limits.maxKeptBytes - kept)} bytes that may be kept; not cataloged`;
          return;
        }
        const chunks: Buffer[] = [];
        for await (const chunk of body) chunks.push(chunk);
        node.content = Buffer.concat(chunks);
        kept += entry.size;
        return;
      }
      if (decision !== 'inspect' || entry.size < SNIFF_BYTES) return;
      if (entry.size > limits.maxFileBytes) {
        // Too large to inspect: its head says whether it is a binary a cataloger would have read (a Go binary over the
        // bound), which is then an unknown, as a wanted file past the bounds is; the rest is skipped unread.
        const head: Buffer[] = [];
        let headBytes = 0;
        for await (const chunk of body) {
          head.push(chunk);
          headBytes += chunk.length;
          if (headBytes >= SNIFF_BYTES) break;
        }
        if (interest.sniff(Buffer.concat(head).subarray(0, SNIFF_BYTES))) node.unread = `${where}: an executable of ${entry.size} bytes, more than the ${limits.maxFileBytes} bytes inspected; not cataloged`;
        return;
      }
      const chunks: Buffer[] = [];
      let have = 0;
      let sniffed = false;
      for await (const chunk of body) {
        chunks.push(chunk);
        have += chunk.length;
        if (!sniffed && have >= SNIFF_BYTES) {
          if (!interest.sniff(Buffer.concat(chunks).subarray(0, SNIFF_BYTES))) return;
          sniffed = true;
        }
      }
      if (sniffed) node.found = await interest.inspect(path, chunkedFile(chunks, have));
    });
      // The rest of the stream after the end-of-archive blocks still counts for the digests.
      for await (const chunk of uncompressed) void chunk;
    } finally {
      stored.destroy();
    }
    const diffId = `sha256:${diffHash.digest('hex')}`;
    if (diffId !== layer.diffId.toLowerCase()) {
      throw new ImageSbomError('IMAGE_DIGEST_MISMATCH', `${where}: the uncompressed layer hashes to ${diffId}, not the diff ID the image config names`, { hint: 'the layer or config was altered or damaged; pull or save the image again' });
    }
    const storedDigest = `sha256:${storedHash.digest('hex')}`;
    if (layer.digest.startsWith('sha256:') && storedDigest !== layer.digest.toLowerCase()) {
      throw new ImageSbomError('IMAGE_DIGEST_MISMATCH', `${where}: the stored blob hashes to ${storedDigest}, not ${layer.digest} as the manifest names it`, { hint: 'the blob was altered or damaged; pull or save the image again' });
    }
  }
  // Read from the final filesystem: a file a later layer replaced or deleted is no unknown of the image.
  return { fs, unknowns: fs.unread().map((file) => ({ path: file.path, reason: file.node.unread as string })) };
}

function copyFound(node: FsNode, target: FsNode): void {
  if (target.content !== undefined) node.content = target.content;
  if (target.found !== undefined) node.found = target.found;
  if (target.unread !== undefined) node.unread = target.unread;
}
