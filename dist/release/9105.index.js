export const id = 9105;
export const ids = [9105];
export const modules = {

/***/ 60415:
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
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26898);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55256);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83096);




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

/***/ 39105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   npmPackageLockParser: () => (/* binding */ npmPackageLockParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91573);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83096);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60415);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98706);





const NODE_MODULES = 'node_modules/';
function weakerScope(a, b) {
    if (a === 'dev' || b === 'dev')
        return 'dev';
    if (a === 'optional' || b === 'optional')
        return 'optional';
    return 'required';
}
/**
 * The scope npm's own flags give: `devOptional` (dev on one path, optional on another) ships as an
 * optional dependency, since a production install (`--omit=dev`) keeps it.
 */
function scopeOf(entry) {
    if (entry.dev === true)
        return 'dev';
    if (entry.optional === true || entry.devOptional === true)
        return 'optional';
    return 'required';
}
/** A download URL worth recording: registry and git URLs, not local paths. */
function downloadOf(resolved) {
    if (resolved === undefined)
        return undefined;
    return /^(https?|git\+https?|git\+ssh|git):\/\//.test(resolved) ? resolved : undefined;
}
/** The package name an install path ends in: `node_modules/a/node_modules/@s/b` -> `@s/b`. */
function nameFromPath(path) {
    const at = path.lastIndexOf(NODE_MODULES);
    return at === -1 ? (path.split('/').pop() ?? path) : path.slice(at + NODE_MODULES.length);
}
/** Whether a lockfile path is a copy installed under some node_modules (not the root or a workspace folder). */
function isInstalledPath(path) {
    return path.startsWith(NODE_MODULES) || path.includes(`/${NODE_MODULES}`);
}
/**
 * Whether a path is one of the folders or installed under one (`folder/node_modules/...`): the part
 * before the first `node_modules` is the folder. A folder nested in an unlinked one is a folder of
 * its own, installed if linked. One lookup per path, however many folders.
 */
