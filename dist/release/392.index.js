export const id = 392;
export const ids = [392];
export const modules = {

/***/ 30392:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGithubPublishStep: () => (/* binding */ runGithubPublishStep)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7310);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97235);



/**
 * Publishes the draft the github-draft step filled (once the gate passed, when it is on), with
 * VERIFY.md as the notes' verification block; for an immutable release, GitHub's release
 * attestation is then fetched and verified.
 */
const runGithubPublishStep = async ({ ports, githubDraft }) => {
    const target = ports.githubRelease;
    if (target === undefined || githubDraft === undefined)
        return {};
    try {
        return { githubRelease: await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishDraft */ .T2)(githubDraft.input, githubDraft.drafted, { ...target, logger: ports.logger }) };
    }
    catch (error) {
        // GitHub's release attestation is checked once the release is published: a failure there leaves no draft.
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustKitError */ .Nf)(error) && error.code.startsWith('PUBLISH_RELEASE_ATTESTATION_'))
            throw error;
        throw new _state_js__WEBPACK_IMPORTED_MODULE_2__/* .PartialStepFailure */ .U(error, { draftLeft: { tag: githubDraft.input.tag, id: githubDraft.drafted.release.id } });
    }
};


/***/ })

};
