export const id = 964;
export const ids = [964];
export const modules = {

/***/ 41964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipfileLockParser: () => (/* binding */ pipfileLockParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26898);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24045);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15415);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79709);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98706);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72878);








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


/***/ }),

/***/ 15415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dF: () => (/* binding */ LockfileUnknowns)
/* harmony export */ });
/* unused harmony exports LISTED_UNKNOWNS, unlistedUnknowns */
/** How many unknowns of one lockfile are listed one by one; the rest are counted in one more unknown. */
const LISTED_UNKNOWNS = 100;
/** How many of a lockfile's `count` unknowns its {@link LockfileUnknowns} left out of the list (the one counting them stands for them all). */
function unlistedUnknowns(count) {
    return Math.max(0, count - LISTED_UNKNOWNS - 1);
}
/**
 * The unknowns one lockfile records per entry (a bad entry, a reference nothing resolves), listed up
 * to {@link LISTED_UNKNOWNS} and the rest counted in one more: 100,000 bad entries made a 4.5 MB
 * SPDX of the same sentence. `count` still says how many there were, for the summary.
 */
class LockfileUnknowns {
    #path;
    #rest;
    #listed = [];
    #more = 0;
    /** `rest` words the unknown that counts the ones past the limit. */
    constructor(path, rest = (count) => `${count} more unknowns of this file, not listed one by one`) {
        this.#path = path;
        this.#rest = rest;
    }
    /** Records one unknown, of the lockfile or (`path`) of a file it includes. */
    add(reason, line, path = this.#path) {
        if (this.#listed.length >= LISTED_UNKNOWNS) {
            this.#more++;
            return;
        }
        const unknown = { path, reason };
        if (line !== undefined)
            unknown.line = line;
        this.#listed.push(unknown);
    }
    /** Records the unknowns `other` recorded, after these: as if each had been added here (the ones it did not list counted, not listed). */
    addFrom(other) {
        for (const unknown of other.#listed)
            this.add(unknown.reason, unknown.line, unknown.path);
        this.#more += other.#more;
    }
    /** How many unknowns were recorded, listed or not. */
    get count() {
        return this.#listed.length + this.#more;
    }
    /** The unknowns listed, and one counting the rest. */
    all() {
        return this.#more === 0 ? [...this.#listed] : [...this.#listed, { path: this.#path, reason: this.#rest(this.#more) }];
    }
    /** A result's `unknowns` (perhaps empty), with their count when not all are listed. */
    fields() {
        return this.#more === 0 ? { unknowns: this.all() } : { unknowns: this.all(), unknownCount: this.count };
    }
    /** The result with its unknowns (and their count when not all are listed); the result itself when there are none. */
    into(result) {
        return this.count === 0 ? result : { ...result, ...this.fields() };
    }
}


/***/ })

};
