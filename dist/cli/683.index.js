export const id = 683;
export const ids = [683];
export const modules = {

/***/ 20683:
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





/** Whether `tag` is a name git allows for a tag (git check-ref-format), so that no other name reaches GitHub's API. */
function isTagName(tag) {
    const forbidden = [...tag].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || ' ~^:?*[\\'.includes(char));
    return tag.length <= 250 && !forbidden && !tag.includes('..') && !tag.includes('@{') && !tag.startsWith('/') && !tag.endsWith('/') && !tag.endsWith('.') && !tag.endsWith('.lock') && !tag.includes('//');
}
/** The SBOM formats a release makes unless told otherwise. */
const DEFAULT_RELEASE_SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'];
/**
 * Validates release inputs (`subject-path`, `algorithm`, `base`, `output-dir`, `sbom-format`,
 * `sbom-path`, `include-dev`, `strict`, `force`, `sign`, `attest`, `verify-instructions`, `artifact-bundles`, `audit-log`, `verification-kit`, `immutable-release`, `downgrade`, `gate`, the image inputs (`images`, `signature-format`, `recursive`, `allow-http-registry`), publishing (`github-release`, `tag`) and the signing inputs), reporting every problem
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
    const verificationKit = reader.boolean('verification-kit', signing);
    if (verificationKit && !signing)
        reader.report('verification-kit', 'needs signing: the policy names the signer (drop sign: false)');
    const imageReferences = reader.list('images');
    if (imageReferences.length > 0 && !signing)
        reader.report('images', 'needs signing: images are signed in the checksums file\'s session (drop sign: false)');
    const imageFormat = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'], 'both');
    const recursive = reader.boolean('recursive', false);
    const allowHttp = reader.boolean('allow-http-registry', false);
    const githubRelease = reader.boolean('github-release', false);
    const tag = reader.string('tag', defaults.tag);
    if (githubRelease && tag === undefined)
        reader.report('tag', 'is needed to publish a GitHub release outside a run for a tag push (GITHUB_REF is not refs/tags/...): name the tag to release');
    else if (tag !== undefined && !isTagName(tag))
        reader.report('tag', `is "${tag.slice(0, 100)}", not a git tag name`);
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
        verificationKit,
        immutableRelease: reader.boolean('immutable-release', false),
        gate: reader.boolean('gate', true),
        images: imageReferences.length === 0 ? undefined : { references: imageReferences, format: imageFormat, recursive, allowHttp },
        downgrade: reader.choice('downgrade', ['fail', 'warn', 'off'], 'fail'),
        githubRelease: githubRelease && tag !== undefined ? { tag } : undefined,
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

// EXTERNAL MODULE: ./lib/checksums/index.js + 3 modules
var checksums = __webpack_require__(9396);
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
const value = (text) => ({ value: text });
const wordText = (word) => (typeof word === 'string' ? word : shellQuote(word.value));
/** The line as users paste it into a POSIX shell. */
function renderCommand(command) {
    const line = command.programs.map((words) => words.map(wordText).join(' ')).join(` ${command.join ?? '&&'} `);
    return command.stdout === undefined ? line : `${line} > ${command.stdout}`;
}
/** The programs a command runs (each must be installed for it to run), in order, without repeats. */
function commandTools(command) {
    return [...new Set(command.programs.map((words) => wordText(words[0] ?? '')))];
}
/** A program's words as its argv (values unquoted): what it is given when run without a shell. */
function commandArgv(words) {
    return words.map((word) => (typeof word === 'string' ? word : word.value));
}
function simple(words, checks, extra = {}) {
    return { programs: [words], checks, ...extra };
}
/** The same command with more words at its end. */
function extended(command, ...words) {
    const programs = [...command.programs];
    programs[programs.length - 1] = [...(programs.at(-1) ?? []), ...words];
    return { ...command, programs };
}
function trustKitPolicyFlags(signer) {
    if (signer.kind === 'key')
        return ['--key', value(signer.publicKeyFile)];
    const root = trustedRootFile(signer);
    return [
        '--certificate-identity',
        value(signer.identity ?? '<the identity in the certificate>'),
        '--certificate-oidc-issuer',
        value(signer.issuer),
        ...(signer.repository === undefined ? [] : ['--repo', value(signer.repository)]),
        ...(root === undefined ? [] : ['--trusted-root', value(root)]),
    ];
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
const GITHUB_TRUSTED_ROOT_COMMAND = { programs: [['gh', 'attestation', 'trusted-root'], ['grep', '-F', value('GitHub, Inc.')]], join: '|', stdout: GITHUB_TRUSTED_ROOT_FILE, checks: [], needs: 'network' };
function identityFlags(signer) {
    return [
        '--certificate-identity',
        value(signer.identity ?? '<the identity in the certificate>'),
        '--certificate-oidc-issuer',
        value(signer.issuer),
        // The GitHub workflow repository extension (1.3.6.1.4.1.57264.1.5) holds the repository of the run, the caller of a reusable workflow.
        ...(signer.repository === undefined ? [] : ['--certificate-github-workflow-repository', value(signer.repository)]),
    ];
}
function cosignPolicyFlags(signer) {
    if (signer.kind === 'key')
        return ['--key', value(signer.publicKeyFile)];
    if (signer.instance === 'github') {
        // GitHub's instance has no transparency or certificate log: the signed timestamp is the only evidence of time, and cosign requires both logs unless told.
        return [...identityFlags(signer), '--trusted-root', GITHUB_TRUSTED_ROOT_FILE, '--use-signed-timestamps', '--insecure-ignore-tlog=true', '--insecure-ignore-sct=true'];
    }
    const root = trustedRootFile(signer);
    return [
        ...identityFlags(signer),
        ...(root === undefined ? [] : ['--trusted-root', value(root)]),
        // cosign 2 counts only log times unless asked; cosign 3 uses the timestamp either way.
        ...(signer.rekorV2 === true || signer.unlogged === true ? ['--use-signed-timestamps'] : []),
        ...(signer.unlogged === true ? ['--insecure-ignore-tlog=true'] : []),
    ];
}
/** `cosign verify-blob FILE --bundle BUNDLE` with the signer's policy; a local key signs offline, so its bundles have no transparency-log entry to require. */
function cosignVerifyBlob(file, bundleFile, signer, check) {
    return simple(['cosign', 'verify-blob', value(file), '--bundle', value(bundleFile), ...cosignPolicyFlags(signer), ...(signer.kind === 'key' ? ['--insecure-ignore-tlog=true'] : [])], [check]);
}
/** The directory the pinned verifier is fetched into, relative to the download directory. */
const VERIFIER_DIRECTORY = 'trust-kit-verifier';
/**
 * The trust-kit commands that verify a downloaded release (the signature on the checksums file,
 * then every file against it), run in the download directory. With a pinned verifier, the last
 * is preceded by the command that fetches exactly that commit (git checks every fetched object
 * against the commit's hash); without one, it names `trust-kit`, installed however the reader
 * trusts, never `npx trust-kit`, which would run whatever package holds that name on the npm registry.
 */
function releaseVerifyCommands(checksumsFile, bundleFile, signer, verifier) {
    const flags = ['verify-checksums', value(checksumsFile), '--bundle', value(bundleFile), ...trustKitPolicyFlags(signer)];
    const checks = [
        { kind: 'checksums-signature', checksumsFile, bundleFile },
        // trust-kit checks every listed file present, as `sha256sum --ignore-missing -c` does.
        { kind: 'checksums-files', checksumsFile },
    ];
    const source = pinned(verifier);
    if (source === undefined)
        return [simple(['trust-kit', ...flags], checks)];
    return [
        {
            programs: [
                ['git', 'init', '-q', VERIFIER_DIRECTORY],
                ['git', '-C', VERIFIER_DIRECTORY, 'fetch', '-q', '--depth', '1', value(`https://github.com/${source.repository}`), source.commit],
                ['git', '-C', VERIFIER_DIRECTORY, 'checkout', '-q', '--detach', source.commit],
            ],
            join: '&&',
            checks: [],
            needs: 'network',
        },
        simple(['node', `${VERIFIER_DIRECTORY}/dist/cli/index.js`, ...flags], checks),
    ];
}
/**
 * The trust-kit command that verifies a downloaded release, as VERIFY.md and the job summary show
 * it (see {@link releaseVerifyCommands}).
 */
function releaseVerifyCommand(checksumsFile, bundleFile, signer, verifier) {
    return releaseVerifyCommands(checksumsFile, bundleFile, signer, verifier).map(renderCommand).join('\n');
}
const verify_text = (...lines) => ({ text: lines });
const shell = (...commands) => ({ commands });
function renderBlocks(blocks) {
    return blocks.flatMap((block) => ('text' in block ? block.text : ['```sh', ...block.commands.map(renderCommand), '```', ''])).join('\n');
}
/**
 * The verification instructions of a release (VERIFY.md): exact, copy-paste commands for
 * coreutils, cosign and trust-kit, with the exact identity (never a pattern) and, for GitHub
 * Actions runs, the source repository pinned.
 */
function renderVerifyInstructions(input) {
    return renderBlocks(instructionBlocks(input));
}
/** Every command of the instructions, in the order VERIFY.md gives them: what the pre-publish gate checks and runs. */
function verificationCommands(input) {
    return instructionBlocks(input).flatMap((block) => ('commands' in block ? block.commands : []));
}
function instructionBlocks(input) {
    const { checksumsFile, bundleFile, signer } = input;
    const blocks = [verify_text('# Verifying this release', '')];
    blocks.push(verify_text(`Download the release files, \`${checksumsFile}\`${bundleFile === undefined ? '' : ` and \`${bundleFile}\``} into one directory and run these commands there.`, ''));
    if (bundleFile !== undefined && signer !== undefined) {
        blocks.push(verify_text('## 1. Check the signature on the checksums file', '', ...describeSigner(signer)), ...cosignBlocks(checksumsFile, bundleFile, signer));
        const verifier = pinned(input.verifier);
        blocks.push(verify_text(verifier === undefined
            ? 'With trust-kit, which checks the signature, then every downloaded file against the checksums. Install it from a source you trust, pinned to a commit; do not run `npx trust-kit`: that name on the npm registry is not trust-kit\'s, so it would run whatever someone published under it.'
            : `With trust-kit's verifier, which checks the signature, then every downloaded file against the checksums. The first line fetches the commit of \`${verifier.repository}\` that made this release, and git checks every fetched file against that commit's hash; its committed \`dist/\` runs without installing anything (needs git, and Node.js 24 or another release trust-kit supports).`, ''), shell(...releaseVerifyCommands(checksumsFile, bundleFile, signer, verifier)));
    }
    blocks.push(verify_text(`## ${bundleFile === undefined ? '1' : '2'}. Check the files against the checksums`, ''), shell(simple([`${input.algorithm}sum`, '--ignore-missing', '-c', value(checksumsFile)], [{ kind: 'checksums-files', checksumsFile }])));
    if (input.sbomFiles.length > 0) {
        blocks.push(verify_text('## Software bill of materials', '', `What the release is built from; listed in \`${checksumsFile}\`, so the commands above check them too:`, '', ...input.sbomFiles.map((file) => `- \`${file}\``), ''));
    }
    if (input.artifactBundles !== undefined && input.artifactBundles.length > 0 && signer !== undefined)
        blocks.push(...artifactBundleBlocks(input.artifactBundles, signer));
    if (input.attestations !== undefined)
        blocks.push(...attestationBlocks(input.attestations, signer));
    if (input.immutableRelease !== undefined)
        blocks.push(...immutableReleaseBlocks(input.immutableRelease, checksumsFile));
    if (input.images !== undefined && input.images.length > 0 && signer !== undefined)
        blocks.push(...imageBlocks(input.images, signer));
    if (bundleFile !== undefined && signer?.kind === 'certificate' && typeof signer.instance === 'string')
        blocks.push(...offlineBlocks(input, bundleFile, signer));
    if (input.verificationKit !== undefined)
        blocks.push(...verificationKitBlocks(input.verificationKit, input.checksumsFile, input.verifier, input.immutableRelease !== undefined));
    return blocks;
}
/** The cosign commands for the signature on the checksums file; one command serves cosign 3 and cosign 2.5 and later. */
function cosignBlocks(checksumsFile, bundleFile, signer) {
    const command = cosignVerifyBlob(checksumsFile, bundleFile, signer, { kind: 'checksums-signature', checksumsFile, bundleFile });
    const versions = 'cosign 3, or cosign 2.5 and later (cosign 2.4 and earlier also need `--new-bundle-format`)';
    if (signer.kind === 'key')
        return [verify_text(`With ${versions}; the key signed offline, so there is no transparency-log entry to require:`, ''), shell(command)];
    if (signer.instance !== 'github')
        return [verify_text(`With ${versions}:`, ''), shell(command)];
    return [
        verify_text(`With ${versions}. cosign does not fetch GitHub's trusted root itself; the first line gets it with the GitHub CLI, which fetches it through GitHub's TUF repository without a login:`, ''),
        shell(GITHUB_TRUSTED_ROOT_COMMAND, command),
    ];
}
/** Each artifact's own bundle (`<artifact>.sigstore.json`), for users who check one file without the checksums file. */
function artifactBundleBlocks(bundles, signer) {
    const github = signer.kind === 'certificate' && signer.instance === 'github' ? ` (\`${GITHUB_TRUSTED_ROOT_FILE}\` as written above)` : '';
    return [
        verify_text('## Each artifact on its own', '', `Every artifact also has its own bundle, \`<artifact>.sigstore.json\`, signed like the checksums file: to check one file without the checksums file, with cosign${github}:`, ''),
        shell(...bundles.map((bundle) => cosignVerifyBlob(bundle.artifact, bundle.bundleFile, signer, { kind: 'artifact-bundle', artifact: bundle.artifact, bundleFile: bundle.bundleFile }))),
    ];
}
/** GitHub's own attestation of an immutable release: its tag and assets, checked against the API (`gh` needs a login or `GH_TOKEN`). */
function immutableReleaseBlocks(release, checksumsFile) {
    const repo = ['--repo', value(release.repository)];
    const check = { kind: 'release-attestation', repository: release.repository, tag: release.tag };
    return [
        verify_text('## GitHub release attestation', '', `The release \`${release.tag}\` of \`${release.repository}\` is immutable: GitHub attests its tag and its assets, which no one can change after publishing. With the GitHub CLI (these two ask GitHub's API, so gh needs a login or \`GH_TOKEN\`), check the release, then that your download of \`${checksumsFile}\` is its asset (the commands above then tie every other file to it):`, ''),
        shell(simple(['gh', 'release', 'verify', value(release.tag), ...repo], [check], { needs: 'published-release' }), simple(['gh', 'release', 'verify-asset', value(release.tag), value(checksumsFile), ...repo], [check], { needs: 'published-release' })),
    ];
}
/** The offline path: Sigstore's and GitHub's trusted roots fetched once, then every signature check without a network. */
function offlineBlocks(input, bundleFile, signer) {
    const root = ['--trusted-root', OFFLINE_TRUSTED_ROOTS_FILE];
    const verifier = pinned(input.verifier);
    const trustKit = releaseVerifyCommands(input.checksumsFile, bundleFile, signer, verifier).at(-1);
    const gh = input.attestations === undefined || signer.repository === undefined ? [] : ghAttestationCommands(input.attestations, signer).map((command) => extended(command, '--custom-trusted-root', OFFLINE_TRUSTED_ROOTS_FILE));
    // cosign reads one trusted root: the instance's line of the file (GitHub's names GitHub as its authorities' operator).
    const cosign = cosignVerifyBlob(input.checksumsFile, bundleFile, signer, { kind: 'checksums-signature', checksumsFile: input.checksumsFile, bundleFile });
    const cosignCommands = signer.instance === 'github'
        ? [simple(['grep', '-F', value('GitHub, Inc.'), OFFLINE_TRUSTED_ROOTS_FILE], [], { stdout: GITHUB_TRUSTED_ROOT_FILE }), cosign]
        : [simple(['grep', '-v', '-F', value('GitHub, Inc.'), OFFLINE_TRUSTED_ROOTS_FILE], [], { stdout: SIGSTORE_TRUSTED_ROOT_FILE }), extended(cosign, '--trusted-root', SIGSTORE_TRUSTED_ROOT_FILE)];
    return [
        verify_text('## Verifying offline', '', `Fetch the trusted roots once where there is a network (no login needed) and keep the file; it changes when Sigstore or GitHub rotate keys, a few times a year:`, ''),
        shell(simple(['gh', 'attestation', 'trusted-root'], [], { stdout: OFFLINE_TRUSTED_ROOTS_FILE, needs: 'network' })),
        verify_text(`Then, without a network${verifier === undefined ? '' : ' (trust-kit\'s verifier fetched as above)'}:`, ''),
        shell(...cosignCommands, ...(trustKit === undefined ? [] : [extended(trustKit, ...root)]), ...gh),
    ];
}
/**
 * The offline path with the kit the release carries: its own policy and trusted root, checked by
 * the signed checksums file, after the user has compared the policy with what they expect.
 */
