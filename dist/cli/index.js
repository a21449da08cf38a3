#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
const __trustKitBuiltin = typeof process.getBuiltinModule === "function" ? (id) => process.getBuiltinModule(id) : __WEBPACK_EXTERNAL_createRequire(import.meta.url);
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __trustKitBuiltin("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __trustKitBuiltin("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __trustKitBuiltin("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __trustKitBuiltin("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __trustKitBuiltin("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __trustKitBuiltin("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __trustKitBuiltin("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __trustKitBuiltin("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __trustKitBuiltin("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __trustKitBuiltin("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __trustKitBuiltin("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __trustKitBuiltin("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:util/types");

/***/ }),

/***/ 30714:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:vm");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __trustKitBuiltin("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __trustKitBuiltin("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __trustKitBuiltin("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __trustKitBuiltin("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __trustKitBuiltin("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __trustKitBuiltin("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __trustKitBuiltin("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __trustKitBuiltin("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __trustKitBuiltin("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __trustKitBuiltin("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __trustKitBuiltin("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __trustKitBuiltin("zlib");

/***/ }),

/***/ 85187:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(48161);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(59956);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(93034);
// The CLI's entry. It checks the Node.js version before the CLI loads: the CLI's dependencies need
// APIs older releases lack, and ncc hoists static imports into the bundle's first evaluation, so
// the CLI comes in through a dynamic import, which the bundle loads from its own chunk only here.
// Before that import, the compile cache is turned on, so the chunks it loads compile from cache,
// and `checksums` has its hashing threads started, so they start while the CLI loads (their
// module, and node:worker_threads with it, is loaded for that command only: 2 ms of every start).



// The working directory, or why nothing can run: a Node.js too old, or a working directory gone.
const cwd = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .unsupportedRuntime */ .AZ)(process.versions.node) ?? (0,_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .workingDirectory */ .p7)();
if (typeof cwd === 'string') {
    (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .enablePrivateCompileCache */ .uK)({ env: process.env, platform: process.platform, home: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), uid: process.getuid?.() });
    const argv = process.argv.slice(2);
    if (argv[0] === 'checksums' || (argv[0] === '--verbose' && argv[1] === 'checksums'))
        (await Promise.all(/* import() */[__nccwpck_require__.e(6256), __nccwpck_require__.e(2213)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92213))).startHashThreadsAhead(argv, cwd);
    await __nccwpck_require__.e(/* import() */ 1273).then(__nccwpck_require__.bind(__nccwpck_require__, 11273));
}
else {
    // One line, hint included: the whole story for a user whose Node.js is too old, or whose working directory is gone.
    process.stderr.write(`trust-kit: ${cwd.code}: ${cwd.message}; ${cwd.hint ?? ''}\n`);
    process.exitCode = 1;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 59956:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   uK: () => (/* binding */ enablePrivateCompileCache)
/* harmony export */ });
/* unused harmony exports compileCacheDirectory, privateCompileCacheDirectory, UNUSED_CACHE_MS, PRUNE_INTERVAL_MS, PRUNED_MARKER, pruneUnusedCompileCaches, pruneCompileCachesDaily */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var _core_directories_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2064);




/**
 * The per-user directory for trust-kit's V8 compile cache: `$XDG_CACHE_HOME/trust-kit/compile-cache`
 * (else `~/.cache/...`; `%LOCALAPPDATA%\trust-kit\compile-cache` on Windows). Never Node's default,
 * `os.tmpdir()/node-compile-cache`: Node checks a cache entry only against a checksum of the source
 * it caches, so whoever can write the directory can make this process run their bytecode, and a
 * directory under /tmp may have been made by another user.
 */
function compileCacheDirectory(host) {
    if (host.platform === 'win32') {
        const local = host.env['LOCALAPPDATA'];
        return local !== undefined && node_path__WEBPACK_IMPORTED_MODULE_2__.win32.isAbsolute(local) ? node_path__WEBPACK_IMPORTED_MODULE_2__.win32.join(local, 'trust-kit', 'compile-cache') : undefined;
    }
    const { isAbsolute, join } = node_path__WEBPACK_IMPORTED_MODULE_2__.posix;
    const xdg = host.env['XDG_CACHE_HOME'];
    // The XDG spec says a relative path is invalid and must be ignored.
    const base = xdg !== undefined && isAbsolute(xdg) ? xdg : host.home !== '' && isAbsolute(host.home) ? join(host.home, '.cache') : undefined;
    return base === undefined ? undefined : join(base, 'trust-kit', 'compile-cache');
}
/**
 * Makes the compile cache directory (mode 0700) and returns it only when no other user can write
 * to it: a real directory, not a link, owned by this user, writable by nobody else, in a parent
 * no other user can write to (unless sticky), so that none can swap it after the check. Undefined
 * otherwise, and on any error: the cache only saves start-up time, so trust-kit runs without it.
 */
function privateCompileCacheDirectory(host) {
    const directory = compileCacheDirectory(host);
    if (directory === undefined)
        return undefined;
    try {
        (0,_core_directories_js__WEBPACK_IMPORTED_MODULE_3__/* .makeDirectoriesSync */ .T)(directory, 0o700);
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(directory);
        if (!stats.isDirectory())
            return undefined;
        // Windows has no POSIX owner or mode; %LOCALAPPDATA% is the user's own by its ACL.
        if (host.uid !== undefined && (stats.uid !== host.uid || (stats.mode & 0o022) !== 0))
            return undefined;
        // Nor may another user be able to swap it for a directory of theirs after this check: its
        // parent is this user's (or root's), writable by nobody else unless sticky (as /tmp is).
        const parent = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(directory));
        if (host.uid !== undefined && ((parent.uid !== host.uid && parent.uid !== 0) || ((parent.mode & 0o022) !== 0 && (parent.mode & 0o1000) === 0)))
            return undefined;
        return directory;
    }
    catch {
        return undefined;
    }
}
/** How long a cache entry, or a whole cache of a Node version or build, may go unused before it is removed (see {@link pruneUnusedCompileCaches}). */
const UNUSED_CACHE_MS = 30 * 24 * 60 * 60 * 1000;
/** How often a start looks for unused entries: at most once a day, recorded by the time of {@link PRUNED_MARKER}. */
const PRUNE_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** The file in the cache directory whose modification time says when it was last pruned (not a name Node gives a cache). */
const PRUNED_MARKER = 'last-pruned';
/** The directory Node makes in the cache directory for each version and build: `v<version>-<arch>-<hash>-<uid>`. */
const NODE_CACHE_NAME = /^v\d+\.\d+\.\d+-/;
/** Bounds on what one pruning looks at: a cache directory holds a few caches, and a cache one file per module path compiled. */
const MAX_CACHES = 64;
const MAX_FILES = 10_000;
/**
 * Removes from `directory` the cache entries that were not used for {@link UNUSED_CACHE_MS}, and the
 * caches of Node versions and builds left empty by that. Node keeps one entry per module path it
 * compiled and never removes any: every version of trust-kit run through npx, and every checkout
 * run from, adds its own. A cache left empty goes once no entry was added to or removed from it for as long.
 * An entry's last use is the newer of its access and change times (reading
 * it updates the access time at least daily on the usual relatime mounts; on noatime mounts an
 * entry in use is removed once a month and made again on the next start). Only directories named
 * as Node names them are looked at, links never followed, and at most {@link MAX_FILES}
 * entries in all (in listing order). Returns the paths removed, relative to `directory`; errors
 * are ignored (housekeeping).
 */
function pruneUnusedCompileCaches(directory, now) {
    const removed = [];
    const unused = (stats) => now - Math.max(stats.atimeMs, stats.mtimeMs) > UNUSED_CACHE_MS;
    let budget = MAX_FILES;
    try {
        const caches = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory() && NODE_CACHE_NAME.test(entry.name));
        for (const cache of caches.slice(0, MAX_CACHES)) {
            if (budget <= 0)
                break;
            const path = `${directory}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${cache.name}`;
            try {
                // By its modification time alone (an entry added or removed): its access time is that of the
                // last prune's listing, a day ago at most when trust-kit runs daily, which kept a cache of a
                // Node version no longer run, emptied, forever.
                const cacheUnused = now - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).mtimeMs > UNUSED_CACHE_MS;
                const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path);
                let left = files.length;
                const looked = files.slice(0, budget);
                budget -= looked.length;
                for (const file of looked) {
                    try {
                        const entry = `${path}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${file}`;
                        if (!unused((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(entry)))
                            continue;
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(entry, { recursive: true, force: true });
                        removed.push(`${cache.name}/${file}`);
                        left--;
                    }
                    catch {
                        // An entry that cannot be looked at or removed stays.
                    }
                }
                if (left === 0 && cacheUnused) {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { recursive: true, force: true });
                    removed.push(cache.name);
                }
            }
            catch {
                // A cache that cannot be looked at or removed stays.
            }
        }
    }
    catch {
        // An unreadable directory is left as it is.
    }
    return removed;
}
/**
 * Prunes the cache directory (see {@link pruneUnusedCompileCaches}) when it was last pruned
 * {@link PRUNE_INTERVAL_MS} ago or never, marking the time first so that starts running at once do
 * not all prune: one stat a start otherwise. Returns the paths removed.
 */
