import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nugetPackagesLockParser } from '../../../src/sbom/parsers/dotnet/packages-lock.js';
import { dependsOnOf, expectedDependsOn, expectedPurls, parseFixture, purlsOf } from './lockfile-fixtures.js';

describe('NuGet packages.lock.json parser', () => {
  it("matches syft's nuget-packages-lock case: frameworks merged, both log4net versions kept, edges to the locked versions", async () => {
    const result = await parseFixture(nugetPackagesLockParser, 'nuget-packages-lock', 'packages.lock.json');
    assert.deepEqual(purlsOf(result), await expectedPurls('nuget-packages-lock'));
    assert.deepEqual(dependsOnOf(result), await expectedDependsOn('nuget-packages-lock'));
    const bootstrap = result.packages.filter((pkg) => pkg.name === 'bootstrap');
    assert.equal(bootstrap.length, 1);
    assert.deepEqual(bootstrap[0]?.locations, [
      { path: 'nuget-packages-lock/packages.lock.json', entry: '.netcore2.0' },
      { path: 'nuget-packages-lock/packages.lock.json', entry: 'net8.0' },
    ]);
    // contentHash is base64 SHA-512 of the .nupkg.
    assert.deepEqual(bootstrap[0]?.hashes, [{ algorithm: 'SHA512', hex: Buffer.from('NKQFzFwrfWOMjTwr+X/2iJyCveuAGF+fNzkxyB0YW45+InVhcE9PUxoL1a8Vmc/Lq9E/CQd4DjO8kU32P4w/Gg==', 'base64').toString('hex') }]);
    assert.equal(bootstrap[0]?.hashes[0]?.hex.length, 128);
  });
});
