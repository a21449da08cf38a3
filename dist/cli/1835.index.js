export const id = 1835;
export const ids = [1835];
export const modules = {

/***/ 81835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeAttestation: () => (/* binding */ describeAttestation),
/* harmony export */   verifyAttestationCommand: () => (/* binding */ verifyAttestationCommand)
/* harmony export */ });
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66097);
/* harmony import */ var _config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73598);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44444);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92701);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20535);
/* harmony import */ var _verify_blob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95110);








/** The lines naming what a verified attestation says: its predicate type and, for SLSA provenance, its key fields. */
function describeAttestation(result) {
    const lines = [`  predicate:  ${result.statement.predicateType}${result.line === undefined ? '' : ` (bundle on line ${result.line})`}`];
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
}
/** `trust-kit verify-attestation`: verify an in-toto attestation about a file, as `gh attestation verify --bundle` does, offline. */
const verifyAttestationCommand = {
    usage: 'trust-kit verify-attestation FILE|sha256:HEX --bundle B.sigstore.json|B.intoto.jsonl [--predicate-type URI] (--repo OWNER/NAME | --owner OWNER | --signer-workflow W | --certificate-identity ID --certificate-oidc-issuer URL | --key PUB.pem) [--trusted-root FILE]',
    help: `Verifies offline that an attestation (a DSSE in-toto statement in a Sigstore bundle) lists FILE
as a subject, has the predicate type asked for, is validly signed (certificate chain, log entry or
signed timestamp) by the signer the policy names, and, for GitHub Actions signers, was made in the
repository, from the source, by the workflow and on the kind of runner asked for. For SLSA
provenance, prints the builder, the source repository and commit, the workflow and the trigger.

      --bundle FILE                      a Sigstore bundle (.sigstore.json), or one bundle per line
                                         (.intoto.jsonl): the one whose statement lists FILE with
                                         the predicate type is verified
      --predicate-type URI               the statement's predicate type (default
                                         ${_config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PREDICATE_TYPE */ .T})
      --owner OWNER                      GitHub: made in a repository of this user or organization
      --source-ref REF                   GitHub: made from this ref, e.g. refs/tags/v1.2.3
      --source-digest SHA                GitHub: made from this commit
      --deny-self-hosted-runners         GitHub: refuse attestations made on self-hosted runners
      --format text|json                 json prints the verified statement, for policy engines
                                         (--json is the same)

${_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.VERIFY_HELP}
5 the artifact is not a subject of the attestation, 6 another predicate type, 7 another signer
workflow, 8 another repository or owner, 9 a self-hosted runner with --deny-self-hosted-runners.`,
    options: {
        ..._verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.VERIFY_OPTIONS,
        'predicate-type': { type: 'string' },
        owner: { type: 'string' },
        'source-ref': { type: 'string' },
        'source-digest': { type: 'string' },
        'deny-self-hosted-runners': { type: 'boolean' },
        format: { type: 'string' },
    },
    async run(args, context) {
        if (args.positionals.length !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', `verify-attestation takes exactly one FILE (or sha256:<hex>), got ${args.positionals.length}`, { hint: 'run `trust-kit verify-attestation --help`' });
        const format = args.values.format ?? (args.values.json === true ? 'json' : 'text');
        if (format !== 'text' && format !== 'json')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', `--format is "${String(format)}"; expected text or json`, { hint: 'run `trust-kit verify-attestation --help`' });
        const artifact = args.positionals[0];
        const config = (0,_config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_2__/* .attestationVerifyConfig */ .a)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .cliNamer */ .qy)());
        const [bundles, basePolicy, digests] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readAttestationBundles */ .aZ)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvePolicy */ .nZ)(config.policy, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .artifactDigests */ .sf)(artifact, context.cwd)]);
        const policy = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .attestationPolicy */ .NR)(basePolicy, config, config.identityOrigin);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTrust */ .vO)(config, context.cwd, (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .trustDeciding */ .qP)(bundles, digests, config.predicateType), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .trustSourcesThrough */ .Q4)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .proxySettingsFrom */ .Yw)(context.env)));
        const result = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyAttestation */ .oe)({ bundles, artifact: digests, policy, trust, predicateType: config.predicateType, source: config.bundle });
        if (format === 'json') {
            context.stdout.write(`${JSON.stringify({ artifact, digest: { sha256: digests.sha256 }, bundle: { path: config.bundle, index: result.bundleIndex, line: result.line ?? null }, statement: result.statement, provenance: result.provenance ?? null, verified: result.signature }, null, 2)}\n`);
        }
        else {
            context.stdout.write(`Verified OK: ${artifact} (sha256:${digests.sha256})\n${[...describeAttestation(result), ...(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.describeVerified)(result.signature)].join('\n')}\n`);
        }
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
    },
};


