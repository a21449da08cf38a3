export const id = 1897;
export const ids = [1897];
export const modules = {

/***/ 71897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var legacyAttestationLayer = (function (bundle, predicateType) {
    const root = bundle;
    const envelope = root.dsseEnvelope;
    const signature = envelope?.signatures?.[0]?.sig;
    if (typeof envelope?.payloadType !== 'string' || typeof envelope.payload !== 'string' || typeof signature !== 'string') {
        throw new errors/* ImagesError */.x('IMAGES_INTERNAL', 'the attestation bundle holds no DSSE envelope', { hint: 'this is a bug in trust-kit: please report it' });
    }
    const serialized = Buffer.from(JSON.stringify({ payloadType: envelope.payloadType, payload: envelope.payload, signatures: [{ keyid: typeof envelope.signatures?.[0]?.keyid === 'string' ? envelope.signatures[0].keyid : '', sig: signature }] }));
    // cosign 2 writes an empty signature annotation on attestation layers: the signature is inside the envelope.
    const annotations = { ...(0,oci/* legacySignatureAnnotations */.iN)({ messageSignature: { signature: '' }, verificationMaterial: root.verificationMaterial }), predicateType };
    return { envelope: serialized, annotations };
});var attestImages = (async function (client, subjects, config, ports, options) {
    const byName = new Map(subjects.map(((subject) => [`${(0,resolve/* imageSubjectName */.D)(subject)}@${subject.reference.digest}`, subject])));
    // One repository's manifests (an index and its platforms, two tags) share a name: each is attested on its own.
    const result = await (0,run/* runAttestation */.I)({ ...config, subjectReferences: [...byName.keys()], subjectPaths: [], checksums: undefined, perSubject: true }, { ...ports, artifactsList: undefined }, { byDigest: true });
    if ('skipped' in result)
        return result;
    const attached = [];
    for (const attestation of result.attestations) {
        const listed = attestation.statement.subject[0];
        const digest = listed === undefined ? undefined : Object.entries(listed.digest)[0];
        const subject = listed === undefined || digest === undefined ? undefined : byName.get(`${listed.name}@${digest[0]}:${digest[1]}`);
        // runAttestation made one statement per subject it was given: each names one of these images.
        if (subject === undefined)
            throw new errors/* ImagesError */.x('IMAGES_INTERNAL', `an attestation names no image of this run: ${JSON.stringify(listed).slice(0, 300)}`, { hint: 'this is a bug in trust-kit: please report it' });
        const shown = (0,oci/* formatImageReference */.my)(subject.reference);
        const predicateType = attestation.statement.predicateType;
        const entry = { subject, predicateType };
        if (options.format !== 'cosign2') {
            entry.referrer = await (0,oci/* attachBundle */.U9)(client, subject, Buffer.from(JSON.stringify(attestation.bundle)), predicateType, options.created);
            ports.logger.info(`attested ${shown}: ${predicateType} bundle ${entry.referrer.digest} (${entry.referrer.via === 'api' ? 'referrers API' : 'referrers tag'})`);
        }
        if (options.format !== 'cosign3') {
            const layer = legacyAttestationLayer(attestation.bundle, predicateType);
            entry.legacyTag = (await (0,oci/* attachLegacySignature */.hX)(client, subject, layer.envelope, layer.annotations, 'attestation')).tag;
            ports.logger.info(`attested ${shown}: ${predicateType} in ${entry.legacyTag}`);
        }
        attached.push(entry);
    }
    return { result, attached };
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestImageCommand: (() => (/* binding */ attestImageCommand))
});

// EXTERNAL MODULE: ./lib/cli/signing-options.js
var signing_options = __webpack_require__(30674);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/config/attest.js
var attest = __webpack_require__(62657);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/config/paths.js
var paths = __webpack_require__(56446);
// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/github/attestations.js
var attestations = __webpack_require__(69708);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/github/context.js
var github_context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/images/errors.js
var errors = __webpack_require__(97547);
// EXTERNAL MODULE: ./lib/attest/run.js
var run = __webpack_require__(47236);
// EXTERNAL MODULE: ./lib/oci/index.js + 6 modules
var oci = __webpack_require__(49103);
// EXTERNAL MODULE: ./lib/images/resolve.js
var resolve = __webpack_require__(1378);
;// CONCATENATED MODULE: ./lib/images/attest.js




/**
 * The layer cosign 2 writes to an image's `.att` manifest for a DSSE bundle: the envelope as
 * cosign serializes it, and the annotations of its signature layers (an empty signature, the
 * certificate, the Rekor entry) plus the predicate type.
 */

/**
 * Attests images as `trust-kit attest` attests files (the same types, one signing session, the
 * bundles written to the output directory), one statement per image whose subject is the image's
 * repository and manifest digest, then attaches each bundle to its image as cosign 3 does (an
 * OCI 1.1 referrer, or the referrers tag on registries without the API) and, unless `format` is
 * cosign3, as cosign 2 does (a layer of the `sha256-<hex>.att` manifest).
 */


// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/logger.js
var cli_logger = __webpack_require__(27444);
// EXTERNAL MODULE: ./lib/cli/commands/registry.js
var registry = __webpack_require__(98294);
;// CONCATENATED MODULE: ./lib/cli/commands/attest-image.js















/** `trust-kit attest-image`: in-toto attestations about container images, attached to them as cosign 3 attaches them. */
const attestImageCommand = {
    usage: 'trust-kit attest-image [--type slsaprovenance|spdx|cyclonedx|custom] [--predicate FILE] [--predicate-type URI] [--recursive]\n         [--output-dir DIR] [registry flags] [signing flags of sign-blob] IMAGE...',
    help: `Attests each IMAGE (a tag is resolved once to the digest of its manifest, which is printed):
one in-toto statement (v1) per image, whose subject is the image's repository and digest, signed
as a DSSE Sigstore bundle (v0.3) and attached to the image as cosign 3 attaches attestations: an
OCI 1.1 referrer of type application/vnd.dev.sigstore.bundle.v0.3+json, or under the sha256-<hex>
referrers tag on registries without the referrers API; and, by default while cosign 2 is
widespread, as cosign 2 does: a DSSE envelope in the sha256-<hex>.att manifest. The bundles are also written to
<name>.intoto.jsonl in --output-dir. One signing identity (one certificate when keyless) signs
every statement. Verify with \`trust-kit verify-image --predicate-type URI\` or
\`cosign verify-attestation --type URI\`.

Types (as \`trust-kit attest\`):
  slsaprovenance (default)  SLSA provenance v1 of this GitHub Actions run; needs id-token: write
  spdx, cyclonedx           the SBOM in --predicate (SPDX 2.3 JSON, CycloneDX JSON)
  custom                    any JSON object in --predicate, of type --predicate-type URI

Options:
      --type TYPE          what to attest (above)
      --predicate FILE     the predicate document (SBOM or custom JSON)
      --predicate-type URI the custom predicate's type
      --attestation-format WHICH
                           both (default), cosign3 (referrer bundles) or cosign2 (.att manifests)
      --recursive          also attest each platform manifest of a multi-arch index
      --storage none|github
                           github also stores each attestation with GitHub's attestations API
                           (subject: the image digest) in $GITHUB_REPOSITORY, with $GITHUB_TOKEN
                           (attestations: write), so \`gh attestation verify oci://IMAGE\` finds it
      --output-dir DIR     where the bundles are written (default: .)
      --oidc-discovery-url URL
                           the token issuer's discovery document base, when it is not the token's issuer URL
  Signing (as sign-blob): --key KEY.pem, --instance auto|public-good|github|key, --fulcio-url,
      --rekor-url, --rekor-version 1|2, --tsa-url, --signing-config FILE, --trusted-root FILE,
      --on-missing-token fail|warn|skip

${registry/* REGISTRY_HELP */.im}

Exit codes: 0 every image attested (or nothing signed, as --on-missing-token asked), 1 a failure
(attestations already attached stay), 2 usage error.`,
    options: {
        ...registry/* REGISTRY_OPTIONS */.zc,
        type: { type: 'string' },
        predicate: { type: 'string' },
        'predicate-type': { type: 'string' },
        'attestation-format': { type: 'string' },
        storage: { type: 'string' },
        recursive: { type: 'boolean' },
        'output-dir': { type: 'string' },
        'oidc-discovery-url': { type: 'string' },
        ...signing_options/* SIGNING_OPTIONS */.F,
    },
    async run(args, context) {
        const nameOf = (0,inputs/* cliNamer */.qy)({ subject: 'IMAGE' });
        const { recursive, storage: _storage, 'attestation-format': _format, 'allow-http-registry': _http, 'allow-insecure-registry': _insecure, 'registry-username': _username, ...attesting } = args.values;
        const config = (0,attest/* attestConfig */.O)({ ...attesting, subject: args.positionals }, nameOf, { base: '.', outputDir: '.' });
        const reader = new inputs/* InputReader */.i_(args.values, nameOf);
        const format = reader.choice('attestation-format', ['both', 'cosign3', 'cosign2'], 'both');
        const storage = reader.choice('storage', ['none', 'github'], 'none');
        const token = context.env.GITHUB_TOKEN;
        const repository = context.env.GITHUB_REPOSITORY;
        if (storage === 'github' && (token === undefined || token === ''))
            reader.report('storage', 'is github, which needs a token with attestations: write in GITHUB_TOKEN');
        if (storage === 'github' && !/^[^/\s]+\/[^/\s]+$/.test(repository ?? ''))
            reader.report('storage', 'is github, which needs the repository (owner/name) in GITHUB_REPOSITORY');
        const references = (0,registry/* readImageArguments */.As)(reader, args.positionals, 'subject', context.env);
        if (args.positionals.length === 0)
            reader.report('subject', 'is required: the images to attest');
        reader.finish();
        await (0,paths/* requireNamedPaths */.xF)([...(config.predicatePath === undefined ? [] : [{ input: 'predicate', path: config.predicatePath, kind: 'file' }]), ...(0,paths/* signingPaths */.IT)(config.sign)], context.cwd, nameOf);
        const logger = (0,cli_logger/* stderrLogger */.D)(context.stderr, args.values.verbose === true);
        const epoch = context.env.SOURCE_DATE_EPOCH;
        const created = (epoch === undefined || epoch === '' ? clock/* systemClock */.ml : (0,clock/* clockFromSourceDateEpoch */.vv)(epoch)).now();
        const client = await (0,registry/* registryClientFor */.CA)(args.values, context.env, references, config.sign.retry);
        try {
            const subjects = await (0,resolve/* resolveImages */.B)(client, references, { recursive: recursive === true, logger });
            const run = await (0,github_context/* readRunContext */.$)(context.env);
            const outcome = await attestImages(client, subjects, config, { cwd: context.cwd, env: context.env, run, logger, clock: clock/* systemClock */.ml }, { created, format });
            if ('skipped' in outcome)
                return exit_codes/* EXIT */.d.OK;
            if (storage === 'github') {
                const [owner = '', repo = ''] = (repository ?? '').split('/');
                const github = (0,attestations/* createGitHubClient */.LX)({ token: token ?? '', serverUrl: run.serverURL, proxy: (0,proxy.proxySettingsFrom)(context.env), ...(context.env.GITHUB_API_URL === undefined || context.env.GITHUB_API_URL === '' ? {} : { apiUrl: context.env.GITHUB_API_URL }) });
                const stored = await (0,attestations/* storeAttestations */.Tl)({ client: github, owner, repo, bundles: outcome.result.attestations.map(((attestation) => attestation.bundle)), logger });
                for (const entry of stored)
                    if (entry.status === 'stored')
                        logger.info(`attestation stored on GitHub: ${entry.id}`);
            }
            for (const attached of outcome.attached)
                context.stdout.write(`${(0,oci/* formatImageReference */.my)(attached.subject.reference)}\n`);
            logger.info(`bundles: ${(0,external_node_path_.relative)(context.cwd, outcome.result.files.jsonl)}`);
            return exit_codes/* EXIT */.d.OK;
        }
        finally {
            client.close();
        }
    },
};


/***/ }),

