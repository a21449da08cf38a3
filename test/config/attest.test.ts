import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attestConfig } from '../../src/config/attest.js';
import { actionInputName, type ConfigError } from '../../src/config/inputs.js';

test('oidc-discovery-url must not carry credentials: every error and request would name them', () => {
  const raw = { 'subject-path': 'SHA256SUMS', 'oidc-discovery-url': 'https://robot:discovery-secret@issuer.example' };
  assert.throws(
    () => attestConfig(raw, actionInputName, { base: '.', outputDir: '.' }),
    (error: ConfigError) => {
      assert.deepEqual(error.issues.map((issue) => issue.input), ['input "oidc-discovery-url"']);
      assert.match(error.message, /credentials/);
      assert.equal(/discovery-secret/.test(error.message), false, error.message);
      return true;
    },
  );
  assert.equal(attestConfig({ ...raw, 'oidc-discovery-url': 'https://issuer.example/base' }, actionInputName, { base: '.', outputDir: '.' }).oidcDiscoveryURL, 'https://issuer.example/base');
});
