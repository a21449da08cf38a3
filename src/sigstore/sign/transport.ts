import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { TransparencyLogEntry } from '@sigstore/protobuf-specs';
import { CreateEntryRequest } from '@sigstore/protobuf-specs/rekor/v2';
import type { FulcioSigner, RekorWitness, TSAWitness } from '@sigstore/sign';
import { isTrustKitError, systemErrorCode } from '../../core/errors.js';
import { readCapped } from '../../core/capped-body.js';
import { proxiedFetch, type ProxiedFetch } from '../../core/proxied-fetch.js';
import { NO_PROXY_SETTINGS, type ProxySettings } from '../../core/proxy.js';
import { PROXY_AUTH_HINT, ProxyTunnelError } from '../../core/proxy-tunnel.js';
import { isTransientStatus, retryAfterMs, withRetry, type FailureKind, type RetryPolicy } from '../../core/retry.js';
import { VERSION } from '../../core/version.js';
import { AttemptTimedOut, timedAttempt } from '../../github/http.js';
import { SignError, type SigningService } from './errors.js';
import { badResponse, serviceError, serviceMessage } from './services.js';

/**
 * The most bytes one answer of Fulcio, Rekor or a timestamp authority may hold: real ones are a
 * few KiB (a certificate chain, a log entry with its proof, a timestamp token, an error message).
 */
export const MAX_SERVICE_REPLY_BYTES = 1024 * 1024;

/** How much of an error answer is read: enough for any message worth quoting; the rest is never waited for. */
const MAX_ERROR_BYTES = 64 * 1024;

/** A success answer longer than {@link MAX_SERVICE_REPLY_BYTES}, refused as it arrives. */
class ReplyTooLarge extends Error {}

/** The body of an answer: a success's whole (refused past the cap), an error's first {@link MAX_ERROR_BYTES}. */
async function readReply(response: Response, ok: boolean): Promise<Buffer> {
  const body = response.body;
  if (body === null) return Buffer.alloc(0);
  if (ok) return readCapped({ chunks: body, declaredLength: response.headers.get('content-length'), close: () => body.cancel() }, MAX_SERVICE_REPLY_BYTES, () => new ReplyTooLarge());
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  // Leaving the loop cancels the stream, which closes the connection.
  for await (const chunk of body) {
    chunks.push(chunk);
    bytes += chunk.length;
    if (bytes >= MAX_ERROR_BYTES) break;
  }
  return Buffer.concat(chunks, bytes).subarray(0, MAX_ERROR_BYTES);
}

/**
 * The time each signature gives all its requests to Fulcio, Rekor and the TSA together, retries and
 * their waits included (cosign's --timeout, which bounds its one signature): each request alone is
 * bounded by the retry policy (about 80 s), but a signature makes several. A period starts with its
 * signature's first request, so what comes before (hashing, reading files) is not counted, and a
 * command making many signatures (a release's bundle per artifact) is not cut off for being long,
 * only for being stuck. Signatures made at once (an attestation's subjects) each have their own
 * period: it follows the signature's calls (AsyncLocalStorage) down through sigstore-js's signer
 * and witnesses, which take no context of their own.
 */
export class SigningDeadline {
  readonly #periods = new AsyncLocalStorage<{ signal: AbortSignal | undefined }>();

  constructor(readonly ms: number) {}

  /** Makes one signature: its requests share one period, started by the first of them. */
  signature<T>(sign: () => Promise<T>): Promise<T> {
    return this.#periods.run({ signal: undefined }, sign);
  }

  /** The signal that aborts when the current signature's time is up (a request outside any signature has a period of its own). */
  signal(): AbortSignal {
    const period = this.#periods.getStore();
    if (period === undefined) return AbortSignal.timeout(this.ms);
    period.signal ??= AbortSignal.timeout(this.ms);
    return period.signal;
  }
}

/** How the signing services are reached: the retry policy (with its per-attempt timeout) and the proxy. */
export interface ServiceClientOptions {
  retry: RetryPolicy;
  /** The runner's HTTPS_PROXY, HTTP_PROXY and NO_PROXY; without them every service is reached directly. */
  proxy?: ProxySettings | undefined;
  /** Each signature's time for all its requests (SIGN_TIMEOUT past it); none: each request is bounded by the policy alone. */
  deadline?: SigningDeadline | undefined;
}

/** An answer read whole (within {@link MAX_SERVICE_REPLY_BYTES}). */
interface Reply {
  status: number;
  location: string | undefined;
  body: Buffer;
}

