import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lockfilesTable } from '../../src/actions/sbom/main.js';
import { fixedClock } from '../../src/core/clock.js';
import { catalogDirectory } from '../../src/sbom/catalog.js';
import { SbomError, SbomParseError } from '../../src/sbom/errors.js';

import { generateSbom } from '../../src/sbom/index.js';
import { bunLockParser } from '../../src/sbom/parsers/javascript/bun.js';
import { npmPackageLockParser } from '../../src/sbom/parsers/javascript/npm.js';
import { pnpmLockParser } from '../../src/sbom/parsers/javascript/pnpm.js';
import { yarnLockParser } from '../../src/sbom/parsers/javascript/yarn.js';
import { summaryText } from '../../src/sbom/run.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { assertLinear } from '../support/scaling.js';
import { tempDir } from '../support/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sbom');
const parse = (parser: typeof yarnLockParser, path: string, text: string) => parser.parse({ path, content: Buffer.from(text), readSibling: async () => undefined, includeDev: true });

describe('damaged and unsupported JavaScript lockfiles say what is unknown', () => {
  it('a yarn.lock cut short: every dependency that resolves to nothing is an unknown with the entry and its line', async () => {
    const whole = readFileSync(join(FIXTURES, 'yarn-berry-peers', 'yarn.lock'), 'utf8');
    // Cut at the first entry boundary past 10% of the file, as a truncated download or merge would leave it.
    const cut = whole.slice(0, whole.indexOf('\n\n', Math.floor(whole.length / 10)) + 1);
    const result = await parse(yarnLockParser, 'yarn.lock', cut);
    assert.ok(result.packages.length > 0 && result.packages.length < 45);
    assert.ok((result.unknowns ?? []).length > 0);
    for (const unknown of result.unknowns ?? []) {
      assert.equal(unknown.path, 'yarn.lock');
      assert.ok(typeof unknown.line === 'number');
      assert.match(unknown.reason, /^".+" depends on ".+", which the lockfile does not list$/);
    }
    assert.deepEqual((await parse(yarnLockParser, 'yarn.lock', whole)).unknowns, []);
  });

  it('npm: an entry of packages that is not an object, or whose install path names no npm package, is an unknown, not dropped in silence', async () => {
    const lock = { name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0' }, 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': 5, 'node_modules/ bad name': { version: '1.0.0' } } };
    const result = await parse(npmPackageLockParser, 'package-lock.json', JSON.stringify(lock));
    assert.deepEqual(result.packages.map((pkg) => pkg.purl), ['pkg:npm/a@1.0.0']);
    assert.deepEqual(result.unknowns?.map((unknown) => unknown.reason), ['"node_modules/b": not an object', '"node_modules/ bad name": " bad name" is not an npm package name']);
  });

  it('npm: an installed package without a version (v3, v1) is an unknown, and a v1 entry that is not an object or names no package is not dropped in silence', async () => {
    const v3 = { name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0', dependencies: { 'left-pad': '^1.3.0' } }, 'node_modules/left-pad': { version: {} } } };
    const fromV3 = await parse(npmPackageLockParser, 'package-lock.json', JSON.stringify(v3));
    assert.deepEqual(fromV3.packages.map((pkg) => pkg.purl), ['pkg:npm/left-pad']);
    assert.deepEqual(fromV3.unknowns?.map((unknown) => unknown.reason), ['"node_modules/left-pad": "left-pad" has no version (the lockfile was cut short or edited): it is listed without one']);
    const v1 = { name: 'app', version: '1.0.0', lockfileVersion: 1, dependencies: { 'left-pad': { integrity: 'sha512-AAAA' }, 'is-odd': '3.0.1', 'is-even': { version: '1.0.0' } } };
    const fromV1 = await parse(npmPackageLockParser, 'package-lock.json', JSON.stringify(v1));
    assert.deepEqual(fromV1.packages.map((pkg) => pkg.purl).sort(), ['pkg:npm/is-even@1.0.0', 'pkg:npm/left-pad']);
    assert.deepEqual(fromV1.unknowns?.map((unknown) => unknown.reason).sort(), ['"node_modules/is-odd": not an object', '"node_modules/left-pad": "left-pad" has no version (the lockfile was cut short or edited): it is listed without one']);
  });

  it('pnpm and bun: a packages entry they cannot read, or that names no npm package, is an unknown, not dropped in silence', async () => {
    const pnpm = `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      a:\n        specifier: 1.0.0\n        version: 1.0.0\npackages:\n  a@1.0.0:\n    resolution: {integrity: sha512-AAAA}\n  nameless:\n    resolution: {integrity: sha512-AAAA}\n  ' bad@1.0.0':\n    resolution: {integrity: sha512-AAAA}\nsnapshots:\n  a@1.0.0: {}\n`;
    const fromPnpm = await parse(pnpmLockParser, 'pnpm-lock.yaml', pnpm);
    assert.deepEqual(fromPnpm.packages.map((pkg) => pkg.purl), ['pkg:npm/a@1.0.0']);
    assert.deepEqual(fromPnpm.unknowns?.map((unknown) => unknown.reason), ['"nameless": not a package key', '" bad@1.0.0": " bad" is not an npm package name']);
    const bun = JSON.stringify({ lockfileVersion: 1, workspaces: { '': { name: 'app', dependencies: { a: '1.0.0' } } }, packages: { a: ['a@1.0.0', '', {}, 'sha512-AAAA'], b: 5, c: [' c@1.0.0', '', {}, 'sha512-AAAA'] } });
    const fromBun = await parse(bunLockParser, 'bun.lock', bun);
    assert.deepEqual(fromBun.packages.map((pkg) => pkg.purl), ['pkg:npm/a@1.0.0']);
    assert.deepEqual(fromBun.unknowns?.map((unknown) => unknown.reason), ['"b": not an array naming a package', '"c": " c@1.0.0" names no npm package and version']);
  });

  it('npm: thousands of copies of one package, each for another os and cpu, are merged in linear time (each copy re-sorted every property so far: 16 s for 8,000)', async () => {
    const lockOf = (copies: number): string => {
      const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0' } };
      for (let index = 0; index < copies; index += 1) {
        packages[`node_modules/x${index}`] = { version: '1.0.0', dependencies: { a: '1.0.0' } };
        packages[`node_modules/x${index}/node_modules/a`] = { version: '1.0.0', os: [`o${index}`], cpu: [`c${index}`] };
      }
      return JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages });
    };
    await assertLinear('copies with properties', lockOf, (text) => parse(npmPackageLockParser, 'package-lock.json', text), 500);
    const properties = (await parse(npmPackageLockParser, 'package-lock.json', lockOf(3))).packages.find((pkg) => pkg.name === 'a')?.properties;
    assert.deepEqual(properties?.map((property) => property.value), [...[0, 1, 2].map((index) => `c${index}`), ...[0, 1, 2].map((index) => `o${index}`)]);
  });

  it('pnpm 9 without snapshots is incomplete, and --strict fails the run; the summary says so', async (t) => {
    const dir = await tempDir(t);
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0' }));
    await writeFile(join(dir, 'pnpm-lock.yaml'), `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      a:\n        specifier: ^1.0.0\n        version: 1.0.0\n\npackages:\n\n  a@1.0.0:\n    resolution: {integrity: sha512-AAAA}\n`);
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(catalog.unknowns.map((unknown) => unknown.reason), ['lockfileVersion 9 has "packages" but no "snapshots" section: the dependencies between packages are missing']);
    const result = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date(0)) });
    assert.match(summaryText(result), /1 unknown \(the SBOM is INCOMPLETE/);
    assert.match(summaryText(result), /pnpm-lock\.yaml \[pnpm-lock\]: 1 package, 1 edge, .*INCOMPLETE: 1 unknown/);
    await assert.rejects(generateSbom({ dir, cwd: dir, strict: true, clock: fixedClock(new Date(0)) }), (error) => error instanceof SbomError && error.code === 'SBOM_UNKNOWNS');
  });

  it('a pnpm snapshot that names a package the lockfile lacks is an unknown naming the snapshot', async () => {
    const text = `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      a:\n        specifier: ^1.0.0\n        version: 1.0.0\n\npackages:\n\n  a@1.0.0:\n    resolution: {integrity: sha512-AAAA}\n\nsnapshots:\n\n  a@1.0.0:\n    dependencies:\n      gone: 2.0.0\n`;
    assert.deepEqual((await parse(pnpmLockParser, 'pnpm-lock.yaml', text)).unknowns, [{ path: 'pnpm-lock.yaml', reason: '"a@1.0.0" depends on "gone@2.0.0", which the lockfile does not list' }]);
  });

  it('a pnpm importer dependency that packages does not list (a trimmed lockfile) is kept at its version, and an unknown says what is missing of it; a dev one left out says nothing', async () => {
    const text = `lockfileVersion: '5.4'\nimporters:\n  .:\n    specifiers:\n      a: ^1.0.0\n      b: ^2.0.0\n      d: ^3.0.0\n    dependencies:\n      a: 1.0.0\n      b: 2.0.0\n    devDependencies:\n      d: 3.0.0\npackages:\n  /a/1.0.0:\n    resolution: {integrity: sha512-AAAA}\n`;
    const prod = await pnpmLockParser.parse({ path: 'pnpm-lock.yaml', content: Buffer.from(text), readSibling: async () => undefined, includeDev: false });
    assert.deepEqual(prod.packages.map((pkg) => `${pkg.purl} ${pkg.scope}`).sort(), ['pkg:npm/a@1.0.0 required', 'pkg:npm/b@2.0.0 required', 'pkg:npm/d@3.0.0 dev']);
    assert.deepEqual(prod.unknowns, [{ path: 'pnpm-lock.yaml', reason: '"importers/." depends on "b@2.0.0", which "packages" does not list: it is listed at that version without its hashes or what it depends on' }]);
    const all = await parse(pnpmLockParser, 'pnpm-lock.yaml', text);
    assert.deepEqual(all.unknowns?.map((unknown) => unknown.reason.slice(0, 40)), ['"importers/." depends on "b@2.0.0", whic', '"importers/." depends on "d@3.0.0", whic']);
  });

  it('npm: a plain dependency no entry provides is an unknown; optional ones may be absent', async () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', dependencies: { a: '^1' }, optionalDependencies: { fsevents: '^2' } },
        'node_modules/a': { version: '1.0.0', dependencies: { gone: '^2' }, optionalDependencies: { 'also-gone': '^1' } },
      },
    };
    const result = await parse(npmPackageLockParser, 'package-lock.json', JSON.stringify(lock));
    assert.deepEqual(result.unknowns?.map((unknown) => unknown.reason), ['"node_modules/a" depends on "gone@^2", which the lockfile does not list']);
  });

  it('bun: a plain dependency no install key provides is an unknown naming the key', async () => {
    const lock = JSON.stringify({
      lockfileVersion: 1,
      workspaces: { '': { name: 'app', dependencies: { a: '^1' } } },
      packages: { a: ['a@1.0.0', '', { dependencies: { gone: '^2' }, optionalDependencies: { 'also-gone': '^1' } }, 'sha512-AAAA'] },
    });
    assert.deepEqual((await parse(bunLockParser, 'bun.lock', lock)).unknowns?.map((unknown) => unknown.reason), ['"a" depends on "gone@^2", which the lockfile does not list']);
  });

  it('thousands of unresolved references make a bounded list', async () => {
    const deps = Array.from({ length: 5000 }, (_, index) => `    gone${index} "^1"`).join('\n');
    const result = await parse(yarnLockParser, 'yarn.lock', `a@^1:\n  version "1.0.0"\n  dependencies:\n${deps}\n`);
    assert.equal(result.unknowns?.length, 101);
    assert.equal(result.unknowns?.at(-1)?.reason, '4900 more references the lockfile does not resolve');
    assert.equal(result.unknownCount, 5000);
  });

  it('lockfile versions the parsers were not written for are unsupported, not read by guess', async () => {
    const unsupported = async (parser: typeof yarnLockParser, path: string, text: string, message: RegExp): Promise<void> => {
      await assert.rejects(parse(parser, path, text), (error) => error instanceof SbomParseError && message.test(error.message));
    };
    await unsupported(npmPackageLockParser, 'package-lock.json', '{"lockfileVersion": 4, "packages": {}}', /lockfileVersion 4 is not one trust-kit reads/);
    await unsupported(pnpmLockParser, 'pnpm-lock.yaml', "lockfileVersion: '10.0'\n", /lockfileVersion "10.0" is not one trust-kit reads/);
    await unsupported(yarnLockParser, 'yarn.lock', '__metadata:\n  version: 99\n  cacheKey: 99z9\n', /yarn berry lockfile version "99" is not one trust-kit reads/);
    await unsupported(yarnLockParser, 'yarn.lock', '__metadata:\n  version: 8\n  cacheKey: 11z3\n', /yarn berry cache key "11z3" is not one trust-kit reads/);
    await unsupported(yarnLockParser, 'yarn.lock', '# yarn lockfile v2\n\na@^1:\n  version "1.0.0"\n', /yarn lockfile v2 is not a version trust-kit reads/);
  });
});