/***/ 98294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var readImageArguments = (function (reader, images, input, env) {
    const username = reader.string('registry-username');
    if (username !== undefined && !(_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL in env))
        reader.report('registry-username', `needs the password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL}`);
    const references = [];
    for (const image of images) {
        try {
            references.push((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(image));
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustKitError */ .Nf)(error))
                throw error;
            reader.report(input, error.message);
        }
    }
    return references;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: (() => (/* binding */ readImageArguments)),
/* harmony export */   CA: (() => (/* reexport safe */ _images_registry_js__WEBPACK_IMPORTED_MODULE_1__.CA)),
/* harmony export */   Qn: (() => (/* reexport safe */ _images_registry_js__WEBPACK_IMPORTED_MODULE_1__.Qn)),
/* harmony export */   im: (() => (/* binding */ REGISTRY_HELP)),
/* harmony export */   zc: (() => (/* binding */ REGISTRY_OPTIONS))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _images_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34703);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49103);




/** The registry flags of the image commands, named as cosign names them. */
const REGISTRY_OPTIONS = {
    'registry-username': { type: 'string' },
    'allow-http-registry': { type: 'boolean' },
    'allow-insecure-registry': { type: 'boolean' },
};
/** The help lines of {@link REGISTRY_OPTIONS} and where credentials come from. */
const REGISTRY_HELP = `Registry credentials, the first that has some for a registry: --registry-username with the
password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL} (for the registries of the IMAGEs), GITHUB_TOKEN for
ghcr.io, docker's config.json ($DOCKER_CONFIG or ~/.docker: auths, credsStore, credHelpers).
      --registry-username USER    log in to the IMAGEs' registries as USER (password: ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL})
      --allow-http-registry       reach registries over plain HTTP (testing only)
      --allow-insecure-registry   accept any TLS certificate from registries (testing only)`;
