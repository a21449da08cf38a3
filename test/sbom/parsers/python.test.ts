import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isTrustKitError } from '../../../src/core/errors.js';
import type { ParseResult } from '../../../src/sbom/model.js';
import { SHARED_WORK_BYTES, sharedWork, type ParseInput } from '../../../src/sbom/parser.js';
import { ENVIRONMENT_MARKER } from '../../../src/sbom/parsers/python/markers.js';
import { pipfileLockParser } from '../../../src/sbom/parsers/python/pipfile-lock.js';
import { poetryLockParser } from '../../../src/sbom/parsers/python/poetry-lock.js';
import { requirementsTxtParser } from '../../../src/sbom/parsers/python/requirements-txt.js';
import { uvLockParser } from '../../../src/sbom/parsers/python/uv-lock.js';
import { assertLinear } from '../../support/scaling.js';
import { dependsOnOf, expectedDependsOn, expectedPurls, FIXTURES, parseFixture, purlsOf } from './lockfile-fixtures.js';

const run = promisify(execFile);

// gc() for the bounded-memory test of requirements files, which reads what the parser keeps after a full collection.
setFlagsFromString('--expose-gc');

function input(path: string, content: string, includeDev = false, siblings: Record<string, string> = {}): ParseInput {
  return {
    path,
    content: Buffer.from(content),
    includeDev,
    readSibling: (name) => Promise.resolve(siblings[name] === undefined ? undefined : Buffer.from(siblings[name])),
  };
}

const SHA = (digit: string): string => digit.repeat(64);

/**
 * syft's expected purls of a case, but for the packages locked from TestPyPI (a separate index,
 * where anyone can upload any name), which syft gives PyPI's plain purl and trust-kit the
 * `repository_url` the purl spec requires (docs/sbom.md, Compared with syft).
 */
async function expectedWithTestPypi(caseName: string, fromTestPypi: string): Promise<string[]> {
  const testPypi = `?repository_url=${encodeURIComponent('https://test.pypi.org/simple')}`;
  return (await expectedPurls(caseName)).map((purl) => (purl.startsWith(`pkg:pypi/${fromTestPypi}@`) ? `${purl}${testPypi}` : purl)).sort();
}

describe('poetry.lock parser', () => {
  it("matches syft's poetry-lock case when dev dependencies are included, added-value from TestPyPI with its repository_url", async () => {
    const result = await parseFixture(poetryLockParser, 'poetry-lock', 'poetry.lock', true);
    assert.deepEqual(purlsOf(result), await expectedWithTestPypi('poetry-lock', 'added-value'));
    assert.ok(result.packages.every((pkg) => pkg.scope === 'dev'));
    // The sdist's hash from [metadata.files] (wheels are one per platform, so they are not the package's hash).
    assert.deepEqual(result.packages.find((pkg) => pkg.name === 'added-value')?.hashes, [
      { algorithm: 'SHA256', hex: '8c886aee74635cec15beb64c28a90ae664526f331c1a4941e4d6ab98af232028' },
    ]);
  });

  it('leaves out category="dev" packages by default (deliberate difference: syft lists them, inconsistently with its own Pipfile and composer policy; ours treats every dev marker alike)', async () => {
    const result = await parseFixture(poetryLockParser, 'poetry-lock', 'poetry.lock');
    assert.deepEqual(purlsOf(result), []);
  });

  it('lock format 2.0 (poetry 1.5 to 1.8) records no category or groups: what only the dev group reaches is dev, as `poetry show --only main` says', async () => {
    // Written by poetry 1.8.5 (poetry lock) from the fixture's pyproject.toml: main idna, packaging and the
    // extra requests; group dev pytest, which also needs packaging. `poetry show --only main` lists the
    // first six below; `poetry show --only dev` lists pytest and what it pulls in.
    const main = ['certifi@2026.10.19.post1', 'charset-normalizer@3.5.3', 'idna@3.10', 'packaging@24.1', 'requests@2.32.3', 'urllib3@2.6.3'];
    const dev = ['colorama@0.4.6', 'exceptiongroup@1.3.2', 'iniconfig@2.1.0', 'pluggy@1.6.0', 'pytest@8.3.3', 'tomli@2.5.0', 'typing-extensions@4.16.0'];
    const result = await parseFixture(poetryLockParser, 'poetry-lock-2-0', 'poetry.lock');
    assert.deepEqual(purlsOf(result), main.map((pkg) => `pkg:pypi/${pkg}`));
    const scope = (name: string): string | undefined => result.packages.find((pkg) => pkg.name === name)?.scope;
    assert.deepEqual([scope('idna'), scope('packaging'), scope('requests'), scope('urllib3')], ['required', 'required', 'optional', 'optional']);
    const all = await parseFixture(poetryLockParser, 'poetry-lock-2-0', 'poetry.lock', true);
    assert.deepEqual(purlsOf(all), [...main, ...dev].map((pkg) => `pkg:pypi/${pkg}`).sort());
    assert.ok(dev.every((pkg) => all.packages.find((found) => found.purl === `pkg:pypi/${pkg}`)?.scope === 'dev'));
    // Without a pyproject.toml nothing says what is main: every package stays listed.
    const alone = await poetryLockParser.parse(input('poetry.lock', await readFile(join(FIXTURES, 'poetry-lock-2-0', 'poetry.lock'), 'utf8')));
    assert.equal(alone.packages.length, main.length + dev.length);
  });

  it('downloads url sources from their archive and git sources from the resolved commit; an index or a local path is no download location', async () => {
    const pkg = (name: string, source: string): string => `[[package]]\nname = "${name}"\nversion = "1.0.0"\n\n[package.source]\n${source}\n`;
    const lock = [
      pkg('from-url', 'type = "url"\nurl = "https://example.com/from-url-1.0.0.tar.gz"'),
      pkg('from-git', 'type = "git"\nurl = "https://github.com/acme/from-git.git"\nreference = "main"\nresolved_reference = "0123abcd"'),
      pkg('from-index', 'type = "legacy"\nurl = "https://pypi.acme.example/simple"\nreference = "acme"'),
      pkg('from-dir', 'type = "directory"\nurl = "../from-dir"'),
    ].join('\n');
    const result = await poetryLockParser.parse(input('poetry.lock', lock));
    const download = (name: string): string | undefined => result.packages.find((found) => found.name === name)?.downloadLocation;
    assert.equal(download('from-url'), 'https://example.com/from-url-1.0.0.tar.gz');
    assert.equal(download('from-git'), 'git+https://github.com/acme/from-git.git#0123abcd');
    assert.equal(download('from-index'), undefined);
    assert.equal(download('from-dir'), undefined);
  });

  it('reads lock format 2.1 groups, per-package files, edges and the root from pyproject.toml', async () => {
    const lock = [
      '[[package]]',
      'name = "Requests"',
      'version = "2.32.3"',
      'groups = ["main"]',
      `files = [{file = "requests-2.32.3.tar.gz", hash = "sha256:${SHA('a')}"}, {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${SHA('b')}"}]`,
      '[package.dependencies]',
      'idna = ">=2.5"',
      '',
      '[[package]]',
      'name = "idna"',
      'version = "3.10"',
      'groups = ["main", "dev"]',
      'files = []',
      '',
      '[[package]]',
      'name = "pytest"',
      'version = "8.0.0"',
      'groups = ["dev"]',
      'files = []',
      '',
      '[metadata]',
      'lock-version = "2.1"',
    ].join('\n');
    const pyproject = '[project]\nname = "My_App"\nversion = "1.0.0"\nlicense = { text = "Apache-2.0" }\n';
    const defaults = await poetryLockParser.parse(input('poetry.lock', lock, false, { 'pyproject.toml': pyproject }));
    assert.equal(defaults.root?.purl, 'pkg:pypi/my-app@1.0.0');
    assert.equal(defaults.root.license, 'Apache-2.0');
    assert.deepEqual(purlsOf(defaults), ['pkg:pypi/idna@3.10', 'pkg:pypi/requests@2.32.3']);
    assert.deepEqual(dependsOnOf(defaults), ['pkg:pypi/requests@2.32.3 -> pkg:pypi/idna@3.10']);
    assert.deepEqual(defaults.packages.find((pkg) => pkg.name === 'requests')?.hashes, [{ algorithm: 'SHA256', hex: SHA('a') }]);
    const withDev = await poetryLockParser.parse(input('poetry.lock', lock, true));
    assert.equal(withDev.packages.find((pkg) => pkg.name === 'pytest')?.scope, 'dev');
  });

  it('relates the project to its extras ([project.optional-dependencies]), as `poetry show --tree` lists them, with optional scope', async () => {
    // Written by poetry 2.5.1 (poetry lock) from the pyproject.toml below (hashes left out).
    const lock = [
      '[[package]]', 'name = "attrs"', 'version = "24.2.0"', 'optional = false', 'groups = ["main"]', '',
      '[[package]]', 'name = "pyyaml"', 'version = "6.0.2"', 'optional = true', 'groups = ["main"]', 'markers = "extra == \\"yaml\\""', '',
      '[extras]', 'yaml = ["pyyaml"]', '',
      '[metadata]', 'lock-version = "2.1"', 'python-versions = ">=3.10"', '',
    ].join('\n');
    const pyproject = '[project]\nname="app"\nversion="1.0.0"\nrequires-python=">=3.10"\ndependencies=["attrs==24.2.0"]\n[project.optional-dependencies]\nyaml=["pyyaml==6.0.2"]\n[tool.poetry]\npackage-mode=false\n';
    const result = await poetryLockParser.parse(input('poetry.lock', lock, false, { 'pyproject.toml': pyproject }));
    assert.deepEqual(dependsOnOf(result), ['pkg:pypi/app@1.0.0 -> pkg:pypi/attrs@24.2.0', 'pkg:pypi/app@1.0.0 -> pkg:pypi/pyyaml@6.0.2']);
    assert.equal(result.packages.find((pkg) => pkg.name === 'pyyaml')?.scope, 'optional');
  });

  it('refuses a name locked at more versions than markers could need (a dependency on it is an edge to each: quadratic edges), naming the line', async () => {
    const lock = (versions: number): string => Array.from({ length: versions }, (_, index) => `[[package]]\nname = "a"\nversion = "1.0.${index}"\n\n[package.dependencies]\na = "*"\n`).join('\n');
    await assert.rejects(poetryLockParser.parse(input('poetry.lock', lock(2000))), (error: unknown) => isTrustKitError(error) && error.code === 'SBOM_PARSE_FAILED' && (error as unknown as { line: number }).line === 64 * 7 + 1 && /more than 64 versions/.test(error.message));
    assert.equal((await poetryLockParser.parse(input('poetry.lock', lock(64)))).relationships.length, 64 * 63);
  });
});

