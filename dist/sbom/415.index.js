export const id = 415;
export const ids = [415];
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

/***/ 415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ versionField),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   L3: () => (/* binding */ licenseOf),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   PH: () => (/* binding */ BUNDLED_PROPERTY),
/* harmony export */   UG: () => (/* binding */ Unresolved),
/* harmony export */   Zm: () => (/* binding */ PackageSet),
/* harmony export */   aq: () => (/* binding */ PATCHED_PROPERTY),
/* harmony export */   jJ: () => (/* binding */ readPackageJson),
/* harmony export */   kb: () => (/* binding */ isPackageName),
/* harmony export */   nN: () => (/* binding */ splitNameAt),
/* harmony export */   ni: () => (/* binding */ platformProperties),
/* harmony export */   qV: () => (/* binding */ objectField),
/* harmony export */   rE: () => (/* binding */ NestedScopes),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9531);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5256);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3096);
/* harmony import */ var _relationship_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4610);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5415);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(211);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3419);







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
function licenseOf(value, depth = 0) {
    if (typeof value === 'string')
        return value.trim() === '' ? undefined : value.trim();
    // A list of `{type}` objects is as deep as a licence field goes; deeper nesting says nothing (and 200,000 levels exhausted the stack).
    if (depth >= 2)
        return undefined;
    if (isObject(value))
        return licenseOf(value.type, depth + 1);
    if (Array.isArray(value)) {
        const parts = [...new Set(value.map((item) => licenseOf(item, depth + 1)).filter((part) => part !== undefined))];
        if (parts.length <= 1)
            return parts[0];
        return `(${parts.map((part) => (/\s/.test(part) && !/^\(.*\)$/.test(part) ? `(${part})` : part)).join(' OR ')})`;
    }
    return undefined;
}
/** The package.json at `relative` to the lockfile, when it can be read as a JSON object; a broken one costs only what it would have said. */
async function readPackageJson(input, relative) {
    const json = await (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readSiblingJson */ .n8)(input, relative);
    return isObject(json) ? json : undefined;
}
/** What {@link objectField} reads a missing field as: one empty object, frozen, rather than a new one for each (most lockfile entries lack most fields). */
const NO_FIELDS = Object.freeze({});
/** A field that must be an object when present; anything else reads as empty (an object not to change). */
function objectField(object, key) {
    const value = object[key];
    return isObject(value) ? value : NO_FIELDS;
}
/** Splits `name@range` (also `@scope/name@range`) at the version separator; no `@` after the name gives an empty range. */
function splitNameAt(spec) {
    const at = spec.indexOf('@', 1);
    return at === -1 ? { name: spec, rest: '' } : { name: spec.slice(0, at), rest: spec.slice(at + 1) };
}
/** What no npm package name holds: white space, a backslash. */
const NOT_IN_NAMES = /[\s\\]/;
const SCOPED_NAME = /^@[^/]+\/[^/]+$/;
/** Whether a string can be an npm package name (what a purl may be built from). */
function isPackageName(name) {
    // An install path (`node_modules/async`) is not a name: only a scoped name has a slash, exactly one.
    return name.length > 0 && name.length <= 214 && !NOT_IN_NAMES.test(name) && !name.startsWith('.') && (name.startsWith('@') ? SCOPED_NAME.test(name) : !name.includes('/'));
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
    // Nearly every entry names no platform: three reads, not a loop with its iterators, on thousands of entries.
    if (entry.os === undefined && entry.cpu === undefined && entry.libc === undefined)
        return undefined;
    let properties;
    for (const [field, name] of PLATFORM_FIELDS) {
        const value = entry[field];
        const values = Array.isArray(value) ? value.filter((item) => typeof item === 'string' && item !== '') : typeof value === 'string' && value !== '' ? [value] : [];
        if (values.length > 0)
            (properties ??= []).push({ name, value: values.join(',') });
    }
    return properties;
}
/** The npm purl type's default registry (purl spec), under both names npm and yarn 1 write its tarball URLs with. */
const DEFAULT_REGISTRIES = new Set(['https://registry.npmjs.org', 'http://registry.npmjs.org', 'https://registry.yarnpkg.com', 'http://registry.yarnpkg.com']);
const GIT_HOSTS = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };
/**
 * Where a resolved spec says a package came from: git URLs (`git+ssh://git@host/o/r.git#sha`,
 * `git://`, berry's `#commit=sha`), host shorthands (`github:o/r#sha`), GitHub's codeload and
 * archive tarballs (a commit of a repository), and other tarball URLs. Registry tarballs
 * (`.../name/-/name-1.0.0.tgz`), local paths and plain versions are not a source: undefined.
 */
