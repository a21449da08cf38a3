import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { processPlace } from '../../src/core/process-place.js';
import { makeStagingDirectory, planOutput, removeStaleStagingDirectories } from '../../src/release/output.js';
import { cli } from '../support/cli.js';
import { CLI_ENTRY, NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The id of a process that has ended. */
function endedPid(): number {
  const ended = spawnSync('true');
  assert.ok(ended.pid !== undefined && ended.pid > 0);
  return ended.pid;
}

/** A directory named as a staging directory of `output` (default `out`) in `parent`, with a marker naming `holder` (or none). */
async function stagingDir(parent: string, suffix: string, holder: object | undefined, output = 'out'): Promise<string> {
  const dir = join(parent, `.${output}.trust-kit-staging-${suffix}`);
  await mkdir(dir);
  await writeFile(join(dir, 'SHA256SUMS'), 'stale\n');
  if (holder !== undefined) await writeFile(join(dir, '.trust-kit-staging'), JSON.stringify(holder));
  return dir;
}

test('a release killed after its staging directory exists leaves it; the next run removes it and its output is right', { timeout: 120_000 }, async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  // 64 GiB sparse: hashing it takes minutes and costs no disk; the run is killed long before.
  await writeFile(join(cwd, 'dist', 'huge.bin'), '');
  await truncate(join(cwd, 'dist', 'huge.bin'), 64 * 1024 ** 3);
  const run = spawn(NODE, [...TSX, CLI_ENTRY, 'release', '--base', 'dist', '--sbom-format', 'none', '--no-sign', 'dist'], { cwd, stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } });
  const exited = new Promise((resolve) => run.once('exit', resolve));
  let staging: string | undefined;
  for (let tries = 0; tries < 1200 && staging === undefined; tries++) {
    const name = (await readdir(cwd)).find((entry) => entry.startsWith('.trust-kit-out.trust-kit-staging-'));
    // Killed once the marker is whole: a kill between its creation and its write (a loaded machine) leaves a marker no run can read, which is left alone.
    const marker = name === undefined ? '' : await readFile(join(cwd, name, '.trust-kit-staging'), 'utf8').catch(() => '');
    if (name !== undefined && marker.endsWith('}')) staging = name;
    else await sleep(50);
  }
  run.kill('SIGKILL');
  await exited;
  assert.ok(staging !== undefined, 'the run made its staging directory');
  assert.deepEqual((await readdir(cwd)).sort(), [staging, 'dist'], 'the killed run left its staging directory and no output');

  await truncate(join(cwd, 'dist', 'huge.bin'), 0);
  const next = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--no-sign', 'dist'], cwd);
  assert.equal(next.code, 0, next.stderr);
  assert.match(next.stderr, /removed 1 directory that killed runs left: \.trust-kit-out\.trust-kit-staging-[0-9a-f]{12}\n/);
  assert.deepEqual((await readdir(cwd)).sort(), ['dist', 'trust-kit-out']);
  assert.deepEqual((await readdir(join(cwd, 'trust-kit-out'))).sort(), ['SHA256SUMS', 'VERIFY.md']);
  assert.equal(await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS'), 'utf8'), `${sha256('the release\n')}  app.tgz\n${sha256('')}  huge.bin\n`);
});

test('only staging directories with a marker whose process has ended are removed; a live run\'s, unmarked ones and links are left', async (t) => {
  const root = await tempDir(t);
  const host = hostname();
  const dead = await stagingDir(root, 'aaaaaaaaaaaa', { pid: endedPid(), host });
  const live = await stagingDir(root, 'bbbbbbbbbbbb', { pid: process.pid, host });
  const unmarked = await stagingDir(root, 'cccccccccccc', undefined);
  const otherHost = await stagingDir(root, 'dddddddddddd', { pid: endedPid(), host: `not-${host}` });
  // Another container sharing the volume: the same host name, another pid namespace, where the id may be free here.
  const otherPlace = await stagingDir(root, '333333333333', { pid: endedPid(), host, place: `${processPlace() === '00000000' ? '1' : '0'}0000000` });
  const garbage = join(root, '.out.trust-kit-staging-eeeeeeeeeeee');
  await mkdir(garbage);
  await writeFile(join(garbage, '.trust-kit-staging'), 'not json');
  // Valid JSON naming an ended run, but longer than any marker trust-kit writes.
  const oversized = join(root, '.out.trust-kit-staging-222222222222');
  await mkdir(oversized);
  await writeFile(join(oversized, '.trust-kit-staging'), JSON.stringify({ pid: endedPid(), host }) + ' '.repeat(600));
  const otherName = join(root, '.out.trust-kit-staging-not-ours');
  await mkdir(otherName);
  await writeFile(join(otherName, '.trust-kit-staging'), JSON.stringify({ pid: endedPid(), host }));
  // A link named as a staging directory, to a directory with a dead run's marker: neither is touched.
  const elsewhere = await tempDir(t);
  const target = await stagingDir(elsewhere, 'ffffffffffff', { pid: endedPid(), host });
  await symlink(target, join(root, '.out.trust-kit-staging-ffffffffffff'));
  // A marker that is a link to a dead run's marker is not read through.
  const linkedMarker = join(root, '.out.trust-kit-staging-111111111111');
  await mkdir(linkedMarker);
  await symlink(join(target, '.trust-kit-staging'), join(linkedMarker, '.trust-kit-staging'));

  const plan = await planOutput(join(root, 'out'), { force: false, keep: [] });
  assert.deepEqual((await removeStaleStagingDirectories(plan)).removed, [dead]);
  assert.deepEqual((await readdir(root)).sort(), [live, unmarked, otherHost, otherPlace, garbage, oversized, otherName, join(root, '.out.trust-kit-staging-ffffffffffff'), linkedMarker].map((path) => path.slice(root.length + 1)).sort());
  assert.deepEqual((await readdir(target)).sort(), ['.trust-kit-staging', 'SHA256SUMS'], 'the link\'s target is untouched');
});

