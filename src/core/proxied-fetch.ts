import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readCapped } from './capped-body.js';
import { TrustKitError } from './errors.js';
import { boundedText } from './quote.js';
import { NO_PROXY_SETTINGS, ProxyAgents, proxyFor, type ProxySettings } from './proxy.js';
import { proxyOrigin, ProxyTunnelError } from './proxy-tunnel.js';

/** What a request hands its `fetch` (Octokit's, see @octokit/request's fetch wrapper, and the TUF client's). */
export interface FetchInit {
  method?: string | undefined;
  body?: unknown;
  headers?: Record<string, string> | undefined;
  signal?: AbortSignal | null | undefined;
  /** `manual` returns a redirect as it came, `error` fails on one; anything else follows it, as fetch does by default. */
  redirect?: string | undefined;
}

/** The `fetch` every request of trust-kit to GitHub and to TUF repositories goes through: see {@link proxiedFetch}. */
export type ProxiedFetch = (url: string | URL, init?: FetchInit) => Promise<Response>;

/** What to do about a {@link ResponseTooLargeError}, which no retry changes. */
export const RESPONSE_TOO_LARGE_HINT = 'the server answered far more than this request takes: check the URL it was sent to (GITHUB_API_URL) and any proxy in between';

/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
export class ResponseTooLargeError extends TrustKitError<'HTTP_RESPONSE_TOO_LARGE'> {
  constructor(message: string) {
    super('HTTP_RESPONSE_TOO_LARGE', message, { hint: RESPONSE_TOO_LARGE_HINT });
    this.name = 'ResponseTooLargeError';
  }
}

/** A redirect from HTTPS to plain HTTP, never followed: what comes back could be read and changed on the way. */
export class InsecureRedirectError extends TrustKitError<'HTTP_REDIRECT_INSECURE'> {
  constructor(message: string) {
    super('HTTP_REDIRECT_INSECURE', message, { hint: 'the server (or a proxy in front of it) redirects to plain HTTP, leaving TLS: use the HTTPS address it should serve, and report the redirect to its operator' });
    this.name = 'InsecureRedirectError';
  }
}

/**
 * A redirect not followed for another reason than leaving TLS: more of them than a request takes (a
 * loop), one to a scheme other than http(s), or one to a request that may not be redirected. The
 * server did answer, and asking again meets the same answer: not a connection failure to retry.
 */
export class RedirectRefusedError extends TrustKitError<'HTTP_REDIRECT_REFUSED'> {
  constructor(message: string) {
    super('HTTP_REDIRECT_REFUSED', message, { hint: 'the server (or a proxy in front of it) answers with redirects that lead nowhere trust-kit follows: check the URL it was sent to and the proxy (HTTPS_PROXY), and report the redirect to its operator' });
    this.name = 'RedirectRefusedError';
  }
}

/** The most bytes the response to a request may hold, by the request and the response's status, or undefined for no cap (a download its caller streams and bounds). */
export type ResponseCap = (init: FetchInit, status: number) => number | undefined;

/** Statuses whose response has no body, which `Response` refuses one for. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);
/** Redirect statuses followed for GET and HEAD. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As many redirects as a download takes (GitHub sends one, to its asset host), with room to spare, and no loop. */
const DEFAULT_MAX_REDIRECTS = 10;

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (let index = 0; index + 1 < message.rawHeaders.length; index += 2) headers.append(message.rawHeaders[index] as string, message.rawHeaders[index + 1] as string);
  return headers;
}

function toResponse(message: IncomingMessage): Response {
  const status = message.statusCode ?? 500;
  if (NO_BODY.has(status)) {
    message.resume();
    return new Response(null, { status, headers: headersOf(message) });
  }
  return new Response(Readable.toWeb(message) as ReadableStream<Uint8Array>, { status, headers: headersOf(message) });
}

