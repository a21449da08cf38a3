export const id = 522;
export const ids = [522];
export const modules = {

/***/ 90522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var leftoverNotice = (function (file) {
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .checkOptionsArgument */ .wV)("leftoverNotice's file", file, { path: 'string', kind: 'string' }, ['path', 'kind']);
    if (file.kind === 'signature of the replaced output') {
        return `removed ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.path)}: it signed the checksums file this run replaced, and would have stood beside the new one, signing other contents; sign the new one again (trust-kit sign-blob)`;
    }
    if (file.kind === 'kept output directory') {
        return `left ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside, kept since its output directory was made again; look at it and remove it`;
    }
    if (file.kind === 'replaced output directory') {
        return `left ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside; the next release into that output directory puts it back (or remove it if it is not wanted)`;
    }
    return `left ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.path)} out of the artifacts: it is trust-kit's own ${file.kind}, which a trust-kit run killed while writing in its directory leaves behind; remove it unless a trust-kit is writing there now`;
});var mayBeGlob = (function (subject) {
    return MAYBE_GLOB.test(subject);
});var isGlob = (async function (subject) {
    return mayBeGlob(subject) && (await __webpack_require__.e(/* import() */ 6448).then(__webpack_require__.bind(__webpack_require__, 76448))).isDynamicPattern(subject);
});var kindOfStats = (function (info) {
    if (info.isFile())
        return 'file';
    if (info.isDirectory())
        return 'directory';
    if (info.isSymbolicLink())
        return 'symlink';
    return 'other';
});var kindOfDirent = (function (entry) {
    const kind = kindOfStats(entry);
    // A file system that does not report types (DT_UNKNOWN) gives a dirent that is none of these.
    return kind === 'other' && !entry.isFIFO() && !entry.isSocket() && !entry.isCharacterDevice() && !entry.isBlockDevice() ? 'unknown' : kind;
});var refuseNonUtf8Names = (async function (directory) {
    const raw = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(directory, { encoding: 'buffer' })).find(((name) => !(0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(name)));
    if (raw === undefined)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_UNSAFE_NAME', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, raw.toString()))} has a name that is not valid UTF-8 (bytes ${raw.toString('hex')})`, {
        hint: 'rename the file in UTF-8: a checksums file names its artifacts as text',
    });
});var checkCollectArguments = (function (subjects, options) {
    let problem;
    if (!Array.isArray(subjects))
        problem = `subjects is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(subjects)}, not an array of paths, directories and globs`;
    else if (subjects.some(((subject) => typeof subject !== 'string')))
        problem = `subjects holds ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(subjects.find(((subject) => typeof subject !== 'string')))}, not only strings`;
    else if (typeof options !== 'object' || options === null)
        problem = `the options are ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(options)}, not an object with cwd and base`;
    else {
        const { cwd, base, exclude, skip, onExcluded, onlySkipped, leftover, progress } = options;
        if (typeof cwd !== 'string' || typeof base !== 'string')
            problem = `the options' cwd and base are ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(cwd)} and ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(base)}, not strings`;
        else if (exclude !== undefined && !(Array.isArray(exclude) && exclude.every(((path) => typeof path === 'string'))))
            problem = `the options' exclude is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(exclude)}, not an array of paths`;
        else {
            const notFunction = Object.entries({ skip, onExcluded, onlySkipped, leftover, progress }).find((([, value]) => value !== undefined && typeof value !== 'function'));
            if (notFunction !== undefined)
                problem = `the options' ${notFunction[0]} is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(notFunction[1])}, not a function`;
        }
    }
    if (problem !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_ARGUMENT_INVALID', problem, { hint: 'pass the subjects as an array of strings (["dist"]) and options { cwd, base } (see the types in trust-kit)' });
    }
});var collectArtifacts = (async function (subjects, options) {
    const found = await findArtifacts(subjects, options);
    return listingOrder(found).map(((index) => found[index]));
});var findArtifacts = (async function (subjects, options) {
    checkCollectArguments(subjects, options);
    const fileSystem = options.fileSystem ?? nodeFileSystem;
    const given = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, options.base);
    const baseReal = await baseDirectory(fileSystem, given, options.base);
    const base = sameButForCase(given, baseReal) ? baseReal : given;
    const excluded = new Set((options.exclude ?? []).map(((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, path))));
    const isExcluded = await exclusion(excluded);
    let kept = [];
    // A directory walked for two subjects, or a glob's match in one walked too, is told of once.
    const toldOf = new Set();
    const leftover = options.leftover === undefined
        ? undefined
        : ((file) => {
            if (toldOf.has(file.path))
                return;
            toldOf.add(file.path);
            options.leftover?.(file);
        });
    const windows = (options.platform ?? process.platform) === 'win32';
    // The real paths of the subjects' directories, for every subject's walk: thousands of files named one by one share a few.
    const realDirectories = new Map();
    for (const subject of subjects) {
        const pattern = windows ? subject.replaceAll('\\', '/') : subject;
        const globbed = await isGlob(pattern);
        try {
            const paths = globbed ? await expandGlob(pattern, options.cwd) : [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, subject)];
            const walk = new Walk(fileSystem, base, baseReal, realDirectories, options.skip, leftover, options.progress === undefined ? undefined : ((found) => options.progress?.(kept.length + found)));
            for (const path of paths) {
                // What a glob matched is offered to skip, as what a walk finds is: a subject named itself never is.
                const offer = globbed && options.skip !== undefined ? { real: await fileSystem.realpath(path).catch((() => path)) } : undefined;
                await walk.root(path, globbed ? path : subject, offer, !globbed).catch((async (error) => {
                    // Every artifact lies outside a base that is a file: say that of the base, checked only now so that a walk costs no call more.
                    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO && error.code === 'CHECKSUMS_OUTSIDE_BASE' && (await fileSystem.targetKindOf(baseReal)) !== 'directory') {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_OUTSIDE_BASE', `the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(options.base)} is not a directory`, { hint: BASE_HINT });
                    }
                    throw error;
                }));
            }
            const before = kept.length;
            let excludedHere = 0;
            if (excluded.size === 0 && before === 0)
                kept = walk.files;
            else {
                for (const file of walk.files) {
                    const out = excluded.size === 0 ? false : isExcluded(file.path);
                    if (out === false || (out !== true && !(await out)))
                        kept.push(file);
                    else {
                        excludedHere++;
                        options.onExcluded?.(file.path);
                    }
                }
            }
            // A subject whose every match was skipped names only what the caller leaves out on purpose; it reports that itself.
            if (kept.length === before && walk.skippedCount > 0 && options.onlySkipped !== undefined)
                options.onlySkipped(subject);
            else if (kept.length === before) {
                if (excludedHere > 0) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_NO_MATCH', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)} matches only the file being written (the output), which is never listed in itself`, {
                        hint: 'write the checksums file to another path, or name the files to list',
                    });
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_NO_MATCH', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)} matches no file`, {
                    hint: 'check the path or glob; globs are relative to the working directory, directories are searched recursively',
                });
            }
        }
        catch (error) {
            throw await foundUnderBase(error, { subject, pattern, globbed, cwd: options.cwd, base, shownBase: options.base, fileSystem });
        }
    }
    return kept;
});var foundUnderBase = (async function (error, at) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO) || !(error.code === 'CHECKSUMS_NO_MATCH' || (error.code === 'CHECKSUMS_PATH_NOT_FOUND' && error.message === `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(at.subject)} does not exist`)))
        return error;
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(at.subject) || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(at.cwd) === at.base)
        return error;
    const there = at.globbed ? (await expandGlob(at.pattern, at.base)).length > 0 : await at.fileSystem.targetKindOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(at.base, at.subject)).then((() => true), (() => false));
    if (!there)
        return error;
    const instead = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(at.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(at.base, at.pattern)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO(error.code, error.message, { cause: error, hint: `paths are relative to the working directory, not to the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(at.shownBase)}, which only shapes the names listed: give ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(instead)}` });
});var identityOf = (async function (path) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path, { bigint: true });
        return `${info.dev}:${info.ino}`;
    }
    catch {
        return undefined;
    }
});var exclusion = (async function (excluded) {
    const identities = new Set();
    for (const path of excluded) {
        const identity = await identityOf(path);
        if (identity !== undefined)
            identities.add(identity);
    }
    const names = new Set([...excluded].map(foldedName));
    // Answered at once for all but namesakes: a walk of many files pays no promise per file.
    return ((path) => {
        if (excluded.has(path))
            return true;
        if (identities.size === 0 || !names.has(foldedName(path)))
            return false;
        return identityOf(path).then(((identity) => identity !== undefined && identities.has(identity)));
    });
});var listingOrder = (function (found) {
    const indexes = [];
    for (let index = 0; index < found.length; index++)
        indexes.push(index);
    // Node lists a directory sorted by bytes, so the walk of one finds its files in order, each once: one pass tells so.
    if (inOrderOnce(found))
        return indexes;
    const fileAt = ((index) => found[index]);
    const unique = [];
    let previous;
    for (const index of sortByName(indexes, ((at) => fileAt(at).name))) {
        const file = fileAt(index);
        if (previous !== undefined && previous.name === file.name) {
            if (previous.path === file.path)
                continue;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_DUPLICATE_NAME', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.path)} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(previous.path)} would both be listed as ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.name)}`, {
                hint: 'list each artifact once, or give them distinct paths under the base directory',
            });
        }
        unique.push(index);
        previous = file;
    }
    return unique;
});var inOrderOnce = (function (found) {
    let previous;
    for (let index = 0; index < found.length; index++) {
        const { name } = found[index];
        if ((previous !== undefined && name <= previous) || UTF16_ORDER_DIFFERS.test(name))
            return false;
        previous = name;
    }
    return true;
});var compareNames = (function (a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
});var sortByName = (function (items, nameOf) {
    let previous = '';
    let ordered = true;
    let plain = true;
    for (const item of items) {
        const name = nameOf(item);
        if (UTF16_ORDER_DIFFERS.test(name)) {
            plain = false;
            break;
        }
        if (name < previous)
            ordered = false;
        previous = name;
    }
    if (plain && ordered)
        return items.slice();
    const named = items.map(((item) => ({ item, name: nameOf(item) })));
    if (plain)
        return named.sort(compareCodeUnits).map((({ item }) => item));
    return named
        .map((({ item, name }) => ({ item, key: Buffer.from(name, 'utf8') })))
        .sort(compareKeys)
        .map((({ item }) => item));
});var globIgnored = (function (pattern) {
    const segments = new Set(pattern.split('/'));
    return [...WALK_SKIPPED_NAMES].filter(((name) => !segments.has(name)));
});var splitGlob = (function (pattern, cwd) {
    const segments = pattern.split('/');
    let fixed = 0;
    while (fixed < segments.length - 1 && LITERAL_SEGMENT.test(segments[fixed]))
        fixed += 1;
    if (fixed === 0)
        return { directory: cwd, rest: pattern };
    // A pattern from the root keeps its leading '/' (segment '' first).
    return { directory: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, segments.slice(0, fixed).join('/') || '/'), rest: segments.slice(fixed).join('/') };
});var expandGlob = (async function (pattern, cwd) {
    const { glob } = await __webpack_require__.e(/* import() */ 6448).then(__webpack_require__.bind(__webpack_require__, 76448));
    const ignored = globIgnored(pattern);
    const { directory, rest } = splitGlob(pattern, cwd);
    // tinyglobby's ignore spares the walk into them, but holds only below its cwd: a match of `../x/**` is checked here.
    const options = { cwd: directory, absolute: true, onlyFiles: false, dot: true, followSymbolicLinks: false, expandDirectories: false, ignore: ignored.flatMap(((name) => [`**/${name}`, `**/${name}/**`])), fs: linksToFilesAsFiles };
    const matches = (await glob(rest, options)).map(((match) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(match))).filter(((path) => !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).some(((segment) => ignored.includes(segment)))));
    return sortByName(matches, ((path) => path));
});var sameButForCase = (function (typed, real) {
    return typed !== real && typed.normalize('NFC').toLowerCase() === real.normalize('NFC').toLowerCase();
});var outsideBase = (function (path, base) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_OUTSIDE_BASE', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(path)} is outside the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(base)}`, {
        hint: 'set --base (input "base") to a directory that contains every artifact',
    });
});var relativeName = (function (base, path) {
    const name = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._)(base, path, { baseItself: true });
    return name === undefined || node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '/' ? name : name.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
});var checkedName = (function (path, name, base) {
    if (name === undefined || name === '')
        throw outsideBase(path, base);
    if (/[\n\r]/.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_UNSAFE_NAME', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(path)} has a line break in its name, which a checksums file cannot hold unambiguously`, {
            hint: 'rename the file without line breaks',
        });
    }
    // sha256sum -c reads a listed '-' from its standard input, not from the file: it would fail (or pass on what is piped in).
    if (name === '-') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_UNSAFE_NAME', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(path)} is named -, which sha256sum -c reads as its standard input, not as this file`, {
            hint: 'rename the file, or set --base (input "base") so that its name has a directory in front',
        });
    }
    return name;
});var realpathOrThrow = (async function (fileSystem, path, shown) {
    try {
        return await fileSystem.realpath(path);
    }
    catch (error) {
        throw notFound(shown, error);
    }
});var baseDirectory = (async function (fileSystem, path, shown) {
    try {
        return await fileSystem.realpath(path);
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOENT')
            throw notFound(shown, error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_PATH_NOT_FOUND', `the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(shown)} does not exist`, { cause: error, hint: BASE_HINT });
    }
});var notRegular = (function (subject) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_READ_FAILED', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)} is not a regular file (a named pipe, a socket or a device)`, {
        hint: 'name the release files themselves: an artifact is a regular file, or a directory of them',
    });
});var notFound = (function (subject, error, listed = false) {
    if (listed && (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_PATH_NOT_FOUND', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)} was listed in its directory, then was gone`, { cause: error, hint: _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .CHANGED_HINT */ .HD });
    }
    if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_PATH_NOT_FOUND', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)} does not exist`, {
            cause: error,
            hint: 'check the path; relative paths are resolved against the working directory',
        });
    }
    const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_READ_FAILED', `cannot read ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)}: ${code ?? String(error)}`, {
        cause: error,
        hint: READ_FAILED_HINTS[code ?? ''] ?? 'check the file permissions',
    });
});var isAncestor = (function (ancestors, real) {
    for (let at = ancestors; at !== undefined; at = at.parent)
        if (at.real === real)
            return true;
    return false;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: (() => (/* binding */ nodeFileSystem)),
/* harmony export */   MP: (() => (/* binding */ compareNames)),
/* harmony export */   Mh: (() => (/* binding */ WALK_SKIPPED_NAMES)),
/* harmony export */   O5: (() => (/* binding */ leftoverNotice)),
/* harmony export */   VV: (() => (/* binding */ sortByName)),
/* harmony export */   jb: (() => (/* binding */ mayBeGlob)),
/* harmony export */   kx: (() => (/* binding */ collectArtifacts)),
/* harmony export */   n1: (() => (/* binding */ findArtifacts)),
/* harmony export */   z3: (() => (/* binding */ listingOrder))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64539);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82321);








