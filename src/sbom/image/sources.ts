import { constants, createReadStream } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { basename, join, posix, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { messageOf, systemErrorCode } from '../../core/errors.js';
import { printable } from '../../core/logger.js';
import { pathInside } from '../../core/paths.js';
import { ImageSbomError } from './errors.js';
import { compressionOf, type LayerSource } from './layers.js';
import { checkDigest, checkedDigest, checkPlatform, DEFAULT_PLATFORM, imageConfig, imageManifest, MAX_METADATA_BYTES, platformManifest, type ImageSource, type Platform, type ReadManifest } from './manifest.js';
import { BLOCK, headerAt, isZeroBlock, padding, PendingExtensions } from './tar.js';

function unreadable(what: string, error: unknown): ImageSbomError {
  const code = systemErrorCode(error);
  return new ImageSbomError('IMAGE_SOURCE_INVALID', `cannot read ${what}: ${code === 'ENOENT' ? 'it does not exist' : messageOf(error)}`, { cause: error, hint: 'give an OCI layout directory (oci-dir:PATH), a `docker save` archive (docker-archive:FILE) or an image reference (registry:REF)' });
}

/**
 * Opens a regular file for reading without waiting on it: a FIFO would block `open` until a writer
 * came, so it is opened non-blocking (which regular files ignore) and refused after `fstat`, as are
 * devices and directories.
 */
async function openRegular(path: string, what: string, hint: string): Promise<FileHandle> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!(await handle.stat()).isFile()) throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} is not a regular file`, { hint });
    return handle;
  } catch (error) {
    await handle?.close();
    if (error instanceof ImageSbomError) throw error;
    throw unreadable(what, error);
  }
}

/**
 * The real path of a file of an OCI layout, refused when a symbolic link leads out of the layout's
 * directory (`realRoot`, already real): a layout from elsewhere (a repository, an archive) could
 * otherwise have trust-kit read, and quote in its errors, any file the user can read.
 */
async function insideLayout(realRoot: string, path: string, what: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw unreadable(what, error);
  }
  if (pathInside(realRoot, real) === undefined) {
    throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} is a symbolic link to a file outside the layout`, { hint: 'the layout is damaged or hostile; save the image again, with its blobs inside the layout directory' });
  }
  return real;
}

/** A regular file's bytes, at most `maxBytes` (FIFOs, devices and oversized files refused). */
async function readBounded(path: string, maxBytes: number, what: string): Promise<Buffer> {
  const handle = await openRegular(path, what, 'the layout is damaged; save the image again');
  try {
    const info = await handle.stat();
    if (info.size > maxBytes) throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${what} is ${info.size} bytes, more than the ${maxBytes} allowed`, { hint: 'the layout is damaged or hostile; save the image again' });
    const buffer = Buffer.alloc(info.size);
    const { bytesRead } = await handle.read(buffer, 0, info.size, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    if (error instanceof ImageSbomError) throw error;
    throw unreadable(what, error);
  } finally {
    await handle.close();
  }
}

/** Reads a named image out of an index or manifest, descending nested indexes to the platform's image manifest. */
async function resolveImage(
  name: string,
  top: ReadManifest,
  blob: (digest: string, where: string) => Promise<Buffer>,
  layerOpener: (descriptor: { digest: string }) => () => Promise<Readable>,
  platform: Platform | undefined,
): Promise<ImageSource> {
  const found = await platformManifest(name, top, async (entry, where) => ({ bytes: await blob(entry.digest, where), mediaType: entry.mediaType, where }), platform);
  const manifest = imageManifest(found.bytes, found.where);
  const config = imageConfig(await blob(manifest.config.digest, `${name}: config ${manifest.config.digest}`), manifest.layers.length, `${name}: config`);
  checkPlatform(config, platform, name);
  const layers = manifest.layers.map((layer, index) => ({ digest: layer.digest, diffId: config.diffIds[index] as string, open: layerOpener(layer) }));
  return { name, ...(found.digest === undefined ? {} : { digest: found.digest }), platform: config.platform, layers };
}

function parseJson(bytes: Buffer, where: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not JSON: ${printable((error as Error).message)}`, { cause: error, hint: 'the image metadata is damaged; save the image again' });
  }
}

/**
 * An image from an OCI image layout directory (`oci-dir:PATH`): `index.json`, then the platform's
 * manifest, config and layers from `blobs/sha256/`, each checked against its digest.
 */
