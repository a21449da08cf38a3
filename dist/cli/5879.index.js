export const id = 5879;
export const ids = [5879,1136];
export const modules = {

/***/ 85879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var commandProxyVariables = (function (variables) {
    const settings = (0,proxy.proxySettingsFrom)(variables);
    const pairs = [
        ['HTTPS_PROXY', settings.httpsProxy],
        ['HTTP_PROXY', settings.httpProxy],
        ['NO_PROXY', settings.noProxy],
    ];
    return Object.fromEntries(pairs.flatMap((([name, value]) => (value === undefined ? [] : [[name, value], [name.toLowerCase(), value]]))));
});var shellCommandRunner = (function (env, platform = process.platform) {
    const proxy = commandProxyVariables(env.proxy ?? {});
    const childEnv = { PATH: env.path, ...(env.home === undefined ? {} : { HOME: env.home }), ...proxy, GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' };
    return {
        // The lines are POSIX shell, and a process group is what a timeout kills: Windows has neither, and there every tool
        // (cosign.exe) would have been reported as not installed.
        ...(platform === 'win32' ? { unavailable: 'the gate runs the instructions\' shell commands on Linux and macOS runners only; on Windows only its own checks were made' } : {}),
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
            return new Promise(((resolve) => {
                const child = (0,external_node_child_process_.spawn)('sh', ['-c', (0,verify/* renderCommand */.CB)(command)], { cwd: options.cwd, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
                // In a group of its own, a SIGINT to trust-kit's does not reach it: the stop kills it, as the timeout does.
                const unregister = child.pid === undefined ? (() => undefined) : (0,signal/* killedOnSignal */.p)(child.pid);
                let kept = Buffer.alloc(0);
                const keep = ((chunk) => {
                    kept = Buffer.concat([kept, chunk]);
                    if (kept.length > options.maxOutputBytes)
                        kept = kept.subarray(kept.length - options.maxOutputBytes);
                });
                child.stdout.on('data', keep);
                child.stderr.on('data', keep);
                let timedOut = false;
                const timer = setTimeout((() => {
                    timedOut = true;
                    if (child.pid !== undefined) {
                        try {
                            process.kill(-child.pid, 'SIGKILL');
                        }
                        catch {
                            // the group has ended already
                        }
                    }
                }), options.timeoutMs);
                const finish = ((exitCode, note = '') => {
                    clearTimeout(timer);
                    unregister();
                    resolve({ exitCode, output: `${kept.toString('utf8')}${note}`, timedOut });
                });
                child.on('error', ((error) => finish(undefined, String(error))));
                child.on('close', ((code) => finish(code ?? undefined)));
            }));
        },
    };
});var policyOf = (async function (signer, directory) {
    if (signer.kind === 'key') {
        const path = (0,verify/* publicKeyPath */.GK)(signer);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(directory, path)))
            throw new NotRun(`the public key ${named(signer.publicKeyFile)} is not among the release's files, and users get it from a source they trust`);
        const pem = await (0,files/* readRegularFile */.XF)((0,external_node_path_.join)(directory, path), { maxBytes: files/* INPUT_LIMITS */.Ef.publicKey, what: 'public key', shown: path });
        // A local key signs offline: VERIFY.md's commands say --insecure-ignore-tlog for it, and the gate checks the same.
        return (0,sigstore_verify/* loadPublicKey */.fg)(pem.toString('utf8'), signer.publicKeyFile, 'ignored');
    }
    if (signer.identity === undefined)
        throw new Error('the certificate identity of the signature is not known, so no policy can pin it');
    return { kind: 'certificate', identity: (0,sigstore_verify/* exactly */.pV)(signer.identity), issuer: (0,sigstore_verify/* exactly */.pV)(signer.issuer), extensions: signer.repository === undefined ? {} : { sourceRepositoryURI: repositoryURI(signer.repository) } };
});var describe = (function (check) {
    switch (check.kind) {
        case 'checksums-signature':
            return `the signature on ${named(check.checksumsFile)} (${named(check.bundleFile)})`;
        case 'checksums-files':
            return `every file ${named(check.checksumsFile)} lists`;
        case 'artifact-bundle':
            return `${named(check.artifact)}'s own bundle (${named(check.bundleFile)})`;
        case 'attestation':
            return `the ${named(check.predicateType)} attestation of ${named(check.artifact)} (${named(check.file)})`;
        case 'image':
            return `the signature of ${named(check.image)}`;
        case 'release-attestation':
            return `GitHub's release attestation of ${named(check.repository)}@${named(check.tag)}`;
        case 'release-policy':
            return `the whole release against its own policy (${named(check.policyFile)})`;
    }
});var checkInProcess = (async function (check, input, policy) {
    const { directory } = input;
    switch (check.kind) {
        case 'checksums-signature': {
            const bundleJson = await (0,verify_files/* readBundleFile */.zi)(check.bundleFile, directory);
            const verified = await (0,verify_files/* verifyChecksumsSignature */.mn)({ checksumsPath: check.checksumsFile, bundleJson, policy: await policy(), trust: await input.trust(), cwd: directory, bundleShown: check.bundleFile });
            return { verdict: 'passed', detail: `signed by ${verified.signature.signer.kind === 'certificate' ? verified.signature.signer.subjectAlternativeName : 'the key'}` };
        }
        case 'checksums-files': {
            const bad = [];
            const counts = await (0,checksums.checkChecksumsFile)((0,external_node_path_.join)(directory, check.checksumsFile), { base: directory, ignoreMissing: false, onResult: ((result) => void (result.status === 'ok' || bad.push(`${named((0,checksums.reportedName)(result.entry.name))} ${result.status}`))) });
            if (bad.length > 0)
                return { verdict: 'failed', detail: `${bad.length} of ${bad.length + counts.ok} file(s) do not match: ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}` };
            if (counts.ok === 0)
                return { verdict: 'failed', detail: 'it lists no file' };
            return { verdict: 'passed', detail: `${counts.ok} file(s) match` };
        }
        case 'artifact-bundle': {
            await (0,verify_files/* verifyArtifact */.oc)(await (0,verify_files/* readBundleFile */.zi)(check.bundleFile, directory), check.artifact, await policy(), await input.trust(), directory, check.bundleFile);
            return { verdict: 'passed', detail: 'verified' };
        }
        case 'attestation': {
            const bundles = await (0,verify_files/* readAttestationBundles */.aZ)(check.file, directory);
            (0,attestation/* verifyAttestation */.oe)({ bundles, artifact: await (0,verify_files/* artifactDigests */.sf)(check.artifact, directory, { sha384: (0,attestation/* namedBySha384Alone */.jk)(bundles) }), policy: await policy(), trust: await input.trust(), predicateType: check.predicateType, source: check.file });
            return { verdict: 'passed', detail: 'verified' };
        }
        case 'image':
            return { verdict: 'not run', detail: 'an image is not a release asset: its signature is in the registry, attached by the images step' };
        case 'release-attestation':
            return { verdict: 'not run', detail: 'GitHub attests an immutable release when it is published: the publish step checks that attestation then' };
        case 'release-policy': {
            const policy = await (0,verify_release/* readReleasePolicy */.sD)((0,external_node_path_.join)(directory, check.policyFile), `the gate reads the ${check.policyFile} this run uploaded to the draft: check that the draft holds it`);
            if (policy.requireGitHubReleaseAttestation)
                return { verdict: 'not run', detail: "the policy requires GitHub's release attestation, which GitHub makes when the release is published: the publish step checks it then" };
            const verified = await (0,verify_release/* verifyRelease */.VA)({ dir: directory, policy });
            return { verdict: 'passed', detail: `${verified.checksums?.verifiedFiles ?? 0} file(s) and ${verified.attestations.length} attestation type(s) verified` };
        }
    }
});var writes = (function (command) {
    if (command.stdout !== undefined)
        return [command.stdout];
    const first = command.programs[0];
    // `git init -q DIR`: the verifier's checkout; `mkdir -p DIR`: the directory of the trusted roots.
    if (first?.[0] === 'mkdir' && first[1] === '-p' && typeof first[2] === 'string')
        return [first[2]];
    return first?.[0] === 'git' && first[1] === 'init' && typeof first[3] === 'string' ? [first[3]] : [];
});var reads = (function (command, missing) {
    for (const words of command.programs) {
        for (const word of words) {
            const text = typeof word === 'string' ? word : word.value;
            for (const file of missing)
                if (text === file || text.startsWith(`${file}/`))
                    return file;
        }
    }
    return undefined;
});var gate_quote = (function (output) {
    const line = (0,logger/* printable */.g$)(output).replace(/\s+/g, ' ').trim();
    return line.length > MAX_QUOTED ? `…${line.slice(-MAX_QUOTED)}` : line;
});var runCommands = (async function (input, ports) {
    const outcomes = [];
    // Files a command that did not run (or failed) would have written: what reads them cannot run either.
    const missing = new Set();
    // A public key users get elsewhere: the commands that read it cannot run here either.
    if (input.signer?.kind === 'key' && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(input.directory, (0,verify/* publicKeyPath */.GK)(input.signer))))
        missing.add((0,verify/* publicKeyPath */.GK)(input.signer));
    for (const command of input.commands) {
        const what = (0,verify/* renderCommand */.CB)(command);
        const notRun = ((detail) => {
            outcomes.push({ what, verdict: 'not run', detail });
            for (const file of writes(command))
                missing.add(file);
        });
        if (command.needs === 'published-release') {
            notRun('it asks GitHub about the published release, and the release is a draft until the gate passes');
            continue;
        }
        const runner = ports.runner;
        if (runner === undefined) {
            notRun('no command runner was given');
            continue;
        }
        if (runner.unavailable !== undefined) {
            notRun(runner.unavailable);
            continue;
        }
        const absent = [];
        for (const tool of (0,verify/* commandTools */.JU)(command))
            if (!(await runner.has(tool)))
                absent.push(tool);
        if (absent.length > 0) {
            notRun(`${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} not installed`);
            continue;
        }
        const needed = reads(command, missing);
        if (needed !== undefined) {
            notRun(`it reads ${named(needed)}, which an earlier command did not write and the release does not hold`);
            continue;
        }
        const run = await runner.run(command, { cwd: input.directory, timeoutMs: ports.commandTimeoutMs ?? 120_000, maxOutputBytes: MAX_OUTPUT_BYTES });
        if (run.exitCode === 0 && !run.timedOut) {
            outcomes.push({ what, verdict: 'passed', detail: 'exit 0' });
            continue;
        }
        outcomes.push({ what, verdict: 'failed', detail: `${run.timedOut ? 'timed out' : `exit ${run.exitCode ?? 'by signal'}`}: ${gate_quote(run.output)}` });
        for (const file of writes(command))
            missing.add(file);
    }
    return outcomes;
});var runGate = (async function (input, ports) {
    let trust;
    const once = { ...input, trust: (() => (trust ??= input.trust())) };
    const seen = new Set();
    const checks = [];
    let policy;
    const policyOnce = (() => {
        if (input.signer === undefined)
            return Promise.reject(new Error('nothing was signed, so there is no signer to verify against'));
        policy ??= policyOf(input.signer, input.directory);
        return policy;
    });
    for (const check of input.commands.flatMap(((command) => command.checks))) {
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
            checks.push({ what, verdict: 'failed', detail: `${typeof code === 'string' ? `${code}: ` : ''}${(0,quote/* boundedText */.LD)((0,secrets/* redact */.E$)((0,errors/* messageOf */.bD)(error)), 2000)}` });
        }
    }
    const commands = await runCommands(once, ports);
    const report = { checks, commands };
    for (const outcome of [...checks, ...commands])
        ports.logger.info(`gate: ${outcome.verdict}: ${outcome.what}: ${outcome.detail}`);
    const failed = [...checks, ...commands].filter(((outcome) => outcome.verdict === 'failed'));
    if (failed.length > 0) {
        throw new release_errors/* PublishGateError */.dF(`the draft release did not verify as its instructions say, so it was not published: ${failed.slice(0, 10).map(((outcome) => `${outcome.what}: ${outcome.detail}`)).join('; ')}${failed.length > 10 ? `; and ${failed.length - 10} more` : ''}`, report);
    }
    return report;
});var trustOf = (async function (state, signer) {
    if (signer === undefined || signer.kind === 'key')
        return undefined;
    const file = state.config.sign?.trustedRoot;
    if (file !== undefined) {
        const text = await (0,files/* readRegularFile */.XF)((0,external_node_path_.resolve)(state.ports.cwd, file), { maxBytes: files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'trusted root', shown: file });
        return (0,sigstore_verify/* loadTrustMaterial */.ak)(text.toString('utf8'), file);
    }
    const options = { proxy: (0,proxy.proxySettingsFrom)(state.ports.env), logger: state.ports.logger };
    return signer.instance === 'github' ? (0,sigstore_verify/* loadGitHubTrustMaterial */.PP)(options) : (0,sigstore_verify/* loadPublicGoodTrustMaterial */.cx)(options);
});var placeTrustedRoot = (async function (state, signer, directory) {
    const file = state.config.sign?.trustedRoot;
    if (file === undefined || signer?.kind !== 'certificate' || typeof signer.instance !== 'object')
        return;
    const target = (0,external_node_path_.join)(directory, verify/* ROOTS_DIRECTORY */.su, signer.instance.private.trustedRootFile);
    if ((0,external_node_path_.basename)(target) !== signer.instance.private.trustedRootFile || (0,external_node_fs_.existsSync)(target))
        return;
    // The draft's assets are files: a directory of this name is the gate's own (collect refuses an artifact named so).
    await (0,promises_.mkdir)((0,external_node_path_.join)(directory, verify/* ROOTS_DIRECTORY */.su), { recursive: true });
    await (0,promises_.writeFile)(target, await (0,files/* readRegularFile */.XF)((0,external_node_path_.resolve)(state.ports.cwd, file), { maxBytes: files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'trusted root', shown: file }), { flag: 'wx' });
});var placePublicKey = (async function (state, signer, directory) {
    const key = state.config.sign?.key;
    if (key === undefined || signer?.kind !== 'key' || (0,external_node_path_.basename)(signer.publicKeyFile) !== signer.publicKeyFile)
        return;
    const target = (0,external_node_path_.join)(directory, (0,verify/* publicKeyPath */.GK)(signer));
    const source = (0,external_node_path_.resolve)(state.ports.cwd, (0,external_node_path_.dirname)(key), signer.publicKeyFile);
    if ((0,external_node_fs_.existsSync)(target) || !(0,external_node_fs_.existsSync)(source))
        return;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, await (0,files/* readRegularFile */.XF)(source, { maxBytes: files/* INPUT_LIMITS */.Ef.publicKey, what: 'public key', shown: signer.publicKeyFile }), { flag: 'wx' });
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGateStep: (() => (/* binding */ runGateStep))
});

// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/instructions/verify.js + 1 modules
var verify = __webpack_require__(78918);
// EXTERNAL MODULE: ./lib/sigstore/verify/index.js
var sigstore_verify = __webpack_require__(54418);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./lib/core/signal.js
var signal = __webpack_require__(21467);
;// CONCATENATED MODULE: ./lib/release/command-runner.js







/**
 * The proxy variables a command is given: each setting trust-kit follows (the lower-case variable
 * first, as @actions/http-client reads them) in both cases. Go's tools (cosign, gh) read the
 * upper-case variable first, curl the lower-case one: given both, differing, as the runner had them, a
 * verifier would go through another proxy than trust-kit's own requests did.
 */

/**
 * The gate's commands run by `sh -c` as users paste them, with only `path`, `home` and the proxy
 * settings in their environment: no token of the job (the OIDC request token, GITHUB_TOKEN)
 * reaches a verifier.
 * Each runs in a process group of its own, killed whole at the timeout; only the last
 * `maxOutputBytes` of its output are kept.
 */


// EXTERNAL MODULE: ./lib/checksums/index.js + 2 modules
var checksums = __webpack_require__(72555);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/secrets/index.js + 13 modules
var secrets = __webpack_require__(22331);
// EXTERNAL MODULE: ./lib/sigstore/verify/files.js
var verify_files = __webpack_require__(92701);
// EXTERNAL MODULE: ./lib/sigstore/verify/attestation.js
var attestation = __webpack_require__(44444);
// EXTERNAL MODULE: ./lib/release/errors.js
var release_errors = __webpack_require__(86482);
// EXTERNAL MODULE: ./lib/release/verify-release.js
var verify_release = __webpack_require__(98612);
;// CONCATENATED MODULE: ./lib/release/gate.js














