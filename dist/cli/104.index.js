export const id = 104;
export const ids = [104];
export const modules = {

/***/ 69104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCommand: () => (/* binding */ releaseCommand)
});

// EXTERNAL MODULE: ./lib/cli/signing-options.js
var signing_options = __webpack_require__(30674);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/core/digest.js
var digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/sbom/formats/index.js + 4 modules
var sbom_formats = __webpack_require__(88298);
// EXTERNAL MODULE: ./lib/config/sbom.js
var config_sbom = __webpack_require__(37405);
// EXTERNAL MODULE: ./lib/config/sign.js
var config_sign = __webpack_require__(5297);
;// CONCATENATED MODULE: ./lib/config/release.js





/** The SBOM formats a release makes unless told otherwise. */
const DEFAULT_RELEASE_SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'];
/**
 * Validates release inputs (`subject-path`, `algorithm`, `base`, `output-dir`, `sbom-format`,
 * `sbom-path`, `include-dev`, `strict`, `force`, `sign`, `attest`, `verify-instructions`, `artifact-bundles`, `audit-log`, `immutable-release`, the image inputs (`images`, `signature-format`, `recursive`, `allow-http-registry`) and the signing inputs), reporting every problem
 * of every part at once.
 */
function releaseConfig(raw, nameOf, defaults) {
    const issues = [];
    const reader = new inputs/* InputReader */.i_(raw, nameOf);
    const subjects = reader.list('subject-path');
    if (subjects.length === 0)
        reader.report('subject-path', 'names no file, directory or glob; give at least one');
    const algorithm = reader.choice('algorithm', digest/* DIGEST_ALGORITHMS */.MF, 'sha256');
    const outputDir = reader.string('output-dir', defaults.outputDir) ?? defaults.outputDir;
    const formats = reader.choices('sbom-format', [...sbom_formats/* FORMAT_NAMES */.BU, 'none'], DEFAULT_RELEASE_SBOM_FORMATS);
    if (formats.includes('none') && formats.length > 1)
        reader.report('sbom-format', '"none" cannot be combined with formats');
    const sbom = formats.includes('none')
        ? undefined
        : {
            formats,
            path: reader.string('sbom-path', '.') ?? '.',
            exclude: (0,config_sbom/* excludePatterns */.S)(reader, 'sbom-exclude', 'sbom-default-excludes'),
            includeDev: reader.boolean('include-dev', false),
            strict: reader.boolean('strict', false),
        };
    const signing = reader.boolean('sign', true);
    // Absent means off: the root action's action.yml defaults it to auto, the CLI asks for it with --attest.
    const attestChoice = reader.choice('attest', ['auto', 'true', 'false'], 'false');
    if (attestChoice === 'true' && !signing)
        reader.report('attest', 'needs signing: attestations are signed with the checksums file\'s identity (drop sign: false)');
    const attest = !signing || attestChoice === 'false' ? 'off' : attestChoice === 'true' ? 'required' : 'auto';
    const instructions = reader.boolean('verify-instructions', true);
    const artifactBundles = reader.boolean('artifact-bundles', false);
    if (artifactBundles && !signing)
        reader.report('artifact-bundles', 'needs signing: the bundles are signatures (drop sign: false)');
    const auditLog = reader.boolean('audit-log', false);
    if (auditLog && !signing)
        reader.report('audit-log', 'needs signing: it records what was signed (drop sign: false)');
    const imageReferences = reader.list('images');
    if (imageReferences.length > 0 && !signing)
        reader.report('images', 'needs signing: images are signed in the checksums file\'s session (drop sign: false)');
    const imageFormat = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'], 'both');
    const recursive = reader.boolean('recursive', false);
    const allowHttp = reader.boolean('allow-http-registry', false);
    const config = {
        subjects,
        algorithm,
        base: reader.string('base', defaults.base) ?? defaults.base,
        outputDir,
        force: reader.boolean('force', false),
        sbom,
        sign: undefined,
        attest,
        instructions,
        artifactBundles,
        auditLog,
        immutableRelease: reader.boolean('immutable-release', false),
        images: imageReferences.length === 0 ? undefined : { references: imageReferences, format: imageFormat, recursive, allowHttp },
    };
    try {
        reader.finish();
    }
    catch (error) {
        issues.push(...error.issues);
    }
    if (signing) {
        try {
            // The checksums file is the one thing a release signs; its path is known only once it is written.
            const sign = (0,config_sign/* signConfig */.C)({ ...raw, 'subject-path': [`${outputDir}/${algorithm.toUpperCase()}SUMS`], bundle: undefined }, nameOf);
            const asksForKeyless = sign.fulcioURL !== undefined || sign.rekorURL !== undefined || sign.tsaURL !== undefined || sign.trustedRoot !== undefined;
            config.sign = { ...sign, ephemeralKeyWithoutToken: defaults.ephemeralKeyWithoutToken && sign.key === undefined && sign.instance === 'auto' && !asksForKeyless };
        }
        catch (error) {
            if (!(error instanceof inputs/* ConfigError */.xL))
                throw error;
            issues.push(...error.issues);
        }
    }
    if (issues.length > 0)
        throw new inputs/* ConfigError */.xL(issues);
    return config;
}

// EXTERNAL MODULE: ./lib/checksums/index.js + 6 modules
var checksums = __webpack_require__(87220);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/instructions/verify.js
/** A POSIX shell word that stands for exactly `value`, whatever it holds (quotes, spaces, `$`). */
function shellQuote(value) {
    return `'${value.replaceAll("'", "'\\''")}'`;
}
const FULL_COMMIT = /^[0-9a-f]{40}$/;
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** The verifier when it is pinned as the instructions need it (a full commit of a github.com repository), else undefined. */
function pinned(verifier) {
    return verifier !== undefined && FULL_COMMIT.test(verifier.commit) && REPOSITORY.test(verifier.repository) ? verifier : undefined;
}
function trustedRootFile(signer) {
    return signer.kind === 'certificate' && typeof signer.instance === 'object' ? signer.instance.private.trustedRootFile : undefined;
}
function trustKitPolicyFlags(signer) {
    if (signer.kind === 'key')
        return `--key ${shellQuote(signer.publicKeyFile)}`;
    const root = trustedRootFile(signer);
    return [
        `--certificate-identity ${shellQuote(signer.identity ?? '<the identity in the certificate>')} --certificate-oidc-issuer ${shellQuote(signer.issuer)}`,
        ...(signer.repository === undefined ? [] : [`--repo ${shellQuote(signer.repository)}`]),
        ...(root === undefined ? [] : [`--trusted-root ${shellQuote(root)}`]),
    ].join(' ');
}
/** Where the cosign command for GitHub's instance expects GitHub's trusted root, which the line before it writes. */
const GITHUB_TRUSTED_ROOT_FILE = 'github_trusted_root.json';
/** Where the offline commands expect the trusted roots `gh attestation trusted-root` prints (one JSON trusted root per line). */
const OFFLINE_TRUSTED_ROOTS_FILE = 'trusted_root.jsonl';
/** Where the offline cosign command expects Sigstore's public-good trusted root, taken from the offline file. */
const SIGSTORE_TRUSTED_ROOT_FILE = 'sigstore_trusted_root.json';
/**
 * The command that writes GitHub's trusted root for cosign: gh fetches it through GitHub's TUF
 * repository (no login needed) beside Sigstore's, one per line; GitHub's is the one whose
 * authorities GitHub operates.
 */
const GITHUB_TRUSTED_ROOT_COMMAND = `gh attestation trusted-root | grep -F 'GitHub, Inc.' > ${GITHUB_TRUSTED_ROOT_FILE}`;
function cosignPolicyFlags(signer) {
    if (signer.kind === 'key')
        return `--key ${shellQuote(signer.publicKeyFile)}`;
    if (signer.instance === 'github') {
        // GitHub's instance has no transparency or certificate log: the signed timestamp is the only evidence of time, and cosign requires both logs unless told.
        return [
            `--certificate-identity ${shellQuote(signer.identity ?? '<the identity in the certificate>')} --certificate-oidc-issuer ${shellQuote(signer.issuer)}`,
            ...(signer.repository === undefined ? [] : [`--certificate-github-workflow-repository ${shellQuote(signer.repository)}`]),
            `--trusted-root ${GITHUB_TRUSTED_ROOT_FILE} --use-signed-timestamps --insecure-ignore-tlog=true --insecure-ignore-sct=true`,
        ].join(' ');
    }
    const root = trustedRootFile(signer);
    return [
        `--certificate-identity ${shellQuote(signer.identity ?? '<the identity in the certificate>')} --certificate-oidc-issuer ${shellQuote(signer.issuer)}`,
        // The GitHub workflow repository extension (1.3.6.1.4.1.57264.1.5) holds the repository of the run, the caller of a reusable workflow.
        ...(signer.repository === undefined ? [] : [`--certificate-github-workflow-repository ${shellQuote(signer.repository)}`]),
        ...(root === undefined ? [] : [`--trusted-root ${shellQuote(root)}`]),
        // cosign 2 counts only log times unless asked; cosign 3 uses the timestamp either way.
        ...(signer.rekorV2 === true || signer.unlogged === true ? ['--use-signed-timestamps'] : []),
        ...(signer.unlogged === true ? ['--insecure-ignore-tlog=true'] : []),
    ].join(' ');
}
/** The directory the pinned verifier is fetched into, relative to the download directory. */
const VERIFIER_DIRECTORY = 'trust-kit-verifier';
/**
 * The trust-kit command that verifies a downloaded release (the signature on the checksums file,
 * then every file against it), run in the download directory; what VERIFY.md and the job summary
 * show. With a pinned verifier, it is preceded by the commands that fetch exactly that commit
 * (git checks every fetched object against the commit's hash); without one, it names
 * `trust-kit`, installed however the reader trusts, never `npx trust-kit`, which would run
 * whatever package holds that name on the npm registry.
 */
function releaseVerifyCommand(checksumsFile, bundleFile, signer, verifier) {
    const flags = `verify-checksums ${shellQuote(checksumsFile)} --bundle ${shellQuote(bundleFile)} ${trustKitPolicyFlags(signer)}`;
    const source = pinned(verifier);
    if (source === undefined)
        return `trust-kit ${flags}`;
    return [
        `git init -q ${VERIFIER_DIRECTORY} && git -C ${VERIFIER_DIRECTORY} fetch -q --depth 1 ${shellQuote(`https://github.com/${source.repository}`)} ${source.commit} && git -C ${VERIFIER_DIRECTORY} checkout -q --detach ${source.commit}`,
        `node ${VERIFIER_DIRECTORY}/dist/cli/index.js ${flags}`,
    ].join('\n');
}
/**
 * The verification instructions of a release (VERIFY.md): exact, copy-paste commands for
 * coreutils, cosign and trust-kit, with the exact identity (never a pattern) and, for GitHub
 * Actions runs, the source repository pinned.
 */
