export const id = 8925;
export const ids = [8925];
export const modules = {

/***/ 37405:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ excludePatterns),
/* harmony export */   y: () => (/* binding */ sbomConfig)
/* harmony export */ });
/* harmony import */ var _sbom_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40856);
/* harmony import */ var _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88298);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);



/**
 * The exclude patterns an input gives, after the default ones unless `defaultsInput` is false;
 * a pattern that climbs out of the cataloged directory (a `..` segment) could never match and is
 * reported.
 */
function excludePatterns(reader, input, defaultsInput) {
    const given = reader.list(input);
    for (const pattern of given) {
        if (pattern.split(/[/\\]/).includes('..'))
            reader.report(input, `"${pattern}" leaves the cataloged directory; patterns are relative to it`);
    }
    return [...(reader.boolean(defaultsInput, true) ? _sbom_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_EXCLUDES */ .Wg : []), ...given];
}
/**
 * Validates SBOM inputs (`path`, `format`, `output`, `output-dir`, `include-dev`, `strict`,
 * `artifacts`, `base`, `exclude`, `default-excludes`, `allow-empty`, `organization`), reporting
 * every problem at once.
 */
function sbomConfig(raw, nameOf, defaults) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(raw, nameOf);
    const formats = reader.choices('format', _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMAT_NAMES */ .BU, [defaults.format]);
    const output = reader.string('output');
    const outputDir = reader.string('output-dir', defaults.outputDir);
    if (output !== undefined && formats.length > 1)
        reader.report('output', `names one file, but ${formats.length} formats were asked for; use output-dir instead`);
    if (output !== undefined && raw['output-dir'] !== undefined)
        reader.report('output', 'give either output or output-dir, not both');
    const config = {
        path: reader.string('path', defaults.path) ?? defaults.path,
        formats,
        output,
        outputDir: output === undefined && (outputDir !== undefined || formats.length > 1) ? (outputDir ?? '.') : undefined,
        includeDev: reader.boolean('include-dev', false),
        strict: reader.boolean('strict', false),
        artifacts: reader.list('artifacts'),
        artifactBase: reader.string('base', '.') ?? '.',
        exclude: excludePatterns(reader, 'exclude', 'default-excludes'),
        allowEmpty: reader.boolean('allow-empty', false),
        organization: reader.string('organization'),
    };
    reader.finish();
    return config;
}


/***/ }),

/***/ 91601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   vv: () => (/* binding */ clockFromSourceDateEpoch)
/* harmony export */ });
/* unused harmony export fixedClock */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** The wall clock. */
const systemClock = { now: () => new Date() };
/** A clock frozen at one instant, for tests and for reproducible builds. */
function fixedClock(at) {
    const ms = at.getTime();
    return { now: () => new Date(ms) };
}
/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org) when it is set, the wall clock otherwise.
 */
function clockFromSourceDateEpoch(value, fallback = systemClock) {
    if (value === undefined || value === '')
        return fallback;
    if (!/^\d{1,12}$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_INVALID_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH is "${value.slice(0, 40)}", not a whole number of seconds since 1970-01-01T00:00:00Z`, { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' });
    }
    return fixedClock(new Date(Number(value) * 1000));
}


/***/ }),

/***/ 40856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wg: () => (/* binding */ DEFAULT_EXCLUDES),
  j8: () => (/* binding */ SKIPPED_DIRECTORIES),
  LI: () => (/* binding */ catalogDirectory),
  n6: () => (/* binding */ compareText),
  BE: () => (/* binding */ excludeMatcher),
  wN: () => (/* binding */ findLockfiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/sbom/errors.js
var sbom_errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./lib/sbom/model.js
var model = __webpack_require__(55256);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/sbom/suppliers.js
var suppliers = __webpack_require__(20148);
;// CONCATENATED MODULE: ./lib/sbom/installed.js




/** Limits of one look into installed `node_modules` folders: a hostile or huge tree costs bounded time and memory. */
const INSTALLED_LIMITS = {
    /** Folders looked at (packages, scopes, pnpm store entries, nested `node_modules`) below the `node_modules` of one lockfile (theia installs about 2,500 packages). */
    folders: 200_000,
    /** One package.json (real ones are a few KiB; some carry a README of a few hundred). */
    manifestBytes: 1024 * 1024,
};
/** How many folders are read at once: enough to overlap I/O, few enough never to exhaust file descriptors. */
const CONCURRENCY = 16;
/**
 * A package.json read only when it is a regular file of at most the cap, never through a symbolic
 * link; undefined for anything else (missing, a link, a pipe, too large, unreadable).
 */
async function readManifest(path) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        const info = await handle.stat();
        if (!info.isFile() || info.size > INSTALLED_LIMITS.manifestBytes)
            return undefined;
        // A buffer of the file's size, not of the cap: thousands of manifests of a few KiB each would
        // otherwise zero a MiB apiece (seconds of allocation and GC on an installed tree). Reading
        // stops at that size, so a file that grows while it is read never costs more than the cap.
        const buffer = Buffer.allocUnsafe(info.size);
        let filled = 0;
        for (let read = -1; read !== 0 && filled < buffer.length; filled += read)
            ({ bytesRead: read } = await handle.read(buffer, filled, buffer.length - filled, null));
        return buffer.subarray(0, filled);
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
}
/** Whether a path is a real directory (not a link to one). */
async function isRealDirectory(path) {
    const info = await (0,promises_.lstat)(path).catch(() => undefined);
    return info?.isDirectory() === true;
}
/**
 * The suppliers installed packages declare (their package.json `author`), for the `name@version`
 * keys wanted, from the `node_modules` folders given (relative to `dir`, `/` separators): each
 * package folder, scoped ones (`@s/name`), nested `node_modules` below them, and pnpm's store
 * (`node_modules/.pnpm/<id>/node_modules/<name>`). Symbolic links are never followed (pnpm's and
 * workspaces' links point at folders read anyway or at the project's own), a folder whose
 * package.json names another package or version is not taken for the one wanted, and what cannot
 * be read is left out. When several copies of a package declare an author, the one at the first
 * path in sorted order is taken, so the answer does not depend on the order of reads.
 * Reads at most `limits.folders` folders ({@link INSTALLED_LIMITS} by default).
 */
async function installedSuppliers(dir, nodeModules, wanted, limits = INSTALLED_LIMITS) {
    const found = new Map();
    const folders = [];
    const add = (folder) => {
        if (folders.length < limits.folders)
            folders.push(folder);
    };
    for (const path of nodeModules)
        if (await isRealDirectory((0,external_node_path_.join)(dir, path)))
            add({ path, kind: 'node_modules' });
    const visit = async (folder) => {
        if (folder.kind === 'package') {
            const bytes = await readManifest((0,external_node_path_.join)(dir, folder.path, 'package.json'));
            const manifest = bytes === undefined ? undefined : parseManifest(bytes);
            if (manifest !== undefined) {
                const key = `${manifest.name}@${manifest.version}`;
                const known = found.get(key);
                const declared = wanted.has(key) && (known === undefined || folder.path < known.path) ? (0,suppliers/* npmAuthorSupplier */.rZ)(manifest.author, `${folder.path}/package.json`) : undefined;
                if (declared !== undefined)
                    found.set(key, { path: folder.path, declared });
            }
            add({ path: `${folder.path}/node_modules`, kind: 'node_modules' });
            return;
        }
        let entries;
        try {
            // Read entry by entry: a folder of millions of entries costs no more than the limit.
            entries = await (0,promises_.opendir)((0,external_node_path_.join)(dir, folder.path));
        }
        catch {
            return;
        }
        try {
            for await (const entry of entries) {
                if (folders.length >= limits.folders)
                    break;
                // Links (pnpm's, workspaces', `npm link`) and files are passed over: only real folders are read.
                if (!entry.isDirectory())
                    continue;
                const path = `${folder.path}/${entry.name}`;
                if (folder.kind === 'store') {
                    add({ path: `${path}/node_modules`, kind: 'node_modules' });
                }
                else if (folder.kind === 'node_modules' && entry.name === '.pnpm') {
                    add({ path, kind: 'store' });
                }
                else if (folder.kind === 'node_modules' && entry.name.startsWith('@')) {
                    add({ path, kind: 'scope' });
                }
                else if (!entry.name.startsWith('.')) {
                    // `.bin`, `.cache` and the like are not packages.
                    add({ path, kind: 'package' });
                }
            }
        }
        catch {
            // A folder that vanished or cannot be read further: what was read stands.
        }
    };
    // A work list read a few folders at a time; reads push the folders below them, so workers that
    // ran out while others were still reading are started again until nothing is left.
    let next = 0;
    const worker = async () => {
        while (next < folders.length) {
            const folder = folders[next];
            next++;
            await visit(folder);
        }
    };
    while (next < folders.length)
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return new Map([...found].map(([key, { declared }]) => [key, declared]));
}
/** A package.json's name, version and author, when it has a name and a version. */
function parseManifest(bytes) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
        return undefined;
    const { name, version, author } = manifest;
    return typeof name === 'string' && typeof version === 'string' ? { name, version, author } : undefined;
}

;// CONCATENATED MODULE: ./lib/sbom/parser.js
/** How many leading bytes of a file the catalog hands to `sniff`. */
const SNIFF_BYTES = 64;

// EXTERNAL MODULE: ./lib/sbom/parsers/index.js + 22 modules
var sbom_parsers = __webpack_require__(18228);
// EXTERNAL MODULE: ./lib/sbom/purl.js
var purl = __webpack_require__(73408);
;// CONCATENATED MODULE: ./lib/sbom/catalog.js










/** Folders never searched for lockfiles: installed copies and version control, not the project's own lockfiles. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'vendor', '.git']);
/**
 * What `sbom` leaves out unless told otherwise (`--no-default-excludes`): test suites, their
 * fixtures and examples hold lockfiles of other projects, not dependencies of the product. A
 * pattern without `/` names a file or directory at any depth, as in `.gitignore`.
 */
const DEFAULT_EXCLUDES = ['test', 'tests', '__tests__', 'testdata', 'fixtures', '__fixtures__', 'example', 'examples'];
/** Whether one path segment matches one pattern segment of `*` (any run) and `?` (one character): greedy with one backtrack point, O(length of both). */
function segmentMatches(pattern, name) {
    let p = 0;
    let n = 0;
    let star = -1;
    let resume = 0;
    while (n < name.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
            p++;
            n++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            resume = n;
        }
        else if (star !== -1) {
            p = star + 1;
            n = ++resume;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/** Whether path segments match pattern segments, `**` standing for any number of segments; each pair of positions is tried once. */
function segmentsMatch(pattern, path) {
    const tried = new Set();
    const match = (p, s) => {
        if (p === pattern.length)
            return s === path.length;
        const key = p * (path.length + 1) + s;
        if (tried.has(key))
            return false;
        tried.add(key);
        if (pattern[p] === '**')
            return match(p + 1, s) || (s < path.length && match(p, s + 1));
        return s < path.length && segmentMatches(pattern[p], path[s]) && match(p + 1, s + 1);
    };
    return match(0, 0);
}
/**
 * A matcher for exclude patterns over paths relative to the scanned directory (`/` separators),
 * with `.gitignore`'s shape: a pattern without `/` matches a name at any depth; one with `/` is
 * anchored at the directory (a leading `/` or `./` is dropped); `*` and `?` stay within a path
 * segment, `**` spans segments; a trailing `/` is ignored. A matched directory excludes all below it.
 * No regular expression is built, so a hostile pattern costs time linear in its length per segment.
 */
function excludeMatcher(patterns) {
    const compiled = patterns.map((pattern) => {
        const body = pattern.trim().replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
        const segments = body.split('/').filter((segment, index, all) => !(segment === '**' && all[index - 1] === '**'));
        return body.includes('/') ? segments : ['**', ...segments];
    });
    return (path) => {
        const segments = path.split('/');
        return compiled.some((pattern) => segmentsMatch(pattern, segments));
    };
}
/** Orders strings by UTF-16 code units: stable across machines and locales. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Extensions of files that are never the executables parsers sniff (sources, text, data, media,
 * archives): such files are not even stat'ed, so a large source tree costs no extra system calls.
 */
const NOT_EXECUTABLE_EXTENSIONS = new Set(('js mjs cjs ts mts cts jsx tsx json jsonc json5 md markdown txt rst adoc yml yaml toml ini cfg conf lock xml html htm css scss less ' +
    'go mod sum rs py pyi rb php java kt kts scala groovy gradle c h cc cpp hpp m swift cs fs vb sh bash zsh fish ps1 psm1 bat cmd ' +
    'sql csv tsv svg png jpg jpeg gif ico webp bmp pdf map gz tgz zip tar xz bz2 zst 7z jar whl gem nupkg snap proto graphql vue svelte ' +
    'properties env editorconfig gitignore gitattributes npmignore license log pem crt key sig bundle tmpl tpl')
    .split(' ')
    .map((extension) => `.${extension}`));
/** Extensionless names that are text by convention (lowercase): LICENSE files alone are one per package in a vendored tree. */
const NOT_EXECUTABLE_NAMES = new Set('license licence readme changelog changes history notice authors contributors copying patents version makefile dockerfile containerfile jenkinsfile vagrantfile gemfile rakefile procfile codeowners'.split(' '));
/**
 * Whether a regular file's name leaves it a possible executable: `.exe`, or neither a dotfile, a
 * conventional text name, nor an extension known to be something else.
 */
function mayBeExecutable(name) {
    const extension = (0,external_node_path_.extname)(name).toLowerCase();
    if (extension === '.exe')
        return 'exe';
    if (name.startsWith('.') || NOT_EXECUTABLE_EXTENSIONS.has(extension) || NOT_EXECUTABLE_NAMES.has(name.toLowerCase()))
        return undefined;
    return 'if-executable';
}
/** The first {@link SNIFF_BYTES} bytes of a file (fewer when it is shorter), or undefined when it cannot be read or is not a regular file. */
async function readHead(path) {
    let handle;
    try {
        // Never a pipe or a device put in a file's place since it was listed: one would block the open.
        ({ handle } = await (0,files/* openRegularFile */.qg)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' }));
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
        return buffer.subarray(0, bytesRead);
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
}
/** The parser that recognises a file by its first bytes, if any. */
async function sniffingParser(path, parsers) {
    const head = await readHead(path);
    return head === undefined ? undefined : parsers.find((parser) => parser.sniff?.(head) === true);
}
/** How many files are stat'ed and sniffed at once: enough to overlap I/O, few enough never to exhaust file descriptors. */
const SNIFF_CONCURRENCY = 16;
/** Runs `task` on every item, at most `limit` at a time. */
async function forEachLimited(items, limit, task) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next];
            next += 1;
            await task(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/**
 * The lockfiles under `dir` that some parser reads, sorted by path, skipping {@link SKIPPED_DIRECTORIES}
 * and symbolic links. Files no parser knows by name are sniffed only when they may be executables
 * (an executable bit, or `.exe`), from their first {@link SNIFF_BYTES} bytes.
 */
async function findLockfiles(dir, parsers = sbom_parsers/* PARSERS */.n, exclude = []) {
    const found = [];
    const excluded = exclude.length === 0 ? () => false : excludeMatcher(exclude);
    const sniffers = parsers.filter((parser) => parser.sniff !== undefined);
    const sniff = async ({ path, candidate }) => {
        const absolute = (0,external_node_path_.join)(dir, path);
        if (candidate === 'if-executable') {
            const info = await (0,promises_.stat)(absolute).catch(() => undefined);
            if (info === undefined || !info.isFile() || (info.mode & 0o111) === 0 || info.size < SNIFF_BYTES)
                return;
        }
        const parser = await sniffingParser(absolute, sniffers);
        if (parser !== undefined)
            found.push({ path, parser, sniffed: true });
    };
    const candidates = [];
    const walk = async (relativeDir) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, relativeDir), { withFileTypes: true });
        }
        catch (error) {
            if (relativeDir === '')
                throw directoryError(dir, error);
            return;
        }
        for (const entry of entries) {
            const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
            if (excluded(path))
                continue;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    await walk(path);
            }
            else if (entry.isFile()) {
                const parser = parsers.find((candidate) => candidate.matches(entry.name));
                const candidate = parser === undefined && sniffers.length > 0 ? mayBeExecutable(entry.name) : undefined;
                if (parser !== undefined)
                    found.push({ path, parser, sniffed: false });
                else if (candidate !== undefined)
                    candidates.push({ path, candidate });
            }
        }
    };
    await walk('');
    // Sniffed after the walk, a few at a time: the walk itself never waits on a stat call.
    await forEachLimited(candidates, SNIFF_CONCURRENCY, sniff);
    return found.sort((a, b) => compareText(a.path, b.path));
}
function directoryError(dir, error) {
    const code = (0,errors/* systemErrorCode */.vq)(error);
    return new sbom_errors/* SbomError */.S('SBOM_DIRECTORY_UNREADABLE', `cannot read ${dir}: ${code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'it is not a directory' : (0,errors/* messageOf */.bD)(error)}`, {
        cause: error,
        hint: 'give the project directory to catalog (the one holding package-lock.json, go.mod, Cargo.lock, ...)',
    });
}
/** Reads files next to a lockfile, never outside the scanned directory. */
function siblingReader(dir, lockfile) {
    const base = (0,external_node_path_.resolve)(dir, external_node_path_.posix.dirname(lockfile));
    return async (name) => {
        const path = (0,external_node_path_.resolve)(base, name);
        const inside = (0,external_node_path_.relative)(dir, path);
        if (inside.startsWith('..') || inside.split(external_node_path_.sep).includes('node_modules'))
            return undefined;
        try {
            return await (0,files/* readRegularFile */.XF)(path, { maxBytes: files/* INPUT_LIMITS */.Ef.lockfile, what: 'file' });
        }
        catch {
            return undefined;
        }
    };
}
/** A file opened for range reads, so a parser of executables reads its headers and build info, not the whole file. */
async function openRandomAccess(path) {
    // Never a pipe or a device put in the file's place since it was sniffed.
    const { handle, size } = await (0,files/* openRegularFile */.qg)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' });
    const read = async (offset, length) => {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(length), 0, length, offset);
        return buffer.subarray(0, bytesRead);
    };
    return { file: { size, read }, close: () => handle.close() };
}
async function parseOne(dir, target, includeDev, goModuleCache) {
    const { path, parser, sniffed, artifact } = target;
    const parsed = { path, parser: parser.name, sniffed, artifact };
    const readSibling = artifact ? () => Promise.resolve(undefined) : siblingReader(dir, path);
    const cache = goModuleCache === undefined ? {} : { goModuleCache };
    try {
        if (sniffed) {
            const opened = await openRandomAccess(target.absolute);
            try {
                return { ...parsed, result: await parser.parse({ path, content: Buffer.alloc(0), file: opened.file, readSibling, includeDev, ...cache }) };
            }
            finally {
                await opened.close();
            }
        }
        const content = await (0,files/* readRegularFile */.XF)(target.absolute, { maxBytes: files/* INPUT_LIMITS */.Ef.lockfile, what: 'lockfile', shown: path });
        return { ...parsed, result: await parser.parse({ path, content, readSibling, includeDev, ...cache }) };
    }
    catch (error) {
        if (error instanceof sbom_errors/* SbomParseError */.J) {
            const unknown = { path, reason: reasonOf(error, path) };
            if (error.line !== undefined)
                unknown.line = error.line;
            return { ...parsed, unknown };
        }
        // A parser bug or an unreadable file must not cost the rest of the SBOM; it is recorded like a parse failure.
        return { ...parsed, unknown: { path, reason: `${parser.name} could not read it: ${(0,errors/* messageOf */.bD)(error)}` } };
    }
}
/** The release files a parser recognises by their first bytes, as parse targets named as listed. */
async function artifactTargets(artifacts, parsers) {
    const sniffers = parsers.filter((parser) => parser.sniff !== undefined);
    if (sniffers.length === 0)
        return [];
    const targets = new Map();
    await forEachLimited(artifacts, SNIFF_CONCURRENCY, async ({ name, path }) => {
        const parser = await sniffingParser(path, sniffers);
        if (parser !== undefined)
            targets.set(name, { absolute: path, path: name, parser, sniffed: true, artifact: true });
    });
    return artifacts.flatMap(({ name }) => targets.get(name) ?? []);
}
/** Whether a parse found nothing at all: a sniffed executable that is not what its parser reads (a C binary, say). */
function foundNothing(entry) {
    return entry.unknown === undefined && entry.result?.root === undefined && entry.result?.packages.length === 0;
}
/** The parse error's message without the `path:line: ` prefix the Unknown already carries. */
function reasonOf(error, path) {
    const prefix = `${error.path}${error.line === undefined ? '' : `:${error.line}`}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message.replace(`${path}: `, '');
}
function compareLocations(a, b) {
    return compareText(a.path, b.path) || compareText(a.entry ?? '', b.entry ?? '') || (a.line ?? 0) - (b.line ?? 0);
}
function locationKey(location) {
    return `${location.path}\u0000${location.entry ?? ''}\u0000${location.line ?? ''}`;
}
/** Copies of one package from several lockfiles: one package with every location, the stronger scope, the first hashes and license. */
function merge(into, other) {
    into.locations.push(...other.locations);
    into.scope = (0,model/* strongerScope */.T)(into.scope, other.scope);
    const algorithms = new Set(into.hashes.map((hash) => hash.algorithm));
    for (const hash of other.hashes)
        if (!algorithms.has(hash.algorithm))
            into.hashes.push(hash);
    into.license ??= other.license;
    into.downloadLocation ??= other.downloadLocation;
    into.supplier ??= other.supplier;
    if (other.properties !== undefined)
        into.properties = (0,model/* sortProperties */.O)([...(into.properties ?? []), ...other.properties]);
}
function clonePackage(pkg) {
    const clone = { ...pkg, hashes: [...pkg.hashes], locations: [...pkg.locations] };
    if (pkg.properties !== undefined)
        clone.properties = [...pkg.properties];
    return clone;
}
async function manifestRoot(dir) {
    let manifest;
    try {
        manifest = JSON.parse((await (0,files/* readRegularFile */.XF)((0,external_node_path_.join)(dir, 'package.json'), { maxBytes: files/* INPUT_LIMITS */.Ef.lockfile, what: 'file' })).toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof manifest !== 'object' || manifest === null)
        return undefined;
    const { name, version, license } = manifest;
    if (typeof name !== 'string' || name === '')
        return undefined;
    const versionText = typeof version === 'string' ? version : '';
    const root = { purl: (0,purl/* npmPurl */.N)(name, versionText), ecosystem: 'npm', name, version: versionText, hashes: [], locations: [{ path: 'package.json' }], scope: 'required' };
    if (typeof license === 'string' && license !== '')
        root.license = license;
    return root;
}
/** The root when no manifest names the project: the directory, by name, as a generic package. */
function directoryRoot(dir) {
    const name = (0,external_node_path_.basename)(dir) || 'project';
    return { purl: (0,purl/* purlOf */.V)('generic', name, ''), ecosystem: 'generic', name, version: '', hashes: [], locations: [{ path: '.' }], scope: 'required' };
}
/**
 * Finds every lockfile under a directory, runs its parser, and merges the results into one
 * catalog: one package per purl, the root project as the described package, other projects'
 * roots contained by it, dev dependencies dropped unless asked for, and every file that failed to
 * parse recorded as an Unknown (the rest is still cataloged).
 */
async function catalogDirectory(options) {
    const dir = (0,external_node_path_.resolve)(options.dir);
    const info = await (0,promises_.stat)(dir).catch((error) => {
        throw directoryError(dir, error);
    });
    if (!info.isDirectory())
        throw directoryError(dir, Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }));
    const parsers = options.parsers ?? sbom_parsers/* PARSERS */.n;
    const [lockfiles, artifacts] = await Promise.all([findLockfiles(dir, parsers, options.exclude), artifactTargets(options.artifacts ?? [], parsers)]);
    // A release file inside the scanned tree is read once, as the artifact it is.
    const artifactPaths = new Set((options.artifacts ?? []).map((artifact) => (0,external_node_path_.resolve)(artifact.path)));
    const inTree = lockfiles.map((found) => ({ ...found, absolute: (0,external_node_path_.join)(dir, found.path), artifact: false })).filter((target) => !(target.sniffed && artifactPaths.has(target.absolute)));
    const targets = [...inTree, ...artifacts];
    const parsed = (await Promise.all(targets.map((target) => parseOne(dir, target, options.includeDev, options.goModuleCache)))).filter((entry) => !(entry.sniffed && foundNothing(entry)));
    const topRoots = parsed.filter((entry) => entry.result?.root !== undefined && !entry.path.includes('/') && !entry.sniffed);
    const root = clonePackage(topRoots[0]?.result?.root ?? (await manifestRoot(dir)) ?? directoryRoot(dir));
    root.scope = 'required';
    const packages = new Map();
    const relationships = new RelationshipSet();
    const relate = (relationship) => {
        relationships.add(relationship);
    };
    const add = (pkg) => {
        if (pkg.purl === root.purl) {
            for (const location of pkg.locations)
                root.locations.push(location);
            return;
        }
        const existing = packages.get(pkg.purl);
        if (existing === undefined)
            packages.set(pkg.purl, clonePackage(pkg));
        else
            merge(existing, pkg);
    };
    for (const entry of parsed) {
        const result = entry.result;
        if (result === undefined)
            continue;
        for (const pkg of result.packages)
            add(pkg);
        for (const relationship of result.relationships)
            relate(relationship);
        if (entry.artifact) {
            // A release file's modules are what the root produced, related through the file itself (see `artifacts`), not contained by the root's sources.
            if (result.root !== undefined)
                add(result.root);
            continue;
        }
        // Another project's root (a nested project, or a second ecosystem beside the first) is a part of this one.
        if (result.root !== undefined && result.root.purl !== root.purl) {
            add(result.root);
            relate({ from: root.purl, to: result.root.purl, type: 'contains' });
        }
        else if (result.root === undefined) {
            // Without a root in the lockfile, the members it names are the project's own packages, and
            // what nothing else depends on is what the project itself depends on.
            const members = new Set(result.members);
            for (const member of members)
                relate({ from: root.purl, to: member, type: 'contains' });
            const targets = new Set(result.relationships.map((relationship) => relationship.to));
            for (const pkg of result.packages)
                if (!targets.has(pkg.purl) && !members.has(pkg.purl))
                    relate({ from: root.purl, to: pkg.purl, type: 'depends-on' });
        }
    }
    const kept = new Map();
    for (const [purl, pkg] of packages)
        if (options.includeDev || pkg.scope !== 'dev')
            kept.set(purl, pkg);
    await addInstalledSuppliers(dir, parsed, kept);
    const exists = (purl) => purl === root.purl || kept.has(purl);
    const sortedPackages = sortBy(kept.values(), (pkg) => pkg.purl);
    root.locations = uniqueLocations(root.locations);
    for (const pkg of sortedPackages)
        pkg.locations = uniqueLocations(pkg.locations);
    const sortedRelationships = relationships.sorted((relationship) => exists(relationship.from) && exists(relationship.to));
    const unknowns = parsed.flatMap((entry) => (entry.unknown === undefined ? (entry.result?.unknowns ?? []) : [entry.unknown]));
    const artifactContents = parsed.flatMap((entry) => {
        if (!entry.artifact || entry.result === undefined)
            return [];
        const purls = new Set([...(entry.result.root === undefined ? [] : [entry.result.root.purl]), ...entry.result.packages.map((pkg) => pkg.purl)]);
        return [{ name: entry.path, packages: [...purls].filter((purl) => purl !== root.purl && kept.has(purl)).sort(compareText) }];
    });
    return { root, packages: sortedPackages, relationships: sortedRelationships, unknowns, lockfiles: parsed.map((entry) => summarise(entry, kept, exists)), artifacts: artifactContents };
}
/**
 * Suppliers of npm packages from the `author` their installed copies declare: for each JavaScript
 * lockfile, the `node_modules` folder beside it (and those of its workspace members, for npm) is
 * read, and a registry package without a supplier takes the author of an installed copy with its
 * name and version. Packages from git, tarball URLs or local folders are left alone: a copy of the
 * same name and version is no proof of where theirs came from.
 */
