export const id = 9444;
export const ids = [9444];
export const modules = {

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var counted = (function (count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: (() => (/* binding */ counted))
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */



/***/ }),

/***/ 11246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var releaseAttestationTokens = (async function (config, sign, env) {
    if (config.attest === 'off')
        return undefined;
    const tokens = await (0,provenance/* requestAttestationTokens */.qD)(env, sign.retry, sign.key === undefined);
    if (tokens === undefined && config.attest === 'required')
        throw (0,errors/* provenanceUnavailable */.k)();
    return tokens;
});var sbomPredicate = (async function (path, artifacts, logger) {
    try {
        const bytes = await (0,files/* readRegularFile */.XF)(path, { maxBytes: statement/* MAX_PREDICATE_BYTES */.pB, what: 'SBOM' });
        const statements = Math.ceil(artifacts / statement/* MAX_SUBJECTS_PER_STATEMENT */.$h);
        // The file's length bounds the predicate's (its JSON written compactly): no second serialization of a document of up to 16 MB.
        if (statements * bytes.length > statement/* MAX_STATEMENTS_PREDICATE_BYTES */.AC) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} (${bytes.length} bytes) would be carried by each of the ${statements} statements ${(0,plural/* counted */.h)(artifacts, 'artifact')} take, more than the ${statement/* MAX_STATEMENTS_PREDICATE_BYTES */.AC} bytes one run signs; it is published, but not attested`);
            return undefined;
        }
        return (0,predicates/* predicateFromSbom */.xZ)(bytes, (0,external_node_path_.basename)(path));
    }
    catch (error) {
        // The SBOM is published and covered by the signed checksums either way; GitHub refuses attestations past 16 MB.
        if ((0,core_errors/* isTrustKitError */.Nf)(error) && (error.code === 'FILE_TOO_LARGE' || error.code === 'ATTEST_PREDICATE_TOO_LARGE')) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} is larger than the 16 MB an attestation may hold; it is published, but not attested`);
            return undefined;
        }
        throw error;
    }
});var releasePredicateTypes = (async function (input) {
    const types = input.claims === undefined ? [] : [predicates/* SLSA_PROVENANCE_V1 */.us];
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.artifacts, logger/* silentLogger */.qq);
        if (predicate !== undefined)
            types.push(predicate.predicateType);
    }
    return types;
});var attestRelease = (async function (input) {
    const predicates = [];
    if (input.tokens !== undefined) {
        const run = await (0,context/* readRunContext */.$p)(input.env);
        predicates.push(await (0,provenance/* provenanceFromToken */.xt)(input.tokens.claims, { serverURL: run.serverURL, payload: run.payload, clock: clock/* systemClock */.ml, retry: input.retry, audience: input.tokens.audience, discoveryURL: input.discoveryURL, proxy: (0,proxy.proxySettingsFrom)(input.env) }));
    }
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.artifacts.length, input.logger);
        if (predicate !== undefined)
            predicates.push(predicate);
    }
    if (predicates.length === 0)
        return undefined;
    if (input.artifacts.length === 0)
        throw new errors/* AttestError */.y('ATTEST_NO_SUBJECTS', 'the release has no artifact to attest', { hint: 'name the release artifacts' });
    const statements = predicates.flatMap(((predicate) => (0,statement/* buildStatements */.n5)(input.artifacts, predicate)));
    const attestations = await (0,sign/* signStatements */.Kv)(input.session, statements);
    const path = (0,external_node_path_.join)(input.stagingDir, names/* ATTESTATIONS_FILE */.jn);
    await (0,files/* writeFileAtomic */.qD)(path, (0,sign/* attestationFileText */.kn)(attestations));
    const predicateTypes = predicates.map(((predicate) => predicate.predicateType));
    input.logger.info(`attest: ${(0,plural/* counted */.h)(attestations.length, 'attestation')} (${predicateTypes.join(', ')}) of ${(0,plural/* counted */.h)(input.artifacts.length, 'artifact')} -> ${names/* ATTESTATIONS_FILE */.jn}`);
    return { path, predicateTypes };
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jn: (() => (/* reexport */ names/* ATTESTATIONS_FILE */.jn)),
  bZ: (() => (/* binding */ attestRelease)),
  qR: (() => (/* binding */ releaseAttestationTokens)),
  gl: (() => (/* binding */ releasePredicateTypes))
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/attest/errors.js
var errors = __webpack_require__(98114);
// EXTERNAL MODULE: ./lib/attest/predicates/index.js + 3 modules
var predicates = __webpack_require__(21957);
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







// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
;// CONCATENATED MODULE: ./lib/release/attest.js












