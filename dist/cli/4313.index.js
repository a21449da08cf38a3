export const id = 4313;
export const ids = [4313];
export const modules = {

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var cappedChunks = (async function* (body, maxBytes, tooLarge) {
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
});var readCapped = (async function (body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: (() => (/* binding */ cappedChunks)),
/* harmony export */   E: (() => (/* binding */ readCapped))
/* harmony export */ });
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */

/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */



/***/ }),

/***/ 25643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var headersOf = (function (message) {
    const headers = new Headers();
    for (let index = 0; index + 1 < message.rawHeaders.length; index += 2)
        headers.append(message.rawHeaders[index], message.rawHeaders[index + 1]);
    return headers;
});var toResponse = (function (message) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status)) {
        message.resume();
        return new Response(null, { status, headers: headersOf(message) });
    }
    return new Response(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(message), { status, headers: headersOf(message) });
});var toCappedResponse = (async function (message, maxBytes, what) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status))
        return toResponse(message);
    const body = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_8__/* .readCapped */ .E)({ chunks: message, declaredLength: message.headers['content-length'], close: (() => message.destroy()) }, maxBytes, ((declared) => new ResponseTooLargeError(`${what} answered ${declared === undefined ? 'more' : `with a Content-Length of ${declared}, more`} than the ${maxBytes} bytes its reply may hold`)));
    return new Response(body, { status, headers: headersOf(message) });
});var discard = (function (message) {
    let left = MAX_DISCARDED_BYTES;
    message.on('error', (() => { }));
    message.on('data', ((chunk) => {
        left -= chunk.length;
        if (left < 0)
            message.destroy();
    }));
});var abortError = (function (signal, message) {
    return Object.assign(new Error(message, { cause: signal.reason }), { name: 'AbortError', code: 'ABORT_ERR' });
});var setHeaders = (function (outgoing, headers) {
    for (const [name, value] of Object.entries(headers))
        outgoing.setHeader(name, value);
});var throughProxy = (function (error, proxy) {
    if (proxy === undefined || error instanceof _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .ProxyTunnelError */ .Ng)
        return error;
    return Object.assign(new Error(`${error.message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`, { cause: error }), { name: error.name, code: error.code });
});var send = (function (target, init, headers, agents) {
    const request = target.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const agent = agents.agentFor(target);
    const body = init.body;
    const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    // A body known whole goes with its length; a stream with the Content-Length the caller set, or chunked.
    const sent = whole === undefined || Object.keys(headers).some(((name) => name.toLowerCase() === 'content-length')) ? headers : { ...headers, 'content-length': String(whole.length) };
    // A failure through a proxy names it (by origin, never credentials): the proxy may be what failed.
    const proxy = agent === undefined ? undefined : (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__.proxyFor)(target, agents.settings);
    const via = ((message) => (proxy === undefined ? message : `${message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`));
    return new Promise(((resolve, reject) => {
        const signal = init.signal ?? undefined;
        const outgoing = request(target, { method: init.method ?? 'GET', agent: agent ?? agents.directAgentFor(target), ...(signal === undefined ? {} : { signal }) }, resolve);
        setHeaders(outgoing, sent);
        outgoing.on('error', ((error) => reject(throughProxy(error, proxy))));
        if (signal !== undefined) {
            // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
            const abort = (() => {
                reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
            });
            signal.addEventListener('abort', abort, { once: true });
            outgoing.once('close', (() => signal.removeEventListener('abort', abort)));
        }
        if (body === undefined || body === null)
            outgoing.end();
        else if (whole !== undefined)
            outgoing.end(whole);
        else
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(body), outgoing).catch(reject);
    }));
});var proxiedFetch = (function (proxy = _proxy_js__WEBPACK_IMPORTED_MODULE_6__.NO_PROXY_SETTINGS, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap) {
    const agents = proxy instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_6__.ProxyAgents ? proxy : new _proxy_js__WEBPACK_IMPORTED_MODULE_6__.ProxyAgents(proxy);
    return (async (url, init = {}) => {
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
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to a ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(next.protocol, 40)} URL`);
            if (target.protocol === 'https:' && next.protocol === 'http:')
                throw new InsecureRedirectError(`${method} ${target.origin}${target.pathname} was redirected to plain HTTP (${next.origin}), which is not followed`);
            if (next.origin !== target.origin)
                headers = Object.fromEntries(Object.entries(headers).filter((([name]) => name.toLowerCase() !== 'authorization')));
            target = next;
        }
    });
});var redirectedFrom = (function (requested, response) {
    if (response.url === undefined || response.url === '')
        return '';
    const answered = new URL(response.url).origin;
    return answered === new URL(requested).origin ? '' : ` (redirected to ${answered}, which answered)`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: (() => (/* binding */ redirectedFrom)),
/* harmony export */   EU: (() => (/* binding */ throughProxy)),
/* harmony export */   iR: (() => (/* binding */ proxiedFetch)),
/* harmony export */   jw: (() => (/* binding */ RedirectRefusedError)),
/* harmony export */   lL: (() => (/* binding */ setHeaders)),
/* harmony export */   vQ: (() => (/* binding */ InsecureRedirectError)),
/* harmony export */   zv: (() => (/* binding */ RESPONSE_TOO_LARGE_HINT))
/* harmony export */ });
/* unused harmony export ResponseTooLargeError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _capped_body_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36911);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16327);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39002);









/** What to do about a {@link ResponseTooLargeError}, which no retry changes. */
const RESPONSE_TOO_LARGE_HINT = 'the server answered far more than this request takes: check the URL it was sent to (GITHUB_API_URL) and any proxy in between';
/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
class ResponseTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_RESPONSE_TOO_LARGE', message, { hint: RESPONSE_TOO_LARGE_HINT });
        this.name = 'ResponseTooLargeError';
    }
}
/** A redirect from HTTPS to plain HTTP, never followed: what comes back could be read and changed on the way. */
class InsecureRedirectError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
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
class RedirectRefusedError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
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


/**
 * The response read whole, refused past `maxBytes`: a Content-Length above it before a byte is read,
 * else as soon as the bytes read pass it, closing the connection. It is read here rather than handed
 * on as a stream because Octokit turns an error while it reads a body into an empty body, silently.
 */

/** A redirect's body is read this far, so its connection can serve again; one that goes on is cut. */
const MAX_DISCARDED_BYTES = 64 * 1024;
/** Drops a response nobody reads: drained up to {@link MAX_DISCARDED_BYTES} (a redirect's few bytes), then the connection is closed rather than read on without end. */

/** The error Node's own requests fail with when their signal aborts them, with a message saying what it was waiting for. */

/**
 * Sets a request's headers on the request itself, never in the options it is made with: an agent
 * keeps those options, Authorization included, in the listeners of the keep-alive connection the
 * request opens, for as long as that connection lives (measured: a registry password, the runner's request
 * token, in the heap until the connection closes). Set here, they go with the request when it is done.
 */

/**
 * The error of a request sent through `proxy`, its message naming the proxy by its origin (never its
 * credentials): the proxy may be what failed (a tunnel it closed, a connection it dropped). Its name
 * and code are kept, so it is classified as before; a tunnel's own errors name the proxy already.
 */

/** One request, without following redirects: a streamed body is piped, so it is read no faster than the socket takes it. */

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

/** ` (redirected to <origin>)` when `response` came from another origin than `requested` (see {@link proxiedFetch}); empty otherwise. */



/***/ }),

/***/ 48031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var httpFailure = (function (error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? error : undefined;
});var boundedText = (function (text) {
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)((0,_core_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(text)).trim(), MAX_QUOTED);
});var githubMessage = (function (failure) {
    const message = failure.response?.data?.message;
    return typeof message !== 'string' || message.trim() === '' ? undefined : boundedText(message);
});var proxyRefused = (function (error) {
    return httpFailure(error)?.status === 407 || proxyWantsCredentials(error);
});var proxyWantsCredentials = (function (error) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error) === 'PROXY_AUTH_REQUIRED' || (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'PROXY_AUTH_REQUIRED';
});var replyTooLarge = (function (error) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'HTTP_RESPONSE_TOO_LARGE';
});var redirectedInsecurely = (function (error) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'HTTP_REDIRECT_INSECURE';
});var redirectNotFollowed = (function (error) {
    return redirectedInsecurely(error) || (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'HTTP_REDIRECT_REFUSED';
});var timedAttempt = (async function (origin, timeoutMs, attempt) {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        return await attempt(signal);
    }
    catch (error) {
        // An error of ours (a refusal read from the answer) stays what it is, whenever the timeout fell.
        throw signal.aborted && !(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustKitError */ .Nf)(error) ? new AttemptTimedOut(origin, timeoutMs, error) : error;
    }
});var originOf = (function (url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return boundedText(url);
    }
});var unanswered = (function (error) {
    if (error instanceof AttemptTimedOut)
        return true;
    const failure = httpFailure(error);
    return failure !== undefined && failure.response === undefined && !proxyRefused(error) && !replyTooLarge(error) && !redirectNotFollowed(error);
});var noAnswerDetail = (function (error, origin) {
    if (error instanceof AttemptTimedOut)
        return error.message;
    if (replyTooLarge(error) || redirectNotFollowed(error))
        return boundedText((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error));
    return `no answer${origin === undefined ? '' : ` from ${origin}`} (connection failed: ${boundedText((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error))})`;
});var noAnswerHint = (function (origin) {
    return `nothing answered at ${origin}: check that GITHUB_API_URL names your GitHub's API and that the runner reaches it (its network, DNS, and proxy: HTTPS_PROXY, NO_PROXY), then re-run the job`;
});var headerOf = (function (failure, name) {
    return String(failure.response?.headers[name] ?? '').trim();
});var rateLimitReset = (function (failure) {
    if (headerOf(failure, 'x-ratelimit-remaining') !== '0' || !/^\d{1,12}$/.test(headerOf(failure, 'x-ratelimit-reset')))
        return undefined;
    return new Date(Number(headerOf(failure, 'x-ratelimit-reset')) * 1000);
});var rateLimited = (function (failure) {
    if (failure.status === 429)
        return true;
    if (failure.status !== 403)
        return false;
    // Older GitHub Enterprise Servers word a secondary limit as an "abuse detection mechanism".
    return headerOf(failure, 'x-ratelimit-remaining') === '0' || headerOf(failure, 'retry-after') !== '' || /\brate limit\b|\babuse detection\b/i.test(githubMessage(failure) ?? '');
});var rateLimitWaitMs = (function (failure, now) {
    if (!rateLimited(failure))
        return undefined;
    const retryAfter = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterMs */ .Vs)(headerOf(failure, 'retry-after'), now);
    if (retryAfter !== undefined)
        return retryAfter;
    const reset = rateLimitReset(failure);
    if (reset !== undefined)
        return Math.max(0, reset.getTime() - now);
    return failure.status === 429 ? undefined : 60_000;
});var waitPastBudget = (function (failure, budgetMs, now = Date.now()) {
    return (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .pastBudget */ .uQ)(rateLimitWaitMs(failure, now) ?? (failure.status >= 500 ? (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterMs */ .Vs)(headerOf(failure, 'retry-after'), now) : undefined), budgetMs);
});var rateLimitDetail = (function (failure, detail) {
    const reset = rateLimitReset(failure);
    return `GitHub's rate limit: ${detail}${reset === undefined ? '' : ` (it resets at ${reset.toISOString()})`}`;
});var githubRetryVerdict = (function (error, now = Date.now()) {
    if (proxyRefused(error) || replyTooLarge(error) || redirectNotFollowed(error))
        return 'permanent';
    if (error instanceof AttemptTimedOut)
        return 'transient';
    const failure = httpFailure(error);
    if (failure === undefined)
        return 'permanent';
    const limit = rateLimitWaitMs(failure, now);
    if (limit !== undefined)
        return { retryAfterMs: limit };
    if (!(failure.status >= 500 || failure.status === 429))
        return 'permanent';
    const wait = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterMs */ .Vs)(headerOf(failure, 'retry-after'), now);
    return wait === undefined ? 'transient' : { retryAfterMs: wait };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: (() => (/* binding */ replyTooLarge)),
/* harmony export */   Hh: (() => (/* binding */ timedAttempt)),
/* harmony export */   LD: (() => (/* binding */ boundedText)),
/* harmony export */   Lp: (() => (/* binding */ waitPastBudget)),
/* harmony export */   NO: (() => (/* binding */ UNAUTHORIZED_HINT)),
/* harmony export */   Qx: (() => (/* binding */ INSECURE_REDIRECT_HINT)),
/* harmony export */   TF: (() => (/* binding */ redirectedInsecurely)),
/* harmony export */   bj: (() => (/* binding */ unanswered)),
/* harmony export */   em: (() => (/* binding */ proxyWantsCredentials)),
/* harmony export */   g4: (() => (/* binding */ GITHUB_RETRY_POLICY)),
/* harmony export */   hg: (() => (/* binding */ githubMessage)),
/* harmony export */   ji: (() => (/* binding */ AttemptTimedOut)),
/* harmony export */   ly: (() => (/* binding */ githubRetryVerdict)),
/* harmony export */   pF: (() => (/* binding */ rateLimitDetail)),
/* harmony export */   pG: (() => (/* binding */ noAnswerHint)),
/* harmony export */   rH: (() => (/* binding */ noAnswerDetail)),
/* harmony export */   rZ: (() => (/* binding */ proxyRefused)),
/* harmony export */   tG: (() => (/* binding */ httpFailure)),
/* harmony export */   tc: (() => (/* binding */ RATE_LIMIT_HINT)),
/* harmony export */   xd: (() => (/* binding */ rateLimited)),
/* harmony export */   yc: (() => (/* binding */ REFUSED_REDIRECT_HINT)),
/* harmony export */   yn: (() => (/* binding */ redirectNotFollowed)),
/* harmony export */   yv: (() => (/* binding */ originOf))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25403);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7493);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22331);





