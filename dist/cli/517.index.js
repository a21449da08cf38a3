export const id = 517;
export const ids = [517];
export const modules = {

/***/ 69708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   Tl: () => (/* binding */ storeAttestations)
/* harmony export */ });
/* unused harmony exports AttestationStoreError, githubInstanceKind, defaultApiUrl */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92785);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7493);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48031);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60014);





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
 * requests to `apiUrl` (default that server's API) through {@link githubFetch}: streamed uploads,
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
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, { baseUrl: apiUrl, userAgent: options.userAgent ?? 'trust-kit', request: { fetch: (0,_transport_js__WEBPACK_IMPORTED_MODULE_4__/* .githubFetch */ .a)(options.proxy) } });
    return { octokit, serverUrl, apiUrl };
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
    const policy = options.retry ?? _core_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY_POLICY */ .cO;
    const outcomes = [];
    const route = `POST /repos/${owner}/${repo}/attestations`;
    for (const [index, bundle] of options.bundles.entries()) {
        let attempts = 0;
        try {
            const response = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(policy, async (attempt) => {
                attempts = attempt;
                return client.octokit.request('POST /repos/{owner}/{repo}/attestations', {
                    owner,
                    repo,
                    bundle: bundle,
                    request: { signal: AbortSignal.timeout(policy.timeoutMs) },
                });
            }, _http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubRetryVerdict */ .ly, options.sleep);
            const id = response.data.id;
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
            throw storeError(error, failure, route, index, options.bundles.length, attempts);
        }
    }
    return outcomes;
}
function storeError(error, failure, route, index, count, attempts) {
    const which = count === 1 ? 'the attestation' : `attestation ${index + 1} of ${count}`;
    const said = failure === undefined ? '' : (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubMessage */ .hg)(failure);
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyRefused */ .rZ)(error))
        return new AttestationStoreError('GITHUB_PROXY_REFUSED', `${route} was refused by the proxy for ${which}: HTTP 407 Proxy Authentication Required`, { cause: error, hint: _http_js__WEBPACK_IMPORTED_MODULE_3__/* .PROXY_REFUSED_HINT */ ._u });
    const detail = failure?.response === undefined ? (failure === undefined ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error) : (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .noAnswerDetail */ .rH)(error)) : `HTTP ${failure.status}${said === undefined ? '' : `: ${said}`}`;
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


/***/ }),

/***/ 48031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ boundedText),
/* harmony export */   _u: () => (/* binding */ PROXY_REFUSED_HINT),
/* harmony export */   hg: () => (/* binding */ githubMessage),
/* harmony export */   ly: () => (/* binding */ githubRetryVerdict),
/* harmony export */   rH: () => (/* binding */ noAnswerDetail),
/* harmony export */   rZ: () => (/* binding */ proxyRefused),
/* harmony export */   tG: () => (/* binding */ httpFailure)
/* harmony export */ });
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
/** What to do when the runner's proxy asks for credentials. */
const PROXY_REFUSED_HINT = 'the proxy in HTTPS_PROXY/HTTP_PROXY asks for credentials: give them in its URL (http://user:password@proxy:3128), or list the host in NO_PROXY if the runner reaches it directly';
/**
 * Whether the runner's proxy refused the request for want of credentials: a 407 answer, or a
 * CONNECT tunnel refused with 407 (which Octokit reports as a connection failure). No retry helps.
 */
function proxyRefused(error) {
    if (httpFailure(error)?.status === 407)
        return true;
    const cause = error?.cause;
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(cause) === 'ERR_PROXY_TUNNEL' && / 407 /.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(cause));
}
/** What a failure without an answer was, bounded: the connection's own error (DNS, refused, a proxy's tunnel, a timeout). */
function noAnswerDetail(error) {
    return `no answer (connection failed or timed out: ${boundedText((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error))})`;
}
/**
 * How a GitHub API failure is retried: 5xx and 429 (after their `Retry-After`) and connection
 * failures, which Octokit reports as status 500 without a response; anything else, a proxy that
 * wants credentials included, is final.
 */
