import { createHash } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { dsse } from '@sigstore/core';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { RekorWitness, TSAWitness, type Bundle, type SignatureBundle, type VerificationMaterial, type Witness } from '@sigstore/sign';
import { isTrustKitError, readFailure } from '../../core/errors.js';
import { INPUT_LIMITS, readRegularFile, writeFileAtomic } from '../../core/files.js';
import type { ProxySettings } from '../../core/proxy.js';
import type { RetryPolicy } from '../../core/retry.js';
import { IN_TOTO_PAYLOAD_TYPE, bundleBuilders, serializeBundle, type BundleBuilders } from './bundle.js';
import { SignError, SigningServiceError } from './errors.js';
import type { SigningKey } from './keys.js';
import type { ArtifactInput, TrustMaterial } from '../verify/index.js';
import { checkBundle, type ExpectedSigner } from './self-check.js';
import { ReportingWitness, serviceBaseURL } from './services.js';
import { routeRekorV1, routeRekorV2, routeTimestampAuthority, ServiceClient, SigningDeadline, timestampURL, type ServiceClientOptions } from './transport.js';
import { KeylessSigner, LocalKeySigner } from './signers.js';
import { defaultBundlePath } from './bundle-path.js';

/** Which Sigstore deployment signs: the public-good instance, GitHub's (private/internal repositories), or a local key. */
export type SigningInstance = 'public-good' | 'github' | 'key';

/** Where the keyless services live. */
export interface SigstoreEndpoints {
  fulcioURL: string;
  /** Transparency log; public-good only: GitHub's instance never writes to a public log. */
  rekorURL?: string | undefined;
  /** The API the log speaks: Rekor v1 (default) or v2 (rekor-tiles), whose entries need `tsaURL` to date them. */
  rekorApiVersion?: 1 | 2 | undefined;
  /** RFC 3161 timestamp authority; required for GitHub's instance, optional for public-good. */
  tsaURL?: string | undefined;
}

/** The public-good instance's services (no TSA by default, as sigstore-js and cosign do). */
export const PUBLIC_GOOD_ENDPOINTS: SigstoreEndpoints = { fulcioURL: 'https://fulcio.sigstore.dev', rekorURL: 'https://rekor.sigstore.dev' };

/**
 * GitHub's instance for a GitHub server URL: `fulcio.githubapp.com` and `timestamp.githubapp.com`
 * for github.com, `fulcio.<tenant>.ghe.com` and `timestamp.<tenant>.ghe.com` for GHE.com tenants.
 */
export function githubEndpoints(serverURL = 'https://github.com'): SigstoreEndpoints {
  const host = new URL(serverURL).host;
  const base = host === 'github.com' ? 'githubapp.com' : host;
  return { fulcioURL: `https://fulcio.${base}`, tsaURL: `https://timestamp.${base}` };
}

/** The OIDC identity a keyless session signs as. */
export interface SigningIdentity {
  /** Reads the identity token out of protected memory; called once per certificate. */
  token(): Promise<string>;
  /** The certificate identity (SAN) Fulcio will issue for this token, when it can be predicted from the claims. */
  expectedIdentity: string | undefined;
  /** The token's `iss` claim: the issuer recorded in the certificate. */
  issuer: string;
}

/** How a session signs: keyless against an instance, or with a local key. */
export type SigningBackend =
  | {
      instance: 'public-good' | 'github';
      endpoints: SigstoreEndpoints;
      identity: SigningIdentity;
      /** The trust material every bundle is checked against before it is written. */
      trust: TrustMaterial;
    }
  | { instance: 'key'; key: SigningKey };

/** Options of {@link createSigningSession}. */
export interface SigningSessionOptions {
  backend: SigningBackend;
  retry: RetryPolicy;
  /** The runner's HTTPS_PROXY, HTTP_PROXY and NO_PROXY, which keyless requests go through; without them the services are reached directly. */
  proxy?: ProxySettings | undefined;
  /** Milliseconds the requests of each signature to the services may take together, from its first (SIGN_TIMEOUT past it); none: unbounded but for each request's own bound. */
  timeoutMs?: number | undefined;
}

/** One bundle made by a session. */
export interface SignedBundle {
  bundle: SerializedBundle;
  /** The file contents: the bundle's JSON and a newline. */
  text: string;
}

