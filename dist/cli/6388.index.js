export const id = 6388;
export const ids = [6388];
export const modules = {

/***/ 66388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var realPathOf = (async function (path) {
    const missing = [];
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(path);;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(at), ...missing);
        }
        catch (error) {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(at);
            if (parent === at || !['ENOENT', 'ENOTDIR'].includes((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error) ?? ''))
                return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(path);
            missing.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(at));
            at = parent;
        }
    }
});var planOutput = (async function (outputDir, options) {
    let exists = false;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(outputDir);
        const linked = info.isSymbolicLink() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(outputDir).catch((() => undefined)) : undefined;
        if (info.isSymbolicLink() && linked === undefined) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(outputDir).catch((() => '?'));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2('RELEASE_OUTPUT_NOT_DIRECTORY', `the output directory ${outputDir} is a symbolic link to ${target}, which does not exist`, {
                hint: 'make the directory the link leads to, or remove the link (or choose another output directory: --output-dir, input "output-dir")',
            });
        }
        const directory = info.isDirectory() || linked?.isDirectory() === true;
        if (!directory) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2('RELEASE_OUTPUT_NOT_DIRECTORY', `the output directory ${outputDir} exists and is not a directory`, {
                hint: 'choose another output directory (--output-dir, input "output-dir"), or remove that file',
            });
        }
        exists = true;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2)
            throw error;
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error) !== 'ENOENT')
            throw outputFailed(`cannot look at the output directory ${outputDir}`, error);
    }
    // Compared as real paths: the output directory and a kept one may be named through different links.
    const target = await realPathOf(outputDir);
    refuseNameTooLong(outputDir, target);
    if (exists)
        await refuseMountPoint(outputDir, target);
    for (const kept of options.keep) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(kept.path);
        if ((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .isPathWithin */ .Z)(outputDir, path) || (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .isPathWithin */ .Z)(target, await realPathOf(path))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2('RELEASE_OUTPUT_OVERLAPS', `the output directory ${outputDir} is or contains ${kept.what} ${path}; a release replaces its output directory as a whole`, {
                hint: 'give trust-kit an output directory of its own, such as trust-kit-out (it may lie inside the base directory: it is never hashed)',
            });
        }
    }
    let replacing = [];
    if (exists) {
        let entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(target).catch(((error) => {
            throw outputFailed(`cannot list the output directory ${outputDir}`, error);
        }));
        // A run killed between moving its staging directory into place and taking its marker out left the marker there: no file of the user's.
        if (entries.includes(STAGING_MARKER) && (await removeEndedHoldersMarker(target)))
            entries = entries.filter(((name) => name !== STAGING_MARKER));
        if (entries.length > 0 && !options.force)
            throw notEmpty(outputDir, entries);
        replacing = entries.sort();
    }
    return { outputDir, target, force: options.force, replacing };
});var refuseNameTooLong = (function (outputDir, target) {
    const bytes = Buffer.byteLength((0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(target));
    if (bytes + SIBLING_NAME_BYTES <= NAME_MAX_BYTES)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2('RELEASE_OUTPUT_NAME_TOO_LONG', `the output directory ${outputDir} has a name of ${bytes} bytes: the directory a release makes beside it (.NAME.trust-kit-staging-...) would pass the ${NAME_MAX_BYTES} bytes a file name may have`, {
        hint: `give the output directory a name of at most ${NAME_MAX_BYTES - SIBLING_NAME_BYTES} bytes`,
    });
});var listedMountPoint = (async function (path) {
    if (process.platform !== 'linux')
        return false;
    const mountinfo = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)('/proc/self/mountinfo', 'utf8').catch((() => ''));
    // The fifth field is the mount point, its blanks and backslashes written as octal escapes (\040).
    return mountinfo.split('\n').some(((line) => line.split(' ')[4]?.replace(/\\([0-7]{3})/g, ((_escape, octal) => String.fromCharCode(Number.parseInt(octal, 8)))) === path));
});var refuseMountPoint = (async function (outputDir, target) {
    const [own, parent] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target))]).catch(((error) => {
        throw outputFailed(`cannot look at the output directory ${outputDir}`, error);
    }));
    if (own.dev === parent.dev && !(await listedMountPoint(target)))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2('RELEASE_OUTPUT_MOUNT_POINT', `the output directory ${outputDir} is a mount point (another file system than its parent's), and a release replaces its output directory as a whole by renaming a directory made beside it`, {
        hint: 'name a directory inside it as the output directory, such as out/release for a volume mounted at out',
    });
});var outputNotEmpty = (async function (plan) {
    return notEmpty(plan.outputDir, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(plan.target).catch((() => [])));
});var notEmpty = (function (outputDir, entries) {
    const shown = [...entries].sort().slice(0, 5).join(', ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2('RELEASE_OUTPUT_NOT_EMPTY', `the output directory ${outputDir} is not empty (${shown}${entries.length > 5 ? `, and ${entries.length - 5} more` : ''}); a release never leaves files of another run beside its own`, { hint: 'remove it, choose another output directory, or replace it with this run\'s files with --force (input "force: true")' });
});var outputFailed = (function (message, error) {
    // ENOTDIR alone does not say which part of the path is wrong, nor that the user can fix it.
    if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error) === 'ENOTDIR') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2('RELEASE_OUTPUT_FAILED', `${message}: a file stands where a directory of its path must be`, {
            cause: error,
            hint: 'choose an output directory whose parents are directories (--output-dir, input "output-dir"), or move the file in the way',
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2('RELEASE_OUTPUT_FAILED', `${message}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .bD)(error)}`, {
        cause: error,
        hint: 'check that the output directory\'s parent exists or can be created, is writable and has free space',
    });
});var siblingPrefix = (function (plan) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(plan.target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(plan.target)}.trust-kit-`);
});var outputPathTest = (function (plan) {
    const prefix = siblingPrefix(plan);
    const siblings = [prefix, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(plan.outputDir), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(prefix))];
    return ((path) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .isPathWithin */ .Z)(plan.outputDir, path) || (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .isPathWithin */ .Z)(plan.target, path) || siblings.some(((sibling) => path.startsWith(sibling))));
});var processStart = (async function (pid) {
    try {
        const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(`/proc/${pid}/stat`, 'latin1');
        // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
});var readHolder = (async function (marker) {
    let handle;
    try {
        // O_NOFOLLOW: a link in place of the marker is not read through; O_NONBLOCK: a FIFO cannot stall the open.
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(marker, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
        if (!(await handle.stat()).isFile())
            return undefined;
        // One bounded read: a marker that grew past the limit is not one.
        const bytes = Buffer.alloc(MAX_MARKER_BYTES + 1);
        const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
        if (bytesRead > MAX_MARKER_BYTES)
            return undefined;
        const parsed = JSON.parse(bytes.toString('utf8', 0, bytesRead));
        if (typeof parsed !== 'object' || parsed === null)
            return undefined;
        const { pid, host, place, start } = parsed;
        if (!Number.isSafeInteger(pid) || pid <= 0 || typeof host !== 'string' || (place !== undefined && typeof place !== 'string') || (start !== undefined && typeof start !== 'string'))
            return undefined;
        return { pid: pid, host, ...(place === undefined ? {} : { place }), ...(start === undefined ? {} : { start }) };
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
});var isHeld = (async function (holder) {
    if (holder.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)() || (holder.place !== undefined && holder.place !== (0,_core_process_place_js__WEBPACK_IMPORTED_MODULE_8__/* .processPlace */ .h)()))
        return true;
    try {
        process.kill(holder.pid, 0);
    }
    catch (error) {
        // EPERM: it exists, as another user's process.
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error) === 'ESRCH')
            return false;
    }
    if (holder.start === undefined)
        return true;
    const start = await processStart(holder.pid);
    return start === undefined || start === holder.start;
});var replacedPathOf = (function (staging) {
    return staging.replace(/staging-([0-9a-f]{12})$/, 'replaced-$1');
});var holdsNothing = (async function (dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch((() => undefined));
    if (entries === undefined || entries.some(((name) => name !== STAGING_MARKER)))
        return false;
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(dir).then(pastUnmarkedMoment, (() => false))))
        return false;
    return entries.length === 0 || (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, STAGING_MARKER)).then(((info) => info.isFile() && info.size === 0 && pastUnmarkedMoment(info)), (() => false)));
});var pastUnmarkedMoment = (function (info) {
    return Date.now() - info.mtimeMs > UNMARKED_STAGING_MS;
});var removeStaleStagingDirectories = (async function (plan) {
    const prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(siblingPrefix(plan));
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(plan.target);
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(parent, { withFileTypes: true }).catch((() => []));
    const ours = ((kind) => entries.filter(((entry) => entry.name.startsWith(prefix) && SIBLING_SUFFIX[kind].test(entry.name.slice(prefix.length)) && entry.isDirectory())).map(((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(parent, entry.name))));
    const cleanup = { removed: [], kept: [], unclaimed: [] };
    const remove = (async (path) => {
        // Checked again right before: a link put in the directory's place since the listing is not followed.
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path).catch((() => undefined));
        if (info?.isDirectory() !== true)
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { recursive: true }).then((() => cleanup.removed.push(path)), (() => undefined));
    });
    const stagings = ours('staging');
    for (const staging of stagings) {
        const holder = await readHolder((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, STAGING_MARKER));
        if (holder === undefined && !(await holdsNothing(staging))) {
            // Unreadable and old: not a live run's, which writes its marker as it makes the directory.
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(staging).then(pastUnmarkedMoment, (() => false)))
                cleanup.unclaimed.push(staging);
            continue;
        }
        if (holder !== undefined && (await isHeld(holder)))
            continue;
        const replaced = replacedPathOf(staging);
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(replaced).then(((info) => info.isDirectory()), (() => false))) {
            const targetMissing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(plan.target).then((() => false), ((error) => (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error) === 'ENOENT'));
            // Put back; or, when an output directory was made since, kept for the user under a name no run
            // removes: without its staging directory it would look like an output already replaced.
            const kept = replaced.replace(/replaced-([0-9a-f]{12})$/, 'kept-$1');
            const moved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(replaced, targetMissing ? plan.target : kept).then((() => true), (() => false));
            if (moved && targetMissing)
                cleanup.restored = plan.target;
            else if (moved)
                cleanup.kept.push(kept);
            else
                continue;
        }
        await remove(staging);
    }
    for (const replaced of ours('replaced')) {
        if (!stagings.includes(replaced.replace(/replaced-([0-9a-f]{12})$/, 'staging-$1')))
            await remove(replaced);
    }
    await removeEndedHoldersMarker(plan.target);
    return cleanup;
});var removeEndedHoldersMarker = (async function (dir) {
    const marker = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, STAGING_MARKER);
    const holder = await readHolder(marker);
    if (holder === undefined || (await isHeld(holder)))
        return false;
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(marker, { force: true }).then((() => true), (() => false));
});var settleStaging = (function (staging) {
    stagingRemovedOnSignal.get(staging)?.();
    stagingRemovedOnSignal.delete(staging);
});var openStaging = (function (staging) {
    const mode = stagingModes.get(staging);
    stagingModes.delete(staging);
    if (mode !== undefined)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(staging, mode);
});var makeStagingDirectory = (async function (plan) {
    // Not mkdtemp, whose 0700 the output directory would keep: made as mkdir makes any directory, under the umask, and closed until published.
    const staging = `${siblingPrefix(plan)}staging-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    let made = false;
    try {
        const start = await processStart('self');
        const holder = { pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)(), place: (0,_core_process_place_js__WEBPACK_IMPORTED_MODULE_8__/* .processPlace */ .h)(), ...(start === undefined ? {} : { start }) };
        await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDirectories */ .Kb)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(plan.target));
        // Made and marked in one synchronous step: a SIGINT or SIGTERM handler (which runs between turns
        // of the event loop) never leaves it unmarked, which the next run would keep as a live run's.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(staging);
        made = true;
        // A run stopped by SIGINT or SIGTERM removes it, as it does its other temporary files: left there, it looked like a killed run's output.
        stagingRemovedOnSignal.set(staging, (0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .directoryRemovedOnSignal */ .nf)(staging));
        stagingModes.set(staging, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(staging).mode & 0o7777);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(staging, 0o700);
        // Whatever another user put in it before it was closed would be published with this run's files.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(staging).length > 0)
            throw new Error(`${staging} was written into by another process as it was made`);
        // Flushed: a crash that kept the files written into the directory later must not come back with an empty marker.
        const marker = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, STAGING_MARKER), 'wx', 0o644);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(marker, JSON.stringify(holder));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(marker);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(marker);
        }
        return staging;
    }
    catch (error) {
        if (made)
            await discardStagingDirectory(staging);
        throw outputFailed(`cannot make a staging directory beside ${plan.outputDir}`, error);
    }
});var discardStagingDirectory = (async function (staging) {
    stagingModes.delete(staging);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true }).catch((() => undefined));
    settleStaging(staging);
});var publishStagingDirectory = (async function (plan, staging) {
    const keptIn = `this run's files are in ${staging}`;
    // The marker moves with the files, so that a run killed right after the move is told from a
    // finished one, and comes out just after; a staging directory kept for the user loses it
    // first, so it is never taken for a killed run's.
    const unmark = ((dir) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, STAGING_MARKER), { force: true }).catch((() => undefined)));
    const kept = (async (message, error) => {
        settleStaging(staging);
        try {
            openStaging(staging);
        }
        catch {
            // Kept as it is: the error names it, and it is the user's own.
        }
        await unmark(staging);
        throw error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2 ? error : outputFailed(`${message} (${keptIn})`, error);
    });
    try {
        openStaging(staging);
    }
    catch (error) {
        return kept(`cannot give ${staging} the output directory's mode`, error);
    }
    try {
        // Over a missing or empty directory, one atomic rename.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, plan.target);
        settleStaging(staging);
        await unmark(plan.target);
        return undefined;
    }
    catch (error) {
        if (!['EEXIST', 'ENOTEMPTY', 'EPERM', 'EISDIR'].includes((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error) ?? ''))
            return kept(`cannot move ${staging} to ${plan.outputDir}`, error);
    }
    if (!plan.force) {
        try {
            // With the rename below, synchronous: a signal never finds the empty output directory gone and nothing in its place.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(plan.target);
        }
        catch (error) {
            const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error);
            if (code === 'ENOTEMPTY' || code === 'EEXIST') {
                const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(plan.target).catch((() => []));
                const refused = notEmpty(plan.outputDir, entries);
                return kept('', new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ReleaseError */ .K2('RELEASE_OUTPUT_NOT_EMPTY', `${refused.message}, files appeared in it during the run; ${keptIn}`, { hint: refused.hint }));
            }
            return kept(`cannot replace the empty ${plan.outputDir}`, error);
        }
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(staging, plan.target);
        }
        catch (error) {
            return kept(`cannot move ${staging} to ${plan.outputDir}`, error);
        }
        settleStaging(staging);
        await unmark(plan.target);
        return undefined;
    }
    // The earlier output is moved aside first, so that it comes back if this run's cannot take its
    // place; named after the staging directory, so that a run killed in between has it put back.
    // Both renames are synchronous, one right after the other: a SIGINT or SIGTERM handler (which
    // runs between turns of the event loop) never finds the output directory missing.
    const replaced = replacedPathOf(staging);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(plan.target, replaced);
    }
    catch (error) {
        return kept(`cannot move the earlier ${plan.outputDir} aside`, error);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(staging, plan.target);
    }
    catch (error) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(replaced, plan.target);
        }
        catch {
            // Left for the error to name: the earlier output is in the replaced directory.
            return kept(`cannot move ${staging} to ${plan.outputDir}, nor the earlier output back from ${replaced}`, error);
        }
        return kept(`cannot move ${staging} to ${plan.outputDir}`, error);
    }
    settleStaging(staging);
    await unmark(plan.target);
    // This run's files are in place: failing now would report them as not written.
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(replaced, { recursive: true, force: true }).then((() => undefined), (() => replaced));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: (() => (/* binding */ removeStaleStagingDirectories)),
/* harmony export */   UX: (() => (/* binding */ publishStagingDirectory)),
/* harmony export */   Zt: (() => (/* binding */ outputPathTest)),
/* harmony export */   dK: (() => (/* binding */ discardStagingDirectory)),
/* harmony export */   eP: (() => (/* binding */ outputNotEmpty)),
/* harmony export */   h1: (() => (/* binding */ makeStagingDirectory)),
/* harmony export */   pp: (() => (/* binding */ planOutput))
/* harmony export */ });
/* unused harmony export realPathOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62164);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64539);
/* harmony import */ var _core_process_place_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(25056);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(86482);










