export const id = 738;
export const ids = [738,408];
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

/***/ 567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   R_: () => (/* binding */ XmlSyntaxError),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   ix: () => (/* binding */ childText),
/* harmony export */   jf: () => (/* binding */ child)
/* harmony export */ });
/* unused harmony export MAX_XML_ELEMENTS */
/** Why an XML document could not be read, and on which line. */
class XmlSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.name = 'XmlSyntaxError';
        this.line = line;
    }
}
const PREDEFINED_ENTITIES = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
/**
 * Replaces the predefined entities and character references. Entities a DOCTYPE declares are
 * never expanded (no external or recursive entities can be smuggled in): they are an error.
 */
function decodeText(text, line) {
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);|&/g, (whole, reference) => {
        if (reference === undefined)
            throw new XmlSyntaxError('a bare & in text', line);
        if (reference.startsWith('#')) {
            const code = reference.startsWith('#x') ? Number.parseInt(reference.slice(2), 16) : Number.parseInt(reference.slice(1), 10);
            if (!(code > 0 && code <= 0x10ffff))
                throw new XmlSyntaxError(`bad character reference ${whole}`, line);
            return String.fromCodePoint(code);
        }
        const value = PREDEFINED_ENTITIES[reference];
        if (value === undefined)
            throw new XmlSyntaxError(`entity ${whole} is not one of XML's predefined entities`, line);
        return value;
    });
}
/**
 * How many elements a document may hold: a real pom.xml or MSBuild project has thousands, and each
 * costs a few hundred bytes of memory, so a hostile one of `<a b=""/>` repeated for the 256 MiB a
 * manifest may be read to would end the process out of memory instead of being reported.
 */
const MAX_XML_ELEMENTS = 1_000_000;
/** The attributes of every element that has none, shared: most elements of a manifest have none. */
const NO_ATTRIBUTES = new Map();
/**
 * A small non-validating XML reader for manifests like pom.xml and MSBuild project files: elements,
 * attributes, text, CDATA, comments, processing instructions and a DOCTYPE (skipped). Linear in the
 * input; a document of more than {@link MAX_XML_ELEMENTS} elements is refused.
 */
function parseXml(source) {
    let index = 0;
    let elements = 0;
    let line = 1;
    // The next newline at or after `index` (source.length when none): each search starts where the last
    // ended, so counting lines is linear even on one long line, where searching afresh from every tag is not.
    let newline = -1;
    const advanceTo = (end) => {
        if (newline < index)
            newline = nextNewline(source, index);
        for (; newline < end; newline = nextNewline(source, newline + 1))
            line += 1;
        index = end;
    };
    const skipPast = (terminator, what) => {
        const end = source.indexOf(terminator, index);
        if (end === -1)
            throw new XmlSyntaxError(`unterminated ${what}`, line);
        advanceTo(end + terminator.length);
    };
    let root;
    const stack = [];
    while (index < source.length) {
        const open = source.indexOf('<', index);
        const textEnd = open === -1 ? source.length : open;
        if (textEnd > index) {
            const text = source.slice(index, textEnd);
            const parent = stack[stack.length - 1];
            if (parent !== undefined)
                parent.text += decodeText(text, line);
            else if (text.trim() !== '')
                throw new XmlSyntaxError('text outside the root element', line);
            advanceTo(textEnd);
        }
        if (open === -1)
            break;
        if (source.startsWith('<!--', index)) {
            skipPast('-->', 'comment');
        }
        else if (source.startsWith('<![CDATA[', index)) {
            const start = index + 9;
            const parent = stack[stack.length - 1];
            skipPast(']]>', 'CDATA section');
            if (parent === undefined)
                throw new XmlSyntaxError('CDATA outside the root element', line);
            parent.text += source.slice(start, index - 3);
        }
        else if (source.startsWith('<?', index)) {
            skipPast('?>', 'processing instruction');
        }
        else if (source.startsWith('<!DOCTYPE', index)) {
            // An internal subset `[ ... ]` may hold `>`; it ends at `]>`.
            const close = source.indexOf('>', index);
            if (close !== -1 && source.slice(index, close).includes('['))
                skipPast(']>', 'DOCTYPE');
            else
                skipPast('>', 'DOCTYPE');
        }
        else if (source.startsWith('</', index)) {
            const end = source.indexOf('>', index);
            if (end === -1)
                throw new XmlSyntaxError('unterminated end tag', line);
            const name = localName(source.slice(index + 2, end).trim());
            const element = stack.pop();
            if (element === undefined || element.name !== name)
                throw new XmlSyntaxError(`end tag </${shown(name)}> does not close <${shown(element?.name ?? '')}>`, line);
            advanceTo(end + 1);
        }
        else {
            const end = tagEnd(source, index);
            if (end === -1)
                throw new XmlSyntaxError('unterminated start tag', line);
            const selfClosing = source[end - 1] === '/';
            const body = source.slice(index + 1, selfClosing ? end - 1 : end);
            const name = /^[^\s/>]+/.exec(body)?.[0];
            if (name === undefined)
                throw new XmlSyntaxError('a tag without a name', line);
            elements += 1;
            if (elements > MAX_XML_ELEMENTS)
                throw new XmlSyntaxError(`more than ${MAX_XML_ELEMENTS} elements, more than a manifest has any reason to hold`, line);
            const element = { name: localName(name), attributes: attributesOf(body.slice(name.length), line), children: [], text: '', line };
            const parent = stack[stack.length - 1];
            if (parent !== undefined)
                parent.children.push(element);
            else if (root === undefined)
                root = element;
            else
                throw new XmlSyntaxError('a second root element', line);
            if (!selfClosing)
                stack.push(element);
            advanceTo(end + 1);
        }
    }
    const unclosed = stack[stack.length - 1];
    if (unclosed !== undefined)
        throw new XmlSyntaxError(`<${shown(unclosed.name)}> is never closed`, unclosed.line);
    if (root === undefined)
        throw new XmlSyntaxError('no root element', line);
    return root;
}
/**
 * The attributes of a start tag after its name: `name="value"` or `name='value'`, the first of a
 * repeated name kept. One pass over the text: a hostile tag of megabytes costs linear time.
 */
