export const id = 1835;
export const ids = [1835,3871];
export const modules = {

/***/ 81835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var describeAttestation = (function (result) {
    const lines = [`  predicate:  ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.shown)(result.statement.predicateType)}${result.line === undefined ? '' : ` (bundle on line ${result.line})`}`];
    const provenance = result.provenance;
    if (provenance !== undefined) {
        if (provenance.builder !== undefined)
            lines.push(`  builder:    ${provenance.builder}`);
        if (provenance.sourceRepository !== undefined || provenance.sourceCommit !== undefined)
            lines.push(`  source:     ${provenance.sourceRepository ?? '?'} @ ${provenance.sourceCommit ?? '?'}`);
        if (provenance.workflow !== undefined)
            lines.push(`  workflow:   ${provenance.workflow}`);
        if (provenance.trigger !== undefined)
            lines.push(`  trigger:    ${provenance.trigger}`);
        if (provenance.runnerEnvironment !== undefined)
            lines.push(`  runner:     ${provenance.runnerEnvironment}`);
        if (provenance.invocation !== undefined)
            lines.push(`  run:        ${provenance.invocation}`);
    }
    return lines;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeAttestation: (() => (/* binding */ describeAttestation)),
/* harmony export */   verifyAttestationCommand: (() => (/* binding */ verifyAttestationCommand))
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);
/* harmony import */ var _config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73598);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44444);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92701);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27444);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20535);
/* harmony import */ var _verify_blob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95110);








/** The lines naming what a verified attestation says: its predicate type and, for SLSA provenance, its key fields. */

