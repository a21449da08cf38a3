export const id = 5082;
export const ids = [5082,3408];
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

/***/ 15082:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_VERSIONS_PER_NAME: () => (/* binding */ MAX_VERSIONS_PER_NAME),
/* harmony export */   poetryLockParser: () => (/* binding */ poetryLockParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26898);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24045);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79709);
/* harmony import */ var _pyproject_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71557);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98706);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72878);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(897);








/**
 * The scope poetry recorded: `category = "dev"` (lock format 1.x), or `groups` without `main`
 * (format 2.1); format 2.0 records neither, so its packages are all required. Optional packages
 * are those only an extra pulls in.
 */
function scopeOf(entry) {
    const groups = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .arrayField */ .e7)(entry, 'groups');
    const dev = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(entry, 'category') === 'dev' || (groups !== undefined && groups.length > 0 && !groups.includes('main'));
    if (dev)
        return 'dev';
    return entry.optional === true ? 'optional' : 'required';
}
/**
 * The environment markers poetry puts on a package itself (lock format 2.1, poetry 2: `markers`, a
 * string for all its groups or a table by group; poetry 1.0's `marker`), those of the groups that
 * decide its scope: `main` for a package that ships (a table without `main` puts none on it there),
 * every group's for a dev one. Older formats put markers only on dependency edges, which are not read for this.
 */
function markersOf(entry, scope) {
    const spelled = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(entry, 'markers') ?? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(entry, 'marker');
    if (spelled !== undefined)
        return [spelled];
    const byGroup = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .recordField */ .Qb)(entry, 'markers');
    if (byGroup === undefined)
        return [];
    const markers = scope === 'dev' ? Object.values(byGroup) : [Object.hasOwn(byGroup, 'main') ? byGroup.main : undefined];
    return markers.filter((marker) => typeof marker === 'string');
}
/** The sdist's hash among a package's files (`files` in the entry, or `[metadata.files]` of format 1.x); wheels are one per platform. */
function sdistHash(files) {
    const sdists = (files ?? []).filter((file) => (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(file) && /\.(tar\.gz|zip|tar\.bz2)$/.test((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(file, 'file') ?? ''));
    return sdists.length === 1 && sdists[0] !== undefined ? (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .pythonHash */ .LO)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(sdists[0], 'hash') ?? '') : undefined;
}
/**
 * Where a package from a `[package.source]` came from: a `url` source's archive, a `git` source's
 * repository at the resolved commit, a `directory` or `file` source's local path, a `legacy`
 * source's package index (a PEP 503 index other than PyPI, poetry's name for every such source).
 */
function originOf(source) {
    const url = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(source, 'url');
    if (url === undefined)
        return undefined;
    switch ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(source, 'type')) {
        case 'url':
            return (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .urlOrigin */ .OG)(url);
        case 'git':
            return (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .gitOrigin */ .Xf)(url, (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(source, 'resolved_reference') ?? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(source, 'reference'));
        case 'directory':
        case 'file':
            return (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .localOrigin */ .wK)(url);
        case 'legacy':
            return (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .indexOrigin */ .Tl)(url);
        default:
            return undefined;
    }
}
/** The root: the project the pyproject.toml beside the lockfile names, with what it declares (poetry.lock does not record the root's dependencies). */
async function projectOf(input) {
    const project = await (0,_pyproject_js__WEBPACK_IMPORTED_MODULE_4__/* .readPyproject */ .x)(input);
    if (project?.name === undefined)
        return undefined;
    const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePythonName */ .L7)(project.name);
    const version = project.version ?? '';
    const root = { purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, undefined, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('pypi', name, version)), ecosystem: 'pypi', name, version, hashes: [], locations: [{ path: input.path }], scope: 'required' };
    if (project.license !== undefined)
        root.license = project.license;
    return { root, project };
}
/**
 * Dev scope for lock format 2.0, which records neither `category` nor `groups`: what only the
 * pyproject.toml's groups reach through the lock's edges (as `poetry show --only main` leaves it out).
 * Undefined when the lock records scopes itself or no pyproject.toml says what is main.
 */
