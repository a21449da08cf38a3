export const id = 380;
export const ids = [380];
export const modules = {

/***/ 1380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yarnLockParser: () => (/* binding */ yarnLockParser)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1573);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3096);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(415);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4045);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3419);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(897);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8706);










/** A scalar as yarn writes it: bare, or double-quoted with JSON escapes. */
function unquote(path, value, line) {
    if (!value.startsWith('"'))
        return value;
    try {
        const parsed = JSON.parse(value);
        if (typeof parsed === 'string')
            return parsed;
    }
    catch {
        // reported below
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `malformed quoted string ${value.slice(0, 80)}`, line);
}
/** Splits `"a@1", b@2` on the commas between descriptors. */
function splitDescriptors(path, keys, line) {
    const descriptors = [];
    let rest = keys.trim();
    while (rest !== '') {
        let token;
        if (rest.startsWith('"')) {
            const close = /^"(?:[^"\\]|\\.)*"/.exec(rest);
            if (close === null)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, 'unterminated quote in an entry key', line);
            token = unquote(path, close[0], line);
            rest = rest.slice(close[0].length).trim();
        }
        else {
            const comma = rest.indexOf(',');
            token = (comma === -1 ? rest : rest.slice(0, comma)).trim();
            rest = comma === -1 ? '' : rest.slice(comma);
        }
        // Berry quotes all descriptors of an entry as one string: "a@npm:^1, a@npm:^1.2".
        for (const descriptor of token.split(','))
            if (descriptor.trim() !== '')
                descriptors.push(descriptor.trim());
        if (rest.startsWith(','))
            rest = rest.slice(1).trim();
        else if (rest !== '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `unexpected "${rest.slice(0, 40)}" in an entry key`, line);
    }
    return descriptors;
}
/** Splits `key value` (yarn 1) or `key: value` (berry) into its parts. */
function splitField(path, text, line) {
    let key;
    let rest;
    if (text.startsWith('"')) {
        const close = /^"(?:[^"\\]|\\.)*"/.exec(text);
        if (close === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, 'unterminated quote in a key', line);
        key = unquote(path, close[0], line);
        rest = text.slice(close[0].length);
    }
    else {
        const end = text.search(/[\s:]/);
        key = end === -1 ? text : text.slice(0, end);
        rest = end === -1 ? '' : text.slice(end);
    }
    if (rest.startsWith(':'))
        rest = rest.slice(1);
    return [key, unquote(path, rest.trim(), line)];
}
/**
 * Reads the indentation-structured format both yarn 1 and berry write (top-level entry keys,
 * fields two spaces in, dependency maps four spaces in), in one pass, keeping line numbers.
 */
