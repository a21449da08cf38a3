export const id = 840;
export const ids = [840];
export const modules = {

/***/ 67840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cargoLockParser: () => (/* binding */ cargoLockParser)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./lib/sbom/errors.js
var errors = __webpack_require__(26898);
;// CONCATENATED MODULE: ./lib/sbom/glob.js
/** Whether one path segment matches one pattern segment of `*` (any run) and `?` (one character): greedy with one backtrack point, O(length of both). */
function segmentMatches(pattern, name) {
    let p = 0;
    let n = 0;
    let star = -1;
    let resume = 0;
    while (n < name.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
            p++;
            n++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            resume = n;
        }
        else if (star !== -1) {
            p = star + 1;
            n = ++resume;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}

// EXTERNAL MODULE: ./lib/sbom/hashes.js
var hashes = __webpack_require__(91573);
// EXTERNAL MODULE: ./lib/sbom/suppliers.js
var suppliers = __webpack_require__(20148);
// EXTERNAL MODULE: ./lib/sbom/purl.js
var purl = __webpack_require__(73408);
// EXTERNAL MODULE: ./lib/sbom/parsers/lockfile.js
var lockfile = __webpack_require__(24045);
// EXTERNAL MODULE: ./lib/sbom/parsers/identities.js
var identities = __webpack_require__(98706);
// EXTERNAL MODULE: ./lib/sbom/parsers/scopes.js
var parsers_scopes = __webpack_require__(897);
// EXTERNAL MODULE: ./lib/sbom/urls.js
var urls = __webpack_require__(80211);
// EXTERNAL MODULE: ./lib/sbom/parsers/unknowns.js
var parsers_unknowns = __webpack_require__(15415);
;// CONCATENATED MODULE: ./lib/sbom/parsers/rust/cargo-lock.js













const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
const CRATES_IO_SPARSE = 'sparse+https://index.crates.io/';
/**
 * The purl of a crate: crates.io ones are plain; other registries carry `repository_url`, git
 * sources `vcs_url` (so a git fork never passes for the crates.io release of the same version);
 * the workspace's own crates are plain, as the project's own packages are in every ecosystem; a
 * path crate outside the workspace has `download_url` = its path (it is neither the project's nor crates.io's).
 */
function cratePurl(name, version, spelled, outside) {
    // A credential in a lockfile's URL is the lockfile's secret, never the SBOM's.
    const source = spelled === undefined ? undefined : (0,urls/* withoutCredentials */.ri)(spelled);
    if (source === undefined && outside !== undefined)
        return (0,purl.purlOf)('cargo', name, version, undefined, { download_url: outside });
    if (source === undefined || source === CRATES_IO || source === CRATES_IO_SPARSE)
        return (0,purl.purlOf)('cargo', name, version);
    if (source.startsWith('git+')) {
        // `git+URL?branch=x#commit`: the commit pins what was built; the query only says how it was chosen.
        const hash = source.indexOf('#');
        const url = source.slice(0, source.includes('?') ? source.indexOf('?') : hash === -1 ? source.length : hash);
        return (0,purl.purlOf)('cargo', name, version, undefined, { vcs_url: hash === -1 ? url : `${url}@${source.slice(hash + 1)}` });
    }
    return (0,purl.purlOf)('cargo', name, version, undefined, { repository_url: source.replace(/^(registry|sparse)\+/, '') });
}
/**
 * Where a crate's archive is downloaded from: crates.io's download endpoint for the crate, or the
 * git repository at the locked commit (`git+URL#commit`). Another registry's index URL says where
 * the index is, not the archive (its download template is in the index's config.json): unknown.
 */
function downloadLocationOf(name, version, source) {
    if (source === CRATES_IO || source === CRATES_IO_SPARSE)
        return `https://crates.io/api/v1/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}/download`;
    if (source?.startsWith('git+') !== true)
        return undefined;
    // `git+URL?branch=x#commit`: the commit is what was built; the query only says how it was chosen.
    const hash = source.indexOf('#');
    const query = source.indexOf('?');
    const url = source.slice(0, query !== -1 ? query : hash !== -1 ? hash : source.length);
    return hash === -1 ? url : `${url}${source.slice(hash)}`;
}
/** The `[metadata]` checksums of a v1 Cargo.lock, keyed `name version (source)`. */
function metadataChecksums(lock) {
    const checksums = new Map();
    const metadata = (0,lockfile/* recordField */.Qb)(lock, 'metadata');
    if (metadata === undefined)
        return checksums;
    for (const [key, value] of Object.entries(metadata)) {
        const match = /^checksum (.+)$/.exec(key);
        if (match?.[1] !== undefined && typeof value === 'string')
            checksums.set(match[1], value);
    }
    return checksums;
}
/**
 * The optional dependencies (by key) a manifest's `default` feature turns on, through the features
 * it names: `dep:x` and `x/feature` do, `x?/feature` does not, and a name no feature defines is an
 * optional dependency's own implicit feature. Each feature is visited once.
 */
function enabledByDefault(features, optional) {
    const enabled = new Set();
    const visited = new Set();
    const queue = ['default'];
    while (queue.length > 0) {
        const feature = queue.pop();
        if (visited.has(feature))
            continue;
        visited.add(feature);
        const list = (0,lockfile/* arrayField */.e7)(features, feature);
        if (list === undefined) {
            if (optional.has(feature))
                enabled.add(feature);
            continue;
        }
        for (const item of list) {
            if (typeof item !== 'string')
                continue;
            if (item.startsWith('dep:'))
                enabled.add(item.slice('dep:'.length));
            else if (item.includes('/')) {
                const dependency = item.slice(0, item.indexOf('/'));
                if (!dependency.endsWith('?'))
                    enabled.add(dependency);
            }
            else
                queue.push(item);
        }
    }
    return enabled;
}
const EDGE_KINDS = ['normal', 'optional', 'build', 'dev'];
/** The property of a crate only a workspace crate's `[build-dependencies]` reach: it ran in the build, and is not in what the build made. */
const BUILD_ONLY = { name: 'trust-kit:cargo:build-only', value: 'true' };
/** Whether a directory relative to the lockfile's lies outside it. */
function isOutside(dir) {
    return dir === '..' || dir.startsWith('../');
}
/**
 * The directories a `members` glob names (`crates/*`, `tools/?-*`), from the directories beside
 * the lockfile, `*` and `?` within a segment (`**` as `*`, one level; `[...]` classes are not
 * expanded). Empty when the catalog cannot list directories.
 */
async function expandGlob(input, glob) {
    let paths = [''];
    for (const segment of glob.replaceAll('\\', '/').split('/').filter((part) => part !== '' && part !== '.')) {
        if (!/[*?[]/.test(segment)) {
            paths = paths.map((path) => external_node_path_.posix.join(path, segment));
            continue;
        }
        const next = [];
        for (const path of paths)
            for (const name of (await input.listSiblingDirectories?.(path === '' ? '.' : path)) ?? [])
                if (segmentMatches(segment, name))
                    next.push(external_node_path_.posix.join(path, name));
        paths = next.slice(0, MAX_MANIFESTS);
    }
    return paths;
}
/** How many Cargo.toml files of one workspace are read at most: a hostile tree of path dependencies costs bounded time. */
const MAX_MANIFESTS = 512;
/**
 * The tables of a manifest that name crates: the crates `[workspace.dependencies]` declare for
 * others to use (first, so that the root crate's own `key.workspace = true` finds them), the three
 * kinds of dependencies, per target too, and the crates `[patch.<source>]` declare.
 */
function dependencyTables(manifest) {
    const tables = [];
    const workspace = (0,lockfile/* recordField */.Qb)(manifest, 'workspace');
    const shared = workspace === undefined ? undefined : (0,lockfile/* recordField */.Qb)(workspace, 'dependencies');
    if (shared !== undefined)
        tables.push({ table: shared, kind: 'shared' });
    const kinds = (owner) => {
        for (const [field, kind] of [['dependencies', 'normal'], ['build-dependencies', 'build'], ['build_dependencies', 'build'], ['dev-dependencies', 'dev'], ['dev_dependencies', 'dev']]) {
            const table = (0,lockfile/* recordField */.Qb)(owner, field);
            if (table !== undefined)
                tables.push({ table, kind });
        }
    };
    kinds(manifest);
    for (const target of Object.values((0,lockfile/* recordField */.Qb)(manifest, 'target') ?? {}))
        if ((0,lockfile/* isRecord */.u4)(target))
            kinds(target);
    for (const patches of Object.values((0,lockfile/* recordField */.Qb)(manifest, 'patch') ?? {}))
        if ((0,lockfile/* isRecord */.u4)(patches))
            tables.push({ table: patches, kind: 'patch' });
    return tables;
}
/**
 * Reads the Cargo.toml beside the lockfile and, from it, every manifest inside the workspace that a
 * `path` dependency or a `members` entry leads to: the root crate, the crates a `path` puts outside
 * the lockfile's directory, and what each crate of the workspace depends on, and how. Cargo.lock
 * gives all path crates alike no `source`, and lists a member's dev-dependencies with the others;
 * only the manifests tell the workspace's own crates from a `path = "../other"` crate that is not
 * the project's, nor any registry's, and a test-only crate from one that ships.
 */
async function readManifests(input) {
    const manifests = { root: undefined, outside: new Map(), inside: new Set(), dependencies: new Map() };
    /** `[workspace.dependencies]` keys and the crate each names, for members' `key.workspace = true`. */
    const shared = new Map();
    const queue = [''];
    const seen = new Set(queue);
    /** The members' directories: the root's, `members` entries and what their non-`[patch]` `path` dependencies lead to, found after the walk (a patch may lead to a directory before a dependency does). */
    const starts = [''];
    const memberEdges = new Map();
    /** Each manifest read inside, by directory: its crate's key and what it declares. */
    const crates = new Map();
    const patched = [];
    for (let index = 0; index < queue.length && index < MAX_MANIFESTS; index += 1) {
        const dir = queue[index];
        const bytes = await input.readSibling(external_node_path_.posix.join(dir, 'Cargo.toml'));
        let manifest;
        try {
            if (bytes === undefined)
                continue;
            manifest = (0,dist/* parse */.qg)(bytes.toString('utf8'));
        }
        catch {
            // An unreadable manifest only costs what it would have told; the lockfile still lists every crate.
            continue;
        }
        const table = (0,lockfile/* recordField */.Qb)(manifest, 'package');
        const name = table === undefined ? undefined : (0,lockfile/* stringField */.OM)(table, 'name');
        const declared = { normal: new Set(), optional: new Set(), build: new Set(), dev: new Set() };
        /** Optional dependencies by key (what features name) -> crate. */
        const optional = new Map();
        if (name !== undefined && table !== undefined && !isOutside(dir)) {
            const version = (0,lockfile/* stringField */.OM)(table, 'version');
            crates.set(dir, { key: version === undefined ? name : `${name} ${version}`, declared });
            // `license.workspace = true` is a table: the license is the workspace's, not stated here.
            if (dir === '')
                manifests.root = { name, version, license: (0,lockfile/* stringField */.OM)(table, 'license') };
        }
        const follow = (path) => {
            const normalized = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, path.replaceAll('\\', '/'))).replace(/\/$/, '');
            const resolved = normalized === '.' ? '' : normalized;
            // The catalog reads no file outside the scanned tree: a path crate there is read if it is inside it.
            if (!seen.has(resolved)) {
                seen.add(resolved);
                queue.push(resolved);
            }
            return resolved;
        };
        const members = dir === '' ? (0,lockfile/* arrayField */.e7)((0,lockfile/* recordField */.Qb)(manifest, 'workspace') ?? {}, 'members') : undefined;
        for (const member of members ?? []) {
            if (typeof member !== 'string')
                continue;
            for (const path of /[*?[]/.test(member) ? await expandGlob(input, member) : [member])
                starts.push(follow(path));
        }
        const edges = [];
        memberEdges.set(dir, edges);
        for (const { table: dependencies, kind } of dependencyTables(manifest)) {
            for (const [key, spec] of Object.entries(dependencies)) {
                // A renamed dependency (`key = { package = "crate" }`) is named by its crate in Cargo.lock; `key.workspace = true` by the workspace's.
                const crate = !(0,lockfile/* isRecord */.u4)(spec) ? key : spec.workspace === true ? (shared.get(key) ?? key) : ((0,lockfile/* stringField */.OM)(spec, 'package') ?? key);
                if (kind === 'shared')
                    shared.set(key, crate);
                else if (kind === 'normal' && (0,lockfile/* isRecord */.u4)(spec) && spec.optional === true)
                    optional.set(key, crate);
                else if (kind !== 'patch')
                    declared[kind].add(crate);
                const path = (0,lockfile/* isRecord */.u4)(spec) ? (0,lockfile/* stringField */.OM)(spec, 'path') : undefined;
                if (path === undefined)
                    continue;
                if (external_node_path_.posix.isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path))
                    manifests.outside.set(crate, path);
                else {
                    const resolved = follow(path);
                    if (isOutside(resolved))
                        manifests.outside.set(crate, resolved);
                    else if (kind === 'patch')
                        patched.push({ crate, dir: resolved });
                    else
                        edges.push(resolved);
                }
            }
        }
        const enabled = optional.size === 0 ? new Set() : enabledByDefault((0,lockfile/* recordField */.Qb)(manifest, 'features') ?? {}, optional);
        for (const [key, crate] of optional)
            declared[enabled.has(key) ? 'normal' : 'optional'].add(crate);
    }
    const memberDirs = new Set(starts);
    for (const dir of memberDirs)
        for (const next of memberEdges.get(dir) ?? [])
            memberDirs.add(next);
    for (const dir of memberDirs) {
        const crate = crates.get(dir);
        if (crate === undefined)
            continue;
        manifests.inside.add(crate.key);
        manifests.dependencies.set(crate.key, crate.declared);
    }
    for (const { crate, dir } of patched)
        if (!memberDirs.has(dir))
            manifests.outside.set(crate, dir);
    return manifests;
}
/**
 * Crates from `Cargo.lock` (v1 to v4): registry checksums as SHA256, git and path sources,
 * dependency edges resolved by name, by `name version` or by `name version (source)` when a name
 * has several versions. Crates without a source are workspace members, contained by the root crate
 * named in the Cargo.toml beside the lockfile (or, in a virtual workspace, reported as `members`),
 * but for those the workspace's manifests name by a `path` outside it: local crates, not the project's.
 */
const cargoLockParser = {
    ...identities/* CARGO_LOCK */.z2,
    async parse(input) {
        const lock = (0,lockfile/* parseTomlLockfile */.lQ)(input);
        const entries = (0,lockfile/* arrayField */.e7)(lock, 'package') ?? [];
        const lines = (0,lockfile/* headerLines */.Hq)((0,lockfile/* textOf */.b6)(input), '[[package]]');
        const checksums = metadataChecksums(lock);
        const manifests = await readManifests(input);
        const crates = [];
        for (const [index, entry] of entries.entries()) {
            const line = lines[index];
            if (!(0,lockfile/* isRecord */.u4)(entry))
                throw new errors/* SbomParseError */.J(input.path, 'a [[package]] entry is not a table', line);
            const name = (0,lockfile/* stringField */.OM)(entry, 'name');
            const version = (0,lockfile/* stringField */.OM)(entry, 'version');
            if (name === undefined || name === '' || version === undefined || version === '') {
                throw new errors/* SbomParseError */.J(input.path, 'a [[package]] entry lacks a name or version', line);
            }
            const source = (0,lockfile/* stringField */.OM)(entry, 'source');
            const dependencies = ((0,lockfile/* arrayField */.e7)(entry, 'dependencies') ?? []).filter((dep) => typeof dep === 'string');
            // A crate of the workspace may share its name with one outside only at another version.
            const inside = manifests.inside.has(name) || manifests.inside.has(`${name} ${version}`);
            const outside = source === undefined && !inside ? manifests.outside.get(name) : undefined;
            crates.push({ name, version, source, purl: (0,lockfile/* purlFor */.nK)(input.path, line, () => cratePurl(name, version, source, outside)), dependencies, line, outside });
        }
        // Every way Cargo.lock can name a crate in `dependencies`: `name`, `name version` and
        // `name version (source)`; a key two crates share is ambiguous (null) and resolves to nothing.
        const byReference = new Map();
        for (const crate of crates) {
            const keys = [crate.name, `${crate.name} ${crate.version}`];
            if (crate.source !== undefined) {
                keys.push(`${crate.name} ${crate.version} (${crate.source})`);
                // Cargo names a git crate in `dependencies` by its source without the locked commit: `(git+URL?branch=b)`, not `(git+URL?branch=b#commit)`.
                const hash = crate.source.indexOf('#');
                if (hash !== -1)
                    keys.push(`${crate.name} ${crate.version} (${crate.source.slice(0, hash)})`);
            }
            for (const key of keys) {
                const known = byReference.get(key);
                // A crate listed twice is one crate: duplicates must not make its name ambiguous.
                if (known === undefined)
                    byReference.set(key, crate);
                else if (known !== null && known.purl !== crate.purl)
                    byReference.set(key, null);
            }
        }
        const resolve = (spec) => byReference.get(spec.trim()) ?? undefined;
        const manifest = manifests.root;
        const rootCrate = crates.find((crate) => crate.source === undefined && crate.name === manifest?.name && (manifest.version === undefined || manifest.version === crate.version));
        const own = crates.filter((crate) => crate.source === undefined && crate.outside === undefined);
        // Cargo.lock lists a workspace crate's build- and dev-dependencies, and the optional ones of every
        // feature, with its others: its manifest tells them apart, as `cargo metadata`'s dep_kinds do. What
        // only such edges reach is optional, build-only or dev; a crate whose manifest was not read (a
        // registry crate's) keeps every edge as it is.
        const edges = new Map();
        // A dependency no [[package]] entry is: the lockfile was cut short or edited (cargo metadata --locked refuses it), and what it would have listed is missing.
        const unknowns = new parsers_unknowns/* LockfileUnknowns */.dF(input.path);
        for (const crate of crates) {
            const declared = crate.source === undefined && crate.outside === undefined ? (manifests.dependencies.get(`${crate.name} ${crate.version}`) ?? manifests.dependencies.get(crate.name)) : undefined;
            const list = [];
            for (const spec of crate.dependencies) {
                const to = resolve(spec);
                if (to === undefined && !byReference.has(spec.trim()))
                    unknowns.add(`${crate.name} ${crate.version} depends on ${(0,quote/* boundedText */.LD)(spec.trim(), 200)}, which no [[package]] entry of the lockfile is: it is cut short or was edited, and what it lacks is not listed (run cargo generate-lockfile)`, crate.line);
                if (to === undefined)
                    continue;
                list.push({ to, kind: declared === undefined ? 'normal' : (EDGE_KINDS.find((kind) => declared[kind].has(to.name)) ?? 'normal') });
            }
            edges.set(crate.purl, [...(edges.get(crate.purl) ?? []), ...list]);
        }
        const graph = new Map([...edges].map(([from, list]) => [from, list.filter((edge) => edge.kind === 'normal' || edge.kind === 'optional').map((edge) => ({ to: edge.to.purl, optional: edge.kind === 'optional' }))]));
        const startsOf = (kind) => [...edges.values()].flatMap((list) => list.filter((edge) => edge.kind === kind).map((edge) => edge.to.purl));
        const required = own.map((crate) => crate.purl);
        // A build script's crates are compiled and run by the build, never linked into what it makes:
        // what only build edges reach (a build tool's own dependencies included) is not shipped, as dev
        // dependencies are not, but says it ran in the build. A crate a build edge and a dev edge both reach is build-only.
        const buildOnly = (0,parsers_scopes/* scopesByReachability */.Q)({ required, optional: [], dev: startsOf('build') }, graph);
        const scopes = (0,parsers_scopes/* scopesByReachability */.Q)({ required, optional: [], dev: [...startsOf('build'), ...startsOf('dev')] }, graph);
        const collector = new lockfile/* PackageCollector */.UI(input);
        let root;
        /** The first entry of each crate (name, version, source), with its checksum: cargo refuses a lockfile that locks one twice. */
        const firstEntry = new Map();
        for (const [index, crate] of crates.entries()) {
            const entry = entries[index];
            const id = `${crate.name} ${crate.version} (${crate.source ?? ''})`;
            const checksum = (0,lockfile/* stringField */.OM)(entry, 'checksum') ?? checksums.get(id);
            const first = firstEntry.get(id);
            // Two artifacts under one name when the checksums differ (a merge gone wrong, an edited lock): the SBOM records the first.
            const differs = first?.checksum !== undefined && checksum !== undefined && first.checksum.toLowerCase() !== checksum.toLowerCase();
            if (first === undefined)
                firstEntry.set(id, { line: crate.line, checksum });
            else {
                unknowns.add(`${(0,quote/* boundedText */.LD)(crate.name, 200)} ${(0,quote/* boundedText */.LD)(crate.version, 100)} is locked again here${first.line === undefined ? '' : ` (first at line ${first.line})`}${differs ? ', with another checksum, of which the SBOM records the first' : ''}: cargo refuses a lockfile that specifies a package twice (run cargo generate-lockfile)`, crate.line);
            }
            // A repeat's other checksum is in the unknown above: the collector is not told it again.
            const hash = checksum === undefined || differs ? undefined : (0,hashes/* hexHash */.eP)('SHA256', checksum);
            // Cargo.lock names no authors; a git source at least names the repository's owner. Registry crates stay NOASSERTION.
            const supplied = crate.source?.startsWith('git+') === true ? (0,suppliers/* gitSourceSupplier */._1)(crate.source.slice(4).replace(/[?#].*$/s, ''), 'the Cargo.lock git source') : undefined;
            const built = buildOnly.get(crate.purl) === 'dev' ? [BUILD_ONLY] : [];
            collector.add({
                supplier: supplied?.supplier,
                properties: supplied === undefined ? built : [supplied.property, ...built],
                purl: crate.purl,
                ecosystem: 'cargo',
                name: crate.name,
                version: crate.version,
                scope: scopes.get(crate.purl) ?? 'required',
                line: crate.line,
                hashes: hash === undefined ? [] : [hash],
                downloadLocation: downloadLocationOf(crate.name, crate.version, crate.source),
            });
            if (crate === rootCrate) {
                root = { purl: crate.purl, ecosystem: 'cargo', name: crate.name, version: crate.version, hashes: [], locations: [{ path: input.path, line: crate.line }], scope: 'required' };
                if (manifest?.license !== undefined)
                    root.license = manifest.license;
            }
        }
        for (const [from, list] of edges) {
            for (const edge of list) {
                if (edge.kind === 'normal' || edge.kind === 'optional')
                    collector.relate(from, edge.to.purl);
                else if (input.includeDev)
                    collector.relate(from, edge.to.purl, edge.kind === 'build' ? 'build-depends-on' : 'dev-depends-on');
            }
        }
        const members = own.filter((crate) => crate !== rootCrate).map((crate) => crate.purl);
        if (root !== undefined) {
            for (const member of members)
                collector.relate(root.purl, member, 'contains');
            return unknowns.into(collector.result(root));
        }
        // A virtual workspace (a Cargo.toml with no [package]) names no root: its members are the project's own crates all the same.
        const result = collector.result();
        if (members.length > 0)
            result.members = [...new Set(members)].sort();
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