/** Parses IMAGE arguments, reporting each bad one against `input`; checks --registry-username has its password. */



/***/ }),

/***/ 69708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var githubInstanceKind = (function (serverUrl) {
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
});var defaultApiUrl = (function (serverUrl) {
    const kind = githubInstanceKind(serverUrl);
    if (kind === 'github.com')
        return 'https://api.github.com';
    const url = new URL(serverUrl);
    return kind === 'ghe.com' ? `https://api.${url.host}` : `${url.origin}/api/v3`;
});var createGitHubClient = (function (options) {
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
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, { baseUrl: apiUrl, userAgent: options.userAgent ?? 'trust-kit', request: { fetch: (0,_core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .proxiedFetch */ .i)(options.proxy, undefined, githubReplyCap) } });
    return { octokit, serverUrl, apiUrl };
});var githubReplyCap = (function (init) {
    const accept = Object.entries(init.headers ?? {}).find((([name]) => name.toLowerCase() === 'accept'))?.[1];
    return accept === 'application/octet-stream' ? undefined : MAX_GITHUB_REPLY_BYTES;
});var planGated = (function (failure) {
    return failure.status === 403 && /^Feature not available\b/i.test((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubMessage */ .hg)(failure) ?? '');
});var storeAttestations = (async function (options) {
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
            const response = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(policy, (async (attempt) => {
                attempts = attempt;
                return client.octokit.request('POST /repos/{owner}/{repo}/attestations', {
                    owner,
                    repo,
                    bundle: bundle,
                    request: { signal: AbortSignal.timeout(policy.timeoutMs) },
                });
            }), _http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubRetryVerdict */ .ly, options.sleep);
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
            throw storeError(error, failure, route, index, options.bundles.length, attempts);
        }
    }
    return outcomes;
});var storeError = (function (error, failure, route, index, count, attempts) {
    if (error instanceof AttestationStoreError)
        return error;
    const which = count === 1 ? 'the attestation' : `attestation ${index + 1} of ${count}`;
    const said = failure === undefined ? '' : (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubMessage */ .hg)(failure);
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyRefused */ .rZ)(error))
        return new AttestationStoreError('GITHUB_PROXY_REFUSED', `${route} was refused by the proxy for ${which}: HTTP 407 Proxy Authentication Required`, { cause: error, hint: _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__/* .PROXY_AUTH_HINT */ .ME });
    const detail = failure?.response === undefined ? (failure === undefined ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error) : (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .noAnswerDetail */ .rH)(error)) : `HTTP ${failure.status}${said === undefined ? '' : `: ${said}`}`;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    if (failure !== undefined && (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .rateLimited */ .xd)(failure))
        return new AttestationStoreError('GITHUB_RATE_LIMITED', `${route} was refused for ${which}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .rateLimitDetail */ .pF)(failure, detail)}`, { cause: error, hint: _http_js__WEBPACK_IMPORTED_MODULE_3__/* .RATE_LIMIT_HINT */ .tc });
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: (() => (/* binding */ createGitHubClient)),
/* harmony export */   Tl: (() => (/* binding */ storeAttestations))
/* harmony export */ });
/* unused harmony exports AttestationStoreError, githubInstanceKind, defaultApiUrl, MAX_GITHUB_REPLY_BYTES */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92785);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7493);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48031);
/* harmony import */ var _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25643);
/* harmony import */ var _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39002);






