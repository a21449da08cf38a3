// A TUF client for a Sigstore repository's `trusted_root.json`, laid out as @sigstore/tuf lays out
// its cache (so caches are shared with it), whose requests follow the runner's proxy settings:
// tuf-js's own fetcher uses Node's global fetch, which ignores HTTPS_PROXY/NO_PROXY.
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { appDataPath } from '@sigstore/tuf/dist/appdata.js';
import SIGSTORE_SEEDS from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { BaseFetcher, Updater } from 'tuf-js';
import { DownloadHTTPError } from 'tuf-js/dist/error.js';
import { proxiedFetch, type ProxiedFetch } from '../../core/proxied-fetch.js';
import { ProxyAgents, type ProxySettings } from '../../core/proxy.js';
import { ProxyTunnelError } from '../../core/proxy-tunnel.js';
import { VERSION } from '../../core/version.js';

/** Where a TUF repository is, which root it is trusted from, where its metadata is cached, and how it is reached. */
export interface TufClientOptions {
  mirrorURL: string;
  /** A trusted initial root.json; without it, the root @sigstore/tuf ships for the mirror (public-good only). */
  rootPath?: string | undefined;
  /** Default @sigstore/tuf's: `sigstore-js` in the user's application-data directory. */
  cachePath?: string | undefined;
  /** Retries of a failed request (connection failure, timeout or 5xx), with exponential backoff from 1 s. */
  retries: number;
  /** Time one request may take, its body included. */
  timeoutMs: number;
  proxy: ProxySettings;
}

/** Redirects a request follows (fetch follows 20; a TUF mirror needs one at most). */
const MAX_REDIRECTS = 5;

const TRUSTED_ROOT_TARGET = 'trusted_root.json';

/** A failed request worth another try: no answer, or a server error; not a proxy that wants credentials. */
function retriable(error: unknown): boolean {
  if (error instanceof ProxyTunnelError) return error.code !== 'PROXY_AUTH_REQUIRED';
  return !(error instanceof DownloadHTTPError) || error.statusCode >= 500;
}

/** tuf-js's fetcher over {@link proxiedFetch} (redirects followed, every hop through the proxy the settings give), with a timeout per request and retries. */
class ProxiedFetcher extends BaseFetcher {
  constructor(
    private readonly fetchOver: ProxiedFetch,
    private readonly retries: number,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  override async fetch(url: string): Promise<ReadableStream<Uint8Array<ArrayBuffer>>> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.get(url);
      } catch (error) {
        if (attempt >= this.retries || !retriable(error)) throw error;
        await delay(1000 * 2 ** attempt);
      }
    }
  }

  /** The body of a 200 response to a GET of `url`; tuf-js's DownloadHTTPError for any other status, as its updater expects (a 404 ends the root rotation). */
  private async get(url: string): Promise<ReadableStream<Uint8Array<ArrayBuffer>>> {
    const target = new URL(url);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new Error(`${target.protocol} is not http(s): ${target.href}`);
    const response = await this.fetchOver(target, { headers: { 'user-agent': `trust-kit/${VERSION}` }, signal: AbortSignal.timeout(this.timeoutMs) });
    if (response.status !== 200 || response.body === null) {
      await response.body?.cancel();
      throw new DownloadHTTPError(`Failed to download ${target.href}: HTTP ${response.status}`, response.status);
    }
    return response.body as ReadableStream<Uint8Array<ArrayBuffer>>;
  }
}

/** Whether `path` exists. */
async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The cached root.json of a mirror, written once from `rootPath` or from the seed @sigstore/tuf ships for the mirror (with its seed targets). */
async function seedCache(cacheDir: string, targetsDir: string, mirrorURL: string, rootPath: string | undefined): Promise<void> {
  const cachedRoot = join(cacheDir, 'root.json');
  if (await exists(cachedRoot)) return;
  if (rootPath !== undefined) {
    await copyFile(rootPath, cachedRoot);
    return;
  }
  const seed = (SIGSTORE_SEEDS as Record<string, { 'root.json': string; targets: Record<string, string> } | undefined>)[mirrorURL];
  if (seed === undefined) throw new Error(`no trusted root.json for the TUF mirror ${mirrorURL}: give one (rootPath)`);
  await writeFile(cachedRoot, Buffer.from(seed['root.json'], 'base64'));
  for (const [name, target] of Object.entries(seed.targets)) await writeFile(join(targetsDir, name), Buffer.from(target, 'base64'));
}

/** An Error saying which step failed, wrapping what tuf-js threw. */
function failed(step: string, cause: unknown): Error {
  return new Error(step, { cause });
}

/**
 * The JSON text of the repository's `trusted_root.json` target, every piece of metadata verified
 * from the cached (or seeded) root on, every request through the proxy the settings give for it.
 */
export async function fetchTrustedRootJSON(options: TufClientOptions): Promise<string> {
  const mirror = new URL(options.mirrorURL);
  const cacheDir = join(options.cachePath ?? appDataPath('sigstore-js'), encodeURIComponent(mirror.host + mirror.pathname.replace(/\/$/, '')));
  const targetsDir = join(cacheDir, 'targets');
  await mkdir(targetsDir, { recursive: true });
  await seedCache(cacheDir, targetsDir, options.mirrorURL, options.rootPath);
  const agents = new ProxyAgents(options.proxy, { tunnelTimeoutMs: options.timeoutMs });
  try {
    const fetcher = new ProxiedFetcher(proxiedFetch(agents, MAX_REDIRECTS), options.retries, options.timeoutMs);
    const updater = new Updater({ metadataBaseUrl: options.mirrorURL, targetBaseUrl: `${options.mirrorURL}/targets`, metadataDir: cacheDir, targetDir: targetsDir, fetcher });
    const info = await updater.getTargetInfo(TRUSTED_ROOT_TARGET).catch((error: unknown) => {
      throw failed('error refreshing TUF metadata', error);
    });
    if (info === undefined) throw new Error(`the repository has no target ${TRUSTED_ROOT_TARGET}`);
    const cached = await updater.findCachedTarget(info);
    const path =
      cached ??
      (await updater.downloadTarget(info).catch((error: unknown) => {
        throw failed(`error downloading target ${TRUSTED_ROOT_TARGET}`, error);
      }));
    return await readFile(path, 'utf8');
  } finally {
    agents.destroy();
  }
}