function insideUnlinked(path, folders) {
    if (folders.size === 0)
        return false;
    const nested = path.indexOf(`/${NODE_MODULES}`);
    return folders.has(nested === -1 ? path : path.slice(0, nested));
}
/** Records the package installed at `node_modules/<name>` under its folder. */
function installPath(tree, path, purl) {
    const name = nameFromPath(path);
    const at = path.length - NODE_MODULES.length - name.length;
    if (at < 0 || path.slice(at, at + NODE_MODULES.length) !== NODE_MODULES)
        return;
    tree.set(at === 0 ? '' : path.slice(0, at - 1), name, purl);
}
/** The install path a folder's dependencies are looked up from after its own node_modules. */
function parentOf(path) {
    if (path === '')
        return undefined;
    const at = path.lastIndexOf(`/${NODE_MODULES}`);
    if (at !== -1)
        return path.slice(0, at);
    return '';
}
function rootOf(lock, manifest, packages) {
    const rootEntry = packages === undefined ? undefined : (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .objectField */ .qV)(packages, '');
    const name = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(manifest ?? {}, 'name') ?? (rootEntry === undefined ? undefined : (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(rootEntry, 'name')) ?? (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(lock, 'name');
    if (name === undefined || !(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isPackageName */ .kb)(name))
        return undefined;
    const version = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .versionField */ .FA)(manifest ?? {}) ?? (rootEntry === undefined ? undefined : (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .versionField */ .FA)(rootEntry)) ?? (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .versionField */ .FA)(lock) ?? '';
    return { name, version };
}
function rootPackage(root, path, license) {
    const pkg = { purl: (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmPurl */ .N)(root.name, root.version), ecosystem: 'npm', name: root.name, version: root.version, hashes: [], locations: [{ path }], scope: 'required' };
    if (license !== undefined)
        pkg.license = license;
    return pkg;
}
/** The packages whose tarballs carry each bundled package, gathered first: many carriers of one package are one annotation. */
class Carriers {
    byPurl = new Map();
    add(purl, carrier) {
        if (carrier === undefined)
            return;
        const known = this.byPurl.get(purl);
        if (known === undefined)
            this.byPurl.set(purl, new Set([carrier]));
        else
            known.add(carrier);
    }
    annotate(set) {
        for (const [purl, carriers] of this.byPurl)
            set.annotate(purl, [...carriers].map((value) => ({ name: _common_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLED_PROPERTY */ .PH, value })));
    }
}
/** The fields of a lockfile entry that name what it depends on; only a missing plain dependency is unresolved. */
const EDGE_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** lockfileVersion 2 and 3: a flat `packages` map keyed by install path. */
function parsePackages(input, lock, packages, manifest) {
    const set = new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageSet */ .Zm();
    const root = rootOf(lock, manifest, packages);
    const rootEntry = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .objectField */ .qV)(packages, '');
    const rootPurl = root === undefined ? undefined : (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmPurl */ .N)(root.name, root.version);
    /** install path -> purl of the package installed there (links followed to their target). */
    const purlAt = new Map();
    const links = new Map();
    const members = [];
    // A linked folder without a `name` is known by the name it is linked under (`node_modules/@s/x` -> `src/x`).
    const linkedAs = new Map();
    // Every entry is read once here (a lockfile's entries differ in their fields, so each field read is a slow lookup): links
    // are set aside, everything else is kept with what the later passes ask of it.
    const folders = [];
    for (const [path, value] of Object.entries(packages)) {
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value))
            continue;
        if (value.link === true) {
            const target = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(value, 'resolved');
            if (target === undefined)
                continue;
            links.set(path, target);
            if (!linkedAs.has(target))
                linkedAs.set(target, nameFromPath(path));
            continue;
        }
        folders.push({ path, value, installed: isInstalledPath(path), purl: undefined, extraneous: value.extraneous === true });
    }
    // npm installs neither what arborist flags extraneous (nothing depends on it) nor a folder no link
    // points to (a workspace the root's `workspaces` no longer names), nor anything inside such a folder.
    const unlinked = new Set();
    for (const { path, installed } of folders)
        if (path !== '' && !installed && !linkedAs.has(path))
            unlinked.add(path);
    const entries = folders.filter((entry) => !entry.extraneous && !insideUnlinked(entry.path, unlinked));
    const tree = new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .NestedScopes */ .rE(parentOf);
    for (const entry of entries) {
        const { path, value, installed } = entry;
        if (path === '')
            continue;
        const name = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(value, 'name') ?? (installed ? undefined : linkedAs.get(path)) ?? nameFromPath(path);
        const version = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .versionField */ .FA)(value) ?? '';
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isPackageName */ .kb)(name))
            continue;
        const purl = set.add({
            name,
            version,
            scope: scopeOf(value),
            hashes: (0,_hashes_js__WEBPACK_IMPORTED_MODULE_1__/* .sriHashes */ .PK)((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(value, 'integrity') ?? ''),
            license: (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .licenseOf */ .L3)(value.license ?? value.licenses),
            downloadLocation: downloadOf((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(value, 'resolved')),
            source: installed ? (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceOf */ .vz)((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(value, 'resolved')) : undefined,
            properties: (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .platformProperties */ .ni)(value),
            location: { path: input.path, entry: path },
        });
        entry.purl = purl;
        purlAt.set(path, purl);
        if (installed)
            installPath(tree, path, purl);
        // A folder outside node_modules is a workspace member (or a local `file:` package) of the root.
        else
            members.push(purl);
    }
    for (const [path, target] of links) {
        const purl = purlAt.get(target);
        if (purl !== undefined)
            installPath(tree, path, purl);
    }
    // A bundled package came in the tarball of the nearest folder above it that is not bundled itself.
    const carriers = new Carriers();
    for (const { path, value, purl } of entries) {
        if (value.inBundle !== true || purl === undefined)
            continue;
        let bundler = parentOf(path);
        while (bundler !== undefined && bundler !== '' && (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .objectField */ .qV)(packages, bundler).inBundle === true)
            bundler = parentOf(bundler);
        carriers.add(purl, bundler === undefined ? undefined : bundler === '' ? rootPurl : purlAt.get(bundler));
    }
    carriers.annotate(set);
    const unresolved = new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .Unresolved */ .UG(input.path);
    for (const { path, value, installed, purl } of entries) {
        const from = path === '' ? rootPurl : purl;
        if (from === undefined && path !== '')
            continue;
        const resolve = tree.resolverAt(path);
        for (const field of EDGE_FIELDS) {
            const wanted = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .objectField */ .qV)(value, field);
            for (const name in wanted) {
                const to = resolve(name);
                if (to !== undefined) {
                    if (from !== undefined)
                        set.relate(from, to);
                }
                else if (field === 'dependencies') {
                    // Optional and peer dependencies may be absent by design; a plain dependency may not.
                    unresolved.reference(path === '' ? '(the project)' : path, `${name}@${String(wanted[name])}`);
                }
            }
        }
        if (from === undefined)
            continue;
        // Only the root and workspace members install their devDependencies: edges wanted only with them.
        if (!input.includeDev || installed)
            continue;
        for (const name in (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .objectField */ .qV)(value, 'devDependencies')) {
            const to = resolve(name);
            if (to !== undefined)
                set.relate(from, to, 'dev-depends-on');
        }
    }
    if (rootPurl !== undefined)
        for (const member of members)
            set.relate(rootPurl, member, 'contains');
    const result = { packages: set.allPackages(), relationships: set.allRelationships(), unknowns: unresolved.all() };
    if (root !== undefined)
        result.root = rootPackage(root, input.path, (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .licenseOf */ .L3)(rootEntry.license ?? manifest?.license));
    return result;
}
/**
 * An npm v1 version field: a version, an `npm:name@version` alias, or a git or tarball URL (which
 * names no version: the purl says the source instead).
 */
