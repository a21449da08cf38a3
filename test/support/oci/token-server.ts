import { createPrivateKey, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** What the token service saw of one request. */
export interface TokenRequest {
  readonly method: string;
  readonly hadAuthorization: boolean;
  readonly user: string | undefined;
  readonly scopes: readonly string[];
}

/** Options of {@link startTokenServer}. */
export interface TokenServerOptions {
  /** The `service` the registry's `auth: token:` config names (the token's audience). */
  readonly service: string;
  /** The `issuer` the registry's config names. */
  readonly issuer: string;
  readonly signingCertPath: string;
  readonly signingKeyPath: string;
  /** Accepted users and their passwords. */
  readonly users: Readonly<Record<string, string>>;
  /** Refresh tokens (docker's identity tokens) accepted by POST, each standing for a user. */
  readonly refreshTokens?: Readonly<Record<string, string>>;
  /** Anonymous callers get pull access (as Docker Hub gives for public images); otherwise nothing. */
  readonly anonymousPull?: boolean;
}

/** A running token service. */
export interface TokenServer {
  /** The realm URL for the registry's config. */
  readonly realm: string;
  readonly requests: TokenRequest[];
  close(): Promise<void>;
}

/**
 * A loopback Bearer token service as distribution's `auth: token:` expects: ES256 JWTs whose `x5c`
 * header carries the signing certificate (the registry's rootcertbundle), with `access` claims for
 * the repository scopes asked for: pull and push for a known user, pull for anonymous callers when
 * allowed.
 */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const key = createPrivateKey(await readFile(options.signingKeyPath));
  const certificate = new X509Certificate(await readFile(options.signingCertPath));
  const requests: TokenRequest[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      let scopes = url.searchParams.getAll('scope');
      let user: string | undefined;
      const authorization = request.headers.authorization;
      if (request.method === 'POST') {
        const form = new URLSearchParams(await readAll(request));
        scopes = (form.get('scope') ?? '').split(' ').filter((scope) => scope.length > 0);
        user = options.refreshTokens?.[form.get('refresh_token') ?? ''];
        requests.push({ method: 'POST', hadAuthorization: authorization !== undefined, user, scopes });
        if (user === undefined) return reply(response, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'unknown refresh token' }] });
      } else {
        if (authorization !== undefined) {
          const [scheme, value] = authorization.split(' ');
          const decoded = scheme === 'Basic' && value !== undefined ? Buffer.from(value, 'base64').toString('utf8') : '';
          const colon = decoded.indexOf(':');
          const name = decoded.slice(0, colon);
          if (colon <= 0 || options.users[name] !== decoded.slice(colon + 1)) {
            requests.push({ method: 'GET', hadAuthorization: true, user: undefined, scopes });
            return reply(response, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] });
          }
          user = name;
        }
        requests.push({ method: 'GET', hadAuthorization: authorization !== undefined, user, scopes });
      }
      const access = scopes.flatMap((scope) => {
        const [type, name, actions] = scope.split(':');
        if (type !== 'repository' || name === undefined || actions === undefined) return [];
        const granted = actions.split(',').filter((action) => (user !== undefined ? ['pull', 'push'].includes(action) : options.anonymousPull === true && action === 'pull'));
        return granted.length === 0 ? [] : [{ type, name, actions: granted }];
      });
      reply(response, 200, { token: issueToken(key, certificate, options, user ?? '', access), expires_in: 300, issued_at: new Date().toISOString() });
    })().catch((error: unknown) => reply(response, 500, { errors: [{ code: 'INTERNAL', message: String(error) }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('token server has no address');
  return {
    realm: `http://127.0.0.1:${address.port}/token`,
    requests,
    close: () => closeServer(server),
  };
}

function issueToken(key: KeyObject, certificate: X509Certificate, options: TokenServerOptions, subject: string, access: unknown[]): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: 'ES256', x5c: [certificate.raw.toString('base64')] };
  const claims = { iss: options.issuer, sub: subject, aud: options.service, exp: now + 300, nbf: now - 10, iat: now, jti: randomBytes(8).toString('hex'), access };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length });
  response.end(bytes);
}

async function readAll(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Closes a server and every connection it holds. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
