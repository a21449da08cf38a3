import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
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