/** A failure to store attestations on GitHub. */
class AttestationStoreError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'AttestationStoreError';
    }
}
/** The kind of GitHub at `serverUrl` (`GITHUB_SERVER_URL`). */

/** The REST API URL of a GitHub server: api.github.com, `api.<tenant>.ghe.com`, or `<server>/api/v3` on Enterprise Server. */

/**
 * A client through `@actions/github` for the server at `serverUrl` (default github.com), sending
 * requests to `apiUrl` (default that server's API) through {@link proxiedFetch}: streamed uploads,
 * and the proxy `proxy` names for each URL. (Octokit's own default would take the proxy from the
 * process's environment when `@actions/github` is first imported, for api.github.com's URL.) The
 * token only ever travels in the Authorization header; errors never quote it.
 */

/**
 * The most bytes a GitHub API reply is read to. Octokit reads a JSON reply whole: the largest
 * trust-kit asks for (a page of 100 releases with their notes, 100 attestation bundles) is a few
 * MiB, so 32 MiB is ample and still bounds the memory a hostile or broken server can take. Asset
 * downloads (Accept: application/octet-stream) are streamed and bounded by their callers instead.
 */
const MAX_GITHUB_REPLY_BYTES = 32 * 1024 * 1024;

/** Whether a 403 is GitHub's plan gating (the feature is not in this repository's plan), not a missing permission. */

