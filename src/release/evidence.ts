import { ParsedCertificate, FULCIO_OIDS } from '../sigstore/verify/certificate.js';
import { organizationsOf } from '../sigstore/verify/der.js';

/** Which Sigstore deployment issued a signing certificate, from its CA's organization: public-good (`sigstore.dev`), GitHub's (`GitHub, Inc.`) or another. */
export type EvidenceInstance = 'public-good' | 'github' | 'other';

/** Who signed a release's checksums file, as its signature tells. */
export type EvidenceSigner =
  | {
      kind: 'certificate';
      /** The certificate's identity (subject alternative name): for GitHub Actions, the workflow and its ref. */
      identity: string;
      /** The OIDC issuer (Fulcio extension), when the certificate names one. */
      issuer: string | undefined;
      /** The source repository URI (Fulcio extension), when the certificate names one. */
      sourceRepository: string | undefined;
      instance: EvidenceInstance;
      /** The organization of the CA that issued the certificate: tells two other deployments apart. */
      caOrganization: string | undefined;
    }
  | { kind: 'key' };

/** What a release carries as evidence of where its files come from, read from its asset list and a few small assets. */
export interface Evidence {
  /** The checksums file, its signature (undefined: unsigned) and who signed it (undefined: signed, but the signature could not be read). */
  checksums: { file: string; signature: string | undefined; signer: EvidenceSigner | undefined } | undefined;
  /** How many assets sign one other asset each (`<asset>.sigstore.json`, `.sig`, `.bundle`), the checksums file's signature aside. */
  artifactSignatures: number;
  /** The predicate types of the attestations in its `*.intoto.jsonl` assets, sorted, each once. */
  predicateTypes: string[];
  /** Its SBOM assets, sorted. */
  sboms: string[];
  /** Whether it carries trust-kit's signing audit log. */
  auditLog: boolean;
  /** Whether the release is immutable (GitHub attests it and no asset may change). */
  immutable: boolean;
  /** How many container images it says were signed; undefined when it does not say. */
  imagesSigned: number | undefined;
  /** What could not be read, one sentence each: the evidence is as far as the rest tells. */
  unread: string[];
}

/** An asset as the release lists it. */
export interface EvidenceAsset {
  readonly name: string;
  readonly size: number;
}

