import { createHash } from 'node:crypto';
import { isTrustKitError } from '../core/errors.js';
import { INPUT_LIMITS } from '../core/files.js';
import { describeJsonFault, jsonFault, JSON_FAULT_HINT } from '../core/json.js';
import { printable } from '../core/logger.js';
import { quoted } from '../core/quote.js';
import {
  BUNDLE_PREDICATE_TYPE_ANNOTATION,
  COSIGN_SIGN_PREDICATE_TYPE,
  COSIGN_SIGNATURE_TYPE,
  DSSE_ENVELOPE_MEDIA_TYPE,
  LEGACY_ANNOTATIONS,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  OciError,
  SIMPLE_SIGNING_MEDIA_TYPE,
  formatImageReference,
  legacyAttestationTag,
  legacySignatureTag,
  newestFirst,
  withDigest,
  type DigestReference,
  type ReferrersVia,
  type RegistryClient,
} from '../oci/index.js';
import { verifyAttestation, type AttestationBundle, type VerifiedAttestation } from '../sigstore/verify/attestation.js';
import { certificateInstance } from '../sigstore/verify/files.js';
import { TrustMaterial, VerifyError, verifyBundle, type VerificationPolicy, type VerifiedSignature } from '../sigstore/verify/index.js';
import { ImagesError } from './errors.js';

/** The most referrers (and cosign 2 signature layers) read for one image: a registry is not trusted to bound them. */
export const MAX_IMAGE_BUNDLES = 64;
/** The largest simple-signing payload read (cosign's are a few hundred bytes). */
const MAX_PAYLOAD_BYTES = 64 * 1024;
/**
 * The most bytes of bundles and payloads read for one image in all: four bundles of the largest
 * size (GitHub's 16 MB predicate, base64-encoded), far more than an image's signatures and SBOM
 * attestations hold. Each is bounded on its own too; without this, 64 referrers and 64 `.att`
 * layers of the largest would hold gigabytes in memory.
 */
export const MAX_IMAGE_BUNDLE_BYTES = 4 * INPUT_LIMITS.bundle;

/** A Sigstore bundle found attached to an image, as the registry holds it now. */
export interface ImageBundle extends AttestationBundle {
  /** The referrer manifest's digest, or the `.sig` tag and layer for cosign 2 signatures. */
  source: string;
  /** What the referrer's annotation says it holds (unverified), or cosign's sign type for `.sig` layers. */
  claimedType: string | undefined;
  /** For cosign 2 signatures: the signed simple-signing payload. */
  payload?: Buffer;
}

/** What an image has attached: bundles, how they were found, and referrers that could not be read (with why). */
export interface DiscoveredBundles {
  via: ReferrersVia;
  referrers: ImageBundle[];
  legacySignatures: ImageBundle[];
  /** cosign 2's attestations: the `.att` manifest's DSSE envelopes as v0.1 bundles. */
  legacyAttestations: ImageBundle[];
  unreadable: { source: string; reason: string }[];
}

/**
 * Reads every Sigstore bundle attached to an image, from the registry (never a copy): cosign 3's
 * referrers (OCI 1.1 referrers API, or the `sha256-<hex>` tag fallback), and cosign 2's
 * `sha256-<hex>.sig` layers turned back into v0.1 message-signature bundles and
 * `sha256-<hex>.att` layers into v0.1 DSSE bundles. At most
 * {@link MAX_IMAGE_BUNDLES} of each, each bundle at most the size a bundle file may have, and
 * `maxTotalBytes` ({@link MAX_IMAGE_BUNDLE_BYTES}) in all: what is past it is recorded as unreadable.
 */