function verificationKitBlocks(kit, checksumsFile, verifier, immutable) {
    const source = pinned(verifier);
    const program = source === undefined ? ['trust-kit'] : ['node', `${VERIFIER_DIRECTORY}/dist/cli/index.js`];
    return [
        verify_text('## Verifying offline with the release\'s policy', '', `The release carries its verification policy, \`${kit.policyFile}\`, and the trusted root it was signed against, \`${kit.trustedRootFile}\`, both listed in \`${checksumsFile}\`. A policy that comes with a release only states what to expect: whoever could replace the release could replace it too. Before using it, check that its \`certificateIdentity\`, \`issuer\` and \`sourceRepository\` are the signer and repository you expect (or write your own policy with them). Then, in the directory holding every asset of the release, without a network or a login${source === undefined ? '' : ' (trust-kit\'s verifier fetched as above)'}:`, ''),
        // The policy of an immutable release requires GitHub's release attestation, which exists once the release is published.
        shell(simple([...program, 'verify-release', '.', '--policy', value(kit.policyFile)], [{ kind: 'release-policy', policyFile: kit.policyFile }], immutable ? { needs: 'published-release' } : {})),
        verify_text('It verifies the signed checksums file and every file it lists, each attestation, and GitHub\'s release attestation when the policy requires it, and says what it found.', ''),
    ];
}
/** The attestations section: what the file attests and, for a GitHub Actions signer, the `gh attestation verify` commands. */
function attestationBlocks(attestations, signer) {
    const intro = verify_text('## Attestations', '', `\`${attestations.file}\` holds in-toto attestations about every artifact, signed like the checksums file: ${attestations.predicateTypes.map((type) => `\`${type}\``).join(', ')}.`, '');
    if (signer?.kind !== 'certificate' || signer.repository === undefined)
        return [intro];
    const workflow = reusableWorkflow(signer);
    return [
        intro,
        verify_text(`With the GitHub CLI, for any artifact (here the first), one command per predicate type (gh checks SLSA provenance unless told)${workflow === undefined ? '' : `; \`--signer-workflow\` requires the reusable workflow \`${workflow}\` to have signed, since gh otherwise expects a workflow of \`${signer.repository}\``}:`, ''),
        shell(...ghAttestationCommands(attestations, signer)),
    ];
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
    const signerFlag = workflow === undefined ? [] : ['--signer-workflow', value(workflow)];
    return attestations.predicateTypes.map((type) => simple(['gh', 'attestation', 'verify', value(attestations.artifact), '--bundle', value(attestations.file), '--repo', value(signer.repository ?? ''), ...signerFlag, '--predicate-type', value(type)], [
        { kind: 'attestation', file: attestations.file, artifact: attestations.artifact, predicateType: type },
    ]));
}
/** The container images section: `cosign verify` of each image by digest with the checksums file's policy (trust-kit verify-image for GitHub's instance). */
function imageBlocks(images, signer) {
    const intro = verify_text('## Container images', '', 'These images were signed with the same identity as the checksums file; the signatures are in the registry, attached to each image by digest.', '');
    // As for the checksums file: cosign needs trust material fetched separately for GitHub's instance; trust-kit fetches it through TUF.
    if (signer.kind === 'certificate' && signer.instance === 'github') {
        return [intro, verify_text('With trust-kit:', ''), shell(...images.map((image) => simple(['trust-kit', 'verify-image', value(image), ...trustKitPolicyFlags(signer)], [{ kind: 'image', image }], { needs: 'network' })))];
    }
    // A local key signs offline: there is no transparency-log entry to require.
    const policy = signer.kind === 'key' ? [...cosignPolicyFlags(signer), '--insecure-ignore-tlog=true'] : cosignPolicyFlags(signer);
    return [intro, verify_text('With cosign (2.5 or later):', ''), shell(...images.map((image) => simple(['cosign', 'verify', value(image), ...policy], [{ kind: 'image', image }], { needs: 'network' })))];
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

;// CONCATENATED MODULE: ./lib/release/errors.js

/** An error of the release use case itself: where its output goes, and what it may publish. */
class ReleaseError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ReleaseError';
    }
}

;// CONCATENATED MODULE: ./lib/release/steps/asset-names.js


/**
 * When the run publishes to a GitHub release, refuses artifact names a consumer could not check
 * there, before anything is signed: release assets are one flat list, so `linux/app` would be
 * downloaded as `app`, which the checksums file does not name (and `darwin/app` would take its place).
 */
const assetNamesStep = {
    name: 'asset-names',
    needs: ['collect'],
    wanted: (config) => config.githubRelease !== undefined,
    async run({ artifactFiles }) {
        const nested = (artifactFiles ?? []).map((file) => file.name).filter((name) => name.includes('/'));
        if (nested.length === 0)
            return {};
        const byAsset = new Map();
        for (const name of nested)
            byAsset.set((0,external_node_path_.basename)(name), [...(byAsset.get((0,external_node_path_.basename)(name)) ?? []), name]);
        const clashes = [...byAsset.values()].filter((names) => names.length > 1).map((names) => names.join(' and '));
        const shown = nested.slice(0, 5).join(', ') + (nested.length > 5 ? ` and ${nested.length - 5} more` : '');
        throw new ReleaseError('RELEASE_ASSET_NAME_NESTED', `the artifact${nested.length === 1 ? '' : 's'} ${shown} ${nested.length === 1 ? 'lies' : 'lie'} in a subdirectory of the base, but GitHub release assets are one flat list: the checksums file would name files a consumer does not download under that name${clashes.length === 0 ? '' : ` (${clashes.slice(0, 5).join('; ')} would be one asset)`}`, {
            hint: 'set `base` (--base) to the directory holding the files, or download the build\'s artifacts with actions/download-artifact\'s `merge-multiple: true` into one directory; give files of the same name distinct names (e.g. app-linux, app-darwin)',
        });
    },
};

// EXTERNAL MODULE: ./lib/attest/errors.js
var attest_errors = __webpack_require__(98114);
// EXTERNAL MODULE: ./lib/attest/predicates/index.js + 3 modules
var predicates = __webpack_require__(44244);
// EXTERNAL MODULE: ./lib/attest/provenance.js + 1 modules
var provenance = __webpack_require__(86897);
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
;// CONCATENATED MODULE: ./lib/core/logger.js
/** A logger that drops everything, for library callers that want silence. */
const silentLogger = { info() { }, warn() { }, debug() { } };

// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/core/proxy.js
var core_proxy = __webpack_require__(16327);
;// CONCATENATED MODULE: ./lib/release/attest.js










/** The file a release's attestations are published in: every bundle, one per line. */
const ATTESTATIONS_FILE = 'attestations.intoto.jsonl';
/**
 * The token a release's attestations need, requested before the checksums file is signed: keyless
 * from the runner, the Sigstore token (with a copy for the provenance claims), else one for `nobody`;
 * undefined when attestations are off or the job has no token endpoint (then provenance is skipped,
 * or refused when required).
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
 * The predicate types {@link attestRelease} will sign for these inputs, read the way it reads them
 * (provenance when there is a claims token; each SBOM's own type, unless it is too large to attest):
 * what the verification kit requires before the attestations exist.
 */
async function releasePredicateTypes(input) {
    const types = input.claims === undefined ? [] : [predicates/* SLSA_PROVENANCE_V1 */.us];
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, silentLogger);
        if (predicate !== undefined)
            types.push(predicate.predicateType);
    }
    return types;
}
/**
 * The attest step of a release: SLSA provenance of the artifacts from the verified claims token
 * (when there is one) and an SBOM attestation per SBOM, all signed with the session that signed
 * the checksums file (one certificate), written to `attestations.intoto.jsonl`. Returns the file
 * and the predicate types, or undefined when there was nothing to attest.
 */
async function attestRelease(input) {
    const predicates = [];
    if (input.tokens !== undefined) {
        const run = await (0,context/* readRunContext */.$)(input.env);
        predicates.push(await (0,provenance/* provenanceFromToken */.xt)(input.tokens.claims, { serverURL: run.serverURL, payload: run.payload, clock: clock/* systemClock */.ml, startedOn: input.startedOn, retry: input.retry, audience: input.tokens.audience, discoveryURL: input.discoveryURL, proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(input.env) }));
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
            tokens,
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
/** The trusted roots a release was signed against, published with its verification policy (one root per line). */
const VERIFICATION_KIT_TRUSTED_ROOT_FILE = 'trust-kit-trusted-root.jsonl';
/** GitHub's trusted root, published with the verification policy of an immutable release when the roots signing used do not hold it. */
const VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE = 'trust-kit-github-trusted-root.jsonl';

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
 * Writes the checksums file: the artifacts, and the SBOMs and the verification kit by the names
 * they are published under beside them, so the signature covers them all. It is written also when the SBOMs failed: the
 * artifacts' checksums are kept.
 */
const checksumsStep = {
    name: 'checksums',
    needs: ['hash'],
    salvages: true,
    async run({ config, ports, artifacts, sbom, verificationKit, staging, outputDir }) {
        if (artifacts === undefined || staging === undefined)
            throw new Error('checksums runs after hash');
        const sbomEntries = sbom?.entries ?? [];
        const checksumsPath = (0,external_node_path_.join)(staging, checksumsFileName(config.algorithm));
        await (0,core_files/* writeFileAtomic */.Zf)(checksumsPath, (0,checksums.formatChecksums)([...artifacts, ...sbomEntries, ...(verificationKit?.entries ?? [])]));
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

// EXTERNAL MODULE: ./lib/release/verify-release.js
var verify_release = __webpack_require__(98612);
;// CONCATENATED MODULE: ./lib/release/steps/collect.js










/**
 * The names a release publishes beside its artifacts (release assets are one flat directory): an
 * artifact with one of them would be ambiguous in the checksums file or in the download.
 */
function publishedNames(config) {
    const checksums = checksumsFileName(config.algorithm);
    return [checksums, (0,sigstore_sign/* defaultBundlePath */.Fq)(checksums), PUBLIC_KEY_FILE, INSTRUCTIONS_FILE, ATTESTATIONS_FILE, AUDIT_LOG_FILE, (0,sigstore_sign/* defaultBundlePath */.Fq)(AUDIT_LOG_FILE), ...(config.verificationKit ? [verify_release/* RELEASE_POLICY_FILE */.Ir, VERIFICATION_KIT_TRUSTED_ROOT_FILE, VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE] : []), ...(config.sbom?.formats ?? []).map((format) => (0,sbom/* encoderFor */.Eq)(format).fileName)];
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

;// CONCATENATED MODULE: ./lib/release/downgrade.js
/** The workflow an identity names, without the ref it ran at (`https://github.com/o/r/.github/workflows/release.yml`); other identities whole. */
function workflowOf(identity) {
    return /^https?:\/\//.test(identity) ? identity.replace(/@[^@]*$/, '') : identity;
}
function signerText(signer) {
    if (signer.kind === 'key')
        return 'a key';
    return `${signer.identity} (${instanceText(signer)})`;
}
function instanceText(signer) {
    if (signer.instance === 'github')
        return "GitHub's Sigstore instance";
    if (signer.instance === 'public-good')
        return 'the public-good Sigstore instance';
    return `the Sigstore deployment of ${JSON.stringify(signer.caOrganization ?? 'an unnamed CA')}`;
}
/** Each way the signer changed: another workflow, repository or issuer, keyless to key, another Sigstore instance. A new ref of the same workflow is not a change. */
function signerChanges(previous, current, file) {
    if (previous.kind === 'key')
        return [];
    if (current.kind === 'key')
        return [{ code: 'DOWNGRADE_SIGNER_CHANGED', message: `${file} was signed keylessly by ${signerText(previous)} in the previous release, and with a key in this one: a key proves nothing about which workflow built the files` }];
    const downgrades = [];
    const changed = [];
    if (workflowOf(previous.identity) !== workflowOf(current.identity))
        changed.push(`identity ${workflowOf(previous.identity)} -> ${workflowOf(current.identity)}`);
    if (previous.sourceRepository !== undefined && current.sourceRepository !== undefined && previous.sourceRepository !== current.sourceRepository)
        changed.push(`source repository ${previous.sourceRepository} -> ${current.sourceRepository}`);
    if (previous.issuer !== undefined && current.issuer !== undefined && previous.issuer !== current.issuer)
        changed.push(`OIDC issuer ${previous.issuer} -> ${current.issuer}`);
    if (changed.length > 0)
        downgrades.push({ code: 'DOWNGRADE_SIGNER_CHANGED', message: `${file} is signed by another signer than in the previous release (${changed.join('; ')}): users who pin the previous identity will refuse this release` });
    if (previous.instance !== current.instance || (previous.instance === 'other' && previous.caOrganization !== current.caOrganization)) {
        downgrades.push({ code: 'DOWNGRADE_INSTANCE_CHANGED', message: `${file} was signed on ${instanceText(previous)} in the previous release and on ${instanceText(current)} in this one: verifiers need another trusted root` });
    }
    return downgrades;
}
/** The kind of an attestation's predicate type: SLSA provenance of any version, an SBOM of any format and version, or the type itself. */
function predicateKind(type) {
    if (type.startsWith('https://slsa.dev/provenance/'))
        return 'provenance';
    if (type.startsWith('https://spdx.dev/Document') || type.startsWith('https://cyclonedx.org/bom'))
        return 'sbom';
    return type;
}
/** The format of an SBOM asset, from its name. */
function sbomFormat(name) {
    if (/spdx/i.test(name))
        return 'SPDX';
    if (/cdx|cyclonedx|(?:^|[._-])bom\./i.test(name))
        return 'CycloneDX';
    return 'other';
}
/**
 * The ways `current` is weaker than `previous`: a kind of evidence the previous release carried
 * and this one does not (signed checksums, per-artifact signatures, provenance and SBOM
 * attestations, SBOM files, the audit log, signed images, immutability), or a change of who
 * signed it or on which Sigstore instance. What the previous release could not be read for
 * (`previous.unread`) is not compared. Empty when nothing is weaker.
 */
