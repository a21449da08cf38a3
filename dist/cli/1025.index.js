export const id = 1025;
export const ids = [1025,2213,6446,3871,4539];
export const modules = {

/***/ 35034:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: (() => (/* binding */ CHECKSUMS_OPTIONS))
/* harmony export */ });
/** The options of `trust-kit checksums`: one table for the command and for the guess, before the CLI loads, of what it will hash. */
const CHECKSUMS_OPTIONS = {
    algorithm: { type: 'string', short: 'a' },
    output: { type: 'string', short: 'o' },
    base: { type: 'string' },
    check: { type: 'string', short: 'c' },
    'ignore-missing': { type: 'boolean' },
    quiet: { type: 'boolean' },
};


/***/ }),

/***/ 92213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var checksumsSubjects = (function (argv) {
    const [command, ...rest] = argv[0] === '--verbose' ? argv.slice(1) : argv;
    if (command !== 'checksums' || rest.includes('--help') || rest.includes('-h'))
        return undefined;
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({ args: rest, options: _checksums_options_js__WEBPACK_IMPORTED_MODULE_5__/* .CHECKSUMS_OPTIONS */ .E, allowPositionals: true, strict: false });
    return values.check === undefined ? positionals : undefined;
});var mayHashManyFiles = (function (subjects, cwd) {
    if (subjects.length >= _checksums_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .MANY_FILES */ .UA)
        return true;
    return subjects.some(((subject) => {
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, subject), { throwIfNoEntry: false });
        }
        catch {
            // A guess only (a link loop, a name too long, no permission): the run itself reports the subject with its code.
            return false;
        }
        return info?.isDirectory() === true && info.size >= MANY_ENTRIES_DIRECTORY_SIZE;
    }));
});var startHashThreadsAhead = (function (argv, cwd) {
    const threads = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)() - 1;
    if (startedAhead !== undefined || threads < 1)
        return;
    const subjects = checksumsSubjects(argv);
    if (subjects === undefined || !mayHashManyFiles(subjects, cwd))
        return;
    process.getBuiltinModule('node:v8').setFlagsFromString('--no-concurrent-recompilation --no-parallel-scavenge');
    startedAhead = _checksums_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .HashPool */ .vO.start(threads);
});var takeHashThreadsStartedAhead = (function () {
    const threads = startedAhead;
    startedAhead = undefined;
    return threads;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checksumsSubjects: (() => (/* binding */ checksumsSubjects)),
/* harmony export */   mayHashManyFiles: (() => (/* binding */ mayHashManyFiles)),
/* harmony export */   startHashThreadsAhead: (() => (/* binding */ startHashThreadsAhead)),
/* harmony export */   takeHashThreadsStartedAhead: (() => (/* binding */ takeHashThreadsStartedAhead))
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var _checksums_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86256);
/* harmony import */ var _checksums_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35034);






let startedAhead;
/**
 * The subjects of a `checksums` run that writes a checksums file, read from its arguments (without
 * `node` and the script) with the command's own options, as the CLI will read them; undefined for
 * `--check` (which hashes on threads of its own), `--help` or another command. A guess wrong either
 * way costs time, never a result: the CLI parses the arguments again, strictly.
 */

/**
 * A directory's own size from which it holds many entries, on the file systems that say: ext4 and
 * xfs grow one by blocks of 4 KiB of names (about 200 entries a block), tmpfs and btrfs by 20 bytes
 * or twice the name's length an entry. Others (size 0) never start threads ahead.
 */
const MANY_ENTRIES_DIRECTORY_SIZE = 8 * 1024;
/**
 * Whether a run with these subjects is sure to hash many files: many files named one by one, or a
 * directory whose own size says it holds hundreds of entries. Anything else (a few files, a small
 * directory, a glob) never starts threads ahead: a thread that gets no work costs its start, about
 * 30 ms of a core, and the run waits at its end for the thread to stop. Those runs start threads as
 * before, once the walk has found many files.
 */

