export const id = 840;
export const ids = [840,408];
export const modules = {

/***/ 55256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ shortHashes),
/* harmony export */   Oi: () => (/* binding */ sortProperties),
/* harmony export */   So: () => (/* binding */ contradictingHashes),
/* harmony export */   TI: () => (/* binding */ strongerScope)
/* harmony export */ });
/** Hashes as an unknown about contradicting digests names them: `SHA512 0123456789abcdef...`, each cut to 16 hex digits. */
function shortHashes(hashes) {
    return hashes.map((hash) => `${hash.algorithm} ${hash.hex.slice(0, 16)}...`).join(', ');
}
/** The hashes of `other` that contradict one of `kept`: the same algorithm, another digest (two artifacts under one name). */
function contradictingHashes(kept, other) {
    return other.filter((hash) => kept.some((first) => first.algorithm === hash.algorithm && first.hex.toLowerCase() !== hash.hex.toLowerCase()));
}
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

/***/ 83096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ encodeUnpermittedMarks),
/* harmony export */   N: () => (/* binding */ npmPurl)
/* harmony export */ });
/**
 * npm package URLs, written here rather than with packageurl-js (src/sbom/purl.ts): loading that
 * library costs about 10 ms of every run (an `Intl.Collator` and its tables are built on load),
 * a twentieth of `trust-kit sbom` on a big npm project, which needs nothing else from it. The
 * text is the one packageurl-js 2 writes for the `npm` type, step for step: components trimmed,
 * empty qualifier values dropped and keys lowercased, then namespace and name lowercased (the npm
 * type's rule), percent-encoded as it encodes each component, and `+` in the version encoded
 * (`%2B`) and `!*'()` as purlOf does; its errors carry its messages. test/sbom/purl.test.ts holds the two to
 * the same output on real lockfiles and on generated hostile names, versions and qualifiers.
 */
