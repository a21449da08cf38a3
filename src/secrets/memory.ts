import { SecretError } from './errors.js';
import { jsBackend } from './js-backend.js';

/** Which memory a secret lives in: libsodium secure memory, or zero-filled Buffers of their own. */
export type BackendName = 'sodium' | 'js';

/**
 * Allocation, page protection and sealing of secret bytes: one implementation per kind of memory.
 * Blocks are handed out zero-filled and readable; only {@link Region} calls these, in an order its
 * state machine guarantees (never touching a block that is not readable, never one released).
 */
export interface MemoryBackend {
  readonly name: BackendName;
  /** Whether blocks sit between guard pages with a canary, so overruns fault instead of leaking. */
  readonly guarded: boolean;
  /** A zero-filled, readable and writable block of at least `size` bytes; undefined when the backend is full. */
  allocate(size: number): Buffer | undefined;
  /** Makes a block inaccessible (any touch faults) or readable and writable again. */
  setAccess(block: Buffer, access: 'noaccess' | 'readwrite'): void;
  /** Takes back a zeroed, readable block for reuse or freeing (zeros need no protection, and reuse then costs no system call). */
  release(block: Buffer): void;
  /** Bytes of a sealing key. */
  readonly keyLength: number;
  /** Bytes a sealed message adds to its plaintext (nonce and tag). */
  readonly sealOverhead: number;
  /** Encrypts and authenticates `plaintext` under `key`; the result holds no plaintext. */
  seal(key: Buffer, plaintext: Buffer): Buffer;
  /** Decrypts `sealed` into `into` (exactly the plaintext's length); false when it does not authenticate. */
  open(key: Buffer, sealed: Buffer, into: Buffer): boolean;
}

type State = 'noaccess' | 'readwrite' | 'released';

/**
 * The most bytes one secret may hold (1 GiB): far above any key, token or password, and below the
 * 4 GiB at which libsodium's allocation length wraps round (a 1e12-byte request mapped 3.5 GB).
 */
export const MAX_SECRET_BYTES = 2 ** 30;

/** Regions whose last user left in this event-loop turn: they are closed together at its end. */
const closing = new Set<Region>();
/**
 * The scheduled closing of {@link closing}; cancelled when every region in it was released in the
 * same turn (read, use, destroy), since a pending immediate costs the turn an extra event-loop
 * iteration and a call into JavaScript: a tenth of a key import, for nothing left to close.
 */
let closeScheduled: NodeJS.Immediate | undefined;

function closeIdleRegions(): void {
  closeScheduled = undefined;
  for (const region of closing) region.closeIfIdle();
  closing.clear();
}

/**
 * One secret's block with the only code allowed to change its protection: a state machine that
 * opens the block for the first user, closes it (no access) at the end of the event-loop turn in
 * which the last user left, and defers freeing a block still in use, so protected memory is never
 * touched while inaccessible (for libsodium that would be a segfault, not an exception).
 * Closing at the end of the turn, not at every `leave`, makes intake, use and destroy within one
 * synchronous stretch cost no page-protection change (each one flushes the TLB), while the block
 * is still inaccessible across every await, where the process spends its time.
 */
export class Region {
  readonly backend: MemoryBackend;
  readonly #block: Buffer;
  readonly #view: Buffer;
  #state: State = 'readwrite';
  #users = 1;
  #releasePending = false;

  /**
   * A zero-filled region of `size` bytes, returned open: fill it through {@link view}, then
   * {@link leave}. A full backend hands the secret to the portable one rather than fail.
   */
  constructor(backend: MemoryBackend, size: number) {
    // The length reaches libsodium unchecked by its binding: NaN crashed the process, -1 made a 63-byte secret.
    if (!Number.isSafeInteger(size) || size < 0 || size > MAX_SECRET_BYTES) {
      throw new SecretError('SECRET_LENGTH_INVALID', `a secret of ${typeof size === 'number' ? String(size) : typeof size} bytes cannot be held: a secret's length is a whole number of bytes from 0 to ${MAX_SECRET_BYTES}`, {
        hint: 'pass the number of bytes the secret holds, a whole number up to 1 GiB',
      });
    }
    const block = backend.allocate(size);
    this.backend = block === undefined ? jsBackend : backend;
    this.#block = block ?? (jsBackend.allocate(size) as Buffer);
    this.#view = this.#block.subarray(0, size);
  }

  /** The bytes; only valid between {@link enter} (or construction) and the matching {@link leave}. */
  get view(): Buffer {
    if (this.#state !== 'readwrite') throw new Error('secret memory accessed while closed');
    return this.#view;
  }

  /** Whether the region was released (zeroed and given back). */
  get released(): boolean {
    return this.#state === 'released' || this.#releasePending;
  }

  /** Opens the region for one more user and returns its bytes. */
  enter(): Buffer {
    if (this.released) throw new Error('secret memory used after release');
    if (this.#state === 'noaccess') {
      this.backend.setAccess(this.#block, 'readwrite');
      this.#state = 'readwrite';
    }
    this.#users += 1;
    return this.#view;
  }

  /** Ends one user's access; the last one closes the region (or finishes a deferred release). */
  leave(): void {
    if (this.#users === 0) return;
    this.#users -= 1;
    if (this.#users > 0) return;
    if (this.#releasePending) {
      this.#finishRelease();
      return;
    }
    closing.add(this);
    closeScheduled ??= setImmediate(closeIdleRegions);
  }

  /** Makes the block inaccessible unless a user came back or it was released meanwhile. */
  closeIfIdle(): void {
    if (this.#users > 0 || this.#state !== 'readwrite' || this.#releasePending) return;
    this.backend.setAccess(this.#block, 'noaccess');
    this.#state = 'noaccess';
  }

  /** Zeroes the bytes now and gives the block back once no user is left. */
  release(): void {
    if (this.released) return;
    if (this.#state === 'noaccess') {
      this.backend.setAccess(this.#block, 'readwrite');
      this.#state = 'readwrite';
    }
    this.#block.fill(0);
    if (this.#users > 0) {
      this.#releasePending = true;
      return;
    }
    this.#finishRelease();
  }

  #finishRelease(): void {
    if (closing.delete(this) && closing.size === 0 && closeScheduled !== undefined) {
      clearImmediate(closeScheduled);
      closeScheduled = undefined;
    }
    this.#state = 'released';
    this.#releasePending = false;
    this.backend.release(this.#block);
  }
}
