// Two runs at once on one directory, one of them in another pid namespace (two containers sharing a
// volume, two containers of one Kubernetes pod: same host name, different process ids). The first
// run (the real CLI, in a pid namespace of its own made by unshare, where its process id does not
// exist in the test's) is stopped with SIGSTOP at a chosen file system boundary (see
// test/support/fs-interrupt.ts) while it holds a temporary file or a staging directory; the second
// runs to its end in the test's namespace; then the first is let go. Cleaning up after killed
// writers must never take a live writer's files: the first run must finish with its whole output.
// Last, two releases started together in one namespace without --force: which one wins is left
// to chance, what each does is not.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { cli } from '../support/cli.js';
import { CLI_ENTRY, NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const HOOK = join(import.meta.dirname, '../support/fs-interrupt.ts');
const ENV = { SOURCE_DATE_EPOCH: '1700000000' };
/** The process id the first run gets in its namespace: above the test namespace's pid_max, so no process of the test's namespace has it. */
const OTHER_PID = 100000;

const unshareWorks = process.platform === 'linux' && spawnSync('unshare', ['-pf', '--mount-proc', 'sh', '-c', `echo ${OTHER_PID - 1} > /proc/sys/kernel/ns_last_pid`]).status === 0;
const NEEDS = { skip: !unshareWorks && 'needs unshare with pid namespaces (root, Linux)', timeout: 60_000 };

/** The calls that change files under `root` that a run of `args` makes, in order (as the hook logs them: "N name path"). */
async function boundaries(t: TestContext, args: readonly string[], cwd: string, root: string): Promise<string[]> {
  const log = join(await tempDir(t), 'boundaries.log');
  const result = spawnSync(NODE, [...TSX, '--import', HOOK, CLI_ENTRY, ...args], { cwd, env: { PATH: process.env['PATH'], ...ENV, TK_FS_ROOT: `${root}/`, TK_FS_LOG: log }, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return (await readFile(log, 'utf8')).trim().split('\n');
}

/** The host's id of the process that has id {@link OTHER_PID} in its own namespace, once it is stopped. */
async function stoppedInOtherNamespace(): Promise<number> {
  for (let tries = 0; tries < 1000; tries += 1) {
    for (const pid of await readdir('/proc')) {
      if (!/^[0-9]+$/.test(pid)) continue;
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
      if (new RegExp(`^NSpid:\\s+${pid}\\s+${OTHER_PID}$`, 'm').test(status) && /^State:\s+T/m.test(status)) return Number(pid);
    }
    await sleep(20);
  }
  throw new Error('the first run never stopped');
}

/** Starts `args` in a new pid namespace, where the CLI is process {@link OTHER_PID}, stopped (SIGSTOP) at the `at`-th boundary under `root`. */
function startInOtherNamespace(args: readonly string[], cwd: string, root: string, at: number): Promise<{ code: number | null; stderr: string }> {
  const script = `echo ${OTHER_PID - 1} > /proc/sys/kernel/ns_last_pid && "$0" "$@"; exit $?`;
  const env = { PATH: process.env['PATH'], ...ENV, TK_FS_ROOT: `${root}/`, TK_FS_AT: String(at), TK_FS_SIGNAL: 'SIGSTOP' };
  const child = spawn('unshare', ['-pf', '--mount-proc', 'sh', '-c', script, NODE, ...TSX, '--import', HOOK, CLI_ENTRY, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

test('checksums --output from two containers sharing a volume: the second\'s sweep for killed writers\' temporary files leaves the first\'s, which is live, and both runs write the file whole', NEEDS, async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'the release\n');
  const args = ['checksums', '--output', 'out/SHA256SUMS', 'dist'];
  const out = join(dir, 'out');
  // The boundary right after the temporary file is made: it exists, and is not yet written.
  const at = (await boundaries(t, args, dir, out)).findIndex((line) => / openSync \.SHA256SUMS\..*\.tmp$/.test(line)) + 2;
  assert.ok(at > 1, 'the temporary file is made');
  const first = startInOtherNamespace(args, dir, out, at);
  const pid = await stoppedInOtherNamespace();
  assert.equal((await readdir(out)).filter((name) => name.endsWith('.tmp')).length, 1, 'the first run holds its temporary file');
  const second = await cli(args, dir, ENV);
  assert.equal(second.code, 0, second.stderr);
  process.kill(pid, 'SIGCONT');
  const { code, stderr } = await first;
  assert.equal(code, 0, `the first run finished: ${stderr}`);
  assert.match(await readFile(join(out, 'SHA256SUMS'), 'utf8'), /^[0-9a-f]{64} {2}dist\/app\.tgz\n$/);
  assert.deepEqual(await readdir(out), ['SHA256SUMS']);
});

test('release --force from two containers sharing a volume: the second does not take the first\'s live staging directory for a killed run\'s; the output is one run\'s, whole', NEEDS, async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'the release\n');
  const args = ['release', '--no-sign', '--sbom-format', 'none', '--output-dir', 'out', '--force', '--base', 'dist', 'dist'];
  // Just after the first run has written the marker naming it in its staging directory.
  const log = await boundaries(t, args, dir, dir);
  const at = log.findIndex((line) => /\.trust-kit-staging$/.test(line)) + 2;
  assert.ok(at > 1, 'the staging directory is marked');
  const first = startInOtherNamespace(args, dir, dir, at);
  const pid = await stoppedInOtherNamespace();
  const second = await cli(args, dir, ENV);
  assert.equal(second.code, 0, second.stderr);
  process.kill(pid, 'SIGCONT');
  const { code, stderr } = await first;
  assert.equal(code, 0, `the first run finished: ${stderr}`);
  assert.deepEqual((await readdir(join(dir, 'out'))).sort(), ['SHA256SUMS', 'VERIFY.md']);
  assert.deepEqual((await readdir(dir)).filter((name) => name.startsWith('.out.')), [], 'no staging directory is left');
});

test('two releases into one output directory at once without --force: one puts its files there, whole; the other refuses (RELEASE_OUTPUT_NOT_EMPTY) and leaves the output as it is', { timeout: 60_000 }, async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'the release\n');
  const args = ['release', '--no-sign', '--sbom-format', 'none', '--output-dir', 'out', '--base', 'dist', 'dist'];
  const start = (): Promise<{ code: number | null; stderr: string }> => {
    const child = spawn(NODE, [...TSX, CLI_ENTRY, ...args], { cwd: dir, env: { PATH: process.env['PATH'], ...ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stderr }));
    });
  };
  const runs = await Promise.all([start(), start()]);
  assert.deepEqual(runs.map((run) => run.code).sort(), [0, 1], runs.map((run) => run.stderr).join('\n'));
  assert.match(runs.find((run) => run.code === 1)?.stderr ?? '', /RELEASE_OUTPUT_NOT_EMPTY/);
  assert.deepEqual((await readdir(join(dir, 'out'))).sort(), ['SHA256SUMS', 'VERIFY.md']);
});
