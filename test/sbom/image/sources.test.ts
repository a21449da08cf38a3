import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { dockerArchiveSource, imageSbom, ociLayoutSource } from '../../../src/sbom/image/index.js';
import { MAX_ARCHIVE_IMAGES, MAX_ARCHIVE_MEMBERS } from '../../../src/sbom/image/sources.js';
import { assertScaling } from '../../support/scaling.js';
import { tempDir } from '../../support/tmp.js';
import { buildImage, dpkgStatus, header, pad, paxRecord, sha256, tar, writeLayout, type BuiltImage } from './fixtures.js';

const image = (): BuiltImage => buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'base', version: '1' }]) }] }]);

async function layout(t: TestContext, built: BuiltImage): Promise<string> {
  const dir = await tempDir(t, 'trust-kit-imgsrc-');
  await writeLayout(dir, [{ image: built, platform: { os: 'linux', architecture: 'amd64' } }]);
  return dir;
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

test('an index.json or a docker archive that is a FIFO is IMAGE_SOURCE_INVALID at once, not a read that waits for a writer forever', { timeout: 10_000 }, async (t) => {
  const dir = await layout(t, image());
  await rm(join(dir, 'index.json'));
  mkfifo(join(dir, 'index.json'));
  await assert.rejects(ociLayoutSource(dir), (error: Error & { code?: string }) => error.code === 'IMAGE_SOURCE_INVALID' && /index\.json is not a regular file/.test(error.message));
  const archive = join(dir, 'image.tar');
  mkfifo(archive);
  await assert.rejects(dockerArchiveSource(archive), (error: Error & { code?: string }) => error.code === 'IMAGE_SOURCE_INVALID' && /image\.tar is not a regular file/.test(error.message));
});

test('a layer blob that is a FIFO is IMAGE_SOURCE_INVALID when its turn comes, not a wait', { timeout: 10_000 }, async (t) => {
  const built = image();
  const dir = await layout(t, built);
  const blob = join(dir, 'blobs', 'sha256', sha256(built.layers[0]?.stored as Buffer).slice('sha256:'.length));
  await rm(blob);
  mkfifo(blob);
  await assert.rejects(async () => imageSbom(await ociLayoutSource(dir)), { code: 'IMAGE_SOURCE_INVALID' });
});

test('files of a layout reached through a symbolic link out of its directory are refused, and nothing of them is quoted; links inside the layout are read', async (t) => {
  const outside = await tempDir(t, 'trust-kit-imgsrc-outside-');
  const secret = join(outside, 'credentials');
  await writeFile(secret, 'https://user:s3cr3t-t0ken@example.com\n');
  const built = image();
  const dir = await layout(t, built);
  await rm(join(dir, 'index.json'));
  await symlink(secret, join(dir, 'index.json'));
  await assert.rejects(ociLayoutSource(dir), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'IMAGE_SOURCE_INVALID');
    assert.match(error.message, /index\.json.*outside the layout/);
    assert.ok(!error.message.includes('s3cr3t') && !error.message.includes('https://user'), error.message);
    return true;
  });

  const layerDir = await layout(t, built);
  const layerBlob = join(layerDir, 'blobs', 'sha256', sha256(built.layers[0]?.stored as Buffer).slice('sha256:'.length));
  await rm(layerBlob);
  await symlink(secret, layerBlob);
  await assert.rejects(async () => imageSbom(await ociLayoutSource(layerDir)), (error: Error & { code?: string }) => error.code === 'IMAGE_SOURCE_INVALID' && /outside the layout/.test(error.message));

  // A blob stored once and linked to from inside the layout (relative link) is the layout's own.
  const linkedDir = await layout(t, built);
  const configBlob = join(linkedDir, 'blobs', 'sha256', sha256(built.config).slice('sha256:'.length));
  await writeFile(join(linkedDir, 'config.json'), built.config);
  await rm(configBlob);
  await symlink('../../config.json', configBlob);
  const { sbom } = await imageSbom(await ociLayoutSource(linkedDir));
  assert.deepEqual(sbom.packages.map((pkg) => pkg.name), ['base']);
});

