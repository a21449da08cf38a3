export const id = 7308;
export const ids = [7308];
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

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ counted)
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


/***/ }),

/***/ 25643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ redirectedFrom),
/* harmony export */   EU: () => (/* binding */ throughProxy),
/* harmony export */   iR: () => (/* binding */ proxiedFetch),
/* harmony export */   jw: () => (/* binding */ RedirectRefusedError),
/* harmony export */   lL: () => (/* binding */ setHeaders),
/* harmony export */   vQ: () => (/* binding */ InsecureRedirectError),
/* harmony export */   zv: () => (/* binding */ RESPONSE_TOO_LARGE_HINT)
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
    const body = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_8__/* .readCapped */ .E)({ chunks: message, declaredLength: message.headers['content-length'], close: () => message.destroy() }, maxBytes, (declared) => new ResponseTooLargeError(`${what} answered ${declared === undefined ? 'more' : `with a Content-Length of ${declared}, more`} than the ${maxBytes} bytes its reply may hold`));
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
    if (proxy === undefined || error instanceof _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .ProxyTunnelError */ .Ng)
        return error;
    return Object.assign(new Error(`${error.message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`, { cause: error }), { name: error.name, code: error.code });
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
    const proxy = agent === undefined ? undefined : (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__.proxyFor)(target, agents.settings);
    const via = (message) => (proxy === undefined ? message : `${message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`);
    return new Promise((resolve, reject) => {
        const signal = init.signal ?? undefined;
        const outgoing = request(target, { method: init.method ?? 'GET', agent: agent ?? agents.directAgentFor(target), ...(signal === undefined ? {} : { signal }) }, resolve);
        setHeaders(outgoing, sent);
        outgoing.on('error', (error) => reject(throughProxy(error, proxy)));
        if (signal !== undefined) {
            // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
            const abort = () => {
                reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
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
 *   Authorization header once the origin changes, as fetch does, at most `maxRedirects` times (a
 *   loop, or a redirect to another scheme or to no URL, is a {@link RedirectRefusedError}), and never from HTTPS
 *   to plain HTTP ({@link InsecureRedirectError});
 * - with `responseCap`, a response is read whole before it is returned and refused past its request's
 *   cap with a {@link ResponseTooLargeError}, so a hostile or broken server cannot fill the memory.
 * Given agents (rather than settings), the caller owns them and destroys them when done.
 */
function proxiedFetch(proxy = _proxy_js__WEBPACK_IMPORTED_MODULE_6__.NO_PROXY_SETTINGS, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap) {
    const agents = proxy instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_6__.ProxyAgents ? proxy : new _proxy_js__WEBPACK_IMPORTED_MODULE_6__.ProxyAgents(proxy);
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
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to a ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(next.protocol, 40)} URL`);
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


/***/ }),

/***/ 92447:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ watchTransferRate)
/* harmony export */ });
/* unused harmony export MIN_TRANSFER_BYTES_PER_SECOND */
/** The slowest a transfer may move, on average, once it has taken longer than its timeout: a trickle is abandoned, a slow but steady link is not. */
const MIN_TRANSFER_BYTES_PER_SECOND = 64 * 1024;
/**
 * Watches a transfer that must not be cut off at a fixed timeout (a large body, an upload) but must
 * not trickle forever either: every `timeoutMs`, once the bytes counted average less than
 * {@link MIN_TRANSFER_BYTES_PER_SECOND} since the start, `onStall` is called, once, with what moved.
 * The registry client and release asset transfers share it.
 */
function watchTransferRate(timeoutMs, onStall) {
    const started = Date.now();
    let bytes = 0;
    let heldMs = 0;
    let heldSince;
    let timer;
    const check = () => {
        const now = Date.now();
        // Time the receiver held the transfer back is not counted against the sender.
        const elapsed = now - started - heldMs - (heldSince === undefined ? 0 : now - heldSince);
        if (bytes >= (MIN_TRANSFER_BYTES_PER_SECOND * elapsed) / 1000)
            timer = setTimeout(check, timeoutMs);
        else
            onStall(`slower than ${MIN_TRANSFER_BYTES_PER_SECOND} bytes a second: ${bytes} bytes in ${elapsed} ms`);
    };
    timer = setTimeout(check, timeoutMs);
    return {
        moved: (moved) => void (bytes += moved),
        hold: () => void (heldSince ??= Date.now()),
        release: () => {
            if (heldSince === undefined)
                return;
            heldMs += Date.now() - heldSince;
            heldSince = undefined;
        },
        stop: () => clearTimeout(timer),
    };
}


/***/ }),

/***/ 18067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** trust-kit's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 99118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ OciError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70554);


/**
 * An error parsing an image reference or talking to a registry. Its message and hint are redacted
 * as it is made: they may quote what a registry chose (a redirect's path, a challenge's realm),
 * which may echo the password, and by the time the error is printed the client is closed and the
 * password wiped, so the redaction at printing no longer knows it.
 */
class OciError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The HTTP status the registry answered with, when the error comes from one. */
    status;
    /** The wait the registry asked for (`Retry-After`) before trying again, in milliseconds. */
    retryAfterMs;
    constructor(code, message, options = {}) {
        super(code, (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message), options.hint === undefined ? options : { ...options, hint: (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(options.hint) });
        this.name = 'OciError';
        this.status = options.status;
        this.retryAfterMs = options.retryAfterMs;
    }
}


/***/ }),

/***/ 23940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   my: () => (/* binding */ formatImageReference),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony export DOCKER_HUB_API_HOST */
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99118);



/** Docker Hub under its canonical name; `index.docker.io` and `registry-1.docker.io` are aliases of it. */
const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API_HOST]);
// The distribution spec's grammar (distribution/reference): lowercase components joined by ., _, __ or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const MAX_REFERENCE_LENGTH = 4096;
const MAX_REPOSITORY_LENGTH = 255;
/**
 * Parses an image reference as docker does: a first path component that has a dot or a port, or is
 * `localhost`, names the registry, otherwise Docker Hub; Docker Hub's one-component names live under
 * `library/`. Repositories must be lowercase (a registry would store `Alpine` and `alpine` apart).
 */
function parseImageReference(input) {
    // A reference written as a URL's authority with a password (user:password@host/..., the password holding a / or an @ too) would be
    // quoted back in every error and log line. In a reference an @ comes only before a digest (algorithm:hex).
    const authority = input.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const firstAt = authority.indexOf('@');
    if (firstAt !== -1 && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[^/@:]*$/i.test(authority.slice(firstAt + 1))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', 'an image reference holds an @ that no digest follows, as credentials would (user:password@ before the registry): references carry none, and it is not quoted here', {
            hint: 'name the image as registry/repository[:tag][@sha256:<hex>], and log in with --registry-username and the password in TRUST_KIT_REGISTRY_PASSWORD (or docker login)',
        });
    }
    const shown = JSON.stringify(input.length > 200 ? `${input.slice(0, 200)}...` : input);
    const invalid = (why, hint = 'write it as [registry[:port]/]repository[:tag][@sha256:<hex>], e.g. ghcr.io/acme/app:v1') => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${why}`, { hint });
    if (input.length === 0 || input.length > MAX_REFERENCE_LENGTH)
        throw invalid(`its length must be between 1 and ${MAX_REFERENCE_LENGTH}`);
    if (/\s/.test(input))
        throw invalid('it contains white space');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        try {
            const parsed = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigestReference */ .Dn)(rest.slice(at + 1));
            digest = `${parsed.algorithm}:${parsed.hex}`;
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${error.message}`, { cause: error, hint: error.hint });
        }
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(`tag "${tag.slice(0, 140)}" must be 1-128 letters, digits, _, . or -, not starting with . or -`);
    }
    const firstSlash = rest.indexOf('/');
    const first = firstSlash === -1 ? '' : rest.slice(0, firstSlash);
    const namesRegistry = firstSlash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
    let registry = namesRegistry ? first.toLowerCase() : DOCKER_HUB;
    let repository = namesRegistry ? rest.slice(firstSlash + 1) : rest;
    if (namesRegistry)
        checkRegistry(registry, invalid);
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw invalid('it names no repository');
    if (repository !== repository.toLowerCase()) {
        throw invalid('repository names must be lowercase', `write the repository as "${repository.toLowerCase()}"`);
    }
    if (repository.length > MAX_REPOSITORY_LENGTH)
        throw invalid(`the repository is longer than ${MAX_REPOSITORY_LENGTH} characters`);
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw invalid(`repository component "${component.slice(0, 140)}" must be lowercase letters and digits, separated by ., _, __ or -`);
        }
    }
    return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
function checkRegistry(registry, invalid) {
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(registry);
    const plain = /^([^:]+)(?::(\d+))?$/.exec(registry);
    const port = bracketed?.[2] ?? plain?.[2];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535 || port !== String(Number(port)))) {
        throw invalid(`registry port "${port}" must be a number from 1 to 65535`);
    }
    if (bracketed)
        return;
    const host = plain?.[1];
    if (host === undefined || host.length > 253 || !host.split('.').every((label) => HOST_LABEL.test(label))) {
        throw invalid(`registry "${registry.slice(0, 140)}" is not a host name with an optional port`);
    }
}
/** The host (and port) to send registry API requests to for a registry name. */
function registryApiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
}
/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */
function formatImageReference(reference) {
    return `${reference.registry}/${reference.repository}${reference.tag === undefined ? '' : `:${reference.tag}`}${reference.digest === undefined ? '' : `@${reference.digest}`}`;
}
/** The same repository pinned to `digest`, without the tag: what trust-kit signs. */
function withDigest(reference, digest) {
    return { registry: reference.registry, repository: reference.repository, digest };
}


/***/ }),

/***/ 57308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImagesStep: () => (/* binding */ runImagesStep),
  runResolveImagesStep: () => (/* binding */ runResolveImagesStep)
});

// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/proxy.js
var core_proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
// EXTERNAL MODULE: ./lib/oci/errors.js
var oci_errors = __webpack_require__(99118);
;// CONCATENATED MODULE: ./lib/oci/auth.js


const MAX_CHALLENGE_LENGTH = 8192;
const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
/**
 * Parses a `WWW-Authenticate` header (RFC 9110 11.6.1): one or more challenges, each a scheme and
 * comma-separated `name=value` parameters whose values may be quoted strings with escapes.
 */
function parseChallenges(header) {
    const invalid = (why) => new oci_errors/* OciError */.M('OCI_AUTH_CHALLENGE_INVALID', `the registry's WWW-Authenticate header is invalid: ${why}`, {
        hint: 'the registry (or a proxy in front of it) sent a malformed authentication challenge; report it to its operators',
    });
    if (header.length > MAX_CHALLENGE_LENGTH)
        throw invalid(`it is longer than ${MAX_CHALLENGE_LENGTH} characters`);
    const challenges = [];
    let at = 0;
    const skipSpace = () => {
        while (at < header.length && (header[at] === ' ' || header[at] === '\t'))
            at += 1;
    };
    const token = () => {
        TOKEN.lastIndex = at;
        const match = TOKEN.exec(header);
        if (!match)
            return undefined;
        at += match[0].length;
        return match[0];
    };
    while (at < header.length) {
        skipSpace();
        if (header[at] === ',') {
            at += 1;
            continue;
        }
        const scheme = token();
        if (scheme === undefined)
            throw invalid(`unexpected "${(0,logger/* printable */.g$)(header.slice(at, at + 20))}" at ${at}`);
        const params = {};
        challenges.push({ scheme: scheme.toLowerCase(), params });
        for (;;) {
            skipSpace();
            const start = at;
            const name = token();
            if (name === undefined)
                break;
            skipSpace();
            if (header[at] !== '=') {
                // A token without "=" starts the next challenge.
                at = start;
                break;
            }
            at += 1;
            skipSpace();
            let value;
            if (header[at] === '"') {
                at += 1;
                value = '';
                for (;;) {
                    const char = header[at];
                    if (char === undefined)
                        throw invalid('a quoted value is not closed');
                    at += 1;
                    if (char === '"')
                        break;
                    if (char === '\\') {
                        const escaped = header[at];
                        if (escaped === undefined)
                            throw invalid('a quoted value ends in a backslash');
                        value += escaped;
                        at += 1;
                    }
                    else
                        value += char;
                }
            }
            else
                value = token();
            if (value === undefined)
                throw invalid(`parameter ${name} has no value`);
            params[name.toLowerCase()] = value;
            skipSpace();
            if (header[at] === ',')
                at += 1;
            else
                break;
        }
    }
    return challenges;
}
/** A `scope` for the token service: `repository:<name>:<actions>`. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/core/digest.js
var core_digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/core/retry.js
var retry = __webpack_require__(7493);
// EXTERNAL MODULE: ./lib/core/transfer-rate.js
var transfer_rate = __webpack_require__(92447);
// EXTERNAL MODULE: ./lib/secrets/forms.js
var secrets_forms = __webpack_require__(79930);
// EXTERNAL MODULE: ./lib/secrets/index.js + 14 modules
var secrets = __webpack_require__(70554);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(18067);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/oci/reference.js
var oci_reference = __webpack_require__(23940);
;// CONCATENATED MODULE: ./lib/oci/credentials.js






/** Credentials given explicitly (inputs, flags, `GITHUB_TOKEN` for ghcr.io), keyed by registry name. */
function staticCredentials(entries) {
    const byRegistry = new Map(Object.entries(entries).map(([registry, credentials]) => [normalizeRegistryKey(registry), credentials]));
    return { credentialsFor: async (registry) => byRegistry.get(normalizeRegistryKey(registry)) };
}
/** The first source that has credentials for a registry wins: explicit inputs before docker's config, say. */
function chainCredentials(...sources) {
    return {
        async credentialsFor(registry) {
            for (const source of sources) {
                const found = await source.credentialsFor(registry);
                if (found)
                    return found;
            }
            return undefined;
        },
        close() {
            for (const source of sources)
                source.close?.();
        },
    };
}
const MAX_DOCKER_CONFIG_BYTES = 1024 * 1024;
const MAX_HELPER_OUTPUT_BYTES = 64 * 1024;
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/**
 * Credentials from a docker `config.json`, looked up as the docker CLI does: the registry's
 * `credHelpers` entry, else the `credsStore` (falling back to `auths` when the store has none),
 * else `auths` (`auth` is base64 `user:password`; `identitytoken` is a refresh token). The file is
 * checked here; helpers run, and `auths` is read again, only when a registry is asked for: its
 * passwords are kept as bytes, wiped by close(), never as the strings JSON.parse makes of them.
 */
