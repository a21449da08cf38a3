import { isUtf8 } from 'node:buffer';
import { asciiLowerCase } from '../../core/ascii.js';
import { createHash, verify as verifyBytes, type KeyObject } from 'node:crypto';
import { describeJsonFault, jsonFault, JSON_FAULT_HINT } from '../../core/json.js';
import { boundedList, boundedText, quoted } from '../../core/quote.js';
import { abbreviate, CODE_SIGNING_EKU, FULCIO_OIDS, ParsedCertificate, TIME_STAMPING_EKU, type FulcioExtensionName } from './certificate.js';
import { tbsWithoutExtension } from './der.js';
import { decodeBundle, type Bundle, type TransparencyLogEntry } from './documents.js';
import { VerifyError } from './errors.js';
import { workflowRefAt } from '../../core/workflow-ref.js';
import { describeMatcher, matches, type CertificatePolicy, type KeyPolicy, type Matcher, type VerificationPolicy } from './policy.js';
import type { PrehashedVerifier } from './prehashed.js';
import { verifySct, type SignedCertificateTimestamp } from './sct.js';
import { parseRfc3161, verifyRfc3161, type Rfc3161Timestamp, type SignedTime } from './timestamp.js';
import { verifyLogEntry, type LoggedContent, type VerifiedLogEntry } from './tlog.js';
import { describeValidity, rootLabels, type CertificateAuthority, type TrustMaterial, type TrustRoot } from './trust.js';

/** A digest algorithm an artifact can be given by. */
export type ArtifactDigestAlgorithm = 'sha256' | 'sha384' | 'sha512';

/**
 * What was signed: the artifact's bytes, or only its digest (for artifacts too big to read twice),
 * with any further digests of it that DSSE subjects listing them are also compared with. A message
 * signature is checked over a digest only with `verifyPrehashed` (see `loadPrehashedVerifier`).
 */
export type ArtifactInput =
  | { bytes: Uint8Array }
  | { digest: { algorithm: ArtifactDigestAlgorithm; hex: string }; moreDigests?: Partial<Record<ArtifactDigestAlgorithm, string>>; verifyPrehashed?: PrehashedVerifier };

/** An in-toto statement's subject as the statement lists it. */
export interface StatementSubject {
  name: string;
  digest: Record<string, string>;
}

/** Who signed, as the verified certificate or key says. */
export type VerifiedSigner =
  | {
      kind: 'certificate';
      subjectAlternativeName: string;
      issuer: string;
      /** Fulcio extensions present in the certificate, by name. */
      extensions: Partial<Record<FulcioExtensionName, string>>;
      notBefore: Date;
      notAfter: Date;
      /** The trusted root (instance) whose CA issued the certificate. */
      trustRoot: string;
    }
  | { kind: 'key'; source: string };

/** A verified time: a transparency log's signed integration time or an RFC 3161 timestamp. */
export interface VerifiedTimestamp {
  source: 'transparency-log' | 'timestamp-authority';
  /** The time, to the millisecond; one signed with a finer fraction, rounded up. */
  time: Date;
  /** Set when the time was signed with a fraction finer than a millisecond: the millisecond it follows (`time` is the one after). */
  earliest?: Date;
}

/** The millisecond bounds of a verified time. */
function boundsOf(timestamp: VerifiedTimestamp): SignedTime {
  return { earliest: timestamp.earliest ?? timestamp.time, latest: timestamp.time };
}

/** Whether a signed time lies wholly within a window: from its start (inclusive) to its end (inclusive), both to the millisecond. */
function within(time: SignedTime, from: Date, to: Date): boolean {
  return from <= time.earliest && time.latest <= to;
}

/** Whether a certificate was valid throughout a signed time's bounds. */
function validThroughout(certificate: ParsedCertificate, time: SignedTime): boolean {
  return certificate.validAt(time.earliest) && certificate.validAt(time.latest);
}

/** A signed time for a message: as ISO 8601, or, with a fraction finer than a millisecond, the millisecond it follows. */
function shownTime(time: SignedTime): string {
  return time.earliest.getTime() === time.latest.getTime() ? time.latest.toISOString() : `just after ${time.earliest.toISOString()}`;
}

/** Everything a successful verification proved. */
export interface VerifiedSignature {
  mediaType: string;
  content: 'message-signature' | 'dsse';
  signer: VerifiedSigner;
  /** The artifact's digest the signature covers. */
  artifact: { algorithm: ArtifactDigestAlgorithm; hex: string };
  timestamps: VerifiedTimestamp[];
  tlogEntries: VerifiedLogEntry[];
  /** Log entries present but not checked, because a key-signed bundle was verified without a trusted root. */
  uncheckedTlogEntries: number;
  /** For DSSE bundles: the statement's type, predicate type and subjects. */
  statement?: { type: string; predicateType: string; subjects: StatementSubject[] };
}

/** The content bytes of OID 1.3.6.1.4.1.11129.2.4.2 (RFC 6962 embedded SCT list). */
const SCT_OID_DER = Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x02]);

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** The message digest algorithms a bundle may name that are verified (SHA-3 ones are not). */
const HASH_NAMES: Readonly<Record<string, ArtifactDigestAlgorithm>> = {
  HASH_ALGORITHM_UNSPECIFIED: 'sha256',
  SHA2_256: 'sha256',
  SHA2_384: 'sha384',
  SHA2_512: 'sha512',
};

/** A leaf certificate checked once against the trust material (chain and SCTs); times are checked per bundle. */
interface CheckedLeaf {
  certificate: ParsedCertificate;
  /** Every authority of the trust whose certificate issued the leaf (a CA key can be listed for several periods), SCTs checked. */
  issuers: { root: TrustRoot; authority: CertificateAuthority }[];
  identity: { subjectAlternativeName: string; issuer: string; extensions: Partial<Record<FulcioExtensionName, string>> };
}

/**
 * Verifies a Sigstore bundle (v0.1 to v0.3, parsed JSON) for an artifact under a policy, offline:
 * the signature over the artifact (or, for DSSE, that the artifact is a subject of the signed
 * statement), the certificate chain to a CA of the trusted root and its SCTs, the transparency-log
 * entries and RFC 3161 timestamps, the thresholds of the issuing instance (a log entry where the
 * trusted root lists logs, a signed timestamp where it lists none), the certificate's validity at
 * every verified time, and then the policy's identity. Throws a {@link VerifyError}: `VERIFY_*`
 * for cryptographic failures, `VERIFY_POLICY_*` for a valid signature by someone else.
 */
