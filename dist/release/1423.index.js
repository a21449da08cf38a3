export const id = 1423;
export const ids = [1423];
export const modules = {

/***/ 21423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refPatternOf: () => (/* binding */ refPatternOf),
/* harmony export */   runVerificationKitStep: () => (/* binding */ runVerificationKitStep),
/* harmony export */   trustedRootsJsonl: () => (/* binding */ trustedRootsJsonl)
/* harmony export */ });
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53871);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62164);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54418);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73149);
/* harmony import */ var _verify_release_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(87148);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77621);









/**
 * The source ref pattern a GitHub Actions signer's certificates will carry for this run: any tag
 * for a tag push (the next release's policy reads the same), this exact ref otherwise.
 */
function refPatternOf(ref) {
    if (ref === undefined || ref === '')
        return undefined;
    return ref.startsWith('refs/tags/') ? 'refs/tags/.*' : (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeRegExp */ .Nt)(ref);
}
/** Whether a trusted root is GitHub's instance (its authorities name GitHub as their operator), which also signs GitHub's release attestations. */
function isGitHubRoot(root) {
    return JSON.stringify(root.document).includes('GitHub, Inc.');
}
/** The trusted roots as JSON Lines, one root per line with sorted keys and a newline after each: what `gh --custom-trusted-root` and `trust-kit --trusted-root` read, and one line is what cosign's `--trusted-root` reads. */
function trustedRootsJsonl(roots) {
    return roots.map((root) => `${(0,_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalJson */ .dj)(root.document)}\n`).join('');
}
/**
 * GitHub's trusted root through its TUF repository, for a release whose GitHub release
 * attestation the policy requires; undefined (with a warning saying so) when it cannot be fetched.
 */
async function fetchGitHubRoots(ports) {
    try {
        return (await (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadGitHubTrustMaterial */ .PP)({ ...ports.githubTuf, proxy: (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__.proxySettingsFrom)(ports.env), logger: ports.logger })).roots;
    }
    catch (error) {
        ports.logger.warn(`verification kit: ${_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_POLICY_FILE */ .Ir} does not require GitHub's release attestation: GitHub's trusted root could not be fetched (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .reportOf */ .EI)(error).message})`);
        return undefined;
    }
}
/**
 * Writes the offline verification kit before the checksums file, which lists it so that the
 * signature covers it: `trust-kit-policy.json` (this run's certificate identity and issuer, its
 * repository and ref pattern, the predicate types the attest step will sign, and whether GitHub's
 * release attestation is required) and the trusted roots signing checks every bundle against
 * (`--trusted-root`, or what the instance's TUF repository served), and for an immutable release
 * GitHub's trusted root when those do not hold it. Only a keyless signer is
 * written down: a key's holder is not a policy a release can state.
 */
const runVerificationKitStep = async ({ config, ports, opened, tokens, sbom, staging, immutableRelease }) => {
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
    const requiredPredicateTypes = attesting ? await (0,_attest_js__WEBPACK_IMPORTED_MODULE_6__/* .releasePredicateTypes */ .gl)({ claims: tokens?.claims, sbomPaths: (sbom?.entries ?? []).map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, entry.name)) }) : [];
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
    const written = files.map((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, file.name));
    await Promise.all(files.map((file, index) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(written[index], file.text)));
    ports.logger.info(`verification kit: ${files.map((file) => file.name).join(', ')} (${[...roots, ...(githubRoots ?? [])].map((root) => root.label).join(', ')}), listed in the checksums file`);
    const entries = files.map((file) => ({ name: file.name, hex: (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestBytes */ .QN)(config.algorithm, file.text) }));
    const [policyPath, trustedRootPath] = written;
    return { verificationKit: { policyPath, trustedRootPath, entries }, written };
};


/***/ })

};
