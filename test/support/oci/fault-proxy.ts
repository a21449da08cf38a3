import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { TestContext } from 'node:test';
import { closeServer } from './token-server.js';

/** What a fault does to a request it matches. */
export type FaultAction =
  /** Answer with this status (and headers) instead of asking the registry. */
  | { readonly status: number; readonly headers?: Readonly<Record<string, string>> }
  /** Close the connection without an answer, before reading the request body. */
  | 'reset'
  /** Read the first piece of the request body, then close the connection: an upload dropped midway. */
  | 'reset-mid-body'
  /** Forward, then replace the registry's response body (status and headers kept, length fixed). */
  | { readonly rewrite: (body: Buffer) => Buffer }
  /** Answer with a handler of the test's own. */
  | { readonly handle: (request: IncomingMessage, response: ServerResponse) => void };

/** A fault: which requests it hits and how often. */
export interface Fault {
  readonly match: (request: { method: string; path: string }) => boolean;
  readonly action: FaultAction;
  /** How many matching requests it hits; then it is spent. Every one when absent. */
  times?: number;
}

/** A request the proxy saw. */
export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly faulted: boolean;
}

/** A running fault-injecting proxy. */
export interface FaultProxy {
  /** The registry name to use instead of the upstream's: `127.0.0.1:<port>`. */
  readonly name: string;
  readonly faults: Fault[];
  readonly requests: ProxiedRequest[];
}

/**
 * A loopback HTTP proxy in front of a plain-HTTP registry that forwards everything except what its
 * faults match: error statuses, dropped connections (before or during an upload), rewritten bodies.
 * Location headers pointing at the upstream are rewritten to the proxy so uploads stay behind it.
 */
export async function startFaultProxy(t: TestContext, upstream: string): Promise<FaultProxy> {
  const faults: Fault[] = [];
  const requests: ProxiedRequest[] = [];
  let name = '';
  const server = createServer((request, response) => {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const fault = faults.find((candidate) => (candidate.times === undefined || candidate.times > 0) && candidate.match({ method, path }));
    requests.push({ method, path, authorization: request.headers.authorization, faulted: fault !== undefined });
    if (fault?.times !== undefined) fault.times -= 1;
    const action = fault?.action;
    if (action === 'reset') {
      request.socket.destroy();
      return;
    }
    if (action === 'reset-mid-body') {
      request.once('data', () => request.socket.destroy());
      request.once('end', () => request.socket.destroy());
      return;
    }
    if (action !== undefined && 'status' in action) {
      request.resume();
      response.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
      response.end(JSON.stringify({ errors: [{ code: 'INJECTED', message: `fault injected by the test proxy (${action.status})` }] }));
      return;
    }
    if (action !== undefined && 'handle' in action) {
      action.handle(request, response);
      return;
    }
    const forwarded = httpRequest(`http://${upstream}${path}`, { method, headers: { ...request.headers, host: upstream } }, (answer) => {
      const headers = { ...answer.headers };
      if (typeof headers.location === 'string') headers.location = headers.location.replace(`//${upstream}`, `//${name}`);
      if (action !== undefined && 'rewrite' in action) {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = action.rewrite(Buffer.concat(chunks));
          response.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': String(body.length) });
          response.end(body);
        });
        return;
      }
      response.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(response);
    });
    forwarded.on('error', () => request.socket.destroy());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('fault proxy has no address');
  name = `127.0.0.1:${address.port}`;
  t.after(() => closeServer(server));
  return { name, faults, requests };
}
