export const id = 9765;
export const ids = [9765,6327,2558,4539];
export const modules = {

/***/ 6492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var describeRelease = (function (result, heading) {
    const lines = [`Verified OK: ${heading}`];
    if (result.checksums !== undefined)
        lines.push(`  signed checksums: ${result.checksums.file}, ${result.checksums.verifiedFiles} file(s) match, signed by ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_13__.shown)(result.checksums.signer)}`);
    for (const attestation of result.attestations)
        lines.push(`  attestation:      ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_13__.shown)(attestation.predicateType)} for ${attestation.files.map(((file) => (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_9__.reportedName)(file))).join(', ')}`);
    if (result.attestations.length === 0)
        lines.push('  attestations:     none found');
    // Listed, not refused: a release may carry files nobody signed, and the user decides what to do with them; they are not to be taken as verified.
    if (result.unlisted.length > 0)
        lines.push(`  not verified:     ${result.unlisted.length} file(s) ${result.checksums?.file ?? 'the checksums file'} does not list: ${result.unlisted.slice(0, 10).map(((name) => (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_9__.reportedName)(name))).join(', ')}${result.unlisted.length > 10 ? ', …' : ''}`);
    if (result.unsigned.length > 0)
        lines.push(`  unsigned:         ${result.unsigned.map(((name) => (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_9__.reportedName)(name))).join(', ')}, the instructions the release writes after signing: nothing above relies on ${result.unsigned.length === 1 ? 'it' : 'them'}`);
    for (const { file, listed } of result.secondDownloads) {
        lines.push(`  second download: ${(0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_9__.reportedName)(file)} looks like a second download of ${(0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_9__.reportedName)(listed)}, which ${result.checksums?.file ?? 'the checksums file'} lists: rename it to ${(0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_9__.reportedName)(listed)} to verify it`);
    }
    // Said, not refused: a partial download verifies what it holds (as verify-checksums does), but a user should know what was not checked.
    if (result.missing.length > 0)
        lines.push(`  missing:          ${result.missing.length} file(s) ${result.checksums?.file ?? 'the checksums file'} lists are not in the directory, so not verified: ${result.missing.slice(0, 10).map(((name) => (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_9__.reportedName)(name))).join(', ')}${result.missing.length > 10 ? ', …' : ''}`);
    lines.push(result.githubRelease === undefined ? `  GitHub release attestation: none found (${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_ATTESTATION_FILE */ .a7})` : `  GitHub release attestation: tag ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_13__.shown)(result.githubRelease.tag)}, ${result.githubRelease.assets} asset(s), every verified file listed (${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_13__.shown)(result.githubRelease.predicateType)})`);
    return lines;
});var linksFollowed = (function (path) {
    const below = [];
    for (let at = path;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(at), ...below.reverse());
        }
        catch {
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at) === at)
                return path;
            below.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(at));
        }
    }
});var amongAssets = (function (dir, path) {
    // Compared where the links lead: a link below DIR to a file of it reads that file, and DIR may be reached through a link.
    const rest = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .pathInside */ ._)(linksFollowed(dir), linksFollowed(path));
    // One name: a file of a directory below DIR is the user's.
    return rest !== undefined && !rest.includes(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
});var refuseRootAmongAssets = (function (dir, trustedRoot, shownRoot) {
    if (!amongAssets(dir, trustedRoot))
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('CLI_USAGE', `--trusted-root ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_13__.shown)(shownRoot)} is a file of the release directory, where any release asset may be: whoever could replace the release's assets could put a trusted root of their own CA there, and the release would verify against it`, {
        hint: `${OWN_ROOTS}, then --trusted-root trust-kit-roots/trusted_root.jsonl`,
    });
});var refusePolicyAmongAssets = (function (dir, policyFile, shownPolicy) {
    if (!amongAssets(dir, policyFile))
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('CLI_USAGE', `--policy ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_13__.shown)(shownPolicy)} is a file of the release directory, where any release asset may be: whoever could replace the release's assets could write a policy naming themselves as the signer, and the release would verify under it`, {
        hint: `to use the ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir} the release carries, pin what you expect instead of --policy: --expect-repo OWNER/REPO --signer-workflow OWNER/REPO/PATH (or --certificate-identity with --certificate-oidc-issuer) --trusted-root FILE; or keep a policy of your own outside the release directory`,
    });
});var refusePolicyRootsAmongAssets = (function (dir, policy, shownPolicy) {
    const carried = [...new Set([...policy.trustedRoots, ...(policy.githubTrustedRoot === undefined ? [] : [policy.githubTrustedRoot])])].filter(((path) => amongAssets(dir, path)));
    if (carried.length === 0)
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('CLI_USAGE', `the policy ${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_13__.shown)(shownPolicy)} names the trusted root${carried.length === 1 ? '' : 's'} ${carried.map(((path) => (0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_13__.shown)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, path)))).join(', ')}, a file of the release directory, where any release asset may be: whoever could replace the release's assets could put a trusted root of their own CA there, and the release would verify against it`, {
        hint: `${OWN_ROOTS}, then pass --trusted-root trust-kit-roots/trusted_root.jsonl, or name the roots there in the policy's "trustedRoots" and "githubTrustedRoot"`,
    });
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeRelease: (() => (/* binding */ describeRelease)),
/* harmony export */   verifyReleaseCommand: (() => (/* binding */ verifyReleaseCommand))
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40409);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62164);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64539);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(89531);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16327);
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(72555);
/* harmony import */ var _release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(98612);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(20535);
/* harmony import */ var _github_token_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(39951);
/* harmony import */ var _verify_blob_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(95110);














const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/**
 * The lines saying what a release's verification proved. The signer's identity, the predicate types
 * and GitHub's tag are the signers' to choose, and the file names the checksums file's: shown
 * printable (names as the -c report shows them) and bounded.
 */

/** Where VERIFY.md has users keep the trusted roots they got themselves, and how it fills it. */
const OWN_ROOTS = 'keep the trusted roots you got yourself in trust-kit-roots/, a directory of their own, as VERIFY.md does: `mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl`';
/** `path` (absolute) with the links of its deepest existing ancestor followed: a directory to be downloaded into, or a root, may not exist yet. */

/**
 * Whether `path` is a file directly in the release directory `dir`: release asset names hold no
 * `/`, so any file there may be an asset, and whoever can replace assets can put a root of their
 * own CA there, listed in a checksums file they signed with it. A root in a directory below
 * (VERIFY.md's `trust-kit-roots/`) or elsewhere can only be the user's.
 */

/** Refuses a --trusted-root that is a file of the release directory itself (see {@link amongAssets}). */

