export const id = 1136;
export const ids = [1136];
export const modules = {

/***/ 21136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInstructionsStep: () => (/* binding */ runInstructionsStep),
/* harmony export */   verifyInstructionsInput: () => (/* binding */ verifyInstructionsInput)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62164);
/* harmony import */ var _instructions_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40592);
/* harmony import */ var _sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65610);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77621);





/**
 * The trust-kit action that runs this release, when the workflow pinned it to a full commit
 * (`uses: owner/trust-kit@<sha>`): VERIFY.md then names that commit's verifier. A local action
 * (the reusable workflow's `uses: ./.trust-kit`, its own repository checked out at
 * `job.workflow_sha`) has no GITHUB_ACTION_REPOSITORY or GITHUB_ACTION_REF, so the workflow names
 * that checkout in TRUST_KIT_VERIFIER_REPOSITORY and TRUST_KIT_VERIFIER_COMMIT.
 */
function pinnedVerifier(env) {
    const local = env.GITHUB_ACTION_REPOSITORY === undefined || env.GITHUB_ACTION_REPOSITORY === '';
    // The fetch VERIFY.md shows is from github.com: a checkout on another GitHub server is not there.
    if (local && env.GITHUB_SERVER_URL !== undefined && env.GITHUB_SERVER_URL !== 'https://github.com')
        return undefined;
    const repository = local ? env.TRUST_KIT_VERIFIER_REPOSITORY : env.GITHUB_ACTION_REPOSITORY;
    const commit = local ? env.TRUST_KIT_VERIFIER_COMMIT : env.GITHUB_ACTION_REF;
    return repository === undefined || repository === '' || commit === undefined || !/^[0-9a-f]{40}$/.test(commit) ? undefined : { repository, commit };
}
/** What the instructions describe, from the run's files and signer: VERIFY.md, and the gate, which checks what it says. */
function verifyInstructionsInput({ config, ports, checksumsPath, signature, sbom, attestations, artifacts, artifactBundles, immutableRelease, images, verificationKit, auditLog }) {
    if (checksumsPath === undefined)
        throw new Error('the instructions describe a run that wrote its checksums file');
    const verifier = pinnedVerifier(ports.env);
    return {
        checksumsFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(checksumsPath),
        nestedArtifact: artifacts?.find((artifact) => artifact.name.includes('/'))?.name,
        algorithm: config.algorithm,
        bundleFile: signature === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(signature.bundlePath),
        signer: signature?.signer,
        sbomFiles: (sbom?.entries ?? []).map((entry) => entry.name),
        // Beside its artifact, folders and all (`a/sub/x.bin.sigstore.json`), as the bundles step writes it.
        artifactBundles: artifactBundles?.map((bundle) => ({ artifact: bundle.name, bundleFile: (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultBundlePath */ .Fq)(bundle.name) })),
        attestations: attestations === undefined ? undefined : { file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(attestations.path), predicateTypes: attestations.predicateTypes, artifact: artifacts?.[0]?.name ?? '' },
        images,
        verifier,
        immutableRelease,
        verificationKit: verificationKit === undefined || signature === undefined ? undefined : { policyFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(verificationKit.policyPath), trustedRootFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(verificationKit.trustedRootPath) },
        auditLog: auditLog === undefined ? undefined : { file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(auditLog.path), bundleFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(auditLog.bundlePath) },
    };
}
/** Writes VERIFY.md: the exact commands users run, from this run's files and signer. */
const runInstructionsStep = async (state) => {
    if (state.staging === undefined || state.checksumsPath === undefined)
        throw new Error('instructions run after checksums');
    const instructionsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(state.staging, _names_js__WEBPACK_IMPORTED_MODULE_4__/* .INSTRUCTIONS_FILE */ .f4);
    const instructionsInput = verifyInstructionsInput(state);
    await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .qD)(instructionsPath, (0,_instructions_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .renderVerifyInstructions */ .lE)(instructionsInput));
    return { instructionsPath, instructionsInput, ...(instructionsInput.verifier === undefined ? {} : { verifier: instructionsInput.verifier }), written: [instructionsPath] };
};


/***/ }),

/***/ 65610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ defaultBundlePath),
/* harmony export */   Ik: () => (/* binding */ bundleNameTooLong),
/* harmony export */   Q1: () => (/* binding */ bundleOverFileMessage),
/* harmony export */   Zf: () => (/* reexport safe */ _core_files_js__WEBPACK_IMPORTED_MODULE_2__.Zf),
/* harmony export */   e_: () => (/* binding */ earlierBundles),
/* harmony export */   pm: () => (/* binding */ earlierBundleWarning),
/* harmony export */   v0: () => (/* binding */ bundlesOverFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62164);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89531);
// Apart from session.ts: code that only names bundles (a release's file names) loads no signing client.





/** The bundle path trust-kit writes for a file: `<file>.sigstore.json`. */
function defaultBundlePath(path) {
    return `${path}${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf}`;
}
/**
 * What to say of a file whose bundle's name (`<name>.sigstore.json`) would be longer than a file
 * name may be, told before anything is signed (the write failed after the signature was logged);
 * undefined for a file whose bundle's name fits.
 */
function bundleNameTooLong(file) {
    const bundle = defaultBundlePath(file);
    if (!(0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .nameTooLong */ .W1)(bundle))
        return undefined;
    return `${file}'s bundle would be named ${Buffer.byteLength((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(bundle))} bytes long, more than the ${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg} a file name may have: give the file a shorter name (at most ${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg - _core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf.length} bytes)`;
}
/**
 * The bundles that lie where a run that signed nothing (on-missing-token warn or skip) would have
 * written them: an earlier run's, left as they were beside files that may have changed since.
 * `at` resolves a shown path to the one to look at.
 */
async function earlierBundles(bundles, at) {
    const there = await Promise.all(bundles.map((entry) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at(entry.bundle)).then(() => true, () => false)));
    return bundles.filter((_entry, index) => there[index] === true);
}
/** The warning about one of {@link earlierBundles}, so it is not taken for the run's own. */
function earlierBundleWarning({ file, bundle }) {
    return `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(bundle)} is an earlier run's, left as it was: nothing was signed now, and it may not sign ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(file)} as it is`;
}
/**
 * The files whose default bundle would be written over another file to sign (`bundles` as
 * {@link BundleOf}, `at` resolving a shown path), paired with that file: signing `dist/*` over an
 * earlier run's `app.tgz.sigstore.json` replaced it with app.tgz's bundle, then signed that bundle
 * in its place. Only a file named as a bundle can be one, so a list without any (nearly every one)
 * costs no call; otherwise paths are compared by their real paths, looked up together. A bundle
 * path given by hand (`--bundle`) is compared with the inputs where the flags are checked.
 */
async function bundlesOverFiles(bundles, at) {
    const named = bundles.filter(({ file }) => file.endsWith(_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf));
    if (named.length === 0)
        return [];
    const where = async (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(at(path)).catch(() => at(path));
    const files = new Map((await Promise.all(named.map(async ({ file }) => [await where(file), file]))));
    const landing = await Promise.all(bundles.map(({ bundle }) => where(bundle)));
    return bundles.flatMap(({ file }, index) => {
        const over = files.get(landing[index]);
        return over === undefined ? [] : [{ file, over }];
    });
}
/** What to say of one of {@link bundlesOverFiles}; `example` says how to leave the bundles out where the files came from. */
function bundleOverFileMessage({ file, over }, example) {
    return `${file}'s bundle would be written over ${over}, which is to be signed too: leave out an earlier run's bundles (${example}), or name the files to sign`;
}


/***/ })

};
