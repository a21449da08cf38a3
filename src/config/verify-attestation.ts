import { ConfigError, InputReader, type ConfigIssue, type InputNamer, type RawInputs } from './inputs.js';
import { verifyConfig, type VerifyConfig } from './verify.js';
import { quoted } from '../core/quote.js';

/** The predicate type `gh attestation verify` checks unless told otherwise: SLSA provenance v1. */
export const DEFAULT_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';

/** What `trust-kit verify-attestation` and the verify action's attestation mode check, validated. */
export interface AttestationVerifyConfig extends VerifyConfig {
  predicateType: string;
  /** `refs/heads/...`, `refs/tags/...`: the ref the attestation was made from. */
  sourceRef: string | undefined;
  /** The commit SHA the attestation was made from. */
  sourceDigest: string | undefined;
  denySelfHostedRunners: boolean;
  /** How the policy's identity was given, which decides the code of an identity mismatch. */
  identityOrigin: 'explicit' | 'signer-workflow' | 'repository';
}

/**
 * Why an artifact named by a digest cannot be looked up: attestations are found by their artifact's
 * SHA-256. Undefined for a file name or a well-formed sha256 digest.
 */
export function artifactDigestProblem(artifact: string): string | undefined {
  if (!/^sha\d*:/i.test(artifact) || /^sha256:[0-9a-f]{64}$/i.test(artifact)) return undefined;
  return `is ${quoted(artifact, 200)}, not sha256:<64 hex>: attestations are looked up by their artifact's SHA-256; give the file itself, or its sha256:<hex>`;
}

const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The predicate types attest's `--type` names make: what a user who attested with `--type spdx` gives here instead. */
const ATTEST_TYPE_URIS: Readonly<Record<string, string>> = {
  slsaprovenance: 'https://slsa.dev/provenance/v1',
  spdx: 'https://spdx.dev/Document/v2.3 (an SPDX 2.2 document: https://spdx.dev/Document/v2.2)',
  cyclonedx: 'https://cyclonedx.org/bom',
};

/** Why a `--predicate-type` value is no predicate type (it must be a URI, such as `https://slsa.dev/provenance/v1`), or undefined when it is one. */
export function predicateTypeProblem(value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) return undefined;
  const meant = Object.hasOwn(ATTEST_TYPE_URIS, value.toLowerCase()) ? ATTEST_TYPE_URIS[value.toLowerCase()] : undefined;
  if (meant !== undefined) return `is ${quoted(value)}, attest's --type; the predicate type it attests is ${meant}`;
  return `is ${quoted(value.slice(0, 200))}; expected a URI, e.g. ${DEFAULT_PREDICATE_TYPE}`;
}

/**
 * Validates the attestation inputs: the signer policy of {@link verifyConfig} (with `owner` and
 * `source-ref`), and `predicate-type` (an absolute URI; default SLSA provenance v1), `source-digest`
 * and `deny-self-hosted-runners`, which need a keyless policy. Every problem is reported at once.
 */
export function attestationVerifyConfig(raw: RawInputs, nameOf: InputNamer): AttestationVerifyConfig {
  const reader = new InputReader(raw, nameOf);
  const predicateType = reader.string('predicate-type', DEFAULT_PREDICATE_TYPE) ?? DEFAULT_PREDICATE_TYPE;
  const sourceDigest = reader.string('source-digest');
  const denySelfHostedRunners = reader.boolean('deny-self-hosted-runners', false);
  const predicateProblem = predicateTypeProblem(predicateType);
  if (predicateProblem !== undefined) reader.report('predicate-type', predicateProblem);
  if (sourceDigest !== undefined && !COMMIT.test(sourceDigest)) reader.report('source-digest', `is ${quoted(sourceDigest)}; expected a commit SHA (40 lowercase hex digits)`);
  if (reader.string('key') !== undefined) {
    if (sourceDigest !== undefined) reader.report('source-digest', 'cannot be combined with a key: key-signed bundles carry no source');
    if (denySelfHostedRunners) reader.report('deny-self-hosted-runners', 'cannot be combined with a key: key-signed bundles say nothing about runners');
  }
  const issues: ConfigIssue[] = [];
  let base: VerifyConfig | undefined;
  try {
    base = verifyConfig(raw, nameOf);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues.push(...error.issues);
  }
  try {
    reader.finish();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || base === undefined) throw new ConfigError(issues);
  const policy = base.policy;
  const identityOrigin =
    policy.kind === 'key' || policy.identity !== undefined ? 'explicit' : policy.signerWorkflow !== undefined || policy.signerRepo !== undefined ? 'signer-workflow' : 'repository';
  // Read, with the signer policy, by verifyConfig: verify-blob and verify-checksums take it too.
  const sourceRef = policy.kind === 'certificate' ? policy.sourceRef : undefined;
  return { ...base, predicateType, sourceRef, sourceDigest, denySelfHostedRunners, identityOrigin };
}