/** An answer whose status is a failure; retried when the status says it may pass. */
class StatusFailure extends Error {
  constructor(
    readonly reply: Reply,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${reply.status}`);
  }

  get transient(): boolean {
    return isTransientStatus(this.reply.status);
  }
}

function classify(error: unknown): FailureKind {
  if (error instanceof StatusFailure) {
    if (!error.transient) return 'permanent';
    return error.retryAfterMs === undefined ? 'transient' : { retryAfterMs: error.retryAfterMs };
  }
  // A proxy that did not open a tunnel may next time; one that wants credentials will not.
  if (error instanceof ProxyTunnelError) return error.code === 'PROXY_AUTH_REQUIRED' ? 'permanent' : 'transient';
  // A refusal read from the answer, an answer too big: no retry changes them.
  if (isTrustKitError(error) || error instanceof ReplyTooLarge) return 'permanent';
  // No answer, a reset (before or in the middle of the body), a timeout: the next attempt may get through.
  return 'transient';
}

const REDIRECT_HINT = 'a signing service is never followed to another address (the identity token, or what is logged, would go there): give the service\'s own URL, as its redirect names it';

/**
 * Sends the requests of one signing service: every attempt bounded by the policy's timeout (the
 * answer read whole included, so a trickle is cut off), answers capped at
 * {@link MAX_SERVICE_REPLY_BYTES}, redirects never followed (a Fulcio request carries the identity
 * token in its body, which a 307 would carry to wherever it points), and 408, 429 (after its
 * Retry-After, when that fits the budget), 5xx, dropped connections and timeouts retried within the
 * policy. Failures are {@link SigningServiceError}s naming the service, the method and the URL.
 */
export class ServiceClient {
  private readonly fetch: ProxiedFetch;

  constructor(
    readonly service: SigningService,
    private readonly options: ServiceClientOptions,
  ) {
    this.fetch = proxiedFetch(options.proxy ?? NO_PROXY_SETTINGS, 0);
  }

  /** One request (a JSON body, or bytes of `contentType`, if any), retried as the policy says; resolves to a 2xx answer, or one of `accepted`. */
  async send(method: 'GET' | 'POST', url: string, { body, accepted = [], accept = 'application/json', contentType = 'application/json' }: { body?: string | Uint8Array; accepted?: readonly number[]; accept?: string; contentType?: string } = {}): Promise<Reply> {
    const policy = this.options.retry;
    const origin = new URL(url).origin;
    const headers: Record<string, string> = { accept, 'user-agent': `trust-kit/${VERSION}` };
    if (body !== undefined) headers['content-type'] = contentType;
    const deadline = this.options.deadline?.signal();
    try {
      if (deadline?.aborted === true) throw deadline.reason;
      return await withRetry(
        policy,
        () =>
          timedAttempt(origin, policy.timeoutMs, async (attempt) => {
            // The answer read whole included: the signature's deadline cuts a request as its own timeout does.
            const signal = deadline === undefined ? attempt : AbortSignal.any([attempt, deadline]);
            const response = await this.fetch(url, { method, headers, body, signal, redirect: 'manual' });
            const ok = (response.status >= 200 && response.status < 300) || accepted.includes(response.status);
            const reply: Reply = { status: response.status, location: response.headers.get('location') ?? undefined, body: await readReply(response, ok) };
            if (ok) return reply;
            throw new StatusFailure(reply, retryAfterMs(response.headers.get('retry-after')));
          }),
        (error) => (deadline?.aborted === true ? 'permanent' : classify(error)),
        // A wait before a retry ends with the deadline too.
        (ms) => sleep(ms, undefined, deadline === undefined ? {} : { signal: deadline }),
      );
    } catch (error) {
      if (deadline?.aborted === true) throw this.timedOut(method, url, error);
      throw this.failure(method, url, error);
    }
  }

  /** The answer's JSON; an answer that is not JSON is a bad response naming the service. */
  json(method: string, url: string, reply: Reply): unknown {
    try {
      return JSON.parse(reply.body.toString('utf8'));
    } catch (error) {
      throw badResponse(this.service, method, url, 'a body that is not JSON (an HTML page or truncated JSON?)', error);
    }
  }

  /** SIGN_TIMEOUT: the signature's deadline fell while this request was pending (sent, or waiting to be retried). */
  private timedOut(method: string, url: string, error: unknown): SignError {
    const seconds = Number(((this.options.deadline?.ms ?? 0) / 1000).toFixed(1));
    return new SignError('SIGN_TIMEOUT', `a signature did not finish within ${seconds} s: ${this.service} (${method} ${url}) was still pending`, {
      cause: error,
      hint: `the signing services are slow or unreachable: check https://status.sigstore.dev (or your instance's), then run again; give more time with --timeout (the timeout input), ${seconds} s now`,
    });
  }

  private failure(method: string, url: string, error: unknown): Error {
    // The proxy's own words name it and the host it was asked for; the service and URL go around them.
    if (error instanceof ProxyTunnelError) return serviceError(this.service, method, url, 'connection', error.message, { cause: error, hint: error.hint });
    if (isTrustKitError(error)) return error;
    if (error instanceof ReplyTooLarge) return badResponse(this.service, method, url, `a body longer than the ${MAX_SERVICE_REPLY_BYTES} bytes an answer of ${this.service} takes`, error);
    if (error instanceof StatusFailure) {
      const { status, location } = error.reply;
      if (status >= 300 && status < 400) {
        const to = location === undefined ? 'nowhere' : redirectOrigin(location, url);
        return serviceError(this.service, method, url, status, `a redirect to ${to}, not followed`, { cause: error, hint: REDIRECT_HINT });
      }
      const said = serviceMessage(error.reply.body);
      const budget = this.options.retry.budgetMs;
      const waited = error.transient && error.retryAfterMs !== undefined && error.retryAfterMs > budget ? `asked to retry after ${Math.ceil(error.retryAfterMs / 1000)} s, past the ${Math.round(budget / 1000)} s the retries may take` : '';
      // A 407 is the runner's proxy (reached in absolute form for http:// services), not the service.
      // Asked to wait past the budget, it was not retried: the hint says so, not that it kept failing through every retry.
      const hint = status === 407 ? PROXY_AUTH_HINT : waited !== '' ? `${this.service} asked to wait longer than the retries may take (--timeout bounds them); re-run later: files already written are kept` : undefined;
      return serviceError(this.service, method, url, status, [said, waited].filter((part) => part !== '').join('; '), { cause: error, ...(hint === undefined ? {} : { hint }) });
    }
    if (error instanceof AttemptTimedOut) return serviceError(this.service, method, url, 'timeout', `no whole answer within ${error.timeoutMs} ms, the timeout of one attempt`, { cause: error });
    const code = systemErrorCode(error) ?? systemErrorCode((error as { cause?: unknown } | null)?.cause);
    return serviceError(this.service, method, url, 'connection', code !== undefined && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : '', { cause: error });
  }
}

