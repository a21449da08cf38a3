export const id = 3944;
export const ids = [3944];
export const modules = {

/***/ 25643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxiedFetch)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16327);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39002);






/** Statuses whose response has no body, which `Response` refuses one for. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);
/** Redirect statuses followed for GET and HEAD. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As many redirects as a download takes (GitHub sends one, to its asset host), with room to spare, and no loop. */
const DEFAULT_MAX_REDIRECTS = 10;
function toResponse(message) {
    const headers = new Headers();
    for (let index = 0; index + 1 < message.rawHeaders.length; index += 2)
        headers.append(message.rawHeaders[index], message.rawHeaders[index + 1]);
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status)) {
        message.resume();
        return new Response(null, { status, headers });
    }
    return new Response(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(message), { status, headers });
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
    const proxy = agent === undefined ? undefined : (0,_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyFor */ .iJ)(target, agents.settings);
    const via = (message) => (proxy === undefined ? message : `${message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyOrigin */ .Pj)(proxy)})`);
    return new Promise((resolve, reject) => {
        const signal = init.signal ?? undefined;
        const outgoing = request(target, { method: init.method ?? 'GET', headers: sent, ...(agent === undefined ? {} : { agent }), ...(signal === undefined ? {} : { signal }) }, resolve);
        outgoing.on('error', (error) => {
            reject(proxy === undefined || error instanceof _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__/* .ProxyTunnelError */ .Ng ? error : Object.assign(new Error(via(error.message), { cause: error }), { name: error.name, code: error.code }));
        });
        if (signal !== undefined) {
            // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
            const abort = () => {
                reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyOrigin */ .Pj)(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
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
 *   Authorization header once the origin changes, as fetch does, at most `maxRedirects` times.
 * Given agents (rather than settings), the caller owns them and destroys them when done.
 */
function proxiedFetch(proxy = _proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_PROXY_SETTINGS */ .JB, maxRedirects = DEFAULT_MAX_REDIRECTS) {
    const agents = proxy instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .ProxyAgents */ .LT ? proxy : new _proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .ProxyAgents */ .LT(proxy);
    return async (url, init = {}) => {
        let target = new URL(url);
        let headers = init.headers ?? {};
        const method = (init.method ?? 'GET').toUpperCase();
        for (let redirects = 0;; redirects += 1) {
            const message = await send(target, init, headers, agents);
            const location = message.headers.location;
            const follow = REDIRECTS.has(message.statusCode ?? 0) && location !== undefined && (method === 'GET' || method === 'HEAD') && init.redirect !== 'manual';
            if (!follow)
                return toResponse(message);
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

/***/ 89402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ missingTokenError),
/* harmony export */   OH: () => (/* binding */ SIGSTORE_AUDIENCE),
/* harmony export */   Zx: () => (/* binding */ tokenSource),
/* harmony export */   gj: () => (/* binding */ requestIdToken),
/* harmony export */   pT: () => (/* binding */ requestRunnerIdTokens)
/* harmony export */ });
/* unused harmony exports OidcError, MISSING_TOKEN_POLICIES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7493);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66433);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16327);
/* harmony import */ var _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25643);





/** A failure to obtain an OIDC identity token. */
class OidcError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'OidcError';
    }
}
/** The audience Fulcio accepts. */
const SIGSTORE_AUDIENCE = 'sigstore';
/** Values of `on-missing-token`. */
const MISSING_TOKEN_POLICIES = (/* unused pure expression or super */ null && (['fail', 'warn', 'skip']));
/** Where a token would come from in this environment, without taking it. */
function tokenSource(env) {
    if ((env.SIGSTORE_ID_TOKEN ?? '') !== '')
        return 'SIGSTORE_ID_TOKEN';
    if ((env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '') !== '' && (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '') !== '')
        return 'actions';
    return undefined;
}
const JWT_BYTE = /^[A-Za-z0-9_\-.]$/;
function decodeClaims(jwt, source) {
    const parts = jwt.toString('latin1').split('.');
    const invalid = (detail) => new OidcError('OIDC_TOKEN_INVALID', `the identity token from ${source} is not a usable JWT: ${detail}`, {
        hint: 'pass an OIDC identity token (three base64url parts separated by dots) issued for the audience "sigstore"',
    });
    if (parts.length !== 3 || parts.some((part) => part === '' || !/^[A-Za-z0-9_-]+$/.test(part)))
        throw invalid('it does not have three base64url parts');
    let claims;
    try {
        claims = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        throw invalid('its payload is not JSON');
    }
    if (typeof claims !== 'object' || claims === null || typeof claims.iss !== 'string')
        throw invalid('it has no "iss" claim');
    const { sub, email, email_verified: emailVerified, exp } = claims;
    // Fulcio proves possession of the key by signing `sub` (or a verified email): without one it cannot issue.
    if (typeof email === 'string' ? emailVerified !== true : typeof sub !== 'string' || sub === '')
        throw invalid('it has neither a "sub" claim nor a verified "email"');
    if (typeof exp === 'number' && exp * 1000 <= Date.now())
        throw invalid(`it expired at ${new Date(exp * 1000).toISOString()}`);
    return claims;
}
/**
 * Finds the token in the runner's `{"count":1,"value":"<jwt>"}` reply without turning it into a
 * string: a JWT is base64url and dots, so the JSON string holds no escapes to decode.
 */
function tokenRange(body) {
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
}
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
function endpointPath(url) {
    return `${url.origin}${url.pathname}`;
}
/**
 * The token endpoint's URL for an audience: the runner's URL keeps its query (`api-version`) and
 * gets exactly one `audience`. A URL that is not one is refused without quoting it: its query may
 * carry credentials, and fetch would echo a URL with a user name in its error.
 */
function tokenRequestURL(value, audience) {
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
}
/** Requests one token per audience asked for (a release asks for one) with one intake of the runner's request token (which intake takes out of the environment). */
async function requestFromRunner(options, audiences) {
    const env = options.env;
    const requestToken = _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretBuffer */ .pP.fromEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', env);
    let urls;
    try {
        urls = audiences.map((audience) => tokenRequestURL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '', audience));
        // fetch quotes a header value it refuses in its error, token included: check it here, quoting nothing.
        if (requestToken.use((bytes) => bytes.some((byte) => byte < 0x21 || byte > 0x7e))) {
            throw new OidcError('OIDC_SERVICE_FAILED', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN holds spaces, line breaks or other bytes an HTTP header cannot carry', {
                hint: 'leave ACTIONS_ID_TOKEN_REQUEST_TOKEN to the runner; if you set it yourself, strip the trailing newline',
            });
        }
    }
    catch (error) {
        requestToken.destroy();
        throw error;
    }
    const client = options.fetch ?? (0,_core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .proxiedFetch */ .i)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxySettingsFrom */ .Yw)(env));
    const tokens = [];
    try {
        for (const url of urls)
            tokens.push(await fetchRunnerToken(url, requestToken, client, options.retry));
    }
    catch (error) {
        for (const token of tokens)
            token.secret.destroy();
        throw error;
    }
    finally {
        requestToken.destroy();
    }
    return tokens;
}
async function fetchRunnerToken(url, requestToken, client, retry) {
    const where = endpointPath(url);
    const body = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(retry, async () => {
        const response = await requestToken.use((bearer) => client(url, {
            headers: { Accept: 'application/json', Authorization: `Bearer ${bearer.toString('latin1')}` },
            signal: AbortSignal.timeout(retry.timeoutMs),
        }));
        if (response.status === 408 || response.status === 429 || response.status >= 500) {
            await response.arrayBuffer();
            throw new TransientStatus(response.status, (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterMs */ .Vs)(response.headers.get('retry-after')));
        }
        if (!response.ok) {
            await response.arrayBuffer();
            throw new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} failed: HTTP ${response.status}`, {
                hint: response.status === 401 || response.status === 403
                    ? 'the runner refused the token request: the job needs `id-token: write` under `permissions:`, and ACTIONS_ID_TOKEN_REQUEST_TOKEN must be the one the runner set'
                    : 'the runner\'s token endpoint refused the request; re-run the job',
            });
        }
        return Buffer.from(await response.arrayBuffer());
    }, (error) => {
        if (error instanceof OidcError)
            return 'permanent';
        return error instanceof TransientStatus && error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : 'transient';
    }).catch((error) => {
        if (error instanceof OidcError)
            throw error;
        const status = error instanceof TransientStatus ? `HTTP ${error.status}` : /timeout|abort/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)) ? 'timed out' : 'could not connect';
        throw new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} failed: ${status}`, {
            cause: error,
            hint: 'the runner\'s token endpoint kept failing through every retry; re-run the job',
        });
    });
    const range = tokenRange(body);
    if (range === undefined) {
        body.fill(0);
        throw new OidcError('OIDC_TOKEN_INVALID', `the reply of ${where} holds no token ("value")`, { hint: 'the runner\'s token endpoint answered something unexpected; re-run the job' });
    }
    const secret = _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretBuffer */ .pP.fill(range[1] - range[0], (into) => body.copy(into, 0, range[0], range[1]));
    body.fill(0);
    return { secret, claims: secret.use((jwt) => decodeClaims(jwt, 'the runner')), source: 'the runner' };
}
/**
 * Obtains an identity token for Sigstore: `SIGSTORE_ID_TOKEN` when set, otherwise the GitHub
 * Actions runner's (audience `sigstore`, retried on 5xx, 429 and connection failures within the
 * policy's budget); undefined when neither is available. Secret variables are taken out of `env`.
 */
