import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { clockFromSourceDateEpoch, fixedClock, systemClock } from '../../src/core/clock.js';
import { digestBytes, hashFile, parseDigestReference } from '../../src/core/digest.js';
import { TrustKitError, isTrustKitError, readFailure, reportOf } from '../../src/core/errors.js';
import { prepareFileAtomic, writeFileAtomic } from '../../src/core/files.js';
import { VERSION } from '../../src/core/version.js';
import { tempDir } from '../support/tmp.js';

test('SOURCE_DATE_EPOCH freezes the clock; garbage is a coded error', () => {
  assert.equal(clockFromSourceDateEpoch('1700000000').now().toISOString(), '2023-11-14T22:13:20.000Z');
  assert.equal(clockFromSourceDateEpoch(undefined), systemClock);
  assert.equal(clockFromSourceDateEpoch(''), systemClock);
  const fallback = fixedClock(new Date(0));
  assert.equal(clockFromSourceDateEpoch(undefined, fallback), fallback);
  for (const bad of ['1.5', '-1', 'yesterday', '1e9']) {
    assert.throws(() => clockFromSourceDateEpoch(bad), { code: 'CLOCK_INVALID_SOURCE_DATE_EPOCH' });
  }
});

test('SOURCE_DATE_EPOCH past 9999-12-31T23:59:59Z is a coded error: SBOM timestamps and ISO 8601 times have four-digit years', () => {
  assert.equal(clockFromSourceDateEpoch('253402300799').now().toISOString(), '9999-12-31T23:59:59.000Z');
  assert.equal(clockFromSourceDateEpoch('000000000000').now().toISOString(), '1970-01-01T00:00:00.000Z');
  // Leading zeros are allowed however many (docs/sbom.md): the number is what counts.
  assert.equal(clockFromSourceDateEpoch('0001700000000').now().toISOString(), '2023-11-14T22:13:20.000Z');
  assert.equal(clockFromSourceDateEpoch(`${'0'.repeat(100)}253402300799`).now().toISOString(), '9999-12-31T23:59:59.000Z');
  assert.throws(() => clockFromSourceDateEpoch('9'.repeat(400)), { code: 'CLOCK_INVALID_SOURCE_DATE_EPOCH' });
  for (const bad of ['253402300800', '999999999999', '0253402300800', '1000000000000']) {
    assert.throws(() => clockFromSourceDateEpoch(bad), { code: 'CLOCK_INVALID_SOURCE_DATE_EPOCH', message: `SOURCE_DATE_EPOCH is "${bad}", not a whole number of seconds since 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z` });
  }
});

test('a SOURCE_DATE_EPOCH with a line feed or a terminal escape is quoted on one line in the error', () => {
  assert.throws(() => clockFromSourceDateEpoch('1700000000\n'), { message: /^SOURCE_DATE_EPOCH is "1700000000\\n", not a whole number/ });
  assert.throws(() => clockFromSourceDateEpoch('\u001b[2J1'), { message: /^SOURCE_DATE_EPOCH is "\\u001b\[2J1", not/ });
});

test('trust-kit errors are recognised across module copies and reported with code and hint', () => {
  const error = new TrustKitError('X_CODE', 'message', { hint: 'do this', cause: new Error('root') });
  assert.ok(isTrustKitError(error));
  const foreign = Object.assign(Object.create(null) as object, { code: 'X', [Symbol.for('trust-kit.error')]: true });
  assert.ok(isTrustKitError(foreign), 'a copy from another bundle carries the same registered symbol');
  assert.ok(!isTrustKitError(Object.assign(new Error('plain'), { code: 'ENOENT' })));
  assert.deepEqual(reportOf(error), { code: 'X_CODE', message: 'message', hint: 'do this' });
  assert.equal(reportOf(new RangeError('boom')).code, 'INTERNAL');
  // Whatever was thrown (an object without a prototype, one whose toString is no function, a revoked proxy), a report is made, never a second throw.
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  for (const [thrown, message] of [[Object.create(null), '[object Object]'], [{ toString: null }, '[object Object]'], [revoked.proxy, '(a value that cannot be shown)']] as const) {
    assert.equal(isTrustKitError(thrown), false);
    assert.deepEqual([reportOf(thrown).code, reportOf(thrown).message], ['INTERNAL', message]);
  }
  assert.equal((error.cause as Error).message, 'root');
});

