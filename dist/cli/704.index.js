export const id = 704;
export const ids = [704];
export const modules = {

/***/ 6492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyReleaseCommand: () => (/* binding */ verifyReleaseCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _github_attestations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69708);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16327);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40461);
/* harmony import */ var _release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98612);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20535);









/** The GitHub API token of the environment: GH_TOKEN, else GITHUB_TOKEN (as gh reads them). */
function tokenOf(env) {
    for (const name of ['GH_TOKEN', 'GITHUB_TOKEN']) {
        const value = env[name];
        if (value !== undefined && value !== '')
            return value;
    }
    return undefined;
}
function usage(message) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', message, { hint: 'run `trust-kit verify-release --help`' });
}
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** `trust-kit verify-release DIR --policy FILE` or `--tag TAG --repo OWNER/REPO`: verify everything a release carries, downloaded or fetched. */
const verifyReleaseCommand = {
    usage: 'trust-kit verify-release (DIR | --tag TAG --repo OWNER/REPO [--download-dir DIR]) (--policy FILE | --expect-repo OWNER/REPO [--signer-workflow OWNER/REPO/PATH]) [--tag TAG] [--commit SHA] [--format text|json]',
    help: `Verifies offline, under a verification policy, what a release downloaded into DIR carries:
the signed checksums file (SHA256SUMS and SHA256SUMS.sigstore.json) and every file it lists, and
each attestation in attestations.intoto.jsonl (SLSA provenance, SBOMs) for the files it names,
and GitHub's release attestation of an immutable release when ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_ATTESTATION_FILE */ .a7} is
there (saved with \`gh release verify TAG --format json --jq .attestation.bundle\`), against
the policy's GitHub trusted root: it must list every verified file with the same digest.
Every signature must chain to the policy's trusted roots and be by its signer, from a ref its
pattern matches; each predicate type the policy requires must be present. Prints what it found.

With --repo and --tag instead of DIR, the published release is first downloaded through the
GitHub API (token: GH_TOKEN or GITHUB_TOKEN; GITHUB_API_URL for another API) into --download-dir
or a temporary directory (removed afterwards): every asset, at most 1000 of at most 2 GiB each
and 8 GiB in all, each checked against the digest GitHub lists; for an immutable release also
GitHub's release attestation from the attestations API. It is then verified exactly as above.

      --policy FILE        the offline verification policy; paths in it are relative to the
                           policy file. Without it, the ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_POLICY_FILE */ .Ir} the release carries
                           is used, but only with your own pins below: a policy shipped with the
                           release only states what to expect
      --expect-repo OWNER/REPO
                           the shipped policy must name this source repository
      --signer-workflow OWNER/REPO/PATH
                           the shipped policy's signer must be this workflow (at any ref)
      --repo OWNER/REPO    download the release of --tag from this repository
      --download-dir DIR   where the release is downloaded (new or empty); default a temporary
                           directory, removed afterwards
      --tag TAG            the release's tag; GitHub's release attestation must name it
      --commit SHA         GitHub's release attestation (predicate v0.2) must name this commit
                           as the tag's (a v0.2 attestation must also name the policy's
                           sourceRepository, in its repository and its purl)
      --format text|json   json prints what was verified, for scripts

Exit codes: 0 verified; 3 a signature or file did not verify, or the release lacks signed checksums
or a required attestation (VERIFY_RELEASE_INCOMPLETE); 4 another signer or source ref, or GitHub's
release attestation is for another release; 5 GitHub's release attestation does not list a file;
7 the shipped policy names another workflow than --signer-workflow; 8 another repository than
--expect-repo; 1 a policy file that cannot be read (RELEASE_POLICY_INVALID), a release that is not there
(RELEASE_NOT_FOUND) or too large to download (RELEASE_DOWNLOAD_REFUSED); 2 wrong usage.`,
    options: {
        policy: { type: 'string' },
        tag: { type: 'string' },
        commit: { type: 'string' },
        repo: { type: 'string' },
        'download-dir': { type: 'string' },
        'expect-repo': { type: 'string' },
        'signer-workflow': { type: 'string' },
        format: { type: 'string' },
    },
    async run(args, context) {
        const { values } = args;
        const format = values.format ?? 'text';
        if (format !== 'text' && format !== 'json')
            throw usage(`--format is "${String(format)}"; expected text or json`);
        const text = (name) => (typeof values[name] === 'string' ? values[name] : undefined);
        const repo = text('repo');
        const tag = text('tag');
        const commit = text('commit');
        const expectRepo = text('expect-repo');
        const signerWorkflow = text('signer-workflow');
        const policyFile = text('policy');
        if (commit !== undefined && !/^[0-9a-fA-F]{40}$/.test(commit))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', '--commit is not a full commit SHA (40 hex digits)', { hint: 'give the commit the release\'s tag names: `git rev-parse TAG^{commit}`' });
        for (const [flag, value] of [['--repo', repo], ['--expect-repo', expectRepo]])
            if (value !== undefined && !REPOSITORY.test(value))
                throw usage(`${flag} is ${JSON.stringify(value.slice(0, 200))}, not OWNER/REPO`);
        if (signerWorkflow !== undefined && !/^(?:github\.com\/)?[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/\S+$/.test(signerWorkflow))
            throw usage('--signer-workflow is not OWNER/REPO/PATH (e.g. octo-org/release-kit/.github/workflows/release.yml)');
        if (policyFile !== undefined && (expectRepo !== undefined || signerWorkflow !== undefined))
            throw usage('--expect-repo and --signer-workflow pin the policy the release carries; with --policy, put them in your policy');
        if (policyFile === undefined && expectRepo === undefined && signerWorkflow === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', 'verify-release needs --policy FILE, or --expect-repo/--signer-workflow to use the policy the release carries', { hint: `a ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_POLICY_FILE */ .Ir} shipped with the release only states what to expect: pin the repository or workflow you expect, or write your own policy (see --help)` });
        }
        let dir;
        let temporary;
        if (repo !== undefined) {
            if (args.positionals.length !== 0)
                throw usage('verify-release takes DIR or --repo, not both');
            if (tag === undefined)
                throw usage('--repo needs --tag TAG: the release to download');
            const token = tokenOf(context.env);
            if (token === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', 'downloading a release needs a GitHub token in GH_TOKEN or GITHUB_TOKEN', { hint: 'export GH_TOKEN="$(gh auth token)", or download the assets yourself (`gh release download TAG -D DIR`) and run verify-release DIR' });
            const [owner, name] = repo.split('/');
            const apiUrl = context.env.GITHUB_API_URL;
            // Before the temporary directory: a bad GITHUB_API_URL or proxy variable leaves nothing behind.
            const client = (0,_github_attestations_js__WEBPACK_IMPORTED_MODULE_4__/* .createGitHubClient */ .LX)({ token, proxy: (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .proxySettingsFrom */ .Yw)(context.env), ...(apiUrl === undefined || apiUrl === '' ? {} : { apiUrl }) });
            const downloadDir = text('download-dir');
            if (downloadDir === undefined)
                temporary = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'trust-kit-release-'));
            dir = temporary ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, downloadDir);
            try {
                const downloaded = await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .downloadRelease */ .Ob)({ releases: (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_6__/* .githubReleases */ .gp)({ client, owner, repo: name }), repository: repo, tag, dir });
                context.stderr.write(`downloaded ${downloaded.assets.length} asset(s) of ${repo} ${tag}${downloaded.immutable ? `, immutable${downloaded.releaseAttestation === undefined ? ' (GitHub\'s release attestation not found)' : `, with GitHub's release attestation (${downloaded.releaseAttestation})`}` : ''}\n`);
            }
            catch (error) {
                if (temporary !== undefined)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { recursive: true, force: true });
                throw error;
            }
        }
        else {
            if (args.positionals.length !== 1)
                throw usage(`verify-release takes exactly one DIR (or --repo and --tag), got ${args.positionals.length}`);
            if (text('download-dir') !== undefined)
                throw usage('--download-dir goes with --repo');
            dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, args.positionals[0]);
        }
        try {
            let policy;
            if (policyFile !== undefined) {
                policy = await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .readReleasePolicy */ .sD)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, policyFile));
            }
            else {
                policy = (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .pinShippedPolicy */ .JU)(await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .readReleasePolicy */ .sD)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, _release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_POLICY_FILE */ .Ir)), { repository: expectRepo, signerWorkflow }, `the release's ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_POLICY_FILE */ .Ir}`);
                context.stderr.write(`policy: the ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_POLICY_FILE */ .Ir} the release carries, pinned to ${[expectRepo === undefined ? '' : `repository ${expectRepo}`, signerWorkflow === undefined ? '' : `signer workflow ${signerWorkflow}`].filter((part) => part !== '').join(' and ')}\n`);
            }
            const result = await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyRelease */ .VA)({ dir, policy, ...(tag === undefined ? {} : { tag }), ...(commit === undefined ? {} : { commit }), ...(repo === undefined ? {} : { repository: repo }) });
            if (format === 'json') {
                context.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
                return _exit_codes_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.OK;
            }
            const lines = [`Verified OK: ${repo === undefined ? args.positionals[0] : `${repo} ${tag}`}`];
            if (result.checksums !== undefined)
                lines.push(`  signed checksums: ${result.checksums.file}, ${result.checksums.verifiedFiles} file(s) match, signed by ${result.checksums.signer}`);
            for (const attestation of result.attestations)
                lines.push(`  attestation:      ${attestation.predicateType} for ${attestation.files.join(', ')}`);
            if (result.attestations.length === 0)
                lines.push('  attestations:     none found');
            lines.push(result.githubRelease === undefined ? `  GitHub release attestation: none found (${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_ATTESTATION_FILE */ .a7})` : `  GitHub release attestation: tag ${result.githubRelease.tag}, ${result.githubRelease.assets} asset(s), every verified file listed (${result.githubRelease.predicateType})`);
            context.stdout.write(`${lines.join('\n')}\n`);
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.OK;
        }
        finally {
            if (temporary !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { recursive: true, force: true });
        }
    },
};


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY)
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

