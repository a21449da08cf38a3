export const id = 654;
export const ids = [654];
export const modules = {

/***/ 7654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchTrustedRootJSON: () => (/* binding */ fetchTrustedRootJSON)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/directories.js
var directories = __webpack_require__(2064);
// EXTERNAL MODULE: ./lib/core/files.js + 1 modules
var files = __webpack_require__(9916);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/appdata.js
var appdata = __webpack_require__(8796);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./node_modules/tuf-js/dist/index.js
var dist = __webpack_require__(4706);
// EXTERNAL MODULE: ./node_modules/tuf-js/dist/error.js
var dist_error = __webpack_require__(6376);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(9531);
// EXTERNAL MODULE: ./lib/core/proxy.js
var core_proxy = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(9002);
;// CONCATENATED MODULE: ./lib/core/proxied-fetch.js









/** What to do about a {@link ResponseTooLargeError}, which no retry changes. */
const RESPONSE_TOO_LARGE_HINT = 'the server answered far more than this request takes: check the URL it was sent to (GITHUB_API_URL) and any proxy in between';
/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
class ResponseTooLargeError extends errors/* TrustKitError */.T0 {
    constructor(message) {
        super('HTTP_RESPONSE_TOO_LARGE', message, { hint: RESPONSE_TOO_LARGE_HINT });
        this.name = 'ResponseTooLargeError';
    }
}
/** A redirect from HTTPS to plain HTTP, never followed: what comes back could be read and changed on the way. */
class InsecureRedirectError extends errors/* TrustKitError */.T0 {
    constructor(message) {
        super('HTTP_REDIRECT_INSECURE', message, { hint: 'the server (or a proxy in front of it) redirects to plain HTTP, leaving TLS: use the HTTPS address it should serve, and report the redirect to its operator' });
        this.name = 'InsecureRedirectError';
    }
}
/**
 * A redirect not followed for another reason than leaving TLS: more of them than a request takes (a
 * loop), one to a scheme other than http(s), or one to a request that may not be redirected. The
 * server did answer, and asking again meets the same answer: not a connection failure to retry.
 */
class RedirectRefusedError extends errors/* TrustKitError */.T0 {
    constructor(message) {
        super('HTTP_REDIRECT_REFUSED', message, { hint: 'the server (or a proxy in front of it) answers with redirects that lead nowhere trust-kit follows: check the URL it was sent to and the proxy (HTTPS_PROXY), and report the redirect to its operator' });
        this.name = 'RedirectRefusedError';
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
/**
 * The error of a request sent through `proxy`, its message naming the proxy by its origin (never its
 * credentials): the proxy may be what failed (a tunnel it closed, a connection it dropped). Its name
 * and code are kept, so it is classified as before; a tunnel's own errors name the proxy already.
 */
function throughProxy(error, proxy) {
    if (proxy === undefined || error instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
        return error;
    return Object.assign(new Error(`${error.message} (through the proxy ${(0,proxy_tunnel/* proxyOrigin */.Pj)(proxy)})`, { cause: error }), { name: error.name, code: error.code });
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
        const outgoing = request(target, { method: init.method ?? 'GET', agent: agent ?? agents.directAgentFor(target), ...(signal === undefined ? {} : { signal }) }, resolve);
        setHeaders(outgoing, sent);
        outgoing.on('error', (error) => reject(throughProxy(error, proxy)));
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
 *   Authorization header once the origin changes, as fetch does, at most `maxRedirects` times (a
 *   loop, or a redirect to another scheme or to no URL, is a {@link RedirectRefusedError}), and never from HTTPS
 *   to plain HTTP ({@link InsecureRedirectError});
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
                const cap = method === 'HEAD' ? undefined : responseCap?.(init, message.statusCode ?? 500);
                const response = cap === undefined ? toResponse(message) : await toCappedResponse(message, cap, `${method} ${target.origin}${target.pathname}`);
                // Where the answer came from, as fetch's own `url` says after redirects: an error then names the host that answered.
                if (redirects > 0)
                    Object.defineProperty(response, 'url', { value: target.href });
                return response;
            }
            discard(message);
            if (init.redirect === 'error')
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected, and may not be`);
            if (redirects === maxRedirects)
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected more than ${maxRedirects} times`);
            let next;
            try {
                next = new URL(location, target);
            }
            catch {
                // Not quoted: what a server puts in a Location is its own to choose.
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to an address that is no URL`);
            }
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to a ${(0,quote/* boundedText */.LD)(next.protocol, 40)} URL`);
            if (target.protocol === 'https:' && next.protocol === 'http:')
                throw new InsecureRedirectError(`${method} ${target.origin}${target.pathname} was redirected to plain HTTP (${next.origin}), which is not followed`);
            if (next.origin !== target.origin)
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
            target = next;
        }
    };
}
/** ` (redirected to <origin>)` when `response` came from another origin than `requested` (see {@link proxiedFetch}); empty otherwise. */
function redirectedFrom(requested, response) {
    if (response.url === undefined || response.url === '')
        return '';
    const answered = new URL(response.url).origin;
    return answered === new URL(requested).origin ? '' : ` (redirected to ${answered}, which answered)`;
}

