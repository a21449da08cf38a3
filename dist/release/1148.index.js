export const id = 1148;
export const ids = [1148];
export const modules = {

/***/ 88120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   EI: () => (/* binding */ githubServerUrl)
/* harmony export */ });
/* unused harmony export visibilityOf */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62164);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);



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

/***/ 31148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releasesOf: () => (/* binding */ releasesOf)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 21 modules
var utils = __webpack_require__(55054);
// EXTERNAL MODULE: ./lib/core/retry.js
var retry = __webpack_require__(7493);
// EXTERNAL MODULE: ./lib/github/http.js
var http = __webpack_require__(48031);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/core/proxied-fetch.js
var proxied_fetch = __webpack_require__(25643);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(39002);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
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
    (0,context/* githubServerUrl */.EI)(serverUrl);
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
    // The token goes with every request: over plain HTTP only to this machine (a test double), as to a registry.
    if ((0,proxy.inTheClearOffMachine)(parsed)) {
        throw new AttestationStoreError('GITHUB_API_URL_INVALID', `GITHUB_API_URL is ${parsed.origin}, plain HTTP to another machine: the token would travel in the clear`, {
            hint: 'use the API\'s https:// address (a GitHub Enterprise Server serves its API over TLS once TLS is enabled); plain HTTP is taken only on this machine\'s loopback, for a test server',
        });
    }
    const { token } = options;
    // Checked before any request: fetch refuses such a header only when sending, and that was retried for half a minute as a network failure, quoting the header.
    const unsendable = (bytes) => bytes.length === 0 || bytes.some((byte) => byte < 0x21 || byte > 0x7e);
    if (typeof token === 'string' ? unsendable(Buffer.from(token)) : token.use(unsendable)) {
        throw new AttestationStoreError('GITHUB_TOKEN_INVALID', 'the GitHub token (GH_TOKEN or GITHUB_TOKEN, or the github-token input) is empty or holds spaces, line breaks or other bytes an HTTP header cannot carry', {
            hint: 'set it to the token alone: strip the trailing newline a file or `echo` adds (`$(cat file)` strips it)',
        });
    }
    const authorization = typeof token === 'string' ? () => authorizationOf(Buffer.from(token)) : () => token.use(authorizationOf);
    const octokit = new utils/* GitHub */.gq({
        baseUrl: apiUrl,
        userAgent: (0,utils/* getUserAgentWithOrchestrationId */.fA)(options.userAgent ?? 'trust-kit'),
        request: { fetch: (0,proxied_fetch/* proxiedFetch */.iR)(options.proxy, undefined, githubReplyCap) },
        authStrategy: () => tokenAuth(authorization),
    });
    return { octokit, serverUrl, apiUrl };
}
/** The Authorization header of a token, as Octokit's token auth writes it: `bearer` for a JWT (a GitHub App's), else `token`. */
function authorizationOf(token) {
    let dots = 0;
    for (const byte of token)
        if (byte === 0x2e)
            dots += 1;
    return `${dots === 2 ? 'bearer' : 'token'} ${token.toString('utf8')}`;
}
/**
 * Octokit's token auth (@octokit/auth-token's hook), but asking for the header on each request: a
 * token in protected memory is read only then, into the header string the HTTP layer insists on
 * (the one copy made, left to the garbage collector), never into a client that lives on. `auth()`
 * says that a token is used, never which.
 */
function tokenAuth(authorization) {
    const hook = (request, route, parameters) => {
        const endpoint = request.endpoint.merge(route, parameters);
        endpoint.headers.authorization = authorization();
        // A route always merges into a URL; the type leaves it optional.
        return request(endpoint);
    };
    return Object.assign(async () => ({ type: 'token' }), { hook });
}
/**
 * The most bytes a GitHub API reply is read to. Octokit reads a JSON reply whole: the largest
 * trust-kit asks for (a page of 100 releases with their notes, 100 attestation bundles) is a few
 * MiB, so 32 MiB is ample and still bounds the memory a hostile or broken server can take. Asset
 * downloads (Accept: application/octet-stream) are streamed and bounded by their callers instead.
 */
