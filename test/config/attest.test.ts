import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attestConfig } from '../../src/config/attest.js';
import { actionInputName, cliNamer, type ConfigError } from '../../src/config/inputs.js';

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

test('a predicate without a type or predicate type is taken as custom, and the message says so and how to attest it as an SBOM', () => {
  const issuesOf = (raw: Record<string, string>): string[] => {
    try {
      attestConfig({ 'subject-path': 'a.tgz', key: 'k.pem', ...raw }, cliNamer(), { base: '.', outputDir: '.' });
    } catch (error) {
      return (error as ConfigError).issues.map((issue) => `${issue.input}: ${issue.message}`);
    }
    return [];
  };
  assert.deepEqual(issuesOf({ predicate: 'out/sbom.spdx.json' }), ['--predicate-type: is required with --predicate and no --type, which attests it as a custom predicate of the type this URI names; to attest an SBOM, add --type spdx']);
  assert.deepEqual(issuesOf({ predicate: 'bom.cdx.json' }), ['--predicate-type: is required with --predicate and no --type, which attests it as a custom predicate of the type this URI names; to attest an SBOM, add --type cyclonedx']);
  assert.deepEqual(issuesOf({ predicate: 'p.json' }), ['--predicate-type: is required with --predicate and no --type, which attests it as a custom predicate of the type this URI names; to attest an SBOM, add --type spdx or --type cyclonedx']);
  assert.deepEqual(issuesOf({ type: 'custom', predicate: 'p.json' }), ['--predicate-type: is required for a custom predicate: a URI naming its type']);
});