describe('hostile yarn peers', () => {
  it('a long chain of packages passing one peer on is resolved in bounded time, the rest an unknown', async () => {
    // berry: p0 <- p1 <- ... each depends on the next and has peer `x`, which nobody provides: every peer walk goes to the top.
    const count = 4000;
    const blocks = ['__metadata:\n  version: 8\n  cacheKey: 10c0\n'];
    for (let index = 0; index < count; index++) {
      const dependency = index + 1 < count ? `  dependencies:\n    p${index + 1}: "npm:1.0.0"\n` : '';
      blocks.push(`"p${index}@npm:1.0.0":\n  version: 1.0.0\n  resolution: "p${index}@npm:1.0.0"\n${dependency}  peerDependencies:\n    x: "*"\n  languageName: node\n  linkType: hard\n`);
    }
    const result = await yarnLockParser.parse({ path: 'yarn.lock', content: Buffer.from(blocks.join('\n')), readSibling: async () => undefined, includeDev: true });
    assert.equal(result.packages.length, count);
    assert.deepEqual(result.unknowns?.map((unknown) => unknown.reason), ['peer dependencies are passed on through too many dependents to resolve them all: some peer edges are missing']);
  });
});

describe('the sbom action\'s job summary', () => {
  it('marks a lockfile that parsed but lacks what it refers to as incomplete', async (t) => {
    const dir = await tempDir(t);
    await writeFile(join(dir, 'yarn.lock'), 'a@^1:\n  version "1.0.0"\n  dependencies:\n    gone "^2"\n');
    const { sbom, lockfiles } = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date(0)) });
    assert.match(lockfilesTable({ sbom, lockfiles, outputs: [], stale: [] }), /\| `yarn\.lock` \| yarn-lock \| 1 \| 0 \| 0% \| 0% \| incomplete: 1 unknown, first \(line 1\): "a@\^1" depends on "gone@\^2", which the lockfile does not list \|/);
  });
});