export async function discoverImageBundles(client: RegistryClient, image: DigestReference, options: { maxTotalBytes?: number } = {}): Promise<DiscoveredBundles> {
  const repository = { registry: image.registry, repository: image.repository };
  const listed = await client.referrers(image, SIGSTORE_BUNDLE_MEDIA_TYPE);
  const discovered: DiscoveredBundles = { via: listed.via, referrers: [], legacySignatures: [], legacyAttestations: [], unreadable: [...listed.unresolved] };
  const maxTotalBytes = options.maxTotalBytes ?? MAX_IMAGE_BUNDLE_BYTES;
  let total = 0;
  /** Reads a blob (of the size its descriptor declares) within what is left of the image's budget. */
  const read = async (layer: { digest: string; size: number }, maxBytes: number): Promise<Buffer> => {
    const left = maxTotalBytes - total;
    const overBudget = (): OciError =>
      new OciError('OCI_TOO_LARGE', `not read: it would take the bundles read for ${formatImageReference(image)} past ${maxTotalBytes} bytes in all (${total} read before it)`, {
        hint: 'the image has more (or larger) signatures and attestations attached than a verifier reads; remove stale ones',
      });
    if (layer.size > left) throw overBudget();
    let bytes: Buffer;
    try {
      bytes = await client.readBlob(repository, layer.digest, Math.min(maxBytes, left));
    } catch (error) {
      // The blob is larger than its descriptor said: past the budget, that is what to report.
      if (left < maxBytes && isTrustKitError(error) && error.code === 'OCI_TOO_LARGE') throw overBudget();
      throw error;
    }
    total += bytes.length;
    return bytes;
  };
  // A listing (the tag schema's index is anyone's to write) may repeat a referrer: read once, repeats cannot crowd the others out.
  const descriptors = newestFirst([...new Map(listed.descriptors.map((descriptor) => [descriptor.digest, descriptor])).values()]);
  if (descriptors.length > MAX_IMAGE_BUNDLES) discovered.unreadable.push({ source: formatImageReference(image), reason: `${descriptors.length} bundle referrers; only the newest ${MAX_IMAGE_BUNDLES} were read` });
  for (const descriptor of descriptors.slice(0, MAX_IMAGE_BUNDLES)) {
    const source = `referrer ${descriptor.digest}`;
    try {
      const fetched = await client.getManifest(withDigest(repository, descriptor.digest));
      if (fetched.manifest.kind !== 'image') throw new VerifyError('VERIFY_BUNDLE_INVALID', 'is an index, not a bundle manifest');
      const layer = fetched.manifest.manifest.layers.find((entry) => entry.mediaType === SIGSTORE_BUNDLE_MEDIA_TYPE);
      if (layer === undefined) throw new VerifyError('VERIFY_BUNDLE_INVALID', `has no ${SIGSTORE_BUNDLE_MEDIA_TYPE} layer`);
      const bytes = await read(layer, INPUT_LIMITS.bundle);
      discovered.referrers.push({ json: parseJsonObject(bytes), line: undefined, source, claimedType: fetched.manifest.manifest.annotations?.[BUNDLE_PREDICATE_TYPE_ANNOTATION] });
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      discovered.unreadable.push({ source, reason: `${error.code}: ${error.message}` });
    }
  }
  for (const layer of await legacyLayers(client, repository, legacySignatureTag(image.digest), SIMPLE_SIGNING_MEDIA_TYPE, discovered)) {
    try {
      const payload = await read(layer, MAX_PAYLOAD_BYTES);
      discovered.legacySignatures.push({ json: legacyBundle(payload, layer.annotations ?? {}), line: undefined, source: layer.source, claimedType: COSIGN_SIGN_PREDICATE_TYPE, payload });
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      discovered.unreadable.push({ source: layer.source, reason: `${error.code}: ${error.message}` });
    }
  }
  for (const layer of await legacyLayers(client, repository, legacyAttestationTag(image.digest), DSSE_ENVELOPE_MEDIA_TYPE, discovered)) {
    try {
      const envelope = parseJsonObject(await read(layer, INPUT_LIMITS.bundle));
      const { messageSignature: _none, ...material } = legacyBundle(Buffer.alloc(0), { ...layer.annotations, [LEGACY_ANNOTATIONS.signature]: '' }) as { messageSignature: unknown };
      discovered.legacyAttestations.push({ json: { ...material, dsseEnvelope: envelope }, line: undefined, source: layer.source, claimedType: layer.annotations?.predicateType });
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      discovered.unreadable.push({ source: layer.source, reason: `${error.code}: ${error.message}` });
    }
  }
  return discovered;
}