function dockerConfigCredentials(configBytes, source, runHelper = runCredentialHelper) {
    const invalid = (why, cause) => new oci_errors/* OciError */.M('OCI_CREDENTIALS_INVALID', `docker config ${source} is invalid: ${why}`, {
        cause,
        hint: 'fix the file (docker login rewrites it), or point DOCKER_CONFIG at another directory',
    });
    const parse = (bytes) => {
        let config;
        try {
            // Decoded through a view, not a copy: a copy would hold every password in one more place.
            config = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
        }
        catch (error) {
            // JSON.parse's message quotes the text around the fault, which may be a password: only its position is kept.
            throw invalid(`it is not valid JSON${jsonErrorPosition(error)}`);
        }
        if (typeof config !== 'object' || config === null || Array.isArray(config))
            throw invalid('it is not a JSON object');
        return config;
    };
    const { auths = {}, credsStore, credHelpers = {} } = parse(configBytes);
    if (typeof auths !== 'object' || auths === null)
        throw invalid('"auths" is not an object');
    if (credsStore !== undefined && (typeof credsStore !== 'string' || !HELPER_NAME.test(credsStore)))
        throw invalid('"credsStore" is not a helper name');
    if (typeof credHelpers !== 'object' || credHelpers === null)
        throw invalid('"credHelpers" is not an object');
    const helpers = new Map();
    for (const [key, helper] of Object.entries(credHelpers)) {
        if (typeof helper !== 'string' || !HELPER_NAME.test(helper))
            throw invalid(`credHelpers["${key.slice(0, 100)}"] is not a helper name`);
        helpers.set(normalizeRegistryKey(key), helper);
    }
    const listed = new Set(Object.keys(auths).map(normalizeRegistryKey));
    // The caller wipes its bytes; this copy (a Buffer, so it can be wiped; Buffer.alloc, out of the shared pool) is read again for each registry asked for.
    let kept;
    if (listed.size > 0) {
        kept = Buffer.alloc(configBytes.length);
        kept.set(configBytes);
    }
    /** The `auths` entry of a registry, from a fresh parse whose strings are garbage once its secret is in protected memory. */
    const entryOf = (key) => {
        let entry;
        if (kept === undefined || !listed.has(key))
            return undefined;
        // As the map of the first reading did: of entries naming the same registry, the last wins.
        for (const [name, value] of Object.entries(parse(kept).auths))
            if (normalizeRegistryKey(name) === key)
                entry = value;
        return entry;
    };
    /** Every secret handed out, wiped by close(): a password or token is not kept past the client that asked for it. */
    const made = new Set();
    const lookUp = async (registry) => {
        const key = normalizeRegistryKey(registry);
        const helper = helpers.get(key) ?? (typeof credsStore === 'string' ? credsStore : undefined);
        if (helper !== undefined) {
            const output = await runHelper(helper, helperServerUrl(key));
            if (output !== undefined)
                return parseHelperOutput(output, helper, registry);
            if (helpers.has(key))
                return undefined;
        }
        const entry = entryOf(key);
        return entry === undefined ? undefined : parseAuthEntry(entry, `auths["${registry}"]`, invalid);
    };
    return {
        async credentialsFor(registry) {
            const found = await lookUp(registry);
            if (found !== undefined)
                made.add(found.secret);
            return found;
        },
        close() {
            for (const secret of made)
                secret.destroy();
            made.clear();
            kept?.fill(0);
        },
    };
}
/** Reads docker's config.json (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, chosen by the entry point); undefined when there is none. */
async function loadDockerConfig(path, runHelper) {
    let bytes;
    try {
        bytes = await (0,files/* readRegularFile */.XF)(path, { maxBytes: MAX_DOCKER_CONFIG_BYTES, what: 'docker config' });
    }
    catch (error) {
        if ((0,errors/* systemErrorCode */.vq)(error) === 'ENOENT')
            return undefined;
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new oci_errors/* OciError */.M('OCI_CREDENTIALS_INVALID', `docker config ${path} cannot be read: ${(0,errors/* messageOf */.bD)(error)}`, { cause: error, hint: 'check the file\'s permissions' });
    }
    try {
        return dockerConfigCredentials(bytes, path, runHelper);
    }
    finally {
        bytes.fill(0);
    }
}
function parseAuthEntry(entry, where, invalid) {
    if (typeof entry !== 'object' || entry === null)
        throw invalid(`${where} is not an object`);
    const { auth, identitytoken, username, password } = entry;
    if (typeof auth === 'string' && auth.length > 0) {
        const decoded = Buffer.from(auth, 'base64');
        try {
            const colon = decoded.indexOf(0x3a);
            if (colon <= 0)
                throw invalid(`${where}.auth is not base64 of "username:password"`);
            const user = decoded.subarray(0, colon).toString('utf8');
            if (typeof identitytoken === 'string' && identitytoken.length > 0) {
                return { username: user, secret: secrets/* SecretBuffer */.pP.from(Buffer.from(identitytoken, 'utf8')), identityToken: true };
            }
            return { username: user, secret: secrets/* SecretBuffer */.pP.from(Buffer.from(decoded.subarray(colon + 1))) };
        }
        finally {
            decoded.fill(0);
        }
    }
    if (typeof username === 'string' && typeof password === 'string' && username.length > 0) {
        return { username, secret: secrets/* SecretBuffer */.pP.from(Buffer.from(password, 'utf8')) };
    }
    // `{}` entries are what docker login leaves when a credsStore holds the secret.
    return undefined;
}
function parseHelperOutput(output, helper, registry) {
    const refused = (why) => new oci_errors/* OciError */.M('OCI_CREDENTIAL_HELPER_FAILED', `docker-credential-${helper} answered for ${registry} with something that is not its JSON: ${why}`, {
        hint: `run "docker-credential-${helper} get" by hand to see what it prints`,
    });
    try {
        let parsed;
        try {
            parsed = JSON.parse(output.toString('utf8'));
        }
        catch (error) {
            // Not the parser's message: it quotes the output, which holds the secret.
            throw refused(`it is not valid JSON${jsonErrorPosition(error)}`);
        }
        if (typeof parsed.Username !== 'string' || typeof parsed.Secret !== 'string' || parsed.Secret.length === 0)
            throw refused('it has no Username and Secret strings');
        // docker-credential-helpers' convention: the username "<token>" marks an identity (refresh) token.
        const identityToken = parsed.Username === '<token>';
        return { username: parsed.Username, secret: secrets/* SecretBuffer */.pP.from(Buffer.from(parsed.Secret, 'utf8')), ...(identityToken ? { identityToken } : {}) };
    }
    finally {
        output.fill(0);
    }
}
/** " at position N" from a JSON.parse error, without the text it quotes. */
function jsonErrorPosition(error) {
    const position = /position (\d+)/.exec((0,errors/* messageOf */.bD)(error))?.[1];
    return position === undefined ? '' : ` (at position ${position})`;
}
/** The key docker uses for a registry: its host, with Docker Hub under `https://index.docker.io/v1/`'s canonical name. */
function normalizeRegistryKey(key) {
    const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0]?.toLowerCase() ?? '';
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? oci_reference/* DOCKER_HUB */.Xb : host;
}
function helperServerUrl(key) {
    return key === oci_reference/* DOCKER_HUB */.Xb ? 'https://index.docker.io/v1/' : key;
}
/** How long a helper that has exited may still take to hand over what it wrote before its pipes are closed. */
const HELPER_PIPE_GRACE_MS = 1000;
/**
 * Runs a docker credential helper from PATH, bounded in output and time, whatever processes it
 * leaves behind: without a shell, but on Windows through cmd.exe, which alone finds and runs a
 * helper installed as a `.cmd` shim (gcloud's) as docker does, by PATHEXT.
 */
function runCredentialHelper(helper, serverUrl, timeoutMs = 30_000, platform = process.platform) {
    const program = `docker-credential-${helper}`;
    // The name is the whole command line cmd.exe reads: nothing in it may need quoting.
    if (!HELPER_NAME.test(helper))
        return Promise.reject(new oci_errors/* OciError */.M('OCI_CREDENTIALS_INVALID', `"${helper.slice(0, 100)}" is not a docker credential helper name`, { hint: 'name a helper by letters, digits, ".", "_" and "-" only, as docker-credential-<name>' }));
    return new Promise((resolve, reject) => {
        const env = (0,secrets/* childEnvironment */.Qc)();
        // The helper needs its own settings (HOME, a keychain's D-Bus address, a cloud's credentials), not the job's secrets.
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'], ...(env === undefined ? {} : { env }), ...(platform === 'win32' ? { shell: true } : {}) });
        // A process the helper left running (`sleep 300 &`) holds its pipes open, and `close` waits for every holder: the pipes are
        // closed at the deadline, and soon after the helper itself has exited, so the bound holds whatever it started.
        const closePipes = () => {
            child.stdout.destroy();
            child.stderr.destroy();
        };
        // Not spawn's own `timeout`: its timer outlives a helper that could not start, holding the process for the whole timeout.
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            closePipes();
        }, timeoutMs);
        let afterExit;
        child.on('exit', () => {
            afterExit = setTimeout(closePipes, HELPER_PIPE_GRACE_MS);
        });
        const out = [];
        let outBytes = 0;
        let err = '';
        child.stdout.on('data', (chunk) => {
            outBytes += chunk.length;
            if (outBytes > MAX_HELPER_OUTPUT_BYTES)
                child.kill();
            else
                out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 4096)
                err += chunk.toString('utf8');
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new oci_errors/* OciError */.M('OCI_CREDENTIAL_HELPER_FAILED', `${program} cannot be run: ${(0,errors/* messageOf */.bD)(error)}`, {
                cause: error,
                hint: `install ${program} or remove it from docker's config.json (credsStore / credHelpers)`,
            }));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(afterExit);
            const stdout = Buffer.concat(out);
            out.forEach((chunk) => chunk.fill(0));
            if (code === 0 && outBytes <= MAX_HELPER_OUTPUT_BYTES)
                return resolve(stdout);
            // docker-credential-helpers print "credentials not found in native keychain" (on stdout) for an unknown server.
            const notFound = code !== 0 && (/credentials not found/i.test(err) || stdout.includes('credentials not found'));
            stdout.fill(0);
            if (notFound)
                return resolve(undefined);
            reject(
            // What the helper printed is not quoted: it may hold the very credentials it guards (a session token it calls expired),
            // which trust-kit never held and so cannot redact.
            new oci_errors/* OciError */.M('OCI_CREDENTIAL_HELPER_FAILED', `${program} get ${serverUrl} failed (${signal ?? `exit ${code}`}${err.trim() === '' ? ', no message' : '; its message is not shown, since it may hold credentials'})`, {
                hint: `run "echo ${serverUrl} | ${program} get" by hand to see its message; log in again if its session expired`,
            }));
        });
        // A helper that exits without reading the server URL closes its stdin under the write: EPIPE, which its exit code answers for.
        child.stdin.on('error', () => undefined);
        child.stdin.end(serverUrl);
    });
}

// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
;// CONCATENATED MODULE: ./lib/oci/manifest.js





/** Media types of the manifests a registry serves, OCI's and Docker's. */
const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
};
/** Every manifest media type the client accepts, for the Accept header. */
const MANIFEST_MEDIA_TYPES = [
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerManifest,
    MEDIA_TYPES.dockerManifestList,
];
const INDEX_MEDIA_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
const IMAGE_MEDIA_TYPES = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
/** The largest manifest the client reads or writes: the 4 MiB registries themselves enforce. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The annotation cosign 3 and trust-kit write on a referrer (and a registry copies into its listing): when it was made. */
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
/**
 * Referrers newest first by the time their listing says they were made (RFC 3339, which sorts as
 * text in UTC), those without one after, in the registry's order: a bound on the referrers read
 * then keeps an image's latest signatures, which a registry listing by digest would leave to chance.
 */
