export const id = 1423;
export const ids = [1423];
export const modules = {

/***/ 11246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var releaseAttestationTokens = (async function (config, sign, env) {
    if (config.attest === 'off')
        return undefined;
    const tokens = await (0,provenance/* requestAttestationTokens */.qD)(env, sign.retry, sign.key === undefined);
    if (tokens === undefined && config.attest === 'required')
        throw (0,errors/* provenanceUnavailable */.k)();
    return tokens;
});var sbomPredicate = (async function (path, artifacts, logger) {
    try {
        const bytes = await (0,files/* readRegularFile */.XF)(path, { maxBytes: statement/* MAX_PREDICATE_BYTES */.pB, what: 'SBOM' });
        const statements = Math.ceil(artifacts / statement/* MAX_SUBJECTS_PER_STATEMENT */.$h);
        // The file's length bounds the predicate's (its JSON written compactly): no second serialization of a document of up to 16 MB.
        if (statements * bytes.length > statement/* MAX_STATEMENTS_PREDICATE_BYTES */.AC) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} (${bytes.length} bytes) would be carried by each of the ${statements} statements ${(0,plural/* counted */.h)(artifacts, 'artifact')} take, more than the ${statement/* MAX_STATEMENTS_PREDICATE_BYTES */.AC} bytes one run signs; it is published, but not attested`);
            return undefined;
        }
        return (0,predicates/* predicateFromSbom */.xZ)(bytes, (0,external_node_path_.basename)(path));
    }
    catch (error) {
        // The SBOM is published and covered by the signed checksums either way; GitHub refuses attestations past 16 MB.
        if ((0,core_errors/* isTrustKitError */.Nf)(error) && (error.code === 'FILE_TOO_LARGE' || error.code === 'ATTEST_PREDICATE_TOO_LARGE')) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} is larger than the 16 MB an attestation may hold; it is published, but not attested`);
            return undefined;
        }
        throw error;
    }
});var releasePredicateTypes = (async function (input) {
    const types = input.claims === undefined ? [] : [predicates/* SLSA_PROVENANCE_V1 */.us];
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.artifacts, logger/* silentLogger */.qq);
        if (predicate !== undefined)
            types.push(predicate.predicateType);
    }
    return types;
});var attestRelease = (async function (input) {
    const predicates = [];
    if (input.tokens !== undefined) {
        const run = await (0,context/* readRunContext */.$p)(input.env);
        predicates.push(await (0,provenance/* provenanceFromToken */.xt)(input.tokens.claims, { serverURL: run.serverURL, payload: run.payload, clock: clock/* systemClock */.ml, retry: input.retry, audience: input.tokens.audience, discoveryURL: input.discoveryURL, proxy: (0,proxy.proxySettingsFrom)(input.env) }));
    }
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.artifacts.length, input.logger);
        if (predicate !== undefined)
            predicates.push(predicate);
    }
    if (predicates.length === 0)
        return undefined;
    if (input.artifacts.length === 0)
        throw new errors/* AttestError */.y('ATTEST_NO_SUBJECTS', 'the release has no artifact to attest', { hint: 'name the release artifacts' });
    const statements = predicates.flatMap(((predicate) => (0,statement/* buildStatements */.n5)(input.artifacts, predicate)));
    const attestations = await (0,sign/* signStatements */.Kv)(input.session, statements);
    const path = (0,external_node_path_.join)(input.stagingDir, names/* ATTESTATIONS_FILE */.jn);
    await (0,files/* writeFileAtomic */.qD)(path, (0,sign/* attestationFileText */.kn)(attestations));
    const predicateTypes = predicates.map(((predicate) => predicate.predicateType));
    input.logger.info(`attest: ${(0,plural/* counted */.h)(attestations.length, 'attestation')} (${predicateTypes.join(', ')}) of ${(0,plural/* counted */.h)(input.artifacts.length, 'artifact')} -> ${names/* ATTESTATIONS_FILE */.jn}`);
    return { path, predicateTypes };
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jn: (() => (/* reexport */ names/* ATTESTATIONS_FILE */.jn)),
  bZ: (() => (/* binding */ attestRelease)),
  qR: (() => (/* binding */ releaseAttestationTokens)),
  gl: (() => (/* binding */ releasePredicateTypes))
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/attest/errors.js
var errors = __webpack_require__(98114);
// EXTERNAL MODULE: ./lib/attest/predicates/index.js + 3 modules
var predicates = __webpack_require__(21957);
// EXTERNAL MODULE: ./lib/attest/provenance.js + 1 modules
var provenance = __webpack_require__(86897);
// EXTERNAL MODULE: ./lib/attest/sign.js
var sign = __webpack_require__(1880);
// EXTERNAL MODULE: ./lib/attest/statement.js
var statement = __webpack_require__(98316);
// EXTERNAL MODULE: ./lib/attest/subjects.js
var subjects = __webpack_require__(82728);
;// CONCATENATED MODULE: ./lib/attest/index.js
/** Attestations: in-toto statements over subjects, SLSA provenance from verified claims, SBOM and custom predicates. */







// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
;// CONCATENATED MODULE: ./lib/release/attest.js












/**
 * The token a release's attestations need, requested before the checksums file is signed: keyless
 * from the runner, the Sigstore token (with a copy for the provenance claims), else one for `nobody`;
 * undefined when attestations are off or the job has no token endpoint (then provenance is skipped,
 * or refused when required).
 */

/**
 * An SBOM's attestation predicate, or undefined (said as a warning) when it is not attested: larger
 * than an attestation may hold, or than `artifacts` statements (1,024 subjects each, each carrying
 * the whole SBOM, which lists every artifact) may carry in one run; the SBOM is published and
 * covered by the signed checksums either way. A release of 10,000 artifacts failed there.
 */

/**
 * The predicate types {@link attestRelease} will sign for these inputs, read the way it reads them
 * (provenance when there is a claims token; each SBOM's own type, unless it is too large to attest):
 * what the verification kit requires before the attestations exist.
 */

/**
 * The attest step of a release: SLSA provenance of the artifacts from the verified claims token
 * (when there is one) and an SBOM attestation per SBOM, all signed with the session that signed
 * the checksums file (one certificate), written to `attestations.intoto.jsonl`. Returns the file
 * and the predicate types, or undefined when there was nothing to attest.
 */



/***/ }),

/***/ 21423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var refPatternOf = (function (ref) {
    if (ref === undefined || ref === '')
        return undefined;
    return ref.startsWith('refs/tags/') ? 'refs/tags/.*' : (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeRegExp */ .Nt)(ref);
});var isGitHubRoot = (function (root) {
    return JSON.stringify(root.document).includes('GitHub, Inc.');
});var trustedRootsJsonl = (function (roots) {
    return roots.map(((root) => `${(0,_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalJson */ .dj)(root.document)}\n`)).join('');
});var fetchGitHubRoots = (async function (ports) {
    try {
        return (await (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadGitHubTrustMaterial */ .PP)({ ...ports.githubTuf, proxy: (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__.proxySettingsFrom)(ports.env), logger: ports.logger })).roots;
    }
    catch (error) {
        ports.logger.warn(`verification kit: ${_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_POLICY_FILE */ .Ir} does not require GitHub's release attestation: GitHub's trusted root could not be fetched (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .reportOf */ .EI)(error).message})`);
        return undefined;
    }
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refPatternOf: (() => (/* binding */ refPatternOf)),
/* harmony export */   runVerificationKitStep: (() => (/* binding */ runVerificationKitStep)),
/* harmony export */   trustedRootsJsonl: (() => (/* binding */ trustedRootsJsonl))
/* harmony export */ });
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53871);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62164);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54418);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11246);
/* harmony import */ var _verify_release_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98612);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77621);