function readBlocks(path, text) {
    const blocks = [];
    let berry = false;
    let current;
    let currentMap;
    let currentMapName = '';
    let currentKey;
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const raw = lines[index];
        const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const content = lineText.trimStart();
        if (content === '' || content.startsWith('#'))
            continue;
        const indent = lineText.length - content.length;
        const line = index + 1;
        if (indent === 0) {
            if (!content.endsWith(':'))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `expected an entry key ending in ":", found "${content.slice(0, 60)}"`, line);
            const keys = content.slice(0, -1);
            if (keys === '__metadata')
                berry = true;
            current = { descriptors: splitDescriptors(path, keys, line), fields: new Map(), maps: new Map(), meta: new Map(), line };
            currentMap = undefined;
            blocks.push(current);
        }
        else if (current === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, 'indented line before the first entry', line);
        }
        else if (indent === 2) {
            const [key, value] = splitField(path, content, line);
            if (value === '' && content.endsWith(':')) {
                currentMap = new Map();
                currentMapName = key;
                current.maps.set(key, currentMap);
            }
            else {
                current.fields.set(key, value);
                currentMap = undefined;
            }
        }
        else if (indent === 4 && currentMap !== undefined) {
            const [key, value] = splitField(path, content, line);
            currentMap.set(key, value);
            currentKey = key;
        }
        else if (indent === 6 && currentMap !== undefined && currentKey !== undefined) {
            const [flag, value] = splitField(path, content, line);
            const metaKey = `${currentMapName}\u0000${currentKey}`;
            let flags = current.meta.get(metaKey);
            if (flags === undefined)
                current.meta.set(metaKey, (flags = new Map()));
            flags.set(flag, value);
        }
    }
    return { blocks, berry };
}
/** The registry package a yarn 1 tarball URL names (`.../name/-/name-1.0.0.tgz`): the package actually installed. */
function nameFromTarball(resolved) {
    if (resolved === undefined)
        return undefined;
    // `s`: a fragment runs to the end whatever it holds; without it one that held a U+2028 or CR was rescanned from every `.tgz` before it (quadratic).
    const match = /\/((?:@[^/]+\/)?[^/]+)\/-\/[^/]+\.tgz(?:#.*)?$/s.exec(resolved.replace('%2f', '/').replace('%2F', '/'));
    return match?.[1];
}
/**
 * A yarn 1 entry's hashes: its `integrity`, or for locks written before yarn 1.10 the SHA-1 of the
 * tarball that yarn keeps in the `resolved` URL's fragment, of a tarball URL only: a git source's
 * fragment (`git+https://host/o/r.git#<sha>`) is the commit, 40 hex digits too, but no digest of
 * any file.
 */
function hashesOf(integrity, resolved) {
    if (integrity !== undefined)
        return (0,_hashes_js__WEBPACK_IMPORTED_MODULE_3__/* .sriHashes */ .PK)(integrity);
    if (resolved === undefined || !/^https?:\/\/[^#]*\.tgz(?:#|$)/i.test(resolved))
        return [];
    const fragment = resolved.split('#')[1];
    const sha1 = fragment === undefined ? undefined : (0,_hashes_js__WEBPACK_IMPORTED_MODULE_3__/* .hexHash */ .eP)('SHA1', fragment);
    return sha1 === undefined ? [] : [sha1];
}
/** The package name and the range of a yarn 1 descriptor, seeing through `alias@npm:real@range`. */
function v1Name(descriptor) {
    const { name, rest } = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameAt */ .nN)(descriptor);
    if (rest.startsWith('npm:'))
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameAt */ .nN)(rest.slice(4)).name;
    return name;
}
async function readManifest(input, relative) {
    const bytes = await input.readSibling(relative);
    if (bytes === undefined)
        return undefined;
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(json) ? { json } : undefined;
    }
    catch {
        // A broken manifest only costs dev/prod precision; the lockfile still lists every package.
        return undefined;
    }
}
/** The dependencies of a manifest, by kind. */
function manifestDependencies(manifest) {
    const deps = [];
    for (const [field, kind] of [['dependencies', 'required'], ['optionalDependencies', 'optional'], ['devDependencies', 'dev'], ['peerDependencies', 'peer']]) {
        for (const [name, range] of Object.entries((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(manifest.json, field)))
            deps.push({ name, range: String(range), kind });
    }
    return deps;
}
/** The dependencies of a lock entry: berry marks optional ones in `dependenciesMeta`, yarn 1 lists them apart. */
function entryDependencies(block) {
    const deps = [];
    for (const [field, kind] of [['dependencies', 'required'], ['optionalDependencies', 'optional'], ['peerDependencies', 'peer']]) {
        for (const [name, range] of block.maps.get(field) ?? []) {
            const optional = kind === 'required' && block.meta.get(`dependenciesMeta\u0000${name}`)?.get('optional') === 'true';
            deps.push({ name, range, kind: optional ? 'optional' : kind });
        }
    }
    // Berry reads a name only in `peerDependenciesMeta` as an optional peer of any version.
    const peers = block.maps.get('peerDependencies');
    for (const name of block.maps.get('peerDependenciesMeta')?.keys() ?? [])
        if (peers?.has(name) !== true)
            deps.push({ name, range: '*', kind: 'peer' });
    return deps;
}
/**
 * Berry's `resolutions` (root package.json): `name`, `name@range`, `parent/name` and `**\/name`
 * keys, each forcing a range. Returns the range a dependency is really resolved with.
 */
function resolutionsOf(manifest) {
    const rules = new Map();
    for (const [key, value] of Object.entries((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(manifest?.json ?? {}, 'resolutions'))) {
        if (typeof value === 'string')
            rules.set(key.startsWith('**/') ? key.slice(3) : key, value);
    }
    if (rules.size === 0)
        return (_parent, _name, range) => range;
    return (parent, name, range) => {
        const bare = range.startsWith('npm:') ? range.slice(4) : range;
        const forced = (parent === undefined ? undefined : rules.get(`${parent}/${name}@${range}`) ?? rules.get(`${parent}/${name}@${bare}`) ?? rules.get(`${parent}/${name}`)) ??
            rules.get(`${name}@${range}`) ??
            rules.get(`${name}@${bare}`) ??
            rules.get(name);
        if (forced === undefined)
            return range;
        return /^[a-z]+:/.test(forced) ? forced : `npm:${forced}`;
    };
}
async function parseYarn(input) {
    const text = (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .textOfBytes */ .gm)(input.content);
    const { blocks, berry } = readBlocks(input.path, text);
    checkVersion(input.path, text, blocks, berry);
    const set = new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .PackageSet */ .Zm();
    const byDescriptor = new Map();
    /** name -> version -> node, and how many versions a name has: the fallback lookup stays constant-time however many versions one name has. */
    const byName = new Map();
    const nodes = [];
    const workspaces = [];
    /** Descriptors two entries resolve to two packages, which yarn never writes: said as unknowns once there is a place for them. */
    const claimedTwice = [];
    for (const block of blocks) {
        if (block.descriptors[0] === '__metadata')
            continue;
        const version = block.fields.get('version');
        if (version === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(input.path, `entry ${block.descriptors.join(', ').slice(0, 80)} has no version`, block.line);
        let name;
        let workspacePath;
        let patch;
        let reference = '';
        /** The package's own name where the entry's is an alias (a patch of `real@...` under another name). */
        let packageName;
        if (berry) {
            const resolution = block.fields.get('resolution') ?? block.descriptors[0] ?? '';
            const split = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameAt */ .nN)(resolution);
            name = split.name;
            reference = block.fields.has('resolution') ? split.rest : '';
            if (split.rest.startsWith('workspace:'))
                workspacePath = split.rest.slice('workspace:'.length);
            // `patch:<name>@<encoded original>#<patch>::version=..&hash=..`: yarn patches the original's bytes; the version field is the original's.
            if (split.rest.startsWith('patch:')) {
                // `s`: the first `#` always matches; without it a U+2028 or CR after many `#` made each `#` scan on to it (quadratic).
                patch = /#(.+?)(?:::|$)/s.exec(split.rest)?.[1] ?? split.rest;
                // The original says what was patched and where it came from (a `file:` folder is no registry package); its name is the package's, not an alias.
                const original = patchedOriginal(split.rest);
                if (original !== undefined) {
                    packageName = original.name;
                    if (reference !== '')
                        reference = original.rest;
                }
            }
            // Berry's `checksum` hashes yarn's own cache zip, not the registry tarball, so it is not the package's hash.
        }
        else {
            name = nameFromTarball(block.fields.get('resolved')) ?? v1Name(block.descriptors[0] ?? '');
        }
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackageName */ .kb)(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(input.path, `"${name.slice(0, 80)}" is not a package name`, block.line);
        const resolved = block.fields.get('resolved');
        // Only URL and local-folder entries need a look beyond the entry (no await for the thousands of registry ones).
        // yarn 1 locks a `link:` folder at a placeholder 0.0.0: its own package.json has the version.
        const v1Link = !berry && version === '0.0.0' ? /^link:(.+)$/s.exec((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameAt */ .nN)(block.descriptors[0] ?? '').rest)?.[1] : undefined;
        const identity = v1Link !== undefined
            ? { name, version: (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)((await readManifest(input, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(v1Link, 'package.json')))?.json ?? {}, 'version') ?? version }
            : workspacePath === undefined && (reference.startsWith('http') || (version === '0.0.0-use.local' && /^(?:link|portal):/.test(reference)))
                ? await berryIdentity(input, packageName ?? name, version, reference)
                : { name: packageName ?? name, version };
        const purl = workspacePath === undefined
            ? set.add({
                name: identity.name,
                version: identity.version,
                scope: 'required',
                hashes: hashesOf(block.fields.get('integrity'), resolved),
                downloadLocation: resolved !== undefined && /^https?:\/\//.test(resolved) ? resolved.replace(/#.*$/s, '') : undefined,
                // yarn 1 writes no `resolved` for a local folder: its descriptor (`x@file:../x`) says where it is.
                source: (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceOf */ .vz)(berry ? berryRange(reference) : (resolved ?? (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameAt */ .nN)(block.descriptors[0] ?? '').rest)),
                properties: [...(patch === undefined ? [] : [{ name: _common_js__WEBPACK_IMPORTED_MODULE_4__/* .PATCHED_PROPERTY */ .aq, value: patch }]), ...(conditionProperties(block.fields.get('conditions')) ?? [])],
                location: { path: input.path, line: block.line },
            })
            : (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_8__/* .npmPurl */ .NP)(name, version);
        const node = { purl, name, version, key: block.descriptors[0] ?? name, line: block.line, deps: entryDependencies(block) };
        nodes.push(node);
        if (workspacePath === undefined) {
            let versions = byName.get(name);
            if (versions === undefined)
                byName.set(name, (versions = new Map()));
            if (!versions.has(version))
                versions.set(version, node);
        }
        for (const descriptor of block.descriptors) {
            const earlier = byDescriptor.get(descriptor);
            // Two entries resolving one descriptor to two packages (a merge conflict resolved by keeping both): yarn reads the last; the first
            // one resolves nothing. The same entry twice (syft's yarn-berry case holds some) is one package all the same.
            if (earlier !== undefined && earlier.purl !== node.purl)
                claimedTwice.push({ descriptor, earlier, later: node });
            byDescriptor.set(descriptor, node);
        }
        if (workspacePath !== undefined)
            workspaces.push({ node, path: workspacePath, name, version, line: block.line });
    }
    // Workspaces are known by their manifests (the lock says `0.0.0-use.local` for their versions).
    const rootManifest = await readManifest(input, 'package.json');
    const resolutions = berry ? resolutionsOf(rootManifest) : (_parent, _name, range) => range;
    const rootWorkspace = workspaces.find((workspace) => workspace.path === '.');
    const rootName = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(rootManifest?.json ?? {}, 'name') ?? rootWorkspace?.name;
    const rootVersion = localVersion((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(rootManifest?.json ?? {}, 'version') ?? rootWorkspace?.version ?? '');
    const rootPurl = rootName === undefined || !(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackageName */ .kb)(rootName) ? undefined : (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_8__/* .npmPurl */ .NP)(rootName, rootVersion);
    // Berry keys what a workspace names by a relative path (file:, portal:, link:, a ./ patch) with that workspace's locator: `::locator=app%40workspace%3A.`.
    const importers = [{ node: rootWorkspace?.node, manifest: rootManifest, purl: rootPurl, ...(rootWorkspace === undefined ? {} : { locator: `${rootWorkspace.name}@workspace:.` }) }];
    for (const workspace of workspaces) {
        if (workspace.path === '.') {
            if (rootPurl !== undefined)
                workspace.node.purl = rootPurl;
            continue;
        }
        const manifest = await readManifest(input, `${workspace.path}/package.json`);
        const version = localVersion(workspace.version) === '' ? (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(manifest?.json ?? {}, 'version') ?? '' : workspace.version;
        workspace.node.purl = set.add({ name: workspace.name, version, scope: 'required', location: { path: input.path, line: workspace.line, entry: workspace.path } });
        importers.push({ node: workspace.node, manifest, purl: workspace.node.purl, locator: `${workspace.name}@workspace:${workspace.path}` });
        if (rootPurl !== undefined)
            set.relate(rootPurl, workspace.node.purl, 'contains');
    }
    const lookup = (parent, name, declared, locator) => {
        const range = resolutions(parent, name, declared);
        return (byDescriptor.get(`${name}@${range}`) ??
            (berry && !/^[a-z]+:/.test(range) ? byDescriptor.get(`${name}@npm:${range}`) : undefined) ??
            (berry && locator !== undefined ? byDescriptor.get(`${name}@${range}::locator=${encodeURIComponent(locator)}`) : undefined) ??
            byVersion(name, range));
    };
    // Hand-edited or merged locks name a dependency by a range no entry key spells: match the exact version, or the only version.
    const byVersion = (name, range) => {
        const versions = byName.get(name);
        if (versions === undefined)
            return undefined;
        const exact = versions.get(range.startsWith('npm:') ? range.slice(4) : range);
        if (exact !== undefined || versions.size !== 1)
            return exact;
        return versions.values().next().value;
    };
    // What each package and importer depends on, resolved once. Importers with a manifest are read
    // from it (a berry workspace entry lists its devDependencies as plain dependencies).
    const unresolved = new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .Unresolved */ .UG(input.path);
    for (const { descriptor, earlier, later } of claimedTwice) {
        unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(descriptor, 200)} is resolved by two entries, ${earlier.name}@${earlier.version} (line ${earlier.line}) and ${later.name}@${later.version}, as no yarn writes it (a merge conflict kept both): yarn reads the last, and the other is listed though nothing may install it (run yarn install to rewrite the lockfile)`, later.line);
    }
    const workspaceNodes = new Set(importers.flatMap((importer) => (importer.node === undefined ? [] : [importer.node])));
    const providers = new Map();
    const providerOf = (owner) => {
        let provider = providers.get(owner);
        if (provider === undefined) {
            // A package is in its own scope: it provides itself to a dependency that has it as a peer.
            const provides = new Map('deps' in owner ? [[owner.name, owner]] : []);
            providers.set(owner, (provider = { provides, peers: new Set(), parents: [] }));
        }
        return provider;
    };
    const edges = new Map();
    for (const node of nodes) {
        if (workspaceNodes.has(node))
            continue;
        const provider = providerOf(node);
        const list = edges.get(node.purl) ?? [];
        edges.set(node.purl, list);
        for (const dep of node.deps) {
            if (dep.kind === 'peer') {
                provider.peers.add(dep.name);
                // Berry's TypeScript plugin (built into yarn 4) adds `@types/x` as an optional peer of every peer `x`.
                if (berry && !dep.name.startsWith('@types/'))
                    provider.peers.add(typesPackage(dep.name));
                continue;
            }
            const target = lookup(node.name, dep.name, dep.range);
            if (target === undefined) {
                unresolved.reference(node.key, `${dep.name}@${dep.range}`, node.line);
                continue;
            }
            provider.provides.set(dep.name, target);
            providerOf(target).parents.push(provider);
            list.push({ to: target.purl, optional: dep.kind === 'optional' });
            set.relate(node.purl, target.purl);
        }
    }
    // yarn.lock does not say what is dev; the importers' manifests do, by dependency kind. An
    // importer's peers are its dependents' to provide, so they start nothing here.
    const starts = { required: [], optional: [], dev: [] };
    let known = false;
    // The project's own dependencies when it names no root (a package.json without a name): the catalog's root depends
    // on these, not on what nothing else depends on, which drops a direct dependency another package needs too.
    const direct = [];
    for (const importer of importers) {
        const deps = importer.manifest === undefined ? (importer.node?.deps ?? []).filter((dep) => dep.kind !== 'peer') : manifestDependencies(importer.manifest);
        if (importer.manifest !== undefined)
            known = true;
        const provider = providerOf(importer);
        for (const dep of deps) {
            if (dep.kind === 'peer')
                continue;
            const target = lookup(undefined, dep.name, dep.range, importer.locator) ?? nodeByName(importer.node, dep.name, (name, range) => lookup(undefined, name, range, importer.locator));
            if (target === undefined) {
                // Linked folders (`link:`, `portal:`) are not lock entries; anything else a manifest names must be.
                if (!/^(link|portal|file):/.test(dep.range))
                    unresolved.reference(importer.purl ?? 'the project', `${dep.name}@${dep.range}`);
                continue;
            }
            provider.provides.set(dep.name, target);
            providerOf(target).parents.push(provider);
            if (importer.manifest !== undefined)
                starts[dep.kind].push(target.purl);
            if (importer === importers[0] && importer.purl === undefined && importer.manifest !== undefined && (dep.kind !== 'dev' || input.includeDev))
                direct.push(target.purl);
            if (importer.purl === undefined)
                continue;
            if (dep.kind !== 'dev')
                set.relate(importer.purl, target.purl);
            else if (input.includeDev)
                set.relate(importer.purl, target.purl, 'dev-depends-on');
        }
    }
    // A peer dependency is whatever the package's dependents provide under that name (yarn's rule):
    // an edge to each, and nothing for reachability, since the dependent's own edge already reaches it.
    // Peers passed on through long chains of dependents could cost quadratic time on a hostile lock:
    // the walks share a budget proportional to the lockfile, and past it the remaining peer edges are an unknown.
    const budget = { visits: 50 * providers.size + 100_000, exhausted: false };
    for (const node of nodes) {
        if (workspaceNodes.has(node))
            continue;
        const provider = providerOf(node);
        for (const peer of provider.peers)
            for (const target of providedTo(provider, peer, budget))
                set.relate(node.purl, target.purl);
    }
    if (budget.exhausted)
        unresolved.note('peer dependencies are passed on through too many dependents to resolve them all: some peer edges are missing');
    const scopes = known ? (0,_scopes_js__WEBPACK_IMPORTED_MODULE_9__/* .scopesByReachability */ .Q)(starts, edges) : new Map();
    const packages = set.allPackages(unresolved);
    for (const pkg of packages)
        pkg.scope = scopes.get(pkg.purl) ?? 'required';
    const relationships = set.allRelationships();
    const result = { packages, relationships, ...unresolved.fields(), ...(direct.length > 0 ? { direct: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_5__/* .withOrphans */ .Ke)(direct, packages, relationships) } : {}) };
    if (rootPurl !== undefined && rootName !== undefined) {
        const root = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
        const license = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .licenseOf */ .L3)(rootManifest?.json.license);
        if (license !== undefined)
            root.license = license;
        result.root = root;
    }
    return result;
}
/**
 * The packages a peer dependency resolves to: what each dependent provides under that name, or,
 * where the dependent has the same peer itself, what its own dependents provide. Each provider is
 * visited at most once per peer.
 */
function providedTo(provider, name, budget) {
    const found = new Set();
    const seen = new Set();
    const queue = [...provider.parents];
    while (queue.length > 0) {
        const parent = queue.pop();
        if (seen.has(parent))
            continue;
        if (--budget.visits < 0) {
            budget.exhausted = true;
            break;
        }
        seen.add(parent);
        const target = parent.provides.get(name);
        if (target !== undefined)
            found.add(target);
        else if (parent.peers.has(name))
            queue.push(...parent.parents);
    }
    return [...found];
}
/** The DefinitelyTyped package of a package name: `@types/x`, `@types/scope__x` for `@scope/x`. */
function typesPackage(name) {
    return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
}
/** The `__metadata` versions of berry lockfiles this parser was written for (yarn 2 to 4). */
const BERRY_VERSIONS = new Set(['4', '5', '6', '7', '8', '10']);
/** A lockfile format this parser was not written for is reported as such, not read by guess. */
function checkVersion(path, text, blocks, berry) {
    if (!berry) {
        const header = /^# yarn lockfile v(\d+)\s*$/m.exec(text.slice(0, 1000))?.[1];
        if (header !== undefined && header !== '1')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `yarn lockfile v${header} is not a version trust-kit reads (v1, or berry with __metadata)`, 1);
        return;
    }
    const metadata = blocks.find((block) => block.descriptors[0] === '__metadata');
    const version = metadata?.fields.get('version');
    if (version === undefined || !BERRY_VERSIONS.has(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `yarn berry lockfile version ${JSON.stringify(version ?? null)} is not one trust-kit reads (${[...BERRY_VERSIONS].join(', ')})`, metadata?.line);
    }
    // Cache keys are a number, with yarn 4's compression level after a `c` (`10c0`); another shape is a format not seen yet.
    const cacheKey = metadata?.fields.get('cacheKey');
    if (cacheKey !== undefined && !/^\d+(?:c\d+)?$/.test(cacheKey)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `yarn berry cache key ${JSON.stringify(cacheKey.slice(0, 40))} is not one trust-kit reads (a number, or like 10c0)`, metadata?.line);
    }
}
/**
 * What a berry entry really installs, where its descriptor does not say it: a `link:`/`portal:`
 * folder (version `0.0.0-use.local`) is at the version of its own package.json, the path relative
 * to the workspace its `::locator=` names; a registry tarball URL (`x@https://.../is-odd/-/is-odd-3.0.1.tgz`)
 * holds the package the URL names, whatever name the manifest gave it.
 */
async function berryIdentity(input, name, version, reference) {
    if (reference.startsWith('http://') || reference.startsWith('https://'))
        return { name: nameFromTarball(reference) ?? name, version };
    const folder = version === '0.0.0-use.local' ? /^(?:link|portal):(.+?)(?:::(.+))?$/s.exec(reference) : null;
    if (folder?.[1] === undefined)
        return { name, version };
    // Without a workspace locator (or one that is not percent-encoded text), the path is read from the project's root.
    const workspace = locatorWorkspace(folder[2] ?? '') ?? '.';
    const manifest = await readManifest(input, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workspace, folder[1], 'package.json'));
    return { name, version: (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(manifest?.json ?? {}, 'version') ?? '' };
}
/**
 * The package a berry `patch:` resolution patches (`patch:<name>@<encoded range>#<patch>::...`):
 * its name and reference, decoded, through patches of patches; undefined when it does not parse.
 */
function patchedOriginal(reference) {
    let rest = reference;
    let original;
    // Each level is encoded once more: a few levels are all yarn writes (a patch of a patch is rare already).
    for (let depth = 0; depth < 4 && rest.startsWith('patch:'); depth += 1) {
        const hash = rest.indexOf('#');
        if (hash === -1)
            return original;
        try {
            original = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameAt */ .nN)(decodeURIComponent(rest.slice('patch:'.length, hash)));
        }
        catch {
            return original;
        }
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackageName */ .kb)(original.name))
            return undefined;
        rest = original.rest;
    }
    return original;
}
/**
 * A berry reference as the dependency's range spelled it, without the `::hash=..&locator=..` yarn
 * appends, nor the `#<path>` it resolves a `file:` or `exec:` range to (`file:./plat#./plat`); a
 * local path, which berry spells from the workspace that depends on it (the `locator`), from the
 * lockfile's directory instead (`file:../../shared` of `packages/ws` is `file:./shared`), so one
 * folder is one package whichever workspace names it.
 */
function berryRange(reference) {
    const separator = reference.indexOf('::');
    let range = separator === -1 ? reference : reference.slice(0, separator);
    if (/^(?:file|exec):/.test(range))
        range = range.replace(/#.*$/s, '');
    const local = /^(file|link|portal|exec):(.+)$/s.exec(range);
    const workspace = local === null || separator === -1 ? undefined : locatorWorkspace(reference.slice(separator + 2));
    const [, protocol = '', path = ''] = local ?? [];
    if (workspace === undefined || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path))
        return range;
    const fromLockfile = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workspace, path));
    return `${protocol}:${fromLockfile === '..' || fromLockfile.startsWith('../') ? fromLockfile : `./${fromLockfile}`}`;
}
/** The workspace (its path from the lockfile's directory) a berry `locator=` parameter names; undefined for a package's locator or none. */
function locatorWorkspace(parameters) {
    const encoded = /(?:^|&)locator=([^&]*)/.exec(parameters)?.[1];
    if (encoded === undefined)
        return undefined;
    try {
        return /@workspace:(.+)$/s.exec(decodeURIComponent(encoded))?.[1];
    }
    catch {
        // A locator that is not percent-encoded text names no workspace.
        return undefined;
    }
}
/**
 * Berry's `conditions` (`(os=linux | os=darwin) & !cpu=arm64 & libc=glibc`, what it makes of a
 * package's `os`, `cpu` and `libc`) as the platform properties npm's fields give: values joined by
 * commas, `!` excluding. None when the entry has none.
 */
