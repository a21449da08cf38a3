export const id = 1148;
export const ids = [1148];
export const modules = {

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cappedChunks),
/* harmony export */   E: () => (/* binding */ readCapped)
/* harmony export */ });
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


/***/ }),

/***/ 25643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxiedFetch)
/* harmony export */ });
/* unused harmony export ResponseTooLargeError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _capped_body_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36911);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16327);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39002);








/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
class ResponseTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
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
    return new Response(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(message), { status, headers: headersOf(message) });
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
    const body = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_7__/* .readCapped */ .E)({ chunks: message, declaredLength: message.headers['content-length'], close: () => message.destroy() }, maxBytes, (declared) => new ResponseTooLargeError(`${what} answered ${declared === undefined ? 'more' : `with a Content-Length of ${declared}, more`} than the ${maxBytes} bytes its reply may hold`));
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
/** One request, without following redirects: a streamed body is piped, so it is read no faster than the socket takes it. */
function send(target, init, headers, agents) {
    const request = target.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const agent = agents.agentFor(target);
    const body = init.body;
    const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    // A body known whole goes with its length; a stream with the Content-Length the caller set, or chunked.
    const sent = whole === undefined || Object.keys(headers).some((name) => name.toLowerCase() === 'content-length') ? headers : { ...headers, 'content-length': String(whole.length) };
    // A failure through a proxy names it (by origin, never credentials): the proxy may be what failed.
    const proxy = agent === undefined ? undefined : (0,_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyFor */ .iJ)(target, agents.settings);
    const via = (message) => (proxy === undefined ? message : `${message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyOrigin */ .Pj)(proxy)})`);
    return new Promise((resolve, reject) => {
        const signal = init.signal ?? undefined;
        const outgoing = request(target, { method: init.method ?? 'GET', headers: sent, ...(agent === undefined ? {} : { agent }), ...(signal === undefined ? {} : { signal }) }, resolve);
        outgoing.on('error', (error) => {
            reject(proxy === undefined || error instanceof _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_6__/* .ProxyTunnelError */ .Ng ? error : Object.assign(new Error(via(error.message), { cause: error }), { name: error.name, code: error.code }));
        });
        if (signal !== undefined) {
            // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
            const abort = () => {
                reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyOrigin */ .Pj)(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
            };
            signal.addEventListener('abort', abort, { once: true });
            outgoing.once('close', () => signal.removeEventListener('abort', abort));
        }
        if (body === undefined || body === null)
            outgoing.end();
        else if (whole !== undefined)
            outgoing.end(whole);
        else
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(body), outgoing).catch(reject);
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
function proxiedFetch(proxy = _proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_PROXY_SETTINGS */ .JB, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap) {
    const agents = proxy instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .ProxyAgents */ .LT ? proxy : new _proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .ProxyAgents */ .LT(proxy);
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


/***/ }),

/***/ 48031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ boundedText),
/* harmony export */   hg: () => (/* binding */ githubMessage),
/* harmony export */   ly: () => (/* binding */ githubRetryVerdict),
/* harmony export */   rH: () => (/* binding */ noAnswerDetail),
/* harmony export */   rZ: () => (/* binding */ proxyRefused),
/* harmony export */   tG: () => (/* binding */ httpFailure)
/* harmony export */ });
/* unused harmony export replyTooLarge */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7493);