/**
 * Starts the hashing threads of `trust-kit checksums` before the rest of the CLI loads, for
 * {@link takeHashThreadsStartedAhead}, when it will hash many files: a thread takes longer to start
 * (about 30 ms of a core) than the CLI takes to load and list a directory, and started here it
 * starts on another core meanwhile instead of after the walk. Threads that get no work (a command
 * that fails on its flags) never keep the process from exiting.
 *
 * Threads started from here (this process's own isolate keeps how it started) optimise their hot
 * code on themselves rather than hand it to V8's background threads: a hashing thread's few hot
 * functions (hashOne, fs.readSync, fstat's Stats) then run optimised as soon as they are compiled,
 * and V8's threads do not compete with the hashing threads for the cores they keep busy; 20,000
 * files of 4 KiB on two cores take 3 to 4 % less time and CPU. For the same reason each thread
 * collects its young garbage itself rather than with V8's threads (parallel scavenging): the
 * walk's objects, which survive, made this thread wait on tasks queued behind the hashing threads,
 * and the same run took 5 % more time. node:v8 is loaded only then.
 */

/** The threads {@link startHashThreadsAhead} started, handed over once (the taker closes them); undefined when none were. */



/***/ }),

/***/ 11025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var algorithmNamed = (function (name) {
    const sums = /^(md5|sha1|sha224|sha256|sha384|sha512|b2)sums\b/i.exec(name)?.[1];
    if (sums !== undefined)
        return sums.toLowerCase();
    return /\.(md5|sha1|sha224|sha256|sha384|sha512)$/i.exec(name)?.[1]?.toLowerCase();
});var checksumsConfig = (function (raw, nameOf, defaults) {
    const reader = new inputs/* InputReader */.i_(raw, nameOf);
    const subjects = reader.list('subject-path');
    if (subjects.length === 0)
        reader.report('subject-path', 'names no file, directory or glob; give at least one');
    const output = reader.string('output');
    const namedFor = output === undefined ? undefined : algorithmNamed((0,external_node_path_.basename)(output));
    const named = namedFor !== undefined && digest/* DIGEST_ALGORITHMS */.MF.includes(namedFor) ? namedFor : undefined;
    if (output !== undefined && namedFor !== undefined && named === undefined) {
        reader.report('output', `${(0,quote/* quoted */.TL)(output)} is the name of ${namedFor} checksums, which trust-kit does not make (sha256sum -c and the like would find no line of theirs); name it SHA256SUMS or SHA512SUMS`);
    }
    const given = reader.string('algorithm');
    const algorithm = reader.choice('algorithm', digest/* DIGEST_ALGORITHMS */.MF, named ?? 'sha256');
    if (named !== undefined && given !== undefined && digest/* DIGEST_ALGORITHMS */.MF.includes(given.toLowerCase()) && algorithm !== named) {
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
});var check = (async function (file, args, context) {
    const base = (0,external_node_path_.resolve)(context.cwd, typeof args.values.base === 'string' ? args.values.base : '.');
    // A mistyped --base would report every listed file missing: said of the base, as when writing checksums.
    if (typeof args.values.base === 'string' && !(await (0,promises_.stat)(base).then(((info) => info.isDirectory()), (() => false)))) {
        throw new errors/* ChecksumsError */.bO('CHECKSUMS_PATH_NOT_FOUND', `the base directory ${(0,quote/* shownFile */.G)(args.values.base)} does not exist or is not a directory`, { hint: 'set --base to the directory the listed names are relative to' });
    }
    const quiet = args.values.quiet === true;
    let firstMissing;
    const counts = await (0,checksums.checkChecksumsFile)((0,external_node_path_.resolve)(context.cwd, file), {
        base,
        shown: file,
        ignoreMissing: args.values['ignore-missing'] === true,
        onResult: ((result) => {
            if (result.status === 'missing')
                firstMissing ??= result.entry.name;
            if (!quiet || result.status !== 'ok')
                context.stdout.write(`${(0,checksums.reportLine)(result)}\n`);
        }),
        onIgnored: ((entry) => void (firstMissing ??= entry.name)),
    });
    // Names are relative to --base, as sha256sum's to its working directory; a file written with --base dist lists them as they are beside it.
    const beside = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(context.cwd, file));
    if (counts.ok === 0 && firstMissing !== undefined && args.values.base === undefined && beside !== base && (await (0,promises_.lstat)((0,external_node_path_.resolve)(beside, firstMissing)).then((() => true), (() => false)))) {
        context.stderr.write(`trust-kit: the listed names are relative to --base (default: the working directory), and they are beside ${(0,quote/* shownFile */.G)(file)}: pass --base ${(0,quote/* shownFile */.G)((0,external_node_path_.relative)(context.cwd, beside) || '.')}\n`);
    }
    const mismatched = counts.mismatch;
    const unreadable = counts.missing + counts.unreadable;
    if (mismatched > 0)
        context.stderr.write(`trust-kit: WARNING: ${(0,plural/* counted */.h)(mismatched, 'computed checksum')} did NOT match\n`);
    if (unreadable > 0)
        context.stderr.write(`trust-kit: WARNING: ${(0,plural/* counted */.h)(unreadable, 'listed file')} could not be read\n`);
    if (counts.ok + mismatched + unreadable === 0) {
        context.stderr.write(`trust-kit: WARNING: ${(0,quote/* shownFile */.G)(file)}: no listed file was found\n`);
        return exit_codes/* EXIT */.d.FAILURE;
    }
    return mismatched + unreadable === 0 ? exit_codes/* EXIT */.d.OK : exit_codes/* EXIT */.d.FAILURE;
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checksumsCommand: (() => (/* binding */ checksumsCommand))
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/checksums/index.js + 2 modules
var checksums = __webpack_require__(72555);
// EXTERNAL MODULE: ./lib/checksums/errors.js
var errors = __webpack_require__(82321);
// EXTERNAL MODULE: ./lib/core/digest.js
var digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
;// CONCATENATED MODULE: ./lib/config/checksums.js




/**
 * The algorithm a checksums file's name says, as coreutils and release tooling name them: `SHA256SUMS`
 * (any case, any suffix: `SHA256SUMS.txt`), `B2SUMS`, or an extension (`checksums.sha512`).
 */

/**
 * Validates checksums inputs (`subject-path`, `algorithm`, `output`, `base`), reporting all problems
 * at once. An output named SHA256SUMS or SHA512SUMS (any case, any suffix) says the algorithm when
 * `algorithm` is not given, and must not contradict one that is; one named for another algorithm is refused.
 */


// EXTERNAL MODULE: ./lib/config/paths.js
var paths = __webpack_require__(56446);
// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/logger.js
var cli_logger = __webpack_require__(27444);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/cli/commands/checksums-options.js
var checksums_options = __webpack_require__(35034);
// EXTERNAL MODULE: ./lib/cli/commands/checksums-threads.js
var checksums_threads = __webpack_require__(92213);
;// CONCATENATED MODULE: ./lib/cli/commands/checksums.js














/** `trust-kit checksums`: write a SHA256SUMS-style file for release artifacts, or check one. */
const checksumsCommand = {
    usage: 'trust-kit checksums [--algorithm sha256|sha512] [--output FILE] [--base DIR] PATH...\n       trust-kit checksums --check FILE [--base DIR] [--ignore-missing] [--quiet]',
    help: `Each PATH is a file, a directory (searched recursively; .git is skipped unless named itself)
or a glob. Files are hashed on all cores, streamed (never held in memory), and listed sorted by
name, relative to --base, in the format \`sha256sum -c\` reads.

Options:
  -a, --algorithm ALG   sha256 (default, or as the --output name says: SHA512SUMS, *.sha512) or sha512
  -o, --output FILE     write the checksums here (atomically); default (or -): standard output
      --base DIR        names are relative to DIR (default: the working directory)
  -c, --check FILE      verify files against FILE, a file (not -), also one written by sha256sum
                        or sha512sum
      --ignore-missing  with --check: skip listed files that are not present
      --quiet           with --check: print only failures

A flag of the other mode (--output with --check, --quiet without it) is a usage error, not ignored.

Exit codes: 0 all good, 1 a mismatch, missing or unreadable file, 2 usage error.`,
    options: checksums_options/* CHECKSUMS_OPTIONS */.E,
    reportsFlagIssues: true,
    async run(args, context) {
        const checking = typeof args.values.check === 'string';
        const nameOf = (0,inputs/* cliNamer */.qy)({ 'subject-path': 'PATH' });
        // A flag of the other mode would be ignored silently: a usage error instead, before any file is read.
        const misplaced = checking
            ? [...(args.values.algorithm === undefined ? [] : ['algorithm']), ...(args.values.output === undefined ? [] : ['output']), ...(args.positionals.length === 0 ? [] : ['subject-path'])]
            : [...(args.values['ignore-missing'] === undefined ? [] : ['ignore-missing']), ...(args.values.quiet === undefined ? [] : ['quiet'])];
        const earlier = [...args.issues, ...misplaced.map(((name) => ({ input: nameOf(name), message: checking ? 'has no effect with --check (the checksums file names the files and their algorithm)' : 'applies only with --check FILE' })))];
        if (checking) {
            if (earlier.length > 0)
                throw new inputs/* ConfigError */.xL(earlier);
            return check(args.values.check, args, context);
        }
        // `-o -` prints the checksums, as users of sha256sum expect; a file named `-` is never listed either (CHECKSUMS_UNSAFE_NAME).
        const output = args.values.output === '-' ? undefined : args.values.output;
        // A file named SHA512SUMS holds sha512 checksums: the config takes the algorithm from its name.
        const config = (0,inputs/* withEarlierIssues */.ZB)(earlier, (() => checksumsConfig({ ...args.values, output, 'subject-path': args.positionals }, nameOf, { base: '.' })));
        // A link, a directory or a device where the checksums file goes is said before anything is hashed, not after.
        if (config.output !== undefined)
            await (0,paths.requireNamedPaths)([{ input: 'output', path: config.output, kind: 'output' }], context.cwd, nameOf);
        const threads = (0,checksums_threads.takeHashThreadsStartedAhead)();
        const logger = (0,cli_logger/* stderrLogger */.D)(context.stderr);
        const options = { leftover: ((file) => logger.warn((0,checksums.leftoverNotice)(file))) };
        const result = await (0,checksums.createChecksums)(config, context.cwd, threads === undefined ? options : { ...options, threadsStartedAhead: threads });
        if (result.outputPath === undefined)
            context.stdout.write(result.text);
        else
            context.stderr.write(`trust-kit: wrote ${(0,plural/* counted */.h)(result.count, `${config.algorithm} checksum`)} to ${config.output ?? ''}\n`);
        return exit_codes/* EXIT */.d.OK;
    },
};


/***/ }),

