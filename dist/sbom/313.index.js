export const id = 313;
export const ids = [313,408];
export const modules = {

/***/ 3085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ jsonErrorLine),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, jsonFault, JSON_FAULT_HINT, describeJsonFault, jsonSyntaxProblem */
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9531);
// JSON as other parties wrote it: what JSON.parse alone does not say about a text.

/**
 * How deep a JSON text another party wrote may nest: far deeper than any bundle, trusted root,
 * signing config or in-toto statement (a few levels; an SBOM predicate a few dozen), shallow enough
 * that no reader of the parsed value (a recursive walk, JSON.stringify) runs out of stack.
 */
const MAX_JSON_DEPTH = 512;
/**
 * The first {@link JsonFault} of a valid JSON text, if any. It jumps from one structural character
 * to the next (a regular expression and indexOf skip strings, numbers and whitespace natively), so a
 * bundle of tens of MiB (a DSSE payload) costs little, and a small one little at start-up; memory
 * is the keys of the open objects, at most {@link MAX_JSON_DEPTH} of them deep.
 */
function jsonFault(text) {
    const structure = /[{}[\],"]/g;
    const objects = [];
    let keyNext = false;
    for (let match = structure.exec(text); match !== null; match = structure.exec(text)) {
        const char = match[0];
        if (char === '{' || char === '[') {
            if (objects.length === MAX_JSON_DEPTH)
                return { kind: 'too-deep', line: lineAt(text, match.index) };
            objects.push(char === '{' ? new Set() : undefined);
            keyNext = char === '{';
        }
        else if (char === '}' || char === ']') {
            objects.pop();
        }
        else if (char === ',') {
            keyNext = objects.at(-1) !== undefined;
        }
        else {
            const end = closingQuote(text, match.index);
            if (end === -1)
                return undefined;
            if (keyNext) {
                const keys = objects.at(-1);
                const key = JSON.parse(text.slice(match.index, end + 1));
                if (keys.has(key))
                    return { kind: 'repeated-key', key, line: lineAt(text, match.index) };
                keys.add(key);
                keyNext = false;
            }
            structure.lastIndex = end + 1;
        }
    }
    return undefined;
}
/** What to do about a document with a {@link JsonFault}. */
const JSON_FAULT_HINT = 'a document every verifier reads the same names each key of an object once and nests a few levels; this one was written otherwise (by hand, or to be read two ways): do not trust it, get it again from its source';
/**
 * A {@link JsonFault} for a message, after the name of the document: `repeats the key "k" in one
 * object, on line 3` (the line left out for a document of one line, such as a line of JSON lines,
 * which its name already numbers).
 */
function describeJsonFault(fault, withLine = true) {
    const line = withLine ? `, on line ${fault.line}` : '';
    return fault.kind === 'repeated-key' ? `repeats the key ${quoted(fault.key, 100)} in one object${line}` : `nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep${line}`;
}
/**
 * The line of a JSON.parse error: V8 gives a position for some errors, only a snippet of the
 * text around the bad token for others (`Unexpected token '}', ..."ckages": [}" is not valid
 * JSON`), and nothing at the end of the input.
 */
function jsonErrorLine(text, message) {
    const position = /position (\d+)/.exec(message)?.[1];
    if (position !== undefined)
        return lineAt(text, Number(position));
    if (message.includes('end of JSON input'))
        return lineAt(text, text.trimEnd().length);
    const snippet = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
    if (snippet === null)
        return undefined;
    const [, token = '', leading, context = '', trailing] = snippet;
    const at = text.indexOf(context);
    if (at === -1 || text.indexOf(context, at + 1) !== -1)
        return undefined;
    // V8 shows 10 characters either side of the bad token, with "..." where it cut the text.
    const inContext = leading !== undefined ? 10 : context.lastIndexOf(token, trailing === undefined ? context.length : context.length - 10);
    return lineAt(text, at + Math.max(0, inContext));
}
/**
 * What JSON.parse said of a text that is not JSON, for a message about a file: the line it stopped
 * at when it can be told, and its first words, printable and bounded, without the text V8 quotes
 * around a bad token: a file given by mistake (a token, a key) would have its first characters
 * printed to a log others read. V8's own `(line N column M)` is left out where the line is told
 * first; `withLine: false` leaves the line out (a line of a JSON-lines file, numbered already).
 */
function jsonSyntaxProblem(text, error, options = {}) {
    const message = error instanceof Error ? error.message : String(error);
    const line = options.withLine === false ? undefined : jsonErrorLine(text, message);
    const unquoted = message.replace(/^Unexpected token '[\s\S]+?', (?:\.\.\.)?"[\s\S]*?"(?:\.\.\.)? is not valid JSON/, 'Unexpected token: not valid JSON');
    const said = (unquoted.split('\n')[0] ?? '').replace(/ \(line \d+ column \d+\)$/, '');
    return `${line === undefined ? '' : `line ${line}: `}${boundedText(said, 200)}`;
}
/** The line (from 1) of `index` in `text`: where a JSON text another party wrote goes wrong. */
function lineAt(text, index) {
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
        line += 1;
    return line;
}
/** The index of the quote that closes the string opened at `open`: the next one not escaped by an odd run of backslashes; -1 if none. */
function closingQuote(text, open) {
    for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
        let backslashes = 0;
        while (text[quote - 1 - backslashes] === '\\')
            backslashes++;
        if (backslashes % 2 === 0)
            return quote;
    }
    return -1;
}


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

