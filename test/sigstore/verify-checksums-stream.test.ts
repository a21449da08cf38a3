import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateSigningKeyPair } from '../../src/sigstore/sign/index.js';
import { checkVerifiedChecksums, readBundleFile, resolvePolicy, verifyChecksumsSignature } from '../../src/sigstore/verify/files.js';
import { cli } from '../support/cli.js';
import { assertShowable } from '../support/hostile-text.js';
import { tempDir } from '../support/tmp.js';

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');
const PROMPT = { timeout: 30_000 };

/** A release directory with a key pair and a signed checksums file of `lines` lines over two artifacts. */
async function signedRelease(t: Parameters<typeof tempDir>[0], lines: number, wrong: ReadonlySet<number> = new Set()): Promise<string> {
  const cwd = await tempDir(t);
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'key.pem'), pair.privateKeyPem);
  await writeFile(join(cwd, 'key.pub'), pair.publicKeyPem);
  await writeFile(join(cwd, 'a'), 'a');
  await writeFile(join(cwd, 'b'), 'b');
  const text: string[] = [];
  for (let i = 0; i < lines; i++) text.push(`${sha256(wrong.has(i) ? 'x' : i % 2 === 0 ? 'a' : 'b')}  ${i % 2 === 0 ? 'a' : 'b'}\n`);
  await writeFile(join(cwd, 'SUMS'), text.join(''));
  const signed = await cli(['sign-blob', '--key', 'key.pem', 'SUMS'], cwd);
  assert.equal(signed.code, 0, signed.stderr);
  return cwd;
}

test('verify-checksums streams a long signed file: every line printed in order after the signature, failures named up to a cap', PROMPT, async (t) => {
  const cwd = await signedRelease(t, 20_000, new Set([5, 17_001]));
  const run = await cli(['verify-checksums', 'SUMS', '--bundle', 'SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog'], cwd);
  assert.equal(run.code, 3, run.stderr);
  const lines = run.stdout.split('\n').filter(Boolean);
  assert.match(lines[0] ?? '', /^Verified OK: SUMS$/);
  const results = lines.filter((line) => /^[ab]: /.test(line));
  assert.equal(results.length, 20_000);
  assert.equal(results[5], 'b: FAILED');
  assert.equal(results[17_001], 'b: FAILED');
  assert.equal(results.filter((line) => line.endsWith(': OK')).length, 19_998);
  assert.match(run.stderr, /VERIFY_ARTIFACT_MISMATCH: 2 artifacts do not match the signed SUMS: b \(expected sha256:/);

  const many = await signedRelease(t, 100, new Set(Array.from({ length: 30 }, (_, i) => i)));
  const capped = await cli(['verify-checksums', 'SUMS', '--bundle', 'SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog'], many);
  assert.match(capped.stderr, /30 artifacts do not match .*; and 10 more\n/);
});

test('a checksums file changed after its signature verified fails instead of being trusted', PROMPT, async (t) => {
  const cwd = await signedRelease(t, 2);
  const bundleJson = await readBundleFile('SUMS.sigstore.json', cwd);
  const policy = await resolvePolicy({ kind: 'key', keyPath: 'key.pub', ignoreTlog: true }, cwd);
  const verified = await verifyChecksumsSignature({ checksumsPath: 'SUMS', bundleJson, policy, trust: undefined, cwd });
  await appendFile(join(cwd, 'SUMS'), `${sha256('evil')}  c\n`);
  for (const files of [[], ['a']]) {
    await assert.rejects(checkVerifiedChecksums(verified, { files, base: undefined, cwd, onResult: () => {} }), { code: 'VERIFY_ARTIFACT_MISMATCH', message: /SUMS changed while it was read/ });
  }
});

test('verify-checksums refuses a checksums file that is a pipe, promptly', PROMPT, async (t) => {
  const cwd = await signedRelease(t, 2);
  execFileSync('mkfifo', [join(cwd, 'pipe')]);
  const run = await cli(['verify-checksums', 'pipe', '--bundle', 'SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog'], cwd);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /FILE_NOT_REGULAR: checksums file pipe is a named pipe/);
});

test('named files are found in a streamed file by path or unique file name; a repeated name is refused', PROMPT, async (t) => {
  const cwd = await signedRelease(t, 2);
  const run = await cli(['verify-checksums', 'SUMS', '--bundle', 'SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog', 'b', 'a'], cwd);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /\nb: OK\na: OK\n$/);
  const repeated = await signedRelease(t, 4);
  const refused = await cli(['verify-checksums', 'SUMS', '--bundle', 'SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog', 'a'], repeated);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /CHECKSUMS_DUPLICATE_ENTRY: SUMS:3: "a" is already listed on line 1/);
});

