import { X509Certificate } from 'node:crypto';
import { RFC3161Timestamp } from '@sigstore/core';
import type { SignatureBundle, Signer, Signature, VerificationMaterial, Witness } from '@sigstore/sign';
import { isTrustKitError } from '../../core/errors.js';
import { boundedText } from '../../core/quote.js';
import type { RetryPolicy } from '../../core/retry.js';
import { SignError, SigningServiceError, type ServiceStatus, type SigningService } from './errors.js';

/** The retry options sigstore-js passes to its HTTP client (promise-retry: exponential, jittered, time-bounded). */
export interface SigstoreFetchOptions {
  retry: { retries: number; factor: number; minTimeout: number; maxTimeout: number; randomize: boolean; maxRetryTime: number };
  timeout: number;
}

/** Translates a {@link RetryPolicy} into the fetch options of `@sigstore/sign`'s clients. */
export function fetchOptions(policy: RetryPolicy): SigstoreFetchOptions {
  return {
    retry: {
      retries: policy.retries,
      factor: policy.factor,
      minTimeout: policy.minDelayMs,
      maxTimeout: policy.maxDelayMs,
      randomize: true,
      maxRetryTime: policy.budgetMs,
    },
    timeout: policy.timeoutMs,
  };
}

/** A base URL without a trailing slash (the clients append `/api/...`) and without credentials. */
export function serviceBaseURL(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.href.replace(/\/+$/, '');
}

interface FailureShape {
  statusCode?: unknown;
  location?: unknown;
  message?: unknown;
  type?: unknown;
  code?: unknown;
  cause?: unknown;
  retried?: unknown;
}

function innermost(error: unknown): FailureShape | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const shape = current as FailureShape;
    if (typeof shape.statusCode === 'number' || shape.type === 'request-timeout' || shape.type === 'system' || shape.type === 'invalid-json') return shape;
    current = shape.retried ?? shape.cause;
  }
  return typeof current === 'object' && current !== null ? (current as FailureShape) : undefined;
}

/** A trust-kit error anywhere in the cause chain (an identity provider's failure wrapped by sigstore-js). */
function ownError(error: unknown): Error | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    if (isTrustKitError(current)) return current;
    current = (current as FailureShape).cause;
  }
  return undefined;
}

/**
 * A service's message with every JWT-shaped run (`eyJ` header, then base64url and dots) replaced:
 * a server or proxy that quotes the request would otherwise put an identity token in the error
 * object itself, which library callers may log before the CLI's or action's redactor sees it.
 */
function withoutTokens(message: string): string {
  return message.replace(/eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)*/g, '[redacted token]');
}

/**
 * What was wrong with a body a client could not use, without quoting it: a proxy's page or a
 * server's echo may hold anything, an identity token included.
 */
function unusableBody(failure: FailureShape | undefined): string {
  if (failure?.type === 'invalid-json') return 'a body that is not JSON (an HTML page or truncated JSON?)';
  const message = typeof failure?.message === 'string' ? boundedText(withoutTokens(failure.message)) : '';
  return `a body of another shape than the service's${message === '' ? '' : ` (${message})`}`;
}

/** What a service's answer is checked for before a bundle is built on it, and what it was found to be. */
function badResponse(service: SigningService, method: string, url: string, problem: string, cause?: unknown): SigningServiceError {
  return new SigningServiceError(service, method, url, 'bad-response', problem, {
    ...(cause === undefined ? {} : { cause }),
    hint: `${service} answered, but not as ${service} does: check that the URL is the service's (not a proxy, captive portal or another API) and that it is up; files already written are kept`,
  });
}

/** The sigstore-js error codes for Rekor's follow-up GET after a 409 "entry already exists". */
const FETCH_ENTRY_CODE = 'TLOG_FETCH_ENTRY_ERROR';

/**
 * Turns whatever a sigstore-js client threw into a {@link SigningServiceError} naming the service,
 * the URL and the status; its message carries the server's explanation but never request bodies
 * (which hold the identity token) nor sigstore-js's own message (which may quote the token).
 */
