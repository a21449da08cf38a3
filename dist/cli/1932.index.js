export const id = 1932;
export const ids = [1932,3408];
export const modules = {

/***/ 72878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var namesMoreThanPythonVersion = (function (marker) {
    const unquoted = marker.replace(/"[^"]*"|'[^']*'/g, ' ');
    for (const [word] of unquoted.matchAll(/[A-Za-z_][A-Za-z0-9_.]*/g)) {
        if (!MARKER_KEYWORDS.has(word) && !PYTHON_VERSION_VARIABLES.has(word))
            return true;
    }
    return false;
});var scopeUnderMarker = (function (scope, marker) {
    return scope === 'required' && marker !== undefined && namesMoreThanPythonVersion(marker) ? 'optional' : scope;
});var markerProperties = (function (marker) {
    const trimmed = marker?.trim();
    return trimmed === undefined || trimmed === '' ? [] : [{ name: ENVIRONMENT_MARKER, value: trimmed }];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h4: (() => (/* binding */ scopeUnderMarker)),
/* harmony export */   nB: (() => (/* binding */ namesMoreThanPythonVersion)),
/* harmony export */   q$: (() => (/* binding */ markerProperties))
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

/**
 * The scope of a package listed under a marker (or none): a marker that names more than the
 * Python version makes a package the project would otherwise ship `optional`, since some
 * installs leave it out (`pywin32; sys_platform == "win32"`), as npm's platform packages are.
 * The collector keeps the stronger scope of a package's occurrences, so one listed without such a
 * marker anywhere stays required.
 */

/** The property recording a marker, or none for no marker. */



/***/ }),

/***/ 79709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var normalizePythonName = (function (name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
});var pythonHash = (function (text) {
    const colon = text.indexOf(':');
    const algorithm = PYTHON_HASH_ALGORITHMS[text.slice(0, colon).toLowerCase()];
    if (colon <= 0 || algorithm === undefined)
        return undefined;
    const digest = text.slice(colon + 1);
    return (0,_hashes_js__WEBPACK_IMPORTED_MODULE_0__/* .hexHash */ .eP)(algorithm, digest);
});var singleArchiveHashes = (function (hashes) {
    const parsed = hashes.map(pythonHash).filter(((hash) => hash !== undefined));
    const counts = new Map();
    for (const hash of parsed)
        counts.set(hash.algorithm, (counts.get(hash.algorithm) ?? 0) + 1);
    return parsed.filter(((hash) => counts.get(hash.algorithm) === 1));
});var gitOrigin = (function (spelled, commit) {
    const location = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .ri)(spelled);
    // The query says how the commit was chosen (and a sub-directory); the commit pins what was built.
    const end = /[?#]/.exec(location)?.index ?? location.length;
    const url = location.slice(0, end);
    const pinned = commit ?? (location.includes('#') ? location.slice(location.indexOf('#') + 1) : undefined);
    const repository = url.startsWith('git+') ? url : `git+${url}`;
    const at = pinned === undefined || pinned === '' ? '' : pinned;
    return { qualifiers: { vcs_url: at === '' ? repository : `${repository}@${at}` }, downloadLocation: at === '' ? repository : `${repository}#${at}` };
});var urlOrigin = (function (spelled) {
    const url = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .ri)(spelled);
    return { qualifiers: { download_url: url }, downloadLocation: url };
});var indexOrigin = (function (spelled) {
    const url = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .ri)(spelled);
    if (PYPI_INDEX.test(url))
        return undefined;
    // Not a regex: `\/+$` is retried from every slash of a long run (quadratic on hostile input).
    let end = url.length;
    while (end > 0 && url[end - 1] === '/')
        end--;
    return end === 0 ? undefined : { qualifiers: { repository_url: url.slice(0, end) }, downloadLocation: undefined };
});var localOrigin = (function (path) {
    return { qualifiers: { download_url: path }, downloadLocation: undefined };
});var versionFromUrl = (function (name, url) {
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: (() => (/* binding */ singleArchiveHashes)),
/* harmony export */   L7: (() => (/* binding */ normalizePythonName)),
/* harmony export */   LO: (() => (/* binding */ pythonHash)),
/* harmony export */   OG: (() => (/* binding */ urlOrigin)),
/* harmony export */   Tl: (() => (/* binding */ indexOrigin)),
/* harmony export */   Xf: (() => (/* binding */ gitOrigin)),
/* harmony export */   or: (() => (/* binding */ versionFromUrl)),
/* harmony export */   wK: (() => (/* binding */ localOrigin))
/* harmony export */ });
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91573);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80211);