function newestFirst(descriptors) {
    const created = (descriptor) => {
        const value = descriptor.annotations?.[CREATED_ANNOTATION];
        return value !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(value) ? value : '';
    };
    return descriptors.map((descriptor, index) => ({ descriptor, index, time: created(descriptor) })).sort((a, b) => (a.time === b.time ? a.index - b.index : a.time < b.time ? 1 : -1)).map(({ descriptor }) => descriptor);
}
/** Whether a media type is a multi-platform index. */
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.has(mediaType);
}
/**
 * Parses manifest bytes. The media type comes from the document when it names one, else from the
 * response's Content-Type; a document that names a type other than the one served is refused, as is
 * schema 1 and anything whose descriptors are malformed.
 */
function parseManifest(bytes, contentType, source) {
    // The reasons quote the document (its media types, digests, annotation keys) and the Content-Type: the registry's text.
    const hint = 'the registry returned something that is not an OCI or Docker v2 manifest; check the reference';
    // What the registry sent is quoted in `why` (a manifest holds up to 4 MiB): one printable line, bounded.
    const invalid = (why) => new oci_errors/* OciError */.M('OCI_MANIFEST_INVALID', `manifest ${source} is invalid: ${(0,quote/* boundedText */.LD)(why, 600)}`, { hint });
    let document;
    try {
        document = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        throw new oci_errors/* OciError */.M('OCI_MANIFEST_INVALID', `manifest ${source} is not JSON: ${(0,logger/* printable */.g$)(error.message)}`, { cause: error, hint });
    }
    if (!isRecord(document))
        throw invalid('it is not a JSON object');
    if (document.schemaVersion !== 2)
        throw invalid(`schemaVersion is ${(0,quote/* quoted */.TL)(document.schemaVersion)}, only 2 is supported`);
    const served = contentType?.split(';')[0]?.trim();
    const named = document.mediaType;
    if (named !== undefined && typeof named !== 'string')
        throw invalid('mediaType is not a string');
    if (named !== undefined && served !== undefined && MANIFEST_MEDIA_TYPES.includes(served) && named !== served) {
        throw invalid(`it says it is ${named} but was served as ${served}`);
    }
    const mediaType = named ?? served ?? (Array.isArray(document.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest);
    const common = {
        schemaVersion: 2,
        mediaType,
        ...optionalString(document, 'artifactType', invalid),
        ...(document.subject === undefined ? {} : { subject: parseDescriptor(document.subject, 'subject', invalid) }),
        ...(document.annotations === undefined ? {} : { annotations: parseAnnotations(document.annotations, 'annotations', invalid) }),
    };
    if (INDEX_MEDIA_TYPES.has(mediaType)) {
        if (!Array.isArray(document.manifests))
            throw invalid('an index needs a manifests array');
        const manifests = document.manifests.map((entry, i) => parseDescriptor(entry, `manifests[${i}]`, invalid));
        return { kind: 'index', manifest: { ...common, manifests } };
    }
    if (IMAGE_MEDIA_TYPES.has(mediaType)) {
        if (!Array.isArray(document.layers))
            throw invalid('an image manifest needs a layers array');
        const config = parseDescriptor(document.config, 'config', invalid);
        const layers = document.layers.map((entry, i) => parseDescriptor(entry, `layers[${i}]`, invalid));
        return { kind: 'image', manifest: { ...common, config, layers } };
    }
    throw invalid(`media type ${mediaType} is not one of ${MANIFEST_MEDIA_TYPES.join(', ')}`);
}
function parseDescriptor(value, where, invalid) {
    if (!isRecord(value))
        throw invalid(`${where} is not an object`);
    const { mediaType, digest, size } = value;
    if (typeof mediaType !== 'string' || mediaType.length === 0)
        throw invalid(`${where}.mediaType is missing`);
    if (typeof digest !== 'string')
        throw invalid(`${where}.digest is missing`);
    try {
        (0,core_digest/* parseDigestReference */.Dn)(digest);
    }
    catch (error) {
        if (!(0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw invalid(`${where}.digest: ${error.message}`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        throw invalid(`${where}.size is not a non-negative integer`);
    let platform;
    if (value.platform !== undefined) {
        const p = value.platform;
        if (!isRecord(p) || typeof p.architecture !== 'string' || typeof p.os !== 'string' || (p.variant !== undefined && typeof p.variant !== 'string')) {
            throw invalid(`${where}.platform needs string architecture and os`);
        }
        platform = { architecture: p.architecture, os: p.os, ...(typeof p.variant === 'string' ? { variant: p.variant } : {}) };
    }
    return {
        mediaType,
        digest,
        size,
        ...optionalString(value, 'artifactType', invalid),
        ...(value.annotations === undefined ? {} : { annotations: parseAnnotations(value.annotations, `${where}.annotations`, invalid) }),
        ...(platform === undefined ? {} : { platform }),
    };
}
function parseAnnotations(value, where, invalid) {
    if (!isRecord(value))
        throw invalid(`${where} is not an object`);
    const annotations = {};
    for (const [key, entry] of Object.entries(value)) {
        if (typeof entry !== 'string')
            throw invalid(`${where}[${JSON.stringify(key.slice(0, 100))}] is not a string`);
        annotations[key] = entry;
    }
    return annotations;
}
function optionalString(record, key, invalid) {
    const value = record[key];
    if (value === undefined)
        return {};
    if (typeof value !== 'string')
        throw invalid(`${key} is not a string`);
    return { [key]: value };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./lib/core/capped-body.js
var capped_body = __webpack_require__(36911);
// EXTERNAL MODULE: ./lib/core/proxied-fetch.js
var proxied_fetch = __webpack_require__(25643);
;// CONCATENATED MODULE: ./lib/oci/transport.js










/** A transport over node:http and node:https with keep-alive connections. */
function nodeTransport(options) {
    const httpOptions = { keepAlive: true, maxSockets: 16 };
    const ca = options.ca === undefined ? undefined : Array.isArray(options.ca) ? options.ca : [options.ca];
    // Giving `ca` replaces the process's default trust; the extra authorities are meant to add to it. Not
    // `rootCertificates`, the bundled roots alone: a runner's NODE_EXTRA_CA_CERTS (a TLS-inspecting proxy's CA) would be dropped.
    const httpsOptions = { ...httpOptions, ...(ca === undefined ? {} : { ca: [...(0,external_node_tls_.getCACertificates)('default'), ...ca] }), rejectUnauthorized: options.skipTlsVerify !== true };
    const http = new external_node_http_.Agent(httpOptions);
    const https = new external_node_https_.Agent(httpsOptions);
    // A registry behind the proxy is reached through it with the same TLS trust (checked at the registry, through the tunnel).
    const proxied = new core_proxy.ProxyAgents(options.proxy ?? core_proxy.NO_PROXY_SETTINGS, { http: httpOptions, https: httpsOptions, tunnelTimeoutMs: options.timeoutMs });
    return {
        send(request) {
            return new Promise((resolve, reject) => {
                const secure = request.url.protocol === 'https:';
                const send = secure ? external_node_https_.request : external_node_http_.request;
                const body = request.body;
                const headers = { 'user-agent': options.userAgent, ...request.headers };
                if (body instanceof Uint8Array)
                    headers['content-length'] = String(body.byteLength);
                else if (body === undefined && request.method !== 'GET' && request.method !== 'HEAD')
                    headers['content-length'] = '0';
                // The socket's idle timeout alone would wait forever for header lines that trickle in one by one;
                // the answer is due within the timeout once the request is sent (an upload may take longer to send).
                let deadline;
                let answered = false;
                const agent = proxied.agentFor(request.url);
                // A failure through a proxy names it: a tunnel it closed during the TLS handshake says only "socket disconnected".
                const proxy = agent === undefined ? undefined : (0,core_proxy.proxyFor)(request.url, proxied.settings);
                const outgoing = send(request.url, { method: request.method, agent: agent ?? (secure ? https : http), timeout: options.timeoutMs }, (response) => {
                    answered = true;
                    clearTimeout(deadline);
                    resolve({ status: response.statusCode ?? 0, url: request.url, headers: response.headers, body: response });
                });
                (0,proxied_fetch/* setHeaders */.lL)(outgoing, headers);
                outgoing.on('finish', () => {
                    if (!answered)
                        deadline = setTimeout(() => outgoing.destroy(timedOut(`no complete answer from ${request.url.host} within ${options.timeoutMs} ms of the request`)), options.timeoutMs);
                });
                outgoing.on('timeout', () => {
                    outgoing.destroy(timedOut(`no answer from ${request.url.host} within ${options.timeoutMs} ms`));
                });
                outgoing.on('error', (error) => {
                    clearTimeout(deadline);
                    reject((0,proxied_fetch/* throughProxy */.EU)(error, proxy));
                });
                if (body === undefined)
                    outgoing.end();
                else if (body instanceof Uint8Array)
                    outgoing.end(body);
                else
                    (0,promises_.pipeline)(external_node_stream_.Readable.from(body()), outgoing).catch((error) => outgoing.destroy(error));
            });
        },
        close() {
            http.destroy();
            https.destroy();
            proxied.destroy();
        },
    };
}
/**
 * Reads a whole response body, refusing one larger than `maxBytes` before and while it arrives, and
 * abandoning one that has not ended within `timeoutMs` while arriving slower than
 * MIN_TRANSFER_BYTES_PER_SECOND (core/transfer-rate) on average (an ETIMEDOUT failure, which is retried): each byte
 * within the idle timeout, a trickle would otherwise hold the read for as long as the cap allows.
 */
async function readBody(response, maxBytes, what, timeoutMs) {
    const watch = (0,transfer_rate/* watchTransferRate */.R)(timeoutMs, (detail) => response.body.destroy(timedOut(`${what} from ${response.url.host} came ${detail}`)));
    async function* counted() {
        for await (const chunk of response.body) {
            watch.moved(chunk.length);
            yield chunk;
        }
    }
    try {
        return await (0,capped_body/* readCapped */.E)({ chunks: counted(), declaredLength: response.headers['content-length'], close: () => response.body.destroy() }, maxBytes, () => tooLarge(what, maxBytes));
    }
    finally {
        watch.stop();
    }
}
/** Reads and drops a body (at most a small one, within `timeoutMs`), so the connection can serve the next request. */
async function discardBody(response, timeoutMs) {
    try {
        await readBody(response, 64 * 1024, 'an ignored response', timeoutMs);
    }
    catch {
        response.body.destroy();
    }
}
function timedOut(message) {
    return Object.assign(new Error(message), { code: 'ETIMEDOUT' });
}
function tooLarge(what, maxBytes) {
    return new oci_errors/* OciError */.M('OCI_TOO_LARGE', `${what} is larger than ${maxBytes} bytes`, {
        hint: 'the registry sent more than trust-kit reads for this kind of content; check the reference, or raise the limit if the content is genuine',
    });
}

;// CONCATENATED MODULE: ./lib/oci/client.js


















const MAX_ERROR_BODY_BYTES = 64 * 1024;
const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 5;
const MAX_REFERRER_PAGES = 64;
/**
 * The most referrers one listing holds across its pages: an image re-signed daily for years has a
 * few thousand; 64 pages of 4 MiB hold millions of descriptors, and a gigabyte of memory with them.
 */
const MAX_REFERRERS = 10_000;
/**
 * Referrers whose type is looked up in their own manifest, at most, per listing, newest first:
 * go-containerregistry's registry lists every referrer with the empty config's type, so on it this
 * bounds the referrers of any type an image may have before one is missed (and reported).
 */
const MAX_ARTIFACT_TYPE_LOOKUPS = 1024;
/** The errors of a referrer's manifest that its content causes, which whoever pushed it chose: the lookup of its type is then unresolved, not the listing's failure. */
const UNRESOLVED_LOOKUP_CODES = new Set(['OCI_MANIFEST_INVALID', 'OCI_TOO_LARGE', 'OCI_DIGEST_MISMATCH']);
const TOKEN_REFRESH_MARGIN_MS = 10_000;
/** A token fit for `Authorization: Bearer`: visible ASCII, no space (RFC 6750's b64token and the JWTs registries issue are within it). */
const BEARER_TOKEN = /^[\x21-\x7e]+$/;
/** No token service issues a shorter token; one would be masked in the log wherever its letters occur. */
const MIN_TOKEN_LENGTH = 4;
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE']);
// Node's codes for a certificate chain it could not verify or a name it does not cover.
const TLS_TRUST_CODES = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_UNTRUSTED']);
/**
 * A client of the OCI distribution API for many registries at once: challenge-driven auth (Basic,
 * Bearer token services), manifests and blobs checked against their digests, uploads (monolithic,
 * chunked, cross-repository mounts), referrers (API or tag schema), and retries within a budget.
 */
class RegistryClient {
    #credentials;
    #plainHttp;
    #retry;
    #sleep;
    #transport;
    #auth = new Map();
    #credentialLookups = new Map();
    #totalBudgetMs;
    #spentMs = 0;
    constructor(options = {}) {
        this.#credentials = options.credentials;
        this.#plainHttp = typeof options.plainHttp === 'boolean' || options.plainHttp === undefined ? options.plainHttp === true : new Set(options.plainHttp);
        this.#retry = options.retry ?? retry/* DEFAULT_RETRY_POLICY */.cO;
        this.#sleep = options.sleep;
        this.#totalBudgetMs = options.totalBudgetMs;
        this.#transport =
            options.transport ??
                nodeTransport({
                    timeoutMs: this.#retry.timeoutMs,
                    userAgent: `trust-kit/${version/* VERSION */.x}`,
                    ...(options.ca === undefined ? {} : { ca: options.ca }),
                    ...(options.skipTlsVerify === undefined ? {} : { skipTlsVerify: options.skipTlsVerify }),
                    ...(options.proxy === undefined ? {} : { proxy: options.proxy }),
                });
    }
    /** Closes the client's connections (call it when done, so the process can exit) and wipes its tokens and the credentials its source made. */
    close() {
        this.#transport.close();
        this.#credentials?.close?.();
        for (const state of this.#auth.values())
            forgetTokens(state);
    }
    /**
     * Fetches the manifest a reference names (its digest when it has one, else its tag) and pins it:
     * the digest is computed from the bytes received. A manifest whose bytes do not hash to the digest
     * asked for, or to the digest the registry claims for a tag, is refused.
     */
    async getManifest(reference, accept = MANIFEST_MEDIA_TYPES) {
        const target = reference.digest === undefined ? checkedTag(reference.tag ?? 'latest') : normalizedDigest(reference.digest);
        reference = reference.digest === undefined ? reference : { ...reference, digest: target };
        const shown = (0,oci_reference/* formatImageReference */.my)(reference);
        return this.#withRetry(`GET manifest ${shown}`, async () => {
            const response = await this.#call(reference, {
                method: 'GET',
                url: this.#url(reference, `/manifests/${target}`),
                headers: { accept: accept.join(', ') },
                scopes: [repositoryScope(reference.repository, 'pull')],
            });
            await this.#expect(response, [200], `manifest ${shown}`);
            const bytes = await this.#read(response, MAX_MANIFEST_BYTES, `manifest ${shown}`);
            const algorithm = reference.digest === undefined ? 'sha256' : (0,core_digest/* parseDigestReference */.Dn)(reference.digest).algorithm;
            const digest = `${algorithm}:${(0,core_digest/* digestBytes */.QN)(algorithm, bytes)}`;
            const claimed = header(response, 'docker-content-digest');
            if (reference.digest !== undefined && digest !== reference.digest)
                throw digestMismatch(`manifest ${shown}`, reference.digest, digest);
            if (claimed !== undefined && claimed.startsWith(`${algorithm}:`) && claimed !== digest)
                throw digestMismatch(`manifest ${shown}`, claimed, digest);
            const manifest = parseManifest(bytes, header(response, 'content-type'), shown);
            return { reference: (0,oci_reference/* withDigest */.hQ)(reference, digest), bytes, mediaType: manifest.manifest.mediaType, manifest };
        });
    }
    /** Resolves a reference to the digest of its manifest, once: what is signed and printed. */
    async resolve(reference) {
        return this.getManifest(reference);
    }
    /**
     * Uploads a manifest under a tag or its own digest and returns its digest, and the subject the
     * registry says it recorded (the OCI-Subject header of registries with the referrers API).
     */
    async putManifest(repository, bytes, mediaType, tag) {
        if (bytes.byteLength > MAX_MANIFEST_BYTES) {
            throw new oci_errors/* OciError */.M('OCI_TOO_LARGE', `manifest for ${repository.registry}/${repository.repository} is ${bytes.byteLength} bytes, more than the ${MAX_MANIFEST_BYTES} registries accept`, {
                hint: 'split the index or drop annotations',
            });
        }
        const digest = `sha256:${(0,core_digest/* digestBytes */.QN)('sha256', bytes)}`;
        const target = tag === undefined ? digest : checkedTag(tag);
        const shown = `${repository.registry}/${repository.repository}${tag === undefined ? `@${digest}` : `:${tag}`}`;
        return this.#withRetry(`PUT manifest ${shown}`, async () => {
            const response = await this.#call(repository, {
                method: 'PUT',
                url: this.#url(repository, `/manifests/${target}`),
                headers: { 'content-type': mediaType },
                body: bytes,
                scopes: [repositoryScope(repository.repository, 'pull,push')],
            });
            await this.#expect(response, [201, 200], `manifest ${shown}`);
            await this.#discard(response);
            const stored = header(response, 'docker-content-digest');
            if (stored !== undefined && stored.startsWith('sha256:') && stored !== digest)
                throw digestMismatch(`stored manifest ${shown}`, digest, stored);
            const subjectDigest = header(response, 'oci-subject');
            return { digest, ...(subjectDigest === undefined ? {} : { subjectDigest }) };
        });
    }
    /** Whether the repository holds a blob, by HEAD. */
    async blobExists(repository, digest) {
        digest = normalizedDigest(digest);
        return this.#withRetry(`HEAD blob ${digest}`, async () => {
            const response = await this.#call(repository, {
                method: 'HEAD',
                url: this.#url(repository, `/blobs/${digest}`),
                scopes: [repositoryScope(repository.repository, 'pull')],
            });
            response.body.resume();
            if (response.status === 404)
                return false;
            await this.#expect(response, [200], `blob ${digest}`);
            return true;
        });
    }
    /** Reads a whole blob of at most `maxBytes`, checked against its digest. */
    async readBlob(repository, digest, maxBytes) {
        digest = normalizedDigest(digest);
        return this.#withRetry(`GET blob ${digest}`, async () => {
            const response = await this.#openBlobResponse(repository, digest);
            const bytes = await this.#read(response, maxBytes, `blob ${digest}`);
            const { algorithm } = (0,core_digest/* parseDigestReference */.Dn)(digest);
            const actual = `${algorithm}:${(0,core_digest/* digestBytes */.QN)(algorithm, bytes)}`;
            if (actual !== digest)
                throw digestMismatch(`blob ${repository.registry}/${repository.repository}@${digest}`, digest, actual);
            return bytes;
        });
    }
    /**
     * Streams a blob: the stream errors with OCI_TOO_LARGE past `maxBytes`, with OCI_NETWORK when it
     * has come slower than MIN_TRANSFER_BYTES_PER_SECOND (core/transfer-rate) on average past the
     * attempt's timeout, and with OCI_DIGEST_MISMATCH at its end when the bytes do not hash to
     * `digest`; consume it to the end before trusting anything read from it.
     */
    async openBlob(repository, digest, maxBytes, bound = 'limit') {
        digest = normalizedDigest(digest);
        const response = await this.#withRetry(`GET blob ${digest}`, () => this.#openBlobResponse(repository, digest));
        const declared = Number(response.headers['content-length']);
        // `declared`: maxBytes is the size the (digest-checked) manifest gives the blob, so more is another blob than the image's, not a limit to raise.
        const tooLarge = (size) => {
            const is = size === undefined ? 'is larger than' : `is ${size} bytes, more than`;
            return bound === 'declared'
                ? new oci_errors/* OciError */.M('OCI_DIGEST_MISMATCH', `blob ${digest} of ${repository.registry}/${repository.repository} ${is} the ${maxBytes} its manifest declares`, { hint: "the registry serves other bytes than the image's manifest names: the blob was altered or damaged; report it to the registry's operators" })
                : new oci_errors/* OciError */.M('OCI_TOO_LARGE', `blob ${digest} ${is} the ${maxBytes} bytes allowed`, { hint: 'check the reference, or raise the limit if the content is genuine' });
        };
        if (Number.isFinite(declared) && declared > maxBytes) {
            response.body.destroy();
            throw tooLarge(String(declared));
        }
        const { algorithm } = (0,core_digest/* parseDigestReference */.Dn)(digest);
        const hash = (0,external_node_crypto_.createHash)(algorithm);
        let total = 0;
        // Each byte within the idle timeout, a trickle would hold the caller for as long as the size cap allows: it is abandoned as a whole body read is.
        const watch = (0,transfer_rate/* watchTransferRate */.R)(this.#retry.timeoutMs, (detail) => verifying.destroy(new oci_errors/* OciError */.M('OCI_NETWORK', `blob ${digest} from ${response.url.host} came ${detail}`, { hint: 'the registry or the network is failing; check them and try again' })));
        const verifying = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                watch.moved(chunk.length);
                total += chunk.length;
                if (total > maxBytes) {
                    callback(tooLarge());
                    return;
                }
                hash.update(chunk);
                callback(null, chunk);
            },
            flush(callback) {
                const actual = `${algorithm}:${hash.digest('hex')}`;
                callback(actual === digest ? null : digestMismatch(`blob ${repository.registry}/${repository.repository}@${digest}`, digest, actual));
            },
        });
        // A connection that breaks off mid-body (reset, closed early, idle past the transport's timeout) is the network's failure, said so;
        // the blob's bytes are being read by then, so it is not retried: the command fails, and a run again fetches it whole.
        response.body.on('error', (error) => verifying.destroy((0,errors/* isTrustKitError */.Nf)(error)
            ? error
            : new oci_errors/* OciError */.M('OCI_NETWORK', `blob ${digest} from ${response.url.host}: the connection broke off after ${total} bytes (${(0,logger/* printable */.g$)((0,errors/* messageOf */.bD)(error))})`, { cause: error, hint: 'the registry or the network failed while the layer was read; check them and run the command again' })));
        // Held back by the reader (an image SBOM cataloging a layer), the body is paused: that time is not the registry's.
        response.body.on('pause', () => watch.hold());
        response.body.on('resume', () => watch.release());
        verifying.on('close', () => {
            watch.stop();
            // A stream given up on (by the watch or the caller) closes the connection it came on instead of leaving it to send on.
            if (!response.body.readableEnded)
                response.body.destroy();
        });
        return response.body.pipe(verifying);
    }
    /**
     * Pushes a blob unless the repository has it: by mounting it from another repository when asked
     * and the registry agrees, else by one PUT or in PATCH chunks. A failed upload session is started
     * again from the beginning within the retry budget.
     */
    async pushBlob(repository, blob, options = {}) {
        (0,core_digest/* parseDigestReference */.Dn)(blob.digest);
        if (await this.blobExists(repository, blob.digest))
            return 'exists';
        const scopes = [repositoryScope(repository.repository, 'pull,push'), ...(options.mountFrom === undefined ? [] : [repositoryScope(options.mountFrom, 'pull')])];
        const shown = `blob ${blob.digest} to ${repository.registry}/${repository.repository}`;
        return this.#withRetry(`push ${shown}`, async () => {
            const start = this.#url(repository, '/blobs/uploads/');
            if (options.mountFrom !== undefined) {
                start.searchParams.set('mount', blob.digest);
                start.searchParams.set('from', options.mountFrom);
            }
            const started = await this.#call(repository, { method: 'POST', url: start, scopes });
            await this.#expect(started, options.mountFrom === undefined ? [202] : [201, 202], `upload of ${shown}`);
            await this.#discard(started);
            if (started.status === 201)
                return 'mounted';
            let location = this.#location(started, `upload of ${shown}`);
            if (options.chunkBytes === undefined) {
                const put = withQuery(location, 'digest', blob.digest);
                const done = await this.#call(repository, {
                    method: 'PUT',
                    url: put,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
                    body: () => blob.open(),
                    scopes,
                });
                await this.#expect(done, [201], `upload of ${shown}`);
                await this.#discard(done);
                return 'uploaded';
            }
            let offset = 0;
            for await (const chunk of rechunk(blob.open(), Math.max(1, options.chunkBytes))) {
                const patched = await this.#call(repository, {
                    method: 'PATCH',
                    url: location,
                    headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
                    body: chunk,
                    scopes,
                });
                await this.#expect(patched, [202], `chunk at ${offset} of ${shown}`);
                await this.#discard(patched);
                location = this.#location(patched, `upload of ${shown}`);
                offset += chunk.length;
            }
            if (offset !== blob.size) {
                throw new oci_errors/* OciError */.M('OCI_SIZE_MISMATCH', `${shown}: its source gave ${offset} bytes, ${blob.size} were announced`, { hint: 'the blob changed while it was pushed; build it again' });
            }
            const done = await this.#call(repository, { method: 'PUT', url: withQuery(location, 'digest', blob.digest), scopes });
            await this.#expect(done, [201], `upload of ${shown}`);
            await this.#discard(done);
            return 'uploaded';
        });
    }
    /**
     * The artifacts that refer to a manifest: from the referrers API when the registry serves it, else
     * from the `sha256-<hex>` tag index of the referrers tag schema; filtered by artifact type when one
     * is given (by the registry when it says it filtered, else here).
     */
    async referrers(subject, artifactType) {
        const fromApi = await this.#referrersFromApi(subject, artifactType);
        if (fromApi !== undefined) {
            return fromApi.filtered ? { descriptors: fromApi.descriptors, via: 'api', unresolved: [] } : { ...(await this.#ofType(subject, fromApi.descriptors, artifactType)), via: 'api' };
        }
        let index;
        try {
            index = await this.#fallbackIndex(subject);
        }
        catch (error) {
            // The tag is anyone's to write who may push: what it holds instead of an index hides no referrer the API would list, and is said.
            if ((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'OCI_MANIFEST_INVALID')
                return { descriptors: [], via: 'tag', unresolved: [{ source: fallbackTag(subject.digest), reason: `${error.code}: ${error.message}` }] };
            throw error;
        }
        return { ...(await this.#ofType(subject, index?.manifests ?? [], artifactType)), via: 'tag' };
    }
    /**
     * The descriptors of an artifact type. A descriptor that names no type, or the empty config's
     * (go-containerregistry's registry lists the config's media type there), is looked up, newest
     * first: its manifest's artifactType, else its config's media type, as the spec derives it. One
     * whose manifest is not found is left out; one whose manifest cannot be read, and those past
     * {@link MAX_ARTIFACT_TYPE_LOOKUPS}, are unresolved.
     */
    async #ofType(subject, descriptors, artifactType) {
        if (artifactType === undefined)
            return { descriptors: [...descriptors], unresolved: [] };
        const typed = [];
        const unresolved = [];
        let lookups = 0;
        let notLookedUp = 0;
        for (const descriptor of newestFirst(descriptors)) {
            let type = descriptor.artifactType;
            if (type === undefined || type === MEDIA_TYPES.ociEmpty) {
                if (lookups === MAX_ARTIFACT_TYPE_LOOKUPS) {
                    notLookedUp += 1;
                    continue;
                }
                lookups += 1;
                let fetched;
                try {
                    fetched = await this.getManifest({ registry: subject.registry, repository: subject.repository, digest: descriptor.digest });
                }
                catch (error) {
                    // A referrer deleted after the tag schema's index listed it (or a registry's stale listing) is of no type: the others are still listed.
                    if ((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'OCI_NOT_FOUND')
                        continue;
                    // What anyone who may push could have written (an invalid manifest, one too large) keeps the others from being read only if thrown.
                    if ((0,errors/* isTrustKitError */.Nf)(error) && UNRESOLVED_LOOKUP_CODES.has(error.code)) {
                        unresolved.push({ source: `referrer ${descriptor.digest}`, reason: `${error.code}: ${error.message}` });
                        continue;
                    }
                    throw error;
                }
                type = fetched.manifest.manifest.artifactType ?? (fetched.manifest.kind === 'image' ? fetched.manifest.manifest.config.mediaType : undefined);
            }
            if (type === artifactType)
                typed.push({ ...descriptor, artifactType: type });
        }
        if (notLookedUp > 0) {
            unresolved.push({ source: `referrers of ${(0,oci_reference/* formatImageReference */.my)(subject)}`, reason: `${notLookedUp} more listed with no artifact type were not looked at: only the newest ${MAX_ARTIFACT_TYPE_LOOKUPS} such are` });
        }
        return { descriptors: typed, unresolved };
    }
    /**
     * Pushes an artifact manifest whose `subject` is `subject` and makes it discoverable: registries
     * with the referrers API index it themselves; for the others the `sha256-<hex>` tag index is read,
     * extended and written back (a read-modify-write: two writers at once can lose an entry, as with
     * every client of the tag schema).
     */
    async pushReferrer(subject, bytes, mediaType) {
        const shown = (0,oci_reference/* formatImageReference */.my)(subject);
        const parsed = parseManifest(bytes, mediaType, `referrer of ${shown}`);
        if (parsed.manifest.subject?.digest !== subject.digest) {
            throw new oci_errors/* OciError */.M('OCI_MANIFEST_INVALID', `the referrer pushed for ${shown} names ${parsed.manifest.subject?.digest ?? 'no subject'} as its subject`, {
                hint: 'this is a bug in the code that built the artifact manifest',
            });
        }
        const { digest, subjectDigest } = await this.putManifest(subject, bytes, mediaType);
        // Whether the API is there is the answer to its first page: the listing itself is not needed, however long.
        if (subjectDigest === subject.digest || (await this.#referrersFromApi(subject, undefined, { firstPageOnly: true })) !== undefined)
            return { digest, via: 'api' };
        const artifactType = parsed.manifest.artifactType ?? (parsed.kind === 'image' ? parsed.manifest.config.mediaType : undefined);
        const entry = {
            mediaType,
            digest,
            size: bytes.byteLength,
            ...(artifactType === undefined ? {} : { artifactType }),
            ...(parsed.manifest.annotations === undefined ? {} : { annotations: parsed.manifest.annotations }),
        };
        const current = await this.#fallbackIndex(subject);
        const manifests = current?.manifests ?? [];
        if (manifests.some((descriptor) => descriptor.digest === digest))
            return { digest, via: 'tag' };
        const index = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [...manifests, entry] };
        await this.putManifest(subject, Buffer.from(JSON.stringify(index)), MEDIA_TYPES.ociIndex, fallbackTag(subject.digest));
        return { digest, via: 'tag' };
    }
    async #referrersFromApi(subject, artifactType, options = {}) {
        const shown = `referrers of ${(0,oci_reference/* formatImageReference */.my)(subject)}`;
        return this.#withRetry(`GET ${shown}`, async () => {
            let url = this.#url(subject, `/referrers/${subject.digest}`);
            if (artifactType !== undefined)
                url.searchParams.set('artifactType', artifactType);
            const descriptors = [];
            let filtered = artifactType !== undefined;
            for (let page = 0; url !== undefined; page += 1) {
                if (page === MAX_REFERRER_PAGES) {
                    throw new oci_errors/* OciError */.M('OCI_TOO_LARGE', `${shown} run past ${MAX_REFERRER_PAGES} pages`, { hint: 'the registry keeps linking to further pages; report it to its operators' });
                }
                const response = await this.#call(subject, { method: 'GET', url, headers: { accept: MEDIA_TYPES.ociIndex }, scopes: [repositoryScope(subject.repository, 'pull')] });
                // A registry without the API answers 404 (or 405/400 for the unknown route) for the path.
                if (page === 0 && [404, 405, 400].includes(response.status)) {
                    await this.#discard(response);
                    return undefined;
                }
                await this.#expect(response, [200], shown);
                const bytes = await this.#read(response, MAX_MANIFEST_BYTES, shown);
                const parsed = parseManifest(bytes, MEDIA_TYPES.ociIndex, shown);
                if (parsed.kind !== 'index')
                    throw new oci_errors/* OciError */.M('OCI_MANIFEST_INVALID', `${shown} is not an image index`, { hint: 'report it to the registry\'s operators' });
                if (descriptors.length + parsed.manifest.manifests.length > MAX_REFERRERS) {
                    throw new oci_errors/* OciError */.M('OCI_TOO_LARGE', `${shown} list more than ${MAX_REFERRERS} referrers (${descriptors.length + parsed.manifest.manifests.length} in the first ${page + 1} page(s))`, {
                        hint: 'the image has more signatures and attestations attached than a verifier reads; remove stale ones, or report the registry\'s listing to its operators',
                    });
                }
                descriptors.push(...parsed.manifest.manifests);
                filtered &&= (header(response, 'oci-filters-applied') ?? '').split(',').map((value) => value.trim()).includes('artifactType');
                url = options.firstPageOnly === true ? undefined : nextPage(response, url, shown);
            }
            return { descriptors, filtered };
        });
    }
    async #fallbackIndex(subject) {
        try {
            const fetched = await this.getManifest({ registry: subject.registry, repository: subject.repository, tag: fallbackTag(subject.digest) }, [MEDIA_TYPES.ociIndex]);
            if (fetched.manifest.kind !== 'index') {
                throw new oci_errors/* OciError */.M('OCI_MANIFEST_INVALID', `referrers tag ${fallbackTag(subject.digest)} of ${(0,oci_reference/* formatImageReference */.my)(subject)} holds an image manifest, not an index`, {
                    hint: 'something else wrote that tag; remove it so the tag schema can be used',
                });
            }
            return fetched.manifest.manifest;
        }
        catch (error) {
            if ((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'OCI_NOT_FOUND')
                return undefined;
            throw error;
        }
    }
    async #openBlobResponse(repository, digest) {
        (0,core_digest/* parseDigestReference */.Dn)(digest);
        const response = await this.#call(repository, {
            method: 'GET',
            url: this.#url(repository, `/blobs/${digest}`),
            scopes: [repositoryScope(repository.repository, 'pull')],
        });
        await this.#expect(response, [200], `blob ${digest}`);
        return response;
    }
    /** A whole body of at most `maxBytes`; one that trickles in (slower than a slow link) is abandoned after the attempt's timeout, not waited for. */
    #read(response, maxBytes, what) {
        return readBody(response, maxBytes, what, this.#retry.timeoutMs);
    }
    #discard(response) {
        return discardBody(response, this.#retry.timeoutMs);
    }
    /**
     * The registry's API origin for a repository, as URL.origin writes it (the scheme's default port
     * left out): compared with the origin of each URL requested, `host:443` would never equal it, and
     * the registry's challenge would go unanswered.
     */
    #origin(registry) {
        const plain = this.#plainHttp === true || (this.#plainHttp instanceof Set && this.#plainHttp.has(registry));
        return new URL(`${plain ? 'http' : 'https'}://${(0,oci_reference/* registryApiHost */.Mb)(registry)}`).origin;
    }
    #url(repository, path) {
        // Names built by hand (not parsed from a reference) are checked too: they become a URL path.
        if (!REPOSITORY_NAME.test(repository.repository) || repository.repository.length > 255) {
            throw new oci_errors/* OciError */.M('OCI_REFERENCE_INVALID', `repository name "${repository.repository.slice(0, 200)}" is invalid`, { hint: 'repositories are lowercase path components separated by /' });
        }
        return new URL(`${this.#origin(repository.registry)}/v2/${repository.repository}${path}`);
    }
    #location(response, what) {
        const location = header(response, 'location');
        if (location === undefined)
            throw new oci_errors/* OciError */.M('OCI_REGISTRY_ERROR', `${what}: the registry gave no Location to upload to`, { status: response.status, hint: 'report it to the registry\'s operators' });
        const next = URL.parse(location, response.url.href);
        if (next === null)
            throw new oci_errors/* OciError */.M('OCI_REGISTRY_ERROR', `${what}: the registry gave an upload Location that is not a URL`, { status: response.status, hint: 'report it to the registry\'s operators' });
        // A registry behind a TLS proxy that does not say so (X-Forwarded-Proto) hands out http:// upload URLs: the upload would leave TLS, and fail there without the credentials.
        if (response.url.protocol === 'https:' && next.protocol !== 'https:') {
            throw new oci_errors/* OciError */.M('OCI_INSECURE', `${what}: ${response.url.host} gave an upload location on ${next.protocol}//${next.host}, leaving TLS`, {
                hint: 'the registry or a proxy in front of it builds plain-HTTP upload URLs (a TLS proxy that does not set X-Forwarded-Proto); fix its configuration',
            });
        }
        return next;
    }
    /**
     * One request with auth and redirects: answers a 401 challenge once (Basic, or a token from the
     * Bearer token service for the scopes), follows redirects of GET and HEAD, and sends the
     * Authorization header only to the registry's own origin.
     */
    async #call(repository, call) {
        const origin = this.#origin(repository.registry);
        const state = this.#stateOf(repository.registry);
        let scopes = call.scopes;
        let answeredChallenge = false;
        for (;;) {
            const authorization = await this.#authorization(repository.registry, state, scopes);
            const response = await this.#follow({ method: call.method, url: call.url, headers: call.headers ?? {}, ...(call.body === undefined ? {} : { body: call.body }) }, origin, authorization?.header);
            // A 401 from where a redirect led (blob storage on another origin) is that host's, not a challenge of the registry: its realm would get the registry's credentials.
            if (response.status !== 401 || answeredChallenge || response.url.origin !== origin)
                return response;
            const challengeHeader = header(response, 'www-authenticate');
            await this.#discard(response);
            if (challengeHeader === undefined)
                return { ...response, body: emptyBody() };
            const challenge = parseChallenges(challengeHeader).find((candidate) => candidate.scheme === 'bearer' || candidate.scheme === 'basic');
            if (challenge === undefined)
                return { ...response, body: emptyBody() };
            state.challenge = challenge;
            // The scope this 401 names is for this request only; later requests name their own.
            scopes = [...scopes, ...(challenge.params.scope ?? '').split(' ').filter((scope) => scope.length > 0)];
            if (challenge.params.error === 'insufficient_scope')
                forgetTokens(state);
            // A token refused before its expires_in (revoked, or a service that overstates it) would otherwise be sent again, and refused, until it expires.
            for (const [key, token] of state.tokens) {
                if (token !== authorization?.token)
                    continue;
                state.tokens.delete(key);
                token.secret.destroy();
            }
            answeredChallenge = true;
        }
    }
    async #follow(request, origin, authorization) {
        let current = request;
        for (let hop = 0;; hop += 1) {
            const sameOrigin = current.url.origin === origin;
            const headers = { ...current.headers, ...(authorization !== undefined && sameOrigin ? { authorization } : {}) };
            const response = await this.#transport.send({ ...current, headers });
            const redirect = [301, 302, 303, 307, 308].includes(response.status) && (current.method === 'GET' || current.method === 'HEAD');
            if (!redirect)
                return response;
            await this.#discard(response);
            const location = header(response, 'location');
            if (location === undefined || hop === MAX_REDIRECTS) {
                throw new oci_errors/* OciError */.M('OCI_REDIRECT_INVALID', `${current.method} ${current.url.host}${current.url.pathname}: ${location === undefined ? 'a redirect without a Location' : `more than ${MAX_REDIRECTS} redirects`}`, {
                    hint: 'report it to the registry\'s operators',
                });
            }
            const next = URL.parse(location, current.url.href);
            if (next === null) {
                throw new oci_errors/* OciError */.M('OCI_REDIRECT_INVALID', `${current.method} ${current.url.host}${current.url.pathname}: redirected to a Location that is not a URL`, { hint: 'the registry or a proxy in front of it answers with a redirect no registry client can follow; report it to its operators' });
            }
            // file:, data: and the like are no place a registry serves from: said of the registry, not taken for a network failure.
            if (next.protocol !== 'https:' && next.protocol !== 'http:') {
                throw new oci_errors/* OciError */.M('OCI_REDIRECT_INVALID', `${current.method} ${current.url.host}${current.url.pathname}: redirected to a ${next.protocol} URL, which is not HTTP(S)`, { hint: 'the registry or a proxy in front of it answers with a redirect no registry client follows; report it to its operators' });
            }
            if (current.url.protocol === 'https:' && next.protocol !== 'https:') {
                throw new oci_errors/* OciError */.M('OCI_INSECURE', `${current.url.host} redirected to ${next.protocol}//${next.host}, leaving TLS`, { hint: 'the registry or a proxy in front of it redirects to plain HTTP; refuse it and report it' });
            }
            current = { method: current.method, url: next, headers: current.headers };
        }
    }
    #stateOf(registry) {
        let state = this.#auth.get(registry);
        if (state === undefined) {
            state = { tokens: new Map() };
            this.#auth.set(registry, state);
        }
        return state;
    }
    async #credentialsFor(registry) {
        if (this.#credentials === undefined)
            return undefined;
        let lookup = this.#credentialLookups.get(registry);
        if (lookup === undefined) {
            lookup = this.#credentials.credentialsFor(registry);
            this.#credentialLookups.set(registry, lookup);
        }
        return lookup;
    }
    async #authorization(registry, state, scopes) {
        const challenge = state.challenge;
        if (challenge === undefined)
            return undefined;
        if (challenge.scheme === 'basic') {
            if (state.basic === undefined) {
                const credentials = await this.#credentialsFor(registry);
                if (credentials === undefined || credentials.identityToken === true)
                    return undefined;
                if (!this.#origin(registry).startsWith('https:') && !isLoopback((0,oci_reference/* registryApiHost */.Mb)(registry))) {
                    throw new oci_errors/* OciError */.M('OCI_INSECURE', `${registry} asks for a password over plain HTTP`, { hint: 'serve the registry over TLS; trust-kit sends passwords over plain HTTP to loopback registries only' });
                }
                state.basic = credentials;
            }
            // The header must be a string (node:http takes no bytes): one per request, left to the garbage collector, never kept by the client.
            return { header: `Basic ${basicValue(state.basic)}` };
        }
        const wanted = [...new Set(scopes)].sort();
        const key = wanted.join(' ');
        let token = state.tokens.get(key);
        if (token === undefined || token.expiresAt - TOKEN_REFRESH_MARGIN_MS <= Date.now()) {
            const fresh = await this.#fetchToken(registry, challenge, wanted);
            // Another request for the same scopes may have cached one meanwhile: the one replaced is wiped.
            const replaced = state.tokens.get(key);
            state.tokens.set(key, fresh);
            if (replaced !== undefined && replaced !== fresh)
                replaced.secret.destroy();
            token = fresh;
        }
        // The header must be a string (node:http takes no bytes): one per request, never kept.
        return { header: token.secret.use((bytes) => `Bearer ${bytes.toString('latin1')}`), token };
    }
    async #fetchToken(registry, challenge, scopes) {
        // The token service's own host, once known: a rate limit or an outage there is not the registry's.
        let service = `the token service of ${registry}`;
        const failed = (why, code = 'OCI_TOKEN_FAILED', status, retryAfter) => new oci_errors/* OciError */.M(code, `${service} refused a token for ${scopes.join(' ') || 'no scope'}: ${why}`, {
            ...(status === undefined ? {} : { status }),
            // Waited for as the registry's own 429 and 503 are, and not past the retries' budget.
            ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
            hint: code === 'OCI_UNAUTHORIZED'
                ? `check the credentials for ${registry} (docker login, or the username/password inputs)`
                : status !== undefined && (status >= 500 || status === 429)
                    ? 'the token service is failing or rate-limiting; try again later'
                    : 'check the registry name; report it to the registry\'s operators if it persists',
        });
        const realmText = challenge.params.realm;
        // No token service was asked: the registry's challenge itself is broken.
        if (realmText === undefined)
            throw new oci_errors/* OciError */.M('OCI_AUTH_CHALLENGE_INVALID', `${registry} asks for a Bearer token, but its challenge names no realm (the token service to ask)`, { hint: 'report it to the registry\'s operators' });
        let realm;
        try {
            realm = new URL(realmText);
        }
        catch (error) {
            // Redacted, then cut: a realm that echoes the password after padding of the registry's choosing kept its beginning.
            throw new oci_errors/* OciError */.M('OCI_AUTH_CHALLENGE_INVALID', `the token realm "${(0,logger/* printable */.g$)((0,secrets/* redact */.E$)(realmText)).slice(0, 200)}" of ${registry} is not a URL`, { cause: error, hint: 'report it to the registry\'s operators' });
        }
        service = `the token service ${realm.origin} of ${registry}`;
        const credentials = await this.#credentialsFor(registry);
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && (this.#origin(registry).startsWith('http:') || isLoopback(realm.hostname)))) {
            throw new oci_errors/* OciError */.M('OCI_INSECURE', `the token realm ${realm.origin} of ${registry} is not HTTPS`, { hint: 'a token service must be reached over TLS; allow plain HTTP for this registry only if it is on a trusted network' });
        }
        if (credentials !== undefined && realm.protocol !== 'https:' && !isLoopback(realm.hostname)) {
            throw new oci_errors/* OciError */.M('OCI_INSECURE', `the token realm ${realm.origin} of ${registry} would receive credentials over plain HTTP`, { hint: 'serve the token service over TLS' });
        }
        // A token got with the credentials stands for them (push, for its lifetime): it goes over plain HTTP to loopback only, as a password does.
        if (credentials !== undefined && !this.#origin(registry).startsWith('https:') && !isLoopback((0,oci_reference/* registryApiHost */.Mb)(registry))) {
            throw new oci_errors/* OciError */.M('OCI_INSECURE', `${registry} is reached over plain HTTP: a token from its token service, got with its credentials, would travel in clear text`, {
                hint: 'serve the registry over TLS; trust-kit sends credentials, and tokens got with them, over plain HTTP to loopback registries only',
            });
        }
        let request;
        /** A request body holding the refresh token, wiped once sent. */
        let sentSecret;
        if (credentials?.identityToken === true) {
            const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: 'trust-kit', ...(challenge.params.service === undefined ? {} : { service: challenge.params.service }), scope: scopes.join(' ') });
            const body = credentials.secret.use((bytes) => (0,secrets_forms/* uriComponentEncoded */.G)(bytes, `${form.toString()}&refresh_token=`));
            request = { method: 'POST', url: realm, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body };
            sentSecret = body;
        }
        else {
            const url = new URL(realm);
            if (challenge.params.service !== undefined)
                url.searchParams.set('service', challenge.params.service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            request = { method: 'GET', url, headers: credentials === undefined ? {} : { authorization: `Basic ${basicValue(credentials)}` } };
        }
        let response;
        try {
            response = await this.#transport.send(request);
        }
        finally {
            sentSecret?.fill(0);
        }
        if (response.status === 401 || response.status === 403) {
            await this.#discard(response);
            throw failed(`HTTP ${response.status}`, 'OCI_UNAUTHORIZED', response.status);
        }
        if (response.status !== 200) {
            await this.#discard(response);
            throw failed(`HTTP ${response.status}`, 'OCI_TOKEN_FAILED', response.status, (0,retry/* retryAfterMs */.Vs)(header(response, 'retry-after')));
        }
        const bytes = await this.#read(response, MAX_TOKEN_RESPONSE_BYTES, `token response of ${realm.origin}`);
        let document;
        try {
            document = JSON.parse(bytes.toString('utf8'));
        }
        catch (error) {
            throw failed(`the answer is not JSON${jsonErrorPosition(error)}`);
        }
        finally {
            bytes.fill(0);
        }
        if (typeof document !== 'object' || document === null || Array.isArray(document))
            throw failed('the answer is not a JSON object');
        const parsed = document;
        const value = typeof parsed.token === 'string' && parsed.token.length > 0 ? parsed.token : parsed.access_token;
        if (typeof value !== 'string' || value.length === 0)
            throw failed('the answer holds no token');
        // The token is sent back as `Bearer <token>`: anything else than visible ASCII would change that header's meaning or be refused by the registry as garbage.
        if (!BEARER_TOKEN.test(value))
            throw failed('the token holds characters an Authorization header cannot carry');
        // It is masked in the log as it arrives: a "token" of a letter or two would blank those letters in every later line.
        if (value.length < MIN_TOKEN_LENGTH)
            throw failed(`the token is ${value.length} character${value.length === 1 ? '' : 's'} long, too short to be a credential`);
        // The spec's default lifetime is 60 s when the service does not say.
        const lifetime = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
        // JSON.parse made a string of it, which no one can wipe; from here on it is a secret, masked in the log and redacted in errors.
        return { secret: secrets/* SecretBuffer */.pP.from(Buffer.from(value, 'latin1')), expiresAt: Date.now() + lifetime * 1000 };
    }
    async #expect(response, statuses, what) {
        if (statuses.includes(response.status))
            return;
        const status = response.status;
        let detail = '';
        try {
            const body = await this.#read(response, MAX_ERROR_BODY_BYTES, 'an error response');
            const parsed = JSON.parse(body.toString('utf8'));
            detail = (parsed.errors ?? [])
                .map((entry) => [entry.code, entry.message].filter((part) => typeof part === 'string').join(': '))
                .filter((text) => text.length > 0)
                .join('; ');
            // A proxy or registry that echoes the request's Authorization header would put a token in the log.
            // Redacted now, not only when printed: the client may be closed, its tokens wiped, by then. Cut only once
            // redacted: cut first, a password the registry echoed after padding of its choosing lost its end, and with
            // it what the redaction matches, and its beginning was printed.
            // Made printable only once redacted too: a password holding a tab or DEL, made a space first, no longer matched.
            detail = (0,logger/* printable */.g$)((0,secrets/* redact */.E$)(detail.replace(/\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 ***'))).slice(0, 500);
        }
        catch {
            response.body.destroy();
        }
        const said = `HTTP ${status}${detail === '' ? '' : ` (${detail})`}`;
        const retryAfter = (0,retry/* retryAfterMs */.Vs)(header(response, 'retry-after'));
        if (status === 401)
            throw new oci_errors/* OciError */.M('OCI_UNAUTHORIZED', `${what}: ${said}`, { status, hint: 'the registry refused the request without credentials or with the ones given: check docker login, --registry-username or GITHUB_TOKEN' });
        if (status === 403)
            throw new oci_errors/* OciError */.M('OCI_DENIED', `${what}: ${said}`, { status, hint: 'the credentials lack the permission (GHCR: packages: write); check the token\'s scopes' });
        if (status === 404)
            throw new oci_errors/* OciError */.M('OCI_NOT_FOUND', `${what}: ${said}`, { status, hint: 'check the reference: registry, repository, tag or digest' });
        throw new oci_errors/* OciError */.M('OCI_REGISTRY_ERROR', `${what}: ${said}`, {
            status,
            ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
            hint: status >= 500 || status === 429 ? 'the registry is failing or rate-limiting; try again later' : 'report it with the command you ran',
        });
    }
    async #withRetry(what, attempt) {
        if (this.#totalBudgetMs !== undefined && this.#spentMs >= this.#totalBudgetMs) {
            throw new oci_errors/* OciError */.M('OCI_NETWORK', `${what}: not sent: the registries' answers have taken more than ${this.#totalBudgetMs} ms in all`, {
                hint: 'a registry answered slowly or kept failing, call after call; check the registry and the network, and try again',
            });
        }
        const started = Date.now();
        try {
            return await (0,retry/* withRetry */.bD)(this.#retry, attempt, classify, this.#sleep);
        }
        catch (error) {
            // Not retried because the wait asked for is past the budget: said, or the message would read as a registry that never answered.
            const waited = error instanceof oci_errors/* OciError */.M && classify(error) !== 'permanent' ? (0,retry/* pastBudget */.uQ)(error.retryAfterMs, this.#retry.budgetMs) : '';
            if (error instanceof oci_errors/* OciError */.M && waited !== '') {
                throw new oci_errors/* OciError */.M(error.code, `${error.message}${waited}`, {
                    cause: error,
                    ...(error.status === undefined ? {} : { status: error.status }),
                    ...(error.hint === undefined ? {} : { hint: error.hint }),
                });
            }
            if ((0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            const code = (0,errors/* systemErrorCode */.vq)(error) ?? '';
            // OpenSSL's words for a TLS handshake answered in plain HTTP: a registry:2 on localhost, say, which the flag exists for.
            if (/wrong version number/i.test((0,errors/* messageOf */.bD)(error))) {
                throw new oci_errors/* OciError */.M('OCI_NETWORK', `${what}: the registry answered in plain HTTP, not TLS`, {
                    cause: error,
                    hint: 'trust-kit reaches registries over TLS; for a registry on a trusted network that serves plain HTTP, pass --allow-http-registry (the allow-http-registry input), else check the address and port',
                });
            }
            if (TLS_TRUST_CODES.has(code) || code.startsWith('ERR_TLS_CERT')) {
                throw new oci_errors/* OciError */.M('OCI_TLS_UNTRUSTED', `${what}: the registry's TLS certificate is not trusted (${(0,errors/* messageOf */.bD)(error)})`, {
                    cause: error,
                    hint: 'give the CA that issued the registry\'s certificate; skipping verification (--allow-insecure-registry) is for tests only',
                });
            }
            throw new oci_errors/* OciError */.M('OCI_NETWORK', `${what}: ${(0,errors/* messageOf */.bD)(error)}`, {
                cause: error,
                hint: 'the registry could not be reached or dropped the connection, within the retry budget; check the network (and the proxy, when the message names one: HTTPS_PROXY, NO_PROXY) and try again',
            });
        }
        finally {
            this.#spentMs += Date.now() - started;
        }
    }
}
const REPOSITORY_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function checkedTag(tag) {
    if (!TAG.test(tag))
        throw new oci_errors/* OciError */.M('OCI_REFERENCE_INVALID', `tag "${tag.slice(0, 140)}" is invalid`, { hint: 'tags are 1-128 letters, digits, _, . or -, not starting with . or -' });
    return tag;
}
function normalizedDigest(digest) {
    try {
        const { algorithm, hex } = (0,core_digest/* parseDigestReference */.Dn)(digest);
        return `${algorithm}:${hex}`;
    }
    catch (error) {
        if (!(0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new oci_errors/* OciError */.M('OCI_REFERENCE_INVALID', error.message, { cause: error, hint: error.hint });
    }
}
/** The tag of the referrers tag schema for a digest: `sha256-<hex>`. */
function fallbackTag(digest) {
    return digest.replace(':', '-');
}
/** A blob source over bytes already in memory. */
function blobFromBytes(bytes) {
    return {
        digest: `sha256:${(0,core_digest/* digestBytes */.QN)('sha256', bytes)}`,
        size: bytes.byteLength,
        async *open() {
            yield bytes;
        },
    };
}
function classify(error) {
    if (error instanceof oci_errors/* OciError */.M) {
        const status = error.status;
        if (status === undefined || (status < 500 && status !== 429) || status === 501)
            return 'permanent';
        return error.retryAfterMs === undefined ? 'transient' : { retryAfterMs: error.retryAfterMs };
    }
    if ((0,errors/* isTrustKitError */.Nf)(error))
        return 'permanent';
    const code = (0,errors/* systemErrorCode */.vq)(error);
    if (code !== undefined && TRANSIENT_NETWORK_CODES.has(code))
        return 'transient';
    return (0,errors/* messageOf */.bD)(error) === 'aborted' || (0,errors/* messageOf */.bD)(error) === 'socket hang up' ? 'transient' : 'permanent';
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function digestMismatch(what, expected, actual) {
    return new oci_errors/* OciError */.M('OCI_DIGEST_MISMATCH', `${what}: the registry sent content whose digest is ${actual}, not ${expected}`, {
        hint: 'the registry (or something between it and you) serves content other than what was asked for; do not trust it',
    });
}
/** `user:password` in base64 for a Basic header: the header must be a string, but the plaintext joined to make it is wiped. */
function basicValue(credentials) {
    return credentials.secret.use((secret) => {
        const joined = Buffer.concat([Buffer.from(`${credentials.username}:`), secret]);
        try {
            return joined.toString('base64');
        }
        finally {
            joined.fill(0);
        }
    });
}
/** Wipes the cached tokens of a registry (the client is closed, or the registry wants tokens of other scopes). */
function forgetTokens(state) {
    for (const token of state.tokens.values())
        token.secret.destroy();
    state.tokens.clear();
}
/** Whether a host (`name[:port]`, as a registry is named, or a URL's host name) is this machine's loopback, by the rule the proxy settings follow. */
function isLoopback(host) {
    return (0,core_proxy.isLoopbackHostname)((URL.parse(`http://${host}`) ?? URL.parse(`http://[${host}]`))?.hostname ?? host);
}
function withQuery(url, name, value) {
    const copy = new URL(url);
    copy.searchParams.set(name, value);
    return copy;
}
function nextPage(response, current, what) {
    const link = header(response, 'link');
    const match = link === undefined ? null : /<([^>]*)>\s*;\s*rel="?next"?/.exec(link);
    if (!match?.[1])
        return undefined;
    const next = URL.parse(match[1], current.href);
    if (next === null) {
        throw new oci_errors/* OciError */.M('OCI_REDIRECT_INVALID', `${what}: the next page's Link header names ${(0,quote/* quoted */.TL)((0,quote/* boundedText */.LD)(match[1], 200))}, which is not a URL`, { hint: 'the registry answers with a link no registry client can follow; report it to its operators' });
    }
    if (next.origin !== current.origin) {
        throw new oci_errors/* OciError */.M('OCI_REDIRECT_INVALID', `${what}: the next page is on another origin (${next.origin})`, { hint: 'report it to the registry\'s operators' });
    }
    return next;
}
async function* rechunk(source, size) {
    let pending = [];
    let pendingBytes = 0;
    for await (const piece of source) {
        let rest = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        while (pendingBytes + rest.length >= size) {
            const take = size - pendingBytes;
            yield Buffer.concat([...pending, rest.subarray(0, take)]);
            rest = rest.subarray(take);
            pending = [];
            pendingBytes = 0;
        }
        if (rest.length > 0) {
            pending.push(Buffer.from(rest));
            pendingBytes += rest.length;
        }
    }
    if (pendingBytes > 0)
        yield Buffer.concat(pending);
}
function emptyBody() {
    return external_node_stream_.Readable.from([]);
}

;// CONCATENATED MODULE: ./lib/oci/cosign.js





/** The media type (and referrer artifactType) of a Sigstore v0.3 bundle: what cosign 3 attaches to images. */
const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The predicate type of the statement cosign 3 signs for an image signature (a signature, not an attestation). */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
/** cosign's annotation naming the predicate type of the bundle a referrer carries. */
const BUNDLE_PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const EMPTY_CONFIG = Buffer.from('{}');
/** The in-toto statement cosign 3 signs for an image: its digest as the subject, the cosign/sign predicate, an empty predicate. */
function imageSignatureStatement(subject) {
    const [algorithm, hex] = subject.reference.digest.split(':');
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: `${subject.reference.registry}/${subject.reference.repository}`, digest: { [algorithm]: hex } }],
        predicateType: COSIGN_SIGN_PREDICATE_TYPE,
        predicate: {},
    };
}
/**
 * The referrer manifest cosign 3 writes for a DSSE bundle (`WriteAttestationNewBundleFormat`): the
 * empty config, the bundle as the one layer, the image as subject, annotations naming the content
 * and predicate type. `created` is the caller's clock (SOURCE_DATE_EPOCH for reproducible output).
 */
function bundleReferrerManifest(subject, bundle, predicateType, created) {
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
        config: { mediaType: MEDIA_TYPES.ociEmpty, digest: blobFromBytes(EMPTY_CONFIG).digest, size: EMPTY_CONFIG.length },
        layers: [{ mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, digest: blobFromBytes(bundle).digest, size: bundle.byteLength }],
        subject: { mediaType: subject.mediaType, digest: subject.reference.digest, size: subject.size },
        annotations: {
            'org.opencontainers.image.created': created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            'dev.sigstore.bundle.content': 'dsse-envelope',
            [BUNDLE_PREDICATE_TYPE_ANNOTATION]: predicateType,
        },
    }));
}
/** Pushes a DSSE bundle as a referrer of an image, as cosign 3 does; returns the referrer's digest and how it was indexed. */
async function attachBundle(client, subject, bundle, predicateType, created) {
    const manifest = bundleReferrerManifest(subject, bundle, predicateType, created);
    await client.pushBlob(subject.reference, blobFromBytes(EMPTY_CONFIG));
    await client.pushBlob(subject.reference, blobFromBytes(bundle));
    return client.pushReferrer(subject.reference, manifest, MEDIA_TYPES.ociManifest);
}
/** The layer media type of cosign 2's image signatures (a "simple signing" payload). */
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** cosign 2's signature layer annotations. */
const LEGACY_ANNOTATIONS = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
};
/** The `critical.type` of cosign's simple-signing payloads; sigstore's payload reader refuses any other. */
const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
/** The tag cosign 2 keeps an image's signatures under: `sha256-<hex>.sig`. */
function legacySignatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/**
 * The payload cosign 2 signs for an image (containers/image "simple signing"): the repository as
 * ggcr names it (Docker Hub as `index.docker.io`), the manifest digest, the cosign type. Field
 * order is Go's, so the bytes are cosign's for the same image.
 */
