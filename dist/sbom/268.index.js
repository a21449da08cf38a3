export const id = 268;
export const ids = [268,408];
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

/***/ 2268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_BUILDS_PER_GEM: () => (/* binding */ MAX_BUILDS_PER_GEM),
/* harmony export */   gemfileGroups: () => (/* binding */ gemfileGroups),
/* harmony export */   gemfileLockParser: () => (/* binding */ gemfileLockParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1573);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4045);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8706);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(897);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(211);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9531);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5415);









/**
 * The gem server a GEM section's remote names, without trailing slashes, when it is not
 * rubygems.org (the gem purl type's default repository): undefined for rubygems.org.
 */
function gemServer(spelled) {
    const remote = (0,_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutCredentials */ .ri)(spelled);
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
    const remote = (0,_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutCredentials */ .ri)(spelled);
    const url = /^(?:https?|ssh):\/\//.test(remote) ? `git+${remote}` : remote;
    return revision === undefined ? url : `${url}#${revision}`;
}
/** The sections of Gemfile.lock whose `specs:` list locked gems. */
const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);
/** Every top-level section Bundler writes (its LockfileParser's), the sources' included. */
const BUNDLER_SECTIONS = new Set([...SOURCE_SECTIONS, 'PLATFORMS', 'DEPENDENCIES', 'CHECKSUMS', 'RUBY VERSION', 'BUNDLED WITH']);
/** A top-level line in the form of a section's name: capitals, digits, spaces, `-` and `_`. One Bundler does not know it skips, as a later Bundler's section. */
const SECTION_NAME = /^[A-Z][A-Z0-9 _-]*$/;
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
        let sections = 0;
        for (const [index, raw] of (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .textOf */ .b6)(input).split('\n').entries()) {
            const text = raw.replace(/\r$/, '');
            if (/^\S/.test(text)) {
                section = text.trim();
                // Junk that parses as a header (a file cut or converted to UTF-16, a file that is no lockfile) was read as a section
                // holding nothing: an empty SBOM that even --strict passed.
                if (BUNDLER_SECTIONS.has(section))
                    sections += 1;
                else if (!SECTION_NAME.test(section))
                    unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .TL)((0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(section, 200))} is no section's name (Bundler writes ${[...BUNDLER_SECTIONS].join(', ')}): the lockfile is damaged or no Bundler lockfile, and what that part holds is not listed (run bundle lock)`, index + 1);
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
            // A line at a dependency's depth that is not one: an edge Bundler would have recorded, not one to drop unsaid.
            if (current !== undefined && /^ {6}(?! )\S/.test(text))
                unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .TL)((0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(text.trim(), 200))} is not a dependency of ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(current.name, 200)} (Bundler writes "name" or "name (requirement)"): it is cut short or was edited, and this edge is not listed (run bundle lock)`, index + 1);
            // A line at a spec's depth that is no `name (version)`: a gem Bundler would have locked with a version, not one to drop unsaid.
            if (/^ {4}(?! )\S/.test(text))
                unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .TL)((0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(text.trim(), 200))} is not a locked gem (Bundler writes "name (version)"): it is cut short or was edited, and this gem is not listed (run bundle lock)`, index + 1);
        }
        if (sections === 0)
            unknowns.add('it has no section Bundler writes (GEM, DEPENDENCIES and the others): it is damaged or no Bundler lockfile, and nothing in it is listed (run bundle lock)', 1);
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
        const result = collector.result();
        // What DEPENDENCIES lists is what the project depends on, a gem another also needs included (not only what nothing else reaches).
        const declared = direct.flatMap((listed) => [...(byName.get(listed.name) ?? [])]);
        if (declared.length > 0)
            result.direct = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .withOrphans */ .Ke)(declared, result.packages, result.relationships);
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
