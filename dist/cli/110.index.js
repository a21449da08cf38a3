export const id = 110;
export const ids = [110];
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
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40409);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92701);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20535);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32985);






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
        lines.push(`  statement:  ${result.statement.predicateType} about ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .counted */ .h)(result.statement.subjects.length, 'subject')}`);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustKitError */ .T0('CLI_USAGE', `verify-blob takes exactly one FILE (or sha256:<hex>), got ${args.positionals.length}`, { hint: 'run `trust-kit verify-blob --help`' });
        const artifact = args.positionals[0];
        const config = (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyConfig */ .w)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .cliNamer */ .qy)());
        const [bundle, policy] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readBundleFile */ .zi)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePolicy */ .nZ)(config.policy, context.cwd)]);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveTrust */ .vO)(config, context.cwd, bundle);
        const result = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyArtifact */ .oc)(bundle, artifact, policy, trust, context.cwd);
        if (args.values.json === true)
            context.stdout.write(`${JSON.stringify({ artifact, verified: result }, null, 2)}\n`);
        else
            context.stdout.write(`Verified OK: ${artifact} (${result.artifact.algorithm}:${result.artifact.hex})\n${describeVerified(result).join('\n')}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.OK;
    },
};


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

/***/ 92701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ verifySignedChecksums),
/* harmony export */   aZ: () => (/* binding */ readAttestationBundles),
/* harmony export */   mn: () => (/* binding */ verifyChecksumsSignature),
/* harmony export */   nZ: () => (/* binding */ resolvePolicy),
/* harmony export */   oc: () => (/* binding */ verifyArtifact),
/* harmony export */   sf: () => (/* binding */ artifactDigests),
/* harmony export */   tm: () => (/* binding */ checkVerifiedChecksums),
/* harmony export */   vO: () => (/* binding */ resolveTrust),
/* harmony export */   zi: () => (/* binding */ readBundleFile)
/* harmony export */ });
/* unused harmony export certificateInstance */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5447);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69085);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(91638);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94661);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(83913);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20031);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(29152);












/** Reads `path` relative to `cwd`, a regular file of at most `maxBytes`, naming it in errors as the user wrote it. */
async function readInput(cwd, path, what, maxBytes) {
    try {
        return await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), { maxBytes, what, shown: path });
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `cannot read ${what} ${path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error });
    }
}
/**
 * Reads a bundle file (relative to `cwd`) as JSON; a file that is not JSON, or that repeats a key
 * in an object, fails as an invalid bundle.
 */
async function readBundleFile(path, cwd) {
    const text = (await readInput(cwd, path, 'bundle', _core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_LIMITS */ .Ef.bundle)).toString('utf8');
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    // JSON.parse keeps the last of two equal keys, other readers the first or neither (protobuf's JSON reader refuses them).
    const repeated = repeatedKey(text);
    if (repeated !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${path} repeats the key ${JSON.stringify(repeated)} in one object; a bundle names each field once`);
    return json;
}
/** At most this many bundles are read from one `.intoto.jsonl` file: verification work stays bounded. */
const MAX_ATTESTATION_BUNDLES = 1000;
/**
 * Reads an attestation file (relative to `cwd`): one bundle (`.sigstore.json`, any layout), or
 * one bundle per line (`.intoto.jsonl`, the layout of slsa-github-generator and GitHub's
 * attestation downloads; blank lines skipped). A line that is not a JSON object, or that repeats
 * a key, fails naming its line.
 */
async function readAttestationBundles(path, cwd) {
    const text = (await readInput(cwd, path, 'attestation bundle', _core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_LIMITS */ .Ef.bundle)).toString('utf8');
    const parse = (part, where) => {
        let json;
        try {
            json = JSON.parse(part);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${where} is not JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error, hint: 'give a Sigstore bundle (.sigstore.json) or a file of one bundle per line (.intoto.jsonl)' });
        }
        const repeated = repeatedKey(part);
        if (repeated !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${where} repeats the key ${JSON.stringify(repeated)} in one object; a bundle names each field once`);
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${where} is not a JSON object (a Sigstore bundle)`);
        return json;
    };
    const lines = text.split('\n');
    const filled = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
    // JSON lines when the whole is not one JSON text but its first line is (a pretty-printed bundle spans many lines).
    const jsonl = filled.length > 1 && !parsesAsJson(text) && parsesAsJson(lines[filled[0]]);
    if (!jsonl)
        return [{ json: parse(text, path), line: undefined }];
    if (filled.length > MAX_ATTESTATION_BUNDLES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${path} holds ${filled.length} bundles; at most ${MAX_ATTESTATION_BUNDLES} are read from one file`);
    return filled.map((index) => ({ json: parse(lines[index], `${path}:${index + 1}`), line: index + 1 }));
}
function parsesAsJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The digests attestations about an artifact are compared by: for `sha256:<hex>` (or `sha512:`)
 * that digest, for a file its SHA-256 and SHA-512 in one streaming pass.
 */
