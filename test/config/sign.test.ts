import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionInputName, type ConfigError } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';

test('service URLs are base URLs: a query string or fragment is refused, every one reported, none quoted', () => {
  const raw = {
    'subject-path': 'SHA256SUMS',
    'fulcio-url': 'https://fulcio.example/?key=query-secret',
    'rekor-url': 'https://rekor.example/#fragment-secret',
    'tsa-url': 'https://tsa.example/api?x=1',
  };
  assert.throws(
    () => signConfig(raw, actionInputName),
    (error: ConfigError) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.deepEqual(
        error.issues.map((issue) => issue.input),
        ['input "fulcio-url"', 'input "rekor-url"', 'input "tsa-url"'],
      );
      assert.ok(error.issues.every((issue) => /without a query string or fragment/.test(issue.message)));
      assert.equal(/query-secret|fragment-secret/.test(error.message), false);
      return true;
    },
  );
});

test('base URLs with a path prefix are kept as given', () => {
  const config = signConfig({ 'subject-path': 'SHA256SUMS', 'fulcio-url': 'https://sigstore.example/fulcio/', 'rekor-url': 'https://sigstore.example/rekor' }, actionInputName);
  assert.equal(config.fulcioURL, 'https://sigstore.example/fulcio/');
  assert.equal(config.rekorURL, 'https://sigstore.example/rekor');
});