/** At most this much of a command's output is kept, and this much of it quoted in a verdict. */
const MAX_OUTPUT_BYTES = 64 * 1024;
const MAX_QUOTED = 600;
/** The GitHub source repository extension's value for `owner/repo`, as Fulcio writes it. */
const repositoryURI = ((repository) => `https://github.com/${repository}`);
/** The policy users are told to verify with: the exact identity, issuer and source repository; or the public key beside the files. */

/** A check that cannot be made with what the gate has, and why: reported as `not run`. */
class NotRun extends Error {
}
/**
 * A name the release's files give (an artifact, a bundle, a predicate type, a tag) as the gate's
 * report and errors show it: the build outputs of a checkout may be named with terminal escapes.
 * Printable and bounded as core/quote makes them; ordinary names unchanged.
 */
const named = ((text) => (0,quote/* boundedText */.LD)(text, 1024));

/** Checks one thing the instructions check, in-process, with trust-kit's verifier. */

/** The files a command writes (its output file, a directory it fetches into), which later commands may read. */

/** The file among `missing` a command reads, if any: a word naming it or a path under it. */

/** The tail of a command's output on one printable line: it quotes file names, and what the tools print of them. */

/** Runs the instructions' commands in order in the download directory, as one user session would. */

/**
 * The gate before publishing: checks the draft's downloaded assets as a consumer would. First
 * in-process, with trust-kit's verifier, everything the instructions' commands check (each check
 * once); then the commands themselves, each whose tools are installed, through the runner. A tool
 * that is not installed is reported as `not run`, never as passed. Refuses with
 * PUBLISH_GATE_FAILED, naming each failure, when anything failed; the report either way.
 */