function member(name: string, content: Buffer | string): Buffer {
  const bytes = Buffer.from(content);
  return Buffer.concat([header(name, bytes.length, 0o644, '0'), bytes, pad(bytes.length)]);
}

test('docker-archive: a layer whose size is in a PAX record (as Go writes one of 8 GiB or more, the header\'s size field zero) is read whole', async (t) => {
  const built = image();
  const layer = built.layers[0]?.tar as Buffer;
  const configName = `${sha256(built.config).slice('sha256:'.length)}.json`;
  const manifest = JSON.stringify([{ Config: configName, RepoTags: ['example/big:latest'], Layers: ['layer0/layer.tar'] }]);
  const size = Buffer.from(paxRecord('size', String(layer.length)));
  const archive = Buffer.concat([member('manifest.json', manifest), member(configName, built.config), header('PaxHeader', size.length, 0o644, 'x'), size, pad(size.length), header('layer0/layer.tar', 0, 0o644, '0'), layer, pad(layer.length), Buffer.alloc(1024)]);
  const dir = await tempDir(t, 'trust-kit-imgsrc-');
  await writeFile(join(dir, 'image.tar'), archive);
  const { sbom } = await imageSbom(await dockerArchiveSource(join(dir, 'image.tar')));
  assert.deepEqual(sbom.packages.map((pkg) => pkg.name), ['base']);
});

test('docker-archive: an archive of more entries (directories here) than an image archive holds is IMAGE_LIMIT_EXCEEDED, not a header read after header', async (t) => {
  const archive = Buffer.concat([...Array.from({ length: MAX_ARCHIVE_MEMBERS + 1 }, (_, index) => header(`d${index}/`, 0, 0o755, '5')), Buffer.alloc(1024)]);
  const dir = await tempDir(t, 'trust-kit-imgsrc-');
  await writeFile(join(dir, 'many.tar'), archive);
  await assert.rejects(dockerArchiveSource(join(dir, 'many.tar')), (error: Error & { code?: string }) => error.code === 'IMAGE_LIMIT_EXCEEDED' && /many\.tar holds more than 65536 entries/.test(error.message));
});

test('docker-archive: a manifest.json listing more images than the limit is IMAGE_LIMIT_EXCEEDED; entries repeating a config not for the platform read it once', async (t) => {
  const built = image();
  const config = Buffer.from(JSON.stringify({ architecture: 's390x', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, padding: 'x'.repeat(3 * 1024 * 1024) }));
  const dir = await tempDir(t, 'trust-kit-imgsrc-');
  const archive = (entries: number): Buffer => Buffer.concat([member('manifest.json', JSON.stringify(Array.from({ length: entries }, () => ({ Config: 'c.json', Layers: [] })))), member('c.json', config), member('unused', built.config), Buffer.alloc(1024)]);
  await writeFile(join(dir, 'too-many.tar'), archive(MAX_ARCHIVE_IMAGES + 1));
  await assert.rejects(dockerArchiveSource(join(dir, 'too-many.tar')), { code: 'IMAGE_LIMIT_EXCEEDED' });
  await writeFile(join(dir, 'repeated.tar'), archive(MAX_ARCHIVE_IMAGES));
  await assert.rejects(dockerArchiveSource(join(dir, 'repeated.tar')), (error: Error & { code?: string }) => error.code === 'IMAGE_PLATFORM_NOT_FOUND' && /it has linux\/s390x\)/.test(error.message));
  // The config is read once: ten times the entries cost about what the 3 MiB config costs, not ten times it.
  const few = Math.floor(MAX_ARCHIVE_IMAGES / 10);
  await writeFile(join(dir, 'few.tar'), archive(few));
  await writeFile(join(dir, 'many.tar'), archive(few * 10));
  const paths = new Map([[few, join(dir, 'few.tar')], [few * 10, join(dir, 'many.tar')]]);
  await assertScaling('entries repeating a config', (count) => paths.get(count) ?? assert.fail(`no archive of ${count} entries`), (path) => dockerArchiveSource(path).catch(() => undefined), { size: few, maxRatio: 4 });
});