/**
 * Refuses a --policy that is a file of the release directory itself (see {@link amongAssets}): the
 * policy names the signer to trust, so one that came with the release names whoever replaced it,
 * whatever trusted root verifies their signature.
 */

/**
 * Refuses a policy used with the roots it names when one of them is a file of the release
 * directory itself (see {@link amongAssets}): the release's own policy given as --policy names the
 * roots that came with it, so a release replaced whole would verify, as with such a --trusted-root.
 */

/** `trust-kit verify-release DIR --policy FILE` or `--tag TAG --repo OWNER/REPO`: verify everything a release carries, downloaded or fetched. */
const verifyReleaseCommand = {
    usage: 'trust-kit verify-release (DIR | --tag TAG --repo OWNER/REPO [--download-dir DIR]) (--policy FILE [--trusted-root FILE] | (--expect-repo OWNER/REPO | --signer-workflow OWNER/REPO/PATH | --certificate-identity ID --certificate-oidc-issuer URL)... --trusted-root FILE) [--tag TAG] [--commit SHA] [--format text|json | --json]',
    help: `Verifies offline, under a verification policy, what a release downloaded into DIR carries:
the signed checksums file (SHA256SUMS, or SHA512SUMS, and its .sigstore.json) and every file it lists, and
each attestation in attestations.intoto.jsonl (SLSA provenance, SBOMs) for the files it names,
and GitHub's release attestation of an immutable release when ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_ATTESTATION_FILE */ .a7} is
there (saved with \`gh release verify TAG --format json --jq .attestation.bundle\`), against
the policy's GitHub trusted root: it must list every verified file with the same digest.
Every signature must chain to the policy's trusted roots and be by its signer, from a ref its
pattern matches; each predicate type the policy requires must be present. Prints what it found,
and names the files of DIR that the checksums file does not list: nothing verified them (VERIFY.md,
which the release writes after signing, is said apart, once).

With --repo and --tag instead of DIR, the published release is first downloaded through the
GitHub API (token: GH_TOKEN or GITHUB_TOKEN; GITHUB_API_URL for another API) into --download-dir
or a temporary directory (removed afterwards): every asset, at most 1000 of at most 2 GiB each
and 8 GiB in all, each checked against the digest GitHub lists; for an immutable release also
GitHub's release attestation from the attestations API. It is then verified as above, and a file
the checksums file lists that the release lacks fails it (in DIR, a partial download is said).

      --policy FILE        the offline verification policy, yours: never a file directly in
                           DIR; paths in it are relative to the policy file. Without it, the ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir} the release carries
                           is used, but only with your own pins below: a policy shipped with the
                           release only states what to expect (and none of its author's regular
                           expressions is run: it names its signer exactly, its refPattern a ref,
                           maybe ending in .*, as trust-kit writes it). Without --trusted-root, the
                           roots it names are used, never files directly in DIR
      --expect-repo OWNER/REPO
                           the shipped policy must name this source repository
      --signer-workflow OWNER/REPO/PATH[@REF]
                           the shipped policy's signer must be this workflow (at any ref, or
                           at REF: refs/tags/..., refs/heads/... or the full commit SHA)
      --certificate-identity ID, --certificate-oidc-issuer URL
                           the shipped policy's signer must be this identity, exactly, from this
                           issuer (a signer outside GitHub Actions: a person, another CI); the
                           two go together
      --trusted-root FILE  the trusted roots to verify with (trusted_root.json, or the JSONL
                           \`gh attestation trusted-root\` prints), for the signer and GitHub's
                           release attestation, instead of those the policy names; required
                           with the shipped policy, whose roots came with the release too;
                           never a file directly in DIR, where any release asset may be
      --repo OWNER/REPO    download the release of --tag from this repository
      --download-dir DIR   where the release is downloaded (new or empty); default a temporary
                           directory, removed afterwards
      --tag TAG            the release's tag; GitHub's release attestation must name it, and
                           without one the checksums file must be signed from refs/tags/TAG
                           (its certificate's source ref; a key's signature names none)
      --commit SHA         GitHub's release attestation (predicate v0.2) must name this commit
                           as the tag's (a v0.2 attestation must also name the policy's
                           sourceRepository, in its repository and its purl); a v0.1 one,
                           which names no commit, is refused then; without one, the checksums
                           file must be signed from this commit (its certificate's source digest)
      --format text|json   json prints what was verified, for scripts (--json is the same)

The policy is a JSON object (at most 64 KiB; file names in it are relative to it):
  "version": 1                           required
  "trustedRoots": ["trusted_root.json"]  required: 1 to 16 trusted roots (JSON or gh's JSONL)
  "certificateIdentity": "https://..."   the signer's identity, exactly; or instead
  "certificateIdentityRegExp": "..."     a regular expression that must match the whole identity
  "issuer": "https://..."                required: the OIDC issuer, exactly
  "sourceRepository": "owner/name"       the certificate's source repository
  "refPattern": "refs/tags/.*"           a regular expression the whole source ref must match
  "requiredPredicateTypes": ["..."]      attestation types the release must carry (up to 32)
  "githubTrustedRoot": "github.jsonl"    GitHub's trusted root, for GitHub's release attestation
  "requireGitHubReleaseAttestation": true  the release must carry GitHub's release attestation
                                         (needs githubTrustedRoot)
  "about": "..."                         a note for readers, not read
Any other key is refused (RELEASE_POLICY_INVALID): a misspelt check would otherwise check nothing.

Exit codes: 0 verified; 3 a signature or file did not verify, or the release lacks signed checksums
or a required attestation, or holds none of the files the checksums file lists
(VERIFY_RELEASE_INCOMPLETE); 4 another signer or source ref, or GitHub's
release attestation is for another release; 5 GitHub's release attestation does not list a file;
6 GitHub's release attestation is of another predicate type than a release's
(VERIFY_PREDICATE_TYPE_MISMATCH); 7 the shipped policy names another workflow than
--signer-workflow; 8 another repository than --expect-repo; 1 a policy file that cannot be read
(RELEASE_POLICY_INVALID), a directory that cannot be read (RELEASE_DIR_UNREADABLE), a release
that is not there (RELEASE_NOT_FOUND) or too large to download (RELEASE_DOWNLOAD_REFUSED);
2 wrong usage.`,
    options: {
        policy: { type: 'string' },
        tag: { type: 'string' },
        commit: { type: 'string' },
        repo: { type: 'string' },
        'download-dir': { type: 'string' },
        'expect-repo': { type: 'string' },
        'signer-workflow': { type: 'string' },
        'certificate-identity': { type: 'string' },
        'certificate-oidc-issuer': { type: 'string' },
        'trusted-root': { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean' },
    },
    reportsFlagIssues: true,
    async run(args, context) {
        const { values } = args;
        const output = (0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_13__.outputFormat)(values);
        const text = ((name) => (typeof values[name] === 'string' ? values[name] : undefined));
        const repo = text('repo');
        const tag = text('tag');
        const commit = text('commit');
        const expectRepo = text('expect-repo');
        const signerWorkflow = text('signer-workflow');
        const identity = text('certificate-identity');
        const issuer = text('certificate-oidc-issuer');
        const pinned = expectRepo !== undefined || signerWorkflow !== undefined || identity !== undefined || issuer !== undefined;
        const policyFile = text('policy');
        const trustedRoot = text('trusted-root');
        // Every wrong flag at once, as every command reports them.
        const issues = [...args.issues, ...output.issues];
        if (commit !== undefined && !/^[0-9a-fA-F]{40}$/.test(commit))
            issues.push({ input: '--commit', message: 'is not a full commit SHA (40 hex digits): give the commit the release\'s tag names, `git rev-parse TAG^{commit}`' });
        for (const [flag, value] of [['--repo', repo], ['--expect-repo', expectRepo]])
            if (value !== undefined && !REPOSITORY.test(value))
                issues.push({ input: flag, message: `is ${JSON.stringify(value.slice(0, 200))}, not OWNER/REPO` });
        if (signerWorkflow !== undefined && !/^(?:github\.com\/)?[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/\S+$/.test(signerWorkflow))
            issues.push({ input: '--signer-workflow', message: 'is not OWNER/REPO/PATH (e.g. octo-org/release-kit/.github/workflows/release.yml)' });
        const unheld = signerWorkflow === undefined ? undefined : (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .unheldRef */ .U_)(signerWorkflow);
        if (signerWorkflow !== undefined && unheld !== undefined)
            issues.push({ input: '--signer-workflow', message: (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .unheldRefMessage */ .fp)(signerWorkflow, unheld) });
        if (policyFile !== undefined && pinned)
            issues.push({ input: '--policy', message: 'goes without --expect-repo, --signer-workflow, --certificate-identity and --certificate-oidc-issuer, which pin the policy the release carries: put them in your policy' });
        if (policyFile === undefined && !pinned) {
            issues.push({ input: '--policy', message: `is needed, or --expect-repo/--signer-workflow (--certificate-identity with --certificate-oidc-issuer for a signer outside GitHub Actions) to use the ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir} the release carries, which only states what to expect: pin the repository, workflow or signer you expect, or write your own policy (see --help)` });
        }
        // An identity is one only at its issuer (the same email at another provider is anyone), and an issuer alone is anyone it serves.
        if ((identity === undefined) !== (issuer === undefined))
            issues.push({ input: identity === undefined ? '--certificate-oidc-issuer' : '--certificate-identity', message: `goes with ${identity === undefined ? '--certificate-identity' : '--certificate-oidc-issuer'}: a signer is an identity at an issuer` });
        if (policyFile === undefined && pinned && trustedRoot === undefined) {
            issues.push({ input: '--trusted-root', message: `is needed with the ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir} the release carries: the trusted roots it names came with the release too, and a CA of whoever replaced it would certify any identity and repository; fetch your own outside the release directory, \`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl\`, then --trusted-root trust-kit-roots/trusted_root.jsonl` });
        }
        if (repo !== undefined) {
            if (args.positionals.length !== 0)
                issues.push({ input: 'argument DIR', message: 'goes without --repo: verify-release takes DIR or --repo, not both' });
            if (tag === undefined)
                issues.push({ input: '--repo', message: 'needs --tag TAG: the release to download' });
        }
        else {
            if (args.positionals.length !== 1)
                issues.push({ input: 'argument DIR', message: `is one directory (or --repo and --tag instead), got ${args.positionals.length}` });
            if (text('download-dir') !== undefined)
                issues.push({ input: '--download-dir', message: 'goes with --repo' });
        }
        if (issues.length > 0)
            throw new _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(issues);
        // Before any download, everything that can be checked offline, not after gigabytes: a root among the assets to come
        // (a temporary directory can hold none), the token and proxy, your own policy, and the trusted roots verifying will read whatever the release holds.
        const givenDir = repo === undefined ? args.positionals[0] : text('download-dir');
        if (trustedRoot !== undefined && givenDir !== undefined)
            refuseRootAmongAssets((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, givenDir), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, trustedRoot), trustedRoot);
        if (policyFile !== undefined && givenDir !== undefined)
            refusePolicyAmongAssets((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, givenDir), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, policyFile), policyFile);
        const token = repo === undefined ? undefined : (0,_github_token_js__WEBPACK_IMPORTED_MODULE_12__/* .githubApiToken */ .P)(context.env);
        if (repo !== undefined && token === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('CLI_USAGE', 'downloading a release needs a GitHub token in GH_TOKEN or GITHUB_TOKEN', { hint: 'export GH_TOKEN="$(gh auth token)", or download the assets yourself (`gh release download TAG -D DIR`) and run verify-release DIR' });
        // The GitHub toolkit reads the proxy variables when it loads, and crashes on one that is no http(s) URL: checked first.
        const proxy = (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_8__.proxySettingsFrom)(context.env);
        if (repo !== undefined)
            (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_8__.checkProxySettings)(proxy);
        let ownPolicy;
        if (policyFile !== undefined) {
            ownPolicy = await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .readReleasePolicy */ .sD)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, policyFile), 'check the path given to --policy');
            if (trustedRoot !== undefined)
                ownPolicy = (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .withTrustedRoot */ .qC)(ownPolicy, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, trustedRoot));
            else if (givenDir !== undefined)
                refusePolicyRootsAmongAssets((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, givenDir), ownPolicy, policyFile);
        }
        const roots = await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .readTrustedRoots */ .Pn)(ownPolicy !== undefined ? (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .policyRootFiles */ .cs)(ownPolicy) : trustedRoot !== undefined ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, trustedRoot)] : [], trustedRoot === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, trustedRoot));
        let dir;
        let temporary;
        // Downloaded here, the directory holds the whole release: a listed file it lacks, the release lacks.
        const wholeRelease = repo !== undefined && tag !== undefined && token !== undefined;
        if (wholeRelease) {
            const [owner, name] = repo.split('/');
            const apiUrl = context.env.GITHUB_API_URL;
            // Before the temporary directory: a bad GITHUB_API_URL leaves nothing behind.
            const [{ createGitHubClient }, { githubReleases }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(5054), __webpack_require__.e(7327)]).then(__webpack_require__.bind(__webpack_require__, 69708)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 40461))]);
            const client = createGitHubClient({ token, proxy, ...(apiUrl === undefined || apiUrl === '' ? {} : { apiUrl }) });
            const downloadDir = text('download-dir');
            if (downloadDir === undefined)
                temporary = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_5__/* .makeTemporaryDirectory */ .LN)('trust-kit-release-');
            dir = temporary?.path ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, downloadDir);
            try {
                const downloaded = await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .downloadRelease */ .Ob)({ releases: githubReleases({ client, owner, repo: name }), repository: repo, tag, dir });
                context.stderr.write(`downloaded ${downloaded.assets.length} asset(s) of ${repo} ${tag}${downloaded.immutable ? `, immutable${downloaded.releaseAttestation === undefined ? ' (GitHub\'s release attestation not found)' : `, with GitHub's release attestation (${downloaded.releaseAttestation})`}` : ''}\n`);
            }
            catch (error) {
                await temporary?.remove();
                throw error;
            }
        }
        else {
            dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, args.positionals[0]);
        }
        try {
            let policy = ownPolicy;
            if (policy === undefined) {
                // The directory first: a missing one is no release, not a release without a policy.
                await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .readReleaseDirectory */ .L$)(dir);
                policy = (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .pinShippedPolicy */ .JU)(await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .readReleasePolicy */ .sD)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir), `a release carries ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir} only when it was signed keylessly with the verification kit on: write your own policy and pass it with --policy (see --help)`), { repository: expectRepo, signerWorkflow, identity, issuer, trustedRoot: trustedRoot === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, trustedRoot) }, `the release's ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir}`);
                context.stderr.write(`policy: the ${_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir} the release carries, pinned to ${[expectRepo === undefined ? '' : `repository ${expectRepo}`, signerWorkflow === undefined ? '' : `signer workflow ${signerWorkflow}`, identity === undefined ? '' : `signer ${identity} of ${issuer ?? ''}`].filter(((part) => part !== '')).join(' and ')}\n`);
            }
            const result = await (0,_release_verify_release_js__WEBPACK_IMPORTED_MODULE_10__/* .verifyRelease */ .VA)({ dir, policy, roots, ...(tag === undefined ? {} : { tag }), ...(commit === undefined ? {} : { commit }), ...(repo === undefined ? {} : { repository: repo }), complete: wholeRelease });
            if (output.json) {
                context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonOutput */ .W3)(result, 2)}\n`);
                return _exit_codes_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.OK;
            }
            context.stdout.write(`${describeRelease(result, repo === undefined ? args.positionals[0] : `${repo} ${tag}`).join('\n')}\n`);
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.OK;
        }
        finally {
            await temporary?.remove();
        }
    },
};


/***/ }),

/***/ 64539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var pathInside = (function (base, path, options = {}) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(base, path);
    if (inside === '')
        return options.baseItself === true ? '' : undefined;
    // relative() gives an absolute path on Windows for another drive.
    return inside === '..' || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside) ? undefined : inside;
});var isPathWithin = (function (root, path) {
    return path === root || path.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: (() => (/* binding */ isPathWithin)),
/* harmony export */   _: (() => (/* binding */ pathInside))
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/**
 * `path` relative to the directory `base` (the platform's separators) when it lies inside it,
 * undefined when it lies outside. Only a whole `..` segment climbs out: `..lib/package-lock.json`
 * and `..data` are inside. Both paths are taken as they are written (links are not followed;
 * callers that must not be led out by one pass real paths). The base itself is undefined, for
 * callers that want a path in the directory (a file of a release, a file of a layout, a place on
 * a commit), unless `baseItself` is set: it is then `''`, for callers that start from the
 * directory (a walk of it, a project read from its root, a file checked against it).
 */

/**
 * Whether `path` is `root` or lies below it, both absolute and normalised: {@link pathInside} with
 * the base itself, compared as text, for a walk's every entry.
 */



/***/ }),

/***/ 39002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var proxyOrigin = (function (proxy) {
    return `${proxy.protocol}//${proxy.host}`;
});var proxyAuthorization = (function (proxy) {
    if (proxy.username === '' && proxy.password === '')
        return undefined;
    return `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
});var shownReason = (function (reason) {
    const printable = reason.replace(/[^\x21-\x7e]+/g, ' ').trim();
    return printable.length > 100 ? `${printable.slice(0, 100)}…` : printable;
});var unbracketed = (function (host) {
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
});var openTunnel = (function (proxy, target, deadlineMs, proxyTls) {
    const net = process.getBuiltinModule('node:net');
    const tls = process.getBuiltinModule('node:tls');
    const origin = proxyOrigin(proxy);
    const endpoint = `${net.isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
    return new Promise(((resolve, reject) => {
        const proxyHost = unbracketed(proxy.hostname);
        const proxyPort = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
        const raw = proxy.protocol === 'https:'
            ? tls.connect({ ...proxyTls, host: proxyHost, port: proxyPort, ...(net.isIP(proxyHost) === 0 ? { servername: proxyHost } : {}) })
            : net.connect({ host: proxyHost, port: proxyPort });
        let secured;
        let settled = false;
        const fail = ((error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            secured?.destroy();
            raw.destroy();
            reject(error);
        });
        const timer = setTimeout((() => {
            fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} did not open a tunnel to ${endpoint} within ${deadlineMs} ms`, { hint: PROXY_FAILED_HINT }));
        }), deadlineMs);
        raw.on('error', fail);
        const ended = (() => fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} closed the connection before opening a tunnel to ${endpoint}`, { hint: PROXY_FAILED_HINT })));
        raw.on('end', ended);
        raw.on('close', ended);
        const chunks = [];
        let received = 0;
        const onData = ((chunk) => {
            chunks.push(chunk);
            received += chunk.length;
            const answer = Buffer.concat(chunks, received);
            const end = answer.indexOf('\r\n\r\n');
            if (end === -1) {
                if (received > MAX_CONNECT_ANSWER_BYTES)
                    fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with more than ${MAX_CONNECT_ANSWER_BYTES} bytes of headers`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            raw.removeListener('data', onData);
            raw.removeListener('end', ended);
            raw.removeListener('close', ended);
            raw.pause();
            const status = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?\r\n/.exec(answer.subarray(0, end + 2).toString('latin1'));
            if (status === null) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with something that is not HTTP/1`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            const code = Number(status[1]);
            const said = `HTTP ${code}${status[2] === undefined || shownReason(status[2]) === '' ? '' : ` ${shownReason(status[2])}`}`;
            if (code === 407) {
                fail(new ProxyTunnelError('PROXY_AUTH_REQUIRED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_AUTH_HINT, statusCode: code }));
                return;
            }
            if (code < 200 || code > 299) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_FAILED_HINT, statusCode: code }));
                return;
            }
            if (answer.length > end + 4) {
                // The target speaks first after a TLS ClientHello: bytes before it are the proxy's, not the target's.
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} sent data after opening the tunnel to ${endpoint}, before the TLS handshake`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            // `host` is what the certificate is checked against (without it, an IP target would be checked as "localhost"); SNI takes names only.
            secured = tls.connect({ ...target.tls, socket: raw, host: target.host, ...(net.isIP(target.host) === 0 ? { servername: target.tls.servername ?? target.host } : {}) });
            secured.once('error', fail);
            secured.once('secureConnect', (() => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                secured?.removeListener('error', fail);
                raw.removeListener('error', fail);
                resolve(secured);
            }));
        });
        raw.on('data', onData);
        raw.once(proxy.protocol === 'https:' ? 'secureConnect' : 'connect', (() => {
            const authorization = proxyAuthorization(proxy);
            raw.write(`CONNECT ${endpoint} HTTP/1.1\r\nHost: ${endpoint}\r\n${authorization === undefined ? '' : `Proxy-Authorization: ${authorization}\r\n`}\r\n`);
        }));
    }));
});var targetTls = (function (request) {
    const options = request;
    const { ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session } = options;
    return Object.fromEntries(Object.entries({ ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session }).filter((([, value]) => value !== undefined)));
});var tunnelingAgent = (function (proxy, options) {
    const { tunnelTimeoutMs, ...agentOptions } = options;
    const https = process.getBuiltinModule('node:https');
    // The proxy is always verified: skipping the target's check (a registry's --allow-insecure-registry) would send the proxy's credentials to whoever answers on the way.
    const proxyTls = agentOptions.ca === undefined ? {} : { ca: agentOptions.ca };
    const agent = new https.Agent(agentOptions);
    agent.createConnection = ((request, callback) => {
        const host = unbracketed(request.host ?? request.hostname ?? 'localhost');
        const port = Number(request.port ?? 443);
        openTunnel(proxy, { host, port, tls: targetTls(request) }, tunnelTimeoutMs, proxyTls).then(((socket) => callback?.(null, socket)), ((error) => callback?.(error, undefined)));
        return undefined;
    });
    return agent;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: (() => (/* binding */ PROXY_AUTH_HINT)),
/* harmony export */   Ng: (() => (/* binding */ ProxyTunnelError)),
/* harmony export */   Pj: (() => (/* binding */ proxyOrigin)),
/* harmony export */   YI: (() => (/* binding */ tunnelingAgent))
/* harmony export */ });
/* unused harmony export proxyAuthorization */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** A CONNECT tunnel the runner's proxy did not open; the message names the proxy by its origin, never by its credentials. */
class ProxyTunnelError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The status the proxy answered the CONNECT with, if it answered one. */
    statusCode;
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ProxyTunnelError';
        this.statusCode = options.statusCode;
    }
}
/** What to do when the proxy wants credentials. */
const PROXY_AUTH_HINT = 'the proxy in HTTPS_PROXY/HTTP_PROXY asks for credentials: give them in its URL (http://user:password@proxy:3128), or list the host in NO_PROXY if the runner reaches it directly';
const PROXY_FAILED_HINT = 'check that HTTPS_PROXY names the runner\'s proxy and that the proxy reaches the host, or list the host in NO_PROXY if the runner reaches it directly';
/** A proxy's answer to CONNECT is a status line and a few headers: Node's own limit on a response's headers. */
const MAX_CONNECT_ANSWER_BYTES = 16 * 1024;
/** The proxy as a message shows it: scheme, host and port, without credentials. */

/** The Proxy-Authorization header for the credentials in the proxy's URL (percent-decoded, as curl and Node read them). */

/** A proxy's reason phrase as a message may quote it: printable ASCII, bounded (it is the proxy's to choose). */

/** A host name without the brackets a URL puts around an IPv6 literal. */

/**
 * A TLS connection to `target` through an HTTP CONNECT tunnel of `proxy`. Every step (reaching the
 * proxy, its answer, the TLS handshake through it) ends within `deadlineMs`, and the proxy's answer
 * is read up to {@link MAX_CONNECT_ANSWER_BYTES}: Node's own tunnel has no deadline past the CONNECT
 * and reads an answer without bound. Only the proxy sees the Proxy-Authorization header.
 */

/** The TLS options of a request the https agent hands its `createConnection`, for the handshake with the target. */

/**
 * An https agent whose connections are CONNECT tunnels through `proxy` (see {@link openTunnel}),
 * with the agent's TLS options for the target (and its trusted CAs for an https:// proxy).
 */



/***/ }),

/***/ 16327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var nonEmpty = (function (value) {
    return value === undefined || value === '' ? undefined : value;
});var proxySettingsFrom = (function (env) {
    const httpsProxy = nonEmpty(env.https_proxy) ?? nonEmpty(env.HTTPS_PROXY);
    const httpProxy = nonEmpty(env.http_proxy) ?? nonEmpty(env.HTTP_PROXY);
    const noProxy = nonEmpty(env.no_proxy) ?? nonEmpty(env.NO_PROXY);
    return { ...(httpsProxy === undefined ? {} : { httpsProxy }), ...(httpProxy === undefined ? {} : { httpProxy }), ...(noProxy === undefined ? {} : { noProxy }) };
});var isLoopbackHostname = (function (hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
});var inTheClearOffMachine = (function (url) {
    return url.protocol === 'http:' && !isLoopbackHostname(url.hostname);
});var canonicalEntry = (function (entry) {
    const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(entry);
    const address = bracketed === null ? entry : bracketed[1];
    if (!address.includes(':'))
        return entry;
    try {
        return `${new URL(`http://[${address}]/`).hostname}${bracketed?.[2] ?? ''}`;
    }
    catch {
        return entry;
    }
});var bypassesProxy = (function (url, noProxy) {
    if (url.hostname === '')
        return false;
    if (isLoopbackHostname(url.hostname))
        return true;
    if (noProxy === undefined || noProxy === '')
        return false;
    const port = url.port !== '' ? Number(url.port) : url.protocol === 'http:' ? 80 : url.protocol === 'https:' ? 443 : undefined;
    const host = url.hostname.toUpperCase();
    const hosts = port === undefined ? [host] : [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map(((entry) => canonicalEntry(entry.trim()).toUpperCase()))
        .filter(((entry) => entry !== ''))
        .some(((entry) => entry === '*' || hosts.some(((candidate) => candidate === entry || candidate.endsWith(`.${entry}`) || (entry.startsWith('.') && candidate.endsWith(entry))))));
});var urlWithoutCredentials = (function (value) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    const rest = value.slice(scheme.length);
    // Everything up to the last @ may be credentials, a / or : in a password included.
    const at = rest.lastIndexOf('@');
    if (at !== -1)
        return `${scheme}…@${rest.slice(at + 1)}`.slice(0, 200);
    // Without an @, `user:password` (the host forgotten) reads as host and port: only a port of digits is shown.
    return /^[^:/?#]*(?::\d*)?(?:[/?#].*)?$/s.test(rest) ? value.slice(0, 200) : `${scheme}…`;
});var percentDecodable = (function (text) {
    try {
        decodeURIComponent(text);
        return true;
    }
    catch {
        return false;
    }
});var parseProxy = (function (variable, value) {
    let proxy;
    try {
        proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        proxy = undefined;
    }
    if (proxy === undefined || (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') || proxy.hostname === '') {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) is not an http(s) proxy URL`, `set ${variable} to the proxy's URL, e.g. http://proxy.example.com:3128, or unset it to connect directly`);
    }
    if (!percentDecodable(proxy.username) || !percentDecodable(proxy.password)) {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) has credentials that are not percent-encoded`, `set ${variable} to the proxy's URL with the user name and password percent-encoded (a % as %25, an @ as %40)`);
    }
    return proxy;
});var checkProxySettings = (function (settings) {
    for (const [variable, value] of [['HTTPS_PROXY', settings.httpsProxy], ['HTTP_PROXY', settings.httpProxy]])
        if (value !== undefined && value !== '')
            parseProxy(variable, value);
});var proxyFor = (function (url, settings) {
    if (bypassesProxy(url, settings.noProxy))
        return undefined;
    const [variable, value] = url.protocol === 'https:' ? ['HTTPS_PROXY', settings.httpsProxy] : ['HTTP_PROXY', settings.httpProxy];
    return value === undefined || value === '' ? undefined : parseProxy(variable, value);
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO_PROXY_SETTINGS: (() => (/* binding */ NO_PROXY_SETTINGS)),
/* harmony export */   ProxyAgents: (() => (/* binding */ ProxyAgents)),
/* harmony export */   ProxyConfigError: (() => (/* binding */ ProxyConfigError)),
/* harmony export */   bypassesProxy: (() => (/* binding */ bypassesProxy)),
/* harmony export */   checkProxySettings: (() => (/* binding */ checkProxySettings)),
/* harmony export */   inTheClearOffMachine: (() => (/* binding */ inTheClearOffMachine)),
/* harmony export */   isLoopbackHostname: (() => (/* binding */ isLoopbackHostname)),
/* harmony export */   proxyFor: (() => (/* binding */ proxyFor)),
/* harmony export */   proxySettingsFrom: (() => (/* binding */ proxySettingsFrom)),
/* harmony export */   urlWithoutCredentials: (() => (/* binding */ urlWithoutCredentials))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39002);


/** No proxy: every request connects directly. */
const NO_PROXY_SETTINGS = {};
/** A proxy variable that names no usable proxy. */
class ProxyConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(message, hint) {
        super('PROXY_URL_INVALID', message, { hint });
        this.name = 'ProxyConfigError';
    }
}

/**
 * The proxy settings in an environment, read as @actions/http-client reads them (and so as
 * Octokit in `@actions/github` does): the lower-case variable first, an empty one as unset.
 */

/**
 * Loopback hosts, which @actions/http-client never sends through a proxy, whatever NO_PROXY says.
 * Its test is a prefix (`127.`), which also takes a name such as `127.attacker.example` (one a
 * redirect can name) round the proxy: here only an address in 127.0.0.0/8 is (a URL's host is
 * already in canonical form: `0x7f.1` is `127.0.0.1`, `[0:0::1]` is `[::1]`).
 */

/**
 * Whether a request to `url` would carry what it is sent with (a token, a password) in the clear to
 * another machine: plain HTTP anywhere but this machine's loopback. The one rule every sender of a
 * credential follows (Fulcio, GitHub's API, the runner's token endpoint); loopback is a test server.
 */

/**
 * A NO_PROXY entry naming an IPv6 address in the form a URL's host has it: in brackets and
 * canonical (`fd00:0::1`, as curl takes it, is `[fd00::1]`), a port kept; any other entry as it is.
 */

/**
 * Whether a request to `url` bypasses the proxy: @actions/http-client's `checkBypass`. Loopback
 * hosts always; otherwise a NO_PROXY entry that is `*`, the host, `host:port` (the scheme's default
 * port when the URL has none), or a domain the host is under (`example.com` and `.example.com`
 * both cover `api.example.com`), compared without case; beyond it, an IPv6 entry written bare or
 * not canonical, as curl takes it.
 */

/** A URL (or what was meant as one: it need not parse) without its credentials, fit for a message. */

/** Whether URL credentials decode (a lone `%` does not): they are sent decoded, as curl sends them. */

/** The proxy URL in `value` (of `variable`): `host:port` is `http://host:port`, as curl takes it; anything but an http(s) URL is a PROXY_URL_INVALID, never quoting its credentials. */

/**
 * Checks the proxy variables: one that is no http(s) URL is a PROXY_URL_INVALID. Called before the
 * GitHub toolkit is first loaded, which reads them from the process environment then and throws a
 * bare error (a crash, to the user) on such a value.
 */

/**
 * The proxy a request to `url` goes through, or undefined to connect directly: HTTPS_PROXY for
 * https://, HTTP_PROXY for http://, unless NO_PROXY (or loopback) bypasses it, as
 * @actions/http-client's `getProxyUrl` decides (where it would go on with a proxy that is no
 * http(s) URL, this is a PROXY_URL_INVALID).
 */

/** Opening a tunnel takes a round trip or three: a proxy silent this long is not going to answer (the time a request to a public service may take, DEFAULT_RETRY_POLICY's). */
const DEFAULT_TUNNEL_TIMEOUT_MS = 20_000;
/** Agents that send requests through one proxy, by target protocol and proxy, shared by the requests of one client. */
class ProxyAgents {
    settings;
    #agents = new Map();
    #options;
    /** Checks both proxy URLs at once: a bad one is a PROXY_URL_INVALID before any request (a request would take it for a connection failure and retry). */
    constructor(settings, options = {}) {
        this.settings = settings;
        this.#options = options;
        checkProxySettings(settings);
    }
    /**
     * The agent for a request to `url`: undefined when no proxy applies (connect directly, with the
     * caller's own agent or {@link directAgentFor}); else one that tunnels https:// through the proxy with CONNECT (ours: Node's
     * own tunnel waits forever on a proxy that goes silent after its CONNECT, and reads its answer
     * without bound) and sends http:// to it in absolute form (Node's own proxy support, told only
     * this proxy: the bypass was decided above, with @actions/http-client's rules).
     */
    agentFor(url) {
        const proxy = proxyFor(url, this.settings);
        if (proxy === undefined)
            return undefined;
        const key = `${url.protocol} ${proxy.href}`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // Built-ins loaded on first use: offline verification imports this module (for the TUF loads it may skip) and never needs node:http(s) or TLS.
            agent = url.protocol === 'https:' ? (0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__/* .tunnelingAgent */ .YI)(proxy, { keepAlive: true, ...this.#options.https, tunnelTimeoutMs: this.#options.tunnelTimeoutMs ?? DEFAULT_TUNNEL_TIMEOUT_MS }) : new (process.getBuiltinModule('node:http').Agent)({ keepAlive: true, ...this.#options.http, proxyEnv: { HTTP_PROXY: proxy.href } });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /**
     * An agent that connects directly, for a request no proxy applies to ({@link agentFor} gave none):
     * not Node's global agent, which NODE_USE_ENV_PROXY=1 sends through the environment's proxy by
     * Node's own rules, loopback included, where these rules reach the host directly.
     */
    directAgentFor(url) {
        const key = `${url.protocol} direct`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // As Node's global agent is made: an idle connection is closed after 5 s, not kept until the server drops it.
            const base = { keepAlive: true, scheduling: 'lifo', timeout: 5000 };
            agent = url.protocol === 'https:' ? new (process.getBuiltinModule('node:https').Agent)({ ...base, ...this.#options.https }) : new (process.getBuiltinModule('node:http').Agent)({ ...base, ...this.#options.http });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /** Closes the connections of every agent made so far. */
    destroy() {
        for (const agent of this.#agents.values())
            agent.destroy();
        this.#agents.clear();
    }
}


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var backoffDelay = (function (policy, retry, random = Math.random) {
    const base = Math.max(policy.minDelayMs, 1) * policy.factor ** retry;
    return Math.min(Math.round((1 + random()) * base), policy.maxDelayMs);
});var isTransientStatus = (function (status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501);
});var retryAfterMs = (function (header, now = Date.now()) {
    const value = header?.trim() ?? '';
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
    const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
});var pastBudget = (function (waitMs, budgetMs) {
    return waitMs === undefined || waitMs <= budgetMs ? '' : `; it asked to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${Math.round(budgetMs / 1000)} s the retries may take`;
});var withRetry = (async function (policy, attempt, classify, sleep = ((ms) => new Promise(((resolve) => setTimeout(resolve, ms))))) {
    const started = Date.now();
    for (let retry = 0;; retry += 1) {
        try {
            return await attempt(retry + 1);
        }
        catch (error) {
            const kind = classify(error);
            if (kind === 'permanent' || retry >= policy.retries)
                throw error;
            // Retrying before the server's Retry-After only meets the same refusal (and feeds a storm).
            const delay = Math.max(backoffDelay(policy, retry), typeof kind === 'object' ? kind.retryAfterMs : 0);
            if (Date.now() - started + delay > policy.budgetMs)
                throw error;
            await sleep(delay);
        }
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: (() => (/* binding */ isTransientStatus)),
/* harmony export */   Vs: (() => (/* binding */ retryAfterMs)),
/* harmony export */   bD: (() => (/* binding */ withRetry)),
/* harmony export */   cO: (() => (/* binding */ DEFAULT_RETRY_POLICY)),
/* harmony export */   uQ: (() => (/* binding */ pastBudget))
/* harmony export */ });
/* unused harmony export backoffDelay */
/**
 * The policy for public services (Sigstore, GitHub): about a minute of patience, enough to ride
 * out a deploy or a rate-limit window, short enough that a real outage fails the job promptly.
 */
const DEFAULT_RETRY_POLICY = {
    retries: 5,
    minDelayMs: 1000,
    maxDelayMs: 16_000,
    factor: 2,
    budgetMs: 60_000,
    timeoutMs: 20_000,
};
/**
 * The delay before retry number `retry` (0-based): `minDelayMs * factor^retry`, stretched by a
 * random factor in [1, 2) so that many clients failing together do not retry in lockstep.
 */

/** Whether an HTTP status may pass on another try: a timeout (408), a rate limit (429), a server error but 501 (not implemented stays so). */

/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */

/**
 * Why a failure was not retried when its server asked to wait `waitMs` (its `Retry-After`), longer
 * than `budgetMs`, the time the retries may take, in words to end its message; empty otherwise.
 */

/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number. A
 * server's `Retry-After` lengthens the delay; when it reaches past the budget, no retry starts.
 */



/***/ }),

/***/ 54418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: (() => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.GG)),
/* harmony export */   Gz: (() => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.G)),
/* harmony export */   IF: (() => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_7__.p)),
/* harmony export */   Nt: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.Nt)),
/* harmony export */   OT: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.OT)),
/* harmony export */   PP: (() => (/* reexport safe */ _trust_tuf_js__WEBPACK_IMPORTED_MODULE_5__.loadGitHubTrustMaterial)),
/* harmony export */   ak: (() => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.ak)),
/* harmony export */   cx: (() => (/* reexport safe */ _trust_tuf_js__WEBPACK_IMPORTED_MODULE_5__.cx)),
/* harmony export */   fg: (() => (/* reexport safe */ _key_js__WEBPACK_IMPORTED_MODULE_3__.f)),
/* harmony export */   pV: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.pV)),
/* harmony export */   qQ: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.qQ)),
/* harmony export */   sL: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.sL)),
/* harmony export */   wC: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.wC))
/* harmony export */ });
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91638);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69085);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10132);
/* harmony import */ var _trust_tuf_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42558);
/* harmony import */ var _prehashed_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91966);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17776);