function githubRetryVerdict(error) {
    if (proxyRefused(error))
        return 'permanent';
    const failure = httpFailure(error);
    if (failure === undefined || !(failure.status >= 500 || failure.status === 429))
        return 'permanent';
    const wait = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterMs */ .Vs)(String(failure.response?.headers['retry-after'] ?? ''));
    return wait === undefined ? 'transient' : { retryAfterMs: wait };
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
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7493);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48031);





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
    const message = (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .githubMessage */ .hg)(failure);
    const codes = Array.isArray(data?.errors) ? data.errors.flatMap((entry) => (typeof entry?.code === 'string' ? [(0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .boundedText */ .LD)(entry.code)] : [])) : [];
    return { message, codes };
}
/** Whether GitHub refused because the object exists already (`422` with the `already_exists` validation code). */
function isAlreadyExists(error) {
    return error instanceof ReleaseApiError && error.code === 'GITHUB_RELEASE_ASSET_EXISTS';
}
function apiError(error, what, attempts) {
    const failure = (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .httpFailure */ .tG)(error);
    if (failure === undefined)
        return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .boundedText */ .LD)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error))}`, { cause: error, hint: 're-run the job: publishing resumes where it stopped' });
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyRefused */ .rZ)(error))
        return new ReleaseApiError('GITHUB_PROXY_REFUSED', `${what} was refused by the proxy: HTTP 407 Proxy Authentication Required`, { cause: error, hint: _http_js__WEBPACK_IMPORTED_MODULE_4__/* .PROXY_REFUSED_HINT */ ._u });
    const said = githubSaid(failure);
    const detail = failure.response === undefined ? (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .noAnswerDetail */ .rH)(error) : `HTTP ${failure.status}${said.message === undefined ? '' : `: ${said.message}`}${said.codes.length === 0 ? '' : ` (${said.codes.join(', ')})`}`;
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
            }, _http_js__WEBPACK_IMPORTED_MODULE_4__/* .githubRetryVerdict */ .ly, options.sleep);
        }
        catch (error) {
            throw apiError(error, what, attempts);
        }
    };
    const octokit = client.octokit;
    const base = { owner, repo };
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
            const response = await call(`GET /repos/${owner}/${repo}/releases/assets/${assetId}`, (signal) => octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...base, asset_id: assetId, headers: { accept: 'application/octet-stream' }, request: { signal } }));
            const bytes = Buffer.from(response.data);
            if (bytes.length > maxBytes)
                throw new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `asset ${assetId} of ${owner}/${repo} holds more than the ${maxBytes} bytes asked for`, { hint: 'the asset changed while it was read: re-run the job' });
            return bytes;
        },
        async saveAsset(assetId, path, maxBytes) {
            const what = `GET /repos/${owner}/${repo}/releases/assets/${assetId}`;
            return call(what, async (signal) => {
                const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...base, asset_id: assetId, headers: { accept: 'application/octet-stream' }, request: { signal, parseSuccessResponseBody: false } });
                const body = response.data;
                let bytes = 0;
                const counted = async function* () {
                    if (body === null)
                        return;
                    for await (const chunk of body) {
                        bytes += chunk.length;
                        if (bytes > maxBytes)
                            throw new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `asset ${assetId} of ${owner}/${repo} holds more than the ${maxBytes} bytes asked for`, { hint: 'the asset changed while it was read: re-run the job' });
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


/***/ }),

/***/ 7310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JX: () => (/* binding */ contentTypeOf),
/* harmony export */   S1: () => (/* binding */ PublishError),
/* harmony export */   T2: () => (/* binding */ publishDraft),
/* harmony export */   T8: () => (/* binding */ statementOf),
/* harmony export */   U4: () => (/* binding */ remoteAssetSha256),
/* harmony export */   pE: () => (/* binding */ draftRelease)
/* harmony export */ });
/* unused harmony exports RELEASE_PREDICATE_TYPES, releaseStatementGaps, NOTES_BLOCK_START, NOTES_BLOCK_END, withVerificationBlock, publishRelease */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53871);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62164);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40461);
/* harmony import */ var _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(22695);









/** A refusal of the publish step: what is on the release is not what this run would publish. */
class PublishError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'PublishError';
    }
}
/** The predicate types of GitHub's release attestation, newest first. */
const RELEASE_PREDICATE_TYPES = [_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_8__/* .RELEASE_PREDICATE_V02 */ .pp, _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_8__/* .RELEASE_PREDICATE_V01 */ .wI];
/** The statement a DSSE bundle carries, read without verifying (to pick a bundle, whose signature is verified afterwards); undefined when it carries none. */
function statementOf(bundle) {
    const payload = bundle.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        return JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * What a release statement fails to say about this release (the tag, every asset's digest and,
 * for predicate v0.2, the repository, its purl and the commit when `expected` names them), or an empty list.
 */
function releaseStatementGaps(statement, tag, digests, expected = {}) {
    const record = (typeof statement === 'object' && statement !== null ? statement : {});
    const subjects = Array.isArray(record.subject) ? record.subject : [];
    const listed = new Set(subjects.flatMap((subject) => {
        const hex = subject?.digest?.sha256;
        return typeof hex === 'string' ? [`sha256:${hex.toLowerCase()}`] : [];
    }));
    const gaps = digests.filter((digest) => !listed.has(digest)).map((digest) => `no subject ${digest}`);
    return [...(0,_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_8__/* .releaseStatementProblems */ .td)(statement, { ...expected, tag }), ...gaps];
}
/**
 * Fetches GitHub's release attestation for a release this run published immutable, verifies its
 * signature through the port, and checks that its statement names the tag and every asset.
 */
async function checkReleaseAttestation(ports, tag, assets, expected = {}) {
    const digests = assets.map((asset) => asset.digest);
    const waits = ports.attestationWaitsMs ?? [2000, 5000, 10_000];
    const sleep = ports.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const first = digests[0];
    if (first === undefined)
        throw new PublishError('PUBLISH_RELEASE_ATTESTATION_MISSING', `release ${tag} has no asset for GitHub to attest`, { hint: 'publish at least one asset' });
    for (let look = 0;; look += 1) {
        for (const predicateType of RELEASE_PREDICATE_TYPES) {
            const bundles = await ports.releases.listAttestations(first, predicateType);
            const candidates = bundles.filter((bundle) => releaseStatementGaps(statementOf(bundle), tag, digests, expected).length === 0);
            const bundle = candidates[0];
            if (bundle === undefined) {
                const gaps = bundles.length === 0 ? [] : releaseStatementGaps(statementOf(bundles[0]), tag, digests, expected);
                if (gaps.length > 0)
                    throw new PublishError('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's release attestation (${predicateType}) for ${tag} does not match what was published: ${gaps.slice(0, 5).join('; ')}`, { hint: 'the release is published and immutable: check its assets on GitHub (`gh release verify`) and report the mismatch' });
                continue;
            }
            if (ports.verifyReleaseAttestation === undefined)
                return { predicateType, signatureVerified: false };
            const signed = await ports.verifyReleaseAttestation(bundle, first.slice('sha256:'.length));
            // The verified bytes are what counts: the statement read before verifying only chose the bundle.
            const gaps = releaseStatementGaps(signed, tag, digests, expected);
            if (gaps.length > 0)
                throw new PublishError('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's signed release attestation for ${tag} does not match what was published: ${gaps.slice(0, 5).join('; ')}`, { hint: 'report this: the release is immutable and its attestation names other files' });
            return { predicateType, signatureVerified: true };
        }
        const wait = waits[look];
        if (wait === undefined) {
            throw new PublishError('PUBLISH_RELEASE_ATTESTATION_MISSING', `GitHub made no release attestation for the immutable release ${tag} (looked ${look + 1} times)`, { hint: 'the release is published; check it with `gh release verify` once GitHub has attested it' });
        }
        await sleep(wait);
    }
}
/** The content type a release asset is uploaded with, from its name: JSON, JSON Lines, text, or bytes. */
function contentTypeOf(name) {
    if (name.endsWith('.json'))
        return 'application/json';
    if (name.endsWith('.jsonl'))
        return 'application/jsonl';
    if (/(^|\.)(md|txt|pem|pub)$/.test(name) || /SUMS$/.test(name))
        return 'text/plain; charset=utf-8';
    return 'application/octet-stream';
}
/** Where trust-kit's own block in the release notes starts and ends: a re-run replaces only what is between them. */
const NOTES_BLOCK_START = '<!-- trust-kit:verification:start -->';
const NOTES_BLOCK_END = '<!-- trust-kit:verification:end -->';
/**
 * The release notes with the verification block in them: the block between existing markers is
 * replaced, anything else the notes hold is kept; without markers the block is appended.
 */
function withVerificationBlock(notes, block) {
    const own = `${NOTES_BLOCK_START}\n${block.replaceAll(NOTES_BLOCK_START, '').replaceAll(NOTES_BLOCK_END, '').trim()}\n${NOTES_BLOCK_END}`;
    const start = notes.indexOf(NOTES_BLOCK_START);
    const end = start === -1 ? -1 : notes.indexOf(NOTES_BLOCK_END, start);
    if (start !== -1 && end !== -1)
        return `${notes.slice(0, start)}${own}${notes.slice(end + NOTES_BLOCK_END.length)}`;
    const kept = notes.trimEnd();
    return kept === '' ? own : `${kept}\n\n${own}`;
}
/** How often one asset's upload is started again after a broken-off upload left a `starter` asset behind. */
const MAX_UPLOAD_RESTARTS = 3;
/** The asset on the release that stands for `local`: by GitHub's name, else by the label trust-kit uploads it with. */
function remoteFor(remote, local) {
    return remote.find((asset) => asset.name === local.name) ?? remote.find((asset) => asset.label === local.name);
}
/**
 * The SHA-256 (hex) of a release asset of `size` bytes: GitHub's digest, else its bytes hashed as
 * they stream through a temporary file (assets uploaded before GitHub computed digests); undefined
 * when the asset is not `size` bytes.
 */
async function remoteAssetSha256(releases, remote, size) {
    if (remote.size !== size)
        return undefined;
    if (remote.digest !== undefined)
        return remote.digest.startsWith('sha256:') ? remote.digest.slice('sha256:'.length) : undefined;
    const directory = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'trust-kit-asset-'));
    try {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, 'asset');
        await releases.saveAsset(remote.id, path, size);
        return (await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .hashFile */ .DC)(path, ['sha256'])).digest.sha256;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(directory, { recursive: true, force: true });
    }
}
async function sameContent(releases, remote, local) {
    return (await remoteAssetSha256(releases, remote, local.size)) === local.sha256;
}
function mismatch(tag, local, remote) {
    return new PublishError('PUBLISH_ASSET_DIGEST_MISMATCH', `release ${tag} already has an asset ${remote.name} (${remote.size} bytes${remote.digest === undefined ? '' : `, ${remote.digest}`}) that differs from ${local.path} (${local.size} bytes, sha256:${local.sha256})`, {
        hint: 'trust-kit never overwrites a published file: if the release holds the wrong file, delete that asset (or the draft) and re-run; if the build is not reproducible, release under a new tag',
    });
}
/**
 * Uploads one asset, reading back the name GitHub gave it. An upload that broke off (a 5xx
 * mid-upload) can leave a `starter` asset that makes the retry a 422 `already_exists`: that asset
 * is deleted and the upload started again; an `uploaded` asset of the same name is kept when its
 * digest is ours (the upload did land) and refused otherwise.
 */
async function uploadOne(ports, release, local) {
    const unsettled = () => new PublishError('PUBLISH_UPLOAD_UNSETTLED', `${local.path} changed while it was being published`, { hint: 'nothing may write to the release files while they are published: re-run the job' });
    // The SHA-256 of what the last attempt sent, hashed as it streamed by.
    let sent;
    async function* open() {
        sent = undefined;
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let bytes = 0;
        for await (const chunk of (0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .regularFileChunks */ .hT)(local.path, { what: 'release asset', shown: local.path })) {
            bytes += chunk.length;
            if (bytes > local.size)
                throw unsettled();
            hash.update(chunk);
            // Set with the last byte: a request that has its Content-Length may not ask for the end of the stream.
            if (bytes === local.size)
                sent = hash.digest('hex');
            // The reader reuses its buffer; the request may still hold this chunk when the next is read.
            yield Buffer.from(chunk);
        }
        if (bytes !== local.size)
            throw unsettled();
        sent ??= hash.digest('hex');
    }
    for (let restart = 0;; restart += 1) {
        try {
            const uploaded = await ports.releases.uploadAsset(release, { name: local.name, label: local.name, contentType: local.contentType, size: local.size, open });
            if (sent !== local.sha256) {
                // The bytes that went up are not the ones hashed for the checksums: take them back down.
                await ports.releases.deleteAsset(uploaded.id);
                throw unsettled();
            }
            if (uploaded.digest !== undefined && uploaded.digest !== `sha256:${local.sha256}`)
                throw mismatch(release.tagName, local, uploaded);
            return uploaded;
        }
        catch (error) {
            if (!(0,_github_releases_js__WEBPACK_IMPORTED_MODULE_7__/* .isAlreadyExists */ .x9)(error) || restart >= MAX_UPLOAD_RESTARTS)
                throw error;
            const existing = remoteFor(await ports.releases.listAssets(release.id), local);
            if (existing === undefined)
                continue;
            if (existing.state === 'uploaded') {
                if (await sameContent(ports.releases, existing, local))
                    return existing;
                throw mismatch(release.tagName, local, existing);
            }
            ports.logger.info(`publish: deleting the broken-off upload of ${existing.name} (state ${existing.state}) before uploading it again`);
            await ports.releases.deleteAsset(existing.id);
        }
    }
}
/**
 * The first half of publishing: the release for `tag` is found (a draft included) or created as a
 * draft, and every asset missing from it is uploaded with its content type. Re-runs are
 * idempotent: an asset with the same name and digest is skipped, one with another digest is a
 * PUBLISH_ASSET_DIGEST_MISMATCH, and a run after a partial failure uploads only what is missing.
 * A release that is published and immutable already is only checked: every asset must be there
 * with our digest and GitHub's release attestation must list them; nothing is changed.
 */
async function draftRelease(input, ports) {
    const seen = new Set();
    const locals = [];
    for (const asset of input.assets) {
        if (seen.has(asset.name))
            throw new PublishError('PUBLISH_ASSET_NAME_CLASH', `two release assets are named ${asset.name}`, { hint: 'release assets are one flat list: give each file a distinct name' });
        seen.add(asset.name);
        const hashed = await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .hashFile */ .DC)(asset.path, ['sha256']);
        locals.push({ ...asset, sha256: hashed.digest.sha256 ?? '', size: hashed.size });
    }
    const { releases, logger } = ports;
    let release = await releases.findRelease(input.tag);
    if (release === undefined) {
        try {
            release = await releases.createDraft(input.tag, withVerificationBlock('', input.notesBlock));
            logger.info(`publish: created draft release ${input.tag}`);
        }
        catch (error) {
            // Another run created it between our look-up and our request.
            if (!(0,_github_releases_js__WEBPACK_IMPORTED_MODULE_7__/* .isAlreadyExists */ .x9)(error))
                throw error;
            release = await releases.findRelease(input.tag);
            if (release === undefined)
                throw error;
        }
    }
    const remote = await releases.listAssets(release.id);
    if (!release.draft && release.immutable) {
        const differs = [];
        const assets = [];
        for (const local of locals) {
            const found = remoteFor(remote, local);
            if (found === undefined || found.state !== 'uploaded')
                differs.push(`${local.name} is missing`);
            else if (!(await sameContent(releases, found, local)))
                differs.push(`${found.name} differs from ${local.path} (sha256:${local.sha256})`);
            else
                assets.push({ name: local.name, githubName: found.name, digest: `sha256:${local.sha256}`, outcome: 'present' });
        }
        if (differs.length > 0) {
            throw new PublishError('PUBLISH_IMMUTABLE_RELEASE_DIFFERS', `release ${input.tag} is published and immutable, and it does not hold what this run would publish: ${differs.join('; ')}`, {
                hint: 'an immutable release can never change, and its tag cannot be reused: release this build under a new tag',
            });
        }
        // GitHub attested the release when it was published: no need to wait for it.
        const releaseAttestation = await checkReleaseAttestation({ ...ports, attestationWaitsMs: [] }, input.tag, assets, input.expected);
        logger.info(`publish: release ${input.tag} is published and immutable, holds every asset with the same digest, and GitHub's release attestation lists them: nothing to do`);
        return { kind: 'verified', result: { releaseId: release.id, outcome: 'verified', immutable: true, assets, releaseAttestation } };
    }
    const assets = [];
    for (const local of locals) {
        let found = remoteFor(remote, local);
        if (found !== undefined && found.state !== 'uploaded') {
            logger.info(`publish: deleting the broken-off upload of ${found.name} (state ${found.state})`);
            await releases.deleteAsset(found.id);
            found = undefined;
        }
        if (found !== undefined) {
            if (!(await sameContent(releases, found, local)))
                throw mismatch(input.tag, local, found);
            assets.push({ name: local.name, githubName: found.name, digest: `sha256:${local.sha256}`, outcome: 'present' });
            continue;
        }
        const uploaded = await uploadOne(ports, release, local);
        if (uploaded.name !== local.name)
            logger.warn(`publish: GitHub renamed ${local.name} to ${uploaded.name}`);
        assets.push({ name: local.name, githubName: uploaded.name, digest: `sha256:${local.sha256}`, outcome: 'uploaded' });
    }
    return { kind: 'uploaded', release, assets };
}
/**
 * The second half of publishing: a draft is published once, with the verification block in its
 * notes (an immutable release takes no asset afterwards), then GitHub's release attestation of an
 * immutable release is checked; a release published already only has its notes block updated.
 */
