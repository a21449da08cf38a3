export const id = 161;
export const ids = [161,110];
export const modules = {

/***/ 95110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_HELP: () => (/* binding */ VERIFY_HELP),
/* harmony export */   VERIFY_OPTIONS: () => (/* binding */ VERIFY_OPTIONS),
/* harmony export */   describeVerified: () => (/* binding */ describeVerified),
/* harmony export */   verifyBlobCommand: () => (/* binding */ verifyBlobCommand)
/* harmony export */ });
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66097);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40409);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92701);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20535);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32985);







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
    json: { type: 'boolean' },
};
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
      --json                             print what was verified as JSON on standard output

Trust:
      --trusted-root FILE                trusted_root.json, or the JSONL \`gh attestation trusted-root\`
                                         prints; verifies offline. Default, as \`gh attestation verify\`
                                         decides: GitHub's root through its TUF repository
                                         (https://tuf-repo.github.com) when the certificate's issuer
                                         names the organization "GitHub, Inc." (GitHub's Fulcio, private
                                         repositories), else the public-good root through TUF.

Exit codes: 0 verified, 1 unreadable input, 2 usage error, 3 verification failed (VERIFY_*),
4 valid signature by another signer (VERIFY_POLICY_*).`;
/** The lines describing a verified signature: signer, issuer, repository, log entries and times. */
function describeVerified(result) {
    const lines = [];
    if (result.signer.kind === 'certificate') {
        lines.push(`  signer:     ${result.signer.subjectAlternativeName}`, `  issuer:     ${result.signer.issuer}`);
        if (result.signer.extensions.sourceRepositoryURI !== undefined)
            lines.push(`  repository: ${result.signer.extensions.sourceRepositoryURI} (${result.signer.extensions.sourceRepositoryRef ?? '?'}@${result.signer.extensions.sourceRepositoryDigest ?? '?'})`);
        lines.push(`  trust:      ${result.signer.trustRoot}`);
    }
    else {
        lines.push(`  signer:     key ${result.signer.source}`);
    }
    for (const entry of result.tlogEntries)
        lines.push(`  log entry:  ${entry.baseUrl} index ${entry.logIndex}${entry.integratedTime === undefined ? '' : `, integrated ${entry.integratedTime.toISOString()}`}`);
    if (result.uncheckedTlogEntries > 0)
        lines.push(`  log entry:  ${result.uncheckedTlogEntries} not checked (no --trusted-root given)`);
    for (const timestamp of result.timestamps.filter((entry) => entry.source === 'timestamp-authority'))
        lines.push(`  timestamp:  ${timestamp.time.toISOString()} (RFC 3161)`);
    if (result.statement !== undefined)
        lines.push(`  statement:  ${result.statement.predicateType} about ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .counted */ .h)(result.statement.subjects.length, 'subject')}`);
    return lines;
}
/** `trust-kit verify-blob`: verify a Sigstore bundle for a file (or a `sha256:` digest) under an exact identity policy. */
const verifyBlobCommand = {
    usage: 'trust-kit verify-blob FILE|sha256:HEX --bundle FILE.sigstore.json (--certificate-identity ID --certificate-oidc-issuer URL | --repo OWNER/NAME | --key PUB.pem) [--trusted-root FILE]',
    help: `Verifies offline that the bundle signs FILE (a message signature over it, or a DSSE in-toto
statement naming it as a subject), that its certificate chains to the trusted root, that its
transparency-log entry or signed timestamp proves when it was signed, and that the signer is
the one the policy names. FILE may be sha256:<hex> to verify by digest alone.

      --bundle FILE                      the Sigstore bundle (v0.1 to v0.3)

${VERIFY_HELP}`,
    options: VERIFY_OPTIONS,
    async run(args, context) {
        if (args.positionals.length !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('CLI_USAGE', `verify-blob takes exactly one FILE (or sha256:<hex>), got ${args.positionals.length}`, { hint: 'run `trust-kit verify-blob --help`' });
        const artifact = args.positionals[0];
        const config = (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyConfig */ .w)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .cliNamer */ .qy)());
        const [bundle, policy] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readBundleFile */ .zi)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePolicy */ .nZ)(config.policy, context.cwd)]);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTrust */ .vO)(config, context.cwd, bundle, (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trustSourcesThrough */ .Q4)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .proxySettingsFrom */ .Yw)(context.env)));
        const result = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyArtifact */ .oc)(bundle, artifact, policy, trust, context.cwd);
        if (args.values.json === true)
            context.stdout.write(`${JSON.stringify({ artifact, verified: result }, null, 2)}\n`);
        else
            context.stdout.write(`Verified OK: ${artifact} (${result.artifact.algorithm}:${result.artifact.hex})\n${describeVerified(result).join('\n')}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.OK;
    },
};


/***/ }),

/***/ 26161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyChecksumsCommand: () => (/* binding */ verifyChecksumsCommand)
/* harmony export */ });
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9396);
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

/***/ 66097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   qy: () => (/* binding */ cliNamer),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export actionInputName */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** Names inputs the way action users write them. */
const actionInputName = (name) => `input "${name}"`;
/** Names inputs the way CLI users type them: `--name`, or `argument PATH` for inputs given as positional arguments. */
function cliNamer(positionals = {}) {
    return (name) => {
        const positional = positionals[name];
        return positional === undefined ? `--${name}` : `argument ${positional}`;
    };
}
/** Every bad input of one call, reported together so the user fixes them in one go. */
class ConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    issues;
    constructor(issues) {
        const lines = issues.map((issue) => `${issue.input}: ${issue.message}`);
        super('CONFIG_INVALID', issues.length === 1 ? (lines[0] ?? '') : `${issues.length} invalid inputs:\n  ${lines.join('\n  ')}`, {
            hint: 'fix the inputs named above; `trust-kit <command> --help` and the action docs list what each accepts',
        });
        this.name = 'ConfigError';
        this.issues = issues;
    }
}
/**
 * Reads raw inputs into typed values, collecting every problem instead of stopping at the first;
 * `finish()` throws one {@link ConfigError} listing them all.
 */
class InputReader {
    raw;
    nameOf;
    issues = [];
    constructor(raw, nameOf) {
        this.raw = raw;
        this.nameOf = nameOf;
    }
    /** Records a problem with an input; validation goes on. */
    report(name, message) {
        this.issues.push({ input: this.nameOf(name), message });
    }
    /** A trimmed string, or `fallback` when it is absent or blank. */
    string(name, fallback) {
        const value = this.raw[name];
        if (value === undefined || value === false)
            return fallback;
        if (typeof value !== 'string') {
            this.report(name, 'expected a single value');
            return fallback;
        }
        const trimmed = value.trim();
        return trimmed === '' ? fallback : trimmed;
    }
    /** A string that must be present. */
    required(name) {
        const value = this.string(name);
        if (value === undefined)
            this.report(name, 'is required');
        return value;
    }
    /**
     * A list: an action input is one string holding it, newline- or comma-separated as users write
     * it in YAML, and each item is trimmed; repeated flags and positional arguments arrive one value
     * each and are taken as given, since a file name may hold a comma or spaces. Blanks are dropped.
     */
    list(name) {
        const value = this.raw[name];
        if (value === undefined || typeof value === 'boolean')
            return [];
        if (typeof value !== 'string')
            return value.filter((part) => typeof part === 'string' && part.trim() !== '');
        return value
            .split(/[\n,]/)
            .map((part) => part.trim())
            .filter((part) => part !== '');
    }
    /** One of a fixed set of values. */
    choice(name, allowed, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const normalised = value.toLowerCase();
        if (allowed.includes(normalised))
            return normalised;
        this.report(name, `is "${value}"; expected one of ${allowed.join(', ')}`);
        return fallback;
    }
    /** Several values, each from a fixed set, deduplicated in the order given. */
    choices(name, allowed, fallback) {
        // Names of choices never hold commas, so `--format a,b` is split like an action input.
        const values = this.list(name).flatMap((value) => value.split(',').map((part) => part.trim()).filter((part) => part !== ''));
        if (values.length === 0)
            return [...fallback];
        const chosen = [];
        for (const value of values) {
            const normalised = value.toLowerCase();
            if (!allowed.includes(normalised)) {
                this.report(name, `has "${value}"; expected one or more of ${allowed.join(', ')}`);
            }
            else if (!chosen.includes(normalised)) {
                chosen.push(normalised);
            }
        }
        return chosen;
    }
    /** A YAML 1.2 core boolean (`true`/`false`), the form `core.getBooleanInput` accepts; flags count as true. */
    boolean(name, fallback) {
        const value = this.raw[name];
        if (value === undefined)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        if (typeof value !== 'string') {
            this.report(name, 'expected true or false');
            return fallback;
        }
        const trimmed = value.trim();
        if (trimmed === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(trimmed))
            return true;
        if (['false', 'False', 'FALSE'].includes(trimmed))
            return false;
        this.report(name, `is "${trimmed}"; expected true or false`);
        return fallback;
    }
    /** Throws the collected problems, if any. */
    finish() {
        if (this.issues.length > 0)
            throw new ConfigError(this.issues);
    }
}


/***/ }),

/***/ 40409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ verifyConfig)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const SIGNER_WORKFLOW = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?\/)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}\/[^@\s]+(?:@\S+)?$/;
/**
 * Validates the verification inputs (`bundle`, the policy flags as cosign names them, `repo`,
 * `signer-workflow`, `trusted-root`, `key`), reporting every problem at once. A keyless policy
 * needs an identity and an issuer, each exact or regexp but not both, unless the GitHub
 * shortcuts imply them; `key` excludes identity flags.
 */
function verifyConfig(raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i_(raw, nameOf);
    const bundle = reader.required('bundle');
    const identity = readMatch(reader, 'certificate-identity');
    const issuer = readMatch(reader, 'certificate-oidc-issuer');
    const repo = reader.string('repo');
    const owner = reader.string('owner');
    const signerWorkflow = reader.string('signer-workflow');
    const key = reader.string('key');
    const trustedRoot = reader.string('trusted-root');
    if (repo !== undefined && !REPO.test(repo))
        reader.report('repo', `is "${repo}"; expected owner/name, e.g. octo-org/widget`);
    if (owner !== undefined && !OWNER.test(owner))
        reader.report('owner', `is "${owner}"; expected a user or organization name, e.g. octo-org`);
    if (owner !== undefined && repo !== undefined && repo.split('/')[0]?.toLowerCase() !== owner.toLowerCase())
        reader.report('owner', `is "${owner}", but --repo ${repo} belongs to another owner`);
    if (signerWorkflow !== undefined && !SIGNER_WORKFLOW.test(signerWorkflow)) {
        reader.report('signer-workflow', `is "${signerWorkflow}"; expected [host/]owner/repo/path[@ref], e.g. octo-org/widget/.github/workflows/release.yml`);
    }
    let policy;
    if (key !== undefined) {
        for (const name of ['certificate-identity', 'certificate-identity-regexp', 'certificate-oidc-issuer', 'certificate-oidc-issuer-regexp', 'repo', 'owner', 'signer-workflow']) {
            if (reader.string(name) !== undefined)
                reader.report(name, 'cannot be combined with a key: key-signed bundles carry no identity');
        }
        policy = { kind: 'key', keyPath: key };
    }
    else {
        const github = repo !== undefined || owner !== undefined || signerWorkflow !== undefined;
        if (identity === undefined && !github) {
            reader.report('certificate-identity', 'is required for keyless bundles (or --certificate-identity-regexp, --repo, --signer-workflow, or --key for key-signed ones)');
        }
        if (identity !== undefined && signerWorkflow !== undefined)
            reader.report('signer-workflow', 'cannot be combined with an explicit certificate identity');
        if (issuer === undefined && !github)
            reader.report('certificate-oidc-issuer', 'is required for keyless bundles (or --certificate-oidc-issuer-regexp), e.g. https://token.actions.githubusercontent.com');
        policy = { kind: 'certificate', identity, issuer, repo, owner, signerWorkflow };
    }
    reader.finish();
    return { bundle: bundle ?? '', policy, trustedRoot };
}
function readMatch(reader, name) {
    const exact = reader.string(name);
    const pattern = reader.string(`${name}-regexp`);
    if (exact !== undefined && pattern !== undefined) {
        reader.report(`${name}-regexp`, `cannot be combined with ${name}: give the exact value or a pattern`);
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
}


/***/ }),

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ counted)
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


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
