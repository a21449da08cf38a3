export const id = 6274;
export const ids = [6274];
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

/***/ 65610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ defaultBundlePath)
/* harmony export */ });
// Apart from session.ts: code that only names bundles (a release's file names) loads no signing client.
/** The bundle path trust-kit writes for a file: `<file>.sigstore.json`, the name cosign and gh look for. */
function defaultBundlePath(path) {
    return `${path}.sigstore.json`;
}


/***/ })

};