function attributesOf(text, line) {
    if (!text.includes('='))
        return NO_ATTRIBUTES;
    const attributes = new Map();
    const isSpace = (char) => char === ' ' || char === '\t' || char === '\n' || char === '\r';
    let index = 0;
    while (index < text.length) {
        while (isSpace(text[index]))
            index += 1;
        const nameStart = index;
        while (index < text.length && !isSpace(text[index]) && text[index] !== '=' && text[index] !== '/')
            index += 1;
        const name = text.slice(nameStart, index);
        while (isSpace(text[index]))
            index += 1;
        if (name === '' || text[index] !== '=') {
            // Not an attribute (a stray `/`, a name without a value): step past it.
            if (index === nameStart)
                index += 1;
            continue;
        }
        index += 1;
        while (isSpace(text[index]))
            index += 1;
        const quote = text[index];
        if (quote !== '"' && quote !== "'")
            continue;
        const close = text.indexOf(quote, index + 1);
        if (close === -1)
            break;
        if (!attributes.has(name))
            attributes.set(name, decodeText(text.slice(index + 1, close), line));
        index = close + 1;
    }
    return attributes;
}
/** The position of the next `\n` at or after `from`, or the length of the source when there is none. */
function nextNewline(source, from) {
    const found = source.indexOf('\n', from);
    return found === -1 ? source.length : found;
}
/** The `>` that ends a start tag, skipping quoted attribute values (which may hold `>`). */
function tagEnd(source, start) {
    let quote;
    for (let index = start + 1; index < source.length; index += 1) {
        const char = source[index];
        if (quote !== undefined) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === '"' || char === "'") {
            quote = char;
        }
        else if (char === '>') {
            return index;
        }
        else if (char === '<') {
            return -1;
        }
    }
    return -1;
}
/** An element name as an error message shows it: a hostile name of megabytes is cut short. */
function shown(name) {
    return name.length > 80 ? `${name.slice(0, 80)}...` : name;
}
/** An element name without its namespace prefix. */
function localName(name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}
/** The first child element with this name. */
function child(element, name) {
    return element?.children.find((candidate) => candidate.name === name);
}
/** The trimmed text of the first child element with this name. */
function childText(element, name) {
    const found = child(element, name);
    return found === undefined ? undefined : found.text.trim();
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
