// The total budget the image commands and actions give their registry client (registryClientFor):
// checked through what the client does, on a clock the test moves while the registry answers.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, type TestContext } from 'node:test';
import { registryClientFor } from '../../src/images/registry.js';
import { parseImageReference } from '../../src/oci/index.js';
import { FAST_RETRY } from '../oci/support.js';

/** A plain-HTTP registry that knows no image; each answer moves the mocked clock by `takesMs`, as a registry that slow would. */
async function slowRegistry(t: TestContext, takesMs: number): Promise<{ name: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    t.mock.timers.tick(takesMs);
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { name: `127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

for (const [minutes, sent] of [[16, false], [14, true]] as const) {
  test(`the image commands' registry client ${sent ? 'still sends' : 'sends no more'} requests once the registry's answers have taken ${minutes} minutes in all (budget: 15 minutes)`, async (t) => {
    // Only Date: the sockets' own timers stay real.
    t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
    const registry = await slowRegistry(t, minutes * 60_000);
    const [first, second] = [parseImageReference(`${registry.name}/acme/app:v1`), parseImageReference(`${registry.name}/acme/app:v2`)];
    const client = await registryClientFor({ 'allow-http-registry': true }, {}, [first, second], { ...FAST_RETRY, retries: 0 });
    t.after(() => client.close());
    await assert.rejects(client.resolve(first), { code: 'OCI_NOT_FOUND' });
    const before = registry.requests.length;
    if (sent) {
      await assert.rejects(client.resolve(second), { code: 'OCI_NOT_FOUND' });
      assert.ok(registry.requests.length > before);
    } else {
      await assert.rejects(client.resolve(second), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'OCI_NETWORK');
        assert.match(error.message, /not sent: the registries' answers have taken more than 900000 ms in all/);
        return true;
      });
      assert.equal(registry.requests.length, before, 'nothing more was sent');
    }
  });
}
