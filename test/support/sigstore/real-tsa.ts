// The real Sigstore timestamp authority (github.com/sigstore/timestamp-authority's `timestamp-server`, built by
// scripts/install-tools.sh) run on a loopback port with its in-memory signer, for tests that want their RFC 3161
// timestamps from the real server instead of the stack's double. Pass it to startSigstoreStack({ tsa }) to sign
// against it and trust it.
import { X509Certificate } from 'node:crypto';
import { lockPort, startServer, type ServerProcess } from '../server-process.js';
import type { ExternalTimestampAuthority } from './index.js';
import { nameField } from './x509.js';

/** A running timestamp-server: its URL and certificate chain (as a stack's external TSA), and how to stop it. */
export interface RealTimestampAuthority extends ExternalTimestampAuthority {
  /** The server's process id (for checking that close() ended it). */
  readonly pid: number;
  /** What the server logged so far (its last 64 KiB), for failure messages. */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL if it lingers) and waits until it has exited. */
  close(): Promise<void>;
}

/** How long start-up, the lock on the metrics port and stopping may take before the helper gives up. */
export interface RealTimestampAuthorityOptions {
  readonly startTimeoutMs?: number;
  readonly lockTimeoutMs?: number;
}

/**
 * Every timestamp-server also serves Prometheus metrics on the fixed port 2112 (all interfaces; no flag moves it) and
 * exits when that port is taken, so the servers the tests start on one machine run one at a time under this lock (its
 * name is the one earlier checkouts' tests take, so they share it).
 */
const METRICS_PORT = 2112;
const METRICS_PORT_LOCK = 'timestamp-server-2112';
const SERVING = /Serving timestamp server at (http:\/\/127\.0\.0\.1:\d+)/;

/** Starts `binary serve` on 127.0.0.1 (a port the server picks) and resolves once it has served its certificate chain. */
export async function startRealTimestampAuthority(binary: string, options: RealTimestampAuthorityOptions = {}): Promise<RealTimestampAuthority> {
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const release = await lockPort(METRICS_PORT, { timeoutMs: options.lockTimeoutMs ?? 60_000, name: METRICS_PORT_LOCK });
  let server: ServerProcess | undefined;
  try {
    server = startServer('timestamp-server', binary, ['serve', '--host', '127.0.0.1', '--port', '0', '--timestamp-signer', 'memory', '--disable-ntp-monitoring', '--log-type', 'prod']);
    const url = await serving(server, startTimeoutMs);
    const chain = await fetchChain(url, startTimeoutMs);
    const leaf = new X509Certificate(chain[0] ?? Buffer.alloc(0));
    const running = server;
    return {
      url,
      chain,
      subject: { organization: nameField(leaf.subject, 'O'), commonName: nameField(leaf.subject, 'CN') },
      pid: running.pid,
      output: () => running.output(),
      close: async () => {
        try {
          await running.stop();
        } finally {
          await release();
        }
      },
    };
  } catch (error) {
    await server?.stop();
    await release();
    throw new Error(`timestamp-server (${binary}) did not start: ${error instanceof Error ? error.message : String(error)}${server ? `\n${server.output()}` : ''}`, { cause: error });
  }
}

/** The base URL once the server logs that it serves; why not, when it exits first. */
async function serving(server: ServerProcess, timeoutMs: number): Promise<string> {
  try {
    return (await server.waitForOutput(SERVING, timeoutMs))[1] ?? '';
  } catch (error) {
    if (/listen tcp :2112: bind: address already in use/.test(server.output())) {
      throw new Error('its metrics port 2112 is taken by another program (`ss -ltnp sport = :2112` names it)', { cause: error });
    }
    throw error;
  }
}

/** GET /api/v1/timestamp/certchain: the PEM chain, signing certificate first, as DER. */
async function fetchChain(url: string, timeoutMs: number): Promise<Buffer[]> {
  const response = await fetch(`${url}/api/v1/timestamp/certchain`, { signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url}/api/v1/timestamp/certchain answered ${response.status}: ${text.slice(0, 200)}`);
  const chain = [...text.matchAll(/-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g)].map((m) => Buffer.from((m[1] ?? '').replace(/\s/g, ''), 'base64'));
  if (chain.length === 0) throw new Error(`GET ${url}/api/v1/timestamp/certchain held no certificate`);
  return chain;
}