/***/ 56446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var sbomOutputPaths = (function (config) {
    return [...(config.output === undefined ? [] : [{ input: 'output', path: config.output, kind: 'output' }]), ...(config.outputDir === undefined ? [] : [{ input: 'output-dir', path: config.outputDir, kind: 'output-directory' }])];
});var outputProblem = (async function (given, path, cwd, directory) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given);
    if (!directory) {
        // Written as a new file renamed into place: a link, a device or a pipe there would be replaced, not written to.
        const there = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .unreplaceableKind */ .Ej)(target);
        if (there === 'a symbolic link')
            return `${path} is a symbolic link; an output is written as a new file in its place, which would replace the link: give the path of the file itself, or remove the link`;
        if (there !== undefined)
            return `${path} is not a regular file (${there}), which an output written in its place would replace; give the path of a regular file`;
    }
    try {
        const isDirectory = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isDirectory();
        if (directory)
            return isDirectory ? undefined : `${path} is not a directory`;
        return isDirectory ? `${path} is a directory; name the file to write in it` : undefined;
    }
    catch (error) {
        const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return `${path} ${problem(error)}`;
    }
    // The nearest ancestor that exists must be a directory, for the missing ones to be made in it.
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target); dir !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir); dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory() ? undefined : `${path} cannot be written: ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, dir) || dir} is not a directory`;
        }
        catch (error) {
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOENT' && (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOTDIR')
                return `${path} ${problem(error)}`;
        }
    }
    return undefined;
});var problem = (function (error) {
    const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    if (code === 'ENOTDIR')
        return 'is not under a directory';
    return `cannot be read (${code ?? 'unknown error'})`;
});var requireNamedPaths = (async function (paths, cwd, nameOf, earlier = []) {
    // Problems found before (inputs that do not go together) are reported with the missing paths.
    const issues = [...earlier, ...(await namedPathIssues(paths, cwd, nameOf))];
    if (issues.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(issues);
});var readWithNamedPaths = (async function (read, paths, cwd, nameOf) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL))
            throw error;
        const said = new Set(error.issues.map(((issue) => `${issue.input}\u0000${issue.message}`)));
        const missing = (await namedPathIssues(paths, cwd, nameOf)).filter(((issue) => !said.has(`${issue.input}\u0000${issue.message}`)));
        throw missing.length === 0 ? error : new _inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL([...error.issues, ...missing]);
    }
});var looksLikeKeyMaterial = (function (value) {
    return /-----BEGIN|PRIVATE KEY|[\r\n]/.test(value) || (value.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(value));
});var namedPathIssues = (async function (paths, cwd, nameOf) {
    const found = await Promise.all(paths.map((async ({ input, path: given, kind }) => {
        if (kind === 'read')
            return undefined;
        // Shown as it is when plain, else quoted and bounded: a name under a checkout may hold terminal escapes.
        const path = (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(given);
        if (kind === 'output' || kind === 'output-directory') {
            const message = await outputProblem(given, path, cwd, kind === 'output-directory');
            return message === undefined ? undefined : { input: nameOf(input), message };
        }
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given));
        }
        catch (error) {
            // No such file, and the value looks like the key itself: never repeated (a long path of a real file is read as any other).
            if (KEY_INPUTS.has(input) && looksLikeKeyMaterial(given)) {
                return { input: nameOf(input), message: 'is not the path of a key file: the value given looks like key material, so it is not repeated here; write the key to a file only you can read (chmod 600) and give its path' };
            }
            // A link whose target is gone is there in a listing: said as such, not as a typo.
            const dangling = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT' && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given)).then(((link) => link.isSymbolicLink()), (() => false)));
            return { input: nameOf(input), message: dangling ? `${path} is a symbolic link to nothing (its target does not exist)` : `${path} ${problem(error)}` };
        }
        if (kind === 'file' && !info.isFile())
            return { input: nameOf(input), message: `${path} is not a file` };
        if (kind === 'directory' && !info.isDirectory())
            return { input: nameOf(input), message: `${path} is not a directory` };
        return undefined;
    })));
    return [...found.filter(((issue) => issue !== undefined)), ...(await outputsThatAreInputs(paths, cwd, nameOf))];
});var outputsThatAreInputs = (async function (paths, cwd, nameOf) {
    const outputs = paths.filter(((entry) => entry.kind === 'output'));
    if (outputs.length === 0)
        return [];
    const identity = (async (path) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path)).catch((() => undefined));
        return info?.isFile() === true ? `${info.dev}:${info.ino}` : undefined;
    });
    const inputs = await Promise.all(paths.filter(((entry) => entry.kind === 'file' || entry.kind === 'any' || entry.kind === 'read')).map((async (entry) => ({ entry, identity: await identity(entry.path) }))));
    const issues = [];
    for (const output of outputs) {
        const written = await identity(output.path);
        const read = written === undefined ? undefined : inputs.find(((input) => input.identity === written));
        if (read !== undefined)
            issues.push({ input: nameOf(output.input), message: `${output.path} is the file ${nameOf(read.entry.input)} names (${read.entry.path}); writing there would replace it: give another path` });
    }
    return issues;
});var subjectPaths = (function (input, subjects) {
    return subjects.filter(((subject) => !(0,_checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .mayBeGlob */ .jb)(subject))).map(((path) => ({ input, path, kind: 'any' })));
});var rawSigningPaths = (function (values) {
    return ['key', 'signing-config', 'trusted-root'].flatMap(((input) => {
        const path = values[input];
        return typeof path === 'string' && path.trim() !== '' && path !== '-' ? [{ input, path, kind: 'file' }] : [];
    }));
});var signingPaths = (function (config) {
    return rawSigningPaths({ key: config.key, 'signing-config': config.signingConfig, 'trusted-root': config.trustedRoot });
});var releasePaths = (function (config) {
    return [
        { input: 'base', path: config.base, kind: 'directory' },
        ...(config.sign === undefined ? [] : signingPaths(config.sign)),
        ...(config.sbom === undefined ? [] : [{ input: 'sbom-path', path: config.sbom.path, kind: 'directory' }]),
        ...subjectPaths('subject-path', config.subjects),
    ];
});var misplacedExcludes = (async function (patterns, dir, cwd, input) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, dir);
    const exists = ((path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).then((() => true), (() => false)));
    const issues = await Promise.all(patterns.map((async (pattern) => {
        if ((0,_checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .mayBeGlob */ .jb)(pattern))
            return undefined;
        const meant = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern);
        const inside = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._)(root, meant);
        if (inside === undefined)
            return undefined;
        // As a pattern, a leading / anchors at the cataloged directory: join, not resolve.
        if ((await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, pattern))) || !(await exists(meant)))
            return undefined;
        return { input, message: `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(pattern)} names ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? 'a path' : 'a path from the working directory'} inside ${dir}, but patterns are relative to that directory: give ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(inside.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'))}` };
    })));
    return issues.filter(((issue) => issue !== undefined));
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   misplacedExcludes: (() => (/* binding */ misplacedExcludes)),
/* harmony export */   rawSigningPaths: (() => (/* binding */ rawSigningPaths)),
/* harmony export */   readWithNamedPaths: (() => (/* binding */ readWithNamedPaths)),
/* harmony export */   releasePaths: (() => (/* binding */ releasePaths)),
/* harmony export */   requireNamedPaths: (() => (/* binding */ requireNamedPaths)),
/* harmony export */   sbomOutputPaths: (() => (/* binding */ sbomOutputPaths)),
/* harmony export */   signingPaths: (() => (/* binding */ signingPaths)),
/* harmony export */   subjectPaths: (() => (/* binding */ subjectPaths))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90522);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64539);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89531);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66097);








