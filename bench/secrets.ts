/**
 * `npm run bench -- secrets`: what protected secrets cost. (1) Per access: `SecretBuffer.use` and
 * `Enclave.use` on the libsodium and portable backends for 32 B and 4 KiB secrets, next to a plain
 * Buffer handed to the same callback. (2) Whole operation: trust-kit's local-key signing of a
 * 1,000-line checksums file (read and load the key, read the file, sign, self-check and write the
 * bundle), with the key read into libsodium memory as trust-kit's signer does (`openSigningSession`;
 * and, for comparison, also sealed in an Enclave) vs read into a plain Buffer with the same system
 * calls, one signing of each per round in shuffled order over 3,000 rounds, with the plain
 * variant run a second time as a control whose difference from the first is the run's noise floor.
 * (3) Whole operation, keyless: 200 batches of 3 signings
 * against the loopback Sigstore stack (token from the runner's OIDC endpoint, Fulcio, Rekor,
 * timestamp), libsodium backend vs portable backend, each in a signer process of its own
 * (bench/_keyless-signer.ts), taking turns, a new pair every 25 runs. Process CPU time (all threads), medians. Bar: overhead <= 2%.
 */
import { fork } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliNamer } from '../src/config/inputs.js';
import { signConfig } from '../src/config/sign.js';
import { INPUT_LIMITS, openRegularFile } from '../src/core/files.js';
import { silentLogger } from '../src/core/logger.js';
import { Enclave, SecretBuffer, enableMemoryProtection } from '../src/secrets/index.js';
import { createSigningSession, loadSigningKey, openSigningSession, takePassphrase, type SigningKey } from '../src/sigstore/sign/index.js';
import type { SignerAnswer, SignerRequest } from './_keyless-signer.js';
import { startStackProcess, type StackProcess } from './_stack.js';
import { TSX } from '../test/support/leak-scan.js';

const ROUNDS = 9;
const RUNS = Number(process.env['BENCH_RUNS'] ?? 200);
const BAR = 1.02;
/** Rounds of the local-key comparison: one signing per variant each, about 2 ms apiece. */
const ROUNDS_SIGNING = RUNS * 15;
/** Signings per variant and run in the keyless comparison. */
const KEYLESS_BATCH = 3;
/** Runs of the keyless comparison per pair of signer processes. */
const SIGNER_RUNS = 25;
/** The figures the bar is about, CPU overhead of protection on over off (median of per-run ratios), printed together at the end. */
const verdicts: { what: string; ratio: number }[] = [];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
/** CPU time (user + system) of the whole process, every thread, in nanoseconds since `start`: what a job pays. */
const cpuSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) * 1000;
};

type Access = (fn: (bytes: Buffer) => number) => number;

/** Median CPU nanoseconds per access over ROUNDS batches of `count` accesses. */
function perAccess(access: Access, count: number): number {
  let sink = 0;
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = process.cpuUsage();
    for (let index = 0; index < count; index += 1) sink ^= access((bytes) => bytes[index % bytes.length] as number);
    rounds.push(cpuSince(start) / count);
  }
  if (sink === -1) console.log(sink);
  return median(rounds);
}

/** Median CPU nanoseconds per access when every access has an event-loop turn of its own (so each opens and closes the memory). */
async function perTurn(access: Access, count: number): Promise<number> {
  let sink = 0;
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = process.cpuUsage();
    for (let index = 0; index < count; index += 1) {
      sink ^= access((bytes) => bytes[index % bytes.length] as number);
      await new Promise((resolve) => setImmediate(resolve));
    }
    rounds.push(cpuSince(start) / count);
  }
  if (sink === -1) console.log(sink);
  return median(rounds);
}

const percent = (ratio: number): string => `${((ratio - 1) * 100).toFixed(2)}%`;
const format = (ns: number): string => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);