/** The HTTP failure in an error Octokit threw; undefined for anything else. */
function httpFailure(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? error : undefined;
}
/** At most this many characters of what GitHub sent are repeated: an error body is the server's to choose. */
const MAX_QUOTED = 300;
/** Text a server sent, on one line and bounded, fit to quote in a log line or an error. */
function boundedText(text) {
    // eslint-disable-next-line no-control-regex -- control characters in a server's text could rewrite the log line
    const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}…` : line;
}
/** GitHub's `message` from an error answer, bounded; undefined when it sent none. */
function githubMessage(failure) {
    const message = failure.response?.data?.message;
    return typeof message !== 'string' || message.trim() === '' ? undefined : boundedText(message);
}
/**
 * Whether the runner's proxy refused the request for want of credentials: a 407 answer, or a
 * CONNECT tunnel refused with 407 (which Octokit reports as a connection failure). No retry helps.
 */
function proxyRefused(error) {
    if (httpFailure(error)?.status === 407)
        return true;
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'PROXY_AUTH_REQUIRED';
}
/** Whether the reply was refused for its size (see MAX_GITHUB_REPLY_BYTES), which Octokit reports as a connection failure. No retry helps. */
function replyTooLarge(error) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'HTTP_RESPONSE_TOO_LARGE';
}
/** What a failure without an answer was, bounded: the connection's own error (DNS, refused, a proxy's tunnel, a timeout), or a reply refused for its size. */
function noAnswerDetail(error) {
    if (replyTooLarge(error))
        return boundedText((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error));
    return `no answer (connection failed or timed out: ${boundedText((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error))})`;
}
/**
 * How a GitHub API failure is retried: 5xx and 429 (after their `Retry-After`) and connection
 * failures, which Octokit reports as status 500 without a response; anything else, a proxy that
 * wants credentials and a reply refused for its size included, is final.
 */
function githubRetryVerdict(error) {
    if (proxyRefused(error) || replyTooLarge(error))
        return 'permanent';
    const failure = httpFailure(error);
    if (failure === undefined || !(failure.status >= 500 || failure.status === 429))
        return 'permanent';
    const wait = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterMs */ .Vs)(String(failure.response?.headers['retry-after'] ?? ''));
    return wait === undefined ? 'transient' : { retryAfterMs: wait };
}


/***/ }),

/***/ 31148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releasesOf: () => (/* binding */ releasesOf)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92785);
// EXTERNAL MODULE: ./lib/core/retry.js
var retry = __webpack_require__(7493);
// EXTERNAL MODULE: ./lib/github/http.js
var http = __webpack_require__(48031);
// EXTERNAL MODULE: ./lib/core/proxied-fetch.js
var proxied_fetch = __webpack_require__(25643);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(39002);
;// CONCATENATED MODULE: ./lib/github/attestations.js






/** A failure to store attestations on GitHub. */
class AttestationStoreError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'AttestationStoreError';
    }
}
/** The kind of GitHub at `serverUrl` (`GITHUB_SERVER_URL`). */
function githubInstanceKind(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toLowerCase();
    }
    catch {
        return 'enterprise-server';
    }
    if (host === 'github.com')
        return 'github.com';
    return host.endsWith('.ghe.com') ? 'ghe.com' : 'enterprise-server';
}
/** The REST API URL of a GitHub server: api.github.com, `api.<tenant>.ghe.com`, or `<server>/api/v3` on Enterprise Server. */
function defaultApiUrl(serverUrl) {
    const kind = githubInstanceKind(serverUrl);
    if (kind === 'github.com')
        return 'https://api.github.com';
    const url = new URL(serverUrl);
    return kind === 'ghe.com' ? `https://api.${url.host}` : `${url.origin}/api/v3`;
}
/**
 * A client through `@actions/github` for the server at `serverUrl` (default github.com), sending
 * requests to `apiUrl` (default that server's API) through {@link proxiedFetch}: streamed uploads,
 * and the proxy `proxy` names for each URL. (Octokit's own default would take the proxy from the
 * process's environment when `@actions/github` is first imported, for api.github.com's URL.) The
 * token only ever travels in the Authorization header; errors never quote it.
 */
function createGitHubClient(options) {
    const serverUrl = options.serverUrl ?? 'https://github.com';
    const apiUrl = (options.apiUrl ?? defaultApiUrl(serverUrl)).replace(/\/+$/, '');
    let parsed;
    try {
        parsed = new URL(apiUrl);
    }
    catch {
        parsed = undefined;
    }
    if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username !== '' || parsed.password !== '') {
        throw new AttestationStoreError('GITHUB_API_URL_INVALID', 'GITHUB_API_URL is not an http(s) URL without credentials', { hint: 'leave GITHUB_API_URL to the runner, e.g. https://api.github.com' });
    }
    const octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl: apiUrl, userAgent: options.userAgent ?? 'trust-kit', request: { fetch: (0,proxied_fetch/* proxiedFetch */.i)(options.proxy, undefined, githubReplyCap) } });
    return { octokit, serverUrl, apiUrl };
}
/**
 * The most bytes a GitHub API reply is read to. Octokit reads a JSON reply whole: the largest
 * trust-kit asks for (a page of 100 releases with their notes, 100 attestation bundles) is a few
 * MiB, so 32 MiB is ample and still bounds the memory a hostile or broken server can take. Asset
 * downloads (Accept: application/octet-stream) are streamed and bounded by their callers instead.
 */
