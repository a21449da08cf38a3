import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { COMMIT_LOCK, commitTogether, directoryRemovedOnSignal, makeDirectories, openRegularFile, prepareFileAtomic, readRegularFile, readRegularFileSync, removeTemporaryFiles, underCommitLock, writeFileAtomic } from '../../src/core/files.js';
import { processPlace } from '../../src/core/process-place.js';
import { onPurge, purge } from '../../src/secrets/index.js';
import { tempDir } from '../support/tmp.js';

// Every refusal must come before any read: a blocking open or read would hang past this timeout.
const PROMPT = { timeout: 5_000 };

test('a named pipe with no writer is refused without blocking, naming the file', PROMPT, async (t) => {
  const dir = await tempDir(t);
  const fifo = join(dir, 'bundle.json');
  execFileSync('mkfifo', [fifo]);
  await assert.rejects(readRegularFile(fifo, { maxBytes: 1024, what: 'bundle', shown: 'bundle.json' }), {
    code: 'FILE_NOT_REGULAR',
    message: 'bundle bundle.json is a named pipe, not a regular file',
  });
});

test('/dev/zero, a directory and a missing file: refused or the system error, promptly', PROMPT, async (t) => {
  const dir = await tempDir(t);
  await assert.rejects(readRegularFile('/dev/zero', { maxBytes: 1024, what: 'trusted root' }), { code: 'FILE_NOT_REGULAR', message: /\/dev\/zero is a character device/ });
  await mkdir(join(dir, 'keys'));
  await assert.rejects(readRegularFile(join(dir, 'keys'), { maxBytes: 1024, what: 'public key' }), { code: 'FILE_NOT_REGULAR', message: /keys is a directory/ });
  await assert.rejects(readRegularFile(join(dir, 'absent'), { maxBytes: 1024, what: 'bundle' }), { code: 'ENOENT' });
});

test('a file over the cap is refused before it is read, naming the file and the cap', PROMPT, async (t) => {
  const dir = await tempDir(t);
  const big = join(dir, 'huge.sigstore.json');
  // Sparse: 64 GiB on paper, nothing on disk; a read of it would not finish within the timeout.
  await writeFile(big, '');
  await truncate(big, 64 * 1024 ** 3);
  await assert.rejects(readRegularFile(big, { maxBytes: 32 * 1024 * 1024, what: 'bundle', shown: 'huge.sigstore.json' }), {
    code: 'FILE_TOO_LARGE',
    message: 'bundle huge.sigstore.json holds 65536 MiB, more than the 32 MiB trust-kit reads for a bundle',
  });
  await assert.rejects(openRegularFile(big, { maxBytes: 1024, what: 'key' }), { code: 'FILE_TOO_LARGE', message: /more than the 1 KiB/ });
});

test('a regular file at the cap is read whole; one byte over is refused', PROMPT, async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'root.json');
  await writeFile(path, Buffer.alloc(4096, 7));
  assert.deepEqual(await readRegularFile(path, { maxBytes: 4096, what: 'trusted root' }), Buffer.alloc(4096, 7));
  await assert.rejects(readRegularFile(path, { maxBytes: 4095, what: 'trusted root' }), { code: 'FILE_TOO_LARGE', message: /holds 4 KiB, more than the 4095 bytes/ });
  await writeFile(path, '');
  assert.equal((await readRegularFile(path, { maxBytes: 10, what: 'x' })).length, 0);
});

test('the synchronous reader makes the same refusals, before any read, and reads the same bytes', PROMPT, async (t) => {
  const dir = await tempDir(t);
  const fifo = join(dir, 'bundle.json');
  execFileSync('mkfifo', [fifo]);
  assert.throws(() => readRegularFileSync(fifo, { maxBytes: 1024, what: 'bundle', shown: 'bundle.json' }), { code: 'FILE_NOT_REGULAR', message: 'bundle bundle.json is a named pipe, not a regular file' });
  assert.throws(() => readRegularFileSync('/dev/zero', { maxBytes: 1024, what: 'trusted root' }), { code: 'FILE_NOT_REGULAR', message: /\/dev\/zero is a character device/ });
  assert.throws(() => readRegularFileSync(dir, { maxBytes: 1024, what: 'public key' }), { code: 'FILE_NOT_REGULAR', message: /is a directory/ });
  assert.throws(() => readRegularFileSync(join(dir, 'absent'), { maxBytes: 1024, what: 'bundle' }), { code: 'ENOENT' });
  const big = join(dir, 'huge.sigstore.json');
  await writeFile(big, '');
  await truncate(big, 64 * 1024 ** 3);
  assert.throws(() => readRegularFileSync(big, { maxBytes: 32 * 1024 * 1024, what: 'bundle', shown: 'huge.sigstore.json' }), { code: 'FILE_TOO_LARGE', message: 'bundle huge.sigstore.json holds 65536 MiB, more than the 32 MiB trust-kit reads for a bundle' });
  const path = join(dir, 'root.json');
  await writeFile(path, Buffer.alloc(4096, 7));
  assert.deepEqual(readRegularFileSync(path, { maxBytes: 4096, what: 'trusted root' }), Buffer.alloc(4096, 7));
  assert.throws(() => readRegularFileSync(path, { maxBytes: 4095, what: 'trusted root' }), { code: 'FILE_TOO_LARGE', message: /holds 4 KiB, more than the 4095 bytes/ });
  await writeFile(path, '');
  assert.equal(readRegularFileSync(path, { maxBytes: 10, what: 'x' }).length, 0);
});