/***/ 60014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ githubFetch)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16327);





/** Statuses whose response has no body, which `Response` refuses one for. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);
/** Redirect statuses followed for GET and HEAD. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As many redirects as a download takes (GitHub sends one, to its asset host), with room to spare, and no loop. */
const MAX_REDIRECTS = 10;
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
/** One request, without following redirects: a streamed body is piped, so it is read no faster than the socket takes it. */
function send(target, init, headers, agents) {
    const request = target.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const agent = agents.agentFor(target);
    const body = init.body;
    const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    // A body known whole goes with its length; a stream with the Content-Length the caller set, or chunked.
    const sent = whole === undefined || Object.keys(headers).some((name) => name.toLowerCase() === 'content-length') ? headers : { ...headers, 'content-length': String(whole.length) };
    return new Promise((resolve, reject) => {
        const outgoing = request(target, { method: init.method ?? 'GET', headers: sent, ...(agent === undefined ? {} : { agent }), ...(init.signal ? { signal: init.signal } : {}) }, resolve);
        outgoing.on('error', reject);
        if (body === undefined || body === null)
            outgoing.end();
        else if (whole !== undefined)
            outgoing.end(whole);
        else
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(body), outgoing).catch(reject);
    });
}
/**
 * A `fetch` for Octokit and trust-kit's other requests to GitHub, over node:http(s):
 * - a streamed request body is sent with backpressure (Node's own fetch reads a streamed body far
 *   ahead of the socket: a 2 GiB upload was measured holding the whole file in memory);
 * - every request, redirects included, goes through the proxy `proxy` names for its URL, with the
 *   rules of @actions/http-client (as Octokit in `@actions/github` does on a runner behind a proxy);
 * - GET and HEAD follow redirects (an asset download is sent to GitHub's asset host), without the
 *   Authorization header once the origin changes, as fetch does.
 */
function githubFetch(proxy = _core_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_PROXY_SETTINGS */ .JB) {
    const agents = new _core_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .ProxyAgents */ .LT(proxy);
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
            message.resume();
            if (init.redirect === 'error')
                throw new TypeError(`${method} ${target.origin}${target.pathname} was redirected, and may not be`);
            if (redirects === MAX_REDIRECTS)
                throw new TypeError(`${method} ${target.origin}${target.pathname} was redirected more than ${MAX_REDIRECTS} times`);
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
