import { createPublicKey } from 'node:crypto';
import { VerifyError } from './errors.js';
import type { KeyPolicy } from './policy.js';

/** The policy for bundles signed with a local key: reads a PEM public key (SPKI), naming `source` in errors; whether a transparency-log entry is required is the caller's to say. */
export function loadPublicKey(pem: string, source: string, transparencyLog: KeyPolicy['transparencyLog']): KeyPolicy {
  if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
    // The signing half (PREFIX.key) given for the verifying one (PREFIX.pub): the likeliest mix-up, said as such.
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
      throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is a private key, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: 'verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer' });
    }
    // Other forms of a public key, each with the command that writes it as one (SubjectPublicKeyInfo).
    if (pem.includes('-----BEGIN RSA PUBLIC KEY-----')) {
      throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is an RSA public key in PKCS#1 form (-----BEGIN RSA PUBLIC KEY-----), not the SubjectPublicKeyInfo form trust-kit reads (-----BEGIN PUBLIC KEY-----)`, { hint: `write it as one: \`openssl rsa -RSAPublicKey_in -in ${source} -pubout\`` });
    }
    if (pem.includes('-----BEGIN CERTIFICATE-----')) {
      throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is a certificate, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: `give its public key: \`openssl x509 -pubkey -noout -in ${source}\`; a keyless signature's certificate is checked with --certificate-identity and --certificate-oidc-issuer instead` });
    }
    throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`);
  }
  try {
    return { kind: 'key', publicKey: createPublicKey({ key: pem, format: 'pem' }), source, transparencyLog };
  } catch (error) {
    throw new VerifyError('SIGSTORE_KEY_INVALID', `${source}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