test('a prepared file of secret bytes is removed by purge (what SIGINT, SIGTERM, exit and a crash run) until it is put in place or discarded', async (t) => {
  const dir = await tempDir(t);
  await prepareFileAtomic(join(dir, 'a.key'), 'secret', 0o600, { whileTemporary: onPurge });
  assert.match((await readdir(dir)).join(), new RegExp(`^\\.a\\.key\\.[0-9a-f]{12}\\.${process.pid}\\.${processPlace()}\\.tmp$`));
  purge();
  assert.deepEqual(await readdir(dir), [], 'the temporary file is gone');
  const registered: (() => void)[] = [];
  const unregistered: (() => void)[] = [];
  const registrar = (remove: () => void): (() => void) => {
    registered.push(remove);
    return () => void unregistered.push(remove);
  };
  await (await prepareFileAtomic(join(dir, 'b.key'), 'b', 0o600, { whileTemporary: registrar })).commit();
  await (await prepareFileAtomic(join(dir, 'c.key'), 'c', 0o600, { whileTemporary: registrar })).discard();
  assert.deepEqual(unregistered, registered, 'unregistered once the file is in place or removed');
  assert.equal(await readFile(join(dir, 'b.key'), 'utf8'), 'b');
  assert.deepEqual(await readdir(dir), ['b.key']);
});

test('a refused file whose name holds control characters or a line feed is named quoted', PROMPT, async (t) => {
  const dir = await tempDir(t);
  const name = 'key\u001b]0;owned\u0007\nforged';
  await mkdir(join(dir, name));
  await assert.rejects(readRegularFile(join(dir, name), { maxBytes: 1024, what: 'public key', shown: name }), {
    code: 'FILE_NOT_REGULAR',
    message: 'public key "key\\u001b]0;owned\\u0007\\nforged" is a directory, not a regular file',
  });
  await writeFile(join(dir, 'big\u009b2J'), 'x'.repeat(2048));
  await assert.rejects(readRegularFile(join(dir, 'big\u009b2J'), { maxBytes: 1024, what: 'bundle', shown: 'big\u009b2J' }), { code: 'FILE_TOO_LARGE', message: /^bundle "big\\u009b2J" holds / });
});

test('a file whose name takes most of the 255 bytes a name may have is written atomically: the temporary name beside it stays within the limit', async (t) => {
  const dir = await tempDir(t);
  for (const name of ['a'.repeat(255), `${'\u00e9'.repeat(120)}.json`]) {
    await writeFileAtomic(join(dir, name), 'x');
    assert.equal(await readFile(join(dir, name), 'utf8'), 'x');
  }
  assert.deepEqual((await readdir(dir)).length, 2, 'no temporary file is left');
});

test('a written file has the mode asked for narrowed by the umask, as every tool writes them: 0644 under 022, 0600 under 077, a key 0600 under 000', { skip: process.platform === 'win32' && 'POSIX modes' }, async (t) => {
  const dir = await tempDir(t);
  const { stat } = await import('node:fs/promises');
  const previous = process.umask(0o022);
  t.after(() => process.umask(previous));
  await writeFileAtomic(join(dir, 'SHA256SUMS'), 'sums\n');
  assert.equal(((await stat(join(dir, 'SHA256SUMS'))).mode & 0o777).toString(8), '644');
  process.umask(0o077);
  await writeFileAtomic(join(dir, 'sbom.json'), '{}\n', 0o644, { overwrite: false });
  assert.equal(((await stat(join(dir, 'sbom.json'))).mode & 0o777).toString(8), '600');
  process.umask(0);
  await (await prepareFileAtomic(join(dir, 'k.key'), 'secret', 0o600)).commit();
  assert.equal(((await stat(join(dir, 'k.key'))).mode & 0o777).toString(8), '600');
});

