export const id = 9402;
export const ids = [9402];
export const modules = {

/***/ 89402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_TOKEN_REPLY_BYTES: () => (/* binding */ MAX_TOKEN_REPLY_BYTES),
/* harmony export */   MISSING_TOKEN_POLICIES: () => (/* binding */ MISSING_TOKEN_POLICIES),
/* harmony export */   OidcError: () => (/* binding */ OidcError),
/* harmony export */   SIGSTORE_AUDIENCE: () => (/* binding */ SIGSTORE_AUDIENCE),
/* harmony export */   hasRunnerEndpoint: () => (/* binding */ hasRunnerEndpoint),
/* harmony export */   missingTokenError: () => (/* binding */ missingTokenError),
/* harmony export */   requestIdToken: () => (/* binding */ requestIdToken),
/* harmony export */   requestRunnerIdTokens: () => (/* binding */ requestRunnerIdTokens),
/* harmony export */   tokenSource: () => (/* binding */ tokenSource),
/* harmony export */   unexpiredToken: () => (/* binding */ unexpiredToken)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7493);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70554);
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
async function unexpiredToken(token, now) {
    const exp = token.claims.exp;
    if (token.renewal === undefined || typeof exp !== 'number' || exp * 1000 - RENEW_BEFORE_EXPIRY_MS > now)
        return token;
    const renewed = await token.renewal.renew();
    token.secret.destroy();
    return { ...renewed, renewal: token.renewal };
}
/** The audience Fulcio accepts. */
const SIGSTORE_AUDIENCE = 'sigstore';
/** Values of `on-missing-token`. */
const MISSING_TOKEN_POLICIES = ['fail', 'warn', 'skip'];
/**
 * Where a token would come from in this environment, without taking it, and without reading a
 * token as a string (`env.SIGSTORE_ID_TOKEN !== ''` would leave one in the heap the intake avoids).
 */
function tokenSource(env) {
    if ((0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hasEnvironmentValue */ .zP)('SIGSTORE_ID_TOKEN', env))
        return 'SIGSTORE_ID_TOKEN';
    if (hasRunnerEndpoint(env))
        return 'actions';
    return undefined;
}
/** Whether the runner gave this job a token endpoint (and the request token for it). */
function hasRunnerEndpoint(env) {
    return (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '') !== '' && (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hasEnvironmentValue */ .zP)('ACTIONS_ID_TOKEN_REQUEST_TOKEN', env);
}
const JWT_BYTE = /^[A-Za-z0-9_\-.]$/;
/** Whether a byte may appear in a base64url part of a JWT. */
function isBase64UrlByte(byte) {
    return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x5f;
}
/** The dot-separated parts of a JWT as views into its bytes, never as strings: the whole token is the bearer secret. */
function jwtParts(jwt) {
    const parts = [];
    let start = 0;
    for (let dot = jwt.indexOf(0x2e); dot !== -1 && parts.length < 3; dot = jwt.indexOf(0x2e, start)) {
        parts.push(jwt.subarray(start, dot));
        start = dot + 1;
    }
    parts.push(jwt.subarray(start));
    return parts;
}
/** What to do when the runner's token endpoint answers with no token, or one Fulcio could not use. */
const RUNNER_ANSWER_HINT = "the runner's token endpoint answered something unexpected: leave ACTIONS_ID_TOKEN_REQUEST_URL to the runner, and re-run the job";
/**
 * The claims of a token, refusing one Fulcio could not use. A SIGSTORE_ID_TOKEN the user gave is
 * OIDC_TOKEN_INVALID, to fix; the runner's is its endpoint failing, OIDC_SERVICE_FAILED, to re-run.
 */
