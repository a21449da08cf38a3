export const id = 918;
export const ids = [918];
export const modules = {

/***/ 1918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nugetPackagesLockParser: () => (/* binding */ nugetPackagesLockParser)
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1573);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4045);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5415);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8706);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(897);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(567);









/** The property of a direct package the project file keeps out of what `dotnet publish` writes. */
const NOT_PUBLISHED = { name: 'trust-kit:nuget:publish', value: 'false' };
/** MSBuild project files NuGet writes a `packages.lock.json` beside. */
const PROJECT_FILE = /\.(csproj|fsproj|vbproj)$/i;
/**
 * Whether an element is this MSBuild element, its name compared without case: MSBuild takes an
 * item type in any case (`<packageReference>`), so an `Update` spelled so still changes the package.
 */
function named(element, name) {
    return element.name.toLowerCase() === name.toLowerCase();
}
/**
 * An MSBuild item's metadata as evaluation leaves it: its attribute (`PrivateAssets="All"`) and then its child elements
 * (`<PrivateAssets>all</PrivateAssets>`), the last one written winning; names compared without case, values as written
 * (the SDK compares them whole, so `" All "` is not `All`). Null when a child element for it has a `Condition`, which
 * is not evaluated: its value is not known.
 */
function metadata(item, name) {
    const wanted = name.toLowerCase();
    let value = [...item.attributes].find(([attribute]) => attribute.toLowerCase() === wanted)?.[1];
    for (const element of item.children) {
        if (element.name.toLowerCase() !== wanted)
            continue;
        if (element.attributes.has('Condition'))
            return null;
        value = element.text;
    }
    return value;
}
/**
 * The defaults `<ItemDefinitionGroup>`s give every `PackageReference` (MSBuild evaluates item
 * definitions before any item, so wherever they are written), the last one winning; one under a
 * `Condition`, which is not evaluated, leaves the metadata it sets not known.
 */
function definedMetadata(files) {
    const defaults = { publish: undefined, privateAssets: undefined };
    for (const project of files) {
        for (const group of project.children) {
            if (!named(group, 'ItemDefinitionGroup'))
                continue;
            for (const definition of group.children) {
                if (!named(definition, 'PackageReference'))
                    continue;
                const conditioned = group.attributes.has('Condition') || definition.attributes.has('Condition');
                for (const key of ['publish', 'privateAssets']) {
                    const value = metadata(definition, key === 'publish' ? 'Publish' : 'PrivateAssets');
                    if (value !== undefined)
                        defaults[key] = conditioned ? null : value;
                }
            }
        }
    }
    return defaults;
}
/**
 * The package IDs (lowercase) whose `PackageReference` the project keeps out of `dotnet publish`,
 * as the .NET SDK decides it (`_ComputePackageReferencePublish`): `Publish="false"`, or
 * `PrivateAssets="All"` without `Publish`, an item's own metadata over its item definition's. Read
 * from `files` in the order MSBuild evaluates them (see {@link projectFiles}), an `Update` item changing what an item before it included, the last word on an ID winning; an item, item group or
 * metadata with a `Condition` is not evaluated, so an item or item group under one is not counted,
 * and an item with such metadata is counted as published.
 */
