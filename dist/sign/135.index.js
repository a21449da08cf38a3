export const id = 135;
export const ids = [135,408];
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

/***/ 72878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h4: () => (/* binding */ scopeUnderMarker),
/* harmony export */   nB: () => (/* binding */ namesMoreThanPythonVersion),
/* harmony export */   q$: () => (/* binding */ markerProperties)
/* harmony export */ });
/* unused harmony export ENVIRONMENT_MARKER */
/** The property naming a PEP 508 environment marker a lockfile lists a package under, verbatim. */
const ENVIRONMENT_MARKER = 'trust-kit:pypi:environment-marker';
/**
 * The marker variables that only say which Python runs the project (PEP 508's `python_version`,
 * `python_full_version`, `implementation_version`): lockfiles write them on nearly every package
 * (poetry export on each line, pipenv from each package's Requires-Python), restating the Pythons
 * the project supports.
 */
const PYTHON_VERSION_VARIABLES = new Set(['python_version', 'python_full_version', 'implementation_version']);
/** The words of a marker that are no variable. */
const MARKER_KEYWORDS = new Set(['and', 'or', 'not', 'in']);
/**
 * Whether a marker names anything but the Python version: the platform (`sys_platform`,
 * `platform_machine`, `os_name`, their PEP 345 dotted spellings), the implementation, or an extra.
 * The marker is read, never evaluated: the SBOM describes the project, not the machine making it.
 */
function namesMoreThanPythonVersion(marker) {
    const unquoted = marker.replace(/"[^"]*"|'[^']*'/g, ' ');
    for (const [word] of unquoted.matchAll(/[A-Za-z_][A-Za-z0-9_.]*/g)) {
        if (!MARKER_KEYWORDS.has(word) && !PYTHON_VERSION_VARIABLES.has(word))
            return true;
    }
    return false;
}
/**
 * The scope of a package listed under a marker (or none): a marker that names more than the
 * Python version makes a package the project would otherwise ship `optional`, since some
 * installs leave it out (`pywin32; sys_platform == "win32"`), as npm's platform packages are.
 * The collector keeps the stronger scope of a package's occurrences, so one listed without such a
 * marker anywhere stays required.
 */
function scopeUnderMarker(scope, marker) {
    return scope === 'required' && marker !== undefined && namesMoreThanPythonVersion(marker) ? 'optional' : scope;
}
/** The property recording a marker, or none for no marker. */
function markerProperties(marker) {
    const trimmed = marker?.trim();
    return trimmed === undefined || trimmed === '' ? [] : [{ name: ENVIRONMENT_MARKER, value: trimmed }];
}


/***/ }),

/***/ 79709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ singleArchiveHashes),
/* harmony export */   L7: () => (/* binding */ normalizePythonName),
/* harmony export */   LO: () => (/* binding */ pythonHash),
/* harmony export */   OG: () => (/* binding */ urlOrigin),
/* harmony export */   Tl: () => (/* binding */ indexOrigin),
/* harmony export */   Xf: () => (/* binding */ gitOrigin),
/* harmony export */   or: () => (/* binding */ versionFromUrl),
/* harmony export */   wK: () => (/* binding */ localOrigin)
/* harmony export */ });
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91573);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80211);


/** A Python project name in its PEP 503 normal form: lowercase, runs of `-`, `_` and `.` become one `-`. */
function normalizePythonName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const PYTHON_HASH_ALGORITHMS = {
    sha256: 'SHA256',
    sha384: 'SHA384',
    sha512: 'SHA512',
    sha1: 'SHA1',
    md5: 'MD5',
};
/** A `sha256:<hex>` hash as pip, Pipfile.lock, poetry and uv write them; undefined for other algorithms or malformed digests. */
function pythonHash(text) {
    const colon = text.indexOf(':');
    const algorithm = PYTHON_HASH_ALGORITHMS[text.slice(0, colon).toLowerCase()];
    if (colon <= 0 || algorithm === undefined)
        return undefined;
    const digest = text.slice(colon + 1);
    return (0,_hashes_js__WEBPACK_IMPORTED_MODULE_0__/* .hexHash */ .eP)(algorithm, digest);
}
/**
 * The hash of a package when the lockfile pins exactly one archive per algorithm. Lockfiles list one
 * hash per wheel and sdist; any single one of several would not match the other archives, so
 * several are recorded as none rather than one chosen arbitrarily.
 */
