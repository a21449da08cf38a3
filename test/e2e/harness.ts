// The world an end-to-end release runs in, shared by test/e2e/release.test.ts and bench/e2e-release.ts:
// the root action bundled as dist/ is (into a temporary directory), run as the runner runs it, against
// the loopback Sigstore stack (with GitHub's OIDC issuer reached as the runner reaches it: HTTPS through
// a proxy), the GitHub API double and a loopback OCI registry holding one image.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { promisify } from 'node:util';
import { buildBundles } from '../../scripts/bundle.js';
import { RegistryClient } from '../../src/oci/index.js';
import { runActionBundle, type ActionRun } from '../support/action-runner.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { buildImage, debianFiles, pushImage } from '../support/oci/images.js';
import { startReferrersRegistry, type LoopbackRegistry } from '../support/oci/registries.js';
import { GITHUB_ACTIONS_ISSUER, startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** The repository, tag and workflow of the tag push every end-to-end run is. */
export const E2E = {
  owner: 'octo-org',
  repo: 'octo-repo',
  tag: 'v1.2.3',
  sha: 'f'.repeat(40),
  identity: 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
  issuer: GITHUB_ACTIONS_ISSUER,
} as const;

/**
 * Bundles the root action's entry as `npm run bundle` does, into `dir` (never dist/), beside a copy
 * of action.yml: the action the runner would run. Returns the action.yml path.
 */
export async function bundleRootAction(dir: string): Promise<string> {
  // ncc resolves dependencies from the compiled files upwards.
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // As the repository's package.json does for dist/: ncc then writes an ES module, the shipped format.
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  buildBundles(join(dir, 'lib'), join(dir, 'dist'), { release: 'actions/release/index.js' });
  if (!(await readFile(join(dir, 'dist', 'release', 'index.js'), 'utf8')).includes('__trustKitBuiltin(')) throw new Error(`${dir}/dist/release/index.js is not an ES module bundle with built-ins loaded as in dist/`);
  await copyFile(join(root, 'action.yml'), join(dir, 'action.yml'));
  return join(dir, 'action.yml');
}

/**
 * GitHub's OIDC issuer as the runner reaches it: `https://token.actions.githubusercontent.com`
 * through an HTTPS proxy (NODE_USE_ENV_PROXY), whose tunnel for that host ends at a TLS server with
 * a certificate for it from a test CA (NODE_EXTRA_CA_CERTS), serving the stack's discovery document.
 * The action's code is the released code: nothing in it knows of the test.
 */
async function startIssuerProxy(stack: SigstoreStack, dir: string): Promise<{ env: Record<string, string>; requests: string[]; close: () => Promise<void> }> {
  const host = new URL(GITHUB_ACTIONS_ISSUER).host;
  const caKey = join(dir, 'ca.key');
  const caPath = join(dir, 'ca.pem');
  const keyPath = join(dir, 'issuer.key');
  const csr = join(dir, 'issuer.csr');
  const certPath = join(dir, 'issuer.pem');
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  await run('openssl', ['req', '-x509', ...ec, '-keyout', caKey, '-out', caPath, '-days', '2', '-subj', '/CN=trust-kit e2e issuer CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign']);
  await run('openssl', ['req', '-new', ...ec, '-keyout', keyPath, '-out', csr, '-subj', `/CN=${host}`]);
  await writeFile(join(dir, 'issuer.ext'), `subjectAltName=DNS:${host}\nextendedKeyUsage=serverAuth\n`);
  await run('openssl', ['x509', '-req', '-in', csr, '-CA', caPath, '-CAkey', caKey, '-CAcreateserial', '-out', certPath, '-days', '2', '-extfile', join(dir, 'issuer.ext')]);
  const requests: string[] = [];
  const issuer = createHttpsServer({ key: await readFile(keyPath), cert: await readFile(certPath) }, (request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    if (request.method !== 'GET' || request.url !== '/.well-known/openid-configuration') {
      response.writeHead(404).end();
      return;
    }
    fetch(`${stack.oidc.discoveryURL.replace(/\/+$/, '')}/.well-known/openid-configuration`)
      .then(async (upstream) => response.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text()))
      .catch(() => response.writeHead(502).end());
  });
  const sockets = new Set<Socket>();
  const proxy: Server = createHttpServer((_request, response) => response.writeHead(405).end());
  proxy.on('connect', (request, client: Socket) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (request.url !== `${host}:443`) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect((issuer.address() as AddressInfo).port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyURL = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  return {
    env: { NODE_USE_ENV_PROXY: '1', HTTPS_PROXY: proxyURL, NO_PROXY: '127.0.0.1,localhost', NODE_EXTRA_CA_CERTS: caPath },
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([new Promise((resolve) => proxy.close(resolve)), new Promise((resolve) => issuer.close(resolve))]);
    },
  };
}

/** Everything an end-to-end release talks to, running. */
export interface E2eWorld {
  readonly stack: SigstoreStack;
  readonly api: GitHubApiDouble;
  readonly registry: LoopbackRegistry;
  /** The image the release signs, by tag, and the digest it resolves to. */
  readonly image: { reference: string; digest: string; byDigest: string };
  /** Requests GitHub's issuer (through the proxy) answered. */
  readonly issuerRequests: readonly string[];
  /** The environment of the release job, but for the inputs and the workspace's files. */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

/** Starts the stack, the API double, the registry (with one image) and the issuer proxy; `dir` holds their files. */
export async function startE2eWorld(t: Pick<TestContext, 'after'>, dir: string): Promise<E2eWorld> {
  const stack = await startSigstoreStack();
  // The token a tag push's job gets.
  stack.oidc.setEndpointClaims({
    ref: `refs/tags/${E2E.tag}`,
    ref_type: 'tag',
    sha: E2E.sha,
    workflow_ref: `${E2E.owner}/${E2E.repo}/.github/workflows/release.yml@refs/tags/${E2E.tag}`,
    job_workflow_ref: `${E2E.owner}/${E2E.repo}/.github/workflows/release.yml@refs/tags/${E2E.tag}`,
    event_name: 'push',
  });
  const api = await startGitHubApi();
  // The tag push: the tag names the commit the job built.
  api.state.repository(E2E.owner, E2E.repo).tags.set(E2E.tag, E2E.sha);
  const registry = await startReferrersRegistry(t as TestContext);
  const client = new RegistryClient({ plainHttp: [registry.name] });
  const image = buildImage(debianFiles('e2e release image'));
  await pushImage(client, { registry: registry.name, repository: 'octo-org/app' }, image, E2E.tag);
  client.close();
  const issuer = await startIssuerProxy(stack, dir);
  const event = join(dir, 'event.json');
  await writeFile(event, JSON.stringify({ ref: `refs/tags/${E2E.tag}`, repository: { full_name: `${E2E.owner}/${E2E.repo}`, visibility: 'public', private: false } }));
  const env = {
    ...stack.env,
    ...api.env,
    ...issuer.env,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: `refs/tags/${E2E.tag}`,
    GITHUB_REF_NAME: E2E.tag,
    GITHUB_REF_TYPE: 'tag',
    GITHUB_REPOSITORY: `${E2E.owner}/${E2E.repo}`,
    GITHUB_SHA: E2E.sha,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    SOURCE_DATE_EPOCH: '1700000000',
  };
  return {
    stack,
    api,
    registry,
    image: { reference: `${registry.name}/octo-org/app:${E2E.tag}`, digest: image.digest, byDigest: `${registry.name}/octo-org/app@${image.digest}` },
    issuerRequests: issuer.requests,
    env,
    close: async () => {
      await issuer.close();
      await api.close();
      await stack.close();
    },
  };
}

/** A workspace holding `count` artifacts in dist/ and the example project's npm lockfile, for the SBOMs. */
export async function makeWorkspace(count: number): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'trust-kit-e2e-workspace-'));
  await mkdir(join(workspace, 'dist'));
  for (let index = 0; index < count; index += 1) await writeFile(join(workspace, 'dist', `app-${String(index).padStart(2, '0')}.tar.gz`), `artifact ${index} of the e2e release\n`.repeat(64));
  await copyFile(join(root, 'examples', 'hello-cli', 'package.json'), join(workspace, 'package.json'));
  await copyFile(join(root, 'examples', 'hello-cli', 'package-lock.json'), join(workspace, 'package-lock.json'));
  return workspace;
}

