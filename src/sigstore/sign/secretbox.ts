import { loadSodium, type NativeLoad, type SodiumBinding } from '../../secrets/native.js';
import { SignError } from './errors.js';

let sodium: NativeLoad | undefined;

/** libsodium's binding, or a coded error naming the key file when it cannot be loaded. */
function binding(source: string, hint: string): SodiumBinding {
  sodium ??= loadSodium();
  if (sodium.binding === undefined) {
    throw new SignError('SIGN_KEY_UNSUPPORTED', `${source} is a cosign key, and its cipher (NaCl secretbox) needs libsodium, which did not load: ${sodium.reason}`, { hint });
  }
  return sodium.binding;
}

const WHERE_SODIUM_LOADS = 'run trust-kit where sodium-native\'s prebuilt libsodium loads (Linux, macOS, Windows on x64 or arm64)';

/**
 * Opens NaCl `crypto_secretbox` (XSalsa20-Poly1305) ciphertext, the cipher cosign encrypts its
 * private keys with; undefined when the key or nonce is wrong or the ciphertext was altered.
 * `source` names the key file if libsodium cannot be loaded.
 */
export function secretboxOpen(ciphertext: Buffer, nonce: Buffer, key: Buffer, source: string): Buffer | undefined {
  const sodiumBinding = binding(source, `${WHERE_SODIUM_LOADS}, or sign with a PKCS#8 key from \`trust-kit generate-key-pair --format pkcs8\``);
  if (nonce.length !== sodiumBinding.crypto_secretbox_NONCEBYTES || key.length !== sodiumBinding.crypto_secretbox_KEYBYTES) return undefined;
  if (ciphertext.length < sodiumBinding.crypto_secretbox_MACBYTES) return undefined;
  const message = Buffer.alloc(ciphertext.length - sodiumBinding.crypto_secretbox_MACBYTES);
  let opened = false;
  try {
    opened = sodiumBinding.crypto_secretbox_open_easy(message, ciphertext, nonce, key);
  } finally {
    // Only an opened box's plaintext goes to the caller (who wipes it); whatever else was written is wiped here.
    if (!opened) message.fill(0);
  }
  return opened ? message : undefined;
}

/** The NaCl secretbox nonce, key and authenticator sizes (XSalsa20-Poly1305), fixed by the construction. */
export const SECRETBOX_NONCE_BYTES = 24;
export const SECRETBOX_KEY_BYTES = 32;
export const SECRETBOX_MAC_BYTES = 16;

/**
 * Seals `message` with NaCl `crypto_secretbox` under a 24-byte nonce and 32-byte key, as cosign
 * encrypts its private keys. `source` names the key file being written if libsodium cannot be loaded.
 */
export function secretboxSeal(message: Uint8Array, nonce: Buffer, key: Buffer, source: string): Buffer {
  const sodiumBinding = binding(source, `${WHERE_SODIUM_LOADS}, or write a PKCS#8 key with \`trust-kit generate-key-pair --format pkcs8\``);
  const ciphertext = Buffer.alloc(message.length + sodiumBinding.crypto_secretbox_MACBYTES);
  sodiumBinding.crypto_secretbox_easy(ciphertext, message, nonce, key);
  return ciphertext;
}