/**
 * The real path of `path`, also when it does not exist yet: the longest part that exists with its
 * links resolved, and the rest as named. Two names of one directory (through a link and not) give
 * the same answer.
 */

/**
 * Checks, before any work, that the output directory can take this run's files: it is a directory
 * (or absent), it is not and does not contain a directory the run reads (replacing it would
 * delete them), and it is empty unless `force`.
 */

/** The most bytes a file name may have (NAME_MAX on Linux and macOS). */
const NAME_MAX_BYTES = 255;
/** What the longest name made beside the output directory adds to its name: `.NAME.trust-kit-replaced-<12 hex>`. */
const SIBLING_NAME_BYTES = '..trust-kit-replaced-'.length + 12;
/**
 * Refuses an output directory whose name leaves no room for the directories a release makes
 * beside it (`.NAME.trust-kit-staging-...`): the run failed with ENAMETOOLONG only once it had
 * hashed, with a hint about free space.
 */

/**
 * Whether `path` (a real path) is where something is mounted, as Linux's mountinfo lists it: a
 * bind mount of a directory of the same file system has its parent's device number, and only this
 * tells it. False where there is no mountinfo to read (other systems, a restricted /proc).
 */

/**
 * Refuses an output directory on another file system than its parent (a container's volume, a
 * tmpfs), or mounted there from the same one (`-v $PWD/out:/src/out`): the run's staging directory,
 * made beside it, could never be renamed into its place, and the run would fail after all its work.
 */

