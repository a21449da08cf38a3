// What the GitHub API clients quote of an answer: GitHub's (or a proxy's) words, bounded, never a token they echo.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { githubMessage } from '../../src/github/http.js';
import { SecretBuffer } from '../../src/secrets/index.js';

test('a token the API echoes after padding of its choosing is redacted whole before the message is cut: no beginning of it is quoted', () => {
  const token = 'ghs_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
  const secret = SecretBuffer.from(Buffer.from(token));
  try {
    for (const padding of [262, 270, 280, 290]) {
      const said = githubMessage({ status: 401, response: { headers: {}, data: { message: `${'x'.repeat(padding)} Bad credentials for ${token}` } } }) ?? '';
      assert.ok(!said.includes(token.slice(0, 8)), `${padding}: ${said.slice(-60)}`);
    }
  } finally {
    secret.destroy();
  }
});