/** `trust-kit verify-attestation`: verify an in-toto attestation about a file, as `gh attestation verify --bundle` does, offline. */
const verifyAttestationCommand = {
    usage: 'trust-kit verify-attestation FILE|sha256:HEX --bundle B.sigstore.json|B.intoto.jsonl [--predicate-type URI] (--repo OWNER/NAME | --owner OWNER | --signer-workflow W | --signer-repo R | --certificate-identity ID --certificate-oidc-issuer URL | --key PUB.pem) [--trusted-root FILE]',
    help: `Verifies offline that an attestation (a DSSE in-toto statement in a Sigstore bundle) lists FILE
as a subject, has the predicate type asked for, is validly signed (certificate chain, log entry or
signed timestamp) by the signer the policy names, and, for GitHub Actions signers, was made in the
repository, from the source, by the workflow and on the kind of runner asked for. For SLSA
provenance, prints the builder, the source repository and commit, the workflow and the trigger.

      --bundle FILE                      a Sigstore bundle (.sigstore.json), or one bundle per line
                                         (.intoto.jsonl): the one whose statement lists FILE with
                                         the predicate type is verified
      --predicate-type URI               the statement's predicate type (default
                                         ${_config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PREDICATE_TYPE */ .TB})
      --owner OWNER                      GitHub: made in a repository of this user or organization
      --signer-repo OWNER/NAME           GitHub: signed by a workflow of this repository (a reusable
                                         workflow's; --signer-workflow names the workflow itself)
      --source-ref REF                   GitHub: made from this ref, e.g. refs/tags/v1.2.3
      --source-digest SHA                GitHub: made from this commit
      --deny-self-hosted-runners         GitHub: refuse attestations made on self-hosted runners

${_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.VERIFY_HELP}

${_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.VERIFY_EXIT_HELP}
5 the artifact is not a subject of the attestation, 6 another predicate type, 7 another signer
workflow, 8 another repository or owner, 9 a self-hosted runner with --deny-self-hosted-runners.`,
    options: {
        ..._verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.VERIFY_OPTIONS,
        'predicate-type': { type: 'string' },
        owner: { type: 'string' },
        'signer-repo': { type: 'string' },
        'source-ref': { type: 'string' },
        'source-digest': { type: 'string' },
        'deny-self-hosted-runners': { type: 'boolean' },
    },
    async run(args, context) {
        const output = (0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.outputFormat)(args.values);
        const earlier = [
            ...(args.positionals.length === 1 ? [] : [{ input: 'argument FILE', message: `is one file (or sha256:<hex>), got ${args.positionals.length}` }]),
            ...args.positionals.slice(0, 1).flatMap(((artifact) => {
                const problem = (0,_config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactDigestProblem */ ._d)(artifact);
                return problem === undefined ? [] : [{ input: 'argument FILE', message: problem }];
            })),
            ...output.issues,
        ];
        const config = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .withEarlierIssues */ .ZB)(earlier, (() => (0,_config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .attestationVerifyConfig */ .aN)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .cliNamer */ .qy)())));
        const artifact = args.positionals[0];
        const [bundles, basePolicy, digests] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readAttestationBundles */ .aZ)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePolicy */ .nZ)(config.policy, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactDigests */ .sf)(artifact, context.cwd)]);
        const policy = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_3__/* .attestationPolicy */ .NR)(basePolicy, config, config.identityOrigin);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTrust */ .vO)(config, context.cwd, (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_3__/* .trustDeciding */ .qP)(bundles, digests, config.predicateType), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trustSourcesFrom */ .zl)(context.env, (0,_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrLogger */ .D)(context.stderr)));
        const result = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyAttestation */ .oe)({ bundles, artifact: digests, policy, trust, predicateType: config.predicateType, source: config.bundle });
        if (output.json) {
            context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonOutput */ .W3)({ artifact, digest: { sha256: digests.sha256 }, bundle: { path: config.bundle, index: result.bundleIndex, line: result.line ?? null }, statement: result.statement, provenance: result.provenance ?? null, verified: result.signature }, 2)}\n`);
        }
        else {
            context.stdout.write(`Verified OK: ${artifact} (sha256:${digests.sha256})\n${[...describeAttestation(result), ...(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.describeVerified)(result.signature)].join('\n')}\n`);
        }
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
    },
};


/***/ }),

/***/ 95110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var outputFormat = (function (values) {
    const { json } = values;
    // Without regard to case, as every other choice (--algorithm SHA512, --format SPDX-JSON).
    const format = typeof values.format === 'string' ? values.format.toLowerCase() : values.format;
    const issues = [];
    if (format !== undefined && format !== 'text' && format !== 'json')
        issues.push({ input: '--format', message: `is "${String(values.format)}"; expected text or json` });
    if (format === 'text' && json === true)
        issues.push({ input: '--json', message: 'contradicts --format text; give one of them' });
    return { json: format === 'json' || (format === undefined && json === true), issues };
});var shown = (function (value) {
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedText */ .LD)(value, 1000);
});var describeVerified = (function (result) {
    const lines = [];
    if (result.signer.kind === 'certificate') {
        // A policy may match the identity by a pattern and names no other extension: each is the certificate's to fill.
        const { subjectAlternativeName, issuer, extensions } = result.signer;
        lines.push(`  signer:     ${shown(subjectAlternativeName)}`, `  issuer:     ${shown(issuer)}`);
        if (extensions.sourceRepositoryURI !== undefined)
            lines.push(`  repository: ${shown(extensions.sourceRepositoryURI)} (${shown(extensions.sourceRepositoryRef ?? '?')}@${shown(extensions.sourceRepositoryDigest ?? '?')})`);
        lines.push(`  trust:      ${result.signer.trustRoot}`);
    }
    else {
        lines.push(`  signer:     key ${result.signer.source}`);
    }
    for (const entry of result.tlogEntries)
        lines.push(`  log entry:  ${shown(entry.baseUrl)} index ${entry.logIndex}${entry.integratedTime === undefined ? '' : `, integrated ${entry.integratedTime.toISOString()}`}`);
    if (result.uncheckedTlogEntries > 0)
        lines.push(`  log entry:  ${result.uncheckedTlogEntries} not checked (no --trusted-root given)`);
    for (const timestamp of result.timestamps.filter(((entry) => entry.source === 'timestamp-authority')))
        lines.push(`  timestamp:  ${timestamp.time.toISOString()} (RFC 3161)`);
    if (result.statement !== undefined)
        lines.push(`  statement:  ${shown(result.statement.predicateType)} about ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_7__/* .counted */ .h)(result.statement.subjects.length, 'subject')}`);
    return lines;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_EXIT_HELP: (() => (/* binding */ VERIFY_EXIT_HELP)),
/* harmony export */   VERIFY_HELP: (() => (/* binding */ VERIFY_HELP)),
/* harmony export */   VERIFY_OPTIONS: (() => (/* binding */ VERIFY_OPTIONS)),
/* harmony export */   describeVerified: (() => (/* binding */ describeVerified)),
/* harmony export */   outputFormat: (() => (/* binding */ outputFormat)),
/* harmony export */   shown: (() => (/* binding */ shown)),
/* harmony export */   verifyBlobCommand: (() => (/* binding */ verifyBlobCommand))
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53871);
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40409);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92701);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27444);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20535);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32985);








/** The flags every verification command shares, with cosign's names. */
const VERIFY_OPTIONS = {
    bundle: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-identity-regexp': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    'certificate-oidc-issuer-regexp': { type: 'string' },
    repo: { type: 'string' },
    'signer-workflow': { type: 'string' },
    'trusted-root': { type: 'string' },
    key: { type: 'string' },
    format: { type: 'string' },
    json: { type: 'boolean' },
};
/**
 * How a verify command prints: `--format text|json`, with `--json` (cosign's flag) for json in every
 * one of them; `--format text` beside `--json` contradicts it and is reported with the other inputs.
 */

/** Help lines for {@link VERIFY_OPTIONS}. */
const VERIFY_HELP = `Policy (who must have signed; identities match exactly unless a -regexp flag is used,
and regular expressions must match the whole value):
      --certificate-identity ID          the certificate's identity (SAN), exactly
      --certificate-identity-regexp RE   ... or a regular expression for it
      --certificate-oidc-issuer URL      the OIDC issuer, exactly
      --certificate-oidc-issuer-regexp RE
      --repo OWNER/NAME                  GitHub: signed in a workflow of this repository (issuer defaults
                                         to https://token.actions.githubusercontent.com)
      --signer-workflow OWNER/REPO/PATH[@REF]
                                         GitHub: signed by this workflow (for reusable workflows)
      --key PUB.pem                      a bundle signed with a local key (trust-kit generate-key-pair)

Output:
      --format text|json                 json prints what was verified as JSON on standard output
      --json                             the same as --format json

Trust:
      --trusted-root FILE                trusted_root.json, or the JSONL \`gh attestation trusted-root\`
                                         prints; verifies offline. Default, as \`gh attestation verify\`
                                         decides: GitHub's root through its TUF repository
                                         (https://tuf-repo.github.com) when the certificate's issuer
                                         names the organization "GitHub, Inc." (GitHub's Fulcio, private
                                         repositories), else the public-good root through TUF.`;
/** The exit codes every verification command shares; each command's help goes on, on the next line, from 5 with its own. */
const VERIFY_EXIT_HELP = `Exit codes: 0 verified, 1 unreadable input, 2 usage error, 3 verification failed (VERIFY_*),
4 valid signature by another signer (VERIFY_POLICY_*),`;
/** A value a signer or a bundle chose, as a report line shows it: printable (a certificate's fields can hold C1 controls), and at most 1,000 characters. */

/** The lines describing a verified signature: signer, issuer, repository, log entries and times. */

/** `trust-kit verify-blob`: verify a Sigstore bundle for a file (or a `sha256:` digest) under an exact identity policy. */
const verifyBlobCommand = {
    usage: 'trust-kit verify-blob FILE|sha256:HEX --bundle FILE.sigstore.json (--certificate-identity ID --certificate-oidc-issuer URL | --repo OWNER/NAME | --key PUB.pem) [--trusted-root FILE]',
    help: `Verifies offline that the bundle signs FILE (a message signature over it, or a DSSE in-toto
statement naming it as a subject), that its certificate chains to the trusted root, that its
transparency-log entry or signed timestamp proves when it was signed, and that the signer is
the one the policy names. FILE may be sha256:<hex> to verify by digest alone.

      --bundle FILE                      the Sigstore bundle (v0.1 to v0.3)

${VERIFY_HELP}

${VERIFY_EXIT_HELP}
5 the bundle is a DSSE attestation about other artifacts (VERIFY_SUBJECT_MISMATCH).`,
    options: VERIFY_OPTIONS,
    async run(args, context) {
        const count = args.positionals.length === 1 ? [] : [{ input: 'argument FILE', message: `is one file (or sha256:<hex>), got ${args.positionals.length}` }];
        // FILE given as a digest (as verifyArtifact reads it) that is malformed is a bad argument, not an input that failed to verify.
        const digest = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedValues */ .pc)(args.positionals.slice(0, 1).filter(((artifact) => /^sha(256|512):/.test(artifact))), 'argument FILE', _core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDigestReference */ .Dn);
        const output = outputFormat(args.values);
        const config = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .withEarlierIssues */ .ZB)([...count, ...digest, ...output.issues], (() => (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyConfig */ .w)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .cliNamer */ .qy)())));
        const artifact = args.positionals[0];
        const [bundle, policy] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readBundleFile */ .zi)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePolicy */ .nZ)(config.policy, context.cwd)]);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTrust */ .vO)(config, context.cwd, bundle, (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trustSourcesFrom */ .zl)(context.env, (0,_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrLogger */ .D)(context.stderr)));
        const result = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyArtifact */ .oc)(bundle, artifact, policy, trust, context.cwd);
        if (output.json)
            context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonOutput */ .W3)({ artifact, verified: result }, 2)}\n`);
        else
            context.stdout.write(`Verified OK: ${artifact} (${result.artifact.algorithm}:${result.artifact.hex})\n${describeVerified(result).join('\n')}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
    },
};


