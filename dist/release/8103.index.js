export const id = 8103;
export const ids = [8103];
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

/***/ 39105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   npmPackageLockParser: () => (/* binding */ npmPackageLockParser)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91573);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83096);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60415);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33419);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98706);








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
/**
 * The URL schemes of a download worth recording. Regular expressions the parsers test thousands
 * of times are made once, here and in the modules they share: a literal in a function is a new
 * object at each call.
 */
const DOWNLOAD_URL = /^(https?|git\+https?|git\+ssh|git):\/\//;
/** A download URL worth recording: registry and git URLs, not local paths. */
function downloadOf(resolved) {
    if (resolved === undefined)
        return undefined;
    return DOWNLOAD_URL.test(resolved) ? resolved : undefined;
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
    const rootEntry = packages === undefined ? undefined : (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(packages, '');
    const name = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(manifest ?? {}, 'name') ?? (rootEntry === undefined ? undefined : (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(rootEntry, 'name')) ?? (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(lock, 'name');
    if (name === undefined || !(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackageName */ .kb)(name))
        return undefined;
    const version = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .versionField */ .FA)(manifest ?? {}) ?? (rootEntry === undefined ? undefined : (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .versionField */ .FA)(rootEntry)) ?? (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .versionField */ .FA)(lock) ?? '';
    return { name, version };
}
function rootPackage(root, path, license) {
    const pkg = { purl: (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_7__/* .npmPurl */ .NP)(root.name, root.version), ecosystem: 'npm', name: root.name, version: root.version, hashes: [], locations: [{ path }], scope: 'required' };
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
            set.annotate(purl, [...carriers].map((value) => ({ name: _common_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLED_PROPERTY */ .PH, value })));
    }
}
/** The fields of a lockfile entry that name what it depends on; only a missing plain dependency is unresolved. */
const EDGE_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** lockfileVersion 2 and 3: a flat `packages` map keyed by install path. */
function parsePackages(input, lock, packages, manifest) {
    const set = new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .PackageSet */ .Zm();
    const root = rootOf(lock, manifest, packages);
    const rootEntry = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(packages, '');
    const rootPurl = root === undefined ? undefined : (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_7__/* .npmPurl */ .NP)(root.name, root.version);
    /** install path -> purl of the package installed there (links followed to their target). */
    const purlAt = new Map();
    const links = new Map();
    const members = [];
    // A linked folder without a `name` is known by the name it is linked under (`node_modules/@s/x` -> `src/x`).
    const linkedAs = new Map();
    // Every entry is read once here (a lockfile's entries differ in their fields, so each field read is a slow lookup): links
    // are set aside, everything else is kept with what the later passes ask of it.
    const folders = [];
    // What the lockfile holds but cannot be listed is said, not dropped in silence: the SBOM would call itself complete.
    const unresolved = new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .Unresolved */ .UG(input.path);
    // Indexed loops over the thousands of entries, here and below: an iterator (and a key-value pair) per entry is garbage in code that runs once.
    const paths = Object.keys(packages);
    for (let index = 0; index < paths.length; index++) {
        const path = paths[index];
        const value = packages[path];
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value)) {
            unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(path)}: not an object`);
            continue;
        }
        if (value.link === true) {
            const target = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(value, 'resolved');
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
    for (let index = 0; index < folders.length; index++) {
        const { path, installed } = folders[index];
        if (path !== '' && !installed && !linkedAs.has(path))
            unlinked.add(path);
    }
    const entries = folders.filter((entry) => !entry.extraneous && !insideUnlinked(entry.path, unlinked));
    // npm links a `file:` folder as it links a workspace: the spec that names it tells them apart.
    const localFolders = fileSpecFolders(entries, workspacePatterns(rootEntry));
    const tree = new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .NestedScopes */ .rE(parentOf);
    for (let index = 0; index < entries.length; index++) {
        const entry = entries[index];
        const { path, value, installed } = entry;
        if (path === '')
            continue;
        const name = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(value, 'name') ?? (installed ? undefined : linkedAs.get(path)) ?? nameFromPath(path);
        const version = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .versionField */ .FA)(value) ?? '';
        const resolved = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(value, 'resolved');
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackageName */ .kb)(name)) {
            unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(path)}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(name)} is not an npm package name`);
            continue;
        }
        // npm writes the version of everything it installs; a workspace folder may have none.
        if (installed && version === '')
            unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(path)}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(name)} has no version (the lockfile was cut short or edited): it is listed without one`);
        const purl = set.add({
            name,
            version,
            scope: scopeOf(value),
            hashes: (0,_hashes_js__WEBPACK_IMPORTED_MODULE_3__/* .sriHashes */ .PK)((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(value, 'integrity') ?? ''),
            license: (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .licenseOf */ .L3)(value.license ?? value.licenses),
            downloadLocation: downloadOf(resolved),
            source: installed ? (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceOf */ .vz)(resolved) : localFolders.has(path) ? { kind: 'local', url: `file:${path}` } : undefined,
            properties: (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .platformProperties */ .ni)(value),
            location: { path: input.path, entry: path },
        });
        entry.purl = purl;
        purlAt.set(path, purl);
        if (installed)
            installPath(tree, path, purl);
        // A folder outside node_modules that no `file:` spec names is a workspace member of the root.
        else if (!localFolders.has(path))
            members.push(purl);
    }
    for (const [path, target] of links) {
        const purl = purlAt.get(target);
        if (purl !== undefined)
            installPath(tree, path, purl);
    }
    // A bundled package came in the tarball of the nearest folder above it that is not bundled itself.
    const carriers = new Carriers();
    for (let index = 0; index < entries.length; index++) {
        const { path, value, purl } = entries[index];
        if (value.inBundle !== true || purl === undefined)
            continue;
        let bundler = parentOf(path);
        while (bundler !== undefined && bundler !== '' && (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(packages, bundler).inBundle === true)
            bundler = parentOf(bundler);
        carriers.add(purl, bundler === undefined ? undefined : bundler === '' ? rootPurl : purlAt.get(bundler));
    }
    carriers.annotate(set);
    // What the project's own entry depends on when it names no project (a package.json without a name): the
    // catalog's root depends on these, not on what nothing else depends on, which drops a direct dependency another package needs too.
    const direct = new Set();
    for (let index = 0; index < entries.length; index++) {
        const { path, value, installed, purl } = entries[index];
        const from = path === '' ? rootPurl : purl;
        if (from === undefined && path !== '')
            continue;
        const resolve = tree.resolverAt(path);
        for (let fieldIndex = 0; fieldIndex < EDGE_FIELDS.length; fieldIndex++) {
            const field = EDGE_FIELDS[fieldIndex];
            const wanted = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(value, field);
            for (const name in wanted) {
                const to = resolve(name);
                if (to !== undefined) {
                    if (from !== undefined)
                        set.relate(from, to);
                    else
                        direct.add(to);
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
        for (const name in (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(value, 'devDependencies')) {
            const to = resolve(name);
            if (to !== undefined)
                set.relate(from, to, 'dev-depends-on');
        }
    }
    if (rootPurl !== undefined)
        for (const member of members)
            set.relate(rootPurl, member, 'contains');
    const result = { packages: set.allPackages(unresolved), relationships: set.allRelationships(), ...unresolved.fields() };
    if (root !== undefined)
        result.root = rootPackage(root, input.path, (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .licenseOf */ .L3)(rootEntry.license ?? manifest?.license));
    else if (Object.hasOwn(packages, ''))
        result.direct = [...direct].sort();
    return result;
}
/** The dependency fields whose specs may name a local folder. */
const SPEC_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/**
 * The folders (lockfile paths, outside node_modules) that a `file:` spec of the project, a
 * workspace or another such folder names, each taken from the folder of the package that names it
 * (`file:../x` in `packages/a` is `packages/x`); what is installed from a registry names none
 * (and there are thousands of those). A tarball (`file:x.tgz`) is installed under node_modules,
 * and its own `resolved` says so.
 */
function fileSpecFolders(entries, workspaces) {
    const folders = new Set();
    for (let index = 0; index < entries.length; index++) {
        const { path, value, installed } = entries[index];
        if (installed)
            continue;
        for (let fieldIndex = 0; fieldIndex < SPEC_FIELDS.length; fieldIndex++) {
            const wanted = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(value, SPEC_FIELDS[fieldIndex]);
            for (const name in wanted) {
                const spec = wanted[name];
                if (typeof spec !== 'string' || !spec.startsWith('file:'))
                    continue;
                const folder = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(path, spec.slice('file:'.length))).replace(/\/+$/, '');
                // A folder the root's `workspaces` names is a member, also when a `file:` spec names it too (npm installs it as one);
                // one outside the project (`file:../x`, locked as `../x`) is local, never a member.
                if (folder !== '.' && !workspaces.some((pattern) => pattern.test(folder)))
                    folders.add(folder);
            }
        }
    }
    return folders;
}
/** The most workspace globs read, and the longest, of a lockfile's root entry (real ones: a few dozen short ones). */
const MAX_WORKSPACE_GLOBS = 1000;
const MAX_WORKSPACE_GLOB_LENGTH = 1000;
/**
 * The root's `workspaces` globs (the lockfile's root entry keeps them), as patterns over lockfile
 * paths: `*` and `?` within one folder name, `**` across folders, all else literal. Written here,
 * not with a glob library, since npm's workspace globs are these forms; a pattern with braces,
 * classes or negation matches nothing, and its folders are told apart by their specs as before.
 */
function workspacePatterns(rootEntry) {
    const declared = rootEntry.workspaces;
    const globs = Array.isArray(declared) ? declared : (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(declared) && Array.isArray(declared.packages) ? declared.packages : [];
    const patterns = [];
    for (const glob of globs.slice(0, MAX_WORKSPACE_GLOBS)) {
        if (typeof glob !== 'string' || glob.length > MAX_WORKSPACE_GLOB_LENGTH || /[{}[\]!()+@]/.test(glob))
            continue;
        const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(glob).replace(/^\.\/|\/+$/g, '');
        let source = '';
        for (let at = 0; at < path.length; at++) {
            const character = path[at] ?? '';
            if (path.startsWith('**/', at)) {
                source += '(?:[^/]+/)*';
                at += 2;
            }
            else if (at === path.length - 2 && path.endsWith('**')) {
                source += '.*';
                at += 1;
            }
            else if (character === '*')
                source += '[^/]*';
            else if (character === '?')
                source += '[^/]';
            else
                source += character.replace(/[.^$|\\]/, '\\$&');
        }
        patterns.push(new RegExp(`^${source}$`));
    }
    return patterns;
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
    const source = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceOf */ .vz)(version);
    return source === undefined ? { name, version } : { name, version: '', source };
}
/** lockfileVersion 1: nested `dependencies` maps mirroring node_modules. */
function parseDependencies(input, lock, dependencies, manifest) {
    const set = new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .PackageSet */ .Zm();
    const root = rootOf(lock, manifest, undefined);
    const top = { purl: root === undefined ? '' : (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_7__/* .npmPurl */ .NP)(root.name, root.version), installPath: '', optionalRequires: false, requires: [], children: new Map(), parent: undefined };
    const nodes = [];
    const carriers = new Carriers();
    // What the lockfile holds but cannot be listed is said, not dropped in silence: the SBOM would call itself complete.
    const unresolved = new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .Unresolved */ .UG(input.path);
    const stack = [{ map: dependencies, parent: top, path: '', parentScope: 'required' }];
    while (stack.length > 0) {
        const { map, parent, path, parentScope } = stack.pop();
        for (const [key, value] of Object.entries(map)) {
            const installPath = `${path}${NODE_MODULES}${key}`;
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value)) {
                unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(installPath)}: not an object`);
                continue;
            }
            const version = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .versionField */ .FA)(value);
            const identity = versionOf(key, version ?? '');
            if (identity === undefined || !(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackageName */ .kb)(identity.name)) {
                unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(installPath)}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(version ?? key)} names no npm package`);
                continue;
            }
            if (version === undefined)
                unresolved.note(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(installPath)}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(key)} has no version (the lockfile was cut short or edited): it is listed without one`);
            // A copy nested under a dev (or optional) package is installed only for it.
            const scope = weakerScope(parentScope, scopeOf(value));
            const purl = set.add({
                name: identity.name,
                version: identity.version,
                scope,
                hashes: (0,_hashes_js__WEBPACK_IMPORTED_MODULE_3__/* .sriHashes */ .PK)((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(value, 'integrity') ?? ''),
                downloadLocation: downloadOf((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(value, 'resolved')),
                source: identity.source,
                location: { path: input.path, entry: installPath },
            });
            const node = { purl, installPath, optionalRequires: scope === 'optional', requires: Object.keys((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(value, 'requires')), children: new Map(), parent };
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
            if ((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(nested))
                stack.push({ map: nested, parent: node, path: `${installPath}/`, parentScope: scope });
        }
    }
    carriers.annotate(set);
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
            for (const name of Object.keys((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(manifest, field))) {
                const target = top.children.get(name);
                if (target !== undefined)
                    set.relate(top.purl, target.purl, field === 'devDependencies' ? 'dev-depends-on' : 'depends-on');
            }
        }
    }
    const result = { packages: set.allPackages(unresolved), relationships: set.allRelationships(), ...unresolved.fields() };
    if (root !== undefined)
        result.root = rootPackage(root, input.path, (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .licenseOf */ .L3)(manifest?.license));
    return result;
}
async function readManifest(input) {
    const bytes = await input.readSibling('package.json');
    if (bytes === undefined)
        return undefined;
    try {
        const manifest = JSON.parse(bytes.toString('utf8'));
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(manifest) ? manifest : undefined;
    }
    catch {
        // A broken manifest only costs the root's name; the lockfile still says everything else.
        return undefined;
    }
}
/** npm `package-lock.json` (lockfileVersion 1, 2 and 3) and `npm-shrinkwrap.json`. */
const npmPackageLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_PACKAGE_LOCK */ .fj,
    async parse(input) {
        // The manifest is read while the lockfile is parsed, not after: its reads wait on the thread pool.
        // A lockfile refused first leaves its read unawaited: a failure of it is then nobody's to report.
        const reading = readManifest(input);
        reading.catch(() => undefined);
        const lock = (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonText */ .lk)(input.path, (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .textOfBytes */ .gm)(input.content));
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(lock))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(input.path, 'not an npm lockfile: the top level is not a JSON object', 1);
        const version = lock.lockfileVersion;
        if (version !== undefined && (typeof version !== 'number' || version < 1 || version > 3)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(input.path, `lockfileVersion ${JSON.stringify(version)} is not one trust-kit reads (1, 2 or 3)`);
        }
        const manifest = await reading;
        if ((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(lock.packages))
            return parsePackages(input, lock, lock.packages, manifest);
        if ((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(lock.dependencies))
            return parseDependencies(input, lock, lock.dependencies, manifest);
        if (lock.packages === undefined && lock.dependencies === undefined) {
            const root = rootOf(lock, manifest, undefined);
            const result = { packages: [], relationships: [] };
            if (root !== undefined)
                result.root = rootPackage(root, input.path, (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .licenseOf */ .L3)(manifest?.license));
            return result;
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(input.path, 'not an npm lockfile: "packages" / "dependencies" is not an object');
    },
};


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
