export const id = 392;
export const ids = [392];
export const modules = {

/***/ 48849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var builtCommit = (function (env, repository) {
    const own = env.GITHUB_REPOSITORY;
    const sha = env.GITHUB_SHA;
    if (own === undefined || own === '' || sha === undefined || !/^[0-9a-f]{40}$/.test(sha))
        return undefined;
    return repository === undefined || repository.toLowerCase() === own.toLowerCase() ? sha : undefined;
});var checkReleaseTag = (async function (releases, release) {
    const { tag, commit, repository } = release;
    const named = await releases.tagCommit(tag);
    if (named === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('RELEASE_TAG_MISSING', `there is no tag ${tag} in ${repository}: GitHub would make it at the default branch's head when publishing the release, not at the commit this run built (${commit})`, {
            hint: `push the tag first: git tag ${(0,_instructions_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(tag)} ${commit} && git push origin ${(0,_instructions_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(tag)} (a token that cannot read the repository sees no tag either: check the token)`,
        });
    }
    if (named.toLowerCase() !== commit.toLowerCase()) {
        const built = release.ref === undefined || release.ref === '' ? commit : `${commit} (${release.ref})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('RELEASE_TAG_OTHER_COMMIT', `the tag ${tag} names commit ${named}, but this run built ${built}: the release would publish files built from another commit than its tag`, {
            hint: 'release the build of the tag\'s commit (run the workflow for the tag), or move the tag to the commit built',
        });
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: (() => (/* binding */ builtCommit)),
/* harmony export */   a: (() => (/* binding */ checkReleaseTag))
/* harmony export */ });
/* harmony import */ var _instructions_verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78918);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86482);


/**
 * The commit a run built, as far as it is this release's: GITHUB_SHA (the commit the job checked
 * out and its provenance names) when the release is of the run's own repository; undefined outside
 * a GitHub Actions job, or for a release of another repository, whose tags name its own commits.
 */

/**
 * Refuses to release `tag` unless it names `commit`, the commit the run built: a tag on another
 * commit would be released with the files (and provenance) of this one, and a tag that does not
 * exist yet would be made by GitHub at the default branch's head when the release is published.
 * The one check of the root action, the CLI and the reusable workflow (which runs the root action).
 */



/***/ }),

/***/ 30392:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGithubPublishStep: (() => (/* binding */ runGithubPublishStep))
/* harmony export */ });
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7310);
/* harmony import */ var _release_tag_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48849);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3264);



/**
 * Publishes the draft the github-draft step filled (once the gate passed, when it is on, and the
 * tag still names the commit built, when it is known), with
 * VERIFY.md as the notes' verification block; for an immutable release, GitHub's release
 * attestation is then fetched and verified.
 */
const runGithubPublishStep = (async ({ ports, githubDraft }) => {
    const target = ports.githubRelease;
    if (target === undefined || githubDraft === undefined)
        return {};
    const { input, drafted } = githubDraft;
    // A failure leaves the draft until it is published (the report says so, and the next run reuses it); after that
    // (GitHub's release attestation is checked then), or on a release published already, there is no draft.
    let draftLeft = drafted.release.draft ? { tag: input.tag, id: drafted.release.id } : undefined;
    try {
        // The tag again, at the last moment: the gate may have taken minutes, and a tag deleted or moved since the
        // release-tag step would be published over files built from another commit (or made at the default branch).
        if (input.target !== undefined && drafted.release.draft)
            await (0,_release_tag_js__WEBPACK_IMPORTED_MODULE_1__/* .checkReleaseTag */ .a)(target.releases, { tag: input.tag, commit: input.target, ref: ports.env.GITHUB_REF, repository: target.repository ?? ports.env.GITHUB_REPOSITORY ?? '' });
        return { githubRelease: await (0,_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .publishDraft */ .T2)(input, drafted, { ...target, logger: ports.logger, onPublished: (() => void (draftLeft = undefined)) }) };
    }
    catch (error) {
        throw draftLeft === undefined ? error : new _state_js__WEBPACK_IMPORTED_MODULE_2__/* .PartialStepFailure */ .U(error, { draftLeft });
    }
});


/***/ })

};
