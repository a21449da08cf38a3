// Runs killed at every file system boundary: the real CLI in a child process, stopped by SIGKILL,
// SIGTERM or SIGINT (test/support/fs-interrupt.ts counts the calls that change files and signals the
// process at the chosen one), or failed there with ENOSPC or EACCES. After each, the output is the
// previous complete run's or this run's complete one, the inputs are as they were, nothing is left
// that nothing cleans, and a re-run gives the bytes of a run never interrupted.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
function interrupted(args: readonly string[], cwd: string, root: string, at: number, how: { signal?: NodeJS.Signals; error?: 'ENOSPC' | 'EACCES' }): Promise<Stopped> {
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...ENV, TK_FS_ROOT: `${root}/`, TK_FS_AT: String(at), ...(how.signal === undefined ? {} : { TK_FS_SIGNAL: how.signal }), ...(how.error === undefined ? {} : { TK_FS_ERROR: how.error }) };
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
async function leftBeside(cwd: string, earlier: Map<string, string>): Promise<{ names: string[]; movedAside: boolean }> {
  const names: string[] = [];
  let movedAside = false;
  for (const name of (await readdir(cwd)).sort()) {
    if (!name.startsWith('.out.')) continue;
    names.push(name);
    const path = join(cwd, name);
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

test('a release killed by SIGKILL at every file system boundary leaves the earlier output or its own, whole, and a re-run gives an uninterrupted run\'s bytes', { timeout: 240_000 }, async (t) => {
  const { root, cwd, args } = await releaseProject(t);
  const out = join(cwd, 'out');
  // The earlier run: other artifacts, signed and complete.
  await writeFile(join(cwd, 'dist', 'app-linux'), 'an older linux build\n');
  assert.equal((await cli(args, cwd, ENV)).code, 0);
  const earlier = await snapshot(out);
  await writeFile(join(cwd, 'dist', 'app-linux'), 'the linux build\n');
  const inputs = await inputsOf(root);
  // What this run makes when nothing stops it.
  assert.equal((await cli(args, cwd, ENV)).code, 0);
  const complete = masked(await snapshot(out));
  assert.notDeepEqual(masked(earlier), complete);

  let boundaries = 0;
  const problems: string[] = [];
  for (let at = 1; ; at++) {
    await restore(out, earlier);
    // Each boundary starts clean: what one left must not be blamed on the next.
    for (const name of await readdir(cwd)) if (name.startsWith('.out.')) await rm(join(cwd, name), { recursive: true });
    const run = await interrupted(args, cwd, root, at, { signal: 'SIGKILL' });
    if (run.signal === null) {
      assert.equal(run.code, 0, run.stderr);
      break;
    }
    boundaries = at;
    const where = `killed at boundary ${at}`;
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
    // Every third boundary, and each that left something for the next run to clean or put back, is run again.
    if (at % 3 === 0 || left.length > 0 || (await readdir(out).catch((): string[] => [])).includes('.trust-kit-staging')) {
      problems.push(...(await check(`${where}, then run again`, async () => {
        const again = await cli(args, cwd, ENV);
        assert.equal(again.code, 0, again.stderr);
        assert.deepEqual(masked(await snapshot(out)), complete, 'the output');
        assert.deepEqual((await readdir(cwd)).filter((name) => name.startsWith('.out.')), [], 'a sibling is left');
      })));
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(boundaries >= 30, `only ${boundaries} boundaries`);
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

test('checksums -o, sbom --output-dir, sign-blob and attest stopped by SIGTERM or SIGINT at every file system boundary: one line, exit status 143 or 130, the earlier files or this run\'s, all whole and never a mix, no temporary file left', { timeout: 240_000 }, async (t) => {
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
    for (const signal of ['SIGTERM', 'SIGINT'] satisfies NodeJS.Signals[] as NodeJS.Signals[]) {
      for (let at = 1; ; at++) {
        await restore(out, earlier);
        const stopped = await interrupted(writer.args, cwd, root, at, { signal });
        if (stopped.signal === null) {
          assert.equal(stopped.code, 0, `${writer.name}: ${stopped.stderr}`);
          break;
        }
        const where = `${writer.name} stopped by ${signal} at boundary ${at}`;
        problems.push(...(await check(where, async () => {
          assert.equal(stopped.signal, signal);
          if (signal !== 'SIGKILL') assert.match(stopped.stderr, new RegExp(`(^|\\n)trust-kit: stopped by ${signal} \\(exit status ${signal === 'SIGTERM' ? 143 : 130}\\)\\n$`), 'the last line of stderr');
          const now = masked(await snapshot(out));
          const old = masked(earlier);
          const unknown = [...now].filter(([name, bytes]) => old.get(name) !== bytes && complete.get(name) !== bytes).map(([name]) => name);
          assert.deepEqual(unknown, [], 'files neither the earlier run\'s nor this run\'s, whole');
          const renewed = [...now.keys()].filter((name) => complete.get(name) === now.get(name) && old.get(name) !== now.get(name));
          assert.ok(renewed.length === 0 || renewed.length === complete.size, `a mix: ${renewed.join(', ')} of this run beside the earlier run's other files`);
          assert.deepEqual(await inputsOf(root), inputs, 'an input changed');
        })));
        problems.push(...(await check(`${where}, then run again`, async () => {
          const again = await cli(writer.args, cwd, ENV);
          assert.equal(again.code, 0, again.stderr);
          assert.deepEqual(masked(await snapshot(out)), complete, 'the output');
        })));
      }
    }
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
