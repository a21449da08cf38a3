export const id = 2890;
export const ids = [2890,3871];
export const modules = {

/***/ 92890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var lazyStep = (function (definition, load) {
    return { ...definition, run: (async (state) => (await load())(state)) };
});var runPipeline = (async function (state, pipeline, done = (() => { })) {
    const succeeded = new Set();
    for (const stage of pipeline) {
        const wanted = stage.filter(((step) => (step.wanted?.(state.config, state.ports) ?? true) && step.needs.every(((need) => succeeded.has(need)))));
        // Aborted by the caller: the step that would have run next fails with it, and only the clean-up runs after.
        const next = state.ports.signal?.aborted === true && state.aborted !== true ? wanted.find(((step) => state.failure === undefined || step.salvages === true)) : undefined;
        if (next !== undefined && state.ports.signal !== undefined) {
            state.aborted = true;
            state.failure ??= { step: next.name, error: (0,release_errors/* abortedError */.ip)(state.ports.signal) };
        }
        const runnable = wanted.filter(((step) => (state.aborted === true ? step.cleansUp === true : state.failure === undefined || step.salvages === true)));
        const outcomes = await Promise.allSettled(runnable.map(((step) => step.run(state))));
        outcomes.forEach(((outcome, index) => {
            const step = runnable[index];
            if (outcome.status === 'rejected') {
                const { reason } = outcome;
                if (reason instanceof release_state/* PartialStepFailure */.U)
                    Object.assign(state, reason.produced);
                state.failure ??= { step: step.name, error: reason instanceof release_state/* PartialStepFailure */.U ? reason.error : reason };
                return;
            }
            const { written, ...produced } = outcome.value;
            Object.assign(state, produced);
            if (written !== undefined)
                state.staged.push(...written);
            succeeded.add(step.name);
        }));
        done(state);
        // Nothing is left to do: the run changed nothing (a release published already).
        if (state.alreadyPublished !== undefined)
            return;
    }
});var releaseFacts = (function (report, cwd) {
    const failed = report.failed;
    const missing = [];
    // Moving the files into place failed: they were all made, and the error says where they are kept.
    if (failed !== undefined && failed.step !== 'publish') {
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
        if (report.wanted.images && report.signatureSkipped === undefined) {
            if (report.images === undefined)
                missing.push("the images' signatures");
            else if (failed.step === 'images')
                missing.push("the other images' signatures");
        }
        if (report.wanted.auditLog && (report.auditLog === undefined || !published))
            missing.push('the audit log');
        if (report.wanted.instructions && (report.instructionsPath === undefined || !published))
            missing.push('VERIFY.md');
    }
    return {
        outputDir: report.outputDir === undefined ? undefined : (0,external_node_path_.relative)(cwd, report.outputDir) || '.',
        produced: report.produced.map(((path) => (0,external_node_path_.basename)(path))),
        // The first step also makes the staging directory beside the output directory: its failure is not one of hashing.
        failure: failed === undefined ? undefined : { step: failed.step === 'collect' && failed.error.code.startsWith('RELEASE_OUTPUT_') ? 'preparing the output directory' : STEP_NAMES[failed.step], ...failed.error },
        missing,
        gate: report.gate,
        imagesSigned: failed === undefined || report.images === undefined || report.images.length === 0 ? undefined : report.images,
        draftLeft: report.draftLeft,
    };
});var failedRunText = (function (facts) {
    if (facts.failure === undefined)
        return '';
    const where = facts.outputDir ?? 'the output directory';
    const lines = [`trust-kit: release failed while ${facts.failure.step}`];
    lines.push(facts.produced.length === 0 ? `  nothing was written; ${where} is as it was` : `  written to ${where} (this run's files only): ${facts.produced.join(', ')}`);
    if (facts.imagesSigned !== undefined)
        lines.push(`  signed before the failure (in the registry): ${facts.imagesSigned.join(', ')}`);
    if (facts.missing.length > 0)
        lines.push(`  not made: ${facts.missing.join(', ')}`);
    if (facts.draftLeft !== undefined)
        lines.push(`  the draft GitHub release ${facts.draftLeft.tag} (id ${facts.draftLeft.id}) ${DRAFT_LEFT_TEXT}`);
    for (const outcome of [...(facts.gate?.checks ?? []), ...(facts.gate?.commands ?? [])])
        if (outcome.verdict !== 'passed')
            lines.push(`  gate: ${outcome.verdict}: ${outcome.what}: ${outcome.detail}`);
    return `${lines.join('\n')}\n`;
});var emptyReleaseReport = (function () {
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
});var fillReport = (function (report, state) {
    const staging = state.staging;
    const finalPath = ((path) => (staging === undefined ? path : (0,external_node_path_.join)(state.outputDir, (0,external_node_path_.relative)(staging, path))));
    report.artifacts = state.artifacts;
    report.checksumsPath = state.checksumsPath === undefined ? undefined : finalPath(state.checksumsPath);
    // SBOMs that no checksums file lists are not kept.
    report.sbom = state.sbom === undefined || state.checksumsPath === undefined ? undefined : { paths: state.sbom.entries.map(((entry) => (0,external_node_path_.join)(state.outputDir, entry.name))), lockfiles: state.sbom.lockfiles };
    report.signature = state.signature === undefined ? undefined : { ...state.signature, bundlePath: finalPath(state.signature.bundlePath) };
    report.signatureSkipped = state.signatureSkipped;
    report.attestations = state.attestations === undefined ? undefined : { ...state.attestations, path: finalPath(state.attestations.path) };
    report.artifactBundles = state.artifactBundles?.map(((bundle) => ({ name: bundle.name, bundlePath: finalPath(bundle.bundlePath) })));
    report.images = state.images;
    report.auditLog = state.auditLog === undefined ? undefined : { path: finalPath(state.auditLog.path), bundlePath: finalPath(state.auditLog.bundlePath) };
    report.instructionsPath = state.instructionsPath === undefined ? undefined : finalPath(state.instructionsPath);
    if (state.published === true) {
        report.produced = state.staged.map(finalPath);
        report.digests = Object.fromEntries(Object.entries(state.digests ?? {}).map((([path, hex]) => [finalPath(path), hex])));
    }
    report.gate = state.gate ?? (state.failure?.error instanceof release_errors/* PublishGateError */.dF ? state.failure.error.report : undefined);
    report.failed = state.failure === undefined ? undefined : { step: state.failure.step, error: (0,errors/* reportOf */.EI)(state.failure.error) };
    // The gate refused the draft the github-draft step filled: it stays, as a failed upload's does.
    const refused = state.failure?.step === 'gate' && state.githubDraft !== undefined ? { tag: state.githubDraft.input.tag, id: state.githubDraft.drafted.release.id } : undefined;
    report.draftLeft = state.failure === undefined ? undefined : (state.draftLeft ?? refused);
});var alreadyPublishedResult = (function (config, outputDir, artifacts, published) {
    return {
        artifacts,
        checksumsPath: (0,external_node_path_.join)(outputDir, (0,names/* checksumsFileName */.sC)(config.algorithm)),
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
        draftDeleted: undefined,
    };
});var checkPorts = (function (ports) {
    const given = typeof ports === 'object' && ports !== null ? ports : undefined;
    const logger = given?.logger;
    const clock = given?.clock;
    // The optional ports too: a wrong one failed once files were written (an onStep that is no function), or was taken for none (a signal).
    const problems = [
        [given === undefined, 'the ports are not an object'],
        [typeof given?.cwd !== 'string' || !(0,external_node_path_.isAbsolute)(given.cwd), 'cwd is not an absolute path'],
        [typeof given?.env !== 'object' || given.env === null, 'env is not an object (the environment, e.g. process.env)'],
        [typeof logger !== 'object' || logger === null || typeof logger.info !== 'function' || typeof logger.warn !== 'function' || typeof logger.debug !== 'function', 'logger is not a Logger (info, warn and debug functions; silentLogger for none)'],
        [given?.clock !== undefined && typeof clock?.now !== 'function', 'clock is not a Clock (an object with now(); fixedClock(date) for a Date)'],
        [given?.onStep !== undefined && typeof given.onStep !== 'function', 'onStep is not a function'],
        [given?.signal !== undefined && !(given.signal instanceof AbortSignal), 'signal is not an AbortSignal'],
    ];
    const problem = problems.find((([bad]) => bad))?.[1];
    if (problem !== undefined)
        throw new release_errors/* ReleaseError */.K2('RELEASE_PORTS_INVALID', `runRelease's ${problem}`, { hint: 'pass the ports { cwd, env, logger } and the optional ones as ReleasePorts types them; nothing was written' });
});var checkSignedParts = (function (config) {
    if (config.sign !== undefined)
        return;
    const parts = [
        ...(config.attest === 'off' ? [] : [`attest: '${config.attest}'`]),
        ...(config.artifactBundles ? ['artifactBundles'] : []),
        ...(config.auditLog ? ['auditLog'] : []),
        ...(config.verificationKit ? ['verificationKit'] : []),
        ...(config.images === undefined ? [] : ['images']),
    ];
    if (parts.length > 0) {
        throw new release_errors/* ReleaseError */.K2('RELEASE_CONFIG_INVALID', `runRelease's config asks for ${parts.join(', ')}, which only signing makes, and has no sign`, {
            hint: "give sign (the signing settings), or turn these off (attest: 'off', false, no images); nothing was written",
        });
    }
});var runRelease = (async function (config, ports, report = emptyReleaseReport()) {
    checkPorts(ports);
    if (typeof config !== 'object' || config === null) {
        throw new release_errors/* ReleaseError */.K2('RELEASE_CONFIG_INVALID', `runRelease's config is ${(0,quote/* typeName */.go)(config)}, not a ReleaseConfig`, { hint: 'pass the release configuration (see ReleaseConfig); nothing was written' });
    }
    checkSignedParts(config);
    const outputDir = (0,external_node_path_.resolve)(ports.cwd, config.outputDir);
    report.outputDir = outputDir;
    report.algorithm = config.algorithm;
    report.wanted = { sbom: config.sbom !== undefined, sign: config.sign !== undefined, artifactBundles: config.artifactBundles, images: config.images !== undefined, auditLog: config.auditLog, instructions: config.instructions };
    // The hashing threads start with the run, on the other cores, while the output directory is checked and the
    // artifacts are found: a thread takes about 30 ms of a core to start, which the hashing would otherwise wait for.
    const hashThreads = checksums.HashPool.start((0,external_node_os_.availableParallelism)() - 1);
    const state = { config, ports, outputDir, staged: [], hashThreads };
    try {
        await runPipeline(state, RELEASE_PIPELINE, ((progress) => fillReport(report, progress)));
    }
    finally {
        await hashThreads.close();
    }
    // The caller's callback failing never hides the run's own failure, nor keeps its session open.
    let callbackFailure;
    const tell = ((step) => {
        try {
            ports.onStep?.(step);
        }
        catch (error) {
            callbackFailure ??= { error };
        }
    });
    if (state.published === true) {
        if (report.checksumsPath !== undefined)
            tell({ step: 'checksums', checksumsPath: report.checksumsPath, subjects: (0,checksums.toSubjects)(report.artifacts ?? [], config.algorithm) });
        if (report.sbom !== undefined)
            tell({ step: 'sbom', paths: report.sbom.paths });
    }
    // Aborted, the run prints no error of its own that could quote the tokens: they are wiped now, not at the caller's exit.
    if (state.aborted === true)
        state.closeSession?.();
    if (state.failure !== undefined)
        throw state.failure.error;
    state.closeSession?.();
    if (callbackFailure !== undefined)
        throw callbackFailure.error;
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
        verifyCommand: report.signature === undefined ? undefined : (0,verify/* releaseVerifyCommand */.Q3)((0,external_node_path_.basename)(checksumsPath), (0,external_node_path_.basename)(report.signature.bundlePath), report.signature.signer, state.verifier),
        produced: report.produced,
        digests: report.digests,
        githubRelease: state.githubRelease,
        downgrade: state.downgrade,
        gate: state.gate,
        draftDeleted: state.draftDeleted,
    };
});var releaseUrl = (function (serverUrl, repository, tag) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/releases/tag/${encodeURIComponent(tag)}`;
});var pushedTag = (function (ref) {
    return ref !== undefined && ref.startsWith('refs/tags/') && ref.length > 'refs/tags/'.length ? ref.slice('refs/tags/'.length) : undefined;
});var typed = (function (name, value) {
    return value === false ? `--no-${name}` : `--${name}`;
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCommand: (() => (/* binding */ releaseCommand))
});

// EXTERNAL MODULE: ./lib/cli/signing-options.js
var signing_options = __webpack_require__(30674);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/config/release.js
var release = __webpack_require__(52143);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/checksums/index.js + 2 modules
var checksums = __webpack_require__(72555);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/instructions/verify.js + 1 modules
var verify = __webpack_require__(78918);
// EXTERNAL MODULE: ./lib/release/errors.js
var release_errors = __webpack_require__(86482);
// EXTERNAL MODULE: ./lib/release/state.js
var release_state = __webpack_require__(3264);
;// CONCATENATED MODULE: ./lib/release/pipeline.js


/**
 * A step whose code loads when it first runs: a run that signs nothing never loads the signing,
 * GitHub, registry or verification code (and their packages) that only the steps it skips import.
 */

const assetNamesStep = lazyStep({
    name: 'asset-names',
    needs: ['collect'],
    wanted: ((config) => config.githubRelease !== undefined),
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(4313), __webpack_require__.e(461), __webpack_require__.e(6388), __webpack_require__.e(668)]).then(__webpack_require__.bind(__webpack_require__, 20668))).runAssetNamesStep));
const attestStep = lazyStep({
    name: 'attest',
    wanted: ((config) => config.sign !== undefined && config.attest !== 'off'),
    needs: ['sign'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(5456), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(4894), __webpack_require__.e(7288)]).then(__webpack_require__.bind(__webpack_require__, 71972))).runAttestStep));
const auditLogStep = lazyStep({
    name: 'audit-log',
    wanted: ((config) => config.sign !== undefined && config.auditLog),
    needs: ['sign'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(5799), __webpack_require__.e(1825)]).then(__webpack_require__.bind(__webpack_require__, 31825))).runAuditLogStep));
const bundlesStep = lazyStep({
    name: 'bundles',
    wanted: ((config) => config.sign !== undefined && config.artifactBundles),
    needs: ['sign'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(5799), __webpack_require__.e(2844)]).then(__webpack_require__.bind(__webpack_require__, 72844))).runBundlesStep));
const checksumsStep = lazyStep({
    name: 'checksums',
    needs: ['hash'],
    salvages: true,
}, (async () => (await __webpack_require__.e(/* import() */ 2153).then(__webpack_require__.bind(__webpack_require__, 32153))).runChecksumsStep));
const closeSessionStep = lazyStep({
    name: 'close-session',
    wanted: ((config) => config.sign !== undefined),
    needs: ['sign'],
}, (async () => (await __webpack_require__.e(/* import() */ 1292).then(__webpack_require__.bind(__webpack_require__, 41292))).runCloseSessionStep));
const collectStep = lazyStep({
    name: 'collect',
    needs: ['output'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(6388), __webpack_require__.e(823)]).then(__webpack_require__.bind(__webpack_require__, 40823))).runCollectStep));
const downgradeStep = lazyStep({
    name: 'downgrade',
    wanted: ((config, ports) => config.downgrade !== 'off' && ports.githubRelease !== undefined),
    needs: ['publish'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(8101)]).then(__webpack_require__.bind(__webpack_require__, 88101))).runDowngradeStep));
const gateStep = lazyStep({
    name: 'gate',
    wanted: ((config, ports) => config.gate && ports.githubRelease !== undefined),
    needs: ['github-draft'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(461), __webpack_require__.e(2701), __webpack_require__.e(7310), __webpack_require__.e(8612), __webpack_require__.e(5879)]).then(__webpack_require__.bind(__webpack_require__, 85879))).runGateStep));
const githubDraftStep = lazyStep({
    name: 'github-draft',
    wanted: ((_config, ports) => ports.githubRelease !== undefined),
    needs: ['publish'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(461), __webpack_require__.e(7310), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 20552))).runGithubDraftStep));
const githubPublishStep = lazyStep({
    name: 'github-publish',
    wanted: ((_config, ports) => ports.githubRelease !== undefined),
    needs: ['github-draft'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(461), __webpack_require__.e(7310), __webpack_require__.e(392)]).then(__webpack_require__.bind(__webpack_require__, 30392))).runGithubPublishStep));
const hashStep = lazyStep({
    name: 'hash',
    needs: ['collect'],
}, (async () => (await __webpack_require__.e(/* import() */ 4957).then(__webpack_require__.bind(__webpack_require__, 74957))).runHashStep));
const releaseTagStep = lazyStep({
    name: 'release-tag',
    needs: [],
    wanted: ((_config, ports) => ports.githubRelease !== undefined),
}, (async () => (await __webpack_require__.e(/* import() */ 6993).then(__webpack_require__.bind(__webpack_require__, 76993))).runReleaseTagStep));
const resolveImagesStep = lazyStep({
    name: 'resolve-images',
    wanted: ((config) => config.sign !== undefined && config.images !== undefined),
    needs: [],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(4703), __webpack_require__.e(4553)]).then(__webpack_require__.bind(__webpack_require__, 12015))).runResolveImagesStep));
const imagesStep = lazyStep({
    name: 'images',
    wanted: ((config) => config.sign !== undefined && config.images !== undefined),
    needs: ['sign', 'resolve-images'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(4703), __webpack_require__.e(4553)]).then(__webpack_require__.bind(__webpack_require__, 12015))).runImagesStep));
const instructionsStep = lazyStep({
    name: 'instructions',
    wanted: ((config) => config.instructions),
    needs: ['checksums'],
}, (async () => (await __webpack_require__.e(/* import() */ 1136).then(__webpack_require__.bind(__webpack_require__, 21136))).runInstructionsStep));
const outputStep = lazyStep({
    name: 'output',
    needs: [],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(6448), __webpack_require__.e(6388), __webpack_require__.e(788)]).then(__webpack_require__.bind(__webpack_require__, 10788))).runOutputStep));
const publishOutputStep = lazyStep({
    name: 'publish',
    needs: [],
    salvages: true,
    cleansUp: true,
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(6388), __webpack_require__.e(3798)]).then(__webpack_require__.bind(__webpack_require__, 63798))).runPublishOutputStep));
const publishedReleaseStep = lazyStep({
    name: 'published-release',
    needs: ['hash'],
    wanted: ((config) => config.githubRelease !== undefined),
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(5456), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(5799), __webpack_require__.e(461), __webpack_require__.e(2701), __webpack_require__.e(7310), __webpack_require__.e(4894), __webpack_require__.e(6388), __webpack_require__.e(8612), __webpack_require__.e(4799)]).then(__webpack_require__.bind(__webpack_require__, 94799))).runPublishedReleaseStep));
const sbomsStep = lazyStep({
    name: 'sbom',
    wanted: ((config) => config.sbom !== undefined),
    needs: ['collect'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(5759), __webpack_require__.e(8371)]).then(__webpack_require__.bind(__webpack_require__, 88371))).runSbomsStep));
const signingSessionStep = lazyStep({
    name: 'signing-session',
    wanted: ((config) => config.sign !== undefined),
    needs: ['hash'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(5456), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(5799), __webpack_require__.e(4894), __webpack_require__.e(9444)]).then(__webpack_require__.bind(__webpack_require__, 79444))).runSigningSessionStep));
const signStep = lazyStep({
    name: 'sign',
    wanted: ((config) => config.sign !== undefined),
    needs: ['checksums', 'signing-session'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(5456), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(5799), __webpack_require__.e(4894), __webpack_require__.e(9444)]).then(__webpack_require__.bind(__webpack_require__, 79444))).runSignStep));
const verificationKitStep = lazyStep({
    name: 'verification-kit',
    wanted: ((config) => config.sign !== undefined && config.verificationKit),
    needs: ['signing-session'],
}, (async () => (await Promise.all(/* import() */[__webpack_require__.e(5456), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(461), __webpack_require__.e(2701), __webpack_require__.e(7310), __webpack_require__.e(4894), __webpack_require__.e(8612), __webpack_require__.e(1423)]).then(__webpack_require__.bind(__webpack_require__, 21423))).runVerificationKitStep));
/**
 * The order of a release: one stage per line, the steps of a stage run concurrently. A step is
 * added as one file under steps/ (its code) and one definition above (its name, what it needs);
 * it is switched off by its `wanted`.
 */
const RELEASE_PIPELINE = [
    [outputStep], // the output directory can take this run's files
    [collectStep], // the artifacts, a staging directory; reading the artifacts starts
    [hashStep, sbomsStep, resolveImagesStep, assetNamesStep, releaseTagStep], // the artifacts' digests while the lockfiles are cataloged and the images pinned by digest; names a GitHub release can hold, and a tag on the commit built
    [publishedReleaseStep], // a re-run for a release published already checks it and ends here, before anything is signed
    [signingSessionStep], // the session that signs everything below: who signs is known from here on
    [verificationKitStep], // trust-kit-policy.json and trust-kit-trusted-root.jsonl
    [checksumsStep], // SHA256SUMS, listing the artifacts, the SBOMs and the verification kit
    [signStep], // SHA256SUMS.sigstore.json; the session stays open for the steps below
    [bundlesStep, attestStep], // <artifact>.sigstore.json; attestations.intoto.jsonl
    [imagesStep], // the images' signatures, attached in the registry as OCI referrers
    [auditLogStep], // trust-kit-audit.jsonl: every signature above, signed on its own
    [closeSessionStep], // the last signature is made: the session's tokens are wiped
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


// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
;// CONCATENATED MODULE: ./lib/release/report.js

/** How each step is named when it fails. */
const STEP_NAMES = {
    // The first step checks immutable-release as well (src/release/steps/output.ts): those errors say so themselves.
    output: 'checking the output directory, the release settings and the signing key',
    // Finding the files is the first half of hashing them, as users see it.
    collect: 'hashing the artifacts',
    'asset-names': 'checking the artifacts can be GitHub release assets',
    'release-tag': 'checking the release tag names the commit built',
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
    'close-session': 'closing the signing session',
    instructions: 'writing VERIFY.md',
    publish: 'moving the files into the output directory',
    downgrade: 'comparing the release with the previous one',
    'github-draft': 'uploading to the draft GitHub release',
    gate: 'verifying the draft GitHub release before publishing it',
    'github-publish': 'publishing the GitHub release',
};
/** What becomes of the draft a failed run left, as both surfaces say it. */
const DRAFT_LEFT_TEXT = 'is kept with what was uploaded to it: a re-run of the job reuses it, uploading only what it lacks and replacing the files of a failed run of its own (never an asset trust-kit did not upload); nothing was published. Delete the draft on GitHub to start over';
/** What a run produced, what failed and why, and what it therefore did not make. */

/** The lines the CLI prints to stderr after a failed run (the error itself follows them). */


// EXTERNAL MODULE: ./lib/release/downgrade.js
var downgrade = __webpack_require__(33978);
;// CONCATENATED MODULE: ./lib/release/index.js













/** A report of a run that has not started. */

/** Fills `report` in from what the run's steps produced; paths are where the files are once the run has ended. */

/** A run that found its GitHub release published already with what it would publish: it wrote, signed and uploaded nothing. */

/**
 * Fails with RELEASE_PORTS_INVALID unless the ports hold what every run uses: from plain
 * JavaScript, a missing logger failed with a TypeError once the checksums file was written.
 */

/**
 * Refuses a configuration made by hand that asks for parts only signing makes (the CLI's and the
 * action's inputs are refused the same way at once): without `sign`, the pipeline would skip them and the run end green
 * without what was asked for.
 */

/**
 * Runs the release pipeline (pipeline.ts): hash every artifact while the project is cataloged
 * into SBOMs, write the checksums file (listing the artifacts and the SBOMs), sign it (verified
 * before it is written), attest the artifacts and write the verification instructions. Everything
 * is written into a fresh staging directory beside the output directory, which then replaces it as
 * a whole, also when a step fails after the checksums: what the run produced is kept, and no file
 * of an earlier run is left beside it. `report` is filled in as the run goes, for surfaces that
 * report a failed run.
 */


// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/github-token.js
var github_token = __webpack_require__(39951);
// EXTERNAL MODULE: ./lib/cli/logger.js
var logger = __webpack_require__(27444);
// EXTERNAL MODULE: ./lib/config/paths.js
var paths = __webpack_require__(56446);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
;// CONCATENATED MODULE: ./lib/github/release-tag.js
// Apart from release-target.ts: a run that publishes no GitHub release reads its tag without loading the GitHub client.
/** The web page of the release of `tag` (a published release's URL). */

/** The tag a run for a tag push was started by (GITHUB_REF `refs/tags/<tag>`); undefined for any other run. */


// EXTERNAL MODULE: ./lib/oci/reference.js
var reference = __webpack_require__(23940);
;// CONCATENATED MODULE: ./lib/cli/commands/release.js














/** `--name`, or `--no-name` for a boolean given as false: the flag as the user typed it. */

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
      --output-dir DIR         where to write everything (default: trust-kit-out); replaced whole by
                               each run, so not a mount point
      --force                  replace an output directory that is not empty (an earlier run's), all it holds (listed in the log)
      --base DIR               artifact names are relative to DIR (default: the working directory)
  -a, --algorithm ALG          sha256 (default) or sha512
      --sbom-format FORMAT     spdx-json, cyclonedx-json (1.6; @1.5, @1.7), or none; repeatable
                               (default: spdx-json and cyclonedx-json)
      --sbom-path DIR          the project whose lockfiles are cataloged (default: .)
      --sbom-exclude PATTERN   also skip these paths under --sbom-path (repeatable; see \`trust-kit sbom --help\`)
      --sbom-organization N    the organisation authoring the SBOMs (SPDX creator, CycloneDX author),
                               as the sbom command's --organization
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
                               SOURCE_DATE_EPOCH, else the clock's); it is written after the checksums file is signed,
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
      --immutable-release      the GitHub release of the pushed tag (or of --tag with --github-release)
                               is immutable: VERIFY.md adds gh release verify
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
      --tag TAG                the release's tag (default: the pushed tag, GITHUB_REF refs/tags/...);
                               in a GitHub Actions job it must exist and name the commit built
                               (GITHUB_SHA), checked before anything is signed
      --repo OWNER/REPO        the release's repository (default: GITHUB_REPOSITORY)
      --instance NAME          auto (default), public-good, github, key
      --key KEY.pem            sign with this private key
      --on-missing-token WHAT  fail (default), warn or skip when keyless signing has no token
      --trusted-root FILE      trusted root bundles are checked against (custom URLs; default through TUF)
      --fulcio-url URL, --rekor-url URL, --tsa-url URL   other Sigstore services (a --fulcio-url
                               with the public-good instance needs its own --rekor-url: another
                               CA's certificates never go to the public log)
      --rekor-version N        the API --rekor-url speaks: 1 (default) or 2 (Rekor v2, needs --tsa-url)
      --signing-config FILE    a signing config (v0.2, as cosign's) naming the services instead
      --timeout TIME           how long each signature's requests to Fulcio, Rekor and the TSA may take
                               together (seconds, 10m or 2h; default 300): SIGN_TIMEOUT past it

Every PATH (but globs), --base, --key, --signing-config, --trusted-root and --sbom-path must exist before
anything is hashed or written: all missing ones are reported at once (exit 2). --tag, --no-gate and --downgrade shape publishing: without
--github-release they are a usage error (exit 2), not ignored; so are the signing flags (--key,
--instance, --timeout, ...) with --no-sign, and the SBOM flags (--sbom-path, --include-dev, --strict,
...) with --sbom-format none, --trusted-root, --timeout and --on-missing-token with --key (which signs
offline), and --signature-format, --recursive and --allow-http-registry without --image.

SOURCE_DATE_EPOCH, when set, is the SBOMs' timestamp (else the last commit's time; outside a git work
tree, the current time; in one git cannot read, an error).`,
    options: {
        'output-dir': { type: 'string' },
        base: { type: 'string' },
        algorithm: { type: 'string', short: 'a' },
        'sbom-format': { type: 'string', multiple: true },
        'sbom-path': { type: 'string' },
        'sbom-exclude': { type: 'string', multiple: true },
        'sbom-organization': { type: 'string' },
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
    reportsFlagIssues: true,
    async run(args, context) {
        const positionalNamer = (0,inputs/* cliNamer */.qy)({ 'subject-path': 'PATH' });
        // The input `images` is the repeatable flag --image.
        const nameOf = ((name) => (name === 'images' ? '--image' : positionalNamer(name)));
        const { image, repo, ...values } = args.values;
        const pushed = pushedTag(context.env.GITHUB_REF);
        const { env } = context;
        const repository = typeof repo === 'string' && repo !== '' ? repo : (env.GITHUB_REPOSITORY ?? '');
        const serverUrl = env.GITHUB_SERVER_URL === undefined || env.GITHUB_SERVER_URL === '' ? 'https://github.com' : env.GITHUB_SERVER_URL;
        // What publishing needs from the environment is reported with every bad flag, not after them; the token is taken (into protected memory) only to publish.
        const publishing = values['github-release'] === true;
        const sbomFormats = (values['sbom-format'] ?? []);
        const token = publishing ? (0,github_token/* githubApiToken */.P)(env) : undefined;
        const publishIssues = [
            ...(publishing && token === undefined ? [{ input: '--github-release', message: 'needs a token with contents: write in GH_TOKEN or GITHUB_TOKEN' }] : []),
            ...(publishing && repository === '' ? [{ input: '--repo', message: 'is needed with --github-release outside a GitHub Actions job (GITHUB_REPOSITORY is not set)' }] : []),
            // Flags that only shape publishing would do nothing without it: said, not ignored.
            ...(publishing ? [] : release/* PUBLISHING_INPUTS */.i8.filter(((name) => values[name] !== undefined)).map(((name) => ({ input: typed(name, values[name]), message: 'goes with --github-release: without it nothing is published, so it would do nothing' })))),
            // As signing flags with --no-sign (a --key would not sign) and SBOM flags with no SBOM.
            ...(values.sign === false ? [] : (0,signing_options/* keyedSigningIssues */._)(values)),
            ...(values.sign === false ? Object.keys(signing_options/* SIGNING_OPTIONS */.F).filter(((name) => values[name] !== undefined)).map(((name) => ({ input: typed(name, values[name]), message: 'shapes signing, which --no-sign turns off, so it would do nothing' }))) : []),
            ...(sbomFormats.includes('none') ? release/* SBOM_SHAPING_INPUTS */.VT.filter(((name) => values[name] !== undefined)).map(((name) => ({ input: typed(name, values[name]), message: 'shapes the SBOMs, which --sbom-format none turns off, so it would do nothing' }))) : []),
        ];
        // A bad --image is a bad flag: reported with the others and the missing paths, before anything is hashed, as sign-image's IMAGE is.
        const imageIssues = (0,inputs/* refusedValues */.pc)((image ?? []), '--image', reference/* parseImageReference */.o_);
        // The paths the flags name, checked with the flags when a flag is refused: all problems at once.
        const named = [
            { input: 'base', path: typeof values.base === 'string' ? values.base : '.', kind: 'directory' },
            ...(typeof values['sbom-path'] === 'string' ? [{ input: 'sbom-path', path: values['sbom-path'], kind: 'directory' }] : []),
            ...(values.sign === false ? [] : (0,paths.rawSigningPaths)(values)),
            ...(0,paths.subjectPaths)('subject-path', args.positionals),
        ];
        const config = await (0,paths.readWithNamedPaths)((() => (0,inputs/* withEarlierIssues */.ZB)([...args.issues, ...publishIssues], (() => {
            try {
                return (0,release/* releaseConfig */.Af)({ ...values, images: image, 'subject-path': args.positionals }, nameOf, {
                    base: '.',
                    outputDir: 'trust-kit-out',
                    ephemeralKeyWithoutToken: context.env.GITHUB_ACTIONS !== 'true',
                    ...(pushed === undefined ? {} : { tag: pushed }),
                });
            }
            catch (error) {
                if (error instanceof inputs/* ConfigError */.xL)
                    throw new inputs/* ConfigError */.xL([...imageIssues, ...error.issues]);
                throw error;
            }
        }))), named, context.cwd, nameOf);
        let githubRelease;
        if (config.githubRelease !== undefined && token !== undefined) {
            // The GitHub client, its proxy agents and the attestation verifier load only for a run that publishes;
            // the toolkit reads the proxy variables as it loads and crashes on one that is no http(s) URL, so they are checked first.
            (0,proxy.checkProxySettings)((0,proxy.proxySettingsFrom)(env));
            const [{ releasesOf }, { githubReleaseAttestationVerifier }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(5054), __webpack_require__.e(4313), __webpack_require__.e(461), __webpack_require__.e(3066)]).then(__webpack_require__.bind(__webpack_require__, 83066)), Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(461), __webpack_require__.e(7310), __webpack_require__.e(2107)]).then(__webpack_require__.bind(__webpack_require__, 52107))]);
            // GitHub's trusted root is fetched only when an immutable release's attestation is verified.
            const verifyReleaseAttestation = githubReleaseAttestationVerifier({ serverUrl, repository, tag: config.githubRelease.tag, tuf: { proxy: (0,proxy.proxySettingsFrom)(env) } });
            githubRelease = { tag: config.githubRelease.tag, repository, releases: releasesOf({ repository, token, serverUrl, proxy: (0,proxy.proxySettingsFrom)(env), ...(env.GITHUB_API_URL === undefined || env.GITHUB_API_URL === '' ? {} : { apiUrl: env.GITHUB_API_URL }) }), ...(verifyReleaseAttestation === undefined ? {} : { verifyReleaseAttestation }) };
        }
        const misplaced = config.sbom === undefined ? [] : await (0,paths.misplacedExcludes)((values['sbom-exclude'] ?? []), config.sbom.path, context.cwd, '--sbom-exclude');
        await (0,paths.requireNamedPaths)((0,paths.releasePaths)(config), context.cwd, nameOf, [...imageIssues, ...misplaced]);
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
            // Shown as verify-checksums shows names: plain, else quoted (an artifact's name may hold terminal escapes).
            for (const path of result.produced)
                context.stdout.write(`${(0,quote/* shownFile */.G)((0,external_node_path_.relative)(context.cwd, path))}\n`);
            const published = result.githubRelease;
            if (published !== undefined && config.githubRelease !== undefined) {
                const uploaded = published.assets.filter(((asset) => asset.outcome === 'uploaded')).length;
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

/***/ 52143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isTagName = (function (tag) {
    const forbidden = [...tag].some(((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || ' ~^:?*[\\'.includes(char)));
    // Each part between slashes: none begins with a dot or ends in .lock (`.v1`, `a/./b`, `x.lock/y`).
    const parts = tag.split('/');
    const badPart = parts.some(((part) => part.startsWith('.') || part.endsWith('.lock')));
    return tag.length <= 250 && tag !== '@' && !forbidden && !badPart && !tag.startsWith('-') && !tag.includes('..') && !tag.includes('@{') && !tag.startsWith('/') && !tag.endsWith('/') && !tag.endsWith('.') && !tag.includes('//');
});var imageOnlyIssues = (function (reader, nameOf, given) {
    const set = [...(given.format === 'both' ? [] : ['signature-format']), ...(given.recursive ? ['recursive'] : []), ...(given.allowHttp ? ['allow-http-registry'] : [])];
    for (const name of set)
        reader.report(name, `applies to images, and ${nameOf('images')} names none, so it would do nothing`);
});var releaseConfig = (function (raw, nameOf, defaults) {
    const issues = [];
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(raw, nameOf);
    const subjects = reader.list('subject-path');
    if (subjects.length === 0)
        reader.report('subject-path', 'names no file, directory or glob; give at least one');
    const algorithm = reader.choice('algorithm', _core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .DIGEST_ALGORITHMS */ .MF, 'sha256');
    const outputDir = reader.string('output-dir', defaults.outputDir) ?? defaults.outputDir;
    const formats = reader.choices('sbom-format', [..._sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMAT_NAMES */ .BU, 'none'], DEFAULT_RELEASE_SBOM_FORMATS, _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMAT_ALIASES */ .LZ);
    if (formats.includes('none') && formats.length > 1)
        reader.report('sbom-format', '"none" cannot be combined with formats');
    const sbom = formats.includes('none')
        ? undefined
        : {
            formats,
            path: reader.string('sbom-path', '.') ?? '.',
            exclude: (0,_sbom_js__WEBPACK_IMPORTED_MODULE_3__/* .excludePatterns */ .S)(reader, 'sbom-exclude', 'sbom-default-excludes'),
            includeDev: reader.boolean('include-dev', false),
            strict: reader.boolean('strict', false),
            organization: reader.string('sbom-organization'),
        };
    const signing = reader.boolean('sign', true);
    // Absent means off: the root action's action.yml defaults it to auto, the CLI asks for it with --attest.
    const attestChoice = reader.choice('attest', ['auto', 'true', 'false'], 'false');
    if (attestChoice === 'true' && !signing)
        reader.report('attest', 'needs signing: attestations are signed with the checksums file\'s identity; signing is turned off (--no-sign, the input sign: false)');
    const attest = !signing || attestChoice === 'false' ? 'off' : attestChoice === 'true' ? 'required' : 'auto';
    const instructions = reader.boolean('verify-instructions', true);
    const artifactBundles = reader.boolean('artifact-bundles', false);
    if (artifactBundles && !signing)
        reader.report('artifact-bundles', 'needs signing: the bundles are signatures; signing is turned off (--no-sign, the input sign: false)');
    const auditLog = reader.boolean('audit-log', false);
    if (auditLog && !signing)
        reader.report('audit-log', 'needs signing: it records what was signed; signing is turned off (--no-sign, the input sign: false)');
    const verificationKit = reader.boolean('verification-kit', signing);
    if (verificationKit && !signing)
        reader.report('verification-kit', 'needs signing: the policy names the signer; signing is turned off (--no-sign, the input sign: false)');
    const imageReferences = reader.list('images');
    if (imageReferences.length > 0 && !signing)
        reader.report('images', 'needs signing: images are signed in the checksums file\'s session; signing is turned off (--no-sign, the input sign: false)');
    const imageFormat = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'], 'both');
    const recursive = reader.boolean('recursive', false);
    const allowHttp = reader.boolean('allow-http-registry', false);
    if (imageReferences.length === 0)
        imageOnlyIssues(reader, nameOf, { format: imageFormat, recursive, allowHttp });
    const githubRelease = reader.boolean('github-release', false);
    const tag = reader.string('tag', defaults.tag);
    if (githubRelease && tag === undefined)
        reader.report('tag', 'is needed to publish a GitHub release outside a run for a tag push (GITHUB_REF is not refs/tags/...): name the tag to release');
    else if (tag !== undefined && !isTagName(tag))
        reader.report('tag', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .TL)(tag.slice(0, 100))}, not a git tag name`);
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
            const sign = (0,_sign_js__WEBPACK_IMPORTED_MODULE_4__/* .signConfig */ .C3)({ ...raw, 'subject-path': [`${outputDir}/${algorithm.toUpperCase()}SUMS`], bundle: undefined }, nameOf);
            const asksForKeyless = sign.fulcioURL !== undefined || sign.rekorURL !== undefined || sign.tsaURL !== undefined || sign.trustedRoot !== undefined;
            config.sign = { ...sign, ephemeralKeyWithoutToken: defaults.ephemeralKeyWithoutToken && sign.key === undefined && sign.instance === 'auto' && !asksForKeyless };
        }
        catch (error) {
            if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL))
                throw error;
            issues.push(...error.issues);
        }
    }
    if (issues.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(issues);
    return config;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: (() => (/* binding */ releaseConfig)),
/* harmony export */   Ij: (() => (/* binding */ isTagName)),
/* harmony export */   VT: (() => (/* binding */ SBOM_SHAPING_INPUTS)),
/* harmony export */   i8: (() => (/* binding */ PUBLISHING_INPUTS))
/* harmony export */ });
/* unused harmony export imageOnlyIssues */
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95587);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);
/* harmony import */ var _sbom_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37405);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5297);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);






/**
 * Whether `tag` is a name git allows for a tag (git check-ref-format; `git tag` also refuses a
 * leading `-`, which a command in VERIFY.md would read as an option), so that no other name
 * reaches GitHub's API or the instructions.
 */

/**
 * Reports the image inputs set (to anything but their defaults) while no image is named: each
 * shapes image signing only, so it would do nothing. A default may be the runner's, and changes nothing.
 */

/** The SBOM formats a release makes unless told otherwise. */
/** The inputs that only shape the SBOMs, which `sbom-format: none` (`--sbom-format none`) turns off: given with it, each is refused. */
const SBOM_SHAPING_INPUTS = ['sbom-path', 'sbom-exclude', 'sbom-organization', 'sbom-default-excludes', 'include-dev', 'strict'];
/** The inputs that only shape publishing to a GitHub release, which only `github-release` does: given without it, each is refused. */
const PUBLISHING_INPUTS = ['tag', 'gate', 'downgrade'];
/** The SBOM formats a release writes when `sbom-format` is not given: both, since scanners read one or the other. */
const DEFAULT_RELEASE_SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'];
/**
 * Validates release inputs (`subject-path`, `algorithm`, `base`, `output-dir`, `sbom-format`,
 * `sbom-path`, `sbom-organization`, `include-dev`, `strict`, `force`, `sign`, `attest`, `verify-instructions`, `artifact-bundles`, `audit-log`, `verification-kit`, `immutable-release`, `downgrade`, `gate`, the image inputs (`images`, `signature-format`, `recursive`, `allow-http-registry`), publishing (`github-release`, `tag`) and the signing inputs), reporting every problem
 * of every part at once.
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
});var digestChunks = (function (algorithm, chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    for (const chunk of chunks)
        hash.update(chunk);
    return hash.digest('hex');
});var digestArgument = (function (value) {
    const algorithm = /^sha\d*:/i.exec(value)?.[0];
    return algorithm === undefined ? undefined : `${algorithm.toLowerCase()}${value.slice(algorithm.length)}`;
});var parseDigestReference = (function (value) {
    // A library caller in plain JavaScript: a number or undefined failed on `slice` with a TypeError.
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `the digest is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
});var hashFile = (async function (path, algorithms, named = {}) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    // Never a pipe or a device: one would block the open or never end.
    const opened = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }), ...(named.noFollow === true ? { noFollow: true } : {}) });
    const { handle, size: expected } = opened;
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
        if ((0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .changedWhileRead */ .a4)(opened, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(handle.fd), size))
            throw (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .fileChanged */ .J8)(named.what ?? 'file', named.shown ?? path, size, expected);
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
/* harmony export */   Bz: (() => (/* binding */ digestChunks)),
/* harmony export */   DC: (() => (/* binding */ hashFile)),
/* harmony export */   Dn: (() => (/* binding */ parseDigestReference)),
/* harmony export */   E6: (() => (/* binding */ hexLength)),
/* harmony export */   MF: (() => (/* binding */ DIGEST_ALGORITHMS)),
/* harmony export */   QN: (() => (/* binding */ digestBytes)),
/* harmony export */   Wb: (() => (/* binding */ isDigestAlgorithm)),
/* harmony export */   er: (() => (/* binding */ digestArgument))
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. Frozen: a caller pushing 'md5' onto it got past the algorithm check, to a crash inside. */
const DIGEST_ALGORITHMS = Object.freeze(['sha256', 'sha512']);
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */

/** The length in hex characters of a digest made with `algorithm`. */

/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */

/** The digest of bytes already in memory. */

/** The digest of a text in memory in chunks (as UTF-8), without joining them: a text may be longer than one string can be. */

/**
 * An artifact argument that names a digest rather than a file (`sha256:<hex>`, `sha512:<hex>`, the
 * algorithm in any case, as cosign reads it), with the algorithm in lower case; undefined for a path.
 * Any `sha<digits>:` is taken for one (`sha384:<hex>`, `sha:`), so that an algorithm trust-kit does
 * not take is refused as the argument it is, not looked for as a file.
 */

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
 * on one core and hashed on another, and no longer fits either's cache). A file written to while
 * it is read (grown, shrunk, rewritten in place) is refused (FILE_CHANGED): its digest would be of
 * bytes it never held at one moment. `named` words a refusal (FILE_NOT_REGULAR, FILE_CHANGED) as
 * the user knows the file: what it is, and the path as they wrote it.
 */



/***/ }),

/***/ 55227:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var parseSemVer = (function (tag) {
    const match = /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/.exec(tag);
    if (match === null)
        return undefined;
    return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] === undefined ? [] : match[4].split('.') };
});var compareSemVer = (function (a, b) {
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: (() => (/* binding */ compareSemVer)),
/* harmony export */   I: (() => (/* binding */ parseSemVer))
/* harmony export */ });
/** A tag as semantic version (`v1.2.3`, `1.2.3-rc.1+build`); undefined when it is not one. */

