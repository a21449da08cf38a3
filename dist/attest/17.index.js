export const id = 17;
export const ids = [17];
export const modules = {

/***/ 17:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchTrustedRootJSON: () => (/* binding */ fetchTrustedRootJSON)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var _core_directories_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2064);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9916);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3828);
/* harmony import */ var _sigstore_tuf_dist_appdata_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8796);
/* harmony import */ var _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8032);
/* harmony import */ var tuf_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4706);
/* harmony import */ var tuf_js_dist_error_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6376);
/* harmony import */ var _core_capped_body_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(6911);
/* harmony import */ var _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5643);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6327);
/* harmony import */ var _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9002);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(7493);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(8067);
// A TUF client for a Sigstore repository's `trusted_root.json`, laid out as @sigstore/tuf lays out
// its cache (so caches are shared with it), whose requests follow the runner's proxy settings:
// tuf-js's own fetcher uses Node's global fetch, which ignores HTTPS_PROXY/NO_PROXY.


















/** Redirects a request follows (fetch follows 20; a TUF mirror needs one at most). */
const MAX_REDIRECTS = 5;
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
/** Reads of the cached target that may fail to match the metadata (another process rewriting it) before the fetch fails. */
const TARGET_READS = 3;
/**
 * The most bytes one file of a TUF repository may hold as it is fetched: tuf-js's own bounds (from the
 * metadata, or its defaults: 5 MB for targets metadata) are checked again as it reads the file.
 */
const MAX_TUF_FILE_BYTES = 8 * 1024 * 1024;
/** A file longer than {@link MAX_TUF_FILE_BYTES}. */
class TufFileTooLarge extends Error {
}
/** A status tuf-js needs as its own error (a 404 ends the root rotation), with the wait a 429 or 503 asked for. */
class StatusError extends tuf_js_dist_error_js__WEBPACK_IMPORTED_MODULE_11__.DownloadHTTPError {
    retryAfterMs;
    constructor(message, statusCode, retryAfterMs) {
        super(message, statusCode);
        this.retryAfterMs = retryAfterMs;
    }
}
/** Whether a failed request is worth another try: no answer, a reset or timeout while the file arrived, 408, 429, 5xx; not a proxy that wants credentials, nor a redirect not followed. */
function classify(error) {
    if (error instanceof _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_14__/* .ProxyTunnelError */ .Ng)
        return error.code === 'PROXY_AUTH_REQUIRED' ? 'permanent' : 'transient';
    if (error instanceof TufFileTooLarge || error instanceof _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_12__/* .InsecureRedirectError */ .vQ || error instanceof _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_12__/* .RedirectRefusedError */ .jw)
        return 'permanent';
    if (!(error instanceof tuf_js_dist_error_js__WEBPACK_IMPORTED_MODULE_11__.DownloadHTTPError))
        return 'transient';
    const status = error.statusCode;
    if (status !== 408 && status !== 429 && status < 500)
        return 'permanent';
    return error instanceof StatusError && error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : 'transient';
}
/**
 * tuf-js's fetcher over {@link proxiedFetch} (redirects followed, every hop through the proxy the
 * settings give). Each file is read whole inside its attempt, so a reset or a trickle while it arrives
 * is retried as a failed request is, under the shared retry policy (Retry-After honoured when it fits).
 */