/**
 * The source ref pattern a GitHub Actions signer's certificates will carry for this run: any tag
 * for a tag push (the next release's policy reads the same), this exact ref otherwise.
 */

/** Whether a trusted root is GitHub's instance (its authorities name GitHub as their operator), which also signs GitHub's release attestations. */

/** The trusted roots as JSON Lines, one root per line with sorted keys and a newline after each: what `gh --custom-trusted-root` and `trust-kit --trusted-root` read, and one line is what cosign's `--trusted-root` reads. */

/**
 * GitHub's trusted root through its TUF repository, for a release whose GitHub release
 * attestation the policy requires; undefined (with a warning saying so) when it cannot be fetched.
 */

/**
 * Writes the offline verification kit before the checksums file, which lists it so that the
 * signature covers it: `trust-kit-policy.json` (this run's certificate identity and issuer, its
 * repository and ref pattern, the predicate types the attest step will sign, and whether GitHub's
 * release attestation is required) and the trusted roots signing checks every bundle against
 * (`--trusted-root`, or what the instance's TUF repository served), and for an immutable release
 * GitHub's trusted root when those do not hold it. Only a keyless signer is
 * written down: a key's holder is not a policy a release can state.
 */
const runVerificationKitStep = (async ({ config, ports, opened, tokens, sbom, staging, immutableRelease, artifacts }) => {
    // Signing was skipped (on-missing-token: warn|skip): there is no signer to name.
    if (opened === undefined)
        return {};
    if (staging === undefined)
        throw new Error('verification-kit runs after collect');
    const signer = opened.signer();
    if (signer.kind !== 'certificate' || opened.trust === undefined) {
        ports.logger.info('verification kit: not written, the release is signed with a key (the policy file names keyless signers)');
        return {};
    }
    if (signer.identity === undefined) {
        ports.logger.warn('verification kit: not written, the identity token does not say which certificate identity Fulcio will issue (no job_workflow_ref or email claim)');
        return {};
    }
    const roots = opened.trust.roots;
    // GitHub signs its release attestations on its own instance: its root is at hand when the run signed there (or was given it), else fetched.
    let githubRoots;
    if (immutableRelease !== undefined)
        githubRoots = roots.some(isGitHubRoot) ? [] : await fetchGitHubRoots(ports);
    const githubFile = githubRoots === undefined ? undefined : githubRoots.length === 0 ? _names_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFICATION_KIT_TRUSTED_ROOT_FILE */ .l : _names_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE */ .f1;
    const attesting = config.attest !== 'off';
    const requiredPredicateTypes = attesting ? await (0,_attest_js__WEBPACK_IMPORTED_MODULE_6__/* .releasePredicateTypes */ .gl)({ claims: tokens?.claims, sbomPaths: (sbom?.entries ?? []).map(((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, entry.name))), artifacts: artifacts?.length ?? 0 }) : [];
    const files = [
        {
            name: _verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_POLICY_FILE */ .Ir,
            text: (0,_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .releasePolicyJson */ .yv)({
                trustedRoots: [_names_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFICATION_KIT_TRUSTED_ROOT_FILE */ .l],
                identity: signer.identity,
                issuer: signer.issuer,
                repository: signer.repository,
                // Only GitHub Actions certificates on github.com carry the source ref, which the policy then pins.
                refPattern: signer.repository === undefined ? undefined : refPatternOf(ports.env.GITHUB_REF),
                requiredPredicateTypes,
                githubTrustedRoot: githubFile,
            }),
        },
        { name: _names_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFICATION_KIT_TRUSTED_ROOT_FILE */ .l, text: trustedRootsJsonl(roots) },
        ...(githubRoots === undefined || githubRoots.length === 0 ? [] : [{ name: _names_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE */ .f1, text: trustedRootsJsonl(githubRoots) }]),
    ];
    const written = files.map(((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, file.name)));
    await Promise.all(files.map(((file, index) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .qD)(written[index], file.text))));
    ports.logger.info(`verification kit: ${files.map(((file) => file.name)).join(', ')} (${[...roots, ...(githubRoots ?? [])].map(((root) => root.label)).join(', ')}), listed in the checksums file`);
    const entries = files.map(((file) => ({ name: file.name, hex: (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestBytes */ .QN)(config.algorithm, file.text) })));
    const [policyPath, trustedRootPath] = written;
    return { verificationKit: { policyPath, trustedRootPath, entries }, written };
});


