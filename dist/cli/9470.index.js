export const id = 9470;
export const ids = [9470,1835];
export const modules = {

/***/ 98294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ readImageArguments),
/* harmony export */   CA: () => (/* reexport safe */ _images_registry_js__WEBPACK_IMPORTED_MODULE_1__.CA),
/* harmony export */   Qn: () => (/* reexport safe */ _images_registry_js__WEBPACK_IMPORTED_MODULE_1__.Qn),
/* harmony export */   im: () => (/* binding */ REGISTRY_HELP),
/* harmony export */   zc: () => (/* binding */ REGISTRY_OPTIONS)
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
/** Parses IMAGE arguments, reporting each bad one against `input`; checks --registry-username has its password. */
function readImageArguments(reader, images, input, env) {
    const username = reader.string('registry-username');
    if (username !== undefined && !(_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL in env))
        reader.report('registry-username', `needs the password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL}`);
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
}


/***/ }),

/***/ 81835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeAttestation: () => (/* binding */ describeAttestation),
/* harmony export */   verifyAttestationCommand: () => (/* binding */ verifyAttestationCommand)
/* harmony export */ });
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66097);
/* harmony import */ var _config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73598);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44444);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92701);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20535);
/* harmony import */ var _verify_blob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95110);








/** The lines naming what a verified attestation says: its predicate type and, for SLSA provenance, its key fields. */
function describeAttestation(result) {
    const lines = [`  predicate:  ${result.statement.predicateType}${result.line === undefined ? '' : ` (bundle on line ${result.line})`}`];
    const provenance = result.provenance;
    if (provenance !== undefined) {
        if (provenance.builder !== undefined)
            lines.push(`  builder:    ${provenance.builder}`);
        if (provenance.sourceRepository !== undefined || provenance.sourceCommit !== undefined)
            lines.push(`  source:     ${provenance.sourceRepository ?? '?'} @ ${provenance.sourceCommit ?? '?'}`);
        if (provenance.workflow !== undefined)
            lines.push(`  workflow:   ${provenance.workflow}`);
        if (provenance.trigger !== undefined)
            lines.push(`  trigger:    ${provenance.trigger}`);
        if (provenance.runnerEnvironment !== undefined)
            lines.push(`  runner:     ${provenance.runnerEnvironment}`);
        if (provenance.invocation !== undefined)
            lines.push(`  run:        ${provenance.invocation}`);
    }
    return lines;
}
/** `trust-kit verify-attestation`: verify an in-toto attestation about a file, as `gh attestation verify --bundle` does, offline. */
const verifyAttestationCommand = {
    usage: 'trust-kit verify-attestation FILE|sha256:HEX --bundle B.sigstore.json|B.intoto.jsonl [--predicate-type URI] (--repo OWNER/NAME | --owner OWNER | --signer-workflow W | --certificate-identity ID --certificate-oidc-issuer URL | --key PUB.pem) [--trusted-root FILE]',
    help: `Verifies offline that an attestation (a DSSE in-toto statement in a Sigstore bundle) lists FILE
as a subject, has the predicate type asked for, is validly signed (certificate chain, log entry or
signed timestamp) by the signer the policy names, and, for GitHub Actions signers, was made in the
repository, from the source, by the workflow and on the kind of runner asked for. For SLSA
provenance, prints the builder, the source repository and commit, the workflow and the trigger.

      --bundle FILE                      a Sigstore bundle (.sigstore.json), or one bundle per line
                                         (.intoto.jsonl): the one whose statement lists FILE with
                                         the predicate type is verified
      --predicate-type URI               the statement's predicate type (default
                                         ${_config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PREDICATE_TYPE */ .T})
      --owner OWNER                      GitHub: made in a repository of this user or organization
      --source-ref REF                   GitHub: made from this ref, e.g. refs/tags/v1.2.3
      --source-digest SHA                GitHub: made from this commit
      --deny-self-hosted-runners         GitHub: refuse attestations made on self-hosted runners
      --format text|json                 json prints the verified statement, for policy engines
                                         (--json is the same)

${_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.VERIFY_HELP}
5 the artifact is not a subject of the attestation, 6 another predicate type, 7 another signer
workflow, 8 another repository or owner, 9 a self-hosted runner with --deny-self-hosted-runners.`,
    options: {
        ..._verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.VERIFY_OPTIONS,
        'predicate-type': { type: 'string' },
        owner: { type: 'string' },
        'source-ref': { type: 'string' },
        'source-digest': { type: 'string' },
        'deny-self-hosted-runners': { type: 'boolean' },
        format: { type: 'string' },
    },
    async run(args, context) {
        if (args.positionals.length !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', `verify-attestation takes exactly one FILE (or sha256:<hex>), got ${args.positionals.length}`, { hint: 'run `trust-kit verify-attestation --help`' });
        const format = args.values.format ?? (args.values.json === true ? 'json' : 'text');
        if (format !== 'text' && format !== 'json')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', `--format is "${String(format)}"; expected text or json`, { hint: 'run `trust-kit verify-attestation --help`' });
        const artifact = args.positionals[0];
        const config = (0,_config_verify_attestation_js__WEBPACK_IMPORTED_MODULE_2__/* .attestationVerifyConfig */ .a)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .cliNamer */ .qy)());
        const [bundles, basePolicy, digests] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readAttestationBundles */ .aZ)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvePolicy */ .nZ)(config.policy, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .artifactDigests */ .sf)(artifact, context.cwd)]);
        const policy = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .attestationPolicy */ .NR)(basePolicy, config, config.identityOrigin);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTrust */ .vO)(config, context.cwd, (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .trustDeciding */ .qP)(bundles, digests, config.predicateType), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_5__/* .trustSourcesThrough */ .Q4)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .proxySettingsFrom */ .Yw)(context.env)));
        const result = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyAttestation */ .oe)({ bundles, artifact: digests, policy, trust, predicateType: config.predicateType, source: config.bundle });
        if (format === 'json') {
            context.stdout.write(`${JSON.stringify({ artifact, digest: { sha256: digests.sha256 }, bundle: { path: config.bundle, index: result.bundleIndex, line: result.line ?? null }, statement: result.statement, provenance: result.provenance ?? null, verified: result.signature }, null, 2)}\n`);
        }
        else {
            context.stdout.write(`Verified OK: ${artifact} (sha256:${digests.sha256})\n${[...describeAttestation(result), ...(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.describeVerified)(result.signature)].join('\n')}\n`);
        }
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
    },
};


