export const id = 1193;
export const ids = [1193,6327,2558];
export const modules = {

/***/ 98294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var registryUsernameProblem = (function (username, env) {
    if (username.includes(':'))
        return 'holds a colon, which HTTP Basic authentication cannot carry in a user name (it separates the name from the password)';
    // eslint-disable-next-line no-control-regex -- what a header cannot carry
    if (/[\u0000-\u001f\u007f]/.test(username))
        return 'holds a control character, which an Authorization header cannot carry';
    return _images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL in env ? undefined : `needs the password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL}`;
});var readImageArguments = (function (reader, images, input, env) {
    const username = reader.string('registry-username');
    const problem = username === undefined ? undefined : registryUsernameProblem(username, env);
    if (problem !== undefined)
        reader.report('registry-username', problem);
    const references = [];
    for (const image of images) {
        try {
            references.push((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(image));
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustKitError */ .Nf)(error))
                throw error;
            reader.report(input, error.message);
        }
    }
    return references;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: (() => (/* binding */ readImageArguments)),
/* harmony export */   CA: (() => (/* reexport safe */ _images_registry_js__WEBPACK_IMPORTED_MODULE_1__.CA)),
/* harmony export */   Qn: (() => (/* reexport safe */ _images_registry_js__WEBPACK_IMPORTED_MODULE_1__.Qn)),
/* harmony export */   dS: (() => (/* binding */ registryUsernameProblem)),
/* harmony export */   im: (() => (/* binding */ REGISTRY_HELP)),
/* harmony export */   zc: (() => (/* binding */ REGISTRY_OPTIONS))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _images_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34703);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49103);




/** The registry flags of the image commands, named as cosign names them. */
const REGISTRY_OPTIONS = {
    'registry-username': { type: 'string' },
    'allow-http-registry': { type: 'boolean' },
    'allow-insecure-registry': { type: 'boolean' },
};
/** The help lines of {@link REGISTRY_OPTIONS} and where credentials come from. */
const REGISTRY_HELP = `Registry credentials, the first that has some for a registry: --registry-username with the
password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL} (for the registries of the IMAGEs), GITHUB_TOKEN for
ghcr.io, docker's config.json ($DOCKER_CONFIG or ~/.docker: auths, credsStore, credHelpers).
      --registry-username USER    log in to the IMAGEs' registries as USER (password: ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL})
      --allow-http-registry       reach registries over plain HTTP (testing only)
      --allow-insecure-registry   accept any TLS certificate from registries (testing only)`;
/**
 * What is wrong with a registry user name, if anything: HTTP Basic authentication (RFC 7617)
 * joins it to the password with a colon, so a name holding one logs in as someone else, or as no one.
 */

/** Parses IMAGE arguments, reporting each bad one against `input`; checks --registry-username (see {@link registryUsernameProblem}). */



/***/ }),