export async function ociLayoutSource(dir: string, platform?: Platform, cwd = '.'): Promise<ImageSource> {
  const root = resolve(cwd, dir);
  const info = await stat(root).catch((error: unknown) => {
    throw unreadable(`the OCI layout ${root}`, error);
  });
  if (!info.isDirectory()) throw new ImageSbomError('IMAGE_SOURCE_INVALID', `the OCI layout ${root} is not a directory`, { hint: 'oci-dir: takes the directory holding index.json and blobs/' });
  const realRoot = await realpath(root).catch((error: unknown) => {
    throw unreadable(`the OCI layout ${root}`, error);
  });
  const blobPath = (digest: string): string => join(realRoot, 'blobs', 'sha256', digest.slice('sha256:'.length));
  const blob = async (digest: string, where: string): Promise<Buffer> => {
    const bytes = await readBounded(await insideLayout(realRoot, blobPath(checkedDigest(digest, where)), where), MAX_METADATA_BYTES, where);
    checkDigest(bytes, digest, where);
    return bytes;
  };
  const where = `oci-dir:${dir}: index.json`;
  const index = await readBounded(await insideLayout(realRoot, join(realRoot, 'index.json'), where), MAX_METADATA_BYTES, where);
  const opener = (descriptor: { digest: string; size?: number }) => async () => {
    const what = `oci-dir:${dir}: layer ${descriptor.digest}`;
    const handle = await openRegular(await insideLayout(realRoot, blobPath(descriptor.digest), what), what, 'the layout is damaged; save the image again');
    // The (digest-checked) manifest says how large the blob is: another size is known before a byte is read, not after gigabytes.
    const { size } = await handle.stat();
    if (descriptor.size !== undefined && size !== descriptor.size) {
      await handle.close();
      throw new ImageSbomError('IMAGE_DIGEST_MISMATCH', `${what}: the blob is ${size} bytes, not the ${descriptor.size} its manifest declares`, { hint: 'the blob was altered or damaged; save the image again' });
    }
    return handle.createReadStream({ highWaterMark: 1024 * 1024 });
  };
  return { ...(await resolveImage(`oci-dir:${dir}`, { bytes: index, mediaType: 'application/vnd.oci.image.index.v1+json', where }, blob, opener, platform)), label: `oci-dir:${basename(root)}` };
}

/** Where a member of a tar archive is: its body's offset and size. */
interface Member {
  offset: number;
  size: number;
}

/** The most images a `docker save` archive's manifest.json may list (`docker save` writes one per image saved). */
export const MAX_ARCHIVE_IMAGES = 1024;

/** The most entries (headers of any kind) an image archive may hold: `docker save` writes a few per layer, and docker allows at most 127 layers. */
export const MAX_ARCHIVE_MEMBERS = 65_536;

/** The most symbolic links followed to find one member of an image archive. */
const MAX_ARCHIVE_LINK_HOPS = 8;

/**
 * The regular files of a tar archive by name, from its headers alone (bodies are skipped, not
 * read), extension headers applied as the layers' reader applies them (a layer over 8 GiB has its
 * size in a PAX record). A symbolic link to another member inside the archive names that member:
 * `docker save` before Docker 25 writes a layer an image repeats as a link to its first copy.
 */