function simpleSigningPayload(subject) {
    const registry = subject.reference.registry === 'docker.io' ? 'index.docker.io' : subject.reference.registry;
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': `${registry}/${subject.reference.repository}` },
            image: { 'docker-manifest-digest': subject.reference.digest },
            type: COSIGN_SIGNATURE_TYPE,
        },
        optional: null,
    }));
}
/**
 * The annotations of a cosign 2 signature layer, from a Sigstore message-signature bundle over the
 * payload: the signature, the certificate (PEM) when keyless, and the Rekor entry as cosign's
 * `bundle` annotation (signed entry timestamp and canonical body) when the bundle has a log entry.
 */
function legacySignatureAnnotations(bundle) {
    const invalid = (why) => new oci_errors/* OciError */.M('OCI_MANIFEST_INVALID', `the signature bundle cannot be written in cosign 2's format: ${why}`, { hint: 'this is a bug in trust-kit: please report it' });
    const root = bundle;
    const signature = root.messageSignature?.signature;
    if (typeof signature !== 'string')
        throw invalid('it is not a message signature');
    const annotations = { [LEGACY_ANNOTATIONS.signature]: signature };
    const certificate = root.verificationMaterial?.certificate?.rawBytes ?? root.verificationMaterial?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    if (typeof certificate === 'string')
        annotations[LEGACY_ANNOTATIONS.certificate] = pem(certificate);
    const entry = root.verificationMaterial?.tlogEntries?.[0];
    if (entry !== undefined) {
        const set = entry.inclusionPromise?.signedEntryTimestamp;
        const keyId = entry.logId?.keyId;
        if (typeof set !== 'string' || typeof keyId !== 'string' || typeof entry.canonicalizedBody !== 'string')
            throw invalid('its log entry has no signed entry timestamp');
        annotations[LEGACY_ANNOTATIONS.bundle] = JSON.stringify({
            SignedEntryTimestamp: set,
            Payload: {
                body: entry.canonicalizedBody,
                // Protobuf JSON leaves out zero values: the first entry of a log has no logIndex.
                integratedTime: Number(entry.integratedTime ?? 0),
                logIndex: Number(entry.logIndex ?? 0),
                logID: Buffer.from(keyId, 'base64').toString('hex'),
            },
        });
    }
    return annotations;
}
function pem(base64Der) {
    const lines = base64Der.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
/** The layer media type of cosign 2's image attestations: a DSSE envelope. */
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** The tag cosign 2 keeps an image's attestations under: `sha256-<hex>.att`. */
function legacyAttestationTag(digest) {
    return `${digest.replace(':', '-')}.att`;
}
/**
 * Adds a signature to an image's `sha256-<hex>.sig` manifest as cosign 2 does (or, for kind
 * `attestation`, a DSSE envelope to its `sha256-<hex>.att` manifest): the payload as a layer
 * carrying the signature annotations, appended to the layers already there (read-modify-write,
 * racy between two writers as in cosign); the same signature twice is kept once.
 */
async function attachLegacySignature(client, subject, payload, annotations, kind = 'signature') {
    const tag = kind === 'signature' ? legacySignatureTag(subject.reference.digest) : legacyAttestationTag(subject.reference.digest);
    const repository = { registry: subject.reference.registry, repository: subject.reference.repository };
    let layers = [];
    try {
        const existing = await client.getManifest({ ...repository, tag });
        if (existing.manifest.kind !== 'image')
            throw new oci_errors/* OciError */.M('OCI_MANIFEST_INVALID', `${tag} in ${(0,oci_reference/* formatImageReference */.my)(repository)} is an index, not cosign's signature manifest`, { hint: 'something else wrote that tag; remove it' });
        layers = [...existing.manifest.manifest.layers];
    }
    catch (error) {
        if (!((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'OCI_NOT_FOUND'))
            throw error;
    }
    const layer = { mediaType: kind === 'signature' ? SIMPLE_SIGNING_MEDIA_TYPE : DSSE_ENVELOPE_MEDIA_TYPE, digest: blobFromBytes(payload).digest, size: payload.byteLength, annotations };
    const same = (other) => other.digest === layer.digest && other.annotations?.[LEGACY_ANNOTATIONS.signature] === annotations[LEGACY_ANNOTATIONS.signature];
    if (!layers.some(same))
        layers.push(layer);
    const config = Buffer.from(JSON.stringify({ architecture: '', os: '', config: {}, rootfs: { type: 'layers', diff_ids: layers.map((entry) => entry.digest) } }));
    await client.pushBlob(repository, blobFromBytes(payload));
    await client.pushBlob(repository, blobFromBytes(config));
    const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: MEDIA_TYPES.ociConfig, digest: blobFromBytes(config).digest, size: config.length }, layers }));
    const { digest } = await client.putManifest(repository, manifest, MEDIA_TYPES.ociManifest, tag);
    return { tag, digest };
}

