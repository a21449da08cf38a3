export const id = 68;
export const ids = [68];
export const modules = {

/***/ 415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ jsonErrorLine),
/* harmony export */   FA: () => (/* binding */ versionField),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   L3: () => (/* binding */ licenseOf),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   PH: () => (/* binding */ BUNDLED_PROPERTY),
/* harmony export */   UG: () => (/* binding */ Unresolved),
/* harmony export */   Zm: () => (/* binding */ PackageSet),
/* harmony export */   aq: () => (/* binding */ PATCHED_PROPERTY),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   kb: () => (/* binding */ isPackageName),
/* harmony export */   nN: () => (/* binding */ splitNameAt),
/* harmony export */   ni: () => (/* binding */ platformProperties),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   qV: () => (/* binding */ objectField),
/* harmony export */   rE: () => (/* binding */ NestedScopes),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* unused harmony export lineAt */
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6898);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5256);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3096);




/** Whether a parsed JSON value is an object (not an array, not null). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A field that must be a string when present. */
function stringField(object, key) {
    const value = object[key];
    return typeof value === 'string' ? value : undefined;
}
/** A `version` field: a string, or a number written without quotes (`"version": 2`), as the text it is. */
function versionField(object, key = 'version') {
    const value = object[key];
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return typeof value === 'string' ? value : undefined;
}
/**
 * A manifest's `license` (or old `licenses`) field as an SPDX expression: a string as it is, the old
 * `{type: "MIT"}` object form by its type, and a list as the choice it means, `(MIT OR Apache-2.0)`.
 */
function licenseOf(value) {
    if (typeof value === 'string')
        return value.trim() === '' ? undefined : value.trim();
    if (isObject(value))
        return licenseOf(value.type);
    if (Array.isArray(value)) {
        const parts = [...new Set(value.map(licenseOf).filter((part) => part !== undefined))];
        if (parts.length <= 1)
            return parts[0];
        return `(${parts.map((part) => (/\s/.test(part) && !/^\(.*\)$/.test(part) ? `(${part})` : part)).join(' OR ')})`;
    }
    return undefined;
}
/** A field that must be an object when present; anything else reads as empty. */
function objectField(object, key) {
    const value = object[key];
    return isObject(value) ? value : {};
}
/** A lockfile's text: UTF-8 without a byte-order mark. */
function textOf(content) {
    const text = content.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1))
        line++;
    return line;
}
/** Parses JSON, turning a syntax error into an SbomParseError naming the line. */
function parseJson(path, text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(path, `not valid JSON: ${message.split('\n')[0] ?? ''}`, jsonErrorLine(text, message), { cause: error });
    }
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
/** Splits `name@range` (also `@scope/name@range`) at the version separator; no `@` after the name gives an empty range. */
function splitNameAt(spec) {
    const at = spec.indexOf('@', 1);
    return at === -1 ? { name: spec, rest: '' } : { name: spec.slice(0, at), rest: spec.slice(at + 1) };
}
/** Whether a string can be an npm package name (what a purl may be built from). */
function isPackageName(name) {
    // An install path (`node_modules/async`) is not a name: only a scoped name has a slash, exactly one.
    return name.length > 0 && name.length <= 214 && !/[\s\\]/.test(name) && !name.startsWith('.') && (name.startsWith('@') ? /^@[^/]+\/[^/]+$/.test(name) : !name.includes('/'));
}
/**
 * The property of a package the package manager patches after download (yarn's `patch:`
 * protocol, pnpm's `patchedDependencies`): its bytes are not the registry's, whatever its purl
 * and hash say. The value names the patch as the lockfile does.
 */
const PATCHED_PROPERTY = 'trust-kit:npm:patched';
/**
 * The property of a package installed from inside another package's tarball (npm's
 * `bundleDependencies`, `inBundle` in the lockfile): its bytes are whatever that package's
 * publisher packed, not the registry's. The value is the purl of the package that carries it.
 */
const BUNDLED_PROPERTY = 'trust-kit:npm:bundled-in';
/** The platform fields of a package manifest, as npm, pnpm and bun lockfiles copy them, and the properties they become. */
const PLATFORM_FIELDS = [
    ['os', 'trust-kit:npm:os'],
    ['cpu', 'trust-kit:npm:cpu'],
    ['libc', 'trust-kit:npm:libc'],
];
/**
 * The platforms a package installs on (`os: [linux]`, `cpu: [x64]`, `libc: [glibc]`; `!win32`
 * excludes), as properties with the values joined by commas: a lockfile lists every platform's
 * optional binary package, and only the matching ones are installed. None when it names none.
 */
