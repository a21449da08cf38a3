import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createChecksums, HashPool, type FileHashes } from '../../src/checksums/index.js';
import { checksumsSubjects, mayHashManyFiles } from '../../src/cli/commands/checksums-threads.js';
import { cli } from '../support/cli.js';
import { staticImports } from '../support/static-imports.js';
import { tempDir } from '../support/tmp.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

test('hashing threads are started ahead for `checksums` writing a checksums file of a directory of many entries or many files; not for a few files, a small directory, a glob, --check, --help or another command', async (t) => {
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
  assert.equal(mayHashManyFiles(['dist'], dir), false, 'a directory with few entries');
  assert.equal(mayHashManyFiles(['*.tgz'], dir), false, 'a glob');
  assert.equal(mayHashManyFiles(['a.tgz'], dir), false, 'one file');
  assert.equal(mayHashManyFiles(Array.from({ length: 64 }, () => 'a.tgz'), dir), true, 'many files');
  await Promise.all(Array.from({ length: 1000 }, (_, index) => writeFile(join(dir, 'dist', `artifact-number-${index}.tar.gz`), '')));
  // A file system that does not say how many entries a directory holds (size 0) never starts them.
  if ((await stat(join(dir, 'dist'))).size >= 8 * 1024) assert.equal(mayHashManyFiles(['dist', 'a.tgz'], dir), true, 'a directory with many entries');
});

test('a subject that cannot be looked at (a link loop, a name too long) is no reason to start threads ahead, and the CLI reports it with its code, not a stack trace', async (t) => {
  const dir = await tempDir(t);
  await symlink('loop-b', join(dir, 'loop-a'));
  await symlink('loop-a', join(dir, 'loop-b'));
  const tooLong = 'x'.repeat(300);
  assert.equal(mayHashManyFiles(['loop-a'], dir), false);
  assert.equal(mayHashManyFiles([tooLong], dir), false);
  for (const subject of ['loop-a', tooLong]) {
    const run = await runBin(['checksums', subject], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /^trust-kit: CHECKSUMS_[A-Z_]+: /, run.stderr);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  }
});

test('the CLI\'s entry loads the hashing threads\' module, and node:worker_threads, only for `checksums`: every other command starts without them', () => {
  const imports = staticImports('src/cli/bin.ts');
  assert.ok(!imports.files.has('src/checksums/pool.ts'), `bin.ts reaches ${[...imports.files].join(', ')}`);
  assert.ok(!imports.builtins.has('node:worker_threads'));
});

test('starting the threads ahead loads the pool and the command\'s options alone, before the CLI: nothing the CLI loads later comes sooner', () => {
  const imports = staticImports('src/cli/commands/checksums-threads.ts');
  assert.deepEqual([...imports.files].sort(), ['src/checksums/pool.ts', 'src/cli/commands/checksums-options.ts', 'src/cli/commands/checksums-threads.ts']);
});

test('`checksums` loads node:worker_threads only once it starts a thread: a file or a few, hashed on this thread, start without it', () => {
  const imports = staticImports('src/cli/commands/checksums.ts');
  assert.ok(imports.files.has('src/checksums/pool.ts'));
  assert.equal(imports.builtins.get('node:worker_threads'), undefined);
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
  // Enough entries for the directory's size to say so (on the file systems that do), so that threads are started ahead.
  await Promise.all(Array.from({ length: 1000 }, (_, index) => writeFile(join(dir, 'dist', `release-file-${index}.bin`), `content ${index}\n`)));
  const inProcess = await cli(['checksums', 'dist'], dir);
  assert.equal(inProcess.code, 0);
  for (let round = 0; round < 3; round++) assert.deepEqual(await runBin(['checksums', 'dist'], dir), { code: 0, stdout: inProcess.stdout, stderr: '' }, `round ${round}`);
  const refused = await runBin(['checksums', '--algorithm', 'md5', 'dist'], dir);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /CONFIG_INVALID|--algorithm/);
});

test('createChecksums hashes many files on threads started ahead and ends them; a few small files it hashes here and only ends them', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'many'));
  await mkdir(join(dir, 'few'));
  await Promise.all(Array.from({ length: 100 }, (_, index) => writeFile(join(dir, 'many', `${index}.txt`), `${index}`)));
  await Promise.all(Array.from({ length: 3 }, (_, index) => writeFile(join(dir, 'few', `${index}.txt`), `${index}`)));
  const events: string[] = [];
  class WatchedPool extends HashPool {
    override hash(...args: Parameters<HashPool['hash']>): Promise<FileHashes> {
      events.push('hash');
      return super.hash(...args);
    }
    override close(): Promise<void> {
      events.push('close');
      return super.close();
    }
  }
  for (const [subject, expected] of [['many', ['hash', 'close']], ['few', ['close']]] as const) {
    events.length = 0;
    const threads = new WatchedPool(1);
    const result = await createChecksums({ subjects: [subject], algorithm: 'sha256', base: subject, output: undefined }, dir, { threadsStartedAhead: threads });
    assert.equal(result.text, (await cli(['checksums', '--base', subject, subject], dir)).stdout);
    assert.deepEqual(events, expected, subject);
  }
});
