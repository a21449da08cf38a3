import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionInputName, cliNamer, type ConfigError } from '../../src/config/inputs.js';
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

test('messages name the other inputs they point to as the surface names them, not as CLI flags an action user cannot type', () => {
  const messages = (raw: Record<string, string>): string[] => {
    try {
      signConfig(raw, actionInputName);
    } catch (error) {
      return (error as ConfigError).issues.map((issue) => `${issue.input}: ${issue.message}`);
    }
    return [];
  };
  assert.deepEqual(messages({ 'subject-path': 'a', instance: 'key', key: 'k.pem', 'fulcio-url': 'https://fulcio.example' }), [
    'input "key": signs locally and offline; input "fulcio-url", input "rekor-url", input "tsa-url" and input "signing-config" apply to keyless signing only',
  ]);
  assert.deepEqual(messages({ 'subject-path': 'a', 'signing-config': 'c.json', 'tsa-url': 'https://tsa.example' }), ['input "signing-config": names the services itself; drop input "fulcio-url", input "rekor-url" and input "tsa-url", or the signing config']);
  assert.deepEqual(messages({ 'subject-path': 'a', 'rekor-version': '2' }), ['input "rekor-version": applies to input "rekor-url", which is not given (a signing config names each log\'s version itself)']);
  assert.deepEqual(messages({ 'subject-path': 'a', 'rekor-version': '2', 'rekor-url': 'https://rekor.example' }), ['input "rekor-version": is 2, and Rekor v2 entries carry no integration time: give input "tsa-url" as well, so a timestamp authority dates the signature']);
});

test('a custom Fulcio with the public-good instance needs its own Rekor: left out, its certificates went to the public-good log', () => {
  const fulcio = { 'subject-path': 'SHA256SUMS', 'fulcio-url': 'https://fulcio.internal.example' };
  for (const instance of [{}, { instance: 'public-good' }, { instance: 'auto' }]) {
    assert.throws(
      () => signConfig({ ...fulcio, ...instance }, actionInputName),
      (error: ConfigError) => {
        assert.deepEqual(error.issues.map((issue) => issue.input), ['input "rekor-url"']);
        assert.match(error.issues[0]?.message ?? '', /public-good Rekor .*name the deployment's own log, or sign with instance "github"/);
        return true;
      },
      JSON.stringify(instance),
    );
  }
  assert.equal(signConfig({ ...fulcio, 'rekor-url': 'https://rekor.internal.example' }, actionInputName).rekorURL, 'https://rekor.internal.example');
  assert.equal(signConfig({ ...fulcio, instance: 'github' }, actionInputName).rekorURL, undefined);
});

test('timeout takes hours too, as its message says: 6h is the longest, 7h is refused', () => {
  assert.equal(signConfig({ 'subject-path': ['a'], timeout: '6h' }, cliNamer()).timeoutMs, 6 * 3600 * 1000);
  assert.equal(signConfig({ 'subject-path': ['a'], timeout: '2h' }, cliNamer()).timeoutMs, 2 * 3600 * 1000);
  assert.throws(() => signConfig({ 'subject-path': ['a'], timeout: '7h' }, cliNamer()), /--timeout: is "7h"; expected a time from 1 s to 6 h in whole seconds, minutes or hours/);
});
