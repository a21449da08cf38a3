// The registry client on a runner behind a proxy: registries are reached through HTTP_PROXY/HTTPS_PROXY
// (NO_PROXY and loopback directly, by @actions/http-client's rules), with the TLS trust it was given
// checked at the registry through the tunnel. The registry is named `registry.test`, which only the
// proxy resolves; the direct path is tried on 0.0.0.0 (see test/github/proxy-release.test.ts).
import assert from 'node:assert/strict';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { after, before, describe, test } from 'node:test';
import { registryClientFor } from '../../src/images/registry.js';
import { parseImageReference, nodeTransport } from '../../src/oci/index.js';
import { buildImage, debianFiles, pushImage } from '../support/oci/images.js';
import { haveTools, startCraneRegistry } from '../support/oci/registries.js';
import { makeHostTls, startForwardingProxy, type ForwardingProxy } from '../support/proxy.js';
import { tempDir } from '../support/tmp.js';
import { FAST_RETRY } from './support.js';

describe('the registry client behind a proxy', () => {
  let proxy: ForwardingProxy;
  before(async () => {
    proxy = await startForwardingProxy();
  });
  after(() => proxy.close());

  test('pushes and reads an image through HTTP_PROXY, and straight to the registry under NO_PROXY', async (t) => {
    if (!haveTools(t, ['crane'])) return;
    const registry = await startCraneRegistry(t);
    const port = registry.name.split(':')[1] ?? '';
    const image = buildImage(debianFiles('proxied'));
    for (const [name, env, proxied] of [
      [`registry.test:${port}`, { http_proxy: proxy.url }, true],
      [`0.0.0.0:${port}`, { HTTP_PROXY: proxy.url, NO_PROXY: 'example.org,0.0.0.0' }, false],
    ] as const) {
      const before = proxy.requests.length;
      const reference = parseImageReference(`${name}/acme/app:v1`);
      // As the entry points make it: the registry flags, and the environment.
      const client = await registryClientFor({ 'allow-http-registry': true }, { ...env }, [reference], FAST_RETRY);
      t.after(() => client.close());
      assert.equal(await pushImage(client, { registry: reference.registry, repository: reference.repository }, image, 'v1'), image.digest);
      assert.equal((await client.resolve(reference)).reference.digest, image.digest);
      const seen = proxy.requests.slice(before);
      if (proxied) {
        assert.ok(seen.length > 0);
        assert.ok(seen.every((request) => request.target.startsWith(`http://${name}/v2/`)), seen.map((request) => request.target).join('\n'));
      } else {
        assert.deepEqual(seen, []);
      }
    }
  });

  test('an https registry is reached through a CONNECT tunnel, its certificate checked against the CA the client was given', async (t) => {
    const tls = await makeHostTls(await tempDir(t), 'registry.test');
    const registry = createHttpsServer({ cert: tls.certPem, key: tls.keyPem }, (_request, response) => response.writeHead(200, { 'docker-distribution-api-version': 'registry/2.0' }).end('{}'));
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    t.after(async () => {
      registry.closeAllConnections();
      await new Promise((resolve) => registry.close(resolve));
    });
    const url = new URL(`https://registry.test:${(registry.address() as AddressInfo).port}/v2/`);
    const trusting = nodeTransport({ ca: tls.caPem, proxy: { httpsProxy: proxy.url }, timeoutMs: 10_000, userAgent: 'trust-kit-test' });
    t.after(() => trusting.close());
    const before = proxy.requests.length;
    const response = await trusting.send({ method: 'GET', url, headers: {} });
    response.body.resume();
    assert.equal(response.status, 200);
    assert.deepEqual(proxy.requests.slice(before).map((request) => `${request.method} ${request.target}`), [`CONNECT ${url.host}`]);
    const untrusting = nodeTransport({ proxy: { httpsProxy: proxy.url }, timeoutMs: 10_000, userAgent: 'trust-kit-test' });
    t.after(() => untrusting.close());
    await assert.rejects(untrusting.send({ method: 'GET', url, headers: {} }), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
  });

  test('the CA the client is given adds to what the process trusts (NODE_EXTRA_CA_CERTS, a TLS-inspecting proxy\'s CA), not to Node\'s bundled roots alone', async (t) => {
    const [runner, extra] = await Promise.all([tempDir(t).then((dir) => makeHostTls(dir, 'registry.test')), tempDir(t).then((dir) => makeHostTls(dir, 'other.test'))]);
    // The runner's CA, trusted by this process as NODE_EXTRA_CA_CERTS makes it trusted; the client is given another one.
    const defaults = getCACertificates('default');
    setDefaultCACertificates([...defaults, runner.caPem]);
    t.after(() => setDefaultCACertificates(defaults));
    const registry = createHttpsServer({ cert: runner.certPem, key: runner.keyPem }, (_request, response) => response.writeHead(200, { 'docker-distribution-api-version': 'registry/2.0' }).end('{}'));
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    t.after(async () => {
      registry.closeAllConnections();
      await new Promise((resolve) => registry.close(resolve));
    });
    const url = new URL(`https://registry.test:${(registry.address() as AddressInfo).port}/v2/`);
    const transport = nodeTransport({ ca: extra.caPem, proxy: { httpsProxy: proxy.url }, timeoutMs: 10_000, userAgent: 'trust-kit-test' });
    t.after(() => transport.close());
    const response = await transport.send({ method: 'GET', url, headers: {} });
    response.body.resume();
    assert.equal(response.status, 200);
  });
});
