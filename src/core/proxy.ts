import type { Agent as HttpAgent, AgentOptions as HttpAgentOptions } from 'node:http';
import type { AgentOptions as HttpsAgentOptions } from 'node:https';
import { TrustKitError } from './errors.js';
import { tunnelingAgent } from './proxy-tunnel.js';

/**
 * The proxy settings of a runner (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), as an entry point read them
 * from its environment: code below the entry points takes them as configuration.
 */
export interface ProxySettings {
  /** The proxy for https:// requests. */
  readonly httpsProxy?: string | undefined;
  /** The proxy for http:// requests. */
  readonly httpProxy?: string | undefined;
  /** Hosts reached directly: comma-separated names, `name:port`, `.suffix`, or `*`. */
  readonly noProxy?: string | undefined;
}

/** No proxy: every request connects directly. */
export const NO_PROXY_SETTINGS: ProxySettings = {};

/** A proxy variable that names no usable proxy. */
export class ProxyConfigError extends TrustKitError<'PROXY_URL_INVALID'> {
  constructor(message: string, hint: string) {
    super('PROXY_URL_INVALID', message, { hint });
    this.name = 'ProxyConfigError';
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/**
 * The proxy settings in an environment, read as @actions/http-client reads them (and so as
 * Octokit in `@actions/github` does): the lower-case variable first, an empty one as unset.
 */
export function proxySettingsFrom(env: Readonly<Record<string, string | undefined>>): ProxySettings {
  const httpsProxy = nonEmpty(env.https_proxy) ?? nonEmpty(env.HTTPS_PROXY);
  const httpProxy = nonEmpty(env.http_proxy) ?? nonEmpty(env.HTTP_PROXY);
  const noProxy = nonEmpty(env.no_proxy) ?? nonEmpty(env.NO_PROXY);
  return { ...(httpsProxy === undefined ? {} : { httpsProxy }), ...(httpProxy === undefined ? {} : { httpProxy }), ...(noProxy === undefined ? {} : { noProxy }) };
}

/**
 * Loopback hosts, which @actions/http-client never sends through a proxy, whatever NO_PROXY says.
 * Its test is a prefix (`127.`), which also takes a name such as `127.attacker.example` (one a
 * redirect can name) round the proxy: here only an address in 127.0.0.0/8 is (a URL's host is
 * already in canonical form: `0x7f.1` is `127.0.0.1`, `[0:0::1]` is `[::1]`).
 */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Whether a request to `url` would carry what it is sent with (a token, a password) in the clear to
 * another machine: plain HTTP anywhere but this machine's loopback. The one rule every sender of a
 * credential follows (Fulcio, GitHub's API, the runner's token endpoint); loopback is a test server.
 */
export function inTheClearOffMachine(url: URL): boolean {
  return url.protocol === 'http:' && !isLoopbackHostname(url.hostname);
}

/**
 * A NO_PROXY entry naming an IPv6 address in the form a URL's host has it: in brackets and
 * canonical (`fd00:0::1`, as curl takes it, is `[fd00::1]`), a port kept; any other entry as it is.
 */
function canonicalEntry(entry: string): string {
  const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(entry);
  const address = bracketed === null ? entry : (bracketed[1] as string);
  if (!address.includes(':')) return entry;
  try {
    return `${new URL(`http://[${address}]/`).hostname}${bracketed?.[2] ?? ''}`;
  } catch {
    return entry;
  }
}

/**
 * Whether a request to `url` bypasses the proxy: @actions/http-client's `checkBypass`. Loopback
 * hosts always; otherwise a NO_PROXY entry that is `*`, the host, `host:port` (the scheme's default
 * port when the URL has none), or a domain the host is under (`example.com` and `.example.com`
 * both cover `api.example.com`), compared without case; beyond it, an IPv6 entry written bare or
 * not canonical, as curl takes it.
 */
export function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  if (url.hostname === '') return false;
  if (isLoopbackHostname(url.hostname)) return true;
  if (noProxy === undefined || noProxy === '') return false;
  const port = url.port !== '' ? Number(url.port) : url.protocol === 'http:' ? 80 : url.protocol === 'https:' ? 443 : undefined;
  const host = url.hostname.toUpperCase();
  const hosts = port === undefined ? [host] : [host, `${host}:${port}`];
  return noProxy
    .split(',')
    .map((entry) => canonicalEntry(entry.trim()).toUpperCase())
    .filter((entry) => entry !== '')
    .some((entry) => entry === '*' || hosts.some((candidate) => candidate === entry || candidate.endsWith(`.${entry}`) || (entry.startsWith('.') && candidate.endsWith(entry))));
}

/** A URL (or what was meant as one: it need not parse) without its credentials, fit for a message. */
export function urlWithoutCredentials(value: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
  const rest = value.slice(scheme.length);
  // Everything up to the last @ may be credentials, a / or : in a password included.
  const at = rest.lastIndexOf('@');
  if (at !== -1) return `${scheme}…@${rest.slice(at + 1)}`.slice(0, 200);
  // Without an @, `user:password` (the host forgotten) reads as host and port: only a port of digits is shown.
  return /^[^:/?#]*(?::\d*)?(?:[/?#].*)?$/s.test(rest) ? value.slice(0, 200) : `${scheme}…`;
}

/** Whether URL credentials decode (a lone `%` does not): they are sent decoded, as curl sends them. */
function percentDecodable(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** The proxy URL in `value` (of `variable`): `host:port` is `http://host:port`, as curl takes it; anything but an http(s) URL is a PROXY_URL_INVALID, never quoting its credentials. */
function parseProxy(variable: string, value: string): URL {
  let proxy: URL | undefined;
  try {
    proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    proxy = undefined;
  }
  if (proxy === undefined || (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') || proxy.hostname === '') {
    throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) is not an http(s) proxy URL`, `set ${variable} to the proxy's URL, e.g. http://proxy.example.com:3128, or unset it to connect directly`);
  }
  if (!percentDecodable(proxy.username) || !percentDecodable(proxy.password)) {
    throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) has credentials that are not percent-encoded`, `set ${variable} to the proxy's URL with the user name and password percent-encoded (a % as %25, an @ as %40)`);
  }
  return proxy;
}

/**
 * Checks the proxy variables: one that is no http(s) URL is a PROXY_URL_INVALID. Called before the
 * GitHub toolkit is first loaded, which reads them from the process environment then and throws a
 * bare error (a crash, to the user) on such a value.
 */
export function checkProxySettings(settings: ProxySettings): void {
  for (const [variable, value] of [['HTTPS_PROXY', settings.httpsProxy], ['HTTP_PROXY', settings.httpProxy]] as const) if (value !== undefined && value !== '') parseProxy(variable, value);
}

/**
 * The proxy a request to `url` goes through, or undefined to connect directly: HTTPS_PROXY for
 * https://, HTTP_PROXY for http://, unless NO_PROXY (or loopback) bypasses it, as
 * @actions/http-client's `getProxyUrl` decides (where it would go on with a proxy that is no
 * http(s) URL, this is a PROXY_URL_INVALID).
 */
export function proxyFor(url: URL, settings: ProxySettings): URL | undefined {
  if (bypassesProxy(url, settings.noProxy)) return undefined;
  const [variable, value] = url.protocol === 'https:' ? ['HTTPS_PROXY', settings.httpsProxy] : ['HTTP_PROXY', settings.httpProxy];
  return value === undefined || value === '' ? undefined : parseProxy(variable, value);
}

/** What the agents {@link ProxyAgents} makes are, beside going through the proxy: TLS trust, connection limits. */
export interface ProxyAgentOptions {
  readonly http?: HttpAgentOptions;
  readonly https?: HttpsAgentOptions;
  /** How long opening a tunnel may take: reaching the proxy, its answer to CONNECT and the TLS handshake through it (default 20 s). */
  readonly tunnelTimeoutMs?: number;
}

/** Opening a tunnel takes a round trip or three: a proxy silent this long is not going to answer (the time a request to a public service may take, DEFAULT_RETRY_POLICY's). */
const DEFAULT_TUNNEL_TIMEOUT_MS = 20_000;

/** Agents that send requests through one proxy, by target protocol and proxy, shared by the requests of one client. */
export class ProxyAgents {
  readonly #agents = new Map<string, HttpAgent>();
  readonly #options: ProxyAgentOptions;

  /** Checks both proxy URLs at once: a bad one is a PROXY_URL_INVALID before any request (a request would take it for a connection failure and retry). */
  constructor(
    readonly settings: ProxySettings,
    options: ProxyAgentOptions = {},
  ) {
    this.#options = options;
    checkProxySettings(settings);
  }

  /**
   * The agent for a request to `url`: undefined when no proxy applies (connect directly, with the
   * caller's own agent or {@link directAgentFor}); else one that tunnels https:// through the proxy with CONNECT (ours: Node's
   * own tunnel waits forever on a proxy that goes silent after its CONNECT, and reads its answer
   * without bound) and sends http:// to it in absolute form (Node's own proxy support, told only
   * this proxy: the bypass was decided above, with @actions/http-client's rules).
   */
  agentFor(url: URL): HttpAgent | undefined {
    const proxy = proxyFor(url, this.settings);
    if (proxy === undefined) return undefined;
    const key = `${url.protocol} ${proxy.href}`;
    let agent = this.#agents.get(key);
    if (agent === undefined) {
      // Built-ins loaded on first use: offline verification imports this module (for the TUF loads it may skip) and never needs node:http(s) or TLS.
      agent = url.protocol === 'https:' ? tunnelingAgent(proxy, { keepAlive: true, ...this.#options.https, tunnelTimeoutMs: this.#options.tunnelTimeoutMs ?? DEFAULT_TUNNEL_TIMEOUT_MS }) : new (process.getBuiltinModule('node:http').Agent)({ keepAlive: true, ...this.#options.http, proxyEnv: { HTTP_PROXY: proxy.href } });
      this.#agents.set(key, agent);
    }
    return agent;
  }

  /**
   * An agent that connects directly, for a request no proxy applies to ({@link agentFor} gave none):
   * not Node's global agent, which NODE_USE_ENV_PROXY=1 sends through the environment's proxy by
   * Node's own rules, loopback included, where these rules reach the host directly.
   */
  directAgentFor(url: URL): HttpAgent {
    const key = `${url.protocol} direct`;
    let agent = this.#agents.get(key);
    if (agent === undefined) {
      // As Node's global agent is made: an idle connection is closed after 5 s, not kept until the server drops it.
      const base = { keepAlive: true, scheduling: 'lifo', timeout: 5000 } as const;
      agent = url.protocol === 'https:' ? new (process.getBuiltinModule('node:https').Agent)({ ...base, ...this.#options.https }) : new (process.getBuiltinModule('node:http').Agent)({ ...base, ...this.#options.http });
      this.#agents.set(key, agent);
    }
    return agent;
  }

  /** Closes the connections of every agent made so far. */
  destroy(): void {
    for (const agent of this.#agents.values()) agent.destroy();
    this.#agents.clear();
  }
}