async function requestIdToken(options) {
    const source = tokenSource(options.env);
    if (source === undefined)
        return undefined;
    if (source === 'SIGSTORE_ID_TOKEN') {
        const secret = _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretBuffer */ .pP.fromEnv('SIGSTORE_ID_TOKEN', options.env);
        return { secret, claims: secret.use((jwt) => decodeClaims(jwt, 'SIGSTORE_ID_TOKEN')), source: 'SIGSTORE_ID_TOKEN' };
    }
    const [token] = await requestFromRunner(options, [options.audience ?? SIGSTORE_AUDIENCE]);
    return token;
}
/**
 * Requests tokens for several audiences from the GitHub Actions runner only (never
 * `SIGSTORE_ID_TOKEN`), with one intake of its request token: a release asks for one (`sigstore`
 * when it signs keyless, else `nobody` for its provenance). Undefined when the job has no token endpoint.
 */
async function requestRunnerIdTokens(options, audiences) {
    if ((options.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '') === '' || (options.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '') === '')
        return undefined;
    return requestFromRunner(options, audiences);
}
/**
 * Events that run with the pull request's head in a fork's context, where GitHub gives no OIDC
 * token. `pull_request_target` is not one: it runs as the base repository, with its permissions.
 */
const FORK_CONTEXT_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/** Whether the run is a pull request from a fork (a deleted fork leaves `head.repo` null). */
function forkPullRequest(env, payload) {
    if (!FORK_CONTEXT_EVENTS.has(env.GITHUB_EVENT_NAME ?? ''))
        return false;
    const pull = payload?.pull_request;
    if (pull?.head === undefined)
        return false;
    const head = pull.head.repo;
    return head === null || head?.fork === true || (head?.full_name !== undefined && head.full_name !== pull.base?.repo?.full_name);
}
/**
 * The error for a job without an identity token, saying exactly what to change: the
 * `id-token: write` permission, or (on fork pull requests) the `on-missing-token` input.
 */