/** Where a redirect points, by origin only: its path or query may carry anything. */
function redirectOrigin(location: string, base: string): string {
  try {
    return new URL(location, base).origin;
  } catch {
    return 'an address that is no URL';
  }
}

/** The sigstore-js client objects whose requests a {@link ServiceClient} takes over, each at its path in the owner. */
function replaceClient(owner: object, path: readonly string[], replacement: object): void {
  let holder: unknown = owner;
  for (const key of path.slice(0, -1)) holder = (holder as Record<string, unknown> | undefined)?.[key];
  const last = path.at(-1) ?? '';
  // Not a user's error: an upgrade of @sigstore/sign that moved its clients. The signing tests fail on it at once.
  if (typeof holder !== 'object' || holder === null || typeof (holder as Record<string, unknown>)[last] !== 'object') {
    throw new Error(`@sigstore/sign has no client at ${path.join('.')}: trust-kit's signing transport must be fitted to this version`);
  }
  (holder as Record<string, unknown>)[last] = replacement;
}

/** Fulcio's signing-certificate API, sent through `client` in place of sigstore-js's own HTTP client. */
export function routeFulcio(signer: FulcioSigner, baseURL: string, client: ServiceClient): void {
  const url = `${baseURL}/api/v2/signingCert`;
  replaceClient(signer, ['ca', 'fulcio'], {
    createSigningCertificate: async (request: unknown) => client.json('POST', url, await client.send('POST', url, { body: JSON.stringify(request) })),
  });
}

/** The one entry a Rekor v1 answer holds, keyed by its UUID, as sigstore-js's client returns it. */
function rekorEntry(client: ServiceClient, method: string, url: string, data: unknown): Record<string, unknown> {
  const entries = typeof data === 'object' && data !== null && !Array.isArray(data) ? Object.entries(data) : [];
  const [first] = entries;
  if (entries.length !== 1 || first === undefined || typeof first[1] !== 'object' || first[1] === null) {
    throw badResponse(client.service, method, url, `a body of another shape than the service's (${entries.length} entries where one is expected)`);
  }
  return { ...(first[1] as Record<string, unknown>), uuid: first[0] };
}

