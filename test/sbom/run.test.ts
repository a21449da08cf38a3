/**
 * runSbom writes the asked-for formats side by side: each file is whole or absent, a format that
 * fails does not stop the others, and the first failure in the order asked for is the one reported.
 */
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { SbomConfig } from '../../src/config/sbom.js';
import { fixedClock } from '../../src/core/clock.js';
import { isTrustKitError } from '../../src/core/errors.js';
import { encodeSbom, generateSbom } from '../../src/sbom/index.js';
import { runSbom, summaryText } from '../../src/sbom/run.js';
import { assertLinear } from '../support/scaling.js';
import { tempDir } from '../support/tmp.js';

const PROJECT = join(import.meta.dirname, '..', 'fixtures', 'sbom', 'npm-lock-v3');
const FORMATS = ['spdx-json', 'cyclonedx-json', 'cyclonedx-json@1.5'];

function config(outputDir: string): SbomConfig {
  return { path: PROJECT, formats: FORMATS, output: undefined, outputDir, includeDev: true, strict: false, artifacts: [], artifactBase: '.', exclude: [], allowEmpty: false, organization: undefined };
}

const ports = { cwd: '/', clock: fixedClock(new Date('2026-01-01T00:00:00Z')) };

describe('runSbom', () => {
  it('writes every format whole, each the bytes its encoder makes', async (t) => {
    const out = await tempDir(t);
    const run = await runSbom(config(out), ports);
    assert.deepEqual(run.outputs.map((output) => output.format), FORMATS);
    assert.deepEqual((await readdir(out)).sort(), ['sbom.cdx-1.5.json', 'sbom.cdx.json', 'sbom.spdx.json']);
    for (const output of run.outputs) assert.equal(await readFile(output.path ?? '', 'utf8'), encodeSbom(run.sbom, output.format), output.format);
  });

  it('writes no format when one cannot be put in place, reporting the first in the order asked for: the others would stand beside an earlier run\'s', async (t) => {
    const out = await tempDir(t);
    await writeFile(join(out, 'sbom.spdx.json'), 'OLD');
    // Directories where two of the files go: a document cannot be put in their place.
    await mkdir(join(out, 'sbom.cdx.json'));
    await mkdir(join(out, 'sbom.cdx-1.5.json'));
    await assert.rejects(runSbom(config(out), ports), (error: unknown) => isTrustKitError(error) && error.code === 'FILE_NOT_REGULAR' && error.message.includes(`${join(out, 'sbom.cdx.json')} is a directory`));
    assert.equal(await readFile(join(out, 'sbom.spdx.json'), 'utf8'), 'OLD');
    // No temporary file is left beside them.
    assert.deepEqual((await readdir(out)).sort(), ['sbom.cdx-1.5.json', 'sbom.cdx.json', 'sbom.spdx.json']);
  });
});

describe('summaryText', () => {
  it('finds each file\'s unknown by its path in one pass: 60,000 unreadable databases are summarised in linear time, each with its own reason', async () => {
    const root = { purl: 'pkg:oci/x', ecosystem: 'oci' as const, name: 'x', version: '', hashes: [], locations: [], scope: 'required' as const };
    const result = (count: number): Parameters<typeof summaryText>[0] => {
      const lockfiles = Array.from({ length: count }, (_, index) => ({ path: `/var/lib/dpkg/status.d/p${index}`, parser: 'dpkg-db', packages: 0, edges: 0, licensed: 0, hashed: 0, unknowns: 1, unresolved: 0 }));
      const unknowns = lockfiles.map((lockfile, index) => ({ path: lockfile.path, line: 1, reason: `reason ${index}` }));
      return { sbom: { root, packages: [], relationships: [], unknowns, files: [], created: new Date(0), tool: 'trust-kit' }, lockfiles };
    };
    await assertLinear('summaryText', result, summaryText, 6_000);
    const text = summaryText(result(60_000));
    assert.match(text, /\/var\/lib\/dpkg\/status\.d\/p59999 \[dpkg-db\]: UNKNOWN \(line 1\): reason 59999\n/);
  });

  it('counts in its total the unknowns a lockfile has past those it lists, as the lockfile\'s line does: 150 were 101 in the total and 150 below it', async (t) => {
    const dir = await tempDir(t);
    const urls = Array.from({ length: 150 }, (_, index) => `https://example.com/p${index}.tar.gz`);
    await writeFile(join(dir, 'requirements.txt'), `idna==3.10\n${urls.join('\n')}\n`);
    const result = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date(0)) });
    // The SBOM lists 100 and one more counting the other 50.
    assert.equal(result.sbom.unknowns.length, 101);
    const text = summaryText(result);
    assert.match(text, /requirements\.txt \[python-requirements\]: .*INCOMPLETE: 150 unknowns/);
    assert.match(text, /, 150 unknowns \(the SBOM is INCOMPLETE/);
  });
});