function compareEvidence(previous, current) {
    const downgrades = [];
    const before = previous.checksums;
    if (before?.signature !== undefined) {
        const now = current.checksums;
        if (now?.signature === undefined) {
            downgrades.push({ code: 'DOWNGRADE_UNSIGNED', message: `the previous release's ${before.file} was signed (${before.signature}${before.signer === undefined ? '' : `, by ${signerText(before.signer)}`}); this release's checksums are not` });
        }
        else if (before.signer !== undefined && now.signer !== undefined) {
            downgrades.push(...signerChanges(before.signer, now.signer, now.file));
        }
    }
    if (previous.artifactSignatures > 0 && current.artifactSignatures === 0) {
        downgrades.push({ code: 'DOWNGRADE_ARTIFACT_SIGNATURES_REMOVED', message: `the previous release signed each artifact on its own (${previous.artifactSignatures} signatures such as <artifact>.sigstore.json); this one does not (artifact-bundles)` });
    }
    const kinds = (types) => new Set(types.map(predicateKind));
    const currentKinds = kinds(current.predicateTypes);
    for (const kind of kinds(previous.predicateTypes)) {
        if (currentKinds.has(kind))
            continue;
        if (kind === 'provenance')
            downgrades.push({ code: 'DOWNGRADE_PROVENANCE_REMOVED', message: 'the previous release carried SLSA provenance; this one carries none (attest: auto or true, in a job with id-token: write)' });
        else if (kind === 'sbom')
            downgrades.push({ code: 'DOWNGRADE_SBOM_ATTESTATION_REMOVED', message: 'the previous release carried signed SBOM attestations; this one carries none (attest, with SBOMs made)' });
        else
            downgrades.push({ code: 'DOWNGRADE_ATTESTATION_REMOVED', message: `the previous release carried an attestation of predicate type ${kind}; this one does not` });
    }
    const currentFormats = new Set(current.sboms.map(sbomFormat));
    for (const format of new Set(previous.sboms.map(sbomFormat))) {
        if (!currentFormats.has(format))
            downgrades.push({ code: 'DOWNGRADE_SBOM_REMOVED', message: `the previous release published ${format === 'other' ? 'an' : `a ${format}`} SBOM (${previous.sboms.filter((name) => sbomFormat(name) === format).join(', ')}); this one does not (sbom-format)` });
    }
    if (previous.auditLog && !current.auditLog)
        downgrades.push({ code: 'DOWNGRADE_AUDIT_LOG_REMOVED', message: 'the previous release carried the signed audit log trust-kit-audit.jsonl; this one does not (audit-log)' });
    if (previous.imagesSigned !== undefined && previous.imagesSigned > 0 && current.imagesSigned === 0) {
        downgrades.push({ code: 'DOWNGRADE_IMAGES_UNSIGNED', message: `the previous release signed ${previous.imagesSigned === 1 ? 'a container image' : `${previous.imagesSigned} container images`}; this one signs none (images)` });
    }
    if (previous.immutable && !current.immutable) {
        downgrades.push({ code: 'DOWNGRADE_MUTABLE', message: 'the previous release is immutable (GitHub attests it and no asset can change); this one is not said to be (turn immutable releases on again, or say they are on with immutable-release: true)' });
    }
    return downgrades;
}
/** What a release's evidence holds, in a few words, for the report. */
function describeEvidence(evidence) {
    const parts = [];
    const checksums = evidence.checksums;
    if (checksums === undefined)
        parts.push('no checksums file');
    else if (checksums.signature === undefined)
        parts.push(`${checksums.file} unsigned`);
    else
        parts.push(`${checksums.file} signed by ${checksums.signer === undefined ? 'an unreadable signer' : signerText(checksums.signer)}`);
    if (evidence.artifactSignatures > 0)
        parts.push(`${evidence.artifactSignatures} artifact signature${evidence.artifactSignatures === 1 ? '' : 's'}`);
    if (evidence.predicateTypes.length > 0)
        parts.push(`attestations ${evidence.predicateTypes.join(', ')}`);
    if (evidence.sboms.length > 0)
        parts.push(`SBOMs ${evidence.sboms.join(', ')}`);
    if (evidence.auditLog)
        parts.push('the audit log');
    if (evidence.imagesSigned !== undefined && evidence.imagesSigned > 0)
        parts.push(`${evidence.imagesSigned} image${evidence.imagesSigned === 1 ? '' : 's'} signed`);
    parts.push(evidence.immutable ? 'immutable' : 'mutable');
    return parts.join('; ');
}
/** A tag as semantic version (`v1.2.3`, `1.2.3-rc.1+build`); undefined when it is not one. */
function parseSemVer(tag) {
    const match = /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/.exec(tag);
    if (match === null)
        return undefined;
    return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] === undefined ? [] : match[4].split('.') };
}
/** Semantic version precedence (semver.org 11): negative when `a` comes before `b`. */
function compareSemVer(a, b) {
    for (let index = 0; index < 3; index += 1) {
        const difference = a.core[index] - b.core[index];
        if (difference !== 0)
            return difference;
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0)
        return b.prerelease.length - a.prerelease.length;
    for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index += 1) {
        const left = a.prerelease[index];
        const right = b.prerelease[index];
        if (left === undefined)
            return -1;
        if (right === undefined)
            return 1;
        if (left === right)
            continue;
        const numeric = /^\d+$/;
        if (numeric.test(left) && numeric.test(right))
            return Number(left) - Number(right);
        if (numeric.test(left))
            return -1;
        if (numeric.test(right))
            return 1;
        return left < right ? -1 : 1;
    }
    return 0;
}
/**
 * The release this one is compared with: the newest published (non-draft) release other than
 * `tag` whose tag sorts before `tag` as a semantic version when both parse, else the most recently
 * published. Prereleases (GitHub's flag, or a semver prerelease tag) count only when `tag` is one:
 * a final release is held to the previous final release.
 */
function previousRelease(releases, tag) {
    const version = parseSemVer(tag);
    const isPrerelease = version !== undefined && version.prerelease.length > 0;
    const candidates = releases.filter((release) => {
        if (release.draft || release.tagName === tag)
            return false;
        const other = parseSemVer(release.tagName);
        if (!isPrerelease && (release.prerelease || (other !== undefined && other.prerelease.length > 0)))
            return false;
        return version === undefined || other === undefined || compareSemVer(other, version) < 0;
    });
    if (version !== undefined) {
        const versioned = candidates.flatMap((release) => {
            const other = parseSemVer(release.tagName);
            return other === undefined ? [] : [{ release, other }];
        });
        const newest = versioned.sort((a, b) => compareSemVer(b.other, a.other))[0];
        if (newest !== undefined)
            return newest.release;
    }
    const time = (release) => release.publishedAt?.getTime() ?? 0;
    return [...candidates].sort((a, b) => time(b) - time(a))[0];
}
/** What was compared and found, as lines: a heading sentence, then each downgrade let through and each part not compared. */
function downgradeReport(check) {
    if (check.previousTag === undefined)
        return ['No trust downgrade: there is no earlier release to compare with.'];
    return [
        `No trust downgrade: compared with ${check.previousTag} (${check.previous ?? ''}); this release: ${check.current}.`,
        ...check.downgrades.map((downgrade) => `${downgrade.code} (let through by downgrade: warn): ${downgrade.message}`),
        ...check.unread.map((unread) => `not compared: ${unread}`),
    ];
}

// EXTERNAL MODULE: ./lib/sigstore/verify/certificate.js
var verify_certificate = __webpack_require__(94661);
// EXTERNAL MODULE: ./lib/sigstore/verify/der.js
var verify_der = __webpack_require__(83913);
;// CONCATENATED MODULE: ./lib/release/evidence.js


const KiB = 1024;
const MiB = 1024 * KiB;
/** The most read of each kind of asset: a hostile release's huge asset is left unread, and said so. */
const EVIDENCE_LIMITS = {
    /** A signature, bundle or certificate of the checksums file (real ones are a few KiB). */
    signature: MiB,
    /** The attestation files together: room for SBOM attestations near GitHub's 16 MB predicate limit. */
    attestations: 64 * MiB,
    /** How many attestation files are read. */
    attestationFiles: 8,
    /** How many lines of an attestations file are read. */
    attestationLines: 10_000,
    /** VERIFY.md, which names the images signed. */
    instructions: MiB,
    /** How many assets of a release are looked at (GitHub allows 1,000). */
    assets: 1000,
};
/** Names checksums files go by: SHA256SUMS, SHA256SUMS.txt, checksums.txt, <project>_<version>_checksums.txt, sha256sums.txt. */
const CHECKSUMS_NAME = /^(?:SHA(?:1|224|256|384|512)SUMS(?:\.txt)?|(?:.*[._-])?(?:checksums?|sha(?:256|512)sums?)(?:\.txt)?)$/i;
/** Suffixes of assets that sign the asset they are named after; the first three hold a certificate or a bundle. */
const SIGNATURE_SUFFIXES = ['.sigstore.json', '.sigstore', '.bundle', '.sig', '.asc', '.minisig'];
/** Suffixes of a detached certificate beside a `.sig` (cosign sign-blob --output-certificate). */
const CERTIFICATE_SUFFIXES = ['.pem', '.cert', '.crt'];
const ATTESTATIONS_NAME = /\.intoto\.jsonl$/;
const SBOM_NAME = /(?:\.(?:spdx|cdx)(?:\.json|\.xml)?|\.sbom(?:\.json)?|(?:^|[._-])(?:sbom|bom)\.(?:json|xml))$/i;
const AUDIT_LOG_NAME = 'trust-kit-audit.jsonl';
const INSTRUCTIONS_NAME = 'VERIFY.md';
/** Whether a signature asset is a bundle (holding its certificate or key), not a bare signature. */
function isBundle(name) {
    return name.endsWith('.sigstore.json') || name.endsWith('.sigstore') || name.endsWith('.bundle');
}
function signatureOf(names, file) {
    for (const suffix of SIGNATURE_SUFFIXES)
        if (names.has(`${file}${suffix}`))
            return `${file}${suffix}`;
    return undefined;
}
function isSignature(names, name) {
    return SIGNATURE_SUFFIXES.some((suffix) => name.endsWith(suffix) && names.has(name.slice(0, -suffix.length))) || CERTIFICATE_SUFFIXES.some((suffix) => name.endsWith(suffix) && names.has(`${name.slice(0, -suffix.length)}.sig`));
}
/** What the asset names alone tell: the checksums file and its signature, and which assets are signatures, attestations, SBOMs. */
function classify(assets) {
    const names = new Set(assets.slice(0, EVIDENCE_LIMITS.assets).map((asset) => asset.name));
    const sorted = [...names].sort();
    const candidates = sorted.filter((name) => CHECKSUMS_NAME.test(name)).map((file) => ({ file, signature: signatureOf(names, file) }));
    // A signed checksums file counts over an unsigned one; among signed ones, a Sigstore bundle first.
    const rank = (candidate) => (candidate.signature === undefined ? 2 : candidate.signature.endsWith('.sigstore.json') ? 0 : 1);
    const checksums = [...candidates].sort((a, b) => rank(a) - rank(b))[0];
    const signatures = sorted.filter((name) => isSignature(names, name));
    const isSignatureName = new Set(signatures);
    // The checksums file's and the audit log's signatures are evidence of their own.
    const ownSignatures = new Set([...(checksums === undefined ? [] : [checksums.file]), AUDIT_LOG_NAME].flatMap((file) => [...SIGNATURE_SUFFIXES, ...CERTIFICATE_SUFFIXES].map((suffix) => `${file}${suffix}`)));
    return {
        names,
        checksums,
        attestations: sorted.filter((name) => ATTESTATIONS_NAME.test(name)),
        sboms: sorted.filter((name) => SBOM_NAME.test(name) && !isSignatureName.has(name)),
        artifactSignatures: signatures.filter((name) => !ownSignatures.has(name) && SIGNATURE_SUFFIXES.some((suffix) => name.endsWith(suffix))),
    };
}
/** The certificate beside a `.sig` signature, when there is one. */
function detachedCertificate(names, file) {
    return CERTIFICATE_SUFFIXES.map((suffix) => `${file}${suffix}`).find((name) => names.has(name));
}
/** Which attestation files are read: the first few, as long as together they fit the limit; the others with why not. */
function attestationReads(attestations, sizes) {
    const read = [];
    const skipped = [];
    let budget = EVIDENCE_LIMITS.attestations;
    for (const name of attestations) {
        const size = sizes.get(name) ?? 0;
        if (read.length >= EVIDENCE_LIMITS.attestationFiles)
            skipped.push(`${name} was not read: at most ${EVIDENCE_LIMITS.attestationFiles} attestation files are`);
        else if (size > budget)
            skipped.push(`${name} was not read: the attestation files read may hold ${EVIDENCE_LIMITS.attestations / MiB} MiB together`);
        else {
            read.push(name);
            budget -= size;
        }
    }
    return { read, skipped };
}
/** The assets whose bytes {@link evidenceOf} needs, each with the most it reads: the checksums file's signature (and certificate), the attestation files, VERIFY.md. */
function evidenceReads(assets) {
    const { names, checksums, attestations } = classify(assets);
    const reads = [];
    if (checksums?.signature !== undefined) {
        const certificate = isBundle(checksums.signature) ? checksums.signature : detachedCertificate(names, checksums.file);
        if (certificate !== undefined)
            reads.push({ name: certificate, maxBytes: EVIDENCE_LIMITS.signature });
    }
    const sizes = new Map(assets.map((asset) => [asset.name, asset.size]));
    for (const name of attestationReads(attestations, sizes).read)
        reads.push({ name, maxBytes: EVIDENCE_LIMITS.attestations });
    if (names.has(INSTRUCTIONS_NAME))
        reads.push({ name: INSTRUCTIONS_NAME, maxBytes: EVIDENCE_LIMITS.instructions });
    // Assets larger than their limit are not read at all: evidenceOf says so.
    return reads.filter((read) => (sizes.get(read.name) ?? 0) <= read.maxBytes);
}
function parseJson(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/** DER bytes of a certificate given as PEM text, or as base64 of PEM (what cosign writes into `.pem` files and legacy bundles). */
function pemToDer(text) {
    const pem = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/.exec(text);
    if (pem !== null)
        return Buffer.from((pem[1] ?? '').replace(/\s+/g, ''), 'base64');
    const decoded = Buffer.from(text.trim(), 'base64').toString('utf8');
    return decoded.includes('-----BEGIN CERTIFICATE-----') ? pemToDer(decoded) : undefined;
}
const GITHUB_CA_ORGANIZATION = 'GitHub, Inc.';
const PUBLIC_GOOD_CA_ORGANIZATION = 'sigstore.dev';
/** Who a certificate names, and which deployment issued it; undefined when the bytes are not a certificate. */
function certificateSigner(der) {
    let certificate;
    try {
        certificate = verify_certificate/* ParsedCertificate */.D.parse(der, 'the signing certificate');
        const identity = certificate.subjectAltNames[0];
        if (identity === undefined)
            return undefined;
        const caOrganization = (0,verify_der/* organizationsOf */.EQ)(certificate.issuer)[0];
        const instance = caOrganization === GITHUB_CA_ORGANIZATION ? 'github' : caOrganization === PUBLIC_GOOD_CA_ORGANIZATION ? 'public-good' : 'other';
        const issuer = certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.issuer) ?? certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.issuerV1);
        return { kind: 'certificate', identity, issuer, sourceRepository: certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.sourceRepositoryURI), instance, caOrganization };
    }
    catch {
        return undefined;
    }
}
/**
 * The signer a signature asset tells of: a Sigstore bundle (certificate, chain, or public key), a
 * cosign legacy bundle (`cert`, base64 PEM), or a `.sig` with its certificate beside it; a
 * signature without a certificate is a key's. Undefined with a reason when it cannot be read.
 */