function singleArchiveHashes(hashes) {
    const parsed = hashes.map(pythonHash).filter((hash) => hash !== undefined);
    const counts = new Map();
    for (const hash of parsed)
        counts.set(hash.algorithm, (counts.get(hash.algorithm) ?? 0) + 1);
    return parsed.filter((hash) => counts.get(hash.algorithm) === 1);
}
/** The origin of a git source: `URL[?rev=..|tag=..|branch=..]#commit` (uv) or a URL and a resolved commit (poetry). */
function gitOrigin(spelled, commit) {
    const location = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .r)(spelled);
    // The query says how the commit was chosen (and a sub-directory); the commit pins what was built.
    const end = /[?#]/.exec(location)?.index ?? location.length;
    const url = location.slice(0, end);
    const pinned = commit ?? (location.includes('#') ? location.slice(location.indexOf('#') + 1) : undefined);
    const repository = url.startsWith('git+') ? url : `git+${url}`;
    const at = pinned === undefined || pinned === '' ? '' : pinned;
    return { qualifiers: { vcs_url: at === '' ? repository : `${repository}@${at}` }, downloadLocation: at === '' ? repository : `${repository}#${at}` };
}
/** The origin of an archive URL source. */
function urlOrigin(spelled) {
    const url = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .r)(spelled);
    return { qualifiers: { download_url: url }, downloadLocation: url };
}
/** PyPI's own index, under the names lockfiles write it with: the pypi purl type's default repository. */
const PYPI_INDEX = /^https?:\/\/(?:pypi\.org|pypi\.python\.org)(?:\/simple)?\/*$/i;
/**
 * The origin of a package locked from a package index: none for PyPI, `repository_url` (the index
 * URL without trailing slashes) for any other, which the purl spec requires so that a private
 * index's package is never taken for PyPI's of the same name. An index is no download location.
 */
function indexOrigin(spelled) {
    const url = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .r)(spelled);
    if (PYPI_INDEX.test(url))
        return undefined;
    // Not a regex: `\/+$` is retried from every slash of a long run (quadratic on hostile input).
    let end = url.length;
    while (end > 0 && url[end - 1] === '/')
        end--;
    return end === 0 ? undefined : { qualifiers: { repository_url: url.slice(0, end) }, downloadLocation: undefined };
}
/** The origin of a local archive or folder, by its path as the lockfile spells it. */
function localOrigin(path) {
    return { qualifiers: { download_url: path }, downloadLocation: undefined };
}
/** A PEP 440 version as archive file names carry it. */
const FILE_VERSION = /^\d[0-9A-Za-z.!+]*$/;
/**
 * The version a direct reference's archive names: a wheel's file name is `name-version-...whl`
 * (the wheel spec), an sdist's `name-version.tar.gz` (or `.zip`); undefined when the file is not
 * named for this project (a git URL, a download endpoint), since the URL then says no version.
 */
function versionFromUrl(name, url) {
    const last = url.replace(/[?#].*$/s, '').split('/').pop() ?? '';
    let file;
    try {
        file = decodeURIComponent(last);
    }
    catch {
        // A malformed escape (`%E0%A4%A`) names no file a version can be read from; it must not cost the rest of the lockfile.
        return undefined;
    }
    const base = file.endsWith('.whl') ? file.slice(0, -4).split('-').slice(0, 2).join('-') : file.replace(/\.(?:tar\.gz|tar\.bz2|tgz|zip)$/, '');
    if (base === file || base[name.length] !== '-' || normalizePythonName(base.slice(0, name.length)) !== name)
        return undefined;
    const version = base.slice(name.length + 1);
    return FILE_VERSION.test(version) ? version : undefined;
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