/** The output file or directory an SBOM run names (`--output`, `--output-dir`), to check before any work as {@link requireNamedPaths} does. */

/** Why a file (or directory) cannot be written at `given` (shown as `path`), known before any work: something of the other kind is there, or an existing ancestor is no directory. */


/**
 * Checks that every path the inputs name exists and is of the right kind, before anything is
 * hashed, fetched or written, and throws one {@link ConfigError} listing every missing one after the
 * `earlier` problems of other inputs.
 * A file that goes away later still fails where it is read, with that step's code.
 */

/**
 * The config `read` makes; when its inputs are refused (ConfigError), the paths they name are
 * checked as well and reported with them, so that one run names every problem: a bad flag used
 * to hide the missing files until it was fixed.
 */

/** Inputs that name a private key's file: the value given may be the key itself, pasted where its path goes (`--key "$KEY"`). */
const KEY_INPUTS = new Set(['key']);
/**
 * Whether a value given for a key's path looks like the key itself: PEM, a line break, or a long
 * run of base64 (a key kept base64-encoded in a CI variable); a file name is never repeated then.
 */

/** What is wrong with each path the inputs name (see {@link requireNamedPaths}). */

/**
 * Outputs that are the very file an input names (the artifact given as the bundle, the key as the
 * bundle, the predicate as the bundle): writing one would replace what the run reads, and the user's
 * file would be lost. Told apart by device and inode, so that another spelling of a path, or a link
 * to the file, is the same file.
 */

