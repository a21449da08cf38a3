import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as a route handler sees it: method, URL, the path's named parameters, headers and the parsed JSON body. */
export interface ApiRequest {
  readonly method: string;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: IncomingMessage['headers'];
  /** The body parsed as JSON (undefined when empty); a body that is not JSON is refused with 400 before any handler runs (except on `raw` routes). */
  readonly body: unknown;
  /** The body's bytes as sent. */
  readonly bytes: Buffer;
}

/** What a route answers: a status, a JSON body (undefined for none) and extra headers. */
export interface ApiResponse {
  readonly status: number;
  readonly body?: unknown;
  /** Bytes sent as they are instead of a JSON body (a release asset's download). */
  readonly bytes?: Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One route of the double: a method and a path pattern whose `{name}` segments become
 * `params.name` (a parameter never spans a slash; a `{+name}` one, last in the pattern, takes the
 * rest of the path), and a stable name that faults and request
 * records use (`attestations.create`).
 */
export interface ApiRoute {
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly pattern: string;
  /** The body is binary (a release asset upload): never parsed as JSON, recorded by its size. */
  readonly raw?: boolean;
  readonly handle: (request: ApiRequest) => ApiResponse | Promise<ApiResponse>;
}

/** One request the double received, in arrival order. */
export interface ApiRecord {
  readonly method: string;
  readonly path: string;
  /** The matched route's name, or undefined when no route matched. */
  readonly route: string | undefined;
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

/** A one-shot answer that replaces the route's own for the next matching request; `hang` holds the socket without answering. */
export interface ApiFault {
  /** Only requests to this route (by name) take the fault; any request when undefined. */
  readonly route?: string;
  readonly response: ApiResponse | 'hang';
  /** How many requests it applies to pass untouched before it is taken (default 0). */
  after?: number;
}

/** Bodies larger than this are refused with 413, as GitHub refuses oversized payloads. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

interface CompiledRoute {
  route: ApiRoute;
  regexp: RegExp;
  names: string[];
}

function compile(route: ApiRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.pattern
    .split(/(\{\+?[a-z_]+\})/)
    .map((part) => {
      const match = /^\{(\+?)([a-z_]+)\}$/.exec(part);
      if (match === null) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(match[2] ?? '');
      // `{+name}` takes the rest of the path, slashes included (a git ref such as refs/tags/app/v1).
      return match[1] === '+' ? '(.+)' : '([^/]+)';
    })
    .join('');
  return { route, regexp: new RegExp(`^${source}$`), names };
}

/** GitHub's error body: a message and the documentation link every REST error carries. */
export function apiError(status: number, message: string, documentation = 'https://docs.github.com/rest'): ApiResponse {
  return { status, body: { message, documentation_url: documentation, status: String(status) } };
}

/**
 * A plain HTTP server on 127.0.0.1 that answers like GitHub's REST API for the routes it is given,
 * records every request, and replaces answers with queued faults. The routes themselves live in
 * routes.ts; this class knows nothing of attestations or releases.
 */
export class ApiServer {
  readonly records: ApiRecord[] = [];
  private readonly faults: ApiFault[] = [];
  private readonly server: Server;
  private routes: CompiledRoute[] = [];

  /**
   * `mounts` serve the routes under path prefixes, as GitHub Enterprise Server does (`/api/v3` for
   * the API, `/api/uploads` for uploads): each maps a prefix to the one the routes are written
   * with (`''`, `/uploads`), and a path under none of them is not found. Without, paths are as given.
   */
  constructor(private readonly mounts: Readonly<Record<string, string>> | undefined = undefined) {
    this.server = createServer((req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `GitHub API double: ${String(error)}` }));
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

  /** Adds routes; a request is answered by the first route whose method and pattern match. */
  addRoutes(routes: readonly ApiRoute[]): void {
    this.routes.push(...routes.map(compile));
  }

  /** Queues a fault: the next request it applies to gets its response instead of the route's. */
  fail(fault: ApiFault, count = 1): void {
    // Only the first copy waits: the others queue behind it.
    for (let i = 0; i < count; i += 1) this.faults.push(i === 0 ? { ...fault } : { route: fault.route, response: fault.response } as ApiFault);
  }

  /** How many queued faults no request has met yet. */
  get pendingFaults(): number {
    return this.faults.length;
  }

  /** Stops the server, dropping kept-alive connections. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const routed = this.routedPath(url.pathname);
    const matched = routed === undefined ? undefined : this.match(method, routed);
    const routeName = matched?.compiled.route.name;
    const respond = (response: ApiResponse, body: unknown): void => {
      this.records.push({ method, path: url.pathname, route: routeName, status: response.status, headers: req.headers, body });
      if (response.bytes !== undefined) {
        res.writeHead(response.status, { 'content-type': 'application/octet-stream', 'content-length': String(response.bytes.length), ...response.headers });
        res.end(response.bytes);
        return;
      }
      const text = response.body === undefined ? '' : JSON.stringify(response.body);
      res.writeHead(response.status, { ...(text === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }), ...response.headers });
      res.end(text);
    };
    if (raw === undefined) return respond(apiError(413, 'Payload too large'), undefined);
    let body: unknown;
    if (matched?.compiled.route.raw === true) {
      body = { bytes: raw.length };
    } else {
      try {
        body = raw.length === 0 ? undefined : JSON.parse(raw.toString('utf8'));
      } catch {
        return respond(apiError(400, 'Problems parsing JSON'), raw.toString('utf8'));
      }
    }
    let faultIndex = this.faults.findIndex((fault) => fault.route === undefined || fault.route === routeName);
    const waiting = this.faults[faultIndex];
    if (waiting?.after !== undefined && waiting.after > 0) {
      waiting.after -= 1;
      faultIndex = -1;
    }
    if (faultIndex !== -1) {
      const [fault] = this.faults.splice(faultIndex, 1);
      const response = (fault as ApiFault).response;
      if (response === 'hang') {
        // Recorded with status 0: the client's own timeout, or close(), ends the request.
        this.records.push({ method, path: url.pathname, route: routeName, status: 0, headers: req.headers, body });
        return;
      }
      return respond(response, body);
    }
    if (matched === undefined) {
      const onPath = routed !== undefined && this.routes.some((compiled) => compiled.regexp.test(routed));
      return respond(apiError(onPath ? 405 : 404, onPath ? 'Method Not Allowed' : 'Not Found'), body);
    }
    respond(await matched.compiled.route.handle({ method, url, params: matched.params, headers: req.headers, body, bytes: raw }), body);
  }

  /** The path the routes are written with for a request's path: through the mount it is under; undefined when it is under none. */
  private routedPath(path: string): string | undefined {
    if (this.mounts === undefined) return path;
    for (const [prefix, to] of Object.entries(this.mounts)) if (path.startsWith(`${prefix}/`)) return `${to}${path.slice(prefix.length)}`;
    return undefined;
  }

  private match(method: string, path: string): { compiled: CompiledRoute; params: Record<string, string> } | undefined {
    for (const compiled of this.routes) {
      if (compiled.route.method !== method) continue;
      const found = compiled.regexp.exec(path);
      if (found === null) continue;
      const params = Object.fromEntries(compiled.names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? '')]));
      return { compiled, params };
    }
    return undefined;
  }
}

/** The whole request body, or undefined when it is larger than MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Reads to the end even when too large, so the connection stays usable for the 413 answer.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks);
}
