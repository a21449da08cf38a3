export const id = 3798;
export const ids = [3798];
export const modules = {

/***/ 63798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPublishOutputStep: () => (/* binding */ runPublishOutputStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66388);




/**
 * Moves the staging directory into place as the output directory, also after a failed step once
 * the checksums were written: what the run produced is kept, and no file of an earlier run is
 * left beside it. A run that wrote no checksums file leaves the output directory as it was.
 */
const runPublishOutputStep = async ({ plan, staging, staged, sbomDigests, checksumsPath, failure, ports, outputDir, aborted }) => {
    if (plan === undefined || staging === undefined)
        return {};
    // An aborted run keeps nothing: its caller asked it to stop, not to finish what it can.
    if (checksumsPath === undefined || aborted === true) {
        await (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .discardStagingDirectory */ .dK)(staging);
        return {};
    }
    try {
        // The files' digests, for the outputs: read in the staging directory, which only this run writes; the SBOMs' came
        // with their text (SPDX of 20,000 release files is 16 MB to read back).
        const digests = {};
        for (const path of staged)
            digests[path] = sbomDigests?.[path] ?? (await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .hashFile */ .DC)(path, ['sha256'])).digest.sha256 ?? '';
        const leftover = await (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .publishStagingDirectory */ .UX)(plan, staging);
        if (leftover !== undefined)
            ports.logger.warn(`the earlier ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(ports.cwd, outputDir) || '.'} was replaced but could not be removed: it is left in ${leftover} (never hashed); remove it`);
        return { published: true, digests };
    }
    catch (error) {
        // After an earlier failure, that failure is what the run reports; this one is told.
        if (failure === undefined)
            throw error;
        ports.logger.warn((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .reportOf */ .EI)(error).message);
        return {};
    }
};


/***/ })

};