/**
 * Entries never listed when a directory is walked (cli helper's exclusion hook): version control is
 * not a release artifact. A subject naming one itself (`trust-kit checksums .git`) is still hashed.
 */
const WALK_SKIPPED_NAMES = new Set(['.git']);
/** What to tell the user of a file {@link CollectOptions.leftover} was told of: that it was not listed, and why they may remove it. */

/**
 * Characters without one of which no subject is a glob (picomatch, which decides, needs one):
 * tinyglobby, and the modules it loads, are loaded only for a subject that has one, never for
 * `checksums DIR`, whose start-up is part of its time.
 */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;
/** Whether `subject` may be a glob; one that is not names a path that must exist (see {@link MAYBE_GLOB}). */

/** Whether `subject` is a glob, as tinyglobby decides (loaded only when it may be one). */

/**
 * Directory listings and link lookups in flight at once: enough to keep the thread pool busy on
 * deep trees, few enough that a million-file tree never has a million calls pending.
 */
const WALK_CONCURRENCY = 16;


/**
 * Refuses a directory holding a name whose bytes are not UTF-8 (Linux allows any but `/` and NUL):
 * Node hands it over with U+FFFD in place of the bytes, a name no file has, which a checksums
 * file would list and nobody could check.
 */

/** Node's file system, as the walk uses it. */
const nodeFileSystem = {
    list: (async (path) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path, { withFileTypes: true });
        // One pass over what may be tens of thousands of entries, as over every other listing of the walk.
        const listed = new Array(entries.length);
        let replaced = false;
        for (let index = 0; index < entries.length; index++) {
            const entry = entries[index];
            if (entry.name.includes('\uFFFD'))
                replaced = true;
            listed[index] = { name: entry.name, kind: kindOfDirent(entry) };
        }
        // Only a name with U+FFFD can stand for bytes that are not UTF-8: read again as bytes to tell.
        if (replaced)
            await refuseNonUtf8Names(path);
        return listed;
    }),
    kindOf: (async (path) => kindOfStats(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path))),
    targetKindOf: (async (path) => kindOfStats(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path))),
    // fs/promises' realpath is the native one (realpath(3), GetFinalPathNameByHandle): on macOS and Windows it spells
    // the path as the disk does, which asSpelledOnDisk relies on; fs.realpath's JavaScript one keeps the caller's case.
    realpath: ((path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path)),
};
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless the subjects are an array of strings and the
 * options name `cwd` and `base`: from plain JavaScript, a string was walked letter by letter (the
 * subject '*' listed every file under the working directory) and missing options failed deep
 * inside with a TypeError.
 */