/***/ }),

/***/ 73598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ DEFAULT_PREDICATE_TYPE),
/* harmony export */   a: () => (/* binding */ attestationVerifyConfig)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40409);


/** The predicate type `gh attestation verify` checks unless told otherwise: SLSA provenance v1. */
const DEFAULT_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
const SOURCE_REF = /^refs\/(?:heads|tags|pull)\/\S+$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Validates the attestation inputs: the signer policy of {@link verifyConfig} (with `owner`), and
 * `predicate-type` (an absolute URI; default SLSA provenance v1), `source-ref`, `source-digest`
 * and `deny-self-hosted-runners`, which need a keyless policy. Every problem is reported at once.
 */
function attestationVerifyConfig(raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i_(raw, nameOf);
    const predicateType = reader.string('predicate-type', DEFAULT_PREDICATE_TYPE) ?? DEFAULT_PREDICATE_TYPE;
    const sourceRef = reader.string('source-ref');
    const sourceDigest = reader.string('source-digest');
    const denySelfHostedRunners = reader.boolean('deny-self-hosted-runners', false);
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType))
        reader.report('predicate-type', `is "${predicateType}"; expected a URI, e.g. ${DEFAULT_PREDICATE_TYPE}`);
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
    const identityOrigin = policy.kind === 'key' || policy.identity !== undefined ? 'explicit' : policy.signerWorkflow !== undefined ? 'signer-workflow' : 'repository';
    return { ...base, predicateType, sourceRef, sourceDigest, denySelfHostedRunners, identityOrigin };
}


/***/ }),

/***/ 44444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: () => (/* binding */ attestationPolicy),
/* harmony export */   oe: () => (/* binding */ verifyAttestation),
/* harmony export */   qP: () => (/* binding */ trustDeciding)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_V1, summarizeProvenance */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5447);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17776);


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
function attestationPolicy(policy, requirements, origin) {
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
}
/** The statement a DSSE bundle carries, read without verifying anything (to pick a bundle); undefined when unreadable. */
function peekStatement(json) {
    const payload = json?.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (!Array.isArray(statement.subject))
            return undefined;
        const subjects = statement.subject.map((subject) => ({ digest: typeof subject === 'object' && subject !== null && typeof subject.digest === 'object' ? (subject.digest ?? {}) : {} }));
        return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', subjects };
    }
    catch {
        return undefined;
    }
}
/** Whether a subject names the artifact: some digest by a shared algorithm, and every shared one equal. */
function names(subject, digests) {
    const shared = Object.keys(digests).filter((algorithm) => typeof subject.digest[algorithm] === 'string');
    return shared.length > 0 && shared.every((algorithm) => subject.digest[algorithm].toLowerCase() === digests[algorithm]);
}
/** The statement of a bundle that verified: its payload is the bytes the signature covers. */
function signedStatement(json) {
    const payload = json.dsseEnvelope.payload;
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    return statement;
}
/** What the bundles claim, unverified: their statements, those listing the artifact, and those of them with the predicate type. */
function survey(bundles, artifact, predicateType) {
    const peeked = bundles.map((bundle) => peekStatement(bundle.json));
    const covering = bundles.flatMap((bundle, index) => (peeked[index]?.subjects.some((subject) => names(subject, artifact)) === true ? [index] : []));
    return { peeked, covering, matching: covering.filter((index) => peeked[index]?.predicateType === predicateType) };
}
/**
 * The bundle whose certificate decides which instance's trusted root to load when none is given:
 * the first that claims to be the attestation asked for (a file of GitHub's attestations may
 * hold a release attestation signed by GitHub's instance beside provenance signed by public-good).
 */
