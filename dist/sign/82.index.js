export const id = 82;
export const ids = [82,408];
export const modules = {

/***/ 55256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ sortProperties),
/* harmony export */   T: () => (/* binding */ strongerScope)
/* harmony export */ });
/** The stronger of two scopes, for merging copies of one package: required beats optional beats dev. */
function strongerScope(a, b) {
    if (a === 'required' || b === 'required')
        return 'required';
    if (a === 'optional' || b === 'optional')
        return 'optional';
    return 'dev';
}
/** Properties without repeats, sorted by name then value. */
function sortProperties(properties) {
    const byKey = new Map();
    for (const property of properties)
        byKey.set(`${property.name}\u0000${property.value}`, property);
    return [...byKey.keys()].sort().map((key) => byKey.get(key));
}


/***/ }),

/***/ 24045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hq: () => (/* binding */ headerLines),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   Qb: () => (/* binding */ recordField),
/* harmony export */   UI: () => (/* binding */ PackageCollector),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   e7: () => (/* binding */ arrayField),
/* harmony export */   lQ: () => (/* binding */ parseTomlLockfile),
/* harmony export */   nK: () => (/* binding */ purlFor),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   ve: () => (/* binding */ parseJsonLockfile)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26898);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55256);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91573);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33419);







/** The lockfile's text: UTF-8, without a byte-order mark. */
function textOf(input) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .textOfBytes */ .g)(input.content);
}
/** Whether a value is a plain JSON/TOML table (not null, not an array). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A field of a table when it is a string; anything else (missing, number, table) is undefined. */
function stringField(table, key) {
    const value = Object.hasOwn(table, key) ? table[key] : undefined;
    return typeof value === 'string' ? value : undefined;
}
/** A field of a table when it is a table; inherited keys like `__proto__` are never read. */
function recordField(table, key) {
    const value = Object.hasOwn(table, key) ? table[key] : undefined;
    return isRecord(value) ? value : undefined;
}
/** A field of a table when it is an array. */
function arrayField(table, key) {
    const value = Object.hasOwn(table, key) ? table[key] : undefined;
    return Array.isArray(value) ? value : undefined;
}
/** Parses a JSON lockfile; a syntax error becomes an SbomParseError naming the line. */
function parseJsonLockfile(input) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonText */ .l)(input.path, textOf(input));
}
/** Parses a TOML lockfile (Cargo, poetry, uv); a syntax error becomes an SbomParseError naming the line. */
function parseTomlLockfile(input) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(textOf(input));
    }
    catch (error) {
        // smol-toml reports the line of a syntax error; anything else it throws (too deep nesting) has none.
        const line = typeof error.line === 'number' ? error.line : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SbomParseError */ .J(input.path, `not valid TOML: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error).split('\n')[0]}`, line, { cause: error });
    }
}
/** The 1-based lines on which a table-array header like `[[package]]` starts, in order: element i of the array is at line i. */
function headerLines(text, header) {
    const lines = [];
    let line = 1;
    let start = 0;
    while (start <= text.length) {
        const end = text.indexOf('\n', start);
        const stop = end === -1 ? text.length : end;
        if (text.slice(start, stop).trim() === header)
            lines.push(line);
        if (end === -1)
            break;
        start = end + 1;
        line += 1;
    }
    return lines;
}
/**
 * A purl made by `make`, with whatever packageurl-js refuses (a name or version invalid for the
 * purl type, its validator bugs, a purl it writes but cannot read back) reported as a parse error
 * of this lockfile: every purl in an SBOM must parse with the standard library.
 */
function purlFor(path, line, make) {
    try {
        const purl = make();
        packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(purl);
        return purl;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SbomParseError */ .J(path, `no package URL can be made: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`, line, { cause: error });
    }
}
/**
 * Collects the packages and edges of one lockfile, one package per purl, and applies the one scope
 * policy: a package needed in any way other than for development is not `dev`; `dev` packages (and
 * their edges) are left out unless development dependencies were asked for.
 */