/**
 * Expands subjects (files, directories recursed, globs) into the sorted list of files to hash,
 * rejecting anything that would make a checksums file ambiguous or point outside the base.
 * Time is linear in the entries walked (plus the final sort) and memory holds the listed names.
 */

/**
 * The files {@link collectArtifacts} lists, in the order the walk found them and with a file
 * named twice (by two subjects) found twice: to start hashing before they are sorted, with
 * {@link listingOrder} made meanwhile.
 */

/**
 * A subject that is not found from the working directory but is there under the base: its user took
 * the base for where paths start. The error keeps its code and message, and its hint names the
 * path to give instead. One more look, on the failure path only.
 */

/** A file name as a case- and normalisation-insensitive file system (macOS, Windows) may match it. */
const foldedName = ((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path).normalize('NFC').toLowerCase());
/** A file's identity (device and inode, as bigints: Windows' file indexes pass 2^53), or undefined when it cannot be read. */

/**
 * Whether a found file is one of the excluded ones (the checksums file being written): by path, or,
 * for a file of the same name but for case or Unicode form, by identity, since an excluded file
 * named another way (through a link, `Out` for `out` on macOS and Windows) is still that file and a
 * re-run must not list the last run's checksums file. Only such namesakes cost a call.
 */

/**
 * The order in which found files are listed: their indexes sorted by name, with each name once. A
 * file found twice (two subjects or globs naming it) is listed once, two files under one name are
 * an error. Neighbours in the sorted list are compared, so no table of every name is built (20,000
 * names cost a tenth of a small-file run).
 */

