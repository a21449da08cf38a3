import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test, type TestContext } from 'node:test';
import zlib, { gunzipSync, gzipSync, zstdCompressSync } from 'node:zlib';
import { DEFAULT_IMAGE_LIMITS, dockerArchiveSource, imageSbom, ociLayoutSource, openImageSource, parsePlatform, squashLayers, type ImageSource, type LayerSource } from '../../../src/sbom/image/index.js';
import { OciError } from '../../../src/oci/index.js';
import type { FileInterest } from '../../../src/sbom/image/layers.js';
import { copyrightLicenses } from '../../../src/sbom/image/catalogers/dpkg.js';
import { assertLinear } from '../../support/scaling.js';
import { tempDir } from '../../support/tmp.js';
import { ALPINE_OS_RELEASE, APK_INSTALLED, buildImage, DEBIAN_OS_RELEASE, dockerArchive, dpkgStatus, header, pad, paxRecord, sha256, tar, writeLayout, type BuiltImage, type Entry, type LayerSpec } from './fixtures.js';

const CLOCK = { now: () => new Date('2026-01-02T03:04:05Z') };
const GO_BINARY = join(import.meta.dirname, '../../fixtures/sbom/go-binary/hello-linux-amd64.gz');

const STATUS = dpkgStatus([
  { name: 'libc6', version: '2.36-9+deb12u4', source: 'glibc' },
  { name: 'zlib1g', version: '1:1.2.13.dfsg-1', source: 'zlib', depends: 'libc6 (>= 2.14)' },
  { name: 'base-files', version: '12.4+deb12u5' },
  { name: 'removed', version: '1.0', status: 'deinstall ok config-files' },
]);

const COPYRIGHT_DEP5 = 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nCopyright: 1991 FSF\nLicense: LGPL-2.1+\n\nFiles: debian/*\nLicense: GPL-2+\n';

function debianLayer(extra: Entry[] = []): LayerSpec {
  return {
    entries: [
      { path: 'etc', kind: 'directory' },
      { path: 'etc/os-release', content: DEBIAN_OS_RELEASE },
      { path: 'etc/debian_version', content: '12.8\n' },
      { path: 'var/lib/dpkg/status', content: STATUS },
      { path: 'usr/share/doc/libc6/copyright', content: COPYRIGHT_DEP5 },
      ...extra,
    ],
  };
}

/** Layer sources over in-memory blobs. */
function memorySource(image: BuiltImage, name = 'oci-dir:test'): ImageSource {
  const config = JSON.parse(image.config.toString('utf8')) as { rootfs: { diff_ids: string[] } };
  const layers: LayerSource[] = image.layers.map((layer, index) => ({ digest: sha256(layer.stored), diffId: config.rootfs.diff_ids[index] as string, open: () => Promise.resolve(Readable.from([layer.stored])) }));
  return { name, digest: image.digest, platform: { os: 'linux', architecture: 'amd64' }, layers };
}

async function layout(t: TestContext, image: BuiltImage): Promise<string> {
  const dir = await tempDir(t, 'trust-kit-imgsbom-');
  await writeLayout(dir, [{ image, platform: { os: 'linux', architecture: 'amd64' } }]);
  return dir;
}

function property(pkg: { properties?: { name: string; value: string }[] }, name: string): string | undefined {
  return pkg.properties?.find((entry) => entry.name === name)?.value;
}

test('oci-dir: dpkg packages as syft writes their purls, with licenses from copyright, Depends edges and the layer they came from', async (t) => {
  const image = buildImage([{ entries: [{ path: 'bin/sh', content: 'x' }] }, debianLayer()]);
  const dir = await layout(t, image);
  const { sbom, lockfiles } = await imageSbom(await ociLayoutSource(dir), { clock: CLOCK });
  const purls = sbom.packages.map((pkg) => pkg.purl);
  assert.deepEqual(purls, [
    'pkg:deb/debian/base-files@12.4%2Bdeb12u5?arch=amd64&distro=debian-12.8',
    'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12.8&upstream=glibc',
    'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12.8&upstream=zlib',
  ]);
  const libc = sbom.packages.find((pkg) => pkg.name === 'libc6');
  assert.equal(libc?.license, 'GPL-2+ AND LGPL-2.1+');
  assert.equal(property(libc ?? {}, 'syft:location:0:layerID'), sha256(image.layers[1]?.tar as Buffer));
  assert.equal(property(libc ?? {}, 'syft:location:0:path'), '/var/lib/dpkg/status');
  assert.equal(property(libc ?? {}, 'syft:location:1:path'), '/usr/share/doc/libc6/copyright');
  assert.ok(sbom.relationships.some((edge) => edge.type === 'depends-on' && edge.from.includes('zlib1g') && edge.to.includes('libc6')));
  assert.equal(sbom.root.ecosystem, 'oci');
  assert.match(sbom.root.purl, /^pkg:oci\/[a-z0-9-]+@sha256:[a-f0-9]{64}\?arch=amd64$/);
  assert.ok(sbom.relationships.filter((edge) => edge.type === 'contains' && edge.from === sbom.root.purl).length === 3);
  assert.deepEqual(lockfiles.map((entry) => [entry.path, entry.parser, entry.packages]), [['/var/lib/dpkg/status', 'dpkg-db', 3]]);
  assert.deepEqual(sbom.unknowns, []);
});

test('docker-archive: the same packages as the OCI layout of the same image', async (t) => {
  const image = buildImage([debianLayer()]);
  const dir = await tempDir(t, 'trust-kit-imgsbom-');
  const archive = join(dir, 'image.tar');
  await writeFile(archive, dockerArchive(image));
  const fromArchive = await imageSbom(await dockerArchiveSource(archive), { clock: CLOCK });
  const fromLayout = await imageSbom(await ociLayoutSource(await layout(t, image)), { clock: CLOCK });
  assert.deepEqual(fromArchive.sbom.packages, fromLayout.sbom.packages);
  assert.equal(fromArchive.sbom.packages.length, 3);
});

test('docker-archive: two images for the platform in one archive (docker save a b) are IMAGE_PLATFORM_AMBIGUOUS naming their tags, not the first read unsaid', async (t) => {
  const first = buildImage([debianLayer()]);
  const second = buildImage([{ entries: [{ path: 'etc/other', content: 'other' }] }]);
  const dir = await tempDir(t, 'trust-kit-imgsbom-');
  const entries = [first, second].map((image, index) => ({ name: `${sha256(image.config).slice('sha256:'.length)}.json`, image, layers: image.layers.map((_, layer) => `i${index}l${layer}/layer.tar`), tag: index === 0 ? 'other:1' : 'app:1' }));
  const manifest = JSON.stringify(entries.map((entry) => ({ Config: entry.name, RepoTags: [entry.tag], Layers: entry.layers })));
  const archive = join(dir, 'two.tar');
  await writeFile(archive, tar([{ path: 'manifest.json', content: manifest }, ...entries.flatMap((entry) => [{ path: entry.name, content: entry.image.config }, ...entry.image.layers.map((layer, index) => ({ path: entry.layers[index] as string, content: layer.tar }))])]));
  await assert.rejects(async () => imageSbom(await dockerArchiveSource(archive), { clock: CLOCK }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'IMAGE_PLATFORM_AMBIGUOUS');
    assert.match(error.message, /two\.tar holds 2 images for linux\/amd64 \(other:1, app:1\)/);
    return true;
  });
});