/** A Python project name in its PEP 503 normal form: lowercase, runs of `-`, `_` and `.` become one `-`. */

const PYTHON_HASH_ALGORITHMS = {
    sha256: 'SHA256',
    sha384: 'SHA384',
    sha512: 'SHA512',
    sha1: 'SHA1',
    md5: 'MD5',
};
/** A `sha256:<hex>` hash as pip, Pipfile.lock, poetry and uv write them; undefined for other algorithms or malformed digests. */

/**
 * The hash of a package when the lockfile pins exactly one archive per algorithm. Lockfiles list one
 * hash per wheel and sdist; any single one of several would not match the other archives, so
 * several are recorded as none rather than one chosen arbitrarily.
 */

/** The origin of a git source: `URL[?rev=..|tag=..|branch=..]#commit` (uv) or a URL and a resolved commit (poetry). */

/** The origin of an archive URL source. */

/** PyPI's own index, under the names lockfiles write it with: the pypi purl type's default repository. */
const PYPI_INDEX = /^https?:\/\/(?:pypi\.org|pypi\.python\.org)(?:\/simple)?\/*$/i;
/**
 * The origin of a package locked from a package index: none for PyPI, `repository_url` (the index
 * URL without trailing slashes) for any other, which the purl spec requires so that a private
 * index's package is never taken for PyPI's of the same name. An index is no download location.
 */

/** The origin of a local archive or folder, by its path as the lockfile spells it. */

/** A PEP 440 version as archive file names carry it. */
const FILE_VERSION = /^\d[0-9A-Za-z.!+]*$/;
/**
 * The version a direct reference's archive names: a wheel's file name is `name-version-...whl`
 * (the wheel spec), an sdist's `name-version.tar.gz` (or `.zip`); undefined when the file is not
 * named for this project (a git URL, a download endpoint), since the URL then says no version.
 */



/***/ }),

/***/ 71557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var requirementName = (function (requirement) {
    const name = typeof requirement === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1] : undefined;
    return name === undefined ? [] : [(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePythonName */ .L7)(name)];
});var tableNames = (function (table) {
    return Object.keys(table ?? {}).filter(((name) => name.toLowerCase() !== 'python')).map(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePythonName */ .L7);
});var readPyproject = (async function (input) {
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
    const listed = ((value) => (Array.isArray(value) ? value.flatMap(requirementName) : []));
    const dependencies = [...listed(project?.dependencies), ...tableNames((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(poetry ?? {}, 'dependencies'))];
    const optionalDependencies = Object.values((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(project ?? {}, 'optional-dependencies') ?? {}).flatMap(listed);
    const devDependencies = [
        ...Object.values((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(poetry ?? {}, 'group') ?? {}).flatMap(((group) => tableNames((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(group) ? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(group, 'dependencies') : undefined))),
        ...tableNames((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(poetry ?? {}, 'dev-dependencies')),
        ...Object.values((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(pyproject, 'dependency-groups') ?? {}).flatMap(listed),
    ];
    const licenseTable = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .recordField */ .Qb)(table, 'license');
    const license = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(table, 'license') ?? (licenseTable === undefined ? undefined : (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(licenseTable, 'text'));
    return { name: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(table, 'name'), version: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(table, 'version'), license: license?.trim() === '' ? undefined : license?.trim(), dependencies, optionalDependencies, devDependencies };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: (() => (/* binding */ readPyproject))
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24045);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79709);



/** The project name a PEP 508 requirement string starts with. */

/** The names of a poetry dependency table, without the Python version constraint. */

/**
 * The project from `pyproject.toml` (`[project]`, else poetry's `[tool.poetry]`): its name,
 * version and license (a PEP 639 expression, or the `text` of the older table form).
 */



/***/ }),

/***/ 21932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var originOf = (function (source) {
    if (source === undefined)
        return undefined;
    const registry = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'registry');
    if (registry !== undefined)
        return (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .indexOrigin */ .Tl)(registry);
    const git = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'git');
    if (git !== undefined)
        return (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .gitOrigin */ .Xf)(git, undefined);
    const url = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'url');
    if (url !== undefined)
        return (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .urlOrigin */ .OG)(url);
    const local = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'path') ?? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'directory') ?? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'editable') ?? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'virtual');
    return local === undefined ? undefined : (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .localOrigin */ .wK)(local);
});var sourceKey = (function (source) {
    if (source === undefined)
        return '';
    return Object.keys(source)
        .sort()
        .map(((key) => `${key}=${String(source[key])}`))
        .join(',');
});var referencesOf = (function (list) {
    return (list ?? []).filter(_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4).flatMap(((item) => {
        const name = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(item, 'name');
        if (name === undefined)
            return [];
        const source = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .recordField */ .Qb)(item, 'source');
        const extras = ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .arrayField */ .e7)(item, 'extra') ?? []).filter(((extra) => typeof extra === 'string'));
        const marker = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(item, 'marker');
        return [{ name: (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L7)(name), version: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(item, 'version'), source: source === undefined ? undefined : sourceKey(source), extras, marker: marker?.trim() === '' ? undefined : marker?.trim() }];
    }));
});var groupsOf = (function (table) {
    const groups = new Map();
    for (const [group, list] of Object.entries(table ?? {}))
        if (Array.isArray(list))
            groups.set(group, referencesOf(list));
    return groups;
});var archiveHash = (function (entry) {
    const sdist = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .recordField */ .Qb)(entry, 'sdist');
    if (sdist !== undefined)
        return (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .pythonHash */ .LO)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(sdist, 'hash') ?? '');
    const wheels = ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .arrayField */ .e7)(entry, 'wheels') ?? []).filter(_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4);
    return wheels.length === 1 && wheels[0] !== undefined ? (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .pythonHash */ .LO)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(wheels[0], 'hash') ?? '') : undefined;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uvLockParser: (() => (/* binding */ uvLockParser))
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26898);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24045);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79709);
/* harmony import */ var _pyproject_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71557);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98706);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15415);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(72878);









