import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCycloneDxJson } from '../../src/sbom/formats/cyclonedx.js';
import { toSpdx } from '../../src/sbom/formats/spdx.js';
import type { Package, ParseResult } from '../../src/sbom/model.js';
import type { Parser } from '../../src/sbom/parser.js';
import { bunLockParser } from '../../src/sbom/parsers/javascript/bun.js';
import { BUNDLED_PROPERTY, PATCHED_PROPERTY, sourceOf } from '../../src/sbom/parsers/javascript/common.js';
import { npmPackageLockParser } from '../../src/sbom/parsers/javascript/npm.js';
import { pnpmLockParser } from '../../src/sbom/parsers/javascript/pnpm.js';
import { yarnLockParser } from '../../src/sbom/parsers/javascript/yarn.js';
import { assertLinear } from '../support/scaling.js';
import { dependsOnOf, parseFixture, purlsOf } from './parsers/lockfile-fixtures.js';

const ARGO_COMMIT = 'f941b0a3ca094066dd9d5e002f48acdc5fda45a0';
const ARGO_VCS = `git+https://github.com/argoproj/argo-ui.git@${ARGO_COMMIT}`;
const ARGO_PURL = `pkg:npm/argo-ui@1.0.0?vcs_url=${encodeURIComponent(ARGO_VCS)}`;

function parse(parser: Parser, path: string, text: string): Promise<ParseResult> {
  return parser.parse({ path, content: Buffer.from(text), readSibling: async () => undefined, includeDev: true });
}

function named(result: ParseResult, name: string): Package {
  const pkg = result.packages.find((candidate) => candidate.name === name);
  assert.ok(pkg, `${name} is listed`);
  return pkg;
}

