import assert from 'node:assert/strict';
import { test } from 'node:test';
import { didYouMean, suggestions } from '../../src/core/suggest.js';

const COMMANDS = ['release', 'checksums', 'sbom', 'attest', 'sign-blob', 'sign-image', 'verify-blob', 'verify-attestation', 'verify-release', 'verify-checksums'];

test('suggests the names a typo, a beginning or an addition points to, closest first, and nothing for what is unrelated', () => {
  assert.deepEqual(suggestions('chekcsums', COMMANDS), ['checksums']);
  assert.deepEqual(suggestions('sbmo', COMMANDS), ['sbom']);
  assert.deepEqual(suggestions('verify', COMMANDS), ['verify-blob', 'verify-release', 'verify-checksums', 'verify-attestation']);
  // cosign's verify-blob-attestation is, here, verify-attestation.
  assert.deepEqual(suggestions('verify-blob-attestation', COMMANDS), ['verify-attestation', 'verify-blob']);
  assert.deepEqual(suggestions('deploy', COMMANDS), []);
  assert.deepEqual(suggestions('', COMMANDS), []);
  // A hostile argument costs no quadratic time.
  assert.deepEqual(suggestions('sign'.repeat(1_000_000), COMMANDS), []);
});

test('phrases the suggestions as the start of a hint', () => {
  assert.equal(didYouMean([]), '');
  assert.equal(didYouMean(['--output']), 'did you mean --output? ');
  assert.equal(didYouMean(['a', 'b', 'c']), 'did you mean a, b or c? ');
});
