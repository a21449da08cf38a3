import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checksumsSubjects, mayHashManyFiles } from '../../src/cli/commands/checksums-threads.js';
import { cli } from '../support/cli.js';
import { staticImports } from '../support/static-imports.js';
import { tempDir } from '../support/tmp.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

test('hashing threads are started ahead for `checksums` writing a checksums file of a directory, a glob or many files; not for a few files, --check, --help or another command', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'a.tgz'), 'a');
  const subjects = (argv: string[]): string[] | undefined => checksumsSubjects(argv);
  assert.deepEqual(subjects(['checksums', 'dist']), ['dist']);
  assert.deepEqual(subjects(['--verbose', 'checksums', '-a', 'sha512', '-o', 'SUMS', '--base', '.', 'dist', 'a.tgz']), ['dist', 'a.tgz']);
  assert.deepEqual(subjects(['checksums', '-asha512', '--output=SUMS', '--', '--check', '-c']), ['--check', '-c']);
  for (const argv of [['checksums', '--check', 'SUMS'], ['checksums', '--check=SUMS'], ['checksums', '-c', 'SUMS'], ['checksums', '-cSUMS'], ['checksums', '--help'], ['checksums', 'dist', '-h'], ['sbom', '.'], []]) {
    assert.equal(subjects(argv), undefined, argv.join(' '));
  }
  assert.equal(mayHashManyFiles(['dist'], dir), true, 'a directory');
  assert.equal(mayHashManyFiles(['*.tgz'], dir), true, 'a glob');
  assert.equal(mayHashManyFiles(['a.tgz'], dir), false, 'one file');
  assert.equal(mayHashManyFiles(Array.from({ length: 64 }, () => 'a.tgz'), dir), true, 'many files');
});

test('the CLI\'s entry loads the hashing threads\' module, and node:worker_threads, only for `checksums`: every other command starts without them', () => {
  const imports = staticImports('src/cli/bin.ts');
  assert.ok(!imports.files.has('src/checksums/pool.ts'), `bin.ts reaches ${[...imports.files].join(', ')}`);
  assert.ok(!imports.builtins.has('node:worker_threads'));
});

/** Runs the CLI's entry (bin.ts, which starts the threads ahead) from source in `cwd`. */
function runBin(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', TSX, BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

test('the CLI hashes on threads started ahead as it does in process, and exits at once when they get no work', { timeout: 120_000 }, async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await Promise.all(Array.from({ length: 300 }, (_, index) => writeFile(join(dir, 'dist', `file-${index}.bin`), `content ${index}\n`)));
  const inProcess = await cli(['checksums', 'dist'], dir);
  assert.equal(inProcess.code, 0);
  for (let round = 0; round < 3; round++) assert.deepEqual(await runBin(['checksums', 'dist'], dir), { code: 0, stdout: inProcess.stdout, stderr: '' }, `round ${round}`);
  const refused = await runBin(['checksums', '--algorithm', 'md5', 'dist'], dir);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /CONFIG_INVALID|--algorithm/);
});