;// CONCATENATED MODULE: ./lib/core/retry.js
/**
 * The policy for public services (Sigstore, GitHub): about a minute of patience, enough to ride
 * out a deploy or a rate-limit window, short enough that a real outage fails the job promptly.
 */
const DEFAULT_RETRY_POLICY = {
    retries: 5,
    minDelayMs: 1000,
    maxDelayMs: 16_000,
    factor: 2,
    budgetMs: 60_000,
    timeoutMs: 20_000,
};
/**
 * The delay before retry number `retry` (0-based): `minDelayMs * factor^retry`, stretched by a
 * random factor in [1, 2) so that many clients failing together do not retry in lockstep.
 */
function backoffDelay(policy, retry, random = Math.random) {
    const base = Math.max(policy.minDelayMs, 1) * policy.factor ** retry;
    return Math.min(Math.round((1 + random()) * base), policy.maxDelayMs);
}
/** Whether an HTTP status may pass on another try: a timeout (408), a rate limit (429), a server error but 501 (not implemented stays so). */
function isTransientStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501);
}
/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    const value = header?.trim() ?? '';
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
    const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * Why a failure was not retried when its server asked to wait `waitMs` (its `Retry-After`), longer
 * than `budgetMs`, the time the retries may take, in words to end its message; empty otherwise.
 */
function pastBudget(waitMs, budgetMs) {
    return waitMs === undefined || waitMs <= budgetMs ? '' : `; it asked to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${Math.round(budgetMs / 1000)} s the retries may take`;
}
/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number. A
 * server's `Retry-After` lengthens the delay; when it reaches past the budget, no retry starts.
 */