class ProxiedFetcher extends tuf_js__WEBPACK_IMPORTED_MODULE_10__/* .BaseFetcher */ .xv {
    fetchOver;
    policy;
    /** The file fetched last: what a failure tuf-js reports without naming it is about. */
    lastURL;
    constructor(fetchOver, policy) {
        super();
        this.fetchOver = fetchOver;
        this.policy = policy;
    }
    async fetch(url) {
        this.lastURL = url;
        const bytes = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_15__/* .withRetry */ .bD)(this.policy, () => this.get(url), classify).catch((error) => {
            // Not retried for a wait past the budget: said, or it would read as a mirror that kept failing.
            const waited = error instanceof StatusError && classify(error) !== 'permanent' ? (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_15__/* .pastBudget */ .uQ)(error.retryAfterMs, this.policy.budgetMs) : '';
            throw waited === '' ? error : new StatusError(`${error.message}${waited}`, error.statusCode, error.retryAfterMs);
        });
        return new Response(bytes).body;
    }
    /**
     * The body of a 200 response to a GET of `url`; tuf-js's DownloadHTTPError for any other status, as its
     * updater expects. Cut off at the policy's timeout, answer and body together, it fails saying so (the
     * abort itself says only "aborted"), and is retried as a dropped connection is.
     */
    async get(url) {
        const target = new URL(url);
        const signal = AbortSignal.timeout(this.policy.timeoutMs);
        try {
            return await this.read(target, signal);
        }
        catch (error) {
            if (!signal.aborted || error instanceof tuf_js_dist_error_js__WEBPACK_IMPORTED_MODULE_11__.DownloadHTTPError || error instanceof TufFileTooLarge)
                throw error;
            throw new Error(`GET ${target.origin}${target.pathname}: no whole answer within ${this.policy.timeoutMs} ms (the timeout of one request)`, { cause: error });
        }
    }
    /** One attempt of {@link get}, under `signal`. */
    async read(target, signal) {
        if (target.protocol !== 'https:' && target.protocol !== 'http:')
            throw new Error(`${target.protocol} is not http(s): ${target.href}`);
        const response = await this.fetchOver(target, { headers: { 'user-agent': `trust-kit/${_core_version_js__WEBPACK_IMPORTED_MODULE_16__/* .VERSION */ .x}` }, signal });
        const body = response.body;
        if (response.status !== 200 || body === null) {
            await body?.cancel();
            throw new StatusError(`Failed to download ${target.href}: HTTP ${response.status}`, response.status, (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_15__/* .retryAfterMs */ .Vs)(response.headers.get('retry-after')));
        }
        const bytes = await (0,_core_capped_body_js__WEBPACK_IMPORTED_MODULE_17__/* .readCapped */ .E)({ chunks: body, declaredLength: response.headers.get('content-length'), close: () => body.cancel() }, MAX_TUF_FILE_BYTES, () => new TufFileTooLarge(`${target.href} is longer than the ${MAX_TUF_FILE_BYTES} bytes a TUF file may hold`));
        return new Uint8Array(bytes);
    }
}
/** Whether the cached root.json parses as JSON: not missing, and not cut short by a writer killed or out of space while writing it. */
async function rootIsWhole(cachedRoot) {
    try {
        JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(cachedRoot, 'utf8'));
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The cached root.json of a mirror, written from `rootPath` or from the seed @sigstore/tuf ships for
 * the mirror (with its seed targets) when it is missing or does not parse. Written beside and
 * renamed into place: another process starting at once never reads it half-written. With `again`,
 * written whatever is there (a root that parses but that the TUF client refuses: a flipped byte).
 * A root rotated since the seed is fetched again from the seed on (each version verified by the last).
 */
async function seedCache(cacheDir, targetsDir, mirrorURL, rootPath, options = {}) {
    const cachedRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, 'root.json');
    if (options.again !== true && (await rootIsWhole(cachedRoot)))
        return;
    if (rootPath !== undefined) {
        await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .qD)(cachedRoot, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(rootPath), 0o600);
        return;
    }
    const seed = _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_9__[mirrorURL];
    if (seed === undefined)
        throw new Error(`no trusted root.json for the TUF mirror ${mirrorURL}: give one (rootPath)`);
    await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .qD)(cachedRoot, Buffer.from(seed['root.json'], 'base64'), 0o600);
    for (const [name, target] of Object.entries(seed.targets))
        await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .qD)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(targetsDir, name), Buffer.from(target, 'base64'), 0o600);
}
/**
 * Why a cache directory may not be trusted, naming the path (undefined when it may be): its
 * root.json is the anchor every later piece of metadata is verified from, so nobody but this user
 * (or root) may be able to change the cache, its targets or its files, nor any directory above it
 * up to `/` (which could swap it for another: a directory others may write qualifies only when
 * sticky, as /tmp is), as OpenSSH's secure_path checks a key's path. The directories are those of
 * its real path: a home reached through a link is checked where it is. Group-writable is allowed
 * for the user's own group (a umask of 002 with a group per user). Windows has no such modes: trusted.
 */