async function publishDraft(input, drafted, ports) {
    const { releases, logger } = ports;
    const { assets } = drafted;
    let release = drafted.release;
    const notes = withVerificationBlock(release.body, input.notesBlock);
    let outcome = 'updated';
    if (release.draft) {
        release = await releases.updateRelease(release.id, { body: notes, publish: true });
        outcome = 'published';
        logger.info(`publish: published release ${input.tag}${release.immutable ? ' (immutable)' : ''}`);
        if (release.immutable) {
            const releaseAttestation = await checkReleaseAttestation(ports, input.tag, assets, input.expected);
            logger.info(`publish: GitHub's release attestation (${releaseAttestation.predicateType}) lists every asset${releaseAttestation.signatureVerified ? ' and its signature verified' : ', its signature not verified here (`gh release verify` checks it)'}`);
            return { releaseId: release.id, outcome, immutable: true, assets, releaseAttestation };
        }
    }
    else if (notes !== release.body) {
        release = await releases.updateRelease(release.id, { body: notes });
    }
    return { releaseId: release.id, outcome, immutable: release.immutable, assets };
}
/**
 * Publishes the assets to the GitHub release for `tag`, once: {@link draftRelease}, then
 * {@link publishDraft}. The pipeline runs the two as steps of their own, with the gate between.
 */
