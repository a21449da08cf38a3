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
});var sbomPredicate = (async function (path, logger) {
    try {
        return (0,predicates/* predicateFromSbom */.xZ)(await (0,files/* readRegularFile */.XF)(path, { maxBytes: statement/* MAX_PREDICATE_BYTES */.pB, what: 'SBOM' }), (0,external_node_path_.basename)(path));
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
        const predicate = await sbomPredicate(path, logger/* silentLogger */.qq);
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
        const predicate = await sbomPredicate(path, input.logger);
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
    await (0,files/* writeFileAtomic */.Zf)(path, attestations.map(((attestation) => attestation.text)).join(''));
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
const runVerificationKitStep = (async ({ config, ports, opened, tokens, sbom, staging, immutableRelease }) => {
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
    const requiredPredicateTypes = attesting ? await (0,_attest_js__WEBPACK_IMPORTED_MODULE_6__/* .releasePredicateTypes */ .gl)({ claims: tokens?.claims, sbomPaths: (sbom?.entries ?? []).map(((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, entry.name))) }) : [];
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
    await Promise.all(files.map(((file, index) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(written[index], file.text))));
    ports.logger.info(`verification kit: ${files.map(((file) => file.name)).join(', ')} (${[...roots, ...(githubRoots ?? [])].map(((root) => root.label)).join(', ')}), listed in the checksums file`);
    const entries = files.map(((file) => ({ name: file.name, hex: (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestBytes */ .QN)(config.algorithm, file.text) })));
    const [policyPath, trustedRootPath] = written;
    return { verificationKit: { policyPath, trustedRootPath, entries }, written };
});


/***/ })

};
