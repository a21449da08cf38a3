export const id = 1835;
export const ids = [1835];
export const modules = {

/***/ 81835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var describeAttestation = (function (result) {
    const lines = [`  predicate:  ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_8__.shown)(result.statement.predicateType)}${result.line === undefined ? '' : ` (bundle on line ${result.line})`}`];
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
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40409);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89531);
/* harmony import */ var _sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44444);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92701);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27444);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20535);
/* harmony import */ var _verify_blob_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95110);









/** The lines naming what a verified attestation says: its predicate type and, for SLSA provenance, its key fields. */

/** `trust-kit verify-attestation`: verify an in-toto attestation about a file, as `gh attestation verify --bundle` does, offline. */
const verifyAttestationCommand = {
    usage: 'trust-kit verify-attestation FILE|sha256:HEX --bundle B.sigstore.json|B.intoto.jsonl [--predicate-type URI] (--repo OWNER/NAME | --owner OWNER | --signer-workflow W | --signer-repo R | --certificate-identity ID --certificate-oidc-issuer URL | --key PUB.pem [--insecure-ignore-tlog]) [--trusted-root FILE]',
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
      --source-digest SHA                GitHub: made from this commit
      --deny-self-hosted-runners         GitHub: refuse attestations made on self-hosted runners

${_verify_blob_js__WEBPACK_IMPORTED_MODULE_8__.VERIFY_HELP}

${_verify_blob_js__WEBPACK_IMPORTED_MODULE_8__.VERIFY_EXIT_HELP}
5 the artifact is not a subject of the attestation, 6 another predicate type, 7 another signer
workflow, 8 another repository or owner, 9 a self-hosted runner with --deny-self-hosted-runners.`,
    options: {
        ..._verify_blob_js__WEBPACK_IMPORTED_MODULE_8__.VERIFY_OPTIONS,
        'predicate-type': { type: 'string' },
        owner: { type: 'string' },
        'signer-repo': { type: 'string' },
        'source-digest': { type: 'string' },
        'deny-self-hosted-runners': { type: 'boolean' },
    },
    reportsFlagIssues: true,
    async run(args, context) {
        const output = (0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_8__.outputFormat)(args.values);
        const earlier = [
            ...args.issues,
            ...(args.positionals.length === 1 ? [] : [{ input: 'argument FILE', message: `is one file (or sha256:<hex>), got ${args.positionals.length}` }]),
            ...args.positionals.slice(0, 1).flatMap(((artifact) => {
                const problem = (0,_config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactDigestProblem */ ._d)(artifact);
                return problem === undefined ? [] : [{ input: 'argument FILE', message: problem }];
            })),
            ...output.issues,
        ];
        await (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPatternsOf */ .BT)(args.values);
        const config = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .withEarlierIssues */ .ZB)(earlier, (() => (0,_config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .attestationVerifyConfig */ .aN)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .cliNamer */ .qy)())));
        const artifact = args.positionals[0];
        const [bundles, basePolicy] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readAttestationBundles */ .aZ)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvePolicy */ .nZ)(config.policy, context.cwd)]);
        const digests = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .artifactDigests */ .sf)(artifact, context.cwd, { sha384: (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .namedBySha384Alone */ .jk)(bundles) });
        const policy = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .attestationPolicy */ .NR)(basePolicy, config, config.identityOrigin);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTrust */ .vO)(config, context.cwd, (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .trustDeciding */ .qP)(bundles, digests, config.predicateType), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .trustSourcesFrom */ .zl)(context.env, (0,_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .stderrLogger */ .D)(context.stderr)));
        const result = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyAttestation */ .oe)({ bundles, artifact: digests, policy, trust, predicateType: config.predicateType, source: config.bundle });
        if (output.json) {
            context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonOutput */ .W3)({ artifact, digest: { sha256: digests.sha256 }, bundle: { path: config.bundle, index: result.bundleIndex, line: result.line ?? null }, statement: result.statement, provenance: result.provenance ?? null, verified: result.signature }, 2)}\n`);
        }
        else {
            context.stdout.write(`Verified OK: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .shownFile */ .G)(artifact)}${artifact === `sha256:${digests.sha256}` ? '' : ` (sha256:${digests.sha256})`}\n${[...describeAttestation(result), ...(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_8__.describeVerified)(result.signature)].join('\n')}\n`);
        }
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.OK;
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
        return `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(value)}, attest's --type; the predicate type it attests is ${meant}`;
    return `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(value.slice(0, 200))}; expected a URI, e.g. ${DEFAULT_PREDICATE_TYPE}`;
});var attestationVerifyConfig = (function (raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i_(raw, nameOf);
    const predicateType = reader.string('predicate-type', DEFAULT_PREDICATE_TYPE) ?? DEFAULT_PREDICATE_TYPE;
    const sourceDigest = reader.string('source-digest');
    const denySelfHostedRunners = reader.boolean('deny-self-hosted-runners', false);
    const predicateProblem = predicateTypeProblem(predicateType);
    if (predicateProblem !== undefined)
        reader.report('predicate-type', predicateProblem);
    if (sourceDigest !== undefined && !COMMIT.test(sourceDigest))
        reader.report('source-digest', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(sourceDigest)}; expected a commit SHA (40 lowercase hex digits)`);
    if (reader.string('key') !== undefined) {
        if (sourceDigest !== undefined)
            reader.report('source-digest', 'cannot be combined with a key: key-signed bundles carry no source');
        if (denySelfHostedRunners)
            reader.report('deny-self-hosted-runners', 'cannot be combined with a key: key-signed bundles say nothing about runners');
    }
    const issues = [];
    let base;
    try {
        base = (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyConfig */ .wW)(raw, nameOf);
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
    // Read, with the signer policy, by verifyConfig: verify-blob and verify-checksums take it too.
    const sourceRef = policy.kind === 'certificate' ? policy.sourceRef : undefined;
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

const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The predicate types attest's `--type` names make: what a user who attested with `--type spdx` gives here instead. */
const ATTEST_TYPE_URIS = {
    slsaprovenance: 'https://slsa.dev/provenance/v1',
    spdx: 'https://spdx.dev/Document/v2.3 (an SPDX 2.2 document: https://spdx.dev/Document/v2.2)',
    cyclonedx: 'https://cyclonedx.org/bom',
};
/** Why a `--predicate-type` value is no predicate type (it must be a URI, such as `https://slsa.dev/provenance/v1`), or undefined when it is one. */

/**
 * Validates the attestation inputs: the signer policy of {@link verifyConfig} (with `owner` and
 * `source-ref`), and `predicate-type` (an absolute URI; default SLSA provenance v1), `source-digest`
 * and `deny-self-hosted-runners`, which need a keyless policy. Every problem is reported at once.
 */



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
});var namedBySha384Alone = (function (bundles) {
    return bundles.some(((bundle) => peekStatement(bundle.json)?.subjects.some((({ digest }) => typeof digest.sha384 === 'string' && typeof digest.sha256 !== 'string' && typeof digest.sha512 !== 'string')) === true));
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
        const unreadable = peeked.flatMap(((statement, index) => (statement === undefined ? [index] : [])));
        if (bundles.length === 1 || unreadable.length === bundles.length) {
            // One bundle, or none with a statement to read: verify the first, so that what is wrong with it (a bad signature,
            // another artifact, no DSSE envelope) is what is reported, not that no statement lists the artifact.
            candidates = [0];
        }
        else if (covering.length === 0) {
            const lines = unreadable.map(((index) => bundles[index]?.line)).filter(((line) => line !== undefined));
            const without = unreadable.length === 0 ? '' : ` (${unreadable.length} of them hold no statement that can be read${lines.length === 0 ? '' : `: line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}`})`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_SUBJECT_MISMATCH', `none of the ${bundles.length} attestations in ${options.source} lists the artifact sha256:${artifact.sha256} as a subject${without}`);
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
            const signature = (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .holdsMessageSignature */ .I)(bundle.json) ? undefined : (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBundle */ .p)(bundle.json, input, options.policy, options.trust);
            if (signature?.statement === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', `${where(options.source, bundle)} holds a message signature, not an attestation (a DSSE in-toto statement)`, { hint: 'verify plain signatures with `trust-kit verify-blob`' });
            }
            if (signature.statement.predicateType !== predicateType) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected predicate type ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(predicateType)}, found ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(signature.statement.predicateType)} in ${where(options.source, bundle)}`);
            }
            const statement = signedStatement(bundle.json);
            const provenance = predicateType === SLSA_PROVENANCE_V1 ? summarizeProvenance(statement.predicate) : undefined;
            if (provenance !== undefined)
                refuseContradictedProvenance(provenance, signature.signer);
            return { signature, statement, provenance, bundleIndex: index, line: bundle.line };
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G))
                throw error;
            firstFailure ??= bundles.length === 1 ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G(error.code, `${where(options.source, bundle)}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
        }
    }
    // Past the bound, a bundle not tried might verify: the failure says so rather than only why the first one failed.
    if (matching.length > candidates.length && firstFailure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G(firstFailure.code, `${firstFailure.message}; ${matching.length - candidates.length} more attestation(s) about the artifact were not tried (the first ${candidates.length} are)`, {
            cause: firstFailure,
            hint: `${firstFailure.hint ?? ''}; a file with more than ${candidates.length} attestations about one artifact is not one a release writes: get the attestations from the release again`,
        });
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
});var repositoryKey = (function (url) {
    return (0,_core_ascii_js__WEBPACK_IMPORTED_MODULE_4__/* .asciiLowerCase */ .r)(url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, ''));
});var refuseContradictedProvenance = (function (provenance, signer) {
    if (signer.kind !== 'certificate')
        return;
    const certified = signer.extensions;
    const contradictions = [];
    const compare = ((what, claimed, certifiedValue, same) => {
        if (claimed !== undefined && certifiedValue !== undefined && !same(claimed, certifiedValue))
            contradictions.push(`${what} ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(claimed)}, where the certificate says ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(certifiedValue)}`);
    });
    compare('source repository', provenance.sourceRepository, certified.sourceRepositoryURI, ((a, b) => repositoryKey(a) === repositoryKey(b)));
    compare('source commit', provenance.sourceCommit, certified.sourceRepositoryDigest, ((a, b) => a.toLowerCase() === b.toLowerCase()));
    compare('trigger', provenance.trigger, certified.buildTrigger, ((a, b) => a === b));
    compare('runner environment', provenance.runnerEnvironment, certified.runnerEnvironment, ((a, b) => a === b));
    // The certificate's build configuration is https://HOST/OWNER/REPO/PATH@REF: the predicate's PATH@REF must be all after the repository
    // (a suffix let `release.yml@REF` stand for `.github/workflows/release.yml@REF`, printed as verified).
    compare('workflow', provenance.workflow, certified.buildConfigURI, ((a, b) => /^https:\/\/[^/]+\/[^/]+\/[^/]+\/(.+)$/.exec(b)?.[1] === a));
    // The builder and the run are printed as verified, and a policy engine reads them from --json: they must be the certificate's
    // Build Signer URI and Run Invocation URI, which GitHub's generator and trust-kit write there; or, for the builder, what
    // GitHub's earlier generator (@actions/attest 1, the slsa-framework build type) wrote: https://HOST/actions/runner/ENVIRONMENT,
    // naming the certificate's own host and runner environment.
    const earlierBuilder = ((signerURI) => (certified.runnerEnvironment === undefined || !URL.canParse(signerURI) ? undefined : `${new URL(signerURI).origin}/actions/runner/${certified.runnerEnvironment}`));
    compare('builder', provenance.builder, certified.buildSignerURI, ((a, b) => a === b || a === earlierBuilder(b)));
    compare('run', provenance.invocation, certified.runInvocationURI, ((a, b) => a === b));
    if (contradictions.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_PROVENANCE_MISMATCH', `the SLSA provenance claims ${contradictions.join('; ')}`);
});var summarizeProvenance = (function (predicate) {
    const workflow = field(predicate, 'buildDefinition', 'externalParameters', 'workflow');
    const dependencies = field(predicate, 'buildDefinition', 'resolvedDependencies');
    const source = Array.isArray(dependencies) ? dependencies[0] : undefined;
    const sourceUri = text(field(source, 'uri'));
    const path = text(field(workflow, 'path'));
    const ref = text(field(workflow, 'ref'));
    // The dependency's ref may hold an @ of its own (git+https://github.com/o/r@refs/tags/pkg@1.2.3): the repository ends where the ref starts.
    const sourceUrl = sourceUri?.replace(/^git\+/, '');
    const refAt = sourceUrl === undefined ? -1 : (0,_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .workflowRefAt */ .Sc)(sourceUrl);
    const summary = {
        builder: text(field(predicate, 'runDetails', 'builder', 'id')),
        buildType: text(field(predicate, 'buildDefinition', 'buildType')),
        sourceRepository: text(field(workflow, 'repository')) ?? (sourceUrl === undefined || refAt === -1 ? sourceUrl : sourceUrl.slice(0, refAt)),
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
/* harmony export */   jk: (() => (/* binding */ namedBySha384Alone)),
/* harmony export */   oe: (() => (/* binding */ verifyAttestation)),
/* harmony export */   qP: (() => (/* binding */ trustDeciding))
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_V1, summarizeProvenance */
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _core_ascii_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63712);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9966);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17776);





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

/** Whether a subject of the bundles' statements is named by a SHA-384 digest and neither a SHA-256 nor a SHA-512 one. */

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


/** A repository URL compared as GitHub compares names: without `git+`, `.git` or a trailing slash, ASCII case folded. */

/**
 * Refuses SLSA provenance whose own claims contradict its signing certificate: Fulcio wrote the
 * source repository, commit, workflow, trigger and runner environment into the certificate from
 * the OIDC token GitHub issued for the run, while the predicate is whatever the signer put in it.
 * Printed under "Verified OK", a predicate naming another repository, commit or a GitHub-hosted
 * runner for a self-hosted build would be believed. Only claims both make are compared.
 */

/**
 * The key fields of a SLSA provenance v1 predicate: the builder, the source repository and commit
 * (the first resolved dependency, as GitHub's workflow build type lists it), the workflow file and
 * ref, the trigger and the runner environment. Fields the predicate does not state are left out.
 */



/***/ })

};