/** The refusal of a plan whose output directory (made since the plan, by putting an earlier output back) holds files, without `force`. */



/** The start of the names of a plan's staging and replaced directories, siblings of the output directory. */

/**
 * Whether a path belongs to the plan's output directory or to a staging directory beside it (this
 * run's, or one an interrupted run left): never an artifact of the release. Paths are compared as
 * named and as real: a walk through a linked directory sees the staging directories under the
 * link's path. The prefixes are worked out once per plan: a walk asks of every entry (20,000 files
 * spent 20 ms making them again).
 */

/**
 * The file in a staging directory that names the process holding it. A staging directory is
 * trust-kit's own only with this file in it (or with nothing in it: see
 * {@link removeStaleStagingDirectories}). It moves with the directory into the output directory's
 * place and is taken out just after (or before the directory is kept for the user), so only a run
 * that was killed leaves it behind, and the next run knows from it what to clean or put back.
 */
const STAGING_MARKER = '.trust-kit-staging';
/** What follows a staging directory's prefix, and that of the earlier output it replaces: the 6 random bytes {@link makeStagingDirectory} names it with. */
const SIBLING_SUFFIX = { staging: /^staging-[0-9a-f]{12}$/, replaced: /^replaced-[0-9a-f]{12}$/ };
/** A marker is a short line of JSON; anything longer is not one. */
const MAX_MARKER_BYTES = 512;
/** A process's start time from /proc, or undefined where it cannot be read. */