;// CONCATENATED MODULE: ./lib/oci/index.js
/** The OCI registry client: references, credentials, manifests, blobs and referrers. */









;// CONCATENATED MODULE: ./lib/images/registry.js




/** How long a command may wait on registries' answers in all: far more than signing or verifying images takes, far less than a registry answering every call as slowly as it may would hold a job. */
const REGISTRY_TOTAL_BUDGET_MS = 15 * 60_000;
/** The environment variable holding the password of a registry username (a flag or input would show it). */
const PASSWORD_VARIABLE = 'TRUST_KIT_REGISTRY_PASSWORD';
/** A registry client for the images' registries, as the registry flags (or inputs) say: `registry-username`, `allow-http-registry`, `allow-insecure-registry`. */
async function registryClientFor(values, env, references, retry) {
    const username = typeof values['registry-username'] === 'string' ? values['registry-username'] : undefined;
    return new RegistryClient({
        credentials: await registryCredentials(env, new Set(references.map((reference) => reference.registry)), username),
        plainHttp: values['allow-http-registry'] === true,
        skipTlsVerify: values['allow-insecure-registry'] === true,
        proxy: (0,core_proxy.proxySettingsFrom)(env),
        totalBudgetMs: REGISTRY_TOTAL_BUDGET_MS,
        ...(retry === undefined ? {} : { retry }),
    });
}
/**
 * The explicit login for the images' registries, GITHUB_TOKEN for ghcr.io when an image lives
 * there, then docker's config.json; secrets are taken out of the environment into protected memory.
 */
