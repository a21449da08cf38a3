// Each signature's deadline over all its requests to the signing services (cosign's --timeout): each request alone
// is bounded by the retry policy (about 80 s by default), but a signature makes several, so without it a signature
// against services that keep failing slowly ran for as many times 80 s as it made requests. Per signature, not per
// command: a release signing a bundle per artifact is long because it is big, not because it is stuck.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { DEFAULT_SIGN_TIMEOUT_SECONDS, signConfig } from '../../src/config/sign.js';
import { isTrustKitError } from '../../src/core/errors.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import { ServiceClient, SigningDeadline } from '../../src/sigstore/sign/transport.js';

/** A patient policy: alone, each request would retry for 10 s. */
const PATIENT: RetryPolicy = { retries: 50, minDelayMs: 50, maxDelayMs: 200, factor: 2, budgetMs: 10_000, timeoutMs: 5000 };

describe('signing deadline', () => {
  let server: Server;
  let base = '';
  before(async () => {
    // /slow answers after 5 s; everything else is a 503, which is retried.
    server = createServer((request, response) => {
      if (request.url === '/slow') setTimeout(() => response.writeHead(200).end('{}'), 5000).unref();
      else response.writeHead(503).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const timedOut = (service: string, path: string, seconds: number) => (error: unknown) => {
    assert.ok(isTrustKitError(error), String(error));
    assert.equal(error.code, 'SIGN_TIMEOUT');
    assert.equal(error.message, `a signature did not finish within ${seconds} s: ${service} (POST ${base}${path}) was still pending`);
    assert.match(error.hint ?? '', /--timeout/);
    return true;
  };

  it('cuts off the waits between retries and the request in flight, and names what was pending: SIGN_TIMEOUT', async () => {
    // The policy alone would retry for 10 s and fail with SIGN_SERVICE_FAILED: SIGN_TIMEOUT is the deadline's.
    const deadline = new SigningDeadline(300);
    await assert.rejects(new ServiceClient('Rekor', { retry: PATIENT, deadline }).send('POST', `${base}/api/v1/log/entries`, { body: '{}' }), timedOut('Rekor', '/api/v1/log/entries', 0.3));
  });

  it('is one for every service of a signature: what the first request spent, the next has not', async () => {
    // /slow answers after 5 s, so the first request alone would succeed: both are cut by the one deadline.
    const deadline = new SigningDeadline(400);
    await deadline.signature(async () => {
      await assert.rejects(new ServiceClient('Fulcio', { retry: PATIENT, deadline }).send('POST', `${base}/slow`, { body: '{}' }), timedOut('Fulcio', '/slow', 0.4));
      await assert.rejects(new ServiceClient('TSA', { retry: PATIENT, deadline }).send('POST', `${base}/api/v1/timestamp`, { body: '{}' }), timedOut('TSA', '/api/v1/timestamp', 0.4));
    });
  });

  it('gives each signature its own time, one after another or at once: many signatures are not cut off for adding up', async () => {
    // /ok after 150 ms: each signature's two requests (300 ms) fit its 500 ms; five in a row (1.5 s) would not fit one.
    const paced = createServer((_request, response) => setTimeout(() => response.writeHead(200).end('{}'), 150).unref());
    await new Promise<void>((resolve) => paced.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(paced.address() as AddressInfo).port}/ok`;
      const deadline = new SigningDeadline(500);
      const client = new ServiceClient('Rekor', { retry: PATIENT, deadline });
      const sign = (): Promise<void> =>
        deadline.signature(async () => {
          await client.send('POST', url, { body: '{}' });
          await client.send('POST', url, { body: '{}' });
        });
      for (let signature = 0; signature < 5; signature += 1) await sign();
      await Promise.all([sign(), sign(), sign()]);
    } finally {
      paced.closeAllConnections();
      await new Promise((resolve) => paced.close(resolve));
    }
  });

  it('without one, a request is bounded by its policy alone (SIGN_SERVICE_FAILED)', async () => {
    const quick: RetryPolicy = { ...PATIENT, retries: 2, budgetMs: 500 };
    await assert.rejects(new ServiceClient('Rekor', { retry: quick }).send('POST', `${base}/api/v1/log/entries`, { body: '{}' }), { code: 'SIGN_SERVICE_FAILED' });
  });

  it('--timeout takes seconds or minutes up to 6 hours, 300 s by default', () => {
    const config = (timeout?: string): number => signConfig({ 'subject-path': ['a'], ...(timeout === undefined ? {} : { timeout }) }, cliNamer()).timeoutMs;
    assert.equal(DEFAULT_SIGN_TIMEOUT_SECONDS, 300);
    assert.equal(config(), 300_000);
    assert.equal(config('90'), 90_000);
    assert.equal(config('90s'), 90_000);
    assert.equal(config('10m'), 600_000);
    assert.equal(config('360m'), 21_600_000);
    for (const bad of ['0', '-5', '1.5', '10h', '361m', 'soon']) {
      assert.throws(() => config(bad), (error: unknown) => isTrustKitError(error) && error.code === 'CONFIG_INVALID' && /--timeout/.test(error.message), bad);
    }
  });
});
