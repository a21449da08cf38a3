import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How an injected fault answers: an HTTP status, a held socket that never answers, or a reset connection. */
export type FaultKind = 500 | 503 | 429 | 'timeout' | 'reset';

/** A request as a route sees it: method, parsed URL, headers and the whole body. */
export interface RouteRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

/** What a route answers. */
export interface RouteResponse {
  readonly status: number;
  readonly body: string | Buffer;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One route of a loopback service: method + exact path, or a path prefix when `prefix` is set. */
export interface Route {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly prefix?: boolean;
  readonly handle: (request: RouteRequest) => RouteResponse | Promise<RouteResponse>;
}

/** One request a service received, in arrival order, with the status it got ('timeout'/'reset' for those faults). */
export interface RequestRecord {
  readonly method: string;
  readonly path: string;
  readonly outcome: number | 'timeout' | 'reset';
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** A JSON answer. */
export function json(status: number, value: unknown, headers?: Record<string, string>): RouteResponse {
  return { status, body: JSON.stringify(value), contentType: 'application/json', ...(headers ? { headers } : {}) };
}

/** A plain HTTP server on 127.0.0.1 with a route table, a request log and a queue of injected faults. */
export class LoopbackService {
  readonly records: RequestRecord[] = [];
  private readonly faults: FaultKind[] = [];
  private readonly server: Server;
  private routes: readonly Route[] = [];

  constructor(readonly name: string) {
    this.server = createServer((req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        this.records.push({ method: req.method ?? 'GET', path: req.url ?? '/', outcome: 500 });
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
        }
        res.end(JSON.stringify({ code: 500, message: `${this.name}: ${String(error)}` }));
      });
    });
  }

  /** Starts listening on an ephemeral loopback port; resolves to the base URL (no trailing slash). */
  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Installs the routes (after listen, because some services sign their own URL into their data). */
  setRoutes(routes: readonly Route[]): void {
    this.routes = routes;
  }

  /** Makes the next `count` requests fail with `kind`. */
  fail(count: number, kind: FaultKind): void {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`fault count must be a non-negative integer, got ${count}`);
    }
    for (let i = 0; i < count; i += 1) {
      this.faults.push(kind);
    }
  }

  /** Stops the server, dropping kept-alive and held connections. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const fault = this.faults.shift();
    if (fault !== undefined) {
      this.records.push({ method, path: url.pathname, outcome: fault });
      this.injectFault(fault, req, res);
      return;
    }
    const body = await readBody(req);
    if (body === undefined) {
      this.records.push({ method, path: url.pathname, outcome: 413 });
      res.writeHead(413, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 413, message: `${this.name}: request body larger than ${MAX_BODY_BYTES} bytes` }));
      return;
    }
    const onPath = this.routes.filter((r) => (r.prefix ? url.pathname.startsWith(r.path) : url.pathname === r.path));
    const route = onPath.find((r) => r.method === method);
    const status = onPath.length === 0 ? 404 : 405;
    const response = route
      ? await route.handle({ method, url, headers: req.headers, body })
      : json(status, { code: status, message: `${this.name}: no route for ${method} ${url.pathname}` });
    this.records.push({ method, path: url.pathname, outcome: response.status });
    res.writeHead(response.status, {
      'content-type': response.contentType ?? 'text/plain; charset=utf-8',
      ...response.headers,
    });
    res.end(response.body);
  }

  private injectFault(fault: FaultKind, req: IncomingMessage, res: ServerResponse): void {
    switch (fault) {
      case 'timeout':
        // Hold the socket open without answering; close() or the client's own timeout ends it.
        req.resume();
        return;
      case 'reset':
        req.socket.destroy();
        return;
      default: {
        req.resume();
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (fault === 429) {
          // A Retry-After the clients read (and honour: trust-kit's signing transport and token request
          // do), of no seconds, so that no test sleeps a real second; waits that matter have doubles of their own.
          headers['retry-after'] = '0';
        }
        res.writeHead(fault, headers);
        res.end(JSON.stringify({ code: fault, message: `${this.name}: injected fault ${fault}` }));
      }
    }
  }
}

/** The whole request body, or undefined when it is larger than MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Reads to the end even when too large, so the connection stays usable for the 413 answer.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) {
      chunks.push(chunk);
    }
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks);
}
