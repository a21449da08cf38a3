import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PackageCollector } from '../../../src/sbom/parsers/lockfile.js';
import { assertLinear } from '../../support/scaling.js';

test('a package found thousands of times, each with a property of its own, is merged in linear time (each occurrence re-sorted every property so far)', async () => {
  const collect = (occurrences: number): number => {
    const collector = new PackageCollector({ path: 'x.lock', content: Buffer.alloc(0), includeDev: false, readSibling: () => Promise.resolve(undefined) });
    for (let index = 0; index < occurrences; index += 1) {
      collector.add({ purl: 'pkg:generic/a@1', ecosystem: 'generic', name: 'a', version: '1', scope: 'required', line: index + 1, properties: [{ name: 'p', value: `v${index}` }] });
      collector.annotate('pkg:generic/a@1', [{ name: 'q', value: `w${index}` }]);
    }
    return collector.result().packages[0]?.properties?.length ?? 0;
  };
  await assertLinear('occurrences with properties', (size) => size, collect, 1_000);
  const collector = new PackageCollector({ path: 'x.lock', content: Buffer.alloc(0), includeDev: false, readSibling: () => Promise.resolve(undefined) });
  for (const value of ['b', 'a', 'b']) collector.add({ purl: 'pkg:generic/a@1', ecosystem: 'generic', name: 'a', version: '1', scope: 'required', properties: [{ name: 'p', value }] });
  collector.annotate('pkg:generic/a@1', [{ name: 'o', value: 'z' }]);
  assert.deepEqual(collector.result().packages[0]?.properties, [{ name: 'o', value: 'z' }, { name: 'p', value: 'a' }, { name: 'p', value: 'b' }]);
});