function sourceOf(spelled) {
    if (spelled === undefined || isPublicRegistryTarball(spelled))
        return undefined;
    // A credential in a lockfile's URL is the lockfile's secret, never the SBOM's.
    const spec = spelled.includes('@') || spelled.includes('?') ? (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutCredentials */ .ri)(spelled) : spelled;
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
    // A repository on this machine, or reached by ssh on a port of its own: no https URL names it, so it keeps its own.
    const kept = /^git\+(file:\/\/[^#\s]+|ssh:\/\/(?:[^@/#\s]+@)?[^/:#\s]+:\d+\/[^#\s]+)(?:#(?:commit=)?([^&\s]+))?$/.exec(spec);
    if (kept !== null)
        return vcs((kept[1] ?? '').replace(/^ssh:\/\/[^@/]+@/, 'ssh://'), kept[2]);
    const git = /^(?:git\+[a-z]+|git):\/\/([^#\s]+)(?:#(?:commit=)?([^&\s]+))?$/.exec(spec);
    if (git !== null) {
        // `user@host:owner/repo` (scp-like, as npm writes ssh URLs) or `user@host/owner/repo`.
        const location = (git[1] ?? '').replace(/^[^@/]+@/, '').replace(/^([^/:]+):(?!\d+\/)/, '$1/');
        // The lookbehind starts the trailing slashes only where a run of them starts: `\/+$` alone was retried from every slash of a run not at the end (quadratic).
        const path = location.replace(/(?<!\/)\/+$/, '');
        return vcs(`https://${path}${path.endsWith('.git') ? '' : '.git'}`, git[2]);
    }
    return undefined;
}
/** Where npmjs.org serves its tarballs, as npm writes nearly every `resolved` of a lockfile. */
const PUBLIC_TARBALLS = 'https://registry.npmjs.org/';
/**
 * Whether a spec is plainly a tarball of npmjs.org's registry (`https://registry.npmjs.org/[@scope/]name/-/name-1.0.0.tgz`,
 * no credentials, fragment or query), which {@link sourceOf} reads as no source: told in a few
 * steps, as thousands of them are. Any other spelling is left to the full reading, which may still find it none.
 */
function isPublicRegistryTarball(spec) {
    if (!spec.startsWith(PUBLIC_TARBALLS) || !spec.endsWith('.tgz') || spec.includes('#'))
        return false;
    const dash = spec.indexOf('/-/', PUBLIC_TARBALLS.length);
    // The file name after `/-/`: no slash, and more than `.tgz`.
    if (dash === -1 || spec.includes('/', dash + 3) || spec.length - (dash + 3) <= '.tgz'.length)
        return false;
    // The package name before it: one segment, or `@scope/` and one.
    const name = spec.slice(PUBLIC_TARBALLS.length, dash);
    const slash = name.indexOf('/');
    if (slash === -1)
        return name !== '';
    return name.startsWith('@') && slash > 1 && slash < name.length - 1 && !name.includes('/', slash + 1);
}
/** A registry's tarball path: `.../-/<file>.tgz`. */
const REGISTRY_TARBALL = /\/-\/[^/]+\.tgz$/;
const HTTP_ORIGIN = /^https?:\/\/[^/]+/;
/** {@link sourceOf} of an `http(s)://` spec: a GitHub tarball or a berry git URL is a commit of a repository, a registry tarball no source, any other URL a download. */
function urlSource(spec) {
    // Each pattern is tried only on specs that can match it: the lockfile's thousands of registry tarballs skip them all.
    // `s`: the fragment runs to the end; without it a U+2028 or CR in it made every `#` before it scan on to it (quadratic).
    const url = spec.includes('#') ? spec.replace(/#.*$/s, '') : spec;
    if (url.startsWith('https://codeload.github.com/') || url.startsWith('https://github.com/')) {
        const codeload = /^https:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\/([^/?#]+)$/.exec(url) ?? /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/archive\/(?:refs\/(?:heads|tags)\/)?([^/?#]+?)\.(?:tar\.gz|tgz|zip)$/.exec(url);
        if (codeload !== null)
            return vcs(`https://github.com/${codeload[1] ?? ''}/${(codeload[2] ?? '').replace(/\.git$/, '')}.git`, codeload[3]);
    }
    const berryGit = spec.includes('#') ? /^(https?:\/\/[^#]+?\.git)#(?:commit=)?([^&\s]+)/.exec(spec) : null;
    if (berryGit !== null)
        return vcs(berryGit[1] ?? '', berryGit[2]);
    if (REGISTRY_TARBALL.test(url))
        return registrySource(url);
    // GitHub Packages' registry serves its tarballs at `download/<name>/<version>/<hash>`, not `<name>/-/`.
    if (url.startsWith('https://npm.pkg.github.com/download/'))
        return { kind: 'registry', url: 'https://npm.pkg.github.com' };
    return { kind: 'download', url };
}
/**
 * The registry a registry tarball URL (`<registry>/[@scope/]name/-/name-1.0.0.tgz`) comes from:
 * none for npmjs.org's, the registry's base URL for any other (a private registry's `@corp/util`
 * is not the public `@corp/util`), a download when no registry path is left before the name.
 */
function registrySource(url) {
    const dash = url.lastIndexOf('/-/');
    let start = url.lastIndexOf('/', dash - 1);
    const scopeStart = url.lastIndexOf('/', start - 1);
    if (scopeStart >= 0 && url[scopeStart + 1] === '@')
        start = scopeStart;
    const registry = url.slice(0, start);
    if (!HTTP_ORIGIN.test(registry))
        return { kind: 'download', url };
    return DEFAULT_REGISTRIES.has(registry.toLowerCase()) ? undefined : { kind: 'registry', url: registry };
}
function vcs(repository, commit) {
    const at = commit === undefined || commit === '' ? undefined : commit;
    return { kind: 'vcs', url: `git+${repository}${at === undefined ? '' : `@${at}`}`, download: `git+${repository}${at === undefined ? '' : `#${at}`}` };
}
/** The purl qualifiers of a source: a local path is a `download_url` too, relative to the lockfile, so it never reads as the registry's. */
function qualifiersOf(source) {
    if (source === undefined)
        return undefined;
    return source.kind === 'vcs' ? { vcs_url: source.url } : source.kind === 'registry' ? { repository_url: source.url } : { download_url: source.url };
}
/** Collects packages by purl (merging copies: locations, hashes, the stronger scope) and edges without repeats. */
class PackageSet {
    packages = new Map();
    relationships = new _relationship_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RelationshipIndex */ .n();
    /**
     * The same relationships in the order added, to hand them out without walking three levels of
     * maps; those a production edge replaced are in `replaced` (rare), not taken out one by one.
     */
    added = [];
    replaced = new Set();
    /** Whether any development edge was related, which a production edge then replaces. */
    devEdges = false;
    /**
     * Each annotated package's properties by name and value, sorted into it once when packages are
     * handed out: sorting them again for each copy was quadratic in the copies (one per os and cpu).
     */
    properties = new Map();
    /** Copies locked with another digest than the package's first copy, which the SBOM cannot record both of (see {@link allPackages}). */
    hashConflicts = [];
    /** Adds a package (or another copy of it) and returns its purl. */
    add(entry) {
        const purl = (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmPurl */ .NP)(entry.name, entry.version, qualifiersOf(entry.source));
        const existing = this.packages.get(purl);
        if (existing === undefined) {
            const pkg = { purl, ecosystem: 'npm', name: entry.name, version: entry.version, hashes: entry.hashes ?? [], locations: [entry.location], scope: entry.scope };
            if (entry.license !== undefined && entry.license !== '')
                pkg.license = entry.license;
            // SPDX's downloadLocation for a git source is the VCS location itself; a path on the builder's disk is no download location.
            // Another registry's package downloads from its tarball, as npmjs.org's does.
            const downloadLocation = entry.source === undefined || entry.source.kind === 'registry' ? entry.downloadLocation : entry.source.kind === 'local' ? undefined : entry.source.kind === 'vcs' ? entry.source.download : entry.source.url;
            if (downloadLocation !== undefined)
                pkg.downloadLocation = (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutCredentials */ .ri)(downloadLocation);
            if (entry.properties !== undefined && entry.properties.length > 0)
                pkg.properties = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .sortProperties */ .Oi)(entry.properties);
            this.packages.set(purl, pkg);
            return purl;
        }
        const contradicting = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .contradictingHashes */ .So)(existing.hashes, entry.hashes ?? []);
        if (contradicting.length > 0)
            this.hashConflicts.push({ location: entry.location, first: existing.locations[0], purl, hashes: contradicting });
        existing.locations.push(entry.location);
        existing.scope = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .strongerScope */ .TI)(existing.scope, entry.scope);
        if (existing.hashes.length === 0 && entry.hashes !== undefined)
            existing.hashes = entry.hashes;
        if (existing.license === undefined && entry.license !== undefined && entry.license !== '')
            existing.license = entry.license;
        if (existing.downloadLocation === undefined && entry.downloadLocation !== undefined)
            existing.downloadLocation = (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutCredentials */ .ri)(entry.downloadLocation);
        if (entry.properties !== undefined)
            this.annotate(purl, entry.properties);
        return purl;
    }
    /** Adds facts to a package already added (one copy patched, another not: the package is marked). */
    annotate(purl, properties) {
        const pkg = this.packages.get(purl);
        if (pkg === undefined || properties.length === 0)
            return;
        let byKey = this.properties.get(purl);
        if (byKey === undefined) {
            byKey = new Map((pkg.properties ?? []).map((property) => [`${property.name}\u0000${property.value}`, property]));
            this.properties.set(purl, byKey);
        }
        for (const property of properties)
            byKey.set(`${property.name}\u0000${property.value}`, property);
    }
    /** Sorts the properties annotated since the last call into their packages. */
    settle() {
        for (const [purl, byKey] of this.properties) {
            const pkg = this.packages.get(purl);
            if (pkg !== undefined)
                pkg.properties = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .sortProperties */ .Oi)([...byKey.values()]);
        }
        this.properties.clear();
    }
    /** The package with this purl, if added. */
    get(purl) {
        this.settle();
        return this.packages.get(purl);
    }
    /**
     * Records that `from` depends on or contains `to`; self-edges are dropped. A dependency that is
     * both a production and a development one (a peer also listed in devDependencies) is a production one.
     */
    relate(from, to, type = 'depends-on') {
        if (from === to)
            return;
        if (type === 'dev-depends-on') {
            if (this.relationships.find('depends-on', from)?.has(to) === true)
                return;
            this.devEdges = true;
        }
        if (type === 'depends-on' && this.devEdges) {
            const devEdges = this.relationships.find('dev-depends-on', from);
            const dev = devEdges?.get(to);
            if (dev !== undefined) {
                devEdges?.delete(to);
                this.replaced.add(dev);
            }
        }
        const byTo = this.relationships.targets(type, from);
        if (byTo.has(to))
            return;
        const relationship = { from, to, type };
        byTo.set(to, relationship);
        this.added.push(relationship);
    }
    /**
     * Every package added; a copy locked with another digest than the package's first (two artifacts
     * under one name: a tampered mirror, a republished tarball) is told to `unknowns`, as the SBOM
     * records the first copy's digest only.
     */
    allPackages(unknowns) {
        this.settle();
        for (const conflict of this.hashConflicts) {
            const first = conflict.first === undefined ? 'its first copy' : `${conflict.first.entry ?? 'its first copy'}${conflict.first.line === undefined ? '' : ` (line ${conflict.first.line})`}`;
            unknowns.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(conflict.location.entry ?? conflict.purl)} locks ${conflict.purl} with ${(0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .shortHashes */ .H5)(conflict.hashes)}, another digest than ${first}, which the SBOM records: check which copy is the one installed`, conflict.location.line);
        }
        return [...this.packages.values()];
    }
    /** Every relationship recorded. */
    allRelationships() {
        return this.replaced.size === 0 ? [...this.added] : this.added.filter((relationship) => !this.replaced.has(relationship));
    }
}
/**
 * The references a lockfile makes that resolve to nothing (a damaged or hand-cut lockfile), as
 * unknowns naming the lockfile and the entry: bounded, however many there are.
 */
class Unresolved extends _unknowns_js__WEBPACK_IMPORTED_MODULE_6__/* .LockfileUnknowns */ .dF {
    constructor(path) {
        super(path, (count) => `${count} more references the lockfile does not resolve`);
    }
    /** `entry` (a lock key, an importer) refers to `reference`, which no entry of the lockfile provides. */
    reference(entry, reference, line) {
        this.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(entry)} depends on ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(reference)}, which the lockfile does not list`, line);
    }
    /** Something else the lockfile lacks (a section). */
    note(reason, line) {
        this.add(reason, line);
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


/***/ })

};