// EXTERNAL MODULE: ./lib/release/publish.js
var publish = __webpack_require__(7310);
// EXTERNAL MODULE: ./lib/release/steps/instructions.js
var instructions = __webpack_require__(21136);
;// CONCATENATED MODULE: ./lib/release/steps/gate.js











/** The trust material the run signed against: its `trusted-root` file, else the instance's root through TUF; none for a key. */

/**
 * For a private deployment, VERIFY.md has users put its trusted root (from its operator) in the
 * roots directory beside the files: the gate does the same with the root the run signed against.
 */

/**
 * A release signed with a local key names its public key, which users get from a source they
 * trust rather than from the release and put in the roots directory: the gate takes it from beside
 * the signing key, when it is there.
 */

/**
 * Downloads every asset of the draft back from GitHub into a temporary directory (streamed to
 * disk, each no larger than GitHub says it is) and verifies it as a consumer would (see {@link runGate}); the draft is
 * published only when nothing failed. A release that is published already is not gated: it is
 * public, so the gate could no longer keep it back.
 */
const runGateStep = (async (state) => {
    const { ports, githubDraft } = state;
    const target = ports.githubRelease;
    if (target === undefined || githubDraft === undefined)
        return {};
    const { release } = githubDraft.drafted;
    if (!release.draft) {
        ports.logger.info(`gate: release ${release.tagName} was published already: there is no draft to hold back, so the gate did not run`);
        return {};
    }
    const temporary = await (0,files/* makeTemporaryDirectory */.LN)('trust-kit-gate-');
    const directory = temporary.path;
    try {
        const remote = await target.releases.listAssets(release.id);
        for (const asset of githubDraft.drafted.assets) {
            const found = remote.find(((candidate) => candidate.name === asset.githubName && candidate.state === 'uploaded'));
            if (found === undefined || (0,external_node_path_.basename)(found.name) !== found.name || found.name === '..' || found.name === '.') {
                throw new publish/* PublishError */.S1('PUBLISH_GATE_FAILED', `the draft release ${release.tagName} no longer holds ${asset.githubName}, which was uploaded to it`, { hint: 'something else changed the draft: look at it on GitHub and re-run' });
            }
            await target.releases.saveAsset(found.id, (0,external_node_path_.join)(directory, found.name), found.size);
        }
        const input = state.instructionsInput ?? (0,instructions.verifyInstructionsInput)(state);
        await placeTrustedRoot(state, input.signer, directory);
        await placePublicKey(state, input.signer, directory);
        const runner = target.commandRunner ?? shellCommandRunner({ path: ports.env.PATH ?? '/usr/bin:/bin', home: ports.env.HOME, proxy: ports.env });
        const report = await runGate({ directory, commands: (0,verify/* verificationCommands */.Yx)(input), signer: input.signer, trust: (() => trustOf(state, input.signer)) }, { runner, logger: ports.logger });
        return { gate: report };
    }
    finally {
        await temporary.remove();
    }
});