async function indexArchive(path: string, what: string): Promise<Map<string, Member>> {
  const members = new Map<string, Member>();
  const links = new Map<string, string>();
  let handle: FileHandle | undefined;
  try {
    handle = await openRegular(path, what, 'give the file `docker save` wrote');
    const { size: total } = await handle.stat();
    const pending = new PendingExtensions();
    // Headers of every kind are counted: each costs a read, and directories or links are as cheap to write as files.
    let headers = 0;
    let offset = 0;
    const block = Buffer.alloc(BLOCK);
    while (offset + BLOCK <= total) {
      await handle.read(block, 0, BLOCK, offset);
      // `docker save | gzip` (docker load takes it): said for what it is, not as a tar header that does not add up.
      const compressed = offset === 0 ? compressionOf(block) : undefined;
      if (compressed !== undefined) {
        throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} is ${compressed.name}-compressed, not the tar archive \`docker save\` writes`, { hint: `decompress it first (with ${compressed.tool}), or give \`docker save\`'s output as it is` });
      }
      if (isZeroBlock(block)) break;
      if (++headers > MAX_ARCHIVE_MEMBERS) {
        throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${what} holds more than ${MAX_ARCHIVE_MEMBERS} entries`, { hint: 'an image archive holds a few entries per layer; the archive is not one `docker save` wrote, or is hostile' });
      }
      const header = headerAt(block, what);
      const body = offset + BLOCK;
      const size = PendingExtensions.isExtension(header.typeflag) ? header.size : undefined;
      const entry = size === undefined ? pending.entry(header, what) : undefined;
      const length = size ?? entry?.size ?? 0;
      if (body + length > total) throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} ends inside the entry ${printable((entry?.name ?? header.name).slice(0, 200))} (truncated)`, { hint: 'save the image again' });
      if (size !== undefined) {
        PendingExtensions.checkSize(size, what);
        const data = Buffer.alloc(size);
        await handle.read(data, 0, size, body);
        pending.add(header.typeflag, data, what);
      } else if (entry?.kind === 'file') {
        members.set(entry.name.replace(/^\.\//, ''), { offset: body, size: entry.size });
      } else if (entry?.kind === 'symlink') {
        links.set(entry.name.replace(/^\.\//, ''), entry.linkName);
      }
      offset = body + length + padding(length);
    }
    for (const [name, linkName] of links) {
      const member = linkedMember(name, linkName, members, links);
      if (member !== undefined && !members.has(name)) members.set(name, member);
    }
  } catch (error) {
    // The archive's headers are read by the layers' tar reader, whose code is about a layer: the archive is the source here.
    if (error instanceof ImageSbomError && error.code === 'IMAGE_LAYER_INVALID') {
      const detail = error.message.startsWith(`${what}: `) ? error.message.slice(what.length + 2) : error.message;
      throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} is not a tar archive as \`docker save\` writes: ${detail}`, { cause: error, hint: 'give the file `docker save` wrote, or save the image again' });
    }
    if (error instanceof ImageSbomError) throw error;
    throw unreadable(what, error);
  } finally {
    await handle?.close();
  }
  return members;
}

/** The member a link of the archive leads to, relative to the link's directory; undefined when it leads out of the archive, nowhere, or round. */
function linkedMember(name: string, linkName: string, members: ReadonlyMap<string, Member>, links: ReadonlyMap<string, string>): Member | undefined {
  let at = name;
  let target = linkName;
  for (let hop = 0; hop < MAX_ARCHIVE_LINK_HOPS; hop++) {
    if (target.startsWith('/')) return undefined;
    const joined = posix.normalize(posix.join(posix.dirname(at), target));
    if (joined === '..' || joined.startsWith('../')) return undefined;
    const member = members.get(joined);
    if (member !== undefined) return member;
    const next = links.get(joined);
    if (next === undefined) return undefined;
    at = joined;
    target = next;
  }
  return undefined;
}

/**
 * An image from a `docker save` archive (`docker-archive:FILE`): `manifest.json` names the config
 * and the layers (uncompressed tars in older Docker, OCI blobs since Docker 25); the first image
 * for the platform is read. Members are read in place, by offset, never extracted.
 */
