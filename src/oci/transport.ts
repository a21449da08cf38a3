import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getCACertificates } from 'node:tls';
import { readCapped } from '../core/capped-body.js';
import { setHeaders, throughProxy } from '../core/proxied-fetch.js';
import { watchTransferRate } from '../core/transfer-rate.js';
import { NO_PROXY_SETTINGS, ProxyAgents, proxyFor, type ProxySettings } from '../core/proxy.js';
import { OciError } from './errors.js';

/** One HTTP request; a body that is a function is opened anew for every attempt. */
export interface HttpRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Uint8Array | (() => AsyncIterable<Uint8Array>);
}

/** A response whose body has not been read yet. */
export interface HttpResponse {
  readonly status: number;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: Readable;
}

/** Sends HTTP requests: the one seam between the registry client and the network (tests script it only for hosts loopback cannot stand for). */
export interface Transport {
  send(request: HttpRequest): Promise<HttpResponse>;
  /** Closes idle keep-alive connections. */
  close(): void;
}

/** How the Node.js transport connects. */
export interface NodeTransportOptions {
  /** Extra PEM certificate authorities trusted for TLS (added to what the process trusts: Node's roots, NODE_EXTRA_CA_CERTS, the system's with --use-system-ca). */
  readonly ca?: string | Buffer | readonly (string | Buffer)[];
  /** Accept any TLS certificate (cosign's --allow-insecure-registry); never the default. */
  readonly skipTlsVerify?: boolean;
  /** A connection that is silent this long is abandoned, and so is an answer whose status and headers take longer than this in all. */
  readonly timeoutMs: number;
  readonly userAgent: string;
  /** The runner's proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY); without them every registry is reached directly. */
  readonly proxy?: ProxySettings;
}

/** A transport over node:http and node:https with keep-alive connections. */
export function nodeTransport(options: NodeTransportOptions): Transport {
  const httpOptions = { keepAlive: true, maxSockets: 16 };
  const ca = options.ca === undefined ? undefined : Array.isArray(options.ca) ? options.ca : [options.ca];
  // Giving `ca` replaces the process's default trust; the extra authorities are meant to add to it. Not
  // `rootCertificates`, the bundled roots alone: a runner's NODE_EXTRA_CA_CERTS (a TLS-inspecting proxy's CA) would be dropped.
  const httpsOptions = { ...httpOptions, ...(ca === undefined ? {} : { ca: [...getCACertificates('default'), ...ca] }), rejectUnauthorized: options.skipTlsVerify !== true };
  const http = new HttpAgent(httpOptions);
  const https = new HttpsAgent(httpsOptions);
  // A registry behind the proxy is reached through it with the same TLS trust (checked at the registry, through the tunnel).
  const proxied = new ProxyAgents(options.proxy ?? NO_PROXY_SETTINGS, { http: httpOptions, https: httpsOptions, tunnelTimeoutMs: options.timeoutMs });
  return {
    send(request) {
      return new Promise<HttpResponse>((resolve, reject) => {
        const secure = request.url.protocol === 'https:';
        const send = secure ? httpsRequest : httpRequest;
        const body = request.body;
        const headers: Record<string, string> = { 'user-agent': options.userAgent, ...request.headers };
        if (body instanceof Uint8Array) headers['content-length'] = String(body.byteLength);
        else if (body === undefined && request.method !== 'GET' && request.method !== 'HEAD') headers['content-length'] = '0';
        // The socket's idle timeout alone would wait forever for header lines that trickle in one by one;
        // the answer is due within the timeout once the request is sent (an upload may take longer to send).
        let deadline: NodeJS.Timeout | undefined;
        let answered = false;
        const agent = proxied.agentFor(request.url);
        // A failure through a proxy names it: a tunnel it closed during the TLS handshake says only "socket disconnected".
        const proxy = agent === undefined ? undefined : proxyFor(request.url, proxied.settings);
        const outgoing = send(request.url, { method: request.method, agent: agent ?? (secure ? https : http), timeout: options.timeoutMs }, (response: IncomingMessage) => {
          answered = true;
          clearTimeout(deadline);
          resolve({ status: response.statusCode ?? 0, url: request.url, headers: response.headers, body: response });
        });
        setHeaders(outgoing, headers);
        outgoing.on('finish', () => {
          if (!answered) deadline = setTimeout(() => outgoing.destroy(timedOut(`no complete answer from ${request.url.host} within ${options.timeoutMs} ms of the request`)), options.timeoutMs);
        });
        outgoing.on('timeout', () => {
          outgoing.destroy(timedOut(`no answer from ${request.url.host} within ${options.timeoutMs} ms`));
        });
        outgoing.on('error', (error) => {
          clearTimeout(deadline);
          reject(throughProxy(error, proxy));
        });
        if (body === undefined) outgoing.end();
        else if (body instanceof Uint8Array) outgoing.end(body);
        else pipeline(Readable.from(body()), outgoing).catch((error: unknown) => outgoing.destroy(error as Error));
      });
    },
    close() {
      http.destroy();
      https.destroy();
      proxied.destroy();
    },
  };
}

/**
 * Reads a whole response body, refusing one larger than `maxBytes` before and while it arrives, and
 * abandoning one that has not ended within `timeoutMs` while arriving slower than
 * MIN_TRANSFER_BYTES_PER_SECOND (core/transfer-rate) on average (an ETIMEDOUT failure, which is retried): each byte
 * within the idle timeout, a trickle would otherwise hold the read for as long as the cap allows.
 */
export async function readBody(response: HttpResponse, maxBytes: number, what: string, timeoutMs: number): Promise<Buffer> {
  const watch = watchTransferRate(timeoutMs, (detail) => response.body.destroy(timedOut(`${what} from ${response.url.host} came ${detail}`)));
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      watch.moved(chunk.length);
      yield chunk;
    }
  }
  try {
    return await readCapped({ chunks: counted(), declaredLength: response.headers['content-length'], close: () => response.body.destroy() }, maxBytes, () => tooLarge(what, maxBytes));
  } finally {
    watch.stop();
  }
}

/** Reads and drops a body (at most a small one, within `timeoutMs`), so the connection can serve the next request. */
export async function discardBody(response: HttpResponse, timeoutMs: number): Promise<void> {
  try {
    await readBody(response, 64 * 1024, 'an ignored response', timeoutMs);
  } catch {
    response.body.destroy();
  }
}

function timedOut(message: string): Error {
  return Object.assign(new Error(message), { code: 'ETIMEDOUT' });
}

function tooLarge(what: string, maxBytes: number): OciError {
  return new OciError('OCI_TOO_LARGE', `${what} is larger than ${maxBytes} bytes`, {
    hint: 'the registry sent more than trust-kit reads for this kind of content; check the reference, or raise the limit if the content is genuine',
  });
}