function signerOf(signature, bytes) {
    if (!isBundle(signature)) {
        if (bytes === undefined)
            return { signer: { kind: 'key' } };
        const der = pemToDer(bytes.toString('utf8'));
        const signer = der === undefined ? undefined : certificateSigner(der);
        return signer === undefined ? { unread: `the certificate beside ${signature} is not one` } : { signer };
    }
    const json = record(parseJson(bytes ?? Buffer.alloc(0)));
    if (json === undefined)
        return { unread: `${signature} is not a JSON object` };
    const material = record(json.verificationMaterial);
    if (material !== undefined) {
        if (material.publicKey !== undefined)
            return { signer: { kind: 'key' } };
        const chain = record(material.x509CertificateChain)?.certificates;
        const raw = record(material.certificate)?.rawBytes ?? (Array.isArray(chain) ? record(chain[0])?.rawBytes : undefined);
        const signer = typeof raw === 'string' ? certificateSigner(Buffer.from(raw, 'base64')) : undefined;
        return signer === undefined ? { unread: `${signature} holds no readable signing certificate` } : { signer };
    }
    if (typeof json.base64Signature === 'string') {
        if (json.cert === undefined)
            return { signer: { kind: 'key' } };
        const der = typeof json.cert === 'string' ? pemToDer(json.cert) : undefined;
        const signer = der === undefined ? undefined : certificateSigner(der);
        return signer === undefined ? { unread: `${signature} holds no readable signing certificate` } : { signer };
    }
    return { unread: `${signature} is neither a Sigstore bundle nor a cosign bundle` };
}
/** The predicate type of one attestation line: a Sigstore bundle with a DSSE envelope, or a bare DSSE envelope (slsa-github-generator). */
function predicateTypeOf(line) {
    const json = record(parseJson(Buffer.from(line, 'utf8')));
    const envelope = record(json?.dsseEnvelope) ?? json;
    const payload = envelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    const type = record(parseJson(Buffer.from(payload, 'base64')))?.predicateType;
    return typeof type === 'string' && type !== '' && type.length <= 512 ? type : undefined;
}
function predicateTypesOf(name, bytes, unread) {
    const lines = bytes.toString('utf8').split('\n').filter((line) => line.trim() !== '');
    if (lines.length > EVIDENCE_LIMITS.attestationLines)
        unread.push(`${name} has ${lines.length} lines; the first ${EVIDENCE_LIMITS.attestationLines} were read`);
    const types = [];
    let unreadable = 0;
    for (const line of lines.slice(0, EVIDENCE_LIMITS.attestationLines)) {
        const type = predicateTypeOf(line);
        if (type === undefined)
            unreadable += 1;
        else
            types.push(type);
    }
    if (unreadable > 0)
        unread.push(`${unreadable} of the ${Math.min(lines.length, EVIDENCE_LIMITS.attestationLines)} lines of ${name} hold no readable attestation`);
    return types;
}
/** How many images trust-kit's VERIFY.md gives a verification command for. */
function imagesIn(instructions) {
    return instructions.toString('utf8').split('\n').filter((line) => /^(?:cosign verify|trust-kit verify-image) /.test(line)).length;
}
/** What the assets of a release tell about it, and whether it is immutable; `contents` holds the bytes of the assets {@link evidenceReads} named. */
function evidenceOf(assets, contents, immutable) {
    const { names, checksums, attestations, sboms, artifactSignatures } = classify(assets);
    const unread = [];
    if (assets.length > EVIDENCE_LIMITS.assets)
        unread.push(`the release lists ${assets.length} assets; the first ${EVIDENCE_LIMITS.assets} were looked at`);
    const sizes = new Map(assets.map((asset) => [asset.name, asset.size]));
    /** The bytes of an asset, or undefined with the reason noted. */
    const bytesOf = (name, maxBytes) => {
        const bytes = contents.get(name);
        if (bytes !== undefined && bytes.length <= maxBytes)
            return bytes;
        unread.push((sizes.get(name) ?? 0) > maxBytes || (bytes?.length ?? 0) > maxBytes ? `${name} is larger than the ${maxBytes / MiB} MiB read of it` : `${name} was not read`);
        return undefined;
    };
    let signed;
    if (checksums !== undefined) {
        signed = { file: checksums.file, signature: checksums.signature, signer: undefined };
        if (checksums.signature !== undefined) {
            // A bundle holds its certificate; a bare signature may have one beside it, else it is a key's.
            const certificateName = isBundle(checksums.signature) ? checksums.signature : detachedCertificate(names, checksums.file);
            const bytes = certificateName === undefined ? undefined : bytesOf(certificateName, EVIDENCE_LIMITS.signature);
            if (certificateName === undefined || bytes !== undefined) {
                const read = signerOf(checksums.signature, bytes);
                if ('signer' in read)
                    signed.signer = read.signer;
                else
                    unread.push(read.unread);
            }
        }
    }
    const predicateTypes = new Set();
    const { read: attestationFiles, skipped } = attestationReads(attestations, sizes);
    unread.push(...skipped);
    for (const name of attestationFiles) {
        const bytes = bytesOf(name, EVIDENCE_LIMITS.attestations);
        if (bytes !== undefined)
            for (const type of predicateTypesOf(name, bytes, unread))
                predicateTypes.add(type);
    }
    const instructions = names.has(INSTRUCTIONS_NAME) ? bytesOf(INSTRUCTIONS_NAME, EVIDENCE_LIMITS.instructions) : undefined;
    return {
        checksums: signed,
        artifactSignatures: artifactSignatures.length,
        predicateTypes: [...predicateTypes].sort(),
        sboms,
        auditLog: names.has(AUDIT_LOG_NAME) && names.has(`${AUDIT_LOG_NAME}.sigstore.json`),
        immutable,
        imagesSigned: instructions === undefined ? undefined : imagesIn(instructions),
        unread,
    };
}

;// CONCATENATED MODULE: ./lib/release/steps/downgrade.js






/** This run's evidence, from the files it would publish (the artifacts and the output directory's files, by file name as release assets are). */
async function currentEvidence(state) {
    const { staging, outputDir, artifacts, staged, config, images } = state;
    const finalPath = (path) => (staging === undefined ? path : (0,external_node_path_.join)(outputDir, (0,external_node_path_.relative)(staging, path)));
    const files = [...(artifacts ?? []).map((artifact) => artifact.path), ...staged.map(finalPath)];
    const assets = [];
    const pathOf = new Map();
    for (const path of files) {
        assets.push({ name: (0,external_node_path_.basename)(path), size: (await (0,promises_.stat)(path)).size });
        pathOf.set((0,external_node_path_.basename)(path), path);
    }
    const contents = new Map();
    for (const read of evidenceReads(assets)) {
        const path = pathOf.get(read.name);
        if (path !== undefined)
            contents.set(read.name, await (0,core_files/* readRegularFile */.XF)(path, { maxBytes: read.maxBytes, what: 'release file' }));
    }
    const evidence = evidenceOf(assets, contents, config.immutableRelease);
    // What the run made is known from the run itself, whatever its files' sizes, and the images also when VERIFY.md is turned off.
    const predicateTypes = [...new Set([...evidence.predicateTypes, ...(state.attestations?.predicateTypes ?? [])])].sort();
    return { ...evidence, predicateTypes, imagesSigned: images?.length ?? 0 };
}
/**
 * No trust downgrade: before anything is uploaded to the GitHub release, compares this run's
 * evidence (signed checksums and who signed them, per-artifact signatures, attestations, SBOMs,
 * audit log, images, immutability) with what the previous release (see {@link previousRelease})
 * carries as GitHub serves it, and refuses a weaker release (`downgrade: fail`) or says how it is
 * weaker (`warn`). With no previous release it passes and says so.
 */
const downgradeStep = {
    name: 'downgrade',
    wanted: (config) => config.downgrade !== 'off',
    needs: ['publish'],
    async run(state) {
        const { ports, config, published } = state;
        const target = ports.githubRelease;
        if (target === undefined || published !== true)
            return {};
        const current = await currentEvidence(state);
        const previous = previousRelease(await target.releases.listReleases(), target.tag);
        if (previous === undefined) {
            ports.logger.info(`downgrade: no earlier release to compare ${target.tag} with`);
            const downgrade = { previousTag: undefined, previous: undefined, current: describeEvidence(current), downgrades: [], unread: [], outcome: 'passed' };
            return { downgrade };
        }
        const assets = (await target.releases.listAssets(previous.id)).filter((asset) => asset.state === 'uploaded');
        const contents = new Map();
        const idOf = new Map(assets.map((asset) => [asset.name, asset.id]));
        for (const read of evidenceReads(assets)) {
            const id = idOf.get(read.name);
            if (id !== undefined)
                contents.set(read.name, await target.releases.downloadAsset(id, read.maxBytes));
        }
        const before = evidenceOf(assets, contents, previous.immutable);
        const downgrades = compareEvidence(before, current);
        const check = { previousTag: previous.tagName, previous: describeEvidence(before), current: describeEvidence(current), downgrades, unread: before.unread, outcome: downgrades.length === 0 ? 'passed' : 'warned' };
        ports.logger.info(`downgrade: compared ${target.tag} (${check.current}) with ${previous.tagName} (${check.previous})`);
        for (const unread of before.unread)
            ports.logger.warn(`downgrade: not compared, ${unread}`);
        for (const unread of current.unread)
            ports.logger.warn(`downgrade: of this release, ${unread}`);
        if (downgrades.length === 0)
            return { downgrade: check };
        const list = downgrades.map((downgrade) => `  - ${downgrade.code}: ${downgrade.message}`).join('\n');
        if (config.downgrade === 'fail') {
            throw new ReleaseError('RELEASE_TRUST_DOWNGRADE', `${target.tag} carries weaker evidence than the previous release ${previous.tagName}; nothing was uploaded:\n${list}`, {
                hint: 'restore what each line says is missing; if the change is meant (a new signing workflow, a new instance), publish this release once with downgrade: warn (--downgrade warn), and the next release is compared with this one',
            });
        }
        for (const downgrade of downgrades)
            ports.logger.warn(`downgrade: ${downgrade.code}: ${downgrade.message} (compared with ${previous.tagName}; downgrade: warn lets it pass)`);
        return { downgrade: check };
    },
};

// EXTERNAL MODULE: ./lib/sigstore/verify/index.js
var verify = __webpack_require__(54418);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./lib/release/command-runner.js





/** The proxy settings a command that fetches trust material or the verifier needs on a runner behind a proxy. */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
/**
 * The gate's commands run by `sh -c` as users paste them, with only `path`, `home` and the proxy
 * settings in their environment: no token of the job (the OIDC request token, GITHUB_TOKEN)
 * reaches a verifier.
 * Each runs in a process group of its own, killed whole at the timeout; only the last
 * `maxOutputBytes` of its output are kept.
 */
