import { X509Certificate } from 'node:crypto';
import { RFC3161Timestamp } from '@sigstore/core';
import type { SignatureBundle, Signer, Signature, VerificationMaterial, Witness } from '@sigstore/sign';
import { isTrustKitError } from '../../core/errors.js';
import { boundedText } from '../../core/quote.js';
import { isTransientStatus } from '../../core/retry.js';
import { redact } from '../../secrets/index.js';
import { SignError, SigningServiceError, type ServiceStatus, type SigningService } from './errors.js';

/** A base URL without a trailing slash (the clients append `/api/...`) and without credentials. */
export function serviceBaseURL(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.href.replace(/\/+$/, '');
}

/** A trust-kit error anywhere in the cause chain (an identity provider's failure wrapped by sigstore-js). */
function ownError(error: unknown): Error | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    if (isTrustKitError(current)) return current;
    current = (current as { cause?: unknown }).cause;
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

/** What a service said in a refusal, bounded and printable, from its JSON `message` (as sigstore-js reads it) or its text; never a token it echoed. */
export function serviceMessage(body: Buffer): string {
  const text = body.subarray(0, 64 * 1024).toString('utf8');
  let said = text;
  try {
    const message = (JSON.parse(text) as { message?: unknown } | null)?.message;
    if (typeof message === 'string') said = message;
  } catch {
    // Not JSON (an HTML page, plain text): what it says is quoted as it is, bounded.
  }
  // Redacted before it is cut: cut first, a token the service echoed after padding lost the end the redaction matches.
  return boundedText(redact(withoutTokens(said)), 300);
}

/** What a service's answer is checked for before a bundle is built on it, and what it was found to be. */
export function badResponse(service: SigningService, method: string, url: string, problem: string, cause?: unknown): SigningServiceError {
  return new SigningServiceError(service, method, url, 'bad-response', problem, {
    ...(cause === undefined ? {} : { cause }),
    hint: `${service} answered, but not as ${service} does: check that the URL is the service's (not a proxy, captive portal or another API) and that it is up; files already written are kept`,
  });
}

/** A failure of a service on the wire, with the hint its status calls for: one retries could not outlast, or a refusal. */
export function serviceError(service: SigningService, method: string, url: string, status: Exclude<ServiceStatus, 'bad-response'>, detail: string, options: { cause?: unknown; hint?: string } = {}): SigningServiceError {
  const retriable = typeof status === 'number' ? isTransientStatus(status) : status === 'timeout' || status === 'connection';
  const hint =
    options.hint ??
    (retriable
      ? `${service} kept failing through every retry; check its status page (or the --${service.toLowerCase()}-url you gave) and re-run: files already written are kept`
      : `${service} refused the request; the message above says why. Files already written are kept`);
  return new SigningServiceError(service, method, url, status, detail, { ...(options.cause === undefined ? {} : { cause: options.cause }), hint });
}

/**
 * Turns whatever signing threw into a coded error: a trust-kit error anywhere in the cause chain
 * (the transport's, naming the service, URL and status; an identity provider's) as it is; an
 * identity token sigstore-js could not read as SIGN_TOKEN_INVALID; anything else as an answer
 * sigstore-js could not use (a body of another shape). It never quotes request bodies (which hold
 * the identity token), and what it quotes of sigstore-js's messages has every token-shaped run removed.
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
  // The answer arrived but sigstore-js could not build on it: JSON of another shape than the service's.
  const inner = (error as { cause?: unknown }).cause ?? error;
  const message = inner instanceof Error ? boundedText(redact(withoutTokens(inner.message))) : '';
  return badResponse(service, method, url, `a body of another shape than the service's${message === '' ? '' : ` (${message})`}`, error);
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
