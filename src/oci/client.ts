import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { digestBytes, parseDigestReference } from '../core/digest.js';
import { isTrustKitError, messageOf, systemErrorCode } from '../core/errors.js';
import { isLoopbackHostname, type ProxySettings } from '../core/proxy.js';
import { DEFAULT_RETRY_POLICY, pastBudget, retryAfterMs, withRetry, type FailureKind, type RetryPolicy } from '../core/retry.js';
import { watchTransferRate } from '../core/transfer-rate.js';
import { uriComponentEncoded } from '../secrets/forms.js';
import { redact, SecretBuffer } from '../secrets/index.js';
import { VERSION } from '../core/version.js';
import { parseChallenges, repositoryScope, type AuthChallenge } from './auth.js';
import { jsonErrorPosition, type CredentialSource, type RegistryCredentials } from './credentials.js';
import { printable } from '../core/logger.js';
import { boundedText, quoted } from '../core/quote.js';
import { OciError, type OciErrorCode } from './errors.js';
import { MANIFEST_MEDIA_TYPES, MAX_MANIFEST_BYTES, MEDIA_TYPES, newestFirst, parseManifest, type Descriptor, type ImageIndex, type Manifest } from './manifest.js';
import { formatImageReference, registryApiHost, withDigest, type DigestReference, type ImageReference } from './reference.js';
import { discardBody, nodeTransport, readBody, type HttpRequest, type HttpResponse, type Transport } from './transport.js';

/** A repository in a registry, without a tag or digest. */
export interface RepositoryName {
  readonly registry: string;
  readonly repository: string;
}

/** Options of a {@link RegistryClient}. */
export interface RegistryClientOptions {
  /** Where credentials come from; anonymous access when absent. The client's {@link RegistryClient.close} closes it too (one source per client). */
  readonly credentials?: CredentialSource;
  /** Registries reached over plain HTTP (cosign's --allow-http-registry): `true` for all, or their names. */
  readonly plainHttp?: boolean | readonly string[];
  /** Extra PEM certificate authorities for TLS (a private registry's CA). */
  readonly ca?: string | Buffer | readonly (string | Buffer)[];
  /** Accept any TLS certificate (cosign's --allow-insecure-registry). */
  readonly skipTlsVerify?: boolean;
  /** The runner's proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), followed as @actions/http-client follows them; without them registries are reached directly. */
  readonly proxy?: ProxySettings;
  readonly retry?: RetryPolicy;
  /** How retries wait; tests pass one that does not. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Replaces the Node.js transport (the options above that shape connections then do not apply). */
  readonly transport?: Transport;
  /**
   * How long the client may wait on registries' answers in all (requests, their retries and the
   * bodies read whole; not blobs streamed to the caller): past it, no request starts. Each call is
   * bounded by the retry policy; this bounds a run of many calls against a registry that answers
   * each one as slowly as it may. Unbounded when absent.
   */
  readonly totalBudgetMs?: number;
}

/** A manifest as fetched: its exact bytes, their digest, and the parsed document. */
export interface FetchedManifest {
  readonly reference: DigestReference;
  readonly bytes: Buffer;
  readonly mediaType: string;
  readonly manifest: Manifest;
}

/** Blob content to push: its digest and size known up front, its bytes readable again for each attempt. */
export interface BlobSource {
  readonly digest: string;
  readonly size: number;
  open(): AsyncIterable<Uint8Array>;
}

/** How {@link RegistryClient.pushBlob} uploads. */
export interface PushBlobOptions {
  /** Upload in PATCH chunks of this many bytes instead of one PUT. */
  readonly chunkBytes?: number;
  /** Ask the registry to mount the blob from this repository of the same registry instead of uploading it. */
  readonly mountFrom?: string;
}

/** How a blob push ended. */
export type BlobPushOutcome = 'exists' | 'mounted' | 'uploaded';

/** How referrers were found or written: the OCI 1.1 referrers API, or the `sha256-<hex>` tag schema. */
export type ReferrersVia = 'api' | 'tag';

/** A listed referrer, or a listing, that may hold the artifact type asked for but could not be told to: why, and where. */
export interface UnresolvedReferrer {
  readonly source: string;
  readonly reason: string;
}

/** The artifacts that refer to a manifest. */
export interface Referrers {
  readonly descriptors: readonly Descriptor[];
  readonly via: ReferrersVia;
  /**
   * What may be of the type asked for but could not be told to be: a referrer listed with no type
   * whose manifest could not be read, those past the bound on lookups, a referrers tag that holds
   * no index. Anyone who may push to the repository can add these, so they are reported, not thrown.
   */
  readonly unresolved: readonly UnresolvedReferrer[];
}

const MAX_ERROR_BODY_BYTES = 64 * 1024;
const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 5;
const MAX_REFERRER_PAGES = 64;
/**
 * The most referrers one listing holds across its pages: an image re-signed daily for years has a
 * few thousand; 64 pages of 4 MiB hold millions of descriptors, and a gigabyte of memory with them.
 */
const MAX_REFERRERS = 10_000;
/**
 * Referrers whose type is looked up in their own manifest, at most, per listing, newest first:
 * go-containerregistry's registry lists every referrer with the empty config's type, so on it this
 * bounds the referrers of any type an image may have before one is missed (and reported).
 */
const MAX_ARTIFACT_TYPE_LOOKUPS = 1024;
/** The errors of a referrer's manifest that its content causes, which whoever pushed it chose: the lookup of its type is then unresolved, not the listing's failure. */
const UNRESOLVED_LOOKUP_CODES: ReadonlySet<string> = new Set(['OCI_MANIFEST_INVALID', 'OCI_TOO_LARGE', 'OCI_DIGEST_MISMATCH']);
const TOKEN_REFRESH_MARGIN_MS = 10_000;
/** A token fit for `Authorization: Bearer`: visible ASCII, no space (RFC 6750's b64token and the JWTs registries issue are within it). */
const BEARER_TOKEN = /^[\x21-\x7e]+$/;
/** No token service issues a shorter token; one would be masked in the log wherever its letters occur. */
const MIN_TOKEN_LENGTH = 4;
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE']);

// Node's codes for a certificate chain it could not verify or a name it does not cover.
const TLS_TRUST_CODES = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_UNTRUSTED']);

/** A token from a registry's token service: a credential for its scopes until it expires, so a secret (masked, redacted) like the password that got it. */
interface RegistryToken {
  secret: SecretBuffer;
  expiresAt: number;
}

interface RegistryAuthState {
  challenge?: AuthChallenge;
  /** The credentials a Basic challenge is answered with, checked once; their header is made per request, never kept. */
  basic?: RegistryCredentials;
  readonly tokens: Map<string, RegistryToken>;
}

