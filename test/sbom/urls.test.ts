import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it, test } from 'node:test';
import { fixedClock } from '../../src/core/clock.js';
import { encodeSbom, FORMAT_NAMES, generateSbom } from '../../src/sbom/index.js';
import { iriReference, isIriReference, isSpdxUri, withoutCredentials } from '../../src/sbom/urls.js';
import { assertLinear } from '../support/scaling.js';
import { tempDir } from '../support/tmp.js';

describe('credentials in the URLs lockfiles record', () => {
  it('are dropped from URLs (http(s) userinfo, any user:password, and query parameters that carry one), nothing else changed', () => {
    const cases: [string, string][] = [
      ['https://user:s3cret@pypi.corp.example/simple', 'https://pypi.corp.example/simple'],
      ['https://TOKEN@npm.corp.example/x/-/x-1.0.0.tgz', 'https://npm.corp.example/x/-/x-1.0.0.tgz'],
      ['git+https://u:p@ss@git.example/o/r.git#abc', 'git+https://git.example/o/r.git#abc'],
      ['http://u:p@host:8080/a@b', 'http://host:8080/a@b'],
      ['ssh://deploy:pw@git.example/o/r.git', 'ssh://git.example/o/r.git'],
      ['registry+https://TOKEN@crates.corp.example/index', 'registry+https://crates.corp.example/index'],
      ['git+ssh://git@github.com/o/r.git', 'git+ssh://git@github.com/o/r.git'],
      ['https://pypi.org/simple', 'https://pypi.org/simple'],
      ['../local/path', '../local/path'],
      ['file:///tmp/x@1.whl', 'file:///tmp/x@1.whl'],
      ['https://acct.blob.core.windows.net/w/x-1.2.0-py3-none-any.whl?sv=2024&se=2026&sig=SECRET', 'https://acct.blob.core.windows.net/w/x-1.2.0-py3-none-any.whl?sv=2024&se=2026'],
      ['https://npm.corp.example/a.tgz?token=SECRET', 'https://npm.corp.example/a.tgz'],
      ['https://gitlab.example/api/v4/p/1/packages/pypi/simple?private_token=SECRET&x=1#sha256=ab', 'https://gitlab.example/api/v4/p/1/packages/pypi/simple?x=1#sha256=ab'],
      ['https://s3.example/b/x.tgz?X-Amz-Algorithm=AWS4&X-Amz-Credential=AK&X-Amz-Signature=SECRET', 'https://s3.example/b/x.tgz?X-Amz-Algorithm=AWS4'],
      ['registry+https://crates.corp.example/index?access_token=SECRET', 'registry+https://crates.corp.example/index'],
      ['git+https://git.example/o/r.git?ref=v1#abc', 'git+https://git.example/o/r.git?ref=v1#abc'],
      ['https://files.example/x.tgz?download=1', 'https://files.example/x.tgz?download=1'],
      // In a fragment of pairs, or as a path segment's ;parameter: dropped the same; a fragment that is no pair stays.
      ['https://npm.corp.example/d/-/d-1.0.0.tgz#access_token=S3CR3Tfrag', 'https://npm.corp.example/d/-/d-1.0.0.tgz'],
      ['https://npm.corp.example/e/-/e-1.0.0.tgz;token=S3CR3Tmatrix', 'https://npm.corp.example/e/-/e-1.0.0.tgz'],
      ['https://files.example/a;v=1;api_key=S3CR3T/b.tgz;x=2', 'https://files.example/a;v=1/b.tgz;x=2'],
      ['https://files.example/x.tgz?sig=S3CR3T#sha256=ab&token=S3CR3T', 'https://files.example/x.tgz#sha256=ab'],
      ['git+https://git.example/o/r.git#semver:^1.0', 'git+https://git.example/o/r.git#semver:^1.0'],
      ['https://files.example/x.tgz#', 'https://files.example/x.tgz'],
    ];
    for (const [url, expected] of cases) assert.equal(withoutCredentials(url), expected, url);
  });

  it('are found in a query in time linear in its length, whatever a hostile parameter name repeats', async () => {
    for (const [label, name] of [['keyword then a stray character', (size: number) => `${'token'.repeat(size)}%`], ['no keyword', (size: number) => `${'a'.repeat(size * 5)}%`]] as const) {
      await assertLinear(label, (size) => `https://example.com/x.tgz?${name(size)}=1`, withoutCredentials, 20_000);
      await assertLinear(`${label}, as a ;parameter and in a fragment`, (size) => `https://example.com/x.tgz;${name(size)}=1#${name(size)}=1`, withoutCredentials, 20_000);
    }
  });

  it('never reach the SBOM: purl qualifiers and download locations of every ecosystem that records URLs', async (t) => {
    const dir = await tempDir(t);
    const secret = 's3cret-t0ken';
    await writeFile(join(dir, 'requirements.txt'), `--index-url https://ci:${secret}@pypi.corp.example/simple\nsix==1.16.0\nidna @ https://ci:${secret}@files.corp.example/idna-3.10-py3-none-any.whl\nmylib @ https://acct.blob.core.windows.net/w/mylib-1.2.0-py3-none-any.whl?sv=1&sig=${secret}\n`);
    await writeFile(join(dir, 'package-lock.json'), JSON.stringify({
      name: 'app', lockfileVersion: 3, packages: {
        '': { name: 'app', dependencies: { a: '1', b: '1', e: '1' } },
        'node_modules/a': { version: '1.0.0', resolved: `https://ci:${secret}@npm.corp.example/a/-/a-1.0.0.tgz` },
        'node_modules/b': { version: '1.0.0', resolved: `https://ci:${secret}@files.corp.example/b.tgz` },
        'node_modules/e': { version: '1.0.0', resolved: `https://files.corp.example/e.tgz?token=${secret}` },
      },
    }));
    await writeFile(join(dir, 'Gemfile.lock'), `GEM\n  remote: https://ci:${secret}@gems.corp.example/\n  specs:\n    rake (13.0.0)\n\nGIT\n  remote: https://ci:${secret}@git.corp.example/o/g.git\n  revision: 0123abcd\n  specs:\n    g (1.0.0)\n\nDEPENDENCIES\n  rake\n  g!\n`);
    await writeFile(join(dir, 'Cargo.lock'), `version = 3\n\n[[package]]\nname = "c"\nversion = "1.0.0"\nsource = "registry+https://ci:${secret}@crates.corp.example/index"\n\n[[package]]\nname = "d"\nversion = "1.0.0"\nsource = "git+https://ci:${secret}@git.corp.example/o/d.git#0123abcd"\n`);
    const { sbom } = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date('2026-01-02T03:04:05Z')) });
    assert.ok(sbom.packages.length >= 8, sbom.packages.map((pkg) => pkg.purl).join('\n'));
    for (const format of FORMAT_NAMES) {
      const text = encodeSbom(sbom, format);
      assert.ok(!text.includes(secret) && !text.includes(encodeURIComponent(secret)), `${format} holds the credential`);
    }
  });
});