/** The HTTP failure in an error Octokit threw; undefined for anything else. */

/** At most this many characters of what GitHub sent are repeated: an error body is the server's to choose. */
const MAX_QUOTED = 300;
/**
 * Text a server sent, on one line and bounded, fit to quote in a log line or an error: redacted of
 * every live secret before it is cut, since a token the server echoed after padding of its choosing
 * would lose its end to the cut, and with it what the redaction matches.
 */

/** GitHub's `message` from an error answer, bounded; undefined when it sent none. */

/**
 * Whether the runner's proxy refused the request for want of credentials: a 407 answer, or a
 * CONNECT tunnel refused with 407 (which Octokit reports as a connection failure). No retry helps.
 */

/** Whether the proxy refused to open a tunnel for want of credentials, as the error itself or its cause says (fetch-based clients; over http the proxy answers 407 itself). */

/** Whether the reply was refused for its size (see MAX_GITHUB_REPLY_BYTES), which Octokit reports as a connection failure. No retry helps. */

/**
 * Whether a redirect from HTTPS to plain HTTP was refused (HTTP_REDIRECT_INSECURE), which Octokit
 * reports as a connection failure: the server did answer, and no retry changes its answer.
 */

/**
 * Whether a redirect was not followed, for leaving TLS or for leading nowhere (HTTP_REDIRECT_REFUSED:
 * a loop, another scheme), which Octokit reports as a connection failure: the server did answer.
 */

