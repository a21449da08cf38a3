// The real Fulcio (github.com/sigstore/fulcio, built by scripts/install-tools.sh) run on a loopback port with its
// ephemeral in-memory CA, trusting a loopback OIDC issuer of its own and logging its precertificates to a loopback
// certificate-transparency log (RFC 6962 add-pre-chain, signed by the stack's CT log code). Fulcio discovers an issuer
// at the issuer URL itself and requires the discovery document and the tokens to name that same URL, so the issuer
// here is the discovery server's http://127.0.0.1 URL, not GitHub's (the stack's issuer keeps GitHub's, which only the
// double accepts). Pass it to startSigstoreStack({ fulcio }) to sign against it and trust it.
import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServer, type ServerProcess } from '../server-process.js';
import * as der from './der.js';
import { CertificateTransparencyLog } from './fulcio.js';
import { json, LoopbackService } from './http.js';
import type { Route } from './http.js';
import type { ExternalCertificateAuthority } from './index.js';
import { GitHubOidcIssuer } from './oidc.js';
import type { GitHubClaims } from './oidc.js';
import { nameField } from './x509.js';

/** A running Fulcio with its OIDC issuer: the stack's external CA, and tokens it accepts. */
export interface RealFulcio extends ExternalCertificateAuthority {
  /** The issuer URL Fulcio trusts (the `iss` of mintToken's tokens, and the certificates' issuer extension). */
  readonly issuer: string;
  /** Fulcio's process id (for checking that close() ended it). */
  readonly pid: number;
  /** A GitHub Actions token (audience sigstore) from the issuer Fulcio trusts, with claims overridden. */
  mintToken(claims?: Partial<GitHubClaims>): string;
  /** What Fulcio logged so far (its last 64 KiB), for failure messages. */
  output(): string;
  /** Stops Fulcio (SIGTERM, then SIGKILL if it lingers) and the issuer, and removes Fulcio's configuration. */
  close(): Promise<void>;
}

/** Starts `binary serve --ca ephemeralca` on 127.0.0.1 and resolves once it serves its trust bundle. */
export async function startRealFulcio(binary: string, startTimeoutMs = 60_000): Promise<RealFulcio> {
  const oidc = new GitHubOidcIssuer(() => new Date());
  const discovery = new LoopbackService('fulcio-oidc');
  const ctlog = new CertificateTransparencyLog(() => new Date());
  const ctService = new LoopbackService('ctlog');
  const directory = await mkdtemp(join(tmpdir(), 'trust-kit-fulcio-'));
  let server: ServerProcess | undefined;
  const stop = async (): Promise<void> => {
    await server?.stop();
    await Promise.all([discovery.close(), ctService.close()]);
    await rm(directory, { recursive: true, force: true });
  };
  try {
    const [issuer, ctURL] = await Promise.all([discovery.listen(), ctService.listen()]);
    ctService.setRoutes(ctLogRoutes(ctlog));
    discovery.setRoutes([
      {
        method: 'GET',
        path: '/.well-known/openid-configuration',
        handle: () => json(200, { issuer, jwks_uri: `${issuer}/.well-known/jwks`, response_types_supported: ['id_token'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['RS256'] }),
      },
      { method: 'GET', path: '/.well-known/jwks', handle: () => json(200, oidc.jwks()) },
    ]);
    const config = join(directory, 'fulcio.json');
    await writeFile(config, JSON.stringify({ OIDCIssuers: { [issuer]: { IssuerURL: issuer, ClientID: 'sigstore', Type: 'github-workflow' } } }));
    // HTTP, gRPC and the legacy gRPC socket apart: Fulcio 1.8.8's one-port "duplex" mode (--port = --grpc-port) panics
    // at start-up (its gRPC metrics are registered twice, with different labels). Fulcio logs the HTTP address it was
    // given, not the one it got, so that port is picked here; gRPC and metrics take ports the kernel picks.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = startServer('fulcio', binary, [
      'serve', '--ca', 'ephemeralca', '--ct-log-url', ctURL, '--config-path', config, '--log_type', 'prod',
      '--host', '127.0.0.1', '--port', String(port), '--grpc-host', '127.0.0.1', '--grpc-port', '0', '--metrics-port', '0',
      '--legacy-unix-domain-socket', join(directory, 'legacy-grpc.sock'),
    ]);
    const chain = await trustBundle(url, server, startTimeoutMs);
    const root = new X509Certificate(chain[chain.length - 1] ?? Buffer.alloc(0));
    const running = server;
    return {
      url,
      chain,
      subject: { organization: nameField(root.subject, 'O'), commonName: nameField(root.subject, 'CN') },
      ctlog: { url: ctURL, publicKeyDer: ctlog.publicKeyDer, logID: ctlog.logID },
      issuer,
      pid: running.pid,
      mintToken: (claims = {}) => oidc.mintToken({ ...claims, iss: issuer }),
      output: () => running.output(),
      close: stop,
    };
  } catch (error) {
    const output = server?.output() ?? '';
    await stop();
    throw new Error(`fulcio (${binary}) did not start: ${error instanceof Error ? error.message : String(error)}\n${output}`, { cause: error });
  }
}

