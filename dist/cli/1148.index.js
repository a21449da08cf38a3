export const id = 1148;
export const ids = [1148,3871];
export const modules = {

/***/ 47236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var collectSubjects = (async function (config, ports, options = {}) {
    const sources = [];
    sources.push(config.subjectReferences.map(_subjects_js__WEBPACK_IMPORTED_MODULE_10__/* .parseSubjectReference */ .nf));
    if (config.checksums !== undefined)
        sources.push(await (0,_subjects_js__WEBPACK_IMPORTED_MODULE_10__/* .subjectsFromChecksums */ .UH)(config.checksums, { cwd: ports.cwd }));
    sources.push(await (0,_subjects_js__WEBPACK_IMPORTED_MODULE_10__/* .subjectsFromPaths */ .wt)(config.subjectPaths, { cwd: ports.cwd, base: config.base }));
    const named = config.subjectPaths.length > 0 || config.subjectReferences.length > 0 || config.checksums !== undefined;
    if (!named && ports.artifactsList !== undefined && ports.artifactsList !== '')
        sources.push(await (0,_subjects_js__WEBPACK_IMPORTED_MODULE_10__/* .subjectsFromArtifactsList */ .PY)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, ports.artifactsList)));
    return (0,_subjects_js__WEBPACK_IMPORTED_MODULE_10__/* .mergeSubjects */ .Wj)(sources, options);
});var readDocument = (async function (path, cwd) {
    try {
        // A bigger file is refused by its size, before it is read, parsed or signed.
        return await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path), { maxBytes: _statement_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_PREDICATE_BYTES */ .pB, what: 'predicate', shown: path });
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error) && error.code === 'FILE_TOO_LARGE') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AttestError */ .y('ATTEST_PREDICATE_TOO_LARGE', `${path} is more than the ${_statement_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_PREDICATE_BYTES */ .pB} bytes (16 MB) a predicate may have; nothing was signed`, {
                cause: error,
                hint: 'GitHub refuses larger attestations; attest a smaller document (e.g. an SBOM without file-level entries)',
            });
        }
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AttestError */ .y('ATTEST_PREDICATE_INVALID', `cannot read the predicate ${path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .systemErrorCode */ .vq)(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, { cause: error, hint: 'check the path; it is relative to the working directory' });
    }
});var documentPredicate = (async function (type, config, cwd) {
    const path = config.predicatePath ?? '';
    const bytes = await readDocument(path, cwd);
    return type === 'sbom' ? (0,_predicates_index_js__WEBPACK_IMPORTED_MODULE_6__/* .predicateFromSbom */ .xZ)(bytes, path) : (0,_predicates_index_js__WEBPACK_IMPORTED_MODULE_6__/* .predicateFromDocument */ .X2)(type, bytes, path, config.predicateType);
});var runAttestation = (async function (config, ports, options = {}) {
    const [subjects, documentPredicateValue] = await Promise.all([collectSubjects(config, ports, options), config.type === 'slsaprovenance' ? undefined : documentPredicate(config.type, config, ports.cwd)]);
    const keyless = config.sign.key === undefined;
    let tokens;
    let statements;
    if (documentPredicateValue === undefined) {
        tokens = await (0,_provenance_js__WEBPACK_IMPORTED_MODULE_7__/* .requestAttestationTokens */ .qD)(ports.env, config.sign.retry, keyless);
        if (tokens === undefined) {
            const error = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_7__/* .provenanceUnavailable */ .k$)();
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
            predicate = await (0,_provenance_js__WEBPACK_IMPORTED_MODULE_7__/* .provenanceFromToken */ .xt)(tokens.claims, {
                serverURL: ports.run.serverURL,
                payload: ports.run.payload,
                clock: ports.clock,
                retry: config.sign.retry,
                audience: tokens.audience,
                discoveryURL: config.oidcDiscoveryURL,
                proxy: (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_3__.proxySettingsFrom)(ports.env),
            });
            statements = (0,_statement_js__WEBPACK_IMPORTED_MODULE_9__/* .buildStatements */ .n5)(subjects, predicate, { perSubject: config.perSubject });
        }
        catch (error) {
            tokens.signing?.secret.destroy();
            tokens.signing?.renewal?.forget();
            throw error;
        }
    }
    else {
        statements = (0,_statement_js__WEBPACK_IMPORTED_MODULE_9__/* .buildStatements */ .n5)(subjects, documentPredicateValue, { perSubject: config.perSubject });
    }
    if (config.bundle !== undefined && statements.length > 1) {
        tokens?.signing?.secret.destroy();
        tokens?.signing?.renewal?.forget();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AttestError */ .y('ATTEST_SUBJECT_INVALID', `--bundle names one bundle, but ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_11__/* .counted */ .h)(subjects.length, 'subject')} make ${statements.length} statements`, {
            hint: 'leave out the bundle path: every bundle is written to <name>.intoto.jsonl (and per subject with per-subject)',
        });
    }
    const opened = await (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openSigningSession */ .ob)(config.sign, {
        cwd: ports.cwd,
        env: ports.env,
        run: ports.run,
        logger: ports.logger,
        ...(tokens?.signing === undefined ? {} : { token: tokens.signing }),
    });
    if (opened.session === undefined)
        return { skipped: opened.reason };
    ports.logger.info(`attesting ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_11__/* .counted */ .h)(subjects.length, 'subject')} (${statements[0]?.predicateType ?? ''}) in ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_11__/* .counted */ .h)(statements.length, 'statement')} with ${opened.description}`);
    const attestations = await (0,_sign_js__WEBPACK_IMPORTED_MODULE_8__/* .signStatements */ .Kv)(opened.session, statements);
    opened.close();
    const files = await (0,_sign_js__WEBPACK_IMPORTED_MODULE_8__/* .writeAttestations */ .vQ)(attestations, {
        dir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.outputDir),
        bundlePath: config.bundle === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.bundle),
        perSubject: config.perSubject,
    });
    return {
        subjects,
        predicateType: statements[0]?.predicateType ?? '',
        attestations,
        files,
        instance: opened.session.instance,
        description: opened.description,
        signer: opened.signer,
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: (() => (/* binding */ runAttestation))
/* harmony export */ });
/* unused harmony export collectSubjects */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62164);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32985);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16327);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65799);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98114);
/* harmony import */ var _predicates_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21957);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86897);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1880);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(98316);
/* harmony import */ var _subjects_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(82728);












/** The subjects a config names (and the runner's artifacts list when it names none), merged and checked. */


/** The predicate of a document type, read from its file. */

/**
 * Attests subjects as a config says: collects and checks the subjects, builds the predicate (SLSA
 * provenance from the verified claims token, or the document's), splits the statements, then signs
 * them all with one session (one certificate, one log entry per statement) and writes
 * `<name>.intoto.jsonl` and `<name>.sigstore.json`. Everything that can be wrong with the inputs
 * fails before a token is requested or anything is signed.
 */



/***/ }),

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
 * cosign3, as cosign 2 does (a layer of the `sha256-<hex>.att` manifest).
 */


// EXTERNAL MODULE: ./lib/secrets/index.js + 12 modules
var secrets = __webpack_require__(39883);
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
        const config = (0,inputs/* withEarlierIssues */.ZB)([...reader.collected(), ...(0,signing_options/* keyedSigningIssues */._)(args.values)], (() => (0,attest/* attestConfig */.O)({ ...attesting, subject: args.positionals }, nameOf, { base: '.', outputDir: '.' })));
        await (0,paths.requireNamedPaths)([...(config.predicatePath === undefined ? [] : [{ input: 'predicate', path: config.predicatePath, kind: 'file' }]), ...(0,paths.signingPaths)(config.sign)], context.cwd, nameOf);
        const logger = (0,cli_logger/* stderrLogger */.D)(context.stderr, args.values.verbose === true);
        const epoch = context.env.SOURCE_DATE_EPOCH;
        const created = (epoch === undefined || epoch === '' ? clock/* systemClock */.ml : (0,clock/* clockFromSourceDateEpoch */.vv)(epoch)).now();
        const client = await (0,registry/* registryClientFor */.CA)(args.values, context.env, references, config.sign.retry);
        try {
            const subjects = await (0,resolve/* resolveImages */.Be)(client, references, { recursive: recursive === true, logger });
            const run = await (0,github_context/* readRunContext */.$)(context.env);
            const outcome = await attestImages(client, subjects, config, { cwd: context.cwd, env: context.env, run, logger, clock: clock/* systemClock */.ml }, { created, format });
            if ('skipped' in outcome)
                return exit_codes/* EXIT */.d.OK;
            if (token !== undefined) {
                const [owner = '', repo = ''] = (repository ?? '').split('/');
                // Loaded here, after the registry client checked the proxy variables: the GitHub toolkit reads them as it loads and crashes on a bad one.
                const { createGitHubClient, storeAttestations } = await Promise.all(/* import() */[__webpack_require__.e(5054), __webpack_require__.e(7327)]).then(__webpack_require__.bind(__webpack_require__, 69708));
                const github = createGitHubClient({ token, serverUrl: run.serverURL, proxy: (0,proxy.proxySettingsFrom)(context.env), ...(context.env.GITHUB_API_URL === undefined || context.env.GITHUB_API_URL === '' ? {} : { apiUrl: context.env.GITHUB_API_URL }) });
                const stored = await storeAttestations({ client: github, owner, repo, bundles: outcome.result.attestations.map(((attestation) => attestation.bundle)), logger });
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

/***/ 62657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var attestConfig = (function (raw, nameOf, defaults) {
    const issues = [];
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i_(raw, nameOf);
    const predicatePath = reader.string('predicate');
    const predicateType = reader.string('predicate-type');
    const sbomPath = reader.string('sbom-path');
    const named = reader.string('type') === undefined ? undefined : reader.choice('type', ATTEST_TYPE_CHOICES, 'slsaprovenance');
    // Without a type: a custom predicate when one is given, an SBOM for sbom-path, provenance otherwise (actions/attest's modes).
    let type = named ?? (sbomPath !== undefined ? 'sbom' : predicatePath !== undefined || predicateType !== undefined ? 'custom' : 'slsaprovenance');
    if (sbomPath !== undefined && (predicatePath !== undefined || predicateType !== undefined))
        reader.report('sbom-path', 'attests an SBOM; it cannot be combined with predicate or predicate-type');
    if (sbomPath !== undefined && named !== undefined && named !== 'spdx' && named !== 'cyclonedx')
        reader.report('type', `is "${named}", but sbom-path names an SBOM`);
    if (sbomPath !== undefined && named === undefined)
        type = 'sbom';
    const document = sbomPath ?? predicatePath;
    if (type === 'slsaprovenance' && predicatePath !== undefined)
        reader.report('predicate', 'is not used for SLSA provenance, which is built from the run; drop it or pick --type spdx|cyclonedx|custom');
    if (type !== 'slsaprovenance' && document === undefined)
        reader.report('predicate', `is required for type "${type}": the JSON document to attest`);
    if (type === 'custom' && predicateType === undefined) {
        if (named === undefined) {
            // The user gave a document and no type: likely an SBOM, which its name may say (trust-kit's own sbom.spdx.json, sbom.cdx.json, sbom.cdx-1.5.json).
            const sbomTypes = /\.spdx\.json$/i.test(predicatePath ?? '') ? ['spdx'] : /\.cdx(-[\d.]+)?\.json$/i.test(predicatePath ?? '') ? ['cyclonedx'] : ['spdx', 'cyclonedx'];
            reader.report('predicate-type', `is required with ${nameOf('predicate')} and no ${nameOf('type')}, which attests it as a custom predicate of the type this URI names; to attest an SBOM, add ${sbomTypes.map(((sbomType) => `${nameOf('type')} ${sbomType}`)).join(' or ')}`);
        }
        else
            reader.report('predicate-type', 'is required for a custom predicate: a URI naming its type');
    }
    if (type !== 'custom' && predicateType !== undefined)
        reader.report('predicate-type', `is for custom predicates; type "${type}" has its own`);
    const subjectPaths = reader.list('subject-path');
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
        base: reader.string('base', defaults.base) ?? defaults.base,
        perSubject: reader.boolean('per-subject', false),
        bundle: reader.string('bundle'),
        outputDir: reader.string('output-dir', defaults.outputDir) ?? defaults.outputDir,
        oidcDiscoveryURL: discovery,
    };
    try {
        reader.finish();
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL))
            throw error;
        issues.push(...error.issues);
    }
    let sign;
    try {
        // Statements are signed, not files: the subject list only satisfies the signing inputs' check.
        sign = (0,_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .signConfig */ .C3)({ ...raw, 'subject-path': ['statement'], checksums: undefined, bundle: undefined }, nameOf);
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL))
            throw error;
        issues.push(...error.issues);
    }
    if (issues.length > 0 || sign === undefined)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(issues);
    return { ...config, sign };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: (() => (/* binding */ attestConfig))
/* harmony export */ });
/* unused harmony export ATTEST_TYPE_CHOICES */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5297);


/** The attestation types a user may name. */
const ATTEST_TYPE_CHOICES = ['slsaprovenance', 'spdx', 'cyclonedx', 'custom'];
/**
 * Validates attestation inputs (`type`, `predicate`, `predicate-type`, `subject-path`, `subject`,
 * `checksums`, `base`, `per-subject`, `bundle`, `output-dir`, `oidc-discovery-url`, and the
 * signing inputs), reporting every problem at once. `defaults.type` is the type when none is named.
 */



/***/ }),

/***/ 91601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var fixedClock = (function (at) {
    // From plain JavaScript a string failed on getTime with a TypeError, and an invalid Date only when a document was written.
    // Told by its tag, not instanceof: a Date of another realm (a vm context) is one too.
    const isDate = Object.prototype.toString.call(at) === '[object Date]';
    if (!isDate || Number.isNaN(at.getTime())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_ARGUMENT_INVALID', `fixedClock was given ${isDate ? 'an invalid Date' : (0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(at)}, not a valid Date`, { hint: 'pass a Date, e.g. fixedClock(new Date(\'2025-01-01T00:00:00Z\'))' });
    }
    const ms = at.getTime();
    return { now: (() => new Date(ms)) };
});var clockFromSourceDateEpoch = (function (value, fallback = systemClock) {
    if (value === undefined || value === '')
        return fallback;
    const at = epochSecondsDate(value);
    if (at === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_INVALID_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(value, 40)}, not a whole number of seconds since 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z`, { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' });
    }
    return fixedClock(at);
});var epochSecondsDate = (function (text) {
    return /^\d{1,12}$/.test(text) && Number(text) <= LATEST_EPOCH_SECONDS ? new Date(Number(text) * 1000) : undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fO: (() => (/* binding */ epochSecondsDate)),
/* harmony export */   ml: (() => (/* binding */ systemClock)),
/* harmony export */   vv: (() => (/* binding */ clockFromSourceDateEpoch))
/* harmony export */ });
/* unused harmony export fixedClock */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