export function serviceFailure(service: SigningService, method: string, url: string, error: unknown): Error {
  const ours = ownError(error);
  if (ours !== undefined) return ours;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('IDENTITY_TOKEN_')) {
    // sigstore-js's own message quotes the token: never pass it on.
    return new SignError('SIGN_TOKEN_INVALID', `the identity token could not be read or used before reaching ${service} (${code})`, {
      hint: 'pass an OIDC token for the audience "sigstore" with a "sub" claim (GitHub Actions: `id-token: write`)',
    });
  }
  const failure = innermost(error);
  let status: ServiceStatus = 'connection';
  let detail = '';
  if (typeof failure?.statusCode === 'number') {
    status = failure.statusCode;
    detail = typeof failure.message === 'string' ? boundedText(withoutTokens(failure.message.replace(/^\(\d+\)\s*/, '')), 300) : '';
  } else if (failure?.type === 'request-timeout' || (typeof failure?.message === 'string' && /timeout/i.test(failure.message))) {
    status = 'timeout';
  } else if (failure?.type === 'system' || (typeof failure?.code === 'string' && /^E[A-Z_]+$/.test(failure.code) && !failure.code.startsWith('ERR_'))) {
    detail = typeof failure.code === 'string' ? failure.code : '';
  } else {
    // A response arrived but the client could not use it: its body was not JSON, or not the JSON it reads.
    status = 'bad-response';
    detail = unusableBody(failure);
  }
  const fetchedExisting = code === FETCH_ENTRY_CODE;
  const finalMethod = fetchedExisting ? 'GET' : method;
  const finalURL = fetchedExisting ? `${url}/{uuid}` : url;
  const retriable = status === 'timeout' || status === 'connection' || status === 408 || status === 429 || (typeof status === 'number' && status >= 500);
  if (status === 'bad-response') return badResponse(service, finalMethod, finalURL, detail);
  return new SigningServiceError(service, finalMethod, finalURL, status, detail, {
    hint: retriable
      ? `${service} kept failing through every retry; check its status page (or the --${service.toLowerCase()}-url you gave) and re-run: files already written are kept`
      : `${service} refused the request; the message above says why. Files already written are kept`,
  });
}

/** A {@link Witness} whose failures name the service, URL and status. */
export class ReportingWitness implements Witness {
  constructor(
    private readonly inner: Witness,
    private readonly service: SigningService,
    private readonly url: string,
  ) {}

  async testify(content: SignatureBundle, publicKey: string): Promise<VerificationMaterial> {
    let material: VerificationMaterial;
    try {
      material = await this.inner.testify(content, publicKey);
    } catch (error) {
      throw serviceFailure(this.service, 'POST', this.url, error);
    }
    // sigstore-js passes a timestamp authority's body on as the token unread: read it here, where the TSA can still be named.
    for (const timestamp of material.rfc3161Timestamps ?? []) {
      try {
        RFC3161Timestamp.parse(Buffer.from(timestamp.signedTimestamp) as Buffer<ArrayBuffer>);
      } catch (error) {
        throw badResponse(this.service, 'POST', this.url, `a body that is not a DER RFC 3161 timestamp token (${boundedText(error instanceof Error ? error.message : String(error))})`, error);
      }
    }
    return material;
  }
}

/** A {@link Signer} whose failures name the service (Fulcio), URL and status. */
export class ReportingSigner implements Signer {
  constructor(
    private readonly inner: Signer,
    private readonly service: SigningService,
    private readonly url: string,
  ) {}

  async sign(data: Buffer): Promise<Signature> {
    let signature: Signature;
    try {
      signature = await this.inner.sign(data);
    } catch (error) {
      throw serviceFailure(this.service, 'POST', this.url, error);
    }
    if (signature.key.$case !== 'x509Certificate') throw badResponse(this.service, 'POST', this.url, 'no certificate');
    try {
      new X509Certificate(signature.key.certificate);
    } catch (error) {
      throw badResponse(this.service, 'POST', this.url, `a certificate that cannot be read (${boundedText(error instanceof Error ? error.message : String(error))})`, error);
    }
    return signature;
  }
}