/** An npm name, maybe scoped, of characters a purl keeps verbatim (lowercase: the npm purl type lowercases names). */
const PLAIN_NPM_NAME = /^(?:@[a-z0-9._-]+\/)?[a-z0-9._-]+$/;
/** A version of characters a purl keeps verbatim (`+` is not one: it is encoded). */
const PLAIN_VERSION = /^[A-Za-z0-9._-]*$/;
/** The characters encodeURIComponent (and so packageurl-js) leaves plain that a canonical purl may not hold. */
const UNPERMITTED_MARKS = /[!*'()]/g;
/**
 * Percent-encodes `!*'()` in a purl: the purl specification permits only letters, digits, `.-_~`,
 * `%` and its separators, so a PEP 440 epoch is `1%212.0` (as packageurl-python and packageurl-go
 * write it). None of them is a separator, so the whole text is encoded at once.
 */
function encodeUnpermittedMarks(purl) {
    return purl.replace(UNPERMITTED_MARKS, (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** packageurl-js's error text: `Invalid purl: ` and the message. */
function purlError(message) {
    return new Error(`Invalid purl: ${message}`);
}
/** A qualifier key packageurl-js accepts: no leading digit, only `[A-Za-z0-9._-]`. */
function checkQualifierKey(key) {
    if (/^[0-9]/.test(key))
        throw purlError(`qualifier "${key}" cannot start with a number`);
    if (!/^[A-Za-z0-9._-]*$/.test(key))
        throw purlError(`qualifier "${key}" contains an illegal character`);
}
/** Qualifiers as packageurl-js writes them: trimmed, empty values dropped, keys lowercased and sorted, form-encoded with `%20` for spaces. */
function qualifierText(qualifiers) {
    const kept = new Map();
    for (const [key, value] of Object.entries(qualifiers)) {
        const trimmed = value.trim();
        if (trimmed !== '')
            kept.set(key.toLowerCase(), trimmed);
    }
    for (const key of kept.keys())
        checkQualifierKey(key);
    const params = new URLSearchParams();
    for (const key of [...kept.keys()].sort())
        params.set(key, kept.get(key));
    return params.toString().replace(/\+/g, '%20');
}
/**
 * The canonical purl of an npm package: `@scope/name` splits into the purl namespace and name.
 * Qualifiers (`vcs_url`, `download_url`) mark a package that did not come from the registry.
 */
function npmPurl(name, version, qualifiers) {
    // Most npm names and versions are made of characters the purl leaves as they are.
    if (qualifiers === undefined && PLAIN_NPM_NAME.test(name) && PLAIN_VERSION.test(version))
        return `pkg:npm/${name.startsWith('@') ? `%40${name.slice(1)}` : name}${version === '' ? '' : `@${version}`}`;
    const slash = name.startsWith('@') ? name.indexOf('/') : -1;
    // The scope is everything before the first `/`: no path for packageurl-js to normalise, and not trimmed (it trims only the name and version).
    const namespace = slash > 0 ? name.slice(0, slash).toLowerCase() : '';
    const bare = (slash > 0 ? name.slice(slash + 1) : name).trim();
    if (bare === '')
        throw purlError('"name" is a required component');
    const query = qualifiers === undefined ? '' : qualifierText(qualifiers);
    const versionText = version.trim();
    const encodedNamespace = namespace === '' ? '' : `${encodeURIComponent(namespace).replace(/%3A/g, ':')}/`;
    // encodeURIComponent writes `+` as %2B, which purlOf keeps; `:` is left plain in versions, as packageurl-js leaves it.
    const encodedVersion = versionText === '' ? '' : `@${encodeURIComponent(versionText).replace(/%3A/g, ':')}`;
    return encodeUnpermittedMarks(`pkg:npm/${encodedNamespace}${encodeURIComponent(bare.toLowerCase())}${encodedVersion}${query === '' ? '' : `?${query}`}`);
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
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55256);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91573);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33419);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(80211);








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
            // A credential in a lockfile's URL is the lockfile's secret, never the SBOM's.
            if (found.downloadLocation !== undefined)
                pkg.downloadLocation = (0,_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutCredentials */ .r)(found.downloadLocation);
            if (found.properties !== undefined)
                this.#addProperties(found.purl, found.properties);
            if (found.supplier !== undefined)
                pkg.supplier = found.supplier;
            this.#packages.set(found.purl, pkg);
            this.#seen.set(found.purl, new Set([where]));
            return found.purl;
        }
        existing.scope = (0,_model_js__WEBPACK_IMPORTED_MODULE_7__/* .strongerScope */ .TI)(existing.scope, found.scope);
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
                pkg.properties = (0,_model_js__WEBPACK_IMPORTED_MODULE_7__/* .sortProperties */ .Oi)([...byKey.values()]);
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
    const source = spelled === undefined ? undefined : (0,urls/* withoutCredentials */.r)(spelled);
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
            if (first === undefined)
                firstEntry.set(id, { line: crate.line, checksum });
            else {
                // Two artifacts under one name when the checksums differ (a merge gone wrong, an edited lock): the SBOM records the first.
                const differs = first.checksum !== undefined && checksum !== undefined && first.checksum.toLowerCase() !== checksum.toLowerCase();
                unknowns.add(`${(0,quote/* boundedText */.LD)(crate.name, 200)} ${(0,quote/* boundedText */.LD)(crate.version, 100)} is locked again here${first.line === undefined ? '' : ` (first at line ${first.line})`}${differs ? ', with another checksum, of which the SBOM records the first' : ''}: cargo refuses a lockfile that specifies a package twice (run cargo generate-lockfile)`, crate.line);
            }
            const hash = checksum === undefined ? undefined : (0,hashes/* hexHash */.eP)('SHA256', checksum);
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
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeUnpermittedMarks */ .M)(purl.replace(/@([^?#]*)/, (_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`));
}


/***/ }),

/***/ 80211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ withoutCredentials)
/* harmony export */ });
/** Made once: a literal in the function was a new object for each of a lockfile's thousands of URLs. */
const USERINFO = /^((?:git\+)?([a-z][a-z0-9+.-]*):\/\/)([^/?#]*)@/i;
const HTTP_SCHEME = /(?:^|\+)https?$/i;
/**
 * A URL without the credentials a lockfile may carry in it (`https://ci:token@pypi.corp.example/simple`,
 * `https://TOKEN@npm.corp.example/...`, `...?token=...`): the userinfo of an http(s) URL (`registry+https` and `git+https` too), any `user:password`,
 * and the query parameters that carry a credential are dropped before the URL becomes a purl qualifier or a download location, since an SBOM is
 * published where the repository may not be. An ssh user without a password (`git@github.com`)
 * names no secret and stays. One anchored match: linear in the URL.
 */
function withoutCredentials(url) {
    const withoutQueryCredentials = url.includes('?') ? withoutCredentialParameters(url) : url;
    const match = USERINFO.exec(withoutQueryCredentials);
    if (match === null)
        return withoutQueryCredentials;
    const [whole, prefix = '', scheme = '', userinfo = ''] = match;
    return HTTP_SCHEME.test(scheme) || userinfo.includes(':') ? `${prefix}${withoutQueryCredentials.slice(whole.length)}` : withoutQueryCredentials;
}
/**
 * Query parameters that carry a credential, by a word in their name (searched, not matched whole
 * with what may surround it, which backtracked quadratically on a long hostile name): tokens (`token`, `access_token`, GitLab's
 * `private_token`), passwords and keys, and signed-URL signatures and credentials (an Azure SAS
 * `sig`, S3's `X-Amz-Signature`/`X-Amz-Credential`/`X-Amz-Security-Token`, GCS's `X-Goog-*`).
 */
const CREDENTIAL_WORD = /token|secret|passw(?:or)?d|credential|signature|api[_-]?key|access[_-]?key/i;
/** Names that are a credential only whole: `sig`, `key`, `auth` (a `keyword` or `author` parameter is none). */
const CREDENTIAL_NAME = /^(?:pass|auth|authorization|key|sig)$/i;
/**
 * The URL without the query parameters that carry a credential ({@link CREDENTIAL_WORD}, {@link CREDENTIAL_NAME}),
 * the others kept in their order; the `?` goes when none is left. A signed download URL in a
 * lockfile (`...whl?sv=...&sig=...`) was published whole in the purl and download location.
 */
function withoutCredentialParameters(url) {
    const query = url.indexOf('?');
    const fragment = url.indexOf('#', query);
    const end = fragment === -1 ? url.length : fragment;
    const kept = url
        .slice(query + 1, end)
        .split('&')
        .filter((parameter) => {
        const name = parameter.split('=', 1)[0] ?? '';
        let decoded = name;
        try {
            decoded = decodeURIComponent(name);
        }
        catch {
            // A malformed escape is matched as written.
        }
        return !CREDENTIAL_WORD.test(decoded) && !CREDENTIAL_NAME.test(decoded);
    });
    return `${url.slice(0, query)}${kept.length === 0 || (kept.length === 1 && kept[0] === '') ? '' : `?${kept.join('&')}`}${url.slice(end)}`;
}


/***/ })

};