/***/ }),

/***/ 21136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var pinnedVerifier = (function (env) {
    const local = env.GITHUB_ACTION_REPOSITORY === undefined || env.GITHUB_ACTION_REPOSITORY === '';
    // The fetch VERIFY.md shows is from github.com: a checkout on another GitHub server is not there.
    if (local && env.GITHUB_SERVER_URL !== undefined && env.GITHUB_SERVER_URL !== 'https://github.com')
        return undefined;
    const repository = local ? env.TRUST_KIT_VERIFIER_REPOSITORY : env.GITHUB_ACTION_REPOSITORY;
    const commit = local ? env.TRUST_KIT_VERIFIER_COMMIT : env.GITHUB_ACTION_REF;
    return repository === undefined || repository === '' || commit === undefined || !/^[0-9a-f]{40}$/.test(commit) ? undefined : { repository, commit };
});var verifyInstructionsInput = (function ({ config, ports, checksumsPath, signature, sbom, attestations, artifacts, artifactBundles, immutableRelease, images, verificationKit, auditLog }) {
    if (checksumsPath === undefined)
        throw new Error('the instructions describe a run that wrote its checksums file');
    const verifier = pinnedVerifier(ports.env);
    return {
        checksumsFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(checksumsPath),
        nestedArtifact: artifacts?.find(((artifact) => artifact.name.includes('/')))?.name,
        algorithm: config.algorithm,
        bundleFile: signature === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(signature.bundlePath),
        signer: signature?.signer,
        sbomFiles: (sbom?.entries ?? []).map(((entry) => entry.name)),
        // Beside its artifact, folders and all (`a/sub/x.bin.sigstore.json`), as the bundles step writes it.
        artifactBundles: artifactBundles?.map(((bundle) => ({ artifact: bundle.name, bundleFile: (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultBundlePath */ .Fq)(bundle.name) }))),
        attestations: attestations === undefined ? undefined : { file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(attestations.path), predicateTypes: attestations.predicateTypes, artifact: artifacts?.[0]?.name ?? '' },
        images,
        verifier,
        immutableRelease,
        verificationKit: verificationKit === undefined || signature === undefined ? undefined : { policyFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(verificationKit.policyPath), trustedRootFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(verificationKit.trustedRootPath) },
        auditLog: auditLog === undefined ? undefined : { file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(auditLog.path), bundleFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(auditLog.bundlePath) },
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInstructionsStep: (() => (/* binding */ runInstructionsStep)),
/* harmony export */   verifyInstructionsInput: (() => (/* binding */ verifyInstructionsInput))
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62164);
/* harmony import */ var _instructions_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78918);
/* harmony import */ var _sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65610);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77621);