/** What to do about a redirect to plain HTTP: nothing trust-kit can, nor a re-run. */
const INSECURE_REDIRECT_HINT = 'the server (or a proxy in front of it: HTTPS_PROXY) redirected to plain HTTP, leaving TLS, which is never followed: check the proxy and GITHUB_API_URL, and report the redirect to the operator';
/** What to do about redirects that lead nowhere (a loop, another scheme): nothing a re-run changes. */
const REFUSED_REDIRECT_HINT = 'the server (or a proxy in front of it: HTTPS_PROXY) answered with redirects that lead nowhere trust-kit follows (a loop, or another scheme than http(s)): check the proxy and GITHUB_API_URL, and report the redirect to the operator';
/**
 * An attempt that got no answer within its timeout. The abort itself only says "The operation was
 * aborted": this names the server and the timeout, which is what a user can act on.
 */
class AttemptTimedOut extends Error {
    origin;
    timeoutMs;
    constructor(origin, timeoutMs, cause) {
        super(`no answer from ${origin} within ${timeoutMs} ms (the timeout of one attempt)`, { cause });
        this.origin = origin;
        this.timeoutMs = timeoutMs;
        this.name = 'AttemptTimedOut';
    }
}
/** Runs one attempt of a request to `origin` under its own timeout; cut off by that timeout, it fails as an {@link AttemptTimedOut}, which is retried as a dropped connection is. */