/***/ 25576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var discoverImageBundles = (async function (client, image, options = {}) {
    const repository = { registry: image.registry, repository: image.repository };
    const listed = await client.referrers(image, oci/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib);
    const discovered = { via: listed.via, referrers: [], legacySignatures: [], legacyAttestations: [], unreadable: [...listed.unresolved] };
    const maxTotalBytes = options.maxTotalBytes ?? MAX_IMAGE_BUNDLE_BYTES;
    let total = 0;
    /** Reads a blob (of the size its descriptor declares) within what is left of the image's budget. */
    const read = (async (layer, maxBytes) => {
        const left = maxTotalBytes - total;
        const overBudget = (() => new oci/* OciError */.Mf('OCI_TOO_LARGE', `not read: it would take the bundles read for ${(0,oci/* formatImageReference */.my)(image)} past ${maxTotalBytes} bytes in all (${total} read before it)`, {
            hint: 'the image has more (or larger) signatures and attestations attached than a verifier reads; remove stale ones',
        }));
        if (layer.size > left)
            throw overBudget();
        let bytes;
        try {
            bytes = await client.readBlob(repository, layer.digest, Math.min(maxBytes, left));
        }
        catch (error) {
            // The blob is larger than its descriptor said: past the budget, that is what to report.
            if (left < maxBytes && (0,errors/* isTrustKitError */.Nf)(error) && error.code === 'OCI_TOO_LARGE')
                throw overBudget();
            throw error;
        }
        total += bytes.length;
        return bytes;
    });
    // A listing (the tag schema's index is anyone's to write) may repeat a referrer: read once, repeats cannot crowd the others out.
    const descriptors = (0,oci/* newestFirst */.ll)([...new Map(listed.descriptors.map(((descriptor) => [descriptor.digest, descriptor]))).values()]);
    if (descriptors.length > MAX_IMAGE_BUNDLES)
        discovered.unreadable.push({ source: (0,oci/* formatImageReference */.my)(image), reason: `${descriptors.length} bundle referrers; only the newest ${MAX_IMAGE_BUNDLES} were read` });
    for (const descriptor of descriptors.slice(0, MAX_IMAGE_BUNDLES)) {
        const source = `referrer ${descriptor.digest}`;
        try {
            const fetched = await client.getManifest((0,oci/* withDigest */.hQ)(repository, descriptor.digest));
            if (fetched.manifest.kind !== 'image')
                throw new sigstore_verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', 'is an index, not a bundle manifest');
            const layer = fetched.manifest.manifest.layers.find(((entry) => entry.mediaType === oci/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib));
            if (layer === undefined)
                throw new sigstore_verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', `has no ${oci/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib} layer`);
            const bytes = await read(layer, files/* INPUT_LIMITS */.Ef.bundle);
            discovered.referrers.push({ json: parseJsonObject(bytes), line: undefined, source, claimedType: fetched.manifest.manifest.annotations?.[oci/* BUNDLE_PREDICATE_TYPE_ANNOTATION */.Sy] });
        }
        catch (error) {
            if (!(0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            discovered.unreadable.push({ source, reason: `${error.code}: ${error.message}` });
        }
    }
    for (const layer of await legacyLayers(client, repository, (0,oci/* legacySignatureTag */.eG)(image.digest), oci/* SIMPLE_SIGNING_MEDIA_TYPE */.$r, discovered)) {
        try {
            const payload = await read(layer, MAX_PAYLOAD_BYTES);
            discovered.legacySignatures.push({ json: legacyBundle(payload, layer.annotations ?? {}), line: undefined, source: layer.source, claimedType: oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4, payload });
        }
        catch (error) {
            if (!(0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            discovered.unreadable.push({ source: layer.source, reason: `${error.code}: ${error.message}` });
        }
    }
    for (const layer of await legacyLayers(client, repository, (0,oci/* legacyAttestationTag */.ag)(image.digest), oci/* DSSE_ENVELOPE_MEDIA_TYPE */.Nr, discovered)) {
        try {
            const envelope = parseJsonObject(await read(layer, files/* INPUT_LIMITS */.Ef.bundle));
            const { messageSignature: _none, ...material } = legacyBundle(Buffer.alloc(0), { ...layer.annotations, [oci/* LEGACY_ANNOTATIONS */.$2.signature]: '' });
            discovered.legacyAttestations.push({ json: { ...material, dsseEnvelope: envelope }, line: undefined, source: layer.source, claimedType: layer.annotations?.predicateType });
        }
        catch (error) {
            if (!(0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            discovered.unreadable.push({ source: layer.source, reason: `${error.code}: ${error.message}` });
        }
    }
    return discovered;
});var legacyLayers = (async function (client, repository, tag, mediaType, discovered) {
    let layers;
    try {
        const fetched = await client.getManifest({ ...repository, tag });
        layers = fetched.manifest.kind === 'image' ? fetched.manifest.manifest.layers : [];
    }
    catch (error) {
        if (!(0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        // Anyone who may push to the repository may write this tag: what it holds is one source among others, not the whole answer.
        if (error.code !== 'OCI_NOT_FOUND')
            discovered.unreadable.push({ source: tag, reason: `${error.code}: ${error.message}` });
        return [];
    }
    // cosign appends each new signature as a layer: past the bound, the newest (last) are read, as an image re-signed often is verified by its latest.
    const skipped = Math.max(0, layers.length - MAX_IMAGE_BUNDLES);
    if (skipped > 0)
        discovered.unreadable.push({ source: tag, reason: `${layers.length} layers; only the newest (last) ${MAX_IMAGE_BUNDLES} were read` });
    return layers.slice(skipped).flatMap(((layer, index) => (layer.mediaType === mediaType ? [{ digest: layer.digest, size: layer.size, annotations: layer.annotations, source: `${tag} layer ${skipped + index + 1}` }] : [])));
});var parseJsonObject = (function (bytes) {
    const text = bytes.toString('utf8');
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        // V8 quotes the bytes around the fault, and these are the registry's: they are put on one printable line.
        throw new sigstore_verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', `is not JSON: ${(0,logger/* printable */.g$)(error instanceof Error ? error.message : String(error))}`, { cause: error });
    }
    // As for bundle files: JSON.parse keeps the last of two equal keys, other readers the first or neither (protobuf's JSON reader, cosign's, refuses them).
    const fault = (0,core_json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        throw new sigstore_verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', (0,core_json/* describeJsonFault */.at)(fault), { hint: core_json/* JSON_FAULT_HINT */.y0 });
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw new sigstore_verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', 'is not a JSON object (a Sigstore bundle)');
    return json;
});var legacyBundle = (function (payload, annotations) {
    const signature = annotations[oci/* LEGACY_ANNOTATIONS */.$2.signature];
    if (signature === undefined)
        throw new sigstore_verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', `has no ${oci/* LEGACY_ANNOTATIONS */.$2.signature} annotation`);
    const certificate = annotations[oci/* LEGACY_ANNOTATIONS */.$2.certificate];
    const material = {};
    if (certificate !== undefined) {
        const der = certificate.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
        material.x509CertificateChain = { certificates: [{ rawBytes: der }] };
    }
    else {
        // No certificate: signed with a key (cosign sign --key), which the verifier's --key policy names; cosign's layer carries no hint of it.
        material.publicKey = { hint: '' };
    }
    const rekor = annotations[oci/* LEGACY_ANNOTATIONS */.$2.bundle];
    if (rekor !== undefined) {
        const parsed = parseJsonObject(Buffer.from(rekor, 'utf8'));
        // Go reads a null number as zero and cosign accepts it; earlier trust-kit builds wrote null for a log's first index.
        const entry = parsed.Payload === undefined ? undefined : { ...parsed.Payload, logIndex: parsed.Payload.logIndex ?? 0, integratedTime: parsed.Payload.integratedTime ?? 0 };
        if (typeof parsed.SignedEntryTimestamp !== 'string' || typeof entry?.body !== 'string' || typeof entry.logID !== 'string' || !/^[0-9a-f]{1,128}$/.test(entry.logID) || !Number.isSafeInteger(entry.integratedTime) || !Number.isSafeInteger(entry.logIndex)) {
            throw new sigstore_verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', `has a ${oci/* LEGACY_ANNOTATIONS */.$2.bundle} annotation that is not cosign's Rekor bundle`);
        }
        const kind = parseJsonObject(Buffer.from(entry.body, 'base64'));
        material.tlogEntries = [
            {
                logIndex: String(entry.logIndex),
                logId: { keyId: Buffer.from(entry.logID, 'hex').toString('base64') },
                kindVersion: { kind: String(kind.kind), version: String(kind.apiVersion) },
                integratedTime: String(entry.integratedTime),
                inclusionPromise: { signedEntryTimestamp: parsed.SignedEntryTimestamp },
                canonicalizedBody: entry.body,
            },
        ];
    }
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: material,
        messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('base64') }, signature },
    };
});var verifyImageBundles = (function (options) {
    const { image, discovered } = options;
    const shown = (0,oci/* formatImageReference */.my)(image);
    const hex = image.digest.slice('sha256:'.length);
    const verified = [];
    // cosign's signature predicate type asked for as an attestation is the signature: dropped from the attestations, it would leave nothing checked.
    const signature = options.signature || options.predicateTypes.includes(oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4);
    const wanted = [...(signature ? [oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4] : []), ...new Set(options.predicateTypes.filter(((type) => type !== oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4)))];
    if (wanted.length === 0)
        throw new images_errors/* ImagesError */.x('IMAGES_INTERNAL', `nothing was asked of ${shown}: neither a signature nor an attestation`, { hint: 'this is a bug in trust-kit: please report it' });
    for (const predicateType of wanted) {
        const attached = predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? discovered.referrers : [...discovered.referrers, ...discovered.legacyAttestations.map(((bundle) => keyDecides(bundle, options.policy)))];
        const candidates = attached.filter(((bundle) => bundle.claimedType === undefined || bundle.claimedType === predicateType));
        let failure;
        if (candidates.length > 0) {
            try {
                const attestation = (0,sigstore_verify_attestation/* verifyAttestation */.oe)({ bundles: candidates, artifact: { sha256: hex }, policy: options.policy, trust: options.trust, predicateType, source: `the referrers of ${shown}` });
                verified.push({ predicateType, source: candidates[attestation.bundleIndex]?.source ?? '', attestation, signature: attestation.signature });
                continue;
            }
            catch (error) {
                if (!(error instanceof sigstore_verify/* VerifyError */.Gz))
                    throw error;
                failure = error;
            }
        }
        if (predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4) {
            const legacy = verifyLegacySignatures(discovered.legacySignatures, image, options.policy, options.trust);
            if ('signature' in legacy) {
                verified.push({ predicateType, source: legacy.source, attestation: undefined, signature: legacy.signature });
                continue;
            }
            failure ??= legacy.failure;
        }
        if (failure !== undefined)
            throw withUnread(failure, discovered);
        const where = discovered.via === 'api' ? 'referrers API' : 'referrers tag';
        const what = predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? 'no signature' : `no attestation of type ${JSON.stringify(predicateType)}`;
        throw new images_errors/* ImagesError */.x('VERIFY_IMAGE_UNSIGNED', `${shown} has ${what}: ${discovered.referrers.length} bundle referrer(s) (${where}), ${discovered.legacySignatures.length} cosign 2 signature(s), ${discovered.legacyAttestations.length} cosign 2 attestation(s)${discovered.unreadable.length === 0 ? '' : `, ${discovered.unreadable.length} unreadable (${discovered.unreadable[0]?.source}: ${discovered.unreadable[0]?.reason.slice(0, 300)})`}`, {
            hint: predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? 'sign it with `trust-kit sign-image` or `cosign sign`' : 'attest it with `trust-kit attest-image` or `cosign attest`',
        });
    }
    return verified;
});var withUnread = (function (failure, discovered) {
    if (!(failure instanceof sigstore_verify/* VerifyError */.Gz) || discovered.unreadable.length === 0)
        return failure;
    const [first] = discovered.unreadable;
    return new sigstore_verify/* VerifyError */.Gz(failure.code, `${failure.message}; ${discovered.unreadable.length === 1 ? 'one more source of bundles was' : `${discovered.unreadable.length} more sources of bundles were`} not read (${first?.source ?? ''}: ${first?.reason.slice(0, 300) ?? ''})`, {
        hint: `none of the bundles read verified, and one not read might: ${failure.hint ?? ''}; an image carrying more signatures than a verifier reads can be cleared of the stale ones with the registry's own tools (cosign clean)`,
        cause: failure,
    });
});var keyDecides = (function (bundle, policy) {
    const json = bundle.json;
    if (policy.kind !== 'key' || json.verificationMaterial?.x509CertificateChain === undefined)
        return bundle;
    const { x509CertificateChain: _certificate, ...material } = json.verificationMaterial;
    return { ...bundle, json: { ...json, verificationMaterial: { ...material, publicKey: { hint: '' } } } };
});var verifyLegacySignatures = (function (signatures, image, policy, trust) {
    let failure;
    for (const candidate of signatures) {
        try {
            const payload = candidate.payload ?? Buffer.alloc(0);
            const signature = (0,sigstore_verify/* verifyBundle */.IF)(keyDecides(candidate, policy).json, { bytes: payload }, policy, trust);
            // The signature covers the payload; the payload must name this image's digest, as cosign checks, and be of cosign's type, as
            // sigstore's payload reader and containers/image's sigstore verifier check: the GPG simple-signing "atomic container signature"
            // has this layout with other semantics (its docker-reference is part of the claim).
            const critical = parseJsonObject(payload).critical;
            if (critical?.type !== oci/* COSIGN_SIGNATURE_TYPE */.ED) {
                throw new sigstore_verify/* VerifyError */.Gz('VERIFY_BUNDLE_UNSUPPORTED', `its signed payload is a ${(0,quote/* quoted */.TL)(typeof critical?.type === 'string' ? critical.type : String(critical?.type), 100)} signature, not a ${oci/* COSIGN_SIGNATURE_TYPE */.ED}`, {
                    hint: 'a .sig layer holds cosign image signatures; a payload of another kind is no signature of this image: check who attached it',
                });
            }
            const claimed = critical.image?.['docker-manifest-digest'];
            // Said of the payload (the source is named once, below); the hint is an image signature's, not an attestation's.
            if (claimed !== image.digest) {
                throw new sigstore_verify/* VerifyError */.Gz('VERIFY_SUBJECT_MISMATCH', `its signed payload names the image ${JSON.stringify(String(claimed).slice(0, 100))}, not ${image.digest}`, {
                    hint: 'this signature was made for another image and attached to this one (a replayed .sig): it does not vouch for this image',
                });
            }
            return { signature, source: candidate.source };
        }
        catch (error) {
            if (!(error instanceof sigstore_verify/* VerifyError */.Gz))
                throw error;
            failure ??= new sigstore_verify/* VerifyError */.Gz(error.code, `${candidate.source}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
        }
    }
    return { failure };
});var imageTrust = (async function (discovered, load) {
    const byInstance = new Map();
    for (const bundle of [...discovered.referrers, ...discovered.legacySignatures, ...discovered.legacyAttestations]) {
        const instance = (0,verify_files/* certificateInstance */.bq)(bundle.json);
        if (!byInstance.has(instance))
            byInstance.set(instance, bundle.json);
    }
    if (byInstance.size <= 1)
        return load([...byInstance.values()][0]);
    const loaded = [];
    for (const bundle of byInstance.values()) {
        const trust = await load(bundle);
        if (trust !== undefined)
            loaded.push(trust);
    }
    return new sigstore_verify/* TrustMaterial */.GG(loaded.flatMap(((trust) => trust.roots)));
});var describeImageBundle = (function (entry) {
    const head = entry.predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? `signature (${entry.source})` : `attestation ${(0,verify_blob.shown)(entry.predicateType)} (${entry.source})`;
    return [`- ${head}`, ...(entry.attestation === undefined || entry.predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? [] : (0,commands_verify_attestation.describeAttestation)(entry.attestation).slice(1)), ...(0,verify_blob.describeVerified)(entry.signature)];
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyImageCommand: (() => (/* binding */ verifyImageCommand))
});

// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/config/verify-attestation.js
var verify_attestation = __webpack_require__(73598);
// EXTERNAL MODULE: ./lib/config/verify.js
var verify = __webpack_require__(40409);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/json.js
var core_json = __webpack_require__(3085);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
// EXTERNAL MODULE: ./lib/oci/index.js + 6 modules
var oci = __webpack_require__(49103);
// EXTERNAL MODULE: ./lib/sigstore/verify/attestation.js
var sigstore_verify_attestation = __webpack_require__(44444);
// EXTERNAL MODULE: ./lib/sigstore/verify/files.js
var verify_files = __webpack_require__(92701);
// EXTERNAL MODULE: ./lib/sigstore/verify/index.js
var sigstore_verify = __webpack_require__(54418);
// EXTERNAL MODULE: ./lib/images/errors.js
var images_errors = __webpack_require__(97547);
;// CONCATENATED MODULE: ./lib/images/verify.js











/** The most referrers (and cosign 2 signature layers) read for one image: a registry is not trusted to bound them. */
const MAX_IMAGE_BUNDLES = 64;
/** The largest simple-signing payload read (cosign's are a few hundred bytes). */
const MAX_PAYLOAD_BYTES = 64 * 1024;
/**
 * The most bytes of bundles and payloads read for one image in all: four bundles of the largest
 * size (GitHub's 16 MB predicate, base64-encoded), far more than an image's signatures and SBOM
 * attestations hold. Each is bounded on its own too; without this, 64 referrers and 64 `.att`
 * layers of the largest would hold gigabytes in memory.
 */
const MAX_IMAGE_BUNDLE_BYTES = 4 * files/* INPUT_LIMITS */.Ef.bundle;
/**
 * Reads every Sigstore bundle attached to an image, from the registry (never a copy): cosign 3's
 * referrers (OCI 1.1 referrers API, or the `sha256-<hex>` tag fallback), and cosign 2's
 * `sha256-<hex>.sig` layers turned back into v0.1 message-signature bundles and
 * `sha256-<hex>.att` layers into v0.1 DSSE bundles. At most
 * {@link MAX_IMAGE_BUNDLES} of each, each bundle at most the size a bundle file may have, and
 * `maxTotalBytes` ({@link MAX_IMAGE_BUNDLE_BYTES}) in all: what is past it is recorded as unreadable.
 */

/** The layers of one media type of a cosign 2 tag (`.sig` or `.att`), at most {@link MAX_IMAGE_BUNDLES}; none when the tag does not exist or cannot be read (recorded as unreadable). */


/**
 * A cosign 2 signature layer as a Sigstore v0.1 bundle: a message signature over the payload, the
 * certificate annotation as the chain (or, without one, a public key the policy names), and
 * cosign's `bundle` annotation (signed entry timestamp and canonical Rekor body) as a log entry
 * with an inclusion promise. What is missing stays missing, so verification says what the
 * signature lacks.
 */

/**
 * Verifies what was asked for of an image: a signature (cosign 3's signed statement, or a cosign 2
 * simple-signing signature over this digest) when `signature`, and an attestation of each of
 * `predicateTypes`. Each is satisfied by the first bundle that verifies under the policy; when none
 * does, the failure of the first candidate is thrown (VERIFY_IMAGE_UNSIGNED when there is none).
 */

/**
 * A failure that also says what was attached but not read (past a bound, or unreadable): a
 * signature among those may verify, so "the bundle or the artifact was altered" alone would be untrue.
 */

/**
 * A cosign 2 layer as verified under a key policy: cosign, given `--key`, checks a `.sig` or `.att`
 * layer's signature with that key and ignores a certificate the layer carries (`cosign sign --key
 * --certificate` attaches the key's certificate from a private CA), so the key decides here too;
 * read as keyless, the layer would be refused for its certificate. The certificate vouches for
 * nothing either way: the signature must verify with the key given. Referrer bundles are left as
 * they are: cosign refuses a key-signed bundle carrying a certificate ("expected key signature").
 */

/** The first cosign 2 signature whose payload names this digest and whose bundle verifies, or the first failure. */

/**
 * The trust to verify an image's bundles with, when none is given: the trusted root of each
 * Sigstore instance whose certificates the bundles carry (`load` fetches one instance's, for a
 * bundle of it), as `gh attestation verify` trusts both. One image may carry a public-good
 * signature beside GitHub's provenance, and anyone who may push a referrer may put a bundle naming
 * either instance first: the first bundle's instance alone would fail the others.
 */


// EXTERNAL MODULE: ./lib/cli/logger.js
var cli_logger = __webpack_require__(27444);
// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/commands/verify-attestation.js
var commands_verify_attestation = __webpack_require__(81835);
// EXTERNAL MODULE: ./lib/cli/commands/verify-blob.js
var verify_blob = __webpack_require__(95110);
// EXTERNAL MODULE: ./lib/cli/commands/registry.js
var registry = __webpack_require__(98294);
;// CONCATENATED MODULE: ./lib/cli/commands/verify-image.js














/** `trust-kit verify-image`: verify the signatures and attestations a registry holds for an image, as `cosign verify` and `cosign verify-attestation` do. */
const verifyImageCommand = {
    usage: 'trust-kit verify-image IMAGE [--predicate-type URI]... [--no-signature] (--certificate-identity ID --certificate-oidc-issuer URL | --repo OWNER/NAME | --signer-workflow W | --key PUB.pem [--insecure-ignore-tlog])\n         [--trusted-root FILE] [--format text|json] [registry flags]',
    help: `Resolves IMAGE (a tag once, to the digest it names now) and reads what the registry holds for
that digest: Sigstore bundles attached as OCI 1.1 referrers (the referrers API, or the sha256-<hex>
referrers tag on registries without it; cosign 3 and trust-kit write these) and cosign 2's
sha256-<hex>.sig signatures and sha256-<hex>.att attestations. Then verifies, offline against
the trusted root, a signature of the image (cosign 3's signed statement or a cosign 2
signature) unless --no-signature, and an attestation of each --predicate-type, each by the
signer the policy names. Prints what it found.

      --predicate-type URI               also require an attestation of this predicate type
                                         (repeatable), e.g. https://slsa.dev/provenance/v1
      --no-signature                     require only the attestations, not a signature
      --owner OWNER, --source-digest SHA, --deny-self-hosted-runners
                                         as \`trust-kit verify-attestation\`

${verify_blob.VERIFY_HELP}

${registry/* REGISTRY_HELP */.im}

Exit codes: 0 verified, 1 unreadable input or registry failure, 2 usage error, 3 verification
failed or nothing attached (VERIFY_*; an image with no attestation announced as the type asked
for is 3 too, VERIFY_IMAGE_UNSIGNED), 4 valid signature by another signer (VERIFY_POLICY_*),
5 no statement about this digest, 6 a statement of another predicate type, 7 another signer
workflow, 8 another repository or owner, 9 a self-hosted runner with --deny-self-hosted-runners.`,
    options: {
        ...verify_blob.VERIFY_OPTIONS,
        ...registry/* REGISTRY_OPTIONS */.zc,
        'predicate-type': { type: 'string', multiple: true },
        signature: { type: 'boolean' },
        owner: { type: 'string' },
        'source-digest': { type: 'string' },
        'deny-self-hosted-runners': { type: 'boolean' },
    },
    reportsFlagIssues: true,
    async run(args, context) {
        const output = (0,verify_blob.outputFormat)(args.values);
        const nameOf = (0,inputs/* cliNamer */.qy)({ subject: 'IMAGE' });
        const predicateTypes = (args.values['predicate-type'] ?? []);
        const reader = new inputs/* InputReader */.i_(args.values, nameOf);
        // Reported with the other inputs' problems, not instead of them.
        if (args.positionals.length !== 1)
            reader.report('subject', `is one image, got ${args.positionals.length}`);
        const image = args.positionals[0] ?? '';
        for (const type of predicateTypes) {
            const problem = (0,verify_attestation/* predicateTypeProblem */.xe)(type);
            if (problem !== undefined)
                reader.report('predicate-type', problem);
        }
        const signature = args.values.signature !== false;
        if (!signature && predicateTypes.length === 0)
            reader.report('signature', 'leaves nothing to verify: name an attestation with --predicate-type');
        if (args.values.bundle !== undefined)
            reader.report('bundle', 'is not used: verify-image reads the bundles attached to the image in its registry');
        const references = (0,registry/* readImageArguments */.As)(reader, args.positionals.slice(0, 1), 'subject', context.env);
        (0,inputs/* withEarlierIssues */.ZB)([...args.issues, ...output.issues], (() => reader.finish()));
        // The bundles are the image's: the policy config names the image where a file command names its bundle file.
        await (0,verify/* loadPatternsOf */.BT)(args.values);
        const config = (0,verify_attestation/* attestationVerifyConfig */.aN)({ ...args.values, bundle: image, 'predicate-type': oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 }, nameOf);
        const policy = (0,sigstore_verify_attestation/* attestationPolicy */.NR)(await (0,verify_files/* resolvePolicy */.nZ)(config.policy, context.cwd), config, config.identityOrigin);
        const client = await (0,registry/* registryClientFor */.CA)(args.values, context.env, references);
        try {
            const resolved = await client.resolve(references[0]);
            const pinned = resolved.reference;
            if (!pinned.digest.startsWith('sha256:'))
                throw new errors/* TrustKitError */.T0('CLI_USAGE', `${(0,oci/* formatImageReference */.my)(pinned)} is not a sha256 digest; images are verified by their sha256 digest`, { hint: 'name the image by tag or by its sha256 digest' });
            const discovered = await discoverImageBundles(client, pinned);
            const all = [...discovered.referrers, ...discovered.legacySignatures, ...discovered.legacyAttestations];
            const sources = (0,verify_files/* trustSourcesFrom */.zl)(context.env, (0,cli_logger/* stderrLogger */.D)(context.stderr));
            // A --trusted-root file (or a key) is the trust, whatever the bundles; else each instance the bundles name is loaded.
            const trust = config.trustedRoot !== undefined || config.policy.kind === 'key' ? await (0,verify_files/* resolveTrust */.vO)(config, context.cwd, undefined, sources) : await imageTrust(discovered, ((bundle) => (0,verify_files/* resolveTrust */.vO)(config, context.cwd, bundle, sources)));
            const verified = verifyImageBundles({ image: pinned, discovered, policy, trust, signature, predicateTypes });
            const shown = (0,oci/* formatImageReference */.my)(pinned);
            if (output.json) {
                context.stdout.write(`${(0,quote/* jsonOutput */.W3)({
                    image,
                    reference: shown,
                    digest: pinned.digest,
                    discovery: discovered.via === 'api' ? 'referrers-api' : 'referrers-tag',
                    found: all.map(((bundle) => ({ source: bundle.source, claimedPredicateType: bundle.claimedType ?? null }))),
                    unreadable: discovered.unreadable,
                    verified: verified.map(((entry) => ({ predicateType: entry.predicateType, source: entry.source, statement: entry.attestation?.statement ?? null, provenance: entry.attestation?.provenance ?? null, signature: entry.signature }))),
                }, 2)}\n`);
            }
            else {
                const lines = [`Verified OK: ${shown}`, `  found:      ${all.length} bundle(s) (${discovered.referrers.length} referrer(s) via the ${discovered.via === 'api' ? 'referrers API' : 'referrers tag'}, ${discovered.legacySignatures.length} cosign 2 signature(s), ${discovered.legacyAttestations.length} cosign 2 attestation(s))`];
                for (const unread of discovered.unreadable)
                    lines.push(`  unreadable: ${unread.source}: ${(0,quote/* boundedText */.LD)(unread.reason, 300)}`);
                for (const entry of verified)
                    lines.push(...describeImageBundle(entry));
                context.stdout.write(`${lines.join('\n')}\n`);
            }
            return exit_codes/* EXIT */.d.OK;
        }
        finally {
            client.close();
        }
    },
};



/***/ }),

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var cappedChunks = (async function* (body, maxBytes, tooLarge) {
    const declared = Number(body.declaredLength ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await body.close();
        throw tooLarge(declared);
    }
    let bytes = 0;
    for await (const chunk of body.chunks) {
        bytes += chunk.length;
        if (bytes > maxBytes)
            throw tooLarge(undefined);
        yield chunk;
    }
});var readCapped = (async function (body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: (() => (/* binding */ cappedChunks)),
/* harmony export */   E: (() => (/* binding */ readCapped))
/* harmony export */ });
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */

/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */



/***/ }),

/***/ 25643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var headersOf = (function (message) {
    const headers = new Headers();
    for (let index = 0; index + 1 < message.rawHeaders.length; index += 2)
        headers.append(message.rawHeaders[index], message.rawHeaders[index + 1]);
    return headers;
});var toResponse = (function (message) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status)) {
        message.resume();
        return new Response(null, { status, headers: headersOf(message) });
    }
    return new Response(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(message), { status, headers: headersOf(message) });
});var toCappedResponse = (async function (message, maxBytes, what) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status))
        return toResponse(message);
    const body = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_8__/* .readCapped */ .E)({ chunks: message, declaredLength: message.headers['content-length'], close: (() => message.destroy()) }, maxBytes, ((declared) => new ResponseTooLargeError(`${what} answered ${declared === undefined ? 'more' : `with a Content-Length of ${declared}, more`} than the ${maxBytes} bytes its reply may hold`)));
    return new Response(body, { status, headers: headersOf(message) });
});var discard = (function (message) {
    let left = MAX_DISCARDED_BYTES;
    message.on('error', (() => { }));
    message.on('data', ((chunk) => {
        left -= chunk.length;
        if (left < 0)
            message.destroy();
    }));
});var abortError = (function (signal, message) {
    return Object.assign(new Error(message, { cause: signal.reason }), { name: 'AbortError', code: 'ABORT_ERR' });
});var setHeaders = (function (outgoing, headers) {
    for (const [name, value] of Object.entries(headers))
        outgoing.setHeader(name, value);
});var throughProxy = (function (error, proxy) {
    if (proxy === undefined || error instanceof _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .ProxyTunnelError */ .Ng)
        return error;
    return Object.assign(new Error(`${error.message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`, { cause: error }), { name: error.name, code: error.code });
});var send = (function (target, init, headers, agents) {
    const request = target.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const agent = agents.agentFor(target);
    const body = init.body;
    const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    // A body known whole goes with its length; a stream with the Content-Length the caller set, or chunked.
    const sent = whole === undefined || Object.keys(headers).some(((name) => name.toLowerCase() === 'content-length')) ? headers : { ...headers, 'content-length': String(whole.length) };
    // A failure through a proxy names it (by origin, never credentials): the proxy may be what failed.
    const proxy = agent === undefined ? undefined : (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__.proxyFor)(target, agents.settings);
    const via = ((message) => (proxy === undefined ? message : `${message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`));
    return new Promise(((resolve, reject) => {
        const signal = init.signal ?? undefined;
        const outgoing = request(target, { method: init.method ?? 'GET', agent: agent ?? agents.directAgentFor(target), ...(signal === undefined ? {} : { signal }) }, resolve);
        setHeaders(outgoing, sent);
        outgoing.on('error', ((error) => reject(throughProxy(error, proxy))));
        if (signal !== undefined) {
            // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
            const abort = (() => {
                reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
            });
            signal.addEventListener('abort', abort, { once: true });
            outgoing.once('close', (() => signal.removeEventListener('abort', abort)));
        }
        if (body === undefined || body === null)
            outgoing.end();
        else if (whole !== undefined)
            outgoing.end(whole);
        else
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(body), outgoing).catch(reject);
    }));
});var proxiedFetch = (function (proxy = _proxy_js__WEBPACK_IMPORTED_MODULE_6__.NO_PROXY_SETTINGS, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap) {
    const agents = proxy instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_6__.ProxyAgents ? proxy : new _proxy_js__WEBPACK_IMPORTED_MODULE_6__.ProxyAgents(proxy);
    return (async (url, init = {}) => {
        let target = new URL(url);
        let headers = init.headers ?? {};
        const method = (init.method ?? 'GET').toUpperCase();
        for (let redirects = 0;; redirects += 1) {
            const message = await send(target, init, headers, agents);
            const location = message.headers.location;
            const follow = REDIRECTS.has(message.statusCode ?? 0) && location !== undefined && (method === 'GET' || method === 'HEAD') && init.redirect !== 'manual';
            if (!follow) {
                // A reply to HEAD has no body, whatever length its Content-Length names.
                const cap = method === 'HEAD' ? undefined : responseCap?.(init, message.statusCode ?? 500);
                const response = cap === undefined ? toResponse(message) : await toCappedResponse(message, cap, `${method} ${target.origin}${target.pathname}`);
                // Where the answer came from, as fetch's own `url` says after redirects: an error then names the host that answered.
                if (redirects > 0)
                    Object.defineProperty(response, 'url', { value: target.href });
                return response;
            }
            discard(message);
            if (init.redirect === 'error')
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected, and may not be`);
            if (redirects === maxRedirects)
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected more than ${maxRedirects} times`);
            let next;
            try {
                next = new URL(location, target);
            }
            catch {
                // Not quoted: what a server puts in a Location is its own to choose.
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to an address that is no URL`);
            }
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to a ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(next.protocol, 40)} URL`);
            if (target.protocol === 'https:' && next.protocol === 'http:')
                throw new InsecureRedirectError(`${method} ${target.origin}${target.pathname} was redirected to plain HTTP (${next.origin}), which is not followed`);
            if (next.origin !== target.origin)
                headers = Object.fromEntries(Object.entries(headers).filter((([name]) => name.toLowerCase() !== 'authorization')));
            target = next;
        }
    });
});var redirectedFrom = (function (requested, response) {
    if (response.url === undefined || response.url === '')
        return '';
    const answered = new URL(response.url).origin;
    return answered === new URL(requested).origin ? '' : ` (redirected to ${answered}, which answered)`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: (() => (/* binding */ redirectedFrom)),
/* harmony export */   EU: (() => (/* binding */ throughProxy)),
/* harmony export */   iR: (() => (/* binding */ proxiedFetch)),
/* harmony export */   jw: (() => (/* binding */ RedirectRefusedError)),
/* harmony export */   lL: (() => (/* binding */ setHeaders)),
/* harmony export */   vQ: (() => (/* binding */ InsecureRedirectError)),
/* harmony export */   zv: (() => (/* binding */ RESPONSE_TOO_LARGE_HINT))
/* harmony export */ });
/* unused harmony export ResponseTooLargeError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _capped_body_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36911);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16327);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39002);









/** What to do about a {@link ResponseTooLargeError}, which no retry changes. */
const RESPONSE_TOO_LARGE_HINT = 'the server answered far more than this request takes: check the URL it was sent to (GITHUB_API_URL) and any proxy in between';
/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
class ResponseTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_RESPONSE_TOO_LARGE', message, { hint: RESPONSE_TOO_LARGE_HINT });
        this.name = 'ResponseTooLargeError';
    }
}
/** A redirect from HTTPS to plain HTTP, never followed: what comes back could be read and changed on the way. */
class InsecureRedirectError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_REDIRECT_INSECURE', message, { hint: 'the server (or a proxy in front of it) redirects to plain HTTP, leaving TLS: use the HTTPS address it should serve, and report the redirect to its operator' });
        this.name = 'InsecureRedirectError';
    }
}
/**
 * A redirect not followed for another reason than leaving TLS: more of them than a request takes (a
 * loop), one to a scheme other than http(s), or one to a request that may not be redirected. The
 * server did answer, and asking again meets the same answer: not a connection failure to retry.
 */