function pruneCompileCachesDaily(directory, now) {
    const marker = `${directory}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${PRUNED_MARKER}`;
    try {
        // A marker dated in the future (a clock that was ahead) would stop pruning until that date: it counts as none.
        const since = now - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(marker).mtimeMs;
        if (since >= 0 && since < PRUNE_INTERVAL_MS)
            return [];
    }
    catch {
        // Never pruned (or the marker is unreadable): prune now.
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(marker, 'w', 0o600));
        const time = new Date(now);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.utimesSync)(marker, time, time);
    }
    catch {
        // Without a marker every start would prune: give up until it can be written.
        return [];
    }
    return pruneUnusedCompileCaches(directory, now);
}
/**
 * Turns on Node's module compile cache (V8 code cache on disk) for this process in the private
 * per-user directory, so later runs skip compiling the CLI's bundle: a large share of a short
 * command's time (`verify-blob` of one file). Left to Node when NODE_COMPILE_CACHE or
 * NODE_DISABLE_COMPILE_CACHE is set. Returns the directory used, if any.
 */
function enablePrivateCompileCache(host) {
    if (host.env['NODE_COMPILE_CACHE'] !== undefined || host.env['NODE_DISABLE_COMPILE_CACHE'] !== undefined)
        return undefined;
    const directory = privateCompileCacheDirectory(host);
    if (directory === undefined)
        return undefined;
    const used = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.enableCompileCache)(directory).directory;
    pruneCompileCachesDaily(directory, Date.now());
    return used;
}