/** The origin (`https://host`) of a URL, for messages; the text itself, bounded, when it is no URL. */

/** Whether a failure got no answer at all (DNS, a refused or dropped connection, a timeout), as opposed to an answer GitHub gave. */

/** What a failure without an answer was, bounded: the timeout that cut it off, the connection's own error (DNS, refused, a proxy's tunnel), or a reply refused for its size. */

/** What to do about requests that got no answer through every retry: the way to the server failed, not GitHub's API. */

/** A header of GitHub's answer, as text; empty when absent. */

/** When GitHub's primary rate limit resets (`x-ratelimit-reset`, epoch seconds), for an answer that says none remain; undefined otherwise. */

/**
 * Whether GitHub refused for a rate limit, as its documentation describes them: 429, or 403 with
 * `x-ratelimit-remaining: 0` (primary limit), a `Retry-After` or a message naming a rate limit
 * or an abuse detection mechanism (secondary limits). A 403 of that kind is not a missing permission.
 */

/**
 * How long a rate limit asks to wait: its `Retry-After`, else until `x-ratelimit-reset` when none
 * remain, else the minute GitHub's documentation says to wait; undefined for a 429 that says
 * nothing (retried with the usual backoff) and for anything that is not a rate limit.
 */

/**
 * Why a failure was not retried when it asked to wait (its `Retry-After`, or until a rate limit
 * resets) longer than `budgetMs`, the time its retries may take, in words for its message; empty otherwise.
 */