test('a lockfile URL becomes an IRI reference the CycloneDX validator takes (what no IRI holds percent-encoded, once), and an SPDX download location only when it is a URI as it is', () => {
  const cases: [string, string][] = [
    ['https://mirror.example.com/a/-/a-1.0.0.tgz', 'https://mirror.example.com/a/-/a-1.0.0.tgz'],
    ['https://mirror.example.com/a/-/a|1.0.0.tgz', 'https://mirror.example.com/a/-/a%7C1.0.0.tgz'],
    ['https://mirror.example.com/b-1.0.0.tgz\n', 'https://mirror.example.com/b-1.0.0.tgz%0A'],
    ['git+https://github.com/o/c.git#semver:^1.0.0', 'git+https://github.com/o/c.git#semver:%5E1.0.0'],
    ['https://x.example/d\t`1`\\0 "q" <a>{b}[c]\'.tgz', 'https://x.example/d%09%601%60%5C0%20%22q%22%20%3Ca%3E%7Bb%7D%5Bc%5D%27.tgz'],
    ['https://x.example/e.tgz#x#y\u0000\u0085\ufffe\ue000', 'https://x.example/e.tgz#x%23y%00%C2%85%EF%BF%BE%EE%80%80'],
    ['https://x.example/%zz%41', 'https://x.example/%25zz%41'],
    ['https://x.example/caf\u00e9/\u{1f600}/\ud800', 'https://x.example/caf\u00e9/\u{1f600}/%EF%BF%BD'],
    ['https://[fd00::17]:4873/f/-/f-1.0.0.tgz', 'https://[fd00:0:0:0:0:0:0:17]:4873/f/-/f-1.0.0.tgz'],
  ];
  for (const [url, reference] of cases) {
    assert.equal(iriReference(url), reference, JSON.stringify(url));
    assert.ok(isIriReference(reference), reference);
    assert.equal(isIriReference(url), url === reference, JSON.stringify(url));
  }
  assert.ok(isSpdxUri('https://mirror.example.com/a/-/a-1.0.0.tgz'));
  assert.ok(isSpdxUri('git+https://github.com/o/c.git@0123abc'));
  for (const url of ['https://mirror.example.com/a/-/a|1.0.0.tgz', 'https://x.example/b.tgz\n', 'https://x.example/\u0000', 'git+https://github.com/o/c.git@semver:^1.0.0', 'https://x.example/caf\u00e9', 'https://x.example/%zz', 'https://x.example/a#b#c', 'pkg']) {
    assert.equal(isSpdxUri(url), false, JSON.stringify(url));
  }
});
