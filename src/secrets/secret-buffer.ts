import { timingSafeEqual } from 'node:crypto';
import { isTrustKitError, messageOf, systemErrorCode } from '../core/errors.js';
import { openRegularFile } from '../core/files.js';
import { activeBackend } from './backend.js';
import { SecretError, checkArgument } from './errors.js';
import { forEachForm } from './forms.js';
import { isMasked, maskForms, track, untrack, type LiveSecret } from './live.js';
import { Region } from './memory.js';
import { Redacted } from './redacted.js';
import { hasEnvironmentValue, takeEnvironmentValue, type Environment, type TakenValue } from './environment.js';

export { REDACTED } from './redacted.js';

/** Options of {@link SecretBuffer.fromFile}. */
export interface FromFileOptions {
  /** Drop leading and trailing ASCII whitespace (e.g. the newline of `echo "$TOKEN" > file`). */
  trim?: boolean;
  /** The most bytes the file may hold (default 64 KiB): a bigger one is refused before any is read. */
  maxBytes?: number;
  /** What the secret is, for messages (default "secret file"). */
  what?: string;
  /**
   * Whether the log masker is told of it (default true). False for bytes nothing prints in any form,
   * such as a private key file: a mask command is itself a printed copy, and a key's lines masked
   * beside its passphrase would put both in any file that captures the log.
   */
  masked?: boolean;
}

/** How {@link SecretBuffer.from} and {@link SecretBuffer.fill} hold what they are given. */
export interface SecretOptions {
  /** Whether the log masker is told of it (default true); see {@link FromFileOptions.masked}. */
  masked?: boolean;
}

/** The variables {@link SecretBuffer.sharedFromEnv} took, by environment. */
const sharedTaken = new WeakMap<Environment, Map<string, SecretBuffer>>();

/** The `masked` option of `method`: true unless it is false. */
function maskedOption(options: unknown, method: string): boolean {
  checkArgument(typeof options === 'object' && options !== null, `${method}'s options`, options, 'an object');
  const { masked } = options as { masked?: unknown };
  checkArgument(masked === undefined || typeof masked === 'boolean', `${method}'s masked option`, masked, 'true or false');
  return masked !== false;
}

/** Fails with SECRET_ARGUMENT_INVALID unless the boolean option `name` of `method` is absent, true or false: 'yes' is neither. */
function checkBooleanOption(options: object, name: string, method: string): void {
  const value = (options as Record<string, unknown>)[name];
  checkArgument(value === undefined || typeof value === 'boolean', `${method}'s ${name} option`, value, 'true or false');
}

/** A secret file bigger than this is not a key, a token or a passphrase. */
const DEFAULT_MAX_SECRET_BYTES = 64 * 1024;

/** Checks the variable name and environment `fromEnv`/`fromInput` take. */
function checkName(name: unknown, env: unknown, method: string): void {
  checkArgument(typeof name === 'string' && name !== '', `SecretBuffer.${method}'s name`, name, 'a non-empty string');
  checkArgument(typeof env === 'object' && env !== null, `SecretBuffer.${method}'s environment`, env, 'an object (process.env, or a copy)');
}

/** Options of {@link SecretBuffer.fromInput}. */
export interface FromInputOptions {
  /** Return undefined instead of failing when the input is unset or empty. */
  optional?: boolean;
}

const isWhitespace = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0b || byte === 0x0c;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Runs `fn` between `enter` and `leave`; when `fn` returns a promise, access lasts until it
 * settles, so an async callback never touches memory that was closed under it.
 */
export function withAccess<T>(enter: () => Buffer, leave: () => void, fn: (bytes: Buffer) => T): T {
  const bytes = enter();
  let result: T;
  try {
    result = fn(bytes);
  } catch (error) {
    leave();
    throw error;
  }
  if (!isThenable(result)) {
    leave();
    return result;
  }
  return Promise.resolve(result).finally(leave) as T;
}

/**
 * Secret bytes (never a string) in memory this library owns: readable only inside `use`, zeroed on
 * `destroy()`, `purge()` or when garbage-collected, redacted in every string form, and registered
 * with the log masker and the redactor from the moment it exists.
 */
export class SecretBuffer extends Redacted implements LiveSecret {
  #region: Region | undefined;
  readonly #length: number;

  private constructor(region: Region, length: number, masked = true) {
    super();
    // Private to TypeScript only: `new SecretBuffer()` from plain JavaScript failed with a TypeError from inside.
    checkArgument(region instanceof Region, 'new SecretBuffer', region, 'a call of SecretBuffer.from, fill, fromFile, fromEnv or fromInput (the constructor is not public)');
    this.#region = region;
    this.#length = length;
    region.leave();
    track(this, () => region.release(), masked);
  }

