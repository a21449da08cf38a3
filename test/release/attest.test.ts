import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { releasePredicateTypes } from '../../src/release/attest.js';
import { tempDir } from '../support/tmp.js';

test('an SBOM that every statement of a big release would carry past the 64 MiB one run signs is published, not attested: the release no longer fails, and its policy does not require it', async (t) => {
  const dir = await tempDir(t);
  const sbom = join(dir, 'sbom.spdx.json');
  // 8 MB, as the SBOM of a release of about 10,000 artifacts is: 10 statements of 1,024 subjects would carry 80 MB of it.
  await writeFile(sbom, JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'big', padding: 'x'.repeat(8 * 1024 * 1024) }));
  assert.deepEqual(await releasePredicateTypes({ claims: undefined, sbomPaths: [sbom], artifacts: 10_000 }), []);
  assert.deepEqual(await releasePredicateTypes({ claims: undefined, sbomPaths: [sbom], artifacts: 5_000 }), ['https://spdx.dev/Document/v2.3']);
});
