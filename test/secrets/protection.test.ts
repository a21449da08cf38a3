import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Enclave, SecretBuffer, enableMemoryProtection, memoryProtectionStatus, protectProcess } from '../../src/secrets/index.js';
import { loadSodium } from '../../src/secrets/native.js';
import { missingInCI } from '../support/ci.js';
import { NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const PROBE = join(import.meta.dirname, 'protection-probe.ts');
const DEFERRED_PROBE = join(import.meta.dirname, 'deferred-probe.ts');
const linux = process.platform === 'linux';

function collect(): { warnings: string[]; logger: { warn(message: string): void; debug(): void } } {
  const warnings: string[] = [];
  return { warnings, logger: { warn: (message) => warnings.push(message), debug() {} } };
}

test('all protections on this machine: libsodium memory, core dumps filtered, environment scrub', { skip: !linux && 'Linux only' }, async () => {
  const { warnings, logger } = collect();
  const status = enableMemoryProtection({ logger });
  assert.deepEqual(status, { backend: 'sodium', mlock: status.mlock, guardPages: true, coreDumps: 'excluded', envScrub: 'available' });
  assert.equal((await readFile('/proc/self/coredump_filter', 'utf8')).trim(), '00000010');
  // Inherited by the processes it starts (git, a credential helper, the gate's verifiers).
  assert.equal(spawnSync('cat', ['/proc/self/coredump_filter'], { encoding: 'utf8' }).stdout.trim(), '00000010');
  if (status.mlock === 'locked') assert.deepEqual(warnings, []);
});

test('a prebuilds folder above the package (another package\'s, or one planted in a project) is never loaded: only the bundle\'s own and the sodium-native Node.js resolves', async (t) => {
  const dir = await tempDir(t);
  const planted = join(dir, 'prebuilds', `${process.platform}-${process.arch}`);
  await mkdir(planted, { recursive: true });
  // Not a shared object: had it been opened, the reason would say it did not load.
  await writeFile(join(planted, 'sodium-native.node'), 'planted');
  const from = join(dir, 'project', 'node_modules', 'trust-kit', 'lib', 'secrets');
  await mkdir(from, { recursive: true });
  const load = loadSodium(from);
  assert.equal(load.binding, undefined);
  assert.match(load.binding === undefined ? load.reason : '', /^no libsodium binary/);
  assert.doesNotMatch(load.binding === undefined ? load.reason : '', /planted|did not load/);
});

test('no native backend (no binary, or one that does not load): portable backend, one warning, secrets still work; strict fails', async (t) => {
  const dir = await tempDir(t);
  for (const setup of ['missing', 'broken']) {
    const from = join(dir, setup);
    await mkdir(join(from, 'prebuilds', `${process.platform}-${process.arch}`), { recursive: true });
    if (setup === 'broken') await writeFile(join(from, 'prebuilds', `${process.platform}-${process.arch}`, 'sodium-native.node'), 'not a shared object');
    const { warnings, logger } = collect();
    const status = enableMemoryProtection({ logger, nativeFrom: from });
    assert.equal(status.backend, 'js');
    assert.equal(status.guardPages, false);
    assert.equal(status.mlock, 'unavailable');
    const backendWarnings = warnings.filter((warning) => warning.includes('no native secure memory'));
    assert.equal(backendWarnings.length, 1, warnings.join('\n'));
    assert.match(backendWarnings[0] ?? '', setup === 'broken' ? /did not load/ : /no libsodium binary/);
    assert.match(backendWarnings[0] ?? '', /to fix: /);
    const secret = SecretBuffer.from(Buffer.from('portable-backend'));
    const enclave = Enclave.from(Buffer.from('portable-enclave'));
    assert.equal(secret.use((bytes) => bytes.toString()), 'portable-backend');
    assert.equal(enclave.use((bytes) => bytes.toString()), 'portable-enclave');
    secret.destroy();
    enclave.destroy();
    assert.throws(() => enableMemoryProtection({ nativeFrom: from, strict: ['backend'] }), (error: Error & { code: string; hint: string }) => {
      assert.equal(error.code, 'SECRET_PROTECTION_MISSING');
      assert.match(error.hint, /dist\/prebuilds/);
      return true;
    });
  }
  enableMemoryProtection();
});

test('core-dump filter not writable: reported unavailable with one warning; strict fails', { skip: !linux && 'Linux only' }, async (t) => {
  const dir = await tempDir(t);
  const { warnings, logger } = collect();
  const status = enableMemoryProtection({ logger, coredumpFilter: dir });
  assert.equal(status.coreDumps, 'unavailable');
  const filterWarnings = warnings.filter((warning) => warning.includes('core dumps'));
  assert.equal(filterWarnings.length, 1, warnings.join('\n'));
  assert.match(filterWarnings[0] ?? '', /EISDIR/);
  assert.match(filterWarnings[0] ?? '', /ulimit -c 0/);
  assert.throws(() => enableMemoryProtection({ coredumpFilter: dir, strict: true }), { code: 'SECRET_PROTECTION_MISSING' });
  assert.equal(enableMemoryProtection().coreDumps, 'excluded');
});

test('on macOS and Windows, a missing protection is told a fix that exists there: no /proc, no CAP_IPC_LOCK, no ulimit on Windows', () => {
  const warningsOn = (platform: string): string[] => {
    // Another platform's process in a child: its secret memory backend is chosen for that platform, once.
    const script = `Object.defineProperty(process, 'platform', { value: ${JSON.stringify(platform)} });
      const { enableMemoryProtection } = await import(${JSON.stringify(join(import.meta.dirname, '../../src/secrets/index.ts'))});
      const warnings = [];
      enableMemoryProtection({ logger: { warn: (message) => warnings.push(message), debug() {} } });
      console.log(JSON.stringify(warnings));`;
    const result = spawnSync(NODE, [...TSX, '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    return JSON.parse(result.stdout) as string[];
  };
  for (const platform of ['win32', 'darwin']) {
    const coreDumps = warningsOn(platform).filter((warning) => warning.includes('crash dump'));
    assert.equal(coreDumps.length, 1, platform);
    assert.doesNotMatch(coreDumps[0] ?? '', /\/proc|coredump_filter|CAP_IPC_LOCK/, platform);
    assert.match(coreDumps[0] ?? '', platform === 'win32' ? /Windows Error Reporting/ : /ulimit -c 0/);
  }
});

interface DeferredReport {
  before: { warnings: string[]; sodiumMapped: boolean };
  asked?: { status: Record<string, unknown>; warnings: string[]; sodiumMapped: boolean };
  after: { warnings: string[]; sodiumMapped: boolean; status: Record<string, unknown>; intact: boolean };
}

function runDeferredProbe(...args: string[]): DeferredReport {
  const result = spawnSync(NODE, [...TSX, DEFERRED_PROBE, ...args], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as DeferredReport;
}

test('protectProcess leaves the secret memory and the warnings to the first secret: a process that holds none loads no libsodium and warns of nothing', { skip: !linux && 'Linux only' }, async (t) => {
  const present = runDeferredProbe('present');
  assert.deepEqual(present.before, { warnings: [], sodiumMapped: false });
  assert.equal(present.after.sodiumMapped, true);
  assert.deepEqual(present.after.status, { backend: 'sodium', mlock: present.after.status['mlock'], guardPages: true, coreDumps: 'excluded', envScrub: 'available' });
  assert.equal(present.after.intact, true);

  // What is missing is said when it starts to matter, once each, with how to fix it.
  const dir = await tempDir(t);
  const empty = join(dir, 'empty');
  await mkdir(empty);
  const absent = runDeferredProbe('absent', empty, dir);
  assert.deepEqual(absent.before.warnings, []);
  assert.equal(absent.after.status['backend'], 'js');
  assert.equal(absent.after.status['coreDumps'], 'unavailable');
  assert.equal(absent.after.intact, true);
  assert.equal(absent.after.warnings.length, 2, absent.after.warnings.join('\n'));
  assert.match(absent.after.warnings[0] ?? '', /no native secure memory .*to fix: /);
  assert.match(absent.after.warnings[1] ?? '', /core dumps .*EISDIR.*to fix: /);

  // Asking what is in force, before any secret, chooses the secret memory and says what is in force, as the first secret would.
  const asked = runDeferredProbe('ask');
  assert.equal(asked.before.sodiumMapped, false);
  assert.equal(asked.asked?.sodiumMapped, true);
  assert.deepEqual(asked.asked?.status, { backend: 'sodium', mlock: asked.asked?.status['mlock'], guardPages: true, coreDumps: 'excluded', envScrub: 'available' });
  assert.deepEqual(asked.after.warnings, asked.asked?.warnings, 'the first secret reports nothing more');
});

test('a library user who never calls protectProcess or enableMemoryProtection still gets libsodium memory for its secrets; the process-wide protections stay off', { skip: !linux && 'Linux only' }, () => {
  const library = runDeferredProbe('library');
  assert.deepEqual(library.before, { warnings: [], sodiumMapped: false });
  assert.equal(library.after.sodiumMapped, true);
  assert.equal(library.after.intact, true);
  assert.deepEqual(library.after.status, { backend: 'sodium', mlock: library.after.status['mlock'], guardPages: true, coreDumps: 'unavailable', envScrub: 'unavailable' });
});

test('protectProcess checks a strict kind at once, before any secret', async (t) => {
  const dir = await tempDir(t);
  assert.throws(() => protectProcess({ nativeFrom: dir, strict: ['backend'] }), { code: 'SECRET_PROTECTION_MISSING' });
  if (linux) assert.throws(() => protectProcess({ coredumpFilter: dir, strict: ['coreDumps'] }), { code: 'SECRET_PROTECTION_MISSING' });
  enableMemoryProtection();
});

/** Runs the probe with RLIMIT_MEMLOCK at `kib` (default 0) and without CAP_IPC_LOCK (which root would otherwise use to lock anyway). */
function runWithoutMlock(mode: string, kib = 0): ReturnType<typeof spawnSync> {
  const command = [NODE, ...TSX, PROBE, mode].map((arg) => `'${arg}'`).join(' ');
  if (process.getuid?.() === 0) return spawnSync('capsh', ['--drop=cap_ipc_lock', '--', '-c', `ulimit -l ${kib} && exec ${command}`], { encoding: 'utf8' });
  return spawnSync('prlimit', [`--memlock=${kib * 1024}:${kib * 1024}`, '--', NODE, ...TSX, PROBE, mode], { encoding: 'utf8' });
}

const limitTools = spawnSync(process.getuid?.() === 0 ? 'capsh' : 'prlimit', ['--help'], { encoding: 'utf8' }).error === undefined;
const LIMIT_TOOLS_MISSING = `needs ${process.getuid?.() === 0 ? 'capsh (libcap2-bin)' : 'prlimit (util-linux)'}, which scripts/install-tools.sh debian_packages installs`;

interface MlockReport {
  status: { mlock: string; backend: string };
  after: { mlock: string };
  again: string;
  strictAgain: string;
  warnings: string[];
  intact: boolean;
  dontDump: number;
}

test('mlock refused (RLIMIT_MEMLOCK 0, no CAP_IPC_LOCK): detected, reported partial, one warning naming ulimit -l; secrets intact and still excluded from dumps', { skip: !linux && 'RLIMIT_MEMLOCK is Linux\'s' }, (t) => {
  if (!limitTools) return missingInCI(t, LIMIT_TOOLS_MISSING);
  const result = runWithoutMlock('mlock');
  assert.equal(result.status, 0, String(result.stderr));
  const report = JSON.parse(String(result.stdout)) as MlockReport;
  assert.equal(report.status.backend, 'sodium');
  assert.equal(report.status.mlock, 'partial');
  assert.equal(report.after.mlock, 'partial');
  assert.equal(report.intact, true);
  assert.ok(report.dontDump >= 40, `unlocked blocks are still excluded from dumps: ${report.dontDump} MADV_DONTDUMP mappings`);
  const mlockWarnings = report.warnings.filter((warning) => warning.includes('lock secret memory'));
  assert.equal(mlockWarnings.length, 1, report.warnings.join('\n'));
  assert.match(mlockWarnings[0] ?? '', /ulimit -l/);
  // Enabling again reuses the unlocked blocks (the probe's own among them): still partial, and a strict mlock fails.
  assert.equal(report.again, 'partial');
  assert.equal(report.strictAgain, 'SECRET_PROTECTION_MISSING');
});

test('a low RLIMIT_MEMLOCK (64 KiB) that locks the first blocks and refuses later ones: locked at first, partial once a block is refused, one warning', { skip: !linux && 'RLIMIT_MEMLOCK is Linux\'s' }, (t) => {
  if (!limitTools) return missingInCI(t, LIMIT_TOOLS_MISSING);
  const result = runWithoutMlock('mlock', 64);
  assert.equal(result.status, 0, String(result.stderr));
  const report = JSON.parse(String(result.stdout)) as MlockReport;
  assert.equal(report.status.backend, 'sodium');
  assert.equal(report.status.mlock, 'locked', 'the probe block fits under the limit');
  // 40 blocks of a page each, every one re-locked: 160 KiB and more, past the limit.
  assert.equal(report.after.mlock, 'partial');
  assert.equal(report.intact, true);
  const mlockWarnings = report.warnings.filter((warning) => warning.includes('lock secret memory'));
  assert.equal(mlockWarnings.length, 1, report.warnings.join('\n'));
  assert.match(mlockWarnings[0] ?? '', /ulimit -l/);
  assert.equal(report.again, 'partial');
  assert.equal(report.strictAgain, 'SECRET_PROTECTION_MISSING');
});

test('protected memory is no-access between uses: reading a view kept past use() in a later turn faults', { skip: !linux && 'Linux only' }, () => {
  const result = spawnSync(NODE, [...TSX, PROBE, 'touch-after-use'], { encoding: 'utf8' });
  assert.match(result.stdout, /backend sodium/);
  assert.doesNotMatch(result.stdout, /read /, 'the read must not return');
  assert.equal(result.signal, 'SIGSEGV', `status ${result.status}, signal ${result.signal}, stderr ${result.stderr}`);
});

test('libsodium blocks are locked, excluded from dumps, between guard pages, and reused: 20,000 secrets do not grow the memory maps', { skip: !linux && 'Linux only' }, async () => {
  enableMemoryProtection();
  assert.equal(memoryProtectionStatus().backend, 'sodium');
  const dontDump = async (): Promise<number> => (await readFile('/proc/self/smaps', 'utf8')).split('\n').filter((line) => line.startsWith('VmFlags:') && / dd\b/.test(line)).length;
  const maps = async (): Promise<number> => (await readFile('/proc/self/maps', 'utf8')).split('\n').length;
  // Let garbage collection finish freeing earlier blocks, so the count only moves with this test's secrets.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (let round = 0; round < 3; round += 1) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  // Anonymous MADV_DONTDUMP mappings right between two no-access ones: a block between its guard pages.
  const guarded = async (): Promise<number> => {
    const entries = (await readFile('/proc/self/smaps', 'utf8')).split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/).map((entry) => {
      const [range = '', perms = '', , , , name] = (entry.split('\n')[0] ?? '').split(/\s+/);
      const [start, end] = range.split('-');
      return { start, end, perms, name, dontDump: / dd\b/.test(/^VmFlags:.*$/m.exec(entry)?.[0] ?? '') };
    });
    return entries.filter((entry, index) => {
      const [previous, next] = [entries[index - 1], entries[index + 1]];
      return entry.dontDump && !entry.name && previous?.perms === '---p' && previous.end === entry.start && next?.perms === '---p' && next.start === entry.end;
    }).length;
  };
  const before = await dontDump();
  const guardedBefore = await guarded();
  const held = Array.from({ length: 8 }, () => SecretBuffer.from(Buffer.alloc(3000, 7)));
  assert.ok((await dontDump()) >= before + 8, 'each secret block is a MADV_DONTDUMP mapping');
  assert.ok((await guarded()) >= guardedBefore + 8, 'each secret block lies between guard pages');
  for (const secret of held) secret.destroy();
  const mapsBefore = await maps();
  for (let index = 0; index < 20_000; index += 1) {
    const secret = SecretBuffer.from(Buffer.alloc(32, index & 0xff));
    secret.use((bytes) => bytes[0]);
    secret.destroy();
  }
  // Without reuse every secret would leave 4 mappings until garbage collection: 80,000 here.
  assert.ok((await maps()) < mapsBefore + 1000, `maps grew from ${mapsBefore} to ${await maps()}`);
});

test('a secret dropped without destroy() is zeroed when it is garbage-collected, on libsodium (its block comes back wiped) and on the portable backend', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const collect = async (): Promise<void> => {
    for (let round = 0; round < 5; round += 1) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  // Six pages: a size class no other secret of this process uses, so the block that comes back is this one's.
  const size = 5 * 4096 + 1;
  const dropped = (): Buffer => {
    let kept: Buffer | undefined;
    SecretBuffer.from(Buffer.alloc(size, 0x5a)).use((bytes) => {
      kept = bytes;
    });
    return kept as Buffer;
  };
  if (linux) {
    assert.equal(enableMemoryProtection().backend, 'sodium');
    // A libsodium block is no-access once its secret is idle: only its identity is compared, never its bytes read.
    const block = dropped().buffer;
    await collect();
    const reused = SecretBuffer.fill(size, (into) => {
      assert.equal(into.buffer, block, 'the dropped secret\'s block was given back for reuse');
      assert.ok(into.every((byte) => byte === 0), 'and wiped');
    });
    reused.destroy();
  }
  assert.equal(enableMemoryProtection({ backend: 'js' }).backend, 'js');
  const view = dropped();
  assert.equal(view[0], 0x5a);
  await collect();
  assert.ok(view.every((byte) => byte === 0), 'the portable backend\'s bytes are wiped');
  enableMemoryProtection();
});

test('an uncaught exception or unhandled rejection is printed with every live secret redacted, after which all are purged', async () => {
  for (const mode of ['crash', 'reject']) {
    const secret = `tok_${randomBytes(12).toString('hex')}`;
    const result = spawnSync(NODE, [...TSX, PROBE, mode, secret], { encoding: 'utf8' });
    assert.equal(result.status, 1, `${mode}: ${result.stderr}`);
    assert.match(result.stderr, /request failed with token \*\*\*/);
    assert.match(result.stderr, /cause: \*\*\*/);
    assert.ok(!result.stderr.includes(secret) && !result.stderr.includes(Buffer.from(secret).toString('base64').slice(0, 16)), result.stderr);
    assert.match(result.stdout, /destroyed at exit: true/);
  }
});

test('SIGTERM and SIGINT purge every secret and still end the process by the signal', async () => {
  for (const sent of ['SIGTERM', 'SIGINT'] as const) {
    const child = spawn(NODE, [...TSX, PROBE, 'signal', 'signal-secret'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += String(chunk);
      if (stdout.includes('waiting')) child.kill(sent);
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal])));
    assert.equal(signal, sent, `code ${code}`);
    assert.match(stdout, new RegExp(`destroyed on ${sent}: true`));
  }
});

test('process.exit() purges every secret', () => {
  const result = spawnSync(NODE, [...TSX, PROBE, 'exit', 'exit-secret'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /destroyed at exit: true/);
});

test('in a program with its own SIGTERM handler the hooks purge once, and the program ends as its handler says', async () => {
  const child = spawn(NODE, [...TSX, PROBE, 'host-signal'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += String(chunk);
    if (stdout.includes('waiting')) child.kill('SIGTERM');
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal])));
  // The hook re-raised the signal to end the process, which ran the program's handler a second time.
  assert.match(stdout, /host handler calls: 1, destroyed: true/);
  assert.deepEqual([code, signal], [7, null]);
});