/***/ }),

/***/ 25576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyImageCommand: () => (/* binding */ verifyImageCommand)
});

// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/config/verify-attestation.js
var verify_attestation = __webpack_require__(73598);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/oci/index.js + 6 modules
var oci = __webpack_require__(49103);
// EXTERNAL MODULE: ./lib/sigstore/verify/attestation.js
var sigstore_verify_attestation = __webpack_require__(44444);
// EXTERNAL MODULE: ./lib/sigstore/verify/index.js
var verify = __webpack_require__(54418);
// EXTERNAL MODULE: ./lib/images/errors.js
var images_errors = __webpack_require__(97547);
;// CONCATENATED MODULE: ./lib/images/verify.js







/** The most referrers (and cosign 2 signature layers) read for one image: a registry is not trusted to bound them. */
const MAX_IMAGE_BUNDLES = 64;
/** The largest simple-signing payload read (cosign's are a few hundred bytes). */
const MAX_PAYLOAD_BYTES = 64 * 1024;
/**
 * Reads every Sigstore bundle attached to an image, from the registry (never a copy): cosign 3's
 * referrers (OCI 1.1 referrers API, or the `sha256-<hex>` tag fallback), and cosign 2's
 * `sha256-<hex>.sig` layers turned back into v0.1 message-signature bundles and
 * `sha256-<hex>.att` layers into v0.1 DSSE bundles. At most
 * {@link MAX_IMAGE_BUNDLES} of each, each bundle at most the size a bundle file may have.
 */