async function addInstalledSuppliers(dir, parsed, kept) {
    for (const entry of parsed) {
        const lockfileDir = external_node_path_.posix.dirname(entry.path);
        const prefix = lockfileDir === '.' ? '' : `${lockfileDir}/`;
        // Nothing installed beside the lockfile (nor, then, in its workspace members): nothing to read.
        if (entry.result?.packages.some((pkg) => pkg.ecosystem === 'npm') !== true || !(await isRealDirectory((0,external_node_path_.join)(dir, `${prefix}node_modules`))))
            continue;
        const byKey = new Map();
        const nodeModules = new Set([`${prefix}node_modules`]);
        for (const { purl } of entry.result.packages) {
            const pkg = kept.get(purl);
            if (pkg === undefined || pkg.ecosystem !== 'npm' || pkg.supplier !== undefined || pkg.version === '' || purl.includes('?'))
                continue;
            const key = `${pkg.name}@${pkg.version}`;
            const same = byKey.get(key);
            if (same === undefined)
                byKey.set(key, [pkg]);
            else
                same.push(pkg);
            for (const location of pkg.locations) {
                // npm installs a workspace member's own copies under the member: `packages/a/node_modules/x`.
                const at = location.path === entry.path && location.entry !== undefined ? location.entry.indexOf('/node_modules/') : -1;
                if (at > 0 && !location.entry?.startsWith('node_modules/'))
                    nodeModules.add(`${prefix}${location.entry?.slice(0, at) ?? ''}/node_modules`);
            }
        }
        if (byKey.size === 0)
            continue;
        const suppliers = await installedSuppliers(dir, [...nodeModules].sort(compareText), new Set(byKey.keys()));
        for (const [key, { supplier, property }] of suppliers) {
            for (const pkg of byKey.get(key) ?? []) {
                pkg.supplier = supplier;
                pkg.properties = (0,model/* sortProperties */.O)([...(pkg.properties ?? []), property]);
            }
        }
    }
}
/**
 * Items sorted by a string key in UTF-16 code unit order (as {@link compareText}), with the
 * engine's native string sort: thousands of packages and edges sort without a comparator call per
 * comparison. Keys join fields with U+0000, which sorts before every other character, so they
 * order like the tuples they encode. Keys must be unique (a purl, an edge): items are looked up by them.
 */
function sortBy(items, keyOf) {
    const byKey = new Map();
    for (const item of items)
        byKey.set(keyOf(item), item);
    return [...byKey.keys()].sort().map((key) => byKey.get(key));
}
function uniqueLocations(locations) {
    if (locations.length === 1)
        return [locations[0]];
    const byKey = new Map();
    for (const location of locations)
        byKey.set(locationKey(location), location);
    return [...byKey.values()].sort(compareLocations);
}
/** Relationships without repeats, keyed by type, then ends (no key strings built: catalogs have tens of thousands). */
class RelationshipSet {
    byType = new Map();
    /** Adds the relationship unless it is a self-edge or already present; says whether it was added. */
    add(relationship) {
        if (relationship.from === relationship.to)
            return false;
        let byFrom = this.byType.get(relationship.type);
        if (byFrom === undefined)
            this.byType.set(relationship.type, (byFrom = new Map()));
        let byTo = byFrom.get(relationship.from);
        if (byTo === undefined)
            byFrom.set(relationship.from, (byTo = new Map()));
        if (byTo.has(relationship.to))
            return false;
        byTo.set(relationship.to, relationship);
        return true;
    }
    /**
     * The relationships `keep` accepts, sorted by type, then `from`, then `to` (UTF-16 code unit
     * order, as {@link compareText}): each level's keys sorted on their own, so no key joining the
     * three is built for each of tens of thousands of edges.
     */
    sorted(keep) {
        const sorted = [];
        for (const type of [...this.byType.keys()].sort()) {
            const byFrom = this.byType.get(type);
            for (const from of [...byFrom.keys()].sort()) {
                const byTo = byFrom.get(from);
                for (const to of [...byTo.keys()].sort()) {
                    const relationship = byTo.get(to);
                    if (keep(relationship))
                        sorted.push(relationship);
                }
            }
        }
        return sorted;
    }
}
/** A lockfile's counts; an edge counts once, when it is no self-edge and the catalog kept both its ends. */
function summarise(entry, kept, exists) {
    let packages = 0;
    let licensed = 0;
    let hashed = 0;
    const counted = new Set();
    for (const { purl } of entry.result?.packages ?? []) {
        const merged = kept.get(purl);
        if (merged === undefined || counted.has(purl))
            continue;
        counted.add(purl);
        packages++;
        if (merged.license !== undefined)
            licensed++;
        if (merged.hashes.length > 0)
            hashed++;
    }
    let edges = 0;
    // Every relationship of a result is in the catalog's set but self-edges, which it refuses.
    const ownEdges = new Map();
    for (const { type, from, to } of entry.result?.relationships ?? []) {
        if (type !== 'depends-on' || from === to || !exists(from) || !exists(to))
            continue;
        let targets = ownEdges.get(from);
        if (targets === undefined)
            ownEdges.set(from, (targets = new Set()));
        if (targets.has(to))
            continue;
        targets.add(to);
        edges++;
    }
    return { path: entry.path, parser: entry.parser, packages, edges, licensed, hashed, unknowns: entry.unknown === undefined ? 0 : 1, unresolved: entry.result?.unknowns?.length ?? 0 };
}


/***/ }),

/***/ 26898:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ SbomParseError),
/* harmony export */   S: () => (/* binding */ SbomError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** A lockfile that cannot be read; the catalog records it as an Unknown with file, line and reason. */
class SbomParseError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    path;
    line;
    constructor(path, reason, line, options) {
        super('SBOM_PARSE_FAILED', `${path}${line === undefined ? '' : `:${line}`}: ${reason}`, {
            hint: 'check that the lockfile is complete and was written by its package manager; regenerate it if not',
            ...options,
        });
        this.name = 'SbomParseError';
        this.path = path;
        this.line = line;
    }
}
/** An SBOM could not be made or would not be valid; the code says which. */
class SbomError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'SbomError';
    }
}


/***/ }),

/***/ 88298:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hR: () => (/* binding */ FORMATS),
  BU: () => (/* binding */ FORMAT_NAMES),
  Eq: () => (/* binding */ encoderFor)
});

