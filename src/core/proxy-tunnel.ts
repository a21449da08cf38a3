import type { ClientRequestArgs, Agent as HttpAgent } from 'node:http';
import type { AgentOptions as HttpsAgentOptions } from 'node:https';
import type { Socket } from 'node:net';
import type { ConnectionOptions, TLSSocket } from 'node:tls';
import type { Duplex } from 'node:stream';
import { TrustKitError } from './errors.js';

/** What went wrong with a proxy's tunnel: it asked for credentials, or it answered anything but a tunnel in time. */
export type ProxyTunnelErrorCode = 'PROXY_AUTH_REQUIRED' | 'PROXY_TUNNEL_FAILED';

/** A CONNECT tunnel the runner's proxy did not open; the message names the proxy by its origin, never by its credentials. */
export class ProxyTunnelError extends TrustKitError<ProxyTunnelErrorCode> {
  /** The status the proxy answered the CONNECT with, if it answered one. */
  readonly statusCode: number | undefined;

  constructor(code: ProxyTunnelErrorCode, message: string, options: { hint: string; cause?: unknown; statusCode?: number }) {
    super(code, message, options);
    this.name = 'ProxyTunnelError';
    this.statusCode = options.statusCode;
  }
}

/** What to do when the proxy wants credentials. */
export const PROXY_AUTH_HINT = 'the proxy in HTTPS_PROXY/HTTP_PROXY asks for credentials: give them in its URL (http://user:password@proxy:3128), or list the host in NO_PROXY if the runner reaches it directly';
const PROXY_FAILED_HINT = 'check that HTTPS_PROXY names the runner\'s proxy and that the proxy reaches the host, or list the host in NO_PROXY if the runner reaches it directly';

/** A proxy's answer to CONNECT is a status line and a few headers: Node's own limit on a response's headers. */
const MAX_CONNECT_ANSWER_BYTES = 16 * 1024;

/** The proxy as a message shows it: scheme, host and port, without credentials. */
export function proxyOrigin(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`;
}

/** The Proxy-Authorization header for the credentials in the proxy's URL (percent-decoded, as curl and Node read them). */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (proxy.username === '' && proxy.password === '') return undefined;
  return `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
}

/** A proxy's reason phrase as a message may quote it: printable ASCII, bounded (it is the proxy's to choose). */
function shownReason(reason: string): string {
  const printable = reason.replace(/[^\x21-\x7e]+/g, ' ').trim();
  return printable.length > 100 ? `${printable.slice(0, 100)}…` : printable;
}

