import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSigningConfig } from '../../src/sigstore/sign/signing-config.js';

test('a signing configuration without a mediaType says it is missing, not that it is null; a wrong one is quoted', () => {
  assert.throws(() => parseSigningConfig({}, 'sc.json'), (error: Error & { code?: string }) => error.code === 'SIGN_SIGNING_CONFIG_INVALID' && /mediaType is missing, expected application\/vnd\.dev\.sigstore\.signingconfig/.test(error.message));
  assert.throws(() => parseSigningConfig({ mediaType: 'text/plain' }, 'sc.json'), /mediaType is "text\/plain", expected/);
  assert.throws(() => parseSigningConfig({ mediaType: null }, 'sc.json'), /mediaType is null, expected/);
});
