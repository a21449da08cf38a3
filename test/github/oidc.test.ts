import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import { InsecureRedirectError } from '../../src/core/proxied-fetch.js';
import { visibilityOf } from '../../src/github/context.js';
import { missingTokenError, requestIdToken, unexpiredToken } from '../../src/github/oidc.js';
import { openSigningSession } from '../../src/sigstore/sign/index.js';
import { startSigstoreStack, type GitHubClaims, type SigstoreStack } from '../support/sigstore/index.js';
import { runEnvironmentProbe } from '../support/environment-probe.js';
import { startForwardingProxy } from '../support/proxy.js';
import { tempDir } from '../support/tmp.js';

/** Retries in milliseconds; the timeout is long enough that only a held connection reaches it. */
const FAST: RetryPolicy = { retries: 3, minDelayMs: 5, maxDelayMs: 20, factor: 2, budgetMs: 10_000, timeoutMs: 1000 };

describe('the GitHub Actions OIDC token', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  test('asked for as renewable, the runner\'s request token is kept (protected) to ask again: unexpiredToken renews a token within a minute of expiry, keeps a fresh one, and nothing renews once forgotten', async () => {
    const env: Record<string, string | undefined> = { ...stack.env };
    const now = Date.now();
    stack.oidc.setEndpointClaims({ exp: Math.floor(now / 1000) + 30 });
    try {
      const token = await requestIdToken({ env, retry: FAST, renewable: true });
      assert.ok(token?.renewal);
      assert.equal(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, undefined, 'the request token left the environment all the same');
      const before = stack.requests.oidc;
      stack.oidc.setEndpointClaims({});
      const renewed = await unexpiredToken(token, now);
      assert.notEqual(renewed, token);
      assert.equal(stack.requests.oidc - before, 1);
      assert.equal(token.secret.destroyed, true, 'the expiring token is destroyed');
      assert.ok((renewed.claims.exp ?? 0) * 1000 > now + 60_000);
      assert.equal(await unexpiredToken(renewed, now), renewed, 'a token valid for minutes is kept');
      assert.equal(stack.requests.oidc - before, 1);
      renewed.renewal?.forget();
      await assert.rejects(unexpiredToken(renewed, now + 3_600_000));
      const once = await requestIdToken({ env: { ...stack.env }, retry: FAST });
      assert.equal(once?.renewal, undefined, 'not asked for as renewable: the request token is destroyed at once');
    } finally {
      stack.oidc.setEndpointClaims({});
    }
  });

  test('is requested from the runner for the audience sigstore, held as a secret, and the request token leaves the environment', async () => {
    const env: Record<string, string | undefined> = { ...stack.env };
    const before = stack.requests.oidc;
    const token = await requestIdToken({ env, retry: FAST });
    assert.ok(token);
    assert.equal(stack.requests.oidc - before, 1);
    assert.equal(token.claims.aud, 'sigstore');
    assert.equal(token.claims.iss, 'https://token.actions.githubusercontent.com');
    assert.equal(token.claims.job_workflow_ref, 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main');
    assert.equal(String(token.secret), '[redacted]');
    assert.equal(JSON.stringify({ token: token.secret }), '{"token":"[redacted]"}');
    assert.equal(token.secret.use((bytes) => bytes.toString('latin1').split('.').length), 3);
    assert.equal(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, undefined);
  });

  test('SIGSTORE_ID_TOKEN takes precedence and is taken out of the environment', async () => {
    const minted = stack.oidc.mintToken({ job_workflow_ref: 'octo-org/octo-repo/.github/workflows/other.yml@refs/tags/v1' });
    const env: Record<string, string | undefined> = { ...stack.env, SIGSTORE_ID_TOKEN: minted };
    const before = stack.requests.oidc;
    const token = await requestIdToken({ env, retry: FAST });
    assert.equal(stack.requests.oidc, before, 'the runner was not asked');
    assert.equal(token?.source, 'SIGSTORE_ID_TOKEN');
    assert.equal(token?.claims.job_workflow_ref, 'octo-org/octo-repo/.github/workflows/other.yml@refs/tags/v1');
    assert.equal(env.SIGSTORE_ID_TOKEN, undefined);
  });

  test('5xx, 429, a held connection and a reset are retried', async () => {
    stack.faults.fail('oidc', 1, 503);
    stack.faults.fail('oidc', 1, 429);
    stack.faults.fail('oidc', 1, 'timeout');
    stack.faults.fail('oidc', 1, 'reset');
    const before = stack.requests.oidc;
    const token = await requestIdToken({ env: { ...stack.env }, retry: { ...FAST, retries: 4 } });
    assert.ok(token);
    assert.equal(stack.requests.oidc - before, 5);
  });

  test('an outage beyond the budget is a coded error naming the endpoint and status', async () => {
    stack.faults.fail('oidc', FAST.retries + 1, 500);
    const before = stack.requests.oidc;
    await assert.rejects(requestIdToken({ env: { ...stack.env }, retry: FAST }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OIDC_SERVICE_FAILED');
      assert.match(error.message, /^OIDC GET http:\/\/127\.0\.0\.1:\d+\/\S+ failed: HTTP 500$/);
      return true;
    });
    assert.equal(stack.requests.oidc - before, FAST.retries + 1);
  });

  test('an endpoint that never answers or cannot be reached: the error says how long it waited, or why it could not connect', async () => {
    stack.faults.fail('oidc', 2, 'timeout');
    await assert.rejects(requestIdToken({ env: { ...stack.env }, retry: { ...FAST, retries: 1, timeoutMs: 200 } }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OIDC_SERVICE_FAILED');
      assert.match(error.message, /^OIDC GET http:\/\/127\.0\.0\.1:\d+\/\S+ failed: timed out \(no answer within 200 ms\)$/);
      return true;
    });
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    await assert.rejects(requestIdToken({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${closed}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' }, retry: { ...FAST, retries: 1 } }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OIDC_SERVICE_FAILED');
      assert.match(error.message, /failed: could not connect \(ECONNREFUSED\)$/);
      assert.ok(!error.message.includes('request-token'));
      return true;
    });
  });

  test('a refused request token fails at once and says which permission to check', async () => {
    const before = stack.requests.oidc;
    await assert.rejects(requestIdToken({ env: { ...stack.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'forged' }, retry: FAST }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OIDC_SERVICE_FAILED');
      assert.match(error.message, /HTTP 401$/);
      assert.match(error.hint ?? '', /id-token: write/);
      assert.equal(`${error.message}${error.hint ?? ''}`.includes('forged'), false);
      return true;
    });
    assert.equal(stack.requests.oidc - before, 1);
  });

  test('a token Fulcio could not use (no subject, expired) is refused before any request', async () => {
    const before = stack.requests.oidc + stack.requests.fulcio;
    // An email claim Fulcio would use is not a GitHub claim: added beside them.
    const unverifiedEmail = { sub: undefined, email: 'dev@example.com' } as Partial<GitHubClaims>;
    const cases: [Partial<GitHubClaims>, RegExp][] = [
      [{ sub: undefined }, /neither a "sub" claim nor a verified "email"/],
      [unverifiedEmail, /its "email" is not verified and it has no "sub" claim/],
      [{ iat: 1_000_000, nbf: 1_000_000, exp: 1_000_600 }, /expired at 1970-01-12T13:56:40\.000Z/],
    ];
    for (const [claims, reason] of cases) {
      await assert.rejects(requestIdToken({ env: { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(claims) }, retry: FAST }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'OIDC_TOKEN_INVALID');
        assert.match(error.message, reason);
        return true;
      });
    }
    assert.equal(stack.requests.oidc + stack.requests.fulcio, before);
    // A CI provider's token with a subject and an unverified email (GitLab's): Fulcio signs the subject, so it is taken.
    const taken = await requestIdToken({ env: { SIGSTORE_ID_TOKEN: stack.oidc.mintToken({ email: 'dev@example.com', email_verified: false } as Partial<GitHubClaims>) }, retry: FAST });
    assert.equal(typeof taken?.claims.sub, 'string');
    taken?.secret.destroy();
  });

  test('a token that is not a JWT is refused without quoting it', async () => {
    const garbage = 'eyJhbGciOi.not a jwt at all-secret-material';
    await assert.rejects(requestIdToken({ env: { SIGSTORE_ID_TOKEN: garbage }, retry: FAST }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OIDC_TOKEN_INVALID');
      assert.equal(error.message.includes('secret-material'), false);
      return true;
    });
  });
});