async function artifactDigests(artifact, cwd) {
    if (/^sha(256|512):/i.test(artifact)) {
        const { algorithm, hex } = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDigestReference */ .Dn)(artifact);
        if (algorithm !== 'sha256')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `attestations are looked up by SHA-256; give the artifact file or sha256:<hex>, not ${algorithm}:`, { hint: 'give the artifact file itself' });
        return { sha256: hex.toLowerCase() };
    }
    try {
        const { digest } = await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .DC)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, artifact), ['sha256', 'sha512']);
        return { sha256: digest.sha256 ?? '', ...(digest.sha512 === undefined ? {} : { sha512: digest.sha512 }) };
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `cannot read artifact ${artifact}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error });
    }
}
/** The first key that appears twice in one object of a valid JSON text, if any. */
function repeatedKey(text) {
    const objects = [];
    let keyNext = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '{') {
            objects.push(new Set());
            keyNext = true;
        }
        else if (char === '[') {
            objects.push(undefined);
        }
        else if (char === '}' || char === ']') {
            objects.pop();
        }
        else if (char === ',') {
            keyNext = objects.at(-1) !== undefined;
        }
        else if (char === '"') {
            let end = i + 1;
            while (text[end] !== '"')
                end += text[end] === '\\' ? 2 : 1;
            if (keyNext) {
                const keys = objects.at(-1);
                const key = JSON.parse(text.slice(i, end + 1));
                if (keys.has(key))
                    return key;
                keys.add(key);
                keyNext = false;
            }
            i = end;
        }
    }
    return undefined;
}
function toMatcher(config) {
    return config.kind === 'exact' ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .exactly */ .pV)(config.value) : (0,_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .matching */ .wC)(config.pattern);
}
/** The verification policy a validated config describes; reads the public key file for key policies. */
async function resolvePolicy(config, cwd) {
    if (config.kind === 'key') {
        return (0,_key_js__WEBPACK_IMPORTED_MODULE_6__/* .loadPublicKey */ .f)((await readInput(cwd, config.keyPath, 'public key', _core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_LIMITS */ .Ef.publicKey)).toString('utf8'), config.keyPath);
    }
    const github = config.repo !== undefined || config.owner !== undefined || config.signerWorkflow !== undefined
        ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .githubPolicy */ .QJ)({ ...(config.repo === undefined ? {} : { repo: config.repo }), ...(config.owner === undefined ? {} : { owner: config.owner }), ...(config.signerWorkflow === undefined ? {} : { signerWorkflow: config.signerWorkflow }) })
        : undefined;
    const identity = config.identity === undefined ? github?.identity : toMatcher(config.identity);
    const issuer = config.issuer === undefined ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .exactly */ .pV)(_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .GITHUB_ACTIONS_ISSUER */ .qQ) : toMatcher(config.issuer);
    if (identity === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', 'no certificate identity to verify against');
    return { kind: 'certificate', identity, issuer, extensions: github?.extensions ?? {} };
}
/** The organization GitHub's Fulcio CA certificates name, as `gh attestation verify` tells its instance apart. */
const GITHUB_CA_ORGANIZATION = 'GitHub, Inc.';
/**
 * The Sigstore instance whose Fulcio issued a bundle's certificate: GitHub's when the issuer's first
 * organization is `GitHub, Inc.`, public-good otherwise. The name only picks which root to load; the
 * chain must still verify to that root, so a forged name gains nothing.
 */
function certificateInstance(bundleJson) {
    const material = (bundleJson ?? {});
    const raw = material.verificationMaterial?.certificate?.rawBytes ?? material.verificationMaterial?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    if (typeof raw !== 'string')
        return 'public-good';
    try {
        return (0,_der_js__WEBPACK_IMPORTED_MODULE_11__/* .organizationsOf */ .EQ)(_certificate_js__WEBPACK_IMPORTED_MODULE_7__/* .ParsedCertificate */ .D.parse(Buffer.from(raw, 'base64'), 'the bundle\'s certificate').issuer)[0] === GITHUB_CA_ORGANIZATION ? 'github' : 'public-good';
    }
    catch {
        // verifyBundle reports the unreadable certificate with its code
        return 'public-good';
    }
}
/**
 * The trust material a config names: the `--trusted-root` file (JSON or JSONL); else, for keyless
 * bundles, the root of the instance that issued the bundle's certificate (see
 * {@link certificateInstance}) through its TUF repository; key policies without a trusted root need none.
 */
async function resolveTrust(config, cwd, bundleJson, sources = {}) {
    if (config.trustedRoot !== undefined) {
        return (0,_trust_js__WEBPACK_IMPORTED_MODULE_8__/* .loadTrustMaterial */ .ak)((await readInput(cwd, config.trustedRoot, 'trusted root', _core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_LIMITS */ .Ef.trustedRoot)).toString('utf8'), config.trustedRoot);
    }
    if (config.policy.kind === 'key')
        return undefined;
    return certificateInstance(bundleJson) === 'github' ? (0,_trust_js__WEBPACK_IMPORTED_MODULE_8__/* .loadGitHubTrustMaterial */ .PP)(sources.github) : (0,_trust_js__WEBPACK_IMPORTED_MODULE_8__/* .loadTrustMaterialFromTUF */ .JX)(sources.publicGood);
}
/**
 * Verifies a bundle for an artifact named by a path (streamed through the hash the bundle needs,
 * never held in memory) or by `sha256:<hex>`.
 */
async function verifyArtifact(bundleJson, artifact, policy, trust, cwd) {
    if (/^sha(256|512):/.test(artifact))
        return (0,_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyBundle */ .I)(bundleJson, { digest: (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDigestReference */ .Dn)(artifact) }, policy, trust);
    const algorithms = digestsNeeded(bundleJson);
    // Read whole what a digest cannot verify: SHA-384 message digests (the streaming hasher has no SHA-384), and Ed25519 or RSA keys (no pre-hashed verification).
    const prehashable = policy.kind !== 'key' || policy.publicKey.asymmetricKeyType === 'ec';
    if (algorithms === undefined || !prehashable)
        return (0,_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyBundle */ .I)(bundleJson, { bytes: await readInput(cwd, artifact, 'artifact', _core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_LIMITS */ .Ef.artifactWhole) }, policy, trust);
    let digests;
    try {
        digests = (await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .DC)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, artifact), algorithms)).digest;
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `cannot read artifact ${artifact}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error });
    }
    const [algorithm, ...more] = algorithms;
    const moreDigests = Object.fromEntries(more.flatMap((name) => (digests[name] === undefined ? [] : [[name, digests[name]]])));
    return (0,_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyBundle */ .I)(bundleJson, { digest: { algorithm, hex: digests[algorithm] ?? '' }, moreDigests }, policy, trust);
}
/**
 * The digests a bundle is checked by, in one pass over the artifact: the message digest's
 * algorithm (undefined when it is one the streaming hasher lacks), or for DSSE every algorithm its
 * subjects list (sha256 first), since a subject matches only when all its digests agree.
 */