/***/ }),

/***/ 54418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: (() => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.GG)),
/* harmony export */   Gz: (() => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.G)),
/* harmony export */   IF: (() => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_7__.p)),
/* harmony export */   Nt: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.Nt)),
/* harmony export */   OT: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.OT)),
/* harmony export */   PP: (() => (/* reexport safe */ _trust_tuf_js__WEBPACK_IMPORTED_MODULE_5__.loadGitHubTrustMaterial)),
/* harmony export */   ak: (() => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.ak)),
/* harmony export */   cx: (() => (/* reexport safe */ _trust_tuf_js__WEBPACK_IMPORTED_MODULE_5__.cx)),
/* harmony export */   fg: (() => (/* reexport safe */ _key_js__WEBPACK_IMPORTED_MODULE_3__.f)),
/* harmony export */   pV: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.pV)),
/* harmony export */   qQ: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.qQ)),
/* harmony export */   sL: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.sL)),
/* harmony export */   wC: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.wC))
/* harmony export */ });
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91638);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69085);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10132);
/* harmony import */ var _trust_tuf_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42558);
/* harmony import */ var _prehashed_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91966);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17776);










/***/ }),

/***/ 69085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadPublicKey = (function (pem, source, transparencyLog) {
    if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
        // The signing half (PREFIX.key) given for the verifying one (PREFIX.pub): the likeliest mix-up, said as such.
        if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is a private key, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: 'verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer' });
        }
        // Other forms of a public key, each with the command that writes it as one (SubjectPublicKeyInfo).
        if (pem.includes('-----BEGIN RSA PUBLIC KEY-----')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is an RSA public key in PKCS#1 form (-----BEGIN RSA PUBLIC KEY-----), not the SubjectPublicKeyInfo form trust-kit reads (-----BEGIN PUBLIC KEY-----)`, { hint: `write it as one: \`openssl rsa -RSAPublicKey_in -in ${source} -pubout\`` });
        }
        if (pem.includes('-----BEGIN CERTIFICATE-----')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is a certificate, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: `give its public key: \`openssl x509 -pubkey -noout -in ${source}\`; a keyless signature's certificate is checked with --certificate-identity and --certificate-oidc-issuer instead` });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`);
    }
    try {
        return { kind: 'key', publicKey: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pem, format: 'pem' }), source, transparencyLog };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: (() => (/* binding */ loadPublicKey))
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);


/** The policy for bundles signed with a local key: reads a PEM public key (SPKI), naming `source` in errors; whether a transparency-log entry is required is the caller's to say. */



/***/ }),

/***/ 91966:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadPrehashedVerifier = (async function () {
    const { p256, p384 } = await __webpack_require__.e(/* import() */ 3260).then(__webpack_require__.bind(__webpack_require__, 13260));
    return ((key, digest, signature) => {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const implementation = curve === 'prime256v1' ? p256 : curve === 'secp384r1' ? p384 : undefined;
        if (key.asymmetricKeyType !== 'ec' || implementation === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', `verification by digest needs an ECDSA P-256 or P-384 signing key, found ${key.asymmetricKeyType ?? 'unknown'} ${curve ?? ''}`.trimEnd(), { hint: 'verify with the artifact file instead of its digest' });
        }
        let raw = rawKeys.get(key);
        if (raw === undefined) {
            const jwk = key.export({ format: 'jwk' });
            raw = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
            rawKeys.set(key, raw);
        }
        try {
            return implementation.verify(signature, digest, raw, { prehash: false, lowS: false, format: 'der' });
        }
        catch {
            return false;
        }
    });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: (() => (/* binding */ loadPrehashedVerifier))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5447);

const rawKeys = new WeakMap();
/**
 * Loads the verifier of ECDSA signatures over a digest computed elsewhere: Node's crypto verifies
 * only over data it hashes itself, so this is the pure-JavaScript ECDSA of @noble/curves, a
 * quarter of a megabyte of bundled code whose curves are built as it loads (about 3 ms). Only
 * verification by digest (a `sha256:` reference, a file too large to read whole) loads it.
 */



/***/ }),

/***/ 42558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var offlineWay = (function (purpose) {
    return purpose === 'sign' ? 'pass the instance\'s trusted root as --trusted-root FILE (input "trusted-root") to sign without fetching it' : 'pass --trusted-root FILE (input "trusted-root") to verify offline';
});var loadTrustMaterialFromTUF = (async function (options = {}) {
    const label = options.mirrorURL === undefined ? 'public-good (TUF)' : `${options.mirrorURL} (TUF)`;
    try {
        // Loaded only here: the TUF client is most of the verifier's code, and offline verification (--trusted-root) never needs it.
        const { fetchTrustedRootJSON } = await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(3984), __webpack_require__.e(17)]).then(__webpack_require__.bind(__webpack_require__, 80017));
        const json = await fetchTrustedRootJSON({ mirrorURL: options.mirrorURL ?? PUBLIC_GOOD_TUF_MIRROR, rootPath: options.rootPath, cachePath: options.cachePath, retries: options.retries ?? 2, timeoutMs: 10000, proxy: options.proxy ?? proxy.NO_PROXY_SETTINGS, notice: noticeTo(options.logger) });
        return (0,trust/* loadTrustMaterial */.ak)(json, label);
    }
    catch (error) {
        if (error instanceof errors/* VerifyError */.G || error instanceof proxy.ProxyConfigError)
            throw error;
        const offline = offlineWay(options.purpose);
        throw new errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `cannot fetch the trusted root of ${label}: ${causeChain(error)}`, { cause: error, hint: proxyHint(error, offline).hint ?? offline });
    }
});var proxyHint = (function (error, offline) {
    for (let current = error, depth = 0; current instanceof Error && depth < 6; current = current.cause, depth += 1) {
        if (current instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
            return { hint: `${current.hint ?? ''}; or ${offline}` };
    }
    return {};
});var causeChain = (function (error) {
    const messages = [];
    for (let current = error; current !== undefined && messages.length < 4; current = current instanceof Error ? current.cause : undefined) {
        // The TUF client's messages quote what the mirror served (JSON.parse's quotes the body): printable and bounded.
        messages.push((0,quote/* boundedText */.LD)(current instanceof Error ? current.message : String(current), 300));
    }
    return messages.join(': ');
});var noticeTo = (function (logger) {
    if (logger === undefined)
        return undefined;
    return ((message, cacheDir) => {
        let directories = told.get(logger);
        if (directories === undefined)
            told.set(logger, (directories = new Set()));
        if (directories.has(cacheDir))
            return;
        directories.add(cacheDir);
        logger.warn(message);
    });
});var loadPublicGoodTrustMaterial = (function (options = {}) {
    return loadTrustMaterialFromTUF(options);
});var loadGitHubTrustMaterial = (async function (options = {}) {
    const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
    // The TUF client seeds its cache from a root.json path, and the bundled action carries the root as data, not as a file.
    // fs.promises, not node:fs/promises, so that offline verification, bundled, never loads it (see core/files.ts).
    const directory = await (0,files/* makeTemporaryDirectory */.LN)('trust-kit-github-root-');
    try {
        const rootPath = (0,external_node_path_.join)(directory.path, 'root.json');
        await external_node_fs_.promises.writeFile(rootPath, JSON.stringify(options.root ?? github_tuf_root_namespaceObject));
        return await loadTrustMaterialFromTUF({ mirrorURL, rootPath, ...(options.cachePath === undefined ? {} : { cachePath: options.cachePath }), ...(options.retries === undefined ? {} : { retries: options.retries }), ...(options.proxy === undefined ? {} : { proxy: options.proxy }), ...(options.logger === undefined ? {} : { logger: options.logger }), ...(options.purpose === undefined ? {} : { purpose: options.purpose }) });
    }
    catch (error) {
        if (error instanceof errors/* VerifyError */.G && error.code === 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE') {
            throw new errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `GitHub's Sigstore instance: ${error.message}`, {
                cause: error,
                hint: `check that ${mirrorURL} is reachable, or ${GITHUB_OFFLINE}`,
                ...proxyHint(error, GITHUB_OFFLINE),
            });
        }
        throw error;
    }
    finally {
        await directory.remove();
    }
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadGitHubTrustMaterial: (() => (/* binding */ loadGitHubTrustMaterial)),
  cx: (() => (/* binding */ loadPublicGoodTrustMaterial)),
  loadTrustMaterialFromTUF: (() => (/* binding */ loadTrustMaterialFromTUF))
});