/** An in-toto Statement v1 as the attestation code builds it. */
export interface InTotoStatement {
  _type: string;
  subject: readonly { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate?: unknown;
}

/**
 * Signs blobs and in-toto statements for one release with one identity: keyless sessions fetch
 * the token and the certificate once and reuse them for every bundle. Every bundle is verified
 * offline against the policy its users will apply before it is returned.
 */
export interface SigningSession {
  readonly instance: SigningInstance;
  /** Signs bytes as a v0.3 message-signature bundle. `name` identifies them in errors. */
  signBlob(data: Buffer, name: string): Promise<SignedBundle>;
  /** Signs an in-toto statement as a v0.3 DSSE bundle. */
  signStatement(statement: InTotoStatement, name: string): Promise<SignedBundle>;
  /** Signs a file and writes `<file>.sigstore.json` (or `bundlePath`); returns the bundle path. */
  signFile(path: string, bundlePath?: string): Promise<string>;
  /** The identity (SAN) of the certificate this keyless session signed with; undefined for keys or before the first signature. */
  certificateIdentity(): string | undefined;
}

const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

function assertStatement(statement: InTotoStatement, name: string): void {
  const problems: string[] = [];
  if (statement._type !== IN_TOTO_STATEMENT_V1) problems.push(`_type is "${String(statement._type)}", expected "${IN_TOTO_STATEMENT_V1}"`);
  if (!Array.isArray(statement.subject) || statement.subject.length === 0) problems.push('it has no subject');
  else if (statement.subject.some((subject) => typeof subject?.name !== 'string' || Object.keys(subject.digest ?? {}).length === 0)) {
    problems.push('a subject lacks a name or a digest');
  }
  if (typeof statement.predicateType !== 'string' || statement.predicateType === '') problems.push('predicateType is missing');
  if (problems.length > 0) {
    throw new SignError('SIGN_STATEMENT_INVALID', `the in-toto statement for ${name} is not valid: ${problems.join('; ')}`, {
      hint: 'build statements with the attestation helpers; subjects need a name and a digest',
    });
  }
}

/** The first subject's strongest digest: a DSSE bundle verifies only for a subject of its statement. */
function subjectDigest(statement: InTotoStatement): ArtifactInput {
  const digest = statement.subject[0]?.digest ?? {};
  for (const algorithm of ['sha512', 'sha384', 'sha256'] as const) {
    const hex = digest[algorithm];
    if (hex !== undefined) return { digest: { algorithm, hex: hex.toLowerCase() } };
  }
  throw new SignError('SIGN_STATEMENT_INVALID', 'the statement\'s first subject has no sha256, sha384 or sha512 digest', {
    hint: 'give every subject a sha256 digest, as gh attestation verify and cosign expect',
  });
}

/** How long a Rekor v2 log may take to answer: it answers once a checkpoint covers the entry (rekor-tiles asks clients for 20 s). */
const REKOR_V2_TIMEOUT_MS = 20_000;

/**
 * Logs DSSE envelopes in Rekor v2 as rekor-tiles takes them: a `hashedrekord` whose digest is the
 * SHA-256 of the envelope's pre-authentication encoding (rekor-tiles 2.1+ has no `dsse` type;
 * sigstore-js 5 still sends one). Message signatures pass through unchanged.
 */
class RekorV2Witness implements Witness {
  constructor(private readonly inner: Witness) {}

