// Two `sbom --output-dir` runs into one directory at once (matrix jobs sharing a workspace, two
// terminals), of different projects: the formats one run writes together must never end up beside
// the other run's. The first run (the real CLI) is stopped with SIGSTOP between putting its two
// files in place (test/support/fs-interrupt.ts); the second starts meanwhile; the first goes on.
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { boundaries, run, stopped } from '../support/paused-cli.js';
import { tempDir } from '../support/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sbom');

test('two sbom runs of different projects into one --output-dir at once: the SPDX and CycloneDX documents left there are one run\'s, both', { skip: process.platform !== 'linux' && '/proc is Linux\'s', timeout: 60_000 }, async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'cargo'));
  await mkdir(join(dir, 'composer'));
  await copyFile(join(FIXTURES, 'cargo-lock', 'Cargo.lock'), join(dir, 'cargo', 'Cargo.lock'));
  await copyFile(join(FIXTURES, 'composer-lock', 'composer.lock'), join(dir, 'composer', 'composer.lock'));
  const args = (project: string): string[] => ['sbom', '--output-dir', 'out', '--format', 'spdx-json,cyclonedx-json', project];
  const out = join(dir, 'out');
  // Stopped just before the second of its files is put in place: the first is in place already.
  const renames = (await boundaries(t, args('cargo'), dir, out)).filter((line) => / renameSync /.test(line));
  assert.equal(renames.length, 2, renames.join('\n'));
  const first = run(args('cargo'), dir, { root: out, at: Number(renames[1]?.split(' ')[0]) });
  await stopped(first.pid);
  const second = run(args('composer'), dir);
  // The second run has its documents ready to put in place well within this (it either waits for the first or has written both).
  await sleep(3000);
  process.kill(first.pid, 'SIGCONT');
  const [one, two] = await Promise.all([first.done, second.done]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  const spdx = await readFile(join(out, 'sbom.spdx.json'), 'utf8');
  const cyclonedx = await readFile(join(out, 'sbom.cdx.json'), 'utf8');
  const project = (text: string): string => (text.includes('pkg:cargo/') ? 'cargo' : text.includes('pkg:composer/') ? 'composer' : 'neither');
  assert.equal(project(spdx), project(cyclonedx), `SPDX of ${project(spdx)} beside CycloneDX of ${project(cyclonedx)}`);
  assert.deepEqual((await readdir(out)).sort(), ['sbom.cdx.json', 'sbom.spdx.json']);
});