/***/ 5313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cargoLockParser: () => (/* binding */ cargoLockParser)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9531);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6898);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3339);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1573);
/* harmony import */ var _suppliers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(148);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4045);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8706);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(897);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(211);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5415);













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
    const source = spelled === undefined ? undefined : (0,_urls_js__WEBPACK_IMPORTED_MODULE_9__/* .withoutCredentials */ .ri)(spelled);
    if (source === undefined && outside !== undefined)
        return (0,_purl_js__WEBPACK_IMPORTED_MODULE_6__.purlOf)('cargo', name, version, undefined, { download_url: outside });
    if (source === undefined || source === CRATES_IO || source === CRATES_IO_SPARSE)
        return (0,_purl_js__WEBPACK_IMPORTED_MODULE_6__.purlOf)('cargo', name, version);
    if (source.startsWith('git+')) {
        // `git+URL?branch=x#commit`: the commit pins what was built; the query only says how it was chosen.
        const hash = source.indexOf('#');
        const url = source.slice(0, source.includes('?') ? source.indexOf('?') : hash === -1 ? source.length : hash);
        return (0,_purl_js__WEBPACK_IMPORTED_MODULE_6__.purlOf)('cargo', name, version, undefined, { vcs_url: hash === -1 ? url : `${url}@${source.slice(hash + 1)}` });
    }
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_6__.purlOf)('cargo', name, version, undefined, { repository_url: source.replace(/^(registry|sparse)\+/, '') });
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
    const metadata = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .recordField */ .Qb)(lock, 'metadata');
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
        const list = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .arrayField */ .e7)(features, feature);
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
            paths = paths.map((path) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(path, segment));
            continue;
        }
        const next = [];
        for (const path of paths)
            for (const name of (await input.listSiblingDirectories?.(path === '' ? '.' : path)) ?? [])
                if ((0,_glob_js__WEBPACK_IMPORTED_MODULE_10__/* .segmentMatches */ .d)(segment, name))
                    next.push(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(path, name));
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
    const workspace = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .recordField */ .Qb)(manifest, 'workspace');
    const shared = workspace === undefined ? undefined : (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .recordField */ .Qb)(workspace, 'dependencies');
    if (shared !== undefined)
        tables.push({ table: shared, kind: 'shared' });
    const kinds = (owner) => {
        for (const [field, kind] of [['dependencies', 'normal'], ['build-dependencies', 'build'], ['build_dependencies', 'build'], ['dev-dependencies', 'dev'], ['dev_dependencies', 'dev']]) {
            const table = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .recordField */ .Qb)(owner, field);
            if (table !== undefined)
                tables.push({ table, kind });
        }
    };
    kinds(manifest);
    for (const target of Object.values((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .recordField */ .Qb)(manifest, 'target') ?? {}))
        if ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(target))
            kinds(target);
    for (const patches of Object.values((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .recordField */ .Qb)(manifest, 'patch') ?? {}))
        if ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(patches))
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
        const bytes = await input.readSibling(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, 'Cargo.toml'));
        let manifest;
        try {
            if (bytes === undefined)
                continue;
            manifest = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(bytes.toString('utf8'));
        }
        catch {
            // An unreadable manifest only costs what it would have told; the lockfile still lists every crate.
            continue;
        }
        const table = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .recordField */ .Qb)(manifest, 'package');
        const name = table === undefined ? undefined : (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .stringField */ .OM)(table, 'name');
        const declared = { normal: new Set(), optional: new Set(), build: new Set(), dev: new Set() };
        /** Optional dependencies by key (what features name) -> crate. */
        const optional = new Map();
        if (name !== undefined && table !== undefined && !isOutside(dir)) {
            const version = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .stringField */ .OM)(table, 'version');
            crates.set(dir, { key: version === undefined ? name : `${name} ${version}`, declared });
            // `license.workspace = true` is a table: the license is the workspace's, not stated here.
            if (dir === '')
                manifests.root = { name, version, license: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .stringField */ .OM)(table, 'license') };
        }
        const follow = (path) => {
            const normalized = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, path.replaceAll('\\', '/'))).replace(/\/$/, '');
            const resolved = normalized === '.' ? '' : normalized;
            // The catalog reads no file outside the scanned tree: a path crate there is read if it is inside it.
            if (!seen.has(resolved)) {
                seen.add(resolved);
                queue.push(resolved);
            }
            return resolved;
        };
        const members = dir === '' ? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .arrayField */ .e7)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .recordField */ .Qb)(manifest, 'workspace') ?? {}, 'members') : undefined;
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
                const crate = !(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(spec) ? key : spec.workspace === true ? (shared.get(key) ?? key) : ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .stringField */ .OM)(spec, 'package') ?? key);
                if (kind === 'shared')
                    shared.set(key, crate);
                else if (kind === 'normal' && (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(spec) && spec.optional === true)
                    optional.set(key, crate);
                else if (kind !== 'patch')
                    declared[kind].add(crate);
                const path = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(spec) ? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .stringField */ .OM)(spec, 'path') : undefined;
                if (path === undefined)
                    continue;
                if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path))
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
        const enabled = optional.size === 0 ? new Set() : enabledByDefault((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .recordField */ .Qb)(manifest, 'features') ?? {}, optional);
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
    ..._identities_js__WEBPACK_IMPORTED_MODULE_8__/* .CARGO_LOCK */ .z2,
    async parse(input) {
        const lock = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTomlLockfile */ .lQ)(input);
        const entries = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .arrayField */ .e7)(lock, 'package') ?? [];
        const lines = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .headerLines */ .Hq)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .textOf */ .b6)(input), '[[package]]');
        const checksums = metadataChecksums(lock);
        const manifests = await readManifests(input);
        const crates = [];
        for (const [index, entry] of entries.entries()) {
            const line = lines[index];
            if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(entry))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SbomParseError */ .J(input.path, 'a [[package]] entry is not a table', line);
            const name = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .stringField */ .OM)(entry, 'name');
            const version = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .stringField */ .OM)(entry, 'version');
            if (name === undefined || name === '' || version === undefined || version === '') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SbomParseError */ .J(input.path, 'a [[package]] entry lacks a name or version', line);
            }
            const source = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .stringField */ .OM)(entry, 'source');
            const dependencies = ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .arrayField */ .e7)(entry, 'dependencies') ?? []).filter((dep) => typeof dep === 'string');
            // A crate of the workspace may share its name with one outside only at another version.
            const inside = manifests.inside.has(name) || manifests.inside.has(`${name} ${version}`);
            const outside = source === undefined && !inside ? manifests.outside.get(name) : undefined;
            crates.push({ name, version, source, purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .purlFor */ .nK)(input.path, line, () => cratePurl(name, version, source, outside)), dependencies, line, outside });
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
        const unknowns = new _unknowns_js__WEBPACK_IMPORTED_MODULE_11__/* .LockfileUnknowns */ .dF(input.path);
        for (const crate of crates) {
            const declared = crate.source === undefined && crate.outside === undefined ? (manifests.dependencies.get(`${crate.name} ${crate.version}`) ?? manifests.dependencies.get(crate.name)) : undefined;
            const list = [];
            for (const spec of crate.dependencies) {
                const to = resolve(spec);
                if (to === undefined && !byReference.has(spec.trim()))
                    unknowns.add(`${crate.name} ${crate.version} depends on ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedText */ .LD)(spec.trim(), 200)}, which no [[package]] entry of the lockfile is: it is cut short or was edited, and what it lacks is not listed (run cargo generate-lockfile)`, crate.line);
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
        const buildOnly = (0,_scopes_js__WEBPACK_IMPORTED_MODULE_12__/* .scopesByReachability */ .Q)({ required, optional: [], dev: startsOf('build') }, graph);
        const scopes = (0,_scopes_js__WEBPACK_IMPORTED_MODULE_12__/* .scopesByReachability */ .Q)({ required, optional: [], dev: [...startsOf('build'), ...startsOf('dev')] }, graph);
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .PackageCollector */ .UI(input);
        let root;
        /** The first entry of each crate (name, version, source), with its checksum: cargo refuses a lockfile that locks one twice. */
        const firstEntry = new Map();
        for (const [index, crate] of crates.entries()) {
            const entry = entries[index];
            const id = `${crate.name} ${crate.version} (${crate.source ?? ''})`;
            const checksum = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_7__/* .stringField */ .OM)(entry, 'checksum') ?? checksums.get(id);
            const first = firstEntry.get(id);
            // Two artifacts under one name when the checksums differ (a merge gone wrong, an edited lock): the SBOM records the first.
            const differs = first?.checksum !== undefined && checksum !== undefined && first.checksum.toLowerCase() !== checksum.toLowerCase();
            if (first === undefined)
                firstEntry.set(id, { line: crate.line, checksum });
            else {
                unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedText */ .LD)(crate.name, 200)} ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedText */ .LD)(crate.version, 100)} is locked again here${first.line === undefined ? '' : ` (first at line ${first.line})`}${differs ? ', with another checksum, of which the SBOM records the first' : ''}: cargo refuses a lockfile that specifies a package twice (run cargo generate-lockfile)`, crate.line);
            }
            // A repeat's other checksum is in the unknown above: the collector is not told it again.
            const hash = checksum === undefined || differs ? undefined : (0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .hexHash */ .eP)('SHA256', checksum);
            // Cargo.lock names no authors; a git source at least names the repository's owner. Registry crates stay NOASSERTION.
            const supplied = crate.source?.startsWith('git+') === true ? (0,_suppliers_js__WEBPACK_IMPORTED_MODULE_5__/* .gitSourceSupplier */ ._1)(crate.source.slice(4).replace(/[?#].*$/s, ''), 'the Cargo.lock git source') : undefined;
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

/***/ 3419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gm: () => (/* binding */ textOfBytes),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   n8: () => (/* binding */ readSiblingJson)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3085);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6898);



// Apart from lockfile.ts: the JavaScript parsers read text and JSON too, and must not load the purl and TOML libraries it imports.
/** A file's text: UTF-8, without a byte-order mark. */
function textOfBytes(content) {
    const text = content.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** An escape of a UTF-16 surrogate (`\ud800`-`\udfff`): one only of a pair names no character. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/g;
/**
 * Parses the JSON text of the lockfile at `path`; a syntax error becomes an SbomParseError naming
 * the line, and so does a string holding half of a surrogate pair (`"1.0.0\ud800"`): valid JSON,
 * but no character, which no package manager writes and no purl can encode.
 */
function parseJsonText(path, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `not valid JSON: ${message.split('\n')[0] ?? ''}`, (0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonErrorLine */ .DP)(text, message), { cause: error });
    }
    // A lockfile's text is decoded UTF-8, which holds no lone surrogate: only an escape can make one, so the text alone
    // says (a search for `\u`, a tenth of the regular expression's time, rules out nearly every lockfile first).
    const lone = text.includes('\\u') ? loneSurrogateEscape(text) : undefined;
    if (lone !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `a string holds ${lone.escape}, half of a UTF-16 surrogate pair, which names no character (no package manager writes one): the lockfile was edited or damaged; regenerate it`, lone.line);
    }
    return json;
}
/** The first surrogate escape of the text that no other completes (a high one not followed by a low one, or a low one alone), and its line. */
function loneSurrogateEscape(text) {
    SURROGATE_ESCAPE.lastIndex = 0;
    for (let match = SURROGATE_ESCAPE.exec(text); match !== null; match = SURROGATE_ESCAPE.exec(text)) {
        // An escaped backslash before it (`\\ud800`) makes it plain text, no escape.
        let backslashes = 0;
        while (text[match.index - 1 - backslashes] === '\\')
            backslashes++;
        if (backslashes % 2 === 1)
            continue;
        const code = parseInt(match[0].slice(2), 16);
        const next = text.slice(SURROGATE_ESCAPE.lastIndex, SURROGATE_ESCAPE.lastIndex + 6);
        if (code <= 0xdbff && /^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(next)) {
            SURROGATE_ESCAPE.lastIndex += 6;
            continue;
        }
        let line = 1;
        for (let at = text.indexOf('\n'); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1))
            line++;
        return { escape: match[0], line };
    }
    return undefined;
}
/**
 * The JSON of a manifest beside the lockfile (`package.json`, `composer.json`), or undefined when
 * there is none or it is not JSON: a manifest only adds to what the lockfile says, so one its own
 * tool could not read leaves the lockfile alone to say it.
 */
async function readSiblingJson(input, name) {
    const bytes = await input.readSibling(name);
    if (bytes === undefined)
        return undefined;
    try {
        return JSON.parse(textOfBytes(bytes));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 3408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7091);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3096);


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
