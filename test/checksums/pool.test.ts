import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { HashPool, type FileAnswer } from '../../src/checksums/index.js';
import { tempDir } from '../support/tmp.js';

const digest = (algorithm: string, data: string | Buffer): string => createHash(algorithm).update(data).digest('hex');

/** `count` files `0.bin`, `1.bin`, ... in `dir`, each holding `file <index>`; their paths in that order. */
async function smallFiles(dir: string, count: number): Promise<string[]> {
  const paths: string[] = [];
  for (let index = 0; index < count; index++) {
    paths.push(join(dir, `${index}.bin`));
    await writeFile(join(dir, `${index}.bin`), `file ${index}`);
  }
  return paths;
}

/** Every answer of a job by file index; fails on an index answered twice or out of range. */
function collector(count: number): { answers: (FileAnswer | undefined)[]; onAnswers: (first: number, answers: FileAnswer[]) => void } {
  const answers = new Array<FileAnswer | undefined>(count);
  return {
    answers,
    onAnswers: (first, run) => {
      run.forEach((answer, position) => {
        assert.ok(first + position < count && answers[first + position] === undefined, `index ${first + position} answered once`);
        answers[first + position] = answer;
      });
    },
  };
}

test('one pool serves a release\'s one job of many files and a check\'s queued batches with an algorithm per file, at once', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'f'));
  const paths: string[] = [];
  for (let index = 0; index < 300; index++) {
    paths.push(join(dir, 'f', `${index}.bin`));
    await writeFile(join(dir, 'f', `${index}.bin`), `file ${index}`);
  }
  // One file bigger than a thread's 1 MiB read, so that it is hashed streaming.
  await writeFile(paths[7] as string, 'x'.repeat(3 * 1024 * 1024 + 5));
  const contentOf = (index: number): string => (index === 7 ? 'x'.repeat(3 * 1024 * 1024 + 5) : `file ${index}`);
  const pool = new HashPool(3);
  t.after(() => pool.close());

  const release = collector(paths.length);
  const batches = [paths.slice(0, 100), paths.slice(100, 120), paths.slice(120, 121)].map((batch) => ({ batch, answers: collector(batch.length) }));
  const perFile = (batch: string[]): ('sha256' | 'sha512')[][] => batch.map((_, index) => [index % 2 === 0 ? 'sha256' : 'sha512']);
  await Promise.all([pool.hash(paths, [['sha256', 'sha512']], release.onAnswers), ...batches.map(({ batch, answers }) => pool.hash(batch, perFile(batch), answers.onAnswers))]);

  release.answers.forEach((answer, index) => assert.deepEqual(answer, [contentOf(index).length, [digest('sha256', contentOf(index)), digest('sha512', contentOf(index))]], `file ${index}`));
  for (const [number, { batch, answers }] of batches.entries()) {
    const offset = [0, 100, 120][number] ?? 0;
    batch.forEach((_, index) => assert.deepEqual(answers.answers[index], [contentOf(offset + index).length, [digest(index % 2 === 0 ? 'sha256' : 'sha512', contentOf(offset + index))]]));
  }
});

test('a file that cannot be read is answered with its error code; a callback that throws fails its job only, and the pool goes on', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a');
  await mkdir(join(dir, 'directory'));
  const pool = HashPool.start(2);
  t.after(() => pool.close());
  const answers = collector(3);
  await pool.hash([join(dir, 'a'), join(dir, 'missing'), join(dir, 'directory')], [['sha256']], answers.onAnswers);
  assert.deepEqual(answers.answers, [[1, [digest('sha256', 'a')]], [-1, 'ENOENT'], [-1, 'ENOTREG']]);
  await assert.rejects(
    pool.hash([join(dir, 'a')], [['sha256']], () => {
      throw new Error('the report cannot be written');
    }),
    /the report cannot be written/,
  );
  const again = collector(1);
  await pool.hash([join(dir, 'a')], [['sha256']], again.onAnswers);
  assert.deepEqual(again.answers, [[1, [digest('sha256', 'a')]]]);
});

test('without a callback, a job settles with every file\'s size and hex digests by index in shared columns, and the error code of each file it could not read', async (t) => {
  const dir = await tempDir(t);
  const paths = await smallFiles(dir, 150);
  paths[5] = join(dir, 'missing');
  const pool = HashPool.start(1);
  t.after(() => pool.close());
  const hashes = await pool.hash(paths, [['sha256', 'sha512']], undefined, { callerHelps: true });
  assert.ok(hashes.sizes.buffer instanceof SharedArrayBuffer && hashes.hex.buffer instanceof SharedArrayBuffer, 'the threads wrote into shared memory');
  assert.equal(hashes.stride, 64 + 128);
  assert.deepEqual(hashes.answer(5), [-1, 'ENOENT']);
  assert.deepEqual(hashes.failures.get(5), { code: 'ENOENT' });
  paths.forEach((_, index) => {
    if (index === 5) return;
    const content = `file ${index}`;
    assert.equal(hashes.sizes[index], content.length, `size of file ${index}`);
    assert.deepEqual(hashes.hexesOf(index), [digest('sha256', content), digest('sha512', content)], `file ${index}`);
  });
});