/** The inputs of a release of dist/ with both SBOMs, attestations, the image and publishing on. */
export function releaseInputs(world: E2eWorld, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'subject-path': 'dist',
    base: 'dist',
    'sbom-format': 'spdx-json,cyclonedx-json',
    attest: 'true',
    images: world.image.reference,
    'allow-http-registry': 'true',
    'fulcio-url': world.stack.fulcioURL,
    'rekor-url': world.stack.rekorURL ?? '',
    'trusted-root': world.stack.trustedRootPath,
    'github-release': 'true',
    'github-token': 'ghs_e2e_token_not_a_secret_anywhere',
    ...extra,
  };
}

/** Runs the bundled root action in `workspace` as the runner would, with the world's environment. */
export function runRootAction(actionYml: string, world: E2eWorld, workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  // HOME: no docker config of the machine running the test is read.
  return runActionBundle(actionYml, inputs, workspace, { ...world.env, HOME: workspace });
}

/** The counts a release run left in the stack's and the double's request logs, from `from` on. */
export interface RequestCounts {
  /** Token requests to the runner's OIDC endpoint. */
  tokens: number;
  certificates: number;
  logEntries: number;
  uploads: number;
  /** Requests that change the release: create, edit, delete, upload. */
  changes: number;
}

/** Where the request logs stand now, to count what one run adds. */
export function requestMarks(world: E2eWorld): { oidc: number; fulcio: number; rekor: number; api: number } {
  return { oidc: world.stack.requestLog.oidc.length, fulcio: world.stack.requestLog.fulcio.length, rekor: world.stack.requestLog.rekor.length, api: world.api.records.length };
}

/** What a run added to the request logs since `marks`. */
export function requestCounts(world: E2eWorld, marks: ReturnType<typeof requestMarks>): RequestCounts {
  const tokenPath = new URL(world.stack.oidc.requestURL).pathname;
  const api = world.api.records.slice(marks.api);
  return {
    tokens: world.stack.requestLog.oidc.slice(marks.oidc).filter((record) => record.path === tokenPath).length,
    certificates: world.stack.requestLog.fulcio.slice(marks.fulcio).filter((record) => record.method === 'POST').length,
    logEntries: world.stack.requestLog.rekor.slice(marks.rekor).filter((record) => record.method === 'POST' && record.outcome === 201).length,
    uploads: api.filter((record) => record.route === 'releases.uploadAsset' && record.status === 201).length,
    changes: api.filter((record) => record.method !== 'GET').length,
  };
}

/** Removes a directory the harness made. */
export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}