/** Semantic version precedence (semver.org 11): negative when `a` comes before `b`. */



/***/ }),

/***/ 99118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: (() => (/* binding */ OciError))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22331);


/**
 * An error parsing an image reference or talking to a registry. Its message and hint are redacted
 * as it is made: they may quote what a registry chose (a redirect's path, a challenge's realm),
 * which may echo the password, and by the time the error is printed the client is closed and the
 * password wiped, so the redaction at printing no longer knows it.
 */
class OciError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The HTTP status the registry answered with, when the error comes from one. */
    status;
    /** The wait the registry asked for (`Retry-After`) before trying again, in milliseconds. */
    retryAfterMs;
    constructor(code, message, options = {}) {
        super(code, (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message), options.hint === undefined ? options : { ...options, hint: (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(options.hint) });
        this.name = 'OciError';
        this.status = options.status;
        this.retryAfterMs = options.retryAfterMs;
    }
}


/***/ }),

/***/ 23940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var parseImageReference = (function (input) {
    // A reference written as a URL's authority with a password (user:password@host/..., the password holding a / or an @ too) would be
    // quoted back in every error and log line. In a reference an @ comes only before a digest (algorithm:hex).
    const authority = input.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const firstAt = authority.indexOf('@');
    if (firstAt !== -1 && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[^/@:]*$/i.test(authority.slice(firstAt + 1))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', 'an image reference holds an @ that no digest follows, as credentials would (user:password@ before the registry): references carry none, and it is not quoted here', {
            hint: 'name the image as registry/repository[:tag][@sha256:<hex>], and log in with --registry-username and the password in TRUST_KIT_REGISTRY_PASSWORD (or docker login)',
        });
    }
    const shown = JSON.stringify(input.length > 200 ? `${input.slice(0, 200)}...` : input);
    const invalid = ((why, hint = 'write it as [registry[:port]/]repository[:tag][@sha256:<hex>], e.g. ghcr.io/acme/app:v1') => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${why}`, { hint }));
    if (input.length === 0 || input.length > MAX_REFERENCE_LENGTH)
        throw invalid(`its length must be between 1 and ${MAX_REFERENCE_LENGTH}`);
    if (/\s/.test(input))
        throw invalid('it contains white space');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        try {
            const parsed = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigestReference */ .Dn)(rest.slice(at + 1));
            digest = `${parsed.algorithm}:${parsed.hex}`;
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${error.message}`, { cause: error, hint: error.hint });
        }
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(`tag "${tag.slice(0, 140)}" must be 1-128 letters, digits, _, . or -, not starting with . or -`);
    }
    const firstSlash = rest.indexOf('/');
    const first = firstSlash === -1 ? '' : rest.slice(0, firstSlash);
    const namesRegistry = firstSlash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
    let registry = namesRegistry ? first.toLowerCase() : DOCKER_HUB;
    let repository = namesRegistry ? rest.slice(firstSlash + 1) : rest;
    if (namesRegistry)
        checkRegistry(registry, invalid);
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw invalid('it names no repository');
    if (repository !== repository.toLowerCase()) {
        throw invalid('repository names must be lowercase', `write the repository as "${repository.toLowerCase()}"`);
    }
    if (repository.length > MAX_REPOSITORY_LENGTH)
        throw invalid(`the repository is longer than ${MAX_REPOSITORY_LENGTH} characters`);
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw invalid(`repository component "${component.slice(0, 140)}" must be lowercase letters and digits, separated by ., _, __ or -`);
        }
    }
    return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
});var checkRegistry = (function (registry, invalid) {
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(registry);
    const plain = /^([^:]+)(?::(\d+))?$/.exec(registry);
    const port = bracketed?.[2] ?? plain?.[2];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535 || port !== String(Number(port)))) {
        throw invalid(`registry port "${port}" must be a number from 1 to 65535`);
    }
    if (bracketed)
        return;
    const host = plain?.[1];
    if (host === undefined || host.length > 253 || !host.split('.').every(((label) => HOST_LABEL.test(label)))) {
        throw invalid(`registry "${registry.slice(0, 140)}" is not a host name with an optional port`);
    }
});var registryApiHost = (function (registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
});var formatImageReference = (function (reference) {
    return `${reference.registry}/${reference.repository}${reference.tag === undefined ? '' : `:${reference.tag}`}${reference.digest === undefined ? '' : `@${reference.digest}`}`;
});var withDigest = (function (reference, digest) {
    return { registry: reference.registry, repository: reference.repository, digest };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: (() => (/* binding */ registryApiHost)),
/* harmony export */   Xb: (() => (/* binding */ DOCKER_HUB)),
/* harmony export */   hQ: (() => (/* binding */ withDigest)),
/* harmony export */   my: (() => (/* binding */ formatImageReference)),
/* harmony export */   o_: (() => (/* binding */ parseImageReference))
/* harmony export */ });
/* unused harmony export DOCKER_HUB_API_HOST */
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99118);