test('with callerHelps the calling thread hashes claims too, the first before hash() returns, by the same rules as the threads, and leaves files over 64 MiB to the threads', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'directory'));
  // Sparse: 64 MiB and a byte of zeros, read as any file is.
  const bigSize = 64 * 1024 * 1024 + 1;
  await writeFile(join(dir, 'big'), '');
  await truncate(join(dir, 'big'), bigSize);
  const big = Buffer.alloc(bigSize);
  const paths = [join(dir, 'directory'), join(dir, 'missing'), join(dir, 'big')];
  paths.push(...(await smallFiles(dir, 200)));
  const pool = HashPool.start(1);
  t.after(() => pool.close());
  const answers = collector(paths.length);
  const done = pool.hash(paths, [['sha256', 'sha512']], answers.onAnswers, { callerHelps: true });
  // A thread's answers come in messages, in a later turn: only this thread can have answered yet, and not the big file,
  // which it leaves to the threads (hashing it would keep its event loop and signal handlers waiting).
  assert.deepEqual(answers.answers.slice(0, 2), [[-1, 'ENOTREG'], [-1, 'ENOENT']]);
  assert.equal(answers.answers[2], undefined);
  await done;
  assert.deepEqual(answers.answers[2], [big.length, [digest('sha256', big), digest('sha512', big)]]);
  answers.answers.slice(3).forEach((answer, index) => assert.deepEqual(answer, [`file ${index}`.length, [digest('sha256', `file ${index}`), digest('sha512', `file ${index}`)]], `file ${index}`));
});

test('a calling thread hashes files of tens of MiB itself, about 32 MiB between two turns of its event loop, going on within a claim where it stopped', async (t) => {
  const dir = await tempDir(t);
  // Sparse files of zeros, 20 MiB and a few bytes each: 24 of them make claims of 3 files, longer than one turn's 32 MiB.
  const sizes = Array.from({ length: 24 }, (_, index) => 20 * 1024 * 1024 + index);
  const paths = sizes.map((_, index) => join(dir, `${index}.bin`));
  for (const [index, size] of sizes.entries()) {
    await writeFile(paths[index] ?? '', '');
    await truncate(paths[index] ?? '', size);
  }
  // No thread at all: every file is hashed here, several turns apart.
  const pool = new HashPool(0);
  t.after(() => pool.close());
  const answers = collector(paths.length);
  const answered = (): number => answers.answers.filter((answer) => answer !== undefined).length;
  const done = pool.hash(paths, [['sha256']], answers.onAnswers, { callerHelps: true });
  const answeredByTurn = [answered()];
  const tick = (): void => {
    answeredByTurn.push(answered());
    if (answered() < paths.length) setImmediate(tick);
  };
  setImmediate(tick);
  await done;
  assert.equal(pool.size, 0, 'no thread was started');
  // Two files (40 MiB) pass the turn's 32 MiB: the first turn stops within the first claim, and the next goes on from there.
  assert.equal(answeredByTurn[0], 2, `answers by turn: ${answeredByTurn.join(', ')}`);
  assert.ok(new Set(answeredByTurn.filter((count) => count > 2 && count < paths.length)).size >= 3, `answers by turn: ${answeredByTurn.join(', ')}`);
  answers.answers.forEach((answer, index) => assert.deepEqual(answer, [sizes[index], [digest('sha256', Buffer.alloc(sizes[index] ?? 0))]], `file ${index}`));
});

test('with callerHelps a promise, the calling thread takes no claim until it settles, its event loop free for its own work; then it helps', async (t) => {
  const dir = await tempDir(t);
  const paths = await smallFiles(dir, 40);
  // No thread at all: only the calling thread can hash, and only once the gate opens.
  const pool = new HashPool(0);
  t.after(() => pool.close());
  const answers = collector(paths.length);
  const answered = (): number => answers.answers.filter((answer) => answer !== undefined).length;
  let open = (): void => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const done = pool.hash(paths, [['sha256']], answers.onAnswers, { callerHelps: gate });
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
  assert.equal(answered(), 0, 'nothing hashed before the gate opened');
  open();
  await done;
  assert.equal(pool.size, 0, 'no thread was started');
  answers.answers.forEach((answer, index) => assert.deepEqual(answer, [`file ${index}`.length, [digest('sha256', `file ${index}`)]], `file ${index}`));
});

