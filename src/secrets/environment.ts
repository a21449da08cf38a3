import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { checkArgument } from './errors.js';

/** The process environment as the entry point hands it over: a mutable record that intake deletes from. */
export type Environment = Record<string, string | undefined>;

/** A secret value taken out of the environment: its length in bytes and how to write it into protected memory. */
export interface TakenValue {
  length: number;
  /** Writes the value into `into` (exactly `length` bytes) and wipes every temporary copy. */
  write(into: Buffer): void;
  /**
   * Takes the value out of the environment as {@link write} does, writing it nowhere: for when no
   * memory can be had for it (a strict protection missing), so that no copy or descriptor is left.
   * Does nothing once {@link write} ran.
   */
  discard(): void;
}

let processEnvironment: Environment | undefined;

/**
 * Whether the environment block the kernel copied at exec is `env`'s: only on the main thread. A
 * worker's `process.env` is a copy, given by its creator (`new Worker(..., { env })`), so the block
 * may hold another value of the same name (the worker read the process's value, not its own);
 * there the value is read from the worker's environment, as a string.
 */
function isEnvironmentBlockOf(env: Environment): boolean {
  // Loaded only here, when a secret is taken from the process environment: node:worker_threads costs 2 ms of a start.
  return env === processEnvironment && process.getBuiltinModule('node:worker_threads').isMainThread;
}

/**
 * Declares `env` to be the live process environment (the entry point's `process.env`), whose
 * variables also sit in the environment block the kernel copied onto the stack at exec.
 */
export function adoptProcessEnvironment(env: Environment | undefined, host?: { env: Environment }): void {
  processEnvironment = env;
  processHost = host;
}

/** The process whose `env` is {@link processEnvironment}, as the entry point handed it over: what {@link loadWithSecretsHidden} sets the environment aside on. */
let processHost: { env: Environment } | undefined;

/**
 * Variables that hold a secret of the job or of trust-kit, never handed to a child process: the
 * runner's tokens, GitHub tokens, the OIDC token, key passphrases, the registry password. Action
 * inputs (`INPUT_*`) are the step's own and go to no child either.
 */
const SECRET_NAMES: ReadonlySet<string> = new Set([
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  // gh's token names for a GitHub Enterprise Server host: the same kind of token.
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'SIGSTORE_ID_TOKEN',
  'TRUST_KIT_KEY_PASSPHRASE',
  'COSIGN_PASSWORD',
  'TRUST_KIT_REGISTRY_PASSWORD',
]);

/**
 * The names of {@link SECRET_NAMES}, for callers to read: a copy, so that a caller deleting one
 * (the type is read-only, plain JavaScript is not) changes nothing childEnvironment leaves out.
 */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set(SECRET_NAMES);

/**
 * The environment for a child process (git, a docker credential helper): the process environment
 * the entry point handed to `protectProcess` without {@link SECRET_NAMES} and `INPUT_*`, which
 * a step still holds until the step that takes them runs (the SBOM's git runs before signing takes
 * the request token or the passphrase). Undefined when no entry point named its environment (a
 * library caller's own process): the child then inherits it, as spawn does.
 */
export function childEnvironment(): Record<string, string> | undefined {
  const env = processEnvironment;
  if (env === undefined) return undefined;
  const copy: Record<string, string> = {};
  // Names first, values only of the variables kept: reading a secret's value would make the very string its intake avoids.
  for (const name of Object.keys(env)) {
    // Upper-cased: Windows names are case-insensitive, so `github_token` is GITHUB_TOKEN there.
    const upper = name.toUpperCase();
    if (SECRET_NAMES.has(upper) || upper.startsWith('INPUT_')) continue;
    const value = env[name];
    if (value !== undefined) copy[name] = value;
  }
  return copy;
}

/**
 * Loads code (`load`, a dynamic import) with the process environment the entry point handed to
 * `protectProcess` (with the process, `host`) out of sight, replaced by {@link childEnvironment}'s copy without the secrets,
 * and puts it back once loaded: a module may read every variable's value as it loads, as
 * `@npmcli/agent` (under sigstore-js) does for its proxy settings, which made strings of the
 * passphrase and the tokens before they were taken. Loads as it is when no entry point handed one.
 */
export async function loadWithSecretsHidden<T>(load: () => Promise<T>): Promise<T> {
  checkArgument(typeof load === 'function', 'loadWithSecretsHidden\'s load', load, 'a function');
  const env = processEnvironment;
  const host = processHost;
  const hidden = childEnvironment();
  // Only the live process environment is set aside, as the entry point named it: a library caller's own environment object is theirs.
  if (env === undefined || host === undefined || hidden === undefined || host.env !== env) return load();
  host.env = hidden;
  try {
    return await load();
  } finally {
    host.env = env;
  }
}

/**
 * Takes `name` out of `env`; undefined when unset. From the process environment on Linux, the
 * bytes are read from the original environment block through /proc/self/mem and the entry is
 * overwritten there, so no JavaScript string of the value is ever made and neither
 * `/proc/<pid>/environ` nor a core dump keeps it. Otherwise the value is read as a string.
 */
export function takeEnvironmentValue(name: string, env: Environment): TakenValue | undefined {
  if (!(name in env)) return undefined;
  if (isEnvironmentBlockOf(env)) {
    const fromBlock = takeFromEnvironmentBlock(name, () => delete env[name]);
    if (fromBlock !== undefined) return fromBlock;
  }
  const value: unknown = env[name];
  // A caller's own object may hold anything (a number parsed from a YAML or JSON config): refused naming its type, never its value.
  checkArgument(value === undefined || typeof value === 'string', `environment variable ${name}`, value, 'a string');
  delete env[name];
  if (typeof value !== 'string') return undefined;
  return { length: Buffer.byteLength(value, 'utf8'), write: (into) => void into.write(value, 0, 'utf8'), discard() {} };
}