describe('poetry.lock root edges', () => {
  it('the root depends on what pyproject.toml declares ([project] dependencies, poetry main dependencies; groups and dev-dependencies as dev edges)', async () => {
    const pkg = (name: string): string => `[[package]]\nname = "${name}"\nversion = "1.0.0"\nfiles = []\n`;
    const lock = [pkg('requests'), pkg('Typing_Extensions'), pkg('pytest'), pkg('black'), pkg('idna')].join('\n');
    const pyproject = [
      '[project]',
      'name = "app"',
      'version = "2.0.0"',
      'dependencies = ["Requests[socks] >=2.0 ; python_version >= \'3.8\'", "typing.extensions"]',
      '[tool.poetry.group.test.dependencies]',
      'pytest = "^8"',
      '[tool.poetry.dev-dependencies]',
      'black = "*"',
    ].join('\n');
    const result = await poetryLockParser.parse(input('poetry.lock', lock, true, { 'pyproject.toml': pyproject }));
    assert.deepEqual(dependsOnOf(result), ['pkg:pypi/app@2.0.0 -> pkg:pypi/requests@1.0.0', 'pkg:pypi/app@2.0.0 -> pkg:pypi/typing-extensions@1.0.0']);
    const dev = result.relationships.filter((edge) => edge.type === 'dev-depends-on').map((edge) => `${edge.from} -> ${edge.to}`).sort();
    assert.deepEqual(dev, ['pkg:pypi/app@2.0.0 -> pkg:pypi/black@1.0.0', 'pkg:pypi/app@2.0.0 -> pkg:pypi/pytest@1.0.0']);
  });
});

describe('uv.lock parser', () => {
  it("matches syft's uv-lock case: the project is the root, edges as syft asserts them", async () => {
    const result = await parseFixture(uvLockParser, 'uv-lock', 'uv.lock');
    // Deliberate difference: syft lists the project (testpkg) as a package; it is our described root.
    assert.equal(result.root?.purl, 'pkg:pypi/testpkg@0.1.0');
    assert.deepEqual([...purlsOf(result), result.root.purl].sort(), await expectedPurls('uv-lock'));
    assert.deepEqual(dependsOnOf(result), await expectedDependsOn('uv-lock'));
    assert.deepEqual(result.packages.find((pkg) => pkg.name === 'idna')?.hashes, [
      { algorithm: 'SHA256', hex: '12f65c9b470abda6dc35cf8e63cc574b1c52b11df2c86030af0ac09b01b13ea9' },
    ]);
  });

  it('gives dev scope to what only dependency groups reach, optional to what only extras reach', async () => {
    const lock = [
      'version = 1',
      '[[package]]',
      'name = "app"',
      'version = "1.0.0"',
      'source = { editable = "." }',
      'dependencies = [{ name = "shared" }, { name = "web", extra = ["fast"] }]',
      '[package.optional-dependencies]',
      'cli = [{ name = "click" }]',
      '[package.dev-dependencies]',
      'dev = [{ name = "pytest" }, { name = "shared" }]',
      '',
      '[[package]]',
      'name = "web"',
      'version = "2.0.0"',
      'source = { registry = "https://pypi.org/simple" }',
      '[package.optional-dependencies]',
      'fast = [{ name = "speedups" }]',
      '',
      '[[package]]',
      'name = "speedups"',
      'version = "1.0.0"',
      'source = { registry = "https://pypi.org/simple" }',
      '',
      '[[package]]',
      'name = "shared"',
      'version = "1.0.0"',
      'source = { registry = "https://pypi.org/simple" }',
      '',
      '[[package]]',
      'name = "click"',
      'version = "8.0.0"',
      'source = { registry = "https://pypi.org/simple" }',
      '',
      '[[package]]',
      'name = "pytest"',
      'version = "8.0.0"',
      'source = { registry = "https://pypi.org/simple" }',
      'dependencies = [{ name = "pluggy" }]',
      '',
      '[[package]]',
      'name = "pluggy"',
      'version = "1.0.0"',
      'source = { registry = "https://pypi.org/simple" }',
    ].join('\n');
    const withDev = await uvLockParser.parse(input('uv.lock', lock, true));
    const scopes = Object.fromEntries(withDev.packages.map((pkg) => [pkg.name, pkg.scope]));
    assert.deepEqual(scopes, { web: 'required', speedups: 'required', shared: 'required', click: 'optional', pytest: 'dev', pluggy: 'dev' });
    const defaults = await uvLockParser.parse(input('uv.lock', lock));
    assert.deepEqual(purlsOf(defaults), ['pkg:pypi/click@8.0.0', 'pkg:pypi/shared@1.0.0', 'pkg:pypi/speedups@1.0.0', 'pkg:pypi/web@2.0.0']);
    assert.ok(!dependsOnOf(defaults).some((edge) => edge.includes('pytest')));
  });

  it('writes a dev group\'s edge as a dev edge, also to a package that ships through another path: left out without dev, DEV_DEPENDENCY_OF with it (it was a runtime DEPENDS_ON either way)', async () => {
    const lock = [
      'version = 1',
      '',
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'source = { editable = "." }',
      'dependencies = [{ name = "requests" }]',
      '',
      '[package.dev-dependencies]',
      'dev = [{ name = "pytest" }, { name = "idna" }]',
      ...[['requests', '2.31.0', 'dependencies = [{ name = "idna" }]'], ['idna', '3.6'], ['pytest', '8.0.0']].flatMap(([name, version, ...rest]) => ['', '[[package]]', `name = "${name}"`, `version = "${version}"`, 'source = { registry = "https://pypi.org/simple" }', ...rest]),
    ].join('\n');
    const edges = (result: Awaited<ReturnType<typeof uvLockParser.parse>>): string[] => result.relationships.map((edge) => `${edge.from} ${edge.type} ${edge.to}`).sort();
    assert.deepEqual(edges(await uvLockParser.parse(input('uv.lock', lock))), ['pkg:pypi/app@0.1.0 depends-on pkg:pypi/requests@2.31.0', 'pkg:pypi/requests@2.31.0 depends-on pkg:pypi/idna@3.6']);
    assert.deepEqual(edges(await uvLockParser.parse(input('uv.lock', lock, true))), [
      'pkg:pypi/app@0.1.0 depends-on pkg:pypi/requests@2.31.0',
      'pkg:pypi/app@0.1.0 dev-depends-on pkg:pypi/idna@3.6',
      'pkg:pypi/app@0.1.0 dev-depends-on pkg:pypi/pytest@8.0.0',
      'pkg:pypi/requests@2.31.0 depends-on pkg:pypi/idna@3.6',
    ]);
  });

  it('reports a dependency no [[package]] is (a lock cut short or edited, which uv sync --locked refuses) as an unknown at its package\'s line, not dropped', async () => {
    const lock = ['version = 1', '', '[[package]]', 'name = "app"', 'version = "1.0.0"', 'source = { virtual = "." }', 'dependencies = [{ name = "ghost" }, { name = "six" }]', '', '[[package]]', 'name = "six"', 'version = "1.16.0"', 'source = { registry = "https://pypi.org/simple" }'].join('\n');
    const result = await uvLockParser.parse(input('uv.lock', lock));
    assert.deepEqual(result.unknowns, [{ path: 'uv.lock', line: 3, reason: 'app 1.0.0 depends on ghost, which no [[package]] of the lock is: it is cut short or was edited, and what it lacks is not listed (run uv lock)' }]);
    assert.deepEqual(purlsOf(result), ['pkg:pypi/six@1.16.0']);
  });
});