/***/ }),

/***/ 73598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var artifactDigestProblem = (function (artifact) {
    if (!/^sha\d*:/i.test(artifact) || /^sha256:[0-9a-f]{64}$/i.test(artifact))
        return undefined;
    return `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(artifact, 200)}, not sha256:<64 hex>: attestations are looked up by their artifact's SHA-256; give the file itself, or its sha256:<hex>`;
});var predicateTypeProblem = (function (value) {
    if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(value))
        return undefined;
    const meant = Object.hasOwn(ATTEST_TYPE_URIS, value.toLowerCase()) ? ATTEST_TYPE_URIS[value.toLowerCase()] : undefined;
    if (meant !== undefined)
        return `is "${value}", attest's --type; the predicate type it attests is ${meant}`;
    return `is "${value.slice(0, 200)}"; expected a URI, e.g. ${DEFAULT_PREDICATE_TYPE}`;
});var attestationVerifyConfig = (function (raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i_(raw, nameOf);
    const predicateType = reader.string('predicate-type', DEFAULT_PREDICATE_TYPE) ?? DEFAULT_PREDICATE_TYPE;
    const sourceRef = reader.string('source-ref');
    const sourceDigest = reader.string('source-digest');
    const denySelfHostedRunners = reader.boolean('deny-self-hosted-runners', false);
    const predicateProblem = predicateTypeProblem(predicateType);
    if (predicateProblem !== undefined)
        reader.report('predicate-type', predicateProblem);
    if (sourceRef !== undefined && !SOURCE_REF.test(sourceRef))
        reader.report('source-ref', `is "${sourceRef}"; expected a full ref, e.g. refs/tags/v1.2.3 or refs/heads/main`);
    if (sourceDigest !== undefined && !COMMIT.test(sourceDigest))
        reader.report('source-digest', `is "${sourceDigest}"; expected a commit SHA (40 lowercase hex digits)`);
    if (reader.string('key') !== undefined) {
        for (const name of ['source-ref', 'source-digest'])
            if (reader.string(name) !== undefined)
                reader.report(name, 'cannot be combined with a key: key-signed bundles carry no source');
        if (denySelfHostedRunners)
            reader.report('deny-self-hosted-runners', 'cannot be combined with a key: key-signed bundles say nothing about runners');
    }
    const issues = [];
    let base;
    try {
        base = (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyConfig */ .w)(raw, nameOf);
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL))
            throw error;
        issues.push(...error.issues);
    }
    try {
        reader.finish();
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL))
            throw error;
        issues.push(...error.issues);
    }
    if (issues.length > 0 || base === undefined)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(issues);
    const policy = base.policy;
    const identityOrigin = policy.kind === 'key' || policy.identity !== undefined ? 'explicit' : policy.signerWorkflow !== undefined || policy.signerRepo !== undefined ? 'signer-workflow' : 'repository';
    return { ...base, predicateType, sourceRef, sourceDigest, denySelfHostedRunners, identityOrigin };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TB: (() => (/* binding */ DEFAULT_PREDICATE_TYPE)),