test('a write removes the temporary files dead writers of its place left in its directory (any target), once per directory, and keeps a live writer\'s, another place\'s (another container\'s pid namespace, another host) and anything not named as one', { skip: process.platform === 'win32' && 'process ids' }, async (t) => {
  const dir = await tempDir(t);
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  const live = process.ppid;
  const place = processPlace();
  const elsewhere = place === '00000000' ? '11111111' : '00000000';
  const left = [`.SHA256SUMS.0123456789ab.${dead}.${place}.tmp`, `.other.json.0123456789ab.${dead}.${place}.tmp`];
  // An id that is free here may be a live writer's in another pid namespace; files of earlier versions do not say where their id means something.
  const kept = [`.SHA256SUMS.0123456789ab.${live}.${place}.tmp`, `.SHA256SUMS.0123456789ab.${dead}.${elsewhere}.tmp`, `.SHA256SUMS.0123456789ab.${dead}.tmp`, '.SHA256SUMS.tmp', `.notes.0123456789ab.${dead}.${place}.txt`];
  for (const name of [...left, ...kept]) await writeFile(join(dir, name), 'x');
  await writeFileAtomic(join(dir, 'SHA256SUMS'), 'sums\n');
  assert.deepEqual((await readdir(dir)).sort(), [...kept, 'SHA256SUMS'].sort());
  // The directory was looked in once: a dead writer's file that appears later stays until another process writes there.
  await writeFile(join(dir, left[0] as string), 'x');
  await writeFileAtomic(join(dir, 'SHA256SUMS'), 'sums again\n');
  assert.ok((await readdir(dir)).includes(left[0] as string));
});

test('the hint of a refused file names the kind of file once: "the checksums file itself", "the bundle file itself"', PROMPT, async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'SHA256SUMS'));
  await assert.rejects(readRegularFile(join(dir, 'SHA256SUMS'), { maxBytes: 1024, what: 'checksums file' }), { code: 'FILE_NOT_REGULAR', hint: /^give the path of the checksums file itself;/ });
  await assert.rejects(readRegularFile(join(dir, 'SHA256SUMS'), { maxBytes: 1024, what: 'bundle' }), { code: 'FILE_NOT_REGULAR', hint: /^give the path of the bundle file itself;/ });
});

test('writing over a directory says that the target is a directory, and not the temporary name nor a hint about free space', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'out.json'));
  await assert.rejects(writeFileAtomic(join(dir, 'out.json'), '{}'), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'FILE_WRITE_FAILED');
    assert.equal(error.message, `could not write ${join(dir, 'out.json')}: it is a directory`);
    assert.equal(error.hint, 'give the path of a file to write, not a directory');
    return true;
  });
  assert.deepEqual(await readdir(dir), ['out.json'], 'the temporary file is gone');
});

test('writing under a file (f.txt/k.key) says that a file stands in the directory path, not that a directory already exists', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'f.txt'), 'x');
  for (const target of [join(dir, 'f.txt', 'k.key'), join(dir, 'f.txt', 'sub', 'k.key')]) {
    await assert.rejects(writeFileAtomic(target, 'key'), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'FILE_WRITE_FAILED');
      assert.equal(error.message, `could not write ${target}: a file stands where a directory of its path must be`);
      assert.equal(error.hint, 'give a path whose directories are directories, or move the file in the way');
      return true;
    });
  }
});

test('a file under a directory that cannot be made where its parent exists (/proc/nope/SUMS) fails at once: Node\'s recursive mkdir retries it forever', { ...PROMPT, skip: process.platform !== 'linux' && '/proc is Linux\'s' }, async () => {
  await assert.rejects(writeFileAtomic('/proc/trust-kit-nope/SUMS', 'x'), { code: 'FILE_WRITE_FAILED', message: /^could not write \/proc\/trust-kit-nope\/SUMS: / });
  await assert.rejects(makeDirectories('/proc/trust-kit-nope/deeper'), { code: 'ENOENT' });
});

