export const id = 2213;
export const ids = [2213];
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



/***/ })

};
