export const id = 788;
export const ids = [788];
export const modules = {

/***/ 98114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ provenanceUnavailable),
/* harmony export */   y: () => (/* binding */ AttestError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** A failure to build an attestation: bad subjects or a bad predicate, found before anything is signed. */
class AttestError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'AttestError';
    }
}
/**
 * The error for provenance asked for in a job without a token, saying why there is none as `why`
 * (the signing token's diagnosis: a fork's pull request, a request token removed, no permission)
 * does, with its hint; without it, that the job has no token endpoint.
 */
function provenanceUnavailable(why) {
    const reason = why === undefined ? 'this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is not set)' : `there is none: ${why.message.replace(/^no OIDC identity token: /, '')}`;
    return new AttestError('ATTEST_PROVENANCE_UNAVAILABLE', `SLSA provenance needs the GitHub Actions job's OIDC token, and ${reason}`, {
        hint: why?.hint ?? 'attest provenance in a GitHub Actions job with `id-token: write` under `permissions:`; elsewhere attest an SBOM or a custom predicate',
    });
}


/***/ }),

/***/ 10788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOutputStep: () => (/* binding */ runOutputStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76448);
/* harmony import */ var _attest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98114);
/* harmony import */ var _config_release_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87412);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86482);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66388);






/**
 * The repository and tag of a GitHub Actions run for a tag push, whose release VERIFY.md names,
 * with the server's host when it is not github.com (a GHE.com tenant, an Enterprise Server); else undefined.
 */
function releaseOfTagPush(env) {
    const { GITHUB_REF_TYPE: type, GITHUB_REF_NAME: tag } = env;
    return type !== 'tag' || tag === undefined || tag === '' ? undefined : releaseOfNamedTag(tag, undefined, env);
}
/**
 * The release a run publishes to GitHub names itself (`tag`, and `repo` or the run's repository),
 * for a run that is no tag push (workflow_dispatch with a tag, the CLI): VERIFY.md can name it as well.
 */
function releaseOfNamedTag(tag, repository, env) {
    const named = repository ?? env.GITHUB_REPOSITORY;
    if (tag === undefined || named === undefined || named === '')
        return undefined;
    const host = serverHost(env.GITHUB_SERVER_URL);
    return { repository: named, tag, ...(host === undefined || host === 'github.com' ? {} : { host }) };
}
/** The host (and port) of GITHUB_SERVER_URL; undefined when it is unset or no URL (the runner always sets a URL). */
function serverHost(serverUrl) {
    if (serverUrl === undefined || serverUrl === '')
        return undefined;
    try {
        return new URL(serverUrl).host.toLowerCase();
    }
    catch {
        return undefined;
    }
}
/**
 * Checks, before any work, that the output directory can take this run's files, that a run
 * told its release is immutable names that release (VERIFY.md names it): the pushed tag's, or the
 * tag it publishes to GitHub, that a run that must attest provenance has a token for it, and
 * that the signing key (with its passphrase) can be read.
 */