test('whiteouts: .wh. files delete what lower layers wrote, opaque directories empty them, later layers replace files', async () => {
  const image = buildImage([
    { entries: [{ path: 'a/x', content: '1' }, { path: 'a/y', content: '2' }, { path: 'd/one', content: '1' }, { path: 'd/sub/two', content: '2' }, { path: 'var/lib/dpkg/status', content: STATUS }] },
    {
      entries: [{ path: 'a/.wh.x' }, { path: 'd/three', content: '3' }, { path: 'd/.wh..wh..opq' }, { path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'only', version: '1' }]) }],
      compression: 'zstd',
    },
  ]);
  const interest: FileInterest = { keep: () => undefined, sniff: () => false, inspect: () => Promise.resolve(undefined) };
  const { fs } = await squashLayers(memorySource(image).layers, interest);
  assert.deepEqual(fs.files().map((file) => file.path), ['/a/y', '/d/three', '/var/lib/dpkg/status']);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  assert.deepEqual(sbom.packages.map((pkg) => pkg.name), ['only']);
  assert.equal(property(sbom.packages[0] ?? {}, 'syft:location:0:layerID'), sha256(image.layers[1]?.tar as Buffer));
});

test('an opaque marker after the layer\'s own entries keeps them, at any depth, and empties the directory of lower layers\' entries, as moby, containerd and overlayfs do', async () => {
  const lower = { entries: [{ path: 'etc/os-release', content: DEBIAN_OS_RELEASE }, { path: 'var/lib/dpkg/status', content: STATUS }, { path: 'var/lib/apt/lists/x', content: 'x' }, { path: 'var/log/old', content: 'o' }] };
  const upper = { entries: [{ path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'evil-pkg', version: '1' }]) }, { path: 'var/.wh..wh..opq' }] };
  const { fs } = await squashLayers(memorySource(buildImage([lower, upper])).layers, { keep: () => undefined, sniff: () => false, inspect: () => Promise.resolve(undefined) });
  assert.deepEqual(fs.files().map((file) => file.path), ['/etc/os-release', '/var/lib/dpkg/status']);
  const { sbom } = await imageSbom(memorySource(buildImage([lower, upper])), { clock: CLOCK });
  assert.deepEqual(sbom.packages.map((pkg) => pkg.name), ['evil-pkg']);
  // Without directory entries, and a whiteout of a directory the layer also wrote into: only the lower layers' entries go.
  const bare = { raw: tar([{ path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'kept', version: '1' }]) }, { path: 'var/.wh.lib' }], { parents: false }) };
  const second = await squashLayers(memorySource(buildImage([lower, bare])).layers, { keep: () => undefined, sniff: () => false, inspect: () => Promise.resolve(undefined) });
  assert.deepEqual(second.fs.files().map((file) => file.path), ['/etc/os-release', '/var/lib/dpkg/status', '/var/log/old']);
});

test('a whiteout of a directory removes everything under it; a file written again above the whiteout is back', async () => {
  const image = buildImage([
    { entries: [{ path: 'var/lib/dpkg/status', content: STATUS }] },
    { entries: [{ path: 'var/lib/.wh.dpkg' }] },
  ]);
  assert.deepEqual((await imageSbom(memorySource(image), { clock: CLOCK })).sbom.packages, []);
  const again = buildImage([...[{ entries: [{ path: 'var/lib/dpkg/status', content: STATUS }] }, { entries: [{ path: 'var/lib/.wh.dpkg' }] }], { entries: [{ path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'back', version: '2' }]) }] }]);
  assert.deepEqual((await imageSbom(memorySource(again), { clock: CLOCK })).sbom.packages.map((pkg) => pkg.name), ['back']);
});

test('an entry climbing out with ../ is IMAGE_LAYER_UNSAFE_PATH, naming the layer and entry', async () => {
  const image = buildImage([{ entries: [{ path: 'var/../../etc/passwd', content: 'root:x:0:0' }] }]);
  await assert.rejects(imageSbom(memorySource(image)), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'IMAGE_LAYER_UNSAFE_PATH');
    assert.match(error.message, /layer 1 \(sha256:[a-f0-9]{64}\).*var\/\.\.\/\.\.\/etc\/passwd/);
    return true;
  });
});

test('links are never followed: a status database that is a symlink out of the image, or through a linked directory, catalogs nothing', async () => {
  const image = buildImage([
    {
      entries: [
        { path: 'var/lib/dpkg/status', kind: 'symlink', linkName: '../../../../../../etc/passwd' },
        { path: 'lib/apk', kind: 'symlink', linkName: '/' },
        { path: 'db/installed', content: 'P:evil\nV:1\n' },
      ],
    },
  ]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  assert.deepEqual(sbom.packages, []);
  const hardlinkOut = buildImage([{ entries: [{ path: 'etc/passwd', kind: 'hardlink', linkName: '../outside' }] }]);
  await assert.rejects(imageSbom(memorySource(hardlinkOut)), { code: 'IMAGE_LAYER_UNSAFE_PATH' });
});

test('a hard link to a status database catalogs the database it names', async () => {
  const image = buildImage([{ entries: [{ path: 'backup/status', content: STATUS }, { path: 'var/lib/dpkg/status', kind: 'hardlink', linkName: 'backup/status' }] }]);
  // backup/status is not a database path, so its bytes were not kept: the link carries nothing to read.
  assert.deepEqual((await imageSbom(memorySource(image), { clock: CLOCK })).sbom.packages, []);
  const kept = buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: STATUS }, { path: 'var/lib/dpkg/status.d/copy', kind: 'hardlink', linkName: 'var/lib/dpkg/status' }] }]);
  const { sbom } = await imageSbom(memorySource(kept), { clock: CLOCK });
  assert.equal(sbom.packages.length, 3);
  assert.deepEqual(sbom.packages[0]?.locations.map((location) => location.path), ['/var/lib/dpkg/status', '/var/lib/dpkg/status.d/copy']);
});

test('a database bigger than the per-file limit is an unknown, not read into memory', async () => {
  const image = buildImage([debianLayer()]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK, limits: { ...DEFAULT_IMAGE_LIMITS, maxFileBytes: 100 } });
  assert.deepEqual(sbom.packages, []);
  assert.ok(sbom.unknowns.some((unknown) => unknown.path === '/var/lib/dpkg/status' && /more than the 100 bytes/.test(unknown.reason)));
});

test('a gzip bomb stops at the uncompressed byte limit with IMAGE_LIMIT_EXCEEDED', async () => {
  const bomb = tar([{ path: 'zeros', content: Buffer.alloc(64 * 1024 * 1024) }]);
  const image = buildImage([{ raw: bomb }]);
  assert.ok((image.layers[0]?.stored.length ?? 0) < 200 * 1024);
  await assert.rejects(imageSbom(memorySource(image), { limits: { ...DEFAULT_IMAGE_LIMITS, maxUncompressedBytes: 8 * 1024 * 1024 } }), { code: 'IMAGE_LIMIT_EXCEEDED' });
});

test('a path nested deeper than the segment limit is IMAGE_LIMIT_EXCEEDED, not a stack overflow', async () => {
  const deep = `${'a/'.repeat(200_000)}f`;
  await assert.rejects(imageSbom(memorySource(buildImage([{ raw: tar([{ path: deep, content: 'x' }], { parents: false }) }]))), { code: 'IMAGE_LIMIT_EXCEEDED' });
});

test('relative links that each lead 1,000 directories deeper put an entry past the segment limit: IMAGE_LIMIT_EXCEEDED, not a stack overflow (a 725-byte layer was INTERNAL)', async () => {
  const down = Array.from({ length: 1000 }, () => 'a').join('/');
  const entries: Entry[] = [{ path: 'R0', kind: 'symlink', linkName: down }];
  for (let k = 0; k < 6; k++) entries.push({ path: `R${k}/T`, kind: 'symlink', linkName: down }, { path: `R${k + 1}`, kind: 'symlink', linkName: `R${k}/T` });
  entries.push({ path: 'R6/file', content: 'x' });
  await assert.rejects(imageSbom(memorySource(buildImage([{ raw: tar(entries, { parents: false }) }]))), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'IMAGE_LIMIT_EXCEEDED', error.message);
    assert.match(error.message, /written through symbolic links more than 1024 directories deep/);
    return true;
  });
});