/**
 * Stores DSSE attestation bundles with `POST /repos/{owner}/{repo}/attestations`, one request per
 * bundle, in order. 5xx, 429 (honouring `Retry-After`) and connection failures are retried within
 * the policy's budget. Where the plan does not allow attestations (user-owned private
 * repositories, organizations without the feature) GitHub answers 403 "Feature not available...":
 * that is a warning with GitHub's reason and every bundle is 'skipped' (the signed bundles stay
 * valid and on disk), not a failure. GitHub Enterprise Server has no attestations API and is
 * refused before any request.
 */




/***/ }),

/***/ 48031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var httpFailure = (function (error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? error : undefined;
});var boundedText = (function (text) {
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)((0,_core_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(text).trim(), MAX_QUOTED);
});var githubMessage = (function (failure) {
    const message = failure.response?.data?.message;
    return typeof message !== 'string' || message.trim() === '' ? undefined : boundedText(message);
});var proxyRefused = (function (error) {
    if (httpFailure(error)?.status === 407)
        return true;
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'PROXY_AUTH_REQUIRED';
});var replyTooLarge = (function (error) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error?.cause) === 'HTTP_RESPONSE_TOO_LARGE';
});var noAnswerDetail = (function (error) {
    if (replyTooLarge(error))
        return boundedText((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error));
    return `no answer (connection failed or timed out: ${boundedText((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error))})`;
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
    return headerOf(failure, 'x-ratelimit-remaining') === '0' || headerOf(failure, 'retry-after') !== '' || /\brate limit\b/i.test(githubMessage(failure) ?? '');
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
});var rateLimitDetail = (function (failure, detail) {
    const reset = rateLimitReset(failure);
    return `GitHub's rate limit: ${detail}${reset === undefined ? '' : ` (it resets at ${reset.toISOString()})`}`;
});var githubRetryVerdict = (function (error, now = Date.now()) {
    if (proxyRefused(error) || replyTooLarge(error))
        return 'permanent';
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
/* harmony export */   LD: (() => (/* binding */ boundedText)),
/* harmony export */   hg: (() => (/* binding */ githubMessage)),
/* harmony export */   ly: (() => (/* binding */ githubRetryVerdict)),
/* harmony export */   pF: (() => (/* binding */ rateLimitDetail)),
/* harmony export */   rH: (() => (/* binding */ noAnswerDetail)),
/* harmony export */   rZ: (() => (/* binding */ proxyRefused)),
/* harmony export */   tG: (() => (/* binding */ httpFailure)),
/* harmony export */   tc: (() => (/* binding */ RATE_LIMIT_HINT)),
/* harmony export */   xd: (() => (/* binding */ rateLimited))
/* harmony export */ });
/* unused harmony export replyTooLarge */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25403);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7493);




