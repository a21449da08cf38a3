export const id = 22;
export const ids = [22];
export const modules = {

/***/ 83022:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCommand: () => (/* binding */ releaseCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/core/digest.js
var digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/sbom/formats/index.js + 3 modules
var sbom_formats = __webpack_require__(80019);
// EXTERNAL MODULE: ./lib/config/sbom.js
var config_sbom = __webpack_require__(37405);
// EXTERNAL MODULE: ./lib/config/sign.js
var config_sign = __webpack_require__(5297);
;// CONCATENATED MODULE: ./lib/config/release.js





/** The SBOM formats a release makes unless told otherwise. */
const DEFAULT_RELEASE_SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'];
/**
 * Validates release inputs (`subject-path`, `algorithm`, `base`, `output-dir`, `sbom-format`,
 * `sbom-path`, `include-dev`, `strict`, `force`, `sign`, `attest` and the signing inputs), reporting every problem
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
    const config = { subjects, algorithm, base: reader.string('base', defaults.base) ?? defaults.base, outputDir, force: reader.boolean('force', false), sbom, sign: undefined, attest };
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(76448);
// EXTERNAL MODULE: ./lib/checksums/index.js + 6 modules
var checksums = __webpack_require__(87220);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var core_files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/github/oidc.js
var oidc = __webpack_require__(89402);
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
function cosignPolicyFlags(signer) {
    if (signer.kind === 'key')
        return `--key ${shellQuote(signer.publicKeyFile)}`;
    const root = trustedRootFile(signer);
    return [
        `--certificate-identity ${shellQuote(signer.identity ?? '<the identity in the certificate>')} --certificate-oidc-issuer ${shellQuote(signer.issuer)}`,
        // The GitHub workflow repository extension (1.3.6.1.4.1.57264.1.5) holds the repository of the run, the caller of a reusable workflow.
        ...(signer.repository === undefined ? [] : [`--certificate-github-workflow-repository ${shellQuote(signer.repository)}`]),
        ...(root === undefined ? [] : [`--trusted-root ${shellQuote(root)}`]),
        // cosign 2 counts only log times unless asked; cosign 3 uses the timestamp either way.
        ...(signer.rekorV2 === true ? ['--use-signed-timestamps'] : []),
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
        lines.push('## 1. Check the signature on the checksums file', '', ...describeSigner(signer));
        // cosign verifies GitHub's instance only with trust material fetched separately; its
        // instructions would not be copy-paste exact, so they are given for the other instances and keys.
        if (signer.kind === 'key' || signer.instance !== 'github') {
            // cosign requires a transparency-log entry unless told otherwise; a local key signs offline, so its bundles have none.
            const offline = signer.kind === 'key' ? ' --insecure-ignore-tlog=true' : '';
            lines.push(signer.kind === 'key' ? 'With cosign (2.5 or later; the key signed offline, so there is no transparency-log entry to require):' : 'With cosign (2.5 or later):', '', '```sh', `cosign verify-blob ${shellQuote(checksumsFile)} --bundle ${shellQuote(bundleFile)} ${cosignPolicyFlags(signer)}${offline}`, '```', '');
        }
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
    return lines.join('\n');
}
/** The attestations section: what the file attests and, for a GitHub Actions signer, the `gh attestation verify` commands. */
function attestationLines(attestations, signer) {
    const lines = ['## Attestations', '', `\`${attestations.file}\` holds in-toto attestations about every artifact, signed like the checksums file: ${attestations.predicateTypes.map((type) => `\`${type}\``).join(', ')}.`, ''];
    if (signer?.kind !== 'certificate' || signer.repository === undefined)
        return lines;
    lines.push('With the GitHub CLI, for any artifact (here the first):', '', '```sh');
    for (const type of attestations.predicateTypes) {
        lines.push(`gh attestation verify ${shellQuote(attestations.artifact)} --bundle ${shellQuote(attestations.file)} --repo ${shellQuote(signer.repository)} --predicate-type ${shellQuote(type)}`);
    }
    lines.push('```', '');
    return lines;
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

// EXTERNAL MODULE: ./lib/sbom/index.js
var sbom = __webpack_require__(27965);
// EXTERNAL MODULE: ./lib/sigstore/sign/index.js + 10 modules
var sign = __webpack_require__(88927);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/attest/errors.js
var attest_errors = __webpack_require__(98114);
// EXTERNAL MODULE: ./lib/attest/predicates/index.js + 3 modules
var predicates = __webpack_require__(44244);
// EXTERNAL MODULE: ./lib/attest/provenance.js + 2 modules
var provenance = __webpack_require__(55632);
// EXTERNAL MODULE: ./lib/attest/sign.js
var attest_sign = __webpack_require__(1880);
// EXTERNAL MODULE: ./lib/attest/statement.js
var statement = __webpack_require__(98316);
// EXTERNAL MODULE: ./lib/attest/subjects.js
var subjects = __webpack_require__(82728);
;// CONCATENATED MODULE: ./lib/attest/index.js
/** Attestations: in-toto statements over subjects, SLSA provenance from verified claims, SBOM and custom predicates. */







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
    const attestations = await (0,attest_sign/* signStatements */.Kv)(input.session, statements);
    const path = (0,external_node_path_.join)(input.stagingDir, ATTESTATIONS_FILE);
    await (0,core_files/* writeFileAtomic */.Zf)(path, attestations.map((attestation) => attestation.text).join(''));
    const predicateTypes = predicates.map((predicate) => predicate.predicateType);
    input.logger.info(`attest: ${(0,plural/* counted */.h)(attestations.length, 'attestation')} (${predicateTypes.join(', ')}) of ${(0,plural/* counted */.h)(input.artifacts.length, 'artifact')} -> ${ATTESTATIONS_FILE}`);
    return { path, predicateTypes };
}

;// CONCATENATED MODULE: ./lib/release/errors.js

/** An error of the release use case itself: where its output goes, and what it may publish. */
class ReleaseError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ReleaseError';
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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

;// CONCATENATED MODULE: ./lib/release/report.js

/** How each step is named when it fails. */
const STEP_NAMES = {
    output: 'checking the output directory',
    checksums: 'hashing the artifacts',
    sbom: 'making the SBOMs',
    sign: 'signing the checksums file',
    attest: 'attesting the artifacts',
    instructions: 'writing VERIFY.md',
    publish: 'moving the files into the output directory',
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
        if (report.instructionsPath === undefined || !published)
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
    return { outputDir: undefined, algorithm: 'sha256', wanted: { sbom: false, sign: false }, artifacts: undefined, checksumsPath: undefined, sbom: undefined, signature: undefined, signatureSkipped: undefined, attestations: undefined, instructionsPath: undefined, produced: [], failed: undefined };
}
/** The checksums file's conventional name for an algorithm: `SHA256SUMS`, `SHA512SUMS`. */
function checksumsFileName(algorithm) {
    return `${algorithm.toUpperCase()}SUMS`;
}
/** The file the public key of a key-signed release is published as. */
const PUBLIC_KEY_FILE = 'trust-kit.pub';
/** The name of the verification instructions. */
const INSTRUCTIONS_FILE = 'VERIFY.md';
/**
 * Signs the checksums file in the staging directory; the bundle and any public key are written
 * beside it. A keyless or key session stays open for the attestations (`close` ends it); `token`
 * is a Sigstore token already requested with the provenance token.
 */
async function signChecksums(config, checksumsPath, stagingDir, ports, token) {
    const bundlePath = (0,sign/* defaultBundlePath */.Fq)(checksumsPath);
    if (config.ephemeralKeyWithoutToken && (0,oidc/* tokenSource */.Zx)(ports.env) === undefined) {
        // The private key exists only in this process; only its public half is written.
        const key = (0,sign/* ephemeralSigningKey */.Is)();
        const publicKeyPath = (0,external_node_path_.join)(stagingDir, PUBLIC_KEY_FILE);
        ports.logger.warn(`not a GitHub Actions job, no OIDC token and no --key: signing with a key made for this run (public key ${PUBLIC_KEY_FILE}), which proves the files belong together but not who made them; releases from GitHub Actions are signed keylessly`);
        await (0,sign/* createSigningSession */.Eh)({ backend: { instance: 'key', key }, retry: config.retry }).signFile(checksumsPath, bundlePath);
        // Written only once signed, and the bundle taken back if it cannot be: neither is published without the other.
        await (0,core_files/* writeFileAtomic */.Zf)(publicKeyPath, key.publicKeyPem).catch(async (error) => {
            await (0,promises_.rm)(bundlePath, { force: true });
            throw error;
        });
        return {
            signature: { bundlePath, signer: { kind: 'key', publicKeyFile: PUBLIC_KEY_FILE, ephemeral: true }, description: `a key made for this run (hint ${key.hint})` },
            signatureSkipped: undefined,
            files: [bundlePath, publicKeyPath],
            // A key made for this run proves nothing about who built the artifacts: it attests nothing.
            session: undefined,
            close: () => { },
        };
    }
    const opened = await (0,sign/* openSigningSession */.ob)(config, { cwd: ports.cwd, env: ports.env, run: await (0,context/* readRunContext */.$)(ports.env), logger: ports.logger, ...(token === undefined ? {} : { token }) });
    if (opened.session === undefined)
        return { signature: undefined, signatureSkipped: opened.reason, files: [], session: undefined, close: () => { } };
    ports.logger.info(`signing ${(0,external_node_path_.basename)(checksumsPath)} with ${opened.description}`);
    await opened.session.signFile(checksumsPath, bundlePath);
    const signer = opened.signer.kind === 'key'
        ? { kind: 'key', publicKeyFile: `${(0,external_node_path_.basename)(opened.signer.source).replace(/\.key$/, '')}.pub`, ephemeral: false }
        : { kind: 'certificate', identity: opened.signer.identity, issuer: opened.signer.issuer, instance: releaseInstance(config, opened.session.instance), repository: opened.signer.repository, rekorV2: opened.signer.rekorV2 };
    // The caller closes only after success: on failure the token stays known to the redactor until
    // the error has been printed, and the exit hooks destroy it.
    return { signature: { bundlePath, signer, description: opened.description }, signatureSkipped: undefined, files: [bundlePath], session: opened.session, close: () => opened.close() };
}
/** Which deployment verifiers need trust for: custom service URLs (or a signing config) mean a private deployment, verified with the trusted root signing used. */
function releaseInstance(config, instance) {
    const custom = config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined || config.signingConfig !== undefined;
    if (custom && config.trustedRoot !== undefined)
        return { private: { trustedRootFile: (0,external_node_path_.basename)(config.trustedRoot) } };
    return instance === 'github' ? 'github' : 'public-good';
}
/**
 * The trust-kit action that runs this release, when the workflow pinned it to a full commit
 * (`uses: owner/trust-kit@<sha>`): VERIFY.md then names that commit's verifier.
 */
function pinnedVerifier(env) {
    const repository = env.GITHUB_ACTION_REPOSITORY;
    const commit = env.GITHUB_ACTION_REF;
    return repository === undefined || repository === '' || commit === undefined || !/^[0-9a-f]{40}$/.test(commit) ? undefined : { repository, commit };
}
/**
 * The names a release publishes beside its artifacts (release assets are one flat directory): an
 * artifact with one of them would be ambiguous in the checksums file or in the download.
 */
function publishedNames(config) {
    const checksums = checksumsFileName(config.algorithm);
    return [checksums, (0,sign/* defaultBundlePath */.Fq)(checksums), PUBLIC_KEY_FILE, INSTRUCTIONS_FILE, ATTESTATIONS_FILE, ...(config.sbom?.formats ?? []).map((format) => (0,sbom/* encoderFor */.Eq)(format).fileName)];
}
/**
 * Runs the release pipeline: hash every artifact while the project is cataloged into SBOMs,
 * write the checksums file (listing the artifacts and the SBOMs), sign it (verified before it is
 * written), and write the verification instructions. Everything is written into a fresh staging
 * directory beside the output directory, which then replaces it as a whole, also when a step
 * fails after the checksums: what the run produced is kept, and no file of an earlier run is left
 * beside it. `report` is filled in as the run goes, for surfaces that report a failed run.
 */
async function runRelease(config, ports, report = emptyReleaseReport()) {
    // When the build's provenance says it started; the SBOMs' clock (SOURCE_DATE_EPOCH) is the sources' time, not the run's.
    const startedOn = clock/* systemClock */.ml.now();
    const outputDir = (0,external_node_path_.resolve)(ports.cwd, config.outputDir);
    report.outputDir = outputDir;
    report.algorithm = config.algorithm;
    report.wanted = { sbom: config.sbom !== undefined, sign: config.sign !== undefined };
    let step = 'output';
    const fail = (error) => {
        report.failed = { step, error: (0,errors/* reportOf */.EI)(error) };
        throw error;
    };
    const plan = await planOutput(outputDir, {
        force: config.force,
        keep: [
            { path: ports.cwd, what: 'the working directory' },
            { path: (0,external_node_path_.resolve)(ports.cwd, config.base), what: 'the base directory' },
            ...(config.sbom === undefined ? [] : [{ path: (0,external_node_path_.resolve)(ports.cwd, config.sbom.path), what: 'the SBOM project directory' }]),
            // An artifact named by its path would be left out of the checksums and, with --force, deleted with the earlier output.
            ...config.subjects.filter((subject) => !(0,dist/* isDynamicPattern */.ey)(subject)).map((subject) => ({ path: (0,external_node_path_.resolve)(ports.cwd, subject), what: 'the artifact' })),
        ],
    }).catch(fail);
    // Before the walk, so that their files are not even looked at.
    const stale = await removeStaleStagingDirectories(plan);
    if (stale.length > 0)
        ports.logger.info(`removed ${(0,plural/* counted */.h)(stale.length, 'staging directory', 'staging directories')} that killed runs left: ${stale.map((path) => (0,external_node_path_.relative)(ports.cwd, path)).join(', ')}`);
    step = 'checksums';
    // The output directory and staging directories may lie inside the base: their files are what the run makes, never artifacts.
    // The walk does not enter them (an earlier output kept with --force may hold anything), and a glob that names files in them is filtered.
    // Entries are compared by their real paths too: the base may be named through a link and the output directory not, or the other way round.
    const collected = await (0,checksums.collectArtifacts)(config.subjects, { cwd: ports.cwd, base: config.base, skip: (entry) => isOutputPath(plan, entry.path) || isOutputPath(plan, entry.real) }).catch(fail);
    const files = collected.filter((file) => !isOutputPath(plan, file.path));
    if (files.length === 0) {
        fail(new ReleaseError('RELEASE_NO_ARTIFACTS', `${config.subjects.join(', ')} name${config.subjects.length === 1 ? 's' : ''} no file outside the output directory ${outputDir}`, { hint: 'name the release artifacts; the output directory only holds what trust-kit makes' }));
    }
    const reserved = new Set(publishedNames(config));
    const clashing = files.filter((file) => reserved.has(file.name)).map((file) => file.name);
    if (clashing.length > 0) {
        fail(new ReleaseError('RELEASE_NAME_CLASH', `the artifact${clashing.length === 1 ? '' : 's'} ${clashing.join(', ')} would be published beside the file${clashing.length === 1 ? '' : 's'} of the same name trust-kit makes`, {
            hint: 'rename the artifact, or set --base so that it is listed under a directory name',
        }));
    }
    const staging = await makeStagingDirectory(plan).catch(fail);
    const staged = [];
    const finalPath = (path) => (0,external_node_path_.join)(outputDir, (0,external_node_path_.relative)(staging, path));
    const publish = async () => {
        const leftover = await publishStagingDirectory(plan, staging);
        report.produced = staged.map(finalPath);
        if (leftover !== undefined)
            ports.logger.warn(`the earlier ${(0,external_node_path_.relative)(ports.cwd, outputDir) || '.'} was replaced but could not be removed: it is left in ${leftover} (never hashed); remove it`);
        if (report.checksumsPath !== undefined)
            ports.onStep?.({ step: 'checksums', checksumsPath: report.checksumsPath, subjects: (0,checksums.toSubjects)(report.artifacts ?? [], config.algorithm) });
        if (report.sbom !== undefined)
            ports.onStep?.({ step: 'sbom', paths: report.sbom.paths });
    };
    try {
        // The lockfiles are cataloged while the artifacts are hashed; each artifact is read once, its
        // SBOM digests made in the same pass as its checksum.
        const hashing = (0,checksums.hashArtifacts)(files, config.algorithm, config.sbom === undefined ? {} : { also: sbom/* SBOM_FILE_DIGESTS */.tk });
        const sbomConfig = config.sbom;
        const cataloging = sbomConfig === undefined
            ? undefined
            : (async () => {
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
                staged.push(...documents.map((document) => document.path));
                const entries = documents.map((document) => ({ name: document.name, hex: (0,digest/* digestBytes */.QN)(config.algorithm, document.text) }));
                report.sbom = { paths: entries.map((entry) => (0,external_node_path_.join)(outputDir, entry.name)), lockfiles: generated.lockfiles };
                ports.logger.info(`sbom: ${(0,plural/* counted */.h)(generated.sbom.packages.length, 'package')} from ${(0,plural/* counted */.h)(generated.lockfiles.length, 'lockfile')} -> ${entries.map((entry) => entry.name).join(', ')}`);
                return entries;
            })();
        const [hashed, cataloged] = await Promise.allSettled([hashing, cataloging]);
        if (hashed.status === 'rejected')
            throw hashed.reason;
        const artifacts = hashed.value;
        report.artifacts = artifacts;
        // The SBOMs are listed by the name they are published under, beside the artifacts, so the signature covers them too.
        const sbomEntries = cataloged.status === 'fulfilled' ? (cataloged.value ?? []) : [];
        const checksumsPath = (0,external_node_path_.join)(staging, checksumsFileName(config.algorithm));
        await (0,core_files/* writeFileAtomic */.Zf)(checksumsPath, (0,checksums.formatChecksums)([...artifacts, ...sbomEntries]));
        staged.push(checksumsPath);
        report.checksumsPath = finalPath(checksumsPath);
        ports.logger.info(`checksums: ${(0,plural/* counted */.h)(artifacts.length, 'artifact')}${sbomEntries.length === 0 ? '' : ` and ${(0,plural/* counted */.h)(sbomEntries.length, 'SBOM')}`} -> ${(0,external_node_path_.relative)(ports.cwd, report.checksumsPath)}`);
        if (cataloged.status === 'rejected') {
            step = 'sbom';
            throw cataloged.reason;
        }
        if (config.sign !== undefined) {
            step = 'sign';
            const tokens = await releaseAttestationTokens(config, config.sign, ports.env);
            const signed = await signChecksums(config.sign, checksumsPath, staging, ports, tokens?.signing).catch((error) => {
                tokens?.claims.secret.destroy();
                throw error;
            });
            staged.push(...signed.files);
            report.signature = signed.signature === undefined ? undefined : { ...signed.signature, bundlePath: finalPath(signed.signature.bundlePath) };
            report.signatureSkipped = signed.signatureSkipped;
            if (signed.session === undefined)
                tokens?.claims.secret.destroy();
            else if (config.attest !== 'off') {
                step = 'attest';
                const attested = await attestRelease({
                    session: signed.session,
                    claims: tokens?.claims,
                    artifacts: (0,checksums.toSubjects)(artifacts, config.algorithm),
                    sbomPaths: sbomEntries.map((entry) => (0,external_node_path_.join)(staging, entry.name)),
                    stagingDir: staging,
                    startedOn,
                    env: ports.env,
                    logger: ports.logger,
                    retry: config.sign.retry,
                    discoveryURL: ports.oidcDiscoveryURL,
                });
                if (attested !== undefined) {
                    staged.push(attested.path);
                    report.attestations = { path: finalPath(attested.path), predicateTypes: attested.predicateTypes };
                }
            }
            signed.close();
        }
        step = 'instructions';
        const instructionsPath = (0,external_node_path_.join)(staging, INSTRUCTIONS_FILE);
        const verifier = pinnedVerifier(ports.env);
        await (0,core_files/* writeFileAtomic */.Zf)(instructionsPath, renderVerifyInstructions({
            checksumsFile: (0,external_node_path_.basename)(checksumsPath),
            algorithm: config.algorithm,
            bundleFile: report.signature === undefined ? undefined : (0,external_node_path_.basename)(report.signature.bundlePath),
            signer: report.signature?.signer,
            sbomFiles: sbomEntries.map((entry) => entry.name),
            attestations: report.attestations === undefined ? undefined : { file: (0,external_node_path_.basename)(report.attestations.path), predicateTypes: report.attestations.predicateTypes, artifact: artifacts[0]?.name ?? '' },
            verifier,
        }));
        staged.push(instructionsPath);
        report.instructionsPath = finalPath(instructionsPath);
        step = 'publish';
        await publish();
        return {
            artifacts,
            checksumsPath: finalPath(checksumsPath),
            subjects: (0,checksums.toSubjects)(artifacts, config.algorithm),
            sbom: report.sbom,
            signature: report.signature,
            signatureSkipped: report.signatureSkipped,
            attestations: report.attestations,
            instructionsPath: finalPath(instructionsPath),
            verifyCommand: report.signature === undefined ? undefined : releaseVerifyCommand((0,external_node_path_.basename)(checksumsPath), (0,external_node_path_.basename)(report.signature.bundlePath), report.signature.signer, verifier),
            produced: report.produced,
        };
    }
    catch (error) {
        report.failed = { step, error: (0,errors/* reportOf */.EI)(error) };
        // What the run produced replaces the earlier output, so the failure loses none of it and the
        // output directory holds no file of another run; a run that produced nothing leaves it as it was.
        if (step !== 'publish') {
            if (report.checksumsPath === undefined) {
                await discardStagingDirectory(staging);
                report.sbom = undefined;
            }
            else {
                await publish().catch((publishError) => ports.logger.warn((0,errors/* reportOf */.EI)(publishError).message));
            }
        }
        throw error;
    }
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
        instance: { type: 'string' },
        key: { type: 'string' },
        'on-missing-token': { type: 'string' },
        'trusted-root': { type: 'string' },
        'fulcio-url': { type: 'string' },
        'rekor-url': { type: 'string' },
        'rekor-version': { type: 'string' },
        'tsa-url': { type: 'string' },
        'signing-config': { type: 'string' },
    },
    async run(args, context) {
        const nameOf = (0,inputs/* cliNamer */.qy)({ 'subject-path': 'PATH' });
        const config = releaseConfig({ ...args.values, 'subject-path': args.positionals }, nameOf, {
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


/***/ })

};