// (1) Per access. Secrets are created after choosing each backend; they stay in the memory they were allocated in.
const rows: string[][] = [];
for (const size of [32, 4096]) {
  const plain = Buffer.alloc(size, 7);
  const plainAccess: Access = (fn) => fn(plain);
  enableMemoryProtection({ backend: 'js' });
  const jsSecret = SecretBuffer.from(Buffer.alloc(size, 7));
  const jsEnclave = Enclave.from(Buffer.alloc(size, 7));
  const status = enableMemoryProtection();
  if (status.backend !== 'sodium') throw new Error('libsodium did not load: the native figures would be meaningless');
  const sodiumSecret = SecretBuffer.from(Buffer.alloc(size, 7));
  const sodiumEnclave = Enclave.from(Buffer.alloc(size, 7));
  const accesses: [string, Access, number][] = [
    ['plain Buffer (baseline)', plainAccess, 200_000],
    ['SecretBuffer.use, portable', (fn) => jsSecret.use(fn), 200_000],
    ['SecretBuffer.use, libsodium', (fn) => sodiumSecret.use(fn), 50_000],
    ['Enclave.use, portable', (fn) => jsEnclave.use(fn), 10_000],
    ['Enclave.use, libsodium', (fn) => sodiumEnclave.use(fn), 10_000],
  ];
  const sameTurnBase = perAccess(plainAccess, 200_000);
  const ownTurnBase = await perTurn(plainAccess, 2000);
  for (const [name, access, count] of accesses) {
    const sameTurn = perAccess(access, count);
    const ownTurn = await perTurn(access, 2000);
    rows.push([`${size} B`, name, format(sameTurn), `+${format(Math.max(0, sameTurn - sameTurnBase))}`, `+${format(Math.max(0, ownTurn - ownTurnBase))}`]);
  }
  for (const secret of [jsSecret, jsEnclave, sodiumSecret, sodiumEnclave]) secret.destroy();
}
console.log(`Cost per access (CPU time, median of ${ROUNDS} batches; the callback reads one byte). Back to back, accesses share`);
console.log('one opening of the memory; with a turn of its own (as across awaits) each access opens it and it is closed again:');
const widths = [6, 28, 12, 14, 18];
console.log(['size', 'access', 'back to back', 'vs plain', 'own turn, vs plain'].map((cell, index) => cell.padEnd(widths[index] as number)).join('  '));
for (const row of rows) console.log(row.map((cell, index) => cell.padEnd(widths[index] as number)).join('  '));