// EXTERNAL MODULE: ./lib/sbom/errors.js
var errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(50320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(51248);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(94321);
// EXTERNAL MODULE: ./lib/sbom/licenses.js
var sbom_licenses = __webpack_require__(29305);
// EXTERNAL MODULE: ./lib/sbom/validate.js
var validate = __webpack_require__(20607);
;// CONCATENATED MODULE: ./lib/sbom/formats/encoder.js
/** About how many characters {@link JsonChunks} gathers before handing a chunk out: few writes, little held. */
const CHUNK_CHARACTERS = 256 * 1024;
/**
 * How many list items {@link JsonChunks} stringifies in one `JSON.stringify` call: an array's
 * text is its items' texts joined by commas, so the bytes are the same, and one call per item
 * costs a third more than the stringifying itself on the thousands of small items of a document.
 */
const ITEMS_PER_STRINGIFY = 256;
/**
 * JSON text written a list item at a time: the items are `JSON.stringify`'d a few hundred at a
 * time and joined with commas, which gives the same bytes as stringifying the whole list, and
 * handed out in chunks of about {@link CHUNK_CHARACTERS}: `item` and `text` say when one is ready,
 * `take` hands it out (plain calls, not nested generators: a document has hundreds of thousands
 * of items). An item must not change once given.
 */
class JsonChunks {
    buffer;
    /** Whether the next text the buffer gets is the first item of a list (no comma before it). */
    first = true;
    /** Items given and not yet stringified. */
    pending = [];
    /** `start` is the text before the first list's first item (`{...,"packages":[`). */
    constructor(start) {
        this.buffer = start;
    }
    /** Adds one list item; whether a chunk is ready to take. */
    item(value) {
        this.pending.push(value);
        if (this.pending.length < ITEMS_PER_STRINGIFY)
            return false;
        this.flush();
        return this.buffer.length >= CHUNK_CHARACTERS;
    }
    /** Adds text between lists (`],"relationships":[`), after which the next item is the first of a list; whether a chunk is ready to take. */
    text(text) {
        this.flush();
        this.buffer += text;
        this.first = true;
        return this.buffer.length >= CHUNK_CHARACTERS;
    }
    /** The text gathered so far, as one chunk. */
    take() {
        this.flush();
        const chunk = this.buffer;
        this.buffer = '';
        return chunk;
    }
    flush() {
        if (this.pending.length === 0)
            return;
        const items = JSON.stringify(this.pending);
        // `[a,b]` without its brackets is `a,b`.
        this.buffer += this.first ? items.slice(1, -1) : `,${items.slice(1, -1)}`;
        this.first = false;
        this.pending = [];
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/sbom/formats/identity.js

/** The RFC 4122 URL namespace, under which trust-kit names SBOM documents (UUID version 5). */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
/** A name-based UUID (RFC 4122 version 5, SHA-1): the same name always gives the same UUID. */
function uuidV5(name, namespace = URL_NAMESPACE) {
    const bytes = (0,external_node_crypto_.createHash)('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/**
 * A SHA-256 over everything an SBOM says, in its (sorted) order: the seed of the document's
 * namespace and serial number, so equal content gives an equal identifier and different content a different one.
 */
function contentDigest(sbom) {
    const known = digests.get(sbom);
    if (known !== undefined)
        return known;
    // The bytes of one JSON array of it all, hashed a few thousand items at a time: one call per item
    // costs more than the hashing itself, one string of everything is tens of MiB on big SBOMs.
    const hasher = (0,external_node_crypto_.createHash)('sha256');
    hasher.update(`[${JSON.stringify([sbom.tool, sbom.organization ?? '', sbom.created.toISOString(), sbom.root]).slice(1, -1)}`);
    for (const items of [sbom.packages, sbom.relationships, sbom.files, sbom.unknowns]) {
        hasher.update(',[');
        for (let start = 0; start < items.length; start += DIGEST_BATCH) {
            hasher.update(`${start === 0 ? '' : ','}${JSON.stringify(items.slice(start, start + DIGEST_BATCH)).slice(1, -1)}`);
        }
        hasher.update(']');
    }
    hasher.update(']');
    const digest = hasher.digest('hex');
    digests.set(sbom, digest);
    return digest;
}
/** Items serialised per hash update in {@link contentDigest}. */
const DIGEST_BATCH = 2_000;
/** Digests already computed: one SBOM is usually encoded in several formats. SBOMs are not changed once made. */
const digests = new WeakMap();
/** The document's UUID for one format: derived from the content, so reproducible. */
function documentUuid(sbom, format) {
    return uuidV5(`https://trust-kit.dev/sbom/${format}/${contentDigest(sbom)}`);
}
/** `path:line: reason` for an Unknown. */
function unknownText(unknown) {
    return `${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`;
}
/** The distinct files a package was found in, for `sourceInfo` and properties. */
function sourceFiles(pkg) {
    const files = [];
    // A package is found in few files (often one, at many install paths): a list beats a set here.
    for (const location of pkg.locations)
        if (!files.includes(location.path))
            files.push(location.path);
    return files;
}

;// CONCATENATED MODULE: ./lib/sbom/formats/cyclonedx.js
// Subpath imports: the package root also loads its validators, which locate schema files with
// `__dirname` and so break inside an ESM bundle.








/** The CycloneDX versions trust-kit writes; 1.6 is the default. */
const CYCLONEDX_VERSIONS = (/* unused pure expression or super */ null && (['1.5', '1.6', '1.7']));
const SPECS = { '1.5': spec.Spec1dot5, '1.6': spec.Spec1dot6, '1.7': spec.Spec1dot7 };
const HASH_ALGORITHMS = {
    MD5: enums.HashAlgorithm.MD5,
    SHA1: enums.HashAlgorithm['SHA-1'],
    SHA256: enums.HashAlgorithm['SHA-256'],
    SHA384: enums.HashAlgorithm['SHA-384'],
    SHA512: enums.HashAlgorithm['SHA-512'],
    'BLAKE2b-256': enums.HashAlgorithm['BLAKE2b-256'],
};
/** Lists as given: ours are sorted by byte order already, the library would sort by the locale. */
const NORMALIZE_OPTIONS = { sortLists: false };
const SCOPES = {
    required: enums.ComponentScope.Required,
    optional: enums.ComponentScope.Optional,
    // CycloneDX's `excluded`: not part of what runs; the closest to a development dependency.
    dev: enums.ComponentScope.Excluded,
};
function licensesOf(license) {
    const licenses = new models.LicenseRepository();
    if (license === undefined)
        return licenses;
    const term = (0,sbom_licenses/* licenseTerm */.K)(license);
    if (term.kind === 'text')
        licenses.add(new models.NamedLicense(term.text));
    else if (term.ids.length === 1 && term.ids[0] === term.expression && !term.expression.startsWith('LicenseRef-'))
        licenses.add(new models.SpdxLicense(term.expression));
    else
        licenses.add(new models.LicenseExpression(term.expression));
    return licenses;
}
/**
 * Model parts many components have alike, made once per BOM: a few licenses and source files cover
 * tens of thousands of packages. Nothing changes them once made, so components can share them, and
 * share their normalized JSON too, which the normalizer would make again, the same, for each component.
 */
class SharedParts {
    factory;
    licenses = new Map();
    properties = new Map();
    normalizedLicenses = new Map();
    normalizedProperties = new Map();
    constructor(factory) {
        this.factory = factory;
    }
    licensesOf(license) {
        let licenses = this.licenses.get(license);
        if (licenses === undefined)
            this.licenses.set(license, (licenses = licensesOf(license)));
        return licenses;
    }
    /** The source-file properties, then the package's own: shared when it has none of its own. */
    propertiesOf(pkg) {
        const files = sourceFiles(pkg);
        const make = () => {
            const properties = new models.PropertyRepository(files.map((path) => new models.Property('trust-kit:source-file', path)));
            for (const property of pkg.properties ?? [])
                properties.add(new models.Property(property.name, property.value));
            return properties;
        };
        if (pkg.properties !== undefined && pkg.properties.length > 0)
            return make();
        let properties = this.properties.get(sourceFilesKey(files));
        if (properties === undefined)
            this.properties.set(sourceFilesKey(files), (properties = make()));
        return properties;
    }
    /** A component's `licenses` as the normalizer writes them: undefined when there are none. */
    normalizedLicensesOf(license) {
        if (this.normalizedLicenses.has(license))
            return this.normalizedLicenses.get(license);
        const normalized = this.normalize(this.licensesOf(license));
        this.normalizedLicenses.set(license, normalized);
        return normalized;
    }
    /** A component's `properties` as the normalizer writes them: undefined when there are none. */
    normalizedPropertiesOf(pkg) {
        if (pkg.properties !== undefined && pkg.properties.length > 0)
            return this.normalize(this.propertiesOf(pkg));
        const key = sourceFilesKey(sourceFiles(pkg));
        if (this.normalizedProperties.has(key))
            return this.normalizedProperties.get(key);
        const normalized = this.normalize(this.propertiesOf(pkg));
        this.normalizedProperties.set(key, normalized);
        return normalized;
    }
    normalize(repository) {
        if (repository.size === 0)
            return undefined;
        return repository instanceof models.LicenseRepository
            ? this.factory.makeForLicense().normalizeIterable(repository, NORMALIZE_OPTIONS)
            : this.factory.makeForProperty().normalizeIterable(repository, NORMALIZE_OPTIONS);
    }
}
/** The key of a list of source files: paths hold no U+0000. */
function sourceFilesKey(files) {
    return files.join('\u0000');
}
/** CycloneDX's supplier: an organisational entity, named as the package says, with the person and email as its contact when known. */
function supplierOf(supplier) {
    if (supplier === undefined)
        return undefined;
    const contact = supplier.email === undefined ? [] : [new models.OrganizationalContact({ name: supplier.name, email: supplier.email })];
    return new models.OrganizationalEntity({ name: supplier.name, contact: new models.OrganizationalContactRepository(contact) });
}
/** `Name <email>`, as npm writes an author. */
function authorText(supplier) {
    return supplier.email === undefined ? supplier.name : `${supplier.name} <${supplier.email}>`;
}
/** The hashes of a package as the library's model holds them: one per algorithm, the last given, in the order first given. */
function hashesOf(pkg) {
    const hashes = new models.HashDictionary();
    for (const hash of pkg.hashes)
        hashes.set(HASH_ALGORITHMS[hash.algorithm], hash.hex);
    return hashes;
}
/**
 * A component's model; `whole: false` leaves its hashes, licenses and properties out, for
 * {@link cycloneDxJsonChunks} to put in the normalized component (the library's check of each hash
 * value is most of the normalizer's time; licenses and properties are normalized once per BOM).
 */
function componentOf(pkg, type, shared, whole = true) {
    // npm scopes are CycloneDX groups: `@types/node` is group `@types`, name `node`.
    const slash = pkg.ecosystem === 'npm' && pkg.name.startsWith('@') ? pkg.name.indexOf('/') : -1;
    const hashes = whole ? hashesOf(pkg) : new models.HashDictionary();
    const externalReferences = new models.ExternalReferenceRepository();
    if (pkg.downloadLocation !== undefined)
        externalReferences.add(new models.ExternalReference(pkg.downloadLocation, enums.ExternalReferenceType.Distribution));
    return new models.Component(type, slash > 0 ? pkg.name.slice(slash + 1) : pkg.name, {
        bomRef: pkg.purl,
        group: slash > 0 ? pkg.name.slice(0, slash) : undefined,
        version: pkg.version === '' ? undefined : pkg.version,
        purl: pkg.ecosystem === 'generic' ? undefined : pkg.purl,
        scope: type === enums.ComponentType.Library ? SCOPES[pkg.scope] : undefined,
        hashes,
        licenses: whole ? shared.licensesOf(pkg.license) : new models.LicenseRepository(),
        properties: whole ? shared.propertiesOf(pkg) : new models.PropertyRepository(),
        externalReferences,
        supplier: supplierOf(pkg.supplier),
        // What the package declares as its author is its author too (a string: the field CycloneDX 1.5 to 1.7 all read).
        author: pkg.supplier?.author === true ? authorText(pkg.supplier) : undefined,
    });
}
/**
 * The CycloneDX JSON text of an SBOM in chunks, made with the library's model and normalizer one
 * top-level component at a time: every component has its purl as a unique bom-ref (so the
 * serializer never invents random ones), workspace members nest under the project that contains
 * them, release files are `file` components, and everything is in sorted order. The bytes are
 * those of the library's normalized BOM, stringified whole; only one component tree (and the
 * document's skeleton) is held at a time. Checked as it is made; throws SBOM_INVALID_DOCUMENT
 * before the last chunk when a check failed.
 */
function* cycloneDxJsonChunks(sbom, version) {
    // The library's normalizers, called directly: its serializer would first rename duplicate bom-refs
    // to random ones, hiding the duplicates our check must see. Our lists are already sorted by byte
    // order; the library's sort would use the locale.
    const factory = new index_node.JSON.Normalize.Factory(SPECS[version]);
    const shared = new SharedParts(factory);
    const packages = new Map(sbom.packages.map((pkg) => [pkg.purl, pkg]));
    const exists = (purl) => purl === sbom.root.purl || packages.has(purl);
    // Containment is nesting: a workspace member under its project, a nested project's members under
    // it. Nesting is a tree, so a package goes under its first container only, and never under itself;
    // every other edge between components is a dependency, in the SBOM's order.
    const containers = new Map();
    const nested = new Map();
    const dependencies = new Map();
    const within = (purl, ancestor) => {
        for (let at = purl; at !== undefined; at = containers.get(at))
            if (at === ancestor)
                return true;
        return false;
    };
    for (const { from, to, type } of sbom.relationships) {
        if (!exists(from) || !exists(to))
            continue;
        if (type === 'contains' && to !== sbom.root.purl && !containers.has(to) && !within(from, to)) {
            containers.set(to, from);
            nested.set(from, [...(nested.get(from) ?? []), to]);
        }
        else {
            let targets = dependencies.get(from);
            if (targets === undefined)
                dependencies.set(from, (targets = new Set()));
            targets.add(to);
        }
    }
    // A release file built from packages (a Go binary's modules): a dependency edge, since a module shared by several binaries can nest under only one.
    for (const file of sbom.files)
        dependencies.set(`file:${file.name}`, new Set((file.contains ?? []).filter(exists)));
    /** A component with the components nested in it, made when it is written. */
    const componentTree = (pkg, type, whole = true) => {
        const component = componentOf(pkg, type, shared, whole);
        for (const purl of nested.get(pkg.purl) ?? [])
            component.components.add(componentTree(packages.get(purl), enums.ComponentType.Library, whole));
        return component;
    };
    /**
     * Puts the hashes, licenses and properties of a package and of those nested in it into its
     * normalized component, as the library writes them: the normalizer leaves each key undefined in
     * its place, so assigning it keeps the key order. Hash values are checked with the rest of the document.
     */
    const addParts = (normalized, pkg) => {
        if (pkg.hashes.length > 0)
            normalized.hashes = Array.from(hashesOf(pkg), ([alg, content]) => ({ alg, content }));
        normalized.licenses = shared.normalizedLicensesOf(pkg.license);
        if (componentProperties)
            normalized.properties = shared.normalizedPropertiesOf(pkg);
        (nested.get(pkg.purl) ?? []).forEach((purl, index) => {
            const child = normalized.components?.[index];
            if (child !== undefined)
                addParts(child, packages.get(purl));
        });
    };
    /** The bom-refs of a component tree, depth first, as the library's dependency graph lists them. */
    const addRefs = (purl, into) => {
        into.push(purl);
        for (const child of nested.get(purl) ?? [])
            addRefs(child, into);
        return into;
    };
    const root = componentTree(sbom.root, enums.ComponentType.Application);
    // The organisation that makes the SBOM supplies the project it describes; dependencies' suppliers are what their lockfiles say, else unknown.
    if (sbom.organization !== undefined)
        root.supplier = new models.OrganizationalEntity({ name: sbom.organization });
    const tool = new models.Component(enums.ComponentType.Application, 'trust-kit', { version: sbom.tool.replace(/^trust-kit-/, '') });
    const metadata = new models.Metadata({
        timestamp: sbom.created,
        // From lockfiles alone the SBOM is made before the build; with the release files, as part of it.
        lifecycles: new models.LifecycleRepository([sbom.files.length > 0 ? enums.LifecyclePhase.Build : enums.LifecyclePhase.PreBuild]),
        component: root,
        tools: new models.Tools({ components: new models.ComponentRepository([tool]) }),
        authors: new models.OrganizationalContactRepository(sbom.organization === undefined ? [] : [new models.OrganizationalContact({ name: sbom.organization })]),
        properties: new models.PropertyRepository(sbom.unknowns.map((unknown) => new models.Property('trust-kit:unknown', unknownText(unknown)))),
    });
    const bom = new models.Bom({ metadata, serialNumber: `urn:uuid:${documentUuid(sbom, `cyclonedx-json@${version}`)}` });
    // Whether this version writes a component's properties (the normalizer asks the spec per component model).
    const componentProperties = SPECS[version].supportsProperties(root);
    // The BOM without components gives the skeleton.
    const skeleton = factory.makeForBom().normalize(bom, NORMALIZE_OPTIONS);
    const check = new validate/* CycloneDxCheck */.O5(skeleton);
    const normalizer = factory.makeForComponent();
    const topLevel = sbom.packages.filter((pkg) => !containers.has(pkg.purl));
    const chunks = new JsonChunks('{');
    let separator = '';
    for (const [key, value] of Object.entries(skeleton)) {
        if (value === undefined)
            continue;
        if (chunks.text(`${separator}${JSON.stringify(key)}:`))
            yield chunks.take();
        separator = ',';
        if (key === 'components') {
            if (chunks.text('['))
                yield chunks.take();
            for (const pkg of topLevel) {
                const normalized = normalizer.normalize(componentTree(pkg, enums.ComponentType.Library, false), NORMALIZE_OPTIONS);
                // The library leaves out a component of a type the spec version lacks; ours are library, application and file.
                if (normalized === undefined)
                    continue;
                addParts(normalized, pkg);
                check.component(normalized);
                if (chunks.item(normalized))
                    yield chunks.take();
            }
            for (const file of sbom.files) {
                const normalized = normalizer.normalize(fileComponent(file), NORMALIZE_OPTIONS);
                if (normalized === undefined)
                    continue;
                check.component(normalized);
                if (chunks.item(normalized))
                    yield chunks.take();
            }
            if (chunks.text(']'))
                yield chunks.take();
        }
        else if (key === 'dependencies') {
            if (chunks.text('['))
                yield chunks.take();
            const refs = addRefs(sbom.root.purl, []);
            for (const pkg of topLevel)
                addRefs(pkg.purl, refs);
            for (const file of sbom.files)
                refs.push(`file:${file.name}`);
            for (const ref of refs) {
                const dependsOn = [...(dependencies.get(ref) ?? [])].filter((to) => to !== ref);
                const entry = { ref, dependsOn: dependsOn.length > 0 ? dependsOn : undefined };
                check.dependency(entry);
                if (chunks.item(entry))
                    yield chunks.take();
            }
            if (chunks.text(']'))
                yield chunks.take();
        }
        else {
            if (chunks.text(JSON.stringify(value)))
                yield chunks.take();
        }
    }
    (0,validate/* throwIfProblems */.W8)('CycloneDX', check.problems());
    chunks.text('}\n');
    yield chunks.take();
}
/** A release file as a `file` component, with its hashes. */
function fileComponent(file) {
    const hashes = new models.HashDictionary();
    if (file.digest.sha256 !== undefined)
        hashes.set(enums.HashAlgorithm['SHA-256'], file.digest.sha256);
    if (file.digest.sha512 !== undefined)
        hashes.set(enums.HashAlgorithm['SHA-512'], file.digest.sha512);
    return new models.Component(enums.ComponentType.File, file.name, { bomRef: `file:${file.name}`, hashes });
}
/** The CycloneDX JSON text of an SBOM, whole (see {@link cycloneDxJsonChunks}). */
function toCycloneDxJson(sbom, version) {
    return [...cycloneDxJsonChunks(sbom, version)].join('');
}
/** A CycloneDX JSON encoder for one spec version. */
function cycloneDxEncoder(version, name, fileName) {
    return {
        name,
        extension: '.cdx.json',
        fileName,
        mediaType: `application/vnd.cyclonedx+json; version=${version}`,
        encode: (sbom) => toCycloneDxJson(sbom, version),
        chunks: (sbom) => cycloneDxJsonChunks(sbom, version),
    };
}

;// CONCATENATED MODULE: ./lib/sbom/formats/spdx.js





const NOASSERTION = 'NOASSERTION';
function shortHash(text) {
    return (0,external_node_crypto_.hash)('sha256', text, 'hex').slice(0, 12);
}
/** Characters SPDX allows in an SPDXID (`[A-Za-z0-9.-]`), the rest replaced by `-`. */
function idSafe(text) {
    return text.replace(/[^A-Za-z0-9.-]/g, '-').replace(/^-+/, '').slice(0, 60);
}
/** The SPDXID of a package: readable, and unique because it carries a hash of the purl. */
function spdxPackageId(pkg) {
    return `SPDXRef-Package-${pkg.ecosystem}-${idSafe(pkg.name)}-${shortHash(pkg.purl)}`;
}
function spdxArtifactId(name) {
    return `SPDXRef-Artifact-${idSafe(name.split('/').pop() ?? name)}-${shortHash(`file:${name}`)}`;
}
/** Names of archives and package files (`.tar.gz`, `.zip`, `.deb`, `.whl`, ...): a release artifact that holds other files. */
const ARCHIVE_NAME = /\.(?:tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|zip|7z|rar|jar|war|ear|whl|egg|gem|nupkg|crate|deb|rpm|apk|dmg|pkg|msi)$/i;
/** What a release artifact is, in SPDX's words: an archive, a program (built from packages, or an executable by its name), or a plain file. */
function artifactPurpose(file) {
    if (ARCHIVE_NAME.test(file.name))
        return 'ARCHIVE';
    if ((file.contains?.length ?? 0) > 0 || /\.(?:exe|appimage)$/i.test(file.name))
        return 'APPLICATION';
    return 'FILE';
}
/** An SPDX agent: `Person: Name (email)` or `Organization: Name`. */
function supplierText(supplier) {
    return `${supplier.type}: ${supplier.name}${supplier.email === undefined ? '' : ` (${supplier.email})`}`;
}
/** `2024-01-02T03:04:05Z`: SPDX's timestamp form (no fractions). */
function spdxTimestamp(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
/**
 * A package's download location as SPDX writes it. A git source (`git+URL#commit`, as npm and our
 * parsers record it) takes SPDX's VCS form `git+URL@commit`, since SPDX reads `#` as a sub-path.
 * SPDX wants a URI; anything else a lockfile calls a source (a path, a registry name) is NOASSERTION.
 */
function spdxDownloadLocation(location) {
    if (location === undefined || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(location))
        return NOASSERTION;
    return /^git(?:\+[a-z]+)?:\/\//i.test(location) ? location.replace(/#([^#/]+)$/, '@$1') : location;
}
/** DEV_DEPENDENCY_OF / OPTIONAL_DEPENDENCY_OF where the edge itself makes the dependency dev or optional. */
function dependencyKind(from, to) {
    if (to === 'dev' && from !== 'dev')
        return 'DEV_DEPENDENCY_OF';
    if (to === 'optional' && from === 'required')
        return 'OPTIONAL_DEPENDENCY_OF';
    return undefined;
}
/**
 * An SBOM's SPDX 2.3 document, made one part at a time in the order it is written: the head, each
 * package (the root first, the release artifacts last), each relationship, and last the extracted
 * licenses the packages named. Nothing holds the whole document, so a writer can stream it.
 */
class SpdxParts {
    sbom;
    head;
    root;
    /**
     * Release artifacts are packages, not SPDX files: a file must carry a SHA-1, which would cost a
     * second digest of every artifact; a package needs none, and its checksums are the release's.
     */
    artifacts;
    extracted = new Map();
    /** Each package's SPDXID and scope (the root's is required), by purl: one lookup per relationship end. */
    elements = new Map();
    annotationDate;
    annotator;
    constructor(sbom) {
        this.sbom = sbom;
        this.annotationDate = spdxTimestamp(sbom.created);
        this.annotator = `Tool: ${sbom.tool}`;
        this.elements.set(sbom.root.purl, { id: spdxPackageId(sbom.root), scope: 'required' });
        for (const pkg of sbom.packages)
            this.elements.set(pkg.purl, { id: spdxPackageId(pkg), scope: pkg.scope });
        const root = this.packageOf(sbom.root, sbom.files.length > 0 || sbom.root.ecosystem !== 'generic' ? 'APPLICATION' : 'SOURCE');
        // The organisation that makes the SBOM supplies the project it describes; dependencies' suppliers are what their lockfiles say, else NOASSERTION.
        if (sbom.organization !== undefined)
            root.supplier = `Organization: ${sbom.organization}`;
        this.root = root;
        this.artifacts = sbom.files.map((file) => {
            const checksums = [];
            if (file.digest.sha256 !== undefined)
                checksums.push({ algorithm: 'SHA256', checksumValue: file.digest.sha256 });
            if (file.digest.sha512 !== undefined)
                checksums.push({ algorithm: 'SHA512', checksumValue: file.digest.sha512 });
            return {
                SPDXID: spdxArtifactId(file.name),
                name: file.name,
                // Built from the root at its version: the release's version.
                versionInfo: root.versionInfo,
                packageFileName: file.name,
                supplier: root.supplier,
                downloadLocation: NOASSERTION,
                filesAnalyzed: false,
                checksums,
                licenseConcluded: NOASSERTION,
                licenseDeclared: NOASSERTION,
                copyrightText: NOASSERTION,
                primaryPackagePurpose: artifactPurpose(file),
            };
        });
        const creators = [...(sbom.organization === undefined ? [] : [`Organization: ${sbom.organization}`]), `Tool: ${sbom.tool}`];
        const creationInfo = { created: spdxTimestamp(sbom.created), creators };
        if (sbom.unknowns.length > 0)
            creationInfo.comment = `This SBOM is incomplete; what trust-kit could not catalog: ${sbom.unknowns.map(unknownText).join('; ')}`;
        const name = sbom.root.version === '' ? sbom.root.name : `${sbom.root.name}@${sbom.root.version}`;
        this.head = {
            spdxVersion: 'SPDX-2.3',
            dataLicense: 'CC0-1.0',
            SPDXID: 'SPDXRef-DOCUMENT',
            name,
            documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(idSafe(name))}-${documentUuid(sbom, 'spdx-json')}`,
            creationInfo,
        };
    }
    /** A license as SPDX declares it; free text and LicenseRefs the package names are recorded as extracted licenses. */
    declared(license) {
        if (license === undefined)
            return NOASSERTION;
        const term = (0,sbom_licenses/* licenseTerm */.K)(license);
        // A reference into another SPDX document would need that document declared; it is kept as the text it is.
        if (term.kind === 'expression' && !term.expression.includes('DocumentRef-')) {
            // A LicenseRef the package itself names must be declared too; the lockfile has its name, not its text.
            for (const id of term.ids) {
                if (id.startsWith('LicenseRef-') && !this.extracted.has(id)) {
                    this.extracted.set(id, { name: id.slice('LicenseRef-'.length), text: `${id}: the package names this license; its text is not in the lockfile or manifest` });
                }
            }
            return term.expression;
        }
        // Free text is kept verbatim, as SPDX says: an extracted license with its own LicenseRef.
        const text = term.kind === 'text' ? term.text : term.expression;
        const id = `LicenseRef-${idSafe(text)}-${shortHash(text).slice(0, 8)}`;
        this.extracted.set(id, { name: text, text });
        return id;
    }
    packageOf(pkg, purpose) {
        const files = sourceFiles(pkg);
        const { annotationDate, annotator } = this;
        // One literal in the order SPDX tools print fields; absent ones are undefined, which JSON leaves
        // out (spreading optional fields costs more than the rest on thousands of packages).
        return {
            SPDXID: this.elements.get(pkg.purl)?.id ?? spdxPackageId(pkg),
            name: pkg.name,
            versionInfo: pkg.version === '' ? undefined : pkg.version,
            supplier: pkg.supplier === undefined ? NOASSERTION : supplierText(pkg.supplier),
            // A supplier the package declares as its author is also where it originally came from; one
            // derived from where it is fetched (a Go module path, a git host) says nothing of its origin.
            originator: pkg.supplier?.author === true ? supplierText(pkg.supplier) : undefined,
            downloadLocation: spdxDownloadLocation(pkg.downloadLocation),
            filesAnalyzed: false,
            checksums: pkg.hashes.length === 0 ? undefined : pkg.hashes.map((digest) => ({ algorithm: digest.algorithm, checksumValue: digest.hex })),
            licenseConcluded: NOASSERTION,
            licenseDeclared: this.declared(pkg.license),
            copyrightText: NOASSERTION,
            sourceInfo: files.length === 0 ? undefined : `found in ${files.join(', ')}`,
            // A directory-named root has no package-manager identity worth advertising.
            externalRefs: pkg.ecosystem === 'generic' ? undefined : [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl }],
            primaryPackagePurpose: purpose,
            annotations: pkg.properties?.map((property) => ({ annotationDate, annotationType: 'OTHER', annotator, comment: `${property.name}: ${property.value}` })),
        };
    }
    /** The root, every package in the SBOM's order, then the release artifacts. */
    *packages() {
        yield this.root;
        for (const pkg of this.sbom.packages)
            yield this.packageOf(pkg, 'LIBRARY');
        yield* this.artifacts;
    }
    /** DESCRIBES, the SBOM's relationships, then what release artifacts the root generates and what they contain. */
    *relationships() {
        const { sbom, elements } = this;
        const rootId = elements.get(sbom.root.purl)?.id;
        // The document describes the project and, for a release, what it published: checkers that walk
        // from the described elements (ntia-conformance-checker) do not follow GENERATES.
        yield { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId };
        for (const artifact of this.artifacts)
            yield { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: artifact.SPDXID };
        for (const relationship of sbom.relationships) {
            const fromElement = elements.get(relationship.from);
            const toElement = elements.get(relationship.to);
            if (fromElement === undefined || toElement === undefined)
                continue;
            const from = fromElement.id;
            const to = toElement.id;
            if (relationship.type === 'contains') {
                yield { spdxElementId: from, relationshipType: 'CONTAINS', relatedSpdxElement: to };
                continue;
            }
            // Where a dependency turns dev or optional (included on request), SPDX can say so, from the dependency's side;
            // a project's own devDependency is a dev edge even to a package that ships through another path.
            const kind = relationship.type === 'dev-depends-on' ? 'DEV_DEPENDENCY_OF' : dependencyKind(fromElement.scope, toElement.scope);
            const written = kind === undefined ? { spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to } : { spdxElementId: to, relationshipType: kind, relatedSpdxElement: from };
            if (relationship.comment !== undefined)
                written.comment = relationship.comment;
            yield written;
        }
        for (const artifact of this.artifacts)
            yield { spdxElementId: rootId, relationshipType: 'GENERATES', relatedSpdxElement: artifact.SPDXID };
        // A release file built from packages (a Go binary's statically linked modules) contains them.
        for (const [index, file] of sbom.files.entries()) {
            const fileId = this.artifacts[index]?.SPDXID;
            for (const purl of file.contains ?? []) {
                const id = elements.get(purl)?.id;
                if (fileId !== undefined && id !== undefined)
                    yield { spdxElementId: fileId, relationshipType: 'CONTAINS', relatedSpdxElement: id };
            }
        }
    }
    /** The extracted licenses the packages named, sorted by id: complete once every package was made. */
    extractedLicenses() {
        if (this.extracted.size === 0)
            return undefined;
        return [...this.extracted]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([licenseId, { name, text }]) => ({ licenseId, extractedText: text, name }));
    }
}
/** Builds the SPDX 2.3 document of an SBOM as one object: deterministic, its namespace derived from the content. */
function toSpdx(sbom) {
    const parts = new SpdxParts(sbom);
    const document = { ...parts.head, packages: [...parts.packages()], relationships: [...parts.relationships()] };
    const extracted = parts.extractedLicenses();
    if (extracted !== undefined)
        document.hasExtractedLicensingInfos = extracted;
    return document;
}
/**
 * The SPDX 2.3 JSON text of an SBOM in chunks, checked as it is made: the bytes of
 * `JSON.stringify(toSpdx(sbom))` and a newline, without ever holding the document or its text
 * whole. Throws SBOM_INVALID_DOCUMENT at the end when a check failed, before the last chunk.
 */
function* spdxJsonChunks(sbom) {
    const parts = new SpdxParts(sbom);
    const check = new validate/* SpdxCheck */.Gn(parts.head);
    const head = JSON.stringify(parts.head);
    const chunks = new JsonChunks(`${head.slice(0, -1)},"packages":[`);
    for (const pkg of parts.packages()) {
        check.package(pkg);
        if (chunks.item(pkg))
            yield chunks.take();
    }
    if (chunks.text('],"relationships":['))
        yield chunks.take();
    for (const relationship of parts.relationships()) {
        check.relationship(relationship);
        if (chunks.item(relationship))
            yield chunks.take();
    }
    if (chunks.text(']'))
        yield chunks.take();
    const extracted = parts.extractedLicenses();
    check.extractedLicenses(extracted ?? []);
    if (extracted !== undefined && chunks.text(`,"hasExtractedLicensingInfos":${JSON.stringify(extracted)}`))
        yield chunks.take();
    (0,validate/* throwIfProblems */.W8)('SPDX', check.problems());
    chunks.text('}\n');
    yield chunks.take();
}
/** SPDX 2.3 JSON. */
const spdxJsonEncoder = {
    name: 'spdx-json',
    extension: '.spdx.json',
    fileName: 'sbom.spdx.json',
    mediaType: 'application/spdx+json',
    chunks: spdxJsonChunks,
    encode: (sbom) => [...spdxJsonChunks(sbom)].join(''),
};

;// CONCATENATED MODULE: ./lib/sbom/formats/index.js



/** Every SBOM format trust-kit writes, by the name users select it with; adding one is one line here. */
const FORMATS = [
    spdxJsonEncoder,
    cycloneDxEncoder('1.6', 'cyclonedx-json', 'sbom.cdx.json'),
    cycloneDxEncoder('1.5', 'cyclonedx-json@1.5', 'sbom.cdx-1.5.json'),
    cycloneDxEncoder('1.7', 'cyclonedx-json@1.7', 'sbom.cdx-1.7.json'),
];
/** The names of {@link FORMATS}. */
const FORMAT_NAMES = FORMATS.map((format) => format.name);
/** The encoder for a format name; throws SBOM_FORMAT_UNKNOWN naming the choices. */
function encoderFor(name) {
    const encoder = FORMATS.find((format) => format.name === name.toLowerCase());
    if (encoder === undefined) {
        throw new errors/* SbomError */.S('SBOM_FORMAT_UNKNOWN', `unknown SBOM format "${name}"`, { hint: `choose one of ${FORMAT_NAMES.join(', ')}` });
    }
    return encoder;
}


/***/ }),

/***/ 91573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PK: () => (/* binding */ sriHashes),
/* harmony export */   bZ: () => (/* binding */ sortHashes),
/* harmony export */   eP: () => (/* binding */ hexHash),
/* harmony export */   m1: () => (/* binding */ base64Hash),
/* harmony export */   m6: () => (/* binding */ HASH_HEX_LENGTH)
/* harmony export */ });
/** How many hex characters a digest of each algorithm has: what a well-formed hash must be. */
const HASH_HEX_LENGTH = {
    MD5: 32,
    SHA1: 40,
    SHA256: 64,
    SHA384: 96,
    SHA512: 128,
    'BLAKE2b-256': 64,
};
/** The algorithm names Subresource Integrity strings use, mapped to ours. */
const SRI_ALGORITHMS = {
    sha1: 'SHA1',
    sha256: 'SHA256',
    sha384: 'SHA384',
    sha512: 'SHA512',
    md5: 'MD5',
};
/** A package hash from hex, or undefined when the hex is not a digest of that algorithm (wrong length, not hex). */
function hexHash(algorithm, hex) {
    if (hex.length !== HASH_HEX_LENGTH[algorithm] || !/^[0-9a-fA-F]+$/.test(hex))
        return undefined;
    return { algorithm, hex: hex.toLowerCase() };
}
const BASE64_DIGEST = /^[A-Za-z0-9+/_-]+={0,2}$/;
/** A package hash from base64 (standard or URL-safe alphabet), or undefined when it does not decode to a digest of that algorithm. */
function base64Hash(algorithm, base64) {
    if (!BASE64_DIGEST.test(base64))
        return undefined;
    const bytes = Buffer.from(base64, 'base64');
    // Hex from bytes is always lowercase hex: only the length can be wrong.
    return bytes.length * 2 === HASH_HEX_LENGTH[algorithm] ? { algorithm, hex: bytes.toString('hex') } : undefined;
}
/** One SRI token (`sha512-<base64>`, maybe with `?options`) as a hash, or undefined when it is not one we know. */
function sriHash(token) {
    const dash = token.indexOf('-');
    if (dash <= 0)
        return undefined;
    const algorithm = SRI_ALGORITHMS[token.slice(0, dash).toLowerCase()];
    if (algorithm === undefined)
        return undefined;
    // SRI allows `?options` after the digest; they carry no hash bits.
    const query = token.indexOf('?', dash);
    return base64Hash(algorithm, query === -1 ? token.slice(dash + 1) : token.slice(dash + 1, query));
}
/**
 * The hashes of a Subresource Integrity string (`sha512-<base64> sha1-<base64>`, what npm, yarn,
 * pnpm and bun record), as hex, sorted by algorithm; unknown algorithms and malformed digests are skipped.
 */
function sriHashes(integrity) {
    // Nearly every lockfile entry has one token: no splitting, no sorting.
    if (!/\s/.test(integrity)) {
        const hash = sriHash(integrity);
        return hash === undefined ? [] : [hash];
    }
    const hashes = new Map();
    for (const token of integrity.split(/\s+/)) {
        const hash = sriHash(token);
        if (hash !== undefined && !hashes.has(hash.algorithm))
            hashes.set(hash.algorithm, hash);
    }
    return sortHashes([...hashes.values()]);
}
/** Hashes in a stable order (by algorithm name), one per algorithm. */
function sortHashes(hashes) {
    const byAlgorithm = new Map();
    for (const hash of hashes)
        if (!byAlgorithm.has(hash.algorithm))
            byAlgorithm.set(hash.algorithm, hash);
    return [...byAlgorithm.values()].sort((a, b) => (a.algorithm < b.algorithm ? -1 : a.algorithm > b.algorithm ? 1 : 0));
}


/***/ }),

/***/ 29305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ licenseTerm),
/* harmony export */   Y: () => (/* binding */ isSpdxExpression)
/* harmony export */ });
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93326);

function idsOf(info, into) {
    if ('conjunction' in info) {
        idsOf(info.left, into);
        idsOf(info.right, into);
    }
    else {
        into.push(info.license);
    }
    return into;
}
/** Whether a string is a valid SPDX license expression (ids from the SPDX list, `LicenseRef-`, AND/OR/WITH). */
function isSpdxExpression(text) {
    return text.trim() === text && licenseTerm(text).kind === 'expression';
}
/** Classifies a license string from a lockfile or manifest; nothing is guessed or corrected. */
function licenseTerm(raw) {
    const text = raw.trim();
    let term = terms.get(text);
    if (term === undefined) {
        try {
            term = { kind: 'expression', expression: text, ids: idsOf(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__(text), []) };
        }
        catch {
            term = { kind: 'text', text };
        }
        // A few dozen distinct licenses cover thousands of packages.
        if (terms.size < 10_000)
            terms.set(text, term);
    }
    return term;
}
const terms = new Map();


/***/ }),

/***/ 55256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ sortProperties),
/* harmony export */   T: () => (/* binding */ strongerScope)
/* harmony export */ });
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

/***/ 45825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ h1Property),
/* harmony export */   M_: () => (/* binding */ goModulePurl),
/* harmony export */   Vq: () => (/* binding */ escapeForModuleCache),
/* harmony export */   X9: () => (/* binding */ goVersion),
/* harmony export */   YV: () => (/* binding */ isLocalReplacement),
/* harmony export */   kq: () => (/* binding */ isCacheableModulePath),
/* harmony export */   tF: () => (/* binding */ isModuleVersion)
/* harmony export */ });
/* unused harmony export H1_PROPERTY */
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91573);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73408);


/** The purl of a Go module: the module path split at its last `/` into namespace and name, case kept; no version for `(devel)` or none. */
function goModulePurl(path, version) {
    const slash = path.lastIndexOf('/');
    const name = slash === -1 ? path : path.slice(slash + 1);
    const namespace = slash === -1 ? undefined : path.slice(0, slash);
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlOf */ .V)('golang', name, goVersion(version), namespace);
}
/** Semantic version syntax every module version has (`v1.2.3`, pseudo-versions, `+incompatible`). */
const MODULE_VERSION = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
/** Whether a string is a module version go.mod and go.sum can record. */
function isModuleVersion(version) {
    return MODULE_VERSION.test(version);
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
    return sum.startsWith('h1:') && (0,_hashes_js__WEBPACK_IMPORTED_MODULE_0__/* .base64Hash */ .m1)('SHA256', sum.slice(3)) !== undefined ? { name: H1_PROPERTY, value: sum } : undefined;
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

/***/ 18228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ PARSERS)
});

// EXTERNAL MODULE: ./lib/sbom/errors.js
var errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./lib/sbom/hashes.js
var hashes = __webpack_require__(91573);
// EXTERNAL MODULE: ./lib/sbom/purl.js
var sbom_purl = __webpack_require__(73408);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/sbom/model.js
var model = __webpack_require__(55256);
;// CONCATENATED MODULE: ./lib/sbom/parsers/lockfile.js






/** The lockfile's text: UTF-8, without a byte-order mark. */
function textOf(input) {
    const text = input.content.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
/** The 1-based line of a character offset in a text. */
function lineAt(text, offset) {
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1))
        line += 1;
    return line;
}
/** Parses a JSON lockfile; a syntax error becomes an SbomParseError naming the line. */
function parseJsonLockfile(input) {
    const text = textOf(input);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const position = /position (\d+)/.exec((0,core_errors/* messageOf */.bD)(error));
        const line = position?.[1] === undefined ? undefined : lineAt(text, Number(position[1]));
        throw new errors/* SbomParseError */.J(input.path, `not valid JSON: ${(0,core_errors/* messageOf */.bD)(error).split('\n')[0]}`, line, { cause: error });
    }
}
/** Parses a TOML lockfile (Cargo, poetry, uv); a syntax error becomes an SbomParseError naming the line. */
function parseTomlLockfile(input) {
    try {
        return (0,dist/* parse */.qg)(textOf(input));
    }
    catch (error) {
        // smol-toml reports the line of a syntax error; anything else it throws (too deep nesting) has none.
        const line = typeof error.line === 'number' ? error.line : undefined;
        throw new errors/* SbomParseError */.J(input.path, `not valid TOML: ${(0,core_errors/* messageOf */.bD)(error).split('\n')[0]}`, line, { cause: error });
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
        packageurl_js.PackageURL.fromString(purl);
        return purl;
    }
    catch (error) {
        throw new errors/* SbomParseError */.J(path, `no package URL can be made: ${(0,core_errors/* messageOf */.bD)(error)}`, line, { cause: error });
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
    constructor(input) {
        this.#input = input;
    }
    /** Records a package occurrence (merging locations, hashes and the widest scope into an existing one); returns its purl. */
    add(found) {
        const location = { path: this.#input.path };
        if (found.line !== undefined)
            location.line = found.line;
        if (found.entry !== undefined)
            location.entry = found.entry;
        const where = `${found.line ?? ''}\u0000${found.entry ?? ''}`;
        const existing = this.#packages.get(found.purl);
        if (existing === undefined) {
            const pkg = {
                purl: found.purl,
                ecosystem: found.ecosystem,
                name: found.name,
                version: found.version,
                hashes: (0,hashes/* sortHashes */.bZ)(found.hashes ?? []),
                locations: [location],
                scope: found.scope,
            };
            if (found.license !== undefined)
                pkg.license = found.license;
            if (found.downloadLocation !== undefined)
                pkg.downloadLocation = found.downloadLocation;
            if (found.properties !== undefined && found.properties.length > 0)
                pkg.properties = (0,model/* sortProperties */.O)(found.properties);
            if (found.supplier !== undefined)
                pkg.supplier = found.supplier;
            this.#packages.set(found.purl, pkg);
            this.#seen.set(found.purl, new Set([where]));
            return found.purl;
        }
        existing.scope = (0,model/* strongerScope */.T)(existing.scope, found.scope);
        const seen = this.#seen.get(found.purl);
        if (seen !== undefined && !seen.has(where)) {
            seen.add(where);
            existing.locations.push(location);
        }
        if (found.hashes !== undefined)
            existing.hashes = (0,hashes/* sortHashes */.bZ)([...existing.hashes, ...found.hashes]);
        existing.license ??= found.license;
        existing.downloadLocation ??= found.downloadLocation;
        existing.supplier ??= found.supplier;
        if (found.properties !== undefined && found.properties.length > 0)
            existing.properties = (0,model/* sortProperties */.O)([...(existing.properties ?? []), ...found.properties]);
        return found.purl;
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
    /** Adds properties to a recorded package. */
    annotate(purl, properties) {
        const pkg = this.#packages.get(purl);
        if (pkg !== undefined && properties.length > 0)
            pkg.properties = (0,model/* sortProperties */.O)([...(pkg.properties ?? []), ...properties]);
    }
    /** The packages (dev ones only when asked for) and the edges between packages that remain, plus the root. */
    result(root) {
        const packages = [...this.#packages.values()].filter((pkg) => pkg.purl !== root?.purl && (this.#input.includeDev || pkg.scope !== 'dev'));
        const kept = new Set(packages.map((pkg) => pkg.purl));
        if (root !== undefined)
            kept.add(root.purl);
        for (const pkg of packages)
            pkg.locations.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || ((a.entry ?? '') < (b.entry ?? '') ? -1 : (a.entry ?? '') > (b.entry ?? '') ? 1 : 0));
        const relationships = [...this.#edges.values()].filter((edge) => kept.has(edge.from) && kept.has(edge.to));
        return root === undefined ? { packages, relationships } : { root, packages, relationships };
    }
}

;// CONCATENATED MODULE: ./lib/sbom/parsers/dotnet/packages-lock.js




/**
 * NuGet packages from `packages.lock.json`, merged over every target framework: the contentHash
 * (base64 SHA-512 of the .nupkg) as hex, and edges resolved within each framework, where a
 * dependency's declared minimum resolves to the version locked for that framework. Project
 * references (`"type": "Project"`) are other projects of the solution, not NuGet packages.
 */
const nugetPackagesLockParser = {
    name: 'nuget-packages-lock',
    matches: (fileName) => fileName === 'packages.lock.json',
    async parse(input) {
        const lock = parseJsonLockfile(input);
        if (!isRecord(lock))
            throw new errors/* SbomParseError */.J(input.path, 'a packages.lock.json is a JSON object');
        const frameworks = recordField(lock, 'dependencies');
        if (frameworks === undefined)
            throw new errors/* SbomParseError */.J(input.path, 'a packages.lock.json has a "dependencies" object of target frameworks');
        const collector = new PackageCollector(input);
        for (const [framework, packages] of Object.entries(frameworks)) {
            if (!isRecord(packages))
                continue;
            // NuGet package IDs are case-insensitive: dependencies may spell them differently from their own entry.
            const locked = new Map();
            const dependencies = [];
            for (const [id, entry] of Object.entries(packages)) {
                if (!isRecord(entry) || stringField(entry, 'type') === 'Project')
                    continue;
                const version = stringField(entry, 'resolved');
                if (version === undefined || version === '')
                    continue;
                const hash = (0,hashes/* base64Hash */.m1)('SHA512', stringField(entry, 'contentHash') ?? '');
                const purl = collector.add({ purl: purlFor(input.path, undefined, () => (0,sbom_purl/* purlOf */.V)('nuget', id, version)), ecosystem: 'nuget', name: id, version, scope: 'required', entry: framework, hashes: hash === undefined ? [] : [hash] });
                locked.set(id.toLowerCase(), purl);
                dependencies.push({ purl, ids: Object.keys(recordField(entry, 'dependencies') ?? {}) });
            }
            for (const { purl, ids } of dependencies) {
                for (const id of ids) {
                    const target = locked.get(id.toLowerCase());
                    if (target !== undefined)
                        collector.relate(purl, target);
                }
            }
        }
        return collector.result();
    },
};

// EXTERNAL MODULE: ./lib/sbom/suppliers.js
var suppliers = __webpack_require__(20148);
// EXTERNAL MODULE: ./lib/sbom/parsers/go/module.js
var go_module = __webpack_require__(45825);
;// CONCATENATED MODULE: ./lib/sbom/parsers/go/go-binary.js





/** The 14 bytes that start a Go binary's build info (runtime/debug, debug/buildinfo). */
const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
/** The build info header: magic, pointer size, flags, then two pointers (pre-1.18) or padding to 32 bytes. */
const BUILDINFO_HEADER_SIZE = 32;
/** The header is 16-byte aligned within the data it is searched in. */
const BUILDINFO_ALIGN = 16;
/** How much of the data segment is searched for the header when no section names it (what Go reads). */
const DATA_SEARCH_SIZE = 64 * 1024;
/** Flag bit of Go >= 1.18: the version and module strings follow the header inline. */
const FLAG_INLINE = 0x2;
/** Flag bit of the pointer format: the pointers are big-endian. */
const FLAG_BIG_ENDIAN = 0x1;
/** No header table, string or module info in a real binary is this large; bigger claims are corrupt. */
const MAX_TABLE_BYTES = 16 * 1024 * 1024;
/** Reads one ELF, Mach-O or PE file through byte ranges, with bounds and integer checks. */
class BinaryFile {
    #file;
    path;
    /** Where this view starts in the file on disk: non-zero for one architecture of a universal binary. */
    #base;
    constructor(file, path, base = 0) {
        this.#file = file;
        this.path = path;
        this.#base = base;
    }
    get size() {
        return this.#file.size;
    }
    /** The bytes `offset` to `offset + size` as a file of their own (one architecture of a universal binary). */
    slice(offset, size) {
        const file = this.#file;
        return new BinaryFile({ size, read: (at, length) => file.read(offset + at, Math.max(0, Math.min(length, size - at))) }, this.path, this.#base + offset);
    }
    /**
     * Throws when `what` (a header, a table, or the data a header points at) runs past the end of the file: a binary cut
     * short (an interrupted download or copy) must not pass for one without Go build info.
     */
    require(offset, length, what) {
        const end = offset + length;
        if (end <= this.size)
            return;
        const where = this.#base === 0 ? `file is ${this.size} bytes` : `its architecture slice ends at byte ${this.#base + this.size}`;
        throw new errors/* SbomParseError */.J(this.path, `truncated: ${what} ends at byte ${this.#base + end}, ${where}`);
    }
    /** Exactly `length` bytes at `offset`, or undefined when the file is shorter or the request absurd. */
    async read(offset, length) {
        if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || length > MAX_TABLE_BYTES || offset + length > this.#file.size) {
            return undefined;
        }
        const bytes = await this.#file.read(offset, length);
        return bytes.length === length ? bytes : undefined;
    }
}
/** An unsigned integer of 1 to 8 bytes from a buffer, or undefined past its end or above 2^53. */
function uint(bytes, offset, size, littleEndian) {
    if (offset < 0 || offset + size > bytes.length)
        return undefined;
    if (size === 8) {
        const value = littleEndian ? bytes.readBigUInt64LE(offset) : bytes.readBigUInt64BE(offset);
        return value > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(value);
    }
    return littleEndian ? bytes.readUIntLE(offset, size) : bytes.readUIntBE(offset, size);
}
/** Reads the segments and build info location of an ELF file. */
async function elfOf(file, head) {
    const is64 = head[4] === 2;
    const littleEndian = head[5] === 1;
    const word = is64 ? 8 : 4;
    const u = (bytes, offset, size) => uint(bytes, offset, size, littleEndian);
    const phoff = u(head, is64 ? 0x20 : 0x1c, word);
    const shoff = u(head, is64 ? 0x28 : 0x20, word);
    const phentsize = u(head, is64 ? 0x36 : 0x2a, 2);
    const phnum = u(head, is64 ? 0x38 : 0x2c, 2);
    const shentsize = u(head, is64 ? 0x3a : 0x2e, 2);
    const shnum = u(head, is64 ? 0x3c : 0x30, 2);
    const shstrndx = u(head, is64 ? 0x3e : 0x32, 2);
    if (phoff === undefined || shoff === undefined || phentsize === undefined || phnum === undefined || shentsize === undefined || shnum === undefined || shstrndx === undefined) {
        throw new errors/* SbomParseError */.J(file.path, 'corrupt ELF header: a table offset is above 2^53');
    }
    const segments = [];
    let writable;
    // Both tables before the data they point at, so a cut inside a table is reported as such.
    if (phnum !== 0)
        file.require(phoff, phentsize * phnum, 'program header table');
    if (shnum !== 0)
        file.require(shoff, shentsize * shnum, 'section header table');
    const programs = phnum === 0 ? Buffer.alloc(0) : await file.read(phoff, phentsize * phnum);
    for (let index = 0; programs !== undefined && index < phnum; index += 1) {
        const base = index * phentsize;
        const type = u(programs, base, 4);
        const flags = u(programs, base + (is64 ? 4 : 24), 4);
        const offset = u(programs, base + (is64 ? 8 : 4), word);
        const address = u(programs, base + (is64 ? 16 : 8), word);
        const size = u(programs, base + (is64 ? 32 : 16), word);
        // PT_LOAD; Go looks in the first segment that is writable and not executable (PF_W without PF_X).
        if (type !== 1 || flags === undefined || offset === undefined || address === undefined || size === undefined)
            continue;
        file.require(offset, size, `loadable segment ${index}`);
        const segment = { address, offset, size };
        segments.push(segment);
        if (writable === undefined && (flags & 0x3) === 0x2)
            writable = segment;
    }
    let named;
    const sections = shnum === 0 ? undefined : await file.read(shoff, shentsize * shnum);
    const namesHeader = sections === undefined ? undefined : shstrndx * shentsize;
    const namesOffset = namesHeader === undefined || sections === undefined ? undefined : u(sections, namesHeader + (is64 ? 0x18 : 0x10), word);
    const namesSize = namesHeader === undefined || sections === undefined ? undefined : u(sections, namesHeader + (is64 ? 0x20 : 0x14), word);
    if (namesOffset !== undefined && namesSize !== undefined)
        file.require(namesOffset, namesSize, 'section name table');
    const names = namesOffset === undefined || namesSize === undefined ? undefined : await file.read(namesOffset, namesSize);
    for (let index = 0; sections !== undefined && index < shnum; index += 1) {
        const base = index * shentsize;
        const nameOffset = u(sections, base, 4);
        const type = u(sections, base + 4, 4);
        const address = u(sections, base + (is64 ? 0x10 : 0x0c), word);
        const offset = u(sections, base + (is64 ? 0x18 : 0x10), word);
        const size = u(sections, base + (is64 ? 0x20 : 0x14), word);
        if (address === undefined || offset === undefined || size === undefined)
            continue;
        const name = names === undefined || nameOffset === undefined ? undefined : names.toString('latin1', nameOffset, names.indexOf(0, nameOffset));
        // SHT_NULL and SHT_NOBITS (.bss) occupy no bytes of the file; every other section's bytes must be there.
        if (type !== 0 && type !== 8)
            file.require(offset, size, `section ${name === undefined || name === '' ? index : name}`);
        if (name === '.go.buildinfo')
            named = { address, offset, size };
    }
    return { littleEndian, segments, searchFrom: named ?? writable };
}
/** Reads the segments and build info location of a Mach-O file (32 or 64 bit, either byte order). */
async function machOf(file, head) {
    const magic = head.readUInt32LE(0);
    const is64 = magic === 0xfeedfacf || magic === 0xcffaedfe;
    const littleEndian = magic === 0xfeedface || magic === 0xfeedfacf;
    const u = (bytes, offset, size) => uint(bytes, offset, size, littleEndian);
    const ncmds = u(head, 16, 4);
    const sizeofcmds = u(head, 20, 4);
    if (ncmds === undefined || sizeofcmds === undefined)
        return undefined;
    file.require(0, is64 ? 32 : 28, 'Mach-O header');
    file.require(is64 ? 32 : 28, sizeofcmds, 'load command table');
    const commands = await file.read(is64 ? 32 : 28, sizeofcmds);
    if (commands === undefined)
        return undefined;
    const word = is64 ? 8 : 4;
    const segments = [];
    let named;
    let data;
    let at = 0;
    for (let index = 0; index < ncmds; index += 1) {
        const cmd = u(commands, at, 4);
        const cmdsize = u(commands, at + 4, 4);
        if (cmd === undefined || cmdsize === undefined || cmdsize < 8)
            break;
        // LC_SEGMENT (0x1) and LC_SEGMENT_64 (0x19).
        if (cmd === (is64 ? 0x19 : 0x1)) {
            const segmentName = commands.toString('latin1', at + 8, at + 24).replace(/\0.*$/s, '');
            const address = u(commands, at + 24, word);
            const offset = u(commands, at + (is64 ? 40 : 32), word);
            const size = u(commands, at + (is64 ? 48 : 36), word);
            const nsects = u(commands, at + (is64 ? 64 : 48), 4);
            if (address !== undefined && offset !== undefined && size !== undefined) {
                file.require(offset, size, `segment ${segmentName}`);
                const segment = { address, offset, size };
                segments.push(segment);
                if (segmentName === '__DATA')
                    data ??= segment;
            }
            const sectionSize = is64 ? 80 : 68;
            for (let section = 0; nsects !== undefined && section < nsects; section += 1) {
                const base = at + (is64 ? 72 : 56) + section * sectionSize;
                // Sections lie inside their command: a bogus count cannot make the walk quadratic.
                if (base + sectionSize > Math.min(commands.length, at + cmdsize))
                    break;
                const sectionName = commands.toString('latin1', base, base + 16).replace(/\0.*$/s, '');
                const sectionAddress = u(commands, base + 32, word);
                const sectionBytes = u(commands, base + 32 + word, word);
                const sectionOffset = u(commands, base + 32 + 2 * word, 4);
                const sectionType = (u(commands, base + (is64 ? 64 : 56), 4) ?? 0) & 0xff;
                if (sectionAddress === undefined || sectionBytes === undefined || sectionOffset === undefined)
                    continue;
                // S_ZEROFILL, S_GB_ZEROFILL and S_THREAD_LOCAL_ZEROFILL occupy no bytes of the file.
                if (sectionType !== 0x1 && sectionType !== 0xc && sectionType !== 0x12)
                    file.require(sectionOffset, sectionBytes, `section ${segmentName},${sectionName}`);
                if (sectionName === '__go_buildinfo')
                    named = { address: sectionAddress, offset: sectionOffset, size: sectionBytes };
            }
        }
        at += cmdsize;
    }
    return { littleEndian, segments, searchFrom: named ?? data };
}
/** Reads the sections and build info location of a PE file; PE pointers are image base + RVA. */
async function peOf(file, head) {
    file.require(0, 0x40, 'DOS header');
    const peOffset = head.readUInt32LE(0x3c);
    // The PE signature and COFF header; a DOS program without them is no PE file.
    file.require(peOffset, 24, 'PE header');
    const coff = await file.read(peOffset, 24);
    if (coff === undefined || coff.toString('latin1', 0, 4) !== 'PE\0\0')
        return undefined;
    const nsections = coff.readUInt16LE(6);
    const optionalSize = coff.readUInt16LE(20);
    file.require(peOffset + 24, optionalSize, 'optional header');
    const optional = await file.read(peOffset + 24, optionalSize);
    const optionalMagic = optional === undefined || optional.length < 2 ? undefined : optional.readUInt16LE(0);
    const imageBase = optional === undefined ? undefined : optionalMagic === 0x20b ? uint(optional, 24, 8, true) : uint(optional, 28, 4, true);
    file.require(peOffset + 24 + optionalSize, nsections * 40, 'section table');
    const table = await file.read(peOffset + 24 + optionalSize, nsections * 40);
    if (imageBase === undefined || table === undefined)
        return undefined;
    const segments = [];
    let data;
    for (let index = 0; index < nsections; index += 1) {
        const base = index * 40;
        const virtualAddress = table.readUInt32LE(base + 12);
        const rawSize = table.readUInt32LE(base + 16);
        const rawOffset = table.readUInt32LE(base + 20);
        const characteristics = table.readUInt32LE(base + 36);
        file.require(rawOffset, rawSize, `section ${table.toString('latin1', base, base + 8).replace(/\0.*$/s, '')}`);
        const segment = { address: imageBase + virtualAddress, offset: rawOffset, size: rawSize };
        segments.push(segment);
        // Initialised, readable, writable data (any alignment): where Go's linker puts the build info.
        if (data === undefined && virtualAddress !== 0 && rawSize !== 0 && (characteristics & ~0x00f00000) >>> 0 === 0xc0000040)
            data = segment;
    }
    return { littleEndian: true, segments, searchFrom: data };
}
/** The file offset of a virtual address, if a segment maps it with at least `length` bytes. */
function offsetOf(executable, address, length) {
    for (const segment of executable.segments) {
        if (address >= segment.address && address + length <= segment.address + segment.size)
            return segment.offset + (address - segment.address);
    }
    return undefined;
}
/** Finds the build info header: 16-byte aligned in the first 64 KiB of the searched data, as Go does. */
async function findHeader(file, executable) {
    const from = executable.searchFrom;
    if (from === undefined)
        return undefined;
    const length = Math.min(DATA_SEARCH_SIZE, from.size, file.size - from.offset);
    const data = length <= 0 ? undefined : await file.read(from.offset, length);
    if (data === undefined)
        return undefined;
    for (let index = data.indexOf(BUILDINFO_MAGIC); index !== -1 && index + BUILDINFO_HEADER_SIZE <= data.length; index = data.indexOf(BUILDINFO_MAGIC, index + 1)) {
        if (index % BUILDINFO_ALIGN === 0)
            return from.offset + index;
    }
    return undefined;
}
/** A varint-length-prefixed string of the inline (Go >= 1.18) format, and where the next one starts. */
async function inlineString(file, offset, path) {
    const prefix = (await file.read(offset, Math.min(10, file.size - offset))) ?? Buffer.alloc(0);
    let length = 0;
    let shift = 1;
    let used = 0;
    for (;;) {
        const byte = prefix[used];
        if (byte === undefined || used >= 9)
            throw new errors/* SbomParseError */.J(path, 'Go build info: truncated string length');
        length += (byte & 0x7f) * shift;
        shift *= 128;
        used += 1;
        if ((byte & 0x80) === 0)
            break;
    }
    const bytes = await file.read(offset + used, length);
    if (bytes === undefined)
        throw new errors/* SbomParseError */.J(path, 'Go build info: a string runs past the end of the file');
    return { text: bytes.toString('utf8'), next: offset + used + length };
}
/** A Go string (pointer to a {data, length} header) of the pre-1.18 format. */
async function pointedString(file, executable, pointer, pointerSize, littleEndian, path) {
    const headerOffset = offsetOf(executable, pointer, 2 * pointerSize);
    const header = headerOffset === undefined ? undefined : await file.read(headerOffset, 2 * pointerSize);
    const data = header === undefined ? undefined : uint(header, 0, pointerSize, littleEndian);
    const length = header === undefined ? undefined : uint(header, pointerSize, pointerSize, littleEndian);
    const dataOffset = data === undefined || length === undefined ? undefined : offsetOf(executable, data, length);
    const bytes = dataOffset === undefined || length === undefined ? undefined : await file.read(dataOffset, length);
    if (bytes === undefined)
        throw new errors/* SbomParseError */.J(path, 'Go build info: a string pointer leads outside the file');
    return bytes.toString('utf8');
}
/** The Go version and module info of a binary, or undefined when it carries no Go build info. */
async function readBuildInfo(file, insideFat = false) {
    const path = file.path;
    const start = await file.read(0, Math.min(file.size, 0x40));
    if (start === undefined || start.length < 8)
        return undefined;
    // A binary cut inside its first header is still recognised by its magic, and reported as truncated.
    const head = Buffer.concat([start, Buffer.alloc(0x40 - start.length)]);
    if (isFatMachO(head) && !insideFat) {
        // A universal binary holds one Mach-O per architecture, all built from the same modules: the first readable one says.
        for (const slice of await fatSlices(file, head)) {
            const info = await readBuildInfo(slice, true);
            if (info !== undefined)
                return info;
        }
        return undefined;
    }
    if (isElf(head))
        file.require(0, head[4] === 2 ? 0x40 : 0x34, 'ELF header');
    const executable = isElf(head) ? await elfOf(file, head) : isMachO(head) ? await machOf(file, head) : isPe(head) ? await peOf(file, head) : undefined;
    if (executable === undefined)
        return undefined;
    const headerOffset = await findHeader(file, executable);
    if (headerOffset === undefined)
        return undefined;
    const header = await file.read(headerOffset, BUILDINFO_HEADER_SIZE);
    if (header === undefined)
        return undefined;
    const pointerSize = header[14] ?? 0;
    const flags = header[15] ?? 0;
    let version;
    let modinfo;
    if ((flags & FLAG_INLINE) !== 0) {
        const first = await inlineString(file, headerOffset + BUILDINFO_HEADER_SIZE, path);
        version = first.text;
        modinfo = (await inlineString(file, first.next, path)).text;
    }
    else {
        if (pointerSize !== 4 && pointerSize !== 8)
            throw new errors/* SbomParseError */.J(path, `Go build info: pointer size ${pointerSize} is neither 4 nor 8`);
        const littleEndian = (flags & FLAG_BIG_ENDIAN) === 0;
        const versionPointer = uint(header, 16, pointerSize, littleEndian);
        const modinfoPointer = uint(header, 16 + pointerSize, pointerSize, littleEndian);
        if (versionPointer === undefined || modinfoPointer === undefined)
            throw new errors/* SbomParseError */.J(path, 'Go build info: unreadable pointers');
        version = await pointedString(file, executable, versionPointer, pointerSize, littleEndian, path);
        modinfo = await pointedString(file, executable, modinfoPointer, pointerSize, littleEndian, path);
    }
    // The module info is framed by 16-byte sentinels (cmd/go modload infoStart/infoEnd); without them there is none.
    const framed = modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n';
    return { goVersion: version, modinfo: framed ? modinfo.slice(16, -16) : '' };
}
function isElf(head) {
    return head.readUInt32BE(0) === 0x7f454c46 && (head[4] === 1 || head[4] === 2) && (head[5] === 1 || head[5] === 2);
}
function isMachO(head) {
    return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(head.readUInt32LE(0));
}
/** The most architectures a universal binary has; Java class files share the magic, with a version number here instead (>= 45). */
const MAX_FAT_ARCHES = 20;
/** A universal (fat) Mach-O: `0xcafebabe` and a small architecture count. */
function isFatMachO(head) {
    const count = head.readUInt32BE(4);
    return head.readUInt32BE(0) === 0xcafebabe && count > 0 && count <= MAX_FAT_ARCHES;
}
/** The per-architecture Mach-O files inside a universal binary, as views of the same file. */
async function fatSlices(file, head) {
    const count = head.readUInt32BE(4);
    file.require(8, count * 20, 'universal binary architecture table');
    const table = await file.read(8, count * 20);
    if (table === undefined)
        return [];
    const slices = [];
    for (let index = 0; index < count; index += 1) {
        const offset = table.readUInt32BE(index * 20 + 8);
        const size = table.readUInt32BE(index * 20 + 12);
        file.require(offset, size, `architecture slice ${index}`);
        if (offset > 0)
            slices.push(file.slice(offset, size));
    }
    return slices;
}
function isPe(head) {
    return head[0] === 0x4d && head[1] === 0x5a;
}
/** Reads `kind\tpath\tversion[\tsum]`; the version is a module version, `(devel)` or none. */
function moduleLine(fields, path) {
    const [, modulePath, version = '', sum] = fields;
    if (modulePath === undefined || modulePath === '')
        return undefined;
    if (version !== '' && version !== '(devel)' && !(0,go_module/* isModuleVersion */.tF)(version)) {
        throw new errors/* SbomParseError */.J(path, `Go build info: "${version.slice(0, 100)}" of ${modulePath.slice(0, 200)} is not a module version`);
    }
    return { path: modulePath, version, sum: sum === '' ? undefined : sum };
}
/** A random-access view of an in-memory file, for when the catalog passed the content whole. */
function bufferFile(content) {
    return { size: content.length, read: (offset, length) => Promise.resolve(content.subarray(offset, offset + length)) };
}
/**
 * The modules a Go binary (ELF, Mach-O, universal Mach-O or PE) was built from, from its embedded build info: both
 * the pointer format of Go < 1.18 and the inline format since. The main module is the root
 * (`(devel)` is no version), each `dep` is replaced by its `=>` line when there is one (directory
 * replacements keep the module path, without version), and the Go toolchain is `pkg:golang/stdlib`.
 * Reads only the headers and the build info, never the whole file.
 */
const goBinaryParser = {
    name: 'go-binary',
    // Go binaries can have any name: they are recognised by their first bytes.
    matches: () => false,
    sniff: (head) => head.length >= 0x40 && (isElf(head) || isMachO(head) || isFatMachO(head) || isPe(head)),
    async parse(input) {
        const info = await readBuildInfo(new BinaryFile(input.file ?? bufferFile(input.content), input.path));
        if (info === undefined)
            return { packages: [], relationships: [] };
        const collector = new PackageCollector(input);
        let root;
        let pending;
        const deps = [];
        const flush = () => {
            if (pending !== undefined)
                deps.push(pending);
            pending = undefined;
        };
        for (const raw of info.modinfo.split('\n')) {
            const fields = raw.replace(/\r$/, '').split('\t');
            const module = fields[0] === 'mod' || fields[0] === 'dep' || fields[0] === '=>' ? moduleLine(fields, input.path) : undefined;
            if (fields[0] === 'mod' && module !== undefined) {
                const version = (0,go_module/* goVersion */.X9)(module.version);
                const hash = module.sum === undefined ? undefined : (0,go_module/* h1Property */.Bx)(module.sum);
                root = { purl: purlFor(input.path, undefined, () => (0,go_module/* goModulePurl */.M_)(module.path, version)), ecosystem: 'golang', name: module.path, version, hashes: [], locations: [{ path: input.path }], scope: 'required' };
                if (hash !== undefined)
                    root.properties = [hash];
            }
            else if (fields[0] === 'dep' && module !== undefined) {
                flush();
                pending = module;
            }
            else if (fields[0] === '=>' && module !== undefined && pending !== undefined) {
                pending = (0,go_module/* isLocalReplacement */.YV)(module.path) ? { path: pending.path, version: '', sum: undefined } : module;
                flush();
            }
        }
        flush();
        for (const dep of deps) {
            const version = (0,go_module/* goVersion */.X9)(dep.version);
            const hash = dep.sum === undefined ? undefined : (0,go_module/* h1Property */.Bx)(dep.sum);
            // A directory replacement (no version) was built from the builder's tree, not fetched from its path.
            const supplied = version === '' ? undefined : (0,suppliers/* goModuleSupplier */.ri)(dep.path);
            const properties = [...(hash === undefined ? [] : [hash]), ...(supplied === undefined ? [] : [supplied.property])];
            const purl = collector.add({ purl: purlFor(input.path, undefined, () => (0,go_module/* goModulePurl */.M_)(dep.path, version)), ecosystem: 'golang', name: dep.path, version, scope: 'required', properties, supplier: supplied?.supplier });
            if (root !== undefined)
                collector.relate(root.purl, purl);
        }
        // `go1.22.1 X:boringcrypto`: the toolchain release is the first word; development toolchains (`devel ...`) name none.
        const toolchain = /^go(\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)$/.exec(info.goVersion.split(' ')[0] ?? '');
        if (toolchain?.[1] !== undefined) {
            const purl = collector.add({ purl: purlFor(input.path, undefined, () => (0,sbom_purl/* purlOf */.V)('golang', 'stdlib', toolchain[1] ?? '')), ecosystem: 'golang', name: 'stdlib', version: `go${toolchain[1]}`, scope: 'required' });
            if (root !== undefined)
                collector.relate(root.purl, purl);
        }
        return collector.result(root);
    },
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/sbom/parsers/go/go-mod.js






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
                throw new errors/* SbomParseError */.J(path, 'unterminated quoted string', line);
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
    throw new errors/* SbomParseError */.J(path, `bad quoted string ${quoted}`, line);
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
        throw new errors/* SbomParseError */.J(path, `the ${block} block opened here is never closed`, blockLine);
    return directives;
}
/** Reads `path [version]` from the front of a directive's arguments. */
function moduleVersion(args, directive, path) {
    const [modulePath, version = ''] = args;
    if (modulePath === undefined || modulePath === '' || args.length > 2) {
        throw new errors/* SbomParseError */.J(path, `malformed ${directive.verb} directive`, directive.line);
    }
    return { path: modulePath, version };
}
/** Throws unless the module's version is a module version (what go.mod allows for modules, not directories). */
function checkVersion(module, directive, path) {
    if (!(0,go_module/* isModuleVersion */.tF)(module.version))
        throw new errors/* SbomParseError */.J(path, `"${module.version.slice(0, 100)}" is not a module version (vMAJOR.MINOR.PATCH)`, directive.line);
    return module;
}
/** Parses a `replace old [v] => new [v]` directive. */
function replacementOf(directive, path) {
    const arrow = directive.args.indexOf('=>');
    if (arrow === -1)
        throw new errors/* SbomParseError */.J(path, 'replace directive without =>', directive.line);
    const old = moduleVersion(directive.args.slice(0, arrow), directive, path);
    const target = moduleVersion(directive.args.slice(arrow + 1), directive, path);
    if (!(0,go_module/* isLocalReplacement */.YV)(target.path) && target.version === '') {
        throw new errors/* SbomParseError */.J(path, `replacement ${target.path} needs a version (or is a directory starting with ./ or ../)`, directive.line);
    }
    if (old.version !== '')
        checkVersion(old, directive, path);
    if (!(0,go_module/* isLocalReplacement */.YV)(target.path))
        checkVersion(target, directive, path);
    return { old, target };
}
/** The `h1:` hashes of module zips in a go.sum, keyed `path version` (the `/go.mod` lines hash only the go.mod file and are skipped). */
function goSumHashes(text) {
    const hashes = new Map();
    for (const line of text.split('\n')) {
        const [modulePath, version, sum] = line.trim().split(/\s+/);
        if (modulePath === undefined || version === undefined || sum === undefined || version.endsWith('/go.mod'))
            continue;
        const hash = (0,go_module/* h1Property */.Bx)(sum);
        if (hash !== undefined)
            hashes.set(`${modulePath} ${version}`, hash);
    }
    return hashes;
}
/** What the comment of a root edge that stands in for the unknown module path to an indirect module says. */
const APPROXIMATE_EDGE_COMMENT = 'approximate: go.mod lists this module as // indirect and no module in this SBOM is known to require it (the go.mod of its requirer is not in the module cache); the root depends on it through some other module';
/** The property every `// indirect` requirement carries (value `true`). */
const INDIRECT_PROPERTY = 'trust-kit:golang:indirect';
/** The property an indirect module whose only edge is the approximation carries (value {@link APPROXIMATE_EDGE_COMMENT}). */
const APPROXIMATE_EDGE_PROPERTY = 'trust-kit:golang:dependency-edge';
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
 */
const goModParser = {
    name: 'go-mod',
    matches: (fileName) => fileName === 'go.mod',
    async parse(input) {
        const directives = directivesOf(textOf(input), input.path);
        const sum = await input.readSibling('go.sum');
        const hashes = sum === undefined ? new Map() : goSumHashes(sum.toString('utf8'));
        let modulePath;
        let goLine;
        let toolchainLine;
        const requires = [];
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
                        throw new errors/* SbomParseError */.J(input.path, 'malformed go directive (want go 1.N or go 1.N.P)', directive.line);
                    goLine = { version, line: directive.line, from: 'go directive: the least Go release the module builds with; the release that builds it may be newer' };
                    break;
                }
                case 'toolchain': {
                    const version = TOOLCHAIN_VERSION.exec(directive.args.length === 1 ? (directive.args[0] ?? '') : '')?.[1];
                    if (version !== undefined)
                        toolchainLine = { version, line: directive.line, from: 'toolchain directive: the Go release the module asks to be built with' };
                    else if (directive.args.length !== 1 || directive.args[0] !== 'default')
                        throw new errors/* SbomParseError */.J(input.path, 'malformed toolchain directive (want toolchain go1.N.P)', directive.line);
                    break;
                }
                case 'require':
                    requires.push({ module: checkVersion(moduleVersion(directive.args, directive, input.path), directive, input.path), directive });
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
                default:
                    // godebug, retract, tool, ignore: nothing the SBOM lists.
                    break;
            }
        }
        const collector = new PackageCollector(input);
        const root = modulePath === undefined
            ? undefined
            : { purl: purlFor(input.path, undefined, () => (0,go_module/* goModulePurl */.M_)(modulePath ?? '', '')), ecosystem: 'golang', name: modulePath, version: '', hashes: [], locations: [{ path: input.path }], scope: 'required' };
        const rootSupplier = modulePath === undefined ? undefined : (0,suppliers/* goModuleSupplier */.ri)(modulePath);
        if (root !== undefined && rootSupplier !== undefined) {
            root.supplier = rootSupplier.supplier;
            root.properties = [rootSupplier.property];
        }
        /** The modules of the build list: the required path (what other go.mod files name), what is built instead, and the package. */
        const modules = [];
        for (const { module, directive } of requires) {
            const key = `${module.path} ${module.version}`;
            if (excluded.has(key))
                continue;
            const target = replaceExact.get(key) ?? replaceWide.get(module.path);
            const local = target !== undefined && (0,go_module/* isLocalReplacement */.YV)(target.path);
            const built = target === undefined ? module : local ? { path: module.path, version: '' } : target;
            const hash = hashes.get(`${built.path} ${built.version}`);
            const indirect = directive.comment === 'indirect' || directive.comment.startsWith('indirect;');
            const properties = [];
            if (hash !== undefined)
                properties.push(hash);
            if (indirect)
                properties.push({ name: INDIRECT_PROPERTY, value: 'true' });
            // A directory replacement is built from the project's own tree, not fetched from its path.
            const supplied = local ? undefined : (0,suppliers/* goModuleSupplier */.ri)(built.path);
            if (supplied !== undefined)
                properties.push(supplied.property);
            const purl = collector.add({
                supplier: supplied?.supplier,
                purl: purlFor(input.path, directive.line, () => (0,go_module/* goModulePurl */.M_)(built.path, built.version)),
                ecosystem: 'golang',
                name: built.path,
                version: built.version,
                scope: 'required',
                line: directive.line,
                properties,
            });
            modules.push({ required: module.path, built: local && target !== undefined ? target : built, local, indirect, purl });
        }
        const selected = new Map(modules.map((module) => [module.required, module.purl]));
        const required = new Set();
        const readGoMod = (module) => module.local ? input.readSibling(external_node_path_.posix.join(module.built.path.replaceAll('\\', '/'), 'go.mod')) : (input.goModuleCache?.goMod(module.built.path, module.built.version) ?? Promise.resolve(undefined));
        for (let start = 0; start < modules.length; start += CACHE_READS_AT_ONCE) {
            const batch = modules.slice(start, start + CACHE_READS_AT_ONCE);
            const texts = await Promise.all(batch.map(readGoMod));
            batch.forEach((module, index) => {
                const text = texts[index];
                if (text === undefined)
                    return;
                for (const path of requiredPaths(text.toString('utf8'), `go.mod of ${module.built.path}`) ?? []) {
                    const to = selected.get(path);
                    if (to === undefined || to === module.purl)
                        continue;
                    collector.relate(module.purl, to);
                    required.add(to);
                }
            });
        }
        if (root !== undefined) {
            for (const module of modules) {
                if (!module.indirect)
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
                purl: purlFor(input.path, stdlib.line, () => (0,sbom_purl/* purlOf */.V)('golang', 'stdlib', stdlib.version)),
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

;// CONCATENATED MODULE: ./lib/sbom/parsers/java/gradle-lockfile.js



/** Configurations that only build and run tests (`testRuntimeClasspath`, `androidTestCompileClasspath`, `testFixtures...`). */
const TEST_CONFIGURATION = /test/i;
/**
 * Maven artifacts from a Gradle dependency lockfile: `gradle.lockfile` (`group:artifact:version=conf,...`)
 * or the older per-configuration `gradle/dependency-locks/<conf>.lockfile`. An artifact locked
 * only in test configurations is dev scope; one in any other configuration is required.
 */
const gradleLockfileParser = {
    name: 'java-gradle-lockfile',
    matches: (fileName) => fileName.endsWith('.lockfile'),
    async parse(input) {
        const fileName = input.path.slice(input.path.lastIndexOf('/') + 1);
        const fileConfiguration = fileName === 'gradle.lockfile' || fileName.endsWith('-gradle.lockfile') ? undefined : fileName.slice(0, -'.lockfile'.length);
        const collector = new PackageCollector(input);
        for (const [index, raw] of textOf(input).split('\n').entries()) {
            const text = raw.trim();
            if (text === '' || text.startsWith('#'))
                continue;
            const equals = text.indexOf('=');
            const coordinates = equals === -1 ? text : text.slice(0, equals);
            if (coordinates === 'empty')
                continue;
            const configurations = equals === -1 ? (fileConfiguration === undefined ? [] : [fileConfiguration]) : text.slice(equals + 1).split(',').filter((name) => name !== '');
            const parts = coordinates.split(':');
            const [group, artifact, version] = parts;
            if (parts.length !== 3 || group === undefined || artifact === undefined || version === undefined || group === '' || artifact === '' || version === '') {
                throw new errors/* SbomParseError */.J(input.path, `"${coordinates.slice(0, 200)}" is not group:artifact:version`, index + 1);
            }
            const dev = configurations.length > 0 && configurations.every((configuration) => TEST_CONFIGURATION.test(configuration));
            collector.add({ purl: purlFor(input.path, index + 1, () => (0,sbom_purl/* purlOf */.V)('maven', artifact, version, group)), ecosystem: 'maven', name: artifact, version, scope: dev ? 'dev' : 'required', line: index + 1 });
        }
        return collector.result();
    },
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/java/xml.js
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
 * A small non-validating XML reader for manifests like pom.xml: elements, text, CDATA, comments,
 * processing instructions and a DOCTYPE (skipped). Attributes are not kept. Linear in the input.
 */
function parseXml(source) {
    let index = 0;
    let line = 1;
    const advanceTo = (end) => {
        for (let newline = source.indexOf('\n', index); newline !== -1 && newline < end; newline = source.indexOf('\n', newline + 1))
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
                throw new XmlSyntaxError(`end tag </${name}> does not close <${element?.name ?? ''}>`, line);
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
            const element = { name: localName(name), children: [], text: '', line };
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
        throw new XmlSyntaxError(`<${unclosed.name}> is never closed`, unclosed.line);
    if (root === undefined)
        throw new XmlSyntaxError('no root element', line);
    return root;
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

;// CONCATENATED MODULE: ./lib/sbom/parsers/java/pom-xml.js




/** How deep `${a}` -> `${b}` -> ... property chains are followed before giving up (cycles, abuse). */
const MAX_PROPERTY_DEPTH = 8;
/** A Maven version that names exactly one release: not a range (`[1,2)`), not empty. */
const LITERAL_VERSION = /^[^\s[\]()<>,${}]+$/;
/** The scope Maven's dependency `scope` and `optional` give in the SBOM: test is dev, optional is optional. */
function scopeOf(dependency) {
    if (childText(dependency, 'scope') === 'test')
        return 'dev';
    return childText(dependency, 'optional') === 'true' ? 'optional' : 'required';
}
/** The longest value a property expansion may produce; anything longer is not a version or coordinate. */
const MAX_EXPANDED_LENGTH = 1024;
/**
 * Resolves `${name}` references from the pom's own `<properties>` and project coordinates only;
 * anything else (a parent's or a profile's property, a system property) leaves the value unresolved.
 * Each property is expanded once (memoised), cycles and over-deep chains resolve to nothing.
 */
function resolverOf(properties) {
    const resolved = new Map();
    const expand = (value, depth) => {
        if (!value.includes('${'))
            return value;
        if (depth >= MAX_PROPERTY_DEPTH)
            return undefined;
        let unresolved = false;
        const expanded = value.replace(/\$\{([^}]*)\}/g, (_, name) => {
            const property = lookup(name, depth + 1);
            if (property === undefined)
                unresolved = true;
            return property ?? '';
        });
        return unresolved || expanded.includes('${') || expanded.length > MAX_EXPANDED_LENGTH ? undefined : expanded;
    };
    const lookup = (name, depth) => {
        if (resolved.has(name))
            return resolved.get(name);
        const raw = properties.get(name);
        // Marked unresolved while expanding, so a cycle ends here instead of recursing.
        resolved.set(name, undefined);
        const value = raw === undefined ? undefined : expand(raw, depth);
        resolved.set(name, value);
        return value;
    };
    return (value) => expand(value, 0);
}
/**
 * The direct dependencies a `pom.xml` declares with a version that is literal or comes from the
 * same file's `<properties>`: `test` scope as dev, `optional` as optional. Versions managed by a
 * parent, a BOM or a range are not in this file, so those dependencies are left out rather than guessed.
 */
const pomXmlParser = {
    name: 'java-pom-xml',
    matches: (fileName) => fileName === 'pom.xml',
    async parse(input) {
        let project;
        try {
            project = parseXml(textOf(input));
        }
        catch (error) {
            if (error instanceof XmlSyntaxError)
                throw new errors/* SbomParseError */.J(input.path, `not valid XML: ${error.message}`, error.line, { cause: error });
            throw error;
        }
        if (project.name !== 'project')
            throw new errors/* SbomParseError */.J(input.path, `the root element is <${project.name}>, not a Maven <project>`, project.line);
        const parent = child(project, 'parent');
        const properties = new Map();
        for (const property of child(project, 'properties')?.children ?? [])
            properties.set(property.name, property.text.trim());
        const coordinates = [
            ['groupId', childText(project, 'groupId') ?? childText(parent, 'groupId')],
            ['artifactId', childText(project, 'artifactId')],
            ['version', childText(project, 'version') ?? childText(parent, 'version')],
        ];
        for (const [name, value] of coordinates) {
            if (value !== undefined)
                for (const prefix of ['project.', 'pom.', ''])
                    properties.set(`${prefix}${name}`, value);
        }
        for (const name of ['groupId', 'version']) {
            const value = childText(parent, name);
            if (value !== undefined)
                properties.set(`project.parent.${name}`, value);
        }
        const resolve = resolverOf(properties);
        const collector = new PackageCollector(input);
        const groupId = resolve(coordinates[0]?.[1] ?? '');
        const artifactId = resolve(coordinates[1]?.[1] ?? '');
        const version = resolve(coordinates[2]?.[1] ?? '');
        let root;
        if (groupId !== undefined && groupId !== '' && artifactId !== undefined && artifactId !== '') {
            const rootVersion = version !== undefined && LITERAL_VERSION.test(version) ? version : '';
            root = { purl: purlFor(input.path, project.line, () => (0,sbom_purl/* purlOf */.V)('maven', artifactId, rootVersion, groupId)), ecosystem: 'maven', name: artifactId, version: rootVersion, hashes: [], locations: [{ path: input.path, line: project.line }], scope: 'required' };
        }
        for (const dependency of child(project, 'dependencies')?.children ?? []) {
            if (dependency.name !== 'dependency')
                continue;
            const group = resolve(childText(dependency, 'groupId') ?? '');
            const artifact = resolve(childText(dependency, 'artifactId') ?? '');
            const declared = resolve(childText(dependency, 'version') ?? '');
            if (group === undefined || group === '' || artifact === undefined || artifact === '' || declared === undefined || !LITERAL_VERSION.test(declared))
                continue;
            const type = childText(dependency, 'type');
            const classifier = childText(dependency, 'classifier');
            const qualifiers = {};
            if (type !== undefined && type !== '' && type !== 'jar')
                qualifiers.type = type;
            if (classifier !== undefined && classifier !== '')
                qualifiers.classifier = classifier;
            const purl = collector.add({
                purl: purlFor(input.path, dependency.line, () => (0,sbom_purl/* purlOf */.V)('maven', artifact, declared, group, Object.keys(qualifiers).length === 0 ? undefined : qualifiers)),
                ecosystem: 'maven',
                name: artifact,
                version: declared,
                scope: scopeOf(dependency),
                line: dependency.line,
            });
            if (root !== undefined)
                collector.relate(root.purl, purl);
        }
        return collector.result(root);
    },
};

// EXTERNAL MODULE: ./lib/sbom/licenses.js
var sbom_licenses = __webpack_require__(29305);
;// CONCATENATED MODULE: ./lib/sbom/parsers/php/composer-lock.js





/** The package lists of composer.lock and the scope of what they hold. */
const SECTIONS = [
    ['packages', 'required'],
    ['packages-dev', 'dev'],
];
/**
 * The license of composer's `license` array: several entries mean the user may pick one (composer's
 * documented semantics), so valid SPDX ids are joined with OR; entries that are not SPDX are kept
 * as the text they are (the formats carry them as free text), never corrected.
 */
function licenseOf(entry) {
    const licenses = (arrayField(entry, 'license') ?? []).filter((license) => typeof license === 'string' && license.trim() !== '').map((license) => license.trim());
    if (licenses.length <= 1)
        return licenses[0];
    if (!licenses.every(sbom_licenses/* isSpdxExpression */.Y))
        return licenses.join(', ');
    return licenses.map((license) => (license.includes(' ') ? `(${license})` : license)).join(' OR ');
}
/**
 * Packages from `composer.lock`: `packages` required, `packages-dev` dev scope; licenses, the dist
 * SHA-1 when composer recorded one, the dist URL, and edges from each package's `require`.
 */
const composerLockParser = {
    name: 'php-composer-lock',
    matches: (fileName) => fileName === 'composer.lock',
    async parse(input) {
        const lock = parseJsonLockfile(input);
        if (!isRecord(lock))
            throw new errors/* SbomParseError */.J(input.path, 'a composer.lock is a JSON object');
        const collector = new PackageCollector(input);
        const byName = new Map();
        const requires = [];
        for (const [section, scope] of SECTIONS) {
            for (const entry of arrayField(lock, section) ?? []) {
                if (!isRecord(entry))
                    continue;
                const fullName = stringField(entry, 'name');
                const version = stringField(entry, 'version');
                const slash = fullName?.indexOf('/') ?? -1;
                if (fullName === undefined || version === undefined || version === '' || slash <= 0) {
                    throw new errors/* SbomParseError */.J(input.path, `an entry of ${section} lacks a vendor/name or version`);
                }
                const name = fullName.slice(slash + 1);
                const dist = recordField(entry, 'dist');
                const shasum = dist === undefined ? undefined : (0,hashes/* hexHash */.eP)('SHA1', stringField(dist, 'shasum') ?? '');
                const purl = collector.add({
                    purl: purlFor(input.path, undefined, () => (0,sbom_purl/* purlOf */.V)('composer', name, version, fullName.slice(0, slash))),
                    ecosystem: 'composer',
                    name: fullName,
                    version,
                    scope,
                    entry: section,
                    hashes: shasum === undefined ? [] : [shasum],
                    license: licenseOf(entry),
                    downloadLocation: dist === undefined ? undefined : stringField(dist, 'url'),
                });
                byName.set(fullName.toLowerCase(), purl);
                requires.push({ purl, names: Object.keys(recordField(entry, 'require') ?? {}) });
            }
        }
        for (const { purl, names } of requires) {
            // `php`, `ext-*` and `lib-*` requirements are platform packages, not locked ones: they resolve to nothing.
            for (const name of names) {
                const target = byName.get(name.toLowerCase());
                if (target !== undefined)
                    collector.relate(purl, target);
            }
        }
        return collector.result();
    },
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/python/names.js

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
    return (0,hashes/* hexHash */.eP)(algorithm, digest);
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

;// CONCATENATED MODULE: ./lib/sbom/parsers/python/pipfile-lock.js




/** The sections of Pipfile.lock and the scope of what they list. */
const pipfile_lock_SECTIONS = [
    ['default', 'required'],
    ['develop', 'dev'],
];
/**
 * Packages from `Pipfile.lock`: `default` is required, `develop` is dev scope; versions pinned
 * `==x` (or `===x`); git, path and editable entries pin no release and are skipped.
 */
const pipfileLockParser = {
    name: 'python-pipfile-lock',
    matches: (fileName) => fileName === 'Pipfile.lock',
    async parse(input) {
        const lock = parseJsonLockfile(input);
        if (!isRecord(lock))
            throw new errors/* SbomParseError */.J(input.path, 'a Pipfile.lock is a JSON object');
        const collector = new PackageCollector(input);
        for (const [section, scope] of pipfile_lock_SECTIONS) {
            for (const [rawName, entry] of Object.entries(recordField(lock, section) ?? {})) {
                if (!isRecord(entry))
                    continue;
                const version = /^===?(\S+)$/.exec(stringField(entry, 'version') ?? '')?.[1];
                if (version === undefined)
                    continue;
                const name = normalizePythonName(rawName);
                const hashes = (arrayField(entry, 'hashes') ?? []).filter((hash) => typeof hash === 'string');
                collector.add({ purl: purlFor(input.path, undefined, () => (0,sbom_purl/* purlOf */.V)('pypi', name, version)), ecosystem: 'pypi', name, version, scope, entry: section, hashes: singleArchiveHashes(hashes) });
            }
        }
        return collector.result();
    },
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/python/pyproject.js


/**
 * The project from `pyproject.toml` (`[project]`, else poetry's `[tool.poetry]`): its name,
 * version and license (a PEP 639 expression, or the `text` of the older table form).
 */
async function readPyproject(input) {
    const manifest = await input.readSibling('pyproject.toml');
    if (manifest === undefined)
        return undefined;
    let pyproject;
    try {
        pyproject = (0,dist/* parse */.qg)(manifest.toString('utf8'));
    }
    catch {
        // An unreadable manifest only costs the root's details; the lockfile still lists every package.
        return undefined;
    }
    const table = recordField(pyproject, 'project') ?? recordField(recordField(pyproject, 'tool') ?? {}, 'poetry');
    if (table === undefined)
        return undefined;
    const licenseTable = recordField(table, 'license');
    const license = stringField(table, 'license') ?? (licenseTable === undefined ? undefined : stringField(licenseTable, 'text'));
    return { name: stringField(table, 'name'), version: stringField(table, 'version'), license: license?.trim() === '' ? undefined : license?.trim() };
}

;// CONCATENATED MODULE: ./lib/sbom/parsers/python/poetry-lock.js





/**
 * The scope poetry recorded: `category = "dev"` (lock format 1.x), or `groups` without `main`
 * (format 2.1); format 2.0 records neither, so its packages are all required. Optional packages
 * are those only an extra pulls in.
 */
function poetry_lock_scopeOf(entry) {
    const groups = arrayField(entry, 'groups');
    const dev = stringField(entry, 'category') === 'dev' || (groups !== undefined && groups.length > 0 && !groups.includes('main'));
    if (dev)
        return 'dev';
    return entry.optional === true ? 'optional' : 'required';
}
/** The sdist's hash among a package's files (`files` in the entry, or `[metadata.files]` of format 1.x); wheels are one per platform. */
function sdistHash(files) {
    const sdists = (files ?? []).filter((file) => isRecord(file) && /\.(tar\.gz|zip|tar\.bz2)$/.test(stringField(file, 'file') ?? ''));
    return sdists.length === 1 && sdists[0] !== undefined ? pythonHash(stringField(sdists[0], 'hash') ?? '') : undefined;
}
/**
 * Where a package from a `[package.source]` is downloaded from: a `url` source's archive, or a
 * `git` source's repository at the resolved commit (`git+URL#commit`). A `legacy` source's url is
 * the package index, and `directory`/`file` ones are local paths: none is a download location.
 */
function sourceDownload(source) {
    const url = stringField(source, 'url');
    if (url === undefined)
        return undefined;
    const type = stringField(source, 'type');
    if (type === 'url')
        return url;
    if (type !== 'git')
        return undefined;
    const revision = stringField(source, 'resolved_reference') ?? stringField(source, 'reference');
    const repository = url.startsWith('git+') ? url : `git+${url}`;
    return revision === undefined ? repository : `${repository}#${revision}`;
}
/** The root: the project the pyproject.toml beside the lockfile names. */
async function projectOf(input) {
    const project = await readPyproject(input);
    if (project?.name === undefined)
        return undefined;
    const name = normalizePythonName(project.name);
    const version = project.version ?? '';
    const root = { purl: purlFor(input.path, undefined, () => (0,sbom_purl/* purlOf */.V)('pypi', name, version)), ecosystem: 'pypi', name, version, hashes: [], locations: [{ path: input.path }], scope: 'required' };
    if (project.license !== undefined)
        root.license = project.license;
    return root;
}
/**
 * Packages from `poetry.lock` (formats 1.x and 2.x): PEP 503 names, dev category or non-main
 * groups as dev scope, the sdist hash, and dependency edges by name.
 */
const poetryLockParser = {
    name: 'python-poetry-lock',
    matches: (fileName) => fileName === 'poetry.lock',
    async parse(input) {
        const lock = parseTomlLockfile(input);
        const entries = arrayField(lock, 'package') ?? [];
        const lines = headerLines(textOf(input), '[[package]]');
        const legacyFiles = recordField(recordField(lock, 'metadata') ?? {}, 'files') ?? {};
        const collector = new PackageCollector(input);
        const byName = new Map();
        const dependenciesOf = [];
        for (const [index, entry] of entries.entries()) {
            const line = lines[index];
            if (!isRecord(entry))
                throw new errors/* SbomParseError */.J(input.path, 'a [[package]] entry is not a table', line);
            const rawName = stringField(entry, 'name');
            const version = stringField(entry, 'version');
            if (rawName === undefined || rawName === '' || version === undefined || version === '') {
                throw new errors/* SbomParseError */.J(input.path, 'a [[package]] entry lacks a name or version', line);
            }
            const name = normalizePythonName(rawName);
            const files = arrayField(entry, 'files') ?? arrayField(legacyFiles, rawName) ?? arrayField(legacyFiles, name);
            const hash = sdistHash(files);
            const source = recordField(entry, 'source');
            const purl = collector.add({
                purl: purlFor(input.path, line, () => (0,sbom_purl/* purlOf */.V)('pypi', name, version)),
                ecosystem: 'pypi',
                name,
                version,
                scope: poetry_lock_scopeOf(entry),
                line,
                hashes: hash === undefined ? [] : [hash],
                downloadLocation: source === undefined ? undefined : sourceDownload(source),
            });
            const named = byName.get(name);
            if (named === undefined)
                byName.set(name, new Set([purl]));
            else
                named.add(purl);
            dependenciesOf.push({ purl, names: Object.keys(recordField(entry, 'dependencies') ?? {}).map(normalizePythonName) });
        }
        for (const { purl, names } of dependenciesOf) {
            for (const name of names) {
                // A name locked at several versions (per-platform markers) gets an edge to each.
                for (const target of byName.get(name) ?? [])
                    collector.relate(purl, target);
            }
        }
        return collector.result(await projectOf(input));
    },
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/python/requirements-txt.js



/** `name[extras] ==|=== version`, the only requirement form that pins one release (PEP 440 / pip). */
const PINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,@*]+)\s*(?:$|;|@)/;
/** Requirement files a project keeps for development only, by the names pip users give them. */
const DEV_FILE = /(^|[-_.])(dev|devel|develop|development|test|tests|testing|lint|docs)([-_.]|$)/i;
/** Joins `\`-continued lines and drops comments (`#` at the start or after whitespace, as pip does). */
function logicalLines(text) {
    const result = [];
    let pending;
    for (const [index, raw] of text.split('\n').entries()) {
        const uncommented = raw.replace(/(^|\s)#.*$/, '').replace(/\r$/, '');
        const continued = uncommented.endsWith('\\');
        const part = continued ? uncommented.slice(0, -1) : uncommented;
        if (pending === undefined)
            pending = { text: part, line: index + 1 };
        else
            pending.text += ` ${part}`;
        if (!continued) {
            result.push(pending);
            pending = undefined;
        }
    }
    if (pending !== undefined)
        result.push(pending);
    return result;
}
/**
 * Pinned requirements (`name==version`, `name===version`) from `requirements*.txt`: names in PEP
 * 503 form, extras and markers dropped, `--hash` options kept when they name one archive. Options
 * (`-r`, `-e`, `--index-url`, ...) and unpinned requirements describe no single release and are
 * skipped. Files named for development (`requirements-dev.txt`, `test-requirements.txt`) are dev scope.
 */
const requirementsTxtParser = {
    name: 'python-requirements',
    matches: (fileName) => /requirements.*\.txt$/i.test(fileName),
    async parse(input) {
        const baseName = input.path.slice(input.path.lastIndexOf('/') + 1).replace(/\.txt$/i, '');
        const scope = DEV_FILE.test(baseName) ? 'dev' : 'required';
        const collector = new PackageCollector(input);
        for (const { text, line } of logicalLines(textOf(input))) {
            const trimmed = text.trim();
            if (trimmed === '' || trimmed.startsWith('-'))
                continue;
            const requirement = trimmed.split(/\s--?[a-z]/)[0] ?? '';
            const match = PINNED.exec(requirement.trim());
            if (match?.[1] === undefined || match[2] === undefined)
                continue;
            const name = normalizePythonName(match[1]);
            const version = match[2];
            const hashes = [...trimmed.matchAll(/--hash[=\s]\s*(\S+)/g)].map((hash) => hash[1] ?? '');
            collector.add({ purl: purlFor(input.path, line, () => (0,sbom_purl/* purlOf */.V)('pypi', name, version)), ecosystem: 'pypi', name, version, scope, line, hashes: singleArchiveHashes(hashes) });
        }
        return collector.result();
    },
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/python/uv-lock.js





/** Workspace members are locked from a directory: `virtual` or `editable` sources. */
const MEMBER_SOURCES = ['virtual', 'editable'];
/** A stable text for a `source = { ... }` table, to match references against packages. */
function sourceKey(source) {
    if (source === undefined)
        return '';
    return Object.keys(source)
        .sort()
        .map((key) => `${key}=${String(source[key])}`)
        .join(',');
}
/** The dependency references in an array of `{ name, version?, source?, extra? }` tables. */
function referencesOf(list) {
    return (list ?? []).filter(isRecord).flatMap((item) => {
        const name = stringField(item, 'name');
        if (name === undefined)
            return [];
        const source = recordField(item, 'source');
        const extras = (arrayField(item, 'extra') ?? []).filter((extra) => typeof extra === 'string');
        return [{ name: normalizePythonName(name), version: stringField(item, 'version'), source: source === undefined ? undefined : sourceKey(source), extras }];
    });
}
/** The references of each key of a table of arrays (`optional-dependencies`, `dev-dependencies`). */
function groupsOf(table) {
    const groups = new Map();
    for (const [group, list] of Object.entries(table ?? {}))
        if (Array.isArray(list))
            groups.set(group, referencesOf(list));
    return groups;
}
/** The sdist's hash, else the hash of the only wheel: the one archive the lockfile pins unambiguously. */
function archiveHash(entry) {
    const sdist = recordField(entry, 'sdist');
    if (sdist !== undefined)
        return pythonHash(stringField(sdist, 'hash') ?? '');
    const wheels = (arrayField(entry, 'wheels') ?? []).filter(isRecord);
    return wheels.length === 1 && wheels[0] !== undefined ? pythonHash(stringField(wheels[0], 'hash') ?? '') : undefined;
}
/**
 * Packages from `uv.lock`: PEP 503 names, the sdist hash, edges from `dependencies`,
 * `optional-dependencies` and `dev-dependencies`. Scope is what reaches a package from the
 * workspace members: their dependencies (required), their extras (optional), their dependency
 * groups (dev). The member locked from `.` is the root; the other members are packages it contains.
 */
const uvLockParser = {
    name: 'python-uv-lock',
    matches: (fileName) => fileName === 'uv.lock',
    async parse(input) {
        const lock = parseTomlLockfile(input);
        const lines = headerLines(textOf(input), '[[package]]');
        const locked = [];
        for (const [index, entry] of (arrayField(lock, 'package') ?? []).entries()) {
            const line = lines[index];
            if (!isRecord(entry))
                throw new errors/* SbomParseError */.J(input.path, 'a [[package]] entry is not a table', line);
            const rawName = stringField(entry, 'name');
            if (rawName === undefined || rawName === '')
                throw new errors/* SbomParseError */.J(input.path, 'a [[package]] entry lacks a name', line);
            const name = normalizePythonName(rawName);
            // Members with a dynamic version are locked without one.
            const version = stringField(entry, 'version') ?? '';
            const source = recordField(entry, 'source');
            const member = source !== undefined && MEMBER_SOURCES.some((kind) => typeof source[kind] === 'string');
            locked.push({
                name,
                version,
                source: sourceKey(source),
                purl: purlFor(input.path, line, () => (0,sbom_purl/* purlOf */.V)('pypi', name, version)),
                line,
                member,
                dependencies: referencesOf(arrayField(entry, 'dependencies')),
                optional: groupsOf(recordField(entry, 'optional-dependencies')),
                dev: [...groupsOf(recordField(entry, 'dev-dependencies')).values()].flat(),
                entry,
            });
        }
        // A reference names a package by name, adding version and/or source only when the name is locked
        // more than once; every such key maps to its package, or to null when two packages share it.
        const referenceKey = (name, version, source) => `${name}\u0000${version}\u0000${source}`;
        const byReference = new Map();
        for (const pkg of locked) {
            for (const key of [referenceKey(pkg.name, '', ''), referenceKey(pkg.name, pkg.version, ''), referenceKey(pkg.name, '', pkg.source), referenceKey(pkg.name, pkg.version, pkg.source)]) {
                const known = byReference.get(key);
                if (known === undefined)
                    byReference.set(key, pkg);
                else if (known !== null && (known.purl !== pkg.purl || known.source !== pkg.source))
                    byReference.set(key, null);
            }
        }
        const resolve = (reference) => byReference.get(referenceKey(reference.name, reference.version ?? '', reference.source ?? '')) ?? undefined;
        const resolved = (references) => references.flatMap((reference) => resolve(reference) ?? []);
        // What a set of references pulls in: each target, plus the optional dependencies of the extras asked of it.
        // `activated` is shared by a whole walk: an extra's dependencies are pulled in once, however many ask for it.
        const expand = (references, activated) => {
            const targets = [];
            const stack = [...references];
            for (let reference = stack.pop(); reference !== undefined; reference = stack.pop()) {
                const target = resolve(reference);
                if (target === undefined)
                    continue;
                targets.push(target);
                for (const extra of reference.extras) {
                    const key = `${target.purl}[${extra}]`;
                    if (activated.has(key))
                        continue;
                    activated.add(key);
                    stack.push(...(target.optional.get(extra) ?? []));
                }
            }
            return targets;
        };
        // Widest scope wins: walk required first, then optional, then dev, never revisiting a package.
        const scopes = new Map();
        const walk = (starts, scope, activated) => {
            const queue = starts.filter((pkg) => !scopes.has(pkg));
            for (const pkg of queue)
                scopes.set(pkg, scope);
            for (let index = 0; index < queue.length; index += 1) {
                for (const target of expand(queue[index].dependencies, activated)) {
                    if (scopes.has(target))
                        continue;
                    scopes.set(target, scope);
                    queue.push(target);
                }
            }
        };
        const members = locked.filter((pkg) => pkg.member);
        const scopeWalk = (scope, starts) => {
            const activated = new Set();
            walk(starts(activated), scope, activated);
        };
        scopeWalk('required', () => members);
        scopeWalk('optional', (activated) => expand(members.flatMap((member) => [...member.optional.values()].flat()), activated));
        scopeWalk('dev', (activated) => expand(members.flatMap((member) => member.dev), activated));
        const collector = new PackageCollector(input);
        let root;
        for (const pkg of locked) {
            const hash = archiveHash(pkg.entry);
            const sdist = recordField(pkg.entry, 'sdist');
            // Packages no member reaches (a lock without members, or a stale entry) are kept as required: never hidden.
            collector.add({
                purl: pkg.purl,
                ecosystem: 'pypi',
                name: pkg.name,
                version: pkg.version,
                scope: scopes.get(pkg) ?? 'required',
                line: pkg.line,
                hashes: hash === undefined ? [] : [hash],
                downloadLocation: sdist === undefined ? undefined : stringField(sdist, 'url'),
            });
            const source = recordField(pkg.entry, 'source');
            if (root === undefined && pkg.member && source !== undefined && (source.virtual === '.' || source.editable === '.')) {
                root = { purl: pkg.purl, ecosystem: 'pypi', name: pkg.name, version: pkg.version, hashes: [], locations: [{ path: input.path, line: pkg.line }], scope: 'required' };
            }
            for (const target of resolved([...pkg.dependencies, ...[...pkg.optional.values()].flat(), ...pkg.dev]))
                collector.relate(pkg.purl, target.purl);
        }
        if (root !== undefined) {
            for (const member of members)
                if (member.purl !== root.purl)
                    collector.relate(root.purl, member.purl, 'contains');
            const project = await readPyproject(input);
            if (project?.license !== undefined && project.name !== undefined && normalizePythonName(project.name) === root.name)
                root.license = project.license;
        }
        return collector.result(root);
    },
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/ruby/gemfile-lock.js


/** A GIT section's source as other lockfiles record one: `git+URL#revision` (an https or ssh remote gains the `git+` of a VCS URL). */
function gitLocation(remote, revision) {
    const url = /^(?:https?|ssh):\/\//.test(remote) ? `git+${remote}` : remote;
    return revision === undefined ? url : `${url}#${revision}`;
}
/** The sections of Gemfile.lock whose `specs:` list locked gems. */
const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);
/** `name (version[-platform])` at 4 spaces: a locked gem (Bundler's NAME_VERSION: the version has no `-`, the platform follows it). */
const SPEC = /^ {4}(?! )(\S+) \(([^-\s)]+)(?:-([^\s)]+))?\)$/;
/** `name[ (requirement)]` at 6 spaces: a dependency of the gem above. */
const SPEC_DEPENDENCY = /^ {6}(?! )(\S+)(?: \(.*\))?$/;
/**
 * Gems from `Gemfile.lock`: the `specs` of its GEM, GIT, PATH and PLUGIN SOURCE sections, with
 * platform-specific gems as a `platform` purl qualifier, GIT sources as the download location, and
 * the dependency edges the specs record. Gemfile.lock does not record groups, so every gem is required.
 */
const gemfileLockParser = {
    name: 'ruby-gemfile-lock',
    matches: (fileName) => fileName === 'Gemfile.lock' || fileName === 'gems.locked',
    async parse(input) {
        const collector = new PackageCollector(input);
        const gems = [];
        let section = '';
        let remote;
        let revision;
        let current;
        for (const [index, raw] of textOf(input).split('\n').entries()) {
            const text = raw.replace(/\r$/, '');
            if (/^\S/.test(text)) {
                section = text.trim();
                remote = undefined;
                revision = undefined;
                current = undefined;
                continue;
            }
            if (!SOURCE_SECTIONS.has(section))
                continue;
            const option = /^ {2}(remote|revision): (.+)$/.exec(text);
            if (option?.[1] === 'remote')
                remote = option[2];
            if (option?.[1] === 'revision')
                revision = option[2];
            const spec = SPEC.exec(text);
            if (spec?.[1] !== undefined && spec[2] !== undefined) {
                const [, name, version, platform] = spec;
                const purl = purlFor(input.path, index + 1, () => (0,sbom_purl/* purlOf */.V)('gem', name, version, undefined, platform === undefined ? undefined : { platform }));
                const downloadLocation = section === 'GIT' && remote !== undefined ? gitLocation(remote, revision) : undefined;
                collector.add({ purl, ecosystem: 'gem', name, version, scope: 'required', line: index + 1, downloadLocation });
                current = { purl, name, dependencies: [] };
                gems.push(current);
                continue;
            }
            const dependency = SPEC_DEPENDENCY.exec(text);
            if (dependency?.[1] !== undefined && current !== undefined)
                current.dependencies.push(dependency[1]);
        }
        // A gem locked for several platforms is one version in several builds: an edge goes to each.
        const byName = new Map();
        for (const gem of gems) {
            const named = byName.get(gem.name);
            if (named === undefined)
                byName.set(gem.name, new Set([gem.purl]));
            else
                named.add(gem.purl);
        }
        for (const gem of gems)
            for (const name of gem.dependencies)
                for (const target of byName.get(name) ?? [])
                    collector.relate(gem.purl, target);
        return collector.result();
    },
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/rust/cargo-lock.js






const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
const CRATES_IO_SPARSE = 'sparse+https://index.crates.io/';
/**
 * The purl of a crate: crates.io ones are plain; other registries carry `repository_url`, git
 * sources `vcs_url` (so a git fork never passes for the crates.io release of the same version);
 * path (workspace) crates are plain.
 */
function cratePurl(name, version, source) {
    if (source === undefined || source === CRATES_IO || source === CRATES_IO_SPARSE)
        return (0,sbom_purl/* purlOf */.V)('cargo', name, version);
    if (source.startsWith('git+')) {
        // `git+URL?branch=x#commit`: the commit pins what was built; the query only says how it was chosen.
        const hash = source.indexOf('#');
        const url = source.slice(0, source.includes('?') ? source.indexOf('?') : hash === -1 ? source.length : hash);
        return (0,sbom_purl/* purlOf */.V)('cargo', name, version, undefined, { vcs_url: hash === -1 ? url : `${url}@${source.slice(hash + 1)}` });
    }
    return (0,sbom_purl/* purlOf */.V)('cargo', name, version, undefined, { repository_url: source.replace(/^(registry|sparse)\+/, '') });
}
/**
 * Where a crate's archive is downloaded from: crates.io's download endpoint for the crate, or the
 * git repository at the locked commit (`git+URL#commit`). Another registry's index URL says where
 * the index is, not the archive (its download template is in the index's config.json): unknown.
 */
function downloadLocationOf(name, version, source) {
    if (source === CRATES_IO || source === CRATES_IO_SPARSE)
        return `https://crates.io/api/v1/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}/download`;
    if (source?.startsWith('git+') !== true)
        return undefined;
    // `git+URL?branch=x#commit`: the commit is what was built; the query only says how it was chosen.
    const hash = source.indexOf('#');
    const query = source.indexOf('?');
    const url = source.slice(0, query !== -1 ? query : hash !== -1 ? hash : source.length);
    return hash === -1 ? url : `${url}${source.slice(hash)}`;
}
/** The `[metadata]` checksums of a v1 Cargo.lock, keyed `name version (source)`. */
function metadataChecksums(lock) {
    const checksums = new Map();
    const metadata = recordField(lock, 'metadata');
    if (metadata === undefined)
        return checksums;
    for (const [key, value] of Object.entries(metadata)) {
        const match = /^checksum (.+)$/.exec(key);
        if (match?.[1] !== undefined && typeof value === 'string')
            checksums.set(match[1], value);
    }
    return checksums;
}
/**
 * The root crate's name, version and license from the Cargo.toml beside the lockfile, if it has a `[package]`
 * (a virtual workspace has none).
 */
async function manifestPackage(input) {
    const manifest = await input.readSibling('Cargo.toml');
    if (manifest === undefined)
        return undefined;
    try {
        const table = recordField((0,dist/* parse */.qg)(manifest.toString('utf8')), 'package');
        const name = table === undefined ? undefined : stringField(table, 'name');
        // `license.workspace = true` is a table: the license is the workspace's, not stated here.
        return name === undefined || table === undefined ? undefined : { name, version: stringField(table, 'version'), license: stringField(table, 'license') };
    }
    catch {
        // An unreadable manifest only costs the root; the lockfile still lists every crate.
        return undefined;
    }
}
/**
 * Crates from `Cargo.lock` (v1 to v4): registry checksums as SHA256, git and path sources,
 * dependency edges resolved by name, by `name version` or by `name version (source)` when a name
 * has several versions. Crates without a source are workspace members, contained by the root crate
 * named in the Cargo.toml beside the lockfile (or, in a virtual workspace, reported as `members`).
 */
const cargoLockParser = {
    name: 'cargo-lock',
    matches: (fileName) => fileName === 'Cargo.lock',
    async parse(input) {
        const lock = parseTomlLockfile(input);
        const entries = arrayField(lock, 'package') ?? [];
        const lines = headerLines(textOf(input), '[[package]]');
        const checksums = metadataChecksums(lock);
        const crates = [];
        for (const [index, entry] of entries.entries()) {
            const line = lines[index];
            if (!isRecord(entry))
                throw new errors/* SbomParseError */.J(input.path, 'a [[package]] entry is not a table', line);
            const name = stringField(entry, 'name');
            const version = stringField(entry, 'version');
            if (name === undefined || name === '' || version === undefined || version === '') {
                throw new errors/* SbomParseError */.J(input.path, 'a [[package]] entry lacks a name or version', line);
            }
            const source = stringField(entry, 'source');
            const dependencies = (arrayField(entry, 'dependencies') ?? []).filter((dep) => typeof dep === 'string');
            crates.push({ name, version, source, purl: purlFor(input.path, line, () => cratePurl(name, version, source)), dependencies, line });
        }
        // Every way Cargo.lock can name a crate in `dependencies`: `name`, `name version` and
        // `name version (source)`; a key two crates share is ambiguous (null) and resolves to nothing.
        const byReference = new Map();
        for (const crate of crates) {
            const keys = [crate.name, `${crate.name} ${crate.version}`];
            if (crate.source !== undefined)
                keys.push(`${crate.name} ${crate.version} (${crate.source})`);
            for (const key of keys) {
                const known = byReference.get(key);
                // A crate listed twice is one crate: duplicates must not make its name ambiguous.
                if (known === undefined)
                    byReference.set(key, crate);
                else if (known !== null && known.purl !== crate.purl)
                    byReference.set(key, null);
            }
        }
        const resolve = (spec) => byReference.get(spec.trim()) ?? undefined;
        const manifest = await manifestPackage(input);
        const rootCrate = crates.find((crate) => crate.source === undefined && crate.name === manifest?.name && (manifest.version === undefined || manifest.version === crate.version));
        const collector = new PackageCollector(input);
        let root;
        for (const [index, crate] of crates.entries()) {
            const entry = entries[index];
            const checksum = stringField(entry, 'checksum') ?? checksums.get(`${crate.name} ${crate.version} (${crate.source ?? ''})`);
            const hash = checksum === undefined ? undefined : (0,hashes/* hexHash */.eP)('SHA256', checksum);
            // Cargo.lock names no authors; a git source at least names the repository's owner. Registry crates stay NOASSERTION.
            const supplied = crate.source?.startsWith('git+') === true ? (0,suppliers/* gitSourceSupplier */._1)(crate.source.slice(4).replace(/[?#].*$/s, ''), 'the Cargo.lock git source') : undefined;
            collector.add({
                supplier: supplied?.supplier,
                properties: supplied === undefined ? [] : [supplied.property],
                purl: crate.purl,
                ecosystem: 'cargo',
                name: crate.name,
                version: crate.version,
                scope: 'required',
                line: crate.line,
                hashes: hash === undefined ? [] : [hash],
                downloadLocation: downloadLocationOf(crate.name, crate.version, crate.source),
            });
            if (crate === rootCrate) {
                root = { purl: crate.purl, ecosystem: 'cargo', name: crate.name, version: crate.version, hashes: [], locations: [{ path: input.path, line: crate.line }], scope: 'required' };
                if (manifest?.license !== undefined)
                    root.license = manifest.license;
            }
            for (const spec of crate.dependencies) {
                const dependency = resolve(spec);
                if (dependency !== undefined)
                    collector.relate(crate.purl, dependency.purl);
            }
        }
        const members = crates.filter((crate) => crate.source === undefined && crate !== rootCrate).map((crate) => crate.purl);
        if (root !== undefined) {
            for (const member of members)
                collector.relate(root.purl, member, 'contains');
            return collector.result(root);
        }
        // A virtual workspace (a Cargo.toml with no [package]) names no root: its members are the project's own crates all the same.
        const result = collector.result();
        if (members.length > 0)
            result.members = [...new Set(members)].sort();
        return result;
    },
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/javascript/common.js



/** Whether a parsed JSON value is an object (not an array, not null). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A field that must be a string when present. */
function common_stringField(object, key) {
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
function common_licenseOf(value) {
    if (typeof value === 'string')
        return value.trim() === '' ? undefined : value.trim();
    if (isObject(value))
        return common_licenseOf(value.type);
    if (Array.isArray(value)) {
        const parts = [...new Set(value.map(common_licenseOf).filter((part) => part !== undefined))];
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
function common_textOf(content) {
    const text = content.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** The 1-based line of a character offset. */
function common_lineAt(text, offset) {
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
        throw new errors/* SbomParseError */.J(path, `not valid JSON: ${message.split('\n')[0] ?? ''}`, jsonErrorLine(text, message), { cause: error });
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
        return common_lineAt(text, Number(position));
    if (message.includes('end of JSON input'))
        return common_lineAt(text, text.trimEnd().length);
    const snippet = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
    if (snippet === null)
        return undefined;
    const [, token = '', leading, context = '', trailing] = snippet;
    const at = text.indexOf(context);
    if (at === -1 || text.indexOf(context, at + 1) !== -1)
        return undefined;
    // V8 shows 10 characters either side of the bad token, with "..." where it cut the text.
    const inContext = leading !== undefined ? 10 : context.lastIndexOf(token, trailing === undefined ? context.length : context.length - 10);
    return common_lineAt(text, at + Math.max(0, inContext));
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
    // A local archive or folder (`file:`, and yarn's `link:` / `portal:`), as the lockfile spells it, without berry's `::locator=` suffix.
    const local = /^(?:file|link|portal):[^\s]+?(?=::|$)/.exec(spec);
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
        const purl = (0,sbom_purl/* npmPurl */.N)(entry.name, entry.version, qualifiersOf(entry.source));
        const existing = this.packages.get(purl);
        if (existing === undefined) {
            const pkg = { purl, ecosystem: 'npm', name: entry.name, version: entry.version, hashes: entry.hashes ?? [], locations: [entry.location], scope: entry.scope };
            if (entry.license !== undefined && entry.license !== '')
                pkg.license = entry.license;
            // SPDX's downloadLocation for a git source is the VCS location itself; a path on the builder's disk is no download location.
            const downloadLocation = entry.source === undefined ? entry.downloadLocation : entry.source.kind === 'local' ? undefined : entry.source.url;
            if (downloadLocation !== undefined)
                pkg.downloadLocation = downloadLocation;
            this.packages.set(purl, pkg);
            return purl;
        }
        existing.locations.push(entry.location);
        existing.scope = (0,model/* strongerScope */.T)(existing.scope, entry.scope);
        if (existing.hashes.length === 0 && entry.hashes !== undefined)
            existing.hashes = entry.hashes;
        if (existing.license === undefined && entry.license !== undefined && entry.license !== '')
            existing.license = entry.license;
        if (existing.downloadLocation === undefined && entry.downloadLocation !== undefined)
            existing.downloadLocation = entry.downloadLocation;
        return purl;
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
function clip(text) {
    return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}
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
        this.note(`"${clip(entry)}" depends on "${clip(reference)}", which the lockfile does not list`, line);
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

;// CONCATENATED MODULE: ./lib/sbom/parsers/javascript/bun.js




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
    name: 'bun-lock',
    matches: (fileName) => fileName === 'bun.lock',
    async parse(input) {
        const text = jsoncToJson(common_textOf(input.content));
        let lock;
        try {
            lock = JSON.parse(text);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            throw new errors/* SbomParseError */.J(input.path, `not valid JSON: ${message.split('\n')[0] ?? ''}`, jsonErrorLine(text, message), { cause: error });
        }
        if (!isObject(lock))
            throw new errors/* SbomParseError */.J(input.path, 'not a bun lockfile: the top level is not a JSON object', 1);
        if (typeof lock.lockfileVersion !== 'number')
            throw new errors/* SbomParseError */.J(input.path, 'not a bun lockfile: no numeric "lockfileVersion"');
        const set = new PackageSet();
        const purlAt = new Map();
        const infoAt = new Map();
        const workspacePurl = new Map();
        const workspaces = objectField(lock, 'workspaces');
        const rootWorkspace = objectField(workspaces, '');
        const rootName = common_stringField(rootWorkspace, 'name');
        const rootVersion = versionField(rootWorkspace) ?? '';
        const rootPurl = rootName !== undefined && isPackageName(rootName) ? (0,sbom_purl/* npmPurl */.N)(rootName, rootVersion) : undefined;
        if (rootPurl !== undefined)
            workspacePurl.set('', rootPurl);
        for (const [path, value] of Object.entries(workspaces)) {
            if (path === '' || !isObject(value))
                continue;
            const name = common_stringField(value, 'name') ?? path.split('/').pop() ?? path;
            if (!isPackageName(name))
                continue;
            const purl = set.add({ name, version: versionField(value) ?? '', scope: 'required', location: { path: input.path, entry: path } });
            workspacePurl.set(path, purl);
            if (rootPurl !== undefined)
                set.relate(rootPurl, purl, 'contains');
        }
        for (const [key, value] of Object.entries(objectField(lock, 'packages'))) {
            if (!Array.isArray(value) || typeof value[0] !== 'string')
                continue;
            const { name, rest } = splitNameAt(value[0]);
            if (!isPackageName(name) || rest === '')
                continue;
            if (rest.startsWith('workspace:')) {
                const purl = workspacePurl.get(rest.slice('workspace:'.length));
                if (purl !== undefined)
                    purlAt.set(key, purl);
                continue;
            }
            if (rest.startsWith('file:') || rest.startsWith('link:'))
                continue;
            // npm packages are [id, registry, info, integrity]; git, github and tarball ones are [id, info, ...].
            const isRegistry = typeof value[1] === 'string';
            const info = isRegistry ? value[2] : value[1];
            const integrity = isRegistry && typeof value[3] === 'string' ? value[3] : undefined;
            const version = /^[a-z+]+:/.test(rest) && isObject(info) && typeof info.version === 'string' ? info.version : rest;
            purlAt.set(key, set.add({
                name,
                version,
                scope: 'required',
                hashes: (0,hashes/* sriHashes */.PK)(integrity ?? ''),
                downloadLocation: isRegistry && typeof value[1] === 'string' && /^https?:\/\//.test(value[1]) ? value[1] : undefined,
                source: isRegistry ? undefined : sourceOf(rest),
                location: { path: input.path, entry: key },
            }));
            if (isObject(info))
                infoAt.set(key, info);
        }
        const tree = new NestedScopes((key) => (key === '' ? undefined : parentKey(key)));
        for (const [key, purl] of purlAt)
            installKey(tree, key, purl);
        const resolve = (fromKey, name) => tree.resolve(fromKey, name);
        const edges = new Map();
        const unresolved = new Unresolved(input.path);
        for (const [key, info] of infoAt) {
            const from = purlAt.get(key);
            const list = edges.get(from) ?? [];
            edges.set(from, list);
            for (const [field, optional] of DEPENDENCY_FIELDS) {
                for (const [name, range] of Object.entries(objectField(info, field))) {
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
            if (!isObject(value))
                continue;
            const prefix = path === '' ? '' : (common_stringField(value, 'name') ?? '');
            for (const [field, kind] of [['dependencies', 'required'], ['peerDependencies', 'required'], ['optionalDependencies', 'optional'], ['devDependencies', 'dev']]) {
                for (const name of Object.keys(objectField(value, field))) {
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
        const scopes = scopesByReachability(starts, edges);
        const members = new Set(workspacePurl.values());
        const packages = set.allPackages();
        for (const pkg of packages)
            if (!members.has(pkg.purl))
                pkg.scope = scopes.get(pkg.purl) ?? 'required';
        const result = { packages, relationships: set.allRelationships(), unknowns: unresolved.all() };
        if (rootPurl !== undefined && rootName !== undefined) {
            const root = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
            result.root = root;
        }
        return result;
    },
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/javascript/npm.js




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
function npm_scopeOf(entry) {
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
    const rootEntry = packages === undefined ? undefined : objectField(packages, '');
    const name = common_stringField(manifest ?? {}, 'name') ?? (rootEntry === undefined ? undefined : common_stringField(rootEntry, 'name')) ?? common_stringField(lock, 'name');
    if (name === undefined || !isPackageName(name))
        return undefined;
    const version = versionField(manifest ?? {}) ?? (rootEntry === undefined ? undefined : versionField(rootEntry)) ?? versionField(lock) ?? '';
    return { name, version };
}
function rootPackage(root, path, license) {
    const pkg = { purl: (0,sbom_purl/* npmPurl */.N)(root.name, root.version), ecosystem: 'npm', name: root.name, version: root.version, hashes: [], locations: [{ path }], scope: 'required' };
    if (license !== undefined)
        pkg.license = license;
    return pkg;
}
/** The fields of a lockfile entry that name what it depends on; only a missing plain dependency is unresolved. */
const EDGE_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** lockfileVersion 2 and 3: a flat `packages` map keyed by install path. */
function parsePackages(input, lock, packages, manifest) {
    const set = new PackageSet();
    const root = rootOf(lock, manifest, packages);
    const rootEntry = objectField(packages, '');
    const rootPurl = root === undefined ? undefined : (0,sbom_purl/* npmPurl */.N)(root.name, root.version);
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
        if (!isObject(value))
            continue;
        if (value.link === true) {
            const target = common_stringField(value, 'resolved');
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
    const tree = new NestedScopes(parentOf);
    for (const entry of entries) {
        const { path, value, installed } = entry;
        if (path === '')
            continue;
        const name = common_stringField(value, 'name') ?? (installed ? undefined : linkedAs.get(path)) ?? nameFromPath(path);
        const version = versionField(value) ?? '';
        if (!isPackageName(name))
            continue;
        const purl = set.add({
            name,
            version,
            scope: npm_scopeOf(value),
            hashes: (0,hashes/* sriHashes */.PK)(common_stringField(value, 'integrity') ?? ''),
            license: common_licenseOf(value.license ?? value.licenses),
            downloadLocation: downloadOf(common_stringField(value, 'resolved')),
            source: installed ? sourceOf(common_stringField(value, 'resolved')) : undefined,
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
    const unresolved = new Unresolved(input.path);
    for (const { path, value, installed, purl } of entries) {
        const from = path === '' ? rootPurl : purl;
        if (from === undefined && path !== '')
            continue;
        const resolve = tree.resolverAt(path);
        for (const field of EDGE_FIELDS) {
            const wanted = objectField(value, field);
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
        for (const name in objectField(value, 'devDependencies')) {
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
        result.root = rootPackage(root, input.path, common_licenseOf(rootEntry.license ?? manifest?.license));
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
    const source = sourceOf(version);
    return source === undefined ? { name, version } : { name, version: '', source };
}
/** lockfileVersion 1: nested `dependencies` maps mirroring node_modules. */
function parseDependencies(input, lock, dependencies, manifest) {
    const set = new PackageSet();
    const root = rootOf(lock, manifest, undefined);
    const top = { purl: root === undefined ? '' : (0,sbom_purl/* npmPurl */.N)(root.name, root.version), installPath: '', optionalRequires: false, requires: [], children: new Map(), parent: undefined };
    const nodes = [];
    const stack = [{ map: dependencies, parent: top, path: '', parentScope: 'required' }];
    while (stack.length > 0) {
        const { map, parent, path, parentScope } = stack.pop();
        for (const [key, value] of Object.entries(map)) {
            if (!isObject(value))
                continue;
            const installPath = `${path}${NODE_MODULES}${key}`;
            const identity = versionOf(key, versionField(value) ?? '');
            if (identity === undefined || !isPackageName(identity.name))
                continue;
            // A copy nested under a dev (or optional) package is installed only for it.
            const scope = weakerScope(parentScope, npm_scopeOf(value));
            const purl = set.add({
                name: identity.name,
                version: identity.version,
                scope,
                hashes: (0,hashes/* sriHashes */.PK)(common_stringField(value, 'integrity') ?? ''),
                downloadLocation: downloadOf(common_stringField(value, 'resolved')),
                source: identity.source,
                location: { path: input.path, entry: installPath },
            });
            const node = { purl, installPath, optionalRequires: scope === 'optional', requires: Object.keys(objectField(value, 'requires')), children: new Map(), parent };
            parent.children.set(key, node);
            nodes.push(node);
            const nested = value.dependencies;
            if (isObject(nested))
                stack.push({ map: nested, parent: node, path: `${installPath}/`, parentScope: scope });
        }
    }
    const unresolved = new Unresolved(input.path);
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
            for (const name of Object.keys(objectField(manifest, field))) {
                const target = top.children.get(name);
                if (target !== undefined)
                    set.relate(top.purl, target.purl, field === 'devDependencies' ? 'dev-depends-on' : 'depends-on');
            }
        }
    }
    const result = { packages: set.allPackages(), relationships: set.allRelationships(), unknowns: unresolved.all() };
    if (root !== undefined)
        result.root = rootPackage(root, input.path, common_licenseOf(manifest?.license));
    return result;
}
async function readManifest(input) {
    const bytes = await input.readSibling('package.json');
    if (bytes === undefined)
        return undefined;
    try {
        const manifest = JSON.parse(bytes.toString('utf8'));
        return isObject(manifest) ? manifest : undefined;
    }
    catch {
        // A broken manifest only costs the root's name; the lockfile still says everything else.
        return undefined;
    }
}
/** npm `package-lock.json` (lockfileVersion 1, 2 and 3) and `npm-shrinkwrap.json`. */
const npmPackageLockParser = {
    name: 'npm-package-lock',
    matches: (fileName) => fileName === 'package-lock.json' || fileName === 'npm-shrinkwrap.json',
    async parse(input) {
        const lock = parseJson(input.path, common_textOf(input.content));
        if (!isObject(lock))
            throw new errors/* SbomParseError */.J(input.path, 'not an npm lockfile: the top level is not a JSON object', 1);
        const version = lock.lockfileVersion;
        if (version !== undefined && (typeof version !== 'number' || version < 1 || version > 3)) {
            throw new errors/* SbomParseError */.J(input.path, `lockfileVersion ${JSON.stringify(version)} is not one trust-kit reads (1, 2 or 3)`);
        }
        const manifest = await readManifest(input);
        if (isObject(lock.packages))
            return parsePackages(input, lock, lock.packages, manifest);
        if (isObject(lock.dependencies))
            return parseDependencies(input, lock, lock.dependencies, manifest);
        if (lock.packages === undefined && lock.dependencies === undefined) {
            const root = rootOf(lock, manifest, undefined);
            const result = { packages: [], relationships: [] };
            if (root !== undefined)
                result.root = rootPackage(root, input.path, common_licenseOf(manifest?.license));
            return result;
        }
        throw new errors/* SbomParseError */.J(input.path, 'not an npm lockfile: "packages" / "dependencies" is not an object');
    },
};

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
    if (/^(?:0o|0x|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$)/.test(text) || /^[&*!|>%@`]/.test(text) || text.includes(' #'))
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
    if (key === '__proto__')
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
    const { name, rest } = splitNameAt(path);
    return rest === '' ? undefined : { name, version: rest };
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
async function parseDocument(input, text) {
    try {
        const fast = readPnpmYaml(text);
        if (isObject(fast))
            return fast;
    }
    catch (error) {
        // Outside pnpm's subset (or not YAML at all): the full parser decides, and names the line.
        if (!(error instanceof OutsideSubset) && !(error instanceof RangeError))
            throw error;
    }
    // Loaded only when needed: the fast reader handles what pnpm writes.
    const { parseAllDocuments, parse: parseYaml, YAMLParseError } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    try {
        // pnpm 9 may put an environment lockfile first, as its own YAML document.
        const value = /^---\s*$/m.test(text)
            ? parseAllDocuments(text, { uniqueKeys: false })
                .map((document) => {
                if (document.errors.length > 0)
                    throw document.errors[0];
                return document.toJS();
            })
                .filter((document) => isObject(document) && ('packages' in document || 'importers' in document))
                .pop()
            : parseYaml(text, { uniqueKeys: false, maxAliasCount: 0 });
        if (!isObject(value))
            throw new errors/* SbomParseError */.J(input.path, 'not a pnpm lockfile: the top level is not a mapping', 1);
        return value;
    }
    catch (error) {
        if (error instanceof errors/* SbomParseError */.J)
            throw error;
        const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
        throw new errors/* SbomParseError */.J(input.path, `not valid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`, line, { cause: error });
    }
}
async function pnpm_readManifest(input, relative) {
    const bytes = await input.readSibling(relative);
    if (bytes === undefined)
        return undefined;
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        return isObject(json) ? json : undefined;
    }
    catch {
        // A broken manifest only costs the member's name and version.
        return undefined;
    }
}
const IMPORTER_FIELDS = [
    ['dependencies', 'required'],
    ['optionalDependencies', 'optional'],
    ['devDependencies', 'dev'],
];
async function parsePnpm(input) {
    const lock = await parseDocument(input, common_textOf(input.content));
    const rawVersion = lock.lockfileVersion;
    const major = typeof rawVersion === 'number' ? Math.floor(rawVersion) : typeof rawVersion === 'string' ? Number.parseInt(rawVersion, 10) : Number.NaN;
    if (!(major >= 5 && major <= 9))
        throw new errors/* SbomParseError */.J(input.path, `lockfileVersion ${JSON.stringify(rawVersion)} is not one trust-kit reads (5.x, 6.0, 9.0)`);
    const set = new PackageSet();
    const purlOfId = new Map();
    const packages = objectField(lock, 'packages');
    const flagged = major < 9;
    for (const [key, value] of Object.entries(packages)) {
        const entry = isObject(value) ? value : {};
        const id = idOfKey(key, major);
        if (id === undefined)
            continue;
        const name = common_stringField(entry, 'name') ?? id.name;
        // Tarball and git packages are keyed by URL; their manifest version is in the entry.
        const version = /[:/]/.test(id.version) ? (versionField(entry) ?? id.version) : id.version;
        if (!isPackageName(name))
            continue;
        const resolution = objectField(entry, 'resolution');
        const tarball = common_stringField(resolution, 'tarball');
        const scope = entry.dev === true ? 'dev' : entry.optional === true ? 'optional' : 'required';
        const purl = set.add({
            name,
            version,
            scope,
            hashes: (0,hashes/* sriHashes */.PK)(common_stringField(resolution, 'integrity') ?? ''),
            downloadLocation: tarball !== undefined && /^https?:\/\//.test(tarball) ? tarball : undefined,
            source: resolution.type === 'git'
                ? sourceOf(`git+${common_stringField(resolution, 'repo') ?? ''}#${common_stringField(resolution, 'commit') ?? ''}`)
                : resolution.type === 'directory'
                    ? sourceOf(`file:${common_stringField(resolution, 'directory') ?? ''}`)
                    : sourceOf(tarball),
            location: { path: input.path, entry: key },
        });
        purlOfId.set(`${id.name}@${id.version}`, purl);
    }
    // Importers: the root (`.`) and workspace members; lockfile v5 without importers keeps the root's fields at the top.
    const importers = isObject(lock.importers) ? Object.entries(lock.importers).map(([path, value]) => [path, isObject(value) ? value : {}]) : [['.', lock]];
    const rootManifest = await pnpm_readManifest(input, 'package.json');
    const rootName = common_stringField(rootManifest ?? {}, 'name');
    const rootVersion = common_stringField(rootManifest ?? {}, 'version') ?? '';
    const rootPurl = rootName !== undefined && isPackageName(rootName) ? (0,sbom_purl/* npmPurl */.N)(rootName, rootVersion) : undefined;
    const importerPurl = new Map([['.', rootPurl]]);
    for (const [path] of importers) {
        if (path === '.')
            continue;
        const manifest = await pnpm_readManifest(input, `${path}/package.json`);
        const name = common_stringField(manifest ?? {}, 'name') ?? path.split('/').pop() ?? path;
        if (!isPackageName(name))
            continue;
        const purl = set.add({ name, version: common_stringField(manifest ?? {}, 'version') ?? '', scope: 'required', location: { path: input.path, entry: path } });
        importerPurl.set(path, purl);
        if (rootPurl !== undefined)
            set.relate(rootPurl, purl, 'contains');
    }
    const resolve = (from, name, ref) => {
        const reference = referenceOf(name, ref, major);
        if (reference.kind === 'link') {
            const target = joinPath(from, reference.path);
            return target === undefined ? undefined : importerPurl.get(target);
        }
        return purlOfId.get(reference.id);
    };
    // An importer's dependency missing from `packages` (a trimmed lockfile) is still installed at the version the lock names.
    const declaredOnly = (name, ref, scope, path) => {
        const reference = referenceOf(name, ref, major);
        if (reference.kind === 'link')
            return undefined;
        const { name: idName, rest: version } = splitNameAt(reference.id);
        if (!isPackageName(idName) || !/^\d/.test(version))
            return undefined;
        const purl = set.add({ name: idName, version, scope, location: { path: input.path, entry: `importers/${path}` } });
        purlOfId.set(reference.id, purl);
        return purl;
    };
    const starts = { required: [], optional: [], dev: [] };
    for (const [path, importer] of importers) {
        const from = importerPurl.get(path);
        for (const [field, kind] of IMPORTER_FIELDS) {
            for (const [name, value] of Object.entries(objectField(importer, field))) {
                const ref = typeof value === 'string' || typeof value === 'number' ? String(value) : isObject(value) ? versionField(value) : undefined;
                if (ref === undefined)
                    continue;
                const to = resolve(path, name, ref) ?? declaredOnly(name, ref, kind, path);
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
    // Edges: v9 keeps them in `snapshots`, earlier versions in `packages`.
    const unresolved = new Unresolved(input.path);
    if (major >= 9 && Object.keys(packages).length > 0 && !isObject(lock.snapshots)) {
        unresolved.note('lockfileVersion 9 has "packages" but no "snapshots" section: the dependencies between packages are missing');
    }
    const graph = major >= 9 ? objectField(lock, 'snapshots') : packages;
    const edges = new Map();
    for (const [key, value] of Object.entries(graph)) {
        if (!isObject(value))
            continue;
        const id = idOfKey(key, major);
        const from = id === undefined ? undefined : purlOfId.get(`${id.name}@${id.version}`);
        if (from === undefined)
            continue;
        const list = edges.get(from) ?? [];
        edges.set(from, list);
        for (const [field, optional] of [['dependencies', false], ['optionalDependencies', true]]) {
            for (const [name, raw] of Object.entries(objectField(value, field))) {
                // YAML reads an unquoted `2` or `1.5` as a number; the lockfile meant the version text.
                if (typeof raw !== 'string' && typeof raw !== 'number')
                    continue;
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
    const all = set.allPackages();
    if (!flagged) {
        // pnpm 9 dropped the per-package `dev` flag: work it out from what the importers declare.
        const scopes = scopesByReachability(starts, edges);
        const members = new Set(importerPurl.values());
        for (const pkg of all)
            if (!members.has(pkg.purl))
                pkg.scope = scopes.get(pkg.purl) ?? 'required';
    }
    const result = { packages: all, relationships: set.allRelationships(), unknowns: unresolved.all() };
    if (rootPurl !== undefined && rootName !== undefined) {
        const root = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
        const license = common_licenseOf(rootManifest?.license);
        if (license !== undefined)
            root.license = license;
        result.root = root;
    }
    return result;
}
/** pnpm `pnpm-lock.yaml`, lockfile versions 5.x, 6.0 and 9.0. */
const pnpmLockParser = {
    name: 'pnpm-lock',
    matches: (fileName) => fileName === 'pnpm-lock.yaml',
    parse: parsePnpm,
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/javascript/yarn.js




/** A scalar as yarn writes it: bare, or double-quoted with JSON escapes. */
function yarn_unquote(path, value, line) {
    if (!value.startsWith('"'))
        return value;
    try {
        const parsed = JSON.parse(value);
        if (typeof parsed === 'string')
            return parsed;
    }
    catch {
        // reported below
    }
    throw new errors/* SbomParseError */.J(path, `malformed quoted string ${value.slice(0, 80)}`, line);
}
/** Splits `"a@1", b@2` on the commas between descriptors. */
function splitDescriptors(path, keys, line) {
    const descriptors = [];
    let rest = keys.trim();
    while (rest !== '') {
        let token;
        if (rest.startsWith('"')) {
            const close = /^"(?:[^"\\]|\\.)*"/.exec(rest);
            if (close === null)
                throw new errors/* SbomParseError */.J(path, 'unterminated quote in an entry key', line);
            token = yarn_unquote(path, close[0], line);
            rest = rest.slice(close[0].length).trim();
        }
        else {
            const comma = rest.indexOf(',');
            token = (comma === -1 ? rest : rest.slice(0, comma)).trim();
            rest = comma === -1 ? '' : rest.slice(comma);
        }
        // Berry quotes all descriptors of an entry as one string: "a@npm:^1, a@npm:^1.2".
        for (const descriptor of token.split(','))
            if (descriptor.trim() !== '')
                descriptors.push(descriptor.trim());
        if (rest.startsWith(','))
            rest = rest.slice(1).trim();
        else if (rest !== '')
            throw new errors/* SbomParseError */.J(path, `unexpected "${rest.slice(0, 40)}" in an entry key`, line);
    }
    return descriptors;
}
/** Splits `key value` (yarn 1) or `key: value` (berry) into its parts. */
function splitField(path, text, line) {
    let key;
    let rest;
    if (text.startsWith('"')) {
        const close = /^"(?:[^"\\]|\\.)*"/.exec(text);
        if (close === null)
            throw new errors/* SbomParseError */.J(path, 'unterminated quote in a key', line);
        key = yarn_unquote(path, close[0], line);
        rest = text.slice(close[0].length);
    }
    else {
        const end = text.search(/[\s:]/);
        key = end === -1 ? text : text.slice(0, end);
        rest = end === -1 ? '' : text.slice(end);
    }
    if (rest.startsWith(':'))
        rest = rest.slice(1);
    return [key, yarn_unquote(path, rest.trim(), line)];
}
/**
 * Reads the indentation-structured format both yarn 1 and berry write (top-level entry keys,
 * fields two spaces in, dependency maps four spaces in), in one pass, keeping line numbers.
 */
function readBlocks(path, text) {
    const blocks = [];
    let berry = false;
    let current;
    let currentMap;
    let currentMapName = '';
    let currentKey;
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const raw = lines[index];
        const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const content = lineText.trimStart();
        if (content === '' || content.startsWith('#'))
            continue;
        const indent = lineText.length - content.length;
        const line = index + 1;
        if (indent === 0) {
            if (!content.endsWith(':'))
                throw new errors/* SbomParseError */.J(path, `expected an entry key ending in ":", found "${content.slice(0, 60)}"`, line);
            const keys = content.slice(0, -1);
            if (keys === '__metadata')
                berry = true;
            current = { descriptors: splitDescriptors(path, keys, line), fields: new Map(), maps: new Map(), meta: new Map(), line };
            currentMap = undefined;
            blocks.push(current);
        }
        else if (current === undefined) {
            throw new errors/* SbomParseError */.J(path, 'indented line before the first entry', line);
        }
        else if (indent === 2) {
            const [key, value] = splitField(path, content, line);
            if (value === '' && content.endsWith(':')) {
                currentMap = new Map();
                currentMapName = key;
                current.maps.set(key, currentMap);
            }
            else {
                current.fields.set(key, value);
                currentMap = undefined;
            }
        }
        else if (indent === 4 && currentMap !== undefined) {
            const [key, value] = splitField(path, content, line);
            currentMap.set(key, value);
            currentKey = key;
        }
        else if (indent === 6 && currentMap !== undefined && currentKey !== undefined) {
            const [flag, value] = splitField(path, content, line);
            const metaKey = `${currentMapName}\u0000${currentKey}`;
            let flags = current.meta.get(metaKey);
            if (flags === undefined)
                current.meta.set(metaKey, (flags = new Map()));
            flags.set(flag, value);
        }
    }
    return { blocks, berry };
}
/** The registry package a yarn 1 tarball URL names (`.../name/-/name-1.0.0.tgz`): the package actually installed. */
function nameFromTarball(resolved) {
    if (resolved === undefined)
        return undefined;
    const match = /\/((?:@[^/]+\/)?[^/]+)\/-\/[^/]+\.tgz(?:#.*)?$/.exec(resolved.replace('%2f', '/').replace('%2F', '/'));
    return match?.[1];
}
/**
 * A yarn 1 entry's hashes: its `integrity`, or for locks written before yarn 1.10 the SHA-1 of the
 * tarball that yarn keeps in the `resolved` URL's fragment.
 */
function hashesOf(integrity, resolved) {
    if (integrity !== undefined)
        return (0,hashes/* sriHashes */.PK)(integrity);
    const fragment = resolved?.split('#')[1];
    const sha1 = fragment === undefined ? undefined : (0,hashes/* hexHash */.eP)('SHA1', fragment);
    return sha1 === undefined ? [] : [sha1];
}
/** The package name and the range of a yarn 1 descriptor, seeing through `alias@npm:real@range`. */
function v1Name(descriptor) {
    const { name, rest } = splitNameAt(descriptor);
    if (rest.startsWith('npm:'))
        return splitNameAt(rest.slice(4)).name;
    return name;
}
async function yarn_readManifest(input, relative) {
    const bytes = await input.readSibling(relative);
    if (bytes === undefined)
        return undefined;
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        return isObject(json) ? { json } : undefined;
    }
    catch {
        // A broken manifest only costs dev/prod precision; the lockfile still lists every package.
        return undefined;
    }
}
/** The dependencies of a manifest, by kind. */
function manifestDependencies(manifest) {
    const deps = [];
    for (const [field, kind] of [['dependencies', 'required'], ['optionalDependencies', 'optional'], ['devDependencies', 'dev'], ['peerDependencies', 'peer']]) {
        for (const [name, range] of Object.entries(objectField(manifest.json, field)))
            deps.push({ name, range: String(range), kind });
    }
    return deps;
}
/** The dependencies of a lock entry: berry marks optional ones in `dependenciesMeta`, yarn 1 lists them apart. */
function entryDependencies(block) {
    const deps = [];
    for (const [field, kind] of [['dependencies', 'required'], ['optionalDependencies', 'optional'], ['peerDependencies', 'peer']]) {
        for (const [name, range] of block.maps.get(field) ?? []) {
            const optional = kind === 'required' && block.meta.get(`dependenciesMeta\u0000${name}`)?.get('optional') === 'true';
            deps.push({ name, range, kind: optional ? 'optional' : kind });
        }
    }
    // Berry reads a name only in `peerDependenciesMeta` as an optional peer of any version.
    const peers = block.maps.get('peerDependencies');
    for (const name of block.maps.get('peerDependenciesMeta')?.keys() ?? [])
        if (peers?.has(name) !== true)
            deps.push({ name, range: '*', kind: 'peer' });
    return deps;
}
/**
 * Berry's `resolutions` (root package.json): `name`, `name@range`, `parent/name` and `**\/name`
 * keys, each forcing a range. Returns the range a dependency is really resolved with.
 */
function resolutionsOf(manifest) {
    const rules = new Map();
    for (const [key, value] of Object.entries(objectField(manifest?.json ?? {}, 'resolutions'))) {
        if (typeof value === 'string')
            rules.set(key.startsWith('**/') ? key.slice(3) : key, value);
    }
    if (rules.size === 0)
        return (_parent, _name, range) => range;
    return (parent, name, range) => {
        const bare = range.startsWith('npm:') ? range.slice(4) : range;
        const forced = (parent === undefined ? undefined : rules.get(`${parent}/${name}@${range}`) ?? rules.get(`${parent}/${name}@${bare}`) ?? rules.get(`${parent}/${name}`)) ??
            rules.get(`${name}@${range}`) ??
            rules.get(`${name}@${bare}`) ??
            rules.get(name);
        if (forced === undefined)
            return range;
        return /^[a-z]+:/.test(forced) ? forced : `npm:${forced}`;
    };
}
async function parseYarn(input) {
    const text = common_textOf(input.content);
    const { blocks, berry } = readBlocks(input.path, text);
    yarn_checkVersion(input.path, text, blocks, berry);
    const set = new PackageSet();
    const byDescriptor = new Map();
    /** name -> version -> node, and how many versions a name has: the fallback lookup stays constant-time however many versions one name has. */
    const byName = new Map();
    const nodes = [];
    const workspaces = [];
    for (const block of blocks) {
        if (block.descriptors[0] === '__metadata')
            continue;
        const version = block.fields.get('version');
        if (version === undefined)
            throw new errors/* SbomParseError */.J(input.path, `entry ${block.descriptors.join(', ').slice(0, 80)} has no version`, block.line);
        let name;
        let workspacePath;
        if (berry) {
            const resolution = block.fields.get('resolution') ?? block.descriptors[0] ?? '';
            const split = splitNameAt(resolution);
            name = split.name;
            if (split.rest.startsWith('workspace:'))
                workspacePath = split.rest.slice('workspace:'.length);
            // Berry's `checksum` hashes yarn's own cache zip, not the registry tarball, so it is not the package's hash.
        }
        else {
            name = nameFromTarball(block.fields.get('resolved')) ?? v1Name(block.descriptors[0] ?? '');
        }
        if (!isPackageName(name))
            throw new errors/* SbomParseError */.J(input.path, `"${name.slice(0, 80)}" is not a package name`, block.line);
        const resolved = block.fields.get('resolved');
        const purl = workspacePath === undefined
            ? set.add({
                name,
                version,
                scope: 'required',
                hashes: hashesOf(block.fields.get('integrity'), resolved),
                downloadLocation: resolved !== undefined && /^https?:\/\//.test(resolved) ? resolved.replace(/#.*$/, '') : undefined,
                // yarn 1 writes no `resolved` for a local folder: its descriptor (`x@file:../x`) says where it is.
                source: sourceOf(berry ? splitNameAt(block.fields.get('resolution') ?? '').rest : (resolved ?? splitNameAt(block.descriptors[0] ?? '').rest)),
                location: { path: input.path, line: block.line },
            })
            : (0,sbom_purl/* npmPurl */.N)(name, version);
        const node = { purl, name, version, key: block.descriptors[0] ?? name, line: block.line, deps: entryDependencies(block) };
        nodes.push(node);
        if (workspacePath === undefined) {
            let versions = byName.get(name);
            if (versions === undefined)
                byName.set(name, (versions = new Map()));
            if (!versions.has(version))
                versions.set(version, node);
        }
        for (const descriptor of block.descriptors)
            byDescriptor.set(descriptor, node);
        if (workspacePath !== undefined)
            workspaces.push({ node, path: workspacePath, name, version, line: block.line });
    }
    // Workspaces are known by their manifests (the lock says `0.0.0-use.local` for their versions).
    const rootManifest = await yarn_readManifest(input, 'package.json');
    const resolutions = berry ? resolutionsOf(rootManifest) : (_parent, _name, range) => range;
    const rootWorkspace = workspaces.find((workspace) => workspace.path === '.');
    const rootName = common_stringField(rootManifest?.json ?? {}, 'name') ?? rootWorkspace?.name;
    const rootVersion = localVersion(common_stringField(rootManifest?.json ?? {}, 'version') ?? rootWorkspace?.version ?? '');
    const rootPurl = rootName === undefined || !isPackageName(rootName) ? undefined : (0,sbom_purl/* npmPurl */.N)(rootName, rootVersion);
    const importers = [{ node: rootWorkspace?.node, manifest: rootManifest, purl: rootPurl }];
    for (const workspace of workspaces) {
        if (workspace.path === '.') {
            if (rootPurl !== undefined)
                workspace.node.purl = rootPurl;
            continue;
        }
        const manifest = await yarn_readManifest(input, `${workspace.path}/package.json`);
        const version = localVersion(workspace.version) === '' ? common_stringField(manifest?.json ?? {}, 'version') ?? '' : workspace.version;
        workspace.node.purl = set.add({ name: workspace.name, version, scope: 'required', location: { path: input.path, line: workspace.line, entry: workspace.path } });
        importers.push({ node: workspace.node, manifest, purl: workspace.node.purl });
        if (rootPurl !== undefined)
            set.relate(rootPurl, workspace.node.purl, 'contains');
    }
    const lookup = (parent, name, declared) => {
        const range = resolutions(parent, name, declared);
        return byDescriptor.get(`${name}@${range}`) ?? (berry && !/^[a-z]+:/.test(range) ? byDescriptor.get(`${name}@npm:${range}`) : undefined) ?? byVersion(name, range);
    };
    // Hand-edited or merged locks name a dependency by a range no entry key spells: match the exact version, or the only version.
    const byVersion = (name, range) => {
        const versions = byName.get(name);
        if (versions === undefined)
            return undefined;
        const exact = versions.get(range.startsWith('npm:') ? range.slice(4) : range);
        if (exact !== undefined || versions.size !== 1)
            return exact;
        return versions.values().next().value;
    };
    // What each package and importer depends on, resolved once. Importers with a manifest are read
    // from it (a berry workspace entry lists its devDependencies as plain dependencies).
    const unresolved = new Unresolved(input.path);
    const workspaceNodes = new Set(importers.flatMap((importer) => (importer.node === undefined ? [] : [importer.node])));
    const providers = new Map();
    const providerOf = (owner) => {
        let provider = providers.get(owner);
        if (provider === undefined) {
            // A package is in its own scope: it provides itself to a dependency that has it as a peer.
            const provides = new Map('deps' in owner ? [[owner.name, owner]] : []);
            providers.set(owner, (provider = { provides, peers: new Set(), parents: [] }));
        }
        return provider;
    };
    const edges = new Map();
    for (const node of nodes) {
        if (workspaceNodes.has(node))
            continue;
        const provider = providerOf(node);
        const list = edges.get(node.purl) ?? [];
        edges.set(node.purl, list);
        for (const dep of node.deps) {
            if (dep.kind === 'peer') {
                provider.peers.add(dep.name);
                // Berry's TypeScript plugin (built into yarn 4) adds `@types/x` as an optional peer of every peer `x`.
                if (berry && !dep.name.startsWith('@types/'))
                    provider.peers.add(typesPackage(dep.name));
                continue;
            }
            const target = lookup(node.name, dep.name, dep.range);
            if (target === undefined) {
                unresolved.reference(node.key, `${dep.name}@${dep.range}`, node.line);
                continue;
            }
            provider.provides.set(dep.name, target);
            providerOf(target).parents.push(provider);
            list.push({ to: target.purl, optional: dep.kind === 'optional' });
            set.relate(node.purl, target.purl);
        }
    }
    // yarn.lock does not say what is dev; the importers' manifests do, by dependency kind. An
    // importer's peers are its dependents' to provide, so they start nothing here.
    const starts = { required: [], optional: [], dev: [] };
    let known = false;
    for (const importer of importers) {
        const deps = importer.manifest === undefined ? (importer.node?.deps ?? []).filter((dep) => dep.kind !== 'peer') : manifestDependencies(importer.manifest);
        if (importer.manifest !== undefined)
            known = true;
        const provider = providerOf(importer);
        for (const dep of deps) {
            if (dep.kind === 'peer')
                continue;
            const target = lookup(undefined, dep.name, dep.range) ?? nodeByName(importer.node, dep.name, (name, range) => lookup(undefined, name, range));
            if (target === undefined) {
                // Linked folders (`link:`, `portal:`) are not lock entries; anything else a manifest names must be.
                if (!/^(link|portal|file):/.test(dep.range))
                    unresolved.reference(importer.purl ?? 'the project', `${dep.name}@${dep.range}`);
                continue;
            }
            provider.provides.set(dep.name, target);
            providerOf(target).parents.push(provider);
            if (importer.manifest !== undefined)
                starts[dep.kind].push(target.purl);
            if (importer.purl === undefined)
                continue;
            if (dep.kind !== 'dev')
                set.relate(importer.purl, target.purl);
            else if (input.includeDev)
                set.relate(importer.purl, target.purl, 'dev-depends-on');
        }
    }
    // A peer dependency is whatever the package's dependents provide under that name (yarn's rule):
    // an edge to each, and nothing for reachability, since the dependent's own edge already reaches it.
    // Peers passed on through long chains of dependents could cost quadratic time on a hostile lock:
    // the walks share a budget proportional to the lockfile, and past it the remaining peer edges are an unknown.
    const budget = { visits: 50 * providers.size + 100_000, exhausted: false };
    for (const node of nodes) {
        if (workspaceNodes.has(node))
            continue;
        const provider = providerOf(node);
        for (const peer of provider.peers)
            for (const target of providedTo(provider, peer, budget))
                set.relate(node.purl, target.purl);
    }
    if (budget.exhausted)
        unresolved.note('peer dependencies are passed on through too many dependents to resolve them all: some peer edges are missing');
    const scopes = known ? scopesByReachability(starts, edges) : new Map();
    const packages = set.allPackages();
    for (const pkg of packages)
        pkg.scope = scopes.get(pkg.purl) ?? 'required';
    const result = { packages, relationships: set.allRelationships(), unknowns: unresolved.all() };
    if (rootPurl !== undefined && rootName !== undefined) {
        const root = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
        const license = common_licenseOf(rootManifest?.json.license);
        if (license !== undefined)
            root.license = license;
        result.root = root;
    }
    return result;
}
/**
 * The packages a peer dependency resolves to: what each dependent provides under that name, or,
 * where the dependent has the same peer itself, what its own dependents provide. Each provider is
 * visited at most once per peer.
 */
function providedTo(provider, name, budget) {
    const found = new Set();
    const seen = new Set();
    const queue = [...provider.parents];
    while (queue.length > 0) {
        const parent = queue.pop();
        if (seen.has(parent))
            continue;
        if (--budget.visits < 0) {
            budget.exhausted = true;
            break;
        }
        seen.add(parent);
        const target = parent.provides.get(name);
        if (target !== undefined)
            found.add(target);
        else if (parent.peers.has(name))
            queue.push(...parent.parents);
    }
    return [...found];
}
/** The DefinitelyTyped package of a package name: `@types/x`, `@types/scope__x` for `@scope/x`. */
function typesPackage(name) {
    return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
}
/** The `__metadata` versions of berry lockfiles this parser was written for (yarn 2 to 4). */
const BERRY_VERSIONS = new Set(['4', '5', '6', '7', '8', '10']);
/** A lockfile format this parser was not written for is reported as such, not read by guess. */
function yarn_checkVersion(path, text, blocks, berry) {
    if (!berry) {
        const header = /^# yarn lockfile v(\d+)\s*$/m.exec(text.slice(0, 1000))?.[1];
        if (header !== undefined && header !== '1')
            throw new errors/* SbomParseError */.J(path, `yarn lockfile v${header} is not a version trust-kit reads (v1, or berry with __metadata)`, 1);
        return;
    }
    const metadata = blocks.find((block) => block.descriptors[0] === '__metadata');
    const version = metadata?.fields.get('version');
    if (version === undefined || !BERRY_VERSIONS.has(version)) {
        throw new errors/* SbomParseError */.J(path, `yarn berry lockfile version ${JSON.stringify(version ?? null)} is not one trust-kit reads (${[...BERRY_VERSIONS].join(', ')})`, metadata?.line);
    }
    // Cache keys are a number, with yarn 4's compression level after a `c` (`10c0`); another shape is a format not seen yet.
    const cacheKey = metadata?.fields.get('cacheKey');
    if (cacheKey !== undefined && !/^\d+(?:c\d+)?$/.test(cacheKey)) {
        throw new errors/* SbomParseError */.J(path, `yarn berry cache key ${JSON.stringify(cacheKey.slice(0, 40))} is not one trust-kit reads (a number, or like 10c0)`, metadata?.line);
    }
}
/** Berry's placeholder version for workspaces means "no version". */
function localVersion(version) {
    return version === '0.0.0-use.local' ? '' : version;
}
/**
 * The node an importer's dependency resolved to when the manifest's range is not spelled as in the
 * lock (berry rewrites `workspace:*` and patch ranges): the importer's own lock entry names it.
 */
function nodeByName(importer, name, lookup) {
    if (importer === undefined)
        return undefined;
    for (const dep of importer.deps)
        if (dep.name === name)
            return lookup(dep.name, dep.range);
    return undefined;
}
/** Yarn `yarn.lock`: the classic v1 format and berry (yarn 2+, with `__metadata`). */
const yarnLockParser = {
    name: 'yarn-lock',
    matches: (fileName) => fileName === 'yarn.lock',
    parse: parseYarn,
};

;// CONCATENATED MODULE: ./lib/sbom/parsers/index.js
















/** Every lockfile parser the catalog runs, one line each; the first parser that matches a file reads it. */
const PARSERS = [
    npmPackageLockParser,
    yarnLockParser,
    pnpmLockParser,
    bunLockParser,
    goModParser,
    goBinaryParser,
    cargoLockParser,
    poetryLockParser,
    uvLockParser,
    pipfileLockParser,
    requirementsTxtParser,
    gemfileLockParser,
    composerLockParser,
    nugetPackagesLockParser,
    gradleLockfileParser,
    pomXmlParser,
];


/***/ }),

/***/ 73408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ npmPurl),
/* harmony export */   V: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);

/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, so purls compare equal across tools.
 */
function purlOf(ecosystem, name, version, namespace, qualifiers) {
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return purl.replace(/@([^?#]*)/, (_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`);
}
/** An npm name, maybe scoped, of characters a purl keeps verbatim (lowercase: the npm purl type lowercases names). */
const PLAIN_NPM_NAME = /^(?:@[a-z0-9._-]+\/)?[a-z0-9._-]+$/;
/** A version of characters a purl keeps verbatim (`+` is not one: it is encoded). */
const PLAIN_VERSION = /^[A-Za-z0-9._-]*$/;
/**
 * Splits an npm name into the purl namespace (`@scope`) and name. Qualifiers (`vcs_url`,
 * `download_url`) mark a package that did not come from the registry.
 */
function npmPurl(name, version, qualifiers) {
    // Most npm names and versions are made of characters the purl leaves as they are: the same
    // string without a PackageURL built and parsed for each of tens of thousands of packages.
    if (qualifiers === undefined && PLAIN_NPM_NAME.test(name) && PLAIN_VERSION.test(version))
        return `pkg:npm/${name.startsWith('@') ? `%40${name.slice(1)}` : name}${version === '' ? '' : `@${version}`}`;
    const slash = name.startsWith('@') ? name.indexOf('/') : -1;
    return slash > 0 ? purlOf('npm', name.slice(slash + 1), version, name.slice(0, slash), qualifiers) : purlOf('npm', name, version, undefined, qualifiers);
}


/***/ }),

/***/ 20148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _1: () => (/* binding */ gitSourceSupplier),
/* harmony export */   rZ: () => (/* binding */ npmAuthorSupplier),
/* harmony export */   ri: () => (/* binding */ goModuleSupplier)
/* harmony export */ });
/* unused harmony exports SUPPLIER_FROM_PROPERTY, sourceOwner */
/** The property that says where a derived supplier comes from, so that no reader takes it for a claim of authorship. */
const SUPPLIER_FROM_PROPERTY = 'trust-kit:supplier-from';
/** Code hosts whose first path element is the account that owns the repository: `host/owner/repo`. */
const OWNER_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitee.com', 'git.sr.ht']);
/** A DNS name as module paths and URLs use it: dot-separated labels of letters, digits and `-`. */
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;
/** An account name on a code host (GitHub's and GitLab's rules are looser than this; nothing else is needed). */
const OWNER = /^~?[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
/**
 * Who controls the place a package is fetched from, from its host and path elements: the owning
 * account on a code host (`github.com/spf13`), the host itself elsewhere (`golang.org`, `k8s.io`).
 * Undefined when the host is not a DNS name or a code host's owner is missing.
 */
function sourceOwner(host, elements) {
    const lower = host.toLowerCase();
    if (!HOST.test(lower))
        return undefined;
    if (!OWNER_HOSTS.has(lower))
        return lower;
    const owner = elements[0];
    return owner !== undefined && OWNER.test(owner) ? `${lower}/${owner}` : undefined;
}
/**
 * The supplier a Go module path names, with the property that says so. A module path is where the
 * go command fetches the module from, so its owner (`github.com/spf13` for
 * `github.com/spf13/cobra`, the domain for a vanity path like `golang.org/x/net`) is who supplies
 * that path. `gopkg.in/pkg.vN` and `gopkg.in/user/pkg.vN` are gopkg.in's documented redirects to
 * `github.com/go-pkg/pkg` and `github.com/user/pkg`. Paths without a dotted first element (the
 * standard library, local names) have none.
 */
function goModuleSupplier(modulePath) {
    const [host = '', ...rest] = modulePath.split('/');
    let owner;
    if (host === 'gopkg.in') {
        const redirected = rest.length === 1 ? `go-${(rest[0] ?? '').replace(/\.v\d+$/, '')}` : rest.length === 2 ? rest[0] : undefined;
        owner = redirected === undefined ? undefined : sourceOwner('github.com', [redirected]);
    }
    else {
        owner = sourceOwner(host, rest);
    }
    if (owner === undefined)
        return undefined;
    return {
        supplier: { type: 'Organization', name: owner },
        property: { name: SUPPLIER_FROM_PROPERTY, value: `the Go module path: ${owner} controls where the module is fetched from (not a statement of authorship)` },
    };
}
/**
 * The supplier a git source URL names (`https://github.com/owner/repo`, `ssh://git@host/owner/repo`),
 * with the property that says so; undefined for URLs without a DNS host or, on a code host, an owner.
 */
function gitSourceSupplier(url, what) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    const owner = sourceOwner(parsed.hostname, parsed.pathname.split('/').filter((element) => element !== ''));
    if (owner === undefined)
        return undefined;
    return {
        supplier: { type: 'Organization', name: owner },
        property: { name: SUPPLIER_FROM_PROPERTY, value: `${what}: ${owner} controls the repository it is built from (not a statement of authorship)` },
    };
}
/** The longest author name or email taken from a package.json: real ones are tens of characters. */
const MAX_AUTHOR_TEXT = 200;
/** An email address as npm's `author` field holds one: no spaces, brackets or parentheses, one `@`. */
const EMAIL = /^[^\s<>()@,;:"[\]]+@[^\s<>()@,;:"[\]]+$/;
/**
 * Names that are a legal entity, not a person, by their last word (`Google LLC`, `Microsoft Corporation`):
 * npm calls the author "one person", so only these are written as an organisation.
 */
const ORGANIZATION_SUFFIX = /[\s,](?:inc|llc|ltd|limited|corp|corporation|gmbh|ag|sa|s\.a|bv|b\.v|plc|co|company|foundation)\.?$/i;
/** Text fit for an SBOM field: no control characters, whitespace collapsed, bounded; undefined when nothing is left. */
function cleanText(text) {
    if (typeof text !== 'string')
        return undefined;
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    const cleaned = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
    return cleaned === '' || cleaned.length > MAX_AUTHOR_TEXT ? undefined : cleaned;
}
/**
 * The supplier an npm package declares as its `author` (a string `Name <email> (url)` or an object
 * `{ name, email, url }`, as npm reads them), with the property that says where it comes from:
 * a person (an organisation when the name ends in a legal form such as `Inc.` or `LLC`), the email
 * when it looks like one. Undefined when no name is given.
 */
function npmAuthorSupplier(author, where) {
    let name;
    let email;
    if (typeof author === 'string') {
        if (author.length > 4 * MAX_AUTHOR_TEXT)
            return undefined;
        // npm's own split: the name is what precedes `<` and `(`.
        const match = /^([^<(]*)(?:<([^>]*)>)?\s*(?:\(([^)]*)\))?/.exec(author);
        name = cleanText(match?.[1]);
        email = cleanText(match?.[2]);
    }
    else if (typeof author === 'object' && author !== null && !Array.isArray(author)) {
        const fields = author;
        name = cleanText(fields.name);
        email = cleanText(fields.email);
    }
    if (name === undefined)
        return undefined;
    const supplier = { type: ORGANIZATION_SUFFIX.test(name) ? 'Organization' : 'Person', name, author: true };
    if (email !== undefined && EMAIL.test(email))
        supplier.email = email;
    return { supplier, property: { name: SUPPLIER_FROM_PROPERTY, value: `declared by the package: the author field of ${where}` } };
}


/***/ }),

/***/ 20607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ cycloneDxProblems),
/* harmony export */   Gn: () => (/* binding */ SpdxCheck),
/* harmony export */   O5: () => (/* binding */ CycloneDxCheck),
/* harmony export */   W8: () => (/* binding */ throwIfProblems),
/* harmony export */   ww: () => (/* binding */ spdxProblems)
/* harmony export */ });
/* unused harmony export cycloneDxSchemaCheck */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91573);
/* harmony import */ var _licenses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29305);



const SPDX_ID = /^SPDXRef-[A-Za-z0-9.-]+$/;
const SPDX_CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const SPDX_CHECKSUM_HEX = {
    ..._hashes_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_HEX_LENGTH */ .m6,
    SHA224: 56,
    'SHA3-256': 64,
    'SHA3-384': 96,
    'SHA3-512': 128,
    'BLAKE2b-384': 96,
    'BLAKE2b-512': 128,
    BLAKE3: 64,
    MD2: 32,
    MD4: 32,
};
const CDX_HASH_HEX = {
    MD5: 32,
    'SHA-1': 40,
    'SHA-256': 64,
    'SHA-384': 96,
    'SHA-512': 128,
    'SHA3-256': 64,
    'SHA3-384': 96,
    'SHA3-512': 128,
    'BLAKE2b-256': 64,
    'BLAKE2b-384': 96,
    'BLAKE2b-512': 128,
    BLAKE3: 64,
};
function isJson(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function list(value) {
    return Array.isArray(value) ? value.filter(isJson) : [];
}
function checkChecksums(owner, checksums, problems) {
    if (!Array.isArray(checksums))
        return;
    for (const checksum of checksums) {
        if (!isJson(checksum))
            continue;
        const algorithm = String(checksum.algorithm);
        const value = String(checksum.checksumValue);
        const length = SPDX_CHECKSUM_HEX[algorithm];
        if (length === undefined)
            problems.push(`${owner}: unknown checksum algorithm ${algorithm}`);
        else if (value.length !== length || !/^[0-9a-f]+$/.test(value))
            problems.push(`${owner}: ${algorithm} checksum "${value.slice(0, 20)}" is not ${length} lowercase hex digits`);
    }
}
/**
 * What the SPDX 2.3 JSON schema does not check, checked one element at a time as a document is
 * written: SPDXID syntax and uniqueness, every relationship end exists, the document DESCRIBES an
 * element, `created` format, namespace is an absolute URI without `#`, license expressions parse and
 * their LicenseRefs are declared, checksum lengths, download locations are URIs. Elements come in
 * document order, except that files (declared before the relationships that name them) may come
 * first; the LicenseRefs used are checked against the declared ones at the end. Linear in the size.
 */
class SpdxCheck {
    found = [];
    ids = new Set(['SPDXRef-DOCUMENT']);
    /** LicenseRefs used, each with the first place that uses it. */
    refsUsed = new Map();
    declaredRefs = new Set();
    describes = 0;
    /** Starts with the document's fields before its lists. */
    constructor(document) {
        if (document.SPDXID !== 'SPDXRef-DOCUMENT')
            this.found.push('the document SPDXID is not SPDXRef-DOCUMENT');
        const namespace = document.documentNamespace;
        if (typeof namespace !== 'string' || !/^[a-z][a-z0-9+.-]*:\/\/[^\s#]+$/i.test(namespace))
            this.found.push(`documentNamespace ${JSON.stringify(namespace)} is not an absolute URI without #`);
        const creationInfo = isJson(document.creationInfo) ? document.creationInfo : {};
        if (typeof creationInfo.created !== 'string' || !SPDX_CREATED.test(creationInfo.created))
            this.found.push(`created ${JSON.stringify(creationInfo.created)} is not YYYY-MM-DDThh:mm:ssZ`);
        const creators = Array.isArray(creationInfo.creators) ? creationInfo.creators : [];
        if (!creators.some((creator) => typeof creator === 'string' && creator.startsWith('Tool: ')))
            this.found.push('creators name no tool');
    }
    declare(id, what) {
        if (typeof id !== 'string' || !SPDX_ID.test(id))
            this.found.push(`${what}: SPDXID ${JSON.stringify(id)} is not SPDXRef-[A-Za-z0-9.-]+`);
        else if (this.ids.has(id))
            this.found.push(`${what}: SPDXID ${id} is used twice`);
        else
            this.ids.add(id);
    }
    license(owner, field, value) {
        if (value === undefined || value === 'NOASSERTION' || value === 'NONE')
            return;
        if (typeof value !== 'string' || !(0,_licenses_js__WEBPACK_IMPORTED_MODULE_2__/* .isSpdxExpression */ .Y)(value)) {
            this.found.push(`${owner}: ${field} ${JSON.stringify(value)} is not an SPDX license expression`);
            return;
        }
        if (!value.includes('LicenseRef-'))
            return;
        for (const ref of value.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? [])
            if (!this.refsUsed.has(ref))
                this.refsUsed.set(ref, `${owner}: ${field}`);
    }
    /** One package. */
    package(pkg) {
        if (!isJson(pkg))
            return;
        const owner = `package ${String(pkg.SPDXID)}`;
        this.declare(pkg.SPDXID, 'package');
        checkChecksums(owner, pkg.checksums, this.found);
        this.license(owner, 'licenseDeclared', pkg.licenseDeclared);
        this.license(owner, 'licenseConcluded', pkg.licenseConcluded);
        if (pkg.filesAnalyzed === false && pkg.packageVerificationCode !== undefined)
            this.found.push(`${owner}: packageVerificationCode without filesAnalyzed`);
        if (typeof pkg.downloadLocation !== 'string' || !/^(?:NONE|NOASSERTION|[a-z][a-z0-9+.-]*:\S+)$/i.test(pkg.downloadLocation)) {
            this.found.push(`${owner}: downloadLocation ${JSON.stringify(pkg.downloadLocation)} is not NONE, NOASSERTION or a URI`);
        }
    }
    /** One file. */
    file(file) {
        if (!isJson(file))
            return;
        const owner = `file ${String(file.SPDXID)}`;
        this.declare(file.SPDXID, 'file');
        checkChecksums(owner, file.checksums, this.found);
        if (!list(file.checksums).some((checksum) => checksum.algorithm === 'SHA1'))
            this.found.push(`${owner}: no SHA1 checksum (SPDX 2.3 requires one for files)`);
        this.license(owner, 'licenseConcluded', file.licenseConcluded);
    }
    /** Whether a relationship end names no element of the document. */
    missing(end) {
        return typeof end !== 'string' || (!this.ids.has(end) && end !== 'NONE' && end !== 'NOASSERTION');
    }
    /** One relationship, after every element it may name. */
    relationship(relationship) {
        if (!isJson(relationship))
            return;
        const from = relationship.spdxElementId;
        const to = relationship.relatedSpdxElement;
        if (this.missing(from))
            this.found.push(`relationship ${String(from)} ${String(relationship.relationshipType)} ${String(to)}: ${String(from)} is not an element of the document`);
        if (this.missing(to))
            this.found.push(`relationship ${String(from)} ${String(relationship.relationshipType)} ${String(to)}: ${String(to)} is not an element of the document`);
        if (from === 'SPDXRef-DOCUMENT' && relationship.relationshipType === 'DESCRIBES')
            this.describes++;
    }
    /** The document's `hasExtractedLicensingInfos`. */
    extractedLicenses(infos) {
        this.declaredRefs = new Set(list(infos).map((info) => String(info.licenseId)));
    }
    /** Every problem found, once the whole document was seen. */
    problems() {
        const problems = [...this.found];
        for (const [ref, where] of this.refsUsed)
            if (!this.declaredRefs.has(ref))
                problems.push(`${where} uses ${ref}, which hasExtractedLicensingInfos does not declare`);
        if (this.describes === 0)
            problems.push('the document DESCRIBES nothing');
        return problems;
    }
}
/** The problems {@link SpdxCheck} finds in a whole document (none for a good one). */
function spdxProblems(document) {
    if (!isJson(document))
        return ['the document is not a JSON object'];
    const check = new SpdxCheck(document);
    for (const pkg of list(document.packages))
        check.package(pkg);
    for (const file of list(document.files))
        check.file(file);
    for (const relationship of list(document.relationships))
        check.relationship(relationship);
    check.extractedLicenses(document.hasExtractedLicensingInfos);
    return check.problems();
}
/**
 * The uniqueness and reference checks of a CycloneDX document, with sets (linear), which the
 * schema's `uniqueItems` does pairwise (quadratic), one element at a time as a document is written:
 * unique bom-refs, dependencies naming existing refs once each, unique dependsOn entries, hash
 * lengths, serial number form. Components come before the dependencies.
 */
class CycloneDxCheck {
    found = [];
    refs = new Set();
    seen = new Set();
    /** Starts with the document's skeleton: its serial number and metadata component (components and dependencies come one by one). */
    constructor(document) {
        if (document.serialNumber !== undefined && (typeof document.serialNumber !== 'string' || !/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(document.serialNumber))) {
            this.found.push(`serialNumber ${JSON.stringify(document.serialNumber)} is not a urn:uuid`);
        }
        const metadata = isJson(document.metadata) ? document.metadata : {};
        if (isJson(metadata.component))
            this.visit(metadata.component, 'metadata.component');
    }
    visit(component, where) {
        const ref = component['bom-ref'];
        if (ref !== undefined) {
            if (typeof ref !== 'string' || ref === '')
                this.found.push(`${where}: empty bom-ref`);
            else if (this.refs.has(ref))
                this.found.push(`${where}: bom-ref ${ref} is used twice`);
            else
                this.refs.add(ref);
        }
        const algorithms = new Set();
        for (const hash of list(component.hashes)) {
            const alg = String(hash.alg);
            const length = CDX_HASH_HEX[alg];
            if (algorithms.has(alg))
                this.found.push(`${where}: two ${alg} hashes`);
            algorithms.add(alg);
            if (length === undefined || typeof hash.content !== 'string' || hash.content.length !== length || !/^[0-9a-f]+$/.test(hash.content)) {
                this.found.push(`${where}: ${alg} hash is not ${length ?? '?'} lowercase hex digits`);
            }
        }
        for (const child of list(component.components))
            this.visit(child, `component ${String(child['bom-ref'] ?? child.name)}`);
    }
    /** One top-level component, with those nested in it. */
    component(component) {
        this.visit(component, `component ${String(component['bom-ref'] ?? component.name)}`);
    }
    /** One entry of `dependencies`, after every component. */
    dependency(dependency) {
        const ref = String(dependency.ref);
        if (this.seen.has(ref))
            this.found.push(`dependencies: ${ref} is listed twice`);
        this.seen.add(ref);
        if (!this.refs.has(ref))
            this.found.push(`dependencies: ${ref} is not a bom-ref of the document`);
        const targets = new Set();
        for (const target of Array.isArray(dependency.dependsOn) ? dependency.dependsOn : []) {
            const to = String(target);
            if (targets.has(to))
                this.found.push(`dependencies: ${ref} depends on ${to} twice`);
            targets.add(to);
            if (!this.refs.has(to))
                this.found.push(`dependencies: ${ref} depends on ${to}, which is not a bom-ref of the document`);
        }
    }
    /** Every problem found. */
    problems() {
        return [...this.found];
    }
}
/** The problems {@link CycloneDxCheck} finds in a whole document (none for a good one). */
function cycloneDxProblems(document) {
    if (!isJson(document))
        return ['the document is not a JSON object'];
    const check = new CycloneDxCheck(document);
    for (const component of list(document.components))
        check.component(component);
    for (const dependency of list(document.dependencies))
        check.dependency(dependency);
    return check.problems();
}
/** Throws SBOM_INVALID_DOCUMENT naming the first problems, when there are any: our own document is wrong. */
function throwIfProblems(format, problems) {
    if (problems.length === 0)
        return;
    const shown = problems.slice(0, 10).join('; ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomError */ .S('SBOM_INVALID_DOCUMENT', `the ${format} document trust-kit made is not valid: ${shown}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''}`, {
        hint: 'this is a bug in trust-kit: please report it with the lockfile that caused it',
    });
}
/** Removes every `uniqueItems` keyword from a schema copy: Ajv checks it pairwise, which is quadratic in the array length. */
function withoutUniqueItems(schema) {
    if (Array.isArray(schema))
        return schema.map(withoutUniqueItems);
    if (!isJson(schema))
        return schema;
    const copy = {};
    for (const [key, value] of Object.entries(schema))
        if (key !== 'uniqueItems')
            copy[key] = withoutUniqueItems(value);
    return copy;
}
/**
 * Compiles the CycloneDX JSON schema that `@cyclonedx/cyclonedx-library` ships for `version`
 * (with the SPDX, JSF and cryptography schemas it references), with `uniqueItems` removed so a
 * 20,000-component BOM validates in a fraction of a second instead of minutes. Pair it with
 * {@link cycloneDxProblems}, which checks the same uniqueness with sets.
 */
async function cycloneDxSchemaCheck(version) {
    const [{ readFile }, { createRequire }, { dirname, join }, { Ajv }, formats] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 98995, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 19)),
        __webpack_require__.e(/* import() */ 2463).then(__webpack_require__.t.bind(__webpack_require__, 42463, 19)),
        Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(2815)]).then(__webpack_require__.t.bind(__webpack_require__, 82815, 19)),
    ]);
    const schemaDir = join(dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
    const read = async (name) => withoutUniqueItems(JSON.parse(await readFile(join(schemaDir, name), 'utf8')));
    const [bom, spdx, jsf, crypto] = await Promise.all([
        read(`bom-${version}.SNAPSHOT.schema.json`),
        read('spdx.SNAPSHOT.schema.json'),
        read('jsf-0.82.SNAPSHOT.schema.json'),
        read('cryptography-defs.SNAPSHOT.schema.json'),
    ]);
    // The options of the library's own validator: no defaults written into the data, no remote schemas.
    const ajv = new Ajv({
        useDefaults: false,
        strict: false,
        strictSchema: false,
        addUsedSchema: false,
        schemas: {
            'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': spdx,
            'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': jsf,
            'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json': crypto,
        },
    });
    // ajv-formats is CommonJS whose module.exports is the plugin itself.
    formats.default(ajv);
    // As in the library: no JSON Schema implementation checks these two formats; we never write emails.
    ajv.addFormat('iri-reference', true);
    ajv.addFormat('idn-email', true);
    const validate = ajv.compile(bom);
    return (document) => (validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`));
}


/***/ })

};
