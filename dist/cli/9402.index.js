export const id = 9402;
export const ids = [9402];
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
                return cap === undefined ? toResponse(message) : toCappedResponse(message, cap, `${method} ${target.origin}${target.pathname}`);
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: (() => (/* binding */ throughProxy)),
/* harmony export */   iR: (() => (/* binding */ proxiedFetch)),
/* harmony export */   jw: (() => (/* binding */ RedirectRefusedError)),
/* harmony export */   lL: (() => (/* binding */ setHeaders)),
/* harmony export */   vQ: (() => (/* binding */ InsecureRedirectError))
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









/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
class ResponseTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_RESPONSE_TOO_LARGE', message, { hint: 'the server answered far more than this request takes: check the URL it was sent to (GITHUB_API_URL) and any proxy in between' });
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
/* unused harmony export replyTooLarge */
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



/***/ }),

/***/ 89402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var unexpiredToken = (async function (token, now) {
    const exp = token.claims.exp;
    if (token.renewal === undefined || typeof exp !== 'number' || exp * 1000 - RENEW_BEFORE_EXPIRY_MS > now)
        return token;
    const renewed = await token.renewal.renew();
    token.secret.destroy();
    return { ...renewed, renewal: token.renewal };
});var tokenSource = (function (env) {
    if ((0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hasEnvironmentValue */ .zP)('SIGSTORE_ID_TOKEN', env))
        return 'SIGSTORE_ID_TOKEN';
    if (hasRunnerEndpoint(env))
        return 'actions';
    return undefined;
});var hasRunnerEndpoint = (function (env) {
    return (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '') !== '' && (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hasEnvironmentValue */ .zP)('ACTIONS_ID_TOKEN_REQUEST_TOKEN', env);
});var isBase64UrlByte = (function (byte) {
    return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x5f;
});var jwtParts = (function (jwt) {
    const parts = [];
    let start = 0;
    for (let dot = jwt.indexOf(0x2e); dot !== -1 && parts.length < 3; dot = jwt.indexOf(0x2e, start)) {
        parts.push(jwt.subarray(start, dot));
        start = dot + 1;
    }
    parts.push(jwt.subarray(start));
    return parts;
});var decodeClaims = (function (jwt, source) {
    const parts = jwtParts(jwt);
    const invalid = ((detail) => source === 'the runner'
        ? new OidcError('OIDC_SERVICE_FAILED', `the identity token from the runner is not a usable JWT: ${detail}`, { hint: RUNNER_ANSWER_HINT })
        : new OidcError('OIDC_TOKEN_INVALID', `the identity token from ${source} is not a usable JWT: ${detail}`, {
            hint: 'pass an OIDC identity token (three base64url parts separated by dots) issued for the audience "sigstore"',
        }));
    if (parts.length !== 3 || parts.some(((part) => part.length === 0 || !part.every(isBase64UrlByte))))
        throw invalid('it does not have three base64url parts');
    let claims;
    try {
        // The payload alone is decoded as text: its claims are public (they end up in the certificate).
        claims = JSON.parse(Buffer.from(parts[1].toString('latin1'), 'base64url').toString('utf8'));
    }
    catch {
        throw invalid('its payload is not JSON');
    }
    if (typeof claims !== 'object' || claims === null || typeof claims.iss !== 'string')
        throw invalid('it has no "iss" claim');
    const { sub, email, email_verified: emailVerified, exp } = claims;
    // Fulcio proves possession of the key by signing `sub` (or a verified email, for an email issuer): without either it cannot issue.
    // An unverified email beside a `sub` (a CI provider's token) leaves the `sub` to sign.
    const hasSubject = typeof sub === 'string' && sub !== '';
    if (!hasSubject && !(typeof email === 'string' && emailVerified === true))
        throw invalid(typeof email === 'string' ? 'its "email" is not verified and it has no "sub" claim' : 'it has neither a "sub" claim nor a verified "email"');
    if (typeof exp === 'number' && exp * 1000 <= Date.now())
        throw invalid(`it expired at ${new Date(exp * 1000).toISOString()}`);
    return claims;
});var tokenRange = (function (body) {
    const key = body.indexOf('"value"');
    if (key === -1)
        return undefined;
    let at = key + 7;
    while (at < body.length && (body[at] === 0x20 || body[at] === 0x0a || body[at] === 0x0d || body[at] === 0x09))
        at += 1;
    if (body[at] !== 0x3a)
        return undefined;
    at += 1;
    while (at < body.length && (body[at] === 0x20 || body[at] === 0x0a || body[at] === 0x0d || body[at] === 0x09))
        at += 1;
    if (body[at] !== 0x22)
        return undefined;
    const start = at + 1;
    let end = start;
    while (end < body.length && JWT_BYTE.test(String.fromCharCode(body[end] ?? 0)))
        end += 1;
    return body[end] === 0x22 && end > start ? [start, end] : undefined;
});var endpointPath = (function (url) {
    return `${url.origin}${url.pathname}`;
});var tokenRequestURL = (function (value, audience) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
        throw new OidcError('OIDC_SERVICE_FAILED', 'ACTIONS_ID_TOKEN_REQUEST_URL is not an http(s) URL without credentials', {
            hint: 'leave ACTIONS_ID_TOKEN_REQUEST_URL to the runner (it sets it for jobs with `id-token: write`), or pass the token as SIGSTORE_ID_TOKEN',
        });
    }
    url.searchParams.set('audience', audience);
    return url;
});var requestFromRunner = (async function (options, audiences) {
    const env = options.env;
    const requestToken = _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretBuffer */ .pP.fromEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', env);
    let urls;
    try {
        urls = audiences.map(((audience) => tokenRequestURL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '', audience)));
        // fetch quotes a header value it refuses in its error, token included: check it here, quoting nothing.
        if (requestToken.use(((bytes) => bytes.some(((byte) => byte < 0x21 || byte > 0x7e))))) {
            throw new OidcError('OIDC_SERVICE_FAILED', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN holds spaces, line breaks or other bytes an HTTP header cannot carry', {
                hint: 'leave ACTIONS_ID_TOKEN_REQUEST_TOKEN to the runner; if you set it yourself, strip the trailing newline',
            });
        }
    }
    catch (error) {
        requestToken.destroy();
        throw error;
    }
    const client = options.fetch ?? (0,_core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .proxiedFetch */ .iR)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_3__.proxySettingsFrom)(env));
    const tokens = [];
    try {
        for (const url of urls)
            tokens.push(await fetchRunnerToken(url, requestToken, client, options.retry));
    }
    catch (error) {
        for (const token of tokens)
            token.secret.destroy();
        requestToken.destroy();
        throw error;
    }
    if (options.renewable !== true) {
        requestToken.destroy();
        return tokens;
    }
    const forget = (() => requestToken.destroy());
    return tokens.map(((token, index) => ({ ...token, renewal: { renew: (() => fetchRunnerToken(urls[index], requestToken, client, options.retry)), forget } })));
});var boundedReply = (async function (response, where) {
    const tooLong = (() => new OidcError('OIDC_SERVICE_FAILED', `the reply of ${where} is longer than the ${MAX_TOKEN_REPLY_BYTES} bytes a token reply takes`, {
        hint: 'ACTIONS_ID_TOKEN_REQUEST_URL must be the runner\'s token endpoint: leave it to the runner, or check what answers at that address',
    }));
    const length = response.headers.get('content-length');
    if (length !== null && Number(length) > MAX_TOKEN_REPLY_BYTES) {
        await response.body?.cancel();
        throw tooLong();
    }
    if (response.body === null)
        return Buffer.alloc(0);
    const reader = response.body.getReader();
    const chunks = [];
    let bytes = 0;
    try {
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
            chunks.push(read.value);
            bytes += read.value.length;
            if (bytes > MAX_TOKEN_REPLY_BYTES) {
                await reader.cancel();
                throw tooLong();
            }
        }
        return Buffer.concat(chunks, bytes);
    }
    finally {
        for (const chunk of chunks)
            chunk.fill(0);
    }
});var proxyRefusal = (function (where, cause) {
    return new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} was refused by the proxy: HTTP 407 Proxy Authentication Required`, { ...(cause === undefined ? {} : { cause }), hint: _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__/* .PROXY_AUTH_HINT */ .ME });
});var connectionFailure = (function (error) {
    const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause);
    return code !== undefined && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? `could not connect (${code})` : 'could not connect';
});var fetchRunnerToken = (async function (url, requestToken, client, retry) {
    const where = endpointPath(url);
    const body = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(retry, (() => (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .timedAttempt */ .Hh)(url.origin, retry.timeoutMs, (async (signal) => {
        const response = await requestToken.use(((bearer) => client(url, {
            headers: { Accept: 'application/json', Authorization: `Bearer ${bearer.toString('latin1')}` },
            signal,
        })));
        // An error reply is not read: its connection is closed rather than drained.
        if (response.status === 408 || response.status === 429 || response.status >= 500) {
            await response.body?.cancel();
            throw new TransientStatus(response.status, (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterMs */ .Vs)(response.headers.get('retry-after')));
        }
        if (response.status === 407) {
            await response.body?.cancel();
            throw proxyRefusal(where);
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} failed: HTTP ${response.status}`, {
                hint: response.status === 401 || response.status === 403
                    ? 'the runner refused the token request: the job needs `id-token: write` under `permissions:`, and ACTIONS_ID_TOKEN_REQUEST_TOKEN must be the one the runner set'
                    : 'the runner\'s token endpoint refused the request; re-run the job',
            });
        }
        return boundedReply(response, where);
    }))), ((error) => {
        // A redirect out of TLS, or one leading nowhere, is the endpoint's answer, not a failure to reach it: asking again meets it again.
        if (error instanceof OidcError || error instanceof _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .InsecureRedirectError */ .vQ || error instanceof _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .RedirectRefusedError */ .jw || (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyWantsCredentials */ .em)(error))
            return 'permanent';
        return error instanceof TransientStatus && error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : 'transient';
    })).catch(((error) => {
        if (error instanceof OidcError)
            throw error;
        if ((0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyWantsCredentials */ .em)(error))
            throw proxyRefusal(where, error);
        if (error instanceof _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .InsecureRedirectError */ .vQ || error instanceof _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .RedirectRefusedError */ .jw)
            throw new OidcError('OIDC_SERVICE_FAILED', `OIDC ${error.message}`, { cause: error, hint: error.hint });
        const waited = error instanceof TransientStatus ? (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .pastBudget */ .uQ)(error.retryAfterMs, retry.budgetMs) : '';
        const status = error instanceof TransientStatus ? `HTTP ${error.status}${waited}` : error instanceof _http_js__WEBPACK_IMPORTED_MODULE_6__/* .AttemptTimedOut */ .ji ? `timed out (no answer within ${error.timeoutMs} ms)` : /timeout|abort/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)) ? 'timed out' : connectionFailure(error);
        throw new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} failed: ${status}`, {
            cause: error,
            hint: waited === '' ? 'the runner\'s token endpoint kept failing through every retry; re-run the job' : 'the runner\'s token endpoint asked to wait longer than the retries may take; re-run the job',
        });
    }));
    const range = tokenRange(body);
    if (range === undefined) {
        body.fill(0);
        throw new OidcError('OIDC_SERVICE_FAILED', `the reply of ${where} holds no token ("value")`, { hint: RUNNER_ANSWER_HINT });
    }
    const secret = _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretBuffer */ .pP.fill(range[1] - range[0], ((into) => body.copy(into, 0, range[0], range[1])));
    body.fill(0);
    try {
        const claims = secret.use(((jwt) => decodeClaims(jwt, 'the runner')));
        checkAudience(claims, url.searchParams.get('audience') ?? '', where);
        return { secret, claims, source: 'the runner' };
    }
    catch (error) {
        secret.destroy();
        throw error;
    }
});var checkAudience = (function (claims, audience, where) {
    const aud = claims.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (audiences.includes(audience))
        return;
    const said = audiences.every(((entry) => typeof entry === 'string')) && audiences.length > 0 ? audiences.map(((entry) => `"${(0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .boundedText */ .LD)(String(entry))}"`)).join(', ') : 'no audience';
    throw new OidcError('OIDC_SERVICE_FAILED', `the identity token from the runner (${where}) is for the audience ${said}, not the "${audience}" asked for`, {
        hint: 'the token endpoint answered for another audience than it was asked: leave ACTIONS_ID_TOKEN_REQUEST_URL to the runner (something else answers at that address), and re-run the job',
    });
});var requestIdToken = (async function (options) {
    const source = tokenSource(options.env);
    if (source === undefined)
        return undefined;
    if (source === 'SIGSTORE_ID_TOKEN') {
        const secret = _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretBuffer */ .pP.fromEnv('SIGSTORE_ID_TOKEN', options.env);
        return { secret, claims: secret.use(((jwt) => decodeClaims(jwt, 'SIGSTORE_ID_TOKEN'))), source: 'SIGSTORE_ID_TOKEN' };
    }
    const [token] = await requestFromRunner(options, [options.audience ?? SIGSTORE_AUDIENCE]);
    return token;
});var requestRunnerIdTokens = (async function (options, audiences) {
    if (!hasRunnerEndpoint(options.env))
        return undefined;
    return requestFromRunner(options, audiences);
});var forkPullRequest = (function (env, payload) {
    if (!FORK_CONTEXT_EVENTS.has(env.GITHUB_EVENT_NAME ?? ''))
        return false;
    const pull = payload?.pull_request;
    if (pull?.head === undefined)
        return false;
    const head = pull.head.repo;
    return head === null || head?.fork === true || (head?.full_name !== undefined && head.full_name !== pull.base?.repo?.full_name);
});var missingTokenError = (function (env, payload) {
    if (forkPullRequest(env, payload)) {
        return new OidcError('OIDC_TOKEN_UNAVAILABLE', 'no OIDC identity token: GitHub does not give one to workflows running for pull requests from forks', {
            hint: 'set `on-missing-token: skip` (or `warn`) on this step so fork pull requests build without signing',
        });
    }
    if (env.GITHUB_ACTIONS === 'true' && (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '') !== '') {
        // The runner sets both for a job with the permission: the request token was removed since.
        return new OidcError('OIDC_TOKEN_UNAVAILABLE', 'no OIDC identity token: ACTIONS_ID_TOKEN_REQUEST_URL is set, but ACTIONS_ID_TOKEN_REQUEST_TOKEN is not (or is empty), so the token cannot be requested', {
            hint: 'the runner sets ACTIONS_ID_TOKEN_REQUEST_TOKEN beside the URL: do not unset or override it in the workflow (`env:`), and take the token once per process (trust-kit takes it out of the environment when it requests a token)',
        });
    }
    if (env.GITHUB_ACTIONS === 'true') {
        return new OidcError('OIDC_TOKEN_UNAVAILABLE', 'no OIDC identity token: ACTIONS_ID_TOKEN_REQUEST_URL is not set because the job lacks the id-token permission', {
            hint: 'add `id-token: write` under `permissions:` of the job that signs (keep `contents: read` or what it already has), e.g.\n  permissions:\n    id-token: write\n    contents: read',
        });
    }
    return new OidcError('OIDC_TOKEN_UNAVAILABLE', 'no OIDC identity token: SIGSTORE_ID_TOKEN is not set and this is not a GitHub Actions job', {
        hint: 'set SIGSTORE_ID_TOKEN to an OIDC token for the audience "sigstore", or sign with a local key (--key, see `trust-kit generate-key-pair`)',
    });
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_TOKEN_REPLY_BYTES: (() => (/* binding */ MAX_TOKEN_REPLY_BYTES)),
/* harmony export */   MISSING_TOKEN_POLICIES: (() => (/* binding */ MISSING_TOKEN_POLICIES)),
/* harmony export */   OidcError: (() => (/* binding */ OidcError)),
/* harmony export */   SIGSTORE_AUDIENCE: (() => (/* binding */ SIGSTORE_AUDIENCE)),
/* harmony export */   hasRunnerEndpoint: (() => (/* binding */ hasRunnerEndpoint)),
/* harmony export */   missingTokenError: (() => (/* binding */ missingTokenError)),
/* harmony export */   requestIdToken: (() => (/* binding */ requestIdToken)),
/* harmony export */   requestRunnerIdTokens: (() => (/* binding */ requestRunnerIdTokens)),
/* harmony export */   tokenSource: (() => (/* binding */ tokenSource)),
/* harmony export */   unexpiredToken: (() => (/* binding */ unexpiredToken))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7493);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22331);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16327);
/* harmony import */ var _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25643);
/* harmony import */ var _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39002);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48031);







/** A failure to obtain an OIDC identity token. */
class OidcError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'OidcError';
    }
}
/** How long before its `exp` a token is renewed: Fulcio must get it still valid, after the request's own delays. */
const RENEW_BEFORE_EXPIRY_MS = 60_000;
/**
 * `token` when it is valid for at least another minute at `now` (or cannot be renewed: a
 * SIGSTORE_ID_TOKEN, a token without `exp`); otherwise a new one from the runner, the old one
 * destroyed. The new one carries the same renewal.
 */

/** The audience Fulcio accepts. */
const SIGSTORE_AUDIENCE = 'sigstore';
/** Values of `on-missing-token`. */
const MISSING_TOKEN_POLICIES = ['fail', 'warn', 'skip'];
/**
 * Where a token would come from in this environment, without taking it, and without reading a
 * token as a string (`env.SIGSTORE_ID_TOKEN !== ''` would leave one in the heap the intake avoids).
 */

/** Whether the runner gave this job a token endpoint (and the request token for it). */

const JWT_BYTE = /^[A-Za-z0-9_\-.]$/;
/** Whether a byte may appear in a base64url part of a JWT. */

/** The dot-separated parts of a JWT as views into its bytes, never as strings: the whole token is the bearer secret. */

/** What to do when the runner's token endpoint answers with no token, or one Fulcio could not use. */
const RUNNER_ANSWER_HINT = "the runner's token endpoint answered something unexpected: leave ACTIONS_ID_TOKEN_REQUEST_URL to the runner, and re-run the job";
/**
 * The claims of a token, refusing one Fulcio could not use. A SIGSTORE_ID_TOKEN the user gave is
 * OIDC_TOKEN_INVALID, to fix; the runner's is its endpoint failing, OIDC_SERVICE_FAILED, to re-run.
 */

/**
 * Finds the token in the runner's `{"count":1,"value":"<jwt>"}` reply without turning it into a
 * string: a JWT is base64url and dots, so the JSON string holds no escapes to decode.
 */

class TransientStatus extends Error {
    status;
    retryAfterMs;
    constructor(status, 
    /** How long the server asked to wait (`Retry-After`), if it said. */
    retryAfterMs) {
        super(`HTTP ${status}`);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}

/**
 * The token endpoint's URL for an audience: the runner's URL keeps its query (`api-version`) and
 * gets exactly one `audience`. A URL that is not one is refused without quoting it: its query may
 * carry credentials, and fetch would echo a URL with a user name in its error.
 */

/** Requests one token per audience asked for (a release asks for one) with one intake of the runner's request token (which intake takes out of the environment). */

/** A token reply is a JWT of a few claims in a small JSON object, a few KiB: a longer one is refused. */
const MAX_TOKEN_REPLY_BYTES = 64 * 1024;
/**
 * The body of the token endpoint's reply, at most {@link MAX_TOKEN_REPLY_BYTES}: a Content-Length
 * above it is refused unread, a body running past it as soon as it does (the rest is never read).
 * The chunks read are wiped, and the error quotes nothing of the reply: it may hold a token.
 */

/** The token request refused by the runner's proxy: no retry helps, its credentials do. */

/** Why a connection failed, by its system error code only (DNS, refused, reset): the errors' messages may quote the URL, whose query the runner chose. */


/**
 * Refuses a runner's token that is not for the audience asked for: Fulcio would only refuse it
 * later with a vaguer error, and a provenance token must be for its own audience. (A
 * SIGSTORE_ID_TOKEN is not checked: a private Fulcio may accept another audience.)
 */

/**
 * Obtains an identity token for Sigstore: `SIGSTORE_ID_TOKEN` when set, otherwise the GitHub
 * Actions runner's (audience `sigstore`, retried on 5xx, 429 and connection failures within the
 * policy's budget); undefined when neither is available. Secret variables are taken out of `env`.
 */

/**
 * Requests tokens for several audiences from the GitHub Actions runner only (never
 * `SIGSTORE_ID_TOKEN`), with one intake of its request token: a release asks for one (`sigstore`
 * when it signs keyless, else `nobody` for its provenance). Undefined when the job has no token endpoint.
 */

/**
 * Events that run with the pull request's head in a fork's context, where GitHub gives no OIDC
 * token. `pull_request_target` is not one: it runs as the base repository, with its permissions.
 */
const FORK_CONTEXT_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/** Whether the run is a pull request from a fork (a deleted fork leaves `head.repo` null). */

/**
 * The error for a job without an identity token, saying exactly what to change: the
 * `id-token: write` permission, or (on fork pull requests) the `on-missing-token` input.
 */



/***/ })

};
