import assert from 'node:assert/strict';
import { test } from 'node:test';
import { githubReleaseAttestationVerifier, releaseTrustDomain } from '../../src/release/release-attestation.js';

test('GitHub\'s release attestations are verified on github.com (trust domain dotcom) only', () => {
  assert.equal(releaseTrustDomain('https://github.com'), 'dotcom');
  assert.equal(releaseTrustDomain('https://GitHub.com/'), 'dotcom');
  for (const other of ['https://octo.ghe.com', 'https://github.example.com', 'https://github.com.evil.test', 'not a url']) assert.equal(releaseTrustDomain(other), undefined, other);
  assert.equal(githubReleaseAttestationVerifier({ serverUrl: 'https://octo.ghe.com', repository: 'o/r', tag: 'v1' }), undefined);
  assert.equal(typeof githubReleaseAttestationVerifier({ serverUrl: 'https://github.com', repository: 'o/r', tag: 'v1' }), 'function');
});
