export const id = 1825;
export const ids = [1825];
export const modules = {

/***/ 31825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAuditLogStep: () => (/* binding */ runAuditLogStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/sigstore/sign/index.js + 11 modules
var sign = __webpack_require__(65799);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/release/errors.js
var errors = __webpack_require__(86482);
;// CONCATENATED MODULE: ./lib/release/audit.js


const DIGEST_NAMES = { SHA2_256: 'sha256', SHA2_384: 'sha384', SHA2_512: 'sha512' };
function unreadable(bundle, what) {
    return new errors/* ReleaseError */.K2('RELEASE_BUNDLE_UNREADABLE', `the bundle ${bundle} has no ${what}`, { hint: 'this is a bug in trust-kit: the bundle was written by this run; report it' });
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

// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
;// CONCATENATED MODULE: ./lib/release/steps/audit-log.js








async function bundleJSON(path, name) {
    const text = (await (0,files/* readRegularFile */.XF)(path, { maxBytes: files/* INPUT_LIMITS */.Ef.bundle, what: 'bundle' })).toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ReleaseError */.K2('RELEASE_BUNDLE_UNREADABLE', `the bundle ${name} is not JSON`, { cause: error, hint: 'this is a bug in trust-kit: the bundle was written by this run; report it' });
    }
}
/**
 * Writes the signing audit log, `trust-kit-audit.jsonl`: one line per signature this run made
 * (the checksums file, each artifact's bundle, each attestation). It is written after them, so
 * the checksums file cannot list it: it is signed on its own, into `trust-kit-audit.jsonl.sigstore.json`.
 */
const runAuditLogStep = async ({ ports, session, signature, checksumsPath, artifactBundles, attestations, staging }) => {
    if (session === undefined || signature === undefined)
        return {};
    if (checksumsPath === undefined || staging === undefined)
        throw new Error('audit-log runs after sign');
    // Only the platform's separator becomes /: elsewhere than on Windows a backslash is part of a name.
    const name = (path) => (0,external_node_path_.relative)(staging, path).split(external_node_path_.sep).join('/');
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
                throw new errors/* ReleaseError */.K2('RELEASE_BUNDLE_UNREADABLE', `line ${index + 1} of ${(0,external_node_path_.basename)(attestations.path)} is not JSON`, { cause: error, hint: 'this is a bug in trust-kit: the file was written by this run; report it' });
            }
            signatures.push({ kind: 'attestation', file: (0,external_node_path_.basename)(attestations.path), bundle: (0,external_node_path_.basename)(attestations.path), line: index + 1, json });
        });
    }
    const path = (0,external_node_path_.join)(staging, names/* AUDIT_LOG_FILE */.wL);
    const text = renderAuditLog(signatures, signature.signer, (ports.clock ?? clock/* systemClock */.ml).now());
    await (0,files/* writeFileAtomic */.qD)(path, text);
    const bundlePath = (0,sign.defaultBundlePath)(path);
    const signed = await session.signBlob(Buffer.from(text, 'utf8'), names/* AUDIT_LOG_FILE */.wL);
    await (0,files/* writeFileAtomic */.qD)(bundlePath, signed.text);
    ports.logger.info(`audit log: ${signatures.length} signature${signatures.length === 1 ? '' : 's'} -> ${names/* AUDIT_LOG_FILE */.wL}, signed on its own`);
    return { auditLog: { path, bundlePath }, written: [path, bundlePath] };
};


/***/ })

};