describe('uv.lock entries that are not what uv writes', () => {
  it('rejects a version that is not a string (uv writes version = "1.0", or none for a dynamic member) with its line', async () => {
    const lock = 'version = 1\n\n[[package]]\nname = "x"\nversion = 1\n';
    await assert.rejects(uvLockParser.parse(input('uv.lock', lock)), (error: unknown) => {
      assert.ok(isTrustKitError(error) && error.code === 'SBOM_PARSE_FAILED' && (error as { line?: number }).line === 3, String(error));
      return true;
    });
  });
});

describe('uv.lock references', () => {
  it('resolve a name locked at two versions by the version the reference gives', async () => {
    const lock = [
      'version = 1',
      '[[package]]',
      'name = "app"',
      'version = "1.0.0"',
      'source = { virtual = "." }',
      'dependencies = [{ name = "numpy", version = "2.0.0", source = { registry = "https://pypi.org/simple" } }, { name = "old" }]',
      '[[package]]',
      'name = "old"',
      'version = "1.0.0"',
      'source = { registry = "https://pypi.org/simple" }',
      'dependencies = [{ name = "numpy", version = "1.26.0" }]',
      '[[package]]',
      'name = "numpy"',
      'version = "1.26.0"',
      'source = { registry = "https://pypi.org/simple" }',
      '[[package]]',
      'name = "numpy"',
      'version = "2.0.0"',
      'source = { registry = "https://pypi.org/simple" }',
    ].join('\n');
    const result = await uvLockParser.parse(input('uv.lock', lock));
    assert.deepEqual(dependsOnOf(result), [
      'pkg:pypi/app@1.0.0 -> pkg:pypi/numpy@2.0.0',
      'pkg:pypi/app@1.0.0 -> pkg:pypi/old@1.0.0',
      'pkg:pypi/old@1.0.0 -> pkg:pypi/numpy@1.26.0',
    ]);
  });
});

describe('Pipfile.lock parser', () => {
  it("matches syft's pipfile-lock case: develop is left out by default, aiodns from TestPyPI with its repository_url", async () => {
    const result = await parseFixture(pipfileLockParser, 'pipfile-lock', 'Pipfile.lock');
    assert.deepEqual(purlsOf(result), await expectedWithTestPypi('pipfile-lock', 'aiodns'));
    // Two hashes (one per archive): none is the package's hash on its own.
    assert.ok(result.packages.every((pkg) => pkg.hashes.length === 0));
  });

  it('includes develop as dev scope with --include-dev (syft never lists it)', async () => {
    const result = await parseFixture(pipfileLockParser, 'pipfile-lock', 'Pipfile.lock', true);
    assert.deepEqual(purlsOf(result), [...(await expectedWithTestPypi('pipfile-lock', 'aiodns')), 'pkg:pypi/astroid@2.5.2', 'pkg:pypi/autopep8@1.5.6'].sort());
    assert.equal(result.packages.find((pkg) => pkg.name === 'astroid')?.scope, 'dev');
  });

  it('records an entry it cannot list as an unknown naming it, not silently: no pin (pipenv installs what ">=0" allows), not an object, a section that is not an object', async () => {
    const lock = JSON.stringify({ default: { evil: { version: '>=0' }, bad: 5, app: { editable: true, path: '.' }, ok: { version: '==1.0' } }, develop: [] });
    const result = await pipfileLockParser.parse(input('Pipfile.lock', lock, true));
    assert.deepEqual(purlsOf(result), ['pkg:pypi/ok@1.0']);
    assert.deepEqual(
      result.unknowns?.map((unknown) => [unknown.path, unknown.reason]),
      [
        ['Pipfile.lock', 'default.evil: no version pinned with == (">=0"), no git, file or path: pipenv installs what it allows, which the SBOM cannot name'],
        ['Pipfile.lock', 'default.bad: not an object'],
        ['Pipfile.lock', 'develop: not an object of packages'],
      ],
    );
  });

  it('lists at most 100 unknowns one by one and counts the rest in one more, as the JavaScript parsers do: 100,000 unpinned entries made a 4.5 MB SPDX', async () => {
    const lock = JSON.stringify({ default: { ...Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`p${index}`, { version: '*' }])), ok: { version: '==1.0' } } });
    const result = await pipfileLockParser.parse(input('Pipfile.lock', lock));
    assert.deepEqual(purlsOf(result), ['pkg:pypi/ok@1.0']);
    assert.equal(result.unknowns?.length, 101);
    assert.match(result.unknowns?.[0]?.reason ?? '', /^default\.p0: no version pinned/);
    assert.deepEqual(result.unknowns?.at(-1), { path: 'Pipfile.lock', reason: '99900 more unknowns of this file, not listed one by one' });
    assert.equal(result.unknownCount, 100_000);
  });

  it('lists a git entry at its ref and a file URL entry (pipenv pins both), skips the project\'s own editable path', async () => {
    // The shapes pipenv writes for `requests = {git = "...", ref = "..."}`, a file URL and `-e .`.
    const commit = '0e322af87745eff34caffe4df68456ebc20d9068';
    const lock = JSON.stringify({
      _meta: { hash: { sha256: SHA('a') } },
      default: {
        requests: { git: 'https://github.com/psf/requests.git', ref: commit },
        idna: { file: 'https://example.com/dist/idna-3.10-py3-none-any.whl', hashes: [`sha256:${SHA('b')}`] },
        app: { editable: true, path: '.' },
      },
      develop: {},
    });
    const result = await pipfileLockParser.parse(input('Pipfile.lock', lock));
    assert.deepEqual(purlsOf(result), [
      `pkg:pypi/idna@3.10?download_url=${encodeURIComponent('https://example.com/dist/idna-3.10-py3-none-any.whl')}`,
      `pkg:pypi/requests?vcs_url=${encodeURIComponent(`git+https://github.com/psf/requests.git@${commit}`)}`,
    ]);
    assert.equal(result.packages.find((pkg) => pkg.name === 'requests')?.downloadLocation, `git+https://github.com/psf/requests.git#${commit}`);
  });

  it('reports a file that is not JSON with its line', async () => {
    await assert.rejects(pipfileLockParser.parse(input('Pipfile.lock', '{\n"default": {\n}}}')), (error: unknown) => {
      assert.ok(isTrustKitError(error));
      assert.equal(error.code, 'SBOM_PARSE_FAILED');
      assert.equal((error as unknown as { line: number }).line, 3);
      return true;
    });
  });
});