/** A host name without the brackets a URL puts around an IPv6 literal. */
function unbracketed(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** Where a tunnel goes and how long opening it may take. */
interface TunnelTarget {
  /** The target host as the request names it (an IPv6 literal without brackets). */
  readonly host: string;
  readonly port: number;
  /** TLS options for the handshake with the target, through the tunnel (trust, server name). */
  readonly tls: ConnectionOptions;
}

/**
 * A TLS connection to `target` through an HTTP CONNECT tunnel of `proxy`. Every step (reaching the
 * proxy, its answer, the TLS handshake through it) ends within `deadlineMs`, and the proxy's answer
 * is read up to {@link MAX_CONNECT_ANSWER_BYTES}: Node's own tunnel has no deadline past the CONNECT
 * and reads an answer without bound. Only the proxy sees the Proxy-Authorization header.
 */
function openTunnel(proxy: URL, target: TunnelTarget, deadlineMs: number, proxyTls: ConnectionOptions): Promise<TLSSocket> {
  const net = process.getBuiltinModule('node:net');
  const tls = process.getBuiltinModule('node:tls');
  const origin = proxyOrigin(proxy);
  const endpoint = `${net.isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
  return new Promise<TLSSocket>((resolve, reject) => {
    const proxyHost = unbracketed(proxy.hostname);
    const proxyPort = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
    const raw: Socket =
      proxy.protocol === 'https:'
        ? tls.connect({ ...proxyTls, host: proxyHost, port: proxyPort, ...(net.isIP(proxyHost) === 0 ? { servername: proxyHost } : {}) })
        : net.connect({ host: proxyHost, port: proxyPort });
    let secured: TLSSocket | undefined;
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      secured?.destroy();
      raw.destroy();
      reject(error);
    };
    const timer = setTimeout(() => {
      fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} did not open a tunnel to ${endpoint} within ${deadlineMs} ms`, { hint: PROXY_FAILED_HINT }));
    }, deadlineMs);
    raw.on('error', fail);
    const ended = (): void => fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} closed the connection before opening a tunnel to ${endpoint}`, { hint: PROXY_FAILED_HINT }));
    raw.on('end', ended);
    raw.on('close', ended);
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      received += chunk.length;
      const answer = Buffer.concat(chunks, received);
      const end = answer.indexOf('\r\n\r\n');
      if (end === -1) {
        if (received > MAX_CONNECT_ANSWER_BYTES) fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with more than ${MAX_CONNECT_ANSWER_BYTES} bytes of headers`, { hint: PROXY_FAILED_HINT }));
        return;
      }
      raw.removeListener('data', onData);
      raw.removeListener('end', ended);
      raw.removeListener('close', ended);
      raw.pause();
      const status = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?\r\n/.exec(answer.subarray(0, end + 2).toString('latin1'));
      if (status === null) {
        fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with something that is not HTTP/1`, { hint: PROXY_FAILED_HINT }));
        return;
      }
      const code = Number(status[1]);
      const said = `HTTP ${code}${status[2] === undefined || shownReason(status[2]) === '' ? '' : ` ${shownReason(status[2])}`}`;
      if (code === 407) {
        fail(new ProxyTunnelError('PROXY_AUTH_REQUIRED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_AUTH_HINT, statusCode: code }));
        return;
      }
      if (code < 200 || code > 299) {
        fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_FAILED_HINT, statusCode: code }));
        return;
      }
      if (answer.length > end + 4) {
        // The target speaks first after a TLS ClientHello: bytes before it are the proxy's, not the target's.
        fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} sent data after opening the tunnel to ${endpoint}, before the TLS handshake`, { hint: PROXY_FAILED_HINT }));
        return;
      }
      // `host` is what the certificate is checked against (without it, an IP target would be checked as "localhost"); SNI takes names only.
      secured = tls.connect({ ...target.tls, socket: raw, host: target.host, ...(net.isIP(target.host) === 0 ? { servername: target.tls.servername ?? target.host } : {}) });
      secured.once('error', fail);
      secured.once('secureConnect', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        secured?.removeListener('error', fail);
        raw.removeListener('error', fail);
        resolve(secured as TLSSocket);
      });
    };
    raw.on('data', onData);
    raw.once(proxy.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
      const authorization = proxyAuthorization(proxy);
      raw.write(`CONNECT ${endpoint} HTTP/1.1\r\nHost: ${endpoint}\r\n${authorization === undefined ? '' : `Proxy-Authorization: ${authorization}\r\n`}\r\n`);
    });
  });
}

/** The TLS options of a request the https agent hands its `createConnection`, for the handshake with the target. */
function targetTls(request: ClientRequestArgs): ConnectionOptions {
  const options = request as ConnectionOptions;
  const { ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session } = options;
  return Object.fromEntries(Object.entries({ ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session }).filter(([, value]) => value !== undefined)) as ConnectionOptions;
}

/** Options of a {@link tunnelingAgent}. */
export interface TunnelingAgentOptions extends HttpsAgentOptions {
  /** Reaching the proxy, its answer to CONNECT and the TLS handshake through the tunnel, together. */
  readonly tunnelTimeoutMs: number;
}

/**
 * An https agent whose connections are CONNECT tunnels through `proxy` (see {@link openTunnel}),
 * with the agent's TLS options for the target (and its trusted CAs for an https:// proxy).
 */
export function tunnelingAgent(proxy: URL, options: TunnelingAgentOptions): HttpAgent {
  const { tunnelTimeoutMs, ...agentOptions } = options;
  const https = process.getBuiltinModule('node:https');
  // The proxy is always verified: skipping the target's check (a registry's --allow-insecure-registry) would send the proxy's credentials to whoever answers on the way.
  const proxyTls: ConnectionOptions = agentOptions.ca === undefined ? {} : { ca: agentOptions.ca };
  const agent = new https.Agent(agentOptions);
  agent.createConnection = (request: ClientRequestArgs, callback?: (error: Error | null, stream: Duplex) => void): undefined => {
    const host = unbracketed(request.host ?? request.hostname ?? 'localhost');
    const port = Number(request.port ?? 443);
    openTunnel(proxy, { host, port, tls: targetTls(request) }, tunnelTimeoutMs, proxyTls).then(
      (socket) => callback?.(null, socket),
      (error: Error) => callback?.(error, undefined as unknown as Duplex),
    );
    return undefined;
  };
  return agent;
}