/** The wall clock. */
const systemClock = { now: (() => new Date()) };
/** A clock frozen at one instant, for tests and for reproducible builds (CLOCK_ARGUMENT_INVALID unless `at` is a valid Date). */

/**
 * The latest time taken from SOURCE_DATE_EPOCH or a commit: 9999-12-31T23:59:59Z. Past it, ISO
 * 8601 years have six digits (`+010000-01-01`), which SPDX's `created`, CycloneDX's `timestamp`
 * and in-toto's times do not admit.
 */
const LATEST_EPOCH_SECONDS = 253_402_300_799;
/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org, in decimal digits; leading zeros are decimal too) when it is
 * set, the wall clock otherwise (empty counts as unset).
 */

/** The instant `text` (decimal seconds since the Unix epoch) names, or undefined when it names none up to 9999-12-31T23:59:59Z. */



/***/ }),

/***/ 53871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isDigestAlgorithm = (function (value) {
    return DIGEST_ALGORITHMS.includes(value);
});var hexLength = (function (algorithm) {
    return HEX_LENGTH[algorithm];
});var isHexDigest = (function (algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
});var digestBytes = (function (algorithm, bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex');
});var parseDigestReference = (function (value) {
    // A library caller in plain JavaScript: a number or undefined failed on `slice` with a TypeError.
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `the digest is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
});var changedWhileRead = (function (before, after, bytesRead) {
    return before.size !== bytesRead || after.size !== bytesRead || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs;
});var hashFile = (async function (path, algorithms, named = {}) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    // Never a pipe or a device: one would block the open or never end.
    const opened = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .qg)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }) });
    const { handle, size: expected } = opened;
    let size = 0;
    try {
        const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(expected, 64 * 1024)));
        let sinceTurn = 0;
        for (let read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer); read > 0; read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer)) {
            const bytes = buffer.subarray(0, read);
            for (const [, hash] of hashes)
                hash.update(bytes);
            size += read;
            sinceTurn += read;
            if (sinceTurn >= BYTES_PER_TURN) {
                sinceTurn = 0;
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setImmediate)();
            }
        }
        if (changedWhileRead(opened, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(handle.fd), size)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('FILE_CHANGED', `${named.what ?? 'file'} ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .shownFile */ .G)(named.shown ?? path)} changed while it was read (${size} bytes read, ${expected} when it was opened)`, {
                hint: 'something wrote to it meanwhile: make sure nothing writes to it until trust-kit is done, then run again',
            });
        }
    }
    finally {
        await handle.close();
    }
    const digest = {};
    for (const [algorithm, hash] of hashes)
        digest[algorithm] = hash.digest('hex');
    return { digest, size };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: (() => (/* binding */ hashFile)),
/* harmony export */   Dn: (() => (/* binding */ parseDigestReference)),
/* harmony export */   E6: (() => (/* binding */ hexLength)),
/* harmony export */   MF: (() => (/* binding */ DIGEST_ALGORITHMS)),
/* harmony export */   QN: (() => (/* binding */ digestBytes)),
/* harmony export */   Wb: (() => (/* binding */ isDigestAlgorithm))
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. */
const DIGEST_ALGORITHMS = ['sha256', 'sha512'];
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */

/** The length in hex characters of a digest made with `algorithm`. */

/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */

/** The digest of bytes already in memory. */

/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */

/**
 * Bytes per read: small enough that a chunk is still in the CPU's cache when it is hashed, big
 * enough that calls cost little. On 1 GiB, 256 KiB reads hash at openssl's speed; 64 KiB reads
 * cost 3% more, 4 MiB reads about 5% (the chunk no longer fits the cache).
 */
const READ_CHUNK = 256 * 1024;
/** Bytes hashed between two turns of the event loop: a few milliseconds, so signals and timers are never held up for long. */
const BYTES_PER_TURN = 16 * 1024 * 1024;
/**
 * Whether a file read through one descriptor changed during the read: a size other than the bytes
 * read, or a write (modification or change time moved) between the two looks. Not seen: a write of
 * the same size in the same tick of the kernel's coarse clock (a few milliseconds) as the first
 * look, which leaves both times as they were.
 */

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
                hint: 'check what the index lists (--recursive signs every manifest under it), or sign the platform manifests you mean by digest',
            });
        }
        seen.add((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(subject.reference));
        subjects.push(subject);
    });
    const walk = (async (index, depth) => {
        if (index.manifest.kind !== 'index')
            return;
        if (depth > MAX_INDEX_DEPTH) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImagesError */ .x('IMAGES_INDEX_TOO_DEEP', `${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(index.reference)} nests indexes more than ${MAX_INDEX_DEPTH} levels deep`, { hint: 'sign the platform manifests by digest instead of --recursive' });
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

/** An error parsing an image reference or talking to a registry. */
class OciError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The HTTP status the registry answered with, when the error comes from one. */
    status;
    /** The wait the registry asked for (`Retry-After`) before trying again, in milliseconds. */
    retryAfterMs;
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'OciError';
        this.status = options.status;
        this.retryAfterMs = options.retryAfterMs;
    }
}


/***/ }),

/***/ 23940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var parseImageReference = (function (input) {
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
