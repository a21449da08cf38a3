import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { catalogDirectory } from '../../src/sbom/catalog.js';
import { ParseBudget } from '../../src/sbom/parse-budget.js';
import { tempDir } from '../support/tmp.js';

test('a parse budget takes lockfiles while their bytes fit, and says why one past it is not parsed', () => {
  const budget = new ParseBudget(100);
  assert.equal(budget.take(60), undefined);
  assert.match(budget.take(50) ?? '', /^not cataloged: its 1 MiB, after the 1 MiB of lockfiles parsed before it, would take more memory than this process has \(parsing takes about 16 times a lockfile's size/);
  // The refused file took nothing: a smaller one after it still fits.
  assert.equal(budget.take(40), undefined);
  // By default the heap's size bounds it, asked only past what every real project stays below.
  assert.equal(new ParseBudget().take(1024), undefined);
});

test('lockfiles past the catalog\'s parse budget are recorded as unknowns, the same ones on every run, instead of running the heap out', async (t) => {
  const dir = await tempDir(t);
  const lock = (name: string): string => JSON.stringify({ name, version: '1.0.0', lockfileVersion: 3, packages: { '': { name, version: '1.0.0' }, 'node_modules/left-pad': { version: '1.3.0' } } });
  for (const name of ['a', 'b', 'c']) {
    await mkdir(join(dir, name));
    await writeFile(join(dir, name, 'package-lock.json'), lock(name));
  }
  const budget = Buffer.byteLength(lock('a')) * 2;
  for (let round = 0; round < 3; round++) {
    const catalog = await catalogDirectory({ dir, includeDev: false, parseBudgetBytes: budget });
    assert.deepEqual(catalog.unknowns.map((unknown) => unknown.path), ['c/package-lock.json']);
    assert.match(catalog.unknowns[0]?.reason ?? '', /^not cataloged: its 1 MiB, after the 1 MiB of lockfiles parsed before it/);
    assert.deepEqual(catalog.lockfiles.map((lockfile) => [lockfile.path, lockfile.packages]), [['a/package-lock.json', 1], ['b/package-lock.json', 1], ['c/package-lock.json', 0]]);
  }
});

test('a requirements file or Gemfile.lock of many short lines costs what its lines take, not only its bytes: 89 MB of pins aborted the process out of memory under the 256 MiB bound', async (t) => {
  const dir = await tempDir(t);
  // 2.2 MB of `pN==1` lines: 250,000 packages, far more heap than as many bytes of JSON take.
  const pins = Array.from({ length: 250_000 }, (_, index) => `p${index}==1`).join('\n');
  await writeFile(join(dir, 'requirements.txt'), `${pins}\n`);
  await mkdir(join(dir, 'js'));
  await writeFile(join(dir, 'js', 'package-lock.json'), JSON.stringify({ name: 'a', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'a', version: '1.0.0' }, 'node_modules/left-pad': { version: '1.3.0', description: 'x'.repeat(Buffer.byteLength(pins)) } } }));
  const catalog = await catalogDirectory({ dir, includeDev: false, parseBudgetBytes: 20 * 1024 * 1024 });
  assert.deepEqual(catalog.unknowns.map((unknown) => unknown.path), ['requirements.txt']);
  assert.match(catalog.unknowns[0]?.reason ?? '', /^not cataloged: its 3 MiB, of so many short lines that it parses like 31 MiB of lockfile, after the 3 MiB of lockfiles parsed before it, would take more memory/);
  assert.deepEqual(catalog.packages.map((pkg) => pkg.purl), ['pkg:npm/a@1.0.0', 'pkg:npm/left-pad@1.3.0']);
});
