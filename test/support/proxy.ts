import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, isIP, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One request a proxy received: an absolute-URI request (`GET http://host:port/path`) or a tunnel (`CONNECT host:port`). */
export interface ProxiedRequest {
  readonly method: string;
  /** The absolute URL, or `host:port` for CONNECT. */
  readonly target: string;
  /** The Proxy-Authorization header the client sent, if any. */
  readonly authorization: string | undefined;
}

/** A forwarding proxy on 127.0.0.1, as a runner's corporate proxy is. */
export interface ForwardingProxy {
  /** `http://127.0.0.1:<port>`: what HTTP_PROXY and HTTPS_PROXY are set to. */
  readonly url: string;
  /** Every request, in arrival order. */
  readonly requests: readonly ProxiedRequest[];
  close(): Promise<void>;
}

/** Options of {@link startForwardingProxy}. */
export interface ForwardingProxyOptions {
  /** `user:password`: without a Proxy-Authorization for them, requests get 407. */
  credentials?: string;
}

/**
 * The host a proxied request goes to. Names under `.test` (reserved, never in DNS) are loopback
 * for the proxy alone: a client reaches `api.github.test` only through it, so a request that
 * arrives did not go around it. 127.0.0.1, localhost and 0.0.0.0 are loopback too; anything else
 * is refused, keeping tests off the network.
 */
function upstreamHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  return host.endsWith('.test') || host === '127.0.0.1' || host === 'localhost' || host === '0.0.0.0' ? '127.0.0.1' : undefined;
}

/**
 * Starts a forwarding proxy: http:// requests in absolute form are forwarded (bodies piped both
 * ways), https:// goes through CONNECT tunnels; every request is recorded before it is answered.
 */
export async function startForwardingProxy(options: ForwardingProxyOptions = {}): Promise<ForwardingProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const expected = options.credentials === undefined ? undefined : `Basic ${Buffer.from(options.credentials).toString('base64')}`;
  const admitted = (request: IncomingMessage, target: string): boolean => {
    const authorization = request.headers['proxy-authorization'];
    requests.push({ method: request.method ?? '', target, authorization });
    return expected === undefined || authorization === expected;
  };
  const server: Server = createServer((request, response) => {
    const target = request.url ?? '';
    if (!admitted(request, target)) {
      response.writeHead(407, { 'proxy-authenticate': 'Basic realm="test proxy"' }).end();
      return;
    }
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      response.writeHead(400).end('not an absolute-URI request');
      return;
    }
    const host = upstreamHost(url.hostname);
    if (url.protocol !== 'http:' || host === undefined) {
      response.writeHead(502).end(`the test proxy does not reach ${url.host}`);
      return;
    }
    const headers = { ...request.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = httpRequest({ host, port: url.port === '' ? 80 : Number(url.port), method: request.method, path: `${url.pathname}${url.search}`, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const target = request.url ?? '';
    if (!admitted(request, target)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test proxy"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const match = /^([^:]+):(\d+)$/.exec(target);
    const host = match === null ? undefined : upstreamHost(match[1] ?? '');
    if (match === null || host === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(Number(match[2]), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** A test CA and a server certificate it issued for `host`, as PEM. */
export interface HostTls {
  readonly caPem: string;
  readonly certPem: string;
  readonly keyPem: string;
}

/** Makes a P-256 test CA and a certificate for `host` with openssl, in `dir`. */
export async function makeHostTls(dir: string, host: string): Promise<HostTls> {
  const caKey = join(dir, 'ca.key');
  const caPath = join(dir, 'ca.pem');
  const keyPath = join(dir, 'host.key');
  const csr = join(dir, 'host.csr');
  const certPath = join(dir, 'host.pem');
  const extensions = join(dir, 'host.ext');
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  await run('openssl', ['req', '-x509', ...ec, '-keyout', caKey, '-out', caPath, '-days', '2', '-subj', '/CN=trust-kit test proxy CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign']);
  await run('openssl', ['req', '-new', ...ec, '-keyout', keyPath, '-out', csr, '-subj', `/CN=${host}`]);
  await writeFile(extensions, `subjectAltName=${isIP(host) === 0 ? 'DNS' : 'IP'}:${host}\nextendedKeyUsage=serverAuth\n`);
  await run('openssl', ['x509', '-req', '-in', csr, '-CA', caPath, '-CAkey', caKey, '-CAcreateserial', '-out', certPath, '-days', '2', '-extfile', extensions]);
  const [caPem, certPem, keyPem] = await Promise.all([readFile(caPath, 'utf8'), readFile(certPath, 'utf8'), readFile(keyPath, 'utf8')]);
  return { caPem, certPem, keyPem };
}