function missingTokenError(env, payload) {
    if (forkPullRequest(env, payload)) {
        return new OidcError('OIDC_TOKEN_UNAVAILABLE', 'no OIDC identity token: GitHub does not give one to workflows running for pull requests from forks', {
            hint: 'set `on-missing-token: skip` (or `warn`) on this step so fork pull requests build without signing',
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
}


/***/ }),

/***/ 36206:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jn: () => (/* reexport */ names/* ATTESTATIONS_FILE */.jn),
  bZ: () => (/* binding */ attestRelease),
  qR: () => (/* binding */ releaseAttestationTokens),
  gl: () => (/* binding */ releasePredicateTypes)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/attest/errors.js
var errors = __webpack_require__(98114);
// EXTERNAL MODULE: ./lib/attest/predicates/index.js + 3 modules
var predicates = __webpack_require__(44244);
// EXTERNAL MODULE: ./lib/attest/provenance.js + 1 modules
var provenance = __webpack_require__(86897);
// EXTERNAL MODULE: ./lib/attest/sign.js
var sign = __webpack_require__(1880);
// EXTERNAL MODULE: ./lib/attest/statement.js
var statement = __webpack_require__(98316);
// EXTERNAL MODULE: ./lib/attest/subjects.js
var subjects = __webpack_require__(82728);
;// CONCATENATED MODULE: ./lib/attest/index.js
/** Attestations: in-toto statements over subjects, SLSA provenance from verified claims, SBOM and custom predicates. */







// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
;// CONCATENATED MODULE: ./lib/core/logger.js
/** A logger that drops everything, for library callers that want silence. */
const silentLogger = { info() { }, warn() { }, debug() { } };

// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
;// CONCATENATED MODULE: ./lib/release/attest.js












/**
 * The token a release's attestations need, requested before the checksums file is signed: keyless
 * from the runner, the Sigstore token (with a copy for the provenance claims), else one for `nobody`;
 * undefined when attestations are off or the job has no token endpoint (then provenance is skipped,
 * or refused when required).
 */
async function releaseAttestationTokens(config, sign, env) {
    if (config.attest === 'off')
        return undefined;
    const tokens = await (0,provenance/* requestAttestationTokens */.qD)(env, sign.retry, sign.key === undefined);
    if (tokens === undefined && config.attest === 'required')
        throw (0,provenance/* provenanceUnavailable */.k$)();
    return tokens;
}
async function sbomPredicate(path, logger) {
    try {
        return (0,predicates/* predicateFromSbom */.xZ)(await (0,files/* readRegularFile */.XF)(path, { maxBytes: statement/* MAX_PREDICATE_BYTES */.pB, what: 'SBOM' }), (0,external_node_path_.basename)(path));
    }
    catch (error) {
        // The SBOM is published and covered by the signed checksums either way; GitHub refuses attestations past 16 MB.
        if ((0,core_errors/* isTrustKitError */.Nf)(error) && (error.code === 'FILE_TOO_LARGE' || error.code === 'ATTEST_PREDICATE_TOO_LARGE')) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} is larger than the 16 MB an attestation may hold; it is published, but not attested`);
            return undefined;
        }
        throw error;
    }
}
/**
 * The predicate types {@link attestRelease} will sign for these inputs, read the way it reads them
 * (provenance when there is a claims token; each SBOM's own type, unless it is too large to attest):
 * what the verification kit requires before the attestations exist.
 */
async function releasePredicateTypes(input) {
    const types = input.claims === undefined ? [] : [predicates/* SLSA_PROVENANCE_V1 */.us];
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, silentLogger);
        if (predicate !== undefined)
            types.push(predicate.predicateType);
    }
    return types;
}
/**
 * The attest step of a release: SLSA provenance of the artifacts from the verified claims token
 * (when there is one) and an SBOM attestation per SBOM, all signed with the session that signed
 * the checksums file (one certificate), written to `attestations.intoto.jsonl`. Returns the file
 * and the predicate types, or undefined when there was nothing to attest.
 */
async function attestRelease(input) {
    const predicates = [];
    if (input.tokens !== undefined) {
        const run = await (0,context/* readRunContext */.$)(input.env);
        predicates.push(await (0,provenance/* provenanceFromToken */.xt)(input.tokens.claims, { serverURL: run.serverURL, payload: run.payload, clock: clock/* systemClock */.ml, startedOn: input.startedOn, retry: input.retry, audience: input.tokens.audience, discoveryURL: input.discoveryURL, proxy: (0,proxy/* proxySettingsFrom */.Yw)(input.env) }));
    }
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.logger);
        if (predicate !== undefined)
            predicates.push(predicate);
    }
    if (predicates.length === 0)
        return undefined;
    if (input.artifacts.length === 0)
        throw new errors/* AttestError */.y('ATTEST_NO_SUBJECTS', 'the release has no artifact to attest', { hint: 'name the release artifacts' });
    const statements = predicates.flatMap((predicate) => (0,statement/* buildStatements */.n5)(input.artifacts, predicate));
    const attestations = await (0,sign/* signStatements */.Kv)(input.session, statements);
    const path = (0,external_node_path_.join)(input.stagingDir, names/* ATTESTATIONS_FILE */.jn);
    await (0,files/* writeFileAtomic */.Zf)(path, attestations.map((attestation) => attestation.text).join(''));
    const predicateTypes = predicates.map((predicate) => predicate.predicateType);
    input.logger.info(`attest: ${(0,plural/* counted */.h)(attestations.length, 'attestation')} (${predicateTypes.join(', ')}) of ${(0,plural/* counted */.h)(input.artifacts.length, 'artifact')} -> ${names/* ATTESTATIONS_FILE */.jn}`);
    return { path, predicateTypes };
}


/***/ }),

/***/ 21423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refPatternOf: () => (/* binding */ refPatternOf),
/* harmony export */   runVerificationKitStep: () => (/* binding */ runVerificationKitStep),
/* harmony export */   trustedRootsJsonl: () => (/* binding */ trustedRootsJsonl)
/* harmony export */ });
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53871);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62164);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54418);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36206);
/* harmony import */ var _verify_release_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98612);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77621);









/**
 * The source ref pattern a GitHub Actions signer's certificates will carry for this run: any tag
 * for a tag push (the next release's policy reads the same), this exact ref otherwise.
 */
function refPatternOf(ref) {
    if (ref === undefined || ref === '')
        return undefined;
    return ref.startsWith('refs/tags/') ? 'refs/tags/.*' : (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeRegExp */ .Nt)(ref);
}
/** Whether a trusted root is GitHub's instance (its authorities name GitHub as their operator), which also signs GitHub's release attestations. */
function isGitHubRoot(root) {
    return JSON.stringify(root.document).includes('GitHub, Inc.');
}
/** The trusted roots as JSON Lines, one root per line with sorted keys and a newline after each: what `gh --custom-trusted-root` and `trust-kit --trusted-root` read, and one line is what cosign's `--trusted-root` reads. */
function trustedRootsJsonl(roots) {
    return roots.map((root) => `${(0,_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalJson */ .dj)(root.document)}\n`).join('');
}
/**
 * GitHub's trusted root through its TUF repository, for a release whose GitHub release
 * attestation the policy requires; undefined (with a warning saying so) when it cannot be fetched.
 */
async function fetchGitHubRoots(ports) {
    try {
        return (await (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadGitHubTrustMaterial */ .PP)({ ...ports.githubTuf, proxy: (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .proxySettingsFrom */ .Yw)(ports.env) })).roots;
    }
    catch (error) {
        ports.logger.warn(`verification kit: ${_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_POLICY_FILE */ .Ir} does not require GitHub's release attestation: GitHub's trusted root could not be fetched (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .reportOf */ .EI)(error).message})`);
        return undefined;
    }
}
/**
 * Writes the offline verification kit before the checksums file, which lists it so that the
 * signature covers it: `trust-kit-policy.json` (this run's certificate identity and issuer, its
 * repository and ref pattern, the predicate types the attest step will sign, and whether GitHub's
 * release attestation is required) and the trusted roots signing checks every bundle against
 * (`--trusted-root`, or what the instance's TUF repository served), and for an immutable release
 * GitHub's trusted root when those do not hold it. Only a keyless signer is
 * written down: a key's holder is not a policy a release can state.
 */
const runVerificationKitStep = async ({ config, ports, opened, tokens, sbom, staging, immutableRelease }) => {
    // Signing was skipped (on-missing-token: warn|skip): there is no signer to name.
    if (opened === undefined)
        return {};
    if (staging === undefined)
        throw new Error('verification-kit runs after collect');
    const signer = opened.signer();
    if (signer.kind !== 'certificate' || opened.trust === undefined) {
        ports.logger.info('verification kit: not written, the release is signed with a key (the policy file names keyless signers)');
        return {};
    }
    if (signer.identity === undefined) {
        ports.logger.warn('verification kit: not written, the identity token does not say which certificate identity Fulcio will issue (no job_workflow_ref or email claim)');
        return {};
    }
    const roots = opened.trust.roots;
    // GitHub signs its release attestations on its own instance: its root is at hand when the run signed there (or was given it), else fetched.
    let githubRoots;
    if (immutableRelease !== undefined)
        githubRoots = roots.some(isGitHubRoot) ? [] : await fetchGitHubRoots(ports);
    const githubFile = githubRoots === undefined ? undefined : githubRoots.length === 0 ? _names_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFICATION_KIT_TRUSTED_ROOT_FILE */ .l : _names_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE */ .f1;
    const attesting = config.attest !== 'off';
    const requiredPredicateTypes = attesting ? await (0,_attest_js__WEBPACK_IMPORTED_MODULE_6__/* .releasePredicateTypes */ .gl)({ claims: tokens?.claims, sbomPaths: (sbom?.entries ?? []).map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, entry.name)) }) : [];
    const files = [
        {
            name: _verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_POLICY_FILE */ .Ir,
            text: (0,_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .releasePolicyJson */ .yv)({
                trustedRoots: [_names_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFICATION_KIT_TRUSTED_ROOT_FILE */ .l],
                identity: signer.identity,
                issuer: signer.issuer,
                repository: signer.repository,
                // Only GitHub Actions certificates on github.com carry the source ref, which the policy then pins.
                refPattern: signer.repository === undefined ? undefined : refPatternOf(ports.env.GITHUB_REF),
                requiredPredicateTypes,
                githubTrustedRoot: githubFile,
            }),
        },
        { name: _names_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFICATION_KIT_TRUSTED_ROOT_FILE */ .l, text: trustedRootsJsonl(roots) },
        ...(githubRoots === undefined || githubRoots.length === 0 ? [] : [{ name: _names_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE */ .f1, text: trustedRootsJsonl(githubRoots) }]),
    ];
    const written = files.map((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, file.name));
    await Promise.all(files.map((file, index) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(written[index], file.text)));
    ports.logger.info(`verification kit: ${files.map((file) => file.name).join(', ')} (${[...roots, ...(githubRoots ?? [])].map((root) => root.label).join(', ')}), listed in the checksums file`);
    const entries = files.map((file) => ({ name: file.name, hex: (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestBytes */ .QN)(config.algorithm, file.text) }));
    const [policyPath, trustedRootPath] = written;
    return { verificationKit: { policyPath, trustedRootPath, entries }, written };
};


/***/ }),

/***/ 54418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.G),
/* harmony export */   IF: () => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_6__.p),
/* harmony export */   Nt: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.Nt),
/* harmony export */   OT: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.OT),
/* harmony export */   PP: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.PP),
/* harmony export */   ak: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.ak),
/* harmony export */   cx: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.cx),
/* harmony export */   fg: () => (/* reexport safe */ _key_js__WEBPACK_IMPORTED_MODULE_3__.f),
/* harmony export */   pV: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.pV),
/* harmony export */   qQ: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.qQ),
/* harmony export */   wC: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.wC)
/* harmony export */ });
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91638);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69085);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20031);
/* harmony import */ var _prehashed_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91966);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17776);









/***/ })

};
