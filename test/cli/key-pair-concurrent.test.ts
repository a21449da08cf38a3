// Two `generate-key-pair --force` runs at once with one prefix: the public key left must be the
// private key's. The first run (the real CLI) is stopped with SIGSTOP between putting its two files
// in place (test/support/fs-interrupt.ts); the second starts meanwhile; the first goes on.
import assert from 'node:assert/strict';
import { createPublicKey } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
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
