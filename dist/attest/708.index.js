export const id = 708;
export const ids = [708];
export const modules = {

/***/ 9708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AttestationStoreError: () => (/* binding */ AttestationStoreError),
/* harmony export */   MAX_GITHUB_REPLY_BYTES: () => (/* binding */ MAX_GITHUB_REPLY_BYTES),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   defaultApiUrl: () => (/* binding */ defaultApiUrl),
/* harmony export */   githubInstanceKind: () => (/* binding */ githubInstanceKind),
/* harmony export */   storeAttestations: () => (/* binding */ storeAttestations)
/* harmony export */ });
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5054);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7493);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8031);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6327);
/* harmony import */ var _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5643);
/* harmony import */ var _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9002);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8120);








/** A failure to store attestations on GitHub. */
class AttestationStoreError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustKitError */ .T0 {
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
    (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .githubServerUrl */ .EI)(serverUrl);
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
    if ((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .inTheClearOffMachine */ .Eb)(parsed)) {
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
    const octokit = new _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .GitHub */ .gq({
        baseUrl: apiUrl,
        userAgent: (0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .getUserAgentWithOrchestrationId */ .fA)(options.userAgent ?? 'trust-kit'),
        request: { fetch: (0,_core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_5__/* .proxiedFetch */ .iR)(options.proxy, undefined, githubReplyCap) },
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
    return failure.status === 403 && /^Feature not available\b/i.test((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubMessage */ .hg)(failure) ?? '');
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
    const policy = options.retry ?? _http_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_RETRY_POLICY */ .g4;
    const outcomes = [];
    const route = `POST /repos/${owner}/${repo}/attestations`;
    for (const [index, bundle] of options.bundles.entries()) {
        let attempts = 0;
        try {
            const response = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(policy, async (attempt) => {
                attempts = attempt;
                return (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .timedAttempt */ .Hh)((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .originOf */ .yv)(client.apiUrl), policy.timeoutMs, (signal) => client.octokit.request('POST /repos/{owner}/{repo}/attestations', {
                    owner,
                    repo,
                    bundle: bundle,
                    request: { signal },
                }));
            }, _http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubRetryVerdict */ .ly, options.sleep);
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
            const failure = (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .httpFailure */ .tG)(error);
            if (failure !== undefined && planGated(failure)) {
                const reason = (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubMessage */ .hg)(failure) ?? 'Feature not available';
                logger.warn(`attestations are not stored on GitHub for ${owner}/${repo}: ${reason} (the signed bundles are still written and verify offline)`);
                // The plan does not change within a run: the remaining bundles would be refused alike.
                for (let rest = index; rest < options.bundles.length; rest += 1)
                    outcomes.push({ status: 'skipped', reason });
                return outcomes;
            }
            throw storeError(error, failure, route, (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .originOf */ .yv)(client.apiUrl), index, options.bundles.length, attempts, policy.budgetMs);
        }
    }
    return outcomes;
}
/** The error for storing attestation `index` of `count` with `route` (a request to `origin`), which failed for good after `attempts` attempts, whose retries had `budgetMs`. */
function storeError(error, failure, route, origin, index, count, attempts, budgetMs) {
    if (error instanceof AttestationStoreError)
        return error;
    const which = count === 1 ? 'the attestation' : `attestation ${index + 1} of ${count}`;
    const said = failure === undefined ? '' : (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubMessage */ .hg)(failure);
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyRefused */ .rZ)(error))
        return new AttestationStoreError('GITHUB_PROXY_REFUSED', `${route} was refused by the proxy for ${which}: HTTP 407 Proxy Authentication Required`, { cause: error, hint: _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_6__/* .PROXY_AUTH_HINT */ .ME });
    // Never retried (no retry changes the server's answer): not one of the failures that kept on, nor one without an answer.
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .redirectedInsecurely */ .TF)(error))
        return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .noAnswerDetail */ .rH)(error)}`, { cause: error, hint: _http_js__WEBPACK_IMPORTED_MODULE_3__/* .INSECURE_REDIRECT_HINT */ .Qx });
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .replyTooLarge */ .Gb)(error))
        return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .noAnswerDetail */ .rH)(error)}`, { cause: error, hint: _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_5__/* .RESPONSE_TOO_LARGE_HINT */ .zv });
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .unanswered */ .bj)(error)) {
        return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}${tries}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .noAnswerDetail */ .rH)(error, origin)}`, { cause: error, hint: `${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .noAnswerHint */ .pG)(origin)}; the signed bundles are on disk` });
    }
    const detail = failure?.response === undefined ? (failure === undefined ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error) : (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .noAnswerDetail */ .rH)(error, origin)) : `HTTP ${failure.status}${said === undefined ? '' : `: ${said}`}`;
    const waited = failure === undefined ? '' : (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .waitPastBudget */ .Lp)(failure, budgetMs);
    if (failure !== undefined && (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .rateLimited */ .xd)(failure))
        return new AttestationStoreError('GITHUB_RATE_LIMITED', `${route} was refused for ${which}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .rateLimitDetail */ .pF)(failure, detail)}${waited}`, { cause: error, hint: _http_js__WEBPACK_IMPORTED_MODULE_3__/* .RATE_LIMIT_HINT */ .tc });
    if (failure?.status === 403 || failure?.status === 401 || failure?.status === 404) {
        return new AttestationStoreError('GITHUB_PERMISSION_DENIED', `${route} refused ${which}: ${detail}`, {
            cause: error,
            hint: failure.status === 401 ? _http_js__WEBPACK_IMPORTED_MODULE_3__/* .UNAUTHORIZED_HINT */ .NO : 'the token needs `attestations: write` (and `id-token: write` to sign): add them under `permissions:` of the job, or pass a token that has them',
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


/***/ })

};