/** Whether the files' names are in UTF-8 byte order, none twice. */

/** Orders names by their UTF-8 bytes, as `LC_ALL=C sort` does, so the order never depends on a locale. */

/**
 * Code units from which UTF-16 order (JavaScript's) and UTF-8 byte order can disagree: surrogates
 * (characters beyond U+FFFF) sort below U+E000..U+FFFF in UTF-16 and above them in UTF-8.
 */
const UTF16_ORDER_DIFFERS = /[\ud800-\uffff]/;
const compareCodeUnits = ((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const compareKeys = ((a, b) => Buffer.compare(a.key, b.key));
/**
 * Sorts items by a name in UTF-8 byte order. Names without a character from U+D800 on (nearly all
 * file names) sort as JavaScript strings, which is the same order, and items already in that order
 * (the checksums of a sorted list of files) are only copied; otherwise each name is encoded once,
 * rather than per comparison.
 */

/**
 * What a glob never matches, whatever its depth: the entries a walk skips ({@link WALK_SKIPPED_NAMES}),
 * unless the pattern names one in a segment of its own (`.git/config`). `*` or `**` over a checkout
 * would otherwise list `.git/config`, where actions/checkout keeps the job's token, and a release
 * would upload it as an asset.
 */

/**
 * The file system tinyglobby walks, with each symbolic link to anything but a directory shown as
 * a file: tinyglobby follows every link or leaves every one out, and left out, a link to an
 * artifact that a walk of its directory lists was dropped from a glob's matches without a word.
 * Links to directories stay links, never walked into (a loop, or a tree outside the base). The
 * link's own path is what matches; the collector then checks where it leads, as for a path named.
 */
const linksToFilesAsFiles = {
    readdir(path, options, callback) {
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path, options).then((async (entries) => {
            const links = entries.filter(((entry) => entry.isSymbolicLink()));
            if (links.length === 0)
                return entries;
            // A link whose target cannot be looked at (gone, a loop) is a file too: the collector says what is wrong with it.
            const toDirectory = await Promise.all(links.map(((link) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, link.name)).then(((info) => info.isDirectory()), (() => false)))));
            const asFiles = new Set(links.filter(((_, index) => toDirectory[index] !== true)));
            return entries.map(((entry) => (asFiles.has(entry) ? { name: entry.name, isFile: (() => true), isDirectory: (() => false), isSymbolicLink: (() => false) } : entry)));
        })).then(((entries) => callback(null, entries)), ((error) => callback(error, [])));
    },
};
/** A glob segment without a character a glob gives a meaning to (a wildcard, a class, braces, an extglob, an escape): a name. */
const LITERAL_SEGMENT = /^[^*?[\]{}()!\\]*$/;
/**
 * A glob split before its first segment that is not a name: the directory the names before it lead
 * to, and the rest. tinyglobby walks a pattern that climbs (`../**`), starts at the root or goes
 * through `./..` from the two paths' common ancestor: it then left the working directory's own
 * files out of the matches (tinyglobby#128), and never followed a link in the fixed part (macOS's
 * `/tmp`, `$TMPDIR`), which matched nothing. Walked from the directory, a link there is followed
 * by the system, as in a path.
 */