/* harmony export */   _d: (() => (/* binding */ artifactDigestProblem)),
/* harmony export */   aN: (() => (/* binding */ attestationVerifyConfig)),
/* harmony export */   xe: (() => (/* binding */ predicateTypeProblem))
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40409);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);



/** The predicate type `gh attestation verify` checks unless told otherwise: SLSA provenance v1. */
const DEFAULT_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
/**
 * Why an artifact named by a digest cannot be looked up: attestations are found by their artifact's
 * SHA-256. Undefined for a file name or a well-formed sha256 digest.
 */

const SOURCE_REF = /^refs\/(?:heads|tags|pull)\/\S+$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The predicate types attest's `--type` names make: what a user who attested with `--type spdx` gives here instead. */
const ATTEST_TYPE_URIS = {
    slsaprovenance: 'https://slsa.dev/provenance/v1',
    spdx: 'https://spdx.dev/Document/v2.3 (an SPDX 2.2 document: https://spdx.dev/Document/v2.2)',
    cyclonedx: 'https://cyclonedx.org/bom',
};
/** Why a `--predicate-type` value is no predicate type (it must be a URI, such as `https://slsa.dev/provenance/v1`), or undefined when it is one. */

/**
 * Validates the attestation inputs: the signer policy of {@link verifyConfig} (with `owner`), and
 * `predicate-type` (an absolute URI; default SLSA provenance v1), `source-ref`, `source-digest`
 * and `deny-self-hosted-runners`, which need a keyless policy. Every problem is reported at once.
 */



