import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { collectArtifacts } from '../../../src/checksums/index.js';
import { isTrustKitError } from '../../../src/core/errors.js';
import { catalogSbom, DigestPlaceholders, encodeAhead, FORMATS, listedFiles, type ListedDigest } from '../../../src/sbom/index.js';
import type { Sbom } from '../../../src/sbom/model.js';
import { tempDir } from '../../support/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'sbom');
const CLOCK = { now: () => new Date('2026-01-02T03:04:05Z') };

/** A project (a real npm lockfile) and its release files: a Go binary, whose modules the SBOM lists as contained, two files with the same bytes, an empty one. */
async function release(t: Parameters<typeof tempDir>[0]): Promise<{ dir: string; files: Awaited<ReturnType<typeof collectArtifacts>> }> {
  const dir = await tempDir(t);
  await copyFile(join(FIXTURES, 'npm-lock-v3', 'package-lock.json'), join(dir, 'package-lock.json'));
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'hello'), gunzipSync(await readFile(join(FIXTURES, 'go-binary', 'hello-linux-amd64.gz'))), { mode: 0o755 });
  await writeFile(join(dir, 'dist', 'a.txt'), 'same bytes\n');
  await writeFile(join(dir, 'dist', 'b.txt'), 'same bytes\n');
  await writeFile(join(dir, 'dist', 'empty'), '');
  return { dir, files: await collectArtifacts(['dist'], { cwd: dir, base: 'dist' }) };
}

/** The files as hashed: what a release's hashing gives, for `algorithms`. */
async function hashed(files: Awaited<ReturnType<typeof collectArtifacts>>, algorithms: readonly ListedDigest[]): Promise<Sbom['files']> {
  const artifacts = await Promise.all(files.map(async (file) => {
    const bytes = await readFile(file.path);
    const digests = Object.fromEntries(algorithms.map((algorithm) => [algorithm, createHash(algorithm).update(bytes).digest('hex')]));
    return { ...file, size: bytes.length, hex: digests['sha256'] ?? '', digests };
  }));
  return listedFiles(artifacts);
}

test('a document encoded ahead with placeholders and finished with the digests is, byte for byte, the one encoded from the finished SBOM, in every format', async (t) => {
  const { dir, files } = await release(t);
  for (const algorithms of [['sha256'], ['sha256', 'sha512']] as ListedDigest[][]) {
    const cataloged = await catalogSbom({ dir, cwd: dir, clock: CLOCK }, files);
    const placeholders = new DigestPlaceholders();
    const draft = cataloged.withFiles(files.map((file) => ({ name: file.name, size: 0, digest: placeholders.digestSet(algorithms) })));
    const final = cataloged.withFiles(await hashed(files, algorithms));
    assert.ok(final.files.some((file) => (file.contains?.length ?? 0) > 0), 'the Go binary contains its modules');
    for (const encoder of FORMATS) {
      const finish = encodeAhead(encoder, draft, placeholders);
      const finished = finish(final);
      const text = finished.chunks.join('');
      assert.equal(text, encoder.encode(final), `${encoder.name} with ${algorithms.join(', ')}`);
      assert.equal(finished.sha256, createHash('sha256').update(text).digest('hex'), `${encoder.name}: the SHA-256 of the document's bytes`);
      // The draft was let go of as it was finished.
      assert.throws(() => finish(final), (error: unknown) => isTrustKitError(error) && error.code === 'SBOM_INVALID_DOCUMENT' && /finished already/.test(error.message));
    }
  }
});

test('a document encoded ahead is not finished with other files, or files hashed without a digest it listed: an internal error, never a document with a stand-in left', async (t) => {
  const { dir, files } = await release(t);
  const cataloged = await catalogSbom({ dir, cwd: dir, clock: CLOCK }, files);
  const placeholders = new DigestPlaceholders();
  const draft = cataloged.withFiles(files.map((file) => ({ name: file.name, size: 0, digest: placeholders.digestSet(['sha256', 'sha512']) })));
  const encoder = FORMATS[0] ?? assert.fail('no format');
  const finish = encodeAhead(encoder, draft, placeholders);
  const internal = (error: unknown): boolean => isTrustKitError(error) && error.code === 'SBOM_INVALID_DOCUMENT';
  assert.throws(() => finish(cataloged.withFiles(files.slice(1).map((file) => ({ name: file.name, size: 1, digest: { sha256: 'a'.repeat(64), sha512: 'b'.repeat(128) } })))), internal);
  assert.throws(() => finish(cataloged.withFiles(files.map((file) => ({ name: file.name, size: 1, digest: { sha256: 'a'.repeat(64) } })))), internal);
});

test('a draft is the document with the nil UUID in place of its own, which a finished text makes from its own text', async (t) => {
  const { dir, files } = await release(t);
  const sbom = (await catalogSbom({ dir, cwd: dir, clock: CLOCK }, files)).withFiles(await hashed(files, ['sha256']));
  for (const encoder of FORMATS) {
    const text = encoder.encode(sbom);
    const uuid = /([0-9a-f-]{36})"\}\n$/.exec(text)?.[1] ?? assert.fail(`${encoder.name} ends with no UUID`);
    assert.notEqual(uuid, '00000000-0000-0000-0000-000000000000');
    assert.equal(encoder.draft(sbom).join(''), `${text.slice(0, -uuid.length - 3)}00000000-0000-0000-0000-000000000000"}\n`, encoder.name);
  }
});

