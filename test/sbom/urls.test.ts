import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixedClock } from '../../src/core/clock.js';
import { encodeSbom, FORMAT_NAMES, generateSbom } from '../../src/sbom/index.js';
import { withoutCredentials } from '../../src/sbom/urls.js';
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
    ];
    for (const [url, expected] of cases) assert.equal(withoutCredentials(url), expected, url);
  });

  it('are found in a query in time linear in its length, whatever a hostile parameter name repeats', async () => {
    for (const [label, name] of [['keyword then a stray character', (size: number) => `${'token'.repeat(size)}%`], ['no keyword', (size: number) => `${'a'.repeat(size * 5)}%`]] as const) {
      await assertLinear(label, (size) => `https://example.com/x.tgz?${name(size)}=1`, withoutCredentials, 20_000);
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