function devByReachability(entries, project) {
    if (project === undefined || entries.some((entry) => Object.hasOwn(entry, 'category') || Object.hasOwn(entry, 'groups')))
        return undefined;
    const edges = new Map();
    for (const entry of entries) {
        const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePythonName */ .L7)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(entry, 'name') ?? '');
        const dependencies = Object.entries((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .recordField */ .Qb)(entry, 'dependencies') ?? {}).map(([target, spec]) => ({ to: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePythonName */ .L7)(target), optional: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(spec) && spec.optional === true }));
        edges.set(name, [...(edges.get(name) ?? []), ...dependencies]);
    }
    const scopes = (0,_scopes_js__WEBPACK_IMPORTED_MODULE_7__/* .scopesByReachability */ .Q)({ required: project.dependencies, optional: project.optionalDependencies, dev: project.devDependencies }, edges);
    return new Set([...scopes].filter(([, scope]) => scope === 'dev').map(([name]) => name));
}
/**
 * How many versions of one name a poetry.lock may lock: a dependency names no version, so it is an
 * edge to each version of the name, and without a bound n entries of one name make n² edges. Poetry
 * locks several only for disjoint environment markers (a handful).
 */
const MAX_VERSIONS_PER_NAME = 64;
/**
 * Packages from `poetry.lock` (formats 1.x and 2.x): PEP 503 names, dev category or non-main
 * groups as dev scope (format 2.0: what only the pyproject.toml's groups reach), the sdist hash,
 * and dependency edges by name.
 */
const poetryLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_5__/* .POETRY_LOCK */ .WL,
    async parse(input) {
        const lock = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTomlLockfile */ .lQ)(input);
        const entries = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .arrayField */ .e7)(lock, 'package') ?? [];
        const lines = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .headerLines */ .Hq)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(input), '[[package]]');
        const legacyFiles = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .recordField */ .Qb)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .recordField */ .Qb)(lock, 'metadata') ?? {}, 'files') ?? {};
        const versions = new Map();
        for (const [index, entry] of entries.entries()) {
            const line = lines[index];
            if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(entry))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, 'a [[package]] entry is not a table', line);
            const rawName = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(entry, 'name');
            const version = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(entry, 'version');
            if (rawName === undefined || rawName === '' || version === undefined || version === '') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, 'a [[package]] entry lacks a name or version', line);
            }
            const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePythonName */ .L7)(rawName);
            const count = (versions.get(name) ?? 0) + 1;
            if (count > MAX_VERSIONS_PER_NAME)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, `${name} is locked at more than ${MAX_VERSIONS_PER_NAME} versions; poetry locks one per set of environment markers`, line);
            versions.set(name, count);
        }
        const tables = entries;
        const declared = await projectOf(input);
        const devOnly = devByReachability(tables, declared?.project);
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageCollector */ .UI(input);
        const byName = new Map();
        const dependenciesOf = [];
        for (const [index, entry] of tables.entries()) {
            const line = lines[index];
            const rawName = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(entry, 'name');
            const version = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(entry, 'version');
            const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePythonName */ .L7)(rawName);
            const files = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .arrayField */ .e7)(entry, 'files') ?? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .arrayField */ .e7)(legacyFiles, rawName) ?? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .arrayField */ .e7)(legacyFiles, name);
            const hash = sdistHash(files);
            const source = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .recordField */ .Qb)(entry, 'source');
            const origin = source === undefined ? undefined : originOf(source);
            const scope = devOnly?.has(name) === true ? 'dev' : scopeOf(entry);
            const markers = markersOf(entry, scope);
            const purl = collector.add({
                purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, line, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('pypi', name, version, undefined, origin?.qualifiers)),
                ecosystem: 'pypi',
                name,
                version,
                // Every marker of a package that ships must name more than the Python version for it to be optional.
                scope: markers.length > 0 && markers.every((marker) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_6__/* .scopeUnderMarker */ .h4)(scope, marker) === 'optional') ? 'optional' : scope,
                properties: markers.flatMap(_markers_js__WEBPACK_IMPORTED_MODULE_6__/* .markerProperties */ .q$),
                line,
                hashes: hash === undefined ? [] : [hash],
                downloadLocation: origin?.downloadLocation,
            });
            const named = byName.get(name);
            if (named === undefined)
                byName.set(name, new Set([purl]));
            else
                named.add(purl);
            dependenciesOf.push({ purl, names: Object.keys((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .recordField */ .Qb)(entry, 'dependencies') ?? {}).map(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePythonName */ .L7) });
        }
        for (const { purl, names } of dependenciesOf) {
            for (const name of names) {
                // A name locked at several versions (per-platform markers) gets an edge to each.
                for (const target of byName.get(name) ?? [])
                    collector.relate(purl, target);
            }
        }
        if (declared === undefined)
            return collector.result();
        const { root, project } = declared;
        // The project's extras are its dependencies too, when asked for (`poetry show --tree` lists them at the top); their scope says optional.
        for (const name of [...project.dependencies, ...project.optionalDependencies])
            for (const target of byName.get(name) ?? [])
                collector.relate(root.purl, target);
        if (input.includeDev)
            for (const name of project.devDependencies)
                for (const target of byName.get(name) ?? [])
                    collector.relate(root.purl, target, 'dev-depends-on');
        return collector.result(root);
    },
};