async function publishRelease(input, ports) {
    const drafted = await draftRelease(input, ports);
    return drafted.kind === 'verified' ? drafted.result : publishDraft(input, drafted, ports);
}


/***/ }),

/***/ 98612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ RELEASE_POLICY_FILE),
/* harmony export */   JU: () => (/* binding */ pinShippedPolicy),
/* harmony export */   Ob: () => (/* binding */ downloadRelease),
/* harmony export */   VA: () => (/* binding */ verifyRelease),
/* harmony export */   a7: () => (/* binding */ RELEASE_ATTESTATION_FILE),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   sD: () => (/* binding */ readReleasePolicy),
/* harmony export */   yv: () => (/* binding */ releasePolicyJson)
/* harmony export */ });
/* unused harmony exports RELEASE_POLICY_VERSION, parseReleasePolicy, RELEASE_DOWNLOAD_LIMITS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53871);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44444);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92701);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54418);
/* harmony import */ var _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(22695);
/* harmony import */ var _sigstore_verify_trust_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20031);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7310);











/** The file GitHub's release attestation bundle is saved as beside the assets (`gh release verify TAG --format json --jq .attestation.bundle`). */
const RELEASE_ATTESTATION_FILE = 'release-attestation.sigstore.json';
/** The version of the offline verification policy file this code reads. */
const RELEASE_POLICY_VERSION = 1;
/** The file name trust-kit publishes the offline verification policy under. */
const RELEASE_POLICY_FILE = 'trust-kit-policy.json';
function invalid(source, what) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('RELEASE_POLICY_INVALID', `the verification policy ${source} ${what}`, {
        hint: `a policy is JSON: {"version": ${RELEASE_POLICY_VERSION}, "trustedRoots": ["trusted_root.json"], "certificateIdentity" or "certificateIdentityRegExp", "issuer", "sourceRepository": "owner/name", "refPattern", "requiredPredicateTypes": [...]}`,
    });
}
function stringField(record, key, source) {
    const value = record[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || value === '' || value.length > 4096)
        throw invalid(source, `has a "${key}" that is not a non-empty string of at most 4096 characters`);
    return value;
}
function regExpField(record, key, source) {
    const pattern = stringField(record, key, source);
    if (pattern === undefined)
        return undefined;
    try {
        return new RegExp(`^(?:${pattern})$`);
    }
    catch {
        throw invalid(source, `has a "${key}" that is not a regular expression`);
    }
}
/**
 * Reads an offline verification policy (JSON, at most 64 KiB) whose trusted root paths are
 * relative to the policy file. Every field is checked and a wrong one named; an identity is
 * required (exact, or a regular expression anchored at both ends).
 */
