export const id = 326;
export const ids = [326,408];
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

/***/ 11940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VQ: () => (/* binding */ compareModuleVersions),
  M_: () => (/* binding */ goModulePurl),
  X9: () => (/* binding */ goVersion),
  Bx: () => (/* binding */ h1Property),
  YV: () => (/* binding */ isLocalReplacement),
  tF: () => (/* binding */ isModuleVersion),
  cS: () => (/* binding */ replacementProperties)
});

// UNUSED EXPORTS: H1_PROPERTY, LOCAL_DIRECTORY_PROPERTY, REPLACES_PROPERTY, escapeForModuleCache, isCacheableModulePath

;// CONCATENATED MODULE: ./lib/core/semver.js
/** A tag as semantic version (`v1.2.3`, `1.2.3-rc.1+build`); undefined when it is not one. */
function parseSemVer(tag) {
    const match = /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/.exec(tag);
    if (match === null)
        return undefined;
    return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] === undefined ? [] : match[4].split('.') };
}
/** Semantic version precedence (semver.org 11): negative when `a` comes before `b`. */
function compareSemVer(a, b) {
    for (let index = 0; index < 3; index += 1) {
        const difference = a.core[index] - b.core[index];
        if (difference !== 0)
            return difference;
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0)
        return b.prerelease.length - a.prerelease.length;
    for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index += 1) {
        const left = a.prerelease[index];
        const right = b.prerelease[index];
        if (left === undefined)
            return -1;
        if (right === undefined)
            return 1;
        if (left === right)
            continue;
        const numeric = /^\d+$/;
        if (numeric.test(left) && numeric.test(right))
            return Number(left) - Number(right);
        if (numeric.test(left))
            return -1;
        if (numeric.test(right))
            return 1;
        return left < right ? -1 : 1;
    }
    return 0;
}

// EXTERNAL MODULE: ./lib/sbom/hashes.js
var hashes = __webpack_require__(91573);
// EXTERNAL MODULE: ./lib/sbom/purl.js
var purl = __webpack_require__(73408);
;// CONCATENATED MODULE: ./lib/sbom/parsers/go/module.js



/** The purl of a Go module: the module path split at its last `/` into namespace and name, case kept; no version for `(devel)` or none. */
function goModulePurl(path, version) {
    const slash = path.lastIndexOf('/');
    const name = slash === -1 ? path : path.slice(slash + 1);
    const namespace = slash === -1 ? undefined : path.slice(0, slash);
    return (0,purl.purlOf)('golang', name, goVersion(version), namespace);
}
/** Semantic version syntax every module version has (`v1.2.3`, pseudo-versions, `+incompatible`). */
const MODULE_VERSION = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
/** Whether a string is a module version go.mod and go.sum can record. */
function isModuleVersion(version) {
    return MODULE_VERSION.test(version);
}
/**
 * Orders two module versions as the go command does (golang.org/x/mod/semver.Compare): semantic
 * version precedence, `+incompatible` and other build metadata not counting. Negative, zero or
 * positive; zero when either is not a version it can read.
 */
function compareModuleVersions(a, b) {
    const left = parseSemVer(a);
    const right = parseSemVer(b);
    return left === undefined || right === undefined ? 0 : compareSemVer(left, right);
}
/** A module version as SBOMs record it: `(devel)` (a main module built from a checkout) is no version. */
function goVersion(version) {
    return version === '(devel)' ? '' : version;
}
/**
 * Whether a replacement target is a directory rather than a module: go.mod's rule is that it
 * starts with `./`, `../` or is an absolute path (`/`, or a Windows drive or UNC path).
 */
function isLocalReplacement(path) {
    return /^(\.{1,2}[/\\]|\.{1,2}$|\/|\\\\|[A-Za-z]:[/\\])/.test(path);
}
/**
 * The property of a module built from a directory (a `replace ... => ../dir` in go.mod, `=> ./dir`
 * in a binary's build info): the directory as written there. Such a module has no version and was
 * never fetched from its module path.
 */
const LOCAL_DIRECTORY_PROPERTY = 'trust-kit:golang:directory';
/** The property of a module a `replace` puts in place of another: the required `path version` it stands for. */
const REPLACES_PROPERTY = 'trust-kit:golang:replaces';
/** The properties of a module built in place of `required` (a module, or a directory when `directory` is set). */
function replacementProperties(required, directory) {
    const replaces = { name: REPLACES_PROPERTY, value: required.version === '' ? required.path : `${required.path} ${required.version}` };
    return directory === undefined ? [replaces] : [{ name: LOCAL_DIRECTORY_PROPERTY, value: directory }, replaces];
}
/** The name of the property that records a module's go.sum (or build info) `h1:` hash, verbatim. */
const H1_PROPERTY = 'trust-kit:golang:h1';
/**
 * The `h1:` hash of a go.sum line or of a binary's build info, as the property it is recorded as.
 * `h1` ("hash1", golang.org/x/mod/sumdb/dirhash) is SHA-256 over a sorted list of
 * `<sha256 hex>  <file name>` lines of the module zip's files, not a hash of the zip itself: no tool
 * can check a downloaded archive against it as a SHA256 checksum, so it is kept as what it is.
 * Undefined when the value is not an h1 hash (another algorithm, or not 32 base64-encoded bytes).
 */
function h1Property(sum) {
    return sum.startsWith('h1:') && (0,hashes/* base64Hash */.m1)('SHA256', sum.slice(3)) !== undefined ? { name: H1_PROPERTY, value: sum } : undefined;
}
/**
 * A module path or version as the module cache spells it on disk: each uppercase letter becomes
 * `!` and its lowercase (golang.org/x/mod/module.EscapePath), so case-insensitive file systems
 * keep `Azure` and `azure` apart.
 */
function escapeForModuleCache(text) {
    return text.replace(/[A-Z]/g, (letter) => `!${letter.toLowerCase()}`);
}
/**
 * Whether a module path can name a directory of the module cache without leaving it: non-empty
 * `/`-separated elements, none `.` or `..`, no backslash, no leading `/`, no `!` (the escape character).
 */
function isCacheableModulePath(path) {
    if (path === '' || path.length > 500 || /[\\!\s]/.test(path) || path.includes(':'))
        return false;
    return path.split('/').every((element) => element !== '' && element !== '.' && element !== '..');
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