// UNUSED EXPORTS: GITHUB_TUF_MIRROR, PUBLIC_GOOD_TUF_MIRROR

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(39002);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
;// CONCATENATED MODULE: ./lib/sigstore/trust-roots/github-tuf-root.json
const github_tuf_root_namespaceObject = /*#__PURE__*/JSON.parse('{"signatures":[{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":""},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":""},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":""},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"},{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":"304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2025-04-11T14:36:57Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":3,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}');
// EXTERNAL MODULE: ./lib/sigstore/verify/errors.js
var errors = __webpack_require__(5447);
// EXTERNAL MODULE: ./lib/sigstore/verify/trust.js
var trust = __webpack_require__(10132);
;// CONCATENATED MODULE: ./lib/sigstore/verify/trust-tuf.js
// Trust material fetched through a Sigstore instance's TUF repository (public-good's, GitHub's):
// apart from trust.ts, so that offline verification (`--trusted-root`), which never fetches, loads
// neither this nor the proxy support it goes through.









/** The offline way round a failed fetch: the same flag, said for what the run does. */

/** The TUF repository of the public-good instance, whose root ships with @sigstore/tuf. */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/**
 * An instance's trust material fetched through its TUF repository, every piece of metadata
 * verified from the pinned root on (the public-good instance's by default).
 */

/** The hint of a proxy that would not open a tunnel, when one is why a fetch failed (what to fix is the proxy setting), with the offline way round it. */

/** An error's message followed by its causes' (TUF errors wrap the failure that says what went wrong). */

/**
 * The cache directories each logger was told cannot be used: a release fetches the trusted root for
 * signing, its verification kit and its gate, and says so once. Kept with the caller's logger, not
 * the process: another call with a logger of its own is told again.
 */
const told = new WeakMap();
/** What tells `logger` of a cache that cannot be used, once for each cache directory. */

/** The public-good instance's trust material, through its TUF repository. */

/** The TUF repository of GitHub's Sigstore instance (Fulcio and TSA for private repositories), as `gh attestation` uses it. */
const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';
/** The way round GitHub's TUF repository: its trusted root as `gh` prints it. */
const GITHUB_OFFLINE = 'write GitHub\'s trusted root with `mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` (a directory of its own, never among downloaded files) and pass it as trusted-root (CLI: --trusted-root trust-kit-roots/trusted_root.jsonl)';
/**
 * GitHub's instance's trust material, fetched through its TUF repository from the root `gh`
 * embeds; a failure names the mirror and the offline way round it.
 */



/***/ })

};
