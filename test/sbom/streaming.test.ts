/**
 * The SBOM writers stream: a document comes in chunks that join to the bytes of the whole document,
 * and a document that fails its checks leaves no file behind.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isTrustKitError } from '../../src/core/errors.js';
import { writeFileAtomic } from '../../src/core/files.js';
import { cycloneDxJsonChunks } from '../../src/sbom/formats/cyclonedx.js';
import { JsonChunks } from '../../src/sbom/formats/encoder.js';
import { spdxJsonChunks, toSpdx } from '../../src/sbom/formats/spdx.js';
import type { Package, Relationship, Sbom } from '../../src/sbom/model.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';
import { tempDir } from '../support/tmp.js';

/** An SBOM big enough for many chunks, with every field the writers handle. */
function bigSbom(count: number): Sbom {
  const pkg = (index: number): Package => ({
    purl: `pkg:npm/pkg-${index}@1.0.${index}`,
    ecosystem: 'npm',
    name: `pkg-${index}`,
    version: `1.0.${index}`,
    license: index % 3 === 0 ? 'MIT' : index % 3 === 1 ? '(MIT OR Apache-2.0)' : `Custom licence ${index % 5}`,
    hashes: [{ algorithm: 'SHA512', hex: 'ab'.repeat(64) }],
    locations: [{ path: 'package-lock.json', entry: `node_modules/pkg-${index}` }],
    scope: index % 7 === 0 ? 'dev' : index % 11 === 0 ? 'optional' : 'required',
    downloadLocation: `https://registry.npmjs.org/pkg-${index}/-/pkg-${index}-1.0.${index}.tgz`,
    ...(index % 4 === 0 ? { supplier: { type: 'Person' as const, name: `Author ${index}`, email: `a${index}@example.com`, author: true }, properties: [{ name: 'trust-kit:supplier-from', value: 'declared by the package' }] } : {}),
  });
  const root: Package = { purl: 'pkg:npm/app@1.0.0', ecosystem: 'npm', name: 'app', version: '1.0.0', hashes: [], locations: [{ path: 'package-lock.json' }], scope: 'required' };
  const packages = Array.from({ length: count }, (_, index) => pkg(index)).sort((a, b) => (a.purl < b.purl ? -1 : 1));
  const relationships: Relationship[] = [
    { from: root.purl, to: packages[0]?.purl ?? '', type: 'contains' },
    ...packages.slice(1).map((to, index): Relationship => ({ from: packages[index]?.purl ?? '', to: to.purl, type: index % 9 === 0 ? 'dev-depends-on' : 'depends-on' })),
  ];
  return { root, packages, relationships, unknowns: [], files: [{ name: 'app.tgz', digest: { sha256: 'cd'.repeat(32) }, size: 1 }], created: new Date(0), tool: 'trust-kit-test' };
}

describe('streaming SBOM writers', () => {
  it('JSON chunks join to the bytes of the whole list, however the items fall across chunks, with no workflow command marker or raw line separator left', () => {
    const items = Array.from({ length: 20_000 }, (_, index) => ({ index, text: 'é"\\\u2028##[x]\u2029'.repeat(index % 7) }));
    const chunks = new JsonChunks('{"items":[');
    const out: string[] = [];
    for (const item of items) if (chunks.item(item)) out.push(chunks.take());
    for (const text of ['],"none":[', ']', '}']) chunks.text(text);
    out.push(chunks.take());
    assert.ok(out.length > 1);
    const text = out.join('');
    assert.equal(text, JSON.stringify({ items, none: [] }).replaceAll('##[', '#\\u0023[').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029'));
    assert.deepEqual(JSON.parse(text), { items, none: [] });
    assert.ok(!text.includes('##[') && !/[\u2028\u2029]/.test(text));
  });

  it('SPDX in chunks is JSON.stringify of the whole document, and valid', () => {
    const sbom = bigSbom(5_000);
    const chunks = [...spdxJsonChunks(sbom)];
    assert.ok(chunks.length > 4, `${chunks.length} chunks`);
    const text = chunks.join('');
    assert.equal(text, `${JSON.stringify(toSpdx(sbom))}\n`);
    assert.deepEqual(spdxErrors(text), []);
  });

  it('CycloneDX in chunks is valid and lists every component and dependency once', async () => {
    const sbom = bigSbom(5_000);
    const chunks = [...cycloneDxJsonChunks(sbom, '1.6')];
    assert.ok(chunks.length > 2, `${chunks.length} chunks`);
    const text = chunks.join('');
    assert.deepEqual(await cycloneDxErrors(text), []);
    const bom = JSON.parse(text) as { metadata: { component: { components?: unknown[] } }; components: unknown[]; dependencies: unknown[] };
    // One package nests under the root; the release file is a component too.
    assert.deepEqual([bom.metadata.component.components?.length, bom.components.length, bom.dependencies.length], [1, 5_000, 5_002]);
  });

  it('a document that fails its checks while streamed leaves no file, nor a temporary one', async (t) => {
    const dir = await tempDir(t);
    const sbom = bigSbom(3_000);
    // A checksum of the wrong length on a package written after the first chunks went to the file.
    const broken: Sbom = { ...sbom, packages: sbom.packages.map((pkg, index) => (index === 2_500 ? { ...pkg, hashes: [{ algorithm: 'SHA512', hex: 'abc' }] } : pkg)) };
    assert.ok([...spdxJsonChunks(sbom)].join('').indexOf(`"name":"${sbom.packages[2_500]?.name ?? ''}"`) > 256 * 1024, 'the bad package comes after the first chunk');
    const target = join(dir, 'sbom.spdx.json');
    await assert.rejects(writeFileAtomic(target, spdxJsonChunks(broken)), (error: unknown) => isTrustKitError(error) && error.code === 'SBOM_INVALID_DOCUMENT');
    assert.equal(existsSync(target), false);
    assert.deepEqual(await readdir(dir), []);
    await writeFileAtomic(target, spdxJsonChunks(sbom));
    assert.equal(await readFile(target, 'utf8'), `${JSON.stringify(toSpdx(sbom))}\n`);
  });
});