/**
 * The trust-kit action that runs this release, when the workflow pinned it to a full commit
 * (`uses: owner/trust-kit@<sha>`): VERIFY.md then names that commit's verifier. A local action
 * (the reusable workflow's `uses: ./.trust-kit`, its own repository checked out at
 * `job.workflow_sha`) has no GITHUB_ACTION_REPOSITORY or GITHUB_ACTION_REF, so the workflow names
 * that checkout in TRUST_KIT_VERIFIER_REPOSITORY and TRUST_KIT_VERIFIER_COMMIT.
 */

/** What the instructions describe, from the run's files and signer: VERIFY.md, and the gate, which checks what it says. */

/** Writes VERIFY.md: the exact commands users run, from this run's files and signer. */
const runInstructionsStep = (async (state) => {
    if (state.staging === undefined || state.checksumsPath === undefined)
        throw new Error('instructions run after checksums');
    const instructionsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(state.staging, _names_js__WEBPACK_IMPORTED_MODULE_4__/* .INSTRUCTIONS_FILE */ .f4);
    const instructionsInput = verifyInstructionsInput(state);
    await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .qD)(instructionsPath, (0,_instructions_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .renderVerifyInstructions */ .lE)(instructionsInput));
    return { instructionsPath, instructionsInput, ...(instructionsInput.verifier === undefined ? {} : { verifier: instructionsInput.verifier }), written: [instructionsPath] };
});


