import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { closableOutput } from '../../src/cli/output.js';
import { tempDir } from '../support/tmp.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

/** Runs a bash pipeline in which `$CLI` runs the CLI from source; resolves with what it printed. */
function bash(script: string, cwd: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { PATH: process.env.PATH ?? '', HOME: cwd, NODE: process.execPath, TSX, MAIN };
    execFile('bash', ['-c', `CLI() { "$NODE" --import "$TSX" "$MAIN" "$@"; }; ${script}`], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error !== null) reject(error);
      else resolve({ stdout, stderr });
    });
  });
}

test('a closed pipe drops later writes instead of throwing; another stream error is FILE_WRITE_FAILED naming the stream, at the next write or after the command', () => {
  const stream = Object.assign(new EventEmitter(), { written: [] as string[], write(text: string) { this.written.push(text); } });
  const output = closableOutput(() => stream, { name: 'standard output', failures: 'throw' });
  output.write('one\n');
  stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  output.write('two\n');
  assert.deepEqual(stream.written, ['one\n']);
  assert.equal(output.unreportedFailure(), undefined);
  const failing = Object.assign(new EventEmitter(), { write() {} });
  const failed = closableOutput(() => failing, { name: 'standard output', failures: 'throw' });
  failed.write('one\n');
  // An error event is no uncaught exception: it is kept for the command to fail with.
  failing.emit('error', Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
  assert.equal(failed.unreportedFailure()?.code, 'FILE_WRITE_FAILED');
  assert.throws(() => failed.write('two\n'), { code: 'FILE_WRITE_FAILED', message: 'could not write standard output: ENOSPC: no space left on device, write' });
  assert.equal(failed.unreportedFailure(), undefined, 'thrown once');
  const stderr = closableOutput(() => failing, { name: 'standard error', failures: 'drop' });
  stderr.write('one\n');
  failing.emit('error', Object.assign(new Error('EIO'), { code: 'EIO' }));
  stderr.write('two\n');
  assert.equal(stderr.unreportedFailure(), undefined, 'nothing could report a failure of standard error');
});

test('standard output on a full disk or past the file size limit (`trust-kit checksums dist > SHA256SUMS`) fails with FILE_WRITE_FAILED and exit 1: Node.js\'s stream took a short write for a whole one, leaving a cut file and exit 0', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'many'));
  await Promise.all(Array.from({ length: 300 }, (_, index) => writeFile(join(dir, 'many', `artifact-with-a-long-name-${index}.bin`), String(index))));
  // bash's ulimit -f counts KiB: 8 KiB, a fourth of the checksums file. SIGXFSZ ignored, as a shell's trap does, so that the write fails with EFBIG.
  const run = await bash('trap "" XFSZ; ulimit -f 8; CLI checksums --base many many > SUMS; echo "exit $?"; wc -c < SUMS', dir);
  assert.match(run.stderr, /^trust-kit: FILE_WRITE_FAILED: could not write standard output: EFBIG/m);
  assert.match(run.stdout, /^exit 1\n8192\n$/);
  const full = await bash('CLI checksums --base many many > /dev/full; echo "exit $?"', dir);
  assert.match(full.stderr, /^trust-kit: FILE_WRITE_FAILED: could not write standard output: ENOSPC/m);
  assert.doesNotMatch(full.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(full.stdout, 'exit 1\n');
});

test('the process stream is opened on the first write only: a command that prints nothing on stderr never builds process.stderr (node:net for a pipe)', () => {
  const stream = Object.assign(new EventEmitter(), { written: [] as string[], write(text: string) { this.written.push(text); } });
  let opened = 0;
  const output = closableOutput(
    () => {
      opened += 1;
      return stream;
    },
    { name: 'standard output', failures: 'throw' },
  );
  assert.equal(opened, 0);
  output.write('one\n');
  output.write('two\n');
  assert.equal(opened, 1);
  assert.deepEqual(stream.written, ['one\n', 'two\n']);
});

test('flushed() resolves once the stream has taken every write; at once when nothing was written or the reader went away', async () => {
  const callbacks: (() => void)[] = [];
  const stream = Object.assign(new EventEmitter(), {
    written: [] as string[],
    write(text: string, callback?: () => void) {
      this.written.push(text);
      if (callback !== undefined) callbacks.push(callback);
    },
  });
  let opened = 0;
  const output = closableOutput(
    () => {
      opened += 1;
      return stream;
    },
    { name: 'standard output', failures: 'throw' },
  );
  await output.flushed();
  assert.equal(opened, 0, 'flushing what was never written opens no stream');
  output.write('one\n');
  let done = false;
  const flushed = output.flushed().then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(done, false, 'not before the stream took the writes');
  for (const callback of callbacks) callback();
  await flushed;
  assert.deepEqual(stream.written, ['one\n', '']);
  stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  await output.flushed();
});

test('`trust-kit checksums . | head -1` prints one line, no EPIPE stack trace, and the command exits 0', async (t) => {
  const dir = await tempDir(t);
  // Far more than a pipe's buffer, so the writer is still writing when head exits.
  await mkdir(join(dir, 'many'));
  await Promise.all(Array.from({ length: 3000 }, (_, index) => writeFile(join(dir, 'many', `file-${index}`), `${index}\n`)));
  const run = await bash('CLI checksums . | head -1; echo "exit ${PIPESTATUS[0]}"', dir);
  assert.match(run.stdout, /^[0-9a-f]{64} {2}many\/file-0\nexit 0\n$/);
  assert.equal(run.stderr, '', 'nothing on stderr: no EPIPE stack trace');
});

test('what a command prints is its data, the same bytes in a file, a pipe or with -o, whatever a name or a lockfile holds; only in an Actions job, and never into a file, is a line the runner would run fenced off', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'proj'));
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'proj', 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0' }));
  const lockfile = { name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0', dependencies: { left: '1.0.0' } }, 'node_modules/left': { version: '1.0.0', resolved: 'https://registry.npmjs.org/left/-/left-1.0.0.tgz', license: 'WTFPL ##[x]\u2028::error::y' } } };
  await writeFile(join(cwd, 'proj', 'package-lock.json'), JSON.stringify(lockfile));
  await writeFile(join(cwd, 'dist', '##[x]a.bin'), 'a');
  const { stdout } = await bash(
    `export SOURCE_DATE_EPOCH=0
    CLI sbom proj -o written.json
    CLI sbom proj > file.json
    CLI sbom proj | cat > piped.json
    GITHUB_ACTIONS=true CLI sbom proj > actions-file.json
    GITHUB_ACTIONS=true CLI sbom proj | cat > actions-piped.json
    for f in file piped actions-file actions-piped; do cmp written.json $f.json; done
    CLI checksums dist > SUMS && sha256sum --strict -c SUMS > /dev/null
    CLI checksums dist | cat > piped-SUMS && cmp SUMS piped-SUMS
    GITHUB_ACTIONS=true CLI checksums dist > actions-SUMS && cmp SUMS actions-SUMS
    GITHUB_ACTIONS=true CLI checksums dist`,
    cwd,
  );
  const text = await readFile(join(cwd, 'written.json'), 'utf8');
  assert.ok(!text.includes('##[') && !/[\u2028\u2029]/.test(text), text);
  assert.ok(JSON.stringify(JSON.parse(text)).includes('WTFPL ##[x]\u2028::error::y'), 'the licence text is kept, as a JSON reader reads it');
  // To the runner's log, the line whose name holds ##[ is fenced off.
  assert.match(stdout, /^::stop-commands::([0-9a-f]{32})\n[0-9a-f]{64} {2}dist\/##\[x\]a\.bin\n::\1::\n$/);
});
