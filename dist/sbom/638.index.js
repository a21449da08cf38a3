export const id = 638;
export const ids = [638,408,940];
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

/***/ 6638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   APPROXIMATE_EDGE_COMMENT: () => (/* binding */ APPROXIMATE_EDGE_COMMENT),
/* harmony export */   APPROXIMATE_EDGE_PROPERTY: () => (/* binding */ APPROXIMATE_EDGE_PROPERTY),
/* harmony export */   INDIRECT_PROPERTY: () => (/* binding */ INDIRECT_PROPERTY),
/* harmony export */   goModParser: () => (/* binding */ goModParser),
/* harmony export */   modulePathProblem: () => (/* binding */ modulePathProblem)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6898);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4045);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(897);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3408);
/* harmony import */ var _suppliers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(148);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1940);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8706);









/** Splits a go.mod line into tokens and its trailing `//` comment; quoted strings may hold spaces or `//`. */
function tokenize(text, path, line) {
    const tokens = [];
    let index = 0;
    while (index < text.length) {
        const char = text[index];
        if (char === ' ' || char === '\t' || char === '\r') {
            index += 1;
        }
        else if (text.startsWith('//', index)) {
            return { tokens, comment: text.slice(index + 2).trim() };
        }
        else if (char === '"' || char === '`') {
            let end = index + 1;
            while (end < text.length && text[end] !== char)
                end += char === '"' && text[end] === '\\' ? 2 : 1;
            if (end >= text.length)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, 'unterminated quoted string', line);
            const quoted = text.slice(index, end + 1);
            tokens.push(char === '`' ? quoted.slice(1, -1) : unquote(quoted, path, line));
            index = end + 1;
        }
        else {
            let end = index;
            while (end < text.length && !' \t\r"`'.includes(text[end] ?? '') && !text.startsWith('//', end))
                end += 1;
            tokens.push(text.slice(index, end));
            index = end;
        }
    }
    return { tokens, comment: '' };
}
/** A double-quoted go.mod string (Go escapes, which JSON's are a subset of for module paths). */
function unquote(quoted, path, line) {
    try {
        const value = JSON.parse(quoted);
        if (typeof value === 'string')
            return value;
    }
    catch {
        // fall through to the error below
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `bad quoted string ${quoted}`, line);
}
/** The directives of a go.mod, with `verb ( ... )` blocks flattened into one directive per line. */
function directivesOf(text, path) {
    const directives = [];
    let block;
    let blockLine = 0;
    const lines = text.split('\n');
    for (const [index, raw] of lines.entries()) {
        const line = index + 1;
        const { tokens, comment } = tokenize(raw, path, line);
        if (tokens.length === 0)
            continue;
        if (block !== undefined) {
            if (tokens.length === 1 && tokens[0] === ')') {
                block = undefined;
                continue;
            }
            directives.push({ verb: block, args: tokens, line, comment });
            continue;
        }
        const [verb, ...args] = tokens;
        if (args.length === 1 && args[0] === '(') {
            block = verb;
            blockLine = line;
            continue;
        }
        directives.push({ verb, args, line, comment });
    }
    if (block !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `the ${block} block opened here is never closed`, blockLine);
    return directives;
}
/** Reads `path [version]` from the front of a directive's arguments. */
function moduleVersion(args, directive, path) {
    const [modulePath, version = ''] = args;
    if (modulePath === undefined || modulePath === '' || args.length > 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `malformed ${directive.verb} directive`, directive.line);
    }
    return { path: modulePath, version };
}
/**
 * Why Go refuses a module path (golang.org/x/mod's module.CheckPath: "malformed module path"), or
 * undefined for one it takes: elements of letters, digits and `-._~`, none empty, all dots, or
 * starting or ending with a dot; a first element with a dot, of lowercase letters, digits, `-` and
 * `.`, not starting with `-`. Hand-written: x/mod is Go, and these rules are all it takes.
 */
