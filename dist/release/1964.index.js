export const id = 1964;
export const ids = [1964,3408];
export const modules = {

/***/ 72878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h4: () => (/* binding */ scopeUnderMarker),
/* harmony export */   nB: () => (/* binding */ namesMoreThanPythonVersion),
/* harmony export */   q$: () => (/* binding */ markerProperties)
/* harmony export */ });
/* unused harmony export ENVIRONMENT_MARKER */
/** The property naming a PEP 508 environment marker a lockfile lists a package under, verbatim. */
const ENVIRONMENT_MARKER = 'trust-kit:pypi:environment-marker';
/**
 * The marker variables that only say which Python runs the project (PEP 508's `python_version`,
 * `python_full_version`, `implementation_version`): lockfiles write them on nearly every package
 * (poetry export on each line, pipenv from each package's Requires-Python), restating the Pythons
 * the project supports.
 */
const PYTHON_VERSION_VARIABLES = new Set(['python_version', 'python_full_version', 'implementation_version']);
/** The words of a marker that are no variable. */
const MARKER_KEYWORDS = new Set(['and', 'or', 'not', 'in']);
/**
 * Whether a marker names anything but the Python version: the platform (`sys_platform`,
 * `platform_machine`, `os_name`, their PEP 345 dotted spellings), the implementation, or an extra.
 * The marker is read, never evaluated: the SBOM describes the project, not the machine making it.
 */
function namesMoreThanPythonVersion(marker) {
    const unquoted = marker.replace(/"[^"]*"|'[^']*'/g, ' ');
    for (const [word] of unquoted.matchAll(/[A-Za-z_][A-Za-z0-9_.]*/g)) {
        if (!MARKER_KEYWORDS.has(word) && !PYTHON_VERSION_VARIABLES.has(word))
            return true;
    }
    return false;
}
/**
 * The scope of a package listed under a marker (or none): a marker that names more than the
 * Python version makes a package the project would otherwise ship `optional`, since some
 * installs leave it out (`pywin32; sys_platform == "win32"`), as npm's platform packages are.
 * The collector keeps the stronger scope of a package's occurrences, so one listed without such a
 * marker anywhere stays required.
 */
function scopeUnderMarker(scope, marker) {
    return scope === 'required' && marker !== undefined && namesMoreThanPythonVersion(marker) ? 'optional' : scope;
}
/** The property recording a marker, or none for no marker. */
function markerProperties(marker) {
    const trimmed = marker?.trim();
    return trimmed === undefined || trimmed === '' ? [] : [{ name: ENVIRONMENT_MARKER, value: trimmed }];
}


/***/ }),

/***/ 79709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ singleArchiveHashes),
/* harmony export */   L7: () => (/* binding */ normalizePythonName),
/* harmony export */   LO: () => (/* binding */ pythonHash),
/* harmony export */   OG: () => (/* binding */ urlOrigin),
/* harmony export */   Tl: () => (/* binding */ indexOrigin),
/* harmony export */   Xf: () => (/* binding */ gitOrigin),
/* harmony export */   or: () => (/* binding */ versionFromUrl),
/* harmony export */   wK: () => (/* binding */ localOrigin)
/* harmony export */ });
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91573);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80211);


/** A Python project name in its PEP 503 normal form: lowercase, runs of `-`, `_` and `.` become one `-`. */
function normalizePythonName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const PYTHON_HASH_ALGORITHMS = {
    sha256: 'SHA256',
    sha384: 'SHA384',
    sha512: 'SHA512',
    sha1: 'SHA1',
    md5: 'MD5',
};
/** A `sha256:<hex>` hash as pip, Pipfile.lock, poetry and uv write them; undefined for other algorithms or malformed digests. */
function pythonHash(text) {
    const colon = text.indexOf(':');
    const algorithm = PYTHON_HASH_ALGORITHMS[text.slice(0, colon).toLowerCase()];
    if (colon <= 0 || algorithm === undefined)
        return undefined;
    const digest = text.slice(colon + 1);
    return (0,_hashes_js__WEBPACK_IMPORTED_MODULE_0__/* .hexHash */ .eP)(algorithm, digest);
}
/**
 * The hash of a package when the lockfile pins exactly one archive per algorithm. Lockfiles list one
 * hash per wheel and sdist; any single one of several would not match the other archives, so
 * several are recorded as none rather than one chosen arbitrarily.
 */
