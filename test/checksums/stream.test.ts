import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { appendFile, mkdir, open, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { test } from 'node:test';
import { checkChecksumsFile, readChecksumEntries, type CheckResult } from '../../src/checksums/index.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

// gc() for the bounded-memory test below, which reads what the check keeps after a full collection.
setFlagsFromString('--expose-gc');

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');
// Every refusal here must come without reading to the end of a huge or endless input.
const PROMPT = { timeout: 20_000 };

test('a long checksums file is checked line by line: every line reported once, in order, with the counts', PROMPT, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a');
  await writeFile(join(dir, 'b'), 'b');
  // 20,010 lines over three names: many batches and threads, each line checked as sha256sum -c checks it.
  const good = `${sha256('a')}  a\n${sha256('b')}  b\n`;
  const lines = [];
  for (let i = 0; i < 10_000; i++) lines.push(i === 4321 ? `${sha256('x')}  a\n${sha256('b')}  b\n` : good, i % 1000 === 7 ? `${sha256('c')}  missing\n` : '');
  await writeFile(join(dir, 'SUMS'), lines.join(''));
  const seen: number[] = [];
  const statuses = new Map<string, number>();
  const counts = await checkChecksumsFile(join(dir, 'SUMS'), {
    base: dir,
    concurrency: 2,
    onResult: (result: CheckResult) => {
      seen.push(result.entry.line);
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    },
  });
  assert.deepEqual(counts, { ok: 19_999, mismatch: 1, missing: 10, unreadable: 0, ignored: 0 });
  assert.equal(seen.length, 20_010);
  assert.ok(seen.every((line, index) => index === 0 || line > (seen[index - 1] ?? 0)), 'results come in line order');
});

test('a checksums file of a million lines is checked in bounded memory: the heap grows by far less than the lines would take', { timeout: 180_000 }, async (t) => {
  const dir = await tempDir(t);
  const lines = 1_000_000;
  // 76 MB of lines naming missing files (each looked up, none read): held as entries they would take well over 150 MiB.
  const file = await open(join(dir, 'SUMS'), 'w');
  for (let start = 0; start < lines; start += 50_000) {
    let chunk = '';
    for (let i = start; i < start + 50_000; i++) chunk += `${sha256('x')}  m/${i}\n`;
    await file.write(chunk);
  }
  await file.close();
  // What the check keeps, read after a full collection every 100,000 results: lines held as entries would add about
  // 15 MiB each time; streamed ones leave nothing. (Resident memory, or the heap without collecting, also count
  // garbage not yet collected and the hashing threads, which vary with the machine's load.)
  const collect = runInNewContext('gc') as () => void;
  const retained: number[] = [];
  let reported = 0;
  const counts = await checkChecksumsFile(join(dir, 'SUMS'), {
    base: dir,
    concurrency: 2,
    onResult: () => {
      reported += 1;
      if (reported % 100_000 === 0) {
        collect();
        retained.push(process.memoryUsage().heapUsed);
      }
    },
  });
  assert.deepEqual(counts, { ok: 0, mismatch: 0, missing: lines, unreadable: 0, ignored: 0 });
  assert.equal(reported, lines);
  const grown = ((retained.at(-1) ?? 0) - (retained[0] ?? 0)) / 2 ** 20;
  t.diagnostic(`the heap kept ${grown.toFixed(1)} MiB more after a million lines than after 100,000`);
  assert.ok(grown < 16, `the heap kept ${grown.toFixed(1)} MiB more after a million lines than after 100,000`);
});

test('--check prints every line like sha256sum -c and the same counts; --ignore-missing counts skipped files apart', PROMPT, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a');
  await writeFile(join(dir, 'SUMS'), `${sha256('a')}  a\n`.repeat(3000) + `${sha256('z')}  gone\n\n${sha256('b')}  a\r\n${sha256('a')}  a`);
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.code, 1);
  const printed = run.stdout.split('\n').filter(Boolean);
  assert.equal(printed.length, 3003);
  assert.deepEqual(printed.slice(-3), ['gone: FAILED open or read (missing)', 'a: FAILED', 'a: OK']);
  assert.match(run.stderr, /1 computed checksum did NOT match/);
  assert.match(run.stderr, /1 listed file could not be read/);
  const quiet = await cli(['checksums', '--check', 'SUMS', '--quiet', '--ignore-missing'], dir);
  assert.equal(quiet.stdout, 'a: FAILED\n');
  // sha256sum agrees line for line (CRLF and the missing final newline included).
  let expected = '';
  try {
    execFileSync('sha256sum', ['-c', 'SUMS'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    expected = (error as { stdout: string }).stdout;
  }
  assert.equal(expected.split('\n').filter(Boolean).length, 3003);
  assert.deepEqual(expected.split('\n').filter(Boolean).slice(-3), ['gone: FAILED open or read', 'a: FAILED', 'a: OK']);
});

