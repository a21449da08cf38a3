export const id = 68;
export const ids = [68];
export const modules = {

/***/ 1068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FULL_YAML_MAX_BYTES: () => (/* binding */ FULL_YAML_MAX_BYTES),
  pnpmLockParser: () => (/* binding */ pnpmLockParser)
});

// EXTERNAL MODULE: ./lib/core/json.js
var json = __webpack_require__(3085);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(9531);
// EXTERNAL MODULE: ./lib/sbom/errors.js
var errors = __webpack_require__(6898);
// EXTERNAL MODULE: ./lib/sbom/hashes.js
var hashes = __webpack_require__(1573);
// EXTERNAL MODULE: ./lib/sbom/npm-purl.js
var npm_purl = __webpack_require__(3096);
;// CONCATENATED MODULE: ./lib/sbom/parsers/javascript/pnpm-yaml.js
/**
 * A fast reader for the YAML subset pnpm writes (block mappings and sequences, one-line flow
 * collections, plain and quoted scalars), about ten times faster than a general YAML parser on
 * big lockfiles. Anything outside the subset makes it give up with {@link OutsideSubset}, and the
 * caller falls back to the full parser, so no input is ever read differently.
 */
/** The text uses YAML this reader does not handle; parse it with a full YAML parser instead. */
class OutsideSubset extends Error {
}
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** A plain scalar resolved as the YAML 1.2 core schema does (what the `yaml` package does by default). */
function plainScalar(text) {
    if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL')
        return null;
    if (text === 'true' || text === 'True' || text === 'TRUE')
        return true;
    if (text === 'false' || text === 'False' || text === 'FALSE')
        return false;
    if (INT.test(text) || FLOAT.test(text)) {
        const number = Number(text);
        if (Number.isSafeInteger(number) || !INT.test(text))
            return number;
    }
    // Octal, hex, infinities, NaN, tags, anchors, aliases, block scalars, comments: leave them to the full parser.
    // `: ` inside or `:` at the end starts a nested mapping, which the yaml package refuses: never read as a string.
    if (/^(?:0o|0x|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$)/.test(text) || /^[&*!|>%@`]/.test(text) || text.includes(' #') || text.includes(': ') || text.endsWith(':'))
        throw new OutsideSubset();
    return text;
}
function singleQuoted(text, start) {
    let value = '';
    let index = start + 1;
    for (;;) {
        const close = text.indexOf("'", index);
        if (close === -1)
            throw new OutsideSubset();
        value += text.slice(index, close);
        if (text[close + 1] === "'") {
            value += "'";
            index = close + 2;
        }
        else {
            return [value, close + 1];
        }
    }
}
function doubleQuoted(text, start) {
    const match = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(start));
    if (match === null)
        throw new OutsideSubset();
    try {
        return [JSON.parse(match[0]), start + match[0].length];
    }
    catch {
        // YAML escapes JSON lacks (\x, \U, \e, ...).
        throw new OutsideSubset();
    }
}
/** One value of a flow collection (`{a: b, c: [d]}`) starting at `index`; returns it and where it ended. */
function flowValue(text, index, inKey) {
    while (text[index] === ' ')
        index++;
    const char = text[index];
    if (char === '{')
        return flowMap(text, index);
    if (char === '[')
        return flowSequence(text, index);
    if (char === "'")
        return singleQuoted(text, index);
    if (char === '"')
        return doubleQuoted(text, index);
    let end = index;
    while (end < text.length) {
        const c = text[end];
        if (c === ',' || c === '}' || c === ']' || c === '{' || c === '[')
            break;
        if (inKey && c === ':' && (text[end + 1] === ' ' || text[end + 1] === ',' || text[end + 1] === '}' || end + 1 === text.length))
            break;
        end++;
    }
    return [plainScalar(text.slice(index, end).trim()), end];
}
function flowMap(text, start) {
    const map = {};
    let index = start + 1;
    for (;;) {
        while (text[index] === ' ')
            index++;
        if (text[index] === '}')
            return [map, index + 1];
        const [key, afterKey] = flowValue(text, index, true);
        if (typeof key !== 'string' && typeof key !== 'number')
            throw new OutsideSubset();
        index = afterKey;
        while (text[index] === ' ')
            index++;
        let value = null;
        if (text[index] === ':')
            [value, index] = flowValue(text, index + 1, false);
        setKey(map, String(key), value);
        while (text[index] === ' ')
            index++;
        if (text[index] === ',')
            index++;
        else if (text[index] !== '}')
            throw new OutsideSubset();
    }
}
function flowSequence(text, start) {
    const list = [];
    let index = start + 1;
    for (;;) {
        while (text[index] === ' ')
            index++;
        if (text[index] === ']')
            return [list, index + 1];
        const [value, after] = flowValue(text, index, false);
        list.push(value);
        index = after;
        while (text[index] === ' ')
            index++;
        if (text[index] === ',')
            index++;
        else if (text[index] !== ']')
            throw new OutsideSubset();
    }
}
/** How deeply brackets nest in a line, quotes ignored (over-counting only sends a line to the full parser). */
function nestingDepth(text) {
    let depth = 0;
    let deepest = 0;
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 123 || code === 91)
            deepest = Math.max(deepest, ++depth);
        else if (code === 125 || code === 93)
            depth--;
    }
    return deepest;
}
/** A block-context value written after `key: ` or `- `: a flow collection, a quoted or a plain scalar. */
function inlineValue(text) {
    const first = text[0];
    // pnpm nests flow collections two deep at most; deeper text is left to the full parser (and the stack stays small).
    if ((first === '{' || first === '[') && nestingDepth(text) > 8)
        throw new OutsideSubset();
    if (first === '{' || first === '[' || first === "'" || first === '"') {
        const [value, end] = first === '{' ? flowMap(text, 0) : first === '[' ? flowSequence(text, 0) : first === "'" ? singleQuoted(text, 0) : doubleQuoted(text, 0);
        if (text.slice(end).trim() !== '')
            throw new OutsideSubset();
        return value;
    }
    return plainScalar(text);
}
function setKey(map, key, value) {
    // A key repeated in one mapping is left to the full parser, which refuses it at its line, as pnpm's reader (js-yaml) does: the last would win here.
    if (key === '__proto__' || Object.hasOwn(map, key))
        throw new OutsideSubset();
    map[key] = value;
}
/** Splits a block mapping line into its key and the text after `:`. */
function blockKey(content) {
    if (content.startsWith("'") || content.startsWith('"')) {
        const [key, end] = content.startsWith("'") ? singleQuoted(content, 0) : doubleQuoted(content, 0);
        if (content[end] !== ':')
            throw new OutsideSubset();
        return [key, content.slice(end + 1).trim()];
    }
    if (/^[?&*!|>%@`{[\-#]/.test(content) && !/^-[^ ]/.test(content))
        throw new OutsideSubset();
    const separator = content.indexOf(': ');
    if (separator !== -1)
        return [content.slice(0, separator), content.slice(separator + 2).trim()];
    if (content.endsWith(':'))
        return [content.slice(0, -1), ''];
    throw new OutsideSubset();
}
/** Parses pnpm-lock.yaml text in the subset pnpm writes, or throws {@link OutsideSubset}. */
function readPnpmYaml(text) {
    if (text.includes('\t') || /^(?:---|\.\.\.|%)/m.test(text))
        throw new OutsideSubset();
    const root = {};
    const stack = [{ indent: 0, container: root }];
    let pending;
    const lines = text.split('\n');
    for (const raw of lines) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        let indent = 0;
        while (line.charCodeAt(indent) === 32)
            indent++;
        if (indent === line.length || line[indent] === '#')
            continue;
        const content = line.slice(indent).trimEnd();
        const isItem = content === '-' || content.startsWith('- ');
        if (pending !== undefined) {
            const opens = indent > pending.indent || (isItem && indent === pending.indent && !Array.isArray(pending.parent));
            const container = opens ? (isItem ? [] : {}) : null;
            if (Array.isArray(pending.parent))
                pending.parent[pending.key] = container;
            else
                setKey(pending.parent, pending.key, container);
            if (container !== null)
                stack.push({ indent, container });
            pending = undefined;
        }
        while (stack.length > 1 && stack[stack.length - 1].indent > indent)
            stack.pop();
        // A compact sequence (`key:` then `- item` at the key's own indent) ends at the next key.
        if (!isItem && stack.length > 1 && Array.isArray(stack[stack.length - 1].container) && stack[stack.length - 1].indent === indent)
            stack.pop();
        const frame = stack[stack.length - 1];
        if (frame.indent !== indent)
            throw new OutsideSubset();
        if (isItem) {
            if (!Array.isArray(frame.container))
                throw new OutsideSubset();
            const rest = content.slice(1).trim();
            if (rest === '') {
                frame.container.push(null);
                pending = { parent: frame.container, key: frame.container.length - 1, indent };
            }
            else {
                // `- key: value` starts a mapping inside the sequence: not something pnpm writes.
                if (/^[^'"{[].*?: /.test(rest) || (rest.endsWith(':') && !rest.startsWith("'") && !rest.startsWith('"')))
                    throw new OutsideSubset();
                frame.container.push(inlineValue(rest));
            }
            continue;
        }
        if (Array.isArray(frame.container))
            throw new OutsideSubset();
        const [key, rest] = blockKey(content);
        if (rest === '')
            pending = { parent: frame.container, key, indent };
        else
            setKey(frame.container, key, inlineValue(rest));
    }
    if (pending !== undefined) {
        if (Array.isArray(pending.parent))
            pending.parent[pending.key] = null;
        else
            setKey(pending.parent, pending.key, null);
    }
    return root;
}

// EXTERNAL MODULE: ./lib/sbom/parsers/javascript/common.js
var common = __webpack_require__(415);
// EXTERNAL MODULE: ./lib/sbom/parsers/lockfile.js
var lockfile = __webpack_require__(4045);
// EXTERNAL MODULE: ./lib/sbom/parsers/text.js
var parsers_text = __webpack_require__(3419);
// EXTERNAL MODULE: ./lib/sbom/parsers/scopes.js
var parsers_scopes = __webpack_require__(897);
// EXTERNAL MODULE: ./lib/sbom/parsers/identities.js
var identities = __webpack_require__(8706);
;// CONCATENATED MODULE: ./lib/sbom/parsers/javascript/pnpm.js











/** Drops pnpm's peer-dependency suffix: `1.0.0(react@18.2.0)` -> `1.0.0`; v5 wrote `1.0.0_react@18.2.0`. */
function withoutPeers(version, major) {
    const paren = version.indexOf('(');
    const plain = paren === -1 ? version : version.slice(0, paren);
    if (major >= 6)
        return plain;
    const underscore = plain.indexOf('_');
    return underscore === -1 ? plain : plain.slice(0, underscore);
}
/** The `name@version` id of a packages/snapshots key in any lockfile version. */
function idOfKey(key, major) {
    let path = key.startsWith('/') ? key.slice(1) : key;
    if (major < 6) {
        // v5: `/name/1.0.0_peers` or `/@scope/name/1.0.0`, sometimes behind a registry host.
        const parts = path.split('/');
        const scoped = parts.length >= 3 && (parts[parts.length - 3] ?? '').startsWith('@');
        const nameParts = scoped ? parts.slice(-3, -1) : parts.slice(-2, -1);
        const version = parts[parts.length - 1] ?? '';
        return nameParts.length === 0 ? undefined : { name: nameParts.join('/'), version: withoutPeers(version, major) };
    }
    path = withoutPeers(path, major);
    const { name, rest } = (0,common/* splitNameAt */.nN)(path);
    return rest === '' ? undefined : { name, version: rest };
}
/** The id of a packages/snapshots entry: pnpm 5 and 6 key a local folder or archive `file:<path>` and name the package in the entry. */
function entryId(key, entry, major) {
    if (major < 9 && key.startsWith('file:')) {
        const name = (0,common/* stringField */.OM)(entry, 'name');
        return name === undefined ? undefined : { name, version: key };
    }
    return idOfKey(key, major);
}
function referenceOf(name, ref, major) {
    if (ref.startsWith('link:'))
        return { kind: 'link', path: ref.slice('link:'.length) };
    if (ref.startsWith('/')) {
        const id = idOfKey(ref, major);
        return { kind: 'id', id: id === undefined ? `${name}@${ref}` : `${id.name}@${id.version}` };
    }
    const plain = withoutPeers(ref, major);
    // v9 aliases and non-registry packages name the package in full: `string-width@4.2.3`.
    if (major >= 9 && /^(@[^/@]+\/)?[^/@:]+@/.test(plain))
        return { kind: 'id', id: plain };
    return { kind: 'id', id: `${name}@${plain}` };
}
/** A folder path joined to a relative one, `/` separators, `..` resolved; undefined when it leaves the lockfile's folder. */
function joinPath(base, relative) {
    const parts = base === '.' || base === '' ? [] : base.split('/');
    for (const part of relative.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.length === 0 ? '.' : parts.join('/');
}
/** The patch file of each patch hash, from `patchedDependencies` (`name@version: { hash, path }`). */
function patchFiles(lock) {
    const files = new Map();
    for (const value of Object.values((0,common/* objectField */.qV)(lock, 'patchedDependencies'))) {
        const hash = (0,common/* isObject */.Gv)(value) ? (0,common/* stringField */.OM)(value, 'hash') : undefined;
        const path = (0,common/* isObject */.Gv)(value) ? (0,common/* stringField */.OM)(value, 'path') : undefined;
        if (hash !== undefined && path !== undefined)
            files.set(hash, path);
    }
    return files;
}
/**
 * The patch pnpm applies to the copy a packages (v6) or snapshots (v9) key names
 * (`is-even@1.0.0(patch_hash=h)`): its file when `patchedDependencies` lists the hash, else the hash.
 */
function patchOf(key, files) {
    const hash = /\(patch_hash=([^()]+)\)/.exec(key)?.[1];
    return hash === undefined ? undefined : (files.get(hash) ?? `patch_hash=${hash}`);
}
/** The patched property of a key whose copy pnpm patches, or none. */
function patchProperties(key, files) {
    const patch = patchOf(key, files);
    return patch === undefined ? undefined : [{ name: common/* PATCHED_PROPERTY */.aq, value: patch }];
}
/**
 * The largest pnpm-lock.yaml read with the full YAML parser, for what the fast reader leaves to it
 * (pnpm writes nothing it leaves: a hand-edited or hostile file). The `yaml` package is linear but
 * costs 2 µs and 120 bytes of memory a character on a pnpm lockfile, and 3 to 9 µs and 400 bytes
 * on shapes pnpm never writes (`? key` pairs, tags): 256 MiB would take 13 to 40 minutes, but the
 * process aborts out of memory long before (4 MB did with a 1 GiB heap: about 12 MiB with Node's
 * default 4 GiB). At this size: at most about 20 s and 850 MB, and each such parse runs to its end
 * before another starts (it never awaits), so lockfiles parsed at once never hold two of them.
 */
const FULL_YAML_MAX_BYTES = 2 * 2 ** 20;
/** A line `---`: a YAML document starts (pnpm 10 writes its environment lockfile first, as a document of its own). */
const DOCUMENT_START = /^---[ ]*\r?$/m;
/** A document of the lockfile that is the project's: the environment lockfile and empty documents are not. */
function isLockDocument(document) {
    return (0,common/* isObject */.Gv)(document) && ('packages' in document || 'importers' in document);
}
/**
 * The lockfile read by the fast reader, one document at a time when it has several: each is in the
 * subset as pnpm writes it, so a big lockfile of two documents never meets the full parser's bound.
 * The last project document is the lockfile, as for the full parser below.
 */
function readFast(text) {
    if (!DOCUMENT_START.test(text))
        return readPnpmYaml(text);
    return text.split(DOCUMENT_START).map(readPnpmYaml).filter(isLockDocument).pop();
}
async function parseDocument(input, text) {
    try {
        const fast = readFast(text);
        if ((0,common/* isObject */.Gv)(fast))
            return fast;
    }
    catch (error) {
        // Outside pnpm's subset (or not YAML at all): the full parser decides, and names the line.
        if (!(error instanceof OutsideSubset) && !(error instanceof RangeError))
            throw error;
    }
    if (input.content.length > FULL_YAML_MAX_BYTES) {
        throw new errors/* SbomParseError */.J(input.path, `uses YAML that pnpm never writes, which only a full YAML parser reads, and at ${(input.content.length / 2 ** 20).toFixed(1)} MiB it is larger than the ${FULL_YAML_MAX_BYTES / 2 ** 20} MiB trust-kit reads so (seconds and hundreds of MB a MiB)`, undefined, {
            hint: 'regenerate it with pnpm (`pnpm install --lockfile-only`), whose lockfiles trust-kit reads at any size; or leave it out with --exclude',
        });
    }
    // Loaded only when needed: the fast reader handles what pnpm writes.
    const { parseAllDocuments, parse: parseYaml, Parser: YamlTokens, YAMLParseError } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    // A stray token (`]` in a flow mapping) fails the document; the full parser would go on to compose it and
    // report every one, each quoting its line (a line of 100,000 made seconds, more than linearly): the first ends it.
    for (const token of new YamlTokens().parse(text)) {
        if (token.type === 'error')
            throw new errors/* SbomParseError */.J(input.path, `not valid YAML: ${token.message}${token.source === '' ? '' : `: ${JSON.stringify(token.source)}`}`, (0,json/* lineAt */.mh)(text, token.offset));
    }
    try {
        // `logLevel: 'error'`: the parser's warnings (an unknown tag) go to process.emitWarning, which prints the
        // lockfile's line on a line of its own to stderr, where the Actions runner would run it as a workflow command.
        // `prettyErrors: false`: the line comes from the error's offset below, without a quote of the line made for each error.
        // Keys unique, as pnpm's reader (js-yaml) takes them: a key repeated in one mapping fails the file.
        const options = { logLevel: 'error', prettyErrors: false };
        // pnpm 9 may put an environment lockfile first, as its own YAML document.
        const value = /^---\s*$/m.test(text)
            ? parseAllDocuments(text, options)
                .map((document) => {
                if (document.errors.length > 0)
                    throw document.errors[0];
                // No alias, as for one document: the default (100) let a lockfile repeat an importer's edges a hundredfold.
                return document.toJS({ maxAliasCount: 0 });
            })
                .filter(isLockDocument)
                .pop()
            : parseYaml(text, { ...options, maxAliasCount: 0 });
        if (!(0,common/* isObject */.Gv)(value))
            throw new errors/* SbomParseError */.J(input.path, 'not a pnpm lockfile: the top level is not a mapping', 1);
        return value;
    }
    catch (error) {
        if (error instanceof errors/* SbomParseError */.J)
            throw error;
        const line = error instanceof YAMLParseError ? (0,json/* lineAt */.mh)(text, error.pos[0]) : undefined;
        throw new errors/* SbomParseError */.J(input.path, `not valid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`, line, { cause: error });
    }
}
const IMPORTER_FIELDS = [
    ['dependencies', 'required'],
    ['optionalDependencies', 'optional'],
    ['devDependencies', 'dev'],
];
async function parsePnpm(input) {
    const lock = await parseDocument(input, (0,parsers_text/* textOfBytes */.gm)(input.content));
    const rawVersion = lock.lockfileVersion;
    const major = typeof rawVersion === 'number' ? Math.floor(rawVersion) : typeof rawVersion === 'string' ? Number.parseInt(rawVersion, 10) : Number.NaN;
    if (!(major >= 5 && major <= 9))
        throw new errors/* SbomParseError */.J(input.path, `lockfileVersion ${JSON.stringify(rawVersion)} is not one trust-kit reads (5.x, 6.0, 9.0)`);
    const set = new common/* PackageSet */.Zm();
    const purlOfId = new Map();
    const packages = (0,common/* objectField */.qV)(lock, 'packages');
    const flagged = major < 9;
    const patches = patchFiles(lock);
    // What the lockfile holds but cannot be listed is said, not dropped in silence: the SBOM would call itself complete.
    const unresolved = new common/* Unresolved */.UG(input.path);
    // An injected workspace dependency (`dependenciesMeta.injected`) is a copy of a member's folder: that member, not a package of its own.
    const importerPaths = new Set((0,common/* isObject */.Gv)(lock.importers) ? Object.keys(lock.importers) : []);
    const injected = [];
    for (const [key, value] of Object.entries(packages)) {
        const entry = (0,common/* isObject */.Gv)(value) ? value : {};
        const id = entryId(key, entry, major);
        if (id === undefined) {
            unresolved.note(`${(0,quote/* quoted */.TL)(key)}: not a package key`);
            continue;
        }
        const name = (0,common/* stringField */.OM)(entry, 'name') ?? id.name;
        if (!(0,common/* isPackageName */.kb)(name)) {
            unresolved.note(`${(0,quote/* quoted */.TL)(key)}: ${(0,quote/* quoted */.TL)(name)} is not an npm package name`);
            continue;
        }
        const resolution = (0,common/* objectField */.qV)(entry, 'resolution');
        // Tarball and git packages are keyed by URL, their manifest version in the entry; pnpm 9 keys a
        // local folder `name@file:dir` and records no version: its own package.json has it.
        const directory = resolution.type === 'directory' ? (0,common/* stringField */.OM)(resolution, 'directory') : undefined;
        if (directory !== undefined && importerPaths.has(directory)) {
            injected.push([`${id.name}@${id.version}`, directory]);
            continue;
        }
        const local = directory === undefined || (0,common/* versionField */.FA)(entry) !== undefined ? undefined : await (0,common/* readPackageJson */.jJ)(input, `${directory}/package.json`);
        const version = /[:/]/.test(id.version) ? ((0,common/* versionField */.FA)(entry) ?? (directory === undefined ? id.version : ((0,common/* versionField */.FA)(local ?? {}) ?? ''))) : id.version;
        const tarball = (0,common/* stringField */.OM)(resolution, 'tarball');
        const scope = entry.dev === true ? 'dev' : entry.optional === true ? 'optional' : 'required';
        const purl = set.add({
            name,
            version,
            scope,
            hashes: (0,hashes/* sriHashes */.PK)((0,common/* stringField */.OM)(resolution, 'integrity') ?? ''),
            downloadLocation: tarball !== undefined && /^https?:\/\//.test(tarball) ? tarball : undefined,
            source: resolution.type === 'git'
                ? (0,common/* sourceOf */.vz)(`git+${(0,common/* stringField */.OM)(resolution, 'repo') ?? ''}#${(0,common/* stringField */.OM)(resolution, 'commit') ?? ''}`)
                : resolution.type === 'directory'
                    ? (0,common/* sourceOf */.vz)(`file:${(0,common/* stringField */.OM)(resolution, 'directory') ?? ''}`)
                    : (0,common/* sourceOf */.vz)(tarball),
            properties: [...(patchProperties(key, patches) ?? []), ...((0,common/* platformProperties */.ni)(entry) ?? [])],
            location: { path: input.path, entry: key },
        });
        purlOfId.set(`${id.name}@${id.version}`, purl);
    }
    // Importers: the root (`.`) and workspace members; lockfile v5 without importers keeps the root's fields at the top.
    const importers = (0,common/* isObject */.Gv)(lock.importers) ? Object.entries(lock.importers).map(([path, value]) => [path, (0,common/* isObject */.Gv)(value) ? value : {}]) : [['.', lock]];
    const rootManifest = await (0,common/* readPackageJson */.jJ)(input, 'package.json');
    const rootName = (0,common/* stringField */.OM)(rootManifest ?? {}, 'name');
    const rootVersion = (0,common/* stringField */.OM)(rootManifest ?? {}, 'version') ?? '';
    const rootPurl = rootName !== undefined && (0,common/* isPackageName */.kb)(rootName) ? (0,npm_purl/* npmPurl */.NP)(rootName, rootVersion) : undefined;
    const importerPurl = new Map([['.', rootPurl]]);
    for (const [path] of importers) {
        if (path === '.')
            continue;
        const manifest = await (0,common/* readPackageJson */.jJ)(input, `${path}/package.json`);
        const name = (0,common/* stringField */.OM)(manifest ?? {}, 'name') ?? path.split('/').pop() ?? path;
        if (!(0,common/* isPackageName */.kb)(name))
            continue;
        const purl = set.add({ name, version: (0,common/* stringField */.OM)(manifest ?? {}, 'version') ?? '', scope: 'required', location: { path: input.path, entry: path } });
        importerPurl.set(path, purl);
        if (rootPurl !== undefined)
            set.relate(rootPurl, purl, 'contains');
    }
    // A `link:` to a folder that is no importer (`"bar": "link:./vendor/bar"`, or through an override) is a local package at
    // its path, at the version its own package.json gives, as yarn's `link:` folders are: pnpm locks nothing else of it.
    const linkedFolders = new Map();
    const linkTarget = (from, path) => joinPath(from, path) ?? `${from === '.' ? '' : `${from}/`}${path}`;
    const linkRefs = [];
    const noteLink = (from, name, ref) => {
        if (typeof ref === 'string' && ref.startsWith('link:'))
            linkRefs.push([from, name, ref]);
    };
    for (const [path, importer] of importers) {
        for (const [field] of IMPORTER_FIELDS)
            for (const [name, value] of Object.entries((0,common/* objectField */.qV)(importer, field)))
                noteLink(path, name, (0,common/* isObject */.Gv)(value) ? value.version : value);
    }
    for (const value of Object.values((0,common/* objectField */.qV)(lock, major >= 9 ? 'snapshots' : 'packages'))) {
        if (!(0,common/* isObject */.Gv)(value))
            continue;
        for (const field of ['dependencies', 'optionalDependencies'])
            for (const [name, ref] of Object.entries((0,common/* objectField */.qV)(value, field)))
                noteLink('.', name, ref);
    }
    for (const [from, name, ref] of linkRefs) {
        const target = linkTarget(from, ref.slice('link:'.length));
        if (importerPurl.has(target) || linkedFolders.has(target))
            continue;
        const manifest = await (0,common/* readPackageJson */.jJ)(input, `${target}/package.json`);
        const folderName = (0,common/* stringField */.OM)(manifest ?? {}, 'name') ?? name;
        if (!(0,common/* isPackageName */.kb)(folderName))
            continue;
        const url = `link:${target.startsWith('.') ? target : `./${target}`}`;
        linkedFolders.set(target, set.add({ name: folderName, version: (0,common/* versionField */.FA)(manifest ?? {}) ?? '', scope: 'required', source: (0,common/* sourceOf */.vz)(url), location: { path: input.path, entry: url } }));
    }
    for (const [id, path] of injected) {
        const member = importerPurl.get(path);
        if (member !== undefined)
            purlOfId.set(id, member);
    }
    const resolve = (from, name, ref) => {
        const reference = referenceOf(name, ref, major);
        if (reference.kind === 'link') {
            const target = linkTarget(from, reference.path);
            return importerPurl.has(target) ? importerPurl.get(target) : linkedFolders.get(target);
        }
        return purlOfId.get(reference.id);
    };
    // An importer's dependency missing from `packages` (a trimmed lockfile) is still installed at the version the lock names.
    const declaredOnly = (name, ref, scope, path) => {
        const reference = referenceOf(name, ref, major);
        if (reference.kind === 'link')
            return undefined;
        const { name: idName, rest: version } = (0,common/* splitNameAt */.nN)(reference.id);
        if (!(0,common/* isPackageName */.kb)(idName) || !/^\d/.test(version))
            return undefined;
        const purl = set.add({ name: idName, version, scope, location: { path: input.path, entry: `importers/${path}` } });
        purlOfId.set(reference.id, purl);
        // Listed, but what the lockfile would say of it is not there: whoever relies on the SBOM being whole must hear so (of what it keeps).
        if (scope !== 'dev' || input.includeDev)
            unresolved.note(`${(0,quote/* quoted */.TL)(`importers/${path}`)} depends on ${(0,quote/* quoted */.TL)(`${idName}@${version}`)}, which "packages" does not list: it is listed at that version without its hashes or what it depends on`);
        return purl;
    };
    const starts = { required: [], optional: [], dev: [] };
    // The project's own dependencies when it names no root (a package.json without a name): the catalog's root depends
    // on these, not on what nothing else depends on, which drops a direct dependency another package needs too.
    const direct = [];
    for (const [path, importer] of importers) {
        const from = importerPurl.get(path);
        for (const [field, kind] of IMPORTER_FIELDS) {
            for (const [name, value] of Object.entries((0,common/* objectField */.qV)(importer, field))) {
                const ref = typeof value === 'string' || typeof value === 'number' ? String(value) : (0,common/* isObject */.Gv)(value) ? (0,common/* versionField */.FA)(value) : undefined;
                const to = ref === undefined ? undefined : (resolve(path, name, ref) ?? declaredOnly(name, ref, kind, path));
                if (to === undefined) {
                    // pnpm writes every importer dependency with the version it installs: one without is a lockfile cut short or edited.
                    if (kind !== 'dev' || input.includeDev)
                        unresolved.note(`${(0,quote/* quoted */.TL)(`importers/${path}`)} depends on ${(0,quote/* quoted */.TL)(name)} at ${ref === undefined ? 'no version' : (0,quote/* quoted */.TL)(ref)}, which the lockfile does not resolve: it is not listed`);
                    continue;
                }
                starts[kind].push(to);
                if (path === '.' && from === undefined && (kind !== 'dev' || input.includeDev))
                    direct.push(to);
                if (from === undefined)
                    continue;
                if (kind !== 'dev')
                    set.relate(from, to);
                else if (input.includeDev)
                    set.relate(from, to, 'dev-depends-on');
            }
        }
    }
    // Edges: v9 keeps them in `snapshots`, earlier versions in `packages`.
    if (major >= 9 && Object.keys(packages).length > 0 && !(0,common/* isObject */.Gv)(lock.snapshots)) {
        unresolved.note('lockfileVersion 9 has "packages" but no "snapshots" section: the dependencies between packages are missing');
    }
    const graph = major >= 9 ? (0,common/* objectField */.qV)(lock, 'snapshots') : packages;
    const edges = new Map();
    for (const [key, value] of Object.entries(graph)) {
        if (!(0,common/* isObject */.Gv)(value))
            continue;
        const id = entryId(key, value, major);
        const from = id === undefined ? undefined : purlOfId.get(`${id.name}@${id.version}`);
        if (from === undefined)
            continue;
        if (major >= 9)
            set.annotate(from, patchProperties(key, patches) ?? []);
        const list = edges.get(from) ?? [];
        edges.set(from, list);
        for (const [field, optional] of [['dependencies', false], ['optionalDependencies', true]]) {
            for (const [name, raw] of Object.entries((0,common/* objectField */.qV)(value, field))) {
                // YAML reads an unquoted `2` or `1.5` as a number; the lockfile meant the version text. Anything else (an empty value) resolves nothing.
                if (typeof raw !== 'string' && typeof raw !== 'number') {
                    if (!optional)
                        unresolved.reference(key, `${name}@${raw === null ? '(no version)' : typeof raw}`);
                    continue;
                }
                const ref = String(raw);
                const to = resolve('.', name, ref);
                if (to === undefined) {
                    // An optional dependency for another platform may be left out of the lockfile.
                    if (!optional)
                        unresolved.reference(key, `${name}@${ref}`);
                    continue;
                }
                list.push({ to, optional });
                set.relate(from, to);
            }
        }
    }
    const all = set.allPackages(unresolved);
    if (!flagged) {
        // pnpm 9 dropped the per-package `dev` flag: work it out from what the importers declare.
        const scopes = (0,parsers_scopes/* scopesByReachability */.Q)(starts, edges);
        const members = new Set(importerPurl.values());
        for (const pkg of all)
            if (!members.has(pkg.purl))
                pkg.scope = scopes.get(pkg.purl) ?? 'required';
    }
    const relationships = set.allRelationships();
    const result = { packages: all, relationships, ...unresolved.fields(), ...(direct.length > 0 ? { direct: (0,lockfile/* withOrphans */.Ke)(direct, all, relationships) } : {}) };
    if (rootPurl !== undefined && rootName !== undefined) {
        const root = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
        const license = (0,common/* licenseOf */.L3)(rootManifest?.license);
        if (license !== undefined)
            root.license = license;
        result.root = root;
    }
    return result;
}
/** pnpm `pnpm-lock.yaml`, lockfile versions 5.x, 6.0 and 9.0. */
const pnpmLockParser = {
    ...identities/* PNPM_LOCK */.al,
    parse: parsePnpm,
};


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


/***/ })

};
