import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTrustKitError } from '../../../src/core/errors.js';
import type { ParseInput } from '../../../src/sbom/parser.js';
import { composerLockParser } from '../../../src/sbom/parsers/php/composer-lock.js';
import { dependsOnOf, expectedPurls, parseFixture, purlsOf } from './lockfile-fixtures.js';

function input(lock: unknown): ParseInput {
  return { path: 'composer.lock', content: Buffer.from(JSON.stringify(lock)), includeDev: false, readSibling: () => Promise.resolve(undefined) };
}

describe('composer.lock parser', () => {
  it("matches syft's composer-lock case: packages-dev left out by default, licenses kept", async () => {
    const result = await parseFixture(composerLockParser, 'composer-lock', 'composer.lock');
    assert.deepEqual(purlsOf(result), await expectedPurls('composer-lock'));
    const adapter = result.packages.find((pkg) => pkg.purl === 'pkg:composer/alcaeus/mongo-php-adapter@1.1.11');
    assert.equal(adapter?.license, 'MIT');
    assert.equal(adapter?.downloadLocation, 'https://api.github.com/repos/alcaeus/mongo-php-adapter/zipball/43b6add94c8b4cb9890d662cba4c0defde733dcf');
    // Empty `shasum` strings are no hash.
    assert.deepEqual(adapter?.hashes, []);
  });

  it('includes packages-dev as dev scope with --include-dev, with edges from require', async () => {
    const result = await parseFixture(composerLockParser, 'composer-lock', 'composer.lock', true);
    assert.deepEqual(purlsOf(result), [...(await expectedPurls('composer-lock')), 'pkg:composer/behat/gherkin@v4.6.2', 'pkg:composer/codeception/codeception@4.1.6'].sort());
    assert.equal(result.packages.find((pkg) => pkg.name === 'behat/gherkin')?.scope, 'dev');
    assert.deepEqual(dependsOnOf(result), ['pkg:composer/codeception/codeception@4.1.6 -> pkg:composer/behat/gherkin@v4.6.2']);
  });

  it('one package locked twice with two different digests is an unknown naming both, not merged into the first in silence', async () => {
    const entry = (shasum: string): Record<string, unknown> => ({ name: 'vendor/pkg', version: '1.0.0', dist: { type: 'zip', url: 'https://example.com/pkg.zip', shasum } });
    const result = await composerLockParser.parse(input({ packages: [entry('a'.repeat(40)), entry('b'.repeat(40))] }));
    assert.deepEqual(result.packages.map((pkg) => [pkg.purl, pkg.hashes]), [['pkg:composer/vendor/pkg@1.0.0', [{ algorithm: 'SHA1', hex: 'a'.repeat(40) }]]]);
    assert.deepEqual(result.unknowns?.map((unknown) => unknown.reason), ['pkg:composer/vendor/pkg@1.0.0 ("packages") is locked here with SHA1 bbbbbbbbbbbbbbbb..., another digest than its first entry, which the SBOM records: two artifacts under one name; check which is installed, and regenerate the lockfile']);
    // The same digest twice is one package, nothing to say.
    assert.equal((await composerLockParser.parse(input({ packages: [entry('a'.repeat(40)), entry('A'.repeat(40))] }))).unknowns, undefined);
  });

  it('keeps the dist SHA-1, joins dual licenses with OR, and rejects entries without a vendor', async () => {
    const entry = { name: 'a/b', version: '1.0.0', dist: { shasum: 'AB'.repeat(20) }, license: ['MIT', 'GPL-2.0-or-later'] };
    const pkg = (await composerLockParser.parse(input({ packages: [entry] }))).packages[0];
    assert.deepEqual(pkg?.hashes, [{ algorithm: 'SHA1', hex: 'ab'.repeat(20) }]);
    assert.equal(pkg?.license, 'MIT OR GPL-2.0-or-later');
    await assert.rejects(composerLockParser.parse(input({ packages: [{ name: 'novendor', version: '1' }] })), (error: unknown) => isTrustKitError(error) && error.code === 'SBOM_PARSE_FAILED');
  });

  it('rejects an entry that is not an object, and a packages section that is not an array, as it rejects one without a name: never read as no packages', async () => {
    for (const lock of [{ packages: [{ name: 'a/b', version: '1.0.0' }, 5] }, { packages: [], 'packages-dev': { 'a/b': { version: '1' } } }]) {
      await assert.rejects(composerLockParser.parse(input(lock)), (error: unknown) => isTrustKitError(error) && error.code === 'SBOM_PARSE_FAILED', JSON.stringify(lock));
    }
    // Composer 1 wrote null for packages-dev after `update --no-dev`.
    assert.deepEqual(purlsOf(await composerLockParser.parse(input({ packages: [{ name: 'a/b', version: '1.0.0' }], 'packages-dev': null }))), ['pkg:composer/a/b@1.0.0']);
  });

  it('a package from a path repository (dist type path) is its local folder, never the Packagist package of that name', async () => {
    // The entry composer writes for a "repositories": [{"type": "path", "url": "../local"}] requirement.
    const entry = {
      name: 'acme/local',
      version: 'dev-main',
      dist: { type: 'path', url: '../local', reference: '5b5e4f3bd6ea2c5ea4c8a34cd5b1b7d5e7f7a0b1' },
      type: 'library',
      'transport-options': { symlink: true, relative: true },
    };
    const registry = { name: 'acme/other', version: '2.0.0', dist: { type: 'zip', url: 'https://api.github.com/repos/acme/other/zipball/abc', reference: 'abc', shasum: '' } };
    const result = await composerLockParser.parse(input({ packages: [entry, registry] }));
    assert.deepEqual(purlsOf(result), ['pkg:composer/acme/local@dev-main?download_url=..%2Flocal', 'pkg:composer/acme/other@2.0.0']);
    assert.equal(result.packages.find((pkg) => pkg.name === 'acme/local')?.downloadLocation, undefined);
    assert.equal(result.packages.find((pkg) => pkg.name === 'acme/other')?.downloadLocation, 'https://api.github.com/repos/acme/other/zipball/abc');
  });
});