async function untrustedPath(cacheDir, targetsDir) {
    const uid = process.getuid?.();
    const gid = process.getgid?.();
    if (uid === undefined || gid === undefined)
        return undefined;
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(cacheDir).catch(() => cacheDir);
    const ancestors = [];
    for (let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(real);; path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)) {
        ancestors.push(path);
        if (path === (0,node_path__WEBPACK_IMPORTED_MODULE_4__.parse)(path).root)
            break;
    }
    const problem = (path, info, stickyAllowed) => {
        if (info.uid !== uid && info.uid !== 0)
            return `${path} belongs to user ${info.uid}`;
        // In a sticky directory others may add entries but not move or remove this user's.
        if (stickyAllowed && (info.mode & 0o1000) !== 0)
            return undefined;
        const othersMayWrite = (info.mode & 0o002) !== 0 || ((info.mode & 0o020) !== 0 && info.gid !== gid);
        return othersMayWrite ? `${path} may be written by others (mode ${(info.mode & 0o7777).toString(8).padStart(4, '0')})` : undefined;
    };
    for (const path of ancestors) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
        const found = info === undefined ? undefined : problem(path, info, true);
        if (found !== undefined)
            return found;
    }
    for (const path of [cacheDir, targetsDir]) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
        const found = info === undefined ? undefined : problem(path, info, false);
        if (found !== undefined)
            return found;
    }
    // The files tuf-js reads whole, with a blocking read that no timeout stops: a pipe there hung the run, a link to /dev/zero took 15 GB.
    for (const name of CACHED_FILES) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, name);
        // A file not there yet is written by this process, under the checked directories.
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
        if (info === undefined)
            continue;
        if (!info.isFile())
            return `${path} is not a regular file (remove it)`;
        if (info.size > MAX_TUF_FILE_BYTES)
            return `${path} holds ${info.size} bytes, more than the ${MAX_TUF_FILE_BYTES} a TUF file may (remove it)`;
        const found = problem(path, info, false);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** The metadata files the TUF client writes in place in its cache (tuf-js writes them over themselves), the target among them. */
const CACHED_FILES = ['root.json', 'timestamp.json', 'snapshot.json', 'targets.json', (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)('targets', TRUSTED_ROOT_TARGET)];
/**
 * Why the cache directory cannot be made or written (a read-only HOME, a read-only root file
 * system in a pod, a file in the way), in the system's words; undefined when it can. Asked before
 * anything is fetched: tuf-js fails a refresh it cannot write, after its requests.
 */
function cacheUnusable(cacheDir) {
    const targetsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, 'targets');
    try {
        // Not Node's recursive mkdir, which retries forever a directory that cannot be made where its
        // parent exists (/proc/x); made for this user alone whatever the umask, so that it is trusted.
        (0,_core_directories_js__WEBPACK_IMPORTED_MODULE_5__/* .makeDirectoriesSync */ .T)(targetsDir, 0o700);
    }
    catch (error) {
        return `it cannot be made: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .systemErrorCode */ .vq)(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .bD)(error)}`;
    }
    for (const path of [cacheDir, targetsDir, ...CACHED_FILES.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, name))]) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        }
        catch (error) {
            const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .systemErrorCode */ .vq)(error);
            // A file not cached yet is made by this run, in a directory found writable.
            if (code === 'ENOENT')
                continue;
            return `${path} cannot be written: ${code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .bD)(error)}`;
        }
    }
    return undefined;
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
    const sharedDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.cachePath ?? (0,_sigstore_tuf_dist_appdata_js__WEBPACK_IMPORTED_MODULE_8__.appDataPath)('sigstore-js'), encodeURIComponent(mirror.host + mirror.pathname.replace(/\/$/, '')));
    // A cache this run cannot write (a read-only HOME or root file system), or that others could
    // write (it is then neither read nor written, never replaced): this run caches in a directory of
    // its own, fetched from the root given or seeded.
    const unwritable = cacheUnusable(sharedDir);
    const untrusted = unwritable === undefined ? await untrustedPath(sharedDir, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(sharedDir, 'targets')) : undefined;
    if (unwritable === undefined && untrusted === undefined)
        return fetchThroughCache(sharedDir, options, 'shared');
    const why = unwritable === undefined ? `is not trusted, so not read: ${untrusted ?? ''}, and its root.json is the trust anchor` : `cannot be used: ${unwritable}`;
    // Made as mkdtemp makes it (0700, a name no other process has) and removed however the run ends: at its end, or by a SIGINT or SIGTERM.
    const privateDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'trust-kit-tuf-')).catch((error) => {
        throw new Error(`the TUF metadata cache ${sharedDir} ${why}, and no private one can be made in ${(0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()} either (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .systemErrorCode */ .vq)(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .bD)(error)}): make HOME (or XDG_DATA_HOME) or TMPDIR a directory this user alone may write`, { cause: error });
    });
    const unregister = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .directoryRemovedOnSignal */ .nf)(privateDir);
    options.notice?.(`the TUF metadata cache ${sharedDir} ${why}; this run caches ${mirror.host}'s metadata in ${privateDir}, removed when it ends, and fetches all of it`, sharedDir);
    try {
        return await fetchThroughCache(privateDir, options, 'private');
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(privateDir, { recursive: true, force: true });
        unregister();
    }
}
/**
 * {@link fetchTrustedRootJSON} with its metadata cached in `cacheDir`: the user's `shared` cache,
 * or a `private` one of this run's.
 */
