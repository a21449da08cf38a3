// Runs killed at every file system boundary: the real CLI in a child process, stopped by SIGKILL,
// SIGTERM or SIGINT (test/support/fs-interrupt.ts counts the calls that change files and signals the
// process at the chosen one), or failed there with ENOSPC or EACCES. After each, the output is the
// previous complete run's or this run's complete one, the inputs are as they were, nothing is left
// that nothing cleans, and a re-run gives the bytes of a run never interrupted.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/cli.js';
import { CLI_ENTRY, NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/hello-cli');
const HOOK = join(import.meta.dirname, '../support/fs-interrupt.ts');
const ENV = { SOURCE_DATE_EPOCH: '1700000000' };

/** Every file under `dir` (relative path -> bytes), skipping the names `skip` says; links and directories by what they are. */
async function snapshot(dir: string, skip: (path: string) => boolean = () => false): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of (await readdir(at, { withFileTypes: true }).catch(() => [])).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(at, entry.name);
      const name = relative(dir, path);
      if (skip(name)) continue;
      if (entry.isDirectory()) {
        files.set(`${name}/`, 'directory');
        await walk(path);
      } else files.set(name, entry.isFile() ? (await readFile(path)).toString('latin1') : 'not a regular file');
    }
  };
  await walk(dir);
  return files;
}

