export const id = 1148;
export const ids = [1148];
export const modules = {

/***/ 71897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var legacyAttestationLayer = (function (bundle, predicateType) {
    const root = bundle;
    const envelope = root.dsseEnvelope;
    const signature = envelope?.signatures?.[0]?.sig;
    if (typeof envelope?.payloadType !== 'string' || typeof envelope.payload !== 'string' || typeof signature !== 'string') {
        throw new errors/* ImagesError */.x('IMAGES_INTERNAL', 'the attestation bundle holds no DSSE envelope', { hint: 'this is a bug in trust-kit: please report it' });
    }
    // cosign checks the layer's SHA-256 against the Rekor entry's envelopeHash, which Rekor took over
    // the envelope text as submitted: the bytes sigstore-js sent (protobuf JSON: payload, payloadType,
    // then each signature's sig and a keyid only when set), not cosign's own field order.
    const keyid = envelope.signatures?.[0]?.keyid;
    const serialized = Buffer.from(JSON.stringify({ payload: envelope.payload, payloadType: envelope.payloadType, signatures: [{ sig: signature, ...(typeof keyid === 'string' && keyid !== '' ? { keyid } : {}) }] }));
    // cosign 2 writes an empty signature annotation on attestation layers: the signature is inside the envelope.
    const annotations = { ...(0,oci/* legacySignatureAnnotations */.iN)({ messageSignature: { signature: '' }, verificationMaterial: root.verificationMaterial }), predicateType };
    return { envelope: serialized, annotations };
});var attestImages = (async function (client, subjects, config, ports, options) {
    const byName = new Map(subjects.map(((subject) => [`${(0,resolve/* imageSubjectName */.D$)(subject)}@${subject.reference.digest}`, subject])));
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
            try {
                const layer = legacyAttestationLayer(attestation.bundle, predicateType);
                entry.legacyTag = (await (0,oci/* attachLegacySignature */.hX)(client, subject, layer.envelope, layer.annotations, 'attestation')).tag;
            }
            catch (error) {
                // The bundle referrer is attached and verifies: reported as what this image holds, not left out as if nothing were.
                if (entry.referrer !== undefined)
                    options.onAttached?.(entry);
                throw error;
            }
            ports.logger.info(`attested ${shown}: ${predicateType} in ${entry.legacyTag}`);
        }
        attached.push(entry);
        options.onAttached?.(entry);
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
 * The layer cosign 2 writes to an image's `.att` manifest for a DSSE bundle: the envelope, and the
 * annotations of its signature layers (an empty signature, the certificate, the Rekor entry) plus
 * the predicate type.
 */

/**
 * Attests images as `trust-kit attest` attests files (the same types, one signing session, the
 * bundles written to the output directory), one statement per image whose subject is the image's
 * repository and manifest digest, then attaches each bundle to its image as cosign 3 does (an
 * OCI 1.1 referrer, or the referrers tag on registries without the API) and, unless `format` is
 * cosign3, as cosign 2 does (a layer of the `sha256-<hex>.att` manifest). `onAttached` hears of
 * each image as soon as its attestation is attached, so a caller can report what was attached
 * before a later failure, and of an image whose referrer was attached when its `.att` then failed
 * (the entry has no `legacyTag`).
 */


// EXTERNAL MODULE: ./lib/secrets/index.js + 13 modules
var secrets = __webpack_require__(22331);
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
\`cosign verify-attestation --type URI\`; with --key, add --insecure-ignore-tlog to either (a key
signs offline: there is no transparency-log entry).

Types (as \`trust-kit attest\`):
  slsaprovenance (default)  SLSA provenance v1 of this GitHub Actions run; needs id-token: write
  spdx, cyclonedx           the SBOM in --predicate (SPDX 2.3 or 2.2 JSON, CycloneDX JSON)
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
                           (attestations: write), so
                           \`gh attestation verify oci://IMAGE --repo OWNER/REPO\` finds it
      --output-dir DIR     where the bundles are written (default: .)
      --oidc-discovery-url URL
                           the token issuer's discovery document base, when it is not the token's issuer URL
  Signing (as sign-blob): --key KEY.pem, --instance auto|public-good|github|key, --fulcio-url,
      --rekor-url, --rekor-version 1|2, --tsa-url, --signing-config FILE, --trusted-root FILE,
      --on-missing-token fail|warn|skip, --timeout TIME

${registry/* REGISTRY_HELP */.im}

Exit codes: 0 every image attested (or nothing signed, as --on-missing-token asked), 1 a failure
(attestations already attached stay, and the images holding them were printed), 2 usage error.`,
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
    reportsFlagIssues: true,
    async run(args, context) {
        const nameOf = (0,inputs/* cliNamer */.qy)({ subject: 'IMAGE' });
        const { recursive, storage: _storage, 'attestation-format': _format, 'allow-http-registry': _http, 'allow-insecure-registry': _insecure, 'registry-username': _username, ...attesting } = args.values;
        const reader = new inputs/* InputReader */.i_(args.values, nameOf);
        const format = reader.choice('attestation-format', ['both', 'cosign3', 'cosign2'], 'both');
        const storage = reader.choice('storage', ['none', 'github'], 'none');
        // Into protected memory without a string of it, and shared with the registry client (ghcr.io takes it too).
        const token = storage === 'github' ? secrets/* SecretBuffer */.pP.sharedFromEnv('GITHUB_TOKEN', context.env) : undefined;
        const repository = context.env.GITHUB_REPOSITORY;
        if (storage === 'github' && token === undefined)
            reader.report('storage', 'is github, which needs a token with attestations: write in GITHUB_TOKEN');
        if (storage === 'github' && !/^[^/\s]+\/[^/\s]+$/.test(repository ?? ''))
            reader.report('storage', 'is github, which needs the repository (owner/name) in GITHUB_REPOSITORY');
        const references = (0,registry/* readImageArguments */.As)(reader, args.positionals, 'subject', context.env);
        if (args.positionals.length === 0)
            reader.report('subject', 'is required: the images to attest');
        // The image flags' problems and the attestation flags' are reported together.
        // The paths the flags name, checked with them when a flag is refused: all problems at once.
        const named = [...(typeof args.values.predicate === 'string' ? [{ input: 'predicate', path: args.values.predicate, kind: 'file' }] : []), ...(0,paths.rawSigningPaths)(args.values)];
        const config = await (0,paths.readWithNamedPaths)((() => (0,inputs/* withEarlierIssues */.ZB)([...args.issues, ...reader.collected(), ...(0,signing_options/* keyedSigningIssues */._)(args.values)], (() => (0,attest/* attestConfig */.O)({ ...attesting, subject: args.positionals }, nameOf, { base: '.', outputDir: '.' })))), named, context.cwd, nameOf);
        await (0,paths.requireNamedPaths)([...(config.predicatePath === undefined ? [] : [{ input: 'predicate', path: config.predicatePath, kind: 'file' }]), ...(0,paths.signingPaths)(config.sign)], context.cwd, nameOf);
        const logger = (0,cli_logger/* stderrLogger */.D)(context.stderr, args.values.verbose === true);
        const epoch = context.env.SOURCE_DATE_EPOCH;
        const created = (epoch === undefined || epoch === '' ? clock/* systemClock */.ml : (0,clock/* clockFromSourceDateEpoch */.vv)(epoch)).now();
        const client = await (0,registry/* registryClientFor */.CA)(args.values, context.env, references, config.sign.retry);
        try {
            const subjects = await (0,resolve/* resolveImages */.Be)(client, references, { recursive: recursive === true, logger });
            const run = await (0,github_context/* readRunContext */.$p)(context.env);
            // Each image printed as soon as it holds its attestation: a later failure leaves the list of what was attached.
            const outcome = await attestImages(client, subjects, config, { cwd: context.cwd, env: context.env, run, logger, clock: clock/* systemClock */.ml }, { created, format, onAttached: ((attached) => context.stdout.write(`${(0,oci/* formatImageReference */.my)(attached.subject.reference)}\n`)) });
            if ('skipped' in outcome)
                return exit_codes/* EXIT */.d.OK;
            if (token !== undefined) {
                const [owner = '', repo = ''] = (repository ?? '').split('/');
                // Loaded here, after the registry client checked the proxy variables: the GitHub toolkit reads them as it loads and crashes on a bad one.
                const { createGitHubClient, storeAttestations } = await Promise.all(/* import() */[__webpack_require__.e(5054), __webpack_require__.e(9708)]).then(__webpack_require__.bind(__webpack_require__, 69708));
                const github = createGitHubClient({ token, serverUrl: run.serverURL, proxy: (0,proxy.proxySettingsFrom)(context.env), ...(context.env.GITHUB_API_URL === undefined || context.env.GITHUB_API_URL === '' ? {} : { apiUrl: context.env.GITHUB_API_URL }) });
                const stored = await storeAttestations({ client: github, owner, repo, bundles: outcome.result.attestations.map(((attestation) => attestation.bundle)), logger });
                for (const entry of stored)
                    if (entry.status === 'stored')
                        logger.info(`attestation stored on GitHub: ${entry.id}`);
            }
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var registryUsernameProblem = (function (username, env) {
    if (username.includes(':'))
        return 'holds a colon, which HTTP Basic authentication cannot carry in a user name (it separates the name from the password)';
    // eslint-disable-next-line no-control-regex -- what a header cannot carry
    if (/[\u0000-\u001f\u007f]/.test(username))
        return 'holds a control character, which an Authorization header cannot carry';
    return _images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL in env ? undefined : `needs the password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL}`;
});var readImageArguments = (function (reader, images, input, env) {
    const username = reader.string('registry-username');
    const problem = username === undefined ? undefined : registryUsernameProblem(username, env);
    if (problem !== undefined)
        reader.report('registry-username', problem);
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
/* harmony export */   dS: (() => (/* binding */ registryUsernameProblem)),
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
/**
 * What is wrong with a registry user name, if anything: HTTP Basic authentication (RFC 7617)
 * joins it to the password with a colon, so a name holding one logs in as someone else, or as no one.
 */

/** Parses IMAGE arguments, reporting each bad one against `input`; checks --registry-username (see {@link registryUsernameProblem}). */



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
        if (subjects.length === MAX_IMAGE_SUBJECTS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImagesError */ .x('IMAGES_TOO_MANY', `${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(subject.reference)} would be manifest ${MAX_IMAGE_SUBJECTS + 1} to sign; a run signs at most ${MAX_IMAGE_SUBJECTS}`, {
                hint: 'check what the index lists (--recursive, input "recursive: true", signs every manifest under it), or sign the platform manifests you mean by digest',
            });
        }
        seen.add((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(subject.reference));
        subjects.push(subject);
    });
    const walk = (async (index, depth) => {
        if (index.manifest.kind !== 'index')
            return;
        if (depth > MAX_INDEX_DEPTH) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImagesError */ .x('IMAGES_INDEX_TOO_DEEP', `${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(index.reference)} nests indexes more than ${MAX_INDEX_DEPTH} levels deep`, { hint: 'sign the platform manifests by digest instead of --recursive (input "recursive: true")' });
        }
        for (const child of index.manifest.manifest.manifests) {
            // An index may spell a digest in uppercase hex: signed as spelt, it would name a digest no verifier looks up, and repeat the lowercase entry.
            const pinned = { ...index.reference, digest: canonicalDigest(child.digest) };
            requireSha256(`${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(pinned)} (listed by ${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(index.reference)})`, pinned.digest);
            if (seen.has((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(pinned)))
                continue;
            // Signing a digest the registry does not have, or naming it by the index's word for its type and size, would attach referrers to nothing there.
            const fetched = await client.getManifest(pinned);
            add({ reference: fetched.reference, mediaType: fetched.mediaType, size: fetched.bytes.length });
            await walk(fetched, depth + 1);
        }
    });
    for (const reference of references) {
        if (reference.digest !== undefined)
            requireSha256((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(reference), reference.digest);
        const resolved = await client.resolve(reference);
        options.logger.info(`${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(reference)} is ${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(resolved.reference)}`);
        if (!seen.has((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(resolved.reference)))
            add({ reference: resolved.reference, mediaType: resolved.mediaType, size: resolved.bytes.length });
        if (options.recursive)
            await walk(resolved, 1);
    }
    return subjects;
});var canonicalDigest = (function (digest) {
    const { algorithm, hex } = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigestReference */ .Dn)(digest);
    return `${algorithm}:${hex}`;
});var requireSha256 = (function (shown, digest) {
    if (digest.startsWith('sha256:'))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImagesError */ .x('IMAGES_DIGEST_UNSUPPORTED', `${shown} is named by a ${digest.split(':', 1)[0] ?? ''} digest; images are signed and attested by their sha256 digest`, {
        hint: 'name the image by tag or by its sha256 digest (and list platform manifests by their sha256 digests in the index)',
    });
});var imageSubjectName = (function (subject) {
    return `${subject.reference.registry}/${subject.reference.repository}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: (() => (/* binding */ resolveImages)),
/* harmony export */   D$: (() => (/* binding */ imageSubjectName))
/* harmony export */ });
/* unused harmony export MAX_IMAGE_SUBJECTS */
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49103);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97547);



/** How deep `recursive` follows indexes listed in indexes: real ones nest one level, if at all. */
const MAX_INDEX_DEPTH = 8;
/**
 * The most manifests one run signs: a multi-arch image with an attestation manifest per platform
 * is a few dozen; an index of a registry's choosing can list tens of thousands in its 4 MiB, each
 * another certificate use and log entry, and nested indexes multiply them.
 */
const MAX_IMAGE_SUBJECTS = 1000;
/**
 * The manifests a run signs or attests: each reference's tag resolved once to its digest (logged),
 * and with `recursive` every manifest a multi-arch index lists after the index (indexes it lists
 * walked in turn, as cosign walks them), each fetched (checked against the digest its index lists)
 * and described as the registry serves it. Everything is resolved before anything is signed, so a
 * missing image fails the run before a certificate is asked for.
 */

/** `algorithm:hex` with the hex in lowercase (parseManifest has checked the digest's form). */

/** Refuses a manifest named by another digest than sha256: cosign and verify-image look an image's signatures up by its sha256 digest, so a signature of another would verify nowhere. */

/** The name an image's statements give it: its repository, as cosign names the subject of the statements it signs. */



/***/ }),

/***/ 99118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: (() => (/* binding */ OciError))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22331);


/**
 * An error parsing an image reference or talking to a registry. Its message and hint are redacted
 * as it is made: they may quote what a registry chose (a redirect's path, a challenge's realm),
 * which may echo the password, and by the time the error is printed the client is closed and the
 * password wiped, so the redaction at printing no longer knows it.
 */
class OciError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The HTTP status the registry answered with, when the error comes from one. */
    status;
    /** The wait the registry asked for (`Retry-After`) before trying again, in milliseconds. */
    retryAfterMs;
    constructor(code, message, options = {}) {
        super(code, (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message), options.hint === undefined ? options : { ...options, hint: (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(options.hint) });
        this.name = 'OciError';
        this.status = options.status;
        this.retryAfterMs = options.retryAfterMs;
    }
}


/***/ }),

/***/ 23940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var parseImageReference = (function (input) {
    // A reference written as a URL's authority with a password (user:password@host/..., the password holding a / or an @ too) would be
    // quoted back in every error and log line. In a reference an @ comes only before a digest (algorithm:hex).
    const authority = input.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const firstAt = authority.indexOf('@');
    if (firstAt !== -1 && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[^/@:]*$/i.test(authority.slice(firstAt + 1))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', 'an image reference holds an @ that no digest follows, as credentials would (user:password@ before the registry): references carry none, and it is not quoted here', {
            hint: 'name the image as registry/repository[:tag][@sha256:<hex>], and log in with --registry-username and the password in TRUST_KIT_REGISTRY_PASSWORD (or docker login)',
        });
    }
    const shown = JSON.stringify(input.length > 200 ? `${input.slice(0, 200)}...` : input);
    const invalid = ((why, hint = 'write it as [registry[:port]/]repository[:tag][@sha256:<hex>], e.g. ghcr.io/acme/app:v1') => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${why}`, { hint }));
    if (input.length === 0 || input.length > MAX_REFERENCE_LENGTH)
        throw invalid(`its length must be between 1 and ${MAX_REFERENCE_LENGTH}`);
    if (/\s/.test(input))
        throw invalid('it contains white space');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        try {
            const parsed = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigestReference */ .Dn)(rest.slice(at + 1));
            digest = `${parsed.algorithm}:${parsed.hex}`;
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${error.message}`, { cause: error, hint: error.hint });
        }
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(`tag "${tag.slice(0, 140)}" must be 1-128 letters, digits, _, . or -, not starting with . or -`);
    }
    const firstSlash = rest.indexOf('/');
    const first = firstSlash === -1 ? '' : rest.slice(0, firstSlash);
    const namesRegistry = firstSlash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
    let registry = namesRegistry ? first.toLowerCase() : DOCKER_HUB;
    let repository = namesRegistry ? rest.slice(firstSlash + 1) : rest;
    if (namesRegistry)
        checkRegistry(registry, invalid);
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw invalid('it names no repository');
    if (repository !== repository.toLowerCase()) {
        throw invalid('repository names must be lowercase', `write the repository as "${repository.toLowerCase()}"`);
    }
    if (repository.length > MAX_REPOSITORY_LENGTH)
        throw invalid(`the repository is longer than ${MAX_REPOSITORY_LENGTH} characters`);
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw invalid(`repository component "${component.slice(0, 140)}" must be lowercase letters and digits, separated by ., _, __ or -`);
        }
    }
    return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
});var checkRegistry = (function (registry, invalid) {
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(registry);
    const plain = /^([^:]+)(?::(\d+))?$/.exec(registry);
    const port = bracketed?.[2] ?? plain?.[2];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535 || port !== String(Number(port)))) {
        throw invalid(`registry port "${port}" must be a number from 1 to 65535`);
    }
    if (bracketed)
        return;
    const host = plain?.[1];
    if (host === undefined || host.length > 253 || !host.split('.').every(((label) => HOST_LABEL.test(label)))) {
        throw invalid(`registry "${registry.slice(0, 140)}" is not a host name with an optional port`);
    }
});var registryApiHost = (function (registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
});var formatImageReference = (function (reference) {
    return `${reference.registry}/${reference.repository}${reference.tag === undefined ? '' : `:${reference.tag}`}${reference.digest === undefined ? '' : `@${reference.digest}`}`;
});var withDigest = (function (reference, digest) {
    return { registry: reference.registry, repository: reference.repository, digest };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: (() => (/* binding */ registryApiHost)),
/* harmony export */   Xb: (() => (/* binding */ DOCKER_HUB)),
/* harmony export */   hQ: (() => (/* binding */ withDigest)),
/* harmony export */   my: (() => (/* binding */ formatImageReference)),
/* harmony export */   o_: (() => (/* binding */ parseImageReference))
/* harmony export */ });
/* unused harmony export DOCKER_HUB_API_HOST */
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99118);



/** Docker Hub under its canonical name; `index.docker.io` and `registry-1.docker.io` are aliases of it. */
const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API_HOST]);
// The distribution spec's grammar (distribution/reference): lowercase components joined by ., _, __ or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const MAX_REFERENCE_LENGTH = 4096;
const MAX_REPOSITORY_LENGTH = 255;
/**
 * Parses an image reference as docker does: a first path component that has a dot or a port, or is
 * `localhost`, names the registry, otherwise Docker Hub; Docker Hub's one-component names live under
 * `library/`. Repositories must be lowercase (a registry would store `Alpine` and `alpine` apart).
 */


/** The host (and port) to send registry API requests to for a registry name. */

/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */

/** The same repository pinned to `digest`, without the tag: what trust-kit signs. */



/***/ })

};
