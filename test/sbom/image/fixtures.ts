import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, zstdCompressSync } from 'node:zlib';

/** One entry of a test layer: a file (default), directory, symbolic or hard link. */
export interface Entry {
  path: string;
  content?: string | Buffer;
  kind?: 'file' | 'directory' | 'symlink' | 'hardlink';
  linkName?: string;
  mode?: number;
}

/** A test layer: its entries, how it is compressed, or raw tar bytes given as they are (hostile layers). */
export interface LayerSpec {
  entries?: readonly Entry[];
  raw?: Buffer;
  compression?: 'gzip' | 'zstd' | 'none';
}

const TYPEFLAG = { file: '0', directory: '5', symlink: '2', hardlink: '1' } as const;

/** One ustar header block with a correct checksum (hostile layers are built from these by hand). */
export function header(name: string, size: number, mode: number, type: string, linkName = ''): Buffer {
  const block = Buffer.alloc(512);
  const octal = (offset: number, length: number, value: number): void => {
    block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'latin1');
  };
  block.write(name, 0, 100, 'utf8');
  octal(100, 8, mode);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, size);
  octal(136, 12, 0);
  block.write('        ', 148, 8, 'latin1');
  block.write(type, 156, 1, 'latin1');
  block.write(linkName, 157, 100, 'utf8');
  block.write('ustar\0', 257, 6, 'latin1');
  block.write('00', 263, 2, 'latin1');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return block;
}

/** The zeros after a body of `size` bytes, to a whole block. */
export function pad(size: number): Buffer {
  return Buffer.alloc((512 - (size % 512)) % 512);
}

/** A PAX record `<length> key=value\n`, its length counting itself. */
export function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (`${length}${body}`.length !== length) length = Buffer.byteLength(`${length}${body}`);
  return `${length}${body}`;
}

/**
 * A tar archive of the entries, in the order given, each preceded by the directory entries of its
 * parents not yet written (as real layers have them: syft's globs need them; `parents: false` leaves
 * them out); names over 100 bytes
 * get a PAX header.
 */
export function tar(entries: readonly Entry[], options: { end?: boolean; parents?: boolean } = {}): Buffer {
  const blocks: Buffer[] = [];
  const directories = new Set<string>();
  const withParents = entries.flatMap((entry) => {
    const parts = entry.path.split('/').filter((part) => part !== '');
    // A hostile name is written alone, as given.
    if (parts.includes('..') || options.parents === false) return [entry];
    const parents: Entry[] = [];
    for (let depth = 1; depth < parts.length; depth++) {
      const directory = `${parts.slice(0, depth).join('/')}/`;
      if (directories.has(directory)) continue;
      directories.add(directory);
      parents.push({ path: directory, kind: 'directory' });
    }
    if (entry.kind === 'directory') directories.add(entry.path.endsWith('/') ? entry.path : `${entry.path}/`);
    return [...parents, entry];
  });
  for (const entry of withParents) {
    const kind = entry.kind ?? 'file';
    const content = kind === 'file' ? Buffer.from(entry.content ?? '') : Buffer.alloc(0);
    let name = entry.path;
    let linkName = entry.linkName ?? '';
    // Longer names and link targets than ustar's 100 bytes go in a PAX header, as tar writes them.
    const records = [...(Buffer.byteLength(name) > 100 ? [paxRecord('path', name)] : []), ...(Buffer.byteLength(linkName) > 100 ? [paxRecord('linkpath', linkName)] : [])];
    if (records.length > 0) {
      const pax = Buffer.from(records.join(''));
      blocks.push(header('PaxHeader', pax.length, 0o644, 'x'), pax, pad(pax.length));
      name = name.slice(0, 99);
      linkName = linkName.slice(0, 99);
    }
    blocks.push(header(name, content.length, entry.mode ?? (kind === 'directory' ? 0o755 : 0o644), TYPEFLAG[kind], linkName), content, pad(content.length));
  }
  if (options.end !== false) blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The blobs of a test image: config, layers (stored and uncompressed) and manifest. */
export interface BuiltImage {
  config: Buffer;
  layers: { stored: Buffer; tar: Buffer; mediaType: string }[];
  manifest: Buffer;
  digest: string;
}

/** An image of the layers, bottom first, for a platform. */
export function buildImage(layers: readonly LayerSpec[], platform: { os: string; architecture: string } = { os: 'linux', architecture: 'amd64' }): BuiltImage {
  const built = layers.map((layer) => {
    const tarBytes = layer.raw ?? tar(layer.entries ?? []);
    const compression = layer.compression ?? 'gzip';
    const stored = compression === 'gzip' ? gzipSync(tarBytes) : compression === 'zstd' ? zstdCompressSync(tarBytes) : tarBytes;
    const mediaType = `application/vnd.oci.image.layer.v1.tar${compression === 'none' ? '' : `+${compression}`}`;
    return { stored, tar: tarBytes, mediaType };
  });
  const config = Buffer.from(JSON.stringify({ architecture: platform.architecture, os: platform.os, rootfs: { type: 'layers', diff_ids: built.map((layer) => sha256(layer.tar)) } }));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: built.map((layer) => ({ mediaType: layer.mediaType, digest: sha256(layer.stored), size: layer.stored.length })),
    }),
  );
  return { config, layers: built, manifest, digest: sha256(manifest) };
}

