import { boundedText, quoted } from '../core/quote.js';
import { compareSemVer, parseSemVer, type SemVer } from '../core/semver.js';
import { workflowRefAt } from '../core/workflow-ref.js';
import type { Evidence, EvidenceSigner } from './evidence.js';

/** Stable codes of the ways a release's evidence can be weaker than its predecessor's. */
export type DowngradeCode =
  | 'DOWNGRADE_UNSIGNED'
  | 'DOWNGRADE_SIGNER_CHANGED'
  | 'DOWNGRADE_INSTANCE_CHANGED'
  | 'DOWNGRADE_PROVENANCE_REMOVED'
  | 'DOWNGRADE_SBOM_ATTESTATION_REMOVED'
  | 'DOWNGRADE_ATTESTATION_REMOVED'
  | 'DOWNGRADE_SBOM_REMOVED'
  | 'DOWNGRADE_ARTIFACT_SIGNATURES_REMOVED'
  | 'DOWNGRADE_AUDIT_LOG_REMOVED'
  | 'DOWNGRADE_IMAGES_UNSIGNED'
  | 'DOWNGRADE_MUTABLE';

/** One way this release is weaker than the previous one: a stable code and a sentence naming both sides. */
export interface Downgrade {
  readonly code: DowngradeCode;
  readonly message: string;
}

/**
 * The workflow an identity names, without the ref it ran at (`https://github.com/o/r/.github/workflows/release.yml`),
 * cut where {@link workflowRefAt} says the ref starts, since a monorepo's tag holds an `@` of its own
 * (`…/release.yml@refs/tags/pkg@1.2.3`); other identities whole.
 */