/**
 * Whether two paths are one on a case- and normalisation-insensitive file system (macOS's and
 * Windows' default) but spelled differently: `Dist` typed for `dist`. A real path that differs
 * otherwise (a link resolved, `/tmp` for `/private/tmp`) is not a spelling.
 */


/** The name of a path relative to the base, `''` for the base itself, or undefined when it is outside. */



const BASE_HINT = 'set --base (input "base") to the directory the artifacts are named relative to';
/** The canonical path of the base directory; a missing one is named as the base, not as a missing artifact. */

/** A subject that names a named pipe, a socket or a device: nothing a checksums file can list (a walk leaves such entries out). */

/** The error for a path that could not be looked at; `listed` when the walk found it in its directory's listing (it is not the user's typo then). */

/** What to do about a path the walk could not read, by its error code, where permissions are not the cause. */
const READ_FAILED_HINTS = {
    // A tree thousands of levels deep: the path is longer than the system opens (PATH_MAX), so sha256sum -c could not open its name either.
    ENAMETOOLONG: 'the path is longer than the system can open; move the artifacts to a shallower directory',
    ELOOP: 'a symbolic link in the path leads round in a loop; remove it',
};

/**
 * One subject's walk: a queue of directories and links, at most {@link WALK_CONCURRENCY} file-system
 * calls in flight, regular files taken from listings without a call of their own. A link is listed
 * under its own path once its target is known to be inside the base; a directory that is one of
 * its own ancestors (a link loop) is not entered again.
 */