export async function dockerArchiveSource(file: string, platform?: Platform, cwd = '.'): Promise<ImageSource> {
  const path = resolve(cwd, file);
  const name = `docker-archive:${file}`;
  const members = await indexArchive(path, name);
  const readMember = async (member: string, where: string, maxBytes = MAX_METADATA_BYTES): Promise<Buffer> => {
    const found = members.get(member);
    if (found === undefined) throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where}: the archive has no ${printable(member.slice(0, 200))}`, { hint: 'give an archive written by `docker save`' });
    if (found.size > maxBytes) throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: ${printable(member.slice(0, 200))} is ${found.size} bytes, more than the ${maxBytes} allowed`, { hint: 'the archive is damaged or hostile' });
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(found.size);
      await handle.read(buffer, 0, found.size, found.offset);
      return buffer;
    } finally {
      await handle.close();
    }
  };
  const manifestWhere = `${name}: manifest.json`;
  const manifest = parseJson(await readMember('manifest.json', manifestWhere), manifestWhere);
  if (!Array.isArray(manifest) || manifest.length === 0) throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${manifestWhere} lists no image`, { hint: 'give an archive written by `docker save`' });
  const wanted = platform ?? DEFAULT_PLATFORM;
  let chosen: { config: Buffer; layers: string[]; configName: string } | undefined;
  if (manifest.length > MAX_ARCHIVE_IMAGES) {
    throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${manifestWhere} lists ${manifest.length} images, more than the ${MAX_ARCHIVE_IMAGES} read`, { hint: 'save fewer images in one archive (each is read in turn until one is for the platform)' });
  }
  const offered: string[] = [];
  // Every image for the platform, by its tags: more than one, and which one is meant is not said.
  const matching: string[] = [];
  // A config read once is not read again: entries naming the same big config would each cost a read and a parse.
  const passed = new Set<string>();
  for (const [index, entry] of manifest.entries()) {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const where = `${manifestWhere}[${index}]`;
    if (typeof record.Config !== 'string' || !Array.isArray(record.Layers) || !record.Layers.every((layer) => typeof layer === 'string')) {
      throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} has no Config and Layers`, { hint: 'give an archive written by `docker save`' });
    }
    // Members are named without a leading `./` (see indexArchive), and so are the paths the manifest gives them.
    const configName = record.Config.replace(/^\.\//, '');
    if (passed.has(configName)) continue;
    passed.add(configName);
    const config = await readMember(configName, where);
    const parsed = imageConfig(config, record.Layers.length, `${name}: ${printable(configName.slice(0, 200))}`);
    offered.push(`${parsed.platform.os}/${parsed.platform.architecture}`);
    if (manifest.length === 1 || (parsed.platform.os === wanted.os && parsed.platform.architecture === wanted.architecture)) {
      chosen ??= { config, layers: (record.Layers as string[]).map((layer) => layer.replace(/^\.\//, '')), configName };
      const tags = Array.isArray(record.RepoTags) ? record.RepoTags.filter((tag): tag is string => typeof tag === 'string') : [];
      matching.push(tags.length > 0 ? tags.join(' ') : configName);
    }
  }
  if (matching.length > 1) {
    throw new ImageSbomError('IMAGE_PLATFORM_AMBIGUOUS', `${name} holds ${matching.length} images for ${wanted.os}/${wanted.architecture} (${printable(matching.slice(0, 5).join(', ').slice(0, 500))}${matching.length > 5 ? ', ...' : ''}): which one is meant is not said`, {
      hint: 'save the image alone (`docker save IMAGE -o image.tar`), or give another platform with --platform os/arch',
    });
  }
  if (chosen === undefined) throw new ImageSbomError('IMAGE_PLATFORM_NOT_FOUND', `${name} has no image for ${wanted.os}/${wanted.architecture} (it has ${printable(offered.join(', ').slice(0, 500))})`, { hint: 'choose one of its platforms with --platform os/arch' });
  const config = imageConfig(chosen.config, chosen.layers.length, `${name}: ${printable(chosen.configName.slice(0, 200))}`);
  checkPlatform(config, platform, name);
  // Named by its digest (`blobs/sha256/<hex>` since Docker 25, `sha256:<hex>` as crane writes it): checked against it.
  const configDigest = /^(?:blobs\/sha256\/|sha256:)([a-f0-9]{64})$/.exec(chosen.configName);
  if (configDigest?.[1] !== undefined) checkDigest(chosen.config, `sha256:${configDigest[1]}`, `${name}: ${chosen.configName}`);
  const layers: LayerSource[] = chosen.layers.map((layer, index) => {
    const member = members.get(layer);
    const where = `${name}: layer ${printable(layer.slice(0, 200))}`;
    if (member === undefined) throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not in the archive`, { hint: 'give an archive written by `docker save`' });
    // OCI blobs since Docker 25; `<hex>.tar.gz` as crane (go-containerregistry's tarball) writes them, gzip-compressed, named by the compressed digest.
    const match = /^(?:blobs\/sha256\/([a-f0-9]{64})|([a-f0-9]{64})\.tar\.gz)$/.exec(layer);
    const blobDigest = match?.[1] ?? match?.[2];
    const diffId = config.diffIds[index] as string;
    return {
      // Older archives name layers `<id>/layer.tar`, uncompressed: the diff ID is then the stored digest too.
      digest: blobDigest === undefined ? diffId : `sha256:${blobDigest}`,
      diffId,
      open: () => Promise.resolve(member.size === 0 ? Readable.from([]) : createReadStream(path, { start: member.offset, end: member.offset + member.size - 1, highWaterMark: 1024 * 1024 })),
    };
  });
  return { name, label: `docker-archive:${basename(path)}`, platform: config.platform, layers };
}