async function discoverImageBundles(client, image) {
    const repository = { registry: image.registry, repository: image.repository };
    const listed = await client.referrers(image, oci/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib);
    const discovered = { via: listed.via, referrers: [], legacySignatures: [], legacyAttestations: [], unreadable: [] };
    if (listed.descriptors.length > MAX_IMAGE_BUNDLES)
        discovered.unreadable.push({ source: (0,oci/* formatImageReference */.my)(image), reason: `${listed.descriptors.length} bundle referrers; only the first ${MAX_IMAGE_BUNDLES} were read` });
    for (const descriptor of listed.descriptors.slice(0, MAX_IMAGE_BUNDLES)) {
        const source = `referrer ${descriptor.digest}`;
        try {
            const fetched = await client.getManifest((0,oci/* withDigest */.hQ)(repository, descriptor.digest));
            if (fetched.manifest.kind !== 'image')
                throw new verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', 'is an index, not a bundle manifest');
            const layer = fetched.manifest.manifest.layers.find((entry) => entry.mediaType === oci/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib);
            if (layer === undefined)
                throw new verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', `has no ${oci/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib} layer`);
            const bytes = await client.readBlob(repository, layer.digest, files/* INPUT_LIMITS */.Ef.bundle);
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
            const payload = await client.readBlob(repository, layer.digest, MAX_PAYLOAD_BYTES);
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
            const envelope = parseJsonObject(await client.readBlob(repository, layer.digest, files/* INPUT_LIMITS */.Ef.bundle));
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
}
/** The layers of one media type of a cosign 2 tag (`.sig` or `.att`), at most {@link MAX_IMAGE_BUNDLES}; none when the tag does not exist. */
async function legacyLayers(client, repository, tag, mediaType, discovered) {
    let layers;
    try {
        const fetched = await client.getManifest({ ...repository, tag });
        layers = fetched.manifest.kind === 'image' ? fetched.manifest.manifest.layers : [];
    }
    catch (error) {
        if (!((0,errors/* isTrustKitError */.Nf)(error) && error.code === 'OCI_NOT_FOUND'))
            throw error;
        return [];
    }
    if (layers.length > MAX_IMAGE_BUNDLES)
        discovered.unreadable.push({ source: tag, reason: `${layers.length} layers; only the first ${MAX_IMAGE_BUNDLES} were read` });
    return layers.slice(0, MAX_IMAGE_BUNDLES).flatMap((layer, index) => (layer.mediaType === mediaType ? [{ digest: layer.digest, annotations: layer.annotations, source: `${tag} layer ${index + 1}` }] : []));
}
function parseJsonObject(bytes) {
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', `is not JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw new verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', 'is not a JSON object (a Sigstore bundle)');
    return json;
}
/**
 * A cosign 2 signature layer as a Sigstore v0.1 bundle: a message signature over the payload, the
 * certificate annotation as the chain, and cosign's `bundle` annotation (signed entry timestamp and
 * canonical Rekor body) as a log entry with an inclusion promise. What is missing stays missing, so
 * verification says what the signature lacks.
 */
function legacyBundle(payload, annotations) {
    const signature = annotations[oci/* LEGACY_ANNOTATIONS */.$2.signature];
    if (signature === undefined)
        throw new verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', `has no ${oci/* LEGACY_ANNOTATIONS */.$2.signature} annotation`);
    const certificate = annotations[oci/* LEGACY_ANNOTATIONS */.$2.certificate];
    const material = {};
    if (certificate !== undefined) {
        const der = certificate.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
        material.x509CertificateChain = { certificates: [{ rawBytes: der }] };
    }
    const rekor = annotations[oci/* LEGACY_ANNOTATIONS */.$2.bundle];
    if (rekor !== undefined) {
        const parsed = parseJsonObject(Buffer.from(rekor, 'utf8'));
        // Go reads a null number as zero and cosign accepts it; earlier trust-kit builds wrote null for a log's first index.
        const entry = parsed.Payload === undefined ? undefined : { ...parsed.Payload, logIndex: parsed.Payload.logIndex ?? 0, integratedTime: parsed.Payload.integratedTime ?? 0 };
        if (typeof parsed.SignedEntryTimestamp !== 'string' || typeof entry?.body !== 'string' || typeof entry.logID !== 'string' || !/^[0-9a-f]{1,128}$/.test(entry.logID) || !Number.isSafeInteger(entry.integratedTime) || !Number.isSafeInteger(entry.logIndex)) {
            throw new verify/* VerifyError */.Gz('VERIFY_BUNDLE_INVALID', `has a ${oci/* LEGACY_ANNOTATIONS */.$2.bundle} annotation that is not cosign's Rekor bundle`);
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
}
/**
 * Verifies what was asked for of an image: a signature (cosign 3's signed statement, or a cosign 2
 * simple-signing signature over this digest) when `signature`, and an attestation of each of
 * `predicateTypes`. Each is satisfied by the first bundle that verifies under the policy; when none
 * does, the failure of the first candidate is thrown (VERIFY_IMAGE_UNSIGNED when there is none).
 */
function verifyImageBundles(options) {
    const { image, discovered } = options;
    const shown = (0,oci/* formatImageReference */.my)(image);
    const hex = image.digest.slice('sha256:'.length);
    const verified = [];
    const wanted = [...(options.signature ? [oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4] : []), ...options.predicateTypes.filter((type) => type !== oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4)];
    for (const predicateType of wanted) {
        const attached = predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? discovered.referrers : [...discovered.referrers, ...discovered.legacyAttestations];
        const candidates = attached.filter((bundle) => bundle.claimedType === undefined || bundle.claimedType === predicateType);
        let failure;
        if (candidates.length > 0) {
            try {
                const attestation = (0,sigstore_verify_attestation/* verifyAttestation */.oe)({ bundles: candidates, artifact: { sha256: hex }, policy: options.policy, trust: options.trust, predicateType, source: `the referrers of ${shown}` });
                verified.push({ predicateType, source: candidates[attestation.bundleIndex]?.source ?? '', attestation, signature: attestation.signature });
                continue;
            }
            catch (error) {
                if (!(error instanceof verify/* VerifyError */.Gz))
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
            throw failure;
        const where = discovered.via === 'api' ? 'referrers API' : 'referrers tag';
        const what = predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? 'no signature' : `no attestation of type ${JSON.stringify(predicateType)}`;
        throw new images_errors/* ImagesError */.x('VERIFY_IMAGE_UNSIGNED', `${shown} has ${what}: ${discovered.referrers.length} bundle referrer(s) (${where}), ${discovered.legacySignatures.length} cosign 2 signature(s), ${discovered.legacyAttestations.length} cosign 2 attestation(s)${discovered.unreadable.length === 0 ? '' : `, ${discovered.unreadable.length} unreadable (${discovered.unreadable[0]?.source}: ${discovered.unreadable[0]?.reason.slice(0, 300)})`}`, {
            hint: predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? 'sign it with `trust-kit sign-image` or `cosign sign`' : 'attest it with `trust-kit attest-image` or `cosign attest`',
        });
    }
    return verified;
}
/** The first cosign 2 signature whose payload names this digest and whose bundle verifies, or the first failure. */
function verifyLegacySignatures(signatures, image, policy, trust) {
    let failure;
    for (const candidate of signatures) {
        try {
            const payload = candidate.payload ?? Buffer.alloc(0);
            const signature = (0,verify/* verifyBundle */.IF)(candidate.json, { bytes: payload }, policy, trust);
            // The signature covers the payload; the payload must name this image's digest, as cosign checks.
            const claimed = parseJsonObject(payload).critical?.image?.['docker-manifest-digest'];
            if (claimed !== image.digest)
                throw new verify/* VerifyError */.Gz('VERIFY_SUBJECT_MISMATCH', `${candidate.source} signs ${JSON.stringify(String(claimed).slice(0, 100))}, not ${image.digest}`);
            return { signature, source: candidate.source };
        }
        catch (error) {
            if (!(error instanceof verify/* VerifyError */.Gz))
                throw error;
            failure ??= new verify/* VerifyError */.Gz(error.code, `${candidate.source}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
        }
    }
    return { failure };
}

// EXTERNAL MODULE: ./lib/sigstore/verify/files.js
var verify_files = __webpack_require__(92701);
// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/commands/verify-attestation.js
var commands_verify_attestation = __webpack_require__(81835);
// EXTERNAL MODULE: ./lib/cli/commands/verify-blob.js
var verify_blob = __webpack_require__(95110);
// EXTERNAL MODULE: ./lib/cli/commands/registry.js
var registry = __webpack_require__(98294);
;// CONCATENATED MODULE: ./lib/cli/commands/verify-image.js












const PREDICATE_TYPE = /^[a-z][a-z0-9+.-]*:\S+$/i;
/** `trust-kit verify-image`: verify the signatures and attestations a registry holds for an image, as `cosign verify` and `cosign verify-attestation` do. */
const verifyImageCommand = {
    usage: 'trust-kit verify-image IMAGE [--predicate-type URI]... [--no-signature] (--certificate-identity ID --certificate-oidc-issuer URL | --repo OWNER/NAME | --signer-workflow W | --key PUB.pem)\n         [--trusted-root FILE] [--format text|json] [registry flags]',
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
      --owner OWNER, --source-ref REF, --source-digest SHA, --deny-self-hosted-runners
                                         as \`trust-kit verify-attestation\`
      --format text|json                 json prints what was verified (--json is the same)

${verify_blob.VERIFY_HELP.replace(/\n\nExit codes:[\s\S]*$/, '')}

${registry/* REGISTRY_HELP */.im}

Exit codes: 0 verified, 1 unreadable input or registry failure, 2 usage error, 3 verification
failed or nothing attached (VERIFY_*), 4 valid signature by another signer (VERIFY_POLICY_*),
5 no statement about this digest, 6 another predicate type, 7 another signer workflow, 8 another
repository or owner, 9 a self-hosted runner with --deny-self-hosted-runners.`,
    options: {
        ...verify_blob.VERIFY_OPTIONS,
        ...registry/* REGISTRY_OPTIONS */.zc,
        'predicate-type': { type: 'string', multiple: true },
        signature: { type: 'boolean' },
        owner: { type: 'string' },
        'source-ref': { type: 'string' },
        'source-digest': { type: 'string' },
        'deny-self-hosted-runners': { type: 'boolean' },
        format: { type: 'string' },
    },
    async run(args, context) {
        if (args.positionals.length !== 1)
            throw new errors/* TrustKitError */.T0('CLI_USAGE', `verify-image takes exactly one IMAGE, got ${args.positionals.length}`, { hint: 'run `trust-kit verify-image --help`' });
        const format = args.values.format ?? (args.values.json === true ? 'json' : 'text');
        if (format !== 'text' && format !== 'json')
            throw new errors/* TrustKitError */.T0('CLI_USAGE', `--format is "${String(format)}"; expected text or json`, { hint: 'run `trust-kit verify-image --help`' });
        const image = args.positionals[0];
        const nameOf = (0,inputs/* cliNamer */.qy)({ subject: 'IMAGE' });
        const predicateTypes = (args.values['predicate-type'] ?? []);
        const reader = new inputs/* InputReader */.i_(args.values, nameOf);
        for (const type of predicateTypes)
            if (!PREDICATE_TYPE.test(type))
                reader.report('predicate-type', `is "${type.slice(0, 200)}"; expected a URI, e.g. https://slsa.dev/provenance/v1`);
        const signature = args.values.signature !== false;
        if (!signature && predicateTypes.length === 0)
            reader.report('signature', 'leaves nothing to verify: name an attestation with --predicate-type');
        if (args.values.bundle !== undefined)
            reader.report('bundle', 'is not used: verify-image reads the bundles attached to the image in its registry');
        const references = (0,registry/* readImageArguments */.As)(reader, [image], 'subject', context.env);
        reader.finish();
        // The bundles are the image's: the policy config names the image where a file command names its bundle file.
        const config = (0,verify_attestation/* attestationVerifyConfig */.a)({ ...args.values, bundle: image, 'predicate-type': oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 }, nameOf);
        const policy = (0,sigstore_verify_attestation/* attestationPolicy */.NR)(await (0,verify_files/* resolvePolicy */.nZ)(config.policy, context.cwd), config, config.identityOrigin);
        const client = await (0,registry/* registryClientFor */.CA)(args.values, context.env, references);
        try {
            const resolved = await client.resolve(references[0]);
            const pinned = resolved.reference;
            if (!pinned.digest.startsWith('sha256:'))
                throw new errors/* TrustKitError */.T0('CLI_USAGE', `${(0,oci/* formatImageReference */.my)(pinned)} is not a sha256 digest; images are verified by their sha256 digest`, { hint: 'name the image by tag or by its sha256 digest' });
            const discovered = await discoverImageBundles(client, pinned);
            const all = [...discovered.referrers, ...discovered.legacySignatures, ...discovered.legacyAttestations];
            const trust = await (0,verify_files/* resolveTrust */.vO)(config, context.cwd, all[0]?.json, (0,verify_files/* trustSourcesThrough */.Q4)((0,proxy/* proxySettingsFrom */.Yw)(context.env)));
            const verified = verifyImageBundles({ image: pinned, discovered, policy, trust, signature, predicateTypes });
            const shown = (0,oci/* formatImageReference */.my)(pinned);
            if (format === 'json') {
                context.stdout.write(`${JSON.stringify({
                    image,
                    reference: shown,
                    digest: pinned.digest,
                    discovery: discovered.via === 'api' ? 'referrers-api' : 'referrers-tag',
                    found: all.map((bundle) => ({ source: bundle.source, claimedPredicateType: bundle.claimedType ?? null })),
                    unreadable: discovered.unreadable,
                    verified: verified.map((entry) => ({ predicateType: entry.predicateType, source: entry.source, statement: entry.attestation?.statement ?? null, provenance: entry.attestation?.provenance ?? null, signature: entry.signature })),
                }, null, 2)}\n`);
            }
            else {
                const lines = [`Verified OK: ${shown}`, `  found:      ${all.length} bundle(s) (${discovered.referrers.length} referrer(s) via the ${discovered.via === 'api' ? 'referrers API' : 'referrers tag'}, ${discovered.legacySignatures.length} cosign 2 signature(s), ${discovered.legacyAttestations.length} cosign 2 attestation(s))`];
                for (const unread of discovered.unreadable)
                    lines.push(`  unreadable: ${unread.source}: ${unread.reason.slice(0, 300)}`);
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
function describeImageBundle(entry) {
    const head = entry.predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? `signature (${entry.source})` : `attestation ${entry.predicateType} (${entry.source})`;
    return [`- ${head}`, ...(entry.attestation === undefined || entry.predicateType === oci/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? [] : (0,commands_verify_attestation.describeAttestation)(entry.attestation).slice(1)), ...(0,verify_blob.describeVerified)(entry.signature)];
}


/***/ }),

/***/ 73598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ DEFAULT_PREDICATE_TYPE),
/* harmony export */   a: () => (/* binding */ attestationVerifyConfig)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40409);


/** The predicate type `gh attestation verify` checks unless told otherwise: SLSA provenance v1. */
const DEFAULT_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
const SOURCE_REF = /^refs\/(?:heads|tags|pull)\/\S+$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Validates the attestation inputs: the signer policy of {@link verifyConfig} (with `owner`), and
 * `predicate-type` (an absolute URI; default SLSA provenance v1), `source-ref`, `source-digest`
 * and `deny-self-hosted-runners`, which need a keyless policy. Every problem is reported at once.
 */
function attestationVerifyConfig(raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i_(raw, nameOf);
    const predicateType = reader.string('predicate-type', DEFAULT_PREDICATE_TYPE) ?? DEFAULT_PREDICATE_TYPE;
    const sourceRef = reader.string('source-ref');
    const sourceDigest = reader.string('source-digest');
    const denySelfHostedRunners = reader.boolean('deny-self-hosted-runners', false);
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType))
        reader.report('predicate-type', `is "${predicateType}"; expected a URI, e.g. ${DEFAULT_PREDICATE_TYPE}`);
    if (sourceRef !== undefined && !SOURCE_REF.test(sourceRef))
        reader.report('source-ref', `is "${sourceRef}"; expected a full ref, e.g. refs/tags/v1.2.3 or refs/heads/main`);
    if (sourceDigest !== undefined && !COMMIT.test(sourceDigest))
        reader.report('source-digest', `is "${sourceDigest}"; expected a commit SHA (40 lowercase hex digits)`);
    if (reader.string('key') !== undefined) {
        for (const name of ['source-ref', 'source-digest'])
            if (reader.string(name) !== undefined)
                reader.report(name, 'cannot be combined with a key: key-signed bundles carry no source');
        if (denySelfHostedRunners)
            reader.report('deny-self-hosted-runners', 'cannot be combined with a key: key-signed bundles say nothing about runners');
    }
    const issues = [];
    let base;
    try {
        base = (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyConfig */ .w)(raw, nameOf);
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL))
            throw error;
        issues.push(...error.issues);
    }
    try {
        reader.finish();
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL))
            throw error;
        issues.push(...error.issues);
    }
    if (issues.length > 0 || base === undefined)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(issues);
    const policy = base.policy;
    const identityOrigin = policy.kind === 'key' || policy.identity !== undefined ? 'explicit' : policy.signerWorkflow !== undefined ? 'signer-workflow' : 'repository';
    return { ...base, predicateType, sourceRef, sourceDigest, denySelfHostedRunners, identityOrigin };
}


/***/ }),

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cappedChunks),
/* harmony export */   E: () => (/* binding */ readCapped)
/* harmony export */ });
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */
async function* cappedChunks(body, maxBytes, tooLarge) {
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
}
/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */
async function readCapped(body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
}


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY)
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
function backoffDelay(policy, retry, random = Math.random) {
    const base = Math.max(policy.minDelayMs, 1) * policy.factor ** retry;
    return Math.min(Math.round((1 + random()) * base), policy.maxDelayMs);
}
/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    const value = header?.trim() ?? '';
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
    const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number. A
 * server's `Retry-After` lengthens the delay; when it reaches past the budget, no retry starts.
 */
