export const id = 823;
export const ids = [823];
export const modules = {

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var counted = (function (count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: (() => (/* binding */ counted))
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */



/***/ }),

/***/ 40823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var reservedNames = (function (config) {
    return [...publishedNames(config), ..._instructions_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .DOWNLOAD_DIRECTORIES */ .fZ];
});var publishedNames = (function (config) {
    const checksums = (0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .checksumsFileName */ .sC)(config.algorithm);
    return [checksums, (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultBundlePath */ .Fq)(checksums), _names_js__WEBPACK_IMPORTED_MODULE_10__/* .PUBLIC_KEY_FILE */ .vq, _names_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTRUCTIONS_FILE */ .f4, _names_js__WEBPACK_IMPORTED_MODULE_10__/* .ATTESTATIONS_FILE */ .jn, _names_js__WEBPACK_IMPORTED_MODULE_10__/* .AUDIT_LOG_FILE */ .wL, (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultBundlePath */ .Fq)(_names_js__WEBPACK_IMPORTED_MODULE_10__/* .AUDIT_LOG_FILE */ .wL), ...(config.verificationKit ? [_names_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir, _names_js__WEBPACK_IMPORTED_MODULE_10__/* .VERIFICATION_KIT_TRUSTED_ROOT_FILE */ .l, _names_js__WEBPACK_IMPORTED_MODULE_10__/* .VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE */ .f1] : []), ...(config.sbom?.formats ?? []).map(((format) => (0,_sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_6__/* .encoderFor */ .Eq)(format).fileName))];
});var refuseSigningKeyAmong = (async function (files, config, cwd) {
    const key = config.sign?.key;
    if (key === undefined)
        return;
    const identity = (async (path) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch((() => undefined));
        return info === undefined ? undefined : `${info.dev}:${info.ino}`;
    });
    const keyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, key);
    const keyIdentity = await identity(keyPath);
    if (keyIdentity === undefined)
        return;
    const folded = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(keyPath).catch((() => keyPath))).toLowerCase();
    for (const file of files) {
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file.path).toLowerCase() !== folded && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file.name).toLowerCase() !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(key).toLowerCase())
            continue;
        if ((await identity(file.path)) === keyIdentity) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_KEY_IS_ARTIFACT', `the signing key ${key} is among the artifacts (as ${file.name}): the release would list, sign and publish the private key`, {
                hint: 'keep the private key out of the artifacts: outside --base and the PATHs released (input "subject-path"), such as in the runner\'s temporary directory',
            });
        }
    }
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishedNames: (() => (/* binding */ publishedNames)),
/* harmony export */   reservedNames: (() => (/* binding */ reservedNames)),
/* harmony export */   runCollectStep: (() => (/* binding */ runCollectStep))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72555);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62164);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32985);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89531);
/* harmony import */ var _instructions_verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78918);
/* harmony import */ var _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95587);
/* harmony import */ var _sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(86482);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66388);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(77621);












/**
 * The names an artifact may not have: those the release publishes beside it, and the directories
 * VERIFY.md's commands make in the download directory (an asset of that name would stop them).
 */

/**
 * The names a release publishes beside its artifacts (release assets are one flat directory): an
 * artifact with one of them would be ambiguous in the checksums file or in the download.
 */

/**
 * Refuses a release whose artifacts hold its private signing key (`--key dist/signing.key` with
 * `dist` released): it would be listed, signed and published. Only artifacts named as the key is
 * (but for case) are looked at, by device and inode, so that thousands of artifacts cost no stat each.
 */

/**
 * Finds the artifacts, refuses names the release publishes itself, makes the staging directory and
 * starts reading the artifacts (once: their checksums and the SBOMs' digests in one pass), so that
 * hashing and cataloging run side by side.
 */