function parseReleasePolicy(text, source, policyDir) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw invalid(source, 'is not JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw invalid(source, 'is not a JSON object');
    const record = parsed;
    if (record.version !== RELEASE_POLICY_VERSION)
        throw invalid(source, `has version ${JSON.stringify(record.version ?? null)}; this trust-kit reads version ${RELEASE_POLICY_VERSION}`);
    const roots = record.trustedRoots;
    if (!Array.isArray(roots) || roots.length === 0 || roots.length > 16 || !roots.every((root) => typeof root === 'string' && root !== ''))
        throw invalid(source, 'lists no "trustedRoots" (1 to 16 file names)');
    const identity = stringField(record, 'certificateIdentity', source);
    const identityPattern = stringField(record, 'certificateIdentityRegExp', source);
    if ((identity === undefined) === (identityPattern === undefined))
        throw invalid(source, 'needs exactly one of "certificateIdentity" and "certificateIdentityRegExp"');
    const issuer = stringField(record, 'issuer', source);
    if (issuer === undefined)
        throw invalid(source, 'names no "issuer"');
    const repository = stringField(record, 'sourceRepository', source);
    if (repository !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        throw invalid(source, 'has a "sourceRepository" that is not owner/name');
    const types = record.requiredPredicateTypes ?? [];
    if (!Array.isArray(types) || types.length > 32 || !types.every((type) => typeof type === 'string' && type !== ''))
        throw invalid(source, 'has "requiredPredicateTypes" that are not a list of up to 32 URIs');
    let identityMatcher;
    try {
        identityMatcher = identity === undefined ? (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .matching */ .wC)(identityPattern) : (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .exactly */ .pV)(identity);
    }
    catch {
        throw invalid(source, 'has a "certificateIdentityRegExp" that is not a regular expression');
    }
    const githubRoot = stringField(record, 'githubTrustedRoot', source);
    const requireRelease = record.requireGitHubReleaseAttestation ?? false;
    if (typeof requireRelease !== 'boolean')
        throw invalid(source, 'has a "requireGitHubReleaseAttestation" that is not true or false');
    if (requireRelease && githubRoot === undefined)
        throw invalid(source, 'requires GitHub\'s release attestation but names no "githubTrustedRoot" to verify it with');
    return {
        githubTrustedRoot: githubRoot === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(policyDir, githubRoot),
        requireGitHubReleaseAttestation: requireRelease,
        repository,
        trustedRoots: roots.map((root) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(policyDir, root)),
        certificate: { kind: 'certificate', identity: identityMatcher, issuer: (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .exactly */ .pV)(issuer), extensions: repository === undefined ? {} : { sourceRepositoryURI: `https://github.com/${repository}` } },
        refPattern: regExpField(record, 'refPattern', source),
        requiredPredicateTypes: types,
    };
}
/** What a shipped policy can and cannot promise, in the file itself: it travels with the release it describes. */
const SHIPPED_POLICY_NOTE = 'This policy came with the release it describes: it states what to expect, it is not a reason to trust. Compare certificateIdentity, issuer and sourceRepository with what you expect before using it, or write your own.';
/** Sorts object keys at every level, so the same facts always give the same bytes. */
function sortedKeys(value) {
    if (Array.isArray(value))
        return value.map(sortedKeys);
    if (typeof value !== 'object' || value === null)
        return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, entry]) => [key, sortedKeys(entry)]));
}
/** JSON with its keys sorted at every level: deterministic bytes for files a release publishes and signs. */
function canonicalJson(value, indent) {
    return JSON.stringify(sortedKeys(value), null, indent);
}
/** The policy file a release publishes for its own signer (keys sorted, predicate types sorted), which `parseReleasePolicy` reads back. */
function releasePolicyJson(facts) {
    const policy = {
        version: RELEASE_POLICY_VERSION,
        about: SHIPPED_POLICY_NOTE,
        trustedRoots: facts.trustedRoots,
        certificateIdentity: facts.identity,
        issuer: facts.issuer,
        ...(facts.repository === undefined ? {} : { sourceRepository: facts.repository }),
        ...(facts.refPattern === undefined ? {} : { refPattern: facts.refPattern }),
        requiredPredicateTypes: [...new Set(facts.requiredPredicateTypes)].sort(),
        requireGitHubReleaseAttestation: facts.githubTrustedRoot !== undefined,
        ...(facts.githubTrustedRoot === undefined ? {} : { githubTrustedRoot: facts.githubTrustedRoot }),
    };
    return `${canonicalJson(policy, 2)}\n`;
}
function signerOf(signature) {
    return signature.signer.kind === 'certificate' ? signature.signer.subjectAlternativeName : `key ${signature.signer.source}`;
}
function checkRef(policy, signature, what) {
    if (policy.refPattern === undefined)
        return;
    const ref = signature.signer.kind === 'certificate' ? signature.signer.extensions.sourceRepositoryRef : undefined;
    if (ref === undefined || !policy.refPattern.test(ref)) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifyError */ .Gz('VERIFY_POLICY_SOURCE_MISMATCH', `${what} was signed from ${ref === undefined ? 'no source ref' : JSON.stringify(ref.slice(0, 200))}, which the policy's refPattern does not match`);
    }
}
async function loadRoots(policy) {
    // Each file is read on its own (a pretty-printed trusted_root.json beside a JSONL of several), then their roots are trusted together.
    const loaded = await Promise.all(policy.trustedRoots.map(async (path) => (0,_sigstore_verify_trust_js__WEBPACK_IMPORTED_MODULE_9__/* .loadTrustMaterial */ .ak)((await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(path, { maxBytes: _core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_LIMITS */ .Ef.trustedRoot, what: 'trusted root' })).toString('utf8'), path)));
    return new _sigstore_verify_trust_js__WEBPACK_IMPORTED_MODULE_9__/* .TrustMaterial */ .GG(loaded.flatMap((material) => material.roots));
}
/** The statement's predicate type and subjects, read to pick bundles (the signature is verified before anything counts). */
function peek(bundle) {
    const payload = bundle.json?.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        const subjects = Array.isArray(statement.subject) ? statement.subject.flatMap((subject) => (typeof subject?.name === 'string' && typeof subject.digest?.sha256 === 'string' ? [{ name: subject.name, sha256: subject.digest.sha256.toLowerCase() }] : [])) : [];
        return typeof statement.predicateType === 'string' ? { predicateType: statement.predicateType, subjects } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Verifies offline what a downloaded release directory carries, under a policy: the signed
 * checksums file (`SHA256SUMS` and its `.sigstore.json`) and every file it lists, then each
 * attestation of `attestations.intoto.jsonl` for each listed file it names, whose digest must be
 * the verified one. Every signature must be by the policy's signer, from a ref its pattern
 * matches. Refuses a directory without signed checksums (VERIFY_RELEASE_INCOMPLETE) and one
 * lacking a required predicate type.
 */
async function verifyRelease(options) {
    const { dir, policy } = options;
    const trust = await loadRoots(policy);
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('RELEASE_DIR_UNREADABLE', `cannot read the release directory ${dir}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error, hint: 'give the directory the release assets were downloaded to (`gh release download TAG -D DIR`)' });
    }
    const present = new Set(names);
    if (!present.has('SHA256SUMS') || !present.has('SHA256SUMS.sigstore.json')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('VERIFY_RELEASE_INCOMPLETE', `${dir} holds no signed checksums file (SHA256SUMS and SHA256SUMS.sigstore.json)`, { hint: 'download every asset of the release into the directory' });
    }
    const checksumsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'SHA256SUMS');
    const signed = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyChecksumsSignature */ .mn)({ checksumsPath, bundleJson: await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readBundleFile */ .zi)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'SHA256SUMS.sigstore.json'), dir), policy: policy.certificate, trust, cwd: dir });
    checkRef(policy, signed.signature, 'SHA256SUMS');
    const results = [];
    await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_6__/* .checkVerifiedChecksums */ .tm)(signed, { files: [], base: dir, cwd: dir, onResult: (result) => void results.push(result) });
    const verified = { signature: signed.signature, sha256: signed.sha256, results };
    const failed = verified.results.filter((result) => result.status !== 'ok');
    if (failed.length > 0) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifyError */ .Gz('VERIFY_ARTIFACT_MISMATCH', `${failed.length} file(s) do not match the signed SHA256SUMS: ${failed.slice(0, 5).map((result) => `${result.entry.name} (${result.status})`).join(', ')}`);
    }
    const listed = new Map(verified.results.map((result) => [result.entry.name, result.entry.hex.toLowerCase()]));
    const attestations = new Map();
    if (present.has('attestations.intoto.jsonl')) {
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'attestations.intoto.jsonl');
        const bundles = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readAttestationBundles */ .aZ)(source, dir);
        const certificate = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_5__/* .attestationPolicy */ .NR)(policy.certificate, { predicateType: '' }, 'explicit');
        for (const bundle of bundles) {
            const claimed = peek(bundle);
            if (claimed === undefined)
                continue;
            for (const subject of claimed.subjects) {
                const hex = listed.get(subject.name);
                if (hex === undefined)
                    continue;
                if (hex !== subject.sha256)
                    throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifyError */ .Gz('VERIFY_SUBJECT_MISMATCH', `an attestation (${claimed.predicateType.slice(0, 200)}) names ${subject.name} with another digest than the signed SHA256SUMS`);
                const result = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyAttestation */ .oe)({ bundles: [bundle], artifact: { sha256: hex }, policy: certificate, trust, predicateType: claimed.predicateType, source });
                checkRef(policy, result.signature, `the ${claimed.predicateType.slice(0, 200)} attestation`);
                const files = attestations.get(claimed.predicateType) ?? new Set();
                files.add(subject.name);
                attestations.set(claimed.predicateType, files);
            }
        }
    }
    const missing = policy.requiredPredicateTypes.filter((type) => !attestations.has(type));
    if (missing.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('VERIFY_RELEASE_INCOMPLETE', `the release carries no verified attestation of the required type${missing.length === 1 ? '' : 's'} ${missing.map((type) => JSON.stringify(type.slice(0, 200))).join(', ')}`, { hint: 'download attestations.intoto.jsonl with the other assets; a release without it does not meet the policy' });
    }
    const githubRelease = present.has(RELEASE_ATTESTATION_FILE) ? await verifyGitHubRelease(dir, policy, new Map([...listed, ['SHA256SUMS', verified.sha256]]), { tag: options.tag, commit: options.commit, repository: options.repository ?? policy.repository }) : undefined;
    if (githubRelease === undefined && policy.requireGitHubReleaseAttestation) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('VERIFY_RELEASE_INCOMPLETE', `${dir} holds no ${RELEASE_ATTESTATION_FILE}, which the policy requires`, { hint: `save it with \`gh release verify TAG --format json --jq .attestation.bundle > ${RELEASE_ATTESTATION_FILE}\`` });
    }
    return {
        checksums: { file: 'SHA256SUMS', signer: signerOf(verified.signature), verifiedFiles: verified.results.length },
        attestations: [...attestations].map(([predicateType, files]) => ({ predicateType, files: [...files].sort() })),
        githubRelease,
    };
}
/**
 * Verifies GitHub's release attestation saved in the directory against the policy's GitHub
 * trusted root, and checks that it lists every verified file (SHA256SUMS and the files it lists)
 * with the same digest, and names `tag` when one is given; a v0.2 statement must also name the
 * policy's repository (its purl too) and, when one is given, the commit.
 */
