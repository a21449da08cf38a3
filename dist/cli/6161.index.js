export const id = 6161;
export const ids = [6161,6446,4539];
export const modules = {

/***/ 64487:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var secondDownloadOf = (function (name, missing) {
    const match = SECOND_DOWNLOAD.exec(name);
    const listed = match === null ? undefined : `${match[1] ?? ''}${match[2] ?? ''}`;
    return listed !== undefined && missing.has(listed) ? listed : undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: (() => (/* binding */ secondDownloadOf))
/* harmony export */ });
/** A browser's name for a second download of a file: ` (1)` (Chrome, Edge) or `(1)` (Firefox) before the extension. */
const SECOND_DOWNLOAD = /^(.+?) ?\(\d{1,3}\)(\.[^()]*)?$/;
/**
 * The name in `missing` that `name` is a browser's second-download name of (`app (1).tgz` for
 * `app.tgz`), else undefined: a listed file the user has under a name no check looks for.
 */



/***/ }),

/***/ 26161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var browserRenamed = (async function (dir, missing) {
    const found = [];
    if (missing.size === 0)
        return found;
    let seen = 0;
    try {
        for await (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.opendir)(dir)) {
            if (++seen > RENAMED_LOOKUP_BOUND || found.length >= NAMED_NOT_FOUND)
                break;
            const listed = (0,_checksums_second_download_js__WEBPACK_IMPORTED_MODULE_12__/* .secondDownloadOf */ .C)(entry.name, missing);
            if (listed !== undefined && entry.isFile())
                found.push([entry.name, listed]);
        }
    }
    catch {
        // An unreadable directory: the files were reported as not checked already.
    }
    return found;
});var describeFailure = (function (result) {
    return `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .boundedText */ .LD)((0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.reportedName)(result.entry.name))} (${result.status === 'mismatch' ? `expected ${result.entry.algorithm}:${result.entry.hex}, found ${result.entry.algorithm}:${result.actual ?? '?'}` : result.outside === true ? 'unreadable: outside the base directory' : `${result.status}${result.reason === undefined ? '' : `: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .boundedText */ .LD)(result.reason)}`}`})`;
});var failIfAny = (function (checksumsPath, failures, names, checked, misnamed, unreadable) {
    if (failures > 0) {
        const all = [...names, ...unreadable.names];
        const total = failures + unreadable.count;
        const shown = all.slice(0, NAMED_FAILURES);
        const more = total > shown.length ? `; and ${total - shown.length} more` : '';
        throw new _sigstore_verify_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .VerifyError */ .G('VERIFY_ARTIFACT_MISMATCH', `${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_13__/* .counted */ .h)(total, 'artifact')} ${total === 1 ? 'does' : 'do'} not match the signed ${checksumsPath}: ${shown.join('; ')}${more}`, {
            hint: misnamed ?? 'do not use these files: download them again from the release, and check that they belong to it',
        });
    }
    if (unreadable.count > 0)
        throw (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__/* .listedFilesUnreadable */ .ch)(checksumsPath, unreadable.count, unreadable.names.slice(0, NAMED_FAILURES), 'the user running trust-kit');
    if (checked === 0) {
        throw new _sigstore_verify_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .VerifyError */ .G('VERIFY_ARTIFACT_MISMATCH', `no file listed in ${checksumsPath} was found, so no artifact was checked`, { hint: 'name the downloaded files, or pass --base DIR where they are' });
    }
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyChecksumsCommand: (() => (/* binding */ verifyChecksumsCommand))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72555);
/* harmony import */ var _checksums_second_download_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(64487);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66097);
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40409);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56446);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89531);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92701);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(27444);
/* harmony import */ var _sigstore_verify_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5447);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(20535);
/* harmony import */ var _verify_blob_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(95110);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(32985);














/** At most this many failures are named in the error; the output lists every one. */
const NAMED_FAILURES = 20;
/** At most this many listed files that were not found are named: a release may list thousands. */
const NAMED_NOT_FOUND = 5;
/** At most this many missing listed names, and directory entries, are compared: the look-up stays bounded for a release of any size. */
const RENAMED_LOOKUP_BOUND = 10_000;
/**
 * The files of `dir` whose names are a browser's second-download name of a listed file that is not
 * there (`app (1).tgz` for `app.tgz`), with that listed name, at most {@link NAMED_NOT_FOUND}: the
 * user has the file, under a name verify-checksums does not look for, and would otherwise take the
 * run for a check of it.
 */

