// A runner behind a proxy: publishing a release (draft, uploads, publish) and `verify-release --tag`
// (every asset and GitHub's release attestation downloaded) go through HTTPS_PROXY as
// @actions/http-client would send them, and straight to GitHub when NO_PROXY covers it. The API
// double is reached over TLS (a front with a test CA this process trusts, as a runner trusts its
// proxy's: a token never goes to another machine over plain HTTP) as `api.github.test`, a name only
// the proxy resolves: a request that went around the proxy could not arrive at all. @actions/http-client
// reaches loopback names (localhost, 127.*, [::1]) directly whatever NO_PROXY says, so the direct path
// is tried on 0.0.0.0, which is no loopback name by its rules and which Linux and macOS connect to the
// local host.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { after, before, describe, test, type TestContext } from 'node:test';
import { run as runReleaseAction } from '../../src/actions/release/main.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { requestIdToken } from '../../src/github/oidc.js';
import { proxySettingsFrom } from '../../src/core/proxy.js';
import { releasesOf } from '../../src/github/release-target.js';
import { runRelease } from '../../src/release/index.js';
import { recordingIO } from '../support/action-io.js';
import { cli } from '../support/cli.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { startGitHubReleaseSigner, type GitHubReleaseSigner } from '../support/github/release-signer.js';
import { makeHostTls, startForwardingProxy, type ForwardingProxy } from '../support/proxy.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const WORKFLOW = 'octo-org/octo-repo/.github/workflows/release.yml';
const TAG = 'v1.0.0';