async function verifyGitHubRelease(dir, policy, files, expected) {
    if (policy.githubTrustedRoot === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('RELEASE_POLICY_INVALID', `${dir} holds ${RELEASE_ATTESTATION_FILE}, but the policy names no "githubTrustedRoot" to verify it with`, { hint: 'add GitHub\'s trusted root (`gh attestation trusted-root`) to the policy, or remove the file' });
    }
    const trust = (0,_sigstore_verify_trust_js__WEBPACK_IMPORTED_MODULE_9__/* .loadTrustMaterial */ .ak)((await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(policy.githubTrustedRoot, { maxBytes: _core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_LIMITS */ .Ef.trustedRoot, what: 'trusted root' })).toString('utf8'), policy.githubTrustedRoot);
    const bundle = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readBundleFile */ .zi)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, RELEASE_ATTESTATION_FILE), dir);
    const [first] = files.values();
    const statement = (0,_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyGitHubReleaseAttestation */ .YG)(bundle, first ?? '', trust);
    const subjects = new Map();
    for (const subject of Array.isArray(statement.subject) ? statement.subject : []) {
        const { name, digest } = (subject ?? {});
        if (typeof name === 'string' && typeof digest?.sha256 === 'string')
            subjects.set(name, digest.sha256.toLowerCase());
    }
    const missing = [...files].filter(([name, hex]) => subjects.get(name) !== hex).map(([name]) => name);
    if (missing.length > 0) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifyError */ .Gz('VERIFY_SUBJECT_MISMATCH', `GitHub's release attestation does not list ${missing.slice(0, 5).map((name) => JSON.stringify(name.slice(0, 200))).join(', ')}${missing.length > 5 ? ', …' : ''} with the verified digest`, { hint: 'these files are not the ones GitHub recorded when the release was published: download them again' });
    }
    const problems = (0,_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_8__/* .releaseStatementProblems */ .td)(statement, expected);
    if (problems.length > 0) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifyError */ .Gz('VERIFY_POLICY_SOURCE_MISMATCH', `GitHub's release attestation is not for this release: ${problems.slice(0, 5).join('; ')}`, { hint: 'these files come from another release, repository or commit than the one you expect: check --tag, --commit and the policy\'s sourceRepository' });
    }
    const statedTag = typeof statement.predicate?.tag === 'string' ? statement.predicate.tag : '';
    return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', tag: statedTag, assets: subjects.size };
}
/** Reads and parses the policy file at `path`. */
async function readReleasePolicy(path) {
    const text = (await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(path, { maxBytes: 64 * 1024, what: 'verification policy' })).toString('utf8');
    return parseReleasePolicy(text, path, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
}
/** The bounds a release download keeps unless told otherwise: 1000 assets, 2 GiB each, 8 GiB in all. */
const RELEASE_DOWNLOAD_LIMITS = { maxAssets: 1000, maxAssetBytes: 2 * 1024 ** 3, maxTotalBytes: 8 * 1024 ** 3 };
function downloadRefused(message, hint) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('RELEASE_DOWNLOAD_REFUSED', message, { hint });
}
/**
 * Downloads the published release of `tag` through the GitHub API into `dir` (created; it must
 * hold nothing yet), as `verifyRelease` reads it: every uploaded asset under its name, each within
 * the limits and, where GitHub computed one, matching GitHub's digest. For an immutable release,
 * GitHub's release attestation from the attestations API (v0.2 before v0.1, the one naming the
 * tag and `repository`) is saved as {@link RELEASE_ATTESTATION_FILE}. Nothing here is trusted:
 * `verifyRelease` checks it all offline afterwards.
 */
async function downloadRelease(options) {
    const { releases, repository, tag, dir } = options;
    const limits = options.limits ?? RELEASE_DOWNLOAD_LIMITS;
    const release = await releases.findRelease(tag);
    if (release === undefined || release.draft) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('RELEASE_NOT_FOUND', `${repository} has no published release for the tag ${JSON.stringify(tag.slice(0, 200))}`, { hint: 'check --repo and --tag (`gh release list --repo OWNER/REPO`); a draft is not a release to verify' });
    }
    const listed = (await releases.listAssets(release.id)).filter((asset) => asset.state === 'uploaded');
    if (listed.length > limits.maxAssets)
        throw downloadRefused(`release ${tag} of ${repository} has ${listed.length} assets, more than the ${limits.maxAssets} trust-kit downloads`, 'download the assets yourself (`gh release download TAG -D DIR`) and run verify-release DIR');
    let total = 0;
    for (const asset of listed) {
        // Release assets are one flat list; a name that is a path, or that stands for GitHub's own attestation, is not written.
        if (!/^[^/\\\0]+$/.test(asset.name) || asset.name === '.' || asset.name === '..' || asset.name === RELEASE_ATTESTATION_FILE) {
            throw downloadRefused(`release ${tag} of ${repository} has an asset named ${JSON.stringify(asset.name.slice(0, 200))}, which is not a plain file name trust-kit can download it as`, 'download the assets yourself and verify the directory');
        }
        if (asset.size > limits.maxAssetBytes)
            throw downloadRefused(`the asset ${asset.name} of release ${tag} holds ${asset.size} bytes, more than the ${limits.maxAssetBytes} trust-kit downloads`, 'download the assets yourself and verify the directory');
        total += asset.size;
    }
    if (total > limits.maxTotalBytes)
        throw downloadRefused(`release ${tag} of ${repository} holds ${total} bytes of assets, more than the ${limits.maxTotalBytes} trust-kit downloads`, 'download the assets yourself and verify the directory');
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).length > 0)
            throw downloadRefused(`the download directory ${dir} is not empty`, 'give an empty or new --download-dir: files already there would be verified as the release\'s');
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('RELEASE_DIR_UNREADABLE', `cannot make the download directory ${dir}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error, hint: 'give a --download-dir trust-kit can write' });
    }
    const digests = [];
    for (const asset of listed) {
        // Streamed to the file, never held whole: an asset may be gigabytes.
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, asset.name);
        await releases.saveAsset(asset.id, path, asset.size);
        const digest = `sha256:${(await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .DC)(path, ['sha256'])).digest.sha256 ?? ''}`;
        digests.push(digest);
        if (asset.digest !== undefined && asset.digest !== digest) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { force: true });
            throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifyError */ .Gz('VERIFY_ARTIFACT_MISMATCH', `the asset ${asset.name} of release ${tag} downloaded with ${digest}, not the ${asset.digest.slice(0, 80)} GitHub lists for it`, { hint: 'download the release again' });
        }
    }
    let releaseAttestation;
    if (release.immutable) {
        // GitHub's release attestation lists every asset: any one's digest finds it.
        const anchorDigest = digests[0];
        if (anchorDigest === undefined)
            throw downloadRefused(`the immutable release ${tag} of ${repository} has no asset`, 'there is nothing to verify');
        for (const predicateType of [_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_8__/* .RELEASE_PREDICATE_V02 */ .pp, _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_8__/* .RELEASE_PREDICATE_V01 */ .wI]) {
            const bundles = await releases.listAttestations(anchorDigest, predicateType);
            const bundle = bundles.find((candidate) => (0,_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_8__/* .releaseStatementProblems */ .td)((0,_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .statementOf */ .T8)(candidate), { repository, tag }).length === 0);
            if (bundle === undefined)
                continue;
            await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, RELEASE_ATTESTATION_FILE), `${JSON.stringify(bundle)}\n`);
            releaseAttestation = predicateType;
            break;
        }
    }
    return { dir, assets: listed.map((asset) => asset.name), immutable: release.immutable, releaseAttestation };
}
/**
 * Holds a policy that came with the release to the user's own pins: without a pin it proves
 * nothing (whoever replaced the release could replace the policy). The policy must name the
 * pinned repository, and its exact identity must be the pinned workflow on github.com at some ref.
 */
function pinShippedPolicy(policy, pins, source) {
    if (pins.repository === undefined && pins.signerWorkflow === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('CLI_USAGE', `${source} came with the release: it only says what to expect, so it is used with a pin of your own`, { hint: 'add --expect-repo OWNER/REPO and/or --signer-workflow OWNER/REPO/PATH, or give your own policy with --policy' });
    }
    if (pins.repository !== undefined && policy.repository?.toLowerCase() !== pins.repository.toLowerCase()) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifyError */ .Gz('VERIFY_POLICY_REPOSITORY_MISMATCH', `${source} names the source repository ${policy.repository === undefined ? '(none)' : JSON.stringify(policy.repository)}, not ${JSON.stringify(pins.repository)} (--expect-repo)`, { hint: 'this release was not built from the repository you expect: do not use it' });
    }
    if (pins.signerWorkflow !== undefined) {
        const workflow = pins.signerWorkflow.replace(/^github\.com\//, '');
        const identity = policy.certificate.identity;
        if (identity.kind !== 'exact' || !identity.value.startsWith(`https://github.com/${workflow}@`)) {
            throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifyError */ .Gz('VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH', `${source} names the signer ${(0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_7__/* .describeMatcher */ .OT)(identity).slice(0, 300)}, not the workflow ${workflow} (--signer-workflow)`, { hint: 'this release was signed by another workflow than the one you expect: do not use it' });
        }
    }
    return policy;
}