function shellCommandRunner(env) {
    const proxy = Object.fromEntries(PROXY_VARIABLES.flatMap((name) => (env.proxy?.[name] === undefined ? [] : [[name, env.proxy[name]]])));
    const childEnv = { PATH: env.path, ...(env.home === undefined ? {} : { HOME: env.home }), ...proxy, GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' };
    return {
        async has(tool) {
            if (tool.includes('/'))
                return false;
            for (const directory of env.path.split(external_node_path_.delimiter)) {
                if (directory === '' || !(0,external_node_path_.isAbsolute)(directory))
                    continue;
                const candidate = (0,external_node_path_.join)(directory, tool);
                try {
                    await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
                    if ((await (0,promises_.stat)(candidate)).isFile())
                        return true;
                }
                catch {
                    // not in this directory
                }
            }
            return false;
        },
        run(command, options) {
            return new Promise((resolve) => {
                const child = (0,external_node_child_process_.spawn)('sh', ['-c', renderCommand(command)], { cwd: options.cwd, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
                let kept = Buffer.alloc(0);
                const keep = (chunk) => {
                    kept = Buffer.concat([kept, chunk]);
                    if (kept.length > options.maxOutputBytes)
                        kept = kept.subarray(kept.length - options.maxOutputBytes);
                };
                child.stdout.on('data', keep);
                child.stderr.on('data', keep);
                let timedOut = false;
                const timer = setTimeout(() => {
                    timedOut = true;
                    if (child.pid !== undefined) {
                        try {
                            process.kill(-child.pid, 'SIGKILL');
                        }
                        catch {
                            // the group has ended already
                        }
                    }
                }, options.timeoutMs);
                const finish = (exitCode, note = '') => {
                    clearTimeout(timer);
                    resolve({ exitCode, output: `${kept.toString('utf8')}${note}`, timedOut });
                };
                child.on('error', (error) => finish(undefined, String(error)));
                child.on('close', (code) => finish(code ?? undefined));
            });
        },
    };
}

// EXTERNAL MODULE: ./lib/sigstore/verify/files.js
var files = __webpack_require__(92701);
// EXTERNAL MODULE: ./lib/sigstore/verify/attestation.js
var attestation = __webpack_require__(44444);
// EXTERNAL MODULE: ./lib/release/publish.js
var publish = __webpack_require__(7310);
;// CONCATENATED MODULE: ./lib/release/gate.js











/** At most this much of a command's output is kept, and this much of it quoted in a verdict. */
const MAX_OUTPUT_BYTES = 64 * 1024;
const MAX_QUOTED = 600;
/** The GitHub source repository extension's value for `owner/repo`, as Fulcio writes it. */
const repositoryURI = (repository) => `https://github.com/${repository}`;
/** The policy users are told to verify with: the exact identity, issuer and source repository; or the public key beside the files. */
async function policyOf(signer, directory) {
    if (signer.kind === 'key') {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(directory, signer.publicKeyFile)))
            throw new NotRun(`the public key ${signer.publicKeyFile} is not among the release's files, and users get it from a source they trust`);
        const pem = await (0,core_files/* readRegularFile */.XF)((0,external_node_path_.join)(directory, signer.publicKeyFile), { maxBytes: core_files/* INPUT_LIMITS */.Ef.publicKey, what: 'public key', shown: signer.publicKeyFile });
        return (0,verify/* loadPublicKey */.fg)(pem.toString('utf8'), signer.publicKeyFile);
    }
    if (signer.identity === undefined)
        throw new Error('the certificate identity of the signature is not known, so no policy can pin it');
    return { kind: 'certificate', identity: (0,verify/* exactly */.pV)(signer.identity), issuer: (0,verify/* exactly */.pV)(signer.issuer), extensions: signer.repository === undefined ? {} : { sourceRepositoryURI: repositoryURI(signer.repository) } };
}
/** A check that cannot be made with what the gate has, and why: reported as `not run`. */
class NotRun extends Error {
}
function describe(check) {
    switch (check.kind) {
        case 'checksums-signature':
            return `the signature on ${check.checksumsFile} (${check.bundleFile})`;
        case 'checksums-files':
            return `every file ${check.checksumsFile} lists`;
        case 'artifact-bundle':
            return `${check.artifact}'s own bundle (${check.bundleFile})`;
        case 'attestation':
            return `the ${check.predicateType} attestation of ${check.artifact} (${check.file})`;
        case 'image':
            return `the signature of ${check.image}`;
        case 'release-attestation':
            return `GitHub's release attestation of ${check.repository}@${check.tag}`;
        case 'release-policy':
            return `the whole release against its own policy (${check.policyFile})`;
    }
}
/** Checks one thing the instructions check, in-process, with trust-kit's verifier. */
async function checkInProcess(check, input, policy) {
    const { directory } = input;
    switch (check.kind) {
        case 'checksums-signature': {
            const bundleJson = await (0,files/* readBundleFile */.zi)(check.bundleFile, directory);
            const verified = await (0,files/* verifyChecksumsSignature */.mn)({ checksumsPath: check.checksumsFile, bundleJson, policy: await policy(), trust: await input.trust(), cwd: directory });
            return { verdict: 'passed', detail: `signed by ${verified.signature.signer.kind === 'certificate' ? verified.signature.signer.subjectAlternativeName : 'the key'}` };
        }
        case 'checksums-files': {
            const bad = [];
            const counts = await (0,checksums.checkChecksumsFile)((0,external_node_path_.join)(directory, check.checksumsFile), { base: directory, ignoreMissing: false, onResult: (result) => void (result.status === 'ok' || bad.push(`${result.entry.name} ${result.status}`)) });
            if (bad.length > 0)
                return { verdict: 'failed', detail: `${bad.length} of ${bad.length + counts.ok} file(s) do not match: ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}` };
            if (counts.ok === 0)
                return { verdict: 'failed', detail: 'it lists no file' };
            return { verdict: 'passed', detail: `${counts.ok} file(s) match` };
        }
        case 'artifact-bundle': {
            await (0,files/* verifyArtifact */.oc)(await (0,files/* readBundleFile */.zi)(check.bundleFile, directory), check.artifact, await policy(), await input.trust(), directory);
            return { verdict: 'passed', detail: 'verified' };
        }
        case 'attestation': {
            const bundles = await (0,files/* readAttestationBundles */.aZ)(check.file, directory);
            (0,attestation/* verifyAttestation */.oe)({ bundles, artifact: await (0,files/* artifactDigests */.sf)(check.artifact, directory), policy: await policy(), trust: await input.trust(), predicateType: check.predicateType, source: check.file });
            return { verdict: 'passed', detail: 'verified' };
        }
        case 'image':
            return { verdict: 'not run', detail: 'an image is not a release asset: its signature is in the registry, attached by the images step' };
        case 'release-attestation':
            return { verdict: 'not run', detail: 'GitHub attests an immutable release when it is published: the publish step checks that attestation then' };
        case 'release-policy': {
            const policy = await (0,verify_release/* readReleasePolicy */.sD)((0,external_node_path_.join)(directory, check.policyFile));
            if (policy.requireGitHubReleaseAttestation)
                return { verdict: 'not run', detail: "the policy requires GitHub's release attestation, which GitHub makes when the release is published: the publish step checks it then" };
            const verified = await (0,verify_release/* verifyRelease */.VA)({ dir: directory, policy });
            return { verdict: 'passed', detail: `${verified.checksums?.verifiedFiles ?? 0} file(s) and ${verified.attestations.length} attestation type(s) verified` };
        }
    }
}
/** The files a command writes (its output file, a directory it fetches into), which later commands may read. */
function writes(command) {
    if (command.stdout !== undefined)
        return [command.stdout];
    const first = command.programs[0];
    // `git init -q DIR`: the verifier's checkout.
    return first?.[0] === 'git' && first[1] === 'init' && typeof first[3] === 'string' ? [first[3]] : [];
}
/** The file among `missing` a command reads, if any: a word naming it or a path under it. */
function reads(command, missing) {
    for (const words of command.programs) {
        for (const word of words) {
            const text = typeof word === 'string' ? word : word.value;
            for (const file of missing)
                if (text === file || text.startsWith(`${file}/`))
                    return file;
        }
    }
    return undefined;
}
function quote(output) {
    const line = output.replace(/\s+/g, ' ').trim();
    return line.length > MAX_QUOTED ? `…${line.slice(-MAX_QUOTED)}` : line;
}
/** Runs the instructions' commands in order in the download directory, as one user session would. */
async function runCommands(input, ports) {
    const outcomes = [];
    // Files a command that did not run (or failed) would have written: what reads them cannot run either.
    const missing = new Set();
    // A public key users get elsewhere: the commands that read it cannot run here either.
    if (input.signer?.kind === 'key' && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(input.directory, input.signer.publicKeyFile)))
        missing.add(input.signer.publicKeyFile);
    for (const command of input.commands) {
        const what = renderCommand(command);
        const notRun = (detail) => {
            outcomes.push({ what, verdict: 'not run', detail });
            for (const file of writes(command))
                missing.add(file);
        };
        if (command.needs === 'published-release') {
            notRun('it asks GitHub about the published release, and the release is a draft until the gate passes');
            continue;
        }
        const runner = ports.runner;
        if (runner === undefined) {
            notRun('no command runner was given');
            continue;
        }
        const absent = [];
        for (const tool of commandTools(command))
            if (!(await runner.has(tool)))
                absent.push(tool);
        if (absent.length > 0) {
            notRun(`${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} not installed`);
            continue;
        }
        const needed = reads(command, missing);
        if (needed !== undefined) {
            notRun(`it reads ${needed}, which an earlier command did not write and the release does not hold`);
            continue;
        }
        const run = await runner.run(command, { cwd: input.directory, timeoutMs: ports.commandTimeoutMs ?? 120_000, maxOutputBytes: MAX_OUTPUT_BYTES });
        if (run.exitCode === 0 && !run.timedOut) {
            outcomes.push({ what, verdict: 'passed', detail: 'exit 0' });
            continue;
        }
        outcomes.push({ what, verdict: 'failed', detail: `${run.timedOut ? 'timed out' : `exit ${run.exitCode ?? 'by signal'}`}: ${quote(run.output)}` });
        for (const file of writes(command))
            missing.add(file);
    }
    return outcomes;
}
/**
 * The gate before publishing: checks the draft's downloaded assets as a consumer would. First
 * in-process, with trust-kit's verifier, everything the instructions' commands check (each check
 * once); then the commands themselves, each whose tools are installed, through the runner. A tool
 * that is not installed is reported as `not run`, never as passed. Refuses with
 * PUBLISH_GATE_FAILED, naming each failure, when anything failed; the report either way.
 */
async function runGate(input, ports) {
    let trust;
    const once = { ...input, trust: () => (trust ??= input.trust()) };
    const seen = new Set();
    const checks = [];
    let policy;
    const policyOnce = () => {
        if (input.signer === undefined)
            return Promise.reject(new Error('nothing was signed, so there is no signer to verify against'));
        policy ??= policyOf(input.signer, input.directory);
        return policy;
    };
    for (const check of input.commands.flatMap((command) => command.checks)) {
        const key = JSON.stringify(check);
        if (seen.has(key))
            continue;
        seen.add(key);
        const what = describe(check);
        try {
            checks.push({ what, ...(await checkInProcess(check, once, policyOnce)) });
        }
        catch (error) {
            if (error instanceof NotRun) {
                checks.push({ what, verdict: 'not run', detail: error.message });
                continue;
            }
            const code = error.code;
            checks.push({ what, verdict: 'failed', detail: `${typeof code === 'string' ? `${code}: ` : ''}${(0,errors/* messageOf */.bD)(error)}` });
        }
    }
    const commands = await runCommands(once, ports);
    const report = { checks, commands };
    for (const outcome of [...checks, ...commands])
        ports.logger.info(`gate: ${outcome.verdict}: ${outcome.what}: ${outcome.detail}`);
    const failed = [...checks, ...commands].filter((outcome) => outcome.verdict === 'failed');
    if (failed.length > 0) {
        throw new PublishGateError(`the draft release did not verify as its instructions say, so it was not published: ${failed.slice(0, 10).map((outcome) => `${outcome.what}: ${outcome.detail}`).join('; ')}${failed.length > 10 ? `; and ${failed.length - 10} more` : ''}`, report);
    }
    return report;
}
/** The gate's refusal: PUBLISH_GATE_FAILED, with the report of every check and command. */
class PublishGateError extends publish/* PublishError */.S1 {
    report;
    constructor(message, report) {
        super('PUBLISH_GATE_FAILED', message, { hint: 'the release is left as a draft on GitHub: look at its assets, fix the build or the signing, and re-run (uploads of unchanged assets are skipped); `gate: false` publishes without this check' });
        this.report = report;
    }
}

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
/** What the instructions describe, from the run's files and signer: VERIFY.md, and the gate, which checks what it says. */
function verifyInstructionsInput({ config, ports, checksumsPath, signature, sbom, attestations, artifacts, artifactBundles, immutableRelease, images, verificationKit }) {
    if (checksumsPath === undefined)
        throw new Error('the instructions describe a run that wrote its checksums file');
    const verifier = pinnedVerifier(ports.env);
    return {
        checksumsFile: (0,external_node_path_.basename)(checksumsPath),
        algorithm: config.algorithm,
        bundleFile: signature === undefined ? undefined : (0,external_node_path_.basename)(signature.bundlePath),
        signer: signature?.signer,
        sbomFiles: (sbom?.entries ?? []).map((entry) => entry.name),
        artifactBundles: artifactBundles?.map((bundle) => ({ artifact: bundle.name, bundleFile: (0,external_node_path_.basename)(bundle.bundlePath) })),
        attestations: attestations === undefined ? undefined : { file: (0,external_node_path_.basename)(attestations.path), predicateTypes: attestations.predicateTypes, artifact: artifacts?.[0]?.name ?? '' },
        images,
        verifier,
        immutableRelease,
        verificationKit: verificationKit === undefined || signature === undefined ? undefined : { policyFile: (0,external_node_path_.basename)(verificationKit.policyPath), trustedRootFile: (0,external_node_path_.basename)(verificationKit.trustedRootPath) },
    };
}
/** Writes VERIFY.md: the exact commands users run, from this run's files and signer. */
const instructionsStep = {
    name: 'instructions',
    wanted: (config) => config.instructions,
    needs: ['checksums'],
    async run(state) {
        if (state.staging === undefined || state.checksumsPath === undefined)
            throw new Error('instructions run after checksums');
        const instructionsPath = (0,external_node_path_.join)(state.staging, INSTRUCTIONS_FILE);
        const instructionsInput = verifyInstructionsInput(state);
        await (0,core_files/* writeFileAtomic */.Zf)(instructionsPath, renderVerifyInstructions(instructionsInput));
        return { instructionsPath, instructionsInput, ...(instructionsInput.verifier === undefined ? {} : { verifier: instructionsInput.verifier }), written: [instructionsPath] };
    },
};

