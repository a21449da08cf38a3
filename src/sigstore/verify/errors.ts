import { TrustKitError, type TrustKitErrorOptions } from '../../core/errors.js';

/**
 * Codes of cryptographic verification failures (exit code 3): the bundle, its signature, its
 * certificate, its log entries or its timestamps do not prove what they claim.
 */
export type VerifyFailureCode =
  | 'VERIFY_BUNDLE_INVALID'
  | 'VERIFY_BUNDLE_UNSUPPORTED'
  | 'VERIFY_ARTIFACT_MISMATCH'
  | 'VERIFY_SUBJECT_MISMATCH'
  | 'VERIFY_PREDICATE_TYPE_MISMATCH'
  | 'VERIFY_PROVENANCE_MISMATCH'
  | 'VERIFY_SIGNATURE_INVALID'
  | 'VERIFY_KEY_MISMATCH'
  | 'VERIFY_CERTIFICATE_INVALID'
  | 'VERIFY_CERTIFICATE_UNTRUSTED'
  | 'VERIFY_CERTIFICATE_EXPIRED'
  | 'VERIFY_SCT_MISSING'
  | 'VERIFY_SCT_INVALID'
  | 'VERIFY_TLOG_MISSING'
  | 'VERIFY_TLOG_UNTRUSTED'
  | 'VERIFY_TLOG_INCLUSION_INVALID'
  | 'VERIFY_TLOG_BODY_MISMATCH'
  | 'VERIFY_TIMESTAMP_MISSING'
  | 'VERIFY_TIMESTAMP_INVALID';

/**
 * Codes of policy mismatches: a valid signature, but not by the signer the policy names (exit code
 * 4), or, for attestations, not from the signer workflow, the repository or the kind of runner
 * asked for (each its own exit code).
 */
export type VerifyPolicyCode =
  | 'VERIFY_POLICY_IDENTITY_MISMATCH'
  | 'VERIFY_POLICY_ISSUER_MISMATCH'
  | 'VERIFY_POLICY_EXTENSION_MISMATCH'
  | 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH'
  | 'VERIFY_POLICY_REPOSITORY_MISMATCH'
  | 'VERIFY_POLICY_SOURCE_MISMATCH'
  | 'VERIFY_POLICY_SELF_HOSTED_RUNNER';

/** Codes of bad verification inputs (exit code 1): an unreadable trusted root, key or bundle file. */
export type SigstoreInputCode = 'SIGSTORE_TRUSTED_ROOT_INVALID' | 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE' | 'SIGSTORE_KEY_INVALID' | 'SIGSTORE_INPUT_UNREADABLE';

/** Every code {@link VerifyError} carries. */
export type VerifyErrorCode = VerifyFailureCode | VerifyPolicyCode | SigstoreInputCode;

/** Why a bundle did not verify: the code says which check failed, the message what was expected and what was found. */
export class VerifyError extends TrustKitError<VerifyErrorCode> {
  constructor(code: VerifyErrorCode, message: string, options: TrustKitErrorOptions = {}) {
    super(code, message, { hint: options.hint ?? DEFAULT_HINTS[code], ...(options.cause === undefined ? {} : { cause: options.cause }), ...(options.place === undefined ? {} : { place: options.place }) });
    this.name = 'VerifyError';
  }
}

const TAMPERED = 'do not trust this artifact: the bundle or the artifact was altered, or they do not belong together';