async function withRetry(policy, attempt, classify, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
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
}


/***/ }),

/***/ 97547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ImagesError)
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

/***/ 44444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: () => (/* binding */ attestationPolicy),
/* harmony export */   oe: () => (/* binding */ verifyAttestation),
/* harmony export */   qP: () => (/* binding */ trustDeciding)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_V1, summarizeProvenance */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5447);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17776);


/** The predicate type of SLSA provenance v1, what `gh attestation verify` asks for unless told otherwise. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const EXTENSION_CODES = {
    sourceRepositoryURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH',
    sourceRepositoryOwnerURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH',
    sourceRepositoryRef: 'VERIFY_POLICY_SOURCE_MISMATCH',
    sourceRepositoryDigest: 'VERIFY_POLICY_SOURCE_MISMATCH',
    runnerEnvironment: 'VERIFY_POLICY_SELF_HOSTED_RUNNER',
};
/**
 * A verification policy for attestations: the certificate must also name the source ref, the
 * commit and a GitHub-hosted runner when asked, and each kind of mismatch is reported with its
 * own code (the signer workflow, the repository, the source, a self-hosted runner), as `gh
 * attestation verify` tells them apart. A key policy is returned as it is: a key carries no
 * such claims.
 */
function attestationPolicy(policy, requirements, origin) {
    if (policy.kind === 'key')
        return policy;
    const extensions = { ...policy.extensions };
    if (requirements.sourceRef !== undefined)
        extensions.sourceRepositoryRef = requirements.sourceRef;
    if (requirements.sourceDigest !== undefined)
        extensions.sourceRepositoryDigest = requirements.sourceDigest;
    if (requirements.denySelfHostedRunners === true)
        extensions.runnerEnvironment = 'github-hosted';
    const identity = origin === 'signer-workflow' ? 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH' : origin === 'repository' ? 'VERIFY_POLICY_REPOSITORY_MISMATCH' : undefined;
    return { ...policy, extensions, mismatchCodes: { ...(identity === undefined ? {} : { identity }), extensions: EXTENSION_CODES } };
}
/** The statement a DSSE bundle carries, read without verifying anything (to pick a bundle); undefined when unreadable. */
function peekStatement(json) {
    const payload = json?.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (!Array.isArray(statement.subject))
            return undefined;
        const subjects = statement.subject.map((subject) => ({ digest: typeof subject === 'object' && subject !== null && typeof subject.digest === 'object' ? (subject.digest ?? {}) : {} }));
        return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', subjects };
    }
    catch {
        return undefined;
    }
}
/** Whether a subject names the artifact: some digest by a shared algorithm, and every shared one equal. */
function names(subject, digests) {
    const shared = Object.keys(digests).filter((algorithm) => typeof subject.digest[algorithm] === 'string');
    return shared.length > 0 && shared.every((algorithm) => subject.digest[algorithm].toLowerCase() === digests[algorithm]);
}
/** The statement of a bundle that verified: its payload is the bytes the signature covers. */
function signedStatement(json) {
    const payload = json.dsseEnvelope.payload;
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    return statement;
}
/** What the bundles claim, unverified: their statements, those listing the artifact, and those of them with the predicate type. */
function survey(bundles, artifact, predicateType) {
    const peeked = bundles.map((bundle) => peekStatement(bundle.json));
    const covering = bundles.flatMap((bundle, index) => (peeked[index]?.subjects.some((subject) => names(subject, artifact)) === true ? [index] : []));
    return { peeked, covering, matching: covering.filter((index) => peeked[index]?.predicateType === predicateType) };
}
/**
 * The bundle whose certificate decides which instance's trusted root to load when none is given:
 * the first that claims to be the attestation asked for (a file of GitHub's attestations may
 * hold a release attestation signed by GitHub's instance beside provenance signed by public-good).
 */