test('an over-long line is CHECKSUMS_LINE_TOO_LONG naming its line, even in an endless line', PROMPT, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'SUMS'), `${sha256('a')}  a\n${sha256('a')}  ${'x'.repeat(20_000)}\n`);
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^trust-kit: CHECKSUMS_LINE_TOO_LONG: SUMS:2: the line is longer than 16384 bytes/);
  // 64 GiB of zero bytes without a line feed (sparse, so it costs no disk): refused at the first cap.
  await writeFile(join(dir, 'HUGE'), `${sha256('a')}  a\n`);
  await truncate(join(dir, 'HUGE'), 64 * 1024 ** 3);
  await assert.rejects(checkChecksumsFile(join(dir, 'HUGE'), { base: dir, onResult: () => {} }), { code: 'CHECKSUMS_LINE_TOO_LONG', message: /HUGE:2: / });
});

test('entries are yielded as their lines are read: the first comes without reading the rest', PROMPT, async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'SUMS');
  await writeFile(path, `${sha256('a')}  first\n`);
  // A sparse tail of 64 GiB: a reader that read the file whole would not finish within the timeout.
  await truncate(path, 64 * 1024 ** 3);
  await appendFile(path, 'never reached\n');
  for await (const entry of readChecksumEntries(path)) {
    assert.deepEqual(entry, { name: 'first', algorithm: 'sha256', hex: sha256('a'), line: 1 });
    break;
  }
});

test('a checksums file that is a pipe or a device is refused; listed pipes and devices are unreadable, not read', PROMPT, async (t) => {
  const dir = await tempDir(t);
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  for (const file of ['pipe', '/dev/zero']) {
    const run = await cli(['checksums', '--check', file], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^trust-kit: FILE_NOT_REGULAR: checksums file .* is a (named pipe|character device)/);
  }
  await writeFile(join(dir, 'SUMS'), `${sha256('')}  pipe\n${sha256('')}  /dev/zero\n${sha256('')}  .\n`);
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.stdout, 'pipe: FAILED open or read\n/dev/zero: FAILED open or read (outside the base directory)\n.: FAILED open or read\n');
  assert.equal(run.code, 1);
});

test('--check never reads outside the base directory: absolute names, .. and links out are unreadable, unread; inside, all three are checked', PROMPT, async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'base');
  await mkdir(join(base, 'sub'), { recursive: true });
  await writeFile(join(dir, 'secret'), 'secret');
  await writeFile(join(base, 'a'), 'a');
  await symlink(join(dir, 'secret'), join(base, 'out'));
  await symlink(dir, join(base, 'up'));
  await symlink('a', join(base, 'in'));
  const outside = [join(dir, 'secret'), '../secret', 'sub/../../secret', 'out', 'up/secret'];
  const inside = [join(base, 'a'), 'sub/../a', 'in'];
  await writeFile(join(dir, 'SUMS'), [...outside.map((name) => `${sha256('secret')}  ${name}\n`), ...inside.map((name) => `${sha256('a')}  ${name}\n`)].join(''));
  const run = await cli(['checksums', '--check', '../SUMS'], base);
  assert.deepEqual(run.stdout.split('\n').filter(Boolean), [...outside.map((name) => `${name}: FAILED open or read (outside the base directory)`), ...inside.map((name) => `${name}: OK`)]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /5 listed files could not be read/);
  // The base named through a link is the directory it leads to: its files are inside.
  await symlink(base, join(dir, 'alias'));
  const aliased = await cli(['checksums', '--check', 'SUMS', '--base', 'alias', '--ignore-missing'], dir);
  assert.deepEqual(aliased.stdout.split('\n').filter(Boolean).slice(-3), inside.map((name) => `${name}: OK`));
});

test('--check reports a name leading out of the base as outside whether or not it exists there: its report tells nothing of what is outside', PROMPT, async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'base');
  await mkdir(base);
  await writeFile(join(dir, 'secret'), 'secret');
  const names = ['../secret', '../nothere', join(dir, 'nothere'), 'sub/../../nothere'];
  await writeFile(join(dir, 'SUMS'), names.map((name) => `${sha256('secret')}  ${name}\n`).join(''));
  for (const flags of [[], ['--ignore-missing']]) {
    const run = await cli(['checksums', '--check', '../SUMS', ...flags], base);
    assert.deepEqual(run.stdout.split('\n').filter(Boolean), names.map((name) => `${name}: FAILED open or read (outside the base directory)`), flags.join(' '));
    assert.equal(run.code, 1);
  }
});

