// The real Rekor v1 (github.com/sigstore/rekor's rekor-server, built by scripts/install-tools.sh rekor_v1) on loopback,
// over the real Trillian log server and log signer, which keep the log in a MariaDB server of its own: all four are
// child processes with their data in one temporary directory. Rekor signs checkpoints with a fresh in-memory ECDSA
// P-256 key (`--rekor_server.signer memory`) and names its checkpoints {@link REKOR_HOSTNAME}, not the host of its URL,
// as a deployment does (the flag defaults to the machine's name; a sigstore/scaffolding pod's is the pod's).
// The search index (Redis or MySQL) is switched off, so no Redis runs. Pass it to startSigstoreStack({ rekorV1 }) to
// sign against it and trust it.
import { execFile } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { freePort, lockPort, startServer, type ServerProcess } from '../server-process.js';
import type { ExternalTransparencyLog } from './index.js';

/** Where the programs are: scripts/install-tools.sh rekor_v1 puts Rekor, Trillian and Trillian's schema in one folder. */
export interface RekorV1Programs {
  readonly rekorServer: string;
  readonly trillianLogServer: string;
  readonly trillianLogSigner: string;
  /** Trillian's MySQL schema (storage/mysql/schema/storage.sql of the Trillian module the servers were built from). */
  readonly trillianSchema: string;
  readonly mariadbd: string;
  readonly mariadbInstallDb: string;
}

/** The name Rekor signs its checkpoints under (`--rekor_server.hostname`): a machine's, not its URL's host. */
export const REKOR_HOSTNAME = 'rekor-0';

/** A running Rekor v1 with its Trillian and database: the stack's external Rekor v1 log. */
export interface RealRekor extends ExternalTransparencyLog {
  /** The Trillian tree Rekor created at start-up (the number after its checkpoints' origin `rekor-0 - `). */
  readonly treeID: string;
  /** The temporary directory holding the database and configuration (close() removes it). */
  readonly directory: string;
  /** Process ids of rekor-server, the Trillian log server and signer, and mariadbd (for checking that close() ended them). */
  readonly pids: readonly number[];
  /** What each process logged so far (the start and the latest lines of each), for failure messages. */
  output(): string;
  /** Stops the four processes (SIGTERM, then SIGKILL if one lingers) and removes their data. */
  close(): Promise<void>;
}

/**
 * rekor-server serves Prometheus metrics on the fixed port 2112 on all interfaces (no flag moves it), as timestamp-server
 * does; it ignores a failure to bind it, timestamp-server exits. So Rekor starts either under the lock timestamp-server
 * takes for that port, or while the lock's holder listens there (then Rekor's bind fails and it carries on).
 */
const METRICS_PORT = 2112;
const METRICS_PORT_LOCK = 'timestamp-server-2112';
/** How long the Trillian servers get between SIGTERM and SIGKILL. */
const TRILLIAN_GRACE_MS = 500;
/** rekor-server's API minus searchIndex, the one endpoint that needs the Redis (or MySQL) search index. */
const ENDPOINTS = ['getLogInfo', 'getPublicKey', 'getLogProof', 'createLogEntry', 'getLogEntryByIndex', 'getLogEntryByUUID', 'searchLogQuery'];