export function verifyBundle(bundleJson: unknown, artifact: ArtifactInput, policy: VerificationPolicy, trust?: TrustMaterial): VerifiedSignature {
  try {
    return verify(bundleJson, artifact, policy, trust);
  } catch (error) {
    if (error instanceof VerifyError) throw error;
    // Whatever else a malformed bundle makes the ASN.1 or JSON readers throw still fails verification, with a code.
    throw new VerifyError('VERIFY_BUNDLE_INVALID', `malformed bundle: ${boundedText(error instanceof Error ? error.message : String(error))}`, { cause: error });
  }
}

function verify(bundleJson: unknown, artifact: ArtifactInput, policy: VerificationPolicy, trust: TrustMaterial | undefined): VerifiedSignature {
  const bundle = decodeBundle(bundleJson);
  const material = bundle.verificationMaterial;
  let leaf: CheckedLeaf | undefined;
  let signingKey: KeyObject;
  let keyDer: Buffer;
  if (material.content.$case === 'publicKey') {
    if (policy.kind !== 'key') {
      throw new VerifyError('VERIFY_KEY_MISMATCH', `expected a keyless bundle signed by ${describeMatcher(policy.identity)}, found a bundle signed by a key (hint ${quoted(material.content.publicKey.hint)})`);
    }
    signingKey = policy.publicKey;
    keyDer = policy.publicKey.export({ format: 'der', type: 'spki' });
  } else {
    const der = material.content.$case === 'certificate' ? material.content.certificate.rawBytes : (material.content.x509CertificateChain.certificates[0]?.rawBytes ?? Buffer.alloc(0));
    if (policy.kind !== 'certificate') {
      throw new VerifyError('VERIFY_KEY_MISMATCH', `expected a bundle signed by the key in ${policy.source}, found a keyless bundle with a certificate`);
    }
    if (trust === undefined) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', 'a keyless bundle needs a trusted root to verify its certificate');
    if (material.content.$case === 'x509CertificateChain') checkBundledChain(material.content.x509CertificateChain.certificates.map((certificate) => certificate.rawBytes));
    leaf = checkLeaf(der, trust);
    signingKey = leaf.certificate.publicKey;
    keyDer = der;
  }

  const verified = verifyContent(bundle, artifact, signingKey);
  const logged: LoggedContent = { signature: verified.signature, keyDer, ...verified.logged };

  const rfc3161 = (material.timestampVerificationData?.rfc3161Timestamps ?? []).map((timestamp) => readTimestamp(timestamp.signedTimestamp));
  expectDistinctEvidence(bundle, rfc3161);
  // A certificate is vouched for by its own instance's logs and timestamp authorities alone, as gh verifies: another
  // instance's log is not where the issuing CA's certificates are monitored.
  const roots = trust === undefined ? [] : leaf === undefined ? trust.roots : issuingRoots(leaf);
  const signedTimes: VerifiedTimestamp[] = [];
  rfc3161.forEach((timestamp, index) => {
    if (trust === undefined) return;
    const { earliest, latest } = verifyTimestamp(timestamp, verified.signature, roots, `rfc3161Timestamps[${index}]`);
    signedTimes.push({ source: 'timestamp-authority', time: latest, ...(earliest.getTime() === latest.getTime() ? {} : { earliest }) });
  });

  // Filled by index in two passes, so that entries keep the bundle's order.
  const tlogEntries: VerifiedLogEntry[] = [];
  const uncheckedTlogEntries = trust === undefined ? material.tlogEntries.length : 0;
  if (trust !== undefined) {
    // Entries with a signed promise first: their integration times, with the RFC 3161 ones, are the times a log key
    // proving an entry by its checkpoint alone must be valid at (a retired key dates nothing, and vouches for nothing).
    const promised = (promise: boolean): [TransparencyLogEntry, number][] => material.tlogEntries.flatMap((entry, index) => ((entry.inclusionPromise !== undefined) === promise ? [[entry, index] as [TransparencyLogEntry, number]] : []));
    for (const [entry, index] of promised(true)) tlogEntries[index] = verifyLogEntry(entry, roots, logged, `tlogEntries[${index}]`);
    const knownTimes = [...signedTimes.flatMap((timestamp) => [timestamp.earliest ?? timestamp.time, timestamp.time]), ...tlogEntries.flatMap((entry) => (entry.integratedTime === undefined ? [] : [entry.integratedTime]))];
    for (const [entry, index] of promised(false)) tlogEntries[index] = verifyLogEntry(entry, roots, logged, `tlogEntries[${index}]`, knownTimes);
  }

  const timestamps: VerifiedTimestamp[] = [
    ...tlogEntries.flatMap((entry) => (entry.integratedTime === undefined ? [] : [{ source: 'transparency-log' as const, time: entry.integratedTime }])),
    ...signedTimes,
  ];

  if (policy.kind === 'key' && policy.transparencyLog === 'required') requireKeyLogEntry(policy, trust, tlogEntries);
  let issuingRoot: TrustRoot | undefined;
  if (leaf !== undefined) {
    issuingRoot = checkValidity(leaf, timestamps);
    checkThresholds(issuingRoot, tlogEntries, timestamps, bundle);
    checkPolicy(leaf, policy as CertificatePolicy);
  }

  return {
    mediaType: bundle.mediaType,
    content: verified.statement === undefined ? 'message-signature' : 'dsse',
    signer:
      leaf === undefined
        ? { kind: 'key', source: (policy as { source: string }).source }
        : { kind: 'certificate', ...leaf.identity, notBefore: leaf.certificate.notBefore, notAfter: leaf.certificate.notAfter, trustRoot: issuingRoot?.label ?? '' },
    artifact: verified.artifact,
    timestamps,
    tlogEntries,
    uncheckedTlogEntries,
    ...(verified.statement === undefined ? {} : { statement: verified.statement }),
  };
}

/**
 * A key-signed bundle must carry a transparency-log entry verified against the trusted root, as
 * cosign's `verify --key` requires (one, unless told `--insecure-ignore-tlog`): a key holds no
 * time, and only the log lets the key's owner see every signature made with it.
 */
function requireKeyLogEntry(policy: KeyPolicy, trust: TrustMaterial | undefined, verified: readonly VerifiedLogEntry[]): void {
  if (trust === undefined) {
    throw new VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `the bundle signed by the key in ${policy.source} needs a trusted root to verify its transparency-log entry`, { hint: 'pass --trusted-root (input "trusted-root"), or --insecure-ignore-tlog (input "insecure-ignore-tlog") for a bundle signed offline' });
  }
  if (verified.length === 0) {
    throw new VerifyError('VERIFY_TLOG_MISSING', `the bundle signed by the key in ${policy.source} carries no transparency-log entry, which a key-signed bundle must have unless told`, {
      hint: 'a bundle signed offline (trust-kit sign-blob --key, a release signed with a key) has none: if you accept a signature that no public log shows, verify with --insecure-ignore-tlog (input "insecure-ignore-tlog"), as cosign is told',
    });
  }
}