function conditionProperties(conditions) {
    if (conditions === undefined)
        return undefined;
    const fields = {};
    for (const [, not = '', field = '', value = ''] of conditions.matchAll(/(!?)\b(os|cpu|libc)=([^\s&|()]+)/g))
        (fields[field] ??= []).push(`${not}${value}`);
    return (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .platformProperties */ .ni)(fields);
}
/** Berry's placeholder version for workspaces means "no version". */
function localVersion(version) {
    return version === '0.0.0-use.local' ? '' : version;
}
/**
 * The node an importer's dependency resolved to when the manifest's range is not spelled as in the
 * lock (berry rewrites `workspace:*` and patch ranges): the importer's own lock entry names it.
 */
function nodeByName(importer, name, lookup) {
    if (importer === undefined)
        return undefined;
    for (const dep of importer.deps)
        if (dep.name === name)
            return lookup(dep.name, dep.range);
    return undefined;
}
/** Yarn `yarn.lock`: the classic v1 format and berry (yarn 2+, with `__metadata`). */
const yarnLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_7__/* .YARN_LOCK */ .dr,
    parse: parseYarn,
};


/***/ }),

/***/ 4045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hq: () => (/* binding */ headerLines),
/* harmony export */   Ke: () => (/* binding */ withOrphans),
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
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7091);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6898);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5256);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1573);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3419);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(211);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9531);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5415);










