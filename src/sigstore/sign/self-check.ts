import type { KeyObject } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { isTrustKitError, messageOf } from '../../core/errors.js';
import { exactly, matching, verifyBundle, type ArtifactInput, type TrustMaterial, type VerificationPolicy } from '../verify/index.js';
import { SignError } from './errors.js';

/** What a freshly made bundle must satisfy: the policy its users will verify it with. */
export type ExpectedSigner =
  | {
      kind: 'certificate';
      /**
       * Exact certificate identity (SAN), e.g. `https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1`;
       * undefined when it cannot be predicted from the token (then chain, log, timestamps and issuer are still checked).
       */
      identity: string | undefined;
      /** Exact OIDC issuer recorded in the certificate. */
      issuer: string;
      /** The trust material users verify against (the instance's trusted root). */
      trust: TrustMaterial;
    }
  | { kind: 'key'; publicKey: KeyObject; source: string };

function policyFor(expected: ExpectedSigner): VerificationPolicy {
  // A local key signs offline: its bundles have no log entry, and users are told to verify them with --insecure-ignore-tlog.
  if (expected.kind === 'key') return { kind: 'key', publicKey: expected.publicKey, source: expected.source, transparencyLog: 'ignored' };
  return {
    kind: 'certificate',
    identity: expected.identity === undefined ? matching('.+') : exactly(expected.identity),
    issuer: exactly(expected.issuer),
    extensions: {},
  };
}

const SERVICES_HINT = 'the services returned material that does not verify against the trusted root, or the identity is not the one expected; check the trusted root and the service URLs given (--trusted-root, --fulcio-url, ...; the inputs of the same names), re-run, and report it if it persists';

/** Every time in a bundle comes from the services, so a certificate not valid at the log's or the timestamp authority's time moments after Fulcio issued it says their clocks disagree. */
const CLOCKS_HINT = "the log's or the timestamp authority's time falls outside the certificate Fulcio issued moments before (or outside the CA's window in the trusted root): the Sigstore services' clocks disagree, or the trusted root is not the current one; check the clocks of a private deployment's Fulcio, Rekor and timestamp authority (NTP) and the trusted root given, then re-run";

/**
 * Verifies a bundle offline with trust-kit's verifier exactly as a user would (signature, chain
 * to the trusted root, log entry or signed timestamp by the instance's thresholds, then the exact
 * identity and issuer) and throws `SIGN_SELF_VERIFY_FAILED` if it does not pass.
 */
export function checkBundle(bundle: SerializedBundle, artifact: ArtifactInput, expected: ExpectedSigner, name: string): void {
  try {
    verifyBundle(bundle, artifact, policyFor(expected), expected.kind === 'key' ? undefined : expected.trust);
  } catch (error) {
    const code = isTrustKitError(error) ? `${error.code}: ` : '';
    throw new SignError('SIGN_SELF_VERIFY_FAILED', `the bundle made for ${name} does not verify (${code}${messageOf(error)}); it was not written`, {
      cause: error,
      hint: isTrustKitError(error) && error.code === 'VERIFY_CERTIFICATE_EXPIRED' ? CLOCKS_HINT : SERVICES_HINT,
    });
  }
}
