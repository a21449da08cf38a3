export const id = 2555;
export const ids = [2555];
export const modules = {

/***/ 3093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var escapeName = (function (name) {
    return name.replace(/[\\\n\r]/g, ((char) => ESCAPES[char] ?? char));
});var reportedName = (function (name) {
    if (!UNPRINTABLE.test(name))
        return name;
    return `\\${name.replace(REPORT_ESCAPED, ((char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`))}`;
});var formatChecksums = (function (entries) {
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkArrayArgument */ .lD)("formatChecksums's entries", entries, 'entries { name, hex }');
    // Each entry too: one without a name or digest was written as the line "undefined  undefined", which no reader takes.
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkEntries */ .bX)("formatChecksums's entries", entries, { name: 'string', hex: 'string' }, 'an entry { name, hex }');
    entries.forEach((({ name, hex }, index) => {
        if (name === '' || !/^(?:[0-9a-f]{2})+$/.test(hex)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_ARGUMENT_INVALID', `formatChecksums's entries[${index}] ${name === '' ? 'has an empty name' : 'has a hex that is not a digest in lowercase hex'}`, { hint: 'pass entries { name, hex } as hashArtifacts gives them' });
        }
    }));
    return checksumsFileText(entries);
});var checksumsFileText = (function (entries) {
    return (0,_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .sortByName */ .VV)(entries, ((entry) => entry.name))
        .map((({ name, hex }) => checksumLine(name, hex)))
        .join('');
});var checksumLine = (function (name, hex) {
    return NEEDS_ESCAPE.test(name) ? `\\${hex}  ${escapeName(name)}\n` : `${hex}  ${name}\n`;
});var algorithmForLength = (function (length) {
    if (length === (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexLength */ .E6)('sha256'))
        return 'sha256';
    if (length === (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexLength */ .E6)('sha512'))
        return 'sha512';
    return undefined;
});var unescapeName = (function (name) {
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
});var parseChecksumLine = (function (raw, line, file, path) {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // A comment line, as sha256sum -c skips it: `#` first on the line.
    if (content.trim() === '' || content.startsWith('#'))
        return undefined;
    // Blanks before the digest, as sha256sum -c skips them (no digest or tag starts with one).
    const entry = parseLine(content.replace(/^[ \t]+/, ''), line);
    // Editors on Windows save one: sha256sum refuses the line too, and the mark itself shows as nothing.
    if (entry === undefined && line === 1 && content.startsWith('\uFEFF')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_MALFORMED_LINE', `${file}:1: the file starts with a byte order mark (U+FEFF), which sha256sum -c does not read either`, {
            hint: 'save the checksums file as UTF-8 without a byte order mark, or regenerate it',
            ...(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checksumsPlace */ .qD)(path, 1),
        });
    }
    if (entry === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: not a checksum line: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(content, 120)}`, {
            hint: 'each line must be "<hex digest>  <file name>" as written by sha256sum or sha512sum',
            ...(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checksumsPlace */ .qD)(path, line),
        });
    }
    // No file name holds one: sha256sum -c reads the name up to it (another file), a -z file ends each line with one.
    if (entry.name.includes('\u0000')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: the name ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(entry.name, 120)} holds a NUL byte, which no file name can`, {
            hint: 'each line must be "<hex digest>  <file name>" ending in a line feed (not the NUL of sha256sum -z); regenerate the file',
            ...(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checksumsPlace */ .qD)(path, line),
        });
    }
    return entry;
});var parseChecksums = (function (text, file) {
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStringArgument */ .Xr)("parseChecksums's text", text);
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStringArgument */ .Xr)("parseChecksums's file name", file);
    const shown = (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .shownFile */ .G)(file);
    const entries = [];
    const seen = new Map();
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    lines.forEach(((raw, index) => {
        const line = index + 1;
        const entry = parseChecksumLine(raw, line, shown);
        if (entry === undefined)
            return;
        const previous = seen.get(entry.name);
        if (previous !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_DUPLICATE_ENTRY', `${shown}:${line}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(entry.name)} is already listed on line ${previous}`, {
                hint: 'a checksums file must list each name once; regenerate it',
            });
        }
        seen.set(entry.name, line);
        entries.push(entry);
    }));
    if (entries.length === 0)
        throw emptyChecksums(shown);
    return entries;
});var emptyChecksums = (function (file, path) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_EMPTY', `${file} lists no checksums`, { hint: 'check that this is the right file and that it was not truncated', ...(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checksumsPlace */ .qD)(path) });
});var parseLine = (function (content, line) {
    const tag = TAG_LINE.exec(content);
    if (tag !== null) {
        const [, escaped, label, rawName, hex] = tag;
        const algorithm = label?.toLowerCase() ?? '';
        const name = escaped === '\\' ? unescapeName(rawName ?? '') : rawName;
        if (!(0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigestAlgorithm */ .Wb)(algorithm) || name === undefined || hex === undefined || hex.length !== (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexLength */ .E6)(algorithm))
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: (() => (/* binding */ parseChecksumLine)),
/* harmony export */   I4: (() => (/* binding */ checksumsFileText)),
/* harmony export */   PF: (() => (/* binding */ reportedName)),
/* harmony export */   Ut: (() => (/* binding */ checksumLine)),
/* harmony export */   gA: (() => (/* binding */ emptyChecksums)),
/* harmony export */   ss: (() => (/* binding */ formatChecksums)),
/* harmony export */   yk: (() => (/* binding */ parseChecksums))
/* harmony export */ });
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25403);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82321);





