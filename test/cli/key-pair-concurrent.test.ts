// Two `generate-key-pair --force` runs at once with one prefix: the public key left must be the
// private key's. The first run (the real CLI) is stopped with SIGSTOP between putting its two files
// in place (test/support/fs-interrupt.ts); the second starts meanwhile; the first goes on.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI_ENTRY, NODE, TSX } from '../support/leak-scan.js';
import { boundaries, run, stopped } from '../support/paused-cli.js';
import { tempDir } from '../support/tmp.js';


test('two generate-key-pair --force runs at once with one prefix never leave one pair\'s public key beside the other\'s private key', { skip: process.platform !== 'linux' && '/proc is Linux\'s', timeout: 60_000 }, async (t) => {
  const dir = await tempDir(t);
  const args = ['generate-key-pair', '--format', 'pkcs8', '--output-key-prefix', 'signing', '--force'];
  // Stopped just before the second of its files (the private key) is put in place: its public key is in place already.
  const renames = (await boundaries(t, args, dir, dir)).filter((line) => / renameSync /.test(line));
  assert.equal(renames.length, 2, renames.join('\n'));
  const first = run(args, dir, { root: dir, at: Number(renames[1]?.split(' ')[0]) });
  await stopped(first.pid);
  const second = run(args, dir);
  // The second run has its pair ready to put in place well within this (it either waits for the first or has written both).
  await sleep(3000);
  process.kill(first.pid, 'SIGCONT');
  const [one, two] = await Promise.all([first.done, second.done]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  const key = await readFile(join(dir, 'signing.key'), 'utf8');
  assert.equal(createPublicKey(key).export({ type: 'spki', format: 'pem' }), await readFile(join(dir, 'signing.pub'), 'utf8'), 'the public key is the private key\'s');
  assert.deepEqual((await readdir(dir)).sort(), ['signing.key', 'signing.pub']);
});

test('generate-key-pair --force whose private key cannot be put in place leaves the old pair whole: its public key goes back', async (t) => {
  const dir = await tempDir(t);
  const args = ['generate-key-pair', '--format', 'pkcs8', '--output-key-prefix', 'signing', '--force'];
  assert.equal((await run(args, dir).done).code, 0);
  // A real run over that pair, logging its boundaries: the pair it makes is the one to keep.
  const renames = (await boundaries(t, args, dir, dir)).filter((line) => / renameSync /.test(line));
  const [oldKey, oldPublic] = await Promise.all([readFile(join(dir, 'signing.key')), readFile(join(dir, 'signing.pub'))]);
  // The public key's rename, then the private key's, which fails as a full or read-only file system fails it.
  assert.equal(renames.length, 2, renames.join('\n'));
  const failed = spawnSync(NODE, [...TSX, '--import', join(import.meta.dirname, '..', 'support', 'fs-interrupt.ts'), CLI_ENTRY, ...args], {
    cwd: dir,
    env: { PATH: process.env['PATH'], TK_FS_ROOT: `${dir}/`, TK_FS_AT: renames[1]?.split(' ')[0], TK_FS_ERROR: 'EACCES' },
    encoding: 'utf8',
  });
  assert.equal(failed.status, 1, failed.stderr);
  assert.deepEqual(await readFile(join(dir, 'signing.key')), oldKey);
  assert.deepEqual(await readFile(join(dir, 'signing.pub')), oldPublic, 'the public key is the old private key\'s again');
  assert.deepEqual((await readdir(dir)).sort(), ['signing.key', 'signing.pub']);
});