/** Whether a bundle's JSON, not yet checked, sets a message signature (rather than a DSSE envelope). */
export function holdsMessageSignature(bundleJson: unknown): boolean {
  const signature = typeof bundleJson === 'object' && bundleJson !== null ? (bundleJson as { messageSignature?: unknown }).messageSignature : undefined;
  return signature !== undefined && signature !== null;
}

/** At most this many log entries, and this many RFC 3161 timestamps, per bundle (as sigstore-go): verification work stays bounded. */
const MAX_EVIDENCE = 32;

/**
 * Refuses a bundle that repeats a log entry (one log, and one index, one body or, for signed
 * entry timestamps, one integration time) or a timestamp (one authority certificate and one
 * time), or carries more of either than {@link MAX_EVIDENCE}: a repeated proof proves nothing
 * new, and a verifier counting towards a threshold would count it twice (sigstore-js refuses the
 * same repetitions).
 */
function expectDistinctEvidence(bundle: Bundle, timestamps: readonly ReadTimestamp[]): void {
  const { tlogEntries } = bundle.verificationMaterial;
  for (const [what, count] of [['transparency-log entries', tlogEntries.length], ['RFC 3161 timestamps', timestamps.length]] as const) {
    if (count > MAX_EVIDENCE) throw new VerifyError('VERIFY_BUNDLE_INVALID', `the bundle carries ${count} ${what}; at most ${MAX_EVIDENCE} are accepted`);
  }
  const seen = new Map<string, number>();
  const repeated = (key: string, index: number): number | undefined => {
    const first = seen.get(key);
    seen.set(key, first ?? index);
    return first;
  };
  tlogEntries.forEach((entry, index) => {
    const log = Buffer.from(entry.logId?.keyId ?? []).toString('hex');
    const body = createHash('sha256').update(entry.canonicalizedBody).digest('hex');
    const time = entry.inclusionPromise === undefined ? undefined : repeated(`time ${log} ${entry.integratedTime}`, index);
    const first = repeated(`index ${log} ${entry.logIndex}`, index) ?? repeated(`body ${log} ${body}`, index) ?? time;
    if (first !== undefined) throw new VerifyError('VERIFY_BUNDLE_INVALID', `tlogEntries[${index}] repeats tlogEntries[${first}]: the same log entry (one log, and one index, one body or one signed integration time) is given twice`);
  });
  timestamps.forEach((timestamp, index) => {
    // An unreadable timestamp is verifyTimestamp's to report, with its code.
    const signed = 'error' in timestamp ? undefined : `${timestamp.signerSerialNumber.toString('hex')} ${timestamp.signerIssuer.toString('hex')} ${timestamp.signingTime.latest.getTime()}`;
    const first = repeated(`timestamp ${timestamp.der.toString('base64')}`, index) ?? (signed === undefined ? undefined : repeated(`signed ${signed}`, index));
    if (first !== undefined) throw new VerifyError('VERIFY_BUNDLE_INVALID', `rfc3161Timestamps[${index}] repeats rfc3161Timestamps[${first}]: one timestamp authority's time is given twice`);
  });
}

/** An RFC 3161 timestamp of a bundle, parsed once: the token and what it is matched by, or why it cannot be read. */
type ReadTimestamp = ({ der: Buffer } & Rfc3161Timestamp) | { der: Buffer; error: unknown };

function readTimestamp(der: Buffer): ReadTimestamp {
  try {
    return { der, ...parseRfc3161(der) };
  } catch (error) {
    return { der, error };
  }
}

/**
 * The certificates a v0.1 or v0.2 bundle gives after its leaf decide nothing (the leaf is chained to the trusted
 * root's CAs), but they must be what they claim, as the conformance suite requires: certificates, each the issuer of
 * the one before it. A root at the end of the chain, as sigstore-js 1 wrote Fulcio's whole chain, is read; a root or
 * a stranger in the middle, or bytes that are no certificate, are refused.
 */
function checkBundledChain(certificates: readonly Buffer[]): void {
  if (certificates.length < 2) return;
  let previous: ParsedCertificate | undefined;
  certificates.forEach((der, index) => {
    const certificate = ParsedCertificate.parse(der, `x509CertificateChain.certificates[${index}]`);
    if (previous !== undefined && !previous.signedBy(certificate)) {
      throw new VerifyError('VERIFY_CERTIFICATE_INVALID', `x509CertificateChain.certificates[${index}] (${quoted(certificate.displayNames.subject)}) did not issue certificates[${index - 1}] (${quoted(previous.displayNames.subject)}): the bundle's certificate chain is not a chain`);
    }
    previous = certificate;
  });
}