class RedirectRefusedError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_REDIRECT_REFUSED', message, { hint: 'the server (or a proxy in front of it) answers with redirects that lead nowhere trust-kit follows: check the URL it was sent to and the proxy (HTTPS_PROXY), and report the redirect to its operator' });
        this.name = 'RedirectRefusedError';
    }
}
/** Statuses whose response has no body, which `Response` refuses one for. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);
/** Redirect statuses followed for GET and HEAD. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As many redirects as a download takes (GitHub sends one, to its asset host), with room to spare, and no loop. */
const DEFAULT_MAX_REDIRECTS = 10;


/**
 * The response read whole, refused past `maxBytes`: a Content-Length above it before a byte is read,
 * else as soon as the bytes read pass it, closing the connection. It is read here rather than handed
 * on as a stream because Octokit turns an error while it reads a body into an empty body, silently.
 */

/** A redirect's body is read this far, so its connection can serve again; one that goes on is cut. */
const MAX_DISCARDED_BYTES = 64 * 1024;
/** Drops a response nobody reads: drained up to {@link MAX_DISCARDED_BYTES} (a redirect's few bytes), then the connection is closed rather than read on without end. */

/** The error Node's own requests fail with when their signal aborts them, with a message saying what it was waiting for. */

/**
 * Sets a request's headers on the request itself, never in the options it is made with: an agent
 * keeps those options, Authorization included, in the listeners of the keep-alive connection the
 * request opens, for as long as that connection lives (measured: a registry password, the runner's request
 * token, in the heap until the connection closes). Set here, they go with the request when it is done.
 */