/** The lockfile's text: UTF-8, without a byte-order mark. */
function textOf(input) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .textOfBytes */ .gm)(input.content);
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
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonText */ .lk)(input.path, textOf(input));
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
    /** Occurrences of a package with another digest than it was first recorded with. */
    #conflicts;
    constructor(input) {
        this.#input = input;
        this.#conflicts = new _unknowns_js__WEBPACK_IMPORTED_MODULE_7__/* .LockfileUnknowns */ .dF(input.path);
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
            // A credential in a lockfile's URL is the lockfile's secret, never the SBOM's.
            if (found.downloadLocation !== undefined)
                pkg.downloadLocation = (0,_urls_js__WEBPACK_IMPORTED_MODULE_8__/* .withoutCredentials */ .ri)(found.downloadLocation);
            if (found.properties !== undefined)
                this.#addProperties(found.purl, found.properties);
            if (found.supplier !== undefined)
                pkg.supplier = found.supplier;
            this.#packages.set(found.purl, pkg);
            this.#seen.set(found.purl, new Set([where]));
            return found.purl;
        }
        existing.scope = (0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .strongerScope */ .TI)(existing.scope, found.scope);
        const seen = this.#seen.get(found.purl);
        if (seen !== undefined && !seen.has(where)) {
            seen.add(where);
            existing.locations.push(location);
        }
        if (found.hashes !== undefined) {
            // Two artifacts under one name (entries whose names normalize alike, a merge gone wrong): the SBOM keeps the first digest, and says so.
            const contradicting = (0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .contradictingHashes */ .So)(existing.hashes, found.hashes);
            if (contradicting.length > 0) {
                const first = existing.locations[0];
                const firstPlace = first?.line === undefined ? 'its first entry' : `its entry at line ${first.line}${first.path === location.path ? '' : ` of ${first.path}`}`;
                this.#conflicts.add(`${found.purl}${found.entry === undefined ? '' : ` (${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)((0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .boundedText */ .LD)(found.entry, 200))})`} is locked here with ${(0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .shortHashes */ .H5)(contradicting)}, another digest than ${firstPlace}, which the SBOM records: two artifacts under one name; check which is installed, and regenerate the lockfile`, found.line, location.path);
            }
            existing.hashes = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .sortHashes */ .bZ)([...existing.hashes, ...found.hashes]);
        }
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
                pkg.properties = (0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .sortProperties */ .Oi)([...byKey.values()]);
        }
        const packages = [...this.#packages.values()].filter((pkg) => pkg.purl !== root?.purl && (this.#input.includeDev || pkg.scope !== 'dev'));
        const kept = new Set(packages.map((pkg) => pkg.purl));
        if (root !== undefined)
            kept.add(root.purl);
        const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
        for (const pkg of packages)
            pkg.locations.sort((a, b) => order(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || order(a.entry ?? '', b.entry ?? ''));
        const relationships = [...this.#edges.values()].filter((edge) => kept.has(edge.from) && kept.has(edge.to));
        return this.#conflicts.into(root === undefined ? { packages, relationships } : { root, packages, relationships });
    }
}
/**
 * What a project without a named root depends on: the dependencies its manifest declares, and the
 * packages nothing depends on (a trimmed lockfile's leftovers), which would otherwise float,
 * related to nothing in the SBOM.
 */
function withOrphans(declared, packages, relationships) {
    const targets = new Set();
    for (const relationship of relationships)
        targets.add(relationship.to);
    const direct = new Set(declared);
    for (const pkg of packages)
        if (!targets.has(pkg.purl))
            direct.add(pkg.purl);
    return [...direct];
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