function modulePathProblem(modulePath) {
    if (modulePath.startsWith('/'))
        return 'it starts with a slash';
    if (modulePath.startsWith('-'))
        return 'it starts with a dash';
    if (modulePath.endsWith('/'))
        return 'it ends with a slash';
    const elements = modulePath.split('/');
    for (const element of elements) {
        if (element === '')
            return 'it has an empty path element (a double slash)';
        if (/^\.+$/.test(element))
            return `its element ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(element, 80)} is only dots`;
        if (element.startsWith('.') || element.endsWith('.'))
            return `its element ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(element, 80)} starts or ends with a dot`;
        if (!/^[A-Za-z0-9._~-]+$/.test(element))
            return `its element ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(element, 80)} holds a character module paths may not (letters, digits and -._~ only)`;
    }
    const first = elements[0] ?? '';
    if (!first.includes('.'))
        return `its first element ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(first, 80)} has no dot (a module path starts with a domain name)`;
    if (!/^[a-z0-9.-]+$/.test(first))
        return `its first element ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(first, 80)} holds a character other than lowercase letters, digits, - and .`;
    return undefined;
}
/** Throws unless the module path is one Go takes. */
function checkModulePath(module, directive, path) {
    const problem = modulePathProblem(module.path);
    if (problem !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(module.path, 200)} is not a module path go takes (malformed module path: ${problem}); go refuses the go.mod for it`, directive.line);
    return module;
}
/** Throws unless the module's version is a module version (what go.mod allows for modules, not directories). */
function checkVersion(module, directive, path) {
    if (!(0,_module_js__WEBPACK_IMPORTED_MODULE_6__.isModuleVersion)(module.version))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `"${module.version.slice(0, 100)}" is not a module version (vMAJOR.MINOR.PATCH)`, directive.line);
    return module;
}
/** Parses a `replace old [v] => new [v]` directive. */
function replacementOf(directive, path) {
    const arrow = directive.args.indexOf('=>');
    if (arrow === -1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, 'replace directive without =>', directive.line);
    const old = moduleVersion(directive.args.slice(0, arrow), directive, path);
    const target = moduleVersion(directive.args.slice(arrow + 1), directive, path);
    if (!(0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .isLocalReplacement */ .YV)(target.path) && target.version === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `replacement ${target.path} needs a version (or is a directory starting with ./ or ../)`, directive.line);
    }
    if (old.version !== '')
        checkVersion(old, directive, path);
    if (!(0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .isLocalReplacement */ .YV)(target.path))
        checkModulePath(checkVersion(target, directive, path), directive, path);
    return { old, target };
}
/** The `h1:` hashes of module zips in a go.sum, keyed `path version` (the `/go.mod` lines hash only the go.mod file and are skipped). */
function goSumHashes(text) {
    const hashes = new Map();
    for (const line of text.split('\n')) {
        const [modulePath, version, sum] = line.trim().split(/\s+/);
        if (modulePath === undefined || version === undefined || sum === undefined || version.endsWith('/go.mod'))
            continue;
        const hash = (0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .h1Property */ .Bx)(sum);
        if (hash !== undefined)
            hashes.set(`${modulePath} ${version}`, hash);
    }
    return hashes;
}
/**
 * The module versions whose zip a go.sum hashes (what a build downloaded), with their lines; per
 * module path the highest only, since minimal version selection builds one version of each, the
 * highest the graph requires, and only a built version's zip is fetched (lower ones keep a `/go.mod` line).
 */
function goSumZipModules(text) {
    const modules = new Map();
    for (const [index, line] of text.split('\n').entries()) {
        const [modulePath, version, sum] = line.trim().split(/\s+/);
        if (modulePath === undefined || version === undefined || sum === undefined || version.endsWith('/go.mod') || (0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .h1Property */ .Bx)(sum) === undefined)
            continue;
        const known = modules.get(modulePath);
        if (known === undefined || (0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .compareModuleVersions */ .VQ)(version, known.version) > 0)
            modules.set(modulePath, { version, line: index + 1 });
    }
    return modules;
}
/** Whether a go.mod's `go` line (absent: go 1.16, as the go command assumes) is before Go 1.17, whose go.mod lists only part of the build list. */
function beforeGo117(version) {
    const [major, minor] = (version ?? '1.16').split('.').map((part) => Number.parseInt(part, 10));
    return major === 1 && (minor ?? 0) < 17;
}
/** What the comment of a root edge that stands in for the unknown module path to an indirect module says. */
const APPROXIMATE_EDGE_COMMENT = 'approximate: go.mod lists this module as // indirect and no module in this SBOM is known to require it (the go.mod of its requirer is not in the module cache); the root depends on it through some other module';
/** The property every `// indirect` requirement carries (value `true`). */
const INDIRECT_PROPERTY = 'trust-kit:golang:indirect';
/** The property an indirect module whose only edge is the approximation carries (value {@link APPROXIMATE_EDGE_COMMENT}). */
const APPROXIMATE_EDGE_PROPERTY = 'trust-kit:golang:dependency-edge';
/** The property a module providing a `tool` of the main module carries, once per tool package (value: the package path). */
const TOOL_PROPERTY = 'trust-kit:golang:tool';
/** `go 1.22`, `go 1.22.5`, `go 1.21rc1`: the go directive's version. */
const GO_DIRECTIVE_VERSION = /^(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)$/;
/** `toolchain go1.22.5` (maybe with a `-suffix` for a custom build); `default` names no release. */
const TOOLCHAIN_VERSION = /^go(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)(?:[-+][0-9A-Za-z.+-]+)?$/;
/** A module's `require`d module paths, from its own go.mod; undefined when it cannot be parsed (it then gives no edges). */
function requiredPaths(text, label) {
    try {
        return directivesOf(text, label).flatMap((directive) => (directive.verb === 'require' && directive.args[0] !== undefined ? [directive.args[0]] : []));
    }
    catch {
        return undefined;
    }
}
/** The directives of another module's go.mod; undefined when it does not parse (the module is then left out of the workspace). */
function directivesOrNothing(text, label) {
    try {
        return directivesOf(text, label);
    }
    catch {
        return undefined;
    }
}
/**
 * Adds the `replace` lines of go.work or of a workspace module's go.mod (`base`: its directory
 * relative to go.work's, `prefix`: go.work's directory relative to go.mod's). The first of two
 * module go.mod files replacing one module wins: the go command refuses such a workspace.
 */
function addReplacements(into, directives, label, base, prefix) {
    for (const directive of directives) {
        if (directive.verb !== 'replace')
            continue;
        const { old, target } = replacementOf(directive, label);
        let replacement = { target, spelled: target.path };
        if (/^\.{1,2}(?:[/\\]|$)/.test(target.path)) {
            // A directory is relative to the file's: go list -m all prints it relative to go.work's, and its go.mod is read relative to go.mod's.
            const fromWork = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(base, target.path.replaceAll('\\', '/')));
            const fromGoMod = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(`${prefix}${fromWork}`);
            replacement = { target: { path: (0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .isLocalReplacement */ .YV)(fromGoMod) ? fromGoMod : `./${fromGoMod}`, version: '' }, spelled: (0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .isLocalReplacement */ .YV)(fromWork) ? fromWork : `./${fromWork}` };
        }
        const [map, key] = old.version === '' ? [into.wide, old.path] : [into.exact, `${old.path} ${old.version}`];
        if (!map.has(key))
            map.set(key, replacement);
    }
}
/**
 * The go.work that governs this go.mod (the nearest one in its directory or above, inside the
 * cataloged tree, as the go command finds it): the modules it uses, by module path, its `replace`
 * lines, which win over every go.mod's, and those of the other modules it uses, which apply as
 * this go.mod's do. Empty when there is none, or when it does not `use` this module (the go
 * command then refuses to build here, or the module is built alone).
 */