function unpublished(files) {
    const defaults = definedMetadata(files);
    const published = new Map();
    for (const project of files) {
        for (const group of project.children) {
            if (!named(group, 'ItemGroup') || group.attributes.has('Condition'))
                continue;
            for (const item of group.children) {
                if (!named(item, 'PackageReference') || item.attributes.has('Condition'))
                    continue;
                const including = item.attributes.has('Include');
                // An Update changes only the items included before it, as MSBuild evaluates them in order: one in a
                // Directory.Build.props does nothing to what the project, a Directory.Build.targets or the SDK includes later.
                const ids = (item.attributes.get('Include') ?? item.attributes.get('Update') ?? '').split(';').map((id) => id.trim().toLowerCase()).filter((id) => id !== '' && (including || published.has(id)));
                const own = { publish: metadata(item, 'Publish'), privateAssets: metadata(item, 'PrivateAssets') };
                const publish = own.publish === undefined ? defaults.publish : own.publish;
                const privateAssets = own.privateAssets === undefined ? defaults.privateAssets : own.privateAssets;
                const known = publish !== null && privateAssets !== null;
                const excluded = known && (publish?.toLowerCase() === 'false' || ((publish ?? '') === '' && privateAssets?.toLowerCase() === 'all'));
                for (const id of ids)
                    if (including || own.publish !== undefined || own.privateAssets !== undefined)
                        published.set(id, !excluded);
            }
        }
    }
    return new Set([...published].filter(([, kept]) => !kept).map(([id]) => id));
}
/** Whether an MSBuild file imports another of its own (`<Import Project="...">`, not an SDK's), whose items are not read. */
function importsOthers(file) {
    const imports = [...file.children, ...file.children.filter((element) => named(element, 'ImportGroup')).flatMap((group) => group.children)];
    return imports.some((element) => named(element, 'Import') && !element.attributes.has('Sdk'));
}
/**
 * The MSBuild files that say how the project beside the lockfile references its packages, in the
 * order MSBuild evaluates them: the nearest `Directory.Build.props` up to the scanned directory,
 * its one project file, and the nearest `Directory.Build.targets` (each the nearest that exists,
 * readable or not, as MSBuild imports it). Undefined when one is not known (no project file or
 * several in the directory, a directory that cannot be listed, a file unreadable, a link out of the
 * scanned tree, not XML, or one importing another file): nothing is then known of them.
 */
async function projectFiles(input) {
    const projects = ((await input.listSiblingFiles?.('.')) ?? []).filter((name) => PROJECT_FILE.test(name));
    if (projects.length !== 1)
        return undefined;
    const read = async (name) => {
        const bytes = await input.readSibling(name);
        try {
            return bytes === undefined ? undefined : (0,_xml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseXml */ .NO)(bytes.toString('utf8').replace(/^\uFEFF/, ''));
        }
        catch {
            return undefined;
        }
    };
    const depth = input.path.split('/').length - 1;
    /** The nearest file of this name up to the scanned directory: null when there is none, undefined when it is not known. */
    const nearest = async (name) => {
        for (let up = 0; up <= depth; up += 1) {
            const names = await input.listSiblingFiles?.(up === 0 ? '.' : '../'.repeat(up).slice(0, -1));
            if (names === undefined)
                return undefined;
            if (names.includes(name))
                return read(`${'../'.repeat(up)}${name}`);
        }
        return null;
    };
    const project = await read(projects[0]);
    const props = await nearest('Directory.Build.props');
    const targets = await nearest('Directory.Build.targets');
    if (project === undefined || props === undefined || targets === undefined)
        return undefined;
    const files = [props, project, targets].filter((file) => file !== null);
    return files.some(importsOthers) ? undefined : files;
}
/**
 * NuGet packages from `packages.lock.json`, merged over every target framework: the contentHash
 * (base64 SHA-512 of the .nupkg) as hex, and edges resolved within each framework, where a
 * dependency's declared minimum resolves to the version locked for that framework. Project
 * references (`"type": "Project"`) are other projects of the solution, not NuGet packages. What the
 * project references itself is `direct`: its `Direct` entries (though another package depends on one
 * too), and the packages a project reference brings, which no package of the lockfile leads to.
 * Where the project file beside it says a direct package is not published (`PrivateAssets="All"`:
 * an analyzer, SourceLink, a build task), that package, and what only such packages bring, is dev,
 * as `dotnet publish` leaves them out.
 */
const nugetPackagesLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_5__/* .NUGET_PACKAGES_LOCK */ .WP,
    async parse(input) {
        const lock = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonLockfile */ .ve)(input);
        if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(lock))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, 'a packages.lock.json is a JSON object');
        const frameworks = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .recordField */ .Qb)(lock, 'dependencies');
        if (frameworks === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, 'a packages.lock.json has a "dependencies" object of target frameworks');
        const files = await projectFiles(input);
        const excluded = files === undefined ? new Set() : unpublished(files);
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .PackageCollector */ .UI(input);
        const direct = new Set();
        // What the lock holds but cannot be listed: said, not dropped in silence.
        const unknowns = new _unknowns_js__WEBPACK_IMPORTED_MODULE_7__/* .LockfileUnknowns */ .dF(input.path);
        for (const [framework, packages] of Object.entries(frameworks)) {
            if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(packages)) {
                unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(framework, 100)}: not an object of packages`);
                continue;
            }
            const entries = [];
            const projectReferences = [];
            for (const [id, entry] of Object.entries(packages)) {
                const where = `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(framework, 100)}.${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(id, 100)}`;
                if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(entry)) {
                    unknowns.add(`${where}: not an object`);
                    continue;
                }
                if ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(entry, 'type') === 'Project') {
                    projectReferences.push(...Object.keys((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .recordField */ .Qb)(entry, 'dependencies') ?? {}));
                    continue;
                }
                const version = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(entry, 'resolved');
                if (version === undefined || version === '') {
                    unknowns.add(`${where}: no resolved version`);
                    continue;
                }
                const purl = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .purlFor */ .nK)(input.path, undefined, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__.purlOf)('nuget', id, version));
                entries.push({ id, version, purl, hash: (0,_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .base64Hash */ .m1)('SHA512', (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(entry, 'contentHash') ?? ''), direct: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(entry, 'type') === 'Direct', dependencies: Object.keys((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .recordField */ .Qb)(entry, 'dependencies') ?? {}) });
            }
            // NuGet package IDs are case-insensitive: dependencies may spell them differently from their own entry.
            const locked = new Map(entries.map((entry) => [entry.id.toLowerCase(), entry.purl]));
            const edges = new Map();
            for (const entry of entries) {
                // A dependency the framework's section does not lock: the file was cut short or edited (restore --locked-mode refuses it), and what it lacks is not listed.
                for (const id of entry.dependencies)
                    if (!locked.has(id.toLowerCase()))
                        unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(framework, 100)}: ${entry.id} ${entry.version} depends on ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(id, 200)}, which the section does not lock: the file is cut short or was edited, and what it lacks is not listed (run dotnet restore --force-evaluate)`);
                const targets = entry.dependencies.flatMap((id) => locked.get(id.toLowerCase()) ?? []);
                edges.set(entry.purl, [...(edges.get(entry.purl) ?? []), ...targets.map((to) => ({ to, optional: false }))]);
            }
            const brought = projectReferences.flatMap((id) => locked.get(id.toLowerCase()) ?? []);
            const directs = entries.filter((entry) => entry.direct);
            // The SDK's publish closure: what a published direct reference (or a project reference) reaches ships; what only the others reach does not.
            const scopes = excluded.size === 0
                ? new Map()
                : (0,_scopes_js__WEBPACK_IMPORTED_MODULE_8__/* .scopesByReachability */ .Q)({ required: [...directs.filter((entry) => !excluded.has(entry.id.toLowerCase())).map((entry) => entry.purl), ...brought], optional: [], dev: directs.filter((entry) => excluded.has(entry.id.toLowerCase())).map((entry) => entry.purl) }, edges);
            for (const entry of entries) {
                const notPublished = entry.direct && excluded.has(entry.id.toLowerCase());
                collector.add({ purl: entry.purl, ecosystem: 'nuget', name: entry.id, version: entry.version, scope: scopes.get(entry.purl) ?? 'required', entry: framework, hashes: entry.hash === undefined ? [] : [entry.hash], properties: notPublished ? [NOT_PUBLISHED] : [] });
                if (entry.direct)
                    direct.add(entry.purl);
            }
            for (const [from, list] of edges)
                for (const edge of list)
                    collector.relate(from, edge.to);
            for (const purl of brought)
                direct.add(purl);
        }
        const result = { ...collector.result(), direct: [...direct].sort() };
        return unknowns.into(result);
    },
};


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