describe('requirements.txt parser', () => {
  it('reads and parses a file many requirements files include once per catalog run: a -r common.txt in each of 64 files read it 64 times', async () => {
    const reads: string[] = [];
    const shared = sharedWork(SHARED_WORK_BYTES);
    const parseIn = (dir: string): Promise<ParseResult> =>
      requirementsTxtParser.parse({
        path: `${dir}/requirements.txt`,
        content: Buffer.from('-r ../common.txt\n-c ../common.txt\nidna\n'),
        includeDev: false,
        shared,
        readSibling: (name) => {
          reads.push(`${dir}/${name}`);
          return Promise.resolve(name === '../common.txt' ? Buffer.from('six==1.16.0\nidna==3.10\n') : undefined);
        },
      });
    const results = await Promise.all(['a', 'b', 'c'].map(parseIn));
    assert.deepEqual(reads, ['a/../common.txt']);
    for (const result of results) {
      assert.deepEqual(purlsOf(result), ['pkg:pypi/idna@3.10', 'pkg:pypi/six@1.16.0']);
      assert.deepEqual(result.packages.find((pkg) => pkg.name === 'six')?.locations, [{ path: 'common.txt', line: 1 }]);
    }
    // On its own (no run to share with), a file read both with -r and -c is read once too.
    reads.length = 0;
    await requirementsTxtParser.parse({ path: 'a/requirements.txt', content: Buffer.from('-r ../common.txt\n-c ../common.txt\n'), includeDev: false, readSibling: (name) => (reads.push(name), Promise.resolve(Buffer.from('six==1.16.0\n'))) });
    assert.deepEqual(reads, ['../common.txt']);
  });

  it('charges the run\'s shared store the memory an included file\'s text may hold, two bytes a character, not its bytes', async () => {
    const reads: string[] = [];
    const budget = 2 ** 20;
    const shared = sharedWork(budget);
    // Half the budget in bytes, as much as the budget in a string of two-byte characters: not kept.
    const common = `${'\n'.repeat(budget / 2)}six==1.16.0\n`;
    const parseIn = (dir: string): Promise<ParseResult> =>
      requirementsTxtParser.parse({
        path: `${dir}/requirements.txt`,
        content: Buffer.from('-r ../common.txt\n'),
        includeDev: false,
        shared,
        readSibling: (name) => (reads.push(`${dir}/${name}`), Promise.resolve(Buffer.from(common))),
      });
    for (const dir of ['a', 'b']) assert.deepEqual(purlsOf(await parseIn(dir)), ['pkg:pypi/six@1.16.0']);
    assert.deepEqual(reads, ['a/../common.txt', 'b/../common.txt']);
  });

  it('reads a file of millions of short lines in a few bytes of memory a byte: held as arrays of lines, a 64 MiB file of bare names took 4.7 GB', async () => {
    // Bare names (what a constraints file may pin, so their lines are kept until every file is read), then an include
    // at the end: when the parser asks for it, every line has been read, and what it keeps is measured after a collection.
    const half = 2 ** 20;
    const content = Buffer.from(`${'a\n'.repeat(half)}b\n${'a\n'.repeat(half)}-c constraints.txt\n`);
    const collect = runInNewContext('gc') as () => void;
    // The heap and what lies outside it: the text of a big file, and typed arrays.
    const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().external;
    collect();
    const before = used();
    let kept = 0;
    const result = await requirementsTxtParser.parse({
      path: 'requirements.txt',
      content,
      includeDev: false,
      readSibling: (name) => {
        collect();
        kept = used() - before;
        return Promise.resolve(name === 'constraints.txt' ? Buffer.from('b==2.0\n') : undefined);
      },
    });
    // The line the constraint read after it pins is found again, at its own line.
    assert.deepEqual(purlsOf(result), ['pkg:pypi/b@2.0']);
    assert.deepEqual(result.packages[0]?.locations, [{ path: 'requirements.txt', line: half + 1 }]);
    // The text (a byte a character) and 4 bytes for each line a constraint may pin: about 3 bytes a byte.
    assert.ok(kept / content.length < 6, `kept ${(kept / content.length).toFixed(1)} bytes of memory a byte of the file`);
  });

  it('makes a line pip refuses as an invalid requirement (name=version, name version, a trailing comma) an unknown at its line, and takes every PEP 508 form pip reads', async () => {
    const text = ['requests=2.31.0', 'urllib3 2.0.0', 'flask==3.0.0,', 'six==1.16.0', 'requests[security]>=2.0', 'idna ~= 3.4', 'attrs (>=1.0,<2)', 'foo ; python_version < "3.8"', 'bar>=1.0; sys_platform == "win32"', 'baz'].join('\n');
    const result = await requirementsTxtParser.parse(input('requirements.txt', `${text}\n`));
    assert.deepEqual(result.unknowns?.map((unknown) => [unknown.line, unknown.reason.split(':')[0]]), [
      [1, 'requests=2.31.0'],
      [2, 'urllib3 2.0.0'],
      [3, 'flask==3.0.0,'],
    ]);
    assert.match(result.unknowns?.[0]?.reason ?? '', /not a requirement pip reads/);
    assert.deepEqual(purlsOf(result), ['pkg:pypi/six@1.16.0']);
  });

  it('Pipfile.lock names that normalize alike (Foo_Bar, foo-bar) locked with two different digests are an unknown, as in every lockfile', async () => {
    const pin = (hash: string): Record<string, unknown> => ({ version: '==1.0.0', hashes: [`sha256:${hash.repeat(64)}`] });
    const result = await pipfileLockParser.parse(input('Pipfile.lock', JSON.stringify({ _meta: { sources: [] }, default: { Foo_Bar: pin('a'), 'foo-bar': pin('b') }, develop: {} })));
    assert.deepEqual(purlsOf(result), ['pkg:pypi/foo-bar@1.0.0']);
    assert.equal(result.unknowns?.length, 1);
    assert.match(result.unknowns?.[0]?.reason ?? '', /^pkg:pypi\/foo-bar@1\.0\.0 .*is locked here with SHA256 bbbbbbbbbbbbbbbb\.\.\., another digest than its first entry/);
  });

  it('splits lines where pip does (Python\'s splitlines): a requirement after a vertical tab, form feed, NEL or U+2028 behind a comment is listed, at pip\'s line', async () => {
    for (const separator of ['\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']) {
      const result = await requirementsTxtParser.parse(input('requirements.txt', `requests==2.31.0  # pinned${separator}evilpkg==6.6.6\n`));
      assert.deepEqual(purlsOf(result), ['pkg:pypi/evilpkg@6.6.6', 'pkg:pypi/requests@2.31.0'], JSON.stringify(separator));
      assert.deepEqual(result.packages.find((pkg) => pkg.name === 'evilpkg')?.locations, [{ path: 'requirements.txt', line: 2 }]);
    }
  });

  it('a line whose name pip refuses (_private, .hidden, quoted) or a direct reference to a source not cataloged is an unknown, never dropped unsaid', async () => {
    const text = ['six==1.16.0', '_private==1.0', '.hidden==2.0', '"quoted"==1.0', '}{ garbage', 'pkg @ svn+https://svn.example/pkg', 'idna==3.10'].join('\n');
    const result = await requirementsTxtParser.parse(input('requirements.txt', `${text}\n`));
    assert.deepEqual(purlsOf(result), ['pkg:pypi/idna@3.10', 'pkg:pypi/six@1.16.0']);
    assert.deepEqual(result.unknowns?.map((unknown) => unknown.line), [2, 3, 4, 5, 6]);
    assert.match(result.unknowns?.[0]?.reason ?? '', /^_private==1\.0: not a requirement pip reads/);
    assert.match(result.unknowns?.[4]?.reason ?? '', /^pkg @ svn\+https:\/\/svn\.example\/pkg: a direct reference to a source trust-kit does not catalog/);
  });

  it('lists at most 100 unknowns one by one, of the file and the files it includes, and counts the rest in one more', async () => {
    const bad = (count: number): string => Array.from({ length: count }, (_, index) => `https://example.com/p${index}.tar.gz`).join('\n');
    const result = await requirementsTxtParser.parse(input('requirements.txt', `-r more.txt\nidna==3.10\n${bad(60_000)}\n`, false, { 'more.txt': bad(60_000) }));
    assert.deepEqual(purlsOf(result), ['pkg:pypi/idna@3.10']);
    assert.equal(result.unknowns?.length, 101);
    assert.deepEqual([result.unknowns?.[0]?.path, result.unknowns?.[0]?.line], ['more.txt', 1]);
    assert.deepEqual(result.unknowns?.at(-1), { path: 'requirements.txt', reason: '119900 more unknowns of this file, not listed one by one' });
    assert.equal(result.unknownCount, 120_000);
  });

  it('reads at most 256 MiB of included files in all, as of one lockfile: a file naming many big ones held them all at once (each included file is kept until the end)', async () => {
    // One buffer, named five times: 650 MiB of includes that the test holds as 130.
    const big = Buffer.alloc(130 * 1024 * 1024, 'a');
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
    const result = await requirementsTxtParser.parse({
      path: 'requirements.txt',
      content: Buffer.from(`${names.map((name) => `-r ${name}`).join('\n')}\nidna==3.10\n`),
      includeDev: false,
      readSibling: (name) => Promise.resolve(names.includes(name) ? big : undefined),
    });
    assert.deepEqual(purlsOf(result), ['pkg:pypi/idna@3.10']);
    assert.deepEqual(result.unknowns?.map((unknown) => [unknown.line, unknown.reason.split(': ')[1]]), [2, 3, 4, 5].map((line) => [line, 'more than 256 MiB included in all, not read']));
  });

  it("matches syft's requirements-txt case: pins only, PEP 503 names, continuations, options skipped", async () => {
    const result = await parseFixture(requirementsTxtParser, 'requirements-txt', 'requirements.txt');
    assert.deepEqual(purlsOf(result), await expectedPurls('requirements-txt'));
    assert.deepEqual(result.packages.find((pkg) => pkg.version === '0.26.2')?.locations, [{ path: 'requirements-txt/requirements.txt', line: 17 }]);
    assert.equal(result.packages.find((pkg) => pkg.purl === 'pkg:pypi/friendly-bard@1.0.0')?.name, 'friendly-bard');
  });

  it('keeps a single --hash and treats development requirement files as dev scope', async () => {
    const text = `Django==5.0 \\\n    --hash=sha256:${SHA('c')}\n`;
    assert.deepEqual((await requirementsTxtParser.parse(input('requirements.txt', text))).packages[0]?.hashes, [{ algorithm: 'SHA256', hex: SHA('c') }]);
    assert.deepEqual(purlsOf(await requirementsTxtParser.parse(input('requirements-dev.txt', text))), []);
    assert.equal((await requirementsTxtParser.parse(input('requirements-dev.txt', text, true))).packages[0]?.scope, 'dev');
    assert.ok(requirementsTxtParser.matches('requirements-prod.txt') && requirementsTxtParser.matches('dev-requirements.txt') && !requirementsTxtParser.matches('requirements.in'));
  });

  it('follows -r and -c includes relative to the including file, each file once, listing what they hold where they hold it', async () => {
    const siblings = {
      'requirements/production.txt': '-rbase.txt\ngunicorn==22.0.0\n',
      'requirements/base.txt': '--constraint ../constraints.txt\ndjango==5.0.6\ncelery>=5  # pinned by the constraints\nredis\n--requirement=../requirements/common.txt\n',
      'requirements/common.txt': '-r base.txt\nsix==1.16.0\n',
      'constraints.txt': 'celery==5.4.0\nkombu==5.3.7\n',
    };
    const result = await requirementsTxtParser.parse(input('requirements.txt', '-r requirements/production.txt\n-r requirements/base.txt\n', false, siblings));
    assert.deepEqual(purlsOf(result), ['pkg:pypi/celery@5.4.0', 'pkg:pypi/django@5.0.6', 'pkg:pypi/gunicorn@22.0.0', 'pkg:pypi/six@1.16.0']);
    assert.deepEqual(result.packages.find((pkg) => pkg.name === 'celery')?.locations, [{ path: 'requirements/base.txt', line: 3 }]);
    assert.deepEqual(result.packages.find((pkg) => pkg.name === 'six')?.locations, [{ path: 'requirements/common.txt', line: 2 }]);
    // common.txt includes base.txt, which includes common.txt: a loop, each file read once; nothing is missing.
    assert.equal(result.unknowns, undefined);
    // What a development file includes is development too.
    const dev = await requirementsTxtParser.parse(input('requirements/dev.txt', '-r base.txt\npytest==8.2.1\n', true, { 'base.txt': 'django==5.0.6\n' }));
    assert.deepEqual(dev.packages.map((pkg) => [pkg.name, pkg.scope, pkg.locations[0]?.path]), [['django', 'dev', 'requirements/base.txt'], ['pytest', 'dev', 'requirements/dev.txt']]);
  });

  it('reads lines as pip does: CRLF and CR line ends, comments only after whitespace, continuations joined before comments are dropped', async () => {
    // A Windows checkout of a pyup-commented file: the comment still goes, the pin stays.
    const crlf = await requirementsTxtParser.parse(input('requirements.txt', 'Django==5.0.6  # pyup: < 5.1\r\ncelery==5.4.0\r\n'));
    assert.deepEqual(purlsOf(crlf), ['pkg:pypi/celery@5.4.0', 'pkg:pypi/django@5.0.6']);
    assert.deepEqual(purlsOf(await requirementsTxtParser.parse(input('requirements.txt', 'a==1.0\rb==2.0\r'))), ['pkg:pypi/a@1.0', 'pkg:pypi/b@2.0']);
    // pip joins a line ending in \\ before it drops comments: the comment swallows the next line, which pip never installs.
    const swallowed = await requirementsTxtParser.parse(input('requirements.txt', 'foo==1.0 # see the wiki \\\nbar==2.0\nbaz==3.0\n'));
    assert.deepEqual(purlsOf(swallowed), ['pkg:pypi/baz@3.0', 'pkg:pypi/foo@1.0']);
    assert.deepEqual(swallowed.packages.find((pkg) => pkg.name === 'baz')?.locations, [{ path: 'requirements.txt', line: 3 }]);
    // `#` right after a version is no comment to pip: it is part of the requirement, which pip refuses.
    const glued = await requirementsTxtParser.parse(input('requirements.txt', 'foo==1.0#pinned for py2\nbar==2.0\n'));
    assert.deepEqual([purlsOf(glued), glued.unknowns?.map((unknown) => [unknown.line, unknown.reason.split(':')[0]])], [['pkg:pypi/bar@2.0'], [[1, 'foo==1.0#pinned for py2']]]);
    // A comment line ends a continuation, as in pip.
    assert.deepEqual(purlsOf(await requirementsTxtParser.parse(input('requirements.txt', 'foo==1.0 \\\n  # hashes below are stale\nbar==2.0\n'))), ['pkg:pypi/bar@2.0', 'pkg:pypi/foo@1.0']);
  });

  it("reads -r and -c options as pip's option parser does: quoted paths, long option abbreviations, -r before -c on one line", async () => {
    const siblings = { 'my reqs.txt': 'six==1.16.0\n', 'pins.txt': 'celery==5.4.0\n', 'base.txt': 'django==5.0.6\n' };
    const read = async (text: string): Promise<string[]> => purlsOf(await requirementsTxtParser.parse(input('requirements.txt', `${text}\ncelery\n`, false, siblings)));
    assert.deepEqual(await read('-r "my reqs.txt"'), ['pkg:pypi/six@1.16.0']);
    assert.deepEqual(await read("--requirement='my reqs.txt'"), ['pkg:pypi/six@1.16.0']);
    assert.deepEqual(await read("-c 'pins.txt'"), ['pkg:pypi/celery@5.4.0']);
    assert.deepEqual(await read('--cons pins.txt'), ['pkg:pypi/celery@5.4.0']);
    assert.deepEqual(await read('--requirem=base.txt'), ['pkg:pypi/django@5.0.6']);
    assert.deepEqual(await read('-c pins.txt -r base.txt'), ['pkg:pypi/django@5.0.6']);
    // Ambiguous (--require-hashes too) or unsplittable: pip refuses the line; trust-kit says it read nothing there.
    for (const text of ['--require base.txt', '-r "base.txt']) {
      const result = await requirementsTxtParser.parse(input('requirements.txt', text, false, siblings));
      assert.deepEqual([purlsOf(result), result.unknowns?.map((unknown) => [unknown.line, unknown.reason.split(':')[0]])], [[], [[1, text]]], text);
    }
  });

  it('lists a bare URL requirement as pip names it: #egg= fragment, a wheel file name; one pip must build to name is an unknown', async () => {
    const text = [
      'git+https://github.com/psf/requests@v2.32.3#egg=requests',
      'https://files.example.com/packages/Django-5.0.6-py3-none-any.whl#sha256=' + 'a'.repeat(64),
      'https://files.example.com/packages/celery-5.4.0.tar.gz',
      '',
    ].join('\n');
    const result = await requirementsTxtParser.parse(input('requirements.txt', text));
    assert.deepEqual(purlsOf(result), [
      'pkg:pypi/django@5.0.6?download_url=https%3A%2F%2Ffiles.example.com%2Fpackages%2FDjango-5.0.6-py3-none-any.whl%23sha256%3D' + 'a'.repeat(64),
      'pkg:pypi/requests?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fpsf%2Frequests%40v2.32.3',
    ]);
    assert.deepEqual(result.unknowns?.map((unknown) => [unknown.line, unknown.reason.split(':')[0]]), [[3, 'https']]);
    // A URL is never a name a constraints file pins: its scheme's first word (`git`) once took the pin of a package so named in its place.
    const constrained = await requirementsTxtParser.parse(input('requirements.txt', 'git+https://github.com/psf/requests#egg=requests\n-c constraints.txt\n', false, { 'constraints.txt': 'git==1.0\n' }));
    assert.deepEqual(purlsOf(constrained), ['pkg:pypi/requests?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fpsf%2Frequests']);
    // A malformed percent escape (no purl can carry it) is a parse error naming the line, not a bare URIError from the file name's decoding.
    await assert.rejects(requirementsTxtParser.parse(input('requirements.txt', 'django @ https://x/django-%E0%A4%A.whl\n')), (error: unknown) => {
      assert.ok(isTrustKitError(error));
      assert.deepEqual([error.code, (error as unknown as { line: number }).line], ['SBOM_PARSE_FAILED', 1]);
      return true;
    });
  });

  it('records an include it cannot read (missing, outside the tree, a URL, too deep) as an unknown naming the including file and line, never a crash', async () => {
    const text = ['django==5.0.6', '-r missing.txt', '-c /etc/pip/constraints.txt', '-r https://example.com/requirements.txt', '-r ../../outside.txt', '-r ${HOME}/pins.txt', ''].join('\n');
    const result = await requirementsTxtParser.parse(input('app/requirements.txt', text));
    assert.deepEqual(purlsOf(result), ['pkg:pypi/django@5.0.6']);
    assert.deepEqual(
      result.unknowns?.map((unknown) => [unknown.path, unknown.line, unknown.reason.split(':')[0]]),
      [['app/requirements.txt', 2, '-r missing.txt'], ['app/requirements.txt', 3, '-c /etc/pip/constraints.txt'], ['app/requirements.txt', 4, '-r https'], ['app/requirements.txt', 5, '-r ../../outside.txt'], ['app/requirements.txt', 6, '-r ${HOME}/pins.txt']],
    );
    assert.match(result.unknowns?.[4]?.reason ?? '', /environment variable/);
    // A development file's missing include costs only development packages: an unknown when they are wanted.
    assert.equal((await requirementsTxtParser.parse(input('requirements/docs.txt', '-r typo.txt\nsphinx==7.3.7\n'))).unknowns, undefined);
    assert.equal((await requirementsTxtParser.parse(input('requirements/docs.txt', '-r typo.txt\nsphinx==7.3.7\n', true))).unknowns?.length, 1);
    // A chain of 40 files ends at the depth bound with an unknown; every file before it is read.
    const chain = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`r${index}.txt`, `-r r${index + 1}.txt\np${index}==1.0\n`]));
    const deep = await requirementsTxtParser.parse(input('requirements.txt', '-r r0.txt\n', false, chain));
    assert.equal(deep.packages.length, 16);
    assert.deepEqual(deep.unknowns?.map((unknown) => [unknown.path, unknown.line]), [['r15.txt', 1]]);
  });

  it("gives a requirements file in a directory named for development dev scope: Read the Docs' docs/requirements.txt", async () => {
    const text = 'sphinx==7.3.7\n';
    assert.equal((await requirementsTxtParser.parse(input('docs/requirements.txt', text, true))).packages[0]?.scope, 'dev');
    assert.equal((await requirementsTxtParser.parse(input('ci/requirements.txt', text, true))).packages[0]?.scope, 'dev');
    assert.equal((await requirementsTxtParser.parse(input('services/api/requirements.txt', text, true))).packages[0]?.scope, 'required');
    assert.equal((await requirementsTxtParser.parse(input('requirements/base.txt', text, true))).packages[0]?.scope, 'required');
  });

  it('is found in a requirements/ directory by any .txt name but constraints files', () => {
    assert.ok(requirementsTxtParser.matches('base.txt', 'requirements/base.txt') && requirementsTxtParser.matches('production.txt', 'src/app/requirements/production.txt'));
    assert.ok(!requirementsTxtParser.matches('constraints.txt', 'requirements/constraints.txt') && !requirementsTxtParser.matches('base.txt', 'docs/base.txt') && !requirementsTxtParser.matches('base.in', 'requirements/base.in'));
  });

  it('reads a line of 100,000 spaces between a name and junk in linear time (two adjacent \\s* once backtracked quadratically: seconds per line)', async () => {
    const text = (spaces: number): string => `a${' '.repeat(spaces)}x\nb [extra]${' '.repeat(spaces)}x\nc[x] == 1.0\nd [x] @ https://example.com/d-2.0.tar.gz\n`;
    await assertLinear('requirements.txt', text, (content) => requirementsTxtParser.parse(input('requirements.txt', content)), 10_000);
    const result = await requirementsTxtParser.parse(input('requirements.txt', text(100_000)));
    assert.deepEqual(purlsOf(result), [`pkg:pypi/c@1.0`, `pkg:pypi/d@2.0?download_url=${encodeURIComponent('https://example.com/d-2.0.tar.gz')}`]);
  });

  it('lists a direct reference (name @ URL), as uv pip compile writes it for a URL dependency: the wheel name gives the version, the URL qualifies the purl', async () => {
    // Written by uv 0.13.9 (uv pip compile pyproject.toml --generate-hashes) from the fixture's pyproject.toml.
    const result = await parseFixture(requirementsTxtParser, 'requirements-direct', 'requirements.txt');
    const url = 'https://files.pythonhosted.org/packages/76/c6/c88e154df9c4e1a2a66ccf0005a88dfb2650c1dffb6f5ce603dfbd452ce3/idna-3.10-py3-none-any.whl';
    assert.deepEqual(purlsOf(result), [`pkg:pypi/idna@3.10?download_url=${encodeURIComponent(url)}`, 'pkg:pypi/typing-extensions@4.12.2']);
    const idna = result.packages.find((pkg) => pkg.name === 'idna');
    assert.equal(idna?.downloadLocation, url);
    assert.deepEqual(idna?.hashes, [{ algorithm: 'SHA256', hex: '946d195a0d259cbba61165e88e65941f16e9b36ea6ddb97f00452bae8b1287d3' }]);
    assert.deepEqual(idna?.locations, [{ path: 'requirements-direct/requirements.txt', line: 3 }]);
  });

  it('lists what pip freeze writes for a package installed from a folder or a wheel file (name @ file:URL) with the path as download_url, not dropped', async () => {
    // Written by pip 23.2.1 (pip freeze) in two environments: one installed from the project folder, one from its wheel.
    const result = await parseFixture(requirementsTxtParser, 'requirements-freeze', 'requirements.txt');
    const wheel = 'file:///tmp/sbomjvm-local/dist/local_pkg-0.3.0-py3-none-any.whl';
    assert.deepEqual(purlsOf(result), [
      'pkg:pypi/idna@3.10',
      `pkg:pypi/local-pkg?download_url=${encodeURIComponent('file:///tmp/sbomjvm-local/localpkg')}`,
      `pkg:pypi/local-pkg@0.3.0?download_url=${encodeURIComponent(wheel)}`,
    ]);
    const fromWheel = result.packages.find((pkg) => pkg.version === '0.3.0');
    assert.deepEqual(fromWheel?.hashes, [{ algorithm: 'SHA256', hex: 'fb0a07a509f11b8086b85f71f98a84b141c98ff869ec42acac0c5cbd92614685' }]);
    // A path on the machine that wrote the file is nowhere to download from.
    assert.equal(fromWheel?.downloadLocation, undefined);
  });

  it('lists a git direct reference at its commit (no version: the URL names none), and an sdist URL by its file name', async () => {
    const text = [
      'six @ git+https://github.com/benjaminp/six@65486e4383f9f411da95937451205d3c7b61b9e1',
      'Flask_Cors @ https://example.com/dist/flask_cors-4.0.1.tar.gz ; python_version >= "3.8"',
      'odd @ https://example.com/download?id=1',
      '',
    ].join('\n');
    const purls = purlsOf(await requirementsTxtParser.parse(input('requirements.txt', text)));
    assert.deepEqual(purls, [
      `pkg:pypi/flask-cors@4.0.1?download_url=${encodeURIComponent('https://example.com/dist/flask_cors-4.0.1.tar.gz')}`,
      `pkg:pypi/odd?download_url=${encodeURIComponent('https://example.com/download?id=1')}`,
      `pkg:pypi/six?vcs_url=${encodeURIComponent('git+https://github.com/benjaminp/six@65486e4383f9f411da95937451205d3c7b61b9e1')}`,
    ]);
  });
});

