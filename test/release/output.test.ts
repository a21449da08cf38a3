import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeStagingDirectory, outputPathTest, planOutput, publishStagingDirectory } from '../../src/release/output.js';
import { tempDir } from '../support/tmp.js';

test('a staging directory is a sibling of the output directory and takes its place; a missing output directory and its parents are made', async (t) => {
  const root = await tempDir(t);
  const plan = await planOutput(join(root, 'a', 'out'), { force: false, keep: [] });
  const staging = await makeStagingDirectory(plan);
  assert.equal(join(staging, '..'), join(root, 'a'));
  assert.ok(outputPathTest(plan)(join(staging, 'SHA256SUMS')), 'the staging directory is never an artifact');
  await writeFile(join(staging, 'SHA256SUMS'), 'new\n');
  await publishStagingDirectory(plan, staging);
  assert.deepEqual(await readdir(join(root, 'a')), ['out']);
  await mkdir(join(root, 'plain'));
  assert.equal((await stat(join(root, 'a', 'out'))).mode, (await stat(join(root, 'plain'))).mode, 'the output directory has the mode any new directory gets, not a temporary directory\'s 0700');
  assert.equal(await readFile(join(root, 'a', 'out', 'SHA256SUMS'), 'utf8'), 'new\n');
});

test('under a umask that lets others write (000), the staging directory is the run\'s alone until it is published or kept, then has the umask\'s mode', async (t) => {
  const root = await tempDir(t);
  const before = process.umask(0);
  t.after(() => process.umask(before));
  const plan = await planOutput(join(root, 'out'), { force: false, keep: [] });
  const staging = await makeStagingDirectory(plan);
  // Another user could otherwise replace the checksums file between its writing and its signing.
  assert.equal((await stat(staging)).mode & 0o777, 0o700);
  await writeFile(join(staging, 'SHA256SUMS'), 'new\n');
  await publishStagingDirectory(plan, staging);
  assert.equal((await stat(join(root, 'out'))).mode & 0o777, 0o777);

  const kept = await planOutput(join(root, 'other'), { force: false, keep: [] });
  const keptStaging = await makeStagingDirectory(kept);
  await mkdir(join(root, 'other'));
  await writeFile(join(root, 'other', 'made-meanwhile'), 'x');
  await assert.rejects(publishStagingDirectory(kept, keptStaging), { code: 'RELEASE_OUTPUT_NOT_EMPTY' });
  assert.equal((await stat(keptStaging)).mode & 0o777, 0o777, 'a staging directory kept for the user has the mode of any directory it makes');
});

test('files that appear in the output directory during a run without force are kept, and so is the run\'s staging directory, named in the error', async (t) => {
  const root = await tempDir(t);
  const out = join(root, 'out');
  const plan = await planOutput(out, { force: false, keep: [] });
  const staging = await makeStagingDirectory(plan);
  await writeFile(join(staging, 'SHA256SUMS'), 'new\n');
  await mkdir(out);
  await writeFile(join(out, 'other.txt'), 'made meanwhile\n');
  await assert.rejects(publishStagingDirectory(plan, staging), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_OUTPUT_NOT_EMPTY');
    assert.ok(error.message.includes(`this run's files are in ${staging}`), error.message);
    return true;
  });
  assert.deepEqual(await readdir(out), ['other.txt']);
  assert.equal(await readFile(join(staging, 'SHA256SUMS'), 'utf8'), 'new\n');
});

test('with force, the earlier output directory is replaced as a whole, through a link to it too', async (t) => {
  const root = await tempDir(t);
  const real = join(root, 'real-out');
  await mkdir(real);
  await writeFile(join(real, 'SHA256SUMS.sigstore.json'), 'old bundle');
  await symlink(real, join(root, 'out'));
  await assert.rejects(planOutput(join(root, 'out'), { force: false, keep: [] }), { code: 'RELEASE_OUTPUT_NOT_EMPTY' });
  const plan = await planOutput(join(root, 'out'), { force: true, keep: [] });
  const staging = await makeStagingDirectory(plan);
  await writeFile(join(staging, 'SHA256SUMS'), 'new\n');
  await publishStagingDirectory(plan, staging);
  assert.deepEqual(await readdir(join(root, 'out')), ['SHA256SUMS']);
  assert.deepEqual((await readdir(root)).sort(), ['out', 'real-out'], 'no staging or replaced directory is left');
});