/** Docker Hub under its canonical name; `index.docker.io` and `registry-1.docker.io` are aliases of it. */
const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API_HOST]);
// The distribution spec's grammar (distribution/reference): lowercase components joined by ., _, __ or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const MAX_REFERENCE_LENGTH = 4096;
const MAX_REPOSITORY_LENGTH = 255;
/**
 * Parses an image reference as docker does: a first path component that has a dot or a port, or is
 * `localhost`, names the registry, otherwise Docker Hub; Docker Hub's one-component names live under
 * `library/`. Repositories must be lowercase (a registry would store `Alpine` and `alpine` apart).
 */


/** The host (and port) to send registry API requests to for a registry name. */

/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */

/** The same repository pinned to `digest`, without the tag: what trust-kit signs. */



/***/ }),

/***/ 33978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var workflowOf = (function (identity) {
    if (!/^https?:\/\//.test(identity))
        return identity;
    const at = (0,_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowRefAt */ .Sc)(identity);
    return at === -1 ? identity : identity.slice(0, at);
});var signerText = (function (signer) {
    if (signer.kind === 'key')
        return 'a key';
    return `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(signer.identity)} (${instanceText(signer)})`;
});var instanceText = (function (signer) {
    if (signer.instance === 'github')
        return "GitHub's Sigstore instance";
    if (signer.instance === 'public-good')
        return 'the public-good Sigstore instance';
    return `the Sigstore deployment of ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(signer.caOrganization ?? 'an unnamed CA')}`;
});var signerChanges = (function (previous, current, file) {
    if (previous.kind === 'key')
        return [];
    if (current.kind === 'key')
        return [{ code: 'DOWNGRADE_SIGNER_CHANGED', message: `${file} was signed keylessly by ${signerText(previous)} in the previous release, and with a key in this one: a key proves nothing about which workflow built the files` }];
    const downgrades = [];
    const changed = [];
    if (workflowOf(previous.identity) !== workflowOf(current.identity))
        changed.push(`identity ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(workflowOf(previous.identity))} -> ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(workflowOf(current.identity))}`);
    if (previous.sourceRepository !== undefined && current.sourceRepository !== undefined && previous.sourceRepository !== current.sourceRepository)
        changed.push(`source repository ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(previous.sourceRepository)} -> ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(current.sourceRepository)}`);
    if (previous.issuer !== undefined && current.issuer !== undefined && previous.issuer !== current.issuer)
        changed.push(`OIDC issuer ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(previous.issuer)} -> ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(current.issuer)}`);
    if (changed.length > 0)
        downgrades.push({ code: 'DOWNGRADE_SIGNER_CHANGED', message: `${file} is signed by another signer than in the previous release (${changed.join('; ')}): users who pin the previous identity will refuse this release` });
    if (previous.instance !== current.instance || (previous.instance === 'other' && previous.caOrganization !== current.caOrganization)) {
        downgrades.push({ code: 'DOWNGRADE_INSTANCE_CHANGED', message: `${file} was signed on ${instanceText(previous)} in the previous release and on ${instanceText(current)} in this one: verifiers need another trusted root` });
    }
    return downgrades;
});var predicateKind = (function (type) {
    if (type.startsWith('https://slsa.dev/provenance/'))
        return 'provenance';
    if (type.startsWith('https://spdx.dev/Document') || type.startsWith('https://cyclonedx.org/bom'))
        return 'sbom';
    return type;
});var sbomFormat = (function (name) {
    if (/spdx/i.test(name))
        return 'SPDX';
    if (/cdx|cyclonedx|(?:^|[._-])bom\./i.test(name))
        return 'CycloneDX';
    return 'other';
});var compareEvidence = (function (previous, current) {
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
    const kinds = ((types) => new Set(types.map(predicateKind)));
    const currentKinds = kinds(current.predicateTypes);
    for (const kind of kinds(previous.predicateTypes)) {
        if (currentKinds.has(kind))
            continue;
        if (kind === 'provenance')
            downgrades.push({ code: 'DOWNGRADE_PROVENANCE_REMOVED', message: 'the previous release carried SLSA provenance; this one carries none (attest: auto or true, in a job with id-token: write)' });
        else if (kind === 'sbom')
            downgrades.push({ code: 'DOWNGRADE_SBOM_ATTESTATION_REMOVED', message: 'the previous release carried signed SBOM attestations; this one carries none (attest, with SBOMs made)' });
        else
            downgrades.push({ code: 'DOWNGRADE_ATTESTATION_REMOVED', message: `the previous release carried an attestation of predicate type ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(kind)}; this one does not` });
    }
    const currentFormats = new Set(current.sboms.map(sbomFormat));
    for (const format of new Set(previous.sboms.map(sbomFormat))) {
        if (!currentFormats.has(format))
            downgrades.push({ code: 'DOWNGRADE_SBOM_REMOVED', message: `the previous release published ${format === 'other' ? 'an' : `a ${format}`} SBOM (${listed(previous.sboms.filter(((name) => sbomFormat(name) === format)))}); this one does not (sbom-format)` });
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
});var listed = (function (values) {
    const shown = values.slice(0, 10).map(((value) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(value)));
    return values.length > 10 ? `${shown.join(', ')} and ${values.length - 10} more` : shown.join(', ');
});var describeEvidence = (function (evidence) {
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
        parts.push(`attestations ${listed(evidence.predicateTypes)}`);
    if (evidence.sboms.length > 0)
        parts.push(`SBOMs ${listed(evidence.sboms)}`);
    if (evidence.auditLog)
        parts.push('the audit log');
    if (evidence.imagesSigned !== undefined && evidence.imagesSigned > 0)
        parts.push(`${evidence.imagesSigned} image${evidence.imagesSigned === 1 ? '' : 's'} signed`);
    parts.push(evidence.immutable ? 'immutable' : 'mutable');
    return parts.join('; ');
});var taggedVersion = (function (tag) {
    // The shortest prefix whose rest is a version: `pkg-11.2.3` is pkg's 11.2.3, `component-v1.2.3` is component's 1.2.3.
    for (let start = 0; start < tag.length; start += 1) {
        if (start > 0 && !/[-@/_]/.test(tag[start - 1]))
            continue;
        const version = (0,_core_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemVer */ .I)(tag.slice(start));
        if (version !== undefined)
            return { packagePrefix: tag.slice(0, start), version };
    }
    return undefined;
});var previousRelease = (function (releases, tag) {
    const tagged = taggedVersion(tag);
    const version = tagged?.version;
    const isPrerelease = version !== undefined && version.prerelease.length > 0;
    const candidates = releases.filter(((release) => {
        if (release.draft || release.tagName === tag)
            return false;
        const otherTagged = taggedVersion(release.tagName);
        if (tagged !== undefined && otherTagged !== undefined && otherTagged.packagePrefix !== tagged.packagePrefix)
            return false;
        const other = otherTagged?.version;
        if (!isPrerelease && (release.prerelease || (other !== undefined && other.prerelease.length > 0)))
            return false;
        return version === undefined || other === undefined || (0,_core_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSemVer */ .C)(other, version) < 0;
    }));
    if (version !== undefined) {
        const versioned = candidates.flatMap(((release) => {
            const other = taggedVersion(release.tagName)?.version;
            return other === undefined ? [] : [{ release, other }];
        }));
        const newest = versioned.sort(((a, b) => (0,_core_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSemVer */ .C)(b.other, a.other)))[0];
        if (newest !== undefined)
            return newest.release;
    }
    const time = ((release) => release.publishedAt?.getTime() ?? 0);
    return [...candidates].sort(((a, b) => time(b) - time(a)))[0];
});var downgradeReport = (function (check) {
    if (check.previousTag === undefined)
        return ['No trust downgrade: there is no earlier release to compare with.'];
    return [
        `No trust downgrade: compared with ${boundedText(check.previousTag)} (${check.previous ?? ''}); this release: ${check.current}.`,
        ...check.downgrades.map(((downgrade) => `${downgrade.code} (let through by downgrade: warn): ${downgrade.message}`)),
        ...check.unread.map(((unread) => `not compared: ${boundedText(unread, 400)}`)),
    ];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: (() => (/* binding */ previousRelease)),
/* harmony export */   NU: (() => (/* binding */ compareEvidence)),
/* harmony export */   RQ: (() => (/* binding */ describeEvidence))
/* harmony export */ });
/* unused harmony exports workflowOf, downgradeReport */
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _core_semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55227);
/* harmony import */ var _core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9966);



