/** The OCI registry client: references, credentials, manifests, blobs and referrers. */
export { parseChallenges, repositoryScope, type AuthChallenge } from './auth.js';
export {
  RegistryClient,
  blobFromBytes,
  fallbackTag,
  type BlobPushOutcome,
  type BlobSource,
  type FetchedManifest,
  type PushBlobOptions,
  type Referrers,
  type ReferrersVia,
  type UnresolvedReferrer,
  type RegistryClientOptions,
  type RepositoryName,
} from './client.js';
export {
  BUNDLE_PREDICATE_TYPE_ANNOTATION,
  COSIGN_SIGN_PREDICATE_TYPE,
  COSIGN_SIGNATURE_TYPE,
  DSSE_ENVELOPE_MEDIA_TYPE,
  LEGACY_ANNOTATIONS,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
  attachBundle,
  attachLegacySignature,
  bundleReferrerManifest,
  imageSignatureStatement,
  legacyAttestationTag,
  legacySignatureAnnotations,
  legacySignatureTag,
  simpleSigningPayload,
  type ImageSubject,
  type LegacyKind,
} from './cosign.js';
export {
  chainCredentials,
  dockerConfigCredentials,
  loadDockerConfig,
  runCredentialHelper,
  staticCredentials,
  type CredentialHelperRunner,
  type CredentialSource,
  type RegistryCredentials,
} from './credentials.js';
export { OciError, type OciErrorCode } from './errors.js';
export {
  MANIFEST_MEDIA_TYPES,
  MAX_MANIFEST_BYTES,
  MEDIA_TYPES,
  isIndexMediaType,
  newestFirst,
  parseManifest,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Manifest,
  type Platform,
} from './manifest.js';
export {
  DOCKER_HUB,
  DOCKER_HUB_API_HOST,
  formatImageReference,
  parseImageReference,
  registryApiHost,
  withDigest,
  type DigestReference,
  type ImageReference,
} from './reference.js';
export { nodeTransport, type HttpRequest, type HttpResponse, type NodeTransportOptions, type Transport } from './transport.js';