const runCollectStep = (async ({ config, ports, outputDir, plan, hashThreads }) => {
    if (plan === undefined)
        throw new Error('collect runs after output');
    // Before the walk, so that their files are not even looked at.
    const stale = await (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .removeStaleStagingDirectories */ .AM)(plan);
    if (stale.restored !== undefined) {
        ports.logger.info(`put the earlier ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, outputDir) || '.'} back: a run killed while replacing it had moved it aside`);
        // The plan saw no output directory; now there is one, holding an earlier run's files.
        if (!plan.force)
            throw await (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .outputNotEmpty */ .eP)(plan);
    }
    for (const kept of stale.kept)
        ports.logger.warn(`an earlier ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, outputDir) || '.'} that a run killed while replacing it had moved aside is kept in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, kept)}, since ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, outputDir) || '.'} was made again: look at it and remove it (it is never hashed)`);
    for (const unclaimed of stale.unclaimed)
        ports.logger.warn(`left ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, unclaimed)}: a staging directory of an earlier run that holds files but no marker trust-kit can read (a crash may have emptied it), so no run can tell whether it is finished; it is never hashed: look at it and remove it`);
    if (stale.removed.length > 0)
        ports.logger.info(`removed ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_11__/* .counted */ .h)(stale.removed.length, 'directory', 'directories')} that killed runs left: ${stale.removed.map(((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, path))).join(', ')}`);
    // The output directory and staging directories may lie inside the base: their files are what the run makes, never artifacts.
    // The walk does not enter them (an earlier output kept with --force may hold anything), and a glob that names files in them is filtered.
    // Entries are compared by their real paths too: the base may be named through a link and the output directory not, or the other way round.
    const isOutput = (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .outputPathTest */ .Zt)(plan);
    // A glob matching only files there names artifacts the run would leave out (and, with --force, delete with the earlier output) while others go on.
    const onlySkipped = ((subject) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_NO_ARTIFACTS', `${subject} matches only files in the output directory ${outputDir}, which holds what trust-kit makes and is replaced as a whole: they would be left out of the release${config.force ? ' and deleted' : ''}`, {
            hint: 'move the artifacts out of the output directory, or write the output elsewhere (--output-dir, input "output-dir")',
        });
    });
    const collected = await (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.collectArtifacts)(config.subjects, { cwd: ports.cwd, base: config.base, skip: ((entry) => isOutput(entry.path) || isOutput(entry.real)), onlySkipped, leftover: ((file) => ports.logger.warn((0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.leftoverNotice)(file))) });
    const files = collected.filter(((file) => !isOutput(file.path)));
    if (files.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_NO_ARTIFACTS', `${config.subjects.join(', ')} name${config.subjects.length === 1 ? 's' : ''} no file outside the output directory ${outputDir}`, { hint: 'name the release artifacts; the output directory only holds what trust-kit makes' });
    }
    await refuseSigningKeyAmong(files, config, ports.cwd);
    // With per-artifact bundles, `<artifact>.sigstore.json` is published beside each artifact too.
    const reserved = new Set([...reservedNames(config), ...(config.artifactBundles ? files.map(((file) => (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultBundlePath */ .Fq)(file.name))) : [])]);
    // A directory of that name would hold the bundle's place too: `app.sigstore.json/notes.txt`.
    const bundleDirectories = config.artifactBundles ? files.map(((file) => `${(0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultBundlePath */ .Fq)(file.name)}/`)) : [];
    const clashing = files.filter(((file) => reserved.has(file.name) || bundleDirectories.some(((directory) => file.name.startsWith(directory))))).map(((file) => file.name));
    // VERIFY.md has users keep the keys and trusted roots they got themselves in trust-kit-roots/ of the download directory, and
    // fetch the verifier into trust-kit-verifier/: a release file there would be downloaded into their place, and taken for theirs.
    const inDownloadDirectories = files.filter(((file) => _instructions_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .DOWNLOAD_DIRECTORIES */ .fZ.some(((directory) => file.name.startsWith(`${directory}/`))))).map(((file) => file.name));
    if (inDownloadDirectories.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_NAME_CLASH', `the artifact${inDownloadDirectories.length === 1 ? '' : 's'} ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .boundedList */ .Y4)(inDownloadDirectories, 5)} would be published under ${_instructions_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .DOWNLOAD_DIRECTORIES */ .fZ.join('/ or ')}/, where VERIFY.md has users keep the keys and trusted roots they got themselves and fetch the verifier: a consumer would take the release's file for their own`, {
            hint: 'rename that directory of the release, or set --base (input "base") so that its files are listed under another directory name',
        });
    }
    if (clashing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_NAME_CLASH', `the artifact${clashing.length === 1 ? '' : 's'} ${clashing.join(', ')} would be published beside the file${clashing.length === 1 ? '' : 's'} of the same name trust-kit makes`, {
            hint: 'rename the artifact, or set --base (input "base") so that it is listed under a directory name',
        });
    }
    // `<artifact>.sigstore.json` is a file of its own, and a file's name takes at most 255 bytes.
    const tooLong = config.artifactBundles ? files.map(((file) => (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultBundlePath */ .Fq)(file.name))).filter(_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .nameTooLong */ .W1).map(((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path))) : [];
    if (tooLong.length > 0) {
        const shown = tooLong.slice(0, 3).map(((name) => `${name} (${Buffer.byteLength(name)} bytes)`)).join(', ') + (tooLong.length > 3 ? ` and ${tooLong.length - 3} more` : '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_NAME_TOO_LONG', `the artifacts' own bundles would be named ${shown}, longer than the ${_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_NAME_BYTES */ .pg} bytes a file name may have`, {
            hint: 'give the artifact a shorter name (at most 241 bytes), or leave out per-artifact bundles (artifact-bundles: false)',
        });
    }
    const staging = await (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .makeStagingDirectory */ .h1)(plan);
    // The SBOMs' digests of the artifacts are made in the same read; the SBOM code loads only when SBOMs are asked for.
    const sbomDigests = config.sbom === undefined ? undefined : (await __webpack_require__.e(/* import() */ 5759).then(__webpack_require__.bind(__webpack_require__, 45759))).SBOM_FILE_DIGESTS;
    // This thread hashes too, but only once the SBOM step has cataloged the lockfiles: hashing a claim per turn of the
    // event loop would give the catalog one turn per claim, and the SBOM would be made after the hashing, not beside it.
    let lockfilesCataloged;
    const cataloged = sbomDigests === undefined ? undefined : new Promise(((resolve) => (lockfilesCataloged = resolve)));
    const hashing = (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.hashArtifacts)(files, config.algorithm, { callerHelps: cataloged ?? true, ...(hashThreads === undefined ? {} : { workers: hashThreads }), ...(sbomDigests === undefined ? {} : { also: sbomDigests }) });
    // Awaited by the hash step; a rejection before then is not an unhandled one.
    hashing.catch((() => undefined));
    return { artifactFiles: files, staging, hashing, ...(lockfilesCataloged === undefined ? {} : { lockfilesCataloged }) };
});