;// CONCATENATED MODULE: ./lib/release/steps/gate.js












/** The trust material the run signed against: its `trusted-root` file, else the instance's root through TUF; none for a key. */
async function trustOf(state, signer) {
    if (signer === undefined || signer.kind === 'key')
        return undefined;
    const file = state.config.sign?.trustedRoot;
    if (file !== undefined) {
        const text = await (0,core_files/* readRegularFile */.XF)((0,external_node_path_.resolve)(state.ports.cwd, file), { maxBytes: core_files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'trusted root', shown: file });
        return (0,verify/* loadTrustMaterial */.ak)(text.toString('utf8'), file);
    }
    const proxy = (0,core_proxy/* proxySettingsFrom */.Yw)(state.ports.env);
    return signer.instance === 'github' ? (0,verify/* loadGitHubTrustMaterial */.PP)({ proxy }) : (0,verify/* loadPublicGoodTrustMaterial */.cx)({ proxy });
}
/**
 * For a private deployment, VERIFY.md has users put its trusted root (from its operator) next to
 * the files: the gate does the same with the root the run signed against, unless the release
 * carries a file of that name itself.
 */
async function placeTrustedRoot(state, signer, directory) {
    const file = state.config.sign?.trustedRoot;
    if (file === undefined || signer?.kind !== 'certificate' || typeof signer.instance !== 'object')
        return;
    const target = (0,external_node_path_.join)(directory, signer.instance.private.trustedRootFile);
    if ((0,external_node_path_.basename)(target) !== signer.instance.private.trustedRootFile || (0,external_node_fs_.existsSync)(target))
        return;
    await (0,promises_.writeFile)(target, await (0,core_files/* readRegularFile */.XF)((0,external_node_path_.resolve)(state.ports.cwd, file), { maxBytes: core_files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'trusted root', shown: file }), { flag: 'wx' });
}
/**
 * A release signed with a local key names its public key, which users get from a source they
 * trust rather than from the release: the gate takes it from beside the signing key, when it is there.
 */
async function placePublicKey(state, signer, directory) {
    const key = state.config.sign?.key;
    if (key === undefined || signer?.kind !== 'key' || (0,external_node_path_.basename)(signer.publicKeyFile) !== signer.publicKeyFile)
        return;
    const target = (0,external_node_path_.join)(directory, signer.publicKeyFile);
    const source = (0,external_node_path_.resolve)(state.ports.cwd, (0,external_node_path_.dirname)(key), signer.publicKeyFile);
    if ((0,external_node_fs_.existsSync)(target) || !(0,external_node_fs_.existsSync)(source))
        return;
    await (0,promises_.writeFile)(target, await (0,core_files/* readRegularFile */.XF)(source, { maxBytes: core_files/* INPUT_LIMITS */.Ef.publicKey, what: 'public key', shown: signer.publicKeyFile }), { flag: 'wx' });
}
/**
 * Downloads every asset of the draft back from GitHub into a temporary directory (streamed to
 * disk, each no larger than GitHub says it is) and verifies it as a consumer would (see {@link runGate}); the draft is
 * published only when nothing failed. A release that is published already is not gated: it is
 * public, so the gate could no longer keep it back.
 */
const gateStep = {
    name: 'gate',
    wanted: (config) => config.gate,
    needs: ['github-draft'],
    async run(state) {
        const { ports, githubDraft } = state;
        const target = ports.githubRelease;
        if (target === undefined || githubDraft === undefined)
            return {};
        const { release } = githubDraft.drafted;
        if (!release.draft) {
            ports.logger.info(`gate: release ${release.tagName} was published already: there is no draft to hold back, so the gate did not run`);
            return {};
        }
        const directory = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'trust-kit-gate-'));
        try {
            const remote = await target.releases.listAssets(release.id);
            for (const asset of githubDraft.drafted.assets) {
                const found = remote.find((candidate) => candidate.name === asset.githubName && candidate.state === 'uploaded');
                if (found === undefined || (0,external_node_path_.basename)(found.name) !== found.name || found.name === '..' || found.name === '.') {
                    throw new publish/* PublishError */.S1('PUBLISH_GATE_FAILED', `the draft release ${release.tagName} no longer holds ${asset.githubName}, which was uploaded to it`, { hint: 'something else changed the draft: look at it on GitHub and re-run' });
                }
                await target.releases.saveAsset(found.id, (0,external_node_path_.join)(directory, found.name), found.size);
            }
            const input = state.instructionsInput ?? verifyInstructionsInput(state);
            await placeTrustedRoot(state, input.signer, directory);
            await placePublicKey(state, input.signer, directory);
            const runner = target.commandRunner ?? shellCommandRunner({ path: ports.env.PATH ?? '/usr/bin:/bin', home: ports.env.HOME, proxy: ports.env });
            const report = await runGate({ directory, commands: verificationCommands(input), signer: input.signer, trust: () => trustOf(state, input.signer) }, { runner, logger: ports.logger });
            return { gate: report };
        }
        finally {
            await (0,promises_.rm)(directory, { recursive: true, force: true });
        }
    },
};

;// CONCATENATED MODULE: ./lib/release/steps/github-draft.js



/**
 * The repository this run belongs to and, in a run for the push of this very tag, the commit it
 * names (`GITHUB_SHA`): what GitHub's release attestation (v0.2) must state.
 */
function expectedRelease(env, tag) {
    const repository = env.GITHUB_REPOSITORY === undefined || env.GITHUB_REPOSITORY === '' ? undefined : env.GITHUB_REPOSITORY;
    const sha = env.GITHUB_SHA;
    const commit = env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME === tag && sha !== undefined && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
    return { ...(repository === undefined ? {} : { repository }), ...(commit === undefined ? {} : { commit }) };
}
/**
 * Uploads to the GitHub release of the run's tag, when the caller gives a `githubRelease` port:
 * the release is found or created as a draft, and the artifacts, then the run's own files from
 * the output directory, are uploaded under their file names (release assets are one flat list),
 * with VERIFY.md as the notes' verification block. A release published and immutable already is
 * verified instead, and nothing after this step changes it. A failure keeps the output directory.
 */
const githubDraftStep = {
    name: 'github-draft',
    needs: ['publish'],
    async run({ ports, artifacts, staged, staging, outputDir, instructionsPath, published }) {
        const target = ports.githubRelease;
        if (target === undefined || published !== true || staging === undefined)
            return {};
        const finalPath = (path) => (0,external_node_path_.join)(outputDir, (0,external_node_path_.relative)(staging, path));
        const { tag, ...publishPorts } = target;
        const paths = [...(artifacts ?? []).map((artifact) => artifact.path), ...staged.map(finalPath)];
        const assets = paths.map((path) => ({ path, name: (0,external_node_path_.basename)(path), contentType: (0,publish/* contentTypeOf */.JX)((0,external_node_path_.basename)(path)) }));
        const notesBlock = instructionsPath === undefined ? '' : await (0,promises_.readFile)(finalPath(instructionsPath), 'utf8');
        const input = { tag, assets, notesBlock, expected: expectedRelease(ports.env, tag) };
        const drafted = await (0,publish/* draftRelease */.pE)(input, { ...publishPorts, logger: ports.logger });
        return drafted.kind === 'verified' ? { githubRelease: drafted.result } : { githubDraft: { input, drafted } };
    },
};

;// CONCATENATED MODULE: ./lib/release/steps/github-publish.js

/**
 * Publishes the draft the github-draft step filled (once the gate passed, when it is on), with
 * VERIFY.md as the notes' verification block; for an immutable release, GitHub's release
 * attestation is then fetched and verified.
 */
const githubPublishStep = {
    name: 'github-publish',
    needs: ['github-draft'],
    async run({ ports, githubDraft }) {
        const target = ports.githubRelease;
        if (target === undefined || githubDraft === undefined)
            return {};
        return { githubRelease: await (0,publish/* publishDraft */.T2)(githubDraft.input, githubDraft.drafted, { ...target, logger: ports.logger }) };
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
                ...config.subjects.filter((subject) => !(0,dist.isDynamicPattern)(subject)).map((subject) => ({ path: (0,external_node_path_.resolve)(ports.cwd, subject), what: 'the artifact' })),
            ],
        });
        return { plan, ...(immutableRelease === undefined ? {} : { immutableRelease }) };
    },
};

// EXTERNAL MODULE: ./lib/checksums/format.js
var format = __webpack_require__(3093);
;// CONCATENATED MODULE: ./lib/release/steps/published-release.js











/** The verification kit's files: made from the signer's identity, so known only once signing starts; a checksums file lists them beside the artifacts. */
const KIT_FILES = new Set([verify_release/* RELEASE_POLICY_FILE */.Ir, VERIFICATION_KIT_TRUSTED_ROOT_FILE, VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE]);
/** A published checksums file is read back whole; one line per artifact keeps it far below this. */
const MAX_CHECKSUMS_BYTES = 16 * 1024 * 1024;
/**
 * The files a run makes anew once it signs (a signature is never the same bytes twice): a draft's
 * copies are stale once the run signs again. With a verification kit, which names the signer, the
 * kit and the checksums file listing it are made anew too.
 */
function resignedNames(checksums, artifactNames, artifactBundles, kit) {
    return new Set([...(kit ? [checksums, ...KIT_FILES] : []), (0,sigstore_sign/* defaultBundlePath */.Fq)(checksums), ATTESTATIONS_FILE, AUDIT_LOG_FILE, (0,sigstore_sign/* defaultBundlePath */.Fq)(AUDIT_LOG_FILE), ...(artifactBundles ? artifactNames.map((name) => (0,sigstore_sign/* defaultBundlePath */.Fq)(name)) : [])]);
}
/** The entries of a checksums file read back from a release; undefined when it is not one. */
function listedEntries(bytes, source) {
    try {
        return (0,format/* parseChecksums */.yk)(bytes.toString('utf8'), source);
    }
    catch {
        return undefined;
    }
}
/**
 * Before anything is signed, looks at the GitHub release the run publishes to: when it is
 * published already (a re-run of the release job), signing again would only make new signatures
 * that differ from the published ones and new log entries. The run then checks that the release
 * holds every artifact with this run's digest and a checksums file that lists exactly this run's
 * artifacts and SBOMs (and the verification kit it holds as listed), and ends there, changing nothing; a release that holds anything else is a
 * RELEASE_PUBLISHED_DIFFERS. A draft (or no release) lets the run go on; a draft that a failed run
 * left with a checksums file listing this run's artifacts loses what that run made once it signed (no consumer has seen a
 * draft), since this run signs the same checksums again and uploads its own.
 */
const publishedReleaseStep = {
    name: 'published-release',
    needs: ['hash'],
    wanted: (config) => config.githubRelease !== undefined,
    async run({ config, ports, artifacts, sbom, staging }) {
        const target = ports.githubRelease;
        if (target === undefined || artifacts === undefined)
            return {};
        const { releases, tag } = target;
        const release = await releases.findRelease(tag);
        if (release === undefined)
            return {};
        const remote = await releases.listAssets(release.id);
        const checksumsName = checksumsFileName(config.algorithm);
        const expected = new Map([...artifacts, ...(sbom?.entries ?? [])].map((entry) => [entry.name, entry.hex]));
        const uploadedChecksums = remote.find((asset) => asset.state === 'uploaded' && asset.name === checksumsName);
        // What the release's checksums file lists beyond the kit, and the kit entries it lists; undefined when it is not readable.
        const checksumsBytes = uploadedChecksums === undefined || uploadedChecksums.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(uploadedChecksums.id, MAX_CHECKSUMS_BYTES);
        const listed = checksumsBytes === undefined ? undefined : listedEntries(checksumsBytes, `${tag}/${checksumsName}`);
        const kitEntries = (listed ?? []).filter((entry) => KIT_FILES.has(entry.name));
        const rest = (listed ?? []).filter((entry) => !KIT_FILES.has(entry.name));
        const listsThisRun = listed !== undefined && rest.length === expected.size && rest.every((entry) => expected.get(entry.name) === entry.hex);
        if (release.draft) {
            if (!listsThisRun)
                return {};
            // A keyless run writes a kit (the draft's lists one, or this run will), so its checksums file follows the signer; a key-signed run's is the draft's.
            const kit = kitEntries.length > 0 || (config.verificationKit && config.sign !== undefined && config.sign.key === undefined);
            const stale = resignedNames(checksumsName, artifacts.map((artifact) => (0,external_node_path_.basename)(artifact.name)), config.artifactBundles, kit);
            for (const asset of remote.filter((candidate) => stale.has(candidate.name) || stale.has(candidate.label))) {
                ports.logger.info(`github-release: deleting ${asset.name} from the draft ${tag}: a failed run signed the same artifacts, and this run signs them again`);
                await releases.deleteAsset(asset.id);
            }
            return {};
        }
        const find = (name) => remote.find((asset) => asset.state === 'uploaded' && asset.name === name) ?? remote.find((asset) => asset.state === 'uploaded' && asset.label === name);
        const differs = [];
        const assets = [];
        const check = async (name, sha256, size) => {
            const found = find(name);
            if (found === undefined)
                differs.push(`${name} is missing`);
            else if ((await (0,publish/* remoteAssetSha256 */.U4)(releases, found, size)) !== sha256)
                differs.push(`${found.name} is not sha256:${sha256}`);
            else
                assets.push({ name, githubName: found.name, digest: `sha256:${sha256}`, outcome: 'present' });
        };
        for (const artifact of artifacts)
            await check((0,external_node_path_.basename)(artifact.name), artifact.digests.sha256 ?? (await (0,digest/* hashFile */.DC)(artifact.path, ['sha256'])).digest.sha256 ?? '', artifact.size);
        if (uploadedChecksums === undefined)
            differs.push(`${checksumsName} is missing`);
        else if (!listsThisRun)
            differs.push(`${uploadedChecksums.name} does not list exactly this run's artifacts and SBOMs with their digests`);
        else {
            assets.push({ name: checksumsName, githubName: uploadedChecksums.name, digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(checksumsBytes ?? '').digest('hex')}`, outcome: 'present' });
            // The kit the checksums file lists must be there as listed (the signature covers it through the checksums file).
            for (const entry of kitEntries) {
                const found = find(entry.name);
                const bytes = found === undefined || found.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(found.id, MAX_CHECKSUMS_BYTES);
                if (found === undefined || bytes === undefined)
                    differs.push(`${entry.name} is missing`);
                else if ((0,external_node_crypto_.createHash)(entry.algorithm).update(bytes).digest('hex') !== entry.hex)
                    differs.push(`${found.name} is not the file ${checksumsName} lists`);
                else
                    assets.push({ name: entry.name, githubName: found.name, digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`, outcome: 'present' });
            }
        }
        if (differs.length > 0) {
            throw new ReleaseError('RELEASE_PUBLISHED_DIFFERS', `the GitHub release ${tag} is published already and does not hold what this run would publish: ${differs.slice(0, 10).join('; ')}${differs.length > 10 ? `; and ${differs.length - 10} more` : ''}`, {
                hint: 'a published release is never changed (an immutable one cannot be): release this build under a new tag; to publish it under this tag, delete the release (if it is not immutable) and re-run',
            });
        }
        ports.logger.info(`github-release: release ${tag} is published already and holds every artifact and the checksums file this run would sign: nothing to do, nothing signed`);
        if (staging !== undefined)
            await discardStagingDirectory(staging);
        return { alreadyPublished: { releaseId: release.id, outcome: 'verified', immutable: release.immutable, assets } };
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
 * Opens the session the release signs in, before the checksums file is written: a key made for
 * the run (outside Actions, without a token), the configured key, or keyless with `token`, a
 * Sigstore token already requested with the provenance token. Who will sign is known from here on
 * (the verification kit names it in a file the checksums list).
 */