function renderVerifyInstructions(input) {
    const { checksumsFile, bundleFile, signer } = input;
    const lines = ['# Verifying this release', ''];
    lines.push(`Download the release files, \`${checksumsFile}\`${bundleFile === undefined ? '' : ` and \`${bundleFile}\``} into one directory and run these commands there.`, '');
    if (bundleFile !== undefined && signer !== undefined) {
        lines.push('## 1. Check the signature on the checksums file', '', ...describeSigner(signer), ...cosignLines(checksumsFile, bundleFile, signer));
        const verifier = pinned(input.verifier);
        lines.push(verifier === undefined
            ? 'With trust-kit, which checks the signature, then every downloaded file against the checksums. Install it from a source you trust, pinned to a commit; do not run `npx trust-kit`: that name on the npm registry is not trust-kit\'s, so it would run whatever someone published under it.'
            : `With trust-kit's verifier, which checks the signature, then every downloaded file against the checksums. The first line fetches the commit of \`${verifier.repository}\` that made this release, and git checks every fetched file against that commit's hash; its committed \`dist/\` runs without installing anything (needs git, and Node.js 24 or another release trust-kit supports).`, '', '```sh', releaseVerifyCommand(checksumsFile, bundleFile, signer, verifier), '```', '');
    }
    lines.push(`## ${bundleFile === undefined ? '1' : '2'}. Check the files against the checksums`, '', '```sh', `${input.algorithm}sum --ignore-missing -c ${shellQuote(checksumsFile)}`, '```', '');
    if (input.sbomFiles.length > 0) {
        lines.push('## Software bill of materials', '', `What the release is built from; listed in \`${checksumsFile}\`, so the commands above check them too:`, '', ...input.sbomFiles.map((file) => `- \`${file}\``), '');
    }
    if (input.attestations !== undefined)
        lines.push(...attestationLines(input.attestations, signer));
    if (input.immutableRelease !== undefined)
        lines.push(...immutableReleaseLines(input.immutableRelease, checksumsFile));
    if (input.images !== undefined && input.images.length > 0 && signer !== undefined)
        lines.push(...imageLines(input.images, signer));
    if (bundleFile !== undefined && signer?.kind === 'certificate' && typeof signer.instance === 'string')
        lines.push(...offlineLines(input, bundleFile, signer));
    return lines.join('\n');
}
/** The cosign commands for the signature on the checksums file; one command serves cosign 3 and cosign 2.5 and later. */
function cosignLines(checksumsFile, bundleFile, signer) {
    // cosign requires a transparency-log entry unless told otherwise; a local key signs offline, so its bundles have none.
    const offline = signer.kind === 'key' ? ' --insecure-ignore-tlog=true' : '';
    const command = `cosign verify-blob ${shellQuote(checksumsFile)} --bundle ${shellQuote(bundleFile)} ${cosignPolicyFlags(signer)}${offline}`;
    const versions = 'cosign 3, or cosign 2.5 and later (cosign 2.4 and earlier also need `--new-bundle-format`)';
    if (signer.kind === 'key')
        return [`With ${versions}; the key signed offline, so there is no transparency-log entry to require:`, '', '```sh', command, '```', ''];
    if (signer.instance !== 'github')
        return [`With ${versions}:`, '', '```sh', command, '```', ''];
    return [
        `With ${versions}. cosign does not fetch GitHub's trusted root itself; the first line gets it with the GitHub CLI, which fetches it through GitHub's TUF repository without a login:`,
        '',
        '```sh',
        GITHUB_TRUSTED_ROOT_COMMAND,
        command,
        '```',
        '',
    ];
}
/** GitHub's own attestation of an immutable release: its tag and assets, checked against the API (`gh` needs a login or `GH_TOKEN`). */
function immutableReleaseLines(release, checksumsFile) {
    const repo = `--repo ${shellQuote(release.repository)}`;
    return [
        '## GitHub release attestation',
        '',
        `The release \`${release.tag}\` of \`${release.repository}\` is immutable: GitHub attests its tag and its assets, which no one can change after publishing. With the GitHub CLI (these two ask GitHub's API, so gh needs a login or \`GH_TOKEN\`), check the release, then that your download of \`${checksumsFile}\` is its asset (the commands above then tie every other file to it):`,
        '',
        '```sh',
        `gh release verify ${shellQuote(release.tag)} ${repo}`,
        `gh release verify-asset ${shellQuote(release.tag)} ${shellQuote(checksumsFile)} ${repo}`,
        '```',
        '',
    ];
}
/** The offline path: Sigstore's and GitHub's trusted roots fetched once, then every signature check without a network. */
function offlineLines(input, bundleFile, signer) {
    const root = `--trusted-root ${OFFLINE_TRUSTED_ROOTS_FILE}`;
    const verifier = pinned(input.verifier);
    const trustKit = releaseVerifyCommand(input.checksumsFile, bundleFile, signer, verifier).split('\n').at(-1) ?? '';
    const gh = input.attestations === undefined || signer.repository === undefined ? [] : ghAttestationCommands(input.attestations, signer).map((command) => `${command} --custom-trusted-root ${OFFLINE_TRUSTED_ROOTS_FILE}`);
    // cosign reads one trusted root: the instance's line of the file (GitHub's names GitHub as its authorities' operator).
    const cosign = `cosign verify-blob ${shellQuote(input.checksumsFile)} --bundle ${shellQuote(bundleFile)} ${cosignPolicyFlags(signer)}`;
    const cosignLines = signer.instance === 'github'
        ? [`grep -F 'GitHub, Inc.' ${OFFLINE_TRUSTED_ROOTS_FILE} > ${GITHUB_TRUSTED_ROOT_FILE}`, cosign]
        : [`grep -v -F 'GitHub, Inc.' ${OFFLINE_TRUSTED_ROOTS_FILE} > ${SIGSTORE_TRUSTED_ROOT_FILE}`, `${cosign} --trusted-root ${SIGSTORE_TRUSTED_ROOT_FILE}`];
    return [
        '## Verifying offline',
        '',
        `Fetch the trusted roots once where there is a network (no login needed) and keep the file; it changes when Sigstore or GitHub rotate keys, a few times a year:`,
        '',
        '```sh',
        `gh attestation trusted-root > ${OFFLINE_TRUSTED_ROOTS_FILE}`,
        '```',
        '',
        `Then, without a network${verifier === undefined ? '' : ' (trust-kit\'s verifier fetched as above)'}:`,
        '',
        '```sh',
        ...cosignLines,
        `${trustKit} ${root}`,
        ...gh,
        '```',
        '',
    ];
}
/** The attestations section: what the file attests and, for a GitHub Actions signer, the `gh attestation verify` commands. */
function attestationLines(attestations, signer) {
    const lines = ['## Attestations', '', `\`${attestations.file}\` holds in-toto attestations about every artifact, signed like the checksums file: ${attestations.predicateTypes.map((type) => `\`${type}\``).join(', ')}.`, ''];
    if (signer?.kind !== 'certificate' || signer.repository === undefined)
        return lines;
    const workflow = reusableWorkflow(signer);
    lines.push(`With the GitHub CLI, for any artifact (here the first), one command per predicate type (gh checks SLSA provenance unless told)${workflow === undefined ? '' : `; \`--signer-workflow\` requires the reusable workflow \`${workflow}\` to have signed, since gh otherwise expects a workflow of \`${signer.repository}\``}:`, '', '```sh', ...ghAttestationCommands(attestations, signer), '```', '');
    return lines;
}
/** A GitHub Actions workflow identity: `https://github.com/<owner>/<repo>/<path>@<ref>`. */
const WORKFLOW_IDENTITY = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/(\.github\/workflows\/[^@]+)@.+$/;
/** The workflow (`owner/repo/path`) that signed, when it is a reusable workflow of another repository than the run's; else undefined. */
function reusableWorkflow(signer) {
    const match = WORKFLOW_IDENTITY.exec(signer.identity ?? '');
    if (match === null || signer.repository === undefined || match[1]?.toLowerCase() === signer.repository.toLowerCase())
        return undefined;
    return `${match[1]}/${match[2]}`;
}
/** `gh attestation verify` for each predicate type, pinning the run's repository and, for a reusable workflow, the workflow that signed. */
function ghAttestationCommands(attestations, signer) {
    const workflow = reusableWorkflow(signer);
    const signerFlag = workflow === undefined ? '' : ` --signer-workflow ${shellQuote(workflow)}`;
    return attestations.predicateTypes.map((type) => `gh attestation verify ${shellQuote(attestations.artifact)} --bundle ${shellQuote(attestations.file)} --repo ${shellQuote(signer.repository ?? '')}${signerFlag} --predicate-type ${shellQuote(type)}`);
}
/** The container images section: `cosign verify` of each image by digest with the checksums file's policy (trust-kit verify-image for GitHub's instance). */
function imageLines(images, signer) {
    const lines = ['## Container images', '', 'These images were signed with the same identity as the checksums file; the signatures are in the registry, attached to each image by digest.', ''];
    // As for the checksums file: cosign needs trust material fetched separately for GitHub's instance; trust-kit fetches it through TUF.
    if (signer.kind === 'certificate' && signer.instance === 'github') {
        return [...lines, 'With trust-kit:', '', '```sh', ...images.map((image) => `trust-kit verify-image ${shellQuote(image)} ${trustKitPolicyFlags(signer)}`), '```', ''];
    }
    // A local key signs offline: there is no transparency-log entry to require.
    const policy = signer.kind === 'key' ? `${cosignPolicyFlags(signer)} --insecure-ignore-tlog=true` : cosignPolicyFlags(signer);
    return [...lines, 'With cosign (2.5 or later):', '', '```sh', ...images.map((image) => `cosign verify ${shellQuote(image)} ${policy}`), '```', ''];
}
function describeSigner(signer) {
    if (signer.kind === 'key') {
        return [
            signer.ephemeral
                ? `It was signed with a key made for this one run; its public key is \`${signer.publicKeyFile}\`. That proves the files are the ones signed together, not who signed them: trust it only as far as you trust where you got \`${signer.publicKeyFile}\`. Releases made in GitHub Actions are signed keylessly instead.`
                : `It was signed with a local key whose public key is \`${signer.publicKeyFile}\`; get that key from a source you trust, not from the same download.`,
            '',
        ];
    }
    const who = `\`${signer.identity ?? 'the identity in the certificate'}\` (issuer \`${signer.issuer}\`)${signer.repository === undefined ? '' : ` in a GitHub Actions run of \`${signer.repository}\``}`;
    const lines = signer.instance === 'github'
        ? [`It was signed keylessly with GitHub's Sigstore instance by ${who}. GitHub's instance keeps no public transparency log; its signed timestamp proves when the signature was made. trust-kit fetches GitHub's trusted root through TUF, as \`gh\` does.`, '']
        : signer.instance === 'public-good'
            ? [`It was signed keylessly with Sigstore by ${who} and recorded in the public transparency log.`, '']
            : [
                `It was signed keylessly with a private Sigstore deployment by ${who}. The commands check it against that deployment's trusted root, \`${signer.instance.private.trustedRootFile}\`: get it from the deployment's operator, not from this download, and put it next to the files.`,
                '',
            ];
    if (signer.repository !== undefined) {
        lines.push(`The commands pin the repository as well as the identity: a workflow in another repository that calls the same reusable workflow is given a certificate with the same identity, but names its own repository in it.`, '');
    }
    return lines;
}
/**
 * VERIFY.md as a section of another markdown document (the job summary): its title and headings
 * moved down by `levels`, code blocks untouched, so the summary shows the same commands.
 */
function instructionsAsSection(instructions, levels) {
    let fenced = false;
    return instructions
        .split('\n')
        .map((line) => {
        if (line.startsWith('```'))
            fenced = !fenced;
        return !fenced && /^#{1,6} /.test(line) ? `${'#'.repeat(levels)}${line}` : line;
    })
        .join('\n');
}

// EXTERNAL MODULE: ./lib/attest/errors.js
var attest_errors = __webpack_require__(98114);
// EXTERNAL MODULE: ./lib/attest/predicates/index.js + 3 modules
var predicates = __webpack_require__(44244);
// EXTERNAL MODULE: ./lib/attest/provenance.js + 2 modules
var provenance = __webpack_require__(55632);
// EXTERNAL MODULE: ./lib/attest/sign.js
var sign = __webpack_require__(1880);
// EXTERNAL MODULE: ./lib/attest/statement.js
var statement = __webpack_require__(98316);
// EXTERNAL MODULE: ./lib/attest/subjects.js
var subjects = __webpack_require__(82728);
;// CONCATENATED MODULE: ./lib/attest/index.js
/** Attestations: in-toto statements over subjects, SLSA provenance from verified claims, SBOM and custom predicates. */







// EXTERNAL MODULE: ./lib/core/files.js
var core_files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
;// CONCATENATED MODULE: ./lib/release/attest.js








/** The file a release's attestations are published in: every bundle, one per line. */
const ATTESTATIONS_FILE = 'attestations.intoto.jsonl';
/**
 * The tokens a release's attestations need, requested before the checksums file is signed (one
 * intake of the runner's request token serves both): undefined when attestations are off, signing
 * uses a key, or the job has no token endpoint (then provenance is skipped, or refused when required).
 */