async function fetchThroughCache(cacheDir, options, kind) {
    const targetsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, 'targets');
    (0,_core_directories_js__WEBPACK_IMPORTED_MODULE_5__/* .makeDirectoriesSync */ .T)(targetsDir, 0o700);
    // Whether the trust anchor is an earlier run's root.json (which may be another repository's) or this run's own seed.
    const anchoredEarlier = kind === 'shared' && (await rootIsWhole((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, 'root.json')));
    await seedCache(cacheDir, targetsDir, options.mirrorURL, options.rootPath);
    const agents = new _core_proxy_js__WEBPACK_IMPORTED_MODULE_13__/* .ProxyAgents */ .LT(options.proxy, { tunnelTimeoutMs: options.timeoutMs });
    try {
        // However many retries are asked for, none starts a minute after a file's first attempt.
        const policy = { retries: options.retries, minDelayMs: options.minDelayMs ?? 1000, maxDelayMs: 16_000, factor: 2, budgetMs: 60_000, timeoutMs: options.timeoutMs };
        const fetcher = new ProxiedFetcher((0,_core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_12__/* .proxiedFetch */ .iR)(agents, MAX_REDIRECTS), policy);
        const updaterOptions = { metadataBaseUrl: options.mirrorURL, targetBaseUrl: `${options.mirrorURL}/targets`, metadataDir: cacheDir, targetDir: targetsDir, fetcher };
        let updater;
        try {
            updater = new tuf_js__WEBPACK_IMPORTED_MODULE_10__/* .Updater */ .Sx(updaterOptions);
        }
        catch {
            // The cached root is refused (its signatures do not verify, a field is wrong): written again
            // from the root this run trusts, as a fresh cache would be, rather than failing every run.
            await seedCache(cacheDir, targetsDir, options.mirrorURL, options.rootPath, { again: true });
            updater = new tuf_js__WEBPACK_IMPORTED_MODULE_10__/* .Updater */ .Sx(updaterOptions);
        }
        const info = await updater.getTargetInfo(TRUSTED_ROOT_TARGET).catch((error) => {
            const file = fetcher.lastURL === undefined ? '' : ` (${fetcher.lastURL})`;
            // Metadata signed by none of the trusted root's keys (@tufjs/models' class, which tuf-js does not export).
            if (error instanceof Error && error.constructor.name === 'UnsignedMetadataError') {
                if (anchoredEarlier) {
                    throw failed(`error refreshing TUF metadata${file}: it does not verify from the root.json cached in ${cacheDir} by an earlier run, the trust anchor every fetch is verified from: the mirror served metadata its keys did not sign, or that cache was written for another repository than ${options.mirrorURL} (then remove the directory)`, error);
                }
                throw failed(`error refreshing TUF metadata${file}: ${options.mirrorURL} served metadata that the keys of the trusted root.json ${options.rootPath === undefined ? 'shipped for it' : `given (${options.rootPath})`} did not sign: it is not the repository that root is for, or its answers were changed on the way; check the mirror's URL, and trust nothing it serves until it verifies`, error);
            }
            throw failed(`error refreshing TUF metadata${file}`, error);
        });
        if (info === undefined)
            throw new Error(`the repository has no target ${TRUSTED_ROOT_TARGET}`);
        // The bytes returned are the ones checked against the metadata: tuf-js checks the cached file,
        // then it would be read again, and another process refreshing the same cache copies the target
        // over it in place (a half-written file in between). A read that does not match is read again.
        for (let attempt = 1;; attempt += 1) {
            const path = (await updater.findCachedTarget(info)) ??
                (await updater.downloadTarget(info).catch((error) => {
                    throw failed(`error downloading target ${TRUSTED_ROOT_TARGET}${fetcher.lastURL === undefined ? '' : ` (${fetcher.lastURL})`}`, error);
                }));
            const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
            if (await info.verify(node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from([bytes])).then(() => true, () => false))
                return bytes.toString('utf8');
            if (attempt === TARGET_READS)
                throw new Error(`${TRUSTED_ROOT_TARGET} read from the cache (${path}) did not match the TUF metadata ${TARGET_READS} times: another process keeps rewriting it`);
        }
    }
    finally {
        agents.destroy();
    }
}


/***/ })

};