const NEEDS_ESCAPE = /[\\\n\r]/;
const ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r' };

/**
 * Characters a report line must not carry as they are: C0 and C1 controls and DEL, which would
 * break its lines or drive the terminal (U+009B is a one-byte CSI), line and paragraph separators,
 * and bidirectional controls, which show a name in another order than it is (`evil`, U+202E,
 * `txt.exe` reads as `evilexe.txt`).
 */
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001f${_core_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .UNSHOWN_BEYOND_C0 */ .Xg}]`);
/** A backslash or a character of {@link UNPRINTABLE}, as a report line escapes it. */
const REPORT_ESCAPED = new RegExp(`[\\\\\\u0000-\\u001f${_core_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .UNSHOWN_BEYOND_C0 */ .Xg}]`, 'g');
/**
 * A name as `sha256sum -c` prints it in its report (`<name>: OK`): as it is, unless it holds a line
 * feed, which would break the report's lines, or another control character, which the checksums
 * file's author could use to drive the reader's terminal; then escaped with a leading `\` as in a
 * checksums file (`\\`, `\n`, `\r`), other controls, separators and bidirectional controls as
 * `\uXXXX` (sha256sum prints those as they are).
 */

/**
 * Renders a checksums file exactly as coreutils `sha256sum`/`sha512sum` write it in text mode:
 * `<hex>  <name>`, one per line, sorted by name. A name holding a backslash, a line feed or a
 * carriage return is escaped as coreutils 9 escapes it (`\\`, `\n`, `\r`, and the line starts with
 * `\`), so `sha256sum -c` and {@link parseChecksums} read every name back unchanged.
 */

/**
 * {@link formatChecksums} of entries trust-kit made itself (a release's artifacts as hashed, its
 * SBOMs), which need none of the checks a caller's entries do: a release lists a million files.
 */

/** One line of a checksums file, as {@link formatChecksums} writes it. */

const GNU_LINE = /^(\\?)([0-9a-fA-F]+) ([ *])(.+)$/s;
/**
 * A BSD tag line as `sha256sum -c` reads it: `--tag`'s `SHA256 (name) = HEX`, and the spacing OpenSSL 1.x and LibreSSL
 * write (`SHA256(name)= HEX`): an optional space before `(`, blanks (space or tab) around `=`, and the name up to the
 * last `)` (a name may hold `) = `).
 */
const TAG_LINE = /^(\\?)(SHA256|SHA512) ?\((.+)\)[ \t]*=[ \t]*([0-9a-fA-F]+)$/s;


/**
 * Parses one line of a checksums file (without its line feed; a trailing carriage return is
 * dropped) in every form coreutils writes: `<hex>  name` text mode, `<hex> *name` binary mode,
 * escaped names, `--tag` BSD lines. A blank line is undefined; a line that is none of them is an
 * error naming the file (`file`, as messages show it: see shownFile) and line, never skipped; with
 * the file's `path`, the error carries its place there.
 */

/**
 * Parses a whole checksums file held in memory (see {@link parseChecksumLine}); a name listed
 * twice is an error. Files of any length are better checked with {@link checkChecksumsFile}, which
 * streams them.
 */

/** The error for a checksums file (`file` as messages show it; `path`, where it is read) that lists nothing. */




/***/ }),

/***/ 72555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var checkAlgorithms = (function (algorithms) {
    for (const algorithm of algorithms) {
        if (typeof algorithm === 'string' && (0,core_digest/* isDigestAlgorithm */.Wb)(algorithm))
            continue;
        throw new errors/* ChecksumsError */.bO('CHECKSUMS_ALGORITHM_UNSUPPORTED', typeof algorithm === 'string' ? `hash algorithm ${(0,quote/* quoted */.TL)(algorithm, 40)} is not one trust-kit hashes artifacts with` : `the hash algorithm is ${(0,quote/* typeName */.go)(algorithm)}, not one name`, {
            hint: `pass ${core_digest/* DIGEST_ALGORITHMS */.MF.map(((name) => `"${name}"`)).join(' or ')} (lowercase)`,
        });
    }
});var defaultHashThreads = (function () {
    return Math.min((0,external_node_os_.availableParallelism)(), MAX_HASH_THREADS);
});var checkConcurrency = (function (concurrency) {
    if (concurrency === undefined || (Number.isSafeInteger(concurrency) && concurrency >= 1 && concurrency <= MAX_HASH_THREADS))
        return;
    if (typeof concurrency === 'number' && Number.isSafeInteger(concurrency) && concurrency > MAX_HASH_THREADS) {
        throw new errors/* ChecksumsError */.bO('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${concurrency}, more threads than trust-kit hashes with (at most ${MAX_HASH_THREADS}, each about 9 MB of memory)`, {
            hint: 'pass at most the number of cores (or leave it out for one per core)',
        });
    }
    throw new errors/* ChecksumsError */.bO('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${typeof concurrency === 'number' ? String(concurrency) : `a ${typeof concurrency}`}, not a whole number of threads from 1 up`, {
        hint: 'pass the number of threads to hash with (1 hashes on the calling thread alone), or leave it out for one per core',
    });
});var hashArtifacts = (async function (files, algorithm, options = {}) {
    (0,errors/* checkArrayArgument */.lD)("hashArtifacts's files", files, 'files { name, path } (what collectArtifacts returns)');
    (0,errors/* checkEntries */.bX)("hashArtifacts's files", files, { name: 'string', path: 'string' }, 'a file { name, path } (what collectArtifacts returns)');
    (0,errors/* checkOptionsArgument */.wV)("hashArtifacts's options", options, { also: 'strings', followLinks: 'boolean' });
    const outcomes = await hashEach(files, algorithm, options);
    for (const outcome of outcomes)
        if ('error' in outcome)
            throw outcome.error;
    return outcomes;
});var hashEach = (async function (files, algorithm, options = {}) {
    const hashes = await hashFiles(files, algorithm, options);
    return files.map(((file, index) => outcomeAt(file, hashes, index)));
});var hashFiles = (async function (files, algorithm, options = {}) {
    const algorithms = [algorithm, ...(options.also ?? []).filter(((extra) => extra !== algorithm))];
    checkAlgorithms(algorithms);
    checkConcurrency(options.concurrency);
    const help = options.callerHelps ?? false;
    const follow = options.followLinks === true;
    const callerHelps = help === false ? 0 : 1;
    const threads = Math.min((options.workers === undefined ? (options.concurrency ?? defaultHashThreads()) : options.workers.size + callerHelps), files.length);
    // Many files go to the pool's synchronous reads without a look at their sizes, before the first await, even with
    // one core (on this thread alone when it helps): read one by one through the event loop, a small file costs ten
    // times as much (20,000 files of 4 KiB: 1.9 s against 0.2 s).
    if (files.length < checksums_pool/* MANY_FILES */.UA && (files.length < 2 || threads < 2 || !(await worthWorkers(files)))) {
        const hashes = new checksums_pool/* FileHashes */.$M(files.length, [algorithms], undefined, false);
        for (const [index, file] of files.entries())
            await hashInProcess(file, algorithms, hashes, index, follow);
        return hashes;
    }
    if (options.workers !== undefined)
        return hashOnPool(options.workers, files, algorithms, help, follow);
    const started = checksums_pool/* HashPool */.vO.start(Math.max(threads - callerHelps, 1 - callerHelps));
    try {
        return await hashOnPool(started, files, algorithms, help, follow);
    }
    finally {
        await started.close();
    }
});var hashOnPool = (function (pool, files, algorithms, callerHelps, followLinks) {
    // Fewer files than that reach the threads only when they are large (worthWorkers).
    return pool.hash(files.map(((file) => file.target ?? file.path)), [algorithms], undefined, { callerHelps, oneFilePerClaim: files.length < checksums_pool/* MANY_FILES */.UA, ...(followLinks ? { followLinks } : {}) });
});var outcomeAt = (function (file, hashes, index) {
    if ((hashes.sizes[index] ?? -1) < 0) {
        const failure = hashes.failures.get(index);
        return { ...file, error: readFailed(file.path, failure?.code ?? 'unexpected answer', failure?.cause) };
    }
    return artifactOf(file, hashes.sizes[index] ?? 0, hashes.algorithmsOf(index), hashes.hexesOf(index));
});var artifactOf = (function (file, size, algorithms, hexes) {
    const digests = {};
    algorithms.forEach(((algorithm, index) => {
        digests[algorithm] = hexes[index];
    }));
    return { path: file.path, name: file.name, size, hex: hexes[0] ?? '', digests };
});var worthThreads = (async function (files) {
    return files.length >= checksums_pool/* MANY_FILES */.UA || worthWorkers(files);
});var worthWorkers = (async function (files) {
    const sizes = await Promise.all(files.map((async (file) => (await (0,promises_.stat)(file.path).catch((() => undefined)))?.size ?? 0)));
    return sizes.reduce(((sum, size) => sum + size), 0) >= WORKER_THRESHOLD_BYTES;
});var readFailed = (function (path, code, cause) {
    if (code === checksums_pool/* CHANGED */.Rj || code === 'FILE_CHANGED') {
        return new errors/* ChecksumsError */.bO('CHECKSUMS_FILE_CHANGED', `${(0,errors/* shownPath */.pS)(path)} changed while it was hashed: its checksum would be of bytes it never held at one moment`, {
            cause,
            hint: "something wrote to it meanwhile (a build still writing, another job): make sure nothing writes to the artifacts until their checksums are written, then run again",
        });
    }
    if (code === 'ELOOP') {
        return new errors/* ChecksumsError */.bO('CHECKSUMS_READ_FAILED', `cannot read ${(0,errors/* shownPath */.pS)(path)}: it is a symbolic link, which is never followed once listed (it may lead out of the base)`, {
            cause,
            hint: "something replaced it with a link after it was listed: make sure nothing writes to the artifacts' directories until their checksums are written (a library caller lists files with collectArtifacts, which gives a link's checked target)",
        });
    }
    const reason = code === checksums_pool/* NOT_REGULAR */.bh || code === 'FILE_NOT_REGULAR' ? 'not a regular file (a pipe, a device or a directory is never read)' : code;
    return new errors/* ChecksumsError */.bO('CHECKSUMS_READ_FAILED', `cannot read ${(0,errors/* shownPath */.pS)(path)}: ${reason}`, {
        cause,
        // Every file hashed was found moments before (listed, matched or named): one gone since was removed or renamed meanwhile.
        // Found by a walk, then gone, it was removed meanwhile; a path a library caller gave may never have been there.
        hint: code === 'EACCES' ? 'make the file readable by the user running trust-kit' : code === 'ENOENT' ? `check the path (collectArtifacts finds the files to hash); if it was there, ${errors/* CHANGED_HINT */.HD}` : 'check that the file exists and is readable',
    });
});var hashInProcess = (async function (file, algorithms, hashes, index, followLinks) {
    try {
        const { digest, size } = await (0,core_digest/* hashFile */.DC)(file.target ?? file.path, algorithms, followLinks ? {} : { noFollow: true });
        hashes.set(index, size, algorithms.map(((algorithm) => digest[algorithm] ?? '')));
    }
    catch (error) {
        hashes.fail(index, { code: (0,core_errors/* systemErrorCode */.vq)(error) ?? String(error), cause: error });
    }
});var unreadableHere = (function (result) {
    return result.status === 'unreadable' && result.outside !== true && result.reason !== 'ENAMETOOLONG';
});var reportLine = (function (result) {
    return `${(0,format/* reportedName */.PF)(result.entry.name)}: ${STATUS_TEXT[result.status]}${result.outside === true ? ' (outside the base directory)' : ''}`;
});var unreadableChecksums = (function (path, error) {
    const code = (0,core_errors/* systemErrorCode */.vq)(error);
    return new errors/* ChecksumsError */.bO(code === 'ENOENT' ? 'CHECKSUMS_PATH_NOT_FOUND' : 'CHECKSUMS_READ_FAILED', `cannot read checksums file ${path}: ${code ?? String(error)}`, {
        cause: error,
        hint: 'check the path to the checksums file',
    });
});var lineTooLong = (function (file, line, maxLineBytes, path) {
    return new errors/* ChecksumsError */.bO('CHECKSUMS_LINE_TOO_LONG', `${file}:${line}: the line is longer than ${maxLineBytes} bytes, which no checksum line of a real file name is`, {
        hint: 'check that this is a checksums file written by sha256sum, sha512sum or trust-kit',
        ...(0,errors/* checksumsPlace */.qD)(path, line),
    });
});var lineText = (function (bytes, file, line, path) {
    // A comment lists no name: sha256sum -c skips a line whose first byte is `#`, whatever its encoding (a Latin-1 title).
    if ((0,external_node_buffer_.isUtf8)(bytes) || bytes[0] === 0x23)
        return bytes.toString('utf8');
    throw new errors/* ChecksumsError */.bO('CHECKSUMS_UNSAFE_NAME', `${file}:${line}: the line is not valid UTF-8, so the file name it lists cannot be looked up`, {
        hint: 'check such a file with sha256sum -c; trust-kit reads names written in UTF-8, as it writes them',
        ...(0,errors/* checksumsPlace */.qD)(path, line),
    });
});var readChecksumEntries = (async function* (path, options = {}) {
    (0,errors/* checkStringArgument */.Xr)("readChecksumEntries's path", path);
    (0,errors/* checkOptionsArgument */.wV)("readChecksumEntries's options", options, { shown: 'string', maxLineBytes: 'number', onChunk: 'function' });
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
                throw (0,core_errors/* isTrustKitError */.Nf)(error) ? error : unreadableChecksums(shown, error);
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
                const entry = (0,format/* parseChecksumLine */.DB)(text, line, shown, path);
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
            const entry = (0,format/* parseChecksumLine */.DB)(lineText(carry, shown, line + 1, path), line + 1, shown, path);
            if (entry !== undefined) {
                listed += 1;
                yield entry;
            }
        }
        if (listed === 0)
            throw (0,format/* emptyChecksums */.gA)(shown, path);
    }
    finally {
        await chunks.return(undefined);
    }
});var checkChecksums = (async function (entries, options) {
    (0,errors/* checkArrayArgument */.lD)("checkChecksums's entries", entries, 'entries { name, algorithm, hex }');
    (0,errors/* checkOptionsArgument */.wV)("checkChecksums's options", options, { base: 'string', ignoreMissing: 'boolean' }, ['base']);
    checkAlgorithms(entries.map(((entry) => entry.algorithm)));
    const results = [];
    await checkEntries(entries, { base: options.base, ...(options.ignoreMissing === undefined ? {} : { ignoreMissing: options.ignoreMissing }), onResult: ((result) => results.push(result)) });
    return results;
});var checkNamedFiles = (async function (files) {
    const results = new Array(files.length);
    const present = [];
    await Promise.all(files.map((async ({ entry, path }, index) => {
        try {
            if ((await (0,promises_.stat)(path)).isFile())
                present.push({ index, path, name: entry.name, algorithm: entry.algorithm });
            else
                results[index] = { entry, status: 'unreadable', reason: 'not a regular file' };
        }
        catch (error) {
            const code = (0,core_errors/* systemErrorCode */.vq)(error);
            results[index] = code === 'ENOENT' ? { entry, status: 'missing' } : { entry, status: 'unreadable', ...(code === undefined ? {} : { reason: code }) };
        }
    })));
    for (const algorithm of new Set(present.map(((file) => file.algorithm)))) {
        const group = present.filter(((file) => file.algorithm === algorithm));
        const hashed = await hashEach(group, algorithm, { followLinks: true });
        group.forEach(((file, position) => {
            const { entry } = files[file.index];
            const artifact = hashed[position];
            if (artifact === undefined || 'error' in artifact)
                results[file.index] = { entry, status: 'unreadable', ...(artifact === undefined ? {} : { reason: (0,core_errors/* systemErrorCode */.vq)(artifact.error.cause) ?? artifact.error.message }) };
            else if (artifact.hex === entry.hex.toLowerCase())
                results[file.index] = { entry, status: 'ok' };
            else
                results[file.index] = { entry, status: 'mismatch', actual: artifact.hex };
        }));
    }
    return results;
});var checkChecksumsFile = (async function (path, options) {
    (0,errors/* checkStringArgument */.Xr)("checkChecksumsFile's path", path);
    (0,errors/* checkOptionsArgument */.wV)("checkChecksumsFile's options", options, { base: 'string', ignoreMissing: 'boolean', onResult: 'function', onIgnored: 'function', shown: 'string', maxLineBytes: 'number', onChunk: 'function' }, ['base', 'onResult']);
    checkConcurrency(options.concurrency);
    return checkEntries(readChecksumEntries(path, options), options);
});var checkEntries = (async function (entries, options) {
    const counts = { ok: 0, mismatch: 0, missing: 0, unreadable: 0, ignored: 0 };
    // A listed name may be absolute, climb with '..' or go through a link: only files really under the base are read.
    const realBase = await (0,promises_.realpath)(options.base).catch((() => (0,external_node_path_.resolve)(options.base)));
    const within = realBase.endsWith(external_node_path_.sep) ? realBase : `${realBase}${external_node_path_.sep}`;
    const lexicalBase = (0,external_node_path_.resolve)(options.base);
    // A name that leads out of the base as written (absolute elsewhere, or up with '..') is outside whether or not
    // its file exists: reported missing, it would tell whoever wrote the checksums file which paths exist out there.
    const leadsOut = ((name) => {
        const file = (0,external_node_path_.resolve)(options.base, name);
        return !(0,paths/* isPathWithin */.Z)(lexicalBase, file) && !(0,paths/* isPathWithin */.Z)(realBase, file);
    });
    const report = ((entry, [size, value]) => {
        const hex = typeof value === 'string' ? undefined : value[0];
        const result = hex === undefined
            ? value === checksums_pool/* OUTSIDE */.ov || (value === 'ENOENT' && leadsOut(entry.name))
                ? { entry, status: 'unreadable', outside: true }
                : size < 0 && value === 'ENOENT'
                    ? { entry, status: 'missing' }
                    : { entry, status: 'unreadable', reason: value === checksums_pool/* NOT_REGULAR */.bh ? 'not a regular file' : typeof value === 'string' ? value : 'no answer' }
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
    });
    const threads = options.concurrency ?? Math.min((0,external_node_os_.availableParallelism)(), MAX_THREADS);
    let pool;
    // Batches in line order; each fills in as its threads answer, and is reported up to its first gap.
    const window = [];
    const flush = (() => {
        for (let oldest = window[0]; oldest !== undefined; oldest = window[0]) {
            for (let answer = oldest.answers[oldest.reported]; answer !== undefined; answer = oldest.answers[oldest.reported]) {
                report(oldest.entries[oldest.reported], answer);
                oldest.reported += 1;
            }
            if (oldest.reported < oldest.entries.length)
                return;
            window.shift();
        }
    });
    let batch = [];
    const dispatch = (() => {
        pool ??= new checksums_pool/* HashPool */.vO(threads);
        const pending = { entries: batch, answers: new Array(batch.length), reported: 0, done: Promise.resolve() };
        batch = [];
        // Not normalized: the file system resolves the name as sha256sum -c has it resolve it (`sub/../a` through a linked `sub`
        // is not `a`, and `a/` is no file), and the real path it leads to is what must lie under the base.
        const paths = pending.entries.map(((entry) => ((0,external_node_path_.isAbsolute)(entry.name) ? entry.name : `${lexicalBase}${external_node_path_.sep}${entry.name}`)));
        pending.done = pool.hash(paths, pending.entries.map(((entry) => [entry.algorithm])), ((first, answers) => {
            answers.forEach(((answer, position) => {
                pending.answers[first + position] = answer;
            }));
            flush();
        }), { within });
        // Awaited in order below; marked handled here so a failure of a later batch is not unhandled meanwhile.
        pending.done.catch((() => undefined));
        window.push(pending);
    });
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
});var holdsChecksums = (function (path) {
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
        return (0,format/* parseChecksumLine */.DB)(head.toString('utf8').split('\n')[0] ?? '', 1, path) !== undefined;
    }
    catch {
        return false;
    }
});var removeStaleSignature = (async function (outputPath, text, leftover) {
    const bundle = `${outputPath}${files/* BUNDLE_SUFFIX */.Zf}`;
    const present = await (0,promises_.stat)(bundle).then(((info) => info.isFile()), (() => false));
    if (!present)
        return;
    const earlier = await (0,promises_.stat)(outputPath).then(((info) => (info.isFile() && info.size === Buffer.byteLength(text) ? (0,promises_.readFile)(outputPath, 'utf8') : undefined)), (() => undefined));
    if (earlier === text)
        return;
    await (0,promises_.rm)(bundle, { force: true });
    leftover?.({ path: bundle, kind: 'signature of the replaced output' });
});var createChecksums = (async function (config, cwd, createOptions = {}) {
    const { threadsStartedAhead, leftover, ...options } = createOptions;
    if (typeof config !== 'object' || config === null)
        throw new errors/* ChecksumsError */.bO('CHECKSUMS_ARGUMENT_INVALID', `createChecksums's config is ${(0,quote/* typeName */.go)(config)}, not an object { subjects, algorithm, base, output }`, { hint: 'pass the config as the ChecksumsConfig type declares it (see docs/library.md)' });
    (0,errors/* checkOptionsArgument */.wV)("createChecksums's config", config, { output: 'string' });
    (0,errors/* checkOptionsArgument */.wV)("createChecksums's options", createOptions, { also: 'strings', leftover: 'function' });
    checkAlgorithms([config.algorithm, ...(options.also ?? [])]);
    checkConcurrency(options.concurrency);
    const outputPath = config.output === undefined ? undefined : (0,external_node_path_.resolve)(cwd, config.output);
    const concurrency = options.concurrency ?? defaultHashThreads();
    let early = threadsStartedAhead;
    const progress = options.workers === undefined && early === undefined && concurrency >= 2
        ? ((found) => {
            if (found >= checksums_pool/* MANY_FILES */.UA)
                early ??= checksums_pool/* HashPool */.vO.start(concurrency - 1);
        })
        : undefined;
    let hashed;
    let ending;
    try {
        let outputFound = false;
        const found = await (0,collect/* findArtifacts */.n1)(config.subjects, { cwd, base: config.base, exclude: outputPath === undefined ? [] : [outputPath, `${outputPath}${files/* BUNDLE_SUFFIX */.Zf}`], onExcluded: ((path) => void (outputFound ||= path === outputPath)), ...(progress === undefined ? {} : { progress }), ...(leftover === undefined ? {} : { leftover }) });
        // An earlier checksums file the subjects find is left out and replaced, so a re-run lists the same files (and so is its
        // bundle, sign-blob's `<output>.sigstore.json`); any other file there is an artifact a mistyped --output would overwrite,
        // and leave out of the list.
        if (outputFound && outputPath !== undefined && !holdsChecksums(outputPath)) {
            throw new errors/* ChecksumsError */.bO('CHECKSUMS_OUTPUT_IS_ARTIFACT', `the output ${(0,errors/* shownPath */.pS)(config.output ?? outputPath)} is a file the subjects list, and not a checksums file: it would be overwritten, and left out of the list`, {
                hint: 'write the checksums to a new file (or an earlier checksums file), or leave that file out of the subjects',
            });
        }
        // Threads started ahead for what turned out to be a few small files end now, while those are hashed here: ending
        // one still starting takes as long as its start may have left, and exiting waits for it.
        if (early !== undefined && found.length < checksums_pool/* MANY_FILES */.UA && !(await worthThreads(found))) {
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
            hashing.catch((() => undefined));
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
                artifacts ??= hashed.order.map(((index) => outcomeAt(hashed.found[index], hashed.hashes, index)));
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
});var throwFirstFailure = (function ({ found, hashes, order }) {
    if (hashes.failures.size === 0)
        return;
    const index = order.find(((at) => hashes.failures.has(at))) ?? -1;
    const outcome = outcomeAt(found[index], hashes, index);
    if ('error' in outcome)
        throw outcome.error;
});var checksumsText = (function ({ found, hashes, order }, algorithm) {
    const { stride } = hashes;
    const length = (0,core_digest/* hexLength */.E6)(algorithm);
    // One string of every digest, cut per line without copying (a call into the buffer per line cost twice as much),
    // unless there are more than a string may hold (millions of files with two algorithms).
    const hex = hashes.hex.length <= ONE_STRING_BYTES ? hashes.hex.toString('latin1') : undefined;
    const lines = new Array(order.length);
    for (let line = 0; line < order.length; line++) {
        const index = order[line];
        const start = index * stride;
        lines[line] = (0,format/* checksumLine */.Ut)(found[index].name, hex === undefined ? hashes.hex.toString('latin1', start, start + length) : hex.substring(start, start + length));
    }
    return lines.join('');
});var toSubjects = (function (artifacts, algorithm) {
    (0,errors/* checkArrayArgument */.lD)("toSubjects's artifacts", artifacts, 'artifacts (what hashArtifacts returns)');
    (0,errors/* checkEntries */.bX)("toSubjects's artifacts", artifacts, { name: 'string', digests: 'object' }, 'an artifact { name, digests } (what hashArtifacts returns)');
    checkAlgorithms([algorithm]);
    return artifacts.map(((artifact) => {
        const hex = artifact.digests[algorithm];
        if (hex === undefined) {
            throw new errors/* ChecksumsError */.bO('CHECKSUMS_ALGORITHM_UNSUPPORTED', `${artifact.name} was not hashed with ${algorithm} (its digests: ${Object.keys(artifact.digests).join(', ') || 'none'})`, {
                hint: `hash the artifacts with ${algorithm} (hashArtifacts(files, '${algorithm}'), or { also: ['${algorithm}'] })`,
            });
        }
        return { name: artifact.name, digest: { [algorithm]: hex } };
    }));
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHANGED_HINT: (() => (/* reexport */ errors/* CHANGED_HINT */.HD)),
  ChecksumsError: (() => (/* reexport */ errors/* ChecksumsError */.bO)),
  FileHashes: (() => (/* reexport */ checksums_pool/* FileHashes */.$M)),
  HashPool: (() => (/* reexport */ checksums_pool/* HashPool */.vO)),
  MANY_FILES: (() => (/* reexport */ checksums_pool/* MANY_FILES */.UA)),
  MAX_HASH_THREADS: (() => (/* reexport */ MAX_HASH_THREADS)),
  WALK_SKIPPED_NAMES: (() => (/* reexport */ collect/* WALK_SKIPPED_NAMES */.Mh)),
  checkAlgorithms: (() => (/* reexport */ checkAlgorithms)),
  checkArrayArgument: (() => (/* reexport */ errors/* checkArrayArgument */.lD)),
  checkChecksums: (() => (/* reexport */ checkChecksums)),
  checkChecksumsFile: (() => (/* reexport */ checkChecksumsFile)),
  checkConcurrency: (() => (/* reexport */ checkConcurrency)),
  checkEntries: (() => (/* reexport */ errors/* checkEntries */.bX)),
  checkNamedFiles: (() => (/* reexport */ checkNamedFiles)),
  checkOptionsArgument: (() => (/* reexport */ errors/* checkOptionsArgument */.wV)),
  checkStringArgument: (() => (/* reexport */ errors/* checkStringArgument */.Xr)),
  checksumLine: (() => (/* reexport */ format/* checksumLine */.Ut)),
  checksumsFileText: (() => (/* reexport */ format/* checksumsFileText */.I4)),
  checksumsPlace: (() => (/* reexport */ errors/* checksumsPlace */.qD)),
  checksumsText: (() => (/* binding */ checksumsText)),
  collectArtifacts: (() => (/* reexport */ collect/* collectArtifacts */.kx)),
  compareNames: (() => (/* reexport */ collect/* compareNames */.MP)),
  createChecksums: (() => (/* binding */ createChecksums)),
  defaultHashThreads: (() => (/* reexport */ defaultHashThreads)),
  emptyChecksums: (() => (/* reexport */ format/* emptyChecksums */.gA)),
  findArtifacts: (() => (/* reexport */ collect/* findArtifacts */.n1)),
  formatChecksums: (() => (/* reexport */ format/* formatChecksums */.ss)),
  hashArtifacts: (() => (/* reexport */ hashArtifacts)),
  hashEach: (() => (/* reexport */ hashEach)),
  hashFiles: (() => (/* reexport */ hashFiles)),
  leftoverNotice: (() => (/* reexport */ collect/* leftoverNotice */.O5)),
  listingOrder: (() => (/* reexport */ collect/* listingOrder */.z3)),
  mayBeGlob: (() => (/* reexport */ collect/* mayBeGlob */.jb)),
  nodeFileSystem: (() => (/* reexport */ collect/* nodeFileSystem */.GP)),
  outcomeAt: (() => (/* reexport */ outcomeAt)),
  parseChecksumLine: (() => (/* reexport */ format/* parseChecksumLine */.DB)),
  parseChecksums: (() => (/* reexport */ format/* parseChecksums */.yk)),
  readChecksumEntries: (() => (/* reexport */ readChecksumEntries)),
  reportLine: (() => (/* reexport */ reportLine)),
  reportedName: (() => (/* reexport */ format/* reportedName */.PF)),
  shownPath: (() => (/* reexport */ errors/* shownPath */.pS)),
  sortByName: (() => (/* reexport */ collect/* sortByName */.VV)),
  toSubjects: (() => (/* binding */ toSubjects)),
  unreadableHere: (() => (/* reexport */ unreadableHere)),
  worthThreads: (() => (/* reexport */ worthThreads))
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/digest.js
var core_digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/checksums/collect.js
var collect = __webpack_require__(90522);
// EXTERNAL MODULE: ./lib/checksums/errors.js
var errors = __webpack_require__(82321);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/checksums/format.js
var format = __webpack_require__(3093);
// EXTERNAL MODULE: ./lib/checksums/pool.js
var checksums_pool = __webpack_require__(86256);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/checksums/hash.js







/** Below this many bytes in all, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 16 * 1024 * 1024;

/**
 * Fails with CHECKSUMS_ALGORITHM_UNSUPPORTED unless every algorithm is one a checksums file may
 * use: node:crypto hashes with any name OpenSSL knows, so a caller in plain JavaScript passing
 * `md5` or `sha1` got a checksums file holding those digests where SHA-256 ones belong.
 */

/**
 * The most threads one call hashes with: each takes about 9 MB, and a `concurrency` of 10,000
 * started as many (90 GB); no machine has the cores for more to help.
 */
const MAX_HASH_THREADS = 256;
/** The threads a call hashes with when not told: one per core, at most {@link MAX_HASH_THREADS}. */

/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `concurrency` is unset or a whole number of threads
 * from 1 to {@link MAX_HASH_THREADS}: NaN (`Number()` of an unset variable) made a pool of NaN
 * threads, which never hashed a file, and the call never settled.
 */

/**
 * Hashes every file, streaming (a 10 GiB artifact never sits in memory) and, for many files,
 * on all cores; fails with the first file that cannot be read. The result keeps the input order.
 */

/**
 * Like {@link hashArtifacts}, but reports a file that cannot be read in its place and goes on.
 * Many files on threads started ahead are handed to them before it returns (and the calling thread,
 * when it helps, has hashed its first claim), so that the caller can do other work meanwhile.
 */

/**
 * What {@link hashEach} does, the results kept by file index in {@link FileHashes} rather than as
 * an object a file: for a caller that writes them out at once (a checksums file), or picks them.
 */

/** Hashes the files through `algorithms` on a pool's threads (and this one, when it helps). */

/** The outcome of hashing `file`, the file at `index` of `hashes`. */

/** The artifact for a file read through `algorithms`, the first being the run's own. */

/** Whether files are worth hashing on threads: many files, or a few big enough in all to pay for starting threads. */

/** Whether a few files are big enough in all to pay for starting threads. */




// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(64539);
;// CONCATENATED MODULE: ./lib/checksums/check.js













/**
 * Whether a result is a file here that could not be read (a permission, a directory in its place):
 * a problem of this machine, not evidence against the file. A name leading out of the base, or too
 * long for any file to have it, is the checksums file's doing: a failure of its own.
 */

/** How `sha256sum -c` words each outcome in its report. */
const STATUS_TEXT = {
    ok: 'OK',
    mismatch: 'FAILED',
    missing: 'FAILED open or read (missing)',
    unreadable: 'FAILED open or read',
};
/** One line of a check report, as `sha256sum -c` prints it: `<name>: OK`, `<name>: FAILED`, ... (no line feed). */



/**
 * A line's bytes as text. A name whose bytes are not UTF-8 (sha256sum lists any) would be decoded
 * with U+FFFD in their place, a name no file has: refused, so that it is neither reported missing
 * nor skipped by `ignoreMissing` while sha256sum checks it.
 */

/**
 * Reads a checksums file line by line, yielding each entry as its line is read: memory holds one
 * chunk and one line whatever the file's length. The file must be a regular file (a pipe or
 * device is refused before reading); a line longer than the cap is an error naming its number.
 * Names listed twice are not detected (that would take memory growing with the file); every
 * line is checked, so a second, different digest for a name fails as `sha256sum -c` fails it.
 */

/**
 * Verifies files against checksum entries like `sha256sum -c`: every entry gets a result, in the
 * entries' order, and nothing short-circuits, so the user sees every mismatch and missing file at
 * once. Reads as {@link checkChecksumsFile} does: a name whose real path is outside the base (an
 * absolute name, a `..`, a link leading out) or that is no regular file is reported unreadable
 * without being read, so entries parsed from a checksums file someone else wrote can be checked.
 * Digests compare without regard to case (the hex of a caller's own entries may be uppercase).
 */

/**
 * Checks files the user named one by one (`verify-checksums SUMS dist/app.tgz`) against their
 * entries: each is read where the user pointed, a link followed, as `sha256sum` reads a file it is
 * given; only {@link checkChecksums} and {@link checkChecksumsFile}, which read names a checksums
 * file holds, keep to the base. Results in the files' order; not part of the library's API.
 */

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

/** {@link checkChecksumsFile}'s check of entries however they come: read from a file as they are checked, or given whole. */


;// CONCATENATED MODULE: ./lib/checksums/index.js
















/** Whether a file begins as a checksums file does (a line {@link parseChecksumLine} reads as a checksum), or is empty: what an output may replace. */

/**
 * Removes the bundle of an earlier checksums file at `outputPath` (`<output>.sigstore.json`) that the
 * new `text` replaces with other contents, before it does: beside the new file it would look like its
 * signature, and `verify-checksums` would say the release was tampered with. Kept when the contents
 * are the same, which it still signs. Told to `leftover` when removed.
 */

/**
 * Hashes the configured artifacts and writes the checksums file atomically (it never exists half
 * written); the checksums file itself is never listed in it. Once the walk has found many files,
 * the hashing threads start while it goes on (unless started ahead), so that starting them costs no
 * time of its own; this thread, which has nothing else to do, hashes beside them (one thread fewer
 * to start).
 */

/** Bytes made into one string at most: V8's strings hold up to 2^29 - 24 one-byte characters. */
const ONE_STRING_BYTES = 2 ** 28;
/** Fails with the first file, in listing order, that could not be read. */

/**
 * The checksums file listing the files at `order`'s indexes, in that order, with their `algorithm`
 * digests (each file's first), made straight from the hashes' columns: no object a file.
 */

/**
 * The artifacts as in-toto subjects, in their order, each by its `algorithm` digest: one the
 * artifacts were hashed with (CHECKSUMS_ALGORITHM_UNSUPPORTED for another, whose name a digest of
 * another algorithm would have been filed under).
 */



/***/ })

};
