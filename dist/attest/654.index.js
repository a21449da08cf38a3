export const id = 654;
export const ids = [654];
export const modules = {

/***/ 6654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ATTEST_INPUTS: () => (/* binding */ ATTEST_INPUTS),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_crypto_, 2);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js + 1 modules
var core_files = __webpack_require__(9916);
;// CONCATENATED MODULE: ./lib/core/plural.js
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}

// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(9531);
// EXTERNAL MODULE: ./lib/core/retry.js
var core_retry = __webpack_require__(7493);
// EXTERNAL MODULE: ./lib/secrets/index.js + 17 modules
var secrets = __webpack_require__(2272);
// EXTERNAL MODULE: ./lib/core/proxy.js
var core_proxy = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/core/proxied-fetch.js
var proxied_fetch = __webpack_require__(5643);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(9002);
// EXTERNAL MODULE: ./lib/github/http.js
var http = __webpack_require__(8031);
;// CONCATENATED MODULE: ./lib/github/oidc.js







/** A failure to obtain an OIDC identity token. */
class OidcError extends errors/* TrustKitError */.T0 {
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
const MISSING_TOKEN_POLICIES = (/* unused pure expression or super */ null && (['fail', 'warn', 'skip']));
/**
 * Where a token would come from in this environment, without taking it, and without reading a
 * token as a string (`env.SIGSTORE_ID_TOKEN !== ''` would leave one in the heap the intake avoids).
 */
function tokenSource(env) {
    if ((0,secrets/* hasEnvironmentValue */.zP)('SIGSTORE_ID_TOKEN', env))
        return 'SIGSTORE_ID_TOKEN';
    if (hasRunnerEndpoint(env))
        return 'actions';
    return undefined;
}
/** Whether the runner gave this job a token endpoint (and the request token for it). */
function hasRunnerEndpoint(env) {
    return (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '') !== '' && (0,secrets/* hasEnvironmentValue */.zP)('ACTIONS_ID_TOKEN_REQUEST_TOKEN', env);
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
    if ((0,core_proxy/* inTheClearOffMachine */.Eb)(url)) {
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
    const requestToken = secrets/* SecretBuffer */.pP.fromEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', env);
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
    const client = options.fetch ?? (0,proxied_fetch/* proxiedFetch */.iR)((0,core_proxy/* proxySettingsFrom */.Yw)(env));
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
    return new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} was refused by the proxy: HTTP 407 Proxy Authentication Required`, { ...(cause === undefined ? {} : { cause }), hint: proxy_tunnel/* PROXY_AUTH_HINT */.ME });
}
/** Why a connection failed, by its system error code only (DNS, refused, reset): the errors' messages may quote the URL, whose query the runner chose. */
function connectionFailure(error) {
    const code = (0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* systemErrorCode */.vq)(error?.cause);
    return code !== undefined && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? `could not connect (${code})` : 'could not connect';
}
async function fetchRunnerToken(url, requestToken, client, retry) {
    const where = endpointPath(url);
    const body = await (0,core_retry/* withRetry */.bD)(retry, () => (0,http/* timedAttempt */.Hh)(url.origin, retry.timeoutMs, async (signal) => {
        const response = await requestToken.use((bearer) => client(url, {
            headers: { Accept: 'application/json', Authorization: `Bearer ${bearer.toString('latin1')}` },
            signal,
        }));
        // An error reply is not read: its connection is closed rather than drained.
        if (response.status === 408 || response.status === 429 || response.status >= 500) {
            await response.body?.cancel();
            throw new TransientStatus(response.status, (0,core_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')));
        }
        if (response.status === 407) {
            await response.body?.cancel();
            throw proxyRefusal(where);
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} failed: HTTP ${response.status}${(0,proxied_fetch/* redirectedFrom */.EN)(url, response)}`, {
                hint: response.status === 401 || response.status === 403
                    ? 'the runner refused the token request: the job needs `id-token: write` under `permissions:`, and ACTIONS_ID_TOKEN_REQUEST_TOKEN must be the one the runner set'
                    : 'the runner\'s token endpoint refused the request; re-run the job',
            });
        }
        return boundedReply(response, where);
    }), (error) => {
        // A redirect out of TLS, or one leading nowhere, is the endpoint's answer, not a failure to reach it: asking again meets it again.
        if (error instanceof OidcError || error instanceof proxied_fetch/* InsecureRedirectError */.vQ || error instanceof proxied_fetch/* RedirectRefusedError */.jw || (0,http/* proxyWantsCredentials */.em)(error))
            return 'permanent';
        return error instanceof TransientStatus && error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : 'transient';
    }).catch((error) => {
        if (error instanceof OidcError)
            throw error;
        if ((0,http/* proxyWantsCredentials */.em)(error))
            throw proxyRefusal(where, error);
        if (error instanceof proxied_fetch/* InsecureRedirectError */.vQ || error instanceof proxied_fetch/* RedirectRefusedError */.jw)
            throw new OidcError('OIDC_SERVICE_FAILED', `OIDC ${error.message}`, { cause: error, hint: error.hint });
        const waited = error instanceof TransientStatus ? (0,core_retry/* pastBudget */.uQ)(error.retryAfterMs, retry.budgetMs) : '';
        const status = error instanceof TransientStatus ? `HTTP ${error.status}${waited}` : error instanceof http/* AttemptTimedOut */.ji ? `timed out (no answer within ${error.timeoutMs} ms)` : /timeout|abort/i.test((0,errors/* messageOf */.bD)(error)) ? 'timed out' : connectionFailure(error);
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
    const secret = secrets/* SecretBuffer */.pP.fill(range[1] - range[0], (into) => body.copy(into, 0, range[0], range[1]));
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
    const said = audiences.every((entry) => typeof entry === 'string') && audiences.length > 0 ? audiences.map((entry) => `"${(0,http/* boundedText */.LD)(String(entry))}"`).join(', ') : 'no audience';
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
        const secret = secrets/* SecretBuffer */.pP.fromEnv('SIGSTORE_ID_TOKEN', options.env);
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

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(5179);
;// CONCATENATED MODULE: ./lib/sigstore/sign/bundle.js



/** The media type of the bundles trust-kit writes: Sigstore bundle v0.3. */
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The DSSE payload type of in-toto statements. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
function pemToDER(pem) {
    return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}
/**
 * Builds v0.3 message-signature bundles: sigstore-js's builder always packages a certificate
 * chain (v0.2); a v0.3 bundle holds the leaf alone in `verificationMaterial.certificate`.
 */
class MessageSignatureV03BundleBuilder extends sign_dist/* MessageSignatureBundleBuilder */.z3 {
    async package(artifact, signature) {
        return (0,dist.toMessageSignatureBundle)({
            digest: (0,external_node_crypto_.createHash)('sha256').update(artifact.data).digest(),
            signature: signature.signature,
            certificate: signature.key.$case === 'x509Certificate' ? pemToDER(signature.key.certificate) : undefined,
            keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
            certificateChain: false,
        });
    }
}
/**
 * Builds DSSE bundles whose signature carries no `keyid`. sigstore-js puts the public-key hint
 * there, and cosign (go-securesystemslib) skips a signature whose keyid is not its own id of the
 * key, so `cosign verify-blob-attestation --key` refused every key-signed attestation. The keyid is
 * an unauthenticated hint (cosign writes none); the bundle's `publicKey.hint` still names the key.
 */
class DsseWithoutKeyIdBundleBuilder extends sign_dist/* DSSEBundleBuilder */.VV {
    async package(artifact, signature) {
        const bundle = await super.package(artifact, signature);
        for (const one of bundle.content.dsseEnvelope.signatures)
            one.keyid = '';
        return bundle;
    }
}
/** The two builders over one signer; witnesses differ because Rekor logs blobs and statements as different kinds. */
function bundleBuilders(signer, blobWitnesses, statementWitnesses) {
    return {
        blob: new MessageSignatureV03BundleBuilder({ signer, witnesses: blobWitnesses }),
        statement: new DsseWithoutKeyIdBundleBuilder({ signer, witnesses: statementWitnesses, certificateChain: false }),
    };
}
/** The canonical JSON form of a bundle (protobuf field order, defaults omitted), as written to `.sigstore.json`. */
function serializeBundle(bundle) {
    return (0,dist.bundleToJSON)(bundle);
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/bundle-path.js
// Apart from session.ts: code that only names bundles (a release's file names) loads no signing client.





/** The bundle path trust-kit writes for a file: `<file>.sigstore.json`. */
function defaultBundlePath(path) {
    return `${path}${core_files/* BUNDLE_SUFFIX */.Zf}`;
}
/**
 * What to say of a file whose bundle's name (`<name>.sigstore.json`) would be longer than a file
 * name may be, told before anything is signed (the write failed after the signature was logged);
 * undefined for a file whose bundle's name fits.
 */
function bundleNameTooLong(file) {
    const bundle = defaultBundlePath(file);
    if (!nameTooLong(bundle))
        return undefined;
    return `${file}'s bundle would be named ${Buffer.byteLength(basename(bundle))} bytes long, more than the ${MAX_NAME_BYTES} a file name may have: give the file a shorter name (at most ${MAX_NAME_BYTES - BUNDLE_SUFFIX.length} bytes)`;
}
/**
 * The bundles that lie where a run that signed nothing (on-missing-token warn or skip) would have
 * written them: an earlier run's, left as they were beside files that may have changed since.
 * `at` resolves a shown path to the one to look at.
 */
async function earlierBundles(bundles, at) {
    const there = await Promise.all(bundles.map((entry) => lstat(at(entry.bundle)).then(() => true, () => false)));
    return bundles.filter((_entry, index) => there[index] === true);
}
/** The warning about one of {@link earlierBundles}, so it is not taken for the run's own. */
function earlierBundleWarning({ file, bundle }) {
    return `${quoted(bundle)} is an earlier run's, left as it was: nothing was signed now, and it may not sign ${quoted(file)} as it is`;
}
/**
 * The files whose default bundle would be written over another file to sign (`bundles` as
 * {@link BundleOf}, `at` resolving a shown path), paired with that file: signing `dist/*` over an
 * earlier run's `app.tgz.sigstore.json` replaced it with app.tgz's bundle, then signed that bundle
 * in its place. Only a file named as a bundle can be one, so a list without any (nearly every one)
 * costs no call; otherwise paths are compared by their real paths, looked up together. A bundle
 * path given by hand (`--bundle`) is compared with the inputs where the flags are checked.
 */
async function bundlesOverFiles(bundles, at) {
    const named = bundles.filter(({ file }) => file.endsWith(BUNDLE_SUFFIX));
    if (named.length === 0)
        return [];
    const where = async (path) => realpath(at(path)).catch(() => at(path));
    const files = new Map((await Promise.all(named.map(async ({ file }) => [await where(file), file]))));
    const landing = await Promise.all(bundles.map(({ bundle }) => where(bundle)));
    return bundles.flatMap(({ file }, index) => {
        const over = files.get(landing[index]);
        return over === undefined ? [] : [{ file, over }];
    });
}
/** What to say of one of {@link bundlesOverFiles}; `example` says how to leave the bundles out where the files came from. */
function bundleOverFileMessage({ file, over }, example) {
    return `${file}'s bundle would be written over ${over}, which is to be signed too: leave out an earlier run's bundles (${example}), or name the files to sign`;
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/errors.js

/** A signing failure with a stable code. */
class SignError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'SignError';
    }
}
/**
 * A permanent failure of Fulcio, Rekor or the timestamp authority (after the retry budget, or a
 * status that retrying cannot fix), naming the service, the URL and the status:
 * `SIGN_SERVICE_BAD_RESPONSE` when the service answered with something unusable, else
 * `SIGN_SERVICE_FAILED`.
 */
class SigningServiceError extends SignError {
    service;
    url;
    status;
    constructor(service, method, url, status, detail, options = {}) {
        if (status === 'bad-response') {
            super('SIGN_SERVICE_BAD_RESPONSE', `bad response from ${service}: ${method} ${url} answered with ${detail}`, options);
        }
        else {
            const what = typeof status === 'number' ? `HTTP ${status}` : status === 'timeout' ? 'timed out' : 'could not connect';
            super('SIGN_SERVICE_FAILED', `${service} ${method} ${url} failed: ${what}${detail === '' ? '' : ` (${detail})`}`, options);
        }
        this.name = 'SigningServiceError';
        this.service = service;
        this.url = url;
        this.status = status;
    }
}

// EXTERNAL MODULE: ./lib/secrets/native.js + 1 modules
var secrets_native = __webpack_require__(9533);
;// CONCATENATED MODULE: ./lib/sigstore/sign/secretbox.js


let sodium;
/** libsodium's binding, or a coded error naming the key file when it cannot be loaded. */
function binding(source, hint) {
    sodium ??= (0,secrets_native/* loadSodium */.O)();
    if (sodium.binding === undefined) {
        throw new SignError('SIGN_KEY_UNSUPPORTED', `${source} is a cosign key, and its cipher (NaCl secretbox) needs libsodium, which did not load: ${sodium.reason}`, { hint });
    }
    return sodium.binding;
}
const WHERE_SODIUM_LOADS = 'run trust-kit where sodium-native\'s prebuilt libsodium loads (Linux, macOS, Windows on x64 or arm64)';
/**
 * Opens NaCl `crypto_secretbox` (XSalsa20-Poly1305) ciphertext, the cipher cosign encrypts its
 * private keys with; undefined when the key or nonce is wrong or the ciphertext was altered.
 * `source` names the key file if libsodium cannot be loaded.
 */
function secretboxOpen(ciphertext, nonce, key, source) {
    const sodiumBinding = binding(source, `${WHERE_SODIUM_LOADS}, or sign with a PKCS#8 key from \`trust-kit generate-key-pair --format pkcs8\``);
    if (nonce.length !== sodiumBinding.crypto_secretbox_NONCEBYTES || key.length !== sodiumBinding.crypto_secretbox_KEYBYTES)
        return undefined;
    if (ciphertext.length < sodiumBinding.crypto_secretbox_MACBYTES)
        return undefined;
    const message = Buffer.alloc(ciphertext.length - sodiumBinding.crypto_secretbox_MACBYTES);
    let opened = false;
    try {
        opened = sodiumBinding.crypto_secretbox_open_easy(message, ciphertext, nonce, key);
    }
    finally {
        // Only an opened box's plaintext goes to the caller (who wipes it); whatever else was written is wiped here.
        if (!opened)
            message.fill(0);
    }
    return opened ? message : undefined;
}
/** The NaCl secretbox nonce, key and authenticator sizes (XSalsa20-Poly1305), fixed by the construction. */
const secretbox_SECRETBOX_NONCE_BYTES = 24;
const secretbox_SECRETBOX_KEY_BYTES = 32;
const SECRETBOX_MAC_BYTES = 16;
/**
 * Seals `message` with NaCl `crypto_secretbox` under a 24-byte nonce and 32-byte key, as cosign
 * encrypts its private keys. `source` names the key file being written if libsodium cannot be loaded.
 */
function secretbox_secretboxSeal(message, nonce, key, source) {
    const sodiumBinding = binding(source, `${WHERE_SODIUM_LOADS}, or write a PKCS#8 key with \`trust-kit generate-key-pair --format pkcs8\``);
    const ciphertext = Buffer.alloc(message.length + sodiumBinding.crypto_secretbox_MACBYTES);
    sodiumBinding.crypto_secretbox_easy(ciphertext, message, nonce, key);
    return ciphertext;
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/keys.js





/** A PEM block's label: what the BEGIN line names, which is public (`PRIVATE KEY`, `ENCRYPTED SIGSTORE PRIVATE KEY`). */
const PEM_LABEL = /^[A-Z0-9 ]{1,64}$/;
/**
 * Finds the first PEM block (from `from`) in a key file's bytes without turning them into a string: an
 * unencrypted key's body is the key itself, and a string of it could never be zeroed. Only the
 * label, which is public, is read as text.
 */
function findPemBlock(bytes, from = 0) {
    const begin = bytes.indexOf('-----BEGIN ', from);
    if (begin < 0)
        return undefined;
    const labelStart = begin + '-----BEGIN '.length;
    const labelEnd = bytes.indexOf('-----', labelStart);
    if (labelEnd < 0)
        return undefined;
    const label = bytes.toString('latin1', labelStart, Math.min(labelEnd, labelStart + 65));
    if (!PEM_LABEL.test(label))
        return undefined;
    const bodyStart = labelEnd + '-----'.length;
    if (bytes[bodyStart] !== 0x0a && !(bytes[bodyStart] === 0x0d && bytes[bodyStart + 1] === 0x0a))
        return undefined;
    const endLine = `-----END ${label}-----`;
    const end = bytes.indexOf(endLine, bodyStart);
    if (end < 0)
        return undefined;
    return { label, block: bytes.subarray(begin, end + endLine.length), body: bytes.subarray(bodyStart, end) };
}
/** A Buffer over the same memory, so secret bytes are not copied where nobody can zero them. */
function bufferView(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** Key types as people write them, for messages (Node's are lowercase). */
const KEY_TYPE_NAMES = { rsa: 'RSA', 'rsa-pss': 'RSA-PSS', dsa: 'DSA', dh: 'DH', ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' };
/** PEM labels cosign has written for its passphrase-encrypted keys (it renamed COSIGN to SIGSTORE in v2). */
const COSIGN_LABELS = new Set(['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY']);
/** The public half and hint of a private key. */
function toSigningKey(privateKey, source) {
    const details = privateKey.asymmetricKeyDetails;
    if (privateKey.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'prime256v1') {
        const type = privateKey.asymmetricKeyType;
        throw unsupportedKey(source, type === 'ec' ? `EC ${details?.namedCurve ?? 'unknown curve'}` : type === undefined ? 'unknown' : (KEY_TYPE_NAMES[type] ?? type));
    }
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    // A key file stores the public point beside the private scalar, and Node takes the point as stored: a damaged file pairing
    // one key's scalar with another's point signed, then failed its own verification, blamed on the Sigstore services.
    if (!(0,external_node_crypto_.verify)('sha256', KEY_CHECK, publicKey, (0,external_node_crypto_.sign)('sha256', KEY_CHECK, privateKey))) {
        throw invalidKey(source, 'its public key does not belong to its private key (the file is damaged or was edited)', undefined, 'use the key file as it was made, or make a new pair with `trust-kit generate-key-pair`');
    }
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return {
        privateKey,
        publicKey,
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        hint: (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64'),
    };
}
/** What a key's pair check signs: any bytes do. */
const KEY_CHECK = Buffer.from('trust-kit: does the public key belong to the private key?');
/** A key of another type than ECDSA P-256 (`found`, as people write it: RSA, EC P-384). */
function unsupportedKey(source, found) {
    // Said as the letters are read: an EC, an RSA, an Ed25519, an X25519, an unknown, a DSA, a DH key.
    return new SignError('SIGN_KEY_UNSUPPORTED', `${source} holds ${/^D/.test(found) ? 'a' : 'an'} ${found} key; trust-kit signs with ECDSA P-256 keys`, {
        hint: 'create one with `trust-kit generate-key-pair` (or `openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt`)',
    });
}
/** Labels of the PEM blocks a key file may hold before its key, which OpenSSL passes over: `openssl ecparam -genkey` writes the curve first, and a certificate may come with its key. */
const BLOCKS_BEFORE_KEY = new Set(['EC PARAMETERS', 'CERTIFICATE']);
/** The key types of the traditional (not PKCS#8) PEM labels, which name them: none is one trust-kit signs with. */
const TRADITIONAL_KEY_TYPES = { 'RSA PRIVATE KEY': 'RSA', 'DSA PRIVATE KEY': 'DSA' };
function passphraseRequired(source) {
    return new SignError('SIGN_KEY_PASSPHRASE_REQUIRED', `${source} is encrypted and no passphrase was given`, {
        hint: 'set TRUST_KIT_KEY_PASSPHRASE (or COSIGN_PASSWORD for cosign keys) in the environment, from a secret',
    });
}
function wrongPassphrase(source, cause) {
    return new SignError('SIGN_KEY_PASSPHRASE_WRONG', `the passphrase does not decrypt ${source}`, {
        cause,
        hint: 'check that the passphrase secret belongs to this key file',
    });
}
function invalidKey(source, detail, cause, hint = 'give a cosign key file, a PKCS#8 PEM private key (optionally encrypted) or an EC PEM key; `trust-kit generate-key-pair` makes one') {
    return new SignError('SIGN_KEY_INVALID', `${source} is not a usable private key: ${detail}`, { cause, hint });
}
function parseCosignEnvelope(body, source) {
    let value;
    try {
        value = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch (error) {
        throw invalidKey(source, 'the cosign key body is not base64 JSON', error);
    }
    const envelope = value;
    const params = envelope?.kdf?.params;
    if (envelope?.kdf?.name !== 'scrypt' ||
        envelope.cipher?.name !== 'nacl/secretbox' ||
        typeof envelope.kdf.salt !== 'string' ||
        typeof envelope.cipher.nonce !== 'string' ||
        typeof envelope.ciphertext !== 'string' ||
        !Number.isInteger(params?.N) ||
        !Number.isInteger(params?.r) ||
        !Number.isInteger(params?.p)) {
        throw invalidKey(source, 'the cosign key is not scrypt + nacl/secretbox encrypted as cosign writes it');
    }
    // Damage to these fields would otherwise only fail to open the box, and be reported as the wrong passphrase.
    fieldBytes(envelope.kdf.salt, 'kdf.salt', 1, source);
    fieldBytes(envelope.cipher.nonce, 'cipher.nonce', secretbox_SECRETBOX_NONCE_BYTES, source, secretbox_SECRETBOX_NONCE_BYTES);
    fieldBytes(envelope.ciphertext, 'ciphertext', SECRETBOX_MAC_BYTES + 1, source);
    return envelope;
}
/** A base64 field of a cosign key's envelope, of at least `least` (and at most `most`) bytes, or SIGN_KEY_INVALID naming it. */
function fieldBytes(text, field, least, source, most = Number.POSITIVE_INFINITY) {
    const bytes = Buffer.from(text, 'base64');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || bytes.toString('base64') !== text || bytes.length < least || bytes.length > most) {
        const size = least === most ? `${least} bytes` : `at least ${least} bytes`;
        throw invalidKey(source, `its ${field} is not ${size} of base64, as cosign writes it (the key file is damaged)`, undefined, 'get the key file again from where it is kept; a damaged key cannot be repaired, and the passphrase is not what is wrong');
    }
    return bytes;
}
/**
 * The most scrypt work a cosign key file may ask for: what `cosign generate-key-pair` writes
 * (go-securesystemslib's standard parameters, N=2^16 r=8 p=1: 64 MiB and a fraction of a second;
 * older cosign wrote N=2^15). A hostile file asking for more (N=2^20 r=32 costs 4 GiB and minutes)
 * is refused before any derivation.
 */
const MAX_COSIGN_SCRYPT = { N: 1 << 16, r: 8, p: 1 };
/**
 * The most PBKDF2 iterations an encrypted PKCS#8 key may ask for: 2,500 times what OpenSSL and
 * `trust-kit generate-key-pair --format pkcs8` write (2048), 8 times OWASP's 600,000 for PBKDF2-HMAC-SHA256, and
 * about two seconds of work. OpenSSL derives synchronously, so a hostile count (2^31) would hold
 * the process for a quarter of an hour, deaf even to SIGTERM.
 */
const MAX_PBKDF2_ITERATIONS = 5_000_000;
/** The DER elements that make up `bytes`, one after another; undefined when they do not parse. */
function derElements(bytes) {
    const elements = [];
    for (let offset = 0; offset < bytes.length;) {
        const tag = bytes[offset];
        let length = bytes[offset + 1];
        if (tag === undefined || length === undefined)
            return undefined;
        let start = offset + 2;
        if (length & 0x80) {
            const count = length & 0x7f;
            if (count === 0 || count > 4 || start + count > bytes.length)
                return undefined;
            length = bytes.readUIntBE(start, count);
            start += count;
        }
        if (start + length > bytes.length)
            return undefined;
        elements.push({ tag, content: bytes.subarray(start, start + length) });
        offset = start + length;
    }
    return elements;
}
const DER_SEQUENCE = 0x30;
const DER_INTEGER = 0x02;
const OID_PBES2 = '2a864886f70d01050d';
const OID_PBKDF2 = '2a864886f70d01050c';
const OID_SCRYPT = '2b06010401da47040b';
/** The value of a DER INTEGER's content; Infinity when it needs more than 48 bits. */
function derInteger(element) {
    if (element?.tag !== DER_INTEGER || element.content.length === 0)
        return Number.NaN;
    const digits = element.content[0] === 0 ? element.content.subarray(1) : element.content;
    return digits.length > 6 ? Number.POSITIVE_INFINITY : digits.length === 0 ? 0 : digits.readUIntBE(0, digits.length);
}
/** The children of a DER SEQUENCE element's content. */
function sequenceChildren(element) {
    return element?.tag === DER_SEQUENCE ? derElements(element.content) : undefined;
}
/**
 * Refuses an encrypted PKCS#8 key whose key derivation asks for more work than
 * {@link MAX_PBKDF2_ITERATIONS} (PBKDF2, or PBES1's iteration count) or {@link MAX_COSIGN_SCRYPT}
 * (scrypt), before OpenSSL is given it. A structure this reader cannot follow is refused too:
 * OpenSSL also reads BER (indefinite lengths), so leaving such a key to it would let any cost through.
 */
function checkPkcs8KeyDerivation(der, source) {
    const unreadable = () => {
        throw invalidKey(source, 'its encryption parameters are not DER as key tools write it, so the cost of deriving its key cannot be checked');
    };
    const [algorithm] = sequenceChildren(derElements(der)?.[0]) ?? unreadable();
    const [oid, params] = sequenceChildren(algorithm) ?? unreadable();
    if (oid === undefined)
        return unreadable();
    let kdf = sequenceChildren(params) ?? unreadable();
    let kdfOid = '';
    if (oid.content.toString('hex') === OID_PBES2) {
        const [derivationOid, derivationParams] = sequenceChildren(kdf[0]) ?? unreadable();
        kdfOid = derivationOid?.content.toString('hex') ?? '';
        kdf = sequenceChildren(derivationParams) ?? unreadable();
    }
    if (kdfOid === OID_SCRYPT) {
        const [N, r, p] = [derInteger(kdf[1]), derInteger(kdf[2]), derInteger(kdf[3])];
        if ([N, r, p].some(Number.isNaN))
            unreadable();
        if (N > MAX_COSIGN_SCRYPT.N || r > MAX_COSIGN_SCRYPT.r || p > MAX_COSIGN_SCRYPT.p)
            throw kdfTooCostly(source, `scrypt parameters N=${N}, r=${r}, p=${p}`, `N=${MAX_COSIGN_SCRYPT.N}, r=${MAX_COSIGN_SCRYPT.r}, p=${MAX_COSIGN_SCRYPT.p}`);
        return;
    }
    // PBKDF2 under PBES2, and PBES1 and PKCS#12 schemes alike: a salt, then the iteration count.
    if (kdfOid === OID_PBKDF2 || kdfOid === '') {
        const iterations = derInteger(kdf[1]);
        if (Number.isNaN(iterations))
            unreadable();
        if (iterations > MAX_PBKDF2_ITERATIONS)
            throw kdfTooCostly(source, `${iterations === Number.POSITIVE_INFINITY ? 'more than 2^48' : iterations} key derivation iterations`, `${MAX_PBKDF2_ITERATIONS} iterations`);
    }
}
function kdfTooCostly(source, asked, most) {
    return new SignError('SIGN_KEY_KDF_TOO_COSTLY', `${source} asks for ${asked}, more work than any key tool writes (at most ${most}); refused before deriving anything`, {
        hint: 'use a key written by `cosign generate-key-pair`, `openssl pkcs8 -topk8` or `trust-kit generate-key-pair`; a key file demanding more is not one they made',
    });
}
function decryptCosignKey(body, passphrase, source) {
    const envelope = parseCosignEnvelope(body, source);
    const { N, r, p } = envelope.kdf.params;
    if (N > MAX_COSIGN_SCRYPT.N || r > MAX_COSIGN_SCRYPT.r || p > MAX_COSIGN_SCRYPT.p)
        throw kdfTooCostly(source, `scrypt parameters N=${N}, r=${r}, p=${p}`, `N=${MAX_COSIGN_SCRYPT.N}, r=${MAX_COSIGN_SCRYPT.r}, p=${MAX_COSIGN_SCRYPT.p}`);
    // Checked here rather than left to OpenSSL: a refused scrypt call leaves an error on OpenSSL's
    // queue that makes the next, unrelated key parse in the process fail.
    if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || p < 1) {
        throw invalidKey(source, `its scrypt parameters (N=${N}, r=${r}, p=${p}) are not valid (N a power of two above 1, r and p at least 1)`);
    }
    const secretKey = (0,external_node_crypto_.scryptSync)(passphrase, Buffer.from(envelope.kdf.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    let plaintext;
    try {
        plaintext = secretboxOpen(Buffer.from(envelope.ciphertext, 'base64'), Buffer.from(envelope.cipher.nonce, 'base64'), secretKey, source);
    }
    finally {
        // Wiped whether the box opened, did not, or could not be tried (libsodium did not load).
        secretKey.fill(0);
    }
    if (plaintext === undefined)
        throw wrongPassphrase(source);
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: plaintext, format: 'der', type: 'pkcs8' });
    }
    catch (error) {
        throw invalidKey(source, 'the decrypted cosign key is not PKCS#8', error);
    }
    finally {
        plaintext.fill(0);
    }
}
/**
 * Loads a private key from PEM bytes: PKCS#8 (`PRIVATE KEY`), passphrase-encrypted PKCS#8
 * (`ENCRYPTED PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`), or cosign's scrypt + secretbox files.
 * `source` names the key in errors; neither the key nor the passphrase ever appears in one.
 */
function loadSigningKey(pem, passphrase, source) {
    const bytes = bufferView(pem);
    let found = findPemBlock(bytes);
    if (found === undefined)
        throw invalidKey(source, 'no PEM block (-----BEGIN ... PRIVATE KEY-----) found');
    // Past the blocks OpenSSL passes over; when nothing follows them, the last is what the file holds.
    while (BLOCKS_BEFORE_KEY.has(found.label)) {
        const after = findPemBlock(bytes, found.block.byteOffset - bytes.byteOffset + found.block.length);
        if (after === undefined)
            break;
        found = after;
    }
    const { label, block, body } = found;
    // The bodies of encrypted keys are ciphertext, so they may be read as text.
    if (COSIGN_LABELS.has(label)) {
        const given = passphrase !== undefined && passphrase.length > 0;
        try {
            // cosign's rule: no passphrase is the empty one, which many cosign keys are encrypted with.
            return toSigningKey(decryptCosignKey(body.toString('latin1').trim(), given ? passphrase : new Uint8Array(0), source), source);
        }
        catch (error) {
            if (!given && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG')
                throw passphraseRequired(source);
            throw error;
        }
    }
    if (label === 'ENCRYPTED PRIVATE KEY') {
        checkPkcs8KeyDerivation(Buffer.from(body.toString('latin1').replace(/\s+/g, ''), 'base64'), source);
        const given = passphrase !== undefined && passphrase.length > 0;
        try {
            // As for cosign keys: none given is the empty one, which `openssl pkcs8 -topk8 -passout pass:` encrypts with.
            return decryptedPem(block, given ? passphrase : new Uint8Array(0), source);
        }
        catch (error) {
            if (!given && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG')
                throw passphraseRequired(source);
            throw error;
        }
    }
    const traditional = TRADITIONAL_KEY_TYPES[label];
    if (traditional !== undefined)
        throw unsupportedKey(source, traditional);
    if (label === 'OPENSSH PRIVATE KEY')
        throw invalidKey(source, 'it is an OpenSSH private key (ssh-keygen\'s format), which trust-kit does not read', undefined, 'convert a P-256 key with `ssh-keygen -p -m PKCS8 -f KEY` (it rewrites the file), or make one with `trust-kit generate-key-pair`');
    if (label === 'PUBLIC KEY')
        throw invalidKey(source, 'it is a public key', undefined, 'sign with the private half of the pair (PREFIX.key beside PREFIX.pub); the public key is for verifying');
    if (label !== 'PRIVATE KEY' && label !== 'EC PRIVATE KEY')
        throw invalidKey(source, `a "${label}" PEM block is not a private key trust-kit reads`);
    // A SEC1 key encrypted the old OpenSSL way (`openssl ec -aes256`): its headers say so.
    if (label === 'EC PRIVATE KEY' && /^Proc-Type:\s*4,\s*ENCRYPTED/m.test(block.toString('latin1'))) {
        if (passphrase === undefined || passphrase.length === 0)
            throw passphraseRequired(source);
        return decryptedPem(block, passphrase, source);
    }
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: block, format: 'pem' });
    }
    catch (error) {
        throw invalidKey(source, 'OpenSSL could not parse it', new Error((0,errors/* messageOf */.bD)(error)));
    }
    return toSigningKey(privateKey, source);
}
/**
 * An encrypted PEM key decrypted with `passphrase`: a failure is the wrong passphrase, unless
 * OpenSSL no longer reads the cipher or key derivation it was encrypted with (DES, PKCS#5 v1.5),
 * which no passphrase would change.
 */
function decryptedPem(block, passphrase, source) {
    try {
        return toSigningKey((0,external_node_crypto_.createPrivateKey)({ key: block, format: 'pem', passphrase: bufferView(passphrase) }), source);
    }
    catch (error) {
        if (error instanceof SignError)
            throw error;
        if (/unsupported/i.test((0,errors/* messageOf */.bD)(error))) {
            throw new SignError('SIGN_KEY_UNSUPPORTED', `${source} is encrypted with a cipher or key derivation OpenSSL 3 no longer reads by default (DES, or PKCS#5 v1.5), whatever the passphrase`, {
                cause: new Error((0,errors/* messageOf */.bD)(error)),
                hint: 'encrypt it again with AES: `openssl pkcs8 -topk8 -v2 aes-256-cbc -provider legacy -provider default -in OLD.key -out NEW.key`, or make a new key with `trust-kit generate-key-pair`',
            });
        }
        throw wrongPassphrase(source, new Error((0,errors/* messageOf */.bD)(error)));
    }
}
/**
 * The scrypt work of the cosign key files trust-kit writes: what `cosign generate-key-pair` 2.x
 * and 3.x write (go-securesystemslib's "standard" parameters, 64 MiB), not its legacy N=2^15.
 */
const COSIGN_SCRYPT = { N: 1 << 16, r: 8, p: 1 };
/** The PEM body's base64 in 64-character lines, as Go's encoding/pem writes it. */
function pemLines(base64) {
    return base64.replace(/.{1,64}/g, '$&\n');
}
const BASE64_DIGITS = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
/**
 * A PEM block of `der` written byte by byte, as OpenSSL writes one (64-character lines), for a
 * clear private key: Buffer#toString('base64') would leave the key in an unwipeable string.
 */
function pemOf(label, der) {
    const begin = Buffer.from(`-----BEGIN ${label}-----\n`);
    const end = Buffer.from(`-----END ${label}-----\n`);
    const chars = Math.ceil(der.length / 3) * 4;
    const out = Buffer.alloc(begin.length + chars + Math.ceil(chars / 64) + end.length);
    let at = begin.copy(out);
    let written = 0;
    const put = (char) => {
        out[at++] = char;
        written += 1;
        if (written % 64 === 0)
            out[at++] = 0x0a;
    };
    for (let index = 0; index < der.length; index += 3) {
        const a = der[index];
        const b = der[index + 1] ?? 0;
        const c = der[index + 2] ?? 0;
        put(BASE64_DIGITS[a >> 2]);
        put(BASE64_DIGITS[((a & 3) << 4) | (b >> 4)]);
        put(index + 1 < der.length ? BASE64_DIGITS[((b & 15) << 2) | (c >> 6)] : 0x3d);
        put(index + 2 < der.length ? BASE64_DIGITS[c & 63] : 0x3d);
    }
    if (written % 64 !== 0)
        out[at++] = 0x0a;
    end.copy(out, at);
    return out;
}
/**
 * Encrypts a PKCS#8 DER private key as cosign does (go-securesystemslib's `encrypted` package):
 * scrypt derives a secretbox key from the passphrase, possibly empty, and the PEM body is base64
 * of `{"kdf":{...},"cipher":{...},"ciphertext":...}` under the `ENCRYPTED SIGSTORE PRIVATE KEY` label.
 */
function encryptCosignKey(pkcs8, passphrase, source) {
    const salt = randomBytes(32);
    const nonce = randomBytes(SECRETBOX_NONCE_BYTES);
    const { N, r, p } = COSIGN_SCRYPT;
    const secretKey = scryptSync(passphrase, salt, SECRETBOX_KEY_BYTES, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    let ciphertext;
    try {
        ciphertext = secretboxSeal(pkcs8, nonce, secretKey, source);
    }
    finally {
        secretKey.fill(0);
    }
    const envelope = {
        kdf: { name: 'scrypt', params: { N, r, p }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: ciphertext.toString('base64'),
    };
    const body = Buffer.from(JSON.stringify(envelope)).toString('base64');
    return Buffer.from(`-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${pemLines(body)}-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`);
}
/**
 * PBKDF2-HMAC-SHA256 iterations for `--format pkcs8` keys: OWASP's figure. OpenSSL's default, which
 * Node's `KeyObject.export` writes and cannot change, is 2,048: a stolen key file would then cost
 * an attacker 300 times less per guessed passphrase. About 70 ms here, as cosign's scrypt.
 */
const PKCS8_PBKDF2_ITERATIONS = 600_000;
/** DER object identifiers of PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC (RFC 8018, NIST), TLV included. */
const DER_OID = {
    pbes2: Buffer.from('06092a864886f70d01050d', 'hex'),
    pbkdf2: Buffer.from('06092a864886f70d01050c', 'hex'),
    hmacWithSha256: Buffer.from('06082a864886f70d0209', 'hex'),
    aes256Cbc: Buffer.from('060960864801650304012a', 'hex'),
};
/** One DER element: the tag, the definite length, the contents. */
function derElement(tag, ...contents) {
    const body = Buffer.concat(contents);
    const length = body.length < 0x80 ? [body.length] : body.length < 0x100 ? [0x81, body.length] : [0x82, body.length >> 8, body.length & 0xff];
    return Buffer.concat([Buffer.from([tag, ...length]), body]);
}
/** A non-negative DER INTEGER. */
function derUnsigned(value) {
    const bytes = [];
    for (let rest = value; rest > 0 || bytes.length === 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest % 256);
    if ((bytes[0] ?? 0) & 0x80)
        bytes.unshift(0);
    return derElement(0x02, Buffer.from(bytes));
}
/**
 * Encrypts a PKCS#8 DER private key into an `ENCRYPTED PRIVATE KEY` PEM (RFC 5958's
 * EncryptedPrivateKeyInfo): PBES2, PBKDF2-HMAC-SHA256 with {@link PKCS8_PBKDF2_ITERATIONS} and a
 * 16-byte salt, AES-256-CBC. Written here because Node writes this structure only with OpenSSL's
 * 2,048 iterations; `openssl pkey` and every PKCS#8 reader open it.
 */
function encryptPkcs8(pkcs8, passphrase) {
    const salt = randomBytes(16);
    const iv = randomBytes(16);
    const key = pbkdf2Sync(passphrase, salt, PKCS8_PBKDF2_ITERATIONS, 32, 'sha256');
    let ciphertext;
    try {
        const cipher = createCipheriv('aes-256-cbc', key, iv);
        ciphertext = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
    }
    finally {
        key.fill(0);
    }
    const SEQUENCE = 0x30;
    const OCTET_STRING = 0x04;
    const kdf = derElement(SEQUENCE, DER_OID.pbkdf2, derElement(SEQUENCE, derElement(OCTET_STRING, salt), derUnsigned(PKCS8_PBKDF2_ITERATIONS), derElement(SEQUENCE, DER_OID.hmacWithSha256, Buffer.from([0x05, 0x00]))));
    const scheme = derElement(SEQUENCE, DER_OID.aes256Cbc, derElement(OCTET_STRING, iv));
    const info = derElement(SEQUENCE, derElement(SEQUENCE, DER_OID.pbes2, derElement(SEQUENCE, kdf, scheme)), derElement(OCTET_STRING, ciphertext));
    return Buffer.from(`-----BEGIN ENCRYPTED PRIVATE KEY-----\n${pemLines(info.toString('base64'))}-----END ENCRYPTED PRIVATE KEY-----\n`);
}
/**
 * Generates an ECDSA P-256 key pair. In cosign's format (the default) the private key is always
 * encrypted, with an empty passphrase when none is given (as `cosign generate-key-pair` with COSIGN_PASSWORD set empty), so
 * `cosign sign-blob --key` reads it as it is. In PKCS#8 it is encrypted with AES-256-CBC under
 * PBES2 ({@link encryptPkcs8}) when a passphrase is given, which `openssl pkey` and every PKCS#8
 * reader open, and written in the clear otherwise. `source` names the key file in errors.
 */
function generateSigningKeyPair(passphrase, format = 'cosign', source = 'the new private key') {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    let privateKeyPem;
    if (format === 'cosign') {
        // The plaintext key leaves OpenSSL only into protected memory, and only to be sealed.
        const pkcs8 = SecretBuffer.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
        try {
            privateKeyPem = pkcs8.use((bytes) => encryptCosignKey(bytes, passphrase ?? new Uint8Array(0), source));
        }
        finally {
            pkcs8.destroy();
        }
    }
    else if (passphrase !== undefined && passphrase.length > 0) {
        const pkcs8 = SecretBuffer.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
        try {
            privateKeyPem = pkcs8.use((bytes) => encryptPkcs8(bytes, passphrase));
        }
        finally {
            pkcs8.destroy();
        }
    }
    else {
        // Not export({ format: 'pem' }): that returns the clear key as a JavaScript string, which no one can zero.
        const pkcs8 = SecretBuffer.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
        try {
            privateKeyPem = pkcs8.use((bytes) => pemOf('PRIVATE KEY', bytes));
        }
        finally {
            pkcs8.destroy();
        }
    }
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return {
        privateKeyPem,
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        hint: createHash('sha256').update(der).digest('base64'),
    };
}
/** A P-256 key made for one run and held only in memory: for rehearsing a release offline, with no identity to sign as. */
function ephemeralSigningKey() {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    return toSigningKey(privateKey, 'a key made for this run');
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
;// CONCATENATED MODULE: ./lib/sigstore/verify/der.js
/**
 * The element at `offset`, strictly DER as @sigstore/core reads it: one-byte tags other than the
 * universal tag 0, and lengths in their shortest form (a long form only from 128, without
 * leading zero bytes), so one encoding has one reading.
 */
function readElement(bytes, offset, limit) {
    if (offset + 2 > limit)
        throw new Error('truncated DER element');
    const tag = bytes[offset];
    if ((tag & 0x1f) === 0x1f || (tag & 0xdf) === 0)
        throw new Error(`unsupported DER tag 0x${tag.toString(16)}`);
    let length = bytes[offset + 1];
    let contentStart = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        if (count === 0 || count > 4 || contentStart + count > limit)
            throw new Error('unsupported DER length');
        if (bytes[contentStart] === 0)
            throw new Error('non-minimal DER length');
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + bytes[contentStart + i];
        if (length < 0x80)
            throw new Error('non-minimal DER length');
        contentStart += count;
    }
    const end = contentStart + length;
    if (end > limit)
        throw new Error('DER element overruns its parent');
    return { tag, start: offset, contentStart, end };
}
function childrenOf(bytes, parent) {
    const children = [];
    for (let offset = parent.contentStart; offset < parent.end;) {
        const child = readElement(bytes, offset, parent.end);
        children.push(child);
        offset = child.end;
    }
    return children;
}
function header(tag, length) {
    if (length < 0x80)
        return Buffer.from([tag, length]);
    const octets = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
        octets.unshift(rest % 256);
    return Buffer.from([tag, 0x80 | octets.length, ...octets]);
}
function wrap(tag, content) {
    return Buffer.concat([header(tag, content.length), content]);
}
const SEQUENCE = 0x30;
/** A certificate's bytes as a Buffer, its TBSCertificate and the TBSCertificate's fields. */
function tbsOf(certificate) {
    const bytes = Buffer.from(certificate.buffer, certificate.byteOffset, certificate.byteLength);
    const tbs = childrenOf(bytes, readElement(bytes, 0, bytes.length))[0];
    if (tbs === undefined || tbs.tag !== SEQUENCE)
        throw new Error('not a certificate');
    return { bytes, tbs, fields: childrenOf(bytes, tbs) };
}
const EXTENSIONS_TAG = 0xa3;
/**
 * The DER of a certificate's TBSCertificate with one extension removed (RFC 6962's precertificate
 * TBS, without the SCT list), cut out of the original bytes: re-encoding a parsed tree costs more
 * than the rest of a verification. `oidDer` is the extension's OID content bytes.
 */
function tbsWithoutExtension(certificate, oidDer) {
    const { bytes, tbs, fields } = tbsOf(certificate);
    const explicit = fields.find((field) => field.tag === EXTENSIONS_TAG);
    if (explicit === undefined)
        return bytes.subarray(tbs.start, tbs.end);
    const list = childrenOf(bytes, explicit)[0];
    if (list === undefined || list.tag !== SEQUENCE)
        throw new Error('malformed extensions');
    const kept = childrenOf(bytes, list).filter((extension) => {
        const oid = childrenOf(bytes, extension)[0];
        return oid === undefined || !bytes.subarray(oid.contentStart, oid.end).equals(oidDer);
    });
    const extensions = wrap(EXTENSIONS_TAG, wrap(SEQUENCE, Buffer.concat(kept.map((extension) => bytes.subarray(extension.start, extension.end)))));
    return wrap(SEQUENCE, Buffer.concat([bytes.subarray(tbs.contentStart, explicit.start), extensions, bytes.subarray(explicit.end, tbs.end)]));
}
const INTEGER = 0x02;
const EXPLICIT_VERSION = 0xa0;
/**
 * A certificate's serial number, issuer and public key info, read from its TBSCertificate without
 * building an ASN.1 tree (a v1 certificate has no version field before them).
 */
function certificateFields(certificate) {
    const { bytes, fields } = tbsOf(certificate);
    const [serial, , issuer, , , key] = fields[0]?.tag === EXPLICIT_VERSION ? fields.slice(1) : fields;
    if (serial?.tag !== INTEGER || issuer?.tag !== SEQUENCE || key?.tag !== SEQUENCE)
        throw new Error('malformed TBSCertificate');
    return { serialNumber: bytes.subarray(serial.contentStart, serial.end), issuer: bytes.subarray(issuer.contentStart, issuer.end), subjectPublicKeyInfo: bytes.subarray(key.start, key.end) };
}
/** Dotted OID text; an empty OID, a component padded with a leading 0x80 or one cut short is refused, so one encoding has one reading. */
function decodeOid(bytes) {
    if (bytes.length === 0 || (bytes.at(-1) & 0x80) !== 0)
        throw new Error('malformed OBJECT IDENTIFIER');
    const parts = [];
    let value = 0;
    // An indexed loop: entries() makes an [index, byte] pair per byte, most of what reading a certificate's extensions allocated.
    for (let index = 0; index < bytes.length; index++) {
        const byte = bytes[index];
        if (byte === 0x80 && (index === 0 || (bytes[index - 1] & 0x80) === 0))
            throw new Error('malformed OBJECT IDENTIFIER');
        value = value * 128 + (byte & 0x7f);
        if ((byte & 0x80) === 0) {
            if (parts.length === 0)
                parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
            else
                parts.push(value);
            value = 0;
        }
    }
    return parts.join('.');
}
const BOOLEAN = 0x01;
const OCTET_STRING = 0x04;
const OBJECT_IDENTIFIER = 0x06;
/**
 * A certificate's extensions read straight from its DER, without building an ASN.1 tree: a
 * Fulcio certificate carries a dozen, and the tree costs more than the rest of a verification.
 */
function readExtensions(certificate) {
    const { bytes, fields } = tbsOf(certificate);
    const explicit = fields.find((field) => field.tag === EXTENSIONS_TAG);
    if (explicit === undefined)
        return [];
    const list = childrenOf(bytes, explicit)[0];
    if (list === undefined || list.tag !== SEQUENCE)
        throw new Error('malformed extensions');
    return childrenOf(bytes, list).map((extension) => {
        const [oid, second, third] = childrenOf(bytes, extension);
        const value = third ?? second;
        if (oid?.tag !== OBJECT_IDENTIFIER || value?.tag !== OCTET_STRING || (third !== undefined && second?.tag !== BOOLEAN))
            throw new Error('malformed extension');
        return {
            oid: decodeOid(bytes.subarray(oid.contentStart, oid.end)),
            critical: third !== undefined && bytes[second?.contentStart ?? 0] !== 0,
            value: bytes.subarray(value.contentStart, value.end),
            element: bytes.subarray(extension.start, extension.end),
        };
    });
}
/** The content of a DER element that is exactly `bytes`, when its tag is `tag`. */
function contentOf(bytes, tag) {
    try {
        const element = readElement(bytes, 0, bytes.length);
        return element.tag === tag && element.end === bytes.length ? bytes.subarray(element.contentStart, element.end) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The elements of a DER SEQUENCE that is exactly `bytes`, as tag and content. */
function sequenceOf(bytes) {
    try {
        const element = readElement(bytes, 0, bytes.length);
        if (element.tag !== SEQUENCE || element.end !== bytes.length)
            return undefined;
        return childrenOf(bytes, element).map((child) => ({ tag: child.tag, content: bytes.subarray(child.contentStart, child.end) }));
    }
    catch {
        return undefined;
    }
}
/** Dotted OID text from an OBJECT IDENTIFIER's content bytes. */
function oidText(content) {
    return decodeOid(content);
}
const OID = 0x06;
const ORGANIZATION_OID = '2.5.4.10';
/** The organization (O) values of a DER X.501 Name given by its content (its RDN sets, as ParsedCertificate.issuer has it), in order. */
function organizationsOf(nameContent) {
    try {
        const organizations = [];
        const whole = { tag: SEQUENCE, start: 0, contentStart: 0, end: nameContent.length };
        for (const relativeName of childrenOf(nameContent, whole)) {
            for (const attribute of childrenOf(nameContent, relativeName)) {
                const [type, value] = childrenOf(nameContent, attribute);
                if (type?.tag === OID && value !== undefined && decodeOid(nameContent.subarray(type.contentStart, type.end)) === ORGANIZATION_OID) {
                    organizations.push(nameContent.subarray(value.contentStart, value.end).toString('utf8'));
                }
            }
        }
        return organizations;
    }
    catch {
        return [];
    }
}
/** The single DER element that `bytes` is (nothing may follow it). */
function derNode(bytes) {
    const element = readElement(bytes, 0, bytes.length);
    if (element.end !== bytes.length)
        throw new Error('bytes after a DER element');
    return { tag: element.tag, whole: bytes.subarray(element.start, element.end), content: bytes.subarray(element.contentStart, element.end) };
}
/**
 * Throws unless every constructed element within `node` holds a whole number of DER elements, each
 * at most `maxDepth` levels down (`tooDeep` the message otherwise): read by offsets alone, without
 * making a Buffer per element, since a timestamp carries its authority's certificates (hundreds of
 * elements).
 */
function expectWholeElements(node, maxDepth, tooDeep) {
    const bytes = node.whole;
    const check = (element, depth) => {
        if (depth > maxDepth)
            throw new Error(tooDeep);
        if ((element.tag & 0x20) === 0)
            return;
        for (let offset = element.contentStart; offset < element.end;) {
            const child = readElement(bytes, offset, element.end);
            check(child, depth + 1);
            offset = child.end;
        }
    };
    check(readElement(bytes, 0, bytes.length), 0);
}
/** Each node's children, read once: a reader that checks a whole tree and then walks it (an RFC 3161 timestamp) reads each element once. */
const childrenRead = new WeakMap();
/** The elements a constructed DER element holds, in order (the same array for the same node). */
function derChildren(node) {
    let children = childrenRead.get(node);
    if (children === undefined) {
        const whole = { tag: node.tag, start: 0, contentStart: 0, end: node.content.length };
        children = childrenOf(node.content, whole).map((child) => ({
            tag: child.tag,
            whole: node.content.subarray(child.start, child.end),
            content: node.content.subarray(child.contentStart, child.end),
        }));
        childrenRead.set(node, children);
    }
    return children;
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/errors.js

/** Why a bundle did not verify: the code says which check failed, the message what was expected and what was found. */
class errors_VerifyError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, { hint: options.hint ?? DEFAULT_HINTS[code], ...(options.cause === undefined ? {} : { cause: options.cause }), ...(options.place === undefined ? {} : { place: options.place }) });
        this.name = 'VerifyError';
    }
}
const TAMPERED = 'do not trust this artifact: the bundle or the artifact was altered, or they do not belong together';
const DEFAULT_HINTS = {
    VERIFY_BUNDLE_INVALID: 'give the Sigstore bundle (.sigstore.json) that was published with the artifact',
    VERIFY_BUNDLE_UNSUPPORTED: 'trust-kit verifies Sigstore bundles v0.1 to v0.3 holding a message signature or a DSSE in-toto statement',
    VERIFY_ARTIFACT_MISMATCH: TAMPERED,
    VERIFY_SUBJECT_MISMATCH: 'this attestation is about other artifacts: check that you downloaded the artifact the bundle was made for',
    VERIFY_PREDICATE_TYPE_MISMATCH: 'the attestation says something else about the artifact: pass the --predicate-type (input "predicate-type") it was made with (SLSA provenance is https://slsa.dev/provenance/v1), or the bundle holding that kind of attestation',
    VERIFY_PROVENANCE_MISMATCH: 'the provenance claims another source, commit, workflow, trigger or runner than its signing certificate, which GitHub\'s token vouched for: do not trust what it says about the build',
    VERIFY_SIGNATURE_INVALID: TAMPERED,
    VERIFY_KEY_MISMATCH: 'verify key-signed bundles with --key PUB.pem (input "key") and keyless bundles with --certificate-identity and --certificate-oidc-issuer (the inputs of the same names)',
    VERIFY_CERTIFICATE_INVALID: TAMPERED,
    VERIFY_CERTIFICATE_UNTRUSTED: 'the signing certificate was not issued by a CA of the trusted root: pass the right --trusted-root (input "trusted-root"; e.g. `gh attestation trusted-root` for GitHub\'s instance)',
    VERIFY_CERTIFICATE_EXPIRED: 'the signature was not made while its certificate was valid: do not trust this artifact',
    VERIFY_SCT_MISSING: 'the certificate carries no proof of certificate-transparency logging the trusted root requires',
    VERIFY_SCT_INVALID: TAMPERED,
    VERIFY_TLOG_MISSING: 'this instance requires a transparency-log entry in the bundle: sign again with a transparency log, or verify with the trusted root of the instance that signed it',
    VERIFY_TLOG_UNTRUSTED: 'the bundle was logged by a transparency log the trusted root does not list (with a certificate, the log must be of the instance whose CA issued it): pass the right --trusted-root (input "trusted-root")',
    VERIFY_TLOG_INCLUSION_INVALID: TAMPERED,
    VERIFY_TLOG_BODY_MISMATCH: TAMPERED,
    VERIFY_TIMESTAMP_MISSING: 'this instance requires a signed timestamp in the bundle: sign again with a timestamp authority',
    VERIFY_TIMESTAMP_INVALID: 'the timestamp was not signed by a timestamp authority of the trusted root, or does not cover this signature',
    VERIFY_POLICY_IDENTITY_MISMATCH: 'the artifact was signed by someone else: check --certificate-identity (input "certificate-identity"; exact match) or --repo/--signer-workflow (inputs "repo", "signer-workflow")',
    VERIFY_POLICY_ISSUER_MISMATCH: 'the signer\'s identity was vouched for by another OIDC issuer: check --certificate-oidc-issuer (input "certificate-oidc-issuer")',
    VERIFY_POLICY_EXTENSION_MISMATCH: 'the certificate was issued for another repository or workflow run: check --repo (input "repo")',
    VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH: 'another workflow signed the attestation: check --signer-workflow (input "signer-workflow": the reusable workflow that signs, [host/]owner/repo/path[@ref])',
    VERIFY_POLICY_REPOSITORY_MISMATCH: 'the attestation was made in another repository: check --repo/--owner (inputs "repo", "owner"); when a reusable workflow of another repository signs, pass it as --signer-workflow (input "signer-workflow")',
    VERIFY_POLICY_SOURCE_MISMATCH: 'the attestation was made from another ref or commit: check --source-ref (e.g. refs/tags/v1.2.3) and --source-digest (the commit SHA), the inputs of the same names',
    VERIFY_POLICY_SELF_HOSTED_RUNNER: 'the attestation was made on a self-hosted runner, which --deny-self-hosted-runners (input "deny-self-hosted-runners: true") refuses: its build environment is not GitHub\'s to vouch for',
    SIGSTORE_TRUSTED_ROOT_INVALID: 'give a trusted_root.json (or the JSONL `gh attestation trusted-root` prints)',
    SIGSTORE_TRUSTED_ROOT_UNAVAILABLE: 'pass --trusted-root FILE (input "trusted-root") to verify offline',
    SIGSTORE_KEY_INVALID: 'give the PEM public key (-----BEGIN PUBLIC KEY-----) made by `trust-kit generate-key-pair` or cosign',
    SIGSTORE_INPUT_UNREADABLE: 'check the path',
};

;// CONCATENATED MODULE: ./lib/sigstore/verify/sct.js

/** Reads TLS-encoded fields one after another, refusing any read past the end. */
class TlsReader {
    bytes;
    offset = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get done() {
        return this.offset === this.bytes.length;
    }
    block(length) {
        if (this.offset + length > this.bytes.length)
            throw new Error('truncated signed certificate timestamp list');
        const block = this.bytes.subarray(this.offset, this.offset + length);
        this.offset += length;
        return block;
    }
    uint8() {
        return this.block(1)[0];
    }
    uint16() {
        return this.block(2).readUInt16BE(0);
    }
}
/**
 * The SCTs of a SignedCertificateTimestampList (RFC 6962 3.3: a two-byte length, then each SCT
 * behind its own two-byte length), read without building an ASN.1 tree; any length that does not
 * add up, or a byte left over, is an error.
 */
function parseSctList(list) {
    const outer = new TlsReader(list);
    const entries = new TlsReader(outer.block(outer.uint16()));
    if (!outer.done)
        throw new Error('bytes after the signed certificate timestamp list');
    const scts = [];
    while (!entries.done) {
        const sct = new TlsReader(entries.block(entries.uint16()));
        const version = sct.uint8();
        const logId = sct.block(32);
        const timestamp = sct.block(8);
        const extensions = sct.block(sct.uint16());
        const hashAlgorithm = sct.uint8();
        sct.uint8(); // the signature algorithm: the log's key decides how the signature is checked
        const signature = sct.block(sct.uint16());
        if (!sct.done)
            throw new Error('bytes after a signed certificate timestamp');
        scts.push({ version, logId, timestamp, time: new Date(Number(timestamp.readBigUInt64BE(0))), extensions, hashAlgorithm, signature });
    }
    return scts;
}
const HASHES = { 4: 'sha256', 5: 'sha384', 6: 'sha512' };
/**
 * Whether a log's key signed the SCT over a precertificate entry (RFC 6962 3.2: version,
 * certificate_timestamp, the time, precert_entry, `preCert` = issuer key hash, 24-bit length and
 * TBS without the SCT list, then the extensions); an SCT with an unknown hash never verifies.
 */
function verifySct(sct, preCert, key) {
    const hash = HASHES[sct.hashAlgorithm];
    if (hash === undefined)
        return false;
    const extensionsLength = Buffer.alloc(2);
    extensionsLength.writeUInt16BE(sct.extensions.length);
    const signed = Buffer.concat([Buffer.from([sct.version, 0]), sct.timestamp, Buffer.from([0, 1]), preCert, extensionsLength, sct.extensions]);
    try {
        return (0,external_node_crypto_.verify)(hash, signed, key, sct.signature);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/certificate.js





/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md) that policies and reports name. */
const FULCIO_OIDS = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    /** GitHub Workflow Repository (deprecated, raw bytes): `owner/repo`, which cosign's --certificate-github-workflow-repository reads. */
    githubWorkflowRepositoryV1: '1.3.6.1.4.1.57264.1.5',
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerURI: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
    buildConfigURI: '1.3.6.1.4.1.57264.1.18',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationURI: '1.3.6.1.4.1.57264.1.21',
    sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
};
/** The extended key usage of Fulcio's certificates, leaves and CAs. */
const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
/** The extended key usage of a timestamp authority's signing certificate (RFC 3161 2.3). */
const TIME_STAMPING_EKU = '1.3.6.1.5.5.7.3.8';
const ANY_EKU = '2.5.29.37.0';
const EKU_OID = '2.5.29.37';
const BASIC_CONSTRAINTS_OID = '2.5.29.19';
const certificate_BOOLEAN = 0x01;
const certificate_INTEGER = 0x02;
const KEY_USAGE_OID = '2.5.29.15';
const BIT_STRING = 0x03;
const certificate_OCTET_STRING = 0x04;
const SAN_OID = '2.5.29.17';
/** The GeneralName tags of an otherName, a URI and an email address (RFC 5280 4.2.1.6). */
const OTHER_NAME = 0xa0;
const URI_NAME = 0x86;
/** The otherName type of Fulcio's username identity ("<user>!<issuer host>", a UTF8String): https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md. */
const FULCIO_USERNAME_OID = '1.3.6.1.4.1.57264.1.7';
const OID_TAG = 0x06;
const EMAIL_NAME = 0x81;
const SCT_OID = '1.3.6.1.4.1.11129.2.4.2';
const UTF8_STRING = 0x0c;
/** Key usage, extended key usage, subject alternative name, basic constraints, key identifiers: what a leaf's checks read. */
const PROCESSED_EXTENSIONS = new Set(['2.5.29.15', EKU_OID, SAN_OID, BASIC_CONSTRAINTS_OID, '2.5.29.14', '2.5.29.35']);
/**
 * An X.509 certificate parsed once: OpenSSL's parse for its key, validity and signature checks,
 * its extensions, serial number, issuer and key info read straight from the DER on demand, so a
 * certificate seen again (in the trusted root, or the same Fulcio leaf across a release's bundles)
 * costs nothing more.
 */
class ParsedCertificate {
    der;
    publicKey;
    notBefore;
    notAfter;
    isCA;
    native;
    fields;
    rawExtensions;
    constructor(der) {
        this.der = der;
        this.native = new external_node_crypto_.X509Certificate(der);
        this.publicKey = this.native.publicKey;
        this.notBefore = this.native.validFromDate;
        this.notAfter = this.native.validToDate;
        this.isCA = this.native.ca;
    }
    /** Parses DER bytes, turning any parse failure into a coded error naming `what`. */
    static parse(der, what) {
        try {
            // OpenSSL reads the first element and ignores what follows; Go's x509 (cosign, sigstore-go) refuses trailing data.
            derNode(der);
            const certificate = new ParsedCertificate(der);
            const oids = certificate.extensions.map((extension) => extension.oid);
            const repeated = oids.find((oid, index) => oids.indexOf(oid) !== index);
            // RFC 5280 4.2: one instance per extension; with two, readers disagree on which one counts (a second SAN, a second issuer).
            if (repeated !== undefined)
                throw new Error(`extension ${repeated} appears more than once`);
            return certificate;
        }
        catch (error) {
            throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `${what} is not a valid X.509 certificate: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
    }
    /** The serial number INTEGER's content bytes, as a timestamp's signer identifier gives it. */
    get serialNumber() {
        return this.derFields.serialNumber;
    }
    /** The issuer name's DER bytes (the Name SEQUENCE's content). */
    get issuer() {
        return this.derFields.issuer;
    }
    /** The SubjectPublicKeyInfo element's DER bytes, exactly as the certificate holds them. */
    get subjectPublicKeyInfo() {
        return this.derFields.subjectPublicKeyInfo;
    }
    get derFields() {
        this.fields ??= certificateFields(this.der);
        return this.fields;
    }
    /** Whether `issuer` issued this certificate: names chain and `issuer`'s key signed it. */
    signedBy(issuer) {
        try {
            return this.native.checkIssued(issuer.native) && this.native.verify(issuer.publicKey);
        }
        catch {
            return false;
        }
    }
    /** Whether the certificate was valid at `time`. */
    validAt(time) {
        return this.notBefore <= time && time <= this.notAfter;
    }
    /** Subject and issuer distinguished names as OpenSSL prints them, for messages. */
    get displayNames() {
        return { subject: distinguishedName(this.native.subject), issuer: distinguishedName(this.native.issuer) };
    }
    /** The certificate's extensions, read from its DER on first use. */
    get extensions() {
        this.rawExtensions ??= readExtensions(this.der);
        return this.rawExtensions;
    }
    /** The extension with `oid`, if present. */
    extension(oid) {
        return this.extensions.find((extension) => extension.oid === oid);
    }
    /**
     * The names of the subject alternative name extension, URIs, email addresses and Fulcio's username
     * otherName as text (other kinds as empty text, so they still count): Fulcio puts exactly one identity there.
     */
    get subjectAltNames() {
        const names = this.extension(SAN_OID);
        const list = names === undefined ? [] : sequenceOf(names.value);
        if (list === undefined)
            throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', 'the certificate\'s subject alternative name extension is malformed');
        return list.map((name) => {
            if (name.tag === OTHER_NAME)
                return fulcioUsername(name.content);
            if (name.tag !== URI_NAME && name.tag !== EMAIL_NAME)
                return '';
            // Both are IA5Strings (ASCII), and Go's x509 (Fulcio, cosign) refuses anything else, and a URI with a control character: read as UTF-8 here, they would be look-alikes no other verifier accepts.
            if (name.content.some((byte) => byte >= 0x80))
                throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the certificate's subject alternative name ${(0,quote/* quoted */.TL)(name.content.toString('utf8'), 200)} is not an IA5String (ASCII)`);
            if (name.tag === URI_NAME && name.content.some((byte) => byte < 0x20 || byte === 0x7f))
                throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the certificate's subject alternative name URI ${(0,quote/* quoted */.TL)(name.content.toString('latin1'), 200)} holds a control character`);
            return name.content.toString('ascii');
        });
    }
    /**
     * Whether the extended key usage names code signing. An absent EKU counts as no: RFC 5280 reads it
     * as any usage, but Fulcio always names code signing, so a leaf without it was issued for something else.
     */
    get allowsCodeSigning() {
        return this.extendedKeyUsages?.includes(CODE_SIGNING_EKU) ?? false;
    }
    /**
     * Whether a chain certificate's extended key usage allows `usage`: as Go's x509 (cosign,
     * sigstore-go) reads a chain, a certificate without the extension allows any, one with it must
     * name the usage or anyExtendedKeyUsage.
     */
    allowsExtendedKeyUsage(usage) {
        const usages = this.extendedKeyUsages;
        return usages === undefined || usages.includes(usage) || usages.includes(ANY_EKU);
    }
    /** The OIDs the extended key usage extension names (none when it cannot be read); undefined when it is absent. */
    get extendedKeyUsages() {
        const ext = this.extension(EKU_OID);
        if (ext === undefined)
            return undefined;
        return (sequenceOf(ext.value) ?? []).flatMap((entry) => (entry.tag === 0x06 ? [oidText(entry.content)] : []));
    }
    /** The extended key usage extension as a leaf's profile is checked on: its usages and whether it is critical; undefined when absent. */
    get extendedKeyUsage() {
        const usages = this.extendedKeyUsages;
        return usages === undefined ? undefined : { usages, critical: this.extension(EKU_OID)?.critical === true };
    }
    /** Whether the key may sign certificates: a key usage extension, when present, sets keyCertSign (bit 5), as Go's x509 requires of every issuer. */
    get allowsCertSign() {
        const ext = this.extension(KEY_USAGE_OID);
        if (ext === undefined)
            return true;
        const bits = contentOf(ext.value, BIT_STRING);
        return bits !== undefined && bits.length >= 2 && (bits[1] & 0x04) !== 0;
    }
    /**
     * Whether basic constraints say CA, whatever the key usage says: OpenSSL's `ca` (Node's
     * X509Certificate#ca) also asks for keyCertSign, so a leaf claiming CA:TRUE without it read as
     * no CA. An extension that cannot be read counts as a claim.
     */
    get claimsCA() {
        const ext = this.extension(BASIC_CONSTRAINTS_OID);
        if (ext === undefined)
            return false;
        const fields = sequenceOf(ext.value);
        if (fields === undefined)
            return true;
        const flag = fields.find((field) => field.tag === certificate_BOOLEAN)?.content;
        return flag !== undefined && (flag.length !== 1 || flag[0] !== 0);
    }
    /**
     * The basic constraints' pathLenConstraint: how many CA certificates may follow this one towards
     * a leaf. Undefined without one; -1 for an extension that cannot be read, which no chain passes.
     */
    get pathLengthConstraint() {
        const ext = this.extension(BASIC_CONSTRAINTS_OID);
        if (ext === undefined)
            return undefined;
        const fields = sequenceOf(ext.value);
        if (fields === undefined)
            return -1;
        const length = fields.find((field) => field.tag === certificate_INTEGER)?.content;
        if (length === undefined)
            return undefined;
        // A non-negative INTEGER small enough to mean anything: one content byte, or two for 128..255.
        if (length.length === 0 || length.length > 2 || length[0] >= 0x80 || (length.length === 2 && length[0] !== 0))
            return -1;
        return length.readUIntBE(0, length.length);
    }
    /**
     * The first critical extension outside those a signing certificate is read by (RFC 5280 4.2: a
     * certificate with a critical extension the reader does not process must be refused), such as
     * the CT precertificate poison.
     */
    get unprocessedCriticalExtension() {
        return this.extensions.find((extension) => extension.critical && !PROCESSED_EXTENSIONS.has(extension.oid))?.oid;
    }
    /** Whether the key usage extension is present and sets digitalSignature (bit 0), as Fulcio's leaves do. */
    get allowsDigitalSignature() {
        const bits = contentOf(this.extension(KEY_USAGE_OID)?.value ?? Buffer.alloc(0), BIT_STRING);
        return bits !== undefined && bits.length >= 2 && (bits[1] & 0x80) !== 0;
    }
    /**
     * The value of a Fulcio extension as text: v1 extensions hold raw bytes, v2 ones a DER
     * UTF8String; a v2 one holding anything else is refused (VERIFY_CERTIFICATE_INVALID), as Go's
     * readers (cosign, sigstore-go) refuse it, rather than read as raw text.
     */
    fulcioExtension(oid) {
        const ext = this.extension(oid);
        if (ext === undefined)
            return undefined;
        if (oid === FULCIO_OIDS.issuerV1 || oid === FULCIO_OIDS.githubWorkflowRepositoryV1)
            return ext.value.toString('utf8');
        const text = contentOf(ext.value, UTF8_STRING);
        if (text === undefined)
            throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the certificate's Fulcio extension ${oid} is not a DER UTF8String, as Fulcio writes it`, { hint: 'the certificate was not issued by a Fulcio that follows its own profile: do not trust it' });
        return text.toString('utf8');
    }
    /** The embedded signed certificate timestamps (RFC 6962 3.3: a TLS-encoded list in a DER OCTET STRING), parsed from their extension alone. */
    get signedCertificateTimestamps() {
        const ext = this.extension(SCT_OID);
        if (ext === undefined)
            return undefined;
        const list = contentOf(ext.value, certificate_OCTET_STRING);
        if (list === undefined)
            throw new Error('the SCT list extension does not hold an OCTET STRING');
        return parseSctList(list);
    }
}
/** Node reports an empty name (Fulcio leaves have one) as undefined, despite its types. */
function distinguishedName(name) {
    return (name ?? '').replaceAll('\n', ', ');
}
/** The first `length` characters of a long value (a digest, a key), for messages. */
function abbreviate(value, length = 16) {
    return value.length <= length ? value : `${value.slice(0, length)}\u2026`;
}
/**
 * The text of an otherName SAN (its type id and [0] EXPLICIT value) when it is Fulcio's username
 * identity, as sigstore-go, cosign and sigstore-python match it; empty text for another type.
 */
function fulcioUsername(content) {
    try {
        const [type, explicit, ...rest] = derChildren({ tag: OTHER_NAME, whole: content, content });
        if (type?.tag !== OID_TAG || explicit?.tag !== OTHER_NAME || rest.length > 0)
            throw new Error('not a type id and a value');
        if (oidText(type.content) !== FULCIO_USERNAME_OID)
            return '';
        const value = derNode(explicit.content);
        if (value.tag !== UTF8_STRING)
            throw new Error('not a UTF8String');
        return new TextDecoder('utf-8', { fatal: true }).decode(value.content);
    }
    catch {
        throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', 'the certificate\'s otherName subject alternative name is not an OID and a UTF-8 UTF8String, as Fulcio writes it');
    }
}

// EXTERNAL MODULE: ./lib/sigstore/verify/policy.js
var verify_policy = __webpack_require__(1638);
;// CONCATENATED MODULE: ./lib/sigstore/verify/key.js


/** The policy for bundles signed with a local key: reads a PEM public key (SPKI), naming `source` in errors; whether a transparency-log entry is required is the caller's to say. */
function loadPublicKey(pem, source, transparencyLog) {
    if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
        // The signing half (PREFIX.key) given for the verifying one (PREFIX.pub): the likeliest mix-up, said as such.
        if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
            throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is a private key, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: 'verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer' });
        }
        // Other forms of a public key, each with the command that writes it as one (SubjectPublicKeyInfo).
        if (pem.includes('-----BEGIN RSA PUBLIC KEY-----')) {
            throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is an RSA public key in PKCS#1 form (-----BEGIN RSA PUBLIC KEY-----), not the SubjectPublicKeyInfo form trust-kit reads (-----BEGIN PUBLIC KEY-----)`, { hint: `write it as one: \`openssl rsa -RSAPublicKey_in -in ${source} -pubout\`` });
        }
        if (pem.includes('-----BEGIN CERTIFICATE-----')) {
            throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is a certificate, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: `give its public key: \`openssl x509 -pubkey -noout -in ${source}\`; a keyless signature's certificate is checked with --certificate-identity and --certificate-oidc-issuer instead` });
        }
        throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`);
    }
    try {
        return { kind: 'key', publicKey: createPublicKey({ key: pem, format: 'pem' }), source, transparencyLog };
    }
    catch (error) {
        throw new VerifyError('SIGSTORE_KEY_INVALID', `${source}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./lib/core/json.js
// JSON as other parties wrote it: what JSON.parse alone does not say about a text.

/**
 * How deep a JSON text another party wrote may nest: far deeper than any bundle, trusted root,
 * signing config or in-toto statement (a few levels; an SBOM predicate a few dozen), shallow enough
 * that no reader of the parsed value (a recursive walk, JSON.stringify) runs out of stack.
 */
const MAX_JSON_DEPTH = 512;
/**
 * The first {@link JsonFault} of a valid JSON text, if any. It jumps from one structural character
 * to the next (a regular expression and indexOf skip strings, numbers and whitespace natively), so a
 * bundle of tens of MiB (a DSSE payload) costs little, and a small one little at start-up; memory
 * is the keys of the open objects, at most {@link MAX_JSON_DEPTH} of them deep.
 */
function jsonFault(text) {
    const structure = /[{}[\],"]/g;
    const objects = [];
    let keyNext = false;
    for (let match = structure.exec(text); match !== null; match = structure.exec(text)) {
        const char = match[0];
        if (char === '{' || char === '[') {
            if (objects.length === MAX_JSON_DEPTH)
                return { kind: 'too-deep', line: lineAt(text, match.index) };
            objects.push(char === '{' ? new Set() : undefined);
            keyNext = char === '{';
        }
        else if (char === '}' || char === ']') {
            objects.pop();
        }
        else if (char === ',') {
            keyNext = objects.at(-1) !== undefined;
        }
        else {
            const end = closingQuote(text, match.index);
            if (end === -1)
                return undefined;
            if (keyNext) {
                const keys = objects.at(-1);
                const key = JSON.parse(text.slice(match.index, end + 1));
                if (keys.has(key))
                    return { kind: 'repeated-key', key, line: lineAt(text, match.index) };
                keys.add(key);
                keyNext = false;
            }
            structure.lastIndex = end + 1;
        }
    }
    return undefined;
}
/** What to do about a document with a {@link JsonFault}. */
const JSON_FAULT_HINT = 'a document every verifier reads the same names each key of an object once and nests a few levels; this one was written otherwise (by hand, or to be read two ways): do not trust it, get it again from its source';
/**
 * A {@link JsonFault} for a message, after the name of the document: `repeats the key "k" in one
 * object, on line 3` (the line left out for a document of one line, such as a line of JSON lines,
 * which its name already numbers).
 */
function describeJsonFault(fault, withLine = true) {
    const line = withLine ? `, on line ${fault.line}` : '';
    return fault.kind === 'repeated-key' ? `repeats the key ${(0,quote/* quoted */.TL)(fault.key, 100)} in one object${line}` : `nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep${line}`;
}
/**
 * The line of a JSON.parse error: V8 gives a position for some errors, only a snippet of the
 * text around the bad token for others (`Unexpected token '}', ..."ckages": [}" is not valid
 * JSON`), and nothing at the end of the input.
 */
function jsonErrorLine(text, message) {
    const position = /position (\d+)/.exec(message)?.[1];
    if (position !== undefined)
        return lineAt(text, Number(position));
    if (message.includes('end of JSON input'))
        return lineAt(text, text.trimEnd().length);
    const snippet = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
    if (snippet === null)
        return undefined;
    const [, token = '', leading, context = '', trailing] = snippet;
    const at = text.indexOf(context);
    if (at === -1 || text.indexOf(context, at + 1) !== -1)
        return undefined;
    // V8 shows 10 characters either side of the bad token, with "..." where it cut the text.
    const inContext = leading !== undefined ? 10 : context.lastIndexOf(token, trailing === undefined ? context.length : context.length - 10);
    return lineAt(text, at + Math.max(0, inContext));
}
/**
 * What JSON.parse said of a text that is not JSON, for a message about a file: the line it stopped
 * at when it can be told, and its first words, printable and bounded, without the text V8 quotes
 * around a bad token: a file given by mistake (a token, a key) would have its first characters
 * printed to a log others read. V8's own `(line N column M)` is left out where the line is told
 * first; `withLine: false` leaves the line out (a line of a JSON-lines file, numbered already).
 */
function jsonSyntaxProblem(text, error, options = {}) {
    const message = error instanceof Error ? error.message : String(error);
    const line = options.withLine === false ? undefined : jsonErrorLine(text, message);
    const unquoted = message.replace(/^Unexpected token '[\s\S]+?', (?:\.\.\.)?"[\s\S]*?"(?:\.\.\.)? is not valid JSON/, 'Unexpected token: not valid JSON');
    const said = (unquoted.split('\n')[0] ?? '').replace(/ \(line \d+ column \d+\)$/, '');
    return `${line === undefined ? '' : `line ${line}: `}${(0,quote/* boundedText */.LD)(said, 200)}`;
}
/** The line (from 1) of `index` in `text`: where a JSON text another party wrote goes wrong. */
function lineAt(text, index) {
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
        line += 1;
    return line;
}
/** The index of the quote that closes the string opened at `open`: the next one not escaped by an odd run of backslashes; -1 if none. */
function closingQuote(text, open) {
    for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
        let backslashes = 0;
        while (text[quote - 1 - backslashes] === '\\')
            backslashes++;
        if (backslashes % 2 === 0)
            return quote;
    }
    return -1;
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/shape.js

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const INT64 = /^(?:0|[1-9]\d{0,18})$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;
/** A protobuf int64 at or below 2^63 - 1, as Go's protojson (cosign, sigstore-go) reads one: equal-length digit strings compare as numbers. */
function isInt64(text) {
    return INT64.test(text) && (text.length < 19 || text <= '9223372036854775807');
}
/**
 * The time an RFC 3339 timestamp (as protobuf JSON writes `google.protobuf.Timestamp`) names, or
 * undefined when it is not one: `Date` parsing alone accepts other forms and rolls 30 February
 * over into March. A fraction finer than a millisecond is rounded `down` or `up`: a window's start
 * is read rounded up and its end rounded down, so that the window is never wider than it says.
 */
function parseRfc3339(text, subMillisecond = 'down') {
    const match = RFC3339.exec(text);
    if (match === null)
        return undefined;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const offsetHours = Number(match[9] ?? 0);
    const offsetMinutes = Number(match[10] ?? 0);
    const calendar = new Date(0);
    calendar.setUTCFullYear(year, month - 1, day);
    const fraction = (match[7] ?? '').slice(1);
    calendar.setUTCHours(hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, '0')));
    const exact = year >= 1 && calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour < 24 && minute < 60 && second < 60 && offsetHours < 24 && offsetMinutes < 60;
    if (!exact)
        return undefined;
    const offsetMs = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60000;
    const up = subMillisecond === 'up' && /[1-9]/.test(fraction.slice(3)) ? 1 : 0;
    return new Date(calendar.getTime() - offsetMs + up);
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/**
 * The first place where `value` breaks `shape`, if any. Fields the shape does not name are left
 * alone (newer documents may carry them), but for a named field spelled as its protobuf name
 * (`tlog_entries`); a named field that is present must have its shape.
 * With `nullIsAbsent` (bundles), a field set to `null` is absent, as protobuf's JSON mapping reads
 * it (Go's protojson, sigstore-js): sigstore-js 1.x and 2.x wrote `"timestampVerificationData": null`
 * and `"inclusionProof": null` into their v0.1 bundles. Without it (trusted roots, which no writer
 * is known to give a null and whose reader hands some raw values on), null is refused. An array
 * item is never null. Depth and work are bounded by the shape.
 */
function findShapeViolation(value, shape, path, nullIsAbsent = false) {
    if (typeof shape === 'string') {
        if (typeof value !== 'string')
            return { path, problem: `is ${typeOf(value)}, expected ${SCALAR_NAMES[shape]}` };
        if (shape === 'base64' && !BASE64.test(value))
            return { path, problem: 'is not base64' };
        if (shape === 'int64' && !isInt64(value))
            return { path, problem: `is ${(0,quote/* quoted */.TL)(value, 40)}, expected a non-negative decimal integer below 2^63` };
        if (shape === 'rfc3339' && parseRfc3339(value) === undefined)
            return { path, problem: `is ${(0,quote/* quoted */.TL)(value, 40)}, expected an RFC 3339 time such as 2025-01-31T12:00:00Z` };
        return undefined;
    }
    if ('items' in shape) {
        if (!Array.isArray(value))
            return { path, problem: `is ${typeOf(value)}, expected an array` };
        if (shape.most !== undefined && value.length > shape.most)
            return { path, problem: `has ${value.length} items, more than the ${shape.most} read` };
        for (const [index, item] of value.entries()) {
            const found = findShapeViolation(item, shape.items, `${path}[${index}]`, nullIsAbsent);
            if (found !== undefined)
                return found;
        }
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { path, problem: `is ${typeOf(value)}, expected an object` };
    // A known field under its protobuf name (`tlog_entries`), which Go's protojson also reads: read as missing, it was reported as what a bundle lacks (no log entry).
    for (const name of Object.keys(value)) {
        if (!name.includes('_'))
            continue;
        const jsonName = name.replace(/_([a-z0-9])/g, (_, letter) => letter.toUpperCase());
        if (jsonName !== name && Object.hasOwn(shape.fields, jsonName))
            return { path: path === '' ? name : `${path}.${name}`, problem: `is the protobuf field name of ${jsonName}, which trust-kit reads only by its JSON name (as protobuf's JSON writers write it): rename it ${jsonName}` };
    }
    for (const [name, field] of Object.entries(shape.fields)) {
        const child = value[name];
        const fieldPath = path === '' ? name : `${path}.${name}`;
        const required = typeof field === 'object' && 'required' in field;
        if (child === undefined || (child === null && nullIsAbsent)) {
            if (required)
                return { path: fieldPath, problem: child === null ? 'is null' : 'is missing' };
            continue;
        }
        const found = findShapeViolation(child, required ? field.shape : field, fieldPath, nullIsAbsent);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
const SCALAR_NAMES = {
    string: 'a string',
    base64: 'a base64 string',
    int64: 'an integer as a decimal string',
    rfc3339: 'an RFC 3339 time string',
};
const certificate = { fields: { rawBytes: 'base64' } };
/**
 * The most items read from each array of a bundle. Real bundles hold one or two log entries,
 * timestamps and DSSE signatures and a chain of a few certificates, and an inclusion proof of a
 * tree below 2^63 entries has at most 63 hashes; without a bound, a 32 MiB bundle of empty items
 * cost seconds and gigabytes to decode (a Buffer or an object for each three bytes of input).
 */
const BUNDLE_ARRAY_ITEMS = 64;
const logId = { fields: { keyId: 'base64' } };
const validFor = { fields: { start: { shape: 'rfc3339', required: true }, end: 'rfc3339' } };
/** The known fields of a Sigstore bundle v0.1 to v0.3 (protobuf JSON). */
const BUNDLE_SHAPE = {
    fields: {
        mediaType: 'string',
        verificationMaterial: {
            fields: {
                publicKey: { fields: { hint: 'string' } },
                x509CertificateChain: { fields: { certificates: { items: certificate, most: BUNDLE_ARRAY_ITEMS } } },
                certificate,
                tlogEntries: {
                    most: BUNDLE_ARRAY_ITEMS,
                    items: {
                        fields: {
                            logIndex: 'int64',
                            logId,
                            kindVersion: { fields: { kind: 'string', version: 'string' } },
                            integratedTime: 'int64',
                            inclusionPromise: { fields: { signedEntryTimestamp: 'base64' } },
                            inclusionProof: { fields: { logIndex: 'int64', rootHash: 'base64', treeSize: 'int64', hashes: { items: 'base64', most: BUNDLE_ARRAY_ITEMS }, checkpoint: { fields: { envelope: 'string' } } } },
                            canonicalizedBody: 'base64',
                        },
                    },
                },
                timestampVerificationData: { fields: { rfc3161Timestamps: { items: { fields: { signedTimestamp: 'base64' } }, most: BUNDLE_ARRAY_ITEMS } } },
            },
        },
        messageSignature: { fields: { messageDigest: { fields: { algorithm: 'string', digest: 'base64' } }, signature: 'base64' } },
        dsseEnvelope: { fields: { payload: 'base64', payloadType: 'string', signatures: { items: { fields: { sig: 'base64', keyid: 'string' } }, most: BUNDLE_ARRAY_ITEMS } } },
    },
};
const authority = {
    fields: {
        subject: { fields: { organization: 'string', commonName: 'string' } },
        uri: 'string',
        certChain: { fields: { certificates: { items: certificate } } },
        validFor: { shape: validFor, required: true },
        operator: 'string',
    },
};
const log = {
    fields: {
        baseUrl: 'string',
        hashAlgorithm: 'string',
        publicKey: { shape: { fields: { rawBytes: 'base64', keyDetails: 'string', validFor: { shape: validFor, required: true } } }, required: true },
        logId,
        checkpointKeyId: logId,
        operator: 'string',
    },
};
/**
 * The known fields of a trusted root (v0.1 and v0.2): every authority and log key must say from
 * when it is trusted, since a missing or unreadable time would otherwise mean "always".
 */
const TRUSTED_ROOT_SHAPE = {
    fields: {
        mediaType: 'string',
        tlogs: { items: log },
        certificateAuthorities: { items: authority },
        ctlogs: { items: log },
        timestampAuthorities: { items: authority },
    },
};

;// CONCATENATED MODULE: ./lib/sigstore/verify/documents.js
// Sigstore bundles and trusted roots read from their protobuf JSON by this verifier alone, without
// @sigstore/protobuf-specs' generated readers and @sigstore/bundle's checks: loading and running
// those (a 150 KiB chunk of a hundred modules, bundled) was about 3 ms of every `verify-blob`. The
// reading is at least as strict as theirs: every known field has its JSON type (shape.ts; a null
// field of a bundle is absent, as protobuf JSON reads it), an enum is one of the names protobuf-specs knows,
// and a bundle holds what @sigstore/bundle requires of its version.



/** The bundle media types this verifier reads (protobuf-specs' v0.1, v0.2 and v0.3, the last in both spellings). */
const BUNDLE_MEDIA_TYPES = {
    v01: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    v02: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
    v03: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    v03Legacy: 'application/vnd.dev.sigstore.bundle+json;version=0.3',
};
const MEDIA_TYPES = new Set(Object.values(BUNDLE_MEDIA_TYPES));
/** protobuf-specs' HashAlgorithm names; another name is refused, as its reader refuses it. */
const HASH_ALGORITHMS = new Set(['HASH_ALGORITHM_UNSPECIFIED', 'SHA2_256', 'SHA2_384', 'SHA2_512', 'SHA3_256', 'SHA3_384']);
/** protobuf-specs' PublicKeyDetails names. */
const PUBLIC_KEY_DETAILS = new Set([
    'PUBLIC_KEY_DETAILS_UNSPECIFIED', 'PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS', 'PKIX_RSA_PKCS1V5', 'PKIX_RSA_PSS', 'PKIX_RSA_PKCS1V15_2048_SHA256', 'PKIX_RSA_PKCS1V15_3072_SHA256',
    'PKIX_RSA_PKCS1V15_4096_SHA256', 'PKIX_RSA_PSS_2048_SHA256', 'PKIX_RSA_PSS_3072_SHA256', 'PKIX_RSA_PSS_4096_SHA256', 'PKIX_ECDSA_P256_HMAC_SHA_256', 'PKIX_ECDSA_P256_SHA_256',
    'PKIX_ECDSA_P384_SHA_384', 'PKIX_ECDSA_P521_SHA_512', 'PKIX_ED25519', 'PKIX_ED25519_PH', 'PKIX_ECDSA_P384_SHA_256', 'PKIX_ECDSA_P521_SHA_256', 'LMS_SHA256', 'LMOTS_SHA256',
    'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87',
]);
/** The most missing fields one refusal names: 64 empty log entries made a message of 190. */
const LISTED_PROBLEMS = 8;
function bytes(value) {
    return typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0);
}
function documents_text(value, absent = '') {
    return typeof value === 'string' ? value : absent;
}
function object(value) {
    return typeof value === 'object' && value !== null ? value : undefined;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/**
 * Refuses an object setting more than one member of a protobuf oneof: protobuf-specs' reader keeps the first it meets, another
 * verifier may keep another. A member set to null is not set (Go's protojson skips it before its own oneof check).
 */
function expectOneOf(value, where, members) {
    const present = members.filter((member) => value[member] !== undefined && value[member] !== null);
    if (present.length > 1)
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the ${where} holds ${present.join(' and ')}; expected only one of ${members.join(', ')}`);
}
function logEntry(entry) {
    const logId = object(entry.logId);
    const kindVersion = object(entry.kindVersion);
    const promise = object(entry.inclusionPromise);
    const proof = object(entry.inclusionProof);
    const checkpoint = object(proof?.checkpoint);
    return {
        logIndex: documents_text(entry.logIndex, '0'),
        ...(logId === undefined ? {} : { logId: { keyId: bytes(logId.keyId) } }),
        ...(kindVersion === undefined ? {} : { kindVersion: { kind: documents_text(kindVersion.kind), version: documents_text(kindVersion.version) } }),
        integratedTime: documents_text(entry.integratedTime, '0'),
        ...(promise === undefined ? {} : { inclusionPromise: { signedEntryTimestamp: bytes(promise.signedEntryTimestamp) } }),
        ...(proof === undefined
            ? {}
            : {
                inclusionProof: {
                    logIndex: documents_text(proof.logIndex, '0'),
                    rootHash: bytes(proof.rootHash),
                    treeSize: documents_text(proof.treeSize, '0'),
                    hashes: list(proof.hashes).map(bytes),
                    ...(checkpoint === undefined ? {} : { checkpoint: { envelope: documents_text(checkpoint.envelope) } }),
                },
            }),
        canonicalizedBody: bytes(entry.canonicalizedBody),
    };
}
/**
 * Reads a bundle's parsed JSON: its media type one of {@link BUNDLE_MEDIA_TYPES}, every known
 * field of its JSON type, one member of each oneof, and then what @sigstore/bundle requires: a
 * signature and digest (or one DSSE signature and a payload), verification material with a
 * certificate (none empty) or key, a log id and kind for every log entry, an inclusion promise in
 * each (v0.1) or an inclusion proof with a checkpoint (v0.2 and later), and one certificate rather
 * than a chain (v0.3). Throws VERIFY_BUNDLE_INVALID naming what is wrong.
 */
function decodeBundle(json) {
    const mediaType = object(json)?.mediaType;
    // cosign 2's own format (`sign-blob --bundle` without --new-bundle-format): said as such, with how to make the one verifiers share.
    if (mediaType === undefined && typeof object(json)?.base64Signature === 'string') {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', "not a Sigstore bundle: it is cosign 2's own bundle format (base64Signature, cert, rekorBundle), which `cosign sign-blob --bundle` writes without --new-bundle-format", {
            hint: 'sign again with `cosign sign-blob --new-bundle-format --bundle FILE.sigstore.json` (cosign 2.4 or later; cosign 3 writes it by default), or verify this one with cosign 2',
        });
    }
    if (typeof mediaType !== 'string' || !MEDIA_TYPES.has(mediaType)) {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `not a Sigstore bundle: expected mediaType ${[...MEDIA_TYPES].join(' or ')}, found ${(0,quote/* quoted */.TL)(mediaType ?? null)}`);
    }
    const malformed = (problem) => new errors_VerifyError('VERIFY_BUNDLE_INVALID', `malformed ${mediaType} bundle: ${problem}`);
    const violation = findShapeViolation(json, BUNDLE_SHAPE, '', true);
    if (violation !== undefined)
        throw malformed(`${violation.path} ${violation.problem}`);
    const bundle = json;
    expectOneOf(bundle, 'bundle', ['messageSignature', 'dsseEnvelope']);
    const material = object(bundle.verificationMaterial);
    if (material !== undefined)
        expectOneOf(material, 'verificationMaterial', ['publicKey', 'x509CertificateChain', 'certificate']);
    const invalid = [];
    const messageSignature = object(bundle.messageSignature);
    const envelope = object(bundle.dsseEnvelope);
    let content;
    if (messageSignature !== undefined) {
        const digest = object(messageSignature.messageDigest);
        const algorithm = documents_text(digest?.algorithm, 'HASH_ALGORITHM_UNSPECIFIED');
        if (!HASH_ALGORITHMS.has(algorithm))
            throw malformed(`messageSignature.messageDigest.algorithm ${(0,quote/* quoted */.TL)(algorithm, 40)} is not a hash algorithm (${[...HASH_ALGORITHMS].join(', ')})`);
        content = { $case: 'messageSignature', messageSignature: { messageDigest: { algorithm, digest: bytes(digest?.digest) }, signature: bytes(messageSignature.signature) } };
        if (digest === undefined)
            invalid.push('messageSignature.messageDigest');
        else if (content.messageSignature.messageDigest.digest.length === 0)
            invalid.push('messageSignature.messageDigest.digest');
        if (content.messageSignature.signature.length === 0)
            invalid.push('messageSignature.signature');
    }
    else if (envelope !== undefined) {
        const signatures = list(envelope.signatures).map((signature) => ({ sig: bytes(signature.sig), keyid: documents_text(signature.keyid) }));
        content = { $case: 'dsseEnvelope', dsseEnvelope: { payload: bytes(envelope.payload), payloadType: documents_text(envelope.payloadType), signatures } };
        if (content.dsseEnvelope.payload.length === 0)
            invalid.push('dsseEnvelope.payload');
        // More than one is no missing field: said as what it is, as cosign says it (one signature is verified, and which would be a choice).
        if (signatures.length > 1)
            throw malformed(`dsseEnvelope.signatures holds ${signatures.length} signatures; a Sigstore bundle's envelope holds exactly one`);
        if (signatures.length !== 1)
            invalid.push('dsseEnvelope.signatures');
        else if (signatures[0]?.sig.length === 0)
            invalid.push('dsseEnvelope.signatures[0].sig');
    }
    else {
        invalid.push('messageSignature or dsseEnvelope');
    }
    let verification;
    const entries = list(material?.tlogEntries).map(logEntry);
    if (material === undefined) {
        invalid.push('verificationMaterial');
    }
    else {
        const publicKey = object(material.publicKey);
        const chain = object(material.x509CertificateChain);
        const certificate = object(material.certificate);
        if (publicKey !== undefined) {
            verification = { $case: 'publicKey', publicKey: { hint: documents_text(publicKey.hint) } };
        }
        else if (chain !== undefined) {
            const certificates = list(chain.certificates).map((entry) => ({ rawBytes: bytes(entry.rawBytes) }));
            verification = { $case: 'x509CertificateChain', x509CertificateChain: { certificates } };
            if (certificates.length === 0)
                invalid.push('verificationMaterial.x509CertificateChain.certificates');
            certificates.forEach((entry, index) => entry.rawBytes.length === 0 && invalid.push(`verificationMaterial.x509CertificateChain.certificates[${index}].rawBytes`));
            if (mediaType !== BUNDLE_MEDIA_TYPES.v01 && mediaType !== BUNDLE_MEDIA_TYPES.v02)
                invalid.push('verificationMaterial.x509CertificateChain (a v0.3 bundle carries one certificate)');
        }
        else if (certificate !== undefined) {
            verification = { $case: 'certificate', certificate: { rawBytes: bytes(certificate.rawBytes) } };
            if (verification.certificate.rawBytes.length === 0)
                invalid.push('verificationMaterial.certificate.rawBytes');
        }
        else {
            invalid.push('verificationMaterial.publicKey, x509CertificateChain or certificate');
        }
        entries.forEach((entry, index) => {
            if (entry.logId === undefined)
                invalid.push(`verificationMaterial.tlogEntries[${index}].logId`);
            if (entry.kindVersion === undefined)
                invalid.push(`verificationMaterial.tlogEntries[${index}].kindVersion`);
            if (mediaType === BUNDLE_MEDIA_TYPES.v01) {
                // A v0.1 bundle's inclusion proof may have no checkpoint (Rekor's answers before checkpoints, 2023): nothing signs its
                // root hash, so the entry stands on its signed promise, and the proof, kept, must still hash to the root it gives (tlog.ts).
                if (entry.inclusionPromise === undefined)
                    invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionPromise`);
            }
            else if (entry.inclusionProof === undefined) {
                invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionProof`);
            }
            else if (entry.inclusionProof.checkpoint === undefined) {
                invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionProof.checkpoint`);
            }
        });
    }
    if (invalid.length > 0 || content === undefined || verification === undefined) {
        const unlisted = invalid.length - LISTED_PROBLEMS;
        throw malformed(`missing or empty: ${invalid.slice(0, LISTED_PROBLEMS).join(', ')}${unlisted > 0 ? ` and ${unlisted} more` : ''}`);
    }
    const timestamps = object(material?.timestampVerificationData);
    return {
        mediaType,
        verificationMaterial: {
            content: verification,
            tlogEntries: entries,
            ...(timestamps === undefined ? {} : { timestampVerificationData: { rfc3161Timestamps: list(timestamps.rfc3161Timestamps).map((entry) => ({ signedTimestamp: bytes(entry.signedTimestamp) })) } }),
        },
        content,
    };
}
/** The trusted-root media types of protobuf-specs (v0.1, as `gh attestation trusted-root` prints, and v0.2). */
const TRUSTED_ROOT_MEDIA_TYPES = new Set(['application/vnd.dev.sigstore.trustedroot+json;version=0.1', 'application/vnd.dev.sigstore.trustedroot.v0.2+json']);
/**
 * Reads a trusted root's parsed JSON: its media type, every known field of its JSON type (every
 * authority and log key saying from when it is trusted), and the enums (a log's hash algorithm,
 * a key's details) one of the names protobuf-specs knows. Throws SIGSTORE_TRUSTED_ROOT_INVALID
 * naming `label` and the field.
 */
function decodeTrustedRoot(value, label) {
    const mediaType = object(value)?.mediaType;
    if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPES.has(mediaType)) {
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: not a Sigstore trusted root: expected mediaType ${[...TRUSTED_ROOT_MEDIA_TYPES].join(' or ')}, found ${(0,quote/* quoted */.TL)(mediaType ?? null, 100)}`);
    }
    const violation = findShapeViolation(value, TRUSTED_ROOT_SHAPE, '');
    if (violation !== undefined)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${violation.path} ${violation.problem}`);
    const root = value;
    const authorities = (field) => list(root[field]).map((authority) => ({
        uri: documents_text(authority.uri),
        certificates: list(object(authority.certChain)?.certificates).map((certificate) => bytes(certificate.rawBytes)),
        validFor: authority.validFor,
    }));
    const logs = (field) => list(root[field]).map((log, index) => {
        const publicKey = log.publicKey;
        const hashAlgorithm = documents_text(log.hashAlgorithm, 'HASH_ALGORITHM_UNSPECIFIED');
        const keyDetails = documents_text(publicKey.keyDetails, 'PUBLIC_KEY_DETAILS_UNSPECIFIED');
        if (!HASH_ALGORITHMS.has(hashAlgorithm))
            throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${field}[${index}].hashAlgorithm ${(0,quote/* quoted */.TL)(hashAlgorithm, 40)} is not a hash algorithm`);
        if (!PUBLIC_KEY_DETAILS.has(keyDetails))
            throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${field}[${index}].publicKey.keyDetails ${(0,quote/* quoted */.TL)(keyDetails, 40)} is not a key type`);
        const logId = object(log.logId);
        const checkpointKeyId = object(log.checkpointKeyId);
        return {
            baseUrl: documents_text(log.baseUrl),
            publicKey: { rawBytes: publicKey.rawBytes === undefined ? undefined : bytes(publicKey.rawBytes), keyDetails, validFor: publicKey.validFor },
            logId: logId === undefined ? undefined : bytes(logId.keyId),
            checkpointKeyId: checkpointKeyId === undefined ? undefined : bytes(checkpointKeyId.keyId),
        };
    });
    return { certificateAuthorities: authorities('certificateAuthorities'), timestampAuthorities: authorities('timestampAuthorities'), tlogs: logs('tlogs'), ctlogs: logs('ctlogs') };
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/trust.js







/** The trust roots searched, for messages: `trusted_root.json`, or `roots.jsonl:2`. */
function rootLabels(roots) {
    return roots.length === 0 ? 'the trusted root' : (0,quote/* boundedList */.Y4)(roots.map((root) => root.label));
}
/**
 * A distinguished name as an index key, at least as loose as OpenSSL's name comparison (case and
 * runs of white space ignored), so an index lookup never misses an issuer OpenSSL would accept.
 */
function nameKey(displayName) {
    return displayName.toLowerCase().replace(/\s+/g, ' ').trim();
}
/**
 * The trust verification checks against, built once: parsed CA certificates and ready public keys
 * of every instance, plus a per-trust cache of leaf certificates already checked against them.
 */
class TrustMaterial {
    roots;
    /** Leaf-certificate checks keyed by the certificate's DER (base64); owned by verify.ts. */
    leafCache = new Map();
    authoritiesByName = new Map();
    constructor(roots) {
        this.roots = roots;
        for (const root of roots) {
            for (const authority of root.certificateAuthorities) {
                const key = nameKey(authority.chain[0]?.displayNames.subject ?? '');
                const named = this.authoritiesByName.get(key);
                if (named === undefined)
                    this.authoritiesByName.set(key, [{ root, authority }]);
                else
                    named.push({ root, authority });
            }
        }
    }
    /**
     * The CAs, in trusted-root order, whose issuing certificate bears the name a certificate gives
     * as its issuer (`displayNames.issuer`): a lookup, so a trusted root of hundreds of CAs does not
     * cost a check per CA. Only candidates: the caller still checks that one signed the certificate.
     */
    authoritiesNamed(issuerName) {
        return this.authoritiesByName.get(nameKey(issuerName)) ?? [];
    }
    /** Every instance's label, for messages. */
    get label() {
        return this.roots.map((root) => root.label).join(', ');
    }
}
const END = new Date(8640000000000000);
/** A trusted-root validity window as words: `from <start> to <end>`, or `from <start>, with no end` for an open one. */
function describeValidity(validFrom, validTo) {
    return `from ${validFrom.toISOString()}${validTo.getTime() === END.getTime() ? ', with no end' : ` to ${validTo.toISOString()}`}`;
}
/**
 * Builds trust material from a trusted root: the JSON text of a `trusted_root.json`, the JSONL that
 * `gh attestation trusted-root` prints (one root per line), or an already parsed object.
 */
function loadTrustMaterial(input, source = 'trusted root') {
    const documents = [];
    if (typeof input !== 'string') {
        documents.push({ value: input, label: source });
    }
    else {
        const trimmed = input.trim();
        let whole;
        let wholeError;
        try {
            whole = JSON.parse(trimmed);
        }
        catch (error) {
            whole = undefined;
            wholeError = error;
        }
        if (whole !== undefined) {
            refuseJsonFault(trimmed, source, true);
            documents.push({ value: whole, label: source });
        }
        else {
            let first = true;
            input.split('\n').forEach((line, index) => {
                if (line.trim() === '')
                    return;
                let value;
                try {
                    value = JSON.parse(line);
                }
                catch (error) {
                    // A first line that is no document is no JSONL: the file is one JSON document, and its own error says where it breaks.
                    if (first)
                        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}: not JSON: ${jsonSyntaxProblem(trimmed, wholeError)}`);
                    throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}:${index + 1}: not JSON: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`);
                }
                first = false;
                refuseJsonFault(line, `${source}:${index + 1}`, false);
                documents.push({ value, label: `${source}:${index + 1}` });
            });
        }
    }
    if (documents.length === 0)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${source} holds no trusted root`);
    return new TrustMaterial(documents.map((document) => toTrustRoot(document.value, document.label)));
}
/**
 * Refuses a trusted root whose JSON repeats a key or nests too deep: JSON.parse keeps the last of two
 * equal keys, sigstore-go's reader (protobuf JSON) refuses them, so a root read two ways would make
 * trust-kit and cosign trust different keys. `where` numbers the line already when `whole` is false.
 */
function refuseJsonFault(text, where, whole) {
    const fault = jsonFault(text);
    if (fault !== undefined)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${where} ${describeJsonFault(fault, whole)}`, { hint: JSON_FAULT_HINT });
}
function toTrustRoot(value, label) {
    const root = decodeTrustedRoot(value, label);
    return {
        label,
        certificateAuthorities: root.certificateAuthorities.map((ca, index) => toAuthority(ca, `${label}: certificateAuthorities[${index}]`)),
        timestampAuthorities: root.timestampAuthorities.map((ca, index) => toAuthority(ca, `${label}: timestampAuthorities[${index}]`)),
        tlogs: root.tlogs.map((log, index) => toLog(log, `${label}: tlogs[${index}]`)),
        ctlogs: root.ctlogs.map((log, index) => toLog(log, `${label}: ctlogs[${index}]`)),
        document: value,
    };
}
/**
 * The period a validity range of the trusted root covers, read from its JSON (the shape check
 * has made `start`, and `end` when present, RFC 3339 times); no end means "until replaced".
 */
function validity(range, what) {
    const validFrom = parseRfc3339(range.start, 'up');
    const validTo = range.end === undefined ? END : parseRfc3339(range.end);
    if (validFrom === undefined || validTo === undefined)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: validFor needs an RFC 3339 start (and, optionally, end) time`);
    if (validTo < validFrom)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: validFor ends (${validTo.toISOString()}) before it starts (${validFrom.toISOString()})`);
    return { validFrom, validTo };
}
function toAuthority(ca, what) {
    const { certificates } = ca;
    if (certificates.length === 0)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what} has no certificate`);
    const chain = certificates.map((certificate, index) => {
        try {
            return ParsedCertificate.parse(certificate, `${what}.certChain[${index}]`);
        }
        catch (error) {
            throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', error instanceof Error ? error.message : String(error), { cause: error });
        }
    });
    return { uri: ca.uri, chain: issuerFirst(chain), ...validity(ca.validFor, what) };
}
/**
 * A CA's chain from the certificate that issues down to its root, as the trusted root format
 * lists it; one written root first (cosign and sigstore-python read it so too) is turned round
 * when, turned, each certificate names the next as its issuer.
 */
function issuerFirst(chain) {
    const linked = (list) => list.every((certificate, index) => index === list.length - 1 || certificate.displayNames.issuer === list[index + 1]?.displayNames.subject);
    if (chain.length < 2 || linked(chain))
        return chain;
    const reversed = [...chain].reverse();
    return linked(reversed) ? reversed : chain;
}
/**
 * C2SP signed-note key id of an Ed25519 log: SHA-256(origin || 0x0A || 0x01 || key), the origin being the
 * hostname of its base URL, without a port (rekor-tiles signs with its --hostname; sigstore-go derives it so).
 */
function noteKeyId(baseUrl, publicKey, logId) {
    if (publicKey.asymmetricKeyType !== 'ed25519')
        return logId;
    let origin;
    try {
        origin = new URL(baseUrl).hostname;
    }
    catch {
        return logId;
    }
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    return (0,external_node_crypto_.createHash)('sha256').update(`${origin}\n`).update(Buffer.from([0x01])).update(raw).digest();
}
const PKCS1_DETAILS = new Set(['PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS']);
/** The key a log's `keyDetails` names, by the Node key type (and curve) it must be. */
const KEY_DETAILS_KEYS = [
    [/RSA/, 'rsa', undefined],
    [/^PKIX_ECDSA_P256_/, 'ec', 'prime256v1'],
    [/^PKIX_ECDSA_P384_/, 'ec', 'secp384r1'],
    [/^PKIX_ECDSA_P521_/, 'ec', 'secp521r1'],
    [/^PKIX_ED25519/, 'ed25519', undefined],
];
/**
 * What is wrong when a log's key is not of the kind its `keyDetails` names (cosign and
 * sigstore-python refuse such a root: a key read as another kind than declared is a root edited by
 * hand or for another log); undefined when they agree or the details name no kind read here.
 */
function keyDetailsMismatch(details, key) {
    const expected = KEY_DETAILS_KEYS.find(([pattern]) => pattern.test(details));
    if (expected === undefined)
        return undefined;
    const [, type, curve] = expected;
    const actual = key.asymmetricKeyType ?? 'unknown';
    const actualCurve = key.asymmetricKeyDetails?.namedCurve;
    if (type === 'rsa' ? actual !== 'rsa' && actual !== 'rsa-pss' : actual !== type || (curve !== undefined && actualCurve !== curve)) {
        const named = (kind) => `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind} key`;
        return `${named(curve ?? type)}, but the key is ${named(actualCurve === undefined ? actual : `${actual} ${actualCurve}`)}`;
    }
    return undefined;
}
function toLog(log, what) {
    const raw = log.publicKey.rawBytes;
    const { logId } = log;
    if (raw === undefined || logId === undefined)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what} has no public key or log id`);
    let publicKey;
    try {
        publicKey = (0,external_node_crypto_.createPublicKey)({ key: raw, format: 'der', type: PKCS1_DETAILS.has(log.publicKey.keyDetails) ? 'pkcs1' : 'spki' });
    }
    catch (error) {
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const mismatch = keyDetailsMismatch(log.publicKey.keyDetails, publicKey);
    if (mismatch !== undefined)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: its keyDetails ${log.publicKey.keyDetails} says ${mismatch}`);
    return {
        baseUrl: log.baseUrl,
        logId,
        checkpointKeyId: log.checkpointKeyId ?? noteKeyId(log.baseUrl, publicKey, logId),
        publicKey,
        ...validity(log.publicKey.validFor, `${what}.publicKey`),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_fs_, 2);
;// CONCATENATED MODULE: ./lib/sigstore/trust-roots/github-tuf-root.json
const github_tuf_root_namespaceObject = /*#__PURE__*/JSON.parse('{"signatures":[{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":""},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":""},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":""},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"},{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":"304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2025-04-11T14:36:57Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":3,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}');
;// CONCATENATED MODULE: ./lib/sigstore/verify/trust-tuf.js
// Trust material fetched through a Sigstore instance's TUF repository (public-good's, GitHub's):
// apart from trust.ts, so that offline verification (`--trusted-root`), which never fetches, loads
// neither this nor the proxy support it goes through.









/** The offline way round a failed fetch: the same flag, said for what the run does. */
function offlineWay(purpose) {
    return purpose === 'sign' ? 'pass the instance\'s trusted root as --trusted-root FILE (input "trusted-root") to sign without fetching it' : 'pass --trusted-root FILE (input "trusted-root") to verify offline';
}
/** The TUF repository of the public-good instance, whose root ships with @sigstore/tuf. */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/**
 * An instance's trust material fetched through its TUF repository, every piece of metadata
 * verified from the pinned root on (the public-good instance's by default).
 */
async function loadTrustMaterialFromTUF(options = {}) {
    const label = options.mirrorURL === undefined ? 'public-good (TUF)' : `${options.mirrorURL} (TUF)`;
    try {
        // Loaded only here: the TUF client is most of the verifier's code, and offline verification (--trusted-root) never needs it.
        const { fetchTrustedRootJSON } = await Promise.all(/* import() */[__webpack_require__.e(984), __webpack_require__.e(17)]).then(__webpack_require__.bind(__webpack_require__, 17));
        const json = await fetchTrustedRootJSON({ mirrorURL: options.mirrorURL ?? PUBLIC_GOOD_TUF_MIRROR, rootPath: options.rootPath, cachePath: options.cachePath, retries: options.retries ?? 2, timeoutMs: 10000, proxy: options.proxy ?? core_proxy/* NO_PROXY_SETTINGS */.JB, notice: noticeTo(options.logger) });
        return loadTrustMaterial(json, label);
    }
    catch (error) {
        if (error instanceof errors_VerifyError || error instanceof core_proxy/* ProxyConfigError */.Xb)
            throw error;
        const offline = offlineWay(options.purpose);
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `cannot fetch the trusted root of ${label}: ${causeChain(error)}`, { cause: error, hint: proxyHint(error, offline).hint ?? offline });
    }
}
/** The hint of a proxy that would not open a tunnel, when one is why a fetch failed (what to fix is the proxy setting), with the offline way round it. */
function proxyHint(error, offline) {
    for (let current = error, depth = 0; current instanceof Error && depth < 6; current = current.cause, depth += 1) {
        if (current instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
            return { hint: `${current.hint ?? ''}; or ${offline}` };
    }
    return {};
}
/** An error's message followed by its causes' (TUF errors wrap the failure that says what went wrong). */
function causeChain(error) {
    const messages = [];
    for (let current = error; current !== undefined && messages.length < 4; current = current instanceof Error ? current.cause : undefined) {
        // The TUF client's messages quote what the mirror served (JSON.parse's quotes the body): printable and bounded.
        messages.push((0,quote/* boundedText */.LD)(current instanceof Error ? current.message : String(current), 300));
    }
    return messages.join(': ');
}
/**
 * The cache directories each logger was told cannot be used: a release fetches the trusted root for
 * signing, its verification kit and its gate, and says so once. Kept with the caller's logger, not
 * the process: another call with a logger of its own is told again.
 */
const told = new WeakMap();
/** What tells `logger` of a cache that cannot be used, once for each cache directory. */
function noticeTo(logger) {
    if (logger === undefined)
        return undefined;
    return (message, cacheDir) => {
        let directories = told.get(logger);
        if (directories === undefined)
            told.set(logger, (directories = new Set()));
        if (directories.has(cacheDir))
            return;
        directories.add(cacheDir);
        logger.warn(message);
    };
}
/** The public-good instance's trust material, through its TUF repository. */
function loadPublicGoodTrustMaterial(options = {}) {
    return loadTrustMaterialFromTUF(options);
}
/** The TUF repository of GitHub's Sigstore instance (Fulcio and TSA for private repositories), as `gh attestation` uses it. */
const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';
/** The way round GitHub's TUF repository: its trusted root as `gh` prints it. */
const GITHUB_OFFLINE = 'write GitHub\'s trusted root with `mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` (a directory of its own, never among downloaded files) and pass it as trusted-root (CLI: --trusted-root trust-kit-roots/trusted_root.jsonl)';
/**
 * GitHub's instance's trust material, fetched through its TUF repository from the root `gh`
 * embeds; a failure names the mirror and the offline way round it.
 */
async function loadGitHubTrustMaterial(options = {}) {
    const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
    // The TUF client seeds its cache from a root.json path, and the bundled action carries the root as data, not as a file.
    // fs.promises, not node:fs/promises, so that offline verification, bundled, never loads it (see core/files.ts).
    const directory = await (0,core_files/* makeTemporaryDirectory */.LN)('trust-kit-github-root-');
    try {
        const rootPath = (0,external_node_path_.join)(directory.path, 'root.json');
        await external_node_fs_.promises.writeFile(rootPath, JSON.stringify(options.root ?? github_tuf_root_namespaceObject));
        return await loadTrustMaterialFromTUF({ mirrorURL, rootPath, ...(options.cachePath === undefined ? {} : { cachePath: options.cachePath }), ...(options.retries === undefined ? {} : { retries: options.retries }), ...(options.proxy === undefined ? {} : { proxy: options.proxy }), ...(options.logger === undefined ? {} : { logger: options.logger }), ...(options.purpose === undefined ? {} : { purpose: options.purpose }) });
    }
    catch (error) {
        if (error instanceof errors_VerifyError && error.code === 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE') {
            throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `GitHub's Sigstore instance: ${error.message}`, {
                cause: error,
                hint: `check that ${mirrorURL} is reachable, or ${GITHUB_OFFLINE}`,
                ...proxyHint(error, GITHUB_OFFLINE),
            });
        }
        throw error;
    }
    finally {
        await directory.remove();
    }
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/prehashed.js

const rawKeys = new WeakMap();
/**
 * Loads the verifier of ECDSA signatures over a digest computed elsewhere: Node's crypto verifies
 * only over data it hashes itself, so this is the pure-JavaScript ECDSA of @noble/curves, a
 * quarter of a megabyte of bundled code whose curves are built as it loads (about 3 ms). Only
 * verification by digest (a `sha256:` reference, a file too large to read whole) loads it.
 */
async function loadPrehashedVerifier() {
    const { p256, p384 } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 3260));
    return (key, digest, signature) => {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const implementation = curve === 'prime256v1' ? p256 : curve === 'secp384r1' ? p384 : undefined;
        if (key.asymmetricKeyType !== 'ec' || implementation === undefined) {
            throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `verification by digest needs an ECDSA P-256 or P-384 signing key, found ${key.asymmetricKeyType ?? 'unknown'} ${curve ?? ''}`.trimEnd(), { hint: 'verify with the artifact file instead of its digest' });
        }
        let raw = rawKeys.get(key);
        if (raw === undefined) {
            const jwk = key.export({ format: 'jwk' });
            raw = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
            rawKeys.set(key, raw);
        }
        try {
            return implementation.verify(signature, digest, raw, { prehash: false, lowS: false, format: 'der' });
        }
        catch {
            return false;
        }
    };
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./lib/core/ascii.js
/**
 * ASCII letters lowercased, nothing else: GitHub compares owner, repository and asset names so,
 * while Unicode lowercasing maps the Kelvin sign to `k` and would make two names one.
 */
function asciiLowerCase(text) {
    return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

// EXTERNAL MODULE: ./lib/core/workflow-ref.js
var workflow_ref = __webpack_require__(9966);
;// CONCATENATED MODULE: ./lib/sigstore/verify/timestamp.js



const timestamp_SEQUENCE = 0x30;
const SET = 0x31;
const timestamp_OID = 0x06;
const timestamp_INTEGER = 0x02;
const timestamp_OCTET_STRING = 0x04;
const CONSTRUCTED_OCTET_STRING = 0x24;
const EXPLICIT_0 = 0xa0;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;
const SIGNED_DATA = '1.2.840.113549.1.7.2';
const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const CONTENT_TYPE = '1.2.840.113549.1.9.3';
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const SIGNING_CERTIFICATE = '1.2.840.113549.1.9.16.2.12';
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const timestamp_HASHES = { '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' };
const ECDSA_HASHES = { '1.2.840.10045.4.3.1': 'sha224', '1.2.840.10045.4.3.2': 'sha256', '1.2.840.10045.4.3.3': 'sha384', '1.2.840.10045.4.3.4': 'sha512' };
/**
 * A DER GeneralizedTime (X.690 11.7): seconds, then a fraction of 1 to 9 digits without trailing zeros
 * when it has one, then Z; what Go's reader (sigstore-go, cosign) takes, a time that serializes back to itself.
 */
const TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{0,8}[1-9]))?Z$/;
/** A DER UTCTime (RFC 5280 4.1.2.5.1: seconds, Z), as CMS encodes a signing time before 2050. */
const UTC = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
function child(node, index, tag, what) {
    const found = node === undefined ? undefined : derChildren(node)[index];
    if (found === undefined || (tag !== undefined && found.tag !== tag))
        throw new Error(`malformed timestamp: ${what}`);
    return found;
}
function oid(node, what) {
    if (node.tag !== timestamp_OID)
        throw new Error(`malformed timestamp: ${what}`);
    return oidText(node.content);
}
function known(table, id, what) {
    const name = table[id];
    if (name === undefined)
        throw new Error(`unsupported ${what} ${id}`);
    return name;
}
function time(node) {
    // RFC 3161 2.4.2: genTime is a GeneralizedTime; Go's reader of TSTInfo (sigstore-go, cosign) refuses a UTCTime.
    if (node.tag !== GENERALIZED_TIME)
        throw new Error('malformed timestamp: genTime is not a GeneralizedTime');
    const text = node.content.toString('latin1');
    const match = TIME.exec(text);
    if (match === null)
        throw new Error(`malformed timestamp: genTime ${(0,quote/* quoted */.TL)(text, 40)} is not a DER GeneralizedTime (YYYYMMDDHHMMSS, then a fraction of up to 9 digits without trailing zeros, then Z)`);
    const date = timeOf(Number(match[1]), match);
    // Month 13, February 30 or hour 24 is no time: refused here, not compared later as NaN or as another day.
    if (date === undefined)
        throw new Error(`malformed timestamp: genTime ${match[0]} is not a time`);
    return date;
}
/**
 * The time a GeneralizedTime or UTCTime says (`year`, then month to second and a fraction in the
 * match's groups 2 to 7), as a {@link SignedTime}. Undefined for a date no calendar has.
 */
function timeOf(year, match) {
    const [month, day, hour, minute, second] = [2, 3, 4, 5, 6].map((group) => Number(match[group]));
    const fraction = match[7] ?? '';
    const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
    const at = new Date(Date.UTC(year, (month ?? 0) - 1, day, hour, minute, second));
    // Date.UTC carries an overflow into the next field (February 30 is March 2) and reads years below 100 as 19xx.
    const same = at.getUTCFullYear() === year && at.getUTCMonth() === (month ?? 0) - 1 && at.getUTCDate() === day && at.getUTCHours() === hour && at.getUTCMinutes() === minute && at.getUTCSeconds() === second;
    if (!same)
        return undefined;
    const earliest = new Date(at.getTime() + milliseconds);
    // DER writes no trailing zero, so digits past the third are a fraction of a millisecond.
    return { earliest, latest: fraction.length > 3 ? new Date(earliest.getTime() + 1) : earliest };
}
/**
 * The bytes of the OCTET STRING holding the TSTInfo, which must be primitive, as DER has it. CMS's
 * BER also allows one constructed of segments, but cosign (its digest then covers the segments'
 * headers, and fails) and sigstore-js (which crashes) take none: a token they refuse is refused here.
 */
function octets(node) {
    if (node.tag === CONSTRUCTED_OCTET_STRING)
        throw new Error('malformed timestamp: eContent is a constructed (BER) OCTET STRING; a DER token has a primitive one, and cosign and sigstore-js read no other');
    if (node.tag !== timestamp_OCTET_STRING)
        throw new Error('malformed timestamp: eContent is not an OCTET STRING');
    return node.content;
}
/** Reads a TimeStampResp (status, then the token: a CMS SignedData over a TSTInfo with one signer and signed attributes); throws on anything else. */
function parseRfc3161(der) {
    const response = derNode(der);
    if (response.tag !== timestamp_SEQUENCE)
        throw new Error('malformed timestamp: not a TimeStampResp');
    // Nothing in a timestamp is skipped unread: every constructed element holds whole elements.
    expectWholeElements(response, 32, 'malformed timestamp: nested too deeply');
    // PKIStatus granted (0) alone, as Go's reader of responses (sigstore-go, cosign) takes it: grantedWithMods (1) is a token other than the one asked for, anything else carries none.
    const status = child(child(response, 0, timestamp_SEQUENCE, 'status'), 0, timestamp_INTEGER, 'status');
    if (status.content.length !== 1 || status.content[0] !== 0) {
        const value = status.content.length === 1 ? String(status.content[0]) : `0x${status.content.toString('hex').slice(0, 16)}`;
        throw new Error(`the timestamp response's status is ${value}${value === '1' ? ' (grantedWithMods)' : ''}, not granted (0)`);
    }
    const token = derChildren(response)[1];
    if (token === undefined)
        throw new Error('timeStampToken is missing');
    if (oid(child(token, 0, undefined, 'contentType'), 'contentType') !== SIGNED_DATA)
        throw new Error('incorrect content type');
    const signedData = child(derChildren(token).find((node) => node.tag === EXPLICIT_0), 0, timestamp_SEQUENCE, 'SignedData');
    const parts = derChildren(signedData);
    const encapsulated = child(signedData, 2, timestamp_SEQUENCE, 'encapContentInfo');
    if (oid(child(encapsulated, 0, undefined, 'eContentType'), 'eContentType') !== TST_INFO)
        throw new Error('incorrect encapsulated content type');
    const tstInfoNode = derNode(octets(child(child(encapsulated, 1, EXPLICIT_0, 'eContent'), 0, undefined, 'eContent')));
    if (tstInfoNode.tag !== timestamp_SEQUENCE)
        throw new Error('malformed timestamp: TSTInfo');
    // RFC 3161 2.4.2: version v1, a policy and a serial number; another version is a structure this reader does not know.
    const version = child(tstInfoNode, 0, timestamp_INTEGER, 'TSTInfo version').content;
    if (version.length !== 1 || version[0] !== 1)
        throw new Error(`the timestamp has TSTInfo version ${version.length === 1 ? String(version[0]) : `0x${version.toString('hex').slice(0, 16)}`}, expected 1`);
    oid(child(tstInfoNode, 1, undefined, 'policy'), 'policy');
    child(tstInfoNode, 3, timestamp_INTEGER, 'serialNumber');
    const messageImprint = child(tstInfoNode, 2, timestamp_SEQUENCE, 'messageImprint');
    const signerInfos = parts.at(-1);
    if (signerInfos?.tag !== SET)
        throw new Error('malformed timestamp: signerInfos');
    // RFC 3161 2.4.2: the token carries the TSA's signature and no other; Go's CMS reader (sigstore-go) checks every one, this reader the first.
    const signerCount = derChildren(signerInfos).length;
    if (signerCount !== 1)
        throw new Error(`the timestamp carries ${signerCount} signer infos, expected the TSA's alone`);
    const signerInfo = child(signerInfos, 0, timestamp_SEQUENCE, 'SignerInfo');
    const signer = child(signerInfo, 1, timestamp_SEQUENCE, 'sid');
    const signedAttributes = child(signerInfo, 3, EXPLICIT_0, 'signedAttrs');
    const attributes = (type) => derChildren(signedAttributes).filter((attribute) => oid(child(attribute, 0, undefined, 'attribute type'), 'attribute type') === type);
    const digests = attributes(MESSAGE_DIGEST);
    if (digests.length !== 1)
        throw new Error(`the signed attributes hold ${digests.length} message digests, expected 1`);
    // RFC 5652 5.3: the signed content-type attribute is what binds the signature to a TSTInfo; the eContentType beside it is signed by nobody.
    const contentTypes = attributes(CONTENT_TYPE);
    if (contentTypes.length !== 1)
        throw new Error(`the signed attributes hold ${contentTypes.length} content types, expected 1`);
    const contentTypeValues = derChildren(child(contentTypes[0], 1, SET, 'content type values'));
    const contentType = contentTypeValues.length === 1 ? oid(contentTypeValues[0], 'content type') : `(${contentTypeValues.length} values)`;
    if (contentType !== TST_INFO)
        throw new Error(`the signed content type is ${contentType}, expected id-ct-TSTInfo (${TST_INFO})`);
    const digestValues = derChildren(child(digests[0], 1, SET, 'messageDigest values'));
    if (digestValues.length !== 1)
        throw new Error(`the signed message-digest attribute holds ${digestValues.length} values, expected 1`);
    const signingCertificate = readSigningCertificate([...attributes(SIGNING_CERTIFICATE), ...attributes(SIGNING_CERTIFICATE_V2)]);
    const signingTimes = attributes(SIGNING_TIME);
    if (signingTimes.length > 1)
        throw new Error(`the signed attributes hold ${signingTimes.length} signing times, expected at most 1`);
    const signingTimeValues = signingTimes[0] === undefined ? [] : derChildren(child(signingTimes[0], 1, SET, 'signing time values'));
    if (signingTimes.length === 1 && signingTimeValues.length !== 1)
        throw new Error(`the signed signing-time attribute holds ${signingTimeValues.length} values, expected 1`);
    return {
        signingTime: time(child(tstInfoNode, 4, undefined, 'genTime')),
        signerSerialNumber: child(signer, 1, 0x02, 'sid serial number').content,
        signerIssuer: child(signer, 0, timestamp_SEQUENCE, 'sid issuer').content,
        tstInfo: tstInfoNode.whole,
        imprint: { hash: known(timestamp_HASHES, oid(child(child(messageImprint, 0, timestamp_SEQUENCE, 'hashAlgorithm'), 0, undefined, 'hashAlgorithm'), 'hashAlgorithm'), 'message imprint hash'), digest: child(messageImprint, 1, timestamp_OCTET_STRING, 'hashedMessage').content },
        signerDigest: known(timestamp_HASHES, oid(child(child(signerInfo, 2, timestamp_SEQUENCE, 'digestAlgorithm'), 0, undefined, 'digestAlgorithm'), 'digestAlgorithm'), 'signer digest'),
        signedAttributes: Buffer.concat([Buffer.from([SET]), signedAttributes.whole.subarray(1)]),
        messageDigest: child(child(digests[0], 1, SET, 'messageDigest values'), 0, timestamp_OCTET_STRING, 'messageDigest').content,
        ...(signingCertificate === undefined ? {} : { signingCertificate }),
        ...(signingTimeValues[0] === undefined ? {} : { signingTimeAttribute: attributeTime(signingTimeValues[0]) }),
        signatureHash: known(ECDSA_HASHES, oid(child(child(signerInfo, 4, timestamp_SEQUENCE, 'signatureAlgorithm'), 0, undefined, 'signatureAlgorithm'), 'signatureAlgorithm'), 'signature algorithm'),
        signature: child(signerInfo, 5, timestamp_OCTET_STRING, 'signature').content,
    };
}
/** A signing-time attribute's value: a UTCTime (years 1950 to 2049) or a GeneralizedTime, as RFC 5652 11.3 encodes it. */
function attributeTime(node) {
    const text = node.content.toString('latin1');
    const match = node.tag === UTC_TIME ? UTC.exec(text) : node.tag === GENERALIZED_TIME ? TIME.exec(text) : null;
    if (match === null)
        throw new Error('malformed timestamp: the signed signing-time attribute is not a UTCTime or GeneralizedTime');
    const year = node.tag === UTC_TIME ? Number(match[1]) + (Number(match[1]) >= 50 ? 1900 : 2000) : Number(match[1]);
    const date = timeOf(year, match);
    if (date === undefined)
        throw new Error(`malformed timestamp: the signed signing-time ${match[0]} is not a time`);
    return date;
}
/**
 * The first ESSCertID(v2) of a signingCertificate(V2) attribute: the certificate that verifies the signature
 * (RFC 5035 5.4), by a SHA-1 hash (v1) or the hash its AlgorithmIdentifier names, SHA-256 by default (v2).
 */
function readSigningCertificate(found) {
    if (found.length === 0)
        return undefined;
    if (found.length > 1)
        throw new Error(`the signed attributes hold ${found.length} signing-certificate attributes, expected at most 1`);
    const attribute = found[0];
    const values = derChildren(child(attribute, 1, SET, 'signing certificate values'));
    if (values.length !== 1)
        throw new Error(`the signed signing-certificate attribute holds ${values.length} values, expected 1`);
    const first = child(child(values[0], 0, timestamp_SEQUENCE, 'signing certificate ids'), 0, timestamp_SEQUENCE, 'ESSCertID');
    if (oid(child(attribute, 0, undefined, 'attribute type'), 'attribute type') === SIGNING_CERTIFICATE) {
        return { attribute: 'signingCertificate', hash: 'sha1', digest: child(first, 0, timestamp_OCTET_STRING, 'ESSCertID certHash').content };
    }
    const named = derChildren(first)[0]?.tag === timestamp_SEQUENCE;
    const hash = named ? known(timestamp_HASHES, oid(child(child(first, 0, timestamp_SEQUENCE, 'ESSCertIDv2 hashAlgorithm'), 0, undefined, 'ESSCertIDv2 hashAlgorithm'), 'ESSCertIDv2 hashAlgorithm'), 'signing certificate hash') : 'sha256';
    return { attribute: 'signingCertificateV2', hash, digest: child(first, named ? 1 : 0, timestamp_OCTET_STRING, 'ESSCertIDv2 certHash').content };
}
function sameBytes(a, b) {
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/**
 * Checks that a timestamp covers `data` (its message imprint), that its signed attributes cover
 * its TSTInfo (the message-digest attribute) and name `certificate` (DER) when they name one, and
 * that `key`, the certificate's, signed them; throws saying which fails.
 */
function verifyRfc3161(timestamp, data, key, certificate) {
    if (!sameBytes((0,external_node_crypto_.createHash)(timestamp.imprint.hash).update(data).digest(), timestamp.imprint.digest))
        throw new Error('message imprint does not match the signature it is to date: the timestamp was made for another signature');
    if (!sameBytes((0,external_node_crypto_.createHash)(timestamp.signerDigest).update(timestamp.tstInfo).digest(), timestamp.messageDigest))
        throw new Error('signed data does not match tstInfo');
    // The signer identifier is outside the signature: only this signed attribute says which certificate the TSA signed under.
    const named = timestamp.signingCertificate;
    if (named !== undefined && !sameBytes((0,external_node_crypto_.createHash)(named.hash).update(certificate).digest(), named.digest)) {
        throw new Error(`the signed ${named.attribute} attribute names another certificate than the timestamp authority's in the trusted root`);
    }
    // Node verifies with whatever the key is: an RSA key would check a PKCS #1 signature under an ECDSA label, which Go's CMS reader refuses.
    if (key.asymmetricKeyType !== 'ec')
        throw new Error(`the timestamp's signature algorithm is ECDSA, but the timestamp authority's key is an ${key.asymmetricKeyType ?? 'unknown'} key`);
    let valid;
    try {
        valid = (0,external_node_crypto_.verify)(timestamp.signatureHash, timestamp.signedAttributes, key, timestamp.signature);
    }
    catch {
        valid = false;
    }
    if (!valid)
        throw new Error('signature verification failed');
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/tlog.js






/** The entry kinds only Rekor v2 logs write (v1 writes hashedrekord and dsse at 0.0.1). */
const REKOR_V2_KINDS = new Set(['hashedrekord/0.0.2', 'dsse/0.0.2']);
/**
 * Verifies one transparency-log entry: the log is in the trusted root with a key valid at the
 * entry's signed integration time (or, for an entry with only an inclusion proof, at every
 * `signedTimes`: the bundle's verified RFC 3161 times and other entries' signed integration times;
 * with none of those, at `now`), its signed entry timestamp and/or inclusion proof
 * (checkpoint signature and Merkle path) verify, and its body records this bundle's signature,
 * digest and key.
 */
function verifyLogEntry(entry, roots, content, where, signedTimes = [], now = new Date()) {
    for (const [field, value] of [['logIndex', entry.logIndex], ['integratedTime', entry.integratedTime], ['inclusionProof.logIndex', entry.inclusionProof?.logIndex ?? '0'], ['inclusionProof.treeSize', entry.inclusionProof?.treeSize ?? '0']]) {
        if (!/^\d{1,19}$/.test(value))
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `${where}: ${field} is ${(0,quote/* quoted */.TL)(value, 40)}, expected a non-negative integer`);
    }
    // A Rekor v2 log is one tree, and rekor-tiles' verifier (sigstore-go's) proves the entry's own index: the proof must be of it.
    // Rekor v1 numbers entries across its shards while a proof is of the index in the entry's shard, so there the two differ.
    if (entry.inclusionProof !== undefined && REKOR_V2_KINDS.has(`${entry.kindVersion?.kind}/${entry.kindVersion?.version}`) && BigInt(entry.inclusionProof.logIndex) !== BigInt(entry.logIndex)) {
        throw new errors_VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: logIndex ${entry.logIndex}, but its inclusion proof is for index ${entry.inclusionProof.logIndex}: the entry is not the one proven`);
    }
    const keyId = entry.logId?.keyId;
    const integratedTime = new Date(Number(entry.integratedTime) * 1000);
    // A signed integration time is compared and printed; one past what a Date holds made toISOString throw an uncoded RangeError.
    if (entry.inclusionPromise !== undefined && Number.isNaN(integratedTime.getTime())) {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `${where}: integratedTime ${entry.integratedTime} is past the last time this verifier can compare (8640000000000, in the year 275760)`);
    }
    const candidates = roots.flatMap((root) => root.tlogs).filter((log) => keyId !== undefined && (log.logId.equals(keyId) || log.checkpointKeyId.equals(keyId)));
    if (candidates.length === 0) {
        const known = roots.flatMap((root) => root.tlogs.map((log) => `${log.baseUrl} (${abbreviate(log.logId.toString('hex'))})`));
        throw new errors_VerifyError('VERIFY_TLOG_UNTRUSTED', `${where}: logged by log id ${keyId === undefined ? '(none)' : abbreviate(Buffer.from(keyId).toString('hex'))}, which ${rootLabels(roots)} does not list (it lists ${known.length === 0 ? 'no transparency log' : (0,quote/* boundedList */.Y4)(known)})`);
    }
    // Without a signed promise the integration time is unproven, so the checkpoint key must be valid whenever the bundle's other evidence says the
    // signature was made; with no such evidence (a key-signed bundle whose log gives no signed time, and no timestamp), now: a retired key vouches for nothing.
    const undated = entry.inclusionPromise === undefined && signedTimes.length === 0;
    const times = entry.inclusionPromise !== undefined ? [integratedTime] : undated ? [now] : signedTimes;
    const log = candidates.find((candidate) => times.every((time) => candidate.validFrom <= time && time <= candidate.validTo));
    if (log === undefined) {
        // An integration time altered after the log signed it fails the signed promise: that is what is wrong, not the log key's validity then.
        const first = candidates[0];
        if (entry.inclusionPromise !== undefined && !candidates.some((candidate) => promiseVerifies(entry, candidate)))
            verifyPromise(entry, first, where);
        const when = entry.inclusionPromise !== undefined
            ? `integrated at ${integratedTime.toISOString()}`
            : undated
                ? `carries no signed time (neither a signed entry timestamp nor an RFC 3161 timestamp in the bundle), so its log's key must be valid now, ${now.toISOString()}, and that is`
                : `signed at ${times.map((time) => time.toISOString()).join(', ')} (RFC 3161)`;
        throw new errors_VerifyError('VERIFY_TLOG_UNTRUSTED', `${where}: ${when}, outside the validity of the log's key in the trusted root (${candidates.map((candidate) => describeValidity(candidate.validFrom, candidate.validTo)).join('; ')})`, {
            hint: `the trusted root lists this log, but not as trusted then (its key's validFor): ${undated ? 'a key retired since signing vouches for nothing without a signed time; sign with a timestamp authority, or ' : ''}check that the trusted root is the current one of the instance that logged the bundle`,
        });
    }
    if (entry.inclusionPromise === undefined && entry.inclusionProof === undefined) {
        throw new errors_VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: carries neither an inclusion promise nor an inclusion proof`);
    }
    if (entry.inclusionPromise !== undefined)
        verifyPromise(entry, log, where);
    if (entry.inclusionProof !== undefined)
        verifyProof(entry, log, where, roots.some((root) => root.tlogs.some((other) => other.publicKey.equals(log.publicKey) && !sameNames(other, log))));
    const kind = verifyBody(entry, content, where);
    return {
        baseUrl: log.baseUrl,
        // Only a signed promise covers the entry's own logIndex (across a Rekor v1 log's shards); without one, report the index the inclusion proof verified.
        logIndex: entry.inclusionPromise === undefined ? (entry.inclusionProof?.logIndex ?? entry.logIndex) : entry.logIndex,
        kind,
        ...(entry.inclusionPromise !== undefined && entry.integratedTime !== '0' ? { integratedTime } : {}),
    };
}
/** Whether the entry's signed entry timestamp verifies with the key of `log`. */
function promiseVerifies(entry, log) {
    // Rekor signs the canonical JSON (RFC 8785) of these four: keys in code-unit order, which JSON.stringify keeps as written.
    const payload = JSON.stringify({
        body: entry.canonicalizedBody.toString('base64'),
        integratedTime: Number(entry.integratedTime),
        logID: log.logId.toString('hex'),
        logIndex: Number(entry.logIndex),
    });
    return verifyWith(log.publicKey, Buffer.from(payload, 'utf8'), entry.inclusionPromise?.signedEntryTimestamp ?? Buffer.alloc(0));
}
function verifyPromise(entry, log, where) {
    if (!promiseVerifies(entry, log)) {
        throw new errors_VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: the signed entry timestamp does not verify with the key of ${log.baseUrl} (logIndex ${entry.logIndex}, integratedTime ${entry.integratedTime})`);
    }
}
const NOTE_SIGNATURE = /^\u2014 ([^\s+]+) ([A-Za-z0-9+/]+={0,2})$/;
const TREE_SIZE = /^(?:0|[1-9]\d{0,18})$/;
/**
 * Splits a signed note into its text and signature lines, refusing anything else in the
 * signature block: a line another verifier may read differently is not skipped but refused.
 */
function parseSignedNote(envelope, fail) {
    const split = envelope.indexOf('\n\n');
    if (split === -1)
        fail('the checkpoint has no signature block');
    if (!envelope.endsWith('\n'))
        fail('the checkpoint\'s signature block does not end with a newline');
    const lines = envelope.slice(split + 2, -1).split('\n');
    if (lines.length > 64)
        fail(`the checkpoint carries ${lines.length} signature lines, more than a checkpoint has any reason to`);
    const signatures = lines.map((line, index) => {
        const match = NOTE_SIGNATURE.exec(line);
        if (match === null)
            return fail(`signature line ${index + 1} is not "\u2014 <key name> <base64 key id and signature>": ${(0,quote/* quoted */.TL)(line, 80)}`);
        const bytes = Buffer.from(match[2] ?? '', 'base64');
        if (bytes.length < 5)
            fail(`signature line ${index + 1} is too short to hold a key id and a signature`);
        return { name: match[1] ?? '', keyHint: bytes.subarray(0, 4), signature: bytes.subarray(4) };
    });
    return { note: envelope.slice(0, split + 1), signatures };
}
/** The checkpoint body (C2SP tlog-checkpoint): origin, tree size in decimal without leading zeros, 32-byte root hash in base64, extension lines. */
function parseCheckpoint(note, fail) {
    const lines = note.slice(0, -1).split('\n');
    if (lines.length < 3)
        fail(`the checkpoint has ${lines.length} line(s), expected at least 3 (origin, tree size, root hash)`);
    const [origin = '', size = '', hash = ''] = lines;
    if (origin === '')
        fail('the checkpoint names no origin');
    if (!TREE_SIZE.test(size))
        fail(`the checkpoint's tree size ${(0,quote/* quoted */.TL)(size, 40)} is not a decimal number without leading zeros`);
    const rootHash = Buffer.from(hash, 'base64');
    if (rootHash.length !== 32 || rootHash.toString('base64') !== hash)
        fail(`the checkpoint's root hash ${(0,quote/* quoted */.TL)(hash, 60)} is not a base64 SHA-256 hash`);
    return { origin, treeSize: BigInt(size), rootHash };
}
/**
 * The names a log signs its checkpoints with: its hostname, as rekor-tiles writes it and sigstore-go
 * expects it; its host with the port, as a Rekor v1 on a port may write it; or its host and path for a
 * log served below one (sigstore-js accepts any name its base URL contains).
 */
function noteNames(log) {
    try {
        const url = new URL(log.baseUrl);
        const path = url.pathname.replace(/\/+$/, '');
        return [...new Set([url.hostname, url.host, ...(path === '' ? [] : [`${url.host}${path}`])])];
    }
    catch {
        return [];
    }
}
/**
 * Whether two logs sign their checkpoints under the same names (the same host, listed twice for two validity periods).
 * Both ways: a log on the same host with a port or a path has the host's names and more, and is another log.
 */
function sameNames(a, b) {
    const [namesOfA, namesOfB] = [noteNames(a), noteNames(b)];
    return namesOfA.length === namesOfB.length && namesOfA.every((name) => namesOfB.includes(name));
}
/**
 * Whether a checkpoint's origin line names the log that signed it under `name`: C2SP tlog-checkpoint logs (rekor-tiles,
 * Ed25519 as Rekor v2 runs) use their key's name exactly, as sigstore-go requires; Rekor v1 (ECDSA) writes
 * "<name> - <tree id>", the tree of the shard the entry is in.
 */
function isOriginOf(origin, name, log) {
    if (origin === name)
        return true;
    return log.publicKey.asymmetricKeyType !== 'ed25519' && origin.startsWith(`${name} - `) && /^[1-9]\d{0,18}$/.test(origin.slice(name.length + 3));
}
/**
 * Verifies an entry's inclusion proof against its checkpoint, signed by `log`. A Rekor v1 log (ECDSA) signs under
 * its `--rekor_server.hostname`, by default its machine's name (a sigstore/scaffolding deployment's is its pod's),
 * not always its URL's host, and sigstore-go, cosign and sigstore-python accept a checkpoint under any name: so
 * does this, for a log whose key `keyShared` says no other log of the trusted roots has. Its origin must still be
 * the name signed under (`<name> - <tree id>`), so that another log's checkpoint under a shared key, or this one's
 * re-signed under another name, never passes for this log's; a C2SP log (Ed25519, Rekor v2) signs under its host.
 */
/**
 * Checks an inclusion proof: its checkpoint signed by the log under its name, for the proof's tree, and the entry's
 * Merkle path to that tree's root. A v0.1 proof without a checkpoint (Rekor's answers before checkpoints) proves nothing
 * by itself, since nothing signs its root, but a path that does not hash to the root it gives is altered evidence all
 * the same: refused, as the conformance suite refuses it.
 */
function verifyProof(entry, log, where, keyShared) {
    const proof = entry.inclusionProof;
    if (proof === undefined)
        return;
    const fail = (message) => {
        throw new errors_VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: inclusion proof: ${message}`);
    };
    if (proof.rootHash.length !== 32)
        fail(`the proof's root hash is ${proof.rootHash.length} bytes, expected 32`);
    if (proof.checkpoint !== undefined)
        verifyCheckpoint(proof, proof.checkpoint.envelope, log, keyShared, fail);
    const treeSize = BigInt(proof.treeSize);
    const index = BigInt(proof.logIndex);
    if (index < 0n || index >= treeSize)
        fail(`index ${index} is outside a tree of size ${treeSize}`);
    const inner = bitLength(index ^ (treeSize - 1n));
    const border = ones(index >> BigInt(inner));
    if (proof.hashes.length !== inner + border)
        fail(`expected ${inner + border} hashes, found ${proof.hashes.length}`);
    const short = proof.hashes.findIndex((sibling) => sibling.length !== 32);
    if (short !== -1)
        fail(`hash ${short} is ${proof.hashes[short]?.length ?? 0} bytes, expected 32`);
    let hash = sha256(Buffer.from([0]), entry.canonicalizedBody);
    proof.hashes.forEach((sibling, level) => {
        if (level < inner && ((index >> BigInt(level)) & 1n) === 0n)
            hash = sha256(Buffer.from([1]), hash, sibling);
        else
            hash = sha256(Buffer.from([1]), sibling, hash);
    });
    const root = Buffer.from(proof.rootHash);
    if (!hash.equals(root))
        fail(`the entry hashes to root ${abbreviate(hash.toString('hex'))}, the ${proof.checkpoint === undefined ? 'proof' : 'checkpoint'} says ${abbreviate(root.toString('hex'))}`);
}
/** Checks that a checkpoint is the log's, signed under its name, and for the tree the proof is of. */
function verifyCheckpoint(proof, envelope, log, keyShared, fail) {
    const { note, signatures } = parseSignedNote(envelope, fail);
    const names = noteNames(log);
    const anyName = log.publicKey.asymmetricKeyType !== 'ed25519' && !keyShared;
    const signedAs = signatures
        .filter((signature) => (anyName || names.includes(signature.name)) && signature.keyHint.equals(log.checkpointKeyId.subarray(0, 4)) && verifyWith(log.publicKey, Buffer.from(note, 'utf8'), signature.signature))
        .map((signature) => signature.name);
    if (signedAs.length === 0)
        fail(`the checkpoint is not signed by ${log.baseUrl} (a signature line naming ${anyName ? 'any name' : names.join(' or ') || 'its host'} with its key${keyShared ? ', which another log of the trusted root has too: the line must name this log\'s host' : ''})`);
    const checkpoint = parseCheckpoint(note, fail);
    // The signature line's name and key hint are not signed: only the origin line says which log's tree this is. A key
    // shared by two logs (shards) would otherwise make one log's checkpoint prove entries of the other.
    if (!signedAs.some((name) => isOriginOf(checkpoint.origin, name, log))) {
        fail(`the checkpoint's origin ${(0,quote/* quoted */.TL)(checkpoint.origin, 80)} is not the name ${signedAs[0] ?? ''} signs under${log.publicKey.asymmetricKeyType === 'ed25519' ? '' : ` (nor "${signedAs[0] ?? ''} - <tree id>", as Rekor v1 writes it)`}: it is another log's checkpoint`);
    }
    if (BigInt(proof.treeSize) !== checkpoint.treeSize || !Buffer.from(proof.rootHash).equals(checkpoint.rootHash)) {
        fail(`the proof is for tree size ${proof.treeSize} and root ${abbreviate(Buffer.from(proof.rootHash).toString('hex'))}, the checkpoint for ${checkpoint.treeSize} and ${abbreviate(checkpoint.rootHash.toString('hex'))}`);
    }
}
function verifyBody(entry, content, where) {
    // The bundle's kindVersion is signed by nobody, and a logged body is whatever was submitted: the values a message repeats are kept printable and bounded.
    const mismatch = (message) => {
        throw new errors_VerifyError('VERIFY_TLOG_BODY_MISMATCH', `${where} (logIndex ${entry.logIndex}): ${(0,quote/* boundedText */.LD)(message, 600)}`);
    };
    const text = entry.canonicalizedBody.toString('utf8');
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return mismatch('the logged body is not JSON');
    }
    // A body read two ways (JSON.parse keeps the last of two equal keys) could match the bundle here and something else in another verifier.
    const fault = jsonFault(text);
    if (fault !== undefined)
        mismatch(`the logged body ${describeJsonFault(fault)}`);
    const kind = entry.kindVersion?.kind;
    const version = entry.kindVersion?.version;
    if (body.kind !== kind || body.apiVersion !== version)
        mismatch(`the bundle says ${kind}/${version}, the logged body is ${String(body.kind)}/${String(body.apiVersion)}`);
    const spec = (body.spec ?? {});
    const expectSignature = (found) => {
        if (typeof found !== 'string' || !Buffer.from(found, 'base64').equals(content.signature))
            mismatch('the logged signature is not the bundle\'s signature');
    };
    const expectKey = (found) => {
        const logged = typeof found === 'string' ? pemToDer(Buffer.from(found, 'base64').toString('utf8')) : Buffer.alloc(0);
        if (!logged.equals(content.keyDer) && !certifiesKey(logged, content.keyDer))
            mismatch('the logged signing key is not the bundle\'s certificate or key');
    };
    const key = `${kind}/${version}`;
    if (key === 'hashedrekord/0.0.1') {
        // A DSSE envelope may be logged as a hashedrekord over its pre-authentication encoding, as in Rekor v2 (the client spec allows it; sigstore-conformance's dsse-with-hashedrekord-happy-path).
        const signed = content.messageDigest ?? (content.paeSha256 === undefined ? undefined : { algorithm: 'sha256', hex: content.paeSha256 });
        if (signed === undefined)
            return mismatch('a hashedrekord entry logs a signed digest, and the bundle holds none');
        const signature = spec.signature;
        expectSignature(signature?.content);
        expectKey(signature?.publicKey?.content);
        const hash = spec.data?.hash;
        if (hash?.algorithm !== signed.algorithm || hash.value !== signed.hex) {
            mismatch(`the log records digest ${String(hash?.algorithm)}:${String(hash?.value)}, the bundle ${content.messageDigest === undefined ? "signs the DSSE envelope's pre-authentication encoding, " : ''}${signed.algorithm}:${signed.hex}`);
        }
    }
    else if (key === 'dsse/0.0.1') {
        if (content.payloadSha256 === undefined)
            return mismatch('a dsse entry logs a DSSE envelope, but the bundle holds a message signature');
        const signatures = spec.signatures;
        if (!Array.isArray(signatures) || signatures.length !== 1)
            return mismatch(`expected 1 logged signature, found ${Array.isArray(signatures) ? signatures.length : 0}`);
        expectSignature(signatures[0]?.signature);
        expectKey(signatures[0]?.verifier);
        const payloadHash = spec.payloadHash?.value;
        if (payloadHash !== content.payloadSha256)
            mismatch(`the log records payload sha256:${String(payloadHash)}, the bundle's payload is sha256:${content.payloadSha256}`);
    }
    else if (key === 'intoto/0.0.2') {
        if (content.payloadSha256 === undefined)
            return mismatch('an intoto entry logs a DSSE envelope, but the bundle holds a message signature');
        const logged = spec.content ?? {};
        const signatures = logged.envelope?.signatures;
        if (!Array.isArray(signatures) || signatures.length !== 1)
            return mismatch(`expected 1 logged signature, found ${Array.isArray(signatures) ? signatures.length : 0}`);
        const doubleEncoded = signatures[0]?.sig;
        expectSignature(typeof doubleEncoded === 'string' ? Buffer.from(doubleEncoded, 'base64').toString('utf8') : undefined);
        // Rekor's intoto schema requires the key; an entry without one would vouch for a signature without saying by whom.
        expectKey(signatures[0]?.publicKey);
        if (logged.payloadHash?.value !== content.payloadSha256)
            mismatch(`the log records payload sha256:${String(logged.payloadHash?.value)}, the bundle's payload is sha256:${content.payloadSha256}`);
    }
    else if (REKOR_V2_KINDS.has(key)) {
        verifyRekorV2Body(key, spec, content, mismatch);
    }
    else {
        throw new errors_VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `${where}: log entries of kind ${(0,quote/* boundedText */.LD)(key)} are not supported (supported: hashedrekord/0.0.1, hashedrekord/0.0.2, dsse/0.0.1, dsse/0.0.2, intoto/0.0.2)`);
    }
    return key;
}
/** Rekor v2 bodies: protobuf JSON with base64 digests, signatures and DER verifiers. */
function verifyRekorV2Body(key, spec, content, mismatch) {
    const hex = (value) => (typeof value === 'string' ? Buffer.from(value, 'base64').toString('hex') : '');
    const expectSignature = (signature) => {
        if (typeof signature?.content !== 'string' || !Buffer.from(signature.content, 'base64').equals(content.signature))
            mismatch('the logged signature is not the bundle\'s signature');
        const verifier = signature.verifier?.x509Certificate?.rawBytes ?? signature.verifier?.publicKey?.rawBytes;
        if (typeof verifier !== 'string' || !Buffer.from(verifier, 'base64').equals(content.keyDer))
            mismatch('the logged signing key is not the bundle\'s certificate or key');
    };
    if (key === 'hashedrekord/0.0.2') {
        const entry = spec.hashedRekordV002;
        expectSignature(entry?.signature);
        const expected = content.messageDigest?.hex ?? content.paeSha256;
        const algorithm = content.messageDigest === undefined ? 'SHA2_256' : `SHA2_${content.messageDigest.algorithm.slice(3)}`;
        if (entry?.data?.algorithm !== algorithm || hex(entry.data.digest) !== expected) {
            mismatch(`the log records digest ${String(entry?.data?.algorithm)}:${hex(entry?.data?.digest)}, the bundle signs ${algorithm}:${expected ?? ''}`);
        }
        return;
    }
    if (content.payloadSha256 === undefined)
        mismatch('a dsse entry logs a DSSE envelope, but the bundle holds a message signature');
    const entry = spec.dsseV002;
    if (!Array.isArray(entry?.signatures) || entry.signatures.length !== 1)
        mismatch(`expected 1 logged signature, found ${Array.isArray(entry?.signatures) ? entry.signatures.length : 0}`);
    expectSignature(entry?.signatures?.[0]);
    if (entry?.payloadHash?.algorithm !== 'SHA2_256' || hex(entry.payloadHash.digest) !== content.payloadSha256) {
        mismatch(`the log records payload ${String(entry?.payloadHash?.algorithm)}:${hex(entry?.payloadHash?.digest)}, the bundle's payload is SHA2_256:${content.payloadSha256 ?? ''}`);
    }
}
/**
 * Whether a logged certificate is one for the public key (SPKI DER) a bundle is verified with:
 * `cosign sign --key --certificate` logs the key's certificate (a private CA's, or a KMS key's) as
 * the verifier, and cosign, given the key, accepts the entry when the two agree. A keyless
 * bundle's `keyDer` is a certificate, never an SPKI, so this never stands in for its own check.
 */
function certifiesKey(certificateDer, keyDer) {
    try {
        return new external_node_crypto_.X509Certificate(certificateDer).publicKey.export({ format: 'der', type: 'spki' }).equals(keyDer);
    }
    catch {
        // Not a certificate (a key, or bytes that are neither): the entry names another key.
        return false;
    }
}
/** DER bytes of the first PEM block of a text (certificate or public key); empty when there is none. */
function pemToDer(pem) {
    const match = /-----BEGIN [A-Z ]+-----([\s\S]*?)-----END [A-Z ]+-----/.exec(pem);
    return match === null ? Buffer.alloc(0) : Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64');
}
function verifyWith(key, data, signature) {
    try {
        return (0,external_node_crypto_.verify)(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', data, key, signature);
    }
    catch {
        return false;
    }
}
function sha256(...parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const part of parts)
        hash.update(part);
    return hash.digest();
}
function bitLength(value) {
    return value === 0n ? 0 : value.toString(2).length;
}
function ones(value) {
    return value.toString(2).split('1').length - 1;
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/verify.js















/** The millisecond bounds of a verified time. */
function boundsOf(timestamp) {
    return { earliest: timestamp.earliest ?? timestamp.time, latest: timestamp.time };
}
/** Whether a signed time lies wholly within a window: from its start (inclusive) to its end (inclusive), both to the millisecond. */
function within(time, from, to) {
    return from <= time.earliest && time.latest <= to;
}
/** Whether a certificate was valid throughout a signed time's bounds. */
function validThroughout(certificate, time) {
    return certificate.validAt(time.earliest) && certificate.validAt(time.latest);
}
/** A signed time for a message: as ISO 8601, or, with a fraction finer than a millisecond, the millisecond it follows. */
function shownTime(time) {
    return time.earliest.getTime() === time.latest.getTime() ? time.latest.toISOString() : `just after ${time.earliest.toISOString()}`;
}
/** The content bytes of OID 1.3.6.1.4.1.11129.2.4.2 (RFC 6962 embedded SCT list). */
const SCT_OID_DER = Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x02]);
const verify_IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The message digest algorithms a bundle may name that are verified (SHA-3 ones are not). */
const HASH_NAMES = {
    HASH_ALGORITHM_UNSPECIFIED: 'sha256',
    SHA2_256: 'sha256',
    SHA2_384: 'sha384',
    SHA2_512: 'sha512',
};
/**
 * Verifies a Sigstore bundle (v0.1 to v0.3, parsed JSON) for an artifact under a policy, offline:
 * the signature over the artifact (or, for DSSE, that the artifact is a subject of the signed
 * statement), the certificate chain to a CA of the trusted root and its SCTs, the transparency-log
 * entries and RFC 3161 timestamps, the thresholds of the issuing instance (a log entry where the
 * trusted root lists logs, a signed timestamp where it lists none), the certificate's validity at
 * every verified time, and then the policy's identity. Throws a {@link VerifyError}: `VERIFY_*`
 * for cryptographic failures, `VERIFY_POLICY_*` for a valid signature by someone else.
 */
function verifyBundle(bundleJson, artifact, policy, trust) {
    try {
        return verify(bundleJson, artifact, policy, trust);
    }
    catch (error) {
        if (error instanceof errors_VerifyError)
            throw error;
        // Whatever else a malformed bundle makes the ASN.1 or JSON readers throw still fails verification, with a code.
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `malformed bundle: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, { cause: error });
    }
}
function verify(bundleJson, artifact, policy, trust) {
    const bundle = decodeBundle(bundleJson);
    const material = bundle.verificationMaterial;
    let leaf;
    let signingKey;
    let keyDer;
    if (material.content.$case === 'publicKey') {
        if (policy.kind !== 'key') {
            throw new errors_VerifyError('VERIFY_KEY_MISMATCH', `expected a keyless bundle signed by ${(0,verify_policy/* describeMatcher */.OT)(policy.identity)}, found a bundle signed by a key (hint ${(0,quote/* quoted */.TL)(material.content.publicKey.hint)})`);
        }
        signingKey = policy.publicKey;
        keyDer = policy.publicKey.export({ format: 'der', type: 'spki' });
    }
    else {
        const der = material.content.$case === 'certificate' ? material.content.certificate.rawBytes : (material.content.x509CertificateChain.certificates[0]?.rawBytes ?? Buffer.alloc(0));
        if (policy.kind !== 'certificate') {
            throw new errors_VerifyError('VERIFY_KEY_MISMATCH', `expected a bundle signed by the key in ${policy.source}, found a keyless bundle with a certificate`);
        }
        if (trust === undefined)
            throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', 'a keyless bundle needs a trusted root to verify its certificate');
        if (material.content.$case === 'x509CertificateChain')
            checkBundledChain(material.content.x509CertificateChain.certificates.map((certificate) => certificate.rawBytes));
        leaf = checkLeaf(der, trust);
        signingKey = leaf.certificate.publicKey;
        keyDer = der;
    }
    const verified = verifyContent(bundle, artifact, signingKey);
    const logged = { signature: verified.signature, keyDer, ...verified.logged };
    const rfc3161 = (material.timestampVerificationData?.rfc3161Timestamps ?? []).map((timestamp) => readTimestamp(timestamp.signedTimestamp));
    expectDistinctEvidence(bundle, rfc3161);
    // A certificate is vouched for by its own instance's logs and timestamp authorities alone, as gh verifies: another
    // instance's log is not where the issuing CA's certificates are monitored.
    const roots = trust === undefined ? [] : leaf === undefined ? trust.roots : issuingRoots(leaf);
    const signedTimes = [];
    rfc3161.forEach((timestamp, index) => {
        if (trust === undefined)
            return;
        const { earliest, latest } = verifyTimestamp(timestamp, verified.signature, roots, `rfc3161Timestamps[${index}]`);
        signedTimes.push({ source: 'timestamp-authority', time: latest, ...(earliest.getTime() === latest.getTime() ? {} : { earliest }) });
    });
    // Filled by index in two passes, so that entries keep the bundle's order.
    const tlogEntries = [];
    const uncheckedTlogEntries = trust === undefined ? material.tlogEntries.length : 0;
    if (trust !== undefined) {
        // Entries with a signed promise first: their integration times, with the RFC 3161 ones, are the times a log key
        // proving an entry by its checkpoint alone must be valid at (a retired key dates nothing, and vouches for nothing).
        const promised = (promise) => material.tlogEntries.flatMap((entry, index) => ((entry.inclusionPromise !== undefined) === promise ? [[entry, index]] : []));
        for (const [entry, index] of promised(true))
            tlogEntries[index] = verifyLogEntry(entry, roots, logged, `tlogEntries[${index}]`);
        const knownTimes = [...signedTimes.flatMap((timestamp) => [timestamp.earliest ?? timestamp.time, timestamp.time]), ...tlogEntries.flatMap((entry) => (entry.integratedTime === undefined ? [] : [entry.integratedTime]))];
        for (const [entry, index] of promised(false))
            tlogEntries[index] = verifyLogEntry(entry, roots, logged, `tlogEntries[${index}]`, knownTimes);
    }
    const timestamps = [
        ...tlogEntries.flatMap((entry) => (entry.integratedTime === undefined ? [] : [{ source: 'transparency-log', time: entry.integratedTime }])),
        ...signedTimes,
    ];
    if (policy.kind === 'key' && policy.transparencyLog === 'required')
        requireKeyLogEntry(policy, trust, tlogEntries);
    let issuingRoot;
    if (leaf !== undefined) {
        issuingRoot = checkValidity(leaf, timestamps);
        checkThresholds(issuingRoot, tlogEntries, timestamps, bundle);
        checkPolicy(leaf, policy);
    }
    return {
        mediaType: bundle.mediaType,
        content: verified.statement === undefined ? 'message-signature' : 'dsse',
        signer: leaf === undefined
            ? { kind: 'key', source: policy.source }
            : { kind: 'certificate', ...leaf.identity, notBefore: leaf.certificate.notBefore, notAfter: leaf.certificate.notAfter, trustRoot: issuingRoot?.label ?? '' },
        artifact: verified.artifact,
        timestamps,
        tlogEntries,
        uncheckedTlogEntries,
        ...(verified.statement === undefined ? {} : { statement: verified.statement }),
    };
}
/**
 * A key-signed bundle must carry a transparency-log entry verified against the trusted root, as
 * cosign's `verify --key` requires (one, unless told `--insecure-ignore-tlog`): a key holds no
 * time, and only the log lets the key's owner see every signature made with it.
 */
function requireKeyLogEntry(policy, trust, verified) {
    if (trust === undefined) {
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `the bundle signed by the key in ${policy.source} needs a trusted root to verify its transparency-log entry`, { hint: 'pass --trusted-root (input "trusted-root"), or --insecure-ignore-tlog (input "insecure-ignore-tlog") for a bundle signed offline' });
    }
    if (verified.length === 0) {
        throw new errors_VerifyError('VERIFY_TLOG_MISSING', `the bundle signed by the key in ${policy.source} carries no transparency-log entry, which a key-signed bundle must have unless told`, {
            hint: 'a bundle signed offline (trust-kit sign-blob --key, a release signed with a key) has none: if you accept a signature that no public log shows, verify with --insecure-ignore-tlog (input "insecure-ignore-tlog"), as cosign is told',
        });
    }
}
/** Whether a bundle's JSON, not yet checked, sets a message signature (rather than a DSSE envelope). */
function holdsMessageSignature(bundleJson) {
    const signature = typeof bundleJson === 'object' && bundleJson !== null ? bundleJson.messageSignature : undefined;
    return signature !== undefined && signature !== null;
}
/** At most this many log entries, and this many RFC 3161 timestamps, per bundle (as sigstore-go): verification work stays bounded. */
const MAX_EVIDENCE = 32;
/**
 * Refuses a bundle that repeats a log entry (one log, and one index, one body or, for signed
 * entry timestamps, one integration time) or a timestamp (one authority certificate and one
 * time), or carries more of either than {@link MAX_EVIDENCE}: a repeated proof proves nothing
 * new, and a verifier counting towards a threshold would count it twice (sigstore-js refuses the
 * same repetitions).
 */
function expectDistinctEvidence(bundle, timestamps) {
    const { tlogEntries } = bundle.verificationMaterial;
    for (const [what, count] of [['transparency-log entries', tlogEntries.length], ['RFC 3161 timestamps', timestamps.length]]) {
        if (count > MAX_EVIDENCE)
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the bundle carries ${count} ${what}; at most ${MAX_EVIDENCE} are accepted`);
    }
    const seen = new Map();
    const repeated = (key, index) => {
        const first = seen.get(key);
        seen.set(key, first ?? index);
        return first;
    };
    tlogEntries.forEach((entry, index) => {
        const log = Buffer.from(entry.logId?.keyId ?? []).toString('hex');
        const body = (0,external_node_crypto_.createHash)('sha256').update(entry.canonicalizedBody).digest('hex');
        const time = entry.inclusionPromise === undefined ? undefined : repeated(`time ${log} ${entry.integratedTime}`, index);
        const first = repeated(`index ${log} ${entry.logIndex}`, index) ?? repeated(`body ${log} ${body}`, index) ?? time;
        if (first !== undefined)
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `tlogEntries[${index}] repeats tlogEntries[${first}]: the same log entry (one log, and one index, one body or one signed integration time) is given twice`);
    });
    timestamps.forEach((timestamp, index) => {
        // An unreadable timestamp is verifyTimestamp's to report, with its code.
        const signed = 'error' in timestamp ? undefined : `${timestamp.signerSerialNumber.toString('hex')} ${timestamp.signerIssuer.toString('hex')} ${timestamp.signingTime.latest.getTime()}`;
        const first = repeated(`timestamp ${timestamp.der.toString('base64')}`, index) ?? (signed === undefined ? undefined : repeated(`signed ${signed}`, index));
        if (first !== undefined)
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `rfc3161Timestamps[${index}] repeats rfc3161Timestamps[${first}]: one timestamp authority's time is given twice`);
    });
}
function readTimestamp(der) {
    try {
        return { der, ...parseRfc3161(der) };
    }
    catch (error) {
        return { der, error };
    }
}
/**
 * The certificates a v0.1 or v0.2 bundle gives after its leaf decide nothing (the leaf is chained to the trusted
 * root's CAs), but they must be what they claim, as the conformance suite requires: certificates, each the issuer of
 * the one before it. A root at the end of the chain, as sigstore-js 1 wrote Fulcio's whole chain, is read; a root or
 * a stranger in the middle, or bytes that are no certificate, are refused.
 */
function checkBundledChain(certificates) {
    if (certificates.length < 2)
        return;
    let previous;
    certificates.forEach((der, index) => {
        const certificate = ParsedCertificate.parse(der, `x509CertificateChain.certificates[${index}]`);
        if (previous !== undefined && !previous.signedBy(certificate)) {
            throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `x509CertificateChain.certificates[${index}] (${(0,quote/* quoted */.TL)(certificate.displayNames.subject)}) did not issue certificates[${index - 1}] (${(0,quote/* quoted */.TL)(previous.displayNames.subject)}): the bundle's certificate chain is not a chain`);
        }
        previous = certificate;
    });
}
function checkLeaf(der, trust) {
    const cacheKey = der.toString('base64');
    const cached = trust.leafCache.get(cacheKey);
    if (cached !== undefined)
        return cached;
    const certificate = ParsedCertificate.parse(der, 'the bundle\'s signing certificate');
    const found = trust.authoritiesNamed(certificate.displayNames.issuer).filter(({ authority }) => {
        const issuer = authority.chain[0];
        return issuer !== undefined && issuer.isCA && certificate.signedBy(issuer);
    });
    if (found.length === 0 && trust.authoritiesNamed(certificate.displayNames.issuer).length > 0) {
        // Sigstore rotates keys under the same CA names: listing the root's CAs would name the very issuer the message says it lacks.
        throw new errors_VerifyError('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}: ${trust.label} holds a CA of that name, but not the key that signed it (a root from before or after a key rotation, or of another deployment)`, {
            hint: "fetch the trusted root again where it is published, into a directory of its own as VERIFY.md does (`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` for Sigstore's and GitHub's), or pass the one of the deployment that signed, with --trusted-root",
        });
    }
    if (found.length === 0) {
        const cas = trust.roots.flatMap((root) => root.certificateAuthorities.map((ca) => ca.chain[0]?.displayNames.subject ?? '?'));
        throw new errors_VerifyError('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}, which is not a CA of ${trust.label} (its CAs: ${cas.length === 0 ? 'none' : (0,quote/* boundedList */.Y4)(cas.map((name) => (0,quote/* quoted */.TL)(name)))})`);
    }
    const chained = found.filter(({ authority }) => chainProblem(authority, CODE_SIGNING_EKU) === undefined);
    if (chained.length === 0) {
        const problem = chainProblem(found[0].authority, CODE_SIGNING_EKU) ?? '';
        throw new errors_VerifyError('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}, a CA of ${trust.label} whose certificate chain there cannot vouch for code signing: ${problem}`, {
            hint: 'fix the trusted root: each CA certificate must be signed by the next one of its chain, be a CA allowed to sign certificates, and allow code signing',
        });
    }
    const critical = certificate.unprocessedCriticalExtension;
    const misuse = certificate.isCA || certificate.claimsCA
        ? 'a CA certificate'
        : !certificate.allowsCodeSigning
            ? 'not valid for code signing (no code-signing extended key usage)'
            : !certificate.allowsDigitalSignature
                ? 'not valid for signatures (its key usage lacks digitalSignature)'
                : critical === undefined
                    ? undefined
                    : `restricted by a critical extension trust-kit does not process (${critical})`;
    if (misuse !== undefined) {
        throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate is ${misuse}; expected a Fulcio code-signing leaf certificate`);
    }
    const names = certificate.subjectAltNames;
    if (names.length !== 1) {
        // With several names, which one is "the" identity is a guess another verifier may make differently.
        throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate carries ${names.length} subject alternative names (${names.slice(0, 5).map((name) => (0,quote/* quoted */.TL)(name)).join(', ')}${names.length > 5 ? ', \u2026' : ''}); a Fulcio certificate names exactly one identity`);
    }
    let sctError;
    const issuers = chained.filter(({ root, authority }) => {
        try {
            checkSCTs(certificate, authority, root);
            return true;
        }
        catch (error) {
            sctError ??= error;
            return false;
        }
    });
    if (issuers.length === 0)
        throw sctError;
    const issuer = certificate.fulcioExtension(FULCIO_OIDS.issuer);
    const issuerV1 = certificate.fulcioExtension(FULCIO_OIDS.issuerV1);
    if (issuer !== undefined && issuerV1 !== undefined && issuer !== issuerV1) {
        // Fulcio writes both with one value; verifiers differ on which one they read, so two values make the issuer a guess.
        throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate names two OIDC issuers: ${(0,quote/* quoted */.TL)(issuer)} (${FULCIO_OIDS.issuer}) and ${(0,quote/* quoted */.TL)(issuerV1)} (${FULCIO_OIDS.issuerV1})`);
    }
    // The same for the repository: trust-kit's --repo reads the source repository (.1.12), cosign's
    // --certificate-github-workflow-repository (which VERIFY.md gives) the older extension, so two repositories make opposite verdicts.
    const repository = certificate.fulcioExtension(FULCIO_OIDS.sourceRepositoryURI);
    const repositoryV1 = certificate.fulcioExtension(FULCIO_OIDS.githubWorkflowRepositoryV1);
    if (repository !== undefined && repositoryV1 !== undefined && URL.parse(repository)?.pathname.slice(1).toLowerCase() !== repositoryV1.toLowerCase()) {
        throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate names two source repositories: ${(0,quote/* quoted */.TL)(repository)} (${FULCIO_OIDS.sourceRepositoryURI}) and ${(0,quote/* quoted */.TL)(repositoryV1)} (${FULCIO_OIDS.githubWorkflowRepositoryV1})`);
    }
    const extensions = {};
    for (const [name, oid] of Object.entries(FULCIO_OIDS)) {
        if (name === 'issuerV1' || name === 'githubWorkflowRepositoryV1')
            continue;
        const value = certificate.fulcioExtension(oid);
        if (value !== undefined)
            extensions[name] = value;
    }
    const leaf = {
        certificate,
        issuers,
        identity: {
            subjectAlternativeName: names[0] ?? '',
            issuer: issuer ?? issuerV1 ?? '',
            extensions,
        },
    };
    if (trust.leafCache.size >= 4096)
        trust.leafCache.clear();
    trust.leafCache.set(cacheKey, leaf);
    return leaf;
}
function checkSCTs(certificate, authority, root) {
    if (root.ctlogs.length === 0)
        return;
    let scts;
    let tbs;
    try {
        scts = certificate.signedCertificateTimestamps;
        tbs = tbsWithoutExtension(certificate.der, SCT_OID_DER);
    }
    catch (error) {
        throw new errors_VerifyError('VERIFY_SCT_INVALID', `the certificate's signed certificate timestamps cannot be read: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, { cause: error });
    }
    if (scts === undefined || scts.length === 0) {
        throw new errors_VerifyError('VERIFY_SCT_MISSING', `${root.label} lists certificate-transparency logs, so the signing certificate must embed a signed certificate timestamp; it has none`);
    }
    const issuerKeyHash = (0,external_node_crypto_.createHash)('sha256').update(authority.chain[0].subjectPublicKeyInfo).digest();
    const length = Buffer.alloc(3);
    length.writeUIntBE(tbs.length, 0, 3);
    const preCert = Buffer.concat([issuerKeyHash, length, tbs]);
    const verified = scts.filter((sct) => root.ctlogs.some((log) => log.logId.equals(sct.logId) && log.validFrom <= sct.time && sct.time <= log.validTo && verifySct(sct, preCert, log.publicKey)));
    // An SCT of a listed log that verifies, but at a time the trusted root does not trust the log's key: the root is the cause, not the bundle.
    const outsideWindow = verified.length === 0 ? scts.find((sct) => root.ctlogs.some((log) => log.logId.equals(sct.logId) && (sct.time < log.validFrom || log.validTo < sct.time) && verifySct(sct, preCert, log.publicKey))) : undefined;
    if (outsideWindow !== undefined) {
        throw new errors_VerifyError('VERIFY_SCT_INVALID', `the certificate's signed certificate timestamp of CT log ${abbreviate(outsideWindow.logId.toString('hex'))} was made at ${outsideWindow.time.toISOString()}, outside the validity of the log's key in ${root.label}`, {
            hint: 'the trusted root is out of date or cut short: fetch it again where it is published (`gh attestation trusted-root`), or pass the one of the deployment that signed, with --trusted-root',
        });
    }
    if (verified.length === 0) {
        throw new errors_VerifyError('VERIFY_SCT_INVALID', `none of the certificate's ${scts.length} signed certificate timestamp(s) verifies with a CT log of ${root.label} (SCT log ids: ${scts.map((sct) => abbreviate(sct.logId.toString('hex'))).join(', ')})`);
    }
}
function verifyContent(bundle, artifact, key) {
    const content = bundle.content;
    if (content.$case === 'messageSignature') {
        const message = content.messageSignature;
        const algorithm = HASH_NAMES[message.messageDigest.algorithm];
        if (algorithm === undefined)
            throw new errors_VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `the message digest algorithm ${message.messageDigest.algorithm} is not supported (sha256, sha384, sha512)`);
        const signed = message.messageDigest.digest.toString('hex');
        let actual;
        if ('bytes' in artifact) {
            actual = (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest('hex');
        }
        else {
            if (artifact.digest.algorithm !== algorithm) {
                throw new errors_VerifyError('VERIFY_ARTIFACT_MISMATCH', `the bundle signs a ${algorithm} digest, but the artifact was given as a ${artifact.digest.algorithm} digest`, { hint: `give the artifact as ${algorithm}:<hex>, or the file itself` });
            }
            actual = artifact.digest.hex.toLowerCase();
        }
        if (actual !== signed) {
            throw new errors_VerifyError('VERIFY_ARTIFACT_MISMATCH', `the bundle signs ${algorithm}:${signed}, but the artifact is ${algorithm}:${actual}`);
        }
        const signature = message.signature;
        let valid;
        if ('bytes' in artifact) {
            valid = verify_verifyWith(key, algorithm, artifact.bytes, signature);
        }
        else {
            if (artifact.verifyPrehashed === undefined) {
                throw new errors_VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `the bundle holds a message signature, which this verification by digest (${algorithm}:${actual}) cannot check: it was given no verifier of signatures over a digest`, { hint: 'verify with the artifact file instead of its digest' });
            }
            valid = artifact.verifyPrehashed(key, Buffer.from(actual, 'hex'), signature);
        }
        if (!valid)
            throw new errors_VerifyError('VERIFY_SIGNATURE_INVALID', `the message signature over ${algorithm}:${actual} does not verify with the signing ${keyName(key)}`);
        return { signature, artifact: { algorithm, hex: actual }, logged: { messageDigest: { algorithm, hex: signed } } };
    }
    const envelope = content.dsseEnvelope;
    if (envelope.signatures.length !== 1)
        throw new errors_VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `expected a DSSE envelope with 1 signature, found ${envelope.signatures.length}`);
    const signature = envelope.signatures[0].sig;
    const payload = envelope.payload;
    const pae = preAuthEncoding(envelope.payloadType, payload);
    if (!verify_verifyWith(key, 'sha256', pae, signature)) {
        throw new errors_VerifyError('VERIFY_SIGNATURE_INVALID', `the DSSE signature over the ${(0,quote/* quoted */.TL)(envelope.payloadType)} payload does not verify with the signing ${keyName(key)}`);
    }
    if (envelope.payloadType !== verify_IN_TOTO_PAYLOAD_TYPE) {
        throw new errors_VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `expected a DSSE payload of type ${verify_IN_TOTO_PAYLOAD_TYPE} (an in-toto statement naming its subjects), found ${(0,quote/* quoted */.TL)(envelope.payloadType)}`);
    }
    const statement = parseStatement(payload);
    const digestOf = artifactDigester(artifact);
    const subject = statement.subjects.find((candidate) => {
        const algorithms = comparableAlgorithms(candidate, digestOf);
        return algorithms.length > 0 && algorithms.every((name) => candidate.digest[name]?.toLowerCase() === digestOf(name));
    });
    const algorithm = 'bytes' in artifact ? 'sha256' : artifact.digest.algorithm;
    if (subject === undefined) {
        const hex = digestOf(algorithm) ?? '';
        // Names and digests are the signer's to choose: quoted (escaped) and shortened, as many as fit a line.
        const listed = statement.subjects.slice(0, 5).map((candidate) => `${(0,quote/* quoted */.TL)(candidate.name, 100)} (${Object.entries(candidate.digest).slice(0, 3).map(([name, value]) => `${(0,quote/* quoted */.TL)(abbreviate(name, 16)).slice(1, -1)}:${(0,quote/* quoted */.TL)(abbreviate(String(value))).slice(1, -1)}`).join(', ')})`);
        throw new errors_VerifyError('VERIFY_SUBJECT_MISMATCH', `the artifact ${algorithm}:${hex} is not a subject of the signed statement; its ${statement.subjects.length} subject(s): ${listed.join('; ')}${statement.subjects.length > 5 ? '; \u2026' : ''}`);
    }
    const matchedAlgorithm = comparableAlgorithms(subject, digestOf)[0] ?? algorithm;
    return {
        signature,
        artifact: { algorithm: matchedAlgorithm, hex: digestOf(matchedAlgorithm) ?? '' },
        logged: { payloadSha256: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('hex'), paeSha256: (0,external_node_crypto_.createHash)('sha256').update(pae).digest('hex') },
        statement,
    };
}
/** DSSE's pre-authentication encoding of a payload, what its signature covers: `DSSEv1 <type length> <type> <payload length> <payload>`. */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'ascii'), type, Buffer.from(` ${payload.length} `, 'ascii'), payload]);
}
/**
 * The statement types a verifier reads: v1, and v0.1, which cosign 2's attestations and
 * slsa-github-generator's provenance still carry (its subject, predicateType and predicate are v1's).
 * Another URI under in-toto.io is no version of the spec this reads (sigstore-python takes v1 only).
 */
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
/** The fields of an in-toto statement, and of its subjects, that Go reads into struct fields (in-toto-golang's, cosign's). */
const STATEMENT_FIELDS = ['_type', 'subject', 'predicateType', 'predicate'];
const SUBJECT_FIELDS = ['name', 'digest'];
/** A key as Go's encoding/json compares it with an ASCII field name: case-insensitively, U+017F (long s) as s and U+212A (Kelvin) as k. */
function goFolded(key) {
    return key.toLowerCase().replace(/\u017f/g, 's');
}
/**
 * Refuses an object holding two keys that Go's encoding/json takes for one of `fields`: it matches
 * names case-insensitively and keeps the last, so cosign's attestation policies (which read the
 * statement with it) would see `PredicateType` where JSON.parse and this verifier see `predicateType`.
 */
function refuseFoldedFields(object, fields, where) {
    const keys = Object.keys(object);
    for (const field of fields) {
        const matching = keys.filter((key) => goFolded(key) === field.toLowerCase());
        if (matching.length > 1) {
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement)${where} has both ${matching.slice(0, 2).map((key) => (0,quote/* quoted */.TL)(key, 100)).join(' and ')}, which Go's encoding/json (cosign's attestation policies) reads as one field, the last winning`, { hint: JSON_FAULT_HINT });
        }
    }
}
function parseStatement(payload) {
    // JSON text is UTF-8 (RFC 8259); read leniently, bytes that are not would be U+FFFD here and a refusal in gh, cosign and sigstore-python.
    if (!(0,external_node_buffer_.isUtf8)(payload))
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', 'the DSSE payload (an in-toto statement) is not UTF-8 text, which gh, cosign and sigstore-python refuse to read');
    const text = payload.toString('utf8');
    let statement;
    try {
        statement = JSON.parse(text);
    }
    catch {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', 'the DSSE payload is not JSON, though its type says in-toto statement');
    }
    // JSON.parse keeps the last of two equal keys, sigstore-go (protobuf JSON) refuses them: a statement read two ways names other subjects or predicates to each.
    const fault = jsonFault(text);
    if (fault !== undefined)
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) ${describeJsonFault(fault)}`, { hint: JSON_FAULT_HINT });
    const { _type: type, predicateType, subject } = (statement ?? {});
    if (typeof type !== 'string' || !STATEMENT_TYPES.includes(type) || !Array.isArray(subject)) {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload is not an in-toto statement (expected _type https://in-toto.io/Statement/v1 or v0.1 and a subject list, found _type ${(0,quote/* quoted */.TL)(type ?? null)})`);
    }
    refuseFoldedFields(statement, STATEMENT_FIELDS, '');
    // In-toto requires a predicate type, a URI: another kind of value read as none would be reported as another type than asked for.
    if (typeof predicateType !== 'string' || predicateType === '') {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has ${predicateType === undefined ? 'no predicateType' : `a predicateType that is not a URI (${predicateType === '' ? 'empty' : Array.isArray(predicateType) ? 'an array' : predicateType === null ? 'null' : typeof predicateType})`}`, {
            hint: 'in-toto statements name their predicate type as a URI string; no attestation tool wrote this one: do not trust it',
        });
    }
    // A predicate is an object (in-toto Statement v1; sigstore-python refuses another kind); absent is allowed, as the spec allows.
    const { predicate } = statement;
    if (predicate !== undefined && predicate !== null && (typeof predicate !== 'object' || Array.isArray(predicate))) {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has a predicate that is not an object (${Array.isArray(predicate) ? 'an array' : typeof predicate})`, { hint: 'in-toto statements carry their predicate as a JSON object; no attestation tool wrote this one: do not trust it' });
    }
    subject.forEach((entry, index) => {
        if (typeof entry === 'object' && entry !== null)
            refuseFoldedFields(entry, SUBJECT_FIELDS, ` its subject ${index + 1}`);
    });
    const subjects = subject.map((entry, index) => {
        const { name, digest } = (typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry : { name: 0 });
        // A digest set maps algorithms to strings (protobuf JSON, as sigstore-go and sigstore-python read it, refuses anything else); a number or a list would be read as no digest here and as a failure there.
        const digests = typeof digest === 'object' && digest !== null && !Array.isArray(digest) ? Object.values(digest) : undefined;
        if ((name !== undefined && typeof name !== 'string') || digests?.every((value) => typeof value === 'string') !== true) {
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has a subject ${index + 1} that is not an object of a name and a digest set (digest strings by algorithm)`, {
                hint: 'in-toto statements list subjects as {"name": "...", "digest": {"sha256": "<hex>"}}; no attestation tool wrote this one: do not trust it',
            });
        }
        return { name: name ?? '', digest: digest };
    });
    return { type, predicateType, subjects };
}
/** The artifact's digest by an algorithm: computed from its bytes on first use, or the given digest when it is by that algorithm. */
function artifactDigester(artifact) {
    if (!('bytes' in artifact))
        return (algorithm) => (algorithm === artifact.digest.algorithm ? artifact.digest.hex : artifact.moreDigests?.[algorithm])?.toLowerCase();
    const computed = new Map();
    return (algorithm) => {
        let hex = computed.get(algorithm);
        if (hex === undefined)
            computed.set(algorithm, (hex = (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest('hex')));
        return hex;
    };
}
const SUBJECT_ALGORITHMS = ['sha256', 'sha384', 'sha512'];
/**
 * The algorithms by which a subject can be compared with the artifact, all of which must agree: a
 * subject whose sha256 names one artifact and whose sha512 another is a match for neither.
 */
function comparableAlgorithms(subject, digestOf) {
    return SUBJECT_ALGORITHMS.filter((algorithm) => subject.digest[algorithm] !== undefined && digestOf(algorithm) !== undefined);
}
function verifyTimestamp(timestamp, signature, roots, where) {
    if ('error' in timestamp) {
        const { error } = timestamp;
        throw new errors_VerifyError('VERIFY_TIMESTAMP_INVALID', `${where}: not a valid RFC 3161 timestamp: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, {
            cause: error,
            hint: 'the bundle\'s timestamp could not be read, so it dates nothing: give the bundle as it was published (a damaged or hand-edited one is not), and do not trust this artifact until it verifies',
        });
    }
    const { signingTime } = timestamp;
    const authorities = roots.flatMap((root) => root.timestampAuthorities);
    const candidates = authorities.filter((ca) => {
        const signer = ca.chain[0];
        return signer !== undefined && signer.serialNumber.equals(timestamp.signerSerialNumber) && signer.issuer.equals(timestamp.signerIssuer);
    });
    if (candidates.length === 0) {
        throw new errors_VerifyError('VERIFY_TIMESTAMP_INVALID', `${where}: signed by a timestamp authority certificate (serial ${timestamp.signerSerialNumber.toString('hex')}) that ${rootLabels(roots)} does not list (it lists ${authorities.length} timestamp authorit${authorities.length === 1 ? 'y' : 'ies'})`);
    }
    let lastProblem = '';
    let hint;
    for (const ca of candidates) {
        if (!within(signingTime, ca.validFrom, ca.validTo)) {
            lastProblem = `the timestamp's time ${shownTime(signingTime)} is outside the window the trusted root trusts its timestamp authority in (validFor ${describeValidity(ca.validFrom, ca.validTo)})`;
            hint = WINDOW_HINT;
            continue;
        }
        const expired = ca.chain.find((certificate) => !validThroughout(certificate, signingTime));
        if (expired !== undefined) {
            lastProblem = `the timestamp's time ${shownTime(signingTime)} is outside the validity of the timestamp authority's certificate "${expired.displayNames.subject}" (${expired.notBefore.toISOString()} to ${expired.notAfter.toISOString()})`;
            hint = undefined;
            continue;
        }
        const signer = ca.chain[0];
        const claimed = timestamp.signingTimeAttribute;
        // Go's CMS reader (sigstore-go, cosign) refuses a signing time its signer's certificate does not cover, whatever genTime says.
        if (claimed !== undefined && !validThroughout(signer, claimed)) {
            lastProblem = `the signed signing-time attribute ${shownTime(claimed)} is outside the validity of the timestamp authority's certificate (${signer.notBefore.toISOString()} to ${signer.notAfter.toISOString()})`;
            continue;
        }
        const problem = chainProblem(ca, TIME_STAMPING_EKU);
        if (problem !== undefined) {
            lastProblem = `the timestamp authority's certificate chain in the trusted root cannot vouch for timestamps: ${problem}`;
            continue;
        }
        try {
            verifyRfc3161(timestamp, signature, signer.publicKey, signer.der);
            return signingTime;
        }
        catch (error) {
            lastProblem = (0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error));
            hint = undefined;
        }
    }
    throw new errors_VerifyError('VERIFY_TIMESTAMP_INVALID', `${where}: ${lastProblem}`, hint === undefined ? {} : { hint });
}
/** The hint when a trusted root's own window (validFor), not a certificate, leaves out a bundle's time. */
const WINDOW_HINT = 'the trusted root does not trust that authority at the time the bundle was signed (it was retired before, or added after): check that the trusted root is the current one of the instance that signed, and do not trust this artifact until it verifies';
const chainProblems = new WeakMap();
/**
 * Why a trusted authority's chain cannot vouch for what it is used for, or undefined when it can;
 * checked once per authority. A Fulcio CA's chain (`usage` code signing) is all issuers, the
 * certificate that issues the leaves first; a timestamp authority's (`usage` time stamping) starts
 * with its signing certificate (a leaf whose critical extended key usage is timeStamping alone),
 * then its issuers. Each certificate must be signed by the next, and
 * each issuer be a CA whose key may sign certificates and whose path length allows the CAs below
 * it, as sigstore-js and Go's x509 (cosign, sigstore-go) check a path; every certificate's extended
 * key usage, when it has one, must allow `usage`, as Go's x509 checks it (a trusted root's CA for
 * TLS servers vouches for no signature).
 */
function chainProblem(ca, usage) {
    let problem = chainProblems.get(ca);
    if (problem === undefined) {
        problem = findChainProblem(ca.chain, usage === TIME_STAMPING_EKU ? 1 : 0, usage) ?? null;
        chainProblems.set(ca, problem);
    }
    return problem ?? undefined;
}
function findChainProblem(chain, firstIssuer, usage) {
    const named = (index) => `certChain[${index}] (${(0,quote/* quoted */.TL)(chain[index].displayNames.subject)})`;
    for (const [index, certificate] of chain.entries()) {
        if (!certificate.allowsExtendedKeyUsage(usage))
            return `${named(index)} has an extended key usage without ${usage === TIME_STAMPING_EKU ? 'timeStamping' : 'codeSigning'}`;
        if (index < firstIssuer) {
            const problem = timestampSignerProblem(certificate);
            if (problem !== undefined)
                return `${named(index)} ${problem}`;
            continue;
        }
        // Before the CA check, which OpenSSL fails for a key usage without keyCertSign too: the precise reason first.
        if (!certificate.allowsCertSign)
            return `${named(index)} issues certificates but its key usage lacks keyCertSign`;
        if (!certificate.isCA)
            return `${named(index)} issues certificates but is not a CA certificate`;
        const pathLength = certificate.pathLengthConstraint;
        const below = index - firstIssuer;
        if (pathLength !== undefined && pathLength < below)
            return pathLength < 0 ? `${named(index)} has basic constraints that cannot be read` : `${named(index)} allows ${pathLength} CA certificate${pathLength === 1 ? '' : 's'} below it (pathLenConstraint), but ${below} follow${below === 1 ? 's' : ''} it`;
    }
    // Signatures last: OpenSSL refuses an issuer that is no CA before it looks at the signature, which would hide why.
    const unsigned = chain.findIndex((certificate, index) => index + 1 < chain.length && !certificate.signedBy(chain[index + 1]));
    return unsigned === -1 ? undefined : `${named(unsigned)} is not signed by ${named(unsigned + 1)}`;
}
/**
 * Why a timestamp authority's signing certificate is not one as RFC 3161 2.3 defines it and
 * sigstore's timestamp-authority verifier (sigstore-go, cosign) requires it: an extended key usage
 * extension, critical, naming timeStamping alone, on a certificate that is no CA. A key certified
 * for other uses too could have signed the token as something else.
 */
function timestampSignerProblem(certificate) {
    const eku = certificate.extendedKeyUsage;
    if (certificate.isCA || certificate.claimsCA)
        return 'is a CA certificate, not a timestamp authority\'s signing certificate';
    if (eku === undefined)
        return 'has no extended key usage; a timestamp authority\'s signing certificate names timeStamping alone, as a critical extension (RFC 3161 2.3)';
    if (!eku.critical)
        return 'has an extended key usage that is not critical; RFC 3161 2.3 requires it critical';
    if (eku.usages.length !== 1)
        return `has an extended key usage that names ${eku.usages.length} usages; a timestamp authority's signing certificate names timeStamping alone (RFC 3161 2.3)`;
    if (eku.usages[0] !== TIME_STAMPING_EKU)
        return `has an extended key usage that names ${eku.usages[0] ?? ''}, not timeStamping alone (RFC 3161 2.3)`;
    return undefined;
}
function checkThresholds(root, tlogEntries, timestamps, bundle) {
    if (root.tlogs.length > 0 && tlogEntries.length === 0) {
        throw new errors_VerifyError('VERIFY_TLOG_MISSING', `expected at least 1 transparency-log entry (${root.label} lists ${root.tlogs.map((log) => log.baseUrl).join(', ')}), found ${bundle.verificationMaterial.tlogEntries.length}`);
    }
    const signed = timestamps.filter((timestamp) => timestamp.source === 'timestamp-authority').length;
    if (root.tlogs.length === 0 && signed === 0) {
        throw new errors_VerifyError('VERIFY_TIMESTAMP_MISSING', `expected at least 1 signed timestamp (${root.label} lists no transparency log, so a timestamp authority must vouch for the signing time), found none`);
    }
    if (timestamps.length === 0) {
        throw new errors_VerifyError('VERIFY_TIMESTAMP_MISSING', 'expected at least 1 verified signing time (a log entry with an inclusion promise, or a signed timestamp), found none');
    }
}
/** The instances whose CAs issued the leaf (one, unless a trust lists a CA twice). */
function issuingRoots(leaf) {
    return [...new Set(leaf.issuers.map((issuer) => issuer.root))];
}
/**
 * Checks that the leaf and an issuing authority were valid at every verified time, and returns
 * that authority's instance; the first failure is reported when no authority fits.
 */
function checkValidity(leaf, timestamps) {
    const { certificate } = leaf;
    for (const timestamp of timestamps) {
        if (!validThroughout(certificate, boundsOf(timestamp))) {
            throw new errors_VerifyError('VERIFY_CERTIFICATE_EXPIRED', `the signing certificate is valid from ${certificate.notBefore.toISOString()} to ${certificate.notAfter.toISOString()}, but the ${timestamp.source} time is ${shownTime(boundsOf(timestamp))}`);
        }
    }
    let problem;
    for (const { root, authority } of leaf.issuers) {
        const outside = timestamps.find((timestamp) => !within(boundsOf(timestamp), authority.validFrom, authority.validTo) || !authority.chain.every((ca) => validThroughout(ca, boundsOf(timestamp))));
        if (outside === undefined)
            return root;
        const named = `the issuing CA "${authority.chain[0]?.displayNames.subject ?? '?'}"`;
        const at = `the ${outside.source} time ${shownTime(boundsOf(outside))}`;
        const expired = authority.chain.find((ca) => !validThroughout(ca, boundsOf(outside)));
        problem ??=
            !within(boundsOf(outside), authority.validFrom, authority.validTo)
                ? { message: `${at} is outside the window the trusted root trusts ${named} in (validFor ${describeValidity(authority.validFrom, authority.validTo)})`, hint: WINDOW_HINT }
                : { message: `${at} is outside the validity of ${expired === authority.chain[0] ? named : `the certificate "${expired?.displayNames.subject ?? '?'}" in the chain of ${named}`} (${expired?.notBefore.toISOString() ?? '?'} to ${expired?.notAfter.toISOString() ?? '?'})` };
    }
    throw new errors_VerifyError('VERIFY_CERTIFICATE_EXPIRED', problem?.message ?? 'no issuing CA of the trusted root was valid at the signing time', problem?.hint === undefined ? {} : { hint: problem.hint });
}
/**
 * The hint when an exact identity and the certificate's differ only in the ref after the last `@`:
 * the same workflow signed, for another release (a consumer's commonest mix-up) or at the commit a
 * caller pinned a reusable workflow to, so "signed by someone else" would be untrue.
 */
function otherRefHint(expected, found) {
    if (expected.kind !== 'exact')
        return undefined;
    const at = (0,workflow_ref/* workflowRefAt */.Sc)(expected.value);
    const foundAt = (0,workflow_ref/* workflowRefAt */.Sc)(found);
    if (at === -1 || foundAt === -1 || expected.value.slice(0, at) !== found.slice(0, foundAt))
        return undefined;
    const foundRef = (0,quote/* quoted */.TL)(found.slice(foundAt + 1));
    return `the same workflow signed, at ${foundRef}, not at ${(0,quote/* quoted */.TL)(expected.value.slice(at + 1))}: this file belongs to what that ref made (another release, or the commit a caller pinned a reusable workflow to); use the files of the release you expect, or pin ${foundRef} if that is the ref you expect`;
}
function checkPolicy(leaf, policy) {
    const { subjectAlternativeName, issuer, extensions } = leaf.identity;
    if (!(0,verify_policy/* matches */.cK)(policy.identity, subjectAlternativeName)) {
        const hint = otherRefHint(policy.identity, subjectAlternativeName);
        throw new errors_VerifyError(policy.mismatchCodes?.identity ?? 'VERIFY_POLICY_IDENTITY_MISMATCH', `expected certificate identity ${(0,verify_policy/* describeMatcher */.OT)(policy.identity)}, found ${(0,quote/* quoted */.TL)(subjectAlternativeName)}`, hint === undefined ? {} : { hint });
    }
    if (!(0,verify_policy/* matches */.cK)(policy.issuer, issuer)) {
        throw new errors_VerifyError('VERIFY_POLICY_ISSUER_MISMATCH', `expected OIDC issuer ${(0,verify_policy/* describeMatcher */.OT)(policy.issuer)}, found ${(0,quote/* quoted */.TL)(issuer)}`);
    }
    for (const [name, expected] of Object.entries(policy.extensions)) {
        const found = extensions[name];
        const equal = policy.extensionsIgnoringCase?.includes(name) === true ? found !== undefined && asciiLowerCase(found) === asciiLowerCase(expected) : found === expected;
        if (!equal) {
            throw new errors_VerifyError(policy.mismatchCodes?.extensions?.[name] ?? 'VERIFY_POLICY_EXTENSION_MISMATCH', `expected certificate extension ${name} (${FULCIO_OIDS[name]}) ${(0,quote/* quoted */.TL)(expected)}, found ${found === undefined ? 'none' : (0,quote/* quoted */.TL)(found)}`);
        }
    }
}
function verify_verifyWith(key, algorithm, data, signature) {
    try {
        return (0,external_node_crypto_.verify)(key.asymmetricKeyType === 'ed25519' ? null : algorithm, data, key, signature);
    }
    catch {
        return false;
    }
}
function keyName(key) {
    return `${key.asymmetricKeyType ?? ''} key`.trim();
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/index.js









;// CONCATENATED MODULE: ./lib/sigstore/sign/self-check.js



function policyFor(expected) {
    // A local key signs offline: its bundles have no log entry, and users are told to verify them with --insecure-ignore-tlog.
    if (expected.kind === 'key')
        return { kind: 'key', publicKey: expected.publicKey, source: expected.source, transparencyLog: 'ignored' };
    return {
        kind: 'certificate',
        identity: expected.identity === undefined ? (0,verify_policy/* matching */.wC)('.+') : (0,verify_policy/* exactly */.pV)(expected.identity),
        issuer: (0,verify_policy/* exactly */.pV)(expected.issuer),
        extensions: {},
    };
}
const SERVICES_HINT = 'the services returned material that does not verify against the trusted root, or the identity is not the one expected; check the trusted root and the service URLs given (--trusted-root, --fulcio-url, ...; the inputs of the same names), re-run, and report it if it persists';
/** Every time in a bundle comes from the services, so a certificate not valid at the log's or the timestamp authority's time moments after Fulcio issued it says their clocks disagree. */
const CLOCKS_HINT = "the log's or the timestamp authority's time falls outside the certificate Fulcio issued moments before (or outside the CA's window in the trusted root): the Sigstore services' clocks disagree, or the trusted root is not the current one; check the clocks of a private deployment's Fulcio, Rekor and timestamp authority (NTP) and the trusted root given, then re-run";
/**
 * Verifies a bundle offline with trust-kit's verifier exactly as a user would (signature, chain
 * to the trusted root, log entry or signed timestamp by the instance's thresholds, then the exact
 * identity and issuer) and throws `SIGN_SELF_VERIFY_FAILED` if it does not pass.
 */
function checkBundle(bundle, artifact, expected, name) {
    try {
        verifyBundle(bundle, artifact, policyFor(expected), expected.kind === 'key' ? undefined : expected.trust);
    }
    catch (error) {
        const code = (0,errors/* isTrustKitError */.Nf)(error) ? `${error.code}: ` : '';
        throw new SignError('SIGN_SELF_VERIFY_FAILED', `the bundle made for ${name} does not verify (${code}${(0,errors/* messageOf */.bD)(error)}); it was not written`, {
            cause: error,
            hint: (0,errors/* isTrustKitError */.Nf)(error) && error.code === 'VERIFY_CERTIFICATE_EXPIRED' ? CLOCKS_HINT : SERVICES_HINT,
        });
    }
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/services.js







/** A base URL without a trailing slash (the clients append `/api/...`) and without credentials. */
function serviceBaseURL(url) {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace(/\/+$/, '');
}
/** A trust-kit error anywhere in the cause chain (an identity provider's failure wrapped by sigstore-js). */
function ownError(error) {
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
        if ((0,errors/* isTrustKitError */.Nf)(current))
            return current;
        current = current.cause;
    }
    return undefined;
}
/**
 * A service's message with every JWT-shaped run (`eyJ` header, then base64url and dots) replaced:
 * a server or proxy that quotes the request would otherwise put an identity token in the error
 * object itself, which library callers may log before the CLI's or action's redactor sees it.
 */
function withoutTokens(message) {
    return message.replace(/eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)*/g, '[redacted token]');
}
/** What a service said in a refusal, bounded and printable, from its JSON `message` (as sigstore-js reads it) or its text; never a token it echoed. */
function serviceMessage(body) {
    const text = body.subarray(0, 64 * 1024).toString('utf8');
    let said = text;
    try {
        const message = JSON.parse(text)?.message;
        if (typeof message === 'string')
            said = message;
    }
    catch {
        // Not JSON (an HTML page, plain text): what it says is quoted as it is, bounded.
    }
    // Redacted before it is cut: cut first, a token the service echoed after padding lost the end the redaction matches.
    return (0,quote/* boundedText */.LD)((0,secrets/* redact */.E$)(withoutTokens(said)), 300);
}
/** What a service's answer is checked for before a bundle is built on it, and what it was found to be. */
function badResponse(service, method, url, problem, cause) {
    return new SigningServiceError(service, method, url, 'bad-response', problem, {
        ...(cause === undefined ? {} : { cause }),
        hint: `${service} answered, but not as ${service} does: check that the URL is the service's (not a proxy, captive portal or another API) and that it is up; files already written are kept`,
    });
}
/** A failure of a service on the wire, with the hint its status calls for: one retries could not outlast, or a refusal. */
function serviceError(service, method, url, status, detail, options = {}) {
    const retriable = typeof status === 'number' ? (0,core_retry/* isTransientStatus */.Dm)(status) : status === 'timeout' || status === 'connection';
    const hint = options.hint ??
        (retriable
            ? `${service} kept failing through every retry; check its status page (or the --${service.toLowerCase()}-url you gave) and re-run: files already written are kept`
            : `${service} refused the request; the message above says why. Files already written are kept`);
    return new SigningServiceError(service, method, url, status, detail, { ...(options.cause === undefined ? {} : { cause: options.cause }), hint });
}
/**
 * Turns whatever signing threw into a coded error: a trust-kit error anywhere in the cause chain
 * (the transport's, naming the service, URL and status; an identity provider's) as it is; an
 * identity token sigstore-js could not read as SIGN_TOKEN_INVALID; anything else as an answer
 * sigstore-js could not use (a body of another shape). It never quotes request bodies (which hold
 * the identity token), and what it quotes of sigstore-js's messages has every token-shaped run removed.
 */
function serviceFailure(service, method, url, error) {
    const ours = ownError(error);
    if (ours !== undefined)
        return ours;
    const code = error.code;
    if (typeof code === 'string' && code.startsWith('IDENTITY_TOKEN_')) {
        // sigstore-js's own message quotes the token: never pass it on.
        return new SignError('SIGN_TOKEN_INVALID', `the identity token could not be read or used before reaching ${service} (${code})`, {
            hint: 'pass an OIDC token for the audience "sigstore" with a "sub" claim (GitHub Actions: `id-token: write`)',
        });
    }
    // The answer arrived but sigstore-js could not build on it: JSON of another shape than the service's.
    const inner = error.cause ?? error;
    const message = inner instanceof Error ? (0,quote/* boundedText */.LD)((0,secrets/* redact */.E$)(withoutTokens(inner.message))) : '';
    return badResponse(service, method, url, `a body of another shape than the service's${message === '' ? '' : ` (${message})`}`, error);
}
/** A {@link Witness} whose failures name the service, URL and status. */
class ReportingWitness {
    inner;
    service;
    url;
    constructor(inner, service, url) {
        this.inner = inner;
        this.service = service;
        this.url = url;
    }
    async testify(content, publicKey) {
        let material;
        try {
            material = await this.inner.testify(content, publicKey);
        }
        catch (error) {
            throw serviceFailure(this.service, 'POST', this.url, error);
        }
        // sigstore-js passes a timestamp authority's body on as the token unread: read it here, where the TSA can still be named.
        for (const timestamp of material.rfc3161Timestamps ?? []) {
            try {
                core_dist.RFC3161Timestamp.parse(Buffer.from(timestamp.signedTimestamp));
            }
            catch (error) {
                throw badResponse(this.service, 'POST', this.url, `a body that is not a DER RFC 3161 timestamp token (${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))})`, error);
            }
        }
        return material;
    }
}
/** A {@link Signer} whose failures name the service (Fulcio), URL and status. */
class ReportingSigner {
    inner;
    service;
    url;
    constructor(inner, service, url) {
        this.inner = inner;
        this.service = service;
        this.url = url;
    }
    async sign(data) {
        let signature;
        try {
            signature = await this.inner.sign(data);
        }
        catch (error) {
            throw serviceFailure(this.service, 'POST', this.url, error);
        }
        if (signature.key.$case !== 'x509Certificate')
            throw badResponse(this.service, 'POST', this.url, 'no certificate');
        try {
            new external_node_crypto_.X509Certificate(signature.key.certificate);
        }
        catch (error) {
            throw badResponse(this.service, 'POST', this.url, `a certificate that cannot be read (${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))})`, error);
        }
        return signature;
    }
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js
var v2 = __webpack_require__(3835);
// EXTERNAL MODULE: ./lib/core/capped-body.js
var capped_body = __webpack_require__(6911);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
;// CONCATENATED MODULE: ./lib/sigstore/sign/transport.js














/**
 * The most bytes one answer of Fulcio, Rekor or a timestamp authority may hold: real ones are a
 * few KiB (a certificate chain, a log entry with its proof, a timestamp token, an error message).
 */
const MAX_SERVICE_REPLY_BYTES = 1024 * 1024;
/** How much of an error answer is read: enough for any message worth quoting; the rest is never waited for. */
const MAX_ERROR_BYTES = 64 * 1024;
/** A success answer longer than {@link MAX_SERVICE_REPLY_BYTES}, refused as it arrives. */
class ReplyTooLarge extends Error {
}
/** The body of an answer: a success's whole (refused past the cap), an error's first {@link MAX_ERROR_BYTES}. */
async function readReply(response, ok) {
    const body = response.body;
    if (body === null)
        return Buffer.alloc(0);
    if (ok)
        return (0,capped_body/* readCapped */.E)({ chunks: body, declaredLength: response.headers.get('content-length'), close: () => body.cancel() }, MAX_SERVICE_REPLY_BYTES, () => new ReplyTooLarge());
    const chunks = [];
    let bytes = 0;
    // Leaving the loop cancels the stream, which closes the connection.
    for await (const chunk of body) {
        chunks.push(chunk);
        bytes += chunk.length;
        if (bytes >= MAX_ERROR_BYTES)
            break;
    }
    return Buffer.concat(chunks, bytes).subarray(0, MAX_ERROR_BYTES);
}
/**
 * The time each signature gives all its requests to Fulcio, Rekor and the TSA together, retries and
 * their waits included (cosign's --timeout, which bounds its one signature): each request alone is
 * bounded by the retry policy (about 80 s), but a signature makes several. A period starts with its
 * signature's first request, so what comes before (hashing, reading files) is not counted, and a
 * command making many signatures (a release's bundle per artifact) is not cut off for being long,
 * only for being stuck. Signatures made at once (an attestation's subjects) each have their own
 * period: it follows the signature's calls (AsyncLocalStorage) down through sigstore-js's signer
 * and witnesses, which take no context of their own.
 */
class SigningDeadline {
    ms;
    #periods = new external_node_async_hooks_.AsyncLocalStorage();
    constructor(ms) {
        this.ms = ms;
    }
    /** Makes one signature: its requests share one period, started by the first of them. */
    signature(sign) {
        return this.#periods.run({ signal: undefined }, sign);
    }
    /** The signal that aborts when the current signature's time is up (a request outside any signature has a period of its own). */
    signal() {
        const period = this.#periods.getStore();
        if (period === undefined)
            return AbortSignal.timeout(this.ms);
        period.signal ??= AbortSignal.timeout(this.ms);
        return period.signal;
    }
}
/** An answer whose status is a failure; retried when the status says it may pass. */
class StatusFailure extends Error {
    reply;
    retryAfterMs;
    constructor(reply, retryAfterMs) {
        super(`HTTP ${reply.status}`);
        this.reply = reply;
        this.retryAfterMs = retryAfterMs;
    }
    get transient() {
        return (0,core_retry/* isTransientStatus */.Dm)(this.reply.status);
    }
}
function classify(error) {
    if (error instanceof StatusFailure) {
        if (!error.transient)
            return 'permanent';
        return error.retryAfterMs === undefined ? 'transient' : { retryAfterMs: error.retryAfterMs };
    }
    // A proxy that did not open a tunnel may next time; one that wants credentials will not.
    if (error instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
        return error.code === 'PROXY_AUTH_REQUIRED' ? 'permanent' : 'transient';
    // A refusal read from the answer, an answer too big: no retry changes them.
    if ((0,errors/* isTrustKitError */.Nf)(error) || error instanceof ReplyTooLarge)
        return 'permanent';
    // No answer, a reset (before or in the middle of the body), a timeout: the next attempt may get through.
    return 'transient';
}
const REDIRECT_HINT = 'a signing service is never followed to another address (the identity token, or what is logged, would go there): give the service\'s own URL, as its redirect names it';
/**
 * Sends the requests of one signing service: every attempt bounded by the policy's timeout (the
 * answer read whole included, so a trickle is cut off), answers capped at
 * {@link MAX_SERVICE_REPLY_BYTES}, redirects never followed (a Fulcio request carries the identity
 * token in its body, which a 307 would carry to wherever it points), and 408, 429 (after its
 * Retry-After, when that fits the budget), 5xx, dropped connections and timeouts retried within the
 * policy. Failures are {@link SigningServiceError}s naming the service, the method and the URL.
 */
class ServiceClient {
    service;
    options;
    fetch;
    constructor(service, options) {
        this.service = service;
        this.options = options;
        this.fetch = (0,proxied_fetch/* proxiedFetch */.iR)(options.proxy ?? core_proxy/* NO_PROXY_SETTINGS */.JB, 0);
    }
    /** One request (a JSON body, or bytes of `contentType`, if any), retried as the policy says; resolves to a 2xx answer, or one of `accepted`. */
    async send(method, url, { body, accepted = [], accept = 'application/json', contentType = 'application/json' } = {}) {
        const policy = this.options.retry;
        const origin = new URL(url).origin;
        const headers = { accept, 'user-agent': `trust-kit/${version/* VERSION */.x}` };
        if (body !== undefined)
            headers['content-type'] = contentType;
        const deadline = this.options.deadline?.signal();
        try {
            if (deadline?.aborted === true)
                throw deadline.reason;
            return await (0,core_retry/* withRetry */.bD)(policy, () => (0,http/* timedAttempt */.Hh)(origin, policy.timeoutMs, async (attempt) => {
                // The answer read whole included: the signature's deadline cuts a request as its own timeout does.
                const signal = deadline === undefined ? attempt : AbortSignal.any([attempt, deadline]);
                const response = await this.fetch(url, { method, headers, body, signal, redirect: 'manual' });
                const ok = (response.status >= 200 && response.status < 300) || accepted.includes(response.status);
                const reply = { status: response.status, location: response.headers.get('location') ?? undefined, body: await readReply(response, ok) };
                if (ok)
                    return reply;
                throw new StatusFailure(reply, (0,core_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')));
            }), (error) => (deadline?.aborted === true ? 'permanent' : classify(error)), 
            // A wait before a retry ends with the deadline too.
            (ms) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, deadline === undefined ? {} : { signal: deadline }));
        }
        catch (error) {
            if (deadline?.aborted === true)
                throw this.timedOut(method, url, error);
            throw this.failure(method, url, error);
        }
    }
    /** The answer's JSON; an answer that is not JSON is a bad response naming the service. */
    json(method, url, reply) {
        try {
            return JSON.parse(reply.body.toString('utf8'));
        }
        catch (error) {
            throw badResponse(this.service, method, url, 'a body that is not JSON (an HTML page or truncated JSON?)', error);
        }
    }
    /** SIGN_TIMEOUT: the signature's deadline fell while this request was pending (sent, or waiting to be retried). */
    timedOut(method, url, error) {
        const seconds = Number(((this.options.deadline?.ms ?? 0) / 1000).toFixed(1));
        return new SignError('SIGN_TIMEOUT', `a signature did not finish within ${seconds} s: ${this.service} (${method} ${url}) was still pending`, {
            cause: error,
            hint: `the signing services are slow or unreachable: check https://status.sigstore.dev (or your instance's), then run again; give more time with --timeout (the timeout input), ${seconds} s now`,
        });
    }
    failure(method, url, error) {
        // The proxy's own words name it and the host it was asked for; the service and URL go around them.
        if (error instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
            return serviceError(this.service, method, url, 'connection', error.message, { cause: error, hint: error.hint });
        if ((0,errors/* isTrustKitError */.Nf)(error))
            return error;
        if (error instanceof ReplyTooLarge)
            return badResponse(this.service, method, url, `a body longer than the ${MAX_SERVICE_REPLY_BYTES} bytes an answer of ${this.service} takes`, error);
        if (error instanceof StatusFailure) {
            const { status, location } = error.reply;
            if (status >= 300 && status < 400) {
                const to = location === undefined ? 'nowhere' : redirectOrigin(location, url);
                return serviceError(this.service, method, url, status, `a redirect to ${to}, not followed`, { cause: error, hint: REDIRECT_HINT });
            }
            const said = serviceMessage(error.reply.body);
            const budget = this.options.retry.budgetMs;
            const waited = error.transient && error.retryAfterMs !== undefined && error.retryAfterMs > budget ? `asked to retry after ${Math.ceil(error.retryAfterMs / 1000)} s, past the ${Math.round(budget / 1000)} s the retries may take` : '';
            // A 407 is the runner's proxy (reached in absolute form for http:// services), not the service.
            // Asked to wait past the budget, it was not retried: the hint says so, not that it kept failing through every retry.
            const hint = status === 407 ? proxy_tunnel/* PROXY_AUTH_HINT */.ME : waited !== '' ? `${this.service} asked to wait longer than the retries may take (--timeout bounds them); re-run later: files already written are kept` : undefined;
            return serviceError(this.service, method, url, status, [said, waited].filter((part) => part !== '').join('; '), { cause: error, ...(hint === undefined ? {} : { hint }) });
        }
        if (error instanceof http/* AttemptTimedOut */.ji)
            return serviceError(this.service, method, url, 'timeout', `no whole answer within ${error.timeoutMs} ms, the timeout of one attempt`, { cause: error });
        const code = (0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* systemErrorCode */.vq)(error?.cause);
        return serviceError(this.service, method, url, 'connection', code !== undefined && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : '', { cause: error });
    }
}
/** Where a redirect points, by origin only: its path or query may carry anything. */
function redirectOrigin(location, base) {
    try {
        return new URL(location, base).origin;
    }
    catch {
        return 'an address that is no URL';
    }
}
/** The sigstore-js client objects whose requests a {@link ServiceClient} takes over, each at its path in the owner. */
function replaceClient(owner, path, replacement) {
    let holder = owner;
    for (const key of path.slice(0, -1))
        holder = holder?.[key];
    const last = path.at(-1) ?? '';
    // Not a user's error: an upgrade of @sigstore/sign that moved its clients. The signing tests fail on it at once.
    if (typeof holder !== 'object' || holder === null || typeof holder[last] !== 'object') {
        throw new Error(`@sigstore/sign has no client at ${path.join('.')}: trust-kit's signing transport must be fitted to this version`);
    }
    holder[last] = replacement;
}
/** Fulcio's signing-certificate API, sent through `client` in place of sigstore-js's own HTTP client. */
function routeFulcio(signer, baseURL, client) {
    const url = `${baseURL}/api/v2/signingCert`;
    replaceClient(signer, ['ca', 'fulcio'], {
        createSigningCertificate: async (request) => client.json('POST', url, await client.send('POST', url, { body: JSON.stringify(request) })),
    });
}
/** The one entry a Rekor v1 answer holds, keyed by its UUID, as sigstore-js's client returns it. */
function rekorEntry(client, method, url, data) {
    const entries = typeof data === 'object' && data !== null && !Array.isArray(data) ? Object.entries(data) : [];
    const [first] = entries;
    if (entries.length !== 1 || first === undefined || typeof first[1] !== 'object' || first[1] === null) {
        throw badResponse(client.service, method, url, `a body of another shape than the service's (${entries.length} entries where one is expected)`);
    }
    return { ...first[1], uuid: first[0] };
}
/**
 * Rekor v1's entry API, sent through `client`. A 409 "entry already exists" (a re-run submitting
 * the same signature, or a POST retried after its answer was lost) takes the existing entry from
 * the UUID its Location names, as cosign and sigstore-js do: a log entry is never published twice.
 */
function routeRekorV1(witness, baseURL, client) {
    const entries = `${baseURL}/api/v1/log/entries`;
    const getEntry = async (uuid) => {
        const url = `${entries}/${uuid}`;
        return rekorEntry(client, 'GET', url, client.json('GET', url, await client.send('GET', url)));
    };
    replaceClient(witness, ['tlogV1', 'rekor'], {
        createEntry: async (proposed) => {
            const reply = await client.send('POST', entries, { body: JSON.stringify(proposed), accepted: [409] });
            if (reply.status !== 409)
                return rekorEntry(client, 'POST', entries, client.json('POST', entries, reply));
            const uuid = reply.location?.split('/').pop() ?? '';
            // Entry UUIDs are hex (64 digits, or 80 with the tree's ID): anything else in the path would reach another URL.
            if (!/^[0-9a-f]{64}(?:[0-9a-f]{16})?$/i.test(uuid))
                throw badResponse(client.service, 'POST', entries, 'a 409 "entry already exists" whose Location names no entry UUID');
            return getEntry(uuid);
        },
        getEntry,
    });
}
/** Rekor v2's entry API, sent through `client`. */
function routeRekorV2(witness, baseURL, client) {
    const url = `${baseURL}/api/v2/log/entries`;
    replaceClient(witness, ['tlogV2', 'rekor'], {
        createEntry: async (request) => {
            const data = client.json('POST', url, await client.send('POST', url, { body: JSON.stringify(v2.CreateEntryRequest.toJSON(request)) }));
            try {
                return protobuf_specs_dist.TransparencyLogEntry.fromJSON(data);
            }
            catch (error) {
                throw badResponse(client.service, 'POST', url, 'a body of another shape than the service\'s', error);
            }
        },
    });
}
/** The timestamp URL for a TSA URL: a bare origin takes the API path, a URL with a path (a signing config's) is used as is, as sigstore-js does. */
function timestampURL(baseURL) {
    return new URL(baseURL).pathname === '/' ? `${baseURL}/api/v1/timestamp` : baseURL;
}
/**
 * The DER of an RFC 3161 TimeStampReq (version 1, no nonce, no certificates asked for, as sigstore-js
 * asks) of a SHA-256 digest. Written out by hand: one fixed 54-byte shape, for which an ASN.1
 * library would be a dependency of its own.
 */
function timeStampRequest(sha256) {
    // MessageImprint: AlgorithmIdentifier { id-sha256 } without parameters (RFC 5754), then the digest.
    const imprint = Buffer.concat([Buffer.from('302f300b0609608648016503040201', 'hex'), Buffer.from([0x04, 0x20]), sha256]);
    return Buffer.concat([Buffer.from([0x30, 0x34, 0x02, 0x01, 0x01]), imprint]);
}
/**
 * An RFC 3161 timestamp authority, sent through `client`; the token's DER is checked by the caller.
 * sigstore-js asks in JSON, which only sigstore's timestamp-authority reads: the request goes as the
 * TimeStampReq every RFC 3161 service takes (`application/timestamp-query`), as cosign sends it.
 */
function routeTimestampAuthority(witness, baseURL, client) {
    const url = timestampURL(baseURL);
    replaceClient(witness, ['tsa', 'tsa'], {
        createTimestamp: async (request) => {
            const digest = typeof request.artifactHash === 'string' ? Buffer.from(request.artifactHash, 'base64') : Buffer.alloc(0);
            if (request.hashAlgorithm !== 'sha256' || digest.length !== 32)
                throw new Error(`sigstore-js asked for a timestamp of a ${String(request.hashAlgorithm)} digest of ${digest.length} bytes, where trust-kit sends SHA-256 ones`);
            // Any type: a timestamp authority answers DER whatever it calls it.
            return (await client.send('POST', url, { body: timeStampRequest(digest), contentType: 'application/timestamp-query', accept: '*/*' })).body;
        },
    });
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/signers.js




/** Signs with a local ECDSA P-256 key; bundles carry the key's hint instead of a certificate. */
class LocalKeySigner {
    key;
    constructor(key) {
        this.key = key;
    }
    async sign(data) {
        return {
            signature: (0,external_node_crypto_.sign)('sha256', data, this.key.privateKey),
            key: { $case: 'publicKey', publicKey: this.key.publicKeyPem, hint: this.key.hint },
        };
    }
}
/** The ephemeral key a keyless session signs with; it never leaves the process. */
class EphemeralKeyHolder {
    privateKey;
    publicKeyPem;
    constructor() {
        const pair = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
        this.privateKey = pair.privateKey;
        this.publicKeyPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    }
    async sign(data) {
        return { signature: (0,external_node_crypto_.sign)('sha256', data, this.privateKey), key: { $case: 'publicKey', publicKey: this.publicKeyPem } };
    }
}
/**
 * Fulcio-backed signing for a whole release: one identity token and one certificate serve every
 * signature the session makes (checksums, statements), so the services see one request each
 * whatever the artifact count. A new certificate is requested only when the current one is about
 * to expire.
 */
class KeylessSigner {
    /** Renew a certificate this long before its notAfter, so a signature never lands outside it. */
    static RENEW_MARGIN_MS = 60_000;
    keyHolder = new EphemeralKeyHolder();
    fulcio;
    certificate;
    /** The certificate request in flight, shared by concurrent signatures. */
    issuing;
    constructor(options) {
        const url = `${options.fulcioURL}/api/v2/signingCert`;
        const inner = new sign_dist/* FulcioSigner */.$o({
            identityProvider: options.identity,
            fulcioBaseURL: options.fulcioURL,
            keyHolder: this.keyHolder,
        });
        routeFulcio(inner, options.fulcioURL, options.client);
        this.fulcio = new ReportingSigner(inner, 'Fulcio', url);
    }
    async sign(data) {
        if (!this.hasValidCertificate()) {
            if (this.issuing === undefined) {
                // The first signature comes back with the certificate; signatures made meanwhile wait for it.
                this.issuing = this.fulcio
                    .sign(data)
                    .then((signature) => this.remember(signature))
                    .finally(() => {
                    this.issuing = undefined;
                });
                return this.issuing;
            }
            await this.issuing;
        }
        const pem = this.certificate?.pem ?? '';
        const signature = await this.keyHolder.sign(data);
        return { signature: signature.signature, key: { $case: 'x509Certificate', certificate: pem } };
    }
    /** The identity (SAN) of the certificate signatures are made with; undefined before the first one. */
    certificateIdentity() {
        return this.certificate?.identity;
    }
    hasValidCertificate() {
        // Wall time, not the injected Clock: certificate validity is about the real world, and a
        // SOURCE_DATE_EPOCH clock frozen in the past would keep an expired certificate forever.
        return this.certificate !== undefined && this.certificate.notAfter - KeylessSigner.RENEW_MARGIN_MS > Date.now();
    }
    remember(signature) {
        if (signature.key.$case !== 'x509Certificate')
            throw new Error('Fulcio answered without a certificate');
        const pem = signature.key.certificate;
        const certificate = new external_node_crypto_.X509Certificate(pem);
        this.certificate = { pem, notAfter: Date.parse(certificate.validTo), identity: subjectAlternativeName(certificate) };
        return signature;
    }
}
/** The first URI or email SAN of a certificate: the identity Fulcio certified. */
function subjectAlternativeName(certificate) {
    // Node lists SANs as `URI:value, email:value`, quoting a value (JSON) when it holds a comma or quote.
    const first = /^(?:URI|email):("(?:[^"\\]|\\.)*"|[^,]*)/.exec(certificate.subjectAltName ?? '')?.[1];
    if (first === undefined || first === '')
        return undefined;
    return first.startsWith('"') ? JSON.parse(first) : first;
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/session.js













/** The public-good instance's services (no TSA by default, as sigstore-js and cosign do). */
const PUBLIC_GOOD_ENDPOINTS = { fulcioURL: 'https://fulcio.sigstore.dev', rekorURL: 'https://rekor.sigstore.dev' };
/**
 * GitHub's instance for a GitHub server URL: `fulcio.githubapp.com` and `timestamp.githubapp.com`
 * for github.com, `fulcio.<tenant>.ghe.com` and `timestamp.<tenant>.ghe.com` for GHE.com tenants.
 */
function githubEndpoints(serverURL = 'https://github.com') {
    const host = new URL(serverURL).host;
    const base = host === 'github.com' ? 'githubapp.com' : host;
    return { fulcioURL: `https://fulcio.${base}`, tsaURL: `https://timestamp.${base}` };
}
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
function assertStatement(statement, name) {
    const problems = [];
    if (statement._type !== IN_TOTO_STATEMENT_V1)
        problems.push(`_type is "${String(statement._type)}", expected "${IN_TOTO_STATEMENT_V1}"`);
    if (!Array.isArray(statement.subject) || statement.subject.length === 0)
        problems.push('it has no subject');
    else if (statement.subject.some((subject) => typeof subject?.name !== 'string' || Object.keys(subject.digest ?? {}).length === 0)) {
        problems.push('a subject lacks a name or a digest');
    }
    if (typeof statement.predicateType !== 'string' || statement.predicateType === '')
        problems.push('predicateType is missing');
    if (problems.length > 0) {
        throw new SignError('SIGN_STATEMENT_INVALID', `the in-toto statement for ${name} is not valid: ${problems.join('; ')}`, {
            hint: 'build statements with the attestation helpers; subjects need a name and a digest',
        });
    }
}
/** The first subject's strongest digest: a DSSE bundle verifies only for a subject of its statement. */
function subjectDigest(statement) {
    const digest = statement.subject[0]?.digest ?? {};
    for (const algorithm of ['sha512', 'sha384', 'sha256']) {
        const hex = digest[algorithm];
        if (hex !== undefined)
            return { digest: { algorithm, hex: hex.toLowerCase() } };
    }
    throw new SignError('SIGN_STATEMENT_INVALID', 'the statement\'s first subject has no sha256, sha384 or sha512 digest', {
        hint: 'give every subject a sha256 digest, as gh attestation verify and cosign expect',
    });
}
/** How long a Rekor v2 log may take to answer: it answers once a checkpoint covers the entry (rekor-tiles asks clients for 20 s). */
const REKOR_V2_TIMEOUT_MS = 20_000;
/**
 * Logs DSSE envelopes in Rekor v2 as rekor-tiles takes them: a `hashedrekord` whose digest is the
 * SHA-256 of the envelope's pre-authentication encoding (rekor-tiles 2.1+ has no `dsse` type;
 * sigstore-js 5 still sends one). Message signatures pass through unchanged.
 */
class RekorV2Witness {
    inner;
    constructor(inner) {
        this.inner = inner;
    }
    async testify(content, publicKey) {
        if (content.$case === 'messageSignature')
            return this.inner.testify(content, publicKey);
        const { payloadType, payload, signatures } = content.dsseEnvelope;
        const digest = (0,external_node_crypto_.createHash)('sha256').update(core_dist.dsse.preAuthEncoding(payloadType, payload)).digest();
        const signature = signatures[0]?.sig ?? Buffer.alloc(0);
        return this.inner.testify({ $case: 'messageSignature', messageSignature: { messageDigest: { algorithm: protobuf_specs_dist.HashAlgorithm.SHA2_256, digest }, signature } }, publicKey);
    }
}
/**
 * The Rekor witness. v1: `hashedrekord` entries for message signatures, `dsse` for statements; on
 * 409 "entry already exists" (a re-run submitting the same entry) it fetches the existing entry.
 * v2: `hashedrekord` entries for both (see {@link RekorV2Witness}).
 */
function rekorWitness(rekorURL, entryType, options, majorApiVersion = 1) {
    const base = serviceBaseURL(rekorURL);
    if (majorApiVersion === 2) {
        const retry = { ...options.retry, timeoutMs: Math.max(options.retry.timeoutMs, REKOR_V2_TIMEOUT_MS) };
        const rekor = new sign_dist/* RekorWitness */.fU({ rekorBaseURL: base, majorApiVersion: 2 });
        routeRekorV2(rekor, base, new ServiceClient('Rekor', { ...options, retry }));
        return new ReportingWitness(new RekorV2Witness(rekor), 'Rekor', `${base}/api/v2/log/entries`);
    }
    const rekor = new sign_dist/* RekorWitness */.fU({ rekorBaseURL: base, entryType });
    routeRekorV1(rekor, base, new ServiceClient('Rekor', options));
    return new ReportingWitness(rekor, 'Rekor', `${base}/api/v1/log/entries`);
}
function keylessWitnesses(endpoints, instance, options, entryType) {
    const witnesses = [];
    if (instance === 'public-good' && endpoints.rekorURL !== undefined)
        witnesses.push(rekorWitness(endpoints.rekorURL, entryType, options, endpoints.rekorApiVersion));
    if (endpoints.tsaURL !== undefined) {
        const base = serviceBaseURL(endpoints.tsaURL);
        const tsa = new sign_dist/* TSAWitness */.gs({ tsaBaseURL: base });
        routeTimestampAuthority(tsa, base, new ServiceClient('TSA', options));
        witnesses.push(new ReportingWitness(tsa, 'TSA', timestampURL(base)));
    }
    return witnesses;
}
/** Builds the signer, witnesses and self-check of a backend. */
function assemble(options) {
    const { backend } = options;
    // One deadline for every service of a signature: the signature's time, not each service's.
    const deadline = options.timeoutMs === undefined ? undefined : new SigningDeadline(options.timeoutMs);
    const services = { retry: options.retry, proxy: options.proxy, deadline };
    if (backend.instance === 'key') {
        const signer = new LocalKeySigner(backend.key);
        return {
            builders: bundleBuilders(signer, [], []),
            expected: () => ({ kind: 'key', publicKey: backend.key.publicKey, source: 'the signing key' }),
            certificateIdentity: () => undefined,
            deadline: undefined,
        };
    }
    if (backend.endpoints.rekorApiVersion === 2 && backend.endpoints.rekorURL !== undefined && backend.endpoints.tsaURL === undefined) {
        throw new SignError('SIGN_TIMESTAMP_AUTHORITY_REQUIRED', `the Rekor v2 log ${backend.endpoints.rekorURL} records no integration time, and no timestamp authority is named to date the signature`, {
            hint: 'give a timestamp authority as well (--tsa-url, input "tsa-url"; or a signing config listing one in tsaUrls)',
        });
    }
    const signer = new KeylessSigner({
        fulcioURL: serviceBaseURL(backend.endpoints.fulcioURL),
        identity: { getToken: () => backend.identity.token() },
        client: new ServiceClient('Fulcio', services),
    });
    return {
        builders: bundleBuilders(signer, keylessWitnesses(backend.endpoints, backend.instance, services, undefined), keylessWitnesses(backend.endpoints, backend.instance, services, 'dsse')),
        expected: () => ({
            kind: 'certificate',
            identity: backend.identity.expectedIdentity,
            issuer: backend.identity.issuer,
            trust: backend.trust,
        }),
        certificateIdentity: () => signer.certificateIdentity(),
        deadline,
    };
}
/**
 * Whether a Rekor v2 log refused an entry as one it holds already. The session's signatures are never
 * repeated (ECDSA signs with a fresh nonce), so only a POST retried after its answer was lost meets
 * this; rekor-tiles, unlike Rekor v1, cannot give the entry back by its content.
 */
function lostRekorV2Entry(error) {
    return error instanceof SigningServiceError && error.service === 'Rekor' && error.status === 409 && error.url.endsWith('/api/v2/log/entries');
}
/**
 * Builds a bundle; when Rekor v2 already holds its entry from an attempt whose answer was lost, signs
 * once more, which makes a new entry (the first stays in the log, unused, as when a job fails after
 * logging). One more time only: the retries inside were the transport's.
 */
async function buildOnce(create) {
    try {
        return await create();
    }
    catch (error) {
        if (!lostRekorV2Entry(error))
            throw error;
        return create();
    }
}
/** Starts a signing session over a backend (nothing is requested until the first signature). */
function createSigningSession(options) {
    const { builders, expected, certificateIdentity, deadline } = assemble(options);
    // Each signature, the Rekor v2 re-sign included, within its own deadline.
    const signature = (create) => (deadline === undefined ? buildOnce(create) : deadline.signature(() => buildOnce(create)));
    const finish = (bundle, artifact, name) => {
        const serialized = serializeBundle(bundle);
        checkBundle(serialized, artifact, expected(), name);
        return { bundle: serialized, text: `${JSON.stringify(serialized)}\n` };
    };
    const session = {
        instance: options.backend.instance,
        certificateIdentity,
        async signBlob(data, name) {
            return finish(await signature(() => builders.blob.create({ data })), { bytes: data }, name);
        },
        async signStatement(statement, name) {
            assertStatement(statement, name);
            const artifact = subjectDigest(statement);
            const data = Buffer.from(JSON.stringify(statement), 'utf8');
            return finish(await signature(() => builders.statement.create({ data, type: IN_TOTO_PAYLOAD_TYPE })), artifact, name);
        },
        async signFile(path, bundlePath = defaultBundlePath(path)) {
            let data;
            try {
                data = await (0,core_files/* readRegularFile */.XF)(path, { maxBytes: core_files/* INPUT_LIMITS */.Ef.artifactWhole, what: 'artifact', unchanged: true });
            }
            catch (error) {
                if ((0,errors/* isTrustKitError */.Nf)(error))
                    throw error;
                const { why, hint } = (0,errors/* readFailure */.f1)(error, 'the file');
                throw new SignError('SIGN_INPUT_UNREADABLE', `cannot read ${path}: ${why}`, { cause: error, hint });
            }
            const signed = await session.signBlob(data, path);
            await (0,core_files/* writeFileAtomic */.qD)(bundlePath, signed.text);
            return bundlePath;
        },
    };
    return session;
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/signing-config.js



/** The media type of the signing configurations trust-kit reads (cosign 3, sigstore-python 4 and sigstore-js read the same). */
const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
/** The major API versions trust-kit's clients speak: Fulcio v1 (its v2 signing-certificate endpoint), Rekor v1 and v2, the TSA v1. */
const SUPPORTED_API_VERSIONS = { ca: [1], tlog: [1, 2], tsa: [1] };
const MAX_SERVICES = 64;
const SELECTORS = new Set(['ALL', 'ANY', 'EXACT']);
function invalid(source, message) {
    throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${source}: ${message}`, {
        hint: `pass a signing configuration with mediaType ${SIGNING_CONFIG_MEDIA_TYPE} (the format of cosign's --signing-config and of the public-good TUF target signing_config.v0.2.json)`,
    });
}
/** A time as protobuf's JSON writes a Timestamp, RFC 3339 with its offset, read as the trusted root's are: `Date`'s own parser took `1` and `December 17, 1995`, and a time without an offset in the machine's time zone. */
function signing_config_time(value, source, where) {
    const date = typeof value === 'string' ? parseRfc3339(value) : undefined;
    if (date === undefined)
        invalid(source, `${where} is ${(0,quote/* quoted */.TL)(value ?? null)}, expected an RFC 3339 time with its offset (2025-04-01T00:00:00Z)`);
    return date;
}
/**
 * The services of one list. A service of an API version trust-kit does not speak (0, "not yet
 * released", also when left out as protobuf's JSON leaves a 0; a later major) is never selected:
 * its URL is not checked, so that a newer client's entry (a `grpc://` log) does not refuse the
 * whole configuration, as cosign 3 and sigstore-go skip it.
 */
function services(value, source, field, supported) {
    // null is absent, as protobuf's JSON mapping (cosign, sigstore-go) and trust-kit's bundle reader take it.
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        invalid(source, `${field} is not a list`);
    if (value.length > MAX_SERVICES)
        invalid(source, `${field} lists ${value.length} services; at most ${MAX_SERVICES} are read`);
    return value.map((entry, index) => {
        const where = `${field}[${index}]`;
        const { url, majorApiVersion: given, validFor, operator } = (typeof entry === 'object' && entry !== null ? entry : {});
        const majorApiVersion = given ?? 0;
        if (typeof majorApiVersion !== 'number' || !Number.isInteger(majorApiVersion) || majorApiVersion < 0)
            invalid(source, `${where}.majorApiVersion is ${(0,quote/* quoted */.TL)(given)}, expected a whole number (0 for a service not yet released)`);
        const { start, end } = (typeof validFor === 'object' && validFor !== null ? validFor : {});
        const times = { validFrom: signing_config_time(start, source, `${where}.validFor.start`), validTo: end === undefined || end === null ? undefined : signing_config_time(end, source, `${where}.validFor.end`) };
        if (!supported.includes(majorApiVersion))
            return { url: typeof url === 'string' ? url : '', majorApiVersion, ...times, operator: typeof operator === 'string' ? operator : '' };
        let parsed;
        try {
            parsed = typeof url === 'string' ? new URL(url) : undefined;
        }
        catch {
            parsed = undefined;
        }
        // The URL parser drops tabs and newlines silently; what a config spells is what is printed and used, so it may hold none.
        if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || [...url].some((char) => char <= ' ' || char === '\u007f'))
            invalid(source, `${where}.url is ${(0,quote/* quoted */.TL)(url ?? null)}, expected an http(s) URL (without blanks or control characters)`);
        if (parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== '')
            invalid(source, `${where}.url must carry no credentials, query string or fragment`);
        return { url: url, majorApiVersion, ...times, operator: typeof operator === 'string' ? operator : '' };
    });
}
/** A list's selector; one left out is refused where the list names services (the spec's SERVICE_SELECTOR_UNDEFINED, which sigstore-go refuses too). */
function selector(value, source, field, listed) {
    if (value === undefined || value === null) {
        if (listed)
            invalid(source, `${field} is missing: say how many of the services listed to use (\`{"selector": "ANY"}\` for one, ALL, or EXACT with a count)`);
        return { selector: 'ANY' };
    }
    const { selector: name, count } = (typeof value === 'object' && value !== null ? value : {});
    if (typeof name !== 'string' || !SELECTORS.has(name))
        invalid(source, `${field}.selector is ${(0,quote/* quoted */.TL)(name ?? null)}, expected ALL, ANY or EXACT`);
    if (name !== 'EXACT')
        return { selector: name };
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
        invalid(source, `${field}.count is ${(0,quote/* quoted */.TL)(count ?? null)}, expected a positive integer with selector EXACT`);
    return { selector: 'EXACT', count };
}
/** Reads a signing configuration (parsed JSON); `source` names it in errors. */
function parseSigningConfig(json, source) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        invalid(source, 'is not a JSON object');
    const document = json;
    if (document['mediaType'] !== SIGNING_CONFIG_MEDIA_TYPE)
        invalid(source, `${document['mediaType'] === undefined ? 'mediaType is missing' : `mediaType is ${(0,quote/* quoted */.TL)(document['mediaType'])}`}, expected ${SIGNING_CONFIG_MEDIA_TYPE}`);
    const rekorTlogUrls = services(document['rekorTlogUrls'], source, 'rekorTlogUrls', SUPPORTED_API_VERSIONS.tlog);
    const tsaUrls = services(document['tsaUrls'], source, 'tsaUrls', SUPPORTED_API_VERSIONS.tsa);
    return {
        source,
        caUrls: services(document['caUrls'], source, 'caUrls', SUPPORTED_API_VERSIONS.ca),
        rekorTlogUrls,
        tsaUrls,
        rekorTlogConfig: selector(document['rekorTlogConfig'], source, 'rekorTlogConfig', rekorTlogUrls.length > 0),
        tsaConfig: selector(document['tsaConfig'], source, 'tsaConfig', tsaUrls.length > 0),
    };
}
/**
 * sigstore-go's SelectServices (what cosign signs with): of the services valid at `now`, those of
 * the highest supported API version that has any, newest first, at most one per operator; then
 * the selector's share of them. ANY takes the newest rather than a random one, so that a release
 * re-run signs with the same services.
 */
function signing_config_select(list, supported, config, now, source, field) {
    const newestFirst = [...list].sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime());
    let chosen = [];
    for (const version of [...supported].sort((a, b) => b - a)) {
        const operators = new Set();
        chosen = newestFirst.filter((service) => {
            // validFor is a closed range: a service is valid at its end too (the spec; sigstore-go).
            if (service.majorApiVersion !== version || service.validFrom > now || (service.validTo !== undefined && service.validTo < now) || operators.has(service.operator))
                return false;
            operators.add(service.operator);
            return true;
        });
        if (chosen.length > 0)
            break;
    }
    if (config.selector === 'ALL')
        return chosen;
    if (config.selector === 'ANY')
        return chosen.slice(0, 1);
    if (chosen.length < config.count)
        invalid(source, `${field} selects exactly ${config.count} services, but only ${chosen.length} of API version ${supported.join(' or ')} are valid at ${now.toISOString()}`);
    return chosen.slice(0, config.count);
}
/** The Fulcio, transparency logs and timestamp authorities to sign with at `now`, as cosign and sigstore-python would choose them. */
function selectServices(config, now) {
    const [ca] = signing_config_select(config.caUrls, SUPPORTED_API_VERSIONS.ca, { selector: 'ANY' }, now, config.source, 'caUrls');
    if (ca === undefined)
        invalid(config.source, `caUrls names no certificate authority of API version ${SUPPORTED_API_VERSIONS.ca.join(', ')} valid at ${now.toISOString()}`);
    const tlogs = signing_config_select(config.rekorTlogUrls, SUPPORTED_API_VERSIONS.tlog, config.rekorTlogConfig, now, config.source, 'rekorTlogUrls');
    if (config.rekorTlogUrls.length > 0 && tlogs.length === 0)
        invalid(config.source, `rekorTlogUrls names no transparency log of API version ${SUPPORTED_API_VERSIONS.tlog.join(' or ')} valid at ${now.toISOString()}`);
    const tsas = signing_config_select(config.tsaUrls, SUPPORTED_API_VERSIONS.tsa, config.tsaConfig, now, config.source, 'tsaUrls');
    if (config.tsaUrls.length > 0 && tsas.length === 0)
        invalid(config.source, `tsaUrls names no timestamp authority of API version ${SUPPORTED_API_VERSIONS.tsa.join(', ')} valid at ${now.toISOString()}`);
    return {
        fulcioURL: ca.url,
        tlogs: tlogs.map((log) => ({ url: log.url, majorApiVersion: log.majorApiVersion })),
        // The full endpoint, posted to as it is: a prefix before /api/v1/timestamp (a TSA behind a gateway) was dropped with it.
        tsaURLs: tsas.map((tsa) => tsa.url),
    };
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/setup.js













/** The environment variables a key passphrase is read from, in order (cosign's name last, for its key files). */
const PASSPHRASE_VARIABLES = ['TRUST_KIT_KEY_PASSPHRASE', 'COSIGN_PASSWORD'];
/**
 * The key passphrase from the first of {@link PASSPHRASE_VARIABLES} set to a non-empty value,
 * taken out of the environment by the intake: checked by name only, so no JavaScript string of
 * it is made (the intake reads it from the environment block on Linux). The later variables are
 * taken out too and wiped unused: left set, every child process (git, a docker credential helper)
 * would inherit a passphrase, and /proc/<pid>/environ would show it.
 */
function takePassphrase(env, setButEmpty) {
    let taken;
    try {
        for (const variable of PASSPHRASE_VARIABLES) {
            if (!(variable in env))
                continue;
            try {
                const secret = secrets/* SecretBuffer */.pP.fromEnv(variable, env);
                if (taken === undefined) {
                    taken = { secret, variable, unused: [] };
                }
                else {
                    secret.destroy();
                    taken.unused.push(variable);
                }
            }
            catch (error) {
                // Set but empty: the next variable may hold it.
                if (!((0,errors/* isTrustKitError */.Nf)(error) && (error.code === 'SECRET_ENV_MISSING' || error.code === 'SECRET_EMPTY')))
                    throw error;
                setButEmpty?.push(variable);
            }
        }
    }
    catch (error) {
        taken?.secret.destroy();
        throw error;
    }
    return taken;
}
/**
 * Reads the key into protected memory, imports it into OpenSSL and wipes it in one call: the
 * KeyObject is what signs from then on, so the file's bytes need none of a longer-lived secret's
 * bookkeeping.
 */
async function readKey(path, env, logger, given) {
    let read = false;
    // As the user gave it (--key, input "key"), quoted as every other path in an error: one with blanks or odd characters is then told whole.
    const shown = (0,quote/* quoted */.TL)(given);
    try {
        const key = await secrets/* SecretBuffer */.pP.useFile(path, { maxBytes: core_files/* INPUT_LIMITS */.Ef.privateKey, what: 'private key', masked: false }, (pem, file) => {
            read = true;
            const empty = [];
            const passphrase = takePassphrase(env, empty);
            let loaded;
            try {
                loaded = passphrase === undefined ? loadSigningKey(pem, undefined, shown) : passphrase.secret.use((pass) => loadSigningKey(pem, pass, shown));
            }
            catch (error) {
                if (passphrase !== undefined && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG')
                    throw wrongPassphraseFrom(passphrase, shown, error);
                if (passphrase === undefined && empty.length > 0 && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_REQUIRED')
                    throw emptyPassphrase(empty, shown, error);
                throw error;
            }
            finally {
                passphrase?.secret.destroy();
            }
            // Once it is known to be a private key: a public key given by mistake is readable by all, as it should be.
            warnIfReadableByOthers(path, file.mode, logger);
            return loaded;
        });
        return key;
    }
    catch (error) {
        // Coded errors of the read (not a regular file, too large, empty) say what is wrong themselves; the file that could not be opened or read is the key's.
        if (read || ((0,errors/* isTrustKitError */.Nf)(error) && error.code !== 'SECRET_FILE_UNREADABLE'))
            throw error;
        const cause = (0,errors/* isTrustKitError */.Nf)(error) ? (error.cause ?? error) : error;
        throw new SignError('SIGN_KEY_INVALID', `cannot read the key ${shown}: ${(0,errors/* systemErrorCode */.vq)(cause) ?? (0,errors/* messageOf */.bD)(cause)}`, {
            cause: error,
            hint: 'check the --key path (input "key"); `trust-kit generate-key-pair` writes trust-kit.key and trust-kit.pub',
        });
    }
}
/** The wrong-passphrase error naming the variable the passphrase came from, and any other one set beside it. */
function wrongPassphraseFrom(taken, shown, cause) {
    const others = taken.unused.join(' and ');
    return new SignError('SIGN_KEY_PASSPHRASE_WRONG', `the passphrase in ${taken.variable} does not decrypt ${shown}`, {
        cause,
        hint: others === ''
            ? `check that the secret in ${taken.variable} belongs to this key file`
            : `${others} is set too, but ${taken.variable} comes first and is the one used: give ${taken.variable} this key's passphrase, or unset it`,
    });
}
/** The passphrase-required error when a passphrase variable is set, but empty: most often a secret that is misspelt or not given to this run. */
function emptyPassphrase(empty, shown, cause) {
    return new SignError('SIGN_KEY_PASSPHRASE_REQUIRED', `${shown} is encrypted, and ${empty.join(' and ')} ${empty.length === 1 ? 'is' : 'are'} set but empty`, {
        cause,
        hint: 'an empty value is most often a secret whose name is misspelt, or one a workflow run does not get (a pull request from a fork gets no secrets): check the secret the variable is set from',
    });
}
/** The trusted root the config names, read and parsed. */
async function readGivenTrust(trustedRoot, context) {
    let text;
    try {
        text = (await (0,core_files/* readRegularFile */.XF)((0,external_node_path_.resolve)(context.cwd, trustedRoot), { maxBytes: core_files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'trusted root', shown: trustedRoot })).toString('utf8');
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        // Given, but unreadable: the code verification gives such a file (SIGN_TRUSTED_ROOT_REQUIRED is for none given).
        throw new errors_VerifyError('SIGSTORE_INPUT_UNREADABLE', `cannot read the trusted root ${trustedRoot}: ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'check the --trusted-root path (input "trusted-root")',
        });
    }
    return loadTrustMaterial(text, trustedRoot);
}
/** The instance's own trust material, when no trusted root is given: through TUF for public-good and github.com, refused otherwise. */
async function readInstanceTrust(config, context, instance) {
    if (instance === 'public-good' && config.fulcioURL === undefined && config.rekorURL === undefined && config.signingConfig === undefined)
        return loadPublicGoodTrustMaterial({ proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(context.env), logger: context.logger, purpose: 'sign' });
    // GitHub's TUF repository vouches for github.com's instance only: custom URLs or a GitHub Enterprise Server are other deployments.
    const githubDotCom = context.github !== undefined || new URL(context.run.serverURL).host === 'github.com';
    if (instance === 'github' && config.fulcioURL === undefined && config.tsaURL === undefined && config.signingConfig === undefined && githubDotCom)
        return loadGitHubTrustMaterial({ ...context.github?.tuf, proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(context.env), logger: context.logger, purpose: 'sign' });
    const what = config.signingConfig !== undefined
        ? `the services of the signing config ${config.signingConfig}`
        : instance === 'github' ? `GitHub's instance at ${config.fulcioURL === undefined && config.tsaURL === undefined ? context.run.serverURL : 'custom URLs'}` : 'a custom Fulcio';
    throw new SignError('SIGN_TRUSTED_ROOT_REQUIRED', `signing with ${what} needs its trusted root, to verify every bundle before it is written`, {
        hint: instance === 'github'
            ? 'write it with `gh attestation trusted-root > trusted_root.jsonl` (gh is on GitHub\'s runners; it lists GitHub\'s instance) and pass `trusted-root: trusted_root.jsonl` (CLI: --trusted-root)'
            : 'pass the trusted_root.json of your Sigstore deployment with --trusted-root (input "trusted-root")',
    });
}
/** The certificate identity Fulcio issues for a token, when the claims determine it. */
function expectedIdentity(token, serverURL) {
    const { claims } = token;
    if (typeof claims.job_workflow_ref === 'string' && claims.job_workflow_ref !== '')
        return `${serverURL.replace(/\/+$/, '')}/${claims.job_workflow_ref}`;
    if (typeof claims.email === 'string' && claims.email !== '')
        return claims.email;
    return undefined;
}
/**
 * The repository (`owner/name`) a GitHub Actions token on github.com was minted for, which Fulcio
 * writes into the certificate's source repository extensions; undefined for other issuers and servers.
 */
function sourceRepository(token, serverURL) {
    const { repository, iss } = token.claims;
    if (iss !== verify_policy/* GITHUB_ACTIONS_ISSUER */.qQ || serverURL.replace(/\/+$/, '') !== 'https://github.com')
        return undefined;
    return typeof repository === 'string' && /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository) ? repository : undefined;
}
/**
 * The keyless instance for a run: the configured one, or (auto) public-good for public
 * repositories and GitHub's for private and internal ones. The token's claim is minted now, while
 * a re-run replays the event payload of the first run (the repository may have gone private
 * since): any source saying private or internal wins. When visibility is unknown inside Actions,
 * GitHub's: a private repository's name must never reach the public log by accident.
 */
function keylessInstance(config, run, insideActions, token, logger) {
    const claimed = token.claims.repository_visibility;
    const stated = [claimed === 'public' || claimed === 'private' || claimed === 'internal' ? claimed : undefined, run.visibility].filter((value) => value !== undefined);
    const visibility = stated.find((value) => value !== 'public') ?? stated[0];
    if (config.instance === 'public-good' && (visibility === 'private' || visibility === 'internal')) {
        logger.warn(`the repository is ${visibility}, and instance "public-good" records its name and workflow in the public transparency log (use instance "github" or "auto" to keep it out)`);
    }
    if (config.instance === 'public-good' || config.instance === 'github')
        return config.instance;
    if (visibility === 'public')
        return 'public-good';
    if (visibility !== undefined || insideActions)
        return 'github';
    return 'public-good';
}
function endpointsFor(config, instance, context, fromSigningConfig) {
    if (fromSigningConfig !== undefined)
        return signingConfigEndpoints(fromSigningConfig, instance);
    const defaults = instance === 'public-good' ? PUBLIC_GOOD_ENDPOINTS : (context.github?.endpoints ?? githubEndpoints(context.run.serverURL));
    return {
        fulcioURL: config.fulcioURL ?? defaults.fulcioURL,
        rekorURL: instance === 'public-good' ? (config.rekorURL ?? defaults.rekorURL) : undefined,
        ...(instance === 'public-good' && config.rekorURL !== undefined ? { rekorApiVersion: config.rekorVersion } : {}),
        tsaURL: config.tsaURL ?? defaults.tsaURL,
    };
}
/**
 * Fails with SIGN_SERVICE_INSECURE for a Fulcio reached over plain HTTP on another host than this
 * one: the certificate request carries the job's identity token, which anyone on the way could
 * then sign as the workflow with until it expires. A loopback Fulcio (a test deployment) is
 * allowed, as a loopback registry is.
 */
function refuseTokenInTheClear(fulcioURL, signingConfig) {
    const url = URL.parse(fulcioURL);
    if (url === null || !(0,core_proxy/* inTheClearOffMachine */.Eb)(url))
        return;
    throw new SignError('SIGN_SERVICE_INSECURE', `the Fulcio ${url.origin}${signingConfig === undefined ? '' : ` that ${signingConfig} names`} is reached over plain HTTP, and the certificate request would carry the identity token in the clear`, {
        hint: `use the Fulcio's https:// URL${signingConfig === undefined ? ' in --fulcio-url (input "fulcio-url")' : ` in ${signingConfig}`} (plain HTTP is taken only on this machine's loopback, for a test deployment)`,
    });
}
/**
 * The services a signing configuration selects now, by the rule cosign and sigstore-python follow:
 * the newest valid service of the highest API version trust-kit speaks, so a configuration listing
 * a Rekor v2 log next to a v1 one signs with v2. Whatever the instance, so that a configuration
 * trust-kit cannot follow is refused before the identity token is asked for.
 */
async function readSigningConfig(path, context) {
    let text;
    try {
        // A byte order mark (an editor's on Windows) is dropped, as the trusted root's is.
        text = (await (0,core_files/* readRegularFile */.XF)((0,external_node_path_.resolve)(context.cwd, path), { maxBytes: core_files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'signing config', shown: path })).toString('utf8').replace(/^\uFEFF/, '');
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `cannot read the signing config ${path}: ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`, { cause: error, hint: 'check the --signing-config path (input "signing-config")' });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${path}: not JSON: ${jsonSyntaxProblem(text, error)}`, { cause: error, hint: 'pass a signing config (v0.2 JSON), as cosign\'s --signing-config takes' });
    }
    // JSON.parse keeps the last of two equal keys, cosign's reader (protobuf JSON) refuses them: a config read two ways would sign with other services.
    const fault = jsonFault(text);
    if (fault !== undefined)
        throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${path} ${describeJsonFault(fault)}`, { hint: JSON_FAULT_HINT });
    const selected = selectServices(parseSigningConfig(json, path), new Date());
    if (selected.tlogs.length > 1 || selected.tsaURLs.length > 1) {
        throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${path} selects ${selected.tlogs.length} transparency logs and ${selected.tsaURLs.length} timestamp authorities; trust-kit signs with at most one of each`, {
            hint: 'use the selector ANY (or EXACT with count 1) in rekorTlogConfig and tsaConfig',
        });
    }
    const [tlog] = selected.tlogs;
    if (tlog?.majorApiVersion === 2 && selected.tsaURLs.length === 0) {
        throw new SignError('SIGN_TIMESTAMP_AUTHORITY_REQUIRED', `${path} selects the Rekor v2 log ${tlog.url}, which records no integration time, and names no timestamp authority to date the signature`, {
            hint: 'list a timestamp authority in the signing config\'s tsaUrls',
        });
    }
    return { path, fulcioURL: selected.fulcioURL, tlog, tsaURL: selected.tsaURLs[0] };
}
/** Refuses a signing configuration that names a log for GitHub's instance, which keeps a private repository's name out of logs. */
function refuseLogOnGitHub(services, instance) {
    const { path, tlog } = services;
    if (tlog === undefined || instance !== 'github')
        return;
    throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${path} names the transparency log ${tlog.url}, but the instance is GitHub's, which keeps a private repository's name out of public logs`, {
        hint: 'use instance "public-good" to log, or a signing config without rekorTlogUrls',
    });
}
/**
 * Refuses, before any certificate is asked for, a signing configuration whose bundles could not
 * verify: one that selects neither a log nor a timestamp authority (nothing would show the
 * signature was made within the certificate's ten minutes), or no log the instance writes to while
 * the trusted root lists logs (its verifiers want an entry in one). Either failed only at the
 * bundle's self-check, after Fulcio and the TSA had been used.
 */
function refuseUnverifiableServices(services, trust) {
    // GitHub's instance with a log was refused before (refuseLogOnGitHub): a log selected is one written to.
    const logs = services.tlog !== undefined;
    const hint = 'list a transparency log in the signing config\'s rekorTlogUrls (or verify with the deployment\'s own trusted root, which lists none), and a timestamp authority in tsaUrls';
    if (!logs && services.tsaURL === undefined) {
        throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${services.path} selects neither a transparency log nor a timestamp authority: nothing would show the signature was made while its certificate (valid ten minutes) was`, { hint });
    }
    const listed = trust.roots.flatMap((root) => root.tlogs.map((log) => log.baseUrl));
    if (!logs && listed.length > 0) {
        throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${services.path} selects no transparency log, but the trusted root lists ${(0,quote/* boundedList */.Y4)(listed)}: its verifiers want an entry in one, so the bundles would not verify`, { hint });
    }
}
/** The endpoints of a signing configuration's services, for the instance the token chose. */
function signingConfigEndpoints(services, instance) {
    refuseLogOnGitHub(services, instance);
    const { tlog } = services;
    return { fulcioURL: services.fulcioURL, rekorURL: tlog?.url, rekorApiVersion: tlog?.majorApiVersion, tsaURL: services.tsaURL };
}
/**
 * How logs and summaries name who signs. A Fulcio or Rekor URL replaces the instance's certificate
 * authority or log, so the signature comes from a custom deployment, not the instance; a TSA URL
 * alone only adds (or swaps) the timestamp authority.
 */
function deploymentName(config, instance) {
    if (config.signingConfig !== undefined)
        return `the Sigstore deployment of ${config.signingConfig}`;
    if (config.fulcioURL !== undefined || config.rekorURL !== undefined)
        return 'a custom Sigstore deployment';
    const name = instance === 'public-good' ? 'the public-good Sigstore instance' : 'GitHub\'s Sigstore instance';
    return config.tsaURL === undefined ? name : `${name} with a custom timestamp authority`;
}
/**
 * Warns when other users of the machine may read the key file (group or world permission bits),
 * as ssh refuses such a key: an unencrypted key is theirs to sign with, an encrypted one theirs to
 * attack offline. A warning rather than a refusal, since cosign reads such files without a word.
 */
function warnIfReadableByOthers(path, mode, logger) {
    // Windows has no POSIX permission bits: Node reports every readable file as 0666 or 0444 there.
    if (process.platform === 'win32' || (mode & 0o077) === 0)
        return;
    logger.warn(`the private key ${(0,quote/* quoted */.TL)(path)} can be read by other users of this machine (mode 0${(mode & 0o777).toString(8).padStart(3, '0')}); restrict it with \`chmod 600\` on that file`);
}
/**
 * Reads and decrypts the configured key (taking its passphrase out of the environment), so that a
 * run can learn before any work that the key or passphrase is wrong; {@link openSigningSession}
 * then signs with it (`context.key`).
 */
function readSigningKeyFile(keyPath, context) {
    return readKey(resolve(context.cwd, keyPath), context.env, context.logger, keyPath);
}
/**
 * Opens the signing session a config asks for: a local key when one is given, keyless otherwise
 * (fetching the identity token once). Without a token, `on-missing-token` decides: fail throws
 * a coded error naming the permission to add, warn and skip return no session. The signing config
 * and trusted root given are read and checked first, whether or not a token comes.
 */
async function openSigningSession(config, context) {
    if (config.key !== undefined) {
        const key = context.key ?? (await readKey((0,external_node_path_.resolve)(context.cwd, config.key), context.env, context.logger, config.key));
        return {
            session: createSigningSession({ backend: { instance: 'key', key }, retry: config.retry }),
            description: `the local key ${config.key} (hint ${key.hint})`,
            signer: { kind: 'key', hint: key.hint, source: config.key },
            trust: undefined,
            close: () => { },
        };
    }
    // What the user gave is read and checked before the token is asked for: a broken file is reported
    // whether or not a token comes, not only once one does (nor never, when on-missing-token skips).
    const fromSigningConfig = config.signingConfig === undefined ? undefined : await readSigningConfig(config.signingConfig, context);
    // The instance the token would choose is known already when it is named.
    if (fromSigningConfig !== undefined && config.instance === 'github')
        refuseLogOnGitHub(fromSigningConfig, 'github');
    const fulcioURL = fromSigningConfig?.fulcioURL ?? config.fulcioURL;
    if (fulcioURL !== undefined)
        refuseTokenInTheClear(fulcioURL, config.signingConfig);
    const givenTrust = config.trustedRoot === undefined ? undefined : await readGivenTrust(config.trustedRoot, context);
    const token = context.token ?? (await requestIdToken({ env: context.env, retry: config.retry, renewable: true }));
    if (token === undefined) {
        const error = missingTokenError(context.env, context.run.payload);
        if (config.onMissingToken === 'fail')
            throw error;
        // The reason without "nothing was signed": the summaries that show it say so themselves.
        const reason = `${error.message} (on-missing-token: ${config.onMissingToken})`;
        const line = `${error.message}; nothing was signed (on-missing-token: ${config.onMissingToken})`;
        if (config.onMissingToken === 'warn')
            context.logger.warn(line);
        else
            context.logger.info(line);
        return { session: undefined, reason };
    }
    const instance = keylessInstance(config, context.run, context.run.payload !== undefined || context.env.GITHUB_ACTIONS === 'true', token, context.logger);
    // A workflow naming a log for its public repositories signs a private one off it, on purpose: said, not done in silence.
    if (instance === 'github' && config.rekorURL !== undefined) {
        context.logger.warn(`instance "auto" chose GitHub's instance (the repository is not known to be public), which writes no transparency log: the Rekor URL ${config.rekorURL} is not used, so that a private repository's name never reaches a log; set instance "public-good" to log it`);
    }
    let endpoints;
    let trust;
    try {
        endpoints = endpointsFor(config, instance, context, fromSigningConfig);
        // A GitHub Enterprise Server's own Fulcio, found from its URL, may be plain HTTP too.
        refuseTokenInTheClear(endpoints.fulcioURL, config.signingConfig);
        trust = givenTrust ?? (await readInstanceTrust(config, context, instance));
        if (fromSigningConfig !== undefined)
            refuseUnverifiableServices(fromSigningConfig, trust);
    }
    catch (error) {
        token.secret.destroy();
        token.renewal?.forget();
        throw error;
    }
    // A certificate asked for after the runner's token expired (GitHub's live five minutes, Fulcio's ten) takes a new token.
    let current = token;
    const identity = {
        token: async () => {
            current = await unexpiredToken(current, Date.now());
            return current.secret.use((jwt) => jwt.toString('latin1'));
        },
        expectedIdentity: expectedIdentity(token, context.run.serverURL),
        issuer: token.claims.iss,
    };
    const name = deploymentName(config, instance);
    const session = createSigningSession({ backend: { instance, endpoints, identity, trust }, retry: config.retry, proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(context.env), timeoutMs: config.timeoutMs });
    return {
        session,
        get signer() {
            return {
                kind: 'certificate',
                identity: identity.expectedIdentity ?? session.certificateIdentity(),
                issuer: identity.issuer,
                repository: sourceRepository(token, context.run.serverURL),
                sourceRef: sourceRepository(token, context.run.serverURL) !== undefined && typeof token.claims.ref === 'string' && token.claims.ref.startsWith('refs/') ? token.claims.ref : undefined,
                rekorV2: endpoints.rekorURL !== undefined && endpoints.rekorApiVersion === 2,
                unlogged: endpoints.rekorURL === undefined,
            };
        },
        trust,
        claims: token.claims,
        close: () => {
            current.secret.destroy();
            current.renewal?.forget();
        },
        description: `${name} (Fulcio ${endpoints.fulcioURL}${endpoints.rekorURL === undefined ? '' : `, Rekor${endpoints.rekorApiVersion === 2 ? ' v2' : ''} ${endpoints.rekorURL}`}${endpoints.tsaURL === undefined ? '' : `, TSA ${endpoints.tsaURL}`}) as ${identity.expectedIdentity ?? token.claims.sub ?? 'the token\'s subject'}`,
    };
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/index.js






/** Signs an in-toto statement as a v0.3 DSSE bundle with a session's identity (what attestations are built on). */
function signStatement(session, statement, name) {
    return session.signStatement(statement, name);
}

;// CONCATENATED MODULE: ./lib/attest/errors.js

/** A failure to build an attestation: bad subjects or a bad predicate, found before anything is signed. */
class AttestError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'AttestError';
    }
}
/**
 * The error for provenance asked for in a job without a token, saying why there is none as `why`
 * (the signing token's diagnosis: a fork's pull request, a request token removed, no permission)
 * does, with its hint; without it, that the job has no token endpoint.
 */
function provenanceUnavailable(why) {
    const reason = why === undefined ? 'this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is not set)' : `there is none: ${why.message.replace(/^no OIDC identity token: /, '')}`;
    return new AttestError('ATTEST_PROVENANCE_UNAVAILABLE', `SLSA provenance needs the GitHub Actions job's OIDC token, and ${reason}`, {
        hint: why?.hint ?? 'attest provenance in a GitHub Actions job with `id-token: write` under `permissions:`; elsewhere attest an SBOM or a custom predicate',
    });
}

;// CONCATENATED MODULE: ./lib/attest/statement.js



/** The `_type` of an in-toto Statement v1. */
const statement_IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The most subjects one statement lists: GitHub's attestations API and actions/attest take 1,024. */
const MAX_SUBJECTS_PER_STATEMENT = 1024;
/** The largest predicate attested, as serialized JSON: GitHub's limit for predicates and SBOMs (16 MB). */
const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;
/**
 * The predicate's bytes times the statements it goes into, at most: a run holds every bundle until
 * its files are written together, and 60 statements of a 2 MB predicate took 1 GB of memory.
 */
const MAX_STATEMENTS_PREDICATE_BYTES = 64 * 1024 * 1024;
/** The bytes one subject adds to a statement's JSON: its object and the comma after it. */
function subjectJsonBytes(subject) {
    return Buffer.byteLength(JSON.stringify(subject), 'utf8') + 1;
}
/**
 * The least an attestation file holds for statements of this many JSON bytes: each is base64-encoded
 * in its DSSE envelope (4 bytes for every 3), before any signature, certificate or log entry.
 */
function leastAttestationFileBytes(statementBytes) {
    return Math.ceil(statementBytes / 3) * 4;
}
/** The message of ATTEST_TOO_MANY_SUBJECTS when the subjects' JSON alone makes the attestation file larger than its verifier reads. */
function tooLargeForOneFile(what, leastBytes, maxFileBytes = core_files/* INPUT_LIMITS */.Ef.attestationLines) {
    return new AttestError('ATTEST_TOO_MANY_SUBJECTS', `${what} make an attestation file of at least ${leastBytes} bytes, more than the ${maxFileBytes} bytes verify-attestation reads from one file; nothing was signed`, {
        hint: 'attest the subjects in several runs of fewer subjects (a checksums file for each), or give them shorter names',
    });
}
/** Whether a string is an absolute URI, as in-toto requires of predicate types: no white space and no control character (C0 or C1), which no URI holds. */
function isPredicateTypeURI(value) {
    // eslint-disable-next-line no-control-regex -- the control characters are what is refused
    return /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s\u0000-\u001f\u007f-\u009f]+$/.test(value) && value.length <= 1024;
}
/** Throws ATTEST_PREDICATE_TOO_LARGE when a predicate's serialized size passes the limit; `what` names it. */
function assertPredicateSize(bytes, what) {
    if (bytes > MAX_PREDICATE_BYTES) {
        throw new AttestError('ATTEST_PREDICATE_TOO_LARGE', `${what} is ${bytes} bytes, more than the ${MAX_PREDICATE_BYTES} bytes (16 MB) a predicate may have; nothing was signed`, {
            hint: 'GitHub refuses larger attestations; attest a smaller document (e.g. an SBOM without file-level entries)',
        });
    }
}
/**
 * In-toto statements over subjects with one predicate: as few statements as the per-statement
 * subject cap allows (or one per subject), each listing its subjects in name order. The
 * predicate's serialized size is checked once, before any statement exists.
 */
function buildStatements(subjects, predicate, options = {}) {
    if (!isPredicateTypeURI(predicate.predicateType)) {
        throw new AttestError('ATTEST_PREDICATE_TYPE_INVALID', `the predicate type ${(0,quote/* quoted */.TL)(predicate.predicateType, 200)} is not an absolute URI`, {
            hint: 'predicate types are URIs such as https://slsa.dev/provenance/v1 or https://example.com/my-predicate/v1',
        });
    }
    const predicateBytes = Buffer.byteLength(JSON.stringify(predicate.predicate), 'utf8');
    assertPredicateSize(predicateBytes, `the ${predicate.predicateType} predicate`);
    if (subjects.length === 0)
        throw new AttestError('ATTEST_NO_SUBJECTS', 'a statement needs at least one subject', { hint: 'name the artifacts to attest' });
    const size = options.perSubject === true ? 1 : Math.max(1, Math.min(options.maxSubjects ?? MAX_SUBJECTS_PER_STATEMENT, MAX_SUBJECTS_PER_STATEMENT));
    const count = Math.ceil(subjects.length / size);
    // One .intoto.jsonl of more statements than verify-attestation reads from a file would verify for none of its subjects.
    if (count > core_files/* INPUT_LIMITS */.Ef.attestationBundles) {
        throw new AttestError('ATTEST_TOO_MANY_SUBJECTS', `${subjects.length} subjects make ${count} statements, more than the ${core_files/* INPUT_LIMITS */.Ef.attestationBundles} one attestation file may hold (verify-attestation reads no more from one file); nothing was signed`, {
            hint: 'attest the subjects together (without per-subject: 1,024 to a statement), or in several runs of fewer subjects',
        });
    }
    // Every statement carries the whole predicate, and a run holds each signed (several copies) until its files are written.
    if (count * predicateBytes > MAX_STATEMENTS_PREDICATE_BYTES) {
        throw new AttestError('ATTEST_PREDICATE_TOO_LARGE', `the ${predicate.predicateType} predicate (${predicateBytes} bytes) in each of ${count} statements is more than the ${MAX_STATEMENTS_PREDICATE_BYTES} bytes (64 MiB) one run signs; nothing was signed`, {
            hint: options.perSubject === true ? 'attest the subjects together (without per-subject), or in several runs of fewer subjects' : 'attest fewer subjects in a run, or a smaller document',
        });
    }
    // Statements never signed into a file that verify-attestation would refuse to read (nor into a string too long to write).
    let subjectBytes = 0;
    for (const subject of subjects)
        subjectBytes += subjectJsonBytes(subject);
    const leastBytes = leastAttestationFileBytes(subjectBytes + count * predicateBytes);
    if (leastBytes > core_files/* INPUT_LIMITS */.Ef.attestationLines)
        throw tooLargeForOneFile(`${subjects.length} subjects in ${count} statements`, leastBytes);
    const statements = [];
    for (let start = 0; start < subjects.length; start += size) {
        statements.push({
            _type: statement_IN_TOTO_STATEMENT_V1,
            subject: subjects.slice(start, start + size).map((subject) => ({ name: subject.name, digest: { ...subject.digest } })),
            predicateType: predicate.predicateType,
            predicate: predicate.predicate,
        });
    }
    return statements;
}

;// CONCATENATED MODULE: ./lib/attest/predicates/custom.js



/** Any JSON object as a predicate of a type the user names (as `cosign attest-blob --type <URI>` takes it). */
function customPredicate(document, predicateType) {
    if (!isPredicateTypeURI(predicateType)) {
        throw new AttestError('ATTEST_PREDICATE_TYPE_INVALID', `the predicate type ${(0,quote/* quoted */.TL)(predicateType, 200)} is not an absolute URI`, {
            hint: 'name custom predicates by a URI you control, e.g. https://example.com/attestations/test-results/v1',
        });
    }
    return { predicateType, predicate: document };
}

;// CONCATENATED MODULE: ./lib/attest/predicates/cyclonedx/v1.js


/** The predicate type of a CycloneDX SBOM attestation (one URI for every 1.x specification version). */
const CYCLONEDX_BOM = 'https://cyclonedx.org/bom';
/** A CycloneDX 1.x JSON BOM as the predicate of an SBOM attestation; `name` identifies it in errors, `typed` says the user named the type (the hint may then say to change it). */
function cyclonedxV1(document, name, typed = true) {
    if (document.bomFormat !== 'CycloneDX' || typeof document.specVersion !== 'string' || !/^1\.\d+$/.test(document.specVersion)) {
        throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is not a CycloneDX 1.x JSON BOM (bomFormat ${(0,quote/* quoted */.TL)(document.bomFormat ?? null)}, specVersion ${(0,quote/* quoted */.TL)(document.specVersion ?? null)})`, {
            hint: `attest the CycloneDX JSON trust-kit writes (\`trust-kit sbom --format cyclonedx-json\`)${typed ? ', or use --type spdx for an SPDX document' : ''}`,
        });
    }
    return { predicateType: CYCLONEDX_BOM, predicate: document };
}

;// CONCATENATED MODULE: ./lib/attest/predicates/spdx/v2.js


/** The predicate type of an SPDX 2.3 SBOM attestation, as GitHub and cosign name it. */
const SPDX_DOCUMENT_V2_3 = 'https://spdx.dev/Document/v2.3';
/**
 * An SPDX 2.x JSON document (2.2 or 2.3, the versions with a JSON format) as the predicate of an
 * SBOM attestation, typed `https://spdx.dev/Document/v<version>` as GitHub's actions/attest types
 * it, so that `gh attestation verify --predicate-type` finds it; `name` identifies it in errors;
 * `typed` when the user named the type (`--type spdx`), which the hint may then say to change.
 */
function spdxV2(document, name, typed = true) {
    const version = typeof document.spdxVersion === 'string' ? /^SPDX-(2\.[23])$/.exec(document.spdxVersion)?.[1] : undefined;
    if (version === undefined || typeof document.SPDXID !== 'string') {
        throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is not an SPDX 2.2 or 2.3 JSON document (spdxVersion ${(0,quote/* quoted */.TL)(document.spdxVersion ?? null)})`, {
            // A document read as an SBOM of either kind (the attest action's sbom-path) said it is SPDX: no --type to change.
            hint: `attest the SPDX JSON trust-kit writes (\`trust-kit sbom --format spdx-json\`)${typed ? ', or use --type cyclonedx for a CycloneDX BOM' : ''}`,
        });
    }
    return { predicateType: `https://spdx.dev/Document/v${version}`, predicate: document };
}

;// CONCATENATED MODULE: ./lib/attest/predicates/index.js











/** The kinds of attestation trust-kit makes: SLSA provenance from the run, or a predicate document. */
const ATTESTATION_TYPES = (/* unused pure expression or super */ null && (['slsaprovenance', 'spdx', 'cyclonedx', 'custom']));
/** Numbers worth a second look: long digit runs or three-digit exponents, which may not survive as JavaScript numbers. */
const LARGE_NUMBER_HINT = /\d{16}|[eE][+-]?\d{3}/;
/**
 * A JSON number token whose value is not the number it spells: an integer past 2^53 (rounded) or a
 * number past the double range (Infinity, which JSON.stringify writes as null).
 */
function alteredNumber(source, value) {
    if (!Number.isFinite(value))
        return true;
    return /^-?\d+$/.test(source) && BigInt(source) !== BigInt(value);
}
function parseDocument(bytes, name) {
    assertPredicateSize(bytes.byteLength, name);
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Decoded leniently, bytes that are not UTF-8 would be signed as U+FFFD: the statement would not say what the file says.
    if (!(0,external_node_buffer_.isUtf8)(buffer))
        throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is not UTF-8 text (JSON is): what is not would be signed as U+FFFD, not as the file has it`, { hint: 'save the document as UTF-8, then attest again' });
    const text = buffer.toString('utf8');
    let document;
    let altered;
    // Only a document with a number that may not survive pays for a reviver (an SBOM of 16 MB would be parsed twice as slowly).
    const reviver = LARGE_NUMBER_HINT.test(text)
        ? (_key, value, context) => {
            if (typeof value === 'number' && context.source !== undefined && alteredNumber(context.source, value))
                altered ??= context.source;
            return value;
        }
        : undefined;
    try {
        document = JSON.parse(text, reviver);
    }
    catch (error) {
        // V8's message quotes the bytes around the fault: the file's, which may hold terminal escapes (jsonSyntaxProblem keeps them printable).
        const line = jsonErrorLine(text, error instanceof Error ? error.message : String(error));
        // Placed at its line, an action's failure is annotated there, as a checksums file's is.
        throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is not JSON: ${jsonSyntaxProblem(text, error)}`, { cause: error, hint: 'a predicate is one JSON object', place: { file: name, ...(line === undefined ? {} : { line }) } });
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is JSON, but not an object`, { hint: 'a predicate is one JSON object' });
    }
    if (altered !== undefined) {
        throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} holds the number ${altered.slice(0, 100)}, which no JSON reader keeps as written (past 2^53, or past the largest double): it would be signed as another number`, { hint: 'write such a number as a string, then attest again' });
    }
    // JSON.parse keeps the last of two equal keys, other readers the first: the statement would sign one reading of the file.
    const fault = jsonFault(text);
    if (fault?.kind === 'repeated-key') {
        throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} ${describeJsonFault(fault)}; readers differ on which value it has`, { hint: 'keep one of the two values, then attest again' });
    }
    if (fault !== undefined)
        throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} ${describeJsonFault(fault)}`, { hint: 'no SBOM or predicate nests that deep; check that this is the document you meant' });
    return document;
}
/**
 * A predicate from a document's bytes: the size is checked before parsing (over 16 MB is an error
 * before anything is read into objects or signed), then the JSON, then the type's own shape.
 * `name` identifies the document in errors; `predicateType` is required for custom predicates.
 */
function predicateFromDocument(type, bytes, name, predicateType) {
    const document = parseDocument(bytes, name);
    if (type === 'spdx')
        return spdxV2(document, name);
    if (type === 'cyclonedx')
        return cyclonedxV1(document, name);
    if (predicateType === undefined) {
        throw new AttestError('ATTEST_PREDICATE_TYPE_INVALID', `a custom predicate (${name}) needs a predicate type`, { hint: 'pass --predicate-type URI (action input predicate-type)' });
    }
    return customPredicate(document, predicateType);
}
/** An SBOM attestation's predicate from an SPDX or CycloneDX JSON document, told apart by its content. */
function predicateFromSbom(bytes, name) {
    const document = parseDocument(bytes, name);
    // The document said which SBOM it is: no type to pick instead.
    if ('spdxVersion' in document)
        return spdxV2(document, name, false);
    if ('bomFormat' in document)
        return cyclonedxV1(document, name, false);
    throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is neither an SPDX nor a CycloneDX JSON SBOM`, { hint: 'give the SPDX 2.2 or 2.3 or CycloneDX JSON file an SBOM tool wrote' });
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/local.js
var local = __webpack_require__(9068);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var jwt_verify = __webpack_require__(4490);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var util_errors = __webpack_require__(5674);
;// CONCATENATED MODULE: ./lib/github/claims.js








/** An OIDC token whose claims cannot be trusted: not signed by the issuer, expired, for another audience. */
class ClaimsError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'ClaimsError';
    }
}
/** The issuer of GitHub Actions tokens on github.com. */
const GITHUB_ACTIONS_TOKEN_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The audience provenance claims are requested for when no Sigstore token is taken from the runner
 * (signing with a key or `SIGSTORE_ID_TOKEN`): GitHub's own provenance asks for `nobody`, so a
 * token leaked from it can sign nothing (Fulcio takes `sigstore` only).
 */
const PROVENANCE_AUDIENCE = 'nobody';
const REQUIRED_CLAIMS = ['sub', 'repository', 'repository_id', 'repository_owner_id', 'ref', 'sha', 'event_name', 'workflow_ref', 'job_workflow_ref', 'run_id', 'run_attempt', 'runner_environment'];
/** Discovery documents and JWKS are a few KiB; anything near this is not one. */
const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** Seconds of clock skew between this runner and the issuer that do not make a fresh token expired. */
const CLOCK_TOLERANCE_SECONDS = 60;
class claims_TransientStatus extends Error {
    status;
    retryAfterMs;
    constructor(status, retryAfterMs) {
        super(`HTTP ${status}`);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The issuer's document refused by the runner's proxy: no retry helps, its credentials do. */
function claims_proxyRefusal(url, what, cause) {
    return new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) was refused by the proxy: HTTP 407 Proxy Authentication Required`, { ...(cause === undefined ? {} : { cause }), hint: proxy_tunnel/* PROXY_AUTH_HINT */.ME });
}
async function fetchJSON(url, what, options) {
    const client = options.fetch ?? (0,proxied_fetch/* proxiedFetch */.iR)(options.proxy);
    const body = await (0,core_retry/* withRetry */.bD)(options.retry, () => (0,http/* timedAttempt */.Hh)((0,http/* originOf */.yv)(url), options.retry.timeoutMs, async (signal) => {
        const response = await client(url, { headers: { Accept: 'application/json' }, signal, redirect: 'error' });
        // An error reply is not read: its connection is closed rather than drained.
        if (response.status === 408 || response.status === 429 || response.status >= 500) {
            await response.body?.cancel();
            throw new claims_TransientStatus(response.status, (0,core_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')));
        }
        if (response.status === 407) {
            await response.body?.cancel();
            throw claims_proxyRefusal(url, what);
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) failed: HTTP ${response.status}`, { hint: 'the token issuer did not serve its keys; re-run the job, or check --oidc-discovery-url' });
        }
        const bytes = await readCapped(response, url);
        return bytes;
    }), (error) => {
        // A redirect is the issuer's answer, never followed here: asking again meets it again.
        if (error instanceof ClaimsError || error instanceof proxied_fetch/* RedirectRefusedError */.jw || (0,http/* proxyWantsCredentials */.em)(error))
            return 'permanent';
        return error instanceof claims_TransientStatus && error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : 'transient';
    }).catch((error) => {
        if (error instanceof ClaimsError)
            throw error;
        if ((0,http/* proxyWantsCredentials */.em)(error))
            throw claims_proxyRefusal(url, what, error);
        if (error instanceof proxied_fetch/* RedirectRefusedError */.jw) {
            throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) failed: the issuer answered with a redirect, which is not followed`, {
                cause: error,
                hint: 'the issuer\'s discovery document and keys are fetched from the address given, never from where a redirect points: give the issuer\'s own URL (--oidc-discovery-url), or check what answers at this one',
            });
        }
        const waited = error instanceof claims_TransientStatus ? (0,core_retry/* pastBudget */.uQ)(error.retryAfterMs, options.retry.budgetMs) : '';
        throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) failed: ${error instanceof claims_TransientStatus ? `HTTP ${error.status}${waited}` : (0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: waited === '' ? 'the token issuer kept failing through every retry; re-run the job' : 'the token issuer asked to wait longer than the retries may take; re-run the job',
        });
    });
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch (error) {
        throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `${url} (${what}) is not JSON`, { cause: error, hint: 'check that the URL is the issuer\'s discovery document' });
    }
}
async function readCapped(response, url) {
    const reader = response.body?.getReader();
    if (reader === undefined)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > MAX_DOCUMENT_BYTES) {
            await reader.cancel();
            throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `${url} is larger than ${MAX_DOCUMENT_BYTES} bytes, which no discovery document or key set is`, { hint: 'check that the URL is the issuer\'s' });
        }
        chunks.push(Buffer.from(value));
    }
    return Buffer.concat(chunks);
}
/** The `iss` of a token before its signature is checked: only to decide where its issuer's keys are. */
function unverifiedIssuer(jwt) {
    const payload = jwt.split('.')[1];
    let iss;
    try {
        iss = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')).iss;
    }
    catch {
        iss = undefined;
    }
    if (typeof iss !== 'string' || jwt.split('.').length !== 3) {
        throw new ClaimsError('OIDC_CLAIMS_MALFORMED', 'the provenance token is not a JWT with an "iss" claim', { hint: 'the runner\'s token endpoint answered something unexpected; re-run the job' });
    }
    return iss;
}
function issuerAccepted(iss, expected) {
    const base = expected.replace(/\/+$/, '');
    return iss === base || (iss.startsWith(`${base}/`) && /^[A-Za-z0-9_-]+$/.test(iss.slice(base.length + 1)));
}
async function issuerKeys(iss, options) {
    const discoveryURL = options.discoveryURL === undefined ? `${iss}/.well-known/openid-configuration` : `${options.discoveryURL.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const discovery = (await fetchJSON(discoveryURL, 'discovery document', options));
    // As the URL parser writes it: the issuer's text may hold line breaks and controls, which every message naming it would print.
    let jwksURL;
    try {
        jwksURL = typeof discovery?.jwks_uri === 'string' && /^https?:\/\//.test(discovery.jwks_uri) ? new URL(discovery.jwks_uri) : undefined;
    }
    catch {
        jwksURL = undefined;
    }
    if (jwksURL === undefined || discovery === null) {
        throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `the discovery document ${discoveryURL} names no jwks_uri`, { hint: 'check that the URL is the issuer\'s discovery document' });
    }
    // The keys that verify the token are not taken over plain HTTP from a document that came over TLS, as a redirect out of TLS is
    // not followed; on this machine's loopback (an issuer's test double) no network lies between.
    if (discoveryURL.startsWith('https:') && jwksURL.protocol !== 'https:' && !(0,core_proxy/* isLoopbackHostname */.pq)(jwksURL.hostname)) {
        throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `the discovery document ${discoveryURL} names its keys on plain HTTP (${jwksURL.origin}), which are not fetched`, {
            hint: 'the keys that verify the token would travel in clear text: the issuer must serve its jwks_uri over TLS; check --oidc-discovery-url',
        });
    }
    if (discovery.issuer !== undefined && discovery.issuer !== iss && !issuerAccepted(iss, String(discovery.issuer))) {
        throw new ClaimsError('OIDC_CLAIMS_ISSUER', `the discovery document ${discoveryURL} is issuer ${(0,quote/* quoted */.TL)(discovery.issuer)}, not the token's ${(0,quote/* quoted */.TL)(iss)}`, { hint: 'the discovery document belongs to another issuer' });
    }
    const jwks = (await fetchJSON(jwksURL.href, 'JWKS', options));
    if (!Array.isArray(jwks?.keys))
        throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `${jwksURL.href} is not a JWKS (no "keys" array)`, { hint: 'check the issuer\'s jwks_uri' });
    return jwks;
}
/**
 * Verifies an OIDC token's signature against its issuer's JWKS (found through the issuer's
 * discovery document, fetched with bounded size and retries), its issuer, audience and lifetime,
 * and returns the workflow claims provenance is built from. Nothing is read from the token before
 * this except its `iss`, to find the keys; an issuer other than `options.issuer` is refused first.
 */
async function verifyWorkflowClaims(jwt, options) {
    const iss = unverifiedIssuer(jwt);
    if (!issuerAccepted(iss, options.issuer)) {
        throw new ClaimsError('OIDC_CLAIMS_ISSUER', `the provenance token was issued by ${JSON.stringify(iss.slice(0, 200))}, not ${options.issuer}`, {
            hint: 'provenance is built from GitHub Actions tokens only; run this in a GitHub Actions job with `id-token: write`',
        });
    }
    const keys = (0,local/* createLocalJWKSet */.w)(await issuerKeys(iss, options));
    let payload;
    try {
        ({ payload } = await (0,jwt_verify/* jwtVerify */.V)(jwt, keys, {
            issuer: iss,
            audience: options.audience,
            currentDate: options.clock.now(),
            clockTolerance: CLOCK_TOLERANCE_SECONDS,
            algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256'],
            requiredClaims: ['exp', 'iat'],
        }));
    }
    catch (error) {
        throw verificationError(error, options.audience);
    }
    const missing = REQUIRED_CLAIMS.filter((claim) => typeof payload[claim] !== 'string' || payload[claim] === '');
    if (missing.length > 0) {
        throw new ClaimsError('OIDC_CLAIMS_MISSING', `the provenance token lacks the claim${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`, {
            hint: 'provenance needs a GitHub Actions workflow token; tokens of other issuers or of older runners lack these claims',
        });
    }
    const claims = Object.fromEntries(REQUIRED_CLAIMS.map((claim) => [claim, payload[claim]]));
    return { ...claims, iss, verified: true };
}
function verificationError(error, audience) {
    if (error instanceof util_errors/* JWTExpired */.n) {
        return new ClaimsError('OIDC_CLAIMS_EXPIRED', `the provenance token expired: ${error.message}`, { cause: error, hint: 'tokens live a few minutes; attest right after requesting one, and check the runner\'s clock' });
    }
    if (error instanceof util_errors/* JWTClaimValidationFailed */.ie) {
        if (error.claim === 'aud')
            return new ClaimsError('OIDC_CLAIMS_AUDIENCE', `the provenance token is not for the audience "${audience}": ${error.message}`, { cause: error, hint: `request the token with audience "${audience}"; a token for another audience is not accepted` });
        if (error.claim === 'nbf' || error.claim === 'iat')
            return new ClaimsError('OIDC_CLAIMS_EXPIRED', `the provenance token is not valid yet: ${error.message}`, { cause: error, hint: 'check the runner\'s clock' });
        return new ClaimsError('OIDC_CLAIMS_MALFORMED', `the provenance token's "${error.claim}" claim is not acceptable: ${error.message}`, { cause: error, hint: 'the token endpoint answered an unexpected token; re-run the job' });
    }
    if (error instanceof util_errors/* JWSSignatureVerificationFailed */.h2 || error instanceof util_errors/* JWKSNoMatchingKey */.BT || error instanceof util_errors/* JWKSMultipleMatchingKeys */.$4 || error instanceof util_errors/* JOSEAlgNotAllowed */.Rb) {
        return new ClaimsError('OIDC_CLAIMS_SIGNATURE', `the provenance token is not signed by a key of its issuer: ${error.message}`, { cause: error, hint: 'the token was not issued by the issuer it names; never build provenance from it' });
    }
    return new ClaimsError('OIDC_CLAIMS_MALFORMED', `the provenance token is not a valid JWT: ${(0,errors/* messageOf */.bD)(error)}`, { cause: error, hint: 'the runner\'s token endpoint answered something unexpected; re-run the job' });
}

;// CONCATENATED MODULE: ./lib/attest/predicates/slsa-provenance/v1.js
/** The predicate type of SLSA provenance v1. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** The build type of GitHub Actions workflows, as GitHub's own provenance names it. */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/**
 * The workflow file's path: `workflow_ref` (`<owner>/<repo>/<path>@<ref>`) without the repository
 * and `@<ref>`, cut by the ref the token names rather than at an `@`, since the path and the ref may
 * each hold one (the build type says so). A workflow_ref not ending in that ref ends at its last `@`.
 */
function workflowPathOf(claims) {
    const rest = claims.workflow_ref.slice(claims.repository.length + 1);
    const suffix = `@${claims.ref}`;
    if (rest.endsWith(suffix))
        return rest.slice(0, -suffix.length);
    const at = rest.lastIndexOf('@');
    return at === -1 ? rest : rest.slice(0, at);
}
/**
 * SLSA provenance v1 for a GitHub Actions run, built only from verified token claims: the fields
 * of GitHub's own provenance (buildType, the workflow as external parameters, the event, ids and
 * runner environment as internal parameters, the commit as resolved dependency, the signing
 * workflow as builder, the run attempt as invocation), plus what GitHub's leaves out:
 * `workflow_dispatch` inputs and the runner environment beside the builder. No start or end time:
 * SLSA's are the build's, and the provenance is made within the run (after the build, before the run
 * ends), which knows neither; GitHub's provenance leaves them out too.
 */
function slsaProvenanceV1(claims, run) {
    const server = run.serverURL.replace(/\/+$/, '');
    const repositoryURL = `${server}/${claims.repository}`;
    const workflowPath = workflowPathOf(claims);
    const external = { workflow: { ref: claims.ref, repository: repositoryURL, path: workflowPath } };
    // workflow_dispatch inputs are strings, numbers and booleans; anything else in the payload is not an input.
    // Empty ones are left out, as the build type asks, so that a policy compares only what was chosen.
    const inputs = Object.entries(run.inputs ?? {}).filter(([, value]) => (typeof value === 'string' && value !== '') || typeof value === 'number' || typeof value === 'boolean');
    if (claims.event_name === 'workflow_dispatch' && inputs.length > 0)
        external.inputs = Object.fromEntries(inputs);
    return {
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {
            buildDefinition: {
                buildType: GITHUB_WORKFLOW_BUILD_TYPE,
                externalParameters: external,
                internalParameters: {
                    github: {
                        event_name: claims.event_name,
                        repository_id: claims.repository_id,
                        repository_owner_id: claims.repository_owner_id,
                        runner_environment: claims.runner_environment,
                    },
                },
                resolvedDependencies: [{ uri: `git+${repositoryURL}@${claims.ref}`, digest: { gitCommit: claims.sha } }],
            },
            runDetails: {
                builder: { id: `${server}/${claims.job_workflow_ref}`, version: { runner_environment: claims.runner_environment } },
                metadata: {
                    invocationId: `${repositoryURL}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
                },
            },
        },
    };
}

;// CONCATENATED MODULE: ./lib/attest/provenance.js




/**
 * The issuer of a GitHub server's Actions tokens: `token.actions.githubusercontent.com` for
 * github.com, `token.actions.<tenant>.ghe.com` for GHE.com tenants, `<server>/_services/token` for
 * GitHub Enterprise Server.
 */
function githubTokenIssuer(serverURL) {
    const url = new URL(serverURL);
    if (url.host === 'github.com')
        return 'https://token.actions.githubusercontent.com';
    if (url.host.endsWith('.ghe.com'))
        return `https://token.actions.${url.host}`;
    return `${url.origin}/_services/token`;
}
/**
 * One token from the runner per run: when keyless signing takes its token from the runner, the
 * Sigstore token (audience `sigstore`), whose claims the provenance is built from too (sigstore-js
 * turns that token into a string anyway, so a second, unsigning `nobody` token keeps nothing out of
 * the heap); otherwise (a key, `SIGSTORE_ID_TOKEN`, no signing) a token for `nobody`, which can sign
 * nothing. Undefined when the job has no token endpoint (no `id-token: write`).
 */
async function requestAttestationTokens(env, retry, keyless) {
    const signingFromRunner = keyless && tokenSource(env) === 'actions';
    const audience = signingFromRunner ? SIGSTORE_AUDIENCE : PROVENANCE_AUDIENCE;
    // The signing token is renewed when a certificate is asked for after it expired (GitHub's live five minutes).
    const [token] = (await requestRunnerIdTokens({ env, retry, renewable: signingFromRunner }, [audience])) ?? [];
    if (token === undefined)
        return undefined;
    if (!signingFromRunner)
        return { claims: token, audience, signing: undefined };
    // Each owner destroys its own copy: provenance as soon as the claims are read, the signing session when it closes.
    const claims = { secret: secrets/* SecretBuffer */.pP.fill(token.secret.length, (into) => token.secret.use((bytes) => bytes.copy(into))), claims: token.claims, source: token.source };
    // The renewal goes with the signing token, whose owner (the session) forgets it when it closes.
    return { claims, audience, signing: token };
}
/**
 * SLSA provenance v1 from the claims token, verified first against its issuer's keys (signature,
 * issuer, the audience it was requested for, lifetime): nothing in the provenance comes from the environment but
 * the server URL and, for workflow_dispatch runs, the inputs. The token is destroyed afterwards.
 */
async function provenanceFromToken(token, options) {
    try {
        // jose takes the compact JWT as a string, as sigstore-js takes the Sigstore token.
        const jwt = token.secret.use((bytes) => bytes.toString('latin1'));
        const claims = await verifyWorkflowClaims(jwt, {
            issuer: options.issuer ?? githubTokenIssuer(options.serverURL),
            audience: options.audience,
            clock: options.verificationClock ?? options.clock,
            retry: options.retry,
            discoveryURL: options.discoveryURL,
            proxy: options.proxy,
        });
        const inputs = options.payload?.inputs;
        return slsaProvenanceV1(claims, {
            serverURL: options.serverURL,
            inputs: typeof inputs === 'object' && inputs !== null && !Array.isArray(inputs) ? inputs : undefined,
        });
    }
    finally {
        token.secret.destroy();
    }
}

;// CONCATENATED MODULE: ./lib/attest/sign.js




/** Statements signed at once: enough to overlap log requests, few enough not to flood a log. */
const SIGNING_CONCURRENCY = 8;
/**
 * Signs statements as DSSE bundles with one session: one token and one certificate for all of
 * them, one log entry each; every bundle is verified by the session before it is returned. The
 * bundles come back in the statements' order.
 */
async function signStatements(session, statements) {
    const attestations = new Array(statements.length);
    let next = 0;
    const worker = async () => {
        while (next < statements.length) {
            const index = next++;
            const statement = statements[index];
            const first = statement.subject[0]?.name ?? '';
            const name = `the ${statement.predicateType} statement for ${statement.subject.length === 1 ? first : `${statement.subject.length} subjects from ${first}`}`;
            const signed = await session.signStatement(statement, name);
            attestations[index] = { statement, bundle: signed.bundle, text: signed.text };
        }
    };
    // The first signature fetches the certificate; the others wait for it inside the session.
    await Promise.all(Array.from({ length: Math.min(SIGNING_CONCURRENCY, statements.length) }, worker));
    return attestations;
}
/**
 * The name files of a run are named after: the subject's name (its last path segment) when the
 * run attests one, `multiple` otherwise (as slsa-github-generator names them).
 */
function attestationName(statements) {
    const subjects = statements.flatMap((statement) => statement.subject);
    const only = subjects.length === 1 ? subjects[0]?.name : undefined;
    const base = only?.split(/[/\\]/).pop()?.replace(/[^A-Za-z0-9._@+-]/g, '_');
    return base === undefined || base === '' || base === '.' || base === '..' ? 'multiple' : base;
}
/**
 * The paths of a run's files, known from its statements before any is signed: `<name>.intoto.jsonl`
 * holding every bundle, and `<name>.sigstore.json` for a run that makes one bundle (`bundlePath`
 * when given), or one `<subject>.sigstore.json` per statement in per-subject mode, the subject's
 * whole name with folders flattened, one statement or many. `bundles[i]` is statement i's.
 */
function attestationPaths(statements, options) {
    const name = attestationName(statements);
    const bundlePath = options.bundlePath ?? (0,external_node_path_.join)(options.dir, `${name}.sigstore.json`);
    const jsonl = options.bundlePath === undefined ? (0,external_node_path_.join)(options.dir, `${name}.intoto.jsonl`) : (0,external_node_path_.join)((0,external_node_path_.dirname)(options.bundlePath), `${name}.intoto.jsonl`);
    // Per subject, a subject's bundle has the same name however many others the run has: `dist/x.bin`'s is dist_x.bin.sigstore.json alone too.
    if (statements.length === 1 && !(options.perSubject && options.bundlePath === undefined))
        return { jsonl, bundles: [bundlePath] };
    if (!options.perSubject)
        return { jsonl, bundles: [] };
    // The whole name, folders flattened: `a/x.tgz` and `b/x.tgz` must not share a file.
    const flatNames = statements.map((statement) => {
        const subject = statement.subject[0]?.name ?? 'subject';
        return { subject, flat: subject.replace(/[^A-Za-z0-9._@+-]/g, '_').replace(/^\.+/, '_') };
    });
    // A subject whose name needs no change has its own name first: `x_y.bin`'s bundle is x_y.bin.sigstore.json, never `x/y.bin`'s.
    const taken = new Set(flatNames.filter(({ subject, flat }) => subject === flat).map(({ flat }) => flat));
    const bundles = flatNames.map(({ subject, flat }) => {
        let file = flat;
        if (subject !== flat) {
            for (let n = 2; taken.has(file); n++)
                file = `${flat}-${n}`;
            taken.add(file);
        }
        return (0,external_node_path_.join)(options.dir, `${file}.sigstore.json`);
    });
    return { jsonl, bundles };
}
/**
 * The text of an attestation file (`.intoto.jsonl`): the bundles, a line each. Refused when it is
 * larger than verify-attestation reads from one file, which the subjects' size before signing
 * does not always tell (the log entry may repeat the statement).
 */
function attestationFileText(attestations) {
    let bytes = 0;
    for (const attestation of attestations)
        bytes += Buffer.byteLength(attestation.text, 'utf8');
    if (bytes > core_files/* INPUT_LIMITS */.Ef.attestationLines) {
        throw new AttestError('ATTEST_TOO_MANY_SUBJECTS', `the ${attestations.length} signed attestations come to ${bytes} bytes, more than the ${core_files/* INPUT_LIMITS */.Ef.attestationLines} bytes (256 MiB) verify-attestation reads from one file; nothing was written`, {
            hint: 'attest the subjects in several runs of fewer subjects (a checksums file for each), or give them shorter names',
        });
    }
    return attestations.map((attestation) => attestation.text).join('');
}
/** Writes a run's bundles, each file atomically, where {@link attestationPaths} says. */
async function writeAttestations(attestations, options) {
    const paths = attestationPaths(attestations.map((attestation) => attestation.statement), options);
    const { jsonl } = paths;
    const bundles = paths.bundles.map((path, index) => ({ path, text: attestations[index].text }));
    // A signature bundle of the same name (sign-blob writes <file>.sigstore.json too) is replaced: said by the caller, as it is gone.
    const replacedSignatures = [];
    for (const bundle of bundles) {
        const earlier = await (0,core_files/* readRegularFile */.XF)(bundle.path, { what: 'bundle', maxBytes: EARLIER_SCAN.bytes }).then((bytes) => bytes.toString('utf8'), () => '');
        if (sign_holdsMessageSignature(earlier))
            replacedSignatures.push(bundle.path);
    }
    // Flushed side by side, then put in place: a failure leaves none of them half written.
    const prepared = await (0,core_files/* prepareFilesAtomic */.uX)([{ path: jsonl, data: attestationFileText(attestations) }, ...bundles.map((bundle) => ({ path: bundle.path, data: bundle.text }))]);
    // Put in place together: a signal never leaves this run's bundles beside an earlier run's.
    await (0,core_files/* commitTogether */.yZ)(prepared);
    return { jsonl, bundles: bundles.map((bundle) => bundle.path), replacedSignatures };
}
/** Whether a bundle's JSON text holds a message signature (a signed file's bundle, not an attestation). */
function sign_holdsMessageSignature(text) {
    try {
        const signature = JSON.parse(text)?.messageSignature;
        return typeof signature === 'object' && signature !== null;
    }
    catch {
        return false;
    }
}
/** At most this many directory entries are looked at for an earlier run's bundles, and this many bundles read. */
const EARLIER_SCAN = { entries: 10_000, bundles: 1_000, bytes: 1024 * 1024 };
/** The in-toto statement a DSSE bundle's JSON carries, or undefined for anything else. */
function statementOf(text) {
    try {
        const envelope = JSON.parse(text)?.dsseEnvelope;
        if (envelope?.payloadType !== 'application/vnd.in-toto+json' || typeof envelope.payload !== 'string')
            return undefined;
        return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** The first line of a file of bundles one a line, within {@link EARLIER_SCAN}'s bytes; empty when it cannot be read. */
function firstLine(path) {
    try {
        const head = (0,core_files/* readRegularFileHeadSync */.UJ)(path, EARLIER_SCAN.bytes, { what: 'attestation file', shown: path });
        const end = head.indexOf(0x0a);
        return head.toString('utf8', 0, end === -1 ? head.length : end);
    }
    catch {
        return '';
    }
}
/**
 * The bundles in `dir` that this run did not write (`written`) but that attest `predicateType`, as
 * this run's do: an earlier run's (per-subject bundles for subjects this run does not have, or a
 * `multiple.sigstore.json` or `.intoto.jsonl` a run of more statements did not write again). They are left as they
 * are (they are someone's files), but whoever publishes the directory's bundles would publish them
 * as this run's. The scan is bounded ({@link EARLIER_SCAN}): `complete` says whether it saw them all.
 */
async function sign_earlierBundles(dir, written, predicateType) {
    const ours = new Set(written.map((path) => (0,external_node_path_.basename)(path)));
    const found = [];
    let entries = 0;
    let read = 0;
    let complete = true;
    try {
        for await (const entry of await (0,promises_.opendir)(dir)) {
            if (++entries > EARLIER_SCAN.entries || read >= EARLIER_SCAN.bundles) {
                complete = false;
                break;
            }
            const lines = entry.name.endsWith('.intoto.jsonl');
            if (!entry.isFile() || !(lines || entry.name.endsWith('.sigstore.json')) || ours.has(entry.name))
                continue;
            read += 1;
            // A file of bundles one a line (this command's, gh's) is known by its first: it may be far longer than the bound.
            const text = lines ? firstLine((0,external_node_path_.join)(dir, entry.name)) : await (0,core_files/* readRegularFile */.XF)((0,external_node_path_.join)(dir, entry.name), { what: 'bundle', maxBytes: EARLIER_SCAN.bytes }).then((bytes) => bytes.toString('utf8'), () => '');
            if (statementOf(text)?.predicateType === predicateType)
                found.push(entry.name);
        }
    }
    catch {
        // A directory that cannot be listed now was just written into: nothing more to say about it.
    }
    return { names: found.sort(), complete };
}

;// CONCATENATED MODULE: ./lib/core/digest.js






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. Frozen: a caller pushing 'md5' onto it got past the algorithm check, to a crash inside. */
const DIGEST_ALGORITHMS = Object.freeze(['sha256', 'sha512']);
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */
function isDigestAlgorithm(value) {
    return DIGEST_ALGORITHMS.includes(value);
}
/** The length in hex characters of a digest made with `algorithm`. */
function hexLength(algorithm) {
    return HEX_LENGTH[algorithm];
}
/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */
function isHexDigest(algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
}
/** The digest of bytes already in memory. */
function digestBytes(algorithm, bytes) {
    return createHash(algorithm).update(bytes).digest('hex');
}
/** The digest of a text in memory in chunks (as UTF-8), without joining them: a text may be longer than one string can be. */
function digestChunks(algorithm, chunks) {
    const hash = createHash(algorithm);
    for (const chunk of chunks)
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * An artifact argument that names a digest rather than a file (`sha256:<hex>`, `sha512:<hex>`, the
 * algorithm in any case, as cosign reads it), with the algorithm in lower case; undefined for a path.
 * Any `sha<digits>:` is taken for one (`sha384:<hex>`, `sha:`), so that an algorithm trust-kit does
 * not take is refused as the argument it is, not looked for as a file.
 */
function digestArgument(value) {
    const algorithm = /^sha\d*:/i.exec(value)?.[0];
    return algorithm === undefined ? undefined : `${algorithm.toLowerCase()}${value.slice(algorithm.length)}`;
}
/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */
function parseDigestReference(value) {
    // A library caller in plain JavaScript: a number or undefined failed on `slice` with a TypeError.
    if (typeof value !== 'string')
        throw new TrustKitError('DIGEST_INVALID', `the digest is ${typeName(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new TrustKitError('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
}
/**
 * Bytes per read: small enough that a chunk is still in the CPU's cache when it is hashed, big
 * enough that calls cost little. On 1 GiB, 256 KiB reads hash at openssl's speed; 64 KiB reads
 * cost 3% more, 4 MiB reads about 5% (the chunk no longer fits the cache).
 */
const READ_CHUNK = 256 * 1024;
/** Bytes hashed between two turns of the event loop: a few milliseconds, so signals and timers are never held up for long. */
const BYTES_PER_TURN = 16 * 1024 * 1024;
/**
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Reads are synchronous into one buffer, in runs of
 * {@link BYTES_PER_TURN} with a turn of the event loop between them: reads handed to the thread
 * pool, with two buffers taking turns, were 5% slower and noisier on 1 GiB (each chunk is copied
 * on one core and hashed on another, and no longer fits either's cache). A file written to while
 * it is read (grown, shrunk, rewritten in place) is refused (FILE_CHANGED): its digest would be of
 * bytes it never held at one moment. `named` words a refusal (FILE_NOT_REGULAR, FILE_CHANGED) as
 * the user knows the file: what it is, and the path as they wrote it.
 */
async function hashFile(path, algorithms, named = {}) {
    const hashes = algorithms.map((algorithm) => [algorithm, (0,external_node_crypto_.createHash)(algorithm)]);
    // Never a pipe or a device: one would block the open or never end.
    const opened = await (0,core_files/* openRegularFile */.ZU)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }), ...(named.noFollow === true ? { noFollow: true } : {}) });
    const { handle, size: expected } = opened;
    let size = 0;
    try {
        const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(expected, 64 * 1024)));
        let sinceTurn = 0;
        for (let read = (0,external_node_fs_.readSync)(handle.fd, buffer); read > 0; read = (0,external_node_fs_.readSync)(handle.fd, buffer)) {
            const bytes = buffer.subarray(0, read);
            for (const [, hash] of hashes)
                hash.update(bytes);
            size += read;
            sinceTurn += read;
            if (sinceTurn >= BYTES_PER_TURN) {
                sinceTurn = 0;
                await (0,external_node_timers_promises_.setImmediate)();
            }
        }
        if ((0,core_files/* changedWhileRead */.a4)(opened, (0,external_node_fs_.fstatSync)(handle.fd), size))
            throw (0,core_files/* fileChanged */.J8)(named.what ?? 'file', named.shown ?? path, size, expected);
    }
    finally {
        await handle.close();
    }
    const digest = {};
    for (const [algorithm, hash] of hashes)
        digest[algorithm] = hash.digest('hex');
    return { digest, size };
}

// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(4539);
;// CONCATENATED MODULE: ./lib/checksums/errors.js


/** An error hashing artifacts or reading or checking a checksums file. */
class errors_ChecksumsError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ChecksumsError';
    }
}
/** The hint for a file found moments before and gone since: the tree changed while it was walked or hashed. */
const CHANGED_HINT = "something removed or renamed it while trust-kit ran: make sure nothing writes to the artifacts' directories until their checksums are written";
/**
 * A path or a subject quoted for a message: the user gave it, but the names under it are the tree's
 * (a checkout, a build's outputs), which may hold terminal escapes. Bounded well above real paths,
 * so that the user can still find the file.
 */
function errors_shownPath(path) {
    return (0,quote/* quoted */.TL)(path, 1024);
}
/** The place option of an error about `line` of the checksums file read at `path`; none without a path (checksums given as text). */
function checksumsPlace(path, line) {
    return path === undefined ? {} : { place: { file: path, ...(line === undefined ? {} : { line }) } };
}
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `value` is an array (of strings with `strings`): from
 * plain JavaScript a string or an object failed with a TypeError (`entries.map is not a function`).
 */
function errors_checkArrayArgument(what, value, expected) {
    if (!Array.isArray(value))
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${typeName(value)}, not an array of ${expected}`, { hint: `pass an array of ${expected} (see the types in trust-kit)` });
}
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID, naming the first that is not, unless every entry is an
 * object whose `fields` have the kinds given: an array of paths where files `{ name, path }` go
 * failed as "cannot read undefined", and an entry without a digest as a TypeError.
 */
function errors_checkEntries(what, entries, fields, expected) {
    // A plain loop: a release hashes a million files, each checked here.
    const checks = Object.entries(fields);
    for (let index = 0; index < entries.length; index++) {
        const entry = entries[index];
        const given = typeof entry === 'object' && entry !== null ? entry : undefined;
        const wrong = given === undefined ? undefined : checks.find(([field, kind]) => (kind === 'string' ? typeof given[field] !== 'string' : typeof given[field] !== 'object' || given[field] === null));
        if (given !== undefined && wrong === undefined)
            continue;
        const got = given === undefined || wrong === undefined ? typeName(entry) : `an object whose ${wrong[0]} is ${typeName(given[wrong[0]])}`;
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what}[${index}] is ${got}, not ${expected}`, { hint: `pass ${expected} (see the types in trust-kit)` });
    }
}
/** Fails with CHECKSUMS_ARGUMENT_INVALID unless `value` is a string. */
function errors_checkStringArgument(what, value) {
    if (typeof value !== 'string')
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${(0,quote/* typeName */.go)(value)}, not a string`, { hint: 'pass a string (see the types in trust-kit)' });
}
const OPTION_KINDS = {
    string: { is: (value) => typeof value === 'string', said: 'a string' },
    function: { is: (value) => typeof value === 'function', said: 'a function' },
    boolean: { is: (value) => typeof value === 'boolean', said: 'true or false' },
    number: { is: (value) => typeof value === 'number' && !Number.isNaN(value), said: 'a number' },
    strings: { is: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'), said: 'an array of strings' },
};
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `options` is an object whose `fields` are of their
 * kind (the `required` ones present): from plain JavaScript, `exclude: 'x'` or a missing
 * `onResult` failed deep inside with a TypeError, and `maxLineBytes: NaN` lifted the line bound.
 */
function errors_checkOptionsArgument(what, options, fields, required = []) {
    const hint = { hint: `pass ${what} as its type in trust-kit declares them (see docs/library.md)` };
    if (typeof options !== 'object' || options === null)
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} are ${(0,quote/* typeName */.go)(options)}, not an object`, hint);
    for (const [name, kind] of Object.entries(fields)) {
        const value = options[name];
        if (value === undefined && !required.includes(name))
            continue;
        if (!OPTION_KINDS[kind].is(value))
            throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what}' ${name} is ${Number.isNaN(value) ? 'NaN' : (0,quote/* typeName */.go)(value)}, not ${OPTION_KINDS[kind].said}`, hint);
    }
}

;// CONCATENATED MODULE: ./lib/checksums/collect.js








/**
 * Entries never listed when a directory is walked (cli helper's exclusion hook): version control is
 * not a release artifact. A subject naming one itself (`trust-kit checksums .git`) is still hashed.
 */
const WALK_SKIPPED_NAMES = new Set(['.git']);
/** What to tell the user of a file {@link CollectOptions.leftover} was told of: that it was not listed, and why they may remove it. */
function leftoverNotice(file) {
    checkOptionsArgument("leftoverNotice's file", file, { path: 'string', kind: 'string' }, ['path', 'kind']);
    if (file.kind === 'signature of the replaced output') {
        return `removed ${shownPath(file.path)}: it signed the checksums file this run replaced, and would have stood beside the new one, signing other contents; sign the new one again (trust-kit sign-blob)`;
    }
    if (file.kind === 'kept output directory') {
        return `left ${shownPath(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside, kept since its output directory was made again; look at it and remove it`;
    }
    if (file.kind === 'replaced output directory') {
        return `left ${shownPath(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside; the next release into that output directory puts it back (or remove it if it is not wanted)`;
    }
    return `left ${shownPath(file.path)} out of the artifacts: it is trust-kit's own ${file.kind}, which a trust-kit run killed while writing in its directory leaves behind; remove it unless a trust-kit is writing there now`;
}
/**
 * Characters without one of which no subject is a glob (picomatch, which decides, needs one):
 * tinyglobby, and the modules it loads, are loaded only for a subject that has one, never for
 * `checksums DIR`, whose start-up is part of its time.
 */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;
/** Whether `subject` may be a glob; one that is not names a path that must exist (see {@link MAYBE_GLOB}). */
function collect_mayBeGlob(subject) {
    return MAYBE_GLOB.test(subject);
}
/** Whether `subject` is a glob, as tinyglobby decides (loaded only when it may be one). */
async function isGlob(subject) {
    return collect_mayBeGlob(subject) && (await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 6448))).isDynamicPattern(subject);
}
/**
 * Directory listings and link lookups in flight at once: enough to keep the thread pool busy on
 * deep trees, few enough that a million-file tree never has a million calls pending.
 */
const WALK_CONCURRENCY = 16;
function kindOfStats(info) {
    if (info.isFile())
        return 'file';
    if (info.isDirectory())
        return 'directory';
    if (info.isSymbolicLink())
        return 'symlink';
    return 'other';
}
function kindOfDirent(entry) {
    const kind = kindOfStats(entry);
    // A file system that does not report types (DT_UNKNOWN) gives a dirent that is none of these.
    return kind === 'other' && !entry.isFIFO() && !entry.isSocket() && !entry.isCharacterDevice() && !entry.isBlockDevice() ? 'unknown' : kind;
}
/**
 * Refuses a directory holding a name whose bytes are not UTF-8 (Linux allows any but `/` and NUL):
 * Node hands it over with U+FFFD in place of the bytes, a name no file has, which a checksums
 * file would list and nobody could check.
 */
async function refuseNonUtf8Names(directory) {
    const raw = (await (0,promises_.readdir)(directory, { encoding: 'buffer' })).find((name) => !(0,external_node_buffer_.isUtf8)(name));
    if (raw === undefined)
        return;
    throw new errors_ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${errors_shownPath((0,external_node_path_.join)(directory, raw.toString()))} has a name that is not valid UTF-8 (bytes ${raw.toString('hex')})`, {
        hint: 'rename the file in UTF-8: a checksums file names its artifacts as text',
    });
}
/** Node's file system, as the walk uses it. */
const nodeFileSystem = {
    list: async (path) => {
        const entries = await (0,promises_.readdir)(path, { withFileTypes: true });
        // One pass over what may be tens of thousands of entries, as over every other listing of the walk.
        const listed = new Array(entries.length);
        let replaced = false;
        for (let index = 0; index < entries.length; index++) {
            const entry = entries[index];
            if (entry.name.includes('\uFFFD'))
                replaced = true;
            listed[index] = { name: entry.name, kind: kindOfDirent(entry) };
        }
        // Only a name with U+FFFD can stand for bytes that are not UTF-8: read again as bytes to tell.
        if (replaced)
            await refuseNonUtf8Names(path);
        return listed;
    },
    kindOf: async (path) => kindOfStats(await (0,promises_.lstat)(path)),
    targetKindOf: async (path) => kindOfStats(await (0,promises_.stat)(path)),
    // fs/promises' realpath is the native one (realpath(3), GetFinalPathNameByHandle): on macOS and Windows it spells
    // the path as the disk does, which asSpelledOnDisk relies on; fs.realpath's JavaScript one keeps the caller's case.
    realpath: (path) => (0,promises_.realpath)(path),
};
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless the subjects are an array of strings and the
 * options name `cwd` and `base`: from plain JavaScript, a string was walked letter by letter (the
 * subject '*' listed every file under the working directory) and missing options failed deep
 * inside with a TypeError.
 */
function checkCollectArguments(subjects, options) {
    let problem;
    if (!Array.isArray(subjects))
        problem = `subjects is ${(0,quote/* typeName */.go)(subjects)}, not an array of paths, directories and globs`;
    else if (subjects.some((subject) => typeof subject !== 'string'))
        problem = `subjects holds ${(0,quote/* typeName */.go)(subjects.find((subject) => typeof subject !== 'string'))}, not only strings`;
    else if (typeof options !== 'object' || options === null)
        problem = `the options are ${(0,quote/* typeName */.go)(options)}, not an object with cwd and base`;
    else {
        const { cwd, base, exclude, skip, onExcluded, onlySkipped, leftover, progress } = options;
        if (typeof cwd !== 'string' || typeof base !== 'string')
            problem = `the options' cwd and base are ${(0,quote/* typeName */.go)(cwd)} and ${(0,quote/* typeName */.go)(base)}, not strings`;
        else if (exclude !== undefined && !(Array.isArray(exclude) && exclude.every((path) => typeof path === 'string')))
            problem = `the options' exclude is ${(0,quote/* typeName */.go)(exclude)}, not an array of paths`;
        else {
            const notFunction = Object.entries({ skip, onExcluded, onlySkipped, leftover, progress }).find(([, value]) => value !== undefined && typeof value !== 'function');
            if (notFunction !== undefined)
                problem = `the options' ${notFunction[0]} is ${(0,quote/* typeName */.go)(notFunction[1])}, not a function`;
        }
    }
    if (problem !== undefined) {
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', problem, { hint: 'pass the subjects as an array of strings (["dist"]) and options { cwd, base } (see the types in trust-kit)' });
    }
}
/**
 * Expands subjects (files, directories recursed, globs) into the sorted list of files to hash,
 * rejecting anything that would make a checksums file ambiguous or point outside the base.
 * Time is linear in the entries walked (plus the final sort) and memory holds the listed names.
 */
async function collectArtifacts(subjects, options) {
    const found = await findArtifacts(subjects, options);
    return listingOrder(found).map((index) => found[index]);
}
/**
 * The files {@link collectArtifacts} lists, in the order the walk found them and with a file
 * named twice (by two subjects) found twice: to start hashing before they are sorted, with
 * {@link listingOrder} made meanwhile.
 */
async function findArtifacts(subjects, options) {
    checkCollectArguments(subjects, options);
    const fileSystem = options.fileSystem ?? nodeFileSystem;
    const given = (0,external_node_path_.resolve)(options.cwd, options.base);
    const baseReal = await baseDirectory(fileSystem, given, options.base);
    const base = sameButForCase(given, baseReal) ? baseReal : given;
    const excluded = new Set((options.exclude ?? []).map((path) => (0,external_node_path_.resolve)(options.cwd, path)));
    const isExcluded = await exclusion(excluded);
    let kept = [];
    // A directory walked for two subjects, or a glob's match in one walked too, is told of once.
    const toldOf = new Set();
    const leftover = options.leftover === undefined
        ? undefined
        : (file) => {
            if (toldOf.has(file.path))
                return;
            toldOf.add(file.path);
            options.leftover?.(file);
        };
    const windows = (options.platform ?? process.platform) === 'win32';
    // The real paths of the subjects' directories, for every subject's walk: thousands of files named one by one share a few.
    const realDirectories = new Map();
    for (const subject of subjects) {
        const pattern = windows ? subject.replaceAll('\\', '/') : subject;
        const globbed = await isGlob(pattern);
        try {
            const paths = globbed ? await expandGlob(pattern, options.cwd) : [(0,external_node_path_.resolve)(options.cwd, subject)];
            const walk = new Walk(fileSystem, base, baseReal, realDirectories, options.skip, leftover, options.progress === undefined ? undefined : (found) => options.progress?.(kept.length + found));
            for (const path of paths) {
                // What a glob matched is offered to skip, as what a walk finds is: a subject named itself never is.
                const offer = globbed && options.skip !== undefined ? { real: await fileSystem.realpath(path).catch(() => path) } : undefined;
                await walk.root(path, globbed ? path : subject, offer, !globbed).catch(async (error) => {
                    // Every artifact lies outside a base that is a file: say that of the base, checked only now so that a walk costs no call more.
                    if (error instanceof errors_ChecksumsError && error.code === 'CHECKSUMS_OUTSIDE_BASE' && (await fileSystem.targetKindOf(baseReal)) !== 'directory') {
                        throw new errors_ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `the base directory ${errors_shownPath(options.base)} is not a directory`, { hint: BASE_HINT });
                    }
                    throw error;
                });
            }
            const before = kept.length;
            let excludedHere = 0;
            if (excluded.size === 0 && before === 0)
                kept = walk.files;
            else {
                for (const file of walk.files) {
                    const out = excluded.size === 0 ? false : isExcluded(file.path);
                    if (out === false || (out !== true && !(await out)))
                        kept.push(file);
                    else {
                        excludedHere++;
                        options.onExcluded?.(file.path);
                    }
                }
            }
            // A subject whose every match was skipped names only what the caller leaves out on purpose; it reports that itself.
            if (kept.length === before && walk.skippedCount > 0 && options.onlySkipped !== undefined)
                options.onlySkipped(subject);
            else if (kept.length === before) {
                if (excludedHere > 0) {
                    throw new errors_ChecksumsError('CHECKSUMS_NO_MATCH', `${errors_shownPath(subject)} matches only the file being written (the output), which is never listed in itself`, {
                        hint: 'write the checksums file to another path, or name the files to list',
                    });
                }
                throw new errors_ChecksumsError('CHECKSUMS_NO_MATCH', `${errors_shownPath(subject)} matches no file`, {
                    hint: 'check the path or glob; globs are relative to the working directory, directories are searched recursively',
                });
            }
        }
        catch (error) {
            throw await foundUnderBase(error, { subject, pattern, globbed, cwd: options.cwd, base, shownBase: options.base, fileSystem });
        }
    }
    return kept;
}
/**
 * A subject that is not found from the working directory but is there under the base: its user took
 * the base for where paths start. The error keeps its code and message, and its hint names the
 * path to give instead. One more look, on the failure path only.
 */
async function foundUnderBase(error, at) {
    if (!(error instanceof errors_ChecksumsError) || !(error.code === 'CHECKSUMS_NO_MATCH' || (error.code === 'CHECKSUMS_PATH_NOT_FOUND' && error.message === `${errors_shownPath(at.subject)} does not exist`)))
        return error;
    if ((0,external_node_path_.isAbsolute)(at.subject) || (0,external_node_path_.resolve)(at.cwd) === at.base)
        return error;
    const there = at.globbed ? (await expandGlob(at.pattern, at.base)).length > 0 : await at.fileSystem.targetKindOf((0,external_node_path_.resolve)(at.base, at.subject)).then(() => true, () => false);
    if (!there)
        return error;
    const instead = (0,external_node_path_.relative)(at.cwd, (0,external_node_path_.join)(at.base, at.pattern)).split(external_node_path_.sep).join('/');
    return new errors_ChecksumsError(error.code, error.message, { cause: error, hint: `paths are relative to the working directory, not to the base directory ${errors_shownPath(at.shownBase)}, which only shapes the names listed: give ${errors_shownPath(instead)}` });
}
/** A file name as a case- and normalisation-insensitive file system (macOS, Windows) may match it. */
const foldedName = (path) => (0,external_node_path_.basename)(path).normalize('NFC').toLowerCase();
/** A file's identity (device and inode, as bigints: Windows' file indexes pass 2^53), or undefined when it cannot be read. */
async function identityOf(path) {
    try {
        const info = await (0,promises_.stat)(path, { bigint: true });
        return `${info.dev}:${info.ino}`;
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a found file is one of the excluded ones (the checksums file being written): by path, or,
 * for a file of the same name but for case or Unicode form, by identity, since an excluded file
 * named another way (through a link, `Out` for `out` on macOS and Windows) is still that file and a
 * re-run must not list the last run's checksums file. Only such namesakes cost a call.
 */
async function exclusion(excluded) {
    const identities = new Set();
    for (const path of excluded) {
        const identity = await identityOf(path);
        if (identity !== undefined)
            identities.add(identity);
    }
    const names = new Set([...excluded].map(foldedName));
    // Answered at once for all but namesakes: a walk of many files pays no promise per file.
    return (path) => {
        if (excluded.has(path))
            return true;
        if (identities.size === 0 || !names.has(foldedName(path)))
            return false;
        return identityOf(path).then((identity) => identity !== undefined && identities.has(identity));
    };
}
/**
 * The order in which found files are listed: their indexes sorted by name, with each name once. A
 * file found twice (two subjects or globs naming it) is listed once, two files under one name are
 * an error. Neighbours in the sorted list are compared, so no table of every name is built (20,000
 * names cost a tenth of a small-file run).
 */
function listingOrder(found) {
    const indexes = [];
    for (let index = 0; index < found.length; index++)
        indexes.push(index);
    // Node lists a directory sorted by bytes, so the walk of one finds its files in order, each once: one pass tells so.
    if (inOrderOnce(found))
        return indexes;
    const fileAt = (index) => found[index];
    const unique = [];
    let previous;
    for (const index of collect_sortByName(indexes, (at) => fileAt(at).name)) {
        const file = fileAt(index);
        if (previous !== undefined && previous.name === file.name) {
            if (previous.path === file.path)
                continue;
            throw new errors_ChecksumsError('CHECKSUMS_DUPLICATE_NAME', `${errors_shownPath(file.path)} and ${errors_shownPath(previous.path)} would both be listed as ${errors_shownPath(file.name)}`, {
                hint: 'list each artifact once, or give them distinct paths under the base directory',
            });
        }
        unique.push(index);
        previous = file;
    }
    return unique;
}
/** Whether the files' names are in UTF-8 byte order, none twice. */
function inOrderOnce(found) {
    let previous;
    for (let index = 0; index < found.length; index++) {
        const { name } = found[index];
        if ((previous !== undefined && name <= previous) || UTF16_ORDER_DIFFERS.test(name))
            return false;
        previous = name;
    }
    return true;
}
/** Orders names by their UTF-8 bytes, as `LC_ALL=C sort` does, so the order never depends on a locale. */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Code units from which UTF-16 order (JavaScript's) and UTF-8 byte order can disagree: surrogates
 * (characters beyond U+FFFF) sort below U+E000..U+FFFF in UTF-16 and above them in UTF-8.
 */
const UTF16_ORDER_DIFFERS = /[\ud800-\uffff]/;
const compareCodeUnits = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const compareKeys = (a, b) => Buffer.compare(a.key, b.key);
/**
 * Sorts items by a name in UTF-8 byte order. Names without a character from U+D800 on (nearly all
 * file names) sort as JavaScript strings, which is the same order, and items already in that order
 * (the checksums of a sorted list of files) are only copied; otherwise each name is encoded once,
 * rather than per comparison.
 */
function collect_sortByName(items, nameOf) {
    let previous = '';
    let ordered = true;
    let plain = true;
    for (const item of items) {
        const name = nameOf(item);
        if (UTF16_ORDER_DIFFERS.test(name)) {
            plain = false;
            break;
        }
        if (name < previous)
            ordered = false;
        previous = name;
    }
    if (plain && ordered)
        return items.slice();
    const named = items.map((item) => ({ item, name: nameOf(item) }));
    if (plain)
        return named.sort(compareCodeUnits).map(({ item }) => item);
    return named
        .map(({ item, name }) => ({ item, key: Buffer.from(name, 'utf8') }))
        .sort(compareKeys)
        .map(({ item }) => item);
}
/**
 * What a glob never matches, whatever its depth: the entries a walk skips ({@link WALK_SKIPPED_NAMES}),
 * unless the pattern names one in a segment of its own (`.git/config`). `*` or `**` over a checkout
 * would otherwise list `.git/config`, where actions/checkout keeps the job's token, and a release
 * would upload it as an asset.
 */
function globIgnored(pattern) {
    const segments = new Set(pattern.split('/'));
    return [...WALK_SKIPPED_NAMES].filter((name) => !segments.has(name));
}
/**
 * The file system tinyglobby walks, with each symbolic link to anything but a directory shown as
 * a file: tinyglobby follows every link or leaves every one out, and left out, a link to an
 * artifact that a walk of its directory lists was dropped from a glob's matches without a word.
 * Links to directories stay links, never walked into (a loop, or a tree outside the base). The
 * link's own path is what matches; the collector then checks where it leads, as for a path named.
 */
const linksToFilesAsFiles = {
    readdir(path, options, callback) {
        (0,promises_.readdir)(path, options).then(async (entries) => {
            const links = entries.filter((entry) => entry.isSymbolicLink());
            if (links.length === 0)
                return entries;
            // A link whose target cannot be looked at (gone, a loop) is a file too: the collector says what is wrong with it.
            const toDirectory = await Promise.all(links.map((link) => (0,promises_.stat)((0,external_node_path_.join)(path, link.name)).then((info) => info.isDirectory(), () => false)));
            const asFiles = new Set(links.filter((_, index) => toDirectory[index] !== true));
            return entries.map((entry) => (asFiles.has(entry) ? { name: entry.name, isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false } : entry));
        }).then((entries) => callback(null, entries), (error) => callback(error, []));
    },
};
/** A glob segment without a character a glob gives a meaning to (a wildcard, a class, braces, an extglob, an escape): a name. */
const LITERAL_SEGMENT = /^[^*?[\]{}()!\\]*$/;
/**
 * A glob split before its first segment that is not a name: the directory the names before it lead
 * to, and the rest. tinyglobby walks a pattern that climbs (`../**`), starts at the root or goes
 * through `./..` from the two paths' common ancestor: it then left the working directory's own
 * files out of the matches (tinyglobby#128), and never followed a link in the fixed part (macOS's
 * `/tmp`, `$TMPDIR`), which matched nothing. Walked from the directory, a link there is followed
 * by the system, as in a path.
 */
function splitGlob(pattern, cwd) {
    const segments = pattern.split('/');
    let fixed = 0;
    while (fixed < segments.length - 1 && LITERAL_SEGMENT.test(segments[fixed]))
        fixed += 1;
    if (fixed === 0)
        return { directory: cwd, rest: pattern };
    // A pattern from the root keeps its leading '/' (segment '' first).
    return { directory: (0,external_node_path_.resolve)(cwd, segments.slice(0, fixed).join('/') || '/'), rest: segments.slice(fixed).join('/') };
}
async function expandGlob(pattern, cwd) {
    const { glob } = await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 6448));
    const ignored = globIgnored(pattern);
    const { directory, rest } = splitGlob(pattern, cwd);
    // tinyglobby's ignore spares the walk into them, but holds only below its cwd: a match of `../x/**` is checked here.
    const options = { cwd: directory, absolute: true, onlyFiles: false, dot: true, followSymbolicLinks: false, expandDirectories: false, ignore: ignored.flatMap((name) => [`**/${name}`, `**/${name}/**`]), fs: linksToFilesAsFiles };
    const matches = (await glob(rest, options)).map((match) => (0,external_node_path_.resolve)(match)).filter((path) => !(0,external_node_path_.relative)(cwd, path).split(external_node_path_.sep).some((segment) => ignored.includes(segment)));
    return collect_sortByName(matches, (path) => path);
}
/**
 * Whether two paths are one on a case- and normalisation-insensitive file system (macOS's and
 * Windows' default) but spelled differently: `Dist` typed for `dist`. A real path that differs
 * otherwise (a link resolved, `/tmp` for `/private/tmp`) is not a spelling.
 */
function sameButForCase(typed, real) {
    return typed !== real && typed.normalize('NFC').toLowerCase() === real.normalize('NFC').toLowerCase();
}
function outsideBase(path, base) {
    return new errors_ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${errors_shownPath(path)} is outside the base directory ${errors_shownPath(base)}`, {
        hint: 'set --base (input "base") to a directory that contains every artifact',
    });
}
/** The name of a path relative to the base, `''` for the base itself, or undefined when it is outside. */
function relativeName(base, path) {
    const name = (0,paths/* pathInside */._)(base, path, { baseItself: true });
    return name === undefined || external_node_path_.sep === '/' ? name : name.split(external_node_path_.sep).join('/');
}
function checkedName(path, name, base) {
    if (name === undefined || name === '')
        throw outsideBase(path, base);
    if (/[\n\r]/.test(name)) {
        throw new errors_ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${errors_shownPath(path)} has a line break in its name, which a checksums file cannot hold unambiguously`, {
            hint: 'rename the file without line breaks',
        });
    }
    // sha256sum -c reads a listed '-' from its standard input, not from the file: it would fail (or pass on what is piped in).
    if (name === '-') {
        throw new errors_ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${errors_shownPath(path)} is named -, which sha256sum -c reads as its standard input, not as this file`, {
            hint: 'rename the file, or set --base (input "base") so that its name has a directory in front',
        });
    }
    return name;
}
async function realpathOrThrow(fileSystem, path, shown) {
    try {
        return await fileSystem.realpath(path);
    }
    catch (error) {
        throw notFound(shown, error);
    }
}
const BASE_HINT = 'set --base (input "base") to the directory the artifacts are named relative to';
/** The canonical path of the base directory; a missing one is named as the base, not as a missing artifact. */
async function baseDirectory(fileSystem, path, shown) {
    try {
        return await fileSystem.realpath(path);
    }
    catch (error) {
        if ((0,errors/* systemErrorCode */.vq)(error) !== 'ENOENT')
            throw notFound(shown, error);
        throw new errors_ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `the base directory ${errors_shownPath(shown)} does not exist`, { cause: error, hint: BASE_HINT });
    }
}
/** A subject that names a named pipe, a socket or a device: nothing a checksums file can list (a walk leaves such entries out). */
function notRegular(subject) {
    return new errors_ChecksumsError('CHECKSUMS_READ_FAILED', `${errors_shownPath(subject)} is not a regular file (a named pipe, a socket or a device)`, {
        hint: 'name the release files themselves: an artifact is a regular file, or a directory of them',
    });
}
/** The error for a path that could not be looked at; `listed` when the walk found it in its directory's listing (it is not the user's typo then). */
function notFound(subject, error, listed = false) {
    if (listed && (0,errors/* systemErrorCode */.vq)(error) === 'ENOENT') {
        return new errors_ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${errors_shownPath(subject)} was listed in its directory, then was gone`, { cause: error, hint: CHANGED_HINT });
    }
    if ((0,errors/* systemErrorCode */.vq)(error) === 'ENOENT') {
        return new errors_ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${errors_shownPath(subject)} does not exist`, {
            cause: error,
            hint: 'check the path; relative paths are resolved against the working directory',
        });
    }
    const code = (0,errors/* systemErrorCode */.vq)(error);
    return new errors_ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${errors_shownPath(subject)}: ${code ?? String(error)}`, {
        cause: error,
        hint: READ_FAILED_HINTS[code ?? ''] ?? 'check the file permissions',
    });
}
/** What to do about a path the walk could not read, by its error code, where permissions are not the cause. */
const READ_FAILED_HINTS = {
    // A tree thousands of levels deep: the path is longer than the system opens (PATH_MAX), so sha256sum -c could not open its name either.
    ENAMETOOLONG: 'the path is longer than the system can open; move the artifacts to a shallower directory',
    ELOOP: 'a symbolic link in the path leads round in a loop; remove it',
};
function isAncestor(ancestors, real) {
    for (let at = ancestors; at !== undefined; at = at.parent)
        if (at.real === real)
            return true;
    return false;
}
/**
 * One subject's walk: a queue of directories and links, at most {@link WALK_CONCURRENCY} file-system
 * calls in flight, regular files taken from listings without a call of their own. A link is listed
 * under its own path once its target is known to be inside the base; a directory that is one of
 * its own ancestors (a link loop) is not entered again.
 */
class Walk {
    fileSystem;
    base;
    baseReal;
    realDirectories;
    skip;
    leftover;
    progress;
    files = [];
    pending = [];
    active = 0;
    failure;
    constructor(fileSystem, base, baseReal, realDirectories, skip, leftover, progress) {
        this.fileSystem = fileSystem;
        this.base = base;
        this.baseReal = baseReal;
        this.realDirectories = realDirectories;
        this.skip = skip;
        this.leftover = leftover;
        this.progress = progress;
    }
    /** Entries (roots, and entries of walked directories) that {@link CollectOptions.skip} left out. */
    skippedCount = 0;
    /** Walks everything at `path`, a subject given as `shown`; offered to skip (with its real path) when `offer` is given. */
    async root(path, shown, offer, named = false) {
        // Where the subject really lies, by the real path of its directory (the subject itself is not
        // resolved: a link inside the base is listed under its own name, its target checked when visited).
        const parent = await this.realDirectory((0,external_node_path_.dirname)(path));
        const real = parent === undefined ? undefined : (0,external_node_path_.join)(parent, (0,external_node_path_.basename)(path));
        // A base or a subject spelled through a link to the directory (`$PWD` in a directory reached by one, macOS's /tmp) names the files of the real path.
        const name = relativeName(this.base, path) ?? (real === undefined ? undefined : relativeName(this.baseReal, real));
        // A walk checks the links it meets, not those in front of a subject: `base/linked/file` with `linked -> ../outside` is under the base only as spelled.
        // A subject that is a link itself (the base named through one) is its target's, which its visit checks.
        if (name !== undefined && real !== undefined && !(0,paths/* isPathWithin */.Z)(this.baseReal, real) && (await this.fileSystem.kindOf(path).catch(() => undefined)) !== 'symlink') {
            throw new errors_ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${errors_shownPath(shown)} lies at ${errors_shownPath(real)} through a symbolic link, outside the base directory ${errors_shownPath(this.baseReal)}`, {
                hint: 'copy the artifact into the release directory instead of linking to it',
            });
        }
        this.pending.push({ path, name, shown, ancestors: undefined, ...(offer === undefined ? {} : { offerSkip: true, real: offer.real }), ...(named ? { named } : {}) });
        await new Promise((resolvePromise, reject) => {
            const pump = () => {
                if (this.failure !== undefined) {
                    if (this.active === 0)
                        reject(this.failure.error);
                    return;
                }
                while (this.active < WALK_CONCURRENCY && this.pending.length > 0) {
                    const visit = this.pending.pop();
                    this.active += 1;
                    this.visit(visit).then(() => {
                        this.active -= 1;
                        pump();
                    }, (error) => {
                        this.active -= 1;
                        this.failure ??= { error };
                        pump();
                    });
                }
                if (this.active === 0 && this.pending.length === 0)
                    resolvePromise();
            };
            pump();
        });
    }
    /** The real path of a subject's directory, once per directory of all the subjects; undefined when it cannot be resolved, which the visit then reports. */
    realDirectory(directory) {
        let real = this.realDirectories.get(directory);
        if (real === undefined) {
            real = this.fileSystem.realpath(directory).catch(() => undefined);
            this.realDirectories.set(directory, real);
        }
        return real;
    }
    /** Whether a regular file found in a listing or by a glob is trust-kit's own commit lock or temporary file, which is not listed (told of instead). */
    isLeftover(path, name = path.slice(path.lastIndexOf(external_node_path_.sep) + 1)) {
        const kind = (0,core_files/* trustKitFileKind */.Xg)(name);
        if (kind === undefined)
            return false;
        this.leftover?.({ path, kind });
        return true;
    }
    addFile(path, name, target) {
        const file = { path, name: checkedName(path, name ?? relativeName(this.base, path), this.base) };
        if (target !== undefined)
            file.target = target;
        this.files.push(file);
    }
    async visit(visit) {
        let kind = visit.kind;
        if (kind === undefined) {
            try {
                kind = await this.fileSystem.kindOf(visit.path);
            }
            catch (error) {
                // A glob's match whose name is not UTF-8 comes with U+FFFD in its bytes' place, a name no file has: its directory's listing says so.
                if (visit.path.includes('\uFFFD') && (0,errors/* systemErrorCode */.vq)(error) === 'ENOENT') {
                    await this.fileSystem.list((0,external_node_path_.dirname)(visit.path)).catch((listing) => {
                        if ((0,errors/* isTrustKitError */.Nf)(listing))
                            throw listing;
                    });
                }
                throw notFound(visit.shown, error, visit.ancestors !== undefined);
            }
        }
        if (kind === 'symlink')
            return this.link(visit);
        if (kind === 'other' && visit.named === true)
            throw notRegular(visit.shown);
        if (visit.named === true)
            visit = await this.asSpelledOnDisk(visit);
        if (kind === 'file' && !this.skipped(visit, false, visit.real) && (visit.named === true || !this.isLeftover(visit.path)))
            this.addFile(visit.path, visit.name);
        if (kind === 'directory' && !this.skipped(visit, true, visit.real))
            await this.directory(visit, visit.real ?? (await realpathOrThrow(this.fileSystem, visit.path, visit.shown)));
    }
    /**
     * A subject as the file system spells it, when it was typed in another case or Unicode form
     * (macOS, Windows): its names then verify where case counts (`sha256sum -c` on Linux), and two
     * spellings of one file are listed once. Names found in listings are spelled so already.
     */
    async asSpelledOnDisk(visit) {
        const real = await realpathOrThrow(this.fileSystem, visit.path, visit.shown);
        return sameButForCase(visit.path, real) ? { ...visit, path: real, name: relativeName(this.base, real), real } : { ...visit, real };
    }
    /** Whether {@link CollectOptions.skip} leaves out an entry it has not been asked about yet (once its kind is known); entries found in a listing and a glob's matches are offered, with their real paths. */
    skipped(visit, directory, real) {
        const skipped = visit.offerSkip === true && this.skip?.({ path: visit.path, name: visit.path.slice(visit.path.lastIndexOf(external_node_path_.sep) + 1), directory, real: real ?? visit.path }) === true;
        if (skipped)
            this.skippedCount += 1;
        return skipped;
    }
    async link(visit) {
        let target;
        try {
            target = await this.fileSystem.realpath(visit.path);
        }
        catch (error) {
            // Only a link to nothing is dangling: one that loops, or that a directory in its way keeps from being followed, says so.
            if ((0,errors/* systemErrorCode */.vq)(error) !== 'ENOENT')
                throw notFound(visit.path, error);
            throw new errors_ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${errors_shownPath(visit.path)} is a symbolic link to a file that does not exist`, {
                cause: error,
                hint: 'remove the dangling link or point it at an artifact',
            });
        }
        if (!(0,paths/* isPathWithin */.Z)(this.baseReal, target)) {
            throw new errors_ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${errors_shownPath(visit.path)} is a symbolic link to ${errors_shownPath(target)}, outside the base directory ${errors_shownPath(this.baseReal)}`, {
                hint: 'copy the artifact into the release directory instead of linking to it',
            });
        }
        let targetKind;
        try {
            targetKind = await this.fileSystem.targetKindOf(target);
        }
        catch (error) {
            throw notFound(visit.path, error, visit.ancestors !== undefined);
        }
        if (targetKind === 'other' && visit.named === true)
            throw notRegular(visit.shown);
        if (targetKind === 'file' && !this.skipped(visit, false, target))
            this.addFile(visit.path, visit.name, target);
        // Only a link can lead back up the tree: a plain directory's real path is longer than its parent's.
        if (targetKind === 'directory' && !this.skipped(visit, true, target) && !isAncestor(visit.ancestors, target))
            await this.directory(visit, target);
    }
    async directory(visit, real) {
        let entries;
        try {
            entries = await this.fileSystem.list(visit.path);
        }
        catch (error) {
            throw (0,errors/* isTrustKitError */.Nf)(error) ? error : notFound(visit.path, error, visit.ancestors !== undefined);
        }
        this.progress?.(this.files.length + entries.length);
        const ancestors = { real, parent: visit.ancestors };
        const pathPrefix = visit.path.endsWith(external_node_path_.sep) ? visit.path : visit.path + external_node_path_.sep;
        const realPrefix = real.endsWith(external_node_path_.sep) ? real : real + external_node_path_.sep;
        const namePrefix = visit.name === undefined || visit.name === '' ? visit.name : `${visit.name}/`;
        const { skip } = this;
        // A directory of tens of thousands of files costs this loop's body that many times, cold: a regular file takes no call it can do without.
        for (const { name: entryName, kind } of entries) {
            if (WALK_SKIPPED_NAMES.has(entryName))
                continue;
            const path = pathPrefix + entryName;
            const name = namePrefix === undefined ? undefined : namePrefix + entryName;
            if (kind === 'file') {
                if (skip !== undefined && skip({ path, name: entryName, directory: false, real: realPrefix + entryName }) === true)
                    continue;
                if (!this.isLeftover(path, entryName))
                    this.addFile(path, name);
                continue;
            }
            // The entry's own real path: its parent's and its name (a link's target is looked up when it is visited).
            const entryReal = realPrefix + entryName;
            if (kind === 'directory') {
                if (skip?.({ path, name: entryName, directory: true, real: entryReal }) === true) {
                    this.skippedCount += 1;
                    continue;
                }
                // A killed release's staging directory (or the earlier output it moved aside) holds no artifact of this run: told of, not walked.
                const leftover = (0,core_files/* trustKitDirectoryKind */.ym)(entryName);
                if (leftover !== undefined)
                    this.leftover?.({ path, kind: leftover });
                else
                    this.pending.push({ path, name, shown: path, ancestors, kind: 'directory', real: entryReal });
            }
            else if (kind !== 'other') {
                // Links and entries of unknown type are looked at on their own, and offered to skip once what they name is known.
                this.pending.push({ path, name, shown: path, ancestors, offerSkip: true, ...(kind === 'symlink' ? { kind: 'symlink' } : { real: entryReal }) });
            }
        }
    }
}

// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(5403);
;// CONCATENATED MODULE: ./lib/checksums/format.js





const NEEDS_ESCAPE = /[\\\n\r]/;
const ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r' };
function escapeName(name) {
    return name.replace(/[\\\n\r]/g, (char) => ESCAPES[char] ?? char);
}
/**
 * Characters a report line must not carry as they are: C0 and C1 controls and DEL, which would
 * break its lines or drive the terminal (U+009B is a one-byte CSI), line and paragraph separators,
 * and bidirectional controls, which show a name in another order than it is (`evil`, U+202E,
 * `txt.exe` reads as `evilexe.txt`).
 */
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001f${logger/* UNSHOWN_BEYOND_C0 */.Xg}]`);
/** A backslash or a character of {@link UNPRINTABLE}, as a report line escapes it. */
const REPORT_ESCAPED = new RegExp(`[\\\\\\u0000-\\u001f${logger/* UNSHOWN_BEYOND_C0 */.Xg}]`, 'g');
/**
 * A name as `sha256sum -c` prints it in its report (`<name>: OK`): as it is, unless it holds a line
 * feed, which would break the report's lines, or another control character, which the checksums
 * file's author could use to drive the reader's terminal; then escaped with a leading `\` as in a
 * checksums file (`\\`, `\n`, `\r`), other controls, separators and bidirectional controls as
 * `\uXXXX` (sha256sum prints those as they are).
 */
function format_reportedName(name) {
    if (!UNPRINTABLE.test(name))
        return name;
    return `\\${name.replace(REPORT_ESCAPED, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}`;
}
/**
 * Renders a checksums file exactly as coreutils `sha256sum`/`sha512sum` write it in text mode:
 * `<hex>  <name>`, one per line, sorted by name. A name holding a backslash, a line feed or a
 * carriage return is escaped as coreutils 9 escapes it (`\\`, `\n`, `\r`, and the line starts with
 * `\`), so `sha256sum -c` and {@link parseChecksums} read every name back unchanged.
 */
function formatChecksums(entries) {
    checkArrayArgument("formatChecksums's entries", entries, 'entries { name, hex }');
    // Each entry too: one without a name or digest was written as the line "undefined  undefined", which no reader takes.
    checkEntries("formatChecksums's entries", entries, { name: 'string', hex: 'string' }, 'an entry { name, hex }');
    entries.forEach(({ name, hex }, index) => {
        if (name === '' || !/^(?:[0-9a-f]{2})+$/.test(hex)) {
            throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `formatChecksums's entries[${index}] ${name === '' ? 'has an empty name' : 'has a hex that is not a digest in lowercase hex'}`, { hint: 'pass entries { name, hex } as hashArtifacts gives them' });
        }
    });
    return checksumsFileText(entries);
}
/**
 * {@link formatChecksums} of entries trust-kit made itself (a release's artifacts as hashed, its
 * SBOMs), which need none of the checks a caller's entries do: a release lists a million files.
 */
function checksumsFileText(entries) {
    return sortByName(entries, (entry) => entry.name)
        .map(({ name, hex }) => checksumLine(name, hex))
        .join('');
}
/** One line of a checksums file, as {@link formatChecksums} writes it. */
function checksumLine(name, hex) {
    return NEEDS_ESCAPE.test(name) ? `\\${hex}  ${escapeName(name)}\n` : `${hex}  ${name}\n`;
}
const GNU_LINE = /^(\\?)([0-9a-fA-F]+) ([ *])(.+)$/s;
/**
 * A BSD tag line as `sha256sum -c` reads it: `--tag`'s `SHA256 (name) = HEX`, and the spacing OpenSSL 1.x and LibreSSL
 * write (`SHA256(name)= HEX`): an optional space before `(`, blanks (space or tab) around `=`, and the name up to the
 * last `)` (a name may hold `) = `).
 */
const TAG_LINE = /^(\\?)(SHA256|SHA512) ?\((.+)\)[ \t]*=[ \t]*([0-9a-fA-F]+)$/s;
function algorithmForLength(length) {
    if (length === hexLength('sha256'))
        return 'sha256';
    if (length === hexLength('sha512'))
        return 'sha512';
    return undefined;
}
function unescapeName(name) {
    let result = '';
    for (let i = 0; i < name.length; i++) {
        const char = name[i];
        if (char !== '\\') {
            result += char;
            continue;
        }
        const next = name[++i];
        if (next === '\\')
            result += '\\';
        else if (next === 'n')
            result += '\n';
        else if (next === 'r')
            result += '\r';
        else
            return undefined;
    }
    return result;
}
/**
 * Parses one line of a checksums file (without its line feed; a trailing carriage return is
 * dropped) in every form coreutils writes: `<hex>  name` text mode, `<hex> *name` binary mode,
 * escaped names, `--tag` BSD lines. A blank line is undefined; a line that is none of them is an
 * error naming the file (`file`, as messages show it: see shownFile) and line, never skipped; with
 * the file's `path`, the error carries its place there.
 */
function parseChecksumLine(raw, line, file, path) {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // A comment line, as sha256sum -c skips it: `#` first on the line.
    if (content.trim() === '' || content.startsWith('#'))
        return undefined;
    // Blanks before the digest, as sha256sum -c skips them (no digest or tag starts with one).
    const entry = parseLine(content.replace(/^[ \t]+/, ''), line);
    // Editors on Windows save one: sha256sum refuses the line too, and the mark itself shows as nothing.
    if (entry === undefined && line === 1 && content.startsWith('\uFEFF')) {
        throw new errors_ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:1: the file starts with a byte order mark (U+FEFF), which sha256sum -c does not read either`, {
            hint: 'save the checksums file as UTF-8 without a byte order mark, or regenerate it',
            ...checksumsPlace(path, 1),
        });
    }
    if (entry === undefined) {
        throw new errors_ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: not a checksum line: ${(0,quote/* quoted */.TL)(content, 120)}`, {
            hint: 'each line must be "<hex digest>  <file name>" as written by sha256sum or sha512sum',
            ...checksumsPlace(path, line),
        });
    }
    // No file name holds one: sha256sum -c reads the name up to it (another file), a -z file ends each line with one.
    if (entry.name.includes('\u0000')) {
        throw new errors_ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: the name ${(0,quote/* quoted */.TL)(entry.name, 120)} holds a NUL byte, which no file name can`, {
            hint: 'each line must be "<hex digest>  <file name>" ending in a line feed (not the NUL of sha256sum -z); regenerate the file',
            ...checksumsPlace(path, line),
        });
    }
    return entry;
}
/**
 * Parses a whole checksums file held in memory (see {@link parseChecksumLine}); a name listed
 * twice is an error. Files of any length are better checked with {@link checkChecksumsFile}, which
 * streams them.
 */
function parseChecksums(text, file) {
    errors_checkStringArgument("parseChecksums's text", text);
    errors_checkStringArgument("parseChecksums's file name", file);
    const shown = (0,quote/* shownFile */.G)(file);
    const entries = [];
    const seen = new Map();
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    lines.forEach((raw, index) => {
        const line = index + 1;
        const entry = parseChecksumLine(raw, line, shown);
        if (entry === undefined)
            return;
        const previous = seen.get(entry.name);
        if (previous !== undefined) {
            throw new errors_ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${shown}:${line}: ${(0,quote/* quoted */.TL)(entry.name)} is already listed on line ${previous}`, {
                hint: 'a checksums file must list each name once; regenerate it',
            });
        }
        seen.set(entry.name, line);
        entries.push(entry);
    });
    if (entries.length === 0)
        throw emptyChecksums(shown);
    return entries;
}
/** The error for a checksums file (`file` as messages show it; `path`, where it is read) that lists nothing. */
function emptyChecksums(file, path) {
    return new errors_ChecksumsError('CHECKSUMS_EMPTY', `${file} lists no checksums`, { hint: 'check that this is the right file and that it was not truncated', ...checksumsPlace(path) });
}
function parseLine(content, line) {
    const tag = TAG_LINE.exec(content);
    if (tag !== null) {
        const [, escaped, label, rawName, hex] = tag;
        const algorithm = label?.toLowerCase() ?? '';
        const name = escaped === '\\' ? unescapeName(rawName ?? '') : rawName;
        if (!isDigestAlgorithm(algorithm) || name === undefined || hex === undefined || hex.length !== hexLength(algorithm))
            return undefined;
        return { name, algorithm, hex: hex.toLowerCase(), line };
    }
    const gnu = GNU_LINE.exec(content);
    if (gnu === null)
        return undefined;
    const [, escaped, hex = '', , rawName = ''] = gnu;
    const algorithm = algorithmForLength(hex.length);
    const name = escaped === '\\' ? unescapeName(rawName) : rawName;
    if (algorithm === undefined || name === undefined)
        return undefined;
    return { name, algorithm, hex: hex.toLowerCase(), line };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./lib/checksums/pool.js




/**
 * The length of each algorithm's hex digest (core/digest's hexLength): this module is loaded before
 * the CLI, to start the threads, and importing core/digest would load it and node:crypto then too.
 */
const pool_HEX_LENGTH = { sha256: 64, sha512: 128 };
/**
 * What hashing a list of files gave, by file index, in shared memory that the threads write into:
 * each file's size (-1 for one that could not be read, whose error is in `failures`) and its hex
 * digests, one after another in its slot of `stride` bytes. A JavaScript object a file, made as
 * answers came in and kept until the end, cost 20,000 files of 4 KiB a tenth of their hashing in
 * garbage collection; strings are made here only when asked for.
 */
class FileHashes {
    count;
    sets;
    setOf;
    sizes;
    /** The hex digests as ASCII, `stride` bytes a file. */
    hex;
    stride;
    failures = new Map();
    /** Columns for `count` files whose algorithms are `sets[setOf[index]]` (`sets[0]` without `setOf`); shared with threads when `shared`. */
    constructor(count, sets, setOf, shared) {
        this.count = count;
        this.sets = sets;
        this.setOf = setOf;
        this.stride = Math.max(0, ...sets.map((set) => set.reduce((sum, algorithm) => sum + pool_HEX_LENGTH[algorithm], 0)));
        this.sizes = new Float64Array(shared ? new SharedArrayBuffer(8 * count) : new ArrayBuffer(8 * count));
        this.hex = shared ? Buffer.from(new SharedArrayBuffer(this.stride * count)) : Buffer.alloc(this.stride * count);
    }
    /** The algorithms of the file at `index`. */
    algorithmsOf(index) {
        return this.sets[this.setOf === undefined ? 0 : (this.setOf[index] ?? 0)] ?? [];
    }
    /** Records the file at `index` as read: its size and one hex digest per algorithm of its own. */
    set(index, size, hexes) {
        this.sizes[index] = size;
        let at = index * this.stride;
        for (const hex of hexes)
            at += this.hex.write(hex, at, 'latin1');
    }
    /** Records the file at `index` as not read, and why. */
    fail(index, failure) {
        this.sizes[index] = -1;
        this.failures.set(index, failure);
    }
    /** The hex digests of the file at `index`, one per algorithm of its own (none for a file not read). */
    hexesOf(index) {
        if ((this.sizes[index] ?? -1) < 0)
            return [];
        let at = index * this.stride;
        return this.algorithmsOf(index).map((algorithm) => {
            const hex = this.hex.toString('latin1', at, at + pool_HEX_LENGTH[algorithm]);
            at += pool_HEX_LENGTH[algorithm];
            return hex;
        });
    }
    /** The answer for the file at `index`, as {@link HashPool.hash} reports it. */
    answer(index) {
        const size = this.sizes[index] ?? -1;
        return size < 0 ? [-1, this.failures.get(index)?.code ?? 'unanswered'] : [size, this.hexesOf(index)];
    }
    /** Takes over the file at `from` of `other` (hashed with the same algorithms) as its own at `index`. */
    copy(index, other, from) {
        this.sizes[index] = other.sizes[from] ?? -1;
        const failure = other.failures.get(from);
        if (failure !== undefined)
            this.failures.set(index, failure);
        other.hex.copy(this.hex, index * this.stride, from * other.stride, from * other.stride + Math.min(this.stride, other.stride));
    }
}
/** The error code a thread gives for a path that is not a regular file (a pipe, a device), as errno codes are given. */
const pool_NOT_REGULAR = 'ENOTREG';
/** The error code a thread gives for a path whose real path is not under the job's `within` directory (a link or a `..` leading out of it): it is not opened. */
const pool_OUTSIDE = 'EOUTSIDE';
/** The error code a thread gives for a file written to while it was read (core/digest's changedWhileRead, the same test): its digest would be of bytes it never held at one moment. */
const CHANGED = 'ECHANGED';
/** The error code a thread gives for a listed path that is a symbolic link to nothing: there, but broken, not a file that is missing. */
const DANGLING = 'EDANGLING';
/** What a calling thread answers for a file longer than {@link CALLER_FILE_BYTES}: left to the threads, so that its event loop never waits on a long file. */
const LEFT_TO_THREADS = 'ELEFT';
/**
 * Bytes a calling thread hashes between two turns of its event loop, give or take a file (about
 * 20 ms): a release of a few dozen artifacts of tens of MiB then has the calling thread hashing
 * from the start, beside the threads, instead of leaving every file longer than one read to one
 * more thread that takes 30 ms of a core to start.
 */
const CALLER_TURN_BYTES = 32 * 1024 * 1024;
/** A longer file the calling thread leaves to the threads: hashing it would keep its event loop from turning for over 40 ms. */
const CALLER_FILE_BYTES = 64 * 1024 * 1024;
/** From this many files on, hashing threads pay off whatever the files' sizes. */
const MANY_FILES = 64;
/** Files per claim of the shared counter at most: thousands of small files do not cost a message each. */
const MAX_BATCH_FILES = 64;
/** Claims per thread at least, so that the threads finish together. */
const CLAIMS_PER_THREAD = 8;
/**
 * How a thread hashes a job's files, as the body of a function of `fs` and `crypto` (node:fs and
 * node:crypto) returning `claimAndHash`: one source for the worker threads and for a calling
 * thread that hashes too (compiled there with vm.compileFunction), so that both read files by the
 * same rules. A job's files are shared by every thread working on it: each takes the next few
 * files from a shared counter, so none waits for the main thread to hand out work (on a busy
 * machine that round trip, not hashing, was most of the time); paths come in one shared buffer of
 * UTF-8. Each file is opened without blocking and checked on its descriptor to be a regular file
 * (one swapped for a pipe or a device since it was listed would block the open or never end),
 * then read with synchronous calls into one reused buffer (the thread has nothing else to do); a
 * file that fits one read (the size fstat gave) is hashed in one call per algorithm, half the cost
 * for tiny files, and a longer one feeds every hash from the same reads; a file written to while
 * it was read (looked at again on its descriptor after the last read) is answered {@link CHANGED}.
 * A file's size and hex digests go to the job's shared {@link FileHashes} columns (`sizes`,
 * `hexes`, `stride` bytes a file), its error code, if any, to `report`, which is told
 * `(first index, count, errors)` after each claim, before a file too big for one read and at least
 * every 50 ms, so that a huge file does not hold up the report of those before it. `claimAndHash` stops
 * when the counter is spent, or after one claim when `once` is set: a calling thread then lets its
 * event loop turn, so that its signal handlers never wait long. Such a thread also stops within a
 * claim once it has hashed {@link CALLER_TURN_BYTES} in the call, and goes on from there in its
 * next call for the same job; a file longer than {@link CALLER_FILE_BYTES} it answers with
 * {@link LEFT_TO_THREADS} instead of hashing it. `claimAndHash` returns whether it stopped with
 * files perhaps left to claim.
 */
const HASHING_SOURCE = `
const { openSync, readSync, closeSync, fstatSync, lstatSync, realpathSync, statSync, constants } = fs;
const { createHash, hash } = crypto;
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const NOFOLLOW = constants.O_NOFOLLOW || 0;
const buffer = Buffer.allocUnsafe(1024 * 1024);
// The view of a whole read of the last length: files of one size (a release's thousands of small files often are) share one.
let wholeRead = buffer.subarray(0, 0);
let report;
let leaveBig = false;
let turnBytes = 0;
// Where a calling thread stopped within a claim, by job: it may help another job (a second pool's) before it comes back.
const resumes = new WeakMap();
let first = 0;
let answered = 0;
// [index, code] of the files answered since first that could not be read.
let errors = [];
let posted = Date.now();
function post(next) {
  if (answered > 0) report(first, answered, errors.length === 0 ? undefined : errors);
  answered = 0;
  errors = [];
  first = next;
  posted = Date.now();
}
function changed(before, after, bytesRead) {
  return before.size !== bytesRead || after.size !== bytesRead || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs;
}
// Writes the hex digests of the file at index in its slot; returns its size.
function store(index, size, hexes, sizes, hexBytes, stride) {
  let at = index * stride;
  for (const hex of hexes) at += hexBytes.write(hex, at, 'latin1');
  sizes[index] = size;
  return size;
}
// Hashes the bytes of a file that fit one read into its slot; returns its size.
function storeWhole(index, size, algorithms, sizes, hexBytes, stride) {
  if (wholeRead.length !== size) wholeRead = buffer.subarray(0, size);
  if (algorithms.length > 1) return store(index, size, algorithms.map((algorithm) => hash(algorithm, wholeRead)), sizes, hexBytes, stride);
  hexBytes.write(hash(algorithms[0], wholeRead), index * stride, 'latin1');
  sizes[index] = size;
  return size;
}
// The file's size once its digests are stored, or the error code it could not be read with.
function hashOne(path, algorithms, index, within, follow, sizes, hexBytes, stride) {
  let fd;
  try {
    // A listed file is read without following a link (unless the job follows them): one swapped in since it was listed would lead out of the base (ELOOP).
    if (within === undefined) fd = openSync(path, follow ? FLAGS : FLAGS | NOFOLLOW);
    else {
      // Resolved first, so that neither a link nor a '..' reads outside; the real path is opened without following a link swapped in since.
      let real;
      try {
        real = realpathSync.native(path);
      } catch (error) {
        // A link to nothing is there, broken: reported as such, never taken for a file a partial download lacks.
        if (error && error.code === 'ENOENT' && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return '${DANGLING}';
        throw error;
      }
      if (!real.startsWith(within) && real !== within.slice(0, -1)) return '${pool_OUTSIDE}';
      // A pipe or a device a checksums file names is never opened: opening one can act (a pipe's writer goes on, a watchdog starts).
      if (!statSync(real).isFile()) return '${pool_NOT_REGULAR}';
      fd = openSync(real, FLAGS | NOFOLLOW);
    }
    const info = fstatSync(fd);
    if (!info.isFile()) return '${pool_NOT_REGULAR}';
    let read = readSync(fd, buffer, 0, buffer.length, null);
    if (read < buffer.length && read >= info.size) {
      if (changed(info, fstatSync(fd), read)) return '${CHANGED}';
      return storeWhole(index, read, algorithms, sizes, hexBytes, stride);
    }
    if (leaveBig && info.size > ${CALLER_FILE_BYTES}) return '${LEFT_TO_THREADS}';
    post(index);
    const hashes = algorithms.map((algorithm) => createHash(algorithm));
    let size = 0;
    while (read > 0) {
      size += read;
      const bytes = buffer.subarray(0, read);
      for (const streaming of hashes) streaming.update(bytes);
      read = readSync(fd, buffer, 0, buffer.length, null);
    }
    if (changed(info, fstatSync(fd), size)) return '${CHANGED}';
    return store(index, size, hashes.map((streaming) => streaming.digest('hex')), sizes, hexBytes, stride);
  } catch (error) {
    return (error && error.code) || String(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
return function claimAndHash(job, reportTo, once) {
  const { paths, pathEncoding, offsets, sets, setOf, next, claim, within, stride } = job;
  const follow = job.followLinks === true;
  report = reportTo;
  leaveBig = once;
  const pathBytes = Buffer.from(paths);
  const sizes = new Float64Array(job.sizes);
  const hexBytes = Buffer.from(job.hexes);
  const counter = new Int32Array(next);
  const count = offsets.length - 1;
  turnBytes = 0;
  for (;;) {
    let start;
    let end;
    const resume = resumes.get(job);
    if (resume !== undefined) {
      resumes.delete(job);
      [start, end] = resume;
    } else {
      start = Atomics.add(counter, 0, claim);
      if (start >= count) return false;
      end = Math.min(count, start + claim);
    }
    post(start);
    for (let index = start; index < end; index++) {
      if (once && turnBytes >= ${CALLER_TURN_BYTES}) {
        post(index);
        resumes.set(job, [index, end]);
        return true;
      }
      // Counted after the call: hashOne may post the answers so far and start a new run at this file.
      const answer = hashOne(pathBytes.toString(pathEncoding, offsets[index], offsets[index + 1]), sets[setOf === undefined ? 0 : setOf[index]], index, within, follow, sizes, hexBytes, stride);
      if (typeof answer === 'string') {
        sizes[index] = -1;
        errors.push([index, answer]);
      } else turnBytes += answer;
      answered += 1;
      if (Date.now() - posted >= 50) post(index + 1);
    }
    post(end);
    if (once) return true;
  }
};
`;
/** The worker threads' script, self-contained so that it runs from a single-file bundle; `null` says the thread has no more work in the job. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const claimAndHash = (function (fs, crypto) {${HASHING_SOURCE}})(require('node:fs'), require('node:crypto'));
const toParent = (first, count, errors) => parentPort.postMessage(errors === undefined ? [first, count] : [first, count, errors]);
parentPort.on('message', (job) => {
  claimAndHash(job, toParent, false);
  parentPort.postMessage(null);
});
`;
let callingThreadHasher;
/** {@link HASHING_SOURCE} compiled on this thread, once. */
function hashHere() {
    callingThreadHasher ??= (0,external_node_vm_.compileFunction)(HASHING_SOURCE, ['fs', 'crypto'])(external_node_fs_namespaceObject, external_node_crypto_namespaceObject);
    return callingThreadHasher;
}
/**
 * The paths as one shared buffer of UTF-8 and the offset of each (and of the end). Paths all in
 * ASCII (nearly always) are written in one call, their offsets counted in characters; otherwise
 * each is measured and written on its own.
 */
function sharedPaths(paths) {
    const offsets = new Float64Array(new SharedArrayBuffer(8 * (paths.length + 1)));
    const joined = paths.join('');
    const total = Buffer.byteLength(joined, 'utf8');
    const shared = new SharedArrayBuffer(total);
    const bytes = Buffer.from(shared);
    const ascii = total === joined.length;
    let offset = 0;
    // A plain loop: a callback a path cost tens of thousands of paths 2 ms, cold.
    for (let index = 0; index < paths.length; index++) {
        const path = paths[index];
        offsets[index] = offset;
        offset += ascii ? path.length : bytes.write(path, offset, 'utf8');
    }
    offsets[paths.length] = offset;
    if (ascii)
        bytes.write(joined, 0, 'latin1');
    return { paths: shared, pathEncoding: ascii ? 'latin1' : 'utf8', offsets };
}
/** The distinct algorithm lists and each file's index into them (none when every file has the same). */
function algorithmSets(algorithms, count) {
    if (algorithms.length === 1)
        return { sets: [[...(algorithms[0] ?? [])]], setOf: undefined };
    const keys = new Map();
    const sets = [];
    const setOf = new Uint8Array(count);
    algorithms.forEach((list, index) => {
        const key = list.join(',');
        let set = keys.get(key);
        if (set === undefined) {
            set = sets.push([...list]) - 1;
            keys.set(key, set);
        }
        setOf[index] = set;
    });
    return { sets, setOf };
}
/**
 * Threads that hash files, for every caller: `checksums` hashing a release (one job of many
 * files, on every thread), and `checksums --check` streaming a checksums file (a job per batch of
 * lines, queued, answers reported in line order as they come). Threads start when work arrives
 * (or all at once with {@link HashPool.start}, to overlap starting with finding the files); an idle
 * thread joins the oldest queued job that still has files nobody has claimed. {@link close} ends them.
 * Only threads at work keep the process alive: threads started ahead for work that never came (a
 * command that failed on its flags) let it exit.
 */
class pool_HashPool {
    #size;
    #threads = [];
    #idle = [];
    #jobs = [];
    #closing = false;
    /**
     * A pool of at most `size` threads (default: the available cores), started as work arrives. A
     * pool of none hashes on the calling thread alone (one core: no thread would run beside it),
     * starting a thread only for a file longer than {@link CALLER_FILE_BYTES}; a job that the calling thread does not
     * help gets one thread all the same.
     */
    constructor(size = (0,external_node_os_.availableParallelism)()) {
        this.#size = Math.max(0, size);
    }
    /** A pool whose `size` threads start now. */
    static start(size = (0,external_node_os_.availableParallelism)()) {
        const pool = new pool_HashPool(size);
        while (pool.#threads.length < pool.#size)
            pool.#idle.push(pool.#startThread());
        return pool;
    }
    /** How many threads it may run: one more for each job whose calling thread left a file longer than {@link CALLER_FILE_BYTES} to them. */
    get size() {
        return this.#size;
    }
    /**
     * Hashes each file through its algorithms (`algorithms` has one list for every file, or one per
     * file). The promise settles, once every file is answered, with what they gave; `onAnswers`, when
     * given, gets runs of consecutive answers meanwhile, `first` being the index of the run's first
     * file, in no particular order between runs (a caller that needs them all at the end leaves it
     * out: no object is made a file).
     * With `callerHelps`, the calling thread takes claims too, one per turn of its event loop: for a
     * caller with nothing else to do, one thread fewer to start (tens of milliseconds of a core), and
     * hashing begins at once instead of when a thread has started. A promise there makes the calling
     * thread start helping once it settles: a caller with work of its own first (a release
     * cataloging its lockfiles) would otherwise get one turn of its event loop per claim it hashes.
     * `oneFilePerClaim` is for a few large files: claims of several would leave one thread hashing
     * its last claim's files alone at the end (three files of 20 MiB: 40 ms of one core).
     * `within` (a real directory path ending in a separator) confines the reads to that directory:
     * each path is resolved to its real path first, and one outside is answered {@link OUTSIDE}; one
     * that is not a regular file is answered {@link NOT_REGULAR} without being opened. Without it, a
     * path that is a symbolic link is answered ELOOP, unread (a file listed, then swapped for a link),
     * unless `followLinks` (files a user named one by one).
     */
    hash(paths, algorithms, onAnswers, options = {}) {
        const onHashed = onAnswers === undefined
            ? undefined
            : (hashes, first, count) => {
                const answers = [];
                for (let index = first; index < first + count; index++)
                    answers.push(hashes.answer(index));
                onAnswers(first, answers);
            };
        return this.#run(paths, algorithms, onHashed, options);
    }
    /** {@link hash}, telling `onHashed` of each run of files answered. */
    #run(paths, algorithms, onHashed, options) {
        const { sets, setOf } = algorithmSets(algorithms, paths.length);
        const hashes = new FileHashes(paths.length, sets, setOf, true);
        if (paths.length === 0)
            return Promise.resolve(hashes);
        const callerHelps = options.callerHelps !== undefined && options.callerHelps !== false;
        if (!callerHelps)
            this.#size = Math.max(1, this.#size);
        const claim = options.oneFilePerClaim === true ? 1 : Math.max(1, Math.min(MAX_BATCH_FILES, Math.floor(paths.length / ((this.#size + (callerHelps ? 1 : 0)) * CLAIMS_PER_THREAD))));
        const next = new SharedArrayBuffer(4);
        return new Promise((settle, fail) => {
            const job = {
                message: { ...sharedPaths(paths), sets, setOf, next, claim, within: options.within, ...(options.followLinks === true ? { followLinks: true } : {}), sizes: hashes.sizes.buffer, hexes: hashes.hex.buffer, stride: hashes.stride },
                paths,
                leftToThreads: [],
                count: paths.length,
                counter: new Int32Array(next),
                working: new Set(),
                answered: 0,
                maxThreads: Math.ceil(paths.length / claim),
                hashes,
                onHashed: onHashed === undefined ? () => undefined : (first, count) => onHashed(hashes, first, count),
                failure: undefined,
                ended: false,
                settle: () => settle(hashes),
                fail,
            };
            this.#jobs.push(job);
            this.#dispatch();
            if (options.callerHelps === true)
                this.#helpHere(job);
            else if (callerHelps) {
                const help = () => {
                    if (!job.ended)
                        this.#helpHere(job);
                };
                Promise.resolve(options.callerHelps).then(help, help);
            }
        });
    }
    /** Ends the threads; jobs still running fail. */
    async close() {
        this.#closing = true;
        await Promise.all(this.#threads.map((thread) => thread.terminate()));
    }
    /** Gives idle threads, and new ones while there are fewer than the size, to the oldest jobs with files left to claim. */
    #dispatch() {
        for (const job of this.#jobs) {
            while (job.working.size < job.maxThreads && Atomics.load(job.counter, 0) < job.count) {
                const thread = this.#idle.pop() ?? (this.#threads.length < this.#size ? this.#startThread() : undefined);
                if (thread === undefined)
                    return;
                job.working.add(thread);
                thread.ref();
                this.#listen(thread, job);
                thread.postMessage(job.message);
            }
        }
    }
    /**
     * Takes claims of the job on this thread, the first at once, the event loop turning between
     * claims and within long ones (the threads' answers come in). A file longer than
     * {@link CALLER_FILE_BYTES} ends its help: the pool gets one more thread, for the files this
     * thread left and those still unclaimed, so that big files are hashed on as many threads as
     * before and this event loop, with the signal handlers on it, never waits on one.
     */
    #helpHere(job) {
        let more;
        try {
            more = !job.ended && hashHere()(job.message, (first, count, errors) => this.#answerHere(job, first, count, errors), true);
        }
        catch (error) {
            this.#end(job, { error });
            return;
        }
        const left = job.leftToThreads;
        if (left.length === 0) {
            if (more)
                setImmediate(() => this.#helpHere(job));
            return;
        }
        if (job.ended)
            return;
        this.#size += 1;
        this.#run(left.map((index) => job.paths[index] ?? ''), left.map((index) => job.hashes.algorithmsOf(index)), (hashes, first, count) => {
            for (let position = first; position < first + count; position++) {
                const index = left[position] ?? -1;
                job.hashes.copy(index, hashes, position);
                this.#answer(job, index, 1);
            }
        }, { ...(job.message.within === undefined ? {} : { within: job.message.within }), ...(job.message.followLinks === true ? { followLinks: true } : {}) }).catch((error) => this.#end(job, { error }));
    }
    /** The calling thread's answers: runs of them go to the job, files it left to the threads are set aside. */
    #answerHere(job, first, count, errors) {
        let run = first;
        for (const [index, code] of errors ?? []) {
            if (code !== LEFT_TO_THREADS)
                continue;
            if (index > run)
                this.#answer(job, run, index - run, errors);
            job.leftToThreads.push(index);
            run = index + 1;
        }
        if (run < first + count)
            this.#answer(job, run, first + count - run, errors);
    }
    /**
     * Records a run of answers (the error codes of those in it that could not be read, among
     * `errors`) and hands it to the job's callback, unless the job has failed already (a callback
     * that throws fails the job, not the process); ends the job with its last file's answer: a
     * thread still starting when the others have answered everything is not waited for.
     */
    #answer(job, first, count, errors) {
        for (const [index, code] of errors ?? [])
            if (index >= first && index < first + count)
                job.hashes.fail(index, { code });
        if (job.failure === undefined) {
            try {
                job.onHashed(first, count);
            }
            catch (error) {
                job.failure = { error };
            }
        }
        job.answered += count;
        if (job.answered >= job.count)
            this.#end(job, job.failure);
    }
    #listen(thread, job) {
        const stop = () => {
            thread.off('message', onMessage).off('error', onError).off('exit', onExit);
            job.working.delete(thread);
        };
        const onMessage = (message) => {
            if (message !== null) {
                this.#answer(job, message[0], message[1], message[2]);
                return;
            }
            // A thread says it is done once the counter is spent and its own claims are answered.
            stop();
            // A thread being ended keeps the process alive until it has ended (terminate refs it), or close() might never settle.
            if (!this.#closing)
                thread.unref();
            this.#idle.push(thread);
            this.#dispatch();
        };
        const onError = (error) => {
            stop();
            this.#threads.splice(this.#threads.indexOf(thread), 1);
            this.#end(job, { error: error instanceof Error ? error : new Error(String(error)) });
        };
        const onExit = (code) => onError(new Error(`a hashing thread stopped early (exit code ${code})`));
        thread.on('message', onMessage).on('error', onError).on('exit', onExit);
    }
    #startThread() {
        // node:worker_threads is loaded with the first thread, not imported: `checksums` of a file or a few, which hashes
        // on this thread alone, starts 2 ms sooner without it.
        const { Worker } = process.getBuiltinModule('node:worker_threads');
        // An empty environment: the thread reads none, and a copy of this one's would put every variable, secrets
        // included, as strings in a heap that the secrets module never scrubs (threads may start before it takes them).
        const thread = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], env: {} });
        thread.unref();
        this.#threads.push(thread);
        return thread;
    }
    #end(job, failure) {
        if (job.ended)
            return;
        job.ended = true;
        this.#jobs.splice(this.#jobs.indexOf(job), 1);
        if (failure === undefined)
            job.settle();
        else
            job.fail(failure.error);
    }
}

;// CONCATENATED MODULE: ./lib/checksums/hash.js







/** Below this many bytes in all, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 16 * 1024 * 1024;

/**
 * Fails with CHECKSUMS_ALGORITHM_UNSUPPORTED unless every algorithm is one a checksums file may
 * use: node:crypto hashes with any name OpenSSL knows, so a caller in plain JavaScript passing
 * `md5` or `sha1` got a checksums file holding those digests where SHA-256 ones belong.
 */
function hash_checkAlgorithms(algorithms) {
    for (const algorithm of algorithms) {
        if (typeof algorithm === 'string' && isDigestAlgorithm(algorithm))
            continue;
        throw new errors_ChecksumsError('CHECKSUMS_ALGORITHM_UNSUPPORTED', typeof algorithm === 'string' ? `hash algorithm ${(0,quote/* quoted */.TL)(algorithm, 40)} is not one trust-kit hashes artifacts with` : `the hash algorithm is ${(0,quote/* typeName */.go)(algorithm)}, not one name`, {
            hint: `pass ${DIGEST_ALGORITHMS.map((name) => `"${name}"`).join(' or ')} (lowercase)`,
        });
    }
}
/**
 * The most threads one call hashes with: each takes about 9 MB, and a `concurrency` of 10,000
 * started as many (90 GB); no machine has the cores for more to help.
 */
const MAX_HASH_THREADS = 256;
/** The threads a call hashes with when not told: one per core, at most {@link MAX_HASH_THREADS}. */
function defaultHashThreads() {
    return Math.min((0,external_node_os_.availableParallelism)(), MAX_HASH_THREADS);
}
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `concurrency` is unset or a whole number of threads
 * from 1 to {@link MAX_HASH_THREADS}: NaN (`Number()` of an unset variable) made a pool of NaN
 * threads, which never hashed a file, and the call never settled.
 */
function hash_checkConcurrency(concurrency) {
    if (concurrency === undefined || (Number.isSafeInteger(concurrency) && concurrency >= 1 && concurrency <= MAX_HASH_THREADS))
        return;
    if (typeof concurrency === 'number' && Number.isSafeInteger(concurrency) && concurrency > MAX_HASH_THREADS) {
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${concurrency}, more threads than trust-kit hashes with (at most ${MAX_HASH_THREADS}, each about 9 MB of memory)`, {
            hint: 'pass at most the number of cores (or leave it out for one per core)',
        });
    }
    throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${typeof concurrency === 'number' ? String(concurrency) : `a ${typeof concurrency}`}, not a whole number of threads from 1 up`, {
        hint: 'pass the number of threads to hash with (1 hashes on the calling thread alone), or leave it out for one per core',
    });
}
/**
 * Hashes every file, streaming (a 10 GiB artifact never sits in memory) and, for many files,
 * on all cores; fails with the first file that cannot be read. The result keeps the input order.
 */
async function hashArtifacts(files, algorithm, options = {}) {
    checkArrayArgument("hashArtifacts's files", files, 'files { name, path } (what collectArtifacts returns)');
    checkEntries("hashArtifacts's files", files, { name: 'string', path: 'string' }, 'a file { name, path } (what collectArtifacts returns)');
    checkOptionsArgument("hashArtifacts's options", options, { also: 'strings', followLinks: 'boolean' });
    const outcomes = await hash_hashEach(files, algorithm, options);
    for (const outcome of outcomes)
        if ('error' in outcome)
            throw outcome.error;
    return outcomes;
}
/**
 * Like {@link hashArtifacts}, but reports a file that cannot be read in its place and goes on.
 * Many files on threads started ahead are handed to them before it returns (and the calling thread,
 * when it helps, has hashed its first claim), so that the caller can do other work meanwhile.
 */
async function hash_hashEach(files, algorithm, options = {}) {
    const hashes = await hashFiles(files, algorithm, options);
    return files.map((file, index) => outcomeAt(file, hashes, index));
}
/**
 * What {@link hashEach} does, the results kept by file index in {@link FileHashes} rather than as
 * an object a file: for a caller that writes them out at once (a checksums file), or picks them.
 */
async function hashFiles(files, algorithm, options = {}) {
    const algorithms = [algorithm, ...(options.also ?? []).filter((extra) => extra !== algorithm)];
    hash_checkAlgorithms(algorithms);
    hash_checkConcurrency(options.concurrency);
    const help = options.callerHelps ?? false;
    const follow = options.followLinks === true;
    const callerHelps = help === false ? 0 : 1;
    const threads = Math.min((options.workers === undefined ? (options.concurrency ?? defaultHashThreads()) : options.workers.size + callerHelps), files.length);
    // Many files go to the pool's synchronous reads without a look at their sizes, before the first await, even with
    // one core (on this thread alone when it helps): read one by one through the event loop, a small file costs ten
    // times as much (20,000 files of 4 KiB: 1.9 s against 0.2 s).
    if (files.length < MANY_FILES && (files.length < 2 || threads < 2 || !(await worthWorkers(files)))) {
        const hashes = new FileHashes(files.length, [algorithms], undefined, false);
        for (const [index, file] of files.entries())
            await hashInProcess(file, algorithms, hashes, index, follow);
        return hashes;
    }
    if (options.workers !== undefined)
        return hashOnPool(options.workers, files, algorithms, help, follow);
    const started = pool_HashPool.start(Math.max(threads - callerHelps, 1 - callerHelps));
    try {
        return await hashOnPool(started, files, algorithms, help, follow);
    }
    finally {
        await started.close();
    }
}
/** Hashes the files through `algorithms` on a pool's threads (and this one, when it helps). */
function hashOnPool(pool, files, algorithms, callerHelps, followLinks) {
    // Fewer files than that reach the threads only when they are large (worthWorkers).
    return pool.hash(files.map((file) => file.target ?? file.path), [algorithms], undefined, { callerHelps, oneFilePerClaim: files.length < MANY_FILES, ...(followLinks ? { followLinks } : {}) });
}
/** The outcome of hashing `file`, the file at `index` of `hashes`. */
function outcomeAt(file, hashes, index) {
    if ((hashes.sizes[index] ?? -1) < 0) {
        const failure = hashes.failures.get(index);
        return { ...file, error: readFailed(file.path, failure?.code ?? 'unexpected answer', failure?.cause) };
    }
    return artifactOf(file, hashes.sizes[index] ?? 0, hashes.algorithmsOf(index), hashes.hexesOf(index));
}
/** The artifact for a file read through `algorithms`, the first being the run's own. */
function artifactOf(file, size, algorithms, hexes) {
    const digests = {};
    algorithms.forEach((algorithm, index) => {
        digests[algorithm] = hexes[index];
    });
    return { path: file.path, name: file.name, size, hex: hexes[0] ?? '', digests };
}
/** Whether files are worth hashing on threads: many files, or a few big enough in all to pay for starting threads. */
async function worthThreads(files) {
    return files.length >= MANY_FILES || worthWorkers(files);
}
/** Whether a few files are big enough in all to pay for starting threads. */
async function worthWorkers(files) {
    const sizes = await Promise.all(files.map(async (file) => (await (0,promises_.stat)(file.path).catch(() => undefined))?.size ?? 0));
    return sizes.reduce((sum, size) => sum + size, 0) >= WORKER_THRESHOLD_BYTES;
}
function readFailed(path, code, cause) {
    if (code === CHANGED || code === 'FILE_CHANGED') {
        return new errors_ChecksumsError('CHECKSUMS_FILE_CHANGED', `${errors_shownPath(path)} changed while it was hashed: its checksum would be of bytes it never held at one moment`, {
            cause,
            hint: "something wrote to it meanwhile (a build still writing, another job): make sure nothing writes to the artifacts until their checksums are written, then run again",
        });
    }
    if (code === 'ELOOP') {
        return new errors_ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${errors_shownPath(path)}: it is a symbolic link, which is never followed once listed (it may lead out of the base)`, {
            cause,
            hint: "something replaced it with a link after it was listed: make sure nothing writes to the artifacts' directories until their checksums are written (a library caller lists files with collectArtifacts, which gives a link's checked target)",
        });
    }
    const reason = code === pool_NOT_REGULAR || code === 'FILE_NOT_REGULAR' ? 'not a regular file (a pipe, a device or a directory is never read)' : code;
    return new errors_ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${errors_shownPath(path)}: ${reason}`, {
        cause,
        // Every file hashed was found moments before (listed, matched or named): one gone since was removed or renamed meanwhile.
        // Found by a walk, then gone, it was removed meanwhile; a path a library caller gave may never have been there.
        hint: code === 'EACCES' ? 'make the file readable by the user running trust-kit' : code === 'ENOENT' ? `check the path (collectArtifacts finds the files to hash); if it was there, ${CHANGED_HINT}` : 'check that the file exists and is readable',
    });
}
async function hashInProcess(file, algorithms, hashes, index, followLinks) {
    try {
        const { digest, size } = await hashFile(file.target ?? file.path, algorithms, followLinks ? {} : { noFollow: true });
        hashes.set(index, size, algorithms.map((algorithm) => digest[algorithm] ?? ''));
    }
    catch (error) {
        hashes.fail(index, { code: (0,errors/* systemErrorCode */.vq)(error) ?? String(error), cause: error });
    }
}

;// CONCATENATED MODULE: ./lib/checksums/check.js













/**
 * Whether a result is a file here that could not be read (a permission, a directory in its place):
 * a problem of this machine, not evidence against the file. A name leading out of the base, or too
 * long for any file to have it, is the checksums file's doing: a failure of its own.
 */
function unreadableHere(result) {
    return result.status === 'unreadable' && result.outside !== true && result.reason !== 'ENAMETOOLONG';
}
/** How `sha256sum -c` words each outcome in its report. */
const STATUS_TEXT = {
    ok: 'OK',
    mismatch: 'FAILED',
    missing: 'FAILED open or read (missing)',
    unreadable: 'FAILED open or read',
};
/** One line of a check report, as `sha256sum -c` prints it: `<name>: OK`, `<name>: FAILED`, ... (no line feed). */
function reportLine(result) {
    return `${reportedName(result.entry.name)}: ${STATUS_TEXT[result.status]}${result.outside === true ? ' (outside the base directory)' : ''}`;
}
function unreadableChecksums(path, error) {
    const code = (0,errors/* systemErrorCode */.vq)(error);
    return new errors_ChecksumsError(code === 'ENOENT' ? 'CHECKSUMS_PATH_NOT_FOUND' : 'CHECKSUMS_READ_FAILED', `cannot read checksums file ${path}: ${code ?? String(error)}`, {
        cause: error,
        hint: 'check the path to the checksums file',
    });
}
function lineTooLong(file, line, maxLineBytes, path) {
    return new errors_ChecksumsError('CHECKSUMS_LINE_TOO_LONG', `${file}:${line}: the line is longer than ${maxLineBytes} bytes, which no checksum line of a real file name is`, {
        hint: 'check that this is a checksums file written by sha256sum, sha512sum or trust-kit',
        ...checksumsPlace(path, line),
    });
}
/**
 * A line's bytes as text. A name whose bytes are not UTF-8 (sha256sum lists any) would be decoded
 * with U+FFFD in their place, a name no file has: refused, so that it is neither reported missing
 * nor skipped by `ignoreMissing` while sha256sum checks it.
 */
function lineText(bytes, file, line, path) {
    // A comment lists no name: sha256sum -c skips a line whose first byte is `#`, whatever its encoding (a Latin-1 title).
    if ((0,external_node_buffer_.isUtf8)(bytes) || bytes[0] === 0x23)
        return bytes.toString('utf8');
    throw new errors_ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${file}:${line}: the line is not valid UTF-8, so the file name it lists cannot be looked up`, {
        hint: 'check such a file with sha256sum -c; trust-kit reads names written in UTF-8, as it writes them',
        ...checksumsPlace(path, line),
    });
}
/**
 * Reads a checksums file line by line, yielding each entry as its line is read: memory holds one
 * chunk and one line whatever the file's length. The file must be a regular file (a pipe or
 * device is refused before reading); a line longer than the cap is an error naming its number.
 * Names listed twice are not detected (that would take memory growing with the file); every
 * line is checked, so a second, different digest for a name fails as `sha256sum -c` fails it.
 */
async function* readChecksumEntries(path, options = {}) {
    errors_checkStringArgument("readChecksumEntries's path", path);
    errors_checkOptionsArgument("readChecksumEntries's options", options, { shown: 'string', maxLineBytes: 'number', onChunk: 'function' });
    const named = options.shown ?? path;
    const shown = (0,quote/* shownFile */.G)(named);
    const maxLineBytes = options.maxLineBytes ?? core_files/* INPUT_LIMITS */.Ef.checksumsLine;
    let carry = Buffer.alloc(0);
    let line = 0;
    let listed = 0;
    const chunks = (0,core_files/* regularFileChunks */.hT)(path, { what: 'checksums file', shown: named });
    // Closes the file also when the caller stops early or a line is refused.
    try {
        for (;;) {
            let next;
            try {
                next = await chunks.next();
            }
            catch (error) {
                throw (0,errors/* isTrustKitError */.Nf)(error) ? error : unreadableChecksums(shown, error);
            }
            if (next.done === true)
                break;
            const chunk = next.value;
            options.onChunk?.(chunk);
            let start = 0;
            for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
                line += 1;
                if (carry.length + end - start > maxLineBytes)
                    throw lineTooLong(shown, line, maxLineBytes, path);
                const text = lineText(carry.length === 0 ? chunk.subarray(start, end) : Buffer.concat([carry, chunk.subarray(start, end)]), shown, line, path);
                carry = Buffer.alloc(0);
                start = end + 1;
                const entry = parseChecksumLine(text, line, shown, path);
                if (entry === undefined)
                    continue;
                listed += 1;
                yield entry;
            }
            if (carry.length + chunk.length - start > maxLineBytes)
                throw lineTooLong(shown, line + 1, maxLineBytes, path);
            // Copied: the chunk's buffer is reused for the next one.
            carry = Buffer.concat([carry, chunk.subarray(start)]);
        }
        if (carry.length > 0) {
            const entry = parseChecksumLine(lineText(carry, shown, line + 1, path), line + 1, shown, path);
            if (entry !== undefined) {
                listed += 1;
                yield entry;
            }
        }
        if (listed === 0)
            throw emptyChecksums(shown, path);
    }
    finally {
        await chunks.return(undefined);
    }
}
/**
 * Verifies files against checksum entries like `sha256sum -c`: every entry gets a result, in the
 * entries' order, and nothing short-circuits, so the user sees every mismatch and missing file at
 * once. Reads as {@link checkChecksumsFile} does: a name whose real path is outside the base (an
 * absolute name, a `..`, a link leading out) or that is no regular file is reported unreadable
 * without being read, so entries parsed from a checksums file someone else wrote can be checked.
 * Digests compare without regard to case (the hex of a caller's own entries may be uppercase).
 */
async function checkChecksums(entries, options) {
    checkArrayArgument("checkChecksums's entries", entries, 'entries { name, algorithm, hex }');
    checkOptionsArgument("checkChecksums's options", options, { base: 'string', ignoreMissing: 'boolean' }, ['base']);
    checkAlgorithms(entries.map((entry) => entry.algorithm));
    const results = [];
    await check_checkEntries(entries, { base: options.base, ...(options.ignoreMissing === undefined ? {} : { ignoreMissing: options.ignoreMissing }), onResult: (result) => results.push(result) });
    return results;
}
/**
 * Checks files the user named one by one (`verify-checksums SUMS dist/app.tgz`) against their
 * entries: each is read where the user pointed, a link followed, as `sha256sum` reads a file it is
 * given; only {@link checkChecksums} and {@link checkChecksumsFile}, which read names a checksums
 * file holds, keep to the base. Results in the files' order; not part of the library's API.
 */
async function checkNamedFiles(files) {
    const results = new Array(files.length);
    const present = [];
    await Promise.all(files.map(async ({ entry, path }, index) => {
        try {
            if ((await stat(path)).isFile())
                present.push({ index, path, name: entry.name, algorithm: entry.algorithm });
            else
                results[index] = { entry, status: 'unreadable', reason: 'not a regular file' };
        }
        catch (error) {
            const code = systemErrorCode(error);
            results[index] = code === 'ENOENT' ? { entry, status: 'missing' } : { entry, status: 'unreadable', ...(code === undefined ? {} : { reason: code }) };
        }
    }));
    for (const algorithm of new Set(present.map((file) => file.algorithm))) {
        const group = present.filter((file) => file.algorithm === algorithm);
        const hashed = await hashEach(group, algorithm, { followLinks: true });
        group.forEach((file, position) => {
            const { entry } = files[file.index];
            const artifact = hashed[position];
            if (artifact === undefined || 'error' in artifact)
                results[file.index] = { entry, status: 'unreadable', ...(artifact === undefined ? {} : { reason: systemErrorCode(artifact.error.cause) ?? artifact.error.message }) };
            else if (artifact.hex === entry.hex.toLowerCase())
                results[file.index] = { entry, status: 'ok' };
            else
                results[file.index] = { entry, status: 'mismatch', actual: artifact.hex };
        });
    }
    return results;
}
/** Hashing threads by default: each costs tens of MiB, and past a few the disk, not the CPU, sets the pace. */
const MAX_THREADS = 8;
/** Lines handed to a hashing thread at once: few messages for a million tiny files, yet threads finish together. */
const BATCH_LINES = 256;
/** Batches queued per thread: enough to keep every thread busy while results wait to be reported in order. */
const BATCHES_PER_THREAD = 4;
/**
 * Checks every file a checksums file lists, streaming: lines are parsed as they are read, hashed
 * on worker threads in batches, and reported in line order; memory holds the counts and a window
 * of a few thousand lines, however long the file. A listed path that is not a regular file (a
 * pipe, a device, a directory), or whose real path is outside the base directory (an absolute
 * name, a `..`, a link leading out), is reported unreadable without being read.
 */
async function checkChecksumsFile(path, options) {
    checkStringArgument("checkChecksumsFile's path", path);
    checkOptionsArgument("checkChecksumsFile's options", options, { base: 'string', ignoreMissing: 'boolean', onResult: 'function', onIgnored: 'function', shown: 'string', maxLineBytes: 'number', onChunk: 'function' }, ['base', 'onResult']);
    checkConcurrency(options.concurrency);
    return check_checkEntries(readChecksumEntries(path, options), options);
}
/** {@link checkChecksumsFile}'s check of entries however they come: read from a file as they are checked, or given whole. */
async function check_checkEntries(entries, options) {
    const counts = { ok: 0, mismatch: 0, missing: 0, unreadable: 0, ignored: 0 };
    // A listed name may be absolute, climb with '..' or go through a link: only files really under the base are read.
    const realBase = await realpath(options.base).catch(() => resolve(options.base));
    const within = realBase.endsWith(sep) ? realBase : `${realBase}${sep}`;
    const lexicalBase = resolve(options.base);
    // A name that leads out of the base as written (absolute elsewhere, or up with '..') is outside whether or not
    // its file exists: reported missing, it would tell whoever wrote the checksums file which paths exist out there.
    const leadsOut = (name) => {
        const file = resolve(options.base, name);
        return !isPathWithin(lexicalBase, file) && !isPathWithin(realBase, file);
    };
    const report = (entry, [size, value]) => {
        const hex = typeof value === 'string' ? undefined : value[0];
        const result = hex === undefined
            ? value === OUTSIDE || (value === 'ENOENT' && leadsOut(entry.name))
                ? { entry, status: 'unreadable', outside: true }
                : size < 0 && value === 'ENOENT'
                    ? { entry, status: 'missing' }
                    : { entry, status: 'unreadable', reason: value === NOT_REGULAR ? 'not a regular file' : typeof value === 'string' ? value : 'no answer' }
            : hex === entry.hex.toLowerCase()
                ? { entry, status: 'ok' }
                : { entry, status: 'mismatch', actual: hex };
        if (result.status === 'missing' && options.ignoreMissing === true) {
            counts.ignored += 1;
            options.onIgnored?.(entry);
            return;
        }
        counts[result.status] += 1;
        options.onResult(result);
    };
    const threads = options.concurrency ?? Math.min(availableParallelism(), MAX_THREADS);
    let pool;
    // Batches in line order; each fills in as its threads answer, and is reported up to its first gap.
    const window = [];
    const flush = () => {
        for (let oldest = window[0]; oldest !== undefined; oldest = window[0]) {
            for (let answer = oldest.answers[oldest.reported]; answer !== undefined; answer = oldest.answers[oldest.reported]) {
                report(oldest.entries[oldest.reported], answer);
                oldest.reported += 1;
            }
            if (oldest.reported < oldest.entries.length)
                return;
            window.shift();
        }
    };
    let batch = [];
    const dispatch = () => {
        pool ??= new HashPool(threads);
        const pending = { entries: batch, answers: new Array(batch.length), reported: 0, done: Promise.resolve() };
        batch = [];
        // Not normalized: the file system resolves the name as sha256sum -c has it resolve it (`sub/../a` through a linked `sub`
        // is not `a`, and `a/` is no file), and the real path it leads to is what must lie under the base.
        const paths = pending.entries.map((entry) => (isAbsolute(entry.name) ? entry.name : `${lexicalBase}${sep}${entry.name}`));
        pending.done = pool.hash(paths, pending.entries.map((entry) => [entry.algorithm]), (first, answers) => {
            answers.forEach((answer, position) => {
                pending.answers[first + position] = answer;
            });
            flush();
        }, { within });
        // Awaited in order below; marked handled here so a failure of a later batch is not unhandled meanwhile.
        pending.done.catch(() => undefined);
        window.push(pending);
    };
    try {
        for await (const entry of entries) {
            batch.push(entry);
            if (batch.length < BATCH_LINES)
                continue;
            dispatch();
            while (window.length >= threads * BATCHES_PER_THREAD)
                await window[0]?.done;
        }
        if (batch.length > 0)
            dispatch();
        while (window.length > 0)
            await window[0]?.done;
    }
    finally {
        await pool?.close();
    }
    return counts;
}

;// CONCATENATED MODULE: ./lib/checksums/index.js
















/** Whether a file begins as a checksums file does (a line {@link parseChecksumLine} reads as a checksum), or is empty: what an output may replace. */
function holdsChecksums(path) {
    let head;
    try {
        head = (0,core_files/* readRegularFileHeadSync */.UJ)(path, core_files/* INPUT_LIMITS */.Ef.checksumsLine, { what: 'checksums file' });
    }
    catch {
        // Not readable as a regular file: the write names what is wrong with it.
        return true;
    }
    if (head.length === 0)
        return true;
    try {
        return parseChecksumLine(head.toString('utf8').split('\n')[0] ?? '', 1, path) !== undefined;
    }
    catch {
        return false;
    }
}
/**
 * Removes the bundle of an earlier checksums file at `outputPath` (`<output>.sigstore.json`) that the
 * new `text` replaces with other contents, before it does: beside the new file it would look like its
 * signature, and `verify-checksums` would say the release was tampered with. Kept when the contents
 * are the same, which it still signs. Told to `leftover` when removed.
 */
async function removeStaleSignature(outputPath, text, leftover) {
    const bundle = `${outputPath}${core_files/* BUNDLE_SUFFIX */.Zf}`;
    const present = await (0,promises_.stat)(bundle).then((info) => info.isFile(), () => false);
    if (!present)
        return;
    const earlier = await (0,promises_.stat)(outputPath).then((info) => (info.isFile() && info.size === Buffer.byteLength(text) ? (0,promises_.readFile)(outputPath, 'utf8') : undefined), () => undefined);
    if (earlier === text)
        return;
    await (0,promises_.rm)(bundle, { force: true });
    leftover?.({ path: bundle, kind: 'signature of the replaced output' });
}
/**
 * Hashes the configured artifacts and writes the checksums file atomically (it never exists half
 * written); the checksums file itself is never listed in it. Once the walk has found many files,
 * the hashing threads start while it goes on (unless started ahead), so that starting them costs no
 * time of its own; this thread, which has nothing else to do, hashes beside them (one thread fewer
 * to start).
 */
async function createChecksums(config, cwd, createOptions = {}) {
    const { threadsStartedAhead, leftover, ...options } = createOptions;
    if (typeof config !== 'object' || config === null)
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `createChecksums's config is ${(0,quote/* typeName */.go)(config)}, not an object { subjects, algorithm, base, output }`, { hint: 'pass the config as the ChecksumsConfig type declares it (see docs/library.md)' });
    errors_checkOptionsArgument("createChecksums's config", config, { output: 'string' });
    errors_checkOptionsArgument("createChecksums's options", createOptions, { also: 'strings', leftover: 'function' });
    hash_checkAlgorithms([config.algorithm, ...(options.also ?? [])]);
    hash_checkConcurrency(options.concurrency);
    const outputPath = config.output === undefined ? undefined : (0,external_node_path_.resolve)(cwd, config.output);
    const concurrency = options.concurrency ?? defaultHashThreads();
    let early = threadsStartedAhead;
    const progress = options.workers === undefined && early === undefined && concurrency >= 2
        ? (found) => {
            if (found >= MANY_FILES)
                early ??= pool_HashPool.start(concurrency - 1);
        }
        : undefined;
    let hashed;
    let ending;
    try {
        let outputFound = false;
        const found = await findArtifacts(config.subjects, { cwd, base: config.base, exclude: outputPath === undefined ? [] : [outputPath, `${outputPath}${core_files/* BUNDLE_SUFFIX */.Zf}`], onExcluded: (path) => void (outputFound ||= path === outputPath), ...(progress === undefined ? {} : { progress }), ...(leftover === undefined ? {} : { leftover }) });
        // An earlier checksums file the subjects find is left out and replaced, so a re-run lists the same files (and so is its
        // bundle, sign-blob's `<output>.sigstore.json`); any other file there is an artifact a mistyped --output would overwrite,
        // and leave out of the list.
        if (outputFound && outputPath !== undefined && !holdsChecksums(outputPath)) {
            throw new errors_ChecksumsError('CHECKSUMS_OUTPUT_IS_ARTIFACT', `the output ${errors_shownPath(config.output ?? outputPath)} is a file the subjects list, and not a checksums file: it would be overwritten, and left out of the list`, {
                hint: 'write the checksums to a new file (or an earlier checksums file), or leave that file out of the subjects',
            });
        }
        // Threads started ahead for what turned out to be a few small files end now, while those are hashed here: ending
        // one still starting takes as long as its start may have left, and exiting waits for it.
        if (early !== undefined && found.length < MANY_FILES && !(await worthThreads(found))) {
            ending = early.close();
            early = undefined;
        }
        // The threads hash the files in the order found while this thread sorts them (it helps once it has).
        const hashing = hashFiles(found, config.algorithm, { callerHelps: true, ...options, workers: options.workers ?? early });
        let order;
        try {
            order = listingOrder(found);
        }
        catch (error) {
            // Its failure, once the threads are ended, is this one's consequence.
            hashing.catch(() => undefined);
            throw error;
        }
        hashed = { found, hashes: await hashing, order };
        throwFirstFailure(hashed);
    }
    catch (error) {
        await Promise.all([early?.close(), ending]);
        throw error;
    }
    // The threads end while the checksums are formatted and written: ending one takes a turn of the other core.
    const closing = Promise.all([early?.close(), ending]);
    try {
        const text = checksumsText(hashed, config.algorithm);
        if (outputPath !== undefined) {
            await removeStaleSignature(outputPath, text, leftover);
            await (0,core_files/* writeFileAtomic */.qD)(outputPath, text);
        }
        let artifacts;
        return {
            // Made when asked for: the CLI, which prints the text, never makes an object a file.
            get artifacts() {
                artifacts ??= hashed.order.map((index) => outcomeAt(hashed.found[index], hashed.hashes, index));
                return artifacts;
            },
            count: hashed.order.length,
            text,
            outputPath,
        };
    }
    finally {
        await closing;
    }
}
/** Bytes made into one string at most: V8's strings hold up to 2^29 - 24 one-byte characters. */
const ONE_STRING_BYTES = 2 ** 28;
/** Fails with the first file, in listing order, that could not be read. */
function throwFirstFailure({ found, hashes, order }) {
    if (hashes.failures.size === 0)
        return;
    const index = order.find((at) => hashes.failures.has(at)) ?? -1;
    const outcome = outcomeAt(found[index], hashes, index);
    if ('error' in outcome)
        throw outcome.error;
}
/**
 * The checksums file listing the files at `order`'s indexes, in that order, with their `algorithm`
 * digests (each file's first), made straight from the hashes' columns: no object a file.
 */
function checksumsText({ found, hashes, order }, algorithm) {
    const { stride } = hashes;
    const length = hexLength(algorithm);
    // One string of every digest, cut per line without copying (a call into the buffer per line cost twice as much),
    // unless there are more than a string may hold (millions of files with two algorithms).
    const hex = hashes.hex.length <= ONE_STRING_BYTES ? hashes.hex.toString('latin1') : undefined;
    const lines = new Array(order.length);
    for (let line = 0; line < order.length; line++) {
        const index = order[line];
        const start = index * stride;
        lines[line] = checksumLine(found[index].name, hex === undefined ? hashes.hex.toString('latin1', start, start + length) : hex.substring(start, start + length));
    }
    return lines.join('');
}
/**
 * The artifacts as in-toto subjects, in their order, each by its `algorithm` digest: one the
 * artifacts were hashed with (CHECKSUMS_ALGORITHM_UNSUPPORTED for another, whose name a digest of
 * another algorithm would have been filed under).
 */
function toSubjects(artifacts, algorithm) {
    checkArrayArgument("toSubjects's artifacts", artifacts, 'artifacts (what hashArtifacts returns)');
    checkEntries("toSubjects's artifacts", artifacts, { name: 'string', digests: 'object' }, 'an artifact { name, digests } (what hashArtifacts returns)');
    checkAlgorithms([algorithm]);
    return artifacts.map((artifact) => {
        const hex = artifact.digests[algorithm];
        if (hex === undefined) {
            throw new ChecksumsError('CHECKSUMS_ALGORITHM_UNSUPPORTED', `${artifact.name} was not hashed with ${algorithm} (its digests: ${Object.keys(artifact.digests).join(', ') || 'none'})`, {
                hint: `hash the artifacts with ${algorithm} (hashArtifacts(files, '${algorithm}'), or { also: ['${algorithm}'] })`,
            });
        }
        return { name: artifact.name, digest: { [algorithm]: hex } };
    });
}

;// CONCATENATED MODULE: ./lib/attest/subjects.js









/** The digest algorithms a subject may be named by (the SHA-2 family GitHub and cosign accept). */
const SUBJECT_DIGEST_ALGORITHMS = ['sha256', 'sha384', 'sha512'];
const subjects_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
/** The runner's artifacts list is a few KiB per thousand artifacts; anything past this is not one. */
const ARTIFACTS_LIST_MAX_BYTES = 16 * 1024 * 1024;
/**
 * A digest as a subject lists it: a supported algorithm and hex of exactly its length, lowercased.
 * `where` names the input in the error.
 */
function subjects_subjectDigest(algorithm, hex, where) {
    const known = SUBJECT_DIGEST_ALGORITHMS.includes(algorithm) ? algorithm : undefined;
    if (known === undefined) {
        throw new AttestError('ATTEST_DIGEST_INVALID', `${where}: the digest algorithm ${(0,quote/* quoted */.TL)(algorithm, 40)} is not one of ${SUBJECT_DIGEST_ALGORITHMS.join(', ')}`, {
            hint: 'give digests as sha256:<64 hex>, sha384:<96 hex> or sha512:<128 hex>',
        });
    }
    if (hex.length !== subjects_HEX_LENGTH[known] || !/^[0-9a-fA-F]+$/.test(hex)) {
        throw new AttestError('ATTEST_DIGEST_INVALID', `${where}: ${(0,quote/* quoted */.TL)(hex, 140)} is not a ${known} digest (${subjects_HEX_LENGTH[known]} hex characters)`, {
            hint: 'copy the digest from sha256sum (or the registry) as it is printed',
        });
    }
    return { algorithm: known, hex: hex.toLowerCase() };
}
function subjectName(name, where) {
    // C1 controls too: U+009B is a terminal's CSI, as ESC [ is, and names reach logs and messages.
    // eslint-disable-next-line no-control-regex -- the control characters are what is refused
    if (name === '' || name.length > 4096 || /[\u0000-\u001f\u007f-\u009f]/.test(name)) {
        throw new AttestError('ATTEST_SUBJECT_INVALID', `${where}: a subject name must be 1 to 4096 characters without control characters`, {
            hint: 'name subjects by their file or image name',
        });
    }
    return name;
}
/**
 * Parses `name@sha256:hex` (also sha384 and sha512): the name is everything before the last `@`,
 * so image names such as `ghcr.io/o/r@sha256:...` keep their path.
 */
function parseSubjectReference(value) {
    const at = value.lastIndexOf('@');
    const colon = value.indexOf(':', at + 1);
    if (at <= 0 || colon === -1) {
        throw new AttestError('ATTEST_SUBJECT_INVALID', `${(0,quote/* quoted */.TL)(value, 160)} is not a subject of the form name@sha256:<hex>`, {
            hint: 'name a subject by its name and digest, e.g. app.tar.gz@sha256:e3b0c442...',
        });
    }
    const where = `subject ${(0,quote/* quoted */.TL)(value, 160)}`;
    const { algorithm, hex } = subjects_subjectDigest(value.slice(at + 1, colon), value.slice(colon + 1), where);
    return { name: subjectName(value.slice(0, at), where), digest: { [algorithm]: hex } };
}
/**
 * Subjects from files, directories and globs, named relative to `base` (a monorepo's package),
 * hashed with SHA-256 as the checksums command hashes them (threads started while the walk goes on).
 */
async function subjectsFromPaths(paths, options) {
    return (await subjectFilesFromPaths(paths, options)).map(({ subject }) => subject);
}
/** {@link subjectsFromPaths}, each subject with the file it was hashed from. */
async function subjectFilesFromPaths(paths, options) {
    if (paths.length === 0)
        return [];
    const { artifacts } = await createChecksums({ subjects: [...paths], algorithm: 'sha256', output: undefined, base: options.base }, options.cwd);
    return artifacts.map((artifact) => ({ subject: { name: artifact.name, digest: { sha256: artifact.hex } }, path: artifact.path }));
}
/** The file's digests by each algorithm, in one read (sha384 too, which the checksums hashing does not take). */
async function fileDigests(path, algorithms) {
    const hashes = algorithms.map((algorithm) => [algorithm, (0,external_node_crypto_.createHash)(algorithm)]);
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        for (const [, hash] of hashes)
            hash.update(chunk);
    return Object.fromEntries(hashes.map(([algorithm, hash]) => [algorithm, hash.digest('hex')]));
}
/**
 * Refuses a subject hashed from a file here that another source (a checksums file, NAME@ALG:HEX)
 * gives a digest of another algorithm that is not the file's: the statement would list one
 * subject whose SHA-256 names this build and whose SHA-512 names another, and gh would verify
 * either by the algorithm asked for.
 */
async function refuseForeignDigests(merged, files) {
    const byName = new Map(merged.map((subject) => [subject.name, subject]));
    for (const { subject, path } of files) {
        const listed = byName.get(subject.name);
        const others = SUBJECT_DIGEST_ALGORITHMS.filter((algorithm) => listed?.digest[algorithm] !== undefined && subject.digest[algorithm] === undefined);
        if (listed === undefined || others.length === 0)
            continue;
        const digest = await fileDigests(path, others);
        for (const algorithm of others) {
            if (digest[algorithm] !== listed.digest[algorithm]) {
                throw new AttestError('ATTEST_SUBJECT_CONFLICT', `the subject ${(0,quote/* quoted */.TL)(subject.name, 200)} is given the ${algorithm} digest ${listed.digest[algorithm] ?? ''}, but the file it is hashed from has ${digest[algorithm] ?? '?'}: one subject would name two artifacts`, {
                    hint: 'the checksums file or NAME@ALG:HEX names another build of this file: make it again from the files attested, or leave it out',
                });
            }
        }
    }
}
/**
 * Subjects from a checksums file (sha256sum/sha512sum output, any form trust-kit reads), streamed
 * line by line, refused once they would make an attestation file larger than `maxFileBytes` (what
 * verify-attestation reads from one file).
 */
async function subjectsFromChecksums(path, options) {
    const maxFileBytes = options.maxFileBytes ?? core_files/* INPUT_LIMITS */.Ef.attestationLines;
    const subjects = [];
    // Refused as the file is read, not after: a file of millions of lines would otherwise be held whole, then refused.
    let bytes = 0;
    for await (const entry of readChecksumEntries((0,external_node_path_.resolve)(options.cwd, path), { shown: options.shown ?? path })) {
        const where = `${(0,quote/* shownFile */.G)(options.shown ?? path)}:${entry.line}`;
        const subject = { name: subjectName(entry.name, where), digest: { [entry.algorithm]: entry.hex } };
        bytes += subjectJsonBytes(subject);
        const leastBytes = leastAttestationFileBytes(bytes);
        if (leastBytes > maxFileBytes)
            throw tooLargeForOneFile(`the subjects up to ${where}`, leastBytes, maxFileBytes);
        subjects.push(subject);
    }
    return subjects;
}
/**
 * Subjects from the runner's artifacts list (the file `$GITHUB_ARTIFACTS_LIST` names):
 * `{"version":1,"subjects":[{"name","digest":"sha256:<hex>","kind":"file"|"oci"}]}`. An empty
 * file (the runner's way of saying the feature is off) lists none.
 */
async function subjectsFromArtifactsList(path) {
    let bytes;
    try {
        bytes = await (0,core_files/* readRegularFile */.XF)(path, { maxBytes: ARTIFACTS_LIST_MAX_BYTES, what: 'artifacts list' });
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new AttestError('ATTEST_ARTIFACTS_LIST_INVALID', `cannot read the artifacts list ${path} (GITHUB_ARTIFACTS_LIST): ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'GITHUB_ARTIFACTS_LIST is set by the runner; unset it, or name subjects explicitly',
        });
    }
    return parseArtifactsList(bytes.toString('utf8'), path);
}
/** Parses the content of a runner artifacts list (see {@link subjectsFromArtifactsList}); `file` names it in errors. */
function parseArtifactsList(text, file) {
    const invalid = (detail) => new AttestError('ATTEST_ARTIFACTS_LIST_INVALID', `the artifacts list ${file} (GITHUB_ARTIFACTS_LIST) ${detail}`, { hint: 'the runner writes this file; unset GITHUB_ARTIFACTS_LIST or name subjects explicitly' });
    if (text.trim() === '')
        return [];
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw invalid('is not JSON');
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw invalid('is not a JSON object');
    const { version, subjects } = data;
    if (version !== 1)
        throw invalid(`has version ${(0,quote/* quoted */.TL)(version)}; trust-kit reads version 1`);
    if (!Array.isArray(subjects))
        throw invalid('has no "subjects" array');
    return subjects.map((entry, index) => {
        const { name, digest, kind } = (typeof entry === 'object' && entry !== null ? entry : {});
        if (kind !== 'file' && kind !== 'oci')
            throw invalid(`entry ${index} has kind ${(0,quote/* quoted */.TL)(kind)}, not "file" or "oci"`);
        if (typeof name !== 'string' || typeof digest !== 'string')
            throw invalid(`entry ${index} lacks a "name" or "digest" string`);
        const colon = digest.indexOf(':');
        const where = `${file}: entry ${index}`;
        const parsed = subjects_subjectDigest(colon === -1 ? digest : digest.slice(0, colon), colon === -1 ? '' : digest.slice(colon + 1), where);
        return { name: subjectName(name, where), digest: { [parsed.algorithm]: parsed.hex } };
    });
}
/**
 * Merges subjects from every source: exact duplicates (same name, same digests) are dropped, as
 * GitHub refuses a statement listing a subject twice; one name with different digests is an
 * error, since a verifier could not tell which artifact is meant, unless `byDigest`: images are
 * named by their repository, and each of its manifests is a subject of its own (in a statement of
 * its own). Sorted by name (then in the order given).
 */
function mergeSubjects(sources, options = {}) {
    const byName = new Map();
    for (const subject of sources.flat()) {
        const key = options.byDigest === true ? `${subject.name}@${SUBJECT_DIGEST_ALGORITHMS.map((algorithm) => subject.digest[algorithm] ?? '').join(':')}` : subject.name;
        const known = byName.get(key);
        if (known === undefined) {
            byName.set(key, { name: subject.name, digest: { ...subject.digest } });
            continue;
        }
        for (const algorithm of SUBJECT_DIGEST_ALGORITHMS) {
            const hex = subject.digest[algorithm];
            if (hex === undefined)
                continue;
            const other = known.digest[algorithm];
            if (other !== undefined && other !== hex) {
                throw new AttestError('ATTEST_SUBJECT_CONFLICT', `the subject ${(0,quote/* quoted */.TL)(subject.name, 200)} is listed with two different ${algorithm} digests (${other} and ${hex})`, {
                    hint: 'each subject name must stand for one artifact; set a base directory so that files of the same name in different folders get different names',
                });
            }
            known.digest[algorithm] = hex;
        }
    }
    if (byName.size === 0) {
        throw new AttestError('ATTEST_NO_SUBJECTS', 'no subject to attest: no file, checksums entry, name@digest or artifacts list entry was given', {
            hint: 'name the artifacts to attest (files or globs, a checksums file, or name@sha256:<hex>)',
        });
    }
    return collect_sortByName([...byName.values()], (subject) => subject.name);
}

;// CONCATENATED MODULE: ./lib/attest/run.js















/** The subjects a config names (and the runner's artifacts list when it names none), merged and checked. */
async function collectSubjects(config, ports, options = {}) {
    const sources = [];
    sources.push(config.subjectReferences.map(parseSubjectReference));
    if (config.checksums !== undefined)
        sources.push(await subjectsFromChecksums(config.checksums, { cwd: ports.cwd }));
    // A run's own kind of output (bundles, attestation files) that a directory or glob finds in the output directory is an
    // earlier run's, about to be replaced or left beside this run's: never a subject. A file named as such is one.
    const outputDir = (0,external_node_path_.resolve)(ports.cwd, config.bundle === undefined ? config.outputDir : (0,external_node_path_.dirname)(config.bundle));
    const named = new Set(config.subjectPaths.map((path) => (0,external_node_path_.resolve)(ports.cwd, path)));
    const files = (await subjectFilesFromPaths(config.subjectPaths, { cwd: ports.cwd, base: config.base })).filter(({ path }) => named.has(path) || (0,external_node_path_.dirname)(path) !== outputDir || !/\.(?:sigstore\.json|intoto\.jsonl)$/.test(path));
    sources.push(files.map(({ subject }) => subject));
    const anyNamed = config.subjectPaths.length > 0 || config.subjectReferences.length > 0 || config.checksums !== undefined;
    if (!anyNamed && ports.artifactsList !== undefined && ports.artifactsList !== '')
        sources.push(await subjectsFromArtifactsList((0,external_node_path_.resolve)(ports.cwd, ports.artifactsList)));
    const merged = mergeSubjects(sources, options);
    if (options.byDigest !== true)
        await refuseForeignDigests(merged, files);
    return merged;
}
async function readDocument(path, cwd) {
    try {
        // A bigger file is refused by its size, before it is read, parsed or signed.
        return await (0,core_files/* readRegularFile */.XF)((0,external_node_path_.resolve)(cwd, path), { maxBytes: MAX_PREDICATE_BYTES, what: 'predicate', shown: path });
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'FILE_TOO_LARGE') {
            throw new AttestError('ATTEST_PREDICATE_TOO_LARGE', `${path} is more than the ${MAX_PREDICATE_BYTES} bytes (16 MB) a predicate may have; nothing was signed`, {
                cause: error,
                hint: 'GitHub refuses larger attestations; attest a smaller document (e.g. an SBOM without file-level entries)',
            });
        }
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new AttestError('ATTEST_PREDICATE_INVALID', `cannot read the predicate ${path}: ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`, { cause: error, hint: 'check the path; it is relative to the working directory' });
    }
}
/** The predicate of a document type, read from its file. */
async function documentPredicate(type, config, cwd) {
    const path = config.predicatePath ?? '';
    const bytes = await readDocument(path, cwd);
    return type === 'sbom' ? predicateFromSbom(bytes, path) : predicateFromDocument(type, bytes, path, config.predicateType);
}
/** The claims of a GitHub Actions token that Fulcio writes into a certificate and SLSA provenance states too: the run, its source and its runner. */
const RUN_CLAIMS = ['repository', 'repository_id', 'sha', 'ref', 'event_name', 'runner_environment', 'workflow_ref', 'job_workflow_ref', 'run_id', 'run_attempt'];
/** Each run claim that the signing token states otherwise than the token the provenance was made of, as `name "a", where the signing token says "b"`. */
function contradictedRunClaims(provenance, signing) {
    return RUN_CLAIMS.filter((claim) => signing[claim] !== undefined && String(signing[claim]) !== String(provenance[claim])).map((claim) => `${claim} ${(0,quote/* quoted */.TL)(String(provenance[claim] ?? ''))}, where the signing token says ${(0,quote/* quoted */.TL)(String(signing[claim]))}`);
}
/**
 * Attests subjects as a config says: collects and checks the subjects, builds the predicate (SLSA
 * provenance from the verified claims token, or the document's), splits the statements, then signs
 * them all with one session (one certificate, one log entry per statement) and writes
 * `<name>.intoto.jsonl` and `<name>.sigstore.json`. Everything that can be wrong with the inputs
 * fails before a token is requested or anything is signed.
 */
async function runAttestation(config, ports, options = {}) {
    const [subjects, documentPredicateValue] = await Promise.all([collectSubjects(config, ports, options), config.type === 'slsaprovenance' ? undefined : documentPredicate(config.type, config, ports.cwd)]);
    const keyless = config.sign.key === undefined;
    let tokens;
    let statements;
    if (documentPredicateValue === undefined) {
        tokens = await requestAttestationTokens(ports.env, config.sign.retry, keyless);
        if (tokens === undefined) {
            // Inside a job, why it has none (a fork's pull request, no permission); outside one, a SIGSTORE_ID_TOKEN makes no provenance.
            const error = provenanceUnavailable(ports.env.GITHUB_ACTIONS === 'true' ? missingTokenError(ports.env, ports.run.payload) : undefined);
            if (config.sign.onMissingToken === 'fail')
                throw error;
            // Fork pull requests get no token: on-missing-token says whether that fails the job.
            const reason = `${error.message}; nothing was attested (on-missing-token: ${config.sign.onMissingToken})`;
            if (config.sign.onMissingToken === 'warn')
                ports.logger.warn(reason);
            else
                ports.logger.info(reason);
            return { skipped: reason };
        }
        let predicate;
        try {
            predicate = await provenanceFromToken(tokens.claims, {
                serverURL: ports.run.serverURL,
                payload: ports.run.payload,
                clock: ports.clock,
                retry: config.sign.retry,
                audience: tokens.audience,
                discoveryURL: config.oidcDiscoveryURL,
                proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(ports.env),
            });
            statements = buildStatements(subjects, predicate, { perSubject: config.perSubject });
        }
        catch (error) {
            tokens.signing?.secret.destroy();
            tokens.signing?.renewal?.forget();
            throw error;
        }
    }
    else {
        statements = buildStatements(subjects, documentPredicateValue, { perSubject: config.perSubject });
    }
    // A run that fails before it signs destroys the signing token it was given, and its renewal.
    const forgetSigningToken = () => {
        tokens?.signing?.secret.destroy();
        tokens?.signing?.renewal?.forget();
    };
    if (config.bundle !== undefined && statements.length > 1) {
        forgetSigningToken();
        throw new AttestError('ATTEST_SUBJECT_INVALID', `--bundle names one bundle, but ${counted(subjects.length, 'subject')} make ${statements.length} statements`, {
            hint: 'leave out the bundle path: every bundle is written to <name>.intoto.jsonl (and per subject with per-subject)',
        });
    }
    const fileOptions = { dir: (0,external_node_path_.resolve)(ports.cwd, config.outputDir), bundlePath: config.bundle === undefined ? undefined : (0,external_node_path_.resolve)(ports.cwd, config.bundle), perSubject: config.perSubject };
    // Named before anything is signed: a name too long to write failed after the log entries were made.
    const planned = attestationPaths(statements, fileOptions);
    const tooLong = [planned.jsonl, ...planned.bundles].filter(core_files/* nameTooLong */.W1);
    if (tooLong.length > 0) {
        forgetSigningToken();
        const shown = tooLong.slice(0, 3).map((path) => `${(0,quote/* quoted */.TL)((0,external_node_path_.basename)(path), 300)} (${Buffer.byteLength((0,external_node_path_.basename)(path))} bytes)`).join(', ');
        throw new AttestError('ATTEST_SUBJECT_INVALID', `the attestation's files would be named ${shown}${tooLong.length > 3 ? ` and ${tooLong.length - 3} more` : ''}, longer than the ${core_files/* MAX_NAME_BYTES */.pg} bytes a file name may have; nothing was signed`, {
            hint: 'give the subject a shorter name (NAME@DIGEST, input subject-name), or name the bundle with --bundle',
        });
    }
    const opened = await openSigningSession(config.sign, {
        cwd: ports.cwd,
        env: ports.env,
        run: ports.run,
        logger: ports.logger,
        ...(tokens?.signing === undefined ? {} : { token: tokens.signing }),
    });
    if (opened.session === undefined)
        return { skipped: opened.reason };
    // Provenance is made of the runner's token; a certificate for another identity (a SIGSTORE_ID_TOKEN of another run or
    // repository) would sign claims it contradicts, which verifiers refuse (VERIFY_PROVENANCE_MISMATCH) or, worse, believe.
    const builder = documentPredicateValue === undefined ? statements[0]?.predicate?.runDetails?.builder?.id : undefined;
    const signer = opened.signer;
    if (typeof builder === 'string' && signer.kind === 'certificate' && signer.identity !== undefined && signer.identity !== builder) {
        opened.close();
        throw new AttestError('ATTEST_PROVENANCE_UNAVAILABLE', `the provenance describes the run the runner's token names (builder ${builder}), but the signing token is another identity's (${signer.identity}): its certificate would contradict the provenance it signs`, {
            hint: 'leave SIGSTORE_ID_TOKEN unset in the job, so that the runner\'s token signs, or sign with --key',
        });
    }
    const contradicted = tokens === undefined || opened.claims === undefined ? [] : contradictedRunClaims(tokens.claims.claims, opened.claims);
    if (contradicted.length > 0) {
        opened.close();
        throw new AttestError('ATTEST_PROVENANCE_UNAVAILABLE', `the provenance describes the run the runner's token names, but the signing token is another run's (${contradicted.join('; ')}): its certificate would contradict the provenance it signs`, {
            hint: 'leave SIGSTORE_ID_TOKEN unset in the job, so that the runner\'s token signs, or sign with --key',
        });
    }
    ports.logger.info(`attesting ${counted(subjects.length, 'subject')} (${statements[0]?.predicateType ?? ''}) in ${counted(statements.length, 'statement')} with ${opened.description}`);
    const attestations = await signStatements(opened.session, statements);
    opened.close();
    const files = await writeAttestations(attestations, fileOptions);
    for (const replaced of files.replacedSignatures) {
        ports.logger.warn(`${(0,quote/* quoted */.TL)((0,external_node_path_.relative)(ports.cwd, replaced))} held a signature bundle (as sign-blob writes), which this attestation's bundle of the same name replaced: sign the file again (or give attest --bundle another path) if its signature is still wanted`);
    }
    if (config.bundle === undefined) {
        const earlier = await sign_earlierBundles((0,external_node_path_.resolve)(ports.cwd, config.outputDir), [...files.bundles, files.jsonl], statements[0]?.predicateType ?? '');
        const count = earlier.names.length;
        if (count > 0) {
            const shown = earlier.names.slice(0, 10).map((name) => (0,quote/* quoted */.TL)(name)).join(', ');
            const counting = `${earlier.complete ? '' : 'at least '}${counted(count, 'bundle')}`;
            ports.logger.warn(`${counting} of an earlier run ${count === 1 ? 'lies' : 'lie'} in ${(0,quote/* quoted */.TL)(config.outputDir)} beside this run's, attesting ${statements[0]?.predicateType ?? ''} as this run does: ${shown}${count > 10 ? ', ...' : ''}; left as ${count === 1 ? 'it was' : 'they were'}: remove ${count === 1 ? 'it' : 'them'} before publishing the directory's bundles, or attest into an empty output directory`);
        }
    }
    return {
        subjects,
        predicateType: statements[0]?.predicateType ?? '',
        attestations,
        files,
        instance: opened.session.instance,
        description: opened.description,
        signer: opened.signer,
    };
}

;// CONCATENATED MODULE: ./lib/config/inputs.js


/** Names inputs the way action users write them. */
const actionInputName = (name) => `input "${name}"`;
/** Names inputs the way CLI users type them: `--name`, or `argument PATH` for inputs given as positional arguments. */
function cliNamer(positionals = {}) {
    return (name) => {
        const positional = positionals[name];
        return positional === undefined ? `--${name}` : `argument ${positional}`;
    };
}
/**
 * The most issues a {@link ConfigError}'s message lists (all are in `issues`): 32,000 missing paths made
 * a 1.4 MB error, and a job summary past the 1 MiB GitHub drops whole, with the explanation in it.
 */
const MAX_LISTED_ISSUES = 50;
/** Every bad input of one call, reported together so the user fixes them in one go (the first {@link MAX_LISTED_ISSUES} in its message). */
class inputs_ConfigError extends errors/* TrustKitError */.T0 {
    issues;
    /** `hint` by default points at the actions' reference (the CLI points at the command's own help instead); no placeholder a user would have to fill in. */
    constructor(issues, hint = 'fix the inputs named above; docs/actions.md lists each action\'s inputs and what each accepts') {
        const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${issue.input}: ${issue.message}`);
        if (issues.length > MAX_LISTED_ISSUES)
            lines.push(`and ${issues.length - MAX_LISTED_ISSUES} more`);
        super('CONFIG_INVALID', issues.length === 1 ? (lines[0] ?? '') : `${issues.length} invalid inputs:\n  ${lines.join('\n  ')}`, { hint });
        this.name = 'ConfigError';
        this.issues = issues;
    }
}
/**
 * The values `parse` refuses, as problems of `input`: a flag value of the wrong form is a usage
 * error reported with every other bad flag, not a failure later under the parser's own code.
 */
function refusedValues(values, input, parse) {
    return values.flatMap((value) => {
        try {
            parse(value);
            return [];
        }
        catch (error) {
            if (!isTrustKitError(error))
                throw error;
            return [{ input, message: error.message }];
        }
    });
}
/**
 * Runs a config reader after problems a command found itself (a wrong argument count, a bad
 * --format): all are reported together, so that no problem hides another.
 */
function withEarlierIssues(earlier, read) {
    let result;
    try {
        result = read();
    }
    catch (error) {
        if (error instanceof inputs_ConfigError && earlier.length > 0)
            throw new inputs_ConfigError([...earlier, ...error.issues]);
        throw error;
    }
    if (earlier.length > 0)
        throw new inputs_ConfigError(earlier);
    return result;
}
/**
 * One line of a list input split at its commas, but not at those inside a glob's braces or brackets
 * (`dist/*.{zip,tar.gz}` is one glob); a line whose braces or brackets do not pair up is split at
 * every comma, as it would be without them.
 */
function splitAtCommas(line) {
    const parts = [];
    const closers = [];
    let start = 0;
    for (let at = 0; at < line.length; at++) {
        const char = line[at];
        if (char === '{' && closers.at(-1) !== ']')
            closers.push('}');
        else if (char === '[' && closers.at(-1) !== ']')
            closers.push(']');
        else if (char === closers.at(-1))
            closers.pop();
        else if (char === ',' && closers.length === 0) {
            parts.push(line.slice(start, at));
            start = at + 1;
        }
    }
    if (closers.length > 0)
        return line.split(',');
    parts.push(line.slice(start));
    return parts;
}
/** A line break as any reader of a one-line value may take one: LF, CR, or the line and paragraph separators. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/**
 * Reads raw inputs into typed values, collecting every problem instead of stopping at the first;
 * `finish()` throws one {@link ConfigError} listing them all.
 */
class InputReader {
    raw;
    nameOf;
    issues = [];
    constructor(raw, nameOf) {
        this.raw = raw;
        this.nameOf = nameOf;
    }
    /** Records a problem with an input; validation goes on. */
    report(name, message) {
        const input = this.nameOf(name);
        // An input read twice (to tell whether it was given) is reported once.
        if (this.issues.some((issue) => issue.input === input && issue.message === message))
            return;
        this.issues.push({ input, message });
    }
    /**
     * A trimmed string, or `fallback` when it is absent or blank. One value is one line: a line break
     * inside (an action input written as a YAML block, or an event's text in it) would carry a second
     * value into a path, and from there into outputs read line by line.
     */
    string(name, fallback) {
        const value = this.raw[name];
        if (value === undefined || value === false)
            return fallback;
        if (typeof value !== 'string') {
            this.report(name, 'expected a single value');
            return fallback;
        }
        const trimmed = value.trim();
        if (LINE_BREAK.test(trimmed)) {
            this.report(name, 'holds a line break; expected one value on one line');
            return fallback;
        }
        return trimmed === '' ? fallback : trimmed;
    }
    /** A string that must be present. */
    required(name) {
        const value = this.string(name);
        if (value === undefined)
            this.report(name, 'is required');
        return value;
    }
    /**
     * A list: an action input is one string holding it, newline- or comma-separated as users write
     * it in YAML (a comma inside a glob's braces or brackets separates nothing), and each item is
     * trimmed, so a CRLF line ending goes too; repeated flags and positional arguments arrive one value
     * each and are taken as given, since a file name may hold a comma or spaces. Blanks are dropped.
     */
    list(name) {
        const value = this.raw[name];
        if (value === undefined || typeof value === 'boolean')
            return [];
        if (typeof value !== 'string')
            return value.filter((part) => typeof part === 'string' && part.trim() !== '');
        return value
            .split('\n')
            .flatMap(splitAtCommas)
            .map((part) => part.trim())
            .filter((part) => part !== '');
    }
    /** One of a fixed set of values. */
    choice(name, allowed, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const normalised = value.toLowerCase();
        if (allowed.includes(normalised))
            return normalised;
        this.report(name, `is ${(0,quote/* quoted */.TL)(value)}; expected one of ${allowed.join(', ')}`);
        return fallback;
    }
    /** Several values, each from a fixed set (or an alias of one), deduplicated in the order given. */
    choices(name, allowed, fallback, aliases = {}) {
        // Names of choices never hold commas, so `--format a,b` is split like an action input.
        const values = this.list(name).flatMap((value) => value.split(',').map((part) => part.trim()).filter((part) => part !== ''));
        if (values.length === 0)
            return [...fallback];
        const chosen = [];
        for (const value of values) {
            const lower = value.toLowerCase();
            const normalised = Object.hasOwn(aliases, lower) ? aliases[lower] : lower;
            if (!allowed.includes(normalised)) {
                this.report(name, `has ${(0,quote/* quoted */.TL)(value)}; expected one or more of ${allowed.join(', ')}`);
            }
            else if (!chosen.includes(normalised)) {
                chosen.push(normalised);
            }
        }
        return chosen;
    }
    /** A YAML 1.2 core boolean (`true`/`false`), the form `core.getBooleanInput` accepts; flags count as true. */
    boolean(name, fallback) {
        const value = this.raw[name];
        if (value === undefined)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        if (typeof value !== 'string') {
            this.report(name, 'expected true or false');
            return fallback;
        }
        const trimmed = value.trim();
        if (trimmed === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(trimmed))
            return true;
        if (['false', 'False', 'FALSE'].includes(trimmed))
            return false;
        this.report(name, `is ${(0,quote/* quoted */.TL)(trimmed)}; expected true or false`);
        return fallback;
    }
    /** The problems collected so far, to report with those of another reader (see {@link withEarlierIssues}). */
    collected() {
        return [...this.issues];
    }
    /** Throws the collected problems, if any. */
    finish() {
        if (this.issues.length > 0)
            throw new inputs_ConfigError(this.issues);
    }
}

;// CONCATENATED MODULE: ./lib/config/sign.js




/** Values of `instance`. */
const INSTANCE_CHOICES = ['auto', 'public-good', 'github', 'key'];
/**
 * The default of `timeout`: five minutes for all of one signature's requests to the signing
 * services. Longer than cosign's three: each request may retry for about 80 s on its own, and a
 * signature makes up to three (certificate, log entry, timestamp).
 */
const DEFAULT_SIGN_TIMEOUT_SECONDS = 300;
/** The longest `timeout`: six hours, the longest a GitHub-hosted job runs. */
const MAX_SIGN_TIMEOUT_SECONDS = 6 * 60 * 60;
/** `timeout` in milliseconds: whole seconds, minutes with `m` or hours with `h` (`90`, `90s`, `10m`, `6h`), from 1 s to 6 h. */
function timeoutOf(reader) {
    const value = reader.string('timeout');
    if (value === undefined)
        return DEFAULT_SIGN_TIMEOUT_SECONDS * 1000;
    const match = /^(\d{1,6})(s|m|h)?$/.exec(value);
    const seconds = match === null ? Number.NaN : Number(match[1]) * (match[2] === 'h' ? 3600 : match[2] === 'm' ? 60 : 1);
    if (!(seconds >= 1 && seconds <= MAX_SIGN_TIMEOUT_SECONDS)) {
        reader.report('timeout', `is ${(0,quote/* quoted */.TL)(value.slice(0, 40))}; expected a time from 1 s to 6 h in whole seconds, minutes or hours (\`90\`, \`90s\`, \`10m\`, \`2h\`)`);
        return DEFAULT_SIGN_TIMEOUT_SECONDS * 1000;
    }
    return seconds * 1000;
}
function url(reader, name) {
    const value = reader.string(name);
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        // Quoted without credentials: a private instance's URL may carry a password (refused below, once it parses).
        reader.report(name, `${(0,quote/* quoted */.TL)((0,core_proxy/* urlWithoutCredentials */.EV)(value))} is not a URL`);
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        reader.report(name, `${(0,quote/* quoted */.TL)((0,core_proxy/* urlWithoutCredentials */.EV)(value))} is not an http(s) URL`);
    else if (parsed.username !== '' || parsed.password !== '')
        reader.report(name, 'must not carry credentials');
    // The clients append `/api/...` to the URL, so a query would swallow the path; and whatever it
    // carries (often a token) would be echoed in every log line and error that names the service.
    else if (parsed.search !== '' || parsed.hash !== '')
        reader.report(name, 'must be a base URL without a query string or fragment');
    return value;
}
/**
 * Validates signing inputs (`checksums`, `subject-path`, `bundle`, `instance`, `key`, `fulcio-url`, `rekor-url`,
 * `rekor-version`, `tsa-url`, `signing-config`, `trusted-root`, `on-missing-token`, `timeout`), reporting every problem at once.
 * `subjects` words a missing subject as the command names them: sign-image signs images.
 */
function signConfig(raw, nameOf, subjects = 'file') {
    const reader = new InputReader(raw, nameOf);
    const checksums = reader.string('checksums');
    const files = [...(checksums === undefined ? [] : [checksums]), ...reader.list('subject-path')];
    if (files.length === 0)
        reader.report('subject-path', `names no ${subjects} to sign`);
    const bundle = reader.string('bundle');
    if (bundle !== undefined && files.length > 1)
        reader.report('bundle', `names one bundle for ${files.length} files; leave it out to write <file>.sigstore.json next to each`);
    const instance = reader.choice('instance', INSTANCE_CHOICES, 'auto');
    const key = reader.string('key');
    if (key !== undefined && instance !== 'auto' && instance !== 'key')
        reader.report('key', `is a local key, but instance is ${(0,quote/* quoted */.TL)(instance)} (keyless); drop one of them`);
    if (instance === 'key' && key === undefined)
        reader.report('key', 'is required with instance "key"; create one with `trust-kit generate-key-pair`');
    const config = {
        files,
        bundle,
        instance,
        key,
        fulcioURL: url(reader, 'fulcio-url'),
        rekorURL: url(reader, 'rekor-url'),
        tsaURL: url(reader, 'tsa-url'),
        rekorVersion: reader.choice('rekor-version', ['1', '2'], '1') === '2' ? 2 : 1,
        signingConfig: reader.string('signing-config'),
        trustedRoot: reader.string('trusted-root'),
        onMissingToken: reader.choice('on-missing-token', ['fail', 'warn', 'skip'], 'fail'),
        retry: core_retry/* DEFAULT_RETRY_POLICY */.cO,
        timeoutMs: timeoutOf(reader),
    };
    if (config.rekorURL !== undefined && instance === 'github') {
        reader.report('rekor-url', 'GitHub\'s instance writes no transparency log (a private repository\'s name must not reach a public log); use instance "public-good" to log');
    }
    if ((config.rekorURL !== undefined || config.tsaURL !== undefined || config.fulcioURL !== undefined || config.signingConfig !== undefined) && (instance === 'key' || (instance === 'auto' && key !== undefined))) {
        reader.report('key', `signs locally and offline; ${nameOf('fulcio-url')}, ${nameOf('rekor-url')}, ${nameOf('tsa-url')} and ${nameOf('signing-config')} apply to keyless signing only`);
    }
    if (config.signingConfig !== undefined && (config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined)) {
        reader.report('signing-config', `names the services itself; drop ${nameOf('fulcio-url')}, ${nameOf('rekor-url')} and ${nameOf('tsa-url')}, or the signing config`);
    }
    const keyed = instance === 'key' || (instance === 'auto' && key !== undefined);
    // The public-good instance's log is the default only for its own Fulcio: another CA's certificates (a private
    // deployment's identities and repository names) would otherwise go to the public log, as cosign sends them.
    const given = (name) => typeof raw[name] === 'string' && raw[name].trim() !== '';
    if (given('fulcio-url') && !given('rekor-url') && !given('signing-config') && instance !== 'github' && !keyed) {
        reader.report('rekor-url', `is needed with ${nameOf('fulcio-url')}: without it, the certificates of that Fulcio would be logged in the public-good Rekor (https://rekor.sigstore.dev) for anyone to read; name the deployment's own log, or sign with instance "github" to log nowhere`);
    }
    if (config.rekorVersion === 2 && config.rekorURL === undefined)
        reader.report('rekor-version', `applies to ${nameOf('rekor-url')}, which is not given (a signing config names each log's version itself)`);
    else if (config.rekorVersion === 2 && config.tsaURL === undefined)
        reader.report('rekor-version', `is 2, and Rekor v2 entries carry no integration time: give ${nameOf('tsa-url')} as well, so a timestamp authority dates the signature`);
    reader.finish();
    return config;
}
/**
 * What keyless signing cannot do without a trusted root, known from the inputs alone: a signing
 * config's services, a custom Fulcio or Rekor, GitHub's instance with a custom TSA. The signing
 * session refuses these too, but only as it opens, after the artifacts were hashed.
 */
function signingTrustIssues(config, nameOf) {
    const keyed = config.instance === 'key' || (config.instance === 'auto' && config.key !== undefined);
    if (config.trustedRoot !== undefined || keyed)
        return [];
    const custom = [...(config.fulcioURL === undefined ? [] : ['fulcio-url']), ...(config.rekorURL === undefined ? [] : ['rekor-url'])];
    const what = config.signingConfig !== undefined
        ? nameOf('signing-config')
        : custom.length > 0
            ? `custom Sigstore URLs (${custom.map(nameOf).join(', ')})`
            : config.instance === 'github' && config.tsaURL !== undefined
                ? `GitHub's instance and ${nameOf('tsa-url')}`
                : undefined;
    if (what === undefined)
        return [];
    return [{ input: nameOf('trusted-root'), message: `is required to sign keylessly with ${what}: every bundle is verified against it before it is written; give the trusted_root.json of that Sigstore deployment` }];
}
/**
 * The keyless signing inputs a local `key` leaves unused, since it signs offline with no service to
 * trust or wait for and no token to miss: `trusted-root` (even one that is no trusted root),
 * `timeout` and an `on-missing-token` other than `fail` (its default, which the runner passes),
 * refused rather than ignored. A `key` beside a keyless `instance` is {@link signConfig}'s own refusal.
 */
function keyedSigningIssues(raw, nameOf) {
    const given = (name) => {
        const value = raw[name];
        return value !== undefined && value !== '' && !(name === 'on-missing-token' && typeof value === 'string' && value.trim().toLowerCase() === 'fail');
    };
    const instance = typeof raw.instance === 'string' ? raw.instance.trim().toLowerCase() : '';
    if (typeof raw.key !== 'string' || raw.key.trim() === '' || (instance !== '' && instance !== 'auto' && instance !== 'key'))
        return [];
    return KEYLESS_ONLY.filter(given).map((name) => ({ input: nameOf(name), message: `applies to keyless signing; ${nameOf('key')} signs locally and offline, so it would do nothing` }));
}
const KEYLESS_ONLY = ['trusted-root', 'timeout', 'on-missing-token'];

;// CONCATENATED MODULE: ./lib/config/attest.js



/** The attestation types a user may name. */
const ATTEST_TYPE_CHOICES = ['slsaprovenance', 'spdx', 'cyclonedx', 'custom'];
/**
 * Validates attestation inputs (`type`, `predicate`, `predicate-type`, `subject-path`, `subject`,
 * `checksums`, `base`, `per-subject`, `bundle`, `output-dir`, `oidc-discovery-url`, and the
 * signing inputs), reporting every problem at once. `defaults.sbomInput` names the input an SBOM is
 * given as on a surface without `type` (the attest action's `sbom-path`).
 */
function attestConfig(raw, nameOf, defaults) {
    const issues = [];
    const reader = new InputReader(raw, nameOf);
    const predicatePath = reader.string('predicate');
    const predicateType = reader.string('predicate-type');
    const sbomPath = reader.string('sbom-path');
    const named = reader.string('type') === undefined ? undefined : reader.choice('type', ATTEST_TYPE_CHOICES, 'slsaprovenance');
    // Without a type: a custom predicate when one is given, an SBOM for sbom-path, provenance otherwise (actions/attest's modes).
    let type = named ?? (sbomPath !== undefined ? 'sbom' : predicatePath !== undefined || predicateType !== undefined ? 'custom' : 'slsaprovenance');
    if (sbomPath !== undefined && (predicatePath !== undefined || predicateType !== undefined))
        reader.report('sbom-path', `attests an SBOM; it cannot be combined with ${nameOf('predicate')} or ${nameOf('predicate-type')}`);
    if (sbomPath !== undefined && named !== undefined && named !== 'spdx' && named !== 'cyclonedx')
        reader.report('type', `is ${(0,quote/* quoted */.TL)(named)}, but sbom-path names an SBOM`);
    if (sbomPath !== undefined && named === undefined)
        type = 'sbom';
    const document = sbomPath ?? predicatePath;
    if (type === 'slsaprovenance' && predicatePath !== undefined)
        reader.report('predicate', 'is not used for SLSA provenance, which is built from the run; drop it or pick --type spdx|cyclonedx|custom');
    // Without a type named, only a predicate type asked for the custom predicate: said so, not as a type the user never gave.
    if (type !== 'slsaprovenance' && document === undefined)
        reader.report('predicate', named === undefined ? `is required with ${nameOf('predicate-type')}: the JSON document of that type to attest` : `is required for type ${(0,quote/* quoted */.TL)(type)}: the JSON document to attest`);
    if (type === 'custom' && predicateType === undefined) {
        if (named === undefined) {
            // The user gave a document and no type: likely an SBOM, which its name may say (trust-kit's own sbom.spdx.json, sbom.cdx.json, sbom.cdx-1.5.json).
            const sbomTypes = /\.spdx\.json$/i.test(predicatePath ?? '') ? ['spdx'] : /\.cdx(-[\d.]+)?\.json$/i.test(predicatePath ?? '') ? ['cyclonedx'] : ['spdx', 'cyclonedx'];
            // The action has no type input: an SBOM is given as sbom-path instead.
            const asSbom = defaults.sbomInput === undefined ? `add ${sbomTypes.map((sbomType) => `${nameOf('type')} ${sbomType}`).join(' or ')}` : `give it as ${nameOf(defaults.sbomInput)} instead`;
            reader.report('predicate-type', `is required with ${nameOf('predicate')}${defaults.sbomInput === undefined ? ` and no ${nameOf('type')}` : ''}, which attests it as a custom predicate of the type this URI names; to attest an SBOM, ${asSbom}`);
        }
        else
            reader.report('predicate-type', 'is required for a custom predicate: a URI naming its type');
    }
    // With sbom-path, the pair is reported above.
    if (type !== 'custom' && predicateType !== undefined && sbomPath === undefined)
        reader.report('predicate-type', `is for custom predicates; type ${(0,quote/* quoted */.TL)(type)} has its own`);
    const subjectPaths = reader.list('subject-path');
    // base names file subjects relative to it: without any it would change nothing, silently. '.', the default (which the runner passes), says nothing.
    const base = reader.string('base');
    if (base !== undefined && base !== '.' && base !== defaults.base && subjectPaths.length === 0)
        reader.report('base', `applies only to the files of ${nameOf('subject-path')} (their names are relative to it), and none are given, so it would do nothing`);
    const subjectReferences = reader.list('subject');
    const checksums = reader.string('checksums');
    const discovery = reader.string('oidc-discovery-url');
    if (discovery !== undefined && !/^https?:\/\/[^\s?#]+$/.test(discovery))
        reader.report('oidc-discovery-url', 'must be an http(s) base URL without a query string');
    // The URL is named in every error about the issuer's keys: a user name and password would be printed with it.
    else if (discovery !== undefined && /^https?:\/\/[^/]*@/.test(discovery))
        reader.report('oidc-discovery-url', 'must not carry credentials');
    const config = {
        type,
        predicatePath: document,
        predicateType,
        subjectPaths,
        subjectReferences,
        checksums,
        base: base ?? defaults.base,
        perSubject: reader.boolean('per-subject', false),
        bundle: reader.string('bundle'),
        outputDir: reader.string('output-dir', defaults.outputDir) ?? defaults.outputDir,
        oidcDiscoveryURL: discovery,
    };
    try {
        reader.finish();
    }
    catch (error) {
        if (!(error instanceof inputs_ConfigError))
            throw error;
        issues.push(...error.issues);
    }
    let sign;
    try {
        // Statements are signed, not files: the subject list only satisfies the signing inputs' check.
        sign = signConfig({ ...raw, 'subject-path': ['statement'], checksums: undefined, bundle: undefined }, nameOf);
    }
    catch (error) {
        if (!(error instanceof inputs_ConfigError))
            throw error;
        issues.push(...error.issues);
    }
    if (issues.length > 0 || sign === undefined)
        throw new inputs_ConfigError(issues);
    return { ...config, sign };
}

;// CONCATENATED MODULE: ./lib/config/paths.js








/** The output file or directory an SBOM run names (`--output`, `--output-dir`), to check before any work as {@link requireNamedPaths} does. */
function sbomOutputPaths(config) {
    return [...(config.output === undefined ? [] : [{ input: 'output', path: config.output, kind: 'output' }]), ...(config.outputDir === undefined ? [] : [{ input: 'output-dir', path: config.outputDir, kind: 'output-directory' }])];
}
/** Why a file (or directory) cannot be written at `given` (shown as `path`), known before any work: something of the other kind is there, or an existing ancestor is no directory. */
async function outputProblem(given, path, cwd, directory) {
    const target = (0,external_node_path_.resolve)(cwd, given);
    if (!directory) {
        // Written as a new file renamed into place: a link, a device or a pipe there would be replaced, not written to.
        const there = (0,core_files/* unreplaceableKind */.Ej)(target);
        if (there === 'a symbolic link')
            return `${path} is a symbolic link; an output is written as a new file in its place, which would replace the link: give the path of the file itself, or remove the link`;
        if (there !== undefined)
            return `${path} is not a regular file (${there}), which an output written in its place would replace; give the path of a regular file`;
    }
    try {
        const isDirectory = (await (0,promises_.stat)(target)).isDirectory();
        if (directory)
            return isDirectory ? undefined : `${path} is not a directory`;
        return isDirectory ? `${path} is a directory; name the file to write in it` : undefined;
    }
    catch (error) {
        const code = (0,errors/* systemErrorCode */.vq)(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return `${path} ${problem(error)}`;
    }
    // The nearest ancestor that exists must be a directory, for the missing ones to be made in it.
    for (let dir = (0,external_node_path_.dirname)(target); dir !== (0,external_node_path_.dirname)(dir); dir = (0,external_node_path_.dirname)(dir)) {
        try {
            return (await (0,promises_.stat)(dir)).isDirectory() ? undefined : `${path} cannot be written: ${(0,external_node_path_.relative)(cwd, dir) || dir} is not a directory`;
        }
        catch (error) {
            if ((0,errors/* systemErrorCode */.vq)(error) !== 'ENOENT' && (0,errors/* systemErrorCode */.vq)(error) !== 'ENOTDIR')
                return `${path} ${problem(error)}`;
        }
    }
    return undefined;
}
function problem(error) {
    const code = (0,errors/* systemErrorCode */.vq)(error);
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    if (code === 'ENOTDIR')
        return 'is not under a directory';
    return `cannot be read (${code ?? 'unknown error'})`;
}
/**
 * Checks that every path the inputs name exists and is of the right kind, before anything is
 * hashed, fetched or written, and throws one {@link ConfigError} listing every missing one after the
 * `earlier` problems of other inputs.
 * A file that goes away later still fails where it is read, with that step's code.
 */
async function requireNamedPaths(paths, cwd, nameOf, earlier = []) {
    // Problems found before (inputs that do not go together) are reported with the missing paths.
    const issues = [...earlier, ...(await namedPathIssues(paths, cwd, nameOf))];
    if (issues.length > 0)
        throw new inputs_ConfigError(issues);
}
/**
 * The config `read` makes; when its inputs are refused (ConfigError), the paths they name are
 * checked as well and reported with them, so that one run names every problem: a bad flag used
 * to hide the missing files until it was fixed.
 */
async function readWithNamedPaths(read, paths, cwd, nameOf) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        const said = new Set(error.issues.map((issue) => `${issue.input}\u0000${issue.message}`));
        const missing = (await namedPathIssues(paths, cwd, nameOf)).filter((issue) => !said.has(`${issue.input}\u0000${issue.message}`));
        throw missing.length === 0 ? error : new ConfigError([...error.issues, ...missing]);
    }
}
/** Inputs that name a private key's file: the value given may be the key itself, pasted where its path goes (`--key "$KEY"`). */
const KEY_INPUTS = new Set(['key']);
/**
 * Whether a value given for a key's path looks like the key itself: PEM, a line break, or a long
 * run of base64 (a key kept base64-encoded in a CI variable); a file name is never repeated then.
 */
function looksLikeKeyMaterial(value) {
    return /-----BEGIN|PRIVATE KEY|[\r\n]/.test(value) || (value.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(value));
}
/** What is wrong with each path the inputs name (see {@link requireNamedPaths}). */
async function namedPathIssues(paths, cwd, nameOf) {
    const found = await Promise.all(paths.map(async ({ input, path: given, kind }) => {
        if (kind === 'read')
            return undefined;
        // Shown as it is when plain, else quoted and bounded: a name under a checkout may hold terminal escapes.
        const path = (0,quote/* shownFile */.G)(given);
        if (kind === 'output' || kind === 'output-directory') {
            const message = await outputProblem(given, path, cwd, kind === 'output-directory');
            return message === undefined ? undefined : { input: nameOf(input), message };
        }
        let info;
        try {
            info = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, given));
        }
        catch (error) {
            // No such file, and the value looks like the key itself: never repeated (a long path of a real file is read as any other).
            if (KEY_INPUTS.has(input) && looksLikeKeyMaterial(given)) {
                return { input: nameOf(input), message: 'is not the path of a key file: the value given looks like key material, so it is not repeated here; write the key to a file only you can read (chmod 600) and give its path' };
            }
            // A link whose target is gone is there in a listing: said as such, not as a typo.
            const dangling = (0,errors/* systemErrorCode */.vq)(error) === 'ENOENT' && (await (0,promises_.lstat)((0,external_node_path_.resolve)(cwd, given)).then((link) => link.isSymbolicLink(), () => false));
            return { input: nameOf(input), message: dangling ? `${path} is a symbolic link to nothing (its target does not exist)` : `${path} ${problem(error)}` };
        }
        if (kind === 'file' && !info.isFile())
            return { input: nameOf(input), message: `${path} is not a file` };
        if (kind === 'directory' && !info.isDirectory())
            return { input: nameOf(input), message: `${path} is not a directory` };
        return undefined;
    }));
    return [...found.filter((issue) => issue !== undefined), ...(await outputsThatAreInputs(paths, cwd, nameOf))];
}
/**
 * Outputs that are the very file an input names (the artifact given as the bundle, the key as the
 * bundle, the predicate as the bundle): writing one would replace what the run reads, and the user's
 * file would be lost. Told apart by device and inode, so that another spelling of a path, or a link
 * to the file, is the same file.
 */
async function outputsThatAreInputs(paths, cwd, nameOf) {
    const outputs = paths.filter((entry) => entry.kind === 'output');
    if (outputs.length === 0)
        return [];
    const identity = async (path) => {
        const info = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, path)).catch(() => undefined);
        return info?.isFile() === true ? `${info.dev}:${info.ino}` : undefined;
    };
    const inputs = await Promise.all(paths.filter((entry) => entry.kind === 'file' || entry.kind === 'any' || entry.kind === 'read').map(async (entry) => ({ entry, identity: await identity(entry.path) })));
    const issues = [];
    for (const output of outputs) {
        const written = await identity(output.path);
        const read = written === undefined ? undefined : inputs.find((input) => input.identity === written);
        if (read !== undefined)
            issues.push({ input: nameOf(output.input), message: `${output.path} is the file ${nameOf(read.entry.input)} names (${read.entry.path}); writing there would replace it: give another path` });
    }
    return issues;
}
/**
 * The subjects of a list input that name a path rather than a glob, each of which must exist: a
 * typo, or a YAML comment line taken for a path, is then named under its input with every other
 * one, before anything is hashed. A glob that matches nothing is reported where it is expanded.
 */
function subjectPaths(input, subjects) {
    return subjects.filter((subject) => !collect_mayBeGlob(subject)).map((path) => ({ input, path, kind: 'any' }));
}
/** The files signing reads as its flags or inputs name them, before they are read into a config: for {@link readWithNamedPaths}. */
function rawSigningPaths(values) {
    return ['key', 'signing-config', 'trusted-root'].flatMap((input) => {
        const path = values[input];
        return typeof path === 'string' && path.trim() !== '' && path !== '-' ? [{ input, path, kind: 'file' }] : [];
    });
}
/** The files signing reads besides its subjects: the key and the trusted root, when given. */
function signingPaths(config) {
    return rawSigningPaths({ key: config.key, 'signing-config': config.signingConfig, 'trusted-root': config.trustedRoot });
}
/** What a release reads (the base directory, the signing key and trusted root, the SBOM's project, the subjects that are no glob), to be checked before its first step. */
function releasePaths(config) {
    return [
        { input: 'base', path: config.base, kind: 'directory' },
        ...(config.sign === undefined ? [] : signingPaths(config.sign)),
        ...(config.sbom === undefined ? [] : [{ input: 'sbom-path', path: config.sbom.path, kind: 'directory' }]),
        ...subjectPaths('subject-path', config.subjects),
    ];
}
/**
 * Exclude patterns are relative to the cataloged directory: one written from the working directory
 * (`--exclude app/vendor` for `sbom app`) or as an absolute path matches nothing there, silently.
 * Such a pattern (no glob) that names an existing path inside the directory, which the pattern as
 * written does not, is reported with the pattern to give.
 */
async function misplacedExcludes(patterns, dir, cwd, input) {
    const root = resolve(cwd, dir);
    const exists = (path) => lstat(path).then(() => true, () => false);
    const issues = await Promise.all(patterns.map(async (pattern) => {
        if (mayBeGlob(pattern))
            return undefined;
        const meant = resolve(cwd, pattern);
        const inside = pathInside(root, meant);
        if (inside === undefined)
            return undefined;
        // As a pattern, a leading / anchors at the cataloged directory: join, not resolve.
        if ((await exists(join(root, pattern))) || !(await exists(meant)))
            return undefined;
        return { input, message: `${quoted(pattern)} names ${isAbsolute(pattern) ? 'a path' : 'a path from the working directory'} inside ${dir}, but patterns are relative to that directory: give ${quoted(inside.split(sep).join('/'))}` };
    }));
    return issues.filter((issue) => issue !== undefined);
}

;// CONCATENATED MODULE: ./lib/core/clock.js


/** The wall clock. */
const systemClock = { now: () => new Date() };
/**
 * The latest time taken from SOURCE_DATE_EPOCH or a commit: 9999-12-31T23:59:59Z. Past it, ISO
 * 8601 years have six digits (`+010000-01-01`), which SPDX's `created`, CycloneDX's `timestamp`
 * and in-toto's times do not admit.
 */
const LATEST_EPOCH_SECONDS = 253_402_300_799;
/** The earliest instant a document may be dated: 0000-01-01T00:00:00Z (before it, years are negative: `-000001`). */
const EARLIEST_MS = (/* unused pure expression or super */ null && (-62_167_219_200_000));
/**
 * Why a value is no time trust-kit can date a document with, or undefined for a Date from
 * 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (four-digit years, as every format writes them).
 */
function dateProblem(at) {
    // Told by its tag, not instanceof: a Date of another realm (a vm context) is one too.
    if (Object.prototype.toString.call(at) !== '[object Date]')
        return `${typeName(at)}, not a valid Date`;
    const ms = at.getTime();
    if (Number.isNaN(ms))
        return 'an invalid Date';
    if (ms < EARLIEST_MS || ms > LATEST_EPOCH_SECONDS * 1000 + 999)
        return `${at.toISOString()}, outside the years 0000 to 9999 that SPDX, CycloneDX and in-toto times are written in`;
    return undefined;
}
/** A clock frozen at one instant, for tests and for reproducible builds (CLOCK_ARGUMENT_INVALID unless `at` is a valid Date from year 0000 to 9999). */
function fixedClock(at) {
    // From plain JavaScript a string failed on getTime with a TypeError, an invalid Date or a year past 9999 only when a document was written.
    const problem = dateProblem(at);
    if (problem !== undefined) {
        throw new TrustKitError('CLOCK_ARGUMENT_INVALID', `fixedClock was given ${problem}`, { hint: 'pass a Date of years 0000 to 9999, e.g. fixedClock(new Date(\'2025-01-01T00:00:00Z\'))' });
    }
    const ms = at.getTime();
    return { now: () => new Date(ms) };
}
/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org, in decimal digits; leading zeros are decimal too) when it is
 * set, `fallback` (the wall clock) otherwise (empty counts as unset). A caller that would have an
 * SBOM dated by its project's last commit when the variable is unset gives no clock at all then.
 */
function clockFromSourceDateEpoch(value, fallback = systemClock) {
    if (value === undefined || value === '')
        return fallback;
    if (typeof value !== 'string')
        throw new TrustKitError('CLOCK_ARGUMENT_INVALID', `clockFromSourceDateEpoch was given ${typeName(value)}, not the variable's text`, { hint: 'pass process.env.SOURCE_DATE_EPOCH (a string, or undefined)' });
    const at = epochSecondsDate(value);
    if (at === undefined) {
        throw new TrustKitError('CLOCK_INVALID_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH is ${quoted(value, 40)}, not a whole number of seconds since 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z`, { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' });
    }
    return fixedClock(at);
}
/** The instant `text` (decimal seconds since the Unix epoch, leading zeros allowed) names, or undefined when it names none up to 9999-12-31T23:59:59Z. */
function epochSecondsDate(text) {
    if (!/^\d+$/.test(text))
        return undefined;
    // Up to 12 digits once the zeros in front are gone: a longer number is past the bound, and would lose precision as a Number.
    const digits = text.replace(/^0+(?=\d)/, '');
    return digits.length <= 12 && Number(digits) <= LATEST_EPOCH_SECONDS ? new Date(Number(digits) * 1000) : undefined;
}

// EXTERNAL MODULE: ./lib/core/markdown.js
var markdown = __webpack_require__(8346);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(8120);
// EXTERNAL MODULE: ./lib/instructions/verify.js
var instructions_verify = __webpack_require__(592);
// EXTERNAL MODULE: ./lib/actions/io.js + 17 modules
var actions_io = __webpack_require__(4729);
// EXTERNAL MODULE: ./lib/actions/secret-input.js
var secret_input = __webpack_require__(7302);
// EXTERNAL MODULE: ./lib/actions/summary.js + 1 modules
var summary = __webpack_require__(8955);
;// CONCATENATED MODULE: ./lib/actions/attest/main.js




















/** How many subjects, bundles and stored attestations the job summary names; it says how many more there are. */
const SHOWN_SUBJECTS = 50;
/** The inputs the attest action reads (actions/attest's names where they mean the same). */
const ATTEST_INPUTS = [
    'subject-path',
    'subject-digest',
    'subject-name',
    'subject-checksums',
    'predicate-type',
    'predicate-path',
    'sbom-path',
    'base',
    'per-subject',
    'output-dir',
    'storage',
    'show-summary',
    'github-token',
    'instance',
    'on-missing-token',
    'timeout',
    'key',
    'fulcio-url',
    'rekor-url',
    'tsa-url',
    'trusted-root',
];
/** Reads the action's own inputs as every input is read, collecting what is wrong with them rather than throwing. */
function readActionOptions(inputs) {
    const reader = new InputReader(inputs, actionInputName);
    const options = { storage: reader.choice('storage', ['github', 'none'], 'github'), showSummary: reader.boolean('show-summary', true) };
    try {
        reader.finish();
        return { options, issues: [] };
    }
    catch (error) {
        if (!(error instanceof inputs_ConfigError))
            throw error;
        return { options, issues: error.issues };
    }
}
/** Names inputs as the action's users write them: the config's `predicate` is the input `predicate-path`. */
function attestInputName(name) {
    return actionInputName(name === 'predicate' ? 'predicate-path' : name);
}
/**
 * actions/attest takes `subject-checksums` as a path or, when no such file exists, as the
 * checksums themselves: the latter become name@digest subjects.
 */
async function checksumsInput(value, cwd) {
    if (value === undefined || value.trim() === '')
        return { subjects: [] };
    const isFile = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, value.trim())).then((info) => info.isFile(), () => false);
    if (isFile)
        return { checksums: value.trim(), subjects: [] };
    try {
        return { subjects: parseChecksums(value, 'input "subject-checksums"').map((entry) => `${entry.name}@${entry.algorithm}:${entry.hex}`) };
    }
    catch (error) {
        // One line that is no checksum line is most likely a path with a typo: say so rather than how checksum lines look.
        if ((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'CHECKSUMS_MALFORMED_LINE' && !value.trim().includes('\n')) {
            throw new inputs_ConfigError([{ input: actionInputName('subject-checksums'), message: `is "${value.trim()}", which names no file and is no checksum line ("<hex digest>  <file name>") either; check the path, relative to the workspace` }]);
        }
        throw error;
    }
}
/** The action inputs as the attestation config reads them. */
async function configInputs(inputs, cwd) {
    const digest = typeof inputs['subject-digest'] === 'string' ? inputs['subject-digest'].trim() : '';
    const name = typeof inputs['subject-name'] === 'string' ? inputs['subject-name'].trim() : '';
    if ((digest === '') !== (name === ''))
        throw new inputs_ConfigError([{ input: actionInputName(digest === '' ? 'subject-digest' : 'subject-name'), message: 'subject-digest and subject-name go together: the digest of the artifact and its name' }]);
    // Checked here, under its own name: glued to the digest below, its problem would name a NAME@DIGEST the workflow never wrote.
    // eslint-disable-next-line no-control-regex -- the control characters are what is refused
    if (name.length > 4096 || /[\u0000-\u001f\u007f-\u009f]/.test(name))
        throw new inputs_ConfigError([{ input: actionInputName('subject-name'), message: 'must be 1 to 4096 characters without control characters (a file or image name)' }]);
    const checksums = await checksumsInput(typeof inputs['subject-checksums'] === 'string' ? inputs['subject-checksums'] : undefined, cwd);
    return {
        ...inputs,
        predicate: inputs['predicate-path'],
        subject: [...(digest === '' ? [] : [`${name}@${digest}`]), ...checksums.subjects],
        checksums: checksums.checksums,
    };
}
function storedURL(serverURL, repository, id) {
    return `${serverURL.replace(/\/+$/, '')}/${repository}/attestations/${id}`;
}
/**
 * `gh attestation verify` with the trusted root the run was given (see operatorTrustedRoot): gh reads
 * one root per line (JSONL), so a trusted_root.json is first joined onto one line (`paste -s -d '\0'`,
 * which JSON's whitespace allows).
 */
function ghVerifyLines(command, root) {
    if (root === undefined)
        return [command];
    const copy = root.ghFile === root.file ? [] : [(0,instructions_verify/* renderCommand */.CB)({ programs: [['paste', '-s', '-d', { value: '\\0' }, { value: root.file }]], checks: [], stdout: root.ghFile })];
    return [...copy, `${command} --custom-trusted-root ${(0,instructions_verify/* shellWord */.r7)(root.ghFile)}`];
}
/** The job summary: what was attested, where the bundles are, and the commands that verify them (with the trusted root the run was given, which a private deployment needs). */
function main_summary(result, cwd, repository, stored, serverURL, trustedRoot) {
    const first = result.subjects[0];
    // Users verify a download: the bundle by its file name, beside the artifact.
    const bundle = (0,external_node_path_.basename)(result.files.bundles[0] ?? result.files.jsonl);
    const lines = [
        '### Attestations',
        '',
        `${counted(result.subjects.length, 'subject')} attested as ${(0,summary/* code */.aY)(result.predicateType)} in ${counted(result.attestations.length, 'statement')}, signed with ${(0,summary/* cell */.Hn)(result.description)}.`,
        '',
        '| Subject | Digest |',
        '| --- | --- |',
        ...result.subjects.slice(0, SHOWN_SUBJECTS).map((subject) => `| ${(0,summary/* cell */.Hn)(subject.name)} | ${(0,summary/* codeCell */.MZ)(Object.entries(subject.digest).map(([algorithm, hex]) => `${algorithm}:${hex}`)[0] ?? '')} |`),
        ...(result.subjects.length > SHOWN_SUBJECTS ? [`| and ${result.subjects.length - SHOWN_SUBJECTS} more | |`] : []),
        '',
        // As many as the subjects shown: thousands of bundle paths on one line passed the 1 MiB a job summary may hold, and GitHub dropped all of it.
        `Bundles: ${[(0,summary/* code */.aY)((0,external_node_path_.relative)(cwd, result.files.jsonl)), ...(0,summary/* capped */.uo)(result.files.bundles.map((path) => (0,summary/* code */.aY)((0,external_node_path_.relative)(cwd, path))), SHOWN_SUBJECTS, (count) => `and ${counted(count, 'more bundle')} beside them`)].join(', ')}`,
        '',
    ];
    const ids = stored.flatMap((outcome) => (outcome.status === 'stored' ? [outcome.id] : []));
    if (repository !== undefined && ids.length > 0)
        lines.push(`Stored on GitHub: ${[...ids.slice(0, SHOWN_SUBJECTS).map((id) => (0,markdown/* markdownLink */.iQ)(id, storedURL(serverURL, repository, id))), ...(ids.length > SHOWN_SUBJECTS ? [`and ${ids.length - SHOWN_SUBJECTS} more`] : [])].join(', ')}`, '');
    const skipped = stored.find((outcome) => outcome.status === 'skipped');
    if (skipped !== undefined && skipped.status === 'skipped')
        lines.push(`Not stored on GitHub: ${(0,summary/* cell */.Hn)(skipped.reason)}`, '');
    if (first !== undefined && result.signer.kind === 'key') {
        // A key signs offline: no log entry, which verifying with a key requires unless told; the public key is the user's to give.
        lines.push('Verify:', '', ...(0,summary/* shellBlock */.OV)([`trust-kit verify-attestation ${(0,instructions_verify/* shellFileOperand */.UF)(first.name)} --bundle ${(0,instructions_verify/* shellFileOperand */.UF)(bundle)} --predicate-type ${(0,instructions_verify/* shellQuote */.ZL)(result.predicateType)} --key <public key of ${result.signer.source}> --insecure-ignore-tlog`]));
    }
    if (first !== undefined && result.signer.kind === 'certificate') {
        const { identity, issuer } = result.signer;
        const target = (0,instructions_verify/* shellFileOperand */.UF)(first.name);
        const root = trustedRoot === undefined ? undefined : (0,summary/* operatorTrustedRoot */.s3)(trustedRoot);
        // The exact identity that signed, the workflow at its ref, as the sign action's command pins it: --repo alone accepted any
        // workflow of the repository, on any branch, a pull request's too. The repository beside it: identity and issuer alone
        // also accept another repository calling the same reusable workflow.
        const exactly = `--certificate-identity ${(0,instructions_verify/* shellQuote */.ZL)(identity ?? '<certificate identity>')} --certificate-oidc-issuer ${(0,instructions_verify/* shellQuote */.ZL)(issuer)}`;
        const sourceRef = result.signer.sourceRef;
        const pinnedRef = sourceRef === undefined ? '' : ` --source-ref ${(0,instructions_verify/* shellQuote */.ZL)(sourceRef)}`;
        const policy = `${repository === undefined ? exactly : `${exactly} --repo ${(0,instructions_verify/* shellQuote */.ZL)(repository)}`}${pinnedRef}`;
        // gh's flag for the identity; without one, a reusable workflow of another repository by its path, which --repo alone refuses.
        const workflow = repository === undefined ? undefined : (0,instructions_verify/* reusableWorkflow */.ho)({ identity, repository });
        const ghSigner = identity !== undefined ? ` --cert-identity ${(0,instructions_verify/* shellQuote */.ZL)(identity)}${issuer === verify_policy/* GITHUB_ACTIONS_ISSUER */.qQ ? '' : ` --cert-oidc-issuer ${(0,instructions_verify/* shellQuote */.ZL)(issuer)}`}` : workflow === undefined ? '' : ` --signer-workflow ${(0,instructions_verify/* shellQuote */.ZL)(workflow)}`;
        // gh hashes the file with SHA-256 unless told SHA-512, and knows no other: a subject named by SHA-384 alone it cannot find.
        const ghDigest = first.digest.sha256 !== undefined ? '' : first.digest.sha512 !== undefined ? ' --digest-alg sha512' : undefined;
        lines.push('Verify:', '', ...(root === undefined ? [] : [root.note, '']), ...(0,summary/* shellBlock */.OV)([
            ...(root === undefined ? [] : [root.makeDirectory]),
            `trust-kit verify-attestation ${target} --bundle ${(0,instructions_verify/* shellFileOperand */.UF)(bundle)} --predicate-type ${(0,instructions_verify/* shellQuote */.ZL)(result.predicateType)} ${policy}${root === undefined ? '' : ` --trusted-root ${(0,instructions_verify/* shellQuote */.ZL)(root.file)}`}`,
            ...(repository === undefined || ghDigest === undefined ? [] : ghVerifyLines(`gh attestation verify ${target} --bundle ${(0,instructions_verify/* shellFileOperand */.UF)(bundle)}${ghDigest} --predicate-type ${(0,instructions_verify/* shellQuote */.ZL)(result.predicateType)} --repo ${(0,instructions_verify/* shellQuote */.ZL)(repository)}${ghSigner}${pinnedRef}`, root)),
        ]));
    }
    return lines.join('\n');
}
/**
 * The attest action: attests its subjects (SLSA provenance of the run by default, an SBOM with
 * `sbom-path`, a custom predicate with `predicate-path`), writes `<name>.intoto.jsonl` and
 * `<name>.sigstore.json`, stores the bundles with GitHub's attestations API (`storage: github`)
 * and writes the job summary.
 */
async function run(inputs, io, cwd, env, ports = {}) {
    const { options, issues: optionIssues } = readActionOptions(inputs);
    // A key signs offline: the keyless inputs beside it would do nothing.
    const issues = [...optionIssues, ...keyedSigningIssues(inputs, actionInputName)];
    const { storage: storageChoice, showSummary } = options;
    // In protected memory: masked, redacted and out of the environment from here on.
    const token = (0,secret_input/* secretInput */.j)('github-token', inputs, env);
    let config;
    try {
        const raw = await configInputs(inputs, cwd);
        // A directory of its own under the runner's, named afresh for each step: two attest steps of one job
        // (provenance, then an SBOM, of the same files) wrote the same <name>.sigstore.json, the second over the first.
        const outputDir = env.RUNNER_TEMP === undefined ? '.' : (0,external_node_path_.join)(env.RUNNER_TEMP, `trust-kit-attest-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        config = attestConfig(ports.oidcDiscoveryURL === undefined ? raw : { ...raw, 'oidc-discovery-url': ports.oidcDiscoveryURL }, attestInputName, { base: '.', outputDir, sbomInput: 'sbom-path' });
    }
    catch (error) {
        // Every bad input at once: the action's own with the attestation config's.
        if (error instanceof inputs_ConfigError && issues.length > 0)
            throw new inputs_ConfigError([...issues, ...error.issues]);
        throw error;
    }
    if (issues.length > 0)
        throw new inputs_ConfigError(issues);
    const repository = env.GITHUB_REPOSITORY !== undefined && /^[^/\s]+\/[^/\s]+$/.test(env.GITHUB_REPOSITORY) ? env.GITHUB_REPOSITORY : undefined;
    if (storageChoice === 'github' && (token === undefined || repository === undefined)) {
        throw new inputs_ConfigError([{ input: actionInputName(token === undefined ? 'github-token' : 'storage'), message: token === undefined ? 'is required to store attestations on GitHub (or set storage: none)' : 'github needs GITHUB_REPOSITORY, which the runner sets; set storage: none outside GitHub Actions' }]);
    }
    // Only storing uses the token (the input defaults to the job's): without storage it is wiped before anything is signed.
    if (storageChoice !== 'github')
        token?.destroy();
    await requireNamedPaths([
        ...(config.predicatePath === undefined ? [] : [{ input: inputs['sbom-path'] === undefined ? 'predicate-path' : 'sbom-path', path: config.predicatePath, kind: 'file' }]),
        ...(config.checksums === undefined ? [] : [{ input: 'subject-checksums', path: config.checksums, kind: 'file' }]),
        ...signingPaths(config.sign),
        ...subjectPaths('subject-path', config.subjectPaths),
        // Checked before signing: a bundle that cannot be written wastes the certificate and the log entry.
        { input: 'output-dir', path: config.outputDir, kind: 'output-directory' },
    ], cwd, actionInputName, signingTrustIssues(config.sign, actionInputName));
    const runContext = await (0,context/* readRunContext */.$p)(env);
    // A proxy variable that is no http(s) URL is a PROXY_URL_INVALID before anything is signed. The GitHub
    // toolkit reads them as it loads, and crashes on such a one: it loads after this, and only to store.
    const proxy = (0,core_proxy/* proxySettingsFrom */.Yw)(env);
    (0,core_proxy/* checkProxySettings */.gT)(proxy);
    const github = storageChoice === 'github' ? await Promise.all(/* import() */[__webpack_require__.e(54), __webpack_require__.e(708)]).then(__webpack_require__.bind(__webpack_require__, 9708)) : undefined;
    if (github !== undefined && github.githubInstanceKind(runContext.serverURL) === 'enterprise-server') {
        // Refused before anything is signed: GitHub Enterprise Server has no attestations API.
        throw new github.AttestationStoreError('GITHUB_ENTERPRISE_SERVER_UNSUPPORTED', `GitHub Enterprise Server (${new URL(runContext.serverURL).host}) has no attestations API; attestations can be stored on github.com and GHE.com only`, {
            hint: 'set `storage: none` to keep the signed bundles as files (publish them with the release), and verify them with `trust-kit verify-attestation --bundle`',
        });
    }
    const result = await runAttestation(config, { cwd, env, run: runContext, logger: io, clock: systemClock, artifactsList: env.GITHUB_ARTIFACTS_LIST });
    if ('skipped' in result) {
        io.setOutput('bundle-path', '');
        await io.appendSummary(`### Attestations\n\nNothing was attested: ${(0,summary/* cell */.Hn)(result.skipped)}\n`);
        return;
    }
    // The bundle when the run made one (action.yml says so); per subject it made several, and the first of them is not the run's.
    const bundlePath = (0,external_node_path_.relative)(cwd, result.files.bundles.length === 1 ? result.files.bundles[0] : result.files.jsonl);
    io.setOutput('bundle-path', bundlePath);
    io.setOutput('jsonl-path', (0,external_node_path_.relative)(cwd, result.files.jsonl));
    (0,actions_io/* setLinesOutput */.pP)(io, 'bundle-paths', result.files.bundles.map((path) => (0,external_node_path_.relative)(cwd, path)), env);
    let stored = [];
    if (github !== undefined && token !== undefined && repository !== undefined) {
        const [owner = '', repo = ''] = repository.split('/');
        const client = github.createGitHubClient({ token, serverUrl: runContext.serverURL, proxy, ...(env.GITHUB_API_URL === undefined || env.GITHUB_API_URL === '' ? {} : { apiUrl: env.GITHUB_API_URL }) });
        stored = await github.storeAttestations({ client, owner, repo, bundles: result.attestations.map((attestation) => attestation.bundle), logger: io });
        const ids = stored.flatMap((outcome) => (outcome.status === 'stored' ? [outcome.id] : []));
        io.setOutput('attestation-ids', ids.join('\n'));
        const firstId = ids[0];
        io.setOutput('attestation-id', firstId ?? '');
        io.setOutput('attestation-url', firstId === undefined ? '' : storedURL(runContext.serverURL, repository, firstId));
        for (const id of ids)
            io.info(`attestation stored: ${storedURL(runContext.serverURL, repository, id)}`);
    }
    if (showSummary)
        await io.appendSummary(main_summary(result, cwd, repository, stored, runContext.serverURL, config.sign.trustedRoot));
}


/***/ }),

/***/ 6911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readCapped)
/* harmony export */ });
/* unused harmony export cappedChunks */
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

/***/ 5643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ redirectedFrom),
/* harmony export */   iR: () => (/* binding */ proxiedFetch),
/* harmony export */   jw: () => (/* binding */ RedirectRefusedError),
/* harmony export */   vQ: () => (/* binding */ InsecureRedirectError),
/* harmony export */   zv: () => (/* binding */ RESPONSE_TOO_LARGE_HINT)
/* harmony export */ });
/* unused harmony exports ResponseTooLargeError, setHeaders, throughProxy */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var _capped_body_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6911);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9531);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6327);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9002);









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
    const proxy = agent === undefined ? undefined : (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyFor */ .iJ)(target, agents.settings);
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
function proxiedFetch(proxy = _proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .NO_PROXY_SETTINGS */ .JB, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap) {
    const agents = proxy instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .ProxyAgents */ .LT ? proxy : new _proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .ProxyAgents */ .LT(proxy);
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

/***/ 9002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ PROXY_AUTH_HINT),
/* harmony export */   Ng: () => (/* binding */ ProxyTunnelError),
/* harmony export */   Pj: () => (/* binding */ proxyOrigin),
/* harmony export */   YI: () => (/* binding */ tunnelingAgent)
/* harmony export */ });
/* unused harmony export proxyAuthorization */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** A CONNECT tunnel the runner's proxy did not open; the message names the proxy by its origin, never by its credentials. */
class ProxyTunnelError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The status the proxy answered the CONNECT with, if it answered one. */
    statusCode;
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ProxyTunnelError';
        this.statusCode = options.statusCode;
    }
}
/** What to do when the proxy wants credentials. */
const PROXY_AUTH_HINT = 'the proxy in HTTPS_PROXY/HTTP_PROXY asks for credentials: give them in its URL (http://user:password@proxy:3128), or list the host in NO_PROXY if the runner reaches it directly';
const PROXY_FAILED_HINT = 'check that HTTPS_PROXY names the runner\'s proxy and that the proxy reaches the host, or list the host in NO_PROXY if the runner reaches it directly';
/** A proxy's answer to CONNECT is a status line and a few headers: Node's own limit on a response's headers. */
const MAX_CONNECT_ANSWER_BYTES = 16 * 1024;
/** The proxy as a message shows it: scheme, host and port, without credentials. */
function proxyOrigin(proxy) {
    return `${proxy.protocol}//${proxy.host}`;
}
/** The Proxy-Authorization header for the credentials in the proxy's URL (percent-decoded, as curl and Node read them). */
function proxyAuthorization(proxy) {
    if (proxy.username === '' && proxy.password === '')
        return undefined;
    return `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
}
/** A proxy's reason phrase as a message may quote it: printable ASCII, bounded (it is the proxy's to choose). */
function shownReason(reason) {
    const printable = reason.replace(/[^\x21-\x7e]+/g, ' ').trim();
    return printable.length > 100 ? `${printable.slice(0, 100)}…` : printable;
}
/** A host name without the brackets a URL puts around an IPv6 literal. */
function unbracketed(host) {
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
/**
 * A TLS connection to `target` through an HTTP CONNECT tunnel of `proxy`. Every step (reaching the
 * proxy, its answer, the TLS handshake through it) ends within `deadlineMs`, and the proxy's answer
 * is read up to {@link MAX_CONNECT_ANSWER_BYTES}: Node's own tunnel has no deadline past the CONNECT
 * and reads an answer without bound. Only the proxy sees the Proxy-Authorization header.
 */
function openTunnel(proxy, target, deadlineMs, proxyTls) {
    const net = process.getBuiltinModule('node:net');
    const tls = process.getBuiltinModule('node:tls');
    const origin = proxyOrigin(proxy);
    const endpoint = `${net.isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
    return new Promise((resolve, reject) => {
        const proxyHost = unbracketed(proxy.hostname);
        const proxyPort = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
        const raw = proxy.protocol === 'https:'
            ? tls.connect({ ...proxyTls, host: proxyHost, port: proxyPort, ...(net.isIP(proxyHost) === 0 ? { servername: proxyHost } : {}) })
            : net.connect({ host: proxyHost, port: proxyPort });
        let secured;
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            secured?.destroy();
            raw.destroy();
            reject(error);
        };
        const timer = setTimeout(() => {
            fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} did not open a tunnel to ${endpoint} within ${deadlineMs} ms`, { hint: PROXY_FAILED_HINT }));
        }, deadlineMs);
        raw.on('error', fail);
        const ended = () => fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} closed the connection before opening a tunnel to ${endpoint}`, { hint: PROXY_FAILED_HINT }));
        raw.on('end', ended);
        raw.on('close', ended);
        const chunks = [];
        let received = 0;
        const onData = (chunk) => {
            chunks.push(chunk);
            received += chunk.length;
            const answer = Buffer.concat(chunks, received);
            const end = answer.indexOf('\r\n\r\n');
            if (end === -1) {
                if (received > MAX_CONNECT_ANSWER_BYTES)
                    fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with more than ${MAX_CONNECT_ANSWER_BYTES} bytes of headers`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            raw.removeListener('data', onData);
            raw.removeListener('end', ended);
            raw.removeListener('close', ended);
            raw.pause();
            const status = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?\r\n/.exec(answer.subarray(0, end + 2).toString('latin1'));
            if (status === null) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with something that is not HTTP/1`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            const code = Number(status[1]);
            const said = `HTTP ${code}${status[2] === undefined || shownReason(status[2]) === '' ? '' : ` ${shownReason(status[2])}`}`;
            if (code === 407) {
                fail(new ProxyTunnelError('PROXY_AUTH_REQUIRED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_AUTH_HINT, statusCode: code }));
                return;
            }
            if (code < 200 || code > 299) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_FAILED_HINT, statusCode: code }));
                return;
            }
            if (answer.length > end + 4) {
                // The target speaks first after a TLS ClientHello: bytes before it are the proxy's, not the target's.
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} sent data after opening the tunnel to ${endpoint}, before the TLS handshake`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            // `host` is what the certificate is checked against (without it, an IP target would be checked as "localhost"); SNI takes names only.
            secured = tls.connect({ ...target.tls, socket: raw, host: target.host, ...(net.isIP(target.host) === 0 ? { servername: target.tls.servername ?? target.host } : {}) });
            secured.once('error', fail);
            secured.once('secureConnect', () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                secured?.removeListener('error', fail);
                raw.removeListener('error', fail);
                resolve(secured);
            });
        };
        raw.on('data', onData);
        raw.once(proxy.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
            const authorization = proxyAuthorization(proxy);
            raw.write(`CONNECT ${endpoint} HTTP/1.1\r\nHost: ${endpoint}\r\n${authorization === undefined ? '' : `Proxy-Authorization: ${authorization}\r\n`}\r\n`);
        });
    });
}
/** The TLS options of a request the https agent hands its `createConnection`, for the handshake with the target. */
function targetTls(request) {
    const options = request;
    const { ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session } = options;
    return Object.fromEntries(Object.entries({ ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session }).filter(([, value]) => value !== undefined));
}
/**
 * An https agent whose connections are CONNECT tunnels through `proxy` (see {@link openTunnel}),
 * with the agent's TLS options for the target (and its trusted CAs for an https:// proxy).
 */
function tunnelingAgent(proxy, options) {
    const { tunnelTimeoutMs, ...agentOptions } = options;
    const https = process.getBuiltinModule('node:https');
    // The proxy is always verified: skipping the target's check (a registry's --allow-insecure-registry) would send the proxy's credentials to whoever answers on the way.
    const proxyTls = agentOptions.ca === undefined ? {} : { ca: agentOptions.ca };
    const agent = new https.Agent(agentOptions);
    agent.createConnection = (request, callback) => {
        const host = unbracketed(request.host ?? request.hostname ?? 'localhost');
        const port = Number(request.port ?? 443);
        openTunnel(proxy, { host, port, tls: targetTls(request) }, tunnelTimeoutMs, proxyTls).then((socket) => callback?.(null, socket), (error) => callback?.(error, undefined));
        return undefined;
    };
    return agent;
}


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ urlWithoutCredentials),
/* harmony export */   Eb: () => (/* binding */ inTheClearOffMachine),
/* harmony export */   JB: () => (/* binding */ NO_PROXY_SETTINGS),
/* harmony export */   LT: () => (/* binding */ ProxyAgents),
/* harmony export */   Xb: () => (/* binding */ ProxyConfigError),
/* harmony export */   Yw: () => (/* binding */ proxySettingsFrom),
/* harmony export */   gT: () => (/* binding */ checkProxySettings),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   pq: () => (/* binding */ isLoopbackHostname)
/* harmony export */ });
/* unused harmony export bypassesProxy */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9002);


/** No proxy: every request connects directly. */
const NO_PROXY_SETTINGS = {};
/** A proxy variable that names no usable proxy. */
class ProxyConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(message, hint) {
        super('PROXY_URL_INVALID', message, { hint });
        this.name = 'ProxyConfigError';
    }
}
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}
/**
 * The proxy settings in an environment, read as @actions/http-client reads them (and so as
 * Octokit in `@actions/github` does): the lower-case variable first, an empty one as unset.
 */
function proxySettingsFrom(env) {
    const httpsProxy = nonEmpty(env.https_proxy) ?? nonEmpty(env.HTTPS_PROXY);
    const httpProxy = nonEmpty(env.http_proxy) ?? nonEmpty(env.HTTP_PROXY);
    const noProxy = nonEmpty(env.no_proxy) ?? nonEmpty(env.NO_PROXY);
    return { ...(httpsProxy === undefined ? {} : { httpsProxy }), ...(httpProxy === undefined ? {} : { httpProxy }), ...(noProxy === undefined ? {} : { noProxy }) };
}
/**
 * Loopback hosts, which @actions/http-client never sends through a proxy, whatever NO_PROXY says.
 * Its test is a prefix (`127.`), which also takes a name such as `127.attacker.example` (one a
 * redirect can name) round the proxy: here only an address in 127.0.0.0/8 is (a URL's host is
 * already in canonical form: `0x7f.1` is `127.0.0.1`, `[0:0::1]` is `[::1]`).
 */
function isLoopbackHostname(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * Whether a request to `url` would carry what it is sent with (a token, a password) in the clear to
 * another machine: plain HTTP anywhere but this machine's loopback. The one rule every sender of a
 * credential follows (Fulcio, GitHub's API, the runner's token endpoint); loopback is a test server.
 */
function inTheClearOffMachine(url) {
    return url.protocol === 'http:' && !isLoopbackHostname(url.hostname);
}
/**
 * A NO_PROXY entry naming an IPv6 address in the form a URL's host has it: in brackets and
 * canonical (`fd00:0::1`, as curl takes it, is `[fd00::1]`), a port kept; any other entry as it is.
 */
function canonicalEntry(entry) {
    const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(entry);
    const address = bracketed === null ? entry : bracketed[1];
    if (!address.includes(':'))
        return entry;
    try {
        return `${new URL(`http://[${address}]/`).hostname}${bracketed?.[2] ?? ''}`;
    }
    catch {
        return entry;
    }
}
/**
 * Whether a request to `url` bypasses the proxy: @actions/http-client's `checkBypass`. Loopback
 * hosts always; otherwise a NO_PROXY entry that is `*`, the host, `host:port` (the scheme's default
 * port when the URL has none), or a domain the host is under (`example.com` and `.example.com`
 * both cover `api.example.com`), compared without case; beyond it, an IPv6 entry written bare or
 * not canonical, as curl takes it.
 */
function bypassesProxy(url, noProxy) {
    if (url.hostname === '')
        return false;
    if (isLoopbackHostname(url.hostname))
        return true;
    if (noProxy === undefined || noProxy === '')
        return false;
    const port = url.port !== '' ? Number(url.port) : url.protocol === 'http:' ? 80 : url.protocol === 'https:' ? 443 : undefined;
    const host = url.hostname.toUpperCase();
    const hosts = port === undefined ? [host] : [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map((entry) => canonicalEntry(entry.trim()).toUpperCase())
        .filter((entry) => entry !== '')
        .some((entry) => entry === '*' || hosts.some((candidate) => candidate === entry || candidate.endsWith(`.${entry}`) || (entry.startsWith('.') && candidate.endsWith(entry))));
}
/** A URL (or what was meant as one: it need not parse) without its credentials, fit for a message. */
function urlWithoutCredentials(value) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    const rest = value.slice(scheme.length);
    // Everything up to the last @ may be credentials, a / or : in a password included.
    const at = rest.lastIndexOf('@');
    if (at !== -1)
        return `${scheme}…@${rest.slice(at + 1)}`.slice(0, 200);
    // Without an @, `user:password` (the host forgotten) reads as host and port: only a port of digits is shown.
    return /^[^:/?#]*(?::\d*)?(?:[/?#].*)?$/s.test(rest) ? value.slice(0, 200) : `${scheme}…`;
}
/** Whether URL credentials decode (a lone `%` does not): they are sent decoded, as curl sends them. */
function percentDecodable(text) {
    try {
        decodeURIComponent(text);
        return true;
    }
    catch {
        return false;
    }
}
/** The proxy URL in `value` (of `variable`): `host:port` is `http://host:port`, as curl takes it; anything but an http(s) URL is a PROXY_URL_INVALID, never quoting its credentials. */
function parseProxy(variable, value) {
    let proxy;
    try {
        proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        proxy = undefined;
    }
    if (proxy === undefined || (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') || proxy.hostname === '') {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) is not an http(s) proxy URL`, `set ${variable} to the proxy's URL, e.g. http://proxy.example.com:3128, or unset it to connect directly`);
    }
    if (!percentDecodable(proxy.username) || !percentDecodable(proxy.password)) {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) has credentials that are not percent-encoded`, `set ${variable} to the proxy's URL with the user name and password percent-encoded (a % as %25, an @ as %40)`);
    }
    return proxy;
}
/**
 * Checks the proxy variables: one that is no http(s) URL is a PROXY_URL_INVALID. Called before the
 * GitHub toolkit is first loaded, which reads them from the process environment then and throws a
 * bare error (a crash, to the user) on such a value.
 */
function checkProxySettings(settings) {
    for (const [variable, value] of [['HTTPS_PROXY', settings.httpsProxy], ['HTTP_PROXY', settings.httpProxy]])
        if (value !== undefined && value !== '')
            parseProxy(variable, value);
}
/**
 * The proxy a request to `url` goes through, or undefined to connect directly: HTTPS_PROXY for
 * https://, HTTP_PROXY for http://, unless NO_PROXY (or loopback) bypasses it, as
 * @actions/http-client's `getProxyUrl` decides (where it would go on with a proxy that is no
 * http(s) URL, this is a PROXY_URL_INVALID).
 */
function proxyFor(url, settings) {
    if (bypassesProxy(url, settings.noProxy))
        return undefined;
    const [variable, value] = url.protocol === 'https:' ? ['HTTPS_PROXY', settings.httpsProxy] : ['HTTP_PROXY', settings.httpProxy];
    return value === undefined || value === '' ? undefined : parseProxy(variable, value);
}
/** Opening a tunnel takes a round trip or three: a proxy silent this long is not going to answer (the time a request to a public service may take, DEFAULT_RETRY_POLICY's). */
const DEFAULT_TUNNEL_TIMEOUT_MS = 20_000;
/** Agents that send requests through one proxy, by target protocol and proxy, shared by the requests of one client. */
class ProxyAgents {
    settings;
    #agents = new Map();
    #options;
    /** Checks both proxy URLs at once: a bad one is a PROXY_URL_INVALID before any request (a request would take it for a connection failure and retry). */
    constructor(settings, options = {}) {
        this.settings = settings;
        this.#options = options;
        checkProxySettings(settings);
    }
    /**
     * The agent for a request to `url`: undefined when no proxy applies (connect directly, with the
     * caller's own agent or {@link directAgentFor}); else one that tunnels https:// through the proxy with CONNECT (ours: Node's
     * own tunnel waits forever on a proxy that goes silent after its CONNECT, and reads its answer
     * without bound) and sends http:// to it in absolute form (Node's own proxy support, told only
     * this proxy: the bypass was decided above, with @actions/http-client's rules).
     */
    agentFor(url) {
        const proxy = proxyFor(url, this.settings);
        if (proxy === undefined)
            return undefined;
        const key = `${url.protocol} ${proxy.href}`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // Built-ins loaded on first use: offline verification imports this module (for the TUF loads it may skip) and never needs node:http(s) or TLS.
            agent = url.protocol === 'https:' ? (0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__/* .tunnelingAgent */ .YI)(proxy, { keepAlive: true, ...this.#options.https, tunnelTimeoutMs: this.#options.tunnelTimeoutMs ?? DEFAULT_TUNNEL_TIMEOUT_MS }) : new (process.getBuiltinModule('node:http').Agent)({ keepAlive: true, ...this.#options.http, proxyEnv: { HTTP_PROXY: proxy.href } });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /**
     * An agent that connects directly, for a request no proxy applies to ({@link agentFor} gave none):
     * not Node's global agent, which NODE_USE_ENV_PROXY=1 sends through the environment's proxy by
     * Node's own rules, loopback included, where these rules reach the host directly.
     */
    directAgentFor(url) {
        const key = `${url.protocol} direct`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // As Node's global agent is made: an idle connection is closed after 5 s, not kept until the server drops it.
            const base = { keepAlive: true, scheduling: 'lifo', timeout: 5000 };
            agent = url.protocol === 'https:' ? new (process.getBuiltinModule('node:https').Agent)({ ...base, ...this.#options.https }) : new (process.getBuiltinModule('node:http').Agent)({ ...base, ...this.#options.http });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /** Closes the connections of every agent made so far. */
    destroy() {
        for (const agent of this.#agents.values())
            agent.destroy();
        this.#agents.clear();
    }
}


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   uQ: () => (/* binding */ pastBudget)
/* harmony export */ });
/* unused harmony export backoffDelay */
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


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** trust-kit's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 8120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   EI: () => (/* binding */ githubServerUrl)
/* harmony export */ });
/* unused harmony export visibilityOf */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9916);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9531);



/** The visibility a payload states: `repository.visibility`, or `repository.private` on older payloads. */
function visibilityOf(payload) {
    const repository = payload?.repository;
    const visibility = repository?.visibility;
    if (visibility === 'public' || visibility === 'private' || visibility === 'internal')
        return visibility;
    if (repository?.private === true)
        return 'private';
    if (repository?.private === false)
        return 'public';
    return undefined;
}
/** The most bytes of an event payload read (GitHub caps a webhook's payload at 25 MB). */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;
/**
 * The server's URL: `https://github.com` unless GITHUB_SERVER_URL says (empty is unset). It must be
 * an http(s) origin without credentials or a path: the API's default URL, the kind of GitHub and
 * provenance's builder and repository URLs are built on it, and `https://github.com/evil-org/x`
 * would put another repository's name in them. One with credentials is not quoted.
 */
function githubServerUrl(value) {
    if (value === undefined || value === '')
        return 'https://github.com';
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        parsed = undefined;
    }
    if (parsed !== undefined && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '' && parsed.pathname === '/' && parsed.search === '' && parsed.hash === '')
        return parsed.origin;
    const shown = parsed !== undefined && (parsed.username !== '' || parsed.password !== '') ? '' : ` ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(value, 200)}`;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('GITHUB_SERVER_URL_INVALID', `GITHUB_SERVER_URL${shown} is not an http(s) URL of a GitHub server (a scheme and a host, no path or credentials)`, {
        hint: "leave GITHUB_SERVER_URL to the runner; outside Actions set it to your GitHub's address, e.g. https://github.com or https://ghe.example.com",
    });
}
/** Reads the run context from an environment (the entry point passes `process.env`). */
async function readRunContext(env) {
    const serverURL = githubServerUrl(env.GITHUB_SERVER_URL);
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath === undefined || eventPath === '')
        return { serverURL, payload: undefined, visibility: undefined };
    let payload;
    try {
        // A regular file of bounded size: a pipe would hang the run, /dev/zero fill the memory.
        payload = JSON.parse((await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFile */ .XF)(eventPath, { maxBytes: MAX_EVENT_BYTES, what: 'event payload' })).toString('utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('GITHUB_EVENT_UNREADABLE', `cannot read the event payload ${eventPath}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'GITHUB_EVENT_PATH must name the JSON file the runner writes; unset it outside GitHub Actions',
        });
    }
    return { serverURL, payload, visibility: visibilityOf(payload) };
}


/***/ }),

/***/ 8031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ replyTooLarge),
/* harmony export */   Hh: () => (/* binding */ timedAttempt),
/* harmony export */   LD: () => (/* binding */ boundedText),
/* harmony export */   Lp: () => (/* binding */ waitPastBudget),
/* harmony export */   NO: () => (/* binding */ UNAUTHORIZED_HINT),
/* harmony export */   Qx: () => (/* binding */ INSECURE_REDIRECT_HINT),
/* harmony export */   TF: () => (/* binding */ redirectedInsecurely),
/* harmony export */   bj: () => (/* binding */ unanswered),
/* harmony export */   em: () => (/* binding */ proxyWantsCredentials),
/* harmony export */   g4: () => (/* binding */ GITHUB_RETRY_POLICY),
/* harmony export */   hg: () => (/* binding */ githubMessage),
/* harmony export */   ji: () => (/* binding */ AttemptTimedOut),
/* harmony export */   ly: () => (/* binding */ githubRetryVerdict),
/* harmony export */   pF: () => (/* binding */ rateLimitDetail),
/* harmony export */   pG: () => (/* binding */ noAnswerHint),
/* harmony export */   rH: () => (/* binding */ noAnswerDetail),
/* harmony export */   rZ: () => (/* binding */ proxyRefused),
/* harmony export */   tG: () => (/* binding */ httpFailure),
/* harmony export */   tc: () => (/* binding */ RATE_LIMIT_HINT),
/* harmony export */   xd: () => (/* binding */ rateLimited),
/* harmony export */   yv: () => (/* binding */ originOf)
/* harmony export */ });
/* unused harmony exports redirectNotFollowed, REFUSED_REDIRECT_HINT */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5403);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9531);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7493);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2272);





/** The HTTP failure in an error Octokit threw; undefined for anything else. */
function httpFailure(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? error : undefined;
}
/** At most this many characters of what GitHub sent are repeated: an error body is the server's to choose. */
const MAX_QUOTED = 300;
/**
 * Text a server sent, on one line and bounded, fit to quote in a log line or an error: redacted of
 * every live secret before it is cut, since a token the server echoed after padding of its choosing
 * would lose its end to the cut, and with it what the redaction matches.
 */
function boundedText(text) {
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)((0,_core_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(text)).trim(), MAX_QUOTED);
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
    return httpFailure(error)?.status === 407 || proxyWantsCredentials(error);
}
/** Whether the proxy refused to open a tunnel for want of credentials, as the error itself or its cause says (fetch-based clients; over http the proxy answers 407 itself). */
function proxyWantsCredentials(error) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error) === 'PROXY_AUTH_REQUIRED' || (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'PROXY_AUTH_REQUIRED';
}
/** Whether the reply was refused for its size (see MAX_GITHUB_REPLY_BYTES), which Octokit reports as a connection failure. No retry helps. */
function replyTooLarge(error) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'HTTP_RESPONSE_TOO_LARGE';
}
/**
 * Whether a redirect from HTTPS to plain HTTP was refused (HTTP_REDIRECT_INSECURE), which Octokit
 * reports as a connection failure: the server did answer, and no retry changes its answer.
 */
function redirectedInsecurely(error) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'HTTP_REDIRECT_INSECURE';
}
/**
 * Whether a redirect was not followed, for leaving TLS or for leading nowhere (HTTP_REDIRECT_REFUSED:
 * a loop, another scheme), which Octokit reports as a connection failure: the server did answer.
 */
function redirectNotFollowed(error) {
    return redirectedInsecurely(error) || (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'HTTP_REDIRECT_REFUSED';
}
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
async function timedAttempt(origin, timeoutMs, attempt) {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        return await attempt(signal);
    }
    catch (error) {
        // An error of ours (a refusal read from the answer) stays what it is, whenever the timeout fell.
        throw signal.aborted && !(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustKitError */ .Nf)(error) ? new AttemptTimedOut(origin, timeoutMs, error) : error;
    }
}
/** The origin (`https://host`) of a URL, for messages; the text itself, bounded, when it is no URL. */
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return boundedText(url);
    }
}
/** Whether a failure got no answer at all (DNS, a refused or dropped connection, a timeout), as opposed to an answer GitHub gave. */
function unanswered(error) {
    if (error instanceof AttemptTimedOut)
        return true;
    const failure = httpFailure(error);
    return failure !== undefined && failure.response === undefined && !proxyRefused(error) && !replyTooLarge(error) && !redirectNotFollowed(error);
}
/** What a failure without an answer was, bounded: the timeout that cut it off, the connection's own error (DNS, refused, a proxy's tunnel), or a reply refused for its size. */
function noAnswerDetail(error, origin) {
    if (error instanceof AttemptTimedOut)
        return error.message;
    if (replyTooLarge(error) || redirectNotFollowed(error))
        return boundedText((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error));
    return `no answer${origin === undefined ? '' : ` from ${origin}`} (connection failed: ${boundedText((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error))})`;
}
/** What to do about requests that got no answer through every retry: the way to the server failed, not GitHub's API. */
function noAnswerHint(origin) {
    return `nothing answered at ${origin}: check that GITHUB_API_URL names your GitHub's API and that the runner reaches it (its network, DNS, and proxy: HTTPS_PROXY, NO_PROXY), then re-run the job`;
}
/** A header of GitHub's answer, as text; empty when absent. */
function headerOf(failure, name) {
    return String(failure.response?.headers[name] ?? '').trim();
}
/** When GitHub's primary rate limit resets (`x-ratelimit-reset`, epoch seconds), for an answer that says none remain; undefined otherwise. */
function rateLimitReset(failure) {
    if (headerOf(failure, 'x-ratelimit-remaining') !== '0' || !/^\d{1,12}$/.test(headerOf(failure, 'x-ratelimit-reset')))
        return undefined;
    return new Date(Number(headerOf(failure, 'x-ratelimit-reset')) * 1000);
}
/**
 * Whether GitHub refused for a rate limit, as its documentation describes them: 429, or 403 with
 * `x-ratelimit-remaining: 0` (primary limit), a `Retry-After` or a message naming a rate limit
 * or an abuse detection mechanism (secondary limits). A 403 of that kind is not a missing permission.
 */
function rateLimited(failure) {
    if (failure.status === 429)
        return true;
    if (failure.status !== 403)
        return false;
    // Older GitHub Enterprise Servers word a secondary limit as an "abuse detection mechanism".
    return headerOf(failure, 'x-ratelimit-remaining') === '0' || headerOf(failure, 'retry-after') !== '' || /\brate limit\b|\babuse detection\b/i.test(githubMessage(failure) ?? '');
}
/**
 * How long a rate limit asks to wait: its `Retry-After`, else until `x-ratelimit-reset` when none
 * remain, else the minute GitHub's documentation says to wait; undefined for a 429 that says
 * nothing (retried with the usual backoff) and for anything that is not a rate limit.
 */
function rateLimitWaitMs(failure, now) {
    if (!rateLimited(failure))
        return undefined;
    const retryAfter = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterMs */ .Vs)(headerOf(failure, 'retry-after'), now);
    if (retryAfter !== undefined)
        return retryAfter;
    const reset = rateLimitReset(failure);
    if (reset !== undefined)
        return Math.max(0, reset.getTime() - now);
    return failure.status === 429 ? undefined : 60_000;
}
/**
 * Why a failure was not retried when it asked to wait (its `Retry-After`, or until a rate limit
 * resets) longer than `budgetMs`, the time its retries may take, in words for its message; empty otherwise.
 */
function waitPastBudget(failure, budgetMs, now = Date.now()) {
    return (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .pastBudget */ .uQ)(rateLimitWaitMs(failure, now) ?? (failure.status >= 500 ? (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterMs */ .Vs)(headerOf(failure, 'retry-after'), now) : undefined), budgetMs);
}
/** What a rate-limited answer said, and until when the limit holds when GitHub said it. */
function rateLimitDetail(failure, detail) {
    const reset = rateLimitReset(failure);
    return `GitHub's rate limit: ${detail}${reset === undefined ? '' : ` (it resets at ${reset.toISOString()})`}`;
}
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
function githubRetryVerdict(error, now = Date.now()) {
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
}


/***/ })

};
