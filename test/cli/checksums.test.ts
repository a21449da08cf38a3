import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { counted } from '../../src/core/plural.js';
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