test('--check reads nothing in a directory beside the base whose name starts with the base\'s (base-other/ beside base/)', PROMPT, async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'base');
  await mkdir(base);
  await mkdir(join(dir, 'base-other'));
  await writeFile(join(dir, 'base-other', 'secret'), 'secret');
  await writeFile(join(dir, 'SUMS'), `${sha256('secret')}  ../base-other/secret\n`);
  const run = await cli(['checksums', '--check', '../SUMS'], base);
  assert.deepEqual(run.stdout.split('\n').filter(Boolean), ['../base-other/secret: FAILED open or read (outside the base directory)']);
  assert.equal(run.code, 1);
});

test('a checksums file starting with a byte order mark is refused as sha256sum refuses it, saying so', PROMPT, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a');
  await writeFile(join(dir, 'SUMS'), `\uFEFF${sha256('a')}  a\r\n`);
  assert.notEqual(spawnSync('sha256sum', ['-c', 'SUMS'], { cwd: dir }).status, 0);
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^trust-kit: CHECKSUMS_MALFORMED_LINE: SUMS:1: the file starts with a byte order mark \(U\+FEFF\)/);
  assert.match(run.stderr, /without a byte order mark/);
});

test('comment lines and blanks before a digest are read as sha256sum -c reads them; a tab after the digest and md5 -r\'s single space are refused naming the line', PROMPT, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a');
  await writeFile(join(dir, 'b'), 'b');
  await writeFile(join(dir, 'SUMS'), `# made by hand\n  ${sha256('a')}  a\n\t${sha256('b')} *b\n#${'0'.repeat(64)}  b\n`);
  assert.equal(spawnSync('sha256sum', ['-c', 'SUMS'], { cwd: dir }).status, 0);
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, 'a: OK\nb: OK\n');
  for (const [line, shown] of [[`${sha256('a')}\ta`, '\\\\t'], [`${sha256('a')} a`, ' ']] as const) {
    await writeFile(join(dir, 'SUMS'), `${line}\n`);
    const refused = await cli(['checksums', '--check', 'SUMS'], dir);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, new RegExp(`CHECKSUMS_MALFORMED_LINE: SUMS:1: not a checksum line: "${sha256('a')}${shown}a"`));
  }
});

test('a name holding a NUL byte (a line of sha256sum -z) is refused naming its line, not reported as a file that could not be read', PROMPT, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a');
  await writeFile(join(dir, 'SUMS'), `${sha256('a')}  a\n${sha256('a')}  a\u0000junk\n`);
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /CHECKSUMS_MALFORMED_LINE: SUMS:2: the name "a\\u0000junk" holds a NUL byte, which no file name can/);
});

test('--check never opens a pipe the checksums file names: a writer waiting for a reader stays waiting', PROMPT, async (t) => {
  const dir = await tempDir(t);
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  // The writer's open returns only once a reader opens the pipe; then it leaves a mark.
  const writer = spawn('sh', ['-c', 'exec 3> pipe; echo opened > mark'], { cwd: dir, stdio: 'ignore' });
  t.after(() => writer.kill());
  await new Promise((settle) => setTimeout(settle, 200));
  await writeFile(join(dir, 'SUMS'), `${sha256('x\n')}  pipe\n`);
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.stdout, 'pipe: FAILED open or read\n');
  await new Promise((settle) => setTimeout(settle, 200));
  assert.equal(existsSync(join(dir, 'mark')), false, 'the pipe was opened');
});

test('an empty checksums file, or one of blank lines, is CHECKSUMS_EMPTY; a malformed line names its number', PROMPT, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'EMPTY'), '\n\r\n\n');
  assert.match((await cli(['checksums', '--check', 'EMPTY'], dir)).stderr, /CHECKSUMS_EMPTY: EMPTY lists no checksums/);
  await writeFile(join(dir, 'BAD'), `${sha256('a')}  a\n`.repeat(700) + 'garbage\n');
  assert.match((await cli(['checksums', '--check', 'BAD'], dir)).stderr, /CHECKSUMS_MALFORMED_LINE: BAD:701: not a checksum line: "garbage"/);
});

test('a result callback that throws (an output that cannot be written) fails the check, not the process', PROMPT, async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a');
  await writeFile(join(dir, 'SUMS'), `${sha256('a')}  a\n`.repeat(2000));
  let calls = 0;
  await assert.rejects(
    checkChecksumsFile(join(dir, 'SUMS'), {
      base: dir,
      concurrency: 2,
      onResult: () => {
        calls += 1;
        if (calls === 300) throw new Error('EPIPE');
      },
    }),
    { message: 'EPIPE' },
  );
});