test('a commit lock naming this process under a nonce it does not hold (a holding of it since ended, or an earlier process of this id) is removed; one it holds is waited for', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, COMMIT_LOCK), JSON.stringify({ pid: process.pid, place: processPlace(), nonce: 'c0ffee000000' }));
  assert.equal(await underCommitLock([dir], async () => 'ran', 100), 'ran', 'before: waited for itself, then FILE_LOCKED naming its own process');
  // Two holdings of one process at once: the second waits for the first, whose lock it never takes for a leftover.
  const order: string[] = [];
  const hold = (name: string) => underCommitLock([dir], async () => {
    order.push(`${name} in`);
    await new Promise((resolve) => setTimeout(resolve, 60));
    order.push(`${name} out`);
  });
  await Promise.all([hold('first'), hold('second')]);
  assert.deepEqual(order, ['first in', 'first out', 'second in', 'second out']);
  assert.deepEqual(await readdir(dir), []);
});

test('one directory named two ways (relative and absolute, with a trailing slash) is one commit lock, not one the process then waits for', async (t) => {
  const dir = await tempDir(t);
  await assert.doesNotReject(underCommitLock([relative(process.cwd(), dir), `${dir}/`, dir], async () => undefined, 100));
  assert.deepEqual(await readdir(dir), []);
});

test('a killed run\'s lock this user cannot remove (another user\'s, in a sticky directory such as /tmp) is refused after the wait, not retried forever', { skip: (process.platform !== 'linux' || process.getuid?.() !== 0) && 'runs a process as another user (root only)' }, async (t) => {
  const dir = await tempDir(t);
  await chmod(dir, 0o755);
  // As /tmp is: anyone may add files, only a file's owner may move or remove it.
  const shared = join(dir, 'shared');
  await mkdir(shared);
  await chmod(shared, 0o1777);
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  await writeFile(join(shared, COMMIT_LOCK), JSON.stringify({ pid: dead, place: processPlace(), nonce: '0123456789ab' }));
  const files = new URL('../../src/core/files.ts', import.meta.url).href;
  const script = `import { underCommitLock } from ${JSON.stringify(files)}; await underCommitLock([${JSON.stringify(shared)}], async () => {}, 200).then(() => console.log('ran'), (error) => console.log(error.code, error.message));`;
  const child = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', script], { uid: 65534, gid: 65534, timeout: 20_000, encoding: 'utf8' });
  assert.equal(child.signal, null, 'it ended by itself (before: a busy loop, retrying the removal forever)');
  assert.match(child.stdout, new RegExp(`^FILE_LOCKED .*trust-kit process ${dead}\\b`));
  assert.ok((await readdir(shared)).includes(COMMIT_LOCK), 'the lock is left to its owner');
});

