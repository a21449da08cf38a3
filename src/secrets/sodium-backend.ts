import { randomFillSync } from 'node:crypto';
import type { MemoryBackend } from './memory.js';
import type { SodiumBinding } from './native.js';

/** Freed blocks kept per size class: libsodium's free only runs at garbage collection, so blocks are reused. */
const POOL_PER_CLASS = 16;
const PAGE = 4096;
/**
 * Blocks mapped at once, at most: each is 4 memory maps, `vm.max_map_count` is 65,530 by default,
 * and libsodium returning NULL aborts Node. Beyond this, new secrets go to the portable backend.
 */
export const MAX_MAPPED_BLOCKS = 8192;

/** Blocks come in size classes so that freed ones can serve the next secret of a similar size. */
function sizeClass(size: number): number {
  if (size <= 64) return 64;
  if (size <= PAGE) return 2 ** Math.ceil(Math.log2(size));
  return Math.ceil(size / PAGE) * PAGE;
}

/** What the libsodium backend reports: a block the kernel refused to lock, a secret that did not fit. */
export interface SodiumEvents {
  /** A block is not locked into RAM (libsodium ignores that failure, so every new block is re-checked). */
  onUnlocked(): void;
  /** {@link MAX_MAPPED_BLOCKS} blocks are mapped (secrets never destroyed, not yet collected): the secret goes elsewhere. */
  onExhausted(): void;
}

/**
 * The libsodium backend: `sodium_malloc` memory between guard pages with a canary, locked into RAM
 * and excluded from core dumps (MADV_DONTDUMP), inaccessible between uses.
 */
export function sodiumBackend(sodium: SodiumBinding, events: SodiumEvents): MemoryBackend {
  const pool = new Map<number, Buffer[]>();
  // A block stays mapped until garbage collection runs libsodium's free, whenever sodium_free was called.
  let mapped = 0;
  const unmapped = new FinalizationRegistry<null>(() => {
    mapped -= 1;
  });
  const nonceLength = sodium.crypto_secretbox_NONCEBYTES;
  const macLength = sodium.crypto_secretbox_MACBYTES;
  const keyLength = sodium.crypto_secretbox_KEYBYTES;
  const mprotect = (block: Buffer, access: 'noaccess' | 'readwrite'): void => {
    const result = access === 'noaccess' ? sodium.sodium_mprotect_noaccess(block.buffer as ArrayBuffer) : sodium.sodium_mprotect_readwrite(block.buffer as ArrayBuffer);
    if (result !== 0) throw new Error(`secret memory protection change to ${access} failed`);
  };
  return {
    name: 'sodium',
    guarded: true,
    allocate(size) {
      const length = sizeClass(size);
      const reused = pool.get(length)?.pop();
      if (reused !== undefined) return reused;
      if (mapped >= MAX_MAPPED_BLOCKS) {
        events.onExhausted();
        return undefined;
      }
      const memory = sodium.sodium_malloc(length);
      mapped += 1;
      unmapped.register(memory, null);
      const block = Buffer.from(memory);
      sodium.sodium_memzero(block);
      if (sodium.sodium_mlock(block) !== 0) events.onUnlocked();
      return block;
    },
    setAccess: mprotect,
    release(block) {
      const free = pool.get(block.length) ?? [];
      pool.set(block.length, free);
      if (free.length < POOL_PER_CLASS) {
        free.push(block);
        return;
      }
      sodium.sodium_free(block.buffer as ArrayBuffer);
    },
    keyLength,
    sealOverhead: nonceLength + macLength,
    seal(key, plaintext) {
      const sealed = Buffer.alloc(nonceLength + plaintext.length + macLength);
      const nonce = sealed.subarray(0, nonceLength);
      randomFillSync(nonce);
      if (key.length !== keyLength) throw new Error('sealing key has the wrong length');
      if (sodium.crypto_secretbox_easy(sealed.subarray(nonceLength), plaintext, nonce, key) !== 0) throw new Error('libsodium could not seal a secret');
      return sealed;
    },
    open(key, sealed, into) {
      // The binding asserts (aborts the process) on wrong lengths, so they are checked here first.
      if (key.length !== keyLength || sealed.length < nonceLength + macLength || into.length !== sealed.length - nonceLength - macLength) return false;
      return sodium.crypto_secretbox_open_easy(into, sealed.subarray(nonceLength), sealed.subarray(0, nonceLength), key);
    },
  };
}