/** Starts MariaDB, Trillian and rekor-server on 127.0.0.1 and resolves once Rekor serves its public key and log info. */
export async function startRealRekor(programs: RekorV1Programs, startTimeoutMs = 60_000): Promise<RealRekor> {
  const directory = await mkdtemp(join(tmpdir(), 'trust-kit-rekor-v1-'));
  const servers: ServerProcess[] = [];
  let release: (() => Promise<void>) | undefined;
  const close = async (): Promise<void> => {
    // Rekor first, MariaDB last: each stops before what it writes to. The Trillian servers log SIGTERM and then linger
    // until SIGKILL; their data is thrown away, so they get a short grace instead of the usual 5 s.
    const [database, ...rest] = servers;
    const rekor = rest.find((server) => server.name === 'rekor-server');
    await rekor?.stop();
    await Promise.all(rest.filter((server) => server !== rekor).map((server) => server.stop(TRILLIAN_GRACE_MS)));
    await database?.stop();
    await release?.();
    await rm(directory, { recursive: true, force: true });
  };
  const output = (): string => servers.map((server) => `--- ${server.name} ---\n${server.output()}`).join('\n');
  try {
    const database = await startDatabase(programs, directory, startTimeoutMs);
    servers.push(database.server);
    const [logRpc, logHttp, signerRpc, rekorPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const storage = ['--storage_system=mysql', '--quota_system=mysql', `--mysql_uri=${database.uri}`];
    const logServer = startServer('trillian_log_server', programs.trillianLogServer, [...storage, `--rpc_endpoint=127.0.0.1:${logRpc}`, `--http_endpoint=127.0.0.1:${logHttp}`, '--tree_gc=false']);
    servers.push(logServer);
    // One signer, master of every tree without an election; no HTTP endpoint (nothing reads its metrics).
    servers.push(startServer('trillian_log_signer', programs.trillianLogSigner, [...storage, `--rpc_endpoint=127.0.0.1:${signerRpc}`, '--http_endpoint=', '--force_master', '--sequencer_interval=50ms']));
    await logServer.waitUntil(async () => (await fetch(`http://127.0.0.1:${logHttp}/healthz`, { signal: AbortSignal.timeout(5_000) })).ok, startTimeoutMs);
    release = await guardMetricsPort(startTimeoutMs);
    const url = `http://127.0.0.1:${rekorPort}`;
    // No tree id: Rekor creates and initialises a tree in Trillian at start-up, as on a new deployment.
    const rekor = startServer('rekor-server', programs.rekorServer, [
      'serve', '--log_type', 'prod', '--rekor_server.address', '127.0.0.1', '--port', String(rekorPort), '--rekor_server.hostname', REKOR_HOSTNAME,
      '--rekor_server.signer', 'memory', '--trillian_log_server.address', '127.0.0.1', '--trillian_log_server.port', String(logRpc),
      '--enable_retrieve_api=false', `--enabled_api_endpoints=${ENDPOINTS.join(',')}`,
    ]);
    servers.push(rekor);
    let pem = '';
    let treeID = '';
    await rekor.waitUntil(async () => {
      const [key, info] = await Promise.all([fetch(`${url}/api/v1/log/publicKey`, { signal: AbortSignal.timeout(5_000) }), fetch(`${url}/api/v1/log`, { signal: AbortSignal.timeout(5_000) })]);
      if (!key.ok || !info.ok) return false;
      pem = await key.text();
      treeID = String(((await info.json()) as { treeID?: unknown }).treeID ?? '');
      return true;
    }, startTimeoutMs);
    const publicKeyDer = createPublicKey(pem).export({ format: 'der', type: 'spki' });
    return {
      url,
      publicKeyDer,
      // Rekor v1's log id is the SHA-256 of its DER public key.
      logID: createHash('sha256').update(publicKeyDer).digest(),
      treeID,
      directory,
      pids: servers.map((server) => server.pid),
      output,
      close,
    };
  } catch (error) {
    const log = output();
    await close();
    throw new Error(`Rekor v1 (${programs.rekorServer}) did not start: ${error instanceof Error ? error.message : String(error)}\n${log}`, { cause: error });
  }
}

/**
 * A MariaDB server for Trillian alone: a fresh data directory (mariadb-install-db, about 2 s), reachable only through
 * a Unix socket in `directory` (no TCP port to collide with), its `trillian` database made from Trillian's schema at
 * start-up (--init-file). Small InnoDB files keep the data directory near 20 MB.
 */
async function startDatabase(programs: RekorV1Programs, directory: string, timeoutMs: number): Promise<{ server: ServerProcess; uri: string }> {
  const data = join(directory, 'mariadb');
  const socket = join(directory, 'mariadb.sock');
  // mariadbd refuses to run as root unless told to; as anyone else the flag would only draw a warning.
  const user = process.getuid?.() === 0 ? ['--user=root'] : [];
  const small = ['--innodb-log-file-size=4M', '--innodb-buffer-pool-size=16M'];
  await promisify(execFile)(programs.mariadbInstallDb, ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user, ...small], {
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 1024 * 1024,
  });
  const init = join(directory, 'trillian.sql');
  await writeFile(init, `CREATE DATABASE trillian;\nUSE trillian;\n${await readFile(programs.trillianSchema, 'utf8')}`);
  const server = startServer('mariadbd', programs.mariadbd, [
    '--no-defaults', `--datadir=${data}`, '--skip-networking', `--socket=${socket}`, `--pid-file=${join(directory, 'mariadb.pid')}`, `--init-file=${init}`, ...user, ...small,
  ]);
  // It says so once the init file has run and it takes connections.
  await server.waitForOutput(/ready for connections/, timeoutMs);
  if (/\bERROR: \d+/.test(server.output())) throw new Error(`MariaDB could not load Trillian's schema (${programs.trillianSchema})`);
  return { server, uri: `root@unix(${socket})/trillian` };
}

/** The release of the metrics-port lock when this process took it; nothing to release when its holder listens there. */
async function guardMetricsPort(timeoutMs: number): Promise<() => Promise<void>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await lockPort(METRICS_PORT, { timeoutMs: 0, name: METRICS_PORT_LOCK });
    } catch (error) {
      if (!/held port/.test(String(error))) throw error;
    }
    if (await listening(METRICS_PORT)) return async () => {};
    if (Date.now() > deadline) throw new Error(`port ${METRICS_PORT} stayed locked and unbound for ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
