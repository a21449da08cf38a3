import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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

test('thousands of artifacts: the checksums file lists them all, and the subjects output too big for a job output is left empty with a warning instead of failing the job as it ends', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  const count = 3000;
  // 3,000 names of 140 characters: about 690,000 characters of subjects, past what a job output carries.
  await Promise.all(Array.from({ length: count }, (_, index) => writeFile(join(cwd, 'dist', `${'release-file-'.padEnd(130, 'x')}-${String(index).padStart(5, '0')}.bin`), String(index))));
  const io = recordingIO();
  await run({ 'subject-path': 'dist', base: 'dist' }, io, cwd);
  assert.equal((await readFile(join(cwd, 'SHA256SUMS'), 'utf8')).split('\n').filter(Boolean).length, count);
  assert.equal(io.outputs.subjects, '');
  assert.match(io.log.join('\n'), /warn output "subjects" is left empty: its 3000 entries .*checksums-path/);
});
