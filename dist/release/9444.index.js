export const id = 9444;
export const ids = [9444];
export const modules = {

/***/ 79444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSignStep: () => (/* binding */ runSignStep),
  runSigningSessionStep: () => (/* binding */ runSigningSessionStep)
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
// EXTERNAL MODULE: ./lib/release/attest.js + 11 modules
var attest = __webpack_require__(73149);
// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
// EXTERNAL MODULE: ./lib/github/oidc.js
var oidc = __webpack_require__(89402);
;// CONCATENATED MODULE: ./lib/release/run-key.js

/**
 * Whether the run signs with a key made for it (a CLI run outside GitHub Actions with no token and
 * no key): each such run writes a public key of its own, `trust-kit.pub`.
 */
function signsWithRunKey(config, env) {
    return config !== undefined && config.ephemeralKeyWithoutToken && (0,oidc.tokenSource)(env) === undefined;
}

;// CONCATENATED MODULE: ./lib/release/steps/sign.js








/**
 * How a private deployment's trusted root file is written: JSON lines (gh's form, which gh reads:
 * more than one line, and not one JSON document) or one document; for JSON lines of more than one
 * root, the text that picks the deployment's line out for cosign, which reads one root (see
 * {@link cosignLineSelector}). A file that cannot be read here is taken as one document; signing
 * reads it again, and fails on it there.
 */
function trustedRootForm(path, config) {
    let text;
    try {
        text = (0,files/* readRegularFileSync */.cG)(path, { maxBytes: files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'trusted root' }).toString('utf8');
    }
    catch {
        return { jsonLines: false };
    }
    const lines = text.split('\n').filter((line) => line.trim() !== '');
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
}
/**
 * The quoted URL of a service this run signed with (Fulcio's, else the TSA's or Rekor's) that
 * exactly one line of the trusted roots names: that line is the deployment's trusted root, which
 * VERIFY.md has `grep -F` give cosign. Undefined when no URL picks one line.
 */
function cosignLineSelector(lines, config) {
    for (const url of [config.fulcioURL, config.tsaURL, config.rekorURL]) {
        if (url === undefined)
            continue;
        const quotedUrl = JSON.stringify(url);
        if (lines.filter((line) => line.includes(quotedUrl)).length === 1)
            return quotedUrl;
    }
    return undefined;
}
/** Which deployment verifiers need trust for: custom service URLs mean a private deployment, verified with the trusted root signing used. */
function releaseInstance(config, instance, cwd) {
    const custom = config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined || config.signingConfig !== undefined;
    if (custom && config.trustedRoot !== undefined)
        return { private: { trustedRootFile: (0,external_node_path_.basename)(config.trustedRoot), ...trustedRootForm((0,external_node_path_.resolve)(cwd, config.trustedRoot), config) } };
    return instance === 'github' ? 'github' : 'public-good';
}
/**
 * Opens the session the release signs in, before the checksums file is written: a key made for
 * the run (outside Actions, without a token), the configured key, or keyless with `token`, a
 * Sigstore token already requested with the provenance token. Who will sign is known from here on
 * (the verification kit names it in a file the checksums list).
 */
async function openReleaseSession(config, ports, token, key) {
    if (signsWithRunKey(config, ports.env)) {
        // The private key exists only in this process; only its public half is written.
        const key = (0,sign.ephemeralSigningKey)();
        ports.logger.warn(`not a GitHub Actions job, no OIDC token and no --key: signing with a key made for this run (public key ${names/* PUBLIC_KEY_FILE */.vq}), which proves the files belong together but not who made them; releases from GitHub Actions are signed keylessly`);
        const session = (0,sign.createSigningSession)({ backend: { instance: 'key', key }, retry: config.retry });
        // The session signs the artifacts' own bundles and the audit log; a key made for this run proves nothing about who built them, so it attests nothing.
        return { session, opened: { signer: () => ({ kind: 'key', publicKeyFile: names/* PUBLIC_KEY_FILE */.vq, ephemeral: true }), description: `a key made for this run (hint ${key.hint})`, trust: undefined, publicKeyPem: key.publicKeyPem } };
    }
    const opened = await (0,sign.openSigningSession)(config, { cwd: ports.cwd, env: ports.env, run: await (0,context/* readRunContext */.$p)(ports.env), logger: ports.logger, ...(token === undefined ? {} : { token }), ...(key === undefined ? {} : { key }) });
    if (opened.session === undefined)
        return { signatureSkipped: opened.reason };
    const instance = releaseInstance(config, opened.session.instance, ports.cwd);
    const signer = () => {
        const current = opened.signer;
        return current.kind === 'key'
            ? { kind: 'key', publicKeyFile: `${(0,external_node_path_.basename)(current.source).replace(/\.key$/, '')}.pub`, ephemeral: false }
            : { kind: 'certificate', identity: current.identity, issuer: current.issuer, instance, repository: current.repository, sourceRef: current.sourceRef, rekorV2: current.rekorV2, unlogged: current.unlogged };
    };
    // Closed only after success: on failure the token stays known to the redactor until the error
    // has been printed, and the exit hooks destroy it.
    return { session: opened.session, closeSession: () => opened.close(), opened: { signer, description: opened.description, trust: opened.trust } };
}
/** Opens the signing session (verified tokens for the attestations requested in the same intake), before the checksums file is written. */
const runSigningSessionStep = async ({ config, ports, signingKey }) => {
    const sign = config.sign;
    if (sign === undefined)
        throw new Error('signing-session runs when signing is asked for');
    const tokens = await (0,attest/* releaseAttestationTokens */.qR)(config, sign, ports.env);
    const opened = await openReleaseSession(sign, ports, tokens?.signing, signingKey).catch((error) => {
        tokens?.claims.secret.destroy();
        throw error;
    });
    if (opened.session === undefined || opened.closeSession === undefined) {
        tokens?.claims.secret.destroy();
        return opened;
    }
    return { ...opened, ...(tokens === undefined ? {} : { tokens }) };
};
/** Signs the checksums file (verified before it is written) in the session opened before it; the bundle and any public key are written beside it. */
const runSignStep = async ({ ports, checksumsPath, checksumsBytes, staging, session, opened }) => {
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
    await (0,files/* writeFileAtomic */.qD)(publicKeyPath, opened.publicKeyPem).catch(async (error) => {
        await (0,promises_.rm)(bundlePath, { force: true });
        throw error;
    });
    return { signature, written: [bundlePath, publicKeyPath] };
};


/***/ })

};