async function releaseAttestationTokens(config, sign, env) {
    if (config.attest === 'off')
        return undefined;
    const tokens = await (0,provenance/* requestAttestationTokens */.qD)(env, sign.retry, sign.key === undefined);
    if (tokens === undefined && config.attest === 'required')
        throw (0,provenance/* provenanceUnavailable */.k$)();
    return tokens;
}
async function sbomPredicate(path, logger) {
    try {
        return (0,predicates/* predicateFromSbom */.xZ)(await (0,core_files/* readRegularFile */.XF)(path, { maxBytes: statement/* MAX_PREDICATE_BYTES */.pB, what: 'SBOM' }), (0,external_node_path_.basename)(path));
    }
    catch (error) {
        // The SBOM is published and covered by the signed checksums either way; GitHub refuses attestations past 16 MB.
        if ((0,errors/* isTrustKitError */.Nf)(error) && (error.code === 'FILE_TOO_LARGE' || error.code === 'ATTEST_PREDICATE_TOO_LARGE')) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} is larger than the 16 MB an attestation may hold; it is published, but not attested`);
            return undefined;
        }
        throw error;
    }
}
/**
 * The attest step of a release: SLSA provenance of the artifacts from the verified claims token
 * (when there is one) and an SBOM attestation per SBOM, all signed with the session that signed
 * the checksums file (one certificate), written to `attestations.intoto.jsonl`. Returns the file
 * and the predicate types, or undefined when there was nothing to attest.
 */
async function attestRelease(input) {
    const predicates = [];
    if (input.claims !== undefined) {
        const run = await (0,context/* readRunContext */.$)(input.env);
        predicates.push(await (0,provenance/* provenanceFromToken */.xt)(input.claims, { serverURL: run.serverURL, payload: run.payload, clock: clock/* systemClock */.ml, startedOn: input.startedOn, retry: input.retry, discoveryURL: input.discoveryURL }));
    }
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.logger);
        if (predicate !== undefined)
            predicates.push(predicate);
    }
    if (predicates.length === 0)
        return undefined;
    if (input.artifacts.length === 0)
        throw new attest_errors/* AttestError */.y('ATTEST_NO_SUBJECTS', 'the release has no artifact to attest', { hint: 'name the release artifacts' });
    const statements = predicates.flatMap((predicate) => (0,statement/* buildStatements */.n5)(input.artifacts, predicate));
    const attestations = await (0,sign/* signStatements */.Kv)(input.session, statements);
    const path = (0,external_node_path_.join)(input.stagingDir, ATTESTATIONS_FILE);
    await (0,core_files/* writeFileAtomic */.Zf)(path, attestations.map((attestation) => attestation.text).join(''));
    const predicateTypes = predicates.map((predicate) => predicate.predicateType);
    input.logger.info(`attest: ${(0,plural/* counted */.h)(attestations.length, 'attestation')} (${predicateTypes.join(', ')}) of ${(0,plural/* counted */.h)(input.artifacts.length, 'artifact')} -> ${ATTESTATIONS_FILE}`);
    return { path, predicateTypes };
}

;// CONCATENATED MODULE: ./lib/release/steps/attest.js



/** Attests the artifacts (SLSA provenance, an SBOM attestation per SBOM) with the session that signed the checksums file. */
const attestStep = {
    name: 'attest',
    wanted: (config) => config.sign !== undefined && config.attest !== 'off',
    needs: ['sign'],
    async run({ config, ports, session, signature, tokens, artifacts, sbom, staging, startedOn }) {
        // Nothing was signed (skipped), or with a key made for the run, which says nothing about who built the artifacts: nothing is attested.
        if (session === undefined || config.sign === undefined || (signature?.signer.kind === 'key' && signature.signer.ephemeral))
            return {};
        if (artifacts === undefined || staging === undefined)
            throw new Error('attest runs after hash');
        const attested = await attestRelease({
            session,
            claims: tokens?.claims,
            artifacts: (0,checksums.toSubjects)(artifacts, config.algorithm),
            sbomPaths: (sbom?.entries ?? []).map((entry) => (0,external_node_path_.join)(staging, entry.name)),
            stagingDir: staging,
            startedOn,
            env: ports.env,
            logger: ports.logger,
            retry: config.sign.retry,
            discoveryURL: ports.oidcDiscoveryURL,
        });
        return attested === undefined ? {} : { attestations: attested, written: [attested.path] };
    },
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/sigstore/sign/index.js + 10 modules
var sigstore_sign = __webpack_require__(88927);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/release/errors.js

/** An error of the release use case itself: where its output goes, and what it may publish. */
class ReleaseError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ReleaseError';
    }
}

;// CONCATENATED MODULE: ./lib/release/audit.js


const DIGEST_NAMES = { SHA2_256: 'sha256', SHA2_384: 'sha384', SHA2_512: 'sha512' };
function unreadable(bundle, what) {
    return new ReleaseError('RELEASE_BUNDLE_UNREADABLE', `the bundle ${bundle} has no ${what}`, { hint: 'this is a bug in trust-kit: the bundle was written by this run; report it' });
}
/** What was signed, as a digest: a message signature's digest, or a DSSE payload's SHA-256 and its predicate type. */
function signedContent(bundle, name) {
    const message = bundle.messageSignature?.messageDigest;
    if (message?.digest !== undefined) {
        const algorithm = DIGEST_NAMES[message.algorithm ?? ''];
        if (algorithm === undefined)
            throw unreadable(name, `digest algorithm trust-kit knows (${message.algorithm ?? 'none'})`);
        return { digest: { [algorithm]: Buffer.from(message.digest, 'base64').toString('hex') } };
    }
    const payload = bundle.dsseEnvelope?.payload;
    if (payload === undefined)
        throw unreadable(name, 'message signature or DSSE envelope');
    const bytes = Buffer.from(payload, 'base64');
    let predicateType;
    try {
        predicateType = JSON.parse(bytes.toString('utf8')).predicateType;
    }
    catch {
        predicateType = undefined;
    }
    return { digest: { sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') }, ...(typeof predicateType === 'string' ? { predicateType } : {}) };
}
/**
 * The signing audit log (JSON Lines): per signature, what was signed and its digest, who signed
 * (identity and issuer, or the public key file), the transparency log entries (index and
 * integration time) or the number of RFC 3161 timestamps, and the run's time from its clock.
 * Keys are in a fixed order and lines in the order given: the same run makes the same bytes.
 */
function renderAuditLog(signatures, signer, time) {
    const who = signer.kind === 'certificate' ? { identity: signer.identity, issuer: signer.issuer } : { publicKey: signer.publicKeyFile, ephemeral: signer.ephemeral };
    return signatures
        .map((signature) => {
        const bundle = (typeof signature.json === 'object' && signature.json !== null ? signature.json : {});
        const content = signedContent(bundle, signature.bundle);
        const material = bundle.verificationMaterial;
        const tlog = (material?.tlogEntries ?? []).map((entry) => ({
            logIndex: entry.logIndex ?? '',
            ...(entry.integratedTime === undefined || entry.integratedTime === '0' ? {} : { integratedTime: new Date(Number(entry.integratedTime) * 1000).toISOString() }),
        }));
        const record = {
            kind: signature.kind,
            signed: signature.file,
            ...(content.predicateType === undefined ? {} : { predicateType: content.predicateType }),
            digest: content.digest,
            bundle: signature.bundle,
            ...(signature.line === undefined ? {} : { line: signature.line }),
            signer: who,
            tlog,
            rfc3161Timestamps: material?.timestampVerificationData?.rfc3161Timestamps?.length ?? 0,
            time: time.toISOString(),
        };
        return `${JSON.stringify(record)}\n`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./lib/release/names.js
/** The checksums file's conventional name for an algorithm: `SHA256SUMS`, `SHA512SUMS`. */
function checksumsFileName(algorithm) {
    return `${algorithm.toUpperCase()}SUMS`;
}
/** The file the public key of a key-signed release is published as. */
const PUBLIC_KEY_FILE = 'trust-kit.pub';
/** The name of the verification instructions. */
const INSTRUCTIONS_FILE = 'VERIFY.md';
/** The signing audit log: one JSON line per signature the run made. */
const AUDIT_LOG_FILE = 'trust-kit-audit.jsonl';

;// CONCATENATED MODULE: ./lib/release/steps/audit-log.js








async function bundleJSON(path, name) {
    const text = (await (0,core_files/* readRegularFile */.XF)(path, { maxBytes: core_files/* INPUT_LIMITS */.Ef.bundle, what: 'bundle' })).toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new ReleaseError('RELEASE_BUNDLE_UNREADABLE', `the bundle ${name} is not JSON`, { cause: error, hint: 'this is a bug in trust-kit: the bundle was written by this run; report it' });
    }
}
/**
 * Writes the signing audit log, `trust-kit-audit.jsonl`: one line per signature this run made
 * (the checksums file, each artifact's bundle, each attestation). It is written after them, so
 * the checksums file cannot list it: it is signed on its own, into `trust-kit-audit.jsonl.sigstore.json`.
 */
const auditLogStep = {
    name: 'audit-log',
    wanted: (config) => config.sign !== undefined && config.auditLog,
    needs: ['sign'],
    async run({ ports, session, signature, checksumsPath, artifactBundles, attestations, staging }) {
        if (session === undefined || signature === undefined)
            return {};
        if (checksumsPath === undefined || staging === undefined)
            throw new Error('audit-log runs after sign');
        const name = (path) => (0,external_node_path_.relative)(staging, path).split('\\').join('/');
        const signatures = [{ kind: 'checksums', file: name(checksumsPath), bundle: name(signature.bundlePath), json: await bundleJSON(signature.bundlePath, name(signature.bundlePath)) }];
        for (const bundle of artifactBundles ?? [])
            signatures.push({ kind: 'artifact', file: bundle.name, bundle: name(bundle.bundlePath), json: await bundleJSON(bundle.bundlePath, name(bundle.bundlePath)) });
        if (attestations !== undefined) {
            const lines = (await (0,promises_.readFile)(attestations.path, 'utf8')).split('\n').filter((line) => line !== '');
            lines.forEach((line, index) => {
                let json;
                try {
                    json = JSON.parse(line);
                }
                catch (error) {
                    throw new ReleaseError('RELEASE_BUNDLE_UNREADABLE', `line ${index + 1} of ${(0,external_node_path_.basename)(attestations.path)} is not JSON`, { cause: error, hint: 'this is a bug in trust-kit: the file was written by this run; report it' });
                }
                signatures.push({ kind: 'attestation', file: (0,external_node_path_.basename)(attestations.path), bundle: (0,external_node_path_.basename)(attestations.path), line: index + 1, json });
            });
        }
        const path = (0,external_node_path_.join)(staging, AUDIT_LOG_FILE);
        const text = renderAuditLog(signatures, signature.signer, (ports.clock ?? clock/* systemClock */.ml).now());
        await (0,core_files/* writeFileAtomic */.Zf)(path, text);
        const bundlePath = (0,sigstore_sign/* defaultBundlePath */.Fq)(path);
        const signed = await session.signBlob(Buffer.from(text, 'utf8'), AUDIT_LOG_FILE);
        await (0,core_files/* writeFileAtomic */.Zf)(bundlePath, signed.text);
        ports.logger.info(`audit log: ${signatures.length} signature${signatures.length === 1 ? '' : 's'} -> ${AUDIT_LOG_FILE}, signed on its own`);
        return { auditLog: { path, bundlePath }, written: [path, bundlePath] };
    },
};

;// CONCATENATED MODULE: ./lib/release/steps/bundles.js







/**
 * Signs every artifact on its own into `<artifact>.sigstore.json` (beside it, under the same
 * relative directory), in the session that signed the checksums file: one certificate, one
 * identity. Each file is read once more, one at a time (memory holds one artifact), and must still
 * have the digest the checksums file lists.
 */
const bundlesStep = {
    name: 'bundles',
    wanted: (config) => config.sign !== undefined && config.artifactBundles,
    needs: ['sign'],
    async run({ config, ports, session, artifacts, staging }) {
        // Signing was skipped (on-missing-token: warn|skip): nothing is signed, and the summary says why.
        if (session === undefined)
            return {};
        if (artifacts === undefined || staging === undefined)
            throw new Error('bundles run after hash');
        const artifactBundles = [];
        for (const artifact of artifacts) {
            const data = await (0,core_files/* readRegularFile */.XF)(artifact.path, { maxBytes: core_files/* INPUT_LIMITS */.Ef.artifactWhole, what: 'artifact' });
            if ((0,digest/* digestBytes */.QN)(config.algorithm, data) !== artifact.hex) {
                throw new ReleaseError('RELEASE_ARTIFACT_CHANGED', `${artifact.name} (${artifact.path}) changed after it was hashed: its ${config.algorithm} is no longer the one the checksums file lists`, {
                    hint: 'nothing may write the artifacts while trust-kit runs; run the release again once the build has finished',
                });
            }
            const bundlePath = (0,sigstore_sign/* defaultBundlePath */.Fq)((0,external_node_path_.join)(staging, artifact.name));
            // Artifact names lie under the base (collect refuses others): their bundles lie in the staging directory.
            if (!(0,core_files/* isPathWithin */.ZU)(staging, bundlePath))
                throw new Error(`the bundle of ${artifact.name} would lie outside the staging directory`);
            const signed = await session.signBlob(data, artifact.name);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(bundlePath), { recursive: true });
            await (0,core_files/* writeFileAtomic */.Zf)(bundlePath, signed.text);
            artifactBundles.push({ name: artifact.name, bundlePath });
        }
        ports.logger.info(`bundles: ${(0,plural/* counted */.h)(artifactBundles.length, 'artifact')} signed on its own -> <artifact>.sigstore.json`);
        return { artifactBundles, written: artifactBundles.map((bundle) => bundle.bundlePath) };
    },
};

;// CONCATENATED MODULE: ./lib/release/steps/checksums.js





/**
 * Writes the checksums file: the artifacts, and the SBOMs by the name they are published under
 * beside them, so the signature covers both. It is written also when the SBOMs failed: the
 * artifacts' checksums are kept.
 */
const checksumsStep = {
    name: 'checksums',
    needs: ['hash'],
    salvages: true,
    async run({ config, ports, artifacts, sbom, staging, outputDir }) {
        if (artifacts === undefined || staging === undefined)
            throw new Error('checksums runs after hash');
        const sbomEntries = sbom?.entries ?? [];
        const checksumsPath = (0,external_node_path_.join)(staging, checksumsFileName(config.algorithm));
        await (0,core_files/* writeFileAtomic */.Zf)(checksumsPath, (0,checksums.formatChecksums)([...artifacts, ...sbomEntries]));
        ports.logger.info(`checksums: ${(0,plural/* counted */.h)(artifacts.length, 'artifact')}${sbomEntries.length === 0 ? '' : ` and ${(0,plural/* counted */.h)(sbomEntries.length, 'SBOM')}`} -> ${(0,external_node_path_.relative)(ports.cwd, (0,external_node_path_.join)(outputDir, (0,external_node_path_.relative)(staging, checksumsPath)))}`);
        return { checksumsPath, written: [checksumsPath] };
    },
};

// EXTERNAL MODULE: ./lib/sbom/index.js
var sbom = __webpack_require__(27965);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./lib/release/output.js








/**
 * The real path of `path`, also when it does not exist yet: the longest part that exists with its
 * links resolved, and the rest as named. Two names of one directory (through a link and not) give
 * the same answer.
 */
async function realPathOf(path) {
    const missing = [];
    for (let at = (0,external_node_path_.resolve)(path);;) {
        try {
            return (0,external_node_path_.join)(await (0,promises_.realpath)(at), ...missing);
        }
        catch (error) {
            const parent = (0,external_node_path_.dirname)(at);
            if (parent === at || !['ENOENT', 'ENOTDIR'].includes((0,errors/* systemErrorCode */.vq)(error) ?? ''))
                return (0,external_node_path_.resolve)(path);
            missing.unshift((0,external_node_path_.basename)(at));
            at = parent;
        }
    }
}
/**
 * Checks, before any work, that the output directory can take this run's files: it is a directory
 * (or absent), it is not and does not contain a directory the run reads (replacing it would
 * delete them), and it is empty unless `force`.
 */
async function planOutput(outputDir, options) {
    let exists = false;
    try {
        const info = await (0,promises_.lstat)(outputDir);
        const directory = info.isDirectory() || (info.isSymbolicLink() && (await (0,promises_.stat)(outputDir).then((linked) => linked.isDirectory(), () => false)));
        if (!directory) {
            throw new ReleaseError('RELEASE_OUTPUT_NOT_DIRECTORY', `the output directory ${outputDir} exists and is not a directory`, {
                hint: 'choose another output directory (--output-dir, input "output-dir"), or remove that file',
            });
        }
        exists = true;
    }
    catch (error) {
        if (error instanceof ReleaseError)
            throw error;
        if ((0,errors/* systemErrorCode */.vq)(error) !== 'ENOENT')
            throw outputFailed(`cannot look at the output directory ${outputDir}`, error);
    }
    // Compared as real paths: the output directory and a kept one may be named through different links.
    const target = await realPathOf(outputDir);
    for (const kept of options.keep) {
        const path = (0,external_node_path_.resolve)(kept.path);
        if ((0,core_files/* isPathWithin */.ZU)(outputDir, path) || (0,core_files/* isPathWithin */.ZU)(target, await realPathOf(path))) {
            throw new ReleaseError('RELEASE_OUTPUT_OVERLAPS', `the output directory ${outputDir} is or contains ${kept.what} ${path}; a release replaces its output directory as a whole`, {
                hint: 'give trust-kit an output directory of its own, such as trust-kit-out (it may lie inside the base directory: it is never hashed)',
            });
        }
    }
    if (exists) {
        const entries = await (0,promises_.readdir)(target).catch((error) => {
            throw outputFailed(`cannot list the output directory ${outputDir}`, error);
        });
        if (entries.length > 0 && !options.force)
            throw notEmpty(outputDir, entries);
    }
    return { outputDir, target, force: options.force };
}
function notEmpty(outputDir, entries) {
    const shown = [...entries].sort().slice(0, 5).join(', ');
    return new ReleaseError('RELEASE_OUTPUT_NOT_EMPTY', `the output directory ${outputDir} is not empty (${shown}${entries.length > 5 ? `, and ${entries.length - 5} more` : ''}); a release never leaves files of another run beside its own`, { hint: 'remove it, choose another output directory, or replace it with this run\'s files with --force (input "force: true")' });
}
function outputFailed(message, error) {
    return new ReleaseError('RELEASE_OUTPUT_FAILED', `${message}: ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`, {
        cause: error,
        hint: 'check that the output directory\'s parent exists or can be created, is writable and has free space',
    });
}
/** The start of the names of a plan's staging and replaced directories, siblings of the output directory. */
function siblingPrefix(plan) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(plan.target), `.${(0,external_node_path_.basename)(plan.target)}.trust-kit-`);
}
/**
 * Whether a path belongs to the output directory or to a staging directory beside it (this run's,
 * or one an interrupted run left): never an artifact of the release. Paths are compared as named
 * and as real: a walk through a linked directory sees the staging directories under the link's path.
 */
function isOutputPath(plan, path) {
    const siblings = [siblingPrefix(plan), (0,external_node_path_.join)((0,external_node_path_.dirname)(plan.outputDir), (0,external_node_path_.basename)(siblingPrefix(plan)))];
    return (0,core_files/* isPathWithin */.ZU)(plan.outputDir, path) || (0,core_files/* isPathWithin */.ZU)(plan.target, path) || siblings.some((prefix) => path.startsWith(prefix));
}
/**
 * The file in a staging directory that names the process holding it. A staging directory is
 * trust-kit's own only with this file in it; it is taken out just before the directory is
 * published (or kept for the user), so only a run that was killed leaves it behind.
 */
const STAGING_MARKER = '.trust-kit-staging';
/** What follows a staging directory's prefix: the 6 random bytes {@link makeStagingDirectory} names it with. */
const STAGING_SUFFIX = /^staging-[0-9a-f]{12}$/;
/** A marker is a short line of JSON; anything longer is not one. */
const MAX_MARKER_BYTES = 512;
/** A process's start time from /proc, or undefined where it cannot be read. */
async function processStart(pid) {
    try {
        const stat = await (0,promises_.readFile)(`/proc/${pid}/stat`, 'latin1');
        // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
/** The holder a marker file names, or undefined when it is not a marker trust-kit wrote (missing, a link, not a regular file, too long, not its JSON). */
async function readHolder(marker) {
    let handle;
    try {
        // O_NOFOLLOW: a link in place of the marker is not read through; O_NONBLOCK: a FIFO cannot stall the open.
        handle = await (0,promises_.open)(marker, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        if (!(await handle.stat()).isFile())
            return undefined;
        // One bounded read: a marker that grew past the limit is not one.
        const bytes = Buffer.alloc(MAX_MARKER_BYTES + 1);
        const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
        if (bytesRead > MAX_MARKER_BYTES)
            return undefined;
        const parsed = JSON.parse(bytes.toString('utf8', 0, bytesRead));
        if (typeof parsed !== 'object' || parsed === null)
            return undefined;
        const { pid, host, start } = parsed;
        if (!Number.isSafeInteger(pid) || pid <= 0 || typeof host !== 'string' || (start !== undefined && typeof start !== 'string'))
            return undefined;
        return { pid: pid, host, ...(start === undefined ? {} : { start }) };
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
}
/**
 * Whether the process that made a staging directory may still be running. Another host's process
 * cannot be asked about, so it counts as running; a process id now used by a process that started
 * at another time (known from /proc) does not.
 */
async function isHeld(holder) {
    if (holder.host !== (0,external_node_os_.hostname)())
        return true;
    try {
        process.kill(holder.pid, 0);
    }
    catch (error) {
        // EPERM: it exists, as another user's process.
        if ((0,errors/* systemErrorCode */.vq)(error) === 'ESRCH')
            return false;
    }
    if (holder.start === undefined)
        return true;
    const start = await processStart(holder.pid);
    return start === undefined || start === holder.start;
}
/**
 * Removes the staging directories that killed runs left beside the output directory: only
 * directories (never a link, which is not followed) with trust-kit's name and marker whose
 * process has ended; a live run's, and anything trust-kit cannot tell is its own, are left alone.
 * A directory that cannot be removed is left too: it is never hashed, and the next run tries
 * again. Resolves with the paths removed.
 */
async function removeStaleStagingDirectories(plan) {
    const prefix = (0,external_node_path_.basename)(siblingPrefix(plan));
    const parent = (0,external_node_path_.dirname)(plan.target);
    const entries = await (0,promises_.readdir)(parent, { withFileTypes: true }).catch(() => []);
    const removed = [];
    for (const entry of entries) {
        if (!entry.name.startsWith(prefix) || !STAGING_SUFFIX.test(entry.name.slice(prefix.length)) || !entry.isDirectory())
            continue;
        const staging = (0,external_node_path_.join)(parent, entry.name);
        const holder = await readHolder((0,external_node_path_.join)(staging, STAGING_MARKER));
        if (holder === undefined || (await isHeld(holder)))
            continue;
        // Checked again right before: a link put in the directory's place since the listing is not followed.
        const info = await (0,promises_.lstat)(staging).catch(() => undefined);
        if (info?.isDirectory() !== true)
            continue;
        await (0,promises_.rm)(staging, { recursive: true }).then(() => removed.push(staging), () => undefined);
    }
    return removed;
}
/** Makes this run's staging directory beside the output directory, holding only the marker that names this process. */
async function makeStagingDirectory(plan) {
    // Not mkdtemp, whose 0700 the output directory would keep: made as mkdir makes any directory, under the umask.
    const staging = `${siblingPrefix(plan)}staging-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    let made = false;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(plan.target), { recursive: true });
        await (0,promises_.mkdir)(staging);
        made = true;
        const start = await processStart('self');
        const holder = { pid: process.pid, host: (0,external_node_os_.hostname)(), ...(start === undefined ? {} : { start }) };
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, STAGING_MARKER), JSON.stringify(holder), { flag: 'wx', mode: 0o644 });
        return staging;
    }
    catch (error) {
        if (made)
            await discardStagingDirectory(staging);
        throw outputFailed(`cannot make a staging directory beside ${plan.outputDir}`, error);
    }
}
/** Removes a staging directory; the output directory is untouched. */
async function discardStagingDirectory(staging) {
    await (0,promises_.rm)(staging, { recursive: true, force: true }).catch(() => undefined);
}
/**
 * Moves the staging directory into place as the output directory. An output directory that holds
 * files is replaced only with `force`; without it (files appeared since the plan was made) the
 * staging directory is kept and named in the error, so nothing this run made is lost. Resolves
 * with the path of an earlier output that was replaced but could not be removed (a sibling that
 * is never hashed), for the caller to report: the run's own files are in place by then.
 */
