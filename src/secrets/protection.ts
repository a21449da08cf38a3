import { readFileSync, writeFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { messageOf } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { activeBackend, preferBackend, secretMemoryChosen, setActiveBackend } from './backend.js';
import { adoptProcessEnvironment, canScrubEnvironmentBlock, type Environment } from './environment.js';
import { checkArgument, SecretError } from './errors.js';
import { jsBackend } from './js-backend.js';
import { Region, type MemoryBackend } from './memory.js';
import { loadSodium, type SodiumBinding } from './native.js';
import { protectProxyCredentials } from './proxy-credentials.js';
import { purge } from './purge.js';
import { redact } from './redact.js';
import { MAX_MAPPED_BLOCKS, sodiumBackend } from './sodium-backend.js';

/** A protection that may be missing on a platform; `strict` names the ones that must not be. */
export type ProtectionKind = 'backend' | 'mlock' | 'coreDumps' | 'envScrub' | 'capacity';

/** Which protections this process has, as `enableMemoryProtection` found them. */
export interface ProtectionStatus {
  /** `sodium`: libsodium secure memory; `js`: zeroed Buffers of their own, encrypted at rest in enclaves. */
  backend: 'sodium' | 'js';
  /** `locked`: every secret block is locked into RAM; `partial`: the kernel refused some (RLIMIT_MEMLOCK). */
  mlock: 'locked' | 'partial' | 'unavailable';
  /** Whether secret blocks sit between guard pages with a canary. */
  guardPages: boolean;
  /** `excluded`: anonymous memory (heaps, stacks, environment) is left out of core dumps. */
  coreDumps: 'excluded' | 'unavailable' | 'unsupported';
  /** `available`: `fromEnv`/`fromInput` also wipe the value from the process's original environment block. */
  envScrub: 'available' | 'unavailable' | 'unsupported';
}

/** Options of {@link enableMemoryProtection}. */
export interface MemoryProtectionOptions {
  /** Fail with SECRET_PROTECTION_MISSING instead of warning: for every protection (`true`) or the ones listed. */
  strict?: boolean | readonly ProtectionKind[];
  /** Where the warnings go (one per missing protection). */
  logger?: Pick<Logger, 'warn' | 'debug'>;
  /** The live process environment (`process.env`), whose original block `fromEnv`/`fromInput` then scrub. */
  env?: Environment;
  /** The process (`process`) whose `env` that is: code loaded through `loadWithSecretsHidden` sees the environment without its secrets. */
  host?: { env: Environment };
  /** `js` keeps secrets out of native memory on purpose (benchmarks, the control run of the dump test). */
  backend?: 'auto' | 'js';
  /** Directory from which the libsodium binary is looked up (default: beside this module). */
  nativeFrom?: string;
  /** The core-dump filter to write (default `/proc/self/coredump_filter`). */
  coredumpFilter?: string;
  /** Leave core dumps as they are: only for the control run of the core-dump test. */
  keepCoreDumps?: boolean;
  /**
   * Runs on SIGINT, SIGTERM and SIGHUP (a closed terminal or SSH session) after the secrets are
   * destroyed and before the signal ends the process; synchronous (the process ends when it
   * returns): an entry point removes its temporary files and says why it stops there.
   */
  onSignal?: (signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP') => void;
  /** Runs, synchronously, after an uncaught error is printed and before the process exits with 1: an entry point removes its temporary files there. */
  onCrash?: () => void;
  /** {@link protectProcess}: choose the secret memory and report what is missing now, not at the first secret (a debug run, whose log then says what is in force from its start). */
  chooseNow?: boolean;
}

/** Keeps the ELF headers of file mappings (so a dump still opens) and drops all anonymous memory. */
const CORE_FILTER = 0x10;

const FIX: Readonly<Record<ProtectionKind, string>> = {
  backend: 'run the bundle with its dist/prebuilds/ directory (libsodium for Linux with glibc 2.33 or later, macOS and Windows, on x64 and arm64), or install sodium-native next to trust-kit',
  mlock: 'raise the locked-memory limit (`ulimit -l 65536`, or `--ulimit memlock=-1` for a container) or grant CAP_IPC_LOCK',
  coreDumps: 'disable core dumps for the job (`ulimit -c 0`) or make /proc/self/coredump_filter writable',
  envScrub: 'pass secrets in files (SecretBuffer.fromFile) rather than environment variables',
  capacity: 'destroy() each secret after its last use, so that its guarded block is reused',
};

/** The fixes that differ off Linux, where neither /proc, CAP_IPC_LOCK nor (on Windows) ulimit exist. */
const PLATFORM_FIX: Partial<Record<NodeJS.Platform, Partial<Record<ProtectionKind, string>>>> = {
  darwin: {
    mlock: 'raise the locked-memory limit (`ulimit -l`)',
    coreDumps: 'keep core dumps off for the job (`ulimit -c 0`, macOS\'s default)',
  },
  win32: {
    mlock: 'keep fewer secrets alive at once: Windows caps locked memory at the process\'s minimum working set',
    coreDumps: 'keep Windows Error Reporting from writing full dumps for the job (no LocalDumps registry key with DumpType 2)',
  },
};

/** How to fix a missing protection of this kind on this platform. */
function fixFor(kind: ProtectionKind): string {
  return PLATFORM_FIX[process.platform]?.[kind] ?? FIX[kind];
}

let status: ProtectionStatus | undefined;
let logger: Pick<Logger, 'warn' | 'debug'> | undefined;
let strictKinds = new Set<ProtectionKind>();
const warned = new Set<ProtectionKind>();

function degrade(kind: ProtectionKind, what: string): void {
  if (strictKinds.has(kind)) {
    throw new SecretError('SECRET_PROTECTION_MISSING', `secret memory protection missing: ${what}`, { hint: fixFor(kind) });
  }
  if (warned.has(kind)) return;
  warned.add(kind);
  logger?.warn(`secret memory protection: ${what}; to fix: ${fixFor(kind)}`);
}

/** While the lock is probed, a refusal is reported with the other findings rather than at once. */
let probing = false;

function onExhausted(): void {
  degrade('capacity', `${MAX_MAPPED_BLOCKS} secrets are alive in libsodium memory (secrets not destroyed after use wait for garbage collection): further ones are zeroed and sealed but neither locked nor guarded`);
}

/**
 * Whether any block was ever refused a lock: destroyed blocks are kept for reuse, so an unlocked one
 * may hold a later secret, and an enabling whose probe reuses a block (no lock is asked) is still partial.
 */
let anyLockRefused = false;

function onUnlocked(): void {
  anyLockRefused = true;
  if (probing) return;
  if (status !== undefined) status.mlock = 'partial';
  degrade('mlock', 'the kernel refused to lock secret memory into RAM, so it may be swapped to disk');
}

/** One backend per loaded binary, so that re-enabling protection keeps its pool of blocks and the sealing key. */
const sodiumBackends = new Map<SodiumBinding, MemoryBackend>();

function sodiumBackendFor(binding: SodiumBinding): MemoryBackend {
  let backend = sodiumBackends.get(binding);
  if (backend === undefined) {
    backend = sodiumBackend(binding, { onUnlocked, onExhausted });
    sodiumBackends.set(binding, backend);
  }
  return backend;
}

preferBackend(() => {
  const native = loadSodium();
  return native.binding === undefined ? undefined : sodiumBackendFor(native.binding);
});

/**
 * The protections in force. Before `enableMemoryProtection`, secrets still go to libsodium memory
 * when it loads (mlock reported `partial` if a lock was refused), but nothing else is on. After
 * {@link protectProcess}, asking chooses the secret memory, as the first secret would.
 */
export function memoryProtectionStatus(): ProtectionStatus {
  if (status === undefined && awaitingFirstSecret) activeBackend();
  if (status !== undefined) return { ...status };
  const backend = activeBackend();
  return {
    backend: backend.name,
    mlock: backend.name === 'js' ? 'unavailable' : anyLockRefused ? 'partial' : 'locked',
    guardPages: backend.guarded,
    coreDumps: 'unavailable',
    envScrub: 'unavailable',
  };
}

/** What one part of the protections found: the status fields it decides and what is missing. */
interface Findings<K extends keyof ProtectionStatus> {
  status: Pick<ProtectionStatus, K>;
  missing: [ProtectionKind, string][];
}

/**
 * The secret memory: libsodium's, locked and guarded, when its binary loads (probed once, so
 * that a refused lock is reported with the other findings), else the portable backend. Chooses
 * it for the secrets allocated from now on and returns it.
 */
function chooseSecretMemory(options: MemoryProtectionOptions): Findings<'backend' | 'mlock' | 'guardPages'> & { chosen: MemoryBackend } {
  const native = options.backend === 'js' ? { binding: undefined, reason: 'the portable backend was chosen' } : loadSodium(options.nativeFrom);
  if (native.binding === undefined) {
    setActiveBackend(jsBackend);
    return { chosen: jsBackend, status: { backend: 'js', mlock: 'unavailable', guardPages: false }, missing: [['backend', `no native secure memory (${native.reason}): secrets are zeroed and sealed but neither locked nor guarded`]] };
  }
  const chosen = sodiumBackendFor(native.binding);
  probing = true;
  try {
    setActiveBackend(chosen);
    new Region(chosen, 1).release();
  } finally {
    probing = false;
  }
  if (!anyLockRefused) return { chosen, status: { backend: 'sodium', mlock: 'locked', guardPages: true }, missing: [] };
  return { chosen, status: { backend: 'sodium', mlock: 'partial', guardPages: true }, missing: [['mlock', 'the kernel refused to lock secret memory into RAM (RLIMIT_MEMLOCK), so it may be swapped to disk']] };
}

/** The protections of the whole process, which hold for every copy of a secret: core dumps without anonymous memory (Linux), the environment-block scrub, and diagnostic reports without the environment. */
function protectWholeProcess(options: MemoryProtectionOptions): Findings<'coreDumps' | 'envScrub'> {
  // A diagnostic report (NODE_OPTIONS=--report-on-fatalerror or --report-on-signal, which a job may
  // set) is a file written to the working directory with the whole environment in it, secrets not
  // yet taken included: it is written without the environment.
  process.report.excludeEnv = true;
  const missing: [ProtectionKind, string][] = [];
  let coreDumps: ProtectionStatus['coreDumps'] = 'unsupported';
  if (process.platform === 'linux' && options.keepCoreDumps !== true) {
    const filter = options.coredumpFilter ?? '/proc/self/coredump_filter';
    try {
      writeFileSync(filter, `0x${CORE_FILTER.toString(16)}`);
      if (Number.parseInt(readFileSync(filter, 'utf8').trim(), 16) !== CORE_FILTER) throw new Error('the filter did not take the new value');
      coreDumps = 'excluded';
    } catch (error) {
      coreDumps = 'unavailable';
      missing.push(['coreDumps', `could not exclude memory from core dumps via ${filter} (${messageOf(error)}): a dump would contain strings made from secrets`]);
    }
  } else if (process.platform === 'linux') {
    coreDumps = 'unavailable';
    missing.push(['coreDumps', 'core dumps were left unfiltered on request']);
  } else {
    missing.push(['coreDumps', `${process.platform} has no per-process core-dump filter: a crash dump would contain strings made from secrets`]);
  }

  adoptProcessEnvironment(options.env, options.host);
  let envScrub: ProtectionStatus['envScrub'] = 'unsupported';
  if (process.platform === 'linux') {
    envScrub = canScrubEnvironmentBlock() ? 'available' : 'unavailable';
    if (envScrub === 'unavailable') missing.push(['envScrub', 'cannot rewrite this process\'s environment block (/proc/self/mem): secrets passed as environment variables stay in its memory']);
  } else {
    missing.push(['envScrub', `${process.platform} gives no access to the process's original environment block: secrets passed as environment variables stay in its memory`]);
  }
  return { status: { coreDumps, envScrub }, missing };
}

/**
 * Refuses options that would turn a protection off without a word: `strict: 'backend'` (a string,
 * whose letters were taken for kinds) or a misspelt kind enforced nothing.
 */
function checkOptions(options: unknown, method: string): asserts options is MemoryProtectionOptions {
  checkArgument(typeof options === 'object' && options !== null && !Array.isArray(options), `${method}'s options`, options, 'an object');
  const { strict, logger: given, backend, nativeFrom, onSignal } = options as Record<string, unknown>;
  const kinds = Object.keys(FIX);
  checkArgument(strict === undefined || typeof strict === 'boolean' || (Array.isArray(strict) && strict.every((kind) => kinds.includes(kind as string))), `${method}'s strict option`, strict, `true, false or an array of ${kinds.join(', ')}`);
  checkArgument(given === undefined || (typeof given === 'object' && given !== null && typeof (given as Logger).warn === 'function' && typeof (given as Logger).debug === 'function'), `${method}'s logger`, given, 'an object with warn and debug functions');
  checkArgument(backend === undefined || backend === 'auto' || backend === 'js', `${method}'s backend option`, backend, "'auto' or 'js'");
  checkArgument(nativeFrom === undefined || typeof nativeFrom === 'string', `${method}'s nativeFrom option`, nativeFrom, 'a directory path');
  checkArgument(onSignal === undefined || typeof onSignal === 'function', `${method}'s onSignal option`, onSignal, 'a function');
}

/** Takes the options' logger and strict kinds for the findings to come, forgetting what was warned of before. */
function takeReporting(options: MemoryProtectionOptions): void {
  logger = options.logger;
  warned.clear();
  strictKinds = new Set(options.strict === true ? (Object.keys(FIX) as ProtectionKind[]) : options.strict === false || options.strict === undefined ? [] : options.strict);
}

/** Fails with every finding of a strict kind at once. */
function failOnStrict(missing: readonly [ProtectionKind, string][]): void {
  const fatal = missing.filter(([kind]) => strictKinds.has(kind));
  if (fatal.length > 0) {
    throw new SecretError('SECRET_PROTECTION_MISSING', `secret memory protection missing: ${fatal.map(([, what]) => what).join('; ')}`, {
      hint: fatal.map(([kind]) => fixFor(kind)).join('; '),
    });
  }
}

/** Fails with every finding of a strict kind at once, else warns of each (once per kind) and logs the status. */
function report(next: ProtectionStatus, missing: readonly [ProtectionKind, string][]): void {
  failOnStrict(missing);
  for (const [kind, what] of missing) degrade(kind, what);
  logger?.debug(`secret memory protection: ${JSON.stringify(next)}`);
}

/**
 * Turns on every protection the platform offers: libsodium secure memory for new secrets, core
 * dumps without anonymous memory (Linux), environment-block scrubbing for `fromEnv`/`fromInput`.
 * Returns what is in force and warns once per missing protection, saying how to fix it.
 */
export function enableMemoryProtection(options: MemoryProtectionOptions = {}): ProtectionStatus {
  checkOptions(options, 'enableMemoryProtection');
  takeReporting(options);
  awaitingFirstSecret = false;
  const memory = chooseSecretMemory(options);
  const whole = protectWholeProcess(options);
  status = { ...memory.status, ...whole.status };
  report(status, [...memory.missing, ...whole.missing]);
  return { ...status };
}

/** Whether {@link protectProcess} left the secret memory and the report of what is missing to the first secret. */
let awaitingFirstSecret = false;

/** The kinds {@link protectProcess} checks at once when they are strict: those the secret memory decides. */
const SECRET_MEMORY_KINDS: readonly ProtectionKind[] = ['backend', 'mlock'];

/** Where the crash hooks print: the process's stderr (read only on a crash: Node.js builds it on first use, loading node:net for a pipe) unless a test passes its own. */
interface Output {
  write(text: string): unknown;
}

let hooksInstalled = false;
/** Brands the crash hooks, also those of another copy of this module in the process (Symbol.for is process-wide). */
const PURGE_HOOK = Symbol.for('trust-kit.purge-hook');
/** What {@link MemoryProtectionOptions.onSignal} set last. */
let onSignal: MemoryProtectionOptions['onSignal'];
/** What {@link MemoryProtectionOptions.onCrash} set last. */
let onCrash: MemoryProtectionOptions['onCrash'];

/**
 * Destroys every secret on exit, SIGINT, SIGTERM and SIGHUP, and on an uncaught exception or unhandled
 * rejection prints the error with every live secret redacted, then purges, then exits with 1. A
 * program with SIGINT/SIGTERM or uncaught-error handlers of its own keeps them in charge: the signal
 * purges and the program's handler ends the process; an uncaught error is left to its handler.
 */
export function installPurgeHooks(stderr?: Output): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.once('exit', purge);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      purge();
      try {
        onSignal?.(signal);
      } catch {
        // The signal must end the process whatever the entry point's handler does.
      }
      // Re-raised with no listener left, the signal ends the process as it would have. A program with a handler of
      // its own took the signal's ending on itself: re-raised, its handler ran twice for one signal, and the process
      // did not end. Asked once every listener of this signal has run (a `once` one is gone by then).
      process.nextTick(() => {
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    });
  }
  const crash = (error: unknown, event: 'uncaughtException' | 'unhandledRejection'): void => {
    // A program with a handler of its own decides what an uncaught error does: it may go on, or end with its own
    // code; exiting here overrode it. Its secrets are still purged when it exits. Another copy of these hooks (a
    // bundle beside the library) is no such handler: were it one, each copy would leave the error to the other.
    const listeners: readonly object[] = event === 'uncaughtException' ? process.listeners('uncaughtException') : process.listeners('unhandledRejection');
    if (listeners.some((listener) => !(PURGE_HOOK in listener))) return;
    const text = redact(inspect(error, { depth: 5 }));
    purge();
    (stderr ?? process.stderr).write(`${text}\n`);
    try {
      onCrash?.();
    } catch {
      // The process must end whatever the entry point's handler does.
    }
    process.exit(1);
  };
  process.on('uncaughtException', Object.assign((error: unknown) => crash(error, 'uncaughtException'), { [PURGE_HOOK]: true }));
  process.on('unhandledRejection', Object.assign((reason: unknown) => crash(reason, 'unhandledRejection'), { [PURGE_HOOK]: true }));
}