test('digest helpers: references parse strictly, files hash like bytes', async (t) => {
  assert.deepEqual(parseDigestReference(`sha256:${'AB'.repeat(32)}`), { algorithm: 'sha256', hex: 'ab'.repeat(32) });
  for (const bad of ['sha256:abc', 'md5:' + 'a'.repeat(32), 'sha256' + 'a'.repeat(64), `sha512:${'a'.repeat(64)}`]) {
    assert.throws(() => parseDigestReference(bad), { code: 'DIGEST_INVALID' });
  }
  const dir = await tempDir(t);
  const content = Buffer.alloc(9 * 1024 * 1024 + 7, 3);
  await writeFileAtomic(join(dir, 'f'), content);
  const { digest, size } = await hashFile(join(dir, 'f'), ['sha256', 'sha512']);
  assert.equal(size, content.length);
  assert.equal(digest.sha256, digestBytes('sha256', content));
  assert.equal(digest.sha512, digestBytes('sha512', content));
  await writeFileAtomic(join(dir, 'empty'), '');
  assert.equal((await hashFile(join(dir, 'empty'), ['sha256'])).digest.sha256, digestBytes('sha256', ''));
});

test('hashing a long file lets the event loop turn between reads (signal handlers and timers run meanwhile) and hashes every chunk', async (t) => {
  const dir = await tempDir(t);
  const content = randomBytes(40 * 1024 * 1024 + 13);
  await writeFile(join(dir, 'long'), content);
  // Reads are counted through node:fs itself (the module hashFile imports from), so a turn of
  // the event loop is known to fall between two reads rather than before or after all of them.
  let reads = 0;
  const realReadSync = fs.readSync;
  t.after(() => {
    fs.readSync = realReadSync;
    syncBuiltinESMExports();
  });
  fs.readSync = ((...args: Parameters<typeof realReadSync>) => {
    reads += 1;
    return realReadSync(...args);
  }) as typeof realReadSync;
  syncBuiltinESMExports();
  const readsAtTurns: number[] = [];
  let hashing = true;
  const tick = (): void => {
    readsAtTurns.push(reads);
    if (hashing) setImmediate(tick);
  };
  setImmediate(tick);
  const { digest, size } = await hashFile(join(dir, 'long'), ['sha256']);
  hashing = false;
  assert.equal(size, content.length);
  assert.equal(digest.sha256, digestBytes('sha256', content));
  const between = new Set(readsAtTurns.filter((count) => count > 0 && count < reads));
  assert.ok(between.size >= 2, `the event loop turned between reads after ${[...between].join(', ')} of ${reads} reads`);
});

test('writeFileAtomic leaves no temporary file and reports unwritable targets', async (t) => {
  const dir = await tempDir(t);
  await writeFileAtomic(join(dir, 'a', 'b.txt'), 'x');
  assert.equal(await readFile(join(dir, 'a', 'b.txt'), 'utf8'), 'x');
  await assert.rejects(writeFileAtomic(join(dir, 'a', 'b.txt', 'c'), 'x'), { code: 'FILE_WRITE_FAILED' });
});

test('a prepared file changes nothing until committed; discarded or failing, it leaves the target and no temporary file', async (t) => {
  const dir = await tempDir(t);
  const target = join(dir, 'key');
  await writeFile(target, 'old');
  const discarded = await prepareFileAtomic(target, 'new');
  assert.equal(await readFile(target, 'utf8'), 'old');
  await discarded.discard();
  assert.deepEqual(await readdir(dir), ['key']);
  const committed = await prepareFileAtomic(target, 'new');
  await committed.commit();
  assert.equal(await readFile(target, 'utf8'), 'new');
  await mkdir(join(dir, 'taken'));
  const blocked = await prepareFileAtomic(join(dir, 'taken'), 'x');
  await assert.rejects(blocked.commit(), { code: 'FILE_WRITE_FAILED' });
  assert.deepEqual((await readdir(dir)).sort(), ['key', 'taken']);
});

test('the version constant is the package version', async () => {
  const pkg = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
});

test('writeFileAtomic with overwrite false never replaces a file that exists', async (t) => {
  const dir = await tempDir(t);
  const { readdir } = await import('node:fs/promises');
  await writeFileAtomic(join(dir, 'k'), 'first', 0o600, { overwrite: false });
  await assert.rejects(writeFileAtomic(join(dir, 'k'), 'second', 0o600, { overwrite: false }), { code: 'FILE_EXISTS' });
  assert.equal(await readFile(join(dir, 'k'), 'utf8'), 'first');
  assert.deepEqual(await readdir(dir), ['k'], 'no temporary file is left behind');
});

test('readFailure says why a file could not be read and what to do about that: a permission is not fixed by checking the path', () => {
  assert.deepEqual(readFailure(Object.assign(new Error('x'), { code: 'EACCES' }), 'the bundle'), { why: 'EACCES (permission denied)', hint: 'make the bundle readable by the user running trust-kit' });
  assert.deepEqual(readFailure(Object.assign(new Error('x'), { code: 'EISDIR' }), 'the bundle'), { why: 'EISDIR (it is a directory)', hint: 'give the path of the bundle itself, not of its directory' });
  assert.match(readFailure(Object.assign(new Error('x'), { code: 'ENOENT' }), 'the bundle').hint, /^check the path of the bundle/);
  assert.equal(readFailure(new Error('odd'), 'the bundle').why, 'odd');
});