test('a chain of long links walked again by every later entry stops at the link-walk limit with IMAGE_LIMIT_EXCEEDED, in bounded time, not hours', async () => {
  const detour = Array.from({ length: 240 }, () => 'c/..').join('/');
  const entries: Entry[] = [{ path: 'c', kind: 'directory' }];
  for (let index = 0; index < 39; index++) entries.push({ path: `s${index}`, kind: 'symlink', linkName: `${detour}/s${index + 1}` });
  entries.push({ path: 's39', kind: 'symlink', linkName: 'c' });
  // Each whiteout's parent is walked through the 40 links: about 19,000 segments an entry.
  for (let index = 0; index < 200; index++) entries.push({ path: `s0/.wh.x${index}`, content: '' });
  await assert.rejects(imageSbom(memorySource(buildImage([{ raw: tar(entries, { parents: false }) }])), { limits: { ...DEFAULT_IMAGE_LIMITS, maxEntries: 100_000 } }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'IMAGE_LIMIT_EXCEEDED', error.message);
    assert.match(error.message, /walking the image's paths through its symbolic links took more than 1600000 steps \(16 per entry allowed\)/);
    return true;
  });
});

test('a name or link target longer than Linux allows is IMAGE_LAYER_INVALID naming the layer and entry, and the names kept in all are bounded (6,000 PAX paths of 1 MB ran the heap out)', async () => {
  const refused = async (entry: Entry | Buffer, pattern: RegExp): Promise<void> => {
    const raw = Buffer.isBuffer(entry) ? entry : tar([entry], { parents: false });
    await assert.rejects(imageSbom(memorySource(buildImage([{ entries: [{ path: 'ok', content: '' }] }, { raw }]))), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'IMAGE_LAYER_INVALID');
      assert.match(error.message, /^layer 2 \(sha256:[a-f0-9]{64}\): the entry "/);
      assert.match(error.message, pattern);
      return true;
    });
  };
  await refused({ path: `srv/${'n'.repeat(256)}/package-lock.json`, content: '{}' }, /a path segment of 256 bytes \(at most 255\)/);
  await refused({ path: `${'d'.repeat(200)}/`.repeat(21), kind: 'directory' }, /a path of 4221 bytes \(at most 4096\)/);
  const linkPath = Buffer.from(paxRecord('linkpath', `/${'t/'.repeat(2100)}`));
  await refused(Buffer.concat([header('PaxHeader', linkPath.length, 0o644, 'x'), linkPath, pad(linkPath.length), header('link', 0, 0o777, '2'), Buffer.alloc(1024)]), /the entry "link" has a link target of 4201 bytes/);
  // At the limits themselves, as Linux takes them.
  const longest = `${'d'.repeat(255)}/`.repeat(16).slice(0, 4096);
  const { fs } = await squashLayers(memorySource(buildImage([{ raw: tar([{ path: longest, content: '' }], { parents: false }) }])).layers, { keep: () => undefined, sniff: () => false, inspect: () => Promise.resolve(undefined) });
  assert.equal(fs.files().length, 1);
  const entries = Array.from({ length: 50 }, (_, index) => ({ path: `${'f'.repeat(200)}${index}`, content: '' }));
  await assert.rejects(imageSbom(memorySource(buildImage([{ entries }])), { limits: { ...DEFAULT_IMAGE_LIMITS, maxNameCharacters: 5000 } }), (error: Error & { code?: string }) => error.code === 'IMAGE_LIMIT_EXCEEDED' && /more than 5000 characters/.test(error.message));
});

test('two lockfiles whose directory names are different bytes that are not UTF-8 are both read, apart (both were U+FFFD, one lost without an unknown)', async () => {
  const lock = (name: string): string => JSON.stringify({ name, version: '1.0.0', lockfileVersion: 3, packages: { '': { name, version: '1.0.0' }, [`node_modules/${name}-dep`]: { version: '1.0.0' } } });
  const entry = (directory: number, content: string): Buffer => {
    const block = header('srv/X/package-lock.json', Buffer.byteLength(content), 0o644, '0');
    block[4] = directory;
    block.write('        ', 148, 8, 'latin1');
    let sum = 0;
    for (const byte of block) sum += byte;
    block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
    return Buffer.concat([block, Buffer.from(content), pad(Buffer.byteLength(content))]);
  };
  const raw = Buffer.concat([entry(0xff, lock('left')), entry(0xfe, lock('right')), Buffer.alloc(1024)]);
  const { sbom, lockfiles } = await imageSbom(memorySource(buildImage([{ raw }])), { clock: CLOCK });
  assert.deepEqual(lockfiles.map((lockfile) => lockfile.path).sort(), ['/srv/\udcfe/package-lock.json', '/srv/\udcff/package-lock.json']);
  assert.deepEqual(sbom.packages.map((pkg) => pkg.name).sort(), ['left', 'left-dep', 'right', 'right-dep']);
  assert.deepEqual(sbom.unknowns, []);
});

test('more entries than the limit is IMAGE_LIMIT_EXCEEDED', async () => {
  const entries = Array.from({ length: 50 }, (_, index) => ({ path: `f${index}`, content: '' }));
  await assert.rejects(imageSbom(memorySource(buildImage([{ entries }])), { limits: { ...DEFAULT_IMAGE_LIMITS, maxEntries: 20 } }), { code: 'IMAGE_LIMIT_EXCEEDED' });
  // Whiteouts make no entry of the squashed tree, but each is read: past four times the bound the layers are refused too.
  const whiteouts = Array.from({ length: 90 }, (_, index) => ({ path: `.wh.gone${index}`, content: '' }));
  await assert.rejects(imageSbom(memorySource(buildImage([{ entries: whiteouts }])), { limits: { ...DEFAULT_IMAGE_LIMITS, maxEntries: 20 } }), { code: 'IMAGE_LIMIT_EXCEEDED', message: /hold more than 80 tar entries \(whiteouts and overwritten files included\)/ });
  assert.ok(await imageSbom(memorySource(buildImage([{ entries: whiteouts.slice(0, 80) }])), { limits: { ...DEFAULT_IMAGE_LIMITS, maxEntries: 20 } }));
});

test('a truncated layer, a layer that is not a tar and a layer whose diff ID does not match are coded errors', async () => {
  const whole = tar([{ path: 'var/lib/dpkg/status', content: STATUS }]);
  await assert.rejects(imageSbom(memorySource(buildImage([{ raw: whole.subarray(0, 700) }]))), { code: 'IMAGE_LAYER_INVALID' });
  await assert.rejects(imageSbom(memorySource(buildImage([{ raw: Buffer.alloc(2048, 0x41) }]))), { code: 'IMAGE_LAYER_INVALID' });
  const image = buildImage([{ entries: [{ path: 'a', content: 'a' }] }]);
  const source = memorySource(image);
  const tampered = { ...source, layers: source.layers.map((layer) => ({ ...layer, open: () => Promise.resolve(Readable.from([gzipSync(tar([{ path: 'a', content: 'b' }]))])) })) };
  await assert.rejects(imageSbom(tampered), { code: 'IMAGE_DIGEST_MISMATCH' });
  const corrupt = { ...source, layers: source.layers.map((layer) => ({ ...layer, open: () => Promise.resolve(Readable.from([Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(100, 7)])])) })) };
  await assert.rejects(imageSbom(corrupt), { code: 'IMAGE_LAYER_INVALID' });
});

test('long names through PAX headers, and status.d files of distroless images', async () => {
  const deep = `opt/${'d'.repeat(120)}/package-lock.json`;
  const lock = JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } }, 'node_modules/left-pad': { version: '1.3.0', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz' } } });
  const image = buildImage([
    { entries: [{ path: deep, content: lock }, { path: 'var/lib/dpkg/status.d/tzdata', content: 'Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\n' }, { path: 'var/lib/dpkg/status.d/tzdata.md5sums', content: 'abc  usr/share/zoneinfo/UTC\n' }, { path: 'etc/os-release', content: DEBIAN_OS_RELEASE }] },
  ]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  const purls = sbom.packages.map((pkg) => pkg.purl);
  assert.ok(purls.includes('pkg:npm/left-pad@1.3.0'), purls.join(' '));
  assert.ok(purls.includes('pkg:deb/debian/tzdata@2024a-0%2Bdeb12u1?arch=all&distro=debian-12'), purls.join(' '));
  const leftPad = sbom.packages.find((pkg) => pkg.name === 'left-pad');
  assert.equal(property(leftPad ?? {}, 'syft:location:0:path'), `/${deep}`);
});

