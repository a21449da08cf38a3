import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogDirectory } from '../../src/sbom/catalog.js';
import { npmPurl, purlOf } from '../../src/sbom/purl.js';

/** The purl packageurl-js builds for an npm name and version: what the shortcut in npmPurl must equal. */
function viaPackageUrl(name: string, version: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  return slash > 0 ? purlOf('npm', name.slice(slash + 1), version, name.slice(0, slash)) : purlOf('npm', name, version);
}

describe('npm purls', () => {
  it('are the purls packageurl-js builds, for plain names and versions and for those it encodes', async () => {
    const catalog = await catalogDirectory({ dir: join(import.meta.dirname, '..', 'fixtures', 'sbom', 'yarn-v1-resolver'), includeDev: true });
    const lock = catalog.packages.map((pkg): [string, string] => [pkg.name, pkg.version]);
    assert.equal(lock.length, 217);
    const tricky: [string, string][] = [
      ['@types/node', '20.1.0'], ['lodash.merge', '4.6.2'], ['a_b-c.d', '1.0.0-rc.1'], ['pkg', '1.0.0-RC_1'], ['pkg', ''], ['@scope/pkg', ''],
      ['Upper', '1.0.0'], ['@Scope/x', '1.0.0'], ['pkg', '1.0.0+build.5'], ['a~b', '1'], ['é', '1'], ['pkg', '1.0.0 '], ['@s/x/y', '1'],
    ];
    for (const [name, version] of [...lock, ...tricky]) assert.equal(npmPurl(name, version), viaPackageUrl(name, version), `${name}@${version}`);
  });
});