function checkLeaf(der: Buffer, trust: TrustMaterial): CheckedLeaf {
  const cacheKey = der.toString('base64');
  const cached = trust.leafCache.get(cacheKey) as CheckedLeaf | undefined;
  if (cached !== undefined) return cached;
  const certificate = ParsedCertificate.parse(der, 'the bundle\'s signing certificate');
  const found = trust.authoritiesNamed(certificate.displayNames.issuer).filter(({ authority }) => {
    const issuer = authority.chain[0];
    return issuer !== undefined && issuer.isCA && certificate.signedBy(issuer);
  });
  if (found.length === 0 && trust.authoritiesNamed(certificate.displayNames.issuer).length > 0) {
    // Sigstore rotates keys under the same CA names: listing the root's CAs would name the very issuer the message says it lacks.
    throw new VerifyError('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${quoted(certificate.displayNames.issuer)}: ${trust.label} holds a CA of that name, but not the key that signed it (a root from before or after a key rotation, or of another deployment)`, {
      hint: "fetch the trusted root again where it is published, into a directory of its own as VERIFY.md does (`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` for Sigstore's and GitHub's), or pass the one of the deployment that signed, with --trusted-root",
    });
  }
  if (found.length === 0) {
    const cas = trust.roots.flatMap((root) => root.certificateAuthorities.map((ca) => ca.chain[0]?.displayNames.subject ?? '?'));
    throw new VerifyError('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${quoted(certificate.displayNames.issuer)}, which is not a CA of ${trust.label} (its CAs: ${cas.length === 0 ? 'none' : boundedList(cas.map((name) => quoted(name)))})`);
  }
  const chained = found.filter(({ authority }) => chainProblem(authority, CODE_SIGNING_EKU) === undefined);
  if (chained.length === 0) {
    const problem = chainProblem((found[0] as (typeof found)[number]).authority, CODE_SIGNING_EKU) ?? '';
    throw new VerifyError('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${quoted(certificate.displayNames.issuer)}, a CA of ${trust.label} whose certificate chain there cannot vouch for code signing: ${problem}`, {
      hint: 'fix the trusted root: each CA certificate must be signed by the next one of its chain, be a CA allowed to sign certificates, and allow code signing',
    });
  }
  const critical = certificate.unprocessedCriticalExtension;
  const misuse = certificate.isCA || certificate.claimsCA
    ? 'a CA certificate'
    : !certificate.allowsCodeSigning
      ? 'not valid for code signing (no code-signing extended key usage)'
      : !certificate.allowsDigitalSignature
        ? 'not valid for signatures (its key usage lacks digitalSignature)'
        : critical === undefined
          ? undefined
          : `restricted by a critical extension trust-kit does not process (${critical})`;
  if (misuse !== undefined) {
    throw new VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate is ${misuse}; expected a Fulcio code-signing leaf certificate`);
  }
  const names = certificate.subjectAltNames;
  if (names.length !== 1) {
    // With several names, which one is "the" identity is a guess another verifier may make differently.
    throw new VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate carries ${names.length} subject alternative names (${names.slice(0, 5).map((name) => quoted(name)).join(', ')}${names.length > 5 ? ', \u2026' : ''}); a Fulcio certificate names exactly one identity`);
  }
  let sctError: unknown;
  const issuers = chained.filter(({ root, authority }) => {
    try {
      checkSCTs(certificate, authority, root);
      return true;
    } catch (error) {
      sctError ??= error;
      return false;
    }
  });
  if (issuers.length === 0) throw sctError;
  const issuer = certificate.fulcioExtension(FULCIO_OIDS.issuer);
  const issuerV1 = certificate.fulcioExtension(FULCIO_OIDS.issuerV1);
  if (issuer !== undefined && issuerV1 !== undefined && issuer !== issuerV1) {
    // Fulcio writes both with one value; verifiers differ on which one they read, so two values make the issuer a guess.
    throw new VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate names two OIDC issuers: ${quoted(issuer)} (${FULCIO_OIDS.issuer}) and ${quoted(issuerV1)} (${FULCIO_OIDS.issuerV1})`);
  }
  // The same for the repository: trust-kit's --repo reads the source repository (.1.12), cosign's
  // --certificate-github-workflow-repository (which VERIFY.md gives) the older extension, so two repositories make opposite verdicts.
  const repository = certificate.fulcioExtension(FULCIO_OIDS.sourceRepositoryURI);
  const repositoryV1 = certificate.fulcioExtension(FULCIO_OIDS.githubWorkflowRepositoryV1);
  if (repository !== undefined && repositoryV1 !== undefined && URL.parse(repository)?.pathname.slice(1).toLowerCase() !== repositoryV1.toLowerCase()) {
    throw new VerifyError('VERIFY_CERTIFICATE_INVALID', `the signing certificate names two source repositories: ${quoted(repository)} (${FULCIO_OIDS.sourceRepositoryURI}) and ${quoted(repositoryV1)} (${FULCIO_OIDS.githubWorkflowRepositoryV1})`);
  }
  const extensions: Partial<Record<FulcioExtensionName, string>> = {};
  for (const [name, oid] of Object.entries(FULCIO_OIDS)) {
    if (name === 'issuerV1' || name === 'githubWorkflowRepositoryV1') continue;
    const value = certificate.fulcioExtension(oid);
    if (value !== undefined) extensions[name as FulcioExtensionName] = value;
  }
  const leaf: CheckedLeaf = {
    certificate,
    issuers,
    identity: {
      subjectAlternativeName: names[0] ?? '',
      issuer: issuer ?? issuerV1 ?? '',
      extensions,
    },
  };
  if (trust.leafCache.size >= 4096) trust.leafCache.clear();
  trust.leafCache.set(cacheKey, leaf);
  return leaf;
}

function checkSCTs(certificate: ParsedCertificate, authority: CertificateAuthority, root: TrustRoot): void {
  if (root.ctlogs.length === 0) return;
  let scts: SignedCertificateTimestamp[] | undefined;
  let tbs: Buffer;
  try {
    scts = certificate.signedCertificateTimestamps;
    tbs = tbsWithoutExtension(certificate.der, SCT_OID_DER);
  } catch (error) {
    throw new VerifyError('VERIFY_SCT_INVALID', `the certificate's signed certificate timestamps cannot be read: ${boundedText(error instanceof Error ? error.message : String(error))}`, { cause: error });
  }
  if (scts === undefined || scts.length === 0) {
    throw new VerifyError('VERIFY_SCT_MISSING', `${root.label} lists certificate-transparency logs, so the signing certificate must embed a signed certificate timestamp; it has none`);
  }
  const issuerKeyHash = createHash('sha256').update((authority.chain[0] as ParsedCertificate).subjectPublicKeyInfo).digest();
  const length = Buffer.alloc(3);
  length.writeUIntBE(tbs.length, 0, 3);
  const preCert = Buffer.concat([issuerKeyHash, length, tbs]);
  const verified = scts.filter((sct) =>
    root.ctlogs.some((log) => log.logId.equals(sct.logId) && log.validFrom <= sct.time && sct.time <= log.validTo && verifySct(sct, preCert, log.publicKey)),
  );
  // An SCT of a listed log that verifies, but at a time the trusted root does not trust the log's key: the root is the cause, not the bundle.
  const outsideWindow = verified.length === 0 ? scts.find((sct) => root.ctlogs.some((log) => log.logId.equals(sct.logId) && (sct.time < log.validFrom || log.validTo < sct.time) && verifySct(sct, preCert, log.publicKey))) : undefined;
  if (outsideWindow !== undefined) {
    throw new VerifyError('VERIFY_SCT_INVALID', `the certificate's signed certificate timestamp of CT log ${abbreviate(outsideWindow.logId.toString('hex'))} was made at ${outsideWindow.time.toISOString()}, outside the validity of the log's key in ${root.label}`, {
      hint: 'the trusted root is out of date or cut short: fetch it again where it is published (`gh attestation trusted-root`), or pass the one of the deployment that signed, with --trusted-root',
    });
  }
  if (verified.length === 0) {
    throw new VerifyError('VERIFY_SCT_INVALID', `none of the certificate's ${scts.length} signed certificate timestamp(s) verifies with a CT log of ${root.label} (SCT log ids: ${scts.map((sct) => abbreviate(sct.logId.toString('hex'))).join(', ')})`);
  }
}