/***/ }),

/***/ 44444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: () => (/* binding */ attestationPolicy),
/* harmony export */   oe: () => (/* binding */ verifyAttestation),
/* harmony export */   qP: () => (/* binding */ trustDeciding)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_V1, summarizeProvenance */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5447);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17776);


/** The predicate type of SLSA provenance v1, what `gh attestation verify` asks for unless told otherwise. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const EXTENSION_CODES = {
    sourceRepositoryURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH',
    sourceRepositoryOwnerURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH',
    sourceRepositoryRef: 'VERIFY_POLICY_SOURCE_MISMATCH',
    sourceRepositoryDigest: 'VERIFY_POLICY_SOURCE_MISMATCH',
    runnerEnvironment: 'VERIFY_POLICY_SELF_HOSTED_RUNNER',
};
/**
 * A verification policy for attestations: the certificate must also name the source ref, the
 * commit and a GitHub-hosted runner when asked, and each kind of mismatch is reported with its
 * own code (the signer workflow, the repository, the source, a self-hosted runner), as `gh
 * attestation verify` tells them apart. A key policy is returned as it is: a key carries no
 * such claims.
 */
function attestationPolicy(policy, requirements, origin) {
    if (policy.kind === 'key')
        return policy;
    const extensions = { ...policy.extensions };
    if (requirements.sourceRef !== undefined)
        extensions.sourceRepositoryRef = requirements.sourceRef;
    if (requirements.sourceDigest !== undefined)
        extensions.sourceRepositoryDigest = requirements.sourceDigest;
    if (requirements.denySelfHostedRunners === true)
        extensions.runnerEnvironment = 'github-hosted';
    const identity = origin === 'signer-workflow' ? 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH' : origin === 'repository' ? 'VERIFY_POLICY_REPOSITORY_MISMATCH' : undefined;
    return { ...policy, extensions, mismatchCodes: { ...(identity === undefined ? {} : { identity }), extensions: EXTENSION_CODES } };
}
/** The statement a DSSE bundle carries, read without verifying anything (to pick a bundle); undefined when unreadable. */
function peekStatement(json) {
    const payload = json?.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (!Array.isArray(statement.subject))
            return undefined;
        const subjects = statement.subject.map((subject) => ({ digest: typeof subject === 'object' && subject !== null && typeof subject.digest === 'object' ? (subject.digest ?? {}) : {} }));
        return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', subjects };
    }
    catch {
        return undefined;
    }
}
/** Whether a subject names the artifact: some digest by a shared algorithm, and every shared one equal. */
function names(subject, digests) {
    const shared = Object.keys(digests).filter((algorithm) => typeof subject.digest[algorithm] === 'string');
    return shared.length > 0 && shared.every((algorithm) => subject.digest[algorithm].toLowerCase() === digests[algorithm]);
}
/** The statement of a bundle that verified: its payload is the bytes the signature covers. */
function signedStatement(json) {
    const payload = json.dsseEnvelope.payload;
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    return statement;
}
/** What the bundles claim, unverified: their statements, those listing the artifact, and those of them with the predicate type. */
function survey(bundles, artifact, predicateType) {
    const peeked = bundles.map((bundle) => peekStatement(bundle.json));
    const covering = bundles.flatMap((bundle, index) => (peeked[index]?.subjects.some((subject) => names(subject, artifact)) === true ? [index] : []));
    return { peeked, covering, matching: covering.filter((index) => peeked[index]?.predicateType === predicateType) };
}
/**
 * The bundle whose certificate decides which instance's trusted root to load when none is given:
 * the first that claims to be the attestation asked for (a file of GitHub's attestations may
 * hold a release attestation signed by GitHub's instance beside provenance signed by public-good).
 */
function trustDeciding(bundles, artifact, predicateType) {
    return bundles[survey(bundles, artifact, predicateType).matching[0] ?? 0]?.json;
}
/**
 * Verifies an attestation for an artifact: of the file's bundles (one, or a JSONL file's lines),
 * those whose statement lists the artifact and has the predicate type are verified in order until
 * one passes (its signature, certificate chain, log entries or timestamps, and the policy). Refuses
 * with VERIFY_SUBJECT_MISMATCH when no statement lists the artifact, VERIFY_PREDICATE_TYPE_MISMATCH
 * when those that do have another predicate type, and otherwise the first bundle's failure.
 */