/** What a request is authorized with: the header, and the cached token it was made from. */
interface Authorization {
  header: string;
  token?: RegistryToken;
}

interface CallOptions {
  readonly method: string;
  readonly url: URL;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: HttpRequest['body'];
  /** Token scopes this request needs. */
  readonly scopes: readonly string[];
}

/**
 * A client of the OCI distribution API for many registries at once: challenge-driven auth (Basic,
 * Bearer token services), manifests and blobs checked against their digests, uploads (monolithic,
 * chunked, cross-repository mounts), referrers (API or tag schema), and retries within a budget.
 */
export class RegistryClient {
  readonly #credentials: CredentialSource | undefined;
  readonly #plainHttp: boolean | ReadonlySet<string>;
  readonly #retry: RetryPolicy;
  readonly #sleep: ((ms: number) => Promise<void>) | undefined;
  readonly #transport: Transport;
  readonly #auth = new Map<string, RegistryAuthState>();
  readonly #credentialLookups = new Map<string, Promise<RegistryCredentials | undefined>>();
  readonly #totalBudgetMs: number | undefined;
  #spentMs = 0;

  constructor(options: RegistryClientOptions = {}) {
    this.#credentials = options.credentials;
    this.#plainHttp = typeof options.plainHttp === 'boolean' || options.plainHttp === undefined ? options.plainHttp === true : new Set(options.plainHttp);
    this.#retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.#sleep = options.sleep;
    this.#totalBudgetMs = options.totalBudgetMs;
    this.#transport =
      options.transport ??
      nodeTransport({
        timeoutMs: this.#retry.timeoutMs,
        userAgent: `trust-kit/${VERSION}`,
        ...(options.ca === undefined ? {} : { ca: options.ca }),
        ...(options.skipTlsVerify === undefined ? {} : { skipTlsVerify: options.skipTlsVerify }),
        ...(options.proxy === undefined ? {} : { proxy: options.proxy }),
      });
  }