/** The holder a marker file names, or undefined when it is not a marker trust-kit wrote (missing, a link, not a regular file, too long, not its JSON). */

/**
 * Whether the process that made a staging directory may still be running. Another host's or pid
 * namespace's process (another container sharing the volume) cannot be asked about, so it counts
 * as running; a process id now used by a process that started at another time (known from /proc)
 * does not.
 */

/** The sibling that holds the earlier output while the staging directory `staging` takes its place: the same random suffix pairs them. */

/** How long a run takes at most between making its staging directory and writing its marker (microseconds, a few milliseconds on a loaded machine): one holding nothing for longer was left by a killed run. */
const UNMARKED_STAGING_MS = 10_000;
/**
 * Whether a directory holds nothing, or nothing but an empty marker file, and has for longer than
 * a live run takes to write its marker ({@link UNMARKED_STAGING_MS}): a run killed between making
 * it and writing its marker left it. A newer one may be a live run's, which would fail without it.
 */

/** Whether a staging directory (or its marker) was last changed longer ago than a live run takes to mark it: no live run's. */

/**
 * Cleans up after runs killed beside this output directory, before this run makes its own staging
 * directory. Only what trust-kit can tell is its own and no running process's is touched, and
 * never through a link:
 * - a staging directory (trust-kit's name) whose marker names a process that has ended is removed;
 *   so is one holding nothing, or nothing but an empty marker (killed between making the
 *   directory and writing the marker: nothing of anyone's is in it); one whose marker cannot be
 *   read otherwise is left, and named in `unclaimed` once older than a live run's unmarked moment;
 * - when such a staging directory's paired `replaced-` sibling holds the earlier output (the run
 *   was killed between moving the earlier output aside and moving its own in), the earlier output
 *   is put back first; when an output directory was made since, it is renamed `kept-` instead,
 *   which no run removes, for the caller to name;
 * - a `replaced-` sibling whose staging directory is gone holds an earlier output already replaced
 *   (the run was killed before removing it), and is removed;
 * - a marker left in the output directory by a process that has ended (killed just after moving
 *   its files in) is removed.
 * What cannot be removed is left: it is never hashed, and the next run tries again.
 */