const MAX_GITHUB_REPLY_BYTES = 32 * 1024 * 1024;
function githubReplyCap(init) {
    const accept = Object.entries(init.headers ?? {}).find(([name]) => name.toLowerCase() === 'accept')?.[1];
    return accept === 'application/octet-stream' ? undefined : MAX_GITHUB_REPLY_BYTES;
}
/** Whether a 403 is GitHub's plan gating (the feature is not in this repository's plan), not a missing permission. */
function planGated(failure) {
    return failure.status === 403 && /^Feature not available\b/i.test(githubMessage(failure) ?? '');
}
/**
 * Stores DSSE attestation bundles with `POST /repos/{owner}/{repo}/attestations`, one request per
 * bundle, in order. 5xx, 429 (honouring `Retry-After`) and connection failures are retried within
 * the policy's budget. Where the plan does not allow attestations (user-owned private
 * repositories, organizations without the feature) GitHub answers 403 "Feature not available...":
 * that is a warning with GitHub's reason and every bundle is 'skipped' (the signed bundles stay
 * valid and on disk), not a failure. GitHub Enterprise Server has no attestations API and is
 * refused before any request.
 */
async function storeAttestations(options) {
    const { client, owner, repo, logger } = options;
    if (githubInstanceKind(client.serverUrl) === 'enterprise-server') {
        throw new AttestationStoreError('GITHUB_ENTERPRISE_SERVER_UNSUPPORTED', `GitHub Enterprise Server (${new URL(client.serverUrl).host}) has no attestations API; attestations can be stored on github.com and GHE.com only`, {
            hint: 'set `storage: none` to keep the signed bundles as files (publish them with the release), and verify them with `trust-kit verify-attestation --bundle`',
        });
    }
    const policy = options.retry ?? DEFAULT_RETRY_POLICY;
    const outcomes = [];
    const route = `POST /repos/${owner}/${repo}/attestations`;
    for (const [index, bundle] of options.bundles.entries()) {
        let attempts = 0;
        try {
            const response = await withRetry(policy, async (attempt) => {
                attempts = attempt;
                return client.octokit.request('POST /repos/{owner}/{repo}/attestations', {
                    owner,
                    repo,
                    bundle: bundle,
                    request: { signal: AbortSignal.timeout(policy.timeoutMs) },
                });
            }, githubRetryVerdict, options.sleep);
            const id = response.data.id;
            outcomes.push({ status: 'stored', id: String(id) });
            logger.debug(`stored attestation ${String(id)} in ${owner}/${repo}`);
        }
        catch (error) {
            const failure = httpFailure(error);
            if (failure !== undefined && planGated(failure)) {
                const reason = githubMessage(failure) ?? 'Feature not available';
                logger.warn(`attestations are not stored on GitHub for ${owner}/${repo}: ${reason} (the signed bundles are still written and verify offline)`);
                // The plan does not change within a run: the remaining bundles would be refused alike.
                for (let rest = index; rest < options.bundles.length; rest += 1)
                    outcomes.push({ status: 'skipped', reason });
                return outcomes;
            }
            throw storeError(error, failure, route, index, options.bundles.length, attempts);
        }
    }
    return outcomes;
}
function storeError(error, failure, route, index, count, attempts) {
    const which = count === 1 ? 'the attestation' : `attestation ${index + 1} of ${count}`;
    const said = failure === undefined ? '' : githubMessage(failure);
    if (proxyRefused(error))
        return new AttestationStoreError('GITHUB_PROXY_REFUSED', `${route} was refused by the proxy for ${which}: HTTP 407 Proxy Authentication Required`, { cause: error, hint: PROXY_AUTH_HINT });
    const detail = failure?.response === undefined ? (failure === undefined ? messageOf(error) : noAnswerDetail(error)) : `HTTP ${failure.status}${said === undefined ? '' : `: ${said}`}`;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    if (failure?.status === 403 || failure?.status === 401 || failure?.status === 404) {
        return new AttestationStoreError('GITHUB_PERMISSION_DENIED', `${route} refused ${which}: ${detail}`, {
            cause: error,
            hint: 'the token needs `attestations: write` (and `id-token: write` to sign): add them under `permissions:` of the job, or pass a token that has them',
        });
    }
    if (failure?.status === 422) {
        return new AttestationStoreError('GITHUB_ATTESTATION_REJECTED', `${route} rejected ${which}: ${detail}`, {
            cause: error,
            hint: 'GitHub refuses a statement that lists a subject twice or a bundle it cannot read: remove duplicate subjects and attest again',
        });
    }
    return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}${tries}: ${detail}`, {
        cause: error,
        hint: 'GitHub\'s API kept failing through every retry; the signed bundles are on disk: re-run the job, or publish them with the release',
    });
}

// EXTERNAL MODULE: ./lib/github/releases.js
var releases = __webpack_require__(40461);
;// CONCATENATED MODULE: ./lib/github/release-target.js



/** The releases of the target repository through `@actions/github`; a repository not shaped `owner/repo` is a GITHUB_REPOSITORY_INVALID. */
function releasesOf(target) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(target.repository);
    if (match === null || match[2] === '.' || match[2] === '..') {
        throw new errors/* TrustKitError */.T0('GITHUB_REPOSITORY_INVALID', `the repository "${target.repository.slice(0, 200)}" is not owner/repo`, { hint: 'GITHUB_REPOSITORY names the repository in a GitHub Actions job; outside one, name it as owner/repo' });
    }
    const client = createGitHubClient({ token: target.token, proxy: target.proxy, ...(target.serverUrl === undefined ? {} : { serverUrl: target.serverUrl }), ...(target.apiUrl === undefined ? {} : { apiUrl: target.apiUrl }) });
    return (0,releases/* githubReleases */.gp)({ client, owner: match[1] ?? '', repo: match[2] ?? '' });
}


/***/ }),

/***/ 40461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gp: () => (/* binding */ githubReleases),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/* unused harmony exports ReleaseApiError, MAX_LISTED_RELEASES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46466);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _core_capped_body_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36911);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7493);
/* harmony import */ var _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39002);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48031);







/** A failure of a request to GitHub's releases API. */
class ReleaseApiError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0 {
    /** The HTTP status GitHub answered, when it answered. */
    status;
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'ReleaseApiError';
        this.status = options.status;
    }
}
/** GitHub's message and validation error codes (`already_exists`) from an error answer, bounded. */
function githubSaid(failure) {
    const data = failure.response?.data;
    const message = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .githubMessage */ .hg)(failure);
    const codes = Array.isArray(data?.errors) ? data.errors.flatMap((entry) => (typeof entry?.code === 'string' ? [(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(entry.code)] : [])) : [];
    return { message, codes };
}
/** Whether GitHub refused because the object exists already (`422` with the `already_exists` validation code). */
function isAlreadyExists(error) {
    return error instanceof ReleaseApiError && error.code === 'GITHUB_RELEASE_ASSET_EXISTS';
}
function apiError(error, what, attempts) {
    if (error instanceof ReleaseApiError)
        return error;
    const failure = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .httpFailure */ .tG)(error);
    if (failure === undefined)
        return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error))}`, { cause: error, hint: 're-run the job: publishing resumes where it stopped' });
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyRefused */ .rZ)(error))
        return new ReleaseApiError('GITHUB_PROXY_REFUSED', `${what} was refused by the proxy: HTTP 407 Proxy Authentication Required`, { cause: error, hint: _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_4__/* .PROXY_AUTH_HINT */ .ME });
    const said = githubSaid(failure);
    const detail = failure.response === undefined ? (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .noAnswerDetail */ .rH)(error) : `HTTP ${failure.status}${said.message === undefined ? '' : `: ${said.message}`}${said.codes.length === 0 ? '' : ` (${said.codes.join(', ')})`}`;
    const status = failure.response === undefined ? undefined : failure.status;
    if (failure.status === 422 && said.codes.includes('already_exists')) {
        return new ReleaseApiError('GITHUB_RELEASE_ASSET_EXISTS', `${what}: ${detail}`, { cause: error, status: 422, hint: 'an asset or release of that name exists already' });
    }
    if (failure.status === 401 || failure.status === 403 || (failure.status === 404 && what.startsWith('POST'))) {
        return new ReleaseApiError('GITHUB_RELEASE_PERMISSION_DENIED', `${what} was refused: ${detail}`, { cause: error, status: failure.status, hint: 'the token needs `contents: write` to create releases and upload assets: add it under `permissions:` of the job' });
    }
    if (failure.status === 422) {
        return new ReleaseApiError('GITHUB_RELEASE_REJECTED', `${what} was rejected: ${detail}`, { cause: error, status: 422, hint: 'a tag once used by an immutable release cannot be reused, and an immutable release takes no new asset: release under a new tag' });
    }
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed${tries}: ${detail}`, { cause: error, ...(status === undefined ? {} : { status }), hint: 'GitHub\'s API kept failing through every retry: re-run the job; publishing resumes where it stopped and never uploads an asset twice' });
}
function toRelease(json) {
    return { id: json.id, tagName: json.tag_name, draft: json.draft, immutable: json.immutable === true, body: json.body ?? '', uploadUrl: json.upload_url };
}
function toSummary(json) {
    const published = typeof json.published_at === 'string' ? new Date(json.published_at) : undefined;
    return { id: json.id, tagName: json.tag_name, draft: json.draft, prerelease: json.prerelease === true, immutable: json.immutable === true, publishedAt: published === undefined || Number.isNaN(published.getTime()) ? undefined : published };
}
function toAsset(json) {
    const digest = typeof json.digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(json.digest) ? json.digest : undefined;
    return { id: json.id, name: json.name, label: json.label ?? '', state: json.state, size: json.size, digest };
}
/** At most this many pages of releases are searched for a draft (100 a page). */
const MAX_RELEASE_PAGES = 10;
/** How many releases {@link ReleasesPort.listReleases} reads at most (10 pages of 100), newest first: the previous release of a run is among them. */
const MAX_LISTED_RELEASES = MAX_RELEASE_PAGES * 100;
/** GitHub allows 1,000 assets a release: 10 pages of 100. */
const MAX_ASSET_PAGES = 10;
/**
 * The releases of `owner/repo` through `@actions/github`. Every request is retried on 5xx, 429
 * (after its `Retry-After`) and connection failures within the policy's budget; other answers
 * become {@link ReleaseApiError}s naming the request. The token travels only in the header.
 */
function githubReleases(options) {
    const { client, owner, repo } = options;
    const policy = options.retry ?? _core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RETRY_POLICY */ .cO;
    const call = async (what, attempt) => {
        let attempts = 0;
        try {
            return await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(policy, (number) => {
                attempts = number;
                return attempt(AbortSignal.timeout(policy.timeoutMs));
            }, _http_js__WEBPACK_IMPORTED_MODULE_5__/* .githubRetryVerdict */ .ly, options.sleep);
        }
        catch (error) {
            throw apiError(error, what, attempts);
        }
    };
    const octokit = client.octokit;
    const base = { owner, repo };
    // The body is left unparsed: it is streamed and counted, never buffered whole by Octokit.
    const requestAsset = (assetId, signal) => octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...base, asset_id: assetId, headers: { accept: 'application/octet-stream' }, request: { signal, parseSuccessResponseBody: false } });
    const tooLarge = (assetId, maxBytes, detail) => new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `asset ${assetId} of ${owner}/${repo} ${detail} than the ${maxBytes} bytes asked for`, { hint: 'the asset is not the one listed (it changed, or the release was tampered with): check the release\'s assets and re-run the job' });
    /** The asset's body, refused past `maxBytes`: on a Content-Length above it before a byte is read, else as soon as the bytes read pass it; either way the response is cancelled, closing its connection, rather than read to its end. */
    const boundedAsset = (response, assetId, maxBytes) => {
        const body = response.data;
        return (0,_core_capped_body_js__WEBPACK_IMPORTED_MODULE_6__/* .cappedChunks */ .A)({ chunks: body ?? [], declaredLength: response.headers['content-length'], close: () => body?.cancel() }, maxBytes, (declared) => tooLarge(assetId, maxBytes, declared === undefined ? 'holds more' : `is declared ${declared} bytes long by GitHub, more`));
    };
    return {
        async findRelease(tag) {
            try {
                const response = await call(`GET /repos/${owner}/${repo}/releases/tags/${tag}`, (signal) => octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...base, tag, request: { signal } }));
                return toRelease(response.data);
            }
            catch (error) {
                if (!(error instanceof ReleaseApiError) || error.status !== 404)
                    throw error;
            }
            // A draft has no tag yet for GitHub: it is found by listing, newest first.
            for (let page = 1; page <= MAX_RELEASE_PAGES; page += 1) {
                const response = await call(`GET /repos/${owner}/${repo}/releases`, (signal) => octokit.request('GET /repos/{owner}/{repo}/releases', { ...base, per_page: 100, page, request: { signal } }));
                const releases = response.data;
                const found = releases.find((release) => release.tag_name === tag);
                if (found !== undefined)
                    return toRelease(found);
                if (releases.length < 100)
                    return undefined;
            }
            return undefined;
        },
        async listReleases() {
            const releases = [];
            for (let page = 1; page <= MAX_RELEASE_PAGES; page += 1) {
                const response = await call(`GET /repos/${owner}/${repo}/releases`, (signal) => octokit.request('GET /repos/{owner}/{repo}/releases', { ...base, per_page: 100, page, request: { signal } }));
                const json = response.data;
                releases.push(...json.map(toSummary));
                if (json.length < 100)
                    break;
            }
            return releases;
        },
        async createDraft(tag, body) {
            const response = await call(`POST /repos/${owner}/${repo}/releases`, (signal) => octokit.request('POST /repos/{owner}/{repo}/releases', { ...base, tag_name: tag, name: tag, body, draft: true, request: { signal } }));
            return toRelease(response.data);
        },
        async updateRelease(id, change) {
            const response = await call(`PATCH /repos/${owner}/${repo}/releases/${id}`, (signal) => octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...base, release_id: id, ...(change.body === undefined ? {} : { body: change.body }), ...(change.publish === true ? { draft: false } : {}), request: { signal } }));
            return toRelease(response.data);
        },
        async listAssets(releaseId) {
            const assets = [];
            for (let page = 1; page <= MAX_ASSET_PAGES; page += 1) {
                const response = await call(`GET /repos/${owner}/${repo}/releases/${releaseId}/assets`, (signal) => octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...base, release_id: releaseId, per_page: 100, page, request: { signal } }));
                const json = response.data;
                assets.push(...json.map(toAsset));
                if (json.length < 100)
                    break;
            }
            return assets;
        },
        async uploadAsset(release, upload) {
            const response = await call(`POST upload of ${upload.name} to release ${release.tagName}`, (signal) => octokit.request({
                method: 'POST',
                url: release.uploadUrl,
                name: upload.name,
                label: upload.label,
                data: upload.open(),
                headers: { 'content-type': upload.contentType, 'content-length': String(upload.size) },
                request: { signal },
            }));
            return toAsset(response.data);
        },
        async downloadAsset(assetId, maxBytes) {
            return call(`GET /repos/${owner}/${repo}/releases/assets/${assetId}`, async (signal) => {
                const chunks = [];
                for await (const chunk of boundedAsset(await requestAsset(assetId, signal), assetId, maxBytes))
                    chunks.push(chunk);
                return Buffer.concat(chunks);
            });
        },
        async saveAsset(assetId, path, maxBytes) {
            return call(`GET /repos/${owner}/${repo}/releases/assets/${assetId}`, async (signal) => {
                const response = await requestAsset(assetId, signal);
                let bytes = 0;
                const counted = async function* () {
                    for await (const chunk of boundedAsset(response, assetId, maxBytes)) {
                        bytes += chunk.length;
                        yield chunk;
                    }
                };
                // A retry starts the file again.
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(counted(), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path, { flags: 'w' }));
                return bytes;
            });
        },
        async deleteAsset(assetId) {
            await call(`DELETE /repos/${owner}/${repo}/releases/assets/${assetId}`, (signal) => octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...base, asset_id: assetId, request: { signal } }));
        },
        async listAttestations(digest, predicateType) {
            try {
                const response = await call(`GET /repos/${owner}/${repo}/attestations/${digest}`, (signal) => octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', { ...base, subject_digest: digest, predicate_type: predicateType, per_page: 100, request: { signal } }));
                const attestations = response.data.attestations ?? [];
                return attestations.flatMap((attestation) => (typeof attestation.bundle === 'object' && attestation.bundle !== null ? [attestation.bundle] : []));
            }
            catch (error) {
                if (error instanceof ReleaseApiError && error.status === 404)
                    return [];
                throw error;
            }
        },
    };
}


/***/ })

};
