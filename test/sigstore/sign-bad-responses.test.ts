// A service that answers 200 with something unusable (a proxy's HTML page, truncated JSON, JSON of
// another shape, a timestamp that is not DER) is reported as a bad response from that service,
// with its own code, not as a connection failure nor as a bundle that fails its own check.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import { silentLogger } from '../../src/core/logger.js';
import { openSigningSession } from '../../src/sigstore/sign/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { tempDir } from '../support/tmp.js';

const FAST: RetryPolicy = { retries: 2, minDelayMs: 5, maxDelayMs: 20, factor: 2, budgetMs: 5000, timeoutMs: 1500 };

/** Answers every request with the status (200 unless set) and the body set last. */
async function garbageServer(): Promise<{ url: string; answer: (body: string | Buffer, type: string, status?: number) => void; requests: () => number; server: Server }> {
  let reply: { body: string | Buffer; type: string; status: number } = { body: '', type: 'text/plain', status: 200 };
  let count = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      count++;
      response.writeHead(reply.status, { 'content-type': reply.type }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, answer: (body, type, status = 200) => void (reply = { body, type, status }), requests: () => count, server };
}

const HTML = ['<html><body>Proxy login required</body></html>', 'text/html'] as const;
const TRUNCATED = ['{"signedCertificateEmbeddedSct":{"chain":{"certif', 'application/json'] as const;

describe('bad responses from the signing services', () => {
  let stack: SigstoreStack;
  let garbage: Awaited<ReturnType<typeof garbageServer>>;
  before(async () => {
    stack = await startSigstoreStack({ tsa: true });
    garbage = await garbageServer();
  });
  after(async () => {
    garbage.server.close();
    await stack.close();
  });

  async function signWithGarbage(t: Parameters<typeof tempDir>[0], service: 'fulcio' | 'rekor' | 'tsa'): Promise<unknown> {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'sums\n');
    const urls: Record<string, string> = { 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'tsa-url': stack.tsaURL ?? '', 'trusted-root': stack.trustedRootPath };
    urls[`${service}-url`] = garbage.url;
    const config = { ...signConfig({ 'subject-path': 'unused', ...urls }, cliNamer()), retry: FAST };
    const opened = await openSigningSession(config, { cwd, env: { ...stack.env }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
    assert.ok(opened.session);
    try {
      await opened.session.signFile(join(cwd, 'SHA256SUMS'));
    } catch (error) {
      return error;
    }
    return assert.fail(`signing with a garbage ${service} succeeded`);
  }

  const cases: [service: 'fulcio' | 'rekor' | 'tsa', name: string, path: string, body: readonly [string | Buffer, string], detail: RegExp][] = [
    ['fulcio', 'Fulcio', '/api/v2/signingCert', HTML, /a body that is not JSON/],
    ['fulcio', 'Fulcio', '/api/v2/signingCert', TRUNCATED, /a body that is not JSON/],
    ['fulcio', 'Fulcio', '/api/v2/signingCert', ['{"error":"nope"}', 'application/json'], /a body of another shape/],
    ['fulcio', 'Fulcio', '/api/v2/signingCert', [JSON.stringify({ signedCertificateEmbeddedSct: { chain: { certificates: ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'] } } }), 'application/json'], /a certificate that cannot be read/],
    ['rekor', 'Rekor', '/api/v1/log/entries', HTML, /a body that is not JSON/],
    ['rekor', 'Rekor', '/api/v1/log/entries', ['{"a":1,"b":2}', 'application/json'], /a body of another shape/],
    ['rekor', 'Rekor', '/api/v1/log/entries', ['{"a":1}', 'application/json'], /a body of another shape/],
    ['rekor', 'Rekor', '/api/v1/log/entries', ['[]', 'application/json'], /a body of another shape/],
    ['tsa', 'TSA', '/api/v1/timestamp', HTML, /a body that is not a DER RFC 3161 timestamp token/],
    ['tsa', 'TSA', '/api/v1/timestamp', [Buffer.from([0x30, 0x82, 0x01, 0x00, 0x02, 0x01]), 'application/timestamp-reply'], /a body that is not a DER RFC 3161 timestamp token/],
  ];
  for (const [service, name, path, [body, type], detail] of cases) {
    test(`${name} answering 200 with ${JSON.stringify(String(body).slice(0, 40))} (${type})`, async (t) => {
      garbage.answer(body, type);
      const before = garbage.requests();
      const error = (await signWithGarbage(t, service)) as Error & { code?: string; service?: string; status?: unknown; hint?: string };
      assert.equal(error.code, 'SIGN_SERVICE_BAD_RESPONSE', error.message);
      assert.equal(error.service, name);
      assert.equal(error.status, 'bad-response');
      assert.match(error.message, new RegExp(`^bad response from ${name}: POST http://127\\.0\\.0\\.1:\\d+${path.replaceAll('/', '\\/')} answered with `));
      assert.match(error.message, detail);
      assert.doesNotMatch(error.message, /could not connect|Proxy login/);
      assert.match(error.hint ?? '', /not a proxy/);
      assert.equal(garbage.requests() - before, 1, 'a bad answer is not retried');
    });
  }

  test('what a refusing service says is repeated printable and bounded', async (t) => {
    for (const message of [HOSTILE, `${HOSTILE}${HUGE}`]) {
      garbage.answer(JSON.stringify({ code: 400, message }), 'application/json', 400);
      const error = (await signWithGarbage(t, 'fulcio')) as Error & { code?: string };
      assert.equal(error.code, 'SIGN_SERVICE_FAILED', error.message.slice(0, 300));
      assertShowable(error.message, /^Fulcio POST \S+ failed: .*\]0;owned/);
    }
  });

  test('a service that is not there is still a connection failure', async (t) => {
    const closed = await garbageServer();
    const url = closed.url;
    await new Promise<void>((resolve) => closed.server.close(() => resolve()));
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'f'), 'f\n');
    const config = { ...signConfig({ 'subject-path': 'unused', 'fulcio-url': url, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath }, cliNamer()), retry: { ...FAST, retries: 0 } };
    const opened = await openSigningSession(config, { cwd, env: { ...stack.env }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
    await assert.rejects(opened.session?.signFile(join(cwd, 'f')) ?? Promise.resolve(), { code: 'SIGN_SERVICE_FAILED', message: /^Fulcio POST \S+ failed: could not connect \(ECONNREFUSED\)/ });
  });
});