  /** Closes the client's connections (call it when done, so the process can exit) and wipes its tokens and the credentials its source made. */
  close(): void {
    this.#transport.close();
    this.#credentials?.close?.();
    for (const state of this.#auth.values()) forgetTokens(state);
  }

  /**
   * Fetches the manifest a reference names (its digest when it has one, else its tag) and pins it:
   * the digest is computed from the bytes received. A manifest whose bytes do not hash to the digest
   * asked for, or to the digest the registry claims for a tag, is refused.
   */
  async getManifest(reference: ImageReference, accept: readonly string[] = MANIFEST_MEDIA_TYPES): Promise<FetchedManifest> {
    const target = reference.digest === undefined ? checkedTag(reference.tag ?? 'latest') : normalizedDigest(reference.digest);
    reference = reference.digest === undefined ? reference : { ...reference, digest: target };
    const shown = formatImageReference(reference);
    return this.#withRetry(`GET manifest ${shown}`, async () => {
      const response = await this.#call(reference, {
        method: 'GET',
        url: this.#url(reference, `/manifests/${target}`),
        headers: { accept: accept.join(', ') },
        scopes: [repositoryScope(reference.repository, 'pull')],
      });
      await this.#expect(response, [200], `manifest ${shown}`);
      const bytes = await this.#read(response, MAX_MANIFEST_BYTES, `manifest ${shown}`);
      const algorithm = reference.digest === undefined ? 'sha256' : parseDigestReference(reference.digest).algorithm;
      const digest = `${algorithm}:${digestBytes(algorithm, bytes)}`;
      const claimed = header(response, 'docker-content-digest');
      if (reference.digest !== undefined && digest !== reference.digest) throw digestMismatch(`manifest ${shown}`, reference.digest, digest);
      if (claimed !== undefined && claimed.startsWith(`${algorithm}:`) && claimed !== digest) throw digestMismatch(`manifest ${shown}`, claimed, digest);
      const manifest = parseManifest(bytes, header(response, 'content-type'), shown);
      return { reference: withDigest(reference, digest), bytes, mediaType: manifest.manifest.mediaType, manifest };
    });
  }

  /** Resolves a reference to the digest of its manifest, once: what is signed and printed. */
  async resolve(reference: ImageReference): Promise<FetchedManifest> {
    return this.getManifest(reference);
  }

  /**
   * Uploads a manifest under a tag or its own digest and returns its digest, and the subject the
   * registry says it recorded (the OCI-Subject header of registries with the referrers API).
   */
  async putManifest(repository: RepositoryName, bytes: Uint8Array, mediaType: string, tag?: string): Promise<{ digest: string; subjectDigest?: string }> {
    if (bytes.byteLength > MAX_MANIFEST_BYTES) {
      throw new OciError('OCI_TOO_LARGE', `manifest for ${repository.registry}/${repository.repository} is ${bytes.byteLength} bytes, more than the ${MAX_MANIFEST_BYTES} registries accept`, {
        hint: 'split the index or drop annotations',
      });
    }
    const digest = `sha256:${digestBytes('sha256', bytes)}`;
    const target = tag === undefined ? digest : checkedTag(tag);
    const shown = `${repository.registry}/${repository.repository}${tag === undefined ? `@${digest}` : `:${tag}`}`;
    return this.#withRetry(`PUT manifest ${shown}`, async () => {
      const response = await this.#call(repository, {
        method: 'PUT',
        url: this.#url(repository, `/manifests/${target}`),
        headers: { 'content-type': mediaType },
        body: bytes,
        scopes: [repositoryScope(repository.repository, 'pull,push')],
      });
      await this.#expect(response, [201, 200], `manifest ${shown}`);
      await this.#discard(response);
      const stored = header(response, 'docker-content-digest');
      if (stored !== undefined && stored.startsWith('sha256:') && stored !== digest) throw digestMismatch(`stored manifest ${shown}`, digest, stored);
      const subjectDigest = header(response, 'oci-subject');
      return { digest, ...(subjectDigest === undefined ? {} : { subjectDigest }) };
    });
  }

  /** Whether the repository holds a blob, by HEAD. */
  async blobExists(repository: RepositoryName, digest: string): Promise<boolean> {
    digest = normalizedDigest(digest);
    return this.#withRetry(`HEAD blob ${digest}`, async () => {
      const response = await this.#call(repository, {
        method: 'HEAD',
        url: this.#url(repository, `/blobs/${digest}`),
        scopes: [repositoryScope(repository.repository, 'pull')],
      });
      response.body.resume();
      if (response.status === 404) return false;
      await this.#expect(response, [200], `blob ${digest}`);
      return true;
    });
  }

  /** Reads a whole blob of at most `maxBytes`, checked against its digest. */
  async readBlob(repository: RepositoryName, digest: string, maxBytes: number): Promise<Buffer> {
    digest = normalizedDigest(digest);
    return this.#withRetry(`GET blob ${digest}`, async () => {
      const response = await this.#openBlobResponse(repository, digest);
      const bytes = await this.#read(response, maxBytes, `blob ${digest}`);
      const { algorithm } = parseDigestReference(digest);
      const actual = `${algorithm}:${digestBytes(algorithm, bytes)}`;
      if (actual !== digest) throw digestMismatch(`blob ${repository.registry}/${repository.repository}@${digest}`, digest, actual);
      return bytes;
    });
  }

  /**
   * Streams a blob: the stream errors with OCI_TOO_LARGE past `maxBytes`, with OCI_NETWORK when it
   * has come slower than MIN_TRANSFER_BYTES_PER_SECOND (core/transfer-rate) on average past the
   * attempt's timeout, and with OCI_DIGEST_MISMATCH at its end when the bytes do not hash to
   * `digest`; consume it to the end before trusting anything read from it.
   */
  async openBlob(repository: RepositoryName, digest: string, maxBytes: number, bound: 'limit' | 'declared' = 'limit'): Promise<Readable> {
    digest = normalizedDigest(digest);
    const response = await this.#withRetry(`GET blob ${digest}`, () => this.#openBlobResponse(repository, digest));
    const declared = Number(response.headers['content-length']);
    // `declared`: maxBytes is the size the (digest-checked) manifest gives the blob, so more is another blob than the image's, not a limit to raise.
    const tooLarge = (size?: string): OciError => {
      const is = size === undefined ? 'is larger than' : `is ${size} bytes, more than`;
      return bound === 'declared'
        ? new OciError('OCI_DIGEST_MISMATCH', `blob ${digest} of ${repository.registry}/${repository.repository} ${is} the ${maxBytes} its manifest declares`, { hint: "the registry serves other bytes than the image's manifest names: the blob was altered or damaged; report it to the registry's operators" })
        : new OciError('OCI_TOO_LARGE', `blob ${digest} ${is} the ${maxBytes} bytes allowed`, { hint: 'check the reference, or raise the limit if the content is genuine' });
    };
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body.destroy();
      throw tooLarge(String(declared));
    }
    const { algorithm } = parseDigestReference(digest);
    const hash = createHash(algorithm);
    let total = 0;
    // Each byte within the idle timeout, a trickle would hold the caller for as long as the size cap allows: it is abandoned as a whole body read is.
    const watch = watchTransferRate(this.#retry.timeoutMs, (detail) =>
      verifying.destroy(new OciError('OCI_NETWORK', `blob ${digest} from ${response.url.host} came ${detail}`, { hint: 'the registry or the network is failing; check them and try again' })),
    );
    const verifying = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        watch.moved(chunk.length);
        total += chunk.length;
        if (total > maxBytes) {
          callback(tooLarge());
          return;
        }
        hash.update(chunk);
        callback(null, chunk);
      },
      flush(callback) {
        const actual = `${algorithm}:${hash.digest('hex')}`;
        callback(actual === digest ? null : digestMismatch(`blob ${repository.registry}/${repository.repository}@${digest}`, digest, actual));
      },
    });
    // A connection that breaks off mid-body (reset, closed early, idle past the transport's timeout) is the network's failure, said so;
    // the blob's bytes are being read by then, so it is not retried: the command fails, and a run again fetches it whole.
    response.body.on('error', (error) =>
      verifying.destroy(
        isTrustKitError(error)
          ? error
          : new OciError('OCI_NETWORK', `blob ${digest} from ${response.url.host}: the connection broke off after ${total} bytes (${printable(messageOf(error))})`, { cause: error, hint: 'the registry or the network failed while the layer was read; check them and run the command again' }),
      ),
    );
    // Held back by the reader (an image SBOM cataloging a layer), the body is paused: that time is not the registry's.
    response.body.on('pause', () => watch.hold());
    response.body.on('resume', () => watch.release());
    verifying.on('close', () => {
      watch.stop();
      // A stream given up on (by the watch or the caller) closes the connection it came on instead of leaving it to send on.
      if (!response.body.readableEnded) response.body.destroy();
    });
    return response.body.pipe(verifying);
  }

  /**
   * Pushes a blob unless the repository has it: by mounting it from another repository when asked
   * and the registry agrees, else by one PUT or in PATCH chunks. A failed upload session is started
   * again from the beginning within the retry budget.
   */
  async pushBlob(repository: RepositoryName, blob: BlobSource, options: PushBlobOptions = {}): Promise<BlobPushOutcome> {
    parseDigestReference(blob.digest);
    if (await this.blobExists(repository, blob.digest)) return 'exists';
    const scopes = [repositoryScope(repository.repository, 'pull,push'), ...(options.mountFrom === undefined ? [] : [repositoryScope(options.mountFrom, 'pull')])];
    const shown = `blob ${blob.digest} to ${repository.registry}/${repository.repository}`;
    return this.#withRetry(`push ${shown}`, async () => {
      const start = this.#url(repository, '/blobs/uploads/');
      if (options.mountFrom !== undefined) {
        start.searchParams.set('mount', blob.digest);
        start.searchParams.set('from', options.mountFrom);
      }
      const started = await this.#call(repository, { method: 'POST', url: start, scopes });
      await this.#expect(started, options.mountFrom === undefined ? [202] : [201, 202], `upload of ${shown}`);
      await this.#discard(started);
      if (started.status === 201) return 'mounted';
      let location = this.#location(started, `upload of ${shown}`);
      if (options.chunkBytes === undefined) {
        const put = withQuery(location, 'digest', blob.digest);
        const done = await this.#call(repository, {
          method: 'PUT',
          url: put,
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
          body: () => blob.open(),
          scopes,
        });
        await this.#expect(done, [201], `upload of ${shown}`);
        await this.#discard(done);
        return 'uploaded';
      }
      let offset = 0;
      for await (const chunk of rechunk(blob.open(), Math.max(1, options.chunkBytes))) {
        const patched = await this.#call(repository, {
          method: 'PATCH',
          url: location,
          headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
          body: chunk,
          scopes,
        });
        await this.#expect(patched, [202], `chunk at ${offset} of ${shown}`);
        await this.#discard(patched);
        location = this.#location(patched, `upload of ${shown}`);
        offset += chunk.length;
      }
      if (offset !== blob.size) {
        throw new OciError('OCI_SIZE_MISMATCH', `${shown}: its source gave ${offset} bytes, ${blob.size} were announced`, { hint: 'the blob changed while it was pushed; build it again' });
      }
      const done = await this.#call(repository, { method: 'PUT', url: withQuery(location, 'digest', blob.digest), scopes });
      await this.#expect(done, [201], `upload of ${shown}`);
      await this.#discard(done);
      return 'uploaded';
    });
  }

  /**
   * The artifacts that refer to a manifest: from the referrers API when the registry serves it, else
   * from the `sha256-<hex>` tag index of the referrers tag schema; filtered by artifact type when one
   * is given (by the registry when it says it filtered, else here).
   */
  async referrers(subject: DigestReference, artifactType?: string): Promise<Referrers> {
    const fromApi = await this.#referrersFromApi(subject, artifactType);
    if (fromApi !== undefined) {
      return fromApi.filtered ? { descriptors: fromApi.descriptors, via: 'api', unresolved: [] } : { ...(await this.#ofType(subject, fromApi.descriptors, artifactType)), via: 'api' };
    }
    let index: ImageIndex | undefined;
    try {
      index = await this.#fallbackIndex(subject);
    } catch (error) {
      // The tag is anyone's to write who may push: what it holds instead of an index hides no referrer the API would list, and is said.
      if (isTrustKitError(error) && error.code === 'OCI_MANIFEST_INVALID') return { descriptors: [], via: 'tag', unresolved: [{ source: fallbackTag(subject.digest), reason: `${error.code}: ${error.message}` }] };
      throw error;
    }
    return { ...(await this.#ofType(subject, index?.manifests ?? [], artifactType)), via: 'tag' };
  }

  /**
   * The descriptors of an artifact type. A descriptor that names no type, or the empty config's
   * (go-containerregistry's registry lists the config's media type there), is looked up, newest
   * first: its manifest's artifactType, else its config's media type, as the spec derives it. One
   * whose manifest is not found is left out; one whose manifest cannot be read, and those past
   * {@link MAX_ARTIFACT_TYPE_LOOKUPS}, are unresolved.
   */
  async #ofType(subject: DigestReference, descriptors: readonly Descriptor[], artifactType: string | undefined): Promise<Omit<Referrers, 'via'>> {
    if (artifactType === undefined) return { descriptors: [...descriptors], unresolved: [] };
    const typed: Descriptor[] = [];
    const unresolved: UnresolvedReferrer[] = [];
    let lookups = 0;
    let notLookedUp = 0;
    for (const descriptor of newestFirst(descriptors)) {
      let type = descriptor.artifactType;
      if (type === undefined || type === MEDIA_TYPES.ociEmpty) {
        if (lookups === MAX_ARTIFACT_TYPE_LOOKUPS) {
          notLookedUp += 1;
          continue;
        }
        lookups += 1;
        let fetched: FetchedManifest;
        try {
          fetched = await this.getManifest({ registry: subject.registry, repository: subject.repository, digest: descriptor.digest });
        } catch (error) {
          // A referrer deleted after the tag schema's index listed it (or a registry's stale listing) is of no type: the others are still listed.
          if (isTrustKitError(error) && error.code === 'OCI_NOT_FOUND') continue;
          // What anyone who may push could have written (an invalid manifest, one too large) keeps the others from being read only if thrown.
          if (isTrustKitError(error) && UNRESOLVED_LOOKUP_CODES.has(error.code)) {
            unresolved.push({ source: `referrer ${descriptor.digest}`, reason: `${error.code}: ${error.message}` });
            continue;
          }
          throw error;
        }
        type = fetched.manifest.manifest.artifactType ?? (fetched.manifest.kind === 'image' ? fetched.manifest.manifest.config.mediaType : undefined);
      }
      if (type === artifactType) typed.push({ ...descriptor, artifactType: type });
    }
    if (notLookedUp > 0) {
      unresolved.push({ source: `referrers of ${formatImageReference(subject)}`, reason: `${notLookedUp} more listed with no artifact type were not looked at: only the newest ${MAX_ARTIFACT_TYPE_LOOKUPS} such are` });
    }
    return { descriptors: typed, unresolved };
  }

  /**
   * Pushes an artifact manifest whose `subject` is `subject` and makes it discoverable: registries
   * with the referrers API index it themselves; for the others the `sha256-<hex>` tag index is read,
   * extended and written back (a read-modify-write: two writers at once can lose an entry, as with
   * every client of the tag schema).
   */
  async pushReferrer(subject: DigestReference, bytes: Uint8Array, mediaType: string): Promise<{ digest: string; via: ReferrersVia }> {
    const shown = formatImageReference(subject);
    const parsed = parseManifest(bytes, mediaType, `referrer of ${shown}`);
    if (parsed.manifest.subject?.digest !== subject.digest) {
      throw new OciError('OCI_MANIFEST_INVALID', `the referrer pushed for ${shown} names ${parsed.manifest.subject?.digest ?? 'no subject'} as its subject`, {
        hint: 'this is a bug in the code that built the artifact manifest',
      });
    }
    const { digest, subjectDigest } = await this.putManifest(subject, bytes, mediaType);
    // Whether the API is there is the answer to its first page: the listing itself is not needed, however long.
    if (subjectDigest === subject.digest || (await this.#referrersFromApi(subject, undefined, { firstPageOnly: true })) !== undefined) return { digest, via: 'api' };
    const artifactType = parsed.manifest.artifactType ?? (parsed.kind === 'image' ? parsed.manifest.config.mediaType : undefined);
    const entry: Descriptor = {
      mediaType,
      digest,
      size: bytes.byteLength,
      ...(artifactType === undefined ? {} : { artifactType }),
      ...(parsed.manifest.annotations === undefined ? {} : { annotations: parsed.manifest.annotations }),
    };
    const current = await this.#fallbackIndex(subject);
    const manifests = current?.manifests ?? [];
    if (manifests.some((descriptor) => descriptor.digest === digest)) return { digest, via: 'tag' };
    const index: ImageIndex = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [...manifests, entry] };
    await this.putManifest(subject, Buffer.from(JSON.stringify(index)), MEDIA_TYPES.ociIndex, fallbackTag(subject.digest));
    return { digest, via: 'tag' };
  }

  async #referrersFromApi(subject: DigestReference, artifactType?: string, options: { firstPageOnly?: boolean } = {}): Promise<{ descriptors: Descriptor[]; filtered: boolean } | undefined> {
    const shown = `referrers of ${formatImageReference(subject)}`;
    return this.#withRetry(`GET ${shown}`, async () => {
      let url: URL | undefined = this.#url(subject, `/referrers/${subject.digest}`);
      if (artifactType !== undefined) url.searchParams.set('artifactType', artifactType);
      const descriptors: Descriptor[] = [];
      let filtered = artifactType !== undefined;
      for (let page = 0; url !== undefined; page += 1) {
        if (page === MAX_REFERRER_PAGES) {
          throw new OciError('OCI_TOO_LARGE', `${shown} run past ${MAX_REFERRER_PAGES} pages`, { hint: 'the registry keeps linking to further pages; report it to its operators' });
        }
        const response = await this.#call(subject, { method: 'GET', url, headers: { accept: MEDIA_TYPES.ociIndex }, scopes: [repositoryScope(subject.repository, 'pull')] });
        // A registry without the API answers 404 (or 405/400 for the unknown route) for the path.
        if (page === 0 && [404, 405, 400].includes(response.status)) {
          await this.#discard(response);
          return undefined;
        }
        await this.#expect(response, [200], shown);
        const bytes = await this.#read(response, MAX_MANIFEST_BYTES, shown);
        const parsed = parseManifest(bytes, MEDIA_TYPES.ociIndex, shown);
        if (parsed.kind !== 'index') throw new OciError('OCI_MANIFEST_INVALID', `${shown} is not an image index`, { hint: 'report it to the registry\'s operators' });
        if (descriptors.length + parsed.manifest.manifests.length > MAX_REFERRERS) {
          throw new OciError('OCI_TOO_LARGE', `${shown} list more than ${MAX_REFERRERS} referrers (${descriptors.length + parsed.manifest.manifests.length} in the first ${page + 1} page(s))`, {
            hint: 'the image has more signatures and attestations attached than a verifier reads; remove stale ones, or report the registry\'s listing to its operators',
          });
        }
        descriptors.push(...parsed.manifest.manifests);
        filtered &&= (header(response, 'oci-filters-applied') ?? '').split(',').map((value) => value.trim()).includes('artifactType');
        url = options.firstPageOnly === true ? undefined : nextPage(response, url, shown);
      }
      return { descriptors, filtered };
    });
  }

  async #fallbackIndex(subject: DigestReference): Promise<ImageIndex | undefined> {
    try {
      const fetched = await this.getManifest({ registry: subject.registry, repository: subject.repository, tag: fallbackTag(subject.digest) }, [MEDIA_TYPES.ociIndex]);
      if (fetched.manifest.kind !== 'index') {
        throw new OciError('OCI_MANIFEST_INVALID', `referrers tag ${fallbackTag(subject.digest)} of ${formatImageReference(subject)} holds an image manifest, not an index`, {
          hint: 'something else wrote that tag; remove it so the tag schema can be used',
        });
      }
      return fetched.manifest.manifest;
    } catch (error) {
      if (isTrustKitError(error) && error.code === 'OCI_NOT_FOUND') return undefined;
      throw error;
    }
  }

  async #openBlobResponse(repository: RepositoryName, digest: string): Promise<HttpResponse> {
    parseDigestReference(digest);
    const response = await this.#call(repository, {
      method: 'GET',
      url: this.#url(repository, `/blobs/${digest}`),
      scopes: [repositoryScope(repository.repository, 'pull')],
    });
    await this.#expect(response, [200], `blob ${digest}`);
    return response;
  }

  /** A whole body of at most `maxBytes`; one that trickles in (slower than a slow link) is abandoned after the attempt's timeout, not waited for. */
  #read(response: HttpResponse, maxBytes: number, what: string): Promise<Buffer> {
    return readBody(response, maxBytes, what, this.#retry.timeoutMs);
  }

  #discard(response: HttpResponse): Promise<void> {
    return discardBody(response, this.#retry.timeoutMs);
  }

  /**
   * The registry's API origin for a repository, as URL.origin writes it (the scheme's default port
   * left out): compared with the origin of each URL requested, `host:443` would never equal it, and
   * the registry's challenge would go unanswered.
   */
  #origin(registry: string): string {
    const plain = this.#plainHttp === true || (this.#plainHttp instanceof Set && this.#plainHttp.has(registry));
    return new URL(`${plain ? 'http' : 'https'}://${registryApiHost(registry)}`).origin;
  }

  #url(repository: RepositoryName, path: string): URL {
    // Names built by hand (not parsed from a reference) are checked too: they become a URL path.
    if (!REPOSITORY_NAME.test(repository.repository) || repository.repository.length > 255) {
      throw new OciError('OCI_REFERENCE_INVALID', `repository name "${repository.repository.slice(0, 200)}" is invalid`, { hint: 'repositories are lowercase path components separated by /' });
    }
    return new URL(`${this.#origin(repository.registry)}/v2/${repository.repository}${path}`);
  }

  #location(response: HttpResponse, what: string): URL {
    const location = header(response, 'location');
    if (location === undefined) throw new OciError('OCI_REGISTRY_ERROR', `${what}: the registry gave no Location to upload to`, { status: response.status, hint: 'report it to the registry\'s operators' });
    const next = URL.parse(location, response.url.href);
    if (next === null) throw new OciError('OCI_REGISTRY_ERROR', `${what}: the registry gave an upload Location that is not a URL`, { status: response.status, hint: 'report it to the registry\'s operators' });
    // A registry behind a TLS proxy that does not say so (X-Forwarded-Proto) hands out http:// upload URLs: the upload would leave TLS, and fail there without the credentials.
    if (response.url.protocol === 'https:' && next.protocol !== 'https:') {
      throw new OciError('OCI_INSECURE', `${what}: ${response.url.host} gave an upload location on ${next.protocol}//${next.host}, leaving TLS`, {
        hint: 'the registry or a proxy in front of it builds plain-HTTP upload URLs (a TLS proxy that does not set X-Forwarded-Proto); fix its configuration',
      });
    }
    return next;
  }

  /**
   * One request with auth and redirects: answers a 401 challenge once (Basic, or a token from the
   * Bearer token service for the scopes), follows redirects of GET and HEAD, and sends the
   * Authorization header only to the registry's own origin.
   */
  async #call(repository: RepositoryName, call: CallOptions): Promise<HttpResponse> {
    const origin = this.#origin(repository.registry);
    const state = this.#stateOf(repository.registry);
    let scopes = call.scopes;
    let answeredChallenge = false;
    for (;;) {
      const authorization = await this.#authorization(repository.registry, state, scopes);
      const response = await this.#follow({ method: call.method, url: call.url, headers: call.headers ?? {}, ...(call.body === undefined ? {} : { body: call.body }) }, origin, authorization?.header);
      // A 401 from where a redirect led (blob storage on another origin) is that host's, not a challenge of the registry: its realm would get the registry's credentials.
      if (response.status !== 401 || answeredChallenge || response.url.origin !== origin) return response;
      const challengeHeader = header(response, 'www-authenticate');
      await this.#discard(response);
      if (challengeHeader === undefined) return { ...response, body: emptyBody() };
      const challenge = parseChallenges(challengeHeader).find((candidate) => candidate.scheme === 'bearer' || candidate.scheme === 'basic');
      if (challenge === undefined) return { ...response, body: emptyBody() };
      state.challenge = challenge;
      // The scope this 401 names is for this request only; later requests name their own.
      scopes = [...scopes, ...(challenge.params.scope ?? '').split(' ').filter((scope) => scope.length > 0)];
      if (challenge.params.error === 'insufficient_scope') forgetTokens(state);
      // A token refused before its expires_in (revoked, or a service that overstates it) would otherwise be sent again, and refused, until it expires.
      for (const [key, token] of state.tokens) {
        if (token !== authorization?.token) continue;
        state.tokens.delete(key);
        token.secret.destroy();
      }
      answeredChallenge = true;
    }
  }

  async #follow(request: HttpRequest, origin: string, authorization: string | undefined): Promise<HttpResponse> {
    let current = request;
    for (let hop = 0; ; hop += 1) {
      const sameOrigin = current.url.origin === origin;
      const headers = { ...current.headers, ...(authorization !== undefined && sameOrigin ? { authorization } : {}) };
      const response = await this.#transport.send({ ...current, headers });
      const redirect = [301, 302, 303, 307, 308].includes(response.status) && (current.method === 'GET' || current.method === 'HEAD');
      if (!redirect) return response;
      await this.#discard(response);
      const location = header(response, 'location');
      if (location === undefined || hop === MAX_REDIRECTS) {
        throw new OciError('OCI_REDIRECT_INVALID', `${current.method} ${current.url.host}${current.url.pathname}: ${location === undefined ? 'a redirect without a Location' : `more than ${MAX_REDIRECTS} redirects`}`, {
          hint: 'report it to the registry\'s operators',
        });
      }
      const next = URL.parse(location, current.url.href);
      if (next === null) {
        throw new OciError('OCI_REDIRECT_INVALID', `${current.method} ${current.url.host}${current.url.pathname}: redirected to a Location that is not a URL`, { hint: 'the registry or a proxy in front of it answers with a redirect no registry client can follow; report it to its operators' });
      }
      // file:, data: and the like are no place a registry serves from: said of the registry, not taken for a network failure.
      if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new OciError('OCI_REDIRECT_INVALID', `${current.method} ${current.url.host}${current.url.pathname}: redirected to a ${next.protocol} URL, which is not HTTP(S)`, { hint: 'the registry or a proxy in front of it answers with a redirect no registry client follows; report it to its operators' });
      }
      if (current.url.protocol === 'https:' && next.protocol !== 'https:') {
        throw new OciError('OCI_INSECURE', `${current.url.host} redirected to ${next.protocol}//${next.host}, leaving TLS`, { hint: 'the registry or a proxy in front of it redirects to plain HTTP; refuse it and report it' });
      }
      current = { method: current.method, url: next, headers: current.headers };
    }
  }

  #stateOf(registry: string): RegistryAuthState {
    let state = this.#auth.get(registry);
    if (state === undefined) {
      state = { tokens: new Map() };
      this.#auth.set(registry, state);
    }
    return state;
  }

  async #credentialsFor(registry: string): Promise<RegistryCredentials | undefined> {
    if (this.#credentials === undefined) return undefined;
    let lookup = this.#credentialLookups.get(registry);
    if (lookup === undefined) {
      lookup = this.#credentials.credentialsFor(registry);
      this.#credentialLookups.set(registry, lookup);
    }
    return lookup;
  }

  async #authorization(registry: string, state: RegistryAuthState, scopes: readonly string[]): Promise<Authorization | undefined> {
    const challenge = state.challenge;
    if (challenge === undefined) return undefined;
    if (challenge.scheme === 'basic') {
      if (state.basic === undefined) {
        const credentials = await this.#credentialsFor(registry);
        if (credentials === undefined || credentials.identityToken === true) return undefined;
        if (!this.#origin(registry).startsWith('https:') && !isLoopback(registryApiHost(registry))) {
          throw new OciError('OCI_INSECURE', `${registry} asks for a password over plain HTTP`, { hint: 'serve the registry over TLS; trust-kit sends passwords over plain HTTP to loopback registries only' });
        }
        state.basic = credentials;
      }
      // The header must be a string (node:http takes no bytes): one per request, left to the garbage collector, never kept by the client.
      return { header: `Basic ${basicValue(state.basic)}` };
    }
    const wanted = [...new Set(scopes)].sort();
    const key = wanted.join(' ');
    let token = state.tokens.get(key);
    if (token === undefined || token.expiresAt - TOKEN_REFRESH_MARGIN_MS <= Date.now()) {
      const fresh = await this.#fetchToken(registry, challenge, wanted);
      // Another request for the same scopes may have cached one meanwhile: the one replaced is wiped.
      const replaced = state.tokens.get(key);
      state.tokens.set(key, fresh);
      if (replaced !== undefined && replaced !== fresh) replaced.secret.destroy();
      token = fresh;
    }
    // The header must be a string (node:http takes no bytes): one per request, never kept.
    return { header: token.secret.use((bytes) => `Bearer ${bytes.toString('latin1')}`), token };
  }

  async #fetchToken(registry: string, challenge: AuthChallenge, scopes: readonly string[]): Promise<RegistryToken> {
    // The token service's own host, once known: a rate limit or an outage there is not the registry's.
    let service = `the token service of ${registry}`;
    const failed = (why: string, code: OciErrorCode = 'OCI_TOKEN_FAILED', status?: number, retryAfter?: number): OciError =>
      new OciError(code, `${service} refused a token for ${scopes.join(' ') || 'no scope'}: ${why}`, {
        ...(status === undefined ? {} : { status }),
        // Waited for as the registry's own 429 and 503 are, and not past the retries' budget.
        ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
        hint:
          code === 'OCI_UNAUTHORIZED'
            ? `check the credentials for ${registry} (docker login, or the username/password inputs)`
            : status !== undefined && (status >= 500 || status === 429)
              ? 'the token service is failing or rate-limiting; try again later'
              : 'check the registry name; report it to the registry\'s operators if it persists',
      });
    const realmText = challenge.params.realm;
    // No token service was asked: the registry's challenge itself is broken.
    if (realmText === undefined) throw new OciError('OCI_AUTH_CHALLENGE_INVALID', `${registry} asks for a Bearer token, but its challenge names no realm (the token service to ask)`, { hint: 'report it to the registry\'s operators' });
    let realm: URL;
    try {
      realm = new URL(realmText);
    } catch (error) {
      // Redacted, then cut: a realm that echoes the password after padding of the registry's choosing kept its beginning.
      throw new OciError('OCI_AUTH_CHALLENGE_INVALID', `the token realm "${printable(redact(realmText)).slice(0, 200)}" of ${registry} is not a URL`, { cause: error, hint: 'report it to the registry\'s operators' });
    }
    service = `the token service ${realm.origin} of ${registry}`;
    const credentials = await this.#credentialsFor(registry);
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && (this.#origin(registry).startsWith('http:') || isLoopback(realm.hostname)))) {
      throw new OciError('OCI_INSECURE', `the token realm ${realm.origin} of ${registry} is not HTTPS`, { hint: 'a token service must be reached over TLS; allow plain HTTP for this registry only if it is on a trusted network' });
    }
    if (credentials !== undefined && realm.protocol !== 'https:' && !isLoopback(realm.hostname)) {
      throw new OciError('OCI_INSECURE', `the token realm ${realm.origin} of ${registry} would receive credentials over plain HTTP`, { hint: 'serve the token service over TLS' });
    }
    // A token got with the credentials stands for them (push, for its lifetime): it goes over plain HTTP to loopback only, as a password does.
    if (credentials !== undefined && !this.#origin(registry).startsWith('https:') && !isLoopback(registryApiHost(registry))) {
      throw new OciError('OCI_INSECURE', `${registry} is reached over plain HTTP: a token from its token service, got with its credentials, would travel in clear text`, {
        hint: 'serve the registry over TLS; trust-kit sends credentials, and tokens got with them, over plain HTTP to loopback registries only',
      });
    }
    let request: HttpRequest;
    /** A request body holding the refresh token, wiped once sent. */
    let sentSecret: Buffer | undefined;
    if (credentials?.identityToken === true) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: 'trust-kit', ...(challenge.params.service === undefined ? {} : { service: challenge.params.service }), scope: scopes.join(' ') });
      const body = credentials.secret.use((bytes) => uriComponentEncoded(bytes, `${form.toString()}&refresh_token=`));
      request = { method: 'POST', url: realm, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body };
      sentSecret = body;
    } else {
      const url = new URL(realm);
      if (challenge.params.service !== undefined) url.searchParams.set('service', challenge.params.service);
      for (const scope of scopes) url.searchParams.append('scope', scope);
      request = { method: 'GET', url, headers: credentials === undefined ? {} : { authorization: `Basic ${basicValue(credentials)}` } };
    }
    let response: HttpResponse;
    try {
      response = await this.#transport.send(request);
    } finally {
      sentSecret?.fill(0);
    }
    if (response.status === 401 || response.status === 403) {
      await this.#discard(response);
      throw failed(`HTTP ${response.status}`, 'OCI_UNAUTHORIZED', response.status);
    }
    if (response.status !== 200) {
      await this.#discard(response);
      throw failed(`HTTP ${response.status}`, 'OCI_TOKEN_FAILED', response.status, retryAfterMs(header(response, 'retry-after')));
    }
    const bytes = await this.#read(response, MAX_TOKEN_RESPONSE_BYTES, `token response of ${realm.origin}`);
    let document: unknown;
    try {
      document = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw failed(`the answer is not JSON${jsonErrorPosition(error)}`);
    } finally {
      bytes.fill(0);
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) throw failed('the answer is not a JSON object');
    const parsed = document as { token?: unknown; access_token?: unknown; expires_in?: unknown };
    const value = typeof parsed.token === 'string' && parsed.token.length > 0 ? parsed.token : parsed.access_token;
    if (typeof value !== 'string' || value.length === 0) throw failed('the answer holds no token');
    // The token is sent back as `Bearer <token>`: anything else than visible ASCII would change that header's meaning or be refused by the registry as garbage.
    if (!BEARER_TOKEN.test(value)) throw failed('the token holds characters an Authorization header cannot carry');
    // It is masked in the log as it arrives: a "token" of a letter or two would blank those letters in every later line.
    if (value.length < MIN_TOKEN_LENGTH) throw failed(`the token is ${value.length} character${value.length === 1 ? '' : 's'} long, too short to be a credential`);
    // The spec's default lifetime is 60 s when the service does not say.
    const lifetime = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
    // JSON.parse made a string of it, which no one can wipe; from here on it is a secret, masked in the log and redacted in errors.
    return { secret: SecretBuffer.from(Buffer.from(value, 'latin1')), expiresAt: Date.now() + lifetime * 1000 };
  }

  async #expect(response: HttpResponse, statuses: readonly number[], what: string): Promise<void> {
    if (statuses.includes(response.status)) return;
    const status = response.status;
    let detail = '';
    try {
      const body = await this.#read(response, MAX_ERROR_BODY_BYTES, 'an error response');
      const parsed = JSON.parse(body.toString('utf8')) as { errors?: { code?: unknown; message?: unknown }[] };
      detail = (parsed.errors ?? [])
        .map((entry) => [entry.code, entry.message].filter((part) => typeof part === 'string').join(': '))
        .filter((text) => text.length > 0)
        .join('; ');
      // A proxy or registry that echoes the request's Authorization header would put a token in the log.
      // Redacted now, not only when printed: the client may be closed, its tokens wiped, by then. Cut only once
      // redacted: cut first, a password the registry echoed after padding of its choosing lost its end, and with
      // it what the redaction matches, and its beginning was printed.
      // Made printable only once redacted too: a password holding a tab or DEL, made a space first, no longer matched.
      detail = printable(redact(detail.replace(/\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 ***'))).slice(0, 500);
    } catch {
      response.body.destroy();
    }
    const said = `HTTP ${status}${detail === '' ? '' : ` (${detail})`}`;
    const retryAfter = retryAfterMs(header(response, 'retry-after'));
    if (status === 401) throw new OciError('OCI_UNAUTHORIZED', `${what}: ${said}`, { status, hint: 'the registry refused the request without credentials or with the ones given: check docker login, --registry-username or GITHUB_TOKEN' });
    if (status === 403) throw new OciError('OCI_DENIED', `${what}: ${said}`, { status, hint: 'the credentials lack the permission (GHCR: packages: write); check the token\'s scopes' });
    if (status === 404) throw new OciError('OCI_NOT_FOUND', `${what}: ${said}`, { status, hint: 'check the reference: registry, repository, tag or digest' });
    throw new OciError('OCI_REGISTRY_ERROR', `${what}: ${said}`, {
      status,
      ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
      hint: status >= 500 || status === 429 ? 'the registry is failing or rate-limiting; try again later' : 'report it with the command you ran',
    });
  }

  async #withRetry<T>(what: string, attempt: () => Promise<T>): Promise<T> {
    if (this.#totalBudgetMs !== undefined && this.#spentMs >= this.#totalBudgetMs) {
      throw new OciError('OCI_NETWORK', `${what}: not sent: the registries' answers have taken more than ${this.#totalBudgetMs} ms in all`, {
        hint: 'a registry answered slowly or kept failing, call after call; check the registry and the network, and try again',
      });
    }
    const started = Date.now();
    try {
      return await withRetry(this.#retry, attempt, classify, this.#sleep);
    } catch (error) {
      // Not retried because the wait asked for is past the budget: said, or the message would read as a registry that never answered.
      const waited = error instanceof OciError && classify(error) !== 'permanent' ? pastBudget(error.retryAfterMs, this.#retry.budgetMs) : '';
      if (error instanceof OciError && waited !== '') {
        throw new OciError(error.code, `${error.message}${waited}`, {
          cause: error,
          ...(error.status === undefined ? {} : { status: error.status }),
          ...(error.hint === undefined ? {} : { hint: error.hint }),
        });
      }
      if (isTrustKitError(error)) throw error;
      const code = systemErrorCode(error) ?? '';
      // OpenSSL's words for a TLS handshake answered in plain HTTP: a registry:2 on localhost, say, which the flag exists for.
      if (/wrong version number/i.test(messageOf(error))) {
        throw new OciError('OCI_NETWORK', `${what}: the registry answered in plain HTTP, not TLS`, {
          cause: error,
          hint: 'trust-kit reaches registries over TLS; for a registry on a trusted network that serves plain HTTP, pass --allow-http-registry (the allow-http-registry input), else check the address and port',
        });
      }
      if (TLS_TRUST_CODES.has(code) || code.startsWith('ERR_TLS_CERT')) {
        throw new OciError('OCI_TLS_UNTRUSTED', `${what}: the registry's TLS certificate is not trusted (${messageOf(error)})`, {
          cause: error,
          hint: 'give the CA that issued the registry\'s certificate; skipping verification (--allow-insecure-registry) is for tests only',
        });
      }
      throw new OciError('OCI_NETWORK', `${what}: ${messageOf(error)}`, {
        cause: error,
        hint: 'the registry could not be reached or dropped the connection, within the retry budget; check the network (and the proxy, when the message names one: HTTPS_PROXY, NO_PROXY) and try again',
      });
    } finally {
      this.#spentMs += Date.now() - started;
    }
  }
}

const REPOSITORY_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

function checkedTag(tag: string): string {
  if (!TAG.test(tag)) throw new OciError('OCI_REFERENCE_INVALID', `tag "${tag.slice(0, 140)}" is invalid`, { hint: 'tags are 1-128 letters, digits, _, . or -, not starting with . or -' });
  return tag;
}

function normalizedDigest(digest: string): string {
  try {
    const { algorithm, hex } = parseDigestReference(digest);
    return `${algorithm}:${hex}`;
  } catch (error) {
    if (!isTrustKitError(error)) throw error;
    throw new OciError('OCI_REFERENCE_INVALID', error.message, { cause: error, hint: error.hint });
  }
}

/** The tag of the referrers tag schema for a digest: `sha256-<hex>`. */
export function fallbackTag(digest: string): string {
  return digest.replace(':', '-');
}

/** A blob source over bytes already in memory. */
export function blobFromBytes(bytes: Uint8Array): BlobSource {
  return {
    digest: `sha256:${digestBytes('sha256', bytes)}`,
    size: bytes.byteLength,
    async *open() {
      yield bytes;
    },
  };
}

function classify(error: unknown): FailureKind {
  if (error instanceof OciError) {
    const status = error.status;
    if (status === undefined || (status < 500 && status !== 429) || status === 501) return 'permanent';
    return error.retryAfterMs === undefined ? 'transient' : { retryAfterMs: error.retryAfterMs };
  }
  if (isTrustKitError(error)) return 'permanent';
  const code = systemErrorCode(error);
  if (code !== undefined && TRANSIENT_NETWORK_CODES.has(code)) return 'transient';
  return messageOf(error) === 'aborted' || messageOf(error) === 'socket hang up' ? 'transient' : 'permanent';
}

function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function digestMismatch(what: string, expected: string, actual: string): OciError {
  return new OciError('OCI_DIGEST_MISMATCH', `${what}: the registry sent content whose digest is ${actual}, not ${expected}`, {
    hint: 'the registry (or something between it and you) serves content other than what was asked for; do not trust it',
  });
}

/** `user:password` in base64 for a Basic header: the header must be a string, but the plaintext joined to make it is wiped. */
function basicValue(credentials: RegistryCredentials): string {
  return credentials.secret.use((secret) => {
    const joined = Buffer.concat([Buffer.from(`${credentials.username}:`), secret]);
    try {
      return joined.toString('base64');
    } finally {
      joined.fill(0);
    }
  });
}

/** Wipes the cached tokens of a registry (the client is closed, or the registry wants tokens of other scopes). */
function forgetTokens(state: RegistryAuthState): void {
  for (const token of state.tokens.values()) token.secret.destroy();
  state.tokens.clear();
}

/** Whether a host (`name[:port]`, as a registry is named, or a URL's host name) is this machine's loopback, by the rule the proxy settings follow. */
function isLoopback(host: string): boolean {
  return isLoopbackHostname((URL.parse(`http://${host}`) ?? URL.parse(`http://[${host}]`))?.hostname ?? host);
}

function withQuery(url: URL, name: string, value: string): URL {
  const copy = new URL(url);
  copy.searchParams.set(name, value);
  return copy;
}

function nextPage(response: HttpResponse, current: URL, what: string): URL | undefined {
  const link = header(response, 'link');
  const match = link === undefined ? null : /<([^>]*)>\s*;\s*rel="?next"?/.exec(link);
  if (!match?.[1]) return undefined;
  const next = URL.parse(match[1], current.href);
  if (next === null) {
    throw new OciError('OCI_REDIRECT_INVALID', `${what}: the next page's Link header names ${quoted(boundedText(match[1], 200))}, which is not a URL`, { hint: 'the registry answers with a link no registry client can follow; report it to its operators' });
  }
  if (next.origin !== current.origin) {
    throw new OciError('OCI_REDIRECT_INVALID', `${what}: the next page is on another origin (${next.origin})`, { hint: 'report it to the registry\'s operators' });
  }
  return next;
}

async function* rechunk(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of source) {
    let rest = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (pendingBytes + rest.length >= size) {
      const take = size - pendingBytes;
      yield Buffer.concat([...pending, rest.subarray(0, take)]);
      rest = rest.subarray(take);
      pending = [];
      pendingBytes = 0;
    }
    if (rest.length > 0) {
      pending.push(Buffer.from(rest));
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}

function emptyBody(): Readable {
  return Readable.from([]);
}