class PackageCollector {
    #input;
    #packages = new Map();
    #edges = new Map();
    /** Where each package was seen (line and entry), so repeats merge in constant time. */
    #seen = new Map();
    /** Each package's properties by name and value, sorted into it once by `result`: sorting them for each occurrence was quadratic. */
    #properties = new Map();
    constructor(input) {
        this.#input = input;
    }
    /** Records a package occurrence (merging locations, hashes and the widest scope into an existing one); returns its purl. */
    add(found) {
        const location = { path: found.path ?? this.#input.path };
        if (found.line !== undefined)
            location.line = found.line;
        if (found.entry !== undefined)
            location.entry = found.entry;
        const where = `${found.line ?? ''}\u0000${found.entry ?? ''}\u0000${location.path}`;
        const existing = this.#packages.get(found.purl);
        if (existing === undefined) {
            const pkg = {
                purl: found.purl,
                ecosystem: found.ecosystem,
                name: found.name,
                version: found.version,
                hashes: (0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .sortHashes */ .bZ)(found.hashes ?? []),
                locations: [location],
                scope: found.scope,
            };
            if (found.license !== undefined)
                pkg.license = found.license;
            if (found.downloadLocation !== undefined)
                pkg.downloadLocation = found.downloadLocation;
            if (found.properties !== undefined)
                this.#addProperties(found.purl, found.properties);
            if (found.supplier !== undefined)
                pkg.supplier = found.supplier;
            this.#packages.set(found.purl, pkg);
            this.#seen.set(found.purl, new Set([where]));
            return found.purl;
        }
        existing.scope = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .strongerScope */ .T)(existing.scope, found.scope);
        const seen = this.#seen.get(found.purl);
        if (seen !== undefined && !seen.has(where)) {
            seen.add(where);
            existing.locations.push(location);
        }
        if (found.hashes !== undefined)
            existing.hashes = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .sortHashes */ .bZ)([...existing.hashes, ...found.hashes]);
        existing.license ??= found.license;
        existing.downloadLocation ??= found.downloadLocation;
        existing.supplier ??= found.supplier;
        if (found.properties !== undefined)
            this.#addProperties(found.purl, found.properties);
        return found.purl;
    }
    #addProperties(purl, properties) {
        if (properties.length === 0)
            return;
        let byKey = this.#properties.get(purl);
        if (byKey === undefined)
            this.#properties.set(purl, (byKey = new Map()));
        for (const property of properties)
            byKey.set(`${property.name}\u0000${property.value}`, property);
    }
    /** Whether a purl was recorded. */
    has(purl) {
        return this.#packages.has(purl);
    }
    /** Records that `from` depends on `to` (or contains it, for workspace members), with a comment when the edge is an approximation. */
    relate(from, to, type = 'depends-on', comment) {
        if (from === to)
            return;
        this.#edges.set(`${from}\u0000${to}\u0000${type}`, comment === undefined ? { from, to, type } : { from, to, type, comment });
    }
    /** Sets a recorded package's scope, for parsers that work scopes out from the graph after recording packages (Go tools). */
    rescope(purl, scope) {
        const pkg = this.#packages.get(purl);
        if (pkg !== undefined)
            pkg.scope = scope;
    }
    /** Adds properties to a recorded package. */
    annotate(purl, properties) {
        if (this.#packages.has(purl))
            this.#addProperties(purl, properties);
    }
    /** The packages (dev ones only when asked for) and the edges between packages that remain, plus the root. */
    result(root) {
        for (const [purl, byKey] of this.#properties) {
            const pkg = this.#packages.get(purl);
            if (pkg !== undefined && byKey.size > 0)
                pkg.properties = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .sortProperties */ .O)([...byKey.values()]);
        }
        const packages = [...this.#packages.values()].filter((pkg) => pkg.purl !== root?.purl && (this.#input.includeDev || pkg.scope !== 'dev'));
        const kept = new Set(packages.map((pkg) => pkg.purl));
        if (root !== undefined)
            kept.add(root.purl);
        const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
        for (const pkg of packages)
            pkg.locations.sort((a, b) => order(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || order(a.entry ?? '', b.entry ?? ''));
        const relationships = [...this.#edges.values()].filter((edge) => kept.has(edge.from) && kept.has(edge.to));
        return root === undefined ? { packages, relationships } : { root, packages, relationships };
    }
}


/***/ }),

