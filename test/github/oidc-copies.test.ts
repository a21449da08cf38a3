// What the heap keeps of the runner's request token and of the identity token once they are in
// protected memory: nothing, however long the signing that follows (a heap snapshot shows only
// what is still referenced, after a full collection).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { requestIdToken } from '../../src/github/oidc.js';
import { heapHolds } from '../support/heap-scan.js';

const base64url = (value: unknown): Buffer => Buffer.from(Buffer.from(JSON.stringify(value)).toString('base64url'));

test('a renewable token request leaves no string of the request token or of the identity token in the heap (the keep-alive connection holds no header)', async (t) => {
  // Made as bytes: the test itself keeps no string of either.
  const requestToken = Buffer.from(randomBytes(24).toString('base64url'));
  const signature = Buffer.from(randomBytes(64).toString('base64url'));
  const claims = { iss: 'https://token.actions.githubusercontent.com', sub: 'repo:acme/app:ref:refs/tags/v1', aud: 'sigstore', exp: Math.floor(Date.now() / 1000) + 600 };
  const jwt = Buffer.concat([base64url({ alg: 'RS256', typ: 'JWT' }), Buffer.from('.'), base64url(claims), Buffer.from('.'), signature]);
  let answered = 0;
  const endpoint = createServer((request, response) => {
    const expected = Buffer.concat([Buffer.from('Bearer '), requestToken]);
    const given = Buffer.from(request.headers.authorization ?? '');
    const ok = given.equals(expected);
    if (ok) answered += 1;
    response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    response.end(ok ? Buffer.concat([Buffer.from('{"count":1,"value":"'), jwt, Buffer.from('"}')]) : undefined);
  });
  await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
  t.after(() => endpoint.close());
  const env: Record<string, string | undefined> = { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken.toString('latin1') };
  const token = await requestIdToken({ env, retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 2, budgetMs: 10_000, timeoutMs: 10_000 }, renewable: true });
  assert.ok(token !== undefined);
  const renewed = await token.renewal?.renew();
  assert.equal(answered, 2);
  // A turn later: the last reply may still be on the stack of the code that read it.
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(await heapHolds(new Map([['request token', requestToken], ['identity token signature', signature]])), []);
  token.secret.destroy();
  renewed?.secret.destroy();
  token.renewal?.forget();
});
