export const id = 919;
export const ids = [919];
export const modules = {

/***/ 3085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ jsonErrorLine),
/* harmony export */   F1: () => (/* binding */ jsonSyntaxProblem),
/* harmony export */   at: () => (/* binding */ describeJsonFault),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   xC: () => (/* binding */ jsonFault),
/* harmony export */   y0: () => (/* binding */ JSON_FAULT_HINT)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
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
    return fault.kind === 'repeated-key' ? `repeats the key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(fault.key, 100)} in one object${line}` : `nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep${line}`;
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
    return `${line === undefined ? '' : `line ${line}: `}${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(said, 200)}`;
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

/***/ 54609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bunLockParser: () => (/* binding */ bunLockParser),
/* harmony export */   jsoncToJson: () => (/* binding */ jsoncToJson)
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91573);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83096);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60415);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33419);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(897);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98706);








/**
 * bun.lock is JSON with trailing commas (JSONC): blanks out comments and the commas before a
 * closing bracket, outside strings, keeping every offset so JSON errors still point at the right line.
 */
function jsoncToJson(text) {
    const out = text.split('');
    let index = 0;
    let lastComma = -1;
    while (index < text.length) {
        const char = text[index];
        if (char === '"') {
            lastComma = -1;
            index++;
            while (index < text.length && text[index] !== '"')
                index += text[index] === '\\' ? 2 : 1;
            index++;
        }
        else if (char === '/' && text[index + 1] === '/') {
            while (index < text.length && text[index] !== '\n')
                out[index++] = ' ';
        }
        else if (char === '/' && text[index + 1] === '*') {
            const end = text.indexOf('*/', index + 2);
            const stop = end === -1 ? text.length : end + 2;
            while (index < stop) {
                if (text[index] !== '\n')
                    out[index] = ' ';
                index++;
            }
        }
        else {
            if (char === ',')
                lastComma = index;
            else if ((char === '}' || char === ']') && lastComma !== -1) {
                out[lastComma] = ' ';
                lastComma = -1;
            }
            else if (!/\s/.test(char))
                lastComma = -1;
            index++;
        }
    }
    return out.join('');
}
/** Splits an install key (`@babel/core/semver`) into its package names. */
function namesOfKey(key) {
    const parts = key.split('/');
    const names = [];
    for (let index = 0; index < parts.length; index++) {
        const part = parts[index];
        if (part.startsWith('@') && index + 1 < parts.length)
            names.push(`${part}/${parts[++index]}`);
        else
            names.push(part);
    }
    return names;
}
/** The install key a key is nested under (`a/@s/b` -> `a`), `''` at the top. */
function parentKey(key) {
    const names = namesOfKey(key);
    const last = names[names.length - 1] ?? '';
    return key.length === last.length ? '' : key.slice(0, key.length - last.length - 1);
}
/** Records the package installed at a key under the key it is nested in. */
function installKey(tree, key, purl) {
    const names = namesOfKey(key);
    tree.set(parentKey(key), names[names.length - 1] ?? key, purl);
}
const DEPENDENCY_FIELDS = [
    ['dependencies', false],
    ['optionalDependencies', true],
    ['peerDependencies', true],
];
/** Bun's text lockfile `bun.lock` (bun 1.2+). */
const bunLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_5__/* .BUN_LOCK */ .gB,
    async parse(input) {
        const lock = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonText */ .lk)(input.path, jsoncToJson((0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .textOfBytes */ .gm)(input.content)));
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(lock))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, 'not a bun lockfile: the top level is not a JSON object', 1);
        if (typeof lock.lockfileVersion !== 'number')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, 'not a bun lockfile: no numeric "lockfileVersion"');
        const set = new _common_js__WEBPACK_IMPORTED_MODULE_3__/* .PackageSet */ .Zm();
        const purlAt = new Map();
        const infoAt = new Map();
        const workspacePurl = new Map();
        const workspaces = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(lock, 'workspaces');
        const rootWorkspace = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(workspaces, '');
        const rootName = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(rootWorkspace, 'name');
        // bun writes no version for the project itself: its package.json has it.
        const rootVersion = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .versionField */ .FA)(rootWorkspace) ?? (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .versionField */ .FA)((await (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .readPackageJson */ .jJ)(input, 'package.json')) ?? {}) ?? '';
        const rootPurl = rootName !== undefined && (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isPackageName */ .kb)(rootName) ? (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_6__/* .npmPurl */ .NP)(rootName, rootVersion) : undefined;
        if (rootPurl !== undefined)
            workspacePurl.set('', rootPurl);
        for (const [path, value] of Object.entries(workspaces)) {
            if (path === '' || !(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
                continue;
            const name = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(value, 'name') ?? path.split('/').pop() ?? path;
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isPackageName */ .kb)(name))
                continue;
            const purl = set.add({ name, version: (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .versionField */ .FA)(value) ?? '', scope: 'required', location: { path: input.path, entry: path } });
            workspacePurl.set(path, purl);
            if (rootPurl !== undefined)
                set.relate(rootPurl, purl, 'contains');
        }
        // What the lockfile holds but cannot be listed is said, not dropped in silence: the SBOM would call itself complete.
        const unresolved = new _common_js__WEBPACK_IMPORTED_MODULE_3__/* .Unresolved */ .UG(input.path);
        const entries = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(lock, 'packages');
        for (const [key, value] of Object.entries(entries)) {
            if (!Array.isArray(value) || typeof value[0] !== 'string') {
                unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(key)}: not an array naming a package`);
                continue;
            }
            const { name, rest } = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .splitNameAt */ .nN)(value[0]);
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isPackageName */ .kb)(name) || rest === '') {
                unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(key)}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value[0])} names no npm package and version`);
                continue;
            }
            if (rest.startsWith('workspace:')) {
                const purl = workspacePurl.get(rest.slice('workspace:'.length));
                if (purl !== undefined)
                    purlAt.set(key, purl);
                continue;
            }
            if (rest.startsWith('file:') || rest.startsWith('link:')) {
                // A local folder (or tarball) of the project: at the version its own package.json gives, known by its path, never the registry's package.
                const folder = rest.slice(rest.indexOf(':') + 1);
                const manifest = /\.(?:tgz|tar\.gz|tar)$/.test(folder) ? undefined : await (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .readPackageJson */ .jJ)(input, `${folder}/package.json`);
                purlAt.set(key, set.add({ name, version: (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .versionField */ .FA)(manifest ?? {}) ?? '', scope: 'required', source: (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceOf */ .vz)(rest), location: { path: input.path, entry: key } }));
                if ((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value[1]))
                    infoAt.set(key, value[1]);
                continue;
            }
            // npm packages are [id, registry, info, integrity]; git, github and tarball ones are [id, info, ...].
            const isRegistry = typeof value[1] === 'string';
            const info = isRegistry ? value[2] : value[1];
            const integrity = isRegistry && typeof value[3] === 'string' ? value[3] : undefined;
            const version = /^[a-z+]+:/.test(rest) && (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(info) && typeof info.version === 'string' ? info.version : rest;
            purlAt.set(key, set.add({
                name,
                version,
                scope: 'required',
                hashes: (0,_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .sriHashes */ .PK)(integrity ?? ''),
                downloadLocation: isRegistry && typeof value[1] === 'string' && /^https?:\/\//.test(value[1]) ? value[1] : undefined,
                // bun writes `""` for npmjs.org and the tarball URL for another registry.
                source: (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceOf */ .vz)(isRegistry ? (value[1] === '' ? undefined : value[1]) : rest),
                location: { path: input.path, entry: key },
            }));
            if ((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(info))
                infoAt.set(key, info);
        }
        // `bun patch` writes the patched packages by name and version (or name alone): not the registry's bytes.
        for (const [spec, patch] of Object.entries((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(lock, 'patchedDependencies'))) {
            if (typeof patch !== 'string')
                continue;
            for (const [key, purl] of purlAt) {
                const id = entries[key]?.[0];
                if (typeof id === 'string' && (id === spec || (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .splitNameAt */ .nN)(id).name === spec))
                    set.annotate(purl, [{ name: _common_js__WEBPACK_IMPORTED_MODULE_3__/* .PATCHED_PROPERTY */ .aq, value: patch }]);
            }
        }
        const tree = new _common_js__WEBPACK_IMPORTED_MODULE_3__/* .NestedScopes */ .rE((key) => (key === '' ? undefined : parentKey(key)));
        for (const [key, purl] of purlAt)
            installKey(tree, key, purl);
        const resolve = (fromKey, name) => tree.resolve(fromKey, name);
        const edges = new Map();
        for (const [key, info] of infoAt) {
            const from = purlAt.get(key);
            const list = edges.get(from) ?? [];
            edges.set(from, list);
            for (const [field, optional] of DEPENDENCY_FIELDS) {
                for (const [name, range] of Object.entries((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(info, field))) {
                    const to = resolve(key, name);
                    if (to === undefined) {
                        // Optional and peer dependencies may be absent by design; a plain dependency may not.
                        if (!optional)
                            unresolved.reference(key, `${name}@${String(range)}`);
                        continue;
                    }
                    list.push({ to, optional });
                    set.relate(from, to);
                }
            }
        }
        const starts = { required: [], optional: [], dev: [] };
        for (const [path, value] of Object.entries(workspaces)) {
            const from = workspacePurl.get(path);
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
                continue;
            const prefix = path === '' ? '' : ((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(value, 'name') ?? '');
            for (const [field, kind] of [['dependencies', 'required'], ['peerDependencies', 'required'], ['optionalDependencies', 'optional'], ['devDependencies', 'dev']]) {
                for (const name of Object.keys((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .objectField */ .qV)(value, field))) {
                    const to = resolve(prefix, name);
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
        const scopes = (0,_scopes_js__WEBPACK_IMPORTED_MODULE_7__/* .scopesByReachability */ .Q)(starts, edges);
        const members = new Set(workspacePurl.values());
        const packages = set.allPackages(unresolved);
        for (const pkg of packages)
            if (!members.has(pkg.purl))
                pkg.scope = scopes.get(pkg.purl) ?? 'required';
        const result = { packages, relationships: set.allRelationships(), ...unresolved.fields() };
        if (rootPurl !== undefined && rootName !== undefined) {
            const root = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
            result.root = root;
        }
        return result;
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
/* harmony export */   gm: () => (/* binding */ textOfBytes),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   n8: () => (/* binding */ readSiblingJson)
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
    /**
     * The result with its unknowns (and their count when not all are listed) after those it has
     * already (a package collector's); the result itself when there are none.
     */
    into(result) {
        if (this.count === 0)
            return result;
        const earlier = result.unknowns ?? [];
        if (earlier.length === 0)
            return { ...result, ...this.fields() };
        const unknowns = [...earlier, ...this.all()];
        const count = (result.unknownCount ?? earlier.length) + this.count;
        // One that counts the rest stands for them: the list is shorter than the count then.
        return { ...result, unknowns, ...(count === unknowns.length ? {} : { unknownCount: count }) };
    }
}


/***/ })

};