/**
 * The workflow an identity names, without the ref it ran at (`https://github.com/o/r/.github/workflows/release.yml`),
 * cut where {@link workflowRefAt} says the ref starts, since a monorepo's tag holds an `@` of its own
 * (`…/release.yml@refs/tags/pkg@1.2.3`); other identities whole.
 */

// What is read of a release's assets (a certificate's identity, issuer and CA, predicate types, asset
// names) is not verified here and is anyone's who could upload one: it is shown printable and bounded.


/** Each way the signer changed: another workflow, repository or issuer, keyless to key, another Sigstore instance. A new ref of the same workflow is not a change. */

/** The kind of an attestation's predicate type: SLSA provenance of any version, an SBOM of any format and version, or the type itself. */

/** The format of an SBOM asset, from its name. */

/**
 * The ways `current` is weaker than `previous`: a kind of evidence the previous release carried
 * and this one does not (signed checksums, per-artifact signatures, provenance and SBOM
 * attestations, SBOM files, the audit log, signed images, immutability), or a change of who
 * signed it or on which Sigstore instance. What the previous release could not be read for
 * (`previous.unread`) is not compared. Empty when nothing is weaker.
 */

/** Names or types read of a release's assets, for a line: each bounded, at most 10 of them. */

/** What a release's evidence holds, in a few words, for the report. */