/***/ }),

/***/ 40409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var verifyConfig = (function (raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i_(raw, nameOf);
    const bundle = reader.required('bundle');
    const identity = readMatch(reader, 'certificate-identity', nameOf);
    const issuer = readMatch(reader, 'certificate-oidc-issuer', nameOf);
    const repo = reader.string('repo');
    const owner = reader.string('owner');
    const signerWorkflow = reader.string('signer-workflow');
    const signerRepo = reader.string('signer-repo');
    const key = reader.string('key');
    const trustedRoot = reader.string('trusted-root');
    if (repo !== undefined && !REPO.test(repo))
        reader.report('repo', `is "${repo}"; expected owner/name, e.g. octo-org/widget`);
    if (owner !== undefined && !OWNER.test(owner))
        reader.report('owner', `is "${owner}"; expected a user or organization name, e.g. octo-org`);
    if (owner !== undefined && repo !== undefined && repo.split('/')[0]?.toLowerCase() !== owner.toLowerCase())
        reader.report('owner', `is "${owner}", but ${nameOf('repo')} ${repo} belongs to another owner`);
    if (signerRepo !== undefined && !REPO.test(signerRepo))
        reader.report('signer-repo', `is "${signerRepo}"; expected owner/name, e.g. octo-org/shared-workflows`);
    if (signerRepo !== undefined && signerWorkflow !== undefined)
        reader.report('signer-repo', `cannot be combined with ${nameOf('signer-workflow')}: give the workflow, or only its repository`);
    if (signerWorkflow !== undefined && !SIGNER_WORKFLOW.test(signerWorkflow)) {
        reader.report('signer-workflow', `is "${signerWorkflow}"; expected [host/]owner/repo/path[@ref], e.g. octo-org/widget/.github/workflows/release.yml`);
    }
    let policy;
    if (key !== undefined) {
        for (const name of ['certificate-identity', 'certificate-identity-regexp', 'certificate-oidc-issuer', 'certificate-oidc-issuer-regexp', 'repo', 'owner', 'signer-workflow', 'signer-repo']) {
            if (reader.string(name) !== undefined)
                reader.report(name, 'cannot be combined with a key: key-signed bundles carry no identity');
        }
        policy = { kind: 'key', keyPath: key };
    }
    else {
        const github = repo !== undefined || owner !== undefined || signerWorkflow !== undefined || signerRepo !== undefined;
        // A value given but refused (a pattern that does not compile, exact and pattern both) was reported already: it is not missing too.
        const given = ((name) => reader.string(name) !== undefined || reader.string(`${name}-regexp`) !== undefined);
        if (identity === undefined && !github && !given('certificate-identity')) {
            reader.report('certificate-identity', `is required for keyless bundles (or ${nameOf('certificate-identity-regexp')}, ${nameOf('repo')}, ${nameOf('signer-workflow')}, or ${nameOf('key')} for key-signed ones)`);
        }
        if (identity !== undefined && signerWorkflow !== undefined)
            reader.report('signer-workflow', 'cannot be combined with an explicit certificate identity');
        if (identity !== undefined && signerRepo !== undefined)
            reader.report('signer-repo', 'cannot be combined with an explicit certificate identity');
        if (issuer === undefined && !github && !given('certificate-oidc-issuer'))
            reader.report('certificate-oidc-issuer', `is required for keyless bundles (or ${nameOf('certificate-oidc-issuer-regexp')}), e.g. https://token.actions.githubusercontent.com`);
        policy = { kind: 'certificate', identity, issuer, repo, owner, signerWorkflow, ...(signerRepo === undefined ? {} : { signerRepo }) };
    }
    reader.finish();
    return { bundle: bundle ?? '', policy, trustedRoot };
});var readMatch = (function (reader, name, nameOf) {
    const exact = reader.string(name);
    const pattern = reader.string(`${name}-regexp`);
    if (exact !== undefined && pattern !== undefined) {
        reader.report(`${name}-regexp`, `cannot be combined with ${nameOf(name)}: give the exact value or a pattern`);
        return undefined;
    }
    if (exact !== undefined)
        return { kind: 'exact', value: exact };
    if (pattern === undefined)
        return undefined;
    try {
        new RegExp(pattern, 'u');
    }
    catch (error) {
        reader.report(`${name}-regexp`, `is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
    return { kind: 'regexp', pattern };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: (() => (/* binding */ verifyConfig))
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);

/** GitHub user and organization names; Enterprise Managed Users' names carry an underscore and a suffix (`mona_acme`). */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})$/;
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const SIGNER_WORKFLOW = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?\/)?[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})\/[A-Za-z0-9._-]{1,100}\/[^@\s]+(?:@\S+)?$/;
/**
 * Validates the verification inputs (`bundle`, the policy flags as cosign names them, `repo`,
 * `signer-workflow`, `trusted-root`, `key`), reporting every problem at once. A keyless policy
 * needs an identity and an issuer, each exact or regexp but not both, unless the GitHub
 * shortcuts imply them; `key` excludes identity flags.
 */




/***/ }),

/***/ 53871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isDigestAlgorithm = (function (value) {
    return DIGEST_ALGORITHMS.includes(value);
});var hexLength = (function (algorithm) {
    return HEX_LENGTH[algorithm];
});var isHexDigest = (function (algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
});var digestBytes = (function (algorithm, bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex');
});var parseDigestReference = (function (value) {
    // A library caller in plain JavaScript: a number or undefined failed on `slice` with a TypeError.
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `the digest is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
});var changedWhileRead = (function (before, after, bytesRead) {
    return before.size !== bytesRead || after.size !== bytesRead || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs;
});var hashFile = (async function (path, algorithms, named = {}) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    // Never a pipe or a device: one would block the open or never end.
    const opened = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .qg)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }) });
    const { handle, size: expected } = opened;
    let size = 0;
    try {
        const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(expected, 64 * 1024)));
        let sinceTurn = 0;
        for (let read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer); read > 0; read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer)) {
            const bytes = buffer.subarray(0, read);
            for (const [, hash] of hashes)
                hash.update(bytes);
            size += read;
            sinceTurn += read;
            if (sinceTurn >= BYTES_PER_TURN) {
                sinceTurn = 0;
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setImmediate)();
            }
        }
        if (changedWhileRead(opened, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(handle.fd), size)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('FILE_CHANGED', `${named.what ?? 'file'} ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .shownFile */ .G)(named.shown ?? path)} changed while it was read (${size} bytes read, ${expected} when it was opened)`, {
                hint: 'something wrote to it meanwhile: make sure nothing writes to it until trust-kit is done, then run again',
            });
        }
    }
    finally {
        await handle.close();
    }
    const digest = {};
    for (const [algorithm, hash] of hashes)
        digest[algorithm] = hash.digest('hex');
    return { digest, size };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: (() => (/* binding */ hashFile)),