describe('Python sources: packages from outside the package index', () => {
  const IDNA_URL = 'https://files.pythonhosted.org/packages/76/c6/c88e154df9c4e1a2a66ccf0005a88dfb2650c1dffb6f5ce603dfbd452ce3/idna-3.10-py3-none-any.whl';
  const IDNA_PURL = `pkg:pypi/idna@3.10?download_url=${encodeURIComponent(IDNA_URL)}`;
  const LOCAL_PURL = 'pkg:pypi/local-lib@0.3.0?download_url=libs%2FLocal_Lib';

  it('uv: a url source is a download_url, a directory source its path (never the PyPI package of that name); a registry package stays plain', async () => {
    // Written by uv 0.13.9 (uv lock) from the fixture's pyproject.toml.
    const result = await parseFixture(uvLockParser, 'uv-sources', 'uv.lock');
    assert.deepEqual(purlsOf(result), [IDNA_PURL, LOCAL_PURL, 'pkg:pypi/typing-extensions@4.12.2'].sort());
    assert.equal(result.packages.find((pkg) => pkg.name === 'idna')?.downloadLocation, IDNA_URL);
    assert.equal(result.packages.find((pkg) => pkg.name === 'local-lib')?.downloadLocation, undefined);
    assert.deepEqual(dependsOnOf(result), [IDNA_PURL, LOCAL_PURL, 'pkg:pypi/typing-extensions@4.12.2'].map((purl) => `pkg:pypi/app@0.1.0 -> ${purl}`).sort());
  });

  it('uv: a package from an index without a version is an unknown at its line; a local one with a dynamic version is not', async () => {
    const lock = ['version = 1', '', '[[package]]', 'name = "app"', 'version = "0.1.0"', 'source = { editable = "." }', 'dependencies = [{ name = "idna" }, { name = "tool" }]', '', '[[package]]', 'name = "idna"', 'source = { registry = "https://pypi.org/simple" }', '', '[[package]]', 'name = "tool"', 'source = { directory = "tools/tool" }', ''].join('\n');
    const result = await uvLockParser.parse(input('uv.lock', lock));
    assert.deepEqual(result.unknowns, [{ path: 'uv.lock', line: 9, reason: 'idna has no version (the lock was cut short or edited): it is listed without one (run uv lock)' }]);
  });

  it('uv: an editable path dependency is a local package at its path, not a workspace member; [manifest] members are', async () => {
    // Written by uv 0.13.9 (uv lock): a vendored six installed editable, and a workspace member of the project.
    const lock = [
      'version = 1',
      'revision = 5',
      'requires-python = ">=3.10"',
      '',
      '[manifest]',
      'members = [',
      '    "app",',
      '    "lib",',
      ']',
      '',
      '[[package]]',
      'name = "app"',
      'version = "1.0.0"',
      'source = { editable = "." }',
      'dependencies = [',
      '    { name = "lib" },',
      '    { name = "six" },',
      ']',
      '',
      '[[package]]',
      'name = "lib"',
      'version = "0.2.0"',
      'source = { editable = "packages/lib" }',
      '',
      '[[package]]',
      'name = "six"',
      'version = "1.16.0"',
      'source = { editable = "vendor/six" }',
      '',
    ].join('\n');
    const result = await uvLockParser.parse(input('uv.lock', lock));
    const six = 'pkg:pypi/six@1.16.0?download_url=vendor%2Fsix';
    assert.deepEqual(purlsOf(result), ['pkg:pypi/lib@0.2.0', six]);
    const edges = result.relationships.map((edge) => `${edge.from} ${edge.type} ${edge.to}`).sort();
    assert.deepEqual(edges, ['pkg:pypi/app@1.0.0 contains pkg:pypi/lib@0.2.0', 'pkg:pypi/app@1.0.0 depends-on pkg:pypi/lib@0.2.0', `pkg:pypi/app@1.0.0 depends-on ${six}`]);
    // Without [manifest], the project locked from `.` is the only member.
    const alone = await uvLockParser.parse(input('uv.lock', lock.replace(/\[manifest\][\s\S]*?\]\n/, '')));
    assert.ok(purlsOf(alone).includes('pkg:pypi/lib@0.2.0?download_url=packages%2Flib'), purlsOf(alone).join(' '));
  });

  it('uv: a git source is a vcs_url at the locked commit, and is not merged with the registry release of the same version', async () => {
    const commit = '65486e4383f9f411da95937451205d3c7b61b9e1';
    const lock = [
      'version = 1',
      'requires-python = ">=3.9"',
      '',
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'source = { editable = "." }',
      'dependencies = [',
      `    { name = "six", version = "1.16.0", source = { git = "https://github.com/benjaminp/six?rev=1.16.0#${commit}" } },`,
      '    { name = "six", version = "1.16.0", source = { registry = "https://pypi.org/simple" } },',
      ']',
      '',
      '[[package]]',
      'name = "six"',
      'version = "1.16.0"',
      `source = { git = "https://github.com/benjaminp/six?rev=1.16.0#${commit}" }`,
      '',
      '[[package]]',
      'name = "six"',
      'version = "1.16.0"',
      'source = { registry = "https://pypi.org/simple" }',
      '',
    ].join('\n');
    const result = await uvLockParser.parse(input('uv.lock', lock));
    const vcs = `pkg:pypi/six@1.16.0?vcs_url=${encodeURIComponent(`git+https://github.com/benjaminp/six@${commit}`)}`;
    assert.deepEqual(purlsOf(result), ['pkg:pypi/six@1.16.0', vcs].sort());
    assert.equal(result.packages.find((pkg) => pkg.purl === vcs)?.downloadLocation, `git+https://github.com/benjaminp/six#${commit}`);
  });

  it('poetry: url, git, directory and file sources qualify the purl, and so does a legacy index (repository_url); PyPI does not', async () => {
    // Written by poetry 2.5.1 (poetry lock) from the fixture's pyproject.toml.
    const result = await parseFixture(poetryLockParser, 'poetry-sources', 'poetry.lock');
    assert.deepEqual(purlsOf(result), [IDNA_PURL, LOCAL_PURL, 'pkg:pypi/typing-extensions@4.12.2'].sort());
    // poetry.lock does not record the root's dependencies: pyproject.toml's [tool.poetry.dependencies] do.
    assert.deepEqual(dependsOnOf(result), [IDNA_PURL, LOCAL_PURL, 'pkg:pypi/typing-extensions@4.12.2'].map((purl) => `pkg:pypi/app@0.1.0 -> ${purl}`).sort());
    const pkg = (name: string, source: string): string => `[[package]]\nname = "${name}"\nversion = "1.0.0"\n\n[package.source]\n${source}\n`;
    const lock = [
      pkg('from-git', 'type = "git"\nurl = "https://github.com/acme/from-git.git"\nreference = "main"\nresolved_reference = "0123abcd"'),
      pkg('from-index', 'type = "legacy"\nurl = "https://pypi.acme.example/simple"\nreference = "acme"'),
      pkg('from-file', 'type = "file"\nurl = "dist/from_file-1.0.0.tar.gz"'),
    ].join('\n');
    const purls = purlsOf(await poetryLockParser.parse(input('poetry.lock', lock)));
    assert.deepEqual(purls, [
      `pkg:pypi/from-file@1.0.0?download_url=${encodeURIComponent('dist/from_file-1.0.0.tar.gz')}`,
      `pkg:pypi/from-git@1.0.0?vcs_url=${encodeURIComponent('git+https://github.com/acme/from-git.git@0123abcd')}`,
      `pkg:pypi/from-index@1.0.0?repository_url=${encodeURIComponent('https://pypi.acme.example/simple')}`,
    ]);
  });
});

