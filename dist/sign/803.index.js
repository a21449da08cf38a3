export const id = 803;
export const ids = [803];
export const modules = {

/***/ 14803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SIGN_INPUTS: () => (/* binding */ SIGN_INPUTS),
  run: () => (/* binding */ run),
  signedInstance: () => (/* binding */ signedInstance)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js + 1 modules
var core_files = __webpack_require__(19916);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
;// CONCATENATED MODULE: ./lib/core/digest.js






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. Frozen: a caller pushing 'md5' onto it got past the algorithm check, to a crash inside. */
const digest_DIGEST_ALGORITHMS = Object.freeze(['sha256', 'sha512']);
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */
function digest_isDigestAlgorithm(value) {
    return digest_DIGEST_ALGORITHMS.includes(value);
}
/** The length in hex characters of a digest made with `algorithm`. */
function digest_hexLength(algorithm) {
    return HEX_LENGTH[algorithm];
}
/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */
function isHexDigest(algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
}
/** The digest of bytes already in memory. */
function digestBytes(algorithm, bytes) {
    return (0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex');
}
/** The digest of a text in memory in chunks (as UTF-8), without joining them: a text may be longer than one string can be. */
function digestChunks(algorithm, chunks) {
    const hash = createHash(algorithm);
    for (const chunk of chunks)
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * An artifact argument that names a digest rather than a file (`sha256:<hex>`, `sha512:<hex>`, the
 * algorithm in any case, as cosign reads it), with the algorithm in lower case; undefined for a path.
 * Any `sha<digits>:` is taken for one (`sha384:<hex>`, `sha:`), so that an algorithm trust-kit does
 * not take is refused as the argument it is, not looked for as a file.
 */
function digestArgument(value) {
    const algorithm = /^sha\d*:/i.exec(value)?.[0];
    return algorithm === undefined ? undefined : `${algorithm.toLowerCase()}${value.slice(algorithm.length)}`;
}
/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */
function parseDigestReference(value) {
    // A library caller in plain JavaScript: a number or undefined failed on `slice` with a TypeError.
    if (typeof value !== 'string')
        throw new errors/* TrustKitError */.T0('DIGEST_INVALID', `the digest is ${(0,quote/* typeName */.go)(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !digest_isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new errors/* TrustKitError */.T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
}
/**
 * Bytes per read: small enough that a chunk is still in the CPU's cache when it is hashed, big
 * enough that calls cost little. On 1 GiB, 256 KiB reads hash at openssl's speed; 64 KiB reads
 * cost 3% more, 4 MiB reads about 5% (the chunk no longer fits the cache).
 */
const READ_CHUNK = (/* unused pure expression or super */ null && (256 * 1024));
/** Bytes hashed between two turns of the event loop: a few milliseconds, so signals and timers are never held up for long. */
const BYTES_PER_TURN = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/**
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Reads are synchronous into one buffer, in runs of
 * {@link BYTES_PER_TURN} with a turn of the event loop between them: reads handed to the thread
 * pool, with two buffers taking turns, were 5% slower and noisier on 1 GiB (each chunk is copied
 * on one core and hashed on another, and no longer fits either's cache). A file written to while
 * it is read (grown, shrunk, rewritten in place) is refused (FILE_CHANGED): its digest would be of
 * bytes it never held at one moment. `named` words a refusal (FILE_NOT_REGULAR, FILE_CHANGED) as
 * the user knows the file: what it is, and the path as they wrote it.
 */
async function digest_hashFile(path, algorithms, named = {}) {
    const hashes = algorithms.map((algorithm) => [algorithm, createHash(algorithm)]);
    // Never a pipe or a device: one would block the open or never end.
    const opened = await openRegularFile(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }), ...(named.noFollow === true ? { noFollow: true } : {}) });
    const { handle, size: expected } = opened;
    let size = 0;
    try {
        const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(expected, 64 * 1024)));
        let sinceTurn = 0;
        for (let read = readSync(handle.fd, buffer); read > 0; read = readSync(handle.fd, buffer)) {
            const bytes = buffer.subarray(0, read);
            for (const [, hash] of hashes)
                hash.update(bytes);
            size += read;
            sinceTurn += read;
            if (sinceTurn >= BYTES_PER_TURN) {
                sinceTurn = 0;
                await setImmediate();
            }
        }
        if (changedWhileRead(opened, fstatSync(handle.fd), size))
            throw fileChanged(named.what ?? 'file', named.shown ?? path, size, expected);
    }
    finally {
        await handle.close();
    }
    const digest = {};
    for (const [algorithm, hash] of hashes)
        digest[algorithm] = hash.digest('hex');
    return { digest, size };
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(64539);
;// CONCATENATED MODULE: ./lib/checksums/errors.js


/** An error hashing artifacts or reading or checking a checksums file. */
class errors_ChecksumsError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ChecksumsError';
    }
}
/** The hint for a file found moments before and gone since: the tree changed while it was walked or hashed. */
const errors_CHANGED_HINT = "something removed or renamed it while trust-kit ran: make sure nothing writes to the artifacts' directories until their checksums are written";
/**
 * A path or a subject quoted for a message: the user gave it, but the names under it are the tree's
 * (a checkout, a build's outputs), which may hold terminal escapes. Bounded well above real paths,
 * so that the user can still find the file.
 */
function errors_shownPath(path) {
    return (0,quote/* quoted */.TL)(path, 1024);
}
/** The place option of an error about `line` of the checksums file read at `path`; none without a path (checksums given as text). */
function errors_checksumsPlace(path, line) {
    return path === undefined ? {} : { place: { file: path, ...(line === undefined ? {} : { line }) } };
}
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `value` is an array (of strings with `strings`): from
 * plain JavaScript a string or an object failed with a TypeError (`entries.map is not a function`).
 */
function errors_checkArrayArgument(what, value, expected) {
    if (!Array.isArray(value))
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${typeName(value)}, not an array of ${expected}`, { hint: `pass an array of ${expected} (see the types in trust-kit)` });
}
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID, naming the first that is not, unless every entry is an
 * object whose `fields` have the kinds given: an array of paths where files `{ name, path }` go
 * failed as "cannot read undefined", and an entry without a digest as a TypeError.
 */
function errors_checkEntries(what, entries, fields, expected) {
    // A plain loop: a release hashes a million files, each checked here.
    const checks = Object.entries(fields);
    for (let index = 0; index < entries.length; index++) {
        const entry = entries[index];
        const given = typeof entry === 'object' && entry !== null ? entry : undefined;
        const wrong = given === undefined ? undefined : checks.find(([field, kind]) => (kind === 'string' ? typeof given[field] !== 'string' : typeof given[field] !== 'object' || given[field] === null));
        if (given !== undefined && wrong === undefined)
            continue;
        const got = given === undefined || wrong === undefined ? typeName(entry) : `an object whose ${wrong[0]} is ${typeName(given[wrong[0]])}`;
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what}[${index}] is ${got}, not ${expected}`, { hint: `pass ${expected} (see the types in trust-kit)` });
    }
}
/** Fails with CHECKSUMS_ARGUMENT_INVALID unless `value` is a string. */
function errors_checkStringArgument(what, value) {
    if (typeof value !== 'string')
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${typeName(value)}, not a string`, { hint: 'pass a string (see the types in trust-kit)' });
}
const OPTION_KINDS = {
    string: { is: (value) => typeof value === 'string', said: 'a string' },
    function: { is: (value) => typeof value === 'function', said: 'a function' },
    boolean: { is: (value) => typeof value === 'boolean', said: 'true or false' },
    number: { is: (value) => typeof value === 'number' && !Number.isNaN(value), said: 'a number' },
    strings: { is: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'), said: 'an array of strings' },
};
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `options` is an object whose `fields` are of their
 * kind (the `required` ones present): from plain JavaScript, `exclude: 'x'` or a missing
 * `onResult` failed deep inside with a TypeError, and `maxLineBytes: NaN` lifted the line bound.
 */
function errors_checkOptionsArgument(what, options, fields, required = []) {
    const hint = { hint: `pass ${what} as its type in trust-kit declares them (see docs/library.md)` };
    if (typeof options !== 'object' || options === null)
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} are ${(0,quote/* typeName */.go)(options)}, not an object`, hint);
    for (const [name, kind] of Object.entries(fields)) {
        const value = options[name];
        if (value === undefined && !required.includes(name))
            continue;
        if (!OPTION_KINDS[kind].is(value))
            throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what}' ${name} is ${Number.isNaN(value) ? 'NaN' : (0,quote/* typeName */.go)(value)}, not ${OPTION_KINDS[kind].said}`, hint);
    }
}

;// CONCATENATED MODULE: ./lib/checksums/collect.js








/**
 * Entries never listed when a directory is walked (cli helper's exclusion hook): version control is
 * not a release artifact. A subject naming one itself (`trust-kit checksums .git`) is still hashed.
 */
const WALK_SKIPPED_NAMES = new Set(['.git']);
/** What to tell the user of a file {@link CollectOptions.leftover} was told of: that it was not listed, and why they may remove it. */
function leftoverNotice(file) {
    errors_checkOptionsArgument("leftoverNotice's file", file, { path: 'string', kind: 'string' }, ['path', 'kind']);
    if (file.kind === 'signature of the replaced output') {
        return `removed ${errors_shownPath(file.path)}: it signed the checksums file this run replaced, and would have stood beside the new one, signing other contents; sign the new one again (trust-kit sign-blob)`;
    }
    if (file.kind === 'kept output directory') {
        return `left ${errors_shownPath(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside, kept since its output directory was made again; look at it and remove it`;
    }
    if (file.kind === 'replaced output directory') {
        return `left ${errors_shownPath(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside; the next release into that output directory puts it back (or remove it if it is not wanted)`;
    }
    return `left ${errors_shownPath(file.path)} out of the artifacts: it is trust-kit's own ${file.kind}, which a trust-kit run killed while writing in its directory leaves behind; remove it unless a trust-kit is writing there now`;
}
/**
 * Characters without one of which no subject is a glob (picomatch, which decides, needs one):
 * tinyglobby, and the modules it loads, are loaded only for a subject that has one, never for
 * `checksums DIR`, whose start-up is part of its time.
 */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;
/** Whether `subject` may be a glob; one that is not names a path that must exist (see {@link MAYBE_GLOB}). */
function collect_mayBeGlob(subject) {
    return MAYBE_GLOB.test(subject);
}
/** Whether `subject` is a glob, as tinyglobby decides (loaded only when it may be one). */
async function isGlob(subject) {
    return collect_mayBeGlob(subject) && (await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 76448))).isDynamicPattern(subject);
}
/**
 * Directory listings and link lookups in flight at once: enough to keep the thread pool busy on
 * deep trees, few enough that a million-file tree never has a million calls pending.
 */
const WALK_CONCURRENCY = 16;
function kindOfStats(info) {
    if (info.isFile())
        return 'file';
    if (info.isDirectory())
        return 'directory';
    if (info.isSymbolicLink())
        return 'symlink';
    return 'other';
}
function kindOfDirent(entry) {
    const kind = kindOfStats(entry);
    // A file system that does not report types (DT_UNKNOWN) gives a dirent that is none of these.
    return kind === 'other' && !entry.isFIFO() && !entry.isSocket() && !entry.isCharacterDevice() && !entry.isBlockDevice() ? 'unknown' : kind;
}
/**
 * Refuses a directory holding a name whose bytes are not UTF-8 (Linux allows any but `/` and NUL):
 * Node hands it over with U+FFFD in place of the bytes, a name no file has, which a checksums
 * file would list and nobody could check.
 */
async function refuseNonUtf8Names(directory) {
    const raw = (await (0,promises_.readdir)(directory, { encoding: 'buffer' })).find((name) => !(0,external_node_buffer_.isUtf8)(name));
    if (raw === undefined)
        return;
    throw new errors_ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${errors_shownPath((0,external_node_path_.join)(directory, raw.toString()))} has a name that is not valid UTF-8 (bytes ${raw.toString('hex')})`, {
        hint: 'rename the file in UTF-8: a checksums file names its artifacts as text',
    });
}
/** Node's file system, as the walk uses it. */
const nodeFileSystem = {
    list: async (path) => {
        const entries = await (0,promises_.readdir)(path, { withFileTypes: true });
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
    },
    kindOf: async (path) => kindOfStats(await (0,promises_.lstat)(path)),
    targetKindOf: async (path) => kindOfStats(await (0,promises_.stat)(path)),
    // fs/promises' realpath is the native one (realpath(3), GetFinalPathNameByHandle): on macOS and Windows it spells
    // the path as the disk does, which asSpelledOnDisk relies on; fs.realpath's JavaScript one keeps the caller's case.
    realpath: (path) => (0,promises_.realpath)(path),
};
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless the subjects are an array of strings and the
 * options name `cwd` and `base`: from plain JavaScript, a string was walked letter by letter (the
 * subject '*' listed every file under the working directory) and missing options failed deep
 * inside with a TypeError.
 */
function checkCollectArguments(subjects, options) {
    let problem;
    if (!Array.isArray(subjects))
        problem = `subjects is ${(0,quote/* typeName */.go)(subjects)}, not an array of paths, directories and globs`;
    else if (subjects.some((subject) => typeof subject !== 'string'))
        problem = `subjects holds ${(0,quote/* typeName */.go)(subjects.find((subject) => typeof subject !== 'string'))}, not only strings`;
    else if (typeof options !== 'object' || options === null)
        problem = `the options are ${(0,quote/* typeName */.go)(options)}, not an object with cwd and base`;
    else {
        const { cwd, base, exclude, skip, onExcluded, onlySkipped, leftover, progress } = options;
        if (typeof cwd !== 'string' || typeof base !== 'string')
            problem = `the options' cwd and base are ${(0,quote/* typeName */.go)(cwd)} and ${(0,quote/* typeName */.go)(base)}, not strings`;
        else if (exclude !== undefined && !(Array.isArray(exclude) && exclude.every((path) => typeof path === 'string')))
            problem = `the options' exclude is ${(0,quote/* typeName */.go)(exclude)}, not an array of paths`;
        else {
            const notFunction = Object.entries({ skip, onExcluded, onlySkipped, leftover, progress }).find(([, value]) => value !== undefined && typeof value !== 'function');
            if (notFunction !== undefined)
                problem = `the options' ${notFunction[0]} is ${(0,quote/* typeName */.go)(notFunction[1])}, not a function`;
        }
    }
    if (problem !== undefined) {
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', problem, { hint: 'pass the subjects as an array of strings (["dist"]) and options { cwd, base } (see the types in trust-kit)' });
    }
}
/**
 * Expands subjects (files, directories recursed, globs) into the sorted list of files to hash,
 * rejecting anything that would make a checksums file ambiguous or point outside the base.
 * Time is linear in the entries walked (plus the final sort) and memory holds the listed names.
 */
async function collectArtifacts(subjects, options) {
    const found = await collect_findArtifacts(subjects, options);
    return collect_listingOrder(found).map((index) => found[index]);
}
/**
 * The files {@link collectArtifacts} lists, in the order the walk found them and with a file
 * named twice (by two subjects) found twice: to start hashing before they are sorted, with
 * {@link listingOrder} made meanwhile.
 */
async function collect_findArtifacts(subjects, options) {
    checkCollectArguments(subjects, options);
    const fileSystem = options.fileSystem ?? nodeFileSystem;
    const given = (0,external_node_path_.resolve)(options.cwd, options.base);
    const baseReal = await baseDirectory(fileSystem, given, options.base);
    const base = sameButForCase(given, baseReal) ? baseReal : given;
    const excluded = new Set((options.exclude ?? []).map((path) => (0,external_node_path_.resolve)(options.cwd, path)));
    const isExcluded = await exclusion(excluded);
    let kept = [];
    // A directory walked for two subjects, or a glob's match in one walked too, is told of once.
    const toldOf = new Set();
    const leftover = options.leftover === undefined
        ? undefined
        : (file) => {
            if (toldOf.has(file.path))
                return;
            toldOf.add(file.path);
            options.leftover?.(file);
        };
    const windows = (options.platform ?? process.platform) === 'win32';
    // The real paths of the subjects' directories, for every subject's walk: thousands of files named one by one share a few.
    const realDirectories = new Map();
    for (const subject of subjects) {
        const pattern = windows ? subject.replaceAll('\\', '/') : subject;
        const globbed = await isGlob(pattern);
        try {
            const paths = globbed ? await expandGlob(pattern, options.cwd) : [(0,external_node_path_.resolve)(options.cwd, subject)];
            const walk = new Walk(fileSystem, base, baseReal, realDirectories, options.skip, leftover, options.progress === undefined ? undefined : (found) => options.progress?.(kept.length + found));
            for (const path of paths) {
                // What a glob matched is offered to skip, as what a walk finds is: a subject named itself never is.
                const offer = globbed && options.skip !== undefined ? { real: await fileSystem.realpath(path).catch(() => path) } : undefined;
                await walk.root(path, globbed ? path : subject, offer, !globbed).catch(async (error) => {
                    // Every artifact lies outside a base that is a file: say that of the base, checked only now so that a walk costs no call more.
                    if (error instanceof errors_ChecksumsError && error.code === 'CHECKSUMS_OUTSIDE_BASE' && (await fileSystem.targetKindOf(baseReal)) !== 'directory') {
                        throw new errors_ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `the base directory ${errors_shownPath(options.base)} is not a directory`, { hint: BASE_HINT });
                    }
                    throw error;
                });
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
                    throw new errors_ChecksumsError('CHECKSUMS_NO_MATCH', `${errors_shownPath(subject)} matches only the file being written (the output), which is never listed in itself`, {
                        hint: 'write the checksums file to another path, or name the files to list',
                    });
                }
                throw new errors_ChecksumsError('CHECKSUMS_NO_MATCH', `${errors_shownPath(subject)} matches no file`, {
                    hint: 'check the path or glob; globs are relative to the working directory, directories are searched recursively',
                });
            }
        }
        catch (error) {
            throw await foundUnderBase(error, { subject, pattern, globbed, cwd: options.cwd, base, shownBase: options.base, fileSystem });
        }
    }
    return kept;
}
/**
 * A subject that is not found from the working directory but is there under the base: its user took
 * the base for where paths start. The error keeps its code and message, and its hint names the
 * path to give instead. One more look, on the failure path only.
 */
async function foundUnderBase(error, at) {
    if (!(error instanceof errors_ChecksumsError) || !(error.code === 'CHECKSUMS_NO_MATCH' || (error.code === 'CHECKSUMS_PATH_NOT_FOUND' && error.message === `${errors_shownPath(at.subject)} does not exist`)))
        return error;
    if ((0,external_node_path_.isAbsolute)(at.subject) || (0,external_node_path_.resolve)(at.cwd) === at.base)
        return error;
    const there = at.globbed ? (await expandGlob(at.pattern, at.base)).length > 0 : await at.fileSystem.targetKindOf((0,external_node_path_.resolve)(at.base, at.subject)).then(() => true, () => false);
    if (!there)
        return error;
    const instead = (0,external_node_path_.relative)(at.cwd, (0,external_node_path_.join)(at.base, at.pattern)).split(external_node_path_.sep).join('/');
    return new errors_ChecksumsError(error.code, error.message, { cause: error, hint: `paths are relative to the working directory, not to the base directory ${errors_shownPath(at.shownBase)}, which only shapes the names listed: give ${errors_shownPath(instead)}` });
}
/** A file name as a case- and normalisation-insensitive file system (macOS, Windows) may match it. */
const foldedName = (path) => (0,external_node_path_.basename)(path).normalize('NFC').toLowerCase();
/** A file's identity (device and inode, as bigints: Windows' file indexes pass 2^53), or undefined when it cannot be read. */
async function identityOf(path) {
    try {
        const info = await (0,promises_.stat)(path, { bigint: true });
        return `${info.dev}:${info.ino}`;
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a found file is one of the excluded ones (the checksums file being written): by path, or,
 * for a file of the same name but for case or Unicode form, by identity, since an excluded file
 * named another way (through a link, `Out` for `out` on macOS and Windows) is still that file and a
 * re-run must not list the last run's checksums file. Only such namesakes cost a call.
 */
async function exclusion(excluded) {
    const identities = new Set();
    for (const path of excluded) {
        const identity = await identityOf(path);
        if (identity !== undefined)
            identities.add(identity);
    }
    const names = new Set([...excluded].map(foldedName));
    // Answered at once for all but namesakes: a walk of many files pays no promise per file.
    return (path) => {
        if (excluded.has(path))
            return true;
        if (identities.size === 0 || !names.has(foldedName(path)))
            return false;
        return identityOf(path).then((identity) => identity !== undefined && identities.has(identity));
    };
}
/**
 * The order in which found files are listed: their indexes sorted by name, with each name once. A
 * file found twice (two subjects or globs naming it) is listed once, two files under one name are
 * an error. Neighbours in the sorted list are compared, so no table of every name is built (20,000
 * names cost a tenth of a small-file run).
 */
function collect_listingOrder(found) {
    const indexes = [];
    for (let index = 0; index < found.length; index++)
        indexes.push(index);
    // Node lists a directory sorted by bytes, so the walk of one finds its files in order, each once: one pass tells so.
    if (inOrderOnce(found))
        return indexes;
    const fileAt = (index) => found[index];
    const unique = [];
    let previous;
    for (const index of collect_sortByName(indexes, (at) => fileAt(at).name)) {
        const file = fileAt(index);
        if (previous !== undefined && previous.name === file.name) {
            if (previous.path === file.path)
                continue;
            throw new errors_ChecksumsError('CHECKSUMS_DUPLICATE_NAME', `${errors_shownPath(file.path)} and ${errors_shownPath(previous.path)} would both be listed as ${errors_shownPath(file.name)}`, {
                hint: 'list each artifact once, or give them distinct paths under the base directory',
            });
        }
        unique.push(index);
        previous = file;
    }
    return unique;
}
/** Whether the files' names are in UTF-8 byte order, none twice. */
function inOrderOnce(found) {
    let previous;
    for (let index = 0; index < found.length; index++) {
        const { name } = found[index];
        if ((previous !== undefined && name <= previous) || UTF16_ORDER_DIFFERS.test(name))
            return false;
        previous = name;
    }
    return true;
}
/** Orders names by their UTF-8 bytes, as `LC_ALL=C sort` does, so the order never depends on a locale. */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Code units from which UTF-16 order (JavaScript's) and UTF-8 byte order can disagree: surrogates
 * (characters beyond U+FFFF) sort below U+E000..U+FFFF in UTF-16 and above them in UTF-8.
 */
const UTF16_ORDER_DIFFERS = /[\ud800-\uffff]/;
const compareCodeUnits = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const compareKeys = (a, b) => Buffer.compare(a.key, b.key);
/**
 * Sorts items by a name in UTF-8 byte order. Names without a character from U+D800 on (nearly all
 * file names) sort as JavaScript strings, which is the same order, and items already in that order
 * (the checksums of a sorted list of files) are only copied; otherwise each name is encoded once,
 * rather than per comparison.
 */
function collect_sortByName(items, nameOf) {
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
    const named = items.map((item) => ({ item, name: nameOf(item) }));
    if (plain)
        return named.sort(compareCodeUnits).map(({ item }) => item);
    return named
        .map(({ item, name }) => ({ item, key: Buffer.from(name, 'utf8') }))
        .sort(compareKeys)
        .map(({ item }) => item);
}
/**
 * What a glob never matches, whatever its depth: the entries a walk skips ({@link WALK_SKIPPED_NAMES}),
 * unless the pattern names one in a segment of its own (`.git/config`). `*` or `**` over a checkout
 * would otherwise list `.git/config`, where actions/checkout keeps the job's token, and a release
 * would upload it as an asset.
 */
function globIgnored(pattern) {
    const segments = new Set(pattern.split('/'));
    return [...WALK_SKIPPED_NAMES].filter((name) => !segments.has(name));
}
/**
 * The file system tinyglobby walks, with each symbolic link to anything but a directory shown as
 * a file: tinyglobby follows every link or leaves every one out, and left out, a link to an
 * artifact that a walk of its directory lists was dropped from a glob's matches without a word.
 * Links to directories stay links, never walked into (a loop, or a tree outside the base). The
 * link's own path is what matches; the collector then checks where it leads, as for a path named.
 */
const linksToFilesAsFiles = {
    readdir(path, options, callback) {
        (0,promises_.readdir)(path, options).then(async (entries) => {
            const links = entries.filter((entry) => entry.isSymbolicLink());
            if (links.length === 0)
                return entries;
            // A link whose target cannot be looked at (gone, a loop) is a file too: the collector says what is wrong with it.
            const toDirectory = await Promise.all(links.map((link) => (0,promises_.stat)((0,external_node_path_.join)(path, link.name)).then((info) => info.isDirectory(), () => false)));
            const asFiles = new Set(links.filter((_, index) => toDirectory[index] !== true));
            return entries.map((entry) => (asFiles.has(entry) ? { name: entry.name, isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false } : entry));
        }).then((entries) => callback(null, entries), (error) => callback(error, []));
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
function splitGlob(pattern, cwd) {
    const segments = pattern.split('/');
    let fixed = 0;
    while (fixed < segments.length - 1 && LITERAL_SEGMENT.test(segments[fixed]))
        fixed += 1;
    if (fixed === 0)
        return { directory: cwd, rest: pattern };
    // A pattern from the root keeps its leading '/' (segment '' first).
    return { directory: (0,external_node_path_.resolve)(cwd, segments.slice(0, fixed).join('/') || '/'), rest: segments.slice(fixed).join('/') };
}
async function expandGlob(pattern, cwd) {
    const { glob } = await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 76448));
    const ignored = globIgnored(pattern);
    const { directory, rest } = splitGlob(pattern, cwd);
    // tinyglobby's ignore spares the walk into them, but holds only below its cwd: a match of `../x/**` is checked here.
    const options = { cwd: directory, absolute: true, onlyFiles: false, dot: true, followSymbolicLinks: false, expandDirectories: false, ignore: ignored.flatMap((name) => [`**/${name}`, `**/${name}/**`]), fs: linksToFilesAsFiles };
    const matches = (await glob(rest, options)).map((match) => (0,external_node_path_.resolve)(match)).filter((path) => !(0,external_node_path_.relative)(cwd, path).split(external_node_path_.sep).some((segment) => ignored.includes(segment)));
    return collect_sortByName(matches, (path) => path);
}
/**
 * Whether two paths are one on a case- and normalisation-insensitive file system (macOS's and
 * Windows' default) but spelled differently: `Dist` typed for `dist`. A real path that differs
 * otherwise (a link resolved, `/tmp` for `/private/tmp`) is not a spelling.
 */
function sameButForCase(typed, real) {
    return typed !== real && typed.normalize('NFC').toLowerCase() === real.normalize('NFC').toLowerCase();
}
function outsideBase(path, base) {
    return new errors_ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${errors_shownPath(path)} is outside the base directory ${errors_shownPath(base)}`, {
        hint: 'set --base (input "base") to a directory that contains every artifact',
    });
}
/** The name of a path relative to the base, `''` for the base itself, or undefined when it is outside. */
function relativeName(base, path) {
    const name = (0,paths/* pathInside */._)(base, path, { baseItself: true });
    return name === undefined || external_node_path_.sep === '/' ? name : name.split(external_node_path_.sep).join('/');
}
function checkedName(path, name, base) {
    if (name === undefined || name === '')
        throw outsideBase(path, base);
    if (/[\n\r]/.test(name)) {
        throw new errors_ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${errors_shownPath(path)} has a line break in its name, which a checksums file cannot hold unambiguously`, {
            hint: 'rename the file without line breaks',
        });
    }
    // sha256sum -c reads a listed '-' from its standard input, not from the file: it would fail (or pass on what is piped in).
    if (name === '-') {
        throw new errors_ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${errors_shownPath(path)} is named -, which sha256sum -c reads as its standard input, not as this file`, {
            hint: 'rename the file, or set --base (input "base") so that its name has a directory in front',
        });
    }
    return name;
}
async function realpathOrThrow(fileSystem, path, shown) {
    try {
        return await fileSystem.realpath(path);
    }
    catch (error) {
        throw notFound(shown, error);
    }
}
const BASE_HINT = 'set --base (input "base") to the directory the artifacts are named relative to';
/** The canonical path of the base directory; a missing one is named as the base, not as a missing artifact. */
async function baseDirectory(fileSystem, path, shown) {
    try {
        return await fileSystem.realpath(path);
    }
    catch (error) {
        if ((0,errors/* systemErrorCode */.vq)(error) !== 'ENOENT')
            throw notFound(shown, error);
        throw new errors_ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `the base directory ${errors_shownPath(shown)} does not exist`, { cause: error, hint: BASE_HINT });
    }
}
/** A subject that names a named pipe, a socket or a device: nothing a checksums file can list (a walk leaves such entries out). */
function notRegular(subject) {
    return new errors_ChecksumsError('CHECKSUMS_READ_FAILED', `${errors_shownPath(subject)} is not a regular file (a named pipe, a socket or a device)`, {
        hint: 'name the release files themselves: an artifact is a regular file, or a directory of them',
    });
}
/** The error for a path that could not be looked at; `listed` when the walk found it in its directory's listing (it is not the user's typo then). */
function notFound(subject, error, listed = false) {
    if (listed && (0,errors/* systemErrorCode */.vq)(error) === 'ENOENT') {
        return new errors_ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${errors_shownPath(subject)} was listed in its directory, then was gone`, { cause: error, hint: errors_CHANGED_HINT });
    }
    if ((0,errors/* systemErrorCode */.vq)(error) === 'ENOENT') {
        return new errors_ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${errors_shownPath(subject)} does not exist`, {
            cause: error,
            hint: 'check the path; relative paths are resolved against the working directory',
        });
    }
    const code = (0,errors/* systemErrorCode */.vq)(error);
    return new errors_ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${errors_shownPath(subject)}: ${code ?? String(error)}`, {
        cause: error,
        hint: READ_FAILED_HINTS[code ?? ''] ?? 'check the file permissions',
    });
}
/** What to do about a path the walk could not read, by its error code, where permissions are not the cause. */
const READ_FAILED_HINTS = {
    // A tree thousands of levels deep: the path is longer than the system opens (PATH_MAX), so sha256sum -c could not open its name either.
    ENAMETOOLONG: 'the path is longer than the system can open; move the artifacts to a shallower directory',
    ELOOP: 'a symbolic link in the path leads round in a loop; remove it',
};
function isAncestor(ancestors, real) {
    for (let at = ancestors; at !== undefined; at = at.parent)
        if (at.real === real)
            return true;
    return false;
}
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
        const parent = await this.realDirectory((0,external_node_path_.dirname)(path));
        const real = parent === undefined ? undefined : (0,external_node_path_.join)(parent, (0,external_node_path_.basename)(path));
        // A base or a subject spelled through a link to the directory (`$PWD` in a directory reached by one, macOS's /tmp) names the files of the real path.
        const name = relativeName(this.base, path) ?? (real === undefined ? undefined : relativeName(this.baseReal, real));
        // A walk checks the links it meets, not those in front of a subject: `base/linked/file` with `linked -> ../outside` is under the base only as spelled.
        // A subject that is a link itself (the base named through one) is its target's, which its visit checks.
        if (name !== undefined && real !== undefined && !(0,paths/* isPathWithin */.Z)(this.baseReal, real) && (await this.fileSystem.kindOf(path).catch(() => undefined)) !== 'symlink') {
            throw new errors_ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${errors_shownPath(shown)} lies at ${errors_shownPath(real)} through a symbolic link, outside the base directory ${errors_shownPath(this.baseReal)}`, {
                hint: 'copy the artifact into the release directory instead of linking to it',
            });
        }
        this.pending.push({ path, name, shown, ancestors: undefined, ...(offer === undefined ? {} : { offerSkip: true, real: offer.real }), ...(named ? { named } : {}) });
        await new Promise((resolvePromise, reject) => {
            const pump = () => {
                if (this.failure !== undefined) {
                    if (this.active === 0)
                        reject(this.failure.error);
                    return;
                }
                while (this.active < WALK_CONCURRENCY && this.pending.length > 0) {
                    const visit = this.pending.pop();
                    this.active += 1;
                    this.visit(visit).then(() => {
                        this.active -= 1;
                        pump();
                    }, (error) => {
                        this.active -= 1;
                        this.failure ??= { error };
                        pump();
                    });
                }
                if (this.active === 0 && this.pending.length === 0)
                    resolvePromise();
            };
            pump();
        });
    }
    /** The real path of a subject's directory, once per directory of all the subjects; undefined when it cannot be resolved, which the visit then reports. */
    realDirectory(directory) {
        let real = this.realDirectories.get(directory);
        if (real === undefined) {
            real = this.fileSystem.realpath(directory).catch(() => undefined);
            this.realDirectories.set(directory, real);
        }
        return real;
    }
    /** Whether a regular file found in a listing or by a glob is trust-kit's own commit lock or temporary file, which is not listed (told of instead). */
    isLeftover(path, name = path.slice(path.lastIndexOf(external_node_path_.sep) + 1)) {
        const kind = (0,core_files/* trustKitFileKind */.Xg)(name);
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
                if (visit.path.includes('\uFFFD') && (0,errors/* systemErrorCode */.vq)(error) === 'ENOENT') {
                    await this.fileSystem.list((0,external_node_path_.dirname)(visit.path)).catch((listing) => {
                        if ((0,errors/* isTrustKitError */.Nf)(listing))
                            throw listing;
                    });
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
        const skipped = visit.offerSkip === true && this.skip?.({ path: visit.path, name: visit.path.slice(visit.path.lastIndexOf(external_node_path_.sep) + 1), directory, real: real ?? visit.path }) === true;
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
            if ((0,errors/* systemErrorCode */.vq)(error) !== 'ENOENT')
                throw notFound(visit.path, error);
            throw new errors_ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${errors_shownPath(visit.path)} is a symbolic link to a file that does not exist`, {
                cause: error,
                hint: 'remove the dangling link or point it at an artifact',
            });
        }
        if (!(0,paths/* isPathWithin */.Z)(this.baseReal, target)) {
            throw new errors_ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${errors_shownPath(visit.path)} is a symbolic link to ${errors_shownPath(target)}, outside the base directory ${errors_shownPath(this.baseReal)}`, {
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
            throw (0,errors/* isTrustKitError */.Nf)(error) ? error : notFound(visit.path, error, visit.ancestors !== undefined);
        }
        this.progress?.(this.files.length + entries.length);
        const ancestors = { real, parent: visit.ancestors };
        const pathPrefix = visit.path.endsWith(external_node_path_.sep) ? visit.path : visit.path + external_node_path_.sep;
        const realPrefix = real.endsWith(external_node_path_.sep) ? real : real + external_node_path_.sep;
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
                const leftover = (0,core_files/* trustKitDirectoryKind */.ym)(entryName);
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

// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
;// CONCATENATED MODULE: ./lib/checksums/format.js





const NEEDS_ESCAPE = /[\\\n\r]/;
const ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r' };
function escapeName(name) {
    return name.replace(/[\\\n\r]/g, (char) => ESCAPES[char] ?? char);
}
/**
 * Characters a report line must not carry as they are: C0 and C1 controls and DEL, which would
 * break its lines or drive the terminal (U+009B is a one-byte CSI), line and paragraph separators,
 * and bidirectional controls, which show a name in another order than it is (`evil`, U+202E,
 * `txt.exe` reads as `evilexe.txt`).
 */
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001f${logger/* UNSHOWN_BEYOND_C0 */.Xg}]`);
/** A backslash or a character of {@link UNPRINTABLE}, as a report line escapes it. */
const REPORT_ESCAPED = new RegExp(`[\\\\\\u0000-\\u001f${logger/* UNSHOWN_BEYOND_C0 */.Xg}]`, 'g');
/**
 * A name as `sha256sum -c` prints it in its report (`<name>: OK`): as it is, unless it holds a line
 * feed, which would break the report's lines, or another control character, which the checksums
 * file's author could use to drive the reader's terminal; then escaped with a leading `\` as in a
 * checksums file (`\\`, `\n`, `\r`), other controls, separators and bidirectional controls as
 * `\uXXXX` (sha256sum prints those as they are).
 */
function format_reportedName(name) {
    if (!UNPRINTABLE.test(name))
        return name;
    return `\\${name.replace(REPORT_ESCAPED, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}`;
}
/**
 * Renders a checksums file exactly as coreutils `sha256sum`/`sha512sum` write it in text mode:
 * `<hex>  <name>`, one per line, sorted by name. A name holding a backslash, a line feed or a
 * carriage return is escaped as coreutils 9 escapes it (`\\`, `\n`, `\r`, and the line starts with
 * `\`), so `sha256sum -c` and {@link parseChecksums} read every name back unchanged.
 */
function formatChecksums(entries) {
    checkArrayArgument("formatChecksums's entries", entries, 'entries { name, hex }');
    // Each entry too: one without a name or digest was written as the line "undefined  undefined", which no reader takes.
    checkEntries("formatChecksums's entries", entries, { name: 'string', hex: 'string' }, 'an entry { name, hex }');
    entries.forEach(({ name, hex }, index) => {
        if (name === '' || !/^(?:[0-9a-f]{2})+$/.test(hex)) {
            throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `formatChecksums's entries[${index}] ${name === '' ? 'has an empty name' : 'has a hex that is not a digest in lowercase hex'}`, { hint: 'pass entries { name, hex } as hashArtifacts gives them' });
        }
    });
    return checksumsFileText(entries);
}
/**
 * {@link formatChecksums} of entries trust-kit made itself (a release's artifacts as hashed, its
 * SBOMs), which need none of the checks a caller's entries do: a release lists a million files.
 */
function checksumsFileText(entries) {
    return sortByName(entries, (entry) => entry.name)
        .map(({ name, hex }) => format_checksumLine(name, hex))
        .join('');
}
/** One line of a checksums file, as {@link formatChecksums} writes it. */
function format_checksumLine(name, hex) {
    return NEEDS_ESCAPE.test(name) ? `\\${hex}  ${escapeName(name)}\n` : `${hex}  ${name}\n`;
}
const GNU_LINE = /^(\\?)([0-9a-fA-F]+) ([ *])(.+)$/s;
/**
 * A BSD tag line as `sha256sum -c` reads it: `--tag`'s `SHA256 (name) = HEX`, and the spacing OpenSSL 1.x and LibreSSL
 * write (`SHA256(name)= HEX`): an optional space before `(`, blanks (space or tab) around `=`, and the name up to the
 * last `)` (a name may hold `) = `).
 */
const TAG_LINE = /^(\\?)(SHA256|SHA512) ?\((.+)\)[ \t]*=[ \t]*([0-9a-fA-F]+)$/s;
function algorithmForLength(length) {
    if (length === hexLength('sha256'))
        return 'sha256';
    if (length === hexLength('sha512'))
        return 'sha512';
    return undefined;
}
function unescapeName(name) {
    let result = '';
    for (let i = 0; i < name.length; i++) {
        const char = name[i];
        if (char !== '\\') {
            result += char;
            continue;
        }
        const next = name[++i];
        if (next === '\\')
            result += '\\';
        else if (next === 'n')
            result += '\n';
        else if (next === 'r')
            result += '\r';
        else
            return undefined;
    }
    return result;
}
/**
 * Parses one line of a checksums file (without its line feed; a trailing carriage return is
 * dropped) in every form coreutils writes: `<hex>  name` text mode, `<hex> *name` binary mode,
 * escaped names, `--tag` BSD lines. A blank line is undefined; a line that is none of them is an
 * error naming the file (`file`, as messages show it: see shownFile) and line, never skipped; with
 * the file's `path`, the error carries its place there.
 */
function format_parseChecksumLine(raw, line, file, path) {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // A comment line, as sha256sum -c skips it: `#` first on the line.
    if (content.trim() === '' || content.startsWith('#'))
        return undefined;
    // Blanks before the digest, as sha256sum -c skips them (no digest or tag starts with one).
    const entry = parseLine(content.replace(/^[ \t]+/, ''), line);
    // Editors on Windows save one: sha256sum refuses the line too, and the mark itself shows as nothing.
    if (entry === undefined && line === 1 && content.startsWith('\uFEFF')) {
        throw new ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:1: the file starts with a byte order mark (U+FEFF), which sha256sum -c does not read either`, {
            hint: 'save the checksums file as UTF-8 without a byte order mark, or regenerate it',
            ...checksumsPlace(path, 1),
        });
    }
    if (entry === undefined) {
        throw new ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: not a checksum line: ${quoted(content, 120)}`, {
            hint: 'each line must be "<hex digest>  <file name>" as written by sha256sum or sha512sum',
            ...checksumsPlace(path, line),
        });
    }
    // No file name holds one: sha256sum -c reads the name up to it (another file), a -z file ends each line with one.
    if (entry.name.includes('\u0000')) {
        throw new ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: the name ${quoted(entry.name, 120)} holds a NUL byte, which no file name can`, {
            hint: 'each line must be "<hex digest>  <file name>" ending in a line feed (not the NUL of sha256sum -z); regenerate the file',
            ...checksumsPlace(path, line),
        });
    }
    return entry;
}
/**
 * Parses a whole checksums file held in memory (see {@link parseChecksumLine}); a name listed
 * twice is an error. Files of any length are better checked with {@link checkChecksumsFile}, which
 * streams them.
 */
function parseChecksums(text, file) {
    checkStringArgument("parseChecksums's text", text);
    checkStringArgument("parseChecksums's file name", file);
    const shown = shownFile(file);
    const entries = [];
    const seen = new Map();
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    lines.forEach((raw, index) => {
        const line = index + 1;
        const entry = format_parseChecksumLine(raw, line, shown);
        if (entry === undefined)
            return;
        const previous = seen.get(entry.name);
        if (previous !== undefined) {
            throw new ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${shown}:${line}: ${quoted(entry.name)} is already listed on line ${previous}`, {
                hint: 'a checksums file must list each name once; regenerate it',
            });
        }
        seen.set(entry.name, line);
        entries.push(entry);
    });
    if (entries.length === 0)
        throw format_emptyChecksums(shown);
    return entries;
}
/** The error for a checksums file (`file` as messages show it; `path`, where it is read) that lists nothing. */
function format_emptyChecksums(file, path) {
    return new ChecksumsError('CHECKSUMS_EMPTY', `${file} lists no checksums`, { hint: 'check that this is the right file and that it was not truncated', ...checksumsPlace(path) });
}
function parseLine(content, line) {
    const tag = TAG_LINE.exec(content);
    if (tag !== null) {
        const [, escaped, label, rawName, hex] = tag;
        const algorithm = label?.toLowerCase() ?? '';
        const name = escaped === '\\' ? unescapeName(rawName ?? '') : rawName;
        if (!isDigestAlgorithm(algorithm) || name === undefined || hex === undefined || hex.length !== hexLength(algorithm))
            return undefined;
        return { name, algorithm, hex: hex.toLowerCase(), line };
    }
    const gnu = GNU_LINE.exec(content);
    if (gnu === null)
        return undefined;
    const [, escaped, hex = '', , rawName = ''] = gnu;
    const algorithm = algorithmForLength(hex.length);
    const name = escaped === '\\' ? unescapeName(rawName) : rawName;
    if (algorithm === undefined || name === undefined)
        return undefined;
    return { name, algorithm, hex: hex.toLowerCase(), line };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
;// CONCATENATED MODULE: ./lib/checksums/pool.js




/**
 * The length of each algorithm's hex digest (core/digest's hexLength): this module is loaded before
 * the CLI, to start the threads, and importing core/digest would load it and node:crypto then too.
 */
const pool_HEX_LENGTH = { sha256: 64, sha512: 128 };
/**
 * What hashing a list of files gave, by file index, in shared memory that the threads write into:
 * each file's size (-1 for one that could not be read, whose error is in `failures`) and its hex
 * digests, one after another in its slot of `stride` bytes. A JavaScript object a file, made as
 * answers came in and kept until the end, cost 20,000 files of 4 KiB a tenth of their hashing in
 * garbage collection; strings are made here only when asked for.
 */
class pool_FileHashes {
    count;
    sets;
    setOf;
    sizes;
    /** The hex digests as ASCII, `stride` bytes a file. */
    hex;
    stride;
    failures = new Map();
    /** Columns for `count` files whose algorithms are `sets[setOf[index]]` (`sets[0]` without `setOf`); shared with threads when `shared`. */
    constructor(count, sets, setOf, shared) {
        this.count = count;
        this.sets = sets;
        this.setOf = setOf;
        this.stride = Math.max(0, ...sets.map((set) => set.reduce((sum, algorithm) => sum + pool_HEX_LENGTH[algorithm], 0)));
        this.sizes = new Float64Array(shared ? new SharedArrayBuffer(8 * count) : new ArrayBuffer(8 * count));
        this.hex = shared ? Buffer.from(new SharedArrayBuffer(this.stride * count)) : Buffer.alloc(this.stride * count);
    }
    /** The algorithms of the file at `index`. */
    algorithmsOf(index) {
        return this.sets[this.setOf === undefined ? 0 : (this.setOf[index] ?? 0)] ?? [];
    }
    /** Records the file at `index` as read: its size and one hex digest per algorithm of its own. */
    set(index, size, hexes) {
        this.sizes[index] = size;
        let at = index * this.stride;
        for (const hex of hexes)
            at += this.hex.write(hex, at, 'latin1');
    }
    /** Records the file at `index` as not read, and why. */
    fail(index, failure) {
        this.sizes[index] = -1;
        this.failures.set(index, failure);
    }
    /** The hex digests of the file at `index`, one per algorithm of its own (none for a file not read). */
    hexesOf(index) {
        if ((this.sizes[index] ?? -1) < 0)
            return [];
        let at = index * this.stride;
        return this.algorithmsOf(index).map((algorithm) => {
            const hex = this.hex.toString('latin1', at, at + pool_HEX_LENGTH[algorithm]);
            at += pool_HEX_LENGTH[algorithm];
            return hex;
        });
    }
    /** The answer for the file at `index`, as {@link HashPool.hash} reports it. */
    answer(index) {
        const size = this.sizes[index] ?? -1;
        return size < 0 ? [-1, this.failures.get(index)?.code ?? 'unanswered'] : [size, this.hexesOf(index)];
    }
    /** Takes over the file at `from` of `other` (hashed with the same algorithms) as its own at `index`. */
    copy(index, other, from) {
        this.sizes[index] = other.sizes[from] ?? -1;
        const failure = other.failures.get(from);
        if (failure !== undefined)
            this.failures.set(index, failure);
        other.hex.copy(this.hex, index * this.stride, from * other.stride, from * other.stride + Math.min(this.stride, other.stride));
    }
}
/** The error code a thread gives for a path that is not a regular file (a pipe, a device), as errno codes are given. */
const pool_NOT_REGULAR = 'ENOTREG';
/** The error code a thread gives for a path whose real path is not under the job's `within` directory (a link or a `..` leading out of it): it is not opened. */
const pool_OUTSIDE = 'EOUTSIDE';
/** The error code a thread gives for a file written to while it was read (core/digest's changedWhileRead, the same test): its digest would be of bytes it never held at one moment. */
const pool_CHANGED = 'ECHANGED';
/** The error code a thread gives for a listed path that is a symbolic link to nothing: there, but broken, not a file that is missing. */
const DANGLING = 'EDANGLING';
/** What a calling thread answers for a file longer than {@link CALLER_FILE_BYTES}: left to the threads, so that its event loop never waits on a long file. */
const LEFT_TO_THREADS = 'ELEFT';
/**
 * Bytes a calling thread hashes between two turns of its event loop, give or take a file (about
 * 20 ms): a release of a few dozen artifacts of tens of MiB then has the calling thread hashing
 * from the start, beside the threads, instead of leaving every file longer than one read to one
 * more thread that takes 30 ms of a core to start.
 */
const CALLER_TURN_BYTES = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
/** A longer file the calling thread leaves to the threads: hashing it would keep its event loop from turning for over 40 ms. */
const CALLER_FILE_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** From this many files on, hashing threads pay off whatever the files' sizes. */
const pool_MANY_FILES = 64;
/** Files per claim of the shared counter at most: thousands of small files do not cost a message each. */
const MAX_BATCH_FILES = 64;
/** Claims per thread at least, so that the threads finish together. */
const CLAIMS_PER_THREAD = 8;
/**
 * How a thread hashes a job's files, as the body of a function of `fs` and `crypto` (node:fs and
 * node:crypto) returning `claimAndHash`: one source for the worker threads and for a calling
 * thread that hashes too (compiled there with vm.compileFunction), so that both read files by the
 * same rules. A job's files are shared by every thread working on it: each takes the next few
 * files from a shared counter, so none waits for the main thread to hand out work (on a busy
 * machine that round trip, not hashing, was most of the time); paths come in one shared buffer of
 * UTF-8. Each file is opened without blocking and checked on its descriptor to be a regular file
 * (one swapped for a pipe or a device since it was listed would block the open or never end),
 * then read with synchronous calls into one reused buffer (the thread has nothing else to do); a
 * file that fits one read (the size fstat gave) is hashed in one call per algorithm, half the cost
 * for tiny files, and a longer one feeds every hash from the same reads; a file written to while
 * it was read (looked at again on its descriptor after the last read) is answered {@link CHANGED}.
 * A file's size and hex digests go to the job's shared {@link FileHashes} columns (`sizes`,
 * `hexes`, `stride` bytes a file), its error code, if any, to `report`, which is told
 * `(first index, count, errors)` after each claim, before a file too big for one read and at least
 * every 50 ms, so that a huge file does not hold up the report of those before it. `claimAndHash` stops
 * when the counter is spent, or after one claim when `once` is set: a calling thread then lets its
 * event loop turn, so that its signal handlers never wait long. Such a thread also stops within a
 * claim once it has hashed {@link CALLER_TURN_BYTES} in the call, and goes on from there in its
 * next call for the same job; a file longer than {@link CALLER_FILE_BYTES} it answers with
 * {@link LEFT_TO_THREADS} instead of hashing it. `claimAndHash` returns whether it stopped with
 * files perhaps left to claim.
 */
const HASHING_SOURCE = (/* unused pure expression or super */ null && (`
const { openSync, readSync, closeSync, fstatSync, lstatSync, realpathSync, statSync, constants } = fs;
const { createHash, hash } = crypto;
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const NOFOLLOW = constants.O_NOFOLLOW || 0;
const buffer = Buffer.allocUnsafe(1024 * 1024);
// The view of a whole read of the last length: files of one size (a release's thousands of small files often are) share one.
let wholeRead = buffer.subarray(0, 0);
let report;
let leaveBig = false;
let turnBytes = 0;
// Where a calling thread stopped within a claim, by job: it may help another job (a second pool's) before it comes back.
const resumes = new WeakMap();
let first = 0;
let answered = 0;
// [index, code] of the files answered since first that could not be read.
let errors = [];
let posted = Date.now();
function post(next) {
  if (answered > 0) report(first, answered, errors.length === 0 ? undefined : errors);
  answered = 0;
  errors = [];
  first = next;
  posted = Date.now();
}
function changed(before, after, bytesRead) {
  return before.size !== bytesRead || after.size !== bytesRead || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs;
}
// Writes the hex digests of the file at index in its slot; returns its size.
function store(index, size, hexes, sizes, hexBytes, stride) {
  let at = index * stride;
  for (const hex of hexes) at += hexBytes.write(hex, at, 'latin1');
  sizes[index] = size;
  return size;
}
// Hashes the bytes of a file that fit one read into its slot; returns its size.
function storeWhole(index, size, algorithms, sizes, hexBytes, stride) {
  if (wholeRead.length !== size) wholeRead = buffer.subarray(0, size);
  if (algorithms.length > 1) return store(index, size, algorithms.map((algorithm) => hash(algorithm, wholeRead)), sizes, hexBytes, stride);
  hexBytes.write(hash(algorithms[0], wholeRead), index * stride, 'latin1');
  sizes[index] = size;
  return size;
}
// The file's size once its digests are stored, or the error code it could not be read with.
function hashOne(path, algorithms, index, within, follow, sizes, hexBytes, stride) {
  let fd;
  try {
    // A listed file is read without following a link (unless the job follows them): one swapped in since it was listed would lead out of the base (ELOOP).
    if (within === undefined) fd = openSync(path, follow ? FLAGS : FLAGS | NOFOLLOW);
    else {
      // Resolved first, so that neither a link nor a '..' reads outside; the real path is opened without following a link swapped in since.
      let real;
      try {
        real = realpathSync.native(path);
      } catch (error) {
        // A link to nothing is there, broken: reported as such, never taken for a file a partial download lacks.
        if (error && error.code === 'ENOENT' && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return '${DANGLING}';
        throw error;
      }
      if (!real.startsWith(within) && real !== within.slice(0, -1)) return '${pool_OUTSIDE}';
      // A pipe or a device a checksums file names is never opened: opening one can act (a pipe's writer goes on, a watchdog starts).
      if (!statSync(real).isFile()) return '${pool_NOT_REGULAR}';
      fd = openSync(real, FLAGS | NOFOLLOW);
    }
    const info = fstatSync(fd);
    if (!info.isFile()) return '${pool_NOT_REGULAR}';
    let read = readSync(fd, buffer, 0, buffer.length, null);
    if (read < buffer.length && read >= info.size) {
      if (changed(info, fstatSync(fd), read)) return '${pool_CHANGED}';
      return storeWhole(index, read, algorithms, sizes, hexBytes, stride);
    }
    if (leaveBig && info.size > ${CALLER_FILE_BYTES}) return '${LEFT_TO_THREADS}';
    post(index);
    const hashes = algorithms.map((algorithm) => createHash(algorithm));
    let size = 0;
    while (read > 0) {
      size += read;
      const bytes = buffer.subarray(0, read);
      for (const streaming of hashes) streaming.update(bytes);
      read = readSync(fd, buffer, 0, buffer.length, null);
    }
    if (changed(info, fstatSync(fd), size)) return '${pool_CHANGED}';
    return store(index, size, hashes.map((streaming) => streaming.digest('hex')), sizes, hexBytes, stride);
  } catch (error) {
    return (error && error.code) || String(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
return function claimAndHash(job, reportTo, once) {
  const { paths, pathEncoding, offsets, sets, setOf, next, claim, within, stride } = job;
  const follow = job.followLinks === true;
  report = reportTo;
  leaveBig = once;
  const pathBytes = Buffer.from(paths);
  const sizes = new Float64Array(job.sizes);
  const hexBytes = Buffer.from(job.hexes);
  const counter = new Int32Array(next);
  const count = offsets.length - 1;
  turnBytes = 0;
  for (;;) {
    let start;
    let end;
    const resume = resumes.get(job);
    if (resume !== undefined) {
      resumes.delete(job);
      [start, end] = resume;
    } else {
      start = Atomics.add(counter, 0, claim);
      if (start >= count) return false;
      end = Math.min(count, start + claim);
    }
    post(start);
    for (let index = start; index < end; index++) {
      if (once && turnBytes >= ${CALLER_TURN_BYTES}) {
        post(index);
        resumes.set(job, [index, end]);
        return true;
      }
      // Counted after the call: hashOne may post the answers so far and start a new run at this file.
      const answer = hashOne(pathBytes.toString(pathEncoding, offsets[index], offsets[index + 1]), sets[setOf === undefined ? 0 : setOf[index]], index, within, follow, sizes, hexBytes, stride);
      if (typeof answer === 'string') {
        sizes[index] = -1;
        errors.push([index, answer]);
      } else turnBytes += answer;
      answered += 1;
      if (Date.now() - posted >= 50) post(index + 1);
    }
    post(end);
    if (once) return true;
  }
};
`));
/** The worker threads' script, self-contained so that it runs from a single-file bundle; `null` says the thread has no more work in the job. */
const WORKER_SOURCE = (/* unused pure expression or super */ null && (`
const { parentPort } = require('node:worker_threads');
const claimAndHash = (function (fs, crypto) {${HASHING_SOURCE}})(require('node:fs'), require('node:crypto'));
const toParent = (first, count, errors) => parentPort.postMessage(errors === undefined ? [first, count] : [first, count, errors]);
parentPort.on('message', (job) => {
  claimAndHash(job, toParent, false);
  parentPort.postMessage(null);
});
`));
let callingThreadHasher;
/** {@link HASHING_SOURCE} compiled on this thread, once. */
function hashHere() {
    callingThreadHasher ??= compileFunction(HASHING_SOURCE, ['fs', 'crypto'])(fs, crypto);
    return callingThreadHasher;
}
/**
 * The paths as one shared buffer of UTF-8 and the offset of each (and of the end). Paths all in
 * ASCII (nearly always) are written in one call, their offsets counted in characters; otherwise
 * each is measured and written on its own.
 */
function sharedPaths(paths) {
    const offsets = new Float64Array(new SharedArrayBuffer(8 * (paths.length + 1)));
    const joined = paths.join('');
    const total = Buffer.byteLength(joined, 'utf8');
    const shared = new SharedArrayBuffer(total);
    const bytes = Buffer.from(shared);
    const ascii = total === joined.length;
    let offset = 0;
    // A plain loop: a callback a path cost tens of thousands of paths 2 ms, cold.
    for (let index = 0; index < paths.length; index++) {
        const path = paths[index];
        offsets[index] = offset;
        offset += ascii ? path.length : bytes.write(path, offset, 'utf8');
    }
    offsets[paths.length] = offset;
    if (ascii)
        bytes.write(joined, 0, 'latin1');
    return { paths: shared, pathEncoding: ascii ? 'latin1' : 'utf8', offsets };
}
/** The distinct algorithm lists and each file's index into them (none when every file has the same). */
function algorithmSets(algorithms, count) {
    if (algorithms.length === 1)
        return { sets: [[...(algorithms[0] ?? [])]], setOf: undefined };
    const keys = new Map();
    const sets = [];
    const setOf = new Uint8Array(count);
    algorithms.forEach((list, index) => {
        const key = list.join(',');
        let set = keys.get(key);
        if (set === undefined) {
            set = sets.push([...list]) - 1;
            keys.set(key, set);
        }
        setOf[index] = set;
    });
    return { sets, setOf };
}
/**
 * Threads that hash files, for every caller: `checksums` hashing a release (one job of many
 * files, on every thread), and `checksums --check` streaming a checksums file (a job per batch of
 * lines, queued, answers reported in line order as they come). Threads start when work arrives
 * (or all at once with {@link HashPool.start}, to overlap starting with finding the files); an idle
 * thread joins the oldest queued job that still has files nobody has claimed. {@link close} ends them.
 * Only threads at work keep the process alive: threads started ahead for work that never came (a
 * command that failed on its flags) let it exit.
 */
class pool_HashPool {
    #size;
    #threads = [];
    #idle = [];
    #jobs = [];
    #closing = false;
    /**
     * A pool of at most `size` threads (default: the available cores), started as work arrives. A
     * pool of none hashes on the calling thread alone (one core: no thread would run beside it),
     * starting a thread only for a file longer than {@link CALLER_FILE_BYTES}; a job that the calling thread does not
     * help gets one thread all the same.
     */
    constructor(size = availableParallelism()) {
        this.#size = Math.max(0, size);
    }
    /** A pool whose `size` threads start now. */
    static start(size = availableParallelism()) {
        const pool = new pool_HashPool(size);
        while (pool.#threads.length < pool.#size)
            pool.#idle.push(pool.#startThread());
        return pool;
    }
    /** How many threads it may run: one more for each job whose calling thread left a file longer than {@link CALLER_FILE_BYTES} to them. */
    get size() {
        return this.#size;
    }
    /**
     * Hashes each file through its algorithms (`algorithms` has one list for every file, or one per
     * file). The promise settles, once every file is answered, with what they gave; `onAnswers`, when
     * given, gets runs of consecutive answers meanwhile, `first` being the index of the run's first
     * file, in no particular order between runs (a caller that needs them all at the end leaves it
     * out: no object is made a file).
     * With `callerHelps`, the calling thread takes claims too, one per turn of its event loop: for a
     * caller with nothing else to do, one thread fewer to start (tens of milliseconds of a core), and
     * hashing begins at once instead of when a thread has started. A promise there makes the calling
     * thread start helping once it settles: a caller with work of its own first (a release
     * cataloging its lockfiles) would otherwise get one turn of its event loop per claim it hashes.
     * `oneFilePerClaim` is for a few large files: claims of several would leave one thread hashing
     * its last claim's files alone at the end (three files of 20 MiB: 40 ms of one core).
     * `within` (a real directory path ending in a separator) confines the reads to that directory:
     * each path is resolved to its real path first, and one outside is answered {@link OUTSIDE}; one
     * that is not a regular file is answered {@link NOT_REGULAR} without being opened. Without it, a
     * path that is a symbolic link is answered ELOOP, unread (a file listed, then swapped for a link),
     * unless `followLinks` (files a user named one by one).
     */
    hash(paths, algorithms, onAnswers, options = {}) {
        const onHashed = onAnswers === undefined
            ? undefined
            : (hashes, first, count) => {
                const answers = [];
                for (let index = first; index < first + count; index++)
                    answers.push(hashes.answer(index));
                onAnswers(first, answers);
            };
        return this.#run(paths, algorithms, onHashed, options);
    }
    /** {@link hash}, telling `onHashed` of each run of files answered. */
    #run(paths, algorithms, onHashed, options) {
        const { sets, setOf } = algorithmSets(algorithms, paths.length);
        const hashes = new pool_FileHashes(paths.length, sets, setOf, true);
        if (paths.length === 0)
            return Promise.resolve(hashes);
        const callerHelps = options.callerHelps !== undefined && options.callerHelps !== false;
        if (!callerHelps)
            this.#size = Math.max(1, this.#size);
        const claim = options.oneFilePerClaim === true ? 1 : Math.max(1, Math.min(MAX_BATCH_FILES, Math.floor(paths.length / ((this.#size + (callerHelps ? 1 : 0)) * CLAIMS_PER_THREAD))));
        const next = new SharedArrayBuffer(4);
        return new Promise((settle, fail) => {
            const job = {
                message: { ...sharedPaths(paths), sets, setOf, next, claim, within: options.within, ...(options.followLinks === true ? { followLinks: true } : {}), sizes: hashes.sizes.buffer, hexes: hashes.hex.buffer, stride: hashes.stride },
                paths,
                leftToThreads: [],
                count: paths.length,
                counter: new Int32Array(next),
                working: new Set(),
                answered: 0,
                maxThreads: Math.ceil(paths.length / claim),
                hashes,
                onHashed: onHashed === undefined ? () => undefined : (first, count) => onHashed(hashes, first, count),
                failure: undefined,
                ended: false,
                settle: () => settle(hashes),
                fail,
            };
            this.#jobs.push(job);
            this.#dispatch();
            if (options.callerHelps === true)
                this.#helpHere(job);
            else if (callerHelps) {
                const help = () => {
                    if (!job.ended)
                        this.#helpHere(job);
                };
                Promise.resolve(options.callerHelps).then(help, help);
            }
        });
    }
    /** Ends the threads; jobs still running fail. */
    async close() {
        this.#closing = true;
        await Promise.all(this.#threads.map((thread) => thread.terminate()));
    }
    /** Gives idle threads, and new ones while there are fewer than the size, to the oldest jobs with files left to claim. */
    #dispatch() {
        for (const job of this.#jobs) {
            while (job.working.size < job.maxThreads && Atomics.load(job.counter, 0) < job.count) {
                const thread = this.#idle.pop() ?? (this.#threads.length < this.#size ? this.#startThread() : undefined);
                if (thread === undefined)
                    return;
                job.working.add(thread);
                thread.ref();
                this.#listen(thread, job);
                thread.postMessage(job.message);
            }
        }
    }
    /**
     * Takes claims of the job on this thread, the first at once, the event loop turning between
     * claims and within long ones (the threads' answers come in). A file longer than
     * {@link CALLER_FILE_BYTES} ends its help: the pool gets one more thread, for the files this
     * thread left and those still unclaimed, so that big files are hashed on as many threads as
     * before and this event loop, with the signal handlers on it, never waits on one.
     */
    #helpHere(job) {
        let more;
        try {
            more = !job.ended && hashHere()(job.message, (first, count, errors) => this.#answerHere(job, first, count, errors), true);
        }
        catch (error) {
            this.#end(job, { error });
            return;
        }
        const left = job.leftToThreads;
        if (left.length === 0) {
            if (more)
                setImmediate(() => this.#helpHere(job));
            return;
        }
        if (job.ended)
            return;
        this.#size += 1;
        this.#run(left.map((index) => job.paths[index] ?? ''), left.map((index) => job.hashes.algorithmsOf(index)), (hashes, first, count) => {
            for (let position = first; position < first + count; position++) {
                const index = left[position] ?? -1;
                job.hashes.copy(index, hashes, position);
                this.#answer(job, index, 1);
            }
        }, { ...(job.message.within === undefined ? {} : { within: job.message.within }), ...(job.message.followLinks === true ? { followLinks: true } : {}) }).catch((error) => this.#end(job, { error }));
    }
    /** The calling thread's answers: runs of them go to the job, files it left to the threads are set aside. */
    #answerHere(job, first, count, errors) {
        let run = first;
        for (const [index, code] of errors ?? []) {
            if (code !== LEFT_TO_THREADS)
                continue;
            if (index > run)
                this.#answer(job, run, index - run, errors);
            job.leftToThreads.push(index);
            run = index + 1;
        }
        if (run < first + count)
            this.#answer(job, run, first + count - run, errors);
    }
    /**
     * Records a run of answers (the error codes of those in it that could not be read, among
     * `errors`) and hands it to the job's callback, unless the job has failed already (a callback
     * that throws fails the job, not the process); ends the job with its last file's answer: a
     * thread still starting when the others have answered everything is not waited for.
     */
    #answer(job, first, count, errors) {
        for (const [index, code] of errors ?? [])
            if (index >= first && index < first + count)
                job.hashes.fail(index, { code });
        if (job.failure === undefined) {
            try {
                job.onHashed(first, count);
            }
            catch (error) {
                job.failure = { error };
            }
        }
        job.answered += count;
        if (job.answered >= job.count)
            this.#end(job, job.failure);
    }
    #listen(thread, job) {
        const stop = () => {
            thread.off('message', onMessage).off('error', onError).off('exit', onExit);
            job.working.delete(thread);
        };
        const onMessage = (message) => {
            if (message !== null) {
                this.#answer(job, message[0], message[1], message[2]);
                return;
            }
            // A thread says it is done once the counter is spent and its own claims are answered.
            stop();
            // A thread being ended keeps the process alive until it has ended (terminate refs it), or close() might never settle.
            if (!this.#closing)
                thread.unref();
            this.#idle.push(thread);
            this.#dispatch();
        };
        const onError = (error) => {
            stop();
            this.#threads.splice(this.#threads.indexOf(thread), 1);
            this.#end(job, { error: error instanceof Error ? error : new Error(String(error)) });
        };
        const onExit = (code) => onError(new Error(`a hashing thread stopped early (exit code ${code})`));
        thread.on('message', onMessage).on('error', onError).on('exit', onExit);
    }
    #startThread() {
        // node:worker_threads is loaded with the first thread, not imported: `checksums` of a file or a few, which hashes
        // on this thread alone, starts 2 ms sooner without it.
        const { Worker } = process.getBuiltinModule('node:worker_threads');
        // An empty environment: the thread reads none, and a copy of this one's would put every variable, secrets
        // included, as strings in a heap that the secrets module never scrubs (threads may start before it takes them).
        const thread = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], env: {} });
        thread.unref();
        this.#threads.push(thread);
        return thread;
    }
    #end(job, failure) {
        if (job.ended)
            return;
        job.ended = true;
        this.#jobs.splice(this.#jobs.indexOf(job), 1);
        if (failure === undefined)
            job.settle();
        else
            job.fail(failure.error);
    }
}

;// CONCATENATED MODULE: ./lib/checksums/hash.js







/** Below this many bytes in all, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));

/**
 * Fails with CHECKSUMS_ALGORITHM_UNSUPPORTED unless every algorithm is one a checksums file may
 * use: node:crypto hashes with any name OpenSSL knows, so a caller in plain JavaScript passing
 * `md5` or `sha1` got a checksums file holding those digests where SHA-256 ones belong.
 */
function hash_checkAlgorithms(algorithms) {
    for (const algorithm of algorithms) {
        if (typeof algorithm === 'string' && isDigestAlgorithm(algorithm))
            continue;
        throw new ChecksumsError('CHECKSUMS_ALGORITHM_UNSUPPORTED', typeof algorithm === 'string' ? `hash algorithm ${quoted(algorithm, 40)} is not one trust-kit hashes artifacts with` : `the hash algorithm is ${typeName(algorithm)}, not one name`, {
            hint: `pass ${DIGEST_ALGORITHMS.map((name) => `"${name}"`).join(' or ')} (lowercase)`,
        });
    }
}
/**
 * The most threads one call hashes with: each takes about 9 MB, and a `concurrency` of 10,000
 * started as many (90 GB); no machine has the cores for more to help.
 */
const MAX_HASH_THREADS = 256;
/** The threads a call hashes with when not told: one per core, at most {@link MAX_HASH_THREADS}. */
function hash_defaultHashThreads() {
    return Math.min(availableParallelism(), MAX_HASH_THREADS);
}
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `concurrency` is unset or a whole number of threads
 * from 1 to {@link MAX_HASH_THREADS}: NaN (`Number()` of an unset variable) made a pool of NaN
 * threads, which never hashed a file, and the call never settled.
 */
function hash_checkConcurrency(concurrency) {
    if (concurrency === undefined || (Number.isSafeInteger(concurrency) && concurrency >= 1 && concurrency <= MAX_HASH_THREADS))
        return;
    if (typeof concurrency === 'number' && Number.isSafeInteger(concurrency) && concurrency > MAX_HASH_THREADS) {
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${concurrency}, more threads than trust-kit hashes with (at most ${MAX_HASH_THREADS}, each about 9 MB of memory)`, {
            hint: 'pass at most the number of cores (or leave it out for one per core)',
        });
    }
    throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${typeof concurrency === 'number' ? String(concurrency) : `a ${typeof concurrency}`}, not a whole number of threads from 1 up`, {
        hint: 'pass the number of threads to hash with (1 hashes on the calling thread alone), or leave it out for one per core',
    });
}
/**
 * Hashes every file, streaming (a 10 GiB artifact never sits in memory) and, for many files,
 * on all cores; fails with the first file that cannot be read. The result keeps the input order.
 */
async function hashArtifacts(files, algorithm, options = {}) {
    checkArrayArgument("hashArtifacts's files", files, 'files { name, path } (what collectArtifacts returns)');
    checkEntries("hashArtifacts's files", files, { name: 'string', path: 'string' }, 'a file { name, path } (what collectArtifacts returns)');
    checkOptionsArgument("hashArtifacts's options", options, { also: 'strings', followLinks: 'boolean' });
    const outcomes = await hash_hashEach(files, algorithm, options);
    for (const outcome of outcomes)
        if ('error' in outcome)
            throw outcome.error;
    return outcomes;
}
/**
 * Like {@link hashArtifacts}, but reports a file that cannot be read in its place and goes on.
 * Many files on threads started ahead are handed to them before it returns (and the calling thread,
 * when it helps, has hashed its first claim), so that the caller can do other work meanwhile.
 */
async function hash_hashEach(files, algorithm, options = {}) {
    const hashes = await hash_hashFiles(files, algorithm, options);
    return files.map((file, index) => hash_outcomeAt(file, hashes, index));
}
/**
 * What {@link hashEach} does, the results kept by file index in {@link FileHashes} rather than as
 * an object a file: for a caller that writes them out at once (a checksums file), or picks them.
 */
async function hash_hashFiles(files, algorithm, options = {}) {
    const algorithms = [algorithm, ...(options.also ?? []).filter((extra) => extra !== algorithm)];
    hash_checkAlgorithms(algorithms);
    hash_checkConcurrency(options.concurrency);
    const help = options.callerHelps ?? false;
    const follow = options.followLinks === true;
    const callerHelps = help === false ? 0 : 1;
    const threads = Math.min((options.workers === undefined ? (options.concurrency ?? hash_defaultHashThreads()) : options.workers.size + callerHelps), files.length);
    // Many files go to the pool's synchronous reads without a look at their sizes, before the first await, even with
    // one core (on this thread alone when it helps): read one by one through the event loop, a small file costs ten
    // times as much (20,000 files of 4 KiB: 1.9 s against 0.2 s).
    if (files.length < MANY_FILES && (files.length < 2 || threads < 2 || !(await worthWorkers(files)))) {
        const hashes = new FileHashes(files.length, [algorithms], undefined, false);
        for (const [index, file] of files.entries())
            await hashInProcess(file, algorithms, hashes, index, follow);
        return hashes;
    }
    if (options.workers !== undefined)
        return hashOnPool(options.workers, files, algorithms, help, follow);
    const started = HashPool.start(Math.max(threads - callerHelps, 1 - callerHelps));
    try {
        return await hashOnPool(started, files, algorithms, help, follow);
    }
    finally {
        await started.close();
    }
}
/** Hashes the files through `algorithms` on a pool's threads (and this one, when it helps). */
function hashOnPool(pool, files, algorithms, callerHelps, followLinks) {
    // Fewer files than that reach the threads only when they are large (worthWorkers).
    return pool.hash(files.map((file) => file.target ?? file.path), [algorithms], undefined, { callerHelps, oneFilePerClaim: files.length < MANY_FILES, ...(followLinks ? { followLinks } : {}) });
}
/** The outcome of hashing `file`, the file at `index` of `hashes`. */
function hash_outcomeAt(file, hashes, index) {
    if ((hashes.sizes[index] ?? -1) < 0) {
        const failure = hashes.failures.get(index);
        return { ...file, error: readFailed(file.path, failure?.code ?? 'unexpected answer', failure?.cause) };
    }
    return artifactOf(file, hashes.sizes[index] ?? 0, hashes.algorithmsOf(index), hashes.hexesOf(index));
}
/** The artifact for a file read through `algorithms`, the first being the run's own. */
function artifactOf(file, size, algorithms, hexes) {
    const digests = {};
    algorithms.forEach((algorithm, index) => {
        digests[algorithm] = hexes[index];
    });
    return { path: file.path, name: file.name, size, hex: hexes[0] ?? '', digests };
}
/** Whether files are worth hashing on threads: many files, or a few big enough in all to pay for starting threads. */
async function hash_worthThreads(files) {
    return files.length >= MANY_FILES || worthWorkers(files);
}
/** Whether a few files are big enough in all to pay for starting threads. */
async function worthWorkers(files) {
    const sizes = await Promise.all(files.map(async (file) => (await stat(file.path).catch(() => undefined))?.size ?? 0));
    return sizes.reduce((sum, size) => sum + size, 0) >= WORKER_THRESHOLD_BYTES;
}
function readFailed(path, code, cause) {
    if (code === CHANGED || code === 'FILE_CHANGED') {
        return new ChecksumsError('CHECKSUMS_FILE_CHANGED', `${shownPath(path)} changed while it was hashed: its checksum would be of bytes it never held at one moment`, {
            cause,
            hint: "something wrote to it meanwhile (a build still writing, another job): make sure nothing writes to the artifacts until their checksums are written, then run again",
        });
    }
    if (code === 'ELOOP') {
        return new ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${shownPath(path)}: it is a symbolic link, which is never followed once listed (it may lead out of the base)`, {
            cause,
            hint: "something replaced it with a link after it was listed: make sure nothing writes to the artifacts' directories until their checksums are written (a library caller lists files with collectArtifacts, which gives a link's checked target)",
        });
    }
    const reason = code === NOT_REGULAR || code === 'FILE_NOT_REGULAR' ? 'not a regular file (a pipe, a device or a directory is never read)' : code;
    return new ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${shownPath(path)}: ${reason}`, {
        cause,
        // Every file hashed was found moments before (listed, matched or named): one gone since was removed or renamed meanwhile.
        // Found by a walk, then gone, it was removed meanwhile; a path a library caller gave may never have been there.
        hint: code === 'EACCES' ? 'make the file readable by the user running trust-kit' : code === 'ENOENT' ? `check the path (collectArtifacts finds the files to hash); if it was there, ${CHANGED_HINT}` : 'check that the file exists and is readable',
    });
}
async function hashInProcess(file, algorithms, hashes, index, followLinks) {
    try {
        const { digest, size } = await hashFile(file.target ?? file.path, algorithms, followLinks ? {} : { noFollow: true });
        hashes.set(index, size, algorithms.map((algorithm) => digest[algorithm] ?? ''));
    }
    catch (error) {
        hashes.fail(index, { code: systemErrorCode(error) ?? String(error), cause: error });
    }
}

;// CONCATENATED MODULE: ./lib/checksums/check.js













/**
 * Whether a result is a file here that could not be read (a permission, a directory in its place):
 * a problem of this machine, not evidence against the file. A name leading out of the base, or too
 * long for any file to have it, is the checksums file's doing: a failure of its own.
 */
function unreadableHere(result) {
    return result.status === 'unreadable' && result.outside !== true && result.reason !== 'ENAMETOOLONG';
}
/** How `sha256sum -c` words each outcome in its report. */
const STATUS_TEXT = {
    ok: 'OK',
    mismatch: 'FAILED',
    missing: 'FAILED open or read (missing)',
    unreadable: 'FAILED open or read',
};
/** One line of a check report, as `sha256sum -c` prints it: `<name>: OK`, `<name>: FAILED`, ... (no line feed). */
function reportLine(result) {
    return `${reportedName(result.entry.name)}: ${STATUS_TEXT[result.status]}${result.outside === true ? ' (outside the base directory)' : ''}`;
}
function unreadableChecksums(path, error) {
    const code = systemErrorCode(error);
    return new ChecksumsError(code === 'ENOENT' ? 'CHECKSUMS_PATH_NOT_FOUND' : 'CHECKSUMS_READ_FAILED', `cannot read checksums file ${path}: ${code ?? String(error)}`, {
        cause: error,
        hint: 'check the path to the checksums file',
    });
}
function lineTooLong(file, line, maxLineBytes, path) {
    return new ChecksumsError('CHECKSUMS_LINE_TOO_LONG', `${file}:${line}: the line is longer than ${maxLineBytes} bytes, which no checksum line of a real file name is`, {
        hint: 'check that this is a checksums file written by sha256sum, sha512sum or trust-kit',
        ...checksumsPlace(path, line),
    });
}
/**
 * A line's bytes as text. A name whose bytes are not UTF-8 (sha256sum lists any) would be decoded
 * with U+FFFD in their place, a name no file has: refused, so that it is neither reported missing
 * nor skipped by `ignoreMissing` while sha256sum checks it.
 */
function lineText(bytes, file, line, path) {
    // A comment lists no name: sha256sum -c skips a line whose first byte is `#`, whatever its encoding (a Latin-1 title).
    if (isUtf8(bytes) || bytes[0] === 0x23)
        return bytes.toString('utf8');
    throw new ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${file}:${line}: the line is not valid UTF-8, so the file name it lists cannot be looked up`, {
        hint: 'check such a file with sha256sum -c; trust-kit reads names written in UTF-8, as it writes them',
        ...checksumsPlace(path, line),
    });
}
/**
 * Reads a checksums file line by line, yielding each entry as its line is read: memory holds one
 * chunk and one line whatever the file's length. The file must be a regular file (a pipe or
 * device is refused before reading); a line longer than the cap is an error naming its number.
 * Names listed twice are not detected (that would take memory growing with the file); every
 * line is checked, so a second, different digest for a name fails as `sha256sum -c` fails it.
 */
async function* readChecksumEntries(path, options = {}) {
    checkStringArgument("readChecksumEntries's path", path);
    checkOptionsArgument("readChecksumEntries's options", options, { shown: 'string', maxLineBytes: 'number', onChunk: 'function' });
    const named = options.shown ?? path;
    const shown = shownFile(named);
    const maxLineBytes = options.maxLineBytes ?? INPUT_LIMITS.checksumsLine;
    let carry = Buffer.alloc(0);
    let line = 0;
    let listed = 0;
    const chunks = regularFileChunks(path, { what: 'checksums file', shown: named });
    // Closes the file also when the caller stops early or a line is refused.
    try {
        for (;;) {
            let next;
            try {
                next = await chunks.next();
            }
            catch (error) {
                throw isTrustKitError(error) ? error : unreadableChecksums(shown, error);
            }
            if (next.done === true)
                break;
            const chunk = next.value;
            options.onChunk?.(chunk);
            let start = 0;
            for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
                line += 1;
                if (carry.length + end - start > maxLineBytes)
                    throw lineTooLong(shown, line, maxLineBytes, path);
                const text = lineText(carry.length === 0 ? chunk.subarray(start, end) : Buffer.concat([carry, chunk.subarray(start, end)]), shown, line, path);
                carry = Buffer.alloc(0);
                start = end + 1;
                const entry = parseChecksumLine(text, line, shown, path);
                if (entry === undefined)
                    continue;
                listed += 1;
                yield entry;
            }
            if (carry.length + chunk.length - start > maxLineBytes)
                throw lineTooLong(shown, line + 1, maxLineBytes, path);
            // Copied: the chunk's buffer is reused for the next one.
            carry = Buffer.concat([carry, chunk.subarray(start)]);
        }
        if (carry.length > 0) {
            const entry = parseChecksumLine(lineText(carry, shown, line + 1, path), line + 1, shown, path);
            if (entry !== undefined) {
                listed += 1;
                yield entry;
            }
        }
        if (listed === 0)
            throw emptyChecksums(shown, path);
    }
    finally {
        await chunks.return(undefined);
    }
}
/**
 * Verifies files against checksum entries like `sha256sum -c`: every entry gets a result, in the
 * entries' order, and nothing short-circuits, so the user sees every mismatch and missing file at
 * once. Reads as {@link checkChecksumsFile} does: a name whose real path is outside the base (an
 * absolute name, a `..`, a link leading out) or that is no regular file is reported unreadable
 * without being read, so entries parsed from a checksums file someone else wrote can be checked.
 * Digests compare without regard to case (the hex of a caller's own entries may be uppercase).
 */
async function checkChecksums(entries, options) {
    checkArrayArgument("checkChecksums's entries", entries, 'entries { name, algorithm, hex }');
    checkOptionsArgument("checkChecksums's options", options, { base: 'string', ignoreMissing: 'boolean' }, ['base']);
    checkAlgorithms(entries.map((entry) => entry.algorithm));
    const results = [];
    await check_checkEntries(entries, { base: options.base, ...(options.ignoreMissing === undefined ? {} : { ignoreMissing: options.ignoreMissing }), onResult: (result) => results.push(result) });
    return results;
}
/**
 * Checks files the user named one by one (`verify-checksums SUMS dist/app.tgz`) against their
 * entries: each is read where the user pointed, a link followed, as `sha256sum` reads a file it is
 * given; only {@link checkChecksums} and {@link checkChecksumsFile}, which read names a checksums
 * file holds, keep to the base. Results in the files' order; not part of the library's API.
 */
async function checkNamedFiles(files) {
    const results = new Array(files.length);
    const present = [];
    await Promise.all(files.map(async ({ entry, path }, index) => {
        try {
            if ((await stat(path)).isFile())
                present.push({ index, path, name: entry.name, algorithm: entry.algorithm });
            else
                results[index] = { entry, status: 'unreadable', reason: 'not a regular file' };
        }
        catch (error) {
            const code = systemErrorCode(error);
            results[index] = code === 'ENOENT' ? { entry, status: 'missing' } : { entry, status: 'unreadable', ...(code === undefined ? {} : { reason: code }) };
        }
    }));
    for (const algorithm of new Set(present.map((file) => file.algorithm))) {
        const group = present.filter((file) => file.algorithm === algorithm);
        const hashed = await hashEach(group, algorithm, { followLinks: true });
        group.forEach((file, position) => {
            const { entry } = files[file.index];
            const artifact = hashed[position];
            if (artifact === undefined || 'error' in artifact)
                results[file.index] = { entry, status: 'unreadable', ...(artifact === undefined ? {} : { reason: systemErrorCode(artifact.error.cause) ?? artifact.error.message }) };
            else if (artifact.hex === entry.hex.toLowerCase())
                results[file.index] = { entry, status: 'ok' };
            else
                results[file.index] = { entry, status: 'mismatch', actual: artifact.hex };
        });
    }
    return results;
}
/** Hashing threads by default: each costs tens of MiB, and past a few the disk, not the CPU, sets the pace. */
const MAX_THREADS = 8;
/** Lines handed to a hashing thread at once: few messages for a million tiny files, yet threads finish together. */
const BATCH_LINES = 256;
/** Batches queued per thread: enough to keep every thread busy while results wait to be reported in order. */
const BATCHES_PER_THREAD = 4;
/**
 * Checks every file a checksums file lists, streaming: lines are parsed as they are read, hashed
 * on worker threads in batches, and reported in line order; memory holds the counts and a window
 * of a few thousand lines, however long the file. A listed path that is not a regular file (a
 * pipe, a device, a directory), or whose real path is outside the base directory (an absolute
 * name, a `..`, a link leading out), is reported unreadable without being read.
 */
async function checkChecksumsFile(path, options) {
    checkStringArgument("checkChecksumsFile's path", path);
    checkOptionsArgument("checkChecksumsFile's options", options, { base: 'string', ignoreMissing: 'boolean', onResult: 'function', onIgnored: 'function', shown: 'string', maxLineBytes: 'number', onChunk: 'function' }, ['base', 'onResult']);
    checkConcurrency(options.concurrency);
    return check_checkEntries(readChecksumEntries(path, options), options);
}
/** {@link checkChecksumsFile}'s check of entries however they come: read from a file as they are checked, or given whole. */
async function check_checkEntries(entries, options) {
    const counts = { ok: 0, mismatch: 0, missing: 0, unreadable: 0, ignored: 0 };
    // A listed name may be absolute, climb with '..' or go through a link: only files really under the base are read.
    const realBase = await realpath(options.base).catch(() => resolve(options.base));
    const within = realBase.endsWith(sep) ? realBase : `${realBase}${sep}`;
    const lexicalBase = resolve(options.base);
    // A name that leads out of the base as written (absolute elsewhere, or up with '..') is outside whether or not
    // its file exists: reported missing, it would tell whoever wrote the checksums file which paths exist out there.
    const leadsOut = (name) => {
        const file = resolve(options.base, name);
        return !isPathWithin(lexicalBase, file) && !isPathWithin(realBase, file);
    };
    const report = (entry, [size, value]) => {
        const hex = typeof value === 'string' ? undefined : value[0];
        const result = hex === undefined
            ? value === OUTSIDE || (value === 'ENOENT' && leadsOut(entry.name))
                ? { entry, status: 'unreadable', outside: true }
                : size < 0 && value === 'ENOENT'
                    ? { entry, status: 'missing' }
                    : { entry, status: 'unreadable', reason: value === NOT_REGULAR ? 'not a regular file' : typeof value === 'string' ? value : 'no answer' }
            : hex === entry.hex.toLowerCase()
                ? { entry, status: 'ok' }
                : { entry, status: 'mismatch', actual: hex };
        if (result.status === 'missing' && options.ignoreMissing === true) {
            counts.ignored += 1;
            options.onIgnored?.(entry);
            return;
        }
        counts[result.status] += 1;
        options.onResult(result);
    };
    const threads = options.concurrency ?? Math.min(availableParallelism(), MAX_THREADS);
    let pool;
    // Batches in line order; each fills in as its threads answer, and is reported up to its first gap.
    const window = [];
    const flush = () => {
        for (let oldest = window[0]; oldest !== undefined; oldest = window[0]) {
            for (let answer = oldest.answers[oldest.reported]; answer !== undefined; answer = oldest.answers[oldest.reported]) {
                report(oldest.entries[oldest.reported], answer);
                oldest.reported += 1;
            }
            if (oldest.reported < oldest.entries.length)
                return;
            window.shift();
        }
    };
    let batch = [];
    const dispatch = () => {
        pool ??= new HashPool(threads);
        const pending = { entries: batch, answers: new Array(batch.length), reported: 0, done: Promise.resolve() };
        batch = [];
        // Not normalized: the file system resolves the name as sha256sum -c has it resolve it (`sub/../a` through a linked `sub`
        // is not `a`, and `a/` is no file), and the real path it leads to is what must lie under the base.
        const paths = pending.entries.map((entry) => (isAbsolute(entry.name) ? entry.name : `${lexicalBase}${sep}${entry.name}`));
        pending.done = pool.hash(paths, pending.entries.map((entry) => [entry.algorithm]), (first, answers) => {
            answers.forEach((answer, position) => {
                pending.answers[first + position] = answer;
            });
            flush();
        }, { within });
        // Awaited in order below; marked handled here so a failure of a later batch is not unhandled meanwhile.
        pending.done.catch(() => undefined);
        window.push(pending);
    };
    try {
        for await (const entry of entries) {
            batch.push(entry);
            if (batch.length < BATCH_LINES)
                continue;
            dispatch();
            while (window.length >= threads * BATCHES_PER_THREAD)
                await window[0]?.done;
        }
        if (batch.length > 0)
            dispatch();
        while (window.length > 0)
            await window[0]?.done;
    }
    finally {
        await pool?.close();
    }
    return counts;
}

;// CONCATENATED MODULE: ./lib/checksums/index.js
















/** Whether a file begins as a checksums file does (a line {@link parseChecksumLine} reads as a checksum), or is empty: what an output may replace. */
function holdsChecksums(path) {
    let head;
    try {
        head = readRegularFileHeadSync(path, INPUT_LIMITS.checksumsLine, { what: 'checksums file' });
    }
    catch {
        // Not readable as a regular file: the write names what is wrong with it.
        return true;
    }
    if (head.length === 0)
        return true;
    try {
        return parseChecksumLine(head.toString('utf8').split('\n')[0] ?? '', 1, path) !== undefined;
    }
    catch {
        return false;
    }
}
/**
 * Removes the bundle of an earlier checksums file at `outputPath` (`<output>.sigstore.json`) that the
 * new `text` replaces with other contents, before it does: beside the new file it would look like its
 * signature, and `verify-checksums` would say the release was tampered with. Kept when the contents
 * are the same, which it still signs. Told to `leftover` when removed.
 */
async function removeStaleSignature(outputPath, text, leftover) {
    const bundle = `${outputPath}${BUNDLE_SUFFIX}`;
    const present = await stat(bundle).then((info) => info.isFile(), () => false);
    if (!present)
        return;
    const earlier = await stat(outputPath).then((info) => (info.isFile() && info.size === Buffer.byteLength(text) ? readFile(outputPath, 'utf8') : undefined), () => undefined);
    if (earlier === text)
        return;
    await rm(bundle, { force: true });
    leftover?.({ path: bundle, kind: 'signature of the replaced output' });
}
/**
 * Hashes the configured artifacts and writes the checksums file atomically (it never exists half
 * written); the checksums file itself is never listed in it. Once the walk has found many files,
 * the hashing threads start while it goes on (unless started ahead), so that starting them costs no
 * time of its own; this thread, which has nothing else to do, hashes beside them (one thread fewer
 * to start).
 */
async function createChecksums(config, cwd, createOptions = {}) {
    const { threadsStartedAhead, leftover, ...options } = createOptions;
    if (typeof config !== 'object' || config === null)
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `createChecksums's config is ${typeName(config)}, not an object { subjects, algorithm, base, output }`, { hint: 'pass the config as the ChecksumsConfig type declares it (see docs/library.md)' });
    checkOptionsArgument("createChecksums's config", config, { output: 'string' });
    checkOptionsArgument("createChecksums's options", createOptions, { also: 'strings', leftover: 'function' });
    checkAlgorithms([config.algorithm, ...(options.also ?? [])]);
    checkConcurrency(options.concurrency);
    const outputPath = config.output === undefined ? undefined : resolve(cwd, config.output);
    const concurrency = options.concurrency ?? defaultHashThreads();
    let early = threadsStartedAhead;
    const progress = options.workers === undefined && early === undefined && concurrency >= 2
        ? (found) => {
            if (found >= MANY_FILES)
                early ??= HashPool.start(concurrency - 1);
        }
        : undefined;
    let hashed;
    let ending;
    try {
        let outputFound = false;
        const found = await findArtifacts(config.subjects, { cwd, base: config.base, exclude: outputPath === undefined ? [] : [outputPath, `${outputPath}${BUNDLE_SUFFIX}`], onExcluded: (path) => void (outputFound ||= path === outputPath), ...(progress === undefined ? {} : { progress }), ...(leftover === undefined ? {} : { leftover }) });
        // An earlier checksums file the subjects find is left out and replaced, so a re-run lists the same files (and so is its
        // bundle, sign-blob's `<output>.sigstore.json`); any other file there is an artifact a mistyped --output would overwrite,
        // and leave out of the list.
        if (outputFound && outputPath !== undefined && !holdsChecksums(outputPath)) {
            throw new ChecksumsError('CHECKSUMS_OUTPUT_IS_ARTIFACT', `the output ${shownPath(config.output ?? outputPath)} is a file the subjects list, and not a checksums file: it would be overwritten, and left out of the list`, {
                hint: 'write the checksums to a new file (or an earlier checksums file), or leave that file out of the subjects',
            });
        }
        // Threads started ahead for what turned out to be a few small files end now, while those are hashed here: ending
        // one still starting takes as long as its start may have left, and exiting waits for it.
        if (early !== undefined && found.length < MANY_FILES && !(await worthThreads(found))) {
            ending = early.close();
            early = undefined;
        }
        // The threads hash the files in the order found while this thread sorts them (it helps once it has).
        const hashing = hashFiles(found, config.algorithm, { callerHelps: true, ...options, workers: options.workers ?? early });
        let order;
        try {
            order = listingOrder(found);
        }
        catch (error) {
            // Its failure, once the threads are ended, is this one's consequence.
            hashing.catch(() => undefined);
            throw error;
        }
        hashed = { found, hashes: await hashing, order };
        throwFirstFailure(hashed);
    }
    catch (error) {
        await Promise.all([early?.close(), ending]);
        throw error;
    }
    // The threads end while the checksums are formatted and written: ending one takes a turn of the other core.
    const closing = Promise.all([early?.close(), ending]);
    try {
        const text = checksumsText(hashed, config.algorithm);
        if (outputPath !== undefined) {
            await removeStaleSignature(outputPath, text, leftover);
            await writeFileAtomic(outputPath, text);
        }
        let artifacts;
        return {
            // Made when asked for: the CLI, which prints the text, never makes an object a file.
            get artifacts() {
                artifacts ??= hashed.order.map((index) => outcomeAt(hashed.found[index], hashed.hashes, index));
                return artifacts;
            },
            count: hashed.order.length,
            text,
            outputPath,
        };
    }
    finally {
        await closing;
    }
}
/** Bytes made into one string at most: V8's strings hold up to 2^29 - 24 one-byte characters. */
const ONE_STRING_BYTES = (/* unused pure expression or super */ null && (2 ** 28));
/** Fails with the first file, in listing order, that could not be read. */
function throwFirstFailure({ found, hashes, order }) {
    if (hashes.failures.size === 0)
        return;
    const index = order.find((at) => hashes.failures.has(at)) ?? -1;
    const outcome = outcomeAt(found[index], hashes, index);
    if ('error' in outcome)
        throw outcome.error;
}
/**
 * The checksums file listing the files at `order`'s indexes, in that order, with their `algorithm`
 * digests (each file's first), made straight from the hashes' columns: no object a file.
 */
function checksumsText({ found, hashes, order }, algorithm) {
    const { stride } = hashes;
    const length = hexLength(algorithm);
    // One string of every digest, cut per line without copying (a call into the buffer per line cost twice as much),
    // unless there are more than a string may hold (millions of files with two algorithms).
    const hex = hashes.hex.length <= ONE_STRING_BYTES ? hashes.hex.toString('latin1') : undefined;
    const lines = new Array(order.length);
    for (let line = 0; line < order.length; line++) {
        const index = order[line];
        const start = index * stride;
        lines[line] = checksumLine(found[index].name, hex === undefined ? hashes.hex.toString('latin1', start, start + length) : hex.substring(start, start + length));
    }
    return lines.join('');
}
/**
 * The artifacts as in-toto subjects, in their order, each by its `algorithm` digest: one the
 * artifacts were hashed with (CHECKSUMS_ALGORITHM_UNSUPPORTED for another, whose name a digest of
 * another algorithm would have been filed under).
 */
function toSubjects(artifacts, algorithm) {
    checkArrayArgument("toSubjects's artifacts", artifacts, 'artifacts (what hashArtifacts returns)');
    checkEntries("toSubjects's artifacts", artifacts, { name: 'string', digests: 'object' }, 'an artifact { name, digests } (what hashArtifacts returns)');
    checkAlgorithms([algorithm]);
    return artifacts.map((artifact) => {
        const hex = artifact.digests[algorithm];
        if (hex === undefined) {
            throw new ChecksumsError('CHECKSUMS_ALGORITHM_UNSUPPORTED', `${artifact.name} was not hashed with ${algorithm} (its digests: ${Object.keys(artifact.digests).join(', ') || 'none'})`, {
                hint: `hash the artifacts with ${algorithm} (hashArtifacts(files, '${algorithm}'), or { also: ['${algorithm}'] })`,
            });
        }
        return { name: artifact.name, digest: { [algorithm]: hex } };
    });
}

;// CONCATENATED MODULE: ./lib/config/inputs.js


/** Names inputs the way action users write them. */
const actionInputName = (name) => `input "${name}"`;
/** Names inputs the way CLI users type them: `--name`, or `argument PATH` for inputs given as positional arguments. */
function cliNamer(positionals = {}) {
    return (name) => {
        const positional = positionals[name];
        return positional === undefined ? `--${name}` : `argument ${positional}`;
    };
}
/**
 * The most issues a {@link ConfigError}'s message lists (all are in `issues`): 32,000 missing paths made
 * a 1.4 MB error, and a job summary past the 1 MiB GitHub drops whole, with the explanation in it.
 */
const MAX_LISTED_ISSUES = 50;
/** Every bad input of one call, reported together so the user fixes them in one go (the first {@link MAX_LISTED_ISSUES} in its message). */
class inputs_ConfigError extends errors/* TrustKitError */.T0 {
    issues;
    /** `hint` by default points at the actions' reference (the CLI points at the command's own help instead); no placeholder a user would have to fill in. */
    constructor(issues, hint = 'fix the inputs named above; docs/actions.md lists each action\'s inputs and what each accepts') {
        const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${issue.input}: ${issue.message}`);
        if (issues.length > MAX_LISTED_ISSUES)
            lines.push(`and ${issues.length - MAX_LISTED_ISSUES} more`);
        super('CONFIG_INVALID', issues.length === 1 ? (lines[0] ?? '') : `${issues.length} invalid inputs:\n  ${lines.join('\n  ')}`, { hint });
        this.name = 'ConfigError';
        this.issues = issues;
    }
}
/**
 * The values `parse` refuses, as problems of `input`: a flag value of the wrong form is a usage
 * error reported with every other bad flag, not a failure later under the parser's own code.
 */
function refusedValues(values, input, parse) {
    return values.flatMap((value) => {
        try {
            parse(value);
            return [];
        }
        catch (error) {
            if (!isTrustKitError(error))
                throw error;
            return [{ input, message: error.message }];
        }
    });
}
/**
 * Runs a config reader after problems a command found itself (a wrong argument count, a bad
 * --format): all are reported together, so that no problem hides another.
 */
function withEarlierIssues(earlier, read) {
    let result;
    try {
        result = read();
    }
    catch (error) {
        if (error instanceof inputs_ConfigError && earlier.length > 0)
            throw new inputs_ConfigError([...earlier, ...error.issues]);
        throw error;
    }
    if (earlier.length > 0)
        throw new inputs_ConfigError(earlier);
    return result;
}
/**
 * One line of a list input split at its commas, but not at those inside a glob's braces or brackets
 * (`dist/*.{zip,tar.gz}` is one glob); a line whose braces or brackets do not pair up is split at
 * every comma, as it would be without them.
 */
function splitAtCommas(line) {
    const parts = [];
    const closers = [];
    let start = 0;
    for (let at = 0; at < line.length; at++) {
        const char = line[at];
        if (char === '{' && closers.at(-1) !== ']')
            closers.push('}');
        else if (char === '[' && closers.at(-1) !== ']')
            closers.push(']');
        else if (char === closers.at(-1))
            closers.pop();
        else if (char === ',' && closers.length === 0) {
            parts.push(line.slice(start, at));
            start = at + 1;
        }
    }
    if (closers.length > 0)
        return line.split(',');
    parts.push(line.slice(start));
    return parts;
}
/** A line break as any reader of a one-line value may take one: LF, CR, or the line and paragraph separators. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/**
 * Reads raw inputs into typed values, collecting every problem instead of stopping at the first;
 * `finish()` throws one {@link ConfigError} listing them all.
 */
class inputs_InputReader {
    raw;
    nameOf;
    issues = [];
    constructor(raw, nameOf) {
        this.raw = raw;
        this.nameOf = nameOf;
    }
    /** Records a problem with an input; validation goes on. */
    report(name, message) {
        const input = this.nameOf(name);
        // An input read twice (to tell whether it was given) is reported once.
        if (this.issues.some((issue) => issue.input === input && issue.message === message))
            return;
        this.issues.push({ input, message });
    }
    /**
     * A trimmed string, or `fallback` when it is absent or blank. One value is one line: a line break
     * inside (an action input written as a YAML block, or an event's text in it) would carry a second
     * value into a path, and from there into outputs read line by line.
     */
    string(name, fallback) {
        const value = this.raw[name];
        if (value === undefined || value === false)
            return fallback;
        if (typeof value !== 'string') {
            this.report(name, 'expected a single value');
            return fallback;
        }
        const trimmed = value.trim();
        if (LINE_BREAK.test(trimmed)) {
            this.report(name, 'holds a line break; expected one value on one line');
            return fallback;
        }
        return trimmed === '' ? fallback : trimmed;
    }
    /** A string that must be present. */
    required(name) {
        const value = this.string(name);
        if (value === undefined)
            this.report(name, 'is required');
        return value;
    }
    /**
     * A list: an action input is one string holding it, newline- or comma-separated as users write
     * it in YAML (a comma inside a glob's braces or brackets separates nothing), and each item is
     * trimmed, so a CRLF line ending goes too; repeated flags and positional arguments arrive one value
     * each and are taken as given, since a file name may hold a comma or spaces. Blanks are dropped.
     */
    list(name) {
        const value = this.raw[name];
        if (value === undefined || typeof value === 'boolean')
            return [];
        if (typeof value !== 'string')
            return value.filter((part) => typeof part === 'string' && part.trim() !== '');
        return value
            .split('\n')
            .flatMap(splitAtCommas)
            .map((part) => part.trim())
            .filter((part) => part !== '');
    }
    /** One of a fixed set of values. */
    choice(name, allowed, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const normalised = value.toLowerCase();
        if (allowed.includes(normalised))
            return normalised;
        this.report(name, `is ${(0,quote/* quoted */.TL)(value)}; expected one of ${allowed.join(', ')}`);
        return fallback;
    }
    /** Several values, each from a fixed set (or an alias of one), deduplicated in the order given. */
    choices(name, allowed, fallback, aliases = {}) {
        // Names of choices never hold commas, so `--format a,b` is split like an action input.
        const values = this.list(name).flatMap((value) => value.split(',').map((part) => part.trim()).filter((part) => part !== ''));
        if (values.length === 0)
            return [...fallback];
        const chosen = [];
        for (const value of values) {
            const lower = value.toLowerCase();
            const normalised = Object.hasOwn(aliases, lower) ? aliases[lower] : lower;
            if (!allowed.includes(normalised)) {
                this.report(name, `has ${(0,quote/* quoted */.TL)(value)}; expected one or more of ${allowed.join(', ')}`);
            }
            else if (!chosen.includes(normalised)) {
                chosen.push(normalised);
            }
        }
        return chosen;
    }
    /** A YAML 1.2 core boolean (`true`/`false`), the form `core.getBooleanInput` accepts; flags count as true. */
    boolean(name, fallback) {
        const value = this.raw[name];
        if (value === undefined)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        if (typeof value !== 'string') {
            this.report(name, 'expected true or false');
            return fallback;
        }
        const trimmed = value.trim();
        if (trimmed === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(trimmed))
            return true;
        if (['false', 'False', 'FALSE'].includes(trimmed))
            return false;
        this.report(name, `is ${(0,quote/* quoted */.TL)(trimmed)}; expected true or false`);
        return fallback;
    }
    /** The problems collected so far, to report with those of another reader (see {@link withEarlierIssues}). */
    collected() {
        return [...this.issues];
    }
    /** Throws the collected problems, if any. */
    finish() {
        if (this.issues.length > 0)
            throw new inputs_ConfigError(this.issues);
    }
}

;// CONCATENATED MODULE: ./lib/core/clock.js


/** The wall clock. */
const systemClock = { now: () => new Date() };
/**
 * The latest time taken from SOURCE_DATE_EPOCH or a commit: 9999-12-31T23:59:59Z. Past it, ISO
 * 8601 years have six digits (`+010000-01-01`), which SPDX's `created`, CycloneDX's `timestamp`
 * and in-toto's times do not admit.
 */
const LATEST_EPOCH_SECONDS = 253_402_300_799;
/** The earliest instant a document may be dated: 0000-01-01T00:00:00Z (before it, years are negative: `-000001`). */
const EARLIEST_MS = -62_167_219_200_000;
/**
 * Why a value is no time trust-kit can date a document with, or undefined for a Date from
 * 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (four-digit years, as every format writes them).
 */
function dateProblem(at) {
    // Told by its tag, not instanceof: a Date of another realm (a vm context) is one too.
    if (Object.prototype.toString.call(at) !== '[object Date]')
        return `${(0,quote/* typeName */.go)(at)}, not a valid Date`;
    const ms = at.getTime();
    if (Number.isNaN(ms))
        return 'an invalid Date';
    if (ms < EARLIEST_MS || ms > LATEST_EPOCH_SECONDS * 1000 + 999)
        return `${at.toISOString()}, outside the years 0000 to 9999 that SPDX, CycloneDX and in-toto times are written in`;
    return undefined;
}
/** A clock frozen at one instant, for tests and for reproducible builds (CLOCK_ARGUMENT_INVALID unless `at` is a valid Date from year 0000 to 9999). */
function fixedClock(at) {
    // From plain JavaScript a string failed on getTime with a TypeError, an invalid Date or a year past 9999 only when a document was written.
    const problem = dateProblem(at);
    if (problem !== undefined) {
        throw new errors/* TrustKitError */.T0('CLOCK_ARGUMENT_INVALID', `fixedClock was given ${problem}`, { hint: 'pass a Date of years 0000 to 9999, e.g. fixedClock(new Date(\'2025-01-01T00:00:00Z\'))' });
    }
    const ms = at.getTime();
    return { now: () => new Date(ms) };
}
/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org, in decimal digits; leading zeros are decimal too) when it is
 * set, `fallback` (the wall clock) otherwise (empty counts as unset). A caller that would have an
 * SBOM dated by its project's last commit when the variable is unset gives no clock at all then.
 */
function clockFromSourceDateEpoch(value, fallback = systemClock) {
    if (value === undefined || value === '')
        return fallback;
    if (typeof value !== 'string')
        throw new errors/* TrustKitError */.T0('CLOCK_ARGUMENT_INVALID', `clockFromSourceDateEpoch was given ${(0,quote/* typeName */.go)(value)}, not the variable's text`, { hint: 'pass process.env.SOURCE_DATE_EPOCH (a string, or undefined)' });
    const at = epochSecondsDate(value);
    if (at === undefined) {
        throw new errors/* TrustKitError */.T0('CLOCK_INVALID_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH is ${(0,quote/* quoted */.TL)(value, 40)}, not a whole number of seconds since 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z`, { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' });
    }
    return fixedClock(at);
}
/** The instant `text` (decimal seconds since the Unix epoch, leading zeros allowed) names, or undefined when it names none up to 9999-12-31T23:59:59Z. */
function epochSecondsDate(text) {
    if (!/^\d+$/.test(text))
        return undefined;
    // Up to 12 digits once the zeros in front are gone: a longer number is past the bound, and would lose precision as a Number.
    const digits = text.replace(/^0+(?=\d)/, '');
    return digits.length <= 12 && Number(digits) <= LATEST_EPOCH_SECONDS ? new Date(Number(digits) * 1000) : undefined;
}

// EXTERNAL MODULE: ./lib/core/markdown.js
var markdown = __webpack_require__(88346);
// EXTERNAL MODULE: ./lib/core/proxy.js
var core_proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/secrets/index.js + 16 modules
var secrets = __webpack_require__(14441);
;// CONCATENATED MODULE: ./lib/oci/errors.js


/**
 * An error parsing an image reference or talking to a registry. Its message and hint are redacted
 * as it is made: they may quote what a registry chose (a redirect's path, a challenge's realm),
 * which may echo the password, and by the time the error is printed the client is closed and the
 * password wiped, so the redaction at printing no longer knows it.
 */
class OciError extends errors/* TrustKitError */.T0 {
    /** The HTTP status the registry answered with, when the error comes from one. */
    status;
    /** The wait the registry asked for (`Retry-After`) before trying again, in milliseconds. */
    retryAfterMs;
    constructor(code, message, options = {}) {
        super(code, (0,secrets/* redact */.E$)(message), options.hint === undefined ? options : { ...options, hint: (0,secrets/* redact */.E$)(options.hint) });
        this.name = 'OciError';
        this.status = options.status;
        this.retryAfterMs = options.retryAfterMs;
    }
}

;// CONCATENATED MODULE: ./lib/oci/auth.js


const MAX_CHALLENGE_LENGTH = 8192;
const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
/**
 * Parses a `WWW-Authenticate` header (RFC 9110 11.6.1): one or more challenges, each a scheme and
 * comma-separated `name=value` parameters whose values may be quoted strings with escapes.
 */
function parseChallenges(header) {
    const invalid = (why) => new OciError('OCI_AUTH_CHALLENGE_INVALID', `the registry's WWW-Authenticate header is invalid: ${why}`, {
        hint: 'the registry (or a proxy in front of it) sent a malformed authentication challenge; report it to its operators',
    });
    if (header.length > MAX_CHALLENGE_LENGTH)
        throw invalid(`it is longer than ${MAX_CHALLENGE_LENGTH} characters`);
    const challenges = [];
    let at = 0;
    const skipSpace = () => {
        while (at < header.length && (header[at] === ' ' || header[at] === '\t'))
            at += 1;
    };
    const token = () => {
        TOKEN.lastIndex = at;
        const match = TOKEN.exec(header);
        if (!match)
            return undefined;
        at += match[0].length;
        return match[0];
    };
    while (at < header.length) {
        skipSpace();
        if (header[at] === ',') {
            at += 1;
            continue;
        }
        const scheme = token();
        if (scheme === undefined)
            throw invalid(`unexpected "${(0,logger/* printable */.g$)(header.slice(at, at + 20))}" at ${at}`);
        const params = {};
        challenges.push({ scheme: scheme.toLowerCase(), params });
        for (;;) {
            skipSpace();
            const start = at;
            const name = token();
            if (name === undefined)
                break;
            skipSpace();
            if (header[at] !== '=') {
                // A token without "=" starts the next challenge.
                at = start;
                break;
            }
            at += 1;
            skipSpace();
            let value;
            if (header[at] === '"') {
                at += 1;
                value = '';
                for (;;) {
                    const char = header[at];
                    if (char === undefined)
                        throw invalid('a quoted value is not closed');
                    at += 1;
                    if (char === '"')
                        break;
                    if (char === '\\') {
                        const escaped = header[at];
                        if (escaped === undefined)
                            throw invalid('a quoted value ends in a backslash');
                        value += escaped;
                        at += 1;
                    }
                    else
                        value += char;
                }
            }
            else
                value = token();
            if (value === undefined)
                throw invalid(`parameter ${name} has no value`);
            params[name.toLowerCase()] = value;
            skipSpace();
            if (header[at] === ',')
                at += 1;
            else
                break;
        }
    }
    return challenges;
}
/** A `scope` for the token service: `repository:<name>:<actions>`. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/core/retry.js
var core_retry = __webpack_require__(7493);
;// CONCATENATED MODULE: ./lib/core/transfer-rate.js
/** The slowest a transfer may move, on average, once it has taken longer than its timeout: a trickle is abandoned, a slow but steady link is not. */
const MIN_TRANSFER_BYTES_PER_SECOND = 64 * 1024;
/**
 * Watches a transfer that must not be cut off at a fixed timeout (a large body, an upload) but must
 * not trickle forever either: every `timeoutMs`, once the bytes counted average less than
 * {@link MIN_TRANSFER_BYTES_PER_SECOND} since the start, `onStall` is called, once, with what moved.
 * The registry client and release asset transfers share it.
 */
function watchTransferRate(timeoutMs, onStall) {
    const started = Date.now();
    let bytes = 0;
    let heldMs = 0;
    let heldSince;
    let timer;
    const check = () => {
        const now = Date.now();
        // Time the receiver held the transfer back is not counted against the sender.
        const elapsed = now - started - heldMs - (heldSince === undefined ? 0 : now - heldSince);
        if (bytes >= (MIN_TRANSFER_BYTES_PER_SECOND * elapsed) / 1000)
            timer = setTimeout(check, timeoutMs);
        else
            onStall(`slower than ${MIN_TRANSFER_BYTES_PER_SECOND} bytes a second: ${bytes} bytes in ${elapsed} ms`);
    };
    timer = setTimeout(check, timeoutMs);
    return {
        moved: (moved) => void (bytes += moved),
        hold: () => void (heldSince ??= Date.now()),
        release: () => {
            if (heldSince === undefined)
                return;
            heldMs += Date.now() - heldSince;
            heldSince = undefined;
        },
        stop: () => clearTimeout(timer),
    };
}

// EXTERNAL MODULE: ./lib/secrets/forms.js
var secrets_forms = __webpack_require__(79930);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(18067);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./lib/oci/reference.js



/** Docker Hub under its canonical name; `index.docker.io` and `registry-1.docker.io` are aliases of it. */
const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API_HOST]);
// The distribution spec's grammar (distribution/reference): lowercase components joined by ., _, __ or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const MAX_REFERENCE_LENGTH = 4096;
const MAX_REPOSITORY_LENGTH = 255;
/**
 * Parses an image reference as docker does: a first path component that has a dot or a port, or is
 * `localhost`, names the registry, otherwise Docker Hub; Docker Hub's one-component names live under
 * `library/`. Repositories must be lowercase (a registry would store `Alpine` and `alpine` apart).
 */
function parseImageReference(input) {
    // A reference written as a URL's authority with a password (user:password@host/..., the password holding a / or an @ too) would be
    // quoted back in every error and log line. In a reference an @ comes only before a digest (algorithm:hex).
    const authority = input.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const firstAt = authority.indexOf('@');
    if (firstAt !== -1 && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[^/@:]*$/i.test(authority.slice(firstAt + 1))) {
        throw new OciError('OCI_REFERENCE_INVALID', 'an image reference holds an @ that no digest follows, as credentials would (user:password@ before the registry): references carry none, and it is not quoted here', {
            hint: 'name the image as registry/repository[:tag][@sha256:<hex>], and log in with --registry-username and the password in TRUST_KIT_REGISTRY_PASSWORD (or docker login)',
        });
    }
    const shown = JSON.stringify(input.length > 200 ? `${input.slice(0, 200)}...` : input);
    const invalid = (why, hint = 'write it as [registry[:port]/]repository[:tag][@sha256:<hex>], e.g. ghcr.io/acme/app:v1') => new OciError('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${why}`, { hint });
    if (input.length === 0 || input.length > MAX_REFERENCE_LENGTH)
        throw invalid(`its length must be between 1 and ${MAX_REFERENCE_LENGTH}`);
    if (/\s/.test(input))
        throw invalid('it contains white space');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        try {
            const parsed = parseDigestReference(rest.slice(at + 1));
            digest = `${parsed.algorithm}:${parsed.hex}`;
        }
        catch (error) {
            if (!(0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            throw new OciError('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${error.message}`, { cause: error, hint: error.hint });
        }
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(`tag "${tag.slice(0, 140)}" must be 1-128 letters, digits, _, . or -, not starting with . or -`);
    }
    const firstSlash = rest.indexOf('/');
    const first = firstSlash === -1 ? '' : rest.slice(0, firstSlash);
    const namesRegistry = firstSlash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
    let registry = namesRegistry ? first.toLowerCase() : DOCKER_HUB;
    let repository = namesRegistry ? rest.slice(firstSlash + 1) : rest;
    if (namesRegistry)
        checkRegistry(registry, invalid);
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw invalid('it names no repository');
    if (repository !== repository.toLowerCase()) {
        throw invalid('repository names must be lowercase', `write the repository as "${repository.toLowerCase()}"`);
    }
    if (repository.length > MAX_REPOSITORY_LENGTH)
        throw invalid(`the repository is longer than ${MAX_REPOSITORY_LENGTH} characters`);
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw invalid(`repository component "${component.slice(0, 140)}" must be lowercase letters and digits, separated by ., _, __ or -`);
        }
    }
    return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
function checkRegistry(registry, invalid) {
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(registry);
    const plain = /^([^:]+)(?::(\d+))?$/.exec(registry);
    const port = bracketed?.[2] ?? plain?.[2];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535 || port !== String(Number(port)))) {
        throw invalid(`registry port "${port}" must be a number from 1 to 65535`);
    }
    if (bracketed)
        return;
    const host = plain?.[1];
    if (host === undefined || host.length > 253 || !host.split('.').every((label) => HOST_LABEL.test(label))) {
        throw invalid(`registry "${registry.slice(0, 140)}" is not a host name with an optional port`);
    }
}
/** The host (and port) to send registry API requests to for a registry name. */
function registryApiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
}
/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */
function formatImageReference(reference) {
    return `${reference.registry}/${reference.repository}${reference.tag === undefined ? '' : `:${reference.tag}`}${reference.digest === undefined ? '' : `@${reference.digest}`}`;
}
/** The same repository pinned to `digest`, without the tag: what trust-kit signs. */
function withDigest(reference, digest) {
    return { registry: reference.registry, repository: reference.repository, digest };
}

;// CONCATENATED MODULE: ./lib/oci/credentials.js






/** Credentials given explicitly (inputs, flags, `GITHUB_TOKEN` for ghcr.io), keyed by registry name. */
function staticCredentials(entries) {
    const byRegistry = new Map(Object.entries(entries).map(([registry, credentials]) => [normalizeRegistryKey(registry), credentials]));
    return { credentialsFor: async (registry) => byRegistry.get(normalizeRegistryKey(registry)) };
}
/** The first source that has credentials for a registry wins: explicit inputs before docker's config, say. */
function chainCredentials(...sources) {
    return {
        async credentialsFor(registry) {
            for (const source of sources) {
                const found = await source.credentialsFor(registry);
                if (found)
                    return found;
            }
            return undefined;
        },
        close() {
            for (const source of sources)
                source.close?.();
        },
    };
}
const MAX_DOCKER_CONFIG_BYTES = 1024 * 1024;
const MAX_HELPER_OUTPUT_BYTES = 64 * 1024;
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/**
 * Credentials from a docker `config.json`, looked up as the docker CLI does: the registry's
 * `credHelpers` entry, else the `credsStore` (falling back to `auths` when the store has none),
 * else `auths` (`auth` is base64 `user:password`; `identitytoken` is a refresh token). The file is
 * checked here; helpers run, and `auths` is read again, only when a registry is asked for: its
 * passwords are kept as bytes, wiped by close(), never as the strings JSON.parse makes of them.
 */
function dockerConfigCredentials(configBytes, source, runHelper = runCredentialHelper) {
    const invalid = (why, cause) => new OciError('OCI_CREDENTIALS_INVALID', `docker config ${source} is invalid: ${why}`, {
        cause,
        hint: 'fix the file (docker login rewrites it), or point DOCKER_CONFIG at another directory',
    });
    const parse = (bytes) => {
        let config;
        try {
            // Decoded through a view, not a copy: a copy would hold every password in one more place.
            config = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
        }
        catch (error) {
            // JSON.parse's message quotes the text around the fault, which may be a password: only its position is kept.
            throw invalid(`it is not valid JSON${jsonErrorPosition(error)}`);
        }
        if (typeof config !== 'object' || config === null || Array.isArray(config))
            throw invalid('it is not a JSON object');
        return config;
    };
    const { auths = {}, credsStore, credHelpers = {} } = parse(configBytes);
    if (typeof auths !== 'object' || auths === null)
        throw invalid('"auths" is not an object');
    if (credsStore !== undefined && (typeof credsStore !== 'string' || !HELPER_NAME.test(credsStore)))
        throw invalid('"credsStore" is not a helper name');
    if (typeof credHelpers !== 'object' || credHelpers === null)
        throw invalid('"credHelpers" is not an object');
    const helpers = new Map();
    for (const [key, helper] of Object.entries(credHelpers)) {
        if (typeof helper !== 'string' || !HELPER_NAME.test(helper))
            throw invalid(`credHelpers["${key.slice(0, 100)}"] is not a helper name`);
        helpers.set(normalizeRegistryKey(key), helper);
    }
    const listed = new Set(Object.keys(auths).map(normalizeRegistryKey));
    // The caller wipes its bytes; this copy (a Buffer, so it can be wiped; Buffer.alloc, out of the shared pool) is read again for each registry asked for.
    let kept;
    if (listed.size > 0) {
        kept = Buffer.alloc(configBytes.length);
        kept.set(configBytes);
    }
    /** The `auths` entry of a registry, from a fresh parse whose strings are garbage once its secret is in protected memory. */
    const entryOf = (key) => {
        let entry;
        if (kept === undefined || !listed.has(key))
            return undefined;
        // As the map of the first reading did: of entries naming the same registry, the last wins.
        for (const [name, value] of Object.entries(parse(kept).auths))
            if (normalizeRegistryKey(name) === key)
                entry = value;
        return entry;
    };
    /** Every secret handed out, wiped by close(): a password or token is not kept past the client that asked for it. */
    const made = new Set();
    const lookUp = async (registry) => {
        const key = normalizeRegistryKey(registry);
        const helper = helpers.get(key) ?? (typeof credsStore === 'string' ? credsStore : undefined);
        if (helper !== undefined) {
            const output = await runHelper(helper, helperServerUrl(key));
            if (output !== undefined)
                return parseHelperOutput(output, helper, registry);
            if (helpers.has(key))
                return undefined;
        }
        const entry = entryOf(key);
        return entry === undefined ? undefined : parseAuthEntry(entry, `auths["${registry}"]`, invalid);
    };
    return {
        async credentialsFor(registry) {
            const found = await lookUp(registry);
            if (found !== undefined)
                made.add(found.secret);
            return found;
        },
        close() {
            for (const secret of made)
                secret.destroy();
            made.clear();
            kept?.fill(0);
        },
    };
}
/** Reads docker's config.json (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, chosen by the entry point); undefined when there is none. */
async function loadDockerConfig(path, runHelper) {
    let bytes;
    try {
        bytes = await (0,core_files/* readRegularFile */.XF)(path, { maxBytes: MAX_DOCKER_CONFIG_BYTES, what: 'docker config' });
    }
    catch (error) {
        if ((0,errors/* systemErrorCode */.vq)(error) === 'ENOENT')
            return undefined;
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new OciError('OCI_CREDENTIALS_INVALID', `docker config ${path} cannot be read: ${(0,errors/* messageOf */.bD)(error)}`, { cause: error, hint: 'check the file\'s permissions' });
    }
    try {
        return dockerConfigCredentials(bytes, path, runHelper);
    }
    finally {
        bytes.fill(0);
    }
}
function parseAuthEntry(entry, where, invalid) {
    if (typeof entry !== 'object' || entry === null)
        throw invalid(`${where} is not an object`);
    const { auth, identitytoken, username, password } = entry;
    if (typeof auth === 'string' && auth.length > 0) {
        const decoded = Buffer.from(auth, 'base64');
        try {
            const colon = decoded.indexOf(0x3a);
            if (colon <= 0)
                throw invalid(`${where}.auth is not base64 of "username:password"`);
            const user = decoded.subarray(0, colon).toString('utf8');
            if (typeof identitytoken === 'string' && identitytoken.length > 0) {
                return { username: user, secret: secrets/* SecretBuffer */.pP.from(Buffer.from(identitytoken, 'utf8')), identityToken: true };
            }
            return { username: user, secret: secrets/* SecretBuffer */.pP.from(Buffer.from(decoded.subarray(colon + 1))) };
        }
        finally {
            decoded.fill(0);
        }
    }
    if (typeof username === 'string' && typeof password === 'string' && username.length > 0) {
        return { username, secret: secrets/* SecretBuffer */.pP.from(Buffer.from(password, 'utf8')) };
    }
    // `{}` entries are what docker login leaves when a credsStore holds the secret.
    return undefined;
}
function parseHelperOutput(output, helper, registry) {
    const refused = (why) => new OciError('OCI_CREDENTIAL_HELPER_FAILED', `docker-credential-${helper} answered for ${registry} with something that is not its JSON: ${why}`, {
        hint: `run "docker-credential-${helper} get" by hand to see what it prints`,
    });
    try {
        let parsed;
        try {
            parsed = JSON.parse(output.toString('utf8'));
        }
        catch (error) {
            // Not the parser's message: it quotes the output, which holds the secret.
            throw refused(`it is not valid JSON${jsonErrorPosition(error)}`);
        }
        if (typeof parsed.Username !== 'string' || typeof parsed.Secret !== 'string' || parsed.Secret.length === 0)
            throw refused('it has no Username and Secret strings');
        // docker-credential-helpers' convention: the username "<token>" marks an identity (refresh) token.
        const identityToken = parsed.Username === '<token>';
        return { username: parsed.Username, secret: secrets/* SecretBuffer */.pP.from(Buffer.from(parsed.Secret, 'utf8')), ...(identityToken ? { identityToken } : {}) };
    }
    finally {
        output.fill(0);
    }
}
/** " at position N" from a JSON.parse error, without the text it quotes. */
function jsonErrorPosition(error) {
    const position = /position (\d+)/.exec((0,errors/* messageOf */.bD)(error))?.[1];
    return position === undefined ? '' : ` (at position ${position})`;
}
/** The key docker uses for a registry: its host, with Docker Hub under `https://index.docker.io/v1/`'s canonical name. */
function normalizeRegistryKey(key) {
    const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0]?.toLowerCase() ?? '';
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB : host;
}
function helperServerUrl(key) {
    return key === DOCKER_HUB ? 'https://index.docker.io/v1/' : key;
}
/** How long a helper that has exited may still take to hand over what it wrote before its pipes are closed. */
const HELPER_PIPE_GRACE_MS = 1000;
/**
 * Runs a docker credential helper from PATH, bounded in output and time, whatever processes it
 * leaves behind: without a shell, but on Windows through cmd.exe, which alone finds and runs a
 * helper installed as a `.cmd` shim (gcloud's) as docker does, by PATHEXT.
 */
function runCredentialHelper(helper, serverUrl, timeoutMs = 30_000, platform = process.platform) {
    const program = `docker-credential-${helper}`;
    // The name is the whole command line cmd.exe reads: nothing in it may need quoting.
    if (!HELPER_NAME.test(helper))
        return Promise.reject(new OciError('OCI_CREDENTIALS_INVALID', `"${helper.slice(0, 100)}" is not a docker credential helper name`, { hint: 'name a helper by letters, digits, ".", "_" and "-" only, as docker-credential-<name>' }));
    return new Promise((resolve, reject) => {
        const env = (0,secrets/* childEnvironment */.Qc)();
        // The helper needs its own settings (HOME, a keychain's D-Bus address, a cloud's credentials), not the job's secrets.
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'], ...(env === undefined ? {} : { env }), ...(platform === 'win32' ? { shell: true } : {}) });
        // A process the helper left running (`sleep 300 &`) holds its pipes open, and `close` waits for every holder: the pipes are
        // closed at the deadline, and soon after the helper itself has exited, so the bound holds whatever it started.
        const closePipes = () => {
            child.stdout.destroy();
            child.stderr.destroy();
        };
        // Not spawn's own `timeout`: its timer outlives a helper that could not start, holding the process for the whole timeout.
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            closePipes();
        }, timeoutMs);
        let afterExit;
        child.on('exit', () => {
            afterExit = setTimeout(closePipes, HELPER_PIPE_GRACE_MS);
        });
        const out = [];
        let outBytes = 0;
        let err = '';
        child.stdout.on('data', (chunk) => {
            outBytes += chunk.length;
            if (outBytes > MAX_HELPER_OUTPUT_BYTES)
                child.kill();
            else
                out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 4096)
                err += chunk.toString('utf8');
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new OciError('OCI_CREDENTIAL_HELPER_FAILED', `${program} cannot be run: ${(0,errors/* messageOf */.bD)(error)}`, {
                cause: error,
                hint: `install ${program} or remove it from docker's config.json (credsStore / credHelpers)`,
            }));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(afterExit);
            const stdout = Buffer.concat(out);
            out.forEach((chunk) => chunk.fill(0));
            if (code === 0 && outBytes <= MAX_HELPER_OUTPUT_BYTES)
                return resolve(stdout);
            // docker-credential-helpers print "credentials not found in native keychain" (on stdout) for an unknown server.
            const notFound = code !== 0 && (/credentials not found/i.test(err) || stdout.includes('credentials not found'));
            stdout.fill(0);
            if (notFound)
                return resolve(undefined);
            reject(
            // What the helper printed is not quoted: it may hold the very credentials it guards (a session token it calls expired),
            // which trust-kit never held and so cannot redact.
            new OciError('OCI_CREDENTIAL_HELPER_FAILED', `${program} get ${serverUrl} failed (${signal ?? `exit ${code}`}${err.trim() === '' ? ', no message' : '; its message is not shown, since it may hold credentials'})`, {
                hint: `run "echo ${serverUrl} | ${program} get" by hand to see its message; log in again if its session expired`,
            }));
        });
        // A helper that exits without reading the server URL closes its stdin under the write: EPIPE, which its exit code answers for.
        child.stdin.on('error', () => undefined);
        child.stdin.end(serverUrl);
    });
}

;// CONCATENATED MODULE: ./lib/oci/manifest.js





/** Media types of the manifests a registry serves, OCI's and Docker's. */
const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
};
/** Every manifest media type the client accepts, for the Accept header. */
const MANIFEST_MEDIA_TYPES = [
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerManifest,
    MEDIA_TYPES.dockerManifestList,
];
const INDEX_MEDIA_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
const IMAGE_MEDIA_TYPES = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
/** The largest manifest the client reads or writes: the 4 MiB registries themselves enforce. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The annotation cosign 3 and trust-kit write on a referrer (and a registry copies into its listing): when it was made. */
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
/**
 * Referrers newest first by the time their listing says they were made (RFC 3339, which sorts as
 * text in UTC), those without one after, in the registry's order: a bound on the referrers read
 * then keeps an image's latest signatures, which a registry listing by digest would leave to chance.
 */
function newestFirst(descriptors) {
    const created = (descriptor) => {
        const value = descriptor.annotations?.[CREATED_ANNOTATION];
        return value !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(value) ? value : '';
    };
    return descriptors.map((descriptor, index) => ({ descriptor, index, time: created(descriptor) })).sort((a, b) => (a.time === b.time ? a.index - b.index : a.time < b.time ? 1 : -1)).map(({ descriptor }) => descriptor);
}
/** Whether a media type is a multi-platform index. */
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.has(mediaType);
}
/**
 * Parses manifest bytes. The media type comes from the document when it names one, else from the
 * response's Content-Type; a document that names a type other than the one served is refused, as is
 * schema 1 and anything whose descriptors are malformed.
 */
function parseManifest(bytes, contentType, source) {
    // The reasons quote the document (its media types, digests, annotation keys) and the Content-Type: the registry's text.
    const hint = 'the registry returned something that is not an OCI or Docker v2 manifest; check the reference';
    // What the registry sent is quoted in `why` (a manifest holds up to 4 MiB): one printable line, bounded.
    const invalid = (why) => new OciError('OCI_MANIFEST_INVALID', `manifest ${source} is invalid: ${(0,quote/* boundedText */.LD)(why, 600)}`, { hint });
    let document;
    try {
        document = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        throw new OciError('OCI_MANIFEST_INVALID', `manifest ${source} is not JSON: ${(0,logger/* printable */.g$)(error.message)}`, { cause: error, hint });
    }
    if (!isRecord(document))
        throw invalid('it is not a JSON object');
    if (document.schemaVersion !== 2)
        throw invalid(`schemaVersion is ${(0,quote/* quoted */.TL)(document.schemaVersion)}, only 2 is supported`);
    const served = contentType?.split(';')[0]?.trim();
    const named = document.mediaType;
    if (named !== undefined && typeof named !== 'string')
        throw invalid('mediaType is not a string');
    if (named !== undefined && served !== undefined && MANIFEST_MEDIA_TYPES.includes(served) && named !== served) {
        throw invalid(`it says it is ${named} but was served as ${served}`);
    }
    const mediaType = named ?? served ?? (Array.isArray(document.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest);
    const common = {
        schemaVersion: 2,
        mediaType,
        ...optionalString(document, 'artifactType', invalid),
        ...(document.subject === undefined ? {} : { subject: parseDescriptor(document.subject, 'subject', invalid) }),
        ...(document.annotations === undefined ? {} : { annotations: parseAnnotations(document.annotations, 'annotations', invalid) }),
    };
    if (INDEX_MEDIA_TYPES.has(mediaType)) {
        if (!Array.isArray(document.manifests))
            throw invalid('an index needs a manifests array');
        const manifests = document.manifests.map((entry, i) => parseDescriptor(entry, `manifests[${i}]`, invalid));
        return { kind: 'index', manifest: { ...common, manifests } };
    }
    if (IMAGE_MEDIA_TYPES.has(mediaType)) {
        if (!Array.isArray(document.layers))
            throw invalid('an image manifest needs a layers array');
        const config = parseDescriptor(document.config, 'config', invalid);
        const layers = document.layers.map((entry, i) => parseDescriptor(entry, `layers[${i}]`, invalid));
        return { kind: 'image', manifest: { ...common, config, layers } };
    }
    throw invalid(`media type ${mediaType} is not one of ${MANIFEST_MEDIA_TYPES.join(', ')}`);
}
function parseDescriptor(value, where, invalid) {
    if (!isRecord(value))
        throw invalid(`${where} is not an object`);
    const { mediaType, digest, size } = value;
    if (typeof mediaType !== 'string' || mediaType.length === 0)
        throw invalid(`${where}.mediaType is missing`);
    if (typeof digest !== 'string')
        throw invalid(`${where}.digest is missing`);
    try {
        parseDigestReference(digest);
    }
    catch (error) {
        if (!(0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw invalid(`${where}.digest: ${error.message}`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        throw invalid(`${where}.size is not a non-negative integer`);
    let platform;
    if (value.platform !== undefined) {
        const p = value.platform;
        if (!isRecord(p) || typeof p.architecture !== 'string' || typeof p.os !== 'string' || (p.variant !== undefined && typeof p.variant !== 'string')) {
            throw invalid(`${where}.platform needs string architecture and os`);
        }
        platform = { architecture: p.architecture, os: p.os, ...(typeof p.variant === 'string' ? { variant: p.variant } : {}) };
    }
    return {
        mediaType,
        digest,
        size,
        ...optionalString(value, 'artifactType', invalid),
        ...(value.annotations === undefined ? {} : { annotations: parseAnnotations(value.annotations, `${where}.annotations`, invalid) }),
        ...(platform === undefined ? {} : { platform }),
    };
}
function parseAnnotations(value, where, invalid) {
    if (!isRecord(value))
        throw invalid(`${where} is not an object`);
    const annotations = {};
    for (const [key, entry] of Object.entries(value)) {
        if (typeof entry !== 'string')
            throw invalid(`${where}[${JSON.stringify(key.slice(0, 100))}] is not a string`);
        annotations[key] = entry;
    }
    return annotations;
}
function optionalString(record, key, invalid) {
    const value = record[key];
    if (value === undefined)
        return {};
    if (typeof value !== 'string')
        throw invalid(`${key} is not a string`);
    return { [key]: value };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./lib/core/capped-body.js
var capped_body = __webpack_require__(36911);
// EXTERNAL MODULE: ./lib/core/proxied-fetch.js
var proxied_fetch = __webpack_require__(25643);
;// CONCATENATED MODULE: ./lib/oci/transport.js










/** A transport over node:http and node:https with keep-alive connections. */
function nodeTransport(options) {
    const httpOptions = { keepAlive: true, maxSockets: 16 };
    const ca = options.ca === undefined ? undefined : Array.isArray(options.ca) ? options.ca : [options.ca];
    // Giving `ca` replaces the process's default trust; the extra authorities are meant to add to it. Not
    // `rootCertificates`, the bundled roots alone: a runner's NODE_EXTRA_CA_CERTS (a TLS-inspecting proxy's CA) would be dropped.
    const httpsOptions = { ...httpOptions, ...(ca === undefined ? {} : { ca: [...(0,external_node_tls_.getCACertificates)('default'), ...ca] }), rejectUnauthorized: options.skipTlsVerify !== true };
    const http = new external_node_http_.Agent(httpOptions);
    const https = new external_node_https_.Agent(httpsOptions);
    // A registry behind the proxy is reached through it with the same TLS trust (checked at the registry, through the tunnel).
    const proxied = new core_proxy/* ProxyAgents */.LT(options.proxy ?? core_proxy/* NO_PROXY_SETTINGS */.JB, { http: httpOptions, https: httpsOptions, tunnelTimeoutMs: options.timeoutMs });
    return {
        send(request) {
            return new Promise((resolve, reject) => {
                const secure = request.url.protocol === 'https:';
                const send = secure ? external_node_https_.request : external_node_http_.request;
                const body = request.body;
                const headers = { 'user-agent': options.userAgent, ...request.headers };
                if (body instanceof Uint8Array)
                    headers['content-length'] = String(body.byteLength);
                else if (body === undefined && request.method !== 'GET' && request.method !== 'HEAD')
                    headers['content-length'] = '0';
                // The socket's idle timeout alone would wait forever for header lines that trickle in one by one;
                // the answer is due within the timeout once the request is sent (an upload may take longer to send).
                let deadline;
                let answered = false;
                const agent = proxied.agentFor(request.url);
                // A failure through a proxy names it: a tunnel it closed during the TLS handshake says only "socket disconnected".
                const proxy = agent === undefined ? undefined : (0,core_proxy/* proxyFor */.iJ)(request.url, proxied.settings);
                const outgoing = send(request.url, { method: request.method, agent: agent ?? (secure ? https : http), timeout: options.timeoutMs }, (response) => {
                    answered = true;
                    clearTimeout(deadline);
                    resolve({ status: response.statusCode ?? 0, url: request.url, headers: response.headers, body: response });
                });
                (0,proxied_fetch/* setHeaders */.lL)(outgoing, headers);
                outgoing.on('finish', () => {
                    if (!answered)
                        deadline = setTimeout(() => outgoing.destroy(timedOut(`no complete answer from ${request.url.host} within ${options.timeoutMs} ms of the request`)), options.timeoutMs);
                });
                outgoing.on('timeout', () => {
                    outgoing.destroy(timedOut(`no answer from ${request.url.host} within ${options.timeoutMs} ms`));
                });
                outgoing.on('error', (error) => {
                    clearTimeout(deadline);
                    reject((0,proxied_fetch/* throughProxy */.EU)(error, proxy));
                });
                if (body === undefined)
                    outgoing.end();
                else if (body instanceof Uint8Array)
                    outgoing.end(body);
                else
                    (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(body()), outgoing).catch((error) => outgoing.destroy(error));
            });
        },
        close() {
            http.destroy();
            https.destroy();
            proxied.destroy();
        },
    };
}
/**
 * Reads a whole response body, refusing one larger than `maxBytes` before and while it arrives, and
 * abandoning one that has not ended within `timeoutMs` while arriving slower than
 * MIN_TRANSFER_BYTES_PER_SECOND (core/transfer-rate) on average (an ETIMEDOUT failure, which is retried): each byte
 * within the idle timeout, a trickle would otherwise hold the read for as long as the cap allows.
 */
async function readBody(response, maxBytes, what, timeoutMs) {
    const watch = watchTransferRate(timeoutMs, (detail) => response.body.destroy(timedOut(`${what} from ${response.url.host} came ${detail}`)));
    async function* counted() {
        for await (const chunk of response.body) {
            watch.moved(chunk.length);
            yield chunk;
        }
    }
    try {
        return await (0,capped_body/* readCapped */.E)({ chunks: counted(), declaredLength: response.headers['content-length'], close: () => response.body.destroy() }, maxBytes, () => tooLarge(what, maxBytes));
    }
    finally {
        watch.stop();
    }
}
/** Reads and drops a body (at most a small one, within `timeoutMs`), so the connection can serve the next request. */
async function discardBody(response, timeoutMs) {
    try {
        await readBody(response, 64 * 1024, 'an ignored response', timeoutMs);
    }
    catch {
        response.body.destroy();
    }
}
function timedOut(message) {
    return Object.assign(new Error(message), { code: 'ETIMEDOUT' });
}
function tooLarge(what, maxBytes) {
    return new OciError('OCI_TOO_LARGE', `${what} is larger than ${maxBytes} bytes`, {
        hint: 'the registry sent more than trust-kit reads for this kind of content; check the reference, or raise the limit if the content is genuine',
    });
}

;// CONCATENATED MODULE: ./lib/oci/client.js


















const MAX_ERROR_BODY_BYTES = 64 * 1024;
const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 5;
const MAX_REFERRER_PAGES = 64;
/**
 * The most referrers one listing holds across its pages: an image re-signed daily for years has a
 * few thousand; 64 pages of 4 MiB hold millions of descriptors, and a gigabyte of memory with them.
 */
const MAX_REFERRERS = 10_000;
/**
 * Referrers whose type is looked up in their own manifest, at most, per listing, newest first:
 * go-containerregistry's registry lists every referrer with the empty config's type, so on it this
 * bounds the referrers of any type an image may have before one is missed (and reported).
 */
const MAX_ARTIFACT_TYPE_LOOKUPS = 1024;
/** The errors of a referrer's manifest that its content causes, which whoever pushed it chose: the lookup of its type is then unresolved, not the listing's failure. */
const UNRESOLVED_LOOKUP_CODES = new Set(['OCI_MANIFEST_INVALID', 'OCI_TOO_LARGE', 'OCI_DIGEST_MISMATCH']);
const TOKEN_REFRESH_MARGIN_MS = 10_000;
/** A token fit for `Authorization: Bearer`: visible ASCII, no space (RFC 6750's b64token and the JWTs registries issue are within it). */
const BEARER_TOKEN = /^[\x21-\x7e]+$/;
/** No token service issues a shorter token; one would be masked in the log wherever its letters occur. */
const MIN_TOKEN_LENGTH = 4;
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE']);
// Node's codes for a certificate chain it could not verify or a name it does not cover.
const TLS_TRUST_CODES = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_UNTRUSTED']);
/**
 * A client of the OCI distribution API for many registries at once: challenge-driven auth (Basic,
 * Bearer token services), manifests and blobs checked against their digests, uploads (monolithic,
 * chunked, cross-repository mounts), referrers (API or tag schema), and retries within a budget.
 */
class RegistryClient {
    #credentials;
    #plainHttp;
    #retry;
    #sleep;
    #transport;
    #auth = new Map();
    #credentialLookups = new Map();
    #totalBudgetMs;
    #spentMs = 0;
    constructor(options = {}) {
        this.#credentials = options.credentials;
        this.#plainHttp = typeof options.plainHttp === 'boolean' || options.plainHttp === undefined ? options.plainHttp === true : new Set(options.plainHttp);
        this.#retry = options.retry ?? core_retry/* DEFAULT_RETRY_POLICY */.cO;
        this.#sleep = options.sleep;
        this.#totalBudgetMs = options.totalBudgetMs;
        this.#transport =
            options.transport ??
                nodeTransport({
                    timeoutMs: this.#retry.timeoutMs,
                    userAgent: `trust-kit/${version/* VERSION */.x}`,
                    ...(options.ca === undefined ? {} : { ca: options.ca }),
                    ...(options.skipTlsVerify === undefined ? {} : { skipTlsVerify: options.skipTlsVerify }),
                    ...(options.proxy === undefined ? {} : { proxy: options.proxy }),
                });
    }
    /** Closes the client's connections (call it when done, so the process can exit) and wipes its tokens and the credentials its source made. */
    close() {
        this.#transport.close();
        this.#credentials?.close?.();
        for (const state of this.#auth.values())
            forgetTokens(state);
    }
    /**
     * Fetches the manifest a reference names (its digest when it has one, else its tag) and pins it:
     * the digest is computed from the bytes received. A manifest whose bytes do not hash to the digest
     * asked for, or to the digest the registry claims for a tag, is refused.
     */
    async getManifest(reference, accept = MANIFEST_MEDIA_TYPES) {
        const target = reference.digest === undefined ? checkedTag(reference.tag ?? 'latest') : normalizedDigest(reference.digest);
        reference = reference.digest === undefined ? reference : { ...reference, digest: target };
        const shown = formatImageReference(reference);
        return this.#withRetry(`GET manifest ${shown}`, async () => {
            const response = await this.#call(reference, {
                method: 'GET',
                url: this.#url(reference, `/manifests/${target}`),
                headers: { accept: accept.join(', ') },
                scopes: [repositoryScope(reference.repository, 'pull')],
            });
            await this.#expect(response, [200], `manifest ${shown}`);
            const bytes = await this.#read(response, MAX_MANIFEST_BYTES, `manifest ${shown}`);
            const algorithm = reference.digest === undefined ? 'sha256' : parseDigestReference(reference.digest).algorithm;
            const digest = `${algorithm}:${digestBytes(algorithm, bytes)}`;
            const claimed = header(response, 'docker-content-digest');
            if (reference.digest !== undefined && digest !== reference.digest)
                throw digestMismatch(`manifest ${shown}`, reference.digest, digest);
            if (claimed !== undefined && claimed.startsWith(`${algorithm}:`) && claimed !== digest)
                throw digestMismatch(`manifest ${shown}`, claimed, digest);
            const manifest = parseManifest(bytes, header(response, 'content-type'), shown);
            return { reference: withDigest(reference, digest), bytes, mediaType: manifest.manifest.mediaType, manifest };
        });
    }
    /** Resolves a reference to the digest of its manifest, once: what is signed and printed. */
    async resolve(reference) {
        return this.getManifest(reference);
    }
    /**
     * Uploads a manifest under a tag or its own digest and returns its digest, and the subject the
     * registry says it recorded (the OCI-Subject header of registries with the referrers API).
     */
    async putManifest(repository, bytes, mediaType, tag) {
        if (bytes.byteLength > MAX_MANIFEST_BYTES) {
            throw new OciError('OCI_TOO_LARGE', `manifest for ${repository.registry}/${repository.repository} is ${bytes.byteLength} bytes, more than the ${MAX_MANIFEST_BYTES} registries accept`, {
                hint: 'split the index or drop annotations',
            });
        }
        const digest = `sha256:${digestBytes('sha256', bytes)}`;
        const target = tag === undefined ? digest : checkedTag(tag);
        const shown = `${repository.registry}/${repository.repository}${tag === undefined ? `@${digest}` : `:${tag}`}`;
        return this.#withRetry(`PUT manifest ${shown}`, async () => {
            const response = await this.#call(repository, {
                method: 'PUT',
                url: this.#url(repository, `/manifests/${target}`),
                headers: { 'content-type': mediaType },
                body: bytes,
                scopes: [repositoryScope(repository.repository, 'pull,push')],
            });
            await this.#expect(response, [201, 200], `manifest ${shown}`);
            await this.#discard(response);
            const stored = header(response, 'docker-content-digest');
            if (stored !== undefined && stored.startsWith('sha256:') && stored !== digest)
                throw digestMismatch(`stored manifest ${shown}`, digest, stored);
            const subjectDigest = header(response, 'oci-subject');
            return { digest, ...(subjectDigest === undefined ? {} : { subjectDigest }) };
        });
    }
    /** Whether the repository holds a blob, by HEAD. */
    async blobExists(repository, digest) {
        digest = normalizedDigest(digest);
        return this.#withRetry(`HEAD blob ${digest}`, async () => {
            const response = await this.#call(repository, {
                method: 'HEAD',
                url: this.#url(repository, `/blobs/${digest}`),
                scopes: [repositoryScope(repository.repository, 'pull')],
            });
            response.body.resume();
            if (response.status === 404)
                return false;
            await this.#expect(response, [200], `blob ${digest}`);
            return true;
        });
    }
    /** Reads a whole blob of at most `maxBytes`, checked against its digest. */
    async readBlob(repository, digest, maxBytes) {
        digest = normalizedDigest(digest);
        return this.#withRetry(`GET blob ${digest}`, async () => {
            const response = await this.#openBlobResponse(repository, digest);
            const bytes = await this.#read(response, maxBytes, `blob ${digest}`);
            const { algorithm } = parseDigestReference(digest);
            const actual = `${algorithm}:${digestBytes(algorithm, bytes)}`;
            if (actual !== digest)
                throw digestMismatch(`blob ${repository.registry}/${repository.repository}@${digest}`, digest, actual);
            return bytes;
        });
    }
    /**
     * Streams a blob: the stream errors with OCI_TOO_LARGE past `maxBytes`, with OCI_NETWORK when it
     * has come slower than MIN_TRANSFER_BYTES_PER_SECOND (core/transfer-rate) on average past the
     * attempt's timeout, and with OCI_DIGEST_MISMATCH at its end when the bytes do not hash to
     * `digest`; consume it to the end before trusting anything read from it.
     */
    async openBlob(repository, digest, maxBytes, bound = 'limit') {
        digest = normalizedDigest(digest);
        const response = await this.#withRetry(`GET blob ${digest}`, () => this.#openBlobResponse(repository, digest));
        const declared = Number(response.headers['content-length']);
        // `declared`: maxBytes is the size the (digest-checked) manifest gives the blob, so more is another blob than the image's, not a limit to raise.
        const tooLarge = (size) => {
            const is = size === undefined ? 'is larger than' : `is ${size} bytes, more than`;
            return bound === 'declared'
                ? new OciError('OCI_DIGEST_MISMATCH', `blob ${digest} of ${repository.registry}/${repository.repository} ${is} the ${maxBytes} its manifest declares`, { hint: "the registry serves other bytes than the image's manifest names: the blob was altered or damaged; report it to the registry's operators" })
                : new OciError('OCI_TOO_LARGE', `blob ${digest} ${is} the ${maxBytes} bytes allowed`, { hint: 'check the reference, or raise the limit if the content is genuine' });
        };
        if (Number.isFinite(declared) && declared > maxBytes) {
            response.body.destroy();
            throw tooLarge(String(declared));
        }
        const { algorithm } = parseDigestReference(digest);
        const hash = (0,external_node_crypto_.createHash)(algorithm);
        let total = 0;
        // Each byte within the idle timeout, a trickle would hold the caller for as long as the size cap allows: it is abandoned as a whole body read is.
        const watch = watchTransferRate(this.#retry.timeoutMs, (detail) => verifying.destroy(new OciError('OCI_NETWORK', `blob ${digest} from ${response.url.host} came ${detail}`, { hint: 'the registry or the network is failing; check them and try again' })));
        const verifying = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                watch.moved(chunk.length);
                total += chunk.length;
                if (total > maxBytes) {
                    callback(tooLarge());
                    return;
                }
                hash.update(chunk);
                callback(null, chunk);
            },
            flush(callback) {
                const actual = `${algorithm}:${hash.digest('hex')}`;
                callback(actual === digest ? null : digestMismatch(`blob ${repository.registry}/${repository.repository}@${digest}`, digest, actual));
            },
        });
        // A connection that breaks off mid-body (reset, closed early, idle past the transport's timeout) is the network's failure, said so;
        // the blob's bytes are being read by then, so it is not retried: the command fails, and a run again fetches it whole.
        response.body.on('error', (error) => verifying.destroy((0,errors/* isTrustKitError */.Nf)(error)
            ? error
            : new OciError('OCI_NETWORK', `blob ${digest} from ${response.url.host}: the connection broke off after ${total} bytes (${(0,logger/* printable */.g$)((0,errors/* messageOf */.bD)(error))})`, { cause: error, hint: 'the registry or the network failed while the layer was read; check them and run the command again' })));
        // Held back by the reader (an image SBOM cataloging a layer), the body is paused: that time is not the registry's.
        response.body.on('pause', () => watch.hold());
        response.body.on('resume', () => watch.release());
        verifying.on('close', () => {
            watch.stop();
            // A stream given up on (by the watch or the caller) closes the connection it came on instead of leaving it to send on.
            if (!response.body.readableEnded)
                response.body.destroy();
        });
        return response.body.pipe(verifying);
    }
    /**
     * Pushes a blob unless the repository has it: by mounting it from another repository when asked
     * and the registry agrees, else by one PUT or in PATCH chunks. A failed upload session is started
     * again from the beginning within the retry budget.
     */
    async pushBlob(repository, blob, options = {}) {
        parseDigestReference(blob.digest);
        if (await this.blobExists(repository, blob.digest))
            return 'exists';
        const scopes = [repositoryScope(repository.repository, 'pull,push'), ...(options.mountFrom === undefined ? [] : [repositoryScope(options.mountFrom, 'pull')])];
        const shown = `blob ${blob.digest} to ${repository.registry}/${repository.repository}`;
        return this.#withRetry(`push ${shown}`, async () => {
            const start = this.#url(repository, '/blobs/uploads/');
            if (options.mountFrom !== undefined) {
                start.searchParams.set('mount', blob.digest);
                start.searchParams.set('from', options.mountFrom);
            }
            const started = await this.#call(repository, { method: 'POST', url: start, scopes });
            await this.#expect(started, options.mountFrom === undefined ? [202] : [201, 202], `upload of ${shown}`);
            await this.#discard(started);
            if (started.status === 201)
                return 'mounted';
            let location = this.#location(started, `upload of ${shown}`);
            if (options.chunkBytes === undefined) {
                const put = withQuery(location, 'digest', blob.digest);
                const done = await this.#call(repository, {
                    method: 'PUT',
                    url: put,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) },
                    body: () => blob.open(),
                    scopes,
                });
                await this.#expect(done, [201], `upload of ${shown}`);
                await this.#discard(done);
                return 'uploaded';
            }
            let offset = 0;
            for await (const chunk of rechunk(blob.open(), Math.max(1, options.chunkBytes))) {
                const patched = await this.#call(repository, {
                    method: 'PATCH',
                    url: location,
                    headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
                    body: chunk,
                    scopes,
                });
                await this.#expect(patched, [202], `chunk at ${offset} of ${shown}`);
                await this.#discard(patched);
                location = this.#location(patched, `upload of ${shown}`);
                offset += chunk.length;
            }
            if (offset !== blob.size) {
                throw new OciError('OCI_SIZE_MISMATCH', `${shown}: its source gave ${offset} bytes, ${blob.size} were announced`, { hint: 'the blob changed while it was pushed; build it again' });
            }
            const done = await this.#call(repository, { method: 'PUT', url: withQuery(location, 'digest', blob.digest), scopes });
            await this.#expect(done, [201], `upload of ${shown}`);
            await this.#discard(done);
            return 'uploaded';
        });
    }
    /**
     * The artifacts that refer to a manifest: from the referrers API when the registry serves it, else
     * from the `sha256-<hex>` tag index of the referrers tag schema; filtered by artifact type when one
     * is given (by the registry when it says it filtered, else here).
     */
    async referrers(subject, artifactType) {
        const fromApi = await this.#referrersFromApi(subject, artifactType);
        if (fromApi !== undefined) {
            return fromApi.filtered ? { descriptors: fromApi.descriptors, via: 'api', unresolved: [] } : { ...(await this.#ofType(subject, fromApi.descriptors, artifactType)), via: 'api' };
        }
        let index;
        try {
            index = await this.#fallbackIndex(subject);
        }
        catch (error) {
            // The tag is anyone's to write who may push: what it holds instead of an index hides no referrer the API would list, and is said.
            if ((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'OCI_MANIFEST_INVALID')
                return { descriptors: [], via: 'tag', unresolved: [{ source: fallbackTag(subject.digest), reason: `${error.code}: ${error.message}` }] };
            throw error;
        }
        return { ...(await this.#ofType(subject, index?.manifests ?? [], artifactType)), via: 'tag' };
    }
    /**
     * The descriptors of an artifact type. A descriptor that names no type, or the empty config's
     * (go-containerregistry's registry lists the config's media type there), is looked up, newest
     * first: its manifest's artifactType, else its config's media type, as the spec derives it. One
     * whose manifest is not found is left out; one whose manifest cannot be read, and those past
     * {@link MAX_ARTIFACT_TYPE_LOOKUPS}, are unresolved.
     */
    async #ofType(subject, descriptors, artifactType) {
        if (artifactType === undefined)
            return { descriptors: [...descriptors], unresolved: [] };
        const typed = [];
        const unresolved = [];
        let lookups = 0;
        let notLookedUp = 0;
        for (const descriptor of newestFirst(descriptors)) {
            let type = descriptor.artifactType;
            if (type === undefined || type === MEDIA_TYPES.ociEmpty) {
                if (lookups === MAX_ARTIFACT_TYPE_LOOKUPS) {
                    notLookedUp += 1;
                    continue;
                }
                lookups += 1;
                let fetched;
                try {
                    fetched = await this.getManifest({ registry: subject.registry, repository: subject.repository, digest: descriptor.digest });
                }
                catch (error) {
                    // A referrer deleted after the tag schema's index listed it (or a registry's stale listing) is of no type: the others are still listed.
                    if ((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'OCI_NOT_FOUND')
                        continue;
                    // What anyone who may push could have written (an invalid manifest, one too large) keeps the others from being read only if thrown.
                    if ((0,errors/* isTrustKitError */.Nf)(error) && UNRESOLVED_LOOKUP_CODES.has(error.code)) {
                        unresolved.push({ source: `referrer ${descriptor.digest}`, reason: `${error.code}: ${error.message}` });
                        continue;
                    }
                    throw error;
                }
                type = fetched.manifest.manifest.artifactType ?? (fetched.manifest.kind === 'image' ? fetched.manifest.manifest.config.mediaType : undefined);
            }
            if (type === artifactType)
                typed.push({ ...descriptor, artifactType: type });
        }
        if (notLookedUp > 0) {
            unresolved.push({ source: `referrers of ${formatImageReference(subject)}`, reason: `${notLookedUp} more listed with no artifact type were not looked at: only the newest ${MAX_ARTIFACT_TYPE_LOOKUPS} such are` });
        }
        return { descriptors: typed, unresolved };
    }
    /**
     * Pushes an artifact manifest whose `subject` is `subject` and makes it discoverable: registries
     * with the referrers API index it themselves; for the others the `sha256-<hex>` tag index is read,
     * extended and written back (a read-modify-write: two writers at once can lose an entry, as with
     * every client of the tag schema).
     */
    async pushReferrer(subject, bytes, mediaType) {
        const shown = formatImageReference(subject);
        const parsed = parseManifest(bytes, mediaType, `referrer of ${shown}`);
        if (parsed.manifest.subject?.digest !== subject.digest) {
            throw new OciError('OCI_MANIFEST_INVALID', `the referrer pushed for ${shown} names ${parsed.manifest.subject?.digest ?? 'no subject'} as its subject`, {
                hint: 'this is a bug in the code that built the artifact manifest',
            });
        }
        const { digest, subjectDigest } = await this.putManifest(subject, bytes, mediaType);
        // Whether the API is there is the answer to its first page: the listing itself is not needed, however long.
        if (subjectDigest === subject.digest || (await this.#referrersFromApi(subject, undefined, { firstPageOnly: true })) !== undefined)
            return { digest, via: 'api' };
        const artifactType = parsed.manifest.artifactType ?? (parsed.kind === 'image' ? parsed.manifest.config.mediaType : undefined);
        const entry = {
            mediaType,
            digest,
            size: bytes.byteLength,
            ...(artifactType === undefined ? {} : { artifactType }),
            ...(parsed.manifest.annotations === undefined ? {} : { annotations: parsed.manifest.annotations }),
        };
        const current = await this.#fallbackIndex(subject);
        const manifests = current?.manifests ?? [];
        if (manifests.some((descriptor) => descriptor.digest === digest))
            return { digest, via: 'tag' };
        const index = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [...manifests, entry] };
        await this.putManifest(subject, Buffer.from(JSON.stringify(index)), MEDIA_TYPES.ociIndex, fallbackTag(subject.digest));
        return { digest, via: 'tag' };
    }
    async #referrersFromApi(subject, artifactType, options = {}) {
        const shown = `referrers of ${formatImageReference(subject)}`;
        return this.#withRetry(`GET ${shown}`, async () => {
            let url = this.#url(subject, `/referrers/${subject.digest}`);
            if (artifactType !== undefined)
                url.searchParams.set('artifactType', artifactType);
            const descriptors = [];
            let filtered = artifactType !== undefined;
            for (let page = 0; url !== undefined; page += 1) {
                if (page === MAX_REFERRER_PAGES) {
                    throw new OciError('OCI_TOO_LARGE', `${shown} run past ${MAX_REFERRER_PAGES} pages`, { hint: 'the registry keeps linking to further pages; report it to its operators' });
                }
                const response = await this.#call(subject, { method: 'GET', url, headers: { accept: MEDIA_TYPES.ociIndex }, scopes: [repositoryScope(subject.repository, 'pull')] });
                // A registry without the API answers 404 (or 405/400 for the unknown route) for the path.
                if (page === 0 && [404, 405, 400].includes(response.status)) {
                    await this.#discard(response);
                    return undefined;
                }
                await this.#expect(response, [200], shown);
                const bytes = await this.#read(response, MAX_MANIFEST_BYTES, shown);
                const parsed = parseManifest(bytes, MEDIA_TYPES.ociIndex, shown);
                if (parsed.kind !== 'index')
                    throw new OciError('OCI_MANIFEST_INVALID', `${shown} is not an image index`, { hint: 'report it to the registry\'s operators' });
                if (descriptors.length + parsed.manifest.manifests.length > MAX_REFERRERS) {
                    throw new OciError('OCI_TOO_LARGE', `${shown} list more than ${MAX_REFERRERS} referrers (${descriptors.length + parsed.manifest.manifests.length} in the first ${page + 1} page(s))`, {
                        hint: 'the image has more signatures and attestations attached than a verifier reads; remove stale ones, or report the registry\'s listing to its operators',
                    });
                }
                descriptors.push(...parsed.manifest.manifests);
                filtered &&= (header(response, 'oci-filters-applied') ?? '').split(',').map((value) => value.trim()).includes('artifactType');
                url = options.firstPageOnly === true ? undefined : nextPage(response, url, shown);
            }
            return { descriptors, filtered };
        });
    }
    async #fallbackIndex(subject) {
        try {
            const fetched = await this.getManifest({ registry: subject.registry, repository: subject.repository, tag: fallbackTag(subject.digest) }, [MEDIA_TYPES.ociIndex]);
            if (fetched.manifest.kind !== 'index') {
                throw new OciError('OCI_MANIFEST_INVALID', `referrers tag ${fallbackTag(subject.digest)} of ${formatImageReference(subject)} holds an image manifest, not an index`, {
                    hint: 'something else wrote that tag; remove it so the tag schema can be used',
                });
            }
            return fetched.manifest.manifest;
        }
        catch (error) {
            if ((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'OCI_NOT_FOUND')
                return undefined;
            throw error;
        }
    }
    async #openBlobResponse(repository, digest) {
        parseDigestReference(digest);
        const response = await this.#call(repository, {
            method: 'GET',
            url: this.#url(repository, `/blobs/${digest}`),
            scopes: [repositoryScope(repository.repository, 'pull')],
        });
        await this.#expect(response, [200], `blob ${digest}`);
        return response;
    }
    /** A whole body of at most `maxBytes`; one that trickles in (slower than a slow link) is abandoned after the attempt's timeout, not waited for. */
    #read(response, maxBytes, what) {
        return readBody(response, maxBytes, what, this.#retry.timeoutMs);
    }
    #discard(response) {
        return discardBody(response, this.#retry.timeoutMs);
    }
    /**
     * The registry's API origin for a repository, as URL.origin writes it (the scheme's default port
     * left out): compared with the origin of each URL requested, `host:443` would never equal it, and
     * the registry's challenge would go unanswered.
     */
    #origin(registry) {
        const plain = this.#plainHttp === true || (this.#plainHttp instanceof Set && this.#plainHttp.has(registry));
        return new URL(`${plain ? 'http' : 'https'}://${registryApiHost(registry)}`).origin;
    }
    #url(repository, path) {
        // Names built by hand (not parsed from a reference) are checked too: they become a URL path.
        if (!REPOSITORY_NAME.test(repository.repository) || repository.repository.length > 255) {
            throw new OciError('OCI_REFERENCE_INVALID', `repository name "${repository.repository.slice(0, 200)}" is invalid`, { hint: 'repositories are lowercase path components separated by /' });
        }
        return new URL(`${this.#origin(repository.registry)}/v2/${repository.repository}${path}`);
    }
    #location(response, what) {
        const location = header(response, 'location');
        if (location === undefined)
            throw new OciError('OCI_REGISTRY_ERROR', `${what}: the registry gave no Location to upload to`, { status: response.status, hint: 'report it to the registry\'s operators' });
        const next = URL.parse(location, response.url.href);
        if (next === null)
            throw new OciError('OCI_REGISTRY_ERROR', `${what}: the registry gave an upload Location that is not a URL`, { status: response.status, hint: 'report it to the registry\'s operators' });
        // A registry behind a TLS proxy that does not say so (X-Forwarded-Proto) hands out http:// upload URLs: the upload would leave TLS, and fail there without the credentials.
        if (response.url.protocol === 'https:' && next.protocol !== 'https:') {
            throw new OciError('OCI_INSECURE', `${what}: ${response.url.host} gave an upload location on ${next.protocol}//${next.host}, leaving TLS`, {
                hint: 'the registry or a proxy in front of it builds plain-HTTP upload URLs (a TLS proxy that does not set X-Forwarded-Proto); fix its configuration',
            });
        }
        return next;
    }
    /**
     * One request with auth and redirects: answers a 401 challenge once (Basic, or a token from the
     * Bearer token service for the scopes), follows redirects of GET and HEAD, and sends the
     * Authorization header only to the registry's own origin.
     */
    async #call(repository, call) {
        const origin = this.#origin(repository.registry);
        const state = this.#stateOf(repository.registry);
        let scopes = call.scopes;
        let answeredChallenge = false;
        for (;;) {
            const authorization = await this.#authorization(repository.registry, state, scopes);
            const response = await this.#follow({ method: call.method, url: call.url, headers: call.headers ?? {}, ...(call.body === undefined ? {} : { body: call.body }) }, origin, authorization?.header);
            // A 401 from where a redirect led (blob storage on another origin) is that host's, not a challenge of the registry: its realm would get the registry's credentials.
            if (response.status !== 401 || answeredChallenge || response.url.origin !== origin)
                return response;
            const challengeHeader = header(response, 'www-authenticate');
            await this.#discard(response);
            if (challengeHeader === undefined)
                return { ...response, body: emptyBody() };
            const challenge = parseChallenges(challengeHeader).find((candidate) => candidate.scheme === 'bearer' || candidate.scheme === 'basic');
            if (challenge === undefined)
                return { ...response, body: emptyBody() };
            state.challenge = challenge;
            // The scope this 401 names is for this request only; later requests name their own.
            scopes = [...scopes, ...(challenge.params.scope ?? '').split(' ').filter((scope) => scope.length > 0)];
            if (challenge.params.error === 'insufficient_scope')
                forgetTokens(state);
            // A token refused before its expires_in (revoked, or a service that overstates it) would otherwise be sent again, and refused, until it expires.
            for (const [key, token] of state.tokens) {
                if (token !== authorization?.token)
                    continue;
                state.tokens.delete(key);
                token.secret.destroy();
            }
            answeredChallenge = true;
        }
    }
    async #follow(request, origin, authorization) {
        let current = request;
        for (let hop = 0;; hop += 1) {
            const sameOrigin = current.url.origin === origin;
            const headers = { ...current.headers, ...(authorization !== undefined && sameOrigin ? { authorization } : {}) };
            const response = await this.#transport.send({ ...current, headers });
            const redirect = [301, 302, 303, 307, 308].includes(response.status) && (current.method === 'GET' || current.method === 'HEAD');
            if (!redirect)
                return response;
            await this.#discard(response);
            const location = header(response, 'location');
            if (location === undefined || hop === MAX_REDIRECTS) {
                throw new OciError('OCI_REDIRECT_INVALID', `${current.method} ${current.url.host}${current.url.pathname}: ${location === undefined ? 'a redirect without a Location' : `more than ${MAX_REDIRECTS} redirects`}`, {
                    hint: 'report it to the registry\'s operators',
                });
            }
            const next = URL.parse(location, current.url.href);
            if (next === null) {
                throw new OciError('OCI_REDIRECT_INVALID', `${current.method} ${current.url.host}${current.url.pathname}: redirected to a Location that is not a URL`, { hint: 'the registry or a proxy in front of it answers with a redirect no registry client can follow; report it to its operators' });
            }
            // file:, data: and the like are no place a registry serves from: said of the registry, not taken for a network failure.
            if (next.protocol !== 'https:' && next.protocol !== 'http:') {
                throw new OciError('OCI_REDIRECT_INVALID', `${current.method} ${current.url.host}${current.url.pathname}: redirected to a ${next.protocol} URL, which is not HTTP(S)`, { hint: 'the registry or a proxy in front of it answers with a redirect no registry client follows; report it to its operators' });
            }
            if (current.url.protocol === 'https:' && next.protocol !== 'https:') {
                throw new OciError('OCI_INSECURE', `${current.url.host} redirected to ${next.protocol}//${next.host}, leaving TLS`, { hint: 'the registry or a proxy in front of it redirects to plain HTTP; refuse it and report it' });
            }
            current = { method: current.method, url: next, headers: current.headers };
        }
    }
    #stateOf(registry) {
        let state = this.#auth.get(registry);
        if (state === undefined) {
            state = { tokens: new Map() };
            this.#auth.set(registry, state);
        }
        return state;
    }
    async #credentialsFor(registry) {
        if (this.#credentials === undefined)
            return undefined;
        let lookup = this.#credentialLookups.get(registry);
        if (lookup === undefined) {
            lookup = this.#credentials.credentialsFor(registry);
            this.#credentialLookups.set(registry, lookup);
        }
        return lookup;
    }
    async #authorization(registry, state, scopes) {
        const challenge = state.challenge;
        if (challenge === undefined)
            return undefined;
        if (challenge.scheme === 'basic') {
            if (state.basic === undefined) {
                const credentials = await this.#credentialsFor(registry);
                if (credentials === undefined || credentials.identityToken === true)
                    return undefined;
                if (!this.#origin(registry).startsWith('https:') && !isLoopback(registryApiHost(registry))) {
                    throw new OciError('OCI_INSECURE', `${registry} asks for a password over plain HTTP`, { hint: 'serve the registry over TLS; trust-kit sends passwords over plain HTTP to loopback registries only' });
                }
                state.basic = credentials;
            }
            // The header must be a string (node:http takes no bytes): one per request, left to the garbage collector, never kept by the client.
            return { header: `Basic ${basicValue(state.basic)}` };
        }
        const wanted = [...new Set(scopes)].sort();
        const key = wanted.join(' ');
        let token = state.tokens.get(key);
        if (token === undefined || token.expiresAt - TOKEN_REFRESH_MARGIN_MS <= Date.now()) {
            const fresh = await this.#fetchToken(registry, challenge, wanted);
            // Another request for the same scopes may have cached one meanwhile: the one replaced is wiped.
            const replaced = state.tokens.get(key);
            state.tokens.set(key, fresh);
            if (replaced !== undefined && replaced !== fresh)
                replaced.secret.destroy();
            token = fresh;
        }
        // The header must be a string (node:http takes no bytes): one per request, never kept.
        return { header: token.secret.use((bytes) => `Bearer ${bytes.toString('latin1')}`), token };
    }
    async #fetchToken(registry, challenge, scopes) {
        // The token service's own host, once known: a rate limit or an outage there is not the registry's.
        let service = `the token service of ${registry}`;
        const failed = (why, code = 'OCI_TOKEN_FAILED', status, retryAfter) => new OciError(code, `${service} refused a token for ${scopes.join(' ') || 'no scope'}: ${why}`, {
            ...(status === undefined ? {} : { status }),
            // Waited for as the registry's own 429 and 503 are, and not past the retries' budget.
            ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
            hint: code === 'OCI_UNAUTHORIZED'
                ? `check the credentials for ${registry} (docker login, or the username/password inputs)`
                : status !== undefined && (status >= 500 || status === 429)
                    ? 'the token service is failing or rate-limiting; try again later'
                    : 'check the registry name; report it to the registry\'s operators if it persists',
        });
        const realmText = challenge.params.realm;
        // No token service was asked: the registry's challenge itself is broken.
        if (realmText === undefined)
            throw new OciError('OCI_AUTH_CHALLENGE_INVALID', `${registry} asks for a Bearer token, but its challenge names no realm (the token service to ask)`, { hint: 'report it to the registry\'s operators' });
        let realm;
        try {
            realm = new URL(realmText);
        }
        catch (error) {
            // Redacted, then cut: a realm that echoes the password after padding of the registry's choosing kept its beginning.
            throw new OciError('OCI_AUTH_CHALLENGE_INVALID', `the token realm "${(0,logger/* printable */.g$)((0,secrets/* redact */.E$)(realmText)).slice(0, 200)}" of ${registry} is not a URL`, { cause: error, hint: 'report it to the registry\'s operators' });
        }
        service = `the token service ${realm.origin} of ${registry}`;
        const credentials = await this.#credentialsFor(registry);
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && (this.#origin(registry).startsWith('http:') || isLoopback(realm.hostname)))) {
            throw new OciError('OCI_INSECURE', `the token realm ${realm.origin} of ${registry} is not HTTPS`, { hint: 'a token service must be reached over TLS; allow plain HTTP for this registry only if it is on a trusted network' });
        }
        if (credentials !== undefined && realm.protocol !== 'https:' && !isLoopback(realm.hostname)) {
            throw new OciError('OCI_INSECURE', `the token realm ${realm.origin} of ${registry} would receive credentials over plain HTTP`, { hint: 'serve the token service over TLS' });
        }
        // A token got with the credentials stands for them (push, for its lifetime): it goes over plain HTTP to loopback only, as a password does.
        if (credentials !== undefined && !this.#origin(registry).startsWith('https:') && !isLoopback(registryApiHost(registry))) {
            throw new OciError('OCI_INSECURE', `${registry} is reached over plain HTTP: a token from its token service, got with its credentials, would travel in clear text`, {
                hint: 'serve the registry over TLS; trust-kit sends credentials, and tokens got with them, over plain HTTP to loopback registries only',
            });
        }
        let request;
        /** A request body holding the refresh token, wiped once sent. */
        let sentSecret;
        if (credentials?.identityToken === true) {
            const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: 'trust-kit', ...(challenge.params.service === undefined ? {} : { service: challenge.params.service }), scope: scopes.join(' ') });
            const body = credentials.secret.use((bytes) => (0,secrets_forms/* uriComponentEncoded */.G)(bytes, `${form.toString()}&refresh_token=`));
            request = { method: 'POST', url: realm, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body };
            sentSecret = body;
        }
        else {
            const url = new URL(realm);
            if (challenge.params.service !== undefined)
                url.searchParams.set('service', challenge.params.service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            request = { method: 'GET', url, headers: credentials === undefined ? {} : { authorization: `Basic ${basicValue(credentials)}` } };
        }
        let response;
        try {
            response = await this.#transport.send(request);
        }
        finally {
            sentSecret?.fill(0);
        }
        if (response.status === 401 || response.status === 403) {
            await this.#discard(response);
            throw failed(`HTTP ${response.status}`, 'OCI_UNAUTHORIZED', response.status);
        }
        if (response.status !== 200) {
            await this.#discard(response);
            throw failed(`HTTP ${response.status}`, 'OCI_TOKEN_FAILED', response.status, (0,core_retry/* retryAfterMs */.Vs)(header(response, 'retry-after')));
        }
        const bytes = await this.#read(response, MAX_TOKEN_RESPONSE_BYTES, `token response of ${realm.origin}`);
        let document;
        try {
            document = JSON.parse(bytes.toString('utf8'));
        }
        catch (error) {
            throw failed(`the answer is not JSON${jsonErrorPosition(error)}`);
        }
        finally {
            bytes.fill(0);
        }
        if (typeof document !== 'object' || document === null || Array.isArray(document))
            throw failed('the answer is not a JSON object');
        const parsed = document;
        const value = typeof parsed.token === 'string' && parsed.token.length > 0 ? parsed.token : parsed.access_token;
        if (typeof value !== 'string' || value.length === 0)
            throw failed('the answer holds no token');
        // The token is sent back as `Bearer <token>`: anything else than visible ASCII would change that header's meaning or be refused by the registry as garbage.
        if (!BEARER_TOKEN.test(value))
            throw failed('the token holds characters an Authorization header cannot carry');
        // It is masked in the log as it arrives: a "token" of a letter or two would blank those letters in every later line.
        if (value.length < MIN_TOKEN_LENGTH)
            throw failed(`the token is ${value.length} character${value.length === 1 ? '' : 's'} long, too short to be a credential`);
        // The spec's default lifetime is 60 s when the service does not say.
        const lifetime = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
        // JSON.parse made a string of it, which no one can wipe; from here on it is a secret, masked in the log and redacted in errors.
        return { secret: secrets/* SecretBuffer */.pP.from(Buffer.from(value, 'latin1')), expiresAt: Date.now() + lifetime * 1000 };
    }
    async #expect(response, statuses, what) {
        if (statuses.includes(response.status))
            return;
        const status = response.status;
        let detail = '';
        try {
            const body = await this.#read(response, MAX_ERROR_BODY_BYTES, 'an error response');
            const parsed = JSON.parse(body.toString('utf8'));
            detail = (parsed.errors ?? [])
                .map((entry) => [entry.code, entry.message].filter((part) => typeof part === 'string').join(': '))
                .filter((text) => text.length > 0)
                .join('; ');
            // A proxy or registry that echoes the request's Authorization header would put a token in the log.
            // Redacted now, not only when printed: the client may be closed, its tokens wiped, by then. Cut only once
            // redacted: cut first, a password the registry echoed after padding of its choosing lost its end, and with
            // it what the redaction matches, and its beginning was printed.
            // Made printable only once redacted too: a password holding a tab or DEL, made a space first, no longer matched.
            detail = (0,logger/* printable */.g$)((0,secrets/* redact */.E$)(detail.replace(/\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 ***'))).slice(0, 500);
        }
        catch {
            response.body.destroy();
        }
        const said = `HTTP ${status}${detail === '' ? '' : ` (${detail})`}`;
        const retryAfter = (0,core_retry/* retryAfterMs */.Vs)(header(response, 'retry-after'));
        if (status === 401)
            throw new OciError('OCI_UNAUTHORIZED', `${what}: ${said}`, { status, hint: 'the registry refused the request without credentials or with the ones given: check docker login, --registry-username or GITHUB_TOKEN' });
        if (status === 403)
            throw new OciError('OCI_DENIED', `${what}: ${said}`, { status, hint: 'the credentials lack the permission (GHCR: packages: write); check the token\'s scopes' });
        if (status === 404)
            throw new OciError('OCI_NOT_FOUND', `${what}: ${said}`, { status, hint: 'check the reference: registry, repository, tag or digest' });
        throw new OciError('OCI_REGISTRY_ERROR', `${what}: ${said}`, {
            status,
            ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
            hint: status >= 500 || status === 429 ? 'the registry is failing or rate-limiting; try again later' : 'report it with the command you ran',
        });
    }
    async #withRetry(what, attempt) {
        if (this.#totalBudgetMs !== undefined && this.#spentMs >= this.#totalBudgetMs) {
            throw new OciError('OCI_NETWORK', `${what}: not sent: the registries' answers have taken more than ${this.#totalBudgetMs} ms in all`, {
                hint: 'a registry answered slowly or kept failing, call after call; check the registry and the network, and try again',
            });
        }
        const started = Date.now();
        try {
            return await (0,core_retry/* withRetry */.bD)(this.#retry, attempt, classify, this.#sleep);
        }
        catch (error) {
            // Not retried because the wait asked for is past the budget: said, or the message would read as a registry that never answered.
            const waited = error instanceof OciError && classify(error) !== 'permanent' ? (0,core_retry/* pastBudget */.uQ)(error.retryAfterMs, this.#retry.budgetMs) : '';
            if (error instanceof OciError && waited !== '') {
                throw new OciError(error.code, `${error.message}${waited}`, {
                    cause: error,
                    ...(error.status === undefined ? {} : { status: error.status }),
                    ...(error.hint === undefined ? {} : { hint: error.hint }),
                });
            }
            if ((0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            const code = (0,errors/* systemErrorCode */.vq)(error) ?? '';
            // OpenSSL's words for a TLS handshake answered in plain HTTP: a registry:2 on localhost, say, which the flag exists for.
            if (/wrong version number/i.test((0,errors/* messageOf */.bD)(error))) {
                throw new OciError('OCI_NETWORK', `${what}: the registry answered in plain HTTP, not TLS`, {
                    cause: error,
                    hint: 'trust-kit reaches registries over TLS; for a registry on a trusted network that serves plain HTTP, pass --allow-http-registry (the allow-http-registry input), else check the address and port',
                });
            }
            if (TLS_TRUST_CODES.has(code) || code.startsWith('ERR_TLS_CERT')) {
                throw new OciError('OCI_TLS_UNTRUSTED', `${what}: the registry's TLS certificate is not trusted (${(0,errors/* messageOf */.bD)(error)})`, {
                    cause: error,
                    hint: 'give the CA that issued the registry\'s certificate; skipping verification (--allow-insecure-registry) is for tests only',
                });
            }
            throw new OciError('OCI_NETWORK', `${what}: ${(0,errors/* messageOf */.bD)(error)}`, {
                cause: error,
                hint: 'the registry could not be reached or dropped the connection, within the retry budget; check the network (and the proxy, when the message names one: HTTPS_PROXY, NO_PROXY) and try again',
            });
        }
        finally {
            this.#spentMs += Date.now() - started;
        }
    }
}
const REPOSITORY_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const client_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function checkedTag(tag) {
    if (!client_TAG.test(tag))
        throw new OciError('OCI_REFERENCE_INVALID', `tag "${tag.slice(0, 140)}" is invalid`, { hint: 'tags are 1-128 letters, digits, _, . or -, not starting with . or -' });
    return tag;
}
function normalizedDigest(digest) {
    try {
        const { algorithm, hex } = parseDigestReference(digest);
        return `${algorithm}:${hex}`;
    }
    catch (error) {
        if (!(0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new OciError('OCI_REFERENCE_INVALID', error.message, { cause: error, hint: error.hint });
    }
}
/** The tag of the referrers tag schema for a digest: `sha256-<hex>`. */
function fallbackTag(digest) {
    return digest.replace(':', '-');
}
/** A blob source over bytes already in memory. */
function blobFromBytes(bytes) {
    return {
        digest: `sha256:${digestBytes('sha256', bytes)}`,
        size: bytes.byteLength,
        async *open() {
            yield bytes;
        },
    };
}
function classify(error) {
    if (error instanceof OciError) {
        const status = error.status;
        if (status === undefined || (status < 500 && status !== 429) || status === 501)
            return 'permanent';
        return error.retryAfterMs === undefined ? 'transient' : { retryAfterMs: error.retryAfterMs };
    }
    if ((0,errors/* isTrustKitError */.Nf)(error))
        return 'permanent';
    const code = (0,errors/* systemErrorCode */.vq)(error);
    if (code !== undefined && TRANSIENT_NETWORK_CODES.has(code))
        return 'transient';
    return (0,errors/* messageOf */.bD)(error) === 'aborted' || (0,errors/* messageOf */.bD)(error) === 'socket hang up' ? 'transient' : 'permanent';
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function digestMismatch(what, expected, actual) {
    return new OciError('OCI_DIGEST_MISMATCH', `${what}: the registry sent content whose digest is ${actual}, not ${expected}`, {
        hint: 'the registry (or something between it and you) serves content other than what was asked for; do not trust it',
    });
}
/** `user:password` in base64 for a Basic header: the header must be a string, but the plaintext joined to make it is wiped. */
function basicValue(credentials) {
    return credentials.secret.use((secret) => {
        const joined = Buffer.concat([Buffer.from(`${credentials.username}:`), secret]);
        try {
            return joined.toString('base64');
        }
        finally {
            joined.fill(0);
        }
    });
}
/** Wipes the cached tokens of a registry (the client is closed, or the registry wants tokens of other scopes). */
function forgetTokens(state) {
    for (const token of state.tokens.values())
        token.secret.destroy();
    state.tokens.clear();
}
/** Whether a host (`name[:port]`, as a registry is named, or a URL's host name) is this machine's loopback, by the rule the proxy settings follow. */
function isLoopback(host) {
    return (0,core_proxy/* isLoopbackHostname */.pq)((URL.parse(`http://${host}`) ?? URL.parse(`http://[${host}]`))?.hostname ?? host);
}
function withQuery(url, name, value) {
    const copy = new URL(url);
    copy.searchParams.set(name, value);
    return copy;
}
function nextPage(response, current, what) {
    const link = header(response, 'link');
    const match = link === undefined ? null : /<([^>]*)>\s*;\s*rel="?next"?/.exec(link);
    if (!match?.[1])
        return undefined;
    const next = URL.parse(match[1], current.href);
    if (next === null) {
        throw new OciError('OCI_REDIRECT_INVALID', `${what}: the next page's Link header names ${(0,quote/* quoted */.TL)((0,quote/* boundedText */.LD)(match[1], 200))}, which is not a URL`, { hint: 'the registry answers with a link no registry client can follow; report it to its operators' });
    }
    if (next.origin !== current.origin) {
        throw new OciError('OCI_REDIRECT_INVALID', `${what}: the next page is on another origin (${next.origin})`, { hint: 'report it to the registry\'s operators' });
    }
    return next;
}
async function* rechunk(source, size) {
    let pending = [];
    let pendingBytes = 0;
    for await (const piece of source) {
        let rest = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        while (pendingBytes + rest.length >= size) {
            const take = size - pendingBytes;
            yield Buffer.concat([...pending, rest.subarray(0, take)]);
            rest = rest.subarray(take);
            pending = [];
            pendingBytes = 0;
        }
        if (rest.length > 0) {
            pending.push(Buffer.from(rest));
            pendingBytes += rest.length;
        }
    }
    if (pendingBytes > 0)
        yield Buffer.concat(pending);
}
function emptyBody() {
    return external_node_stream_.Readable.from([]);
}

;// CONCATENATED MODULE: ./lib/oci/cosign.js





/** The media type (and referrer artifactType) of a Sigstore v0.3 bundle: what cosign 3 attaches to images. */
const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The predicate type of the statement cosign 3 signs for an image signature (a signature, not an attestation). */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
/** cosign's annotation naming the predicate type of the bundle a referrer carries. */
const BUNDLE_PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const EMPTY_CONFIG = Buffer.from('{}');
/** The in-toto statement cosign 3 signs for an image: its digest as the subject, the cosign/sign predicate, an empty predicate. */
function imageSignatureStatement(subject) {
    const [algorithm, hex] = subject.reference.digest.split(':');
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: `${subject.reference.registry}/${subject.reference.repository}`, digest: { [algorithm]: hex } }],
        predicateType: COSIGN_SIGN_PREDICATE_TYPE,
        predicate: {},
    };
}
/**
 * The referrer manifest cosign 3 writes for a DSSE bundle (`WriteAttestationNewBundleFormat`): the
 * empty config, the bundle as the one layer, the image as subject, annotations naming the content
 * and predicate type. `created` is the caller's clock (SOURCE_DATE_EPOCH for reproducible output).
 */
function bundleReferrerManifest(subject, bundle, predicateType, created) {
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
        config: { mediaType: MEDIA_TYPES.ociEmpty, digest: blobFromBytes(EMPTY_CONFIG).digest, size: EMPTY_CONFIG.length },
        layers: [{ mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, digest: blobFromBytes(bundle).digest, size: bundle.byteLength }],
        subject: { mediaType: subject.mediaType, digest: subject.reference.digest, size: subject.size },
        annotations: {
            'org.opencontainers.image.created': created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            'dev.sigstore.bundle.content': 'dsse-envelope',
            [BUNDLE_PREDICATE_TYPE_ANNOTATION]: predicateType,
        },
    }));
}
/** Pushes a DSSE bundle as a referrer of an image, as cosign 3 does; returns the referrer's digest and how it was indexed. */
async function attachBundle(client, subject, bundle, predicateType, created) {
    const manifest = bundleReferrerManifest(subject, bundle, predicateType, created);
    await client.pushBlob(subject.reference, blobFromBytes(EMPTY_CONFIG));
    await client.pushBlob(subject.reference, blobFromBytes(bundle));
    return client.pushReferrer(subject.reference, manifest, MEDIA_TYPES.ociManifest);
}
/** The layer media type of cosign 2's image signatures (a "simple signing" payload). */
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** cosign 2's signature layer annotations. */
const LEGACY_ANNOTATIONS = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
};
/** The `critical.type` of cosign's simple-signing payloads; sigstore's payload reader refuses any other. */
const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
/** The tag cosign 2 keeps an image's signatures under: `sha256-<hex>.sig`. */
function legacySignatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/**
 * The payload cosign 2 signs for an image (containers/image "simple signing"): the repository as
 * ggcr names it (Docker Hub as `index.docker.io`), the manifest digest, the cosign type. Field
 * order is Go's, so the bytes are cosign's for the same image.
 */
function simpleSigningPayload(subject) {
    const registry = subject.reference.registry === 'docker.io' ? 'index.docker.io' : subject.reference.registry;
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': `${registry}/${subject.reference.repository}` },
            image: { 'docker-manifest-digest': subject.reference.digest },
            type: COSIGN_SIGNATURE_TYPE,
        },
        optional: null,
    }));
}
/**
 * The annotations of a cosign 2 signature layer, from a Sigstore message-signature bundle over the
 * payload: the signature, the certificate (PEM) when keyless, and the Rekor entry as cosign's
 * `bundle` annotation (signed entry timestamp and canonical body) when the bundle has a log entry.
 */
function legacySignatureAnnotations(bundle) {
    const invalid = (why) => new OciError('OCI_MANIFEST_INVALID', `the signature bundle cannot be written in cosign 2's format: ${why}`, { hint: 'this is a bug in trust-kit: please report it' });
    const root = bundle;
    const signature = root.messageSignature?.signature;
    if (typeof signature !== 'string')
        throw invalid('it is not a message signature');
    const annotations = { [LEGACY_ANNOTATIONS.signature]: signature };
    const certificate = root.verificationMaterial?.certificate?.rawBytes ?? root.verificationMaterial?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    if (typeof certificate === 'string')
        annotations[LEGACY_ANNOTATIONS.certificate] = pem(certificate);
    const entry = root.verificationMaterial?.tlogEntries?.[0];
    if (entry !== undefined) {
        const set = entry.inclusionPromise?.signedEntryTimestamp;
        const keyId = entry.logId?.keyId;
        if (typeof set !== 'string' || typeof keyId !== 'string' || typeof entry.canonicalizedBody !== 'string')
            throw invalid('its log entry has no signed entry timestamp');
        annotations[LEGACY_ANNOTATIONS.bundle] = JSON.stringify({
            SignedEntryTimestamp: set,
            Payload: {
                body: entry.canonicalizedBody,
                // Protobuf JSON leaves out zero values: the first entry of a log has no logIndex.
                integratedTime: Number(entry.integratedTime ?? 0),
                logIndex: Number(entry.logIndex ?? 0),
                logID: Buffer.from(keyId, 'base64').toString('hex'),
            },
        });
    }
    return annotations;
}
function pem(base64Der) {
    const lines = base64Der.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
/** The layer media type of cosign 2's image attestations: a DSSE envelope. */
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** The tag cosign 2 keeps an image's attestations under: `sha256-<hex>.att`. */
function legacyAttestationTag(digest) {
    return `${digest.replace(':', '-')}.att`;
}
/**
 * Adds a signature to an image's `sha256-<hex>.sig` manifest as cosign 2 does (or, for kind
 * `attestation`, a DSSE envelope to its `sha256-<hex>.att` manifest): the payload as a layer
 * carrying the signature annotations, appended to the layers already there (read-modify-write,
 * racy between two writers as in cosign); the same signature twice is kept once.
 */
async function attachLegacySignature(client, subject, payload, annotations, kind = 'signature') {
    const tag = kind === 'signature' ? legacySignatureTag(subject.reference.digest) : legacyAttestationTag(subject.reference.digest);
    const repository = { registry: subject.reference.registry, repository: subject.reference.repository };
    let layers = [];
    try {
        const existing = await client.getManifest({ ...repository, tag });
        if (existing.manifest.kind !== 'image')
            throw new OciError('OCI_MANIFEST_INVALID', `${tag} in ${formatImageReference(repository)} is an index, not cosign's signature manifest`, { hint: 'something else wrote that tag; remove it' });
        layers = [...existing.manifest.manifest.layers];
    }
    catch (error) {
        if (!((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'OCI_NOT_FOUND'))
            throw error;
    }
    const layer = { mediaType: kind === 'signature' ? SIMPLE_SIGNING_MEDIA_TYPE : DSSE_ENVELOPE_MEDIA_TYPE, digest: blobFromBytes(payload).digest, size: payload.byteLength, annotations };
    const same = (other) => other.digest === layer.digest && other.annotations?.[LEGACY_ANNOTATIONS.signature] === annotations[LEGACY_ANNOTATIONS.signature];
    if (!layers.some(same))
        layers.push(layer);
    const config = Buffer.from(JSON.stringify({ architecture: '', os: '', config: {}, rootfs: { type: 'layers', diff_ids: layers.map((entry) => entry.digest) } }));
    await client.pushBlob(repository, blobFromBytes(payload));
    await client.pushBlob(repository, blobFromBytes(config));
    const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: MEDIA_TYPES.ociConfig, digest: blobFromBytes(config).digest, size: config.length }, layers }));
    const { digest } = await client.putManifest(repository, manifest, MEDIA_TYPES.ociManifest, tag);
    return { tag, digest };
}

;// CONCATENATED MODULE: ./lib/oci/index.js
/** The OCI registry client: references, credentials, manifests, blobs and referrers. */









;// CONCATENATED MODULE: ./lib/images/registry.js




/** How long a command may wait on registries' answers in all: far more than signing or verifying images takes, far less than a registry answering every call as slowly as it may would hold a job. */
const REGISTRY_TOTAL_BUDGET_MS = 15 * 60_000;
/** The environment variable holding the password of a registry username (a flag or input would show it). */
const PASSWORD_VARIABLE = 'TRUST_KIT_REGISTRY_PASSWORD';
/** A registry client for the images' registries, as the registry flags (or inputs) say: `registry-username`, `allow-http-registry`, `allow-insecure-registry`. */
async function registryClientFor(values, env, references, retry) {
    const username = typeof values['registry-username'] === 'string' ? values['registry-username'] : undefined;
    return new RegistryClient({
        credentials: await registryCredentials(env, new Set(references.map((reference) => reference.registry)), username),
        plainHttp: values['allow-http-registry'] === true,
        skipTlsVerify: values['allow-insecure-registry'] === true,
        proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(env),
        totalBudgetMs: REGISTRY_TOTAL_BUDGET_MS,
        ...(retry === undefined ? {} : { retry }),
    });
}
/**
 * The explicit login for the images' registries, GITHUB_TOKEN for ghcr.io when an image lives
 * there, then docker's config.json; secrets are taken out of the environment into protected memory.
 */
async function registryCredentials(env, registries, username) {
    const sources = [];
    if (username !== undefined) {
        const password = secrets/* SecretBuffer */.pP.fromEnv(PASSWORD_VARIABLE, env);
        // Taken for this source alone, so wiped with it (GITHUB_TOKEN below is shared, and stays).
        sources.push({ ...staticCredentials(Object.fromEntries([...registries].map((registry) => [registry, { username, secret: password }]))), close: () => password.destroy() });
    }
    // Taken without a string of it, and shared: a release's second registry client (and its GitHub API client) needs it too.
    const githubToken = registries.has('ghcr.io') ? secrets/* SecretBuffer */.pP.sharedFromEnv('GITHUB_TOKEN', env) : undefined;
    if (githubToken !== undefined)
        sources.push(staticCredentials({ 'ghcr.io': { username: env.GITHUB_ACTOR ?? 'trust-kit', secret: githubToken } }));
    const configDir = env.DOCKER_CONFIG ?? (env.HOME === undefined ? undefined : (0,external_node_path_.join)(env.HOME, '.docker'));
    const dockerConfig = configDir === undefined ? undefined : await loadDockerConfig((0,external_node_path_.join)(configDir, 'config.json'));
    if (dockerConfig !== undefined)
        sources.push(dockerConfig);
    return sources.length === 0 ? undefined : chainCredentials(...sources);
}

;// CONCATENATED MODULE: ./lib/images/errors.js

/** Why an image could not be attested or verified. */
class ImagesError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'ImagesError';
    }
}

;// CONCATENATED MODULE: ./lib/images/resolve.js



/** How deep `recursive` follows indexes listed in indexes: real ones nest one level, if at all. */
const MAX_INDEX_DEPTH = 8;
/**
 * The most manifests one run signs: a multi-arch image with an attestation manifest per platform
 * is a few dozen; an index of a registry's choosing can list tens of thousands in its 4 MiB, each
 * another certificate use and log entry, and nested indexes multiply them.
 */
const MAX_IMAGE_SUBJECTS = 1000;
/**
 * The manifests a run signs or attests: each reference's tag resolved once to its digest (logged),
 * and with `recursive` every manifest a multi-arch index lists after the index (indexes it lists
 * walked in turn, as cosign walks them), each fetched (checked against the digest its index lists)
 * and described as the registry serves it. Everything is resolved before anything is signed, so a
 * missing image fails the run before a certificate is asked for.
 */
async function resolveImages(client, references, options) {
    const subjects = [];
    // A manifest named twice (two references to one image, an index listing an entry twice) is signed once.
    const seen = new Set();
    const add = (subject) => {
        if (subjects.length === MAX_IMAGE_SUBJECTS) {
            throw new ImagesError('IMAGES_TOO_MANY', `${formatImageReference(subject.reference)} would be manifest ${MAX_IMAGE_SUBJECTS + 1} to sign; a run signs at most ${MAX_IMAGE_SUBJECTS}`, {
                hint: 'check what the index lists (--recursive, input "recursive: true", signs every manifest under it), or sign the platform manifests you mean by digest',
            });
        }
        seen.add(formatImageReference(subject.reference));
        subjects.push(subject);
    };
    const walk = async (index, depth) => {
        if (index.manifest.kind !== 'index')
            return;
        if (depth > MAX_INDEX_DEPTH) {
            throw new ImagesError('IMAGES_INDEX_TOO_DEEP', `${formatImageReference(index.reference)} nests indexes more than ${MAX_INDEX_DEPTH} levels deep`, { hint: 'sign the platform manifests by digest instead of --recursive (input "recursive: true")' });
        }
        for (const child of index.manifest.manifest.manifests) {
            // An index may spell a digest in uppercase hex: signed as spelt, it would name a digest no verifier looks up, and repeat the lowercase entry.
            const pinned = { ...index.reference, digest: canonicalDigest(child.digest) };
            requireSha256(`${formatImageReference(pinned)} (listed by ${formatImageReference(index.reference)})`, pinned.digest);
            if (seen.has(formatImageReference(pinned)))
                continue;
            // Signing a digest the registry does not have, or naming it by the index's word for its type and size, would attach referrers to nothing there.
            const fetched = await client.getManifest(pinned);
            add({ reference: fetched.reference, mediaType: fetched.mediaType, size: fetched.bytes.length });
            await walk(fetched, depth + 1);
        }
    };
    for (const reference of references) {
        if (reference.digest !== undefined)
            requireSha256(formatImageReference(reference), reference.digest);
        const resolved = await client.resolve(reference);
        options.logger.info(`${formatImageReference(reference)} is ${formatImageReference(resolved.reference)}`);
        if (!seen.has(formatImageReference(resolved.reference)))
            add({ reference: resolved.reference, mediaType: resolved.mediaType, size: resolved.bytes.length });
        if (options.recursive)
            await walk(resolved, 1);
    }
    return subjects;
}
/** `algorithm:hex` with the hex in lowercase (parseManifest has checked the digest's form). */
function canonicalDigest(digest) {
    const { algorithm, hex } = parseDigestReference(digest);
    return `${algorithm}:${hex}`;
}
/** Refuses a manifest named by another digest than sha256: cosign and verify-image look an image's signatures up by its sha256 digest, so a signature of another would verify nowhere. */
function requireSha256(shown, digest) {
    if (digest.startsWith('sha256:'))
        return;
    throw new ImagesError('IMAGES_DIGEST_UNSUPPORTED', `${shown} is named by a ${digest.split(':', 1)[0] ?? ''} digest; images are signed and attested by their sha256 digest`, {
        hint: 'name the image by tag or by its sha256 digest (and list platform manifests by their sha256 digests in the index)',
    });
}
/** The name an image's statements give it: its repository, as cosign names the subject of the statements it signs. */
function imageSubjectName(subject) {
    return `${subject.reference.registry}/${subject.reference.repository}`;
}

;// CONCATENATED MODULE: ./lib/images/sign.js

/**
 * Signs images with an open session (one certificate for all of them, and for whatever else the
 * session signs): cosign 3's signed statement attached as a bundle referrer and, unless `format`
 * is cosign3, cosign 2's simple-signing signature in the `.sig` manifest. `onSigned` hears of each
 * image as soon as it is signed, so a caller can report what was attached before a later failure,
 * and of an image whose referrer was attached when its `.sig` then failed (the entry has no `legacyTag`).
 */
async function signImages(client, session, subjects, options) {
    const signed = [];
    for (const subject of subjects) {
        const shown = formatImageReference(subject.reference);
        const entry = { subject };
        if (options.format !== 'cosign2') {
            const bundle = await session.signStatement(imageSignatureStatement(subject), shown);
            entry.referrer = await attachBundle(client, subject, Buffer.from(JSON.stringify(bundle.bundle)), COSIGN_SIGN_PREDICATE_TYPE, options.created);
            options.logger.info(`signed ${shown}: bundle ${entry.referrer.digest} (${entry.referrer.via === 'api' ? 'referrers API' : 'referrers tag'})`);
        }
        if (options.format !== 'cosign3') {
            try {
                const payload = simpleSigningPayload(subject);
                const bundle = await session.signBlob(payload, `${shown} (cosign 2 signature)`);
                entry.legacyTag = (await attachLegacySignature(client, subject, payload, legacySignatureAnnotations(bundle.bundle))).tag;
            }
            catch (error) {
                // The bundle referrer is attached and verifies: reported as what this image holds, not left out as if nothing were.
                if (entry.referrer !== undefined)
                    options.onSigned?.(entry);
                throw error;
            }
            options.logger.info(`signed ${shown}: ${entry.legacyTag}`);
        }
        signed.push(entry);
        options.onSigned?.(entry);
    }
    return signed;
}

;// CONCATENATED MODULE: ./lib/config/paths.js








/** The output file or directory an SBOM run names (`--output`, `--output-dir`), to check before any work as {@link requireNamedPaths} does. */
function sbomOutputPaths(config) {
    return [...(config.output === undefined ? [] : [{ input: 'output', path: config.output, kind: 'output' }]), ...(config.outputDir === undefined ? [] : [{ input: 'output-dir', path: config.outputDir, kind: 'output-directory' }])];
}
/** Why a file (or directory) cannot be written at `given` (shown as `path`), known before any work: something of the other kind is there, or an existing ancestor is no directory. */
async function outputProblem(given, path, cwd, directory) {
    const target = (0,external_node_path_.resolve)(cwd, given);
    if (!directory) {
        // Written as a new file renamed into place: a link, a device or a pipe there would be replaced, not written to.
        const there = (0,core_files/* unreplaceableKind */.Ej)(target);
        if (there === 'a symbolic link')
            return `${path} is a symbolic link; an output is written as a new file in its place, which would replace the link: give the path of the file itself, or remove the link`;
        if (there !== undefined)
            return `${path} is not a regular file (${there}), which an output written in its place would replace; give the path of a regular file`;
    }
    try {
        const isDirectory = (await (0,promises_.stat)(target)).isDirectory();
        if (directory)
            return isDirectory ? undefined : `${path} is not a directory`;
        return isDirectory ? `${path} is a directory; name the file to write in it` : undefined;
    }
    catch (error) {
        const code = (0,errors/* systemErrorCode */.vq)(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return `${path} ${problem(error)}`;
    }
    // The nearest ancestor that exists must be a directory, for the missing ones to be made in it.
    for (let dir = (0,external_node_path_.dirname)(target); dir !== (0,external_node_path_.dirname)(dir); dir = (0,external_node_path_.dirname)(dir)) {
        try {
            return (await (0,promises_.stat)(dir)).isDirectory() ? undefined : `${path} cannot be written: ${(0,external_node_path_.relative)(cwd, dir) || dir} is not a directory`;
        }
        catch (error) {
            if ((0,errors/* systemErrorCode */.vq)(error) !== 'ENOENT' && (0,errors/* systemErrorCode */.vq)(error) !== 'ENOTDIR')
                return `${path} ${problem(error)}`;
        }
    }
    return undefined;
}
function problem(error) {
    const code = (0,errors/* systemErrorCode */.vq)(error);
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    if (code === 'ENOTDIR')
        return 'is not under a directory';
    return `cannot be read (${code ?? 'unknown error'})`;
}
/**
 * Checks that every path the inputs name exists and is of the right kind, before anything is
 * hashed, fetched or written, and throws one {@link ConfigError} listing every missing one after the
 * `earlier` problems of other inputs.
 * A file that goes away later still fails where it is read, with that step's code.
 */
async function requireNamedPaths(paths, cwd, nameOf, earlier = []) {
    // Problems found before (inputs that do not go together) are reported with the missing paths.
    const issues = [...earlier, ...(await namedPathIssues(paths, cwd, nameOf))];
    if (issues.length > 0)
        throw new inputs_ConfigError(issues);
}
/**
 * The config `read` makes; when its inputs are refused (ConfigError), the paths they name are
 * checked as well and reported with them, so that one run names every problem: a bad flag used
 * to hide the missing files until it was fixed.
 */
async function readWithNamedPaths(read, paths, cwd, nameOf) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        const said = new Set(error.issues.map((issue) => `${issue.input}\u0000${issue.message}`));
        const missing = (await namedPathIssues(paths, cwd, nameOf)).filter((issue) => !said.has(`${issue.input}\u0000${issue.message}`));
        throw missing.length === 0 ? error : new ConfigError([...error.issues, ...missing]);
    }
}
/** Inputs that name a private key's file: the value given may be the key itself, pasted where its path goes (`--key "$KEY"`). */
const KEY_INPUTS = new Set(['key']);
/**
 * Whether a value given for a key's path looks like the key itself: PEM, a line break, or a long
 * run of base64 (a key kept base64-encoded in a CI variable); a file name is never repeated then.
 */
function looksLikeKeyMaterial(value) {
    return /-----BEGIN|PRIVATE KEY|[\r\n]/.test(value) || (value.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(value));
}
/** What is wrong with each path the inputs name (see {@link requireNamedPaths}). */
async function namedPathIssues(paths, cwd, nameOf) {
    const found = await Promise.all(paths.map(async ({ input, path: given, kind }) => {
        if (kind === 'read')
            return undefined;
        // Shown as it is when plain, else quoted and bounded: a name under a checkout may hold terminal escapes.
        const path = (0,quote/* shownFile */.G)(given);
        if (kind === 'output' || kind === 'output-directory') {
            const message = await outputProblem(given, path, cwd, kind === 'output-directory');
            return message === undefined ? undefined : { input: nameOf(input), message };
        }
        let info;
        try {
            info = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, given));
        }
        catch (error) {
            // No such file, and the value looks like the key itself: never repeated (a long path of a real file is read as any other).
            if (KEY_INPUTS.has(input) && looksLikeKeyMaterial(given)) {
                return { input: nameOf(input), message: 'is not the path of a key file: the value given looks like key material, so it is not repeated here; write the key to a file only you can read (chmod 600) and give its path' };
            }
            // A link whose target is gone is there in a listing: said as such, not as a typo.
            const dangling = (0,errors/* systemErrorCode */.vq)(error) === 'ENOENT' && (await (0,promises_.lstat)((0,external_node_path_.resolve)(cwd, given)).then((link) => link.isSymbolicLink(), () => false));
            return { input: nameOf(input), message: dangling ? `${path} is a symbolic link to nothing (its target does not exist)` : `${path} ${problem(error)}` };
        }
        if (kind === 'file' && !info.isFile())
            return { input: nameOf(input), message: `${path} is not a file` };
        if (kind === 'directory' && !info.isDirectory())
            return { input: nameOf(input), message: `${path} is not a directory` };
        return undefined;
    }));
    return [...found.filter((issue) => issue !== undefined), ...(await outputsThatAreInputs(paths, cwd, nameOf))];
}
/**
 * Outputs that are the very file an input names (the artifact given as the bundle, the key as the
 * bundle, the predicate as the bundle): writing one would replace what the run reads, and the user's
 * file would be lost. Told apart by device and inode, so that another spelling of a path, or a link
 * to the file, is the same file.
 */
async function outputsThatAreInputs(paths, cwd, nameOf) {
    const outputs = paths.filter((entry) => entry.kind === 'output');
    if (outputs.length === 0)
        return [];
    const identity = async (path) => {
        const info = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, path)).catch(() => undefined);
        return info?.isFile() === true ? `${info.dev}:${info.ino}` : undefined;
    };
    const inputs = await Promise.all(paths.filter((entry) => entry.kind === 'file' || entry.kind === 'any' || entry.kind === 'read').map(async (entry) => ({ entry, identity: await identity(entry.path) })));
    const issues = [];
    for (const output of outputs) {
        const written = await identity(output.path);
        const read = written === undefined ? undefined : inputs.find((input) => input.identity === written);
        if (read !== undefined)
            issues.push({ input: nameOf(output.input), message: `${output.path} is the file ${nameOf(read.entry.input)} names (${read.entry.path}); writing there would replace it: give another path` });
    }
    return issues;
}
/**
 * The subjects of a list input that name a path rather than a glob, each of which must exist: a
 * typo, or a YAML comment line taken for a path, is then named under its input with every other
 * one, before anything is hashed. A glob that matches nothing is reported where it is expanded.
 */
function subjectPaths(input, subjects) {
    return subjects.filter((subject) => !collect_mayBeGlob(subject)).map((path) => ({ input, path, kind: 'any' }));
}
/** The files signing reads as its flags or inputs name them, before they are read into a config: for {@link readWithNamedPaths}. */
function rawSigningPaths(values) {
    return ['key', 'signing-config', 'trusted-root'].flatMap((input) => {
        const path = values[input];
        return typeof path === 'string' && path.trim() !== '' && path !== '-' ? [{ input, path, kind: 'file' }] : [];
    });
}
/** The files signing reads besides its subjects: the key and the trusted root, when given. */
function signingPaths(config) {
    return rawSigningPaths({ key: config.key, 'signing-config': config.signingConfig, 'trusted-root': config.trustedRoot });
}
/** What a release reads (the base directory, the signing key and trusted root, the SBOM's project, the subjects that are no glob), to be checked before its first step. */
function releasePaths(config) {
    return [
        { input: 'base', path: config.base, kind: 'directory' },
        ...(config.sign === undefined ? [] : signingPaths(config.sign)),
        ...(config.sbom === undefined ? [] : [{ input: 'sbom-path', path: config.sbom.path, kind: 'directory' }]),
        ...subjectPaths('subject-path', config.subjects),
    ];
}
/**
 * Exclude patterns are relative to the cataloged directory: one written from the working directory
 * (`--exclude app/vendor` for `sbom app`) or as an absolute path matches nothing there, silently.
 * Such a pattern (no glob) that names an existing path inside the directory, which the pattern as
 * written does not, is reported with the pattern to give.
 */
async function misplacedExcludes(patterns, dir, cwd, input) {
    const root = resolve(cwd, dir);
    const exists = (path) => lstat(path).then(() => true, () => false);
    const issues = await Promise.all(patterns.map(async (pattern) => {
        if (mayBeGlob(pattern))
            return undefined;
        const meant = resolve(cwd, pattern);
        const inside = pathInside(root, meant);
        if (inside === undefined)
            return undefined;
        // As a pattern, a leading / anchors at the cataloged directory: join, not resolve.
        if ((await exists(join(root, pattern))) || !(await exists(meant)))
            return undefined;
        return { input, message: `${quoted(pattern)} names ${isAbsolute(pattern) ? 'a path' : 'a path from the working directory'} inside ${dir}, but patterns are relative to that directory: give ${quoted(inside.split(sep).join('/'))}` };
    }));
    return issues.filter((issue) => issue !== undefined);
}

// EXTERNAL MODULE: ./lib/sbom/errors.js
var sbom_errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./lib/sbom/licenses.js
var licenses = __webpack_require__(29305);
// EXTERNAL MODULE: ./lib/sbom/urls.js
var urls = __webpack_require__(80211);
// EXTERNAL MODULE: ./lib/sbom/hashes.js
var hashes = __webpack_require__(91573);
;// CONCATENATED MODULE: ./lib/sbom/validate.js





/** A problem as it is reported: it names the document's values (ids, refs, names from a lockfile), kept printable and at most 500 characters. */
const shownProblem = (problem) => (0,quote/* boundedText */.LD)(problem, 500);
const SPDX_ID = /^SPDXRef-[A-Za-z0-9.-]+$/;
const SPDX_CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const SPDX_CHECKSUM_HEX = {
    ...hashes/* HASH_HEX_LENGTH */.m6,
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
/** Made once, as the expressions above: a literal in a method is a new object for each of thousands of elements. */
const LOWERCASE_HEX = /^[0-9a-f]+$/;
/** How many dependsOn entries are checked for repeats by comparing each with those before it, without a set. */
const FEW_TARGETS = 8;
/** Whether one of the entries before `index` is `to`. */
function repeatsEarlier(entries, index, to) {
    for (let earlier = 0; earlier < index; earlier++)
        if (String(entries[earlier]) === to)
            return true;
    return false;
}
/** How a problem names a component: `label` when given, else by its bom-ref, else its name. Made only for a problem: thousands of components have none. */
function componentName(component, label) {
    return label ?? `component ${String(component['bom-ref'] ?? component.name)}`;
}
function isJson(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function list(value) {
    return Array.isArray(value) ? value.filter(isJson) : [];
}
/** Checks an element's checksums; `owner` names it in a problem (made only then: thousands of elements have none). */
function validate_checkChecksums(owner, checksums, problems) {
    if (!Array.isArray(checksums))
        return;
    for (const checksum of checksums) {
        if (!isJson(checksum))
            continue;
        const algorithm = String(checksum.algorithm);
        const value = String(checksum.checksumValue);
        const length = SPDX_CHECKSUM_HEX[algorithm];
        if (length === undefined)
            problems.push(`${owner()}: unknown checksum algorithm ${algorithm}`);
        else if (value.length !== length || !LOWERCASE_HEX.test(value))
            problems.push(`${owner()}: ${algorithm} checksum "${value.slice(0, 20)}" is not ${length} lowercase hex digits`);
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
    /** License expressions already found valid, their LicenseRefs noted. */
    expressions = new Set();
    describes = 0;
    /** Starts with the document's fields before its lists. */
    constructor(document) {
        if (document.SPDXID !== 'SPDXRef-DOCUMENT')
            this.found.push('the document SPDXID is not SPDXRef-DOCUMENT');
        const namespace = document.documentNamespace;
        if (typeof namespace !== 'string' || !/^[a-z][a-z0-9+.-]*:\/\/[^\s#]+$/i.test(namespace))
            this.found.push(`documentNamespace ${(0,quote/* quoted */.TL)(namespace)} is not an absolute URI without #`);
        const creationInfo = isJson(document.creationInfo) ? document.creationInfo : {};
        if (typeof creationInfo.created !== 'string' || !SPDX_CREATED.test(creationInfo.created))
            this.found.push(`created ${(0,quote/* quoted */.TL)(creationInfo.created)} is not YYYY-MM-DDThh:mm:ssZ`);
        const creators = Array.isArray(creationInfo.creators) ? creationInfo.creators : [];
        if (!creators.some((creator) => typeof creator === 'string' && creator.startsWith('Tool: ')))
            this.found.push('creators name no tool');
    }
    declare(id, what) {
        if (typeof id !== 'string' || !SPDX_ID.test(id))
            this.found.push(`${what}: SPDXID ${(0,quote/* quoted */.TL)(id)} is not SPDXRef-[A-Za-z0-9.-]+`);
        else if (this.ids.has(id))
            this.found.push(`${what}: SPDXID ${id} is used twice`);
        else
            this.ids.add(id);
    }
    license(owner, field, value) {
        if (value === undefined || value === 'NOASSERTION' || value === 'NONE')
            return;
        // A few dozen distinct expressions cover thousands of packages: each is parsed once; its LicenseRefs were noted the first time.
        if (typeof value === 'string' && this.expressions.has(value))
            return;
        if (typeof value !== 'string' || !(0,licenses/* isSpdxExpression */.Yr)(value)) {
            this.found.push(`${owner()}: ${field} ${(0,quote/* quoted */.TL)(value)} is not an SPDX license expression`);
            return;
        }
        this.expressions.add(value);
        if (!value.includes('LicenseRef-'))
            return;
        for (const ref of value.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? [])
            if (!this.refsUsed.has(ref))
                this.refsUsed.set(ref, `${owner()}: ${field}`);
    }
    /** One package. */
    package(pkg) {
        if (!isJson(pkg))
            return;
        const owner = () => `package ${String(pkg.SPDXID)}`;
        this.declare(pkg.SPDXID, 'package');
        validate_checkChecksums(owner, pkg.checksums, this.found);
        this.license(owner, 'licenseDeclared', pkg.licenseDeclared);
        this.license(owner, 'licenseConcluded', pkg.licenseConcluded);
        if (pkg.filesAnalyzed === false && pkg.packageVerificationCode !== undefined)
            this.found.push(`${owner()}: packageVerificationCode without filesAnalyzed`);
        if (typeof pkg.downloadLocation !== 'string' || !(pkg.downloadLocation === 'NONE' || pkg.downloadLocation === 'NOASSERTION' || (0,urls/* isSpdxUri */.Q3)(pkg.downloadLocation))) {
            this.found.push(`${owner()}: downloadLocation ${(0,quote/* quoted */.TL)(pkg.downloadLocation)} is not NONE, NOASSERTION or a URI`);
        }
    }
    /** One file. */
    file(file) {
        if (!isJson(file))
            return;
        const owner = () => `file ${String(file.SPDXID)}`;
        this.declare(file.SPDXID, 'file');
        validate_checkChecksums(owner, file.checksums, this.found);
        if (!list(file.checksums).some((checksum) => checksum.algorithm === 'SHA1'))
            this.found.push(`${owner()}: no SHA1 checksum (SPDX 2.3 requires one for files)`);
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
        return problems.map(shownProblem);
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
            this.found.push(`serialNumber ${(0,quote/* quoted */.TL)(document.serialNumber)} is not a urn:uuid`);
        }
        const metadata = isJson(document.metadata) ? document.metadata : {};
        if (isJson(metadata.component))
            this.visit(metadata.component, 'metadata.component');
    }
    /** `label` names the component in a problem; without it, it is named by its bom-ref (see {@link componentName}). */
    visit(component, label) {
        const ref = component['bom-ref'];
        if (ref !== undefined) {
            if (typeof ref !== 'string' || ref === '')
                this.found.push(`${componentName(component, label)}: empty bom-ref`);
            else if (this.refs.has(ref))
                this.found.push(`${componentName(component, label)}: bom-ref ${ref} is used twice`);
            else
                this.refs.add(ref);
        }
        const hashes = component.hashes;
        if (Array.isArray(hashes)) {
            // A component has one hash or two: the algorithms seen are compared in a list, not a set made for each.
            const algorithms = [];
            for (let index = 0; index < hashes.length; index++) {
                const hash = hashes[index];
                if (!isJson(hash))
                    continue;
                const alg = String(hash.alg);
                const length = CDX_HASH_HEX[alg];
                if (algorithms.includes(alg))
                    this.found.push(`${componentName(component, label)}: two ${alg} hashes`);
                else
                    algorithms.push(alg);
                if (length === undefined || typeof hash.content !== 'string' || hash.content.length !== length || !LOWERCASE_HEX.test(hash.content)) {
                    this.found.push(`${componentName(component, label)}: ${alg} hash is not ${length ?? '?'} lowercase hex digits`);
                }
            }
        }
        const references = component.externalReferences;
        if (Array.isArray(references)) {
            for (const reference of references) {
                if (isJson(reference) && (typeof reference.url !== 'string' || reference.url === '' || !(0,urls/* isIriReference */.kG)(reference.url))) {
                    this.found.push(`${componentName(component, label)}: external reference ${(0,quote/* quoted */.TL)(isJson(reference) ? reference.url : reference)} is not an IRI reference`);
                }
            }
        }
        const children = component.components;
        if (Array.isArray(children))
            for (const child of children)
                if (isJson(child))
                    this.visit(child);
    }
    /** One top-level component, with those nested in it. */
    component(component) {
        this.visit(component);
    }
    /** One entry of `dependencies`, after every component. */
    dependency(dependency) {
        const ref = String(dependency.ref);
        if (this.seen.has(ref))
            this.found.push(`dependencies: ${ref} is listed twice`);
        this.seen.add(ref);
        if (!this.refs.has(ref))
            this.found.push(`dependencies: ${ref} is not a bom-ref of the document`);
        const dependsOn = Array.isArray(dependency.dependsOn) ? dependency.dependsOn : [];
        // Most entries depend on a few refs: repeats are looked for in a set only past a handful.
        const targets = dependsOn.length > FEW_TARGETS ? new Set() : undefined;
        for (let index = 0; index < dependsOn.length; index++) {
            const to = String(dependsOn[index]);
            if (targets === undefined ? repeatsEarlier(dependsOn, index, to) : targets.has(to))
                this.found.push(`dependencies: ${ref} depends on ${to} twice`);
            targets?.add(to);
            if (!this.refs.has(to))
                this.found.push(`dependencies: ${ref} depends on ${to}, which is not a bom-ref of the document`);
        }
    }
    /** Every problem found. */
    problems() {
        return this.found.map(shownProblem);
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
    throw new sbom_errors/* SbomError */.S('SBOM_INVALID_DOCUMENT', `the ${format} document trust-kit made is not valid: ${shown}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''}`, {
        hint: 'this is a bug in trust-kit: please report it with the lockfile that caused it',
    });
}

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
    /**
     * The text gathered so far, as one chunk, in which no `##[` or raw line separator is left (a
     * chunk ends between items, so none spans two): a document printed to an Actions job's log
     * (`trust-kit sbom . | tee sbom.json`) is never fenced off as a workflow command, and a file
     * holds the same bytes.
     */
    take() {
        this.flush();
        const chunk = (0,logger/* jsonWithoutCommandMarkers */.J8)(this.buffer);
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
/**
 * A document's chunks as one string: what `encode` returns. Fails with SBOM_DOCUMENT_TOO_LARGE,
 * before joining them, when they are longer in all than V8's longest string (2^29 - 24 UTF-16
 * units on 64-bit): such a document is written only from its chunks (a file; the CLI's output
 * streams them), and joining them was an uncoded RangeError.
 */
function joinedDocument(format, chunks) {
    const parts = [...chunks];
    let length = 0;
    for (const part of parts)
        length += part.length;
    if (length > external_node_buffer_.constants.MAX_STRING_LENGTH) {
        throw new sbom_errors/* SbomError */.S('SBOM_DOCUMENT_TOO_LARGE', `the ${format} document is ${length} characters long, more than one string can hold (${external_node_buffer_.constants.MAX_STRING_LENGTH})`, {
            hint: 'write it to a file (--output or --output-dir; a library caller writes FormatEncoder.chunks), which takes it in chunks',
        });
    }
    return parts.join('');
}

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
/** What ends every document trust-kit writes: its UUID, the last thing in it, then `"}` and a newline. */
const DOCUMENT_END = '"}\n';
/** The characters of a UUID's text. */
const UUID_CHARACTERS = 36;
/** The nil UUID's text: where a draft's UUID goes (see {@link DRAFT_IDENTITY}). */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
/**
 * The identity of a draft, a text whose UUID {@link withChangedChunks} makes once the text is
 * final: the nil UUID in its place, and the text not hashed, since nothing would read the digest.
 */
const DRAFT_IDENTITY = {
    add: (text) => text,
    end: (text) => `${text}${NIL_UUID}${DOCUMENT_END}`,
};
/**
 * A document's identity, made from its text as the text is handed out: all the text before the
 * UUID (the document's last field) is hashed, and the UUID is derived from that digest. Equal
 * documents get equal UUIDs and different ones different UUIDs, and nothing is serialised twice:
 * digesting the SBOM's model instead cost a second JSON.stringify of all of it.
 */
class identity_DocumentIdentity {
    #hash = (0,external_node_crypto_.createHash)('sha256');
    #identityName;
    /** `identityName` is the format's (see `FormatEncoder.identityName`): each format has UUIDs of its own. */
    constructor(identityName) {
        this.#identityName = identityName;
    }
    /** Part of the text before the UUID, hashed, and returned as it is. */
    add(text) {
        this.#hash.update(text);
        return text;
    }
    /** The document's last part: `text` (the rest before the UUID, hashed too), the UUID and the document's end. */
    end(text) {
        return `${this.add(text)}${this.uuid()}${DOCUMENT_END}`;
    }
    /**
     * {@link end}'s text, and the SHA-256 of the whole document (its UTF-8 bytes, as written): the
     * hash of the text before the UUID goes on through the UUID and the end, on a copy, so a caller
     * that needs the document's digest (a checksums file listing it) does not hash it again.
     */
    finish(text) {
        this.add(text);
        const whole = this.#hash.copy();
        const end = `${this.uuid()}${DOCUMENT_END}`;
        return { end: `${text}${end}`, sha256: whole.update(end).digest('hex') };
    }
    /** The UUID of the text added so far, which must be all the text before it (once). */
    uuid() {
        return uuidV5(`https://trust-kit.dev/sbom/${this.#identityName}/${this.#hash.digest('hex')}`);
    }
}
/**
 * A document's chunks with the text before its UUID changed by `change`, a chunk at a time, and
 * the UUID made again from the result: what encoding the changed content would give, with its
 * SHA-256. Chunks, never one string: a release's SPDX document of 700,000 files is longer than
 * V8's longest string (2^29 - 24 characters). Undefined when the last chunk does not end as a
 * document does.
 */
function withChangedChunks(chunks, identityName, change) {
    const last = chunks.at(-1);
    if (last === undefined || last.length < DOCUMENT_END.length + UUID_CHARACTERS || !last.endsWith(DOCUMENT_END))
        return undefined;
    const identity = new identity_DocumentIdentity(identityName);
    const changed = [];
    for (let index = 0; index < chunks.length - 1; index++)
        changed.push(identity.add(change(chunks[index])));
    const { end, sha256 } = identity.finish(change(last.slice(0, last.length - DOCUMENT_END.length - UUID_CHARACTERS)));
    changed.push(end);
    return { chunks: changed, sha256 };
}
/** `path:line: reason` for an Unknown. */
function unknownText(unknown) {
    return `${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`;
}
/** Locations of one package up to which its distinct files are found with a list rather than a set. */
const FEW_LOCATIONS = 16;
/** The distinct files a package was found in, in the order first found, for `sourceInfo` and properties. */
function sourceFiles(pkg) {
    const { locations } = pkg;
    // Most packages are found once: no search.
    if (locations.length === 1)
        return [locations[0].path];
    // A package is mostly found in few files (often one, at many install paths): a list beats a set there. One that
    // every project of a monorepo locks is found in thousands, where a list was quadratic (10,000 lockfiles: 80 ms).
    if (locations.length > FEW_LOCATIONS)
        return [...new Set(locations.map((location) => location.path))];
    const files = [];
    for (const location of locations)
        if (!files.includes(location.path))
            files.push(location.path);
    return files;
}

;// CONCATENATED MODULE: ./lib/sbom/formats/cyclonedx.js
/**
 * CycloneDX 1.5, 1.6 and 1.7 JSON, written directly from the SBOM model.
 *
 * Why by hand: issue 11's bar is a whole `trust-kit sbom` run at least 10x faster than the fastest
 * peer (syft), and on theia that leaves about 0.14 s for everything. With
 * @cyclonedx/cyclonedx-library (its models and JSON normalizer; trust-kit already shared license and
 * property parts, skipped its serializer and did its own sorting and checking), the CycloneDX
 * document of theia took about 42 ms of CPU in a cold run, and loading the library's bundled code
 * (about 600 KB of dist/cli) about 10 ms more; written here, the document takes about 23 ms. A
 * component is a plain object with the normalizer's keys in the normalizer's order, given to
 * `JSON.stringify` a few hundred at a time.
 *
 * The bytes are those the library wrote for our models (test/sbom/cyclonedx-differential.test.ts
 * compares them byte for byte on every fixture and the corpus, in every version we write, and on
 * hostile strings), and rest on what the library did with them:
 * - keys in the normalizer's order; a key whose value is undefined, an empty string where the
 *   normalizer writes `|| undefined` (group, author, a supplier's or contact's name, an email, the
 *   tool's version) or an empty list is left out; a component's name, a property's name and value
 *   and a license's name are written even when empty (an empty purl, the bom-ref, fails the
 *   document's check, as it did);
 * - a license that is one id of the SPDX license list is `{license: {id}}`, free text (or a
 *   `DocumentRef-`, which the library's id list lacks) is `{license: {name}}`, anything else is an
 *   `{expression}`: every id spdx-expression-parse accepts is in the CycloneDX schemas' SPDX enum
 *   (a test checks it against the schemas the library ships, for each version);
 * - an external reference's URL has the characters ` "'[]<>{}` percent-encoded, as the library's
 *   `escapeUri` does, and the others no IRI may hold as they are too (urls.ts's `iriReference`);
 * - the three versions differ only in `$schema` and `specVersion`: for the fields trust-kit writes
 *   (component properties and authors included), the library's spec objects allow the same in each.
 * Hashes come from the model as lowercase hex of the algorithm's length, one per algorithm
 * (src/sbom/hashes.ts; release files' from their digests); a malformed one, or a second of one
 * algorithm, is written as it is and fails the document's check, where the library dropped it.
 */





/** The most characters of a component's version the CycloneDX 1.6 and 1.7 schemas take (`definitions/version`). */
const MAX_VERSION_LENGTH = 1024;
/** The CycloneDX versions trust-kit writes; 1.6 is the default. */
const CYCLONEDX_VERSIONS = (/* unused pure expression or super */ null && (['1.5', '1.6', '1.7']));
/** CycloneDX's names of the hash algorithms a package can have. */
const HASH_ALGORITHMS = {
    MD5: 'MD5',
    SHA1: 'SHA-1',
    SHA256: 'SHA-256',
    SHA384: 'SHA-384',
    SHA512: 'SHA-512',
    'BLAKE2b-256': 'BLAKE2b-256',
};
const SCOPES = {
    required: 'required',
    optional: 'optional',
    // CycloneDX's `excluded`: not part of what runs; the closest to a development dependency.
    dev: 'excluded',
};
/** How many dependencies of a component are kept in a list, searched for repeats, before they move to a set. */
const SHORT_LIST = 16;
/** A package's `licenses`: undefined when it declares none. */
function licensesOf(license) {
    if (license === undefined)
        return undefined;
    const term = (0,licenses/* licenseTerm */.K5)(license);
    if (term.kind === 'text')
        return [{ license: { name: term.text } }];
    const only = term.ids.length === 1 && term.ids[0] === term.expression ? term.expression : undefined;
    if (only === undefined || only.startsWith('LicenseRef-'))
        return [{ expression: term.expression }];
    // `DocumentRef-<doc>:LicenseRef-<id>` is one license but no id of the SPDX list.
    return only.startsWith('DocumentRef-') ? [{ license: { name: only } }] : [{ license: { id: only } }];
}
/**
 * The licenses and properties many components have alike, made once per BOM: a few licenses and
 * source files cover tens of thousands of packages. Nothing changes them once made, so components share them.
 */
class SharedParts {
    licenses = new Map();
    properties = new Map();
    licensesOf(license) {
        if (this.licenses.has(license))
            return this.licenses.get(license);
        const licenses = licensesOf(license);
        this.licenses.set(license, licenses);
        return licenses;
    }
    /** The source-file properties, then the package's own; undefined when there are none; shared when it has none of its own. */
    propertiesOf(pkg) {
        const files = sourceFiles(pkg);
        const make = () => {
            const properties = files.map((path) => ({ name: 'trust-kit:source-file', value: path }));
            for (const property of pkg.properties ?? [])
                properties.push({ name: property.name, value: property.value });
            return properties.length > 0 ? properties : undefined;
        };
        if (pkg.properties !== undefined && pkg.properties.length > 0)
            return make();
        // Paths hold no U+0000.
        const key = files.join('\u0000');
        if (this.properties.has(key))
            return this.properties.get(key);
        const properties = make();
        this.properties.set(key, properties);
        return properties;
    }
}
/** CycloneDX's supplier: an organisational entity, named as the package says, with the person and email as its contact when known. */
function supplierOf(supplier) {
    if (supplier === undefined)
        return undefined;
    const name = supplier.name === '' ? undefined : supplier.name;
    return { name, contact: supplier.email === undefined ? undefined : [{ name, email: supplier.email === '' ? undefined : supplier.email }] };
}
/** `Name <email>`, as npm writes an author; undefined when that is empty. */
function authorOf(supplier) {
    if (supplier?.author !== true)
        return undefined;
    const text = supplier.email === undefined ? supplier.name : `${supplier.name} <${supplier.email}>`;
    return text === '' ? undefined : text;
}
/** The hashes of a package: CycloneDX algorithm names, in the model's order (one per algorithm). */
function hashesOf(pkg) {
    if (pkg.hashes.length === 0)
        return undefined;
    return pkg.hashes.map((hash) => ({ alg: HASH_ALGORITHMS[hash.algorithm], content: hash.hex }));
}
/** A component of a package, without the components nested in it. */
function componentOf(pkg, type, shared) {
    // npm scopes are CycloneDX groups: `@types/node` is group `@types`, name `node`.
    const slash = pkg.ecosystem === 'npm' && pkg.name.startsWith('@') ? pkg.name.indexOf('/') : -1;
    return {
        type,
        name: slash > 0 ? pkg.name.slice(slash + 1) : pkg.name,
        group: slash > 0 ? pkg.name.slice(0, slash) : undefined,
        // The 1.6 and 1.7 schemas take at most 1,024 characters of a version: a longer one (a hostile lockfile's) is left to the purl, which holds it whole.
        version: pkg.version === '' || pkg.version.length > MAX_VERSION_LENGTH ? undefined : pkg.version,
        'bom-ref': pkg.purl,
        supplier: supplierOf(pkg.supplier),
        // What the package declares as its author is its author too (a string: the field CycloneDX 1.5 to 1.7 all read).
        author: authorOf(pkg.supplier),
        scope: type === 'library' ? SCOPES[pkg.scope] : undefined,
        hashes: hashesOf(pkg),
        licenses: shared.licensesOf(pkg.license),
        purl: pkg.ecosystem === 'generic' ? undefined : pkg.purl,
        externalReferences: pkg.downloadLocation === undefined ? undefined : [{ url: (0,urls/* iriReference */.oI)(pkg.downloadLocation), type: 'distribution' }],
        properties: shared.propertiesOf(pkg),
        components: undefined,
    };
}
/** A release file as a `file` component, with its hashes. */
function fileComponent(file) {
    const hashes = [];
    if (file.digest.sha256 !== undefined)
        hashes.push({ alg: 'SHA-256', content: file.digest.sha256 });
    if (file.digest.sha512 !== undefined)
        hashes.push({ alg: 'SHA-512', content: file.digest.sha512 });
    return {
        type: 'file',
        name: file.name,
        group: undefined,
        version: undefined,
        'bom-ref': `file:${file.name}`,
        supplier: undefined,
        author: undefined,
        scope: undefined,
        hashes: hashes.length > 0 ? hashes : undefined,
        licenses: undefined,
        purl: undefined,
        externalReferences: undefined,
        properties: undefined,
        components: undefined,
    };
}
/**
 * The CycloneDX JSON text of an SBOM in chunks, one top-level component tree at a time: every
 * component has its purl as a unique bom-ref, workspace members nest under the project that
 * contains them, release files are `file` components, and everything is in sorted order. Only one
 * component tree (and the document's skeleton) is held at a time. Checked as it is made; throws
 * SBOM_INVALID_DOCUMENT before the last chunk when a check failed. The serial number is the UUID
 * `identity` makes (a draft's is nil).
 */
function* cycloneDxJsonChunks(sbom, version, identity = new identity_DocumentIdentity(cycloneDxIdentityName(version))) {
    const shared = new SharedParts();
    const packages = new Map();
    // Indexed loops over the thousands of packages and edges: an iterator per element is garbage in code that runs once.
    for (let index = 0; index < sbom.packages.length; index++) {
        const pkg = sbom.packages[index];
        packages.set(pkg.purl, pkg);
    }
    const exists = (purl) => purl === sbom.root.purl || packages.has(purl);
    // Containment is nesting: a workspace member under its project, a nested project's members under
    // it. Nesting is a tree, so a package goes under its first container only, and never under itself;
    // every other edge between components is a dependency, in the SBOM's order.
    const containers = new Map();
    const nested = new Map();
    // Each component's dependencies in the SBOM's order, without repeats or self-edges: a list while
    // it is short (most packages depend on a few others), a set past that, so that no list is searched long.
    const dependencies = new Map();
    const within = (purl, ancestor) => {
        for (let at = purl; at !== undefined; at = containers.get(at))
            if (at === ancestor)
                return true;
        return false;
    };
    const depend = (from, to) => {
        if (to === from)
            return;
        const targets = dependencies.get(from);
        if (targets === undefined)
            dependencies.set(from, [to]);
        else if (!Array.isArray(targets))
            targets.add(to);
        else if (!targets.includes(to)) {
            if (targets.length < SHORT_LIST)
                targets.push(to);
            else
                dependencies.set(from, new Set(targets).add(to));
        }
    };
    for (let index = 0; index < sbom.relationships.length; index++) {
        const { from, to, type } = sbom.relationships[index];
        if (!exists(from) || !exists(to))
            continue;
        if (type === 'contains' && to !== sbom.root.purl && !containers.has(to) && !within(from, to)) {
            containers.set(to, from);
            const children = nested.get(from);
            if (children === undefined)
                nested.set(from, [to]);
            else
                children.push(to);
        }
        else
            depend(from, to);
    }
    // A release file built from packages (a Go binary's modules): a dependency edge, since a module shared by several binaries can nest under only one.
    for (const file of sbom.files) {
        const ref = `file:${file.name}`;
        dependencies.set(ref, []);
        for (const purl of file.contains ?? [])
            if (exists(purl))
                depend(ref, purl);
    }
    /** A component with the components nested in it. */
    const componentTree = (pkg, type) => {
        const component = componentOf(pkg, type, shared);
        const children = nested.get(pkg.purl);
        if (children !== undefined)
            component.components = children.map((purl) => componentTree(packages.get(purl), 'library'));
        return component;
    };
    /** The bom-refs of a component tree, depth first. */
    const addRefs = (purl, into) => {
        into.push(purl);
        const children = nested.get(purl);
        if (children !== undefined)
            for (const child of children)
                addRefs(child, into);
        return into;
    };
    const root = componentTree(sbom.root, 'application');
    // The organisation that makes the SBOM supplies the project it describes; dependencies' suppliers are what their lockfiles say, else unknown.
    const organization = sbom.organization === '' ? undefined : sbom.organization;
    if (sbom.organization !== undefined)
        root.supplier = { name: organization };
    const toolVersion = sbom.tool.replace(/^trust-kit-/, '');
    const skeleton = {
        $schema: `http://cyclonedx.org/schema/bom-${version}.schema.json`,
        bomFormat: 'CycloneDX',
        specVersion: version,
        version: 1,
        metadata: {
            timestamp: sbom.created.toISOString(),
            // From lockfiles alone the SBOM is made before the build; with the release files, as part of it.
            lifecycles: [{ phase: sbom.files.length > 0 ? 'build' : 'pre-build' }],
            tools: { components: [{ type: 'application', name: 'trust-kit', version: toolVersion === '' ? undefined : toolVersion }] },
            authors: sbom.organization === undefined ? undefined : [{ name: organization }],
            component: root,
            properties: sbom.unknowns.length === 0 ? undefined : sbom.unknowns.map((unknown) => ({ name: 'trust-kit:unknown', value: unknownText(unknown) })),
        },
    };
    const check = new CycloneDxCheck(skeleton);
    const topLevel = containers.size === 0 ? sbom.packages : sbom.packages.filter((pkg) => !containers.has(pkg.purl));
    // The skeleton's text without its closing brace, the two lists, then the serial number: made from all the text before it.
    const chunks = new JsonChunks(`${JSON.stringify(skeleton).slice(0, -1)},"components":[`);
    for (let index = 0; index < topLevel.length; index++) {
        const component = componentTree(topLevel[index], 'library');
        check.component(component);
        if (chunks.item(component))
            yield identity.add(chunks.take());
    }
    for (const file of sbom.files) {
        const component = fileComponent(file);
        check.component(component);
        if (chunks.item(component))
            yield identity.add(chunks.take());
    }
    if (chunks.text('],"dependencies":['))
        yield identity.add(chunks.take());
    const refs = addRefs(sbom.root.purl, []);
    for (let index = 0; index < topLevel.length; index++)
        addRefs(topLevel[index].purl, refs);
    for (const file of sbom.files)
        refs.push(`file:${file.name}`);
    for (let index = 0; index < refs.length; index++) {
        const ref = refs[index];
        const targets = dependencies.get(ref);
        const dependsOn = targets === undefined || Array.isArray(targets) ? targets : [...targets];
        const entry = { ref, dependsOn: dependsOn !== undefined && dependsOn.length > 0 ? dependsOn : undefined };
        check.dependency(entry);
        if (chunks.item(entry))
            yield identity.add(chunks.take());
    }
    throwIfProblems('CycloneDX', check.problems());
    chunks.text('],"serialNumber":"urn:uuid:');
    yield identity.end(chunks.take());
}
/** The CycloneDX JSON text of an SBOM, whole (see {@link cycloneDxJsonChunks}). */
function toCycloneDxJson(sbom, version) {
    return joinedDocument('CycloneDX', cycloneDxJsonChunks(sbom, version));
}
/** What a CycloneDX document's serial number is derived under: one per specification version. */
function cycloneDxIdentityName(version) {
    return `cyclonedx-json@${version}`;
}
/** A CycloneDX JSON encoder for one spec version. */
function cycloneDxEncoder(version, name, fileName) {
    return {
        name,
        extension: '.cdx.json',
        fileName,
        mediaType: `application/vnd.cyclonedx+json; version=${version}`,
        identityName: cycloneDxIdentityName(version),
        encode: (sbom) => toCycloneDxJson(sbom, version),
        draft: (sbom) => [...cycloneDxJsonChunks(sbom, version, DRAFT_IDENTITY)],
        chunks: (sbom) => cycloneDxJsonChunks(sbom, version),
    };
}

;// CONCATENATED MODULE: ./lib/sbom/formats/spdx.js







const NOASSERTION = 'NOASSERTION';
/** What an SPDX document's namespace UUID is derived under. */
const SPDX_IDENTITY_NAME = 'spdx-json';
function shortHash(text) {
    return (0,external_node_crypto_.hash)('sha256', text, 'hex').slice(0, 12);
}
/** Made once, as the other expressions of this module: a literal in a function is a new object at each of thousands of calls. */
const NOT_ID_SAFE = /[^A-Za-z0-9.-]/g;
const LEADING_DASHES = /^-+/;
const GIT_URL = /^git(?:\+[a-z]+)?:\/\//i;
const GIT_COMMIT_FRAGMENT = /#([^#/]+)$/;
/**
 * The download locations spdx-tools (the parser the NTIA checker runs) accepts: a URL whose start
 * is a host with a dot and a label of 2 to 5 letters (matched from the start only), or a VCS
 * location (`git+...`) that is such a URL whole, with nothing after the label but a port and a
 * path. An IP address, `localhost`, a host without a dot (`http://nexus:8081/...`) or a VCS host
 * under a longer label (`git+https://git.corp.internal/...`) fails the whole document there, though
 * SPDX's grammar allows any URL. Linear: each part has its own separator.
 */
const SPDX_TOOLS_URL_START = /^(?:(?:https?|ssh|git|svn|sftp|ftp):\/\/)?(?:[\w\-.!~*'()%;:&=+$,]+@)?[a-z0-9]+(?:[-.][a-z0-9]+)*\.[a-z]{2,5}/i;
const SPDX_TOOLS_VCS_LOCATION = /^(?:(?:git|hg|svn|bzr)\+)?(?:(?:https?|ssh|git|svn|sftp|ftp):\/\/)?(?:[\w\-.!~*'()%;:&=+$,]+@)?[a-z0-9]+(?:[-.][a-z0-9]+)*\.[a-z]{2,5}(?::[0-9]{1,5})?(?:\/.*)?$|^git\+git@[a-z0-9.-]+:[a-z0-9/\\.@-]+$|^bzr\+lp:[a-z0-9.-]+$/i;
/** Characters SPDX allows in an SPDXID (`[A-Za-z0-9.-]`), the rest replaced by `-`. */
function idSafe(text) {
    return text.replace(NOT_ID_SAFE, '-').replace(LEADING_DASHES, '').slice(0, 60);
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
 * SPDX wants a URI; anything else a lockfile calls a source (a path, a registry name), or a URL
 * spdx-tools refuses (see {@link SPDX_TOOLS_VCS_LOCATION}), is NOASSERTION: the purl's qualifier keeps it.
 */
function spdxDownloadLocation(location) {
    if (location === undefined || !(0,urls/* isSpdxUri */.Q3)(location) || !(SPDX_TOOLS_URL_START.test(location) || SPDX_TOOLS_VCS_LOCATION.test(location)))
        return NOASSERTION;
    return GIT_URL.test(location) ? location.replace(GIT_COMMIT_FRAGMENT, '@$1') : location;
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
 * package (the root first, the release artifacts last), each relationship, the extracted licenses
 * the packages named, and last the namespace, whose UUID is made from all the text before it.
 * Nothing holds the whole document, so a writer can stream it.
 */
class SpdxParts {
    sbom;
    head;
    /** The document namespace up to its UUID. */
    namespacePrefix;
    root;
    /**
     * Release artifacts are packages, not SPDX files: a file must carry a SHA-1, which would cost a
     * second digest of every artifact; a package needs none, and its checksums are the release's.
     */
    artifacts;
    extracted = new Map();
    /** Each distinct license's declared form, by the package's license text. */
    licenses = new Map();
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
            creationInfo,
        };
        this.namespacePrefix = `https://spdx.org/spdxdocs/${encodeURIComponent(idSafe(name))}-`;
    }
    /**
     * A license as SPDX declares it; free text and LicenseRefs the package names are recorded as
     * extracted licenses. Once per distinct license: a few dozen cover thousands of packages.
     */
    declared(license) {
        if (license === undefined)
            return NOASSERTION;
        let declared = this.licenses.get(license);
        if (declared === undefined)
            this.licenses.set(license, (declared = this.declare(license)));
        return declared;
    }
    declare(license) {
        const term = (0,licenses/* licenseTerm */.K5)(license);
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
            // a project's own devDependency is a dev edge even to a package that ships through another path, and a build script's dependency a build edge.
            const kind = relationship.type === 'dev-depends-on' ? 'DEV_DEPENDENCY_OF' : relationship.type === 'build-depends-on' ? 'BUILD_DEPENDENCY_OF' : dependencyKind(fromElement.scope, toElement.scope);
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
/** Builds the SPDX 2.3 document of an SBOM as one object, made whole: what {@link spdxJsonChunks} writes a part at a time. */
function toSpdx(sbom) {
    const parts = new SpdxParts(sbom);
    const body = { ...parts.head, packages: [...parts.packages()], relationships: [...parts.relationships()] };
    const extracted = parts.extractedLicenses();
    if (extracted !== undefined)
        body.hasExtractedLicensingInfos = extracted;
    const identity = new DocumentIdentity(SPDX_IDENTITY_NAME);
    identity.add(jsonWithoutCommandMarkers(`${JSON.stringify(body).slice(0, -1)},"documentNamespace":${namespaceStart(parts)}`));
    return { ...body, documentNamespace: `${parts.namespacePrefix}${identity.uuid()}` };
}
/** The JSON text of the document namespace up to its UUID: the opening quote and the prefix. */
function namespaceStart(parts) {
    return JSON.stringify(parts.namespacePrefix).slice(0, -1);
}
/**
 * The SPDX 2.3 JSON text of an SBOM in chunks, checked as it is made: the bytes of
 * `JSON.stringify(toSpdx(sbom))` (with `##[` and line separators escaped, see JsonChunks.take)
 * and a newline, without ever holding the document or its text
 * whole. Throws SBOM_INVALID_DOCUMENT at the end when a check failed, before the last chunk.
 * The namespace ends with the UUID `identity` makes (a draft's is nil).
 */
function* spdxJsonChunks(sbom, identity = new identity_DocumentIdentity(SPDX_IDENTITY_NAME)) {
    const parts = new SpdxParts(sbom);
    // The namespace's UUID is made last, from the text; it is hex, so the nil UUID stands for it in the check of the namespace's form.
    const check = new SpdxCheck({ ...parts.head, documentNamespace: `${parts.namespacePrefix}00000000-0000-0000-0000-000000000000` });
    const chunks = new JsonChunks(`${JSON.stringify(parts.head).slice(0, -1)},"packages":[`);
    for (const pkg of parts.packages()) {
        check.package(pkg);
        if (chunks.item(pkg))
            yield identity.add(chunks.take());
    }
    if (chunks.text('],"relationships":['))
        yield identity.add(chunks.take());
    for (const relationship of parts.relationships()) {
        check.relationship(relationship);
        if (chunks.item(relationship))
            yield identity.add(chunks.take());
    }
    if (chunks.text(']'))
        yield identity.add(chunks.take());
    const extracted = parts.extractedLicenses();
    check.extractedLicenses(extracted ?? []);
    if (extracted !== undefined && chunks.text(`,"hasExtractedLicensingInfos":${JSON.stringify(extracted)}`))
        yield identity.add(chunks.take());
    throwIfProblems('SPDX', check.problems());
    chunks.text(`,"documentNamespace":${namespaceStart(parts)}`);
    yield identity.end(chunks.take());
}
/** SPDX 2.3 JSON. */
const spdxJsonEncoder = {
    name: 'spdx-json',
    extension: '.spdx.json',
    fileName: 'sbom.spdx.json',
    mediaType: 'application/spdx+json',
    identityName: SPDX_IDENTITY_NAME,
    chunks: spdxJsonChunks,
    encode: (sbom) => joinedDocument('SPDX', spdxJsonChunks(sbom)),
    draft: (sbom) => [...spdxJsonChunks(sbom, DRAFT_IDENTITY)],
};

;// CONCATENATED MODULE: ./lib/sbom/formats/index.js




/** Every SBOM format trust-kit writes, by the name users select it with; adding one is one line here. */
const formats_FORMATS = [
    spdxJsonEncoder,
    cycloneDxEncoder('1.6', 'cyclonedx-json', 'sbom.cdx.json'),
    cycloneDxEncoder('1.5', 'cyclonedx-json@1.5', 'sbom.cdx-1.5.json'),
    cycloneDxEncoder('1.7', 'cyclonedx-json@1.7', 'sbom.cdx-1.7.json'),
];
/** The names of {@link FORMATS}. */
const formats_FORMAT_NAMES = formats_FORMATS.map((format) => format.name);
/** The default versions named as the others are (`cyclonedx-json@1.6` beside `cyclonedx-json@1.5`): the same format. */
const formats_FORMAT_ALIASES = { 'cyclonedx-json@1.6': 'cyclonedx-json', 'spdx-json@2.3': 'spdx-json' };
/** The encoder for a format name; throws SBOM_FORMAT_UNKNOWN naming the choices. */
function encoderFor(name) {
    // A name that is not a string (plain JavaScript) is no format either: it failed on toLowerCase with a TypeError.
    const encoder = typeof name === 'string' ? formats_FORMATS.find((format) => format.name === name.toLowerCase()) : undefined;
    if (encoder === undefined) {
        throw new SbomError('SBOM_FORMAT_UNKNOWN', `unknown SBOM format ${typeof name === 'string' ? `"${name}"` : `(${typeName(name)})`}`, { hint: `choose one of ${formats_FORMAT_NAMES.join(', ')}` });
    }
    return encoder;
}
/**
 * The formats a file name says its document is in, by the names trust-kit gives its own files: a
 * version's own suffix (`.cdx-1.5.json`) names that format, a family's extension (`.cdx.json`,
 * `.spdx.json`) any of the family, the default version first; another name (`bom.json`) says nothing.
 */
function formats_formatsNamedBy(fileName) {
    const name = fileName.toLowerCase();
    const suffix = (format) => format.fileName.slice(format.fileName.indexOf('.'));
    const versioned = formats_FORMATS.find((format) => suffix(format) !== format.extension && name.endsWith(suffix(format)));
    if (versioned !== undefined)
        return [versioned.name];
    return formats_FORMATS.filter((format) => name.endsWith(format.extension)).map((format) => format.name);
}

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
        handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
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
/**
 * Whether a path is a real directory (not a link to one). Looked at with a synchronous call: most
 * lockfiles have no node_modules beside them, and a wait on the thread pool for each, with the
 * error that says so made for nothing, was most of the time of this question.
 */
function installed_isRealDirectory(path) {
    try {
        return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
    }
    catch {
        return false;
    }
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
async function installed_installedSuppliers(dir, nodeModules, wanted, limits = INSTALLED_LIMITS) {
    const found = new Map();
    const folders = [];
    const add = (folder) => {
        if (folders.length < limits.folders)
            folders.push(folder);
    };
    for (const path of nodeModules)
        if (installed_isRealDirectory(join(dir, path)))
            add({ path, kind: 'node_modules' });
    const visit = async (folder) => {
        if (folder.kind === 'package') {
            const bytes = await readManifest(join(dir, folder.path, 'package.json'));
            const manifest = bytes === undefined ? undefined : installed_parseManifest(bytes);
            if (manifest !== undefined) {
                const key = `${manifest.name}@${manifest.version}`;
                const known = found.get(key);
                const declared = wanted.has(key) && (known === undefined || folder.path < known.path) ? npmAuthorSupplier(manifest.author, `${folder.path}/package.json`) : undefined;
                if (declared !== undefined)
                    found.set(key, { path: folder.path, declared });
            }
            add({ path: `${folder.path}/node_modules`, kind: 'node_modules' });
            return;
        }
        let entries;
        try {
            // Read entry by entry: a folder of millions of entries costs no more than the limit.
            entries = await opendir(join(dir, folder.path));
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
function installed_parseManifest(bytes) {
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

// EXTERNAL MODULE: ./lib/sbom/parsers/identities.js
var identities = __webpack_require__(98706);
;// CONCATENATED MODULE: ./lib/sbom/parsers/index.js

/**
 * A parser whose code loads the first time it reads a file: a run loads the parsers of the
 * lockfiles it finds, not all of them (an npm project's SBOM spends no start-up on TOML, XML or
 * executable readers, nor on the purl library the other ecosystems build purls with).
 */
function loadedOnUse(identity, load) {
    let loaded;
    return { ...identity, parse: async (input) => (await (loaded ??= load())).parse(input) };
}
/** Every lockfile parser the catalog runs, one line each; the first parser that matches a file reads it. */
const parsers_PARSERS = [
    loadedOnUse(identities/* NPM_PACKAGE_LOCK */.fj, async () => (await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(946)]).then(__webpack_require__.bind(__webpack_require__, 39105))).npmPackageLockParser),
    loadedOnUse(identities/* YARN_LOCK */.dr, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(891), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 51380))).yarnLockParser),
    loadedOnUse(identities/* PNPM_LOCK */.al, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(891), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 71068))).pnpmLockParser),
    loadedOnUse(identities/* BUN_LOCK */.gB, async () => (await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(686)]).then(__webpack_require__.bind(__webpack_require__, 54609))).bunLockParser),
    loadedOnUse(identities/* GO_MOD */.Sw, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(638)]).then(__webpack_require__.bind(__webpack_require__, 66638))).goModParser),
    loadedOnUse(identities/* GO_BINARY */.XN, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(245)]).then(__webpack_require__.bind(__webpack_require__, 45245))).goBinaryParser),
    loadedOnUse(identities/* CARGO_LOCK */.z2, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(840)]).then(__webpack_require__.bind(__webpack_require__, 67840))).cargoLockParser),
    loadedOnUse(identities/* POETRY_LOCK */.WL, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(82)]).then(__webpack_require__.bind(__webpack_require__, 15082))).poetryLockParser),
    loadedOnUse(identities/* UV_LOCK */.AH, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(932)]).then(__webpack_require__.bind(__webpack_require__, 21932))).uvLockParser),
    loadedOnUse(identities/* PIPFILE_LOCK */.Uy, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 41964))).pipfileLockParser),
    loadedOnUse(identities/* REQUIREMENTS_TXT */.Iq, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(330)]).then(__webpack_require__.bind(__webpack_require__, 17330))).requirementsTxtParser),
    loadedOnUse(identities/* GEMFILE_LOCK */.IP, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(268)]).then(__webpack_require__.bind(__webpack_require__, 2268))).gemfileLockParser),
    loadedOnUse(identities/* COMPOSER_LOCK */.jK, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(767)]).then(__webpack_require__.bind(__webpack_require__, 67767))).composerLockParser),
    loadedOnUse(identities/* NUGET_PACKAGES_LOCK */.WP, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(918)]).then(__webpack_require__.bind(__webpack_require__, 1918))).nugetPackagesLockParser),
    loadedOnUse(identities/* GRADLE_LOCKFILE */.Wn, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(892)]).then(__webpack_require__.bind(__webpack_require__, 69892))).gradleLockfileParser),
    loadedOnUse(identities/* POM_XML */.NA, async () => (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(292), __webpack_require__.e(482), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 74847))).pomXmlParser),
];

;// CONCATENATED MODULE: ./lib/sbom/catalog.js



















/** Folders never searched for lockfiles: installed copies and version control, not the project's own lockfiles. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'vendor', '.git']);
/**
 * What `sbom` leaves out unless told otherwise (`--no-default-excludes`): test suites, their
 * fixtures and examples hold lockfiles of other projects, not dependencies of the product. A
 * pattern without `/` names a file or directory at any depth, as in `.gitignore`.
 */
const catalog_DEFAULT_EXCLUDES = (/* unused pure expression or super */ null && (['test', 'tests', '__tests__', 'testdata', 'fixtures', '__fixtures__', 'example', 'examples']));
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
 * segment, `**` spans segments; a trailing `/` matches directories only. A matched directory
 * excludes all below it. No regular expression is built, so a hostile pattern costs time linear
 * in its length per segment.
 */
function excludeMatcher(patterns) {
    const compiled = patterns.map((pattern) => {
        const trimmed = pattern.trim();
        const body = trimmed.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
        const segments = body.split('/').filter((segment, index, all) => !(segment === '**' && all[index - 1] === '**'));
        return { segments: body.includes('/') ? segments : ['**', ...segments], directoriesOnly: trimmed.endsWith('/') };
    });
    return (path, directory) => {
        const segments = path.split('/');
        return compiled.some((pattern) => (directory || !pattern.directoriesOnly) && segmentsMatch(pattern.segments, segments));
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
/** Names of executables and shared libraries read whatever their mode: a library (Go's `-buildmode=c-shared` too) is not executable. */
const BINARY_NAME = /\.(?:exe|dll|dylib|so(?:\.\d+)*)$/i;
/**
 * Whether a regular file's name leaves it a possible executable: `.exe` or a shared library's name
 * (`.so`, `.so.1.2`, `.dll`, `.dylib`), or neither a dotfile, a conventional text name, nor an
 * extension known to be something else.
 */
function mayBeExecutable(name) {
    const extension = extname(name).toLowerCase();
    if (BINARY_NAME.test(name))
        return 'exe';
    if (name.startsWith('.') || NOT_EXECUTABLE_EXTENSIONS.has(extension) || NOT_EXECUTABLE_NAMES.has(name.toLowerCase()))
        return undefined;
    return 'if-executable';
}
/**
 * The first {@link SNIFF_BYTES} bytes of a file (fewer when it is shorter), or undefined when it
 * cannot be read or is not a regular file (a pipe or a device put in a file's place since it was
 * listed). Read with synchronous calls: a release of 20,000 files sniffed each with four waits on
 * the thread pool (open, fstat, read, close) spent 0.65 s on them; read so, a file takes a few microseconds.
 */
function readHead(path) {
    try {
        return readRegularFileHeadSync(path, SNIFF_BYTES, { what: 'file' });
    }
    catch {
        return undefined;
    }
}
/** The parser that recognises a file by its first bytes, if any. */
function sniffingParser(path, parsers) {
    const head = readHead(path);
    return head === undefined ? undefined : parsers.find((parser) => parser.sniff?.(head) === true);
}
/** Files sniffed between two turns of the event loop (a few milliseconds): signals and the hashing threads' answers are not kept waiting. */
const SNIFFS_PER_TURN = 512;
/** Directories listed between two turns of the event loop, for the same reason (a few milliseconds). */
const LISTINGS_PER_TURN = 256;
/**
 * The parser each file's first bytes show (undefined for none, and for a file that `worth`, given
 * its index, says is not worth reading), the event loop turning every {@link SNIFFS_PER_TURN} files.
 */
async function sniffEach(paths, parsers, worth) {
    const found = [];
    for (let index = 0; index < paths.length; index++) {
        if (index > 0 && index % SNIFFS_PER_TURN === 0)
            await setImmediate();
        found.push(worth(index) ? sniffingParser(paths[index], parsers) : undefined);
    }
    return found;
}
/**
 * How many files are read and parsed at once: enough to overlap reading one with parsing another,
 * few enough that memory holds a few lockfiles at their size bound, not a whole hostile tree's.
 */
const PARSE_CONCURRENCY = 8;
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
 * (an executable bit, or `.exe`), from their first {@link SNIFF_BYTES} bytes. A directory below
 * `dir` that cannot be listed is an unknown, never skipped in silence: the SBOM would look
 * complete without the lockfiles it holds. One gone since its parent was listed held nothing.
 */
async function findLockfiles(dir, parsers = PARSERS, exclude = []) {
    const found = [];
    const unreadable = [];
    const excluded = exclude.length === 0 ? () => false : excludeMatcher(exclude);
    const sniffers = parsers.filter((parser) => parser.sniff !== undefined);
    // A name that may be an executable's is read if it is one: `.exe`, or a file with an executable bit and room for a header.
    const executable = (absolute) => {
        try {
            const info = statSync(absolute, { throwIfNoEntry: false });
            return info !== undefined && info.isFile() && (info.mode & 0o111) !== 0 && info.size >= SNIFF_BYTES;
        }
        catch {
            // A file that cannot be looked at (a loop of links, no permission) cannot be read either.
            return false;
        }
    };
    const candidates = [];
    let listed = 0;
    // Each directory listed with a synchronous call: listed through the thread pool, one after the other, a tree of
    // 10,000 directories (a monorepo's projects) took 340 ms of waits; so, 85 ms.
    const walk = async (relativeDir) => {
        if (++listed % LISTINGS_PER_TURN === 0)
            await setImmediate();
        let entries;
        try {
            entries = readdirSync(join(dir, relativeDir), { withFileTypes: true });
        }
        catch (error) {
            if (relativeDir === '')
                throw directoryError(dir, error);
            const code = systemErrorCode(error);
            if (code === 'ENOENT' && namedOutsideUtf8(dir, relativeDir))
                unreadable.push({ path: relativeDir, reason: 'the directory\'s name is not valid UTF-8 (shown with U+FFFD in place of its bytes), a path no SBOM can name: the lockfiles in it, if any, are not cataloged; rename it in UTF-8' });
            else if (code !== 'ENOENT' && code !== 'ENOTDIR')
                unreadable.push({ path: relativeDir, reason: `the directory could not be read (${code ?? boundedText(messageOf(error), 200)}): the lockfiles in it, if any, are not cataloged` });
            return;
        }
        for (const entry of entries) {
            const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
            if (excluded(path, entry.isDirectory()))
                continue;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    await walk(path);
            }
            else if (entry.isFile()) {
                const parser = parsers.find((candidate) => candidate.matches(entry.name, path));
                const candidate = parser === undefined && sniffers.length > 0 ? mayBeExecutable(entry.name) : undefined;
                if (parser !== undefined)
                    found.push({ path, parser, sniffed: false });
                else if (candidate !== undefined)
                    candidates.push({ path, candidate });
            }
            else if (!entry.isSymbolicLink() && parsers.some((candidate) => candidate.matches(entry.name, path))) {
                // A pipe, a socket or a device with a lockfile's name is never opened (a pipe would block), but the SBOM says what it did not read.
                unreadable.push({ path, reason: `${entry.isFIFO() ? 'a named pipe' : entry.isSocket() ? 'a socket' : 'a device'} with a lockfile's name, not a regular file: not read, so what it would list is not cataloged` });
            }
        }
    };
    await walk('');
    // Sniffed after the walk: the walk itself never waits on a stat call.
    const paths = candidates.map(({ path }) => join(dir, path));
    const parsersFound = await sniffEach(paths, sniffers, (index) => candidates[index]?.candidate === 'exe' || executable(paths[index]));
    candidates.forEach(({ path }, index) => {
        const parser = parsersFound[index];
        if (parser !== undefined)
            found.push({ path, parser, sniffed: true });
    });
    return { files: found.sort((a, b) => compareText(a.path, b.path)), unreadable: unreadable.sort((a, b) => compareText(a.path, b.path)) };
}
/**
 * Whether the last name of `relativeDir` (below `dir`) stands for bytes that are not UTF-8: Node
 * lists such a name with U+FFFD in their place, a name nothing has, so the directory cannot be
 * opened by it. Its parent is listed again as bytes, only for a name holding U+FFFD (which a
 * UTF-8 name may hold too).
 */
function namedOutsideUtf8(dir, relativeDir) {
    const slash = relativeDir.lastIndexOf('/');
    const name = relativeDir.slice(slash + 1);
    if (!name.includes('\uFFFD'))
        return false;
    try {
        return readdirSync(join(dir, relativeDir.slice(0, Math.max(slash, 0))), { encoding: 'buffer' }).some((raw) => !isUtf8(raw) && raw.toString('utf8') === name);
    }
    catch {
        return false;
    }
}
function directoryError(dir, error) {
    const code = systemErrorCode(error);
    return new SbomError('SBOM_DIRECTORY_UNREADABLE', `cannot read ${dir}: ${code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'it is not a directory' : messageOf(error)}`, {
        cause: error,
        hint: 'give the project directory to catalog (the one holding package-lock.json, go.mod, Cargo.lock, ...)',
    });
}
/** Whether a path is the scanned directory or lies inside it, out of node_modules (`dir` as `path` is: both real, or both as named). */
function staysInside(dir, path) {
    const inside = pathInside(dir, path, { baseItself: true });
    return inside !== undefined && !inside.split(sep).includes('node_modules');
}
/**
 * The real path of a file or directory of the scanned tree, when it is one: a symbolic link (the
 * file's own, or a directory's on the way) is followed only when it leads to somewhere in the tree,
 * so a link a pull request adds (`extra.txt -> /proc/self/environ`, `Gemfile -> ~/.ssh/...`) never
 * makes the catalog read a file outside it. Undefined when it leads out or does not exist.
 */
function realPathInside(tree, path) {
    let real;
    try {
        real = realpathSync.native(path);
    }
    catch {
        return undefined;
    }
    return staysInside(tree.realDir, real) ? real : undefined;
}
/** The absolute path of `name` beside a lockfile; undefined when it leaves the scanned directory or lies in node_modules. */
function siblingPath(dir, lockfile, name) {
    const path = resolve(dir, posix.dirname(lockfile), name);
    return staysInside(dir, path) ? path : undefined;
}
/** Reads files next to a lockfile, never outside the scanned directory (by its name, or through a symbolic link). */
function siblingReader(tree, lockfile) {
    return async (name) => {
        const lexical = siblingPath(tree.dir, lockfile, name);
        const path = lexical === undefined ? undefined : realPathInside(tree, lexical);
        if (path === undefined)
            return undefined;
        try {
            return readRegularFileSync(path, { maxBytes: INPUT_LIMITS.lockfile, what: 'file' });
        }
        catch {
            return undefined;
        }
    };
}
/** How many entries of one directory a parser is told about at most: a glob over a huge directory costs bounded memory. */
const MAX_LISTED_ENTRIES = 10_000;
/**
 * Lists the directories (not in node_modules, not symbolic links) of a directory next to a lockfile,
 * or its other entries (files, and links and pipes, which a tool would take for files too), never
 * outside the scanned directory. The other entries of a directory holding more than can be listed
 * are not known: one left out may be the file a parser looks for.
 */
function siblingLister(tree, lockfile, kind) {
    return async (name) => {
        const lexical = siblingPath(tree.dir, lockfile, name);
        const path = lexical === undefined ? undefined : realPathInside(tree, lexical);
        if (path === undefined)
            return undefined;
        try {
            const entries = await readdir(path, { withFileTypes: true });
            const wanted = kind === 'directories' ? entries.filter((entry) => entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) : entries.filter((entry) => !entry.isDirectory());
            if (kind === 'files' && wanted.length > MAX_LISTED_ENTRIES)
                return undefined;
            return wanted.map((entry) => entry.name).sort(compareText).slice(0, MAX_LISTED_ENTRIES);
        }
        catch {
            return undefined;
        }
    };
}
/** A file opened for range reads, so a parser of executables reads its headers and build info, not the whole file. */
async function openRandomAccess(path) {
    // Never a pipe or a device put in the file's place since it was sniffed.
    const { handle, size } = await openRegularFile(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' });
    const read = async (offset, length) => {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(length), 0, length, offset);
        return buffer.subarray(0, bytesRead);
    };
    return { file: { size, read }, close: () => handle.close() };
}
/** Whether a file starts with a UTF-16 byte-order mark (PowerShell's `>` writes one). */
function startsUtf16(content) {
    return (content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff);
}
/**
 * A lockfile that is not UTF-8 (bytes of another encoding, UTF-16 as PowerShell 5 writes
 * `pip freeze > requirements.txt`, or corruption): every parser reads text as UTF-8, each byte that
 * is not became U+FFFD in the names, versions and purls it is in, with nothing said. One unknown at
 * the first such line says so, and --strict fails (a UTF-16 file is not parsed at all).
 */
function notUtf8(content, path) {
    let line = 1;
    // Line by line up to the first that is not UTF-8: only a file that is not is scanned.
    for (let start = 0; start < content.length; line++) {
        const end = content.indexOf(0x0a, start);
        const stop = end === -1 ? content.length : end;
        if (!isUtf8(content.subarray(start, stop)))
            break;
        start = stop + 1;
    }
    return startsUtf16(content)
        ? { path, line, reason: 'UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8, which lockfiles are read as: nothing in it was read as what it says; convert it (iconv -f UTF-16 -t UTF-8) and run again' }
        : { path, line, reason: 'holds bytes that are not UTF-8, which lockfiles are read as: they were read as U+FFFD, so names, versions and purls on this line (and any other such) are not the file\'s; regenerate the file, or convert it to UTF-8' };
}
/** The result with one more unknown, counted too when its unknowns are counted past those listed. */
function withUnknown(result, unknown) {
    return { ...result, unknowns: [...(result.unknowns ?? []), unknown], ...(result.unknownCount === undefined ? {} : { unknownCount: result.unknownCount + 1 }) };
}
async function parseOne(tree, target, includeDev, goModuleCache, shared, budget) {
    const { path, parser, sniffed, artifact } = target;
    const parsed = { path, parser: parser.name, sniffed, artifact };
    const readSibling = artifact ? () => Promise.resolve(undefined) : siblingReader(tree, path);
    const cache = goModuleCache === undefined ? { shared } : { goModuleCache, shared };
    if (!artifact) {
        cache.listSiblingDirectories = siblingLister(tree, path, 'directories');
        cache.listSiblingFiles = siblingLister(tree, path, 'files');
    }
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
        const content = readRegularFileSync(target.absolute, { maxBytes: INPUT_LIMITS.lockfile, what: 'lockfile', shown: path });
        // Taken in the targets' order (each task reads before its first wait, and tasks start in order): the same tree refuses the same files.
        const refused = budget.take(content.length, lineCost(content, parser.costPerLine));
        if (refused !== undefined)
            return { ...parsed, unknown: { path, reason: refused } };
        // UTF-16 read as UTF-8 is every other byte a NUL: none of it is what it says, and a parser's unknowns about its lines would only bury this one.
        if (startsUtf16(content))
            return { ...parsed, unknown: notUtf8(content, path) };
        const result = await parser.parse({ path, content, readSibling, includeDev, ...cache });
        return { ...parsed, result: isUtf8(content) ? result : withUnknown(result, notUtf8(content, path)) };
    }
    catch (error) {
        if (error instanceof SbomParseError) {
            const unknown = { path, reason: reasonOf(error, path) };
            if (error.line !== undefined)
                unknown.line = error.line;
            return { ...parsed, unknown };
        }
        // A parser bug or an unreadable file must not cost the rest of the SBOM; it is recorded like a parse failure.
        return { ...parsed, unknown: { path, reason: `${parser.name} could not read it: ${boundedText(messageOf(error), 500)}` } };
    }
}
/** The release files a parser recognises by their first bytes, as parse targets named as listed. */
async function artifactTargets(artifacts, parsers) {
    const sniffers = parsers.filter((parser) => parser.sniff !== undefined);
    if (sniffers.length === 0)
        return [];
    // Named like source, text or an archive (a docs site's thousands of pages, a release's .tar.gz and .sig files): not read.
    const sniffedParsers = await sniffEach(artifacts.map(({ path }) => path), sniffers, (index) => {
        // A release file's name has `/` separators; its last part is the file's own name.
        const name = artifacts[index]?.name ?? '';
        return mayBeExecutable(name.slice(name.lastIndexOf('/') + 1)) !== undefined;
    });
    return artifacts.flatMap(({ name, path }, index) => {
        const parser = sniffedParsers[index];
        return parser === undefined ? [] : [{ absolute: path, path: name, parser, sniffed: true, artifact: true }];
    });
}
/**
 * A package a lockfile names by a local path (`download_url=../lib`, npm's `file:../lib`) that is
 * the directory of another lockfile of the tree, whose root has its ecosystem and name, is that
 * root: a monorepo's library is one package, not its own root and a path copy of it. Each such
 * result is rewritten with the root's purl, its edges too.
 */
function pathCopiesAsRoots(parsed) {
    // Keyed by directory and ecosystem: a Cargo.lock and a package-lock.json may share a directory.
    const rootsByDir = new Map();
    for (const entry of parsed)
        if (entry.result?.root !== undefined && !entry.artifact && !entry.sniffed)
            rootsByDir.set(`${posix.dirname(entry.path)}\u0000${entry.result.root.ecosystem}`, entry.result.root);
    if (rootsByDir.size < 2)
        return;
    for (const entry of parsed) {
        const result = entry.result;
        if (result === undefined || entry.artifact || entry.sniffed)
            continue;
        const aliases = new Map();
        for (const pkg of result.packages) {
            // Only purls with a download_url are looked at: the thousands of registry packages are skipped at once.
            const qualifier = pkg.purl.includes('download_url=') ? /[?&]download_url=([^&#]*)/.exec(pkg.purl)?.[1] : undefined;
            if (qualifier === undefined)
                continue;
            let path;
            try {
                path = decodeURIComponent(qualifier).replace(/^(?:file|link|portal):/, '');
            }
            catch {
                continue;
            }
            // A URL or an absolute path names nothing of the scanned tree.
            if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) || path.startsWith('/'))
                continue;
            const other = rootsByDir.get(`${posix.normalize(posix.join(posix.dirname(entry.path), path)).replace(/(.)\/$/, '$1')}\u0000${pkg.ecosystem}`);
            if (other !== undefined && other.name === pkg.name && other.purl !== pkg.purl)
                aliases.set(pkg.purl, other.purl);
        }
        if (aliases.size === 0)
            continue;
        const alias = (purl) => aliases.get(purl) ?? purl;
        entry.result = {
            ...result,
            packages: result.packages.map((pkg) => (aliases.has(pkg.purl) ? { ...pkg, purl: alias(pkg.purl) } : pkg)),
            relationships: result.relationships.map((relationship) => ({ ...relationship, from: alias(relationship.from), to: alias(relationship.to) })),
        };
        if (result.members !== undefined)
            entry.result.members = result.members.map(alias);
    }
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
/**
 * Copies of one package from several lockfiles: one package with every location, the stronger
 * scope, the first hashes and license. Returns the other copy's hashes that contradict the first's
 * (the same algorithm, another digest), which the SBOM cannot both record.
 */
function merge(into, other) {
    // One at a time: spread into push's arguments, a copy found in some 150,000 places ran out of stack (RangeError).
    for (const location of other.locations)
        into.locations.push(location);
    into.scope = strongerScope(into.scope, other.scope);
    const contradicting = contradictingHashes(into.hashes, other.hashes);
    const algorithms = new Set(into.hashes.map((hash) => hash.algorithm));
    for (const hash of other.hashes)
        if (!algorithms.has(hash.algorithm))
            into.hashes.push(hash);
    into.license ??= other.license;
    into.downloadLocation ??= other.downloadLocation;
    into.supplier ??= other.supplier;
    // Gathered unsorted (the clone's own array): the catalog sorts each package's once, after every lockfile; sorting here was quadratic in the lockfiles.
    if (other.properties !== undefined) {
        const properties = (into.properties ??= []);
        for (const property of other.properties)
            properties.push(property);
    }
    return contradicting;
}
function clonePackage(pkg) {
    const clone = { ...pkg, hashes: [...pkg.hashes], locations: [...pkg.locations] };
    if (pkg.properties !== undefined)
        clone.properties = [...pkg.properties];
    return clone;
}
async function manifestRoot(tree) {
    const path = realPathInside(tree, join(tree.dir, 'package.json'));
    if (path === undefined)
        return undefined;
    let manifest;
    try {
        manifest = JSON.parse((await readRegularFile(path, { maxBytes: INPUT_LIMITS.lockfile, what: 'file' })).toString('utf8'));
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
    let purl;
    try {
        purl = npmPurl(name, versionText);
    }
    catch {
        // A name no package URL can be made of ("@scope/") names no root, as a package.json that is not JSON does not.
        return undefined;
    }
    const root = { purl, ecosystem: 'npm', name, version: versionText, hashes: [], locations: [{ path: 'package.json' }], scope: 'required' };
    if (typeof license === 'string' && license !== '')
        root.license = license;
    return root;
}
/**
 * The root when no manifest names the project: the directory, by the name of its real path (one
 * directory gets one name, whether reached through a link or not), as a generic package. The purl
 * library loads only here: an npm project's catalog never needs it (see npm-purl.ts).
 */
async function directoryRoot(dir) {
    const name = basename(dir) || 'project';
    const { purlOf } = await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 73408));
    return { purl: purlOf('generic', name, ''), ecosystem: 'generic', name, version: '', hashes: [], locations: [{ path: '.' }], scope: 'required' };
}
/**
 * Finds every lockfile under a directory, runs its parser, and merges the results into one
 * catalog: one package per purl, the root project as the described package, other projects'
 * roots contained by it, dev dependencies dropped unless asked for, and every file that failed to
 * parse recorded as an Unknown (the rest is still cataloged).
 */
async function catalogDirectory(options) {
    const dir = resolve(options.dir);
    // Resolved while the directory is checked: two waits on the thread pool at once, not one after the other.
    const realDir = realpath(dir);
    realDir.catch(() => undefined);
    const info = await stat(dir).catch((error) => {
        throw directoryError(dir, error);
    });
    if (!info.isDirectory())
        throw directoryError(dir, Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }));
    const tree = { dir, realDir: await realDir };
    const parsers = options.parsers ?? PARSERS;
    const [{ files: lockfiles, unreadable }, artifacts] = await Promise.all([findLockfiles(dir, parsers, options.exclude), artifactTargets(options.artifacts ?? [], parsers)]);
    // A release file inside the scanned tree is read once, as the artifact it is. Its path is resolved only when the tree
    // has executables: 20,000 release files took 10 ms to resolve for nothing.
    const artifactPaths = lockfiles.some((found) => found.sniffed) ? new Set((options.artifacts ?? []).map((artifact) => resolve(artifact.path))) : new Set();
    const inTree = lockfiles.map((found) => ({ ...found, absolute: join(dir, found.path), artifact: false })).filter((target) => !(target.sniffed && artifactPaths.has(target.absolute)));
    const targets = [...inTree, ...artifacts];
    // A few at a time: each lockfile is read whole (up to INPUT_LIMITS.lockfile), so reading them all at once held the whole tree's.
    const results = [];
    // This run's only: two runs never share what they read.
    const shared = sharedWork(SHARED_WORK_BYTES);
    const budget = new ParseBudget(options.parseBudgetBytes);
    await forEachLimited(targets.map((target, index) => ({ target, index })), PARSE_CONCURRENCY, async ({ target, index }) => {
        results[index] = await parseOne(tree, target, options.includeDev, options.goModuleCache, shared, budget);
    });
    const parsed = withoutConstraintFiles(results.filter((entry) => !(entry.sniffed && foundNothing(entry))));
    pathCopiesAsRoots(parsed);
    const topRoots = parsed.filter((entry) => entry.result?.root !== undefined && !entry.path.includes('/') && !entry.sniffed);
    const root = clonePackage(topRoots[0]?.result?.root ?? (await manifestRoot(tree)) ?? (await directoryRoot(tree.realDir)));
    root.scope = 'required';
    const packages = new Map();
    // A parser's packages are taken as they are and copied only before the catalog changes one (a
    // second copy merged in, an installed supplier, locations to sort): most packages are found
    // once, and a copy of each was garbage on every run. What a parser returned is never changed.
    const copies = new Set();
    let kept = packages;
    /** The catalog's own copy of the package with this purl, made now unless made before; `kept` holds it too. */
    const own = (purl) => {
        const current = packages.get(purl);
        if (copies.has(current))
            return current;
        const copy = clonePackage(current);
        copies.add(copy);
        packages.set(purl, copy);
        if (kept !== packages && kept.has(purl))
            kept.set(purl, copy);
        return copy;
    };
    const relationships = new RelationshipSet();
    const relate = (relationship) => {
        relationships.add(relationship);
    };
    /** Packages that took properties from another copy: sorted (and repeats dropped) once, below. */
    const merged = new Set();
    /** Copies of a package locked with another digest than its first copy: unknowns, as the SBOM records one digest. */
    const hashConflicts = [];
    const add = (pkg) => {
        if (pkg.purl === root.purl) {
            for (const location of pkg.locations)
                root.locations.push(location);
            return;
        }
        if (!packages.has(pkg.purl))
            packages.set(pkg.purl, pkg);
        else {
            const into = own(pkg.purl);
            const first = into.locations[0];
            const contradicting = merge(into, pkg);
            if (pkg.properties !== undefined)
                merged.add(into);
            // One package locked with two digests: two artifacts under one name (a tampered mirror, a republished tarball); the SBOM keeps the first.
            const where = pkg.locations[0];
            if (contradicting.length > 0 && where !== undefined) {
                hashConflicts.push({
                    path: where.path,
                    ...(where.line === undefined ? {} : { line: where.line }),
                    reason: `${pkg.purl} is locked here with ${shortHashes(contradicting)}, another digest than ${first === undefined ? 'its first copy' : `in ${first.path}${first.entry === undefined ? '' : ` (${first.entry})`}`}, which the SBOM records: check which copy is the one installed`,
                });
            }
        }
    };
    /** Each lockfile's dependency edges as the set took them: for its summary, which counts each edge once (see {@link summarise}). */
    const lockfileEdges = new Map();
    for (const entry of parsed) {
        const result = entry.result;
        if (result === undefined)
            continue;
        // Indexed: an iterator per package and edge is garbage in code that runs once.
        for (let index = 0; index < result.packages.length; index++)
            add(result.packages[index]);
        const edges = { first: [], again: [] };
        lockfileEdges.set(entry, edges);
        for (let index = 0; index < result.relationships.length; index++) {
            const relationship = result.relationships[index];
            const added = relationships.add(relationship);
            if (relationship.type !== 'depends-on')
                continue;
            if (added)
                edges.first.push(relationship);
            else if (relationship.from !== relationship.to)
                edges.again.push(relationship);
        }
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
            // what the lockfile says the project references (else what nothing else depends on) is what it depends on.
            const members = new Set(result.members);
            for (const member of members)
                relate({ from: root.purl, to: member, type: 'contains' });
            const targets = new Set(result.relationships.map((relationship) => relationship.to));
            const direct = result.direct ?? result.packages.map((pkg) => pkg.purl).filter((purl) => !targets.has(purl));
            for (const purl of direct)
                if (!members.has(purl))
                    relate({ from: root.purl, to: purl, type: 'depends-on' });
        }
    }
    for (const pkg of merged)
        pkg.properties = sortProperties(pkg.properties ?? []);
    // With dev dependencies wanted, every package is kept: no copy of the map.
    if (!options.includeDev)
        kept = new Map([...packages].filter(([, pkg]) => pkg.scope !== 'dev'));
    await addInstalledSuppliers(dir, parsed, kept, own);
    const exists = (purl) => purl === root.purl || kept.has(purl);
    // Sorted by purl with the engine's native string sort (UTF-16 code unit order, as compareText), not a comparator called per comparison; the map gives each back.
    const purls = [...kept.keys()].sort();
    const sortedPackages = [];
    for (let index = 0; index < purls.length; index++)
        sortedPackages.push(kept.get(purls[index]));
    root.locations = uniqueLocations(root.locations);
    for (let index = 0; index < sortedPackages.length; index++) {
        // One location is already unique and sorted.
        if (sortedPackages[index].locations.length < 2)
            continue;
        const pkg = own(sortedPackages[index].purl);
        pkg.locations = uniqueLocations(pkg.locations);
        sortedPackages[index] = pkg;
    }
    const sortedRelationships = relationships.sorted(exists);
    // One file's unknown once, though several lockfiles read it (a requirements file that others include).
    const fileUnknowns = [...new Map(parsed.flatMap((entry) => (entry.unknown === undefined ? (entry.result?.unknowns ?? []) : [entry.unknown])).map((unknown) => [`${unknown.path}\u0000${unknown.line ?? ''}\u0000${unknown.reason}`, unknown])).values()];
    // In path order with the files' (a stable sort keeps each file's own order, by line).
    const unknowns = unreadable.length === 0 && hashConflicts.length === 0 ? fileUnknowns : [...unreadable, ...fileUnknowns, ...hashConflicts].sort((a, b) => compareText(a.path, b.path));
    const artifactContents = parsed.flatMap((entry) => {
        if (!entry.artifact || entry.result === undefined)
            return [];
        const purls = new Set([...(entry.result.root === undefined ? [] : [entry.result.root.purl]), ...entry.result.packages.map((pkg) => pkg.purl)]);
        return [{ name: entry.path, packages: [...purls].filter((purl) => purl !== root.purl && kept.has(purl)).sort(compareText) }];
    });
    return { root, packages: sortedPackages, relationships: sortedRelationships, unknowns, lockfiles: parsed.map((entry) => summarise(entry, lockfileEdges.get(entry), kept, exists)), artifacts: artifactContents };
}
/**
 * The parsed files without the requirements files another names with `-c` that only their directory
 * made look like requirements (`requirements/pins.txt`): pip reads those as constraints, which ask for
 * nothing, so they are read where `-c` names them, not on their own. A file whose name says
 * requirements stays a requirements file of its own, though another uses it as constraints.
 */
function withoutConstraintFiles(parsed) {
    const constraintFiles = new Set(parsed.flatMap((entry) => entry.result?.constraintFiles ?? []));
    return parsed.filter((entry) => !(entry.parser === REQUIREMENTS_TXT.name && constraintFiles.has(entry.path) && !namedAsRequirements(posix.basename(entry.path))));
}
/** The directory of a lockfile (relative to the scanned one, `/` separators) as the prefix of its `node_modules` beside it: '' at the top. */
function nodeModulesPrefix(lockfile) {
    const lockfileDir = posix.dirname(lockfile);
    return lockfileDir === '.' ? '' : `${lockfileDir}/`;
}
/**
 * Suppliers of npm packages from the `author` their installed copies declare: for each JavaScript
 * lockfile, the `node_modules` folder beside it (and those of its workspace members, for npm) is
 * read, and a registry package without a supplier takes the author of an installed copy with its
 * name and version. Packages from git, tarball URLs or local folders are left alone: a copy of the
 * same name and version is no proof of where theirs came from. `own` gives the catalog's copy of a
 * package to change.
 */
async function addInstalledSuppliers(dir, parsed, kept, own) {
    for (const entry of parsed) {
        const prefix = nodeModulesPrefix(entry.path);
        // Nothing installed beside the lockfile (nor, then, in its workspace members): nothing to read.
        if (entry.result?.packages.some((pkg) => pkg.ecosystem === 'npm') !== true || !isRealDirectory(join(dir, `${prefix}node_modules`)))
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
            for (const { purl } of byKey.get(key) ?? []) {
                const pkg = own(purl);
                pkg.supplier = supplier;
                pkg.properties = sortProperties([...(pkg.properties ?? []), property]);
            }
        }
    }
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
    index = new RelationshipIndex();
    /** Adds the relationship unless it is a self-edge or already present; says whether it was added. */
    add(relationship) {
        if (relationship.from === relationship.to)
            return false;
        const byTo = this.index.targets(relationship.type, relationship.from);
        if (byTo.has(relationship.to))
            return false;
        byTo.set(relationship.to, relationship);
        return true;
    }
    /**
     * The relationships whose two ends `exists` accepts, sorted by type, then `from`, then `to`
     * (UTF-16 code unit order, as {@link compareText}): each level's keys sorted on their own, so no
     * key joining the three is built for each of tens of thousands of edges. An end is asked about
     * once per `from`, and a single `to` needs no list to sort (most packages depend on few others).
     */
    sorted(exists) {
        const sorted = [];
        const { byType } = this.index;
        for (const type of [...byType.keys()].sort()) {
            const byFrom = byType.get(type);
            const froms = [...byFrom.keys()].sort();
            // Indexed, and a single edge taken as it is: an iterator per package is garbage in code that runs once.
            for (let fromIndex = 0; fromIndex < froms.length; fromIndex++) {
                const from = froms[fromIndex];
                if (!exists(from))
                    continue;
                const byTo = byFrom.get(from);
                if (byTo.size === 1) {
                    for (const relationship of byTo.values())
                        if (exists(relationship.to))
                            sorted.push(relationship);
                    continue;
                }
                const tos = [...byTo.keys()].sort();
                for (let toIndex = 0; toIndex < tos.length; toIndex++) {
                    const to = tos[toIndex];
                    if (exists(to))
                        sorted.push(byTo.get(to));
                }
            }
        }
        return sorted;
    }
}
/** A lockfile's counts; an edge counts once, when it is no self-edge and the catalog kept both its ends. */
function summarise(entry, edges, kept, exists) {
    let packages = 0;
    let licensed = 0;
    let hashed = 0;
    let edgeCount = 0;
    const result = entry.result;
    if (result !== undefined) {
        // Indexed: this runs once, over thousands.
        const counted = new Set();
        for (let index = 0; index < result.packages.length; index++) {
            const { purl } = result.packages[index];
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
    }
    if (edges !== undefined) {
        // The edges the set took first are distinct: only those it held already (rare: a lockfile
        // listing an edge twice, or one another lockfile listed too) are told apart from the rest.
        const countedEdges = edges.again.length === 0 ? undefined : new Set();
        for (let index = 0; index < edges.first.length; index++) {
            const { from, to } = edges.first[index];
            if (!exists(from) || !exists(to))
                continue;
            edgeCount++;
            countedEdges?.add(`${from}\u0000${to}`);
        }
        for (let index = 0; index < edges.again.length; index++) {
            const { from, to } = edges.again[index];
            const key = `${from}\u0000${to}`;
            if (!exists(from) || !exists(to) || countedEdges?.has(key) === true)
                continue;
            edgeCount++;
            countedEdges?.add(key);
        }
    }
    return { path: entry.path, parser: entry.parser, packages, edges: edgeCount, licensed, hashed, unknowns: entry.unknown === undefined ? 0 : 1, unresolved: result?.unknownCount ?? result?.unknowns?.length ?? 0 };
}

;// CONCATENATED MODULE: ./lib/config/sbom.js







/**
 * The exclude patterns an input gives, after the default ones unless `defaultsInput` is false;
 * a pattern that climbs out of the cataloged directory (a `..` segment) could never match, and a
 * negation (`!`) is not one: both are reported.
 */
function sbom_excludePatterns(reader, input, defaultsInput) {
    const given = reader.list(input);
    for (const pattern of given) {
        // .gitignore's negation would take a file back in: read as a literal pattern it matches nothing, and the file stays out without a word.
        if (pattern.startsWith('!'))
            reader.report(input, `${quoted(pattern)} is a negation, which exclude patterns do not have (a pattern only leaves out); exclude what to leave out and nothing else (a name that starts with "!" is matched by "?" in its place)`);
        else if (pattern.split(/[/\\]/).includes('..'))
            reader.report(input, `${quoted(pattern)} leaves the cataloged directory; patterns are relative to it`);
        // `/` or `./`: the cataloged directory itself, which a pattern cannot leave out (it matched nothing, without a word).
        else if (pattern.trim().replace(/^\.\//, '').replace(/^\/+|\/+$/g, '') === '')
            reader.report(input, `${quoted(pattern)} names the cataloged directory itself, which is never left out; name a file or directory in it`);
    }
    return [...(reader.boolean(defaultsInput, true) ? DEFAULT_EXCLUDES : []), ...given];
}
/**
 * Validates SBOM inputs (`path`, `format`, `output`, `output-dir`, `include-dev`, `strict`,
 * `artifacts`, `base`, `exclude`, `default-excludes`, `allow-empty`, `organization`), reporting
 * every problem at once.
 */
function sbomConfig(raw, nameOf, defaults) {
    const reader = new InputReader(raw, nameOf);
    const given = reader.string('output');
    // `-o -` prints the SBOM, as no --output does; the checks below still see that one file was named.
    const output = given === '-' ? undefined : given;
    // The output's name says the format when none is asked for (`-o bom.cdx.json`), and must not contradict one that is.
    const named = output === undefined ? [] : formatsNamedBy(basename(output));
    const formats = reader.choices('format', FORMAT_NAMES, named.length > 0 ? named.slice(0, 1) : [defaults.format], FORMAT_ALIASES);
    const contradicted = raw['format'] === undefined || named.length === 0 ? undefined : formats.find((format) => !named.includes(format));
    if (contradicted !== undefined && formats.length === 1) {
        const own = FORMATS.find((format) => format.name === contradicted);
        reader.report('output', `${quoted(output)} is the name of a ${named[0]} file, but ${nameOf('format')} is ${contradicted}; name it *${own?.extension ?? '.json'}, or leave ${nameOf('format')} out to write ${named[0]}`);
    }
    // An SBOM written over a lockfile or a manifest would replace what it is made from.
    if (output !== undefined && (SIBLING_FILE_NAMES.has(basename(output)) || PARSERS.some((parser) => parser.matches(basename(output), output)))) {
        reader.report('output', `${quoted(output)} is the name of a lockfile or manifest, which the SBOM is made from and writing it would replace; name the SBOM *.spdx.json or *.cdx.json`);
    }
    const outputDir = reader.string('output-dir', defaults.outputDir);
    if (given !== undefined && formats.length > 1)
        reader.report('output', `names one file, but ${formats.length} formats were asked for; use ${nameOf('output-dir')} instead`);
    if (given !== undefined && raw['output-dir'] !== undefined)
        reader.report('output', `give either ${nameOf('output')} or ${nameOf('output-dir')}, not both`);
    const config = {
        path: reader.string('path', defaults.path) ?? defaults.path,
        formats,
        output,
        outputDir: given === undefined && (outputDir !== undefined || formats.length > 1) ? (outputDir ?? '.') : undefined,
        includeDev: reader.boolean('include-dev', false),
        strict: reader.boolean('strict', false),
        artifacts: reader.list('artifacts'),
        artifactBase: reader.string('base', '.') ?? '.',
        exclude: sbom_excludePatterns(reader, 'exclude', 'default-excludes'),
        allowEmpty: reader.boolean('allow-empty', false),
        organization: reader.string('organization'),
    };
    reader.finish();
    return config;
}

;// CONCATENATED MODULE: ./lib/config/sign.js




/** Values of `instance`. */
const INSTANCE_CHOICES = ['auto', 'public-good', 'github', 'key'];
/**
 * The default of `timeout`: five minutes for all of one signature's requests to the signing
 * services. Longer than cosign's three: each request may retry for about 80 s on its own, and a
 * signature makes up to three (certificate, log entry, timestamp).
 */
const DEFAULT_SIGN_TIMEOUT_SECONDS = 300;
/** The longest `timeout`: six hours, the longest a GitHub-hosted job runs. */
const MAX_SIGN_TIMEOUT_SECONDS = 6 * 60 * 60;
/** `timeout` in milliseconds: whole seconds, minutes with `m` or hours with `h` (`90`, `90s`, `10m`, `6h`), from 1 s to 6 h. */
function timeoutOf(reader) {
    const value = reader.string('timeout');
    if (value === undefined)
        return DEFAULT_SIGN_TIMEOUT_SECONDS * 1000;
    const match = /^(\d{1,6})(s|m|h)?$/.exec(value);
    const seconds = match === null ? Number.NaN : Number(match[1]) * (match[2] === 'h' ? 3600 : match[2] === 'm' ? 60 : 1);
    if (!(seconds >= 1 && seconds <= MAX_SIGN_TIMEOUT_SECONDS)) {
        reader.report('timeout', `is ${(0,quote/* quoted */.TL)(value.slice(0, 40))}; expected a time from 1 s to 6 h in whole seconds, minutes or hours (\`90\`, \`90s\`, \`10m\`, \`2h\`)`);
        return DEFAULT_SIGN_TIMEOUT_SECONDS * 1000;
    }
    return seconds * 1000;
}
function url(reader, name) {
    const value = reader.string(name);
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        // Quoted without credentials: a private instance's URL may carry a password (refused below, once it parses).
        reader.report(name, `${(0,quote/* quoted */.TL)((0,core_proxy/* urlWithoutCredentials */.EV)(value))} is not a URL`);
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        reader.report(name, `${(0,quote/* quoted */.TL)((0,core_proxy/* urlWithoutCredentials */.EV)(value))} is not an http(s) URL`);
    else if (parsed.username !== '' || parsed.password !== '')
        reader.report(name, 'must not carry credentials');
    // The clients append `/api/...` to the URL, so a query would swallow the path; and whatever it
    // carries (often a token) would be echoed in every log line and error that names the service.
    else if (parsed.search !== '' || parsed.hash !== '')
        reader.report(name, 'must be a base URL without a query string or fragment');
    return value;
}
/**
 * Validates signing inputs (`checksums`, `subject-path`, `bundle`, `instance`, `key`, `fulcio-url`, `rekor-url`,
 * `rekor-version`, `tsa-url`, `signing-config`, `trusted-root`, `on-missing-token`, `timeout`), reporting every problem at once.
 * `subjects` words a missing subject as the command names them: sign-image signs images.
 */
function sign_signConfig(raw, nameOf, subjects = 'file') {
    const reader = new inputs_InputReader(raw, nameOf);
    const checksums = reader.string('checksums');
    const files = [...(checksums === undefined ? [] : [checksums]), ...reader.list('subject-path')];
    if (files.length === 0)
        reader.report('subject-path', `names no ${subjects} to sign`);
    const bundle = reader.string('bundle');
    if (bundle !== undefined && files.length > 1)
        reader.report('bundle', `names one bundle for ${files.length} files; leave it out to write <file>.sigstore.json next to each`);
    const instance = reader.choice('instance', INSTANCE_CHOICES, 'auto');
    const key = reader.string('key');
    if (key !== undefined && instance !== 'auto' && instance !== 'key')
        reader.report('key', `is a local key, but instance is ${(0,quote/* quoted */.TL)(instance)} (keyless); drop one of them`);
    if (instance === 'key' && key === undefined)
        reader.report('key', 'is required with instance "key"; create one with `trust-kit generate-key-pair`');
    const config = {
        files,
        bundle,
        instance,
        key,
        fulcioURL: url(reader, 'fulcio-url'),
        rekorURL: url(reader, 'rekor-url'),
        tsaURL: url(reader, 'tsa-url'),
        rekorVersion: reader.choice('rekor-version', ['1', '2'], '1') === '2' ? 2 : 1,
        signingConfig: reader.string('signing-config'),
        trustedRoot: reader.string('trusted-root'),
        onMissingToken: reader.choice('on-missing-token', ['fail', 'warn', 'skip'], 'fail'),
        retry: core_retry/* DEFAULT_RETRY_POLICY */.cO,
        timeoutMs: timeoutOf(reader),
    };
    if (config.rekorURL !== undefined && instance === 'github') {
        reader.report('rekor-url', 'GitHub\'s instance writes no transparency log (a private repository\'s name must not reach a public log); use instance "public-good" to log');
    }
    if ((config.rekorURL !== undefined || config.tsaURL !== undefined || config.fulcioURL !== undefined || config.signingConfig !== undefined) && (instance === 'key' || (instance === 'auto' && key !== undefined))) {
        reader.report('key', `signs locally and offline; ${nameOf('fulcio-url')}, ${nameOf('rekor-url')}, ${nameOf('tsa-url')} and ${nameOf('signing-config')} apply to keyless signing only`);
    }
    if (config.signingConfig !== undefined && (config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined)) {
        reader.report('signing-config', `names the services itself; drop ${nameOf('fulcio-url')}, ${nameOf('rekor-url')} and ${nameOf('tsa-url')}, or the signing config`);
    }
    const keyed = instance === 'key' || (instance === 'auto' && key !== undefined);
    // The public-good instance's log is the default only for its own Fulcio: another CA's certificates (a private
    // deployment's identities and repository names) would otherwise go to the public log, as cosign sends them.
    const given = (name) => typeof raw[name] === 'string' && raw[name].trim() !== '';
    if (given('fulcio-url') && !given('rekor-url') && !given('signing-config') && instance !== 'github' && !keyed) {
        reader.report('rekor-url', `is needed with ${nameOf('fulcio-url')}: without it, the certificates of that Fulcio would be logged in the public-good Rekor (https://rekor.sigstore.dev) for anyone to read; name the deployment's own log, or sign with instance "github" to log nowhere`);
    }
    if (config.rekorVersion === 2 && config.rekorURL === undefined)
        reader.report('rekor-version', `applies to ${nameOf('rekor-url')}, which is not given (a signing config names each log's version itself)`);
    else if (config.rekorVersion === 2 && config.tsaURL === undefined)
        reader.report('rekor-version', `is 2, and Rekor v2 entries carry no integration time: give ${nameOf('tsa-url')} as well, so a timestamp authority dates the signature`);
    reader.finish();
    return config;
}
/**
 * What keyless signing cannot do without a trusted root, known from the inputs alone: a signing
 * config's services, a custom Fulcio or Rekor, GitHub's instance with a custom TSA. The signing
 * session refuses these too, but only as it opens, after the artifacts were hashed.
 */
function signingTrustIssues(config, nameOf) {
    const keyed = config.instance === 'key' || (config.instance === 'auto' && config.key !== undefined);
    if (config.trustedRoot !== undefined || keyed)
        return [];
    const custom = [...(config.fulcioURL === undefined ? [] : ['fulcio-url']), ...(config.rekorURL === undefined ? [] : ['rekor-url'])];
    const what = config.signingConfig !== undefined
        ? nameOf('signing-config')
        : custom.length > 0
            ? `custom Sigstore URLs (${custom.map(nameOf).join(', ')})`
            : config.instance === 'github' && config.tsaURL !== undefined
                ? `GitHub's instance and ${nameOf('tsa-url')}`
                : undefined;
    if (what === undefined)
        return [];
    return [{ input: nameOf('trusted-root'), message: `is required to sign keylessly with ${what}: every bundle is verified against it before it is written; give the trusted_root.json of that Sigstore deployment` }];
}
/**
 * The keyless signing inputs a local `key` leaves unused, since it signs offline with no service to
 * trust or wait for and no token to miss: `trusted-root` (even one that is no trusted root),
 * `timeout` and an `on-missing-token` other than `fail` (its default, which the runner passes),
 * refused rather than ignored. A `key` beside a keyless `instance` is {@link signConfig}'s own refusal.
 */
function keyedSigningIssues(raw, nameOf) {
    const given = (name) => {
        const value = raw[name];
        return value !== undefined && value !== '' && !(name === 'on-missing-token' && typeof value === 'string' && value.trim().toLowerCase() === 'fail');
    };
    const instance = typeof raw.instance === 'string' ? raw.instance.trim().toLowerCase() : '';
    if (typeof raw.key !== 'string' || raw.key.trim() === '' || (instance !== '' && instance !== 'auto' && instance !== 'key'))
        return [];
    return KEYLESS_ONLY.filter(given).map((name) => ({ input: nameOf(name), message: `applies to keyless signing; ${nameOf('key')} signs locally and offline, so it would do nothing` }));
}
const KEYLESS_ONLY = ['trusted-root', 'timeout', 'on-missing-token'];

;// CONCATENATED MODULE: ./lib/config/release.js






/**
 * Whether `tag` is a name git allows for a tag (git check-ref-format; `git tag` also refuses a
 * leading `-`, which a command in VERIFY.md would read as an option), so that no other name
 * reaches GitHub's API or the instructions.
 */
function isTagName(tag) {
    const forbidden = [...tag].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || ' ~^:?*[\\'.includes(char));
    // Each part between slashes: none begins with a dot or ends in .lock (`.v1`, `a/./b`, `x.lock/y`).
    const parts = tag.split('/');
    const badPart = parts.some((part) => part.startsWith('.') || part.endsWith('.lock'));
    return tag.length <= 250 && tag !== '@' && !forbidden && !badPart && !tag.startsWith('-') && !tag.includes('..') && !tag.includes('@{') && !tag.startsWith('/') && !tag.endsWith('/') && !tag.endsWith('.') && !tag.includes('//');
}
/**
 * Reports the image inputs set (to anything but their defaults) while no image is named: each
 * shapes image signing only, so it would do nothing. A default may be the runner's, and changes nothing.
 */
function imageOnlyIssues(reader, nameOf, given) {
    const set = [...(given.format === 'both' ? [] : ['signature-format']), ...(given.recursive ? ['recursive'] : []), ...(given.allowHttp ? ['allow-http-registry'] : [])];
    for (const name of set)
        reader.report(name, `applies to images, and ${nameOf('images')} names none, so it would do nothing`);
}
/** The SBOM formats a release makes unless told otherwise. */
/** The inputs that only shape the SBOMs, which `sbom-format: none` (`--sbom-format none`) turns off: given with it, each is refused. */
const SBOM_SHAPING_INPUTS = (/* unused pure expression or super */ null && (['sbom-path', 'sbom-exclude', 'sbom-organization', 'sbom-default-excludes', 'include-dev', 'strict']));
/** The inputs that only shape publishing to a GitHub release, which only `github-release` does: given without it, each is refused. */
const PUBLISHING_INPUTS = (/* unused pure expression or super */ null && (['tag', 'gate', 'downgrade']));
/** The SBOM formats a release writes when `sbom-format` is not given: both, since scanners read one or the other. */
const DEFAULT_RELEASE_SBOM_FORMATS = (/* unused pure expression or super */ null && (['spdx-json', 'cyclonedx-json']));
/**
 * Validates release inputs (`subject-path`, `algorithm`, `base`, `output-dir`, `sbom-format`,
 * `sbom-path`, `sbom-organization`, `include-dev`, `strict`, `force`, `sign`, `attest`, `verify-instructions`, `artifact-bundles`, `audit-log`, `verification-kit`, `immutable-release`, `downgrade`, `gate`, the image inputs (`images`, `signature-format`, `recursive`, `allow-http-registry`), publishing (`github-release`, `tag`) and the signing inputs), reporting every problem
 * of every part at once.
 */
function releaseConfig(raw, nameOf, defaults) {
    const issues = [];
    const reader = new InputReader(raw, nameOf);
    const subjects = reader.list('subject-path');
    if (subjects.length === 0)
        reader.report('subject-path', 'names no file, directory or glob; give at least one');
    const algorithm = reader.choice('algorithm', DIGEST_ALGORITHMS, 'sha256');
    const outputDir = reader.string('output-dir', defaults.outputDir) ?? defaults.outputDir;
    const formats = reader.choices('sbom-format', [...FORMAT_NAMES, 'none'], DEFAULT_RELEASE_SBOM_FORMATS, FORMAT_ALIASES);
    if (formats.includes('none') && formats.length > 1)
        reader.report('sbom-format', '"none" cannot be combined with formats');
    const sbom = formats.includes('none')
        ? undefined
        : {
            formats,
            path: reader.string('sbom-path', '.') ?? '.',
            exclude: excludePatterns(reader, 'sbom-exclude', 'sbom-default-excludes'),
            includeDev: reader.boolean('include-dev', false),
            strict: reader.boolean('strict', false),
            organization: reader.string('sbom-organization'),
        };
    const signing = reader.boolean('sign', true);
    // Absent means off: the root action's action.yml defaults it to auto, the CLI asks for it with --attest.
    const attestChoice = reader.choice('attest', ['auto', 'true', 'false'], 'false');
    if (attestChoice === 'true' && !signing)
        reader.report('attest', 'needs signing: attestations are signed with the checksums file\'s identity; signing is turned off (--no-sign, the input sign: false)');
    const attest = !signing || attestChoice === 'false' ? 'off' : attestChoice === 'true' ? 'required' : 'auto';
    const instructions = reader.boolean('verify-instructions', true);
    const artifactBundles = reader.boolean('artifact-bundles', false);
    if (artifactBundles && !signing)
        reader.report('artifact-bundles', 'needs signing: the bundles are signatures; signing is turned off (--no-sign, the input sign: false)');
    const auditLog = reader.boolean('audit-log', false);
    if (auditLog && !signing)
        reader.report('audit-log', 'needs signing: it records what was signed; signing is turned off (--no-sign, the input sign: false)');
    const verificationKit = reader.boolean('verification-kit', signing);
    if (verificationKit && !signing)
        reader.report('verification-kit', 'needs signing: the policy names the signer; signing is turned off (--no-sign, the input sign: false)');
    const imageReferences = reader.list('images');
    if (imageReferences.length > 0 && !signing)
        reader.report('images', 'needs signing: images are signed in the checksums file\'s session; signing is turned off (--no-sign, the input sign: false)');
    const imageFormat = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'], 'both');
    const recursive = reader.boolean('recursive', false);
    const allowHttp = reader.boolean('allow-http-registry', false);
    if (imageReferences.length === 0)
        imageOnlyIssues(reader, nameOf, { format: imageFormat, recursive, allowHttp });
    const githubRelease = reader.boolean('github-release', false);
    const tag = reader.string('tag', defaults.tag);
    if (githubRelease && tag === undefined)
        reader.report('tag', 'is needed to publish a GitHub release outside a run for a tag push (GITHUB_REF is not refs/tags/...): name the tag to release');
    else if (tag !== undefined && !isTagName(tag))
        reader.report('tag', `is ${quoted(tag.slice(0, 100))}, not a git tag name`);
    const config = {
        subjects,
        algorithm,
        base: reader.string('base', defaults.base) ?? defaults.base,
        outputDir,
        force: reader.boolean('force', false),
        sbom,
        sign: undefined,
        attest,
        instructions,
        artifactBundles,
        auditLog,
        verificationKit,
        immutableRelease: reader.boolean('immutable-release', false),
        gate: reader.boolean('gate', true),
        images: imageReferences.length === 0 ? undefined : { references: imageReferences, format: imageFormat, recursive, allowHttp },
        downgrade: reader.choice('downgrade', ['fail', 'warn', 'off'], 'fail'),
        githubRelease: githubRelease && tag !== undefined ? { tag } : undefined,
    };
    try {
        reader.finish();
    }
    catch (error) {
        issues.push(...error.issues);
    }
    if (signing) {
        try {
            // The checksums file is the one thing a release signs; its path is known only once it is written.
            const sign = signConfig({ ...raw, 'subject-path': [`${outputDir}/${algorithm.toUpperCase()}SUMS`], bundle: undefined }, nameOf);
            const asksForKeyless = sign.fulcioURL !== undefined || sign.rekorURL !== undefined || sign.tsaURL !== undefined || sign.trustedRoot !== undefined;
            config.sign = { ...sign, ephemeralKeyWithoutToken: defaults.ephemeralKeyWithoutToken && sign.key === undefined && sign.instance === 'auto' && !asksForKeyless };
        }
        catch (error) {
            if (!(error instanceof ConfigError))
                throw error;
            issues.push(...error.issues);
        }
    }
    if (issues.length > 0)
        throw new ConfigError(issues);
    return config;
}

;// CONCATENATED MODULE: ./lib/github/context.js



/** The visibility a payload states: `repository.visibility`, or `repository.private` on older payloads. */
function visibilityOf(payload) {
    const repository = payload?.repository;
    const visibility = repository?.visibility;
    if (visibility === 'public' || visibility === 'private' || visibility === 'internal')
        return visibility;
    if (repository?.private === true)
        return 'private';
    if (repository?.private === false)
        return 'public';
    return undefined;
}
/** The most bytes of an event payload read (GitHub caps a webhook's payload at 25 MB). */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;
/**
 * The server's URL: `https://github.com` unless GITHUB_SERVER_URL says (empty is unset). It must be
 * an http(s) origin without credentials or a path: the API's default URL, the kind of GitHub and
 * provenance's builder and repository URLs are built on it, and `https://github.com/evil-org/x`
 * would put another repository's name in them. One with credentials is not quoted.
 */
function githubServerUrl(value) {
    if (value === undefined || value === '')
        return 'https://github.com';
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        parsed = undefined;
    }
    if (parsed !== undefined && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '' && parsed.pathname === '/' && parsed.search === '' && parsed.hash === '')
        return parsed.origin;
    const shown = parsed !== undefined && (parsed.username !== '' || parsed.password !== '') ? '' : ` ${(0,quote/* quoted */.TL)(value, 200)}`;
    throw new errors/* TrustKitError */.T0('GITHUB_SERVER_URL_INVALID', `GITHUB_SERVER_URL${shown} is not an http(s) URL of a GitHub server (a scheme and a host, no path or credentials)`, {
        hint: "leave GITHUB_SERVER_URL to the runner; outside Actions set it to your GitHub's address, e.g. https://github.com or https://ghe.example.com",
    });
}
/** Reads the run context from an environment (the entry point passes `process.env`). */
async function readRunContext(env) {
    const serverURL = githubServerUrl(env.GITHUB_SERVER_URL);
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath === undefined || eventPath === '')
        return { serverURL, payload: undefined, visibility: undefined };
    let payload;
    try {
        // A regular file of bounded size: a pipe would hang the run, /dev/zero fill the memory.
        payload = JSON.parse((await (0,core_files/* readRegularFile */.XF)(eventPath, { maxBytes: MAX_EVENT_BYTES, what: 'event payload' })).toString('utf8'));
    }
    catch (error) {
        throw new errors/* TrustKitError */.T0('GITHUB_EVENT_UNREADABLE', `cannot read the event payload ${eventPath}: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'GITHUB_EVENT_PATH must name the JSON file the runner writes; unset it outside GitHub Actions',
        });
    }
    return { serverURL, payload, visibility: visibilityOf(payload) };
}

// EXTERNAL MODULE: ./lib/instructions/verify.js
var verify = __webpack_require__(40592);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
;// CONCATENATED MODULE: ./lib/sigstore/sign/bundle.js



/** The media type of the bundles trust-kit writes: Sigstore bundle v0.3. */
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The DSSE payload type of in-toto statements. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
function pemToDER(pem) {
    return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}
/**
 * Builds v0.3 message-signature bundles: sigstore-js's builder always packages a certificate
 * chain (v0.2); a v0.3 bundle holds the leaf alone in `verificationMaterial.certificate`.
 */
class MessageSignatureV03BundleBuilder extends sign_dist/* MessageSignatureBundleBuilder */.z3 {
    async package(artifact, signature) {
        return (0,dist.toMessageSignatureBundle)({
            digest: (0,external_node_crypto_.createHash)('sha256').update(artifact.data).digest(),
            signature: signature.signature,
            certificate: signature.key.$case === 'x509Certificate' ? pemToDER(signature.key.certificate) : undefined,
            keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
            certificateChain: false,
        });
    }
}
/**
 * Builds DSSE bundles whose signature carries no `keyid`. sigstore-js puts the public-key hint
 * there, and cosign (go-securesystemslib) skips a signature whose keyid is not its own id of the
 * key, so `cosign verify-blob-attestation --key` refused every key-signed attestation. The keyid is
 * an unauthenticated hint (cosign writes none); the bundle's `publicKey.hint` still names the key.
 */
class DsseWithoutKeyIdBundleBuilder extends sign_dist/* DSSEBundleBuilder */.VV {
    async package(artifact, signature) {
        const bundle = await super.package(artifact, signature);
        for (const one of bundle.content.dsseEnvelope.signatures)
            one.keyid = '';
        return bundle;
    }
}
/** The two builders over one signer; witnesses differ because Rekor logs blobs and statements as different kinds. */
function bundleBuilders(signer, blobWitnesses, statementWitnesses) {
    return {
        blob: new MessageSignatureV03BundleBuilder({ signer, witnesses: blobWitnesses }),
        statement: new DsseWithoutKeyIdBundleBuilder({ signer, witnesses: statementWitnesses, certificateChain: false }),
    };
}
/** The canonical JSON form of a bundle (protobuf field order, defaults omitted), as written to `.sigstore.json`. */
function serializeBundle(bundle) {
    return (0,dist.bundleToJSON)(bundle);
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/bundle-path.js
// Apart from session.ts: code that only names bundles (a release's file names) loads no signing client.





/** The bundle path trust-kit writes for a file: `<file>.sigstore.json`. */
function defaultBundlePath(path) {
    return `${path}${core_files/* BUNDLE_SUFFIX */.Zf}`;
}
/**
 * What to say of a file whose bundle's name (`<name>.sigstore.json`) would be longer than a file
 * name may be, told before anything is signed (the write failed after the signature was logged);
 * undefined for a file whose bundle's name fits.
 */
function bundleNameTooLong(file) {
    const bundle = defaultBundlePath(file);
    if (!(0,core_files/* nameTooLong */.W1)(bundle))
        return undefined;
    return `${file}'s bundle would be named ${Buffer.byteLength((0,external_node_path_.basename)(bundle))} bytes long, more than the ${core_files/* MAX_NAME_BYTES */.pg} a file name may have: give the file a shorter name (at most ${core_files/* MAX_NAME_BYTES */.pg - core_files/* BUNDLE_SUFFIX */.Zf.length} bytes)`;
}
/**
 * The bundles that lie where a run that signed nothing (on-missing-token warn or skip) would have
 * written them: an earlier run's, left as they were beside files that may have changed since.
 * `at` resolves a shown path to the one to look at.
 */
async function earlierBundles(bundles, at) {
    const there = await Promise.all(bundles.map((entry) => (0,promises_.lstat)(at(entry.bundle)).then(() => true, () => false)));
    return bundles.filter((_entry, index) => there[index] === true);
}
/** The warning about one of {@link earlierBundles}, so it is not taken for the run's own. */
function earlierBundleWarning({ file, bundle }) {
    return `${(0,quote/* quoted */.TL)(bundle)} is an earlier run's, left as it was: nothing was signed now, and it may not sign ${(0,quote/* quoted */.TL)(file)} as it is`;
}
/**
 * The files whose default bundle would be written over another file to sign (`bundles` as
 * {@link BundleOf}, `at` resolving a shown path), paired with that file: signing `dist/*` over an
 * earlier run's `app.tgz.sigstore.json` replaced it with app.tgz's bundle, then signed that bundle
 * in its place. Only a file named as a bundle can be one, so a list without any (nearly every one)
 * costs no call; otherwise paths are compared by their real paths, looked up together. A bundle
 * path given by hand (`--bundle`) is compared with the inputs where the flags are checked.
 */
async function bundlesOverFiles(bundles, at) {
    const named = bundles.filter(({ file }) => file.endsWith(core_files/* BUNDLE_SUFFIX */.Zf));
    if (named.length === 0)
        return [];
    const where = async (path) => (0,promises_.realpath)(at(path)).catch(() => at(path));
    const files = new Map((await Promise.all(named.map(async ({ file }) => [await where(file), file]))));
    const landing = await Promise.all(bundles.map(({ bundle }) => where(bundle)));
    return bundles.flatMap(({ file }, index) => {
        const over = files.get(landing[index]);
        return over === undefined ? [] : [{ file, over }];
    });
}
/** What to say of one of {@link bundlesOverFiles}; `example` says how to leave the bundles out where the files came from. */
function bundleOverFileMessage({ file, over }, example) {
    return `${file}'s bundle would be written over ${over}, which is to be signed too: leave out an earlier run's bundles (${example}), or name the files to sign`;
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/errors.js

/** A signing failure with a stable code. */
class SignError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'SignError';
    }
}
/**
 * A permanent failure of Fulcio, Rekor or the timestamp authority (after the retry budget, or a
 * status that retrying cannot fix), naming the service, the URL and the status:
 * `SIGN_SERVICE_BAD_RESPONSE` when the service answered with something unusable, else
 * `SIGN_SERVICE_FAILED`.
 */
class SigningServiceError extends SignError {
    service;
    url;
    status;
    constructor(service, method, url, status, detail, options = {}) {
        if (status === 'bad-response') {
            super('SIGN_SERVICE_BAD_RESPONSE', `bad response from ${service}: ${method} ${url} answered with ${detail}`, options);
        }
        else {
            const what = typeof status === 'number' ? `HTTP ${status}` : status === 'timeout' ? 'timed out' : 'could not connect';
            super('SIGN_SERVICE_FAILED', `${service} ${method} ${url} failed: ${what}${detail === '' ? '' : ` (${detail})`}`, options);
        }
        this.name = 'SigningServiceError';
        this.service = service;
        this.url = url;
        this.status = status;
    }
}

// EXTERNAL MODULE: ./lib/secrets/native.js + 1 modules
var secrets_native = __webpack_require__(19533);
;// CONCATENATED MODULE: ./lib/sigstore/sign/secretbox.js


let sodium;
/** libsodium's binding, or a coded error naming the key file when it cannot be loaded. */
function binding(source, hint) {
    sodium ??= (0,secrets_native/* loadSodium */.O)();
    if (sodium.binding === undefined) {
        throw new SignError('SIGN_KEY_UNSUPPORTED', `${source} is a cosign key, and its cipher (NaCl secretbox) needs libsodium, which did not load: ${sodium.reason}`, { hint });
    }
    return sodium.binding;
}
const WHERE_SODIUM_LOADS = 'run trust-kit where sodium-native\'s prebuilt libsodium loads (Linux, macOS, Windows on x64 or arm64)';
/**
 * Opens NaCl `crypto_secretbox` (XSalsa20-Poly1305) ciphertext, the cipher cosign encrypts its
 * private keys with; undefined when the key or nonce is wrong or the ciphertext was altered.
 * `source` names the key file if libsodium cannot be loaded.
 */
function secretboxOpen(ciphertext, nonce, key, source) {
    const sodiumBinding = binding(source, `${WHERE_SODIUM_LOADS}, or sign with a PKCS#8 key from \`trust-kit generate-key-pair --format pkcs8\``);
    if (nonce.length !== sodiumBinding.crypto_secretbox_NONCEBYTES || key.length !== sodiumBinding.crypto_secretbox_KEYBYTES)
        return undefined;
    if (ciphertext.length < sodiumBinding.crypto_secretbox_MACBYTES)
        return undefined;
    const message = Buffer.alloc(ciphertext.length - sodiumBinding.crypto_secretbox_MACBYTES);
    let opened = false;
    try {
        opened = sodiumBinding.crypto_secretbox_open_easy(message, ciphertext, nonce, key);
    }
    finally {
        // Only an opened box's plaintext goes to the caller (who wipes it); whatever else was written is wiped here.
        if (!opened)
            message.fill(0);
    }
    return opened ? message : undefined;
}
/** The NaCl secretbox nonce, key and authenticator sizes (XSalsa20-Poly1305), fixed by the construction. */
const secretbox_SECRETBOX_NONCE_BYTES = 24;
const secretbox_SECRETBOX_KEY_BYTES = 32;
const SECRETBOX_MAC_BYTES = 16;
/**
 * Seals `message` with NaCl `crypto_secretbox` under a 24-byte nonce and 32-byte key, as cosign
 * encrypts its private keys. `source` names the key file being written if libsodium cannot be loaded.
 */
function secretbox_secretboxSeal(message, nonce, key, source) {
    const sodiumBinding = binding(source, `${WHERE_SODIUM_LOADS}, or write a PKCS#8 key with \`trust-kit generate-key-pair --format pkcs8\``);
    const ciphertext = Buffer.alloc(message.length + sodiumBinding.crypto_secretbox_MACBYTES);
    sodiumBinding.crypto_secretbox_easy(ciphertext, message, nonce, key);
    return ciphertext;
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/keys.js





/** A PEM block's label: what the BEGIN line names, which is public (`PRIVATE KEY`, `ENCRYPTED SIGSTORE PRIVATE KEY`). */
const PEM_LABEL = /^[A-Z0-9 ]{1,64}$/;
/**
 * Finds the first PEM block (from `from`) in a key file's bytes without turning them into a string: an
 * unencrypted key's body is the key itself, and a string of it could never be zeroed. Only the
 * label, which is public, is read as text.
 */
function findPemBlock(bytes, from = 0) {
    const begin = bytes.indexOf('-----BEGIN ', from);
    if (begin < 0)
        return undefined;
    const labelStart = begin + '-----BEGIN '.length;
    const labelEnd = bytes.indexOf('-----', labelStart);
    if (labelEnd < 0)
        return undefined;
    const label = bytes.toString('latin1', labelStart, Math.min(labelEnd, labelStart + 65));
    if (!PEM_LABEL.test(label))
        return undefined;
    const bodyStart = labelEnd + '-----'.length;
    if (bytes[bodyStart] !== 0x0a && !(bytes[bodyStart] === 0x0d && bytes[bodyStart + 1] === 0x0a))
        return undefined;
    const endLine = `-----END ${label}-----`;
    const end = bytes.indexOf(endLine, bodyStart);
    if (end < 0)
        return undefined;
    return { label, block: bytes.subarray(begin, end + endLine.length), body: bytes.subarray(bodyStart, end) };
}
/** A Buffer over the same memory, so secret bytes are not copied where nobody can zero them. */
function bufferView(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** Key types as people write them, for messages (Node's are lowercase). */
const KEY_TYPE_NAMES = { rsa: 'RSA', 'rsa-pss': 'RSA-PSS', dsa: 'DSA', dh: 'DH', ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' };
/** PEM labels cosign has written for its passphrase-encrypted keys (it renamed COSIGN to SIGSTORE in v2). */
const COSIGN_LABELS = new Set(['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY']);
/** The public half and hint of a private key. */
function toSigningKey(privateKey, source) {
    const details = privateKey.asymmetricKeyDetails;
    if (privateKey.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'prime256v1') {
        const type = privateKey.asymmetricKeyType;
        throw unsupportedKey(source, type === 'ec' ? `EC ${details?.namedCurve ?? 'unknown curve'}` : type === undefined ? 'unknown' : (KEY_TYPE_NAMES[type] ?? type));
    }
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    // A key file stores the public point beside the private scalar, and Node takes the point as stored: a damaged file pairing
    // one key's scalar with another's point signed, then failed its own verification, blamed on the Sigstore services.
    if (!(0,external_node_crypto_.verify)('sha256', KEY_CHECK, publicKey, (0,external_node_crypto_.sign)('sha256', KEY_CHECK, privateKey))) {
        throw invalidKey(source, 'its public key does not belong to its private key (the file is damaged or was edited)', undefined, 'use the key file as it was made, or make a new pair with `trust-kit generate-key-pair`');
    }
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return {
        privateKey,
        publicKey,
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        hint: (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64'),
    };
}
/** What a key's pair check signs: any bytes do. */
const KEY_CHECK = Buffer.from('trust-kit: does the public key belong to the private key?');
/** A key of another type than ECDSA P-256 (`found`, as people write it: RSA, EC P-384). */
function unsupportedKey(source, found) {
    // Said as the letters are read: an EC, an RSA, an Ed25519, an X25519, an unknown, a DSA, a DH key.
    return new SignError('SIGN_KEY_UNSUPPORTED', `${source} holds ${/^D/.test(found) ? 'a' : 'an'} ${found} key; trust-kit signs with ECDSA P-256 keys`, {
        hint: 'create one with `trust-kit generate-key-pair` (or `openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt`)',
    });
}
/** Labels of the PEM blocks a key file may hold before its key, which OpenSSL passes over: `openssl ecparam -genkey` writes the curve first, and a certificate may come with its key. */
const BLOCKS_BEFORE_KEY = new Set(['EC PARAMETERS', 'CERTIFICATE']);
/** The key types of the traditional (not PKCS#8) PEM labels, which name them: none is one trust-kit signs with. */
const TRADITIONAL_KEY_TYPES = { 'RSA PRIVATE KEY': 'RSA', 'DSA PRIVATE KEY': 'DSA' };
function passphraseRequired(source) {
    return new SignError('SIGN_KEY_PASSPHRASE_REQUIRED', `${source} is encrypted and no passphrase was given`, {
        hint: 'set TRUST_KIT_KEY_PASSPHRASE (or COSIGN_PASSWORD for cosign keys) in the environment, from a secret',
    });
}
function wrongPassphrase(source, cause) {
    return new SignError('SIGN_KEY_PASSPHRASE_WRONG', `the passphrase does not decrypt ${source}`, {
        cause,
        hint: 'check that the passphrase secret belongs to this key file',
    });
}
function invalidKey(source, detail, cause, hint = 'give a cosign key file, a PKCS#8 PEM private key (optionally encrypted) or an EC PEM key; `trust-kit generate-key-pair` makes one') {
    return new SignError('SIGN_KEY_INVALID', `${source} is not a usable private key: ${detail}`, { cause, hint });
}
function parseCosignEnvelope(body, source) {
    let value;
    try {
        value = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch (error) {
        throw invalidKey(source, 'the cosign key body is not base64 JSON', error);
    }
    const envelope = value;
    const params = envelope?.kdf?.params;
    if (envelope?.kdf?.name !== 'scrypt' ||
        envelope.cipher?.name !== 'nacl/secretbox' ||
        typeof envelope.kdf.salt !== 'string' ||
        typeof envelope.cipher.nonce !== 'string' ||
        typeof envelope.ciphertext !== 'string' ||
        !Number.isInteger(params?.N) ||
        !Number.isInteger(params?.r) ||
        !Number.isInteger(params?.p)) {
        throw invalidKey(source, 'the cosign key is not scrypt + nacl/secretbox encrypted as cosign writes it');
    }
    // Damage to these fields would otherwise only fail to open the box, and be reported as the wrong passphrase.
    fieldBytes(envelope.kdf.salt, 'kdf.salt', 1, source);
    fieldBytes(envelope.cipher.nonce, 'cipher.nonce', secretbox_SECRETBOX_NONCE_BYTES, source, secretbox_SECRETBOX_NONCE_BYTES);
    fieldBytes(envelope.ciphertext, 'ciphertext', SECRETBOX_MAC_BYTES + 1, source);
    return envelope;
}
/** A base64 field of a cosign key's envelope, of at least `least` (and at most `most`) bytes, or SIGN_KEY_INVALID naming it. */
function fieldBytes(text, field, least, source, most = Number.POSITIVE_INFINITY) {
    const bytes = Buffer.from(text, 'base64');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || bytes.toString('base64') !== text || bytes.length < least || bytes.length > most) {
        const size = least === most ? `${least} bytes` : `at least ${least} bytes`;
        throw invalidKey(source, `its ${field} is not ${size} of base64, as cosign writes it (the key file is damaged)`, undefined, 'get the key file again from where it is kept; a damaged key cannot be repaired, and the passphrase is not what is wrong');
    }
    return bytes;
}
/**
 * The most scrypt work a cosign key file may ask for: what `cosign generate-key-pair` writes
 * (go-securesystemslib's standard parameters, N=2^16 r=8 p=1: 64 MiB and a fraction of a second;
 * older cosign wrote N=2^15). A hostile file asking for more (N=2^20 r=32 costs 4 GiB and minutes)
 * is refused before any derivation.
 */
const MAX_COSIGN_SCRYPT = { N: 1 << 16, r: 8, p: 1 };
/**
 * The most PBKDF2 iterations an encrypted PKCS#8 key may ask for: 2,500 times what OpenSSL and
 * `trust-kit generate-key-pair --format pkcs8` write (2048), 8 times OWASP's 600,000 for PBKDF2-HMAC-SHA256, and
 * about two seconds of work. OpenSSL derives synchronously, so a hostile count (2^31) would hold
 * the process for a quarter of an hour, deaf even to SIGTERM.
 */
const MAX_PBKDF2_ITERATIONS = 5_000_000;
/** The DER elements that make up `bytes`, one after another; undefined when they do not parse. */
function derElements(bytes) {
    const elements = [];
    for (let offset = 0; offset < bytes.length;) {
        const tag = bytes[offset];
        let length = bytes[offset + 1];
        if (tag === undefined || length === undefined)
            return undefined;
        let start = offset + 2;
        if (length & 0x80) {
            const count = length & 0x7f;
            if (count === 0 || count > 4 || start + count > bytes.length)
                return undefined;
            length = bytes.readUIntBE(start, count);
            start += count;
        }
        if (start + length > bytes.length)
            return undefined;
        elements.push({ tag, content: bytes.subarray(start, start + length) });
        offset = start + length;
    }
    return elements;
}
const DER_SEQUENCE = 0x30;
const DER_INTEGER = 0x02;
const OID_PBES2 = '2a864886f70d01050d';
const OID_PBKDF2 = '2a864886f70d01050c';
const OID_SCRYPT = '2b06010401da47040b';
/** The value of a DER INTEGER's content; Infinity when it needs more than 48 bits. */
function derInteger(element) {
    if (element?.tag !== DER_INTEGER || element.content.length === 0)
        return Number.NaN;
    const digits = element.content[0] === 0 ? element.content.subarray(1) : element.content;
    return digits.length > 6 ? Number.POSITIVE_INFINITY : digits.length === 0 ? 0 : digits.readUIntBE(0, digits.length);
}
/** The children of a DER SEQUENCE element's content. */
function sequenceChildren(element) {
    return element?.tag === DER_SEQUENCE ? derElements(element.content) : undefined;
}
/**
 * Refuses an encrypted PKCS#8 key whose key derivation asks for more work than
 * {@link MAX_PBKDF2_ITERATIONS} (PBKDF2, or PBES1's iteration count) or {@link MAX_COSIGN_SCRYPT}
 * (scrypt), before OpenSSL is given it. A structure this reader cannot follow is refused too:
 * OpenSSL also reads BER (indefinite lengths), so leaving such a key to it would let any cost through.
 */
function checkPkcs8KeyDerivation(der, source) {
    const unreadable = () => {
        throw invalidKey(source, 'its encryption parameters are not DER as key tools write it, so the cost of deriving its key cannot be checked');
    };
    const [algorithm] = sequenceChildren(derElements(der)?.[0]) ?? unreadable();
    const [oid, params] = sequenceChildren(algorithm) ?? unreadable();
    if (oid === undefined)
        return unreadable();
    let kdf = sequenceChildren(params) ?? unreadable();
    let kdfOid = '';
    if (oid.content.toString('hex') === OID_PBES2) {
        const [derivationOid, derivationParams] = sequenceChildren(kdf[0]) ?? unreadable();
        kdfOid = derivationOid?.content.toString('hex') ?? '';
        kdf = sequenceChildren(derivationParams) ?? unreadable();
    }
    if (kdfOid === OID_SCRYPT) {
        const [N, r, p] = [derInteger(kdf[1]), derInteger(kdf[2]), derInteger(kdf[3])];
        if ([N, r, p].some(Number.isNaN))
            unreadable();
        if (N > MAX_COSIGN_SCRYPT.N || r > MAX_COSIGN_SCRYPT.r || p > MAX_COSIGN_SCRYPT.p)
            throw kdfTooCostly(source, `scrypt parameters N=${N}, r=${r}, p=${p}`, `N=${MAX_COSIGN_SCRYPT.N}, r=${MAX_COSIGN_SCRYPT.r}, p=${MAX_COSIGN_SCRYPT.p}`);
        return;
    }
    // PBKDF2 under PBES2, and PBES1 and PKCS#12 schemes alike: a salt, then the iteration count.
    if (kdfOid === OID_PBKDF2 || kdfOid === '') {
        const iterations = derInteger(kdf[1]);
        if (Number.isNaN(iterations))
            unreadable();
        if (iterations > MAX_PBKDF2_ITERATIONS)
            throw kdfTooCostly(source, `${iterations === Number.POSITIVE_INFINITY ? 'more than 2^48' : iterations} key derivation iterations`, `${MAX_PBKDF2_ITERATIONS} iterations`);
    }
}
function kdfTooCostly(source, asked, most) {
    return new SignError('SIGN_KEY_KDF_TOO_COSTLY', `${source} asks for ${asked}, more work than any key tool writes (at most ${most}); refused before deriving anything`, {
        hint: 'use a key written by `cosign generate-key-pair`, `openssl pkcs8 -topk8` or `trust-kit generate-key-pair`; a key file demanding more is not one they made',
    });
}
function decryptCosignKey(body, passphrase, source) {
    const envelope = parseCosignEnvelope(body, source);
    const { N, r, p } = envelope.kdf.params;
    if (N > MAX_COSIGN_SCRYPT.N || r > MAX_COSIGN_SCRYPT.r || p > MAX_COSIGN_SCRYPT.p)
        throw kdfTooCostly(source, `scrypt parameters N=${N}, r=${r}, p=${p}`, `N=${MAX_COSIGN_SCRYPT.N}, r=${MAX_COSIGN_SCRYPT.r}, p=${MAX_COSIGN_SCRYPT.p}`);
    // Checked here rather than left to OpenSSL: a refused scrypt call leaves an error on OpenSSL's
    // queue that makes the next, unrelated key parse in the process fail.
    if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || p < 1) {
        throw invalidKey(source, `its scrypt parameters (N=${N}, r=${r}, p=${p}) are not valid (N a power of two above 1, r and p at least 1)`);
    }
    const secretKey = (0,external_node_crypto_.scryptSync)(passphrase, Buffer.from(envelope.kdf.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    let plaintext;
    try {
        plaintext = secretboxOpen(Buffer.from(envelope.ciphertext, 'base64'), Buffer.from(envelope.cipher.nonce, 'base64'), secretKey, source);
    }
    finally {
        // Wiped whether the box opened, did not, or could not be tried (libsodium did not load).
        secretKey.fill(0);
    }
    if (plaintext === undefined)
        throw wrongPassphrase(source);
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: plaintext, format: 'der', type: 'pkcs8' });
    }
    catch (error) {
        throw invalidKey(source, 'the decrypted cosign key is not PKCS#8', error);
    }
    finally {
        plaintext.fill(0);
    }
}
/**
 * Loads a private key from PEM bytes: PKCS#8 (`PRIVATE KEY`), passphrase-encrypted PKCS#8
 * (`ENCRYPTED PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`), or cosign's scrypt + secretbox files.
 * `source` names the key in errors; neither the key nor the passphrase ever appears in one.
 */
function loadSigningKey(pem, passphrase, source) {
    const bytes = bufferView(pem);
    let found = findPemBlock(bytes);
    if (found === undefined)
        throw invalidKey(source, 'no PEM block (-----BEGIN ... PRIVATE KEY-----) found');
    // Past the blocks OpenSSL passes over; when nothing follows them, the last is what the file holds.
    while (BLOCKS_BEFORE_KEY.has(found.label)) {
        const after = findPemBlock(bytes, found.block.byteOffset - bytes.byteOffset + found.block.length);
        if (after === undefined)
            break;
        found = after;
    }
    const { label, block, body } = found;
    // The bodies of encrypted keys are ciphertext, so they may be read as text.
    if (COSIGN_LABELS.has(label)) {
        const given = passphrase !== undefined && passphrase.length > 0;
        try {
            // cosign's rule: no passphrase is the empty one, which many cosign keys are encrypted with.
            return toSigningKey(decryptCosignKey(body.toString('latin1').trim(), given ? passphrase : new Uint8Array(0), source), source);
        }
        catch (error) {
            if (!given && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG')
                throw passphraseRequired(source);
            throw error;
        }
    }
    if (label === 'ENCRYPTED PRIVATE KEY') {
        checkPkcs8KeyDerivation(Buffer.from(body.toString('latin1').replace(/\s+/g, ''), 'base64'), source);
        const given = passphrase !== undefined && passphrase.length > 0;
        try {
            // As for cosign keys: none given is the empty one, which `openssl pkcs8 -topk8 -passout pass:` encrypts with.
            return decryptedPem(block, given ? passphrase : new Uint8Array(0), source);
        }
        catch (error) {
            if (!given && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG')
                throw passphraseRequired(source);
            throw error;
        }
    }
    const traditional = TRADITIONAL_KEY_TYPES[label];
    if (traditional !== undefined)
        throw unsupportedKey(source, traditional);
    if (label === 'OPENSSH PRIVATE KEY')
        throw invalidKey(source, 'it is an OpenSSH private key (ssh-keygen\'s format), which trust-kit does not read', undefined, 'convert a P-256 key with `ssh-keygen -p -m PKCS8 -f KEY` (it rewrites the file), or make one with `trust-kit generate-key-pair`');
    if (label === 'PUBLIC KEY')
        throw invalidKey(source, 'it is a public key', undefined, 'sign with the private half of the pair (PREFIX.key beside PREFIX.pub); the public key is for verifying');
    if (label !== 'PRIVATE KEY' && label !== 'EC PRIVATE KEY')
        throw invalidKey(source, `a "${label}" PEM block is not a private key trust-kit reads`);
    // A SEC1 key encrypted the old OpenSSL way (`openssl ec -aes256`): its headers say so.
    if (label === 'EC PRIVATE KEY' && /^Proc-Type:\s*4,\s*ENCRYPTED/m.test(block.toString('latin1'))) {
        if (passphrase === undefined || passphrase.length === 0)
            throw passphraseRequired(source);
        return decryptedPem(block, passphrase, source);
    }
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: block, format: 'pem' });
    }
    catch (error) {
        throw invalidKey(source, 'OpenSSL could not parse it', new Error((0,errors/* messageOf */.bD)(error)));
    }
    return toSigningKey(privateKey, source);
}
/**
 * An encrypted PEM key decrypted with `passphrase`: a failure is the wrong passphrase, unless
 * OpenSSL no longer reads the cipher or key derivation it was encrypted with (DES, PKCS#5 v1.5),
 * which no passphrase would change.
 */
function decryptedPem(block, passphrase, source) {
    try {
        return toSigningKey((0,external_node_crypto_.createPrivateKey)({ key: block, format: 'pem', passphrase: bufferView(passphrase) }), source);
    }
    catch (error) {
        if (error instanceof SignError)
            throw error;
        if (/unsupported/i.test((0,errors/* messageOf */.bD)(error))) {
            throw new SignError('SIGN_KEY_UNSUPPORTED', `${source} is encrypted with a cipher or key derivation OpenSSL 3 no longer reads by default (DES, or PKCS#5 v1.5), whatever the passphrase`, {
                cause: new Error((0,errors/* messageOf */.bD)(error)),
                hint: 'encrypt it again with AES: `openssl pkcs8 -topk8 -v2 aes-256-cbc -provider legacy -provider default -in OLD.key -out NEW.key`, or make a new key with `trust-kit generate-key-pair`',
            });
        }
        throw wrongPassphrase(source, new Error((0,errors/* messageOf */.bD)(error)));
    }
}
/**
 * The scrypt work of the cosign key files trust-kit writes: what `cosign generate-key-pair` 2.x
 * and 3.x write (go-securesystemslib's "standard" parameters, 64 MiB), not its legacy N=2^15.
 */
const COSIGN_SCRYPT = { N: 1 << 16, r: 8, p: 1 };
/** The PEM body's base64 in 64-character lines, as Go's encoding/pem writes it. */
function pemLines(base64) {
    return base64.replace(/.{1,64}/g, '$&\n');
}
const BASE64_DIGITS = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
/**
 * A PEM block of `der` written byte by byte, as OpenSSL writes one (64-character lines), for a
 * clear private key: Buffer#toString('base64') would leave the key in an unwipeable string.
 */
function pemOf(label, der) {
    const begin = Buffer.from(`-----BEGIN ${label}-----\n`);
    const end = Buffer.from(`-----END ${label}-----\n`);
    const chars = Math.ceil(der.length / 3) * 4;
    const out = Buffer.alloc(begin.length + chars + Math.ceil(chars / 64) + end.length);
    let at = begin.copy(out);
    let written = 0;
    const put = (char) => {
        out[at++] = char;
        written += 1;
        if (written % 64 === 0)
            out[at++] = 0x0a;
    };
    for (let index = 0; index < der.length; index += 3) {
        const a = der[index];
        const b = der[index + 1] ?? 0;
        const c = der[index + 2] ?? 0;
        put(BASE64_DIGITS[a >> 2]);
        put(BASE64_DIGITS[((a & 3) << 4) | (b >> 4)]);
        put(index + 1 < der.length ? BASE64_DIGITS[((b & 15) << 2) | (c >> 6)] : 0x3d);
        put(index + 2 < der.length ? BASE64_DIGITS[c & 63] : 0x3d);
    }
    if (written % 64 !== 0)
        out[at++] = 0x0a;
    end.copy(out, at);
    return out;
}
/**
 * Encrypts a PKCS#8 DER private key as cosign does (go-securesystemslib's `encrypted` package):
 * scrypt derives a secretbox key from the passphrase, possibly empty, and the PEM body is base64
 * of `{"kdf":{...},"cipher":{...},"ciphertext":...}` under the `ENCRYPTED SIGSTORE PRIVATE KEY` label.
 */
function encryptCosignKey(pkcs8, passphrase, source) {
    const salt = randomBytes(32);
    const nonce = randomBytes(SECRETBOX_NONCE_BYTES);
    const { N, r, p } = COSIGN_SCRYPT;
    const secretKey = scryptSync(passphrase, salt, SECRETBOX_KEY_BYTES, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    let ciphertext;
    try {
        ciphertext = secretboxSeal(pkcs8, nonce, secretKey, source);
    }
    finally {
        secretKey.fill(0);
    }
    const envelope = {
        kdf: { name: 'scrypt', params: { N, r, p }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: ciphertext.toString('base64'),
    };
    const body = Buffer.from(JSON.stringify(envelope)).toString('base64');
    return Buffer.from(`-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${pemLines(body)}-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`);
}
/**
 * PBKDF2-HMAC-SHA256 iterations for `--format pkcs8` keys: OWASP's figure. OpenSSL's default, which
 * Node's `KeyObject.export` writes and cannot change, is 2,048: a stolen key file would then cost
 * an attacker 300 times less per guessed passphrase. About 70 ms here, as cosign's scrypt.
 */
const PKCS8_PBKDF2_ITERATIONS = 600_000;
/** DER object identifiers of PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC (RFC 8018, NIST), TLV included. */
const DER_OID = {
    pbes2: Buffer.from('06092a864886f70d01050d', 'hex'),
    pbkdf2: Buffer.from('06092a864886f70d01050c', 'hex'),
    hmacWithSha256: Buffer.from('06082a864886f70d0209', 'hex'),
    aes256Cbc: Buffer.from('060960864801650304012a', 'hex'),
};
/** One DER element: the tag, the definite length, the contents. */
function derElement(tag, ...contents) {
    const body = Buffer.concat(contents);
    const length = body.length < 0x80 ? [body.length] : body.length < 0x100 ? [0x81, body.length] : [0x82, body.length >> 8, body.length & 0xff];
    return Buffer.concat([Buffer.from([tag, ...length]), body]);
}
/** A non-negative DER INTEGER. */
function derUnsigned(value) {
    const bytes = [];
    for (let rest = value; rest > 0 || bytes.length === 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest % 256);
    if ((bytes[0] ?? 0) & 0x80)
        bytes.unshift(0);
    return derElement(0x02, Buffer.from(bytes));
}
/**
 * Encrypts a PKCS#8 DER private key into an `ENCRYPTED PRIVATE KEY` PEM (RFC 5958's
 * EncryptedPrivateKeyInfo): PBES2, PBKDF2-HMAC-SHA256 with {@link PKCS8_PBKDF2_ITERATIONS} and a
 * 16-byte salt, AES-256-CBC. Written here because Node writes this structure only with OpenSSL's
 * 2,048 iterations; `openssl pkey` and every PKCS#8 reader open it.
 */
function encryptPkcs8(pkcs8, passphrase) {
    const salt = randomBytes(16);
    const iv = randomBytes(16);
    const key = pbkdf2Sync(passphrase, salt, PKCS8_PBKDF2_ITERATIONS, 32, 'sha256');
    let ciphertext;
    try {
        const cipher = createCipheriv('aes-256-cbc', key, iv);
        ciphertext = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
    }
    finally {
        key.fill(0);
    }
    const SEQUENCE = 0x30;
    const OCTET_STRING = 0x04;
    const kdf = derElement(SEQUENCE, DER_OID.pbkdf2, derElement(SEQUENCE, derElement(OCTET_STRING, salt), derUnsigned(PKCS8_PBKDF2_ITERATIONS), derElement(SEQUENCE, DER_OID.hmacWithSha256, Buffer.from([0x05, 0x00]))));
    const scheme = derElement(SEQUENCE, DER_OID.aes256Cbc, derElement(OCTET_STRING, iv));
    const info = derElement(SEQUENCE, derElement(SEQUENCE, DER_OID.pbes2, derElement(SEQUENCE, kdf, scheme)), derElement(OCTET_STRING, ciphertext));
    return Buffer.from(`-----BEGIN ENCRYPTED PRIVATE KEY-----\n${pemLines(info.toString('base64'))}-----END ENCRYPTED PRIVATE KEY-----\n`);
}
/**
 * Generates an ECDSA P-256 key pair. In cosign's format (the default) the private key is always
 * encrypted, with an empty passphrase when none is given (as `cosign generate-key-pair` with COSIGN_PASSWORD set empty), so
 * `cosign sign-blob --key` reads it as it is. In PKCS#8 it is encrypted with AES-256-CBC under
 * PBES2 ({@link encryptPkcs8}) when a passphrase is given, which `openssl pkey` and every PKCS#8
 * reader open, and written in the clear otherwise. `source` names the key file in errors.
 */
function generateSigningKeyPair(passphrase, format = 'cosign', source = 'the new private key') {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    let privateKeyPem;
    if (format === 'cosign') {
        // The plaintext key leaves OpenSSL only into protected memory, and only to be sealed.
        const pkcs8 = SecretBuffer.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
        try {
            privateKeyPem = pkcs8.use((bytes) => encryptCosignKey(bytes, passphrase ?? new Uint8Array(0), source));
        }
        finally {
            pkcs8.destroy();
        }
    }
    else if (passphrase !== undefined && passphrase.length > 0) {
        const pkcs8 = SecretBuffer.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
        try {
            privateKeyPem = pkcs8.use((bytes) => encryptPkcs8(bytes, passphrase));
        }
        finally {
            pkcs8.destroy();
        }
    }
    else {
        // Not export({ format: 'pem' }): that returns the clear key as a JavaScript string, which no one can zero.
        const pkcs8 = SecretBuffer.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
        try {
            privateKeyPem = pkcs8.use((bytes) => pemOf('PRIVATE KEY', bytes));
        }
        finally {
            pkcs8.destroy();
        }
    }
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return {
        privateKeyPem,
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        hint: createHash('sha256').update(der).digest('base64'),
    };
}
/** A P-256 key made for one run and held only in memory: for rehearsing a release offline, with no identity to sign as. */
function ephemeralSigningKey() {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    return toSigningKey(privateKey, 'a key made for this run');
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./lib/sigstore/verify/der.js
/**
 * The element at `offset`, strictly DER as @sigstore/core reads it: one-byte tags other than the
 * universal tag 0, and lengths in their shortest form (a long form only from 128, without
 * leading zero bytes), so one encoding has one reading.
 */
function readElement(bytes, offset, limit) {
    if (offset + 2 > limit)
        throw new Error('truncated DER element');
    const tag = bytes[offset];
    if ((tag & 0x1f) === 0x1f || (tag & 0xdf) === 0)
        throw new Error(`unsupported DER tag 0x${tag.toString(16)}`);
    let length = bytes[offset + 1];
    let contentStart = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        if (count === 0 || count > 4 || contentStart + count > limit)
            throw new Error('unsupported DER length');
        if (bytes[contentStart] === 0)
            throw new Error('non-minimal DER length');
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + bytes[contentStart + i];
        if (length < 0x80)
            throw new Error('non-minimal DER length');
        contentStart += count;
    }
    const end = contentStart + length;
    if (end > limit)
        throw new Error('DER element overruns its parent');
    return { tag, start: offset, contentStart, end };
}
function childrenOf(bytes, parent) {
    const children = [];
    for (let offset = parent.contentStart; offset < parent.end;) {
        const child = readElement(bytes, offset, parent.end);
        children.push(child);
        offset = child.end;
    }
    return children;
}
function der_header(tag, length) {
    if (length < 0x80)
        return Buffer.from([tag, length]);
    const octets = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
        octets.unshift(rest % 256);
    return Buffer.from([tag, 0x80 | octets.length, ...octets]);
}
function wrap(tag, content) {
    return Buffer.concat([der_header(tag, content.length), content]);
}
const SEQUENCE = 0x30;
/** A certificate's bytes as a Buffer, its TBSCertificate and the TBSCertificate's fields. */
function tbsOf(certificate) {
    const bytes = Buffer.from(certificate.buffer, certificate.byteOffset, certificate.byteLength);
    const tbs = childrenOf(bytes, readElement(bytes, 0, bytes.length))[0];
    if (tbs === undefined || tbs.tag !== SEQUENCE)
        throw new Error('not a certificate');
    return { bytes, tbs, fields: childrenOf(bytes, tbs) };
}
const EXTENSIONS_TAG = 0xa3;
/**
 * The DER of a certificate's TBSCertificate with one extension removed (RFC 6962's precertificate
 * TBS, without the SCT list), cut out of the original bytes: re-encoding a parsed tree costs more
 * than the rest of a verification. `oidDer` is the extension's OID content bytes.
 */
function tbsWithoutExtension(certificate, oidDer) {
    const { bytes, tbs, fields } = tbsOf(certificate);
    const explicit = fields.find((field) => field.tag === EXTENSIONS_TAG);
    if (explicit === undefined)
        return bytes.subarray(tbs.start, tbs.end);
    const list = childrenOf(bytes, explicit)[0];
    if (list === undefined || list.tag !== SEQUENCE)
        throw new Error('malformed extensions');
    const kept = childrenOf(bytes, list).filter((extension) => {
        const oid = childrenOf(bytes, extension)[0];
        return oid === undefined || !bytes.subarray(oid.contentStart, oid.end).equals(oidDer);
    });
    const extensions = wrap(EXTENSIONS_TAG, wrap(SEQUENCE, Buffer.concat(kept.map((extension) => bytes.subarray(extension.start, extension.end)))));
    return wrap(SEQUENCE, Buffer.concat([bytes.subarray(tbs.contentStart, explicit.start), extensions, bytes.subarray(explicit.end, tbs.end)]));
}
const INTEGER = 0x02;
const EXPLICIT_VERSION = 0xa0;
/**
 * A certificate's serial number, issuer and public key info, read from its TBSCertificate without
 * building an ASN.1 tree (a v1 certificate has no version field before them).
 */
function certificateFields(certificate) {
    const { bytes, fields } = tbsOf(certificate);
    const [serial, , issuer, , , key] = fields[0]?.tag === EXPLICIT_VERSION ? fields.slice(1) : fields;
    if (serial?.tag !== INTEGER || issuer?.tag !== SEQUENCE || key?.tag !== SEQUENCE)
        throw new Error('malformed TBSCertificate');
    return { serialNumber: bytes.subarray(serial.contentStart, serial.end), issuer: bytes.subarray(issuer.contentStart, issuer.end), subjectPublicKeyInfo: bytes.subarray(key.start, key.end) };
}
/** Dotted OID text; an empty OID, a component padded with a leading 0x80 or one cut short is refused, so one encoding has one reading. */
function decodeOid(bytes) {
    if (bytes.length === 0 || (bytes.at(-1) & 0x80) !== 0)
        throw new Error('malformed OBJECT IDENTIFIER');
    const parts = [];
    let value = 0;
    // An indexed loop: entries() makes an [index, byte] pair per byte, most of what reading a certificate's extensions allocated.
    for (let index = 0; index < bytes.length; index++) {
        const byte = bytes[index];
        if (byte === 0x80 && (index === 0 || (bytes[index - 1] & 0x80) === 0))
            throw new Error('malformed OBJECT IDENTIFIER');
        value = value * 128 + (byte & 0x7f);
        if ((byte & 0x80) === 0) {
            if (parts.length === 0)
                parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
            else
                parts.push(value);
            value = 0;
        }
    }
    return parts.join('.');
}
const BOOLEAN = 0x01;
const OCTET_STRING = 0x04;
const OBJECT_IDENTIFIER = 0x06;
/**
 * A certificate's extensions read straight from its DER, without building an ASN.1 tree: a
 * Fulcio certificate carries a dozen, and the tree costs more than the rest of a verification.
 */
function readExtensions(certificate) {
    const { bytes, fields } = tbsOf(certificate);
    const explicit = fields.find((field) => field.tag === EXTENSIONS_TAG);
    if (explicit === undefined)
        return [];
    const list = childrenOf(bytes, explicit)[0];
    if (list === undefined || list.tag !== SEQUENCE)
        throw new Error('malformed extensions');
    return childrenOf(bytes, list).map((extension) => {
        const [oid, second, third] = childrenOf(bytes, extension);
        const value = third ?? second;
        if (oid?.tag !== OBJECT_IDENTIFIER || value?.tag !== OCTET_STRING || (third !== undefined && second?.tag !== BOOLEAN))
            throw new Error('malformed extension');
        return {
            oid: decodeOid(bytes.subarray(oid.contentStart, oid.end)),
            critical: third !== undefined && bytes[second?.contentStart ?? 0] !== 0,
            value: bytes.subarray(value.contentStart, value.end),
            element: bytes.subarray(extension.start, extension.end),
        };
    });
}
/** The content of a DER element that is exactly `bytes`, when its tag is `tag`. */
function contentOf(bytes, tag) {
    try {
        const element = readElement(bytes, 0, bytes.length);
        return element.tag === tag && element.end === bytes.length ? bytes.subarray(element.contentStart, element.end) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The elements of a DER SEQUENCE that is exactly `bytes`, as tag and content. */
function sequenceOf(bytes) {
    try {
        const element = readElement(bytes, 0, bytes.length);
        if (element.tag !== SEQUENCE || element.end !== bytes.length)
            return undefined;
        return childrenOf(bytes, element).map((child) => ({ tag: child.tag, content: bytes.subarray(child.contentStart, child.end) }));
    }
    catch {
        return undefined;
    }
}
/** Dotted OID text from an OBJECT IDENTIFIER's content bytes. */
function oidText(content) {
    return decodeOid(content);
}
const OID = 0x06;
const ORGANIZATION_OID = '2.5.4.10';
/** The organization (O) values of a DER X.501 Name given by its content (its RDN sets, as ParsedCertificate.issuer has it), in order. */
function organizationsOf(nameContent) {
    try {
        const organizations = [];
        const whole = { tag: SEQUENCE, start: 0, contentStart: 0, end: nameContent.length };
        for (const relativeName of childrenOf(nameContent, whole)) {
            for (const attribute of childrenOf(nameContent, relativeName)) {
                const [type, value] = childrenOf(nameContent, attribute);
                if (type?.tag === OID && value !== undefined && decodeOid(nameContent.subarray(type.contentStart, type.end)) === ORGANIZATION_OID) {
                    organizations.push(nameContent.subarray(value.contentStart, value.end).toString('utf8'));
                }
            }
        }
        return organizations;
    }
    catch {
        return [];
    }
}
/** The single DER element that `bytes` is (nothing may follow it). */
function derNode(bytes) {
    const element = readElement(bytes, 0, bytes.length);
    if (element.end !== bytes.length)
        throw new Error('bytes after a DER element');
    return { tag: element.tag, whole: bytes.subarray(element.start, element.end), content: bytes.subarray(element.contentStart, element.end) };
}
/**
 * Throws unless every constructed element within `node` holds a whole number of DER elements, each
 * at most `maxDepth` levels down (`tooDeep` the message otherwise): read by offsets alone, without
 * making a Buffer per element, since a timestamp carries its authority's certificates (hundreds of
 * elements).
 */
function expectWholeElements(node, maxDepth, tooDeep) {
    const bytes = node.whole;
    const check = (element, depth) => {
        if (depth > maxDepth)
            throw new Error(tooDeep);
        if ((element.tag & 0x20) === 0)
            return;
        for (let offset = element.contentStart; offset < element.end;) {
            const child = readElement(bytes, offset, element.end);
            check(child, depth + 1);
            offset = child.end;
        }
    };
    check(readElement(bytes, 0, bytes.length), 0);
}
/** Each node's children, read once: a reader that checks a whole tree and then walks it (an RFC 3161 timestamp) reads each element once. */
const childrenRead = new WeakMap();
/** The elements a constructed DER element holds, in order (the same array for the same node). */
function derChildren(node) {
    let children = childrenRead.get(node);
    if (children === undefined) {
        const whole = { tag: node.tag, start: 0, contentStart: 0, end: node.content.length };
        children = childrenOf(node.content, whole).map((child) => ({
            tag: child.tag,
            whole: node.content.subarray(child.start, child.end),
            content: node.content.subarray(child.contentStart, child.end),
        }));
        childrenRead.set(node, children);
    }
    return children;
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/errors.js

/** Why a bundle did not verify: the code says which check failed, the message what was expected and what was found. */
class errors_VerifyError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, { hint: options.hint ?? DEFAULT_HINTS[code], ...(options.cause === undefined ? {} : { cause: options.cause }), ...(options.place === undefined ? {} : { place: options.place }) });
        this.name = 'VerifyError';
    }
}
const TAMPERED = 'do not trust this artifact: the bundle or the artifact was altered, or they do not belong together';
const DEFAULT_HINTS = {
    VERIFY_BUNDLE_INVALID: 'give the Sigstore bundle (.sigstore.json) that was published with the artifact',
    VERIFY_BUNDLE_UNSUPPORTED: 'trust-kit verifies Sigstore bundles v0.1 to v0.3 holding a message signature or a DSSE in-toto statement',
    VERIFY_ARTIFACT_MISMATCH: TAMPERED,
    VERIFY_SUBJECT_MISMATCH: 'this attestation is about other artifacts: check that you downloaded the artifact the bundle was made for',
    VERIFY_PREDICATE_TYPE_MISMATCH: 'the attestation says something else about the artifact: pass the --predicate-type (input "predicate-type") it was made with (SLSA provenance is https://slsa.dev/provenance/v1), or the bundle holding that kind of attestation',
    VERIFY_PROVENANCE_MISMATCH: 'the provenance claims another source, commit, workflow, trigger or runner than its signing certificate, which GitHub\'s token vouched for: do not trust what it says about the build',
    VERIFY_SIGNATURE_INVALID: TAMPERED,
    VERIFY_KEY_MISMATCH: 'verify key-signed bundles with --key PUB.pem (input "key") and keyless bundles with --certificate-identity and --certificate-oidc-issuer (the inputs of the same names)',
    VERIFY_CERTIFICATE_INVALID: TAMPERED,
    VERIFY_CERTIFICATE_UNTRUSTED: 'the signing certificate was not issued by a CA of the trusted root: pass the right --trusted-root (input "trusted-root"; e.g. `gh attestation trusted-root` for GitHub\'s instance)',
    VERIFY_CERTIFICATE_EXPIRED: 'the signature was not made while its certificate was valid: do not trust this artifact',
    VERIFY_SCT_MISSING: 'the certificate carries no proof of certificate-transparency logging the trusted root requires',
    VERIFY_SCT_INVALID: TAMPERED,
    VERIFY_TLOG_MISSING: 'this instance requires a transparency-log entry in the bundle: sign again with a transparency log, or verify with the trusted root of the instance that signed it',
    VERIFY_TLOG_UNTRUSTED: 'the bundle was logged by a transparency log the trusted root does not list (with a certificate, the log must be of the instance whose CA issued it): pass the right --trusted-root (input "trusted-root")',
    VERIFY_TLOG_INCLUSION_INVALID: TAMPERED,
    VERIFY_TLOG_BODY_MISMATCH: TAMPERED,
    VERIFY_TIMESTAMP_MISSING: 'this instance requires a signed timestamp in the bundle: sign again with a timestamp authority',
    VERIFY_TIMESTAMP_INVALID: 'the timestamp was not signed by a timestamp authority of the trusted root, or does not cover this signature',
    VERIFY_POLICY_IDENTITY_MISMATCH: 'the artifact was signed by someone else: check --certificate-identity (input "certificate-identity"; exact match) or --repo/--signer-workflow (inputs "repo", "signer-workflow")',
    VERIFY_POLICY_ISSUER_MISMATCH: 'the signer\'s identity was vouched for by another OIDC issuer: check --certificate-oidc-issuer (input "certificate-oidc-issuer")',
    VERIFY_POLICY_EXTENSION_MISMATCH: 'the certificate was issued for another repository or workflow run: check --repo (input "repo")',
    VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH: 'another workflow signed the attestation: check --signer-workflow (input "signer-workflow": the reusable workflow that signs, [host/]owner/repo/path[@ref])',
    VERIFY_POLICY_REPOSITORY_MISMATCH: 'the attestation was made in another repository: check --repo/--owner (inputs "repo", "owner"); when a reusable workflow of another repository signs, pass it as --signer-workflow (input "signer-workflow")',
    VERIFY_POLICY_SOURCE_MISMATCH: 'the attestation was made from another ref or commit: check --source-ref (e.g. refs/tags/v1.2.3) and --source-digest (the commit SHA), the inputs of the same names',
    VERIFY_POLICY_SELF_HOSTED_RUNNER: 'the attestation was made on a self-hosted runner, which --deny-self-hosted-runners (input "deny-self-hosted-runners: true") refuses: its build environment is not GitHub\'s to vouch for',
    SIGSTORE_TRUSTED_ROOT_INVALID: 'give a trusted_root.json (or the JSONL `gh attestation trusted-root` prints)',
    SIGSTORE_TRUSTED_ROOT_UNAVAILABLE: 'pass --trusted-root FILE (input "trusted-root") to verify offline',
    SIGSTORE_KEY_INVALID: 'give the PEM public key (-----BEGIN PUBLIC KEY-----) made by `trust-kit generate-key-pair` or cosign',
    SIGSTORE_INPUT_UNREADABLE: 'check the path',
};

;// CONCATENATED MODULE: ./lib/sigstore/verify/sct.js

/** Reads TLS-encoded fields one after another, refusing any read past the end. */
class TlsReader {
    bytes;
    offset = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get done() {
        return this.offset === this.bytes.length;
    }
    block(length) {
        if (this.offset + length > this.bytes.length)
            throw new Error('truncated signed certificate timestamp list');
        const block = this.bytes.subarray(this.offset, this.offset + length);
        this.offset += length;
        return block;
    }
    uint8() {
        return this.block(1)[0];
    }
    uint16() {
        return this.block(2).readUInt16BE(0);
    }
}
/**
 * The SCTs of a SignedCertificateTimestampList (RFC 6962 3.3: a two-byte length, then each SCT
 * behind its own two-byte length), read without building an ASN.1 tree; any length that does not
 * add up, or a byte left over, is an error.
 */
function parseSctList(list) {
    const outer = new TlsReader(list);
    const entries = new TlsReader(outer.block(outer.uint16()));
    if (!outer.done)
        throw new Error('bytes after the signed certificate timestamp list');
    const scts = [];
    while (!entries.done) {
        const sct = new TlsReader(entries.block(entries.uint16()));
        const version = sct.uint8();
        const logId = sct.block(32);
        const timestamp = sct.block(8);
        const extensions = sct.block(sct.uint16());
        const hashAlgorithm = sct.uint8();
        sct.uint8(); // the signature algorithm: the log's key decides how the signature is checked
        const signature = sct.block(sct.uint16());
        if (!sct.done)
            throw new Error('bytes after a signed certificate timestamp');
        scts.push({ version, logId, timestamp, time: new Date(Number(timestamp.readBigUInt64BE(0))), extensions, hashAlgorithm, signature });
    }
    return scts;
}
const HASHES = { 4: 'sha256', 5: 'sha384', 6: 'sha512' };
/**
 * Whether a log's key signed the SCT over a precertificate entry (RFC 6962 3.2: version,
 * certificate_timestamp, the time, precert_entry, `preCert` = issuer key hash, 24-bit length and
 * TBS without the SCT list, then the extensions); an SCT with an unknown hash never verifies.
 */
function verifySct(sct, preCert, key) {
    const hash = HASHES[sct.hashAlgorithm];
    if (hash === undefined)
        return false;
    const extensionsLength = Buffer.alloc(2);
    extensionsLength.writeUInt16BE(sct.extensions.length);
    const signed = Buffer.concat([Buffer.from([sct.version, 0]), sct.timestamp, Buffer.from([0, 1]), preCert, extensionsLength, sct.extensions]);
    try {
        return (0,external_node_crypto_.verify)(hash, signed, key, sct.signature);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/certificate.js





/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md) that policies and reports name. */
const FULCIO_OIDS = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    /** GitHub Workflow Repository (deprecated, raw bytes): `owner/repo`, which cosign's --certificate-github-workflow-repository reads. */
    githubWorkflowRepositoryV1: '1.3.6.1.4.1.57264.1.5',
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerURI: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
    buildConfigURI: '1.3.6.1.4.1.57264.1.18',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationURI: '1.3.6.1.4.1.57264.1.21',
    sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
};
/** The extended key usage of Fulcio's certificates, leaves and CAs. */
const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
/** The extended key usage of a timestamp authority's signing certificate (RFC 3161 2.3). */
const TIME_STAMPING_EKU = '1.3.6.1.5.5.7.3.8';
const ANY_EKU = '2.5.29.37.0';
const EKU_OID = '2.5.29.37';
const BASIC_CONSTRAINTS_OID = '2.5.29.19';
const certificate_BOOLEAN = 0x01;
const certificate_INTEGER = 0x02;
const KEY_USAGE_OID = '2.5.29.15';
const BIT_STRING = 0x03;
const certificate_OCTET_STRING = 0x04;
const SAN_OID = '2.5.29.17';
/** The GeneralName tags of an otherName, a URI and an email address (RFC 5280 4.2.1.6). */
const OTHER_NAME = 0xa0;
const URI_NAME = 0x86;
/** The otherName type of Fulcio's username identity ("<user>!<issuer host>", a UTF8String): https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md. */
const FULCIO_USERNAME_OID = '1.3.6.1.4.1.57264.1.7';
const OID_TAG = 0x06;
const EMAIL_NAME = 0x81;
const SCT_OID = '1.3.6.1.4.1.11129.2.4.2';
const UTF8_STRING = 0x0c;
/** Key usage, extended key usage, subject alternative name, basic constraints, key identifiers: what a leaf's checks read. */
const PROCESSED_EXTENSIONS = new Set(['2.5.29.15', EKU_OID, SAN_OID, BASIC_CONSTRAINTS_OID, '2.5.29.14', '2.5.29.35']);
/**
 * An X.509 certificate parsed once: OpenSSL's parse for its key, validity and signature checks,
 * its extensions, serial number, issuer and key info read straight from the DER on demand, so a
 * certificate seen again (in the trusted root, or the same Fulcio leaf across a release's bundles)
 * costs nothing more.
 */
class ParsedCertificate {
    der;
    publicKey;
    notBefore;
    notAfter;
    isCA;
    native;
    fields;
    rawExtensions;
    constructor(der) {
        this.der = der;
        this.native = new external_node_crypto_.X509Certificate(der);
        this.publicKey = this.native.publicKey;
        this.notBefore = this.native.validFromDate;
        this.notAfter = this.native.validToDate;
        this.isCA = this.native.ca;
    }
    /** Parses DER bytes, turning any parse failure into a coded error naming `what`. */
    static parse(der, what) {
        try {
            // OpenSSL reads the first element and ignores what follows; Go's x509 (cosign, sigstore-go) refuses trailing data.
            derNode(der);
            const certificate = new ParsedCertificate(der);
            const oids = certificate.extensions.map((extension) => extension.oid);
            const repeated = oids.find((oid, index) => oids.indexOf(oid) !== index);
            // RFC 5280 4.2: one instance per extension; with two, readers disagree on which one counts (a second SAN, a second issuer).
            if (repeated !== undefined)
                throw new Error(`extension ${repeated} appears more than once`);
            return certificate;
        }
        catch (error) {
            throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `${what} is not a valid X.509 certificate: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
    }
    /** The serial number INTEGER's content bytes, as a timestamp's signer identifier gives it. */
    get serialNumber() {
        return this.derFields.serialNumber;
    }
    /** The issuer name's DER bytes (the Name SEQUENCE's content). */
    get issuer() {
        return this.derFields.issuer;
    }
    /** The SubjectPublicKeyInfo element's DER bytes, exactly as the certificate holds them. */
    get subjectPublicKeyInfo() {
        return this.derFields.subjectPublicKeyInfo;
    }
    get derFields() {
        this.fields ??= certificateFields(this.der);
        return this.fields;
    }
    /** Whether `issuer` issued this certificate: names chain and `issuer`'s key signed it. */
    signedBy(issuer) {
        try {
            return this.native.checkIssued(issuer.native) && this.native.verify(issuer.publicKey);
        }
        catch {
            return false;
        }
    }
    /** Whether the certificate was valid at `time`. */
    validAt(time) {
        return this.notBefore <= time && time <= this.notAfter;
    }
    /** Subject and issuer distinguished names as OpenSSL prints them, for messages. */
    get displayNames() {
        return { subject: distinguishedName(this.native.subject), issuer: distinguishedName(this.native.issuer) };
    }
    /** The certificate's extensions, read from its DER on first use. */
    get extensions() {
        this.rawExtensions ??= readExtensions(this.der);
        return this.rawExtensions;
    }
    /** The extension with `oid`, if present. */
    extension(oid) {
        return this.extensions.find((extension) => extension.oid === oid);
    }
    /**
     * The names of the subject alternative name extension, URIs, email addresses and Fulcio's username
     * otherName as text (other kinds as empty text, so they still count): Fulcio puts exactly one identity there.
     */
    get subjectAltNames() {
        const names = this.extension(SAN_OID);
        const list = names === undefined ? [] : sequenceOf(names.value);
        if (list === undefined)
            throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', 'the certificate\'s subject alternative name extension is malformed');
        return list.map((name) => {
            if (name.tag === OTHER_NAME)
                return fulcioUsername(name.content);
            if (name.tag !== URI_NAME && name.tag !== EMAIL_NAME)
                return '';
            // Both are IA5Strings (ASCII), and Go's x509 (Fulcio, cosign) refuses anything else, and a URI with a control character: read as UTF-8 here, they would be look-alikes no other verifier accepts.
            if (name.content.some((byte) => byte >= 0x80))
                throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the certificate's subject alternative name ${(0,quote/* quoted */.TL)(name.content.toString('utf8'), 200)} is not an IA5String (ASCII)`);
            if (name.tag === URI_NAME && name.content.some((byte) => byte < 0x20 || byte === 0x7f))
                throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the certificate's subject alternative name URI ${(0,quote/* quoted */.TL)(name.content.toString('latin1'), 200)} holds a control character`);
            return name.content.toString('ascii');
        });
    }
    /**
     * Whether the extended key usage names code signing. An absent EKU counts as no: RFC 5280 reads it
     * as any usage, but Fulcio always names code signing, so a leaf without it was issued for something else.
     */
    get allowsCodeSigning() {
        return this.extendedKeyUsages?.includes(CODE_SIGNING_EKU) ?? false;
    }
    /**
     * Whether a chain certificate's extended key usage allows `usage`: as Go's x509 (cosign,
     * sigstore-go) reads a chain, a certificate without the extension allows any, one with it must
     * name the usage or anyExtendedKeyUsage.
     */
    allowsExtendedKeyUsage(usage) {
        const usages = this.extendedKeyUsages;
        return usages === undefined || usages.includes(usage) || usages.includes(ANY_EKU);
    }
    /** The OIDs the extended key usage extension names (none when it cannot be read); undefined when it is absent. */
    get extendedKeyUsages() {
        const ext = this.extension(EKU_OID);
        if (ext === undefined)
            return undefined;
        return (sequenceOf(ext.value) ?? []).flatMap((entry) => (entry.tag === 0x06 ? [oidText(entry.content)] : []));
    }
    /** The extended key usage extension as a leaf's profile is checked on: its usages and whether it is critical; undefined when absent. */
    get extendedKeyUsage() {
        const usages = this.extendedKeyUsages;
        return usages === undefined ? undefined : { usages, critical: this.extension(EKU_OID)?.critical === true };
    }
    /** Whether the key may sign certificates: a key usage extension, when present, sets keyCertSign (bit 5), as Go's x509 requires of every issuer. */
    get allowsCertSign() {
        const ext = this.extension(KEY_USAGE_OID);
        if (ext === undefined)
            return true;
        const bits = contentOf(ext.value, BIT_STRING);
        return bits !== undefined && bits.length >= 2 && (bits[1] & 0x04) !== 0;
    }
    /**
     * Whether basic constraints say CA, whatever the key usage says: OpenSSL's `ca` (Node's
     * X509Certificate#ca) also asks for keyCertSign, so a leaf claiming CA:TRUE without it read as
     * no CA. An extension that cannot be read counts as a claim.
     */
    get claimsCA() {
        const ext = this.extension(BASIC_CONSTRAINTS_OID);
        if (ext === undefined)
            return false;
        const fields = sequenceOf(ext.value);
        if (fields === undefined)
            return true;
        const flag = fields.find((field) => field.tag === certificate_BOOLEAN)?.content;
        return flag !== undefined && (flag.length !== 1 || flag[0] !== 0);
    }
    /**
     * The basic constraints' pathLenConstraint: how many CA certificates may follow this one towards
     * a leaf. Undefined without one; -1 for an extension that cannot be read, which no chain passes.
     */
    get pathLengthConstraint() {
        const ext = this.extension(BASIC_CONSTRAINTS_OID);
        if (ext === undefined)
            return undefined;
        const fields = sequenceOf(ext.value);
        if (fields === undefined)
            return -1;
        const length = fields.find((field) => field.tag === certificate_INTEGER)?.content;
        if (length === undefined)
            return undefined;
        // A non-negative INTEGER small enough to mean anything: one content byte, or two for 128..255.
        if (length.length === 0 || length.length > 2 || length[0] >= 0x80 || (length.length === 2 && length[0] !== 0))
            return -1;
        return length.readUIntBE(0, length.length);
    }
    /**
     * The first critical extension outside those a signing certificate is read by (RFC 5280 4.2: a
     * certificate with a critical extension the reader does not process must be refused), such as
     * the CT precertificate poison.
     */
    get unprocessedCriticalExtension() {
        return this.extensions.find((extension) => extension.critical && !PROCESSED_EXTENSIONS.has(extension.oid))?.oid;
    }
    /** Whether the key usage extension is present and sets digitalSignature (bit 0), as Fulcio's leaves do. */
    get allowsDigitalSignature() {
        const bits = contentOf(this.extension(KEY_USAGE_OID)?.value ?? Buffer.alloc(0), BIT_STRING);
        return bits !== undefined && bits.length >= 2 && (bits[1] & 0x80) !== 0;
    }
    /**
     * The value of a Fulcio extension as text: v1 extensions hold raw bytes, v2 ones a DER
     * UTF8String; a v2 one holding anything else is refused (VERIFY_CERTIFICATE_INVALID), as Go's
     * readers (cosign, sigstore-go) refuse it, rather than read as raw text.
     */
    fulcioExtension(oid) {
        const ext = this.extension(oid);
        if (ext === undefined)
            return undefined;
        if (oid === FULCIO_OIDS.issuerV1 || oid === FULCIO_OIDS.githubWorkflowRepositoryV1)
            return ext.value.toString('utf8');
        const text = contentOf(ext.value, UTF8_STRING);
        if (text === undefined)
            throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the certificate's Fulcio extension ${oid} is not a DER UTF8String, as Fulcio writes it`, { hint: 'the certificate was not issued by a Fulcio that follows its own profile: do not trust it' });
        return text.toString('utf8');
    }
    /** The embedded signed certificate timestamps (RFC 6962 3.3: a TLS-encoded list in a DER OCTET STRING), parsed from their extension alone. */
    get signedCertificateTimestamps() {
        const ext = this.extension(SCT_OID);
        if (ext === undefined)
            return undefined;
        const list = contentOf(ext.value, certificate_OCTET_STRING);
        if (list === undefined)
            throw new Error('the SCT list extension does not hold an OCTET STRING');
        return parseSctList(list);
    }
}
/** Node reports an empty name (Fulcio leaves have one) as undefined, despite its types. */
function distinguishedName(name) {
    return (name ?? '').replaceAll('\n', ', ');
}
/** The first `length` characters of a long value (a digest, a key), for messages. */
function abbreviate(value, length = 16) {
    return value.length <= length ? value : `${value.slice(0, length)}\u2026`;
}
/**
 * The text of an otherName SAN (its type id and [0] EXPLICIT value) when it is Fulcio's username
 * identity, as sigstore-go, cosign and sigstore-python match it; empty text for another type.
 */
function fulcioUsername(content) {
    try {
        const [type, explicit, ...rest] = derChildren({ tag: OTHER_NAME, whole: content, content });
        if (type?.tag !== OID_TAG || explicit?.tag !== OTHER_NAME || rest.length > 0)
            throw new Error('not a type id and a value');
        if (oidText(type.content) !== FULCIO_USERNAME_OID)
            return '';
        const value = derNode(explicit.content);
        if (value.tag !== UTF8_STRING)
            throw new Error('not a UTF8String');
        return new TextDecoder('utf-8', { fatal: true }).decode(value.content);
    }
    catch {
        throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', 'the certificate\'s otherName subject alternative name is not an OID and a UTF-8 UTF8String, as Fulcio writes it');
    }
}

// EXTERNAL MODULE: ./lib/sigstore/verify/policy.js
var verify_policy = __webpack_require__(91638);
;// CONCATENATED MODULE: ./lib/sigstore/verify/key.js


/** The policy for bundles signed with a local key: reads a PEM public key (SPKI), naming `source` in errors; whether a transparency-log entry is required is the caller's to say. */
function loadPublicKey(pem, source, transparencyLog) {
    if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
        // The signing half (PREFIX.key) given for the verifying one (PREFIX.pub): the likeliest mix-up, said as such.
        if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
            throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is a private key, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: 'verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer' });
        }
        // Other forms of a public key, each with the command that writes it as one (SubjectPublicKeyInfo).
        if (pem.includes('-----BEGIN RSA PUBLIC KEY-----')) {
            throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is an RSA public key in PKCS#1 form (-----BEGIN RSA PUBLIC KEY-----), not the SubjectPublicKeyInfo form trust-kit reads (-----BEGIN PUBLIC KEY-----)`, { hint: `write it as one: \`openssl rsa -RSAPublicKey_in -in ${source} -pubout\`` });
        }
        if (pem.includes('-----BEGIN CERTIFICATE-----')) {
            throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is a certificate, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: `give its public key: \`openssl x509 -pubkey -noout -in ${source}\`; a keyless signature's certificate is checked with --certificate-identity and --certificate-oidc-issuer instead` });
        }
        throw new VerifyError('SIGSTORE_KEY_INVALID', `${source} is not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`);
    }
    try {
        return { kind: 'key', publicKey: createPublicKey({ key: pem, format: 'pem' }), source, transparencyLog };
    }
    catch (error) {
        throw new VerifyError('SIGSTORE_KEY_INVALID', `${source}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
}

// EXTERNAL MODULE: ./lib/core/json.js
var core_json = __webpack_require__(3085);
;// CONCATENATED MODULE: ./lib/sigstore/verify/shape.js

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const INT64 = /^(?:0|[1-9]\d{0,18})$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;
/** A protobuf int64 at or below 2^63 - 1, as Go's protojson (cosign, sigstore-go) reads one: equal-length digit strings compare as numbers. */
function isInt64(text) {
    return INT64.test(text) && (text.length < 19 || text <= '9223372036854775807');
}
/**
 * The time an RFC 3339 timestamp (as protobuf JSON writes `google.protobuf.Timestamp`) names, or
 * undefined when it is not one: `Date` parsing alone accepts other forms and rolls 30 February
 * over into March. A fraction finer than a millisecond is rounded `down` or `up`: a window's start
 * is read rounded up and its end rounded down, so that the window is never wider than it says.
 */
function parseRfc3339(text, subMillisecond = 'down') {
    const match = RFC3339.exec(text);
    if (match === null)
        return undefined;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const offsetHours = Number(match[9] ?? 0);
    const offsetMinutes = Number(match[10] ?? 0);
    const calendar = new Date(0);
    calendar.setUTCFullYear(year, month - 1, day);
    const fraction = (match[7] ?? '').slice(1);
    calendar.setUTCHours(hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, '0')));
    const exact = year >= 1 && calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour < 24 && minute < 60 && second < 60 && offsetHours < 24 && offsetMinutes < 60;
    if (!exact)
        return undefined;
    const offsetMs = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60000;
    const up = subMillisecond === 'up' && /[1-9]/.test(fraction.slice(3)) ? 1 : 0;
    return new Date(calendar.getTime() - offsetMs + up);
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/**
 * The first place where `value` breaks `shape`, if any. Fields the shape does not name are left
 * alone (newer documents may carry them), but for a named field spelled as its protobuf name
 * (`tlog_entries`); a named field that is present must have its shape.
 * With `nullIsAbsent` (bundles), a field set to `null` is absent, as protobuf's JSON mapping reads
 * it (Go's protojson, sigstore-js): sigstore-js 1.x and 2.x wrote `"timestampVerificationData": null`
 * and `"inclusionProof": null` into their v0.1 bundles. Without it (trusted roots, which no writer
 * is known to give a null and whose reader hands some raw values on), null is refused. An array
 * item is never null. Depth and work are bounded by the shape.
 */
function findShapeViolation(value, shape, path, nullIsAbsent = false) {
    if (typeof shape === 'string') {
        if (typeof value !== 'string')
            return { path, problem: `is ${typeOf(value)}, expected ${SCALAR_NAMES[shape]}` };
        if (shape === 'base64' && !BASE64.test(value))
            return { path, problem: 'is not base64' };
        if (shape === 'int64' && !isInt64(value))
            return { path, problem: `is ${(0,quote/* quoted */.TL)(value, 40)}, expected a non-negative decimal integer below 2^63` };
        if (shape === 'rfc3339' && parseRfc3339(value) === undefined)
            return { path, problem: `is ${(0,quote/* quoted */.TL)(value, 40)}, expected an RFC 3339 time such as 2025-01-31T12:00:00Z` };
        return undefined;
    }
    if ('items' in shape) {
        if (!Array.isArray(value))
            return { path, problem: `is ${typeOf(value)}, expected an array` };
        if (shape.most !== undefined && value.length > shape.most)
            return { path, problem: `has ${value.length} items, more than the ${shape.most} read` };
        for (const [index, item] of value.entries()) {
            const found = findShapeViolation(item, shape.items, `${path}[${index}]`, nullIsAbsent);
            if (found !== undefined)
                return found;
        }
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { path, problem: `is ${typeOf(value)}, expected an object` };
    // A known field under its protobuf name (`tlog_entries`), which Go's protojson also reads: read as missing, it was reported as what a bundle lacks (no log entry).
    for (const name of Object.keys(value)) {
        if (!name.includes('_'))
            continue;
        const jsonName = name.replace(/_([a-z0-9])/g, (_, letter) => letter.toUpperCase());
        if (jsonName !== name && Object.hasOwn(shape.fields, jsonName))
            return { path: path === '' ? name : `${path}.${name}`, problem: `is the protobuf field name of ${jsonName}, which trust-kit reads only by its JSON name (as protobuf's JSON writers write it): rename it ${jsonName}` };
    }
    for (const [name, field] of Object.entries(shape.fields)) {
        const child = value[name];
        const fieldPath = path === '' ? name : `${path}.${name}`;
        const required = typeof field === 'object' && 'required' in field;
        if (child === undefined || (child === null && nullIsAbsent)) {
            if (required)
                return { path: fieldPath, problem: child === null ? 'is null' : 'is missing' };
            continue;
        }
        const found = findShapeViolation(child, required ? field.shape : field, fieldPath, nullIsAbsent);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
const SCALAR_NAMES = {
    string: 'a string',
    base64: 'a base64 string',
    int64: 'an integer as a decimal string',
    rfc3339: 'an RFC 3339 time string',
};
const certificate = { fields: { rawBytes: 'base64' } };
/**
 * The most items read from each array of a bundle. Real bundles hold one or two log entries,
 * timestamps and DSSE signatures and a chain of a few certificates, and an inclusion proof of a
 * tree below 2^63 entries has at most 63 hashes; without a bound, a 32 MiB bundle of empty items
 * cost seconds and gigabytes to decode (a Buffer or an object for each three bytes of input).
 */
const BUNDLE_ARRAY_ITEMS = 64;
const logId = { fields: { keyId: 'base64' } };
const validFor = { fields: { start: { shape: 'rfc3339', required: true }, end: 'rfc3339' } };
/** The known fields of a Sigstore bundle v0.1 to v0.3 (protobuf JSON). */
const BUNDLE_SHAPE = {
    fields: {
        mediaType: 'string',
        verificationMaterial: {
            fields: {
                publicKey: { fields: { hint: 'string' } },
                x509CertificateChain: { fields: { certificates: { items: certificate, most: BUNDLE_ARRAY_ITEMS } } },
                certificate,
                tlogEntries: {
                    most: BUNDLE_ARRAY_ITEMS,
                    items: {
                        fields: {
                            logIndex: 'int64',
                            logId,
                            kindVersion: { fields: { kind: 'string', version: 'string' } },
                            integratedTime: 'int64',
                            inclusionPromise: { fields: { signedEntryTimestamp: 'base64' } },
                            inclusionProof: { fields: { logIndex: 'int64', rootHash: 'base64', treeSize: 'int64', hashes: { items: 'base64', most: BUNDLE_ARRAY_ITEMS }, checkpoint: { fields: { envelope: 'string' } } } },
                            canonicalizedBody: 'base64',
                        },
                    },
                },
                timestampVerificationData: { fields: { rfc3161Timestamps: { items: { fields: { signedTimestamp: 'base64' } }, most: BUNDLE_ARRAY_ITEMS } } },
            },
        },
        messageSignature: { fields: { messageDigest: { fields: { algorithm: 'string', digest: 'base64' } }, signature: 'base64' } },
        dsseEnvelope: { fields: { payload: 'base64', payloadType: 'string', signatures: { items: { fields: { sig: 'base64', keyid: 'string' } }, most: BUNDLE_ARRAY_ITEMS } } },
    },
};
const authority = {
    fields: {
        subject: { fields: { organization: 'string', commonName: 'string' } },
        uri: 'string',
        certChain: { fields: { certificates: { items: certificate } } },
        validFor: { shape: validFor, required: true },
        operator: 'string',
    },
};
const log = {
    fields: {
        baseUrl: 'string',
        hashAlgorithm: 'string',
        publicKey: { shape: { fields: { rawBytes: 'base64', keyDetails: 'string', validFor: { shape: validFor, required: true } } }, required: true },
        logId,
        checkpointKeyId: logId,
        operator: 'string',
    },
};
/**
 * The known fields of a trusted root (v0.1 and v0.2): every authority and log key must say from
 * when it is trusted, since a missing or unreadable time would otherwise mean "always".
 */
const TRUSTED_ROOT_SHAPE = {
    fields: {
        mediaType: 'string',
        tlogs: { items: log },
        certificateAuthorities: { items: authority },
        ctlogs: { items: log },
        timestampAuthorities: { items: authority },
    },
};

;// CONCATENATED MODULE: ./lib/sigstore/verify/documents.js
// Sigstore bundles and trusted roots read from their protobuf JSON by this verifier alone, without
// @sigstore/protobuf-specs' generated readers and @sigstore/bundle's checks: loading and running
// those (a 150 KiB chunk of a hundred modules, bundled) was about 3 ms of every `verify-blob`. The
// reading is at least as strict as theirs: every known field has its JSON type (shape.ts; a null
// field of a bundle is absent, as protobuf JSON reads it), an enum is one of the names protobuf-specs knows,
// and a bundle holds what @sigstore/bundle requires of its version.



/** The bundle media types this verifier reads (protobuf-specs' v0.1, v0.2 and v0.3, the last in both spellings). */
const BUNDLE_MEDIA_TYPES = {
    v01: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    v02: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
    v03: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    v03Legacy: 'application/vnd.dev.sigstore.bundle+json;version=0.3',
};
const documents_MEDIA_TYPES = new Set(Object.values(BUNDLE_MEDIA_TYPES));
/** protobuf-specs' HashAlgorithm names; another name is refused, as its reader refuses it. */
const documents_HASH_ALGORITHMS = new Set(['HASH_ALGORITHM_UNSPECIFIED', 'SHA2_256', 'SHA2_384', 'SHA2_512', 'SHA3_256', 'SHA3_384']);
/** protobuf-specs' PublicKeyDetails names. */
const PUBLIC_KEY_DETAILS = new Set([
    'PUBLIC_KEY_DETAILS_UNSPECIFIED', 'PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS', 'PKIX_RSA_PKCS1V5', 'PKIX_RSA_PSS', 'PKIX_RSA_PKCS1V15_2048_SHA256', 'PKIX_RSA_PKCS1V15_3072_SHA256',
    'PKIX_RSA_PKCS1V15_4096_SHA256', 'PKIX_RSA_PSS_2048_SHA256', 'PKIX_RSA_PSS_3072_SHA256', 'PKIX_RSA_PSS_4096_SHA256', 'PKIX_ECDSA_P256_HMAC_SHA_256', 'PKIX_ECDSA_P256_SHA_256',
    'PKIX_ECDSA_P384_SHA_384', 'PKIX_ECDSA_P521_SHA_512', 'PKIX_ED25519', 'PKIX_ED25519_PH', 'PKIX_ECDSA_P384_SHA_256', 'PKIX_ECDSA_P521_SHA_256', 'LMS_SHA256', 'LMOTS_SHA256',
    'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87',
]);
/** The most missing fields one refusal names: 64 empty log entries made a message of 190. */
const LISTED_PROBLEMS = 8;
function bytes(value) {
    return typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0);
}
function documents_text(value, absent = '') {
    return typeof value === 'string' ? value : absent;
}
function object(value) {
    return typeof value === 'object' && value !== null ? value : undefined;
}
function documents_list(value) {
    return Array.isArray(value) ? value : [];
}
/**
 * Refuses an object setting more than one member of a protobuf oneof: protobuf-specs' reader keeps the first it meets, another
 * verifier may keep another. A member set to null is not set (Go's protojson skips it before its own oneof check).
 */
function expectOneOf(value, where, members) {
    const present = members.filter((member) => value[member] !== undefined && value[member] !== null);
    if (present.length > 1)
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the ${where} holds ${present.join(' and ')}; expected only one of ${members.join(', ')}`);
}
function logEntry(entry) {
    const logId = object(entry.logId);
    const kindVersion = object(entry.kindVersion);
    const promise = object(entry.inclusionPromise);
    const proof = object(entry.inclusionProof);
    const checkpoint = object(proof?.checkpoint);
    return {
        logIndex: documents_text(entry.logIndex, '0'),
        ...(logId === undefined ? {} : { logId: { keyId: bytes(logId.keyId) } }),
        ...(kindVersion === undefined ? {} : { kindVersion: { kind: documents_text(kindVersion.kind), version: documents_text(kindVersion.version) } }),
        integratedTime: documents_text(entry.integratedTime, '0'),
        ...(promise === undefined ? {} : { inclusionPromise: { signedEntryTimestamp: bytes(promise.signedEntryTimestamp) } }),
        ...(proof === undefined
            ? {}
            : {
                inclusionProof: {
                    logIndex: documents_text(proof.logIndex, '0'),
                    rootHash: bytes(proof.rootHash),
                    treeSize: documents_text(proof.treeSize, '0'),
                    hashes: documents_list(proof.hashes).map(bytes),
                    ...(checkpoint === undefined ? {} : { checkpoint: { envelope: documents_text(checkpoint.envelope) } }),
                },
            }),
        canonicalizedBody: bytes(entry.canonicalizedBody),
    };
}
/**
 * Reads a bundle's parsed JSON: its media type one of {@link BUNDLE_MEDIA_TYPES}, every known
 * field of its JSON type, one member of each oneof, and then what @sigstore/bundle requires: a
 * signature and digest (or one DSSE signature and a payload), verification material with a
 * certificate (none empty) or key, a log id and kind for every log entry, an inclusion promise in
 * each (v0.1) or an inclusion proof with a checkpoint (v0.2 and later), and one certificate rather
 * than a chain (v0.3). Throws VERIFY_BUNDLE_INVALID naming what is wrong.
 */
function decodeBundle(json) {
    const mediaType = object(json)?.mediaType;
    // cosign 2's own format (`sign-blob --bundle` without --new-bundle-format): said as such, with how to make the one verifiers share.
    if (mediaType === undefined && typeof object(json)?.base64Signature === 'string') {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', "not a Sigstore bundle: it is cosign 2's own bundle format (base64Signature, cert, rekorBundle), which `cosign sign-blob --bundle` writes without --new-bundle-format", {
            hint: 'sign again with `cosign sign-blob --new-bundle-format --bundle FILE.sigstore.json` (cosign 2.4 or later; cosign 3 writes it by default), or verify this one with cosign 2',
        });
    }
    if (typeof mediaType !== 'string' || !documents_MEDIA_TYPES.has(mediaType)) {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `not a Sigstore bundle: expected mediaType ${[...documents_MEDIA_TYPES].join(' or ')}, found ${(0,quote/* quoted */.TL)(mediaType ?? null)}`);
    }
    const malformed = (problem) => new errors_VerifyError('VERIFY_BUNDLE_INVALID', `malformed ${mediaType} bundle: ${problem}`);
    const violation = findShapeViolation(json, BUNDLE_SHAPE, '', true);
    if (violation !== undefined)
        throw malformed(`${violation.path} ${violation.problem}`);
    const bundle = json;
    expectOneOf(bundle, 'bundle', ['messageSignature', 'dsseEnvelope']);
    const material = object(bundle.verificationMaterial);
    if (material !== undefined)
        expectOneOf(material, 'verificationMaterial', ['publicKey', 'x509CertificateChain', 'certificate']);
    const invalid = [];
    const messageSignature = object(bundle.messageSignature);
    const envelope = object(bundle.dsseEnvelope);
    let content;
    if (messageSignature !== undefined) {
        const digest = object(messageSignature.messageDigest);
        const algorithm = documents_text(digest?.algorithm, 'HASH_ALGORITHM_UNSPECIFIED');
        if (!documents_HASH_ALGORITHMS.has(algorithm))
            throw malformed(`messageSignature.messageDigest.algorithm ${(0,quote/* quoted */.TL)(algorithm, 40)} is not a hash algorithm (${[...documents_HASH_ALGORITHMS].join(', ')})`);
        content = { $case: 'messageSignature', messageSignature: { messageDigest: { algorithm, digest: bytes(digest?.digest) }, signature: bytes(messageSignature.signature) } };
        if (digest === undefined)
            invalid.push('messageSignature.messageDigest');
        else if (content.messageSignature.messageDigest.digest.length === 0)
            invalid.push('messageSignature.messageDigest.digest');
        if (content.messageSignature.signature.length === 0)
            invalid.push('messageSignature.signature');
    }
    else if (envelope !== undefined) {
        const signatures = documents_list(envelope.signatures).map((signature) => ({ sig: bytes(signature.sig), keyid: documents_text(signature.keyid) }));
        content = { $case: 'dsseEnvelope', dsseEnvelope: { payload: bytes(envelope.payload), payloadType: documents_text(envelope.payloadType), signatures } };
        if (content.dsseEnvelope.payload.length === 0)
            invalid.push('dsseEnvelope.payload');
        // More than one is no missing field: said as what it is, as cosign says it (one signature is verified, and which would be a choice).
        if (signatures.length > 1)
            throw malformed(`dsseEnvelope.signatures holds ${signatures.length} signatures; a Sigstore bundle's envelope holds exactly one`);
        if (signatures.length !== 1)
            invalid.push('dsseEnvelope.signatures');
        else if (signatures[0]?.sig.length === 0)
            invalid.push('dsseEnvelope.signatures[0].sig');
    }
    else {
        invalid.push('messageSignature or dsseEnvelope');
    }
    let verification;
    const entries = documents_list(material?.tlogEntries).map(logEntry);
    if (material === undefined) {
        invalid.push('verificationMaterial');
    }
    else {
        const publicKey = object(material.publicKey);
        const chain = object(material.x509CertificateChain);
        const certificate = object(material.certificate);
        if (publicKey !== undefined) {
            verification = { $case: 'publicKey', publicKey: { hint: documents_text(publicKey.hint) } };
        }
        else if (chain !== undefined) {
            const certificates = documents_list(chain.certificates).map((entry) => ({ rawBytes: bytes(entry.rawBytes) }));
            verification = { $case: 'x509CertificateChain', x509CertificateChain: { certificates } };
            if (certificates.length === 0)
                invalid.push('verificationMaterial.x509CertificateChain.certificates');
            certificates.forEach((entry, index) => entry.rawBytes.length === 0 && invalid.push(`verificationMaterial.x509CertificateChain.certificates[${index}].rawBytes`));
            if (mediaType !== BUNDLE_MEDIA_TYPES.v01 && mediaType !== BUNDLE_MEDIA_TYPES.v02)
                invalid.push('verificationMaterial.x509CertificateChain (a v0.3 bundle carries one certificate)');
        }
        else if (certificate !== undefined) {
            verification = { $case: 'certificate', certificate: { rawBytes: bytes(certificate.rawBytes) } };
            if (verification.certificate.rawBytes.length === 0)
                invalid.push('verificationMaterial.certificate.rawBytes');
        }
        else {
            invalid.push('verificationMaterial.publicKey, x509CertificateChain or certificate');
        }
        entries.forEach((entry, index) => {
            if (entry.logId === undefined)
                invalid.push(`verificationMaterial.tlogEntries[${index}].logId`);
            if (entry.kindVersion === undefined)
                invalid.push(`verificationMaterial.tlogEntries[${index}].kindVersion`);
            if (mediaType === BUNDLE_MEDIA_TYPES.v01) {
                // A v0.1 bundle's inclusion proof may have no checkpoint (Rekor's answers before checkpoints, 2023): nothing signs its
                // root hash, so the entry stands on its signed promise, and the proof, kept, must still hash to the root it gives (tlog.ts).
                if (entry.inclusionPromise === undefined)
                    invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionPromise`);
            }
            else if (entry.inclusionProof === undefined) {
                invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionProof`);
            }
            else if (entry.inclusionProof.checkpoint === undefined) {
                invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionProof.checkpoint`);
            }
        });
    }
    if (invalid.length > 0 || content === undefined || verification === undefined) {
        const unlisted = invalid.length - LISTED_PROBLEMS;
        throw malformed(`missing or empty: ${invalid.slice(0, LISTED_PROBLEMS).join(', ')}${unlisted > 0 ? ` and ${unlisted} more` : ''}`);
    }
    const timestamps = object(material?.timestampVerificationData);
    return {
        mediaType,
        verificationMaterial: {
            content: verification,
            tlogEntries: entries,
            ...(timestamps === undefined ? {} : { timestampVerificationData: { rfc3161Timestamps: documents_list(timestamps.rfc3161Timestamps).map((entry) => ({ signedTimestamp: bytes(entry.signedTimestamp) })) } }),
        },
        content,
    };
}
/** The trusted-root media types of protobuf-specs (v0.1, as `gh attestation trusted-root` prints, and v0.2). */
const TRUSTED_ROOT_MEDIA_TYPES = new Set(['application/vnd.dev.sigstore.trustedroot+json;version=0.1', 'application/vnd.dev.sigstore.trustedroot.v0.2+json']);
/**
 * Reads a trusted root's parsed JSON: its media type, every known field of its JSON type (every
 * authority and log key saying from when it is trusted), and the enums (a log's hash algorithm,
 * a key's details) one of the names protobuf-specs knows. Throws SIGSTORE_TRUSTED_ROOT_INVALID
 * naming `label` and the field.
 */
function decodeTrustedRoot(value, label) {
    const mediaType = object(value)?.mediaType;
    if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPES.has(mediaType)) {
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: not a Sigstore trusted root: expected mediaType ${[...TRUSTED_ROOT_MEDIA_TYPES].join(' or ')}, found ${(0,quote/* quoted */.TL)(mediaType ?? null, 100)}`);
    }
    const violation = findShapeViolation(value, TRUSTED_ROOT_SHAPE, '');
    if (violation !== undefined)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${violation.path} ${violation.problem}`);
    const root = value;
    const authorities = (field) => documents_list(root[field]).map((authority) => ({
        uri: documents_text(authority.uri),
        certificates: documents_list(object(authority.certChain)?.certificates).map((certificate) => bytes(certificate.rawBytes)),
        validFor: authority.validFor,
    }));
    const logs = (field) => documents_list(root[field]).map((log, index) => {
        const publicKey = log.publicKey;
        const hashAlgorithm = documents_text(log.hashAlgorithm, 'HASH_ALGORITHM_UNSPECIFIED');
        const keyDetails = documents_text(publicKey.keyDetails, 'PUBLIC_KEY_DETAILS_UNSPECIFIED');
        if (!documents_HASH_ALGORITHMS.has(hashAlgorithm))
            throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${field}[${index}].hashAlgorithm ${(0,quote/* quoted */.TL)(hashAlgorithm, 40)} is not a hash algorithm`);
        if (!PUBLIC_KEY_DETAILS.has(keyDetails))
            throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${field}[${index}].publicKey.keyDetails ${(0,quote/* quoted */.TL)(keyDetails, 40)} is not a key type`);
        const logId = object(log.logId);
        const checkpointKeyId = object(log.checkpointKeyId);
        return {
            baseUrl: documents_text(log.baseUrl),
            publicKey: { rawBytes: publicKey.rawBytes === undefined ? undefined : bytes(publicKey.rawBytes), keyDetails, validFor: publicKey.validFor },
            logId: logId === undefined ? undefined : bytes(logId.keyId),
            checkpointKeyId: checkpointKeyId === undefined ? undefined : bytes(checkpointKeyId.keyId),
        };
    });
    return { certificateAuthorities: authorities('certificateAuthorities'), timestampAuthorities: authorities('timestampAuthorities'), tlogs: logs('tlogs'), ctlogs: logs('ctlogs') };
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/trust.js







/** The trust roots searched, for messages: `trusted_root.json`, or `roots.jsonl:2`. */
function rootLabels(roots) {
    return roots.length === 0 ? 'the trusted root' : (0,quote/* boundedList */.Y4)(roots.map((root) => root.label));
}
/**
 * A distinguished name as an index key, at least as loose as OpenSSL's name comparison (case and
 * runs of white space ignored), so an index lookup never misses an issuer OpenSSL would accept.
 */
function nameKey(displayName) {
    return displayName.toLowerCase().replace(/\s+/g, ' ').trim();
}
/**
 * The trust verification checks against, built once: parsed CA certificates and ready public keys
 * of every instance, plus a per-trust cache of leaf certificates already checked against them.
 */
class TrustMaterial {
    roots;
    /** Leaf-certificate checks keyed by the certificate's DER (base64); owned by verify.ts. */
    leafCache = new Map();
    authoritiesByName = new Map();
    constructor(roots) {
        this.roots = roots;
        for (const root of roots) {
            for (const authority of root.certificateAuthorities) {
                const key = nameKey(authority.chain[0]?.displayNames.subject ?? '');
                const named = this.authoritiesByName.get(key);
                if (named === undefined)
                    this.authoritiesByName.set(key, [{ root, authority }]);
                else
                    named.push({ root, authority });
            }
        }
    }
    /**
     * The CAs, in trusted-root order, whose issuing certificate bears the name a certificate gives
     * as its issuer (`displayNames.issuer`): a lookup, so a trusted root of hundreds of CAs does not
     * cost a check per CA. Only candidates: the caller still checks that one signed the certificate.
     */
    authoritiesNamed(issuerName) {
        return this.authoritiesByName.get(nameKey(issuerName)) ?? [];
    }
    /** Every instance's label, for messages. */
    get label() {
        return this.roots.map((root) => root.label).join(', ');
    }
}
const END = new Date(8640000000000000);
/** A trusted-root validity window as words: `from <start> to <end>`, or `from <start>, with no end` for an open one. */
function describeValidity(validFrom, validTo) {
    return `from ${validFrom.toISOString()}${validTo.getTime() === END.getTime() ? ', with no end' : ` to ${validTo.toISOString()}`}`;
}
/**
 * Builds trust material from a trusted root: the JSON text of a `trusted_root.json`, the JSONL that
 * `gh attestation trusted-root` prints (one root per line), or an already parsed object.
 */
function loadTrustMaterial(input, source = 'trusted root') {
    const documents = [];
    if (typeof input !== 'string') {
        documents.push({ value: input, label: source });
    }
    else {
        const trimmed = input.trim();
        let whole;
        let wholeError;
        try {
            whole = JSON.parse(trimmed);
        }
        catch (error) {
            whole = undefined;
            wholeError = error;
        }
        if (whole !== undefined) {
            refuseJsonFault(trimmed, source, true);
            documents.push({ value: whole, label: source });
        }
        else {
            let first = true;
            input.split('\n').forEach((line, index) => {
                if (line.trim() === '')
                    return;
                let value;
                try {
                    value = JSON.parse(line);
                }
                catch (error) {
                    // A first line that is no document is no JSONL: the file is one JSON document, and its own error says where it breaks.
                    if (first)
                        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}: not JSON: ${(0,core_json/* jsonSyntaxProblem */.F1)(trimmed, wholeError)}`);
                    throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}:${index + 1}: not JSON: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`);
                }
                first = false;
                refuseJsonFault(line, `${source}:${index + 1}`, false);
                documents.push({ value, label: `${source}:${index + 1}` });
            });
        }
    }
    if (documents.length === 0)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${source} holds no trusted root`);
    return new TrustMaterial(documents.map((document) => toTrustRoot(document.value, document.label)));
}
/**
 * Refuses a trusted root whose JSON repeats a key or nests too deep: JSON.parse keeps the last of two
 * equal keys, sigstore-go's reader (protobuf JSON) refuses them, so a root read two ways would make
 * trust-kit and cosign trust different keys. `where` numbers the line already when `whole` is false.
 */
function refuseJsonFault(text, where, whole) {
    const fault = (0,core_json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${where} ${(0,core_json/* describeJsonFault */.at)(fault, whole)}`, { hint: core_json/* JSON_FAULT_HINT */.y0 });
}
function toTrustRoot(value, label) {
    const root = decodeTrustedRoot(value, label);
    return {
        label,
        certificateAuthorities: root.certificateAuthorities.map((ca, index) => toAuthority(ca, `${label}: certificateAuthorities[${index}]`)),
        timestampAuthorities: root.timestampAuthorities.map((ca, index) => toAuthority(ca, `${label}: timestampAuthorities[${index}]`)),
        tlogs: root.tlogs.map((log, index) => toLog(log, `${label}: tlogs[${index}]`)),
        ctlogs: root.ctlogs.map((log, index) => toLog(log, `${label}: ctlogs[${index}]`)),
        document: value,
    };
}
/**
 * The period a validity range of the trusted root covers, read from its JSON (the shape check
 * has made `start`, and `end` when present, RFC 3339 times); no end means "until replaced".
 */
function validity(range, what) {
    const validFrom = parseRfc3339(range.start, 'up');
    const validTo = range.end === undefined ? END : parseRfc3339(range.end);
    if (validFrom === undefined || validTo === undefined)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: validFor needs an RFC 3339 start (and, optionally, end) time`);
    if (validTo < validFrom)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: validFor ends (${validTo.toISOString()}) before it starts (${validFrom.toISOString()})`);
    return { validFrom, validTo };
}
function toAuthority(ca, what) {
    const { certificates } = ca;
    if (certificates.length === 0)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what} has no certificate`);
    const chain = certificates.map((certificate, index) => {
        try {
            return ParsedCertificate.parse(certificate, `${what}.certChain[${index}]`);
        }
        catch (error) {
            throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', error instanceof Error ? error.message : String(error), { cause: error });
        }
    });
    return { uri: ca.uri, chain: issuerFirst(chain), ...validity(ca.validFor, what) };
}
/**
 * A CA's chain from the certificate that issues down to its root, as the trusted root format
 * lists it; one written root first (cosign and sigstore-python read it so too) is turned round
 * when, turned, each certificate names the next as its issuer.
 */
function issuerFirst(chain) {
    const linked = (list) => list.every((certificate, index) => index === list.length - 1 || certificate.displayNames.issuer === list[index + 1]?.displayNames.subject);
    if (chain.length < 2 || linked(chain))
        return chain;
    const reversed = [...chain].reverse();
    return linked(reversed) ? reversed : chain;
}
/**
 * C2SP signed-note key id of an Ed25519 log: SHA-256(origin || 0x0A || 0x01 || key), the origin being the
 * hostname of its base URL, without a port (rekor-tiles signs with its --hostname; sigstore-go derives it so).
 */
function noteKeyId(baseUrl, publicKey, logId) {
    if (publicKey.asymmetricKeyType !== 'ed25519')
        return logId;
    let origin;
    try {
        origin = new URL(baseUrl).hostname;
    }
    catch {
        return logId;
    }
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    return (0,external_node_crypto_.createHash)('sha256').update(`${origin}\n`).update(Buffer.from([0x01])).update(raw).digest();
}
const PKCS1_DETAILS = new Set(['PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS']);
/** The key a log's `keyDetails` names, by the Node key type (and curve) it must be. */
const KEY_DETAILS_KEYS = [
    [/RSA/, 'rsa', undefined],
    [/^PKIX_ECDSA_P256_/, 'ec', 'prime256v1'],
    [/^PKIX_ECDSA_P384_/, 'ec', 'secp384r1'],
    [/^PKIX_ECDSA_P521_/, 'ec', 'secp521r1'],
    [/^PKIX_ED25519/, 'ed25519', undefined],
];
/**
 * What is wrong when a log's key is not of the kind its `keyDetails` names (cosign and
 * sigstore-python refuse such a root: a key read as another kind than declared is a root edited by
 * hand or for another log); undefined when they agree or the details name no kind read here.
 */
function keyDetailsMismatch(details, key) {
    const expected = KEY_DETAILS_KEYS.find(([pattern]) => pattern.test(details));
    if (expected === undefined)
        return undefined;
    const [, type, curve] = expected;
    const actual = key.asymmetricKeyType ?? 'unknown';
    const actualCurve = key.asymmetricKeyDetails?.namedCurve;
    if (type === 'rsa' ? actual !== 'rsa' && actual !== 'rsa-pss' : actual !== type || (curve !== undefined && actualCurve !== curve)) {
        const named = (kind) => `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind} key`;
        return `${named(curve ?? type)}, but the key is ${named(actualCurve === undefined ? actual : `${actual} ${actualCurve}`)}`;
    }
    return undefined;
}
function toLog(log, what) {
    const raw = log.publicKey.rawBytes;
    const { logId } = log;
    if (raw === undefined || logId === undefined)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what} has no public key or log id`);
    let publicKey;
    try {
        publicKey = (0,external_node_crypto_.createPublicKey)({ key: raw, format: 'der', type: PKCS1_DETAILS.has(log.publicKey.keyDetails) ? 'pkcs1' : 'spki' });
    }
    catch (error) {
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const mismatch = keyDetailsMismatch(log.publicKey.keyDetails, publicKey);
    if (mismatch !== undefined)
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: its keyDetails ${log.publicKey.keyDetails} says ${mismatch}`);
    return {
        baseUrl: log.baseUrl,
        logId,
        checkpointKeyId: log.checkpointKeyId ?? noteKeyId(log.baseUrl, publicKey, logId),
        publicKey,
        ...validity(log.publicKey.validFor, `${what}.publicKey`),
    };
}

// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(39002);
;// CONCATENATED MODULE: ./lib/sigstore/trust-roots/github-tuf-root.json
const github_tuf_root_namespaceObject = /*#__PURE__*/JSON.parse('{"signatures":[{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":""},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":""},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":""},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"},{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":"304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2025-04-11T14:36:57Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":3,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}');
;// CONCATENATED MODULE: ./lib/sigstore/verify/trust-tuf.js
// Trust material fetched through a Sigstore instance's TUF repository (public-good's, GitHub's):
// apart from trust.ts, so that offline verification (`--trusted-root`), which never fetches, loads
// neither this nor the proxy support it goes through.









/** The offline way round a failed fetch: the same flag, said for what the run does. */
function offlineWay(purpose) {
    return purpose === 'sign' ? 'pass the instance\'s trusted root as --trusted-root FILE (input "trusted-root") to sign without fetching it' : 'pass --trusted-root FILE (input "trusted-root") to verify offline';
}
/** The TUF repository of the public-good instance, whose root ships with @sigstore/tuf. */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/**
 * An instance's trust material fetched through its TUF repository, every piece of metadata
 * verified from the pinned root on (the public-good instance's by default).
 */
async function loadTrustMaterialFromTUF(options = {}) {
    const label = options.mirrorURL === undefined ? 'public-good (TUF)' : `${options.mirrorURL} (TUF)`;
    try {
        // Loaded only here: the TUF client is most of the verifier's code, and offline verification (--trusted-root) never needs it.
        const { fetchTrustedRootJSON } = await Promise.all(/* import() */[__webpack_require__.e(984), __webpack_require__.e(17)]).then(__webpack_require__.bind(__webpack_require__, 80017));
        const json = await fetchTrustedRootJSON({ mirrorURL: options.mirrorURL ?? PUBLIC_GOOD_TUF_MIRROR, rootPath: options.rootPath, cachePath: options.cachePath, retries: options.retries ?? 2, timeoutMs: 10000, proxy: options.proxy ?? core_proxy/* NO_PROXY_SETTINGS */.JB, notice: noticeTo(options.logger) });
        return loadTrustMaterial(json, label);
    }
    catch (error) {
        if (error instanceof errors_VerifyError || error instanceof core_proxy/* ProxyConfigError */.Xb)
            throw error;
        const offline = offlineWay(options.purpose);
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `cannot fetch the trusted root of ${label}: ${causeChain(error)}`, { cause: error, hint: proxyHint(error, offline).hint ?? offline });
    }
}
/** The hint of a proxy that would not open a tunnel, when one is why a fetch failed (what to fix is the proxy setting), with the offline way round it. */
function proxyHint(error, offline) {
    for (let current = error, depth = 0; current instanceof Error && depth < 6; current = current.cause, depth += 1) {
        if (current instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
            return { hint: `${current.hint ?? ''}; or ${offline}` };
    }
    return {};
}
/** An error's message followed by its causes' (TUF errors wrap the failure that says what went wrong). */
function causeChain(error) {
    const messages = [];
    for (let current = error; current !== undefined && messages.length < 4; current = current instanceof Error ? current.cause : undefined) {
        // The TUF client's messages quote what the mirror served (JSON.parse's quotes the body): printable and bounded.
        messages.push((0,quote/* boundedText */.LD)(current instanceof Error ? current.message : String(current), 300));
    }
    return messages.join(': ');
}
/**
 * The cache directories each logger was told cannot be used: a release fetches the trusted root for
 * signing, its verification kit and its gate, and says so once. Kept with the caller's logger, not
 * the process: another call with a logger of its own is told again.
 */
const told = new WeakMap();
/** What tells `logger` of a cache that cannot be used, once for each cache directory. */
function noticeTo(logger) {
    if (logger === undefined)
        return undefined;
    return (message, cacheDir) => {
        let directories = told.get(logger);
        if (directories === undefined)
            told.set(logger, (directories = new Set()));
        if (directories.has(cacheDir))
            return;
        directories.add(cacheDir);
        logger.warn(message);
    };
}
/** The public-good instance's trust material, through its TUF repository. */
function loadPublicGoodTrustMaterial(options = {}) {
    return loadTrustMaterialFromTUF(options);
}
/** The TUF repository of GitHub's Sigstore instance (Fulcio and TSA for private repositories), as `gh attestation` uses it. */
const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';
/** The way round GitHub's TUF repository: its trusted root as `gh` prints it. */
const GITHUB_OFFLINE = 'write GitHub\'s trusted root with `mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` (a directory of its own, never among downloaded files) and pass it as trusted-root (CLI: --trusted-root trust-kit-roots/trusted_root.jsonl)';
/**
 * GitHub's instance's trust material, fetched through its TUF repository from the root `gh`
 * embeds; a failure names the mirror and the offline way round it.
 */
async function loadGitHubTrustMaterial(options = {}) {
    const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
    // The TUF client seeds its cache from a root.json path, and the bundled action carries the root as data, not as a file.
    // fs.promises, not node:fs/promises, so that offline verification, bundled, never loads it (see core/files.ts).
    const directory = await (0,core_files/* makeTemporaryDirectory */.LN)('trust-kit-github-root-');
    try {
        const rootPath = (0,external_node_path_.join)(directory.path, 'root.json');
        await external_node_fs_.promises.writeFile(rootPath, JSON.stringify(options.root ?? github_tuf_root_namespaceObject));
        return await loadTrustMaterialFromTUF({ mirrorURL, rootPath, ...(options.cachePath === undefined ? {} : { cachePath: options.cachePath }), ...(options.retries === undefined ? {} : { retries: options.retries }), ...(options.proxy === undefined ? {} : { proxy: options.proxy }), ...(options.logger === undefined ? {} : { logger: options.logger }), ...(options.purpose === undefined ? {} : { purpose: options.purpose }) });
    }
    catch (error) {
        if (error instanceof errors_VerifyError && error.code === 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE') {
            throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `GitHub's Sigstore instance: ${error.message}`, {
                cause: error,
                hint: `check that ${mirrorURL} is reachable, or ${GITHUB_OFFLINE}`,
                ...proxyHint(error, GITHUB_OFFLINE),
            });
        }
        throw error;
    }
    finally {
        await directory.remove();
    }
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/prehashed.js

const rawKeys = new WeakMap();
/**
 * Loads the verifier of ECDSA signatures over a digest computed elsewhere: Node's crypto verifies
 * only over data it hashes itself, so this is the pure-JavaScript ECDSA of @noble/curves, a
 * quarter of a megabyte of bundled code whose curves are built as it loads (about 3 ms). Only
 * verification by digest (a `sha256:` reference, a file too large to read whole) loads it.
 */
async function loadPrehashedVerifier() {
    const { p256, p384 } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 13260));
    return (key, digest, signature) => {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const implementation = curve === 'prime256v1' ? p256 : curve === 'secp384r1' ? p384 : undefined;
        if (key.asymmetricKeyType !== 'ec' || implementation === undefined) {
            throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `verification by digest needs an ECDSA P-256 or P-384 signing key, found ${key.asymmetricKeyType ?? 'unknown'} ${curve ?? ''}`.trimEnd(), { hint: 'verify with the artifact file instead of its digest' });
        }
        let raw = rawKeys.get(key);
        if (raw === undefined) {
            const jwk = key.export({ format: 'jwk' });
            raw = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
            rawKeys.set(key, raw);
        }
        try {
            return implementation.verify(signature, digest, raw, { prehash: false, lowS: false, format: 'der' });
        }
        catch {
            return false;
        }
    };
}

;// CONCATENATED MODULE: ./lib/core/ascii.js
/**
 * ASCII letters lowercased, nothing else: GitHub compares owner, repository and asset names so,
 * while Unicode lowercasing maps the Kelvin sign to `k` and would make two names one.
 */
function asciiLowerCase(text) {
    return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

// EXTERNAL MODULE: ./lib/core/workflow-ref.js
var workflow_ref = __webpack_require__(9966);
;// CONCATENATED MODULE: ./lib/sigstore/verify/timestamp.js



const timestamp_SEQUENCE = 0x30;
const SET = 0x31;
const timestamp_OID = 0x06;
const timestamp_INTEGER = 0x02;
const timestamp_OCTET_STRING = 0x04;
const CONSTRUCTED_OCTET_STRING = 0x24;
const EXPLICIT_0 = 0xa0;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;
const SIGNED_DATA = '1.2.840.113549.1.7.2';
const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const CONTENT_TYPE = '1.2.840.113549.1.9.3';
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const SIGNING_CERTIFICATE = '1.2.840.113549.1.9.16.2.12';
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const timestamp_HASHES = { '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' };
const ECDSA_HASHES = { '1.2.840.10045.4.3.1': 'sha224', '1.2.840.10045.4.3.2': 'sha256', '1.2.840.10045.4.3.3': 'sha384', '1.2.840.10045.4.3.4': 'sha512' };
/**
 * A DER GeneralizedTime (X.690 11.7): seconds, then a fraction of 1 to 9 digits without trailing zeros
 * when it has one, then Z; what Go's reader (sigstore-go, cosign) takes, a time that serializes back to itself.
 */
const TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{0,8}[1-9]))?Z$/;
/** A DER UTCTime (RFC 5280 4.1.2.5.1: seconds, Z), as CMS encodes a signing time before 2050. */
const UTC = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
function child(node, index, tag, what) {
    const found = node === undefined ? undefined : derChildren(node)[index];
    if (found === undefined || (tag !== undefined && found.tag !== tag))
        throw new Error(`malformed timestamp: ${what}`);
    return found;
}
function oid(node, what) {
    if (node.tag !== timestamp_OID)
        throw new Error(`malformed timestamp: ${what}`);
    return oidText(node.content);
}
function known(table, id, what) {
    const name = table[id];
    if (name === undefined)
        throw new Error(`unsupported ${what} ${id}`);
    return name;
}
function time(node) {
    // RFC 3161 2.4.2: genTime is a GeneralizedTime; Go's reader of TSTInfo (sigstore-go, cosign) refuses a UTCTime.
    if (node.tag !== GENERALIZED_TIME)
        throw new Error('malformed timestamp: genTime is not a GeneralizedTime');
    const text = node.content.toString('latin1');
    const match = TIME.exec(text);
    if (match === null)
        throw new Error(`malformed timestamp: genTime ${(0,quote/* quoted */.TL)(text, 40)} is not a DER GeneralizedTime (YYYYMMDDHHMMSS, then a fraction of up to 9 digits without trailing zeros, then Z)`);
    const date = timeOf(Number(match[1]), match);
    // Month 13, February 30 or hour 24 is no time: refused here, not compared later as NaN or as another day.
    if (date === undefined)
        throw new Error(`malformed timestamp: genTime ${match[0]} is not a time`);
    return date;
}
/**
 * The time a GeneralizedTime or UTCTime says (`year`, then month to second and a fraction in the
 * match's groups 2 to 7), as a {@link SignedTime}. Undefined for a date no calendar has.
 */
function timeOf(year, match) {
    const [month, day, hour, minute, second] = [2, 3, 4, 5, 6].map((group) => Number(match[group]));
    const fraction = match[7] ?? '';
    const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
    const at = new Date(Date.UTC(year, (month ?? 0) - 1, day, hour, minute, second));
    // Date.UTC carries an overflow into the next field (February 30 is March 2) and reads years below 100 as 19xx.
    const same = at.getUTCFullYear() === year && at.getUTCMonth() === (month ?? 0) - 1 && at.getUTCDate() === day && at.getUTCHours() === hour && at.getUTCMinutes() === minute && at.getUTCSeconds() === second;
    if (!same)
        return undefined;
    const earliest = new Date(at.getTime() + milliseconds);
    // DER writes no trailing zero, so digits past the third are a fraction of a millisecond.
    return { earliest, latest: fraction.length > 3 ? new Date(earliest.getTime() + 1) : earliest };
}
/**
 * The bytes of the OCTET STRING holding the TSTInfo, which must be primitive, as DER has it. CMS's
 * BER also allows one constructed of segments, but cosign (its digest then covers the segments'
 * headers, and fails) and sigstore-js (which crashes) take none: a token they refuse is refused here.
 */
function octets(node) {
    if (node.tag === CONSTRUCTED_OCTET_STRING)
        throw new Error('malformed timestamp: eContent is a constructed (BER) OCTET STRING; a DER token has a primitive one, and cosign and sigstore-js read no other');
    if (node.tag !== timestamp_OCTET_STRING)
        throw new Error('malformed timestamp: eContent is not an OCTET STRING');
    return node.content;
}
/** Reads a TimeStampResp (status, then the token: a CMS SignedData over a TSTInfo with one signer and signed attributes); throws on anything else. */
function parseRfc3161(der) {
    const response = derNode(der);
    if (response.tag !== timestamp_SEQUENCE)
        throw new Error('malformed timestamp: not a TimeStampResp');
    // Nothing in a timestamp is skipped unread: every constructed element holds whole elements.
    expectWholeElements(response, 32, 'malformed timestamp: nested too deeply');
    // PKIStatus granted (0) alone, as Go's reader of responses (sigstore-go, cosign) takes it: grantedWithMods (1) is a token other than the one asked for, anything else carries none.
    const status = child(child(response, 0, timestamp_SEQUENCE, 'status'), 0, timestamp_INTEGER, 'status');
    if (status.content.length !== 1 || status.content[0] !== 0) {
        const value = status.content.length === 1 ? String(status.content[0]) : `0x${status.content.toString('hex').slice(0, 16)}`;
        throw new Error(`the timestamp response's status is ${value}${value === '1' ? ' (grantedWithMods)' : ''}, not granted (0)`);
    }
    const token = derChildren(response)[1];
    if (token === undefined)
        throw new Error('timeStampToken is missing');
    if (oid(child(token, 0, undefined, 'contentType'), 'contentType') !== SIGNED_DATA)
        throw new Error('incorrect content type');
    const signedData = child(derChildren(token).find((node) => node.tag === EXPLICIT_0), 0, timestamp_SEQUENCE, 'SignedData');
    const parts = derChildren(signedData);
    const encapsulated = child(signedData, 2, timestamp_SEQUENCE, 'encapContentInfo');
    if (oid(child(encapsulated, 0, undefined, 'eContentType'), 'eContentType') !== TST_INFO)
        throw new Error('incorrect encapsulated content type');
    const tstInfoNode = derNode(octets(child(child(encapsulated, 1, EXPLICIT_0, 'eContent'), 0, undefined, 'eContent')));
    if (tstInfoNode.tag !== timestamp_SEQUENCE)
        throw new Error('malformed timestamp: TSTInfo');
    // RFC 3161 2.4.2: version v1, a policy and a serial number; another version is a structure this reader does not know.
    const version = child(tstInfoNode, 0, timestamp_INTEGER, 'TSTInfo version').content;
    if (version.length !== 1 || version[0] !== 1)
        throw new Error(`the timestamp has TSTInfo version ${version.length === 1 ? String(version[0]) : `0x${version.toString('hex').slice(0, 16)}`}, expected 1`);
    oid(child(tstInfoNode, 1, undefined, 'policy'), 'policy');
    child(tstInfoNode, 3, timestamp_INTEGER, 'serialNumber');
    const messageImprint = child(tstInfoNode, 2, timestamp_SEQUENCE, 'messageImprint');
    const signerInfos = parts.at(-1);
    if (signerInfos?.tag !== SET)
        throw new Error('malformed timestamp: signerInfos');
    // RFC 3161 2.4.2: the token carries the TSA's signature and no other; Go's CMS reader (sigstore-go) checks every one, this reader the first.
    const signerCount = derChildren(signerInfos).length;
    if (signerCount !== 1)
        throw new Error(`the timestamp carries ${signerCount} signer infos, expected the TSA's alone`);
    const signerInfo = child(signerInfos, 0, timestamp_SEQUENCE, 'SignerInfo');
    const signer = child(signerInfo, 1, timestamp_SEQUENCE, 'sid');
    const signedAttributes = child(signerInfo, 3, EXPLICIT_0, 'signedAttrs');
    const attributes = (type) => derChildren(signedAttributes).filter((attribute) => oid(child(attribute, 0, undefined, 'attribute type'), 'attribute type') === type);
    const digests = attributes(MESSAGE_DIGEST);
    if (digests.length !== 1)
        throw new Error(`the signed attributes hold ${digests.length} message digests, expected 1`);
    // RFC 5652 5.3: the signed content-type attribute is what binds the signature to a TSTInfo; the eContentType beside it is signed by nobody.
    const contentTypes = attributes(CONTENT_TYPE);
    if (contentTypes.length !== 1)
        throw new Error(`the signed attributes hold ${contentTypes.length} content types, expected 1`);
    const contentTypeValues = derChildren(child(contentTypes[0], 1, SET, 'content type values'));
    const contentType = contentTypeValues.length === 1 ? oid(contentTypeValues[0], 'content type') : `(${contentTypeValues.length} values)`;
    if (contentType !== TST_INFO)
        throw new Error(`the signed content type is ${contentType}, expected id-ct-TSTInfo (${TST_INFO})`);
    const digestValues = derChildren(child(digests[0], 1, SET, 'messageDigest values'));
    if (digestValues.length !== 1)
        throw new Error(`the signed message-digest attribute holds ${digestValues.length} values, expected 1`);
    const signingCertificate = readSigningCertificate([...attributes(SIGNING_CERTIFICATE), ...attributes(SIGNING_CERTIFICATE_V2)]);
    const signingTimes = attributes(SIGNING_TIME);
    if (signingTimes.length > 1)
        throw new Error(`the signed attributes hold ${signingTimes.length} signing times, expected at most 1`);
    const signingTimeValues = signingTimes[0] === undefined ? [] : derChildren(child(signingTimes[0], 1, SET, 'signing time values'));
    if (signingTimes.length === 1 && signingTimeValues.length !== 1)
        throw new Error(`the signed signing-time attribute holds ${signingTimeValues.length} values, expected 1`);
    return {
        signingTime: time(child(tstInfoNode, 4, undefined, 'genTime')),
        signerSerialNumber: child(signer, 1, 0x02, 'sid serial number').content,
        signerIssuer: child(signer, 0, timestamp_SEQUENCE, 'sid issuer').content,
        tstInfo: tstInfoNode.whole,
        imprint: { hash: known(timestamp_HASHES, oid(child(child(messageImprint, 0, timestamp_SEQUENCE, 'hashAlgorithm'), 0, undefined, 'hashAlgorithm'), 'hashAlgorithm'), 'message imprint hash'), digest: child(messageImprint, 1, timestamp_OCTET_STRING, 'hashedMessage').content },
        signerDigest: known(timestamp_HASHES, oid(child(child(signerInfo, 2, timestamp_SEQUENCE, 'digestAlgorithm'), 0, undefined, 'digestAlgorithm'), 'digestAlgorithm'), 'signer digest'),
        signedAttributes: Buffer.concat([Buffer.from([SET]), signedAttributes.whole.subarray(1)]),
        messageDigest: child(child(digests[0], 1, SET, 'messageDigest values'), 0, timestamp_OCTET_STRING, 'messageDigest').content,
        ...(signingCertificate === undefined ? {} : { signingCertificate }),
        ...(signingTimeValues[0] === undefined ? {} : { signingTimeAttribute: attributeTime(signingTimeValues[0]) }),
        signatureHash: known(ECDSA_HASHES, oid(child(child(signerInfo, 4, timestamp_SEQUENCE, 'signatureAlgorithm'), 0, undefined, 'signatureAlgorithm'), 'signatureAlgorithm'), 'signature algorithm'),
        signature: child(signerInfo, 5, timestamp_OCTET_STRING, 'signature').content,
    };
}
/** A signing-time attribute's value: a UTCTime (years 1950 to 2049) or a GeneralizedTime, as RFC 5652 11.3 encodes it. */
function attributeTime(node) {
    const text = node.content.toString('latin1');
    const match = node.tag === UTC_TIME ? UTC.exec(text) : node.tag === GENERALIZED_TIME ? TIME.exec(text) : null;
    if (match === null)
        throw new Error('malformed timestamp: the signed signing-time attribute is not a UTCTime or GeneralizedTime');
    const year = node.tag === UTC_TIME ? Number(match[1]) + (Number(match[1]) >= 50 ? 1900 : 2000) : Number(match[1]);
    const date = timeOf(year, match);
    if (date === undefined)
        throw new Error(`malformed timestamp: the signed signing-time ${match[0]} is not a time`);
    return date;
}
/**
 * The first ESSCertID(v2) of a signingCertificate(V2) attribute: the certificate that verifies the signature
 * (RFC 5035 5.4), by a SHA-1 hash (v1) or the hash its AlgorithmIdentifier names, SHA-256 by default (v2).
 */
function readSigningCertificate(found) {
    if (found.length === 0)
        return undefined;
    if (found.length > 1)
        throw new Error(`the signed attributes hold ${found.length} signing-certificate attributes, expected at most 1`);
    const attribute = found[0];
    const values = derChildren(child(attribute, 1, SET, 'signing certificate values'));
    if (values.length !== 1)
        throw new Error(`the signed signing-certificate attribute holds ${values.length} values, expected 1`);
    const first = child(child(values[0], 0, timestamp_SEQUENCE, 'signing certificate ids'), 0, timestamp_SEQUENCE, 'ESSCertID');
    if (oid(child(attribute, 0, undefined, 'attribute type'), 'attribute type') === SIGNING_CERTIFICATE) {
        return { attribute: 'signingCertificate', hash: 'sha1', digest: child(first, 0, timestamp_OCTET_STRING, 'ESSCertID certHash').content };
    }
    const named = derChildren(first)[0]?.tag === timestamp_SEQUENCE;
    const hash = named ? known(timestamp_HASHES, oid(child(child(first, 0, timestamp_SEQUENCE, 'ESSCertIDv2 hashAlgorithm'), 0, undefined, 'ESSCertIDv2 hashAlgorithm'), 'ESSCertIDv2 hashAlgorithm'), 'signing certificate hash') : 'sha256';
    return { attribute: 'signingCertificateV2', hash, digest: child(first, named ? 1 : 0, timestamp_OCTET_STRING, 'ESSCertIDv2 certHash').content };
}
function sameBytes(a, b) {
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/**
 * Checks that a timestamp covers `data` (its message imprint), that its signed attributes cover
 * its TSTInfo (the message-digest attribute) and name `certificate` (DER) when they name one, and
 * that `key`, the certificate's, signed them; throws saying which fails.
 */
function verifyRfc3161(timestamp, data, key, certificate) {
    if (!sameBytes((0,external_node_crypto_.createHash)(timestamp.imprint.hash).update(data).digest(), timestamp.imprint.digest))
        throw new Error('message imprint does not match the signature it is to date: the timestamp was made for another signature');
    if (!sameBytes((0,external_node_crypto_.createHash)(timestamp.signerDigest).update(timestamp.tstInfo).digest(), timestamp.messageDigest))
        throw new Error('signed data does not match tstInfo');
    // The signer identifier is outside the signature: only this signed attribute says which certificate the TSA signed under.
    const named = timestamp.signingCertificate;
    if (named !== undefined && !sameBytes((0,external_node_crypto_.createHash)(named.hash).update(certificate).digest(), named.digest)) {
        throw new Error(`the signed ${named.attribute} attribute names another certificate than the timestamp authority's in the trusted root`);
    }
    // Node verifies with whatever the key is: an RSA key would check a PKCS #1 signature under an ECDSA label, which Go's CMS reader refuses.
    if (key.asymmetricKeyType !== 'ec')
        throw new Error(`the timestamp's signature algorithm is ECDSA, but the timestamp authority's key is an ${key.asymmetricKeyType ?? 'unknown'} key`);
    let valid;
    try {
        valid = (0,external_node_crypto_.verify)(timestamp.signatureHash, timestamp.signedAttributes, key, timestamp.signature);
    }
    catch {
        valid = false;
    }
    if (!valid)
        throw new Error('signature verification failed');
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/tlog.js






/** The entry kinds only Rekor v2 logs write (v1 writes hashedrekord and dsse at 0.0.1). */
const REKOR_V2_KINDS = new Set(['hashedrekord/0.0.2', 'dsse/0.0.2']);
/**
 * Verifies one transparency-log entry: the log is in the trusted root with a key valid at the
 * entry's signed integration time (or, for an entry with only an inclusion proof, at every
 * `signedTimes`: the bundle's verified RFC 3161 times and other entries' signed integration times;
 * with none of those, at `now`), its signed entry timestamp and/or inclusion proof
 * (checkpoint signature and Merkle path) verify, and its body records this bundle's signature,
 * digest and key.
 */
function verifyLogEntry(entry, roots, content, where, signedTimes = [], now = new Date()) {
    for (const [field, value] of [['logIndex', entry.logIndex], ['integratedTime', entry.integratedTime], ['inclusionProof.logIndex', entry.inclusionProof?.logIndex ?? '0'], ['inclusionProof.treeSize', entry.inclusionProof?.treeSize ?? '0']]) {
        if (!/^\d{1,19}$/.test(value))
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `${where}: ${field} is ${(0,quote/* quoted */.TL)(value, 40)}, expected a non-negative integer`);
    }
    // A Rekor v2 log is one tree, and rekor-tiles' verifier (sigstore-go's) proves the entry's own index: the proof must be of it.
    // Rekor v1 numbers entries across its shards while a proof is of the index in the entry's shard, so there the two differ.
    if (entry.inclusionProof !== undefined && REKOR_V2_KINDS.has(`${entry.kindVersion?.kind}/${entry.kindVersion?.version}`) && BigInt(entry.inclusionProof.logIndex) !== BigInt(entry.logIndex)) {
        throw new errors_VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: logIndex ${entry.logIndex}, but its inclusion proof is for index ${entry.inclusionProof.logIndex}: the entry is not the one proven`);
    }
    const keyId = entry.logId?.keyId;
    const integratedTime = new Date(Number(entry.integratedTime) * 1000);
    // A signed integration time is compared and printed; one past what a Date holds made toISOString throw an uncoded RangeError.
    if (entry.inclusionPromise !== undefined && Number.isNaN(integratedTime.getTime())) {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `${where}: integratedTime ${entry.integratedTime} is past the last time this verifier can compare (8640000000000, in the year 275760)`);
    }
    const candidates = roots.flatMap((root) => root.tlogs).filter((log) => keyId !== undefined && (log.logId.equals(keyId) || log.checkpointKeyId.equals(keyId)));
    if (candidates.length === 0) {
        const known = roots.flatMap((root) => root.tlogs.map((log) => `${log.baseUrl} (${abbreviate(log.logId.toString('hex'))})`));
        throw new errors_VerifyError('VERIFY_TLOG_UNTRUSTED', `${where}: logged by log id ${keyId === undefined ? '(none)' : abbreviate(Buffer.from(keyId).toString('hex'))}, which ${rootLabels(roots)} does not list (it lists ${known.length === 0 ? 'no transparency log' : (0,quote/* boundedList */.Y4)(known)})`);
    }
    // Without a signed promise the integration time is unproven, so the checkpoint key must be valid whenever the bundle's other evidence says the
    // signature was made; with no such evidence (a key-signed bundle whose log gives no signed time, and no timestamp), now: a retired key vouches for nothing.
    const undated = entry.inclusionPromise === undefined && signedTimes.length === 0;
    const times = entry.inclusionPromise !== undefined ? [integratedTime] : undated ? [now] : signedTimes;
    const log = candidates.find((candidate) => times.every((time) => candidate.validFrom <= time && time <= candidate.validTo));
    if (log === undefined) {
        // An integration time altered after the log signed it fails the signed promise: that is what is wrong, not the log key's validity then.
        const first = candidates[0];
        if (entry.inclusionPromise !== undefined && !candidates.some((candidate) => promiseVerifies(entry, candidate)))
            verifyPromise(entry, first, where);
        const when = entry.inclusionPromise !== undefined
            ? `integrated at ${integratedTime.toISOString()}`
            : undated
                ? `carries no signed time (neither a signed entry timestamp nor an RFC 3161 timestamp in the bundle), so its log's key must be valid now, ${now.toISOString()}, and that is`
                : `signed at ${times.map((time) => time.toISOString()).join(', ')} (RFC 3161)`;
        throw new errors_VerifyError('VERIFY_TLOG_UNTRUSTED', `${where}: ${when}, outside the validity of the log's key in the trusted root (${candidates.map((candidate) => describeValidity(candidate.validFrom, candidate.validTo)).join('; ')})`, {
            hint: `the trusted root lists this log, but not as trusted then (its key's validFor): ${undated ? 'a key retired since signing vouches for nothing without a signed time; sign with a timestamp authority, or ' : ''}check that the trusted root is the current one of the instance that logged the bundle`,
        });
    }
    if (entry.inclusionPromise === undefined && entry.inclusionProof === undefined) {
        throw new errors_VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: carries neither an inclusion promise nor an inclusion proof`);
    }
    if (entry.inclusionPromise !== undefined)
        verifyPromise(entry, log, where);
    if (entry.inclusionProof !== undefined)
        verifyProof(entry, log, where, roots.some((root) => root.tlogs.some((other) => other.publicKey.equals(log.publicKey) && !sameNames(other, log))));
    const kind = verifyBody(entry, content, where);
    return {
        baseUrl: log.baseUrl,
        // Only a signed promise covers the entry's own logIndex (across a Rekor v1 log's shards); without one, report the index the inclusion proof verified.
        logIndex: entry.inclusionPromise === undefined ? (entry.inclusionProof?.logIndex ?? entry.logIndex) : entry.logIndex,
        kind,
        ...(entry.inclusionPromise !== undefined && entry.integratedTime !== '0' ? { integratedTime } : {}),
    };
}
/** Whether the entry's signed entry timestamp verifies with the key of `log`. */
function promiseVerifies(entry, log) {
    // Rekor signs the canonical JSON (RFC 8785) of these four: keys in code-unit order, which JSON.stringify keeps as written.
    const payload = JSON.stringify({
        body: entry.canonicalizedBody.toString('base64'),
        integratedTime: Number(entry.integratedTime),
        logID: log.logId.toString('hex'),
        logIndex: Number(entry.logIndex),
    });
    return verifyWith(log.publicKey, Buffer.from(payload, 'utf8'), entry.inclusionPromise?.signedEntryTimestamp ?? Buffer.alloc(0));
}
function verifyPromise(entry, log, where) {
    if (!promiseVerifies(entry, log)) {
        throw new errors_VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: the signed entry timestamp does not verify with the key of ${log.baseUrl} (logIndex ${entry.logIndex}, integratedTime ${entry.integratedTime})`);
    }
}
const NOTE_SIGNATURE = /^\u2014 ([^\s+]+) ([A-Za-z0-9+/]+={0,2})$/;
const TREE_SIZE = /^(?:0|[1-9]\d{0,18})$/;
/**
 * Splits a signed note into its text and signature lines, refusing anything else in the
 * signature block: a line another verifier may read differently is not skipped but refused.
 */
function parseSignedNote(envelope, fail) {
    const split = envelope.indexOf('\n\n');
    if (split === -1)
        fail('the checkpoint has no signature block');
    if (!envelope.endsWith('\n'))
        fail('the checkpoint\'s signature block does not end with a newline');
    const lines = envelope.slice(split + 2, -1).split('\n');
    if (lines.length > 64)
        fail(`the checkpoint carries ${lines.length} signature lines, more than a checkpoint has any reason to`);
    const signatures = lines.map((line, index) => {
        const match = NOTE_SIGNATURE.exec(line);
        if (match === null)
            return fail(`signature line ${index + 1} is not "\u2014 <key name> <base64 key id and signature>": ${(0,quote/* quoted */.TL)(line, 80)}`);
        const bytes = Buffer.from(match[2] ?? '', 'base64');
        if (bytes.length < 5)
            fail(`signature line ${index + 1} is too short to hold a key id and a signature`);
        return { name: match[1] ?? '', keyHint: bytes.subarray(0, 4), signature: bytes.subarray(4) };
    });
    return { note: envelope.slice(0, split + 1), signatures };
}
/** The checkpoint body (C2SP tlog-checkpoint): origin, tree size in decimal without leading zeros, 32-byte root hash in base64, extension lines. */
function parseCheckpoint(note, fail) {
    const lines = note.slice(0, -1).split('\n');
    if (lines.length < 3)
        fail(`the checkpoint has ${lines.length} line(s), expected at least 3 (origin, tree size, root hash)`);
    const [origin = '', size = '', hash = ''] = lines;
    if (origin === '')
        fail('the checkpoint names no origin');
    if (!TREE_SIZE.test(size))
        fail(`the checkpoint's tree size ${(0,quote/* quoted */.TL)(size, 40)} is not a decimal number without leading zeros`);
    const rootHash = Buffer.from(hash, 'base64');
    if (rootHash.length !== 32 || rootHash.toString('base64') !== hash)
        fail(`the checkpoint's root hash ${(0,quote/* quoted */.TL)(hash, 60)} is not a base64 SHA-256 hash`);
    return { origin, treeSize: BigInt(size), rootHash };
}
/**
 * The names a log signs its checkpoints with: its hostname, as rekor-tiles writes it and sigstore-go
 * expects it; its host with the port, as a Rekor v1 on a port may write it; or its host and path for a
 * log served below one (sigstore-js accepts any name its base URL contains).
 */
function noteNames(log) {
    try {
        const url = new URL(log.baseUrl);
        const path = url.pathname.replace(/\/+$/, '');
        return [...new Set([url.hostname, url.host, ...(path === '' ? [] : [`${url.host}${path}`])])];
    }
    catch {
        return [];
    }
}
/**
 * Whether two logs sign their checkpoints under the same names (the same host, listed twice for two validity periods).
 * Both ways: a log on the same host with a port or a path has the host's names and more, and is another log.
 */
function sameNames(a, b) {
    const [namesOfA, namesOfB] = [noteNames(a), noteNames(b)];
    return namesOfA.length === namesOfB.length && namesOfA.every((name) => namesOfB.includes(name));
}
/**
 * Whether a checkpoint's origin line names the log that signed it under `name`: C2SP tlog-checkpoint logs (rekor-tiles,
 * Ed25519 as Rekor v2 runs) use their key's name exactly, as sigstore-go requires; Rekor v1 (ECDSA) writes
 * "<name> - <tree id>", the tree of the shard the entry is in.
 */
function isOriginOf(origin, name, log) {
    if (origin === name)
        return true;
    return log.publicKey.asymmetricKeyType !== 'ed25519' && origin.startsWith(`${name} - `) && /^[1-9]\d{0,18}$/.test(origin.slice(name.length + 3));
}
/**
 * Verifies an entry's inclusion proof against its checkpoint, signed by `log`. A Rekor v1 log (ECDSA) signs under
 * its `--rekor_server.hostname`, by default its machine's name (a sigstore/scaffolding deployment's is its pod's),
 * not always its URL's host, and sigstore-go, cosign and sigstore-python accept a checkpoint under any name: so
 * does this, for a log whose key `keyShared` says no other log of the trusted roots has. Its origin must still be
 * the name signed under (`<name> - <tree id>`), so that another log's checkpoint under a shared key, or this one's
 * re-signed under another name, never passes for this log's; a C2SP log (Ed25519, Rekor v2) signs under its host.
 */
/**
 * Checks an inclusion proof: its checkpoint signed by the log under its name, for the proof's tree, and the entry's
 * Merkle path to that tree's root. A v0.1 proof without a checkpoint (Rekor's answers before checkpoints) proves nothing
 * by itself, since nothing signs its root, but a path that does not hash to the root it gives is altered evidence all
 * the same: refused, as the conformance suite refuses it.
 */
function verifyProof(entry, log, where, keyShared) {
    const proof = entry.inclusionProof;
    if (proof === undefined)
        return;
    const fail = (message) => {
        throw new errors_VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: inclusion proof: ${message}`);
    };
    if (proof.rootHash.length !== 32)
        fail(`the proof's root hash is ${proof.rootHash.length} bytes, expected 32`);
    if (proof.checkpoint !== undefined)
        verifyCheckpoint(proof, proof.checkpoint.envelope, log, keyShared, fail);
    const treeSize = BigInt(proof.treeSize);
    const index = BigInt(proof.logIndex);
    if (index < 0n || index >= treeSize)
        fail(`index ${index} is outside a tree of size ${treeSize}`);
    const inner = bitLength(index ^ (treeSize - 1n));
    const border = ones(index >> BigInt(inner));
    if (proof.hashes.length !== inner + border)
        fail(`expected ${inner + border} hashes, found ${proof.hashes.length}`);
    const short = proof.hashes.findIndex((sibling) => sibling.length !== 32);
    if (short !== -1)
        fail(`hash ${short} is ${proof.hashes[short]?.length ?? 0} bytes, expected 32`);
    let hash = sha256(Buffer.from([0]), entry.canonicalizedBody);
    proof.hashes.forEach((sibling, level) => {
        if (level < inner && ((index >> BigInt(level)) & 1n) === 0n)
            hash = sha256(Buffer.from([1]), hash, sibling);
        else
            hash = sha256(Buffer.from([1]), sibling, hash);
    });
    const root = Buffer.from(proof.rootHash);
    if (!hash.equals(root))
        fail(`the entry hashes to root ${abbreviate(hash.toString('hex'))}, the ${proof.checkpoint === undefined ? 'proof' : 'checkpoint'} says ${abbreviate(root.toString('hex'))}`);
}
/** Checks that a checkpoint is the log's, signed under its name, and for the tree the proof is of. */
function verifyCheckpoint(proof, envelope, log, keyShared, fail) {
    const { note, signatures } = parseSignedNote(envelope, fail);
    const names = noteNames(log);
    const anyName = log.publicKey.asymmetricKeyType !== 'ed25519' && !keyShared;
    const signedAs = signatures
        .filter((signature) => (anyName || names.includes(signature.name)) && signature.keyHint.equals(log.checkpointKeyId.subarray(0, 4)) && verifyWith(log.publicKey, Buffer.from(note, 'utf8'), signature.signature))
        .map((signature) => signature.name);
    if (signedAs.length === 0)
        fail(`the checkpoint is not signed by ${log.baseUrl} (a signature line naming ${anyName ? 'any name' : names.join(' or ') || 'its host'} with its key${keyShared ? ', which another log of the trusted root has too: the line must name this log\'s host' : ''})`);
    const checkpoint = parseCheckpoint(note, fail);
    // The signature line's name and key hint are not signed: only the origin line says which log's tree this is. A key
    // shared by two logs (shards) would otherwise make one log's checkpoint prove entries of the other.
    if (!signedAs.some((name) => isOriginOf(checkpoint.origin, name, log))) {
        fail(`the checkpoint's origin ${(0,quote/* quoted */.TL)(checkpoint.origin, 80)} is not the name ${signedAs[0] ?? ''} signs under${log.publicKey.asymmetricKeyType === 'ed25519' ? '' : ` (nor "${signedAs[0] ?? ''} - <tree id>", as Rekor v1 writes it)`}: it is another log's checkpoint`);
    }
    if (BigInt(proof.treeSize) !== checkpoint.treeSize || !Buffer.from(proof.rootHash).equals(checkpoint.rootHash)) {
        fail(`the proof is for tree size ${proof.treeSize} and root ${abbreviate(Buffer.from(proof.rootHash).toString('hex'))}, the checkpoint for ${checkpoint.treeSize} and ${abbreviate(checkpoint.rootHash.toString('hex'))}`);
    }
}
function verifyBody(entry, content, where) {
    // The bundle's kindVersion is signed by nobody, and a logged body is whatever was submitted: the values a message repeats are kept printable and bounded.
    const mismatch = (message) => {
        throw new errors_VerifyError('VERIFY_TLOG_BODY_MISMATCH', `${where} (logIndex ${entry.logIndex}): ${(0,quote/* boundedText */.LD)(message, 600)}`);
    };
    const text = entry.canonicalizedBody.toString('utf8');
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return mismatch('the logged body is not JSON');
    }
    // A body read two ways (JSON.parse keeps the last of two equal keys) could match the bundle here and something else in another verifier.
    const fault = (0,core_json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        mismatch(`the logged body ${(0,core_json/* describeJsonFault */.at)(fault)}`);
    const kind = entry.kindVersion?.kind;
    const version = entry.kindVersion?.version;
    if (body.kind !== kind || body.apiVersion !== version)
        mismatch(`the bundle says ${kind}/${version}, the logged body is ${String(body.kind)}/${String(body.apiVersion)}`);
    const spec = (body.spec ?? {});
    const expectSignature = (found) => {
        if (typeof found !== 'string' || !Buffer.from(found, 'base64').equals(content.signature))
            mismatch('the logged signature is not the bundle\'s signature');
    };
    const expectKey = (found) => {
        const logged = typeof found === 'string' ? pemToDer(Buffer.from(found, 'base64').toString('utf8')) : Buffer.alloc(0);
        if (!logged.equals(content.keyDer) && !certifiesKey(logged, content.keyDer))
            mismatch('the logged signing key is not the bundle\'s certificate or key');
    };
    const key = `${kind}/${version}`;
    if (key === 'hashedrekord/0.0.1') {
        // A DSSE envelope may be logged as a hashedrekord over its pre-authentication encoding, as in Rekor v2 (the client spec allows it; sigstore-conformance's dsse-with-hashedrekord-happy-path).
        const signed = content.messageDigest ?? (content.paeSha256 === undefined ? undefined : { algorithm: 'sha256', hex: content.paeSha256 });
        if (signed === undefined)
            return mismatch('a hashedrekord entry logs a signed digest, and the bundle holds none');
        const signature = spec.signature;
        expectSignature(signature?.content);
        expectKey(signature?.publicKey?.content);
        const hash = spec.data?.hash;
        if (hash?.algorithm !== signed.algorithm || hash.value !== signed.hex) {
            mismatch(`the log records digest ${String(hash?.algorithm)}:${String(hash?.value)}, the bundle ${content.messageDigest === undefined ? "signs the DSSE envelope's pre-authentication encoding, " : ''}${signed.algorithm}:${signed.hex}`);
        }
    }
    else if (key === 'dsse/0.0.1') {
        if (content.payloadSha256 === undefined)
            return mismatch('a dsse entry logs a DSSE envelope, but the bundle holds a message signature');
        const signatures = spec.signatures;
        if (!Array.isArray(signatures) || signatures.length !== 1)
            return mismatch(`expected 1 logged signature, found ${Array.isArray(signatures) ? signatures.length : 0}`);
        expectSignature(signatures[0]?.signature);
        expectKey(signatures[0]?.verifier);
        const payloadHash = spec.payloadHash?.value;
        if (payloadHash !== content.payloadSha256)
            mismatch(`the log records payload sha256:${String(payloadHash)}, the bundle's payload is sha256:${content.payloadSha256}`);
    }
    else if (key === 'intoto/0.0.2') {
        if (content.payloadSha256 === undefined)
            return mismatch('an intoto entry logs a DSSE envelope, but the bundle holds a message signature');
        const logged = spec.content ?? {};
        const signatures = logged.envelope?.signatures;
        if (!Array.isArray(signatures) || signatures.length !== 1)
            return mismatch(`expected 1 logged signature, found ${Array.isArray(signatures) ? signatures.length : 0}`);
        const doubleEncoded = signatures[0]?.sig;
        expectSignature(typeof doubleEncoded === 'string' ? Buffer.from(doubleEncoded, 'base64').toString('utf8') : undefined);
        // Rekor's intoto schema requires the key; an entry without one would vouch for a signature without saying by whom.
        expectKey(signatures[0]?.publicKey);
        if (logged.payloadHash?.value !== content.payloadSha256)
            mismatch(`the log records payload sha256:${String(logged.payloadHash?.value)}, the bundle's payload is sha256:${content.payloadSha256}`);
    }
    else if (REKOR_V2_KINDS.has(key)) {
        verifyRekorV2Body(key, spec, content, mismatch);
    }
    else {
        throw new errors_VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `${where}: log entries of kind ${(0,quote/* boundedText */.LD)(key)} are not supported (supported: hashedrekord/0.0.1, hashedrekord/0.0.2, dsse/0.0.1, dsse/0.0.2, intoto/0.0.2)`);
    }
    return key;
}
/** Rekor v2 bodies: protobuf JSON with base64 digests, signatures and DER verifiers. */
function verifyRekorV2Body(key, spec, content, mismatch) {
    const hex = (value) => (typeof value === 'string' ? Buffer.from(value, 'base64').toString('hex') : '');
    const expectSignature = (signature) => {
        if (typeof signature?.content !== 'string' || !Buffer.from(signature.content, 'base64').equals(content.signature))
            mismatch('the logged signature is not the bundle\'s signature');
        const verifier = signature.verifier?.x509Certificate?.rawBytes ?? signature.verifier?.publicKey?.rawBytes;
        if (typeof verifier !== 'string' || !Buffer.from(verifier, 'base64').equals(content.keyDer))
            mismatch('the logged signing key is not the bundle\'s certificate or key');
    };
    if (key === 'hashedrekord/0.0.2') {
        const entry = spec.hashedRekordV002;
        expectSignature(entry?.signature);
        const expected = content.messageDigest?.hex ?? content.paeSha256;
        const algorithm = content.messageDigest === undefined ? 'SHA2_256' : `SHA2_${content.messageDigest.algorithm.slice(3)}`;
        if (entry?.data?.algorithm !== algorithm || hex(entry.data.digest) !== expected) {
            mismatch(`the log records digest ${String(entry?.data?.algorithm)}:${hex(entry?.data?.digest)}, the bundle signs ${algorithm}:${expected ?? ''}`);
        }
        return;
    }
    if (content.payloadSha256 === undefined)
        mismatch('a dsse entry logs a DSSE envelope, but the bundle holds a message signature');
    const entry = spec.dsseV002;
    if (!Array.isArray(entry?.signatures) || entry.signatures.length !== 1)
        mismatch(`expected 1 logged signature, found ${Array.isArray(entry?.signatures) ? entry.signatures.length : 0}`);
    expectSignature(entry?.signatures?.[0]);
    if (entry?.payloadHash?.algorithm !== 'SHA2_256' || hex(entry.payloadHash.digest) !== content.payloadSha256) {
        mismatch(`the log records payload ${String(entry?.payloadHash?.algorithm)}:${hex(entry?.payloadHash?.digest)}, the bundle's payload is SHA2_256:${content.payloadSha256 ?? ''}`);
    }
}
/**
 * Whether a logged certificate is one for the public key (SPKI DER) a bundle is verified with:
 * `cosign sign --key --certificate` logs the key's certificate (a private CA's, or a KMS key's) as
 * the verifier, and cosign, given the key, accepts the entry when the two agree. A keyless
 * bundle's `keyDer` is a certificate, never an SPKI, so this never stands in for its own check.
 */
function certifiesKey(certificateDer, keyDer) {
    try {
        return new external_node_crypto_.X509Certificate(certificateDer).publicKey.export({ format: 'der', type: 'spki' }).equals(keyDer);
    }
    catch {
        // Not a certificate (a key, or bytes that are neither): the entry names another key.
        return false;
    }
}
/** DER bytes of the first PEM block of a text (certificate or public key); empty when there is none. */
function pemToDer(pem) {
    const match = /-----BEGIN [A-Z ]+-----([\s\S]*?)-----END [A-Z ]+-----/.exec(pem);
    return match === null ? Buffer.alloc(0) : Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64');
}
function verifyWith(key, data, signature) {
    try {
        return (0,external_node_crypto_.verify)(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', data, key, signature);
    }
    catch {
        return false;
    }
}
function sha256(...parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const part of parts)
        hash.update(part);
    return hash.digest();
}
function bitLength(value) {
    return value === 0n ? 0 : value.toString(2).length;
}
function ones(value) {
    return value.toString(2).split('1').length - 1;
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/verify.js















/** The millisecond bounds of a verified time. */
function boundsOf(timestamp) {
    return { earliest: timestamp.earliest ?? timestamp.time, latest: timestamp.time };
}
/** Whether a signed time lies wholly within a window: from its start (inclusive) to its end (inclusive), both to the millisecond. */
function within(time, from, to) {
    return from <= time.earliest && time.latest <= to;
}
/** Whether a certificate was valid throughout a signed time's bounds. */
function validThroughout(certificate, time) {
    return certificate.validAt(time.earliest) && certificate.validAt(time.latest);
}
/** A signed time for a message: as ISO 8601, or, with a fraction finer than a millisecond, the millisecond it follows. */
function shownTime(time) {
    return time.earliest.getTime() === time.latest.getTime() ? time.latest.toISOString() : `just after ${time.earliest.toISOString()}`;
}
/** The content bytes of OID 1.3.6.1.4.1.11129.2.4.2 (RFC 6962 embedded SCT list). */
const SCT_OID_DER = Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x02]);
const verify_IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The message digest algorithms a bundle may name that are verified (SHA-3 ones are not). */
const HASH_NAMES = {
    HASH_ALGORITHM_UNSPECIFIED: 'sha256',
    SHA2_256: 'sha256',
    SHA2_384: 'sha384',
    SHA2_512: 'sha512',
};
/**
 * Verifies a Sigstore bundle (v0.1 to v0.3, parsed JSON) for an artifact under a policy, offline:
 * the signature over the artifact (or, for DSSE, that the artifact is a subject of the signed
 * statement), the certificate chain to a CA of the trusted root and its SCTs, the transparency-log
 * entries and RFC 3161 timestamps, the thresholds of the issuing instance (a log entry where the
 * trusted root lists logs, a signed timestamp where it lists none), the certificate's validity at
 * every verified time, and then the policy's identity. Throws a {@link VerifyError}: `VERIFY_*`
 * for cryptographic failures, `VERIFY_POLICY_*` for a valid signature by someone else.
 */
function verifyBundle(bundleJson, artifact, policy, trust) {
    try {
        return verify_verify(bundleJson, artifact, policy, trust);
    }
    catch (error) {
        if (error instanceof errors_VerifyError)
            throw error;
        // Whatever else a malformed bundle makes the ASN.1 or JSON readers throw still fails verification, with a code.
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `malformed bundle: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, { cause: error });
    }
}
function verify_verify(bundleJson, artifact, policy, trust) {
    const bundle = decodeBundle(bundleJson);
    const material = bundle.verificationMaterial;
    let leaf;
    let signingKey;
    let keyDer;
    if (material.content.$case === 'publicKey') {
        if (policy.kind !== 'key') {
            throw new errors_VerifyError('VERIFY_KEY_MISMATCH', `expected a keyless bundle signed by ${(0,verify_policy/* describeMatcher */.OT)(policy.identity)}, found a bundle signed by a key (hint ${(0,quote/* quoted */.TL)(material.content.publicKey.hint)})`);
        }
        signingKey = policy.publicKey;
        keyDer = policy.publicKey.export({ format: 'der', type: 'spki' });
    }
    else {
        const der = material.content.$case === 'certificate' ? material.content.certificate.rawBytes : (material.content.x509CertificateChain.certificates[0]?.rawBytes ?? Buffer.alloc(0));
        if (policy.kind !== 'certificate') {
            throw new errors_VerifyError('VERIFY_KEY_MISMATCH', `expected a bundle signed by the key in ${policy.source}, found a keyless bundle with a certificate`);
        }
        if (trust === undefined)
            throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', 'a keyless bundle needs a trusted root to verify its certificate');
        if (material.content.$case === 'x509CertificateChain')
            checkBundledChain(material.content.x509CertificateChain.certificates.map((certificate) => certificate.rawBytes));
        leaf = checkLeaf(der, trust);
        signingKey = leaf.certificate.publicKey;
        keyDer = der;
    }
    const verified = verifyContent(bundle, artifact, signingKey);
    const logged = { signature: verified.signature, keyDer, ...verified.logged };
    const rfc3161 = (material.timestampVerificationData?.rfc3161Timestamps ?? []).map((timestamp) => readTimestamp(timestamp.signedTimestamp));
    expectDistinctEvidence(bundle, rfc3161);
    // A certificate is vouched for by its own instance's logs and timestamp authorities alone, as gh verifies: another
    // instance's log is not where the issuing CA's certificates are monitored.
    const roots = trust === undefined ? [] : leaf === undefined ? trust.roots : issuingRoots(leaf);
    const signedTimes = [];
    rfc3161.forEach((timestamp, index) => {
        if (trust === undefined)
            return;
        const { earliest, latest } = verifyTimestamp(timestamp, verified.signature, roots, `rfc3161Timestamps[${index}]`);
        signedTimes.push({ source: 'timestamp-authority', time: latest, ...(earliest.getTime() === latest.getTime() ? {} : { earliest }) });
    });
    // Filled by index in two passes, so that entries keep the bundle's order.
    const tlogEntries = [];
    const uncheckedTlogEntries = trust === undefined ? material.tlogEntries.length : 0;
    if (trust !== undefined) {
        // Entries with a signed promise first: their integration times, with the RFC 3161 ones, are the times a log key
        // proving an entry by its checkpoint alone must be valid at (a retired key dates nothing, and vouches for nothing).
        const promised = (promise) => material.tlogEntries.flatMap((entry, index) => ((entry.inclusionPromise !== undefined) === promise ? [[entry, index]] : []));
        for (const [entry, index] of promised(true))
            tlogEntries[index] = verifyLogEntry(entry, roots, logged, `tlogEntries[${index}]`);
        const knownTimes = [...signedTimes.flatMap((timestamp) => [timestamp.earliest ?? timestamp.time, timestamp.time]), ...tlogEntries.flatMap((entry) => (entry.integratedTime === undefined ? [] : [entry.integratedTime]))];
        for (const [entry, index] of promised(false))
            tlogEntries[index] = verifyLogEntry(entry, roots, logged, `tlogEntries[${index}]`, knownTimes);
    }
    const timestamps = [
        ...tlogEntries.flatMap((entry) => (entry.integratedTime === undefined ? [] : [{ source: 'transparency-log', time: entry.integratedTime }])),
        ...signedTimes,
    ];
    if (policy.kind === 'key' && policy.transparencyLog === 'required')
        requireKeyLogEntry(policy, trust, tlogEntries);
    let issuingRoot;
    if (leaf !== undefined) {
        issuingRoot = checkValidity(leaf, timestamps);
        checkThresholds(issuingRoot, tlogEntries, timestamps, bundle);
        checkPolicy(leaf, policy);
    }
    return {
        mediaType: bundle.mediaType,
        content: verified.statement === undefined ? 'message-signature' : 'dsse',
        signer: leaf === undefined
            ? { kind: 'key', source: policy.source }
            : { kind: 'certificate', ...leaf.identity, notBefore: leaf.certificate.notBefore, notAfter: leaf.certificate.notAfter, trustRoot: issuingRoot?.label ?? '' },
        artifact: verified.artifact,
        timestamps,
        tlogEntries,
        uncheckedTlogEntries,
        ...(verified.statement === undefined ? {} : { statement: verified.statement }),
    };
}
/**
 * A key-signed bundle must carry a transparency-log entry verified against the trusted root, as
 * cosign's `verify --key` requires (one, unless told `--insecure-ignore-tlog`): a key holds no
 * time, and only the log lets the key's owner see every signature made with it.
 */
function requireKeyLogEntry(policy, trust, verified) {
    if (trust === undefined) {
        throw new errors_VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `the bundle signed by the key in ${policy.source} needs a trusted root to verify its transparency-log entry`, { hint: 'pass --trusted-root (input "trusted-root"), or --insecure-ignore-tlog (input "insecure-ignore-tlog") for a bundle signed offline' });
    }
    if (verified.length === 0) {
        throw new errors_VerifyError('VERIFY_TLOG_MISSING', `the bundle signed by the key in ${policy.source} carries no transparency-log entry, which a key-signed bundle must have unless told`, {
            hint: 'a bundle signed offline (trust-kit sign-blob --key, a release signed with a key) has none: if you accept a signature that no public log shows, verify with --insecure-ignore-tlog (input "insecure-ignore-tlog"), as cosign is told',
        });
    }
}
/** Whether a bundle's JSON, not yet checked, sets a message signature (rather than a DSSE envelope). */
function holdsMessageSignature(bundleJson) {
    const signature = typeof bundleJson === 'object' && bundleJson !== null ? bundleJson.messageSignature : undefined;
    return signature !== undefined && signature !== null;
}
/** At most this many log entries, and this many RFC 3161 timestamps, per bundle (as sigstore-go): verification work stays bounded. */
const MAX_EVIDENCE = 32;
/**
 * Refuses a bundle that repeats a log entry (one log, and one index, one body or, for signed
 * entry timestamps, one integration time) or a timestamp (one authority certificate and one
 * time), or carries more of either than {@link MAX_EVIDENCE}: a repeated proof proves nothing
 * new, and a verifier counting towards a threshold would count it twice (sigstore-js refuses the
 * same repetitions).
 */
function expectDistinctEvidence(bundle, timestamps) {
    const { tlogEntries } = bundle.verificationMaterial;
    for (const [what, count] of [['transparency-log entries', tlogEntries.length], ['RFC 3161 timestamps', timestamps.length]]) {
        if (count > MAX_EVIDENCE)
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the bundle carries ${count} ${what}; at most ${MAX_EVIDENCE} are accepted`);
    }
    const seen = new Map();
    const repeated = (key, index) => {
        const first = seen.get(key);
        seen.set(key, first ?? index);
        return first;
    };
    tlogEntries.forEach((entry, index) => {
        const log = Buffer.from(entry.logId?.keyId ?? []).toString('hex');
        const body = (0,external_node_crypto_.createHash)('sha256').update(entry.canonicalizedBody).digest('hex');
        const time = entry.inclusionPromise === undefined ? undefined : repeated(`time ${log} ${entry.integratedTime}`, index);
        const first = repeated(`index ${log} ${entry.logIndex}`, index) ?? repeated(`body ${log} ${body}`, index) ?? time;
        if (first !== undefined)
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `tlogEntries[${index}] repeats tlogEntries[${first}]: the same log entry (one log, and one index, one body or one signed integration time) is given twice`);
    });
    timestamps.forEach((timestamp, index) => {
        // An unreadable timestamp is verifyTimestamp's to report, with its code.
        const signed = 'error' in timestamp ? undefined : `${timestamp.signerSerialNumber.toString('hex')} ${timestamp.signerIssuer.toString('hex')} ${timestamp.signingTime.latest.getTime()}`;
        const first = repeated(`timestamp ${timestamp.der.toString('base64')}`, index) ?? (signed === undefined ? undefined : repeated(`signed ${signed}`, index));
        if (first !== undefined)
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `rfc3161Timestamps[${index}] repeats rfc3161Timestamps[${first}]: one timestamp authority's time is given twice`);
    });
}
function readTimestamp(der) {
    try {
        return { der, ...parseRfc3161(der) };
    }
    catch (error) {
        return { der, error };
    }
}
/**
 * The certificates a v0.1 or v0.2 bundle gives after its leaf decide nothing (the leaf is chained to the trusted
 * root's CAs), but they must be what they claim, as the conformance suite requires: certificates, each the issuer of
 * the one before it. A root at the end of the chain, as sigstore-js 1 wrote Fulcio's whole chain, is read; a root or
 * a stranger in the middle, or bytes that are no certificate, are refused.
 */
function checkBundledChain(certificates) {
    if (certificates.length < 2)
        return;
    let previous;
    certificates.forEach((der, index) => {
        const certificate = ParsedCertificate.parse(der, `x509CertificateChain.certificates[${index}]`);
        if (previous !== undefined && !previous.signedBy(certificate)) {
            throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `x509CertificateChain.certificates[${index}] (${(0,quote/* quoted */.TL)(certificate.displayNames.subject)}) did not issue certificates[${index - 1}] (${(0,quote/* quoted */.TL)(previous.displayNames.subject)}): the bundle's certificate chain is not a chain`);
        }
        previous = certificate;
    });
}
function checkLeaf(der, trust) {
    const cacheKey = der.toString('base64');
    const cached = trust.leafCache.get(cacheKey);
    if (cached !== undefined)
        return cached;
    const certificate = ParsedCertificate.parse(der, 'the bundle\'s signing certificate');
    const found = trust.authoritiesNamed(certificate.displayNames.issuer).filter(({ authority }) => {
        const issuer = authority.chain[0];
        return issuer !== undefined && issuer.isCA && certificate.signedBy(issuer);
    });
    if (found.length === 0 && trust.authoritiesNamed(certificate.displayNames.issuer).length > 0) {
        // Sigstore rotates keys under the same CA names: listing the root's CAs would name the very issuer the message says it lacks.
        throw new errors_VerifyError('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}: ${trust.label} holds a CA of that name, but not the key that signed it (a root from before or after a key rotation, or of another deployment)`, {
            hint: "fetch the trusted root again where it is published, into a directory of its own as VERIFY.md does (`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` for Sigstore's and GitHub's), or pass the one of the deployment that signed, with --trusted-root",
        });
    }
    if (found.length === 0) {
        const cas = trust.roots.flatMap((root) => root.certificateAuthorities.map((ca) => ca.chain[0]?.displayNames.subject ?? '?'));
        throw new errors_VerifyError('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}, which is not a CA of ${trust.label} (its CAs: ${cas.length === 0 ? 'none' : (0,quote/* boundedList */.Y4)(cas.map((name) => (0,quote/* quoted */.TL)(name)))})`);
    }
    const chained = found.filter(({ authority }) => chainProblem(authority, CODE_SIGNING_EKU) === undefined);
    if (chained.length === 0) {
        const problem = chainProblem(found[0].authority, CODE_SIGNING_EKU) ?? '';
        throw new errors_VerifyError('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}, a CA of ${trust.label} whose certificate chain there cannot vouch for code signing: ${problem}`, {
            hint: 'fix the trusted root: each CA certificate must be signed by the next one of its chain, be a CA allowed to sign certificates, and allow code signing',
        });
    }
    const critical = certificate.unprocessedCriticalExtension;
    const misuse = certificate.isCA || certificate.claimsCA
        ? 'a CA certificate'
        : !certificate.allowsCodeSigning
            ? 'not valid for code signing (no code-signing extended key usage)'
            : !certificate.allowsDigitalSignature
                ? 'not valid for signatures (its key usage lacks digitalSignature)'
                : critical === undefined
                    ? undefined
                    : `restricted by a critical extension trust-kit does not process (${critical})`;
    if (misuse !== undefined) {
        throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate is ${misuse}; expected a Fulcio code-signing leaf certificate`);
    }
    const names = certificate.subjectAltNames;
    if (names.length !== 1) {
        // With several names, which one is "the" identity is a guess another verifier may make differently.
        throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate carries ${names.length} subject alternative names (${names.slice(0, 5).map((name) => (0,quote/* quoted */.TL)(name)).join(', ')}${names.length > 5 ? ', \u2026' : ''}); a Fulcio certificate names exactly one identity`);
    }
    let sctError;
    const issuers = chained.filter(({ root, authority }) => {
        try {
            checkSCTs(certificate, authority, root);
            return true;
        }
        catch (error) {
            sctError ??= error;
            return false;
        }
    });
    if (issuers.length === 0)
        throw sctError;
    const issuer = certificate.fulcioExtension(FULCIO_OIDS.issuer);
    const issuerV1 = certificate.fulcioExtension(FULCIO_OIDS.issuerV1);
    if (issuer !== undefined && issuerV1 !== undefined && issuer !== issuerV1) {
        // Fulcio writes both with one value; verifiers differ on which one they read, so two values make the issuer a guess.
        throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate names two OIDC issuers: ${(0,quote/* quoted */.TL)(issuer)} (${FULCIO_OIDS.issuer}) and ${(0,quote/* quoted */.TL)(issuerV1)} (${FULCIO_OIDS.issuerV1})`);
    }
    // The same for the repository: trust-kit's --repo reads the source repository (.1.12), cosign's
    // --certificate-github-workflow-repository (which VERIFY.md gives) the older extension, so two repositories make opposite verdicts.
    const repository = certificate.fulcioExtension(FULCIO_OIDS.sourceRepositoryURI);
    const repositoryV1 = certificate.fulcioExtension(FULCIO_OIDS.githubWorkflowRepositoryV1);
    if (repository !== undefined && repositoryV1 !== undefined && URL.parse(repository)?.pathname.slice(1).toLowerCase() !== repositoryV1.toLowerCase()) {
        throw new errors_VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate names two source repositories: ${(0,quote/* quoted */.TL)(repository)} (${FULCIO_OIDS.sourceRepositoryURI}) and ${(0,quote/* quoted */.TL)(repositoryV1)} (${FULCIO_OIDS.githubWorkflowRepositoryV1})`);
    }
    const extensions = {};
    for (const [name, oid] of Object.entries(FULCIO_OIDS)) {
        if (name === 'issuerV1' || name === 'githubWorkflowRepositoryV1')
            continue;
        const value = certificate.fulcioExtension(oid);
        if (value !== undefined)
            extensions[name] = value;
    }
    const leaf = {
        certificate,
        issuers,
        identity: {
            subjectAlternativeName: names[0] ?? '',
            issuer: issuer ?? issuerV1 ?? '',
            extensions,
        },
    };
    if (trust.leafCache.size >= 4096)
        trust.leafCache.clear();
    trust.leafCache.set(cacheKey, leaf);
    return leaf;
}
function checkSCTs(certificate, authority, root) {
    if (root.ctlogs.length === 0)
        return;
    let scts;
    let tbs;
    try {
        scts = certificate.signedCertificateTimestamps;
        tbs = tbsWithoutExtension(certificate.der, SCT_OID_DER);
    }
    catch (error) {
        throw new errors_VerifyError('VERIFY_SCT_INVALID', `the certificate's signed certificate timestamps cannot be read: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, { cause: error });
    }
    if (scts === undefined || scts.length === 0) {
        throw new errors_VerifyError('VERIFY_SCT_MISSING', `${root.label} lists certificate-transparency logs, so the signing certificate must embed a signed certificate timestamp; it has none`);
    }
    const issuerKeyHash = (0,external_node_crypto_.createHash)('sha256').update(authority.chain[0].subjectPublicKeyInfo).digest();
    const length = Buffer.alloc(3);
    length.writeUIntBE(tbs.length, 0, 3);
    const preCert = Buffer.concat([issuerKeyHash, length, tbs]);
    const verified = scts.filter((sct) => root.ctlogs.some((log) => log.logId.equals(sct.logId) && log.validFrom <= sct.time && sct.time <= log.validTo && verifySct(sct, preCert, log.publicKey)));
    // An SCT of a listed log that verifies, but at a time the trusted root does not trust the log's key: the root is the cause, not the bundle.
    const outsideWindow = verified.length === 0 ? scts.find((sct) => root.ctlogs.some((log) => log.logId.equals(sct.logId) && (sct.time < log.validFrom || log.validTo < sct.time) && verifySct(sct, preCert, log.publicKey))) : undefined;
    if (outsideWindow !== undefined) {
        throw new errors_VerifyError('VERIFY_SCT_INVALID', `the certificate's signed certificate timestamp of CT log ${abbreviate(outsideWindow.logId.toString('hex'))} was made at ${outsideWindow.time.toISOString()}, outside the validity of the log's key in ${root.label}`, {
            hint: 'the trusted root is out of date or cut short: fetch it again where it is published (`gh attestation trusted-root`), or pass the one of the deployment that signed, with --trusted-root',
        });
    }
    if (verified.length === 0) {
        throw new errors_VerifyError('VERIFY_SCT_INVALID', `none of the certificate's ${scts.length} signed certificate timestamp(s) verifies with a CT log of ${root.label} (SCT log ids: ${scts.map((sct) => abbreviate(sct.logId.toString('hex'))).join(', ')})`);
    }
}
function verifyContent(bundle, artifact, key) {
    const content = bundle.content;
    if (content.$case === 'messageSignature') {
        const message = content.messageSignature;
        const algorithm = HASH_NAMES[message.messageDigest.algorithm];
        if (algorithm === undefined)
            throw new errors_VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `the message digest algorithm ${message.messageDigest.algorithm} is not supported (sha256, sha384, sha512)`);
        const signed = message.messageDigest.digest.toString('hex');
        let actual;
        if ('bytes' in artifact) {
            actual = (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest('hex');
        }
        else {
            if (artifact.digest.algorithm !== algorithm) {
                throw new errors_VerifyError('VERIFY_ARTIFACT_MISMATCH', `the bundle signs a ${algorithm} digest, but the artifact was given as a ${artifact.digest.algorithm} digest`, { hint: `give the artifact as ${algorithm}:<hex>, or the file itself` });
            }
            actual = artifact.digest.hex.toLowerCase();
        }
        if (actual !== signed) {
            throw new errors_VerifyError('VERIFY_ARTIFACT_MISMATCH', `the bundle signs ${algorithm}:${signed}, but the artifact is ${algorithm}:${actual}`);
        }
        const signature = message.signature;
        let valid;
        if ('bytes' in artifact) {
            valid = verify_verifyWith(key, algorithm, artifact.bytes, signature);
        }
        else {
            if (artifact.verifyPrehashed === undefined) {
                throw new errors_VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `the bundle holds a message signature, which this verification by digest (${algorithm}:${actual}) cannot check: it was given no verifier of signatures over a digest`, { hint: 'verify with the artifact file instead of its digest' });
            }
            valid = artifact.verifyPrehashed(key, Buffer.from(actual, 'hex'), signature);
        }
        if (!valid)
            throw new errors_VerifyError('VERIFY_SIGNATURE_INVALID', `the message signature over ${algorithm}:${actual} does not verify with the signing ${keyName(key)}`);
        return { signature, artifact: { algorithm, hex: actual }, logged: { messageDigest: { algorithm, hex: signed } } };
    }
    const envelope = content.dsseEnvelope;
    if (envelope.signatures.length !== 1)
        throw new errors_VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `expected a DSSE envelope with 1 signature, found ${envelope.signatures.length}`);
    const signature = envelope.signatures[0].sig;
    const payload = envelope.payload;
    const pae = preAuthEncoding(envelope.payloadType, payload);
    if (!verify_verifyWith(key, 'sha256', pae, signature)) {
        throw new errors_VerifyError('VERIFY_SIGNATURE_INVALID', `the DSSE signature over the ${(0,quote/* quoted */.TL)(envelope.payloadType)} payload does not verify with the signing ${keyName(key)}`);
    }
    if (envelope.payloadType !== verify_IN_TOTO_PAYLOAD_TYPE) {
        throw new errors_VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `expected a DSSE payload of type ${verify_IN_TOTO_PAYLOAD_TYPE} (an in-toto statement naming its subjects), found ${(0,quote/* quoted */.TL)(envelope.payloadType)}`);
    }
    const statement = parseStatement(payload);
    const digestOf = artifactDigester(artifact);
    const subject = statement.subjects.find((candidate) => {
        const algorithms = comparableAlgorithms(candidate, digestOf);
        return algorithms.length > 0 && algorithms.every((name) => candidate.digest[name]?.toLowerCase() === digestOf(name));
    });
    const algorithm = 'bytes' in artifact ? 'sha256' : artifact.digest.algorithm;
    if (subject === undefined) {
        const hex = digestOf(algorithm) ?? '';
        // Names and digests are the signer's to choose: quoted (escaped) and shortened, as many as fit a line.
        const listed = statement.subjects.slice(0, 5).map((candidate) => `${(0,quote/* quoted */.TL)(candidate.name, 100)} (${Object.entries(candidate.digest).slice(0, 3).map(([name, value]) => `${(0,quote/* quoted */.TL)(abbreviate(name, 16)).slice(1, -1)}:${(0,quote/* quoted */.TL)(abbreviate(String(value))).slice(1, -1)}`).join(', ')})`);
        throw new errors_VerifyError('VERIFY_SUBJECT_MISMATCH', `the artifact ${algorithm}:${hex} is not a subject of the signed statement; its ${statement.subjects.length} subject(s): ${listed.join('; ')}${statement.subjects.length > 5 ? '; \u2026' : ''}`);
    }
    const matchedAlgorithm = comparableAlgorithms(subject, digestOf)[0] ?? algorithm;
    return {
        signature,
        artifact: { algorithm: matchedAlgorithm, hex: digestOf(matchedAlgorithm) ?? '' },
        logged: { payloadSha256: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('hex'), paeSha256: (0,external_node_crypto_.createHash)('sha256').update(pae).digest('hex') },
        statement,
    };
}
/** DSSE's pre-authentication encoding of a payload, what its signature covers: `DSSEv1 <type length> <type> <payload length> <payload>`. */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'ascii'), type, Buffer.from(` ${payload.length} `, 'ascii'), payload]);
}
/**
 * The statement types a verifier reads: v1, and v0.1, which cosign 2's attestations and
 * slsa-github-generator's provenance still carry (its subject, predicateType and predicate are v1's).
 * Another URI under in-toto.io is no version of the spec this reads (sigstore-python takes v1 only).
 */
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
/** The fields of an in-toto statement, and of its subjects, that Go reads into struct fields (in-toto-golang's, cosign's). */
const STATEMENT_FIELDS = ['_type', 'subject', 'predicateType', 'predicate'];
const SUBJECT_FIELDS = ['name', 'digest'];
/** A key as Go's encoding/json compares it with an ASCII field name: case-insensitively, U+017F (long s) as s and U+212A (Kelvin) as k. */
function goFolded(key) {
    return key.toLowerCase().replace(/\u017f/g, 's');
}
/**
 * Refuses an object holding two keys that Go's encoding/json takes for one of `fields`: it matches
 * names case-insensitively and keeps the last, so cosign's attestation policies (which read the
 * statement with it) would see `PredicateType` where JSON.parse and this verifier see `predicateType`.
 */
function refuseFoldedFields(object, fields, where) {
    const keys = Object.keys(object);
    for (const field of fields) {
        const matching = keys.filter((key) => goFolded(key) === field.toLowerCase());
        if (matching.length > 1) {
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement)${where} has both ${matching.slice(0, 2).map((key) => (0,quote/* quoted */.TL)(key, 100)).join(' and ')}, which Go's encoding/json (cosign's attestation policies) reads as one field, the last winning`, { hint: core_json/* JSON_FAULT_HINT */.y0 });
        }
    }
}
function parseStatement(payload) {
    // JSON text is UTF-8 (RFC 8259); read leniently, bytes that are not would be U+FFFD here and a refusal in gh, cosign and sigstore-python.
    if (!(0,external_node_buffer_.isUtf8)(payload))
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', 'the DSSE payload (an in-toto statement) is not UTF-8 text, which gh, cosign and sigstore-python refuse to read');
    const text = payload.toString('utf8');
    let statement;
    try {
        statement = JSON.parse(text);
    }
    catch {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', 'the DSSE payload is not JSON, though its type says in-toto statement');
    }
    // JSON.parse keeps the last of two equal keys, sigstore-go (protobuf JSON) refuses them: a statement read two ways names other subjects or predicates to each.
    const fault = (0,core_json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) ${(0,core_json/* describeJsonFault */.at)(fault)}`, { hint: core_json/* JSON_FAULT_HINT */.y0 });
    const { _type: type, predicateType, subject } = (statement ?? {});
    if (typeof type !== 'string' || !STATEMENT_TYPES.includes(type) || !Array.isArray(subject)) {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload is not an in-toto statement (expected _type https://in-toto.io/Statement/v1 or v0.1 and a subject list, found _type ${(0,quote/* quoted */.TL)(type ?? null)})`);
    }
    refuseFoldedFields(statement, STATEMENT_FIELDS, '');
    // In-toto requires a predicate type, a URI: another kind of value read as none would be reported as another type than asked for.
    if (typeof predicateType !== 'string' || predicateType === '') {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has ${predicateType === undefined ? 'no predicateType' : `a predicateType that is not a URI (${predicateType === '' ? 'empty' : Array.isArray(predicateType) ? 'an array' : predicateType === null ? 'null' : typeof predicateType})`}`, {
            hint: 'in-toto statements name their predicate type as a URI string; no attestation tool wrote this one: do not trust it',
        });
    }
    // A predicate is an object (in-toto Statement v1; sigstore-python refuses another kind); absent is allowed, as the spec allows.
    const { predicate } = statement;
    if (predicate !== undefined && predicate !== null && (typeof predicate !== 'object' || Array.isArray(predicate))) {
        throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has a predicate that is not an object (${Array.isArray(predicate) ? 'an array' : typeof predicate})`, { hint: 'in-toto statements carry their predicate as a JSON object; no attestation tool wrote this one: do not trust it' });
    }
    subject.forEach((entry, index) => {
        if (typeof entry === 'object' && entry !== null)
            refuseFoldedFields(entry, SUBJECT_FIELDS, ` its subject ${index + 1}`);
    });
    const subjects = subject.map((entry, index) => {
        const { name, digest } = (typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry : { name: 0 });
        // A digest set maps algorithms to strings (protobuf JSON, as sigstore-go and sigstore-python read it, refuses anything else); a number or a list would be read as no digest here and as a failure there.
        const digests = typeof digest === 'object' && digest !== null && !Array.isArray(digest) ? Object.values(digest) : undefined;
        if ((name !== undefined && typeof name !== 'string') || digests?.every((value) => typeof value === 'string') !== true) {
            throw new errors_VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has a subject ${index + 1} that is not an object of a name and a digest set (digest strings by algorithm)`, {
                hint: 'in-toto statements list subjects as {"name": "...", "digest": {"sha256": "<hex>"}}; no attestation tool wrote this one: do not trust it',
            });
        }
        return { name: name ?? '', digest: digest };
    });
    return { type, predicateType, subjects };
}
/** The artifact's digest by an algorithm: computed from its bytes on first use, or the given digest when it is by that algorithm. */
function artifactDigester(artifact) {
    if (!('bytes' in artifact))
        return (algorithm) => (algorithm === artifact.digest.algorithm ? artifact.digest.hex : artifact.moreDigests?.[algorithm])?.toLowerCase();
    const computed = new Map();
    return (algorithm) => {
        let hex = computed.get(algorithm);
        if (hex === undefined)
            computed.set(algorithm, (hex = (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest('hex')));
        return hex;
    };
}
const SUBJECT_ALGORITHMS = ['sha256', 'sha384', 'sha512'];
/**
 * The algorithms by which a subject can be compared with the artifact, all of which must agree: a
 * subject whose sha256 names one artifact and whose sha512 another is a match for neither.
 */
function comparableAlgorithms(subject, digestOf) {
    return SUBJECT_ALGORITHMS.filter((algorithm) => subject.digest[algorithm] !== undefined && digestOf(algorithm) !== undefined);
}
function verifyTimestamp(timestamp, signature, roots, where) {
    if ('error' in timestamp) {
        const { error } = timestamp;
        throw new errors_VerifyError('VERIFY_TIMESTAMP_INVALID', `${where}: not a valid RFC 3161 timestamp: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, {
            cause: error,
            hint: 'the bundle\'s timestamp could not be read, so it dates nothing: give the bundle as it was published (a damaged or hand-edited one is not), and do not trust this artifact until it verifies',
        });
    }
    const { signingTime } = timestamp;
    const authorities = roots.flatMap((root) => root.timestampAuthorities);
    const candidates = authorities.filter((ca) => {
        const signer = ca.chain[0];
        return signer !== undefined && signer.serialNumber.equals(timestamp.signerSerialNumber) && signer.issuer.equals(timestamp.signerIssuer);
    });
    if (candidates.length === 0) {
        throw new errors_VerifyError('VERIFY_TIMESTAMP_INVALID', `${where}: signed by a timestamp authority certificate (serial ${timestamp.signerSerialNumber.toString('hex')}) that ${rootLabels(roots)} does not list (it lists ${authorities.length} timestamp authorit${authorities.length === 1 ? 'y' : 'ies'})`);
    }
    let lastProblem = '';
    let hint;
    for (const ca of candidates) {
        if (!within(signingTime, ca.validFrom, ca.validTo)) {
            lastProblem = `the timestamp's time ${shownTime(signingTime)} is outside the window the trusted root trusts its timestamp authority in (validFor ${describeValidity(ca.validFrom, ca.validTo)})`;
            hint = WINDOW_HINT;
            continue;
        }
        const expired = ca.chain.find((certificate) => !validThroughout(certificate, signingTime));
        if (expired !== undefined) {
            lastProblem = `the timestamp's time ${shownTime(signingTime)} is outside the validity of the timestamp authority's certificate "${expired.displayNames.subject}" (${expired.notBefore.toISOString()} to ${expired.notAfter.toISOString()})`;
            hint = undefined;
            continue;
        }
        const signer = ca.chain[0];
        const claimed = timestamp.signingTimeAttribute;
        // Go's CMS reader (sigstore-go, cosign) refuses a signing time its signer's certificate does not cover, whatever genTime says.
        if (claimed !== undefined && !validThroughout(signer, claimed)) {
            lastProblem = `the signed signing-time attribute ${shownTime(claimed)} is outside the validity of the timestamp authority's certificate (${signer.notBefore.toISOString()} to ${signer.notAfter.toISOString()})`;
            continue;
        }
        const problem = chainProblem(ca, TIME_STAMPING_EKU);
        if (problem !== undefined) {
            lastProblem = `the timestamp authority's certificate chain in the trusted root cannot vouch for timestamps: ${problem}`;
            continue;
        }
        try {
            verifyRfc3161(timestamp, signature, signer.publicKey, signer.der);
            return signingTime;
        }
        catch (error) {
            lastProblem = (0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error));
            hint = undefined;
        }
    }
    throw new errors_VerifyError('VERIFY_TIMESTAMP_INVALID', `${where}: ${lastProblem}`, hint === undefined ? {} : { hint });
}
/** The hint when a trusted root's own window (validFor), not a certificate, leaves out a bundle's time. */
const WINDOW_HINT = 'the trusted root does not trust that authority at the time the bundle was signed (it was retired before, or added after): check that the trusted root is the current one of the instance that signed, and do not trust this artifact until it verifies';
const chainProblems = new WeakMap();
/**
 * Why a trusted authority's chain cannot vouch for what it is used for, or undefined when it can;
 * checked once per authority. A Fulcio CA's chain (`usage` code signing) is all issuers, the
 * certificate that issues the leaves first; a timestamp authority's (`usage` time stamping) starts
 * with its signing certificate (a leaf whose critical extended key usage is timeStamping alone),
 * then its issuers. Each certificate must be signed by the next, and
 * each issuer be a CA whose key may sign certificates and whose path length allows the CAs below
 * it, as sigstore-js and Go's x509 (cosign, sigstore-go) check a path; every certificate's extended
 * key usage, when it has one, must allow `usage`, as Go's x509 checks it (a trusted root's CA for
 * TLS servers vouches for no signature).
 */
function chainProblem(ca, usage) {
    let problem = chainProblems.get(ca);
    if (problem === undefined) {
        problem = findChainProblem(ca.chain, usage === TIME_STAMPING_EKU ? 1 : 0, usage) ?? null;
        chainProblems.set(ca, problem);
    }
    return problem ?? undefined;
}
function findChainProblem(chain, firstIssuer, usage) {
    const named = (index) => `certChain[${index}] (${(0,quote/* quoted */.TL)(chain[index].displayNames.subject)})`;
    for (const [index, certificate] of chain.entries()) {
        if (!certificate.allowsExtendedKeyUsage(usage))
            return `${named(index)} has an extended key usage without ${usage === TIME_STAMPING_EKU ? 'timeStamping' : 'codeSigning'}`;
        if (index < firstIssuer) {
            const problem = timestampSignerProblem(certificate);
            if (problem !== undefined)
                return `${named(index)} ${problem}`;
            continue;
        }
        // Before the CA check, which OpenSSL fails for a key usage without keyCertSign too: the precise reason first.
        if (!certificate.allowsCertSign)
            return `${named(index)} issues certificates but its key usage lacks keyCertSign`;
        if (!certificate.isCA)
            return `${named(index)} issues certificates but is not a CA certificate`;
        const pathLength = certificate.pathLengthConstraint;
        const below = index - firstIssuer;
        if (pathLength !== undefined && pathLength < below)
            return pathLength < 0 ? `${named(index)} has basic constraints that cannot be read` : `${named(index)} allows ${pathLength} CA certificate${pathLength === 1 ? '' : 's'} below it (pathLenConstraint), but ${below} follow${below === 1 ? 's' : ''} it`;
    }
    // Signatures last: OpenSSL refuses an issuer that is no CA before it looks at the signature, which would hide why.
    const unsigned = chain.findIndex((certificate, index) => index + 1 < chain.length && !certificate.signedBy(chain[index + 1]));
    return unsigned === -1 ? undefined : `${named(unsigned)} is not signed by ${named(unsigned + 1)}`;
}
/**
 * Why a timestamp authority's signing certificate is not one as RFC 3161 2.3 defines it and
 * sigstore's timestamp-authority verifier (sigstore-go, cosign) requires it: an extended key usage
 * extension, critical, naming timeStamping alone, on a certificate that is no CA. A key certified
 * for other uses too could have signed the token as something else.
 */
function timestampSignerProblem(certificate) {
    const eku = certificate.extendedKeyUsage;
    if (certificate.isCA || certificate.claimsCA)
        return 'is a CA certificate, not a timestamp authority\'s signing certificate';
    if (eku === undefined)
        return 'has no extended key usage; a timestamp authority\'s signing certificate names timeStamping alone, as a critical extension (RFC 3161 2.3)';
    if (!eku.critical)
        return 'has an extended key usage that is not critical; RFC 3161 2.3 requires it critical';
    if (eku.usages.length !== 1)
        return `has an extended key usage that names ${eku.usages.length} usages; a timestamp authority's signing certificate names timeStamping alone (RFC 3161 2.3)`;
    if (eku.usages[0] !== TIME_STAMPING_EKU)
        return `has an extended key usage that names ${eku.usages[0] ?? ''}, not timeStamping alone (RFC 3161 2.3)`;
    return undefined;
}
function checkThresholds(root, tlogEntries, timestamps, bundle) {
    if (root.tlogs.length > 0 && tlogEntries.length === 0) {
        throw new errors_VerifyError('VERIFY_TLOG_MISSING', `expected at least 1 transparency-log entry (${root.label} lists ${root.tlogs.map((log) => log.baseUrl).join(', ')}), found ${bundle.verificationMaterial.tlogEntries.length}`);
    }
    const signed = timestamps.filter((timestamp) => timestamp.source === 'timestamp-authority').length;
    if (root.tlogs.length === 0 && signed === 0) {
        throw new errors_VerifyError('VERIFY_TIMESTAMP_MISSING', `expected at least 1 signed timestamp (${root.label} lists no transparency log, so a timestamp authority must vouch for the signing time), found none`);
    }
    if (timestamps.length === 0) {
        throw new errors_VerifyError('VERIFY_TIMESTAMP_MISSING', 'expected at least 1 verified signing time (a log entry with an inclusion promise, or a signed timestamp), found none');
    }
}
/** The instances whose CAs issued the leaf (one, unless a trust lists a CA twice). */
function issuingRoots(leaf) {
    return [...new Set(leaf.issuers.map((issuer) => issuer.root))];
}
/**
 * Checks that the leaf and an issuing authority were valid at every verified time, and returns
 * that authority's instance; the first failure is reported when no authority fits.
 */
function checkValidity(leaf, timestamps) {
    const { certificate } = leaf;
    for (const timestamp of timestamps) {
        if (!validThroughout(certificate, boundsOf(timestamp))) {
            throw new errors_VerifyError('VERIFY_CERTIFICATE_EXPIRED', `the signing certificate is valid from ${certificate.notBefore.toISOString()} to ${certificate.notAfter.toISOString()}, but the ${timestamp.source} time is ${shownTime(boundsOf(timestamp))}`);
        }
    }
    let problem;
    for (const { root, authority } of leaf.issuers) {
        const outside = timestamps.find((timestamp) => !within(boundsOf(timestamp), authority.validFrom, authority.validTo) || !authority.chain.every((ca) => validThroughout(ca, boundsOf(timestamp))));
        if (outside === undefined)
            return root;
        const named = `the issuing CA "${authority.chain[0]?.displayNames.subject ?? '?'}"`;
        const at = `the ${outside.source} time ${shownTime(boundsOf(outside))}`;
        const expired = authority.chain.find((ca) => !validThroughout(ca, boundsOf(outside)));
        problem ??=
            !within(boundsOf(outside), authority.validFrom, authority.validTo)
                ? { message: `${at} is outside the window the trusted root trusts ${named} in (validFor ${describeValidity(authority.validFrom, authority.validTo)})`, hint: WINDOW_HINT }
                : { message: `${at} is outside the validity of ${expired === authority.chain[0] ? named : `the certificate "${expired?.displayNames.subject ?? '?'}" in the chain of ${named}`} (${expired?.notBefore.toISOString() ?? '?'} to ${expired?.notAfter.toISOString() ?? '?'})` };
    }
    throw new errors_VerifyError('VERIFY_CERTIFICATE_EXPIRED', problem?.message ?? 'no issuing CA of the trusted root was valid at the signing time', problem?.hint === undefined ? {} : { hint: problem.hint });
}
/**
 * The hint when an exact identity and the certificate's differ only in the ref after the last `@`:
 * the same workflow signed, for another release (a consumer's commonest mix-up) or at the commit a
 * caller pinned a reusable workflow to, so "signed by someone else" would be untrue.
 */
function otherRefHint(expected, found) {
    if (expected.kind !== 'exact')
        return undefined;
    const at = (0,workflow_ref/* workflowRefAt */.Sc)(expected.value);
    const foundAt = (0,workflow_ref/* workflowRefAt */.Sc)(found);
    if (at === -1 || foundAt === -1 || expected.value.slice(0, at) !== found.slice(0, foundAt))
        return undefined;
    const foundRef = (0,quote/* quoted */.TL)(found.slice(foundAt + 1));
    return `the same workflow signed, at ${foundRef}, not at ${(0,quote/* quoted */.TL)(expected.value.slice(at + 1))}: this file belongs to what that ref made (another release, or the commit a caller pinned a reusable workflow to); use the files of the release you expect, or pin ${foundRef} if that is the ref you expect`;
}
function checkPolicy(leaf, policy) {
    const { subjectAlternativeName, issuer, extensions } = leaf.identity;
    if (!(0,verify_policy/* matches */.cK)(policy.identity, subjectAlternativeName)) {
        const hint = otherRefHint(policy.identity, subjectAlternativeName);
        throw new errors_VerifyError(policy.mismatchCodes?.identity ?? 'VERIFY_POLICY_IDENTITY_MISMATCH', `expected certificate identity ${(0,verify_policy/* describeMatcher */.OT)(policy.identity)}, found ${(0,quote/* quoted */.TL)(subjectAlternativeName)}`, hint === undefined ? {} : { hint });
    }
    if (!(0,verify_policy/* matches */.cK)(policy.issuer, issuer)) {
        throw new errors_VerifyError('VERIFY_POLICY_ISSUER_MISMATCH', `expected OIDC issuer ${(0,verify_policy/* describeMatcher */.OT)(policy.issuer)}, found ${(0,quote/* quoted */.TL)(issuer)}`);
    }
    for (const [name, expected] of Object.entries(policy.extensions)) {
        const found = extensions[name];
        const equal = policy.extensionsIgnoringCase?.includes(name) === true ? found !== undefined && asciiLowerCase(found) === asciiLowerCase(expected) : found === expected;
        if (!equal) {
            throw new errors_VerifyError(policy.mismatchCodes?.extensions?.[name] ?? 'VERIFY_POLICY_EXTENSION_MISMATCH', `expected certificate extension ${name} (${FULCIO_OIDS[name]}) ${(0,quote/* quoted */.TL)(expected)}, found ${found === undefined ? 'none' : (0,quote/* quoted */.TL)(found)}`);
        }
    }
}
function verify_verifyWith(key, algorithm, data, signature) {
    try {
        return (0,external_node_crypto_.verify)(key.asymmetricKeyType === 'ed25519' ? null : algorithm, data, key, signature);
    }
    catch {
        return false;
    }
}
function keyName(key) {
    return `${key.asymmetricKeyType ?? ''} key`.trim();
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/index.js









;// CONCATENATED MODULE: ./lib/sigstore/sign/self-check.js



function policyFor(expected) {
    // A local key signs offline: its bundles have no log entry, and users are told to verify them with --insecure-ignore-tlog.
    if (expected.kind === 'key')
        return { kind: 'key', publicKey: expected.publicKey, source: expected.source, transparencyLog: 'ignored' };
    return {
        kind: 'certificate',
        identity: expected.identity === undefined ? (0,verify_policy/* matching */.wC)('.+') : (0,verify_policy/* exactly */.pV)(expected.identity),
        issuer: (0,verify_policy/* exactly */.pV)(expected.issuer),
        extensions: {},
    };
}
const SERVICES_HINT = 'the services returned material that does not verify against the trusted root, or the identity is not the one expected; check the trusted root and the service URLs given (--trusted-root, --fulcio-url, ...; the inputs of the same names), re-run, and report it if it persists';
/** Every time in a bundle comes from the services, so a certificate not valid at the log's or the timestamp authority's time moments after Fulcio issued it says their clocks disagree. */
const CLOCKS_HINT = "the log's or the timestamp authority's time falls outside the certificate Fulcio issued moments before (or outside the CA's window in the trusted root): the Sigstore services' clocks disagree, or the trusted root is not the current one; check the clocks of a private deployment's Fulcio, Rekor and timestamp authority (NTP) and the trusted root given, then re-run";
/**
 * Verifies a bundle offline with trust-kit's verifier exactly as a user would (signature, chain
 * to the trusted root, log entry or signed timestamp by the instance's thresholds, then the exact
 * identity and issuer) and throws `SIGN_SELF_VERIFY_FAILED` if it does not pass.
 */
function checkBundle(bundle, artifact, expected, name) {
    try {
        verifyBundle(bundle, artifact, policyFor(expected), expected.kind === 'key' ? undefined : expected.trust);
    }
    catch (error) {
        const code = (0,errors/* isTrustKitError */.Nf)(error) ? `${error.code}: ` : '';
        throw new SignError('SIGN_SELF_VERIFY_FAILED', `the bundle made for ${name} does not verify (${code}${(0,errors/* messageOf */.bD)(error)}); it was not written`, {
            cause: error,
            hint: (0,errors/* isTrustKitError */.Nf)(error) && error.code === 'VERIFY_CERTIFICATE_EXPIRED' ? CLOCKS_HINT : SERVICES_HINT,
        });
    }
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/services.js







/** A base URL without a trailing slash (the clients append `/api/...`) and without credentials. */
function serviceBaseURL(url) {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace(/\/+$/, '');
}
/** A trust-kit error anywhere in the cause chain (an identity provider's failure wrapped by sigstore-js). */
function ownError(error) {
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
        if ((0,errors/* isTrustKitError */.Nf)(current))
            return current;
        current = current.cause;
    }
    return undefined;
}
/**
 * A service's message with every JWT-shaped run (`eyJ` header, then base64url and dots) replaced:
 * a server or proxy that quotes the request would otherwise put an identity token in the error
 * object itself, which library callers may log before the CLI's or action's redactor sees it.
 */
function withoutTokens(message) {
    return message.replace(/eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)*/g, '[redacted token]');
}
/** What a service said in a refusal, bounded and printable, from its JSON `message` (as sigstore-js reads it) or its text; never a token it echoed. */
function serviceMessage(body) {
    const text = body.subarray(0, 64 * 1024).toString('utf8');
    let said = text;
    try {
        const message = JSON.parse(text)?.message;
        if (typeof message === 'string')
            said = message;
    }
    catch {
        // Not JSON (an HTML page, plain text): what it says is quoted as it is, bounded.
    }
    // Redacted before it is cut: cut first, a token the service echoed after padding lost the end the redaction matches.
    return (0,quote/* boundedText */.LD)((0,secrets/* redact */.E$)(withoutTokens(said)), 300);
}
/** What a service's answer is checked for before a bundle is built on it, and what it was found to be. */
function badResponse(service, method, url, problem, cause) {
    return new SigningServiceError(service, method, url, 'bad-response', problem, {
        ...(cause === undefined ? {} : { cause }),
        hint: `${service} answered, but not as ${service} does: check that the URL is the service's (not a proxy, captive portal or another API) and that it is up; files already written are kept`,
    });
}
/** A failure of a service on the wire, with the hint its status calls for: one retries could not outlast, or a refusal. */
function serviceError(service, method, url, status, detail, options = {}) {
    const retriable = typeof status === 'number' ? (0,core_retry/* isTransientStatus */.Dm)(status) : status === 'timeout' || status === 'connection';
    const hint = options.hint ??
        (retriable
            ? `${service} kept failing through every retry; check its status page (or the --${service.toLowerCase()}-url you gave) and re-run: files already written are kept`
            : `${service} refused the request; the message above says why. Files already written are kept`);
    return new SigningServiceError(service, method, url, status, detail, { ...(options.cause === undefined ? {} : { cause: options.cause }), hint });
}
/**
 * Turns whatever signing threw into a coded error: a trust-kit error anywhere in the cause chain
 * (the transport's, naming the service, URL and status; an identity provider's) as it is; an
 * identity token sigstore-js could not read as SIGN_TOKEN_INVALID; anything else as an answer
 * sigstore-js could not use (a body of another shape). It never quotes request bodies (which hold
 * the identity token), and what it quotes of sigstore-js's messages has every token-shaped run removed.
 */
function serviceFailure(service, method, url, error) {
    const ours = ownError(error);
    if (ours !== undefined)
        return ours;
    const code = error.code;
    if (typeof code === 'string' && code.startsWith('IDENTITY_TOKEN_')) {
        // sigstore-js's own message quotes the token: never pass it on.
        return new SignError('SIGN_TOKEN_INVALID', `the identity token could not be read or used before reaching ${service} (${code})`, {
            hint: 'pass an OIDC token for the audience "sigstore" with a "sub" claim (GitHub Actions: `id-token: write`)',
        });
    }
    // The answer arrived but sigstore-js could not build on it: JSON of another shape than the service's.
    const inner = error.cause ?? error;
    const message = inner instanceof Error ? (0,quote/* boundedText */.LD)((0,secrets/* redact */.E$)(withoutTokens(inner.message))) : '';
    return badResponse(service, method, url, `a body of another shape than the service's${message === '' ? '' : ` (${message})`}`, error);
}
/** A {@link Witness} whose failures name the service, URL and status. */
class ReportingWitness {
    inner;
    service;
    url;
    constructor(inner, service, url) {
        this.inner = inner;
        this.service = service;
        this.url = url;
    }
    async testify(content, publicKey) {
        let material;
        try {
            material = await this.inner.testify(content, publicKey);
        }
        catch (error) {
            throw serviceFailure(this.service, 'POST', this.url, error);
        }
        // sigstore-js passes a timestamp authority's body on as the token unread: read it here, where the TSA can still be named.
        for (const timestamp of material.rfc3161Timestamps ?? []) {
            try {
                core_dist.RFC3161Timestamp.parse(Buffer.from(timestamp.signedTimestamp));
            }
            catch (error) {
                throw badResponse(this.service, 'POST', this.url, `a body that is not a DER RFC 3161 timestamp token (${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))})`, error);
            }
        }
        return material;
    }
}
/** A {@link Signer} whose failures name the service (Fulcio), URL and status. */
class ReportingSigner {
    inner;
    service;
    url;
    constructor(inner, service, url) {
        this.inner = inner;
        this.service = service;
        this.url = url;
    }
    async sign(data) {
        let signature;
        try {
            signature = await this.inner.sign(data);
        }
        catch (error) {
            throw serviceFailure(this.service, 'POST', this.url, error);
        }
        if (signature.key.$case !== 'x509Certificate')
            throw badResponse(this.service, 'POST', this.url, 'no certificate');
        try {
            new external_node_crypto_.X509Certificate(signature.key.certificate);
        }
        catch (error) {
            throw badResponse(this.service, 'POST', this.url, `a certificate that cannot be read (${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))})`, error);
        }
        return signature;
    }
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js
var v2 = __webpack_require__(13835);
;// CONCATENATED MODULE: ./lib/github/http.js





/** The HTTP failure in an error Octokit threw; undefined for anything else. */
function httpFailure(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? error : undefined;
}
/** At most this many characters of what GitHub sent are repeated: an error body is the server's to choose. */
const MAX_QUOTED = 300;
/**
 * Text a server sent, on one line and bounded, fit to quote in a log line or an error: redacted of
 * every live secret before it is cut, since a token the server echoed after padding of its choosing
 * would lose its end to the cut, and with it what the redaction matches.
 */
function http_boundedText(text) {
    return (0,quote/* boundedText */.LD)((0,logger/* printable */.g$)((0,secrets/* redact */.E$)(text)).trim(), MAX_QUOTED);
}
/** GitHub's `message` from an error answer, bounded; undefined when it sent none. */
function githubMessage(failure) {
    const message = failure.response?.data?.message;
    return typeof message !== 'string' || message.trim() === '' ? undefined : http_boundedText(message);
}
/**
 * Whether the runner's proxy refused the request for want of credentials: a 407 answer, or a
 * CONNECT tunnel refused with 407 (which Octokit reports as a connection failure). No retry helps.
 */
function proxyRefused(error) {
    return httpFailure(error)?.status === 407 || proxyWantsCredentials(error);
}
/** Whether the proxy refused to open a tunnel for want of credentials, as the error itself or its cause says (fetch-based clients; over http the proxy answers 407 itself). */
function proxyWantsCredentials(error) {
    return (0,errors/* systemErrorCode */.vq)(error) === 'PROXY_AUTH_REQUIRED' || (0,errors/* systemErrorCode */.vq)(error?.cause) === 'PROXY_AUTH_REQUIRED';
}
/** Whether the reply was refused for its size (see MAX_GITHUB_REPLY_BYTES), which Octokit reports as a connection failure. No retry helps. */
function replyTooLarge(error) {
    return systemErrorCode(error?.cause) === 'HTTP_RESPONSE_TOO_LARGE';
}
/**
 * Whether a redirect from HTTPS to plain HTTP was refused (HTTP_REDIRECT_INSECURE), which Octokit
 * reports as a connection failure: the server did answer, and no retry changes its answer.
 */
function redirectedInsecurely(error) {
    return systemErrorCode(error?.cause) === 'HTTP_REDIRECT_INSECURE';
}
/**
 * Whether a redirect was not followed, for leaving TLS or for leading nowhere (HTTP_REDIRECT_REFUSED:
 * a loop, another scheme), which Octokit reports as a connection failure: the server did answer.
 */
function redirectNotFollowed(error) {
    return redirectedInsecurely(error) || systemErrorCode(error?.cause) === 'HTTP_REDIRECT_REFUSED';
}
/** What to do about a redirect to plain HTTP: nothing trust-kit can, nor a re-run. */
const INSECURE_REDIRECT_HINT = 'the server (or a proxy in front of it: HTTPS_PROXY) redirected to plain HTTP, leaving TLS, which is never followed: check the proxy and GITHUB_API_URL, and report the redirect to the operator';
/** What to do about redirects that lead nowhere (a loop, another scheme): nothing a re-run changes. */
const REFUSED_REDIRECT_HINT = 'the server (or a proxy in front of it: HTTPS_PROXY) answered with redirects that lead nowhere trust-kit follows (a loop, or another scheme than http(s)): check the proxy and GITHUB_API_URL, and report the redirect to the operator';
/**
 * An attempt that got no answer within its timeout. The abort itself only says "The operation was
 * aborted": this names the server and the timeout, which is what a user can act on.
 */
class AttemptTimedOut extends Error {
    origin;
    timeoutMs;
    constructor(origin, timeoutMs, cause) {
        super(`no answer from ${origin} within ${timeoutMs} ms (the timeout of one attempt)`, { cause });
        this.origin = origin;
        this.timeoutMs = timeoutMs;
        this.name = 'AttemptTimedOut';
    }
}
/** Runs one attempt of a request to `origin` under its own timeout; cut off by that timeout, it fails as an {@link AttemptTimedOut}, which is retried as a dropped connection is. */
async function timedAttempt(origin, timeoutMs, attempt) {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        return await attempt(signal);
    }
    catch (error) {
        // An error of ours (a refusal read from the answer) stays what it is, whenever the timeout fell.
        throw signal.aborted && !(0,errors/* isTrustKitError */.Nf)(error) ? new AttemptTimedOut(origin, timeoutMs, error) : error;
    }
}
/** The origin (`https://host`) of a URL, for messages; the text itself, bounded, when it is no URL. */
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return http_boundedText(url);
    }
}
/** Whether a failure got no answer at all (DNS, a refused or dropped connection, a timeout), as opposed to an answer GitHub gave. */
function unanswered(error) {
    if (error instanceof AttemptTimedOut)
        return true;
    const failure = httpFailure(error);
    return failure !== undefined && failure.response === undefined && !proxyRefused(error) && !replyTooLarge(error) && !redirectNotFollowed(error);
}
/** What a failure without an answer was, bounded: the timeout that cut it off, the connection's own error (DNS, refused, a proxy's tunnel), or a reply refused for its size. */
function noAnswerDetail(error, origin) {
    if (error instanceof AttemptTimedOut)
        return error.message;
    if (replyTooLarge(error) || redirectNotFollowed(error))
        return http_boundedText(messageOf(error));
    return `no answer${origin === undefined ? '' : ` from ${origin}`} (connection failed: ${http_boundedText(messageOf(error))})`;
}
/** What to do about requests that got no answer through every retry: the way to the server failed, not GitHub's API. */
function noAnswerHint(origin) {
    return `nothing answered at ${origin}: check that GITHUB_API_URL names your GitHub's API and that the runner reaches it (its network, DNS, and proxy: HTTPS_PROXY, NO_PROXY), then re-run the job`;
}
/** A header of GitHub's answer, as text; empty when absent. */
function headerOf(failure, name) {
    return String(failure.response?.headers[name] ?? '').trim();
}
/** When GitHub's primary rate limit resets (`x-ratelimit-reset`, epoch seconds), for an answer that says none remain; undefined otherwise. */
function rateLimitReset(failure) {
    if (headerOf(failure, 'x-ratelimit-remaining') !== '0' || !/^\d{1,12}$/.test(headerOf(failure, 'x-ratelimit-reset')))
        return undefined;
    return new Date(Number(headerOf(failure, 'x-ratelimit-reset')) * 1000);
}
/**
 * Whether GitHub refused for a rate limit, as its documentation describes them: 429, or 403 with
 * `x-ratelimit-remaining: 0` (primary limit), a `Retry-After` or a message naming a rate limit
 * or an abuse detection mechanism (secondary limits). A 403 of that kind is not a missing permission.
 */
function rateLimited(failure) {
    if (failure.status === 429)
        return true;
    if (failure.status !== 403)
        return false;
    // Older GitHub Enterprise Servers word a secondary limit as an "abuse detection mechanism".
    return headerOf(failure, 'x-ratelimit-remaining') === '0' || headerOf(failure, 'retry-after') !== '' || /\brate limit\b|\babuse detection\b/i.test(githubMessage(failure) ?? '');
}
/**
 * How long a rate limit asks to wait: its `Retry-After`, else until `x-ratelimit-reset` when none
 * remain, else the minute GitHub's documentation says to wait; undefined for a 429 that says
 * nothing (retried with the usual backoff) and for anything that is not a rate limit.
 */
function rateLimitWaitMs(failure, now) {
    if (!rateLimited(failure))
        return undefined;
    const retryAfter = retryAfterMs(headerOf(failure, 'retry-after'), now);
    if (retryAfter !== undefined)
        return retryAfter;
    const reset = rateLimitReset(failure);
    if (reset !== undefined)
        return Math.max(0, reset.getTime() - now);
    return failure.status === 429 ? undefined : 60_000;
}
/**
 * Why a failure was not retried when it asked to wait (its `Retry-After`, or until a rate limit
 * resets) longer than `budgetMs`, the time its retries may take, in words for its message; empty otherwise.
 */
function waitPastBudget(failure, budgetMs, now = Date.now()) {
    return pastBudget(rateLimitWaitMs(failure, now) ?? (failure.status >= 500 ? retryAfterMs(headerOf(failure, 'retry-after'), now) : undefined), budgetMs);
}
/** What a rate-limited answer said, and until when the limit holds when GitHub said it. */
function rateLimitDetail(failure, detail) {
    const reset = rateLimitReset(failure);
    return `GitHub's rate limit: ${detail}${reset === undefined ? '' : ` (it resets at ${reset.toISOString()})`}`;
}
/**
 * The retry policy of GitHub's API: the default, with room for a rate limit's wait. GitHub's
 * secondary limit on creating content (some 80 requests a minute: a release of many assets, an
 * attestation per artifact) asks to wait a minute (`Retry-After: 60`), which the default
 * one-minute budget would refuse at once; a few minutes ride out such waits, while 5xx and
 * dropped connections stay bounded by the number of retries as before.
 */
const GITHUB_RETRY_POLICY = { ...core_retry/* DEFAULT_RETRY_POLICY */.cO, budgetMs: 3 * 60_000 };
/** What to do about a 401: GitHub did not take the token at all, so no permission would help. */
const UNAUTHORIZED_HINT = 'GitHub did not accept the token (HTTP 401: it expired, was revoked, or is not a token for this GitHub): pass a valid one (the job\'s GITHUB_TOKEN is valid only while the job runs; for the CLI, GH_TOKEN or GITHUB_TOKEN)';
/** What to do about a rate limit that outlasted the retry budget. */
const RATE_LIMIT_HINT = 'GitHub limits how many requests a token makes: re-run the job once the limit resets (publishing resumes where it stopped); the job\'s own GITHUB_TOKEN has a limit of its own, apart from a personal token\'s';
/**
 * How a GitHub API failure is retried: 5xx and rate limits (429, and GitHub's 403 rate limits) after
 * the wait they ask for, and connection failures, which Octokit reports as status 500 without a
 * response; anything else, a proxy that wants credentials and a reply refused for its size
 * included, is final. A wait past the retry budget ends the retries at once.
 */
function githubRetryVerdict(error, now = Date.now()) {
    if (proxyRefused(error) || replyTooLarge(error) || redirectNotFollowed(error))
        return 'permanent';
    if (error instanceof AttemptTimedOut)
        return 'transient';
    const failure = httpFailure(error);
    if (failure === undefined)
        return 'permanent';
    const limit = rateLimitWaitMs(failure, now);
    if (limit !== undefined)
        return { retryAfterMs: limit };
    if (!(failure.status >= 500 || failure.status === 429))
        return 'permanent';
    const wait = retryAfterMs(headerOf(failure, 'retry-after'), now);
    return wait === undefined ? 'transient' : { retryAfterMs: wait };
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/transport.js














/**
 * The most bytes one answer of Fulcio, Rekor or a timestamp authority may hold: real ones are a
 * few KiB (a certificate chain, a log entry with its proof, a timestamp token, an error message).
 */
const MAX_SERVICE_REPLY_BYTES = 1024 * 1024;
/** How much of an error answer is read: enough for any message worth quoting; the rest is never waited for. */
const MAX_ERROR_BYTES = 64 * 1024;
/** A success answer longer than {@link MAX_SERVICE_REPLY_BYTES}, refused as it arrives. */
class ReplyTooLarge extends Error {
}
/** The body of an answer: a success's whole (refused past the cap), an error's first {@link MAX_ERROR_BYTES}. */
async function readReply(response, ok) {
    const body = response.body;
    if (body === null)
        return Buffer.alloc(0);
    if (ok)
        return (0,capped_body/* readCapped */.E)({ chunks: body, declaredLength: response.headers.get('content-length'), close: () => body.cancel() }, MAX_SERVICE_REPLY_BYTES, () => new ReplyTooLarge());
    const chunks = [];
    let bytes = 0;
    // Leaving the loop cancels the stream, which closes the connection.
    for await (const chunk of body) {
        chunks.push(chunk);
        bytes += chunk.length;
        if (bytes >= MAX_ERROR_BYTES)
            break;
    }
    return Buffer.concat(chunks, bytes).subarray(0, MAX_ERROR_BYTES);
}
/**
 * The time each signature gives all its requests to Fulcio, Rekor and the TSA together, retries and
 * their waits included (cosign's --timeout, which bounds its one signature): each request alone is
 * bounded by the retry policy (about 80 s), but a signature makes several. A period starts with its
 * signature's first request, so what comes before (hashing, reading files) is not counted, and a
 * command making many signatures (a release's bundle per artifact) is not cut off for being long,
 * only for being stuck. Signatures made at once (an attestation's subjects) each have their own
 * period: it follows the signature's calls (AsyncLocalStorage) down through sigstore-js's signer
 * and witnesses, which take no context of their own.
 */
class SigningDeadline {
    ms;
    #periods = new external_node_async_hooks_.AsyncLocalStorage();
    constructor(ms) {
        this.ms = ms;
    }
    /** Makes one signature: its requests share one period, started by the first of them. */
    signature(sign) {
        return this.#periods.run({ signal: undefined }, sign);
    }
    /** The signal that aborts when the current signature's time is up (a request outside any signature has a period of its own). */
    signal() {
        const period = this.#periods.getStore();
        if (period === undefined)
            return AbortSignal.timeout(this.ms);
        period.signal ??= AbortSignal.timeout(this.ms);
        return period.signal;
    }
}
/** An answer whose status is a failure; retried when the status says it may pass. */
class StatusFailure extends Error {
    reply;
    retryAfterMs;
    constructor(reply, retryAfterMs) {
        super(`HTTP ${reply.status}`);
        this.reply = reply;
        this.retryAfterMs = retryAfterMs;
    }
    get transient() {
        return (0,core_retry/* isTransientStatus */.Dm)(this.reply.status);
    }
}
function transport_classify(error) {
    if (error instanceof StatusFailure) {
        if (!error.transient)
            return 'permanent';
        return error.retryAfterMs === undefined ? 'transient' : { retryAfterMs: error.retryAfterMs };
    }
    // A proxy that did not open a tunnel may next time; one that wants credentials will not.
    if (error instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
        return error.code === 'PROXY_AUTH_REQUIRED' ? 'permanent' : 'transient';
    // A refusal read from the answer, an answer too big: no retry changes them.
    if ((0,errors/* isTrustKitError */.Nf)(error) || error instanceof ReplyTooLarge)
        return 'permanent';
    // No answer, a reset (before or in the middle of the body), a timeout: the next attempt may get through.
    return 'transient';
}
const REDIRECT_HINT = 'a signing service is never followed to another address (the identity token, or what is logged, would go there): give the service\'s own URL, as its redirect names it';
/**
 * Sends the requests of one signing service: every attempt bounded by the policy's timeout (the
 * answer read whole included, so a trickle is cut off), answers capped at
 * {@link MAX_SERVICE_REPLY_BYTES}, redirects never followed (a Fulcio request carries the identity
 * token in its body, which a 307 would carry to wherever it points), and 408, 429 (after its
 * Retry-After, when that fits the budget), 5xx, dropped connections and timeouts retried within the
 * policy. Failures are {@link SigningServiceError}s naming the service, the method and the URL.
 */
class ServiceClient {
    service;
    options;
    fetch;
    constructor(service, options) {
        this.service = service;
        this.options = options;
        this.fetch = (0,proxied_fetch/* proxiedFetch */.iR)(options.proxy ?? core_proxy/* NO_PROXY_SETTINGS */.JB, 0);
    }
    /** One request (a JSON body, or bytes of `contentType`, if any), retried as the policy says; resolves to a 2xx answer, or one of `accepted`. */
    async send(method, url, { body, accepted = [], accept = 'application/json', contentType = 'application/json' } = {}) {
        const policy = this.options.retry;
        const origin = new URL(url).origin;
        const headers = { accept, 'user-agent': `trust-kit/${version/* VERSION */.x}` };
        if (body !== undefined)
            headers['content-type'] = contentType;
        const deadline = this.options.deadline?.signal();
        try {
            if (deadline?.aborted === true)
                throw deadline.reason;
            return await (0,core_retry/* withRetry */.bD)(policy, () => timedAttempt(origin, policy.timeoutMs, async (attempt) => {
                // The answer read whole included: the signature's deadline cuts a request as its own timeout does.
                const signal = deadline === undefined ? attempt : AbortSignal.any([attempt, deadline]);
                const response = await this.fetch(url, { method, headers, body, signal, redirect: 'manual' });
                const ok = (response.status >= 200 && response.status < 300) || accepted.includes(response.status);
                const reply = { status: response.status, location: response.headers.get('location') ?? undefined, body: await readReply(response, ok) };
                if (ok)
                    return reply;
                throw new StatusFailure(reply, (0,core_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')));
            }), (error) => (deadline?.aborted === true ? 'permanent' : transport_classify(error)), 
            // A wait before a retry ends with the deadline too.
            (ms) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, deadline === undefined ? {} : { signal: deadline }));
        }
        catch (error) {
            if (deadline?.aborted === true)
                throw this.timedOut(method, url, error);
            throw this.failure(method, url, error);
        }
    }
    /** The answer's JSON; an answer that is not JSON is a bad response naming the service. */
    json(method, url, reply) {
        try {
            return JSON.parse(reply.body.toString('utf8'));
        }
        catch (error) {
            throw badResponse(this.service, method, url, 'a body that is not JSON (an HTML page or truncated JSON?)', error);
        }
    }
    /** SIGN_TIMEOUT: the signature's deadline fell while this request was pending (sent, or waiting to be retried). */
    timedOut(method, url, error) {
        const seconds = Number(((this.options.deadline?.ms ?? 0) / 1000).toFixed(1));
        return new SignError('SIGN_TIMEOUT', `a signature did not finish within ${seconds} s: ${this.service} (${method} ${url}) was still pending`, {
            cause: error,
            hint: `the signing services are slow or unreachable: check https://status.sigstore.dev (or your instance's), then run again; give more time with --timeout (the timeout input), ${seconds} s now`,
        });
    }
    failure(method, url, error) {
        // The proxy's own words name it and the host it was asked for; the service and URL go around them.
        if (error instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
            return serviceError(this.service, method, url, 'connection', error.message, { cause: error, hint: error.hint });
        if ((0,errors/* isTrustKitError */.Nf)(error))
            return error;
        if (error instanceof ReplyTooLarge)
            return badResponse(this.service, method, url, `a body longer than the ${MAX_SERVICE_REPLY_BYTES} bytes an answer of ${this.service} takes`, error);
        if (error instanceof StatusFailure) {
            const { status, location } = error.reply;
            if (status >= 300 && status < 400) {
                const to = location === undefined ? 'nowhere' : redirectOrigin(location, url);
                return serviceError(this.service, method, url, status, `a redirect to ${to}, not followed`, { cause: error, hint: REDIRECT_HINT });
            }
            const said = serviceMessage(error.reply.body);
            const budget = this.options.retry.budgetMs;
            const waited = error.transient && error.retryAfterMs !== undefined && error.retryAfterMs > budget ? `asked to retry after ${Math.ceil(error.retryAfterMs / 1000)} s, past the ${Math.round(budget / 1000)} s the retries may take` : '';
            // A 407 is the runner's proxy (reached in absolute form for http:// services), not the service.
            // Asked to wait past the budget, it was not retried: the hint says so, not that it kept failing through every retry.
            const hint = status === 407 ? proxy_tunnel/* PROXY_AUTH_HINT */.ME : waited !== '' ? `${this.service} asked to wait longer than the retries may take (--timeout bounds them); re-run later: files already written are kept` : undefined;
            return serviceError(this.service, method, url, status, [said, waited].filter((part) => part !== '').join('; '), { cause: error, ...(hint === undefined ? {} : { hint }) });
        }
        if (error instanceof AttemptTimedOut)
            return serviceError(this.service, method, url, 'timeout', `no whole answer within ${error.timeoutMs} ms, the timeout of one attempt`, { cause: error });
        const code = (0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* systemErrorCode */.vq)(error?.cause);
        return serviceError(this.service, method, url, 'connection', code !== undefined && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : '', { cause: error });
    }
}
/** Where a redirect points, by origin only: its path or query may carry anything. */
function redirectOrigin(location, base) {
    try {
        return new URL(location, base).origin;
    }
    catch {
        return 'an address that is no URL';
    }
}
/** The sigstore-js client objects whose requests a {@link ServiceClient} takes over, each at its path in the owner. */
function replaceClient(owner, path, replacement) {
    let holder = owner;
    for (const key of path.slice(0, -1))
        holder = holder?.[key];
    const last = path.at(-1) ?? '';
    // Not a user's error: an upgrade of @sigstore/sign that moved its clients. The signing tests fail on it at once.
    if (typeof holder !== 'object' || holder === null || typeof holder[last] !== 'object') {
        throw new Error(`@sigstore/sign has no client at ${path.join('.')}: trust-kit's signing transport must be fitted to this version`);
    }
    holder[last] = replacement;
}
/** Fulcio's signing-certificate API, sent through `client` in place of sigstore-js's own HTTP client. */
function routeFulcio(signer, baseURL, client) {
    const url = `${baseURL}/api/v2/signingCert`;
    replaceClient(signer, ['ca', 'fulcio'], {
        createSigningCertificate: async (request) => client.json('POST', url, await client.send('POST', url, { body: JSON.stringify(request) })),
    });
}
/** The one entry a Rekor v1 answer holds, keyed by its UUID, as sigstore-js's client returns it. */
function rekorEntry(client, method, url, data) {
    const entries = typeof data === 'object' && data !== null && !Array.isArray(data) ? Object.entries(data) : [];
    const [first] = entries;
    if (entries.length !== 1 || first === undefined || typeof first[1] !== 'object' || first[1] === null) {
        throw badResponse(client.service, method, url, `a body of another shape than the service's (${entries.length} entries where one is expected)`);
    }
    return { ...first[1], uuid: first[0] };
}
/**
 * Rekor v1's entry API, sent through `client`. A 409 "entry already exists" (a re-run submitting
 * the same signature, or a POST retried after its answer was lost) takes the existing entry from
 * the UUID its Location names, as cosign and sigstore-js do: a log entry is never published twice.
 */
function routeRekorV1(witness, baseURL, client) {
    const entries = `${baseURL}/api/v1/log/entries`;
    const getEntry = async (uuid) => {
        const url = `${entries}/${uuid}`;
        return rekorEntry(client, 'GET', url, client.json('GET', url, await client.send('GET', url)));
    };
    replaceClient(witness, ['tlogV1', 'rekor'], {
        createEntry: async (proposed) => {
            const reply = await client.send('POST', entries, { body: JSON.stringify(proposed), accepted: [409] });
            if (reply.status !== 409)
                return rekorEntry(client, 'POST', entries, client.json('POST', entries, reply));
            const uuid = reply.location?.split('/').pop() ?? '';
            // Entry UUIDs are hex (64 digits, or 80 with the tree's ID): anything else in the path would reach another URL.
            if (!/^[0-9a-f]{64}(?:[0-9a-f]{16})?$/i.test(uuid))
                throw badResponse(client.service, 'POST', entries, 'a 409 "entry already exists" whose Location names no entry UUID');
            return getEntry(uuid);
        },
        getEntry,
    });
}
/** Rekor v2's entry API, sent through `client`. */
function routeRekorV2(witness, baseURL, client) {
    const url = `${baseURL}/api/v2/log/entries`;
    replaceClient(witness, ['tlogV2', 'rekor'], {
        createEntry: async (request) => {
            const data = client.json('POST', url, await client.send('POST', url, { body: JSON.stringify(v2.CreateEntryRequest.toJSON(request)) }));
            try {
                return protobuf_specs_dist.TransparencyLogEntry.fromJSON(data);
            }
            catch (error) {
                throw badResponse(client.service, 'POST', url, 'a body of another shape than the service\'s', error);
            }
        },
    });
}
/** The timestamp URL for a TSA URL: a bare origin takes the API path, a URL with a path (a signing config's) is used as is, as sigstore-js does. */
function timestampURL(baseURL) {
    return new URL(baseURL).pathname === '/' ? `${baseURL}/api/v1/timestamp` : baseURL;
}
/**
 * The DER of an RFC 3161 TimeStampReq (version 1, no nonce, no certificates asked for, as sigstore-js
 * asks) of a SHA-256 digest. Written out by hand: one fixed 54-byte shape, for which an ASN.1
 * library would be a dependency of its own.
 */
function timeStampRequest(sha256) {
    // MessageImprint: AlgorithmIdentifier { id-sha256 } without parameters (RFC 5754), then the digest.
    const imprint = Buffer.concat([Buffer.from('302f300b0609608648016503040201', 'hex'), Buffer.from([0x04, 0x20]), sha256]);
    return Buffer.concat([Buffer.from([0x30, 0x34, 0x02, 0x01, 0x01]), imprint]);
}
/**
 * An RFC 3161 timestamp authority, sent through `client`; the token's DER is checked by the caller.
 * sigstore-js asks in JSON, which only sigstore's timestamp-authority reads: the request goes as the
 * TimeStampReq every RFC 3161 service takes (`application/timestamp-query`), as cosign sends it.
 */
function routeTimestampAuthority(witness, baseURL, client) {
    const url = timestampURL(baseURL);
    replaceClient(witness, ['tsa', 'tsa'], {
        createTimestamp: async (request) => {
            const digest = typeof request.artifactHash === 'string' ? Buffer.from(request.artifactHash, 'base64') : Buffer.alloc(0);
            if (request.hashAlgorithm !== 'sha256' || digest.length !== 32)
                throw new Error(`sigstore-js asked for a timestamp of a ${String(request.hashAlgorithm)} digest of ${digest.length} bytes, where trust-kit sends SHA-256 ones`);
            // Any type: a timestamp authority answers DER whatever it calls it.
            return (await client.send('POST', url, { body: timeStampRequest(digest), contentType: 'application/timestamp-query', accept: '*/*' })).body;
        },
    });
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/signers.js




/** Signs with a local ECDSA P-256 key; bundles carry the key's hint instead of a certificate. */
class LocalKeySigner {
    key;
    constructor(key) {
        this.key = key;
    }
    async sign(data) {
        return {
            signature: (0,external_node_crypto_.sign)('sha256', data, this.key.privateKey),
            key: { $case: 'publicKey', publicKey: this.key.publicKeyPem, hint: this.key.hint },
        };
    }
}
/** The ephemeral key a keyless session signs with; it never leaves the process. */
class EphemeralKeyHolder {
    privateKey;
    publicKeyPem;
    constructor() {
        const pair = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
        this.privateKey = pair.privateKey;
        this.publicKeyPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    }
    async sign(data) {
        return { signature: (0,external_node_crypto_.sign)('sha256', data, this.privateKey), key: { $case: 'publicKey', publicKey: this.publicKeyPem } };
    }
}
/**
 * Fulcio-backed signing for a whole release: one identity token and one certificate serve every
 * signature the session makes (checksums, statements), so the services see one request each
 * whatever the artifact count. A new certificate is requested only when the current one is about
 * to expire.
 */
class KeylessSigner {
    /** Renew a certificate this long before its notAfter, so a signature never lands outside it. */
    static RENEW_MARGIN_MS = 60_000;
    keyHolder = new EphemeralKeyHolder();
    fulcio;
    certificate;
    /** The certificate request in flight, shared by concurrent signatures. */
    issuing;
    constructor(options) {
        const url = `${options.fulcioURL}/api/v2/signingCert`;
        const inner = new sign_dist/* FulcioSigner */.$o({
            identityProvider: options.identity,
            fulcioBaseURL: options.fulcioURL,
            keyHolder: this.keyHolder,
        });
        routeFulcio(inner, options.fulcioURL, options.client);
        this.fulcio = new ReportingSigner(inner, 'Fulcio', url);
    }
    async sign(data) {
        if (!this.hasValidCertificate()) {
            if (this.issuing === undefined) {
                // The first signature comes back with the certificate; signatures made meanwhile wait for it.
                this.issuing = this.fulcio
                    .sign(data)
                    .then((signature) => this.remember(signature))
                    .finally(() => {
                    this.issuing = undefined;
                });
                return this.issuing;
            }
            await this.issuing;
        }
        const pem = this.certificate?.pem ?? '';
        const signature = await this.keyHolder.sign(data);
        return { signature: signature.signature, key: { $case: 'x509Certificate', certificate: pem } };
    }
    /** The identity (SAN) of the certificate signatures are made with; undefined before the first one. */
    certificateIdentity() {
        return this.certificate?.identity;
    }
    hasValidCertificate() {
        // Wall time, not the injected Clock: certificate validity is about the real world, and a
        // SOURCE_DATE_EPOCH clock frozen in the past would keep an expired certificate forever.
        return this.certificate !== undefined && this.certificate.notAfter - KeylessSigner.RENEW_MARGIN_MS > Date.now();
    }
    remember(signature) {
        if (signature.key.$case !== 'x509Certificate')
            throw new Error('Fulcio answered without a certificate');
        const pem = signature.key.certificate;
        const certificate = new external_node_crypto_.X509Certificate(pem);
        this.certificate = { pem, notAfter: Date.parse(certificate.validTo), identity: subjectAlternativeName(certificate) };
        return signature;
    }
}
/** The first URI or email SAN of a certificate: the identity Fulcio certified. */
function subjectAlternativeName(certificate) {
    // Node lists SANs as `URI:value, email:value`, quoting a value (JSON) when it holds a comma or quote.
    const first = /^(?:URI|email):("(?:[^"\\]|\\.)*"|[^,]*)/.exec(certificate.subjectAltName ?? '')?.[1];
    if (first === undefined || first === '')
        return undefined;
    return first.startsWith('"') ? JSON.parse(first) : first;
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/session.js













/** The public-good instance's services (no TSA by default, as sigstore-js and cosign do). */
const PUBLIC_GOOD_ENDPOINTS = { fulcioURL: 'https://fulcio.sigstore.dev', rekorURL: 'https://rekor.sigstore.dev' };
/**
 * GitHub's instance for a GitHub server URL: `fulcio.githubapp.com` and `timestamp.githubapp.com`
 * for github.com, `fulcio.<tenant>.ghe.com` and `timestamp.<tenant>.ghe.com` for GHE.com tenants.
 */
function githubEndpoints(serverURL = 'https://github.com') {
    const host = new URL(serverURL).host;
    const base = host === 'github.com' ? 'githubapp.com' : host;
    return { fulcioURL: `https://fulcio.${base}`, tsaURL: `https://timestamp.${base}` };
}
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
function assertStatement(statement, name) {
    const problems = [];
    if (statement._type !== IN_TOTO_STATEMENT_V1)
        problems.push(`_type is "${String(statement._type)}", expected "${IN_TOTO_STATEMENT_V1}"`);
    if (!Array.isArray(statement.subject) || statement.subject.length === 0)
        problems.push('it has no subject');
    else if (statement.subject.some((subject) => typeof subject?.name !== 'string' || Object.keys(subject.digest ?? {}).length === 0)) {
        problems.push('a subject lacks a name or a digest');
    }
    if (typeof statement.predicateType !== 'string' || statement.predicateType === '')
        problems.push('predicateType is missing');
    if (problems.length > 0) {
        throw new SignError('SIGN_STATEMENT_INVALID', `the in-toto statement for ${name} is not valid: ${problems.join('; ')}`, {
            hint: 'build statements with the attestation helpers; subjects need a name and a digest',
        });
    }
}
/** The first subject's strongest digest: a DSSE bundle verifies only for a subject of its statement. */
function subjectDigest(statement) {
    const digest = statement.subject[0]?.digest ?? {};
    for (const algorithm of ['sha512', 'sha384', 'sha256']) {
        const hex = digest[algorithm];
        if (hex !== undefined)
            return { digest: { algorithm, hex: hex.toLowerCase() } };
    }
    throw new SignError('SIGN_STATEMENT_INVALID', 'the statement\'s first subject has no sha256, sha384 or sha512 digest', {
        hint: 'give every subject a sha256 digest, as gh attestation verify and cosign expect',
    });
}
/** How long a Rekor v2 log may take to answer: it answers once a checkpoint covers the entry (rekor-tiles asks clients for 20 s). */
const REKOR_V2_TIMEOUT_MS = 20_000;
/**
 * Logs DSSE envelopes in Rekor v2 as rekor-tiles takes them: a `hashedrekord` whose digest is the
 * SHA-256 of the envelope's pre-authentication encoding (rekor-tiles 2.1+ has no `dsse` type;
 * sigstore-js 5 still sends one). Message signatures pass through unchanged.
 */
class RekorV2Witness {
    inner;
    constructor(inner) {
        this.inner = inner;
    }
    async testify(content, publicKey) {
        if (content.$case === 'messageSignature')
            return this.inner.testify(content, publicKey);
        const { payloadType, payload, signatures } = content.dsseEnvelope;
        const digest = (0,external_node_crypto_.createHash)('sha256').update(core_dist.dsse.preAuthEncoding(payloadType, payload)).digest();
        const signature = signatures[0]?.sig ?? Buffer.alloc(0);
        return this.inner.testify({ $case: 'messageSignature', messageSignature: { messageDigest: { algorithm: protobuf_specs_dist.HashAlgorithm.SHA2_256, digest }, signature } }, publicKey);
    }
}
/**
 * The Rekor witness. v1: `hashedrekord` entries for message signatures, `dsse` for statements; on
 * 409 "entry already exists" (a re-run submitting the same entry) it fetches the existing entry.
 * v2: `hashedrekord` entries for both (see {@link RekorV2Witness}).
 */
function rekorWitness(rekorURL, entryType, options, majorApiVersion = 1) {
    const base = serviceBaseURL(rekorURL);
    if (majorApiVersion === 2) {
        const retry = { ...options.retry, timeoutMs: Math.max(options.retry.timeoutMs, REKOR_V2_TIMEOUT_MS) };
        const rekor = new sign_dist/* RekorWitness */.fU({ rekorBaseURL: base, majorApiVersion: 2 });
        routeRekorV2(rekor, base, new ServiceClient('Rekor', { ...options, retry }));
        return new ReportingWitness(new RekorV2Witness(rekor), 'Rekor', `${base}/api/v2/log/entries`);
    }
    const rekor = new sign_dist/* RekorWitness */.fU({ rekorBaseURL: base, entryType });
    routeRekorV1(rekor, base, new ServiceClient('Rekor', options));
    return new ReportingWitness(rekor, 'Rekor', `${base}/api/v1/log/entries`);
}
function keylessWitnesses(endpoints, instance, options, entryType) {
    const witnesses = [];
    if (instance === 'public-good' && endpoints.rekorURL !== undefined)
        witnesses.push(rekorWitness(endpoints.rekorURL, entryType, options, endpoints.rekorApiVersion));
    if (endpoints.tsaURL !== undefined) {
        const base = serviceBaseURL(endpoints.tsaURL);
        const tsa = new sign_dist/* TSAWitness */.gs({ tsaBaseURL: base });
        routeTimestampAuthority(tsa, base, new ServiceClient('TSA', options));
        witnesses.push(new ReportingWitness(tsa, 'TSA', timestampURL(base)));
    }
    return witnesses;
}
/** Builds the signer, witnesses and self-check of a backend. */
function assemble(options) {
    const { backend } = options;
    // One deadline for every service of a signature: the signature's time, not each service's.
    const deadline = options.timeoutMs === undefined ? undefined : new SigningDeadline(options.timeoutMs);
    const services = { retry: options.retry, proxy: options.proxy, deadline };
    if (backend.instance === 'key') {
        const signer = new LocalKeySigner(backend.key);
        return {
            builders: bundleBuilders(signer, [], []),
            expected: () => ({ kind: 'key', publicKey: backend.key.publicKey, source: 'the signing key' }),
            certificateIdentity: () => undefined,
            deadline: undefined,
        };
    }
    if (backend.endpoints.rekorApiVersion === 2 && backend.endpoints.rekorURL !== undefined && backend.endpoints.tsaURL === undefined) {
        throw new SignError('SIGN_TIMESTAMP_AUTHORITY_REQUIRED', `the Rekor v2 log ${backend.endpoints.rekorURL} records no integration time, and no timestamp authority is named to date the signature`, {
            hint: 'give a timestamp authority as well (--tsa-url, input "tsa-url"; or a signing config listing one in tsaUrls)',
        });
    }
    const signer = new KeylessSigner({
        fulcioURL: serviceBaseURL(backend.endpoints.fulcioURL),
        identity: { getToken: () => backend.identity.token() },
        client: new ServiceClient('Fulcio', services),
    });
    return {
        builders: bundleBuilders(signer, keylessWitnesses(backend.endpoints, backend.instance, services, undefined), keylessWitnesses(backend.endpoints, backend.instance, services, 'dsse')),
        expected: () => ({
            kind: 'certificate',
            identity: backend.identity.expectedIdentity,
            issuer: backend.identity.issuer,
            trust: backend.trust,
        }),
        certificateIdentity: () => signer.certificateIdentity(),
        deadline,
    };
}
/**
 * Whether a Rekor v2 log refused an entry as one it holds already. The session's signatures are never
 * repeated (ECDSA signs with a fresh nonce), so only a POST retried after its answer was lost meets
 * this; rekor-tiles, unlike Rekor v1, cannot give the entry back by its content.
 */
function lostRekorV2Entry(error) {
    return error instanceof SigningServiceError && error.service === 'Rekor' && error.status === 409 && error.url.endsWith('/api/v2/log/entries');
}
/**
 * Builds a bundle; when Rekor v2 already holds its entry from an attempt whose answer was lost, signs
 * once more, which makes a new entry (the first stays in the log, unused, as when a job fails after
 * logging). One more time only: the retries inside were the transport's.
 */
async function buildOnce(create) {
    try {
        return await create();
    }
    catch (error) {
        if (!lostRekorV2Entry(error))
            throw error;
        return create();
    }
}
/** Starts a signing session over a backend (nothing is requested until the first signature). */
function createSigningSession(options) {
    const { builders, expected, certificateIdentity, deadline } = assemble(options);
    // Each signature, the Rekor v2 re-sign included, within its own deadline.
    const signature = (create) => (deadline === undefined ? buildOnce(create) : deadline.signature(() => buildOnce(create)));
    const finish = (bundle, artifact, name) => {
        const serialized = serializeBundle(bundle);
        checkBundle(serialized, artifact, expected(), name);
        return { bundle: serialized, text: `${JSON.stringify(serialized)}\n` };
    };
    const session = {
        instance: options.backend.instance,
        certificateIdentity,
        async signBlob(data, name) {
            return finish(await signature(() => builders.blob.create({ data })), { bytes: data }, name);
        },
        async signStatement(statement, name) {
            assertStatement(statement, name);
            const artifact = subjectDigest(statement);
            const data = Buffer.from(JSON.stringify(statement), 'utf8');
            return finish(await signature(() => builders.statement.create({ data, type: IN_TOTO_PAYLOAD_TYPE })), artifact, name);
        },
        async signFile(path, bundlePath = defaultBundlePath(path)) {
            let data;
            try {
                data = await (0,core_files/* readRegularFile */.XF)(path, { maxBytes: core_files/* INPUT_LIMITS */.Ef.artifactWhole, what: 'artifact', unchanged: true });
            }
            catch (error) {
                if ((0,errors/* isTrustKitError */.Nf)(error))
                    throw error;
                const { why, hint } = (0,errors/* readFailure */.f1)(error, 'the file');
                throw new SignError('SIGN_INPUT_UNREADABLE', `cannot read ${path}: ${why}`, { cause: error, hint });
            }
            const signed = await session.signBlob(data, path);
            await (0,core_files/* writeFileAtomic */.qD)(bundlePath, signed.text);
            return bundlePath;
        },
    };
    return session;
}

;// CONCATENATED MODULE: ./lib/github/oidc.js







/** A failure to obtain an OIDC identity token. */
class OidcError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'OidcError';
    }
}
/** How long before its `exp` a token is renewed: Fulcio must get it still valid, after the request's own delays. */
const RENEW_BEFORE_EXPIRY_MS = 60_000;
/**
 * `token` when it is valid for at least another minute at `now` (or cannot be renewed: a
 * SIGSTORE_ID_TOKEN, a token without `exp`); otherwise a new one from the runner, the old one
 * destroyed. The new one carries the same renewal.
 */
async function unexpiredToken(token, now) {
    const exp = token.claims.exp;
    if (token.renewal === undefined || typeof exp !== 'number' || exp * 1000 - RENEW_BEFORE_EXPIRY_MS > now)
        return token;
    const renewed = await token.renewal.renew();
    token.secret.destroy();
    return { ...renewed, renewal: token.renewal };
}
/** The audience Fulcio accepts. */
const SIGSTORE_AUDIENCE = 'sigstore';
/** Values of `on-missing-token`. */
const MISSING_TOKEN_POLICIES = (/* unused pure expression or super */ null && (['fail', 'warn', 'skip']));
/**
 * Where a token would come from in this environment, without taking it, and without reading a
 * token as a string (`env.SIGSTORE_ID_TOKEN !== ''` would leave one in the heap the intake avoids).
 */
function tokenSource(env) {
    if ((0,secrets/* hasEnvironmentValue */.zP)('SIGSTORE_ID_TOKEN', env))
        return 'SIGSTORE_ID_TOKEN';
    if (hasRunnerEndpoint(env))
        return 'actions';
    return undefined;
}
/** Whether the runner gave this job a token endpoint (and the request token for it). */
function hasRunnerEndpoint(env) {
    return (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '') !== '' && (0,secrets/* hasEnvironmentValue */.zP)('ACTIONS_ID_TOKEN_REQUEST_TOKEN', env);
}
const JWT_BYTE = /^[A-Za-z0-9_\-.]$/;
/** Whether a byte may appear in a base64url part of a JWT. */
function isBase64UrlByte(byte) {
    return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x5f;
}
/** The dot-separated parts of a JWT as views into its bytes, never as strings: the whole token is the bearer secret. */
function jwtParts(jwt) {
    const parts = [];
    let start = 0;
    for (let dot = jwt.indexOf(0x2e); dot !== -1 && parts.length < 3; dot = jwt.indexOf(0x2e, start)) {
        parts.push(jwt.subarray(start, dot));
        start = dot + 1;
    }
    parts.push(jwt.subarray(start));
    return parts;
}
/** What to do when the runner's token endpoint answers with no token, or one Fulcio could not use. */
const RUNNER_ANSWER_HINT = "the runner's token endpoint answered something unexpected: leave ACTIONS_ID_TOKEN_REQUEST_URL to the runner, and re-run the job";
/**
 * The claims of a token, refusing one Fulcio could not use. A SIGSTORE_ID_TOKEN the user gave is
 * OIDC_TOKEN_INVALID, to fix; the runner's is its endpoint failing, OIDC_SERVICE_FAILED, to re-run.
 */
function decodeClaims(jwt, source) {
    const parts = jwtParts(jwt);
    const invalid = (detail) => source === 'the runner'
        ? new OidcError('OIDC_SERVICE_FAILED', `the identity token from the runner is not a usable JWT: ${detail}`, { hint: RUNNER_ANSWER_HINT })
        : new OidcError('OIDC_TOKEN_INVALID', `the identity token from ${source} is not a usable JWT: ${detail}`, {
            hint: 'pass an OIDC identity token (three base64url parts separated by dots) issued for the audience "sigstore"',
        });
    if (parts.length !== 3 || parts.some((part) => part.length === 0 || !part.every(isBase64UrlByte)))
        throw invalid('it does not have three base64url parts');
    let claims;
    try {
        // The payload alone is decoded as text: its claims are public (they end up in the certificate).
        claims = JSON.parse(Buffer.from(parts[1].toString('latin1'), 'base64url').toString('utf8'));
    }
    catch {
        throw invalid('its payload is not JSON');
    }
    if (typeof claims !== 'object' || claims === null || typeof claims.iss !== 'string')
        throw invalid('it has no "iss" claim');
    const { sub, email, email_verified: emailVerified, exp } = claims;
    // Fulcio proves possession of the key by signing `sub` (or a verified email, for an email issuer): without either it cannot issue.
    // An unverified email beside a `sub` (a CI provider's token) leaves the `sub` to sign.
    const hasSubject = typeof sub === 'string' && sub !== '';
    if (!hasSubject && !(typeof email === 'string' && emailVerified === true))
        throw invalid(typeof email === 'string' ? 'its "email" is not verified and it has no "sub" claim' : 'it has neither a "sub" claim nor a verified "email"');
    if (typeof exp === 'number' && exp * 1000 <= Date.now())
        throw invalid(`it expired at ${new Date(exp * 1000).toISOString()}`);
    return claims;
}
/**
 * Finds the token in the runner's `{"count":1,"value":"<jwt>"}` reply without turning it into a
 * string: a JWT is base64url and dots, so the JSON string holds no escapes to decode.
 */
function tokenRange(body) {
    const key = body.indexOf('"value"');
    if (key === -1)
        return undefined;
    let at = key + 7;
    while (at < body.length && (body[at] === 0x20 || body[at] === 0x0a || body[at] === 0x0d || body[at] === 0x09))
        at += 1;
    if (body[at] !== 0x3a)
        return undefined;
    at += 1;
    while (at < body.length && (body[at] === 0x20 || body[at] === 0x0a || body[at] === 0x0d || body[at] === 0x09))
        at += 1;
    if (body[at] !== 0x22)
        return undefined;
    const start = at + 1;
    let end = start;
    while (end < body.length && JWT_BYTE.test(String.fromCharCode(body[end] ?? 0)))
        end += 1;
    return body[end] === 0x22 && end > start ? [start, end] : undefined;
}
class TransientStatus extends Error {
    status;
    retryAfterMs;
    constructor(status, 
    /** How long the server asked to wait (`Retry-After`), if it said. */
    retryAfterMs) {
        super(`HTTP ${status}`);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
function endpointPath(url) {
    return `${url.origin}${url.pathname}`;
}
/**
 * The token endpoint's URL for an audience: the runner's URL keeps its query (`api-version`) and
 * gets exactly one `audience`. A URL that is not one is refused without quoting it: its query may
 * carry credentials, and fetch would echo a URL with a user name in its error.
 */
function tokenRequestURL(value, audience) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
        throw new OidcError('OIDC_SERVICE_FAILED', 'ACTIONS_ID_TOKEN_REQUEST_URL is not an http(s) URL without credentials', {
            hint: 'leave ACTIONS_ID_TOKEN_REQUEST_URL to the runner (it sets it for jobs with `id-token: write`), or pass the token as SIGSTORE_ID_TOKEN',
        });
    }
    // The runner's request token goes in the Authorization header: over plain HTTP only to this machine (a test double).
    if ((0,core_proxy/* inTheClearOffMachine */.Eb)(url)) {
        throw new OidcError('OIDC_SERVICE_FAILED', `ACTIONS_ID_TOKEN_REQUEST_URL is ${url.origin}, plain HTTP to another machine: the request token would travel in the clear`, {
            hint: 'leave ACTIONS_ID_TOKEN_REQUEST_URL to the runner, which gives an https:// URL; plain HTTP is taken only on this machine\'s loopback, for a test server',
        });
    }
    url.searchParams.set('audience', audience);
    return url;
}
/** Requests one token per audience asked for (a release asks for one) with one intake of the runner's request token (which intake takes out of the environment). */
async function requestFromRunner(options, audiences) {
    const env = options.env;
    const requestToken = secrets/* SecretBuffer */.pP.fromEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', env);
    let urls;
    try {
        urls = audiences.map((audience) => tokenRequestURL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '', audience));
        // fetch quotes a header value it refuses in its error, token included: check it here, quoting nothing.
        if (requestToken.use((bytes) => bytes.some((byte) => byte < 0x21 || byte > 0x7e))) {
            throw new OidcError('OIDC_SERVICE_FAILED', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN holds spaces, line breaks or other bytes an HTTP header cannot carry', {
                hint: 'leave ACTIONS_ID_TOKEN_REQUEST_TOKEN to the runner; if you set it yourself, strip the trailing newline',
            });
        }
    }
    catch (error) {
        requestToken.destroy();
        throw error;
    }
    const client = options.fetch ?? (0,proxied_fetch/* proxiedFetch */.iR)((0,core_proxy/* proxySettingsFrom */.Yw)(env));
    const tokens = [];
    try {
        for (const url of urls)
            tokens.push(await fetchRunnerToken(url, requestToken, client, options.retry));
    }
    catch (error) {
        for (const token of tokens)
            token.secret.destroy();
        requestToken.destroy();
        throw error;
    }
    if (options.renewable !== true) {
        requestToken.destroy();
        return tokens;
    }
    const forget = () => requestToken.destroy();
    return tokens.map((token, index) => ({ ...token, renewal: { renew: () => fetchRunnerToken(urls[index], requestToken, client, options.retry), forget } }));
}
/** A token reply is a JWT of a few claims in a small JSON object, a few KiB: a longer one is refused. */
const MAX_TOKEN_REPLY_BYTES = 64 * 1024;
/**
 * The body of the token endpoint's reply, at most {@link MAX_TOKEN_REPLY_BYTES}: a Content-Length
 * above it is refused unread, a body running past it as soon as it does (the rest is never read).
 * The chunks read are wiped, and the error quotes nothing of the reply: it may hold a token.
 */
async function boundedReply(response, where) {
    const tooLong = () => new OidcError('OIDC_SERVICE_FAILED', `the reply of ${where} is longer than the ${MAX_TOKEN_REPLY_BYTES} bytes a token reply takes`, {
        hint: 'ACTIONS_ID_TOKEN_REQUEST_URL must be the runner\'s token endpoint: leave it to the runner, or check what answers at that address',
    });
    const length = response.headers.get('content-length');
    if (length !== null && Number(length) > MAX_TOKEN_REPLY_BYTES) {
        await response.body?.cancel();
        throw tooLong();
    }
    if (response.body === null)
        return Buffer.alloc(0);
    const reader = response.body.getReader();
    const chunks = [];
    let bytes = 0;
    try {
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
            chunks.push(read.value);
            bytes += read.value.length;
            if (bytes > MAX_TOKEN_REPLY_BYTES) {
                await reader.cancel();
                throw tooLong();
            }
        }
        return Buffer.concat(chunks, bytes);
    }
    finally {
        for (const chunk of chunks)
            chunk.fill(0);
    }
}
/** The token request refused by the runner's proxy: no retry helps, its credentials do. */
function proxyRefusal(where, cause) {
    return new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} was refused by the proxy: HTTP 407 Proxy Authentication Required`, { ...(cause === undefined ? {} : { cause }), hint: proxy_tunnel/* PROXY_AUTH_HINT */.ME });
}
/** Why a connection failed, by its system error code only (DNS, refused, reset): the errors' messages may quote the URL, whose query the runner chose. */
function connectionFailure(error) {
    const code = (0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* systemErrorCode */.vq)(error?.cause);
    return code !== undefined && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? `could not connect (${code})` : 'could not connect';
}
async function fetchRunnerToken(url, requestToken, client, retry) {
    const where = endpointPath(url);
    const body = await (0,core_retry/* withRetry */.bD)(retry, () => timedAttempt(url.origin, retry.timeoutMs, async (signal) => {
        const response = await requestToken.use((bearer) => client(url, {
            headers: { Accept: 'application/json', Authorization: `Bearer ${bearer.toString('latin1')}` },
            signal,
        }));
        // An error reply is not read: its connection is closed rather than drained.
        if (response.status === 408 || response.status === 429 || response.status >= 500) {
            await response.body?.cancel();
            throw new TransientStatus(response.status, (0,core_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')));
        }
        if (response.status === 407) {
            await response.body?.cancel();
            throw proxyRefusal(where);
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} failed: HTTP ${response.status}${(0,proxied_fetch/* redirectedFrom */.EN)(url, response)}`, {
                hint: response.status === 401 || response.status === 403
                    ? 'the runner refused the token request: the job needs `id-token: write` under `permissions:`, and ACTIONS_ID_TOKEN_REQUEST_TOKEN must be the one the runner set'
                    : 'the runner\'s token endpoint refused the request; re-run the job',
            });
        }
        return boundedReply(response, where);
    }), (error) => {
        // A redirect out of TLS, or one leading nowhere, is the endpoint's answer, not a failure to reach it: asking again meets it again.
        if (error instanceof OidcError || error instanceof proxied_fetch/* InsecureRedirectError */.vQ || error instanceof proxied_fetch/* RedirectRefusedError */.jw || proxyWantsCredentials(error))
            return 'permanent';
        return error instanceof TransientStatus && error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : 'transient';
    }).catch((error) => {
        if (error instanceof OidcError)
            throw error;
        if (proxyWantsCredentials(error))
            throw proxyRefusal(where, error);
        if (error instanceof proxied_fetch/* InsecureRedirectError */.vQ || error instanceof proxied_fetch/* RedirectRefusedError */.jw)
            throw new OidcError('OIDC_SERVICE_FAILED', `OIDC ${error.message}`, { cause: error, hint: error.hint });
        const waited = error instanceof TransientStatus ? (0,core_retry/* pastBudget */.uQ)(error.retryAfterMs, retry.budgetMs) : '';
        const status = error instanceof TransientStatus ? `HTTP ${error.status}${waited}` : error instanceof AttemptTimedOut ? `timed out (no answer within ${error.timeoutMs} ms)` : /timeout|abort/i.test((0,errors/* messageOf */.bD)(error)) ? 'timed out' : connectionFailure(error);
        throw new OidcError('OIDC_SERVICE_FAILED', `OIDC GET ${where} failed: ${status}`, {
            cause: error,
            hint: waited === '' ? 'the runner\'s token endpoint kept failing through every retry; re-run the job' : 'the runner\'s token endpoint asked to wait longer than the retries may take; re-run the job',
        });
    });
    const range = tokenRange(body);
    if (range === undefined) {
        body.fill(0);
        throw new OidcError('OIDC_SERVICE_FAILED', `the reply of ${where} holds no token ("value")`, { hint: RUNNER_ANSWER_HINT });
    }
    const secret = secrets/* SecretBuffer */.pP.fill(range[1] - range[0], (into) => body.copy(into, 0, range[0], range[1]));
    body.fill(0);
    try {
        const claims = secret.use((jwt) => decodeClaims(jwt, 'the runner'));
        checkAudience(claims, url.searchParams.get('audience') ?? '', where);
        return { secret, claims, source: 'the runner' };
    }
    catch (error) {
        secret.destroy();
        throw error;
    }
}
/**
 * Refuses a runner's token that is not for the audience asked for: Fulcio would only refuse it
 * later with a vaguer error, and a provenance token must be for its own audience. (A
 * SIGSTORE_ID_TOKEN is not checked: a private Fulcio may accept another audience.)
 */
function checkAudience(claims, audience, where) {
    const aud = claims.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (audiences.includes(audience))
        return;
    const said = audiences.every((entry) => typeof entry === 'string') && audiences.length > 0 ? audiences.map((entry) => `"${http_boundedText(String(entry))}"`).join(', ') : 'no audience';
    throw new OidcError('OIDC_SERVICE_FAILED', `the identity token from the runner (${where}) is for the audience ${said}, not the "${audience}" asked for`, {
        hint: 'the token endpoint answered for another audience than it was asked: leave ACTIONS_ID_TOKEN_REQUEST_URL to the runner (something else answers at that address), and re-run the job',
    });
}
/**
 * Obtains an identity token for Sigstore: `SIGSTORE_ID_TOKEN` when set, otherwise the GitHub
 * Actions runner's (audience `sigstore`, retried on 5xx, 429 and connection failures within the
 * policy's budget); undefined when neither is available. Secret variables are taken out of `env`.
 */
async function requestIdToken(options) {
    const source = tokenSource(options.env);
    if (source === undefined)
        return undefined;
    if (source === 'SIGSTORE_ID_TOKEN') {
        const secret = secrets/* SecretBuffer */.pP.fromEnv('SIGSTORE_ID_TOKEN', options.env);
        return { secret, claims: secret.use((jwt) => decodeClaims(jwt, 'SIGSTORE_ID_TOKEN')), source: 'SIGSTORE_ID_TOKEN' };
    }
    const [token] = await requestFromRunner(options, [options.audience ?? SIGSTORE_AUDIENCE]);
    return token;
}
/**
 * Requests tokens for several audiences from the GitHub Actions runner only (never
 * `SIGSTORE_ID_TOKEN`), with one intake of its request token: a release asks for one (`sigstore`
 * when it signs keyless, else `nobody` for its provenance). Undefined when the job has no token endpoint.
 */
async function requestRunnerIdTokens(options, audiences) {
    if (!hasRunnerEndpoint(options.env))
        return undefined;
    return requestFromRunner(options, audiences);
}
/**
 * Events that run with the pull request's head in a fork's context, where GitHub gives no OIDC
 * token. `pull_request_target` is not one: it runs as the base repository, with its permissions.
 */
const FORK_CONTEXT_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/** Whether the run is a pull request from a fork (a deleted fork leaves `head.repo` null). */
function forkPullRequest(env, payload) {
    if (!FORK_CONTEXT_EVENTS.has(env.GITHUB_EVENT_NAME ?? ''))
        return false;
    const pull = payload?.pull_request;
    if (pull?.head === undefined)
        return false;
    const head = pull.head.repo;
    return head === null || head?.fork === true || (head?.full_name !== undefined && head.full_name !== pull.base?.repo?.full_name);
}
/**
 * The error for a job without an identity token, saying exactly what to change: the
 * `id-token: write` permission, or (on fork pull requests) the `on-missing-token` input.
 */
function missingTokenError(env, payload) {
    if (forkPullRequest(env, payload)) {
        return new OidcError('OIDC_TOKEN_UNAVAILABLE', 'no OIDC identity token: GitHub does not give one to workflows running for pull requests from forks', {
            hint: 'set `on-missing-token: skip` (or `warn`) on this step so fork pull requests build without signing',
        });
    }
    if (env.GITHUB_ACTIONS === 'true' && (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '') !== '') {
        // The runner sets both for a job with the permission: the request token was removed since.
        return new OidcError('OIDC_TOKEN_UNAVAILABLE', 'no OIDC identity token: ACTIONS_ID_TOKEN_REQUEST_URL is set, but ACTIONS_ID_TOKEN_REQUEST_TOKEN is not (or is empty), so the token cannot be requested', {
            hint: 'the runner sets ACTIONS_ID_TOKEN_REQUEST_TOKEN beside the URL: do not unset or override it in the workflow (`env:`), and take the token once per process (trust-kit takes it out of the environment when it requests a token)',
        });
    }
    if (env.GITHUB_ACTIONS === 'true') {
        return new OidcError('OIDC_TOKEN_UNAVAILABLE', 'no OIDC identity token: ACTIONS_ID_TOKEN_REQUEST_URL is not set because the job lacks the id-token permission', {
            hint: 'add `id-token: write` under `permissions:` of the job that signs (keep `contents: read` or what it already has), e.g.\n  permissions:\n    id-token: write\n    contents: read',
        });
    }
    return new OidcError('OIDC_TOKEN_UNAVAILABLE', 'no OIDC identity token: SIGSTORE_ID_TOKEN is not set and this is not a GitHub Actions job', {
        hint: 'set SIGSTORE_ID_TOKEN to an OIDC token for the audience "sigstore", or sign with a local key (--key, see `trust-kit generate-key-pair`)',
    });
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/signing-config.js



/** The media type of the signing configurations trust-kit reads (cosign 3, sigstore-python 4 and sigstore-js read the same). */
const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
/** The major API versions trust-kit's clients speak: Fulcio v1 (its v2 signing-certificate endpoint), Rekor v1 and v2, the TSA v1. */
const SUPPORTED_API_VERSIONS = { ca: [1], tlog: [1, 2], tsa: [1] };
const MAX_SERVICES = 64;
const SELECTORS = new Set(['ALL', 'ANY', 'EXACT']);
function invalid(source, message) {
    throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${source}: ${message}`, {
        hint: `pass a signing configuration with mediaType ${SIGNING_CONFIG_MEDIA_TYPE} (the format of cosign's --signing-config and of the public-good TUF target signing_config.v0.2.json)`,
    });
}
/** A time as protobuf's JSON writes a Timestamp, RFC 3339 with its offset, read as the trusted root's are: `Date`'s own parser took `1` and `December 17, 1995`, and a time without an offset in the machine's time zone. */
function signing_config_time(value, source, where) {
    const date = typeof value === 'string' ? parseRfc3339(value) : undefined;
    if (date === undefined)
        invalid(source, `${where} is ${(0,quote/* quoted */.TL)(value ?? null)}, expected an RFC 3339 time with its offset (2025-04-01T00:00:00Z)`);
    return date;
}
/**
 * The services of one list. A service of an API version trust-kit does not speak (0, "not yet
 * released", also when left out as protobuf's JSON leaves a 0; a later major) is never selected:
 * its URL is not checked, so that a newer client's entry (a `grpc://` log) does not refuse the
 * whole configuration, as cosign 3 and sigstore-go skip it.
 */
function services(value, source, field, supported) {
    // null is absent, as protobuf's JSON mapping (cosign, sigstore-go) and trust-kit's bundle reader take it.
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        invalid(source, `${field} is not a list`);
    if (value.length > MAX_SERVICES)
        invalid(source, `${field} lists ${value.length} services; at most ${MAX_SERVICES} are read`);
    return value.map((entry, index) => {
        const where = `${field}[${index}]`;
        const { url, majorApiVersion: given, validFor, operator } = (typeof entry === 'object' && entry !== null ? entry : {});
        const majorApiVersion = given ?? 0;
        if (typeof majorApiVersion !== 'number' || !Number.isInteger(majorApiVersion) || majorApiVersion < 0)
            invalid(source, `${where}.majorApiVersion is ${(0,quote/* quoted */.TL)(given)}, expected a whole number (0 for a service not yet released)`);
        const { start, end } = (typeof validFor === 'object' && validFor !== null ? validFor : {});
        const times = { validFrom: signing_config_time(start, source, `${where}.validFor.start`), validTo: end === undefined || end === null ? undefined : signing_config_time(end, source, `${where}.validFor.end`) };
        if (!supported.includes(majorApiVersion))
            return { url: typeof url === 'string' ? url : '', majorApiVersion, ...times, operator: typeof operator === 'string' ? operator : '' };
        let parsed;
        try {
            parsed = typeof url === 'string' ? new URL(url) : undefined;
        }
        catch {
            parsed = undefined;
        }
        // The URL parser drops tabs and newlines silently; what a config spells is what is printed and used, so it may hold none.
        if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || [...url].some((char) => char <= ' ' || char === '\u007f'))
            invalid(source, `${where}.url is ${(0,quote/* quoted */.TL)(url ?? null)}, expected an http(s) URL (without blanks or control characters)`);
        if (parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== '')
            invalid(source, `${where}.url must carry no credentials, query string or fragment`);
        return { url: url, majorApiVersion, ...times, operator: typeof operator === 'string' ? operator : '' };
    });
}
/** A list's selector; one left out is refused where the list names services (the spec's SERVICE_SELECTOR_UNDEFINED, which sigstore-go refuses too). */
function selector(value, source, field, listed) {
    if (value === undefined || value === null) {
        if (listed)
            invalid(source, `${field} is missing: say how many of the services listed to use (\`{"selector": "ANY"}\` for one, ALL, or EXACT with a count)`);
        return { selector: 'ANY' };
    }
    const { selector: name, count } = (typeof value === 'object' && value !== null ? value : {});
    if (typeof name !== 'string' || !SELECTORS.has(name))
        invalid(source, `${field}.selector is ${(0,quote/* quoted */.TL)(name ?? null)}, expected ALL, ANY or EXACT`);
    if (name !== 'EXACT')
        return { selector: name };
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
        invalid(source, `${field}.count is ${(0,quote/* quoted */.TL)(count ?? null)}, expected a positive integer with selector EXACT`);
    return { selector: 'EXACT', count };
}
/** Reads a signing configuration (parsed JSON); `source` names it in errors. */
function parseSigningConfig(json, source) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        invalid(source, 'is not a JSON object');
    const document = json;
    if (document['mediaType'] !== SIGNING_CONFIG_MEDIA_TYPE)
        invalid(source, `${document['mediaType'] === undefined ? 'mediaType is missing' : `mediaType is ${(0,quote/* quoted */.TL)(document['mediaType'])}`}, expected ${SIGNING_CONFIG_MEDIA_TYPE}`);
    const rekorTlogUrls = services(document['rekorTlogUrls'], source, 'rekorTlogUrls', SUPPORTED_API_VERSIONS.tlog);
    const tsaUrls = services(document['tsaUrls'], source, 'tsaUrls', SUPPORTED_API_VERSIONS.tsa);
    return {
        source,
        caUrls: services(document['caUrls'], source, 'caUrls', SUPPORTED_API_VERSIONS.ca),
        rekorTlogUrls,
        tsaUrls,
        rekorTlogConfig: selector(document['rekorTlogConfig'], source, 'rekorTlogConfig', rekorTlogUrls.length > 0),
        tsaConfig: selector(document['tsaConfig'], source, 'tsaConfig', tsaUrls.length > 0),
    };
}
/**
 * sigstore-go's SelectServices (what cosign signs with): of the services valid at `now`, those of
 * the highest supported API version that has any, newest first, at most one per operator; then
 * the selector's share of them. ANY takes the newest rather than a random one, so that a release
 * re-run signs with the same services.
 */
function signing_config_select(list, supported, config, now, source, field) {
    const newestFirst = [...list].sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime());
    let chosen = [];
    for (const version of [...supported].sort((a, b) => b - a)) {
        const operators = new Set();
        chosen = newestFirst.filter((service) => {
            // validFor is a closed range: a service is valid at its end too (the spec; sigstore-go).
            if (service.majorApiVersion !== version || service.validFrom > now || (service.validTo !== undefined && service.validTo < now) || operators.has(service.operator))
                return false;
            operators.add(service.operator);
            return true;
        });
        if (chosen.length > 0)
            break;
    }
    if (config.selector === 'ALL')
        return chosen;
    if (config.selector === 'ANY')
        return chosen.slice(0, 1);
    if (chosen.length < config.count)
        invalid(source, `${field} selects exactly ${config.count} services, but only ${chosen.length} of API version ${supported.join(' or ')} are valid at ${now.toISOString()}`);
    return chosen.slice(0, config.count);
}
/** The Fulcio, transparency logs and timestamp authorities to sign with at `now`, as cosign and sigstore-python would choose them. */
function selectServices(config, now) {
    const [ca] = signing_config_select(config.caUrls, SUPPORTED_API_VERSIONS.ca, { selector: 'ANY' }, now, config.source, 'caUrls');
    if (ca === undefined)
        invalid(config.source, `caUrls names no certificate authority of API version ${SUPPORTED_API_VERSIONS.ca.join(', ')} valid at ${now.toISOString()}`);
    const tlogs = signing_config_select(config.rekorTlogUrls, SUPPORTED_API_VERSIONS.tlog, config.rekorTlogConfig, now, config.source, 'rekorTlogUrls');
    if (config.rekorTlogUrls.length > 0 && tlogs.length === 0)
        invalid(config.source, `rekorTlogUrls names no transparency log of API version ${SUPPORTED_API_VERSIONS.tlog.join(' or ')} valid at ${now.toISOString()}`);
    const tsas = signing_config_select(config.tsaUrls, SUPPORTED_API_VERSIONS.tsa, config.tsaConfig, now, config.source, 'tsaUrls');
    if (config.tsaUrls.length > 0 && tsas.length === 0)
        invalid(config.source, `tsaUrls names no timestamp authority of API version ${SUPPORTED_API_VERSIONS.tsa.join(', ')} valid at ${now.toISOString()}`);
    return {
        fulcioURL: ca.url,
        tlogs: tlogs.map((log) => ({ url: log.url, majorApiVersion: log.majorApiVersion })),
        // The full endpoint, posted to as it is: a prefix before /api/v1/timestamp (a TSA behind a gateway) was dropped with it.
        tsaURLs: tsas.map((tsa) => tsa.url),
    };
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/setup.js













/** The environment variables a key passphrase is read from, in order (cosign's name last, for its key files). */
const PASSPHRASE_VARIABLES = ['TRUST_KIT_KEY_PASSPHRASE', 'COSIGN_PASSWORD'];
/**
 * The key passphrase from the first of {@link PASSPHRASE_VARIABLES} set to a non-empty value,
 * taken out of the environment by the intake: checked by name only, so no JavaScript string of
 * it is made (the intake reads it from the environment block on Linux). The later variables are
 * taken out too and wiped unused: left set, every child process (git, a docker credential helper)
 * would inherit a passphrase, and /proc/<pid>/environ would show it.
 */
function takePassphrase(env, setButEmpty) {
    let taken;
    try {
        for (const variable of PASSPHRASE_VARIABLES) {
            if (!(variable in env))
                continue;
            try {
                const secret = secrets/* SecretBuffer */.pP.fromEnv(variable, env);
                if (taken === undefined) {
                    taken = { secret, variable, unused: [] };
                }
                else {
                    secret.destroy();
                    taken.unused.push(variable);
                }
            }
            catch (error) {
                // Set but empty: the next variable may hold it.
                if (!((0,errors/* isTrustKitError */.Nf)(error) && (error.code === 'SECRET_ENV_MISSING' || error.code === 'SECRET_EMPTY')))
                    throw error;
                setButEmpty?.push(variable);
            }
        }
    }
    catch (error) {
        taken?.secret.destroy();
        throw error;
    }
    return taken;
}
/**
 * Reads the key into protected memory, imports it into OpenSSL and wipes it in one call: the
 * KeyObject is what signs from then on, so the file's bytes need none of a longer-lived secret's
 * bookkeeping.
 */
async function readKey(path, env, logger, given) {
    let read = false;
    // As the user gave it (--key, input "key"), quoted as every other path in an error: one with blanks or odd characters is then told whole.
    const shown = (0,quote/* quoted */.TL)(given);
    try {
        const key = await secrets/* SecretBuffer */.pP.useFile(path, { maxBytes: core_files/* INPUT_LIMITS */.Ef.privateKey, what: 'private key', masked: false }, (pem, file) => {
            read = true;
            const empty = [];
            const passphrase = takePassphrase(env, empty);
            let loaded;
            try {
                loaded = passphrase === undefined ? loadSigningKey(pem, undefined, shown) : passphrase.secret.use((pass) => loadSigningKey(pem, pass, shown));
            }
            catch (error) {
                if (passphrase !== undefined && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG')
                    throw wrongPassphraseFrom(passphrase, shown, error);
                if (passphrase === undefined && empty.length > 0 && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_REQUIRED')
                    throw emptyPassphrase(empty, shown, error);
                throw error;
            }
            finally {
                passphrase?.secret.destroy();
            }
            // Once it is known to be a private key: a public key given by mistake is readable by all, as it should be.
            warnIfReadableByOthers(path, file.mode, logger);
            return loaded;
        });
        return key;
    }
    catch (error) {
        // Coded errors of the read (not a regular file, too large, empty) say what is wrong themselves; the file that could not be opened or read is the key's.
        if (read || ((0,errors/* isTrustKitError */.Nf)(error) && error.code !== 'SECRET_FILE_UNREADABLE'))
            throw error;
        const cause = (0,errors/* isTrustKitError */.Nf)(error) ? (error.cause ?? error) : error;
        throw new SignError('SIGN_KEY_INVALID', `cannot read the key ${shown}: ${(0,errors/* systemErrorCode */.vq)(cause) ?? (0,errors/* messageOf */.bD)(cause)}`, {
            cause: error,
            hint: 'check the --key path (input "key"); `trust-kit generate-key-pair` writes trust-kit.key and trust-kit.pub',
        });
    }
}
/** The wrong-passphrase error naming the variable the passphrase came from, and any other one set beside it. */
function wrongPassphraseFrom(taken, shown, cause) {
    const others = taken.unused.join(' and ');
    return new SignError('SIGN_KEY_PASSPHRASE_WRONG', `the passphrase in ${taken.variable} does not decrypt ${shown}`, {
        cause,
        hint: others === ''
            ? `check that the secret in ${taken.variable} belongs to this key file`
            : `${others} is set too, but ${taken.variable} comes first and is the one used: give ${taken.variable} this key's passphrase, or unset it`,
    });
}
/** The passphrase-required error when a passphrase variable is set, but empty: most often a secret that is misspelt or not given to this run. */
function emptyPassphrase(empty, shown, cause) {
    return new SignError('SIGN_KEY_PASSPHRASE_REQUIRED', `${shown} is encrypted, and ${empty.join(' and ')} ${empty.length === 1 ? 'is' : 'are'} set but empty`, {
        cause,
        hint: 'an empty value is most often a secret whose name is misspelt, or one a workflow run does not get (a pull request from a fork gets no secrets): check the secret the variable is set from',
    });
}
/** The trusted root the config names, read and parsed. */
async function readGivenTrust(trustedRoot, context) {
    let text;
    try {
        text = (await (0,core_files/* readRegularFile */.XF)((0,external_node_path_.resolve)(context.cwd, trustedRoot), { maxBytes: core_files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'trusted root', shown: trustedRoot })).toString('utf8');
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        // Given, but unreadable: the code verification gives such a file (SIGN_TRUSTED_ROOT_REQUIRED is for none given).
        throw new errors_VerifyError('SIGSTORE_INPUT_UNREADABLE', `cannot read the trusted root ${trustedRoot}: ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'check the --trusted-root path (input "trusted-root")',
        });
    }
    return loadTrustMaterial(text, trustedRoot);
}
/** The instance's own trust material, when no trusted root is given: through TUF for public-good and github.com, refused otherwise. */
async function readInstanceTrust(config, context, instance) {
    if (instance === 'public-good' && config.fulcioURL === undefined && config.rekorURL === undefined && config.signingConfig === undefined)
        return loadPublicGoodTrustMaterial({ proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(context.env), logger: context.logger, purpose: 'sign' });
    // GitHub's TUF repository vouches for github.com's instance only: custom URLs or a GitHub Enterprise Server are other deployments.
    const githubDotCom = context.github !== undefined || new URL(context.run.serverURL).host === 'github.com';
    if (instance === 'github' && config.fulcioURL === undefined && config.tsaURL === undefined && config.signingConfig === undefined && githubDotCom)
        return loadGitHubTrustMaterial({ ...context.github?.tuf, proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(context.env), logger: context.logger, purpose: 'sign' });
    const what = config.signingConfig !== undefined
        ? `the services of the signing config ${config.signingConfig}`
        : instance === 'github' ? `GitHub's instance at ${config.fulcioURL === undefined && config.tsaURL === undefined ? context.run.serverURL : 'custom URLs'}` : 'a custom Fulcio';
    throw new SignError('SIGN_TRUSTED_ROOT_REQUIRED', `signing with ${what} needs its trusted root, to verify every bundle before it is written`, {
        hint: instance === 'github'
            ? 'write it with `gh attestation trusted-root > trusted_root.jsonl` (gh is on GitHub\'s runners; it lists GitHub\'s instance) and pass `trusted-root: trusted_root.jsonl` (CLI: --trusted-root)'
            : 'pass the trusted_root.json of your Sigstore deployment with --trusted-root (input "trusted-root")',
    });
}
/** The certificate identity Fulcio issues for a token, when the claims determine it. */
function expectedIdentity(token, serverURL) {
    const { claims } = token;
    if (typeof claims.job_workflow_ref === 'string' && claims.job_workflow_ref !== '')
        return `${serverURL.replace(/\/+$/, '')}/${claims.job_workflow_ref}`;
    if (typeof claims.email === 'string' && claims.email !== '')
        return claims.email;
    return undefined;
}
/**
 * The repository (`owner/name`) a GitHub Actions token on github.com was minted for, which Fulcio
 * writes into the certificate's source repository extensions; undefined for other issuers and servers.
 */
function sourceRepository(token, serverURL) {
    const { repository, iss } = token.claims;
    if (iss !== verify_policy/* GITHUB_ACTIONS_ISSUER */.qQ || serverURL.replace(/\/+$/, '') !== 'https://github.com')
        return undefined;
    return typeof repository === 'string' && /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository) ? repository : undefined;
}
/**
 * The keyless instance for a run: the configured one, or (auto) public-good for public
 * repositories and GitHub's for private and internal ones. The token's claim is minted now, while
 * a re-run replays the event payload of the first run (the repository may have gone private
 * since): any source saying private or internal wins. When visibility is unknown inside Actions,
 * GitHub's: a private repository's name must never reach the public log by accident.
 */
function keylessInstance(config, run, insideActions, token, logger) {
    const claimed = token.claims.repository_visibility;
    const stated = [claimed === 'public' || claimed === 'private' || claimed === 'internal' ? claimed : undefined, run.visibility].filter((value) => value !== undefined);
    const visibility = stated.find((value) => value !== 'public') ?? stated[0];
    if (config.instance === 'public-good' && (visibility === 'private' || visibility === 'internal')) {
        logger.warn(`the repository is ${visibility}, and instance "public-good" records its name and workflow in the public transparency log (use instance "github" or "auto" to keep it out)`);
    }
    if (config.instance === 'public-good' || config.instance === 'github')
        return config.instance;
    if (visibility === 'public')
        return 'public-good';
    if (visibility !== undefined || insideActions)
        return 'github';
    return 'public-good';
}
function endpointsFor(config, instance, context, fromSigningConfig) {
    if (fromSigningConfig !== undefined)
        return signingConfigEndpoints(fromSigningConfig, instance);
    const defaults = instance === 'public-good' ? PUBLIC_GOOD_ENDPOINTS : (context.github?.endpoints ?? githubEndpoints(context.run.serverURL));
    return {
        fulcioURL: config.fulcioURL ?? defaults.fulcioURL,
        rekorURL: instance === 'public-good' ? (config.rekorURL ?? defaults.rekorURL) : undefined,
        ...(instance === 'public-good' && config.rekorURL !== undefined ? { rekorApiVersion: config.rekorVersion } : {}),
        tsaURL: config.tsaURL ?? defaults.tsaURL,
    };
}
/**
 * Fails with SIGN_SERVICE_INSECURE for a Fulcio reached over plain HTTP on another host than this
 * one: the certificate request carries the job's identity token, which anyone on the way could
 * then sign as the workflow with until it expires. A loopback Fulcio (a test deployment) is
 * allowed, as a loopback registry is.
 */
function refuseTokenInTheClear(fulcioURL, signingConfig) {
    const url = URL.parse(fulcioURL);
    if (url === null || !(0,core_proxy/* inTheClearOffMachine */.Eb)(url))
        return;
    throw new SignError('SIGN_SERVICE_INSECURE', `the Fulcio ${url.origin}${signingConfig === undefined ? '' : ` that ${signingConfig} names`} is reached over plain HTTP, and the certificate request would carry the identity token in the clear`, {
        hint: `use the Fulcio's https:// URL${signingConfig === undefined ? ' in --fulcio-url (input "fulcio-url")' : ` in ${signingConfig}`} (plain HTTP is taken only on this machine's loopback, for a test deployment)`,
    });
}
/**
 * The services a signing configuration selects now, by the rule cosign and sigstore-python follow:
 * the newest valid service of the highest API version trust-kit speaks, so a configuration listing
 * a Rekor v2 log next to a v1 one signs with v2. Whatever the instance, so that a configuration
 * trust-kit cannot follow is refused before the identity token is asked for.
 */
async function readSigningConfig(path, context) {
    let text;
    try {
        // A byte order mark (an editor's on Windows) is dropped, as the trusted root's is.
        text = (await (0,core_files/* readRegularFile */.XF)((0,external_node_path_.resolve)(context.cwd, path), { maxBytes: core_files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'signing config', shown: path })).toString('utf8').replace(/^\uFEFF/, '');
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `cannot read the signing config ${path}: ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`, { cause: error, hint: 'check the --signing-config path (input "signing-config")' });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${path}: not JSON: ${(0,core_json/* jsonSyntaxProblem */.F1)(text, error)}`, { cause: error, hint: 'pass a signing config (v0.2 JSON), as cosign\'s --signing-config takes' });
    }
    // JSON.parse keeps the last of two equal keys, cosign's reader (protobuf JSON) refuses them: a config read two ways would sign with other services.
    const fault = (0,core_json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${path} ${(0,core_json/* describeJsonFault */.at)(fault)}`, { hint: core_json/* JSON_FAULT_HINT */.y0 });
    const selected = selectServices(parseSigningConfig(json, path), new Date());
    if (selected.tlogs.length > 1 || selected.tsaURLs.length > 1) {
        throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${path} selects ${selected.tlogs.length} transparency logs and ${selected.tsaURLs.length} timestamp authorities; trust-kit signs with at most one of each`, {
            hint: 'use the selector ANY (or EXACT with count 1) in rekorTlogConfig and tsaConfig',
        });
    }
    const [tlog] = selected.tlogs;
    if (tlog?.majorApiVersion === 2 && selected.tsaURLs.length === 0) {
        throw new SignError('SIGN_TIMESTAMP_AUTHORITY_REQUIRED', `${path} selects the Rekor v2 log ${tlog.url}, which records no integration time, and names no timestamp authority to date the signature`, {
            hint: 'list a timestamp authority in the signing config\'s tsaUrls',
        });
    }
    return { path, fulcioURL: selected.fulcioURL, tlog, tsaURL: selected.tsaURLs[0] };
}
/** Refuses a signing configuration that names a log for GitHub's instance, which keeps a private repository's name out of logs. */
function refuseLogOnGitHub(services, instance) {
    const { path, tlog } = services;
    if (tlog === undefined || instance !== 'github')
        return;
    throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${path} names the transparency log ${tlog.url}, but the instance is GitHub's, which keeps a private repository's name out of public logs`, {
        hint: 'use instance "public-good" to log, or a signing config without rekorTlogUrls',
    });
}
/**
 * Refuses, before any certificate is asked for, a signing configuration whose bundles could not
 * verify: one that selects neither a log nor a timestamp authority (nothing would show the
 * signature was made within the certificate's ten minutes), or no log the instance writes to while
 * the trusted root lists logs (its verifiers want an entry in one). Either failed only at the
 * bundle's self-check, after Fulcio and the TSA had been used.
 */
function refuseUnverifiableServices(services, trust) {
    // GitHub's instance with a log was refused before (refuseLogOnGitHub): a log selected is one written to.
    const logs = services.tlog !== undefined;
    const hint = 'list a transparency log in the signing config\'s rekorTlogUrls (or verify with the deployment\'s own trusted root, which lists none), and a timestamp authority in tsaUrls';
    if (!logs && services.tsaURL === undefined) {
        throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${services.path} selects neither a transparency log nor a timestamp authority: nothing would show the signature was made while its certificate (valid ten minutes) was`, { hint });
    }
    const listed = trust.roots.flatMap((root) => root.tlogs.map((log) => log.baseUrl));
    if (!logs && listed.length > 0) {
        throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${services.path} selects no transparency log, but the trusted root lists ${(0,quote/* boundedList */.Y4)(listed)}: its verifiers want an entry in one, so the bundles would not verify`, { hint });
    }
}
/** The endpoints of a signing configuration's services, for the instance the token chose. */
function signingConfigEndpoints(services, instance) {
    refuseLogOnGitHub(services, instance);
    const { tlog } = services;
    return { fulcioURL: services.fulcioURL, rekorURL: tlog?.url, rekorApiVersion: tlog?.majorApiVersion, tsaURL: services.tsaURL };
}
/**
 * How logs and summaries name who signs. A Fulcio or Rekor URL replaces the instance's certificate
 * authority or log, so the signature comes from a custom deployment, not the instance; a TSA URL
 * alone only adds (or swaps) the timestamp authority.
 */
function deploymentName(config, instance) {
    if (config.signingConfig !== undefined)
        return `the Sigstore deployment of ${config.signingConfig}`;
    if (config.fulcioURL !== undefined || config.rekorURL !== undefined)
        return 'a custom Sigstore deployment';
    const name = instance === 'public-good' ? 'the public-good Sigstore instance' : 'GitHub\'s Sigstore instance';
    return config.tsaURL === undefined ? name : `${name} with a custom timestamp authority`;
}
/**
 * Warns when other users of the machine may read the key file (group or world permission bits),
 * as ssh refuses such a key: an unencrypted key is theirs to sign with, an encrypted one theirs to
 * attack offline. A warning rather than a refusal, since cosign reads such files without a word.
 */
function warnIfReadableByOthers(path, mode, logger) {
    // Windows has no POSIX permission bits: Node reports every readable file as 0666 or 0444 there.
    if (process.platform === 'win32' || (mode & 0o077) === 0)
        return;
    logger.warn(`the private key ${(0,quote/* quoted */.TL)(path)} can be read by other users of this machine (mode 0${(mode & 0o777).toString(8).padStart(3, '0')}); restrict it with \`chmod 600\` on that file`);
}
/**
 * Reads and decrypts the configured key (taking its passphrase out of the environment), so that a
 * run can learn before any work that the key or passphrase is wrong; {@link openSigningSession}
 * then signs with it (`context.key`).
 */
function readSigningKeyFile(keyPath, context) {
    return readKey(resolve(context.cwd, keyPath), context.env, context.logger, keyPath);
}
/**
 * Opens the signing session a config asks for: a local key when one is given, keyless otherwise
 * (fetching the identity token once). Without a token, `on-missing-token` decides: fail throws
 * a coded error naming the permission to add, warn and skip return no session. The signing config
 * and trusted root given are read and checked first, whether or not a token comes.
 */
async function openSigningSession(config, context) {
    if (config.key !== undefined) {
        const key = context.key ?? (await readKey((0,external_node_path_.resolve)(context.cwd, config.key), context.env, context.logger, config.key));
        return {
            session: createSigningSession({ backend: { instance: 'key', key }, retry: config.retry }),
            description: `the local key ${config.key} (hint ${key.hint})`,
            signer: { kind: 'key', hint: key.hint, source: config.key },
            trust: undefined,
            close: () => { },
        };
    }
    // What the user gave is read and checked before the token is asked for: a broken file is reported
    // whether or not a token comes, not only once one does (nor never, when on-missing-token skips).
    const fromSigningConfig = config.signingConfig === undefined ? undefined : await readSigningConfig(config.signingConfig, context);
    // The instance the token would choose is known already when it is named.
    if (fromSigningConfig !== undefined && config.instance === 'github')
        refuseLogOnGitHub(fromSigningConfig, 'github');
    const fulcioURL = fromSigningConfig?.fulcioURL ?? config.fulcioURL;
    if (fulcioURL !== undefined)
        refuseTokenInTheClear(fulcioURL, config.signingConfig);
    const givenTrust = config.trustedRoot === undefined ? undefined : await readGivenTrust(config.trustedRoot, context);
    const token = context.token ?? (await requestIdToken({ env: context.env, retry: config.retry, renewable: true }));
    if (token === undefined) {
        const error = missingTokenError(context.env, context.run.payload);
        if (config.onMissingToken === 'fail')
            throw error;
        // The reason without "nothing was signed": the summaries that show it say so themselves.
        const reason = `${error.message} (on-missing-token: ${config.onMissingToken})`;
        const line = `${error.message}; nothing was signed (on-missing-token: ${config.onMissingToken})`;
        if (config.onMissingToken === 'warn')
            context.logger.warn(line);
        else
            context.logger.info(line);
        return { session: undefined, reason };
    }
    const instance = keylessInstance(config, context.run, context.run.payload !== undefined || context.env.GITHUB_ACTIONS === 'true', token, context.logger);
    // A workflow naming a log for its public repositories signs a private one off it, on purpose: said, not done in silence.
    if (instance === 'github' && config.rekorURL !== undefined) {
        context.logger.warn(`instance "auto" chose GitHub's instance (the repository is not known to be public), which writes no transparency log: the Rekor URL ${config.rekorURL} is not used, so that a private repository's name never reaches a log; set instance "public-good" to log it`);
    }
    let endpoints;
    let trust;
    try {
        endpoints = endpointsFor(config, instance, context, fromSigningConfig);
        // A GitHub Enterprise Server's own Fulcio, found from its URL, may be plain HTTP too.
        refuseTokenInTheClear(endpoints.fulcioURL, config.signingConfig);
        trust = givenTrust ?? (await readInstanceTrust(config, context, instance));
        if (fromSigningConfig !== undefined)
            refuseUnverifiableServices(fromSigningConfig, trust);
    }
    catch (error) {
        token.secret.destroy();
        token.renewal?.forget();
        throw error;
    }
    // A certificate asked for after the runner's token expired (GitHub's live five minutes, Fulcio's ten) takes a new token.
    let current = token;
    const identity = {
        token: async () => {
            current = await unexpiredToken(current, Date.now());
            return current.secret.use((jwt) => jwt.toString('latin1'));
        },
        expectedIdentity: expectedIdentity(token, context.run.serverURL),
        issuer: token.claims.iss,
    };
    const name = deploymentName(config, instance);
    const session = createSigningSession({ backend: { instance, endpoints, identity, trust }, retry: config.retry, proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(context.env), timeoutMs: config.timeoutMs });
    return {
        session,
        get signer() {
            return {
                kind: 'certificate',
                identity: identity.expectedIdentity ?? session.certificateIdentity(),
                issuer: identity.issuer,
                repository: sourceRepository(token, context.run.serverURL),
                sourceRef: sourceRepository(token, context.run.serverURL) !== undefined && typeof token.claims.ref === 'string' && token.claims.ref.startsWith('refs/') ? token.claims.ref : undefined,
                rekorV2: endpoints.rekorURL !== undefined && endpoints.rekorApiVersion === 2,
                unlogged: endpoints.rekorURL === undefined,
            };
        },
        trust,
        claims: token.claims,
        close: () => {
            current.secret.destroy();
            current.renewal?.forget();
        },
        description: `${name} (Fulcio ${endpoints.fulcioURL}${endpoints.rekorURL === undefined ? '' : `, Rekor${endpoints.rekorApiVersion === 2 ? ' v2' : ''} ${endpoints.rekorURL}`}${endpoints.tsaURL === undefined ? '' : `, TSA ${endpoints.tsaURL}`}) as ${identity.expectedIdentity ?? token.claims.sub ?? 'the token\'s subject'}`,
    };
}

;// CONCATENATED MODULE: ./lib/sigstore/sign/index.js






/** Signs an in-toto statement as a v0.3 DSSE bundle with a session's identity (what attestations are built on). */
function signStatement(session, statement, name) {
    return session.signStatement(statement, name);
}

// EXTERNAL MODULE: ./lib/actions/io.js + 18 modules
var actions_io = __webpack_require__(2857);
// EXTERNAL MODULE: ./lib/actions/summary.js + 1 modules
var summary = __webpack_require__(68955);
;// CONCATENATED MODULE: ./lib/core/plural.js
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}

;// CONCATENATED MODULE: ./lib/actions/sign/main.js





















/** The inputs the sign action reads. */
const SIGN_INPUTS = ['subject-path', 'checksums', 'images', 'signature-format', 'recursive', 'allow-http-registry', 'instance', 'on-missing-token', 'timeout', 'key', 'fulcio-url', 'rekor-url', 'rekor-version', 'tsa-url', 'signing-config', 'trusted-root'];
/**
 * What the summary says to verify one signed file: the command, with the exact identity (never a
 * pattern) and the source repository, and, for a private deployment, whose certificates chain to no
 * root the verifier knows of itself, its trusted root as the operator gives it (see operatorTrustedRoot).
 */
function verifyLines(file, bundle, signer, trustedRoot) {
    const target = `trust-kit verify-blob ${(0,verify/* shellFileOperand */.UF)(file)} --bundle ${(0,verify/* shellFileOperand */.UF)(bundle)}`;
    // A key signs offline: no log entry, which verifying with a key requires unless told.
    if (signer.kind === 'key')
        return ['Verify:', '', ...(0,summary/* shellBlock */.OV)([`${target} --key <public key of ${signer.source}> --insecure-ignore-tlog`])];
    const identity = signer.identity === undefined ? '<certificate identity>' : (0,verify/* shellQuote */.ZL)(signer.identity);
    const root = trustedRoot === undefined ? undefined : (0,summary/* operatorTrustedRoot */.s3)(trustedRoot);
    // The repository too: identity and issuer alone also accept another repository calling the same reusable workflow.
    // The ref the run was for too: a reusable workflow's identity names its own ref, the same for every branch that calls it.
    const command = `${target} --certificate-identity ${identity} --certificate-oidc-issuer ${(0,verify/* shellQuote */.ZL)(signer.issuer)}${signer.repository === undefined ? '' : ` --repo ${(0,verify/* shellQuote */.ZL)(signer.repository)}`}${signer.sourceRef === undefined ? '' : ` --source-ref ${(0,verify/* shellQuote */.ZL)(signer.sourceRef)}`}${root === undefined ? '' : ` --trusted-root ${(0,verify/* shellQuote */.ZL)(root.file)}`}`;
    return root === undefined ? ['Verify:', '', ...(0,summary/* shellBlock */.OV)([command])] : ['Verify:', '', root.note, '', ...(0,summary/* shellBlock */.OV)([root.makeDirectory, command])];
}
/** The `instance` output: `custom` for a deployment of the inputs' own URLs (or signing config), which is neither instance. */
function signedInstance(config, instance) {
    return instance !== 'key' && (config.fulcioURL !== undefined || config.rekorURL !== undefined || config.signingConfig !== undefined) ? 'custom' : instance;
}
/**
 * The sign action: signs the checksums file and any other subjects into `<file>.sigstore.json`
 * bundles (verified before they are written) and the `images` in the same session (one
 * certificate), sets `bundle-paths` and `images`, and writes the job summary.
 */
async function run(inputs, io, cwd, env) {
    const images = readImageInputs(inputs);
    const hasFiles = inputs['subject-path'] !== undefined || inputs.checksums !== undefined;
    // Images alone are something to sign: they stand in for the files the signing inputs require.
    // The image inputs' problems are reported with the signing inputs', all at once.
    const config = withEarlierIssues([...images.issues, ...keyedSigningIssues(inputs, actionInputName)], () => sign_signConfig(hasFiles || images.references.length === 0 ? inputs : { ...inputs, 'subject-path': inputs.images }, actionInputName));
    // The checksums input is one file, whatever it holds; it comes first in config.files.
    const checksums = typeof inputs.checksums === 'string' && inputs.checksums.trim() !== '' ? [{ input: 'checksums', path: inputs.checksums.trim(), kind: 'file' }] : [];
    // One file: a glob there (no file of that name) would otherwise be said not to exist, or expanded like subject-path.
    const globbed = (await Promise.all(checksums.map(async (entry) => (collect_mayBeGlob(entry.path) && !(await (0,promises_.lstat)((0,external_node_path_.resolve)(cwd, entry.path)).then(() => true, () => false)) ? entry : undefined)))).filter((entry) => entry !== undefined);
    const globIssues = globbed.map((entry) => ({ input: actionInputName('checksums'), message: `${entry.path} is a glob, but checksums names one file: name it (e.g. the checksums action's checksums-path output), or give globs in ${actionInputName('subject-path')}` }));
    await requireNamedPaths([...signingPaths(config), ...(hasFiles ? [...checksums.filter((entry) => !globbed.includes(entry)), ...subjectPaths('subject-path', config.files.slice(checksums.length))] : [])], cwd, actionInputName, [...globIssues, ...signingTrustIssues(config, actionInputName)]);
    // The bundles a directory or glob holds (an earlier run's) are not signed again; a file named itself is, as the CLI's sign-blob signs it.
    const onlyBundles = (subject) => {
        throw new errors_ChecksumsError('CHECKSUMS_NO_MATCH', `${subject} matches only Sigstore bundles (*${core_files/* BUNDLE_SUFFIX */.Zf}), which a directory or glob never has signed`, {
            hint: `name the files to sign in ${actionInputName('subject-path')}; a bundle named itself is signed`,
        });
    };
    const files = hasFiles ? await collectArtifacts(config.files, { cwd, base: '.', skip: (entry) => !entry.directory && entry.name.endsWith(core_files/* BUNDLE_SUFFIX */.Zf), onlySkipped: onlyBundles, leftover: (file) => io.warn(leftoverNotice(file)) }) : [];
    // A bundle named itself beside its file (`dist/app.tgz` and `dist/app.tgz.sigstore.json`) would be written over, then signed in its place.
    const overwritten = await bundlesOverFiles(files.map((file) => ({ file: file.name, bundle: defaultBundlePath(file.name) })), (path) => (0,external_node_path_.resolve)(cwd, path));
    const unnameable = files.flatMap((file) => bundleNameTooLong(file.name) ?? []);
    if (overwritten.length > 0 || unnameable.length > 0) {
        throw new inputs_ConfigError([...overwritten.map((clash) => ({ input: actionInputName('subject-path'), message: bundleOverFileMessage(clash, 'a directory or glob leaves them out') })), ...unnameable.map((message) => ({ input: actionInputName('subject-path'), message }))]);
    }
    let client;
    let subjects = [];
    const written = [];
    const signedImages = [];
    let outputsSet = false;
    // The images' signatures are dated by it: a bad SOURCE_DATE_EPOCH fails the run before anything is signed, not between the files and the images.
    let imageClock = systemClock;
    try {
        if (images.references.length > 0) {
            if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '')
                imageClock = clockFromSourceDateEpoch(env.SOURCE_DATE_EPOCH);
            client = await registryClientFor({ 'allow-http-registry': images.allowHttp }, env, images.references, config.retry);
            // Every image is resolved before anything is signed: a missing image fails before a certificate is asked for.
            subjects = await resolveImages(client, images.references, { recursive: images.recursive, logger: io });
        }
        await signAll();
    }
    catch (error) {
        // Failed before the session signed anything (an image not resolved, no token): nothing signed, as documented.
        if (!outputsSet) {
            io.setOutput('signed', 'false');
            io.setOutput('bundle-paths', '');
            if (images.references.length > 0)
                io.setOutput('images', '');
        }
        // A failed run's summary says what failed and why, and which bundles and images were signed before (they are valid).
        const failure = (0,errors/* reportOf */.EI)(error);
        const lines = ['### Signatures', '', `**Failed**: ${(0,summary/* code */.aY)(failure.code)}`, '', ...(0,markdown/* markdownBlock */.dI)('text', [(0,summary/* failureText */.kY)(failure)])];
        const rows = signedRows(written, signedImages);
        lines.push(...(rows.length === 0 ? ['Nothing was signed.'] : ['Signed before the failure:', '', '| File | Bundle |', '| --- | --- |', ...rows]), '');
        await io.appendSummary(lines.join('\n'));
        throw error;
    }
    finally {
        client?.close();
    }
    async function signAll() {
        const opened = await openSigningSession(config, { cwd, env, run: await readRunContext(env), logger: io });
        if (opened.session === undefined) {
            outputsSet = true;
            io.setOutput('signed', 'false');
            io.setOutput('bundle-paths', '');
            if (subjects.length > 0)
                io.setOutput('images', '');
            // An earlier run's bundle beside a file is left as it was, and may no longer sign it: said, so no later step publishes it as this run's.
            const stale = await earlierBundles(files.map((file) => ({ file: file.name, bundle: (0,external_node_path_.relative)(cwd, defaultBundlePath(file.path)) })), (path) => (0,external_node_path_.resolve)(cwd, path));
            for (const earlier of stale)
                io.warn(earlierBundleWarning(earlier));
            await io.appendSummary(`### Signatures\n\nNothing was signed: ${(0,summary/* cell */.Hn)(opened.reason)}\n${stale.length === 0 ? '' : `\n${counted(stale.length, 'bundle')} of an earlier run ${stale.length === 1 ? 'lies' : 'lie'} beside the files, left as ${stale.length === 1 ? 'it was' : 'they were'}: ${stale.slice(0, 10).map(({ bundle }) => (0,summary/* code */.aY)(bundle)).join(', ')}${stale.length > 10 ? ', ...' : ''}\n`}`);
            return;
        }
        io.info(`signing ${counted(files.length, 'file')}${subjects.length === 0 ? '' : ` and ${counted(subjects.length, 'image')}`} with ${opened.description}`);
        try {
            for (const file of files) {
                const bundlePath = await opened.session.signFile(file.path, defaultBundlePath(file.path));
                const bundle = (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, bundlePath));
                io.info(`signed ${file.name} -> ${bundle}`);
                written.push({ file: file.name, bundle });
            }
            if (client !== undefined) {
                await signImages(client, opened.session, subjects, { format: images.format, created: imageClock.now(), logger: io, onSigned: (signed) => signedImages.push(signed) });
            }
        }
        finally {
            outputsSet = true;
            // Outputs name every bundle written, also when a later file failed: they are on disk and valid.
            (0,actions_io/* setLinesOutput */.pP)(io, 'bundle-paths', written.map((entry) => entry.bundle), env);
            if (subjects.length > 0)
                io.setOutput('images', signedImages.map((entry) => formatImageReference(entry.subject.reference)).join('\n'));
            io.setOutput('signed', written.length === files.length && signedImages.length === subjects.length ? 'true' : 'false');
            io.setOutput('instance', signedInstance(config, opened.session.instance));
        }
        // Only after success: on failure the token stays known to the redactor until the failure is
        // reported, and the exit hooks destroy it.
        opened.close();
        const rows = signedRows(written, signedImages);
        const first = written[0];
        await io.appendSummary([
            '### Signatures',
            '',
            `Signed with ${(0,summary/* cell */.Hn)(opened.description)}.`,
            '',
            '| File | Bundle |',
            '| --- | --- |',
            ...rows,
            '',
            ...(first === undefined ? [] : verifyLines(first.file, first.bundle, opened.signer, config.trustedRoot)),
        ].join('\n'));
    }
}
/**
 * The summary's table rows of the bundles written and the images signed, at most
 * {@link MAX_SUMMARY_ROWS} and a row counting the rest: GitHub drops a step summary over 1 MiB
 * whole, and 2,000 files of long names made 1.3 MB. The `bundle-paths` output names every one.
 */
function signedRows(written, signedImages) {
    const rows = [...written.map((entry) => `| ${(0,summary/* cell */.Hn)(entry.file)} | ${(0,summary/* codeCell */.MZ)(entry.bundle)} |`), ...signedImages.map((entry) => `| ${(0,summary/* cell */.Hn)(formatImageReference(entry.subject.reference))} | ${(0,summary/* cell */.Hn)([entry.referrer === undefined ? '' : `referrer ${entry.referrer.digest}`, entry.legacyTag ?? ''].filter((part) => part !== '').join(', '))} |`)];
    return (0,summary/* capped */.uo)(rows, summary/* MAX_SUMMARY_ROWS */.ok, (count) => `| and ${count} more | the \`bundle-paths\` output names every bundle |`);
}
/** The image inputs: the references, the format and the registry switches, and the problems found in them (to report with the other inputs'). */
function readImageInputs(inputs) {
    const reader = new inputs_InputReader(inputs, actionInputName);
    const format = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'], 'both');
    const recursive = reader.boolean('recursive', false);
    const allowHttp = reader.boolean('allow-http-registry', false);
    const references = [];
    for (const image of reader.list('images')) {
        try {
            references.push(parseImageReference(image));
        }
        catch (error) {
            if (!(0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            reader.report('images', error.message);
        }
    }
    if (reader.list('images').length === 0)
        imageOnlyIssues(reader, actionInputName, { format, recursive, allowHttp });
    return { references, format, recursive, allowHttp, issues: reader.collected() };
}


/***/ }),

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readCapped)
/* harmony export */ });
/* unused harmony export cappedChunks */
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */
async function* cappedChunks(body, maxBytes, tooLarge) {
    const declared = Number(body.declaredLength ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await body.close();
        throw tooLarge(declared);
    }
    let bytes = 0;
    for await (const chunk of body.chunks) {
        bytes += chunk.length;
        if (bytes > maxBytes)
            throw tooLarge(undefined);
        yield chunk;
    }
}
/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */
async function readCapped(body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
}


/***/ }),

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

/***/ 25643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ redirectedFrom),
/* harmony export */   EU: () => (/* binding */ throughProxy),
/* harmony export */   iR: () => (/* binding */ proxiedFetch),
/* harmony export */   jw: () => (/* binding */ RedirectRefusedError),
/* harmony export */   lL: () => (/* binding */ setHeaders),
/* harmony export */   vQ: () => (/* binding */ InsecureRedirectError)
/* harmony export */ });
/* unused harmony exports RESPONSE_TOO_LARGE_HINT, ResponseTooLargeError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _capped_body_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36911);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16327);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39002);









/** What to do about a {@link ResponseTooLargeError}, which no retry changes. */
const RESPONSE_TOO_LARGE_HINT = 'the server answered far more than this request takes: check the URL it was sent to (GITHUB_API_URL) and any proxy in between';
/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
class ResponseTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_RESPONSE_TOO_LARGE', message, { hint: RESPONSE_TOO_LARGE_HINT });
        this.name = 'ResponseTooLargeError';
    }
}
/** A redirect from HTTPS to plain HTTP, never followed: what comes back could be read and changed on the way. */
class InsecureRedirectError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_REDIRECT_INSECURE', message, { hint: 'the server (or a proxy in front of it) redirects to plain HTTP, leaving TLS: use the HTTPS address it should serve, and report the redirect to its operator' });
        this.name = 'InsecureRedirectError';
    }
}
/**
 * A redirect not followed for another reason than leaving TLS: more of them than a request takes (a
 * loop), one to a scheme other than http(s), or one to a request that may not be redirected. The
 * server did answer, and asking again meets the same answer: not a connection failure to retry.
 */
class RedirectRefusedError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_REDIRECT_REFUSED', message, { hint: 'the server (or a proxy in front of it) answers with redirects that lead nowhere trust-kit follows: check the URL it was sent to and the proxy (HTTPS_PROXY), and report the redirect to its operator' });
        this.name = 'RedirectRefusedError';
    }
}
/** Statuses whose response has no body, which `Response` refuses one for. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);
/** Redirect statuses followed for GET and HEAD. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As many redirects as a download takes (GitHub sends one, to its asset host), with room to spare, and no loop. */
const DEFAULT_MAX_REDIRECTS = 10;
function headersOf(message) {
    const headers = new Headers();
    for (let index = 0; index + 1 < message.rawHeaders.length; index += 2)
        headers.append(message.rawHeaders[index], message.rawHeaders[index + 1]);
    return headers;
}
function toResponse(message) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status)) {
        message.resume();
        return new Response(null, { status, headers: headersOf(message) });
    }
    return new Response(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(message), { status, headers: headersOf(message) });
}
/**
 * The response read whole, refused past `maxBytes`: a Content-Length above it before a byte is read,
 * else as soon as the bytes read pass it, closing the connection. It is read here rather than handed
 * on as a stream because Octokit turns an error while it reads a body into an empty body, silently.
 */
async function toCappedResponse(message, maxBytes, what) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status))
        return toResponse(message);
    const body = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_8__/* .readCapped */ .E)({ chunks: message, declaredLength: message.headers['content-length'], close: () => message.destroy() }, maxBytes, (declared) => new ResponseTooLargeError(`${what} answered ${declared === undefined ? 'more' : `with a Content-Length of ${declared}, more`} than the ${maxBytes} bytes its reply may hold`));
    return new Response(body, { status, headers: headersOf(message) });
}
/** A redirect's body is read this far, so its connection can serve again; one that goes on is cut. */
const MAX_DISCARDED_BYTES = 64 * 1024;
/** Drops a response nobody reads: drained up to {@link MAX_DISCARDED_BYTES} (a redirect's few bytes), then the connection is closed rather than read on without end. */
function discard(message) {
    let left = MAX_DISCARDED_BYTES;
    message.on('error', () => { });
    message.on('data', (chunk) => {
        left -= chunk.length;
        if (left < 0)
            message.destroy();
    });
}
/** The error Node's own requests fail with when their signal aborts them, with a message saying what it was waiting for. */
function abortError(signal, message) {
    return Object.assign(new Error(message, { cause: signal.reason }), { name: 'AbortError', code: 'ABORT_ERR' });
}
/**
 * Sets a request's headers on the request itself, never in the options it is made with: an agent
 * keeps those options, Authorization included, in the listeners of the keep-alive connection the
 * request opens, for as long as that connection lives (measured: a registry password, the runner's request
 * token, in the heap until the connection closes). Set here, they go with the request when it is done.
 */
function setHeaders(outgoing, headers) {
    for (const [name, value] of Object.entries(headers))
        outgoing.setHeader(name, value);
}
/**
 * The error of a request sent through `proxy`, its message naming the proxy by its origin (never its
 * credentials): the proxy may be what failed (a tunnel it closed, a connection it dropped). Its name
 * and code are kept, so it is classified as before; a tunnel's own errors name the proxy already.
 */
function throughProxy(error, proxy) {
    if (proxy === undefined || error instanceof _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .ProxyTunnelError */ .Ng)
        return error;
    return Object.assign(new Error(`${error.message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`, { cause: error }), { name: error.name, code: error.code });
}
/** One request, without following redirects: a streamed body is piped, so it is read no faster than the socket takes it. */
function send(target, init, headers, agents) {
    const request = target.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const agent = agents.agentFor(target);
    const body = init.body;
    const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    // A body known whole goes with its length; a stream with the Content-Length the caller set, or chunked.
    const sent = whole === undefined || Object.keys(headers).some((name) => name.toLowerCase() === 'content-length') ? headers : { ...headers, 'content-length': String(whole.length) };
    // A failure through a proxy names it (by origin, never credentials): the proxy may be what failed.
    const proxy = agent === undefined ? undefined : (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyFor */ .iJ)(target, agents.settings);
    const via = (message) => (proxy === undefined ? message : `${message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`);
    return new Promise((resolve, reject) => {
        const signal = init.signal ?? undefined;
        const outgoing = request(target, { method: init.method ?? 'GET', agent: agent ?? agents.directAgentFor(target), ...(signal === undefined ? {} : { signal }) }, resolve);
        setHeaders(outgoing, sent);
        outgoing.on('error', (error) => reject(throughProxy(error, proxy)));
        if (signal !== undefined) {
            // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
            const abort = () => {
                reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
            };
            signal.addEventListener('abort', abort, { once: true });
            outgoing.once('close', () => signal.removeEventListener('abort', abort));
        }
        if (body === undefined || body === null)
            outgoing.end();
        else if (whole !== undefined)
            outgoing.end(whole);
        else
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(body), outgoing).catch(reject);
    });
}
/**
 * A `fetch` for Octokit, trust-kit's other requests to GitHub and its TUF client, over node:http(s):
 * - a streamed request body is sent with backpressure (Node's own fetch reads a streamed body far
 *   ahead of the socket: a 2 GiB upload was measured holding the whole file in memory);
 * - every request, redirects included, goes through the proxy `proxy` names for its URL, with the
 *   rules of @actions/http-client (as Octokit in `@actions/github` does on a runner behind a proxy);
 * - GET and HEAD follow redirects (an asset download is sent to GitHub's asset host), without the
 *   Authorization header once the origin changes, as fetch does, at most `maxRedirects` times (a
 *   loop, or a redirect to another scheme or to no URL, is a {@link RedirectRefusedError}), and never from HTTPS
 *   to plain HTTP ({@link InsecureRedirectError});
 * - with `responseCap`, a response is read whole before it is returned and refused past its request's
 *   cap with a {@link ResponseTooLargeError}, so a hostile or broken server cannot fill the memory.
 * Given agents (rather than settings), the caller owns them and destroys them when done.
 */
function proxiedFetch(proxy = _proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .NO_PROXY_SETTINGS */ .JB, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap) {
    const agents = proxy instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .ProxyAgents */ .LT ? proxy : new _proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .ProxyAgents */ .LT(proxy);
    return async (url, init = {}) => {
        let target = new URL(url);
        let headers = init.headers ?? {};
        const method = (init.method ?? 'GET').toUpperCase();
        for (let redirects = 0;; redirects += 1) {
            const message = await send(target, init, headers, agents);
            const location = message.headers.location;
            const follow = REDIRECTS.has(message.statusCode ?? 0) && location !== undefined && (method === 'GET' || method === 'HEAD') && init.redirect !== 'manual';
            if (!follow) {
                // A reply to HEAD has no body, whatever length its Content-Length names.
                const cap = method === 'HEAD' ? undefined : responseCap?.(init, message.statusCode ?? 500);
                const response = cap === undefined ? toResponse(message) : await toCappedResponse(message, cap, `${method} ${target.origin}${target.pathname}`);
                // Where the answer came from, as fetch's own `url` says after redirects: an error then names the host that answered.
                if (redirects > 0)
                    Object.defineProperty(response, 'url', { value: target.href });
                return response;
            }
            discard(message);
            if (init.redirect === 'error')
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected, and may not be`);
            if (redirects === maxRedirects)
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected more than ${maxRedirects} times`);
            let next;
            try {
                next = new URL(location, target);
            }
            catch {
                // Not quoted: what a server puts in a Location is its own to choose.
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to an address that is no URL`);
            }
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to a ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(next.protocol, 40)} URL`);
            if (target.protocol === 'https:' && next.protocol === 'http:')
                throw new InsecureRedirectError(`${method} ${target.origin}${target.pathname} was redirected to plain HTTP (${next.origin}), which is not followed`);
            if (next.origin !== target.origin)
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
            target = next;
        }
    };
}
/** ` (redirected to <origin>)` when `response` came from another origin than `requested` (see {@link proxiedFetch}); empty otherwise. */
function redirectedFrom(requested, response) {
    if (response.url === undefined || response.url === '')
        return '';
    const answered = new URL(response.url).origin;
    return answered === new URL(requested).origin ? '' : ` (redirected to ${answered}, which answered)`;
}


/***/ }),

/***/ 39002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ PROXY_AUTH_HINT),
/* harmony export */   Ng: () => (/* binding */ ProxyTunnelError),
/* harmony export */   Pj: () => (/* binding */ proxyOrigin),
/* harmony export */   YI: () => (/* binding */ tunnelingAgent)
/* harmony export */ });
/* unused harmony export proxyAuthorization */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** A CONNECT tunnel the runner's proxy did not open; the message names the proxy by its origin, never by its credentials. */
class ProxyTunnelError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The status the proxy answered the CONNECT with, if it answered one. */
    statusCode;
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ProxyTunnelError';
        this.statusCode = options.statusCode;
    }
}
/** What to do when the proxy wants credentials. */
const PROXY_AUTH_HINT = 'the proxy in HTTPS_PROXY/HTTP_PROXY asks for credentials: give them in its URL (http://user:password@proxy:3128), or list the host in NO_PROXY if the runner reaches it directly';
const PROXY_FAILED_HINT = 'check that HTTPS_PROXY names the runner\'s proxy and that the proxy reaches the host, or list the host in NO_PROXY if the runner reaches it directly';
/** A proxy's answer to CONNECT is a status line and a few headers: Node's own limit on a response's headers. */
const MAX_CONNECT_ANSWER_BYTES = 16 * 1024;
/** The proxy as a message shows it: scheme, host and port, without credentials. */
function proxyOrigin(proxy) {
    return `${proxy.protocol}//${proxy.host}`;
}
/** The Proxy-Authorization header for the credentials in the proxy's URL (percent-decoded, as curl and Node read them). */
function proxyAuthorization(proxy) {
    if (proxy.username === '' && proxy.password === '')
        return undefined;
    return `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
}
/** A proxy's reason phrase as a message may quote it: printable ASCII, bounded (it is the proxy's to choose). */
function shownReason(reason) {
    const printable = reason.replace(/[^\x21-\x7e]+/g, ' ').trim();
    return printable.length > 100 ? `${printable.slice(0, 100)}…` : printable;
}
/** A host name without the brackets a URL puts around an IPv6 literal. */
function unbracketed(host) {
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
/**
 * A TLS connection to `target` through an HTTP CONNECT tunnel of `proxy`. Every step (reaching the
 * proxy, its answer, the TLS handshake through it) ends within `deadlineMs`, and the proxy's answer
 * is read up to {@link MAX_CONNECT_ANSWER_BYTES}: Node's own tunnel has no deadline past the CONNECT
 * and reads an answer without bound. Only the proxy sees the Proxy-Authorization header.
 */
function openTunnel(proxy, target, deadlineMs, proxyTls) {
    const net = process.getBuiltinModule('node:net');
    const tls = process.getBuiltinModule('node:tls');
    const origin = proxyOrigin(proxy);
    const endpoint = `${net.isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
    return new Promise((resolve, reject) => {
        const proxyHost = unbracketed(proxy.hostname);
        const proxyPort = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
        const raw = proxy.protocol === 'https:'
            ? tls.connect({ ...proxyTls, host: proxyHost, port: proxyPort, ...(net.isIP(proxyHost) === 0 ? { servername: proxyHost } : {}) })
            : net.connect({ host: proxyHost, port: proxyPort });
        let secured;
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            secured?.destroy();
            raw.destroy();
            reject(error);
        };
        const timer = setTimeout(() => {
            fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} did not open a tunnel to ${endpoint} within ${deadlineMs} ms`, { hint: PROXY_FAILED_HINT }));
        }, deadlineMs);
        raw.on('error', fail);
        const ended = () => fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} closed the connection before opening a tunnel to ${endpoint}`, { hint: PROXY_FAILED_HINT }));
        raw.on('end', ended);
        raw.on('close', ended);
        const chunks = [];
        let received = 0;
        const onData = (chunk) => {
            chunks.push(chunk);
            received += chunk.length;
            const answer = Buffer.concat(chunks, received);
            const end = answer.indexOf('\r\n\r\n');
            if (end === -1) {
                if (received > MAX_CONNECT_ANSWER_BYTES)
                    fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with more than ${MAX_CONNECT_ANSWER_BYTES} bytes of headers`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            raw.removeListener('data', onData);
            raw.removeListener('end', ended);
            raw.removeListener('close', ended);
            raw.pause();
            const status = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?\r\n/.exec(answer.subarray(0, end + 2).toString('latin1'));
            if (status === null) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with something that is not HTTP/1`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            const code = Number(status[1]);
            const said = `HTTP ${code}${status[2] === undefined || shownReason(status[2]) === '' ? '' : ` ${shownReason(status[2])}`}`;
            if (code === 407) {
                fail(new ProxyTunnelError('PROXY_AUTH_REQUIRED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_AUTH_HINT, statusCode: code }));
                return;
            }
            if (code < 200 || code > 299) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_FAILED_HINT, statusCode: code }));
                return;
            }
            if (answer.length > end + 4) {
                // The target speaks first after a TLS ClientHello: bytes before it are the proxy's, not the target's.
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} sent data after opening the tunnel to ${endpoint}, before the TLS handshake`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            // `host` is what the certificate is checked against (without it, an IP target would be checked as "localhost"); SNI takes names only.
            secured = tls.connect({ ...target.tls, socket: raw, host: target.host, ...(net.isIP(target.host) === 0 ? { servername: target.tls.servername ?? target.host } : {}) });
            secured.once('error', fail);
            secured.once('secureConnect', () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                secured?.removeListener('error', fail);
                raw.removeListener('error', fail);
                resolve(secured);
            });
        };
        raw.on('data', onData);
        raw.once(proxy.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
            const authorization = proxyAuthorization(proxy);
            raw.write(`CONNECT ${endpoint} HTTP/1.1\r\nHost: ${endpoint}\r\n${authorization === undefined ? '' : `Proxy-Authorization: ${authorization}\r\n`}\r\n`);
        });
    });
}
/** The TLS options of a request the https agent hands its `createConnection`, for the handshake with the target. */
function targetTls(request) {
    const options = request;
    const { ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session } = options;
    return Object.fromEntries(Object.entries({ ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session }).filter(([, value]) => value !== undefined));
}
/**
 * An https agent whose connections are CONNECT tunnels through `proxy` (see {@link openTunnel}),
 * with the agent's TLS options for the target (and its trusted CAs for an https:// proxy).
 */
function tunnelingAgent(proxy, options) {
    const { tunnelTimeoutMs, ...agentOptions } = options;
    const https = process.getBuiltinModule('node:https');
    // The proxy is always verified: skipping the target's check (a registry's --allow-insecure-registry) would send the proxy's credentials to whoever answers on the way.
    const proxyTls = agentOptions.ca === undefined ? {} : { ca: agentOptions.ca };
    const agent = new https.Agent(agentOptions);
    agent.createConnection = (request, callback) => {
        const host = unbracketed(request.host ?? request.hostname ?? 'localhost');
        const port = Number(request.port ?? 443);
        openTunnel(proxy, { host, port, tls: targetTls(request) }, tunnelTimeoutMs, proxyTls).then((socket) => callback?.(null, socket), (error) => callback?.(error, undefined));
        return undefined;
    };
    return agent;
}


/***/ }),

/***/ 16327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ urlWithoutCredentials),
/* harmony export */   Eb: () => (/* binding */ inTheClearOffMachine),
/* harmony export */   JB: () => (/* binding */ NO_PROXY_SETTINGS),
/* harmony export */   LT: () => (/* binding */ ProxyAgents),
/* harmony export */   Xb: () => (/* binding */ ProxyConfigError),
/* harmony export */   Yw: () => (/* binding */ proxySettingsFrom),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   pq: () => (/* binding */ isLoopbackHostname)
/* harmony export */ });
/* unused harmony exports bypassesProxy, checkProxySettings */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39002);


/** No proxy: every request connects directly. */
const NO_PROXY_SETTINGS = {};
/** A proxy variable that names no usable proxy. */
class ProxyConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(message, hint) {
        super('PROXY_URL_INVALID', message, { hint });
        this.name = 'ProxyConfigError';
    }
}
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}
/**
 * The proxy settings in an environment, read as @actions/http-client reads them (and so as
 * Octokit in `@actions/github` does): the lower-case variable first, an empty one as unset.
 */
function proxySettingsFrom(env) {
    const httpsProxy = nonEmpty(env.https_proxy) ?? nonEmpty(env.HTTPS_PROXY);
    const httpProxy = nonEmpty(env.http_proxy) ?? nonEmpty(env.HTTP_PROXY);
    const noProxy = nonEmpty(env.no_proxy) ?? nonEmpty(env.NO_PROXY);
    return { ...(httpsProxy === undefined ? {} : { httpsProxy }), ...(httpProxy === undefined ? {} : { httpProxy }), ...(noProxy === undefined ? {} : { noProxy }) };
}
/**
 * Loopback hosts, which @actions/http-client never sends through a proxy, whatever NO_PROXY says.
 * Its test is a prefix (`127.`), which also takes a name such as `127.attacker.example` (one a
 * redirect can name) round the proxy: here only an address in 127.0.0.0/8 is (a URL's host is
 * already in canonical form: `0x7f.1` is `127.0.0.1`, `[0:0::1]` is `[::1]`).
 */
function isLoopbackHostname(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * Whether a request to `url` would carry what it is sent with (a token, a password) in the clear to
 * another machine: plain HTTP anywhere but this machine's loopback. The one rule every sender of a
 * credential follows (Fulcio, GitHub's API, the runner's token endpoint); loopback is a test server.
 */
function inTheClearOffMachine(url) {
    return url.protocol === 'http:' && !isLoopbackHostname(url.hostname);
}
/**
 * A NO_PROXY entry naming an IPv6 address in the form a URL's host has it: in brackets and
 * canonical (`fd00:0::1`, as curl takes it, is `[fd00::1]`), a port kept; any other entry as it is.
 */
function canonicalEntry(entry) {
    const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(entry);
    const address = bracketed === null ? entry : bracketed[1];
    if (!address.includes(':'))
        return entry;
    try {
        return `${new URL(`http://[${address}]/`).hostname}${bracketed?.[2] ?? ''}`;
    }
    catch {
        return entry;
    }
}
/**
 * Whether a request to `url` bypasses the proxy: @actions/http-client's `checkBypass`. Loopback
 * hosts always; otherwise a NO_PROXY entry that is `*`, the host, `host:port` (the scheme's default
 * port when the URL has none), or a domain the host is under (`example.com` and `.example.com`
 * both cover `api.example.com`), compared without case; beyond it, an IPv6 entry written bare or
 * not canonical, as curl takes it.
 */
function bypassesProxy(url, noProxy) {
    if (url.hostname === '')
        return false;
    if (isLoopbackHostname(url.hostname))
        return true;
    if (noProxy === undefined || noProxy === '')
        return false;
    const port = url.port !== '' ? Number(url.port) : url.protocol === 'http:' ? 80 : url.protocol === 'https:' ? 443 : undefined;
    const host = url.hostname.toUpperCase();
    const hosts = port === undefined ? [host] : [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map((entry) => canonicalEntry(entry.trim()).toUpperCase())
        .filter((entry) => entry !== '')
        .some((entry) => entry === '*' || hosts.some((candidate) => candidate === entry || candidate.endsWith(`.${entry}`) || (entry.startsWith('.') && candidate.endsWith(entry))));
}
/** A URL (or what was meant as one: it need not parse) without its credentials, fit for a message. */
function urlWithoutCredentials(value) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    const rest = value.slice(scheme.length);
    // Everything up to the last @ may be credentials, a / or : in a password included.
    const at = rest.lastIndexOf('@');
    if (at !== -1)
        return `${scheme}…@${rest.slice(at + 1)}`.slice(0, 200);
    // Without an @, `user:password` (the host forgotten) reads as host and port: only a port of digits is shown.
    return /^[^:/?#]*(?::\d*)?(?:[/?#].*)?$/s.test(rest) ? value.slice(0, 200) : `${scheme}…`;
}
/** Whether URL credentials decode (a lone `%` does not): they are sent decoded, as curl sends them. */
function percentDecodable(text) {
    try {
        decodeURIComponent(text);
        return true;
    }
    catch {
        return false;
    }
}
/** The proxy URL in `value` (of `variable`): `host:port` is `http://host:port`, as curl takes it; anything but an http(s) URL is a PROXY_URL_INVALID, never quoting its credentials. */
function parseProxy(variable, value) {
    let proxy;
    try {
        proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        proxy = undefined;
    }
    if (proxy === undefined || (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') || proxy.hostname === '') {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) is not an http(s) proxy URL`, `set ${variable} to the proxy's URL, e.g. http://proxy.example.com:3128, or unset it to connect directly`);
    }
    if (!percentDecodable(proxy.username) || !percentDecodable(proxy.password)) {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) has credentials that are not percent-encoded`, `set ${variable} to the proxy's URL with the user name and password percent-encoded (a % as %25, an @ as %40)`);
    }
    return proxy;
}
/**
 * Checks the proxy variables: one that is no http(s) URL is a PROXY_URL_INVALID. Called before the
 * GitHub toolkit is first loaded, which reads them from the process environment then and throws a
 * bare error (a crash, to the user) on such a value.
 */
function checkProxySettings(settings) {
    for (const [variable, value] of [['HTTPS_PROXY', settings.httpsProxy], ['HTTP_PROXY', settings.httpProxy]])
        if (value !== undefined && value !== '')
            parseProxy(variable, value);
}
/**
 * The proxy a request to `url` goes through, or undefined to connect directly: HTTPS_PROXY for
 * https://, HTTP_PROXY for http://, unless NO_PROXY (or loopback) bypasses it, as
 * @actions/http-client's `getProxyUrl` decides (where it would go on with a proxy that is no
 * http(s) URL, this is a PROXY_URL_INVALID).
 */
function proxyFor(url, settings) {
    if (bypassesProxy(url, settings.noProxy))
        return undefined;
    const [variable, value] = url.protocol === 'https:' ? ['HTTPS_PROXY', settings.httpsProxy] : ['HTTP_PROXY', settings.httpProxy];
    return value === undefined || value === '' ? undefined : parseProxy(variable, value);
}
/** Opening a tunnel takes a round trip or three: a proxy silent this long is not going to answer (the time a request to a public service may take, DEFAULT_RETRY_POLICY's). */
const DEFAULT_TUNNEL_TIMEOUT_MS = 20_000;
/** Agents that send requests through one proxy, by target protocol and proxy, shared by the requests of one client. */
class ProxyAgents {
    settings;
    #agents = new Map();
    #options;
    /** Checks both proxy URLs at once: a bad one is a PROXY_URL_INVALID before any request (a request would take it for a connection failure and retry). */
    constructor(settings, options = {}) {
        this.settings = settings;
        this.#options = options;
        checkProxySettings(settings);
    }
    /**
     * The agent for a request to `url`: undefined when no proxy applies (connect directly, with the
     * caller's own agent or {@link directAgentFor}); else one that tunnels https:// through the proxy with CONNECT (ours: Node's
     * own tunnel waits forever on a proxy that goes silent after its CONNECT, and reads its answer
     * without bound) and sends http:// to it in absolute form (Node's own proxy support, told only
     * this proxy: the bypass was decided above, with @actions/http-client's rules).
     */
    agentFor(url) {
        const proxy = proxyFor(url, this.settings);
        if (proxy === undefined)
            return undefined;
        const key = `${url.protocol} ${proxy.href}`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // Built-ins loaded on first use: offline verification imports this module (for the TUF loads it may skip) and never needs node:http(s) or TLS.
            agent = url.protocol === 'https:' ? (0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__/* .tunnelingAgent */ .YI)(proxy, { keepAlive: true, ...this.#options.https, tunnelTimeoutMs: this.#options.tunnelTimeoutMs ?? DEFAULT_TUNNEL_TIMEOUT_MS }) : new (process.getBuiltinModule('node:http').Agent)({ keepAlive: true, ...this.#options.http, proxyEnv: { HTTP_PROXY: proxy.href } });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /**
     * An agent that connects directly, for a request no proxy applies to ({@link agentFor} gave none):
     * not Node's global agent, which NODE_USE_ENV_PROXY=1 sends through the environment's proxy by
     * Node's own rules, loopback included, where these rules reach the host directly.
     */
    directAgentFor(url) {
        const key = `${url.protocol} direct`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // As Node's global agent is made: an idle connection is closed after 5 s, not kept until the server drops it.
            const base = { keepAlive: true, scheduling: 'lifo', timeout: 5000 };
            agent = url.protocol === 'https:' ? new (process.getBuiltinModule('node:https').Agent)({ ...base, ...this.#options.https }) : new (process.getBuiltinModule('node:http').Agent)({ ...base, ...this.#options.http });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /** Closes the connections of every agent made so far. */
    destroy() {
        for (const agent of this.#agents.values())
            agent.destroy();
        this.#agents.clear();
    }
}


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   uQ: () => (/* binding */ pastBudget)
/* harmony export */ });
/* unused harmony export backoffDelay */
/**
 * The policy for public services (Sigstore, GitHub): about a minute of patience, enough to ride
 * out a deploy or a rate-limit window, short enough that a real outage fails the job promptly.
 */
const DEFAULT_RETRY_POLICY = {
    retries: 5,
    minDelayMs: 1000,
    maxDelayMs: 16_000,
    factor: 2,
    budgetMs: 60_000,
    timeoutMs: 20_000,
};
/**
 * The delay before retry number `retry` (0-based): `minDelayMs * factor^retry`, stretched by a
 * random factor in [1, 2) so that many clients failing together do not retry in lockstep.
 */
function backoffDelay(policy, retry, random = Math.random) {
    const base = Math.max(policy.minDelayMs, 1) * policy.factor ** retry;
    return Math.min(Math.round((1 + random()) * base), policy.maxDelayMs);
}
/** Whether an HTTP status may pass on another try: a timeout (408), a rate limit (429), a server error but 501 (not implemented stays so). */
function isTransientStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501);
}
/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    const value = header?.trim() ?? '';
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
    const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * Why a failure was not retried when its server asked to wait `waitMs` (its `Retry-After`), longer
 * than `budgetMs`, the time the retries may take, in words to end its message; empty otherwise.
 */
function pastBudget(waitMs, budgetMs) {
    return waitMs === undefined || waitMs <= budgetMs ? '' : `; it asked to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${Math.round(budgetMs / 1000)} s the retries may take`;
}
/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number. A
 * server's `Retry-After` lengthens the delay; when it reaches past the budget, no retry starts.
 */
async function withRetry(policy, attempt, classify, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
    const started = Date.now();
    for (let retry = 0;; retry += 1) {
        try {
            return await attempt(retry + 1);
        }
        catch (error) {
            const kind = classify(error);
            if (kind === 'permanent' || retry >= policy.retries)
                throw error;
            // Retrying before the server's Retry-After only meets the same refusal (and feeds a storm).
            const delay = Math.max(backoffDelay(policy, retry), typeof kind === 'object' ? kind.retryAfterMs : 0);
            if (Date.now() - started + delay > policy.budgetMs)
                throw error;
            await sleep(delay);
        }
    }
}


/***/ }),

/***/ 18067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** trust-kit's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 26898:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ SbomParseError),
/* harmony export */   S: () => (/* binding */ SbomError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


/** A lockfile that cannot be read; the catalog records it as an Unknown with file, line and reason. */
class SbomParseError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    path;
    line;
    /** `reason` may quote the lockfile (a version, a name, a parser's message): it is kept printable and at most 500 characters here, for every parser. */
    constructor(path, reason, line, options) {
        super('SBOM_PARSE_FAILED', `${path}${line === undefined ? '' : `:${line}`}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedText */ .LD)(reason, 500)}`, {
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
/** Made once, as the other expressions here: a literal in a function is a new object at each of thousands of calls. */
const HEX = /^[0-9a-fA-F]+$/;
const WHITE_SPACE = /\s/;
/** A package hash from hex, or undefined when the hex is not a digest of that algorithm (wrong length, not hex). */
function hexHash(algorithm, hex) {
    if (hex.length !== HASH_HEX_LENGTH[algorithm] || !HEX.test(hex))
        return undefined;
    return { algorithm, hex: hex.toLowerCase() };
}
const BASE64_DIGEST = /^[A-Za-z0-9+/_-]+={0,2}$/;
/**
 * Where {@link base64Hash} decodes: one buffer for the thousands of digests of a lockfile rather
 * than one each. It holds as many bytes as the longest digest has hex digits (twice its length),
 * so a longer input decodes to more bytes than any digest has and is refused, never cut to a digest's length.
 */
const DECODED = Buffer.alloc(Math.max(...Object.values(HASH_HEX_LENGTH)));
/** A package hash from base64 (standard or URL-safe alphabet), or undefined when it does not decode to a digest of that algorithm. */
function base64Hash(algorithm, base64) {
    if (!BASE64_DIGEST.test(base64))
        return undefined;
    const length = DECODED.write(base64, 0, 'base64');
    // Hex from bytes is always lowercase hex: only the length can be wrong.
    return length * 2 === HASH_HEX_LENGTH[algorithm] ? { algorithm, hex: DECODED.toString('hex', 0, length) } : undefined;
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
    if (!WHITE_SPACE.test(integrity)) {
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
/* harmony export */   K5: () => (/* binding */ licenseTerm),
/* harmony export */   Yr: () => (/* binding */ isSpdxExpression)
/* harmony export */ });
/* unused harmony export MAX_EXPRESSION_LENGTH */
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
/**
 * The longest string read as an SPDX expression: real ones are under a hundred characters, and
 * spdx-expression-parse takes time quadratic in the length of some strings (`MIT AND (` repeated:
 * seconds for a few hundred KiB), which a lockfile's author chooses. Longer ones are free text.
 */
const MAX_EXPRESSION_LENGTH = 1024;
/** Classifies a license string from a lockfile or manifest; nothing is guessed or corrected. */
function licenseTerm(raw) {
    const text = raw.trim();
    if (text.length > MAX_EXPRESSION_LENGTH)
        return { kind: 'text', text };
    let term = terms.get(text);
    if (term === undefined) {
        try {
            term = { kind: 'expression', expression: text, ids: idsOf(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__(text), []) };
        }
        catch {
            term = { kind: 'text', text };
        }
        // A few dozen distinct licenses cover thousands of packages. Only short strings are kept: the cache lives as long as
        // the process, and a lockfile's "license" may be a whole licence text (or a hostile megabyte) that no other repeats.
        if (terms.size < 10_000 && text.length <= MAX_CACHED_LENGTH)
            terms.set(text, term);
    }
    return term;
}
const terms = new Map();
/** Room for any real SPDX expression (a few licenses joined by AND, OR, WITH); a longer string is a licence's text. */
const MAX_CACHED_LENGTH = 512;


/***/ }),

/***/ 9922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aB: () => (/* binding */ isElf),
/* harmony export */   cK: () => (/* binding */ isPe),
/* harmony export */   hq: () => (/* binding */ isMachO),
/* harmony export */   s: () => (/* binding */ isFatMachO)
/* harmony export */ });
/** The first bytes of the executables Go builds, by format: how Go binaries are recognised whatever their name. */
/** An ELF executable: the magic, a 32- or 64-bit class, and a byte order. */
function isElf(head) {
    return head.readUInt32BE(0) === 0x7f454c46 && (head[4] === 1 || head[4] === 2) && (head[5] === 1 || head[5] === 2);
}
/** A Mach-O executable, 32 or 64 bits, either byte order. */
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
/** A PE (Windows) executable: the `MZ` of its DOS header. */
function isPe(head) {
    return head[0] === 0x4d && head[1] === 0x5a;
}


/***/ }),

/***/ 98706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ UV_LOCK),
/* harmony export */   IP: () => (/* binding */ GEMFILE_LOCK),
/* harmony export */   Iq: () => (/* binding */ REQUIREMENTS_TXT),
/* harmony export */   NA: () => (/* binding */ POM_XML),
/* harmony export */   Sw: () => (/* binding */ GO_MOD),
/* harmony export */   Uy: () => (/* binding */ PIPFILE_LOCK),
/* harmony export */   WL: () => (/* binding */ POETRY_LOCK),
/* harmony export */   WP: () => (/* binding */ NUGET_PACKAGES_LOCK),
/* harmony export */   Wn: () => (/* binding */ GRADLE_LOCKFILE),
/* harmony export */   XN: () => (/* binding */ GO_BINARY),
/* harmony export */   al: () => (/* binding */ PNPM_LOCK),
/* harmony export */   dr: () => (/* binding */ YARN_LOCK),
/* harmony export */   fj: () => (/* binding */ NPM_PACKAGE_LOCK),
/* harmony export */   gB: () => (/* binding */ BUN_LOCK),
/* harmony export */   jK: () => (/* binding */ COMPOSER_LOCK),
/* harmony export */   z2: () => (/* binding */ CARGO_LOCK)
/* harmony export */ });
/* unused harmony exports namedAsRequirements, SIBLING_FILE_NAMES */
/* harmony import */ var _go_magic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9922);

/** npm's package-lock.json and npm-shrinkwrap.json. */
const NPM_PACKAGE_LOCK = {
    name: 'npm-package-lock',
    matches: (fileName) => fileName === 'package-lock.json' || fileName === 'npm-shrinkwrap.json',
};
/** yarn.lock, yarn v1 and berry. */
const YARN_LOCK = {
    name: 'yarn-lock',
    matches: (fileName) => fileName === 'yarn.lock',
};
/** pnpm-lock.yaml. */
const PNPM_LOCK = {
    name: 'pnpm-lock',
    matches: (fileName) => fileName === 'pnpm-lock.yaml',
};
/** bun's text lockfile, bun.lock. */
const BUN_LOCK = {
    name: 'bun-lock',
    matches: (fileName) => fileName === 'bun.lock',
};
/** go.mod, with go.sum beside it. */
const GO_MOD = {
    name: 'go-mod',
    matches: (fileName) => fileName === 'go.mod',
};
/** Go executables, by their first bytes. */
const GO_BINARY = {
    name: 'go-binary',
    // Go binaries can have any name: they are recognised by their first bytes.
    matches: () => false,
    sniff: (head) => head.length >= 0x40 && ((0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isElf */ .aB)(head) || (0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isMachO */ .hq)(head) || (0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isFatMachO */ .s)(head) || (0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isPe */ .cK)(head)),
};
/** Cargo.lock. */
const CARGO_LOCK = {
    name: 'cargo-lock',
    matches: (fileName) => fileName === 'Cargo.lock',
};
/** poetry.lock. */
const POETRY_LOCK = {
    name: 'python-poetry-lock',
    matches: (fileName) => fileName === 'poetry.lock',
};
/** uv.lock. */
const UV_LOCK = {
    name: 'python-uv-lock',
    matches: (fileName) => fileName === 'uv.lock',
};
/** Pipfile.lock. */
const PIPFILE_LOCK = {
    name: 'python-pipfile-lock',
    matches: (fileName) => fileName === 'Pipfile.lock',
};
/**
 * pip requirements files: `*requirements*.txt` (as syft globs them), and every `.txt` in a
 * `requirements/` directory (Django's `requirements/base.txt`, `production.txt`) but constraints
 * files, which pin versions without asking for anything (they are read where `-c` names them).
 */
const REQUIREMENTS_TXT = {
    name: 'python-requirements',
    // Measured: 5.6 million pins (61 MB) took 4.4 GB of heap, 790 bytes a line.
    costPerLine: 128,
    matches: (fileName, path) => namedAsRequirements(fileName) || (path !== undefined && /(?:^|\/)requirements\/[^/]+\.txt$/i.test(path) && !/constraint/i.test(fileName)),
};
/** Whether a file's own name says it holds pip requirements (`*requirements*.txt`), not only the directory it is in. */
function namedAsRequirements(fileName) {
    return /requirements.*\.txt$/i.test(fileName);
}
/** Gemfile.lock and gems.locked. */
const GEMFILE_LOCK = {
    name: 'ruby-gemfile-lock',
    // Measured: 300,000 gems (9.4 MB) took 1 GB of heap, over 100 bytes a byte.
    costPerLine: 128,
    matches: (fileName) => fileName === 'Gemfile.lock' || fileName === 'gems.locked',
};
/** composer.lock. */
const COMPOSER_LOCK = {
    name: 'php-composer-lock',
    matches: (fileName) => fileName === 'composer.lock',
};
/** NuGet's packages.lock.json. */
const NUGET_PACKAGES_LOCK = {
    name: 'nuget-packages-lock',
    matches: (fileName) => fileName === 'packages.lock.json',
};
/** Gradle dependency lockfiles (*.lockfile). */
const GRADLE_LOCKFILE = {
    name: 'java-gradle-lockfile',
    matches: (fileName) => fileName.endsWith('.lockfile'),
};
/** Maven pom.xml. */
const POM_XML = {
    name: 'java-pom-xml',
    matches: (fileName) => fileName === 'pom.xml',
};
/** The files parsers read beside their lockfiles (manifests, go.sum, workspaces): a user's files, as the lockfiles are. */
const SIBLING_FILE_NAMES = new Set(['package.json', 'go.sum', 'go.work', 'go.work.sum', 'Cargo.toml', 'pyproject.toml', 'Gemfile', 'gems.rb']);


/***/ }),

/***/ 20148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _1: () => (/* binding */ gitSourceSupplier),
/* harmony export */   ri: () => (/* binding */ goModuleSupplier)
/* harmony export */ });
/* unused harmony exports SUPPLIER_FROM_PROPERTY, sourceOwner, npmAuthorSupplier */
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

/***/ 80211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ isSpdxUri),
/* harmony export */   kG: () => (/* binding */ isIriReference),
/* harmony export */   oI: () => (/* binding */ iriReference),
/* harmony export */   ri: () => (/* binding */ withoutCredentials)
/* harmony export */ });
/* unused harmony export fullIpv6 */
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
    const withoutQueryCredentials = /[?#;]/.test(url) ? withoutCredentialParameters(url) : url;
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
 * The URL without the parameters that carry a credential ({@link CREDENTIAL_WORD}, {@link CREDENTIAL_NAME}): in its query,
 * in a fragment of `name=value` pairs (`...tgz#access_token=...`) and as a path segment's `;name=value` parameter
 * (`.../x.tgz;token=...`), the others kept in their order; a `?` or `#` goes when nothing is left after it. A signed
 * download URL in a lockfile (`...whl?sv=...&sig=...`) was published whole in the purl and download location. A token
 * that is a path segment of its own (`npm-proxy.fury.io/<token>/...`) is not told from a name, and stays.
 */
function withoutCredentialParameters(url) {
    const hash = url.indexOf('#');
    const beforeFragment = hash === -1 ? url : url.slice(0, hash);
    const question = beforeFragment.indexOf('?');
    const path = question === -1 ? beforeFragment : beforeFragment.slice(0, question);
    const query = question === -1 ? undefined : keptParameters(beforeFragment.slice(question + 1));
    // A fragment without a pair (a git commit, `sha256=...` aside, a digest) is kept as written.
    const fragment = hash === -1 ? undefined : url.includes('=', hash) ? keptParameters(url.slice(hash + 1)) : url.slice(hash + 1);
    return `${path.includes(';') ? path.replace(MATRIX_PARAMETER, (whole, name) => (isCredentialName(name) ? '' : whole)) : path}${query === undefined || query === '' ? '' : `?${query}`}${fragment === undefined || fragment === '' ? '' : `#${fragment}`}`;
}
/** A path segment's `;name=value` parameter (RFC 3986 3.3), the name its first group. */
const MATRIX_PARAMETER = /;([^;/?#=]*)(?:=[^;/?#]*)?/g;
/** The `&`-separated `name=value` pairs whose name carries no credential, joined again. */
function keptParameters(pairs) {
    return pairs
        .split('&')
        .filter((parameter) => !isCredentialName(parameter.split('=', 1)[0] ?? ''))
        .join('&');
}
/** Whether a parameter's name, its escapes decoded, names a credential. */
function isCredentialName(name) {
    let decoded = name;
    try {
        decoded = decodeURIComponent(name);
    }
    catch {
        // A malformed escape is matched as written.
    }
    return CREDENTIAL_WORD.test(decoded) || CREDENTIAL_NAME.test(decoded);
}
/** A URL's scheme and authority up to an IP literal host (`http://[::1]:4873`), whose brackets are its syntax, never to escape; the address is the second group. */
const IP_LITERAL_AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/(?:[^/?#@[\]]*@)?\[)([0-9A-Fa-f:.]+)\]/i;
/**
 * An IPv6 address written in full (`fd00:0:0:0:0:0:0:17` for `fd00::17`): the CycloneDX project's
 * validator (its IRI checker, rfc3987-syntax) refuses every address written with `::`, though RFC
 * 3986 allows it. Anything else is returned as it is.
 */
function fullIpv6(address) {
    const halves = address.split('::');
    if (halves.length !== 2)
        return address;
    const groups = (half) => (half === '' ? [] : half.split(':'));
    const head = groups(halves[0]);
    const tail = groups(halves[1]);
    // A dotted IPv4 tail (`::ffff:1.2.3.4`) takes two groups' room.
    const width = [...head, ...tail].reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
    return width > 7 ? address : [...head, ...Array.from({ length: 8 - width }, () => '0'), ...tail].join(':');
}
/**
 * A URL as the IRI reference a CycloneDX external reference holds: {@link escapeIri}'s, with an
 * IPv6 host's brackets kept (escaped, `http://%5B::1%5D` was no URL) and its address written in full.
 */
function iriReference(url) {
    const literal = IP_LITERAL_AUTHORITY.exec(url);
    if (literal === null)
        return escapeIri(url);
    return `${literal[1]}${fullIpv6(literal[2])}]${escapeIri(url.slice(literal[0].length))}`;
}
/** Whether `url` is an IRI reference as {@link iriReference} writes one: a CycloneDX document's check. */
function isIriReference(url) {
    return iriReference(url) === url;
}
/** An ASCII character a URI may hold as it is (RFC 3986's unreserved and reserved ones, but `#`, looked at apart, and `'`, `[` and `]`, which the library escapes), and the two hex digits of an escape. */
const URI_CHARACTER = /^[A-Za-z0-9\-._~:/?@!$&()*+,;=]$/;
const ESCAPE_DIGITS = /^[0-9A-Fa-f]{2}$/;
/** Text that is a URI reference as it is, in RFC 3986's characters only, with at most one `#` and every `%` an escape: nearly every lockfile URL. */
const PLAIN_URI = /^(?:[A-Za-z0-9\-._~:/?@!$&()*+,;=]|%[0-9A-Fa-f]{2})*(?:#(?:[A-Za-z0-9\-._~:/?@!$&()*+,;=]|%[0-9A-Fa-f]{2})*)?$/;
/**
 * Whether a code point other than ASCII may stand as it is in an IRI reference (RFC 3987's
 * `ucschar`): not a C1 control, a private-use character (which only a query may hold), a
 * surrogate or a noncharacter.
 */
function isUcsChar(code) {
    if (code < 0x10000)
        return (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xf900 && code <= 0xfdcf) || (code >= 0xfdf0 && code <= 0xffef);
    return code < 0xe0000 ? (code & 0xffff) <= 0xfffd : code >= 0xe1000 && code <= 0xefffd;
}
/** What one code point becomes in {@link escapeIri}: its UTF-8 bytes as `%XX`, a lone surrogate as U+FFFD's. */
function percentEncoded(character) {
    return [...Buffer.from(character, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
/**
 * `url` as an IRI reference the CycloneDX schemas' `iri-reference` format takes: every character
 * no IRI may hold as it is (controls, a blank, `"'<>[\]^`{|}`, a non-character), a `%` that begins
 * no escape and every `#` after the first percent-encoded, nothing else changed. A lockfile's URL
 * with a line break or a `|` in it made the whole document fail the official validator.
 */
function escapeIri(url) {
    if (PLAIN_URI.test(url))
        return url;
    let fragment = false;
    let escaped = '';
    for (let index = 0; index < url.length; index++) {
        const code = url.codePointAt(index);
        const character = String.fromCodePoint(code);
        if (code > 0xffff)
            index++;
        if (character === '#' && !fragment) {
            fragment = true;
            escaped += character;
        }
        else if (character === '%' && ESCAPE_DIGITS.test(url.slice(index + 1, index + 3)))
            escaped += character;
        else if (code < 0x80 ? URI_CHARACTER.test(character) : isUcsChar(code))
            escaped += character;
        else
            escaped += percentEncoded(character);
    }
    return escaped;
}
/** A URI as SPDX's `downloadLocation` grammar wants one: a scheme, then RFC 3986's characters only, every `%` an escape, at most one `#`. */
const SPDX_URI = /^[a-z][a-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?:#(?:[A-Za-z0-9\-._~:/?[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)?$/i;
/** Whether `text` is a URI as SPDX's `downloadLocation` takes one (see {@link SPDX_URI}); a lockfile's URL with a blank, a control character or a `|` is not. */
function isSpdxUri(text) {
    return SPDX_URI.test(text);
}


/***/ })

};