test('a staging directory whose process id now belongs to a process that started at another time is removed', { skip: process.platform !== 'linux' && '/proc is Linux only' }, async (t) => {
  const root = await tempDir(t);
  const reused = await stagingDir(root, 'aaaaaaaaaaaa', { pid: process.pid, host: hostname(), start: '1' });
  const plan = await planOutput(join(root, 'out'), { force: false, keep: [] });
  const mine = await makeStagingDirectory(plan);
  assert.deepEqual((await removeStaleStagingDirectories(plan)).removed, [reused]);
  assert.deepEqual(await readdir(root), [mine.slice(root.length + 1)], 'this run\'s own staging directory, marked with its start time, is kept');
});

test('a staging directory made just now that holds nothing yet, or an empty marker, is a live run\'s between making it and writing its marker: left; an old one is removed', async (t) => {
  const root = await tempDir(t);
  const plan = await planOutput(join(root, 'out'), { force: false, keep: [] });
  const empty = join(root, '.out.trust-kit-staging-444444444444');
  const unwritten = join(root, '.out.trust-kit-staging-555555555555');
  await mkdir(empty);
  await mkdir(unwritten);
  await writeFile(join(unwritten, '.trust-kit-staging'), '');
  assert.deepEqual((await removeStaleStagingDirectories(plan)).removed, [], 'removed under a live run, its marker write or its files would fail');
  const longAgo = new Date(Date.now() - 60_000);
  await utimes(join(unwritten, '.trust-kit-staging'), longAgo, longAgo);
  for (const dir of [empty, unwritten]) await utimes(dir, longAgo, longAgo);
  assert.deepEqual((await removeStaleStagingDirectories(plan)).removed.sort(), [empty, unwritten]);
});