/** What a rate-limited answer said, and until when the limit holds when GitHub said it. */

/**
 * The retry policy of GitHub's API: the default, with room for a rate limit's wait. GitHub's
 * secondary limit on creating content (some 80 requests a minute: a release of many assets, an
 * attestation per artifact) asks to wait a minute (`Retry-After: 60`), which the default
 * one-minute budget would refuse at once; a few minutes ride out such waits, while 5xx and
 * dropped connections stay bounded by the number of retries as before.
 */
const GITHUB_RETRY_POLICY = { ..._core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RETRY_POLICY */ .cO, budgetMs: 3 * 60_000 };
/** What to do about a 401: GitHub did not take the token at all, so no permission would help. */
const UNAUTHORIZED_HINT = 'GitHub did not accept the token (HTTP 401: it expired, was revoked, or is not a token for this GitHub): pass a valid one (the job\'s GITHUB_TOKEN is valid only while the job runs; for the CLI, GH_TOKEN or GITHUB_TOKEN)';
/** What to do about a rate limit that outlasted the retry budget. */
const RATE_LIMIT_HINT = 'GitHub limits how many requests a token makes: re-run the job once the limit resets (publishing resumes where it stopped); the job\'s own GITHUB_TOKEN has a limit of its own, apart from a personal token\'s';
/**
 * How a GitHub API failure is retried: 5xx and rate limits (429, and GitHub's 403 rate limits) after
 * the wait they ask for, and connection failures, which Octokit reports as status 500 without a
 * response; anything else, a proxy that wants credentials and a reply refused for its size
 * included, is final. A wait past the retry budget ends the retries at once.
 */



/***/ })

};
