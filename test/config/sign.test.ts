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

test('a service URL that is refused for its scheme or its syntax is quoted without the credentials it carries', () => {
  const raw = {
    'subject-path': 'SHA256SUMS',
    'fulcio-url': 'ftp://robot:fulcio-secret@fulcio.example/',
    'rekor-url': 'https://robot:rekor-secret@rekor.example:99999/',
    'tsa-url': 'https://robot:tsa-secret@tsa.example/',
  };
  assert.throws(
    () => signConfig(raw, actionInputName),
    (error: ConfigError) => {
      assert.deepEqual(
        error.issues.map((issue) => issue.input),
        ['input "fulcio-url"', 'input "rekor-url"', 'input "tsa-url"'],
      );
      assert.match(error.message, /ftp:\/\/…@fulcio\.example\/" is not an http\(s\) URL/);
      assert.match(error.message, /https:\/\/…@rekor\.example:99999\/" is not a URL/);
      assert.equal(/fulcio-secret|rekor-secret|tsa-secret|robot/.test(error.message), false, error.message);
      return true;
    },
  );
});