/** A run's files with the signatures (ECDSA: new bytes each run) masked. */
function masked(files: Map<string, string>): Map<string, string> {
  return new Map([...files].map(([name, bytes]) => [name, bytes.replace(/"(signature|sig)":"[^"]*"/g, '"$1":"*"')]));
}

const sameFiles = (a: Map<string, string>, b: Map<string, string>): boolean => a.size === b.size && [...a].every(([name, bytes]) => b.get(name) === bytes);

/** Writes `files` (from {@link snapshot}) back as `dir`, replacing what is there. */
async function restore(dir: string, files: Map<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, bytes] of files) {
    if (name.endsWith('/')) await mkdir(join(dir, name), { recursive: true });
    else await writeFile(join(dir, name), Buffer.from(bytes, 'latin1'));
  }
}

interface Stopped {
  /** The exit code, or null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the CLI in a child process with the interrupting hook: at the `at`-th call that changes a file under `root`, `signal` is sent or `error` returned. */
function interrupted(args: readonly string[], cwd: string, root: string, at: number, how: { signal?: NodeJS.Signals; error?: 'ENOSPC' | 'EACCES'; delayMs?: number }): Promise<Stopped> {
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...ENV, TK_FS_ROOT: `${root}/`, TK_FS_AT: String(at), ...(how.signal === undefined ? {} : { TK_FS_SIGNAL: how.signal }), ...(how.error === undefined ? {} : { TK_FS_ERROR: how.error }), ...(how.delayMs === undefined ? {} : { TK_FS_DELAY_MS: String(how.delayMs) }) };
  const child = spawn(NODE, [...TSX, '--import', HOOK, CLI_ENTRY, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** Runs `checks`, returning what failed (the first assertion's message, prefixed with `where`): every boundary is reported, not only the first. */
async function check(where: string, checks: () => Promise<void>): Promise<string[]> {
  try {
    await checks();
    return [];
  } catch (error) {
    return [`${where}: ${(error as Error).message.replace(/\s+/g, ' ').slice(0, 300)}`];
  }
}

/** A project with two artifacts and a lockfile, a signing key beside it, and an earlier run's complete output in `out`. */
async function releaseProject(t: Parameters<typeof tempDir>[0]): Promise<{ root: string; cwd: string; args: string[] }> {
  const root = await tempDir(t);
  const cwd = join(root, 'project');
  await mkdir(join(cwd, 'dist'), { recursive: true });
  await copyFile(join(EXAMPLE, 'package-lock.json'), join(cwd, 'package-lock.json'));
  await copyFile(join(EXAMPLE, 'package.json'), join(cwd, 'package.json'));
  await writeFile(join(root, 'release.key'), generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(cwd, 'dist', 'app-linux'), 'the linux build\n');
  await writeFile(join(cwd, 'dist', 'app-darwin'), 'the darwin build\n');
  await writeFile(join(cwd, 'predicate.json'), '{"builder":"make"}\n');
  const args = ['release', '--key', '../release.key', '--attest', 'auto', '--artifact-bundles', '--audit-log', '--output-dir', 'out', '--force', '--base', 'dist', 'dist'];
  return { root, cwd, args };
}

/** The project's files but the output directory and its staging siblings: what a run must never change. */
const inputsOf = (root: string): Promise<Map<string, string>> => snapshot(root, (name) => name === 'project/out' || name.startsWith('project/.out.'));

/**
 * What a killed run left beside the output directory, each checked to be a kind the next run
 * cleans up (src/release/output.ts, removeStaleStagingDirectories): a staging directory with its
 * marker, or empty (killed before the marker was written), and the earlier output moved aside
 * while the run's own was moved in. Resolves with the earlier output when it was moved aside.
 */
async function leftBeside(cwd: string, earlier: Map<string, string>, told = ''): Promise<{ names: string[]; movedAside: boolean }> {
  const names: string[] = [];
  let movedAside = false;
  for (const name of (await readdir(cwd)).sort()) {
    if (!name.startsWith('.out.')) continue;
    names.push(name);
    const path = join(cwd, name);
    // A failed run that keeps its files in a staging directory, or an earlier output it could not remove, says where.
    if (told.includes(name)) continue;
    if (/^\.out\.trust-kit-staging-[0-9a-f]{12}$/.test(name)) {
      const entries = await readdir(path);
      assert.ok(entries.length === 0 || entries.includes('.trust-kit-staging'), `${name} holds files and no marker: nothing would remove it`);
    } else if (/^\.out\.trust-kit-replaced-[0-9a-f]{12}$/.test(name)) {
      assert.ok(sameFiles(await snapshot(path), earlier), `${name} is not the earlier output`);
      movedAside = true;
    } else assert.fail(`${name} is nothing a run cleans up`);
  }
  return { names, movedAside };
}

/** A release project with an earlier run's complete output (other artifacts) in `out`, and what an uninterrupted run on its inputs makes. */
async function releaseWorld(t: Parameters<typeof tempDir>[0]): Promise<{ root: string; cwd: string; args: string[]; out: string; earlier: Map<string, string>; complete: Map<string, string>; inputs: Map<string, string> }> {
  const { root, cwd, args } = await releaseProject(t);
  const out = join(cwd, 'out');
  await writeFile(join(cwd, 'dist', 'app-linux'), 'an older linux build\n');
  assert.equal((await cli(args, cwd, ENV)).code, 0);
  const earlier = await snapshot(out);
  await writeFile(join(cwd, 'dist', 'app-linux'), 'the linux build\n');
  const inputs = await inputsOf(root);
  assert.equal((await cli(args, cwd, ENV)).code, 0);
  const complete = masked(await snapshot(out));
  assert.notDeepEqual(masked(earlier), complete);
  return { root, cwd, args, out, earlier, complete, inputs };
}

/** How many boundaries a release run has: counted by a run that is not stopped (its output replaces `out`, as an uninterrupted run's). */
async function countBoundaries(args: readonly string[], cwd: string, root: string): Promise<number> {
  const log = join(root, 'boundaries.log');
  const counted = spawn(NODE, [...TSX, '--import', HOOK, CLI_ENTRY, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...ENV, TK_FS_ROOT: `${cwd}/`, TK_FS_LOG: log }, stdio: 'ignore' });
  assert.equal(await new Promise((resolve) => counted.once('close', resolve)), 0);
  const boundaries = (await readFile(log, 'utf8')).trimEnd().split('\n').length;
  await rm(log);
  return boundaries;
}

/** Puts the earlier output back and removes every sibling a stopped run left: what one boundary left must not be blamed on the next. */
async function resetRelease(cwd: string, out: string, earlier: Map<string, string>): Promise<void> {
  await restore(out, earlier);
  for (const name of await readdir(cwd)) if (name.startsWith('.out.')) await rm(join(cwd, name), { recursive: true });
}

/** The CLI run in a process of its own, without the preload. */
async function cliProcess(args: readonly string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(NODE, [...TSX, CLI_ENTRY, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

/** Dates the staging directories `names` that hold no marker yet (and an empty marker) a minute back, as they are when a run comes after a killed one; a live run's are left for its marker. */
async function ageUnmarkedStaging(cwd: string, names: readonly string[]): Promise<void> {
  const minuteAgo = new Date(Date.now() - 60_000);
  for (const name of names.filter((entry) => /^\.out\.trust-kit-staging-[0-9a-f]{12}$/.test(entry))) {
    const marker = join(cwd, name, '.trust-kit-staging');
    if ((await stat(marker).catch(() => undefined))?.size === 0) await utimes(marker, minuteAgo, minuteAgo);
    await utimes(join(cwd, name), minuteAgo, minuteAgo);
  }
}

/** Runs the release again in process: it succeeds, makes what an uninterrupted run makes, and leaves nothing beside the output directory but what the stopped run told the user of (`told`: its stderr). */
async function rerunChecks(args: string[], cwd: string, out: string, complete: Map<string, string>, told = ''): Promise<void> {
  const again = await cli(args, cwd, ENV);
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(masked(await snapshot(out)), complete, 'the output');
  assert.deepEqual((await readdir(cwd)).filter((name) => name.startsWith('.out.') && !told.includes(name)), [], 'a sibling is left');
}

test('a release killed by SIGKILL at its file system boundaries leaves the earlier output or its own, whole, and a re-run gives an uninterrupted run\'s bytes', { timeout: 240_000 }, async (t) => {
  const { root, cwd, args, out, earlier, complete, inputs } = await releaseWorld(t);
  const boundaries = await countBoundaries(args, cwd, root);
  assert.ok(boundaries >= 30, `only ${boundaries} boundaries`);
  const problems: string[] = [];
  // Every boundary but every other one of the staging directory's files, which are all alike: the first ten and the last ten (the output's replacement) each.
  const sampled = Array.from({ length: boundaries }, (_, index) => index + 1).filter((at) => at <= 10 || at > boundaries - 10 || at % 2 === 0);
  for (const at of sampled) {
    await resetRelease(cwd, out, earlier);
    const run = await interrupted(args, cwd, root, at, { signal: 'SIGKILL' });
    const where = `killed at boundary ${at} of ${boundaries}`;
    let left: string[] = [];
    problems.push(...(await check(where, async () => {
      assert.equal(run.signal, 'SIGKILL');
      const beside = await leftBeside(cwd, earlier);
      left = beside.names;
      const now = await snapshot(out);
      // The run's marker moves in with its files and comes out just after: a run killed in between leaves it, and the next run removes it.
      now.delete('.trust-kit-staging');
      if (now.size === 0) assert.ok(beside.movedAside, 'the output directory is gone, and the earlier output is nowhere');
      else if (!sameFiles(now, earlier)) assert.deepEqual(masked(now), complete, 'neither the earlier output nor this run\'s, whole');
      assert.deepEqual(await inputsOf(root), inputs, 'an input changed');
    })));
    // Every sixth boundary, and each that left something for the next run to clean or put back, is run again.
    if (at % 6 === 0 || left.length > 0 || (await readdir(out).catch((): string[] => [])).includes('.trust-kit-staging')) {
      // The next run comes later than a live run takes to write its marker: an unmarked staging directory is then a killed run's.
      await ageUnmarkedStaging(cwd, left);
      problems.push(...(await check(`${where}, then run again`, () => rerunChecks(args, cwd, out, complete))));
    }
  }
  assert.deepEqual(problems, []);
});

test('a release stopped by SIGTERM or SIGINT, or failed by ENOSPC or EACCES, at sampled file system boundaries: the earlier output or this run\'s files only, nothing left beside it, one line or a coded error', { timeout: 240_000 }, async (t) => {
  const { root, cwd, args, out, earlier, complete, inputs } = await releaseWorld(t);
  const boundaries = await countBoundaries(args, cwd, cwd);
  const modes: { how: { signal?: NodeJS.Signals; error?: 'ENOSPC' | 'EACCES'; delayMs?: number }; stride: number; offset: number }[] = [
    // SIGTERM's samples find the call at the boundary slow to start (a slow disk): the handler runs before it.
    { how: { signal: 'SIGTERM', delayMs: 200 }, stride: 6, offset: 0 },
    { how: { signal: 'SIGINT' }, stride: 13, offset: 2 },
    { how: { error: 'ENOSPC' }, stride: 7, offset: 1 },
    { how: { error: 'EACCES' }, stride: 11, offset: 3 },
  ];
  const problems: string[] = [];
  for (const { how, stride, offset } of modes) {
    // Deterministic samples: every stride-th boundary from offset, and the last four (the output's replacement).
    const sampled = [...new Set([...Array.from({ length: boundaries }, (_, index) => index + 1).filter((at) => at % stride === offset % stride), boundaries - 3, boundaries - 2, boundaries - 1, boundaries])].sort((a, b) => a - b);
    for (const at of sampled) {
      await resetRelease(cwd, out, earlier);
      const run = await interrupted(args, cwd, cwd, at, how);
      const where = `${how.signal ?? how.error ?? ''} at boundary ${at} of ${boundaries}`;
      problems.push(...(await check(where, async () => {
        if (how.signal !== undefined) {
          assert.equal(run.signal, how.signal, run.stderr);
          assert.match(run.stderr, new RegExp(`(^|\\n)trust-kit: stopped by ${how.signal} \\(exit status ${how.signal === 'SIGTERM' ? 143 : 130}\\)\\n$`), 'the last line of stderr');
        } else if (run.code !== 0) {
          assert.equal(run.code, 1, run.stderr);
          assert.match(run.stderr, new RegExp(`trust-kit: [A-Z_]+: .*${how.error ?? ''}.*\\n  hint: `), 'a coded error naming the failure, with a hint');
        }
        // Failing to take the marker out of the published output, or to remove the earlier output, is not the run's failure: the next run removes the marker, and the earlier output is named in a warning.
        const beside = await leftBeside(cwd, earlier, how.error === undefined ? '' : run.stderr);
        const now = await snapshot(out);
        now.delete('.trust-kit-staging');
        // The earlier output is moved aside and this run's moved in without yielding: a signal's handler never runs in between.
        if (how.signal !== undefined) assert.ok(now.size > 0, 'a signal left the output directory missing');
        if (now.size === 0) assert.ok(beside.movedAside, 'the output directory is gone, and the earlier output is nowhere');
        else if (!sameFiles(now, earlier)) {
          // A step that failed after the checksums were written still publishes what the run made: this run's files only.
          // Its checksums file then lists only what was made.
          const mine = masked(now);
          assert.deepEqual([...mine].filter(([name, bytes]) => complete.get(name) !== bytes && !(run.code === 1 && name === 'SHA256SUMS')).map(([name]) => name), [], 'files of neither this run nor the earlier one');
          if (run.code !== 1) assert.equal(mine.size, complete.size, 'part of the run was published');
        }
        assert.deepEqual(await inputsOf(root), inputs, 'an input changed');
        // The signing key's bytes are nowhere but in the key file: not in the output, a staging directory or a temporary file.
        const keyBody = (await readFile(join(root, 'release.key'), 'utf8')).split('\n')[1] ?? '';
        const holding = [...(await snapshot(root, (name) => name === 'release.key'))].filter(([, bytes]) => bytes.includes(keyBody)).map(([name]) => name);
        assert.deepEqual(holding, [], 'files holding the private key');
      })));
      problems.push(...(await check(`${where}, then run again`, () => rerunChecks(args, cwd, out, complete, how.error === undefined ? '' : run.stderr))));
    }
  }
  assert.deepEqual(problems, []);
});

/** A command of the CLI that writes into `out`, run first on older inputs (the earlier output), then on the project's. */
interface Writer {
  name: string;
  args: string[];
  /** How the earlier run's inputs differ: written before it, undone after. */
  older: (cwd: string) => Promise<void>;
  newer: (cwd: string) => Promise<void>;
  env?: Record<string, string>;
}

const linuxBuild = (text: string) => (cwd: string): Promise<void> => writeFile(join(cwd, 'dist', 'app-linux'), text);
const WRITERS: Writer[] = [
  { name: 'checksums -o', args: ['checksums', '-o', 'out/SHA256SUMS', '--base', 'dist', 'dist'], older: linuxBuild('an older linux build\n'), newer: linuxBuild('the linux build\n') },
  { name: 'sbom --output-dir', args: ['sbom', '--format', 'spdx-json', '--format', 'cyclonedx-json', '--output-dir', 'out'], older: async () => undefined, newer: async () => undefined, env: { SOURCE_DATE_EPOCH: '1600000000' } },
  { name: 'sign-blob --bundle', args: ['sign-blob', '--key', '../release.key', '--bundle', 'out/app-linux.sigstore.json', 'dist/app-linux'], older: linuxBuild('an older linux build\n'), newer: linuxBuild('the linux build\n') },
  { name: 'attest --output-dir', args: ['attest', '--type', 'custom', '--predicate-type', 'https://example.com/build/v1', '--predicate', 'predicate.json', '--key', '../release.key', '--output-dir', 'out', 'dist/app-linux', 'dist/app-darwin'], older: linuxBuild('an older linux build\n'), newer: linuxBuild('the linux build\n') },
];

test('checksums -o, sbom --output-dir, sign-blob and attest stopped by SIGKILL, SIGTERM or SIGINT, or failed by ENOSPC or EACCES, at every file system boundary: one line or a coded error, the earlier files or this run\'s, all whole, no temporary file left that a re-run does not remove', { timeout: 240_000 }, async (t) => {
  const { root, cwd } = await releaseProject(t);
  const out = join(cwd, 'out');
  const problems: string[] = [];
  for (const writer of WRITERS) {
    await rm(out, { recursive: true, force: true });
    await writer.older(cwd);
    // The earlier run: older inputs (the SBOM's: an older SOURCE_DATE_EPOCH).
    assert.equal((await cli(writer.args, cwd, { ...ENV, ...writer.env })).code, 0, writer.name);
    const earlier = await snapshot(out);
    await writer.newer(cwd);
    const inputs = await inputsOf(root);
    const run = await cli(writer.args, cwd, ENV);
    assert.equal(run.code, 0, `${writer.name}: ${run.stderr}`);
    const complete = masked(await snapshot(out));
    assert.notDeepEqual(masked(earlier), complete, writer.name);
    // SIGKILL at every boundary; SIGTERM (with the call slow to start) and ENOSPC at the odd ones, SIGINT and EACCES at the even ones (their handling is the same).
    // A SIGKILL leaves the temporary file it was writing, named after the target and the process: the re-run removes it.
    const modes: { how: { signal?: NodeJS.Signals; error?: 'ENOSPC' | 'EACCES'; delayMs?: number }; from: number; every: number }[] = [
      { how: { signal: 'SIGKILL' }, from: 1, every: 1 },
      { how: { signal: 'SIGTERM', delayMs: 200 }, from: 1, every: 2 },
      { how: { signal: 'SIGINT' }, from: 2, every: 2 },
      { how: { error: 'ENOSPC' }, from: 1, every: 2 },
      { how: { error: 'EACCES' }, from: 2, every: 2 },
    ];
    const sigkillMixes: number[] = [];
    for (const { how, from, every } of modes) {
      for (let at = from; ; at += every) {
        await restore(out, earlier);
        const stopped = await interrupted(writer.args, cwd, root, at, how);
        if (stopped.signal === null && stopped.code === 0) break;
        const where = `${writer.name} ${how.signal === undefined ? 'failed by' : 'stopped by'} ${how.signal ?? how.error ?? ''} at boundary ${at}`;
        problems.push(...(await check(where, async () => {
          const now = masked(await snapshot(out));
          if (how.signal === 'SIGKILL') {
            assert.equal(stopped.signal, how.signal);
            for (const name of [...now.keys()].filter((name) => name.endsWith('.tmp'))) {
              assert.match(name, /^\.[^/]+\.[0-9a-f]{12}\.[1-9][0-9]*\.[0-9a-f]{8}\.tmp$/, 'a temporary file not named for the next write to remove');
              now.delete(name);
            }
            // The commit lock of files put in place together names the killed process: the next run takes it for a killed run's.
            now.delete('.trust-kit-commit.lock');
          } else if (how.signal !== undefined) {
            assert.equal(stopped.signal, how.signal);
            assert.match(stopped.stderr, new RegExp(`(^|\\n)trust-kit: stopped by ${how.signal} \\(exit status ${how.signal === 'SIGTERM' ? 143 : 130}\\)\\n$`), 'the last line of stderr');
          } else {
            assert.equal(stopped.code, 1, stopped.stderr);
            assert.match(stopped.stderr, new RegExp(`trust-kit: [A-Z_]+: .*${how.error ?? ''}.*\\n  hint: `), 'a coded error naming the failure, with a hint');
          }
          const old = masked(earlier);
          const unknown = [...now].filter(([name, bytes]) => old.get(name) !== bytes && complete.get(name) !== bytes).map(([name]) => name);
          assert.deepEqual(unknown, [], 'files neither the earlier run\'s nor this run\'s, whole');
          const renewed = [...now.keys()].filter((name) => complete.get(name) === now.get(name) && old.get(name) !== now.get(name));
          // Only a rename that fails between two others can leave files of both runs, and the error names the file that was not replaced.
          const notReplaced = [...complete.keys()].filter((name) => !renewed.includes(name));
          const told = how.error !== undefined && notReplaced.every((name) => stopped.stderr.includes(name));
          const mix = !(renewed.length === 0 || renewed.length === complete.size || told);
          // A SIGKILL between two renames of files put in place together (no signal handler can stop it) is the one mix left.
          if (mix && how.signal === 'SIGKILL') sigkillMixes.push(at);
          else assert.ok(!mix, `a mix: ${renewed.join(', ')} of this run beside the earlier run's other files`);
          assert.deepEqual(await inputsOf(root), inputs, 'an input changed');
        })));
        problems.push(...(await check(`${where}, then run again`, async () => {
          // After a SIGKILL the next run is another process, as in life: a write looks for dead writers' temporary files once per directory and process.
          const again = how.signal === 'SIGKILL' ? await cliProcess(writer.args, cwd) : await cli(writer.args, cwd, ENV);
          assert.equal(again.code, 0, again.stderr);
          assert.deepEqual(masked(await snapshot(out)), complete, 'the output');
        })));
      }
    }
    if (sigkillMixes.length > (complete.size > 1 ? complete.size - 1 : 0)) problems.push(`${writer.name}: SIGKILL left a mix at boundaries ${sigkillMixes.join(', ')}, more than between its renames`);
  }
  assert.deepEqual(problems, []);
});

test('generate-key-pair --force stopped by SIGTERM or SIGINT at every file system boundary never leaves a public key beside another pair\'s private key', { timeout: 120_000 }, async (t) => {
  const root = await tempDir(t);
  const args = ['generate-key-pair', '--format', 'pkcs8', '--output-key-prefix', 'signing', '--force'];
  const pairOf = async (): Promise<{ key: string; pub: string }> => ({ key: await readFile(join(root, 'signing.key'), 'utf8'), pub: await readFile(join(root, 'signing.pub'), 'utf8') });
  assert.equal((await cli(args, root, ENV)).code, 0);
  const earlier = await pairOf();
  const problems: string[] = [];
  for (const signal of ['SIGTERM', 'SIGINT'] satisfies NodeJS.Signals[] as NodeJS.Signals[]) {
    for (let at = 1; ; at++) {
      await writeFile(join(root, 'signing.key'), earlier.key);
      await writeFile(join(root, 'signing.pub'), earlier.pub);
      const stopped = await interrupted(args, root, root, at, { signal });
      if (stopped.signal === null) break;
      problems.push(...(await check(`stopped by ${signal} at boundary ${at}`, async () => {
        const now = await pairOf();
        assert.equal(createPublicKey(now.key).export({ type: 'spki', format: 'pem' }), now.pub, 'the public key is not the private key\'s');
        assert.deepEqual((await readdir(root)).sort(), ['signing.key', 'signing.pub'], 'files left');
      })));
    }
  }
  assert.deepEqual(problems, []);
});

test('an action cancelled by SIGINT or SIGTERM while writing (a cancelled job) removes its temporary file and says so in one line', { timeout: 60_000 }, async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'app.tgz'), 'the build\n');
  await writeFile(join(cwd, 'SHA256SUMS'), 'an earlier checksums file\n');
  const entry = join(import.meta.dirname, '..', '..', 'src', 'actions', 'checksums', 'index.ts');
  for (const signal of ['SIGINT', 'SIGTERM'] satisfies NodeJS.Signals[] as NodeJS.Signals[]) {
    // Boundary 1 makes the directory, 2 the temporary file: the signal arrives while it is written.
    const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', RUNNER_TEMP: cwd, GITHUB_OUTPUT: join(cwd, 'output'), 'INPUT_SUBJECT-PATH': 'app.tgz', INPUT_OUTPUT: 'SHA256SUMS', TK_FS_ROOT: `${cwd}/`, TK_FS_AT: '2', TK_FS_SIGNAL: signal };
    const child = spawn(NODE, [...TSX, '--import', HOOK, entry], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const [, ended] = (await new Promise((resolve) => child.once('close', (...outcome) => resolve(outcome)))) as [number | null, NodeJS.Signals | null];
    assert.equal(ended, signal, stderr);
    assert.match(stderr, new RegExp(`(^|\\n)trust-kit: stopped by ${signal} \\(exit status ${signal === 'SIGTERM' ? 143 : 130}\\)\\n$`));
    assert.deepEqual((await readdir(cwd)).filter((name) => name.endsWith('.tmp')), [], 'a temporary file is left');
    assert.equal(await readFile(join(cwd, 'SHA256SUMS'), 'utf8'), 'an earlier checksums file\n');
  }
});
