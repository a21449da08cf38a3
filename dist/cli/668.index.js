export const id = 668;
export const ids = [668];
export const modules = {

/***/ 20668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAssetNamesStep: () => (/* binding */ runAssetNamesStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86482);


/**
 * When the run publishes to a GitHub release, refuses artifact names a consumer could not check
 * there, before anything is signed: release assets are one flat list, so `linux/app` would be
 * downloaded as `app`, which the checksums file does not name (and `darwin/app` would take its place).
 */
const runAssetNamesStep = async ({ artifactFiles }) => {
    const nested = (artifactFiles ?? []).map((file) => file.name).filter((name) => name.includes('/'));
    if (nested.length === 0)
        return {};
    const byAsset = new Map();
    for (const name of nested)
        byAsset.set((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(name), [...(byAsset.get((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(name)) ?? []), name]);
    const clashes = [...byAsset.values()].filter((names) => names.length > 1).map((names) => names.join(' and '));
    const shown = nested.slice(0, 5).join(', ') + (nested.length > 5 ? ` and ${nested.length - 5} more` : '');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('RELEASE_ASSET_NAME_NESTED', `the artifact${nested.length === 1 ? '' : 's'} ${shown} ${nested.length === 1 ? 'lies' : 'lie'} in a subdirectory of the base, but GitHub release assets are one flat list: the checksums file would name files a consumer does not download under that name${clashes.length === 0 ? '' : ` (${clashes.slice(0, 5).join('; ')} would be one asset)`}`, {
        hint: 'set `base` (--base) to the directory holding the files, or download the build\'s artifacts with actions/download-artifact\'s `merge-multiple: true` into one directory; give files of the same name distinct names (e.g. app-linux, app-darwin)',
    });
};


/***/ })

};
