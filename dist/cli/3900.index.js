export const id = 3900;
export const ids = [3900];
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

/***/ 48849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var builtCommit = (function (env, repository) {
    const own = env.GITHUB_REPOSITORY;
    const sha = env.GITHUB_SHA;
    if (own === undefined || own === '' || sha === undefined || !/^[0-9a-f]{40}$/.test(sha))
        return undefined;
    return repository === undefined || repository.toLowerCase() === own.toLowerCase() ? sha : undefined;
});var checkReleaseTag = (async function (releases, release) {
    const { tag, commit, repository } = release;
    const named = await releases.tagCommit(tag);
    if (named === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('RELEASE_TAG_MISSING', `there is no tag ${tag} in ${repository}: GitHub would make it at the default branch's head when publishing the release, not at the commit this run built (${commit})`, {
            hint: `push the tag first: git tag ${(0,_instructions_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(tag)} ${commit} && git push origin ${(0,_instructions_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(tag)} (a token that cannot read the repository sees no tag either: check the token)`,
        });
    }
    if (named.toLowerCase() !== commit.toLowerCase()) {
        const built = release.ref === undefined || release.ref === '' ? commit : `${commit} (${release.ref})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('RELEASE_TAG_OTHER_COMMIT', `the tag ${tag} names commit ${named}, but this run built ${built}: the release would publish files built from another commit than its tag`, {
            hint: 'release the build of the tag\'s commit (run the workflow for the tag), or move the tag to the commit built',
        });
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: (() => (/* binding */ builtCommit)),
/* harmony export */   a: (() => (/* binding */ checkReleaseTag))
/* harmony export */ });
/* harmony import */ var _instructions_verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78918);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86482);


/**
 * The commit a run built, as far as it is this release's: GITHUB_SHA (the commit the job checked
 * out and its provenance names) when the release is of the run's own repository; undefined outside
 * a GitHub Actions job, or for a release of another repository, whose tags name its own commits.
 */

/**
 * Refuses to release `tag` unless it names `commit`, the commit the run built: a tag on another
 * commit would be released with the files (and provenance) of this one, and a tag that does not
 * exist yet would be made by GitHub at the default branch's head when the release is published.
 * The one check of the root action, the CLI and the reusable workflow (which runs the root action).
 */



/***/ }),

/***/ 30392:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGithubPublishStep: (() => (/* binding */ runGithubPublishStep))
/* harmony export */ });
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7310);
/* harmony import */ var _release_tag_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48849);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3264);



/**
 * Publishes the draft the github-draft step filled (once the gate passed, when it is on, and the
 * tag still names the commit built, when it is known), with
 * VERIFY.md as the notes' verification block; for an immutable release, GitHub's release
 * attestation is then fetched and verified.
 */
const runGithubPublishStep = (async ({ ports, githubDraft }) => {
    const target = ports.githubRelease;
    if (target === undefined || githubDraft === undefined)
        return {};
    const { input, drafted } = githubDraft;
    // A failure leaves the draft until it is published (the report says so, and the next run reuses it); after that
    // (GitHub's release attestation is checked then), or on a release published already, there is no draft.
    let draftLeft = drafted.release.draft ? { tag: input.tag, id: drafted.release.id } : undefined;
    try {
        // The tag again, at the last moment: the gate may have taken minutes, and a tag deleted or moved since the
        // release-tag step would be published over files built from another commit (or made at the default branch).
        if (input.target !== undefined && drafted.release.draft)
            await (0,_release_tag_js__WEBPACK_IMPORTED_MODULE_1__/* .checkReleaseTag */ .a)(target.releases, { tag: input.tag, commit: input.target, ref: ports.env.GITHUB_REF, repository: target.repository ?? ports.env.GITHUB_REPOSITORY ?? '' });
        return { githubRelease: await (0,_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .publishDraft */ .T2)(input, drafted, { ...target, logger: ports.logger, onPublished: (() => void (draftLeft = undefined)) }) };
    }
    catch (error) {
        throw draftLeft === undefined ? error : new _state_js__WEBPACK_IMPORTED_MODULE_2__/* .PartialStepFailure */ .U(error, { draftLeft });
    }
});


/***/ })

};