test('files put in place together wait for another run\'s commit lock in their directory; one a killed run left (its process ended, here) is removed; one held elsewhere is refused after the wait, naming its holder', { skip: process.platform === 'win32' && 'process ids' }, async (t) => {
  const dir = await tempDir(t);
  const lock = join(dir, COMMIT_LOCK);
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  await writeFile(lock, JSON.stringify({ pid: dead, place: processPlace(), nonce: '0123456789ab' }));
  await commitTogether([await prepareFileAtomic(join(dir, 'sbom.spdx.json'), 'a'), await prepareFileAtomic(join(dir, 'sbom.cdx.json'), 'b')]);
  assert.deepEqual((await readdir(dir)).sort(), ['sbom.cdx.json', 'sbom.spdx.json'], 'the stale lock is gone, and so is this run\'s');
  // A live process's lock in this place, and a lock of another place (another container's pid namespace), whose process cannot be asked about.
  for (const holder of [{ pid: process.ppid, place: processPlace() }, { pid: dead, place: processPlace() === '00000000' ? '11111111' : '00000000' }]) {
    await writeFile(lock, JSON.stringify({ ...holder, nonce: 'ba9876543210' }));
    let ran = false;
    await assert.rejects(
      underCommitLock([dir], async () => {
        ran = true;
      }, 100),
      { code: 'FILE_LOCKED', message: new RegExp(`locked by trust-kit process ${holder.pid}\\b`), hint: /remove .*\.trust-kit-commit\.lock/ },
    );
    assert.equal(ran, false);
    assert.ok((await readdir(dir)).includes(COMMIT_LOCK), 'another\'s lock is left');
  }
  // A killed holder whose process id is now another process's (this test's parent, which started at another time): removed.
  if (process.platform === 'linux') {
    await writeFile(lock, JSON.stringify({ pid: process.ppid, place: processPlace(), nonce: '0a0a0a0a0a0a', start: '1' }));
    assert.equal(await underCommitLock([dir], async () => 'after a reused process id', 100), 'after a reused process id');
  }
  // A lock made but never written (its maker killed in between), older than a live maker takes to write it: removed.
  await writeFile(lock, '');
  await utimes(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
  assert.equal(await underCommitLock([dir], async () => 'after an unwritten lock', 100), 'after an unwritten lock');
  // A fresh one (being written, as far as anyone can tell) is waited for; released meanwhile, this run goes on.
  await writeFile(lock, '');
  setTimeout(() => void rm(lock), 50);
  assert.equal(await underCommitLock([dir], async () => 'committed', 5000), 'committed');
  assert.deepEqual((await readdir(dir)).sort(), ['sbom.cdx.json', 'sbom.spdx.json']);
});

test('a private temporary directory registered for removal on a signal is removed with what it holds by removeTemporaryFiles, and no longer once unregistered', async (t) => {
  const dir = await tempDir(t);
  const registered = join(dir, 'private');
  const unregistered = join(dir, 'kept');
  for (const path of [registered, unregistered]) {
    await mkdir(join(path, 'targets'), { recursive: true });
    await writeFile(join(path, 'targets', 'root.json'), '{}');
  }
  directoryRemovedOnSignal(registered);
  directoryRemovedOnSignal(unregistered)();
  removeTemporaryFiles();
  assert.deepEqual(await readdir(dir), ['kept']);
});

test('readRegularFile with unchanged refuses a file written to while it is read (FILE_CHANGED), as signing needs; without it, the bytes are returned', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'growing.bin');
  await writeFile(path, Buffer.alloc(1 << 20));
  // Another process appends without pause: each read overlaps a write.
  const writer = spawn('sh', ['-c', 'while :; do printf x >> "$1"; done', 'sh', path], { stdio: 'ignore' });
  const exited = new Promise((done) => writer.once('exit', done));
  const outcomes = { changed: 0, read: 0, other: [] as string[] };
  // Stopped here, whatever happens: left running, it kept writing into the temporary directory being removed, and the test file never ended.
  try {
    // Read once the writer writes: on a busy machine its shell starts after many reads are done.
    while ((await stat(path)).size === 1 << 20) await new Promise((done) => setTimeout(done, 5));
    for (let attempt = 0; attempt < 200 && outcomes.changed === 0; attempt++) {
      await readRegularFile(path, { maxBytes: 64 << 20, what: 'artifact', unchanged: true }).then(
        () => outcomes.read++,
        (error: Error & { code?: string }) => {
          if (error.code === 'FILE_CHANGED' && /^artifact \S*growing\.bin changed while it was read/.test(error.message)) outcomes.changed++;
          else outcomes.other.push(`${error.code ?? ''}: ${error.message}`);
        },
      );
    }
  } finally {
    writer.kill('SIGKILL');
    await exited;
  }
  assert.deepEqual(outcomes.other, []);
  assert.equal(outcomes.changed, 1, `no read of 200 saw the writes (${outcomes.read} read)`);
  assert.ok((await readRegularFile(path, { maxBytes: 64 << 20, what: 'artifact' })).length >= 1 << 20);
});

test('files put in place together, one of whose names is too long for the file system, are FILE_WRITE_FAILED saying so, not an uncoded ENAMETOOLONG', async (t) => {
  const dir = await tempDir(t);
  const prepared = [await prepareFileAtomic(join(dir, 'short.json'), 'a'), await prepareFileAtomic(join(dir, `${'a'.repeat(300)}.json`), 'b')];
  await assert.rejects(commitTogether(prepared), { code: 'FILE_WRITE_FAILED', message: /its name is longer than the 255 bytes a file name may have/, hint: 'give it a shorter name or path' });
  assert.deepEqual(await readdir(dir), [], 'none put in place, no temporary file left');
});

test('files put in place together, one of whose targets is a directory, put none in place: the earlier ones of this run were left beside the older ones of another', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'sbom.spdx.json'), 'OLD');
  await mkdir(join(dir, 'sbom.cdx.json'));
  await assert.rejects(commitTogether([await prepareFileAtomic(join(dir, 'sbom.spdx.json'), 'new'), await prepareFileAtomic(join(dir, 'sbom.cdx.json'), 'new')]), { code: 'FILE_NOT_REGULAR', message: /sbom\.cdx\.json is a directory/ });
  assert.equal(await readFile(join(dir, 'sbom.spdx.json'), 'utf8'), 'OLD');
  assert.deepEqual((await readdir(dir)).sort(), ['sbom.cdx.json', 'sbom.spdx.json'], 'no temporary file is left');
});
