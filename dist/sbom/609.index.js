export const id = 609;
export const ids = [609];
export const modules = {

/***/ 4609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bunLockParser: () => (/* binding */ bunLockParser),
/* harmony export */   jsoncToJson: () => (/* binding */ jsoncToJson)
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1573);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3096);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(415);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3419);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(897);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8706);








/**
 * bun.lock is JSON with trailing commas (JSONC): blanks out comments and the commas before a
 * closing bracket, outside strings, keeping every offset so JSON errors still point at the right line.
 */
function jsoncToJson(text) {
    const out = text.split('');
    let index = 0;
    let lastComma = -1;
    while (index < text.length) {
        const char = text[index];
        if (char === '"') {
            lastComma = -1;
            index++;
            while (index < text.length && text[index] !== '"')
                index += text[index] === '\\' ? 2 : 1;
            index++;
        }
        else if (char === '/' && text[index + 1] === '/') {
            while (index < text.length && text[index] !== '\n')
                out[index++] = ' ';
        }
        else if (char === '/' && text[index + 1] === '*') {
            const end = text.indexOf('*/', index + 2);
            const stop = end === -1 ? text.length : end + 2;
            while (index < stop) {
                if (text[index] !== '\n')
                    out[index] = ' ';
                index++;
            }
        }
        else {
            if (char === ',')
                lastComma = index;
            else if ((char === '}' || char === ']') && lastComma !== -1) {
                out[lastComma] = ' ';
                lastComma = -1;
            }
            else if (!/\s/.test(char))
                lastComma = -1;
            index++;
        }
    }
    return out.join('');
}
/** Splits an install key (`@babel/core/semver`) into its package names. */
function namesOfKey(key) {
    const parts = key.split('/');
    const names = [];
    for (let index = 0; index < parts.length; index++) {
        const part = parts[index];
        if (part.startsWith('@') && index + 1 < parts.length)
            names.push(`${part}/${parts[++index]}`);
        else
            names.push(part);
    }
    return names;
}
/** The install key a key is nested under (`a/@s/b` -> `a`), `''` at the top. */
function parentKey(key) {
    const names = namesOfKey(key);
    const last = names[names.length - 1] ?? '';
    return key.length === last.length ? '' : key.slice(0, key.length - last.length - 1);
}
/** Records the package installed at a key under the key it is nested in. */
function installKey(tree, key, purl) {
    const names = namesOfKey(key);
    tree.set(parentKey(key), names[names.length - 1] ?? key, purl);
}
const DEPENDENCY_FIELDS = [
    ['dependencies', false],
    ['optionalDependencies', true],
    ['peerDependencies', true],
];
/** Bun's text lockfile `bun.lock` (bun 1.2+). */
const bunLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_5__/* .BUN_LOCK */ .gB,
    async parse(input) {
        const lock = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonText */ .lk)(input.path, jsoncToJson((0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .textOfBytes */ .gm)(input.content)));
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(lock))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, 'not a bun lockfile: the top level is not a JSON object', 1);
        if (typeof lock.lockfileVersion !== 'number')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, 'not a bun lockfile: no numeric "lockfileVersion"');
        const set = new _common_js__WEBPACK_IMPORTED_MODULE_3__/* .PackageSet */ .Zm();
        const purlAt = new Map();
        const infoAt = new Map();
        const workspacePurl = new Map();
        const workspaces = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(lock, 'workspaces');
        const rootWorkspace = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(workspaces, '');
        const rootName = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(rootWorkspace, 'name');
        // bun writes no version for the project itself: its package.json has it.
        const rootVersion = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .versionField */ .FA)(rootWorkspace) ?? (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .versionField */ .FA)((await (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .readPackageJson */ .jJ)(input, 'package.json')) ?? {}) ?? '';
        const rootPurl = rootName !== undefined && (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isPackageName */ .kb)(rootName) ? (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_6__/* .npmPurl */ .NP)(rootName, rootVersion) : undefined;
        if (rootPurl !== undefined)
            workspacePurl.set('', rootPurl);
        for (const [path, value] of Object.entries(workspaces)) {
            if (path === '' || !(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
                continue;
            const name = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(value, 'name') ?? path.split('/').pop() ?? path;
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isPackageName */ .kb)(name))
                continue;
            const purl = set.add({ name, version: (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .versionField */ .FA)(value) ?? '', scope: 'required', location: { path: input.path, entry: path } });
            workspacePurl.set(path, purl);
            if (rootPurl !== undefined)
                set.relate(rootPurl, purl, 'contains');
        }
        // What the lockfile holds but cannot be listed is said, not dropped in silence: the SBOM would call itself complete.
        const unresolved = new _common_js__WEBPACK_IMPORTED_MODULE_3__/* .Unresolved */ .UG(input.path);
        const entries = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(lock, 'packages');
        for (const [key, value] of Object.entries(entries)) {
            if (!Array.isArray(value) || typeof value[0] !== 'string') {
                unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(key)}: not an array naming a package`);
                continue;
            }
            const { name, rest } = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .splitNameAt */ .nN)(value[0]);
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isPackageName */ .kb)(name) || rest === '') {
                unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(key)}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value[0])} names no npm package and version`);
                continue;
            }
            if (rest.startsWith('workspace:')) {
                const purl = workspacePurl.get(rest.slice('workspace:'.length));
                if (purl !== undefined)
                    purlAt.set(key, purl);
                continue;
            }
            if (rest.startsWith('file:') || rest.startsWith('link:')) {
                // A local folder (or tarball) of the project: at the version its own package.json gives, known by its path, never the registry's package.
                const folder = rest.slice(rest.indexOf(':') + 1);
                const manifest = /\.(?:tgz|tar\.gz|tar)$/.test(folder) ? undefined : await (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .readPackageJson */ .jJ)(input, `${folder}/package.json`);
                purlAt.set(key, set.add({ name, version: (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .versionField */ .FA)(manifest ?? {}) ?? '', scope: 'required', source: (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceOf */ .vz)(rest), location: { path: input.path, entry: key } }));
                if ((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value[1]))
                    infoAt.set(key, value[1]);
                continue;
            }
            // npm packages are [id, registry, info, integrity]; git, github and tarball ones are [id, info, ...].
            const isRegistry = typeof value[1] === 'string';
            const info = isRegistry ? value[2] : value[1];
            const integrity = isRegistry && typeof value[3] === 'string' ? value[3] : undefined;
            const version = /^[a-z+]+:/.test(rest) && (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(info) && typeof info.version === 'string' ? info.version : rest;
            purlAt.set(key, set.add({
                name,
                version,
                scope: 'required',
                hashes: (0,_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .sriHashes */ .PK)(integrity ?? ''),
                downloadLocation: isRegistry && typeof value[1] === 'string' && /^https?:\/\//.test(value[1]) ? value[1] : undefined,
                // bun writes `""` for npmjs.org and the tarball URL for another registry.
                source: (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceOf */ .vz)(isRegistry ? (value[1] === '' ? undefined : value[1]) : rest),
                location: { path: input.path, entry: key },
            }));
            if ((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(info))
                infoAt.set(key, info);
        }
        // `bun patch` writes the patched packages by name and version (or name alone): not the registry's bytes.
        for (const [spec, patch] of Object.entries((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(lock, 'patchedDependencies'))) {
            if (typeof patch !== 'string')
                continue;
            for (const [key, purl] of purlAt) {
                const id = entries[key]?.[0];
                if (typeof id === 'string' && (id === spec || (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .splitNameAt */ .nN)(id).name === spec))
                    set.annotate(purl, [{ name: _common_js__WEBPACK_IMPORTED_MODULE_3__/* .PATCHED_PROPERTY */ .aq, value: patch }]);
            }
        }
        const tree = new _common_js__WEBPACK_IMPORTED_MODULE_3__/* .NestedScopes */ .rE((key) => (key === '' ? undefined : parentKey(key)));
        for (const [key, purl] of purlAt)
            installKey(tree, key, purl);
        const resolve = (fromKey, name) => tree.resolve(fromKey, name);
        const edges = new Map();
        for (const [key, info] of infoAt) {
            const from = purlAt.get(key);
            const list = edges.get(from) ?? [];
            edges.set(from, list);
            for (const [field, optional] of DEPENDENCY_FIELDS) {
                for (const [name, range] of Object.entries((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(info, field))) {
                    const to = resolve(key, name);
                    if (to === undefined) {
                        // Optional and peer dependencies may be absent by design; a plain dependency may not.
                        if (!optional)
                            unresolved.reference(key, `${name}@${String(range)}`);
                        continue;
                    }
                    list.push({ to, optional });
                    set.relate(from, to);
                }
            }
        }
        const starts = { required: [], optional: [], dev: [] };
        for (const [path, value] of Object.entries(workspaces)) {
            const from = workspacePurl.get(path);
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
                continue;
            const prefix = path === '' ? '' : ((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(value, 'name') ?? '');
            for (const [field, kind] of [['dependencies', 'required'], ['peerDependencies', 'required'], ['optionalDependencies', 'optional'], ['devDependencies', 'dev']]) {
                for (const name of Object.keys((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(value, field))) {
                    const to = resolve(prefix, name);
                    if (to === undefined)
                        continue;
                    starts[kind].push(to);
                    if (from === undefined)
                        continue;
                    if (kind !== 'dev')
                        set.relate(from, to);
                    else if (input.includeDev)
                        set.relate(from, to, 'dev-depends-on');
                }
            }
        }
        const scopes = (0,_scopes_js__WEBPACK_IMPORTED_MODULE_7__/* .scopesByReachability */ .Q)(starts, edges);
        const members = new Set(workspacePurl.values());
        const packages = set.allPackages(unresolved);
        for (const pkg of packages)
            if (!members.has(pkg.purl))
                pkg.scope = scopes.get(pkg.purl) ?? 'required';
        const result = { packages, relationships: set.allRelationships(), ...unresolved.fields() };
        if (rootPurl !== undefined && rootName !== undefined) {
            const root = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
            result.root = root;
        }
        return result;
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