/**
 * The error of a request sent through `proxy`, its message naming the proxy by its origin (never its
 * credentials): the proxy may be what failed (a tunnel it closed, a connection it dropped). Its name
 * and code are kept, so it is classified as before; a tunnel's own errors name the proxy already.
 */

/** One request, without following redirects: a streamed body is piped, so it is read no faster than the socket takes it. */

/**
 * A `fetch` for Octokit, trust-kit's other requests to GitHub and its TUF client, over node:http(s):
 * - a streamed request body is sent with backpressure (Node's own fetch reads a streamed body far
 *   ahead of the socket: a 2 GiB upload was measured holding the whole file in memory);
 * - every request, redirects included, goes through the proxy `proxy` names for its URL, with the
 *   rules of @actions/http-client (as Octokit in `@actions/github` does on a runner behind a proxy);
 * - GET and HEAD follow redirects (an asset download is sent to GitHub's asset host), without the
 *   Authorization header once the origin changes, as fetch does, at most `maxRedirects` times (a
 *   loop, or a redirect to another scheme or to no URL, is a {@link RedirectRefusedError}), and never from HTTPS
 *   to plain HTTP ({@link InsecureRedirectError});
 * - with `responseCap`, a response is read whole before it is returned and refused past its request's
 *   cap with a {@link ResponseTooLargeError}, so a hostile or broken server cannot fill the memory.
 * Given agents (rather than settings), the caller owns them and destroys them when done.
 */

/** ` (redirected to <origin>)` when `response` came from another origin than `requested` (see {@link proxiedFetch}); empty otherwise. */



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

/***/ 97547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: (() => (/* binding */ ImagesError))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** Why an image could not be attested or verified. */
class ImagesError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'ImagesError';
    }
}


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