/** Where the environment block of this process lies in its memory, from /proc/self/stat (fields 50 and 51). */
function environmentBlockRange(): [number, number] | undefined {
  const stat = readFileSync('/proc/self/stat', 'latin1');
  // Fields after the command name, which is parenthesised and may itself contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const start = Number(fields[47]);
  const end = Number(fields[48]);
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && end > start ? [start, end] : undefined;
}

/** Whether this process can read and rewrite its own environment block (Linux, /proc mounted, no LSM veto). */
export function canScrubEnvironmentBlock(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const range = environmentBlockRange();
    if (range === undefined) return false;
    const fd = openSync('/proc/self/mem', 'r+');
    try {
      const probe = Buffer.alloc(1);
      if (readSync(fd, probe, 0, 1, range[0]) !== 1) return false;
      return writeSync(fd, probe, 0, 1, range[0]) === 1;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Where the entry `name=` and its value lie in the environment block; undefined when it is not there. */
function findEntry(block: Buffer, name: string, from = 0): { entry: number; valueStart: number; valueEnd: number } | undefined {
  const prefix = Buffer.from(`${name}=`, 'utf8');
  let entry = block.indexOf(prefix, from);
  while (entry > 0 && block[entry - 1] !== 0) entry = block.indexOf(prefix, entry + 1);
  if (entry === -1) return undefined;
  const valueStart = entry + prefix.length;
  let valueEnd = block.indexOf(0, valueStart);
  if (valueEnd === -1) valueEnd = block.length;
  return { entry, valueStart, valueEnd };
}

/**
 * Whether `name` is set to a non-empty value in `env`, found without making a JavaScript string of
 * the value wherever the intake makes none (the process environment on Linux): a check such as
 * `env.TOKEN !== ''` before `fromEnv` would leave in the heap the very string the intake avoids.
 */
export function hasEnvironmentValue(name: string, env: Environment): boolean {
  checkArgument(typeof name === 'string' && name !== '', 'hasEnvironmentValue\'s name', name, 'a non-empty string');
  checkArgument(typeof env === 'object' && env !== null, 'hasEnvironmentValue\'s environment', env, 'an object (process.env, or a copy)');
  if (!(name in env)) return false;
  if (isEnvironmentBlockOf(env)) {
    const length = environmentBlockValueLength(name);
    if (length !== undefined) return length > 0;
  }
  return (env[name] ?? '') !== '';
}

/** The length of `name`'s value in the original environment block (Linux); undefined when it cannot be read there. */
function environmentBlockValueLength(name: string): number | undefined {
  if (process.platform !== 'linux') return undefined;
  let block: Buffer | undefined;
  try {
    const range = environmentBlockRange();
    if (range === undefined) return undefined;
    const fd = openSync('/proc/self/mem', 'r');
    try {
      block = Buffer.alloc(range[1] - range[0]);
      if (readSync(fd, block, 0, block.length, range[0]) !== block.length) return undefined;
    } finally {
      closeSync(fd);
    }
    const found = findEntry(block, name);
    return found === undefined ? undefined : found.valueEnd - found.valueStart;
  } catch {
    return undefined;
  } finally {
    block?.fill(0);
  }
}

/**
 * Overwrites `first` and every later entry of `name` in the environment block (read into `block`
 * from `blockStart` of `/proc/self/mem`, open as `memory`): a parent may pass a name twice (execve
 * takes any list), and getenv reads only the first.
 */
function overwriteEntries(memory: number, block: Buffer, blockStart: number, name: string, first: ReturnType<typeof findEntry>): void {
  for (let at = first; at !== undefined; at = findEntry(block, name, at.valueEnd)) {
    const filler = Buffer.alloc(at.valueEnd - at.entry, 'X');
    writeSync(memory, filler, 0, filler.length, blockStart + at.entry);
  }
}

function takeFromEnvironmentBlock(name: string, unset: () => void): TakenValue | undefined {
  if (process.platform !== 'linux') return undefined;
  let fd: number | undefined;
  let block: Buffer | undefined;
  try {
    const range = environmentBlockRange();
    if (range === undefined) return undefined;
    fd = openSync('/proc/self/mem', 'r+');
    // Buffer.alloc: the block holds every variable, so it must not land in the shared pool.
    block = Buffer.alloc(range[1] - range[0]);
    if (readSync(fd, block, 0, block.length, range[0]) !== block.length) return undefined;
    const found = findEntry(block, name);
    if (found === undefined) return undefined;
    const { valueStart, valueEnd } = found;
    if (valueEnd === valueStart) {
      // Nothing to copy, so `write` is never called: unset here, and the block and descriptor go in `finally`. A later
      // entry of the name (a parent may pass one twice) may hold a value all the same: it is overwritten too.
      unset();
      overwriteEntries(fd, block, range[0], name, found);
      return { length: 0, write() {}, discard() {} };
    }
    const taken = block;
    const memory = fd;
    fd = undefined;
    block = undefined;
    let done = false;
    // Copies the value into `into` (none when discarded), then takes it out of the environment and wipes the copy of the block, once.
    const finish = (into: Buffer | undefined): void => {
      if (done) return;
      done = true;
      try {
        into?.set(taken.subarray(valueStart, valueEnd));
        // libc must stop pointing at the entry before its bytes are overwritten.
        unset();
        overwriteEntries(memory, taken, range[0], name, found);
      } finally {
        taken.fill(0);
        closeSync(memory);
      }
    };
    return { length: valueEnd - valueStart, write: finish, discard: () => finish(undefined) };
  } catch {
    return undefined;
  } finally {
    block?.fill(0);
    if (fd !== undefined) closeSync(fd);
  }
}