/**
 * The token a release's attestations need, requested before the checksums file is signed: keyless
 * from the runner, the Sigstore token (with a copy for the provenance claims), else one for `nobody`;
 * undefined when attestations are off or the job has no token endpoint (then provenance is skipped,
 * or refused when required).
 */

/**
 * An SBOM's attestation predicate, or undefined (said as a warning) when it is not attested: larger
 * than an attestation may hold, or than `artifacts` statements (1,024 subjects each, each carrying
 * the whole SBOM, which lists every artifact) may carry in one run; the SBOM is published and
 * covered by the signed checksums either way. A release of 10,000 artifacts failed there.
 */

/**
 * The predicate types {@link attestRelease} will sign for these inputs, read the way it reads them
 * (provenance when there is a claims token; each SBOM's own type, unless it is too large to attest):
 * what the verification kit requires before the attestations exist.
 */

/**
 * The attest step of a release: SLSA provenance of the artifacts from the verified claims token
 * (when there is one) and an SBOM attestation per SBOM, all signed with the session that signed
 * the checksums file (one certificate), written to `attestations.intoto.jsonl`. Returns the file
 * and the predicate types, or undefined when there was nothing to attest.
 */



/***/ }),

/***/ 79444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var signsWithRunKey = (function (config, env) {
    return config !== undefined && config.ephemeralKeyWithoutToken && (0,oidc.tokenSource)(env) === undefined;
});var trustedRootForm = (function (path, config) {
    let text;
    try {
        text = (0,files/* readRegularFileSync */.cG)(path, { maxBytes: files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'trusted root' }).toString('utf8');
    }
    catch {
        return { jsonLines: false };
    }
    const lines = text.split('\n').filter(((line) => line.trim() !== ''));
    if (lines.length <= 1)
        return { jsonLines: lines.length === 1 && !text.trim().includes('\n') };
    try {
        JSON.parse(text);
        return { jsonLines: false };
    }
    catch {
        const cosignLine = cosignLineSelector(lines, config);
        return { jsonLines: true, ...(cosignLine === undefined ? {} : { cosignLine }) };
    }
});var cosignLineSelector = (function (lines, config) {
    for (const url of [config.fulcioURL, config.tsaURL, config.rekorURL]) {
        if (url === undefined)
            continue;
        const quotedUrl = JSON.stringify(url);
        if (lines.filter(((line) => line.includes(quotedUrl))).length === 1)
            return quotedUrl;
    }
    return undefined;
});var releaseInstance = (function (config, instance, cwd) {
    const custom = config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined || config.signingConfig !== undefined;
    if (custom && config.trustedRoot !== undefined)
        return { private: { trustedRootFile: (0,external_node_path_.basename)(config.trustedRoot), ...trustedRootForm((0,external_node_path_.resolve)(cwd, config.trustedRoot), config) } };
    return instance === 'github' ? 'github' : 'public-good';
});var openReleaseSession = (async function (config, ports, token, key) {
    if (signsWithRunKey(config, ports.env)) {
        // The private key exists only in this process; only its public half is written.
        const key = (0,sign.ephemeralSigningKey)();
        ports.logger.warn(`not a GitHub Actions job, no OIDC token and no --key: signing with a key made for this run (public key ${names/* PUBLIC_KEY_FILE */.vq}), which proves the files belong together but not who made them; releases from GitHub Actions are signed keylessly`);
        const session = (0,sign.createSigningSession)({ backend: { instance: 'key', key }, retry: config.retry });
        // The session signs the artifacts' own bundles and the audit log; a key made for this run proves nothing about who built them, so it attests nothing.
        return { session, opened: { signer: (() => ({ kind: 'key', publicKeyFile: names/* PUBLIC_KEY_FILE */.vq, ephemeral: true })), description: `a key made for this run (hint ${key.hint})`, trust: undefined, publicKeyPem: key.publicKeyPem } };
    }
    const opened = await (0,sign.openSigningSession)(config, { cwd: ports.cwd, env: ports.env, run: await (0,context/* readRunContext */.$p)(ports.env), logger: ports.logger, ...(token === undefined ? {} : { token }), ...(key === undefined ? {} : { key }) });
    if (opened.session === undefined)
        return { signatureSkipped: opened.reason };
    const instance = releaseInstance(config, opened.session.instance, ports.cwd);
    const signer = (() => {
        const current = opened.signer;
        return current.kind === 'key'
            ? { kind: 'key', publicKeyFile: `${(0,external_node_path_.basename)(current.source).replace(/\.key$/, '')}.pub`, ephemeral: false }
            : { kind: 'certificate', identity: current.identity, issuer: current.issuer, instance, repository: current.repository, sourceRef: current.sourceRef, rekorV2: current.rekorV2, unlogged: current.unlogged };
    });
    // Closed only after success: on failure the token stays known to the redactor until the error
    // has been printed, and the exit hooks destroy it.
    return { session: opened.session, closeSession: (() => opened.close()), opened: { signer, description: opened.description, trust: opened.trust } };
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSignStep: (() => (/* binding */ runSignStep)),
  runSigningSessionStep: (() => (/* binding */ runSigningSessionStep))
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/sigstore/sign/index.js + 11 modules
var sign = __webpack_require__(65799);
// EXTERNAL MODULE: ./lib/release/attest.js + 1 modules
var attest = __webpack_require__(11246);
// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
// EXTERNAL MODULE: ./lib/github/oidc.js
var oidc = __webpack_require__(89402);
;// CONCATENATED MODULE: ./lib/release/run-key.js

/**
 * Whether the run signs with a key made for it (a CLI run outside GitHub Actions with no token and
 * no key): each such run writes a public key of its own, `trust-kit.pub`.
 */


;// CONCATENATED MODULE: ./lib/release/steps/sign.js








/**
 * How a private deployment's trusted root file is written: JSON lines (gh's form, which gh reads:
 * more than one line, and not one JSON document) or one document; for JSON lines of more than one
 * root, the text that picks the deployment's line out for cosign, which reads one root (see
 * {@link cosignLineSelector}). A file that cannot be read here is taken as one document; signing
 * reads it again, and fails on it there.
 */

/**
 * The quoted URL of a service this run signed with (Fulcio's, else the TSA's or Rekor's) that
 * exactly one line of the trusted roots names: that line is the deployment's trusted root, which
 * VERIFY.md has `grep -F` give cosign. Undefined when no URL picks one line.
 */

/** Which deployment verifiers need trust for: custom service URLs mean a private deployment, verified with the trusted root signing used. */

/**
 * Opens the session the release signs in, before the checksums file is written: a key made for
 * the run (outside Actions, without a token), the configured key, or keyless with `token`, a
 * Sigstore token already requested with the provenance token. Who will sign is known from here on
 * (the verification kit names it in a file the checksums list).
 */

/** Opens the signing session (verified tokens for the attestations requested in the same intake), before the checksums file is written. */
const runSigningSessionStep = (async ({ config, ports, signingKey }) => {
    const sign = config.sign;
    if (sign === undefined)
        throw new Error('signing-session runs when signing is asked for');
    const tokens = await (0,attest/* releaseAttestationTokens */.qR)(config, sign, ports.env);
    const opened = await openReleaseSession(sign, ports, tokens?.signing, signingKey).catch(((error) => {
        tokens?.claims.secret.destroy();
        throw error;
    }));
    if (opened.session === undefined || opened.closeSession === undefined) {
        tokens?.claims.secret.destroy();
        return opened;
    }
    return { ...opened, ...(tokens === undefined ? {} : { tokens }) };
});
/** Signs the checksums file (verified before it is written) in the session opened before it; the bundle and any public key are written beside it. */
const runSignStep = (async ({ ports, checksumsPath, checksumsBytes, staging, session, opened }) => {
    if (checksumsPath === undefined || checksumsBytes === undefined || staging === undefined)
        throw new Error('sign runs after checksums, when asked for');
    // Signing was skipped (on-missing-token: warn|skip): the session step said why.
    if (session === undefined || opened === undefined)
        return {};
    const bundlePath = (0,sign.defaultBundlePath)(checksumsPath);
    ports.logger.info(`signing ${(0,external_node_path_.basename)(checksumsPath)} with ${opened.description}`);
    // The bytes written, not the file read back: what is signed is what this run listed, whatever happened to the file since.
    await (0,files/* writeFileAtomic */.qD)(bundlePath, (await session.signBlob(checksumsBytes, checksumsPath)).text);
    // Read after signing: a keyless identity the token does not predict comes from the certificate.
    const signature = { bundlePath, signer: opened.signer(), description: opened.description };
    if (opened.publicKeyPem === undefined)
        return { signature, written: [bundlePath] };
    const publicKeyPath = (0,external_node_path_.join)(staging, names/* PUBLIC_KEY_FILE */.vq);
    // Written only once signed, and the bundle taken back if it cannot be: neither is published without the other.
    await (0,files/* writeFileAtomic */.qD)(publicKeyPath, opened.publicKeyPem).catch((async (error) => {
        await (0,promises_.rm)(bundlePath, { force: true });
        throw error;
    }));
    return { signature, written: [bundlePath, publicKeyPath] };
});


/***/ })

};
