import { readFileSync, writeFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { messageOf } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { activeBackend, preferBackend, setActiveBackend } from './backend.js';
import { adoptProcessEnvironment, canScrubEnvironmentBlock, type Environment } from './environment.js';
import { SecretError } from './errors.js';
import { jsBackend } from './js-backend.js';
import { Region, type MemoryBackend } from './memory.js';
import { loadSodium, type SodiumBinding } from './native.js';
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
  /** `js` keeps secrets out of native memory on purpose (benchmarks, the control run of the dump test). */
  backend?: 'auto' | 'js';
  /** Directory from which the libsodium binary is looked up (default: beside this module). */
  nativeFrom?: string;
  /** The core-dump filter to write (default `/proc/self/coredump_filter`). */
  coredumpFilter?: string;
  /** Leave core dumps as they are: only for the control run of the core-dump test. */
  keepCoreDumps?: boolean;
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

let status: ProtectionStatus | undefined;
let logger: Pick<Logger, 'warn' | 'debug'> | undefined;
let strictKinds = new Set<ProtectionKind>();
const warned = new Set<ProtectionKind>();

function degrade(kind: ProtectionKind, what: string): void {
  if (strictKinds.has(kind)) {
    throw new SecretError('SECRET_PROTECTION_MISSING', `secret memory protection missing: ${what}`, { hint: FIX[kind] });
  }
  if (warned.has(kind)) return;
  warned.add(kind);
  logger?.warn(`secret memory protection: ${what}; to fix: ${FIX[kind]}`);
}

let probing: (() => void) | undefined;

function onExhausted(): void {
  degrade('capacity', `${MAX_MAPPED_BLOCKS} secrets are alive in libsodium memory (secrets not destroyed after use wait for garbage collection): further ones are zeroed and sealed but neither locked nor guarded`);
}

/** Whether any block was refused a lock before protection was enabled. */
let anyLockRefused = false;

function onUnlocked(): void {
  if (probing !== undefined) return probing();
  anyLockRefused = true;
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
 * when it loads (mlock reported `partial` if a lock was refused), but nothing else is on.
 */
export function memoryProtectionStatus(): ProtectionStatus {
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

/**
 * Turns on every protection the platform offers: libsodium secure memory for new secrets, core
 * dumps without anonymous memory (Linux), environment-block scrubbing for `fromEnv`/`fromInput`.
 * Returns what is in force and warns once per missing protection, saying how to fix it.
 */
export function enableMemoryProtection(options: MemoryProtectionOptions = {}): ProtectionStatus {
  logger = options.logger;
  warned.clear();
  strictKinds = new Set(options.strict === true ? (Object.keys(FIX) as ProtectionKind[]) : options.strict === false || options.strict === undefined ? [] : options.strict);
  const missing: [ProtectionKind, string][] = [];
  const next: ProtectionStatus = { backend: 'js', mlock: 'unavailable', guardPages: false, coreDumps: 'unsupported', envScrub: 'unsupported' };

  const native = options.backend === 'js' ? { binding: undefined, reason: 'the portable backend was chosen' } : loadSodium(options.nativeFrom);
  if (native.binding === undefined) {
    setActiveBackend(jsBackend);
    missing.push(['backend', `no native secure memory (${native.reason}): secrets are zeroed and sealed but neither locked nor guarded`]);
  } else {
    next.backend = 'sodium';
    next.guardPages = true;
    next.mlock = 'locked';
    // Probe once so that a refused lock is reported with the other findings at startup.
    let lockRefused = false;
    probing = () => (lockRefused = true);
    try {
      setActiveBackend(sodiumBackendFor(native.binding));
      new Region(activeBackend(), 1).release();
    } finally {
      probing = undefined;
    }
    if (lockRefused) {
      next.mlock = 'partial';
      missing.push(['mlock', 'the kernel refused to lock secret memory into RAM (RLIMIT_MEMLOCK), so it may be swapped to disk']);
    }
  }

  if (process.platform === 'linux' && options.keepCoreDumps !== true) {
    const filter = options.coredumpFilter ?? '/proc/self/coredump_filter';
    try {
      writeFileSync(filter, `0x${CORE_FILTER.toString(16)}`);
      if (Number.parseInt(readFileSync(filter, 'utf8').trim(), 16) !== CORE_FILTER) throw new Error('the filter did not take the new value');
      next.coreDumps = 'excluded';
    } catch (error) {
      next.coreDumps = 'unavailable';
      missing.push(['coreDumps', `could not exclude memory from core dumps via ${filter} (${messageOf(error)}): a dump would contain strings made from secrets`]);
    }
  } else if (process.platform === 'linux') {
    next.coreDumps = 'unavailable';
    missing.push(['coreDumps', 'core dumps were left unfiltered on request']);
  } else {
    missing.push(['coreDumps', `${process.platform} has no per-process core-dump filter: a crash dump would contain strings made from secrets`]);
  }

  adoptProcessEnvironment(options.env);
  if (process.platform === 'linux') {
    next.envScrub = canScrubEnvironmentBlock() ? 'available' : 'unavailable';
    if (next.envScrub === 'unavailable') missing.push(['envScrub', 'cannot rewrite this process\'s environment block (/proc/self/mem): secrets passed as environment variables stay in its memory']);
  } else {
    missing.push(['envScrub', `${process.platform} gives no access to the process's original environment block: secrets passed as environment variables stay in its memory`]);
  }

  status = next;
  const fatal = missing.filter(([kind]) => strictKinds.has(kind));
  if (fatal.length > 0) {
    throw new SecretError('SECRET_PROTECTION_MISSING', `secret memory protection missing: ${fatal.map(([, what]) => what).join('; ')}`, {
      hint: fatal.map(([kind]) => FIX[kind]).join('; '),
    });
  }
  for (const [kind, what] of missing) degrade(kind, what);
  logger?.debug(`secret memory protection: ${JSON.stringify(next)}`);
  return { ...next };
}

/** Where the crash hooks print: the process's stderr (read only on a crash: Node.js builds it on first use, loading node:net for a pipe) unless a test passes its own. */
interface Output {
  write(text: string): unknown;
}

let hooksInstalled = false;

/**
 * Destroys every secret on exit, SIGINT and SIGTERM, and on an uncaught exception or unhandled
 * rejection prints the error with every live secret redacted, then purges, then exits with 1.
 */
export function installPurgeHooks(stderr?: Output): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.once('exit', purge);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      purge();
      // Re-raised with no listener left, the signal ends the process as it would have.
      process.kill(process.pid, signal);
    });
  }
  const crash = (error: unknown): void => {
    const text = redact(inspect(error, { depth: 5 }));
    purge();
    (stderr ?? process.stderr).write(`${text}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

/**
 * What every entry point calls first: {@link enableMemoryProtection} plus {@link installPurgeHooks}.
 */
export function protectProcess(options: MemoryProtectionOptions = {}): ProtectionStatus {
  const result = enableMemoryProtection(options);
  installPurgeHooks();
  return result;
}