async function withRetry(policy, attempt, classify, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
    const started = Date.now();
    for (let retry = 0;; retry += 1) {
        try {
            return await attempt(retry + 1);
        }
        catch (error) {
            const kind = classify(error);
            if (kind === 'permanent' || retry >= policy.retries)
                throw error;
            // Retrying before the server's Retry-After only meets the same refusal (and feeds a storm).
            const delay = Math.max(backoffDelay(policy, retry), typeof kind === 'object' ? kind.retryAfterMs : 0);
            if (Date.now() - started + delay > policy.budgetMs)
                throw error;
            await sleep(delay);
        }
    }
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
class StatusError extends dist_error.DownloadHTTPError {
    retryAfterMs;
    constructor(message, statusCode, retryAfterMs) {
        super(message, statusCode);
        this.retryAfterMs = retryAfterMs;
    }
}
/** Whether a failed request is worth another try: no answer, a reset or timeout while the file arrived, 408, 429, 5xx; not a proxy that wants credentials, nor a redirect not followed. */
function classify(error) {
    if (error instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
        return error.code === 'PROXY_AUTH_REQUIRED' ? 'permanent' : 'transient';
    if (error instanceof TufFileTooLarge || error instanceof InsecureRedirectError || error instanceof RedirectRefusedError)
        return 'permanent';
    if (!(error instanceof dist_error.DownloadHTTPError))
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
class ProxiedFetcher extends dist/* BaseFetcher */.xv {
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
        const bytes = await withRetry(this.policy, () => this.get(url), classify).catch((error) => {
            // Not retried for a wait past the budget: said, or it would read as a mirror that kept failing.
            const waited = error instanceof StatusError && classify(error) !== 'permanent' ? pastBudget(error.retryAfterMs, this.policy.budgetMs) : '';
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
            if (!signal.aborted || error instanceof dist_error.DownloadHTTPError || error instanceof TufFileTooLarge)
                throw error;
            throw new Error(`GET ${target.origin}${target.pathname}: no whole answer within ${this.policy.timeoutMs} ms (the timeout of one request)`, { cause: error });
        }
    }
    /** One attempt of {@link get}, under `signal`. */
    async read(target, signal) {
        if (target.protocol !== 'https:' && target.protocol !== 'http:')
            throw new Error(`${target.protocol} is not http(s): ${target.href}`);
        const response = await this.fetchOver(target, { headers: { 'user-agent': `trust-kit/${VERSION}` }, signal });
        const body = response.body;
        if (response.status !== 200 || body === null) {
            await body?.cancel();
            throw new StatusError(`Failed to download ${target.href}: HTTP ${response.status}`, response.status, retryAfterMs(response.headers.get('retry-after')));
        }
        const bytes = await readCapped({ chunks: body, declaredLength: response.headers.get('content-length'), close: () => body.cancel() }, MAX_TUF_FILE_BYTES, () => new TufFileTooLarge(`${target.href} is longer than the ${MAX_TUF_FILE_BYTES} bytes a TUF file may hold`));
        return new Uint8Array(bytes);
    }
}
/** Whether the cached root.json parses as JSON: not missing, and not cut short by a writer killed or out of space while writing it. */
async function rootIsWhole(cachedRoot) {
    try {
        JSON.parse(await (0,promises_.readFile)(cachedRoot, 'utf8'));
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
    const cachedRoot = (0,external_node_path_.join)(cacheDir, 'root.json');
    if (options.again !== true && (await rootIsWhole(cachedRoot)))
        return;
    if (rootPath !== undefined) {
        await (0,files/* writeFileAtomic */.qD)(cachedRoot, await (0,promises_.readFile)(rootPath), 0o600);
        return;
    }
    const seed = seeds[mirrorURL];
    if (seed === undefined)
        throw new Error(`no trusted root.json for the TUF mirror ${mirrorURL}: give one (rootPath)`);
    await (0,files/* writeFileAtomic */.qD)(cachedRoot, Buffer.from(seed['root.json'], 'base64'), 0o600);
    for (const [name, target] of Object.entries(seed.targets))
        await (0,files/* writeFileAtomic */.qD)((0,external_node_path_.join)(targetsDir, name), Buffer.from(target, 'base64'), 0o600);
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
    const real = await (0,promises_.realpath)(cacheDir).catch(() => cacheDir);
    const ancestors = [];
    for (let path = (0,external_node_path_.dirname)(real);; path = (0,external_node_path_.dirname)(path)) {
        ancestors.push(path);
        if (path === (0,external_node_path_.parse)(path).root)
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
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        const found = info === undefined ? undefined : problem(path, info, true);
        if (found !== undefined)
            return found;
    }
    for (const path of [cacheDir, targetsDir]) {
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        const found = info === undefined ? undefined : problem(path, info, false);
        if (found !== undefined)
            return found;
    }
    // The files tuf-js reads whole, with a blocking read that no timeout stops: a pipe there hung the run, a link to /dev/zero took 15 GB.
    for (const name of CACHED_FILES) {
        const path = (0,external_node_path_.join)(cacheDir, name);
        // A file not there yet is written by this process, under the checked directories.
        const info = await (0,promises_.lstat)(path).catch(() => undefined);
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
const CACHED_FILES = ['root.json', 'timestamp.json', 'snapshot.json', 'targets.json', (0,external_node_path_.join)('targets', TRUSTED_ROOT_TARGET)];
/**
 * Why the cache directory cannot be made or written (a read-only HOME, a read-only root file
 * system in a pod, a file in the way), in the system's words; undefined when it can. Asked before
 * anything is fetched: tuf-js fails a refresh it cannot write, after its requests.
 */
function cacheUnusable(cacheDir) {
    const targetsDir = (0,external_node_path_.join)(cacheDir, 'targets');
    try {
        // Not Node's recursive mkdir, which retries forever a directory that cannot be made where its
        // parent exists (/proc/x); made for this user alone whatever the umask, so that it is trusted.
        (0,directories/* makeDirectoriesSync */.T)(targetsDir, 0o700);
    }
    catch (error) {
        return `it cannot be made: ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`;
    }
    for (const path of [cacheDir, targetsDir, ...CACHED_FILES.map((name) => (0,external_node_path_.join)(cacheDir, name))]) {
        try {
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.W_OK);
        }
        catch (error) {
            const code = (0,errors/* systemErrorCode */.vq)(error);
            // A file not cached yet is made by this run, in a directory found writable.
            if (code === 'ENOENT')
                continue;
            return `${path} cannot be written: ${code ?? (0,errors/* messageOf */.bD)(error)}`;
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
    const sharedDir = (0,external_node_path_.join)(options.cachePath ?? (0,appdata.appDataPath)('sigstore-js'), encodeURIComponent(mirror.host + mirror.pathname.replace(/\/$/, '')));
    // A cache this run cannot write (a read-only HOME or root file system), or that others could
    // write (it is then neither read nor written, never replaced): this run caches in a directory of
    // its own, fetched from the root given or seeded.
    const unwritable = cacheUnusable(sharedDir);
    const untrusted = unwritable === undefined ? await untrustedPath(sharedDir, (0,external_node_path_.join)(sharedDir, 'targets')) : undefined;
    if (unwritable === undefined && untrusted === undefined)
        return fetchThroughCache(sharedDir, options, 'shared');
    const why = unwritable === undefined ? `is not trusted, so not read: ${untrusted ?? ''}, and its root.json is the trust anchor` : `cannot be used: ${unwritable}`;
    // Made as mkdtemp makes it (0700, a name no other process has) and removed however the run ends: at its end, or by a SIGINT or SIGTERM.
    const privateDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'trust-kit-tuf-')).catch((error) => {
        throw new Error(`the TUF metadata cache ${sharedDir} ${why}, and no private one can be made in ${(0,external_node_os_.tmpdir)()} either (${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}): make HOME (or XDG_DATA_HOME) or TMPDIR a directory this user alone may write`, { cause: error });
    });
    const unregister = (0,files/* directoryRemovedOnSignal */.nf)(privateDir);
    options.notice?.(`the TUF metadata cache ${sharedDir} ${why}; this run caches ${mirror.host}'s metadata in ${privateDir}, removed when it ends, and fetches all of it`, sharedDir);
    try {
        return await fetchThroughCache(privateDir, options, 'private');
    }
    finally {
        await (0,promises_.rm)(privateDir, { recursive: true, force: true });
        unregister();
    }
}
/**
 * {@link fetchTrustedRootJSON} with its metadata cached in `cacheDir`: the user's `shared` cache,
 * or a `private` one of this run's.
 */
async function fetchThroughCache(cacheDir, options, kind) {
    const targetsDir = (0,external_node_path_.join)(cacheDir, 'targets');
    (0,directories/* makeDirectoriesSync */.T)(targetsDir, 0o700);
    // Whether the trust anchor is an earlier run's root.json (which may be another repository's) or this run's own seed.
    const anchoredEarlier = kind === 'shared' && (await rootIsWhole((0,external_node_path_.join)(cacheDir, 'root.json')));
    await seedCache(cacheDir, targetsDir, options.mirrorURL, options.rootPath);
    const agents = new core_proxy.ProxyAgents(options.proxy, { tunnelTimeoutMs: options.timeoutMs });
    try {
        // However many retries are asked for, none starts a minute after a file's first attempt.
        const policy = { retries: options.retries, minDelayMs: options.minDelayMs ?? 1000, maxDelayMs: 16_000, factor: 2, budgetMs: 60_000, timeoutMs: options.timeoutMs };
        const fetcher = new ProxiedFetcher(proxiedFetch(agents, MAX_REDIRECTS), policy);
        const updaterOptions = { metadataBaseUrl: options.mirrorURL, targetBaseUrl: `${options.mirrorURL}/targets`, metadataDir: cacheDir, targetDir: targetsDir, fetcher };
        let updater;
        try {
            updater = new dist/* Updater */.Sx(updaterOptions);
        }
        catch {
            // The cached root is refused (its signatures do not verify, a field is wrong): written again
            // from the root this run trusts, as a fresh cache would be, rather than failing every run.
            await seedCache(cacheDir, targetsDir, options.mirrorURL, options.rootPath, { again: true });
            updater = new dist/* Updater */.Sx(updaterOptions);
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
            const bytes = await (0,promises_.readFile)(path);
            if (await info.verify(external_node_stream_.Readable.from([bytes])).then(() => true, () => false))
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