test('with callerHelps a promise that rejects, the calling thread helps all the same: the files are hashed', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a');
  const pool = new HashPool(0);
  t.after(() => pool.close());
  const answers = collector(1);
  await pool.hash([join(dir, 'a')], [['sha256']], answers.onAnswers, { callerHelps: Promise.reject(new Error('the catalog failed')) });
  assert.deepEqual(answers.answers, [[1, [digest('sha256', 'a')]]]);
});

test('oneFilePerClaim hands out one file a claim (for a few large files, so that no thread is left hashing several alone at the end); without it, files are claimed several at a time', async (t) => {
  const dir = await tempDir(t);
  const paths = await smallFiles(dir, 40);
  const pool = HashPool.start(1);
  t.after(() => pool.close());
  const runs = async (oneFilePerClaim: boolean): Promise<number[]> => {
    const lengths: number[] = [];
    const answers = collector(paths.length);
    await pool.hash(paths, [['sha256']], (first, run) => {
      lengths.push(run.length);
      answers.onAnswers(first, run);
    }, { oneFilePerClaim });
    answers.answers.forEach((answer, index) => assert.deepEqual(answer, [`file ${index}`.length, [digest('sha256', `file ${index}`)]], `file ${index}`));
    return lengths;
  };
  assert.deepEqual(new Set(await runs(true)), new Set([1]));
  assert.ok(Math.max(...(await runs(false))) > 1);
});

const POOL = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'checksums', 'pool.ts')).href;

/** Runs `body` (with `HashPool` in scope) in a process of its own; resolves with its exit code and output, or `timedOut`. */
async function runAlone(body: string, args: readonly string[]): Promise<{ code: number | null; stdout: string; timedOut: boolean }> {
  const script = `const { HashPool } = await import(${JSON.stringify(POOL)});\n${body}`;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', script, ...args], { timeout: 45_000 }, (error, stdout) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, timedOut: error?.killed === true });
    });
  });
}

test('idle threads never keep the process alive: threads started ahead for work that never came, and threads done with their work, let it exit without close()', { timeout: 150_000 }, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a');
  const unused = await runAlone('HashPool.start(2);\nprocess.stdout.write("started");', []);
  assert.deepEqual(unused, { code: 0, stdout: 'started', timedOut: false });
  const used = await runAlone(
    'const pool = HashPool.start(1);\nawait pool.hash([process.argv[1]], [["sha256"]], (first, answers) => process.stdout.write(JSON.stringify(answers)));',
    [join(dir, 'a')],
  );
  assert.deepEqual(used, { code: 0, stdout: JSON.stringify([[1, [digest('sha256', 'a')]]]), timedOut: false });
  // Ending idle threads keeps the process alive until they have ended: close() settles, however soon they end.
  const closed = await runAlone(
    'for (let round = 0; round < 20; round++) {\n  const pool = HashPool.start(1);\n  await pool.hash([process.argv[1]], [["sha256"]], () => {});\n  await pool.close();\n}\nprocess.stdout.write("closed");',
    [join(dir, 'a')],
  );
  assert.deepEqual(closed, { code: 0, stdout: 'closed', timedOut: false });
});

test('two jobs whose calling thread helps, in one process: one stopped within a claim goes on from there after the other took its turn', { timeout: 60_000 }, async (t) => {
  const dir = await tempDir(t);
  // The first job's first claim holds two sparse files of 20 MiB (past one turn's 32 MiB) and small ones after them: it stops within the claim.
  const sizes = Array.from({ length: 24 }, (_, index) => (index < 2 ? 20 * 1024 * 1024 : 100 + index));
  const paths = sizes.map((_, index) => join(dir, `${index}.bin`));
  for (const [index, size] of sizes.entries()) {
    await writeFile(paths[index] ?? '', '');
    await truncate(paths[index] ?? '', size);
  }
  const other = join(dir, 'other.bin');
  await writeFile(other, 'another job\n');
  // Two pools, as two createChecksums calls at once have: the calling thread's hashing is one for both.
  const first = new HashPool(0);
  const second = new HashPool(0);
  t.after(() => Promise.all([first.close(), second.close()]));
  const answers = collector(paths.length);
  const done = first.hash(paths, [['sha256']], answers.onAnswers, { callerHelps: true });
  const otherAnswers = collector(1);
  // Its turn came between the first job's two: the first job's place within its claim was forgotten, and it never ended.
  await second.hash([other], [['sha256']], otherAnswers.onAnswers, { callerHelps: true });
  let timer: NodeJS.Timeout | undefined;
  const ended = await Promise.race([done.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 20_000)))]);
  clearTimeout(timer);
  assert.equal(ended, true, `the first job ended (answered ${answers.answers.filter((answer) => answer !== undefined).length} of ${paths.length})`);
  answers.answers.forEach((answer, index) => assert.deepEqual(answer, [sizes[index], [digest('sha256', Buffer.alloc(sizes[index] ?? 0))]], `file ${index}`));
  assert.deepEqual(otherAnswers.answers[0], [12, [digest('sha256', Buffer.from('another job\n'))]]);
});