class Walk {
    fileSystem;
    base;
    baseReal;
    realDirectories;
    skip;
    leftover;
    progress;
    files = [];
    pending = [];
    active = 0;
    failure;
    constructor(fileSystem, base, baseReal, realDirectories, skip, leftover, progress) {
        this.fileSystem = fileSystem;
        this.base = base;
        this.baseReal = baseReal;
        this.realDirectories = realDirectories;
        this.skip = skip;
        this.leftover = leftover;
        this.progress = progress;
    }
    /** Entries (roots, and entries of walked directories) that {@link CollectOptions.skip} left out. */
    skippedCount = 0;
    /** Walks everything at `path`, a subject given as `shown`; offered to skip (with its real path) when `offer` is given. */
    async root(path, shown, offer, named = false) {
        // Where the subject really lies, by the real path of its directory (the subject itself is not
        // resolved: a link inside the base is listed under its own name, its target checked when visited).
        const parent = await this.realDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
        const real = parent === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path));
        // A base or a subject spelled through a link to the directory (`$PWD` in a directory reached by one, macOS's /tmp) names the files of the real path.
        const name = relativeName(this.base, path) ?? (real === undefined ? undefined : relativeName(this.baseReal, real));
        // A walk checks the links it meets, not those in front of a subject: `base/linked/file` with `linked -> ../outside` is under the base only as spelled.
        // A subject that is a link itself (the base named through one) is its target's, which its visit checks.
        if (name !== undefined && real !== undefined && !(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isPathWithin */ .Z)(this.baseReal, real) && (await this.fileSystem.kindOf(path).catch((() => undefined))) !== 'symlink') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_OUTSIDE_BASE', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(shown)} lies at ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(real)} through a symbolic link, outside the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(this.baseReal)}`, {
                hint: 'copy the artifact into the release directory instead of linking to it',
            });
        }
        this.pending.push({ path, name, shown, ancestors: undefined, ...(offer === undefined ? {} : { offerSkip: true, real: offer.real }), ...(named ? { named } : {}) });
        await new Promise(((resolvePromise, reject) => {
            const pump = (() => {
                if (this.failure !== undefined) {
                    if (this.active === 0)
                        reject(this.failure.error);
                    return;
                }
                while (this.active < WALK_CONCURRENCY && this.pending.length > 0) {
                    const visit = this.pending.pop();
                    this.active += 1;
                    this.visit(visit).then((() => {
                        this.active -= 1;
                        pump();
                    }), ((error) => {
                        this.active -= 1;
                        this.failure ??= { error };
                        pump();
                    }));
                }
                if (this.active === 0 && this.pending.length === 0)
                    resolvePromise();
            });
            pump();
        }));
    }
    /** The real path of a subject's directory, once per directory of all the subjects; undefined when it cannot be resolved, which the visit then reports. */
    realDirectory(directory) {
        let real = this.realDirectories.get(directory);
        if (real === undefined) {
            real = this.fileSystem.realpath(directory).catch((() => undefined));
            this.realDirectories.set(directory, real);
        }
        return real;
    }
    /** Whether a regular file found in a listing or by a glob is trust-kit's own commit lock or temporary file, which is not listed (told of instead). */
    isLeftover(path, name = path.slice(path.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) + 1)) {
        const kind = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trustKitFileKind */ .Xg)(name);
        if (kind === undefined)
            return false;
        this.leftover?.({ path, kind });
        return true;
    }
    addFile(path, name, target) {
        const file = { path, name: checkedName(path, name ?? relativeName(this.base, path), this.base) };
        if (target !== undefined)
            file.target = target;
        this.files.push(file);
    }
    async visit(visit) {
        let kind = visit.kind;
        if (kind === undefined) {
            try {
                kind = await this.fileSystem.kindOf(visit.path);
            }
            catch (error) {
                // A glob's match whose name is not UTF-8 comes with U+FFFD in its bytes' place, a name no file has: its directory's listing says so.
                if (visit.path.includes('\uFFFD') && (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT') {
                    await this.fileSystem.list((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(visit.path)).catch(((listing) => {
                        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(listing))
                            throw listing;
                    }));
                }
                throw notFound(visit.shown, error, visit.ancestors !== undefined);
            }
        }
        if (kind === 'symlink')
            return this.link(visit);
        if (kind === 'other' && visit.named === true)
            throw notRegular(visit.shown);
        if (visit.named === true)
            visit = await this.asSpelledOnDisk(visit);
        if (kind === 'file' && !this.skipped(visit, false, visit.real) && (visit.named === true || !this.isLeftover(visit.path)))
            this.addFile(visit.path, visit.name);
        if (kind === 'directory' && !this.skipped(visit, true, visit.real))
            await this.directory(visit, visit.real ?? (await realpathOrThrow(this.fileSystem, visit.path, visit.shown)));
    }
    /**
     * A subject as the file system spells it, when it was typed in another case or Unicode form
     * (macOS, Windows): its names then verify where case counts (`sha256sum -c` on Linux), and two
     * spellings of one file are listed once. Names found in listings are spelled so already.
     */
    async asSpelledOnDisk(visit) {
        const real = await realpathOrThrow(this.fileSystem, visit.path, visit.shown);
        return sameButForCase(visit.path, real) ? { ...visit, path: real, name: relativeName(this.base, real), real } : { ...visit, real };
    }
    /** Whether {@link CollectOptions.skip} leaves out an entry it has not been asked about yet (once its kind is known); entries found in a listing and a glob's matches are offered, with their real paths. */
    skipped(visit, directory, real) {
        const skipped = visit.offerSkip === true && this.skip?.({ path: visit.path, name: visit.path.slice(visit.path.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) + 1), directory, real: real ?? visit.path }) === true;
        if (skipped)
            this.skippedCount += 1;
        return skipped;
    }
    async link(visit) {
        let target;
        try {
            target = await this.fileSystem.realpath(visit.path);
        }
        catch (error) {
            // Only a link to nothing is dangling: one that loops, or that a directory in its way keeps from being followed, says so.
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOENT')
                throw notFound(visit.path, error);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_PATH_NOT_FOUND', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(visit.path)} is a symbolic link to a file that does not exist`, {
                cause: error,
                hint: 'remove the dangling link or point it at an artifact',
            });
        }
        if (!(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isPathWithin */ .Z)(this.baseReal, target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_OUTSIDE_BASE', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(visit.path)} is a symbolic link to ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(target)}, outside the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(this.baseReal)}`, {
                hint: 'copy the artifact into the release directory instead of linking to it',
            });
        }
        let targetKind;
        try {
            targetKind = await this.fileSystem.targetKindOf(target);
        }
        catch (error) {
            throw notFound(visit.path, error, visit.ancestors !== undefined);
        }
        if (targetKind === 'other' && visit.named === true)
            throw notRegular(visit.shown);
        if (targetKind === 'file' && !this.skipped(visit, false, target))
            this.addFile(visit.path, visit.name, target);
        // Only a link can lead back up the tree: a plain directory's real path is longer than its parent's.
        if (targetKind === 'directory' && !this.skipped(visit, true, target) && !isAncestor(visit.ancestors, target))
            await this.directory(visit, target);
    }
    async directory(visit, real) {
        let entries;
        try {
            entries = await this.fileSystem.list(visit.path);
        }
        catch (error) {
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(error) ? error : notFound(visit.path, error, visit.ancestors !== undefined);
        }
        this.progress?.(this.files.length + entries.length);
        const ancestors = { real, parent: visit.ancestors };
        const pathPrefix = visit.path.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? visit.path : visit.path + node_path__WEBPACK_IMPORTED_MODULE_2__.sep;
        const realPrefix = real.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? real : real + node_path__WEBPACK_IMPORTED_MODULE_2__.sep;
        const namePrefix = visit.name === undefined || visit.name === '' ? visit.name : `${visit.name}/`;
        const { skip } = this;
        // A directory of tens of thousands of files costs this loop's body that many times, cold: a regular file takes no call it can do without.
        for (const { name: entryName, kind } of entries) {
            if (WALK_SKIPPED_NAMES.has(entryName))
                continue;
            const path = pathPrefix + entryName;
            const name = namePrefix === undefined ? undefined : namePrefix + entryName;
            if (kind === 'file') {
                if (skip !== undefined && skip({ path, name: entryName, directory: false, real: realPrefix + entryName }) === true)
                    continue;
                if (!this.isLeftover(path, entryName))
                    this.addFile(path, name);
                continue;
            }
            // The entry's own real path: its parent's and its name (a link's target is looked up when it is visited).
            const entryReal = realPrefix + entryName;
            if (kind === 'directory') {
                if (skip?.({ path, name: entryName, directory: true, real: entryReal }) === true) {
                    this.skippedCount += 1;
                    continue;
                }
                // A killed release's staging directory (or the earlier output it moved aside) holds no artifact of this run: told of, not walked.
                const leftover = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trustKitDirectoryKind */ .ym)(entryName);
                if (leftover !== undefined)
                    this.leftover?.({ path, kind: leftover });
                else
                    this.pending.push({ path, name, shown: path, ancestors, kind: 'directory', real: entryReal });
            }
            else if (kind !== 'other') {
                // Links and entries of unknown type are looked at on their own, and offered to skip once what they name is known.
                this.pending.push({ path, name, shown: path, ancestors, offerSkip: true, ...(kind === 'symlink' ? { kind: 'symlink' } : { real: entryReal }) });
            }
        }
    }
}


