import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ParseInput } from '../../../src/sbom/parser.js';
import { gemfileLockParser } from '../../../src/sbom/parsers/ruby/gemfile-lock.js';
import { dependsOnOf, expectedPurls, parseFixture, purlsOf } from './lockfile-fixtures.js';

function input(content: string): ParseInput {
  return { path: 'Gemfile.lock', content: Buffer.from(content), includeDev: false, readSibling: () => Promise.resolve(undefined) };
}

describe('Gemfile.lock parser', () => {
  it("matches syft's gemfile-lock case: GEM, GIT and PATH specs; unknown sections ignored", async () => {
    const result = await parseFixture(gemfileLockParser, 'gemfile-lock', 'Gemfile.lock');
    // syft gives the GIT and PATH gems rubygems.org's plain purl; they are not rubygems.org's gems.
    const origins: Record<string, string> = {
      'pkg:gem/turbolinks@3.0.0': `pkg:gem/turbolinks@3.0.0?vcs_url=${encodeURIComponent('git+https://github.com/rails/turbolinks.git@80216ce9d89920bf073709405e3fce6d0a3ccd9a')}`,
      'pkg:gem/google-cloud-errors@1.3.0': `pkg:gem/google-cloud-errors@1.3.0?download_url=${encodeURIComponent('../google-cloud-errors')}`,
    };
    assert.deepEqual(purlsOf(result), (await expectedPurls('gemfile-lock')).map((purl) => origins[purl] ?? purl).sort());
    const turbolinks = result.packages.find((pkg) => pkg.name === 'turbolinks');
    assert.equal(turbolinks?.downloadLocation, 'git+https://github.com/rails/turbolinks.git#80216ce9d89920bf073709405e3fce6d0a3ccd9a');
    assert.deepEqual(turbolinks?.locations, [{ path: 'gemfile-lock/Gemfile.lock', line: 10 }]);
    // syft asserts no edges for this parser; the specs record them, so we keep them.
    const edges = dependsOnOf(result);
    assert.ok(edges.includes(`${origins['pkg:gem/turbolinks@3.0.0'] ?? ''} -> pkg:gem/coffee-rails@4.0.1`));
    assert.ok(edges.includes('pkg:gem/rails@4.1.1 -> pkg:gem/railties@4.1.1'));
    // `bundler` is required by rails but not locked: no edge to a package that is not there.
    assert.ok(!edges.some((edge) => edge.includes('bundler')));
  });

  it('keeps platform-specific gems apart with a platform qualifier, and edges to each build', async () => {
    const lock = ['GEM', '  remote: https://rubygems.org/', '  specs:', '    nokogiri (1.16.0)', '    nokogiri (1.16.0-x86_64-linux)', '    rails-html (1.0.0)', '      nokogiri (~> 1.14)', ''].join('\n');
    const result = await gemfileLockParser.parse(input(lock));
    assert.deepEqual(purlsOf(result), ['pkg:gem/nokogiri@1.16.0', 'pkg:gem/nokogiri@1.16.0?platform=x86_64-linux', 'pkg:gem/rails-html@1.0.0']);
    assert.equal(dependsOnOf(result).length, 2);
  });
});
