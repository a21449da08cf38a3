export const id = 94;
export const ids = [94];
export const modules = {

/***/ 94:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHANGED_HINT: () => (/* reexport */ checksums_errors/* CHANGED_HINT */.HD),
  ChecksumsError: () => (/* reexport */ checksums_errors/* ChecksumsError */.bO),
  FileHashes: () => (/* reexport */ FileHashes),
  HashPool: () => (/* reexport */ HashPool),
  MANY_FILES: () => (/* reexport */ MANY_FILES),
  MAX_HASH_THREADS: () => (/* reexport */ MAX_HASH_THREADS),
  WALK_SKIPPED_NAMES: () => (/* reexport */ collect/* WALK_SKIPPED_NAMES */.Mh),
  checkAlgorithms: () => (/* reexport */ checkAlgorithms),
  checkArrayArgument: () => (/* reexport */ checksums_errors/* checkArrayArgument */.lD),
  checkChecksums: () => (/* reexport */ checkChecksums),
  checkChecksumsFile: () => (/* reexport */ checkChecksumsFile),
  checkConcurrency: () => (/* reexport */ checkConcurrency),
  checkEntries: () => (/* reexport */ checksums_errors/* checkEntries */.bX),
  checkNamedFiles: () => (/* reexport */ checkNamedFiles),
  checkOptionsArgument: () => (/* reexport */ checksums_errors/* checkOptionsArgument */.wV),
  checkStringArgument: () => (/* reexport */ checksums_errors/* checkStringArgument */.Xr),
  checksumLine: () => (/* reexport */ checksumLine),
  checksumsFileText: () => (/* reexport */ checksumsFileText),
  checksumsPlace: () => (/* reexport */ checksums_errors/* checksumsPlace */.qD),
  checksumsText: () => (/* binding */ checksumsText),
  collectArtifacts: () => (/* reexport */ collect/* collectArtifacts */.kx),
  compareNames: () => (/* reexport */ collect/* compareNames */.MP),
  createChecksums: () => (/* binding */ createChecksums),
  defaultHashThreads: () => (/* reexport */ defaultHashThreads),
  emptyChecksums: () => (/* reexport */ emptyChecksums),
  findArtifacts: () => (/* reexport */ collect/* findArtifacts */.n1),
  formatChecksums: () => (/* reexport */ formatChecksums),
  hashArtifacts: () => (/* reexport */ hashArtifacts),
  hashEach: () => (/* reexport */ hashEach),
  hashFiles: () => (/* reexport */ hashFiles),
  leftoverNotice: () => (/* reexport */ collect/* leftoverNotice */.O5),
  listingOrder: () => (/* reexport */ collect/* listingOrder */.z3),
  mayBeGlob: () => (/* reexport */ collect/* mayBeGlob */.jb),
  nodeFileSystem: () => (/* reexport */ collect/* nodeFileSystem */.GP),
  outcomeAt: () => (/* reexport */ outcomeAt),
  parseChecksumLine: () => (/* reexport */ parseChecksumLine),
  parseChecksums: () => (/* reexport */ parseChecksums),
  readChecksumEntries: () => (/* reexport */ readChecksumEntries),
  reportLine: () => (/* reexport */ reportLine),
  reportedName: () => (/* reexport */ reportedName),
  shownPath: () => (/* reexport */ checksums_errors/* shownPath */.pS),
  sortByName: () => (/* reexport */ collect/* sortByName */.VV),
  toSubjects: () => (/* binding */ toSubjects),
  unreadableHere: () => (/* reexport */ unreadableHere),
  worthThreads: () => (/* reexport */ worthThreads)
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

// EXTERNAL MODULE: ./lib/checksums/collect.js
var collect = __webpack_require__(522);
// EXTERNAL MODULE: ./lib/checksums/errors.js
var checksums_errors = __webpack_require__(2321);
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
function reportedName(name) {
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
    (0,checksums_errors/* checkArrayArgument */.lD)("formatChecksums's entries", entries, 'entries { name, hex }');
    // Each entry too: one without a name or digest was written as the line "undefined  undefined", which no reader takes.
    (0,checksums_errors/* checkEntries */.bX)("formatChecksums's entries", entries, { name: 'string', hex: 'string' }, 'an entry { name, hex }');
    entries.forEach(({ name, hex }, index) => {
        if (name === '' || !/^(?:[0-9a-f]{2})+$/.test(hex)) {
            throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_ARGUMENT_INVALID', `formatChecksums's entries[${index}] ${name === '' ? 'has an empty name' : 'has a hex that is not a digest in lowercase hex'}`, { hint: 'pass entries { name, hex } as hashArtifacts gives them' });
        }
    });
    return checksumsFileText(entries);
}
/**
 * {@link formatChecksums} of entries trust-kit made itself (a release's artifacts as hashed, its
 * SBOMs), which need none of the checks a caller's entries do: a release lists a million files.
 */
function checksumsFileText(entries) {
    return (0,collect/* sortByName */.VV)(entries, (entry) => entry.name)
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
function parseChecksumLine(raw, line, file, path) {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // A comment line, as sha256sum -c skips it: `#` first on the line.
    if (content.trim() === '' || content.startsWith('#'))
        return undefined;
    // Blanks before the digest, as sha256sum -c skips them (no digest or tag starts with one).
    const entry = parseLine(content.replace(/^[ \t]+/, ''), line);
    // Editors on Windows save one: sha256sum refuses the line too, and the mark itself shows as nothing.
    if (entry === undefined && line === 1 && content.startsWith('\uFEFF')) {
        throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_MALFORMED_LINE', `${file}:1: the file starts with a byte order mark (U+FEFF), which sha256sum -c does not read either`, {
            hint: 'save the checksums file as UTF-8 without a byte order mark, or regenerate it',
            ...(0,checksums_errors/* checksumsPlace */.qD)(path, 1),
        });
    }
    if (entry === undefined) {
        throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: not a checksum line: ${(0,quote/* quoted */.TL)(content, 120)}`, {
            hint: 'each line must be "<hex digest>  <file name>" as written by sha256sum or sha512sum',
            ...(0,checksums_errors/* checksumsPlace */.qD)(path, line),
        });
    }
    // No file name holds one: sha256sum -c reads the name up to it (another file), a -z file ends each line with one.
    if (entry.name.includes('\u0000')) {
        throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: the name ${(0,quote/* quoted */.TL)(entry.name, 120)} holds a NUL byte, which no file name can`, {
            hint: 'each line must be "<hex digest>  <file name>" ending in a line feed (not the NUL of sha256sum -z); regenerate the file',
            ...(0,checksums_errors/* checksumsPlace */.qD)(path, line),
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
    (0,checksums_errors/* checkStringArgument */.Xr)("parseChecksums's text", text);
    (0,checksums_errors/* checkStringArgument */.Xr)("parseChecksums's file name", file);
    const shown = (0,quote/* shownFile */.G)(file);
    const entries = [];
    const seen = new Map();
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    lines.forEach((raw, index) => {
        const line = index + 1;
        const entry = parseChecksumLine(raw, line, shown);
        if (entry === undefined)
            return;
        const previous = seen.get(entry.name);
        if (previous !== undefined) {
            throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_DUPLICATE_ENTRY', `${shown}:${line}: ${(0,quote/* quoted */.TL)(entry.name)} is already listed on line ${previous}`, {
                hint: 'a checksums file must list each name once; regenerate it',
            });
        }
        seen.set(entry.name, line);
        entries.push(entry);
    });
    if (entries.length === 0)
        throw emptyChecksums(shown);
    return entries;
}
/** The error for a checksums file (`file` as messages show it; `path`, where it is read) that lists nothing. */
function emptyChecksums(file, path) {
    return new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_EMPTY', `${file} lists no checksums`, { hint: 'check that this is the right file and that it was not truncated', ...(0,checksums_errors/* checksumsPlace */.qD)(path) });
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
const NOT_REGULAR = 'ENOTREG';
/** The error code a thread gives for a path whose real path is not under the job's `within` directory (a link or a `..` leading out of it): it is not opened. */
const OUTSIDE = 'EOUTSIDE';
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
      if (!real.startsWith(within) && real !== within.slice(0, -1)) return '${OUTSIDE}';
      // A pipe or a device a checksums file names is never opened: opening one can act (a pipe's writer goes on, a watchdog starts).
      if (!statSync(real).isFile()) return '${NOT_REGULAR}';
      fd = openSync(real, FLAGS | NOFOLLOW);
    }
    const info = fstatSync(fd);
    if (!info.isFile()) return '${NOT_REGULAR}';
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
class HashPool {
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
        const pool = new HashPool(size);
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
function checkAlgorithms(algorithms) {
    for (const algorithm of algorithms) {
        if (typeof algorithm === 'string' && isDigestAlgorithm(algorithm))
            continue;
        throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_ALGORITHM_UNSUPPORTED', typeof algorithm === 'string' ? `hash algorithm ${(0,quote/* quoted */.TL)(algorithm, 40)} is not one trust-kit hashes artifacts with` : `the hash algorithm is ${(0,quote/* typeName */.go)(algorithm)}, not one name`, {
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
function checkConcurrency(concurrency) {
    if (concurrency === undefined || (Number.isSafeInteger(concurrency) && concurrency >= 1 && concurrency <= MAX_HASH_THREADS))
        return;
    if (typeof concurrency === 'number' && Number.isSafeInteger(concurrency) && concurrency > MAX_HASH_THREADS) {
        throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${concurrency}, more threads than trust-kit hashes with (at most ${MAX_HASH_THREADS}, each about 9 MB of memory)`, {
            hint: 'pass at most the number of cores (or leave it out for one per core)',
        });
    }
    throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${typeof concurrency === 'number' ? String(concurrency) : `a ${typeof concurrency}`}, not a whole number of threads from 1 up`, {
        hint: 'pass the number of threads to hash with (1 hashes on the calling thread alone), or leave it out for one per core',
    });
}
/**
 * Hashes every file, streaming (a 10 GiB artifact never sits in memory) and, for many files,
 * on all cores; fails with the first file that cannot be read. The result keeps the input order.
 */
async function hashArtifacts(files, algorithm, options = {}) {
    (0,checksums_errors/* checkArrayArgument */.lD)("hashArtifacts's files", files, 'files { name, path } (what collectArtifacts returns)');
    (0,checksums_errors/* checkEntries */.bX)("hashArtifacts's files", files, { name: 'string', path: 'string' }, 'a file { name, path } (what collectArtifacts returns)');
    (0,checksums_errors/* checkOptionsArgument */.wV)("hashArtifacts's options", options, { also: 'strings', followLinks: 'boolean' });
    const outcomes = await hashEach(files, algorithm, options);
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
async function hashEach(files, algorithm, options = {}) {
    const hashes = await hashFiles(files, algorithm, options);
    return files.map((file, index) => outcomeAt(file, hashes, index));
}
/**
 * What {@link hashEach} does, the results kept by file index in {@link FileHashes} rather than as
 * an object a file: for a caller that writes them out at once (a checksums file), or picks them.
 */
async function hashFiles(files, algorithm, options = {}) {
    const algorithms = [algorithm, ...(options.also ?? []).filter((extra) => extra !== algorithm)];
    checkAlgorithms(algorithms);
    checkConcurrency(options.concurrency);
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
        return new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_FILE_CHANGED', `${(0,checksums_errors/* shownPath */.pS)(path)} changed while it was hashed: its checksum would be of bytes it never held at one moment`, {
            cause,
            hint: "something wrote to it meanwhile (a build still writing, another job): make sure nothing writes to the artifacts until their checksums are written, then run again",
        });
    }
    if (code === 'ELOOP') {
        return new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_READ_FAILED', `cannot read ${(0,checksums_errors/* shownPath */.pS)(path)}: it is a symbolic link, which is never followed once listed (it may lead out of the base)`, {
            cause,
            hint: "something replaced it with a link after it was listed: make sure nothing writes to the artifacts' directories until their checksums are written (a library caller lists files with collectArtifacts, which gives a link's checked target)",
        });
    }
    const reason = code === NOT_REGULAR || code === 'FILE_NOT_REGULAR' ? 'not a regular file (a pipe, a device or a directory is never read)' : code;
    return new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_READ_FAILED', `cannot read ${(0,checksums_errors/* shownPath */.pS)(path)}: ${reason}`, {
        cause,
        // Every file hashed was found moments before (listed, matched or named): one gone since was removed or renamed meanwhile.
        // Found by a walk, then gone, it was removed meanwhile; a path a library caller gave may never have been there.
        hint: code === 'EACCES' ? 'make the file readable by the user running trust-kit' : code === 'ENOENT' ? `check the path (collectArtifacts finds the files to hash); if it was there, ${checksums_errors/* CHANGED_HINT */.HD}` : 'check that the file exists and is readable',
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

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(4539);
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
    const code = (0,errors/* systemErrorCode */.vq)(error);
    return new checksums_errors/* ChecksumsError */.bO(code === 'ENOENT' ? 'CHECKSUMS_PATH_NOT_FOUND' : 'CHECKSUMS_READ_FAILED', `cannot read checksums file ${path}: ${code ?? String(error)}`, {
        cause: error,
        hint: 'check the path to the checksums file',
    });
}
function lineTooLong(file, line, maxLineBytes, path) {
    return new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_LINE_TOO_LONG', `${file}:${line}: the line is longer than ${maxLineBytes} bytes, which no checksum line of a real file name is`, {
        hint: 'check that this is a checksums file written by sha256sum, sha512sum or trust-kit',
        ...(0,checksums_errors/* checksumsPlace */.qD)(path, line),
    });
}
/**
 * A line's bytes as text. A name whose bytes are not UTF-8 (sha256sum lists any) would be decoded
 * with U+FFFD in their place, a name no file has: refused, so that it is neither reported missing
 * nor skipped by `ignoreMissing` while sha256sum checks it.
 */