/** Removes the marker in `dir` when the run it names has ended; whether it did. */

/** What unregisters each staging directory of this run from removal on SIGINT or SIGTERM: once it is in place, removed, or kept for the user. */
const stagingRemovedOnSignal = new Map();
/** The mode each staging directory of this run was made with under the umask, which it gets back when it is published or kept. */
const stagingModes = new Map();
/** The staging directory is no longer this run's to remove on a signal: it was moved into place, removed, or is kept for the user. */

/** Gives the staging directory the mode the umask gave it, as it becomes the output directory (or is kept for the user): it was the run's alone until then. */

/**
 * Makes this run's staging directory beside the output directory, holding only the marker that
 * names this process. It is the run's alone (0700) while the run writes into it: a umask of 002 or
 * 000 made it writable by others, who could replace the checksums file or VERIFY.md between their
 * writing and their signing or publishing.
 */

/** Removes a staging directory; the output directory is untouched. */

/**
 * Moves the staging directory into place as the output directory. An output directory that holds
 * files is replaced only with `force`; without it (files appeared since the plan was made) the
 * staging directory is kept and named in the error, so nothing this run made is lost. Resolves
 * with the path of an earlier output that was replaced but could not be removed (a sibling that
 * is never hashed), for the caller to report: the run's own files are in place by then. A run
 * killed at any point of this leaves what {@link removeStaleStagingDirectories} finishes or undoes.
 */



/***/ })

};
