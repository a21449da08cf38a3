import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixedClock } from '../../src/core/clock.js';
import { encodeSbom, generateSbom } from '../../src/sbom/index.js';
import { cycloneDxProblems, spdxProblems } from '../../src/sbom/validate.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

type Entry = Record<string, unknown>;
type Json = Entry & { packages: Entry[]; relationships: Entry[]; components: Entry[]; dependencies: Entry[] };

async function documents(): Promise<{ spdx: string; cdx: string }> {
  const { sbom } = await generateSbom({ dir: join(import.meta.dirname, '..', 'fixtures', 'sbom', 'js-workspace'), cwd: '.', clock: fixedClock(new Date(0)) });
  return { spdx: encodeSbom(sbom, 'spdx-json'), cdx: encodeSbom(sbom, 'cyclonedx-json') };
}

describe('SBOM validation', () => {
  it('finds what the SPDX schema misses: duplicate SPDXIDs, dangling relationships, no DESCRIBES, bad licenses and checksums', async () => {
    const { spdx } = await documents();
    assert.deepEqual(spdxProblems(JSON.parse(spdx)), []);
    const broken = JSON.parse(spdx) as Json;
    const [root, first, second] = broken.packages as [Entry, Entry, Entry];
    second.SPDXID = first.SPDXID;
    first.licenseDeclared = 'MIT OR';
    first.checksums = [{ algorithm: 'SHA512', checksumValue: 'abc' }];
    broken.relationships = [...broken.relationships.slice(1), { spdxElementId: root.SPDXID, relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-Package-npm-gone-000000000000' }];
    broken.documentNamespace = 'https://example.com/doc#1';
    const problems = spdxProblems(broken);
    for (const expected of [/is used twice/, /not an SPDX license expression/, /SHA512 checksum/, /SPDXRef-Package-npm-gone-000000000000 is not an element/, /DESCRIBES nothing/, /documentNamespace/]) {
      assert.ok(problems.some((problem) => expected.test(problem)), `${String(expected)} in ${problems.join('\n')}`);
    }
    // The official schema accepts all of this (it cannot see it), which is why these checks exist.
    assert.deepEqual(spdxErrors(JSON.stringify(broken)).filter((error) => error.startsWith('schema:')), []);
  });

  it('checks CycloneDX uniqueness and references with sets, and the shipped schema catches shape errors', async () => {
    const { cdx } = await documents();
    assert.deepEqual(await cycloneDxErrors(cdx), []);
    const broken = JSON.parse(cdx) as Json;
    const [first, second] = broken.components as [Entry, Entry];
    second['bom-ref'] = first['bom-ref'];
    broken.dependencies.push({ ref: 'pkg:npm/nowhere@1.0.0', dependsOn: ['pkg:npm/nowhere@1.0.0'] });
    const problems = cycloneDxProblems(broken);
    assert.ok(problems.some((problem) => /is used twice/.test(problem)), problems.join('\n'));
    assert.ok(problems.some((problem) => /nowhere@1.0.0 is not a bom-ref/.test(problem)), problems.join('\n'));
    first.type = 'not-a-type';
    assert.ok((await cycloneDxErrors(JSON.stringify(broken))).some((error) => error.startsWith('schema: /components/0/type')));
  });
});

describe('problems name the document\'s values printable and bounded', () => {
  it('SPDX and CycloneDX documents whose values hold terminal controls or 1 MB of text', () => {
    const hostile = `${HOSTILE}${HUGE}`;
    const spdx = spdxProblems({ SPDXID: 'SPDXRef-DOCUMENT', documentNamespace: hostile, creationInfo: { created: hostile, creators: [] }, packages: [{ SPDXID: hostile, name: hostile, downloadLocation: hostile, licenseConcluded: hostile }], relationships: [{ spdxElementId: hostile, relationshipType: 'DESCRIBES', relatedSpdxElement: hostile }] });
    const cdx = cycloneDxProblems({ serialNumber: hostile, components: [{ 'bom-ref': hostile }, { 'bom-ref': hostile }], dependencies: [{ ref: hostile, dependsOn: [hostile, hostile] }] });
    assert.ok(spdx.length >= 5 && cdx.length >= 3, `${spdx.length} and ${cdx.length} problems`);
    for (const problem of [...spdx, ...cdx]) assertShowable(problem);
  });
});