describe('JavaScript sources: packages from outside the registry', () => {
  it('classifies git URLs, host shorthands, GitHub tarballs, other tarballs and local paths; registry tarballs and versions are no source', () => {
    const cases: [string, string | undefined][] = [
      [`git+ssh://git@github.com/argoproj/argo-ui.git#${ARGO_COMMIT}`, `vcs ${ARGO_VCS}`],
      [`git+ssh://git@github.com:argoproj/argo-ui.git#${ARGO_COMMIT}`, `vcs ${ARGO_VCS}`],
      [`github:argoproj/argo-ui#${ARGO_COMMIT}`, `vcs ${ARGO_VCS}`],
      [`https://codeload.github.com/argoproj/argo-ui/tar.gz/${ARGO_COMMIT}`, `vcs ${ARGO_VCS}`],
      [`https://github.com/argoproj/argo-ui.git#commit=${ARGO_COMMIT}`, `vcs ${ARGO_VCS}`],
      ['https://example.com/pkgs/x-1.0.0.tgz', 'download https://example.com/pkgs/x-1.0.0.tgz'],
      ['https://registry.npmjs.org/@s/x/-/x-1.0.0.tgz', undefined],
      ['https://registry.npmjs.org/x/-/x-1.0.0.tgz#not-a-revision', undefined],
      // Spellings of npmjs.org's tarballs that are not plainly one (read in full, not by its shortcut).
      ['https://registry.npmjs.org/path/x/-/x-1.0.0.tgz', 'registry https://registry.npmjs.org/path'],
      ['https://registry.npmjs.org/@s/path/x/-/x-1.0.0.tgz', 'registry https://registry.npmjs.org/@s/path'],
      ['https://registry.npmjs.org/x/-/.tgz', 'download https://registry.npmjs.org/x/-/.tgz'],
      ['https://registry.npmjs.org/x/-/sub/x-1.0.0.tgz', 'download https://registry.npmjs.org/x/-/sub/x-1.0.0.tgz'],
      ['https://registry.npmjs.org/x/-/x-1.0.0.tgz?cache=1', 'download https://registry.npmjs.org/x/-/x-1.0.0.tgz?cache=1'],
      ['https://user:token@registry.npmjs.org/x/-/x-1.0.0.tgz', undefined],
      ['https://registry.yarnpkg.com/x/-/x-1.0.0.tgz', undefined],
      ['http://registry.example/x/-/x-1.0.0.tgz', 'registry http://registry.example'],
      ['https://artifactory.corp.example/api/npm/npm-private/@corp/util/-/util-1.0.0.tgz', 'registry https://artifactory.corp.example/api/npm/npm-private'],
      ['https://npm.corp.example/@corp%2futil/-/util-1.0.0.tgz', 'registry https://npm.corp.example'],
      ['https://x/-/x-1.0.0.tgz', 'download https://x/-/x-1.0.0.tgz'],
      // GitHub Packages' npm registry serves tarballs at download/<name>/<version>/<hash>, not <name>/-/.
      ['https://npm.pkg.github.com/download/@acme/util/1.0.0/0a1b2c3d4e5f', 'registry https://npm.pkg.github.com'],
      [`https://github.com/argoproj/argo-ui/archive/refs/tags/v1.0.0.tar.gz`, 'vcs git+https://github.com/argoproj/argo-ui.git@v1.0.0'],
      [`http://git.example/o/r.git#${ARGO_COMMIT}`, `vcs git+http://git.example/o/r.git@${ARGO_COMMIT}`],
      ['http://example.com/x.tgz#frag', 'download http://example.com/x.tgz'],
      // An ssh port and a repository on this machine have no https URL: each keeps its own (without the ssh user).
      ['git+ssh://git@git.corp.com:2222/g/a.git#abc123', 'vcs git+ssh://git.corp.com:2222/g/a.git@abc123'],
      ['git+file:///srv/git/b#abc123', 'vcs git+file:///srv/git/b@abc123'],
      ['git+ssh://git@github.com:acme/one.git#abc123', 'vcs git+https://github.com/acme/one.git@abc123'],
      ['file:../x', 'local file:../x'],
      ['file:../x.tgz::locator=app%40workspace%3A.', 'local file:../x.tgz'],
      ['link:./packages/x', 'local link:./packages/x'],
      ['1.0.0', undefined],
    ];
    for (const [spec, expected] of cases) {
      const source = sourceOf(spec);
      assert.equal(source === undefined ? undefined : `${source.kind} ${source.url}`, expected, spec);
    }
  });

  it('reads a git URL of a long run of slashes not at its end in linear time (each slash was tried as the start of the trailing ones)', async () => {
    const specOf = (count: number): string => `git://git.example/${'/'.repeat(count)}x/`;
    await assertLinear('git URL', specOf, (spec) => sourceOf(spec), 10_000);
    assert.equal(sourceOf(specOf(3))?.url, 'git+https://git.example////x.git');
  });

  it('npm: a git dependency and a tarball dependency get vcs_url / download_url purls, never the registry purl', async () => {
    const lock = {
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', dependencies: { 'argo-ui': 'github:argoproj/argo-ui', x: 'https://example.com/pkgs/x-1.0.0.tgz', 'left-pad': '^1.3.0' } },
        'node_modules/argo-ui': { version: '1.0.0', resolved: `git+ssh://git@github.com/argoproj/argo-ui.git#${ARGO_COMMIT}` },
        'node_modules/x': { version: '1.0.0', resolved: 'https://example.com/pkgs/x-1.0.0.tgz' },
        'node_modules/left-pad': { version: '1.3.0', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz' },
      },
    };
    const result = await parse(npmPackageLockParser, 'package-lock.json', JSON.stringify(lock));
    assert.equal(named(result, 'argo-ui').purl, ARGO_PURL);
    assert.equal(named(result, 'x').purl, `pkg:npm/x@1.0.0?download_url=${encodeURIComponent('https://example.com/pkgs/x-1.0.0.tgz')}`);
    assert.equal(named(result, 'left-pad').purl, 'pkg:npm/left-pad@1.3.0');
    const spdx = toSpdx({ root: result.root as Package, packages: result.packages, relationships: result.relationships, unknowns: [], files: [], created: new Date(0), tool: 't' });
    assert.equal(spdx.packages.find((pkg) => pkg.name === 'argo-ui')?.downloadLocation, ARGO_VCS);
    // The model, and CycloneDX's distribution reference with it, spell the commit as git and npm do (`#`), as for Cargo and Ruby git sources:
    // `@commit` at the end of a URL reads as part of its path.
    const gitLocation = `git+https://github.com/argoproj/argo-ui.git#${ARGO_COMMIT}`;
    assert.equal(named(result, 'argo-ui').downloadLocation, gitLocation);
    const cdx = JSON.parse(toCycloneDxJson({ root: result.root as Package, packages: result.packages, relationships: result.relationships, unknowns: [], files: [], created: new Date(0), tool: 't' }, '1.6')) as { components: { name: string; externalReferences?: unknown }[] };
    assert.deepEqual(cdx.components.find((component) => component.name === 'argo-ui')?.externalReferences, [{ type: 'distribution', url: gitLocation }]);
  });

  it('a package from a registry other than npmjs.org gets its repository_url (purl spec), in npm, yarn 1, pnpm and bun lockfiles', async () => {
    const registry = 'https://artifactory.corp.example/api/npm/npm-private';
    const tarball = `${registry}/@corp/util/-/util-1.0.0.tgz`;
    const expected = `pkg:npm/%40corp/util@1.0.0?repository_url=${encodeURIComponent(registry)}`;
    const lock = {
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', dependencies: { '@corp/util': '^1.0.0', 'left-pad': '^1.3.0' } },
        'node_modules/@corp/util': { version: '1.0.0', resolved: tarball, integrity: 'sha512-AAAA' },
        'node_modules/left-pad': { version: '1.3.0', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz' },
      },
    };
    const npm = await parse(npmPackageLockParser, 'package-lock.json', JSON.stringify(lock));
    assert.equal(named(npm, '@corp/util').purl, expected);
    assert.equal(named(npm, 'left-pad').purl, 'pkg:npm/left-pad@1.3.0');
    // The tarball stays the download location, as for any registry package.
    const spdx = toSpdx({ root: npm.root as Package, packages: npm.packages, relationships: npm.relationships, unknowns: [], files: [], created: new Date(0), tool: 't' });
    assert.equal(spdx.packages.find((pkg) => pkg.name === '@corp/util')?.downloadLocation, tarball);
    const v1 = `"@corp/util@^1.0.0":\n  version "1.0.0"\n  resolved "${tarball}#0123456789abcdef0123456789abcdef01234567"\n`;
    assert.equal(named(await parse(yarnLockParser, 'yarn.lock', v1), '@corp/util').purl, expected);
    const pnpm = `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      '@corp/util':\n        specifier: ^1.0.0\n        version: 1.0.0\n\npackages:\n\n  '@corp/util@1.0.0':\n    resolution: {integrity: sha512-AAAA, tarball: ${tarball}}\n\nsnapshots:\n\n  '@corp/util@1.0.0': {}\n`;
    assert.equal(named(await parse(pnpmLockParser, 'pnpm-lock.yaml', pnpm), '@corp/util').purl, expected);
    const bun = JSON.stringify({
      lockfileVersion: 1,
      workspaces: { '': { name: 'app', dependencies: { '@corp/util': '^1.0.0', 'left-pad': '^1.3.0' } } },
      packages: { '@corp/util': ['@corp/util@1.0.0', tarball, {}, 'sha512-AAAA'], 'left-pad': ['left-pad@1.3.0', '', {}, 'sha512-BBBB'] },
    });
    const bunResult = await parse(bunLockParser, 'bun.lock', bun);
    assert.equal(named(bunResult, '@corp/util').purl, expected);
    assert.equal(named(bunResult, 'left-pad').purl, 'pkg:npm/left-pad@1.3.0');
  });

  it("pnpm: argo-ui from GitHub is not the registry's argo-ui", async () => {
    const text = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      argo-ui:
        specifier: git+https://github.com/argoproj/argo-ui.git#${ARGO_COMMIT}
        version: https://codeload.github.com/argoproj/argo-ui/tar.gz/${ARGO_COMMIT}

packages:

  argo-ui@https://codeload.github.com/argoproj/argo-ui/tar.gz/${ARGO_COMMIT}:
    resolution: {tarball: https://codeload.github.com/argoproj/argo-ui/tar.gz/${ARGO_COMMIT}}
    version: 1.0.0

snapshots:

  argo-ui@https://codeload.github.com/argoproj/argo-ui/tar.gz/${ARGO_COMMIT}: {}
`;
    assert.equal(named(await parse(pnpmLockParser, 'pnpm-lock.yaml', text), 'argo-ui').purl, ARGO_PURL);
  });

  it('yarn 1, berry and bun: the same git package, by each lockfile\'s spelling', async () => {
    const v1 = `"argo-ui@git+https://github.com/argoproj/argo-ui.git#${ARGO_COMMIT}":\n  version "1.0.0"\n  resolved "https://codeload.github.com/argoproj/argo-ui/tar.gz/${ARGO_COMMIT}"\n`;
    assert.equal(named(await parse(yarnLockParser, 'yarn.lock', v1), 'argo-ui').purl, ARGO_PURL);
    const berry = `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"argo-ui@https://github.com/argoproj/argo-ui.git#commit=${ARGO_COMMIT}":\n  version: 1.0.0\n  resolution: "argo-ui@https://github.com/argoproj/argo-ui.git#commit=${ARGO_COMMIT}"\n  languageName: node\n  linkType: hard\n`;
    assert.equal(named(await parse(yarnLockParser, 'yarn.lock', berry), 'argo-ui').purl, ARGO_PURL);
    // A patch of that git package (yarn patch argo-ui) is still the git package, its original encoded once in the resolution.
    const original = encodeURIComponent(`https://github.com/argoproj/argo-ui.git#commit=${ARGO_COMMIT}`).replaceAll('%2F', '/');
    const patched = `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"argo-ui@patch:argo-ui@${original}#~/.yarn/patches/argo-ui.patch":\n  version: 1.0.0\n  resolution: "argo-ui@patch:argo-ui@${original}#~/.yarn/patches/argo-ui.patch::version=1.0.0&hash=0a1b2c"\n  languageName: node\n  linkType: hard\n`;
    assert.equal(named(await parse(yarnLockParser, 'yarn.lock', patched), 'argo-ui').purl, ARGO_PURL);
    const bun = JSON.stringify({
      lockfileVersion: 1,
      workspaces: { '': { name: 'app', dependencies: { 'argo-ui': 'github:argoproj/argo-ui' } } },
      packages: { 'argo-ui': [`argo-ui@github:argoproj/argo-ui#${ARGO_COMMIT}`, { version: '1.0.0' }, `argoproj-argo-ui-${ARGO_COMMIT.slice(0, 7)}`] },
    });
    assert.equal(named(await parse(bunLockParser, 'bun.lock', bun), 'argo-ui').purl, ARGO_PURL);
  });
});

describe('JavaScript licences, versions and names', () => {
  it('a list or object license is an SPDX expression; a numeric version is its text; an install path is never a name', async () => {
    const lock = {
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', version: 2 },
        'node_modules/dual': { version: '1.0.0', license: ['MIT', 'Apache-2.0'] },
        'node_modules/old': { version: '1.0.0', licenses: [{ type: 'BSD-3-Clause', url: 'https://example.com' }] },
        'node_modules/typed': { version: '1.0.0', license: { type: 'ISC' } },
        'node_modules/numeric': { version: 3 },
        'node_modules/async': { name: 'node_modules/async', version: '1.0.0' },
      },
    };
    const result = await parse(npmPackageLockParser, 'package-lock.json', JSON.stringify(lock));
    assert.equal(named(result, 'dual').license, '(MIT OR Apache-2.0)');
    assert.equal(named(result, 'old').license, 'BSD-3-Clause');
    assert.equal(named(result, 'typed').license, 'ISC');
    assert.equal(named(result, 'numeric').version, '3');
    assert.equal(result.root?.version, '2');
    assert.ok(result.packages.every((pkg) => !pkg.name.includes('node_modules')));
    const spdx = toSpdx({ root: result.root as Package, packages: result.packages, relationships: [], unknowns: [], files: [], created: new Date(0), tool: 't' });
    assert.equal(spdx.packages.find((pkg) => pkg.name === 'dual')?.licenseDeclared, '(MIT OR Apache-2.0)');
    assert.equal(spdx.hasExtractedLicensingInfos, undefined);
  });

  it('a license nested deeper than a list of {type} objects reads as none, in bounded stack (200,000 levels exhausted it: an uncoded RangeError)', async () => {
    const deep = `${'['.repeat(200_000)}"MIT"${']'.repeat(200_000)}`;
    const text = `{"name":"app","lockfileVersion":3,"packages":{"":{"name":"app"},"node_modules/x":{"version":"1.0.0","license":${deep}}}}`;
    const result = await parse(npmPackageLockParser, 'package-lock.json', text);
    assert.equal(named(result, 'x').license, undefined);
    assert.equal(named(await parse(npmPackageLockParser, 'package-lock.json', text.replace(deep, '[[{"type":"MIT"}]]')), 'x').license, undefined);
  });
});

