export const id = 8894;
export const ids = [8894,3871];
export const modules = {

/***/ 47236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var collectSubjects = (async function (config, ports, options = {}) {
    const sources = [];
    sources.push(config.subjectReferences.map(_subjects_js__WEBPACK_IMPORTED_MODULE_12__/* .parseSubjectReference */ .nf));
    if (config.checksums !== undefined)
        sources.push(await (0,_subjects_js__WEBPACK_IMPORTED_MODULE_12__/* .subjectsFromChecksums */ .UH)(config.checksums, { cwd: ports.cwd }));
    // A run's own kind of output (bundles, attestation files) that a directory or glob finds in the output directory is an
    // earlier run's, about to be replaced or left beside this run's: never a subject. A file named as such is one.
    const outputDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.bundle === undefined ? config.outputDir : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(config.bundle));
    const named = new Set(config.subjectPaths.map(((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, path))));
    const files = (await (0,_subjects_js__WEBPACK_IMPORTED_MODULE_12__/* .subjectFilesFromPaths */ .A8)(config.subjectPaths, { cwd: ports.cwd, base: config.base })).filter((({ path }) => named.has(path) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path) !== outputDir || !/\.(?:sigstore\.json|intoto\.jsonl)$/.test(path)));
    sources.push(files.map((({ subject }) => subject)));
    const anyNamed = config.subjectPaths.length > 0 || config.subjectReferences.length > 0 || config.checksums !== undefined;
    if (!anyNamed && ports.artifactsList !== undefined && ports.artifactsList !== '')
        sources.push(await (0,_subjects_js__WEBPACK_IMPORTED_MODULE_12__/* .subjectsFromArtifactsList */ .PY)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, ports.artifactsList)));
    const merged = (0,_subjects_js__WEBPACK_IMPORTED_MODULE_12__/* .mergeSubjects */ .Wj)(sources, options);
    if (options.byDigest !== true)
        await (0,_subjects_js__WEBPACK_IMPORTED_MODULE_12__/* .refuseForeignDigests */ .g3)(merged, files);
    return merged;
});var readDocument = (async function (path, cwd) {
    try {
        // A bigger file is refused by its size, before it is read, parsed or signed.
        return await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path), { maxBytes: _statement_js__WEBPACK_IMPORTED_MODULE_11__/* .MAX_PREDICATE_BYTES */ .pB, what: 'predicate', shown: path });
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error) && error.code === 'FILE_TOO_LARGE') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AttestError */ .y('ATTEST_PREDICATE_TOO_LARGE', `${path} is more than the ${_statement_js__WEBPACK_IMPORTED_MODULE_11__/* .MAX_PREDICATE_BYTES */ .pB} bytes (16 MB) a predicate may have; nothing was signed`, {
                cause: error,
                hint: 'GitHub refuses larger attestations; attest a smaller document (e.g. an SBOM without file-level entries)',
            });
        }
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AttestError */ .y('ATTEST_PREDICATE_INVALID', `cannot read the predicate ${path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .systemErrorCode */ .vq)(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, { cause: error, hint: 'check the path; it is relative to the working directory' });
    }
});var documentPredicate = (async function (type, config, cwd) {
    const path = config.predicatePath ?? '';
    const bytes = await readDocument(path, cwd);
    return type === 'sbom' ? (0,_predicates_index_js__WEBPACK_IMPORTED_MODULE_8__/* .predicateFromSbom */ .xZ)(bytes, path) : (0,_predicates_index_js__WEBPACK_IMPORTED_MODULE_8__/* .predicateFromDocument */ .X2)(type, bytes, path, config.predicateType);
});var contradictedRunClaims = (function (provenance, signing) {
    return RUN_CLAIMS.filter(((claim) => signing[claim] !== undefined && String(signing[claim]) !== String(provenance[claim]))).map(((claim) => `${claim} ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(String(provenance[claim] ?? ''))}, where the signing token says ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(String(signing[claim]))}`));
});var runAttestation = (async function (config, ports, options = {}) {
    const [subjects, documentPredicateValue] = await Promise.all([collectSubjects(config, ports, options), config.type === 'slsaprovenance' ? undefined : documentPredicate(config.type, config, ports.cwd)]);
    const keyless = config.sign.key === undefined;
    let tokens;
    let statements;
    if (documentPredicateValue === undefined) {
        tokens = await (0,_provenance_js__WEBPACK_IMPORTED_MODULE_9__/* .requestAttestationTokens */ .qD)(ports.env, config.sign.retry, keyless);
        if (tokens === undefined) {
            // Inside a job, why it has none (a fork's pull request, no permission); outside one, a SIGSTORE_ID_TOKEN makes no provenance.
            const error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .provenanceUnavailable */ .k)(ports.env.GITHUB_ACTIONS === 'true' ? (0,_github_oidc_js__WEBPACK_IMPORTED_MODULE_4__.missingTokenError)(ports.env, ports.run.payload) : undefined);
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
            predicate = await (0,_provenance_js__WEBPACK_IMPORTED_MODULE_9__/* .provenanceFromToken */ .xt)(tokens.claims, {
                serverURL: ports.run.serverURL,
                payload: ports.run.payload,
                clock: ports.clock,
                retry: config.sign.retry,
                audience: tokens.audience,
                discoveryURL: config.oidcDiscoveryURL,
                proxy: (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_5__.proxySettingsFrom)(ports.env),
            });
            statements = (0,_statement_js__WEBPACK_IMPORTED_MODULE_11__/* .buildStatements */ .n5)(subjects, predicate, { perSubject: config.perSubject });
        }
        catch (error) {
            tokens.signing?.secret.destroy();
            tokens.signing?.renewal?.forget();
            throw error;
        }
    }
    else {
        statements = (0,_statement_js__WEBPACK_IMPORTED_MODULE_11__/* .buildStatements */ .n5)(subjects, documentPredicateValue, { perSubject: config.perSubject });
    }
    // A run that fails before it signs destroys the signing token it was given, and its renewal.
    const forgetSigningToken = (() => {
        tokens?.signing?.secret.destroy();
        tokens?.signing?.renewal?.forget();
    });
    if (config.bundle !== undefined && statements.length > 1) {
        forgetSigningToken();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AttestError */ .y('ATTEST_SUBJECT_INVALID', `--bundle names one bundle, but ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_13__/* .counted */ .h)(subjects.length, 'subject')} make ${statements.length} statements`, {
            hint: 'leave out the bundle path: every bundle is written to <name>.intoto.jsonl (and per subject with per-subject)',
        });
    }
    const fileOptions = { dir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.outputDir), bundlePath: config.bundle === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.bundle), perSubject: config.perSubject };
    // Named before anything is signed: a name too long to write failed after the log entries were made.
    const planned = (0,_sign_js__WEBPACK_IMPORTED_MODULE_10__/* .attestationPaths */ .r0)(statements, fileOptions);
    const tooLong = [planned.jsonl, ...planned.bundles].filter(_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .nameTooLong */ .W1);
    if (tooLong.length > 0) {
        forgetSigningToken();
        const shown = tooLong.slice(0, 3).map(((path) => `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path), 300)} (${Buffer.byteLength((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path))} bytes)`)).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AttestError */ .y('ATTEST_SUBJECT_INVALID', `the attestation's files would be named ${shown}${tooLong.length > 3 ? ` and ${tooLong.length - 3} more` : ''}, longer than the ${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg} bytes a file name may have; nothing was signed`, {
            hint: 'give the subject a shorter name (NAME@DIGEST, input subject-name), or name the bundle with --bundle',
        });
    }
    const opened = await (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_6__.openSigningSession)(config.sign, {
        cwd: ports.cwd,
        env: ports.env,
        run: ports.run,
        logger: ports.logger,
        ...(tokens?.signing === undefined ? {} : { token: tokens.signing }),
    });
    if (opened.session === undefined)
        return { skipped: opened.reason };
    // Provenance is made of the runner's token; a certificate for another identity (a SIGSTORE_ID_TOKEN of another run or
    // repository) would sign claims it contradicts, which verifiers refuse (VERIFY_PROVENANCE_MISMATCH) or, worse, believe.
    const builder = documentPredicateValue === undefined ? statements[0]?.predicate?.runDetails?.builder?.id : undefined;
    const signer = opened.signer;
    if (typeof builder === 'string' && signer.kind === 'certificate' && signer.identity !== undefined && signer.identity !== builder) {
        opened.close();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AttestError */ .y('ATTEST_PROVENANCE_UNAVAILABLE', `the provenance describes the run the runner's token names (builder ${builder}), but the signing token is another identity's (${signer.identity}): its certificate would contradict the provenance it signs`, {
            hint: 'leave SIGSTORE_ID_TOKEN unset in the job, so that the runner\'s token signs, or sign with --key',
        });
    }
    const contradicted = tokens === undefined || opened.claims === undefined ? [] : contradictedRunClaims(tokens.claims.claims, opened.claims);
    if (contradicted.length > 0) {
        opened.close();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AttestError */ .y('ATTEST_PROVENANCE_UNAVAILABLE', `the provenance describes the run the runner's token names, but the signing token is another run's (${contradicted.join('; ')}): its certificate would contradict the provenance it signs`, {
            hint: 'leave SIGSTORE_ID_TOKEN unset in the job, so that the runner\'s token signs, or sign with --key',
        });
    }
    ports.logger.info(`attesting ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_13__/* .counted */ .h)(subjects.length, 'subject')} (${statements[0]?.predicateType ?? ''}) in ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_13__/* .counted */ .h)(statements.length, 'statement')} with ${opened.description}`);
    const attestations = await (0,_sign_js__WEBPACK_IMPORTED_MODULE_10__/* .signStatements */ .Kv)(opened.session, statements);
    opened.close();
    const files = await (0,_sign_js__WEBPACK_IMPORTED_MODULE_10__/* .writeAttestations */ .vQ)(attestations, fileOptions);
    for (const replaced of files.replacedSignatures) {
        ports.logger.warn(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(ports.cwd, replaced))} held a signature bundle (as sign-blob writes), which this attestation's bundle of the same name replaced: sign the file again (or give attest --bundle another path) if its signature is still wanted`);
    }
    if (config.bundle === undefined) {
        const earlier = await (0,_sign_js__WEBPACK_IMPORTED_MODULE_10__/* .earlierBundles */ .e_)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.outputDir), [...files.bundles, files.jsonl], statements[0]?.predicateType ?? '');
        const count = earlier.names.length;
        if (count > 0) {
            const shown = earlier.names.slice(0, 10).map(((name) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(name))).join(', ');
            const counting = `${earlier.complete ? '' : 'at least '}${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_13__/* .counted */ .h)(count, 'bundle')}`;
            ports.logger.warn(`${counting} of an earlier run ${count === 1 ? 'lies' : 'lie'} in ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(config.outputDir)} beside this run's, attesting ${statements[0]?.predicateType ?? ''} as this run does: ${shown}${count > 10 ? ', ...' : ''}; left as ${count === 1 ? 'it was' : 'they were'}: remove ${count === 1 ? 'it' : 'them'} before publishing the directory's bundles, or attest into an empty output directory`);
        }
    }
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
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(32985);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89531);
/* harmony import */ var _github_oidc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89402);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16327);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65799);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98114);
/* harmony import */ var _predicates_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21957);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(86897);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1880);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(98316);
/* harmony import */ var _subjects_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(82728);