/**
 * What every entry point calls first. The protections of the whole process (core dumps, the
 * environment scrub) and the purge hooks are on at once; the secret memory is chosen, and every
 * missing protection reported, when the process takes its first secret: a command that holds none
 * (checksums, an SBOM, a verification) loads no native library and warns of nothing it does not
 * need (a Mac has no core-dump filter, an Alpine container no libsodium binary). A strict kind
 * fails here, before any work, and `chooseNow` (debug runs) chooses and reports at once. Later, {@link memoryProtectionStatus} says what is in force.
 */
export function protectProcess(options: MemoryProtectionOptions = {}): void {
  checkOptions(options, 'protectProcess');
  installPurgeHooks();
  // A proxy URL's password is a secret the process holds from its start: masked before any request.
  if (options.env !== undefined) protectProxyCredentials(options.env);
  onSignal = options.onSignal ?? onSignal;
  onCrash = options.onCrash ?? onCrash;
  takeReporting(options);
  if (options.chooseNow === true || SECRET_MEMORY_KINDS.some((kind) => strictKinds.has(kind)) || secretMemoryChosen()) {
    enableMemoryProtection(options);
    return;
  }
  const whole = protectWholeProcess(options);
  // The whole process's strict kinds fail now; their warnings wait with the secret memory's.
  failOnStrict(whole.missing);
  status = undefined;
  awaitingFirstSecret = true;
  preferBackend(() => {
    awaitingFirstSecret = false;
    const memory = chooseSecretMemory(options);
    status = { ...memory.status, ...whole.status };
    report(status, [...memory.missing, ...whole.missing]);
    return memory.chosen;
  });
}