describe('GitHub requests on a runner behind a proxy', () => {
  let stack: SigstoreStack;
  let api: GitHubApiDouble;
  let github: GitHubReleaseSigner;
  let proxy: ForwardingProxy;
  let dir: string;
  let roots: string;
  let count = 0;
  /** The double as a client names it: through the proxy only. */
  let proxiedApi: string;
  /** The double on 0.0.0.0: reachable directly. */
  let directApi: string;
  /** The CA certificates this process trusted before the fronts' were added. */
  let defaultCAs: string[];
  const fronts: HttpsServer[] = [];
  before(async () => {
    [stack, api, proxy] = await Promise.all([startSigstoreStack(), startGitHubApi(), startForwardingProxy()]);
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-proxy-'));
    github = await startGitHubReleaseSigner(stack, dir);
    api.state.releases.signer = github.sign;
    roots = join(dir, 'roots.jsonl');
    await writeFile(roots, `${JSON.stringify(stack.trustedRoot)}\n${JSON.stringify(github.trustedRoot)}\n`);
    stack.oidc.setEndpointClaims({ job_workflow_ref: `${WORKFLOW}@refs/tags/${TAG}`, ref: `refs/tags/${TAG}` });
    const [named, direct] = await Promise.all([tlsFront(join(dir, 'named'), 'api.github.test'), tlsFront(join(dir, 'direct'), '0.0.0.0')]);
    defaultCAs = getCACertificates('default');
    setDefaultCACertificates([...defaultCAs, named.caPem, direct.caPem]);
    proxiedApi = `https://api.github.test:${named.port}`;
    directApi = `https://0.0.0.0:${direct.port}`;
  });
  after(async () => {
    stack.oidc.setEndpointClaims({});
    setDefaultCACertificates(defaultCAs);
    for (const front of fronts) front.closeAllConnections();
    await Promise.all([stack.close(), api.close(), proxy.close(), ...fronts.map((front) => new Promise((resolve) => front.close(resolve))), rm(dir, { recursive: true, force: true })]);
  });

  /** A TLS end for `host` in front of `upstreamOrigin` (GitHub's: the double), on 127.0.0.1 (which 0.0.0.0 reaches); its port and the CA its certificate chains to. */
  async function tlsFront(tlsDir: string, host: string, upstreamOrigin = api.url): Promise<{ port: number; caPem: string }> {
    await mkdir(tlsDir);
    const tls = await makeHostTls(tlsDir, host);
    const front = createHttpsServer({ cert: tls.certPem, key: tls.keyPem }, (request, response) => {
      const upstream = httpRequest(`${upstreamOrigin}${request.url ?? '/'}`, { method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(response);
      });
      upstream.on('error', () => response.destroy());
      request.pipe(upstream);
    });
    fronts.push(front);
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    return { port: (front.address() as AddressInfo).port, caPem: tls.caPem };
  }

  /** What the double and the proxy saw from `mark` on, as `METHOD /path` lines. */
  function seenSince(mark: { api: number; proxy: number }): { atApi: string[]; atProxy: string[]; proxied: string[] } {
    const atApi = api.records.slice(mark.api).map((record) => `${record.method} ${record.path}`);
    const proxied = proxy.requests.slice(mark.proxy).map((request) => `${request.method} ${request.target}`);
    const atProxy = proxy.requests.slice(mark.proxy).flatMap((request) => (request.method === 'CONNECT' ? [] : [`${request.method} ${new URL(request.target).pathname}`]));
    return { atApi: atApi.sort(), atProxy: atProxy.sort(), proxied };
  }
  const marks = (): { api: number; proxy: number } => ({ api: api.records.length, proxy: proxy.requests.length });

  /** The CLI's unsigned `release --github-release` of one file to `octo-org/<repo>`, with `env` for the proxy. */
  async function cliRelease(t: TestContext, repo: string, apiUrl: string, env: Record<string, string>): Promise<void> {
    api.state.baseUrl = apiUrl;
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), `app of ${repo}\n`);
    const run = await cli(['release', '--no-sign', '--sbom-format', 'none', '--base', 'dist', '--github-release', 'dist', '--tag', TAG, '--repo', `octo-org/${repo}`], cwd, { GITHUB_API_URL: apiUrl, GH_TOKEN: 'ghs_test', ...env });
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.match(run.stderr, /published; 3 uploaded, 0 already there/);
  }

  /** Whether every request the proxy saw since `mark` opened a tunnel to the named API, and there was one at least. */
  const tunnelledOnly = (proxied: readonly string[]): boolean => proxied.length > 0 && proxied.every((line) => line === `CONNECT api.github.test:${new URL(proxiedApi).port}`);

  test('trust-kit release --github-release sends the draft, every upload and the publishing through HTTPS_PROXY', async (t) => {
    const mark = marks();
    await cliRelease(t, 'proxied-cli', proxiedApi, { HTTPS_PROXY: proxy.url });
    const seen = seenSince(mark);
    assert.ok(seen.atApi.length > 0);
    // api.github.test resolves only at the proxy: every request the API answered came through a tunnel of it.
    assert.ok(tunnelledOnly(seen.proxied), seen.proxied.join('\n'));
    const routes = api.records.slice(mark.api).map((record) => record.route);
    for (const route of ['releases.create', 'releases.uploadAsset', 'releases.update']) assert.ok(routes.includes(route), `${route} in ${routes.join(', ')}`);
    assert.equal(routes.filter((route) => route === 'releases.uploadAsset').length, 3);
  });

  test('the release action publishes through its job\'s https_proxy, the lower-case variable winning over HTTPS_PROXY', async (t) => {
    api.state.baseUrl = proxiedApi;
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), 'app of the action\n');
    const mark = marks();
    const io = recordingIO();
    const inputs = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false', 'github-release': 'true', 'github-token': 'ghs_action' };
    await runReleaseAction(inputs, io, cwd, { GITHUB_API_URL: proxiedApi, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo-org/proxied-action', GITHUB_REF: `refs/tags/${TAG}`, https_proxy: proxy.url, HTTPS_PROXY: 'http://unused.example:1' });
    assert.equal(io.outputs['release-uploaded'], 'app.tgz\nSHA256SUMS\nVERIFY.md');
    const seen = seenSince(mark);
    assert.ok(seen.atApi.length > 0);
    assert.ok(tunnelledOnly(seen.proxied), seen.proxied.join('\n'));
  });

  test('with NO_PROXY covering the host, the same release goes straight to GitHub; without it, through the proxy', async (t) => {
    const direct = marks();
    await cliRelease(t, 'direct-cli', directApi, { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: 'example.org,0.0.0.0' });
    assert.deepEqual(seenSince(direct).proxied, []);
    assert.ok(api.records.length > direct.api);
    const proxied = marks();
    await cliRelease(t, 'undirect-cli', directApi, { https_proxy: proxy.url, NO_PROXY: 'example.org' });
    const seen = seenSince(proxied);
    assert.ok(seen.atApi.length > 0);
    assert.ok(seen.proxied.length > 0 && seen.proxied.every((line) => line === `CONNECT 0.0.0.0:${new URL(directApi).port}`), seen.proxied.join('\n'));
  });

  /** Publishes a signed, attested release of `repo` (immutable, so GitHub attests it) with runRelease, its releases from the entry points' `releasesOf`. */
  async function publish(t: TestContext, apiUrl: string, env: Record<string, string>): Promise<string> {
    count += 1;
    const repo = `proxied-${count}`;
    api.state.baseUrl = apiUrl;
    api.state.repository('octo-org', repo).immutableReleases = true;
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), `app of ${repo}\n`);
    await writeFile(join(cwd, 'event.json'), JSON.stringify({ repository: { visibility: 'public' } }));
    const inputs = { 'subject-path': ['dist'], base: 'dist', 'sbom-format': ['none'], 'fulcio-url': stack.fulcioURL, 'tsa-url': stack.tsaURL ?? '', 'rekor-url': stack.rekorURL ?? '', 'trusted-root': roots, attest: 'auto', 'immutable-release': 'true' };
    const config = releaseConfig(inputs, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
    const commit = createHash('sha256').update(TAG).digest('hex').slice(0, 40);
    // The tag push: the tag names the commit the run built.
    api.state.repository('octo-org', repo).tags.set(TAG, commit);
    const runEnv = { ...stack.env, ...env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json'), GITHUB_REPOSITORY: `octo-org/${repo}`, GITHUB_REF: `refs/tags/${TAG}`, GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: TAG, GITHUB_SHA: commit };
    const releases = releasesOf({ repository: `octo-org/${repo}`, token: 'ghs_test', apiUrl, proxy: proxySettingsFrom(env) });
    const result = await runRelease(config, { cwd, env: runEnv, logger: silentLogger, oidcDiscoveryURL: stack.oidc.discoveryURL, githubRelease: { tag: TAG, releases } });
    assert.equal(result.githubRelease?.outcome, 'published');
    return `octo-org/${repo}`;
  }

  /** `verify-release --tag` of `repository` with `env`; returns what went through the proxy. */
  async function verifyRelease(t: TestContext, repository: string, apiUrl: string, env: Record<string, string>): Promise<ReturnType<typeof seenSince>> {
    api.state.baseUrl = apiUrl;
    const mark = marks();
    const run = await cli(['verify-release', '--tag', TAG, '--repo', repository, '--signer-workflow', WORKFLOW, '--trusted-root', roots], await tempDir(t), { GH_TOKEN: 'ghs_test', GITHUB_API_URL: apiUrl, ...env });
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.match(run.stderr, /downloaded \d+ asset\(s\) of octo-org\/proxied-\d+ v1\.0\.0, immutable, with GitHub's release attestation/);
    assert.match(run.stdout, /GitHub release attestation: tag v1\.0\.0/);
    return seenSince(mark);
  }

  test('a signed release published through the proxy is downloaded and verified with verify-release --tag through it, and directly under NO_PROXY', async (t) => {
    const mark = marks();
    const repository = await publish(t, proxiedApi, { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url });
    const published = seenSince(mark);
    assert.ok(published.atApi.length > 0);
    // The Sigstore services are on 127.0.0.1: loopback, reached directly.
    assert.ok(tunnelledOnly(published.proxied), published.proxied.join('\n'));

    const downloaded = await verifyRelease(t, repository, proxiedApi, { HTTPS_PROXY: proxy.url });
    assert.ok(downloaded.atApi.some((line) => /^GET \/repos\/octo-org\/proxied-\d+\/releases\/assets\/\d+$/.test(line)), downloaded.atApi.join('\n'));
    assert.ok(downloaded.atApi.some((line) => line.startsWith('GET /repos/octo-org/proxied-') && line.includes('/attestations/sha256%3A')), 'GitHub\'s release attestation is fetched');
    assert.ok(tunnelledOnly(downloaded.proxied), downloaded.proxied.join('\n'));

    const direct = await verifyRelease(t, repository, directApi, { HTTPS_PROXY: proxy.url, NO_PROXY: '0.0.0.0' });
    assert.deepEqual(direct.proxied, []);
  });

  test('a GitHub named over plain HTTP off this machine is refused before any request: the token would travel in the clear', async (t) => {
    const mark = marks();
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
    const run = await cli(['release', '--no-sign', '--sbom-format', 'none', '--base', 'dist', '--github-release', 'dist', '--tag', TAG, '--repo', 'octo-org/plain'], cwd, { GITHUB_API_URL: `http://api.github.test:${new URL(proxiedApi).port}`, GH_TOKEN: 'ghs_test', HTTP_PROXY: proxy.url });
    assert.notEqual(run.code, EXIT.OK);
    assert.match(run.stderr, /GITHUB_API_URL_INVALID: GITHUB_API_URL is http:\/\/api\.github\.test:\d+, plain HTTP to another machine/);
    assert.deepEqual(seenSince(mark), { atApi: [], atProxy: [], proxied: [] });
  });

  test('the runner\'s OIDC token is requested through a CONNECT tunnel of HTTPS_PROXY; a plain-HTTP endpoint off this machine is refused before the request token is sent', async (t) => {
    const runner = new URL(stack.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
    // The runner's token service's TLS end, in front of the stack's.
    const front = await tlsFront(await tempDir(t).then((tmp) => join(tmp, 'pipelines')), 'pipelines.actions.test', runner.origin);
    const trusted = getCACertificates('default');
    setDefaultCACertificates([...trusted, front.caPem]);
    t.after(() => setDefaultCACertificates(trusted));
    const endpoint = new URL(runner.href);
    endpoint.protocol = 'https:';
    endpoint.hostname = 'pipelines.actions.test';
    endpoint.port = String(front.port);
    const retry = { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 5000, timeoutMs: 5000 };
    const mark = marks();
    const token = await requestIdToken({ env: { ...stack.env, ACTIONS_ID_TOKEN_REQUEST_URL: endpoint.href, HTTPS_PROXY: proxy.url }, retry });
    assert.ok(token !== undefined);
    token.secret.destroy();
    assert.deepEqual(seenSince(mark).proxied, [`CONNECT pipelines.actions.test:${endpoint.port}`]);
    const plain = new URL(runner.href);
    plain.hostname = 'pipelines.actions.test';
    await assert.rejects(requestIdToken({ env: { ...stack.env, ACTIONS_ID_TOKEN_REQUEST_URL: plain.href, HTTP_PROXY: proxy.url }, retry }), { code: 'OIDC_SERVICE_FAILED', message: /plain HTTP to another machine/ });
    assert.deepEqual(seenSince(mark).proxied, [`CONNECT pipelines.actions.test:${endpoint.port}`]);
  });
});