function platformProperties(entry) {
    let properties;
    for (const [field, name] of PLATFORM_FIELDS) {
        const value = entry[field];
        const values = Array.isArray(value) ? value.filter((item) => typeof item === 'string' && item !== '') : typeof value === 'string' && value !== '' ? [value] : [];
        if (values.length > 0)
            (properties ??= []).push({ name, value: values.join(',') });
    }
    return properties;
}
const GIT_HOSTS = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };
/**
 * Where a resolved spec says a package came from: git URLs (`git+ssh://git@host/o/r.git#sha`,
 * `git://`, berry's `#commit=sha`), host shorthands (`github:o/r#sha`), GitHub's codeload and
 * archive tarballs (a commit of a repository), and other tarball URLs. Registry tarballs
 * (`.../name/-/name-1.0.0.tgz`), local paths and plain versions are not a source: undefined.
 */
function sourceOf(spec) {
    if (spec === undefined)
        return undefined;
    // Nearly every spec is a registry tarball URL, which no other form below begins like.
    if (spec.startsWith('https://') || spec.startsWith('http://'))
        return urlSource(spec);
    // A local archive or folder (`file:`, and yarn's `link:` / `portal:`), or what a local script made (berry's `exec:`), as the lockfile spells it, without berry's `::locator=` suffix.
    const local = /^(?:file|link|portal|exec):[^\s]+?(?=::|$)/.exec(spec);
    if (local !== null)
        return { kind: 'local', url: local[0] };
    const shorthand = /^(github|gitlab|bitbucket):([^/#\s]+)\/([^/#\s]+?)(?:\.git)?(?:#(?:commit=)?([^&\s]+))?$/.exec(spec);
    if (shorthand !== null) {
        const [, host = '', owner = '', repo = '', commit] = shorthand;
        return vcs(`https://${GIT_HOSTS[host] ?? host}/${owner}/${repo}.git`, commit);
    }
    const git = /^(?:git\+[a-z]+|git):\/\/([^#\s]+)(?:#(?:commit=)?([^&\s]+))?$/.exec(spec);
    if (git !== null) {
        // `user@host:owner/repo` (scp-like, as npm writes ssh URLs) or `user@host/owner/repo`.
        const location = (git[1] ?? '').replace(/^[^@/]+@/, '').replace(/^([^/:]+):(?!\d+\/)/, '$1/');
        const path = location.replace(/\/+$/, '');
        return vcs(`https://${path}${path.endsWith('.git') ? '' : '.git'}`, git[2]);
    }
    return undefined;
}
/** {@link sourceOf} of an `http(s)://` spec: a GitHub tarball or a berry git URL is a commit of a repository, a registry tarball no source, any other URL a download. */
function urlSource(spec) {
    // Each pattern is tried only on specs that can match it: the lockfile's thousands of registry tarballs skip them all.
    const url = spec.includes('#') ? spec.replace(/#.*$/, '') : spec;
    if (url.startsWith('https://codeload.github.com/') || url.startsWith('https://github.com/')) {
        const codeload = /^https:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\/([^/?#]+)$/.exec(url) ?? /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/archive\/(?:refs\/(?:heads|tags)\/)?([^/?#]+?)\.(?:tar\.gz|tgz|zip)$/.exec(url);
        if (codeload !== null)
            return vcs(`https://github.com/${codeload[1] ?? ''}/${(codeload[2] ?? '').replace(/\.git$/, '')}.git`, codeload[3]);
    }
    const berryGit = spec.includes('#') ? /^(https?:\/\/[^#]+?\.git)#(?:commit=)?([^&\s]+)/.exec(spec) : null;
    if (berryGit !== null)
        return vcs(berryGit[1] ?? '', berryGit[2]);
    if (/\/-\/[^/]+\.tgz$/.test(url))
        return undefined;
    return { kind: 'download', url };
}
function vcs(repository, commit) {
    return { kind: 'vcs', url: `git+${repository}${commit === undefined || commit === '' ? '' : `@${commit}`}` };
}
/** The purl qualifiers of a source: a local path is a `download_url` too, relative to the lockfile, so it never reads as the registry's. */
function qualifiersOf(source) {
    if (source === undefined)
        return undefined;
    return source.kind === 'vcs' ? { vcs_url: source.url } : { download_url: source.url };
}
/** Collects packages by purl (merging copies: locations, hashes, the stronger scope) and edges without repeats. */
class PackageSet {
    packages = new Map();
    /** type -> from -> to -> relationship: no key strings built for tens of thousands of edges. */
    relationships = new Map();
    /** Adds a package (or another copy of it) and returns its purl. */
    add(entry) {
        const purl = (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .N)(entry.name, entry.version, qualifiersOf(entry.source));
        const existing = this.packages.get(purl);
        if (existing === undefined) {
            const pkg = { purl, ecosystem: 'npm', name: entry.name, version: entry.version, hashes: entry.hashes ?? [], locations: [entry.location], scope: entry.scope };
            if (entry.license !== undefined && entry.license !== '')
                pkg.license = entry.license;
            // SPDX's downloadLocation for a git source is the VCS location itself; a path on the builder's disk is no download location.
            const downloadLocation = entry.source === undefined ? entry.downloadLocation : entry.source.kind === 'local' ? undefined : entry.source.url;
            if (downloadLocation !== undefined)
                pkg.downloadLocation = downloadLocation;
            if (entry.properties !== undefined && entry.properties.length > 0)
                pkg.properties = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .sortProperties */ .O)(entry.properties);
            this.packages.set(purl, pkg);
            return purl;
        }
        existing.locations.push(entry.location);
        existing.scope = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .strongerScope */ .T)(existing.scope, entry.scope);
        if (existing.hashes.length === 0 && entry.hashes !== undefined)
            existing.hashes = entry.hashes;
        if (existing.license === undefined && entry.license !== undefined && entry.license !== '')
            existing.license = entry.license;
        if (existing.downloadLocation === undefined && entry.downloadLocation !== undefined)
            existing.downloadLocation = entry.downloadLocation;
        if (entry.properties !== undefined)
            this.annotate(purl, entry.properties);
        return purl;
    }
    /** Adds facts to a package already added (one copy patched, another not: the package is marked). */
    annotate(purl, properties) {
        const pkg = this.packages.get(purl);
        if (pkg !== undefined && properties.length > 0)
            pkg.properties = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .sortProperties */ .O)([...(pkg.properties ?? []), ...properties]);
    }
    /** The package with this purl, if added. */
    get(purl) {
        return this.packages.get(purl);
    }
    /**
     * Records that `from` depends on or contains `to`; self-edges are dropped. A dependency that is
     * both a production and a development one (a peer also listed in devDependencies) is a production one.
     */
    relate(from, to, type = 'depends-on') {
        if (from === to)
            return;
        if (type === 'dev-depends-on' && this.relationships.get('depends-on')?.get(from)?.has(to) === true)
            return;
        if (type === 'depends-on')
            this.relationships.get('dev-depends-on')?.get(from)?.delete(to);
        let byFrom = this.relationships.get(type);
        if (byFrom === undefined)
            this.relationships.set(type, (byFrom = new Map()));
        let byTo = byFrom.get(from);
        if (byTo === undefined)
            byFrom.set(from, (byTo = new Map()));
        if (!byTo.has(to))
            byTo.set(to, { from, to, type });
    }
    /** Every package added. */
    allPackages() {
        return [...this.packages.values()];
    }
    /** Every relationship recorded. */
    allRelationships() {
        const all = [];
        for (const byFrom of this.relationships.values())
            for (const byTo of byFrom.values())
                for (const relationship of byTo.values())
                    all.push(relationship);
        return all;
    }
}
/** How many unresolved references of one lockfile are listed one by one; the rest are counted in one more unknown. */
const LISTED_UNRESOLVED = 100;
/** Cuts untrusted text that goes into a message to a bounded length. */
/**
 * The references a lockfile makes that resolve to nothing (a damaged or hand-cut lockfile), as
 * unknowns naming the lockfile and the entry: bounded, however many there are.
 */
class Unresolved {
    path;
    listed = [];
    more = 0;
    constructor(path) {
        this.path = path;
    }
    /** `entry` (a lock key, an importer) refers to `reference`, which no entry of the lockfile provides. */
    reference(entry, reference, line) {
        this.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(entry)} depends on ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(reference)}, which the lockfile does not list`, line);
    }
    /** Something else the lockfile lacks (a section). */
    note(reason, line) {
        if (this.listed.length >= LISTED_UNRESOLVED) {
            this.more++;
            return;
        }
        const unknown = { path: this.path, reason };
        if (line !== undefined)
            unknown.line = line;
        this.listed.push(unknown);
    }
    /** Every unknown recorded, the ones past the limit counted in one. */
    all() {
        if (this.more === 0)
            return [...this.listed];
        return [...this.listed, { path: this.path, reason: `${this.more} more references the lockfile does not resolve` }];
    }
}
/**
 * Scopes that nest, as npm's `node_modules` folders and bun's install keys do: each made once and
 * linked to the scope it is nested in, so a lookup walks up by reference instead of rebuilding
 * every ancestor's key, linear however deep the nesting.
 */
class NestedScopes {
    parentOf;
    scopes = new Map();
    /** `parentOf` names the scope a key is nested in: undefined for the top, `''`. */
    constructor(parentOf) {
        this.parentOf = parentOf;
    }
    at(key) {
        const known = this.scopes.get(key);
        if (known !== undefined)
            return known;
        const missing = [];
        let at = key;
        while (at !== undefined && !this.scopes.has(at)) {
            missing.push(at);
            at = this.parentOf(at);
        }
        let parent = at === undefined ? undefined : this.scopes.get(at);
        // Most scopes are only looked up from (a package without nested installs): their map is made on the first install.
        for (let index = missing.length - 1; index >= 0; index--) {
            const scope = { installed: undefined, parent };
            this.scopes.set(missing[index], scope);
            parent = scope;
        }
        return parent;
    }
    /** Records that `name` resolves to `purl` in the scope `key` and the scopes nested in it. */
    set(key, name, purl) {
        const scope = this.at(key);
        (scope.installed ??= new Map()).set(name, purl);
    }
    /** What `name` resolves to from the scope `key`: its own first, then each enclosing one's. */
    resolve(key, name) {
        return resolveIn(this.at(key), name);
    }
    /** {@link resolve} for several names from one scope `key`, which is found once. */
    resolverAt(key) {
        const scope = this.at(key);
        return (name) => resolveIn(scope, name);
    }
}
function resolveIn(from, name) {
    for (let scope = from; scope !== undefined; scope = scope.parent) {
        const purl = scope.installed?.get(name);
        if (purl !== undefined)
            return purl;
    }
    return undefined;
}


/***/ }),

/***/ 1068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pnpmLockParser: () => (/* binding */ pnpmLockParser)
});

// EXTERNAL MODULE: ./lib/sbom/errors.js
var errors = __webpack_require__(6898);
// EXTERNAL MODULE: ./lib/sbom/hashes.js
var hashes = __webpack_require__(1573);
// EXTERNAL MODULE: ./lib/sbom/npm-purl.js
var npm_purl = __webpack_require__(3096);
;// CONCATENATED MODULE: ./lib/sbom/parsers/javascript/pnpm-yaml.js
/**
 * A fast reader for the YAML subset pnpm writes (block mappings and sequences, one-line flow
 * collections, plain and quoted scalars), about ten times faster than a general YAML parser on
 * big lockfiles. Anything outside the subset makes it give up with {@link OutsideSubset}, and the
 * caller falls back to the full parser, so no input is ever read differently.
 */
/** The text uses YAML this reader does not handle; parse it with a full YAML parser instead. */
class OutsideSubset extends Error {
}
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** A plain scalar resolved as the YAML 1.2 core schema does (what the `yaml` package does by default). */
function plainScalar(text) {
    if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL')
        return null;
    if (text === 'true' || text === 'True' || text === 'TRUE')
        return true;
    if (text === 'false' || text === 'False' || text === 'FALSE')
        return false;
    if (INT.test(text) || FLOAT.test(text)) {
        const number = Number(text);
        if (Number.isSafeInteger(number) || !INT.test(text))
            return number;
    }
    // Octal, hex, infinities, NaN, tags, anchors, aliases, block scalars, comments: leave them to the full parser.
    if (/^(?:0o|0x|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$)/.test(text) || /^[&*!|>%@`]/.test(text) || text.includes(' #'))
        throw new OutsideSubset();
    return text;
}
function singleQuoted(text, start) {
    let value = '';
    let index = start + 1;
    for (;;) {
        const close = text.indexOf("'", index);
        if (close === -1)
            throw new OutsideSubset();
        value += text.slice(index, close);
        if (text[close + 1] === "'") {
            value += "'";
            index = close + 2;
        }
        else {
            return [value, close + 1];
        }
    }
}
function doubleQuoted(text, start) {
    const match = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(start));
    if (match === null)
        throw new OutsideSubset();
    try {
        return [JSON.parse(match[0]), start + match[0].length];
    }
    catch {
        // YAML escapes JSON lacks (\x, \U, \e, ...).
        throw new OutsideSubset();
    }
}
/** One value of a flow collection (`{a: b, c: [d]}`) starting at `index`; returns it and where it ended. */
function flowValue(text, index, inKey) {
    while (text[index] === ' ')
        index++;
    const char = text[index];
    if (char === '{')
        return flowMap(text, index);
    if (char === '[')
        return flowSequence(text, index);
    if (char === "'")
        return singleQuoted(text, index);
    if (char === '"')
        return doubleQuoted(text, index);
    let end = index;
    while (end < text.length) {
        const c = text[end];
        if (c === ',' || c === '}' || c === ']' || c === '{' || c === '[')
            break;
        if (inKey && c === ':' && (text[end + 1] === ' ' || text[end + 1] === ',' || text[end + 1] === '}' || end + 1 === text.length))
            break;
        end++;
    }
    return [plainScalar(text.slice(index, end).trim()), end];
}
function flowMap(text, start) {
    const map = {};
    let index = start + 1;
    for (;;) {
        while (text[index] === ' ')
            index++;
        if (text[index] === '}')
            return [map, index + 1];
        const [key, afterKey] = flowValue(text, index, true);
        if (typeof key !== 'string' && typeof key !== 'number')
            throw new OutsideSubset();
        index = afterKey;
        while (text[index] === ' ')
            index++;
        let value = null;
        if (text[index] === ':')
            [value, index] = flowValue(text, index + 1, false);
        setKey(map, String(key), value);
        while (text[index] === ' ')
            index++;
        if (text[index] === ',')
            index++;
        else if (text[index] !== '}')
            throw new OutsideSubset();
    }
}
function flowSequence(text, start) {
    const list = [];
    let index = start + 1;
    for (;;) {
        while (text[index] === ' ')
            index++;
        if (text[index] === ']')
            return [list, index + 1];
        const [value, after] = flowValue(text, index, false);
        list.push(value);
        index = after;
        while (text[index] === ' ')
            index++;
        if (text[index] === ',')
            index++;
        else if (text[index] !== ']')
            throw new OutsideSubset();
    }
}
/** How deeply brackets nest in a line, quotes ignored (over-counting only sends a line to the full parser). */
function nestingDepth(text) {
    let depth = 0;
    let deepest = 0;
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 123 || code === 91)
            deepest = Math.max(deepest, ++depth);
        else if (code === 125 || code === 93)
            depth--;
    }
    return deepest;
}
/** A block-context value written after `key: ` or `- `: a flow collection, a quoted or a plain scalar. */
function inlineValue(text) {
    const first = text[0];
    // pnpm nests flow collections two deep at most; deeper text is left to the full parser (and the stack stays small).
    if ((first === '{' || first === '[') && nestingDepth(text) > 8)
        throw new OutsideSubset();
    if (first === '{' || first === '[' || first === "'" || first === '"') {
        const [value, end] = first === '{' ? flowMap(text, 0) : first === '[' ? flowSequence(text, 0) : first === "'" ? singleQuoted(text, 0) : doubleQuoted(text, 0);
        if (text.slice(end).trim() !== '')
            throw new OutsideSubset();
        return value;
    }
    return plainScalar(text);
}
function setKey(map, key, value) {
    if (key === '__proto__')
        throw new OutsideSubset();
    map[key] = value;
}
/** Splits a block mapping line into its key and the text after `:`. */
function blockKey(content) {
    if (content.startsWith("'") || content.startsWith('"')) {
        const [key, end] = content.startsWith("'") ? singleQuoted(content, 0) : doubleQuoted(content, 0);
        if (content[end] !== ':')
            throw new OutsideSubset();
        return [key, content.slice(end + 1).trim()];
    }
    if (/^[?&*!|>%@`{[\-#]/.test(content) && !/^-[^ ]/.test(content))
        throw new OutsideSubset();
    const separator = content.indexOf(': ');
    if (separator !== -1)
        return [content.slice(0, separator), content.slice(separator + 2).trim()];
    if (content.endsWith(':'))
        return [content.slice(0, -1), ''];
    throw new OutsideSubset();
}
/** Parses pnpm-lock.yaml text in the subset pnpm writes, or throws {@link OutsideSubset}. */
function readPnpmYaml(text) {
    if (text.includes('\t') || /^(?:---|\.\.\.|%)/m.test(text))
        throw new OutsideSubset();
    const root = {};
    const stack = [{ indent: 0, container: root }];
    let pending;
    const lines = text.split('\n');
    for (const raw of lines) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        let indent = 0;
        while (line.charCodeAt(indent) === 32)
            indent++;
        if (indent === line.length || line[indent] === '#')
            continue;
        const content = line.slice(indent).trimEnd();
        const isItem = content === '-' || content.startsWith('- ');
        if (pending !== undefined) {
            const opens = indent > pending.indent || (isItem && indent === pending.indent && !Array.isArray(pending.parent));
            const container = opens ? (isItem ? [] : {}) : null;
            if (Array.isArray(pending.parent))
                pending.parent[pending.key] = container;
            else
                setKey(pending.parent, pending.key, container);
            if (container !== null)
                stack.push({ indent, container });
            pending = undefined;
        }
        while (stack.length > 1 && stack[stack.length - 1].indent > indent)
            stack.pop();
        // A compact sequence (`key:` then `- item` at the key's own indent) ends at the next key.
        if (!isItem && stack.length > 1 && Array.isArray(stack[stack.length - 1].container) && stack[stack.length - 1].indent === indent)
            stack.pop();
        const frame = stack[stack.length - 1];
        if (frame.indent !== indent)
            throw new OutsideSubset();
        if (isItem) {
            if (!Array.isArray(frame.container))
                throw new OutsideSubset();
            const rest = content.slice(1).trim();
            if (rest === '') {
                frame.container.push(null);
                pending = { parent: frame.container, key: frame.container.length - 1, indent };
            }
            else {
                // `- key: value` starts a mapping inside the sequence: not something pnpm writes.
                if (/^[^'"{[].*?: /.test(rest) || (rest.endsWith(':') && !rest.startsWith("'") && !rest.startsWith('"')))
                    throw new OutsideSubset();
                frame.container.push(inlineValue(rest));
            }
            continue;
        }
        if (Array.isArray(frame.container))
            throw new OutsideSubset();
        const [key, rest] = blockKey(content);
        if (rest === '')
            pending = { parent: frame.container, key, indent };
        else
            setKey(frame.container, key, inlineValue(rest));
    }
    if (pending !== undefined) {
        if (Array.isArray(pending.parent))
            pending.parent[pending.key] = null;
        else
            setKey(pending.parent, pending.key, null);
    }
    return root;
}

// EXTERNAL MODULE: ./lib/sbom/parsers/javascript/common.js
var common = __webpack_require__(415);
// EXTERNAL MODULE: ./lib/sbom/parsers/scopes.js
var parsers_scopes = __webpack_require__(897);
// EXTERNAL MODULE: ./lib/sbom/parsers/identities.js
var identities = __webpack_require__(8706);
;// CONCATENATED MODULE: ./lib/sbom/parsers/javascript/pnpm.js







/** Drops pnpm's peer-dependency suffix: `1.0.0(react@18.2.0)` -> `1.0.0`; v5 wrote `1.0.0_react@18.2.0`. */
function withoutPeers(version, major) {
    const paren = version.indexOf('(');
    const plain = paren === -1 ? version : version.slice(0, paren);
    if (major >= 6)
        return plain;
    const underscore = plain.indexOf('_');
    return underscore === -1 ? plain : plain.slice(0, underscore);
}
/** The `name@version` id of a packages/snapshots key in any lockfile version. */
function idOfKey(key, major) {
    let path = key.startsWith('/') ? key.slice(1) : key;
    if (major < 6) {
        // v5: `/name/1.0.0_peers` or `/@scope/name/1.0.0`, sometimes behind a registry host.
        const parts = path.split('/');
        const scoped = parts.length >= 3 && (parts[parts.length - 3] ?? '').startsWith('@');
        const nameParts = scoped ? parts.slice(-3, -1) : parts.slice(-2, -1);
        const version = parts[parts.length - 1] ?? '';
        return nameParts.length === 0 ? undefined : { name: nameParts.join('/'), version: withoutPeers(version, major) };
    }
    path = withoutPeers(path, major);
    const { name, rest } = (0,common/* splitNameAt */.nN)(path);
    return rest === '' ? undefined : { name, version: rest };
}
/** The id of a packages/snapshots entry: pnpm 5 and 6 key a local folder or archive `file:<path>` and name the package in the entry. */
function entryId(key, entry, major) {
    if (major < 9 && key.startsWith('file:')) {
        const name = (0,common/* stringField */.OM)(entry, 'name');
        return name === undefined ? undefined : { name, version: key };
    }
    return idOfKey(key, major);
}
function referenceOf(name, ref, major) {
    if (ref.startsWith('link:'))
        return { kind: 'link', path: ref.slice('link:'.length) };
    if (ref.startsWith('/')) {
        const id = idOfKey(ref, major);
        return { kind: 'id', id: id === undefined ? `${name}@${ref}` : `${id.name}@${id.version}` };
    }
    const plain = withoutPeers(ref, major);
    // v9 aliases and non-registry packages name the package in full: `string-width@4.2.3`.
    if (major >= 9 && /^(@[^/@]+\/)?[^/@:]+@/.test(plain))
        return { kind: 'id', id: plain };
    return { kind: 'id', id: `${name}@${plain}` };
}
/** A folder path joined to a relative one, `/` separators, `..` resolved; undefined when it leaves the lockfile's folder. */
function joinPath(base, relative) {
    const parts = base === '.' || base === '' ? [] : base.split('/');
    for (const part of relative.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.length === 0 ? '.' : parts.join('/');
}
/** The patch file of each patch hash, from `patchedDependencies` (`name@version: { hash, path }`). */
function patchFiles(lock) {
    const files = new Map();
    for (const value of Object.values((0,common/* objectField */.qV)(lock, 'patchedDependencies'))) {
        const hash = (0,common/* isObject */.Gv)(value) ? (0,common/* stringField */.OM)(value, 'hash') : undefined;
        const path = (0,common/* isObject */.Gv)(value) ? (0,common/* stringField */.OM)(value, 'path') : undefined;
        if (hash !== undefined && path !== undefined)
            files.set(hash, path);
    }
    return files;
}
/**
 * The patch pnpm applies to the copy a packages (v6) or snapshots (v9) key names
 * (`is-even@1.0.0(patch_hash=h)`): its file when `patchedDependencies` lists the hash, else the hash.
 */
function patchOf(key, files) {
    const hash = /\(patch_hash=([^()]+)\)/.exec(key)?.[1];
    return hash === undefined ? undefined : (files.get(hash) ?? `patch_hash=${hash}`);
}
/** The patched property of a key whose copy pnpm patches, or none. */
function patchProperties(key, files) {
    const patch = patchOf(key, files);
    return patch === undefined ? undefined : [{ name: common/* PATCHED_PROPERTY */.aq, value: patch }];
}
async function parseDocument(input, text) {
    try {
        const fast = readPnpmYaml(text);
        if ((0,common/* isObject */.Gv)(fast))
            return fast;
    }
    catch (error) {
        // Outside pnpm's subset (or not YAML at all): the full parser decides, and names the line.
        if (!(error instanceof OutsideSubset) && !(error instanceof RangeError))
            throw error;
    }
    // Loaded only when needed: the fast reader handles what pnpm writes.
    const { parseAllDocuments, parse: parseYaml, YAMLParseError } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    try {
        // pnpm 9 may put an environment lockfile first, as its own YAML document.
        const value = /^---\s*$/m.test(text)
            ? parseAllDocuments(text, { uniqueKeys: false })
                .map((document) => {
                if (document.errors.length > 0)
                    throw document.errors[0];
                return document.toJS();
            })
                .filter((document) => (0,common/* isObject */.Gv)(document) && ('packages' in document || 'importers' in document))
                .pop()
            : parseYaml(text, { uniqueKeys: false, maxAliasCount: 0 });
        if (!(0,common/* isObject */.Gv)(value))
            throw new errors/* SbomParseError */.J(input.path, 'not a pnpm lockfile: the top level is not a mapping', 1);
        return value;
    }
    catch (error) {
        if (error instanceof errors/* SbomParseError */.J)
            throw error;
        const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
        throw new errors/* SbomParseError */.J(input.path, `not valid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`, line, { cause: error });
    }
}
async function readManifest(input, relative) {
    const bytes = await input.readSibling(relative);
    if (bytes === undefined)
        return undefined;
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        return (0,common/* isObject */.Gv)(json) ? json : undefined;
    }
    catch {
        // A broken manifest only costs the member's name and version.
        return undefined;
    }
}
const IMPORTER_FIELDS = [
    ['dependencies', 'required'],
    ['optionalDependencies', 'optional'],
    ['devDependencies', 'dev'],
];
async function parsePnpm(input) {
    const lock = await parseDocument(input, (0,common/* textOf */.b6)(input.content));
    const rawVersion = lock.lockfileVersion;
    const major = typeof rawVersion === 'number' ? Math.floor(rawVersion) : typeof rawVersion === 'string' ? Number.parseInt(rawVersion, 10) : Number.NaN;
    if (!(major >= 5 && major <= 9))
        throw new errors/* SbomParseError */.J(input.path, `lockfileVersion ${JSON.stringify(rawVersion)} is not one trust-kit reads (5.x, 6.0, 9.0)`);
    const set = new common/* PackageSet */.Zm();
    const purlOfId = new Map();
    const packages = (0,common/* objectField */.qV)(lock, 'packages');
    const flagged = major < 9;
    const patches = patchFiles(lock);
    for (const [key, value] of Object.entries(packages)) {
        const entry = (0,common/* isObject */.Gv)(value) ? value : {};
        const id = entryId(key, entry, major);
        if (id === undefined)
            continue;
        const name = (0,common/* stringField */.OM)(entry, 'name') ?? id.name;
        if (!(0,common/* isPackageName */.kb)(name))
            continue;
        const resolution = (0,common/* objectField */.qV)(entry, 'resolution');
        // Tarball and git packages are keyed by URL, their manifest version in the entry; pnpm 9 keys a
        // local folder `name@file:dir` and records no version: its own package.json has it.
        const directory = resolution.type === 'directory' ? (0,common/* stringField */.OM)(resolution, 'directory') : undefined;
        const local = directory === undefined || (0,common/* versionField */.FA)(entry) !== undefined ? undefined : await readManifest(input, `${directory}/package.json`);
        const version = /[:/]/.test(id.version) ? ((0,common/* versionField */.FA)(entry) ?? (directory === undefined ? id.version : ((0,common/* versionField */.FA)(local ?? {}) ?? ''))) : id.version;
        const tarball = (0,common/* stringField */.OM)(resolution, 'tarball');
        const scope = entry.dev === true ? 'dev' : entry.optional === true ? 'optional' : 'required';
        const purl = set.add({
            name,
            version,
            scope,
            hashes: (0,hashes/* sriHashes */.PK)((0,common/* stringField */.OM)(resolution, 'integrity') ?? ''),
            downloadLocation: tarball !== undefined && /^https?:\/\//.test(tarball) ? tarball : undefined,
            source: resolution.type === 'git'
                ? (0,common/* sourceOf */.vz)(`git+${(0,common/* stringField */.OM)(resolution, 'repo') ?? ''}#${(0,common/* stringField */.OM)(resolution, 'commit') ?? ''}`)
                : resolution.type === 'directory'
                    ? (0,common/* sourceOf */.vz)(`file:${(0,common/* stringField */.OM)(resolution, 'directory') ?? ''}`)
                    : (0,common/* sourceOf */.vz)(tarball),
            properties: [...(patchProperties(key, patches) ?? []), ...((0,common/* platformProperties */.ni)(entry) ?? [])],
            location: { path: input.path, entry: key },
        });
        purlOfId.set(`${id.name}@${id.version}`, purl);
    }
    // Importers: the root (`.`) and workspace members; lockfile v5 without importers keeps the root's fields at the top.
    const importers = (0,common/* isObject */.Gv)(lock.importers) ? Object.entries(lock.importers).map(([path, value]) => [path, (0,common/* isObject */.Gv)(value) ? value : {}]) : [['.', lock]];
    const rootManifest = await readManifest(input, 'package.json');
    const rootName = (0,common/* stringField */.OM)(rootManifest ?? {}, 'name');
    const rootVersion = (0,common/* stringField */.OM)(rootManifest ?? {}, 'version') ?? '';
    const rootPurl = rootName !== undefined && (0,common/* isPackageName */.kb)(rootName) ? (0,npm_purl/* npmPurl */.N)(rootName, rootVersion) : undefined;
    const importerPurl = new Map([['.', rootPurl]]);
    for (const [path] of importers) {
        if (path === '.')
            continue;
        const manifest = await readManifest(input, `${path}/package.json`);
        const name = (0,common/* stringField */.OM)(manifest ?? {}, 'name') ?? path.split('/').pop() ?? path;
        if (!(0,common/* isPackageName */.kb)(name))
            continue;
        const purl = set.add({ name, version: (0,common/* stringField */.OM)(manifest ?? {}, 'version') ?? '', scope: 'required', location: { path: input.path, entry: path } });
        importerPurl.set(path, purl);
        if (rootPurl !== undefined)
            set.relate(rootPurl, purl, 'contains');
    }
    const resolve = (from, name, ref) => {
        const reference = referenceOf(name, ref, major);
        if (reference.kind === 'link') {
            const target = joinPath(from, reference.path);
            return target === undefined ? undefined : importerPurl.get(target);
        }
        return purlOfId.get(reference.id);
    };
    // An importer's dependency missing from `packages` (a trimmed lockfile) is still installed at the version the lock names.
    const declaredOnly = (name, ref, scope, path) => {
        const reference = referenceOf(name, ref, major);
        if (reference.kind === 'link')
            return undefined;
        const { name: idName, rest: version } = (0,common/* splitNameAt */.nN)(reference.id);
        if (!(0,common/* isPackageName */.kb)(idName) || !/^\d/.test(version))
            return undefined;
        const purl = set.add({ name: idName, version, scope, location: { path: input.path, entry: `importers/${path}` } });
        purlOfId.set(reference.id, purl);
        return purl;
    };
    const starts = { required: [], optional: [], dev: [] };
    for (const [path, importer] of importers) {
        const from = importerPurl.get(path);
        for (const [field, kind] of IMPORTER_FIELDS) {
            for (const [name, value] of Object.entries((0,common/* objectField */.qV)(importer, field))) {
                const ref = typeof value === 'string' || typeof value === 'number' ? String(value) : (0,common/* isObject */.Gv)(value) ? (0,common/* versionField */.FA)(value) : undefined;
                if (ref === undefined)
                    continue;
                const to = resolve(path, name, ref) ?? declaredOnly(name, ref, kind, path);
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
    // Edges: v9 keeps them in `snapshots`, earlier versions in `packages`.
    const unresolved = new common/* Unresolved */.UG(input.path);
    if (major >= 9 && Object.keys(packages).length > 0 && !(0,common/* isObject */.Gv)(lock.snapshots)) {
        unresolved.note('lockfileVersion 9 has "packages" but no "snapshots" section: the dependencies between packages are missing');
    }
    const graph = major >= 9 ? (0,common/* objectField */.qV)(lock, 'snapshots') : packages;
    const edges = new Map();
    for (const [key, value] of Object.entries(graph)) {
        if (!(0,common/* isObject */.Gv)(value))
            continue;
        const id = entryId(key, value, major);
        const from = id === undefined ? undefined : purlOfId.get(`${id.name}@${id.version}`);
        if (from === undefined)
            continue;
        if (major >= 9)
            set.annotate(from, patchProperties(key, patches) ?? []);
        const list = edges.get(from) ?? [];
        edges.set(from, list);
        for (const [field, optional] of [['dependencies', false], ['optionalDependencies', true]]) {
            for (const [name, raw] of Object.entries((0,common/* objectField */.qV)(value, field))) {
                // YAML reads an unquoted `2` or `1.5` as a number; the lockfile meant the version text.
                if (typeof raw !== 'string' && typeof raw !== 'number')
                    continue;
                const ref = String(raw);
                const to = resolve('.', name, ref);
                if (to === undefined) {
                    // An optional dependency for another platform may be left out of the lockfile.
                    if (!optional)
                        unresolved.reference(key, `${name}@${ref}`);
                    continue;
                }
                list.push({ to, optional });
                set.relate(from, to);
            }
        }
    }
    const all = set.allPackages();
    if (!flagged) {
        // pnpm 9 dropped the per-package `dev` flag: work it out from what the importers declare.
        const scopes = (0,parsers_scopes/* scopesByReachability */.Q)(starts, edges);
        const members = new Set(importerPurl.values());
        for (const pkg of all)
            if (!members.has(pkg.purl))
                pkg.scope = scopes.get(pkg.purl) ?? 'required';
    }
    const result = { packages: all, relationships: set.allRelationships(), unknowns: unresolved.all() };
    if (rootPurl !== undefined && rootName !== undefined) {
        const root = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
        const license = (0,common/* licenseOf */.L3)(rootManifest?.license);
        if (license !== undefined)
            root.license = license;
        result.root = root;
    }
    return result;
}
/** pnpm `pnpm-lock.yaml`, lockfile versions 5.x, 6.0 and 9.0. */
const pnpmLockParser = {
    ...identities/* PNPM_LOCK */.al,
    parse: parsePnpm,
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
