export const id = 2286;
export const ids = [2286];
export const modules = {

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cappedChunks),
/* harmony export */   E: () => (/* binding */ readCapped)
/* harmony export */ });
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */
async function* cappedChunks(body, maxBytes, tooLarge) {
    const declared = Number(body.declaredLength ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await body.close();
        throw tooLarge(declared);
    }
    let bytes = 0;
    for await (const chunk of body.chunks) {
        bytes += chunk.length;
        if (bytes > maxBytes)
            throw tooLarge(undefined);
        yield chunk;
    }
}
/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */
async function readCapped(body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
}


/***/ }),

/***/ 71972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAttestStep: () => (/* binding */ runAttestStep)
/* harmony export */ });
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21605);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64204);



/** Attests the artifacts (SLSA provenance, an SBOM attestation per SBOM) with the session that signed the checksums file. */
const runAttestStep = async ({ config, ports, session, signature, tokens, artifacts, sbom, staging, startedOn }) => {
    // Nothing was signed (skipped), or with a key made for the run, which says nothing about who built the artifacts: nothing is attested.
    if (session === undefined || config.sign === undefined || (signature?.signer.kind === 'key' && signature.signer.ephemeral))
        return {};
    if (artifacts === undefined || staging === undefined)
        throw new Error('attest runs after hash');
    const attested = await (0,_attest_js__WEBPACK_IMPORTED_MODULE_2__/* .attestRelease */ .bZ)({
        session,
        tokens,
        artifacts: (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_0__.toSubjects)(artifacts, config.algorithm),
        sbomPaths: (sbom?.entries ?? []).map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, entry.name)),
        stagingDir: staging,
        startedOn,
        env: ports.env,
        logger: ports.logger,
        retry: config.sign.retry,
        discoveryURL: ports.oidcDiscoveryURL,
    });
    return attested === undefined ? {} : { attestations: attested, written: [attested.path] };
};


/***/ })

};