/**
 * Rekor v1's entry API, sent through `client`. A 409 "entry already exists" (a re-run submitting
 * the same signature, or a POST retried after its answer was lost) takes the existing entry from
 * the UUID its Location names, as cosign and sigstore-js do: a log entry is never published twice.
 */
export function routeRekorV1(witness: RekorWitness, baseURL: string, client: ServiceClient): void {
  const entries = `${baseURL}/api/v1/log/entries`;
  const getEntry = async (uuid: string): Promise<Record<string, unknown>> => {
    const url = `${entries}/${uuid}`;
    return rekorEntry(client, 'GET', url, client.json('GET', url, await client.send('GET', url)));
  };
  replaceClient(witness, ['tlogV1', 'rekor'], {
    createEntry: async (proposed: unknown) => {
      const reply = await client.send('POST', entries, { body: JSON.stringify(proposed), accepted: [409] });
      if (reply.status !== 409) return rekorEntry(client, 'POST', entries, client.json('POST', entries, reply));
      const uuid = reply.location?.split('/').pop() ?? '';
      // Entry UUIDs are hex (64 digits, or 80 with the tree's ID): anything else in the path would reach another URL.
      if (!/^[0-9a-f]{64}(?:[0-9a-f]{16})?$/i.test(uuid)) throw badResponse(client.service, 'POST', entries, 'a 409 "entry already exists" whose Location names no entry UUID');
      return getEntry(uuid);
    },
    getEntry,
  });
}

/** Rekor v2's entry API, sent through `client`. */
export function routeRekorV2(witness: RekorWitness, baseURL: string, client: ServiceClient): void {
  const url = `${baseURL}/api/v2/log/entries`;
  replaceClient(witness, ['tlogV2', 'rekor'], {
    createEntry: async (request: CreateEntryRequest) => {
      const data = client.json('POST', url, await client.send('POST', url, { body: JSON.stringify(CreateEntryRequest.toJSON(request)) }));
      try {
        return TransparencyLogEntry.fromJSON(data);
      } catch (error) {
        throw badResponse(client.service, 'POST', url, 'a body of another shape than the service\'s', error);
      }
    },
  });
}

/** The timestamp URL for a TSA URL: a bare origin takes the API path, a URL with a path (a signing config's) is used as is, as sigstore-js does. */
export function timestampURL(baseURL: string): string {
  return new URL(baseURL).pathname === '/' ? `${baseURL}/api/v1/timestamp` : baseURL;
}

/**
 * The DER of an RFC 3161 TimeStampReq (version 1, no nonce, no certificates asked for, as sigstore-js
 * asks) of a SHA-256 digest. Written out by hand: one fixed 54-byte shape, for which an ASN.1
 * library would be a dependency of its own.
 */
function timeStampRequest(sha256: Buffer): Buffer {
  // MessageImprint: AlgorithmIdentifier { id-sha256 } without parameters (RFC 5754), then the digest.
  const imprint = Buffer.concat([Buffer.from('302f300b0609608648016503040201', 'hex'), Buffer.from([0x04, 0x20]), sha256]);
  return Buffer.concat([Buffer.from([0x30, 0x34, 0x02, 0x01, 0x01]), imprint]);
}

/**
 * An RFC 3161 timestamp authority, sent through `client`; the token's DER is checked by the caller.
 * sigstore-js asks in JSON, which only sigstore's timestamp-authority reads: the request goes as the
 * TimeStampReq every RFC 3161 service takes (`application/timestamp-query`), as cosign sends it.
 */
export function routeTimestampAuthority(witness: TSAWitness, baseURL: string, client: ServiceClient): void {
  const url = timestampURL(baseURL);
  replaceClient(witness, ['tsa', 'tsa'], {
    createTimestamp: async (request: { artifactHash?: unknown; hashAlgorithm?: unknown }) => {
      const digest = typeof request.artifactHash === 'string' ? Buffer.from(request.artifactHash, 'base64') : Buffer.alloc(0);
      if (request.hashAlgorithm !== 'sha256' || digest.length !== 32) throw new Error(`sigstore-js asked for a timestamp of a ${String(request.hashAlgorithm)} digest of ${digest.length} bytes, where trust-kit sends SHA-256 ones`);
      // Any type: a timestamp authority answers DER whatever it calls it.
      return (await client.send('POST', url, { body: timeStampRequest(digest), contentType: 'application/timestamp-query', accept: '*/*' })).body;
    },
  });
}
