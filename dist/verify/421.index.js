export const id = 421;
export const ids = [421];
export const modules = {

/***/ 6421:
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
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./lib/core/capped-body.js
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */
async function* cappedChunks(body, maxBytes, tooLarge) {
    const declared = Number(body.declaredLength ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await body.close();
        throw tooLarge(declared);
    }
    let bytes = 0;
    for await (const chunk of body.chunks) {
        bytes += chunk.length;
        if (bytes > maxBytes)
            throw tooLarge(undefined);
        yield chunk;
    }
}
/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */
async function readCapped(body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/proxy.js
var core_proxy = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(9002);
;// CONCATENATED MODULE: ./lib/core/proxied-fetch.js








/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
class ResponseTooLargeError extends errors/* TrustKitError */.T0 {
    constructor(message) {
        super('HTTP_RESPONSE_TOO_LARGE', message, { hint: 'the server answered far more than this request takes: check the URL it was sent to (GITHUB_API_URL) and any proxy in between' });
        this.name = 'ResponseTooLargeError';
    }
}
/** Statuses whose response has no body, which `Response` refuses one for. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);
/** Redirect statuses followed for GET and HEAD. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As many redirects as a download takes (GitHub sends one, to its asset host), with room to spare, and no loop. */
const DEFAULT_MAX_REDIRECTS = 10;
function headersOf(message) {
    const headers = new Headers();
    for (let index = 0; index + 1 < message.rawHeaders.length; index += 2)
        headers.append(message.rawHeaders[index], message.rawHeaders[index + 1]);
    return headers;
}
function toResponse(message) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status)) {
        message.resume();
        return new Response(null, { status, headers: headersOf(message) });
    }
    return new Response(external_node_stream_.Readable.toWeb(message), { status, headers: headersOf(message) });
}
/**
 * The response read whole, refused past `maxBytes`: a Content-Length above it before a byte is read,
 * else as soon as the bytes read pass it, closing the connection. It is read here rather than handed
 * on as a stream because Octokit turns an error while it reads a body into an empty body, silently.
 */
async function toCappedResponse(message, maxBytes, what) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status))
        return toResponse(message);
    const body = await readCapped({ chunks: message, declaredLength: message.headers['content-length'], close: () => message.destroy() }, maxBytes, (declared) => new ResponseTooLargeError(`${what} answered ${declared === undefined ? 'more' : `with a Content-Length of ${declared}, more`} than the ${maxBytes} bytes its reply may hold`));
    return new Response(body, { status, headers: headersOf(message) });
}
/** A redirect's body is read this far, so its connection can serve again; one that goes on is cut. */
const MAX_DISCARDED_BYTES = 64 * 1024;
/** Drops a response nobody reads: drained up to {@link MAX_DISCARDED_BYTES} (a redirect's few bytes), then the connection is closed rather than read on without end. */
function discard(message) {
    let left = MAX_DISCARDED_BYTES;
    message.on('error', () => { });
    message.on('data', (chunk) => {
        left -= chunk.length;
        if (left < 0)
            message.destroy();
    });
}
/** The error Node's own requests fail with when their signal aborts them, with a message saying what it was waiting for. */
function abortError(signal, message) {
    return Object.assign(new Error(message, { cause: signal.reason }), { name: 'AbortError', code: 'ABORT_ERR' });
}
/**
 * Sets a request's headers on the request itself, never in the options it is made with: an agent
 * keeps those options, Authorization included, in the listeners of the keep-alive connection the
 * request opens, for as long as that connection lives (measured: a registry password, the runner's request
 * token, in the heap until the connection closes). Set here, they go with the request when it is done.
 */
