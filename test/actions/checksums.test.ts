import assert from 'node:assert/strict';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/actions/checksums/main.js';
import type { ConfigError } from '../../src/config/inputs.js';
import { recordingIO } from '../support/action-io.js';
import { actionDefaults } from '../support/action-runner.js';
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

test('subject-path entries that do not exist (a typo, a YAML comment line taken as a path) are each named under the input, before anything is hashed or written', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'a b.zip'), 'a');
  const io = recordingIO();
  await assert.rejects(run({ 'subject-path': 'dist/a b.zip\r\n\r\n# the installers\ndist/setup.exe\ndist/*.{zip,tgz}', base: 'dist' }, io, cwd), (error: ConfigError) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.deepEqual(error.issues, [
      { input: 'input "subject-path"', message: '# the installers does not exist' },
      { input: 'input "subject-path"', message: 'dist/setup.exe does not exist' },
    ]);
    return true;
  });
  assert.deepEqual(io.outputs, {});
  await assert.rejects(readFile(join(cwd, 'SHA256SUMS')), { code: 'ENOENT' });
});

test('an output that is a directory, or lies under a file, is a bad input named as such, before anything is hashed', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'a.zip'), 'a');
  for (const [output, message] of [
    ['dist', 'dist is a directory; name the file to write in it'],
    ['dist/a.zip/SHA256SUMS', 'dist/a.zip/SHA256SUMS cannot be written: dist/a.zip is not a directory'],
  ] as const) {
    await assert.rejects(run({ 'subject-path': 'dist', base: 'dist', output }, recordingIO(), cwd), (error: ConfigError) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.deepEqual(error.issues, [{ input: 'input "output"', message }]);
      return true;
    });
  }
});

test('a subject-path entry that is a symbolic link to nothing is said to be one, not a path that does not exist', { skip: process.platform === 'win32' && 'symbolic links need privileges on Windows' }, async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await symlink('gone.zip', join(cwd, 'dist', 'app.zip'));
  await assert.rejects(run({ 'subject-path': 'dist/app.zip', base: 'dist' }, recordingIO(), cwd), (error: ConfigError) => {
    assert.deepEqual(error.issues, [{ input: 'input "subject-path"', message: 'dist/app.zip is a symbolic link to nothing (its target does not exist)' }]);
    return true;
  });
});

test('output: SHA512SUMS without algorithm writes sha512 checksums, as the name says; an algorithm contradicting the name is a bad input', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'a.zip'), 'a');
  // As a workflow calls it: the inputs it leaves out arrive as their action.yml defaults.
  const defaults = actionDefaults(join(import.meta.dirname, '..', '..', 'actions', 'checksums', 'action.yml'));
  const io = recordingIO();
  await run({ ...defaults, 'subject-path': 'dist', base: 'dist', output: 'dist/SHA512SUMS' }, io, cwd);
  assert.match(await readFile(join(cwd, 'dist', 'SHA512SUMS'), 'utf8'), /^[0-9a-f]{128} {2}a\.zip\n$/);
  assert.match(io.outputs.subjects ?? '', /"sha512":"[0-9a-f]{128}"/);
  await assert.rejects(run({ ...defaults, 'subject-path': 'dist', base: 'dist', output: 'dist/SHA512SUMS', algorithm: 'sha256' }, recordingIO(), cwd), (error: ConfigError) => {
    assert.deepEqual(error.issues, [{ input: 'input "output"', message: '"dist/SHA512SUMS" is the name of sha512 checksums, but input "algorithm" is sha256; name it SHA256SUMS, or leave input "algorithm" out' }]);
    return true;
  });
});
