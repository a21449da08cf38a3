export const id = 9180;
export const ids = [9180];
export const modules = {

/***/ 29180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestCommand: (() => (/* binding */ attestCommand))
/* harmony export */ });
/* harmony import */ var _signing_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30674);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _attest_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47236);
/* harmony import */ var _attest_subjects_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82728);
/* harmony import */ var _config_attest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62657);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66097);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56446);
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91601);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89531);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88120);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(20535);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(27444);












/** `trust-kit attest`: in-toto attestations (SLSA provenance, SBOMs, custom predicates) signed as DSSE bundles. */
const attestCommand = {
    usage: 'trust-kit attest [--type slsaprovenance|spdx|cyclonedx|custom] [--predicate FILE] [--predicate-type URI]\n         [--checksums SHA256SUMS] [--subject NAME@sha256:HEX]... [--base DIR] [--per-subject]\n         [--bundle OUT] [--output-dir DIR] [signing flags of sign-blob] [FILE...]',
    help: `Signs an in-toto statement (v1) about the subjects as a DSSE Sigstore bundle (v0.3) and writes
every bundle of the run to <name>.intoto.jsonl (one per line), and the bundle to <name>.sigstore.json
when the run makes one: <name> is the subject's file name, or "multiple". Verify with
\`gh attestation verify FILE --bundle <name>.sigstore.json --repo OWNER/REPO\`,
\`trust-kit verify-attestation\` or \`cosign verify-blob-attestation\`; signed with --key, with
\`trust-kit verify-attestation FILE --bundle <name>.sigstore.json --key PUB.pem --insecure-ignore-tlog\`
(a key signs offline, without a transparency-log entry).

Subjects: FILE arguments (files, directories, globs; named relative to --base), --checksums, and
--subject NAME@sha256:HEX; when none is given, the runner's $GITHUB_ARTIFACTS_LIST. Duplicates are
dropped; up to 1,024 subjects go in one statement, more are split into several.

Types:
  slsaprovenance (default)  SLSA provenance v1 of this GitHub Actions run, built from the job's one OIDC
                           token (the Sigstore token when signing keylessly with it, else one for the
                           audience "nobody") verified against the issuer's keys; needs id-token: write
  spdx, cyclonedx           the SBOM in --predicate (SPDX 2.3 or 2.2 JSON, CycloneDX JSON)
  custom                    any JSON object in --predicate, of type --predicate-type URI
A predicate over 16 MB is refused before anything is signed.

Options:
      --type TYPE          what to attest (above)
      --predicate FILE     the predicate document (SBOM or custom JSON)
      --predicate-type URI the custom predicate's type
      --checksums FILE     subjects from a checksums file (sha256sum/sha512sum format)
      --subject NAME@ALG:HEX
                           a subject by name and digest (sha256, sha384, sha512); repeatable
      --base DIR           directory FILE subjects are named relative to (default: .); needs FILE
      --per-subject        one statement (and one <subject>.sigstore.json) per subject, named by
                           its whole name with folders flattened (dist/x.tgz: dist_x.tgz.sigstore.json)
      --bundle OUT         where the bundle goes, when the run makes one statement (<name>.intoto.jsonl
                           goes beside it)
      --output-dir DIR     where <name>.intoto.jsonl and <name>.sigstore.json go (default: .; not with
                           --bundle)
      --oidc-discovery-url URL
                           the token issuer's discovery document base, when it is not the token's
                           issuer URL (GitHub Enterprise Server behind a proxy)
  Signing (as sign-blob): --key KEY.pem, --instance auto|public-good|github|key, --fulcio-url,
      --rekor-url, --rekor-version 1|2, --tsa-url, --signing-config FILE, --trusted-root FILE,
      --on-missing-token fail|warn|skip, --timeout TIME

Exit codes: 0 attested (or nothing signed, as --on-missing-token asked), 1 a failure, 2 usage error.`,
    options: {
        type: { type: 'string' },
        predicate: { type: 'string' },
        'predicate-type': { type: 'string' },
        checksums: { type: 'string' },
        subject: { type: 'string', multiple: true },
        base: { type: 'string' },
        'per-subject': { type: 'boolean' },
        bundle: { type: 'string' },
        'output-dir': { type: 'string' },
        'oidc-discovery-url': { type: 'string' },
        ..._signing_options_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNING_OPTIONS */ .F,
    },
    reportsFlagIssues: true,
    async run(args, context) {
        const nameOf = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .cliNamer */ .qy)({ 'subject-path': 'FILE' });
        // A --subject is a flag's value: one that is not NAME@ALG:HEX is a usage error, reported with every other bad flag.
        const earlier = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .refusedValues */ .pc)((args.values.subject ?? []), '--subject', _attest_subjects_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSubjectReference */ .nf);
        // With --bundle, <name>.intoto.jsonl is written beside it: a --output-dir too would be ignored.
        if (args.values.bundle !== undefined && args.values['output-dir'] !== undefined)
            earlier.push({ input: '--output-dir', message: 'is not used with --bundle, beside which <name>.intoto.jsonl is written; give a --bundle path in that directory, or leave --bundle out' });
        // The paths the flags name, checked with them when a flag is refused: all problems at once.
        const named = [...(typeof args.values.predicate === 'string' ? [{ input: 'predicate', path: args.values.predicate, kind: 'file' }] : []), ...(typeof args.values.checksums === 'string' ? [{ input: 'checksums', path: args.values.checksums, kind: 'file' }] : []), ...(typeof args.values.base === 'string' ? [{ input: 'base', path: args.values.base, kind: 'directory' }] : []), ...(0,_config_paths_js__WEBPACK_IMPORTED_MODULE_6__.rawSigningPaths)(args.values)];
        const config = await (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_6__.readWithNamedPaths)((() => (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .withEarlierIssues */ .ZB)([...args.issues, ...earlier, ...(0,_signing_options_js__WEBPACK_IMPORTED_MODULE_0__/* .keyedSigningIssues */ ._)(args.values)], (() => (0,_config_attest_js__WEBPACK_IMPORTED_MODULE_4__/* .attestConfig */ .O)({ ...args.values, 'subject-path': args.positionals }, nameOf, { base: '.', outputDir: '.' })))), named, context.cwd, nameOf);
        await (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_6__.requireNamedPaths)([
            ...(config.predicatePath === undefined ? [] : [{ input: 'predicate', path: config.predicatePath, kind: 'file' }]),
            ...(config.checksums === undefined ? [] : [{ input: 'checksums', path: config.checksums, kind: 'file' }]),
            { input: 'base', path: config.base, kind: 'directory' },
            ...(0,_config_paths_js__WEBPACK_IMPORTED_MODULE_6__.signingPaths)(config.sign),
            // The subjects are read (and reported missing) later; a --bundle that is one of them would replace it.
            ...(config.bundle === undefined ? [] : [{ input: 'bundle', path: config.bundle, kind: 'output' }, ...args.positionals.map(((path) => ({ input: 'subject-path', path, kind: 'read' })))]),
        ], context.cwd, nameOf);
        const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_11__/* .stderrLogger */ .D)(context.stderr, args.values.verbose === true);
        const result = await (0,_attest_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runAttestation */ .I)(config, {
            cwd: context.cwd,
            env: context.env,
            run: await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_9__/* .readRunContext */ .$p)(context.env),
            logger,
            clock: _core_clock_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml,
            artifactsList: context.env.GITHUB_ARTIFACTS_LIST,
        });
        if ('skipped' in result)
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.OK;
        for (const path of [result.files.jsonl, ...result.files.bundles])
            context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_8__/* .shownFile */ .G)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(context.cwd, path))}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.OK;
    },
};


/***/ })

};