/**
 * The response read whole, refused past `maxBytes`: a Content-Length above it before a byte is read,
 * else as soon as the bytes read pass it, closing the connection. It is read here rather than handed
 * on as a stream because Octokit turns an error while it reads a body into an empty body, silently.
 */
async function toCappedResponse(message: IncomingMessage, maxBytes: number, what: string): Promise<Response> {
  const status = message.statusCode ?? 500;
  if (NO_BODY.has(status)) return toResponse(message);
  const body = await readCapped(
    { chunks: message, declaredLength: message.headers['content-length'], close: () => message.destroy() },
    maxBytes,
    (declared) => new ResponseTooLargeError(`${what} answered ${declared === undefined ? 'more' : `with a Content-Length of ${declared}, more`} than the ${maxBytes} bytes its reply may hold`),
  );
  return new Response(body, { status, headers: headersOf(message) });
}

/** A redirect's body is read this far, so its connection can serve again; one that goes on is cut. */
const MAX_DISCARDED_BYTES = 64 * 1024;

/** Drops a response nobody reads: drained up to {@link MAX_DISCARDED_BYTES} (a redirect's few bytes), then the connection is closed rather than read on without end. */
function discard(message: IncomingMessage): void {
  let left = MAX_DISCARDED_BYTES;
  message.on('error', () => {});
  message.on('data', (chunk: Buffer) => {
    left -= chunk.length;
    if (left < 0) message.destroy();
  });
}

/** The error Node's own requests fail with when their signal aborts them, with a message saying what it was waiting for. */
function abortError(signal: AbortSignal, message: string): Error {
  return Object.assign(new Error(message, { cause: signal.reason }), { name: 'AbortError', code: 'ABORT_ERR' });
}

/**
 * Sets a request's headers on the request itself, never in the options it is made with: an agent
 * keeps those options, Authorization included, in the listeners of the keep-alive connection the
 * request opens, for as long as that connection lives (measured: a registry password, the runner's request
 * token, in the heap until the connection closes). Set here, they go with the request when it is done.
 */
export function setHeaders(outgoing: ClientRequest, headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) outgoing.setHeader(name, value);
}

/**
 * The error of a request sent through `proxy`, its message naming the proxy by its origin (never its
 * credentials): the proxy may be what failed (a tunnel it closed, a connection it dropped). Its name
 * and code are kept, so it is classified as before; a tunnel's own errors name the proxy already.
 */
export function throughProxy(error: Error & { code?: unknown }, proxy: URL | undefined): Error {
  if (proxy === undefined || error instanceof ProxyTunnelError) return error;
  return Object.assign(new Error(`${error.message} (through the proxy ${proxyOrigin(proxy)})`, { cause: error }), { name: error.name, code: error.code });
}