/***/ }),

/***/ 93034:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* reexport safe */ _core_runtime_js__WEBPACK_IMPORTED_MODULE_1__.AZ),
/* harmony export */   p7: () => (/* binding */ workingDirectory)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/* harmony import */ var _core_runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(56371);


/**
 * The working directory, or WORKING_DIRECTORY_UNAVAILABLE when the system cannot say what it is
 * (removed under the shell, or longer than the system's path limit): every path is relative to it,
 * so nothing can run, and Node.js's own error was a stack trace.
 */
function workingDirectory(cwd = process.cwd) {
    try {
        return cwd();
    }
    catch (error) {
        const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorCode */ .vq)(error);
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('WORKING_DIRECTORY_UNAVAILABLE', `the working directory ${code === 'ENOENT' ? 'was removed' : code === 'ERANGE' || code === 'ENAMETOOLONG' ? 'has a path longer than the system allows' : 'cannot be read'} (${code ?? 'unknown error'})`, {
            cause: error,
            hint: 'cd to an existing directory with a shorter path and run the command again',
        });
    }
}


/***/ }),

/***/ 2064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ makeDirectories),
/* harmony export */   T: () => (/* binding */ makeDirectoriesSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);



// `mkdir -p` made one directory at a time. Node's own recursive mkdir retries forever, at full
// speed, where a parent exists but refuses new entries with ENOENT (`/proc/x`): here the missing
// parents are found by looking up, and each is made once. A file in the way is ENOTDIR, as the
// system says it of a path through a file. A module of its own, importing nothing heavy: the CLI
// makes its compile cache's directory with it before anything else is loaded.
/** What a lookup up the path found: done at an existing directory, or a missing one to make. */
function missingOrDone(at, info, error) {
    if (info !== undefined) {
        if (!info.isDirectory())
            throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR' });
        return false;
    }
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .systemErrorCode */ .vq)(error) !== 'ENOENT' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at) === at)
        throw error;
    return true;
}
function madeMeanwhile(error) {
    // Made meanwhile by another writer: what was wanted.
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .systemErrorCode */ .vq)(error) !== 'EEXIST')
        throw error;
}
/** Makes a directory and its missing parents (see above). */
async function makeDirectories(path) {
    const missing = [];
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);; at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        const [info, error] = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(at).then((found) => [found, undefined], (failure) => [undefined, failure]);
        if (!missingOrDone(at, info, error))
            break;
        missing.push(at);
    }
    for (const dir of missing.reverse())
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir).catch(madeMeanwhile);
}
/** {@link makeDirectories}, synchronous, each directory made with `mode`. */
function makeDirectoriesSync(path, mode) {
    const missing = [];
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);; at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        let info;
        let error;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(at);
        }
        catch (failure) {
            error = failure;
        }
        if (!missingOrDone(at, info, error))
            break;
        missing.push(at);
    }
    for (const dir of missing.reverse()) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { mode });
        }
        catch (error) {
            madeMeanwhile(error);
        }
    }
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ reportOf),
/* harmony export */   Nf: () => (/* binding */ isTrustKitError),
/* harmony export */   T0: () => (/* binding */ TrustKitError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   f1: () => (/* binding */ readFailure),
/* harmony export */   vq: () => (/* binding */ systemErrorCode)
/* harmony export */ });
const BRAND = Symbol.for('trust-kit.error');
/**
 * The base of every error trust-kit raises on purpose: a stable string `code` that tests, exit
 * codes and users key on, a message that names the input, and a hint that says what to do.
 */