/** The layers of one media type of a cosign 2 tag (`.sig` or `.att`), at most {@link MAX_IMAGE_BUNDLES}; none when the tag does not exist or cannot be read (recorded as unreadable). */
async function legacyLayers(client: RegistryClient, repository: { registry: string; repository: string }, tag: string, mediaType: string, discovered: DiscoveredBundles): Promise<{ digest: string; size: number; annotations?: Readonly<Record<string, string>> | undefined; source: string }[]> {
  let layers: readonly { digest: string; size: number; mediaType: string; annotations?: Readonly<Record<string, string>> | undefined }[];
  try {
    const fetched = await client.getManifest({ ...repository, tag });
    layers = fetched.manifest.kind === 'image' ? fetched.manifest.manifest.layers : [];
  } catch (error) {
    if (!isTrustKitError(error)) throw error;
    // Anyone who may push to the repository may write this tag: what it holds is one source among others, not the whole answer.
    if (error.code !== 'OCI_NOT_FOUND') discovered.unreadable.push({ source: tag, reason: `${error.code}: ${error.message}` });
    return [];
  }
  // cosign appends each new signature as a layer: past the bound, the newest (last) are read, as an image re-signed often is verified by its latest.
  const skipped = Math.max(0, layers.length - MAX_IMAGE_BUNDLES);
  if (skipped > 0) discovered.unreadable.push({ source: tag, reason: `${layers.length} layers; only the newest (last) ${MAX_IMAGE_BUNDLES} were read` });
  return layers.slice(skipped).flatMap((layer, index) => (layer.mediaType === mediaType ? [{ digest: layer.digest, size: layer.size, annotations: layer.annotations, source: `${tag} layer ${skipped + index + 1}` }] : []));
}

function parseJsonObject(bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // V8 quotes the bytes around the fault, and these are the registry's: they are put on one printable line.
    throw new VerifyError('VERIFY_BUNDLE_INVALID', `is not JSON: ${printable(error instanceof Error ? error.message : String(error))}`, { cause: error });
  }
  // As for bundle files: JSON.parse keeps the last of two equal keys, other readers the first or neither (protobuf's JSON reader, cosign's, refuses them).
  const fault = jsonFault(text);
  if (fault !== undefined) throw new VerifyError('VERIFY_BUNDLE_INVALID', describeJsonFault(fault), { hint: JSON_FAULT_HINT });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new VerifyError('VERIFY_BUNDLE_INVALID', 'is not a JSON object (a Sigstore bundle)');
  return json;
}

/**
 * A cosign 2 signature layer as a Sigstore v0.1 bundle: a message signature over the payload, the
 * certificate annotation as the chain (or, without one, a public key the policy names), and
 * cosign's `bundle` annotation (signed entry timestamp and canonical Rekor body) as a log entry
 * with an inclusion promise. What is missing stays missing, so verification says what the
 * signature lacks.
 */
export function legacyBundle(payload: Buffer, annotations: Readonly<Record<string, string>>): unknown {
  const signature = annotations[LEGACY_ANNOTATIONS.signature];
  if (signature === undefined) throw new VerifyError('VERIFY_BUNDLE_INVALID', `has no ${LEGACY_ANNOTATIONS.signature} annotation`);
  const certificate = annotations[LEGACY_ANNOTATIONS.certificate];
  const material: Record<string, unknown> = {};
  if (certificate !== undefined) {
    const der = certificate.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    material.x509CertificateChain = { certificates: [{ rawBytes: der }] };
  } else {
    // No certificate: signed with a key (cosign sign --key), which the verifier's --key policy names; cosign's layer carries no hint of it.
    material.publicKey = { hint: '' };
  }
  const rekor = annotations[LEGACY_ANNOTATIONS.bundle];
  if (rekor !== undefined) {
    const parsed = parseJsonObject(Buffer.from(rekor, 'utf8')) as { SignedEntryTimestamp?: unknown; Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown } };
    // Go reads a null number as zero and cosign accepts it; earlier trust-kit builds wrote null for a log's first index.
    const entry = parsed.Payload === undefined ? undefined : { ...parsed.Payload, logIndex: parsed.Payload.logIndex ?? 0, integratedTime: parsed.Payload.integratedTime ?? 0 };
    if (typeof parsed.SignedEntryTimestamp !== 'string' || typeof entry?.body !== 'string' || typeof entry.logID !== 'string' || !/^[0-9a-f]{1,128}$/.test(entry.logID) || !Number.isSafeInteger(entry.integratedTime) || !Number.isSafeInteger(entry.logIndex)) {
      throw new VerifyError('VERIFY_BUNDLE_INVALID', `has a ${LEGACY_ANNOTATIONS.bundle} annotation that is not cosign's Rekor bundle`);
    }
    const kind = (parseJsonObject(Buffer.from(entry.body, 'base64')) as { kind?: unknown; apiVersion?: unknown });
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
    messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(payload).digest('base64') }, signature },
  };
}

/** A verified signature or attestation of an image, and where it was found. */
export interface VerifiedImageBundle {
  predicateType: string;
  source: string;
  /** The statement for DSSE bundles; undefined for cosign 2 signatures (a simple-signing payload). */
  attestation: VerifiedAttestation | undefined;
  signature: VerifiedSignature;
}

