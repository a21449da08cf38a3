import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseChallenges } from '../../src/oci/index.js';

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
