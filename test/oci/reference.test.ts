import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatImageReference, parseImageReference, registryApiHost, withDigest } from '../../src/oci/index.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

test('Docker Hub names: the default registry, its aliases and library/', () => {
  assert.deepEqual(parseImageReference('alpine'), { registry: 'docker.io', repository: 'library/alpine' });
  assert.deepEqual(parseImageReference('alpine:3.20'), { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' });
  assert.deepEqual(parseImageReference('index.docker.io/acme/app'), { registry: 'docker.io', repository: 'acme/app' });
  assert.deepEqual(parseImageReference('registry-1.docker.io/nginx'), { registry: 'docker.io', repository: 'library/nginx' });
  assert.deepEqual(parseImageReference('acme/app'), { registry: 'docker.io', repository: 'acme/app' });
  assert.equal(registryApiHost('docker.io'), 'registry-1.docker.io');
});

test('registries with ports, localhost, IPv6 and upper case hosts; tags and digests', () => {
  assert.deepEqual(parseImageReference('localhost/app'), { registry: 'localhost', repository: 'app' });
  assert.deepEqual(parseImageReference('127.0.0.1:5000/a/b/c:v1'), { registry: '127.0.0.1:5000', repository: 'a/b/c', tag: 'v1' });
  assert.deepEqual(parseImageReference('[::1]:5000/app@' + DIGEST), { registry: '[::1]:5000', repository: 'app', digest: DIGEST });
  assert.deepEqual(parseImageReference('GHCR.io/acme/app'), { registry: 'ghcr.io', repository: 'acme/app' });
  assert.deepEqual(parseImageReference(`ghcr.io/acme/app:v1@sha256:${'A'.repeat(64)}`), { registry: 'ghcr.io', repository: 'acme/app', tag: 'v1', digest: DIGEST });
  assert.equal(formatImageReference(parseImageReference(`ghcr.io/acme/app:v1@${DIGEST}`)), `ghcr.io/acme/app:v1@${DIGEST}`);
  assert.deepEqual(withDigest(parseImageReference('ghcr.io/acme/app:v1'), DIGEST), { registry: 'ghcr.io', repository: 'acme/app', digest: DIGEST });
});

test('malformed references are refused with OCI_REFERENCE_INVALID, naming the reference', () => {
  const cases: [string, RegExp][] = [
    ['', /length/],
    ['ghcr.io/Acme/app', /lowercase/],
    ['acme/App', /lowercase/],
    ['ghcr.io/acme/app:-bad', /tag/],
    ['ghcr.io/acme/app@sha256:abc', /digest/],
    ['ghcr.io/acme/app@md5:' + 'a'.repeat(32), /digest/],
    ['ghcr.io:99999/app', /port/],
    ['ghcr.io//app', /component/],
    ['ghcr.io/acme/app name', /white space/],
    ['bad_host.io/app', /host name/],
    ['ghcr.io/' + 'a'.repeat(300), /longer than 255/],
  ];
  for (const [input, why] of cases) {
    assert.throws(() => parseImageReference(input), (error: Error & { code?: string }) => error.code === 'OCI_REFERENCE_INVALID' && why.test(error.message), input);
  }
  const lower = (() => {
    try {
      parseImageReference('ghcr.io/Acme/app');
    } catch (error) {
      return (error as { hint?: string }).hint;
    }
    return undefined;
  })();
  assert.match(lower ?? '', /acme\/app/);
});

test('a reference holding credentials (user:password@registry/...) is refused without quoting it: the password was printed back in the error', () => {
  // A password may hold a / or an @ (a base64 token), and a name alone may be a token.
  for (const reference of ['user:s3cretpw@ghcr.io/acme/app:v1', 'https://user:s3cretpw@ghcr.io/acme/app', 'user:s3cretpw@localhost:5000/app', 'bot:s3cretpw@host', 'bob:Pa55/s3cretpw@ghcr.io/acme/app:v1', 'https://bob:s3c/retpw@ghcr.io/acme/app', 'bob:s3cret@pw@ghcr.io/app', 's3cretpw@ghcr.io/acme/app']) {
    assert.throws(() => parseImageReference(reference), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OCI_REFERENCE_INVALID');
      assert.match(error.message, /holds an @ that no digest follows, as credentials would/);
      assert.ok(!error.message.includes('s3cretpw') && !(error.hint ?? '').includes('s3cretpw'), error.message);
      return true;
    }, reference);
  }
  // A tag and a digest together are no credentials.
  assert.equal(parseImageReference(`app:v1@sha256:${'b'.repeat(64)}`).tag, 'v1');
});
