/** Signing: Sigstore bundles for blobs and in-toto statements, keyless (Fulcio, Rekor, TSA) or with a local key. */
import type { InTotoStatement, SignedBundle, SigningSession } from './session.js';

export { IN_TOTO_PAYLOAD_TYPE, BUNDLE_MEDIA_TYPE } from './bundle.js';
export { BUNDLE_SUFFIX, bundleNameTooLong, bundleOverFileMessage, bundlesOverFiles, defaultBundlePath, earlierBundles, earlierBundleWarning, type BundleOf } from './bundle-path.js';
export { SignError, SigningServiceError, type SignErrorCode, type SigningService, type ServiceStatus } from './errors.js';
export { ephemeralSigningKey, generateSigningKeyPair, loadSigningKey, type GeneratedKeyPair, type KeyFileFormat, type SigningKey } from './keys.js';
export {
  PUBLIC_GOOD_ENDPOINTS,
  createSigningSession,
  githubEndpoints,
  type InTotoStatement,
  type SignedBundle,
  type SigningBackend,
  type SigningIdentity,
  type SigningInstance,
  type SigningSession,
  type SigningSessionOptions,
  type SigstoreEndpoints,
} from './session.js';
export { PASSPHRASE_VARIABLES, openSigningSession, readSigningKeyFile, takePassphrase, type GitHubInstance, type TakenPassphrase, type OpenedSession, type SessionSigner, type SigningContext } from './setup.js';

/** Signs an in-toto statement as a v0.3 DSSE bundle with a session's identity (what attestations are built on). */
export function signStatement(session: SigningSession, statement: InTotoStatement, name: string): Promise<SignedBundle> {
  return session.signStatement(statement, name);
}