describe('what a lockfile says is quoted in errors and unknowns printable and bounded', () => {
  it('a version, a package name or a reference with terminal controls or 1 MB of text', async () => {
    const hostile = `${HOSTILE}${HUGE}`;
    for (const [parser, path, text] of [
      [npmPackageLockParser, 'package-lock.json', JSON.stringify({ lockfileVersion: hostile, packages: {} })],
      [pnpmLockParser, 'pnpm-lock.yaml', `lockfileVersion: '${hostile}'\n`],
      [yarnLockParser, 'yarn.lock', `# yarn lockfile v1\n\n"${hostile}@^1":\n  version "1.0.0"\n`],
    ] as const) {
      await assert.rejects(parse(parser, path, text), (error: { code?: string; message: string }) => {
        assert.equal(error.code, 'SBOM_PARSE_FAILED');
        assertShowable(error.message, `${path}:`);
        return true;
      });
    }
    const lock = { name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0', dependencies: { [hostile]: '^1' } } } };
    const result = await parse(npmPackageLockParser, 'package-lock.json', JSON.stringify(lock));
    assert.ok((result.unknowns ?? []).length > 0);
    for (const unknown of result.unknowns ?? []) assertShowable(unknown.reason, /^"\(the project\)" depends on "\\u001b\]0;owned\\u0007\\u009b2J\\u0085next/);
  });
});

describe('npm: the manifest is read while the lockfile is parsed', () => {
  it('a lockfile refused before its manifest was awaited leaves no failure of that read unhandled', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', note);
    try {
      const input = { path: 'package-lock.json', content: Buffer.from('{"lockfileVersion": 9}'), includeDev: false, readSibling: () => Promise.reject(new Error('the manifest cannot be read')) };
      await assert.rejects(npmPackageLockParser.parse(input), (error: unknown) => error instanceof SbomParseError && /lockfileVersion 9/.test(error.message));
      await new Promise((resolve) => setTimeout(resolve, 10));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', note);
    }
  });
});