/* harmony export */   Dn: (() => (/* binding */ parseDigestReference)),
/* harmony export */   E6: (() => (/* binding */ hexLength)),
/* harmony export */   MF: (() => (/* binding */ DIGEST_ALGORITHMS)),
/* harmony export */   QN: (() => (/* binding */ digestBytes)),
/* harmony export */   Wb: (() => (/* binding */ isDigestAlgorithm))
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. */
const DIGEST_ALGORITHMS = ['sha256', 'sha512'];
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */

/** The length in hex characters of a digest made with `algorithm`. */

/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */

/** The digest of bytes already in memory. */

/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */

/**
 * Bytes per read: small enough that a chunk is still in the CPU's cache when it is hashed, big
 * enough that calls cost little. On 1 GiB, 256 KiB reads hash at openssl's speed; 64 KiB reads
 * cost 3% more, 4 MiB reads about 5% (the chunk no longer fits the cache).
 */
const READ_CHUNK = 256 * 1024;
/** Bytes hashed between two turns of the event loop: a few milliseconds, so signals and timers are never held up for long. */
const BYTES_PER_TURN = 16 * 1024 * 1024;
/**
 * Whether a file read through one descriptor changed during the read: a size other than the bytes
 * read, or a write (modification or change time moved) between the two looks. Not seen: a write of
 * the same size in the same tick of the kernel's coarse clock (a few milliseconds) as the first
 * look, which leaves both times as they were.
 */

/**
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Reads are synchronous into one buffer, in runs of
 * {@link BYTES_PER_TURN} with a turn of the event loop between them: reads handed to the thread
 * pool, with two buffers taking turns, were 5% slower and noisier on 1 GiB (each chunk is copied
 * on one core and hashed on another, and no longer fits either's cache). A file written to while
 * it is read (grown, shrunk, rewritten in place) is refused (FILE_CHANGED): its digest would be of
 * bytes it never held at one moment. `named` words a refusal (FILE_NOT_REGULAR, FILE_CHANGED) as
 * the user knows the file: what it is, and the path as they wrote it.
 */



/***/ }),

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var counted = (function (count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: (() => (/* binding */ counted))
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */



/***/ }),

