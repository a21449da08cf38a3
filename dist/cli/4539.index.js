export const id = 4539;
export const ids = [4539];
export const modules = {

/***/ 64539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var pathInside = (function (base, path, options = {}) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(base, path);
    if (inside === '')
        return options.baseItself === true ? '' : undefined;
    // relative() gives an absolute path on Windows for another drive.
    return inside === '..' || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside) ? undefined : inside;
});var isPathWithin = (function (root, path) {
    return path === root || path.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: (() => (/* binding */ isPathWithin)),
/* harmony export */   _: (() => (/* binding */ pathInside))
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/**
 * `path` relative to the directory `base` (the platform's separators) when it lies inside it,
 * undefined when it lies outside. Only a whole `..` segment climbs out: `..lib/package-lock.json`
 * and `..data` are inside. Both paths are taken as they are written (links are not followed;
 * callers that must not be led out by one pass real paths). The base itself is undefined, for
 * callers that want a path in the directory (a file of a release, a file of a layout, a place on
 * a commit), unless `baseItself` is set: it is then `''`, for callers that start from the
 * directory (a walk of it, a project read from its root, a file checked against it).
 */

/**
 * Whether `path` is `root` or lies below it, both absolute and normalised: {@link pathInside} with
 * the base itself, compared as text, for a walk's every entry.
 */



/***/ })

};
