import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { counted } from '../../src/core/plural.js';
import { processPlace } from '../../src/core/process-place.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

test('counts are in the right number: 1 artifact, 2 artifacts', async (t) => {
  assert.deepEqual([counted(0, 'artifact'), counted(1, 'artifact'), counted(2, 'artifact'), counted(2, 'dependency', 'dependencies')], ['0 artifacts', '1 artifact', '2 artifacts', '2 dependencies']);
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'a'), 'a\n');
  const one = await cli(['checksums', '--output', 'SHA256SUMS', 'dist'], dir);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(one.stderr, 'trust-kit: wrote 1 sha256 checksum to SHA256SUMS\n');
  await writeFile(join(dir, 'dist', 'b'), 'b\n');
  const two = await cli(['checksums', '--output', 'SHA256SUMS', 'dist'], dir);
  assert.equal(two.stderr, 'trust-kit: wrote 2 sha256 checksums to SHA256SUMS\n');
});

test('`checksums .` skips .git (a directory, or the file of a worktree) while walking; naming .git itself still hashes it', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, '.git', 'objects'), { recursive: true });
  await writeFile(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  await writeFile(join(dir, '.git', 'objects', 'ab'), 'x');
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', '.git'), 'gitdir: ../.git/worktrees/sub\n');
  await writeFile(join(dir, 'sub', 'app.tgz'), 'app\n');
  await writeFile(join(dir, '.gitignore'), 'out/\n');
  const run = await cli(['checksums', '.'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(run.stdout.trim().split('\n').map((line) => line.slice(66)), ['.gitignore', 'sub/app.tgz']);
  const named = await cli(['checksums', '.git'], dir);
  assert.deepEqual(named.stdout.trim().split('\n').map((line) => line.slice(66)), ['.git/HEAD', '.git/objects/ab']);
});

test('a flag of the other mode is a usage error before any file is read, not silently ignored', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a\n');
  const withCheck = await cli(['checksums', '--check', 'SUMS', '--output', 'x', '--algorithm', 'sha512', 'a'], dir);
  assert.equal(withCheck.code, 2);
  assert.match(withCheck.stderr, /CONFIG_INVALID: 3 invalid inputs:\n {2}--algorithm: has no effect with --check.*\n {2}--output: .*\n {2}argument PATH: /);
  const withoutCheck = await cli(['checksums', '--quiet', '--output', 'SUMS', 'a'], dir);
  assert.equal(withoutCheck.code, 2);
  assert.match(withoutCheck.stderr, /--quiet: applies only with --check FILE/);
  await assert.rejects(readFile(join(dir, 'SUMS')), { code: 'ENOENT' });
});

test('a bad value in a later flag fails before anything is hashed or written', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a\n');
  const run = await cli(['checksums', '--output', 'SUMS', 'a', '--algorithm', 'md5'], dir);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--algorithm: is "md5"; expected one of sha256, sha512/);
  await assert.rejects(readFile(join(dir, 'SUMS')), { code: 'ENOENT' });
});

test('`checksums DIR` leaves out the commit lock and a temporary file a killed run left there, and says once, naming each, that the user may remove it', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  // As a run killed while putting dist/SHA256SUMS in place leaves them (pid 4194305 is above Linux's highest).
  const temporary = `.SHA256SUMS.0123456789ab.4194305.${processPlace()}.tmp`;
  await writeFile(join(dir, 'dist', temporary), 'an earlier run\'s partial file\n');
  await writeFile(join(dir, 'dist', '.trust-kit-commit.lock'), '{"pid":4194305,"place":"0123abcd","nonce":"0123456789ab"}');
  const run = await cli(['checksums', 'dist', 'dist/app.tgz', 'dist'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(run.stdout.trim().split('\n').map((line) => line.slice(66)), ['dist/app.tgz']);
  const warnings = run.stderr.trim().split('\n');
  assert.equal(warnings.length, 2, run.stderr);
  assert.match(warnings[0] ?? '', new RegExp(`^trust-kit: warning: left .*dist/${temporary.replaceAll('.', '\\.')}"? out of the artifacts: it is trust-kit's own temporary file, .*killed.*; remove it`));
  assert.match(warnings[1] ?? '', /^trust-kit: warning: left .*dist\/\.trust-kit-commit\.lock"? out of the artifacts: it is trust-kit's own commit lock, /);
});