function digestsNeeded(bundleJson) {
    // Read before verifyBundle checks the bundle's shape: any member may be of any JSON type here.
    const json = (typeof bundleJson === 'object' ? (bundleJson ?? {}) : {});
    if (json.messageSignature !== undefined) {
        const algorithm = json.messageSignature?.messageDigest?.algorithm;
        return algorithm === 'SHA2_512' ? ['sha512'] : algorithm === 'SHA2_384' ? undefined : ['sha256'];
    }
    try {
        const statement = JSON.parse(Buffer.from(String(json.dsseEnvelope?.payload ?? ''), 'base64').toString('utf8'));
        const listed = ['sha256', 'sha512'].filter((name) => (statement.subject ?? []).some((subject) => subject.digest?.[name] !== undefined));
        if (listed.length > 0)
            return listed;
    }
    catch {
        // verifyBundle reports the malformed payload with its code
    }
    return ['sha256'];
}
/**
 * Verifies a checksums file's bundle, streaming the file through the digests the bundle needs
 * (memory stays flat for a file of any length); it is read whole, up to
 * {@link INPUT_LIMITS.checksumsWhole}, only for keys that cannot verify a digest (Ed25519, RSA).
 */
async function verifyChecksumsSignature(options) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, options.checksumsPath);
    const shown = options.checksumsPath;
    const algorithms = digestsNeeded(options.bundleJson);
    const prehashable = options.policy.kind !== 'key' || options.policy.publicKey.asymmetricKeyType === 'ec';
    if (algorithms === undefined || !prehashable) {
        const bytes = await readInput(options.cwd, shown, 'checksums file', _core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_LIMITS */ .Ef.checksumsWhole);
        return { signature: (0,_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyBundle */ .I)(options.bundleJson, { bytes }, options.policy, options.trust), path, shown, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') };
    }
    const hashes = new Map([...new Set(['sha256', ...algorithms])].map((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    try {
        for await (const chunk of (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .regularFileChunks */ .hT)(path, { what: 'checksums file', shown }))
            for (const hash of hashes.values())
                hash.update(chunk);
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `cannot read checksums file ${shown}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error });
    }
    const digests = new Map([...hashes].map(([algorithm, hash]) => [algorithm, hash.digest('hex')]));
    const [algorithm, ...more] = algorithms;
    const moreDigests = Object.fromEntries(more.map((name) => [name, digests.get(name) ?? '']));
    const signature = (0,_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyBundle */ .I)(options.bundleJson, { digest: { algorithm, hex: digests.get(algorithm) ?? '' }, moreDigests }, options.policy, options.trust);
    return { signature, path, shown, sha256: digests.get('sha256') ?? '' };
}
/**
 * Checks artifacts against a checksums file whose signature verified, reading the file again as
 * a stream (memory independent of its length): the `files` given (each must be listed, by its
 * path relative to `base` or by its unique file name), or else every listed file present under
 * `base`. Results go to `onResult` as they come. The bytes read are digested again: a file
 * changed since its signature verified fails (VERIFY_ARTIFACT_MISMATCH), before any artifact
 * is hashed when files are named, and at the end (results already reported are void) otherwise.
 */
async function checkVerifiedChecksums(verified, options) {
    // Loaded here, not with this module: verify-blob, which imports it too, never checks a checksums file and
    // should not pay for loading the checksums library (and its glob matcher) on every run.
    const { checkChecksums, checkChecksumsFile, ChecksumsError, readChecksumEntries } = await Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(220)]).then(__webpack_require__.bind(__webpack_require__, 87220));
    const base = options.base === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(verified.path) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, options.base);
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const reading = { shown: verified.shown, onChunk: (chunk) => void digest.update(chunk) };
    const unchanged = () => {
        if (digest.digest('hex') === verified.sha256)
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('VERIFY_ARTIFACT_MISMATCH', `${verified.shown} changed while it was read: the lines checked are not the ones whose signature verified`, {
            hint: 'make sure nothing writes to the checksums file while it is verified, and run the verification again',
        });
    };
    if (options.files.length === 0) {
        const counts = await checkChecksumsFile(verified.path, { ...reading, base, ignoreMissing: true, onResult: options.onResult });
        unchanged();
        return { counts, unlisted: [] };
    }
    // Only the named files' candidates are kept while the file streams by.
    const wanted = options.files.map((file) => {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, file);
        return { file, absolute, name: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'), exact: undefined, byBaseName: undefined, sameBaseName: 0 };
    });
    const byName = new Map();
    const byBaseName = new Map();
    for (const want of wanted) {
        byName.set(want.name, [...(byName.get(want.name) ?? []), want]);
        byBaseName.set((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(want.absolute), [...(byBaseName.get((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(want.absolute)) ?? []), want]);
    }
    for await (const entry of readChecksumEntries(verified.path, reading)) {
        for (const want of byName.get(entry.name) ?? []) {
            if (want.exact !== undefined) {
                throw new ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${verified.shown}:${entry.line}: "${entry.name}" is already listed on line ${want.exact.line}`, { hint: 'a checksums file must list each name once; regenerate it' });
            }
            want.exact = entry;
        }
        for (const want of byBaseName.get((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(entry.name)) ?? []) {
            want.sameBaseName += 1;
            want.byBaseName ??= entry;
        }
    }
    unchanged();
    const unlisted = [];
    const groups = new Map();
    for (const want of wanted) {
        const entry = want.exact ?? (want.sameBaseName === 1 ? want.byBaseName : undefined);
        if (entry === undefined) {
            unlisted.push(want.file);
            continue;
        }
        const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(want.absolute);
        groups.set(directory, [...(groups.get(directory) ?? []), { ...entry, name: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(want.absolute) }]);
    }
    const counts = { ok: 0, mismatch: 0, missing: 0, unreadable: 0, ignored: 0 };
    for (const [directory, group] of groups) {
        for (const result of await checkChecksums(group, { base: directory })) {
            counts[result.status] += 1;
            options.onResult(result);
        }
    }
    return { counts, unlisted };
}
/**
 * Verifies a signed checksums file, then artifacts against it (see {@link verifyChecksumsSignature}
 * and {@link checkVerifiedChecksums}), collecting every result: for callers that report them all
 * at once.
 */
async function verifySignedChecksums(options) {
    const verified = await verifyChecksumsSignature(options);
    const results = [];
    const { unlisted } = await checkVerifiedChecksums(verified, { ...options, onResult: (result) => void results.push(result) });
    return { signature: verified.signature, results, unlisted };
}


/***/ })

};
