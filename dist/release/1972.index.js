export const id = 1972;
export const ids = [1972];
export const modules = {

/***/ 71972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAttestStep: () => (/* binding */ runAttestStep)
/* harmony export */ });
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21605);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5357);



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
