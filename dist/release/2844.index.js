export const id = 2844;
export const ids = [2844];
export const modules = {

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ counted)
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


/***/ }),

/***/ 72844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBundlesStep: () => (/* binding */ runBundlesStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53871);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62164);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64539);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32985);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65799);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86482);







/**
 * Signs every artifact on its own into `<artifact>.sigstore.json` (beside it, under the same
 * relative directory), in the session that signed the checksums file: one certificate, one
 * identity. Each file is read once more, one at a time (memory holds one artifact), and must still
 * have the digest the checksums file lists.
 */
const runBundlesStep = async ({ config, ports, session, artifacts, staging }) => {
    // Signing was skipped (on-missing-token: warn|skip): nothing is signed, and the summary says why.
    if (session === undefined)
        return {};
    if (artifacts === undefined || staging === undefined)
        throw new Error('bundles run after hash');
    const artifactBundles = [];
    for (const artifact of artifacts) {
        const data = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(artifact.path, { maxBytes: _core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_LIMITS */ .Ef.artifactWhole, what: 'artifact' });
        if ((0,_core_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .digestBytes */ .QN)(config.algorithm, data) !== artifact.hex) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('RELEASE_ARTIFACT_CHANGED', `${artifact.name} (${artifact.path}) changed after it was hashed: its ${config.algorithm} is no longer the one the checksums file lists`, {
                hint: 'nothing may write the artifacts while trust-kit runs; run the release again once the build has finished',
            });
        }
        const bundlePath = (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_4__.defaultBundlePath)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(staging, artifact.name));
        // Artifact names lie under the base (collect refuses others): their bundles lie in the staging directory.
        if (!(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isPathWithin */ .Z)(staging, bundlePath))
            throw new Error(`the bundle of ${artifact.name} would lie outside the staging directory`);
        const signed = await session.signBlob(data, artifact.name);
        await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .qD)(bundlePath, signed.text);
        artifactBundles.push({ name: artifact.name, bundlePath });
    }
    ports.logger.info(`bundles: ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .counted */ .h)(artifactBundles.length, 'artifact')}, each signed on its own -> <artifact>.sigstore.json`);
    return { artifactBundles, written: artifactBundles.map((bundle) => bundle.bundlePath) };
};


/***/ })

};
