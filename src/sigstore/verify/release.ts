import { exactly, matching, type CertificatePolicy } from './policy.js';
import type { TrustMaterial } from './trust.js';
import { verifyBundle } from './verify.js';
import { VerifyError } from './errors.js';

/**
 * The signer of GitHub's release attestations on a trust domain (`dotcom` for github.com): the
 * certificate's URI SAN, as `gh release verify` requires it. GitHub's certificates name no OIDC
 * issuer that matters here, so any issuer is accepted, as gh does.
 */
export function githubReleasePolicy(trustDomain = 'dotcom'): CertificatePolicy {
  return { kind: 'certificate', identity: exactly(`https://${trustDomain}.releases.github.com`), issuer: matching('.*'), extensions: {} };
}

/**
 * Verifies GitHub's release attestation bundle offline: a DSSE in-toto statement signed by
 * GitHub's releases signer, chaining to `trust` (GitHub's trusted root), listing the asset
 * `sha256Hex`. Returns the statement the signature covers.
 */
export function verifyGitHubReleaseAttestation(bundleJson: unknown, sha256Hex: string, trust: TrustMaterial, trustDomain = 'dotcom'): unknown {
  const signature = verifyBundle(bundleJson, { digest: { algorithm: 'sha256', hex: sha256Hex } }, githubReleasePolicy(trustDomain), trust);
  if (signature.statement === undefined) throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', 'GitHub\'s release attestation holds a message signature, not a DSSE in-toto statement');
  const payload = (bundleJson as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload;
  return JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as unknown;
}