/***/ }),

/***/ 42558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var offlineWay = (function (purpose) {
    return purpose === 'sign' ? 'pass the instance\'s trusted root as --trusted-root FILE (input "trusted-root") to sign without fetching it' : 'pass --trusted-root FILE (input "trusted-root") to verify offline';
});var loadTrustMaterialFromTUF = (async function (options = {}) {
    const label = options.mirrorURL === undefined ? 'public-good (TUF)' : `${options.mirrorURL} (TUF)`;
    try {
        // Loaded only here: the TUF client is most of the verifier's code, and offline verification (--trusted-root) never needs it.
        const { fetchTrustedRootJSON } = await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(3984), __webpack_require__.e(17)]).then(__webpack_require__.bind(__webpack_require__, 80017));
        const json = await fetchTrustedRootJSON({ mirrorURL: options.mirrorURL ?? PUBLIC_GOOD_TUF_MIRROR, rootPath: options.rootPath, cachePath: options.cachePath, retries: options.retries ?? 2, timeoutMs: 10000, proxy: options.proxy ?? proxy.NO_PROXY_SETTINGS, notice: noticeTo(options.logger) });
        return (0,trust/* loadTrustMaterial */.ak)(json, label);
    }
    catch (error) {
        if (error instanceof errors/* VerifyError */.G || error instanceof proxy.ProxyConfigError)
            throw error;
        const offline = offlineWay(options.purpose);
        throw new errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `cannot fetch the trusted root of ${label}: ${causeChain(error)}`, { cause: error, hint: proxyHint(error, offline).hint ?? offline });
    }
});var proxyHint = (function (error, offline) {
    for (let current = error, depth = 0; current instanceof Error && depth < 6; current = current.cause, depth += 1) {
        if (current instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
            return { hint: `${current.hint ?? ''}; or ${offline}` };
    }
    return {};
});var causeChain = (function (error) {
    const messages = [];
    for (let current = error; current !== undefined && messages.length < 4; current = current instanceof Error ? current.cause : undefined) {
        // The TUF client's messages quote what the mirror served (JSON.parse's quotes the body): printable and bounded.
        messages.push((0,quote/* boundedText */.LD)(current instanceof Error ? current.message : String(current), 300));
    }
    return messages.join(': ');
});var noticeTo = (function (logger) {
    if (logger === undefined)
        return undefined;
    return ((message, cacheDir) => {
        let directories = told.get(logger);
        if (directories === undefined)
            told.set(logger, (directories = new Set()));
        if (directories.has(cacheDir))
            return;
        directories.add(cacheDir);
        logger.warn(message);
    });
});var loadPublicGoodTrustMaterial = (function (options = {}) {
    return loadTrustMaterialFromTUF(options);
});var loadGitHubTrustMaterial = (async function (options = {}) {
    const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
    // The TUF client seeds its cache from a root.json path, and the bundled action carries the root as data, not as a file.
    // fs.promises, not node:fs/promises, so that offline verification, bundled, never loads it (see core/files.ts).
    const directory = await (0,files/* makeTemporaryDirectory */.LN)('trust-kit-github-root-');
    try {
        const rootPath = (0,external_node_path_.join)(directory.path, 'root.json');
        await external_node_fs_.promises.writeFile(rootPath, JSON.stringify(options.root ?? github_tuf_root_namespaceObject));
        return await loadTrustMaterialFromTUF({ mirrorURL, rootPath, ...(options.cachePath === undefined ? {} : { cachePath: options.cachePath }), ...(options.retries === undefined ? {} : { retries: options.retries }), ...(options.proxy === undefined ? {} : { proxy: options.proxy }), ...(options.logger === undefined ? {} : { logger: options.logger }), ...(options.purpose === undefined ? {} : { purpose: options.purpose }) });
    }
    catch (error) {
        if (error instanceof errors/* VerifyError */.G && error.code === 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE') {
            throw new errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `GitHub's Sigstore instance: ${error.message}`, {
                cause: error,
                hint: `check that ${mirrorURL} is reachable, or ${GITHUB_OFFLINE}`,
                ...proxyHint(error, GITHUB_OFFLINE),
            });
        }
        throw error;
    }
    finally {
        await directory.remove();
    }
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadGitHubTrustMaterial: (() => (/* binding */ loadGitHubTrustMaterial)),
  cx: (() => (/* binding */ loadPublicGoodTrustMaterial)),
  loadTrustMaterialFromTUF: (() => (/* binding */ loadTrustMaterialFromTUF))
});