/** One request, without following redirects: a streamed body is piped, so it is read no faster than the socket takes it. */
function send(target: URL, init: FetchInit, headers: Record<string, string>, agents: ProxyAgents): Promise<IncomingMessage> {
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const agent = agents.agentFor(target);
  const body = init.body;
  const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
  // A body known whole goes with its length; a stream with the Content-Length the caller set, or chunked.
  const sent = whole === undefined || Object.keys(headers).some((name) => name.toLowerCase() === 'content-length') ? headers : { ...headers, 'content-length': String(whole.length) };
  // A failure through a proxy names it (by origin, never credentials): the proxy may be what failed.
  const proxy = agent === undefined ? undefined : proxyFor(target, agents.settings);
  const via = (message: string): string => (proxy === undefined ? message : `${message} (through the proxy ${proxyOrigin(proxy)})`);
  return new Promise<IncomingMessage>((resolve, reject) => {
    const signal = init.signal ?? undefined;
    const outgoing = request(target, { method: init.method ?? 'GET', agent: agent ?? agents.directAgentFor(target), ...(signal === undefined ? {} : { signal }) }, resolve);
    setHeaders(outgoing, sent);
    outgoing.on('error', (error: Error) => reject(throughProxy(error, proxy)));
    if (signal !== undefined) {
      // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
      const abort = (): void => {
        reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${proxyOrigin(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
      };
      signal.addEventListener('abort', abort, { once: true });
      outgoing.once('close', () => signal.removeEventListener('abort', abort));
    }
    if (body === undefined || body === null) outgoing.end();
    else if (whole !== undefined) outgoing.end(whole);
    else pipeline(Readable.from(body as AsyncIterable<Uint8Array>), outgoing).catch(reject);
  });
}

/**
 * A `fetch` for Octokit, trust-kit's other requests to GitHub and its TUF client, over node:http(s):
 * - a streamed request body is sent with backpressure (Node's own fetch reads a streamed body far
 *   ahead of the socket: a 2 GiB upload was measured holding the whole file in memory);
 * - every request, redirects included, goes through the proxy `proxy` names for its URL, with the
 *   rules of @actions/http-client (as Octokit in `@actions/github` does on a runner behind a proxy);
 * - GET and HEAD follow redirects (an asset download is sent to GitHub's asset host), without the
 *   Authorization header once the origin changes, as fetch does, at most `maxRedirects` times (a
 *   loop, or a redirect to another scheme or to no URL, is a {@link RedirectRefusedError}), and never from HTTPS
 *   to plain HTTP ({@link InsecureRedirectError});
 * - with `responseCap`, a response is read whole before it is returned and refused past its request's
 *   cap with a {@link ResponseTooLargeError}, so a hostile or broken server cannot fill the memory.
 * Given agents (rather than settings), the caller owns them and destroys them when done.
 */
export function proxiedFetch(proxy: ProxySettings | ProxyAgents = NO_PROXY_SETTINGS, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap?: ResponseCap): ProxiedFetch {
  const agents = proxy instanceof ProxyAgents ? proxy : new ProxyAgents(proxy);
  return async (url, init = {}) => {
    let target = new URL(url);
    let headers = init.headers ?? {};
    const method = (init.method ?? 'GET').toUpperCase();
    for (let redirects = 0; ; redirects += 1) {
      const message = await send(target, init, headers, agents);
      const location = message.headers.location;
      const follow = REDIRECTS.has(message.statusCode ?? 0) && location !== undefined && (method === 'GET' || method === 'HEAD') && init.redirect !== 'manual';
      if (!follow) {
        // A reply to HEAD has no body, whatever length its Content-Length names.
        const cap = method === 'HEAD' ? undefined : responseCap?.(init, message.statusCode ?? 500);
        const response = cap === undefined ? toResponse(message) : await toCappedResponse(message, cap, `${method} ${target.origin}${target.pathname}`);
        // Where the answer came from, as fetch's own `url` says after redirects: an error then names the host that answered.
        if (redirects > 0) Object.defineProperty(response, 'url', { value: target.href });
        return response;
      }
      discard(message);
      if (init.redirect === 'error') throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected, and may not be`);
      if (redirects === maxRedirects) throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected more than ${maxRedirects} times`);
      let next: URL;
      try {
        next = new URL(location, target);
      } catch {
        // Not quoted: what a server puts in a Location is its own to choose.
        throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to an address that is no URL`);
      }
      if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to a ${boundedText(next.protocol, 40)} URL`);
      if (target.protocol === 'https:' && next.protocol === 'http:') throw new InsecureRedirectError(`${method} ${target.origin}${target.pathname} was redirected to plain HTTP (${next.origin}), which is not followed`);
      if (next.origin !== target.origin) headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
      target = next;
    }
  };
}

/** ` (redirected to <origin>)` when `response` came from another origin than `requested` (see {@link proxiedFetch}); empty otherwise. */
export function redirectedFrom(requested: string | URL, response: { url?: string | undefined }): string {
  if (response.url === undefined || response.url === '') return '';
  const answered = new URL(response.url).origin;
  return answered === new URL(requested).origin ? '' : ` (redirected to ${answered}, which answered)`;
}