const MAX_GITHUB_REPLY_BYTES = 32 * 1024 * 1024;
/** The cap of a reply: none for an asset download's bytes (a 2xx), which its caller streams; Octokit reads any other reply whole, an asset download's error too. */
function githubReplyCap(init, status) {
    const accept = Object.entries(init.headers ?? {}).find(([name]) => name.toLowerCase() === 'accept')?.[1];
    return accept === 'application/octet-stream' && status >= 200 && status < 300 ? undefined : MAX_GITHUB_REPLY_BYTES;
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
    const policy = options.retry ?? GITHUB_RETRY_POLICY;
    const outcomes = [];
    const route = `POST /repos/${owner}/${repo}/attestations`;
    for (const [index, bundle] of options.bundles.entries()) {
        let attempts = 0;
        try {
            const response = await withRetry(policy, async (attempt) => {
                attempts = attempt;
                return timedAttempt(originOf(client.apiUrl), policy.timeoutMs, (signal) => client.octokit.request('POST /repos/{owner}/{repo}/attestations', {
                    owner,
                    repo,
                    bundle: bundle,
                    request: { signal },
                }));
            }, githubRetryVerdict, options.sleep);
            const id = response.data?.id;
            // The id becomes an output and a URL: anything but GitHub's number is no proof the attestation was stored.
            if (!(typeof id === 'number' && Number.isSafeInteger(id) && id > 0) && !(typeof id === 'string' && /^[1-9]\d{0,19}$/.test(id))) {
                throw new AttestationStoreError('GITHUB_API_FAILED', `${route}: GitHub's answer for ${options.bundles.length === 1 ? 'the attestation' : `attestation ${index + 1} of ${options.bundles.length}`} holds no attestation id`, {
                    hint: 'the API at GITHUB_API_URL (or a proxy in front of it) answered what GitHub\'s attestations API does not send: check GITHUB_API_URL and re-run the job',
                });
            }
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
            throw storeError(error, failure, route, originOf(client.apiUrl), index, options.bundles.length, attempts, policy.budgetMs);
        }
    }
    return outcomes;
}
/** The error for storing attestation `index` of `count` with `route` (a request to `origin`), which failed for good after `attempts` attempts, whose retries had `budgetMs`. */
function storeError(error, failure, route, origin, index, count, attempts, budgetMs) {
    if (error instanceof AttestationStoreError)
        return error;
    const which = count === 1 ? 'the attestation' : `attestation ${index + 1} of ${count}`;
    const said = failure === undefined ? '' : githubMessage(failure);
    if (proxyRefused(error))
        return new AttestationStoreError('GITHUB_PROXY_REFUSED', `${route} was refused by the proxy for ${which}: HTTP 407 Proxy Authentication Required`, { cause: error, hint: PROXY_AUTH_HINT });
    // Never retried (no retry changes the server's answer): not one of the failures that kept on, nor one without an answer.
    if (redirectedInsecurely(error))
        return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}: ${noAnswerDetail(error)}`, { cause: error, hint: INSECURE_REDIRECT_HINT });
    if (replyTooLarge(error))
        return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}: ${noAnswerDetail(error)}`, { cause: error, hint: RESPONSE_TOO_LARGE_HINT });
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    if (unanswered(error)) {
        return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}${tries}: ${noAnswerDetail(error, origin)}`, { cause: error, hint: `${noAnswerHint(origin)}; the signed bundles are on disk` });
    }
    const detail = failure?.response === undefined ? (failure === undefined ? messageOf(error) : noAnswerDetail(error, origin)) : `HTTP ${failure.status}${said === undefined ? '' : `: ${said}`}`;
    const waited = failure === undefined ? '' : waitPastBudget(failure, budgetMs);
    if (failure !== undefined && rateLimited(failure))
        return new AttestationStoreError('GITHUB_RATE_LIMITED', `${route} was refused for ${which}: ${rateLimitDetail(failure, detail)}${waited}`, { cause: error, hint: RATE_LIMIT_HINT });
    if (failure?.status === 403 || failure?.status === 401 || failure?.status === 404) {
        return new AttestationStoreError('GITHUB_PERMISSION_DENIED', `${route} refused ${which}: ${detail}`, {
            cause: error,
            hint: failure.status === 401 ? UNAUTHORIZED_HINT : 'the token needs `attestations: write` (and `id-token: write` to sign): add them under `permissions:` of the job, or pass a token that has them',
        });
    }
    if (failure?.status === 422) {
        return new AttestationStoreError('GITHUB_ATTESTATION_REJECTED', `${route} rejected ${which}: ${detail}`, {
            cause: error,
            hint: 'GitHub refuses a statement that lists a subject twice or a bundle it cannot read: remove duplicate subjects and attest again',
        });
    }
    return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}${tries}: ${detail}${waited}`, {
        cause: error,
        hint: `GitHub's API ${waited === '' ? 'kept failing through every retry' : 'asked to wait longer than the retries may take'}; the signed bundles are on disk: re-run the job, or publish them with the release`,
    });
}

// EXTERNAL MODULE: ./lib/github/releases.js
var releases = __webpack_require__(40461);
;// CONCATENATED MODULE: ./lib/github/release-target.js



/** The releases of the target repository through `@actions/github`; a repository not shaped `owner/repo` is a GITHUB_REPOSITORY_INVALID. */
function releasesOf(target) {
    // An Enterprise Managed User's login is `handle_shortcode`: its own repositories' owner holds an underscore.
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9_-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(target.repository);
    if (match === null || match[2] === '.' || match[2] === '..') {
        throw new errors/* TrustKitError */.T0('GITHUB_REPOSITORY_INVALID', `the repository "${target.repository.slice(0, 200)}" is not owner/repo`, { hint: 'GITHUB_REPOSITORY names the repository in a GitHub Actions job; outside one, name it as owner/repo' });
    }
    const client = createGitHubClient({ token: target.token, proxy: target.proxy, ...(target.serverUrl === undefined ? {} : { serverUrl: target.serverUrl }), ...(target.apiUrl === undefined ? {} : { apiUrl: target.apiUrl }) });
    return (0,releases/* githubReleases */.gp)({ client, owner: match[1] ?? '', repo: match[2] ?? '' });
}


/***/ })

};
