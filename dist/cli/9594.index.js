export const id = 9594;
export const ids = [9594,3871];
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
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88927);
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

/***/ 30674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: (() => (/* binding */ SIGNING_OPTIONS))
/* harmony export */ });
/**
 * The signing flags every signing command takes (sign-blob, release, attest, sign-image,
 * attest-image): they are read by one configuration reader (src/config/sign.ts), so each command
 * declares all of them.
 */
const SIGNING_OPTIONS = {
    key: { type: 'string' },
    instance: { type: 'string' },
    'fulcio-url': { type: 'string' },
    'rekor-url': { type: 'string' },
    'rekor-version': { type: 'string' },
    'tsa-url': { type: 'string' },
    'signing-config': { type: 'string' },
    'trusted-root': { type: 'string' },
    'on-missing-token': { type: 'string' },
};


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
    if (type === 'custom' && predicateType === undefined)
        reader.report('predicate-type', 'is required for a custom predicate: a URI naming its type');
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

/***/ 56446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var outputProblem = (async function (path, cwd, directory) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    try {
        const isDirectory = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isDirectory();
        if (directory)
            return isDirectory ? undefined : `${path} is not a directory`;
        return isDirectory ? `${path} is a directory; name the file to write in it` : undefined;
    }
    catch (error) {
        const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return `${path} ${problem(error)}`;
    }
    // The nearest ancestor that exists must be a directory, for the missing ones to be made in it.
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target); dir !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir); dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory() ? undefined : `${path} cannot be written: ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, dir) || dir} is not a directory`;
        }
        catch (error) {
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOENT' && (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOTDIR')
                return `${path} ${problem(error)}`;
        }
    }
    return undefined;
});var problem = (function (error) {
    const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    if (code === 'ENOTDIR')
        return 'is not under a directory';
    return `cannot be read (${code ?? 'unknown error'})`;
});var requireNamedPaths = (async function (paths, cwd, nameOf, earlier = []) {
    const found = await Promise.all(paths.map((async ({ input, path, kind }) => {
        if (kind === 'output' || kind === 'output-directory') {
            const message = await outputProblem(path, cwd, kind === 'output-directory');
            return message === undefined ? undefined : { input: nameOf(input), message };
        }
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path));
        }
        catch (error) {
            // A link whose target is gone is there in a listing: said as such, not as a typo.
            const dangling = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT' && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path)).then(((link) => link.isSymbolicLink()), (() => false)));
            return { input: nameOf(input), message: dangling ? `${path} is a symbolic link to nothing (its target does not exist)` : `${path} ${problem(error)}` };
        }
        if (kind === 'file' && !info.isFile())
            return { input: nameOf(input), message: `${path} is not a file` };
        if (kind === 'directory' && !info.isDirectory())
            return { input: nameOf(input), message: `${path} is not a directory` };
        return undefined;
    })));
    // Problems found before (inputs that do not go together) are reported with the missing paths.
    const issues = [...earlier, ...found.filter(((issue) => issue !== undefined))];
    if (issues.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(issues);
});var subjectPaths = (function (input, subjects) {
    return subjects.filter(((subject) => !(0,_checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .mayBeGlob */ .jb)(subject))).map(((path) => ({ input, path, kind: 'any' })));
});var signingPaths = (function (config) {
    return [
        ...(config.key === undefined ? [] : [{ input: 'key', path: config.key, kind: 'file' }]),
        ...(config.signingConfig === undefined ? [] : [{ input: 'signing-config', path: config.signingConfig, kind: 'file' }]),
        ...(config.trustedRoot === undefined ? [] : [{ input: 'trusted-root', path: config.trustedRoot, kind: 'file' }]),
    ];
});var releasePaths = (function (config) {
    return [
        { input: 'base', path: config.base, kind: 'directory' },
        ...(config.sign === undefined ? [] : signingPaths(config.sign)),
        ...(config.sbom === undefined ? [] : [{ input: 'sbom-path', path: config.sbom.path, kind: 'directory' }]),
        ...subjectPaths('subject-path', config.subjects),
    ];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: (() => (/* binding */ signingPaths)),
/* harmony export */   ul: (() => (/* binding */ releasePaths)),
/* harmony export */   xF: (() => (/* binding */ requireNamedPaths))
/* harmony export */ });
/* unused harmony export subjectPaths */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90522);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66097);