/***/ 44444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var attestationPolicy = (function (policy, requirements, origin) {
    if (policy.kind === 'key')
        return policy;
    const extensions = { ...policy.extensions };
    if (requirements.sourceRef !== undefined)
        extensions.sourceRepositoryRef = requirements.sourceRef;
    if (requirements.sourceDigest !== undefined)
        extensions.sourceRepositoryDigest = requirements.sourceDigest;
    if (requirements.denySelfHostedRunners === true)
        extensions.runnerEnvironment = 'github-hosted';
    const identity = origin === 'signer-workflow' ? 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH' : origin === 'repository' ? 'VERIFY_POLICY_REPOSITORY_MISMATCH' : undefined;
    return { ...policy, extensions, mismatchCodes: { ...(identity === undefined ? {} : { identity }), extensions: EXTENSION_CODES } };
});var peekStatement = (function (json) {
    const payload = json?.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (!Array.isArray(statement.subject))
            return undefined;
        const subjects = statement.subject.map(((subject) => ({ digest: typeof subject === 'object' && subject !== null && typeof subject.digest === 'object' ? (subject.digest ?? {}) : {} })));
        return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', subjects };
    }
    catch {
        return undefined;
    }
});var names = (function (subject, digests) {
    const shared = Object.keys(digests).filter(((algorithm) => typeof subject.digest[algorithm] === 'string'));
    return shared.length > 0 && shared.every(((algorithm) => subject.digest[algorithm].toLowerCase() === digests[algorithm]));
});var signedStatement = (function (json) {
    const payload = json.dsseEnvelope.payload;
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    return statement;
});var survey = (function (bundles, artifact, predicateType) {
    const peeked = bundles.map(((bundle) => peekStatement(bundle.json)));
    const covering = bundles.flatMap(((bundle, index) => (peeked[index]?.subjects.some(((subject) => names(subject, artifact))) === true ? [index] : [])));
    return { peeked, covering, matching: covering.filter(((index) => peeked[index]?.predicateType === predicateType)) };
});var trustDeciding = (function (bundles, artifact, predicateType) {
    return bundles[survey(bundles, artifact, predicateType).matching[0] ?? 0]?.json;
});var verifyAttestation = (function (options) {
    const { bundles, artifact, predicateType } = options;
    const input = { digest: { algorithm: 'sha256', hex: artifact.sha256 }, moreDigests: artifact };
    const { peeked, covering, matching } = survey(bundles, artifact, predicateType);
    let candidates = matching.slice(0, MAX_VERIFIED_CANDIDATES);
    if (candidates.length === 0) {
        if (bundles.length === 1) {
            // One bundle: verify it, so that what is wrong with it (a bad signature, another artifact) is what is reported.
            candidates = [0];
        }
        else if (covering.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_SUBJECT_MISMATCH', `none of the ${bundles.length} attestations in ${options.source} lists the artifact sha256:${artifact.sha256} as a subject`);
        }
        else {
            const types = [...new Set(covering.map(((index) => peeked[index]?.predicateType ?? '')))];
            const listed = `${types.slice(0, 5).map(((type) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(type))).join(', ')}${types.length > 5 ? ', …' : ''}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected an attestation with predicate type ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(predicateType)}; the ${covering.length} attestation(s) in ${options.source} about the artifact have ${listed}`);
        }
    }
    let firstFailure;
    for (const index of candidates) {
        const bundle = bundles[index];
        try {
            // Refused before its signature is checked: only a DSSE statement is an attestation, and checking a message signature by digest would load the pre-hashed ECDSA verifier for nothing.
            const signature = (0,_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .holdsMessageSignature */ .I)(bundle.json) ? undefined : (0,_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyBundle */ .p)(bundle.json, input, options.policy, options.trust);
            if (signature?.statement === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', `${where(options.source, bundle)} holds a message signature, not an attestation (a DSSE in-toto statement)`, { hint: 'verify plain signatures with `trust-kit verify-blob`' });
            }
            if (signature.statement.predicateType !== predicateType) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected predicate type ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(predicateType)}, found ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(signature.statement.predicateType)} in ${where(options.source, bundle)}`);
            }
            const statement = signedStatement(bundle.json);
            return { signature, statement, provenance: predicateType === SLSA_PROVENANCE_V1 ? summarizeProvenance(statement.predicate) : undefined, bundleIndex: index, line: bundle.line };
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G))
                throw error;
            firstFailure ??= bundles.length === 1 ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G(error.code, `${where(options.source, bundle)}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
        }
    }
    throw firstFailure;
});var where = (function (source, bundle) {
    return bundle.line === undefined ? source : `${source}:${bundle.line}`;
});var text = (function (value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(value, MAX_FIELD);
});var field = (function (value, ...path) {
    let at = value;
    for (const key of path) {
        if (typeof at !== 'object' || at === null || Array.isArray(at))
            return undefined;
        at = at[key];
    }
    return at;
});var summarizeProvenance = (function (predicate) {
    const workflow = field(predicate, 'buildDefinition', 'externalParameters', 'workflow');
    const dependencies = field(predicate, 'buildDefinition', 'resolvedDependencies');
    const source = Array.isArray(dependencies) ? dependencies[0] : undefined;
    const sourceUri = text(field(source, 'uri'));
    const path = text(field(workflow, 'path'));
    const ref = text(field(workflow, 'ref'));
    const summary = {
        builder: text(field(predicate, 'runDetails', 'builder', 'id')),
        buildType: text(field(predicate, 'buildDefinition', 'buildType')),
        sourceRepository: text(field(workflow, 'repository')) ?? (sourceUri === undefined ? undefined : sourceUri.replace(/^git\+/, '').replace(/@[^@]*$/, '')),
        sourceCommit: text(field(source, 'digest', 'gitCommit')) ?? text(field(source, 'digest', 'sha1')),
        workflow: path === undefined ? undefined : `${path}${ref === undefined ? '' : `@${ref}`}`,
        trigger: text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'event_name')),
        runnerEnvironment: text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')),
        invocation: text(field(predicate, 'runDetails', 'metadata', 'invocationId')),
    };
    return Object.fromEntries(Object.entries(summary).filter((([, value]) => value !== undefined)));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: (() => (/* binding */ attestationPolicy)),