/**
 * Verifies what was asked for of an image: a signature (cosign 3's signed statement, or a cosign 2
 * simple-signing signature over this digest) when `signature`, and an attestation of each of
 * `predicateTypes`. Each is satisfied by the first bundle that verifies under the policy; when none
 * does, the failure of the first candidate is thrown (VERIFY_IMAGE_UNSIGNED when there is none).
 */
export function verifyImageBundles(options: {
  image: DigestReference;
  discovered: DiscoveredBundles;
  policy: VerificationPolicy;
  trust: TrustMaterial | undefined;
  signature: boolean;
  predicateTypes: readonly string[];
}): VerifiedImageBundle[] {
  const { image, discovered } = options;
  const shown = formatImageReference(image);
  const hex = image.digest.slice('sha256:'.length);
  const verified: VerifiedImageBundle[] = [];
  // cosign's signature predicate type asked for as an attestation is the signature: dropped from the attestations, it would leave nothing checked.
  const signature = options.signature || options.predicateTypes.includes(COSIGN_SIGN_PREDICATE_TYPE);
  const wanted = [...(signature ? [COSIGN_SIGN_PREDICATE_TYPE] : []), ...new Set(options.predicateTypes.filter((type) => type !== COSIGN_SIGN_PREDICATE_TYPE))];
  if (wanted.length === 0) throw new ImagesError('IMAGES_INTERNAL', `nothing was asked of ${shown}: neither a signature nor an attestation`, { hint: 'this is a bug in trust-kit: please report it' });
  for (const predicateType of wanted) {
    const attached = predicateType === COSIGN_SIGN_PREDICATE_TYPE ? discovered.referrers : [...discovered.referrers, ...discovered.legacyAttestations.map((bundle) => keyDecides(bundle, options.policy))];
    const candidates = attached.filter((bundle) => bundle.claimedType === undefined || bundle.claimedType === predicateType);
    let failure: unknown;
    if (candidates.length > 0) {
      try {
        const attestation = verifyAttestation({ bundles: candidates, artifact: { sha256: hex }, policy: options.policy, trust: options.trust, predicateType, source: `the referrers of ${shown}` });
        verified.push({ predicateType, source: candidates[attestation.bundleIndex]?.source ?? '', attestation, signature: attestation.signature });
        continue;
      } catch (error) {
        if (!(error instanceof VerifyError)) throw error;
        failure = error;
      }
    }
    if (predicateType === COSIGN_SIGN_PREDICATE_TYPE) {
      const legacy = verifyLegacySignatures(discovered.legacySignatures, image, options.policy, options.trust);
      if ('signature' in legacy) {
        verified.push({ predicateType, source: legacy.source, attestation: undefined, signature: legacy.signature });
        continue;
      }
      failure ??= legacy.failure;
    }
    if (failure !== undefined) throw withUnread(failure, discovered);
    const where = discovered.via === 'api' ? 'referrers API' : 'referrers tag';
    const what = predicateType === COSIGN_SIGN_PREDICATE_TYPE ? 'no signature' : `no attestation of type ${JSON.stringify(predicateType)}`;
    throw new ImagesError('VERIFY_IMAGE_UNSIGNED', `${shown} has ${what}: ${discovered.referrers.length} bundle referrer(s) (${where}), ${discovered.legacySignatures.length} cosign 2 signature(s), ${discovered.legacyAttestations.length} cosign 2 attestation(s)${discovered.unreadable.length === 0 ? '' : `, ${discovered.unreadable.length} unreadable (${discovered.unreadable[0]?.source}: ${discovered.unreadable[0]?.reason.slice(0, 300)})`}`, {
      hint: predicateType === COSIGN_SIGN_PREDICATE_TYPE ? 'sign it with `trust-kit sign-image` or `cosign sign`' : 'attest it with `trust-kit attest-image` or `cosign attest`',
    });
  }
  return verified;
}

/**
 * A failure that also says what was attached but not read (past a bound, or unreadable): a
 * signature among those may verify, so "the bundle or the artifact was altered" alone would be untrue.
 */
function withUnread(failure: unknown, discovered: DiscoveredBundles): unknown {
  if (!(failure instanceof VerifyError) || discovered.unreadable.length === 0) return failure;
  const [first] = discovered.unreadable;
  return new VerifyError(failure.code, `${failure.message}; ${discovered.unreadable.length === 1 ? 'one more source of bundles was' : `${discovered.unreadable.length} more sources of bundles were`} not read (${first?.source ?? ''}: ${first?.reason.slice(0, 300) ?? ''})`, {
    hint: `none of the bundles read verified, and one not read might: ${failure.hint ?? ''}; an image carrying more signatures than a verifier reads can be cleared of the stale ones with the registry's own tools (cosign clean)`,
    cause: failure,
  });
}