async function registryCredentials(env, registries, username) {
    const sources = [];
    if (username !== undefined) {
        const password = secrets/* SecretBuffer */.pP.fromEnv(PASSWORD_VARIABLE, env);
        // Taken for this source alone, so wiped with it (GITHUB_TOKEN below is shared, and stays).
        sources.push({ ...staticCredentials(Object.fromEntries([...registries].map((registry) => [registry, { username, secret: password }]))), close: () => password.destroy() });
    }
    // Taken without a string of it, and shared: a release's second registry client (and its GitHub API client) needs it too.
    const githubToken = registries.has('ghcr.io') ? secrets/* SecretBuffer */.pP.sharedFromEnv('GITHUB_TOKEN', env) : undefined;
    if (githubToken !== undefined)
        sources.push(staticCredentials({ 'ghcr.io': { username: env.GITHUB_ACTOR ?? 'trust-kit', secret: githubToken } }));
    const configDir = env.DOCKER_CONFIG ?? (env.HOME === undefined ? undefined : (0,external_node_path_.join)(env.HOME, '.docker'));
    const dockerConfig = configDir === undefined ? undefined : await loadDockerConfig((0,external_node_path_.join)(configDir, 'config.json'));
    if (dockerConfig !== undefined)
        sources.push(dockerConfig);
    return sources.length === 0 ? undefined : chainCredentials(...sources);
}

