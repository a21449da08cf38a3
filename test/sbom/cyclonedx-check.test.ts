// The CycloneDX document check (src/sbom/validate.ts) finds every problem it is for, in components
// nested at any depth and in the dependency graph, and names where each is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cycloneDxProblems } from '../../src/sbom/validate.js';

const SHA256 = 'ab'.repeat(32);

test('the CycloneDX check names each problem and where it is: bom-refs, hashes, dependencies, serial number', () => {
  const document = {
    serialNumber: 'urn:uuid:not-a-uuid',
    metadata: { component: { 'bom-ref': 'root', components: [{ 'bom-ref': 'member', hashes: [{ alg: 'SHA-256', content: SHA256.toUpperCase() }] }] } },
    components: [
      { 'bom-ref': 'a', hashes: [{ alg: 'SHA-256', content: SHA256 }, { alg: 'SHA-256', content: SHA256 }, { alg: 'SHA-256', content: SHA256 }, { alg: 'MD4', content: 'x' }, 'not a hash'] },
      { 'bom-ref': 'a', components: [{ name: 'unnamed', 'bom-ref': '', components: [{ 'bom-ref': 'deep', hashes: [{ alg: 'SHA-512', content: SHA256 }] }] }] },
      { name: 'no-ref', hashes: [{ alg: 'SHA-1', content: 7 }] },
      'not a component',
    ],
    dependencies: [
      { ref: 'root', dependsOn: ['a', 'a', 'nowhere', 'deep'] },
      { ref: 'root' },
      { ref: 'ghost', dependsOn: 'not a list' },
      { ref: 'a', dependsOn: ['member'] },
    ],
  };
  assert.deepEqual(cycloneDxProblems(document), [
    'serialNumber "urn:uuid:not-a-uuid" is not a urn:uuid',
    'component member: SHA-256 hash is not 64 lowercase hex digits',
    'component a: two SHA-256 hashes',
    'component a: two SHA-256 hashes',
    'component a: MD4 hash is not ? lowercase hex digits',
    'component a: bom-ref a is used twice',
    'component : empty bom-ref',
    'component deep: SHA-512 hash is not 128 lowercase hex digits',
    'component no-ref: SHA-1 hash is not 40 lowercase hex digits',
    'dependencies: root depends on a twice',
    'dependencies: root depends on nowhere, which is not a bom-ref of the document',
    'dependencies: root is listed twice',
    'dependencies: ghost is not a bom-ref of the document',
  ]);
  assert.deepEqual(cycloneDxProblems({ serialNumber: `urn:uuid:${'0'.repeat(8)}-0000-5000-8000-${'0'.repeat(12)}`, metadata: {}, components: [], dependencies: [] }), []);
  assert.deepEqual(cycloneDxProblems([]), ['the document is not a JSON object']);
});

test('the CycloneDX check finds a repeated dependsOn entry however long the list', () => {
  const refs = Array.from({ length: 40 }, (_, index) => `r${index}`);
  for (const length of [2, 8, 9, 40]) {
    const dependsOn = [...refs.slice(0, length), refs[length - 2] as string];
    const document = { components: refs.map((ref) => ({ 'bom-ref': ref })), dependencies: [{ ref: 'r0', dependsOn }] };
    assert.deepEqual(cycloneDxProblems(document), [`dependencies: r0 depends on r${length - 2} twice`], `a list of ${length + 1}`);
  }
});
