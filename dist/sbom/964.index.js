export const id = 964;
export const ids = [964];
export const modules = {

/***/ 1964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipfileLockParser: () => (/* binding */ pipfileLockParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6898);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9531);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4045);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5415);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9709);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8706);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2878);








/** The sections of Pipfile.lock and the scope of what they list. */
const SECTIONS = [
    ['default', 'required'],
    ['develop', 'dev'],
];
/**
 * Where an entry came from: a `git` repository at its `ref` (pipenv locks the commit), a `file`
 * URL, a non-editable `path` (an editable one is the project's own tree), else the index its
 * `index` names when that is not PyPI.
 */
function originOf(entry, indexes) {
    const git = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(entry, 'git');
    if (git !== undefined)
        return (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .gitOrigin */ .Xf)(git, (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(entry, 'ref'));
    const file = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(entry, 'file');
    if (file !== undefined)
        return /^https?:\/\//.test(file) ? (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .urlOrigin */ .OG)(file) : (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .localOrigin */ .wK)(file);
    const path = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(entry, 'path');
    if (path !== undefined)
        return entry.editable === true ? undefined : (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .localOrigin */ .wK)(path);
    const index = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(entry, 'index');
    const indexUrl = index === undefined ? undefined : indexes.get(index);
    return indexUrl === undefined ? undefined : (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .indexOrigin */ .Tl)(indexUrl);
}
/** The package indexes `_meta.sources` names, by name (what an entry's `index` says). */
function indexesOf(lock) {
    const indexes = new Map();
    const meta = lock._meta;
    const sources = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(meta) ? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .arrayField */ .e7)(meta, 'sources') : undefined;
    for (const source of sources ?? []) {
        const name = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(source) ? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'name') : undefined;
        const url = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(source) ? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'url') : undefined;
        if (name !== undefined && url !== undefined)
            indexes.set(name, url);
    }
    return indexes;
}
/**
 * Packages from `Pipfile.lock`: `default` is required, `develop` is dev scope; versions pinned
 * `==x` (or `===x`); git, file URL and path entries with their origin as purl qualifier (a git
 * entry at no version unless the lock gives one, a file at the version its name gives); editable
 * paths (the project's own tree) are skipped. An entry's `markers` are recorded, and make a
 * `default` entry optional when they name more than the Python version.
 */
const pipfileLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_5__/* .PIPFILE_LOCK */ .Uy,
    async parse(input) {
        const lock = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonLockfile */ .ve)(input);
        if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(lock))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, 'a Pipfile.lock is a JSON object');
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .PackageCollector */ .UI(input);
        const indexes = indexesOf(lock);
        // What the lock holds but cannot be listed: said, not dropped in silence (an unpinned entry is still installed).
        const unknowns = new _unknowns_js__WEBPACK_IMPORTED_MODULE_7__/* .LockfileUnknowns */ .dF(input.path);
        for (const [section, scope] of SECTIONS) {
            const packages = Object.hasOwn(lock, section) ? lock[section] : {};
            if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(packages)) {
                unknowns.add(`${section}: not an object of packages`);
                continue;
            }
            for (const [rawName, entry] of Object.entries(packages)) {
                const where = `${section}.${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedText */ .LD)(rawName, 100)}`;
                if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(entry)) {
                    unknowns.add(`${where}: not an object`);
                    continue;
                }
                const declared = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(entry, 'version');
                const pinned = /^===?(\S+)$/.exec(declared ?? '')?.[1];
                const origin = originOf(entry, indexes);
                if (pinned === undefined && (origin === undefined || origin.qualifiers.repository_url !== undefined)) {
                    // The project's own tree, installed in place, is no dependency.
                    if (entry.editable !== true)
                        unknowns.add(`${where}: no version pinned with == (${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(declared ?? null, 100)}), no git, file or path: pipenv installs what it allows, which the SBOM cannot name`);
                    continue;
                }
                const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L7)(rawName);
                const file = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(entry, 'file');
                const version = pinned ?? (file === undefined ? '' : ((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .versionFromUrl */ .or)(name, file) ?? ''));
                const hashes = ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .arrayField */ .e7)(entry, 'hashes') ?? []).filter((hash) => typeof hash === 'string');
                const marker = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(entry, 'markers');
                collector.add({
                    purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .purlFor */ .nK)(input.path, undefined, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__.purlOf)('pypi', name, version, undefined, origin?.qualifiers)),
                    ecosystem: 'pypi',
                    name,
                    version,
                    scope: (0,_markers_js__WEBPACK_IMPORTED_MODULE_6__/* .scopeUnderMarker */ .h4)(scope, marker),
                    properties: (0,_markers_js__WEBPACK_IMPORTED_MODULE_6__/* .markerProperties */ .q$)(marker),
                    entry: section,
                    hashes: (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .singleArchiveHashes */ .B0)(hashes),
                    downloadLocation: origin?.downloadLocation,
                });
            }
        }
        return unknowns.into(collector.result());
    },
};


/***/ })

};