class TrustKitError extends Error {
    code;
    hint;
    place;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'TrustKitError';
        this.code = code;
        this.hint = options.hint;
        this.place = options.place;
        Object.defineProperty(this, BRAND, { value: true });
    }
}
/**
 * Whether a value is a trust-kit error, also when it comes from another copy of this module
 * (two bundles in one process), which `instanceof` would miss.
 */
function isTrustKitError(value) {
    try {
        return typeof value === 'object' && value !== null && value[BRAND] === true && typeof value.code === 'string';
    }
    catch {
        // A revoked proxy, or a getter that throws: no error of trust-kit's.
        return false;
    }
}
/** A message for any thrown value, for wrapping foreign errors as a cause; never itself a throw (an object without a prototype has no string). */
function messageOf(value) {
    try {
        if (value instanceof Error)
            return value.message;
        return String(value);
    }
    catch {
        try {
            return Object.prototype.toString.call(value);
        }
        catch {
            return '(a value that cannot be shown)';
        }
    }
}
/** The `code` of a Node.js system error (`ENOENT`, `EACCES`, ...), if it has one. */
function systemErrorCode(value) {
    if (typeof value === 'object' && value !== null && 'code' in value) {
        const code = value.code;
        if (typeof code === 'string')
            return code;
    }
    return undefined;
}
/**
 * Why a file the user named could not be read, and what to do, from the system's error: a
 * permission is not fixed by checking the path. `what` names the file ("the bundle").
 */
function readFailure(error, what) {
    const code = systemErrorCode(error);
    switch (code) {
        case 'ENOENT':
            return { why: 'ENOENT (it does not exist)', hint: `check the path of ${what}; it is relative to the working directory` };
        case 'EACCES':
        case 'EPERM':
            return { why: `${code} (permission denied)`, hint: `make ${what} readable by the user running trust-kit` };
        case 'EISDIR':
            return { why: 'EISDIR (it is a directory)', hint: `give the path of ${what} itself, not of its directory` };
        default:
            return { why: code ?? messageOf(error), hint: `check the path of ${what} and that it can be read` };
    }
}
/**
 * The report for any thrown value; errors trust-kit did not raise on purpose are `INTERNAL`, a
 * bug to report, with their message but never their stack.
 */
function reportOf(error) {
    if (isTrustKitError(error))
        return { code: error.code, message: error.message, hint: error.hint, ...(error.place === undefined ? {} : { place: error.place }) };
    return {
        code: 'INTERNAL',
        message: messageOf(error),
        hint: 'this is a bug in trust-kit: please report it with the command you ran (without any secret)',
    };
}


/***/ }),

/***/ 56371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ unsupportedRuntime)
/* harmony export */ });
/* unused harmony exports SUPPORTED_NODE, isSupportedNode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);

/**
 * The Node.js releases trust-kit runs on: from each version on, within its major (`^`) or for
 * every later major too (`>=`). They are those sigstore-js 5 supports, and all have the
 * `X509Certificate.validFromDate` the verifier reads (Node.js 20 does not); a test keeps
 * package.json's engines equal.
 */
const SUPPORTED = [
    { from: [22, 22, 2], laterMajors: false },
    { from: [24, 15, 0], laterMajors: false },
    { from: [26, 0, 0], laterMajors: true },
];
/** The supported Node.js releases as an npm semver range, package.json's `engines.node`. */
const SUPPORTED_NODE = SUPPORTED.map(({ from, laterMajors }) => `${laterMajors ? '>=' : '^'}${from.join('.')}`).join(' || ');
function parseVersion(text) {
    const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(text);
    return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3])];
}
function atLeast(version, from) {
    for (let index = 0; index < 3; index++) {
        if (version[index] !== from[index])
            return (version[index] ?? 0) > (from[index] ?? 0);
    }
    return true;
}
/** Whether a Node.js version (`process.versions.node`, with or without a `v`) is one trust-kit supports. */
function isSupportedNode(text) {
    const version = parseVersion(text);
    if (version === undefined)
        return false;
    return SUPPORTED.some(({ from, laterMajors }) => atLeast(version, from) && (laterMajors || version[0] === from[0]));
}
/** RUNTIME_UNSUPPORTED naming the running Node.js and the supported range, or undefined when this Node.js is supported. */
function unsupportedRuntime(version) {
    if (isSupportedNode(version))
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('RUNTIME_UNSUPPORTED', `Node.js ${version} cannot run trust-kit, which needs Node.js ${SUPPORTED_NODE}`, {
        hint: 'install a supported Node.js (24 is the LTS GitHub runs actions on) and run trust-kit with it',
    });
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(85187);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
