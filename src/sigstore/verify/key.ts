import { createPublicKey } from 'node:crypto';
import { VerifyError } from './errors.js';
import type { KeyPolicy } from './policy.js';

/** The policy for bundles signed with a local key: reads a PEM public key (SPKI), naming `source` in errors. */
export function loadPublicKey(pem: string, source: string): KeyPolicy {
  if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
    throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`);
  }
  try {
    return { kind: 'key', publicKey: createPublicKey({ key: pem, format: 'pem' }), source };
  } catch (error) {
    throw new VerifyError('SIGSTORE_KEY_INVALID', `${source}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
