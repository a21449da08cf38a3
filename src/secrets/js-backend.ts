import { createCipheriv, createDecipheriv, randomFillSync } from 'node:crypto';
import type { MemoryBackend } from './memory.js';

const NONCE = 12;
const TAG = 16;

/**
 * The portable backend: every block is a zero-filled Buffer with its own ArrayBuffer (never the
 * shared pool), sealing is ChaCha20-Poly1305 from node:crypto with random 96-bit nonces.
 * Memory is neither locked nor guarded; the bytes are still zeroed on release.
 */
export const jsBackend: MemoryBackend = {
  name: 'js',
  guarded: false,
  allocate: (size) => Buffer.alloc(size),
  setAccess: () => {},
  release: () => {},
  keyLength: 32,
  sealOverhead: NONCE + TAG,
  seal(key, plaintext) {
    const sealed = Buffer.alloc(NONCE + plaintext.length + TAG);
    const nonce = sealed.subarray(0, NONCE);
    randomFillSync(nonce);
    const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
    const body = cipher.update(plaintext);
    body.copy(sealed, NONCE);
    cipher.final();
    cipher.getAuthTag().copy(sealed, NONCE + plaintext.length);
    return sealed;
  },
  open(key, sealed, into) {
    const nonce = sealed.subarray(0, NONCE);
    const tag = sealed.subarray(sealed.length - TAG);
    const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
    decipher.setAuthTag(tag);
    // node:crypto returns plaintext in a Buffer of its own: copy it into the region and wipe it.
    const plaintext = decipher.update(sealed.subarray(NONCE, sealed.length - TAG));
    try {
      decipher.final();
      plaintext.copy(into);
      return true;
    } catch {
      return false;
    } finally {
      plaintext.fill(0);
    }
  },
};
