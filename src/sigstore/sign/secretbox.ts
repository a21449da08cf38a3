import { createRequire } from 'node:module';

interface SecretboxBinding {
  crypto_secretbox_MACBYTES: number;
  crypto_secretbox_NONCEBYTES: number;
  crypto_secretbox_KEYBYTES: number;
  crypto_secretbox_open_easy(message: Buffer, ciphertext: Buffer, nonce: Buffer, key: Buffer): boolean;
}

const sodium = createRequire(import.meta.url)('sodium-native') as SecretboxBinding;

/**
 * Opens NaCl `crypto_secretbox` (XSalsa20-Poly1305) ciphertext, the cipher cosign encrypts its
 * private keys with; undefined when the key or nonce is wrong or the ciphertext was altered.
 */
export function secretboxOpen(ciphertext: Buffer, nonce: Buffer, key: Buffer): Buffer | undefined {
  if (nonce.length !== sodium.crypto_secretbox_NONCEBYTES || key.length !== sodium.crypto_secretbox_KEYBYTES) return undefined;
  if (ciphertext.length < sodium.crypto_secretbox_MACBYTES) return undefined;
  const message = Buffer.alloc(ciphertext.length - sodium.crypto_secretbox_MACBYTES);
  return sodium.crypto_secretbox_open_easy(message, ciphertext, nonce, key) ? message : undefined;
}
