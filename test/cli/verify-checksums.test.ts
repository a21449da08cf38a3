import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

test('verify-checksums without FILE says which listed files it did not find, and so did not check', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  await writeFile(join(dir, 'dist', 'app.zip'), 'zip\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], dir)).code, 0);
  assert.equal((await cli(['checksums', '-o', 'dist/SHA256SUMS', '--base', 'dist', 'dist/app.tgz', 'dist/app.zip'], dir)).code, 0);
  assert.equal((await cli(['sign-blob', '--key', 'release.key', 'dist/SHA256SUMS'], dir)).code, 0);
  const all = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', '--key', 'release.pub'], dir);
  assert.equal(all.code, 0, all.stderr);
  assert.equal(all.stderr, '');
  // The user downloaded one of the two: it is checked, and the other is said to be unchecked (still exit 0, as sha256sum -c --ignore-missing).
  await rm(join(dir, 'dist', 'app.zip'));
  const one = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', '--key', 'release.pub'], dir);
  assert.equal(one.code, 0, one.stderr);
  assert.match(one.stdout, /^app\.tgz: OK$/m);
  assert.equal(one.stderr, 'trust-kit: 1 listed file is not under dist, so it was not checked: app.zip (name the files to check, or pass --base DIR where they are)\n');
});