interface VerifiedContent {
  signature: Buffer;
  artifact: { algorithm: ArtifactDigestAlgorithm; hex: string };
  logged: Pick<LoggedContent, 'messageDigest' | 'payloadSha256' | 'paeSha256'>;
  statement?: VerifiedSignature['statement'];
}

function verifyContent(bundle: Bundle, artifact: ArtifactInput, key: KeyObject): VerifiedContent {
  const content = bundle.content;
  if (content.$case === 'messageSignature') {
    const message = content.messageSignature;
    const algorithm = HASH_NAMES[message.messageDigest.algorithm];
    if (algorithm === undefined) throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `the message digest algorithm ${message.messageDigest.algorithm} is not supported (sha256, sha384, sha512)`);
    const signed = message.messageDigest.digest.toString('hex');
    let actual: string;
    if ('bytes' in artifact) {
      actual = createHash(algorithm).update(artifact.bytes).digest('hex');
    } else {
      if (artifact.digest.algorithm !== algorithm) {
        throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `the bundle signs a ${algorithm} digest, but the artifact was given as a ${artifact.digest.algorithm} digest`, { hint: `give the artifact as ${algorithm}:<hex>, or the file itself` });
      }
      actual = artifact.digest.hex.toLowerCase();
    }
    if (actual !== signed) {
      throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `the bundle signs ${algorithm}:${signed}, but the artifact is ${algorithm}:${actual}`);
    }
    const signature = message.signature;
    let valid: boolean;
    if ('bytes' in artifact) {
      valid = verifyWith(key, algorithm, artifact.bytes, signature);
    } else {
      if (artifact.verifyPrehashed === undefined) {
        throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `the bundle holds a message signature, which this verification by digest (${algorithm}:${actual}) cannot check: it was given no verifier of signatures over a digest`, { hint: 'verify with the artifact file instead of its digest' });
      }
      valid = artifact.verifyPrehashed(key, Buffer.from(actual, 'hex'), signature);
    }
    if (!valid) throw new VerifyError('VERIFY_SIGNATURE_INVALID', `the message signature over ${algorithm}:${actual} does not verify with the signing ${keyName(key)}`);
    return { signature, artifact: { algorithm, hex: actual }, logged: { messageDigest: { algorithm, hex: signed } } };
  }
  const envelope = content.dsseEnvelope;
  if (envelope.signatures.length !== 1) throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `expected a DSSE envelope with 1 signature, found ${envelope.signatures.length}`);
  const signature = (envelope.signatures[0] as { sig: Buffer }).sig;
  const payload = envelope.payload;
  const pae = preAuthEncoding(envelope.payloadType, payload);
  if (!verifyWith(key, 'sha256', pae, signature)) {
    throw new VerifyError('VERIFY_SIGNATURE_INVALID', `the DSSE signature over the ${quoted(envelope.payloadType)} payload does not verify with the signing ${keyName(key)}`);
  }
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `expected a DSSE payload of type ${IN_TOTO_PAYLOAD_TYPE} (an in-toto statement naming its subjects), found ${quoted(envelope.payloadType)}`);
  }
  const statement = parseStatement(payload);
  const digestOf = artifactDigester(artifact);
  const subject = statement.subjects.find((candidate) => {
    const algorithms = comparableAlgorithms(candidate, digestOf);
    return algorithms.length > 0 && algorithms.every((name) => candidate.digest[name]?.toLowerCase() === digestOf(name));
  });
  const algorithm: ArtifactDigestAlgorithm = 'bytes' in artifact ? 'sha256' : artifact.digest.algorithm;
  if (subject === undefined) {
    const hex = digestOf(algorithm) ?? '';
    // Names and digests are the signer's to choose: quoted (escaped) and shortened, as many as fit a line.
    const listed = statement.subjects.slice(0, 5).map((candidate) => `${quoted(candidate.name, 100)} (${Object.entries(candidate.digest).slice(0, 3).map(([name, value]) => `${quoted(abbreviate(name, 16)).slice(1, -1)}:${quoted(abbreviate(String(value))).slice(1, -1)}`).join(', ')})`);
    throw new VerifyError('VERIFY_SUBJECT_MISMATCH', `the artifact ${algorithm}:${hex} is not a subject of the signed statement; its ${statement.subjects.length} subject(s): ${listed.join('; ')}${statement.subjects.length > 5 ? '; \u2026' : ''}`);
  }
  const matchedAlgorithm = comparableAlgorithms(subject, digestOf)[0] ?? algorithm;
  return {
    signature,
    artifact: { algorithm: matchedAlgorithm, hex: digestOf(matchedAlgorithm) ?? '' },
    logged: { payloadSha256: createHash('sha256').update(payload).digest('hex'), paeSha256: createHash('sha256').update(pae).digest('hex') },
    statement,
  };
}

/** DSSE's pre-authentication encoding of a payload, what its signature covers: `DSSEv1 <type length> <type> <payload length> <payload>`. */
function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'ascii'), type, Buffer.from(` ${payload.length} `, 'ascii'), payload]);
}

/**
 * The statement types a verifier reads: v1, and v0.1, which cosign 2's attestations and
 * slsa-github-generator's provenance still carry (its subject, predicateType and predicate are v1's).
 * Another URI under in-toto.io is no version of the spec this reads (sigstore-python takes v1 only).
 */
const STATEMENT_TYPES: readonly string[] = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];

/** The fields of an in-toto statement, and of its subjects, that Go reads into struct fields (in-toto-golang's, cosign's). */
const STATEMENT_FIELDS = ['_type', 'subject', 'predicateType', 'predicate'];
const SUBJECT_FIELDS = ['name', 'digest'];

/** A key as Go's encoding/json compares it with an ASCII field name: case-insensitively, U+017F (long s) as s and U+212A (Kelvin) as k. */
function goFolded(key: string): string {
  return key.toLowerCase().replace(/\u017f/g, 's');
}

/**
 * Refuses an object holding two keys that Go's encoding/json takes for one of `fields`: it matches
 * names case-insensitively and keeps the last, so cosign's attestation policies (which read the
 * statement with it) would see `PredicateType` where JSON.parse and this verifier see `predicateType`.
 */
