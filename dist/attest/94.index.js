export const id = 94;
export const ids = [94];
export const modules = {

/***/ 94:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchTrustedRootJSON: () => (/* binding */ fetchTrustedRootJSON)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/appdata.js
var appdata = __webpack_require__(8796);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./node_modules/tuf-js/dist/index.js
var dist = __webpack_require__(4706);
// EXTERNAL MODULE: ./node_modules/tuf-js/dist/error.js
var dist_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./lib/core/proxied-fetch.js + 3 modules
var proxied_fetch = __webpack_require__(5235);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(9002);
;// CONCATENATED MODULE: ./lib/core/version.js
/** trust-kit's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/sigstore/verify/tuf-client.js
// A TUF client for a Sigstore repository's `trusted_root.json`, laid out as @sigstore/tuf lays out
// its cache (so caches are shared with it), whose requests follow the runner's proxy settings:
// tuf-js's own fetcher uses Node's global fetch, which ignores HTTPS_PROXY/NO_PROXY.











/** Redirects a request follows (fetch follows 20; a TUF mirror needs one at most). */
const MAX_REDIRECTS = 5;
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
/** A failed request worth another try: no answer, or a server error; not a proxy that wants credentials. */
function retriable(error) {
    if (error instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
        return error.code !== 'PROXY_AUTH_REQUIRED';
    return !(error instanceof dist_error.DownloadHTTPError) || error.statusCode >= 500;
}
/** tuf-js's fetcher over {@link proxiedFetch} (redirects followed, every hop through the proxy the settings give), with a timeout per request and retries. */
class ProxiedFetcher extends dist/* BaseFetcher */.xv {
    fetchOver;
    retries;
    timeoutMs;
    constructor(fetchOver, retries, timeoutMs) {
        super();
        this.fetchOver = fetchOver;
        this.retries = retries;
        this.timeoutMs = timeoutMs;
    }
    async fetch(url) {
        for (let attempt = 0;; attempt += 1) {
            try {
                return await this.get(url);
            }
            catch (error) {
                if (attempt >= this.retries || !retriable(error))
                    throw error;
                await (0,external_node_timers_promises_.setTimeout)(1000 * 2 ** attempt);
            }
        }
    }
    /** The body of a 200 response to a GET of `url`; tuf-js's DownloadHTTPError for any other status, as its updater expects (a 404 ends the root rotation). */
    async get(url) {
        const target = new URL(url);
        if (target.protocol !== 'https:' && target.protocol !== 'http:')
            throw new Error(`${target.protocol} is not http(s): ${target.href}`);
        const response = await this.fetchOver(target, { headers: { 'user-agent': `trust-kit/${VERSION}` }, signal: AbortSignal.timeout(this.timeoutMs) });
        if (response.status !== 200 || response.body === null) {
            await response.body?.cancel();
            throw new dist_error.DownloadHTTPError(`Failed to download ${target.href}: HTTP ${response.status}`, response.status);
        }
        return response.body;
    }
}
/** Whether `path` exists. */
async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
/** The cached root.json of a mirror, written once from `rootPath` or from the seed @sigstore/tuf ships for the mirror (with its seed targets). */
async function seedCache(cacheDir, targetsDir, mirrorURL, rootPath) {
    const cachedRoot = (0,external_node_path_.join)(cacheDir, 'root.json');
    if (await exists(cachedRoot))
        return;
    if (rootPath !== undefined) {
        await (0,promises_.copyFile)(rootPath, cachedRoot);
        return;
    }
    const seed = seeds[mirrorURL];
    if (seed === undefined)
        throw new Error(`no trusted root.json for the TUF mirror ${mirrorURL}: give one (rootPath)`);
    await (0,promises_.writeFile)(cachedRoot, Buffer.from(seed['root.json'], 'base64'));
    for (const [name, target] of Object.entries(seed.targets))
        await (0,promises_.writeFile)((0,external_node_path_.join)(targetsDir, name), Buffer.from(target, 'base64'));
}
/** An Error saying which step failed, wrapping what tuf-js threw. */
function failed(step, cause) {
    return new Error(step, { cause });
}
/**
 * The JSON text of the repository's `trusted_root.json` target, every piece of metadata verified
 * from the cached (or seeded) root on, every request through the proxy the settings give for it.
 */
async function fetchTrustedRootJSON(options) {
    const mirror = new URL(options.mirrorURL);
    const cacheDir = (0,external_node_path_.join)(options.cachePath ?? (0,appdata.appDataPath)('sigstore-js'), encodeURIComponent(mirror.host + mirror.pathname.replace(/\/$/, '')));
    const targetsDir = (0,external_node_path_.join)(cacheDir, 'targets');
    await (0,promises_.mkdir)(targetsDir, { recursive: true });
    await seedCache(cacheDir, targetsDir, options.mirrorURL, options.rootPath);
    const agents = new proxy/* ProxyAgents */.LT(options.proxy, { tunnelTimeoutMs: options.timeoutMs });
    try {
        const fetcher = new ProxiedFetcher((0,proxied_fetch/* proxiedFetch */.iR)(agents, MAX_REDIRECTS), options.retries, options.timeoutMs);
        const updater = new dist/* Updater */.Sx({ metadataBaseUrl: options.mirrorURL, targetBaseUrl: `${options.mirrorURL}/targets`, metadataDir: cacheDir, targetDir: targetsDir, fetcher });
        const info = await updater.getTargetInfo(TRUSTED_ROOT_TARGET).catch((error) => {
            throw failed('error refreshing TUF metadata', error);
        });
        if (info === undefined)
            throw new Error(`the repository has no target ${TRUSTED_ROOT_TARGET}`);
        const cached = await updater.findCachedTarget(info);
        const path = cached ??
            (await updater.downloadTarget(info).catch((error) => {
                throw failed(`error downloading target ${TRUSTED_ROOT_TARGET}`, error);
            }));
        return await (0,promises_.readFile)(path, 'utf8');
    }
    finally {
        agents.destroy();
    }
}


/***/ })

};
