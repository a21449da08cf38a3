import { loadSodium, type NativeLoad } from '../../secrets/native.js';
import { SignError } from './errors.js';

let sodium: NativeLoad | undefined;

/**
 * Opens NaCl `crypto_secretbox` (XSalsa20-Poly1305) ciphertext, the cipher cosign encrypts its
 * private keys with; undefined when the key or nonce is wrong or the ciphertext was altered.
 * `source` names the key file if libsodium cannot be loaded.
 */
export function secretboxOpen(ciphertext: Buffer, nonce: Buffer, key: Buffer, source: string): Buffer | undefined {
  sodium ??= loadSodium();
  if (sodium.binding === undefined) {
    throw new SignError('SIGN_KEY_UNSUPPORTED', `${source} is a cosign key, and opening it needs libsodium, which did not load: ${sodium.reason}`, {
      hint: 'run trust-kit where sodium-native\'s prebuilt libsodium loads (Linux, macOS, Windows on x64 or arm64), or sign with a PKCS#8 key from `trust-kit generate-key-pair`',
    });
  }
  const binding = sodium.binding;
  if (nonce.length !== binding.crypto_secretbox_NONCEBYTES || key.length !== binding.crypto_secretbox_KEYBYTES) return undefined;
  if (ciphertext.length < binding.crypto_secretbox_MACBYTES) return undefined;
  const message = Buffer.alloc(ciphertext.length - binding.crypto_secretbox_MACBYTES);
  return binding.crypto_secretbox_open_easy(message, ciphertext, nonce, key) ? message : undefined;
}