function lineText(bytes, file, line, path) {
    // A comment lists no name: sha256sum -c skips a line whose first byte is `#`, whatever its encoding (a Latin-1 title).
    if ((0,external_node_buffer_.isUtf8)(bytes) || bytes[0] === 0x23)
        return bytes.toString('utf8');
    throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_UNSAFE_NAME', `${file}:${line}: the line is not valid UTF-8, so the file name it lists cannot be looked up`, {
        hint: 'check such a file with sha256sum -c; trust-kit reads names written in UTF-8, as it writes them',
        ...(0,checksums_errors/* checksumsPlace */.qD)(path, line),
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
    (0,checksums_errors/* checkStringArgument */.Xr)("readChecksumEntries's path", path);
    (0,checksums_errors/* checkOptionsArgument */.wV)("readChecksumEntries's options", options, { shown: 'string', maxLineBytes: 'number', onChunk: 'function' });
    const named = options.shown ?? path;
    const shown = (0,quote/* shownFile */.G)(named);
    const maxLineBytes = options.maxLineBytes ?? files/* INPUT_LIMITS */.Ef.checksumsLine;
    let carry = Buffer.alloc(0);
    let line = 0;
    let listed = 0;
    const chunks = (0,files/* regularFileChunks */.hT)(path, { what: 'checksums file', shown: named });
    // Closes the file also when the caller stops early or a line is refused.
    try {
        for (;;) {
            let next;
            try {
                next = await chunks.next();
            }
            catch (error) {
                throw (0,errors/* isTrustKitError */.Nf)(error) ? error : unreadableChecksums(shown, error);
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
    (0,checksums_errors/* checkArrayArgument */.lD)("checkChecksums's entries", entries, 'entries { name, algorithm, hex }');
    (0,checksums_errors/* checkOptionsArgument */.wV)("checkChecksums's options", options, { base: 'string', ignoreMissing: 'boolean' }, ['base']);
    checkAlgorithms(entries.map((entry) => entry.algorithm));
    const results = [];
    await checkEntries(entries, { base: options.base, ...(options.ignoreMissing === undefined ? {} : { ignoreMissing: options.ignoreMissing }), onResult: (result) => results.push(result) });
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
            if ((await (0,promises_.stat)(path)).isFile())
                present.push({ index, path, name: entry.name, algorithm: entry.algorithm });
            else
                results[index] = { entry, status: 'unreadable', reason: 'not a regular file' };
        }
        catch (error) {
            const code = (0,errors/* systemErrorCode */.vq)(error);
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
                results[file.index] = { entry, status: 'unreadable', ...(artifact === undefined ? {} : { reason: (0,errors/* systemErrorCode */.vq)(artifact.error.cause) ?? artifact.error.message }) };
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
    (0,checksums_errors/* checkStringArgument */.Xr)("checkChecksumsFile's path", path);
    (0,checksums_errors/* checkOptionsArgument */.wV)("checkChecksumsFile's options", options, { base: 'string', ignoreMissing: 'boolean', onResult: 'function', onIgnored: 'function', shown: 'string', maxLineBytes: 'number', onChunk: 'function' }, ['base', 'onResult']);
    checkConcurrency(options.concurrency);
    return checkEntries(readChecksumEntries(path, options), options);
}
/** {@link checkChecksumsFile}'s check of entries however they come: read from a file as they are checked, or given whole. */
async function checkEntries(entries, options) {
    const counts = { ok: 0, mismatch: 0, missing: 0, unreadable: 0, ignored: 0 };
    // A listed name may be absolute, climb with '..' or go through a link: only files really under the base are read.
    const realBase = await (0,promises_.realpath)(options.base).catch(() => (0,external_node_path_.resolve)(options.base));
    const within = realBase.endsWith(external_node_path_.sep) ? realBase : `${realBase}${external_node_path_.sep}`;
    const lexicalBase = (0,external_node_path_.resolve)(options.base);
    // A name that leads out of the base as written (absolute elsewhere, or up with '..') is outside whether or not
    // its file exists: reported missing, it would tell whoever wrote the checksums file which paths exist out there.
    const leadsOut = (name) => {
        const file = (0,external_node_path_.resolve)(options.base, name);
        return !(0,paths/* isPathWithin */.Z)(lexicalBase, file) && !(0,paths/* isPathWithin */.Z)(realBase, file);
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
    const threads = options.concurrency ?? Math.min((0,external_node_os_.availableParallelism)(), MAX_THREADS);
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
        const paths = pending.entries.map((entry) => ((0,external_node_path_.isAbsolute)(entry.name) ? entry.name : `${lexicalBase}${external_node_path_.sep}${entry.name}`));
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
        throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_ARGUMENT_INVALID', `createChecksums's config is ${(0,quote/* typeName */.go)(config)}, not an object { subjects, algorithm, base, output }`, { hint: 'pass the config as the ChecksumsConfig type declares it (see docs/library.md)' });
    (0,checksums_errors/* checkOptionsArgument */.wV)("createChecksums's config", config, { output: 'string' });
    (0,checksums_errors/* checkOptionsArgument */.wV)("createChecksums's options", createOptions, { also: 'strings', leftover: 'function' });
    checkAlgorithms([config.algorithm, ...(options.also ?? [])]);
    checkConcurrency(options.concurrency);
    const outputPath = config.output === undefined ? undefined : (0,external_node_path_.resolve)(cwd, config.output);
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
        const found = await (0,collect/* findArtifacts */.n1)(config.subjects, { cwd, base: config.base, exclude: outputPath === undefined ? [] : [outputPath, `${outputPath}${files/* BUNDLE_SUFFIX */.Zf}`], onExcluded: (path) => void (outputFound ||= path === outputPath), ...(progress === undefined ? {} : { progress }), ...(leftover === undefined ? {} : { leftover }) });
        // An earlier checksums file the subjects find is left out and replaced, so a re-run lists the same files (and so is its
        // bundle, sign-blob's `<output>.sigstore.json`); any other file there is an artifact a mistyped --output would overwrite,
        // and leave out of the list.
        if (outputFound && outputPath !== undefined && !holdsChecksums(outputPath)) {
            throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_OUTPUT_IS_ARTIFACT', `the output ${(0,checksums_errors/* shownPath */.pS)(config.output ?? outputPath)} is a file the subjects list, and not a checksums file: it would be overwritten, and left out of the list`, {
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
            order = (0,collect/* listingOrder */.z3)(found);
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
    (0,checksums_errors/* checkArrayArgument */.lD)("toSubjects's artifacts", artifacts, 'artifacts (what hashArtifacts returns)');
    (0,checksums_errors/* checkEntries */.bX)("toSubjects's artifacts", artifacts, { name: 'string', digests: 'object' }, 'an artifact { name, digests } (what hashArtifacts returns)');
    checkAlgorithms([algorithm]);
    return artifacts.map((artifact) => {
        const hex = artifact.digests[algorithm];
        if (hex === undefined) {
            throw new checksums_errors/* ChecksumsError */.bO('CHECKSUMS_ALGORITHM_UNSUPPORTED', `${artifact.name} was not hashed with ${algorithm} (its digests: ${Object.keys(artifact.digests).join(', ') || 'none'})`, {
                hint: `hash the artifacts with ${algorithm} (hashArtifacts(files, '${algorithm}'), or { also: ['${algorithm}'] })`,
            });
        }
        return { name: artifact.name, digest: { [algorithm]: hex } };
    });
}


/***/ })

};