;// CONCATENATED MODULE: ./lib/images/errors.js

/** Why an image could not be attested or verified. */
class ImagesError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'ImagesError';
    }
}

;// CONCATENATED MODULE: ./lib/images/resolve.js



/** How deep `recursive` follows indexes listed in indexes: real ones nest one level, if at all. */
const MAX_INDEX_DEPTH = 8;
/**
 * The most manifests one run signs: a multi-arch image with an attestation manifest per platform
 * is a few dozen; an index of a registry's choosing can list tens of thousands in its 4 MiB, each
 * another certificate use and log entry, and nested indexes multiply them.
 */
const MAX_IMAGE_SUBJECTS = 1000;
/**
 * The manifests a run signs or attests: each reference's tag resolved once to its digest (logged),
 * and with `recursive` every manifest a multi-arch index lists after the index (indexes it lists
 * walked in turn, as cosign walks them), each fetched (checked against the digest its index lists)
 * and described as the registry serves it. Everything is resolved before anything is signed, so a
 * missing image fails the run before a certificate is asked for.
 */
async function resolveImages(client, references, options) {
    const subjects = [];
    // A manifest named twice (two references to one image, an index listing an entry twice) is signed once.
    const seen = new Set();
    const add = (subject) => {
        if (subjects.length === MAX_IMAGE_SUBJECTS) {
            throw new ImagesError('IMAGES_TOO_MANY', `${(0,oci_reference/* formatImageReference */.my)(subject.reference)} would be manifest ${MAX_IMAGE_SUBJECTS + 1} to sign; a run signs at most ${MAX_IMAGE_SUBJECTS}`, {
                hint: 'check what the index lists (--recursive, input "recursive: true", signs every manifest under it), or sign the platform manifests you mean by digest',
            });
        }
        seen.add((0,oci_reference/* formatImageReference */.my)(subject.reference));
        subjects.push(subject);
    };
    const walk = async (index, depth) => {
        if (index.manifest.kind !== 'index')
            return;
        if (depth > MAX_INDEX_DEPTH) {
            throw new ImagesError('IMAGES_INDEX_TOO_DEEP', `${(0,oci_reference/* formatImageReference */.my)(index.reference)} nests indexes more than ${MAX_INDEX_DEPTH} levels deep`, { hint: 'sign the platform manifests by digest instead of --recursive (input "recursive: true")' });
        }
        for (const child of index.manifest.manifest.manifests) {
            // An index may spell a digest in uppercase hex: signed as spelt, it would name a digest no verifier looks up, and repeat the lowercase entry.
            const pinned = { ...index.reference, digest: canonicalDigest(child.digest) };
            requireSha256(`${(0,oci_reference/* formatImageReference */.my)(pinned)} (listed by ${(0,oci_reference/* formatImageReference */.my)(index.reference)})`, pinned.digest);
            if (seen.has((0,oci_reference/* formatImageReference */.my)(pinned)))
                continue;
            // Signing a digest the registry does not have, or naming it by the index's word for its type and size, would attach referrers to nothing there.
            const fetched = await client.getManifest(pinned);
            add({ reference: fetched.reference, mediaType: fetched.mediaType, size: fetched.bytes.length });
            await walk(fetched, depth + 1);
        }
    };
    for (const reference of references) {
        if (reference.digest !== undefined)
            requireSha256((0,oci_reference/* formatImageReference */.my)(reference), reference.digest);
        const resolved = await client.resolve(reference);
        options.logger.info(`${(0,oci_reference/* formatImageReference */.my)(reference)} is ${(0,oci_reference/* formatImageReference */.my)(resolved.reference)}`);
        if (!seen.has((0,oci_reference/* formatImageReference */.my)(resolved.reference)))
            add({ reference: resolved.reference, mediaType: resolved.mediaType, size: resolved.bytes.length });
        if (options.recursive)
            await walk(resolved, 1);
    }
    return subjects;
}
/** `algorithm:hex` with the hex in lowercase (parseManifest has checked the digest's form). */
function canonicalDigest(digest) {
    const { algorithm, hex } = (0,core_digest/* parseDigestReference */.Dn)(digest);
    return `${algorithm}:${hex}`;
}
/** Refuses a manifest named by another digest than sha256: cosign and verify-image look an image's signatures up by its sha256 digest, so a signature of another would verify nowhere. */
function requireSha256(shown, digest) {
    if (digest.startsWith('sha256:'))
        return;
    throw new ImagesError('IMAGES_DIGEST_UNSUPPORTED', `${shown} is named by a ${digest.split(':', 1)[0] ?? ''} digest; images are signed and attested by their sha256 digest`, {
        hint: 'name the image by tag or by its sha256 digest (and list platform manifests by their sha256 digests in the index)',
    });
}
/** The name an image's statements give it: its repository, as cosign names the subject of the statements it signs. */
function imageSubjectName(subject) {
    return `${subject.reference.registry}/${subject.reference.repository}`;
}