  /** A secret holding a copy of `bytes`; the source is zeroed, since the caller hands it over, also when no memory can be had for it. */
  static from(bytes: Uint8Array, options: SecretOptions = {}): SecretBuffer {
    checkArgument(bytes instanceof Uint8Array, 'SecretBuffer.from\'s argument', bytes, 'a Uint8Array or Buffer (never a string: it could not be wiped)');
    const masked = maskedOption(options, 'SecretBuffer.from');
    try {
      const region = new Region(activeBackend(), bytes.length);
      region.view.set(bytes);
      return new SecretBuffer(region, bytes.length, masked);
    } finally {
      bytes.fill(0);
    }
  }

  /** A secret of `length` bytes written by `fill` straight into protected memory (no copy elsewhere). */
  static fill(length: number, fill: (bytes: Buffer) => void, options: SecretOptions = {}): SecretBuffer {
    checkArgument(typeof fill === 'function', 'SecretBuffer.fill\'s writer', fill, 'a function');
    const masked = maskedOption(options, 'SecretBuffer.fill');
    const region = new Region(activeBackend(), length);
    let written: unknown;
    try {
      written = fill(region.view);
    } catch (error) {
      // A region is born open with one user: without that user leaving, release only zeroes and the block is never given back.
      region.release();
      region.leave();
      throw error;
    }
    if (isThenable(written)) {
      // An async writer (TypeScript takes one for a writer returning void) writes after an await, into a block
      // closed by then: a segfault. Its block stays open until it settles, then is wiped, and the call fails.
      const wipe = (): void => {
        region.release();
        region.leave();
      };
      written.then(wipe, wipe);
      throw new SecretError('SECRET_ARGUMENT_INVALID', 'SecretBuffer.fill\'s writer returned a promise: it must have written the bytes when it returns', {
        hint: 'write the bytes before the writer returns (no await in it): get what you write first, then call fill',
      });
    }
    return new SecretBuffer(region, length, masked);
  }

  /** Reads a file straight into protected memory; no other copy of its bytes is made. */
  static async fromFile(path: string, options: FromFileOptions = {}): Promise<SecretBuffer> {
    const masked = maskedOption(options, 'SecretBuffer.fromFile');
    checkBooleanOption(options, 'trim', 'SecretBuffer.fromFile');
    const { region, filled } = await readIntoRegion(path, options);
    let secret = new SecretBuffer(region, region.view.length, masked);
    if (filled < secret.length) {
      const whole = secret;
      secret = whole.use((bytes) => SecretBuffer.fill(filled, (into) => bytes.copy(into, 0, 0, filled), { masked }));
      whole.destroy();
    }
    return options.trim === true ? SecretBuffer.#trimmed(secret, `secret file ${path}`) : secret;
  }

  /**
   * Reads a file straight into protected memory, runs `fn` with its bytes and wipes them when `fn`
   * returns (or its promise settles): for a secret needed once, such as a key imported into OpenSSL.
   * No SecretBuffer is made, so the bytes skip what a secret that outlives the call needs (tracking
   * for purge and the garbage-collection wipe, closing at the end of the turn), which costs more
   * CPU than the rest of reading them; they are registered with the log masker all the same,
   * unless `masked` is false.
   * `fn` also gets the file's `st_mode` as it was opened, so that its permissions are checked on
   * the file read, not on whatever the path names a moment later.
   */
  static async useFile<T>(path: string, options: Omit<FromFileOptions, 'trim'>, fn: (bytes: Buffer, file: { mode: number }) => T): Promise<Awaited<T>> {
    const masked = maskedOption(options, 'SecretBuffer.useFile');
    // Checked before the file is read: its bytes were read and masked, then the call failed.
    checkArgument(typeof fn === 'function', 'SecretBuffer.useFile\'s fn', fn, 'a function');
    const { region, filled, mode } = await readIntoRegion(path, options);
    try {
      const bytes = region.view.subarray(0, filled);
      if (masked) maskForms(bytes);
      return await fn(bytes, { mode });
    } finally {
      region.release();
      region.leave();
    }
  }