// UNUSED EXPORTS: GITHUB_TUF_MIRROR, PUBLIC_GOOD_TUF_MIRROR

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(39002);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
;// CONCATENATED MODULE: ./lib/sigstore/trust-roots/github-tuf-root.json
const github_tuf_root_namespaceObject = /*#__PURE__*/JSON.parse('{"signatures":[{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":""},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":""},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":""},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"},{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":"304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2025-04-11T14:36:57Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":3,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}');
// EXTERNAL MODULE: ./lib/sigstore/verify/errors.js
var errors = __webpack_require__(5447);
// EXTERNAL MODULE: ./lib/sigstore/verify/trust.js
var trust = __webpack_require__(10132);
;// CONCATENATED MODULE: ./lib/sigstore/verify/trust-tuf.js
// Trust material fetched through a Sigstore instance's TUF repository (public-good's, GitHub's):
// apart from trust.ts, so that offline verification (`--trusted-root`), which never fetches, loads
// neither this nor the proxy support it goes through.









/** The offline way round a failed fetch: the same flag, said for what the run does. */

/** The TUF repository of the public-good instance, whose root ships with @sigstore/tuf. */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/**
 * An instance's trust material fetched through its TUF repository, every piece of metadata
 * verified from the pinned root on (the public-good instance's by default).
 */

/** The hint of a proxy that would not open a tunnel, when one is why a fetch failed (what to fix is the proxy setting), with the offline way round it. */

/** An error's message followed by its causes' (TUF errors wrap the failure that says what went wrong). */

/**
 * The cache directories each logger was told cannot be used: a release fetches the trusted root for
 * signing, its verification kit and its gate, and says so once. Kept with the caller's logger, not
 * the process: another call with a logger of its own is told again.
 */
const told = new WeakMap();
/** What tells `logger` of a cache that cannot be used, once for each cache directory. */

/** The public-good instance's trust material, through its TUF repository. */

/** The TUF repository of GitHub's Sigstore instance (Fulcio and TSA for private repositories), as `gh attestation` uses it. */
const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';
/** The way round GitHub's TUF repository: its trusted root as `gh` prints it. */
const GITHUB_OFFLINE = 'write GitHub\'s trusted root with `mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` (a directory of its own, never among downloaded files) and pass it as trusted-root (CLI: --trusted-root trust-kit-roots/trusted_root.jsonl)';
/**
 * GitHub's instance's trust material, fetched through its TUF repository from the root `gh`
 * embeds; a failure names the mirror and the offline way round it.
 */



/***/ })

};