/***/ }),

/***/ 65610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var defaultBundlePath = (function (path) {
    return `${path}${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf}`;
});var bundleNameTooLong = (function (file) {
    const bundle = defaultBundlePath(file);
    if (!(0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .nameTooLong */ .W1)(bundle))
        return undefined;
    return `${file}'s bundle would be named ${Buffer.byteLength((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(bundle))} bytes long, more than the ${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg} a file name may have: give the file a shorter name (at most ${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg - _core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf.length} bytes)`;
});var earlierBundles = (async function (bundles, at) {
    const there = await Promise.all(bundles.map(((entry) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at(entry.bundle)).then((() => true), (() => false)))));
    return bundles.filter(((_entry, index) => there[index] === true));
});var earlierBundleWarning = (function ({ file, bundle }) {
    return `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(bundle)} is an earlier run's, left as it was: nothing was signed now, and it may not sign ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(file)} as it is`;
});var bundlesOverFiles = (async function (bundles, at) {
    const named = bundles.filter((({ file }) => file.endsWith(_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf)));
    if (named.length === 0)
        return [];
    const where = (async (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(at(path)).catch((() => at(path))));
    const files = new Map((await Promise.all(named.map((async ({ file }) => [await where(file), file])))));
    const landing = await Promise.all(bundles.map((({ bundle }) => where(bundle))));
    return bundles.flatMap((({ file }, index) => {
        const over = files.get(landing[index]);
        return over === undefined ? [] : [{ file, over }];
    }));
});var bundleOverFileMessage = (function ({ file, over }, example) {
    return `${file}'s bundle would be written over ${over}, which is to be signed too: leave out an earlier run's bundles (${example}), or name the files to sign`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: (() => (/* binding */ defaultBundlePath)),
/* harmony export */   Ik: (() => (/* binding */ bundleNameTooLong)),
/* harmony export */   Q1: (() => (/* binding */ bundleOverFileMessage)),
/* harmony export */   Zf: (() => (/* reexport safe */ _core_files_js__WEBPACK_IMPORTED_MODULE_2__.Zf)),
/* harmony export */   e_: (() => (/* binding */ earlierBundles)),
/* harmony export */   pm: (() => (/* binding */ earlierBundleWarning)),
/* harmony export */   v0: (() => (/* binding */ bundlesOverFiles))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62164);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89531);
// Apart from session.ts: code that only names bundles (a release's file names) loads no signing client.





/** The bundle path trust-kit writes for a file: `<file>.sigstore.json`. */

/**
 * What to say of a file whose bundle's name (`<name>.sigstore.json`) would be longer than a file
 * name may be, told before anything is signed (the write failed after the signature was logged);
 * undefined for a file whose bundle's name fits.
 */

/**
 * The bundles that lie where a run that signed nothing (on-missing-token warn or skip) would have
 * written them: an earlier run's, left as they were beside files that may have changed since.
 * `at` resolves a shown path to the one to look at.
 */

/** The warning about one of {@link earlierBundles}, so it is not taken for the run's own. */

/**
 * The files whose default bundle would be written over another file to sign (`bundles` as
 * {@link BundleOf}, `at` resolving a shown path), paired with that file: signing `dist/*` over an
 * earlier run's `app.tgz.sigstore.json` replaced it with app.tgz's bundle, then signed that bundle
 * in its place. Only a file named as a bundle can be one, so a list without any (nearly every one)
 * costs no call; otherwise paths are compared by their real paths, looked up together. A bundle
 * path given by hand (`--bundle`) is compared with the inputs where the flags are checked.
 */

/** What to say of one of {@link bundlesOverFiles}; `example` says how to leave the bundles out where the files came from. */



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

/***/ 69085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadPublicKey = (function (pem, source, transparencyLog) {
    if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
        // The signing half (PREFIX.key) given for the verifying one (PREFIX.pub): the likeliest mix-up, said as such.
        if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is a private key, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: 'verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer' });
        }
        // Other forms of a public key, each with the command that writes it as one (SubjectPublicKeyInfo).
        if (pem.includes('-----BEGIN RSA PUBLIC KEY-----')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is an RSA public key in PKCS#1 form (-----BEGIN RSA PUBLIC KEY-----), not the SubjectPublicKeyInfo form trust-kit reads (-----BEGIN PUBLIC KEY-----)`, { hint: `write it as one: \`openssl rsa -RSAPublicKey_in -in ${source} -pubout\`` });
        }
        if (pem.includes('-----BEGIN CERTIFICATE-----')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is a certificate, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: `give its public key: \`openssl x509 -pubkey -noout -in ${source}\`; a keyless signature's certificate is checked with --certificate-identity and --certificate-oidc-issuer instead` });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`);
    }
    try {
        return { kind: 'key', publicKey: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pem, format: 'pem' }), source, transparencyLog };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: (() => (/* binding */ loadPublicKey))
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);


/** The policy for bundles signed with a local key: reads a PEM public key (SPKI), naming `source` in errors; whether a transparency-log entry is required is the caller's to say. */



/***/ }),

/***/ 91966:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadPrehashedVerifier = (async function () {
    const { p256, p384 } = await __webpack_require__.e(/* import() */ 3260).then(__webpack_require__.bind(__webpack_require__, 13260));
    return ((key, digest, signature) => {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const implementation = curve === 'prime256v1' ? p256 : curve === 'secp384r1' ? p384 : undefined;
        if (key.asymmetricKeyType !== 'ec' || implementation === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', `verification by digest needs an ECDSA P-256 or P-384 signing key, found ${key.asymmetricKeyType ?? 'unknown'} ${curve ?? ''}`.trimEnd(), { hint: 'verify with the artifact file instead of its digest' });
        }
        let raw = rawKeys.get(key);
        if (raw === undefined) {
            const jwk = key.export({ format: 'jwk' });
            raw = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
            rawKeys.set(key, raw);
        }
        try {
            return implementation.verify(signature, digest, raw, { prehash: false, lowS: false, format: 'der' });
        }
        catch {
            return false;
        }
    });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: (() => (/* binding */ loadPrehashedVerifier))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5447);

const rawKeys = new WeakMap();
/**
 * Loads the verifier of ECDSA signatures over a digest computed elsewhere: Node's crypto verifies
 * only over data it hashes itself, so this is the pure-JavaScript ECDSA of @noble/curves, a
 * quarter of a megabyte of bundled code whose curves are built as it loads (about 3 ms). Only
 * verification by digest (a `sha256:` reference, a file too large to read whole) loads it.
 */



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
