import { createPublicKey } from 'node:crypto';
import { VerifyError } from './errors.js';
import type { KeyPolicy } from './policy.js';

/** The policy for bundles signed with a local key: reads a PEM public key (SPKI), naming `source` in errors; whether a transparency-log entry is required is the caller's to say. */
export function loadPublicKey(pem: string, source: string, transparencyLog: KeyPolicy['transparencyLog']): KeyPolicy {
  if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
    // The signing half (PREFIX.key) given for the verifying one (PREFIX.pub): the likeliest mix-up, said as such.
    const isPrivate = /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem);
    throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is ${isPrivate ? 'a private key, not' : 'not'} a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, isPrivate ? { hint: 'verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer' } : {});
  }
  try {
    return { kind: 'key', publicKey: createPublicKey({ key: pem, format: 'pem' }), source, transparencyLog };
  } catch (error) {
    throw new VerifyError('SIGSTORE_KEY_INVALID', `${source}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
