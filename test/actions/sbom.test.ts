import assert from 'node:assert/strict';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lockfilesTable, run } from '../../src/actions/sbom/main.js';
import { MAX_SUMMARY_ROWS } from '../../src/actions/summary.js';
import type { SbomRun } from '../../src/sbom/run.js';
import { assertLinear } from '../support/scaling.js';
import { cycloneDxErrors, spdxErrors } from '../sbom/schemas.js';
import { recordingIO } from '../support/action-io.js';
import { actionDefaults } from '../support/action-runner.js';
import { tempDir } from '../support/tmp.js';

describe('the sbom action', () => {
  test('writes every asked-for format, outputs their paths, warns about unknowns, and summarises per lockfile', async (t) => {
    const cwd = await tempDir(t);
    await cp(join(import.meta.dirname, '..', 'fixtures', 'sbom', 'js-workspace'), join(cwd, 'app'), { recursive: true });
    await mkdir(join(cwd, 'app', 'broken'));
    await writeFile(join(cwd, 'app', 'broken', 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\npackages: [\n");
    const io = recordingIO();
    await run({ path: 'app', format: 'spdx-json\ncyclonedx-json', 'output-dir': 'sboms' }, io, cwd, { SOURCE_DATE_EPOCH: '1700000000', GITHUB_REPOSITORY_OWNER: 'octo-org' });
    const spdxPath = join(cwd, 'sboms', 'sbom.spdx.json');
    const cdxPath = join(cwd, 'sboms', 'sbom.cdx.json');
    assert.deepEqual(io.outputs, { 'sbom-paths': `${spdxPath}\n${cdxPath}`, 'spdx-path': spdxPath, 'cyclonedx-path': cdxPath });
    const spdx = await readFile(spdxPath, 'utf8');
    assert.deepEqual(spdxErrors(spdx), []);
    const { creationInfo } = JSON.parse(spdx) as { creationInfo: { creators: string[]; created: string } };
    assert.deepEqual([creationInfo.created, creationInfo.creators], ['2023-11-14T22:13:20Z', ['Organization: octo-org', 'Tool: trust-kit-0.1.0']]);
    assert.deepEqual(await cycloneDxErrors(await readFile(cdxPath, 'utf8')), []);
    // The annotation names the file as the workspace does (the scanned directory is app/), so that GitHub shows it on that line.
    assert.ok(io.log.some((line) => /^warn app\/broken\/pnpm-lock\.yaml:3: could not be cataloged: not valid YAML/.test(line)), io.log.join('\n'));
    assert.deepEqual(io.annotations, [{ message: io.log.find((line) => line.startsWith('warn app/broken'))?.slice('warn '.length), file: 'app/broken/pnpm-lock.yaml', line: 3 }]);
    assert.match(io.summary, /### SBOM of @acme\/monorepo@1\.2\.0/);
    assert.match(io.summary, /\| `package-lock\.json` \| npm-package-lock \| 7 \| 7 \| 100% \| 86% \| ok \|/);
    assert.match(io.summary, /\| `broken\/pnpm-lock\.yaml` \| pnpm-lock \| 0 \| 0 \| - \| - \| unknown \(line 3\): not valid YAML/);
  });

  test('the organization is escaped in the job summary: it is the user\'s text, and raw HTML or a pipe there would be Markdown', async (t) => {
    const cwd = await tempDir(t);
    await cp(join(import.meta.dirname, '..', 'fixtures', 'sbom', 'js-workspace'), join(cwd, 'app'), { recursive: true });
    const io = recordingIO();
    await run({ path: 'app', format: 'spdx-json', 'output-dir': 'sboms', organization: 'Evil | <img src=x> *Org*' }, io, cwd, { SOURCE_DATE_EPOCH: '1700000000' });
    assert.match(io.summary, /author Organization: Evil \\\| \\<img src=x\\> \\\*Org\\\*/);
    assert.doesNotMatch(io.summary, /[^\\]<img/);
  });

  test('an unknown outside the workspace (the scanned path above it) is warned of without a place, which GitHub has only for files of the commit', async (t) => {
    const root = await tempDir(t);
    await mkdir(join(root, 'outside', 'broken'), { recursive: true });
    await writeFile(join(root, 'outside', 'broken', 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\npackages: [\n");
    await mkdir(join(root, 'workspace'));
    const io = recordingIO();
    await run({ path: '../outside', format: 'spdx-json', 'output-dir': 'sboms' }, io, join(root, 'workspace'), { SOURCE_DATE_EPOCH: '1700000000' });
    assert.ok(io.log.some((line) => line.startsWith('warn ../outside/broken/pnpm-lock.yaml:3: could not be cataloged')), io.log.join('\n'));
    assert.deepEqual(io.annotations, []);
  });

  test('warns about the first ten unknowns one by one, then how many more, as a release does (a tree of thousands of broken lockfiles flooded the log)', async (t) => {
    const cwd = await tempDir(t);
    for (let index = 0; index < 12; index += 1) {
      await mkdir(join(cwd, 'app', `p${index}`), { recursive: true });
      await writeFile(join(cwd, 'app', `p${index}`, 'package-lock.json'), '{');
    }
    const io = recordingIO();
    await run({ path: 'app', 'output-dir': 'sboms' }, io, cwd, { SOURCE_DATE_EPOCH: '1700000000' });
    assert.equal(io.annotations.length, 10);
    assert.ok(io.log.includes('warn 2 more unknowns not shown; the SBOMs list every one'), io.log.join('\n'));
  });

  test('the lockfile table of tens of thousands of broken lockfiles is cut at MAX_SUMMARY_ROWS and made in linear time (each row searched every unknown)', async () => {
    const runOf = (count: number): SbomRun => {
      const lockfiles = Array.from({ length: count }, (_, index) => ({ path: `p${index}/package-lock.json`, parser: 'npm-package-lock', packages: 0, edges: 0, licensed: 0, hashed: 0, unknowns: 1, unresolved: 0 }));
      // Last first: a search from the start for each row's unknown goes the whole way.
      return { lockfiles, sbom: { unknowns: lockfiles.map(({ path }) => ({ path, line: 1, reason: 'not valid JSON' })).reverse() } } as unknown as SbomRun;
    };
    await assertLinear('lockfile table', runOf, lockfilesTable, 2_000);
    const lines = lockfilesTable(runOf(20_000)).split('\n');
    assert.equal(lines.length, 2 + MAX_SUMMARY_ROWS + 1);
    assert.equal(lines[2 + MAX_SUMMARY_ROWS - 1], '| `p499/package-lock.json` | npm-package-lock | 0 | 0 | - | - | unknown (line 1): not valid JSON |');
    assert.match(lines.at(-1) ?? '', /^\| and 19500 more lockfiles: the SBOM lists their unknowns/);
  });

  test('fails with every bad input named at once, writing nothing', async (t) => {
    const cwd = await tempDir(t);
    const io = recordingIO();
    await assert.rejects(run({ format: 'spdx-json,swid', 'include-dev': 'yes' }, io, cwd, {}), (error: Error) => {
      assert.match(error.message, /input "format": has "swid"/);
      assert.match(error.message, /input "include-dev": is "yes"/);
      return true;
    });
    assert.deepEqual(io.outputs, {});
  });
  test('takes the same exclusion inputs as the CLI: exclude, default-excludes, allow-empty', async (t) => {
    const cwd = await tempDir(t);
    await cp(join(import.meta.dirname, '..', 'fixtures', 'sbom', 'js-workspace'), join(cwd, 'app'), { recursive: true });
    await mkdir(join(cwd, 'app', 'fixtures'));
    await cp(join(cwd, 'app', 'tools', 'site', 'yarn.lock'), join(cwd, 'app', 'fixtures', 'yarn.lock'));
    const lockfiles = async (inputs: Record<string, string>): Promise<string> => {
      const io = recordingIO();
      await run({ path: 'app', 'output-dir': 'sboms', ...inputs }, io, cwd, { SOURCE_DATE_EPOCH: '1700000000' });
      return [...io.summary.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1]).join(' ');
    };
    assert.equal(await lockfiles({}), 'package-lock.json tools/site/yarn.lock');
    assert.equal(await lockfiles({ exclude: 'tools\n' }), 'package-lock.json');
    assert.equal(await lockfiles({ 'default-excludes': 'false' }), 'fixtures/yarn.lock package-lock.json tools/site/yarn.lock');
    await mkdir(join(cwd, 'none'));
    await assert.rejects(run({ path: 'none' }, recordingIO(), cwd, {}), { code: 'SBOM_NO_LOCKFILE' });
    await run({ path: 'none', 'allow-empty': 'true', 'output-dir': 'none-out' }, recordingIO(), cwd, { SOURCE_DATE_EPOCH: '1700000000' });
  });

  test('a path, output-dir, artifacts entry or base that cannot be what it must be is named under its input, all at once, before anything is cataloged', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'package-lock.json'), JSON.stringify({ name: 'x', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'x', version: '1.0.0' } } }));
    await writeFile(join(cwd, 'out'), 'a file\n');
    await assert.rejects(run({ path: 'package-lock.json', 'output-dir': 'out', artifacts: 'dist/app.zip', base: 'dist' }, recordingIO(), cwd, {}), (error: Error & { code?: string; issues?: { input: string; message: string }[] }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.deepEqual(error.issues?.map((issue) => `${issue.input}: ${issue.message}`), [
        'input "path": package-lock.json is not a directory',
        'input "output-dir": out is not a directory',
        'input "base": dist does not exist',
        'input "artifacts": dist/app.zip does not exist',
      ]);
      return true;
    });
  });
});

test('base without artifacts (the directory to catalog, meant as path) is a bad input, not ignored; its action.yml default is not', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'app'));
  await cp(join(import.meta.dirname, '../../examples/hello-cli/package-lock.json'), join(cwd, 'app', 'package-lock.json'));
  const defaults = actionDefaults(join(import.meta.dirname, '..', '..', 'actions', 'sbom', 'action.yml'));
  await assert.rejects(run({ ...defaults, base: 'app' }, recordingIO(), cwd, {}), (error: { code?: string; issues?: { input: string; message: string }[] }) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.deepEqual(error.issues, [{ input: 'input "base"', message: 'applies only with input "artifacts" (release file names are relative to it); the directory to catalog is input "path"' }]);
    return true;
  });
  await run({ ...defaults, path: 'app' }, recordingIO(), cwd, {});
  assert.match(await readFile(join(cwd, 'sbom.spdx.json'), 'utf8'), /"SPDXID"/);
});
