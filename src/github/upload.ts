import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What Octokit hands its `fetch` for a request (see @octokit/request's fetch wrapper). */
interface FetchInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | null;
}

/** Statuses whose response has no body, which `Response` refuses one for. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);

function toResponse(message: IncomingMessage): Response {
  const headers = new Headers();
  for (let index = 0; index + 1 < message.rawHeaders.length; index += 2) headers.append(message.rawHeaders[index] as string, message.rawHeaders[index + 1] as string);
  const status = message.statusCode ?? 500;
  if (NO_BODY.has(status)) {
    message.resume();
    return new Response(null, { status, headers });
  }
  return new Response(Readable.toWeb(message) as ReadableStream<Uint8Array>, { status, headers });
}

/**
 * A `fetch` for Octokit that sends a streamed request body with backpressure through node:http(s):
 * Node's own fetch reads a streamed body far ahead of the socket (a 2 GiB upload was measured
 * holding the whole file in memory), while a piped request reads no faster than the server takes
 * it. Bodies that are not streams are sent as they are.
 */
export async function streamingFetch(url: string | URL, init: FetchInit = {}): Promise<Response> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const body = init.body;
  return new Promise<Response>((resolve, reject) => {
    const request = send(target, { method: init.method ?? 'GET', headers: init.headers ?? {}, ...(init.signal ? { signal: init.signal } : {}) }, (message) => resolve(toResponse(message)));
    request.on('error', reject);
    if (body === undefined || body === null) {
      request.end();
      return;
    }
    const source = typeof body === 'string' || body instanceof Uint8Array ? Readable.from([body]) : Readable.from(body as AsyncIterable<Uint8Array>);
    pipeline(source, request).catch(reject);
  });
}
