import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ParseInput } from '../../../src/sbom/parser.js';
import { gemfileGroups, gemfileLockParser } from '../../../src/sbom/parsers/ruby/gemfile-lock.js';
import { SbomParseError } from '../../../src/sbom/errors.js';
import { assertLinear } from '../../support/scaling.js';
import { dependsOnOf, expectedPurls, fixtureInput, parseFixture, purlsOf } from './lockfile-fixtures.js';

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

  it('gives dev scope to what only the Gemfile\'s development and test groups reach (Gemfile.lock does not record groups)', async () => {
    // A real Rails app's Gemfile and Gemfile.lock (0-1123/rails-task-manager): byebug, web-console, listen,
    // spring and capybara, selenium and chromedriver-helper are in :development/:test; nokogiri, rack-test
    // and rake stay required because rails needs them too, rb-fsevent and rb-inotify because sass does.
    const dev = ['addressable', 'archive-zip', 'bindex', 'byebug', 'capybara', 'childprocess', 'chromedriver-helper', 'io-like', 'listen', 'public_suffix', 'regexp_parser', 'ruby_dep', 'rubyzip', 'selenium-webdriver', 'spring', 'spring-watcher-listen', 'web-console', 'xpath'];
    const all = await parseFixture(gemfileLockParser, 'gemfile-groups', 'Gemfile.lock', true);
    const devFound = all.packages.filter((pkg) => pkg.scope === 'dev').map((pkg) => pkg.name).sort();
    assert.deepEqual(devFound, dev);
    const result = await parseFixture(gemfileLockParser, 'gemfile-groups', 'Gemfile.lock');
    assert.equal(result.packages.length, all.packages.length - dev.length);
    for (const name of ['nokogiri', 'rack-test', 'rake', 'rb-fsevent', 'rb-inotify', 'rails']) assert.ok(result.packages.some((pkg) => pkg.name === name), name);
    // Without the Gemfile nothing says which gems are for development: all stay listed.
    const lock = (await fixtureInput('gemfile-groups', 'Gemfile.lock')).content.toString('utf8');
    assert.equal((await gemfileLockParser.parse(input(lock))).packages.length, all.packages.length);
  });

  it('gives dev scope to a gemspec\'s development dependencies, which DEPENDENCIES lists but the Gemfile does not declare', async () => {
    // faker-ruby/faker's Gemfile.lock and Gemfile (the Gemfile from a nearby commit, same content): `gemspec`
    // adds faker.gemspec's development dependencies (rubocop, simplecov, yard) to Bundler's development group.
    const result = await parseFixture(gemfileLockParser, 'gemfile-gemspec', 'Gemfile.lock');
    assert.deepEqual(purlsOf(result), ['pkg:gem/concurrent-ruby@1.1.8', 'pkg:gem/faker@2.17.0?download_url=.', 'pkg:gem/i18n@1.8.9']);
    const all = await parseFixture(gemfileLockParser, 'gemfile-gemspec', 'Gemfile.lock', true);
    assert.equal(all.packages.find((pkg) => pkg.name === 'rubocop')?.scope, 'dev');
    // Without a gemspec line, a gem the Gemfile does not declare is not known to be for development.
    const lock = (await fixtureInput('gemfile-gemspec', 'Gemfile.lock')).content.toString('utf8');
    const plain = await gemfileLockParser.parse({ ...input(lock), readSibling: (name) => Promise.resolve(name === 'Gemfile' ? Buffer.from('group :test do\n  gem "pry"\nend\n') : undefined) });
    assert.equal(plain.packages.find((pkg) => pkg.name === 'rubocop')?.scope, 'required');
  });

  it('reads Bundler\'s group forms: blocks (nested, with options), group: and groups: options, hash rockets; other blocks add no group', () => {
    const gemfile = [
      "gem 'web'",
      'group :development, :test do',
      "  gem 'rspec' # a comment: group :production",
      '  platforms :mri do',
      "    gem 'byebug'",
      '  end',
      "  gem 'pry' if ENV['PRY']",
      'end',
      'group(:tools, optional: true) do',
      "  gem 'rubocop'",
      'end',
      "gem 'factory_bot', group: :test",
      "gem 'letter_opener', groups: [:development, \"test\"]",
      "gem 'capistrano', :group => :development, require: false",
      "if ENV['X']",
      "  gem 'web', group: :test",
      'end',
      "gem 'puma'",
    ].join('\n');
    const groups = Object.fromEntries([...gemfileGroups(gemfile)].map(([name, set]) => [name, [...set].sort()]));
    assert.deepEqual(groups, {
      web: ['default', 'test'],
      rspec: ['development', 'test'],
      byebug: ['development', 'test'],
      pry: ['development', 'test'],
      rubocop: ['tools'],
      factory_bot: ['test'],
      letter_opener: ['development', 'test'],
      capistrano: ['development'],
      puma: ['default'],
    });
  });

  it('a line at a spec\'s depth that is no "name (version)" is an unknown at its line, not a gem dropped unsaid', async () => {
    const lock = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rake (13.0.6)\n    rack\n    nokogiri 1.15.0\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rake\n\nBUNDLED WITH\n   2.4.10\n';
    const result = await gemfileLockParser.parse(input(lock));
    assert.deepEqual(result.packages.map((pkg) => pkg.purl), ['pkg:gem/rake@13.0.6']);
    assert.deepEqual(result.unknowns?.map((unknown) => [unknown.line, unknown.reason.split(' is not')[0]]), [[5, '"rack"'], [6, '"nokogiri 1.15.0"']]);
  });

  it('a file Bundler never wrote (text, or a lockfile converted to UTF-16 without a byte order mark) is unknowns at the lines it holds, never an empty SBOM that --strict passes', async () => {
    const junk = await gemfileLockParser.parse(input('hello world\n'));
    assert.deepEqual(junk.packages, []);
    assert.deepEqual(junk.unknowns?.map((unknown) => [unknown.line, unknown.reason.replace(/ \((?:Bundler writes )?GEM, .*$/, '')]), [
      [1, '"hello world" is no section\'s name'],
      [1, 'it has no section Bundler writes'],
    ]);
    const lock = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rake (13.0.6)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rake\n';
    const utf16 = Buffer.from(lock, 'utf16le').toString('latin1');
    assert.ok((await gemfileLockParser.parse(input(utf16))).unknowns?.some((unknown) => unknown.line === 1 && /is no section's name/.test(unknown.reason)));
    // Every section Bundler writes is one, and one it does not know (a later Bundler's, syft's BAD-SECTION) is skipped as Bundler skips it.
    const whole = `${lock}\nCHECKSUMS\n  rake (13.0.6)\n\nRUBY VERSION\n   ruby 3.3.0p0\n\nFUTURE SECTION\n  x\n\nBUNDLED WITH\n   2.5.17\n`;
    assert.deepEqual((await gemfileLockParser.parse(input(whole))).unknowns ?? [], []);
  });

  it('a line at a dependency\'s depth that is no "name (requirement)" is an unknown at its line, not an edge dropped unsaid', async () => {
    const lock = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.1.8)\n    rails (7.2.1)\n      rack (>= 2.2.4)\u0000\n      railties (= 7.2.1) x\n    railties (7.2.1)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rails\n';
    const result = await gemfileLockParser.parse(input(lock));
    assert.deepEqual(result.unknowns?.map((unknown) => [unknown.line, unknown.reason.replace(/^"(.*?)" .*$/, '$1')]), [[6, 'rack (>= 2.2.4) '], [7, 'railties (= 7.2.1) x']]);
    assert.match(result.unknowns?.[0]?.reason ?? '', /is not a dependency of rails \(Bundler writes "name" or "name \(requirement\)"\)/);
  });

  it('takes each gem\'s SHA-256 from the CHECKSUMS section (Bundler 2.5+), platform builds by their own name', async () => {
    // rubygems/rubygems' tool/bundler/release_gems.rb.lock, written by Bundler 2.5.17.
    const result = await parseFixture(gemfileLockParser, 'gemfile-checksums', 'Gemfile.lock');
    assert.equal(result.packages.length, 16);
    assert.ok(result.packages.every((pkg) => pkg.hashes.length === 1));
    assert.deepEqual(result.packages.find((pkg) => pkg.name === 'octokit')?.hashes, [{ algorithm: 'SHA256', hex: '7032d968d03177ee7a29e3bd4782fc078215cca4743db0dfc66a49feb9411907' }]);
    const lock = ['GEM', '  specs:', '    nokogiri (1.16.0)', '    nokogiri (1.16.0-x86_64-linux)', '', 'CHECKSUMS', `  nokogiri (1.16.0) sha256=${'a'.repeat(64)}`, `  nokogiri (1.16.0-x86_64-linux) sha256=${'b'.repeat(64)}`, '  broken (1.0) sha256=zz', ''].join('\r\n');
    const hashes = (await gemfileLockParser.parse(input(lock))).packages.map((pkg) => pkg.hashes[0]?.hex);
    assert.deepEqual(hashes, ['a'.repeat(64), 'b'.repeat(64)]);
  });

  it('gives a gem from a GEM source other than rubygems.org its repository_url (purl spec); one section of several remotes says none', async () => {
    const lock = [
      'GEM', '  remote: https://gems.corp.example/', '  specs:', '    secretgem (1.0.0)', '    nokogiri (1.16.0-x86_64-linux)', '',
      'GEM', '  remote: https://rubygems.org/', '  specs:', '    rake (13.0.0)', '',
      // Bundler 1's one GEM section of several remotes does not say which remote a gem came from.
      'GEM', '  remote: https://rubygems.org/', '  remote: https://gems.other.example/', '  specs:', '    ambiguous (2.0.0)', '',
      'PLATFORMS', '  x86_64-linux', '', 'DEPENDENCIES', '  secretgem', '  nokogiri', '  rake', '  ambiguous', '',
    ].join('\n');
    const corp = encodeURIComponent('https://gems.corp.example');
    assert.deepEqual(purlsOf(await gemfileLockParser.parse(input(lock))), [
      'pkg:gem/ambiguous@2.0.0',
      `pkg:gem/nokogiri@1.16.0?platform=x86_64-linux&repository_url=${corp}`,
      'pkg:gem/rake@13.0.0',
      `pkg:gem/secretgem@1.0.0?repository_url=${corp}`,
    ]);
  });

  it('a gem a spec or DEPENDENCIES names that no spec locks (a lockfile cut short or edited, which bundle install --frozen refuses) is an unknown at its line; bundler, which gems depend on and Bundler never locks, is not', async () => {
    const lock = ['GEM', '  remote: https://rubygems.org/', '  specs:', '    rails (7.1.0)', '      bundler (>= 1.15.0)', '      railties (= 7.1.0)', '', 'DEPENDENCIES', '  rails', '  rspec', ''].join('\n');
    const result = await gemfileLockParser.parse(input(lock));
    assert.deepEqual(result.unknowns?.map((unknown) => [unknown.line, unknown.reason]), [
      [6, 'rails 7.1.0 depends on railties, which no spec of the lockfile locks: it is cut short or was edited, and what it lacks is not listed (run bundle lock)'],
      [10, 'the Gemfile depends on rspec (DEPENDENCIES), which no spec of the lockfile locks: it is cut short or was edited, and what it lacks is not listed (run bundle lock)'],
    ]);
  });

  it('keeps platform-specific gems apart with a platform qualifier, and edges to each build', async () => {
    const lock = ['GEM', '  remote: https://rubygems.org/', '  specs:', '    nokogiri (1.16.0)', '    nokogiri (1.16.0-x86_64-linux)', '    rails-html (1.0.0)', '      nokogiri (~> 1.14)', ''].join('\n');
    const result = await gemfileLockParser.parse(input(lock));
    assert.deepEqual(purlsOf(result), ['pkg:gem/nokogiri@1.16.0', 'pkg:gem/nokogiri@1.16.0?platform=x86_64-linux', 'pkg:gem/rails-html@1.0.0']);
    assert.equal(dependsOnOf(result).length, 2);
  });

  it('reads a Gemfile built to make its regular expressions backtrack in linear time: blank lines before no gemspec, " #" runs cut by a CR, "gem" and spaces, a long group word', async () => {
    const lock = ['GEM', '  specs:', '    rake (13.0.0)', '', 'DEPENDENCIES', '  rake', ''].join('\n');
    const gemfile = (size: number): string =>
      ['\n'.repeat(size), `${' #'.repeat(size)}\r x`, `gem${' '.repeat(size)}x`, `group ${'a'.repeat(size)} do`, 'end', "gem 'rake' # group: :test\r", ''].join('\n');
    const parse = (text: string): Promise<unknown> => gemfileLockParser.parse({ ...input(lock), readSibling: (name) => Promise.resolve(name === 'Gemfile' ? Buffer.from(text) : undefined) });
    await assertLinear('Gemfile', gemfile, parse, 10_000);
    // The comment of a CRLF line is a comment: rake is in no group, so required.
    assert.deepEqual(Object.fromEntries([...gemfileGroups(gemfile(10))].map(([name, set]) => [name, [...set]])), { rake: ['default'] });
  });

  it('refuses a gem locked in more builds than there are platforms (each dependency on it is an edge to every build: quadratic edges), naming the line', async () => {
    const lock = (builds: number): string => ['GEM', '  specs:', ...Array.from({ length: builds }, (_, index) => `    a (1.0-p${index})\n      a`), ''].join('\n');
    await assert.rejects(gemfileLockParser.parse(input(lock(1000))), (error: unknown) => error instanceof SbomParseError && error.code === 'SBOM_PARSE_FAILED' && error.line === 2 * 64 + 3 && /more than 64 builds/.test(error.message));
    assert.equal((await gemfileLockParser.parse(input(lock(64)))).relationships.length, 64 * 63);
  });
});