test('in a program with its own uncaughtException handler the crash hook leaves the error to it: no exit, the program\'s exit code', () => {
  const result = spawnSync(NODE, [...TSX, PROBE, 'host-crash'], { encoding: 'utf8' });
  assert.match(result.stdout, /host handled: host failure/);
  assert.match(result.stdout, /still running, destroyed: false/);
  assert.match(result.stdout, /destroyed at exit: true/);
  assert.equal(result.status, 3, result.stderr);
  assert.equal(result.stderr, '');
});

test('with two copies of the secrets runtime in one process, each with its hooks, an uncaught error still ends it, redacted', () => {
  const secret = `tok_${randomBytes(12).toString('hex')}`;
  const result = spawnSync(NODE, [...TSX, PROBE, 'two-copies', secret], { encoding: 'utf8' });
  assert.equal(result.status, 1, result.stdout);
  assert.match(result.stderr, /failed with \*\*\*/);
  assert.ok(!result.stderr.includes(secret));
  assert.doesNotMatch(result.stdout, /still running/);
});

test('secrets never destroyed do not exhaust the memory maps: past the cap they go to the portable backend, with one warning', { skip: !linux && 'Linux only' }, () => {
  const result = spawnSync(NODE, [...TSX, PROBE, 'undestroyed'], { encoding: 'utf8' });
  assert.equal(result.status, 0, `status ${result.status} signal ${result.signal}: ${result.stderr.slice(-2000)}`);
  const report = JSON.parse(result.stdout) as { warnings: string[]; intact: boolean; maps: number };
  assert.equal(report.intact, true);
  // 12,000 guarded blocks would be 48,000 maps: past 8,192 blocks (32,768 maps) the secrets went to the portable backend.
  assert.ok(report.maps < 8192 * 4 + 2000, `${report.maps} memory maps`);
  const capacity = report.warnings.filter((warning) => warning.includes('alive in libsodium memory'));
  assert.equal(capacity.length, 1, report.warnings.join('\n'));
  assert.match(capacity[0] ?? '', /destroy\(\)/);
});

test('a Node.js diagnostic report (--report-on-fatalerror, --report-on-signal, writeReport) of a protected process leaves out the environment and the secrets still in it', async (t) => {
  const dir = await tempDir(t);
  const secret = `report-secret-${randomBytes(12).toString('hex')}`;
  const protection = JSON.stringify(join(import.meta.dirname, '..', '..', 'src', 'secrets', 'index.ts'));
  const report = async (protect: boolean): Promise<string> => {
    const file = join(dir, `${String(protect)}.json`);
    const script = `${protect ? `(await import(${protection})).protectProcess({ env: process.env });` : ''} process.report.writeReport(${JSON.stringify(file)});`;
    const run = spawnSync(NODE, [...TSX, '--input-type=module', '-e', script], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ACTIONS_RUNTIME_TOKEN: secret }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return readFile(file, 'utf8');
  };
  assert.ok((await report(false)).includes(secret), 'control: an unprotected process\'s report holds its environment');
  const written = await report(true);
  assert.ok(!written.includes(secret));
  assert.equal((JSON.parse(written) as { environmentVariables?: unknown }).environmentVariables, undefined);
});