describe('runner replies that hold no token', () => {
  let url = '';
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(request.url?.includes('empty') === true ? '{"count":0}' : '{"count":1,"value":"has spaces in it"}');
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // The endpoint failed, not a token the user gave: OIDC_SERVICE_FAILED, told to re-run, as for its other bad answers
  // (OIDC_TOKEN_INVALID is a SIGSTORE_ID_TOKEN to fix).
  test('are OIDC_SERVICE_FAILED, with a hint about the endpoint rather than about passing a token', async () => {
    for (const path of ['/empty?api-version=2.0', '/spaces?api-version=2.0']) {
      await assert.rejects(requestIdToken({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}${path}`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer-token' }, retry: FAST }), {
        code: 'OIDC_SERVICE_FAILED',
        hint: /the runner's token endpoint answered .*re-run the job/,
      });
    }
  });
});

describe('the token request', () => {
  const seen: { url: string; authorization: string | undefined }[] = [];
  let url = '';
  let token = '';
  const server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', authorization: request.headers.authorization });
    if (request.url?.startsWith('/busy') === true) {
      response.writeHead(429, { 'retry-after': '3600' }).end();
      return;
    }
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ count: 1, value: request.url?.startsWith('/other-audience') === true ? otherAudience : token }));
  });
  let otherAudience = '';
  before(async () => {
    const stack = await startSigstoreStack({ rekor: false, tsa: false });
    token = stack.oidc.mintToken();
    otherAudience = stack.oidc.mintToken({ aud: 'https://github.com/octo-org' });
    await stack.close();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('keeps the runner\'s query, carries exactly one audience=sigstore and the bearer request token', async () => {
    seen.length = 0;
    for (const path of ['/token?api-version=2.0', '/token?api-version=2.0&audience=someone-else', '/token']) {
      assert.ok(await requestIdToken({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}${path}`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' }, retry: FAST }));
    }
    const queries = seen.map((request) => new URL(request.url, url).searchParams);
    assert.deepEqual(queries.map((query) => query.getAll('audience')), [['sigstore'], ['sigstore'], ['sigstore']]);
    assert.deepEqual(queries.map((query) => query.get('api-version')), ['2.0', '2.0', null]);
    assert.deepEqual(new Set(seen.map((request) => request.authorization)), new Set(['Bearer request-token']));
  });

  test('a token the runner hands out for another audience than the one asked for is OIDC_SERVICE_FAILED naming both, quoting no token', async () => {
    await assert.rejects(requestIdToken({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/other-audience?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' }, retry: FAST }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OIDC_SERVICE_FAILED');
      assert.match(error.message, /the identity token from the runner \(http:\/\/127\.0\.0\.1:\d+\/other-audience\) is for the audience "https:\/\/github\.com\/octo-org", not the "sigstore" asked for/);
      assert.match(error.hint ?? '', /ACTIONS_ID_TOKEN_REQUEST_URL/);
      assert.ok(!`${error.message} ${error.hint}`.includes(otherAudience.split('.')[2] ?? '') && !`${error.message} ${error.hint}`.includes('request-token'));
      return true;
    });
  });

  test('a 429 whose Retry-After reaches past the retry budget fails at once, without hammering the endpoint', async () => {
    seen.length = 0;
    await assert.rejects(requestIdToken({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/busy?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' }, retry: FAST }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OIDC_SERVICE_FAILED');
      assert.match(error.message, /failed: HTTP 429; it asked to wait 3600 s, longer than the 10 s the retries may take$/);
      assert.doesNotMatch(error.hint ?? '', /through every retry/);
      return true;
    });
    assert.equal(seen.length, 1);
  });

  test('a request URL that is not an http(s) URL without credentials is a coded error that quotes neither it nor the request token', async () => {
    seen.length = 0;
    for (const requestURL of ['not a url?sig=query-secret', `http://user:url-secret@${url.slice('http://'.length)}/token?sig=query-secret`, 'file:///etc/passwd?sig=query-secret']) {
      const env: Record<string, string | undefined> = { ACTIONS_ID_TOKEN_REQUEST_URL: requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-secret' };
      await assert.rejects(requestIdToken({ env, retry: FAST }), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'OIDC_SERVICE_FAILED');
        const text = `${error.message} ${error.hint ?? ''} ${error.stack ?? ''} ${String(error.cause)}`;
        for (const secret of ['query-secret', 'url-secret', 'request-secret']) assert.equal(text.includes(secret), false, `${secret} in ${text}`);
        return true;
      });
      assert.equal(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, undefined, 'the request token left the environment');
    }
    assert.equal(seen.length, 0, 'nothing was requested');
  });

  test('a request URL over plain HTTP to another machine is refused before the request token is sent: it would travel in the clear', async () => {
    seen.length = 0;
    const env: Record<string, string | undefined> = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://192.0.2.2:5940/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-secret' };
    await assert.rejects(requestIdToken({ env, retry: FAST }), { code: 'OIDC_SERVICE_FAILED', message: /ACTIONS_ID_TOKEN_REQUEST_URL is http:\/\/192\.0\.2\.2:5940, plain HTTP to another machine/ });
    assert.equal(seen.length, 0, 'nothing was requested');
  });

  test('a request token no header can carry is refused at once, quoting it nowhere (fetch would, in its error)', async () => {
    seen.length = 0;
    for (const requestToken of ['request-secret\n', 'request secret', 'request-secret\u00e9']) {
      await assert.rejects(requestIdToken({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken }, retry: FAST }), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'OIDC_SERVICE_FAILED');
        const text = `${error.message} ${error.hint ?? ''} ${error.stack ?? ''} ${String(error.cause)} ${(error.cause as Error | undefined)?.stack ?? ''}`;
        assert.equal(/request.secret/.test(text), false, text);
        return true;
      });
    }
    assert.equal(seen.length, 0, 'nothing was requested');
  });
});

