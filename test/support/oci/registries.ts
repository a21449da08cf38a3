import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { promisify } from 'node:util';
import { tempDir } from '../tmp.js';
import { freePort, startServer, type ServerProcess } from '../server-process.js';
import { makeSigningCertificate, makeTestTls } from './tls.js';
import { startTokenServer, type TokenServer } from './token-server.js';

const run = promisify(execFile);

/** Debian's distribution 2.8 binary (the `docker-registry` package; scripts/install-tools.sh installs it). */
export const DOCKER_REGISTRY_BINARY = '/usr/bin/docker-registry';
/** crane, built by scripts/install-tools.sh. */
export const CRANE_BINARY = join(import.meta.dirname, '../../../.tools/bin/crane');
/** go-containerregistry's registry with the referrers API on (test/support/oci/referrers-registry). */
export const REFERRERS_REGISTRY_BINARY = join(import.meta.dirname, '../../../.tools/bin/referrers-registry');

/** The programs the registry tests run, where they live and how to install them. */
const REGISTRY_TOOLS = {
  'docker-registry': { path: DOCKER_REGISTRY_BINARY, install: 'bash scripts/install-tools.sh debian_packages (apt package docker-registry)' },
  htpasswd: { path: '/usr/bin/htpasswd', install: 'bash scripts/install-tools.sh debian_packages (apt package apache2-utils)' },
  crane: { path: CRANE_BINARY, install: 'bash scripts/install-tools.sh crane' },
  'referrers-registry': { path: REFERRERS_REGISTRY_BINARY, install: 'bash scripts/install-tools.sh referrers_registry (needs Go)' },
} as const;

/** A program a registry test needs. */
export type RegistryTool = keyof typeof REGISTRY_TOOLS;

/**
 * Whether the tools a test needs are installed; as for the interop peers, a missing one fails the
 * test in CI (naming the install command) and skips it elsewhere.
 */
export function haveTools(t: TestContext, tools: readonly RegistryTool[], others: readonly { name: string; installed: boolean; install: string }[] = []): boolean {
  const missing = [
    ...tools.filter((tool) => !existsSync(REGISTRY_TOOLS[tool].path)).map((tool) => `${tool} is not installed (${REGISTRY_TOOLS[tool].path}): run \`${REGISTRY_TOOLS[tool].install}\``),
    ...others.filter((other) => !other.installed).map((other) => `${other.name} is not installed: run \`${other.install}\``),
  ];
  if (missing.length === 0) return true;
  if (process.env['CI'] === 'true') assert.fail(missing.join('; '));
  t.skip(missing.join('; '));
  return false;
}

/** The user and password of the registries with auth. */
export const TEST_USER = { username: 'release-bot', password: `pw-${randomBytes(12).toString('hex')}` } as const;

/** A registry on loopback, started for one test. */
export interface LoopbackRegistry {
  /** The registry's name in references: `127.0.0.1:<port>`. */
  readonly name: string;
  /** Whether it is reached over plain HTTP. */
  readonly plainHttp: boolean;
  /** The PEM CA its TLS certificate chains to, when it serves TLS. */
  readonly ca?: string;
  /** The CA's file, for tools that take a path. */
  readonly caPath?: string;
  /** The token service in front of it, in token mode. */
  readonly tokenServer?: TokenServer;
  readonly process: ServerProcess;
}

/** How Debian's registry is set up: no auth over HTTP, htpasswd Basic over TLS, or a Bearer token service. */
export type DockerRegistryMode = 'anonymous' | 'htpasswd-tls' | 'token';

async function requireBinary(path: string, installHint: string): Promise<void> {
  try {
    await access(path);
  } catch {
    throw new Error(`${path} is missing: ${installHint}`);
  }
}

/** The registries hold nothing worth a graceful end: a second after SIGTERM they are killed. */
const REGISTRY_GRACE_MS = 1_000;

/**
 * Starts Debian's `docker-registry` (distribution 2.8) on a free loopback port with a temporary
 * config and storage, stopped when the test ends. It never runs as the package's system service.
 */