/** An asset whose bytes {@link evidenceOf} reads, and the most it reads of it. */
export interface EvidenceRead {
  readonly name: string;
  readonly maxBytes: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;

/** The most read of each kind of asset: a hostile release's huge asset is left unread, and said so. */
export const EVIDENCE_LIMITS = {
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
} as const;

/** Names checksums files go by: SHA256SUMS, SHA256SUMS.txt, checksums.txt, <project>_<version>_checksums.txt, sha256sums.txt. */
const CHECKSUMS_NAME = /^(?:SHA(?:1|224|256|384|512)SUMS(?:\.txt)?|(?:.*[._-])?(?:checksums?|sha(?:256|512)sums?)(?:\.txt)?)$/i;
/** Suffixes of assets that sign the asset they are named after; the first three hold a certificate or a bundle. */
const SIGNATURE_SUFFIXES = ['.sigstore.json', '.sigstore', '.bundle', '.sig', '.asc', '.minisig'] as const;
/** Suffixes of a detached certificate beside a `.sig` (cosign sign-blob --output-certificate). */
const CERTIFICATE_SUFFIXES = ['.pem', '.cert', '.crt'] as const;
const ATTESTATIONS_NAME = /\.intoto\.jsonl$/;
const SBOM_NAME = /(?:\.(?:spdx|cdx)(?:\.json|\.xml)?|\.sbom(?:\.json)?|(?:^|[._-])(?:sbom|bom)\.(?:json|xml))$/i;
const AUDIT_LOG_NAME = 'trust-kit-audit.jsonl';
const INSTRUCTIONS_NAME = 'VERIFY.md';

/** Whether a signature asset is a bundle (holding its certificate or key), not a bare signature. */
function isBundle(name: string): boolean {
  return name.endsWith('.sigstore.json') || name.endsWith('.sigstore') || name.endsWith('.bundle');
}

function signatureOf(names: ReadonlySet<string>, file: string): string | undefined {
  for (const suffix of SIGNATURE_SUFFIXES) if (names.has(`${file}${suffix}`)) return `${file}${suffix}`;
  return undefined;
}

function isSignature(names: ReadonlySet<string>, name: string): boolean {
  return SIGNATURE_SUFFIXES.some((suffix) => name.endsWith(suffix) && names.has(name.slice(0, -suffix.length))) || CERTIFICATE_SUFFIXES.some((suffix) => name.endsWith(suffix) && names.has(`${name.slice(0, -suffix.length)}.sig`));
}

/** What the asset names alone tell: the checksums file and its signature, and which assets are signatures, attestations, SBOMs. */
function classify(assets: readonly EvidenceAsset[]): { names: Set<string>; checksums: { file: string; signature: string | undefined } | undefined; attestations: string[]; sboms: string[]; artifactSignatures: string[] } {
  const names = new Set(assets.slice(0, EVIDENCE_LIMITS.assets).map((asset) => asset.name));
  const sorted = [...names].sort();
  const candidates = sorted.filter((name) => CHECKSUMS_NAME.test(name)).map((file) => ({ file, signature: signatureOf(names, file) }));
  // A signed checksums file counts over an unsigned one; among signed ones, a Sigstore bundle first.
  const rank = (candidate: { signature: string | undefined }): number => (candidate.signature === undefined ? 2 : candidate.signature.endsWith('.sigstore.json') ? 0 : 1);
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
function detachedCertificate(names: ReadonlySet<string>, file: string): string | undefined {
  return CERTIFICATE_SUFFIXES.map((suffix) => `${file}${suffix}`).find((name) => names.has(name));
}

/** Which attestation files are read: the first few, as long as together they fit the limit; the others with why not. */
function attestationReads(attestations: readonly string[], sizes: ReadonlyMap<string, number>): { read: string[]; skipped: string[] } {
  const read: string[] = [];
  const skipped: string[] = [];
  let budget: number = EVIDENCE_LIMITS.attestations;
  for (const name of attestations) {
    const size = sizes.get(name) ?? 0;
    if (read.length >= EVIDENCE_LIMITS.attestationFiles) skipped.push(`${name} was not read: at most ${EVIDENCE_LIMITS.attestationFiles} attestation files are`);
    else if (size > budget) skipped.push(`${name} was not read: the attestation files read may hold ${EVIDENCE_LIMITS.attestations / MiB} MiB together`);
    else {
      read.push(name);
      budget -= size;
    }
  }
  return { read, skipped };
}

/** The assets whose bytes {@link evidenceOf} needs, each with the most it reads: the checksums file's signature (and certificate), the attestation files, VERIFY.md. */
export function evidenceReads(assets: readonly EvidenceAsset[]): EvidenceRead[] {
  const { names, checksums, attestations } = classify(assets);
  const reads: EvidenceRead[] = [];
  if (checksums?.signature !== undefined) {
    const certificate = isBundle(checksums.signature) ? checksums.signature : detachedCertificate(names, checksums.file);
    if (certificate !== undefined) reads.push({ name: certificate, maxBytes: EVIDENCE_LIMITS.signature });
  }
  const sizes = new Map(assets.map((asset) => [asset.name, asset.size]));
  for (const name of attestationReads(attestations, sizes).read) reads.push({ name, maxBytes: EVIDENCE_LIMITS.attestations });
  if (names.has(INSTRUCTIONS_NAME)) reads.push({ name: INSTRUCTIONS_NAME, maxBytes: EVIDENCE_LIMITS.instructions });
  // Assets larger than their limit are not read at all: evidenceOf says so.
  return reads.filter((read) => (sizes.get(read.name) ?? 0) <= read.maxBytes);
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** DER bytes of a certificate given as PEM text, or as base64 of PEM (what cosign writes into `.pem` files and legacy bundles). */
function pemToDer(text: string): Buffer | undefined {
  const pem = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/.exec(text);
  if (pem !== null) return Buffer.from((pem[1] ?? '').replace(/\s+/g, ''), 'base64');
  const decoded = Buffer.from(text.trim(), 'base64').toString('utf8');
  return decoded.includes('-----BEGIN CERTIFICATE-----') ? pemToDer(decoded) : undefined;
}

const GITHUB_CA_ORGANIZATION = 'GitHub, Inc.';
const PUBLIC_GOOD_CA_ORGANIZATION = 'sigstore.dev';

/** Who a certificate names, and which deployment issued it; undefined when the bytes are not a certificate. */
function certificateSigner(der: Buffer): EvidenceSigner | undefined {
  let certificate: ParsedCertificate;
  try {
    certificate = ParsedCertificate.parse(der, 'the signing certificate');
    const identity = certificate.subjectAltNames[0];
    if (identity === undefined) return undefined;
    const caOrganization = organizationsOf(certificate.issuer)[0];
    const instance: EvidenceInstance = caOrganization === GITHUB_CA_ORGANIZATION ? 'github' : caOrganization === PUBLIC_GOOD_CA_ORGANIZATION ? 'public-good' : 'other';
    const issuer = certificate.fulcioExtension(FULCIO_OIDS.issuer) ?? certificate.fulcioExtension(FULCIO_OIDS.issuerV1);
    return { kind: 'certificate', identity, issuer, sourceRepository: certificate.fulcioExtension(FULCIO_OIDS.sourceRepositoryURI), instance, caOrganization };
  } catch {
    return undefined;
  }
}

/**
 * The signer a signature asset tells of: a Sigstore bundle (certificate, chain, or public key), a
 * cosign legacy bundle (`cert`, base64 PEM), or a `.sig` with its certificate beside it; a
 * signature without a certificate is a key's. Undefined with a reason when it cannot be read.
 */
function signerOf(signature: string, bytes: Buffer | undefined): { signer: EvidenceSigner } | { unread: string } {
  if (!isBundle(signature)) {
    if (bytes === undefined) return { signer: { kind: 'key' } };
    const der = pemToDer(bytes.toString('utf8'));
    const signer = der === undefined ? undefined : certificateSigner(der);
    return signer === undefined ? { unread: `the certificate beside ${signature} is not one` } : { signer };
  }
  const json = record(parseJson(bytes ?? Buffer.alloc(0)));
  if (json === undefined) return { unread: `${signature} is not a JSON object` };
  const material = record(json.verificationMaterial);
  if (material !== undefined) {
    if (material.publicKey !== undefined) return { signer: { kind: 'key' } };
    const chain = record(material.x509CertificateChain)?.certificates;
    const raw = record(material.certificate)?.rawBytes ?? (Array.isArray(chain) ? record(chain[0])?.rawBytes : undefined);
    const signer = typeof raw === 'string' ? certificateSigner(Buffer.from(raw, 'base64')) : undefined;
    return signer === undefined ? { unread: `${signature} holds no readable signing certificate` } : { signer };
  }
  if (typeof json.base64Signature === 'string') {
    if (json.cert === undefined) return { signer: { kind: 'key' } };
    const der = typeof json.cert === 'string' ? pemToDer(json.cert) : undefined;
    const signer = der === undefined ? undefined : certificateSigner(der);
    return signer === undefined ? { unread: `${signature} holds no readable signing certificate` } : { signer };
  }
  return { unread: `${signature} is neither a Sigstore bundle nor a cosign bundle` };
}

/** The predicate type of one attestation line: a Sigstore bundle with a DSSE envelope, or a bare DSSE envelope (slsa-github-generator). */
function predicateTypeOf(line: string): string | undefined {
  const json = record(parseJson(Buffer.from(line, 'utf8')));
  const envelope = record(json?.dsseEnvelope) ?? json;
  const payload = envelope?.payload;
  if (typeof payload !== 'string') return undefined;
  const type = record(parseJson(Buffer.from(payload, 'base64')))?.predicateType;
  return typeof type === 'string' && type !== '' && type.length <= 512 ? type : undefined;
}

function predicateTypesOf(name: string, bytes: Buffer, unread: string[]): string[] {
  const lines = bytes.toString('utf8').split('\n').filter((line) => line.trim() !== '');
  if (lines.length > EVIDENCE_LIMITS.attestationLines) unread.push(`${name} has ${lines.length} lines; the first ${EVIDENCE_LIMITS.attestationLines} were read`);
  const types: string[] = [];
  let unreadable = 0;
  for (const line of lines.slice(0, EVIDENCE_LIMITS.attestationLines)) {
    const type = predicateTypeOf(line);
    if (type === undefined) unreadable += 1;
    else types.push(type);
  }
  if (unreadable > 0) unread.push(`${unreadable} of the ${Math.min(lines.length, EVIDENCE_LIMITS.attestationLines)} lines of ${name} hold no readable attestation`);
  return types;
}

/** How many images trust-kit's VERIFY.md gives a verification command for. */
function imagesIn(instructions: Buffer): number {
  return instructions.toString('utf8').split('\n').filter((line) => /^(?:cosign verify|trust-kit verify-image) /.test(line)).length;
}

/** What the assets of a release tell about it, and whether it is immutable; `contents` holds the bytes of the assets {@link evidenceReads} named. */
export function evidenceOf(assets: readonly EvidenceAsset[], contents: ReadonlyMap<string, Buffer>, immutable: boolean): Evidence {
  const { names, checksums, attestations, sboms, artifactSignatures } = classify(assets);
  const unread: string[] = [];
  if (assets.length > EVIDENCE_LIMITS.assets) unread.push(`the release lists ${assets.length} assets; the first ${EVIDENCE_LIMITS.assets} were looked at`);
  const sizes = new Map(assets.map((asset) => [asset.name, asset.size]));
  /** The bytes of an asset, or undefined with the reason noted. */
  const bytesOf = (name: string, maxBytes: number): Buffer | undefined => {
    const bytes = contents.get(name);
    if (bytes !== undefined && bytes.length <= maxBytes) return bytes;
    unread.push((sizes.get(name) ?? 0) > maxBytes || (bytes?.length ?? 0) > maxBytes ? `${name} is larger than the ${maxBytes / MiB} MiB read of it` : `${name} was not read`);
    return undefined;
  };
  let signed: Evidence['checksums'];
  if (checksums !== undefined) {
    signed = { file: checksums.file, signature: checksums.signature, signer: undefined };
    if (checksums.signature !== undefined) {
      // A bundle holds its certificate; a bare signature may have one beside it, else it is a key's.
      const certificateName = isBundle(checksums.signature) ? checksums.signature : detachedCertificate(names, checksums.file);
      const bytes = certificateName === undefined ? undefined : bytesOf(certificateName, EVIDENCE_LIMITS.signature);
      if (certificateName === undefined || bytes !== undefined) {
        const read = signerOf(checksums.signature, bytes);
        if ('signer' in read) signed.signer = read.signer;
        else unread.push(read.unread);
      }
    }
  }
  const predicateTypes = new Set<string>();
  const { read: attestationFiles, skipped } = attestationReads(attestations, sizes);
  unread.push(...skipped);
  for (const name of attestationFiles) {
    const bytes = bytesOf(name, EVIDENCE_LIMITS.attestations);
    if (bytes !== undefined) for (const type of predicateTypesOf(name, bytes, unread)) predicateTypes.add(type);
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