function refuseFoldedFields(object: object, fields: readonly string[], where: string): void {
  const keys = Object.keys(object);
  for (const field of fields) {
    const matching = keys.filter((key) => goFolded(key) === field.toLowerCase());
    if (matching.length > 1) {
      throw new VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement)${where} has both ${matching.slice(0, 2).map((key) => quoted(key, 100)).join(' and ')}, which Go's encoding/json (cosign's attestation policies) reads as one field, the last winning`, { hint: JSON_FAULT_HINT });
    }
  }
}

function parseStatement(payload: Buffer): NonNullable<VerifiedSignature['statement']> {
  // JSON text is UTF-8 (RFC 8259); read leniently, bytes that are not would be U+FFFD here and a refusal in gh, cosign and sigstore-python.
  if (!isUtf8(payload)) throw new VerifyError('VERIFY_BUNDLE_INVALID', 'the DSSE payload (an in-toto statement) is not UTF-8 text, which gh, cosign and sigstore-python refuse to read');
  const text = payload.toString('utf8');
  let statement: unknown;
  try {
    statement = JSON.parse(text);
  } catch {
    throw new VerifyError('VERIFY_BUNDLE_INVALID', 'the DSSE payload is not JSON, though its type says in-toto statement');
  }
  // JSON.parse keeps the last of two equal keys, sigstore-go (protobuf JSON) refuses them: a statement read two ways names other subjects or predicates to each.
  const fault = jsonFault(text);
  if (fault !== undefined) throw new VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) ${describeJsonFault(fault)}`, { hint: JSON_FAULT_HINT });
  const { _type: type, predicateType, subject } = (statement ?? {}) as { _type?: unknown; predicateType?: unknown; subject?: unknown };
  if (typeof type !== 'string' || !STATEMENT_TYPES.includes(type) || !Array.isArray(subject)) {
    throw new VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload is not an in-toto statement (expected _type https://in-toto.io/Statement/v1 or v0.1 and a subject list, found _type ${quoted(type ?? null)})`);
  }
  refuseFoldedFields(statement as object, STATEMENT_FIELDS, '');
  // In-toto requires a predicate type, a URI: another kind of value read as none would be reported as another type than asked for.
  if (typeof predicateType !== 'string' || predicateType === '') {
    throw new VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has ${predicateType === undefined ? 'no predicateType' : `a predicateType that is not a URI (${predicateType === '' ? 'empty' : Array.isArray(predicateType) ? 'an array' : predicateType === null ? 'null' : typeof predicateType})`}`, {
      hint: 'in-toto statements name their predicate type as a URI string; no attestation tool wrote this one: do not trust it',
    });
  }
  // A predicate is an object (in-toto Statement v1; sigstore-python refuses another kind); absent is allowed, as the spec allows.
  const { predicate } = statement as { predicate?: unknown };
  if (predicate !== undefined && predicate !== null && (typeof predicate !== 'object' || Array.isArray(predicate))) {
    throw new VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has a predicate that is not an object (${Array.isArray(predicate) ? 'an array' : typeof predicate})`, { hint: 'in-toto statements carry their predicate as a JSON object; no attestation tool wrote this one: do not trust it' });
  }
  subject.forEach((entry: unknown, index) => {
    if (typeof entry === 'object' && entry !== null) refuseFoldedFields(entry, SUBJECT_FIELDS, ` its subject ${index + 1}`);
  });
  const subjects = subject.map((entry: unknown, index) => {
    const { name, digest } = (typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry : { name: 0 }) as { name?: unknown; digest?: unknown };
    // A digest set maps algorithms to strings (protobuf JSON, as sigstore-go and sigstore-python read it, refuses anything else); a number or a list would be read as no digest here and as a failure there.
    const digests = typeof digest === 'object' && digest !== null && !Array.isArray(digest) ? Object.values(digest) : undefined;
    if ((name !== undefined && typeof name !== 'string') || digests?.every((value) => typeof value === 'string') !== true) {
      throw new VerifyError('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has a subject ${index + 1} that is not an object of a name and a digest set (digest strings by algorithm)`, {
        hint: 'in-toto statements list subjects as {"name": "...", "digest": {"sha256": "<hex>"}}; no attestation tool wrote this one: do not trust it',
      });
    }
    return { name: name ?? '', digest: digest as Record<string, string> };
  });
  return { type, predicateType, subjects };
}

/** The artifact's digest by an algorithm: computed from its bytes on first use, or the given digest when it is by that algorithm. */
function artifactDigester(artifact: ArtifactInput): (algorithm: ArtifactDigestAlgorithm) => string | undefined {
  if (!('bytes' in artifact)) return (algorithm) => (algorithm === artifact.digest.algorithm ? artifact.digest.hex : artifact.moreDigests?.[algorithm])?.toLowerCase();
  const computed = new Map<ArtifactDigestAlgorithm, string>();
  return (algorithm) => {
    let hex = computed.get(algorithm);
    if (hex === undefined) computed.set(algorithm, (hex = createHash(algorithm).update(artifact.bytes).digest('hex')));
    return hex;
  };
}

const SUBJECT_ALGORITHMS: readonly ArtifactDigestAlgorithm[] = ['sha256', 'sha384', 'sha512'];

/**
 * The algorithms by which a subject can be compared with the artifact, all of which must agree: a
 * subject whose sha256 names one artifact and whose sha512 another is a match for neither.
 */
function comparableAlgorithms(subject: StatementSubject, digestOf: (algorithm: ArtifactDigestAlgorithm) => string | undefined): ArtifactDigestAlgorithm[] {
  return SUBJECT_ALGORITHMS.filter((algorithm) => subject.digest[algorithm] !== undefined && digestOf(algorithm) !== undefined);
}