describe('Python packages from an index other than PyPI', () => {
  // The purl spec's pypi type has https://pypi.org as its default repository and names any other
  // with repository_url: a private index's corp-lib is not PyPI's corp-lib of the same name.
  const INDEX = 'https://pypi.corp.example/simple';
  const CORP = `pkg:pypi/corp-lib@1.0.0?repository_url=${encodeURIComponent(INDEX)}`;

  it('uv.lock: a registry source other than pypi.org gets its repository_url', async () => {
    const lock = `version = 1\nrequires-python = ">=3.12"\n\n[[package]]\nname = "corp-lib"\nversion = "1.0.0"\nsource = { registry = "${INDEX}/" }\n\n[[package]]\nname = "requests"\nversion = "2.32.3"\nsource = { registry = "https://pypi.org/simple" }\n`;
    assert.deepEqual(purlsOf(await uvLockParser.parse(input('uv.lock', lock))), [CORP, 'pkg:pypi/requests@2.32.3']);
  });

  it('poetry.lock: a legacy source (a PEP 503 index) gets its repository_url, no download location', async () => {
    const lock = `[[package]]\nname = "corp-lib"\nversion = "1.0.0"\n\n[package.source]\ntype = "legacy"\nurl = "${INDEX}"\nreference = "corp"\n\n[[package]]\nname = "requests"\nversion = "2.32.3"\n`;
    const result = await poetryLockParser.parse(input('poetry.lock', lock));
    assert.deepEqual(purlsOf(result), [CORP, 'pkg:pypi/requests@2.32.3']);
    assert.equal(result.packages.find((pkg) => pkg.name === 'corp-lib')?.downloadLocation, undefined);
  });

  it('Pipfile.lock: an entry whose index names a source other than pypi.org gets that source\'s repository_url', async () => {
    const lock = JSON.stringify({
      _meta: { sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }, { name: 'corp', url: INDEX, verify_ssl: true }] },
      // A git entry says where it came from itself, whatever index it names.
      default: { 'corp-lib': { index: 'corp', version: '==1.0.0' }, requests: { index: 'pypi', version: '==2.32.3' }, idna: { version: '==3.10' }, g: { git: 'https://git.example/g.git', ref: 'abc', index: 'corp' } },
      develop: {},
    });
    assert.deepEqual(purlsOf(await pipfileLockParser.parse(input('Pipfile.lock', lock))), [CORP, `pkg:pypi/g?vcs_url=${encodeURIComponent('git+https://git.example/g.git@abc')}`, 'pkg:pypi/idna@3.10', 'pkg:pypi/requests@2.32.3']);
  });
});