async function publishStagingDirectory(plan, staging) {
    const keptIn = `this run's files are in ${staging}`;
    // Out before the move: the published directory holds only the run's files, and a staging
    // directory kept for the user is never taken for a killed run's.
    await (0,promises_.rm)((0,external_node_path_.join)(staging, STAGING_MARKER), { force: true }).catch((error) => {
        throw outputFailed(`cannot prepare ${staging} to be moved to ${plan.outputDir} (${keptIn})`, error);
    });
    try {
        // Over a missing or empty directory, one atomic rename.
        await (0,promises_.rename)(staging, plan.target);
        return undefined;
    }
    catch (error) {
        if (!['EEXIST', 'ENOTEMPTY', 'EPERM', 'EISDIR'].includes((0,errors/* systemErrorCode */.vq)(error) ?? ''))
            throw outputFailed(`cannot move ${staging} to ${plan.outputDir} (${keptIn})`, error);
    }
    if (!plan.force) {
        try {
            await (0,promises_.rmdir)(plan.target);
        }
        catch (error) {
            const code = (0,errors/* systemErrorCode */.vq)(error);
            if (code === 'ENOTEMPTY' || code === 'EEXIST') {
                const entries = await (0,promises_.readdir)(plan.target).catch(() => []);
                const refused = notEmpty(plan.outputDir, entries);
                throw new ReleaseError('RELEASE_OUTPUT_NOT_EMPTY', `${refused.message}, files appeared in it during the run; ${keptIn}`, { hint: refused.hint });
            }
            throw outputFailed(`cannot replace the empty ${plan.outputDir} (${keptIn})`, error);
        }
        await (0,promises_.rename)(staging, plan.target).catch((error) => {
            throw outputFailed(`cannot move ${staging} to ${plan.outputDir} (${keptIn})`, error);
        });
        return undefined;
    }
    // The earlier output is moved aside first, so that it comes back if this run's cannot take its place.
    const replaced = `${siblingPrefix(plan)}replaced-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    await (0,promises_.rename)(plan.target, replaced).catch((error) => {
        throw outputFailed(`cannot move the earlier ${plan.outputDir} aside (${keptIn})`, error);
    });
    try {
        await (0,promises_.rename)(staging, plan.target);
    }
    catch (error) {
        await (0,promises_.rename)(replaced, plan.target).catch(() => undefined);
        throw outputFailed(`cannot move ${staging} to ${plan.outputDir} (${keptIn})`, error);
    }
    // This run's files are in place: failing now would report them as not written.
    return (0,promises_.rm)(replaced, { recursive: true, force: true }).then(() => undefined, () => replaced);
}

;// CONCATENATED MODULE: ./lib/release/steps/collect.js









/**
 * The names a release publishes beside its artifacts (release assets are one flat directory): an
 * artifact with one of them would be ambiguous in the checksums file or in the download.
 */
function publishedNames(config) {
    const checksums = checksumsFileName(config.algorithm);
    return [checksums, (0,sigstore_sign/* defaultBundlePath */.Fq)(checksums), PUBLIC_KEY_FILE, INSTRUCTIONS_FILE, ATTESTATIONS_FILE, AUDIT_LOG_FILE, (0,sigstore_sign/* defaultBundlePath */.Fq)(AUDIT_LOG_FILE), ...(config.sbom?.formats ?? []).map((format) => (0,sbom/* encoderFor */.Eq)(format).fileName)];
}
/**
 * Finds the artifacts, refuses names the release publishes itself, makes the staging directory and
 * starts reading the artifacts (once: their checksums and the SBOMs' digests in one pass), so that
 * hashing and cataloging run side by side.
 */
const collectStep = {
    name: 'collect',
    needs: ['output'],
    async run({ config, ports, outputDir, plan }) {
        if (plan === undefined)
            throw new Error('collect runs after output');
        // Before the walk, so that their files are not even looked at.
        const stale = await removeStaleStagingDirectories(plan);
        if (stale.length > 0)
            ports.logger.info(`removed ${(0,plural/* counted */.h)(stale.length, 'staging directory', 'staging directories')} that killed runs left: ${stale.map((path) => (0,external_node_path_.relative)(ports.cwd, path)).join(', ')}`);
        // The output directory and staging directories may lie inside the base: their files are what the run makes, never artifacts.
        // The walk does not enter them (an earlier output kept with --force may hold anything), and a glob that names files in them is filtered.
        // Entries are compared by their real paths too: the base may be named through a link and the output directory not, or the other way round.
        const collected = await (0,checksums.collectArtifacts)(config.subjects, { cwd: ports.cwd, base: config.base, skip: (entry) => isOutputPath(plan, entry.path) || isOutputPath(plan, entry.real) });
        const files = collected.filter((file) => !isOutputPath(plan, file.path));
        if (files.length === 0) {
            throw new ReleaseError('RELEASE_NO_ARTIFACTS', `${config.subjects.join(', ')} name${config.subjects.length === 1 ? 's' : ''} no file outside the output directory ${outputDir}`, { hint: 'name the release artifacts; the output directory only holds what trust-kit makes' });
        }
        // With per-artifact bundles, `<artifact>.sigstore.json` is published beside each artifact too.
        const reserved = new Set([...publishedNames(config), ...(config.artifactBundles ? files.map((file) => (0,sigstore_sign/* defaultBundlePath */.Fq)(file.name)) : [])]);
        // A directory of that name would hold the bundle's place too: `app.sigstore.json/notes.txt`.
        const bundleDirectories = config.artifactBundles ? files.map((file) => `${(0,sigstore_sign/* defaultBundlePath */.Fq)(file.name)}/`) : [];
        const clashing = files.filter((file) => reserved.has(file.name) || bundleDirectories.some((directory) => file.name.startsWith(directory))).map((file) => file.name);
        if (clashing.length > 0) {
            throw new ReleaseError('RELEASE_NAME_CLASH', `the artifact${clashing.length === 1 ? '' : 's'} ${clashing.join(', ')} would be published beside the file${clashing.length === 1 ? '' : 's'} of the same name trust-kit makes`, {
                hint: 'rename the artifact, or set --base so that it is listed under a directory name',
            });
        }
        const staging = await makeStagingDirectory(plan);
        const hashing = (0,checksums.hashArtifacts)(files, config.algorithm, config.sbom === undefined ? {} : { also: sbom/* SBOM_FILE_DIGESTS */.tk });
        // Awaited by the hash step; a rejection before then is not an unhandled one.
        hashing.catch(() => undefined);
        return { artifactFiles: files, staging, hashing };
    },
};

// EXTERNAL MODULE: ./lib/core/retry.js
var retry = __webpack_require__(7493);
// EXTERNAL MODULE: ./lib/github/http.js
var http = __webpack_require__(48031);
;// CONCATENATED MODULE: ./lib/github/releases.js



/** A failure of a request to GitHub's releases API. */
class ReleaseApiError extends errors/* TrustKitError */.T0 {
    /** The HTTP status GitHub answered, when it answered. */
    status;
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'ReleaseApiError';
        this.status = options.status;
    }
}
/** GitHub's message and validation error codes (`already_exists`) from an error answer, bounded. */
function githubSaid(failure) {
    const data = failure.response?.data;
    const message = githubMessage(failure);
    const codes = Array.isArray(data?.errors) ? data.errors.flatMap((entry) => (typeof entry?.code === 'string' ? [boundedText(entry.code)] : [])) : [];
    return { message, codes };
}
/** Whether GitHub refused because the object exists already (`422` with the `already_exists` validation code). */
function isAlreadyExists(error) {
    return error instanceof ReleaseApiError && error.code === 'GITHUB_RELEASE_ASSET_EXISTS';
}
function apiError(error, what, attempts) {
    const failure = httpFailure(error);
    if (failure === undefined)
        return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed: ${boundedText(messageOf(error))}`, { cause: error, hint: 're-run the job: publishing resumes where it stopped' });
    const said = githubSaid(failure);
    const detail = failure.response === undefined ? 'no answer (connection failed or timed out)' : `HTTP ${failure.status}${said.message === undefined ? '' : `: ${said.message}`}${said.codes.length === 0 ? '' : ` (${said.codes.join(', ')})`}`;
    const status = failure.response === undefined ? undefined : failure.status;
    if (failure.status === 422 && said.codes.includes('already_exists')) {
        return new ReleaseApiError('GITHUB_RELEASE_ASSET_EXISTS', `${what}: ${detail}`, { cause: error, status: 422, hint: 'an asset or release of that name exists already' });
    }
    if (failure.status === 401 || failure.status === 403 || (failure.status === 404 && what.startsWith('POST'))) {
        return new ReleaseApiError('GITHUB_RELEASE_PERMISSION_DENIED', `${what} was refused: ${detail}`, { cause: error, status: failure.status, hint: 'the token needs `contents: write` to create releases and upload assets: add it under `permissions:` of the job' });
    }
    if (failure.status === 422) {
        return new ReleaseApiError('GITHUB_RELEASE_REJECTED', `${what} was rejected: ${detail}`, { cause: error, status: 422, hint: 'a tag once used by an immutable release cannot be reused, and an immutable release takes no new asset: release under a new tag' });
    }
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    return new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `${what} failed${tries}: ${detail}`, { cause: error, ...(status === undefined ? {} : { status }), hint: 'GitHub\'s API kept failing through every retry: re-run the job; publishing resumes where it stopped and never uploads an asset twice' });
}
function toRelease(json) {
    return { id: json.id, tagName: json.tag_name, draft: json.draft, immutable: json.immutable === true, body: json.body ?? '', uploadUrl: json.upload_url };
}
function toAsset(json) {
    const digest = typeof json.digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(json.digest) ? json.digest : undefined;
    return { id: json.id, name: json.name, label: json.label ?? '', state: json.state, size: json.size, digest };
}
/** At most this many pages of releases are searched for a draft (100 a page). */
const MAX_RELEASE_PAGES = 10;
/** GitHub allows 1,000 assets a release: 10 pages of 100. */
const MAX_ASSET_PAGES = 10;
/**
 * The releases of `owner/repo` through `@actions/github`. Every request is retried on 5xx, 429
 * (after its `Retry-After`) and connection failures within the policy's budget; other answers
 * become {@link ReleaseApiError}s naming the request. The token travels only in the header.
 */