test('a release\'s documents are finished in the chunks they were made in, never as one string: a document of 700,000 files is longer than V8\'s longest string', async (t) => {
  const { dir, files } = await release(t);
  const cataloged = await catalogSbom({ dir, cwd: dir, clock: CLOCK }, files);
  // Many release files: about 3 MB of SPDX and 1 MB of CycloneDX, in chunks of about 256 KiB.
  const many = Array.from({ length: 5000 }, (_, index) => ({ name: `site/page-${index}.html`, size: 4096, digest: { sha256: createHash('sha256').update(String(index)).digest('hex') } }));
  const placeholders = new DigestPlaceholders();
  const draft = cataloged.withFiles(many.map((file) => ({ name: file.name, size: 0, digest: placeholders.digestSet(['sha256']) })));
  for (const encoder of FORMATS) {
    const finished = encodeAhead(encoder, draft, placeholders)(cataloged.withFiles(many));
    assert.ok(finished.chunks.length > 2, `${encoder.name}: ${finished.chunks.length} chunks`);
    assert.ok(finished.chunks.every((chunk) => chunk.length < 1024 * 1024), `${encoder.name}: no chunk of a MiB`);
    assert.equal(finished.chunks.join(''), encoder.encode(cataloged.withFiles(many)), encoder.name);
  }
});

test('a placeholder of another run, or a digest of the wrong length in its place, is an internal error, never a document with a stand-in or a short digest', async (t) => {
  const { dir, files } = await release(t);
  const cataloged = await catalogSbom({ dir, cwd: dir, clock: CLOCK }, files);
  const internal = (error: unknown): boolean => isTrustKitError(error) && error.code === 'SBOM_INVALID_DOCUMENT';
  const encoder = FORMATS[0] ?? assert.fail('no format');
  const placeholders = new DigestPlaceholders();
  const other = new DigestPlaceholders();
  // One file's placeholder from another run: the draft's text holds a stand-in the finisher never made.
  const foreign = cataloged.withFiles(files.map((file, index) => ({ name: file.name, size: 0, digest: (index === 0 ? other : placeholders).digestSet(['sha256']) })));
  const real = cataloged.withFiles(await hashed(files, ['sha256']));
  assert.throws(() => encodeAhead(encoder, foreign, placeholders)(real), internal);
  // A SHA-256 where a SHA-512 belongs (the file's sha512 field holding 64 hex digits).
  const both = cataloged.withFiles(files.map((file) => ({ name: file.name, size: 0, digest: placeholders.digestSet(['sha256', 'sha512']) })));
  const short = cataloged.withFiles((await hashed(files, ['sha256'])).map((file) => ({ ...file, digest: { sha256: file.digest.sha256, sha512: file.digest.sha256 } })));
  assert.throws(() => encodeAhead(encoder, both, placeholders)(short), internal);
});

test('placeholders are hex of their digest\'s length, all different, with a random prefix no two runs share', () => {
  const one = new DigestPlaceholders();
  const sets = [one.digestSet(['sha256', 'sha512']), one.digestSet(['sha256'])];
  const values = sets.flatMap((set) => Object.values(set));
  assert.equal(new Set(values).size, 3);
  assert.match(sets[0]?.sha256 ?? '', /^[0-9a-f]{64}$/);
  assert.match(sets[0]?.sha512 ?? '', /^[0-9a-f]{128}$/);
  const other = new DigestPlaceholders().digestSet(['sha256']).sha256 ?? '';
  assert.notEqual(other.slice(0, 32), (sets[0]?.sha256 ?? '').slice(0, 32));
  for (const value of values) assert.ok(one.foundIn([`x${value}x`]));
  assert.ok(!one.foundIn([other]));
  // Split across two chunks, anywhere in it.
  for (const at of [1, 16, 31, 32, 40]) assert.ok(one.foundIn(['a', `x${(sets[0]?.sha256 ?? '').slice(0, at)}`, `${(sets[0]?.sha256 ?? '').slice(at)}x`]), `split at ${at}`);
  assert.deepEqual(values.map((value) => one.numberOf(value)), [1, 2, 3]);
  assert.equal(one.numberOf(other), undefined);
});

test('release files hashed without SHA-256 are SBOM_ARTIFACT_DIGESTS naming the file, not an SBOM without their digests', () => {
  const artifacts = [{ name: 'app.tgz', path: '/dist/app.tgz', size: 3, hex: 'ab'.repeat(64), digests: { sha512: 'ab'.repeat(64) } }];
  assert.throws(() => listedFiles(artifacts), { code: 'SBOM_ARTIFACT_DIGESTS', message: 'app.tgz was hashed without SHA-256, which the SBOM lists', hint: /hash release files with sha256/ });
});