describe('requirements files naming a package index', () => {
  const INDEX = 'https://pypi.corp.example/simple';
  const corp = (purl: string): string => `${purl}?repository_url=${encodeURIComponent(INDEX)}`;
  const parse = (text: string, siblings: Record<string, string> = {}): Promise<ParseResult> => requirementsTxtParser.parse(input('requirements.txt', text, false, siblings));

  it('pinned packages get the repository_url of the one index other than PyPI that --index-url names, in any file read, the last one winning', async () => {
    assert.deepEqual(purlsOf(await parse(`--index-url ${INDEX}/\ncorp-lib==1.0.0\nrequests==2.32.3\n`)), [corp('pkg:pypi/corp-lib@1.0.0'), corp('pkg:pypi/requests@2.32.3')]);
    assert.deepEqual(purlsOf(await parse(`corp-lib==1.0.0\n-r base.txt\n`, { 'base.txt': `-i ${INDEX}\n` })), [corp('pkg:pypi/corp-lib@1.0.0')]);
    // A direct reference says where it came from itself.
    assert.deepEqual(purlsOf(await parse(`--index-url=${INDEX}\nidna @ https://example.com/idna-3.10-py3-none-any.whl\n`)), [`pkg:pypi/idna@3.10?download_url=${encodeURIComponent('https://example.com/idna-3.10-py3-none-any.whl')}`]);
    assert.deepEqual(purlsOf(await parse(`-i ${INDEX}\n-i https://pypi.org/simple\nrequests==2.32.3\n`)), ['pkg:pypi/requests@2.32.3']);
  });

  it('says no index when pip may also look elsewhere (--extra-index-url, --find-links, --no-index): which one a package came from is not known', async () => {
    for (const other of [`--extra-index-url https://pypi.org/simple`, '--find-links ./wheels', '--no-index']) {
      assert.deepEqual(purlsOf(await parse(`-i ${INDEX}\n${other}\nrequests==2.32.3\n`)), ['pkg:pypi/requests@2.32.3'], other);
    }
  });
});

/** Each requirement pip reads from a requirements file, with the marker pip reads on it, and the markers given normalised as pip writes them; undefined (the test skipped) where pip is not installed. */
async function pipMarkers(t: TestContext, file: string, ours: readonly string[]): Promise<{ requirements: { name: string; marker: string | null }[]; normalized: string[] } | undefined> {
  const script = [
    'import json, sys',
    'from pip._internal.network.session import PipSession',
    'from pip._internal.req.constructors import install_req_from_parsed_requirement',
    'from pip._internal.req.req_file import parse_requirements',
    'from pip._vendor.packaging.markers import Marker',
    'requirements = [install_req_from_parsed_requirement(parsed) for parsed in parse_requirements(sys.argv[1], session=PipSession())]',
    'print(json.dumps({"requirements": [{"name": r.name, "marker": None if r.markers is None else str(r.markers)} for r in requirements], "normalized": [str(Marker(m)) for m in sys.argv[2:]]}))',
  ].join('\n');
  try {
    const { stdout } = await run('python3', ['-c', script, file, ...ours], { maxBuffer: 16 * 2 ** 20 });
    return JSON.parse(stdout) as { requirements: { name: string; marker: string | null }[]; normalized: string[] };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !/No module named/.test(String((error as { stderr?: unknown }).stderr))) throw error;
    // In CI a missing resolver fails the run, never skips (the machine's Python carries pip).
    if (process.env['CI'] === 'true') assert.fail(`python3 with pip is needed to compare with pip's own reading (CI=true): ${String(error)}`);
    t.skip('python3 with pip is not installed');
    return undefined;
  }
}

