export const id = 638;
export const ids = [638,408,940];
export const modules = {

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