const runOutputStep = async ({ config, ports, outputDir }) => {
    const immutableRelease = config.immutableRelease ? (releaseOfTagPush(ports.env) ?? releaseOfNamedTag(ports.githubRelease?.tag, ports.githubRelease?.repository, ports.env)) : undefined;
    if (config.immutableRelease && immutableRelease === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('RELEASE_NOT_A_TAG', 'immutable-release is true, but this run names no release: it is neither a GitHub Actions run for a tag push (GITHUB_REPOSITORY, GITHUB_REF_TYPE=tag and GITHUB_REF_NAME) nor one publishing to a GitHub release of a tag (github-release with tag)', {
            hint: 'set immutable-release in the workflow that publishes the release of the pushed tag, or with github-release and the tag it publishes',
        });
    }
    if (immutableRelease !== undefined && !(0,_config_release_js__WEBPACK_IMPORTED_MODULE_2__/* .isTagName */ .Ij)(immutableRelease.tag)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('RELEASE_NOT_A_TAG', `immutable-release is true, but the pushed tag ${JSON.stringify(immutableRelease.tag.slice(0, 100))} is not a tag name VERIFY.md can give gh release verify (git tag refuses it: it starts with - or holds characters git does not allow)`, {
            hint: 'release under a tag git allows, such as v1.2.3',
        });
    }
    if (immutableRelease !== undefined && config.githubRelease !== undefined && config.githubRelease.tag !== immutableRelease.tag) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('RELEASE_NOT_A_TAG', `immutable-release is true, but the run publishes to the release of ${config.githubRelease.tag}, not of the pushed tag ${immutableRelease.tag}, which VERIFY.md would have users check`, {
            hint: 'publish the pushed tag\'s release (leave `tag` unset), or leave immutable-release off for a release of another tag',
        });
    }
    // Provenance comes from the runner's token, whatever signs: without its endpoint a run asking for it would fail after hashing and
    // making the SBOMs (with --force, over an earlier signed output), where the signing session asks for the token.
    // Loaded only then: the token client's HTTP code costs a release that attests no provenance nothing.
    if (config.sign !== undefined && config.attest === 'required' && !(await Promise.all(/* import() */[__webpack_require__.e(4313), __webpack_require__.e(9402)]).then(__webpack_require__.bind(__webpack_require__, 89402))).hasRunnerEndpoint(ports.env))
        throw (0,_attest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .provenanceUnavailable */ .k)();
    const target = ports.githubRelease?.repository;
    if (immutableRelease !== undefined && target !== undefined && target.toLowerCase() !== immutableRelease.repository.toLowerCase()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('RELEASE_NOT_A_TAG', `immutable-release is true, but the run publishes to ${target}, not to ${immutableRelease.repository}, whose release VERIFY.md would have users check`, {
            hint: 'leave immutable-release off for a release in another repository than the workflow\'s',
        });
    }
    const plan = await (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .planOutput */ .pp)(outputDir, {
        force: config.force,
        keep: [
            { path: ports.cwd, what: 'the working directory' },
            { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.base), what: 'the base directory' },
            ...(config.sbom === undefined ? [] : [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.sbom.path), what: 'the SBOM project directory' }]),
            // An artifact named by its path would be left out of the checksums and, with --force, deleted with the earlier output.
            ...config.subjects.filter((subject) => !(0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__.isDynamicPattern)(subject)).map((subject) => ({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, subject), what: 'the artifact' })),
            // The files signing reads: with --force they would be deleted with the earlier output (the signing key lost for good).
            ...(config.sign?.key === undefined ? [] : [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.sign.key), what: 'the signing key' }]),
            ...(config.sign?.trustedRoot === undefined ? [] : [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.sign.trustedRoot), what: 'the trusted root' }]),
            ...(config.sign?.signingConfig === undefined ? [] : [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ports.cwd, config.sign.signingConfig), what: 'the signing configuration' }]),
        ],
    });
    // Said before any work: --force replaces whatever the directory holds, files trust-kit did not write included.
    if (plan.replacing.length > 0) {
        const shown = plan.replacing.slice(0, 10).join(', ');
        ports.logger.info(`the output directory ${outputDir} holds ${plan.replacing.length} ${plan.replacing.length === 1 ? 'entry' : 'entries'} (${shown}${plan.replacing.length > 10 ? `, and ${plan.replacing.length - 10} more` : ''}), which --force replaces with this run's files once the release is done`);
    }
    // The key and its passphrase, before any work: a wrong one failed after the hashing and SBOMs, and with --force over an earlier signed output.
    const key = config.sign?.key;
    const signingKey = key === undefined ? undefined : await (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(9402), __webpack_require__.e(5799)]).then(__webpack_require__.bind(__webpack_require__, 65799))).readSigningKeyFile(key, ports);
    return { plan, ...(immutableRelease === undefined ? {} : { immutableRelease }), ...(signingKey === undefined ? {} : { signingKey }) };
};


/***/ })

};