async function workspaceOf(input) {
    const workspace = { modules: new Map(), work: { wide: new Map(), exact: new Map() }, others: { wide: new Map(), exact: new Map() }, required: new Map(), sums: new Map() };
    const folders = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(input.path.replaceAll('\\', '/')).split('/').filter((part) => part !== '' && part !== '.');
    for (let up = 0; up <= folders.length; up += 1) {
        const prefix = '../'.repeat(up);
        const text = await input.readSibling(`${prefix}go.work`);
        if (text === undefined)
            continue;
        const label = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(...folders.slice(0, folders.length - up), 'go.work');
        const directives = directivesOf(text.toString('utf8'), label);
        const uses = directives.flatMap((directive) => {
            if (directive.verb !== 'use')
                return [];
            const [dir] = directive.args;
            if (dir === undefined || directive.args.length !== 1)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(label, 'malformed use directive', directive.line);
            return [{ spelled: dir, fromWork: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(dir.replaceAll('\\', '/')).replace(/\/$/, '') }];
        });
        const here = up === 0 ? '.' : folders.slice(folders.length - up).join('/');
        if (!uses.some((use) => use.fromWork === here))
            return workspace;
        addReplacements(workspace.work, directives, label, '.', prefix);
        const sums = await input.readSibling(`${prefix}go.work.sum`);
        if (sums !== undefined)
            workspace.sums = goSumHashes(sums.toString('utf8'));
        for (const use of uses) {
            if (use.fromWork === here || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(use.fromWork))
                continue;
            const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(`${prefix}${use.fromWork}`);
            const goMod = await input.readSibling(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, 'go.mod'));
            const goModLabel = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(label, '..', use.fromWork, 'go.mod');
            const goModDirectives = goMod === undefined ? undefined : directivesOrNothing(goMod.toString('utf8'), goModLabel);
            const path = goModDirectives?.find((directive) => directive.verb === 'module')?.args[0];
            if (path === undefined || goModDirectives === undefined)
                continue;
            workspace.modules.set(path, { spelled: use.spelled, dir });
            addReplacements(workspace.others, goModDirectives, goModLabel, use.fromWork, prefix);
            for (const directive of goModDirectives) {
                const [required, version] = directive.args;
                if (directive.verb !== 'require' || required === undefined || version === undefined || !(0,_module_js__WEBPACK_IMPORTED_MODULE_6__.isModuleVersion)(version))
                    continue;
                const known = workspace.required.get(required);
                if (known === undefined || (0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .compareModuleVersions */ .VQ)(version, known) > 0)
                    workspace.required.set(required, version);
            }
        }
        return workspace;
    }
    return workspace;
}
/** How many go.mod files are read from the module cache at once. */
const CACHE_READS_AT_ONCE = 16;
/**
 * Go modules from `go.mod`, with the module hashes from the `go.sum` beside it: `replace`
 * directives win (a version-specific one over a module-wide one), `exclude`d versions are dropped,
 * `// indirect` requirements are kept. Directory replacements keep the module path, without
 * version. The Go standard library is `pkg:golang/stdlib` at the `toolchain` (else `go`) version.
 *
 * Edges: the root depends on its direct requirements; each module depends on the modules its own
 * go.mod requires (read from the module cache when one is given, or from a replacement directory
 * inside the project), at the versions this go.mod selects, as `go mod graph` shows them with the
 * build list's versions. An indirect module that no module is known to require gets a root edge
 * marked as an approximation.
 *
 * Tools (`tool` directives, Go 1.24): the module providing each carries a property naming it. One
 * the main module does not import (`// indirect`) is dev, with what only it reaches, when every
 * module's go.mod is known (else a module that ships might require it, and it stays required);
 * the root's edge to it is then `dev-depends-on`.
 */
const goModParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_7__/* .GO_MOD */ .Sw,
    async parse(input) {
        const directives = directivesOf((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .textOf */ .b6)(input), input.path);
        const sum = await input.readSibling('go.sum');
        const hashes = sum === undefined ? new Map() : goSumHashes(sum.toString('utf8'));
        let modulePath;
        let goLine;
        let toolchainLine;
        /** What the build list holds: go.mod's requirements, and before Go 1.17 the modules go.sum adds (`fromSum`: that line of go.sum). */
        const requires = [];
        const tools = [];
        const excluded = new Set();
        const replaceWide = new Map();
        const replaceExact = new Map();
        for (const directive of directives) {
            switch (directive.verb) {
                case 'module':
                    modulePath = moduleVersion(directive.args, directive, input.path).path;
                    break;
                case 'go': {
                    const version = GO_DIRECTIVE_VERSION.exec(directive.args.length === 1 ? (directive.args[0] ?? '') : '')?.[1];
                    if (version === undefined)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(input.path, 'malformed go directive (want go 1.N or go 1.N.P)', directive.line);
                    goLine = { version, line: directive.line, from: 'go directive: the least Go release the module builds with; the release that builds it may be newer' };
                    break;
                }
                case 'toolchain': {
                    const version = TOOLCHAIN_VERSION.exec(directive.args.length === 1 ? (directive.args[0] ?? '') : '')?.[1];
                    if (version !== undefined)
                        toolchainLine = { version, line: directive.line, from: 'toolchain directive: the Go release the module asks to be built with' };
                    else if (directive.args.length !== 1 || directive.args[0] !== 'default')
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(input.path, 'malformed toolchain directive (want toolchain go1.N.P)', directive.line);
                    break;
                }
                case 'require':
                    requires.push({ module: checkModulePath(checkVersion(moduleVersion(directive.args, directive, input.path), directive, input.path), directive, input.path), directive });
                    break;
                case 'exclude': {
                    const module = checkVersion(moduleVersion(directive.args, directive, input.path), directive, input.path);
                    excluded.add(`${module.path} ${module.version}`);
                    break;
                }
                case 'replace': {
                    const { old, target } = replacementOf(directive, input.path);
                    if (old.version === '')
                        replaceWide.set(old.path, target);
                    else
                        replaceExact.set(`${old.path} ${old.version}`, target);
                    break;
                }
                case 'tool':
                    if (directive.args.length !== 1)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(input.path, 'malformed tool directive (want tool <package path>)', directive.line);
                    tools.push(directive);
                    break;
                case 'godebug':
                case 'retract':
                case 'ignore':
                    // Nothing the SBOM lists.
                    break;
                default:
                    // As go itself refuses it: a line left out of its block (a require without `require`) would otherwise vanish.
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(input.path, `unknown directive ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(directive.verb, 80)}, which go refuses too (a line outside its require ( ... ) block?)`, directive.line);
            }
        }
        // Before Go 1.17, go.mod lists the direct requirements only (and those it raises); the rest of
        // the build list is where go.sum hashes a module's zip. Replacement targets are there as what
        // they build for another path, and excluded versions are dropped below as for go.mod's.
        if (sum !== undefined && beforeGo117(goLine?.version)) {
            const listed = new Set([modulePath, ...requires.map(({ module }) => module.path), ...[...replaceWide.values(), ...replaceExact.values()].map((target) => target.path)]);
            for (const [path, { version, line }] of goSumZipModules(sum.toString('utf8'))) {
                if (!listed.has(path))
                    requires.push({ module: { path, version }, directive: { verb: 'require', args: [path, version], line, comment: 'indirect' }, fromSum: true });
            }
        }
        const workspace = await workspaceOf(input);
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .PackageCollector */ .UI(input);
        const root = modulePath === undefined
            ? undefined
            : { purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .purlFor */ .nK)(input.path, undefined, () => (0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .goModulePurl */ .M_)(modulePath ?? '', '')), ecosystem: 'golang', name: modulePath, version: '', hashes: [], locations: [{ path: input.path }], scope: 'required' };
        const rootSupplier = modulePath === undefined ? undefined : (0,_suppliers_js__WEBPACK_IMPORTED_MODULE_5__/* .goModuleSupplier */ .ri)(modulePath);
        if (root !== undefined && rootSupplier !== undefined) {
            root.supplier = rootSupplier.supplier;
            root.properties = [rootSupplier.property];
        }
        /** The modules of the build list: the required path (what other go.mod files name), what is built instead, and the package. */
        const modules = [];
        const sumPath = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(input.path), 'go.sum');
        for (const { module: written, directive, fromSum } of requires) {
            if (excluded.has(`${written.path} ${written.version}`))
                continue;
            // Under a go.work, the build list is the whole workspace's: another module's go.mod may require a higher version.
            const raised = workspace.required.get(written.path);
            const module = raised !== undefined && (0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .compareModuleVersions */ .VQ)(raised, written.version) > 0 ? { path: written.path, version: raised } : written;
            const key = `${module.path} ${module.version}`;
            // A module of the workspace is built from its directory, whatever go.mod requires or replaces;
            // go.work's replace lines win over go.mod's (the go command's modload.replacementFrom).
            const used = workspace.modules.get(module.path);
            const fromWork = used === undefined ? (workspace.work.exact.get(key) ?? workspace.work.wide.get(module.path)) : undefined;
            const own = replaceExact.get(key) ?? replaceWide.get(module.path);
            const fromOther = used === undefined && fromWork === undefined && own === undefined ? (workspace.others.exact.get(key) ?? workspace.others.wide.get(module.path)) : undefined;
            const target = used !== undefined ? { path: used.dir, version: '' } : (fromWork?.target ?? own ?? fromOther?.target);
            const local = target !== undefined && (0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .isLocalReplacement */ .YV)(target.path);
            const built = target === undefined ? module : local ? { path: module.path, version: '' } : target;
            const hash = hashes.get(`${built.path} ${built.version}`) ?? workspace.sums.get(`${built.path} ${built.version}`);
            const indirect = directive.comment === 'indirect' || directive.comment.startsWith('indirect;');
            const properties = [];
            if (hash !== undefined)
                properties.push(hash);
            if (indirect)
                properties.push({ name: INDIRECT_PROPERTY, value: 'true' });
            if (target !== undefined)
                properties.push(...(0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .replacementProperties */ .cS)(module, used?.spelled ?? (local ? (fromWork?.spelled ?? fromOther?.spelled ?? target.path) : undefined)));
            // A directory replacement is built from the project's own tree, not fetched from its path.
            const supplied = local ? undefined : (0,_suppliers_js__WEBPACK_IMPORTED_MODULE_5__/* .goModuleSupplier */ .ri)(built.path);
            if (supplied !== undefined)
                properties.push(supplied.property);
            const purl = collector.add({
                supplier: supplied?.supplier,
                purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .purlFor */ .nK)(input.path, directive.line, () => (0,_module_js__WEBPACK_IMPORTED_MODULE_6__/* .goModulePurl */ .M_)(built.path, built.version)),
                ecosystem: 'golang',
                name: built.path,
                version: built.version,
                scope: 'required',
                line: directive.line,
                ...(fromSum === true ? { path: sumPath } : {}),
                properties,
            });
            modules.push({ required: module.path, built: local && target !== undefined ? target : built, local, indirect, purl });
        }
        const selected = new Map(modules.map((module) => [module.required, module.purl]));
        // The module providing each tool: the longest module path of the build list the package path is in
        // (the main module's own tools aside), found by trimming the package path one element at a time.
        const toolModules = new Map();
        for (const tool of tools) {
            const packagePath = tool.args[0] ?? '';
            let prefix = packagePath;
            let provider;
            while (prefix !== '' && prefix !== modulePath && provider === undefined) {
                provider = selected.get(prefix);
                const slash = prefix.lastIndexOf('/');
                prefix = slash === -1 ? '' : prefix.slice(0, slash);
            }
            if (provider === undefined)
                continue;
            const provided = toolModules.get(provider);
            if (provided === undefined)
                toolModules.set(provider, new Set([packagePath]));
            else
                provided.add(packagePath);
        }
        for (const [purl, packages] of toolModules)
            collector.annotate(purl, [...packages].map((value) => ({ name: TOOL_PROPERTY, value })));
        const required = new Set();
        const graph = new Map();
        let graphKnown = true;
        const readGoMod = (module) => module.local ? input.readSibling(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(module.built.path.replaceAll('\\', '/'), 'go.mod')) : (input.goModuleCache?.goMod(module.built.path, module.built.version) ?? Promise.resolve(undefined));
        for (let start = 0; start < modules.length; start += CACHE_READS_AT_ONCE) {
            const batch = modules.slice(start, start + CACHE_READS_AT_ONCE);
            const texts = await Promise.all(batch.map(readGoMod));
            batch.forEach((module, index) => {
                const text = texts[index];
                const paths = text === undefined ? undefined : requiredPaths(text.toString('utf8'), `go.mod of ${module.built.path}`);
                if (paths === undefined) {
                    graphKnown = false;
                    return;
                }
                for (const path of paths) {
                    const to = selected.get(path);
                    if (to === undefined || to === module.purl)
                        continue;
                    collector.relate(module.purl, to);
                    required.add(to);
                    const edges = graph.get(module.purl);
                    if (edges === undefined)
                        graph.set(module.purl, [{ to, optional: false }]);
                    else
                        edges.push({ to, optional: false });
                }
            });
        }
        // A tool module the main module does not import (`// indirect`, as `go get -tool` writes it) is for
        // its development; so is what only tools reach, when every module's go.mod says what it requires.
        // With any go.mod unknown, a module of what ships might require it: it stays required.
        const devTools = modules.filter((module) => module.indirect && toolModules.has(module.purl)).map((module) => module.purl);
        const devModules = new Set();
        if (graphKnown && devTools.length > 0) {
            const tooling = new Set(devTools);
            const starts = modules.filter((module) => !tooling.has(module.purl) && (!module.indirect || !required.has(module.purl))).map((module) => module.purl);
            for (const [purl, scope] of (0,_scopes_js__WEBPACK_IMPORTED_MODULE_8__/* .scopesByReachability */ .Q)({ required: starts, optional: [], dev: devTools }, graph)) {
                if (scope !== 'dev')
                    continue;
                devModules.add(purl);
                collector.rescope(purl, 'dev');
            }
        }
        if (root !== undefined) {
            for (const module of modules) {
                // A development tool's edge from the root says what it is: no approximation stands in for it.
                if (devModules.has(module.purl) && toolModules.has(module.purl)) {
                    if (input.includeDev)
                        collector.relate(root.purl, module.purl, 'dev-depends-on');
                }
                else if (!module.indirect)
                    collector.relate(root.purl, module.purl);
                else if (!required.has(module.purl)) {
                    collector.relate(root.purl, module.purl, 'depends-on', APPROXIMATE_EDGE_COMMENT);
                    collector.annotate(module.purl, [{ name: APPROXIMATE_EDGE_PROPERTY, value: APPROXIMATE_EDGE_COMMENT }]);
                }
            }
        }
        // The standard library, as syft lists it for Go binaries: the toolchain release when go.mod names one, else the go line's.
        const stdlib = toolchainLine ?? goLine;
        if (stdlib !== undefined) {
            const purl = collector.add({
                purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .purlFor */ .nK)(input.path, stdlib.line, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__.purlOf)('golang', 'stdlib', stdlib.version)),
                ecosystem: 'golang',
                name: 'stdlib',
                version: `go${stdlib.version}`,
                scope: 'required',
                line: stdlib.line,
                properties: [{ name: 'trust-kit:golang:stdlib-version-from', value: stdlib.from }],
            });
            if (root !== undefined)
                collector.relate(root.purl, purl);
        }
        return collector.result(root);
    },
};


/***/ }),

/***/ 1940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VQ: () => (/* binding */ compareModuleVersions),
  escapeForModuleCache: () => (/* binding */ escapeForModuleCache),
  M_: () => (/* binding */ goModulePurl),
  X9: () => (/* binding */ goVersion),
  Bx: () => (/* binding */ h1Property),
  isCacheableModulePath: () => (/* binding */ isCacheableModulePath),
  YV: () => (/* binding */ isLocalReplacement),
  isModuleVersion: () => (/* binding */ isModuleVersion),
  cS: () => (/* binding */ replacementProperties)
});

// UNUSED EXPORTS: H1_PROPERTY, LOCAL_DIRECTORY_PROPERTY, REPLACES_PROPERTY

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
var hashes = __webpack_require__(1573);
// EXTERNAL MODULE: ./lib/sbom/purl.js
var purl = __webpack_require__(3408);
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