/** A failed entry for the error: its name as the report shows it (the checksums file's author chose it), bounded, since up to 20 are named. */

/**
 * Throws VERIFY_ARTIFACT_MISMATCH when any artifact failed or none was checked (`checksumsPath` as
 * {@link shownFile} shows it); `misnamed` is the hint when named files were looked for in the wrong place.
 * Files this machine could not read (`unreadable`, as {@link unreadableHere}) are told as such
 * (SIGSTORE_INPUT_UNREADABLE, exit 1) when nothing else failed: a permission is no sign of tampering.
 */

/** `trust-kit verify-checksums`: verify a signed checksums file, then the downloaded artifacts against it. */
const verifyChecksumsCommand = {
    usage: 'trust-kit verify-checksums SHA256SUMS --bundle SHA256SUMS.sigstore.json <policy> [--base DIR] [FILE...]',
    help: `Verifies the checksums file's bundle exactly as verify-blob does, then checks each FILE
against the signed checksums (each must be listed). Without FILE, checks every listed file that is
present under --base (default: the checksums file's directory), like \`sha256sum -c --ignore-missing\`,
and names on standard error the listed files it did not find, which it did not check.

      --bundle FILE                      the checksums file's Sigstore bundle
      --base DIR                         directory the listed names are relative to

${_verify_blob_js__WEBPACK_IMPORTED_MODULE_11__.VERIFY_HELP}

${_verify_blob_js__WEBPACK_IMPORTED_MODULE_11__.VERIFY_EXIT_HELP}
5 the bundle is a DSSE attestation about other artifacts (VERIFY_SUBJECT_MISMATCH).`,
    options: { ..._verify_blob_js__WEBPACK_IMPORTED_MODULE_11__.VERIFY_OPTIONS, base: { type: 'string' } },
    reportsFlagIssues: true,
    async run(args, context) {
        const [first, ...files] = args.positionals;
        const missing = first === undefined ? [{ input: 'argument SHA256SUMS', message: 'is required: the checksums file (e.g. SHA256SUMS)' }] : [];
        const output = (0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_11__.outputFormat)(args.values);
        await (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPatternsOf */ .BT)(args.values);
        const config = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .withEarlierIssues */ .ZB)([...args.issues, ...missing, ...output.issues], (() => (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyConfig */ .wW)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .cliNamer */ .qy)())));
        const checksumsPath = first;
        const base = typeof args.values.base === 'string' ? args.values.base : undefined;
        // A wrong --base would make every listed file "missing" or "unreadable": a verification failure telling to distrust good files.
        if (base !== undefined)
            await (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_5__.requireNamedPaths)([{ input: 'base', path: base, kind: 'directory' }], context.cwd, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .cliNamer */ .qy)());
        const [bundle, policy] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readBundleFile */ .zi)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__/* .resolvePolicy */ .nZ)(config.policy, context.cwd)]);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveTrust */ .vO)(config, context.cwd, bundle, (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__/* .trustSourcesFrom */ .zl)(context.env, (0,_logger_js__WEBPACK_IMPORTED_MODULE_8__/* .stderrLogger */ .D)(context.stderr)));
        // Named as it is when plain, quoted when its name (a download's, someone else's) holds control characters.
        const shown = (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(checksumsPath);
        if (output.json) {
            const outcome = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__/* .verifySignedChecksums */ .Oc)({ checksumsPath, bundleJson: bundle, policy, trust, files, base, cwd: context.cwd, bundleShown: config.bundle });
            const artifacts = [
                ...outcome.results.map(((result) => ({ name: result.entry.name, status: result.status, expected: `${result.entry.algorithm}:${result.entry.hex}`, ...(result.actual === undefined ? {} : { found: `${result.entry.algorithm}:${result.actual}` }), ...(result.outside === true ? { reason: 'outside the base directory' } : result.reason === undefined ? {} : { reason: result.reason }) }))),
                ...outcome.unlisted.map(((file) => ({ name: file, status: 'unlisted' }))),
            ];
            context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonOutput */ .W3)({ checksums: checksumsPath, verified: outcome.signature, artifacts }, 2)}\n`);
            const failed = outcome.results.filter(((result) => result.status !== 'ok' && !(0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.unreadableHere)(result)));
            const unreadable = outcome.results.filter(_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.unreadableHere);
            const misnamed = failed.some(((result) => result.status === 'missing')) ? await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__/* .misnamedFilesHint */ .TT)(files, base, context.cwd, checksumsPath, { origin: 'the working directory', base: '--base' }) : undefined;
            failIfAny(shown, failed.length + outcome.unlisted.length, [...failed.map(describeFailure), ...outcome.unlisted.map(((file) => `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(file)} (not listed)`))], outcome.results.length, misnamed, { count: unreadable.length, names: unreadable.map(describeFailure) });
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.OK;
        }
        const verified = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyChecksumsSignature */ .mn)({ checksumsPath, bundleJson: bundle, policy, trust, cwd: context.cwd, bundleShown: config.bundle });
        context.stdout.write(`Verified OK: ${shown}\n${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_11__.describeVerified)(verified.signature).join('\n')}\n`);
        // Streamed: each line is printed as it is checked, and only the first failures are kept for the error.
        const named = [];
        const unreadable = [];
        let unreadableCount = 0;
        const notFound = [];
        const ignoredNames = new Set();
        const { counts, unlisted } = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__/* .checkVerifiedChecksums */ .tm)(verified, {
            files,
            base,
            cwd: context.cwd,
            onResult: ((result) => {
                context.stdout.write(`${(0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.reportLine)(result)}\n`);
                if ((0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.unreadableHere)(result)) {
                    unreadableCount += 1;
                    if (unreadable.length < NAMED_FAILURES)
                        unreadable.push(describeFailure(result));
                }
                else if (result.status !== 'ok' && named.length < NAMED_FAILURES)
                    named.push(describeFailure(result));
            }),
            onIgnored: ((entry) => {
                if (notFound.length < NAMED_NOT_FOUND)
                    notFound.push((0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .boundedText */ .LD)((0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.reportedName)(entry.name)));
                if (ignoredNames.size < RENAMED_LOOKUP_BOUND)
                    ignoredNames.add(entry.name.replace(/^\.\//, ''));
            }),
        });
        for (const file of unlisted)
            context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(file)}: FAILED (not listed in ${shown})\n`);
        // As sha256sum -c --ignore-missing, a listed file that is not there is no failure; but a verifier says what it did not check.
        if (counts.ignored > 0 && counts.ok + counts.mismatch + counts.unreadable > 0) {
            const more = counts.ignored > notFound.length ? `, and ${counts.ignored - notFound.length} more` : '';
            context.stderr.write(`trust-kit: ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_13__/* .counted */ .h)(counts.ignored, 'listed file')} ${counts.ignored === 1 ? 'was' : 'were'} not found in ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(base ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(checksumsPath))}, so ${counts.ignored === 1 ? 'it was' : 'they were'} not checked: ${notFound.join(', ')}${more} (name the files to check, or pass --base DIR where they are)\n`);
            for (const [file, listed] of await browserRenamed((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, base ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(checksumsPath)), ignoredNames)) {
                context.stderr.write(`trust-kit: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(file)} was not checked: it looks like a second download of ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(listed)}, renamed by the browser; rename it to ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(listed)} and run again\n`);
            }
        }
        const failures = counts.mismatch + counts.missing + counts.unreadable - unreadableCount + unlisted.length;
        const misnamed = counts.missing > 0 ? await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_7__/* .misnamedFilesHint */ .TT)(files, base, context.cwd, checksumsPath, { origin: 'the working directory', base: '--base' }) : undefined;
        failIfAny(shown, failures, [...named, ...unlisted.slice(0, NAMED_FAILURES).map(((file) => `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(file)} (not listed)`))], counts.ok + failures + unreadableCount - unlisted.length, misnamed, { count: unreadableCount, names: unreadable });
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.OK;
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



/***/ })

};