/** The HTTP failure in an error Octokit threw; undefined for anything else. */

/** At most this many characters of what GitHub sent are repeated: an error body is the server's to choose. */
const MAX_QUOTED = 300;
/** Text a server sent, on one line and bounded, fit to quote in a log line or an error. */

/** GitHub's `message` from an error answer, bounded; undefined when it sent none. */

/**
 * Whether the runner's proxy refused the request for want of credentials: a 407 answer, or a
 * CONNECT tunnel refused with 407 (which Octokit reports as a connection failure). No retry helps.
 */

/** Whether the reply was refused for its size (see MAX_GITHUB_REPLY_BYTES), which Octokit reports as a connection failure. No retry helps. */

/** What a failure without an answer was, bounded: the connection's own error (DNS, refused, a proxy's tunnel, a timeout), or a reply refused for its size. */

/** A header of GitHub's answer, as text; empty when absent. */

/** When GitHub's primary rate limit resets (`x-ratelimit-reset`, epoch seconds), for an answer that says none remain; undefined otherwise. */

/**
 * Whether GitHub refused for a rate limit, as its documentation describes them: 429, or 403 with
 * `x-ratelimit-remaining: 0` (primary limit), a `Retry-After` or a message naming a rate limit
 * (secondary limits). A 403 of that kind is not a missing permission.
 */

/**
 * How long a rate limit asks to wait: its `Retry-After`, else until `x-ratelimit-reset` when none
 * remain, else the minute GitHub's documentation says to wait; undefined for a 429 that says
 * nothing (retried with the usual backoff) and for anything that is not a rate limit.
 */

/** What a rate-limited answer said, and until when the limit holds when GitHub said it. */