test('staging directories an interrupted run left are output paths also when seen through a linked directory', async (t) => {
  const root = await tempDir(t);
  await mkdir(join(root, 'real-dist', 'out'), { recursive: true });
  await symlink(join(root, 'real-dist'), join(root, 'dist'));
  const plan = await planOutput(join(root, 'dist', 'out'), { force: false, keep: [] });
  const staging = await makeStagingDirectory(plan);
  assert.ok(staging.startsWith(join(root, 'real-dist')), staging);
  const seenThroughLink = join(root, 'dist', staging.slice(join(root, 'real-dist').length + 1), 'SHA256SUMS');
  assert.ok(outputPathTest(plan)(seenThroughLink), seenThroughLink);
  assert.ok(!outputPathTest(plan)(join(root, 'dist', 'app.tgz')));
});

test('with force, an earlier output that cannot be removed once this run\'s is in place does not fail the run: its path is returned', async (t) => {
  const root = await tempDir(t);
  const out = join(root, 'out');
  await mkdir(join(out, 'old'), { recursive: true });
  const stuck = join(out, 'old', 'SHA256SUMS.sigstore.json');
  await writeFile(stuck, 'old bundle');
  try {
    // An immutable file: even root cannot remove it (ext4, xfs, btrfs).
    execFileSync('chattr', ['+i', stuck], { stdio: 'ignore' });
  } catch {
    t.skip('chattr +i is not available here');
    return;
  }
  try {
    const plan = await planOutput(out, { force: true, keep: [] });
    const staging = await makeStagingDirectory(plan);
    await writeFile(join(staging, 'SHA256SUMS'), 'new\n');
    const leftover = await publishStagingDirectory(plan, staging);
    assert.deepEqual(await readdir(out), ['SHA256SUMS']);
    assert.ok(leftover !== undefined && outputPathTest(plan)(join(leftover, 'old', 'SHA256SUMS.sigstore.json')), String(leftover));
  } finally {
    execFileSync('chattr', ['-R', '-i', root], { stdio: 'ignore' });
  }
});

/** Whether /dev/shm is a file system of its own under /dev (a mount point, as a container's volume is). */
async function shmIsMountPoint(): Promise<boolean> {
  try {
    return (await stat('/dev/shm')).dev !== (await stat('/dev')).dev;
  } catch {
    return false;
  }
}

test('an output directory that is a mount point (a container volume) is refused before any work: it cannot be replaced by a rename', { skip: !(await shmIsMountPoint()) && 'no /dev/shm mount point here' }, async () => {
  await assert.rejects(planOutput('/dev/shm', { force: true, keep: [] }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_OUTPUT_MOUNT_POINT', error.message);
    assert.match(error.message, /the output directory \/dev\/shm is a mount point/);
    assert.match(error.hint ?? '', /directory inside it/);
    return true;
  });
});

/** Mounts `source` at `target` (a bind mount, as `docker run -v $PWD/out:/src/out` makes), or says why it cannot here. */
function bindMount(source: string, target: string): string | undefined {
  const mounted = spawnSync('mount', ['--bind', source, target], { encoding: 'utf8' });
  return mounted.status === 0 ? undefined : `mount --bind is not allowed here: ${mounted.stderr.trim()}`;
}

test('an output directory bind-mounted from the same file system (a container volume of the checkout) is refused before any work: it failed with EBUSY after everything was signed', async (t) => {
  const root = await tempDir(t);
  await mkdir(join(root, 'src'));
  await mkdir(join(root, 'out'));
  const refused = bindMount(join(root, 'src'), join(root, 'out'));
  if (refused !== undefined) return t.skip(refused);
  // Unmounted here, before the temporary directory is removed (which a mount point inside would fail).
  try {
    assert.equal((await stat(join(root, 'out'))).dev, (await stat(root)).dev, 'the same file system: its device number does not tell');
    await assert.rejects(planOutput(join(root, 'out'), { force: true, keep: [] }), { code: 'RELEASE_OUTPUT_MOUNT_POINT' });
    // A directory inside it is no mount point.
    await mkdir(join(root, 'out', 'release'));
    await planOutput(join(root, 'out', 'release'), { force: true, keep: [] });
  } finally {
    spawnSync('umount', [join(root, 'out')]);
  }
});

test('an output directory under a file (f.txt/out) is RELEASE_OUTPUT_FAILED saying a file stands in its path, not a bare ENOTDIR', async (t) => {
  const root = await tempDir(t);
  await writeFile(join(root, 'f.txt'), 'x');
  await assert.rejects(planOutput(join(root, 'f.txt', 'out'), { force: false, keep: [] }), {
    code: 'RELEASE_OUTPUT_FAILED',
    message: `cannot look at the output directory ${join(root, 'f.txt', 'out')}: a file stands where a directory of its path must be`,
    hint: 'choose an output directory whose parents are directories (--output-dir, input "output-dir"), or move the file in the way',
  });
});
