export const id = 2107;
export const ids = [2107];
export const modules = {

/***/ 52107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubReleaseAttestationVerifier: () => (/* binding */ githubReleaseAttestationVerifier)
/* harmony export */ });
/* unused harmony export releaseTrustDomain */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54418);
/* harmony import */ var _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22695);
/* harmony import */ var _instructions_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40592);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7310);





/**
 * The trust domain of GitHub's release attestations on `serverUrl`: `dotcom` on github.com;
 * undefined elsewhere (a GHE.com tenant names its own domain and trusted-root target, a GitHub
 * Enterprise Server has none), where the attestation is read but its signature is not verified.
 */
function releaseTrustDomain(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).host.toLowerCase();
    }
    catch {
        return undefined;
    }
    return host === 'github.com' ? 'dotcom' : undefined;
}
/**
 * Verifies GitHub's release attestation of a release on github.com with GitHub's trusted root,
 * fetched through GitHub's TUF repository the first time an attestation is verified (a release
 * that is not immutable never fetches it). A signature that does not verify is
 * PUBLISH_RELEASE_ATTESTATION_INVALID; a trusted root that cannot be fetched is
 * PUBLISH_RELEASE_ATTESTATION_UNVERIFIED, which says the release is published. Undefined on any
 * other server (see {@link releaseTrustDomain}).
 */
function githubReleaseAttestationVerifier(options) {
    const trustDomain = releaseTrustDomain(options.serverUrl);
    if (trustDomain === undefined)
        return undefined;
    const check = `gh release verify ${(0,_instructions_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .shellWord */ .r7)(options.tag)} -R ${options.repository}`;
    let trust;
    return async (bundle, assetSha256) => {
        trust ??= (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadGitHubTrustMaterial */ .PP)(options.tuf);
        let material;
        try {
            material = await trust;
        }
        catch (error) {
            throw new _publish_js__WEBPACK_IMPORTED_MODULE_4__/* .PublishError */ .S1('PUBLISH_RELEASE_ATTESTATION_UNVERIFIED', `release ${options.tag} is published, but its GitHub release attestation was not verified: GitHub's trusted root could not be fetched (${(error instanceof Error ? error.message : String(error)).slice(0, 500)})`, {
                cause: error,
                hint: `the release is published and nothing needs re-running: check its attestation with \`${check}\``,
            });
        }
        try {
            return (0,_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyGitHubReleaseAttestation */ .YG)(bundle, assetSha256, material, trustDomain);
        }
        catch (error) {
            const code = error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 ? ` (${error.code})` : '';
            throw new _publish_js__WEBPACK_IMPORTED_MODULE_4__/* .PublishError */ .S1('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's release attestation for ${options.tag} does not verify${code}: ${(error instanceof Error ? error.message : String(error)).slice(0, 500)}`, {
                cause: error,
                hint: `the release is published and immutable: check it with \`${check}\` and report the failure to GitHub if that fails too`,
            });
        }
    };
}


/***/ })

};
