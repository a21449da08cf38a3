import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogDirectory } from '../../src/sbom/catalog.js';
import { npmPurl } from '../../src/sbom/npm-purl.js';
import { purlOf } from '../../src/sbom/purl.js';

/** The purl packageurl-js builds for an npm name, version and qualifiers (or the error it throws): what npmPurl must equal. */
function viaPackageUrl(name: string, version: string, qualifiers?: Record<string, string>): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  try {
    return slash > 0 ? purlOf('npm', name.slice(slash + 1), version, name.slice(0, slash), qualifiers) : purlOf('npm', name, version, undefined, qualifiers);
  } catch (error) {
    return `throws ${(error as Error).name}: ${(error as Error).message}`;
  }
}

function viaNpmPurl(name: string, version: string, qualifiers?: Record<string, string>): string {
  try {
    return npmPurl(name, version, qualifiers);
  } catch (error) {
    return `throws ${(error as Error).name}: ${(error as Error).message}`;
  }
}

/** A small deterministic generator (xorshift32), so a failure names a case that reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Characters that every step of purl writing treats specially: case, separators, percent-encoding, whitespace trimmed or not, form encoding, lone surrogates. */
const HOSTILE = ['a', 'Z', '0', '9', '@', '/', ':', '+', ' ', '%', '?', '#', '&', '=', '.', '-', '_', '~', '!', '*', "'", '(', ')', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'é', 'İ', 'ß', '😀', '\ud800', '\udc00', '"', '\\', '\u0000'];

function hostile(next: () => number, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += HOSTILE[Math.floor(next() * HOSTILE.length)];
  return text;
}

describe('npm purls', () => {
  it('are the purls packageurl-js builds, for plain names and versions and for those it encodes', async () => {
    const catalog = await catalogDirectory({ dir: join(import.meta.dirname, '..', 'fixtures', 'sbom', 'yarn-v1-resolver'), includeDev: true });
    const lock = catalog.packages.map((pkg): [string, string] => [pkg.name, pkg.version]);
    assert.equal(lock.length, 217);
    const tricky: [string, string][] = [
      ['@types/node', '20.1.0'], ['lodash.merge', '4.6.2'], ['a_b-c.d', '1.0.0-rc.1'], ['pkg', '1.0.0-RC_1'], ['pkg', ''], ['@scope/pkg', ''],
      ['Upper', '1.0.0'], ['@Scope/x', '1.0.0'], ['pkg', '1.0.0+build.5'], ['a~b', '1'], ['é', '1'], ['pkg', '1.0.0 '], ['@s/x/y', '1'],
      ['JSONStream', '1.3.5'], [' pkg ', ' 1.0 '], ['pkg', '   '], ['', '1'], ['@s/', '1'], ['@s/ ', '1'], ['@', '1'], ['@/x', '1'], ['@s:t/x', '1:2'], ['@ s /x', '1'],
    ];
    for (const [name, version] of [...lock, ...tricky]) assert.equal(viaNpmPurl(name, version), viaPackageUrl(name, version), `${name}@${version}`);
  });

  it('are the purls packageurl-js builds with the qualifiers of sources outside the registry', () => {
    const cases: [string, string, Record<string, string>][] = [
      ['@amzn/glue-catalog-client', '0.0.1', { download_url: 'file:src.gen/@amzn/glue-catalog-client/0.0.1.tgz' }],
      ['argo-ui', '1.0.0', { vcs_url: 'git+https://github.com/argoproj/argo-ui.git@1a2b3c' }],
      ['pkg', '', { download_url: 'https://example.com/a b+c?d=e&f#g' }],
      ['pkg', '1', { download_url: '   ' }],
      ['pkg', '1', { Vcs_URL: ' x ', vcs_url: 'y' }],
      ['pkg', '1', { '1key': 'x' }],
      ['pkg', '1', { 'bad key': 'x' }],
      ['pkg', '1', { b: '1', a: '2', A: '3' }],
      ['', '1', { '1key': 'x' }],
    ];
    for (const [name, version, qualifiers] of cases) assert.equal(viaNpmPurl(name, version, qualifiers), viaPackageUrl(name, version, qualifiers), `${name}@${version} ${JSON.stringify(qualifiers)}`);
  });

  it('are the purls packageurl-js builds (or fail as it fails) for generated hostile names, versions and qualifiers', () => {
    const next = random(0x5eed);
    for (let round = 0; round < 3000; round++) {
      const scope = next() < 0.4 ? `@${hostile(next, Math.floor(next() * 4))}/` : '';
      const name = `${scope}${hostile(next, Math.floor(next() * 6))}`;
      const version = next() < 0.2 ? '' : hostile(next, Math.floor(next() * 6));
      const qualifiers = next() < 0.5 ? undefined : { [next() < 0.8 ? 'download_url' : hostile(next, 3)]: hostile(next, Math.floor(next() * 8)) };
      assert.equal(viaNpmPurl(name, version, qualifiers), viaPackageUrl(name, version, qualifiers), `round ${round}: ${JSON.stringify([name, version, qualifiers])}`);
    }
  });
});

describe('canonical purl characters', () => {
  // The purl specification (docs/standard/characters-and-encoding.md) lets a canonical purl hold only
  // letters, digits, `.-_~`, `%` and its separators `:/@?=&#`: `!*'()`, which encodeURIComponent
  // leaves plain, are percent-encoded, as packageurl-python and packageurl-go write them.
  it('percent-encodes a PEP 440 epoch\'s `!` (pypi `1!2.0`)', () => {
    assert.equal(purlOf('pypi', 'foo', '1!2.0+local.1'), 'pkg:pypi/foo@1%212.0%2Blocal.1');
  });

  it('percent-encodes `!*\'()` in every component, npm purls included', () => {
    assert.equal(purlOf('generic', "a!b*c'd(e)", "1!*'()", 'n(s)', { k: "v!*'()" }), 'pkg:generic/n%28s%29/a%21b%2Ac%27d%28e%29@1%21%2A%27%28%29?k=v%21%2A%27%28%29');
    assert.equal(npmPurl("@s!/a(b)'c*", "1.0.0-x!*'()"), 'pkg:npm/%40s%21/a%28b%29%27c%2A@1.0.0-x%21%2A%27%28%29');
    assert.equal(npmPurl('pkg', '1', { download_url: "file:a(b)*!'" }), 'pkg:npm/pkg@1?download_url=file%3Aa%28b%29%2A%21%27');
  });
});