test('apk: lib/apk/db/installed as syft writes it, with origin, license, checksum and dependency edges', async () => {
  const installed = APK_INSTALLED;
  const image = buildImage([{ entries: [{ path: 'etc/os-release', content: ALPINE_OS_RELEASE }, { path: 'lib/apk/db/installed', content: installed }] }]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  assert.deepEqual(sbom.packages.map((pkg) => pkg.purl), [
    'pkg:apk/alpine/busybox-binsh@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3&upstream=busybox',
    'pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3',
    'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3',
  ]);
  const musl = sbom.packages.find((pkg) => pkg.name === 'musl');
  assert.equal(musl?.license, 'MIT');
  assert.equal(musl?.hashes[0]?.algorithm, 'SHA1');
  assert.ok(sbom.relationships.some((edge) => edge.from.includes('busybox@') && edge.to.includes('musl@')));
  assert.ok(sbom.relationships.some((edge) => edge.from.includes('busybox-binsh') && edge.to.includes('/busybox@')));
});

test('Go binaries in a layer: the modules they were built from, with the layer; read by content whatever their mode (a c-shared library is 0644), unless named as text', async () => {
  const binary = gunzipSync(await readFile(GO_BINARY));
  const image = buildImage([{ entries: [{ path: 'usr/local/bin/hello', content: binary, mode: 0o755 }, { path: 'usr/lib/libhello.so', content: binary, mode: 0o644 }, { path: 'usr/share/doc/hello.txt', content: binary, mode: 0o644 }] }]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  assert.deepEqual(sbom.packages.map((pkg) => pkg.purl), ['pkg:golang/example.com/greet@v1.2.4', 'pkg:golang/example.com/hello', 'pkg:golang/example.com/local', 'pkg:golang/stdlib@1.19.8']);
  for (const pkg of sbom.packages) assert.deepEqual([property(pkg, 'syft:location:0:path'), property(pkg, 'syft:location:1:path'), property(pkg, 'syft:location:2:path')], ['/usr/lib/libhello.so', '/usr/local/bin/hello', undefined]);
});

test('a package found in files of two layers keeps each layer paired with its path (one syft:location number each), as syft records them', async () => {
  const binary = gunzipSync(await readFile(GO_BINARY));
  const image = buildImage([{ entries: [{ path: 'usr/local/bin/hello', content: binary, mode: 0o755 }] }, { entries: [{ path: 'opt/app/hello', content: binary, mode: 0o755 }] }]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  const [lower, upper] = image.layers.map((layer) => `sha256:${createHash('sha256').update(layer.tar).digest('hex')}`);
  for (const pkg of sbom.packages) {
    const locations = (pkg.properties ?? []).filter((entry) => entry.name.startsWith('syft:location:')).map((entry) => `${entry.name}=${entry.value}`);
    assert.deepEqual(locations, [`syft:location:0:layerID=${upper}`, 'syft:location:0:path=/opt/app/hello', `syft:location:1:layerID=${lower}`, 'syft:location:1:path=/usr/local/bin/hello'], pkg.purl);
  }
});

test('a Go binary under node_modules or a vendor directory (esbuild\'s) is cataloged, as it ships in the image; one past the size inspected is an unknown, not left out without a word', async () => {
  const binary = gunzipSync(await readFile(GO_BINARY));
  for (const path of ['app/node_modules/@esbuild/linux-x64/bin/esbuild', 'opt/vendor/tool']) {
    const { sbom } = await imageSbom(memorySource(buildImage([{ entries: [{ path, content: binary, mode: 0o755 }] }])), { clock: CLOCK });
    assert.equal(sbom.packages.length, 4, path);
    for (const pkg of sbom.packages) assert.equal(property(pkg, 'syft:location:0:path'), `/${path}`);
  }
  const large = await imageSbom(memorySource(buildImage([{ entries: [{ path: 'usr/local/bin/hello', content: binary, mode: 0o755 }] }])), { clock: CLOCK, limits: { ...DEFAULT_IMAGE_LIMITS, maxFileBytes: 100_000 } });
  assert.deepEqual(large.sbom.packages, []);
  assert.deepEqual(large.sbom.unknowns.map((unknown) => unknown.reason.replace(/^.*?: /, '')), [`an executable of ${binary.length} bytes, more than the 100000 bytes inspected; not cataloged`]);
});

test('an rpm database (not read) is an unknown, so --strict does not pass an rpm-based image whose packages are all left out', async () => {
  const image = buildImage([{ entries: [{ path: 'var/lib/rpm/rpmdb.sqlite', content: Buffer.from('SQLite format 3\u0000') }] }]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  assert.deepEqual(sbom.unknowns.map((unknown) => [unknown.path, unknown.reason]), [['/var/lib/rpm/rpmdb.sqlite', 'an rpm database, which trust-kit does not read: the packages rpm installed are not listed']]);
});

test('platforms: an index is read for linux/amd64 by default, --platform picks another, a missing one is IMAGE_PLATFORM_NOT_FOUND', async (t) => {
  const amd64 = buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'amd', version: '1' }]) }] }]);
  const arm64 = buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'arm', version: '1', arch: 'arm64' }]) }] }], { os: 'linux', architecture: 'arm64' });
  const dir = await tempDir(t, 'trust-kit-imgsbom-');
  await writeLayout(dir, [
    { image: amd64, platform: { os: 'linux', architecture: 'amd64' } },
    { image: arm64, platform: { os: 'linux', architecture: 'arm64' } },
  ]);
  const names = async (platform?: string): Promise<string[]> => (await imageSbom(await ociLayoutSource(dir, platform === undefined ? undefined : parsePlatform(platform)))).sbom.packages.map((pkg) => pkg.name);
  assert.deepEqual(await names(), ['amd']);
  assert.deepEqual(await names('linux/arm64'), ['arm']);
  await assert.rejects(names('linux/s390x'), (error: Error & { code?: string }) => error.code === 'IMAGE_PLATFORM_NOT_FOUND' && /linux\/amd64, linux\/arm64/.test(error.message));
  assert.throws(() => parsePlatform('amd64'), { code: 'IMAGE_SOURCE_INVALID' });
});

test('sources: unknown prefixes, missing layouts and tampered blobs are coded errors', async (t) => {
  const never = (): Promise<ImageSource> => Promise.reject(new Error('not called'));
  await assert.rejects(openImageSource('dir:.', undefined, never), { code: 'IMAGE_SOURCE_INVALID' });
  await assert.rejects(openImageSource('oci-dir:', undefined, never), { code: 'IMAGE_SOURCE_INVALID' });
  await assert.rejects(openImageSource('oci-dir:/nonexistent/layout', undefined, never), { code: 'IMAGE_SOURCE_INVALID' });
  const image = buildImage([debianLayer()]);
  const dir = await layout(t, image);
  await writeFile(join(dir, 'blobs', 'sha256', sha256(image.config).slice('sha256:'.length)), Buffer.from('{"tampered":true}'));
  await assert.rejects(openImageSource(`oci-dir:${dir}`, undefined, never), { code: 'IMAGE_DIGEST_MISMATCH' });
  const layerOnly = buildImage([debianLayer()]);
  const layerDir = await layout(t, layerOnly);
  await writeFile(join(layerDir, 'blobs', 'sha256', sha256(layerOnly.layers[0]?.stored as Buffer).slice('sha256:'.length)), gzipSync(layerOnly.layers[0]?.tar as Buffer, { level: 1 }));
  await assert.rejects(async () => imageSbom(await ociLayoutSource(layerDir)), { code: 'IMAGE_DIGEST_MISMATCH' });
  // A layer blob of another size than its manifest declares is refused before it is read (a 10 GiB sparse file declared as 1,000 bytes was read for 22 s).
  const sized = buildImage([debianLayer()]);
  const sizedDir = await layout(t, sized);
  const stored = sized.layers[0]?.stored as Buffer;
  await writeFile(join(sizedDir, 'blobs', 'sha256', sha256(stored).slice('sha256:'.length)), Buffer.concat([stored, Buffer.alloc(1024)]));
  await assert.rejects(async () => imageSbom(await ociLayoutSource(sizedDir)), { code: 'IMAGE_DIGEST_MISMATCH', message: new RegExp(`the blob is ${stored.length + 1024} bytes, not the ${stored.length} its manifest declares`) });
});