/** Writes images as an OCI layout (an index over them, each with its platform). */
export async function writeLayout(dir: string, images: readonly { image: BuiltImage; platform?: { os: string; architecture: string } }[]): Promise<void> {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  for (const { image } of images) {
    for (const blob of [image.config, image.manifest, ...image.layers.map((layer) => layer.stored)]) await writeFile(join(blobs, sha256(blob).slice('sha256:'.length)), blob);
  }
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: images.map(({ image, platform }) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: image.digest, size: image.manifest.length, ...(platform === undefined ? {} : { platform }) })),
  };
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
}

/** A `docker save` archive (the classic format: `<n>/layer.tar`, uncompressed) of one image; `prefix` (`./`) is put before the names manifest.json gives. */
export function dockerArchive(image: BuiltImage, prefix = ''): Buffer {
  const configName = `${sha256(image.config).slice('sha256:'.length)}.json`;
  const layerNames = image.layers.map((_, index) => `layer${index}/layer.tar`);
  const manifest = JSON.stringify([{ Config: `${prefix}${configName}`, RepoTags: ['example/test:latest'], Layers: layerNames.map((layer) => `${prefix}${layer}`) }]);
  return tar([
    { path: 'manifest.json', content: manifest },
    { path: configName, content: image.config },
    ...image.layers.map((layer, index) => ({ path: layerNames[index] as string, content: layer.tar })),
  ]);
}

/** A dpkg status database of the packages, as `Package/Version/Architecture/Source` paragraphs. */
export function dpkgStatus(packages: readonly { name: string; version: string; arch?: string; source?: string; depends?: string; status?: string }[]): string {
  return packages
    .map((pkg) =>
      [
        `Package: ${pkg.name}`,
        `Status: ${pkg.status ?? 'install ok installed'}`,
        'Maintainer: Test Maintainers <test@example.org>',
        `Architecture: ${pkg.arch ?? 'amd64'}`,
        ...(pkg.source === undefined ? [] : [`Source: ${pkg.source}`]),
        `Version: ${pkg.version}`,
        ...(pkg.depends === undefined ? [] : [`Depends: ${pkg.depends}`]),
        'Description: a test package',
        ' with a continuation line',
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

export const DEBIAN_OS_RELEASE = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';

export const ALPINE_OS_RELEASE = 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\n';

/**
 * An apk database of three packages in the shape Alpine 3.20 writes (`C:` the Q1 SHA-1 of the
 * control data, `S:`/`I:` sizes, `o:` origin, `D:` and `p:` dependencies and provides, `F:`/`R:`
 * the file list), with the metadata of Alpine's musl, busybox and busybox-binsh packages.
 */
export const APK_INSTALLED = [
  'C:Q1pNlpWD/7Bw7MaNzWi7MQd1hsCdw=\nP:musl\nV:1.2.5-r0\nA:x86_64\nS:411107\nI:655360\nT:the musl c library (libc) implementation\nU:https://musl.libc.org/\nL:MIT\no:musl\nm:Natanael Copa <ncopa@alpinelinux.org>\nt:1712253300\nc:3d1b8a1c1d8c5c5c1b0f7f1a2a5a1e7e4f8b1c2d\np:so:libc.musl-x86_64.so.1=1\nF:lib\nR:ld-musl-x86_64.so.1\nR:libc.musl-x86_64.so.1\n',
  'C:Q1Ea2S8rjJ8Pa4lW0x8BvV5Hh2Ej4=\nP:busybox-binsh\nV:1.36.1-r29\nA:x86_64\nS:1547\nI:1\nT:busybox ash /bin/sh\nU:https://busybox.net/\nL:GPL-2.0-only\no:busybox\nm:Sören Tempel <soeren+alpine@soeren-tempel.net>\nD:busybox=1.36.1-r29\np:/bin/sh cmd:sh=1.36.1-r29\nF:bin\nR:sh\n',
  'C:Q1bMGtRQ3rlx1ReCQ6KSSZ8R4ilUk=\nP:busybox\nV:1.36.1-r29\nA:x86_64\nS:508851\nI:952320\nT:Size optimized toolbox of many common UNIX utilities\nU:https://busybox.net/\nL:GPL-2.0-only\no:busybox\nm:Sören Tempel <soeren+alpine@soeren-tempel.net>\nD:so:libc.musl-x86_64.so.1\np:/bin/sh cmd:busybox=1.36.1-r29\nF:bin\nR:busybox\n',
].join('\n');