// (2) Whole operation.
const dir = mkdtempSync(join(tmpdir(), 'trust-kit-bench-secrets-'));
try {
  const keyPath = join(dir, 'signing.key');
  const sumsPath = join(dir, 'SHA256SUMS');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(keyPath, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  const lines = Array.from({ length: 1000 }, (_, index) => `${createHash('sha256').update(randomBytes(16)).digest('hex')}  dist/artifact-${index}.tgz\n`);
  writeFileSync(sumsPath, lines.join(''));

  const bundlePath = join(dir, 'SHA256SUMS.sigstore.json');
  const keyConfig = signConfig({ 'subject-path': 'SHA256SUMS', key: keyPath }, cliNamer());
  const keyContext = { cwd: dir, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger };
  // Both sides sign as trust-kit's signer does (key checks and public half, the bundle, its self-check, the bundle
  // written atomically) and read the key with the same system calls as SecretBuffer.fromFile (a bounded regular file,
  // one read of its size), so they differ only in where the key's bytes are held: a plain Buffer, or libsodium memory
  // (trust-kit's readKey, through openSigningSession).
  const readKeyPlain = async (path = keyPath): Promise<Buffer> => {
    const { handle, size } = await openRegularFile(path, { maxBytes: INPUT_LIMITS.privateKey, what: 'private key' });
    try {
      const bytes = Buffer.alloc(size);
      const { bytesRead } = await handle.read(bytes, 0, size, 0);
      return bytes.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  };
  const signWith = async (key: SigningKey): Promise<void> => {
    await createSigningSession({ backend: { instance: 'key', key }, retry: keyConfig.retry }).signFile(sumsPath, bundlePath);
  };
  const operations: Record<string, () => Promise<void>> = {
    // What openSigningSession does for a key (the path resolved, passphrase variables looked for), the key read into a
    // plain Buffer: so that the two differ in where the key is held alone.
    off: async () => {
      const path = resolve(dir, keyConfig.key ?? '');
      const pem = await readKeyPlain(path);
      const passphrase = takePassphrase({});
      try {
        await signWith(loadSigningKey(pem, undefined, path));
      } finally {
        passphrase?.secret.destroy();
      }
    },
    on: async () => {
      // A fresh environment each time: the signer takes passphrase variables out of the one it is given.
      const opened = await openSigningSession(keyConfig, { ...keyContext, env: {} });
      if (opened.session === undefined) throw new Error(`no signing session: ${opened.reason}`);
      await opened.session.signFile(sumsPath, bundlePath);
      opened.close();
    },
    // A key kept sealed for a long-lived session, opened for the import.
    enclave: async () => {
      const enclave = Enclave.seal(await SecretBuffer.fromFile(keyPath, { maxBytes: INPUT_LIMITS.privateKey, what: 'private key' }));
      try {
        await new Promise((resolve) => setImmediate(resolve));
        await signWith(enclave.use((bytes) => loadSigningKey(bytes, undefined, keyPath)));
      } finally {
        enclave.destroy();
      }
    },
  };
  // The control is the plain variant again: what it measures against `off` is the noise floor of this very run.
  operations['control'] = operations['off'] as () => Promise<void>;
  const names = Object.keys(operations);
  const samples: Record<string, [number, number][]> = Object.fromEntries(names.map((name) => [name, []]));
  // One signing per variant per round, in an order shuffled each round (so no variant always follows the same one),
  // and each timed up to the end of its event-loop turn, so that memory it closes there is charged to it. Pairing
  // single signings within a round cancels the load drift of a shared machine, which batches of signings did not:
  // with batches, the plain variant against itself read anywhere from -1% to +3% at a load average of 10.
  let seed = 0x2545f491;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const time = async (name: string): Promise<void> => {
    const operation = operations[name] as () => Promise<void>;
    const cpu = process.cpuUsage();
    const wall = process.hrtime.bigint();
    await operation();
    await new Promise((resolve) => setImmediate(resolve));
    samples[name]?.push([cpuSince(cpu), Number(process.hrtime.bigint() - wall)]);
  };
  for (let warm = 0; warm < 20; warm += 1) for (const name of names) await (operations[name] as () => Promise<void>)();
  for (let round = 0; round < ROUNDS_SIGNING; round += 1) {
    const order = [...names];
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] as string, order[index] as string];
    }
    for (const name of order) await time(name);
  }
  const off = samples['off'] as [number, number][];
  const offCpu = median(off.map(([value]) => value));
  const offWall = median(off.map(([, value]) => value));
  /** Overhead on the plain variant: the median of the per-round differences, over the plain variant's median. */
  const overhead = (name: string, field: 0 | 1): number => {
    const list = samples[name] as [number, number][];
    return 1 + median(list.map((sample, index) => sample[field] - (off[index] as [number, number])[field])) / (field === 0 ? offCpu : offWall);
  };
  const summary = (name: string): string => {
    const list = samples[name] as [number, number][];
    const cpu = median(list.map(([value]) => value));
    const wall = median(list.map(([, value]) => value));
    if (name === 'off') return `CPU ${format(cpu)}  wall ${format(wall)}`;
    const ratioCpu = overhead(name, 0);
    return `CPU ${format(cpu)}  wall ${format(wall)}  overhead CPU ${percent(ratioCpu)} (ratio of medians ${percent(cpu / offCpu)}), wall ${percent(overhead(name, 1))}${name === 'on' ? `  (bar <= ${((BAR - 1) * 100).toFixed(0)}%: ${ratioCpu <= BAR ? 'met' : 'NOT met'})` : ''}`;
  };
  console.log(`\nWhole operation: local-key signing of a 1,000-line checksums file as trust-kit does it (read and load the key, read the file, sign, self-check and write the bundle), ${ROUNDS_SIGNING} rounds of one signing per variant in shuffled order, medians per signing; overhead = median of the per-round differences over the plain median (CPU ${format(offCpu)}, wall ${format(offWall)}):`);
  console.log(`  protection off: key read into a plain Buffer      ${summary('off')}`);
  console.log(`  protection on: key in libsodium memory (readKey)  ${summary('on')}`);
  verdicts.push({ what: 'local-key signing', ratio: overhead('on', 0) });
  console.log(`  protection on, key also sealed in an Enclave      ${summary('enclave')}`);
  console.log(`  control: protection off again (noise floor)       ${summary('control')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// (3) Whole operation, keyless: the GitHub OIDC token flow and one signature against the loopback Sigstore stack, run
// in processes of their own (the signers, bench/_keyless-signer.ts) so that only the signer's CPU is counted. Protection on = libsodium backend, off = portable backend.
const stack = await startStackProcess();
try {
  // Two signers, each in a process of its own with one kind of memory for its whole life (as every trust-kit process
  // has), take turns, in alternating order, so that a slow moment of the machine weighs on both. Switching the kind
  // of memory back and forth in one process, as this bench did, charged the switch to protection: about 2% more CPU
  // for the libsodium signings there, where the same signings in processes of their own cost no more than portable ones.
  // A new pair every SIGNER_RUNS runs, so that what one process happens to cost (its heap, what the JIT made of it)
  // does not weigh on one side for the whole comparison.
  const keylessSamples: Record<'off' | 'on', [number, number][]> = { off: [], on: [] };
  for (let first = 0; first < RUNS; first += SIGNER_RUNS) {
    const signers = Object.fromEntries(await Promise.all((['on', 'off'] as const).map(async (variant) => [variant, await startSigner(variant, stack)] as const))) as Record<'on' | 'off', Signer>;
    try {
      for (let run = first; run < Math.min(RUNS, first + SIGNER_RUNS); run += 1) {
        for (const variant of run % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
          const { cpu, wall } = await signers[variant].time(KEYLESS_BATCH);
          keylessSamples[variant].push([cpu / KEYLESS_BATCH, wall / KEYLESS_BATCH]);
        }
      }
    } finally {
      for (const signer of Object.values(signers)) signer.close();
    }
  }
  const [offCpu, offWall] = [median(keylessSamples.off.map(([cpu]) => cpu)), median(keylessSamples.off.map(([, wall]) => wall))];
  const [onCpu, onWall] = [median(keylessSamples.on.map(([cpu]) => cpu)), median(keylessSamples.on.map(([, wall]) => wall))];
  const ratioCpu = median(keylessSamples.on.map(([cpu], index) => cpu / (keylessSamples.off[index] as [number, number])[0]));
  const ratioWall = median(keylessSamples.on.map(([, wall], index) => wall / (keylessSamples.off[index] as [number, number])[1]));
  console.log(`\nWhole operation, keyless: OIDC token from the runner endpoint, Fulcio certificate, Rekor entry, timestamp, self-check, for a 1,000-line checksums file; stack and each signer in a process of its own; ${RUNS} runs of ${KEYLESS_BATCH} signings per signer, taking turns, a new pair of signers every ${SIGNER_RUNS} runs, medians per signing:`);
  console.log(`  protection off (portable backend)   CPU ${format(offCpu)}  wall ${format(offWall)}`);
  verdicts.push({ what: 'keyless signing', ratio: ratioCpu });
  console.log(`  protection on (libsodium backend)   CPU ${format(onCpu)}  wall ${format(onWall)}  overhead CPU ${percent(ratioCpu)} (ratio of medians ${percent(onCpu / offCpu)}), wall ${percent(ratioWall)}  (bar <= ${((BAR - 1) * 100).toFixed(0)}%: ${ratioCpu <= BAR ? 'met' : 'NOT met'})`);
} finally {
  await stack.close();
}

console.log('');
for (const { what, ratio } of verdicts) {
  console.log(`bar: protected-secrets CPU overhead on ${what} <= ${((BAR - 1) * 100).toFixed(0)}% | measured ${percent(ratio)} | ${ratio <= BAR ? 'PASS' : 'FAIL'}`);
}
process.exitCode = verdicts.every(({ ratio }) => ratio <= BAR) ? 0 : 1;

/** A keyless signer process (bench/_keyless-signer.ts) with one kind of secret memory. */
interface Signer {
  /** CPU (every thread) and wall nanoseconds of `batch` signings. */
  time(batch: number): Promise<{ cpu: number; wall: number }>;
  close(): void;
}

async function startSigner(variant: 'on' | 'off', stack: StackProcess): Promise<Signer> {
  const child = fork(join(import.meta.dirname, '_keyless-signer.ts'), [variant], { execArgv: TSX, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const answers: ((answer: SignerAnswer) => void)[] = [];
  child.on('message', (answer: SignerAnswer) => answers.shift()?.(answer));
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the ${variant} signer exited (${String(code)})`);
  });
  const ask = (request: SignerRequest): Promise<SignerAnswer> => Promise.race([new Promise<SignerAnswer>((resolve) => {
    answers.push(resolve);
    child.send(request);
  }), exited]);
  const { fulcioURL, rekorURL, tsaURL, trustedRootPath, env } = stack;
  const ready = await ask({ stack: { fulcioURL, rekorURL: rekorURL ?? '', tsaURL: tsaURL ?? '', trustedRootPath, env: { ...env } } });
  const expected = variant === 'on' ? 'sodium' : 'js';
  if (!('ready' in ready) || ready.backend !== expected) throw new Error(`the ${variant} signer runs on ${'ready' in ready ? ready.backend : 'nothing'}, not ${expected}`);
  return {
    async time(batch) {
      const answer = await ask({ batch });
      if ('ready' in answer) throw new Error('the signer answered out of turn');
      return answer;
    },
    close() {
      exited.catch(() => undefined);
      child.kill();
    },
  };
}