/** What to do about a rate limit that outlasted the retry budget. */
const RATE_LIMIT_HINT = 'GitHub limits how many requests a token makes: re-run the job once the limit resets (publishing resumes where it stopped); the job\'s own GITHUB_TOKEN has a limit of its own, apart from a personal token\'s';
/**
 * How a GitHub API failure is retried: 5xx and rate limits (429, and GitHub's 403 rate limits) after
 * the wait they ask for, and connection failures, which Octokit reports as status 500 without a
 * response; anything else, a proxy that wants credentials and a reply refused for its size
 * included, is final. A wait past the retry budget ends the retries at once.
 */



/***/ }),

/***/ 97547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: (() => (/* binding */ ImagesError))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** Why an image could not be attested or verified. */
class ImagesError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'ImagesError';
    }
}


/***/ }),

/***/ 1378:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var resolveImages = (async function (client, references, options) {
    const subjects = [];
    // A manifest named twice (two references to one image, an index listing an entry twice) is signed once.
    const seen = new Set();
    const add = ((subject) => {
        seen.add((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(subject.reference));
        subjects.push(subject);
    });
    const walk = (async (index, depth) => {
        if (index.manifest.kind !== 'index')
            return;
        if (depth > MAX_INDEX_DEPTH) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImagesError */ .x('IMAGES_INDEX_TOO_DEEP', `${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(index.reference)} nests indexes more than ${MAX_INDEX_DEPTH} levels deep`, { hint: 'sign the platform manifests by digest instead of --recursive' });
        }
        for (const child of index.manifest.manifest.manifests) {
            const pinned = { ...index.reference, digest: child.digest };
            requireSha256(`${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(pinned)} (listed by ${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(index.reference)})`, child.digest);
            if (seen.has((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(pinned)))
                continue;
            // Signing a digest the registry does not have, or naming it by the index's word for its type and size, would attach referrers to nothing there.
            const fetched = await client.getManifest(pinned);
            add({ reference: pinned, mediaType: fetched.mediaType, size: fetched.bytes.length });
            await walk(fetched, depth + 1);
        }
    });
    for (const reference of references) {
        if (reference.digest !== undefined)
            requireSha256((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(reference), reference.digest);
        const resolved = await client.resolve(reference);
        options.logger.info(`${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(reference)} is ${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(resolved.reference)}`);
        if (!seen.has((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(resolved.reference)))
            add({ reference: resolved.reference, mediaType: resolved.mediaType, size: resolved.bytes.length });
        if (options.recursive)
            await walk(resolved, 1);
    }
    return subjects;
});var requireSha256 = (function (shown, digest) {
    if (digest.startsWith('sha256:'))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImagesError */ .x('IMAGES_DIGEST_UNSUPPORTED', `${shown} is named by a ${digest.split(':', 1)[0] ?? ''} digest; images are signed and attested by their sha256 digest`, {
        hint: 'name the image by tag or by its sha256 digest (and list platform manifests by their sha256 digests in the index)',
    });
});var imageSubjectName = (function (subject) {
    return `${subject.reference.registry}/${subject.reference.repository}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: (() => (/* binding */ resolveImages)),
/* harmony export */   D: (() => (/* binding */ imageSubjectName))
/* harmony export */ });
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49103);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97547);


/** How deep `recursive` follows indexes listed in indexes: real ones nest one level, if at all. */
const MAX_INDEX_DEPTH = 8;
/**
 * The manifests a run signs or attests: each reference's tag resolved once to its digest (logged),
 * and with `recursive` every manifest a multi-arch index lists after the index (indexes it lists
 * walked in turn, as cosign walks them), each fetched (checked against the digest its index lists)
 * and described as the registry serves it. Everything is resolved before anything is signed, so a
 * missing image fails the run before a certificate is asked for.
 */

/** Refuses a manifest named by another digest than sha256: cosign and verify-image look an image's signatures up by its sha256 digest, so a signature of another would verify nowhere. */

/** The name an image's statements give it: its repository, as cosign names the subject of the statements it signs. */



/***/ })

};
