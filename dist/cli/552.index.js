export const id = 552;
export const ids = [552];
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

/***/ 20552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var expectedRelease = (function (env, tag, target) {
    const own = env.GITHUB_REPOSITORY === undefined || env.GITHUB_REPOSITORY === '' ? undefined : env.GITHUB_REPOSITORY;
    const repository = target ?? own;
    const sha = env.GITHUB_SHA;
    const pushed = env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME === tag && repository !== undefined && repository.toLowerCase() === own?.toLowerCase();
    const commit = pushed && sha !== undefined && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
    return { ...(repository === undefined ? {} : { repository }), ...(commit === undefined ? {} : { commit }) };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expectedRelease: (() => (/* binding */ expectedRelease)),
/* harmony export */   runGithubDraftStep: (() => (/* binding */ runGithubDraftStep))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86482);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7310);
/* harmony import */ var _release_tag_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48849);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3264);






/**
 * The repository published to (the run's own unless the caller names another) and, in a run for
 * the push of this very tag in that repository, the commit it names (`GITHUB_SHA`): what GitHub's
 * release attestation (v0.2) must state.
 */

/**
 * Uploads to the GitHub release of the run's tag, when the caller gives a `githubRelease` port:
 * the release is found or created as a draft, and the artifacts, then the run's own files from
 * the output directory, are uploaded under their file names (release assets are one flat list),
 * with VERIFY.md as the notes' verification block. A release published and immutable already is
 * verified instead, and nothing after this step changes it. A failure keeps the output directory.
 */
const runGithubDraftStep = (async ({ config, ports, artifacts, staged, staging, outputDir, instructionsPath, published, digests }) => {
    const target = ports.githubRelease;
    if (target === undefined || published !== true || staging === undefined)
        return {};
    const finalPath = ((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outputDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(staging, path)));
    const { tag, repository, ...publishPorts } = target;
    const asset = ((path, expected) => ({ path, name: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path), contentType: (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .contentTypeOf */ .JX)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)), ...(expected === undefined ? {} : { expected }) }));
    // Each file with the digest the run made of it: one rewritten since (a build still writing, a concurrent --force run) is refused, not published unlisted.
    const assets = [
        ...(artifacts ?? []).map(((artifact) => asset(artifact.path, { algorithm: config.algorithm, hex: artifact.hex }))),
        ...staged.map(((path) => {
            const hex = digests?.[path];
            return asset(finalPath(path), hex === undefined ? undefined : { algorithm: 'sha256', hex });
        })),
    ];
    const notesBlock = instructionsPath === undefined ? '' : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(finalPath(instructionsPath), 'utf8');
    const built = (0,_release_tag_js__WEBPACK_IMPORTED_MODULE_4__/* .builtCommit */ .M)(ports.env, repository);
    const input = { tag, assets, notesBlock, expected: expectedRelease(ports.env, tag, repository), ...(built === undefined ? {} : { target: built }) };
    // The draft stays when this step fails after finding or creating it: the report says so, and the next run reuses it.
    let draftLeft;
    try {
        const drafted = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .draftRelease */ .pE)(input, { ...publishPorts, logger: ports.logger, onDraft: ((release) => void (draftLeft = { tag, id: release.id })), ...(ports.signal === undefined ? {} : { signal: ports.signal }) });
        if (drafted.kind === 'verified')
            return { githubRelease: drafted.result };
        // The asset-names step refuses the names trust-kit knows GitHub rewrites; GitHub's rules are its own, so what it did is checked too, before anything is published.
        const renamed = drafted.assets.filter(((asset) => asset.githubName !== asset.name));
        if (renamed.length > 0) {
            const shown = renamed.slice(0, 5).map(((asset) => `${asset.name} as ${asset.githubName}`)).join(', ') + (renamed.length > 5 ? ` and ${renamed.length - 5} more` : '');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('RELEASE_ASSET_NAME_REWRITTEN', `GitHub stored ${shown} in the draft release ${tag}: the checksums file lists the names asked for, so checking the downloaded files against it would fail; the draft is not published`, {
                hint: 'rename the files to names GitHub keeps (letters, digits and . _ -), delete the renamed assets from the draft, and re-run',
            });
        }
        return { githubDraft: { input, drafted } };
    }
    catch (error) {
        throw draftLeft === undefined ? error : new _state_js__WEBPACK_IMPORTED_MODULE_5__/* .PartialStepFailure */ .U(error, { draftLeft });
    }
});


/***/ })

};