test('verify-checksums names a checksums file and named files with control characters or a line feed quoted, on stdout and in its errors', PROMPT, async (t) => {
  const cwd = await signedRelease(t, 2);
  const hostile = 'SUMS\u001b]0;owned\u0007\u009b2J\nVerified OK: forged';
  const shown = '"SUMS\\u001b]0;owned\\u0007\\u009b2J\\nVerified OK: forged"';
  await rename(join(cwd, 'SUMS'), join(cwd, hostile));
  const run = await cli(['verify-checksums', hostile, '--bundle', 'SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog', 'a', 'c\u001b[2J'], cwd);
  assert.equal(run.code, 3, run.stderr);
  assert.match(run.stdout, new RegExp(`^Verified OK: ${shown.replace(/[\\[\]()]/g, '\\$&')}\n`));
  assert.ok(run.stdout.includes(`"c\\u001b[2J": FAILED (not listed in ${shown})\n`), run.stdout);
  assertShowable(run.stdout.replace(/\n/g, ' '), 'a: OK', 10_000);
  assertShowable(run.stderr.replace(/\n/g, ' '), `not match the signed ${shown}`);
  const json = await cli(['verify-checksums', hostile, '--bundle', 'SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog', '--json', 'c\u001b[2J'], cwd);
  assertShowable(json.stderr.replace(/\n/g, ' '), `not match the signed ${shown}: "c\\u001b[2J" (not listed)`);
});

test('verify-checksums never reads a listed file outside the base: a signed ../ or absolute name is unreadable, and the error says why', PROMPT, async (t) => {
  const cwd = await signedRelease(t, 2);
  const outside = await tempDir(t);
  await writeFile(join(outside, 'secret'), 'secret');
  await mkdir(join(cwd, 'release'));
  await writeFile(join(cwd, 'release', 'a'), 'a');
  // From release/ up to the root, then down to the secret.
  const climbing = `${'../'.repeat(join(cwd, 'release').split('/').length - 1)}${join(outside, 'secret').slice(1)}`;
  await writeFile(join(cwd, 'release', 'SUMS'), `${sha256('a')}  a\n${sha256('secret')}  ${join(outside, 'secret')}\n${sha256('secret')}  ${climbing}\n`);
  const signed = await cli(['sign-blob', '--key', 'key.pem', 'release/SUMS'], cwd);
  assert.equal(signed.code, 0, signed.stderr);
  const run = await cli(['verify-checksums', 'release/SUMS', '--bundle', 'release/SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog'], cwd);
  assert.equal(run.code, 3, run.stderr);
  const results = run.stdout.split('\n').filter((line) => line.includes(': '));
  assert.equal(results.filter((line) => line.endsWith(': FAILED open or read (outside the base directory)')).length, 2, run.stdout);
  assert.ok(results.includes('a: OK'), run.stdout);
  assert.match(run.stderr, /VERIFY_ARTIFACT_MISMATCH: 2 artifacts do not match .*secret \(unreadable: outside the base directory\)/);
  const json = await cli(['verify-checksums', 'release/SUMS', '--bundle', 'release/SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog', '--json'], cwd);
  const artifacts = (JSON.parse(json.stdout) as { artifacts: { name: string; status: string; reason?: string }[] }).artifacts;
  assert.deepEqual(artifacts.map(({ status, reason }) => [status, reason]), [['ok', undefined], ['unreadable', 'outside the base directory'], ['unreadable', 'outside the base directory']]);
});

/** A directory with a key pair and `lines` signed as SUMS. */
async function signedLines(t: Parameters<typeof tempDir>[0], lines: readonly string[]): Promise<string> {
  const cwd = await tempDir(t);
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'key.pem'), pair.privateKeyPem);
  await writeFile(join(cwd, 'key.pub'), pair.publicKeyPem);
  await writeFile(join(cwd, 'SUMS'), lines.map((line) => line.replaceAll('<cwd>', cwd)).join(''));
  const signed = await cli(['sign-blob', '--key', 'key.pem', 'SUMS'], cwd);
  assert.equal(signed.code, 0, signed.stderr);
  return cwd;
}

test('a named file the signed list also gives under another spelling (`sub/../a`, its absolute path) is a duplicate, as sha256sum -c fails its second digest', PROMPT, async (t) => {
  for (const other of ['sub/../a', '<cwd>/a']) {
    const cwd = await signedLines(t, [`${sha256('a')}  a\n`, `${'0'.repeat(64)}  ${other}\n`]);
    await mkdir(join(cwd, 'sub'));
    await writeFile(join(cwd, 'a'), 'a');
    assert.notEqual(spawnSync('sha256sum', ['-c', 'SUMS'], { cwd }).status, 0);
    const run = await cli(['verify-checksums', 'SUMS', '--bundle', 'SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog', 'a'], cwd);
    assert.equal(run.code, 1, `${other}: ${run.stdout}${run.stderr}`);
    assert.match(run.stderr, /CHECKSUMS_DUPLICATE_ENTRY: SUMS:2: ".*a" names the file line 1 lists as "a"/);
  }
});

test('named files are reported as named: `x/app` and `y/app`, not `app` twice', PROMPT, async (t) => {
  const cwd = await signedLines(t, [`${sha256('x')}  x/app\n`, `${sha256('y')}  y/app\n`]);
  for (const dir of ['x', 'y']) {
    await mkdir(join(cwd, dir));
    await writeFile(join(cwd, dir, 'app'), 'x');
  }
  const run = await cli(['verify-checksums', 'SUMS', '--bundle', 'SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog', 'x/app', 'y/app'], cwd);
  assert.equal(run.code, 3, run.stderr);
  assert.match(run.stdout, /\nx\/app: OK\ny\/app: FAILED\n$/);
});