/***/ 79709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ singleArchiveHashes),
/* harmony export */   L7: () => (/* binding */ normalizePythonName),
/* harmony export */   LO: () => (/* binding */ pythonHash),
/* harmony export */   OG: () => (/* binding */ urlOrigin),
/* harmony export */   Xf: () => (/* binding */ gitOrigin),
/* harmony export */   or: () => (/* binding */ versionFromUrl),
/* harmony export */   wK: () => (/* binding */ localOrigin)
/* harmony export */ });
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91573);

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
function gitOrigin(location, commit) {
    // The query says how the commit was chosen (and a sub-directory); the commit pins what was built.
    const end = /[?#]/.exec(location)?.index ?? location.length;
    const url = location.slice(0, end);
    const pinned = commit ?? (location.includes('#') ? location.slice(location.indexOf('#') + 1) : undefined);
    const repository = url.startsWith('git+') ? url : `git+${url}`;
    const at = pinned === undefined || pinned === '' ? '' : pinned;
    return { qualifiers: { vcs_url: at === '' ? repository : `${repository}@${at}` }, downloadLocation: at === '' ? repository : `${repository}#${at}` };
}
/** The origin of an archive URL source. */
function urlOrigin(url) {
    return { qualifiers: { download_url: url }, downloadLocation: url };
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
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(897);







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
/** The sdist's hash among a package's files (`files` in the entry, or `[metadata.files]` of format 1.x); wheels are one per platform. */
function sdistHash(files) {
    const sdists = (files ?? []).filter((file) => (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(file) && /\.(tar\.gz|zip|tar\.bz2)$/.test((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(file, 'file') ?? ''));
    return sdists.length === 1 && sdists[0] !== undefined ? (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .pythonHash */ .LO)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(sdists[0], 'hash') ?? '') : undefined;
}
/**
 * Where a package from a `[package.source]` came from: a `url` source's archive, a `git` source's
 * repository at the resolved commit, a `directory` or `file` source's local path. A `legacy`
 * source is a package index, which the package's name and version identify as for PyPI.
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
    const scopes = (0,_scopes_js__WEBPACK_IMPORTED_MODULE_6__/* .scopesByReachability */ .Q)({ required: project.dependencies, optional: project.optionalDependencies, dev: project.devDependencies }, edges);
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
            const purl = collector.add({
                purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, line, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('pypi', name, version, undefined, origin?.qualifiers)),
                ecosystem: 'pypi',
                name,
                version,
                scope: devOnly?.has(name) === true ? 'dev' : scopeOf(entry),
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
        for (const name of project.dependencies)
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

/***/ 33419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ textOfBytes),
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3085);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26898);



// Apart from lockfile.ts: the JavaScript parsers read text and JSON too, and must not load the purl and TOML libraries it imports.
/** A file's text: UTF-8, without a byte-order mark. */
function textOfBytes(content) {
    const text = content.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Parses the JSON text of the lockfile at `path`; a syntax error becomes an SbomParseError naming the line. */
function parseJsonText(path, text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `not valid JSON: ${message.split('\n')[0] ?? ''}`, (0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonErrorLine */ .DP)(text, message), { cause: error });
    }
}


/***/ }),

/***/ 73408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);

/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, so purls compare equal across tools.
 */
function purlOf(ecosystem, name, version, namespace, qualifiers) {
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return purl.replace(/@([^?#]*)/, (_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`);
}


/***/ })

};
