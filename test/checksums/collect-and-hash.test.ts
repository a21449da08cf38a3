import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { HashPool, checkChecksumsFile, collectArtifacts, createChecksums, hashArtifacts, hashEach } from '../../src/checksums/index.js';
import { tempDir } from '../support/tmp.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

test('threads started ahead hash job after job, names in any script included, and leave closing to the caller', async (t) => {
  const dir = await tempDir(t);
  const names = Array.from({ length: 150 }, (_, index) => `${['plain', 'ünï', '日本', '\u{1F600}'][index % 4]}-${index}.bin`);
  await mkdir(join(dir, 'f'));
  for (const name of names) await writeFile(join(dir, 'f', name), name);
  const listed = await collectArtifacts(['f'], { cwd: dir, base: dir });
  const workers = HashPool.start(2);
  t.after(() => workers.close());
  const first = await hashArtifacts(listed, 'sha256', { workers });
  const second = await hashArtifacts(listed, 'sha512', { workers, also: ['sha256'] });
  assert.equal(first.length, 150);
  for (const [index, artifact] of first.entries()) {
    assert.equal(artifact.hex, sha256(artifact.name.slice(2)), artifact.name);
    assert.equal(second[index]?.digests.sha256, artifact.hex);
    assert.equal(second[index]?.hex, createHash('sha512').update(artifact.name.slice(2)).digest('hex'));
  }
  assert.deepEqual(first, await hashArtifacts(listed, 'sha256', { concurrency: 1 }));
});

test('a file gone between the walk and the hash is reported in its place, on threads started ahead', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'f'));
  for (let index = 0; index < 100; index++) await writeFile(join(dir, 'f', `${index}.bin`), String(index));
  const listed = await collectArtifacts(['f'], { cwd: dir, base: dir });
  await rm(join(dir, 'f', '42.bin'));
  await mkdir(join(dir, 'f', '42.bin'));
  const workers = HashPool.start(2);
  t.after(() => workers.close());
  const outcomes = await hashEach(listed, 'sha256', { workers });
  const replaced = outcomes.find((outcome) => outcome.name === 'f/42.bin');
  assert.ok(replaced !== undefined && 'error' in replaced);
  assert.equal(replaced.error.code, 'CHECKSUMS_READ_FAILED');
  assert.match(replaced.error.message, /42\.bin": not a regular file/);
  assert.equal(outcomes.filter((outcome) => 'error' in outcome).length, 1);
});

test('createChecksums of a directory of many files hashes on threads started during the walk, as it hashes on one thread', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist/sub'), { recursive: true });
  for (let index = 0; index < 120; index++) await writeFile(join(dir, index % 2 === 0 ? 'dist' : 'dist/sub', `${index}.tgz`), `artifact ${index}`);
  const config = { subjects: ['dist'], algorithm: 'sha256' as const, base: 'dist', output: undefined };
  const parallel = await createChecksums(config, dir, { concurrency: 2 });
  const serial = await createChecksums(config, dir, { concurrency: 1 });
  assert.equal(parallel.text, serial.text);
  assert.equal(parallel.artifacts.length, 120);
  assert.match(parallel.text, new RegExp(`^${sha256('artifact 1')}  sub/1\\.tgz$`, 'm'));
});