function trustDeciding(bundles, artifact, predicateType) {
    return bundles[survey(bundles, artifact, predicateType).matching[0] ?? 0]?.json;
}
/**
 * Verifies an attestation for an artifact: of the file's bundles (one, or a JSONL file's lines),
 * those whose statement lists the artifact and has the predicate type are verified in order until
 * one passes (its signature, certificate chain, log entries or timestamps, and the policy). Refuses
 * with VERIFY_SUBJECT_MISMATCH when no statement lists the artifact, VERIFY_PREDICATE_TYPE_MISMATCH
 * when those that do have another predicate type, and otherwise the first bundle's failure.
 */
function verifyAttestation(options) {
    const { bundles, artifact, predicateType } = options;
    const input = { digest: { algorithm: 'sha256', hex: artifact.sha256 }, moreDigests: artifact };
    const { peeked, covering, matching } = survey(bundles, artifact, predicateType);
    let candidates = matching;
    if (candidates.length === 0) {
        if (bundles.length === 1) {
            // One bundle: verify it, so that what is wrong with it (a bad signature, another artifact) is what is reported.
            candidates = [0];
        }
        else if (covering.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_SUBJECT_MISMATCH', `none of the ${bundles.length} attestations in ${options.source} lists the artifact sha256:${artifact.sha256} as a subject`);
        }
        else {
            const types = [...new Set(covering.map((index) => peeked[index]?.predicateType ?? ''))];
            const listed = `${types.slice(0, 5).map(quoted).join(', ')}${types.length > 5 ? ', …' : ''}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected an attestation with predicate type ${quoted(predicateType)}; the ${covering.length} attestation(s) in ${options.source} about the artifact have ${listed}`);
        }
    }
    let firstFailure;
    for (const index of candidates) {
        const bundle = bundles[index];
        try {
            // Refused before its signature is checked: only a DSSE statement is an attestation, and checking a message signature by digest would load the pre-hashed ECDSA verifier for nothing.
            const signature = (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .holdsMessageSignature */ .I)(bundle.json) ? undefined : (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyBundle */ .p)(bundle.json, input, options.policy, options.trust);
            if (signature?.statement === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', `${where(options.source, bundle)} holds a message signature, not an attestation (a DSSE in-toto statement)`, { hint: 'verify plain signatures with `trust-kit verify-blob`' });
            }
            if (signature.statement.predicateType !== predicateType) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected predicate type ${quoted(predicateType)}, found ${quoted(signature.statement.predicateType)} in ${where(options.source, bundle)}`);
            }
            const statement = signedStatement(bundle.json);
            return { signature, statement, provenance: predicateType === SLSA_PROVENANCE_V1 ? summarizeProvenance(statement.predicate) : undefined, bundleIndex: index, line: bundle.line };
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G))
                throw error;
            firstFailure ??= bundles.length === 1 ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G(error.code, `${where(options.source, bundle)}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
        }
    }
    throw firstFailure;
}
/** A value from a statement, quoted for a message: escaped, and at most 200 characters of it (the signer chose its length). */
function quoted(value) {
    return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
}
function where(source, bundle) {
    return bundle.line === undefined ? source : `${source}:${bundle.line}`;
}
/** The longest value a summary repeats: a predicate is the signer's to fill, and ends up on a terminal. */
const MAX_FIELD = 1024;
/** A printable string field of a predicate, or undefined; control characters become spaces. */
function text(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    // eslint-disable-next-line no-control-regex -- control characters in a signed field could rewrite the terminal
    const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    return clean.length > MAX_FIELD ? `${clean.slice(0, MAX_FIELD)}…` : clean;
}
function field(value, ...path) {
    let at = value;
    for (const key of path) {
        if (typeof at !== 'object' || at === null || Array.isArray(at))
            return undefined;
        at = at[key];
    }
    return at;
}
/**
 * The key fields of a SLSA provenance v1 predicate: the builder, the source repository and commit
 * (the first resolved dependency, as GitHub's workflow build type lists it), the workflow file and
 * ref, the trigger and the runner environment. Fields the predicate does not state are left out.
 */
function summarizeProvenance(predicate) {
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
    return Object.fromEntries(Object.entries(summary).filter(([, value]) => value !== undefined));
}


/***/ })

};