/**
 * A cosign 2 layer as verified under a key policy: cosign, given `--key`, checks a `.sig` or `.att`
 * layer's signature with that key and ignores a certificate the layer carries (`cosign sign --key
 * --certificate` attaches the key's certificate from a private CA), so the key decides here too;
 * read as keyless, the layer would be refused for its certificate. The certificate vouches for
 * nothing either way: the signature must verify with the key given. Referrer bundles are left as
 * they are: cosign refuses a key-signed bundle carrying a certificate ("expected key signature").
 */
function keyDecides<T extends ImageBundle>(bundle: T, policy: VerificationPolicy): T {
  const json = bundle.json as { verificationMaterial?: Record<string, unknown> };
  if (policy.kind !== 'key' || json.verificationMaterial?.x509CertificateChain === undefined) return bundle;
  const { x509CertificateChain: _certificate, ...material } = json.verificationMaterial;
  return { ...bundle, json: { ...json, verificationMaterial: { ...material, publicKey: { hint: '' } } } };
}

/** The first cosign 2 signature whose payload names this digest and whose bundle verifies, or the first failure. */
function verifyLegacySignatures(signatures: readonly ImageBundle[], image: DigestReference, policy: VerificationPolicy, trust: TrustMaterial | undefined): { signature: VerifiedSignature; source: string } | { failure: unknown } {
  let failure: unknown;
  for (const candidate of signatures) {
    try {
      const payload = candidate.payload ?? Buffer.alloc(0);
      const signature = verifyBundle(keyDecides(candidate, policy).json, { bytes: payload }, policy, trust);
      // The signature covers the payload; the payload must name this image's digest, as cosign checks, and be of cosign's type, as
      // sigstore's payload reader and containers/image's sigstore verifier check: the GPG simple-signing "atomic container signature"
      // has this layout with other semantics (its docker-reference is part of the claim).
      const critical = (parseJsonObject(payload) as { critical?: { image?: { 'docker-manifest-digest'?: unknown }; type?: unknown } }).critical;
      if (critical?.type !== COSIGN_SIGNATURE_TYPE) {
        throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `its signed payload is a ${quoted(typeof critical?.type === 'string' ? critical.type : String(critical?.type), 100)} signature, not a ${COSIGN_SIGNATURE_TYPE}`, {
          hint: 'a .sig layer holds cosign image signatures; a payload of another kind is no signature of this image: check who attached it',
        });
      }
      const claimed = critical.image?.['docker-manifest-digest'];
      // Said of the payload (the source is named once, below); the hint is an image signature's, not an attestation's.
      if (claimed !== image.digest) {
        throw new VerifyError('VERIFY_SUBJECT_MISMATCH', `its signed payload names the image ${JSON.stringify(String(claimed).slice(0, 100))}, not ${image.digest}`, {
          hint: 'this signature was made for another image and attached to this one (a replayed .sig): it does not vouch for this image',
        });
      }
      return { signature, source: candidate.source };
    } catch (error) {
      if (!(error instanceof VerifyError)) throw error;
      failure ??= new VerifyError(error.code, `${candidate.source}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
    }
  }
  return { failure };
}

/**
 * The trust to verify an image's bundles with, when none is given: the trusted root of each
 * Sigstore instance whose certificates the bundles carry (`load` fetches one instance's, for a
 * bundle of it), as `gh attestation verify` trusts both. One image may carry a public-good
 * signature beside GitHub's provenance, and anyone who may push a referrer may put a bundle naming
 * either instance first: the first bundle's instance alone would fail the others.
 */
export async function imageTrust(discovered: DiscoveredBundles, load: (bundleJson: unknown) => Promise<TrustMaterial | undefined>): Promise<TrustMaterial | undefined> {
  const byInstance = new Map<string, unknown>();
  for (const bundle of [...discovered.referrers, ...discovered.legacySignatures, ...discovered.legacyAttestations]) {
    const instance = certificateInstance(bundle.json);
    if (!byInstance.has(instance)) byInstance.set(instance, bundle.json);
  }
  if (byInstance.size <= 1) return load([...byInstance.values()][0]);
  const loaded: TrustMaterial[] = [];
  for (const bundle of byInstance.values()) {
    const trust = await load(bundle);
    if (trust !== undefined) loaded.push(trust);
  }
  return new TrustMaterial(loaded.flatMap((trust) => trust.roots));
}
