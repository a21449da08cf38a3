export const id = 268;
export const ids = [268,408];
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

/***/ 2268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_BUILDS_PER_GEM: () => (/* binding */ MAX_BUILDS_PER_GEM),
/* harmony export */   gemfileGroups: () => (/* binding */ gemfileGroups),
/* harmony export */   gemfileLockParser: () => (/* binding */ gemfileLockParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91573);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24045);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98706);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(897);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(80211);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15415);









/**
 * The gem server a GEM section's remote names, without trailing slashes, when it is not
 * rubygems.org (the gem purl type's default repository): undefined for rubygems.org.
 */
function gemServer(spelled) {
    const remote = (0,_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutCredentials */ .r)(spelled);
    if (/^https?:\/\/rubygems\.org\/*$/i.test(remote))
        return undefined;
    // Not a regex: `\/+$` is retried from every slash of a long run (quadratic on hostile input).
    let end = remote.length;
    while (end > 0 && remote[end - 1] === '/')
        end--;
    return end === 0 ? undefined : remote.slice(0, end);
}
/** A GIT section's source as other lockfiles record one: `git+URL#revision` (an https or ssh remote gains the `git+` of a VCS URL). */
function gitLocation(spelled, revision) {
    const remote = (0,_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutCredentials */ .r)(spelled);
    const url = /^(?:https?|ssh):\/\//.test(remote) ? `git+${remote}` : remote;
    return revision === undefined ? url : `${url}#${revision}`;
}
/** The sections of Gemfile.lock whose `specs:` list locked gems. */
const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);
/** `name (version[-platform])` at 4 spaces: a locked gem (Bundler's NAME_VERSION: the version has no `-`, the platform follows it). */
const SPEC = /^ {4}(?! )(\S+) \(([^-\s)]+)(?:-([^\s)]+))?\)$/;
/** `name[ (requirement)]` at 6 spaces: a dependency of the gem above. */
const SPEC_DEPENDENCY = /^ {6}(?! )(\S+)(?: \(.*\))?$/;
/**
 * How many builds (platforms) of one gem a lockfile may lock: a dependency on a gem is an edge to
 * each of its builds, so without a bound a hostile lockfile of n lines makes n²/4 edges. Bundler
 * locks one build per platform of the PLATFORMS section; real lockfiles have a handful.
 */
