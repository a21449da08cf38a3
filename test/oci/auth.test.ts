import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RegistryClient, parseChallenges } from '../../src/oci/index.js';
import { FAST_RETRY, scripted } from './support.js';

test('Bearer challenges with quoted parameters, commas and escapes', () => {
  assert.deepEqual(parseChallenges('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull,push"'), [
    { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/alpine:pull,push' } },
  ]);
  assert.deepEqual(parseChallenges('Basic realm="a \\"quoted\\" realm"'), [{ scheme: 'basic', params: { realm: 'a "quoted" realm' } }]);
  assert.deepEqual(parseChallenges('Basic realm="r", Bearer realm="https://t/token", error="insufficient_scope"'), [
    { scheme: 'basic', params: { realm: 'r' } },
    { scheme: 'bearer', params: { realm: 'https://t/token', error: 'insufficient_scope' } },
  ]);
  assert.deepEqual(parseChallenges('Negotiate, Basic realm=plain'), [
    { scheme: 'negotiate', params: {} },
    { scheme: 'basic', params: { realm: 'plain' } },
  ]);
});

test('malformed and oversized challenges are refused with OCI_AUTH_CHALLENGE_INVALID', () => {
  for (const header of ['Bearer realm="unclosed', 'Bearer realm=', '"quoted" scheme', `Bearer realm="${'x'.repeat(9000)}"`]) {
    assert.throws(() => parseChallenges(header), { code: 'OCI_AUTH_CHALLENGE_INVALID' }, header.slice(0, 40));
  }
});

test('a Bearer token the registry stops taking before its expires_in (revoked, or a service that overstates it) is fetched anew on the 401, not sent again until it fails the run', async () => {
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 2 }, layers: [] });
  const challenge = { 'www-authenticate': 'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:acme/app:pull"' };
  let issued = 0;
  let accepted = 'token-1';
  const transport = scripted((request) => {
    if (request.url.host === 'auth.example') {
      issued += 1;
      return { status: 200, body: JSON.stringify({ token: `token-${issued}`, expires_in: 3600 }) };
    }
    if (request.headers.authorization !== `Bearer ${accepted}`) return { status: 401, headers: challenge };
    return { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: manifest };
  });
  const client = new RegistryClient({ transport, retry: FAST_RETRY });
  const reference = { registry: 'registry.example', repository: 'acme/app', tag: 'v1' };
  await client.getManifest(reference);
  // The registry no longer takes the first token, an hour before the service said it would expire.
  accepted = 'token-2';
  await client.getManifest(reference);
  assert.equal(issued, 2);
});
