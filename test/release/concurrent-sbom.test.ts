import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectArtifacts, type Artifact } from '../../src/checksums/index.js';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { runSbomsStep } from '../../src/release/steps/sboms.js';
import { fixedClock } from '../../src/core/clock.js';
import { FORMATS, generateSbom, type Parser } from '../../src/sbom/index.js';
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

test('the release\'s SBOM step encodes its documents before it waits for the artifacts\' digests, then tells the hashing it may take this thread; the documents are the ones encoded from the finished SBOM', async (t) => {
  const dir = await tempDir(t);
  await copyFile(join(import.meta.dirname, '..', 'fixtures', 'sbom', 'npm-lock-v3', 'package-lock.json'), join(dir, 'package-lock.json'));
  await mkdir(join(dir, 'dist'));
  await mkdir(join(dir, 'staging'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app');
  const files = await collectArtifacts(['dist'], { cwd: dir, base: 'dist' });
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-path': '.', 'sbom-format': 'spdx-json,cyclonedx-json', sign: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  // The digests come only once the step says the lockfiles are cataloged and encoded: a step that waited for them first would never finish.
  let hashed!: (artifacts: Artifact[]) => void;
  const hashing = new Promise<Artifact[]>((resolve) => (hashed = resolve));
  const artifact = { ...(files[0] ?? assert.fail('no file')), size: 3, hex: createHash('sha256').update('app').digest('hex'), digests: { sha256: createHash('sha256').update('app').digest('hex') } };
  const encoders = FORMATS.filter((format) => format.name === 'spdx-json' || format.name === 'cyclonedx-json');
  const encodes = encoders.map((encoder) => t.mock.method(encoder, 'draft'));
  let encodedBeforeTold = -1;
  const state = {
    config,
    ports: { cwd: dir, env: {}, logger: silentLogger, clock: fixedClock(new Date(0)) },
    outputDir: join(dir, 'out'),
    staged: [],
    artifactFiles: files,
    hashing,
    staging: join(dir, 'staging'),
    lockfilesCataloged: () => {
      encodedBeforeTold = encodes.reduce((sum, mock) => sum + mock.mock.callCount(), 0);
      hashed([artifact]);
    },
  };
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the SBOM step waited for the digests before telling the hashing')), 5000).unref());
  const outcome = await Promise.race([runSbomsStep(state), timeout]);
  assert.equal(encodedBeforeTold, 2, 'both documents encoded before the hashing was told');
  for (const mock of encodes) mock.mock.restore();
  const expected = await generateSbom({ dir, cwd: dir, includeDev: false, hashedArtifacts: { files, digests: Promise.resolve([artifact]) }, clock: fixedClock(new Date(0)) });
  for (const encoder of encoders) {
    const written = await readFile(join(dir, 'staging', encoder.fileName), 'utf8');
    assert.equal(written, encoder.encode(expected.sbom), encoder.name);
    // The checksums file's entry: the digest that came with the UUID is the one of the bytes written.
    assert.equal(outcome.sbom?.entries.find((entry) => entry.name === encoder.fileName)?.hex, createHash('sha256').update(written).digest('hex'), encoder.name);
  }
  assert.equal(outcome.sbom?.entries.length, 2);
});