;// CONCATENATED MODULE: ./lib/images/sign.js

/**
 * Signs images with an open session (one certificate for all of them, and for whatever else the
 * session signs): cosign 3's signed statement attached as a bundle referrer and, unless `format`
 * is cosign3, cosign 2's simple-signing signature in the `.sig` manifest. `onSigned` hears of each
 * image as soon as it is signed, so a caller can report what was attached before a later failure,
 * and of an image whose referrer was attached when its `.sig` then failed (the entry has no `legacyTag`).
 */
async function signImages(client, session, subjects, options) {
    const signed = [];
    for (const subject of subjects) {
        const shown = (0,oci_reference/* formatImageReference */.my)(subject.reference);
        const entry = { subject };
        if (options.format !== 'cosign2') {
            const bundle = await session.signStatement(imageSignatureStatement(subject), shown);
            entry.referrer = await attachBundle(client, subject, Buffer.from(JSON.stringify(bundle.bundle)), COSIGN_SIGN_PREDICATE_TYPE, options.created);
            options.logger.info(`signed ${shown}: bundle ${entry.referrer.digest} (${entry.referrer.via === 'api' ? 'referrers API' : 'referrers tag'})`);
        }
        if (options.format !== 'cosign3') {
            try {
                const payload = simpleSigningPayload(subject);
                const bundle = await session.signBlob(payload, `${shown} (cosign 2 signature)`);
                entry.legacyTag = (await attachLegacySignature(client, subject, payload, legacySignatureAnnotations(bundle.bundle))).tag;
            }
            catch (error) {
                // The bundle referrer is attached and verifies: reported as what this image holds, not left out as if nothing were.
                if (entry.referrer !== undefined)
                    options.onSigned?.(entry);
                throw error;
            }
            options.logger.info(`signed ${shown}: ${entry.legacyTag}`);
        }
        signed.push(entry);
        options.onSigned?.(entry);
    }
    return signed;
}

// EXTERNAL MODULE: ./lib/release/errors.js
var release_errors = __webpack_require__(86482);
// EXTERNAL MODULE: ./lib/release/state.js
var state = __webpack_require__(97235);
;// CONCATENATED MODULE: ./lib/release/steps/images.js









/** The configured references parsed, every bad one named in one error. */
function parseReferences(references) {
    const parsed = [];
    const problems = [];
    for (const reference of references) {
        try {
            parsed.push((0,oci_reference/* parseImageReference */.o_)(reference));
        }
        catch (error) {
            if (!(0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            problems.push(error.message);
        }
    }
    if (problems.length > 0) {
        throw new release_errors/* ReleaseError */.K2('RELEASE_IMAGE_REFERENCE', `images: ${problems.join('; ')}`, { hint: 'name each image as registry/repository:tag or registry/repository@sha256:<hex>' });
    }
    return parsed;
}
/** A registry client for the configured images' registries. */
async function imagesClient(config, env, references) {
    return registryClientFor({ 'allow-http-registry': config.images?.allowHttp === true }, env, references, config.sign?.retry);
}
/**
 * Resolves the configured images while the artifacts are hashed: each tag once to its digest, and
 * with `recursive` each platform manifest of an index. A bad reference or a missing image fails
 * the run before a certificate is asked for and before anything is written.
 */
const runResolveImagesStep = async ({ config, ports }) => {
    const images = config.images;
    if (images === undefined)
        throw new Error('resolve-images runs when images are configured');
    const references = parseReferences(images.references);
    const client = await imagesClient(config, ports.env, references);
    try {
        return { imageSubjects: await resolveImages(client, references, { recursive: images.recursive, logger: ports.logger }) };
    }
    finally {
        client.close();
    }
};
/**
 * Signs the resolved images in the session that signed the checksums file (one certificate for
 * the checksums, the attestations and the images): signatures attached as OCI referrers (and
 * cosign 2's `.sig` manifest unless `signature-format` is cosign3). Nothing is written to the
 * output directory: the signatures live in the registry.
 */
const runImagesStep = async ({ config, ports, session, imageSubjects }) => {
    // Signing was skipped (on-missing-token: warn|skip): nothing is signed, and the summary says why.
    if (session === undefined)
        return {};
    const images = config.images;
    if (images === undefined || imageSubjects === undefined)
        throw new Error('images run after resolve-images');
    const client = await imagesClient(config, ports.env, imageSubjects.map((subject) => subject.reference));
    const signedImages = [];
    try {
        const created = (ports.clock ?? clock/* systemClock */.ml).now();
        await signImages(client, session, imageSubjects, { format: images.format, created, logger: ports.logger, onSigned: (signed) => signedImages.push((0,oci_reference/* formatImageReference */.my)(signed.subject.reference)) });
    }
    catch (error) {
        // Images signed before the failure are attached in the registry: the log names them, and so does the run's report.
        if (signedImages.length === 0)
            throw error;
        ports.logger.warn(`signed before the failure (their signatures are in the registry): ${signedImages.join(', ')}`);
        throw new state/* PartialStepFailure */.U(error, { images: signedImages });
    }
    finally {
        client.close();
    }
    ports.logger.info(`images: ${(0,plural/* counted */.h)(signedImages.length, 'image')} signed in the checksums file's session`);
    return { images: signedImages };
};


/***/ })

};