/** Workspace members are locked from a directory: `virtual` or `editable` sources (so are editable path dependencies that are not members). */
const MEMBER_SOURCES = ['virtual', 'editable'];
/** Where a package (not a workspace member) came from: an index other than PyPI (`registry`), a `git`, `url`, `path` or `directory` source. */

/** A stable text for a `source = { ... }` table, to match references against packages. */

/** The dependency references in an array of `{ name, version?, source?, extra? }` tables. */

/** The references of each key of a table of arrays (`optional-dependencies`, `dev-dependencies`). */

/** The sdist's hash, else the hash of the only wheel: the one archive the lockfile pins unambiguously. */

/**
 * Packages from `uv.lock`: PEP 503 names, the sdist hash, edges from `dependencies`,
 * `optional-dependencies` and `dev-dependencies`. Scope is what reaches a package from the
 * workspace members: their dependencies (required), their extras or a dependency under a marker that
 * names more than the Python version (optional), their dependency groups (dev). Each marker of an
 * edge into a package is recorded on it. The member locked from `.` is the root; the other members are packages it contains.
 */
const uvLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_6__/* .UV_LOCK */ .AH,
    async parse(input) {
        const lock = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTomlLockfile */ .lQ)(input);
        const lines = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .headerLines */ .Hq)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .textOf */ .b6)(input), '[[package]]');
        const locked = [];
        // uv names a workspace's members in `[manifest]`; a lock of one project names none, and its member is locked from `.`.
        const memberNames = new Set(((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .arrayField */ .e7)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .recordField */ .Qb)(lock, 'manifest') ?? {}, 'members') ?? []).filter(((name) => typeof name === 'string')).map(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L7));
        for (const [index, entry] of ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .arrayField */ .e7)(lock, 'package') ?? []).entries()) {
            const line = lines[index];
            if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(entry))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, 'a [[package]] entry is not a table', line);
            const rawName = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(entry, 'name');
            if (rawName === undefined || rawName === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, 'a [[package]] entry lacks a name', line);
            const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L7)(rawName);
            // Members with a dynamic version are locked without one; a version that is not text is no version uv writes.
            if (entry.version !== undefined && typeof entry.version !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, `the version of ${rawName.slice(0, 80)} is not a string`, line);
            const version = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(entry, 'version') ?? '';
            const source = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .recordField */ .Qb)(entry, 'source');
            const directory = source === undefined ? undefined : MEMBER_SOURCES.map(((kind) => source[kind])).find(((value) => typeof value === 'string'));
            // An editable path dependency (a vendored fork) is locked like a member, but it is not the project's own.
            const member = directory !== undefined && (directory === '.' || memberNames.has(name));
            const origin = member ? undefined : originOf(source);
            locked.push({
                name,
                version,
                source: sourceKey(source),
                purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .purlFor */ .nK)(input.path, line, (() => (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__.purlOf)('pypi', name, version, undefined, origin?.qualifiers))),
                origin,
                line,
                member,
                local: directory !== undefined || typeof source?.path === 'string' || typeof source?.directory === 'string',
                dependencies: referencesOf((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .arrayField */ .e7)(entry, 'dependencies')),
                optional: groupsOf((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .recordField */ .Qb)(entry, 'optional-dependencies')),
                dev: [...groupsOf((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .recordField */ .Qb)(entry, 'dev-dependencies')).values()].flat(),
                entry,
            });
        }
        // A reference names a package by name, adding version and/or source only when the name is locked
        // more than once; every such key maps to its package, or to null when two packages share it.
        const referenceKey = ((name, version, source) => `${name}\u0000${version}\u0000${source}`);
        const byReference = new Map();
        for (const pkg of locked) {
            for (const key of [referenceKey(pkg.name, '', ''), referenceKey(pkg.name, pkg.version, ''), referenceKey(pkg.name, '', pkg.source), referenceKey(pkg.name, pkg.version, pkg.source)]) {
                const known = byReference.get(key);
                if (known === undefined)
                    byReference.set(key, pkg);
                else if (known !== null && (known.purl !== pkg.purl || known.source !== pkg.source))
                    byReference.set(key, null);
            }
        }
        const resolve = ((reference) => byReference.get(referenceKey(reference.name, reference.version ?? '', reference.source ?? '')) ?? undefined);
        const unknowns = new _unknowns_js__WEBPACK_IMPORTED_MODULE_8__/* .LockfileUnknowns */ .dF(input.path);
        // uv leaves the version out only of a package built from a local folder whose version is dynamic; one from an index, a git repository or a URL always has it.
        for (const pkg of locked) {
            if (pkg.version === '' && !pkg.local)
                unknowns.add(`${pkg.name} has no version (the lock was cut short or edited): it is listed without one (run uv lock)`, pkg.line);
        }
        // What a set of references pulls in: each target, plus the optional dependencies of the extras asked of it.
        // `activated` is shared by a whole walk: an extra's dependencies are pulled in once, however many ask for it.
        // With `conditional`, an edge whose marker names more than the Python version is not followed but handed to it:
        // what only such edges reach is not installed everywhere the project is.
        const expand = ((references, activated, conditional) => {
            const targets = [];
            const stack = [...references];
            for (let reference = stack.pop(); reference !== undefined; reference = stack.pop()) {
                const target = resolve(reference);
                if (target === undefined)
                    continue;
                if (conditional !== undefined && reference.marker !== undefined && (0,_markers_js__WEBPACK_IMPORTED_MODULE_7__/* .namesMoreThanPythonVersion */ .nB)(reference.marker)) {
                    conditional(reference);
                    continue;
                }
                targets.push(target);
                for (const extra of reference.extras) {
                    const key = `${target.purl}[${extra}]`;
                    if (activated.has(key))
                        continue;
                    activated.add(key);
                    stack.push(...(target.optional.get(extra) ?? []));
                }
            }
            return targets;
        });
        // Widest scope wins: walk required first, then optional, then dev, never revisiting a package.
        const scopes = new Map();
        /** What the required walk reached only under a marker that names more than the Python version: optional, unless reached otherwise. */
        const conditional = [];
        const walk = ((starts, scope, activated) => {
            const queue = starts.filter(((pkg) => !scopes.has(pkg)));
            for (const pkg of queue)
                scopes.set(pkg, scope);
            for (let index = 0; index < queue.length; index += 1) {
                for (const target of expand(queue[index].dependencies, activated, scope === 'required' ? ((reference) => conditional.push(reference)) : undefined)) {
                    if (scopes.has(target))
                        continue;
                    scopes.set(target, scope);
                    queue.push(target);
                }
            }
        });
        const members = locked.filter(((pkg) => pkg.member));
        const scopeWalk = ((scope, starts) => {
            const activated = new Set();
            walk(starts(activated), scope, activated);
        });
        scopeWalk('required', (() => members));
        scopeWalk('optional', ((activated) => expand([...conditional, ...members.flatMap(((member) => [...member.optional.values()].flat()))], activated)));
        scopeWalk('dev', ((activated) => expand(members.flatMap(((member) => member.dev)), activated)));
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .PackageCollector */ .UI(input);
        let root;
        /** The markers of the edges into each package, recorded once every package is. */
        const markers = [];
        for (const pkg of locked) {
            const hash = archiveHash(pkg.entry);
            const sdist = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .recordField */ .Qb)(pkg.entry, 'sdist');
            // Packages no member reaches (a lock without members, or a stale entry) are kept as required: never hidden.
            collector.add({
                purl: pkg.purl,
                ecosystem: 'pypi',
                name: pkg.name,
                version: pkg.version,
                scope: scopes.get(pkg) ?? 'required',
                line: pkg.line,
                hashes: hash === undefined ? [] : [hash],
                downloadLocation: pkg.origin !== undefined ? pkg.origin.downloadLocation : sdist === undefined ? undefined : (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(sdist, 'url'),
            });
            const source = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .recordField */ .Qb)(pkg.entry, 'source');
            if (root === undefined && pkg.member && source !== undefined && (source.virtual === '.' || source.editable === '.')) {
                root = { purl: pkg.purl, ecosystem: 'pypi', name: pkg.name, version: pkg.version, hashes: [], locations: [{ path: input.path, line: pkg.line }], scope: 'required' };
            }
            const devReferences = new Set(pkg.dev);
            for (const reference of [...pkg.dependencies, ...[...pkg.optional.values()].flat(), ...pkg.dev]) {
                const target = resolve(reference);
                // A dependency no [[package]] is: the lock was cut short or edited (uv sync --locked refuses it), and what it lacks is not listed.
                if (target === undefined && !byReference.has(referenceKey(reference.name, reference.version ?? '', reference.source ?? ''))) {
                    unknowns.add(`${pkg.name} ${pkg.version} depends on ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(reference.name, 200)}, which no [[package]] of the lock is: it is cut short or was edited, and what it lacks is not listed (run uv lock)`, pkg.line);
                }
                if (target === undefined)
                    continue;
                // A dev group's edge is a dev edge, also to a package that ships through another path: left out without dev, as poetry's and Cargo's are.
                if (devReferences.has(reference)) {
                    if (input.includeDev)
                        collector.relate(pkg.purl, target.purl, 'dev-depends-on');
                }
                else
                    collector.relate(pkg.purl, target.purl);
                if (reference.marker !== undefined)
                    markers.push({ purl: target.purl, marker: reference.marker });
            }
        }
        for (const { purl, marker } of markers)
            collector.annotate(purl, (0,_markers_js__WEBPACK_IMPORTED_MODULE_7__/* .markerProperties */ .q$)(marker));
        if (root !== undefined) {
            for (const member of members)
                if (member.purl !== root.purl)
                    collector.relate(root.purl, member.purl, 'contains');
            const project = await (0,_pyproject_js__WEBPACK_IMPORTED_MODULE_5__/* .readPyproject */ .x)(input);
            if (project?.license !== undefined && project.name !== undefined && (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L7)(project.name) === root.name)
                root.license = project.license;
        }
        return unknowns.into(collector.result(root));
    },
};


/***/ }),

/***/ 73408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var purlOf = (function (ecosystem, name, version, namespace, qualifiers) {
    if (!name.isWellFormed() || !version.isWellFormed() || namespace?.isWellFormed() === false)
        throw new Error(`Invalid purl: ${_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .LONE_SURROGATE */ .uG}`);
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeUnpermittedMarks */ .MS)(purl.replace(/@([^?#]*)/, ((_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`)));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: (() => (/* binding */ purlOf))
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83096);


/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, and so are `!*'()` anywhere (`1%212.0`), which
 * the spec does not permit plain, so purls compare equal across tools.
 */



/***/ })

};