/** Why a file (or directory) cannot be written at `path`, known before any work: something of the other kind is there, or an existing ancestor is no directory. */


/**
 * Checks that every path the inputs name exists and is of the right kind, before anything is
 * hashed, fetched or written, and throws one {@link ConfigError} listing every missing one after the
 * `earlier` problems of other inputs.
 * A file that goes away later still fails where it is read, with that step's code.
 */

/**
 * The subjects of a list input that name a path rather than a glob, each of which must exist: a
 * typo, or a YAML comment line taken for a path, is then named under its input with every other
 * one, before anything is hashed. A glob that matches nothing is reported where it is expanded.
 */

/** The files signing reads besides its subjects: the key and the trusted root, when given. */

/** What a release reads (the base directory, the signing key and trusted root, the SBOM's project, the subjects that are no glob), to be checked before its first step. */



/***/ }),

/***/ 5297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var url = (function (reader, name) {
    const value = reader.string(name);
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        // Quoted without credentials: a private instance's URL may carry a password (refused below, once it parses).
        reader.report(name, `"${(0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__.urlWithoutCredentials)(value)}" is not a URL`);
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        reader.report(name, `"${(0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__.urlWithoutCredentials)(value)}" is not an http(s) URL`);
    else if (parsed.username !== '' || parsed.password !== '')
        reader.report(name, 'must not carry credentials');
    // The clients append `/api/...` to the URL, so a query would swallow the path; and whatever it
    // carries (often a token) would be echoed in every log line and error that names the service.
    else if (parsed.search !== '' || parsed.hash !== '')
        reader.report(name, 'must be a base URL without a query string or fragment');
    return value;
});var signConfig = (function (raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(raw, nameOf);
    const checksums = reader.string('checksums');
    const files = [...(checksums === undefined ? [] : [checksums]), ...reader.list('subject-path')];
    if (files.length === 0)
        reader.report('subject-path', 'names no file to sign');
    const bundle = reader.string('bundle');
    if (bundle !== undefined && files.length > 1)
        reader.report('bundle', `names one bundle for ${files.length} files; leave it out to write <file>.sigstore.json next to each`);
    const instance = reader.choice('instance', INSTANCE_CHOICES, 'auto');
    const key = reader.string('key');
    if (key !== undefined && instance !== 'auto' && instance !== 'key')
        reader.report('key', `is a local key, but instance is "${instance}" (keyless); drop one of them`);
    if (instance === 'key' && key === undefined)
        reader.report('key', 'is required with instance "key"; create one with `trust-kit generate-key-pair`');
    const config = {
        files,
        bundle,
        instance,
        key,
        fulcioURL: url(reader, 'fulcio-url'),
        rekorURL: url(reader, 'rekor-url'),
        tsaURL: url(reader, 'tsa-url'),
        rekorVersion: reader.choice('rekor-version', ['1', '2'], '1') === '2' ? 2 : 1,
        signingConfig: reader.string('signing-config'),
        trustedRoot: reader.string('trusted-root'),
        onMissingToken: reader.choice('on-missing-token', ['fail', 'warn', 'skip'], 'fail'),
        retry: _core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY_POLICY */ .cO,
    };
    if (config.rekorURL !== undefined && instance === 'github') {
        reader.report('rekor-url', 'GitHub\'s instance writes no transparency log (a private repository\'s name must not reach a public log); use instance "public-good" to log');
    }
    if ((config.rekorURL !== undefined || config.tsaURL !== undefined || config.fulcioURL !== undefined || config.signingConfig !== undefined) && (instance === 'key' || (instance === 'auto' && key !== undefined))) {
        reader.report('key', `signs locally and offline; ${nameOf('fulcio-url')}, ${nameOf('rekor-url')}, ${nameOf('tsa-url')} and ${nameOf('signing-config')} apply to keyless signing only`);
    }
    if (config.signingConfig !== undefined && (config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined)) {
        reader.report('signing-config', `names the services itself; drop ${nameOf('fulcio-url')}, ${nameOf('rekor-url')} and ${nameOf('tsa-url')}, or the signing config`);
    }
    if (config.rekorVersion === 2 && config.rekorURL === undefined)
        reader.report('rekor-version', `applies to ${nameOf('rekor-url')}, which is not given (a signing config names each log's version itself)`);
    else if (config.rekorVersion === 2 && config.tsaURL === undefined)
        reader.report('rekor-version', `is 2, and Rekor v2 entries carry no integration time: give ${nameOf('tsa-url')} as well, so a timestamp authority dates the signature`);
    reader.finish();
    return config;
});var signingTrustIssues = (function (config, nameOf) {
    const keyed = config.instance === 'key' || (config.instance === 'auto' && config.key !== undefined);
    if (config.trustedRoot !== undefined || keyed)
        return [];
    const custom = [...(config.fulcioURL === undefined ? [] : ['fulcio-url']), ...(config.rekorURL === undefined ? [] : ['rekor-url'])];
    const what = config.signingConfig !== undefined
        ? nameOf('signing-config')
        : custom.length > 0
            ? `custom Sigstore URLs (${custom.map(nameOf).join(', ')})`
            : config.instance === 'github' && config.tsaURL !== undefined
                ? `GitHub's instance and ${nameOf('tsa-url')}`
                : undefined;
    if (what === undefined)
        return [];
    return [{ input: nameOf('trusted-root'), message: `is required to sign keylessly with ${what}: every bundle is verified against it before it is written; give the trusted_root.json of that Sigstore deployment` }];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: (() => (/* binding */ signConfig))
/* harmony export */ });
/* unused harmony exports INSTANCE_CHOICES, signingTrustIssues */
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7493);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);



