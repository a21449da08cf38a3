import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { promisify } from 'node:util';
import { cycloneDxErrors, spdxErrors } from '../sbom/schemas.js';
import { cli } from '../support/cli.js';
import { CLI_ENTRY, NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sbom');
const ENV = { SOURCE_DATE_EPOCH: '1767225600' };

async function workspace(t: TestContext): Promise<string> {
  const dir = join(await tempDir(t), 'acme');
  await cp(join(FIXTURES, 'js-workspace'), dir, { recursive: true });
  await cp(join(FIXTURES, 'release'), join(dir, 'dist'), { recursive: true });
  return dir;
}

describe('trust-kit sbom', () => {
  it('prints a valid SPDX document for the working directory and a per-lockfile summary on stderr', async (t) => {
    const dir = await workspace(t);
    const run = await cli(['sbom'], dir, ENV);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(spdxErrors(run.stdout), []);
    assert.equal((JSON.parse(run.stdout) as { creationInfo: { created: string } }).creationInfo.created, '2026-01-01T00:00:00Z');
    assert.match(run.stderr, /sbom of @acme\/monorepo@1\.2\.0: 2 lockfiles, 9 packages/);
    assert.match(run.stderr, /package-lock\.json \[npm-package-lock\]: 7 packages, 7 edges, licenses 100%, hashes 86%/);
    assert.match(run.stderr, /tools\/site\/yarn\.lock \[yarn-lock\]: 2 packages, 1 edge, licenses 50%, hashes 100%/);
    // Same input, same bytes.
    assert.equal((await cli(['sbom'], dir, ENV)).stdout, run.stdout);
  });

  it('runs git for the last commit\'s time only where git could find a repository: a directory outside any spawns no git', async (t) => {
    const root = await tempDir(t);
    const bin = join(root, 'bin');
    const log = join(root, 'git-runs.log');
    await mkdir(bin);
    // A git that says where it ran and finds no commit there: the SBOM is then dated now.
    await writeFile(join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\necho "fatal: your current branch 'main' does not have any commits yet" >&2\nexit 128\n`, { mode: 0o755 });
    const project = join(root, 'project');
    await mkdir(project);
    await writeFile(join(project, 'package-lock.json'), JSON.stringify({ name: 'p', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'p', version: '1.0.0' } } }));
    const runs = async (env: Record<string, string> = {}): Promise<number> => {
      const { stderr } = await promisify(execFile)(NODE, [...TSX, CLI_ENTRY, 'sbom', project], { cwd: root, env: { PATH: `${bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`, ...env } });
      assert.match(stderr, /sbom of p@1\.0\.0/);
      return (await readFile(log, 'utf8').catch(() => '')).split('\n').filter((line) => line.includes('log -1')).length;
    };
    assert.equal(await runs(), 0, 'no .git here or above, no GIT_DIR: git is not run');
    assert.equal(await runs({ GIT_DIR: join(root, 'elsewhere.git') }), 1, 'GIT_DIR names a repository wherever the directory is');
    await mkdir(join(root, 'objects'));
    await writeFile(join(root, 'HEAD'), 'ref: refs/heads/main\n');
    assert.equal(await runs(), 2, 'a bare repository above the directory');
    await mkdir(join(project, '.git'));
    assert.equal(await runs(), 3, 'a .git in the directory');
  });

  it('names a project whose manifest holds terminal escapes on one printable line of its summary', async (t) => {
    const dir = await tempDir(t);
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'evil\u001b]0;owned\u0007\u009b2J', version: '1.0.0\nforged line' }));
    await writeFile(join(dir, 'package-lock.json'), JSON.stringify({ name: 'evil', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'evil', version: '1.0.0' } } }));
    const run = await cli(['sbom', '--allow-empty'], dir, ENV);
    assert.equal(run.code, 0, run.stderr);
    const summary = run.stderr.split('\n')[0] ?? '';
    assert.match(summary, /^trust-kit: sbom of evil \]0;owned 2J@1\.0\.0 forged line: 1 lockfile/);
    // eslint-disable-next-line no-control-regex -- what must not reach the terminal
    assert.doesNotMatch(run.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('writes several formats into --output-dir, with the release artifacts and dev dependencies when asked', async (t) => {
    const dir = await workspace(t);
    const run = await cli(['sbom', '.', '-f', 'spdx-json', '-f', 'cyclonedx-json', '-f', 'cyclonedx-json@1.5', '--output-dir', 'out', '--include-dev', '--artifacts', 'dist/*', '--base', 'dist'], dir, ENV);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const spdx = await readFile(join(dir, 'out', 'sbom.spdx.json'), 'utf8');
    assert.deepEqual(spdxErrors(spdx), []);
    assert.match(spdx, /"packageFileName":"acme-1\.2\.0\.txt"/);
    assert.match(spdx, /"name":"lru-cache"/);
    // The root's dev dependency is marked as such from its side; lru-cache's own dependency is a plain DEPENDS_ON.
    const document = JSON.parse(spdx) as { packages: { SPDXID: string; name: string }[]; relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[] };
    const id = (name: string): string => document.packages.find((pkg) => pkg.name === name)?.SPDXID ?? name;
    assert.ok(document.relationships.some((r) => r.spdxElementId === id('lru-cache') && r.relationshipType === 'DEV_DEPENDENCY_OF' && r.relatedSpdxElement === id('@acme/monorepo')));
    assert.ok(document.relationships.some((r) => r.spdxElementId === id('lru-cache') && r.relationshipType === 'DEPENDS_ON' && r.relatedSpdxElement === id('yallist')));
    for (const file of ['sbom.cdx.json', 'sbom.cdx-1.5.json']) assert.deepEqual(await cycloneDxErrors(await readFile(join(dir, 'out', file), 'utf8')), [], file);
    assert.match(run.stderr, /wrote cyclonedx-json@1\.5 to .*sbom\.cdx-1\.5\.json/);
  });

  it('writes the same bytes from another copy in another place, run from another directory: no absolute path gets in', async (t) => {
    const first = await workspace(t);
    const second = await workspace(t);
    const formats = ['-f', 'spdx-json', '-f', 'cyclonedx-json', '-f', 'cyclonedx-json@1.5', '-f', 'cyclonedx-json@1.7'];
    const inside = await cli(['sbom', '.', ...formats, '--output-dir', 'out', '--include-dev', '--artifacts', 'dist/*', '--base', 'dist'], first, ENV);
    assert.equal(inside.code, 0, inside.stderr);
    const outside = await cli(['sbom', 'acme', ...formats, '--output-dir', 'acme/out', '--include-dev', '--artifacts', 'acme/dist/*', '--base', 'acme/dist'], join(second, '..'), ENV);
    assert.equal(outside.code, 0, outside.stderr);
    for (const file of ['sbom.spdx.json', 'sbom.cdx.json', 'sbom.cdx-1.5.json', 'sbom.cdx-1.7.json']) {
      const text = await readFile(join(first, 'out', file), 'utf8');
      assert.equal(await readFile(join(second, 'out', file), 'utf8'), text, file);
      for (const place of [first, second, join(first, '..'), join(second, '..')]) assert.ok(!text.includes(place), `${file} names ${place}`);
    }
  });

  it('writes one format to --output', async (t) => {
    const dir = await workspace(t);
    const run = await cli(['sbom', '--format', 'cyclonedx-json@1.7', '--output', 'bom.json'], dir, ENV);
    assert.equal(run.code, 0, run.stderr);
    const bom = JSON.parse(await readFile(join(dir, 'bom.json'), 'utf8')) as { specVersion: string };
    assert.equal(bom.specVersion, '1.7');
  });

  it('prints the SBOM for --output -, as for no --output; still one format, and not with --output-dir', async (t) => {
    const dir = await workspace(t);
    const run = await cli(['sbom', '-o', '-', '-f', 'cyclonedx-json'], dir, ENV);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { specVersion: string }).specVersion, '1.6');
    await assert.rejects(readFile(join(dir, '-')), { code: 'ENOENT' });
    assert.equal((await cli(['sbom', '-o', '-', '-f', 'spdx-json', '-f', 'cyclonedx-json'], dir, ENV)).code, 2);
    assert.equal((await cli(['sbom', '-o', '-', '--output-dir', 'out'], dir, ENV)).code, 2);
  });

  it('takes the format from an --output name of its own (.cdx.json, .spdx.json) without --format, and refuses a name that contradicts --format', async (t) => {
    const dir = await workspace(t);
    for (const [name, check] of [
      ['bom.cdx.json', (text: string) => assert.equal((JSON.parse(text) as { specVersion: string }).specVersion, '1.6')],
      ['BOM.CDX-1.5.JSON', (text: string) => assert.equal((JSON.parse(text) as { specVersion: string }).specVersion, '1.5')],
      ['bom.spdx.json', (text: string) => assert.deepEqual(spdxErrors(text), [])],
      ['bom.json', (text: string) => assert.deepEqual(spdxErrors(text), [])],
    ] as const) {
      const run = await cli(['sbom', '-o', name], dir, ENV);
      assert.equal(run.code, 0, run.stderr);
      check(await readFile(join(dir, name), 'utf8'));
    }
    // Any CycloneDX version may be named .cdx.json, as CycloneDX recommends.
    assert.equal((await cli(['sbom', '-f', 'cyclonedx-json@1.5', '-o', 'old.cdx.json'], dir, ENV)).code, 0);
    for (const [format, name] of [['spdx-json', 'x.cdx.json'], ['cyclonedx-json', 'x.spdx.json'], ['cyclonedx-json@1.7', 'x.cdx-1.5.json']] as const) {
      const run = await cli(['sbom', '--format', format, '--output', name], dir, ENV);
      assert.equal(run.code, 2, `${format} ${name}`);
      assert.match(run.stderr, new RegExp(`CONFIG_INVALID: --output: "${name.replace(/\./g, '\\.')}" is the name of a [^ ]+ file, but --format is ${format}; name it \\*\\.[a-z]+\\.json, or leave --format out`));
      await assert.rejects(readFile(join(dir, name)), { code: 'ENOENT' });
    }
  });

  it('records an unparseable lockfile as an unknown, and fails on it with --strict', async (t) => {
    const dir = await workspace(t);
    await mkdir(join(dir, 'broken'));
    await writeFile(join(dir, 'broken', 'package-lock.json'), '{"lockfileVersion": 3,\n "packages": [}');
    const lenient = await cli(['sbom'], dir, ENV);
    assert.equal(lenient.code, 0);
    assert.match(lenient.stderr, /broken\/package-lock\.json \[npm-package-lock\]: UNKNOWN \(line 2\): not valid JSON/);
    const strict = await cli(['sbom', '--strict'], dir, ENV);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /^trust-kit: SBOM_UNKNOWNS: 1 lockfile could not be cataloged: broken\/package-lock\.json:2: /m);
    assert.equal(strict.stdout, '');
  });

  it('rejects bad usage with exit 2 and every problem at once', async (t) => {
    const dir = await workspace(t);
    const run = await cli(['sbom', '--format', 'xml', '--include-dev=maybe'], dir, ENV);
    assert.equal(run.code, 2);
    const both = await cli(['sbom', '-f', 'spdx-json', '-f', 'cyclonedx-json', '--output', 'x.json'], dir, ENV);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /CONFIG_INVALID: --output: names one file, but 2 formats/);
    // An image-only flag on a directory is one problem among the others, not the only one reported.
    const misplaced = await cli(['sbom', '--format', 'xml', '--platform', 'linux/arm64'], dir, ENV);
    assert.equal(misplaced.code, 2);
    assert.match(misplaced.stderr, /CONFIG_INVALID: 2 invalid inputs:/);
    assert.match(misplaced.stderr, /--platform: applies to an image/);
    assert.match(misplaced.stderr, /--format: has "xml"/);
    // --base shapes only the names of --artifacts: alone, it would be ignored (a user meaning the directory to catalog).
    const base = await cli(['sbom', '--base', 'tools', '--format', 'xml'], dir, ENV);
    assert.equal(base.code, 2);
    assert.match(base.stderr, /CONFIG_INVALID: 2 invalid inputs:\n {2}--base: applies only with --artifacts \(release file names are relative to it\); the directory to catalog is the argument DIR\n {2}--format: has "xml"/);
    const missing = await cli(['sbom', 'nowhere'], dir, ENV);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /SBOM_DIRECTORY_UNREADABLE/);
    const badEpoch = await cli(['sbom'], dir, { SOURCE_DATE_EPOCH: 'yesterday' });
    assert.equal(badEpoch.code, 1);
    assert.match(badEpoch.stderr, /CLOCK_INVALID_SOURCE_DATE_EPOCH/);
  });
  it('leaves test fixtures and examples out by default; --exclude adds patterns, --no-default-excludes turns the defaults off', async (t) => {
    const dir = await workspace(t);
    const lock = await readFile(join(dir, 'tools', 'site', 'yarn.lock'));
    for (const vendored of ['test/fixtures/app', 'examples/demo', 'pkg/__tests__/x', 'docs/sample']) {
      await mkdir(join(dir, vendored), { recursive: true });
      await writeFile(join(dir, vendored, 'yarn.lock'), lock);
    }
    const lockfilesOf = (stderr: string): string[] => [...stderr.matchAll(/^ {2}(\S+) \[/gm)].map((match) => match[1] ?? '');
    const byDefault = await cli(['sbom', '.'], dir, ENV);
    assert.equal(byDefault.code, 0, byDefault.stderr);
    assert.deepEqual(lockfilesOf(byDefault.stderr), ['docs/sample/yarn.lock', 'package-lock.json', 'tools/site/yarn.lock']);
    const excluded = await cli(['sbom', '.', '--exclude', 'docs', '--exclude', 'tools/*/yarn.lock'], dir, ENV);
    assert.deepEqual(lockfilesOf(excluded.stderr), ['package-lock.json']);
    const everything = await cli(['sbom', '.', '--no-default-excludes', '--exclude', 'docs/'], dir, ENV);
    assert.deepEqual(lockfilesOf(everything.stderr), ['examples/demo/yarn.lock', 'package-lock.json', 'pkg/__tests__/x/yarn.lock', 'test/fixtures/app/yarn.lock', 'tools/site/yarn.lock']);
  });

  it('refuses an --exclude written from the working directory or as an absolute path, which would match nothing under DIR', async (t) => {
    const dir = await workspace(t);
    const from = join(dir, '..');
    for (const [pattern, given] of [['acme/tools/site', 'tools/site'], [join(dir, 'tools'), 'tools']] as const) {
      const run = await cli(['sbom', 'acme', '--exclude', pattern], from, ENV);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, new RegExp(`^trust-kit: CONFIG_INVALID: --exclude: ".*" names a path (from the working directory )?inside acme, but patterns are relative to that directory: give "${given}"\n`));
      assert.equal(run.stdout, '');
    }
    // As DIR sees it, the same pattern is taken; a pattern naming nothing anywhere is a pattern (it may match later).
    assert.equal((await cli(['sbom', 'acme', '--exclude', 'tools/site', '--exclude', 'nowhere'], from, ENV)).code, 0);
    // Reported with the other bad flags at once, not after they are fixed.
    const together = await cli(['sbom', 'acme', '--exclude', 'acme/tools/site', '--format', 'xml'], from, ENV);
    assert.equal(together.code, 2, together.stderr);
    assert.match(together.stderr, /^trust-kit: CONFIG_INVALID: 2 invalid inputs:\n {2}--exclude: "acme\/tools\/site" names a path from the working directory inside acme, .*\n {2}--format: /);
  });

  it('a directory without a lockfile is an error that says so and writes nothing, unless --allow-empty', async (t) => {
    const dir = await tempDir(t);
    await mkdir(join(dir, 'test'));
    await writeFile(join(dir, 'test', 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    const empty = await cli(['sbom', '.', '--output', 'sbom.spdx.json'], dir, ENV);
    assert.equal(empty.code, 1);
    assert.match(empty.stderr, /^trust-kit: SBOM_NO_LOCKFILE: found no lockfile in /m);
    assert.match(empty.stderr, /hint: .*--allow-empty/);
    await assert.rejects(readFile(join(dir, 'sbom.spdx.json')), { code: 'ENOENT' });
    const allowed = await cli(['sbom', '.', '--output', 'sbom.spdx.json', '--allow-empty'], dir, ENV);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.deepEqual(spdxErrors(await readFile(join(dir, 'sbom.spdx.json'), 'utf8')), []);
  });

  it('a directory whose only lockfiles cannot be read (a named pipe) names them and why, not "found no lockfile"', async (t) => {
    const dir = await tempDir(t);
    execFileSync('mkfifo', [join(dir, 'package-lock.json')]);
    const run = await cli(['sbom', '.', '--output', 'sbom.spdx.json'], dir, ENV);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /^trust-kit: SBOM_NO_LOCKFILE: found no lockfile it could read in .*, so the SBOM would list no dependency: package-lock\.json: a named pipe with a lockfile's name, not a regular file/m);
    assert.match(run.stderr, /hint: make each file named a readable regular file/);
    await assert.rejects(readFile(join(dir, 'sbom.spdx.json')), { code: 'ENOENT' });
  });
});

describe('trust-kit sbom IMAGE: bad flags and arguments', () => {
  it('a bad --platform, an image source naming nothing and a bad registry reference are usage errors (exit 2), reported together, before anything is read', async (t) => {
    const cwd = await tempDir(t);
    const platform = await cli(['sbom', 'oci-dir:missing', '--platform', 'linux', '--format', 'nope'], cwd, ENV);
    assert.equal(platform.code, 2, platform.stderr);
    assert.match(platform.stderr, /^trust-kit: CONFIG_INVALID: 2 invalid inputs:\n {2}--platform: is "linux", not os\/arch\[\/variant\] \(such as linux\/amd64 or linux\/arm64\/v8\)\n {2}--format: /);
    const empty = await cli(['sbom', 'registry:'], cwd, ENV);
    assert.equal(empty.code, 2, empty.stderr);
    assert.match(empty.stderr, /^trust-kit: CONFIG_INVALID: argument IMAGE: "registry:" names no image after registry:\n/);
    const reference = await cli(['sbom', 'registry:bad::ref'], cwd, ENV);
    assert.equal(reference.code, 2, reference.stderr);
    assert.match(reference.stderr, /^trust-kit: CONFIG_INVALID: argument IMAGE: image reference "bad::ref" is invalid: /);
  });

  it("syft's other source prefixes (oci-archive:, docker:, dir:) are a usage error saying what to give instead, not a directory that is not there", async (t) => {
    const cwd = await tempDir(t);
    for (const [argument, said] of [['oci-archive:app.tar', /oci-archive: is a source prefix of syft's that trust-kit does not read: give the image as registry:REF, oci-dir:PATH/], ['docker:app:v1', /docker: is a source prefix of syft's/], ['dir:project', /dir: is a source prefix of syft's that trust-kit does not read: give the directory without it \(project\)/]] as const) {
      const run = await cli(['sbom', argument], cwd, ENV);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, said, argument);
    }
  });

  it('takes --registry-username for a registry: image, as sign-image does: without its password, or for another source, a usage error', async (t) => {
    const cwd = await tempDir(t);
    const noPassword = await cli(['sbom', 'registry:127.0.0.1:1/app:v1', '--registry-username', 'ci', '--format', 'nope'], cwd, ENV);
    assert.equal(noPassword.code, 2, noPassword.stderr);
    assert.match(noPassword.stderr, /^trust-kit: CONFIG_INVALID: 2 invalid inputs:\n {2}--registry-username: needs the password in TRUST_KIT_REGISTRY_PASSWORD\n {2}--format: /);
    // HTTP Basic joins the name to the password with a colon: a name holding one logs in as someone else.
    for (const args of [['sbom', 'registry:127.0.0.1:1/app:v1'], ['sign-image', '--key', 'k.key', '127.0.0.1:1/app:v1'], ['verify-image', '--key', 'k.pub', '127.0.0.1:1/app:v1']]) {
      const colon = await cli([...args, '--registry-username', 'bo:b'], cwd, { ...ENV, TRUST_KIT_REGISTRY_PASSWORD: 'x' });
      assert.equal(colon.code, 2, colon.stderr);
      assert.match(colon.stderr, /--registry-username: holds a colon, which HTTP Basic authentication cannot carry in a user name/, args[0]);
    }
    const onDisk = await cli(['sbom', 'oci-dir:layout', '--registry-username', 'ci'], cwd, { ...ENV, TRUST_KIT_REGISTRY_PASSWORD: 'x' });
    assert.equal(onDisk.code, 2, onDisk.stderr);
    assert.match(onDisk.stderr, /--registry-username: applies to a registry: image, which is pulled/);
    // The registry's transport flags do nothing for an image read from disk: refused, as the user name is, not ignored.
    for (const flag of ['--allow-http-registry', '--allow-insecure-registry']) {
      const ignored = await cli(['sbom', 'docker-archive:app.tar', flag], cwd, ENV);
      assert.equal(ignored.code, 2, ignored.stderr);
      assert.match(ignored.stderr, new RegExp(`${flag}: applies to a registry: image, which is pulled`));
    }
    const directory = await cli(['sbom', '--registry-username', 'ci'], cwd, ENV);
    assert.equal(directory.code, 2, directory.stderr);
    assert.match(directory.stderr, /--registry-username: applies to an image/);
  });
});

describe('sbom --output-dir beside an earlier run', () => {
  it('warns of a document of a format this run did not write, named as trust-kit names it, and leaves it: it may be the user\'s', async (t) => {
    const dir = await tempDir(t);
    await writeFile(join(dir, 'package-lock.json'), '{"name":"x","version":"1.0.0","lockfileVersion":3,"packages":{"":{"name":"x","version":"1.0.0"}}}\n');
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    assert.equal((await cli(['sbom', '.', '-f', 'spdx-json', '-f', 'cyclonedx-json', '--output-dir', 'o'], dir, env)).code, 0);
    const earlier = await readFile(join(dir, 'o', 'sbom.spdx.json'), 'utf8');
    const again = await cli(['sbom', '.', '-f', 'cyclonedx-json', '--output-dir', 'o'], dir, env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /trust-kit: WARNING: \S+\/o\/sbom\.spdx\.json is not from this run \(it did not write that format\)/);
    assert.doesNotMatch(again.stderr, /sbom\.cdx\.json is not from this run/);
    assert.equal(await readFile(join(dir, 'o', 'sbom.spdx.json'), 'utf8'), earlier);
  });
});
