export const id = 2153;
export const ids = [2153];
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

/***/ 32153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runChecksumsStep: () => (/* binding */ runChecksumsStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9396);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62164);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32985);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77621);





/**
 * Writes the checksums file: the artifacts, and the SBOMs and the verification kit by the names
 * they are published under beside them, so the signature covers them all. It is written also when the SBOMs failed: the
 * artifacts' checksums are kept.
 */
const runChecksumsStep = async ({ config, ports, artifacts, sbom, verificationKit, staging, outputDir }) => {
    if (artifacts === undefined || staging === undefined)
        throw new Error('checksums runs after hash');
    const sbomEntries = sbom?.entries ?? [];
    const checksumsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(staging, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .checksumsFileName */ .sC)(config.algorithm));
    const checksumsBytes = Buffer.from((0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_1__.checksumsFileText)([...artifacts, ...sbomEntries, ...(verificationKit?.entries ?? [])]), 'utf8');
    await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .qD)(checksumsPath, checksumsBytes);
    ports.logger.info(`checksums: ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .counted */ .h)(artifacts.length, 'artifact')}${sbomEntries.length === 0 ? '' : ` and ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .counted */ .h)(sbomEntries.length, 'SBOM')}`} -> ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(ports.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outputDir, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(staging, checksumsPath)))}`);
    return { checksumsPath, checksumsBytes, written: [checksumsPath] };
};


/***/ })

};
