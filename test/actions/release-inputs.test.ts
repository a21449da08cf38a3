import assert from 'node:assert/strict';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/actions/release/main.js';
import type { ConfigError } from '../../src/config/inputs.js';
import { recordingIO } from '../support/action-io.js';
import { actionDefaults } from '../support/action-runner.js';
import { tempDir } from '../support/tmp.js';

// The root action as a workflow calls it: every input the workflow leaves out arrives as its action.yml default.
const defaults = actionDefaults(join(import.meta.dirname, '..', '..', 'action.yml'));

async function project(cwd: string): Promise<void> {
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
}

test('sign: false alone releases unsigned: the verification kit, on by default, goes with signing', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  await run({ ...defaults, 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false' }, recordingIO(), cwd, {});
  assert.deepEqual((await readdir(join(cwd, 'trust-kit-out'))).sort(), ['SHA256SUMS', 'VERIFY.md']);
  // Asked for in so many words, it is still refused without signing.
  await assert.rejects(run({ ...defaults, 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false', 'verification-kit': 'true', force: 'true' }, recordingIO(), cwd, {}), (error: ConfigError) => {
    assert.deepEqual(error.issues.map((issue) => issue.input), ['input "verification-kit"']);
    return true;
  });
});

test('inputs a switch turns off are bad inputs, not ignored: signing ones with sign: false, SBOM ones with sbom-format: none, publishing ones without github-release', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  const io = recordingIO();
  const inputs = {
    ...defaults,
    'subject-path': 'dist',
    base: 'dist',
    sign: 'false',
    key: 'release.key',
    instance: 'github',
    timeout: '10m',
    'sbom-format': 'none',
    'sbom-path': 'app',
    'include-dev': 'true',
    tag: 'v1.2.3',
    gate: 'false',
  };
  await assert.rejects(run(inputs, io, cwd, {}), (error: ConfigError) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.deepEqual(error.issues.map((issue) => issue.input), ['key', 'instance', 'timeout', 'sbom-path', 'include-dev', 'tag', 'gate'].map((name) => `input "${name}"`));
    assert.equal(error.issues[0]?.message, 'shapes signing, which sign: false turns off, so it would do nothing; drop it, or sign');
    return true;
  });
  assert.equal(io.outputs['failed-step'], 'inputs');
  await assert.rejects(readdir(join(cwd, 'trust-kit-out')), { code: 'ENOENT' });
});

test('a key beside the keyless-only trusted-root and timeout is a bad input, as with the CLI', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  await writeFile(join(cwd, 'trusted_root.json'), '{}');
  await assert.rejects(run({ ...defaults, 'subject-path': 'dist', base: 'dist', key: 'release.key', 'trusted-root': 'trusted_root.json', timeout: '90' }, recordingIO(), cwd, {}), (error: ConfigError) => {
    assert.deepEqual(error.issues.slice(0, 2), [
      { input: 'input "trusted-root"', message: 'applies to keyless signing; input "key" signs locally and offline, so it would do nothing' },
      { input: 'input "timeout"', message: 'applies to keyless signing; input "key" signs locally and offline, so it would do nothing' },
    ]);
    return true;
  });
});

test('the defaults the switched-off check knows are the ones action.yml declares', async () => {
  const { SWITCHED_INPUT_DEFAULTS } = await import('../../src/actions/release/main.js');
  for (const [name, value] of Object.entries(SWITCHED_INPUT_DEFAULTS)) assert.equal(defaults[name], value, name);
});

test('image inputs set without images are bad inputs, not ignored', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  await assert.rejects(run({ ...defaults, 'subject-path': 'dist', base: 'dist', recursive: 'true', 'signature-format': 'cosign2' }, recordingIO(), cwd, {}), (error: ConfigError) => {
    assert.deepEqual(error.issues.map((issue) => issue.input), ['input "signature-format"', 'input "recursive"']);
    return true;
  });
});

test('an artifact named as a file the release makes is refused with a hint naming the input to set, not only the CLI flag', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  await writeFile(join(cwd, 'dist', 'VERIFY.md'), 'the build\'s own notes\n');
  await assert.rejects(run({ ...defaults, 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false' }, recordingIO(), cwd, {}), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_NAME_CLASH');
    assert.match(error.hint ?? '', /input "base"/);
    return true;
  });
});

test('a SOURCE_DATE_EPOCH that is no time fails the run with the inputs, before any work: failed-step says inputs and the summary says so', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  for (const epoch of ['1.5', ' 1700000000']) {
    const io = recordingIO();
    await assert.rejects(run({ ...defaults, 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false' }, io, cwd, { SOURCE_DATE_EPOCH: epoch }), { code: 'CLOCK_INVALID_SOURCE_DATE_EPOCH' });
    assert.equal(io.outputs['failed-step'], 'inputs', epoch);
    assert.match(io.summary, /while reading the inputs/, epoch);
    await assert.rejects(readdir(join(cwd, 'trust-kit-out')), { code: 'ENOENT' });
  }
});
