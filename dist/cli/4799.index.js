export const id = 4799;
export const ids = [4799];
export const modules = {

/***/ 11246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var releaseAttestationTokens = (async function (config, sign, env) {
    if (config.attest === 'off')
        return undefined;
    const tokens = await (0,provenance/* requestAttestationTokens */.qD)(env, sign.retry, sign.key === undefined);
    if (tokens === undefined && config.attest === 'required')
        throw (0,provenance/* provenanceUnavailable */.k$)();
    return tokens;
});var sbomPredicate = (async function (path, logger) {
    try {
        return (0,predicates/* predicateFromSbom */.xZ)(await (0,files/* readRegularFile */.XF)(path, { maxBytes: statement/* MAX_PREDICATE_BYTES */.pB, what: 'SBOM' }), (0,external_node_path_.basename)(path));
    }
    catch (error) {
        // The SBOM is published and covered by the signed checksums either way; GitHub refuses attestations past 16 MB.
        if ((0,core_errors/* isTrustKitError */.Nf)(error) && (error.code === 'FILE_TOO_LARGE' || error.code === 'ATTEST_PREDICATE_TOO_LARGE')) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} is larger than the 16 MB an attestation may hold; it is published, but not attested`);
            return undefined;
        }
        throw error;
    }
});var releasePredicateTypes = (async function (input) {
    const types = input.claims === undefined ? [] : [predicates/* SLSA_PROVENANCE_V1 */.us];
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, logger/* silentLogger */.qq);
        if (predicate !== undefined)
            types.push(predicate.predicateType);
    }
    return types;
});var attestRelease = (async function (input) {
    const predicates = [];
    if (input.tokens !== undefined) {
        const run = await (0,context/* readRunContext */.$)(input.env);
        predicates.push(await (0,provenance/* provenanceFromToken */.xt)(input.tokens.claims, { serverURL: run.serverURL, payload: run.payload, clock: clock/* systemClock */.ml, retry: input.retry, audience: input.tokens.audience, discoveryURL: input.discoveryURL, proxy: (0,proxy.proxySettingsFrom)(input.env) }));
    }
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.logger);
        if (predicate !== undefined)
            predicates.push(predicate);
    }
    if (predicates.length === 0)
        return undefined;
    if (input.artifacts.length === 0)
        throw new errors/* AttestError */.y('ATTEST_NO_SUBJECTS', 'the release has no artifact to attest', { hint: 'name the release artifacts' });
    const statements = predicates.flatMap(((predicate) => (0,statement/* buildStatements */.n5)(input.artifacts, predicate)));
    const attestations = await (0,sign/* signStatements */.Kv)(input.session, statements);
    const path = (0,external_node_path_.join)(input.stagingDir, names/* ATTESTATIONS_FILE */.jn);
    await (0,files/* writeFileAtomic */.Zf)(path, attestations.map(((attestation) => attestation.text)).join(''));
    const predicateTypes = predicates.map(((predicate) => predicate.predicateType));
    input.logger.info(`attest: ${(0,plural/* counted */.h)(attestations.length, 'attestation')} (${predicateTypes.join(', ')}) of ${(0,plural/* counted */.h)(input.artifacts.length, 'artifact')} -> ${names/* ATTESTATIONS_FILE */.jn}`);
    return { path, predicateTypes };
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jn: (() => (/* reexport */ names/* ATTESTATIONS_FILE */.jn)),
  bZ: (() => (/* binding */ attestRelease)),
  qR: (() => (/* binding */ releaseAttestationTokens)),
  gl: (() => (/* binding */ releasePredicateTypes))
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/attest/errors.js
var errors = __webpack_require__(98114);
// EXTERNAL MODULE: ./lib/attest/predicates/index.js + 3 modules
var predicates = __webpack_require__(21957);
// EXTERNAL MODULE: ./lib/attest/provenance.js + 1 modules
var provenance = __webpack_require__(86897);
// EXTERNAL MODULE: ./lib/attest/sign.js
var sign = __webpack_require__(1880);
// EXTERNAL MODULE: ./lib/attest/statement.js
var statement = __webpack_require__(98316);
// EXTERNAL MODULE: ./lib/attest/subjects.js
var subjects = __webpack_require__(82728);
;// CONCATENATED MODULE: ./lib/attest/index.js
/** Attestations: in-toto statements over subjects, SLSA provenance from verified claims, SBOM and custom predicates. */







// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
;// CONCATENATED MODULE: ./lib/release/attest.js












/**
 * The token a release's attestations need, requested before the checksums file is signed: keyless
 * from the runner, the Sigstore token (with a copy for the provenance claims), else one for `nobody`;
 * undefined when attestations are off or the job has no token endpoint (then provenance is skipped,
 * or refused when required).
 */


/**
 * The predicate types {@link attestRelease} will sign for these inputs, read the way it reads them
 * (provenance when there is a claims token; each SBOM's own type, unless it is too large to attest):
 * what the verification kit requires before the attestations exist.
 */

/**
 * The attest step of a release: SLSA provenance of the artifacts from the verified claims token
 * (when there is one) and an SBOM attestation per SBOM, all signed with the session that signed
 * the checksums file (one certificate), written to `attestations.intoto.jsonl`. Returns the file
 * and the predicate types, or undefined when there was nothing to attest.
 */



/***/ }),

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
        const directory = info.isDirectory() || (info.isSymbolicLink() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(outputDir).then(((linked) => linked.isDirectory()), (() => false))));
        if (!directory) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ReleaseError */ .K2('RELEASE_OUTPUT_NOT_DIRECTORY', `the output directory ${outputDir} exists and is not a directory`, {
                hint: 'choose another output directory (--output-dir, input "output-dir"), or remove that file',
            });
        }
        exists = true;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ReleaseError */ .K2)
            throw error;
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error) !== 'ENOENT')
            throw outputFailed(`cannot look at the output directory ${outputDir}`, error);
    }
    // Compared as real paths: the output directory and a kept one may be named through different links.
    const target = await realPathOf(outputDir);
    if (exists)
        await refuseMountPoint(outputDir, target);
    for (const kept of options.keep) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(kept.path);
        if ((0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .isPathWithin */ .ZU)(outputDir, path) || (0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .isPathWithin */ .ZU)(target, await realPathOf(path))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ReleaseError */ .K2('RELEASE_OUTPUT_OVERLAPS', `the output directory ${outputDir} is or contains ${kept.what} ${path}; a release replaces its output directory as a whole`, {
                hint: 'give trust-kit an output directory of its own, such as trust-kit-out (it may lie inside the base directory: it is never hashed)',
            });
        }
    }
    if (exists) {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(target).catch(((error) => {
            throw outputFailed(`cannot list the output directory ${outputDir}`, error);
        }));
        if (entries.length > 0 && !options.force)
            throw notEmpty(outputDir, entries);
    }
    return { outputDir, target, force: options.force };
});var refuseMountPoint = (async function (outputDir, target) {
    const [own, parent] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target))]).catch(((error) => {
        throw outputFailed(`cannot look at the output directory ${outputDir}`, error);
    }));
    if (own.dev === parent.dev)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ReleaseError */ .K2('RELEASE_OUTPUT_MOUNT_POINT', `the output directory ${outputDir} is a mount point (another file system than its parent's), and a release replaces its output directory as a whole by renaming a directory made beside it`, {
        hint: 'name a directory inside it as the output directory, such as out/release for a volume mounted at out',
    });
});var notEmpty = (function (outputDir, entries) {
    const shown = [...entries].sort().slice(0, 5).join(', ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ReleaseError */ .K2('RELEASE_OUTPUT_NOT_EMPTY', `the output directory ${outputDir} is not empty (${shown}${entries.length > 5 ? `, and ${entries.length - 5} more` : ''}); a release never leaves files of another run beside its own`, { hint: 'remove it, choose another output directory, or replace it with this run\'s files with --force (input "force: true")' });
});var outputFailed = (function (message, error) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ReleaseError */ .K2('RELEASE_OUTPUT_FAILED', `${message}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .bD)(error)}`, {
        cause: error,
        hint: 'check that the output directory\'s parent exists or can be created, is writable and has free space',
    });
});var siblingPrefix = (function (plan) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(plan.target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(plan.target)}.trust-kit-`);
});var isOutputPath = (function (plan, path) {
    const siblings = [siblingPrefix(plan), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(plan.outputDir), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(siblingPrefix(plan)))];
    return (0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .isPathWithin */ .ZU)(plan.outputDir, path) || (0,_core_files_js__WEBPACK_IMPORTED_MODULE_6__/* .isPathWithin */ .ZU)(plan.target, path) || siblings.some(((prefix) => path.startsWith(prefix)));
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
        const { pid, host, start } = parsed;
        if (!Number.isSafeInteger(pid) || pid <= 0 || typeof host !== 'string' || (start !== undefined && typeof start !== 'string'))
            return undefined;
        return { pid: pid, host, ...(start === undefined ? {} : { start }) };
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
});var isHeld = (async function (holder) {
    if (holder.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)())
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
});var removeStaleStagingDirectories = (async function (plan) {
    const prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(siblingPrefix(plan));
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(plan.target);
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(parent, { withFileTypes: true }).catch((() => []));
    const removed = [];
    for (const entry of entries) {
        if (!entry.name.startsWith(prefix) || !STAGING_SUFFIX.test(entry.name.slice(prefix.length)) || !entry.isDirectory())
            continue;
        const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(parent, entry.name);
        const holder = await readHolder((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, STAGING_MARKER));
        if (holder === undefined || (await isHeld(holder)))
            continue;
        // Checked again right before: a link put in the directory's place since the listing is not followed.
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(staging).catch((() => undefined));
        if (info?.isDirectory() !== true)
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true }).then((() => removed.push(staging)), (() => undefined));
    }
    return removed;
});var makeStagingDirectory = (async function (plan) {
    // Not mkdtemp, whose 0700 the output directory would keep: made as mkdir makes any directory, under the umask.
    const staging = `${siblingPrefix(plan)}staging-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    let made = false;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(plan.target), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging);
        made = true;
        const start = await processStart('self');
        const holder = { pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)(), ...(start === undefined ? {} : { start }) };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, STAGING_MARKER), JSON.stringify(holder), { flag: 'wx', mode: 0o644 });
        return staging;
    }
    catch (error) {
        if (made)
            await discardStagingDirectory(staging);
        throw outputFailed(`cannot make a staging directory beside ${plan.outputDir}`, error);
    }
});var discardStagingDirectory = (async function (staging) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true }).catch((() => undefined));
});var publishStagingDirectory = (async function (plan, staging) {
    const keptIn = `this run's files are in ${staging}`;
    // Out before the move: the published directory holds only the run's files, and a staging
    // directory kept for the user is never taken for a killed run's.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, STAGING_MARKER), { force: true }).catch(((error) => {
        throw outputFailed(`cannot prepare ${staging} to be moved to ${plan.outputDir} (${keptIn})`, error);
    }));
    try {
        // Over a missing or empty directory, one atomic rename.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, plan.target);
        return undefined;
    }
    catch (error) {
        if (!['EEXIST', 'ENOTEMPTY', 'EPERM', 'EISDIR'].includes((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error) ?? ''))
            throw outputFailed(`cannot move ${staging} to ${plan.outputDir} (${keptIn})`, error);
    }
    if (!plan.force) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rmdir)(plan.target);
        }
        catch (error) {
            const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .systemErrorCode */ .vq)(error);
            if (code === 'ENOTEMPTY' || code === 'EEXIST') {
                const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(plan.target).catch((() => []));
                const refused = notEmpty(plan.outputDir, entries);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ReleaseError */ .K2('RELEASE_OUTPUT_NOT_EMPTY', `${refused.message}, files appeared in it during the run; ${keptIn}`, { hint: refused.hint });
            }
            throw outputFailed(`cannot replace the empty ${plan.outputDir} (${keptIn})`, error);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, plan.target).catch(((error) => {
            throw outputFailed(`cannot move ${staging} to ${plan.outputDir} (${keptIn})`, error);
        }));
        return undefined;
    }
    // The earlier output is moved aside first, so that it comes back if this run's cannot take its place.
    const replaced = `${siblingPrefix(plan)}replaced-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(plan.target, replaced).catch(((error) => {
        throw outputFailed(`cannot move the earlier ${plan.outputDir} aside (${keptIn})`, error);
    }));
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, plan.target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(replaced, plan.target).catch((() => undefined));
        throw outputFailed(`cannot move ${staging} to ${plan.outputDir} (${keptIn})`, error);
    }
    // This run's files are in place: failing now would report them as not written.
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(replaced, { recursive: true, force: true }).then((() => undefined), (() => replaced));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: (() => (/* binding */ removeStaleStagingDirectories)),
/* harmony export */   UX: (() => (/* binding */ publishStagingDirectory)),
/* harmony export */   dK: (() => (/* binding */ discardStagingDirectory)),
/* harmony export */   h1: (() => (/* binding */ makeStagingDirectory)),
/* harmony export */   pp: (() => (/* binding */ planOutput)),
/* harmony export */   tr: (() => (/* binding */ isOutputPath))
/* harmony export */ });
/* unused harmony export realPathOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62164);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86482);








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

/**
 * Refuses an output directory on another file system than its parent (a container's volume, a
 * tmpfs): the run's staging directory, made beside it, could never be renamed into its place, and
 * the run would fail after all its work.
 */



/** The start of the names of a plan's staging and replaced directories, siblings of the output directory. */

/**
 * Whether a path belongs to the output directory or to a staging directory beside it (this run's,
 * or one an interrupted run left): never an artifact of the release. Paths are compared as named
 * and as real: a walk through a linked directory sees the staging directories under the link's path.
 */

/**
 * The file in a staging directory that names the process holding it. A staging directory is
 * trust-kit's own only with this file in it; it is taken out just before the directory is
 * published (or kept for the user), so only a run that was killed leaves it behind.
 */
const STAGING_MARKER = '.trust-kit-staging';
/** What follows a staging directory's prefix: the 6 random bytes {@link makeStagingDirectory} names it with. */
const STAGING_SUFFIX = /^staging-[0-9a-f]{12}$/;
/** A marker is a short line of JSON; anything longer is not one. */
const MAX_MARKER_BYTES = 512;
/** A process's start time from /proc, or undefined where it cannot be read. */

/** The holder a marker file names, or undefined when it is not a marker trust-kit wrote (missing, a link, not a regular file, too long, not its JSON). */

/**
 * Whether the process that made a staging directory may still be running. Another host's process
 * cannot be asked about, so it counts as running; a process id now used by a process that started
 * at another time (known from /proc) does not.
 */

/**
 * Removes the staging directories that killed runs left beside the output directory: only
 * directories (never a link, which is not followed) with trust-kit's name and marker whose
 * process has ended; a live run's, and anything trust-kit cannot tell is its own, are left alone.
 * A directory that cannot be removed is left too: it is never hashed, and the next run tries
 * again. Resolves with the paths removed.
 */

/** Makes this run's staging directory beside the output directory, holding only the marker that names this process. */

/** Removes a staging directory; the output directory is untouched. */

/**
 * Moves the staging directory into place as the output directory. An output directory that holds
 * files is replaced only with `force`; without it (files appeared since the plan was made) the
 * staging directory is kept and named in the error, so nothing this run made is lost. Resolves
 * with the path of an earlier output that was replaced but could not be removed (a sibling that
 * is never hashed), for the caller to report: the run's own files are in place by then.
 */



/***/ }),

/***/ 88342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var signsWithRunKey = (function (config, env) {
    return config !== undefined && config.ephemeralKeyWithoutToken && (0,_github_oidc_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenSource */ .Zx)(env) === undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: (() => (/* binding */ signsWithRunKey))
/* harmony export */ });
/* harmony import */ var _github_oidc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89402);

/**
 * Whether the run signs with a key made for it (a CLI run outside GitHub Actions with no token and
 * no key): each such run writes a public key of its own, `trust-kit.pub`.
 */



/***/ }),

/***/ 94799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var resignedNames = (function (checksums, artifactNames, artifactBundles, kit, runKey) {
    return new Set([...(kit ? [checksums, ...KIT_FILES] : []), ...(runKey ? [_names_js__WEBPACK_IMPORTED_MODULE_11__/* .PUBLIC_KEY_FILE */ .vq] : []), _names_js__WEBPACK_IMPORTED_MODULE_11__/* .INSTRUCTIONS_FILE */ .f4, (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultBundlePath */ .Fq)(checksums), _attest_js__WEBPACK_IMPORTED_MODULE_6__/* .ATTESTATIONS_FILE */ .jn, _names_js__WEBPACK_IMPORTED_MODULE_11__/* .AUDIT_LOG_FILE */ .wL, (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultBundlePath */ .Fq)(_names_js__WEBPACK_IMPORTED_MODULE_11__/* .AUDIT_LOG_FILE */ .wL), ...(artifactBundles ? artifactNames.map(((name) => (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultBundlePath */ .Fq)(name))) : [])]);
});var listedEntries = (function (bytes, source) {
    try {
        return (0,_checksums_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChecksums */ .yk)(bytes.toString('utf8'), source);
    }
    catch {
        return undefined;
    }
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPublishedReleaseStep: (() => (/* binding */ runPublishedReleaseStep))
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checksums_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3093);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53871);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86482);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88927);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11246);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(77621);
/* harmony import */ var _run_key_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88342);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(66388);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7310);
/* harmony import */ var _verify_release_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(98612);












/** The verification kit's files: made from the signer's identity, so known only once signing starts; a checksums file lists them beside the artifacts. */
const KIT_FILES = new Set([_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir, _names_js__WEBPACK_IMPORTED_MODULE_11__/* .VERIFICATION_KIT_TRUSTED_ROOT_FILE */ .l, _names_js__WEBPACK_IMPORTED_MODULE_11__/* .VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE */ .f1]);
/** GitHub takes release assets under 2 GiB. */
const MAX_ASSET_BYTES = 2 * 1024 ** 3;
/** A published checksums file is read back whole; one line per artifact keeps it far below this. */
const MAX_CHECKSUMS_BYTES = 16 * 1024 * 1024;
/**
 * The files a run makes anew once it signs (a signature is never the same bytes twice): a draft's
 * copies are stale once the run signs again. With a verification kit, which names the signer, the
 * kit and the checksums file listing it are made anew too; with a key made for the run, its public key;
 * and VERIFY.md, which says what this run made (other settings than the failed run's make another).
 */

/** The entries of a checksums file read back from a release; undefined when it is not one. */

/**
 * Before anything is signed, refuses artifacts a GitHub release does not take (2 GiB or more, or empty), and
 * looks at the GitHub release the run publishes to: when it is
 * published already (a re-run of the release job), signing again would only make new signatures
 * that differ from the published ones and new log entries. The run then checks that the release
 * holds every artifact with this run's digest and a checksums file that lists exactly this run's
 * artifacts and SBOMs (and the verification kit it holds as listed), and ends there, changing nothing; a release that holds anything else is a
 * RELEASE_PUBLISHED_DIFFERS. A draft (or no release) lets the run go on; a draft that a failed run
 * left with a checksums file listing this run's artifacts loses what that run made once it signed (no consumer has seen a
 * draft), since this run signs the same checksums again and uploads its own.
 */
const runPublishedReleaseStep = (async ({ config, ports, artifacts, sbom, staging }) => {
    const target = ports.githubRelease;
    if (target === undefined || artifacts === undefined)
        return {};
    const { releases, tag } = target;
    // Known once hashed, before anything is signed: GitHub would refuse the upload after the signing.
    const oversized = artifacts.filter(((artifact) => artifact.size >= MAX_ASSET_BYTES));
    if (oversized.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('RELEASE_ASSET_TOO_LARGE', `a GitHub release takes files under 2 GiB, and ${oversized.slice(0, 5).map(((artifact) => `${artifact.name} (${artifact.size} bytes)`)).join(', ')}${oversized.length > 5 ? ` and ${oversized.length - 5} more` : ''} ${oversized.length === 1 ? 'is' : 'are'} not`, {
            hint: 'split or compress the file below 2 GiB, or publish it elsewhere and release its checksums without it',
        });
    }
    // GitHub refuses an empty asset (422: size must be at least 1), which would also come after the signing.
    const empty = artifacts.filter(((artifact) => artifact.size === 0));
    if (empty.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('RELEASE_ASSET_EMPTY', `a GitHub release takes no empty file, and ${empty.slice(0, 5).map(((artifact) => artifact.name)).join(', ')}${empty.length > 5 ? ` and ${empty.length - 5} more` : ''} ${empty.length === 1 ? 'is' : 'are'} empty (0 bytes)`, {
            hint: 'leave empty files out of subject-path (a placeholder such as .keep, or a build step that failed to write its output), or give them content',
        });
    }
    const release = await releases.findRelease(tag);
    if (release === undefined)
        return {};
    const remote = await releases.listAssets(release.id);
    const checksumsName = (0,_names_js__WEBPACK_IMPORTED_MODULE_11__/* .checksumsFileName */ .sC)(config.algorithm);
    const expected = new Map([...artifacts, ...(sbom?.entries ?? [])].map(((entry) => [entry.name, entry.hex])));
    const uploadedChecksums = remote.find(((asset) => asset.state === 'uploaded' && asset.name === checksumsName));
    // What the release's checksums file lists beyond the kit, and the kit entries it lists; undefined when it is not readable.
    const checksumsBytes = uploadedChecksums === undefined || uploadedChecksums.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(uploadedChecksums.id, MAX_CHECKSUMS_BYTES);
    const listed = checksumsBytes === undefined ? undefined : listedEntries(checksumsBytes, `${tag}/${checksumsName}`);
    const kitEntries = (listed ?? []).filter(((entry) => KIT_FILES.has(entry.name)));
    const rest = (listed ?? []).filter(((entry) => !KIT_FILES.has(entry.name)));
    const listsThisRun = listed !== undefined && rest.length === expected.size && rest.every(((entry) => expected.get(entry.name) === entry.hex));
    if (release.draft) {
        if (!listsThisRun)
            return {};
        // A keyless run writes a kit (the draft's lists one, or this run will), so its checksums file follows the signer; a key-signed run's is the draft's.
        const kit = kitEntries.length > 0 || (config.verificationKit && config.sign !== undefined && config.sign.key === undefined);
        // A run that signs with a key made for it publishes that key's public half: the draft's belongs to the failed run's signatures.
        const stale = resignedNames(checksumsName, artifacts.map(((artifact) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(artifact.name))), config.artifactBundles, kit, (0,_run_key_js__WEBPACK_IMPORTED_MODULE_7__/* .signsWithRunKey */ .T)(config.sign, ports.env));
        // Only what trust-kit uploaded (labelled with the file's name): a file the user put there under one of these names is theirs, and the upload refuses it by name.
        for (const asset of remote.filter(((candidate) => stale.has(candidate.label)))) {
            ports.logger.info(`github-release: deleting ${asset.name} from the draft ${tag}: a failed run signed the same artifacts, and this run signs them again`);
            await releases.deleteAsset(asset.id);
        }
        return {};
    }
    const find = ((name) => remote.find(((asset) => asset.state === 'uploaded' && asset.name === name)) ?? remote.find(((asset) => asset.state === 'uploaded' && asset.label === name)));
    const differs = [];
    const assets = [];
    const check = (async (name, sha256, size) => {
        const found = find(name);
        if (found === undefined)
            differs.push(`${name} is missing`);
        else if ((await (0,_publish_js__WEBPACK_IMPORTED_MODULE_9__/* .remoteAssetSha256 */ .U4)(releases, found, size)) !== sha256)
            differs.push(`${found.name} is not sha256:${sha256}`);
        else
            assets.push({ name, githubName: found.name, digest: `sha256:${sha256}`, outcome: 'present' });
    });
    for (const artifact of artifacts)
        await check((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(artifact.name), artifact.digests.sha256 ?? (await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .DC)(artifact.path, ['sha256'])).digest.sha256 ?? '', artifact.size);
    if (uploadedChecksums === undefined)
        differs.push(`${checksumsName} is missing`);
    else if (!listsThisRun)
        differs.push(`${uploadedChecksums.name} does not list exactly this run's artifacts and SBOMs with their digests`);
    else {
        assets.push({ name: checksumsName, githubName: uploadedChecksums.name, digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(checksumsBytes ?? '').digest('hex')}`, outcome: 'present' });
        // The kit the checksums file lists must be there as listed (the signature covers it through the checksums file).
        for (const entry of kitEntries) {
            const found = find(entry.name);
            const bytes = found === undefined || found.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(found.id, MAX_CHECKSUMS_BYTES);
            if (found === undefined || bytes === undefined)
                differs.push(`${entry.name} is missing`);
            else if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(entry.algorithm).update(bytes).digest('hex') !== entry.hex)
                differs.push(`${found.name} is not the file ${checksumsName} lists`);
            else
                assets.push({ name: entry.name, githubName: found.name, digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`, outcome: 'present' });
        }
    }
    if (differs.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('RELEASE_PUBLISHED_DIFFERS', `the GitHub release ${tag} is published already and does not hold what this run would publish: ${differs.slice(0, 10).join('; ')}${differs.length > 10 ? `; and ${differs.length - 10} more` : ''}`, {
            hint: 'a published release is never changed (an immutable one cannot be): release this build under a new tag; to publish it under this tag, delete the release (if it is not immutable) and re-run',
        });
    }
    ports.logger.info(`github-release: release ${tag} is published already and holds every artifact and the checksums file this run would sign: nothing to do, nothing signed`);
    if (staging !== undefined)
        await (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .discardStagingDirectory */ .dK)(staging);
    return { alreadyPublished: { releaseId: release.id, outcome: 'verified', immutable: release.immutable, assets } };
});


/***/ })

};