function trustDeciding(bundles, artifact, predicateType) {
    return bundles[survey(bundles, artifact, predicateType).matching[0] ?? 0]?.json;
}
/**
 * Verifies an attestation for an artifact: of the file's bundles (one, or a JSONL file's lines),
 * those whose statement lists the artifact and has the predicate type are verified in order until
 * one passes (its signature, certificate chain, log entries or timestamps, and the policy). Refuses
 * with VERIFY_SUBJECT_MISMATCH when no statement lists the artifact, VERIFY_PREDICATE_TYPE_MISMATCH
 * when those that do have another predicate type, and otherwise the first bundle's failure.
 */
function verifyAttestation(options) {
    const { bundles, artifact, predicateType } = options;
    const input = { digest: { algorithm: 'sha256', hex: artifact.sha256 }, moreDigests: artifact };
    const { peeked, covering, matching } = survey(bundles, artifact, predicateType);
    let candidates = matching;
    if (candidates.length === 0) {
        if (bundles.length === 1) {
            // One bundle: verify it, so that what is wrong with it (a bad signature, another artifact) is what is reported.
            candidates = [0];
        }
        else if (covering.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_SUBJECT_MISMATCH', `none of the ${bundles.length} attestations in ${options.source} lists the artifact sha256:${artifact.sha256} as a subject`);
        }
        else {
            const types = [...new Set(covering.map((index) => peeked[index]?.predicateType ?? ''))];
            const listed = `${types.slice(0, 5).map(quoted).join(', ')}${types.length > 5 ? ', …' : ''}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected an attestation with predicate type ${quoted(predicateType)}; the ${covering.length} attestation(s) in ${options.source} about the artifact have ${listed}`);
        }
    }
    let firstFailure;
    for (const index of candidates) {
        const bundle = bundles[index];
        try {
            // Refused before its signature is checked: only a DSSE statement is an attestation, and checking a message signature by digest would load the pre-hashed ECDSA verifier for nothing.
            const signature = (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .holdsMessageSignature */ .I)(bundle.json) ? undefined : (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyBundle */ .p)(bundle.json, input, options.policy, options.trust);
            if (signature?.statement === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', `${where(options.source, bundle)} holds a message signature, not an attestation (a DSSE in-toto statement)`, { hint: 'verify plain signatures with `trust-kit verify-blob`' });
            }
            if (signature.statement.predicateType !== predicateType) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected predicate type ${quoted(predicateType)}, found ${quoted(signature.statement.predicateType)} in ${where(options.source, bundle)}`);
            }
            const statement = signedStatement(bundle.json);
            return { signature, statement, provenance: predicateType === SLSA_PROVENANCE_V1 ? summarizeProvenance(statement.predicate) : undefined, bundleIndex: index, line: bundle.line };
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G))
                throw error;
            firstFailure ??= bundles.length === 1 ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G(error.code, `${where(options.source, bundle)}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
        }
    }
    throw firstFailure;
}
/** A value from a statement, quoted for a message: escaped, and at most 200 characters of it (the signer chose its length). */
function quoted(value) {
    return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
}
function where(source, bundle) {
    return bundle.line === undefined ? source : `${source}:${bundle.line}`;
}
/** The longest value a summary repeats: a predicate is the signer's to fill, and ends up on a terminal. */
const MAX_FIELD = 1024;
/** A printable string field of a predicate, or undefined; control characters become spaces. */
function text(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    // eslint-disable-next-line no-control-regex -- control characters in a signed field could rewrite the terminal
    const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    return clean.length > MAX_FIELD ? `${clean.slice(0, MAX_FIELD)}…` : clean;
}
function field(value, ...path) {
    let at = value;
    for (const key of path) {
        if (typeof at !== 'object' || at === null || Array.isArray(at))
            return undefined;
        at = at[key];
    }
    return at;
}
/**
 * The key fields of a SLSA provenance v1 predicate: the builder, the source repository and commit
 * (the first resolved dependency, as GitHub's workflow build type lists it), the workflow file and
 * ref, the trigger and the runner environment. Fields the predicate does not state are left out.
 */
