export const id = 8101;
export const ids = [8101];
export const modules = {

/***/ 88101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDowngradeStep: () => (/* binding */ runDowngradeStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var core_files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/release/downgrade.js
var release_downgrade = __webpack_require__(33978);
// EXTERNAL MODULE: ./lib/release/errors.js
var release_errors = __webpack_require__(86482);
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
    // A file that went away since the run made or hashed it (another run, a build still writing) is named, not a bare system error.
    const gone = (path) => (error) => {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new release_errors/* ReleaseError */.K2('RELEASE_ARTIFACT_CHANGED', `cannot read ${path}, which this run hashed or made: ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'nothing may move or delete the artifacts or the output directory while a release runs: re-run the job once they are in place',
        });
    };
    const assets = [];
    const pathOf = new Map();
    for (const path of files) {
        assets.push({ name: (0,external_node_path_.basename)(path), size: (await (0,promises_.stat)(path).catch(gone(path))).size });
        pathOf.set((0,external_node_path_.basename)(path), path);
    }
    const contents = new Map();
    for (const read of evidenceReads(assets)) {
        const path = pathOf.get(read.name);
        if (path !== undefined)
            contents.set(read.name, await (0,core_files/* readRegularFile */.XF)(path, { maxBytes: read.maxBytes, what: 'release file' }).catch(gone(path)));
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
const runDowngradeStep = async (state) => {
    const { ports, config, published } = state;
    const target = ports.githubRelease;
    if (target === undefined || published !== true)
        return {};
    const current = await currentEvidence(state);
    const previous = (0,release_downgrade/* previousRelease */.Fi)(await target.releases.listReleases(), target.tag);
    if (previous === undefined) {
        ports.logger.info(`downgrade: no earlier release to compare ${target.tag} with`);
        const downgrade = { previousTag: undefined, previous: undefined, current: (0,release_downgrade/* describeEvidence */.RQ)(current), downgrades: [], unread: [], outcome: 'passed' };
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
    const downgrades = (0,release_downgrade/* compareEvidence */.NU)(before, current);
    const check = { previousTag: previous.tagName, previous: (0,release_downgrade/* describeEvidence */.RQ)(before), current: (0,release_downgrade/* describeEvidence */.RQ)(current), downgrades, unread: before.unread, outcome: downgrades.length === 0 ? 'passed' : 'warned' };
    ports.logger.info(`downgrade: compared ${target.tag} (${check.current}) with ${previous.tagName} (${check.previous})`);
    for (const unread of before.unread)
        ports.logger.warn(`downgrade: not compared, ${unread}`);
    for (const unread of current.unread)
        ports.logger.warn(`downgrade: of this release, ${unread}`);
    if (downgrades.length === 0)
        return { downgrade: check };
    const list = downgrades.map((downgrade) => `  - ${downgrade.code}: ${downgrade.message}`).join('\n');
    if (config.downgrade === 'fail') {
        throw new release_errors/* ReleaseError */.K2('RELEASE_TRUST_DOWNGRADE', `${target.tag} carries weaker evidence than the previous release ${previous.tagName}; nothing was uploaded:\n${list}`, {
            hint: 'restore what each line says is missing; if the change is meant (a new signing workflow, a new instance), publish this release once with downgrade: warn (--downgrade warn), and the next release is compared with this one',
        });
    }
    for (const downgrade of downgrades)
        ports.logger.warn(`downgrade: ${downgrade.code}: ${downgrade.message} (compared with ${previous.tagName}; downgrade: warn lets it pass)`);
    return { downgrade: check };
};


/***/ })

};
