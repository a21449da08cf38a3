import assert from 'node:assert/strict';
import { ChildProcess, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { PASSWORD_VARIABLE } from '../../src/images/registry.js';
import { adoptProcessEnvironment } from '../../src/secrets/environment.js';
import { SECRET_VARIABLES, childEnvironment, hasEnvironmentValue } from '../../src/secrets/index.js';
import { PASSPHRASE_VARIABLES } from '../../src/sigstore/sign/setup.js';
import { runEnvironmentProbe as probe } from '../support/environment-probe.js';
import { NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const linux = process.platform === 'linux';

test('an empty input in the environment block is taken out of the environment without leaving /proc/self/mem open', { skip: !linux && 'Linux only' }, () => {
  const report = probe('empty', { INPUT_TOKEN: '', OTHER_SECRET: 'other-secret-value' });
  assert.equal(report['envScrub'], 'available');
  assert.equal(report['taken'], false);
  assert.equal(report['stillSet'], false, 'the empty variable is removed, as one read from a string is');
  assert.equal(report['after'], report['before'], 'no descriptor is left open');
});

test('hasEnvironmentValue tells set, empty and unset variables of the process environment apart without reading a value as a string', { skip: !linux && 'Linux only' }, () => {
  const report = probe('reads', { SET_SECRET: 'a-secret-value', EMPTY_SECRET: '' }, 'has', 'SET_SECRET', 'EMPTY_SECRET', 'UNSET_SECRET');
  assert.equal(report['envScrub'], 'available');
  assert.deepEqual(report['result'], [true, false, false]);
  assert.deepEqual(report['read'], []);
});

test('hasEnvironmentValue reads an environment that is not the process one as it is', () => {
  const env = { SET: 'x', EMPTY: '' };
  assert.deepEqual(['SET', 'EMPTY', 'UNSET'].map((name) => hasEnvironmentValue(name, env)), [true, false, false]);
});

/** Runs the environment probe's `duplicate` mode with these KEY=value pairs, names repeated as given, and returns its report. */
async function duplicateProbe(pairs: readonly string[]): Promise<unknown> {
  // spawn() takes the environment as an object, which cannot repeat a name: ChildProcess#spawn takes the raw KEY=value list.
  const child = new ChildProcess();
  const probeFile = join(import.meta.dirname, 'environment-probe.ts');
  (child as unknown as { spawn(options: object): void }).spawn({ file: NODE, args: [NODE, ...TSX, probeFile, 'duplicate'], envPairs: [...pairs, `PATH=${process.env['PATH'] ?? '/usr/bin:/bin'}`], stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += String(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)));
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  return JSON.parse(stdout);
}

test('a variable the parent set twice (an environment block may hold a name more than once) is wiped from the block in every entry, also when the first is empty', { skip: !linux && 'Linux only' }, async () => {
  assert.deepEqual(await duplicateProbe(['DUP=dup-value-first', 'DUP=dup-value-second']), { envScrub: 'available', value: 'dup-value-first', left: [] });
  // getenv reads the empty first entry, so the secret is refused as empty; the second entry was left in the block.
  assert.deepEqual(await duplicateProbe(['DUP=', 'DUP=dup-value-second']), { envScrub: 'available', value: 'SECRET_EMPTY', left: [] });
});

test('where /proc/self/mem cannot be used (here /dev/null mounted over it), envScrub is unavailable with one warning naming files, and an env secret is read as a string, then deleted', { skip: (!linux || process.getuid?.() !== 0) && 'Linux, as root (a mount namespace)' }, () => {
  const value = 'unscrubbed-secret-value';
  const command = [NODE, ...TSX, join(import.meta.dirname, 'environment-probe.ts'), 'unscrubbed'].map((arg) => `'${arg}'`).join(' ');
  // The shell's pid is the probe's after exec: /proc/self/mem of the probe is the mounted /dev/null, which reads nothing.
  const result = spawnSync('unshare', ['-m', 'sh', '-c', `mount --bind /dev/null /proc/$$/mem && exec ${command}`], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', SECRET: value } });
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as { envScrub: string; warnings: string[]; value: string; stillSet: boolean; inEnviron: boolean };
  assert.equal(report.envScrub, 'unavailable');
  const scrubWarnings = report.warnings.filter((warning) => warning.includes('environment block'));
  assert.equal(scrubWarnings.length, 1, report.warnings.join('\n'));
  assert.match(scrubWarnings[0] ?? '', /fromFile/);
  assert.equal(report.value, value);
  assert.equal(report.stillSet, false);
  assert.equal(report.inEnviron, true, 'as documented, the value stays in the process\'s environment block');
});

test('a secret whose memory cannot be had (strict mlock, the lock refused) is still taken out of the environment, and /proc/self/mem is not left open', { skip: (!linux || process.getuid?.() !== 0) && 'Linux, as root (capsh)' }, () => {
  const command = [NODE, ...TSX, join(import.meta.dirname, 'environment-probe.ts'), 'refused'].map((arg) => `'${arg}'`).join(' ');
  const value = `refused-secret-${'v'.repeat(5000)}`;
  const result = spawnSync('capsh', ['--drop=cap_ipc_lock', '--', '-c', `ulimit -l 64 && exec ${command}`], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', SECRET: value } });
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as { refused: string; code: string; memOpen: boolean; stillSet: boolean; inEnviron: boolean };
  assert.equal(report.refused, 'SECRET_PROTECTION_MISSING', 'the limit was reached');
  assert.equal(report.code, 'SECRET_PROTECTION_MISSING');
  assert.equal(report.memOpen, false, 'the descriptor the intake opened is closed');
  assert.equal(report.stillSet, false);
  assert.equal(report.inEnviron, false, 'the value is overwritten in the environment block all the same');
});

test('childEnvironment copies the process environment without the secret variables and action inputs, reading no secret value', (t) => {
  const read: string[] = [];
  const env = new Proxy<Record<string, string | undefined>>(
    { PATH: '/usr/bin', HOME: '/home/runner', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'r', github_token: 'g', 'INPUT_GITHUB-TOKEN': 'i', COSIGN_PASSWORD: 'c' },
    { get: (target, name) => (typeof name === 'string' && read.push(name), target[name as string]) },
  );
  assert.equal(childEnvironment(), undefined, 'no entry point named an environment: the child inherits, as spawn does');
  adoptProcessEnvironment(env);
  t.after(() => adoptProcessEnvironment(undefined));
  assert.deepEqual(childEnvironment(), { PATH: '/usr/bin', HOME: '/home/runner' });
  assert.deepEqual(read, ['PATH', 'HOME']);
});

test('every variable a secret is read from is one no child process inherits', () => {
  for (const name of [...PASSPHRASE_VARIABLES, PASSWORD_VARIABLE, 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'SIGSTORE_ID_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN', 'GH_ENTERPRISE_TOKEN']) assert.ok(SECRET_VARIABLES.has(name), name);
});

test('in a worker thread with an environment of its own, a secret is taken from that environment, not from the process\'s original block', { skip: !linux && 'Linux only' }, () => {
  const result = spawnSync(NODE, [...TSX, join(import.meta.dirname, 'worker-probe.ts')], { encoding: 'utf8', env: { ...process.env, WORKER_SECRET: 'the-process-value' } });
  assert.equal(result.status, 0, result.stderr);
  // The worker's process.env is a copy: the block the kernel copied at exec holds the process's value, which it read instead.
  const report = JSON.parse(result.stdout) as Record<string, unknown>;
  assert.deepEqual([report['read'], report['left']], ['the-worker-value', false]);
});

test('no module the CLI loads reads a secret variable\'s value as a string: @npmcli/agent (under sigstore-js) read every variable when it loaded, before sign-blob took the passphrase', { skip: !linux && 'Linux only', timeout: 60_000 }, async (t) => {
  const dir = await tempDir(t);
  const secrets = { TRUST_KIT_KEY_PASSPHRASE: 'key-passphrase-4f1e', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-9c2a', GITHUB_TOKEN: 'ghs_github-token-7b3d' };
  const base = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir };
  const cli = (args: readonly string[], env: Record<string, string>): ReturnType<typeof spawnSync> =>
    spawnSync(NODE, [...TSX, '--import', join(import.meta.dirname, 'env-reads-preload.ts'), join(import.meta.dirname, '..', '..', 'src', 'cli', 'bin.ts'), ...args], { cwd: dir, env: { ...base, ...env }, encoding: 'utf8' });
  const made = cli(['generate-key-pair', '--output-key-prefix', 'k'], { TRUST_KIT_KEY_PASSPHRASE: secrets.TRUST_KIT_KEY_PASSPHRASE, SPY_NAMES: '', SPY_OUT: join(dir, 'ignored.json') });
  assert.equal(made.status, 0, String(made.stderr));
  await writeFile(join(dir, 'a.txt'), 'a\n');
  const spied = join(dir, 'read.json');
  const signed = cli(['sign-blob', '--key', 'k.key', 'a.txt'], { ...secrets, SPY_NAMES: Object.keys(secrets).join(','), SPY_OUT: spied });
  assert.equal(signed.status, 0, String(signed.stderr));
  assert.deepEqual(JSON.parse(await readFile(spied, 'utf8')), []);
});