test('a layer stream that fails with its source\'s coded error (a registry that stalls, a digest mismatch) keeps that code through decompression, gzip or none', async () => {
  for (const compression of ['gzip', 'zstd', 'none'] as const) {
    const image = buildImage([{ entries: [{ path: 'a', content: 'x'.repeat(4096) }], compression }]);
    const source = memorySource(image);
    const stored = image.layers[0]?.stored as Buffer;
    const failing = async function* (): AsyncGenerator<Buffer> {
      yield stored.subarray(0, 64);
      throw new OciError('OCI_NETWORK', 'blob sha256:abc from registry.example came slower than 65536 bytes a second');
    };
    const broken = { ...source, layers: source.layers.map((layer) => ({ ...layer, open: () => Promise.resolve(Readable.from(failing())) })) };
    await assert.rejects(imageSbom(broken), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OCI_NETWORK', `${compression}: ${error.message}`);
      return true;
    });
  }
});

test('an unknown\'s reason is the parser\'s own words, without the path and line it already names: for a dpkg line, and for a lockfile whose path holds a colon', async () => {
  const image = buildImage([
    {
      entries: [
        { path: 'var/lib/dpkg/status', content: 'Package: a\nVersion: 1\nnot a field line\n' },
        { path: 'opt/a:b/package-lock.json', content: '{not json' },
      ],
    },
  ]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  const dpkg = sbom.unknowns.find((unknown) => unknown.path === '/var/lib/dpkg/status');
  assert.equal(dpkg?.line, 3);
  assert.equal(dpkg?.reason, '"not a field line" is not a "Field: value" line: the package "a" of this paragraph is not listed (the database was damaged or edited)');
  const lock = sbom.unknowns.find((unknown) => unknown.path === '/opt/a:b/package-lock.json');
  assert.ok(lock !== undefined && !lock.reason.includes('/opt/a'), lock?.reason);
});

test('a package database the SBOM cannot read because it is a link (a hard link to bytes not kept, a symbolic link) is an unknown naming it, not silently absent; os-release as a link is no unknown', async () => {
  const hidden = buildImage([
    {
      entries: [
        { path: 'etc/os-release', kind: 'symlink', linkName: '../usr/lib/os-release' },
        { path: 'usr/lib/os-release', content: DEBIAN_OS_RELEASE },
        { path: 'backup/status', content: STATUS },
        { path: 'var/lib/dpkg/status', kind: 'hardlink', linkName: 'backup/status' },
        { path: 'lib/apk/db/installed', kind: 'symlink', linkName: '/backup/installed' },
      ],
    },
  ]);
  const { sbom } = await imageSbom(memorySource(hidden), { clock: CLOCK });
  assert.deepEqual(sbom.packages, []);
  assert.deepEqual(sbom.unknowns.map((unknown) => unknown.path), ['/lib/apk/db/installed', '/var/lib/dpkg/status']);
  assert.match(sbom.unknowns[0]?.reason ?? '', /symbolic link to \/backup\/installed/);
  assert.match(sbom.unknowns[1]?.reason ?? '', /hard link to backup\/status/);
});

test('an unknown of a layer is dropped when a later layer replaces or deletes the file it was about', async () => {
  const big = `${STATUS}${'#'.repeat(200)}`;
  const replaced = buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: big }] }, { entries: [{ path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'small', version: '1' }]) }] }]);
  const limits = { ...DEFAULT_IMAGE_LIMITS, maxFileBytes: 300 };
  const { sbom } = await imageSbom(memorySource(replaced), { clock: CLOCK, limits });
  assert.deepEqual(sbom.packages.map((pkg) => pkg.name), ['small']);
  assert.deepEqual(sbom.unknowns, []);
  const deleted = buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: big }] }, { entries: [{ path: 'var/lib/dpkg/.wh.status' }] }]);
  assert.deepEqual((await imageSbom(memorySource(deleted), { clock: CLOCK, limits })).sbom.unknowns, []);
});

test('a maintainer field built to make a regular expression backtrack (a name, a long run of spaces, a "<" never closed) is read in linear time, dpkg and apk', { timeout: 60_000 }, async () => {
  const imageOf = (spaces: number): BuiltImage => {
    const hostile = `a${' '.repeat(spaces)}<`;
    return buildImage([
      {
        entries: [
          { path: 'var/lib/dpkg/status', content: `Package: p\nStatus: install ok installed\nVersion: 1\nMaintainer: ${hostile}\n` },
          { path: 'lib/apk/db/installed', content: `P:q\nV:1\nm:${hostile}\n` },
        ],
      },
    ]);
  };
  await assertLinear('maintainer fields', imageOf, (image) => imageSbom(memorySource(image), { clock: CLOCK }), 30_000);
  const { sbom } = await imageSbom(memorySource(imageOf(300_000)), { clock: CLOCK });
  assert.deepEqual(sbom.packages.map((pkg) => [pkg.name, pkg.supplier]), [['q', undefined], ['p', undefined]]);
  // The usual shapes still give the person.
  const usual = buildImage([{ entries: [{ path: 'lib/apk/db/installed', content: 'P:a\nV:1\nm:Natanael Copa <ncopa@alpinelinux.org>\n\nP:b\nV:1\nm:Just A Name  \n' }] }]);
  assert.deepEqual((await imageSbom(memorySource(usual), { clock: CLOCK })).sbom.packages.map((pkg) => pkg.supplier?.name), ['Natanael Copa', 'Just A Name']);
});

test('a copyright License: line of a long run of blanks between two names is read in linear time (each blank was tried as the start of " or "): the names still split', async () => {
  const copyrightOf = (blanks: number): string => `Files: *\nLicense: GPL-2+${' \t'.repeat(blanks / 2)}x\nLicense: MIT or  Apache-2.0, BSD-3-Clause\n`;
  await assertLinear('copyright', copyrightOf, copyrightLicenses, 10_000);
  assert.deepEqual(copyrightLicenses(copyrightOf(10)), ['Apache-2.0', 'BSD-3-Clause', 'MIT']);
});