/***/ }),

/***/ 71557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readPyproject)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24045);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79709);



/** The project name a PEP 508 requirement string starts with. */
function requirementName(requirement) {
    const name = typeof requirement === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1] : undefined;
    return name === undefined ? [] : [(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePythonName */ .L7)(name)];
}
/** The names of a poetry dependency table, without the Python version constraint. */
function tableNames(table) {
    return Object.keys(table ?? {}).filter((name) => name.toLowerCase() !== 'python').map(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePythonName */ .L7);
}
/**
 * The project from `pyproject.toml` (`[project]`, else poetry's `[tool.poetry]`): its name,
 * version and license (a PEP 639 expression, or the `text` of the older table form).
 */
async function readPyproject(input) {
    const manifest = await input.readSibling('pyproject.toml');
    if (manifest === undefined)
        return undefined;
    let pyproject;
    try {
        pyproject = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(manifest.toString('utf8'));
    }
    catch {
        // An unreadable manifest only costs the root's details; the lockfile still lists every package.
        return undefined;
    }
    const poetry = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(pyproject, 'tool') ?? {}, 'poetry');
    const project = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(pyproject, 'project');
    const table = project ?? poetry;
    if (table === undefined)
        return undefined;
    const listed = (value) => (Array.isArray(value) ? value.flatMap(requirementName) : []);
    const dependencies = [...listed(project?.dependencies), ...tableNames((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(poetry ?? {}, 'dependencies'))];
    const optionalDependencies = Object.values((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(project ?? {}, 'optional-dependencies') ?? {}).flatMap(listed);
    const devDependencies = [
        ...Object.values((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(poetry ?? {}, 'group') ?? {}).flatMap((group) => tableNames((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(group) ? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(group, 'dependencies') : undefined)),
        ...tableNames((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(poetry ?? {}, 'dev-dependencies')),
        ...Object.values((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(pyproject, 'dependency-groups') ?? {}).flatMap(listed),
    ];
    const licenseTable = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(table, 'license');
    const license = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(table, 'license') ?? (licenseTable === undefined ? undefined : (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(licenseTable, 'text'));
    return { name: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(table, 'name'), version: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(table, 'version'), license: license?.trim() === '' ? undefined : license?.trim(), dependencies, optionalDependencies, devDependencies };
}


/***/ }),

/***/ 897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ scopesByReachability)
/* harmony export */ });
/**
 * Scopes from reachability, for lockfiles that do not flag dev packages (yarn, pnpm 9, bun): what
 * production dependencies reach is required (optional once an optional edge is crossed), what only
 * dev dependencies reach is dev. Nodes nothing reaches stay required: leaving out a package that
 * ships is worse than listing one that does not.
 */
function scopesByReachability(starts, edges) {
    const scopes = new Map();
    const walk = (from, scope, followOptional, deferred) => {
        const queue = [...from].filter((node) => !scopes.has(node));
        for (const node of queue)
            scopes.set(node, scope);
        while (queue.length > 0) {
            const node = queue.pop();
            for (const edge of edges.get(node) ?? []) {
                if (scopes.has(edge.to))
                    continue;
                if (edge.optional && !followOptional) {
                    deferred.push(edge.to);
                    continue;
                }
                scopes.set(edge.to, scope);
                queue.push(edge.to);
            }
        }
    };
    const optionalStarts = [...starts.optional];
    walk(starts.required, 'required', false, optionalStarts);
    walk(optionalStarts, 'optional', true, []);
    walk(starts.dev, 'dev', true, []);
    return scopes;
}


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