/* harmony export */   oe: (() => (/* binding */ verifyAttestation)),
/* harmony export */   qP: (() => (/* binding */ trustDeciding))
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_V1, summarizeProvenance */
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17776);



/** The predicate type of SLSA provenance v1, what `gh attestation verify` asks for unless told otherwise. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const EXTENSION_CODES = {
    sourceRepositoryURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH',
    sourceRepositoryOwnerURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH',
    sourceRepositoryRef: 'VERIFY_POLICY_SOURCE_MISMATCH',
    sourceRepositoryDigest: 'VERIFY_POLICY_SOURCE_MISMATCH',
    runnerEnvironment: 'VERIFY_POLICY_SELF_HOSTED_RUNNER',
};
/**
 * A verification policy for attestations: the certificate must also name the source ref, the
 * commit and a GitHub-hosted runner when asked, and each kind of mismatch is reported with its
 * own code (the signer workflow, the repository, the source, a self-hosted runner), as `gh
 * attestation verify` tells them apart. A key policy is returned as it is: a key carries no
 * such claims.
 */

/**
 * At most this many bundles about the artifact with the predicate type are verified, in file order:
 * each costs signature, chain and log checks, and a file of thousands claiming the artifact and all
 * failing would otherwise cost that many; a real file holds one or a few per artifact.
 */
const MAX_VERIFIED_CANDIDATES = 1000;
/** The statement a DSSE bundle carries, read without verifying anything (to pick a bundle); undefined when unreadable. */

/** Whether a subject names the artifact: some digest by a shared algorithm, and every shared one equal. */

/** The statement of a bundle that verified: its payload is the bytes the signature covers. */

/** What the bundles claim, unverified: their statements, those listing the artifact, and those of them with the predicate type. */

/**
 * The bundle whose certificate decides which instance's trusted root to load when none is given:
 * the first that claims to be the attestation asked for (a file of GitHub's attestations may
 * hold a release attestation signed by GitHub's instance beside provenance signed by public-good).
 */

/**
 * Verifies an attestation for an artifact: of the file's bundles (one, or a JSONL file's lines),
 * those whose statement lists the artifact and has the predicate type are verified in order until
 * one passes (its signature, certificate chain, log entries or timestamps, and the policy). Refuses
 * with VERIFY_SUBJECT_MISMATCH when no statement lists the artifact, VERIFY_PREDICATE_TYPE_MISMATCH
 * when those that do have another predicate type, and otherwise the first bundle's failure.
 */


/** The longest value a summary repeats: a predicate is the signer's to fill, and ends up on a terminal. */
const MAX_FIELD = 1024;
/** A printable string field of a predicate (control characters become a space: in a signed field they could rewrite the terminal), at most {@link MAX_FIELD} characters of it; undefined when absent. */


/**
 * The key fields of a SLSA provenance v1 predicate: the builder, the source repository and commit
 * (the first resolved dependency, as GitHub's workflow build type lists it), the workflow file and
 * ref, the trigger and the runner environment. Fields the predicate does not state are left out.
 */



/***/ })

};