test('a zstd layer of several frames and skippable frames (as zstd:chunked layers are) is read whole, as Go\'s decoder reads it; a frame cut short is IMAGE_LAYER_INVALID', async () => {
  const whole = tar([{ path: 'var/lib/dpkg/status', content: STATUS }, { path: 'etc/os-release', content: DEBIAN_OS_RELEASE }]);
  const skippable = (payload: Buffer): Buffer => Buffer.concat([Buffer.from([0x5e, 0x2a, 0x4d, 0x18]), Buffer.from(new Uint32Array([payload.length]).buffer), payload]);
  const framed = Buffer.concat([zstdCompressSync(whole.subarray(0, 1536)), skippable(Buffer.from('chunk manifest')), zstdCompressSync(whole.subarray(1536, 3000)), zstdCompressSync(whole.subarray(3000)), skippable(Buffer.alloc(0))]);
  const source: ImageSource = { name: 'oci-dir:chunked', platform: { os: 'linux', architecture: 'amd64' }, layers: [{ digest: sha256(framed), diffId: sha256(whole), open: () => Promise.resolve(Readable.from([framed])) }] };
  const { sbom } = await imageSbom(source, { clock: CLOCK });
  assert.deepEqual(sbom.packages.map((pkg) => pkg.name), ['base-files', 'libc6', 'zlib1g']);
  const leading = Buffer.concat([skippable(Buffer.from('x')), zstdCompressSync(whole)]);
  assert.equal((await imageSbom({ ...source, layers: [{ digest: sha256(leading), diffId: sha256(whole), open: () => Promise.resolve(Readable.from([leading])) }] }, { clock: CLOCK })).sbom.packages.length, 3);
  const many = Buffer.concat([...Array.from({ length: 10 }, () => zstdCompressSync(Buffer.alloc(0))), zstdCompressSync(whole)]);
  await assert.rejects(imageSbom({ ...source, layers: [{ digest: sha256(many), diffId: sha256(whole), open: () => Promise.resolve(Readable.from([many])) }] }, { limits: { ...DEFAULT_IMAGE_LIMITS, maxZstdFrames: 5 } }), { code: 'IMAGE_LIMIT_EXCEEDED' });
  const cut = framed.subarray(0, framed.length - 40);
  await assert.rejects(imageSbom({ ...source, layers: [{ digest: sha256(cut), diffId: sha256(whole), open: () => Promise.resolve(Readable.from([cut])) }] }), { code: 'IMAGE_LAYER_INVALID' });
});

test('small zstd frames are decoded at once, without a stream decoder each (a million empty frames took two minutes); one that makes more than 16 MiB is streamed, and a damaged one is IMAGE_LAYER_INVALID', async (t) => {
  const whole = tar([{ path: 'var/lib/dpkg/status', content: STATUS }, { path: 'etc/os-release', content: DEBIAN_OS_RELEASE }, { path: 'zeros', content: Buffer.alloc(40 * 1024 * 1024) }]);
  const layerOf = (stored: Buffer): ImageSource => ({ name: 'oci-dir:frames', platform: { os: 'linux', architecture: 'amd64' }, layers: [{ digest: sha256(stored), diffId: sha256(whole), open: () => Promise.resolve(Readable.from([stored])) }] });
  const streams = t.mock.method(zlib, 'createZstdDecompress');
  // Ten thousand empty frames, the tar's head in a small frame, and its 40 MiB of zeros in one frame of a few KiB, which decodes past 16 MiB.
  const head = whole.subarray(0, 3072);
  const framed = Buffer.concat([...Array.from({ length: 10_000 }, () => zstdCompressSync(Buffer.alloc(0))), zstdCompressSync(head), zstdCompressSync(whole.subarray(3072))]);
  assert.ok(framed.length < 256 * 1024, `${framed.length} bytes`);
  const { sbom } = await imageSbom(layerOf(framed), { clock: CLOCK });
  assert.deepEqual(sbom.packages.map((pkg) => pkg.name), ['base-files', 'libc6', 'zlib1g']);
  assert.equal(streams.mock.callCount(), 1, 'only the frame that makes 40 MiB is streamed');
  // A frame whose block claims more than it holds, inside a whole frame as the headers read: the decoder refuses it.
  const damaged = Buffer.from(zstdCompressSync(head));
  damaged[damaged.length - 5] = (damaged[damaged.length - 5] as number) ^ 0xff;
  await assert.rejects(imageSbom(layerOf(damaged), { clock: CLOCK }), { code: 'IMAGE_LAYER_INVALID', message: /cannot be decompressed/ });
});

test('a compressed layer whose first chunk from the source is shorter than its magic number (a registry sending a byte, then the rest) is still recognised', async () => {
  for (const compression of ['gzip', 'zstd'] as const) {
    const image = buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: STATUS }], compression }]);
    const source = memorySource(image);
    const stored = image.layers[0]?.stored as Buffer;
    const trickled = { ...source, layers: source.layers.map((layer) => ({ ...layer, open: () => Promise.resolve(Readable.from([stored.subarray(0, 1), stored.subarray(1, 3), stored.subarray(3)])) })) };
    assert.equal((await imageSbom(trickled, { clock: CLOCK })).sbom.packages.length, 3, compression);
  }
});

test('one package found in many databases (a status.d file each) is merged in linear time, its properties sorted once', { timeout: 120_000 }, async () => {
  const imageOf = (count: number): BuiltImage => buildImage([{ entries: Array.from({ length: count }, (_, index) => ({ path: `var/lib/dpkg/status.d/p${index}`, content: 'Package: same\nVersion: 1\n' })), compression: 'none' }]);
  await assertLinear('databases of one package', imageOf, (image) => imageSbom(memorySource(image), { clock: CLOCK }), 1_600);
  const { sbom } = await imageSbom(memorySource(imageOf(16_000)), { clock: CLOCK });
  assert.equal(sbom.packages.length, 1);
  assert.equal(sbom.packages[0]?.locations.length, 16_000);
  // Numbered 0 to 15,999 in path order, each path once.
  const byName = new Map((sbom.packages[0]?.properties ?? []).map((entry) => [entry.name, entry.value]));
  const paths = Array.from({ length: 16_000 }, (_, index) => byName.get(`syft:location:${index}:path`));
  assert.deepEqual(paths, [...new Set(paths)].sort());
});

test('a package database reached only through a linked directory (merged /lib -> usr/lib) is an unknown naming where it is, not silently absent; a link leading nowhere is none', async () => {
  const merged = buildImage([{ entries: [{ path: 'lib', kind: 'symlink', linkName: 'usr/lib' }, { path: 'usr/lib/apk/db/installed', content: APK_INSTALLED }, { path: 'var', kind: 'symlink', linkName: '/data/var' }, { path: 'data/var/lib/dpkg/status', content: STATUS }] }]);
  const { sbom } = await imageSbom(memorySource(merged), { clock: CLOCK });
  assert.deepEqual(sbom.unknowns.map((unknown) => unknown.path), ['/var/lib/dpkg/status', '/lib/apk/db/installed']);
  assert.match(sbom.unknowns[1]?.reason ?? '', /\/usr\/lib\/apk\/db\/installed/);
  assert.match(sbom.unknowns[0]?.reason ?? '', /\/data\/var\/lib\/dpkg\/status/);
  // Debian's merged /usr links /lib too, and has no apk database anywhere: nothing to say.
  const debian = buildImage([{ entries: [{ path: 'lib', kind: 'symlink', linkName: 'usr/lib' }, { path: 'usr/lib/x86_64-linux-gnu/libc.so.6', content: 'x' }, { path: 'var/lib/dpkg/status', content: STATUS }, { path: 'loop', kind: 'symlink', linkName: 'loop' }] }]);
  const plain = await imageSbom(memorySource(debian), { clock: CLOCK });
  assert.deepEqual(plain.sbom.unknowns, []);
  assert.equal(plain.sbom.packages.length, 3);
});