function setHeaders(outgoing, headers) {
    for (const [name, value] of Object.entries(headers))
        outgoing.setHeader(name, value);
}
/** One request, without following redirects: a streamed body is piped, so it is read no faster than the socket takes it. */
function send(target, init, headers, agents) {
    const request = target.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
    const agent = agents.agentFor(target);
    const body = init.body;
    const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    // A body known whole goes with its length; a stream with the Content-Length the caller set, or chunked.
    const sent = whole === undefined || Object.keys(headers).some((name) => name.toLowerCase() === 'content-length') ? headers : { ...headers, 'content-length': String(whole.length) };
    // A failure through a proxy names it (by origin, never credentials): the proxy may be what failed.
    const proxy = agent === undefined ? undefined : (0,core_proxy.proxyFor)(target, agents.settings);
    const via = (message) => (proxy === undefined ? message : `${message} (through the proxy ${(0,proxy_tunnel/* proxyOrigin */.Pj)(proxy)})`);
    return new Promise((resolve, reject) => {
        const signal = init.signal ?? undefined;
        const outgoing = request(target, { method: init.method ?? 'GET', ...(agent === undefined ? {} : { agent }), ...(signal === undefined ? {} : { signal }) }, resolve);
        setHeaders(outgoing, sent);
        outgoing.on('error', (error) => {
            reject(proxy === undefined || error instanceof proxy_tunnel/* ProxyTunnelError */.Ng ? error : Object.assign(new Error(via(error.message), { cause: error }), { name: error.name, code: error.code }));
        });
        if (signal !== undefined) {
            // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
            const abort = () => {
                reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${(0,proxy_tunnel/* proxyOrigin */.Pj)(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
            };
            signal.addEventListener('abort', abort, { once: true });
            outgoing.once('close', () => signal.removeEventListener('abort', abort));
        }
        if (body === undefined || body === null)
            outgoing.end();
        else if (whole !== undefined)
            outgoing.end(whole);
        else
            (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(body), outgoing).catch(reject);
    });
}
/**
 * A `fetch` for Octokit, trust-kit's other requests to GitHub and its TUF client, over node:http(s):
 * - a streamed request body is sent with backpressure (Node's own fetch reads a streamed body far
 *   ahead of the socket: a 2 GiB upload was measured holding the whole file in memory);
 * - every request, redirects included, goes through the proxy `proxy` names for its URL, with the
 *   rules of @actions/http-client (as Octokit in `@actions/github` does on a runner behind a proxy);
 * - GET and HEAD follow redirects (an asset download is sent to GitHub's asset host), without the
 *   Authorization header once the origin changes, as fetch does, at most `maxRedirects` times;
 * - with `responseCap`, a response is read whole before it is returned and refused past its request's
 *   cap with a {@link ResponseTooLargeError}, so a hostile or broken server cannot fill the memory.
 * Given agents (rather than settings), the caller owns them and destroys them when done.
 */
function proxiedFetch(proxy = core_proxy.NO_PROXY_SETTINGS, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap) {
    const agents = proxy instanceof core_proxy.ProxyAgents ? proxy : new core_proxy.ProxyAgents(proxy);
    return async (url, init = {}) => {
        let target = new URL(url);
        let headers = init.headers ?? {};
        const method = (init.method ?? 'GET').toUpperCase();
        for (let redirects = 0;; redirects += 1) {
            const message = await send(target, init, headers, agents);
            const location = message.headers.location;
            const follow = REDIRECTS.has(message.statusCode ?? 0) && location !== undefined && (method === 'GET' || method === 'HEAD') && init.redirect !== 'manual';
            if (!follow) {
                // A reply to HEAD has no body, whatever length its Content-Length names.
                const cap = method === 'HEAD' ? undefined : responseCap?.(init);
                return cap === undefined ? toResponse(message) : toCappedResponse(message, cap, `${method} ${target.origin}${target.pathname}`);
            }
            discard(message);
            if (init.redirect === 'error')
                throw new TypeError(`${method} ${target.origin}${target.pathname} was redirected, and may not be`);
            if (redirects === maxRedirects)
                throw new TypeError(`${method} ${target.origin}${target.pathname} was redirected more than ${maxRedirects} times`);
            const next = new URL(location, target);
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                throw new TypeError(`${method} ${target.origin}${target.pathname} was redirected to a ${next.protocol} URL`);
            if (next.origin !== target.origin)
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
            target = next;
        }
    };
}

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
    const agents = new core_proxy.ProxyAgents(options.proxy, { tunnelTimeoutMs: options.timeoutMs });
    try {
        const fetcher = new ProxiedFetcher(proxiedFetch(agents, MAX_REDIRECTS), options.retries, options.timeoutMs);
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