/** Values of `instance`. */
const INSTANCE_CHOICES = ['auto', 'public-good', 'github', 'key'];

/**
 * Validates signing inputs (`checksums`, `subject-path`, `bundle`, `instance`, `key`, `fulcio-url`, `rekor-url`,
 * `rekor-version`, `tsa-url`, `signing-config`, `trusted-root`, `on-missing-token`), reporting every problem at once.
 */

/**
 * What keyless signing cannot do without a trusted root, known from the inputs alone: a signing
 * config's services, a custom Fulcio or Rekor, GitHub's instance with a custom TSA. The signing
 * session refuses these too, but only as it opens, after the artifacts were hashed.
 */



/***/ }),

/***/ 91601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var fixedClock = (function (at) {
    const ms = at.getTime();
    return { now: (() => new Date(ms)) };
});var clockFromSourceDateEpoch = (function (value, fallback = systemClock) {
    if (value === undefined || value === '')
        return fallback;
    if (!/^\d{1,12}$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_INVALID_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH is "${value.slice(0, 40)}", not a whole number of seconds since 1970-01-01T00:00:00Z`, { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' });
    }
    return fixedClock(new Date(Number(value) * 1000));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ml: (() => (/* binding */ systemClock)),
/* harmony export */   vv: (() => (/* binding */ clockFromSourceDateEpoch))
/* harmony export */ });
/* unused harmony export fixedClock */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** The wall clock. */
const systemClock = { now: (() => new Date()) };
/** A clock frozen at one instant, for tests and for reproducible builds. */

/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org) when it is set, the wall clock otherwise.
 */



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
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
});var hashFile = (async function (path, algorithms) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    // Never a pipe or a device: one would block the open or never end.
    const { handle, size: expected } = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .qg)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' });
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
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Reads are synchronous into one buffer, in runs of
 * {@link BYTES_PER_TURN} with a turn of the event loop between them: reads handed to the thread
 * pool, with two buffers taking turns, were 5% slower and noisier on 1 GiB (each chunk is copied
 * on one core and hashed on another, and no longer fits either's cache).
 */



/***/ })

};
