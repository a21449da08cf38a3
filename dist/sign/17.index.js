export const id = 17;
export const ids = [17];
export const modules = {

/***/ 17:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchTrustedRootJSON: () => (/* binding */ fetchTrustedRootJSON)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8500);
/* harmony import */ var _sigstore_tuf_dist_appdata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8796);
/* harmony import */ var _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8032);
/* harmony import */ var tuf_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4706);
/* harmony import */ var tuf_js_dist_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6376);
/* harmony import */ var _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5643);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6327);
/* harmony import */ var _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9002);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8067);
// A TUF client for a Sigstore repository's `trusted_root.json`, laid out as @sigstore/tuf lays out
// its cache (so caches are shared with it), whose requests follow the runner's proxy settings:
// tuf-js's own fetcher uses Node's global fetch, which ignores HTTPS_PROXY/NO_PROXY.











/** Redirects a request follows (fetch follows 20; a TUF mirror needs one at most). */
const MAX_REDIRECTS = 5;
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
/** A failed request worth another try: no answer, or a server error; not a proxy that wants credentials. */
function retriable(error) {
    if (error instanceof _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_9__/* .ProxyTunnelError */ .Ng)
        return error.code !== 'PROXY_AUTH_REQUIRED';
    return !(error instanceof tuf_js_dist_error_js__WEBPACK_IMPORTED_MODULE_6__.DownloadHTTPError) || error.statusCode >= 500;
}
/** tuf-js's fetcher over {@link proxiedFetch} (redirects followed, every hop through the proxy the settings give), with a timeout per request and retries. */
class ProxiedFetcher extends tuf_js__WEBPACK_IMPORTED_MODULE_5__/* .BaseFetcher */ .xv {
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
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(1000 * 2 ** attempt);
            }
        }
    }
    /** The body of a 200 response to a GET of `url`; tuf-js's DownloadHTTPError for any other status, as its updater expects (a 404 ends the root rotation). */
    async get(url) {
        const target = new URL(url);
        if (target.protocol !== 'https:' && target.protocol !== 'http:')
            throw new Error(`${target.protocol} is not http(s): ${target.href}`);
        const response = await this.fetchOver(target, { headers: { 'user-agent': `trust-kit/${_core_version_js__WEBPACK_IMPORTED_MODULE_10__/* .VERSION */ .x}` }, signal: AbortSignal.timeout(this.timeoutMs) });
        if (response.status !== 200 || response.body === null) {
            await response.body?.cancel();
            throw new tuf_js_dist_error_js__WEBPACK_IMPORTED_MODULE_6__.DownloadHTTPError(`Failed to download ${target.href}: HTTP ${response.status}`, response.status);
        }
        return response.body;
    }
}
/** Whether `path` exists. */
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then(() => true, () => false);
}
/** The cached root.json of a mirror, written once from `rootPath` or from the seed @sigstore/tuf ships for the mirror (with its seed targets). */
async function seedCache(cacheDir, targetsDir, mirrorURL, rootPath) {
    const cachedRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, 'root.json');
    if (await exists(cachedRoot))
        return;
    if (rootPath !== undefined) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(rootPath, cachedRoot);
        return;
    }
    const seed = _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_4__[mirrorURL];
    if (seed === undefined)
        throw new Error(`no trusted root.json for the TUF mirror ${mirrorURL}: give one (rootPath)`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(cachedRoot, Buffer.from(seed['root.json'], 'base64'));
    for (const [name, target] of Object.entries(seed.targets))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(targetsDir, name), Buffer.from(target, 'base64'));
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
    const cacheDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.cachePath ?? (0,_sigstore_tuf_dist_appdata_js__WEBPACK_IMPORTED_MODULE_3__.appDataPath)('sigstore-js'), encodeURIComponent(mirror.host + mirror.pathname.replace(/\/$/, '')));
    const targetsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, 'targets');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(targetsDir, { recursive: true });
    await seedCache(cacheDir, targetsDir, options.mirrorURL, options.rootPath);
    const agents = new _core_proxy_js__WEBPACK_IMPORTED_MODULE_8__/* .ProxyAgents */ .LT(options.proxy, { tunnelTimeoutMs: options.timeoutMs });
    try {
        const fetcher = new ProxiedFetcher((0,_core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_7__/* .proxiedFetch */ .iR)(agents, MAX_REDIRECTS), options.retries, options.timeoutMs);
        const updater = new tuf_js__WEBPACK_IMPORTED_MODULE_5__/* .Updater */ .Sx({ metadataBaseUrl: options.mirrorURL, targetBaseUrl: `${options.mirrorURL}/targets`, metadataDir: cacheDir, targetDir: targetsDir, fetcher });
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
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    finally {
        agents.destroy();
    }
}


/***/ })

};