function decodeClaims(jwt, source) {
    const parts = jwtParts(jwt);
    const invalid = (detail) => source === 'the runner'
        ? new OidcError('OIDC_SERVICE_FAILED', `the identity token from the runner is not a usable JWT: ${detail}`, { hint: RUNNER_ANSWER_HINT })
        : new OidcError('OIDC_TOKEN_INVALID', `the identity token from ${source} is not a usable JWT: ${detail}`, {
            hint: 'pass an OIDC identity token (three base64url parts separated by dots) issued for the audience "sigstore"',
        });
    if (parts.length !== 3 || parts.some((part) => part.length === 0 || !part.every(isBase64UrlByte)))
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
    // The runner's request token goes in the Authorization header: over plain HTTP only to this machine (a test double).
    if ((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_3__.inTheClearOffMachine)(url)) {
        throw new OidcError('OIDC_SERVICE_FAILED', `ACTIONS_ID_TOKEN_REQUEST_URL is ${url.origin}, plain HTTP to another machine: the request token would travel in the clear`, {
            hint: 'leave ACTIONS_ID_TOKEN_REQUEST_URL to the runner, which gives an https:// URL; plain HTTP is taken only on this machine\'s loopback, for a test server',
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
    const forget = () => requestToken.destroy();
    return tokens.map((token, index) => ({ ...token, renewal: { renew: () => fetchRunnerToken(urls[index], requestToken, client, options.retry), forget } }));
}
/** A token reply is a JWT of a few claims in a small JSON object, a few KiB: a longer one is refused. */
const MAX_TOKEN_REPLY_BYTES = 64 * 1024;
/**
 * The body of the token endpoint's reply, at most {@link MAX_TOKEN_REPLY_BYTES}: a Content-Length
 * above it is refused unread, a body running past it as soon as it does (the rest is never read).
 * The chunks read are wiped, and the error quotes nothing of the reply: it may hold a token.
 */
async function boundedReply(response, where) {
    const tooLong = () => new OidcError('OIDC_SERVICE_FAILED', `the reply of ${where} is longer than the ${MAX_TOKEN_REPLY_BYTES} bytes a token reply takes`, {
        hint: 'ACTIONS_ID_TOKEN_REQUEST_URL must be the runner\'s token endpoint: leave it to the runner, or check what answers at that address',
    });
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
}
/** The token request refused by the runner's proxy: no retry helps, its credentials do. */
function proxyRefusal(where, cause) {
    return new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} was refused by the proxy: HTTP 407 Proxy Authentication Required`, { ...(cause === undefined ? {} : { cause }), hint: _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__/* .PROXY_AUTH_HINT */ .ME });
}
/** Why a connection failed, by its system error code only (DNS, refused, reset): the errors' messages may quote the URL, whose query the runner chose. */
function connectionFailure(error) {
    const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause);
    return code !== undefined && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? `could not connect (${code})` : 'could not connect';
}
async function fetchRunnerToken(url, requestToken, client, retry) {
    const where = endpointPath(url);
    const body = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(retry, () => (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .timedAttempt */ .Hh)(url.origin, retry.timeoutMs, async (signal) => {
        const response = await requestToken.use((bearer) => client(url, {
            headers: { Accept: 'application/json', Authorization: `Bearer ${bearer.toString('latin1')}` },
            signal,
        }));
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
            throw new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} failed: HTTP ${response.status}${(0,_core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .redirectedFrom */ .EN)(url, response)}`, {
                hint: response.status === 401 || response.status === 403
                    ? 'the runner refused the token request: the job needs `id-token: write` under `permissions:`, and ACTIONS_ID_TOKEN_REQUEST_TOKEN must be the one the runner set'
                    : 'the runner\'s token endpoint refused the request; re-run the job',
            });
        }
        return boundedReply(response, where);
    }), (error) => {
        // A redirect out of TLS, or one leading nowhere, is the endpoint's answer, not a failure to reach it: asking again meets it again.
        if (error instanceof OidcError || error instanceof _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .InsecureRedirectError */ .vQ || error instanceof _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .RedirectRefusedError */ .jw || (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyWantsCredentials */ .em)(error))
            return 'permanent';
        return error instanceof TransientStatus && error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : 'transient';
    }).catch((error) => {
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
    });
    const range = tokenRange(body);
    if (range === undefined) {
        body.fill(0);
        throw new OidcError('OIDC_SERVICE_FAILED', `the reply of ${where} holds no token ("value")`, { hint: RUNNER_ANSWER_HINT });
    }
    const secret = _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretBuffer */ .pP.fill(range[1] - range[0], (into) => body.copy(into, 0, range[0], range[1]));
    body.fill(0);
    try {
        const claims = secret.use((jwt) => decodeClaims(jwt, 'the runner'));
        checkAudience(claims, url.searchParams.get('audience') ?? '', where);
        return { secret, claims, source: 'the runner' };
    }
    catch (error) {
        secret.destroy();
        throw error;
    }
}
/**
 * Refuses a runner's token that is not for the audience asked for: Fulcio would only refuse it
 * later with a vaguer error, and a provenance token must be for its own audience. (A
 * SIGSTORE_ID_TOKEN is not checked: a private Fulcio may accept another audience.)
 */
function checkAudience(claims, audience, where) {
    const aud = claims.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (audiences.includes(audience))
        return;
    const said = audiences.every((entry) => typeof entry === 'string') && audiences.length > 0 ? audiences.map((entry) => `"${(0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .boundedText */ .LD)(String(entry))}"`).join(', ') : 'no audience';
    throw new OidcError('OIDC_SERVICE_FAILED', `the identity token from the runner (${where}) is for the audience ${said}, not the "${audience}" asked for`, {
        hint: 'the token endpoint answered for another audience than it was asked: leave ACTIONS_ID_TOKEN_REQUEST_URL to the runner (something else answers at that address), and re-run the job',
    });
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
    if (!hasRunnerEndpoint(options.env))
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
}


/***/ })

};
