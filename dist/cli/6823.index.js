export const id = 6823;
export const ids = [6823,3871];
export const modules = {

/***/ 95110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var shown = (function (value) {
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(value, 1000);
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
        lines.push(`  statement:  ${shown(result.statement.predicateType)} about ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .counted */ .h)(result.statement.subjects.length, 'subject')}`);
    return lines;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_HELP: (() => (/* binding */ VERIFY_HELP)),
/* harmony export */   VERIFY_OPTIONS: (() => (/* binding */ VERIFY_OPTIONS)),
/* harmony export */   describeVerified: (() => (/* binding */ describeVerified)),
/* harmony export */   shown: (() => (/* binding */ shown)),
/* harmony export */   verifyBlobCommand: (() => (/* binding */ verifyBlobCommand))
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
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

${VERIFY_HELP}`,
    options: VERIFY_OPTIONS,
    async run(args, context) {
        if (args.positionals.length !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustKitError */ .T0('CLI_USAGE', `verify-blob takes exactly one FILE (or sha256:<hex>), got ${args.positionals.length}`, { hint: 'run `trust-kit verify-blob --help`' });
        const artifact = args.positionals[0];
        const config = (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyConfig */ .w)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .cliNamer */ .qy)());
        const [bundle, policy] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readBundleFile */ .zi)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePolicy */ .nZ)(config.policy, context.cwd)]);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTrust */ .vO)(config, context.cwd, bundle, (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trustSourcesFrom */ .zl)(context.env));
        const result = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyArtifact */ .oc)(bundle, artifact, policy, trust, context.cwd);
        if (args.values.json === true)
            context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonOutput */ .W3)({ artifact, verified: result }, 2)}\n`);
        else
            context.stdout.write(`Verified OK: ${artifact} (${result.artifact.algorithm}:${result.artifact.hex})\n${describeVerified(result).join('\n')}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.OK;
    },
};


/***/ }),

/***/ 6492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var tokenOf = (function (env) {
    for (const name of ['GH_TOKEN', 'GITHUB_TOKEN']) {
        const value = env[name];
        if (value !== undefined && value !== '')
            return value;
    }
    return undefined;
});var usage = (function (message) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', message, { hint: 'run `trust-kit verify-release --help`' });
});var describeRelease = (function (result, heading) {
    const lines = [`Verified OK: ${heading}`];
    if (result.checksums !== undefined)
        lines.push(`  signed checksums: ${result.checksums.file}, ${result.checksums.verifiedFiles} file(s) match, signed by ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_11__.shown)(result.checksums.signer)}`);
    for (const attestation of result.attestations)
        lines.push(`  attestation:      ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_11__.shown)(attestation.predicateType)} for ${attestation.files.map(((file) => (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_8__.reportedName)(file))).join(', ')}`);
    if (result.attestations.length === 0)
        lines.push('  attestations:     none found');
    lines.push(result.githubRelease === undefined ? `  GitHub release attestation: none found (${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .RELEASE_ATTESTATION_FILE */ .a7})` : `  GitHub release attestation: tag ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_11__.shown)(result.githubRelease.tag)}, ${result.githubRelease.assets} asset(s), every verified file listed (${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_11__.shown)(result.githubRelease.predicateType)})`);
    return lines;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeRelease: (() => (/* binding */ describeRelease)),
/* harmony export */   verifyReleaseCommand: (() => (/* binding */ verifyReleaseCommand))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89531);
/* harmony import */ var _github_attestations_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69708);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16327);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40461);
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(72555);
/* harmony import */ var _release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(98612);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(20535);
/* harmony import */ var _verify_blob_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(95110);












/** The GitHub API token of the environment: GH_TOKEN, else GITHUB_TOKEN (as gh reads them). */


const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/**
 * The lines saying what a release's verification proved. The signer's identity, the predicate types
 * and GitHub's tag are the signers' to choose, and the file names the checksums file's: shown
 * printable (names as the -c report shows them) and bounded.
 */

/** `trust-kit verify-release DIR --policy FILE` or `--tag TAG --repo OWNER/REPO`: verify everything a release carries, downloaded or fetched. */
const verifyReleaseCommand = {
    usage: 'trust-kit verify-release (DIR | --tag TAG --repo OWNER/REPO [--download-dir DIR]) (--policy FILE | --expect-repo OWNER/REPO [--signer-workflow OWNER/REPO/PATH]) [--tag TAG] [--commit SHA] [--format text|json]',
    help: `Verifies offline, under a verification policy, what a release downloaded into DIR carries:
the signed checksums file (SHA256SUMS and SHA256SUMS.sigstore.json) and every file it lists, and
each attestation in attestations.intoto.jsonl (SLSA provenance, SBOMs) for the files it names,
and GitHub's release attestation of an immutable release when ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .RELEASE_ATTESTATION_FILE */ .a7} is
there (saved with \`gh release verify TAG --format json --jq .attestation.bundle\`), against
the policy's GitHub trusted root: it must list every verified file with the same digest.
Every signature must chain to the policy's trusted roots and be by its signer, from a ref its
pattern matches; each predicate type the policy requires must be present. Prints what it found.

With --repo and --tag instead of DIR, the published release is first downloaded through the
GitHub API (token: GH_TOKEN or GITHUB_TOKEN; GITHUB_API_URL for another API) into --download-dir
or a temporary directory (removed afterwards): every asset, at most 1000 of at most 2 GiB each
and 8 GiB in all, each checked against the digest GitHub lists; for an immutable release also
GitHub's release attestation from the attestations API. It is then verified exactly as above.

      --policy FILE        the offline verification policy; paths in it are relative to the
                           policy file. Without it, the ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .RELEASE_POLICY_FILE */ .Ir} the release carries
                           is used, but only with your own pins below: a policy shipped with the
                           release only states what to expect
      --expect-repo OWNER/REPO
                           the shipped policy must name this source repository
      --signer-workflow OWNER/REPO/PATH
                           the shipped policy's signer must be this workflow (at any ref)
      --repo OWNER/REPO    download the release of --tag from this repository
      --download-dir DIR   where the release is downloaded (new or empty); default a temporary
                           directory, removed afterwards
      --tag TAG            the release's tag; GitHub's release attestation must name it
      --commit SHA         GitHub's release attestation (predicate v0.2) must name this commit
                           as the tag's (a v0.2 attestation must also name the policy's
                           sourceRepository, in its repository and its purl)
      --format text|json   json prints what was verified, for scripts

Exit codes: 0 verified; 3 a signature or file did not verify, or the release lacks signed checksums
or a required attestation (VERIFY_RELEASE_INCOMPLETE); 4 another signer or source ref, or GitHub's
release attestation is for another release; 5 GitHub's release attestation does not list a file;
7 the shipped policy names another workflow than --signer-workflow; 8 another repository than
--expect-repo; 1 a policy file that cannot be read (RELEASE_POLICY_INVALID), a release that is not there
(RELEASE_NOT_FOUND) or too large to download (RELEASE_DOWNLOAD_REFUSED); 2 wrong usage.`,
    options: {
        policy: { type: 'string' },
        tag: { type: 'string' },
        commit: { type: 'string' },
        repo: { type: 'string' },
        'download-dir': { type: 'string' },
        'expect-repo': { type: 'string' },
        'signer-workflow': { type: 'string' },
        format: { type: 'string' },
    },
    async run(args, context) {
        const { values } = args;
        const format = values.format ?? 'text';
        if (format !== 'text' && format !== 'json')
            throw usage(`--format is "${String(format)}"; expected text or json`);
        const text = ((name) => (typeof values[name] === 'string' ? values[name] : undefined));
        const repo = text('repo');
        const tag = text('tag');
        const commit = text('commit');
        const expectRepo = text('expect-repo');
        const signerWorkflow = text('signer-workflow');
        const policyFile = text('policy');
        if (commit !== undefined && !/^[0-9a-fA-F]{40}$/.test(commit))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', '--commit is not a full commit SHA (40 hex digits)', { hint: 'give the commit the release\'s tag names: `git rev-parse TAG^{commit}`' });
        for (const [flag, value] of [['--repo', repo], ['--expect-repo', expectRepo]])
            if (value !== undefined && !REPOSITORY.test(value))
                throw usage(`${flag} is ${JSON.stringify(value.slice(0, 200))}, not OWNER/REPO`);
        if (signerWorkflow !== undefined && !/^(?:github\.com\/)?[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/\S+$/.test(signerWorkflow))
            throw usage('--signer-workflow is not OWNER/REPO/PATH (e.g. octo-org/release-kit/.github/workflows/release.yml)');
        if (policyFile !== undefined && (expectRepo !== undefined || signerWorkflow !== undefined))
            throw usage('--expect-repo and --signer-workflow pin the policy the release carries; with --policy, put them in your policy');
        if (policyFile === undefined && expectRepo === undefined && signerWorkflow === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', 'verify-release needs --policy FILE, or --expect-repo/--signer-workflow to use the policy the release carries', { hint: `a ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .RELEASE_POLICY_FILE */ .Ir} shipped with the release only states what to expect: pin the repository or workflow you expect, or write your own policy (see --help)` });
        }
        let dir;
        let temporary;
        if (repo !== undefined) {
            if (args.positionals.length !== 0)
                throw usage('verify-release takes DIR or --repo, not both');
            if (tag === undefined)
                throw usage('--repo needs --tag TAG: the release to download');
            const token = tokenOf(context.env);
            if (token === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', 'downloading a release needs a GitHub token in GH_TOKEN or GITHUB_TOKEN', { hint: 'export GH_TOKEN="$(gh auth token)", or download the assets yourself (`gh release download TAG -D DIR`) and run verify-release DIR' });
            const [owner, name] = repo.split('/');
            const apiUrl = context.env.GITHUB_API_URL;
            // Before the temporary directory: a bad GITHUB_API_URL or proxy variable leaves nothing behind.
            const client = (0,_github_attestations_js__WEBPACK_IMPORTED_MODULE_5__/* .createGitHubClient */ .LX)({ token, proxy: (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_6__.proxySettingsFrom)(context.env), ...(apiUrl === undefined || apiUrl === '' ? {} : { apiUrl }) });
            const downloadDir = text('download-dir');
            if (downloadDir === undefined)
                temporary = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'trust-kit-release-'));
            dir = temporary ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, downloadDir);
            try {
                const downloaded = await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .downloadRelease */ .Ob)({ releases: (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_7__/* .githubReleases */ .gp)({ client, owner, repo: name }), repository: repo, tag, dir });
                context.stderr.write(`downloaded ${downloaded.assets.length} asset(s) of ${repo} ${tag}${downloaded.immutable ? `, immutable${downloaded.releaseAttestation === undefined ? ' (GitHub\'s release attestation not found)' : `, with GitHub's release attestation (${downloaded.releaseAttestation})`}` : ''}\n`);
            }
            catch (error) {
                if (temporary !== undefined)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { recursive: true, force: true });
                throw error;
            }
        }
        else {
            if (args.positionals.length !== 1)
                throw usage(`verify-release takes exactly one DIR (or --repo and --tag), got ${args.positionals.length}`);
            if (text('download-dir') !== undefined)
                throw usage('--download-dir goes with --repo');
            dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, args.positionals[0]);
        }
        try {
            let policy;
            if (policyFile !== undefined) {
                policy = await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .readReleasePolicy */ .sD)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, policyFile));
            }
            else {
                policy = (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .pinShippedPolicy */ .JU)(await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .readReleasePolicy */ .sD)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, _release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .RELEASE_POLICY_FILE */ .Ir)), { repository: expectRepo, signerWorkflow }, `the release's ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .RELEASE_POLICY_FILE */ .Ir}`);
                context.stderr.write(`policy: the ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .RELEASE_POLICY_FILE */ .Ir} the release carries, pinned to ${[expectRepo === undefined ? '' : `repository ${expectRepo}`, signerWorkflow === undefined ? '' : `signer workflow ${signerWorkflow}`].filter(((part) => part !== '')).join(' and ')}\n`);
            }
            const result = await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyRelease */ .VA)({ dir, policy, ...(tag === undefined ? {} : { tag }), ...(commit === undefined ? {} : { commit }), ...(repo === undefined ? {} : { repository: repo }) });
            if (format === 'json') {
                context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonOutput */ .W3)(result, 2)}\n`);
                return _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.OK;
            }
            context.stdout.write(`${describeRelease(result, repo === undefined ? args.positionals[0] : `${repo} ${tag}`).join('\n')}\n`);
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.OK;
        }
        finally {
            if (temporary !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { recursive: true, force: true });
        }
    },
};


/***/ }),

/***/ 40409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var verifyConfig = (function (raw, nameOf) {
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
});var readMatch = (function (reader, name) {
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: (() => (/* binding */ verifyConfig))
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
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
});var hashFile = (async function (path, algorithms) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    // Never a pipe or a device: one would block the open or never end.
    const { handle, size: expected } = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .qg)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' });
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
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Reads are synchronous into one buffer, in runs of
 * {@link BYTES_PER_TURN} with a turn of the event loop between them: reads handed to the thread
 * pool, with two buffers taking turns, were 5% slower and noisier on 1 GiB (each chunk is copied
 * on one core and hashed on another, and no longer fits either's cache).
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

/***/ 25643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var headersOf = (function (message) {
    const headers = new Headers();
    for (let index = 0; index + 1 < message.rawHeaders.length; index += 2)
        headers.append(message.rawHeaders[index], message.rawHeaders[index + 1]);
    return headers;
});var toResponse = (function (message) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status)) {
        message.resume();
        return new Response(null, { status, headers: headersOf(message) });
    }
    return new Response(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(message), { status, headers: headersOf(message) });
});var toCappedResponse = (async function (message, maxBytes, what) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status))
        return toResponse(message);
    const body = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_7__/* .readCapped */ .E)({ chunks: message, declaredLength: message.headers['content-length'], close: (() => message.destroy()) }, maxBytes, ((declared) => new ResponseTooLargeError(`${what} answered ${declared === undefined ? 'more' : `with a Content-Length of ${declared}, more`} than the ${maxBytes} bytes its reply may hold`)));
    return new Response(body, { status, headers: headersOf(message) });
});var discard = (function (message) {
    let left = MAX_DISCARDED_BYTES;
    message.on('error', (() => { }));
    message.on('data', ((chunk) => {
        left -= chunk.length;
        if (left < 0)
            message.destroy();
    }));
});var abortError = (function (signal, message) {
    return Object.assign(new Error(message, { cause: signal.reason }), { name: 'AbortError', code: 'ABORT_ERR' });
});var send = (function (target, init, headers, agents) {
    const request = target.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const agent = agents.agentFor(target);
    const body = init.body;
    const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    // A body known whole goes with its length; a stream with the Content-Length the caller set, or chunked.
    const sent = whole === undefined || Object.keys(headers).some(((name) => name.toLowerCase() === 'content-length')) ? headers : { ...headers, 'content-length': String(whole.length) };
    // A failure through a proxy names it (by origin, never credentials): the proxy may be what failed.
    const proxy = agent === undefined ? undefined : (0,_proxy_js__WEBPACK_IMPORTED_MODULE_5__.proxyFor)(target, agents.settings);
    const via = ((message) => (proxy === undefined ? message : `${message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyOrigin */ .Pj)(proxy)})`));
    return new Promise(((resolve, reject) => {
        const signal = init.signal ?? undefined;
        const outgoing = request(target, { method: init.method ?? 'GET', headers: sent, ...(agent === undefined ? {} : { agent }), ...(signal === undefined ? {} : { signal }) }, resolve);
        outgoing.on('error', ((error) => {
            reject(proxy === undefined || error instanceof _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_6__/* .ProxyTunnelError */ .Ng ? error : Object.assign(new Error(via(error.message), { cause: error }), { name: error.name, code: error.code }));
        }));
        if (signal !== undefined) {
            // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
            const abort = (() => {
                reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyOrigin */ .Pj)(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
            });
            signal.addEventListener('abort', abort, { once: true });
            outgoing.once('close', (() => signal.removeEventListener('abort', abort)));
        }
        if (body === undefined || body === null)
            outgoing.end();
        else if (whole !== undefined)
            outgoing.end(whole);
        else
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(body), outgoing).catch(reject);
    }));
});var proxiedFetch = (function (proxy = _proxy_js__WEBPACK_IMPORTED_MODULE_5__.NO_PROXY_SETTINGS, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap) {
    const agents = proxy instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_5__.ProxyAgents ? proxy : new _proxy_js__WEBPACK_IMPORTED_MODULE_5__.ProxyAgents(proxy);
    return (async (url, init = {}) => {
        let target = new URL(url);
        let headers = init.headers ?? {};
        const method = (init.method ?? 'GET').toUpperCase();
        for (let redirects = 0;; redirects += 1) {
            const message = await send(target, init, headers, agents);
            const location = message.headers.location;
            const follow = REDIRECTS.has(message.statusCode ?? 0) && location !== undefined && (method === 'GET' || method === 'HEAD') && init.redirect !== 'manual';
            if (!follow) {
                // A reply to HEAD has no body, whatever length its Content-Length names.
                const cap = method === 'HEAD' ? undefined : responseCap?.(init);
                return cap === undefined ? toResponse(message) : toCappedResponse(message, cap, `${method} ${target.origin}${target.pathname}`);
            }
            discard(message);
            if (init.redirect === 'error')
                throw new TypeError(`${method} ${target.origin}${target.pathname} was redirected, and may not be`);
            if (redirects === maxRedirects)
                throw new TypeError(`${method} ${target.origin}${target.pathname} was redirected more than ${maxRedirects} times`);
            const next = new URL(location, target);
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                throw new TypeError(`${method} ${target.origin}${target.pathname} was redirected to a ${next.protocol} URL`);
            if (next.origin !== target.origin)
                headers = Object.fromEntries(Object.entries(headers).filter((([name]) => name.toLowerCase() !== 'authorization')));
            target = next;
        }
    });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: (() => (/* binding */ proxiedFetch))
/* harmony export */ });
/* unused harmony export ResponseTooLargeError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _capped_body_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36911);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16327);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39002);








/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
class ResponseTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_RESPONSE_TOO_LARGE', message, { hint: 'the server answered far more than this request takes: check the URL it was sent to (GITHUB_API_URL) and any proxy in between' });
        this.name = 'ResponseTooLargeError';
    }
}
/** Statuses whose response has no body, which `Response` refuses one for. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);
/** Redirect statuses followed for GET and HEAD. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As many redirects as a download takes (GitHub sends one, to its asset host), with room to spare, and no loop. */
const DEFAULT_MAX_REDIRECTS = 10;


/**
 * The response read whole, refused past `maxBytes`: a Content-Length above it before a byte is read,
 * else as soon as the bytes read pass it, closing the connection. It is read here rather than handed
 * on as a stream because Octokit turns an error while it reads a body into an empty body, silently.
 */

/** A redirect's body is read this far, so its connection can serve again; one that goes on is cut. */
const MAX_DISCARDED_BYTES = 64 * 1024;
/** Drops a response nobody reads: drained up to {@link MAX_DISCARDED_BYTES} (a redirect's few bytes), then the connection is closed rather than read on without end. */

/** The error Node's own requests fail with when their signal aborts them, with a message saying what it was waiting for. */

/** One request, without following redirects: a streamed body is piped, so it is read no faster than the socket takes it. */

/**
 * A `fetch` for Octokit, trust-kit's other requests to GitHub and its TUF client, over node:http(s):
 * - a streamed request body is sent with backpressure (Node's own fetch reads a streamed body far
 *   ahead of the socket: a 2 GiB upload was measured holding the whole file in memory);
 * - every request, redirects included, goes through the proxy `proxy` names for its URL, with the
 *   rules of @actions/http-client (as Octokit in `@actions/github` does on a runner behind a proxy);
 * - GET and HEAD follow redirects (an asset download is sent to GitHub's asset host), without the
 *   Authorization header once the origin changes, as fetch does, at most `maxRedirects` times;
 * - with `responseCap`, a response is read whole before it is returned and refused past its request's
 *   cap with a {@link ResponseTooLargeError}, so a hostile or broken server cannot fill the memory.
 * Given agents (rather than settings), the caller owns them and destroys them when done.
 */



/***/ }),

/***/ 69708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var githubInstanceKind = (function (serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toLowerCase();
    }
    catch {
        return 'enterprise-server';
    }
    if (host === 'github.com')
        return 'github.com';
    return host.endsWith('.ghe.com') ? 'ghe.com' : 'enterprise-server';
});var defaultApiUrl = (function (serverUrl) {
    const kind = githubInstanceKind(serverUrl);
    if (kind === 'github.com')
        return 'https://api.github.com';
    const url = new URL(serverUrl);
    return kind === 'ghe.com' ? `https://api.${url.host}` : `${url.origin}/api/v3`;
});var createGitHubClient = (function (options) {
    const serverUrl = options.serverUrl ?? 'https://github.com';
    const apiUrl = (options.apiUrl ?? defaultApiUrl(serverUrl)).replace(/\/+$/, '');
    let parsed;
    try {
        parsed = new URL(apiUrl);
    }
    catch {
        parsed = undefined;
    }
    if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username !== '' || parsed.password !== '') {
        throw new AttestationStoreError('GITHUB_API_URL_INVALID', 'GITHUB_API_URL is not an http(s) URL without credentials', { hint: 'leave GITHUB_API_URL to the runner, e.g. https://api.github.com' });
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, { baseUrl: apiUrl, userAgent: options.userAgent ?? 'trust-kit', request: { fetch: (0,_core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .proxiedFetch */ .i)(options.proxy, undefined, githubReplyCap) } });
    return { octokit, serverUrl, apiUrl };
});var githubReplyCap = (function (init) {
    const accept = Object.entries(init.headers ?? {}).find((([name]) => name.toLowerCase() === 'accept'))?.[1];
    return accept === 'application/octet-stream' ? undefined : MAX_GITHUB_REPLY_BYTES;
});var planGated = (function (failure) {
    return failure.status === 403 && /^Feature not available\b/i.test((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubMessage */ .hg)(failure) ?? '');
});var storeAttestations = (async function (options) {
    const { client, owner, repo, logger } = options;
    if (githubInstanceKind(client.serverUrl) === 'enterprise-server') {
        throw new AttestationStoreError('GITHUB_ENTERPRISE_SERVER_UNSUPPORTED', `GitHub Enterprise Server (${new URL(client.serverUrl).host}) has no attestations API; attestations can be stored on github.com and GHE.com only`, {
            hint: 'set `storage: none` to keep the signed bundles as files (publish them with the release), and verify them with `trust-kit verify-attestation --bundle`',
        });
    }
    const policy = options.retry ?? _core_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY_POLICY */ .cO;
    const outcomes = [];
    const route = `POST /repos/${owner}/${repo}/attestations`;
    for (const [index, bundle] of options.bundles.entries()) {
        let attempts = 0;
        try {
            const response = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(policy, (async (attempt) => {
                attempts = attempt;
                return client.octokit.request('POST /repos/{owner}/{repo}/attestations', {
                    owner,
                    repo,
                    bundle: bundle,
                    request: { signal: AbortSignal.timeout(policy.timeoutMs) },
                });
            }), _http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubRetryVerdict */ .ly, options.sleep);
            const id = response.data?.id;
            // The id becomes an output and a URL: anything but GitHub's number is no proof the attestation was stored.
            if (!(typeof id === 'number' && Number.isSafeInteger(id) && id > 0) && !(typeof id === 'string' && /^[1-9]\d{0,19}$/.test(id))) {
                throw new AttestationStoreError('GITHUB_API_FAILED', `${route}: GitHub's answer for ${options.bundles.length === 1 ? 'the attestation' : `attestation ${index + 1} of ${options.bundles.length}`} holds no attestation id`, {
                    hint: 'the API at GITHUB_API_URL (or a proxy in front of it) answered what GitHub\'s attestations API does not send: check GITHUB_API_URL and re-run the job',
                });
            }
            outcomes.push({ status: 'stored', id: String(id) });
            logger.debug(`stored attestation ${String(id)} in ${owner}/${repo}`);
        }
        catch (error) {
            const failure = (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .httpFailure */ .tG)(error);
            if (failure !== undefined && planGated(failure)) {
                const reason = (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubMessage */ .hg)(failure) ?? 'Feature not available';
                logger.warn(`attestations are not stored on GitHub for ${owner}/${repo}: ${reason} (the signed bundles are still written and verify offline)`);
                // The plan does not change within a run: the remaining bundles would be refused alike.
                for (let rest = index; rest < options.bundles.length; rest += 1)
                    outcomes.push({ status: 'skipped', reason });
                return outcomes;
            }
            throw storeError(error, failure, route, index, options.bundles.length, attempts);
        }
    }
    return outcomes;
});var storeError = (function (error, failure, route, index, count, attempts) {
    if (error instanceof AttestationStoreError)
        return error;
    const which = count === 1 ? 'the attestation' : `attestation ${index + 1} of ${count}`;
    const said = failure === undefined ? '' : (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .githubMessage */ .hg)(failure);
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyRefused */ .rZ)(error))
        return new AttestationStoreError('GITHUB_PROXY_REFUSED', `${route} was refused by the proxy for ${which}: HTTP 407 Proxy Authentication Required`, { cause: error, hint: _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__/* .PROXY_AUTH_HINT */ .ME });
    const detail = failure?.response === undefined ? (failure === undefined ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error) : (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .noAnswerDetail */ .rH)(error)) : `HTTP ${failure.status}${said === undefined ? '' : `: ${said}`}`;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    if (failure !== undefined && (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .rateLimited */ .xd)(failure))
        return new AttestationStoreError('GITHUB_RATE_LIMITED', `${route} was refused for ${which}: ${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .rateLimitDetail */ .pF)(failure, detail)}`, { cause: error, hint: _http_js__WEBPACK_IMPORTED_MODULE_3__/* .RATE_LIMIT_HINT */ .tc });
    if (failure?.status === 403 || failure?.status === 401 || failure?.status === 404) {
        return new AttestationStoreError('GITHUB_PERMISSION_DENIED', `${route} refused ${which}: ${detail}`, {
            cause: error,
            hint: 'the token needs `attestations: write` (and `id-token: write` to sign): add them under `permissions:` of the job, or pass a token that has them',
        });
    }
    if (failure?.status === 422) {
        return new AttestationStoreError('GITHUB_ATTESTATION_REJECTED', `${route} rejected ${which}: ${detail}`, {
            cause: error,
            hint: 'GitHub refuses a statement that lists a subject twice or a bundle it cannot read: remove duplicate subjects and attest again',
        });
    }
    return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}${tries}: ${detail}`, {
        cause: error,
        hint: 'GitHub\'s API kept failing through every retry; the signed bundles are on disk: re-run the job, or publish them with the release',
    });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: (() => (/* binding */ createGitHubClient)),
/* harmony export */   Tl: (() => (/* binding */ storeAttestations))
/* harmony export */ });
/* unused harmony exports AttestationStoreError, githubInstanceKind, defaultApiUrl, MAX_GITHUB_REPLY_BYTES */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92785);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7493);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48031);
/* harmony import */ var _core_proxied_fetch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25643);
/* harmony import */ var _core_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39002);






/** A failure to store attestations on GitHub. */
class AttestationStoreError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'AttestationStoreError';
    }
}
/** The kind of GitHub at `serverUrl` (`GITHUB_SERVER_URL`). */

/** The REST API URL of a GitHub server: api.github.com, `api.<tenant>.ghe.com`, or `<server>/api/v3` on Enterprise Server. */

/**
 * A client through `@actions/github` for the server at `serverUrl` (default github.com), sending
 * requests to `apiUrl` (default that server's API) through {@link proxiedFetch}: streamed uploads,
 * and the proxy `proxy` names for each URL. (Octokit's own default would take the proxy from the
 * process's environment when `@actions/github` is first imported, for api.github.com's URL.) The
 * token only ever travels in the Authorization header; errors never quote it.
 */

/**
 * The most bytes a GitHub API reply is read to. Octokit reads a JSON reply whole: the largest
 * trust-kit asks for (a page of 100 releases with their notes, 100 attestation bundles) is a few
 * MiB, so 32 MiB is ample and still bounds the memory a hostile or broken server can take. Asset
 * downloads (Accept: application/octet-stream) are streamed and bounded by their callers instead.
 */
const MAX_GITHUB_REPLY_BYTES = 32 * 1024 * 1024;

/** Whether a 403 is GitHub's plan gating (the feature is not in this repository's plan), not a missing permission. */

/**
 * Stores DSSE attestation bundles with `POST /repos/{owner}/{repo}/attestations`, one request per
 * bundle, in order. 5xx, 429 (honouring `Retry-After`) and connection failures are retried within
 * the policy's budget. Where the plan does not allow attestations (user-owned private
 * repositories, organizations without the feature) GitHub answers 403 "Feature not available...":
 * that is a warning with GitHub's reason and every bundle is 'skipped' (the signed bundles stay
 * valid and on disk), not a failure. GitHub Enterprise Server has no attestations API and is
 * refused before any request.
 */




/***/ }),

/***/ 86482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: (() => (/* binding */ ReleaseError)),
/* harmony export */   S1: (() => (/* binding */ PublishError)),
/* harmony export */   dF: (() => (/* binding */ PublishGateError))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** An error of the release use case itself: where its output goes, and what it may publish. */
class ReleaseError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ReleaseError';
    }
}
/** A refusal of the publish step: what is on the release is not what this run would publish. */
class PublishError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'PublishError';
    }
}
/** The gate's refusal: PUBLISH_GATE_FAILED, with the report of every check and command. */
class PublishGateError extends PublishError {
    report;
    constructor(message, report) {
        super('PUBLISH_GATE_FAILED', message, { hint: 'the release is left as a draft on GitHub: look at its assets, fix the build or the signing, and re-run (uploads of unchanged assets are skipped); `gate: false` publishes without this check' });
        this.report = report;
    }
}


/***/ }),

/***/ 77621:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var checksumsFileName = (function (algorithm) {
    return `${algorithm.toUpperCase()}SUMS`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: (() => (/* binding */ RELEASE_POLICY_FILE)),
/* harmony export */   f1: (() => (/* binding */ VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE)),
/* harmony export */   f4: (() => (/* binding */ INSTRUCTIONS_FILE)),
/* harmony export */   jn: (() => (/* binding */ ATTESTATIONS_FILE)),
/* harmony export */   l: (() => (/* binding */ VERIFICATION_KIT_TRUSTED_ROOT_FILE)),
/* harmony export */   sC: (() => (/* binding */ checksumsFileName)),
/* harmony export */   vq: (() => (/* binding */ PUBLIC_KEY_FILE)),
/* harmony export */   wL: (() => (/* binding */ AUDIT_LOG_FILE))
/* harmony export */ });
/** The checksums file's conventional name for an algorithm: `SHA256SUMS`, `SHA512SUMS`. */

/** The file the public key of a key-signed release is published as. */
const PUBLIC_KEY_FILE = 'trust-kit.pub';
/** The name of the verification instructions. */
const INSTRUCTIONS_FILE = 'VERIFY.md';
/** The signing audit log: one JSON line per signature the run made. */
const AUDIT_LOG_FILE = 'trust-kit-audit.jsonl';
/** The trusted roots a release was signed against, published with its verification policy (one root per line). */
const VERIFICATION_KIT_TRUSTED_ROOT_FILE = 'trust-kit-trusted-root.jsonl';
/** GitHub's trusted root, published with the verification policy of an immutable release when the roots signing used do not hold it. */
const VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE = 'trust-kit-github-trusted-root.jsonl';
/** The file a release's attestations are published in: every bundle, one per line. */
const ATTESTATIONS_FILE = 'attestations.intoto.jsonl';
/** The file name trust-kit publishes the offline verification policy under. */
const RELEASE_POLICY_FILE = 'trust-kit-policy.json';


/***/ })

};