  /**
   * Takes the action input `name` (the runner passes it as `INPUT_<NAME>`), trimmed as
   * `core.getInput` does, and removes it from `env` (and, on Linux, from the process's memory).
   */
  static fromInput(name: string, env: Environment): SecretBuffer;
  static fromInput(name: string, env: Environment, options: FromInputOptions): SecretBuffer | undefined;
  static fromInput(name: string, env: Environment, options: FromInputOptions = {}): SecretBuffer | undefined {
    checkName(name, env, 'fromInput');
    checkArgument(typeof options === 'object' && options !== null, 'SecretBuffer.fromInput\'s options', options, 'an object');
    checkBooleanOption(options, 'optional', 'SecretBuffer.fromInput');
    const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    const taken = takeEnvironmentValue(variable, env);
    const secret = taken === undefined || taken.length === 0 ? undefined : SecretBuffer.#trimmedOrUndefined(secretOf(taken));
    if (secret === undefined && options.optional !== true) {
      throw new SecretError('SECRET_INPUT_MISSING', `input "${name}" is required but empty`, {
        hint: `pass it in the step's \`with:\` block, e.g. \`${name}: \${{ secrets.YOUR_SECRET }}\``,
      });
    }
    return secret;
  }

  /**
   * Takes the environment variable `name` and removes it from `env` (on Linux also from the
   * process's original environment block, so neither `/proc/<pid>/environ` nor a core dump shows it;
   * that block holds the value the process started with, so take a secret before anything sets it).
   */
  static fromEnv(name: string, env: Environment): SecretBuffer {
    checkName(name, env, 'fromEnv');
    const taken = takeEnvironmentValue(name, env);
    if (taken === undefined) {
      throw new SecretError('SECRET_ENV_MISSING', `environment variable ${name} is not set`, {
        hint: `set ${name} in the environment of the step or command`,
      });
    }
    // Set, but to nothing: most often a secret the workflow names that the repository does not have.
    if (taken.length === 0) {
      taken.discard();
      throw new SecretError('SECRET_EMPTY', `environment variable ${name} is set but empty`, { hint: `give ${name} the secret's value (a workflow's secrets.NAME is empty when the repository has no secret of that name)` });
    }
    return secretOf(taken);
  }

  /**
   * The environment variable `name` taken once per environment and shared (undefined when unset or
   * empty): as {@link fromEnv} takes it, and every later call for the same `env` and name returns the
   * same secret. For a token two parts of a run use (GITHUB_TOKEN: the GitHub API and ghcr.io, or
   * the two registry clients of a release), which the first taking would otherwise hide from the
   * second. The secret is the environment's: callers never destroy it (purge does, at exit).
   */
  static sharedFromEnv(name: string, env: Environment): SecretBuffer | undefined {
    checkName(name, env, 'sharedFromEnv');
    let taken = sharedTaken.get(env);
    const known = taken?.get(name);
    if (known !== undefined && !known.destroyed) return known;
    if (!hasEnvironmentValue(name, env)) return undefined;
    const secret = SecretBuffer.fromEnv(name, env);
    if (taken === undefined) sharedTaken.set(env, (taken = new Map()));
    taken.set(name, secret);
    return secret;
  }

  static #trimmedOrUndefined(secret: SecretBuffer): SecretBuffer | undefined {
    const [start, end] = secret.use(trimmedRange);
    if (start === 0 && end === secret.length && end > 0) return secret;
    // Trimmed, a private key read with `masked: false` stays one the masker is never told of.
    const trimmed = end > start ? secret.use((bytes) => SecretBuffer.fill(end - start, (into) => bytes.copy(into, 0, start, end), { masked: isMasked(secret) })) : undefined;
    secret.destroy();
    return trimmed;
  }

  static #trimmed(secret: SecretBuffer, source: string): SecretBuffer {
    const trimmed = SecretBuffer.#trimmedOrUndefined(secret);
    if (trimmed === undefined) throw new SecretError('SECRET_EMPTY', `${source} holds only whitespace`, { hint: 'write the secret into the file, or pass the right path' });
    return trimmed;
  }

  /** How many bytes the secret holds. */
  get length(): number {
    return this.#length;
  }

  /** Whether the secret was destroyed (its bytes are gone). */
  get destroyed(): boolean {
    return this.#region === undefined;
  }

  /**
   * Runs `fn` with the secret's bytes and returns its result. The bytes are valid only until `fn`
   * returns (or its promise settles): copy nothing out, keep no reference.
   */
  use<T>(fn: (bytes: Buffer) => T): T {
    checkArgument(typeof fn === 'function', 'SecretBuffer.use\'s argument', fn, 'a function');
    const region = this.#open();
    return withAccess(
      () => region.enter(),
      () => region.leave(),
      fn,
    );
  }

  /** Like {@link use} for an async callback: the bytes stay readable until its promise settles. */
  async useAsync<T>(fn: (bytes: Buffer) => Promise<T>): Promise<T> {
    return await this.use(fn);
  }

  /** Compares with another secret or bytes in constant time (for equal lengths). */
  equals(other: SecretBuffer | Uint8Array): boolean {
    // A string has a length too: one of another length returned false, one of the same length threw a TypeError.
    checkArgument(other instanceof SecretBuffer || other instanceof Uint8Array, 'SecretBuffer.equals\'s argument', other, 'a SecretBuffer or Uint8Array (never a string)');
    if (other.length !== this.#length) return false;
    if (other instanceof SecretBuffer) return this.use((mine) => other.use((theirs) => timingSafeEqual(mine, theirs)));
    return this.use((mine) => timingSafeEqual(mine, other));
  }

  /** Zeroes the bytes and frees the memory; idempotent. A `use` in progress keeps readable zeros until it ends. */
  destroy(): void {
    const region = this.#region;
    if (region === undefined) return;
    this.#region = undefined;
    untrack(this);
    region.release();
  }

  /** Calls `visit` with every form of the secret (plain, lines, encodings), each wiped afterwards. */
  forEachForm(visit: (form: Buffer) => void): void {
    if (this.#region === undefined) return;
    this.use((bytes) => forEachForm(bytes, visit));
  }

  #open(): Region {
    if (this.#region === undefined) {
      throw new SecretError('SECRET_DESTROYED', 'the secret was used after it was destroyed', {
        hint: 'keep the secret until its last use; purge() destroys every secret at exit',
      });
    }
    return this.#region;
  }
}