function verifyAttestation(options) {
    const { bundles, artifact, predicateType } = options;
    const input = { digest: { algorithm: 'sha256', hex: artifact.sha256 }, moreDigests: artifact };
    const { peeked, covering, matching } = survey(bundles, artifact, predicateType);
    let candidates = matching;
    if (candidates.length === 0) {
        if (bundles.length === 1) {
            // One bundle: verify it, so that what is wrong with it (a bad signature, another artifact) is what is reported.
            candidates = [0];
        }
        else if (covering.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_SUBJECT_MISMATCH', `none of the ${bundles.length} attestations in ${options.source} lists the artifact sha256:${artifact.sha256} as a subject`);
        }
        else {
            const types = [...new Set(covering.map((index) => peeked[index]?.predicateType ?? ''))];
            const listed = `${types.slice(0, 5).map(quoted).join(', ')}${types.length > 5 ? ', …' : ''}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected an attestation with predicate type ${quoted(predicateType)}; the ${covering.length} attestation(s) in ${options.source} about the artifact have ${listed}`);
        }
    }
    let firstFailure;
    for (const index of candidates) {
        const bundle = bundles[index];
        try {
            // Refused before its signature is checked: only a DSSE statement is an attestation, and checking a message signature by digest would load the pre-hashed ECDSA verifier for nothing.
            const signature = (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .holdsMessageSignature */ .I)(bundle.json) ? undefined : (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyBundle */ .p)(bundle.json, input, options.policy, options.trust);
            if (signature?.statement === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', `${where(options.source, bundle)} holds a message signature, not an attestation (a DSSE in-toto statement)`, { hint: 'verify plain signatures with `trust-kit verify-blob`' });
            }
            if (signature.statement.predicateType !== predicateType) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected predicate type ${quoted(predicateType)}, found ${quoted(signature.statement.predicateType)} in ${where(options.source, bundle)}`);
            }
            const statement = signedStatement(bundle.json);
            return { signature, statement, provenance: predicateType === SLSA_PROVENANCE_V1 ? summarizeProvenance(statement.predicate) : undefined, bundleIndex: index, line: bundle.line };
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G))
                throw error;
            firstFailure ??= bundles.length === 1 ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G(error.code, `${where(options.source, bundle)}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
        }
    }
    throw firstFailure;
}
/** A value from a statement, quoted for a message: escaped, and at most 200 characters of it (the signer chose its length). */
function quoted(value) {
    return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
}
function where(source, bundle) {
    return bundle.line === undefined ? source : `${source}:${bundle.line}`;
}
/** The longest value a summary repeats: a predicate is the signer's to fill, and ends up on a terminal. */
const MAX_FIELD = 1024;
/** A printable string field of a predicate, or undefined; control characters become spaces. */
function text(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    // eslint-disable-next-line no-control-regex -- control characters in a signed field could rewrite the terminal
    const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    return clean.length > MAX_FIELD ? `${clean.slice(0, MAX_FIELD)}…` : clean;
}
function field(value, ...path) {
    let at = value;
    for (const key of path) {
        if (typeof at !== 'object' || at === null || Array.isArray(at))
            return undefined;
        at = at[key];
    }
    return at;
}
/**
 * The key fields of a SLSA provenance v1 predicate: the builder, the source repository and commit
 * (the first resolved dependency, as GitHub's workflow build type lists it), the workflow file and
 * ref, the trigger and the runner environment. Fields the predicate does not state are left out.
 */
function summarizeProvenance(predicate) {
    const workflow = field(predicate, 'buildDefinition', 'externalParameters', 'workflow');
    const dependencies = field(predicate, 'buildDefinition', 'resolvedDependencies');
    const source = Array.isArray(dependencies) ? dependencies[0] : undefined;
    const sourceUri = text(field(source, 'uri'));
    const path = text(field(workflow, 'path'));
    const ref = text(field(workflow, 'ref'));
    const summary = {
        builder: text(field(predicate, 'runDetails', 'builder', 'id')),
        buildType: text(field(predicate, 'buildDefinition', 'buildType')),
        sourceRepository: text(field(workflow, 'repository')) ?? (sourceUri === undefined ? undefined : sourceUri.replace(/^git\+/, '').replace(/@[^@]*$/, '')),
        sourceCommit: text(field(source, 'digest', 'gitCommit')) ?? text(field(source, 'digest', 'sha1')),
        workflow: path === undefined ? undefined : `${path}${ref === undefined ? '' : `@${ref}`}`,
        trigger: text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'event_name')),
        runnerEnvironment: text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')),
        invocation: text(field(predicate, 'runDetails', 'metadata', 'invocationId')),
    };
    return Object.fromEntries(Object.entries(summary).filter(([, value]) => value !== undefined));
}


/***/ }),

/***/ 22695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YG: () => (/* binding */ verifyGitHubReleaseAttestation),
/* harmony export */   pp: () => (/* binding */ RELEASE_PREDICATE_V02),
/* harmony export */   td: () => (/* binding */ releaseStatementProblems),
/* harmony export */   wI: () => (/* binding */ RELEASE_PREDICATE_V01)
/* harmony export */ });
/* unused harmony export githubReleasePolicy */
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91638);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17776);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);



/**
 * The signer of GitHub's release attestations on a trust domain (`dotcom` for github.com): the
 * certificate's URI SAN, as `gh release verify` requires it. GitHub's certificates name no OIDC
 * issuer that matters here, so any issuer is accepted, as gh does.
 */
function githubReleasePolicy(trustDomain = 'dotcom') {
    return { kind: 'certificate', identity: (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .exactly */ .pV)(`https://${trustDomain}.releases.github.com`), issuer: (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .matching */ .wC)('.*'), extensions: {} };
}
/**
 * Verifies GitHub's release attestation bundle offline: a DSSE in-toto statement signed by
 * GitHub's releases signer, chaining to `trust` (GitHub's trusted root), listing the asset
 * `sha256Hex`. Returns the statement the signature covers.
 */
function verifyGitHubReleaseAttestation(bundleJson, sha256Hex, trust, trustDomain = 'dotcom') {
    const signature = (0,_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyBundle */ .p)(bundleJson, { digest: { algorithm: 'sha256', hex: sha256Hex } }, githubReleasePolicy(trustDomain), trust);
    if (signature.statement === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', 'GitHub\'s release attestation holds a message signature, not a DSSE in-toto statement');
    const payload = bundleJson.dsseEnvelope.payload;
    return JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
}
/** GitHub's release predicate types: v0.2, which GitHub emits now, and v0.1. */
const RELEASE_PREDICATE_V02 = 'https://in-toto.io/attestation/release/v0.2';
const RELEASE_PREDICATE_V01 = 'https://in-toto.io/attestation/release/v0.1';
const shown = (value) => (typeof value === 'string' ? JSON.stringify(value.slice(0, 200)) : 'missing');
/**
 * What a release statement says against what is expected, as a list of problems (empty when it
 * matches). v0.2 (`{databaseId, ownerId, packageId, purl, repository, repositoryId, tag}`): the
 * purl must be `pkg:github/<repository>@<tag>` of its own repository and tag, which must be the
 * expected ones, and the subject of that purl must carry the commit (sha1) when one is expected.
 * v0.1: the tag, as before. Repository names compare case-insensitively, as GitHub's do.
 */
function releaseStatementProblems(statement, expected) {
    const record = (typeof statement === 'object' && statement !== null ? statement : {});
    const predicate = (typeof record.predicate === 'object' && record.predicate !== null ? record.predicate : {});
    const problems = [];
    if (expected.tag !== undefined && predicate.tag !== expected.tag)
        problems.push(`the tag is ${shown(predicate.tag)}, not ${JSON.stringify(expected.tag)}`);
    if (record.predicateType !== RELEASE_PREDICATE_V02)
        return problems;
    const { repository, tag, purl } = predicate;
    if (typeof repository !== 'string' || typeof tag !== 'string')
        return [...problems, `the v0.2 predicate names the repository ${shown(repository)} and the tag ${shown(tag)}`];
    if (expected.repository !== undefined && repository.toLowerCase() !== expected.repository.toLowerCase())
        problems.push(`the repository is ${shown(repository)}, not ${JSON.stringify(expected.repository)}`);
    const ownPurl = `pkg:github/${repository}@${tag}`;
    if (typeof purl !== 'string' || purl.toLowerCase() !== ownPurl.toLowerCase())
        problems.push(`the purl is ${shown(purl)}, not ${JSON.stringify(ownPurl)}`);
    if (expected.commit !== undefined) {
        const subjects = Array.isArray(record.subject) ? record.subject : [];
        const commits = subjects.flatMap((subject) => {
            const { uri, digest } = (subject ?? {});
            return typeof uri === 'string' && uri.toLowerCase() === ownPurl.toLowerCase() && typeof digest?.sha1 === 'string' ? [digest.sha1.toLowerCase()] : [];
        });
        if (!commits.includes(expected.commit.toLowerCase()))
            problems.push(`no subject ${ownPurl} has the commit ${expected.commit}${commits.length === 0 ? '' : ` (it names ${commits.slice(0, 2).join(', ')})`}`);
    }
    return problems;
}


/***/ })

};
