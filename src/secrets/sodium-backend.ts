import { randomFillSync } from 'node:crypto';
import type { MemoryBackend } from './memory.js';
import type { SodiumBinding } from './native.js';

/** Freed blocks kept per size class: libsodium's free only runs at garbage collection, so blocks are reused. */
const POOL_PER_CLASS = 16;
const PAGE = 4096;

/** Blocks come in size classes so that freed ones can serve the next secret of a similar size. */
function sizeClass(size: number): number {
  if (size <= 64) return 64;
  if (size <= PAGE) return 2 ** Math.ceil(Math.log2(size));
  return Math.ceil(size / PAGE) * PAGE;
}

/**
 * The libsodium backend: `sodium_malloc` memory between guard pages with a canary, locked into RAM
 * and excluded from core dumps (MADV_DONTDUMP), inaccessible between uses. `onUnlocked` is called
 * for each block the kernel refused to lock (libsodium ignores that failure, so it is re-checked).
 */
export function sodiumBackend(sodium: SodiumBinding, onUnlocked: () => void): MemoryBackend {
  const pool = new Map<number, Buffer[]>();
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
      const block = Buffer.from(sodium.sodium_malloc(length));
      if (block.length !== length) throw new Error('libsodium could not allocate secure memory (address space or map count exhausted)');
      sodium.sodium_memzero(block);
      if (sodium.sodium_mlock(block) !== 0) onUnlocked();
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
