import { Readable } from 'node:stream';
import type { TestContext } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { RetryPolicy } from '../../src/core/retry.js';
import { RegistryClient, staticCredentials, type HttpRequest, type HttpResponse, type RegistryClientOptions, type Transport } from '../../src/oci/index.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { TEST_USER, type LoopbackRegistry } from '../support/oci/registries.js';

/** Retries fast enough for tests; the waits go through the client's `sleep`, which tests may record. */
export const FAST_RETRY: RetryPolicy = { retries: 3, minDelayMs: 1, maxDelayMs: 4, factor: 2, budgetMs: 60_000, timeoutMs: 10_000 };

/** A client for a loopback registry (plain HTTP or its test CA), closed when the test ends. */
export function clientFor(t: TestContext, registry: LoopbackRegistry | { name: string; plainHttp: boolean; ca?: string }, options: RegistryClientOptions & { login?: boolean | { username: string; password: string } } = {}): RegistryClient {
  const { login, ...rest } = options;
  const user = login === true ? TEST_USER : login === false || login === undefined ? undefined : login;
  const client = new RegistryClient({
    retry: FAST_RETRY,
    plainHttp: registry.plainHttp ? [registry.name] : false,
    ...(registry.ca === undefined ? {} : { ca: registry.ca }),
    ...(user === undefined ? {} : { credentials: staticCredentials({ [registry.name]: { username: user.username, secret: SecretBuffer.from(Buffer.from(user.password)) } }) }),
    ...rest,
  });
  t.after(() => client.close());
  return client;
}

/** The text of a file in a gzip'd tar layer (a test layer's files are small and unpadded names). */
export function fileInLayer(layer: Buffer, path: string): string | undefined {
  const tar = gunzipSync(layer);
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const name = tar.subarray(offset, offset + 100).toString('utf8').replace(/\0.*$/s, '');
    if (name === '') return undefined;
    const size = parseInt(tar.subarray(offset + 124, offset + 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    if (name === path) return tar.subarray(offset + 512, offset + 512 + size).toString('utf8');
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

/** One scripted answer. */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Readable;
}

/**
 * A scripted transport for hosts that cannot exist on loopback (a registry and a token realm on
 * other names): each answer is chosen from the request (a body as text, or a stream for one that
 * never ends), and every request is recorded.
 */
export function scripted(answer: (request: HttpRequest) => ScriptedAnswer): Transport & { seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  return {
    seen,
    async send(request) {
      seen.push(request);
      const { status, headers = {}, body = '' } = answer(request);
      // A stream is sent as it comes, without a Content-Length.
      const response: HttpResponse =
        typeof body === 'string'
          ? { status, url: request.url, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, body: Readable.from([Buffer.from(body)]) }
          : { status, url: request.url, headers, body };
      return response;
    },
    close() {},
  };
}
