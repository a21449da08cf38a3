export const id = 461;
export const ids = [461];
export const modules = {

/***/ 14828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var watchTransferRate = (function (timeoutMs, onStall) {
    const started = Date.now();
    let bytes = 0;
    let heldMs = 0;
    let heldSince;
    let timer;
    const check = (() => {
        const now = Date.now();
        // Time the receiver held the transfer back is not counted against the sender.
        const elapsed = now - started - heldMs - (heldSince === undefined ? 0 : now - heldSince);
        if (bytes >= (MIN_TRANSFER_BYTES_PER_SECOND * elapsed) / 1000)
            timer = setTimeout(check, timeoutMs);
        else
            onStall(`slower than ${MIN_TRANSFER_BYTES_PER_SECOND} bytes a second: ${bytes} bytes in ${elapsed} ms`);
    });
    timer = setTimeout(check, timeoutMs);
    return {
        moved: ((moved) => void (bytes += moved)),
        hold: (() => void (heldSince ??= Date.now())),
        release: (() => {
            if (heldSince === undefined)
                return;
            heldMs += Date.now() - heldSince;
            heldSince = undefined;
        }),
        stop: (() => clearTimeout(timer)),
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: (() => (/* binding */ watchTransferRate))
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



/***/ }),

/***/ 40461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var githubSaid = (function (failure) {
    const data = failure.response?.data;
    const message = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .githubMessage */ .hg)(failure);
    const entries = (Array.isArray(data?.errors) ? data.errors : []).flatMap(((entry) => {
        const { code, message: said } = (entry ?? {});
        if (typeof code !== 'string')
            return [];
        return [{ code: (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(code), reason: (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(code === 'custom' && typeof said === 'string' && said.trim() !== '' ? said : code) }];
    }));
    return { message, codes: entries.map(((entry) => entry.code)), reasons: entries.map(((entry) => entry.reason)) };
});var isAlreadyExists = (function (error) {
    return error instanceof ReleaseApiError && error.code === 'GITHUB_RELEASE_ASSET_EXISTS';
});var apiError = (function (error, what, origin, attempts, budgetMs) {
    if (error instanceof ReleaseApiError)
        return error;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .systemErrorCode */ .vq)(error) === TRANSFER_STALLED) {
        return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed${tries}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`, { cause: error, hint: 'the connection to GitHub stalled through every retry: check the runner\'s network (or proxy) and re-run the job; publishing resumes where it stopped' });
    }
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .redirectNotFollowed */ .yn)(error))
        return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .noAnswerDetail */ .rH)(error)}`, { cause: error, hint: (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .redirectedInsecurely */ .TF)(error) ? _http_js__WEBPACK_IMPORTED_MODULE_5__/* .INSECURE_REDIRECT_HINT */ .Qx : _http_js__WEBPACK_IMPORTED_MODULE_5__/* .REFUSED_REDIRECT_HINT */ .yc });
    // Refused at once, never retried: "kept failing through every retry" would be false, and a re-run meets the same answer.
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .replyTooLarge */ .Gb)(error))
        return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .noAnswerDetail */ .rH)(error)}`, { cause: error, hint: _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_6__/* .RESPONSE_TOO_LARGE_HINT */ .zv });
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .unanswered */ .bj)(error)) {
        return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed${tries}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .noAnswerDetail */ .rH)(error, origin)}`, { cause: error, hint: `${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .noAnswerHint */ .pG)(origin)}; publishing resumes where it stopped` });
    }
    const failure = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .httpFailure */ .tG)(error);
    if (failure === undefined)
        return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error))}`, { cause: error, hint: 're-run the job: publishing resumes where it stopped' });
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyRefused */ .rZ)(error))
        return new ReleaseApiError('GITHUB_PROXY_REFUSED', `${what} was refused by the proxy: HTTP 407 Proxy Authentication Required`, { cause: error, hint: _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_4__/* .PROXY_AUTH_HINT */ .ME });
    const said = githubSaid(failure);
    const detail = failure.response === undefined ? (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .noAnswerDetail */ .rH)(error) : `HTTP ${failure.status}${(0,_core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_6__/* .redirectedFrom */ .EN)(origin, failure.response)}${said.message === undefined ? '' : `: ${said.message}`}${said.reasons.length === 0 ? '' : ` (${said.reasons.join(', ')})`}`;
    const status = failure.response === undefined ? undefined : failure.status;
    const waited = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .waitPastBudget */ .Lp)(failure, budgetMs);
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .rateLimited */ .xd)(failure)) {
        return new ReleaseApiError('GITHUB_RELEASE_RATE_LIMITED', `${what}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .rateLimitDetail */ .pF)(failure, detail)}${waited}`, { cause: error, status: failure.status, hint: _http_js__WEBPACK_IMPORTED_MODULE_5__/* .RATE_LIMIT_HINT */ .tc });
    }
    if (failure.status === 422 && said.codes.includes('already_exists')) {
        return new ReleaseApiError('GITHUB_RELEASE_ASSET_EXISTS', `${what}: ${detail}`, { cause: error, status: 422, hint: 'an asset or release of that name exists already' });
    }
    if (failure.status === 401 || failure.status === 403 || (failure.status === 404 && what.startsWith('POST'))) {
        return new ReleaseApiError('GITHUB_RELEASE_PERMISSION_DENIED', `${what} was refused: ${detail}`, { cause: error, status: failure.status, hint: failure.status === 401 ? _http_js__WEBPACK_IMPORTED_MODULE_5__/* .UNAUTHORIZED_HINT */ .NO : 'the token needs `contents: write` to create releases and upload assets: add it under `permissions:` of the job' });
    }
    if (failure.status === 404) {
        return new ReleaseApiError('GITHUB_RELEASE_NOT_FOUND', `${what} was not found: ${detail}`, {
            cause: error,
            status: 404,
            hint: 'GitHub answers 404 for a repository that does not exist and for a private one the token cannot see: check the repository (GITHUB_REPOSITORY, or --repo for the CLI) and that the token may read it; a release or asset deleted while the job ran is not found either: re-run the job',
        });
    }
    if (failure.status === 422) {
        return new ReleaseApiError('GITHUB_RELEASE_REJECTED', `${what} was rejected: ${detail}`, { cause: error, status: 422, hint: 'GitHub\'s reason is in the message: a tag once used by an immutable release cannot be reused and an immutable release takes no new asset (release under a new tag); an empty file is no asset GitHub takes' });
    }
    const hint = waited !== ''
        ? 'GitHub\'s API asked to wait longer than the retries may take: re-run the job once it is back; publishing resumes where it stopped and never uploads an asset twice'
        : failure.status >= 500 || failure.status === 429
            ? 'GitHub\'s API kept failing through every retry: re-run the job; publishing resumes where it stopped and never uploads an asset twice'
            : 'GitHub refused the request, which no retry changes: its reason is in the message; re-run the job once it is dealt with (publishing resumes where it stopped)';
    return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed${tries}: ${detail}${waited}`, { cause: error, ...(status === undefined ? {} : { status }), hint });
});var malformed = (function (what, why) {
    return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what}: GitHub's answer ${why}`, {
        hint: 'the API at GITHUB_API_URL (or a proxy in front of it) answered what GitHub\'s releases API does not send: check GITHUB_API_URL and re-run the job',
    });
});var nextCursor = (function (link) {
    if (typeof link !== 'string')
        return undefined;
    for (const part of link.split(',')) {
        const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (match === null || !/\brel="?next"?/.test(match[2] ?? ''))
            continue;
        try {
            return new URL(match[1] ?? '').searchParams.get('after') || undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
});var jsonObject = (function (value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
});var isId = (function (value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
});var releaseProblem = (function (json) {
    if (!isId(json.id))
        return 'id is not a positive integer';
    if (typeof json.tag_name !== 'string')
        return 'tag_name is not a string';
    if (typeof json.draft !== 'boolean')
        return 'draft is not true or false';
    for (const name of ['prerelease', 'immutable'])
        if (json[name] !== undefined && json[name] !== null && typeof json[name] !== 'boolean')
            return `${name} is not true or false`;
    for (const name of ['body', 'published_at'])
        if (json[name] !== undefined && json[name] !== null && typeof json[name] !== 'string')
            return `${name} is not a string`;
    if (typeof json.upload_url !== 'string')
        return 'upload_url is not a string';
    return undefined;
});var assetProblem = (function (json) {
    if (!isId(json.id))
        return 'id is not a positive integer';
    if (typeof json.name !== 'string' || json.name === '')
        return 'name is not a non-empty string';
    if (json.label !== undefined && json.label !== null && typeof json.label !== 'string')
        return 'label is not a string';
    if (typeof json.state !== 'string')
        return 'state is not a string';
    if (typeof json.size !== 'number' || !Number.isSafeInteger(json.size) || json.size < 0)
        return 'size is not a non-negative integer';
    if (json.digest !== undefined && json.digest !== null && typeof json.digest !== 'string')
        return 'digest is not a string';
    return undefined;
});var releaseJsonOf = (function (data, what, which = 'a release') {
    const json = jsonObject(data);
    const problem = json === undefined ? 'it is not a JSON object' : releaseProblem(json);
    if (problem !== undefined)
        throw malformed(what, `is not ${which}: ${problem}`);
    return json;
});var releaseListOf = (function (data, what) {
    if (!Array.isArray(data))
        throw malformed(what, 'is not a list of releases');
    return data.map(((entry, index) => releaseJsonOf(entry, what, `a list of releases (entry ${index + 1})`)));
});var assetOf = (function (data, what, which = 'a release asset') {
    const json = jsonObject(data);
    const problem = json === undefined ? 'it is not a JSON object' : assetProblem(json);
    if (problem !== undefined)
        throw malformed(what, `is not ${which}: ${problem}`);
    return toAsset(json);
});var assetListOf = (function (data, what) {
    if (!Array.isArray(data))
        throw malformed(what, 'is not a list of release assets');
    return data.map(((entry, index) => assetOf(entry, what, `a list of release assets (entry ${index + 1})`)));
});var toRelease = (function (json) {
    return { id: json.id, tagName: json.tag_name, draft: json.draft, immutable: json.immutable === true, body: json.body ?? '', uploadUrl: json.upload_url };
});var toSummary = (function (json) {
    const published = typeof json.published_at === 'string' ? new Date(json.published_at) : undefined;
    return { id: json.id, tagName: json.tag_name, draft: json.draft, prerelease: json.prerelease === true, immutable: json.immutable === true, publishedAt: published === undefined || Number.isNaN(published.getTime()) ? undefined : published };
});var toAsset = (function (json) {
    const digest = typeof json.digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(json.digest) ? json.digest : undefined;
    return { id: json.id, name: json.name, label: json.label ?? '', state: json.state, size: json.size, digest };
});var checkUploadUrl = (function (uploadUrl, apiUrl, what) {
    let target;
    try {
        target = new URL(uploadUrl.replace(/\{[^}]*\}$/, ''));
    }
    catch {
        throw malformed(what, `gives an upload URL that is not a URL (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(uploadUrl)})`);
    }
    const api = new URL(apiUrl);
    if (target.protocol !== 'https:' && target.protocol !== api.protocol) {
        throw malformed(what, `gives an upload URL on ${target.origin}, which is not HTTPS: the token would travel in clear text`);
    }
    const uploadsHost = api.hostname.startsWith('api.') ? `uploads.${api.hostname.slice('api.'.length)}` : undefined;
    if (target.origin !== api.origin && !(target.protocol === 'https:' && target.hostname === uploadsHost && target.port === '')) {
        throw malformed(what, `gives an upload URL on ${target.origin}, which is neither the API's host (${api.host}) nor its uploads host${uploadsHost === undefined ? '' : ` (${uploadsHost})`}: the token is not sent there`);
    }
});var githubAssetName = (function (name) {
    return name.replace(/[^A-Za-z0-9._\-+@]/gu, '.').replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
});var githubReleases = (function (options) {
    const { client, owner, repo } = options;
    const policy = options.retry ?? _http_js__WEBPACK_IMPORTED_MODULE_5__/* .GITHUB_RETRY_POLICY */ .g4;
    const apiOrigin = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .originOf */ .yv)(client.apiUrl);
    // GitHub answers an asset download with a redirect to its storage host (objects.githubusercontent.com), which a firewall may block where the API is allowed.
    const downloadOrigin = `${apiOrigin} or the host it redirects asset downloads to`;
    /** `attempt`, retried within the policy; a failure for good becomes a {@link ReleaseApiError} for `what`, a request to `origin`. */
    const retried = (async (what, origin, attempt) => {
        let attempts = 0;
        try {
            return await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(policy, ((number) => {
                attempts = number;
                return attempt();
            }), ((error) => (error instanceof UnreadableUpload ? 'permanent' : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .systemErrorCode */ .vq)(error) === TRANSFER_STALLED ? 'transient' : (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .githubRetryVerdict */ .ly)(error))), options.sleep);
        }
        catch (error) {
            if (error instanceof UnreadableUpload)
                throw error.reason;
            throw apiError(error, what, origin, attempts, policy.budgetMs);
        }
    });
    /** A request to the API, each attempt under the policy's timeout. */
    const call = ((what, attempt) => retried(what, apiOrigin, (() => (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .timedAttempt */ .Hh)(apiOrigin, policy.timeoutMs, attempt))));
    /**
     * One transfer of an asset's bytes, retried as {@link call} retries: its signal aborts it once the
     * timeout has passed and the bytes moved (counted through `moved`) average less than
     * MIN_TRANSFER_BYTES_PER_SECOND (core/transfer-rate), so a large asset on a steady link is never cut off at
     * the timeout that bounds the API's answers, while a stalled or trickling transfer is.
     */
    const transfer = ((what, origin, attempt) => retried(what, origin, (async () => {
        const controller = new AbortController();
        const watch = (0,_core_transfer_rate_js__WEBPACK_IMPORTED_MODULE_7__/* .watchTransferRate */ .R)(policy.timeoutMs, ((detail) => controller.abort(new Error(`the transfer moved ${detail}`))));
        try {
            return await attempt(controller.signal, watch.moved);
        }
        catch (error) {
            // However the abort surfaced (a request that never answered, a body cut off), it is this stall.
            throw controller.signal.aborted ? Object.assign(new Error((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(controller.signal.reason), { cause: error }), { code: TRANSFER_STALLED }) : error;
        }
        finally {
            watch.stop();
        }
    })));
    const octokit = client.octokit;
    const base = { owner, repo };
    // The body is left unparsed: it is streamed and counted, never buffered whole by Octokit.
    const requestAsset = ((assetId, signal) => octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...base, asset_id: assetId, headers: { accept: 'application/octet-stream' }, request: { signal, parseSuccessResponseBody: false } }));
    const tooLarge = ((assetId, maxBytes, detail) => new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `asset ${assetId} of ${owner}/${repo} ${detail} than the ${maxBytes} bytes asked for`, { hint: 'the asset is not the one listed (it changed, or the release was tampered with): check the release\'s assets and re-run the job' }));
    /** The asset's body, refused past `maxBytes`: on a Content-Length above it before a byte is read, else as soon as the bytes read pass it; either way the response is cancelled, closing its connection, rather than read to its end. */
    const boundedAsset = (async function* (response, assetId, maxBytes, moved) {
        const body = response.data;
        const chunks = (0,_core_capped_body_js__WEBPACK_IMPORTED_MODULE_8__/* .cappedChunks */ .A)({ chunks: body ?? [], declaredLength: response.headers['content-length'], close: (() => body?.cancel()) }, maxBytes, ((declared) => tooLarge(assetId, maxBytes, declared === undefined ? 'holds more' : `is declared ${declared} bytes long by GitHub, more`)));
        for await (const chunk of chunks) {
            moved(chunk.length);
            yield chunk;
        }
    });
    /** The newest draft of `tag` among the listed releases (one attempt, no retries of its own), or undefined. */
    const draftOf = (async (tag, signal) => {
        const what = `GET /repos/${owner}/${repo}/releases`;
        for (let page = 1; page <= MAX_RELEASE_PAGES; page += 1) {
            const releases = releaseListOf((await octokit.request('GET /repos/{owner}/{repo}/releases', { ...base, per_page: 100, page, request: { signal } })).data, what);
            const found = releases.find(((release) => release.draft && release.tag_name === tag));
            if (found !== undefined || releases.length < 100)
                return found;
        }
        return undefined;
    });
    return {
        async findRelease(tag) {
            const byTag = `GET /repos/${owner}/${repo}/releases/tags/${tag}`;
            let data;
            try {
                data = (await call(byTag, ((signal) => octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...base, tag, request: { signal } })))).data;
            }
            catch (error) {
                if (!(error instanceof ReleaseApiError) || error.status !== 404)
                    throw error;
            }
            if (data !== undefined)
                return toRelease(releaseJsonOf(data, byTag));
            // A draft has no tag yet for GitHub: it is found by listing, newest first. Of two drafts of
            // the tag (two runs that created one at once), the oldest: the one publish keeps, the other
            // is being deleted by its run.
            for (let page = 1; page <= MAX_RELEASE_PAGES; page += 1) {
                const what = `GET /repos/${owner}/${repo}/releases`;
                const response = await call(what, ((signal) => octokit.request('GET /repos/{owner}/{repo}/releases', { ...base, per_page: 100, page, request: { signal } })));
                const releases = releaseListOf(response.data, what);
                const found = releases.filter(((release) => release.tag_name === tag)).reduce(((oldest, release) => (oldest === undefined || release.id < oldest.id ? release : oldest)), undefined);
                if (found !== undefined)
                    return toRelease(found);
                if (releases.length < 100)
                    return undefined;
            }
            return undefined;
        },
        async listReleases(options) {
            const releases = [];
            const pages = Math.min(options?.pages ?? MAX_RELEASE_PAGES, MAX_RELEASE_PAGES);
            for (let page = 1; page <= pages; page += 1) {
                const what = `GET /repos/${owner}/${repo}/releases`;
                const response = await call(what, ((signal) => octokit.request('GET /repos/{owner}/{repo}/releases', { ...base, per_page: 100, page, request: { signal } })));
                const json = releaseListOf(response.data, what);
                releases.push(...json.map(toSummary));
                if (json.length < 100)
                    break;
            }
            return releases;
        },
        async createDraft(tag, body, target) {
            const what = `POST /repos/${owner}/${repo}/releases`;
            // Whether an attempt failed after it may have reached GitHub: GitHub takes any number of drafts of one tag, so a retry that only posted again could leave a second one.
            let unsure = false;
            const data = await call(what, (async (signal) => {
                if (unsure) {
                    const made = await draftOf(tag, signal);
                    if (made !== undefined)
                        return made;
                }
                try {
                    return (await octokit.request('POST /repos/{owner}/{repo}/releases', { ...base, tag_name: tag, name: tag, body, draft: true, ...(target === undefined ? {} : { target_commitish: target }), request: { signal } })).data;
                }
                catch (error) {
                    unsure = true;
                    throw error;
                }
            }));
            return toRelease(releaseJsonOf(data, what));
        },
        async getRelease(id) {
            const what = `GET /repos/${owner}/${repo}/releases/${id}`;
            try {
                return toRelease(releaseJsonOf((await call(what, ((signal) => octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}', { ...base, release_id: id, request: { signal } })))).data, what));
            }
            catch (error) {
                if (error instanceof ReleaseApiError && error.status === 404)
                    return undefined;
                throw error;
            }
        },
        async deleteRelease(id) {
            try {
                await call(`DELETE /repos/${owner}/${repo}/releases/${id}`, ((signal) => octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { ...base, release_id: id, request: { signal } })));
            }
            catch (error) {
                // Gone already: a retry after a delete whose answer was lost. What was asked for is done.
                if (!(error instanceof ReleaseApiError) || error.status !== 404)
                    throw error;
            }
        },
        async updateRelease(id, change) {
            const what = `PATCH /repos/${owner}/${repo}/releases/${id}`;
            const response = await call(what, ((signal) => octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...base, release_id: id, ...(change.body === undefined ? {} : { body: change.body }), ...(change.publish === true ? { draft: false } : {}), ...(change.target === undefined ? {} : { target_commitish: change.target }), request: { signal } })));
            return toRelease(releaseJsonOf(response.data, what));
        },
        async listAssets(releaseId) {
            const assets = [];
            for (let page = 1; page <= MAX_ASSET_PAGES; page += 1) {
                const what = `GET /repos/${owner}/${repo}/releases/${releaseId}/assets`;
                const response = await call(what, ((signal) => octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...base, release_id: releaseId, per_page: 100, page, request: { signal } })));
                const listed = assetListOf(response.data, what);
                assets.push(...listed);
                if (listed.length < 100)
                    break;
            }
            return assets;
        },
        async uploadAsset(release, upload) {
            const what = `POST upload of ${upload.name} to release ${release.tagName}`;
            checkUploadUrl(release.uploadUrl, client.apiUrl, what);
            const response = await transfer(what, (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .originOf */ .yv)(release.uploadUrl.replace(/\{[^}]*\}$/, '')), (async (signal, moved) => {
                // Why this attempt could not read the asset: the request then fails as a broken connection would.
                const source = {};
                try {
                    return await octokit.request({
                        method: 'POST',
                        url: release.uploadUrl,
                        name: upload.name,
                        label: upload.label,
                        data: (async function* () {
                            try {
                                for await (const chunk of upload.open()) {
                                    moved(chunk.length);
                                    yield chunk;
                                }
                            }
                            catch (error) {
                                source.failure = { error };
                                throw error;
                            }
                        })(),
                        headers: { 'content-type': upload.contentType, 'content-length': String(upload.size) },
                        request: { signal },
                    });
                }
                catch (error) {
                    throw source.failure === undefined ? error : new UnreadableUpload(source.failure.error);
                }
            }));
            return assetOf(response.data, what);
        },
        async downloadAsset(assetId, maxBytes) {
            return transfer(`GET /repos/${owner}/${repo}/releases/assets/${assetId}`, downloadOrigin, (async (signal, moved) => {
                const chunks = [];
                for await (const chunk of boundedAsset(await requestAsset(assetId, signal), assetId, maxBytes, moved))
                    chunks.push(chunk);
                return Buffer.concat(chunks);
            }));
        },
        async saveAsset(assetId, path, maxBytes) {
            return transfer(`GET /repos/${owner}/${repo}/releases/assets/${assetId}`, downloadOrigin, (async (signal, moved) => {
                const response = await requestAsset(assetId, signal);
                let bytes = 0;
                const counted = (async function* () {
                    for await (const chunk of boundedAsset(response, assetId, maxBytes, moved)) {
                        bytes += chunk.length;
                        yield chunk;
                    }
                });
                // A retry starts the file again.
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(counted(), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path, { flags: 'w' }));
                return bytes;
            }));
        },
        async deleteAsset(assetId) {
            try {
                await call(`DELETE /repos/${owner}/${repo}/releases/assets/${assetId}`, ((signal) => octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...base, asset_id: assetId, request: { signal } })));
            }
            catch (error) {
                // Gone already: a retry after a delete whose answer was lost, or another run was first. What was asked for is done.
                if (!(error instanceof ReleaseApiError) || error.status !== 404)
                    throw error;
            }
        },
        async tagCommit(tag) {
            // The tag keeps its slashes in the path (GitHub reads the rest of it as one ref); every other special is escaped.
            const path = `/repos/${owner}/${repo}/commits/refs/tags/${tag.split('/').map(encodeURIComponent).join('/')}`;
            const what = `GET ${path}`;
            let data;
            try {
                data = (await call(what, ((signal) => octokit.request({ method: 'GET', url: path, request: { signal } })))).data;
            }
            catch (error) {
                // GitHub answers 422 for a ref it cannot resolve to a commit, 404 on some servers.
                if (error instanceof ReleaseApiError && (error.status === 404 || error.status === 422))
                    return undefined;
                throw error;
            }
            const sha = jsonObject(data)?.sha;
            if (typeof sha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
                throw malformed(what, 'is not a commit: sha is not a commit SHA');
            return sha;
        },
        async listAttestations(digest, predicateType) {
            const what = `GET /repos/${owner}/${repo}/attestations/${digest}`;
            const bundles = [];
            let after;
            for (let page = 1; page <= MAX_ATTESTATION_PAGES; page += 1) {
                let response;
                try {
                    response = await call(what, ((signal) => octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', { ...base, subject_digest: digest, predicate_type: predicateType, per_page: 100, ...(after === undefined ? {} : { after }), request: { signal } })));
                }
                catch (error) {
                    if (error instanceof ReleaseApiError && error.status === 404)
                        return bundles;
                    throw error;
                }
                const attestations = jsonObject(response.data)?.attestations ?? [];
                if (!Array.isArray(attestations))
                    throw malformed(what, 'is not a list of attestations: attestations is not a list');
                for (const attestation of attestations) {
                    const bundle = jsonObject(jsonObject(attestation)?.bundle);
                    if (bundle !== undefined)
                        bundles.push(bundle);
                }
                after = nextCursor(response.headers.link);
                if (after === undefined)
                    return bundles;
            }
            throw new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what}: more than ${MAX_ATTESTATION_PAGES * 100} attestations of type ${predicateType}: not all of them were read, so the one looked for may be among the rest`, {
                hint: 'the digest is the subject of too many attestations to look through; check the release with `gh release verify` instead',
            });
        },
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ATTESTATION_PAGES: (() => (/* binding */ MAX_ATTESTATION_PAGES)),
/* harmony export */   MAX_LISTED_RELEASES: (() => (/* binding */ MAX_LISTED_RELEASES)),
/* harmony export */   ReleaseApiError: (() => (/* binding */ ReleaseApiError)),
/* harmony export */   githubAssetName: (() => (/* binding */ githubAssetName)),
/* harmony export */   githubReleases: (() => (/* binding */ githubReleases)),
/* harmony export */   isAlreadyExists: (() => (/* binding */ isAlreadyExists))
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46466);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _core_capped_body_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36911);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7493);
/* harmony import */ var _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39002);
/* harmony import */ var _core_transfer_rate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14828);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48031);
/* harmony import */ var _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25643);









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
/**
 * GitHub's message and validation errors from an error answer, bounded: `codes` are the codes
 * (`already_exists`), `reasons` what to show of each, GitHub's own words for a `custom` one
 * (`size must be greater than or equal to 1`), whose code says nothing.
 */

/** Whether GitHub refused because the object exists already (`422` with the `already_exists` validation code). */

/** The error for `what` (a request to `origin`) that failed for good after `attempts` attempts, whose retries had `budgetMs`. */

/** A 200 whose JSON is not what GitHub sends: refused, naming the request, never taken for a release or an asset with holes in it. */

/** The `after` cursor of a `Link` header's `rel="next"` URL, GitHub's cursor pagination; undefined on the last page. Only the cursor is taken: the next request goes where the first went. */



/** Why `json` is not a release as GitHub describes one, or undefined when it is. */

/** Why `json` is not a release asset as GitHub describes one, or undefined when it is. */








/**
 * Refuses a release's upload URL (`…/assets{?name,label}`) that is not a URL, that would carry the
 * token over plain HTTP where the API itself is reached over HTTPS, or that is on a host GitHub
 * does not take uploads on: the API's own origin (an Enterprise Server's `/api/uploads`), or its
 * `uploads.` host (`uploads.github.com` for `api.github.com`, `uploads.<tenant>.ghe.com`). The
 * token goes with every upload; a release's answer must not be able to send it elsewhere.
 */

/**
 * The name GitHub gives a release asset uploaded as `name`, as far as trust-kit needs it (whether a
 * name is kept): it keeps letters, digits and `._-+@`, turns every other character (a space, a
 * bracket; a non-ASCII letter, which GitHub may spell in ASCII instead) into a dot, keeps no two
 * dots in a row, and drops dots at either end.
 */

/**
 * An upload whose bytes could not be read (the file changed or went away): GitHub is not to blame
 * and reading again gives the same answer, so it is neither retried nor reported as GitHub's failure.
 */
class UnreadableUpload extends Error {
    reason;
    constructor(reason) {
        super('the asset could not be read', { cause: reason });
        this.reason = reason;
    }
}
/** The code of a transfer abandoned for moving too slowly (retried like a dropped connection). */
const TRANSFER_STALLED = 'TRANSFER_STALLED';
/** At most this many pages of releases are searched for a draft (100 a page). */
const MAX_RELEASE_PAGES = 10;
/** How many releases {@link ReleasesPort.listReleases} reads at most (10 pages of 100), newest first: the previous release of a run is among them. */
const MAX_LISTED_RELEASES = MAX_RELEASE_PAGES * 100;
/** GitHub allows 1,000 assets a release: 10 pages of 100. */
const MAX_ASSET_PAGES = 10;
/**
 * At most this many pages of attestations (100 a page) are read for one digest and predicate type.
 * A digest is the subject of a release attestation in every immutable release that ships those
 * bytes (an install script, a licence): the release looked for need not be on the first page.
 */
const MAX_ATTESTATION_PAGES = 10;
/**
 * The releases of `owner/repo` through `@actions/github`. Every request is retried on 5xx, 429
 * (after its `Retry-After`) and connection failures within the policy's budget; other answers
 * become {@link ReleaseApiError}s naming the request. The token travels only in the header.
 */



/***/ })

};
