// Trusted roots fetched through TUF on a runner behind a proxy: every request of the TUF client
// (root rotation, timestamp, snapshot, targets, the trusted_root.json target) goes through
// HTTP_PROXY, and none does when NO_PROXY covers the repository. The loopback repository is named
// `tuf.sigstore.test`, a name only the recording proxy resolves, so a request that went around the
// proxy could not arrive; the direct path uses 0.0.0.0, which @actions/http-client's rules do not
// count as loopback (see test/github/proxy-release.test.ts).
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { proxySettingsFrom } from '../../src/core/proxy.js';
import { loadGitHubTrustMaterial, loadTrustMaterialFromTUF } from '../../src/sigstore/verify/index.js';
import { startForwardingProxy, type ForwardingProxy } from '../support/proxy.js';
import { startTufRepository, type TufRepository } from '../support/tuf.js';

describe('trusted roots through TUF behind a proxy', () => {
  let repository: TufRepository;
  let proxy: ForwardingProxy;
  let directory: string;
  let proxiedMirror: string;
  let directMirror: string;
  let cacheCount = 0;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'trust-kit-tuf-proxy-'));
    const trustedRoot = await readFile(join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json'));
    [repository, proxy] = await Promise.all([startTufRepository(directory, trustedRoot), startForwardingProxy()]);
    const port = new URL(repository.url).port;
    proxiedMirror = `http://tuf.sigstore.test:${port}`;
    directMirror = `http://0.0.0.0:${port}`;
  });
  after(async () => {
    await Promise.all([repository.close(), proxy.close(), rm(directory, { recursive: true, force: true })]);
  });

  /** A fresh metadata cache, so every load fetches the whole repository. */
  const freshCache = (): string => join(directory, `cache-${(cacheCount += 1)}`);

  /** The paths of the requests the proxy received from `mark` on, by mirror. */
  function proxiedSince(mark: number): { targets: string[]; paths: string[] } {
    const targets = proxy.requests.slice(mark).map((request) => `${request.method} ${request.target}`);
    return { targets, paths: proxy.requests.slice(mark).map((request) => new URL(request.target).pathname) };
  }

  /** Whether `path` is one a TUF client asks a repository for: a file it serves, or the next root version it probes for. */
  const isTufPath = (path: string): boolean => repository.files.has(path) || /^\/\d+\.root\.json$/.test(path);

  test('the trusted root loads through HTTP_PROXY: every metadata file and the target come through it', async () => {
    const mark = proxy.requests.length;
    const trust = await loadTrustMaterialFromTUF({ mirrorURL: proxiedMirror, rootPath: repository.rootPath, cachePath: freshCache(), retries: 0, proxy: proxySettingsFrom({ HTTP_PROXY: proxy.url }) });
    assert.equal(trust.label, `${proxiedMirror} (TUF)`);
    assert.ok(trust.roots[0]?.certificateAuthorities.length !== 0);
    const seen = proxiedSince(mark);
    assert.ok(seen.targets.length > 0);
    assert.ok(seen.targets.every((line) => line.startsWith(`GET ${proxiedMirror}/`)), seen.targets.join('\n'));
    assert.ok(seen.paths.every(isTufPath), seen.paths.join('\n'));
    for (const path of ['/2.root.json', '/timestamp.json', '/1.snapshot.json', '/1.targets.json']) assert.ok(seen.paths.includes(path), `${path} in ${seen.paths.join(', ')}`);
    assert.ok(seen.paths.some((path) => path.startsWith('/targets/') && path.endsWith('.trusted_root.json')), 'the trusted_root.json target came through the proxy');
  });

  test('GitHub\'s trusted root, from the root given as data, loads through the proxy too', async () => {
    const mark = proxy.requests.length;
    const trust = await loadGitHubTrustMaterial({ mirrorURL: proxiedMirror, root: repository.root, cachePath: freshCache(), retries: 0, proxy: proxySettingsFrom({ http_proxy: proxy.url }) });
    assert.ok(trust.roots.length === 1);
    const seen = proxiedSince(mark);
    assert.ok(seen.paths.length > 0 && seen.paths.every(isTufPath), seen.paths.join('\n'));
  });

  test('with NO_PROXY covering the repository, no request goes through the proxy', async () => {
    const mark = proxy.requests.length;
    const trust = await loadTrustMaterialFromTUF({ mirrorURL: directMirror, rootPath: repository.rootPath, cachePath: freshCache(), retries: 0, proxy: proxySettingsFrom({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: 'example.org,0.0.0.0' }) });
    assert.equal(trust.roots.length, 1);
    assert.deepEqual(proxiedSince(mark).targets, []);
  });

  test('a proxy variable that is no http(s) URL is a PROXY_URL_INVALID before any request', async () => {
    const mark = proxy.requests.length;
    await assert.rejects(loadTrustMaterialFromTUF({ mirrorURL: proxiedMirror, rootPath: repository.rootPath, cachePath: freshCache(), retries: 0, proxy: proxySettingsFrom({ HTTP_PROXY: 'socks5://proxy.example:1080' }) }), { code: 'PROXY_URL_INVALID' });
    assert.equal(proxy.requests.length, mark);
  });

  test('a repository the proxy cannot reach is a SIGSTORE_TRUSTED_ROOT_UNAVAILABLE naming the mirror and the proxy\'s answer', async () => {
    await assert.rejects(loadTrustMaterialFromTUF({ mirrorURL: 'http://tuf.unreachable.example', rootPath: repository.rootPath, cachePath: freshCache(), retries: 0, proxy: proxySettingsFrom({ HTTP_PROXY: proxy.url }) }), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
      assert.match(error.message ?? '', /http:\/\/tuf\.unreachable\.example \(TUF\).*HTTP 502/);
      return true;
    });
  });

  test('a proxy that refuses the tunnel for want of credentials is asked once, and the hint says to give them (or go offline)', async (t) => {
    const guarded = await startForwardingProxy({ credentials: 'octo:hunter2' });
    t.after(() => guarded.close());
    const port = new URL(repository.url).port;
    for (const load of [
      () => loadTrustMaterialFromTUF({ mirrorURL: `https://tuf.sigstore.test:${port}`, rootPath: repository.rootPath, cachePath: freshCache(), retries: 2, proxy: { httpsProxy: `http://octo:wrong@${new URL(guarded.url).host}` } }),
      () => loadGitHubTrustMaterial({ mirrorURL: `https://tuf.sigstore.test:${port}`, root: repository.root, cachePath: freshCache(), retries: 2, proxy: { httpsProxy: `http://octo:wrong@${new URL(guarded.url).host}` } }),
    ]) {
      const mark = guarded.requests.length;
      await assert.rejects(load(), (error: { code?: string; message?: string; hint?: string }) => {
        assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
        assert.match(error.message ?? '', /the proxy http:\/\/127\.0\.0\.1:\d+ refused a tunnel to tuf\.sigstore\.test:\d+: HTTP 407/);
        assert.match(error.hint ?? '', /^the proxy in HTTPS_PROXY\/HTTP_PROXY asks for credentials: .*; or (pass --trusted-root FILE \(input "trusted-root"\) to verify offline|write GitHub's trusted root with `mkdir -p trust-kit-roots && gh attestation trusted-root >\| trust-kit-roots\/trusted_root\.jsonl`)/);
        assert.doesNotMatch(`${error.message ?? ''} ${error.hint ?? ''}`, /wrong|octo/);
        return true;
      });
      assert.deepEqual(guarded.requests.slice(mark).map((request) => request.method), ['CONNECT'], 'a 407 is not retried');
    }
  });
});
