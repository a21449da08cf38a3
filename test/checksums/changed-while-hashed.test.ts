// Artifacts written to while they are hashed (a build still copying into dist/, a second job writing
// the same directory): the checksums must never describe bytes that were not the file's at one
// moment. Each read of the file under test is followed, once, by a change made by "another
// process" (the test, through the real file system), deterministically between two reads.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { collectArtifacts, hashArtifacts } from '../../src/checksums/index.js';
import { tempDir } from '../support/tmp.js';

/** Run once, after the next read of the file with this inode: the change another writer makes between two reads. */
let afterRead: { ino: number; change: () => void } | undefined;
const realReadSync = fs.readSync;
// Every read of this process (the calling thread hashes with node:fs too) goes through here; only the watched file's first read triggers the change.
fs.readSync = function (fd: number, ...rest: unknown[]): number {
  const read = (realReadSync as (fd: number, ...args: unknown[]) => number).call(fs, fd, ...rest);
  if (afterRead !== undefined && fs.fstatSync(fd).ino === afterRead.ino) {
    const { change } = afterRead;
    afterRead = undefined;
    change();
  }
  return read;
} as typeof fs.readSync;
syncBuiltinESMExports();

const MiB = 1024 * 1024;
const CHANGES: [string, (path: string, size: number) => void][] = [
  // Rewritten in place, same size (cp over an existing file, a build rewriting its output).
  ['rewritten in place', (path, size) => fs.writeFileSync(path, Buffer.alloc(size, 'b'), { flag: 'r+' })],
  ['grown', (path) => fs.appendFileSync(path, 'more')],
  ['shrunk', (path, size) => fs.truncateSync(path, size / 2)],
];

/** A directory of `count` small files and big.bin (`size` bytes of 'a', more than one read), old enough that a change moves its timestamps. */
async function tree(t: Parameters<typeof tempDir>[0], count: number, size: number): Promise<{ dir: string; big: string }> {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  for (let index = 0; index < count; index += 1) await writeFile(join(dir, 'dist', `${index}.txt`), String(index));
  const big = join(dir, 'dist', 'big.bin');
  await writeFile(big, Buffer.alloc(size, 'a'));
  // File timestamps move in ticks of the kernel's coarse clock (a few ms): a change in the same tick as the write that made the file keeps them.
  await sleep(50);
  return { dir, big };
}

for (const [what, change] of CHANGES) {
  test(`an artifact ${what} while it is hashed on the calling thread, one read at a time, is refused (CHECKSUMS_FILE_CHANGED), never given a digest of bytes from before and after`, async (t) => {
    const size = 3 * MiB;
    const { dir, big } = await tree(t, 1, size);
    const listed = await collectArtifacts(['dist'], { cwd: dir, base: dir });
    afterRead = { ino: fs.statSync(big).ino, change: () => change(big, size) };
    await assert.rejects(hashArtifacts(listed, 'sha256', { concurrency: 1 }), { code: 'CHECKSUMS_FILE_CHANGED', message: /big\.bin/, hint: /run again/ });
    assert.equal(afterRead, undefined, 'the file was changed between two reads');
  });

  test(`an artifact ${what} while it is hashed by the pool (many files), is refused (CHECKSUMS_FILE_CHANGED)`, async (t) => {
    const size = 3 * MiB;
    const { dir, big } = await tree(t, 70, size);
    const listed = await collectArtifacts(['dist'], { cwd: dir, base: dir });
    afterRead = { ino: fs.statSync(big).ino, change: () => change(big, size) };
    // One thread, the calling one: its reads are this process's node:fs.
    await assert.rejects(hashArtifacts(listed, 'sha256', { concurrency: 1, callerHelps: true }), { code: 'CHECKSUMS_FILE_CHANGED', message: /big\.bin/ });
    assert.equal(afterRead, undefined, 'the file was changed between two reads');
  });
}

test('an artifact replaced (renamed over) while it is hashed is refused too: the bytes read were the file\'s, but the path now names others, which a release would publish beside this checksum', async (t) => {
  const size = 3 * MiB;
  const { dir, big } = await tree(t, 1, size);
  const listed = await collectArtifacts(['dist'], { cwd: dir, base: dir });
  afterRead = {
    ino: fs.statSync(big).ino,
    change: () => {
      fs.writeFileSync(`${big}.new`, 'new');
      fs.renameSync(`${big}.new`, big);
    },
  };
  await assert.rejects(hashArtifacts(listed, 'sha256', { concurrency: 1 }), { code: 'CHECKSUMS_FILE_CHANGED' });
  assert.equal(afterRead, undefined, 'the file was replaced between two reads');
});

test('an artifact that nothing writes to is hashed as before: the second look costs no refusal', async (t) => {
  const size = 3 * MiB;
  const { dir } = await tree(t, 70, size);
  const listed = await collectArtifacts(['dist'], { cwd: dir, base: dir });
  const expected = createHash('sha256').update(Buffer.alloc(size, 'a')).digest('hex');
  for (const options of [{ concurrency: 1 }, { concurrency: 1, callerHelps: true }, { concurrency: 2 }]) {
    assert.equal((await hashArtifacts(listed, 'sha256', options)).find((hashed) => hashed.name === 'dist/big.bin')?.hex, expected);
  }
});

test('a listed file swapped for a link (to a file outside the base) before it is read is refused unread, on threads and in process; a listed link is read at its checked target', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'base'));
  await writeFile(join(dir, 'outside'), 'SECRET');
  for (const count of [1, 100]) {
    const names = Array.from({ length: count }, (_, index) => `f${String(index).padStart(3, '0')}`);
    for (const name of names) await writeFile(join(dir, 'base', name), name);
    const listed = await collectArtifacts(['base'], { cwd: dir, base: 'base' });
    const last = join(dir, 'base', names.at(-1) as string);
    await rm(last);
    await symlink(join(dir, 'outside'), last);
    await assert.rejects(hashArtifacts(listed, 'sha256'), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'CHECKSUMS_READ_FAILED', `${count}: ${error.message}`);
      assert.match(error.message, /is a symbolic link, which is never followed once listed/);
      assert.match(error.hint ?? '', /replaced it with a link after it was listed/);
      return true;
    });
    // A user naming the file one by one has it read where it points.
    const followed = await hashArtifacts([{ path: last, name: 'x' }], 'sha256', { followLinks: true });
    assert.equal(followed[0]?.size, 'SECRET'.length);
    await rm(join(dir, 'base'), { recursive: true });
    await mkdir(join(dir, 'base'));
  }
  // A link listed by the walk, its target inside the base, is read there.
  await writeFile(join(dir, 'base', 'real'), 'real bytes');
  await symlink('real', join(dir, 'base', 'link'));
  const hashed = await hashArtifacts(await collectArtifacts(['base'], { cwd: dir, base: 'base' }), 'sha256');
  assert.deepEqual(hashed.map((artifact) => [artifact.name, artifact.size]), [['link', 10], ['real', 10]]);
});