/** Each package's scope and the environment markers recorded on it, by name. */
function markersOf(result: ParseResult): Record<string, { scope: string; markers: string[] }> {
  return Object.fromEntries(
    result.packages.map((pkg) => [pkg.name, { scope: pkg.scope, markers: (pkg.properties ?? []).filter((property) => property.name === ENVIRONMENT_MARKER).map((property) => property.value) }]),
  );
}

describe('Python environment markers', () => {
  it('requirements.txt: records the marker of each line (uv pip compile --universal output), and a package every line of which has a platform marker is optional; a Python version marker alone leaves it required', async () => {
    const result = await parseFixture(requirementsTxtParser, 'requirements-markers', 'requirements.txt');
    const markers = markersOf(result);
    assert.deepEqual(markers['colorama'], { scope: 'optional', markers: ["sys_platform == 'win32'"] });
    assert.deepEqual(markers['pywin32'], { scope: 'optional', markers: ["sys_platform == 'win32'"] });
    assert.deepEqual(markers['exceptiongroup'], { scope: 'required', markers: ["python_full_version < '3.11'"] });
    assert.deepEqual(markers['click'], { scope: 'required', markers: [] });
    assert.equal(result.packages.filter((pkg) => pkg.scope === 'optional').length, 2);
  });

  it('requirements.txt: the markers recorded are those pip reads on each line', async (t) => {
    const result = await parseFixture(requirementsTxtParser, 'requirements-markers', 'requirements.txt');
    const ours = result.packages.flatMap((pkg) => (pkg.properties ?? []).filter((property) => property.name === ENVIRONMENT_MARKER).map((property) => ({ name: pkg.name, marker: property.value })));
    const pip = await pipMarkers(t, join(FIXTURES, 'requirements-markers', 'requirements.txt'), ours.map((entry) => entry.marker));
    if (pip === undefined) return;
    const theirs = pip.requirements.filter((requirement) => requirement.marker !== null).map((requirement) => `${requirement.name} ${requirement.marker}`);
    assert.deepEqual(ours.map((entry, index) => `${entry.name} ${pip.normalized[index]}`).sort(), theirs.sort());
    assert.equal(pip.requirements.length, result.packages.length);
  });

  it('requirements.txt: a package listed without a marker on any line, or named by a direct reference under one, stays required or is optional as its lines say', async () => {
    const text = ['pywin32==306; sys_platform == "win32"', 'requests==2.0; python_version < "3"', 'colorama==0.4.6 ; os_name == "nt"', 'colorama==0.4.6', 'wheelhouse @ https://example.org/wheelhouse-1.0-py3-none-any.whl ; platform_machine == "x86_64"'].join('\n');
    const markers = markersOf(await requirementsTxtParser.parse(input('requirements.txt', text)));
    assert.deepEqual(markers, {
      colorama: { scope: 'required', markers: ['os_name == "nt"'] },
      pywin32: { scope: 'optional', markers: ['sys_platform == "win32"'] },
      requests: { scope: 'required', markers: ['python_version < "3"'] },
      wheelhouse: { scope: 'optional', markers: ['platform_machine == "x86_64"'] },
    });
    // A development file stays dev under a marker.
    assert.deepEqual(markersOf(await requirementsTxtParser.parse(input('requirements-dev.txt', text, true)))['pywin32'], { scope: 'dev', markers: ['sys_platform == "win32"'] });
  });

  it("Pipfile.lock: records each entry's markers, as pipenv writes them; a platform marker makes a default entry optional, a Python version one does not", async () => {
    const lock = {
      _meta: { hash: { sha256: SHA('a') }, 'pipfile-spec': 6, requires: { python_version: '3.11' }, sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }] },
      default: {
        colorama: { hashes: [`sha256:${SHA('b')}`], index: 'pypi', markers: "platform_system == 'Windows'", version: '==0.4.6' },
        click: { hashes: [`sha256:${SHA('c')}`], index: 'pypi', markers: "python_version >= '3.7'", version: '==8.1.7' },
        idna: { hashes: [`sha256:${SHA('d')}`], index: 'pypi', version: '==3.10' },
      },
      develop: { pywin32: { hashes: [], index: 'pypi', markers: "sys_platform == 'win32'", version: '==308' } },
    };
    const markers = markersOf(await pipfileLockParser.parse(input('Pipfile.lock', JSON.stringify(lock), true)));
    assert.deepEqual(markers, {
      click: { scope: 'required', markers: ["python_version >= '3.7'"] },
      colorama: { scope: 'optional', markers: ["platform_system == 'Windows'"] },
      idna: { scope: 'required', markers: [] },
      pywin32: { scope: 'dev', markers: ["sys_platform == 'win32'"] },
    });
  });

  it("poetry.lock: records a package's own markers (format 2.1's string or table by group, poetry 1.0's marker), the main group's for a package that ships", async () => {
    const lock = [
      '[[package]]',
      'name = "cffi"',
      'version = "2.0.0"',
      'optional = false',
      'python-versions = ">=3.9"',
      'groups = ["main", "dev"]',
      'markers = {main = "platform_python_implementation != \\"PyPy\\"", dev = "(platform_python_implementation != \\"PyPy\\" or os_name == \\"nt\\")"}',
      'files = []',
      '',
      '[[package]]',
      'name = "colorama"',
      'version = "0.4.6"',
      'optional = false',
      'python-versions = "!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.*,!=3.5.*,!=3.6.*,>=2.7"',
      'groups = ["main"]',
      'markers = "sys_platform == \\"win32\\""',
      'files = []',
      '',
      '[[package]]',
      'name = "tomli"',
      'version = "2.2.1"',
      'optional = false',
      'python-versions = ">=3.8"',
      'groups = ["main"]',
      'markers = "python_version < \\"3.11\\""',
      'files = []',
      '',
      '[[package]]',
      'name = "pytest"',
      'version = "8.3.4"',
      'optional = false',
      'python-versions = ">=3.8"',
      'groups = ["main"]',
      'markers = {dev = "sys_platform == \\"linux\\""}',
      'files = []',
      '',
      '[metadata]',
      'lock-version = "2.1"',
      'python-versions = ">=3.9"',
      'content-hash = "0"',
    ].join('\n');
    assert.deepEqual(markersOf(await poetryLockParser.parse(input('poetry.lock', lock))), {
      cffi: { scope: 'optional', markers: ['platform_python_implementation != "PyPy"'] },
      colorama: { scope: 'optional', markers: ['sys_platform == "win32"'] },
      pytest: { scope: 'required', markers: [] },
      tomli: { scope: 'required', markers: ['python_version < "3.11"'] },
    });
    // syft's real poetry 1.0 lock: appnope, a dev package, is for macOS only.
    const legacy = markersOf(await parseFixture(poetryLockParser, 'poetry-lock', 'poetry.lock', true));
    assert.deepEqual(legacy['appnope'], { scope: 'dev', markers: ['python_version >= "3.4" and sys_platform == "darwin" or sys_platform == "darwin"'] });
  });

  it('uv.lock: records the marker of each edge into a package, and what only edges under a platform marker reach is optional', async () => {
    const registry = 'source = { registry = "https://pypi.org/simple" }';
    const lock = [
      'version = 1',
      'requires-python = ">=3.9"',
      '',
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'source = { virtual = "." }',
      'dependencies = [',
      '    { name = "click" },',
      '    { name = "exceptiongroup", marker = "python_full_version < \'3.11\'" },',
      ']',
      '',
      '[[package]]',
      'name = "click"',
      'version = "8.1.7"',
      registry,
      'dependencies = [',
      '    { name = "colorama", marker = "sys_platform == \'win32\'" },',
      ']',
      '',
      '[[package]]',
      'name = "colorama"',
      'version = "0.4.6"',
      registry,
      'dependencies = [',
      '    { name = "wincolor" },',
      ']',
      '',
      '[[package]]',
      'name = "wincolor"',
      'version = "1.0.0"',
      registry,
      '',
      '[[package]]',
      'name = "exceptiongroup"',
      'version = "1.2.2"',
      registry,
    ].join('\n');
    assert.deepEqual(markersOf(await uvLockParser.parse(input('uv.lock', lock))), {
      click: { scope: 'required', markers: [] },
      colorama: { scope: 'optional', markers: ["sys_platform == 'win32'"] },
      exceptiongroup: { scope: 'required', markers: ["python_full_version < '3.11'"] },
      wincolor: { scope: 'optional', markers: [] },
    });
  });
});