describe('JavaScript local packages', () => {
  it('a local tarball or folder gets its path as download_url, and no SPDX download location', async () => {
    const lock = {
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', dependencies: { '@amzn/sql-workbench-client': 'file:src.gen/client-3.0.0.tgz' } },
        'node_modules/@amzn/sql-workbench-client': { name: '@amzn/sqlworkbench-client', version: '3.0.0', resolved: 'file:src.gen/client-3.0.0.tgz' },
      },
    };
    const result = await parse(npmPackageLockParser, 'package-lock.json', JSON.stringify(lock));
    const pkg = named(result, '@amzn/sqlworkbench-client');
    assert.equal(pkg.purl, `pkg:npm/%40amzn/sqlworkbench-client@3.0.0?download_url=${encodeURIComponent('file:src.gen/client-3.0.0.tgz')}`);
    assert.equal(pkg.downloadLocation, undefined);
    const v1 = '"x@file:../x":\n  version "1.0.0"\n';
    assert.equal(named(await parse(yarnLockParser, 'yarn.lock', v1), 'x').purl, `pkg:npm/x@1.0.0?download_url=${encodeURIComponent('file:../x')}`);
  });

  it('npm: a `file:` folder (linked as a workspace is) is a local package the root depends on, not a member it contains, nor the registry package', async () => {
    // As npm 11 writes them: a vendored fork of lodash beside a workspace member that names another folder with a path from its own.
    const lock = {
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', version: '1.0.0', workspaces: ['packages/*'], dependencies: { lodash: 'file:./vendor/lodash' } },
        'node_modules/lodash': { resolved: 'vendor/lodash', link: true },
        'node_modules/@app/a': { resolved: 'packages/a', link: true },
        'node_modules/shared': { resolved: 'vendor/shared', link: true },
        'packages/a': { name: '@app/a', version: '0.1.0', dependencies: { shared: 'file:../../vendor/shared/' } },
        'vendor/lodash': { name: 'lodash', version: '4.17.21' },
        'vendor/shared': { name: 'shared', version: '2.0.0' },
      },
    };
    const result = await parse(npmPackageLockParser, 'package-lock.json', JSON.stringify(lock));
    const lodash = `pkg:npm/lodash@4.17.21?download_url=${encodeURIComponent('file:vendor/lodash')}`;
    const shared = `pkg:npm/shared@2.0.0?download_url=${encodeURIComponent('file:vendor/shared')}`;
    assert.deepEqual(purlsOf(result), ['pkg:npm/%40app/a@0.1.0', lodash, shared]);
    const edges = result.relationships.map((edge) => `${edge.from} ${edge.type} ${edge.to}`).sort();
    assert.deepEqual(edges, [`pkg:npm/%40app/a@0.1.0 depends-on ${shared}`, `pkg:npm/app@1.0.0 contains pkg:npm/%40app/a@0.1.0`, `pkg:npm/app@1.0.0 depends-on ${lodash}`]);
  });
});

describe('JavaScript patched packages: not the registry bytes', () => {
  const patched = (result: ParseResult, purl: string): string[] =>
    (result.packages.find((pkg) => pkg.purl === purl)?.properties ?? []).filter((property) => property.name === 'trust-kit:npm:patched').map((property) => property.value);

  it('yarn berry: a patch: entry (yarn patch-commit, and the builtin compat patches) keeps the patched version and names its patch', async () => {
    // Written by yarn 4.5.0 (yarn patch is-even; yarn patch-commit), see the fixture's package.json.
    const result = await parseFixture(yarnLockParser, 'yarn-berry-patch', 'yarn.lock');
    assert.deepEqual(patched(result, 'pkg:npm/is-even@1.0.0'), ['~/.yarn/patches/is-even-npm-1.0.0-9f726520dc.patch']);
    assert.deepEqual(patched(result, 'pkg:npm/resolve@1.22.8'), ['optional!builtin<compat/resolve>']);
    assert.deepEqual(patched(result, 'pkg:npm/is-number@7.0.0'), []);
    assert.ok(purlsOf(result).every((purl) => !purl.includes('patch')), 'no purl carries the patch descriptor');
  });

  it('yarn berry: a patch: resolution of many "#" ending in a U+2028 is read in linear time (each "#" was scanned on to the line break: minutes for a MiB)', async () => {
    const lockOf = (count: number): string => {
      const descriptor = `x@patch:x@npm%3A1.0.0#${'#'.repeat(count)}\u2028`;
      return `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"${descriptor}":\n  version: 1.0.0\n  resolution: "${descriptor}"\n  languageName: node\n  linkType: hard\n`;
    };
    await assertLinear('yarn.lock patch', lockOf, (text) => parse(yarnLockParser, 'yarn.lock', text), 10_000);
    assert.deepEqual(purlsOf(await parse(yarnLockParser, 'yarn.lock', lockOf(100_000))), ['pkg:npm/x@1.0.0']);
  });

  it('yarn 1: a resolved URL of many ".tgz#" ending in a U+2028 is read in linear time (each ".tgz" scanned its fragment on to the line break)', async () => {
    const lockOf = (count: number): string => `# yarn lockfile v1\n\nx@^1.0.0:\n  version "1.0.0"\n  resolved "https://registry.example/x/-/x-1.0.0${'.tgz#'.repeat(count)}\u2028"\n`;
    await assertLinear('yarn.lock resolved', lockOf, (text) => parse(yarnLockParser, 'yarn.lock', text), 10_000);
    assert.equal((await parse(yarnLockParser, 'yarn.lock', lockOf(100_000))).packages[0]?.name, 'x');
  });

  it('pnpm 9: a package pnpm patches (patchedDependencies, patch_hash in its snapshot) names its patch file', async () => {
    // Written by pnpm 9.15.0 (pnpm patch is-even@1.0.0; pnpm patch-commit).
    const result = await parseFixture(pnpmLockParser, 'pnpm-v9-patched', 'pnpm-lock.yaml');
    assert.deepEqual(patched(result, 'pkg:npm/is-even@1.0.0'), ['patches/is-even@1.0.0.patch']);
    assert.deepEqual(patched(result, 'pkg:npm/is-number@7.0.0'), []);
    assert.ok(dependsOnOf(result).includes('pkg:npm/app@1.0.0 -> pkg:npm/is-even@1.0.0'));
  });

  it('pnpm 8 (lockfile 6.0): the patch_hash in the packages key marks the patched copy', async () => {
    // Written by pnpm 8.15.9 from the same package.json and patch.
    const result = await parseFixture(pnpmLockParser, 'pnpm-v6-patched', 'pnpm-lock.yaml');
    assert.deepEqual(patched(result, 'pkg:npm/is-even@1.0.0'), ['patches/is-even@1.0.0.patch']);
    assert.deepEqual(patched(result, 'pkg:npm/is-odd@0.1.2'), []);
  });

  it('pnpm: a patch_hash that patchedDependencies does not list is named by its hash', async () => {
    const lock = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      '      is-even:',
      '        specifier: 1.0.0',
      '        version: 1.0.0(patch_hash=i6mbzpbqceych2fm5mbrlbqxr4)',
      'packages:',
      '  is-even@1.0.0:',
      '    resolution: {integrity: sha512-LEhnkAdJqic4Dbqn58A0y52IXoHWlsueqQkKfMfdEnIYG8A1sm/GHidKkS6yvXlMoRrkM34csHnXQtOqcb+Jzg==}',
      'snapshots:',
      '  is-even@1.0.0(patch_hash=i6mbzpbqceych2fm5mbrlbqxr4): {}',
      '',
    ].join('\n');
    const result = await parse(pnpmLockParser, 'pnpm-lock.yaml', lock);
    assert.deepEqual(patched(result, 'pkg:npm/is-even@1.0.0'), ['patch_hash=i6mbzpbqceych2fm5mbrlbqxr4']);
  });
});

describe('JavaScript bundled dependencies: inside another package, not from the registry', () => {
  it('npm: an inBundle package names the package whose tarball carries it; the same name from the registry is another package', async () => {
    // Written by npm 11.19.1 installing a package packed with bundleDependencies (npm ls: withbundle@1.0.0 -> is-number@7.0.0, and is-number@6.0.0).
    const result = await parseFixture(npmPackageLockParser, 'npm-bundled', 'package-lock.json');
    const withbundle = `pkg:npm/withbundle@1.0.0?download_url=${encodeURIComponent('file:../withbundle/withbundle-1.0.0.tgz')}`;
    const bundled = (purl: string): string[] => (result.packages.find((pkg) => pkg.purl === purl)?.properties ?? []).filter((property) => property.name === BUNDLED_PROPERTY).map((property) => property.value);
    assert.deepEqual(bundled('pkg:npm/is-number@7.0.0'), [withbundle]);
    assert.deepEqual(bundled('pkg:npm/is-number@6.0.0'), []);
    assert.deepEqual(bundled(withbundle), []);
    assert.ok(dependsOnOf(result).includes(`${withbundle} -> pkg:npm/is-number@7.0.0`));
  });

  it('npm lockfile v1: a bundled: true dependency names the package that carries it', async () => {
    // Written by npm 6 (npx npm@6 install) from the same package.json.
    const result = await parseFixture(npmPackageLockParser, 'npm-lock-v1-bundled', 'package-lock.json');
    const withbundle = `pkg:npm/withbundle?download_url=${encodeURIComponent('file:../withbundle/withbundle-1.0.0.tgz')}`;
    const bundled = (purl: string): string[] => (result.packages.find((pkg) => pkg.purl === purl)?.properties ?? []).filter((property) => property.name === BUNDLED_PROPERTY).map((property) => property.value);
    assert.deepEqual(bundled('pkg:npm/is-number@7.0.0'), [withbundle]);
    assert.deepEqual(bundled('pkg:npm/is-number@6.0.0'), []);
  });
});

describe('pnpm 9 workspace: catalog:, workspace:, link:, file: and npm: specifiers', () => {
  it('lists what pnpm list -r shows, a file: directory at the version its package.json gives, not its lock key', async () => {
    // Written by pnpm 9.15.0; pnpm list -r --depth Infinity shows is-even 1.0.0 > is-odd 0.1.2 > is-number 4.0.0 (the override),
    // is-odd 3.0.1 (catalog:) > is-number 6.0.0, localdir file:localdir > is-number 6.0.0, w and linked (link:packages/w) > is-number 7.0.0.
    const result = await parseFixture(pnpmLockParser, 'pnpm-v9-local', 'pnpm-lock.yaml');
    const localdir = `pkg:npm/localdir@0.5.0?download_url=${encodeURIComponent('file:localdir')}`;
    assert.deepEqual(purlsOf(result), ['pkg:npm/is-even@1.0.0', 'pkg:npm/is-number@4.0.0', 'pkg:npm/is-number@6.0.0', 'pkg:npm/is-number@7.0.0', 'pkg:npm/is-odd@0.1.2', 'pkg:npm/is-odd@3.0.1', localdir, 'pkg:npm/w@2.0.0'].sort());
    assert.equal(result.packages.find((pkg) => pkg.name === 'localdir')?.version, '0.5.0');
    assert.deepEqual(dependsOnOf(result), [
      'pkg:npm/is-even@1.0.0 -> pkg:npm/is-odd@0.1.2',
      'pkg:npm/is-odd@0.1.2 -> pkg:npm/is-number@4.0.0',
      'pkg:npm/is-odd@3.0.1 -> pkg:npm/is-number@6.0.0',
      `${localdir} -> pkg:npm/is-number@6.0.0`,
      'pkg:npm/root@1.0.0 -> pkg:npm/is-even@1.0.0',
      'pkg:npm/root@1.0.0 -> pkg:npm/is-odd@3.0.1',
      `pkg:npm/root@1.0.0 -> ${localdir}`,
      'pkg:npm/root@1.0.0 -> pkg:npm/w@2.0.0',
      'pkg:npm/w@2.0.0 -> pkg:npm/is-number@7.0.0',
    ].sort());
  });

  it('an injected workspace dependency (dependenciesMeta.injected) is the member it copies, not a second package of its folder', async () => {
    // Written by pnpm 10.34.9 (pnpm install --lockfile-only).
    const result = await parseFixture(pnpmLockParser, 'pnpm-injected', 'pnpm-lock.yaml', true);
    assert.deepEqual(purlsOf(result).filter((purl) => purl.startsWith('pkg:npm/%40x/')), ['pkg:npm/%40x/app@0.4.0', 'pkg:npm/%40x/lib@0.3.0']);
    assert.ok(dependsOnOf(result).includes('pkg:npm/%40x/app@0.4.0 -> pkg:npm/%40x/lib@0.3.0'), dependsOnOf(result).join('\n'));
  });

  it('pnpm 8 (lockfile 6.0): a file: folder keyed file:localdir is listed with its edges, not dropped', async () => {
    // Written by pnpm 8.15.9 from the same workspace (is-odd pinned instead of catalog:, which pnpm 8 lacks).
    const result = await parseFixture(pnpmLockParser, 'pnpm-v6-local', 'pnpm-lock.yaml');
    const localdir = `pkg:npm/localdir@0.5.0?download_url=${encodeURIComponent('file:localdir')}`;
    assert.ok(purlsOf(result).includes(localdir), purlsOf(result).join(' '));
    assert.ok(dependsOnOf(result).includes(`pkg:npm/root@1.0.0 -> ${localdir}`));
    assert.ok(dependsOnOf(result).includes(`${localdir} -> pkg:npm/is-number@6.0.0`));
    assert.deepEqual(result.unknowns, []);
  });
});

describe('pnpm: link: folders that are no importer, and dependencies the lockfile leaves unresolved', () => {
  // As pnpm 10.34 writes them (pnpm install --lockfile-only): bar linked from the project, ms linked through pnpm.overrides.
  const LOCK = [
    "lockfileVersion: '9.0'",
    'overrides:',
    '  ms: link:./vendor/ms',
    'importers:',
    '  .:',
    '    dependencies:',
    '      bar:',
    '        specifier: link:./vendor/bar',
    '        version: link:vendor/bar',
    '      debug:',
    '        specifier: 4.3.4',
    '        version: 4.3.4',
    'packages:',
    '  debug@4.3.4:',
    '    resolution: {integrity: sha512-PRWFHuSU3eDtQJPvnNY7Jcket1j0t5OuOsFzPPzsekD52Zl8qUfFIPEiswXqIvHWGVHOgX+7G/vCNNhehwxfkQ==}',
    'snapshots:',
    '  debug@4.3.4:',
    '    dependencies:',
    '      ms: link:vendor/ms',
    '',
  ].join('\n');
  const SIBLINGS: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'app', version: '1.0.0' }),
    'vendor/bar/package.json': JSON.stringify({ name: 'bar', version: '2.2.2' }),
    'vendor/ms/package.json': JSON.stringify({ name: 'ms', version: '2.1.2-fork' }),
  };
  const parseWith = (text: string): Promise<ParseResult> =>
    pnpmLockParser.parse({ path: 'pnpm-lock.yaml', content: Buffer.from(text), readSibling: async (name) => (SIBLINGS[name] === undefined ? undefined : Buffer.from(SIBLINGS[name])), includeDev: true });

  it('lists a linked folder at its path and its own version, with the edges to it, as `pnpm list` shows it', async () => {
    const result = await parseWith(LOCK);
    const bar = `pkg:npm/bar@2.2.2?download_url=${encodeURIComponent('link:./vendor/bar')}`;
    const ms = `pkg:npm/ms@2.1.2-fork?download_url=${encodeURIComponent('link:./vendor/ms')}`;
    assert.deepEqual(purlsOf(result), [bar, 'pkg:npm/debug@4.3.4', ms]);
    assert.deepEqual(dependsOnOf(result), [`pkg:npm/app@1.0.0 -> ${bar}`, 'pkg:npm/app@1.0.0 -> pkg:npm/debug@4.3.4', `pkg:npm/debug@4.3.4 -> ${ms}`]);
    assert.deepEqual(result.unknowns ?? [], []);
  });

  it('an importer dependency without a version, or a snapshot dependency without one, is an unknown, not dropped', async () => {
    const result = await parseWith(LOCK.replace('        version: 4.3.4\n', ''));
    assert.deepEqual((result.unknowns ?? []).map((unknown) => unknown.reason), [
      '"importers/." depends on "debug" at no version, which the lockfile does not resolve: it is not listed',
    ]);
    const snapshot = await parseWith(LOCK.replace('      ms: link:vendor/ms', '      ms:'));
    assert.ok((snapshot.unknowns ?? []).some((unknown) => unknown.reason.includes('ms@(no version)')), JSON.stringify(snapshot.unknowns));
  });
});

describe('yarn 1: link: folders', () => {
  it('a link: folder is at the version its package.json gives, not the 0.0.0 yarn 1 locks it at', async () => {
    // Written by yarn 1.22.22 (yarn install).
    const lock = '# yarn lockfile v1\n\n\n"lk@link:./vendor/lk":\n  version "0.0.0"\n  uid ""\n\n"lodash@file:./vendor/lodash":\n  version "4.17.21"\n';
    const siblings: Record<string, string> = { 'package.json': '{"name":"app","version":"1.0.0","dependencies":{"lodash":"file:./vendor/lodash","lk":"link:./vendor/lk"}}', 'vendor/lk/package.json': '{"name":"lk","version":"1.1.1"}' };
    const result = await yarnLockParser.parse({ path: 'yarn.lock', content: Buffer.from(lock), readSibling: async (name) => (siblings[name] === undefined ? undefined : Buffer.from(siblings[name])), includeDev: true });
    assert.deepEqual(purlsOf(result), [`pkg:npm/lk@1.1.1?download_url=${encodeURIComponent('link:./vendor/lk')}`, `pkg:npm/lodash@4.17.21?download_url=${encodeURIComponent('file:./vendor/lodash')}`]);
  });
});

describe('bun: patched packages', () => {
  it('a package bun patch patched is marked with its patch file, as pnpm\'s are', async () => {
    // Written by bun 1.2.22 (bun patch --commit).
    const lock = '{"lockfileVersion":1,"workspaces":{"":{"name":"app","dependencies":{"is-odd":"3.0.1"}}},"patchedDependencies":{"is-odd@3.0.1":"patches/is-odd@3.0.1.patch"},"packages":{"is-number":["is-number@6.0.0","",{},"sha512-Wu1VHeILBK8KAWJUAiSZQX94GmOE45Rg6/538fKwiloUu21KncEkYGPqob2oSZ5mUT73vLGrHQjKw3KMPwfDzg=="],"is-odd":["is-odd@3.0.1","",{"dependencies":{"is-number":"^6.0.0"}},"sha512-CQpnWPrDwmP1+SMHXZhtLtJv90yiyVfluGsX5iNCVkrhQtU3TQHsUWPG9wkdk9Lgd5yNpAg9jQEo90CBaXgWMA=="]}}';
    const result = await parse(bunLockParser, 'bun.lock', lock);
    assert.deepEqual(named(result, 'is-odd').properties, [{ name: PATCHED_PROPERTY, value: 'patches/is-odd@3.0.1.patch' }]);
    assert.equal(named(result, 'is-number').properties, undefined);
  });
});

describe('bun: file: and link: folders', () => {
  it('lists a file: folder at its package.json version with its path as download_url and its dependencies, and the project at its package.json version', async () => {
    // Written by bun 1.2.22 (bun install --lockfile-only); bun.lock is JSON with trailing commas.
    const lock = `{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "app",
      "dependencies": {
        "is-odd": "3.0.1",
        "loc": "file:./vendor/loc",
      },
    },
  },
  "packages": {
    "is-number": ["is-number@6.0.0", "", {}, "sha512-Wu1VHeILBK8KAWJUAiSZQX94GmOE45Rg6/538fKwiloUu21KncEkYGPqob2oSZ5mUT73vLGrHQjKw3KMPwfDzg=="],
    "is-odd": ["is-odd@3.0.1", "", { "dependencies": { "is-number": "^6.0.0" } }, "sha512-CQpnWPrDwmP1+SMHXZhtLtJv90yiyVfluGsX5iNCVkrhQtU3TQHsUWPG9wkdk9Lgd5yNpAg9jQEo90CBaXgWMA=="],
    "loc": ["loc@file:vendor/loc", { "dependencies": { "ms": "2.1.3" } }],
    "ms": ["ms@2.1.3", "", {}, "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA=="],
  }
}
`;
    const siblings: Record<string, string> = { 'package.json': '{"name":"app","version":"1.0.0"}', 'vendor/loc/package.json': '{"name":"loc","version":"3.3.3"}' };
    const result = await bunLockParser.parse({ path: 'bun.lock', content: Buffer.from(lock), readSibling: async (name) => (siblings[name] === undefined ? undefined : Buffer.from(siblings[name])), includeDev: true });
    const loc = `pkg:npm/loc@3.3.3?download_url=${encodeURIComponent('file:vendor/loc')}`;
    assert.deepEqual(purlsOf(result), ['pkg:npm/is-number@6.0.0', 'pkg:npm/is-odd@3.0.1', loc, 'pkg:npm/ms@2.1.3']);
    assert.deepEqual(dependsOnOf(result), ['pkg:npm/app@1.0.0 -> pkg:npm/is-odd@3.0.1', `pkg:npm/app@1.0.0 -> ${loc}`, 'pkg:npm/is-odd@3.0.1 -> pkg:npm/is-number@6.0.0', `${loc} -> pkg:npm/ms@2.1.3`]);
    assert.deepEqual(result.unknowns ?? [], []);
  });
});

describe('yarn berry: portal:, link:, workspace: and URL dependencies', () => {
  it('resolves what a workspace names by a relative path through the key berry writes with its locator (file: beside a registry version of the name, a ./ patch)', async () => {
    // Written by yarn 4.18.1 (yarn install --mode=update-lockfile): a dev fork of ms beside the ms debug needs, and is-odd patched by ./p.patch.
    const fork = `pkg:npm/ms@2.1.3-fork.1?download_url=${encodeURIComponent('file:./vendor/ms')}`;
    const withDev = await parseFixture(yarnLockParser, 'yarn-berry-locator-file', 'yarn.lock', true);
    assert.ok(withDev.relationships.some((edge) => edge.from === 'pkg:npm/app@1.0.0' && edge.to === fork && edge.type === 'dev-depends-on'), JSON.stringify(withDev.relationships));
    assert.equal(withDev.packages.find((pkg) => pkg.purl === fork)?.scope, 'dev');
    assert.deepEqual(withDev.unknowns ?? [], []);
    const patched = await parseFixture(yarnLockParser, 'yarn-berry-locator-patch', 'yarn.lock');
    assert.ok(dependsOnOf(patched).some((edge) => edge.startsWith('pkg:npm/app@1.0.0 -> pkg:npm/is-odd@3.0.1')), dependsOnOf(patched).join('\n'));
    assert.deepEqual(patched.unknowns ?? [], []);
  });

  it('a portal: or link: folder is at its package.json version (not 0.0.0-use.local), a registry tarball URL names the package it holds', async () => {
    // Written by yarn 4.5.0: "tarball": "https://registry.npmjs.org/is-odd/-/is-odd-3.0.1.tgz" installs is-odd 3.0.1 under the name tarball.
    const result = await parseFixture(yarnLockParser, 'yarn-berry-local', 'yarn.lock');
    const portal = `pkg:npm/portaldir@0.2.0?download_url=${encodeURIComponent('portal:./portaldir')}`;
    const link = `pkg:npm/linkdir@0.3.0?download_url=${encodeURIComponent('link:./linkdir')}`;
    assert.deepEqual(purlsOf(result), ['pkg:npm/is-number@6.0.0', 'pkg:npm/is-number@7.0.0', 'pkg:npm/is-odd@3.0.1', link, portal, 'pkg:npm/ws@3.0.0'].sort());
    assert.ok(dependsOnOf(result).includes(`${portal} -> pkg:npm/is-number@6.0.0`));
    assert.ok(dependsOnOf(result).includes('pkg:npm/app@1.0.0 -> pkg:npm/is-odd@3.0.1'));
    assert.ok(dependsOnOf(result).includes('pkg:npm/is-odd@3.0.1 -> pkg:npm/is-number@6.0.0'));
  });

  it('a folder two workspaces name by their own relative paths (file:./shared, file:../../shared) is one package, its path from the lockfile', async () => {
    // Written by yarn 4.18.1: the root and packages/ws both depend on shared/ by file: and portal:; berry keys each by its workspace's path.
    const result = await parseFixture(yarnLockParser, 'yarn-berry-workspace-paths', 'yarn.lock');
    const shared = `pkg:npm/shared@4.0.0?download_url=${encodeURIComponent('file:./shared')}`;
    const portal = `pkg:npm/sharedlink@4.0.0?download_url=${encodeURIComponent('portal:./shared')}`;
    assert.deepEqual(purlsOf(result), [shared, portal, 'pkg:npm/ws@0.3.0'].sort());
    assert.ok(dependsOnOf(result).includes(`pkg:npm/ws@0.3.0 -> ${shared}`));
    assert.ok(dependsOnOf(result).includes(`pkg:npm/mono@1.0.0 -> ${shared}`));
  });

  it('an exec: package and a patch: of a file: folder are local packages, never registry ones; a file: range loses the #path berry resolves it to', async () => {
    // Written by yarn 4.18.1 (yarn install --mode=update-lockfile, scripts enabled for exec:), see the fixture's package.json.
    const result = await parseFixture(yarnLockParser, 'yarn-berry-protocols', 'yarn.lock');
    const generated = `pkg:npm/generated@3.1.4?download_url=${encodeURIComponent('exec:./gen/build.js')}`;
    const plat = `pkg:npm/plat@2.0.0?download_url=${encodeURIComponent('file:./plat')}`;
    const linked = `pkg:npm/linked@0.4.0?download_url=${encodeURIComponent('link:./linked')}`;
    const portaled = `pkg:npm/portaled@0.5.0?download_url=${encodeURIComponent('portal:./portaled')}`;
    // "patched-local": "patch:plat@file:./plat#./plat.patch" is the plat folder, patched: the same package, marked.
    assert.deepEqual(purlsOf(result), [generated, linked, plat, portaled].sort());
    assert.deepEqual(result.packages.map((pkg) => pkg.downloadLocation), [undefined, undefined, undefined, undefined]);
    assert.ok(result.packages.find((pkg) => pkg.purl === plat)?.properties?.some((property) => property.name === 'trust-kit:npm:patched' && property.value === './plat.patch'));
    assert.deepEqual(dependsOnOf(result), [generated, linked, plat, portaled].map((purl) => `pkg:npm/yb-edges@1.0.0 -> ${purl}`).sort());
    assert.deepEqual(result.unknowns, []);
  });
});

describe('JavaScript platform packages: listed, and marked with the platforms they install on', () => {
  const platform = (result: ParseResult, purl: string): string[] =>
    (result.packages.find((pkg) => pkg.purl === purl)?.properties ?? []).filter((property) => property.name.startsWith('trust-kit:npm:')).map((property) => `${property.name}=${property.value}`);

  it('npm: os and cpu of an optional platform package (esbuild 0.24.0: 24 of them, one installs)', async () => {
    // Written by npm 11.19.1 (npm install --package-lock-only), with an npm: alias and a workspace.
    const result = await parseFixture(npmPackageLockParser, 'npm-platforms', 'package-lock.json');
    assert.deepEqual(platform(result, 'pkg:npm/%40esbuild/linux-x64@0.24.0'), ['trust-kit:npm:cpu=x64', 'trust-kit:npm:os=linux']);
    assert.equal(result.packages.find((pkg) => pkg.purl === 'pkg:npm/%40esbuild/linux-x64@0.24.0')?.scope, 'optional');
    assert.deepEqual(platform(result, 'pkg:npm/esbuild@0.24.0'), []);
    assert.ok(purlsOf(result).includes('pkg:npm/is-odd@3.0.1'), 'the npm: alias names the real package');
    assert.equal(result.packages.filter((pkg) => pkg.name.startsWith('@esbuild/')).length, 24);
  });

  it("yarn berry: conditions (os, cpu, libc; alternatives and exclusions) are the same properties as npm's fields, and an optional platform package stays optional", async () => {
    // The plat folder's package.json says os ["linux", "darwin"], cpu ["!arm64"], libc ["glibc"]; yarn 4.18.1 wrote the conditions.
    const result = await parseFixture(yarnLockParser, 'yarn-berry-protocols', 'yarn.lock');
    assert.deepEqual(platform(result, `pkg:npm/plat@2.0.0?download_url=${encodeURIComponent('file:./plat')}`), [
      'trust-kit:npm:cpu=!arm64',
      'trust-kit:npm:libc=glibc',
      'trust-kit:npm:os=linux,darwin',
      'trust-kit:npm:patched=./plat.patch',
    ]);
    const lock = [
      '__metadata:\n  version: 8\n  cacheKey: 10c0\n',
      '"@esbuild/linux-x64@npm:0.24.0":\n  version: 0.24.0\n  resolution: "@esbuild/linux-x64@npm:0.24.0"\n  conditions: os=linux & cpu=x64\n  languageName: node\n  linkType: hard\n',
      '"app@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "app@workspace:."\n  dependencies:\n    esbuild: "npm:0.24.0"\n  languageName: unknown\n  linkType: soft\n',
      '"esbuild@npm:0.24.0":\n  version: 0.24.0\n  resolution: "esbuild@npm:0.24.0"\n  dependencies:\n    "@esbuild/linux-x64": "npm:0.24.0"\n  dependenciesMeta:\n    "@esbuild/linux-x64":\n      optional: true\n  languageName: node\n  linkType: hard\n',
    ].join('\n');
    const manifest = Buffer.from(JSON.stringify({ name: 'app', dependencies: { esbuild: '0.24.0' } }));
    const berry = await yarnLockParser.parse({ path: 'yarn.lock', content: Buffer.from(lock), includeDev: false, readSibling: (name) => Promise.resolve(name === 'package.json' ? manifest : undefined) });
    assert.deepEqual(platform(berry, 'pkg:npm/%40esbuild/linux-x64@0.24.0'), ['trust-kit:npm:cpu=x64', 'trust-kit:npm:os=linux']);
    assert.equal(berry.packages.find((pkg) => pkg.purl === 'pkg:npm/%40esbuild/linux-x64@0.24.0')?.scope, 'optional');
    assert.deepEqual(platform(berry, 'pkg:npm/esbuild@0.24.0'), []);
  });

  it('pnpm 9: os and cpu of a platform package', async () => {
    // Written by pnpm 9.15.0 (pnpm install --lockfile-only).
    const result = await parseFixture(pnpmLockParser, 'pnpm-v9-platforms', 'pnpm-lock.yaml');
    assert.deepEqual(platform(result, 'pkg:npm/%40esbuild/linux-x64@0.24.0'), ['trust-kit:npm:cpu=x64', 'trust-kit:npm:os=linux']);
    assert.deepEqual(platform(result, 'pkg:npm/esbuild@0.24.0'), []);
  });
});