function summarizeProvenance(predicate) {
    const workflow = field(predicate, 'buildDefinition', 'externalParameters', 'workflow');
    const dependencies = field(predicate, 'buildDefinition', 'resolvedDependencies');
    const source = Array.isArray(dependencies) ? dependencies[0] : undefined;
    const sourceUri = text(field(source, 'uri'));
    const path = text(field(workflow, 'path'));
    const ref = text(field(workflow, 'ref'));
    const summary = {
        builder: text(field(predicate, 'runDetails', 'builder', 'id')),
        buildType: text(field(predicate, 'buildDefinition', 'buildType')),
        sourceRepository: text(field(workflow, 'repository')) ?? (sourceUri === undefined ? undefined : sourceUri.replace(/^git\+/, '').replace(/@[^@]*$/, '')),
        sourceCommit: text(field(source, 'digest', 'gitCommit')) ?? text(field(source, 'digest', 'sha1')),
        workflow: path === undefined ? undefined : `${path}${ref === undefined ? '' : `@${ref}`}`,
        trigger: text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'event_name')),
        runnerEnvironment: text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')),
        invocation: text(field(predicate, 'runDetails', 'metadata', 'invocationId')),
    };
    return Object.fromEntries(Object.entries(summary).filter(([, value]) => value !== undefined));
}


/***/ }),

/***/ 54418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.G),
/* harmony export */   IF: () => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_6__.p),
/* harmony export */   Nt: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.Nt),
/* harmony export */   OT: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.OT),
/* harmony export */   PP: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.PP),
/* harmony export */   ak: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.ak),
/* harmony export */   cx: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.cx),
/* harmony export */   fg: () => (/* reexport safe */ _key_js__WEBPACK_IMPORTED_MODULE_3__.f),
/* harmony export */   pV: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.pV),
/* harmony export */   qQ: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.qQ),
/* harmony export */   wC: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.wC)
/* harmony export */ });
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91638);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69085);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20031);
/* harmony import */ var _prehashed_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91966);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17776);









/***/ })

};
