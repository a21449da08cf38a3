export const id = 392;
export const ids = [392];
export const modules = {

/***/ 30392:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGithubPublishStep: () => (/* binding */ runGithubPublishStep)
/* harmony export */ });
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7310);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97235);


/**
 * Publishes the draft the github-draft step filled (once the gate passed, when it is on), with
 * VERIFY.md as the notes' verification block; for an immutable release, GitHub's release
 * attestation is then fetched and verified.
 */
const runGithubPublishStep = async ({ ports, githubDraft }) => {
    const target = ports.githubRelease;
    if (target === undefined || githubDraft === undefined)
        return {};
    const { input, drafted } = githubDraft;
    // A failure leaves the draft until it is published (the report says so, and the next run reuses it); after that
    // (GitHub's release attestation is checked then), or on a release published already, there is no draft.
    let draftLeft = drafted.release.draft ? { tag: input.tag, id: drafted.release.id } : undefined;
    try {
        return { githubRelease: await (0,_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .publishDraft */ .T2)(input, drafted, { ...target, logger: ports.logger, onPublished: () => void (draftLeft = undefined) }) };
    }
    catch (error) {
        throw draftLeft === undefined ? error : new _state_js__WEBPACK_IMPORTED_MODULE_1__/* .PartialStepFailure */ .U(error, { draftLeft });
    }
};


/***/ })

};
