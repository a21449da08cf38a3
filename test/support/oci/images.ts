import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { blobFromBytes, MEDIA_TYPES, type Descriptor, type RegistryClient, type RepositoryName } from '../../../src/oci/index.js';

/** A file in a test layer. */
export interface LayerFile {
  readonly path: string;
  readonly content: string | Buffer;
  readonly mode?: number;
}

/** A test image: its blobs and manifest bytes, ready to push or write as an OCI layout. */
export interface TestImage {
  readonly config: Buffer;
  readonly layers: readonly Buffer[];
  readonly manifest: Buffer;
  readonly digest: string;
  readonly descriptor: Descriptor;
}

/** A multi-platform test index over test images. */
export interface TestIndex {
  readonly images: readonly TestImage[];
  readonly index: Buffer;
  readonly digest: string;
}

/** A dpkg status database of three packages, as Debian keeps it in var/lib/dpkg/status. */
export const DPKG_STATUS = [
  'Package: base-files\nStatus: install ok installed\nPriority: required\nSection: admin\nMaintainer: Santiago Vila <sanvila@debian.org>\nArchitecture: amd64\nVersion: 12.4+deb12u5\nDescription: Debian base system miscellaneous files\n',
  'Package: libc6\nStatus: install ok installed\nPriority: optional\nSection: libs\nMaintainer: GNU Libc Maintainers <debian-glibc@lists.debian.org>\nArchitecture: amd64\nMulti-Arch: same\nSource: glibc\nVersion: 2.36-9+deb12u4\nDescription: GNU C Library: Shared libraries\n',
  'Package: zlib1g\nStatus: install ok installed\nPriority: optional\nSection: libs\nMaintainer: Mark Brown <broonie@debian.org>\nArchitecture: amd64\nMulti-Arch: same\nSource: zlib\nVersion: 1:1.2.13.dfsg-1\nDepends: libc6 (>= 2.14)\nDescription: compression library - runtime\n',
].join('\n');

/** The files of the minimal Debian-like root filesystem test images carry. */
export function debianFiles(marker: string): LayerFile[] {
  return [
    { path: 'etc/os-release', content: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n' },
    { path: 'var/lib/dpkg/status', content: DPKG_STATUS },
    { path: 'usr/share/doc/trust-kit-test/marker', content: `${marker}\n` },
    { path: 'usr/bin/hello', content: '#!/bin/sh\necho hello\n', mode: 0o755 },
  ];
}

/** A deterministic ustar archive of regular files (mtime 0, root-owned), with their parent directories. */
export function tarArchive(files: readonly LayerFile[]): Buffer {
  const blocks: Buffer[] = [];
  const directories = new Set<string>();
  for (const file of files) {
    const parts = file.path.split('/');
    for (let i = 1; i < parts.length; i += 1) {
      const directory = `${parts.slice(0, i).join('/')}/`;
      if (!directories.has(directory)) {
        directories.add(directory);
        blocks.push(tarHeader(directory, 0, 0o755, '5'));
      }
    }
    const content = Buffer.from(file.content);
    blocks.push(tarHeader(file.path, content.length, file.mode ?? 0o644, '0'), content, Buffer.alloc((512 - (content.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

function tarHeader(path: string, size: number, mode: number, type: string): Buffer {
  if (Buffer.byteLength(path) > 100) throw new Error(`test tar path too long: ${path}`);
  const header = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string): void => {
    header.write(value, offset, length, 'utf8');
  };
  const octal = (offset: number, length: number, value: number): void => field(offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
  field(0, 100, path);
  octal(100, 8, mode);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, size);
  octal(136, 12, 0);
  field(148, 8, '        ');
  field(156, 1, type);
  field(257, 6, 'ustar\0');
  field(263, 2, '00');
  let sum = 0;
  for (const byte of header) sum += byte;
  field(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Builds a one-layer OCI image for a platform whose layer holds `files`. */
export function buildImage(files: readonly LayerFile[], platform: { os: string; architecture: string } = { os: 'linux', architecture: 'amd64' }): TestImage {
  const tar = tarArchive(files);
  // gzip's header carries no name or time when given a buffer, so the layer is deterministic.
  const layer = gzipSync(tar, { level: 6 });
  const config = Buffer.from(
    JSON.stringify({ architecture: platform.architecture, os: platform.os, config: {}, rootfs: { type: 'layers', diff_ids: [sha256(tar)] }, history: [{ created_by: 'trust-kit test' }] }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociConfig, digest: sha256(config), size: config.length },
      layers: [{ mediaType: MEDIA_TYPES.ociLayerGzip, digest: sha256(layer), size: layer.length }],
    }),
  );
  const digest = sha256(manifest);
  return { config, layers: [layer], manifest, digest, descriptor: { mediaType: MEDIA_TYPES.ociManifest, digest, size: manifest.length, platform } };
}

/** Builds an amd64 + arm64 index over two images that differ in a marker file. */
export function buildMultiArchIndex(marker: string): TestIndex {
  const images = (['amd64', 'arm64'] as const).map((architecture) => buildImage(debianFiles(`${marker} ${architecture}`), { os: 'linux', architecture }));
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: images.map((image) => image.descriptor) }));
  return { images, index, digest: sha256(index) };
}

/** Pushes an image's blobs and manifest with trust-kit's client; returns the manifest's digest. */
export async function pushImage(client: RegistryClient, repository: RepositoryName, image: TestImage, tag?: string, options: { chunkBytes?: number } = {}): Promise<string> {
  for (const blob of [image.config, ...image.layers]) await client.pushBlob(repository, blobFromBytes(blob), options);
  return (await client.putManifest(repository, image.manifest, MEDIA_TYPES.ociManifest, tag)).digest;
}

/** Pushes an index and its images with trust-kit's client; returns the index's digest. */
export async function pushIndex(client: RegistryClient, repository: RepositoryName, index: TestIndex, tag?: string): Promise<string> {
  for (const image of index.images) await pushImage(client, repository, image);
  return (await client.putManifest(repository, index.index, MEDIA_TYPES.ociIndex, tag)).digest;
}

/** Writes an image or index as an OCI image layout directory (what `crane push DIR` reads). */
export async function writeOciLayout(dir: string, content: TestImage | TestIndex): Promise<void> {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const images = 'images' in content ? content.images : [content];
  const write = (bytes: Buffer): Promise<void> => writeFile(join(blobs, sha256(bytes).slice('sha256:'.length)), bytes);
  for (const image of images) {
    for (const blob of [image.config, ...image.layers, image.manifest]) await write(blob);
  }
  let top: Descriptor;
  if ('images' in content) {
    await write(content.index);
    top = { mediaType: MEDIA_TYPES.ociIndex, digest: content.digest, size: content.index.length };
  } else {
    top = { mediaType: MEDIA_TYPES.ociManifest, digest: content.digest, size: content.manifest.length };
  }
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [top] }));
}