test('a run killed between moving the earlier output aside and moving its own in: the next run puts the earlier output back, and without --force refuses it as not empty', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  // What the killed run left: its staging directory, still marked, and the earlier output under the paired name; no output directory.
  await stagingDir(cwd, 'abcdefabcdef', { pid: endedPid(), host: hostname() }, 'trust-kit-out');
  await mkdir(join(cwd, '.trust-kit-out.trust-kit-replaced-abcdefabcdef'));
  await writeFile(join(cwd, '.trust-kit-out.trust-kit-replaced-abcdefabcdef', 'SHA256SUMS'), 'the earlier run\n');
  // An earlier output already replaced whose removal was cut short, and an empty staging directory (killed before its marker).
  await mkdir(join(cwd, '.trust-kit-out.trust-kit-replaced-111111111111'));
  await mkdir(join(cwd, '.trust-kit-out.trust-kit-staging-222222222222'));
  // Killed between opening its marker and writing it: the marker is empty.
  await mkdir(join(cwd, '.trust-kit-out.trust-kit-staging-333333333333'));
  await writeFile(join(cwd, '.trust-kit-out.trust-kit-staging-333333333333', '.trust-kit-staging'), '');
  // Killed a minute ago: a live run's would be seconds old at most.
  const minuteAgo = new Date(Date.now() - 60_000);
  for (const path of ['.trust-kit-out.trust-kit-staging-333333333333/.trust-kit-staging', '.trust-kit-out.trust-kit-staging-222222222222', '.trust-kit-out.trust-kit-staging-333333333333']) await utimes(join(cwd, path), minuteAgo, minuteAgo);

  const refused = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--no-sign', 'dist'], cwd);
  assert.equal(refused.code, 1, refused.stderr);
  assert.match(refused.stderr, /put the earlier trust-kit-out back: a run killed while replacing it had moved it aside\n/);
  assert.match(refused.stderr, /RELEASE_OUTPUT_NOT_EMPTY: the output directory .*trust-kit-out is not empty \(SHA256SUMS\)/);
  assert.equal(await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS'), 'utf8'), 'the earlier run\n');
  assert.deepEqual((await readdir(cwd)).sort(), ['dist', 'trust-kit-out'], 'every directory the killed runs left is removed');

  const forced = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--no-sign', '--force', 'dist'], cwd);
  assert.equal(forced.code, 0, forced.stderr);
  assert.equal(await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS'), 'utf8'), `${sha256('the release\n')}  app.tgz\n`);
});

test('an earlier output a killed run moved aside, when an output directory was made since, is kept under a name no run removes, and named', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  await stagingDir(cwd, 'abcdefabcdef', { pid: endedPid(), host: hostname() }, 'trust-kit-out');
  await mkdir(join(cwd, '.trust-kit-out.trust-kit-replaced-abcdefabcdef'));
  await writeFile(join(cwd, '.trust-kit-out.trust-kit-replaced-abcdefabcdef', 'SHA256SUMS'), 'the earlier run\n');
  await mkdir(join(cwd, 'trust-kit-out'));
  await writeFile(join(cwd, 'trust-kit-out', 'notes.txt'), 'made since\n');
  for (let run = 0; run < 2; run++) {
    const forced = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--no-sign', '--force', 'dist'], cwd);
    assert.equal(forced.code, 0, forced.stderr);
    if (run === 0) assert.match(forced.stderr, /an earlier trust-kit-out that a run killed while replacing it had moved aside is kept in \.trust-kit-out\.trust-kit-kept-abcdefabcdef, since trust-kit-out was made again: look at it and remove it/);
  }
  assert.deepEqual((await readdir(cwd)).sort(), ['.trust-kit-out.trust-kit-kept-abcdefabcdef', 'dist', 'trust-kit-out'], 'a second run removes nothing of it');
  assert.equal(await readFile(join(cwd, '.trust-kit-out.trust-kit-kept-abcdefabcdef', 'SHA256SUMS'), 'utf8'), 'the earlier run\n');
  // Never hashed, as the warning says: a later run over the directory holding it leaves it out, and says so.
  const listed = await cli(['checksums', '.'], cwd);
  assert.equal(listed.code, 0, listed.stderr);
  assert.doesNotMatch(listed.stdout, /trust-kit-kept/);
  assert.match(listed.stderr, /left "?\S*\.trust-kit-out\.trust-kit-kept-abcdefabcdef"? out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside, kept since its output directory was made again; look at it and remove it/);
});

test('a run killed between moving its output into place and taking its marker out leaves the marker: a later run removes it, and names only the files of the earlier output when it refuses them', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  await mkdir(join(cwd, 'out'));
  await writeFile(join(cwd, 'out', 'SHA256SUMS'), 'the earlier run\n');
  await writeFile(join(cwd, 'out', '.trust-kit-staging'), JSON.stringify({ pid: endedPid(), host: hostname() }));
  const refused = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--no-sign', '--output-dir', 'out', 'dist'], cwd);
  assert.equal(refused.code, 1, refused.stderr);
  assert.match(refused.stderr, /RELEASE_OUTPUT_NOT_EMPTY: .*\(SHA256SUMS\)/);
  assert.deepEqual(await readdir(join(cwd, 'out')), ['SHA256SUMS']);
  // A live run's marker is its own: left where it is.
  await writeFile(join(cwd, 'out', '.trust-kit-staging'), JSON.stringify({ pid: process.pid, host: hostname() }));
  assert.equal((await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--no-sign', '--output-dir', 'out', 'dist'], cwd)).code, 1);
  assert.deepEqual((await readdir(join(cwd, 'out'))).sort(), ['.trust-kit-staging', 'SHA256SUMS']);
});

test('an old staging directory holding files beside a marker that cannot be read (a crash emptied it) is left and named, never silently, never hashed; a new one may be a live run\'s: left unnamed', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  const crashed = await stagingDir(cwd, '666666666666', undefined);
  await writeFile(join(crashed, '.trust-kit-staging'), '');
  const longAgo = new Date(Date.now() - 3_600_000);
  for (const path of [join(crashed, '.trust-kit-staging'), crashed]) await utimes(path, longAgo, longAgo);
  const fresh = await stagingDir(cwd, '777777777777', undefined);
  const plan = await planOutput(join(cwd, 'out'), { force: false, keep: [] });
  const cleanup = await removeStaleStagingDirectories(plan);
  assert.deepEqual([cleanup.removed, cleanup.unclaimed], [[], [crashed]]);
  const run = await cli(['release', '--base', '.', '--sbom-format', 'none', '--no-sign', '--output-dir', 'out', '.'], cwd);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /warning: left \.out\.trust-kit-staging-666666666666: a staging directory of an earlier run that holds files but no marker trust-kit can read .*: look at it and remove it/);
  assert.doesNotMatch(run.stderr, /left \.out\.trust-kit-staging-777777777777:/);
  assert.equal(await readFile(join(cwd, 'out', 'SHA256SUMS'), 'utf8'), `${sha256('the release\n')}  dist/app.tgz\n`);
  assert.ok((await readdir(cwd)).includes(fresh.slice(cwd.length + 1)));
});