/***/ }),

/***/ 82321:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var shownPath = (function (path) {
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(path, 1024);
});var checksumsPlace = (function (path, line) {
    return path === undefined ? {} : { place: { file: path, ...(line === undefined ? {} : { line }) } };
});var checkArrayArgument = (function (what, value, expected) {
    if (!Array.isArray(value))
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not an array of ${expected}`, { hint: `pass an array of ${expected} (see the types in trust-kit)` });
});var checkEntries = (function (what, entries, fields, expected) {
    // A plain loop: a release hashes a million files, each checked here.
    const checks = Object.entries(fields);
    for (let index = 0; index < entries.length; index++) {
        const entry = entries[index];
        const given = typeof entry === 'object' && entry !== null ? entry : undefined;
        const wrong = given === undefined ? undefined : checks.find((([field, kind]) => (kind === 'string' ? typeof given[field] !== 'string' : typeof given[field] !== 'object' || given[field] === null)));
        if (given !== undefined && wrong === undefined)
            continue;
        const got = given === undefined || wrong === undefined ? (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(entry) : `an object whose ${wrong[0]} is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(given[wrong[0]])}`;
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what}[${index}] is ${got}, not ${expected}`, { hint: `pass ${expected} (see the types in trust-kit)` });
    }
});var checkStringArgument = (function (what, value) {
    if (typeof value !== 'string')
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not a string`, { hint: 'pass a string (see the types in trust-kit)' });
});var checkOptionsArgument = (function (what, options, fields, required = []) {
    const hint = { hint: `pass ${what} as its type in trust-kit declares them (see docs/library.md)` };
    if (typeof options !== 'object' || options === null)
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} are ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(options)}, not an object`, hint);
    for (const [name, kind] of Object.entries(fields)) {
        const value = options[name];
        if (value === undefined && !required.includes(name))
            continue;
        if (!OPTION_KINDS[kind].is(value))
            throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what}' ${name} is ${Number.isNaN(value) ? 'NaN' : (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not ${OPTION_KINDS[kind].said}`, hint);
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: (() => (/* binding */ CHANGED_HINT)),
/* harmony export */   Xr: (() => (/* binding */ checkStringArgument)),
/* harmony export */   bO: (() => (/* binding */ ChecksumsError)),
/* harmony export */   bX: (() => (/* binding */ checkEntries)),
/* harmony export */   lD: (() => (/* binding */ checkArrayArgument)),
/* harmony export */   pS: (() => (/* binding */ shownPath)),
/* harmony export */   qD: (() => (/* binding */ checksumsPlace)),
/* harmony export */   wV: (() => (/* binding */ checkOptionsArgument))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


/** An error hashing artifacts or reading or checking a checksums file. */
class ChecksumsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ChecksumsError';
    }
}
/** The hint for a file found moments before and gone since: the tree changed while it was walked or hashed. */
const CHANGED_HINT = "something removed or renamed it while trust-kit ran: make sure nothing writes to the artifacts' directories until their checksums are written";
/**
 * A path or a subject quoted for a message: the user gave it, but the names under it are the tree's
 * (a checkout, a build's outputs), which may hold terminal escapes. Bounded well above real paths,
 * so that the user can still find the file.
 */