/**
 * The subjects of a list input that name a path rather than a glob, each of which must exist: a
 * typo, or a YAML comment line taken for a path, is then named under its input with every other
 * one, before anything is hashed. A glob that matches nothing is reported where it is expanded.
 */

/** The files signing reads as its flags or inputs name them, before they are read into a config: for {@link readWithNamedPaths}. */

/** The files signing reads besides its subjects: the key and the trusted root, when given. */

/** What a release reads (the base directory, the signing key and trusted root, the SBOM's project, the subjects that are no glob), to be checked before its first step. */

/**
 * Exclude patterns are relative to the cataloged directory: one written from the working directory
 * (`--exclude app/vendor` for `sbom app`) or as an absolute path matches nothing there, silently.
 * Such a pattern (no glob) that names an existing path inside the directory, which the pattern as
 * written does not, is reported with the pattern to give.
 */



/***/ }),

/***/ 53871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isDigestAlgorithm = (function (value) {
    return DIGEST_ALGORITHMS.includes(value);
});var hexLength = (function (algorithm) {
    return HEX_LENGTH[algorithm];
});var isHexDigest = (function (algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
});var digestBytes = (function (algorithm, bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex');
});var digestChunks = (function (algorithm, chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    for (const chunk of chunks)
        hash.update(chunk);
    return hash.digest('hex');
});var digestArgument = (function (value) {
    const algorithm = /^sha\d*:/i.exec(value)?.[0];
    return algorithm === undefined ? undefined : `${algorithm.toLowerCase()}${value.slice(algorithm.length)}`;
});var parseDigestReference = (function (value) {
    // A library caller in plain JavaScript: a number or undefined failed on `slice` with a TypeError.
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `the digest is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
});var hashFile = (async function (path, algorithms, named = {}) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    // Never a pipe or a device: one would block the open or never end.
    const opened = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }), ...(named.noFollow === true ? { noFollow: true } : {}) });
    const { handle, size: expected } = opened;
    let size = 0;
    try {
        const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(expected, 64 * 1024)));
        let sinceTurn = 0;
        for (let read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer); read > 0; read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer)) {
            const bytes = buffer.subarray(0, read);
            for (const [, hash] of hashes)
                hash.update(bytes);
            size += read;
            sinceTurn += read;
            if (sinceTurn >= BYTES_PER_TURN) {
                sinceTurn = 0;
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setImmediate)();
            }
        }
        if ((0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .changedWhileRead */ .a4)(opened, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(handle.fd), size))
            throw (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .fileChanged */ .J8)(named.what ?? 'file', named.shown ?? path, size, expected);
    }
    finally {
        await handle.close();
    }
    const digest = {};
    for (const [algorithm, hash] of hashes)
        digest[algorithm] = hash.digest('hex');
    return { digest, size };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: (() => (/* binding */ digestChunks)),
/* harmony export */   DC: (() => (/* binding */ hashFile)),
/* harmony export */   Dn: (() => (/* binding */ parseDigestReference)),
/* harmony export */   E6: (() => (/* binding */ hexLength)),
/* harmony export */   MF: (() => (/* binding */ DIGEST_ALGORITHMS)),
/* harmony export */   QN: (() => (/* binding */ digestBytes)),
/* harmony export */   Wb: (() => (/* binding */ isDigestAlgorithm)),
/* harmony export */   er: (() => (/* binding */ digestArgument))
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. Frozen: a caller pushing 'md5' onto it got past the algorithm check, to a crash inside. */
const DIGEST_ALGORITHMS = Object.freeze(['sha256', 'sha512']);
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */

/** The length in hex characters of a digest made with `algorithm`. */

/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */

/** The digest of bytes already in memory. */

/** The digest of a text in memory in chunks (as UTF-8), without joining them: a text may be longer than one string can be. */

/**
 * An artifact argument that names a digest rather than a file (`sha256:<hex>`, `sha512:<hex>`, the
 * algorithm in any case, as cosign reads it), with the algorithm in lower case; undefined for a path.
 * Any `sha<digits>:` is taken for one (`sha384:<hex>`, `sha:`), so that an algorithm trust-kit does
 * not take is refused as the argument it is, not looked for as a file.
 */

/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */

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



/***/ }),

/***/ 64539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var pathInside = (function (base, path, options = {}) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(base, path);
    if (inside === '')
        return options.baseItself === true ? '' : undefined;
    // relative() gives an absolute path on Windows for another drive.
    return inside === '..' || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside) ? undefined : inside;
});var isPathWithin = (function (root, path) {
    return path === root || path.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: (() => (/* binding */ isPathWithin)),
/* harmony export */   _: (() => (/* binding */ pathInside))
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/**
 * `path` relative to the directory `base` (the platform's separators) when it lies inside it,
 * undefined when it lies outside. Only a whole `..` segment climbs out: `..lib/package-lock.json`
 * and `..data` are inside. Both paths are taken as they are written (links are not followed;
 * callers that must not be led out by one pass real paths). The base itself is undefined, for
 * callers that want a path in the directory (a file of a release, a file of a layout, a place on
 * a commit), unless `baseItself` is set: it is then `''`, for callers that start from the
 * directory (a walk of it, a project read from its root, a file checked against it).
 */

/**
 * Whether `path` is `root` or lies below it, both absolute and normalised: {@link pathInside} with
 * the base itself, compared as text, for a walk's every entry.
 */



/***/ }),

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var counted = (function (count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: (() => (/* binding */ counted))
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */



/***/ })

};