/** The subjects a config names (and the runner's artifacts list when it names none), merged and checked. */


/** The predicate of a document type, read from its file. */

/** The claims of a GitHub Actions token that Fulcio writes into a certificate and SLSA provenance states too: the run, its source and its runner. */
const RUN_CLAIMS = ['repository', 'repository_id', 'sha', 'ref', 'event_name', 'runner_environment', 'workflow_ref', 'job_workflow_ref', 'run_id', 'run_attempt'];
/** Each run claim that the signing token states otherwise than the token the provenance was made of, as `name "a", where the signing token says "b"`. */

/**
 * Attests subjects as a config says: collects and checks the subjects, builds the predicate (SLSA
 * provenance from the verified claims token, or the document's), splits the statements, then signs
 * them all with one session (one certificate, one log entry per statement) and writes
 * `<name>.intoto.jsonl` and `<name>.sigstore.json`. Everything that can be wrong with the inputs
 * fails before a token is requested or anything is signed.
 */



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
        reader.report('sbom-path', `attests an SBOM; it cannot be combined with ${nameOf('predicate')} or ${nameOf('predicate-type')}`);
    if (sbomPath !== undefined && named !== undefined && named !== 'spdx' && named !== 'cyclonedx')
        reader.report('type', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(named)}, but sbom-path names an SBOM`);
    if (sbomPath !== undefined && named === undefined)
        type = 'sbom';
    const document = sbomPath ?? predicatePath;
    if (type === 'slsaprovenance' && predicatePath !== undefined)
        reader.report('predicate', 'is not used for SLSA provenance, which is built from the run; drop it or pick --type spdx|cyclonedx|custom');
    // Without a type named, only a predicate type asked for the custom predicate: said so, not as a type the user never gave.
    if (type !== 'slsaprovenance' && document === undefined)
        reader.report('predicate', named === undefined ? `is required with ${nameOf('predicate-type')}: the JSON document of that type to attest` : `is required for type ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(type)}: the JSON document to attest`);
    if (type === 'custom' && predicateType === undefined) {
        if (named === undefined) {
            // The user gave a document and no type: likely an SBOM, which its name may say (trust-kit's own sbom.spdx.json, sbom.cdx.json, sbom.cdx-1.5.json).
            const sbomTypes = /\.spdx\.json$/i.test(predicatePath ?? '') ? ['spdx'] : /\.cdx(-[\d.]+)?\.json$/i.test(predicatePath ?? '') ? ['cyclonedx'] : ['spdx', 'cyclonedx'];
            // The action has no type input: an SBOM is given as sbom-path instead.
            const asSbom = defaults.sbomInput === undefined ? `add ${sbomTypes.map(((sbomType) => `${nameOf('type')} ${sbomType}`)).join(' or ')}` : `give it as ${nameOf(defaults.sbomInput)} instead`;
            reader.report('predicate-type', `is required with ${nameOf('predicate')}${defaults.sbomInput === undefined ? ` and no ${nameOf('type')}` : ''}, which attests it as a custom predicate of the type this URI names; to attest an SBOM, ${asSbom}`);
        }
        else
            reader.report('predicate-type', 'is required for a custom predicate: a URI naming its type');
    }
    // With sbom-path, the pair is reported above.
    if (type !== 'custom' && predicateType !== undefined && sbomPath === undefined)
        reader.report('predicate-type', `is for custom predicates; type ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(type)} has its own`);
    const subjectPaths = reader.list('subject-path');
    // base names file subjects relative to it: without any it would change nothing, silently. '.', the default (which the runner passes), says nothing.
    const base = reader.string('base');
    if (base !== undefined && base !== '.' && base !== defaults.base && subjectPaths.length === 0)
        reader.report('base', `applies only to the files of ${nameOf('subject-path')} (their names are relative to it), and none are given, so it would do nothing`);
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
        base: base ?? defaults.base,
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
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);



/** The attestation types a user may name. */
const ATTEST_TYPE_CHOICES = ['slsaprovenance', 'spdx', 'cyclonedx', 'custom'];
/**
 * Validates attestation inputs (`type`, `predicate`, `predicate-type`, `subject-path`, `subject`,
 * `checksums`, `base`, `per-subject`, `bundle`, `output-dir`, `oidc-discovery-url`, and the
 * signing inputs), reporting every problem at once. `defaults.sbomInput` names the input an SBOM is
 * given as on a surface without `type` (the attest action's `sbom-path`).
 */



/***/ }),

/***/ 91601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var dateProblem = (function (at) {
    // Told by its tag, not instanceof: a Date of another realm (a vm context) is one too.
    if (Object.prototype.toString.call(at) !== '[object Date]')
        return `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(at)}, not a valid Date`;
    const ms = at.getTime();
    if (Number.isNaN(ms))
        return 'an invalid Date';
    if (ms < EARLIEST_MS || ms > LATEST_EPOCH_SECONDS * 1000 + 999)
        return `${at.toISOString()}, outside the years 0000 to 9999 that SPDX, CycloneDX and in-toto times are written in`;
    return undefined;
});var fixedClock = (function (at) {
    // From plain JavaScript a string failed on getTime with a TypeError, an invalid Date or a year past 9999 only when a document was written.
    const problem = dateProblem(at);
    if (problem !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_ARGUMENT_INVALID', `fixedClock was given ${problem}`, { hint: 'pass a Date of years 0000 to 9999, e.g. fixedClock(new Date(\'2025-01-01T00:00:00Z\'))' });
    }
    const ms = at.getTime();
    return { now: (() => new Date(ms)) };
});var clockFromSourceDateEpoch = (function (value, fallback = systemClock) {
    if (value === undefined || value === '')
        return fallback;
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_ARGUMENT_INVALID', `clockFromSourceDateEpoch was given ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not the variable's text`, { hint: 'pass process.env.SOURCE_DATE_EPOCH (a string, or undefined)' });
    const at = epochSecondsDate(value);
    if (at === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_INVALID_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(value, 40)}, not a whole number of seconds since 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z`, { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' });
    }
    return fixedClock(at);
});var epochSecondsDate = (function (text) {
    if (!/^\d+$/.test(text))
        return undefined;
    // Up to 12 digits once the zeros in front are gone: a longer number is past the bound, and would lose precision as a Number.
    const digits = text.replace(/^0+(?=\d)/, '');
    return digits.length <= 12 && Number(digits) <= LATEST_EPOCH_SECONDS ? new Date(Number(digits) * 1000) : undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   No: (() => (/* binding */ fixedClock)),
/* harmony export */   fO: (() => (/* binding */ epochSecondsDate)),
/* harmony export */   ml: (() => (/* binding */ systemClock)),
/* harmony export */   sP: (() => (/* binding */ dateProblem)),
/* harmony export */   vv: (() => (/* binding */ clockFromSourceDateEpoch))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


/** The wall clock. */
const systemClock = { now: (() => new Date()) };
/**
 * The latest time taken from SOURCE_DATE_EPOCH or a commit: 9999-12-31T23:59:59Z. Past it, ISO
 * 8601 years have six digits (`+010000-01-01`), which SPDX's `created`, CycloneDX's `timestamp`
 * and in-toto's times do not admit.
 */
const LATEST_EPOCH_SECONDS = 253_402_300_799;
/** The earliest instant a document may be dated: 0000-01-01T00:00:00Z (before it, years are negative: `-000001`). */
const EARLIEST_MS = -62_167_219_200_000;
/**
 * Why a value is no time trust-kit can date a document with, or undefined for a Date from
 * 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (four-digit years, as every format writes them).
 */

/** A clock frozen at one instant, for tests and for reproducible builds (CLOCK_ARGUMENT_INVALID unless `at` is a valid Date from year 0000 to 9999). */

/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org, in decimal digits; leading zeros are decimal too) when it is
 * set, `fallback` (the wall clock) otherwise (empty counts as unset). A caller that would have an
 * SBOM dated by its project's last commit when the variable is unset gives no clock at all then.
 */

/** The instant `text` (decimal seconds since the Unix epoch, leading zeros allowed) names, or undefined when it names none up to 9999-12-31T23:59:59Z. */



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
});var digestChunks = (function (algorithm, chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    for (const chunk of chunks)
        hash.update(chunk);
    return hash.digest('hex');
});var digestArgument = (function (value) {
    const algorithm = /^sha\d*:/i.exec(value)?.[0];
    return algorithm === undefined ? undefined : `${algorithm.toLowerCase()}${value.slice(algorithm.length)}`;
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
});var hashFile = (async function (path, algorithms, named = {}) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    // Never a pipe or a device: one would block the open or never end.
    const opened = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }), ...(named.noFollow === true ? { noFollow: true } : {}) });
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
        if ((0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .changedWhileRead */ .a4)(opened, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(handle.fd), size))
            throw (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .fileChanged */ .J8)(named.what ?? 'file', named.shown ?? path, size, expected);
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
/* harmony export */   Bz: (() => (/* binding */ digestChunks)),
/* harmony export */   DC: (() => (/* binding */ hashFile)),
/* harmony export */   Dn: (() => (/* binding */ parseDigestReference)),
/* harmony export */   E6: (() => (/* binding */ hexLength)),
/* harmony export */   MF: (() => (/* binding */ DIGEST_ALGORITHMS)),
/* harmony export */   QN: (() => (/* binding */ digestBytes)),
/* harmony export */   Wb: (() => (/* binding */ isDigestAlgorithm)),
/* harmony export */   er: (() => (/* binding */ digestArgument))
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. Frozen: a caller pushing 'md5' onto it got past the algorithm check, to a crash inside. */
const DIGEST_ALGORITHMS = Object.freeze(['sha256', 'sha512']);
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */

/** The length in hex characters of a digest made with `algorithm`. */

/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */

/** The digest of bytes already in memory. */

/** The digest of a text in memory in chunks (as UTF-8), without joining them: a text may be longer than one string can be. */

/**
 * An artifact argument that names a digest rather than a file (`sha256:<hex>`, `sha512:<hex>`, the
 * algorithm in any case, as cosign reads it), with the algorithm in lower case; undefined for a path.
 * Any `sha<digits>:` is taken for one (`sha384:<hex>`, `sha:`), so that an algorithm trust-kit does
 * not take is refused as the argument it is, not looked for as a file.
 */

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
 * on one core and hashed on another, and no longer fits either's cache). A file written to while
 * it is read (grown, shrunk, rewritten in place) is refused (FILE_CHANGED): its digest would be of
 * bytes it never held at one moment. `named` words a refusal (FILE_NOT_REGULAR, FILE_CHANGED) as
 * the user knows the file: what it is, and the path as they wrote it.
 */



/***/ }),

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var counted = (function (count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: (() => (/* binding */ counted))
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */



/***/ })

};
