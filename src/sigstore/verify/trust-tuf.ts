// Trust material fetched through a Sigstore instance's TUF repository (public-good's, GitHub's):
// apart from trust.ts, so that offline verification (`--trusted-root`), which never fetches, loads
// neither this nor the proxy support it goes through.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { makeTemporaryDirectory } from '../../core/files.js';
import type { Logger } from '../../core/logger.js';
import { NO_PROXY_SETTINGS, ProxyConfigError, type ProxySettings } from '../../core/proxy.js';
import { ProxyTunnelError } from '../../core/proxy-tunnel.js';
import { boundedText } from '../../core/quote.js';
import GITHUB_TUF_ROOT from '../trust-roots/github-tuf-root.json' with { type: 'json' };
import { VerifyError } from './errors.js';
import { loadTrustMaterial, type TrustMaterial } from './trust.js';

/** Where a TUF repository serving `trusted_root.json` is, and where its verified metadata is cached. */
export interface TufOptions {
  /** The repository's URL; default the public-good instance's. */
  mirrorURL?: string;
  /** A trusted initial root.json; required for repositories other than the public-good one, whose root ships with @sigstore/tuf. */
  rootPath?: string;
  /** Directory of the metadata cache; default the user's application-data directory. */
  cachePath?: string;
  /** Retries of a failed request, with exponential backoff from 1 s (default 2). */
  retries?: number;
  /** The runner's proxy settings, which every request follows; default none (direct connections). */
  proxy?: ProxySettings;
  /** Warned once when the cache cannot be used (a read-only HOME) or is not trusted, and a private temporary one serves the run. */
  logger?: Pick<Logger, 'warn'>;
  /** What the root is fetched for, which the way round a failed fetch names (default verifying). */
  purpose?: TrustPurpose;
}

/** What trust material is fetched for: to verify bundles, or to check the services' answers while signing. */
export type TrustPurpose = 'verify' | 'sign';

/** The offline way round a failed fetch: the same flag, said for what the run does. */
function offlineWay(purpose: TrustPurpose | undefined): string {
  return purpose === 'sign' ? 'pass the instance\'s trusted root as --trusted-root FILE (input "trusted-root") to sign without fetching it' : 'pass --trusted-root FILE (input "trusted-root") to verify offline';
}

/** The TUF repository of the public-good instance, whose root ships with @sigstore/tuf. */
export const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';

/**
 * An instance's trust material fetched through its TUF repository, every piece of metadata
 * verified from the pinned root on (the public-good instance's by default).
 */
export async function loadTrustMaterialFromTUF(options: TufOptions = {}): Promise<TrustMaterial> {
  const label = options.mirrorURL === undefined ? 'public-good (TUF)' : `${options.mirrorURL} (TUF)`;
  try {
    // Loaded only here: the TUF client is most of the verifier's code, and offline verification (--trusted-root) never needs it.
    const { fetchTrustedRootJSON } = await import('./tuf-client.js');
    const json = await fetchTrustedRootJSON({ mirrorURL: options.mirrorURL ?? PUBLIC_GOOD_TUF_MIRROR, rootPath: options.rootPath, cachePath: options.cachePath, retries: options.retries ?? 2, timeoutMs: 10000, proxy: options.proxy ?? NO_PROXY_SETTINGS, notice: noticeTo(options.logger) });
    return loadTrustMaterial(json, label);
  } catch (error) {
    if (error instanceof VerifyError || error instanceof ProxyConfigError) throw error;
    const offline = offlineWay(options.purpose);
    throw new VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `cannot fetch the trusted root of ${label}: ${causeChain(error)}`, { cause: error, hint: proxyHint(error, offline).hint ?? offline });
  }
}

/** The hint of a proxy that would not open a tunnel, when one is why a fetch failed (what to fix is the proxy setting), with the offline way round it. */
function proxyHint(error: unknown, offline: string): { hint?: string } {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 6; current = current.cause, depth += 1) {
    if (current instanceof ProxyTunnelError) return { hint: `${current.hint ?? ''}; or ${offline}` };
  }
  return {};
}