async function openReleaseSession(config, ports, token) {
    if (config.ephemeralKeyWithoutToken && (0,oidc/* tokenSource */.Zx)(ports.env) === undefined) {
        // The private key exists only in this process; only its public half is written.
        const key = (0,sigstore_sign/* ephemeralSigningKey */.Is)();
        ports.logger.warn(`not a GitHub Actions job, no OIDC token and no --key: signing with a key made for this run (public key ${PUBLIC_KEY_FILE}), which proves the files belong together but not who made them; releases from GitHub Actions are signed keylessly`);
        const session = (0,sigstore_sign/* createSigningSession */.Eh)({ backend: { instance: 'key', key }, retry: config.retry });
        // The session signs the artifacts' own bundles and the audit log; a key made for this run proves nothing about who built them, so it attests nothing.
        return { session, opened: { signer: () => ({ kind: 'key', publicKeyFile: PUBLIC_KEY_FILE, ephemeral: true }), description: `a key made for this run (hint ${key.hint})`, trust: undefined, publicKeyPem: key.publicKeyPem } };
    }
    const opened = await (0,sigstore_sign/* openSigningSession */.ob)(config, { cwd: ports.cwd, env: ports.env, run: await (0,context/* readRunContext */.$)(ports.env), logger: ports.logger, ...(token === undefined ? {} : { token }) });
    if (opened.session === undefined)
        return { signatureSkipped: opened.reason };
    const signer = () => {
        const current = opened.signer;
        return current.kind === 'key'
            ? { kind: 'key', publicKeyFile: `${(0,external_node_path_.basename)(current.source).replace(/\.key$/, '')}.pub`, ephemeral: false }
            : { kind: 'certificate', identity: current.identity, issuer: current.issuer, instance: releaseInstance(config, opened.session.instance), repository: current.repository, rekorV2: current.rekorV2, unlogged: current.unlogged };
    };
    // Closed only after success: on failure the token stays known to the redactor until the error
    // has been printed, and the exit hooks destroy it.
    return { session: opened.session, closeSession: () => opened.close(), opened: { signer, description: opened.description, trust: opened.trust } };
}
/** Opens the signing session (verified tokens for the attestations requested in the same intake), before the checksums file is written. */
const signingSessionStep = {
    name: 'signing-session',
    wanted: (config) => config.sign !== undefined,
    needs: ['hash'],
    async run({ config, ports }) {
        const sign = config.sign;
        if (sign === undefined)
            throw new Error('signing-session runs when signing is asked for');
        const tokens = await releaseAttestationTokens(config, sign, ports.env);
        const opened = await openReleaseSession(sign, ports, tokens?.signing).catch((error) => {
            tokens?.claims.secret.destroy();
            throw error;
        });
        if (opened.session === undefined || opened.closeSession === undefined) {
            tokens?.claims.secret.destroy();
            return opened;
        }
        return { ...opened, ...(tokens === undefined ? {} : { tokens }) };
    },
};
/** Signs the checksums file (verified before it is written) in the session opened before it; the bundle and any public key are written beside it. */
const signStep = {
    name: 'sign',
    wanted: (config) => config.sign !== undefined,
    needs: ['checksums', 'signing-session'],
    async run({ ports, checksumsPath, staging, session, opened }) {
        if (checksumsPath === undefined || staging === undefined)
            throw new Error('sign runs after checksums, when asked for');
        // Signing was skipped (on-missing-token: warn|skip): the session step said why.
        if (session === undefined || opened === undefined)
            return {};
        const bundlePath = (0,sigstore_sign/* defaultBundlePath */.Fq)(checksumsPath);
        ports.logger.info(`signing ${(0,external_node_path_.basename)(checksumsPath)} with ${opened.description}`);
        await session.signFile(checksumsPath, bundlePath);
        // Read after signing: a keyless identity the token does not predict comes from the certificate.
        const signature = { bundlePath, signer: opened.signer(), description: opened.description };
        if (opened.publicKeyPem === undefined)
            return { signature, written: [bundlePath] };
        const publicKeyPath = (0,external_node_path_.join)(staging, PUBLIC_KEY_FILE);
        // Written only once signed, and the bundle taken back if it cannot be: neither is published without the other.
        await (0,core_files/* writeFileAtomic */.Zf)(publicKeyPath, opened.publicKeyPem).catch(async (error) => {
            await (0,promises_.rm)(bundlePath, { force: true });
            throw error;
        });
        return { signature, written: [bundlePath, publicKeyPath] };
    },
};

;// CONCATENATED MODULE: ./lib/release/steps/verification-kit.js









/**
 * The source ref pattern a GitHub Actions signer's certificates will carry for this run: any tag
 * for a tag push (the next release's policy reads the same), this exact ref otherwise.
 */
function refPatternOf(ref) {
    if (ref === undefined || ref === '')
        return undefined;
    return ref.startsWith('refs/tags/') ? 'refs/tags/.*' : (0,verify/* escapeRegExp */.Nt)(ref);
}
/** Whether a trusted root is GitHub's instance (its authorities name GitHub as their operator), which also signs GitHub's release attestations. */
function isGitHubRoot(root) {
    return JSON.stringify(root.document).includes('GitHub, Inc.');
}
/** The trusted roots as JSON Lines, one root per line with sorted keys and a newline after each: what `gh --custom-trusted-root` and `trust-kit --trusted-root` read, and one line is what cosign's `--trusted-root` reads. */
function trustedRootsJsonl(roots) {
    return roots.map((root) => `${(0,verify_release/* canonicalJson */.dj)(root.document)}\n`).join('');
}
/**
 * GitHub's trusted root through its TUF repository, for a release whose GitHub release
 * attestation the policy requires; undefined (with a warning saying so) when it cannot be fetched.
 */
async function fetchGitHubRoots(ports) {
    try {
        return (await (0,verify/* loadGitHubTrustMaterial */.PP)({ ...ports.githubTuf, proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(ports.env) })).roots;
    }
    catch (error) {
        ports.logger.warn(`verification kit: ${verify_release/* RELEASE_POLICY_FILE */.Ir} does not require GitHub's release attestation: GitHub's trusted root could not be fetched (${(0,errors/* reportOf */.EI)(error).message})`);
        return undefined;
    }
}
/**
 * Writes the offline verification kit before the checksums file, which lists it so that the
 * signature covers it: `trust-kit-policy.json` (this run's certificate identity and issuer, its
 * repository and ref pattern, the predicate types the attest step will sign, and whether GitHub's
 * release attestation is required) and the trusted roots signing checks every bundle against
 * (`--trusted-root`, or what the instance's TUF repository served), and for an immutable release
 * GitHub's trusted root when those do not hold it. Only a keyless signer is
 * written down: a key's holder is not a policy a release can state.
 */
const verificationKitStep = {
    name: 'verification-kit',
    wanted: (config) => config.sign !== undefined && config.verificationKit,
    needs: ['signing-session'],
    async run({ config, ports, opened, tokens, sbom, staging, immutableRelease }) {
        // Signing was skipped (on-missing-token: warn|skip): there is no signer to name.
        if (opened === undefined)
            return {};
        if (staging === undefined)
            throw new Error('verification-kit runs after collect');
        const signer = opened.signer();
        if (signer.kind !== 'certificate' || opened.trust === undefined) {
            ports.logger.info('verification kit: not written, the release is signed with a key (the policy file names keyless signers)');
            return {};
        }
        if (signer.identity === undefined) {
            ports.logger.warn('verification kit: not written, the identity token does not say which certificate identity Fulcio will issue (no job_workflow_ref or email claim)');
            return {};
        }
        const roots = opened.trust.roots;
        // GitHub signs its release attestations on its own instance: its root is at hand when the run signed there (or was given it), else fetched.
        let githubRoots;
        if (immutableRelease !== undefined)
            githubRoots = roots.some(isGitHubRoot) ? [] : await fetchGitHubRoots(ports);
        const githubFile = githubRoots === undefined ? undefined : githubRoots.length === 0 ? VERIFICATION_KIT_TRUSTED_ROOT_FILE : VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE;
        const attesting = config.attest !== 'off';
        const requiredPredicateTypes = attesting ? await releasePredicateTypes({ claims: tokens?.claims, sbomPaths: (sbom?.entries ?? []).map((entry) => (0,external_node_path_.join)(staging, entry.name)) }) : [];
        const files = [
            {
                name: verify_release/* RELEASE_POLICY_FILE */.Ir,
                text: (0,verify_release/* releasePolicyJson */.yv)({
                    trustedRoots: [VERIFICATION_KIT_TRUSTED_ROOT_FILE],
                    identity: signer.identity,
                    issuer: signer.issuer,
                    repository: signer.repository,
                    // Only GitHub Actions certificates on github.com carry the source ref, which the policy then pins.
                    refPattern: signer.repository === undefined ? undefined : refPatternOf(ports.env.GITHUB_REF),
                    requiredPredicateTypes,
                    githubTrustedRoot: githubFile,
                }),
            },
            { name: VERIFICATION_KIT_TRUSTED_ROOT_FILE, text: trustedRootsJsonl(roots) },
            ...(githubRoots === undefined || githubRoots.length === 0 ? [] : [{ name: VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE, text: trustedRootsJsonl(githubRoots) }]),
        ];
        const written = files.map((file) => (0,external_node_path_.join)(staging, file.name));
        await Promise.all(files.map((file, index) => (0,core_files/* writeFileAtomic */.Zf)(written[index], file.text)));
        ports.logger.info(`verification kit: ${files.map((file) => file.name).join(', ')} (${[...roots, ...(githubRoots ?? [])].map((root) => root.label).join(', ')}), listed in the checksums file`);
        const entries = files.map((file) => ({ name: file.name, hex: (0,digest/* digestBytes */.QN)(config.algorithm, file.text) }));
        const [policyPath, trustedRootPath] = written;
        return { verificationKit: { policyPath, trustedRootPath, entries }, written };
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
    [hashStep, sbomsStep, resolveImagesStep, assetNamesStep], // the artifacts' digests while the lockfiles are cataloged and the images pinned by digest; names a GitHub release can hold
    [publishedReleaseStep], // a re-run for a release published already checks it and ends here, before anything is signed
    [signingSessionStep], // the session that signs everything below: who signs is known from here on
    [verificationKitStep], // trust-kit-policy.json and trust-kit-trusted-root.jsonl
    [checksumsStep], // SHA256SUMS, listing the artifacts, the SBOMs and the verification kit
    [signStep], // SHA256SUMS.sigstore.json; the session stays open for the steps below
    [bundlesStep, attestStep], // <artifact>.sigstore.json; attestations.intoto.jsonl
    [imagesStep], // the images' signatures, attached in the registry as OCI referrers
    [auditLogStep], // trust-kit-audit.jsonl: every signature above, signed on its own
    [instructionsStep], // VERIFY.md
    [publishOutputStep], // the staging directory becomes the output directory
    [downgradeStep], // no trust downgrade: the run's evidence is no weaker than the previous GitHub release's
    [githubDraftStep], // the artifacts and the run's files uploaded to a draft GitHub release
    [gateStep], // the draft's assets downloaded back and verified as VERIFY.md says; a failure keeps the draft
    [githubPublishStep], // the draft published, once
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
        // Nothing is left to do: the run changed nothing (a release published already).
        if (state.alreadyPublished !== undefined)
            return;
    }
}

;// CONCATENATED MODULE: ./lib/release/report.js

