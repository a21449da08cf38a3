export { FULCIO_OIDS, type FulcioExtensionName } from './certificate.js';
export { VerifyError, type VerifyErrorCode, type VerifyFailureCode, type VerifyPolicyCode } from './errors.js';
export { describeMatcher, escapeRegExp, exactly, githubPolicy, GITHUB_ACTIONS_ISSUER, matches, matching, userMatcher, type CertificatePolicy, type KeyPolicy, type Matcher, type VerificationPolicy } from './policy.js';
export { loadPublicKey } from './key.js';
export { loadTrustMaterial, TrustMaterial, type CertificateAuthority, type LogAuthority, type TrustRoot } from './trust.js';
export { GITHUB_TUF_MIRROR, loadGitHubTrustMaterial, loadPublicGoodTrustMaterial, loadTrustMaterialFromTUF, type GitHubTufOptions, type TrustPurpose, type TufOptions } from './trust-tuf.js';
export { loadPrehashedVerifier, type PrehashedVerifier } from './prehashed.js';
export { verifyBundle, type ArtifactDigestAlgorithm, type ArtifactInput, type StatementSubject, type VerifiedSignature, type VerifiedSigner, type VerifiedTimestamp } from './verify.js';
export type { VerifiedLogEntry } from './tlog.js';