function singleArchiveHashes(hashes) {
    const parsed = hashes.map(pythonHash).filter((hash) => hash !== undefined);
    const counts = new Map();
    for (const hash of parsed)
        counts.set(hash.algorithm, (counts.get(hash.algorithm) ?? 0) + 1);
    return parsed.filter((hash) => counts.get(hash.algorithm) === 1);
}
/** The origin of a git source: `URL[?rev=..|tag=..|branch=..]#commit` (uv) or a URL and a resolved commit (poetry). */
function gitOrigin(spelled, commit) {
    const location = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .ri)(spelled);
    // The query says how the commit was chosen (and a sub-directory); the commit pins what was built.
    const end = /[?#]/.exec(location)?.index ?? location.length;
    const url = location.slice(0, end);
    const pinned = commit ?? (location.includes('#') ? location.slice(location.indexOf('#') + 1) : undefined);
    const repository = url.startsWith('git+') ? url : `git+${url}`;
    const at = pinned === undefined || pinned === '' ? '' : pinned;
    return { qualifiers: { vcs_url: at === '' ? repository : `${repository}@${at}` }, downloadLocation: at === '' ? repository : `${repository}#${at}` };
}
/** The origin of an archive URL source. */
function urlOrigin(spelled) {
    const url = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .ri)(spelled);
    return { qualifiers: { download_url: url }, downloadLocation: url };
}
/** PyPI's own index, under the names lockfiles write it with: the pypi purl type's default repository. */
const PYPI_INDEX = /^https?:\/\/(?:pypi\.org|pypi\.python\.org)(?:\/simple)?\/*$/i;
/**
 * The origin of a package locked from a package index: none for PyPI, `repository_url` (the index
 * URL without trailing slashes) for any other, which the purl spec requires so that a private
 * index's package is never taken for PyPI's of the same name. An index is no download location.
 */
function indexOrigin(spelled) {
    const url = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .ri)(spelled);
    if (PYPI_INDEX.test(url))
        return undefined;
    // Not a regex: `\/+$` is retried from every slash of a long run (quadratic on hostile input).
    let end = url.length;
    while (end > 0 && url[end - 1] === '/')
        end--;
    return end === 0 ? undefined : { qualifiers: { repository_url: url.slice(0, end) }, downloadLocation: undefined };
}
/** The origin of a local archive or folder, by its path as the lockfile spells it. */
function localOrigin(path) {
    return { qualifiers: { download_url: path }, downloadLocation: undefined };
}
/** A PEP 440 version as archive file names carry it. */
const FILE_VERSION = /^\d[0-9A-Za-z.!+]*$/;
/**
 * The version a direct reference's archive names: a wheel's file name is `name-version-...whl`
 * (the wheel spec), an sdist's `name-version.tar.gz` (or `.zip`); undefined when the file is not
 * named for this project (a git URL, a download endpoint), since the URL then says no version.
 */
function versionFromUrl(name, url) {
    const last = url.replace(/[?#].*$/s, '').split('/').pop() ?? '';
    let file;
    try {
        file = decodeURIComponent(last);
    }
    catch {
        // A malformed escape (`%E0%A4%A`) names no file a version can be read from; it must not cost the rest of the lockfile.
        return undefined;
    }
    const base = file.endsWith('.whl') ? file.slice(0, -4).split('-').slice(0, 2).join('-') : file.replace(/\.(?:tar\.gz|tar\.bz2|tgz|zip)$/, '');
    if (base === file || base[name.length] !== '-' || normalizePythonName(base.slice(0, name.length)) !== name)
        return undefined;
    const version = base.slice(name.length + 1);
    return FILE_VERSION.test(version) ? version : undefined;
}


/***/ }),

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

/***/ 73408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83096);


/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, and so are `!*'()` anywhere (`1%212.0`), which
 * the spec does not permit plain, so purls compare equal across tools.
 */
function purlOf(ecosystem, name, version, namespace, qualifiers) {
    if (!name.isWellFormed() || !version.isWellFormed() || namespace?.isWellFormed() === false)
        throw new Error(`Invalid purl: ${_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .LONE_SURROGATE */ .uG}`);
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeUnpermittedMarks */ .MS)(purl.replace(/@([^?#]*)/, (_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`));
}


/***/ })

};