test('with one core, many files are hashed on this thread by the threads\' synchronous reads, the first claim before hashEach returns, not one by one through the event loop', async (t) => {
  const dir = await tempDir(t);
  const files: { path: string; name: string }[] = [];
  for (let index = 0; index < 100; index++) {
    const path = join(dir, `${index}.bin`);
    await writeFile(path, `file ${index}`);
    files.push({ path, name: `${index}.bin` });
  }
  const big = 'z'.repeat(3 * 1024 * 1024 + 1);
  await writeFile(files[99]?.path ?? '', big);
  const hashing = hashEach(files, 'sha256', { concurrency: 1, callerHelps: true });
  // Read one by one through the event loop, the first file would be read after this change; in a claim, it was read before hashEach returned.
  await writeFile(files[0]?.path ?? '', 'changed');
  const outcomes = await hashing;
  outcomes.forEach((outcome, index) => assert.deepEqual(outcome, { ...files[index], size: index === 99 ? big.length : `file ${index}`.length, hex: sha256(index === 99 ? big : `file ${index}`), digests: { sha256: sha256(index === 99 ? big : `file ${index}`) } }, `file ${index}`));
  // Without this thread's help, one thread hashes them all the same.
  assert.deepEqual((await hashEach(files.slice(1), 'sha256', { concurrency: 1 })).map((outcome) => ('hex' in outcome ? outcome.hex : outcome.error.code)), files.slice(1).map((_, index) => sha256(index === 98 ? big : `file ${index + 1}`)));
});

test('an algorithm that is not sha256 or sha512, from a caller in plain JavaScript, is refused before any file is read', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'app.tgz'), 'the app\n');
  const listed = await collectArtifacts(['app.tgz'], { cwd: dir, base: dir });
  // Each was hashed as asked (node:crypto knows them), and the checksums file then held an MD5 or a SHA-1 as its SHA-256.
  for (const algorithm of ['md5', 'sha1', 'SHA256', undefined]) {
    await assert.rejects(hashArtifacts(listed, algorithm as 'sha256'), { code: 'CHECKSUMS_ALGORITHM_UNSUPPORTED', message: new RegExp(algorithm === undefined ? 'the hash algorithm is undefined' : `hash algorithm "${algorithm}"`) }, String(algorithm));
  }
  await assert.rejects(hashArtifacts(listed, 'sha256', { also: ['sha1' as 'sha256'] }), { code: 'CHECKSUMS_ALGORITHM_UNSUPPORTED' });
  await assert.rejects(createChecksums({ subjects: ['app.tgz'], base: '.', algorithm: 'md5' as 'sha256', output: undefined }, dir), { code: 'CHECKSUMS_ALGORITHM_UNSUPPORTED' });
});

test('a concurrency that is not a whole number of threads from 1 up is refused: NaN (Number of an unset variable) hashed many files forever', { timeout: 60_000 }, async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'many'));
  for (let index = 0; index < 70; index += 1) await writeFile(join(dir, 'many', `${index}.txt`), `file ${index}\n`);
  const listed = await collectArtifacts(['many'], { cwd: dir, base: dir });
  // Nor more threads than any machine has cores to run: 10,000 started as many, about 90 GB, before a file was hashed.
  for (const concurrency of [Number.NaN, 0, -1, 1.5, '4' as unknown as number, 257, 10_000]) {
    await assert.rejects(hashArtifacts(listed, 'sha256', { concurrency }), { code: 'CHECKSUMS_ARGUMENT_INVALID', message: /concurrency/ }, String(concurrency));
    await assert.rejects(createChecksums({ subjects: ['many'], algorithm: 'sha256', base: '.', output: undefined }, dir, { concurrency }), { code: 'CHECKSUMS_ARGUMENT_INVALID' }, String(concurrency));
  }
  const sums = join(dir, 'SHA256SUMS');
  await writeFile(sums, (await createChecksums({ subjects: ['many'], algorithm: 'sha256', base: '.', output: undefined }, dir, { concurrency: 2 })).text);
  await assert.rejects(checkChecksumsFile(sums, { base: dir, onResult: () => undefined, concurrency: Number.NaN }), { code: 'CHECKSUMS_ARGUMENT_INVALID' });
  await assert.rejects(checkChecksumsFile(sums, { base: dir, onResult: () => undefined, concurrency: 10_000 }), { code: 'CHECKSUMS_ARGUMENT_INVALID', message: /concurrency is 10000, more threads than trust-kit hashes with \(at most 256/ });
  assert.equal((await checkChecksumsFile(sums, { base: dir, onResult: () => undefined, concurrency: 2 })).ok, 70);
});