test('a proxy that wants credentials for the token endpoint fails at once with the proxy\'s hint, never retried; a plain-HTTP endpoint off this machine never reaches the proxy', async () => {
  const proxy = await startForwardingProxy({ credentials: 'octo:secret' });
  try {
    const plain = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://runner.test/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token', HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url };
    await assert.rejects(requestIdToken({ env: plain, retry: FAST }), { code: 'OIDC_SERVICE_FAILED', message: /plain HTTP to another machine/ });
    assert.equal(proxy.requests.length, 0);
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://runner.test/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token', HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url };
    await assert.rejects(requestIdToken({ env, retry: FAST }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OIDC_SERVICE_FAILED', error.message);
      assert.match(error.message, /^OIDC GET https:\/\/runner\.test\/token was refused by the proxy: HTTP 407 Proxy Authentication Required$/);
      assert.match(error.hint ?? '', /proxy .* asks for credentials/);
      return true;
    });
    assert.equal(proxy.requests.length, 1, 'one request, no retry');
  } finally {
    await proxy.close();
  }
});

describe('a job without a token', () => {
  test('in Actions: the error names the exact permissions line to add', () => {
    const error = missingTokenError({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push' }, { repository: { visibility: 'public' } });
    assert.equal(error.code, 'OIDC_TOKEN_UNAVAILABLE');
    assert.match(error.hint ?? '', /add `id-token: write` under `permissions:`/);
    assert.match(error.hint ?? '', /\n {2}permissions:\n {4}id-token: write\n/);
  });

  test('in Actions with the request URL but no request token: the error says so, not that the permission is missing', () => {
    const error = missingTokenError({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/?api-version=2.0' }, undefined);
    assert.equal(error.code, 'OIDC_TOKEN_UNAVAILABLE');
    assert.match(error.message, /ACTIONS_ID_TOKEN_REQUEST_URL is set, but ACTIONS_ID_TOKEN_REQUEST_TOKEN is not/);
    assert.doesNotMatch(error.message, /lacks the id-token permission/);
    assert.match(error.hint ?? '', /ACTIONS_ID_TOKEN_REQUEST_TOKEN/);
  });

  test('on a fork pull request: the error points at on-missing-token', () => {
    const payload = { pull_request: { head: { repo: { fork: true, full_name: 'someone/octo-repo' } }, base: { repo: { full_name: 'octo-org/octo-repo' } } } };
    const error = missingTokenError({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request' }, payload);
    assert.match(error.message, /pull requests from forks/);
    assert.match(error.hint ?? '', /on-missing-token: skip/);
  });

  test('pull_request_target runs as the base repository: a missing token there is the missing permission, not the fork', () => {
    const payload = { pull_request: { head: { repo: { fork: true, full_name: 'someone/octo-repo' } }, base: { repo: { full_name: 'octo-org/octo-repo' } } } };
    const error = missingTokenError({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request_target' }, payload);
    assert.match(error.hint ?? '', /add `id-token: write` under `permissions:`/);
  });

  test('fork pull requests are recognised on review events and when the fork was deleted (head.repo null)', () => {
    const deleted = { pull_request: { head: { repo: null }, base: { repo: { full_name: 'octo-org/octo-repo' } } } };
    const fork = { pull_request: { head: { repo: { fork: true, full_name: 'someone/octo-repo' } }, base: { repo: { full_name: 'octo-org/octo-repo' } } } };
    assert.match(missingTokenError({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request' }, deleted).hint ?? '', /on-missing-token: skip/);
    assert.match(missingTokenError({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request_review' }, fork).hint ?? '', /on-missing-token: skip/);
    const sameRepository = { pull_request: { head: { repo: { fork: false, full_name: 'octo-org/octo-repo' } }, base: { repo: { full_name: 'octo-org/octo-repo' } } } };
    assert.match(missingTokenError({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request' }, sameRepository).hint ?? '', /add `id-token: write`/);
  });

  test('outside Actions: the error offers SIGSTORE_ID_TOKEN or a local key', () => {
    assert.match(missingTokenError({}, undefined).hint ?? '', /SIGSTORE_ID_TOKEN .* \(--key/);
  });

  test('on-missing-token: fail throws, warn warns and skips, skip skips quietly', async (t) => {
    const cwd = await tempDir(t);
    const run = { serverURL: 'https://github.com', payload: undefined, visibility: undefined };
    const messages: string[] = [];
    const logger = { info: (m: string) => messages.push(`info ${m}`), warn: (m: string) => messages.push(`warn ${m}`), debug: () => {} };
    const config = (policy: string) => signConfig({ 'subject-path': 'f', 'on-missing-token': policy }, cliNamer());
    await assert.rejects(openSigningSession(config('fail'), { cwd, env: { GITHUB_ACTIONS: 'true' }, run, logger }), { code: 'OIDC_TOKEN_UNAVAILABLE' });
    const warned = await openSigningSession(config('warn'), { cwd, env: { GITHUB_ACTIONS: 'true' }, run, logger });
    assert.equal(warned.session, undefined);
    const skipped = await openSigningSession(config('skip'), { cwd, env: { GITHUB_ACTIONS: 'true' }, run, logger });
    assert.equal(skipped.session, undefined);
    assert.equal(messages.length, 2);
    assert.match(messages[0] ?? '', /^warn no OIDC identity token: .*nothing was signed \(on-missing-token: warn\)$/);
    assert.match(messages[1] ?? '', /^info no OIDC identity token: .*nothing was signed \(on-missing-token: skip\)$/);
  });
});

describe('repository visibility from the event payload', () => {
  test('reads repository.visibility, falls back to repository.private, else unknown', () => {
    assert.equal(visibilityOf({ repository: { visibility: 'internal', private: true } }), 'internal');
    assert.equal(visibilityOf({ repository: { private: true } }), 'private');
    assert.equal(visibilityOf({ repository: { private: false } }), 'public');
    assert.equal(visibilityOf({ schedule: '* * * * *' }), undefined);
    assert.equal(visibilityOf(undefined), undefined);
  });
});

describe('a token reply longer than a token reply takes', () => {
  const SERVED = 64 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 'A');
  const served: Promise<number>[] = [];
  let url = '';
  // A reply that starts like a token and never ends: served with backpressure, counting what the client took.
  const server = createServer((request, response) => {
    served.push(
      new Promise<number>((resolve) => {
        const declared = request.url?.startsWith('/declared') === true;
        response.writeHead(200, { 'content-type': 'application/json', ...(declared ? { 'content-length': String(SERVED) } : {}) });
        let written = Buffer.byteLength('{"value":"eyJhbGciOi');
        response.write('{"value":"eyJhbGciOi');
        const write = (): void => {
          while (written < SERVED && !response.destroyed) {
            written += chunk.length;
            if (!response.write(chunk)) return;
          }
          if (written >= SERVED) response.end();
        };
        response.on('drain', write);
        response.on('close', () => resolve(written));
        write();
      }),
    );
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  for (const path of ['/declared?api-version=2.0', '/chunked?api-version=2.0']) {
    test(`is refused, quoting none of it, and read no further (${path.slice(1, path.indexOf('?'))})`, async () => {
      const before = served.length;
      await assert.rejects(requestIdToken({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}${path}`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer-token' }, retry: FAST }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'OIDC_SERVICE_FAILED');
        assert.match(error.message, /is longer than the 65536 bytes a token reply takes/);
        assert.doesNotMatch(`${error.message} ${String((error as { hint?: unknown }).hint)}`, /eyJ|AAAA|bearer-token/);
        return true;
      });
      const written = await served[before];
      assert.ok(written !== undefined && written < 16 * 1024 * 1024, `served ${written} bytes`);
    });
  }
});

test('choosing and taking the token make no string of SIGSTORE_ID_TOKEN or ACTIONS_ID_TOKEN_REQUEST_TOKEN: the intake reads them from the environment block', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const jwt = `${part({ alg: 'none' })}.${part({ iss: 'https://issuer.example', sub: 'repo:o/r', exp: 4102444800 })}.c2lnbmF0dXJl`;
  const runner = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://runner.example/token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-value' };
  const secrets = ['SIGSTORE_ID_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
  assert.deepEqual(runEnvironmentProbe('reads', { SIGSTORE_ID_TOKEN: jwt }, 'token-source', ...secrets), { envScrub: 'available', result: 'SIGSTORE_ID_TOKEN', read: [] });
  assert.deepEqual(runEnvironmentProbe('reads', { SIGSTORE_ID_TOKEN: '', ...runner }, 'token-source', ...secrets), { envScrub: 'available', result: 'actions', read: [] });
  assert.deepEqual(runEnvironmentProbe('reads', { SIGSTORE_ID_TOKEN: jwt }, 'request-id-token', ...secrets), { envScrub: 'available', result: 'https://issuer.example', read: [] });
});

test('reading the claims makes no string of the whole token: only its payload part is decoded as text', async () => {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signature = 'c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
  const jwt = `${part({ alg: 'ES256' })}.${part({ iss: 'https://issuer.example', sub: 'repo:o/r', exp: 4102444800 })}.${signature}`;
  const made: string[] = [];
  const toString = Buffer.prototype.toString;
  Buffer.prototype.toString = function recorded(this: Buffer, ...args: Parameters<Buffer['toString']>): string {
    const text = toString.apply(this, args);
    made.push(text);
    return text;
  };
  let token;
  try {
    token = await requestIdToken({ env: { SIGSTORE_ID_TOKEN: jwt }, retry: FAST });
  } finally {
    Buffer.prototype.toString = toString;
  }
  assert.equal(token?.claims.iss, 'https://issuer.example');
  token?.secret.destroy();
  assert.deepEqual(made.filter((text) => text.includes(signature)), []);
});

describe('the runner token endpoint redirecting to plain HTTP', () => {
  test('is refused at once, not retried as a connection failure, and the error says a redirect left TLS', async () => {
    let calls = 0;
    const fetch = (url: URL): Promise<Response> => {
      calls += 1;
      return Promise.reject(new InsecureRedirectError(`GET ${url.origin}${url.pathname} was redirected to plain HTTP (http://token.example), which is not followed`));
    };
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' };
    await assert.rejects(requestIdToken({ env, retry: FAST, fetch }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OIDC_SERVICE_FAILED');
      assert.match(error.message, /redirected to plain HTTP/);
      assert.doesNotMatch(error.message, /could not connect/);
      assert.match(error.hint ?? '', /plain HTTP/);
      assert.ok(!error.message.includes('request-token'));
      return true;
    });
    assert.equal(calls, 1);
  });
});

test('a token endpoint that redirects in a loop is OIDC_SERVICE_FAILED saying so at the first attempt, not "could not connect" after every retry', async (t) => {
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    response.writeHead(302, { location: request.url ?? '/' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' };
  await assert.rejects(requestIdToken({ env, retry: FAST }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'OIDC_SERVICE_FAILED');
    assert.match(error.message, /^OIDC GET http:\/\/127\.0\.0\.1:\d+\/token was redirected more than 10 times$/);
    assert.match(error.hint ?? '', /redirects that lead nowhere/);
    assert.ok(!`${error.message} ${error.hint}`.includes('request-token'));
    return true;
  });
  assert.equal(requests, 11, 'one attempt: the request and its 10 redirects');
});

test('a token request redirected to another host that refuses it names that host: the error named only the runner\'s endpoint', async (t) => {
  const refusing = createServer((_request, response) => response.writeHead(400).end());
  await new Promise<void>((listening) => refusing.listen(0, '127.0.0.1', listening));
  const refusingPort = (refusing.address() as AddressInfo).port;
  const redirecting = createServer((_request, response) => response.writeHead(307, { location: `http://127.0.0.1:${refusingPort}/elsewhere` }).end());
  await new Promise<void>((listening) => redirecting.listen(0, '127.0.0.1', listening));
  t.after(() => {
    refusing.close();
    redirecting.close();
  });
  const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' };
  await assert.rejects(requestIdToken({ env, retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 2000 } }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'OIDC_SERVICE_FAILED');
    assert.match(error.message, new RegExp(`failed: HTTP 400 \\(redirected to http://127\\.0\\.0\\.1:${refusingPort}, which answered\\)$`));
    return true;
  });
});
