import { randomFillSync } from 'node:crypto';
import { SecretError, checkArgument } from './errors.js';
import { forEachForm } from './forms.js';
import { isMasked, track, untrack, type LiveSecret } from './live.js';
import { activeBackend } from './backend.js';
import { Region, type MemoryBackend } from './memory.js';
import { Redacted } from './redacted.js';
import { SecretBuffer, withAccess } from './secret-buffer.js';

/** The per-process sealing key of each backend, created on first use and dropped by purge. */
const keys = new Map<MemoryBackend, Region>();

function keyFor(backend: MemoryBackend): Region {
  let key = keys.get(backend);
  if (key === undefined || key.released) {
    key = new Region(backend, backend.keyLength);
    randomFillSync(key.view);
    key.leave();
    keys.set(backend, key);
  }
  return key;
}

/** Destroys every sealing key: enclaves sealed before can no longer be opened. */
export function dropEnclaveKeys(): void {
  for (const key of keys.values()) key.release();
  keys.clear();
}

/**
 * A sealed secret for long-lived use: kept encrypted at rest under a per-process key and decrypted
 * into a reused scratch region only while `use` runs (memguard's Enclave). Sealing consumes the
 * SecretBuffer it is given.
 */
export class Enclave extends Redacted implements LiveSecret {
  #sealed: Buffer | undefined;
  readonly #backend: MemoryBackend;
  readonly #length: number;
  /** Held apart from the enclave so the garbage-collection wipe can reach the scratch without keeping the enclave alive. */
  readonly #cell: { scratch: Region | undefined } = { scratch: undefined };
  #users = 0;

  /** Whether the masker is told of its forms: as the SecretBuffer it sealed was (a private key made with `masked: false` is not). */
  readonly #masked: boolean;

  private constructor(sealed: Buffer, backend: MemoryBackend, length: number, masked: boolean) {
    super();
    this.#sealed = sealed;
    this.#backend = backend;
    this.#length = length;
    this.#masked = masked;
    const cell = this.#cell;
    track(this, () => cell.scratch?.release(), masked);
  }

  /** Seals a secret's bytes and destroys the SecretBuffer. */
  static seal(secret: SecretBuffer): Enclave {
    checkArgument(secret instanceof SecretBuffer, 'Enclave.seal\'s argument', secret, 'a SecretBuffer');
    const length = secret.length;
    const backend = activeBackend();
    const sealed = secret.use((bytes) => {
      const key = keyFor(backend);
      try {
        return backend.seal(key.enter(), bytes);
      } finally {
        key.leave();
      }
    });
    const enclave = new Enclave(sealed, backend, length, isMasked(secret));
    secret.destroy();
    return enclave;
  }

  /** Seals `bytes` directly (they are zeroed, as with {@link SecretBuffer.from}). */
  static from(bytes: Uint8Array): Enclave {
    return Enclave.seal(SecretBuffer.from(bytes));
  }

  /** How many bytes the sealed secret holds. */
  get length(): number {
    return this.#length;
  }

  /** Whether the enclave was destroyed. */
  get destroyed(): boolean {
    return this.#sealed === undefined;
  }

  /**
   * Runs `fn` with the decrypted bytes, wiped when it returns (or its promise settles); keep no
   * reference to them. Nested and concurrent uses share one decryption.
   */
  use<T>(fn: (bytes: Buffer) => T): T {
    checkArgument(typeof fn === 'function', 'Enclave.use\'s argument', fn, 'a function');
    return withAccess(
      () => this.#enter(),
      () => this.#leave(),
      fn,
    );
  }

  /** Like {@link use} for an async callback. */
  async useAsync<T>(fn: (bytes: Buffer) => Promise<T>): Promise<T> {
    return await this.use(fn);
  }

  /** Decrypts into a new SecretBuffer, for code that takes one. */
  open(): SecretBuffer {
    return this.use((bytes) => SecretBuffer.fill(bytes.length, (into) => bytes.copy(into), { masked: this.#masked }));
  }

  /** Forgets the ciphertext and wipes the scratch region; idempotent. */
  destroy(): void {
    if (this.#sealed === undefined) return;
    this.#sealed.fill(0);
    this.#sealed = undefined;
    untrack(this);
    this.#cell.scratch?.release();
  }

  /** Calls `visit` with every form of the secret, each wiped afterwards. */
  forEachForm(visit: (form: Buffer) => void): void {
    if (this.#sealed === undefined) return;
    this.use((bytes) => forEachForm(bytes, visit));
  }

  #enter(): Buffer {
    const sealed = this.#sealed;
    if (sealed === undefined) {
      throw new SecretError('SECRET_DESTROYED', 'the sealed secret was used after it was destroyed', {
        hint: 'keep the enclave until its last use; purge() destroys every secret at exit',
      });
    }
    let scratch = this.#cell.scratch;
    if (scratch === undefined) {
      scratch = new Region(this.#backend, this.#length);
      scratch.leave();
      this.#cell.scratch = scratch;
    }
    const bytes = scratch.enter();
    this.#users += 1;
    if (this.#users > 1) return bytes;
    let opened: boolean;
    try {
      const key = keyFor(this.#backend);
      try {
        opened = this.#backend.open(key.enter(), sealed, bytes);
      } finally {
        key.leave();
      }
    } catch (error) {
      // The user counted above must leave, or every later use would skip decryption and read what this one left.
      this.#leave();
      throw error;
    }
    if (!opened) {
      this.#leave();
      throw new SecretError('SECRET_ENCLAVE_CORRUPT', 'a sealed secret could not be decrypted: its key was purged or its memory was altered', {
        hint: 'seal the secret again after purge(); if it was not purged, the process memory is corrupt',
      });
    }
    return bytes;
  }

  #leave(): void {
    const scratch = this.#cell.scratch;
    if (scratch === undefined) return;
    this.#users -= 1;
    if (this.#users === 0 && !scratch.released) scratch.view.fill(0);
    scratch.leave();
  }
}