test('a database written through a linked directory lands where the link leads and is cataloged there, as the runtime extracts it: it was dropped, with no unknown, and --strict passed', async () => {
  const image = buildImage([
    {
      raw: tar(
        [
          { path: 'etc/', kind: 'directory' },
          { path: 'etc/os-release', content: DEBIAN_OS_RELEASE },
          { path: 'var/', kind: 'directory' },
          { path: 'var/lib/', kind: 'directory' },
          { path: 'var/lib/dpkg/', kind: 'directory' },
          { path: 'x', kind: 'symlink', linkName: 'var/lib/dpkg' },
          { path: 'x/status', content: STATUS },
        ],
        { parents: false },
      ),
    },
  ]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  const plain = await imageSbom(memorySource(buildImage([{ entries: [{ path: 'etc/os-release', content: DEBIAN_OS_RELEASE }, { path: 'var/lib/dpkg/status', content: STATUS }] }])), { clock: CLOCK });
  assert.deepEqual(sbom.unknowns, []);
  assert.ok(plain.sbom.packages.length > 0);
  assert.deepEqual(sbom.packages.map((pkg) => pkg.purl).sort(), plain.sbom.packages.map((pkg) => pkg.purl).sort());
});

test('a later layer writing through a linked directory keeps the link, as the runtime writes through it: the database it hides stays an unknown (an empty directory took its place and --strict passed)', async () => {
  const image = buildImage([
    { entries: [{ path: 'etc/os-release', content: DEBIAN_OS_RELEASE }, { path: 'opt/db/status', content: STATUS }, { path: 'var/lib/dpkg', kind: 'symlink', linkName: '/opt/db' }] },
    // As a layer written through the link has it: no directory entry for var/lib/dpkg (one would replace the link, as containerd replaces whatever is not a directory).
    { raw: tar([{ path: 'var/lib/dpkg/lock', content: '' }], { parents: false }) },
  ]);
  const { fs } = await squashLayers(memorySource(image).layers, { keep: () => undefined, sniff: () => false, inspect: () => Promise.resolve(undefined) });
  assert.equal(fs.get('/var/lib/dpkg')?.kind, 'symlink');
  assert.deepEqual(fs.files().map((file) => file.path), ['/etc/os-release', '/opt/db/lock', '/opt/db/status']);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  assert.deepEqual(sbom.unknowns.map((unknown) => unknown.path), ['/var/lib/dpkg/status']);
  assert.match(sbom.unknowns[0]?.reason ?? '', /reached through a symbolic link, at \/opt\/db\/status/);
  // Written through a link to a file, an entry cannot be extracted (ENOTDIR): the layer is refused rather than the database replaced by a directory.
  const intoFile = buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: STATUS }, { path: 'a', kind: 'symlink', linkName: '/var/lib/dpkg/status' }] }, { raw: tar([{ path: 'a/x', content: '' }], { parents: false }) }]);
  await assert.rejects(imageSbom(memorySource(intoFile)), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'IMAGE_LAYER_INVALID');
    assert.match(error.message, /^layer 2 \(sha256:[a-f0-9]{64}\): the entry "a\/x" is written through a symbolic link into \/var\/lib\/dpkg\/status, which is not a directory/);
    return true;
  });
});

test('a database or lockfile path holding neither a regular file nor a symbolic link is an unknown, not dropped: a hard link to a symbolic link, one through a linked directory, a pipe over a database, a device over a lockfile', async () => {
  const toSymlink = buildImage([{ entries: [{ path: 'x/status', content: STATUS }, { path: 'x/link', kind: 'symlink', linkName: '/x/status' }, { path: 'var/lib/dpkg/status', kind: 'hardlink', linkName: 'x/link' }] }]);
  const first = await imageSbom(memorySource(toSymlink), { clock: CLOCK });
  assert.deepEqual(first.sbom.unknowns.map((unknown) => unknown.path), ['/var/lib/dpkg/status']);
  assert.match(first.sbom.unknowns[0]?.reason ?? '', /symbolic link to \/x\/status/);
  const throughLink = buildImage([{ entries: [{ path: 'opt/db/status', content: STATUS }, { path: 'x', kind: 'symlink', linkName: '/opt' }, { path: 'var/lib/dpkg/status', kind: 'hardlink', linkName: 'x/db/status' }] }]);
  const second = await imageSbom(memorySource(throughLink), { clock: CLOCK });
  assert.deepEqual(second.sbom.unknowns.map((unknown) => unknown.path), ['/var/lib/dpkg/status']);
  assert.match(second.sbom.unknowns[0]?.reason ?? '', /hard link to x\/db\/status, whose bytes were not kept/);
  const special = (name: string, type: string): Buffer => header(name, 0, 0o644, type);
  const replaced = buildImage([
    { entries: [{ path: 'etc/os-release', content: DEBIAN_OS_RELEASE }, { path: 'var/lib/dpkg/status', content: STATUS }, { path: 'app/package-lock.json', content: '{}' }] },
    { raw: Buffer.concat([special('var/lib/dpkg/status', '6'), special('app/package-lock.json', '3'), special('app/pipe', '6'), Buffer.alloc(1024)]) },
  ]);
  const third = await imageSbom(memorySource(replaced), { clock: CLOCK });
  assert.deepEqual(third.sbom.packages, []);
  assert.deepEqual(third.sbom.unknowns.map((unknown) => unknown.path), ['/app/package-lock.json', '/var/lib/dpkg/status']);
  for (const unknown of third.sbom.unknowns) assert.match(unknown.reason, /layer 2 .*not a regular file \(a device, a pipe or a socket\); not cataloged/);
});

test('stored bytes count against the byte limit too: a layer of gzip members that decompress to nothing stops at it (a registry could otherwise stream it for as long as the layer cap allows)', async () => {
  const whole = tar([{ path: 'a', content: 'a' }]);
  const empty = gzipSync(Buffer.alloc(0));
  const padded = Buffer.concat([gzipSync(whole), ...Array.from({ length: 200_000 }, () => empty)]);
  assert.ok(padded.length > 2 * 1024 * 1024);
  const source: ImageSource = { name: 'oci-dir:padded', platform: { os: 'linux', architecture: 'amd64' }, layers: [{ digest: sha256(padded), diffId: sha256(whole), open: () => Promise.resolve(Readable.from([padded])) }] };
  await assert.rejects(imageSbom(source, { limits: { ...DEFAULT_IMAGE_LIMITS, maxUncompressedBytes: 1024 * 1024 } }), (error: Error & { code?: string }) => error.code === 'IMAGE_LIMIT_EXCEEDED' && /stored/.test(error.message));
});

test('a copyright file hard-linked to a file no cataloger keeps is no unknown (only databases and lockfiles are)', async () => {
  const image = buildImage([{ entries: [{ path: 'usr/share/common-licenses/GPL-2', content: 'GPL' }, { path: 'usr/share/doc/libc6/copyright', kind: 'hardlink', linkName: 'usr/share/common-licenses/GPL-2' }, { path: 'var/lib/dpkg/status', content: STATUS }] }]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  assert.deepEqual(sbom.unknowns, []);
  assert.equal(sbom.packages.length, 3);
});

test('a dpkg paragraph whose package name is empty or not a name is an unknown naming its line, in the cataloger\'s words', async () => {
  for (const name of ['', 'a b', 'a/b']) {
    const status = `Package: ok\nStatus: install ok installed\nVersion: 1\n\nPackage: ${name}\nStatus: install ok installed\nVersion: 1\n`;
    const { sbom } = await imageSbom(memorySource(buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: status }] }])), { clock: CLOCK });
    assert.deepEqual(sbom.unknowns.map((unknown) => [unknown.path, unknown.line, unknown.reason]), [['/var/lib/dpkg/status', 5, `"${name}" is not a dpkg package name: it is not listed (the database was damaged or edited)`]], JSON.stringify(name));
  }
});

test('one damaged paragraph of a dpkg or apk database is an unknown at its line, and costs only its own package: the paragraphs around it are listed', async () => {
  const dpkg = ['Package: good', 'Status: install ok installed', 'Version: 1.0', '', 'Package: bad', 'Status: install ok installed', 'garbage line without colon', 'Version: 2.0', '', 'Package: noversion', 'Status: install ok installed', '', 'Package: good2', 'Status: install ok installed', 'Version: 3.0', ''].join('\n');
  const apk = ['P:a', 'V:1', '', 'P:b', 'garbage', 'V:2', '', 'P:nov', '', 'P:c', 'V:3', ''].join('\n');
  const image = buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: dpkg }, { path: 'lib/apk/db/installed', content: apk }] }]);
  const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
  assert.deepEqual(sbom.packages.map((pkg) => `${pkg.ecosystem}:${pkg.name}@${pkg.version}`).sort(), ['apk:a@1', 'apk:c@3', 'deb:good2@3.0', 'deb:good@1.0']);
  assert.deepEqual(sbom.unknowns.map((unknown) => [unknown.path, unknown.line, unknown.reason.replace(/ \(the database was damaged or edited\)$/, '')]).sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1])), [
    ['/lib/apk/db/installed', 5, '"garbage" is not an "X:value" line: the package "b" of this paragraph is not listed'],
    ['/lib/apk/db/installed', 8, 'the package "nov" has no version (V:): it is not listed'],
    ['/var/lib/dpkg/status', 7, '"garbage line without colon" is not a "Field: value" line: the package "bad" of this paragraph is not listed'],
    ['/var/lib/dpkg/status', 10, 'the package "noversion" has no Version: it is not listed'],
  ]);
});

