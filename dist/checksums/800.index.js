export const id = 800;
export const ids = [800];
export const modules = {

/***/ 1800:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKSUMS_INPUTS: () => (/* binding */ CHECKSUMS_INPUTS),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_crypto_, 2);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_fs_, 2);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js + 2 modules
var files = __webpack_require__(5610);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(9531);
;// CONCATENATED MODULE: ./lib/core/digest.js






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. Frozen: a caller pushing 'md5' onto it got past the algorithm check, to a crash inside. */
const DIGEST_ALGORITHMS = Object.freeze(['sha256', 'sha512']);
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */
function isDigestAlgorithm(value) {
    return DIGEST_ALGORITHMS.includes(value);
}
/** The length in hex characters of a digest made with `algorithm`. */
function hexLength(algorithm) {
    return HEX_LENGTH[algorithm];
}
/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */
function isHexDigest(algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
}
/** The digest of bytes already in memory. */
function digestBytes(algorithm, bytes) {
    return createHash(algorithm).update(bytes).digest('hex');
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
        throw new TrustKitError('DIGEST_INVALID', `the digest is ${typeName(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new TrustKitError('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
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
const READ_CHUNK = 256 * 1024;
/** Bytes hashed between two turns of the event loop: a few milliseconds, so signals and timers are never held up for long. */
const BYTES_PER_TURN = 16 * 1024 * 1024;
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
async function hashFile(path, algorithms, named = {}) {
    const hashes = algorithms.map((algorithm) => [algorithm, (0,external_node_crypto_.createHash)(algorithm)]);
    // Never a pipe or a device: one would block the open or never end.
    const opened = await (0,files/* openRegularFile */.ZU)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }), ...(named.noFollow === true ? { noFollow: true } : {}) });
    const { handle, size: expected } = opened;
    let size = 0;
    try {
        const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(expected, 64 * 1024)));
        let sinceTurn = 0;
        for (let read = (0,external_node_fs_.readSync)(handle.fd, buffer); read > 0; read = (0,external_node_fs_.readSync)(handle.fd, buffer)) {
            const bytes = buffer.subarray(0, read);
            for (const [, hash] of hashes)
                hash.update(bytes);
            size += read;
            sinceTurn += read;
            if (sinceTurn >= BYTES_PER_TURN) {
                sinceTurn = 0;
                await (0,external_node_timers_promises_.setImmediate)();
            }
        }
        if ((0,files/* changedWhileRead */.a4)(opened, (0,external_node_fs_.fstatSync)(handle.fd), size))
            throw (0,files/* fileChanged */.J8)(named.what ?? 'file', named.shown ?? path, size, expected);
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
var paths = __webpack_require__(4539);
;// CONCATENATED MODULE: ./lib/checksums/errors.js


/** An error hashing artifacts or reading or checking a checksums file. */
class errors_ChecksumsError extends errors/* TrustKitError */.T0 {
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
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${(0,quote/* typeName */.go)(value)}, not an array of ${expected}`, { hint: `pass an array of ${expected} (see the types in trust-kit)` });
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
        const got = given === undefined || wrong === undefined ? (0,quote/* typeName */.go)(entry) : `an object whose ${wrong[0]} is ${(0,quote/* typeName */.go)(given[wrong[0]])}`;
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
    checkOptionsArgument("leftoverNotice's file", file, { path: 'string', kind: 'string' }, ['path', 'kind']);
    if (file.kind === 'signature of the replaced output') {
        return `removed ${shownPath(file.path)}: it signed the checksums file this run replaced, and would have stood beside the new one, signing other contents; sign the new one again (trust-kit sign-blob)`;
    }
    if (file.kind === 'kept output directory') {
        return `left ${shownPath(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside, kept since its output directory was made again; look at it and remove it`;
    }
    if (file.kind === 'replaced output directory') {
        return `left ${shownPath(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside; the next release into that output directory puts it back (or remove it if it is not wanted)`;
    }
    return `left ${shownPath(file.path)} out of the artifacts: it is trust-kit's own ${file.kind}, which a trust-kit run killed while writing in its directory leaves behind; remove it unless a trust-kit is writing there now`;
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
    return collect_mayBeGlob(subject) && (await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 6448))).isDynamicPattern(subject);
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
    const found = await findArtifacts(subjects, options);
    return listingOrder(found).map((index) => found[index]);
}
/**
 * The files {@link collectArtifacts} lists, in the order the walk found them and with a file
 * named twice (by two subjects) found twice: to start hashing before they are sorted, with
 * {@link listingOrder} made meanwhile.
 */