const OID_CT_POISON = '1.3.6.1.4.1.11129.2.4.3';

/**
 * RFC 6962's POST /ct/v1/add-pre-chain: `chain` is the precertificate and its issuer (base64 DER); the answer is an SCT
 * over the precertificate's TBS without its poison extension, for the issuer's key.
 */
function ctLogRoutes(log: CertificateTransparencyLog): Route[] {
  return [
    {
      method: 'POST',
      path: '/ct/v1/add-pre-chain',
      handle: ({ body }) => {
        try {
          const { chain } = JSON.parse(body.toString('utf8')) as { chain?: unknown };
          const [precertificate, issuer] = Array.isArray(chain) ? chain.map((c) => Buffer.from(String(c), 'base64')) : [];
          if (precertificate === undefined || issuer === undefined) throw new Error('chain must hold the precertificate and its issuer');
          const issuerSpki = new X509Certificate(issuer).publicKey.export({ format: 'der', type: 'spki' });
          // Version (1 byte), log ID (32), timestamp (8), extensions (2, empty), then the digitally-signed struct.
          const sct = log.signedCertificateTimestamp(withoutPoison(der.children(der.readElement(precertificate))[0]), issuerSpki);
          return json(200, { sct_version: 0, id: sct.subarray(1, 33).toString('base64'), timestamp: Number(sct.readBigUInt64BE(33)), extensions: '', signature: sct.subarray(43).toString('base64') });
        } catch (error) {
          return json(400, { message: `add-pre-chain: ${error instanceof Error ? error.message : String(error)}` });
        }
      },
    },
  ];
}

/** The TBSCertificate re-encoded without the CT poison extension. */
function withoutPoison(tbs: der.DerElement | undefined): Buffer {
  if (tbs === undefined) throw new Error('not a certificate');
  const poison = der.oid(OID_CT_POISON);
  const fields = der.children(tbs).map((field) => {
    if (field.tag !== 0xa3) return field.whole;
    const extensions = der.children(der.readElement(field.content)).filter((extension) => !der.children(extension)[0]?.whole.equals(poison));
    return der.explicit(3, der.sequence(...extensions.map((extension) => extension.whole)));
  });
  return der.sequence(...fields);
}

/** Polls GET /api/v2/trustBundle until Fulcio answers; its first chain as DER, issuing CA first. */
async function trustBundle(url: string, server: ServerProcess, timeoutMs: number): Promise<Buffer[]> {
  let body: { chains?: Array<{ certificates?: string[] }> } = {};
  await server.waitUntil(async () => {
    const response = await fetch(`${url}/api/v2/trustBundle`, { signal: AbortSignal.timeout(5_000) });
    if (response.ok) body = (await response.json()) as typeof body;
    return response.ok;
  }, timeoutMs);
  const pems = body.chains?.[0]?.certificates ?? [];
  if (pems.length === 0) throw new Error(`GET ${url}/api/v2/trustBundle held no certificate`);
  return pems.map((pem) => Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ''), 'base64'));
}