const DEFAULT_HINTS: Record<VerifyErrorCode, string> = {
  VERIFY_BUNDLE_INVALID: 'give the Sigstore bundle (.sigstore.json) that was published with the artifact',
  VERIFY_BUNDLE_UNSUPPORTED: 'trust-kit verifies Sigstore bundles v0.1 to v0.3 holding a message signature or a DSSE in-toto statement',
  VERIFY_ARTIFACT_MISMATCH: TAMPERED,
  VERIFY_SUBJECT_MISMATCH: 'this attestation is about other artifacts: check that you downloaded the artifact the bundle was made for',
  VERIFY_PREDICATE_TYPE_MISMATCH: 'the attestation says something else about the artifact: pass the --predicate-type (input "predicate-type") it was made with (SLSA provenance is https://slsa.dev/provenance/v1), or the bundle holding that kind of attestation',
  VERIFY_PROVENANCE_MISMATCH: 'the provenance claims another source, commit, workflow, trigger or runner than its signing certificate, which GitHub\'s token vouched for: do not trust what it says about the build',
  VERIFY_SIGNATURE_INVALID: TAMPERED,
  VERIFY_KEY_MISMATCH: 'verify key-signed bundles with --key PUB.pem (input "key") and keyless bundles with --certificate-identity and --certificate-oidc-issuer (the inputs of the same names)',
  VERIFY_CERTIFICATE_INVALID: TAMPERED,
  VERIFY_CERTIFICATE_UNTRUSTED: 'the signing certificate was not issued by a CA of the trusted root: pass the right --trusted-root (input "trusted-root"; e.g. `gh attestation trusted-root` for GitHub\'s instance)',
  VERIFY_CERTIFICATE_EXPIRED: 'the signature was not made while its certificate was valid: do not trust this artifact',
  VERIFY_SCT_MISSING: 'the certificate carries no proof of certificate-transparency logging the trusted root requires',
  VERIFY_SCT_INVALID: TAMPERED,
  VERIFY_TLOG_MISSING: 'this instance requires a transparency-log entry in the bundle: sign again with a transparency log, or verify with the trusted root of the instance that signed it',
  VERIFY_TLOG_UNTRUSTED: 'the bundle was logged by a transparency log the trusted root does not list (with a certificate, the log must be of the instance whose CA issued it): pass the right --trusted-root (input "trusted-root")',
  VERIFY_TLOG_INCLUSION_INVALID: TAMPERED,
  VERIFY_TLOG_BODY_MISMATCH: TAMPERED,
  VERIFY_TIMESTAMP_MISSING: 'this instance requires a signed timestamp in the bundle: sign again with a timestamp authority',
  VERIFY_TIMESTAMP_INVALID: 'the timestamp was not signed by a timestamp authority of the trusted root, or does not cover this signature',
  VERIFY_POLICY_IDENTITY_MISMATCH: 'the artifact was signed by someone else: check --certificate-identity (input "certificate-identity"; exact match) or --repo/--signer-workflow (inputs "repo", "signer-workflow")',
  VERIFY_POLICY_ISSUER_MISMATCH: 'the signer\'s identity was vouched for by another OIDC issuer: check --certificate-oidc-issuer (input "certificate-oidc-issuer")',
  VERIFY_POLICY_EXTENSION_MISMATCH: 'the certificate was issued for another repository or workflow run: check --repo (input "repo")',
  VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH: 'another workflow signed the attestation: check --signer-workflow (input "signer-workflow": the reusable workflow that signs, [host/]owner/repo/path[@ref])',
  VERIFY_POLICY_REPOSITORY_MISMATCH: 'the attestation was made in another repository: check --repo/--owner (inputs "repo", "owner"); when a reusable workflow of another repository signs, pass it as --signer-workflow (input "signer-workflow")',
  VERIFY_POLICY_SOURCE_MISMATCH: 'the attestation was made from another ref or commit: check --source-ref (e.g. refs/tags/v1.2.3) and --source-digest (the commit SHA), the inputs of the same names',
  VERIFY_POLICY_SELF_HOSTED_RUNNER: 'the attestation was made on a self-hosted runner, which --deny-self-hosted-runners (input "deny-self-hosted-runners: true") refuses: its build environment is not GitHub\'s to vouch for',
  SIGSTORE_TRUSTED_ROOT_INVALID: 'give a trusted_root.json (or the JSONL `gh attestation trusted-root` prints)',
  SIGSTORE_TRUSTED_ROOT_UNAVAILABLE: 'pass --trusted-root FILE (input "trusted-root") to verify offline',
  SIGSTORE_KEY_INVALID: 'give the PEM public key (-----BEGIN PUBLIC KEY-----) made by `trust-kit generate-key-pair` or cosign',
  SIGSTORE_INPUT_UNREADABLE: 'check the path',
};