/** How each step is named when it fails. */
const STEP_NAMES = {
    output: 'checking the output directory',
    // Finding the files is the first half of hashing them, as users see it.
    collect: 'hashing the artifacts',
    'asset-names': 'checking the artifacts can be GitHub release assets',
    hash: 'hashing the artifacts',
    'published-release': 'looking at the published GitHub release',
    sbom: 'making the SBOMs',
    // Opening the session (the identity token, the key) is the first half of signing, as users see it.
    'signing-session': 'signing the checksums file',
    'verification-kit': 'writing the verification kit',
    checksums: 'writing the checksums file',
    sign: 'signing the checksums file',
    bundles: 'signing each artifact',
    attest: 'attesting the artifacts',
    'resolve-images': 'resolving the images',
    images: 'signing the images',
    'audit-log': 'writing the signing audit log',
    instructions: 'writing VERIFY.md',
    publish: 'moving the files into the output directory',
    downgrade: 'comparing the release with the previous one',
    'github-draft': 'uploading to the draft GitHub release',
    gate: 'verifying the draft GitHub release before publishing it',
    'github-publish': 'publishing the GitHub release',
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
        gate: report.gate,
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
    for (const outcome of [...(facts.gate?.checks ?? []), ...(facts.gate?.commands ?? [])])
        if (outcome.verdict !== 'passed')
            lines.push(`  gate: ${outcome.verdict}: ${outcome.what}: ${outcome.detail}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/sigstore/verify/release.js
var release = __webpack_require__(22695);
;// CONCATENATED MODULE: ./lib/release/release-attestation.js




/**
 * The trust domain of GitHub's release attestations on `serverUrl`: `dotcom` on github.com;
 * undefined elsewhere (a GHE.com tenant names its own domain and trusted-root target, a GitHub
 * Enterprise Server has none), where the attestation is read but its signature is not verified.
 */
function releaseTrustDomain(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).host.toLowerCase();
    }
    catch {
        return undefined;
    }
    return host === 'github.com' ? 'dotcom' : undefined;
}
/**
 * Verifies GitHub's release attestation of a release on github.com with GitHub's trusted root,
 * fetched through GitHub's TUF repository the first time an attestation is verified (a release
 * that is not immutable never fetches it). A signature that does not verify is
 * PUBLISH_RELEASE_ATTESTATION_INVALID; a trusted root that cannot be fetched is
 * PUBLISH_RELEASE_ATTESTATION_UNVERIFIED, which says the release is published. Undefined on any
 * other server (see {@link releaseTrustDomain}).
 */
function githubReleaseAttestationVerifier(options) {
    const trustDomain = releaseTrustDomain(options.serverUrl);
    if (trustDomain === undefined)
        return undefined;
    const check = `gh release verify ${options.tag} -R ${options.repository}`;
    let trust;
    return async (bundle, assetSha256) => {
        trust ??= (0,verify/* loadGitHubTrustMaterial */.PP)(options.tuf);
        let material;
        try {
            material = await trust;
        }
        catch (error) {
            throw new publish/* PublishError */.S1('PUBLISH_RELEASE_ATTESTATION_UNVERIFIED', `release ${options.tag} is published, but its GitHub release attestation was not verified: GitHub's trusted root could not be fetched (${(error instanceof Error ? error.message : String(error)).slice(0, 500)})`, {
                cause: error,
                hint: `the release is published and nothing needs re-running: check its attestation with \`${check}\``,
            });
        }
        try {
            return (0,release/* verifyGitHubReleaseAttestation */.YG)(bundle, assetSha256, material, trustDomain);
        }
        catch (error) {
            const code = error instanceof errors/* TrustKitError */.T0 ? ` (${error.code})` : '';
            throw new publish/* PublishError */.S1('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's release attestation for ${options.tag} does not verify${code}: ${(error instanceof Error ? error.message : String(error)).slice(0, 500)}`, {
                cause: error,
                hint: `the release is published and immutable: check it with \`${check}\` and report the failure to GitHub if that fails too`,
            });
        }
    };
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
        gate: undefined,
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
    report.gate = state.gate ?? (state.failure?.error instanceof PublishGateError ? state.failure.error.report : undefined);
    report.failed = state.failure === undefined ? undefined : { step: state.failure.step, error: (0,errors/* reportOf */.EI)(state.failure.error) };
}
/** A run that found its GitHub release published already with what it would publish: it wrote, signed and uploaded nothing. */
function alreadyPublishedResult(config, outputDir, artifacts, published) {
    return {
        artifacts,
        checksumsPath: (0,external_node_path_.join)(outputDir, checksumsFileName(config.algorithm)),
        subjects: (0,checksums.toSubjects)(artifacts, config.algorithm),
        sbom: undefined,
        signature: undefined,
        signatureSkipped: undefined,
        attestations: undefined,
        artifactBundles: undefined,
        images: undefined,
        auditLog: undefined,
        instructionsPath: undefined,
        verifyCommand: undefined,
        produced: [],
        digests: {},
        githubRelease: published,
        downgrade: undefined,
        gate: undefined,
    };
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
    if (state.alreadyPublished !== undefined && state.artifacts !== undefined)
        return alreadyPublishedResult(config, outputDir, state.artifacts, state.alreadyPublished);
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
        downgrade: state.downgrade,
        gate: state.gate,
    };
}

// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/logger.js
var logger = __webpack_require__(27444);
// EXTERNAL MODULE: ./lib/config/paths.js
var paths = __webpack_require__(56446);
// EXTERNAL MODULE: ./lib/github/attestations.js
var attestations = __webpack_require__(69708);
// EXTERNAL MODULE: ./lib/github/releases.js
var releases = __webpack_require__(40461);
;// CONCATENATED MODULE: ./lib/github/release-target.js



/** The releases of the target repository through `@actions/github`; a repository not shaped `owner/repo` is a GITHUB_REPOSITORY_INVALID. */
function releasesOf(target) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(target.repository);
    if (match === null || match[2] === '.' || match[2] === '..') {
        throw new errors/* TrustKitError */.T0('GITHUB_REPOSITORY_INVALID', `the repository "${target.repository.slice(0, 200)}" is not owner/repo`, { hint: 'GITHUB_REPOSITORY names the repository in a GitHub Actions job; outside one, name it as owner/repo' });
    }
    const client = (0,attestations/* createGitHubClient */.LX)({ token: target.token, proxy: target.proxy, ...(target.serverUrl === undefined ? {} : { serverUrl: target.serverUrl }), ...(target.apiUrl === undefined ? {} : { apiUrl: target.apiUrl }) });
    return (0,releases/* githubReleases */.gp)({ client, owner: match[1] ?? '', repo: match[2] ?? '' });
}
/** The web page of the release of `tag` (a published release's URL). */
function releaseUrl(serverUrl, repository, tag) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/releases/tag/${encodeURIComponent(tag)}`;
}
/** The tag a run for a tag push was started by (GITHUB_REF `refs/tags/<tag>`); undefined for any other run. */
function pushedTag(ref) {
    return ref !== undefined && ref.startsWith('refs/tags/') && ref.length > 'refs/tags/'.length ? ref.slice('refs/tags/'.length) : undefined;
}

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
      --no-verification-kit    do not write trust-kit-policy.json and trust-kit-trusted-root.jsonl,
                               the offline verification kit the checksums file lists (written
                               by default when signing keylessly)
      --image REF              also sign this container image (repeatable), in the checksums
                               file's session (one certificate): a tag is resolved once to its
                               digest; the signatures are attached in the registry and VERIFY.md
                               gives the cosign verify command (registry login: docker's config.json)
      --signature-format FMT   how image signatures are attached: both (default), cosign3 (a bundle
                               referrer) or cosign2 (the sha256-<hex>.sig manifest)
      --recursive              also sign each platform manifest of a multi-arch image index
      --allow-http-registry    reach registries over plain HTTP (local test registries only)
      --no-verify-instructions do not write VERIFY.md
      --no-gate                publish a GitHub release without first downloading its draft and
                               verifying it as VERIFY.md says (the gate is on by default)
      --immutable-release      the GitHub release of the pushed tag is immutable: VERIFY.md adds
                               gh release verify (a GitHub Actions run of a tag push only)
      --downgrade WHAT         fail (default), warn or off: when publishing to a GitHub release, refuse
                               (or warn about) a release whose evidence is weaker than the previous
                               release's: signed checksums, signer workflow and repository, Sigstore
                               instance, per-artifact signatures, attestations, SBOMs, audit log,
                               signed images, immutability
      --github-release         publish the artifacts and the run's files to the GitHub release of
                               --tag: found or created as a draft, every missing asset uploaded
                               (same name and digest: skipped; another digest: an error), then
                               published once; token in GH_TOKEN or GITHUB_TOKEN (contents: write).
                               An immutable release's GitHub release attestation is then fetched
                               and verified with GitHub's trusted root (from its TUF repository;
                               github.com only: elsewhere it is read, not verified)
      --tag TAG                the release's tag (default: the pushed tag, GITHUB_REF refs/tags/...)
      --repo OWNER/REPO        the release's repository (default: GITHUB_REPOSITORY)
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
        'verification-kit': { type: 'boolean' },
        'verify-instructions': { type: 'boolean' },
        'immutable-release': { type: 'boolean' },
        downgrade: { type: 'string' },
        gate: { type: 'boolean' },
        image: { type: 'string', multiple: true },
        'signature-format': { type: 'string' },
        recursive: { type: 'boolean' },
        'allow-http-registry': { type: 'boolean' },
        'github-release': { type: 'boolean' },
        tag: { type: 'string' },
        repo: { type: 'string' },
        ...signing_options/* SIGNING_OPTIONS */.F,
    },
    async run(args, context) {
        const positionalNamer = (0,inputs/* cliNamer */.qy)({ 'subject-path': 'PATH' });
        // The input `images` is the repeatable flag --image.
        const nameOf = (name) => (name === 'images' ? '--image' : positionalNamer(name));
        const { image, repo, ...values } = args.values;
        const pushed = pushedTag(context.env.GITHUB_REF);
        const config = releaseConfig({ ...values, images: image, 'subject-path': args.positionals }, nameOf, {
            base: '.',
            outputDir: 'trust-kit-out',
            ephemeralKeyWithoutToken: context.env.GITHUB_ACTIONS !== 'true',
            ...(pushed === undefined ? {} : { tag: pushed }),
        });
        const { env } = context;
        const repository = typeof repo === 'string' && repo !== '' ? repo : (env.GITHUB_REPOSITORY ?? '');
        const serverUrl = env.GITHUB_SERVER_URL === undefined || env.GITHUB_SERVER_URL === '' ? 'https://github.com' : env.GITHUB_SERVER_URL;
        let githubRelease;
        if (config.githubRelease !== undefined) {
            const token = env.GH_TOKEN !== undefined && env.GH_TOKEN !== '' ? env.GH_TOKEN : env.GITHUB_TOKEN;
            const issues = [
                ...(token === undefined || token === '' ? [{ input: '--github-release', message: 'needs a token with contents: write in GH_TOKEN or GITHUB_TOKEN' }] : []),
                ...(repository === '' ? [{ input: '--repo', message: 'is needed with --github-release outside a GitHub Actions job (GITHUB_REPOSITORY is not set)' }] : []),
            ];
            if (issues.length > 0 || token === undefined)
                throw new inputs/* ConfigError */.xL(issues);
            // GitHub's trusted root is fetched only when an immutable release's attestation is verified.
            const verifyReleaseAttestation = githubReleaseAttestationVerifier({ serverUrl, repository, tag: config.githubRelease.tag, tuf: { proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(env) } });
            githubRelease = { tag: config.githubRelease.tag, releases: releasesOf({ repository, token, serverUrl, proxy: (0,core_proxy/* proxySettingsFrom */.Yw)(env), ...(env.GITHUB_API_URL === undefined || env.GITHUB_API_URL === '' ? {} : { apiUrl: env.GITHUB_API_URL }) }), ...(verifyReleaseAttestation === undefined ? {} : { verifyReleaseAttestation }) };
        }
        await (0,paths/* requireNamedPaths */.xF)((0,paths/* releasePaths */.ul)(config), context.cwd, nameOf);
        const epoch = context.env.SOURCE_DATE_EPOCH;
        const report = emptyReleaseReport();
        try {
            const result = await runRelease(config, {
                cwd: context.cwd,
                env: context.env,
                logger: (0,logger/* stderrLogger */.D)(context.stderr, args.values.verbose === true),
                ...(githubRelease === undefined ? {} : { githubRelease }),
                ...(epoch === undefined || epoch === '' ? {} : { clock: (0,clock/* clockFromSourceDateEpoch */.vv)(epoch) }),
            }, report);
            for (const path of result.produced)
                context.stdout.write(`${(0,external_node_path_.relative)(context.cwd, path)}\n`);
            const published = result.githubRelease;
            if (published !== undefined && config.githubRelease !== undefined) {
                const uploaded = published.assets.filter((asset) => asset.outcome === 'uploaded').length;
                context.stderr.write(`GitHub release ${releaseUrl(serverUrl, repository, config.githubRelease.tag)}: ${published.outcome}; ${uploaded} uploaded, ${published.assets.length - uploaded} already there with the same digest\n`);
                const attestation = published.releaseAttestation;
                if (attestation !== undefined)
                    context.stderr.write(`GitHub's release attestation (${attestation.predicateType}) lists every asset; its signature ${attestation.signatureVerified ? 'verified against GitHub\'s trusted root' : 'not verified here: check it with gh release verify'}\n`);
            }
            return exit_codes/* EXIT */.d.OK;
        }
        catch (error) {
            context.stderr.write(failedRunText(releaseFacts(report, context.cwd)));
            throw error;
        }
    },
};


/***/ }),

/***/ 1378:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ resolveImages),
/* harmony export */   D: () => (/* binding */ imageSubjectName)
/* harmony export */ });
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49103);

/**
 * The manifests a run signs or attests: each reference's tag resolved once to its digest (logged),
 * and with `recursive` each platform manifest of a multi-arch index after the index. Everything is
 * resolved before anything is signed, so a missing image fails the run before a certificate is asked for.
 */
async function resolveImages(client, references, options) {
    const subjects = [];
    for (const reference of references) {
        const resolved = await client.resolve(reference);
        options.logger.info(`${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(reference)} is ${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(resolved.reference)}`);
        subjects.push({ reference: resolved.reference, mediaType: resolved.mediaType, size: resolved.bytes.length });
        if (options.recursive && resolved.manifest.kind === 'index') {
            for (const child of resolved.manifest.manifest.manifests) {
                subjects.push({ reference: { ...resolved.reference, digest: child.digest }, mediaType: child.mediaType, size: child.size });
            }
        }
    }
    return subjects;
}
/** The name an image's statements give it: its repository, as cosign names the subject of the statements it signs. */
function imageSubjectName(subject) {
    return `${subject.reference.registry}/${subject.reference.repository}`;
}


/***/ }),

/***/ 49213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ signImages)
/* harmony export */ });
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49103);

/**
 * Signs images with an open session (one certificate for all of them, and for whatever else the
 * session signs): cosign 3's signed statement attached as a bundle referrer and, unless `format`
 * is cosign3, cosign 2's simple-signing signature in the `.sig` manifest. `onSigned` hears of each
 * image as soon as it is signed, so a caller can report what was attached before a later failure.
 */
async function signImages(client, session, subjects, options) {
    const signed = [];
    for (const subject of subjects) {
        const shown = (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(subject.reference);
        const entry = { subject };
        if (options.format !== 'cosign2') {
            const bundle = await session.signStatement((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .imageSignatureStatement */ .l6)(subject), shown);
            entry.referrer = await (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attachBundle */ .U9)(client, subject, Buffer.from(JSON.stringify(bundle.bundle)), _oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4, options.created);
            options.logger.info(`signed ${shown}: bundle ${entry.referrer.digest} (${entry.referrer.via === 'api' ? 'referrers API' : 'referrers tag'})`);
        }
        if (options.format !== 'cosign3') {
            const payload = (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .simpleSigningPayload */ .Kq)(subject);
            const bundle = await session.signBlob(payload, `${shown} (cosign 2 signature)`);
            entry.legacyTag = (await (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attachLegacySignature */ .hX)(client, subject, payload, (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .legacySignatureAnnotations */ .iN)(bundle.bundle))).tag;
            options.logger.info(`signed ${shown}: ${entry.legacyTag}`);
        }
        signed.push(entry);
        options.onSigned?.(entry);
    }
    return signed;
}


/***/ })

};
