export const id = 6161;
export const ids = [6161];
export const modules = {

/***/ 26161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyChecksumsCommand: () => (/* binding */ verifyChecksumsCommand)
/* harmony export */ });
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72555);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40409);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92701);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54418);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20535);
/* harmony import */ var _verify_blob_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95110);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(32985);










/** At most this many failures are named in the error; the output lists every one. */
const NAMED_FAILURES = 20;
function describeFailure(result) {
    return `${result.entry.name} (${result.status === 'mismatch' ? `expected ${result.entry.algorithm}:${result.entry.hex}, found ${result.entry.algorithm}:${result.actual ?? '?'}` : result.status})`;
}
/** Throws VERIFY_ARTIFACT_MISMATCH when any artifact failed or none was checked. */
function failIfAny(checksumsPath, failures, names, checked) {
    if (failures > 0) {
        const shown = names.slice(0, NAMED_FAILURES);
        const more = failures > shown.length ? `; and ${failures - shown.length} more` : '';
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_6__/* .VerifyError */ .Gz('VERIFY_ARTIFACT_MISMATCH', `${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_9__/* .counted */ .h)(failures, 'artifact')} ${failures === 1 ? 'does' : 'do'} not match the signed ${checksumsPath}: ${shown.join('; ')}${more}`, {
            hint: 'do not use these files: download them again from the release, and check that they belong to it',
        });
    }
    if (checked === 0) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_6__/* .VerifyError */ .Gz('VERIFY_ARTIFACT_MISMATCH', `no file listed in ${checksumsPath} was found, so no artifact was checked`, { hint: 'name the downloaded files, or pass --base DIR where they are' });
    }
}
/** `trust-kit verify-checksums`: verify a signed checksums file, then the downloaded artifacts against it. */
const verifyChecksumsCommand = {
    usage: 'trust-kit verify-checksums SHA256SUMS --bundle SHA256SUMS.sigstore.json <policy> [--base DIR] [FILE...]',
    help: `Verifies the checksums file's bundle exactly as verify-blob does, then checks each FILE
against the signed checksums (each must be listed). Without FILE, checks every listed file that is
present under --base (default: the checksums file's directory), like \`sha256sum -c --ignore-missing\`.

      --bundle FILE                      the checksums file's Sigstore bundle
      --base DIR                         directory the listed names are relative to

${_verify_blob_js__WEBPACK_IMPORTED_MODULE_8__.VERIFY_HELP}`,
    options: { ..._verify_blob_js__WEBPACK_IMPORTED_MODULE_8__.VERIFY_OPTIONS, base: { type: 'string' } },
    async run(args, context) {
        const [checksumsPath, ...files] = args.positionals;
        if (checksumsPath === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('CLI_USAGE', 'verify-checksums needs the checksums file (e.g. SHA256SUMS)', { hint: 'run `trust-kit verify-checksums --help`' });
        const config = (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyConfig */ .w)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .cliNamer */ .qy)());
        const [bundle, policy] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readBundleFile */ .zi)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvePolicy */ .nZ)(config.policy, context.cwd)]);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTrust */ .vO)(config, context.cwd, bundle, (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .trustSourcesThrough */ .Q4)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .proxySettingsFrom */ .Yw)(context.env)));
        const base = typeof args.values.base === 'string' ? args.values.base : undefined;
        if (args.values.json === true) {
            const outcome = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .verifySignedChecksums */ .Oc)({ checksumsPath, bundleJson: bundle, policy, trust, files, base, cwd: context.cwd });
            const artifacts = [
                ...outcome.results.map((result) => ({ name: result.entry.name, status: result.status, expected: `${result.entry.algorithm}:${result.entry.hex}`, ...(result.actual === undefined ? {} : { found: `${result.entry.algorithm}:${result.actual}` }) })),
                ...outcome.unlisted.map((file) => ({ name: file, status: 'unlisted' })),
            ];
            context.stdout.write(`${JSON.stringify({ checksums: checksumsPath, verified: outcome.signature, artifacts }, null, 2)}\n`);
            const failed = outcome.results.filter((result) => result.status !== 'ok');
            failIfAny(checksumsPath, failed.length + outcome.unlisted.length, [...failed.map(describeFailure), ...outcome.unlisted.map((file) => `${file} (not listed)`)], outcome.results.length);
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.OK;
        }
        const verified = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyChecksumsSignature */ .mn)({ checksumsPath, bundleJson: bundle, policy, trust, cwd: context.cwd });
        context.stdout.write(`Verified OK: ${checksumsPath}\n${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_8__.describeVerified)(verified.signature).join('\n')}\n`);
        // Streamed: each line is printed as it is checked, and only the first failures are kept for the error.
        const named = [];
        const { counts, unlisted } = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .checkVerifiedChecksums */ .tm)(verified, {
            files,
            base,
            cwd: context.cwd,
            onResult: (result) => {
                context.stdout.write(`${(0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_1__.reportLine)(result)}\n`);
                if (result.status !== 'ok' && named.length < NAMED_FAILURES)
                    named.push(describeFailure(result));
            },
        });
        for (const file of unlisted)
            context.stdout.write(`${file}: FAILED (not listed in ${checksumsPath})\n`);
        const failures = counts.mismatch + counts.missing + counts.unreadable + unlisted.length;
        failIfAny(checksumsPath, failures, [...named, ...unlisted.slice(0, NAMED_FAILURES).map((file) => `${file} (not listed)`)], counts.ok + failures - unlisted.length);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.OK;
    },
};


/***/ }),

/***/ 54418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.G),
/* harmony export */   IF: () => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_6__.p),
/* harmony export */   Nt: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.Nt),
/* harmony export */   OT: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.OT),
/* harmony export */   PP: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.PP),
/* harmony export */   ak: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.ak),
/* harmony export */   cx: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.cx),
/* harmony export */   fg: () => (/* reexport safe */ _key_js__WEBPACK_IMPORTED_MODULE_3__.f),
/* harmony export */   pV: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.pV),
/* harmony export */   qQ: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.qQ),
/* harmony export */   wC: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.wC)
/* harmony export */ });
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91638);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69085);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20031);
/* harmony import */ var _prehashed_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91966);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17776);









/***/ })

};