export function workflowOf(identity: string): string {
  if (!/^https?:\/\//.test(identity)) return identity;
  const at = workflowRefAt(identity);
  return at === -1 ? identity : identity.slice(0, at);
}

// What is read of a release's assets (a certificate's identity, issuer and CA, predicate types, asset
// names) is not verified here and is anyone's who could upload one: it is shown printable and bounded.

function signerText(signer: EvidenceSigner): string {
  if (signer.kind === 'key') return 'a key';
  return `${boundedText(signer.identity)} (${instanceText(signer)})`;
}

function instanceText(signer: Extract<EvidenceSigner, { kind: 'certificate' }>): string {
  if (signer.instance === 'github') return "GitHub's Sigstore instance";
  if (signer.instance === 'public-good') return 'the public-good Sigstore instance';
  return `the Sigstore deployment of ${quoted(signer.caOrganization ?? 'an unnamed CA')}`;
}

/** Each way the signer changed: another workflow, repository or issuer, keyless to key, another Sigstore instance. A new ref of the same workflow is not a change. */
function signerChanges(previous: EvidenceSigner, current: EvidenceSigner, file: string): Downgrade[] {
  if (previous.kind === 'key') return [];
  if (current.kind === 'key') return [{ code: 'DOWNGRADE_SIGNER_CHANGED', message: `${file} was signed keylessly by ${signerText(previous)} in the previous release, and with a key in this one: a key proves nothing about which workflow built the files` }];
  const downgrades: Downgrade[] = [];
  const changed: string[] = [];
  if (workflowOf(previous.identity) !== workflowOf(current.identity)) changed.push(`identity ${boundedText(workflowOf(previous.identity))} -> ${boundedText(workflowOf(current.identity))}`);
  if (previous.sourceRepository !== undefined && current.sourceRepository !== undefined && previous.sourceRepository !== current.sourceRepository) changed.push(`source repository ${boundedText(previous.sourceRepository)} -> ${boundedText(current.sourceRepository)}`);
  if (previous.issuer !== undefined && current.issuer !== undefined && previous.issuer !== current.issuer) changed.push(`OIDC issuer ${boundedText(previous.issuer)} -> ${boundedText(current.issuer)}`);
  if (changed.length > 0) downgrades.push({ code: 'DOWNGRADE_SIGNER_CHANGED', message: `${file} is signed by another signer than in the previous release (${changed.join('; ')}): users who pin the previous identity will refuse this release` });
  if (previous.instance !== current.instance || (previous.instance === 'other' && previous.caOrganization !== current.caOrganization)) {
    downgrades.push({ code: 'DOWNGRADE_INSTANCE_CHANGED', message: `${file} was signed on ${instanceText(previous)} in the previous release and on ${instanceText(current)} in this one: verifiers need another trusted root` });
  }
  return downgrades;
}

/** The kind of an attestation's predicate type: SLSA provenance of any version, an SBOM of any format and version, or the type itself. */
function predicateKind(type: string): string {
  if (type.startsWith('https://slsa.dev/provenance/')) return 'provenance';
  if (type.startsWith('https://spdx.dev/Document') || type.startsWith('https://cyclonedx.org/bom')) return 'sbom';
  return type;
}

/** The format of an SBOM asset, from its name. */
function sbomFormat(name: string): string {
  if (/spdx/i.test(name)) return 'SPDX';
  if (/cdx|cyclonedx|(?:^|[._-])bom\./i.test(name)) return 'CycloneDX';
  return 'other';
}

/**
 * The ways `current` is weaker than `previous`: a kind of evidence the previous release carried
 * and this one does not (signed checksums, per-artifact signatures, provenance and SBOM
 * attestations, SBOM files, the audit log, signed images, immutability), or a change of who
 * signed it or on which Sigstore instance. What the previous release could not be read for
 * (`previous.unread`) is not compared. Empty when nothing is weaker.
 */
export function compareEvidence(previous: Evidence, current: Evidence): Downgrade[] {
  const downgrades: Downgrade[] = [];
  const before = previous.checksums;
  if (before?.signature !== undefined) {
    const now = current.checksums;
    if (now?.signature === undefined) {
      downgrades.push({ code: 'DOWNGRADE_UNSIGNED', message: `the previous release's ${before.file} was signed (${before.signature}${before.signer === undefined ? '' : `, by ${signerText(before.signer)}`}); this release's checksums are not` });
    } else if (before.signer !== undefined && now.signer !== undefined) {
      downgrades.push(...signerChanges(before.signer, now.signer, now.file));
    }
  }
  if (previous.artifactSignatures > 0 && current.artifactSignatures === 0) {
    downgrades.push({ code: 'DOWNGRADE_ARTIFACT_SIGNATURES_REMOVED', message: `the previous release signed each artifact on its own (${previous.artifactSignatures} signatures such as <artifact>.sigstore.json); this one does not (artifact-bundles)` });
  }
  const kinds = (types: readonly string[]): Set<string> => new Set(types.map(predicateKind));
  const currentKinds = kinds(current.predicateTypes);
  for (const kind of kinds(previous.predicateTypes)) {
    if (currentKinds.has(kind)) continue;
    if (kind === 'provenance') downgrades.push({ code: 'DOWNGRADE_PROVENANCE_REMOVED', message: 'the previous release carried SLSA provenance; this one carries none (attest: auto or true, in a job with id-token: write)' });
    else if (kind === 'sbom') downgrades.push({ code: 'DOWNGRADE_SBOM_ATTESTATION_REMOVED', message: 'the previous release carried signed SBOM attestations; this one carries none (attest, with SBOMs made)' });
    else downgrades.push({ code: 'DOWNGRADE_ATTESTATION_REMOVED', message: `the previous release carried an attestation of predicate type ${boundedText(kind)}; this one does not` });
  }
  const currentFormats = new Set(current.sboms.map(sbomFormat));
  for (const format of new Set(previous.sboms.map(sbomFormat))) {
    if (!currentFormats.has(format)) downgrades.push({ code: 'DOWNGRADE_SBOM_REMOVED', message: `the previous release published ${format === 'other' ? 'an' : `a ${format}`} SBOM (${listed(previous.sboms.filter((name) => sbomFormat(name) === format))}); this one does not (sbom-format)` });
  }
  if (previous.auditLog && !current.auditLog) downgrades.push({ code: 'DOWNGRADE_AUDIT_LOG_REMOVED', message: 'the previous release carried the signed audit log trust-kit-audit.jsonl; this one does not (audit-log)' });
  if (previous.imagesSigned !== undefined && previous.imagesSigned > 0 && current.imagesSigned === 0) {
    downgrades.push({ code: 'DOWNGRADE_IMAGES_UNSIGNED', message: `the previous release signed ${previous.imagesSigned === 1 ? 'a container image' : `${previous.imagesSigned} container images`}; this one signs none (images)` });
  }
  if (previous.immutable && !current.immutable) {
    downgrades.push({ code: 'DOWNGRADE_MUTABLE', message: 'the previous release is immutable (GitHub attests it and no asset can change); this one is not said to be (turn immutable releases on again, or say they are on with immutable-release: true)' });
  }
  return downgrades;
}

/** Names or types read of a release's assets, for a line: each bounded, at most 10 of them. */
function listed(values: readonly string[]): string {
  const shown = values.slice(0, 10).map((value) => boundedText(value));
  return values.length > 10 ? `${shown.join(', ')} and ${values.length - 10} more` : shown.join(', ');
}

/** What a release's evidence holds, in a few words, for the report. */
export function describeEvidence(evidence: Evidence): string {
  const parts: string[] = [];
  const checksums = evidence.checksums;
  if (checksums === undefined) parts.push('no checksums file');
  else if (checksums.signature === undefined) parts.push(`${checksums.file} unsigned`);
  else parts.push(`${checksums.file} signed by ${checksums.signer === undefined ? 'an unreadable signer' : signerText(checksums.signer)}`);
  if (evidence.artifactSignatures > 0) parts.push(`${evidence.artifactSignatures} artifact signature${evidence.artifactSignatures === 1 ? '' : 's'}`);
  if (evidence.predicateTypes.length > 0) parts.push(`attestations ${listed(evidence.predicateTypes)}`);
  if (evidence.sboms.length > 0) parts.push(`SBOMs ${listed(evidence.sboms)}`);
  if (evidence.auditLog) parts.push('the audit log');
  if (evidence.imagesSigned !== undefined && evidence.imagesSigned > 0) parts.push(`${evidence.imagesSigned} image${evidence.imagesSigned === 1 ? '' : 's'} signed`);
  parts.push(evidence.immutable ? 'immutable' : 'mutable');
  return parts.join('; ');
}

/** A published release as the previous-release search sees it. */
export interface ReleaseCandidate {
  readonly tagName: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly publishedAt: Date | undefined;
}

/**
 * A tag as a package's version: what precedes the version (`pkg@`, `@scope/pkg@`, `pkg/`,
 * `component-`; empty for `v1.2.3`) and the version; undefined when no version ends the tag.
 */
function taggedVersion(tag: string): { readonly packagePrefix: string; readonly version: SemVer } | undefined {
  // The shortest prefix whose rest is a version: `pkg-11.2.3` is pkg's 11.2.3, `component-v1.2.3` is component's 1.2.3.
  for (let start = 0; start < tag.length; start += 1) {
    if (start > 0 && !/[-@/_]/.test(tag[start - 1] as string)) continue;
    const version = parseSemVer(tag.slice(start));
    if (version !== undefined) return { packagePrefix: tag.slice(0, start), version };
  }
  return undefined;
}

/**
 * The release this one is compared with: the newest published (non-draft) release other than
 * `tag` whose tag sorts before `tag` as a semantic version when both parse, else the most recently
 * published. Prereleases (GitHub's flag, or a semver prerelease tag) count only when `tag` is one:
 * a final release is held to the previous final release. In a monorepo each package is held to its
 * own releases: a version tag (`pkg@1.2.3`, `pkg/v1.2.3`, `v1.2.3`) is never compared with another
 * package's (`other@2.0.0`), whose evidence is another build's.
 */
export function previousRelease<T extends ReleaseCandidate>(releases: readonly T[], tag: string): T | undefined {
  const tagged = taggedVersion(tag);
  const version = tagged?.version;
  const isPrerelease = version !== undefined && version.prerelease.length > 0;
  const candidates = releases.filter((release) => {
    if (release.draft || release.tagName === tag) return false;
    const otherTagged = taggedVersion(release.tagName);
    if (tagged !== undefined && otherTagged !== undefined && otherTagged.packagePrefix !== tagged.packagePrefix) return false;
    const other = otherTagged?.version;
    if (!isPrerelease && (release.prerelease || (other !== undefined && other.prerelease.length > 0))) return false;
    return version === undefined || other === undefined || compareSemVer(other, version) < 0;
  });
  if (version !== undefined) {
    const versioned = candidates.flatMap((release) => {
      const other = taggedVersion(release.tagName)?.version;
      return other === undefined ? [] : [{ release, other }];
    });
    const newest = versioned.sort((a, b) => compareSemVer(b.other, a.other))[0];
    if (newest !== undefined) return newest.release;
  }
  const time = (release: T): number => release.publishedAt?.getTime() ?? 0;
  return [...candidates].sort((a, b) => time(b) - time(a))[0];
}

/** What the downgrade step compared and found, for the report and the summary. */
export interface DowngradeCheck {
  /** The previous release's tag; undefined when the repository has none to compare with. */
  readonly previousTag: string | undefined;
  /** What each release carries, in a few words ({@link describeEvidence}). */
  readonly previous: string | undefined;
  readonly current: string;
  readonly downgrades: readonly Downgrade[];
  /** What the previous release could not be read for, and so was not compared. */
  readonly unread: readonly string[];
  /** `passed` (nothing weaker, or no previous release), `warned` (weaker, `downgrade: warn`). A refusal is the run's failure. */
  readonly outcome: 'passed' | 'warned';
}

/** What was compared and found, as lines: a heading sentence, then each downgrade let through and each part not compared. */
export function downgradeReport(check: DowngradeCheck): string[] {
  if (check.previousTag === undefined) return ['No trust downgrade: there is no earlier release to compare with.'];
  return [
    `No trust downgrade: compared with ${boundedText(check.previousTag)} (${check.previous ?? ''}); this release: ${check.current}.`,
    ...check.downgrades.map((downgrade) => `${downgrade.code} (let through by downgrade: warn): ${downgrade.message}`),
    ...check.unread.map((unread) => `not compared: ${boundedText(unread, 400)}`),
  ];
}