/***/ }),

/***/ 65610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var defaultBundlePath = (function (path) {
    return `${path}${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf}`;
});var bundleNameTooLong = (function (file) {
    const bundle = defaultBundlePath(file);
    if (!(0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .nameTooLong */ .W1)(bundle))
        return undefined;
    return `${file}'s bundle would be named ${Buffer.byteLength((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(bundle))} bytes long, more than the ${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg} a file name may have: give the file a shorter name (at most ${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg - _core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf.length} bytes)`;
});var earlierBundles = (async function (bundles, at) {
    const there = await Promise.all(bundles.map(((entry) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at(entry.bundle)).then((() => true), (() => false)))));
    return bundles.filter(((_entry, index) => there[index] === true));
});var earlierBundleWarning = (function ({ file, bundle }) {
    return `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(bundle)} is an earlier run's, left as it was: nothing was signed now, and it may not sign ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(file)} as it is`;
});var bundlesOverFiles = (async function (bundles, at) {
    const named = bundles.filter((({ file }) => file.endsWith(_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf)));
    if (named.length === 0)
        return [];
    const where = (async (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(at(path)).catch((() => at(path))));
    const files = new Map((await Promise.all(named.map((async ({ file }) => [await where(file), file])))));
    const landing = await Promise.all(bundles.map((({ bundle }) => where(bundle))));
    return bundles.flatMap((({ file }, index) => {
        const over = files.get(landing[index]);
        return over === undefined ? [] : [{ file, over }];
    }));
});var bundleOverFileMessage = (function ({ file, over }, example) {
    return `${file}'s bundle would be written over ${over}, which is to be signed too: leave out an earlier run's bundles (${example}), or name the files to sign`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: (() => (/* binding */ defaultBundlePath)),
/* harmony export */   Ik: (() => (/* binding */ bundleNameTooLong)),
/* harmony export */   Q1: (() => (/* binding */ bundleOverFileMessage)),
/* harmony export */   Zf: (() => (/* reexport safe */ _core_files_js__WEBPACK_IMPORTED_MODULE_2__.Zf)),
/* harmony export */   e_: (() => (/* binding */ earlierBundles)),
/* harmony export */   pm: (() => (/* binding */ earlierBundleWarning)),
/* harmony export */   v0: (() => (/* binding */ bundlesOverFiles))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62164);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89531);
// Apart from session.ts: code that only names bundles (a release's file names) loads no signing client.





/** The bundle path trust-kit writes for a file: `<file>.sigstore.json`. */

/**
 * What to say of a file whose bundle's name (`<name>.sigstore.json`) would be longer than a file
 * name may be, told before anything is signed (the write failed after the signature was logged);
 * undefined for a file whose bundle's name fits.
 */

/**
 * The bundles that lie where a run that signed nothing (on-missing-token warn or skip) would have
 * written them: an earlier run's, left as they were beside files that may have changed since.
 * `at` resolves a shown path to the one to look at.
 */

/** The warning about one of {@link earlierBundles}, so it is not taken for the run's own. */

/**
 * The files whose default bundle would be written over another file to sign (`bundles` as
 * {@link BundleOf}, `at` resolving a shown path), paired with that file: signing `dist/*` over an
 * earlier run's `app.tgz.sigstore.json` replaced it with app.tgz's bundle, then signed that bundle
 * in its place. Only a file named as a bundle can be one, so a list without any (nearly every one)
 * costs no call; otherwise paths are compared by their real paths, looked up together. A bundle
 * path given by hand (`--bundle`) is compared with the inputs where the flags are checked.
 */

/** What to say of one of {@link bundlesOverFiles}; `example` says how to leave the bundles out where the files came from. */



/***/ })

};
