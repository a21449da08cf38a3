import type { KeyObject } from 'node:crypto';
import { VerifyError } from './errors.js';

/** Verifies a DER ECDSA signature over a digest computed elsewhere with a P-256 or P-384 key: false when it does not verify. */
export type PrehashedVerifier = (key: KeyObject, digest: Buffer, signature: Buffer) => boolean;

const rawKeys = new WeakMap<KeyObject, Uint8Array>();

/**
 * Loads the verifier of ECDSA signatures over a digest computed elsewhere: Node's crypto verifies
 * only over data it hashes itself, so this is the pure-JavaScript ECDSA of @noble/curves, a
 * quarter of a megabyte of bundled code whose curves are built as it loads (about 3 ms). Only
 * verification by digest (a `sha256:` reference, a file too large to read whole) loads it.
 */
export async function loadPrehashedVerifier(): Promise<PrehashedVerifier> {
  const { p256, p384 } = await import('@noble/curves/nist.js');
  return (key, digest, signature) => {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const implementation = curve === 'prime256v1' ? p256 : curve === 'secp384r1' ? p384 : undefined;
    if (key.asymmetricKeyType !== 'ec' || implementation === undefined) {
      throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `verification by digest needs an ECDSA P-256 or P-384 signing key, found ${key.asymmetricKeyType ?? 'unknown'} ${curve ?? ''}`.trimEnd(), { hint: 'verify with the artifact file instead of its digest' });
    }
    let raw = rawKeys.get(key);
    if (raw === undefined) {
      const jwk = key.export({ format: 'jwk' });
      raw = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
      rawKeys.set(key, raw);
    }
    try {
      return implementation.verify(signature, digest, raw, { prehash: false, lowS: false, format: 'der' });
    } catch {
      return false;
    }
  };
}