test('a docker archive that is no tar archive is IMAGE_SOURCE_INVALID naming it, not IMAGE_LAYER_INVALID about a layer', async (t) => {
  const dir = await tempDir(t, 'trust-kit-imgsrc-');
  const archive = join(dir, 'image.tar');
  await writeFile(archive, Buffer.alloc(2048, 0x41));
  await assert.rejects(dockerArchiveSource(archive), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'IMAGE_SOURCE_INVALID');
    assert.match(error.message, /image\.tar is not a tar archive as `docker save` writes: /);
    assert.doesNotMatch(error.message, /layer/);
    assert.equal(error.hint, 'give the file `docker save` wrote, or save the image again');
    return true;
  });
});

test('docker-archive: the archives docker save before Docker 25 and crane write are read: a repeated layer as a symbolic link to its first copy, gzip layers named <digest>.tar.gz and a config named sha256:<hex>', async (t) => {
  const dir = await tempDir(t, 'trust-kit-imgsrc-');
  const built = buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'base', version: '1' }]) }] }, { entries: [{ path: 'app/x', content: 'same' }] }]);
  const diffIds = built.layers.map((layer) => sha256(layer.tar));
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [...diffIds, diffIds[1]] } }));
  const configName = `${sha256(config).slice('sha256:'.length)}.json`;
  const legacy = tar([
    { path: configName, content: config },
    { path: 'aaa/layer.tar', content: built.layers[0]?.tar },
    { path: 'bbb/layer.tar', content: built.layers[1]?.tar },
    { path: 'ccc/layer.tar', kind: 'symlink', linkName: '../bbb/layer.tar' },
    { path: 'ddd/layer.tar', kind: 'symlink', linkName: '../../outside/layer.tar' },
    { path: 'manifest.json', content: JSON.stringify([{ Config: configName, RepoTags: ['x:1'], Layers: ['aaa/layer.tar', 'bbb/layer.tar', 'ccc/layer.tar'] }]) },
  ]);
  await writeFile(join(dir, 'legacy.tar'), legacy);
  const first = await imageSbom(await dockerArchiveSource(join(dir, 'legacy.tar')));
  assert.deepEqual(first.sbom.packages.map((pkg) => pkg.name), ['base']);
  // A link leading out of the archive names nothing.
  const outside = tar([{ path: configName, content: config }, { path: 'aaa/layer.tar', content: built.layers[0]?.tar }, { path: 'bbb/layer.tar', content: built.layers[1]?.tar }, { path: 'ddd/layer.tar', kind: 'symlink', linkName: '../../bbb/layer.tar' }, { path: 'manifest.json', content: JSON.stringify([{ Config: configName, Layers: ['aaa/layer.tar', 'bbb/layer.tar', 'ddd/layer.tar'] }]) }]);
  await writeFile(join(dir, 'outside.tar'), outside);
  await assert.rejects(dockerArchiveSource(join(dir, 'outside.tar')), { code: 'IMAGE_MANIFEST_INVALID' });

  const plainConfig = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: diffIds } }));
  const gzipName = (index: number): string => `${sha256(built.layers[index]?.stored as Buffer).slice('sha256:'.length)}.tar.gz`;
  const crane = (configBytes: Buffer): Buffer => tar([{ path: sha256(plainConfig), content: configBytes }, ...[0, 1].map((index) => ({ path: gzipName(index), content: built.layers[index]?.stored })), { path: 'manifest.json', content: JSON.stringify([{ Config: sha256(plainConfig), RepoTags: ['x:1'], Layers: [gzipName(0), gzipName(1)] }]) }]);
  await writeFile(join(dir, 'crane.tar'), crane(plainConfig));
  const second = await imageSbom(await dockerArchiveSource(join(dir, 'crane.tar')));
  assert.deepEqual(second.sbom.packages.map((pkg) => pkg.name), ['base']);
  // The config is checked against the digest it is named by.
  await writeFile(join(dir, 'tampered.tar'), crane(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: diffIds }, extra: 1 }))));
  await assert.rejects(dockerArchiveSource(join(dir, 'tampered.tar')), { code: 'IMAGE_DIGEST_MISMATCH' });
});
