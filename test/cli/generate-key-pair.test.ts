import assert from 'node:assert/strict';
import { mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

test('generate-key-pair refuses a prefix ending in .key or .pub, which would write release.key.key, and writes nothing', async (t) => {
  const cwd = await tempDir(t);
  for (const prefix of ['release.key', 'keys/Release.PUB']) {
    const run = await cli(['generate-key-pair', '--output-key-prefix', prefix], cwd);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^trust-kit: CONFIG_INVALID: --output-key-prefix: is "[^"]*", a prefix to which \.key and \.pub are added: it would write "[^"]*\.(key|PUB)\.key" and "[^"]*\.pub"; give it without the suffix: --output-key-prefix (release|keys\/Release)\n/);
  }
  assert.deepEqual(await readdir(cwd), []);
});

test('generate-key-pair refuses a prefix with a line break, as every one-value flag is, and writes nothing', async (t) => {
  const cwd = await tempDir(t);
  const run = await cli(['generate-key-pair', '--output-key-prefix', 'n\nl'], cwd);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /^trust-kit: CONFIG_INVALID: --output-key-prefix: holds a line break; expected one value on one line\n/);
  assert.deepEqual(await readdir(cwd), []);
});

test('generate-key-pair refuses a prefix naming a directory (keys/, ., ..), whose files were written beside it under another name than the one it printed', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'keys'));
  for (const [prefix, instead] of [['keys/', 'keys/trust-kit'], ['.', './trust-kit'], ['..', '../trust-kit'], ['keys/.', 'keys/./trust-kit']] as const) {
    const run = await cli(['generate-key-pair', '--output-key-prefix', prefix], cwd);
    assert.equal(run.code, 2, run.stderr);
    assert.ok(run.stderr.startsWith(`trust-kit: CONFIG_INVALID: --output-key-prefix: is "${prefix}", which names a directory, not the files' name: give the name too, as "${instead}"`), run.stderr);
  }
  assert.deepEqual(await readdir(cwd), ['keys']);
  assert.deepEqual(await readdir(join(cwd, 'keys')), []);
});

test('generate-key-pair takes --format without regard to case, as every other choice', async (t) => {
  const cwd = await tempDir(t);
  const run = await cli(['generate-key-pair', '--format', 'PKCS8', '--output-key-prefix', 'k'], cwd);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /UNENCRYPTED private key \(PKCS#8\)/);
  assert.deepEqual((await readdir(cwd)).sort(), ['k.key', 'k.pub']);
});

test('generate-key-pair --force with a directory or a link where a key file goes writes neither half: the public key was put in place without its private key', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'd.key'));
  const run = await cli(['generate-key-pair', '--output-key-prefix', 'd', '--force'], cwd);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /SIGN_KEY_EXISTS: \S+\/d\.key" exists and is not a regular file \(a directory\)/);
  assert.deepEqual(await readdir(cwd), ['d.key']);
  await symlink('elsewhere.pub', join(cwd, 'e.pub'));
  const linked = await cli(['generate-key-pair', '--output-key-prefix', 'e', '--force'], cwd);
  assert.equal(linked.code, 1, linked.stderr);
  assert.match(linked.stderr, /e\.pub" exists and is not a regular file \(a symbolic link\)/);
  assert.deepEqual((await readdir(cwd)).sort(), ['d.key', 'e.pub']);
});
