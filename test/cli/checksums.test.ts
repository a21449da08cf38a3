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
