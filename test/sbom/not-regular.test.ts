import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { catalogDirectory } from '../../src/sbom/catalog.js';
import { tempDir } from '../support/tmp.js';

// A named pipe with no writer would block a plain open for ever: the timeout is the bound.
const BOUNDED = { timeout: 20_000 };

test('a release file that has become a named pipe is not sniffed: cataloging ends, without it', BOUNDED, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0' }));
  const pipe = join(dir, 'app-linux');
  execFileSync('mkfifo', [pipe]);
  await chmod(pipe, 0o755);
  const catalog = await catalogDirectory({ dir, includeDev: false, artifacts: [{ name: 'app-linux', path: pipe }] });
  assert.equal(catalog.root.name, 'app');
  assert.deepEqual(catalog.artifacts, [], 'the pipe contributes nothing');
});
