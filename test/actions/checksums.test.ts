import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/actions/checksums/main.js';
import type { ConfigError } from '../../src/config/inputs.js';
import { recordingIO } from '../support/action-io.js';
import { tempDir } from '../support/tmp.js';

test('a base directory that does not exist, or is a file, is a bad input named as such', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'a.zip'), 'a');
  for (const base of ['nope', 'dist/a.zip']) {
    await assert.rejects(run({ 'subject-path': 'dist', base }, recordingIO(), cwd), (error: ConfigError) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.deepEqual(error.issues.map((issue) => issue.input), ['input "base"'], base);
      return true;
    });
  }
});