/** An error's message followed by its causes' (TUF errors wrap the failure that says what went wrong). */
function causeChain(error: unknown): string {
  const messages: string[] = [];
  for (let current: unknown = error; current !== undefined && messages.length < 4; current = current instanceof Error ? current.cause : undefined) {
    // The TUF client's messages quote what the mirror served (JSON.parse's quotes the body): printable and bounded.
    messages.push(boundedText(current instanceof Error ? current.message : String(current), 300));
  }
  return messages.join(': ');
}

/**
 * The cache directories each logger was told cannot be used: a release fetches the trusted root for
 * signing, its verification kit and its gate, and says so once. Kept with the caller's logger, not
 * the process: another call with a logger of its own is told again.
 */
const told = new WeakMap<object, Set<string>>();

/** What tells `logger` of a cache that cannot be used, once for each cache directory. */
function noticeTo(logger: Pick<Logger, 'warn'> | undefined): ((message: string, cacheDir: string) => void) | undefined {
  if (logger === undefined) return undefined;
  return (message, cacheDir) => {
    let directories = told.get(logger);
    if (directories === undefined) told.set(logger, (directories = new Set()));
    if (directories.has(cacheDir)) return;
    directories.add(cacheDir);
    logger.warn(message);
  };
}

/** The public-good instance's trust material, through its TUF repository. */
export function loadPublicGoodTrustMaterial(options: { cachePath?: string; proxy?: ProxySettings; logger?: Pick<Logger, 'warn'>; purpose?: TrustPurpose } = {}): Promise<TrustMaterial> {
  return loadTrustMaterialFromTUF(options);
}

/** The TUF repository of GitHub's Sigstore instance (Fulcio and TSA for private repositories), as `gh attestation` uses it. */
export const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';

/** Where GitHub's TUF repository is and which root it is trusted from; tests point both at a loopback repository. */
export interface GitHubTufOptions {
  /** Default {@link GITHUB_TUF_MIRROR}. */
  mirrorURL?: string;
  /** The trusted initial root.json; default the one `gh` embeds (version 3), kept in src/sigstore/trust-roots/. */
  root?: object;
  /** Directory of the metadata cache; default the user's application-data directory, as for public-good. */
  cachePath?: string;
  /** Retries of a failed request (default 2). */
  retries?: number;
  /** The runner's proxy settings, which every request follows; default none. */
  proxy?: ProxySettings;
  /** As {@link TufOptions.logger}. */
  logger?: Pick<Logger, 'warn'>;
  /** As {@link TufOptions.purpose}. */
  purpose?: TrustPurpose;
}

/** The way round GitHub's TUF repository: its trusted root as `gh` prints it. */
const GITHUB_OFFLINE = 'write GitHub\'s trusted root with `mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` (a directory of its own, never among downloaded files) and pass it as trusted-root (CLI: --trusted-root trust-kit-roots/trusted_root.jsonl)';

/**
 * GitHub's instance's trust material, fetched through its TUF repository from the root `gh`
 * embeds; a failure names the mirror and the offline way round it.
 */
export async function loadGitHubTrustMaterial(options: GitHubTufOptions = {}): Promise<TrustMaterial> {
  const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
  // The TUF client seeds its cache from a root.json path, and the bundled action carries the root as data, not as a file.
  // fs.promises, not node:fs/promises, so that offline verification, bundled, never loads it (see core/files.ts).
  const directory = await makeTemporaryDirectory('trust-kit-github-root-');
  try {
    const rootPath = join(directory.path, 'root.json');
    await fsp.writeFile(rootPath, JSON.stringify(options.root ?? GITHUB_TUF_ROOT));
    return await loadTrustMaterialFromTUF({ mirrorURL, rootPath, ...(options.cachePath === undefined ? {} : { cachePath: options.cachePath }), ...(options.retries === undefined ? {} : { retries: options.retries }), ...(options.proxy === undefined ? {} : { proxy: options.proxy }), ...(options.logger === undefined ? {} : { logger: options.logger }), ...(options.purpose === undefined ? {} : { purpose: options.purpose }) });
  } catch (error) {
    if (error instanceof VerifyError && error.code === 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE') {
      throw new VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `GitHub's Sigstore instance: ${error.message}`, {
        cause: error,
        hint: `check that ${mirrorURL} is reachable, or ${GITHUB_OFFLINE}`,
        ...proxyHint(error, GITHUB_OFFLINE),
      });
    }
    throw error;
  } finally {
    await directory.remove();
  }
}