  async testify(content: SignatureBundle, publicKey: string): Promise<VerificationMaterial> {
    if (content.$case === 'messageSignature') return this.inner.testify(content, publicKey);
    const { payloadType, payload, signatures } = content.dsseEnvelope;
    const digest = createHash('sha256').update(dsse.preAuthEncoding(payloadType, payload)).digest();
    const signature = signatures[0]?.sig ?? Buffer.alloc(0);
    return this.inner.testify({ $case: 'messageSignature', messageSignature: { messageDigest: { algorithm: HashAlgorithm.SHA2_256, digest }, signature } }, publicKey);
  }
}

/**
 * The Rekor witness. v1: `hashedrekord` entries for message signatures, `dsse` for statements; on
 * 409 "entry already exists" (a re-run submitting the same entry) it fetches the existing entry.
 * v2: `hashedrekord` entries for both (see {@link RekorV2Witness}).
 */
export function rekorWitness(rekorURL: string, entryType: 'dsse' | undefined, options: ServiceClientOptions, majorApiVersion: 1 | 2 = 1): Witness {
  const base = serviceBaseURL(rekorURL);
  if (majorApiVersion === 2) {
    const retry = { ...options.retry, timeoutMs: Math.max(options.retry.timeoutMs, REKOR_V2_TIMEOUT_MS) };
    const rekor = new RekorWitness({ rekorBaseURL: base, majorApiVersion: 2 });
    routeRekorV2(rekor, base, new ServiceClient('Rekor', { ...options, retry }));
    return new ReportingWitness(new RekorV2Witness(rekor), 'Rekor', `${base}/api/v2/log/entries`);
  }
  const rekor = new RekorWitness({ rekorBaseURL: base, entryType });
  routeRekorV1(rekor, base, new ServiceClient('Rekor', options));
  return new ReportingWitness(rekor, 'Rekor', `${base}/api/v1/log/entries`);
}

function keylessWitnesses(endpoints: SigstoreEndpoints, instance: 'public-good' | 'github', options: ServiceClientOptions, entryType: 'dsse' | undefined): Witness[] {
  const witnesses: Witness[] = [];
  if (instance === 'public-good' && endpoints.rekorURL !== undefined) witnesses.push(rekorWitness(endpoints.rekorURL, entryType, options, endpoints.rekorApiVersion));
  if (endpoints.tsaURL !== undefined) {
    const base = serviceBaseURL(endpoints.tsaURL);
    const tsa = new TSAWitness({ tsaBaseURL: base });
    routeTimestampAuthority(tsa, base, new ServiceClient('TSA', options));
    witnesses.push(new ReportingWitness(tsa, 'TSA', timestampURL(base)));
  }
  return witnesses;
}

/** Builds the signer, witnesses and self-check of a backend. */
function assemble(options: SigningSessionOptions): { builders: BundleBuilders; expected: () => ExpectedSigner; certificateIdentity: () => string | undefined; deadline: SigningDeadline | undefined } {
  const { backend } = options;
  // One deadline for every service of a signature: the signature's time, not each service's.
  const deadline = options.timeoutMs === undefined ? undefined : new SigningDeadline(options.timeoutMs);
  const services: ServiceClientOptions = { retry: options.retry, proxy: options.proxy, deadline };
  if (backend.instance === 'key') {
    const signer = new LocalKeySigner(backend.key);
    return {
      builders: bundleBuilders(signer, [], []),
      expected: () => ({ kind: 'key', publicKey: backend.key.publicKey, source: 'the signing key' }),
      certificateIdentity: () => undefined,
      deadline: undefined,
    };
  }
  if (backend.endpoints.rekorApiVersion === 2 && backend.endpoints.rekorURL !== undefined && backend.endpoints.tsaURL === undefined) {
    throw new SignError('SIGN_TIMESTAMP_AUTHORITY_REQUIRED', `the Rekor v2 log ${backend.endpoints.rekorURL} records no integration time, and no timestamp authority is named to date the signature`, {
      hint: 'give a timestamp authority as well (--tsa-url, input "tsa-url"; or a signing config listing one in tsaUrls)',
    });
  }
  const signer = new KeylessSigner({
    fulcioURL: serviceBaseURL(backend.endpoints.fulcioURL),
    identity: { getToken: () => backend.identity.token() },
    client: new ServiceClient('Fulcio', services),
  });
  return {
    builders: bundleBuilders(
      signer,
      keylessWitnesses(backend.endpoints, backend.instance, services, undefined),
      keylessWitnesses(backend.endpoints, backend.instance, services, 'dsse'),
    ),
    expected: () => ({
      kind: 'certificate',
      identity: backend.identity.expectedIdentity,
      issuer: backend.identity.issuer,
      trust: backend.trust,
    }),
    certificateIdentity: () => signer.certificateIdentity(),
    deadline,
  };
}

/**
 * Whether a Rekor v2 log refused an entry as one it holds already. The session's signatures are never
 * repeated (ECDSA signs with a fresh nonce), so only a POST retried after its answer was lost meets
 * this; rekor-tiles, unlike Rekor v1, cannot give the entry back by its content.
 */
function lostRekorV2Entry(error: unknown): boolean {
  return error instanceof SigningServiceError && error.service === 'Rekor' && error.status === 409 && error.url.endsWith('/api/v2/log/entries');
}

/**
 * Builds a bundle; when Rekor v2 already holds its entry from an attempt whose answer was lost, signs
 * once more, which makes a new entry (the first stays in the log, unused, as when a job fails after
 * logging). One more time only: the retries inside were the transport's.
 */
async function buildOnce(create: () => Promise<Bundle>): Promise<Bundle> {
  try {
    return await create();
  } catch (error) {
    if (!lostRekorV2Entry(error)) throw error;
    return create();
  }
}

/** Starts a signing session over a backend (nothing is requested until the first signature). */
export function createSigningSession(options: SigningSessionOptions): SigningSession {
  const { builders, expected, certificateIdentity, deadline } = assemble(options);
  // Each signature, the Rekor v2 re-sign included, within its own deadline.
  const signature = (create: () => Promise<Bundle>): Promise<Bundle> => (deadline === undefined ? buildOnce(create) : deadline.signature(() => buildOnce(create)));

  const finish = (bundle: Bundle, artifact: ArtifactInput, name: string): SignedBundle => {
    const serialized = serializeBundle(bundle);
    checkBundle(serialized, artifact, expected(), name);
    return { bundle: serialized, text: `${JSON.stringify(serialized)}\n` };
  };

  const session: SigningSession = {
    instance: options.backend.instance,
    certificateIdentity,
    async signBlob(data, name) {
      return finish(await signature(() => builders.blob.create({ data })), { bytes: data }, name);
    },
    async signStatement(statement, name) {
      assertStatement(statement, name);
      const artifact = subjectDigest(statement);
      const data = Buffer.from(JSON.stringify(statement), 'utf8');
      return finish(await signature(() => builders.statement.create({ data, type: IN_TOTO_PAYLOAD_TYPE })), artifact, name);
    },
    async signFile(path, bundlePath = defaultBundlePath(path)) {
      let data: Buffer;
      try {
        data = await readRegularFile(path, { maxBytes: INPUT_LIMITS.artifactWhole, what: 'artifact', unchanged: true });
      } catch (error) {
        if (isTrustKitError(error)) throw error;
        const { why, hint } = readFailure(error, 'the file');
        throw new SignError('SIGN_INPUT_UNREADABLE', `cannot read ${path}: ${why}`, { cause: error, hint });
      }
      const signed = await session.signBlob(data, path);
      await writeFileAtomic(bundlePath, signed.text);
      return bundlePath;
    },
  };
  return session;
}