/**
 * A tag as a package's version: what precedes the version (`pkg@`, `@scope/pkg@`, `pkg/`,
 * `component-`; empty for `v1.2.3`) and the version; undefined when no version ends the tag.
 */

/**
 * The release this one is compared with: the newest published (non-draft) release other than
 * `tag` whose tag sorts before `tag` as a semantic version when both parse, else the most recently
 * published. Prereleases (GitHub's flag, or a semver prerelease tag) count only when `tag` is one:
 * a final release is held to the previous final release. In a monorepo each package is held to its
 * own releases: a version tag (`pkg@1.2.3`, `pkg/v1.2.3`, `v1.2.3`) is never compared with another
 * package's (`other@2.0.0`), whose evidence is another build's.
 */

/** What was compared and found, as lines: a heading sentence, then each downgrade let through and each part not compared. */



/***/ }),

/***/ 3264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: (() => (/* binding */ PartialStepFailure))
/* harmony export */ });
/**
 * What a step throws when it failed after making something that stays whatever happens next (image
 * signatures attached in a registry): the pipeline keeps `produced` in the run's state, so that the
 * run reports it, and fails with `error`.
 */
class PartialStepFailure extends Error {
    error;
    produced;
    constructor(error, produced) {
        super(error instanceof Error ? error.message : String(error), { cause: error });
        this.error = error;
        this.produced = produced;
        this.name = 'PartialStepFailure';
    }
}


/***/ })

};