/** The place option of an error about `line` of the checksums file read at `path`; none without a path (checksums given as text). */

/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `value` is an array (of strings with `strings`): from
 * plain JavaScript a string or an object failed with a TypeError (`entries.map is not a function`).
 */

/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID, naming the first that is not, unless every entry is an
 * object whose `fields` have the kinds given: an array of paths where files `{ name, path }` go
 * failed as "cannot read undefined", and an entry without a digest as a TypeError.
 */

/** Fails with CHECKSUMS_ARGUMENT_INVALID unless `value` is a string. */

const OPTION_KINDS = {
    string: { is: ((value) => typeof value === 'string'), said: 'a string' },
    function: { is: ((value) => typeof value === 'function'), said: 'a function' },
    boolean: { is: ((value) => typeof value === 'boolean'), said: 'true or false' },
    number: { is: ((value) => typeof value === 'number' && !Number.isNaN(value)), said: 'a number' },
    strings: { is: ((value) => Array.isArray(value) && value.every(((item) => typeof item === 'string'))), said: 'an array of strings' },
};
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `options` is an object whose `fields` are of their
 * kind (the `required` ones present): from plain JavaScript, `exclude: 'x'` or a missing
 * `onResult` failed deep inside with a TypeError, and `maxLineBytes: NaN` lifted the line bound.
 */



/***/ })

};
