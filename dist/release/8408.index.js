export const id = 8408;
export const ids = [8408,8429];
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

/***/ 3085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ jsonErrorLine),
/* harmony export */   F1: () => (/* binding */ jsonSyntaxProblem),
/* harmony export */   at: () => (/* binding */ describeJsonFault),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   xC: () => (/* binding */ jsonFault),
/* harmony export */   y0: () => (/* binding */ JSON_FAULT_HINT)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
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
    return fault.kind === 'repeated-key' ? `repeats the key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(fault.key, 100)} in one object${line}` : `nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep${line}`;
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
 * printed to a log others read.
 */
function jsonSyntaxProblem(text, error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = jsonErrorLine(text, message);
    const unquoted = message.replace(/^Unexpected token '[\s\S]+?', (?:\.\.\.)?"[\s\S]*?"(?:\.\.\.)? is not valid JSON/, 'Unexpected token: not valid JSON');
    return `${line === undefined ? '' : `line ${line}: `}${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(unquoted.split('\n')[0] ?? '', 200)}`;
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


/***/ }),

/***/ 48031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony export */   yc: () => (/* binding */ REFUSED_REDIRECT_HINT),
/* harmony export */   yn: () => (/* binding */ redirectNotFollowed),
/* harmony export */   yv: () => (/* binding */ originOf)
/* harmony export */ });
/* unused harmony export replyTooLarge */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25403);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7493);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70554);





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


/***/ }),

/***/ 71972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAttestStep: () => (/* binding */ runAttestStep)
/* harmony export */ });
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9396);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73149);



/** Attests the artifacts (SLSA provenance, an SBOM attestation per SBOM) with the session that signed the checksums file. */
const runAttestStep = async ({ config, ports, session, signature, tokens, artifacts, sbom, staging }) => {
    // Nothing was signed (skipped), or with a key made for the run, which says nothing about who built the artifacts: nothing is attested.
    if (session === undefined || config.sign === undefined || (signature?.signer.kind === 'key' && signature.signer.ephemeral))
        return {};
    if (artifacts === undefined || staging === undefined)
        throw new Error('attest runs after hash');
    const attested = await (0,_attest_js__WEBPACK_IMPORTED_MODULE_2__/* .attestRelease */ .bZ)({
        session,
        tokens,
        artifacts: (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_0__.toSubjects)(artifacts, config.algorithm),
        sbomPaths: (sbom?.entries ?? []).map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, entry.name)),
        stagingDir: staging,
        env: ports.env,
        logger: ports.logger,
        retry: config.sign.retry,
        discoveryURL: ports.oidcDiscoveryURL,
    });
    return attested === undefined ? {} : { attestations: attested, written: [attested.path] };
};


/***/ })

};