/**
 * A secret of a value taken from the environment. When no memory can be had for it (a strict
 * protection missing), the value is still taken out of the environment and its copies wiped.
 */
function secretOf(taken: TakenValue): SecretBuffer {
  try {
    return SecretBuffer.fill(taken.length, taken.write);
  } catch (error) {
    taken.discard();
    throw error;
  }
}

/**
 * Reads a bounded regular file into a new region, returned open (see {@link Region}) with the
 * number of bytes read, which is less than its size if the file shrank meanwhile, and the file's mode.
 */
async function readIntoRegion(path: string, options: Omit<FromFileOptions, 'trim'>): Promise<{ region: Region; filled: number; mode: number }> {
  checkArgument(typeof path === 'string' && path !== '', "a secret file's path", path, 'a non-empty string');
  // -1 or '5' read as a bound: the file was refused as "more than the -1 bytes", or compared with a string.
  checkArgument(options.maxBytes === undefined || (Number.isSafeInteger(options.maxBytes) && options.maxBytes > 0), 'the maxBytes option', options.maxBytes, 'a whole number of bytes from 1');
  checkArgument(options.what === undefined || typeof options.what === 'string', 'the what option', options.what, 'a string');
  const what = options.what ?? 'secret file';
  let handle;
  let size: number;
  let mode: number;
  try {
    // A regular file of bounded size only: a pipe or device would block or never end, a huge file would fill protected memory.
    ({ handle, size, mode } = await openRegularFile(path, { maxBytes: options.maxBytes ?? DEFAULT_MAX_SECRET_BYTES, what }));
  } catch (error) {
    throw isTrustKitError(error) ? error : unreadable(what, path, error);
  }
  let region: Region | undefined;
  let filled = 0;
  try {
    try {
      if (size === 0) throw new SecretError('SECRET_EMPTY', `${what} ${path} is empty`, { hint: 'write the secret into the file, or pass the right path' });
      region = new Region(activeBackend(), size);
      while (filled < size) {
        const { bytesRead } = await handle.read(region.view, filled, size - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
    } finally {
      // Closed before the caller gets the bytes, so that it uses them while the region is still open (no protection change).
      await handle.close();
    }
  } catch (error) {
    // A failed close after a good read wipes the bytes too: the caller never gets the region to wipe.
    if (region !== undefined) {
      region.release();
      region.leave();
    }
    throw error instanceof SecretError ? error : unreadable(what, path, error);
  }
  return { region, filled, mode };
}

function unreadable(what: string, path: string, error: unknown): SecretError {
  const code = systemErrorCode(error);
  // The system's code, not its message, which names the path a second time.
  return new SecretError('SECRET_FILE_UNREADABLE', `could not read ${what} ${path}: ${code ?? messageOf(error)}`, {
    cause: error,
    hint: code === 'ENOENT' ? `check the path of the ${what}` : `check that the ${what} is a readable regular file`,
  });
}

function trimmedRange(bytes: Buffer): [number, number] {
  let start = 0;
  let end = bytes.length;
  while (start < end && isWhitespace(bytes[start] as number)) start += 1;
  while (end > start && isWhitespace(bytes[end - 1] as number)) end -= 1;
  return [start, end];
}
