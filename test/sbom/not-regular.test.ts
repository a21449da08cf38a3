import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { catalogDirectory } from '../../src/sbom/catalog.js';
import { goModuleCacheAt } from '../../src/sbom/parsers/go/module-cache.js';
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

test('a named pipe where the Go module cache keeps a go.mod counts as not cached, promptly; a real one is read', BOUNDED, async (t) => {
  const cache = await tempDir(t);
  const versions = join(cache, 'cache', 'download', 'example.com', 'm', '@v');
  await mkdir(versions, { recursive: true });
  execFileSync('mkfifo', [join(versions, 'v1.0.0.mod')]);
  await writeFile(join(versions, 'v1.1.0.mod'), 'module example.com/m\n');
  const modules = goModuleCacheAt(cache);
  assert.equal(await modules.goMod('example.com/m', 'v1.0.0'), undefined);
  assert.equal((await modules.goMod('example.com/m', 'v1.1.0'))?.toString(), 'module example.com/m\n');
});

test('a named pipe with a lockfile\'s name is not opened but recorded as an unknown, so the SBOM does not look complete without it', BOUNDED, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0' }));
  await mkdir(join(dir, 'b'));
  execFileSync('mkfifo', [join(dir, 'b', 'package-lock.json')]);
  const catalog = await catalogDirectory({ dir, includeDev: false });
  assert.deepEqual(catalog.unknowns.map((unknown) => [unknown.path, unknown.reason]), [['b/package-lock.json', "a named pipe with a lockfile's name, not a regular file: not read, so what it would list is not cataloged"]]);
});
