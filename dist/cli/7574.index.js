export const id = 7574;
export const ids = [7574];
export const modules = {

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var cappedChunks = (async function* (body, maxBytes, tooLarge) {
    const declared = Number(body.declaredLength ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await body.close();
        throw tooLarge(declared);
    }
    let bytes = 0;
    for await (const chunk of body.chunks) {
        bytes += chunk.length;
        if (bytes > maxBytes)
            throw tooLarge(undefined);
        yield chunk;
    }
});var readCapped = (async function (body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: (() => (/* binding */ cappedChunks)),
/* harmony export */   E: (() => (/* binding */ readCapped))
/* harmony export */ });
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */

/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */



/***/ }),

/***/ 20668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var refuseRewrittenNames = (function (names) {
    const rewritten = names.filter(((name) => (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_1__.githubAssetName)(name) !== name));
    if (rewritten.length === 0)
        return;
    const shown = rewritten.slice(0, 5).map(((name) => `${JSON.stringify(name)} (published as ${JSON.stringify((0,_github_releases_js__WEBPACK_IMPORTED_MODULE_1__.githubAssetName)(name))})`)).join(', ') + (rewritten.length > 5 ? ` and ${rewritten.length - 5} more` : '');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('RELEASE_ASSET_NAME_REWRITTEN', `GitHub would publish ${rewritten.length === 1 ? 'the artifact' : 'the artifacts'} ${shown} under another name than the checksums file lists, so checking the downloaded files against it would fail`, {
        hint: 'rename the files to letters, digits and . _ - + @ only (no spaces, brackets or non-ASCII letters, no dot at either end), as GitHub keeps them',
    });
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAssetNamesStep: (() => (/* binding */ runAssetNamesStep))
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40461);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86482);



/**
 * When the run publishes to a GitHub release, refuses artifact names a consumer could not check
 * there, before anything is signed: release assets are one flat list, so `linux/app` would be
 * downloaded as `app`, which the checksums file does not name (and `darwin/app` would take its
 * place); and GitHub renames `my app.tgz` to `my.app.tgz`, which the checksums file does not name either.
 */
const runAssetNamesStep = (async ({ artifactFiles }) => {
    const names = (artifactFiles ?? []).map(((file) => file.name));
    const nested = names.filter(((name) => name.includes('/')));
    if (nested.length === 0) {
        refuseRewrittenNames(names);
        return {};
    }
    const byAsset = new Map();
    for (const name of nested)
        byAsset.set((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(name), [...(byAsset.get((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(name)) ?? []), name]);
    const clashes = [...byAsset.values()].filter(((names) => names.length > 1)).map(((names) => names.join(' and ')));
    const shown = nested.slice(0, 5).join(', ') + (nested.length > 5 ? ` and ${nested.length - 5} more` : '');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('RELEASE_ASSET_NAME_NESTED', `the artifact${nested.length === 1 ? '' : 's'} ${shown} ${nested.length === 1 ? 'lies' : 'lie'} in a subdirectory of the base, but GitHub release assets are one flat list: the checksums file would name files a consumer does not download under that name${clashes.length === 0 ? '' : ` (${clashes.slice(0, 5).join('; ')} would be one asset)`}`, {
        hint: 'set `base` (--base) to the directory holding the files, or download the build\'s artifacts with actions/download-artifact\'s `merge-multiple: true` into one directory; give files of the same name distinct names (e.g. app-linux, app-darwin)',
    });
});
/** Refuses names GitHub would store under another name: the checksums file must name what is published. */



/***/ })

};