const MAX_BUILDS_PER_GEM = 64;
/** Bundler's groups for developing and testing the project, which `bundle config set without development test` leaves out. */
const DEV_GROUPS = new Set(['development', 'test']);
/** The group names a `group ... do` line or a `group:`/`groups:` option lists (`:test`, `"test"`, `[:development, :test]`). */
function groupNames(text) {
    return [...text.matchAll(/(?<![\w:]):(\w+)|["'](\w+)["']/g)].map((match) => match[1] ?? match[2] ?? '');
}
/**
 * The groups each gem of a Gemfile is declared in (`group :test do ... end` blocks, nested, and
 * `group:`/`groups:` options), by gem name; a gem declared outside any group is in `default`. The
 * Gemfile is Ruby: this reads Bundler's usual forms line by line, and a gem it cannot place stays in
 * `default`, so nothing is hidden by a form it does not know.
 */
function gemfileGroups(text) {
    const groups = new Map();
    // One entry per open block: the groups a `group` block adds, none for any other block (`platforms`, `if`, `do`).
    const blocks = [];
    for (const raw of text.split('\n')) {
        // `s`: `.` takes a CR (or U+2028) too, so the first `#` ends the line; without it each later `#` scanned on to it again (quadratic).
        const line = raw.replace(/(^|\s)#(?!\{).*$/s, '').trim();
        const opensBlock = /\bdo\s*(?:\|[^|]*\|)?$/.test(line);
        if (opensBlock && /^group\b/.test(line)) {
            // `optional: true` and other options are not group names.
            // `\b`: a word is tried from its start only, not from each of its letters (quadratic in a long word).
            blocks.push(groupNames(line.slice('group'.length, line.lastIndexOf('do')).replace(/\b\w+:\s*\S+/g, '')));
            continue;
        }
        if (/^end\b/.test(line)) {
            blocks.pop();
            continue;
        }
        // One `\s*` unless a `(` parts two: adjacent `\s*\(?\s*` backtracked quadratically on `gem` and a run of spaces.
        const gem = /^gem\s*(?:\(\s*)?["']([^"']+)["'](.*)$/s.exec(line);
        if (gem?.[1] !== undefined) {
            const option = /(?:\bgroups?:|:groups?\s*=>)\s*(\[[^\]]*\]|\S+)/.exec(gem[2] ?? '');
            const declared = [...blocks.flat(), ...(option?.[1] === undefined ? [] : groupNames(option[1]))];
            const known = groups.get(gem[1]) ?? new Set();
            for (const name of declared.length === 0 ? ['default'] : declared)
                known.add(name);
            groups.set(gem[1], known);
        }
        // Any other block opens here and closes at its `end`: `do` at the end, or a statement that starts one.
        if (opensBlock || /^(?:if|unless|case|while|until|begin|def|class|module)\b/.test(line))
            blocks.push([]);
    }
    return groups;
}
/**
 * Scopes from the Gemfile beside the lockfile: what only gems of the development and test groups
 * reach through the specs' edges is dev. A `gemspec` line adds the gemspec's development
 * dependencies to DEPENDENCIES (Bundler puts them in the development group): with it, a listed gem
 * the Gemfile does not declare and that is not the gemspec's own is one of those. Undefined when
 * there is no Gemfile (nothing is hidden then).
 */
async function scopesFromGemfile(input, direct, gems) {
    const fileName = input.path.slice(input.path.lastIndexOf('/') + 1);
    const gemfile = await input.readSibling(fileName === 'gems.locked' ? 'gems.rb' : 'Gemfile');
    if (gemfile === undefined)
        return undefined;
    const text = gemfile.toString('utf8');
    const groups = gemfileGroups(text);
    // Gems from another Gemfile (`eval_gemfile`) are not declared in this one: nothing is inferred for them then.
    // Blanks that end at the line's end: `^\s*` ran on from every line start across the blank lines below it (quadratic).
    const fromGemspec = /^[^\S\r\n\u2028\u2029]*gemspec\b/m.test(text) && !/^[^\S\r\n\u2028\u2029]*(?:eval_gemfile|instance_eval)\b/m.test(text);
    const isDev = ({ name, pinnedSource }) => {
        const declared = groups.get(name);
        if (declared === undefined)
            return fromGemspec && !pinnedSource;
        return [...declared].every((group) => DEV_GROUPS.has(group));
    };
    const edges = new Map();
    for (const gem of gems)
        edges.set(gem.name, [...(edges.get(gem.name) ?? []), ...gem.dependencies.map((to) => ({ to, optional: false }))]);
    const names = (dev) => direct.filter((gem) => isDev(gem) === dev).map((gem) => gem.name);
    return (0,_scopes_js__WEBPACK_IMPORTED_MODULE_7__/* .scopesByReachability */ .Q)({ required: names(false), optional: [], dev: names(true) }, edges);
}
/**
 * Gems from `Gemfile.lock`: the `specs` of its GEM, GIT, PATH and PLUGIN SOURCE sections, with
 * platform-specific gems as a `platform` purl qualifier, GIT sources as the download location and a
 * `vcs_url` qualifier (at the revision), PATH sources as a `download_url` qualifier (the path), the
 * SHA-256 of the .gem file from the CHECKSUMS section (Bundler 2.5+), and
 * the dependency edges the specs record. Gemfile.lock does not record groups: with the Gemfile beside
 * it, what only its development and test groups reach is dev scope; without it every gem is required.
 */
const gemfileLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_4__/* .GEMFILE_LOCK */ .IP,
    async parse(input) {
        const gems = [];
        const direct = [];
        const checksums = new Map();
        const unknowns = new _unknowns_js__WEBPACK_IMPORTED_MODULE_8__/* .LockfileUnknowns */ .dF(input.path);
        let section = '';
        let remote;
        let remotes = 0;
        let revision;
        let current;
        const builds = new Map();
        for (const [index, raw] of (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .textOf */ .b6)(input).split('\n').entries()) {
            const text = raw.replace(/\r$/, '');
            if (/^\S/.test(text)) {
                section = text.trim();
                remote = undefined;
                remotes = 0;
                revision = undefined;
                current = undefined;
                continue;
            }
            if (section === 'DEPENDENCIES') {
                // `  name[!][ (requirement)]`: what the Gemfile asks for (`!` marks a GIT or PATH source).
                const listed = /^ {2}(?! )([^\s!]+)(!?)/.exec(text);
                if (listed?.[1] !== undefined)
                    direct.push({ name: listed[1], pinnedSource: listed[2] === '!', line: index + 1 });
                continue;
            }
            if (section === 'CHECKSUMS') {
                // `  name (version[-platform]) sha256=<hex>[,...]` (Bundler 2.5+): the SHA-256 of the .gem file; GIT and PATH gems have none.
                const checksum = /^ {2}(\S+ \([^\s)]+\)) (\S+)$/.exec(text);
                if (checksum?.[1] !== undefined && checksum[2] !== undefined) {
                    const hashes = checksum[2].split(',').flatMap((entry) => {
                        const hash = entry.startsWith('sha256=') ? (0,_hashes_js__WEBPACK_IMPORTED_MODULE_1__/* .hexHash */ .eP)('SHA256', entry.slice('sha256='.length)) : undefined;
                        return hash === undefined ? [] : [hash];
                    });
                    checksums.set(checksum[1], hashes);
                }
                continue;
            }
            if (!SOURCE_SECTIONS.has(section))
                continue;
            const option = /^ {2}(remote|revision): (.+)$/.exec(text);
            if (option?.[1] === 'remote') {
                remote = option[2];
                remotes++;
            }
            if (option?.[1] === 'revision')
                revision = option[2];
            const spec = SPEC.exec(text);
            if (spec?.[1] !== undefined && spec[2] !== undefined) {
                const [, name, version, platform] = spec;
                const count = (builds.get(name) ?? 0) + 1;
                if (count > MAX_BUILDS_PER_GEM)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, `gem ${name} is locked in more than ${MAX_BUILDS_PER_GEM} builds (one per platform); Bundler writes one per platform the PLATFORMS section lists`, index + 1);
                builds.set(name, count);
                const downloadLocation = section === 'GIT' && remote !== undefined ? gitLocation(remote, revision) : undefined;
                // A GIT or PATH gem is not rubygems.org's gem of that name and version: its origin qualifies the purl.
                const qualifiers = {};
                if (downloadLocation !== undefined)
                    qualifiers.vcs_url = downloadLocation.replace(/#([^#]*)$/, '@$1');
                if (section === 'PATH' && remote !== undefined)
                    qualifiers.download_url = remote;
                // Nor is another gem server's gem rubygems.org's (Bundler 1's section of several remotes does not say which one a gem is from).
                const registry = section === 'GEM' && remotes === 1 && remote !== undefined ? gemServer(remote) : undefined;
                if (registry !== undefined)
                    qualifiers.repository_url = registry;
                if (platform !== undefined)
                    qualifiers.platform = platform;
                const purl = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .purlFor */ .nK)(input.path, index + 1, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__.purlOf)('gem', name, version, undefined, Object.keys(qualifiers).length === 0 ? undefined : qualifiers));
                current = { purl, name, version, lockName: `${name} (${version}${platform === undefined ? '' : `-${platform}`})`, line: index + 1, downloadLocation, dependencies: [], dependencyLines: [] };
                gems.push(current);
                continue;
            }
            const dependency = SPEC_DEPENDENCY.exec(text);
            if (dependency?.[1] !== undefined && current !== undefined) {
                current.dependencies.push(dependency[1]);
                current.dependencyLines.push(index + 1);
                continue;
            }
            // A line at a spec's depth that is no `name (version)`: a gem Bundler would have locked with a version, not one to drop unsaid.
            if (/^ {4}(?! )\S/.test(text))
                unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .TL)((0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(text.trim(), 200))} is not a locked gem (Bundler writes "name (version)"): it is cut short or was edited, and this gem is not listed (run bundle lock)`, index + 1);
        }
        const scopes = await scopesFromGemfile(input, direct, gems);
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .PackageCollector */ .UI(input);
        // Gems nothing reaches (a stale lock, a Gemfile form not understood) stay required: never hidden.
        for (const gem of gems)
            collector.add({ purl: gem.purl, ecosystem: 'gem', name: gem.name, version: gem.version, scope: scopes?.get(gem.name) ?? 'required', line: gem.line, downloadLocation: gem.downloadLocation, hashes: checksums.get(gem.lockName) ?? [] });
        // A gem locked for several platforms is one version in several builds: an edge goes to each.
        const byName = new Map();
        for (const gem of gems) {
            const named = byName.get(gem.name);
            if (named === undefined)
                byName.set(gem.name, new Set([gem.purl]));
            else
                named.add(gem.purl);
        }
        // A gem a spec or the Gemfile depends on that no spec locks: the lockfile is cut short or was edited (`bundle install --frozen` refuses it).
        // Bundler itself is the exception: gems may depend on it, and Bundler never locks itself as a spec.
        for (const gem of gems) {
            gem.dependencies.forEach((name, position) => {
                if (byName.has(name))
                    for (const target of byName.get(name) ?? [])
                        collector.relate(gem.purl, target);
                else if (name !== 'bundler')
                    unknowns.add(`${gem.name} ${gem.version} depends on ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(name, 200)}, which no spec of the lockfile locks: it is cut short or was edited, and what it lacks is not listed (run bundle lock)`, gem.dependencyLines[position]);
            });
        }
        for (const listed of direct) {
            if (!byName.has(listed.name) && listed.name !== 'bundler')
                unknowns.add(`the Gemfile depends on ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(listed.name, 200)} (DEPENDENCIES), which no spec of the lockfile locks: it is cut short or was edited, and what it lacks is not listed (run bundle lock)`, listed.line);
        }
        return unknowns.into(collector.result());
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
