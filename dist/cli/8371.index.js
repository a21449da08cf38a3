export const id = 8371;
export const ids = [8371];
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

/***/ 88371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var encodeBeforeHashed = (async function (options, files, listed, formats) {
    const cataloged = await (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.catalogSbom)(options, files);
    const placeholders = new _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.DigestPlaceholders();
    const draft = cataloged.withFiles(files.map(((file) => ({ name: file.name, size: 0, digest: placeholders.digestSet(listed) }))));
    const finishers = formats.map(((format) => {
        const encoder = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.encoderFor)(format);
        return { encoder, finish: (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.encodeAhead)(encoder, draft, placeholders) };
    }));
    return { cataloged, finishers };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSbomsStep: (() => (/* binding */ runSbomsStep))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53871);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62164);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32985);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45759);






/** Catalogs the lockfiles and encodes each format with stand-ins for the artifacts' digests, to be finished once they are hashed. */

/**
 * Catalogs the project's lockfiles into every SBOM format asked for while the artifacts are
 * hashed: the documents are encoded before the digests arrive, with stand-ins for them, and
 * finished with the digests once made (the SBOMs list the artifacts as files). Only then does
 * this thread help the hashing: the SBOM's work is done beside it, not after it.
 */
const runSbomsStep = (async ({ config, ports, artifactFiles: files, hashing, staging, lockfilesCataloged }) => {
    const sbomConfig = config.sbom;
    if (sbomConfig === undefined || files === undefined || hashing === undefined || staging === undefined)
        throw new Error('sbom runs after collect, when asked for');
    const goModuleCache = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.goModuleCacheDir)(ports.env);
    const sbomOptions = {
        dir: sbomConfig.path,
        cwd: ports.cwd,
        exclude: sbomConfig.exclude,
        includeDev: sbomConfig.includeDev,
        strict: sbomConfig.strict,
        ...(sbomConfig.organization === undefined ? {} : { organization: sbomConfig.organization }),
        ...(ports.clock === undefined ? {} : { clock: ports.clock }),
        ...(goModuleCache === undefined ? {} : { goModuleCache }),
    };
    // The artifacts are hashed with SHA-256 for the SBOM, and with SHA-512 too when that is the release's algorithm.
    const listed = config.algorithm === 'sha512' ? ['sha256', 'sha512'] : ['sha256'];
    const { cataloged, finishers } = await encodeBeforeHashed(sbomOptions, files, listed, sbomConfig.formats).finally((() => lockfilesCataloged?.()));
    const sbom = cataloged.withFiles((0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.listedFiles)(await hashing));
    // As the sbom action does: a lockfile that could not be cataloged is said on its file and line (an annotation in a job),
    // not only left out of the SBOMs. The first few: GitHub shows ten annotations of a kind per step.
    for (const unknown of sbom.unknowns.slice(0, _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.MAX_UNKNOWN_WARNINGS)) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ports.cwd, sbomConfig.path, unknown.path)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        ports.logger.warn(`sbom: ${file}${unknown.line === undefined ? '' : `:${unknown.line}`}: could not be cataloged (the SBOMs lack its dependencies): ${unknown.reason}`, { file, ...(unknown.line === undefined ? {} : { line: unknown.line }) });
    }
    if (sbom.unknowns.length > _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.MAX_UNKNOWN_WARNINGS)
        ports.logger.warn(`sbom: ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .counted */ .h)(sbom.unknowns.length - _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.MAX_UNKNOWN_WARNINGS, 'more unknown')} not shown; the SBOMs list every one`);
    // The checksums are written even so, so an empty catalog warns here where `trust-kit sbom` fails.
    if (cataloged.lockfiles.length === 0)
        ports.logger.warn(`sbom: found no lockfile in ${sbomConfig.path}: the SBOMs list no dependency (check sbom-path and sbom-exclude, or set sbom-format: none)`);
    // Every document is finished before any is written: a format that fails leaves no SBOM that the checksums file does not list.
    const documents = finishers.map((({ encoder, finish }) => ({ name: encoder.fileName, path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, encoder.fileName), ...finish(sbom) })));
    const written = await Promise.allSettled(documents.map(((document) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .qD)(document.path, document.chunks))));
    const failedWrite = written.find(((outcome) => outcome.status === 'rejected'));
    if (failedWrite !== undefined) {
        await Promise.all(documents.map(((document) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(document.path, { force: true }))));
        throw failedWrite.reason;
    }
    // The documents' SHA-256 came with their UUIDs: the text is not hashed again for the checksums file when that is its algorithm.
    const entries = documents.map(((document) => ({ name: document.name, hex: config.algorithm === 'sha256' ? document.sha256 : (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestChunks */ .Bz)(config.algorithm, document.chunks) })));
    ports.logger.info(`sbom: ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .counted */ .h)(sbom.packages.length, 'package')} from ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .counted */ .h)(cataloged.lockfiles.length, 'lockfile')} -> ${entries.map(((entry) => entry.name)).join(', ')}`);
    return { sbom: { entries, lockfiles: cataloged.lockfiles }, sbomDigests: Object.fromEntries(documents.map(((document) => [document.path, document.sha256]))), written: documents.map(((document) => document.path)) };
});


/***/ })

};
