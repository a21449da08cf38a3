import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixedClock } from '../../src/core/clock.js';
import { generateSbom } from '../../src/sbom/index.js';
import { ntiaCoverage, ntiaCoverageText } from '../../src/sbom/ntia.js';
import { summaryText } from '../../src/sbom/run.js';

const REPO = join(import.meta.dirname, '..', '..');
const CASE = join(REPO, 'test', 'fixtures', 'sbom', 'go-mod-graph');
const CLOCK = fixedClock(new Date('2026-01-02T03:04:05Z'));

describe('NTIA minimum elements coverage', () => {
  it('counts each element over the root and every package, and says it in the summary', async () => {
    const result = await generateSbom({ dir: CASE, cwd: REPO, clock: CLOCK, goModuleCache: join(CASE, 'module-cache') });
    const coverage = ntiaCoverage(result.sbom);
    // 7 modules and the standard library, plus the main module (no version in go.mod); stdlib has no supplier.
    assert.deepEqual(coverage, { components: 9, names: 9, versions: 8, identifiers: 9, suppliers: 8, related: 9, author: 'Tool: trust-kit-0.1.0', timestamp: new Date('2026-01-02T03:04:05Z') });
    const line = 'NTIA minimum elements: supplier 8/9 (89%), name 9/9 (100%), version 8/9 (89%), unique identifier 9/9 (100%), relationships 9/9 (100%), author Tool: trust-kit-0.1.0, timestamp 2026-01-02T03:04:05.000Z';
    assert.equal(ntiaCoverageText(coverage), line);
    assert.ok(summaryText(result).includes(`\n  ${line}\n`));
  });

  it('counts the organisation as the root supplier and author, and a package no edge reaches as unrelated', async () => {
    const result = await generateSbom({ dir: CASE, cwd: REPO, clock: CLOCK, organization: 'Acme Corp' });
    const { sbom } = result;
    const orphan = { ...sbom.packages[0], purl: 'pkg:golang/example.com/orphan@v1.0.0', name: 'example.com/orphan' } as (typeof sbom.packages)[number];
    const coverage = ntiaCoverage({ ...sbom, packages: [...sbom.packages, orphan] });
    assert.equal(coverage.author, 'Organization: Acme Corp');
    assert.equal(coverage.suppliers, 9);
    assert.equal(coverage.related, 9);
    assert.equal(coverage.components, 10);
  });
});