function verifyTimestamp(timestamp: ReadTimestamp, signature: Buffer, roots: readonly TrustRoot[], where: string): SignedTime {
  if ('error' in timestamp) {
    const { error } = timestamp;
    throw new VerifyError('VERIFY_TIMESTAMP_INVALID', `${where}: not a valid RFC 3161 timestamp: ${boundedText(error instanceof Error ? error.message : String(error))}`, {
      cause: error,
      hint: 'the bundle\'s timestamp could not be read, so it dates nothing: give the bundle as it was published (a damaged or hand-edited one is not), and do not trust this artifact until it verifies',
    });
  }
  const { signingTime } = timestamp;
  const authorities = roots.flatMap((root) => root.timestampAuthorities);
  const candidates = authorities.filter((ca) => {
    const signer = ca.chain[0];
    return signer !== undefined && signer.serialNumber.equals(timestamp.signerSerialNumber) && signer.issuer.equals(timestamp.signerIssuer);
  });
  if (candidates.length === 0) {
    throw new VerifyError('VERIFY_TIMESTAMP_INVALID', `${where}: signed by a timestamp authority certificate (serial ${timestamp.signerSerialNumber.toString('hex')}) that ${rootLabels(roots)} does not list (it lists ${authorities.length} timestamp authorit${authorities.length === 1 ? 'y' : 'ies'})`);
  }
  let lastProblem = '';
  let hint: string | undefined;
  for (const ca of candidates) {
    if (!within(signingTime, ca.validFrom, ca.validTo)) {
      lastProblem = `the timestamp's time ${shownTime(signingTime)} is outside the window the trusted root trusts its timestamp authority in (validFor ${describeValidity(ca.validFrom, ca.validTo)})`;
      hint = WINDOW_HINT;
      continue;
    }
    const expired = ca.chain.find((certificate) => !validThroughout(certificate, signingTime));
    if (expired !== undefined) {
      lastProblem = `the timestamp's time ${shownTime(signingTime)} is outside the validity of the timestamp authority's certificate "${expired.displayNames.subject}" (${expired.notBefore.toISOString()} to ${expired.notAfter.toISOString()})`;
      hint = undefined;
      continue;
    }
    const signer = ca.chain[0] as ParsedCertificate;
    const claimed = timestamp.signingTimeAttribute;
    // Go's CMS reader (sigstore-go, cosign) refuses a signing time its signer's certificate does not cover, whatever genTime says.
    if (claimed !== undefined && !validThroughout(signer, claimed)) {
      lastProblem = `the signed signing-time attribute ${shownTime(claimed)} is outside the validity of the timestamp authority's certificate (${signer.notBefore.toISOString()} to ${signer.notAfter.toISOString()})`;
      continue;
    }
    const problem = chainProblem(ca, TIME_STAMPING_EKU);
    if (problem !== undefined) {
      lastProblem = `the timestamp authority's certificate chain in the trusted root cannot vouch for timestamps: ${problem}`;
      continue;
    }
    try {
      verifyRfc3161(timestamp, signature, signer.publicKey, signer.der);
      return signingTime;
    } catch (error) {
      lastProblem = boundedText(error instanceof Error ? error.message : String(error));
      hint = undefined;
    }
  }
  throw new VerifyError('VERIFY_TIMESTAMP_INVALID', `${where}: ${lastProblem}`, hint === undefined ? {} : { hint });
}

/** The hint when a trusted root's own window (validFor), not a certificate, leaves out a bundle's time. */
const WINDOW_HINT = 'the trusted root does not trust that authority at the time the bundle was signed (it was retired before, or added after): check that the trusted root is the current one of the instance that signed, and do not trust this artifact until it verifies';

const chainProblems = new WeakMap<CertificateAuthority, string | null>();

/**
 * Why a trusted authority's chain cannot vouch for what it is used for, or undefined when it can;
 * checked once per authority. A Fulcio CA's chain (`usage` code signing) is all issuers, the
 * certificate that issues the leaves first; a timestamp authority's (`usage` time stamping) starts
 * with its signing certificate (a leaf whose critical extended key usage is timeStamping alone),
 * then its issuers. Each certificate must be signed by the next, and
 * each issuer be a CA whose key may sign certificates and whose path length allows the CAs below
 * it, as sigstore-js and Go's x509 (cosign, sigstore-go) check a path; every certificate's extended
 * key usage, when it has one, must allow `usage`, as Go's x509 checks it (a trusted root's CA for
 * TLS servers vouches for no signature).
 */
function chainProblem(ca: CertificateAuthority, usage: typeof CODE_SIGNING_EKU | typeof TIME_STAMPING_EKU): string | undefined {
  let problem = chainProblems.get(ca);
  if (problem === undefined) {
    problem = findChainProblem(ca.chain, usage === TIME_STAMPING_EKU ? 1 : 0, usage) ?? null;
    chainProblems.set(ca, problem);
  }
  return problem ?? undefined;
}

function findChainProblem(chain: readonly ParsedCertificate[], firstIssuer: number, usage: string): string | undefined {
  const named = (index: number): string => `certChain[${index}] (${quoted((chain[index] as ParsedCertificate).displayNames.subject)})`;
  for (const [index, certificate] of chain.entries()) {
    if (!certificate.allowsExtendedKeyUsage(usage)) return `${named(index)} has an extended key usage without ${usage === TIME_STAMPING_EKU ? 'timeStamping' : 'codeSigning'}`;
    if (index < firstIssuer) {
      const problem = timestampSignerProblem(certificate);
      if (problem !== undefined) return `${named(index)} ${problem}`;
      continue;
    }
    // Before the CA check, which OpenSSL fails for a key usage without keyCertSign too: the precise reason first.
    if (!certificate.allowsCertSign) return `${named(index)} issues certificates but its key usage lacks keyCertSign`;
    if (!certificate.isCA) return `${named(index)} issues certificates but is not a CA certificate`;
    const pathLength = certificate.pathLengthConstraint;
    const below = index - firstIssuer;
    if (pathLength !== undefined && pathLength < below) return pathLength < 0 ? `${named(index)} has basic constraints that cannot be read` : `${named(index)} allows ${pathLength} CA certificate${pathLength === 1 ? '' : 's'} below it (pathLenConstraint), but ${below} follow${below === 1 ? 's' : ''} it`;
  }
  // Signatures last: OpenSSL refuses an issuer that is no CA before it looks at the signature, which would hide why.
  const unsigned = chain.findIndex((certificate, index) => index + 1 < chain.length && !certificate.signedBy(chain[index + 1] as ParsedCertificate));
  return unsigned === -1 ? undefined : `${named(unsigned)} is not signed by ${named(unsigned + 1)}`;
}

/**
 * Why a timestamp authority's signing certificate is not one as RFC 3161 2.3 defines it and
 * sigstore's timestamp-authority verifier (sigstore-go, cosign) requires it: an extended key usage
 * extension, critical, naming timeStamping alone, on a certificate that is no CA. A key certified
 * for other uses too could have signed the token as something else.
 */
function timestampSignerProblem(certificate: ParsedCertificate): string | undefined {
  const eku = certificate.extendedKeyUsage;
  if (certificate.isCA || certificate.claimsCA) return 'is a CA certificate, not a timestamp authority\'s signing certificate';
  if (eku === undefined) return 'has no extended key usage; a timestamp authority\'s signing certificate names timeStamping alone, as a critical extension (RFC 3161 2.3)';
  if (!eku.critical) return 'has an extended key usage that is not critical; RFC 3161 2.3 requires it critical';
  if (eku.usages.length !== 1) return `has an extended key usage that names ${eku.usages.length} usages; a timestamp authority's signing certificate names timeStamping alone (RFC 3161 2.3)`;
  if (eku.usages[0] !== TIME_STAMPING_EKU) return `has an extended key usage that names ${eku.usages[0] ?? ''}, not timeStamping alone (RFC 3161 2.3)`;
  return undefined;
}

