import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { fixedClock } from '../../src/core/clock.js';
import { isTrustKitError } from '../../src/core/errors.js';
import { adoptProcessEnvironment } from '../../src/secrets/environment.js';
import { catalogDirectory, findLockfiles } from '../../src/sbom/catalog.js';
import { encodeSbom, generateSbom } from '../../src/sbom/index.js';
import type { Package, ParseResult, Relationship } from '../../src/sbom/model.js';
import type { Parser } from '../../src/sbom/parser.js';
import { requirementsTxtParser } from '../../src/sbom/parsers/python/requirements-txt.js';
import { summaryText } from '../../src/sbom/run.js';
import { assertScaling } from '../support/scaling.js';
import { tempDir } from '../support/tmp.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sbom');

async function workspaceCopy(t: TestContext): Promise<string> {
  const dir = join(await tempDir(t), 'acme');
  await cp(join(FIXTURES, 'js-workspace'), dir, { recursive: true });
  return dir;
}

describe('catalog', () => {
  it('gives the parsers of one run one SharedWork, and each run its own: a file many requirements files include is read once a run', async (t) => {
    const dir = await tempDir(t);
    for (const sub of ['a', 'b']) {
      await mkdir(join(dir, sub));
      await writeFile(join(dir, sub, 'requirements.txt'), '-r ../common.txt\n');
    }
    await writeFile(join(dir, 'common.txt'), 'six==1.16.0\n');
    const seen: unknown[] = [];
    const recording: Parser = { ...requirementsTxtParser, parse: (input) => (seen.push(input.shared), requirementsTxtParser.parse(input)) };
    const first = await catalogDirectory({ dir, includeDev: false, parsers: [recording] });
    assert.deepEqual(first.packages.map((pkg) => [pkg.purl, pkg.locations]), [['pkg:pypi/six@1.16.0', [{ path: 'common.txt', line: 1 }]]]);
    await catalogDirectory({ dir, includeDev: false, parsers: [recording] });
    assert.equal(seen.length, 4);
    assert.ok(seen[0] !== undefined && seen[0] === seen[1], 'one SharedWork for the run');
    assert.ok(seen[2] === seen[3] && seen[2] !== seen[0], 'another for the next run');
  });

  it('the root depends on every gem DEPENDENCIES lists and every package composer.json requires, one another package needs too included; a dev one only with dev dependencies', async (t) => {
    const dir = await tempDir(t);
    await mkdir(join(dir, 'ruby'));
    await mkdir(join(dir, 'php'));
    // Bundler's form: rails needs rack, and the Gemfile asks for both.
    await writeFile(join(dir, 'ruby', 'Gemfile.lock'), 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.1.8)\n    rails (7.2.1)\n      rack (>= 2.2.4)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rack (~> 3.1)\n  rails (~> 7.2)\n\nBUNDLED WITH\n   2.5.16\n');
    const composerPackage = (name: string, require: Record<string, string> = {}): Record<string, unknown> => ({ name, version: '1.0.0', require });
    await writeFile(join(dir, 'php', 'composer.lock'), JSON.stringify({ packages: [composerPackage('acme/app-kit', { php: '>=8.1', 'psr/log': '^3' }), composerPackage('psr/log')], 'packages-dev': [composerPackage('phpunit/phpunit', { 'psr/log': '^3' })] }));
    await writeFile(join(dir, 'php', 'composer.json'), JSON.stringify({ require: { php: '>=8.1', 'acme/app-kit': '^1', 'PSR/Log': '^3' }, 'require-dev': { 'phpunit/phpunit': '^11' } }));
    const rootEdges = (catalog: { root: Package; relationships: Relationship[] }): string[] => catalog.relationships.filter((edge) => edge.from === catalog.root.purl && edge.type === 'depends-on').map((edge) => edge.to).sort();
    const kept = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(rootEdges(kept), ['pkg:composer/acme/app-kit@1.0.0', 'pkg:composer/psr/log@1.0.0', 'pkg:gem/rack@3.1.8', 'pkg:gem/rails@7.2.1']);
    const purls = new Set([kept.root.purl, ...kept.packages.map((pkg) => pkg.purl)]);
    assert.deepEqual(kept.relationships.filter((edge) => !purls.has(edge.to) || !purls.has(edge.from)), [], 'no edge to a package left out');
    const all = await catalogDirectory({ dir, includeDev: true });
    assert.deepEqual(rootEdges(all), ['pkg:composer/acme/app-kit@1.0.0', 'pkg:composer/phpunit/phpunit@1.0.0', 'pkg:composer/psr/log@1.0.0', 'pkg:gem/rack@3.1.8', 'pkg:gem/rails@7.2.1']);
    // Without composer.json, what nothing else needs is what the project depends on, as before.
    await rm(join(dir, 'php', 'composer.json'));
    assert.deepEqual(rootEdges(await catalogDirectory({ dir, includeDev: false })).filter((purl) => purl.startsWith('pkg:composer/')), ['pkg:composer/acme/app-kit@1.0.0']);
  });

  it('one package locked with two different digests (two lockfiles, or two copies in one) is an unknown naming both places, not merged into the first digest in silence', async (t) => {
    const dir = await tempDir(t);
    const digest = (byte: string): string => `sha512-${Buffer.alloc(64, byte).toString('base64')}`;
    const lock = (name: string, packages: Record<string, unknown>): string => JSON.stringify({ name, version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name, version: '1.0.0', dependencies: { lodash: '4.17.21' } }, ...packages } });
    const lodash = (byte: string): Record<string, string> => ({ version: '4.17.21', resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz', integrity: digest(byte) });
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    await writeFile(join(dir, 'a', 'package-lock.json'), lock('pa', { 'node_modules/lodash': lodash('a') }));
    await writeFile(join(dir, 'b', 'package-lock.json'), lock('pb', { 'node_modules/lodash': lodash('b') }));
    const across = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(across.unknowns.map((unknown) => [unknown.path, unknown.reason.replace(/ [0-9a-f]{16}\.\.\./g, ' H...')]), [['b/package-lock.json', 'pkg:npm/lodash@4.17.21 is locked here with SHA512 H..., another digest than in a/package-lock.json (node_modules/lodash), which the SBOM records: check which copy is the one installed']]);
    await rm(join(dir, 'a'), { recursive: true });
    await rm(join(dir, 'b'), { recursive: true });
    await writeFile(join(dir, 'package-lock.json'), lock('p', { 'node_modules/lodash': lodash('a'), 'node_modules/x': { version: '1.0.0', dependencies: { lodash: '4.17.21' } }, 'node_modules/x/node_modules/lodash': lodash('b') }));
    const within = await catalogDirectory({ dir, includeDev: false });
    assert.equal(within.unknowns.length, 1, JSON.stringify(within.unknowns));
    assert.match(within.unknowns[0]?.reason ?? '', /^"node_modules\/x\/node_modules\/lodash" locks pkg:npm\/lodash@4\.17\.21 with SHA512 [0-9a-f]{16}\.\.\., another digest than node_modules\/lodash/);
  });

  it('makes a directory it cannot list an unknown, with its path and the reason, never a complete-looking SBOM without the lockfiles in it; --strict fails on it', async (t) => {
    const dir = await tempDir(t);
    await cp(join(FIXTURES, 'npm-lock-v3', 'package-lock.json'), join(dir, 'package-lock.json'));
    // Directories of 200-character names, made one level at a time from the working directory (each mkdir relative),
    // past the longest path the system opens (PATH_MAX, 4,096 on Linux): listing that one fails with ENAMETOOLONG,
    // whoever runs the test.
    const name = 'd'.repeat(200);
    const lockfile = readFileSync(join(FIXTURES, 'npm-lock-v3', 'package-lock.json'));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      for (let level = 0; level < 25; level++) {
        mkdirSync(name);
        process.chdir(name);
      }
      writeFileSync('package-lock.json', lockfile);
      process.chdir(cwd);
      const catalog = await catalogDirectory({ dir, includeDev: false });
      assert.equal(catalog.unknowns.length, 1, JSON.stringify(catalog.unknowns.map((unknown) => unknown.reason)));
      const unknown = catalog.unknowns[0] ?? assert.fail('no unknown');
      assert.match(unknown.path, /^(d{200}\/)+d{200}$/);
      assert.ok(join(dir, unknown.path).length > 4095, 'the first directory past PATH_MAX');
      assert.match(unknown.reason, /^the directory could not be read \(ENAMETOOLONG\): the lockfiles in it, if any, are not cataloged$/);
      assert.deepEqual(catalog.lockfiles.map((lockfile) => lockfile.path), ['package-lock.json'], 'the rest is cataloged');
      const result = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date(0)) });
      const summary = summaryText(result);
      assert.match(summary, /1 unknown \(the SBOM is INCOMPLETE/);
      assert.ok(summary.includes(`  ${unknown.path}: UNKNOWN: the directory could not be read (ENAMETOOLONG)`), summary);
      await assert.rejects(generateSbom({ dir, cwd: dir, strict: true, clock: fixedClock(new Date(0)) }), (error) => isTrustKitError(error) && error.code === 'SBOM_UNKNOWNS' && /could not be read \(ENAMETOOLONG\)/.test(error.message));
    } finally {
      // Removed from the bottom up, one level at a time: the temporary directory's own removal cannot open paths that long.
      process.chdir(dir);
      let depth = 0;
      for (; existsSync(name); depth++) process.chdir(name);
      rmSync('package-lock.json', { force: true });
      for (; depth > 0; depth--) {
        process.chdir('..');
        rmdirSync(name);
      }
      process.chdir(cwd);
    }
  });

  it('makes a directory whose name is not UTF-8 an unknown (no SBOM can name it, nor can the catalog open it by the name Node gives), and catalogs one named with U+FFFD itself', { skip: process.platform !== 'linux' && 'only Linux file systems take names that are not UTF-8' }, async (t) => {
    const dir = await tempDir(t);
    const lockfile = readFileSync(join(FIXTURES, 'npm-lock-v3', 'package-lock.json'));
    const raw = Buffer.concat([Buffer.from(`${dir}/proj-`), Buffer.from([0xff, 0xfe])]);
    mkdirSync(raw);
    writeFileSync(Buffer.concat([raw, Buffer.from('/package-lock.json')]), lockfile);
    // The same character U+FFFD stands for, written in UTF-8: a name like any other.
    mkdirSync(join(dir, 'ok-\uFFFD'));
    writeFileSync(join(dir, 'ok-\uFFFD', 'package-lock.json'), lockfile);
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(catalog.lockfiles.map((entry) => entry.path), ['ok-\uFFFD/package-lock.json']);
    assert.deepEqual(catalog.unknowns.map((unknown) => unknown.path), ['proj-\uFFFD\uFFFD']);
    assert.match(catalog.unknowns[0]?.reason ?? '', /^the directory's name is not valid UTF-8 .*: the lockfiles in it, if any, are not cataloged; rename it in UTF-8$/);
  });

  it('finds lockfiles in subdirectories, never under node_modules, vendor or .git', async (t) => {
    const dir = await workspaceCopy(t);
    for (const skipped of ['node_modules/left-pad', 'vendor/github.com/x', '.git/modules/y']) {
      await mkdir(join(dir, skipped), { recursive: true });
      await writeFile(join(dir, skipped, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"node_modules/should-not-appear":{"version":"1.0.0"}}}');
    }
    assert.deepEqual((await findLockfiles(dir)).files.map((found) => [found.path, found.parser.name]), [
      ['package-lock.json', 'npm-package-lock'],
      ['tools/site/yarn.lock', 'yarn-lock'],
    ]);
    const catalog = await catalogDirectory({ dir, includeDev: true });
    assert.ok(!catalog.packages.some((pkg) => pkg.name === 'should-not-appear'));
  });

  it("catalogs a Django requirements/ layout: base, production and local files, their -r and -c includes, local's own packages as dev", async () => {
    const dir = join(FIXTURES, 'requirements-layout');
    assert.deepEqual((await findLockfiles(dir)).files.map((found) => found.path), ['requirements.txt', 'requirements/base.txt', 'requirements/local.txt', 'requirements/production.txt']);
    const shipped = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(shipped.packages.map((pkg) => `${pkg.name}@${pkg.version}`), [
      'argon2-cffi@23.1.0', 'celery@5.4.0', 'django-environ@0.11.2', 'django@5.0.6', 'gunicorn@22.0.0', 'pillow@10.3.0', 'psycopg@3.1.19', 'python-slugify@8.0.4', 'redis@5.0.4', 'sentry-sdk@2.3.1', 'whitenoise@6.6.0',
    ]);
    assert.deepEqual(shipped.unknowns, []);
    assert.deepEqual(shipped.packages.find((pkg) => pkg.name === 'psycopg')?.locations, [{ path: 'requirements/production.txt', line: 6 }]);
    const all = await catalogDirectory({ dir, includeDev: true });
    // Required by production.txt, so required, wherever else it is found.
    const psycopg = all.packages.find((pkg) => pkg.name === 'psycopg');
    assert.deepEqual([psycopg?.scope, psycopg?.locations], ['required', [{ path: 'requirements/local.txt', line: 5 }, { path: 'requirements/production.txt', line: 6 }]]);
    assert.deepEqual(all.packages.filter((pkg) => pkg.scope === 'dev').map((pkg) => pkg.name), ['ipdb', 'mypy', 'pytest', 'werkzeug']);
    assert.equal(all.packages.length, 15);
  });

  it('never reads a file outside the cataloged directory through a symbolic link: an included requirements file, a Gemfile, the package.json root; one inside the tree is read', async (t) => {
    const base = await tempDir(t);
    const dir = join(base, 'app');
    await mkdir(join(base, 'outside'), { recursive: true });
    await mkdir(join(dir, 'pins'), { recursive: true });
    await mkdir(join(dir, 'rb'), { recursive: true });
    await writeFile(join(base, 'outside', 'secret.txt'), 'leaked==1.0\n');
    await writeFile(join(base, 'outside', 'package.json'), '{"name":"leaked-root","version":"6.6.6"}');
    await writeFile(join(base, 'outside', 'Gemfile'), "group :test do\n  gem 'rake'\nend\n");
    await writeFile(join(dir, 'requirements.txt'), '-r extra.txt\n-r linked-dir/secret.txt\n-r inside.txt\nrequests==2.0\n');
    await symlink(join(base, 'outside', 'secret.txt'), join(dir, 'extra.txt'));
    await symlink(join(base, 'outside'), join(dir, 'linked-dir'));
    await writeFile(join(dir, 'pins', 'real.txt'), 'idna==3.10\n');
    await symlink(join('pins', 'real.txt'), join(dir, 'inside.txt'));
    await symlink(join(base, 'outside', 'package.json'), join(dir, 'package.json'));
    await writeFile(join(dir, 'rb', 'Gemfile.lock'), 'GEM\n  specs:\n    rake (13.0.0)\n\nDEPENDENCIES\n  rake\n');
    await symlink(join(base, 'outside', 'Gemfile'), join(dir, 'rb', 'Gemfile'));
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(catalog.packages.map((pkg) => pkg.purl), ['pkg:gem/rake@13.0.0', 'pkg:pypi/idna@3.10', 'pkg:pypi/requests@2.0']);
    assert.equal(catalog.root.name, 'app');
    // The includes that lead out are as missing as a file that is not there: unknowns at their lines.
    assert.deepEqual(catalog.unknowns.map((unknown) => [unknown.path, unknown.line]), [['requirements.txt', 1], ['requirements.txt', 2]]);
  });

  it('holds a few lockfiles in memory at a time, not every one of the tree at once (each may be 256 MiB)', async (t) => {
    const dir = await tempDir(t);
    for (let index = 0; index < 40; index += 1) await writeFile(join(dir, `${index}.lock`), 'x');
    let open = 0;
    let most = 0;
    const parser: Parser = {
      name: 'counting',
      matches: (name) => name.endsWith('.lock'),
      async parse() {
        open += 1;
        most = Math.max(most, open);
        await new Promise((resolve) => setTimeout(resolve, 5));
        open -= 1;
        return { packages: [], relationships: [] };
      },
    };
    const catalog = await catalogDirectory({ dir, includeDev: false, parsers: [parser] });
    assert.equal(catalog.lockfiles.length, 40);
    assert.ok(most <= 8, `${most} lockfiles parsed at once`);
  });

  it('never changes what a parser returned: packages merged, locations sorted, suppliers read from node_modules go into copies (y is found once)', async (t) => {
    const dir = await tempDir(t);
    for (const name of ['a.lock', 'b.lock']) await writeFile(join(dir, name), name);
    await mkdir(join(dir, 'node_modules', 'y'), { recursive: true });
    await writeFile(join(dir, 'node_modules', 'y', 'package.json'), JSON.stringify({ name: 'y', version: '1.0.0', author: 'Ada <ada@example.com>' }));
    const freeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) for (const field of Object.values(value)) freeze(field);
      return Object.freeze(value);
    };
    const returned: ParseResult[] = [];
    const parser: Parser = {
      name: 'frozen',
      matches: (name) => name.endsWith('.lock'),
      parse: async (input) => {
        const pkg = (name: string, entries: string[], scope: Package['scope'] = 'required'): Package => ({ purl: `pkg:npm/${name}@1.0.0`, ecosystem: 'npm', name, version: '1.0.0', hashes: [], locations: entries.map((entry) => ({ path: input.path, entry })), scope, properties: [{ name: 'trust-kit:npm:os', value: input.path }] });
        const result = freeze<ParseResult>({
          packages: [pkg('x', ['node_modules/z/node_modules/x', 'node_modules/x']), ...(input.path === 'a.lock' ? [pkg('y', ['node_modules/y'])] : []), pkg(`only-${input.path}`, ['node_modules/b', 'node_modules/a']), pkg('d', ['node_modules/d'], 'dev')],
          relationships: [{ from: 'pkg:npm/x@1.0.0', to: 'pkg:npm/y@1.0.0', type: 'depends-on' }],
        });
        returned.push(result);
        return result;
      },
    };
    // Frozen to the last field: a change to any throws (modules are strict).
    const catalog = await catalogDirectory({ dir, includeDev: false, parsers: [parser] });
    assert.equal(returned.length, 2);
    const byName = new Map(catalog.packages.map((pkg) => [pkg.name, pkg]));
    assert.deepEqual([...byName.keys()], ['only-a.lock', 'only-b.lock', 'x', 'y']);
    assert.deepEqual(byName.get('x')?.locations.map((location) => `${location.path} ${location.entry ?? ''}`), ['a.lock node_modules/x', 'a.lock node_modules/z/node_modules/x', 'b.lock node_modules/x', 'b.lock node_modules/z/node_modules/x']);
    assert.deepEqual(byName.get('only-a.lock')?.locations.map((location) => location.entry), ['node_modules/a', 'node_modules/b']);
    assert.deepEqual(byName.get('x')?.properties?.map((property) => property.value), ['a.lock', 'b.lock']);
    assert.equal(byName.get('y')?.supplier?.name, 'Ada');
  });

  it('counts each lockfile\'s dependency edges once, whether it repeats one or another lockfile listed it first, without self-edges, dev edges or ends left out', async (t) => {
    const dir = await tempDir(t);
    for (const name of ['a.lock', 'b.lock']) await writeFile(join(dir, name), name);
    const pkg = (name: string, scope: Package['scope'] = 'required'): Package => ({ purl: `pkg:npm/${name}@1.0.0`, ecosystem: 'npm', name, version: '1.0.0', hashes: [], locations: [{ path: 'x' }], scope });
    const edge = (from: string, to: string, type: Relationship['type'] = 'depends-on'): Relationship => ({ from: `pkg:npm/${from}@1.0.0`, to: `pkg:npm/${to}@1.0.0`, type });
    const parser: Parser = {
      name: 'edges',
      matches: (name) => name.endsWith('.lock'),
      parse: async (input) =>
        input.path === 'a.lock'
          ? { packages: [pkg('x'), pkg('y'), pkg('z'), pkg('d', 'dev')], relationships: [edge('x', 'y'), edge('x', 'y'), edge('x', 'x'), edge('x', 'z'), edge('y', 'z', 'dev-depends-on'), edge('x', 'd'), edge('x', 'gone')] }
          : { packages: [pkg('x'), pkg('y'), pkg('w')], relationships: [edge('x', 'y'), edge('x', 'y'), edge('w', 'x'), edge('x', 'z'), edge('w', 'w')] },
    };
    const catalog = await catalogDirectory({ dir, includeDev: false, parsers: [parser] });
    // a: x->y (twice), x->z; b: x->y (twice, a's first), w->x, x->z (a's first).
    assert.deepEqual(catalog.lockfiles.map((lockfile) => [lockfile.path, lockfile.edges]), [['a.lock', 2], ['b.lock', 3]]);
  });

  it('merges one package found in two lockfiles with 200,000 properties and locations each (a copy per platform) without running out of stack', async (t) => {
    const dir = await tempDir(t);
    for (const name of ['a.lock', 'b.lock']) await writeFile(join(dir, name), name);
    const parser: Parser = {
      name: 'many-properties',
      matches: (name) => name.endsWith('.lock'),
      parse: async (input) => ({
        packages: [{ purl: 'pkg:npm/x@1.0.0', ecosystem: 'npm', name: 'x', version: '1.0.0', hashes: [], locations: Array.from({ length: 200_000 }, (_, index) => ({ path: input.path, entry: `e${index}` })), scope: 'required', properties: Array.from({ length: 200_000 }, (_, index) => ({ name: 'trust-kit:os', value: `${input.path}-${index}` })) }],
        relationships: [],
      }),
    };
    const catalog = await catalogDirectory({ dir, includeDev: false, parsers: [parser] });
    assert.equal(catalog.packages.find((pkg) => pkg.name === 'x')?.properties?.length, 400_000);
  });

  it('merges one package found in many lockfiles, each with properties of its own, in time linear in them (each lockfile re-sorted every property so far)', async (t) => {
    const base = await tempDir(t);
    const dirOf = async (files: number): Promise<string> => {
      const dir = join(base, `d${files}`);
      await mkdir(dir);
      for (let index = 0; index < files; index += 1) await writeFile(join(dir, `${index}.lock`), String(index));
      return dir;
    };
    const parser: Parser = {
      name: 'properties',
      matches: (name) => name.endsWith('.lock'),
      parse: (input) => {
        const properties = Array.from({ length: 50 }, (_, index) => ({ name: 'p', value: `${input.content.toString()}-${index}` }));
        return Promise.resolve({ packages: [{ purl: 'pkg:generic/a@1', ecosystem: 'generic', name: 'a', version: '1', hashes: [], locations: [{ path: input.path }], scope: 'required', properties }], relationships: [] });
      },
    };
    const small = await dirOf(60);
    const big = await dirOf(600);
    await assertScaling('lockfiles with properties', (files) => (files === 60 ? small : big), (dir) => catalogDirectory({ dir, includeDev: false, parsers: [parser] }), { size: 60, maxRatio: 40 });
    const catalog = await catalogDirectory({ dir: small, includeDev: false, parsers: [parser] });
    assert.equal(catalog.packages[0]?.properties?.length, 60 * 50);
    assert.deepEqual(catalog.packages[0]?.properties?.slice(0, 2), [{ name: 'p', value: '0-0' }, { name: 'p', value: '0-1' }]);
  });

  it('reports a missing include of a file that several others include once, at the including line', async (t) => {
    const dir = join(await tempDir(t), 'site');
    await cp(join(FIXTURES, 'requirements-layout'), dir, { recursive: true });
    await writeFile(join(dir, 'requirements', 'base.txt'), '-r vendor-pins.txt\ndjango==5.0.6\n');
    const catalog = await catalogDirectory({ dir, includeDev: true });
    assert.deepEqual(catalog.unknowns.map((unknown) => [unknown.path, unknown.line, unknown.reason.split(':')[0]]), [['requirements/base.txt', 1, '-r vendor-pins.txt']]);
  });

  it('reads a requirements/ file that another names with -c as constraints only: its pins are not requirements of their own', async (t) => {
    const dir = join(await tempDir(t), 'site');
    await cp(join(FIXTURES, 'requirements-layout'), dir, { recursive: true });
    // The constraints of the fixture moved into requirements/ under a name that does not say "constraints".
    await writeFile(join(dir, 'requirements', 'pins.txt'), '# Versions CI tested together.\ncelery==5.4.0\nkombu==5.3.7\n');
    await writeFile(join(dir, 'requirements', 'base.txt'), '--constraint pins.txt\ndjango==5.0.6\ncelery\n');
    const catalog = await catalogDirectory({ dir, includeDev: true });
    assert.deepEqual(catalog.packages.filter((pkg) => ['celery', 'kombu'].includes(pkg.name)).map((pkg) => [`${pkg.name}@${pkg.version}`, pkg.locations]), [['celery@5.4.0', [{ path: 'requirements/base.txt', line: 3 }]]]);
    assert.ok(!catalog.lockfiles.some((lockfile) => lockfile.path === 'requirements/pins.txt'));
    // Named with -r by another file, the same file is requirements again, where that file reads it.
    await writeFile(join(dir, 'requirements', 'production.txt'), '-r base.txt\n-r pins.txt\n');
    const both = await catalogDirectory({ dir, includeDev: true });
    assert.deepEqual(both.packages.filter((pkg) => pkg.name === 'kombu').map((pkg) => pkg.locations), [[{ path: 'requirements/pins.txt', line: 3 }]]);
  });

  it('applies --exclude to the files a catalog starts from, never into what a cataloged file includes: one rule both ways', async (t) => {
    const dir = join(await tempDir(t), 'site');
    await mkdir(join(dir, 'tools'), { recursive: true });
    await mkdir(join(dir, 'legacy'), { recursive: true });
    // requirements.txt (cataloged) includes a file of an excluded directory: pip installs it, so it is listed.
    await writeFile(join(dir, 'requirements.txt'), '-r tools/requirements-extra.txt\ndjango==5.0.6\n');
    await writeFile(join(dir, 'tools', 'requirements-extra.txt'), 'six==1.16.0\n');
    // An excluded file includes a cataloged one: the excluded file's own packages are not listed, the included file's are (it is cataloged on its own).
    await writeFile(join(dir, 'legacy', 'requirements.txt'), '-r ../requirements-base.txt\nnose==1.3.7\n');
    await writeFile(join(dir, 'requirements-base.txt'), 'celery==5.4.0\n');
    const catalog = await catalogDirectory({ dir, includeDev: true, exclude: ['tools', 'legacy'] });
    assert.deepEqual(catalog.packages.map((pkg) => [pkg.name, pkg.locations.map((location) => location.path)]), [['celery', ['requirements-base.txt']], ['django', ['requirements.txt']], ['six', ['tools/requirements-extra.txt']]]);
    assert.deepEqual(catalog.lockfiles.map((lockfile) => lockfile.path), ['requirements-base.txt', 'requirements.txt']);
  });

  it('lets a parser list the directories a manifest glob names: a Cargo member under members = ["crates/*"] is read for its path dependencies', async () => {
    // Written by cargo generate-lockfile: crates/a has helper = { path = "../../../outside" }, outside the scanned tree.
    const catalog = await catalogDirectory({ dir: join(FIXTURES, 'cargo-glob-members', 'ws'), includeDev: false });
    const helper = 'pkg:cargo/helper@0.3.0?download_url=..%2Foutside';
    assert.deepEqual(catalog.packages.map((pkg) => pkg.purl), ['pkg:cargo/a@0.1.0', helper]);
    assert.deepEqual(catalog.relationships.filter((edge) => edge.type === 'contains').map((edge) => edge.to), ['pkg:cargo/a@0.1.0']);
    assert.ok(catalog.relationships.some((edge) => edge.type === 'depends-on' && edge.from === 'pkg:cargo/a@0.1.0' && edge.to === helper));
  });

  it("is one package for a path crate that is another lockfile's root: app's lib = { path = \"../lib\" } is lib's own root, not a second copy", async () => {
    // Written by cargo generate-lockfile in app/ and in lib/.
    const catalog = await catalogDirectory({ dir: join(FIXTURES, 'cargo-monorepo'), includeDev: false });
    assert.deepEqual(catalog.packages.map((pkg) => pkg.purl), ['pkg:cargo/app@0.1.0', 'pkg:cargo/lib@0.2.0']);
    assert.deepEqual(catalog.packages[1]?.locations.map((location) => location.path), ['app/Cargo.lock', 'lib/Cargo.lock']);
    assert.ok(catalog.relationships.some((edge) => edge.type === 'depends-on' && edge.from === 'pkg:cargo/app@0.1.0' && edge.to === 'pkg:cargo/lib@0.2.0'));
    assert.deepEqual(catalog.lockfiles.map((lockfile) => [lockfile.path, lockfile.packages, lockfile.edges]), [['app/Cargo.lock', 1, 1], ['lib/Cargo.lock', 0, 0]]);
  });

  it('finds that root beside a lockfile of another ecosystem in the same directory', async (t) => {
    const dir = join(await tempDir(t), 'mono');
    await cp(join(FIXTURES, 'cargo-monorepo'), dir, { recursive: true });
    // lib/ also holds an npm package, whose lockfile sorts after lib/Cargo.lock.
    await writeFile(join(dir, 'lib', 'package.json'), JSON.stringify({ name: 'lib-js', version: '1.0.0' }));
    await writeFile(join(dir, 'lib', 'package-lock.json'), JSON.stringify({ name: 'lib-js', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'lib-js', version: '1.0.0' } } }));
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(catalog.packages.map((pkg) => pkg.purl), ['pkg:cargo/app@0.1.0', 'pkg:cargo/lib@0.2.0', 'pkg:npm/lib-js@1.0.0']);
  });

  it('a package.json whose name makes no package URL ("@scope/") is not the root, as one that is not JSON is not: the SBOM is made, not an INTERNAL error', async (t) => {
    const dir = await tempDir(t);
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: '@scope/', version: '1.0.0' }));
    await writeFile(join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/a': { version: '1.0.0' } } }));
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(catalog.packages.map((pkg) => pkg.purl), ['pkg:npm/a@1.0.0']);
    assert.equal(catalog.root.purl, `pkg:generic/${basename(dir)}`);
  });

  it('a root named after the directory takes the name of its real path: the same directory reached through a link is the same root, byte for byte', async (t) => {
    const root = await tempDir(t);
    const dir = join(root, 'myproj');
    await mkdir(dir);
    await writeFile(join(dir, 'Cargo.lock'), 'version = 3\n\n[[package]]\nname = "serde"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n');
    await symlink('myproj', join(root, 'link'));
    const clock = fixedClock(new Date('2026-01-02T03:04:05Z'));
    const [direct, linked] = await Promise.all([dir, join(root, 'link')].map(async (at) => (await generateSbom({ dir: at, cwd: root, clock })).sbom));
    assert.equal(linked?.root.purl, 'pkg:generic/myproj');
    assert.equal(encodeSbom(linked!, 'spdx-json'), encodeSbom(direct!, 'spdx-json'));
  });

  it('merges by purl across copies and lockfiles, keeping every location; distinct versions stay distinct', async () => {
    const catalog = await catalogDirectory({ dir: join(FIXTURES, 'js-workspace'), includeDev: false });
    const ms = catalog.packages.filter((pkg) => pkg.name === 'ms');
    assert.deepEqual(ms.map((pkg) => pkg.version), ['2.0.0', '2.1.3']);
    assert.deepEqual(ms[0]?.locations, [
      { path: 'package-lock.json', entry: 'node_modules/legacy-lib/node_modules/ms' },
      { path: 'package-lock.json', entry: 'packages/app/node_modules/ms' },
    ]);
    assert.deepEqual(ms[1]?.locations, [{ path: 'package-lock.json', entry: 'node_modules/ms' }, { path: 'tools/site/yarn.lock', line: 10 }]);
    assert.equal(new Set(catalog.packages.map((pkg) => pkg.purl)).size, catalog.packages.length);
  });

  it('describes the root from its manifest; workspace members and nested projects are contained by it', async () => {
    const catalog = await catalogDirectory({ dir: join(FIXTURES, 'js-workspace'), includeDev: false });
    assert.equal(catalog.root.purl, 'pkg:npm/%40acme/monorepo@1.2.0');
    assert.deepEqual(
      catalog.relationships.filter((relationship) => relationship.type === 'contains').map((relationship) => relationship.to),
      ['pkg:npm/%40acme/app@0.3.0', 'pkg:npm/acme-site@0.0.1'],
    );
  });

  it('leaves dev dependencies out by default, keeps devOptional ones as optional (npm --omit=dev installs them), and keeps them all with includeDev', async () => {
    const without = await catalogDirectory({ dir: join(FIXTURES, 'js-workspace'), includeDev: false });
    const names = (catalog: typeof without): string[] => catalog.packages.map((pkg) => pkg.name);
    for (const dev of ['lru-cache', 'typescript']) assert.ok(!names(without).includes(dev), dev);
    assert.equal(without.packages.find((pkg) => pkg.name === 'yallist')?.scope, 'optional');
    assert.ok(!without.relationships.some((relationship) => relationship.to.includes('lru-cache')));
    const withDev = await catalogDirectory({ dir: join(FIXTURES, 'js-workspace'), includeDev: true });
    for (const dev of ['lru-cache', 'typescript']) assert.equal(withDev.packages.find((pkg) => pkg.name === dev)?.scope, 'dev', dev);
    for (const optional of ['fsevents', 'yallist']) assert.equal(withDev.packages.find((pkg) => pkg.name === optional)?.scope, 'optional', optional);
  });

  it('names the root after the directory when no manifest says what the project is', async (t) => {
    const dir = join(await tempDir(t), 'my-service');
    await cp(join(FIXTURES, 'yarn-v1'), dir, { recursive: true });
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual([catalog.root.purl, catalog.root.ecosystem, catalog.root.name], ['pkg:generic/my-service', 'generic', basename(dir)]);
  });

  it("contains a Cargo virtual workspace's members (a Cargo.toml without [package]) rather than depending on the ones nothing else uses", async (t) => {
    const dir = join(await tempDir(t), 'engine');
    await mkdir(dir);
    await writeFile(join(dir, 'Cargo.toml'), '[workspace]\nmembers = ["crates/*"]\n');
    const crate = (name: string, dependencies: string[], source?: string): string =>
      `[[package]]\nname = "${name}"\nversion = "0.1.0"\n${source === undefined ? '' : `source = "${source}"\nchecksum = "${'ab'.repeat(32)}"\n`}dependencies = [${dependencies.map((dep) => `"${dep}"`).join(', ')}]\n`;
    const lock = ['version = 4\n', crate('engine-cli', ['engine-core']), crate('engine-core', ['serde']), crate('serde', [], 'registry+https://github.com/rust-lang/crates.io-index')].join('\n');
    await writeFile(join(dir, 'Cargo.lock'), lock);
    const { sbom } = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date(0)) });
    const edges = (type: string): string[] => sbom.relationships.filter((edge) => edge.type === type).map((edge) => `${edge.from} -> ${edge.to}`);
    assert.deepEqual(edges('contains'), ['pkg:generic/engine -> pkg:cargo/engine-cli@0.1.0', 'pkg:generic/engine -> pkg:cargo/engine-core@0.1.0']);
    assert.deepEqual(edges('depends-on'), ['pkg:cargo/engine-cli@0.1.0 -> pkg:cargo/engine-core@0.1.0', 'pkg:cargo/engine-core@0.1.0 -> pkg:cargo/serde@0.1.0']);
    const spdx = encodeSbom(sbom, 'spdx-json');
    assert.deepEqual(spdxErrors(spdx), []);
    const relationships = (JSON.parse(spdx) as { relationships: { relationshipType: string }[] }).relationships;
    assert.equal(relationships.filter((relationship) => relationship.relationshipType === 'CONTAINS').length, 2);
    assert.deepEqual(await cycloneDxErrors(encodeSbom(sbom, 'cyclonedx-json')), []);
  });

  it('records a lockfile that does not parse as an Unknown with file, line and reason, and catalogs the rest', async (t) => {
    const dir = await workspaceCopy(t);
    await mkdir(join(dir, 'broken'));
    await writeFile(join(dir, 'broken', 'yarn.lock'), '# yarn lockfile v1\n\nleft-pad@^1.0.0:\n  version "1.3.0\n');
    await mkdir(join(dir, 'truncated'));
    await writeFile(join(dir, 'truncated', 'package-lock.json'), '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": {\n');
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(catalog.unknowns.map((unknown) => [unknown.path, unknown.line]), [
      ['broken/yarn.lock', 4],
      ['truncated/package-lock.json', 5],
    ]);
    assert.match(catalog.unknowns[0]?.reason ?? '', /quoted string/);
    assert.match(catalog.unknowns[1]?.reason ?? '', /not valid JSON/);
    assert.ok(catalog.packages.some((pkg) => pkg.name === 'debug'));
    assert.deepEqual(catalog.lockfiles.map((lockfile) => [lockfile.path, lockfile.unknowns]), [
      ['broken/yarn.lock', 1],
      ['package-lock.json', 0],
      ['tools/site/yarn.lock', 0],
      ['truncated/package-lock.json', 1],
    ]);

    // The documents still validate and carry the unknowns.
    const { sbom } = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date(0)) });
    const spdx = encodeSbom(sbom, 'spdx-json');
    assert.deepEqual(spdxErrors(spdx), []);
    assert.match(spdx, /broken\/yarn.lock:4: /);
    const cdx = encodeSbom(sbom, 'cyclonedx-json');
    assert.deepEqual(await cycloneDxErrors(cdx), []);
    assert.match(cdx, /"trust-kit:unknown"/);

    await assert.rejects(generateSbom({ dir, cwd: dir, strict: true, clock: fixedClock(new Date(0)) }), (error) => {
      assert.ok(isTrustKitError(error));
      assert.equal(error.code, 'SBOM_UNKNOWNS');
      assert.match(error.message, /broken\/yarn.lock:4/);
      return true;
    });
  });

  it('names the line of a JSON lockfile with a bad token, which V8 quotes without a position, in every ecosystem that writes one', async (t) => {
    const dir = await tempDir(t);
    const broken: [string, string][] = [
      ['composer/composer.lock', '{\n  "packages": [\n    {\n      "name": monolog\n    }\n  ]\n}\n'],
      ['pipenv/Pipfile.lock', '{\n  "_meta": {},\n  "default": {\n    "requests": {"version": "==2.32.3"},,\n  }\n}\n'],
      ['dotnet/packages.lock.json', '{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {\n      "Newtonsoft.Json": { "type": Direct }\n    }\n  }\n}\n'],
      ['bun/bun.lock', '{\n  "lockfileVersion": 1,\n  "packages": { "a": x }\n}\n'],
      ['npm/package-lock.json', '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": { "version": 1.0.0 }\n  }\n}\n'],
    ];
    for (const [path, text] of broken) {
      await mkdir(join(dir, dirname(path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(
      catalog.unknowns.map((unknown) => [unknown.path, unknown.line, /not valid JSON/.test(unknown.reason)]),
      [
        ['bun/bun.lock', 3, true],
        ['composer/composer.lock', 4, true],
        ['dotnet/packages.lock.json', 5, true],
        ['npm/package-lock.json', 4, true],
        ['pipenv/Pipfile.lock', 4, true],
      ],
    );
  });

  it('catalogs a project in a directory whose name begins with two dots (..lib/) as in lib/: its manifest and included files are read, not taken to be outside', async (t) => {
    const catalogIn = async (name: string): Promise<string> => {
      const dir = join(await tempDir(t), 'project');
      await cp(join(FIXTURES, 'js-workspace'), join(dir, name), { recursive: true });
      await writeFile(join(dir, name, 'requirements.txt'), '-r ..base.txt\n');
      await writeFile(join(dir, name, '..base.txt'), 'six==1.16.0\n');
      const catalog = await catalogDirectory({ dir, includeDev: true });
      return JSON.stringify(catalog).replaceAll(`"${name}/`, '"DIR/');
    };
    const dotted = await catalogIn('..lib');
    assert.match(dotted, /"path":"DIR\/\.\.base\.txt"/, 'the included file is read');
    assert.match(dotted, /"license":"Apache-2\.0"/, "the npm root's license, from its package.json, is read");
    assert.equal(dotted, await catalogIn('lib'));
  });

  it('fails with SBOM_DIRECTORY_UNREADABLE for a directory that does not exist', async (t) => {
    const dir = join(await tempDir(t), 'missing');
    await assert.rejects(catalogDirectory({ dir, includeDev: false }), (error) => isTrustKitError(error) && error.code === 'SBOM_DIRECTORY_UNREADABLE');
  });

  it('takes the timestamp from the last commit when no SOURCE_DATE_EPOCH clock is given', async (t) => {
    const dir = await workspaceCopy(t);
    const { execFileSync } = await import('node:child_process');
    const git = (...args: string[]): void => void execFileSync('git', ['-C', dir, ...args], { env: { ...process.env, GIT_AUTHOR_DATE: '2025-03-04T05:06:07Z', GIT_COMMITTER_DATE: '2025-03-04T05:06:07Z' } });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'x');
    const { sbom } = await generateSbom({ dir, cwd: dir });
    assert.equal(sbom.created.toISOString(), '2025-03-04T05:06:07.000Z');
  });

  it('in a work tree git cannot read (git missing, a broken repository, a checkout of another user) is SBOM_COMMIT_TIME_UNREADABLE with git\'s reason, never an SBOM dated now; a repository without commits is dated now', async (t) => {
    const dir = await workspaceCopy(t);
    const { execFileSync } = await import('node:child_process');
    const git = (...args: string[]): void => void execFileSync('git', ['-C', dir, ...args], { env: { ...process.env, GIT_AUTHOR_DATE: '2025-03-04T05:06:07Z', GIT_COMMITTER_DATE: '2025-03-04T05:06:07Z' } });
    git('init', '-q');
    t.after(() => adoptProcessEnvironment(undefined));
    // No commit yet: there is no time to take, as outside a work tree (in any locale the user has).
    adoptProcessEnvironment({ ...process.env, LC_ALL: 'de_DE.UTF-8', LANGUAGE: 'de' });
    const before = Date.now();
    assert.ok((await generateSbom({ dir, cwd: dir })).sbom.created.getTime() >= Math.floor(before / 1000) * 1000);
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'x');
    const unreadable = async (env: NodeJS.ProcessEnv, reason: RegExp, hint: RegExp): Promise<void> => {
      adoptProcessEnvironment(env);
      await assert.rejects(generateSbom({ dir, cwd: dir }), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'SBOM_COMMIT_TIME_UNREADABLE');
        assert.match(error.message, new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in a git repository, whose last commit dates the SBOM, and `));
        assert.match(error.message, reason);
        assert.match(error.hint ?? '', hint);
        return true;
      });
    };
    await unreadable({ ...process.env, PATH: join(dir, 'no-such-directory') }, /git is not installed \(or not on PATH\)$/, /SOURCE_DATE_EPOCH/);
    if (process.getuid?.() === 0) {
      // As in a container job, whose checkout another user owns: git refuses to read it.
      const { chown } = await import('node:fs/promises');
      const owned = async (uid: number): Promise<void> => {
        for (const path of [dir, join(dir, '.git')]) await chown(path, uid, uid);
      };
      await owned(12345);
      try {
        await unreadable(process.env, /git failed: fatal: detected dubious ownership in repository/, /safe\.directory/);
      } finally {
        await owned(0);
      }
    }
    await writeFile(join(dir, '.git', 'HEAD'), 'not a reference\n');
    await unreadable(process.env, /git failed: fatal: not a git repository/, /SOURCE_DATE_EPOCH/);
  });

  it('a lockfile that is not UTF-8 (corrupt bytes, or UTF-16 as PowerShell writes pip freeze) is an unknown at its first such line: its U+FFFD names were listed without a word', async (t) => {
    const dir = await tempDir(t);
    await mkdir(join(dir, 'js'));
    await writeFile(join(dir, 'js', 'package-lock.json'), Buffer.concat([Buffer.from('{"name":"a","version":"1.0.0","lockfileVersion":3,"packages":{\n"":{"name":"a","version":"1.0.0","dependencies":{"b":"1"}},\n"node_modules/b":{"version":"1.0.'), Buffer.from([0xff]), Buffer.from('"}}}\n')]));
    await mkdir(join(dir, 'py'));
    await writeFile(join(dir, 'py', 'requirements.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('requests==2.31.0\r\n', 'utf16le')]));
    const { sbom } = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date('2026-01-02T03:04:05Z')) });
    assert.deepEqual(sbom.unknowns.map(({ path, line, reason }) => ({ path, line, reason: reason.split(',')[0] })), [
      { path: 'js/package-lock.json', line: 3, reason: 'holds bytes that are not UTF-8' },
      { path: 'py/requirements.txt', line: 1, reason: 'UTF-16 text (it starts with a UTF-16 byte-order mark)' },
    ]);
    // A valid UTF-8 lockfile with U+FFFD of its own is no unknown.
    await rm(join(dir, 'py'), { recursive: true });
    await writeFile(join(dir, 'js', 'package-lock.json'), '{"name":"a","version":"1.0.0","lockfileVersion":3,"packages":{"":{"name":"a","version":"1.0.0","dependencies":{"b":"1"}},"node_modules/b":{"version":"1.0.0-\ufffd"}}}\n');
    assert.deepEqual((await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date('2026-01-02T03:04:05Z')) })).sbom.unknowns, []);
  });

  it('a HEAD in the cataloged directory that is a loop of links (a pull request may add one) is no repository there: the commit time still comes from the one above', async (t) => {
    const root = await tempDir(t);
    const dir = join(root, 'app');
    await cp(await workspaceCopy(t), dir, { recursive: true });
    await symlink('HEAD', join(dir, 'HEAD'));
    const { execFileSync } = await import('node:child_process');
    const git = (...args: string[]): void => void execFileSync('git', ['-C', root, ...args], { env: { ...process.env, GIT_AUTHOR_DATE: '2025-03-04T05:06:07Z', GIT_COMMITTER_DATE: '2025-03-04T05:06:07Z' } });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'x');
    // As an entry point does: a run given its environment looks for a repository before asking git.
    adoptProcessEnvironment(process.env);
    t.after(() => adoptProcessEnvironment(undefined));
    const { sbom } = await generateSbom({ dir, cwd: root });
    assert.equal(sbom.created.toISOString(), '2025-03-04T05:06:07.000Z');
  });

  it('a pull request\'s files that make git fetch a missing commit through a command (a bare repository\'s layout, or a .git file naming one, whose remote is ext:: or ssh with core.sshCommand) run nothing: git is allowed no transport', async (t) => {
    const root = await tempDir(t);
    const ran = join(root, 'ran');
    const payload = join(root, 'payload.sh');
    await writeFile(payload, `#!/bin/sh\necho ran >> '${ran}'\nexit 1\n`, { mode: 0o755 });
    const { execFileSync } = await import('node:child_process');
    execFileSync('git', ['-C', root, 'init', '-q']);
    execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'x']);
    /** A repository's layout whose HEAD names a commit it lacks, which git would fetch from `remote` (a partial clone's promisor). */
    const planted = async (at: string, remote: string, extra: string): Promise<void> => {
      await mkdir(join(at, 'objects', 'info'), { recursive: true });
      await mkdir(join(at, 'refs', 'heads'), { recursive: true });
      await writeFile(join(at, 'HEAD'), 'ref: refs/heads/main\n');
      await writeFile(join(at, 'refs', 'heads', 'main'), `${'1'.repeat(40)}\n`);
      await writeFile(join(at, 'config'), `[core]\n\trepositoryformatversion = 1\n\tbare = true\n${extra}[extensions]\n\tpartialClone = origin\n[remote "origin"]\n\turl = ${remote}\n\tpromisor = true\n[protocol "ext"]\n\tallow = always\n[protocol "ssh"]\n\tallow = always\n`);
    };
    adoptProcessEnvironment(process.env);
    t.after(() => adoptProcessEnvironment(undefined));
    // The bare layout in the cataloged directory itself.
    const bare = join(root, 'bare');
    await planted(bare, `ext::${payload}`, '');
    await writeFile(join(bare, 'package-lock.json'), '{"name":"app","version":"1.0.0","lockfileVersion":3,"packages":{"":{"name":"app","version":"1.0.0"}}}');
    await assert.rejects(generateSbom({ dir: bare, cwd: root }), { code: 'SBOM_COMMIT_TIME_UNREADABLE', message: /cannot use bare repository/ });
    // A .git file naming a layout elsewhere in the checkout, its remote through ssh with a command of its own.
    const app = join(root, 'app');
    await mkdir(app);
    await planted(join(root, 'evil'), 'ssh://example.invalid/x', `\tsshCommand = ${payload}\n`);
    await writeFile(join(app, '.git'), `gitdir: ${join(root, 'evil')}\n`);
    await writeFile(join(app, 'package-lock.json'), '{"name":"app","version":"1.0.0","lockfileVersion":3,"packages":{"":{"name":"app","version":"1.0.0"}}}');
    await assert.rejects(generateSbom({ dir: app, cwd: root }), { code: 'SBOM_COMMIT_TIME_UNREADABLE' });
    assert.equal(existsSync(ran), false, 'a command of the repository\'s config ran');
  });

  it('a last commit dated past 9999-12-31T23:59:59Z (a crafted commit) is SBOM_COMMIT_TIME_INVALID naming the directory, not an invalid document or an internal error', async (t) => {
    const dir = await workspaceCopy(t);
    const { execFileSync } = await import('node:child_process');
    const git = (args: string[], input?: string): string => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', ...(input === undefined ? {} : { input }) }).trim();
    git(['init', '-q']);
    const tree = git(['write-tree']);
    for (const seconds of ['253402300800', '99999999999999']) {
      git(['update-ref', 'HEAD', git(['hash-object', '-w', '-t', 'commit', '--stdin'], `tree ${tree}\nauthor t <t@example.com> ${seconds} +0000\ncommitter t <t@example.com> ${seconds} +0000\n\nfar\n`)]);
      await assert.rejects(generateSbom({ dir, cwd: dir }), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'SBOM_COMMIT_TIME_INVALID');
        assert.equal(error.message, `the last commit of ${dir} is dated "${seconds}" seconds after 1970-01-01T00:00:00Z, past 9999-12-31T23:59:59Z`);
        assert.match(error.hint ?? '', /SOURCE_DATE_EPOCH/);
        return true;
      });
    }
    git(['update-ref', 'HEAD', git(['hash-object', '-w', '-t', 'commit', '--stdin'], `tree ${tree}\nauthor t <t@example.com> 253402300799 +0000\ncommitter t <t@example.com> 253402300799 +0000\n\nlast\n`)]);
    assert.equal((await generateSbom({ dir, cwd: dir })).sbom.created.toISOString(), '9999-12-31T23:59:59.000Z');
  });

  it('takes the last commit\'s time, not the current time, when the user\'s git config shows signatures in every log (log.showSignature) and the commit is signed', async (t) => {
    const dir = await workspaceCopy(t);
    const { execFileSync } = await import('node:child_process');
    const git = (args: string[], input?: string): string => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', ...(input === undefined ? {} : { input }) }).trim();
    git(['init', '-q']);
    // A commit with an SSH signature header: git log --show-signature prints a verdict line ("No signature", "Good ...") on stdout before the format's.
    const tree = git(['write-tree']);
    const commit = git(['hash-object', '-w', '-t', 'commit', '--stdin'], `tree ${tree}\nauthor t <t@example.com> 1600000000 +0000\ncommitter t <t@example.com> 1600000000 +0000\ngpgsig -----BEGIN SSH SIGNATURE-----\n U1NIU0lH\n -----END SSH SIGNATURE-----\n\nsigned\n`);
    git(['update-ref', 'HEAD', commit]);
    // As a user's ~/.gitconfig would set it, through the environment git reads config from.
    const saved = { count: process.env['GIT_CONFIG_COUNT'], key: process.env['GIT_CONFIG_KEY_0'], value: process.env['GIT_CONFIG_VALUE_0'] };
    Object.assign(process.env, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'log.showSignature', GIT_CONFIG_VALUE_0: 'true' });
    t.after(() => {
      for (const [name, value] of [['GIT_CONFIG_COUNT', saved.count], ['GIT_CONFIG_KEY_0', saved.key], ['GIT_CONFIG_VALUE_0', saved.value]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    });
    assert.match(git(['log', '-1', '--format=%ct']), /\n1600000000$/, 'git prints the signature line this test is about');
    const { sbom } = await generateSbom({ dir, cwd: dir });
    assert.equal(sbom.created.toISOString(), '2020-09-13T12:26:40.000Z');
  });
});