test('dpkg packages whose files are there are listed in every state but removed: triggers pending or awaited as installed, unpacked or half-configured with their state said', async () => {
  const states = ['installed', 'triggers-pending', 'triggers-awaited', 'half-configured', 'unpacked', 'half-installed', 'config-files', 'not-installed'];
  const status = states.map((state) => `Package: p-${state}\nStatus: install ok ${state}\nVersion: 1\n`).join('\n');
  const { sbom } = await imageSbom(memorySource(buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: status }] }])), { clock: CLOCK });
  assert.deepEqual(sbom.unknowns, []);
  const listed = new Map(sbom.packages.map((pkg) => [pkg.name, pkg.properties?.find((property) => property.name === 'trust-kit:dpkg:status')?.value]));
  assert.deepEqual([...listed].sort(), [
    ['p-half-configured', 'half-configured'],
    ['p-half-installed', 'half-installed'],
    ['p-installed', undefined],
    ['p-triggers-awaited', undefined],
    ['p-triggers-pending', undefined],
    ['p-unpacked', 'unpacked'],
  ]);
});

test("a Python app's requirements files in an image: requirements/ found, -r and -c read from the image, no include reported missing", async () => {
  const image = buildImage([
    {
      entries: [
        { path: 'app/requirements.txt', content: '-r requirements/production.txt\n' },
        { path: 'app/requirements/base.txt', content: '-c ../constraints.txt\ndjango==5.0.6\ncelery\n' },
        { path: 'app/requirements/production.txt', content: '-r base.txt\ngunicorn==22.0.0\n' },
        { path: 'app/constraints.txt', content: 'celery==5.4.0\n' },
      ],
    },
  ]);
  const { sbom, lockfiles } = await imageSbom(memorySource(image), { clock: CLOCK });
  assert.deepEqual(sbom.packages.map((pkg) => pkg.purl), ['pkg:pypi/celery@5.4.0', 'pkg:pypi/django@5.0.6', 'pkg:pypi/gunicorn@22.0.0']);
  assert.deepEqual(sbom.unknowns, []);
  assert.deepEqual(lockfiles.map((lockfile) => lockfile.path).sort(), ['/app/requirements.txt', '/app/requirements/base.txt', '/app/requirements/production.txt']);
});

test('a requirements/ file of an image that another names with -c is read as constraints only, not as requirements of its own', async () => {
  const image = buildImage([
    {
      entries: [
        { path: 'app/requirements/base.txt', content: '-c pins.txt\ndjango==5.0.6\ncelery\n' },
        { path: 'app/requirements/pins.txt', content: 'celery==5.4.0\nkombu==5.3.7\n' },
      ],
    },
  ]);
  const { sbom, lockfiles } = await imageSbom(memorySource(image), { clock: CLOCK });
  assert.deepEqual(sbom.packages.map((pkg) => pkg.purl), ['pkg:pypi/celery@5.4.0', 'pkg:pypi/django@5.0.6']);
  assert.deepEqual(lockfiles.map((lockfile) => lockfile.path), ['/app/requirements/base.txt']);
});

test('lockfiles of an image past the parse budget are unknowns, not parsed: four huge ones in one layer ran the heap out with an uncoded abort', async (t) => {
  const lock = (name: string): string => JSON.stringify({ name, version: '1.0.0', lockfileVersion: 3, packages: { '': { name, version: '1.0.0' }, 'node_modules/left-pad': { version: '1.3.0' } } });
  const image = buildImage([{ entries: ['a', 'b', 'c'].map((name) => ({ path: `srv/${name}/package-lock.json`, content: lock(name) })) }]);
  const { sbom } = await imageSbom(await ociLayoutSource(await layout(t, image)), { clock: CLOCK, parseBudgetBytes: Buffer.byteLength(lock('a')) * 2 });
  assert.deepEqual(sbom.unknowns.map((unknown) => unknown.path), ['/srv/c/package-lock.json']);
  assert.match(sbom.unknowns[0]?.reason ?? '', /^not cataloged: its 1 MiB, after the 1 MiB of lockfiles parsed before it/);
});

test('package databases share the parse budget, counted by their lines: a dpkg status of many tiny paragraphs is an unknown past it (250 MiB of them ran the heap out, an uncoded abort)', async () => {
  const tiny = Array.from({ length: 2000 }, (_, index) => `Package: p${index}\nVersion: 1\n`).join('\n');
  const image = buildImage([{ entries: [{ path: 'etc/os-release', content: DEBIAN_OS_RELEASE }, { path: 'var/lib/dpkg/status', content: tiny }, { path: 'lib/apk/db/installed', content: APK_INSTALLED }] }]);
  const budget = 256 * 1024;
  assert.ok(Buffer.byteLength(tiny) < budget / 4);
  const { sbom, lockfiles } = await imageSbom(memorySource(image), { clock: CLOCK, parseBudgetBytes: budget });
  assert.deepEqual(sbom.unknowns.map((unknown) => unknown.path), ['/var/lib/dpkg/status']);
  assert.match(sbom.unknowns[0]?.reason ?? '', /^not cataloged: its 1 MiB, of so many short lines that it parses like 1 MiB of lockfile/);
  assert.ok(sbom.packages.every((pkg) => pkg.ecosystem === 'apk') && sbom.packages.length > 0);
  assert.deepEqual(lockfiles.map((entry) => [entry.path, entry.unknowns]).sort(), [['/lib/apk/db/installed', 0], ['/var/lib/dpkg/status', 1]]);
});

test('dpkg and apk databases read as dpkg, apk-tools and syft read them: deb822 field names in any case, a Status split at any blanks, an apk field repeated in a paragraph taking its last value', async () => {
  const status = 'Package: aaa\nStatus: install ok installed\nVersion: 1.0\n\npackage: lower\nstatus: install ok installed\nversion: 2.0\nARCHITECTURE: amd64\n\nPackage: spaced\nStatus: install  ok  installed\nVersion: 3.0\n\nPackage: tabbed\nStatus: install\tok\tinstalled\nVersion: 4.0\n\nPackage: gone\nStatus: deinstall  ok  config-files\nVersion: 5.0\n';
  const debian = buildImage([{ entries: [{ path: 'etc/os-release', content: DEBIAN_OS_RELEASE }, { path: 'var/lib/dpkg/status', content: status }] }]);
  const deb = await imageSbom(memorySource(debian), { clock: CLOCK });
  assert.deepEqual(deb.sbom.packages.map((pkg) => pkg.purl), ['pkg:deb/debian/aaa@1.0?distro=debian-12', 'pkg:deb/debian/lower@2.0?arch=amd64&distro=debian-12', 'pkg:deb/debian/spaced@3.0?distro=debian-12', 'pkg:deb/debian/tabbed@4.0?distro=debian-12']);
  const alpine = buildImage([{ entries: [{ path: 'etc/os-release', content: ALPINE_OS_RELEASE }, { path: 'lib/apk/db/installed', content: 'P:decoy\nV:1.0-r0\nA:x86_64\nP:openssl\nV:3.0.0-r0\n\n' }] }]);
  const apk = await imageSbom(memorySource(alpine), { clock: CLOCK });
  assert.deepEqual(apk.sbom.packages.map((pkg) => pkg.purl), ['pkg:apk/alpine/openssl@3.0.0-r0?arch=x86_64&distro=alpine-3.20.3']);
});
