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