function versionOf(name, version) {
    if (version.startsWith('npm:')) {
        const spec = version.slice(4);
        const at = spec.lastIndexOf('@');
        return at <= 0 ? undefined : { name: spec.slice(0, at), version: spec.slice(at + 1) };
    }
    const source = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceOf */ .vz)(version);
    return source === undefined ? { name, version } : { name, version: '', source };
}
/** lockfileVersion 1: nested `dependencies` maps mirroring node_modules. */
function parseDependencies(input, lock, dependencies, manifest) {
    const set = new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageSet */ .Zm();
    const root = rootOf(lock, manifest, undefined);
    const top = { purl: root === undefined ? '' : (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmPurl */ .N)(root.name, root.version), installPath: '', optionalRequires: false, requires: [], children: new Map(), parent: undefined };
    const nodes = [];
    const carriers = new Carriers();
    const stack = [{ map: dependencies, parent: top, path: '', parentScope: 'required' }];
    while (stack.length > 0) {
        const { map, parent, path, parentScope } = stack.pop();
        for (const [key, value] of Object.entries(map)) {
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value))
                continue;
            const installPath = `${path}${NODE_MODULES}${key}`;
            const identity = versionOf(key, (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .versionField */ .FA)(value) ?? '');
            if (identity === undefined || !(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isPackageName */ .kb)(identity.name))
                continue;
            // A copy nested under a dev (or optional) package is installed only for it.
            const scope = weakerScope(parentScope, scopeOf(value));
            const purl = set.add({
                name: identity.name,
                version: identity.version,
                scope,
                hashes: (0,_hashes_js__WEBPACK_IMPORTED_MODULE_1__/* .sriHashes */ .PK)((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(value, 'integrity') ?? ''),
                downloadLocation: downloadOf((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(value, 'resolved')),
                source: identity.source,
                location: { path: input.path, entry: installPath },
            });
            const node = { purl, installPath, optionalRequires: scope === 'optional', requires: Object.keys((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .objectField */ .qV)(value, 'requires')), children: new Map(), parent };
            if (value.bundled === true) {
                node.bundled = true;
                let carrier = parent;
                while (carrier?.bundled === true)
                    carrier = carrier.parent;
                carriers.add(purl, carrier === undefined || carrier.purl === '' ? undefined : carrier.purl);
            }
            parent.children.set(key, node);
            nodes.push(node);
            const nested = value.dependencies;
            if ((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(nested))
                stack.push({ map: nested, parent: node, path: `${installPath}/`, parentScope: scope });
        }
    }
    carriers.annotate(set);
    const unresolved = new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .Unresolved */ .UG(input.path);
    for (const node of nodes) {
        for (const name of node.requires) {
            let found = false;
            for (let scope = node; scope !== undefined && !found; scope = scope.parent) {
                const target = scope.children.get(name);
                if (target !== undefined) {
                    set.relate(node.purl, target.purl);
                    found = true;
                }
            }
            if (!found && !node.optionalRequires)
                unresolved.reference(node.installPath, name);
        }
    }
    if (root !== undefined && manifest !== undefined) {
        for (const field of ['dependencies', 'optionalDependencies', 'devDependencies', 'peerDependencies']) {
            if (field === 'devDependencies' && !input.includeDev)
                continue;
            for (const name of Object.keys((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .objectField */ .qV)(manifest, field))) {
                const target = top.children.get(name);
                if (target !== undefined)
                    set.relate(top.purl, target.purl, field === 'devDependencies' ? 'dev-depends-on' : 'depends-on');
            }
        }
    }
    const result = { packages: set.allPackages(), relationships: set.allRelationships(), unknowns: unresolved.all() };
    if (root !== undefined)
        result.root = rootPackage(root, input.path, (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .licenseOf */ .L3)(manifest?.license));
    return result;
}
async function readManifest(input) {
    const bytes = await input.readSibling('package.json');
    if (bytes === undefined)
        return undefined;
    try {
        const manifest = JSON.parse(bytes.toString('utf8'));
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(manifest) ? manifest : undefined;
    }
    catch {
        // A broken manifest only costs the root's name; the lockfile still says everything else.
        return undefined;
    }
}
/** npm `package-lock.json` (lockfileVersion 1, 2 and 3) and `npm-shrinkwrap.json`. */
const npmPackageLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_3__/* .NPM_PACKAGE_LOCK */ .fj,
    async parse(input) {
        const lock = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(input.path, (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(input.content));
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(lock))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, 'not an npm lockfile: the top level is not a JSON object', 1);
        const version = lock.lockfileVersion;
        if (version !== undefined && (typeof version !== 'number' || version < 1 || version > 3)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, `lockfileVersion ${JSON.stringify(version)} is not one trust-kit reads (1, 2 or 3)`);
        }
        const manifest = await readManifest(input);
        if ((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(lock.packages))
            return parsePackages(input, lock, lock.packages, manifest);
        if ((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(lock.dependencies))
            return parseDependencies(input, lock, lock.dependencies, manifest);
        if (lock.packages === undefined && lock.dependencies === undefined) {
            const root = rootOf(lock, manifest, undefined);
            const result = { packages: [], relationships: [] };
            if (root !== undefined)
                result.root = rootPackage(root, input.path, (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .licenseOf */ .L3)(manifest?.license));
            return result;
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, 'not an npm lockfile: "packages" / "dependencies" is not an object');
    },
};


/***/ })

};
