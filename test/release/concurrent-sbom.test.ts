import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Artifact } from '../../src/checksums/index.js';
import { fixedClock } from '../../src/core/clock.js';
import { generateSbom, type Parser } from '../../src/sbom/index.js';
import { tempDir } from '../support/tmp.js';

test('the lockfiles are cataloged while the release files are still being hashed', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'test.lock'), '');
  const file = { name: 'app.tgz', path: join(dir, 'app.tgz') };
  // The digests arrive only once a lockfile has been parsed: an SBOM that waited for the hashing
  // before cataloging would never finish.
  let parsed!: () => void;
  const digests = new Promise<readonly Artifact[]>((resolve) => {
    parsed = () => resolve([{ ...file, size: 3, hex: 'a'.repeat(64), digests: { sha256: 'a'.repeat(64) } }]);
  });
  const parser: Parser = {
    name: 'test-lock',
    matches: (name) => name === 'test.lock',
    parse: async () => {
      parsed();
      return { packages: [], relationships: [] };
    },
  };
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the SBOM waited for the hashing before cataloging')), 5000).unref());
  const result = await Promise.race([generateSbom({ dir, cwd: dir, hashedArtifacts: { files: [file], digests }, parsers: [parser], clock: fixedClock(new Date(0)) }), timeout]);
  assert.deepEqual(result.sbom.files.map((entry) => [entry.name, entry.digest]), [['app.tgz', { sha256: 'a'.repeat(64) }]]);
});

test('onCataloged is told once the lockfiles are cataloged, before the release files\' digests are awaited, and when the catalog fails', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'test.lock'), '');
  const file = { name: 'app.tgz', path: join(dir, 'app.tgz') };
  // A release's calling thread hashes only once told: digests that wait for the telling would never come otherwise.
  let cataloged!: () => void;
  const digests = new Promise<readonly Artifact[]>((resolve) => {
    cataloged = () => resolve([{ ...file, size: 3, hex: 'a'.repeat(64), digests: { sha256: 'a'.repeat(64) } }]);
  });
  const parser: Parser = { name: 'test-lock', matches: (name) => name === 'test.lock', parse: async () => ({ packages: [], relationships: [] }) };
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('onCataloged was not told before the digests were awaited')), 5000).unref());
  const result = await Promise.race([generateSbom({ dir, cwd: dir, hashedArtifacts: { files: [file], digests }, parsers: [parser], clock: fixedClock(new Date(0)), onCataloged: () => cataloged() }), timeout]);
  assert.equal(result.sbom.files.length, 1);

  let told = 0;
  const failing: Parser = { ...parser, parse: () => Promise.reject(new Error('boom')) };
  await generateSbom({ dir, cwd: dir, parsers: [failing], clock: fixedClock(new Date(0)), onCataloged: () => (told += 1) }).catch(() => undefined);
  assert.equal(told, 1);
});