export async function startDockerRegistry(t: TestContext, mode: DockerRegistryMode, options: { anonymousPull?: boolean; refreshTokens?: Record<string, string> } = {}): Promise<LoopbackRegistry> {
  await requireBinary(DOCKER_REGISTRY_BINARY, 'run `bash scripts/install-tools.sh debian_packages` (apt package docker-registry)');
  const dir = await tempDir(t, 'trust-kit-registry-');
  const storage = join(dir, 'storage');
  await mkdir(storage);
  const port = await freePort();
  const lines = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storage}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
  ];
  let tls: Awaited<ReturnType<typeof makeTestTls>> | undefined;
  let tokenServer: TokenServer | undefined;
  if (mode === 'htpasswd-tls') {
    await requireBinary('/usr/bin/htpasswd', 'run `bash scripts/install-tools.sh debian_packages` (apt package apache2-utils)');
    tls = await makeTestTls(dir);
    const htpasswd = join(dir, 'htpasswd');
    // htpasswd -B: bcrypt, the only hash distribution's htpasswd auth accepts.
    const { stdout } = await run('htpasswd', ['-Bbn', TEST_USER.username, TEST_USER.password]);
    await writeFile(htpasswd, stdout);
    lines.push('  tls:', `    certificate: ${tls.certPath}`, `    key: ${tls.keyPath}`, 'auth:', '  htpasswd:', '    realm: trust-kit-test', `    path: ${htpasswd}`);
  }
  if (mode === 'token') {
    const signing = await makeSigningCertificate(dir, 'token-signer');
    tokenServer = await startTokenServer({
      service: 'trust-kit-test-registry',
      issuer: 'trust-kit-test-token-service',
      signingCertPath: signing.certPath,
      signingKeyPath: signing.keyPath,
      users: { [TEST_USER.username]: TEST_USER.password },
      anonymousPull: options.anonymousPull === true,
      ...(options.refreshTokens === undefined ? {} : { refreshTokens: options.refreshTokens }),
    });
    t.after(() => tokenServer?.close());
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${tokenServer.realm}`,
      '    service: trust-kit-test-registry',
      '    issuer: trust-kit-test-token-service',
      `    rootcertbundle: ${signing.certPath}`,
    );
  }
  const config = join(dir, 'config.yml');
  await writeFile(config, `${lines.join('\n')}\n`);
  const server = startServer(`docker-registry (${mode})`, DOCKER_REGISTRY_BINARY, ['serve', config]);
  t.after(() => server.stop(REGISTRY_GRACE_MS));
  const ca = tls === undefined ? undefined : await readFile(tls.caPath, 'utf8');
  await server.waitUntil(() => answers(`${tls ? 'https' : 'http'}://127.0.0.1:${port}/v2/`, ca));
  return {
    name: `127.0.0.1:${port}`,
    plainHttp: tls === undefined,
    ...(tls === undefined ? {} : { ca, caPath: tls.caPath }),
    ...(tokenServer === undefined ? {} : { tokenServer }),
    process: server,
  };
}

/** Starts `crane registry serve` (go-containerregistry's registry without the referrers API) on a free loopback port. */
export async function startCraneRegistry(t: TestContext): Promise<LoopbackRegistry> {
  await requireBinary(CRANE_BINARY, 'run `bash scripts/install-tools.sh crane`');
  const port = await freePort();
  const server = startServer('crane registry serve', CRANE_BINARY, ['registry', 'serve', '--address', `127.0.0.1:${port}`]);
  t.after(() => server.stop(REGISTRY_GRACE_MS));
  await server.waitUntil(() => answers(`http://127.0.0.1:${port}/v2/`));
  return { name: `127.0.0.1:${port}`, plainHttp: true, process: server };
}

/** Starts go-containerregistry's registry with the OCI 1.1 referrers API on, on a port it picks and prints. */
export async function startReferrersRegistry(t: TestContext): Promise<LoopbackRegistry> {
  await requireBinary(REFERRERS_REGISTRY_BINARY, 'run `bash scripts/install-tools.sh referrers_registry` (needs Go)');
  const server = startServer('referrers-registry', REFERRERS_REGISTRY_BINARY, ['127.0.0.1:0']);
  t.after(() => server.stop(REGISTRY_GRACE_MS));
  let name = '';
  await server.waitUntil(async () => {
    name = /^(127\.0\.0\.1:\d+)$/m.exec(server.output())?.[1] ?? '';
    return name !== '' && answers(`http://${name}/v2/`);
  });
  return { name, plainHttp: true, process: server };
}

/** Whether an HTTP(S) server answers a GET at `url` with any status. */
function answers(url: string, ca?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = url.startsWith('https:') ? httpsGet(url, { ca: ca ?? '' }, done) : httpGet(url, done);
    function done(response: IncomingMessage): void {
      response.resume();
      resolve(true);
    }
    request.on('error', () => resolve(false));
    request.setTimeout(1000, () => request.destroy());
  });
}

/** Runs crane against a loopback registry (plain HTTP: --insecure) and returns its stdout. */
export async function crane(args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const { stdout } = await run(CRANE_BINARY, [...args], { env: options.env ?? process.env, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
