export const id = 82;
export const ids = [82];
export const modules = {

/***/ 5082:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_VERSIONS_PER_NAME: () => (/* binding */ MAX_VERSIONS_PER_NAME),
/* harmony export */   poetryLockParser: () => (/* binding */ poetryLockParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6898);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4045);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9709);
/* harmony import */ var _pyproject_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1557);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8706);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2878);
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

/***/ 1557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readPyproject)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4045);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9709);



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


/***/ })

};
