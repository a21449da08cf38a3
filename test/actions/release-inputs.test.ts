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