async function findArtifacts(subjects, options) {
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
function listingOrder(found) {
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
    const { glob } = await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 6448));
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
        return new errors_ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${errors_shownPath(subject)} was listed in its directory, then was gone`, { cause: error, hint: CHANGED_HINT });
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
        const kind = (0,files/* trustKitFileKind */.Xg)(name);
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
                const leftover = (0,files/* trustKitDirectoryKind */.ym)(entryName);
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
var logger = __webpack_require__(5403);
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
        .map(({ name, hex }) => checksumLine(name, hex))
        .join('');
}
/** One line of a checksums file, as {@link formatChecksums} writes it. */
function checksumLine(name, hex) {
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
        throw new errors_ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:1: the file starts with a byte order mark (U+FEFF), which sha256sum -c does not read either`, {
            hint: 'save the checksums file as UTF-8 without a byte order mark, or regenerate it',
            ...errors_checksumsPlace(path, 1),
        });
    }
    if (entry === undefined) {
        throw new errors_ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: not a checksum line: ${(0,quote/* quoted */.TL)(content, 120)}`, {
            hint: 'each line must be "<hex digest>  <file name>" as written by sha256sum or sha512sum',
            ...errors_checksumsPlace(path, line),
        });
    }
    // No file name holds one: sha256sum -c reads the name up to it (another file), a -z file ends each line with one.
    if (entry.name.includes('\u0000')) {
        throw new errors_ChecksumsError('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: the name ${(0,quote/* quoted */.TL)(entry.name, 120)} holds a NUL byte, which no file name can`, {
            hint: 'each line must be "<hex digest>  <file name>" ending in a line feed (not the NUL of sha256sum -z); regenerate the file',
            ...errors_checksumsPlace(path, line),
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
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
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
class FileHashes {
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
const CHANGED = 'ECHANGED';
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
const CALLER_TURN_BYTES = 32 * 1024 * 1024;
/** A longer file the calling thread leaves to the threads: hashing it would keep its event loop from turning for over 40 ms. */
const CALLER_FILE_BYTES = 64 * 1024 * 1024;
/** From this many files on, hashing threads pay off whatever the files' sizes. */
const MANY_FILES = 64;
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
const HASHING_SOURCE = `
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
      if (changed(info, fstatSync(fd), read)) return '${CHANGED}';
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
    if (changed(info, fstatSync(fd), size)) return '${CHANGED}';
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
`;
/** The worker threads' script, self-contained so that it runs from a single-file bundle; `null` says the thread has no more work in the job. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const claimAndHash = (function (fs, crypto) {${HASHING_SOURCE}})(require('node:fs'), require('node:crypto'));
const toParent = (first, count, errors) => parentPort.postMessage(errors === undefined ? [first, count] : [first, count, errors]);
parentPort.on('message', (job) => {
  claimAndHash(job, toParent, false);
  parentPort.postMessage(null);
});
`;
let callingThreadHasher;
/** {@link HASHING_SOURCE} compiled on this thread, once. */
function hashHere() {
    callingThreadHasher ??= (0,external_node_vm_.compileFunction)(HASHING_SOURCE, ['fs', 'crypto'])(external_node_fs_namespaceObject, external_node_crypto_namespaceObject);
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
    constructor(size = (0,external_node_os_.availableParallelism)()) {
        this.#size = Math.max(0, size);
    }
    /** A pool whose `size` threads start now. */
    static start(size = (0,external_node_os_.availableParallelism)()) {
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
        const hashes = new FileHashes(paths.length, sets, setOf, true);
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
const WORKER_THRESHOLD_BYTES = 16 * 1024 * 1024;

/**
 * Fails with CHECKSUMS_ALGORITHM_UNSUPPORTED unless every algorithm is one a checksums file may
 * use: node:crypto hashes with any name OpenSSL knows, so a caller in plain JavaScript passing
 * `md5` or `sha1` got a checksums file holding those digests where SHA-256 ones belong.
 */
function hash_checkAlgorithms(algorithms) {
    for (const algorithm of algorithms) {
        if (typeof algorithm === 'string' && isDigestAlgorithm(algorithm))
            continue;
        throw new errors_ChecksumsError('CHECKSUMS_ALGORITHM_UNSUPPORTED', typeof algorithm === 'string' ? `hash algorithm ${(0,quote/* quoted */.TL)(algorithm, 40)} is not one trust-kit hashes artifacts with` : `the hash algorithm is ${(0,quote/* typeName */.go)(algorithm)}, not one name`, {
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
function defaultHashThreads() {
    return Math.min((0,external_node_os_.availableParallelism)(), MAX_HASH_THREADS);
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
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${concurrency}, more threads than trust-kit hashes with (at most ${MAX_HASH_THREADS}, each about 9 MB of memory)`, {
            hint: 'pass at most the number of cores (or leave it out for one per core)',
        });
    }
    throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${typeof concurrency === 'number' ? String(concurrency) : `a ${typeof concurrency}`}, not a whole number of threads from 1 up`, {
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
    const hashes = await hashFiles(files, algorithm, options);
    return files.map((file, index) => outcomeAt(file, hashes, index));
}
/**
 * What {@link hashEach} does, the results kept by file index in {@link FileHashes} rather than as
 * an object a file: for a caller that writes them out at once (a checksums file), or picks them.
 */
async function hashFiles(files, algorithm, options = {}) {
    const algorithms = [algorithm, ...(options.also ?? []).filter((extra) => extra !== algorithm)];
    hash_checkAlgorithms(algorithms);
    hash_checkConcurrency(options.concurrency);
    const help = options.callerHelps ?? false;
    const follow = options.followLinks === true;
    const callerHelps = help === false ? 0 : 1;
    const threads = Math.min((options.workers === undefined ? (options.concurrency ?? defaultHashThreads()) : options.workers.size + callerHelps), files.length);
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
    const started = pool_HashPool.start(Math.max(threads - callerHelps, 1 - callerHelps));
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
function outcomeAt(file, hashes, index) {
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
async function worthThreads(files) {
    return files.length >= MANY_FILES || worthWorkers(files);
}
/** Whether a few files are big enough in all to pay for starting threads. */
async function worthWorkers(files) {
    const sizes = await Promise.all(files.map(async (file) => (await (0,promises_.stat)(file.path).catch(() => undefined))?.size ?? 0));
    return sizes.reduce((sum, size) => sum + size, 0) >= WORKER_THRESHOLD_BYTES;
}
function readFailed(path, code, cause) {
    if (code === CHANGED || code === 'FILE_CHANGED') {
        return new errors_ChecksumsError('CHECKSUMS_FILE_CHANGED', `${errors_shownPath(path)} changed while it was hashed: its checksum would be of bytes it never held at one moment`, {
            cause,
            hint: "something wrote to it meanwhile (a build still writing, another job): make sure nothing writes to the artifacts until their checksums are written, then run again",
        });
    }
    if (code === 'ELOOP') {
        return new errors_ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${errors_shownPath(path)}: it is a symbolic link, which is never followed once listed (it may lead out of the base)`, {
            cause,
            hint: "something replaced it with a link after it was listed: make sure nothing writes to the artifacts' directories until their checksums are written (a library caller lists files with collectArtifacts, which gives a link's checked target)",
        });
    }
    const reason = code === pool_NOT_REGULAR || code === 'FILE_NOT_REGULAR' ? 'not a regular file (a pipe, a device or a directory is never read)' : code;
    return new errors_ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${errors_shownPath(path)}: ${reason}`, {
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
        hashes.fail(index, { code: (0,errors/* systemErrorCode */.vq)(error) ?? String(error), cause: error });
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
        head = (0,files/* readRegularFileHeadSync */.UJ)(path, files/* INPUT_LIMITS */.Ef.checksumsLine, { what: 'checksums file' });
    }
    catch {
        // Not readable as a regular file: the write names what is wrong with it.
        return true;
    }
    if (head.length === 0)
        return true;
    try {
        return format_parseChecksumLine(head.toString('utf8').split('\n')[0] ?? '', 1, path) !== undefined;
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
    const bundle = `${outputPath}${files/* BUNDLE_SUFFIX */.Zf}`;
    const present = await (0,promises_.stat)(bundle).then((info) => info.isFile(), () => false);
    if (!present)
        return;
    const earlier = await (0,promises_.stat)(outputPath).then((info) => (info.isFile() && info.size === Buffer.byteLength(text) ? (0,promises_.readFile)(outputPath, 'utf8') : undefined), () => undefined);
    if (earlier === text)
        return;
    await (0,promises_.rm)(bundle, { force: true });
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
        throw new errors_ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `createChecksums's config is ${(0,quote/* typeName */.go)(config)}, not an object { subjects, algorithm, base, output }`, { hint: 'pass the config as the ChecksumsConfig type declares it (see docs/library.md)' });
    errors_checkOptionsArgument("createChecksums's config", config, { output: 'string' });
    errors_checkOptionsArgument("createChecksums's options", createOptions, { also: 'strings', leftover: 'function' });
    hash_checkAlgorithms([config.algorithm, ...(options.also ?? [])]);
    hash_checkConcurrency(options.concurrency);
    const outputPath = config.output === undefined ? undefined : (0,external_node_path_.resolve)(cwd, config.output);
    const concurrency = options.concurrency ?? defaultHashThreads();
    let early = threadsStartedAhead;
    const progress = options.workers === undefined && early === undefined && concurrency >= 2
        ? (found) => {
            if (found >= MANY_FILES)
                early ??= pool_HashPool.start(concurrency - 1);
        }
        : undefined;
    let hashed;
    let ending;
    try {
        let outputFound = false;
        const found = await findArtifacts(config.subjects, { cwd, base: config.base, exclude: outputPath === undefined ? [] : [outputPath, `${outputPath}${files/* BUNDLE_SUFFIX */.Zf}`], onExcluded: (path) => void (outputFound ||= path === outputPath), ...(progress === undefined ? {} : { progress }), ...(leftover === undefined ? {} : { leftover }) });
        // An earlier checksums file the subjects find is left out and replaced, so a re-run lists the same files (and so is its
        // bundle, sign-blob's `<output>.sigstore.json`); any other file there is an artifact a mistyped --output would overwrite,
        // and leave out of the list.
        if (outputFound && outputPath !== undefined && !holdsChecksums(outputPath)) {
            throw new errors_ChecksumsError('CHECKSUMS_OUTPUT_IS_ARTIFACT', `the output ${errors_shownPath(config.output ?? outputPath)} is a file the subjects list, and not a checksums file: it would be overwritten, and left out of the list`, {
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
            await (0,files/* writeFileAtomic */.qD)(outputPath, text);
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
const ONE_STRING_BYTES = 2 ** 28;
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
    errors_checkArrayArgument("toSubjects's artifacts", artifacts, 'artifacts (what hashArtifacts returns)');
    errors_checkEntries("toSubjects's artifacts", artifacts, { name: 'string', digests: 'object' }, 'an artifact { name, digests } (what hashArtifacts returns)');
    hash_checkAlgorithms([algorithm]);
    return artifacts.map((artifact) => {
        const hex = artifact.digests[algorithm];
        if (hex === undefined) {
            throw new errors_ChecksumsError('CHECKSUMS_ALGORITHM_UNSUPPORTED', `${artifact.name} was not hashed with ${algorithm} (its digests: ${Object.keys(artifact.digests).join(', ') || 'none'})`, {
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
class InputReader {
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

;// CONCATENATED MODULE: ./lib/config/checksums.js




/**
 * The algorithm a checksums file's name says, as coreutils and release tooling name them: `SHA256SUMS`
 * (any case, any suffix: `SHA256SUMS.txt`), `B2SUMS`, or an extension (`checksums.sha512`).
 */
function algorithmNamed(name) {
    const sums = /^(md5|sha1|sha224|sha256|sha384|sha512|b2)sums\b/i.exec(name)?.[1];
    if (sums !== undefined)
        return sums.toLowerCase();
    return /\.(md5|sha1|sha224|sha256|sha384|sha512)$/i.exec(name)?.[1]?.toLowerCase();
}
/**
 * Validates checksums inputs (`subject-path`, `algorithm`, `output`, `base`), reporting all problems
 * at once. An output named SHA256SUMS or SHA512SUMS (any case, any suffix) says the algorithm when
 * `algorithm` is not given, and must not contradict one that is; one named for another algorithm is refused.
 */
function checksumsConfig(raw, nameOf, defaults) {
    const reader = new InputReader(raw, nameOf);
    const subjects = reader.list('subject-path');
    if (subjects.length === 0)
        reader.report('subject-path', 'names no file, directory or glob; give at least one');
    const output = reader.string('output');
    const namedFor = output === undefined ? undefined : algorithmNamed((0,external_node_path_.basename)(output));
    const named = namedFor !== undefined && DIGEST_ALGORITHMS.includes(namedFor) ? namedFor : undefined;
    if (output !== undefined && namedFor !== undefined && named === undefined) {
        reader.report('output', `${(0,quote/* quoted */.TL)(output)} is the name of ${namedFor} checksums, which trust-kit does not make (sha256sum -c and the like would find no line of theirs); name it SHA256SUMS or SHA512SUMS`);
    }
    const given = reader.string('algorithm');
    const algorithm = reader.choice('algorithm', DIGEST_ALGORITHMS, named ?? 'sha256');
    if (named !== undefined && given !== undefined && DIGEST_ALGORITHMS.includes(given.toLowerCase()) && algorithm !== named) {
        reader.report('output', `${(0,quote/* quoted */.TL)(output ?? '')} is the name of ${named} checksums, but ${nameOf('algorithm')} is ${given}; name it ${given.toUpperCase()}SUMS, or leave ${nameOf('algorithm')} out`);
    }
    const config = {
        subjects,
        algorithm,
        output,
        base: reader.string('base', defaults.base) ?? defaults.base,
    };
    reader.finish();
    return config;
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
        const there = (0,files/* unreplaceableKind */.Ej)(target);
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

;// CONCATENATED MODULE: ./lib/core/plural.js
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}

// EXTERNAL MODULE: ./lib/actions/io.js + 20 modules
var actions_io = __webpack_require__(9507);
// EXTERNAL MODULE: ./lib/actions/summary.js + 4 modules
var summary = __webpack_require__(6155);
;// CONCATENATED MODULE: ./lib/actions/checksums/main.js







/** The inputs the checksums action reads. */
const CHECKSUMS_INPUTS = ['subject-path', 'algorithm', 'output', 'base'];
/** The checksums action: hash the artifacts, write the checksums file, set outputs and the summary. */
async function run(inputs, io, cwd) {
    const config = checksumsConfig(inputs, actionInputName, { base: '.' });
    // Named as an input, not as a file the hashing did not find.
    await requireNamedPaths([{ input: 'base', path: config.base, kind: 'directory' }, ...subjectPaths('subject-path', config.subjects), ...(config.output === undefined ? [] : [{ input: 'output', path: config.output, kind: 'output' }])], cwd, actionInputName);
    const output = config.output ?? `${config.algorithm.toUpperCase()}SUMS`;
    const result = await createChecksums({ ...config, output }, cwd);
    io.info(`wrote ${counted(result.count, `${config.algorithm} checksum`)} to ${output}`);
    io.setOutput('checksums-path', result.outputPath ?? output);
    (0,actions_io/* setListOutput */.SP)(io, 'subjects', toSubjects(result.artifacts, config.algorithm), 'read the checksums file (output checksums-path), which lists every artifact');
    await io.appendSummary(`### Checksums\n\n${(0,summary/* artifactsTable */.c$)(result.artifacts, config.algorithm, output)}\n\nChecksums file: ${(0,summary/* code */.aY)(output)}\n`);
}


/***/ })

};