function checkThresholds(root: TrustRoot, tlogEntries: readonly VerifiedLogEntry[], timestamps: readonly VerifiedTimestamp[], bundle: Bundle): void {
  if (root.tlogs.length > 0 && tlogEntries.length === 0) {
    throw new VerifyError('VERIFY_TLOG_MISSING', `expected at least 1 transparency-log entry (${root.label} lists ${root.tlogs.map((log) => log.baseUrl).join(', ')}), found ${bundle.verificationMaterial.tlogEntries.length}`);
  }
  const signed = timestamps.filter((timestamp) => timestamp.source === 'timestamp-authority').length;
  if (root.tlogs.length === 0 && signed === 0) {
    throw new VerifyError('VERIFY_TIMESTAMP_MISSING', `expected at least 1 signed timestamp (${root.label} lists no transparency log, so a timestamp authority must vouch for the signing time), found none`);
  }
  if (timestamps.length === 0) {
    throw new VerifyError('VERIFY_TIMESTAMP_MISSING', 'expected at least 1 verified signing time (a log entry with an inclusion promise, or a signed timestamp), found none');
  }
}

/** The instances whose CAs issued the leaf (one, unless a trust lists a CA twice). */
function issuingRoots(leaf: CheckedLeaf): TrustRoot[] {
  return [...new Set(leaf.issuers.map((issuer) => issuer.root))];
}

/**
 * Checks that the leaf and an issuing authority were valid at every verified time, and returns
 * that authority's instance; the first failure is reported when no authority fits.
 */
function checkValidity(leaf: CheckedLeaf, timestamps: readonly VerifiedTimestamp[]): TrustRoot {
  const { certificate } = leaf;
  for (const timestamp of timestamps) {
    if (!validThroughout(certificate, boundsOf(timestamp))) {
      throw new VerifyError('VERIFY_CERTIFICATE_EXPIRED', `the signing certificate is valid from ${certificate.notBefore.toISOString()} to ${certificate.notAfter.toISOString()}, but the ${timestamp.source} time is ${shownTime(boundsOf(timestamp))}`);
    }
  }
  let problem: { message: string; hint?: string } | undefined;
  for (const { root, authority } of leaf.issuers) {
    const outside = timestamps.find((timestamp) => !within(boundsOf(timestamp), authority.validFrom, authority.validTo) || !authority.chain.every((ca) => validThroughout(ca, boundsOf(timestamp))));
    if (outside === undefined) return root;
    const named = `the issuing CA "${authority.chain[0]?.displayNames.subject ?? '?'}"`;
    const at = `the ${outside.source} time ${shownTime(boundsOf(outside))}`;
    const expired = authority.chain.find((ca) => !validThroughout(ca, boundsOf(outside)));
    problem ??=
      !within(boundsOf(outside), authority.validFrom, authority.validTo)
        ? { message: `${at} is outside the window the trusted root trusts ${named} in (validFor ${describeValidity(authority.validFrom, authority.validTo)})`, hint: WINDOW_HINT }
        : { message: `${at} is outside the validity of ${expired === authority.chain[0] ? named : `the certificate "${expired?.displayNames.subject ?? '?'}" in the chain of ${named}`} (${expired?.notBefore.toISOString() ?? '?'} to ${expired?.notAfter.toISOString() ?? '?'})` };
  }
  throw new VerifyError('VERIFY_CERTIFICATE_EXPIRED', problem?.message ?? 'no issuing CA of the trusted root was valid at the signing time', problem?.hint === undefined ? {} : { hint: problem.hint });
}

/**
 * The hint when an exact identity and the certificate's differ only in the ref after the last `@`:
 * the same workflow signed, for another release (a consumer's commonest mix-up) or at the commit a
 * caller pinned a reusable workflow to, so "signed by someone else" would be untrue.
 */
function otherRefHint(expected: Matcher, found: string): string | undefined {
  if (expected.kind !== 'exact') return undefined;
  const at = workflowRefAt(expected.value);
  const foundAt = workflowRefAt(found);
  if (at === -1 || foundAt === -1 || expected.value.slice(0, at) !== found.slice(0, foundAt)) return undefined;
  const foundRef = quoted(found.slice(foundAt + 1));
  return `the same workflow signed, at ${foundRef}, not at ${quoted(expected.value.slice(at + 1))}: this file belongs to what that ref made (another release, or the commit a caller pinned a reusable workflow to); use the files of the release you expect, or pin ${foundRef} if that is the ref you expect`;
}

function checkPolicy(leaf: CheckedLeaf, policy: CertificatePolicy): void {
  const { subjectAlternativeName, issuer, extensions } = leaf.identity;
  if (!matches(policy.identity, subjectAlternativeName)) {
    const hint = otherRefHint(policy.identity, subjectAlternativeName);
    throw new VerifyError(policy.mismatchCodes?.identity ?? 'VERIFY_POLICY_IDENTITY_MISMATCH', `expected certificate identity ${describeMatcher(policy.identity)}, found ${quoted(subjectAlternativeName)}`, hint === undefined ? {} : { hint });
  }
  if (!matches(policy.issuer, issuer)) {
    throw new VerifyError('VERIFY_POLICY_ISSUER_MISMATCH', `expected OIDC issuer ${describeMatcher(policy.issuer)}, found ${quoted(issuer)}`);
  }
  for (const [name, expected] of Object.entries(policy.extensions)) {
    const found = extensions[name as FulcioExtensionName];
    const equal = policy.extensionsIgnoringCase?.includes(name as FulcioExtensionName) === true ? found !== undefined && asciiLowerCase(found) === asciiLowerCase(expected) : found === expected;
    if (!equal) {
      throw new VerifyError(policy.mismatchCodes?.extensions?.[name as FulcioExtensionName] ?? 'VERIFY_POLICY_EXTENSION_MISMATCH', `expected certificate extension ${name} (${FULCIO_OIDS[name as FulcioExtensionName]}) ${quoted(expected)}, found ${found === undefined ? 'none' : quoted(found)}`);
    }
  }
}


function verifyWith(key: KeyObject, algorithm: ArtifactDigestAlgorithm, data: Uint8Array, signature: Buffer): boolean {
  try {
    return verifyBytes(key.asymmetricKeyType === 'ed25519' ? null : algorithm, data, key, signature);
  } catch {
    return false;
  }
}

function keyName(key: KeyObject): string {
  return `${key.asymmetricKeyType ?? ''} key`.trim();
}