function githubReleases(options) {
    const { client, owner, repo } = options;
    const policy = options.retry ?? DEFAULT_RETRY_POLICY;
    const call = async (what, attempt) => {
        let attempts = 0;
        try {
            return await withRetry(policy, (number) => {
                attempts = number;
                return attempt(AbortSignal.timeout(policy.timeoutMs));
            }, githubRetryVerdict, options.sleep);
        }
        catch (error) {
            throw apiError(error, what, attempts);
        }
    };
    const octokit = client.octokit;
    const base = { owner, repo };
    return {
        async findRelease(tag) {
            try {
                const response = await call(`GET /repos/${owner}/${repo}/releases/tags/${tag}`, (signal) => octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...base, tag, request: { signal } }));
                return toRelease(response.data);
            }
            catch (error) {
                if (!(error instanceof ReleaseApiError) || error.status !== 404)
                    throw error;
            }
            // A draft has no tag yet for GitHub: it is found by listing, newest first.
            for (let page = 1; page <= MAX_RELEASE_PAGES; page += 1) {
                const response = await call(`GET /repos/${owner}/${repo}/releases`, (signal) => octokit.request('GET /repos/{owner}/{repo}/releases', { ...base, per_page: 100, page, request: { signal } }));
                const releases = response.data;
                const found = releases.find((release) => release.tag_name === tag);
                if (found !== undefined)
                    return toRelease(found);
                if (releases.length < 100)
                    return undefined;
            }
            return undefined;
        },
        async createDraft(tag, body) {
            const response = await call(`POST /repos/${owner}/${repo}/releases`, (signal) => octokit.request('POST /repos/{owner}/{repo}/releases', { ...base, tag_name: tag, name: tag, body, draft: true, request: { signal } }));
            return toRelease(response.data);
        },
        async updateRelease(id, change) {
            const response = await call(`PATCH /repos/${owner}/${repo}/releases/${id}`, (signal) => octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...base, release_id: id, ...(change.body === undefined ? {} : { body: change.body }), ...(change.publish === true ? { draft: false } : {}), request: { signal } }));
            return toRelease(response.data);
        },
        async listAssets(releaseId) {
            const assets = [];
            for (let page = 1; page <= MAX_ASSET_PAGES; page += 1) {
                const response = await call(`GET /repos/${owner}/${repo}/releases/${releaseId}/assets`, (signal) => octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...base, release_id: releaseId, per_page: 100, page, request: { signal } }));
                const json = response.data;
                assets.push(...json.map(toAsset));
                if (json.length < 100)
                    break;
            }
            return assets;
        },
        async uploadAsset(release, upload) {
            const response = await call(`POST upload of ${upload.name} to release ${release.tagName}`, (signal) => octokit.request({
                method: 'POST',
                url: release.uploadUrl,
                name: upload.name,
                label: upload.label,
                data: upload.data,
                headers: { 'content-type': upload.contentType },
                request: { signal },
            }));
            return toAsset(response.data);
        },
        async downloadAsset(assetId, maxBytes) {
            const response = await call(`GET /repos/${owner}/${repo}/releases/assets/${assetId}`, (signal) => octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...base, asset_id: assetId, headers: { accept: 'application/octet-stream' }, request: { signal } }));
            const bytes = Buffer.from(response.data);
            if (bytes.length > maxBytes)
                throw new ReleaseApiError('GITHUB_RELEASE_API_FAILED', `asset ${assetId} of ${owner}/${repo} holds more than the ${maxBytes} bytes asked for`, { hint: 'the asset changed while it was read: re-run the job' });
            return bytes;
        },
        async deleteAsset(assetId) {
            await call(`DELETE /repos/${owner}/${repo}/releases/assets/${assetId}`, (signal) => octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...base, asset_id: assetId, request: { signal } }));
        },
        async listAttestations(digest, predicateType) {
            try {
                const response = await call(`GET /repos/${owner}/${repo}/attestations/${digest}`, (signal) => octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', { ...base, subject_digest: digest, predicate_type: predicateType, per_page: 100, request: { signal } }));
                const attestations = response.data.attestations ?? [];
                return attestations.flatMap((attestation) => (typeof attestation.bundle === 'object' && attestation.bundle !== null ? [attestation.bundle] : []));
            }
            catch (error) {
                if (error instanceof ReleaseApiError && error.status === 404)
                    return [];
                throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./lib/release/publish.js





/** A refusal of the publish step: what is on the release is not what this run would publish. */
class PublishError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'PublishError';
    }
}
/** The predicate types of GitHub's release attestation, newest first. */
const RELEASE_PREDICATE_TYPES = ['https://in-toto.io/attestation/release/v0.2', 'https://in-toto.io/attestation/release/v0.1'];
/** The statement a DSSE bundle carries, read without verifying; undefined when it carries none. */
function statementOf(bundle) {
    const payload = bundle.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        return JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** What a release statement fails to say about this release (the tag, every asset's digest), or an empty list. */
function releaseStatementGaps(statement, tag, digests) {
    const record = (typeof statement === 'object' && statement !== null ? statement : {});
    const subjects = Array.isArray(record.subject) ? record.subject : [];
    const listed = new Set(subjects.flatMap((subject) => {
        const hex = subject?.digest?.sha256;
        return typeof hex === 'string' ? [`sha256:${hex.toLowerCase()}`] : [];
    }));
    const gaps = digests.filter((digest) => !listed.has(digest)).map((digest) => `no subject ${digest}`);
    const statedTag = record.predicate?.tag;
    if (statedTag !== tag)
        gaps.unshift(`the tag is ${typeof statedTag === 'string' ? JSON.stringify(statedTag.slice(0, 200)) : 'missing'}, not ${JSON.stringify(tag)}`);
    return gaps;
}
/**
 * Fetches GitHub's release attestation for a release this run published immutable, verifies its
 * signature through the port, and checks that its statement names the tag and every asset.
 */
async function checkReleaseAttestation(ports, tag, assets) {
    const digests = assets.map((asset) => asset.digest);
    const waits = ports.attestationWaitsMs ?? [2000, 5000, 10_000];
    const sleep = ports.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const first = digests[0];
    if (first === undefined)
        throw new PublishError('PUBLISH_RELEASE_ATTESTATION_MISSING', `release ${tag} has no asset for GitHub to attest`, { hint: 'publish at least one asset' });
    for (let look = 0;; look += 1) {
        for (const predicateType of RELEASE_PREDICATE_TYPES) {
            const bundles = await ports.releases.listAttestations(first, predicateType);
            const candidates = bundles.filter((bundle) => releaseStatementGaps(statementOf(bundle), tag, digests).length === 0);
            const bundle = candidates[0];
            if (bundle === undefined) {
                const gaps = bundles.length === 0 ? [] : releaseStatementGaps(statementOf(bundles[0]), tag, digests);
                if (gaps.length > 0)
                    throw new PublishError('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's release attestation (${predicateType}) for ${tag} does not match what was published: ${gaps.slice(0, 5).join('; ')}`, { hint: 'the release is published and immutable: check its assets on GitHub (`gh release verify`) and report the mismatch' });
                continue;
            }
            if (ports.verifyReleaseAttestation === undefined)
                return { predicateType, signatureVerified: false };
            const signed = await ports.verifyReleaseAttestation(bundle, first.slice('sha256:'.length));
            // The verified bytes are what counts: the statement read before verifying only chose the bundle.
            const gaps = releaseStatementGaps(signed, tag, digests);
            if (gaps.length > 0)
                throw new PublishError('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's signed release attestation for ${tag} does not match what was published: ${gaps.slice(0, 5).join('; ')}`, { hint: 'report this: the release is immutable and its attestation names other files' });
            return { predicateType, signatureVerified: true };
        }
        const wait = waits[look];
        if (wait === undefined) {
            throw new PublishError('PUBLISH_RELEASE_ATTESTATION_MISSING', `GitHub made no release attestation for the immutable release ${tag} (looked ${look + 1} times)`, { hint: 'the release is published; check it with `gh release verify` once GitHub has attested it' });
        }
        await sleep(wait);
    }
}
/** The content type a release asset is uploaded with, from its name: JSON, JSON Lines, text, or bytes. */
function contentTypeOf(name) {
    if (name.endsWith('.json'))
        return 'application/json';
    if (name.endsWith('.jsonl'))
        return 'application/jsonl';
    if (/(^|\.)(md|txt|pem|pub)$/.test(name) || /SUMS$/.test(name))
        return 'text/plain; charset=utf-8';
    return 'application/octet-stream';
}
/** Where trust-kit's own block in the release notes starts and ends: a re-run replaces only what is between them. */
const NOTES_BLOCK_START = '<!-- trust-kit:verification:start -->';
const NOTES_BLOCK_END = '<!-- trust-kit:verification:end -->';
/**
 * The release notes with the verification block in them: the block between existing markers is
 * replaced, anything else the notes hold is kept; without markers the block is appended.
 */
function withVerificationBlock(notes, block) {
    const own = `${NOTES_BLOCK_START}\n${block.replaceAll(NOTES_BLOCK_START, '').replaceAll(NOTES_BLOCK_END, '').trim()}\n${NOTES_BLOCK_END}`;
    const start = notes.indexOf(NOTES_BLOCK_START);
    const end = start === -1 ? -1 : notes.indexOf(NOTES_BLOCK_END, start);
    if (start !== -1 && end !== -1)
        return `${notes.slice(0, start)}${own}${notes.slice(end + NOTES_BLOCK_END.length)}`;
    const kept = notes.trimEnd();
    return kept === '' ? own : `${kept}\n\n${own}`;
}
/** How often one asset's upload is started again after a broken-off upload left a `starter` asset behind. */
const MAX_UPLOAD_RESTARTS = 3;
/** The asset on the release that stands for `local`: by GitHub's name, else by the label trust-kit uploads it with. */
function remoteFor(remote, local) {
    return remote.find((asset) => asset.name === local.name) ?? remote.find((asset) => asset.label === local.name);
}
async function sameContent(releases, remote, local) {
    if (remote.size !== local.size)
        return false;
    if (remote.digest !== undefined)
        return remote.digest === `sha256:${local.sha256}`;
    // Assets uploaded before GitHub computed digests: hash what is there (no larger than the local file).
    const bytes = await releases.downloadAsset(remote.id, local.size);
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') === local.sha256;
}
function mismatch(tag, local, remote) {
    return new PublishError('PUBLISH_ASSET_DIGEST_MISMATCH', `release ${tag} already has an asset ${remote.name} (${remote.size} bytes${remote.digest === undefined ? '' : `, ${remote.digest}`}) that differs from ${local.path} (${local.size} bytes, sha256:${local.sha256})`, {
        hint: 'trust-kit never overwrites a published file: if the release holds the wrong file, delete that asset (or the draft) and re-run; if the build is not reproducible, release under a new tag',
    });
}
/**
 * Uploads one asset, reading back the name GitHub gave it. An upload that broke off (a 5xx
 * mid-upload) can leave a `starter` asset that makes the retry a 422 `already_exists`: that asset
 * is deleted and the upload started again; an `uploaded` asset of the same name is kept when its
 * digest is ours (the upload did land) and refused otherwise.
 */
async function uploadOne(ports, release, local) {
    const data = await (0,core_files/* readRegularFile */.XF)(local.path, { maxBytes: core_files/* INPUT_LIMITS */.Ef.artifactWhole, what: 'release asset' });
    if ((0,external_node_crypto_.createHash)('sha256').update(data).digest('hex') !== local.sha256) {
        throw new PublishError('PUBLISH_UPLOAD_UNSETTLED', `${local.path} changed while it was being published`, { hint: 'nothing may write to the release files while they are published: re-run the job' });
    }
    for (let restart = 0;; restart += 1) {
        try {
            const uploaded = await ports.releases.uploadAsset(release, { name: local.name, label: local.name, contentType: local.contentType, data });
            if (uploaded.digest !== undefined && uploaded.digest !== `sha256:${local.sha256}`)
                throw mismatch(release.tagName, local, uploaded);
            return uploaded;
        }
        catch (error) {
            if (!isAlreadyExists(error) || restart >= MAX_UPLOAD_RESTARTS)
                throw error;
            const existing = remoteFor(await ports.releases.listAssets(release.id), local);
            if (existing === undefined)
                continue;
            if (existing.state === 'uploaded') {
                if (await sameContent(ports.releases, existing, local))
                    return existing;
                throw mismatch(release.tagName, local, existing);
            }
            ports.logger.info(`publish: deleting the broken-off upload of ${existing.name} (state ${existing.state}) before uploading it again`);
            await ports.releases.deleteAsset(existing.id);
        }
    }
}
/**
 * Publishes the assets to the GitHub release for `tag`, once: the release is found (a draft
 * included) or created as a draft, every asset missing from it is uploaded with its content type,
 * and only then is the draft published with the verification block in its notes. Re-runs are
 * idempotent: an asset with the same name and digest is skipped, one with another digest is a
 * PUBLISH_ASSET_DIGEST_MISMATCH, and a run after a partial failure uploads only what is missing.
 * A release that is published and immutable already is only checked: every asset must be there
 * with our digest and GitHub's release attestation must list them; nothing is changed.
 */
async function publishRelease(input, ports) {
    const seen = new Set();
    const locals = [];
    for (const asset of input.assets) {
        if (seen.has(asset.name))
            throw new PublishError('PUBLISH_ASSET_NAME_CLASH', `two release assets are named ${asset.name}`, { hint: 'release assets are one flat list: give each file a distinct name' });
        seen.add(asset.name);
        const hashed = await (0,digest/* hashFile */.DC)(asset.path, ['sha256']);
        locals.push({ ...asset, sha256: hashed.digest.sha256 ?? '', size: hashed.size });
    }
    const { releases, logger } = ports;
    let release = await releases.findRelease(input.tag);
    if (release === undefined) {
        try {
            release = await releases.createDraft(input.tag, withVerificationBlock('', input.notesBlock));
            logger.info(`publish: created draft release ${input.tag}`);
        }
        catch (error) {
            // Another run created it between our look-up and our request.
            if (!isAlreadyExists(error))
                throw error;
            release = await releases.findRelease(input.tag);
            if (release === undefined)
                throw error;
        }
    }
    const remote = await releases.listAssets(release.id);
    if (!release.draft && release.immutable) {
        const differs = [];
        const assets = [];
        for (const local of locals) {
            const found = remoteFor(remote, local);
            if (found === undefined || found.state !== 'uploaded')
                differs.push(`${local.name} is missing`);
            else if (!(await sameContent(releases, found, local)))
                differs.push(`${found.name} differs from ${local.path} (sha256:${local.sha256})`);
            else
                assets.push({ name: local.name, githubName: found.name, digest: `sha256:${local.sha256}`, outcome: 'present' });
        }
        if (differs.length > 0) {
            throw new PublishError('PUBLISH_IMMUTABLE_RELEASE_DIFFERS', `release ${input.tag} is published and immutable, and it does not hold what this run would publish: ${differs.join('; ')}`, {
                hint: 'an immutable release can never change, and its tag cannot be reused: release this build under a new tag',
            });
        }
        // GitHub attested the release when it was published: no need to wait for it.
        const releaseAttestation = await checkReleaseAttestation({ ...ports, attestationWaitsMs: [] }, input.tag, assets);
        logger.info(`publish: release ${input.tag} is published and immutable, holds every asset with the same digest, and GitHub's release attestation lists them: nothing to do`);
        return { releaseId: release.id, outcome: 'verified', immutable: true, assets, releaseAttestation };
    }
    const assets = [];
    for (const local of locals) {
        let found = remoteFor(remote, local);
        if (found !== undefined && found.state !== 'uploaded') {
            logger.info(`publish: deleting the broken-off upload of ${found.name} (state ${found.state})`);
            await releases.deleteAsset(found.id);
            found = undefined;
        }
        if (found !== undefined) {
            if (!(await sameContent(releases, found, local)))
                throw mismatch(input.tag, local, found);
            assets.push({ name: local.name, githubName: found.name, digest: `sha256:${local.sha256}`, outcome: 'present' });
            continue;
        }
        const uploaded = await uploadOne(ports, release, local);
        if (uploaded.name !== local.name)
            logger.warn(`publish: GitHub renamed ${local.name} to ${uploaded.name}`);
        assets.push({ name: local.name, githubName: uploaded.name, digest: `sha256:${local.sha256}`, outcome: 'uploaded' });
    }
    const notes = withVerificationBlock(release.body, input.notesBlock);
    let outcome = 'updated';
    if (release.draft) {
        // Published once, after every asset is up: an immutable release takes no asset afterwards.
        release = await releases.updateRelease(release.id, { body: notes, publish: true });
        outcome = 'published';
        logger.info(`publish: published release ${input.tag}${release.immutable ? ' (immutable)' : ''}`);
        if (release.immutable) {
            const releaseAttestation = await checkReleaseAttestation(ports, input.tag, assets);
            logger.info(`publish: GitHub's release attestation (${releaseAttestation.predicateType}) lists every asset${releaseAttestation.signatureVerified ? ' and its signature verified' : ''}`);
            return { releaseId: release.id, outcome, immutable: true, assets, releaseAttestation };
        }
    }
    else if (notes !== release.body) {
        release = await releases.updateRelease(release.id, { body: notes });
    }
    return { releaseId: release.id, outcome, immutable: release.immutable, assets };
}

;// CONCATENATED MODULE: ./lib/release/steps/github-release.js



/**
 * Publishes to the GitHub release of the run's tag, when the caller gives a `githubRelease` port:
 * the artifacts, then the run's own files from the output directory, each under its file name
 * (release assets are one flat list), with VERIFY.md as the notes' verification block. A failure
 * here keeps the output directory as it is.
 */
const githubReleaseStep = {
    name: 'github-release',
    needs: ['publish'],
    async run({ ports, artifacts, staged, staging, outputDir, instructionsPath, published }) {
        const target = ports.githubRelease;
        if (target === undefined || published !== true || staging === undefined)
            return {};
        const finalPath = (path) => (0,external_node_path_.join)(outputDir, (0,external_node_path_.relative)(staging, path));
        const { tag, ...publishPorts } = target;
        const paths = [...(artifacts ?? []).map((artifact) => artifact.path), ...staged.map(finalPath)];
        const assets = paths.map((path) => ({ path, name: (0,external_node_path_.basename)(path), contentType: contentTypeOf((0,external_node_path_.basename)(path)) }));
        const notesBlock = instructionsPath === undefined ? '' : await (0,promises_.readFile)(finalPath(instructionsPath), 'utf8');
        return { githubRelease: await publishRelease({ tag, assets, notesBlock }, { ...publishPorts, logger: ports.logger }) };
    },
};

;// CONCATENATED MODULE: ./lib/release/steps/hash.js
/** Waits for the artifacts' digests, which are made while the lockfiles are cataloged. */
const hashStep = {
    name: 'hash',
    needs: ['collect'],
    async run({ hashing }) {
        if (hashing === undefined)
            throw new Error('hash runs after collect');
        return { artifacts: await hashing };
    },
};

// EXTERNAL MODULE: ./lib/images/registry.js
var registry = __webpack_require__(34703);
// EXTERNAL MODULE: ./lib/images/resolve.js
var resolve = __webpack_require__(1378);
// EXTERNAL MODULE: ./lib/images/sign.js
var images_sign = __webpack_require__(49213);
// EXTERNAL MODULE: ./lib/oci/index.js + 6 modules
var oci = __webpack_require__(49103);
;// CONCATENATED MODULE: ./lib/release/steps/images.js








/** The configured references parsed, every bad one named in one error. */
function parseReferences(references) {
    const parsed = [];
    const problems = [];
    for (const reference of references) {
        try {
            parsed.push((0,oci/* parseImageReference */.o_)(reference));
        }
        catch (error) {
            if (!(0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            problems.push(error.message);
        }
    }
    if (problems.length > 0) {
        throw new ReleaseError('RELEASE_IMAGE_REFERENCE', `images: ${problems.join('; ')}`, { hint: 'name each image as registry/repository:tag or registry/repository@sha256:<hex>' });
    }
    return parsed;
}
/** A registry client for the configured images' registries. */
async function imagesClient(config, env, references) {
    return (0,registry/* registryClientFor */.CA)({ 'allow-http-registry': config.images?.allowHttp === true }, env, references, config.sign?.retry);
}
/**
 * Resolves the configured images while the artifacts are hashed: each tag once to its digest, and
 * with `recursive` each platform manifest of an index. A bad reference or a missing image fails
 * the run before a certificate is asked for and before anything is written.
 */
const resolveImagesStep = {
    name: 'resolve-images',
    wanted: (config) => config.sign !== undefined && config.images !== undefined,
    needs: [],
    async run({ config, ports }) {
        const images = config.images;
        if (images === undefined)
            throw new Error('resolve-images runs when images are configured');
        const references = parseReferences(images.references);
        const client = await imagesClient(config, ports.env, references);
        try {
            return { imageSubjects: await (0,resolve/* resolveImages */.B)(client, references, { recursive: images.recursive, logger: ports.logger }) };
        }
        finally {
            client.close();
        }
    },
};
/**
 * Signs the resolved images in the session that signed the checksums file (one certificate for
 * the checksums, the attestations and the images): signatures attached as OCI referrers (and
 * cosign 2's `.sig` manifest unless `signature-format` is cosign3). Nothing is written to the
 * output directory: the signatures live in the registry.
 */
const imagesStep = {
    name: 'images',
    wanted: (config) => config.sign !== undefined && config.images !== undefined,
    needs: ['sign', 'resolve-images'],
    async run({ config, ports, session, imageSubjects }) {
        // Signing was skipped (on-missing-token: warn|skip): nothing is signed, and the summary says why.
        if (session === undefined)
            return {};
        const images = config.images;
        if (images === undefined || imageSubjects === undefined)
            throw new Error('images run after resolve-images');
        const client = await imagesClient(config, ports.env, imageSubjects.map((subject) => subject.reference));
        const signedImages = [];
        try {
            const created = (ports.clock ?? clock/* systemClock */.ml).now();
            await (0,images_sign/* signImages */.U)(client, session, imageSubjects, { format: images.format, created, logger: ports.logger, onSigned: (signed) => signedImages.push((0,oci/* formatImageReference */.my)(signed.subject.reference)) });
        }
        catch (error) {
            // Images signed before the failure are attached in the registry: the log names them.
            if (signedImages.length > 0)
                ports.logger.warn(`signed before the failure (their signatures are in the registry): ${signedImages.join(', ')}`);
            throw error;
        }
        finally {
            client.close();
        }
        ports.logger.info(`images: ${(0,plural/* counted */.h)(signedImages.length, 'image')} signed in the checksums file's session`);
        return { images: signedImages };
    },
};

;// CONCATENATED MODULE: ./lib/release/steps/instructions.js




/**
 * The trust-kit action that runs this release, when the workflow pinned it to a full commit
 * (`uses: owner/trust-kit@<sha>`): VERIFY.md then names that commit's verifier.
 */
function pinnedVerifier(env) {
    const repository = env.GITHUB_ACTION_REPOSITORY;
    const commit = env.GITHUB_ACTION_REF;
    return repository === undefined || repository === '' || commit === undefined || !/^[0-9a-f]{40}$/.test(commit) ? undefined : { repository, commit };
}
/** Writes VERIFY.md: the exact commands users run, from this run's files and signer. */
const instructionsStep = {
    name: 'instructions',
    wanted: (config) => config.instructions,
    needs: ['checksums'],
    async run({ config, ports, staging, checksumsPath, signature, sbom, attestations, artifacts, immutableRelease, images }) {
        if (staging === undefined || checksumsPath === undefined)
            throw new Error('instructions run after checksums');
        const instructionsPath = (0,external_node_path_.join)(staging, INSTRUCTIONS_FILE);
        const verifier = pinnedVerifier(ports.env);
        await (0,core_files/* writeFileAtomic */.Zf)(instructionsPath, renderVerifyInstructions({
            checksumsFile: (0,external_node_path_.basename)(checksumsPath),
            algorithm: config.algorithm,
            bundleFile: signature === undefined ? undefined : (0,external_node_path_.basename)(signature.bundlePath),
            signer: signature?.signer,
            sbomFiles: (sbom?.entries ?? []).map((entry) => entry.name),
            attestations: attestations === undefined ? undefined : { file: (0,external_node_path_.basename)(attestations.path), predicateTypes: attestations.predicateTypes, artifact: artifacts?.[0]?.name ?? '' },
            images,
            verifier,
            immutableRelease,
        }));
        return { instructionsPath, ...(verifier === undefined ? {} : { verifier }), written: [instructionsPath] };
    },
};

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(76448);
;// CONCATENATED MODULE: ./lib/release/steps/output.js




/** The repository and tag of a GitHub Actions run for a tag push, whose release VERIFY.md names; else undefined. */
function releaseOfTagPush(env) {
    const { GITHUB_REPOSITORY: repository, GITHUB_REF_TYPE: type, GITHUB_REF_NAME: tag } = env;
    return repository === undefined || repository === '' || type !== 'tag' || tag === undefined || tag === '' ? undefined : { repository, tag };
}
/**
 * Checks, before any work, that the output directory can take this run's files, and that a run
 * told its release is immutable is one for a tag push (VERIFY.md names that tag's release).
 */
const outputStep = {
    name: 'output',
    needs: [],
    async run({ config, ports, outputDir }) {
        const immutableRelease = config.immutableRelease ? releaseOfTagPush(ports.env) : undefined;
        if (config.immutableRelease && immutableRelease === undefined) {
            throw new ReleaseError('RELEASE_NOT_A_TAG', 'immutable-release is true, but this is not a GitHub Actions run for a tag push (GITHUB_REPOSITORY, GITHUB_REF_TYPE=tag and GITHUB_REF_NAME)', {
                hint: 'set immutable-release only in the workflow that publishes the release of the pushed tag',
            });
        }
        const plan = await planOutput(outputDir, {
            force: config.force,
            keep: [
                { path: ports.cwd, what: 'the working directory' },
                { path: (0,external_node_path_.resolve)(ports.cwd, config.base), what: 'the base directory' },
                ...(config.sbom === undefined ? [] : [{ path: (0,external_node_path_.resolve)(ports.cwd, config.sbom.path), what: 'the SBOM project directory' }]),
                // An artifact named by its path would be left out of the checksums and, with --force, deleted with the earlier output.
                ...config.subjects.filter((subject) => !(0,dist/* isDynamicPattern */.ey)(subject)).map((subject) => ({ path: (0,external_node_path_.resolve)(ports.cwd, subject), what: 'the artifact' })),
            ],
        });
        return { plan, ...(immutableRelease === undefined ? {} : { immutableRelease }) };
    },
};

;// CONCATENATED MODULE: ./lib/release/steps/publish-output.js




/**
 * Moves the staging directory into place as the output directory, also after a failed step once
 * the checksums were written: what the run produced is kept, and no file of an earlier run is
 * left beside it. A run that wrote no checksums file leaves the output directory as it was.
 */
const publishOutputStep = {
    name: 'publish',
    needs: [],
    salvages: true,
    async run({ plan, staging, staged, checksumsPath, failure, ports, outputDir }) {
        if (plan === undefined || staging === undefined)
            return {};
        if (checksumsPath === undefined) {
            await discardStagingDirectory(staging);
            return {};
        }
        try {
            // The files' digests, for the outputs: read in the staging directory, which only this run writes.
            const digests = {};
            for (const path of staged)
                digests[path] = (await (0,digest/* hashFile */.DC)(path, ['sha256'])).digest.sha256 ?? '';
            const leftover = await publishStagingDirectory(plan, staging);
            if (leftover !== undefined)
                ports.logger.warn(`the earlier ${(0,external_node_path_.relative)(ports.cwd, outputDir) || '.'} was replaced but could not be removed: it is left in ${leftover} (never hashed); remove it`);
            return { published: true, digests };
        }
        catch (error) {
            // After an earlier failure, that failure is what the run reports; this one is told.
            if (failure === undefined)
                throw error;
            ports.logger.warn((0,errors/* reportOf */.EI)(error).message);
            return {};
        }
    },
};

;// CONCATENATED MODULE: ./lib/release/steps/sboms.js






/**
 * Catalogs the project's lockfiles into every SBOM format asked for, while the artifacts are
 * hashed (their digests arrive as they are made); the SBOMs list the artifacts as files.
 */
const sbomsStep = {
    name: 'sbom',
    wanted: (config) => config.sbom !== undefined,
    needs: ['collect'],
    async run({ config, ports, artifactFiles: files, hashing, staging }) {
        const sbomConfig = config.sbom;
        if (sbomConfig === undefined || files === undefined || hashing === undefined || staging === undefined)
            throw new Error('sbom runs after collect, when asked for');
        const goModuleCache = (0,sbom/* goModuleCacheDir */.ck)(ports.env);
        const generated = await (0,sbom/* generateSbom */.N3)({
            dir: sbomConfig.path,
            cwd: ports.cwd,
            exclude: sbomConfig.exclude,
            includeDev: sbomConfig.includeDev,
            strict: sbomConfig.strict,
            hashedArtifacts: { files, digests: hashing },
            ...(ports.clock === undefined ? {} : { clock: ports.clock }),
            ...(goModuleCache === undefined ? {} : { goModuleCache }),
        });
        // The checksums are written even so, so an empty catalog warns here where `trust-kit sbom` fails.
        if (generated.lockfiles.length === 0)
            ports.logger.warn(`sbom: found no lockfile in ${sbomConfig.path}: the SBOMs list no dependency (check sbom-path and sbom-exclude, or set sbom-format: none)`);
        // Every document is encoded before any is written: a format that fails leaves no SBOM that the checksums file does not list.
        const documents = sbomConfig.formats.map((format) => {
            const encoder = (0,sbom/* encoderFor */.Eq)(format);
            return { name: encoder.fileName, path: (0,external_node_path_.join)(staging, encoder.fileName), text: encoder.encode(generated.sbom) };
        });
        const written = await Promise.allSettled(documents.map((document) => (0,core_files/* writeFileAtomic */.Zf)(document.path, document.text)));
        const failedWrite = written.find((outcome) => outcome.status === 'rejected');
        if (failedWrite !== undefined) {
            await Promise.all(documents.map((document) => (0,promises_.rm)(document.path, { force: true })));
            throw failedWrite.reason;
        }
        const entries = documents.map((document) => ({ name: document.name, hex: (0,digest/* digestBytes */.QN)(config.algorithm, document.text) }));
        ports.logger.info(`sbom: ${(0,plural/* counted */.h)(generated.sbom.packages.length, 'package')} from ${(0,plural/* counted */.h)(generated.lockfiles.length, 'lockfile')} -> ${entries.map((entry) => entry.name).join(', ')}`);
        return { sbom: { entries, lockfiles: generated.lockfiles }, written: documents.map((document) => document.path) };
    },
};

// EXTERNAL MODULE: ./lib/github/oidc.js
var oidc = __webpack_require__(89402);
;// CONCATENATED MODULE: ./lib/release/steps/sign.js








/** Which deployment verifiers need trust for: custom service URLs mean a private deployment, verified with the trusted root signing used. */
function releaseInstance(config, instance) {
    const custom = config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined || config.signingConfig !== undefined;
    if (custom && config.trustedRoot !== undefined)
        return { private: { trustedRootFile: (0,external_node_path_.basename)(config.trustedRoot) } };
    return instance === 'github' ? 'github' : 'public-good';
}
/**
 * Signs the checksums file in the staging directory; the bundle and any public key are written
 * beside it. A keyless or key session stays open for the steps that sign after it (`closeSession`
 * ends it); `token` is a Sigstore token already requested with the provenance token.
 */
async function signChecksums(config, checksumsPath, stagingDir, ports, token) {
    const bundlePath = (0,sigstore_sign/* defaultBundlePath */.Fq)(checksumsPath);
    if (config.ephemeralKeyWithoutToken && (0,oidc/* tokenSource */.Zx)(ports.env) === undefined) {
        // The private key exists only in this process; only its public half is written.
        const key = (0,sigstore_sign/* ephemeralSigningKey */.Is)();
        const publicKeyPath = (0,external_node_path_.join)(stagingDir, PUBLIC_KEY_FILE);
        ports.logger.warn(`not a GitHub Actions job, no OIDC token and no --key: signing with a key made for this run (public key ${PUBLIC_KEY_FILE}), which proves the files belong together but not who made them; releases from GitHub Actions are signed keylessly`);
        const session = (0,sigstore_sign/* createSigningSession */.Eh)({ backend: { instance: 'key', key }, retry: config.retry });
        await session.signFile(checksumsPath, bundlePath);
        // Written only once signed, and the bundle taken back if it cannot be: neither is published without the other.
        await (0,core_files/* writeFileAtomic */.Zf)(publicKeyPath, key.publicKeyPem).catch(async (error) => {
            await (0,promises_.rm)(bundlePath, { force: true });
            throw error;
        });
        // The session signs the artifacts' own bundles and the audit log; a key made for this run proves nothing about who built them, so it attests nothing.
        return { signature: { bundlePath, signer: { kind: 'key', publicKeyFile: PUBLIC_KEY_FILE, ephemeral: true }, description: `a key made for this run (hint ${key.hint})` }, session, written: [bundlePath, publicKeyPath] };
    }
    const opened = await (0,sigstore_sign/* openSigningSession */.ob)(config, { cwd: ports.cwd, env: ports.env, run: await (0,context/* readRunContext */.$)(ports.env), logger: ports.logger, ...(token === undefined ? {} : { token }) });
    if (opened.session === undefined)
        return { signatureSkipped: opened.reason };
    ports.logger.info(`signing ${(0,external_node_path_.basename)(checksumsPath)} with ${opened.description}`);
    await opened.session.signFile(checksumsPath, bundlePath);
    const signer = opened.signer.kind === 'key'
        ? { kind: 'key', publicKeyFile: `${(0,external_node_path_.basename)(opened.signer.source).replace(/\.key$/, '')}.pub`, ephemeral: false }
        : { kind: 'certificate', identity: opened.signer.identity, issuer: opened.signer.issuer, instance: releaseInstance(config, opened.session.instance), repository: opened.signer.repository, rekorV2: opened.signer.rekorV2, unlogged: opened.signer.unlogged };
    // Closed only after success: on failure the token stays known to the redactor until the error
    // has been printed, and the exit hooks destroy it.
    return { signature: { bundlePath, signer, description: opened.description }, session: opened.session, closeSession: () => opened.close(), written: [bundlePath] };
}
/** Signs the checksums file (verified before it is written), requesting the attestations' tokens in the same intake. */
const signStep = {
    name: 'sign',
    wanted: (config) => config.sign !== undefined,
    needs: ['checksums'],
    async run({ config, ports, checksumsPath, staging }) {
        const sign = config.sign;
        if (sign === undefined || checksumsPath === undefined || staging === undefined)
            throw new Error('sign runs after checksums, when asked for');
        const tokens = await releaseAttestationTokens(config, sign, ports.env);
        const signed = await signChecksums(sign, checksumsPath, staging, ports, tokens?.signing).catch((error) => {
            tokens?.claims.secret.destroy();
            throw error;
        });
        if (signed.session === undefined || signed.closeSession === undefined) {
            tokens?.claims.secret.destroy();
            return signed;
        }
        return { ...signed, ...(tokens === undefined ? {} : { tokens }) };
    },
};

;// CONCATENATED MODULE: ./lib/release/pipeline.js













/**
 * The order of a release: one stage per line, the steps of a stage run concurrently. A step is
 * added as one file under steps/ and one entry here; it is switched off by its `wanted`.
 */
const RELEASE_PIPELINE = [
    [outputStep], // the output directory can take this run's files
    [collectStep], // the artifacts, a staging directory; reading the artifacts starts
    [hashStep, sbomsStep, resolveImagesStep], // the artifacts' digests while the lockfiles are cataloged and the images pinned by digest
    [checksumsStep], // SHA256SUMS, listing the artifacts and the SBOMs
    [signStep], // SHA256SUMS.sigstore.json; the session stays open for the steps below
    [bundlesStep, attestStep], // <artifact>.sigstore.json; attestations.intoto.jsonl
    [imagesStep], // the images' signatures, attached in the registry as OCI referrers
    [auditLogStep], // trust-kit-audit.jsonl: every signature above, signed on its own
    [instructionsStep], // VERIFY.md
    [publishOutputStep], // the staging directory becomes the output directory
    [githubReleaseStep], // the artifacts and the run's files uploaded to the GitHub release, then published
];
/**
 * Runs the steps in order on `state`, adding what each produced. The first failure is kept in
 * `state.failure`; after it only steps that salvage what was made run, when every step they need
 * succeeded. `done` is told after each stage, so a caller can report a run as far as it got.
 */
async function runPipeline(state, pipeline, done = () => { }) {
    const succeeded = new Set();
    for (const stage of pipeline) {
        const runnable = stage.filter((step) => (step.wanted?.(state.config) ?? true) && (state.failure === undefined || step.salvages === true) && step.needs.every((need) => succeeded.has(need)));
        const outcomes = await Promise.allSettled(runnable.map((step) => step.run(state)));
        outcomes.forEach((outcome, index) => {
            const step = runnable[index];
            if (outcome.status === 'rejected') {
                state.failure ??= { step: step.name, error: outcome.reason };
                return;
            }
            const { written, ...produced } = outcome.value;
            Object.assign(state, produced);
            if (written !== undefined)
                state.staged.push(...written);
            succeeded.add(step.name);
        });
        done(state);
    }
}

;// CONCATENATED MODULE: ./lib/release/report.js

/** How each step is named when it fails. */
const STEP_NAMES = {
    output: 'checking the output directory',
    // Finding the files is the first half of hashing them, as users see it.
    collect: 'hashing the artifacts',
    hash: 'hashing the artifacts',
    sbom: 'making the SBOMs',
    checksums: 'writing the checksums file',
    sign: 'signing the checksums file',
    bundles: 'signing each artifact',
    attest: 'attesting the artifacts',
    'resolve-images': 'resolving the images',
    images: 'signing the images',
    'audit-log': 'writing the signing audit log',
    instructions: 'writing VERIFY.md',
    publish: 'moving the files into the output directory',
    'github-release': 'publishing to the GitHub release',
};
/** What a run produced, what failed and why, and what it therefore did not make. */
function releaseFacts(report, cwd) {
    const failed = report.failed;
    const missing = [];
    if (failed !== undefined) {
        // Files made in the staging directory count only once they are in the output directory.
        const published = report.produced.length > 0;
        if (report.checksumsPath === undefined || !published)
            missing.push('the checksums file');
        if (report.wanted.sbom && (report.sbom === undefined || !published))
            missing.push('the SBOMs');
        if (report.wanted.sign && ((report.signature === undefined && report.signatureSkipped === undefined) || !published))
            missing.push('the signature');
        if (report.wanted.artifactBundles && (report.artifactBundles === undefined || !published))
            missing.push("the artifacts' bundles");
        if (report.wanted.images && report.images === undefined && report.signatureSkipped === undefined)
            missing.push("the images' signatures");
        if (report.wanted.auditLog && (report.auditLog === undefined || !published))
            missing.push('the audit log');
        if (report.wanted.instructions && (report.instructionsPath === undefined || !published))
            missing.push('VERIFY.md');
    }
    return {
        outputDir: report.outputDir === undefined ? undefined : (0,external_node_path_.relative)(cwd, report.outputDir) || '.',
        produced: report.produced.map((path) => (0,external_node_path_.basename)(path)),
        failure: failed === undefined ? undefined : { step: STEP_NAMES[failed.step], ...failed.error },
        missing,
    };
}
/** The lines the CLI prints to stderr after a failed run (the error itself follows them). */
function failedRunText(facts) {
    if (facts.failure === undefined)
        return '';
    const where = facts.outputDir ?? 'the output directory';
    const lines = [`trust-kit: release failed while ${facts.failure.step}`];
    lines.push(facts.produced.length === 0 ? `  nothing was written; ${where} is as it was` : `  written to ${where} (this run's files only): ${facts.produced.join(', ')}`);
    if (facts.missing.length > 0)
        lines.push(`  not made: ${facts.missing.join(', ')}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/release/index.js









/** A report of a run that has not started. */
function emptyReleaseReport() {
    return {
        outputDir: undefined,
        algorithm: 'sha256',
        wanted: { sbom: false, sign: false, artifactBundles: false, images: false, auditLog: false, instructions: true },
        artifacts: undefined,
        checksumsPath: undefined,
        sbom: undefined,
        signature: undefined,
        signatureSkipped: undefined,
        attestations: undefined,
        artifactBundles: undefined,
        images: undefined,
        auditLog: undefined,
        instructionsPath: undefined,
        produced: [],
        digests: {},
        failed: undefined,
    };
}
/** Fills `report` in from what the run's steps produced; paths are where the files are once the run has ended. */
function fillReport(report, state) {
    const staging = state.staging;
    const finalPath = (path) => (staging === undefined ? path : (0,external_node_path_.join)(state.outputDir, (0,external_node_path_.relative)(staging, path)));
    report.artifacts = state.artifacts;
    report.checksumsPath = state.checksumsPath === undefined ? undefined : finalPath(state.checksumsPath);
    // SBOMs that no checksums file lists are not kept.
    report.sbom = state.sbom === undefined || state.checksumsPath === undefined ? undefined : { paths: state.sbom.entries.map((entry) => (0,external_node_path_.join)(state.outputDir, entry.name)), lockfiles: state.sbom.lockfiles };
    report.signature = state.signature === undefined ? undefined : { ...state.signature, bundlePath: finalPath(state.signature.bundlePath) };
    report.signatureSkipped = state.signatureSkipped;
    report.attestations = state.attestations === undefined ? undefined : { ...state.attestations, path: finalPath(state.attestations.path) };
    report.artifactBundles = state.artifactBundles?.map((bundle) => ({ name: bundle.name, bundlePath: finalPath(bundle.bundlePath) }));
    report.images = state.images;
    report.auditLog = state.auditLog === undefined ? undefined : { path: finalPath(state.auditLog.path), bundlePath: finalPath(state.auditLog.bundlePath) };
    report.instructionsPath = state.instructionsPath === undefined ? undefined : finalPath(state.instructionsPath);
    if (state.published === true) {
        report.produced = state.staged.map(finalPath);
        report.digests = Object.fromEntries(Object.entries(state.digests ?? {}).map(([path, hex]) => [finalPath(path), hex]));
    }
    report.failed = state.failure === undefined ? undefined : { step: state.failure.step, error: (0,errors/* reportOf */.EI)(state.failure.error) };
}
/**
 * Runs the release pipeline (pipeline.ts): hash every artifact while the project is cataloged
 * into SBOMs, write the checksums file (listing the artifacts and the SBOMs), sign it (verified
 * before it is written), attest the artifacts and write the verification instructions. Everything
 * is written into a fresh staging directory beside the output directory, which then replaces it as
 * a whole, also when a step fails after the checksums: what the run produced is kept, and no file
 * of an earlier run is left beside it. `report` is filled in as the run goes, for surfaces that
 * report a failed run.
 */
async function runRelease(config, ports, report = emptyReleaseReport()) {
    const outputDir = (0,external_node_path_.resolve)(ports.cwd, config.outputDir);
    report.outputDir = outputDir;
    report.algorithm = config.algorithm;
    report.wanted = { sbom: config.sbom !== undefined, sign: config.sign !== undefined, artifactBundles: config.artifactBundles, images: config.images !== undefined, auditLog: config.auditLog, instructions: config.instructions };
    const state = { config, ports, startedOn: clock/* systemClock */.ml.now(), outputDir, staged: [] };
    await runPipeline(state, RELEASE_PIPELINE, (progress) => fillReport(report, progress));
    if (state.published === true) {
        if (report.checksumsPath !== undefined)
            ports.onStep?.({ step: 'checksums', checksumsPath: report.checksumsPath, subjects: (0,checksums.toSubjects)(report.artifacts ?? [], config.algorithm) });
        if (report.sbom !== undefined)
            ports.onStep?.({ step: 'sbom', paths: report.sbom.paths });
    }
    if (state.failure !== undefined)
        throw state.failure.error;
    state.closeSession?.();
    const { artifacts, checksumsPath } = report;
    if (artifacts === undefined || checksumsPath === undefined)
        throw new Error('a release that did not fail made its checksums file');
    return {
        artifacts,
        checksumsPath,
        subjects: (0,checksums.toSubjects)(artifacts, config.algorithm),
        sbom: report.sbom,
        signature: report.signature,
        signatureSkipped: report.signatureSkipped,
        attestations: report.attestations,
        artifactBundles: report.artifactBundles,
        images: report.images,
        auditLog: report.auditLog,
        instructionsPath: report.instructionsPath,
        verifyCommand: report.signature === undefined ? undefined : releaseVerifyCommand((0,external_node_path_.basename)(checksumsPath), (0,external_node_path_.basename)(report.signature.bundlePath), report.signature.signer, state.verifier),
        produced: report.produced,
        digests: report.digests,
        githubRelease: state.githubRelease,
    };
}

// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/logger.js
var logger = __webpack_require__(27444);
// EXTERNAL MODULE: ./lib/config/paths.js
var paths = __webpack_require__(56446);
;// CONCATENATED MODULE: ./lib/cli/commands/release.js









/** `trust-kit release`: everything a release needs, in one command (what the root action runs). */
const releaseCommand = {
    usage: 'trust-kit release [options] PATH...',
    help: `Hashes every artifact named by PATH (files, directories, globs) once and writes, into the
output directory: the checksums file (SHA256SUMS, listing the artifacts and the SBOMs, so the
signature covers both), the project's SBOMs (sbom.spdx.json, sbom.cdx.json), the checksums file's
Sigstore bundle (SHA256SUMS.sigstore.json, verified before it is written) and VERIFY.md with the
exact commands users run. The SBOMs are listed by file name, as they are published beside the
artifacts: \`sha256sum -c\` runs in the directory holding the downloaded release.

The output directory holds one run's files only. A run writes into a fresh staging directory
beside it and moves that into place when it ends; an output directory that is not empty is
refused unless --force, which replaces it with all it holds. It may lie inside the base
directory: it is never hashed. When a step fails after the artifacts were hashed (SBOM, signing),
what the run made (the checksums file, the SBOMs) still replaces the output directory, nothing
of an earlier run is left beside it, and the failed step and what was not made are printed.

Signing: keyless with the OIDC token in SIGSTORE_ID_TOKEN or the GitHub Actions job's; with
--key. Outside GitHub Actions, with --instance auto and no token, key or Sigstore URL, with a key
made for this run whose public key is written as trust-kit.pub (the private key never leaves
memory), so a release can be rehearsed offline; it says so. In a GitHub Actions job
(GITHUB_ACTIONS=true), or with --instance public-good or github, a missing token follows
--on-missing-token.

Options:
      --output-dir DIR         where to write everything (default: trust-kit-out)
      --force                  replace an output directory that is not empty (an earlier run's)
      --base DIR               artifact names are relative to DIR (default: the working directory)
  -a, --algorithm ALG          sha256 (default) or sha512
      --sbom-format FORMAT     spdx-json, cyclonedx-json (1.6; @1.5, @1.7), or none; repeatable
                               (default: spdx-json and cyclonedx-json)
      --sbom-path DIR          the project whose lockfiles are cataloged (default: .)
      --sbom-exclude PATTERN   also skip these paths under --sbom-path (repeatable; see \`trust-kit sbom --help\`)
      --no-sbom-default-excludes
                               catalog test, fixtures, examples, ... directories too
      --include-dev            keep development dependencies in the SBOMs
      --strict                 fail when a lockfile cannot be parsed
      --no-sign                do not sign
      --attest WHEN            false (default), auto or true: attestations.intoto.jsonl with SLSA
                               provenance (in a GitHub Actions job with id-token: write; true
                               requires it) and an SBOM attestation per SBOM, signed with the
                               checksums file's identity (not with a key made for the run)
      --artifact-bundles       also sign each artifact on its own into <artifact>.sigstore.json (in
                               the checksums file's session: one certificate), for
                               cosign verify-blob <file> --bundle <file>.sigstore.json
      --audit-log              write trust-kit-audit.jsonl, one JSON line per signature made (what,
                               digest, signer, log index or timestamps, the run's time from
                               SOURCE_DATE_EPOCH); it is written after the checksums file is signed,
                               so it is signed on its own: trust-kit-audit.jsonl.sigstore.json
      --image REF              also sign this container image (repeatable), in the checksums
                               file's session (one certificate): a tag is resolved once to its
                               digest; the signatures are attached in the registry and VERIFY.md
                               gives the cosign verify command (registry login: docker's config.json)
      --signature-format FMT   how image signatures are attached: both (default), cosign3 (a bundle
                               referrer) or cosign2 (the sha256-<hex>.sig manifest)
      --recursive              also sign each platform manifest of a multi-arch image index
      --allow-http-registry    reach registries over plain HTTP (local test registries only)
      --no-verify-instructions do not write VERIFY.md
      --immutable-release      the GitHub release of the pushed tag is immutable: VERIFY.md adds
                               gh release verify (a GitHub Actions run of a tag push only)
      --instance NAME          auto (default), public-good, github, key
      --key KEY.pem            sign with this private key
      --on-missing-token WHAT  fail (default), warn or skip when keyless signing has no token
      --trusted-root FILE      trusted root bundles are checked against (custom URLs; default through TUF)
      --fulcio-url URL, --rekor-url URL, --tsa-url URL   other Sigstore services
      --rekor-version N        the API --rekor-url speaks: 1 (default) or 2 (Rekor v2, needs --tsa-url)
      --signing-config FILE    a signing config (v0.2, as cosign's) naming the services instead

--key, --trusted-root and --sbom-path must exist before anything is hashed or written: all
missing ones are reported at once (exit 2).

SOURCE_DATE_EPOCH, when set, is the SBOMs' timestamp (else the last commit's time).`,
    options: {
        'output-dir': { type: 'string' },
        base: { type: 'string' },
        algorithm: { type: 'string', short: 'a' },
        'sbom-format': { type: 'string', multiple: true },
        'sbom-path': { type: 'string' },
        'sbom-exclude': { type: 'string', multiple: true },
        'sbom-default-excludes': { type: 'boolean' },
        'include-dev': { type: 'boolean' },
        strict: { type: 'boolean' },
        force: { type: 'boolean' },
        sign: { type: 'boolean' },
        attest: { type: 'string' },
        'artifact-bundles': { type: 'boolean' },
        'audit-log': { type: 'boolean' },
        'verify-instructions': { type: 'boolean' },
        'immutable-release': { type: 'boolean' },
        image: { type: 'string', multiple: true },
        'signature-format': { type: 'string' },
        recursive: { type: 'boolean' },
        'allow-http-registry': { type: 'boolean' },
        ...signing_options/* SIGNING_OPTIONS */.F,
    },
    async run(args, context) {
        const positionalNamer = (0,inputs/* cliNamer */.qy)({ 'subject-path': 'PATH' });
        // The input `images` is the repeatable flag --image.
        const nameOf = (name) => (name === 'images' ? '--image' : positionalNamer(name));
        const { image, ...values } = args.values;
        const config = releaseConfig({ ...values, images: image, 'subject-path': args.positionals }, nameOf, {
            base: '.',
            outputDir: 'trust-kit-out',
            ephemeralKeyWithoutToken: context.env.GITHUB_ACTIONS !== 'true',
        });
        await (0,paths/* requireNamedPaths */.xF)((0,paths/* releasePaths */.ul)(config), context.cwd, nameOf);
        const epoch = context.env.SOURCE_DATE_EPOCH;
        const report = emptyReleaseReport();
        try {
            const result = await runRelease(config, {
                cwd: context.cwd,
                env: context.env,
                logger: (0,logger/* stderrLogger */.D)(context.stderr, args.values.verbose === true),
                ...(epoch === undefined || epoch === '' ? {} : { clock: (0,clock/* clockFromSourceDateEpoch */.vv)(epoch) }),
            }, report);
            for (const path of result.produced)
                context.stdout.write(`${(0,external_node_path_.relative)(context.cwd, path)}\n`);
            return exit_codes/* EXIT */.d.OK;
        }
        catch (error) {
            context.stderr.write(failedRunText(releaseFacts(report, context.cwd)));
            throw error;
        }
    },
};


/***/ }),

/***/ 48031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hg: () => (/* binding */ githubMessage),
/* harmony export */   ly: () => (/* binding */ githubRetryVerdict),
/* harmony export */   tG: () => (/* binding */ httpFailure)
/* harmony export */ });
/* unused harmony export boundedText */
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7493);

/** The HTTP failure in an error Octokit threw; undefined for anything else. */
function httpFailure(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? error : undefined;
}
/** At most this many characters of what GitHub sent are repeated: an error body is the server's to choose. */
const MAX_QUOTED = 300;
/** Text a server sent, on one line and bounded, fit to quote in a log line or an error. */
function boundedText(text) {
    // eslint-disable-next-line no-control-regex -- control characters in a server's text could rewrite the log line
    const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}…` : line;
}
/** GitHub's `message` from an error answer, bounded; undefined when it sent none. */
function githubMessage(failure) {
    const message = failure.response?.data?.message;
    return typeof message !== 'string' || message.trim() === '' ? undefined : boundedText(message);
}
/**
 * How a GitHub API failure is retried: 5xx and 429 (after their `Retry-After`) and connection
 * failures, which Octokit reports as status 500 without a response; anything else is final.
 */
function githubRetryVerdict(error) {
    const failure = httpFailure(error);
    if (failure === undefined || !(failure.status >= 500 || failure.status === 429))
        return 'permanent';
    const wait = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retryAfterMs */ .Vs)(String(failure.response?.headers['retry-after'] ?? ''));
    return wait === undefined ? 'transient' : { retryAfterMs: wait };
}


/***/ })

};
