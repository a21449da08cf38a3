import { boundedText, quoted } from '../../core/quote.js';
import { asciiLowerCase } from '../../core/ascii.js';
import type { FulcioExtensionName } from './certificate.js';
import { VerifyError, type VerifyPolicyCode } from './errors.js';
import { workflowRefAt } from '../../core/workflow-ref.js';
import type { VerificationPolicy } from './policy.js';
import type { TrustMaterial } from './trust.js';
import { holdsMessageSignature, verifyBundle, type ArtifactDigestAlgorithm, type VerifiedSignature } from './verify.js';

/** The predicate type of SLSA provenance v1, what `gh attestation verify` asks for unless told otherwise. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** What a GitHub Actions attestation must prove beyond a valid signature by the policy's signer. */
export interface AttestationRequirements {
  /** The statement's predicate type, compared exactly. */
  predicateType: string;
  /** The source repository ref (Fulcio extension 1.3.6.1.4.1.57264.1.14), e.g. `refs/tags/v1.2.3`. */
  sourceRef?: string;
  /** The source repository commit (extension .1.13). */
  sourceDigest?: string;
  /** Refuse certificates whose runner environment (extension .1.11) is not `github-hosted`. */
  denySelfHostedRunners?: boolean;
}

/** How the policy's identity was given: by the user, by `--signer-workflow`, or by `--repo`/`--owner` alone. */
export type IdentityOrigin = 'explicit' | 'signer-workflow' | 'repository';

const EXTENSION_CODES: Partial<Record<FulcioExtensionName, VerifyPolicyCode>> = {
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
export function attestationPolicy(policy: VerificationPolicy, requirements: AttestationRequirements, origin: IdentityOrigin): VerificationPolicy {
  if (policy.kind === 'key') return policy;
  const extensions = { ...policy.extensions };
  if (requirements.sourceRef !== undefined) extensions.sourceRepositoryRef = requirements.sourceRef;
  if (requirements.sourceDigest !== undefined) extensions.sourceRepositoryDigest = requirements.sourceDigest;
  if (requirements.denySelfHostedRunners === true) extensions.runnerEnvironment = 'github-hosted';
  const identity: VerifyPolicyCode | undefined = origin === 'signer-workflow' ? 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH' : origin === 'repository' ? 'VERIFY_POLICY_REPOSITORY_MISMATCH' : undefined;
  return { ...policy, extensions, mismatchCodes: { ...(identity === undefined ? {} : { identity }), extensions: EXTENSION_CODES } };
}

/** One bundle of an attestation file, and where it is: the line of a `.intoto.jsonl` file, undefined for a single-bundle file. */
export interface AttestationBundle {
  json: unknown;
  line: number | undefined;
}

/** An in-toto statement as it was signed. */
export interface InTotoStatement {
  _type: string;
  subject: { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: unknown;
}

/** The key fields of a SLSA provenance v1 predicate, as far as it states them (strings only, bounded). */
export interface ProvenanceSummary {
  builder?: string;
  buildType?: string;
  sourceRepository?: string;
  sourceCommit?: string;
  /** The workflow file and the ref it ran at (`path@ref`). */
  workflow?: string;
  /** The event that started the run (`push`, `release`, `workflow_dispatch`, ...). */
  trigger?: string;
  runnerEnvironment?: string;
  invocation?: string;
}

/** What a verified attestation proved. */
export interface VerifiedAttestation {
  signature: VerifiedSignature;
  statement: InTotoStatement;
  /** For SLSA provenance v1: its key fields. */
  provenance: ProvenanceSummary | undefined;
  /** Which bundle of the file verified: 0-based, and its line for JSONL files. */
  bundleIndex: number;
  line: number | undefined;
}

/** The artifact as attestations are checked: its digests by algorithm (sha256 at least). */
export type ArtifactDigests = { sha256: string } & Partial<Record<ArtifactDigestAlgorithm, string>>;

/**
 * At most this many bundles about the artifact with the predicate type are verified, in file order:
 * each costs signature, chain and log checks, and a file of thousands claiming the artifact and all
 * failing would otherwise cost that many; a real file holds one or a few per artifact.
 */
const MAX_VERIFIED_CANDIDATES = 1000;

/** The statement a DSSE bundle carries, read without verifying anything (to pick a bundle); undefined when unreadable. */
function peekStatement(json: unknown): { predicateType: string; subjects: { digest: Record<string, unknown> }[] } | undefined {
  const payload = (json as { dsseEnvelope?: { payload?: unknown } } | null | undefined)?.dsseEnvelope?.payload;
  if (typeof payload !== 'string') return undefined;
  try {
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { predicateType?: unknown; subject?: unknown };
    if (!Array.isArray(statement.subject)) return undefined;
    const subjects = statement.subject.map((subject: unknown) => ({ digest: typeof subject === 'object' && subject !== null && typeof (subject as { digest?: unknown }).digest === 'object' ? ((subject as { digest: Record<string, unknown> }).digest ?? {}) : {} }));
    return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', subjects };
  } catch {
    return undefined;
  }
}

/** Whether a subject of the bundles' statements is named by a SHA-384 digest and neither a SHA-256 nor a SHA-512 one. */
export function namedBySha384Alone(bundles: readonly AttestationBundle[]): boolean {
  return bundles.some((bundle) => peekStatement(bundle.json)?.subjects.some(({ digest }) => typeof digest.sha384 === 'string' && typeof digest.sha256 !== 'string' && typeof digest.sha512 !== 'string') === true);
}

/** Whether a subject names the artifact: some digest by a shared algorithm, and every shared one equal. */
function names(subject: { digest: Record<string, unknown> }, digests: ArtifactDigests): boolean {
  const shared = (Object.keys(digests) as ArtifactDigestAlgorithm[]).filter((algorithm) => typeof subject.digest[algorithm] === 'string');
  return shared.length > 0 && shared.every((algorithm) => (subject.digest[algorithm] as string).toLowerCase() === digests[algorithm]);
}

/** The statement of a bundle that verified: its payload is the bytes the signature covers. */
function signedStatement(json: unknown): InTotoStatement {
  const payload = (json as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload;
  const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as InTotoStatement;
  return statement;
}

/** What the bundles claim, unverified: their statements, those listing the artifact, and those of them with the predicate type. */
function survey(bundles: readonly AttestationBundle[], artifact: ArtifactDigests, predicateType: string): { peeked: ReturnType<typeof peekStatement>[]; covering: number[]; matching: number[] } {
  const peeked = bundles.map((bundle) => peekStatement(bundle.json));
  const covering = bundles.flatMap((bundle, index) => (peeked[index]?.subjects.some((subject) => names(subject, artifact)) === true ? [index] : []));
  return { peeked, covering, matching: covering.filter((index) => peeked[index]?.predicateType === predicateType) };
}

/**
 * The bundle whose certificate decides which instance's trusted root to load when none is given:
 * the first that claims to be the attestation asked for (a file of GitHub's attestations may
 * hold a release attestation signed by GitHub's instance beside provenance signed by public-good).
 */
export function trustDeciding(bundles: readonly AttestationBundle[], artifact: ArtifactDigests, predicateType: string): unknown {
  return bundles[survey(bundles, artifact, predicateType).matching[0] ?? 0]?.json;
}

/**
 * Verifies an attestation for an artifact: of the file's bundles (one, or a JSONL file's lines),
 * those whose statement lists the artifact and has the predicate type are verified in order until
 * one passes (its signature, certificate chain, log entries or timestamps, and the policy). Refuses
 * with VERIFY_SUBJECT_MISMATCH when no statement lists the artifact, VERIFY_PREDICATE_TYPE_MISMATCH
 * when those that do have another predicate type, and otherwise the first bundle's failure.
 */
export function verifyAttestation(options: { bundles: readonly AttestationBundle[]; artifact: ArtifactDigests; policy: VerificationPolicy; trust: TrustMaterial | undefined; predicateType: string; source: string }): VerifiedAttestation {
  const { bundles, artifact, predicateType } = options;
  const input = { digest: { algorithm: 'sha256' as const, hex: artifact.sha256 }, moreDigests: artifact };
  const { peeked, covering, matching } = survey(bundles, artifact, predicateType);
  let candidates = matching.slice(0, MAX_VERIFIED_CANDIDATES);
  if (candidates.length === 0) {
    const unreadable = peeked.flatMap((statement, index) => (statement === undefined ? [index] : []));
    if (bundles.length === 1 || unreadable.length === bundles.length) {
      // One bundle, or none with a statement to read: verify the first, so that what is wrong with it (a bad signature,
      // another artifact, no DSSE envelope) is what is reported, not that no statement lists the artifact.
      candidates = [0];
    } else if (covering.length === 0) {
      const lines = unreadable.map((index) => bundles[index]?.line).filter((line) => line !== undefined);
      const without = unreadable.length === 0 ? '' : ` (${unreadable.length} of them hold no statement that can be read${lines.length === 0 ? '' : `: line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}`})`;
      throw new VerifyError('VERIFY_SUBJECT_MISMATCH', `none of the ${bundles.length} attestations in ${options.source} lists the artifact sha256:${artifact.sha256} as a subject${without}`);
    } else {
      const types = [...new Set(covering.map((index) => peeked[index]?.predicateType ?? ''))];
      const listed = `${types.slice(0, 5).map((type) => quoted(type)).join(', ')}${types.length > 5 ? ', …' : ''}`;
      throw new VerifyError('VERIFY_PREDICATE_TYPE_MISMATCH', `expected an attestation with predicate type ${quoted(predicateType)}; the ${covering.length} attestation(s) in ${options.source} about the artifact have ${listed}`);
    }
  }
  let firstFailure: unknown;
  for (const index of candidates) {
    const bundle = bundles[index] as AttestationBundle;
    try {
      // Refused before its signature is checked: only a DSSE statement is an attestation, and checking a message signature by digest would load the pre-hashed ECDSA verifier for nothing.
      const signature = holdsMessageSignature(bundle.json) ? undefined : verifyBundle(bundle.json, input, options.policy, options.trust);
      if (signature?.statement === undefined) {
        throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `${where(options.source, bundle)} holds a message signature, not an attestation (a DSSE in-toto statement)`, { hint: 'verify plain signatures with `trust-kit verify-blob`' });
      }
      if (signature.statement.predicateType !== predicateType) {
        throw new VerifyError('VERIFY_PREDICATE_TYPE_MISMATCH', `expected predicate type ${quoted(predicateType)}, found ${quoted(signature.statement.predicateType)} in ${where(options.source, bundle)}`);
      }
      const statement = signedStatement(bundle.json);
      const provenance = predicateType === SLSA_PROVENANCE_V1 ? summarizeProvenance(statement.predicate) : undefined;
      if (provenance !== undefined) refuseContradictedProvenance(provenance, signature.signer);
      return { signature, statement, provenance, bundleIndex: index, line: bundle.line };
    } catch (error) {
      if (!(error instanceof VerifyError)) throw error;
      firstFailure ??= bundles.length === 1 ? error : new VerifyError(error.code, `${where(options.source, bundle)}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
    }
  }
  // Past the bound, a bundle not tried might verify: the failure says so rather than only why the first one failed.
  if (matching.length > candidates.length && firstFailure instanceof VerifyError) {
    throw new VerifyError(firstFailure.code, `${firstFailure.message}; ${matching.length - candidates.length} more attestation(s) about the artifact were not tried (the first ${candidates.length} are)`, {
      cause: firstFailure,
      hint: `${firstFailure.hint ?? ''}; a file with more than ${candidates.length} attestations about one artifact is not one a release writes: get the attestations from the release again`,
    });
  }
  throw firstFailure;
}

function where(source: string, bundle: AttestationBundle): string {
  return bundle.line === undefined ? source : `${source}:${bundle.line}`;
}

/** The longest value a summary repeats: a predicate is the signer's to fill, and ends up on a terminal. */
const MAX_FIELD = 1024;

/** A printable string field of a predicate (control characters become a space: in a signed field they could rewrite the terminal), at most {@link MAX_FIELD} characters of it; undefined when absent. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return boundedText(value, MAX_FIELD);
}

function field(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** A repository URL compared as GitHub compares names: without `git+`, `.git` or a trailing slash, ASCII case folded. */
function repositoryKey(url: string): string {
  return asciiLowerCase(url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, ''));
}

/**
 * Refuses SLSA provenance whose own claims contradict its signing certificate: Fulcio wrote the
 * source repository, commit, workflow, trigger and runner environment into the certificate from
 * the OIDC token GitHub issued for the run, while the predicate is whatever the signer put in it.
 * Printed under "Verified OK", a predicate naming another repository, commit or a GitHub-hosted
 * runner for a self-hosted build would be believed. Only claims both make are compared.
 */
function refuseContradictedProvenance(provenance: ProvenanceSummary, signer: VerifiedSignature['signer']): void {
  if (signer.kind !== 'certificate') return;
  const certified = signer.extensions;
  const contradictions: string[] = [];
  const compare = (what: string, claimed: string | undefined, certifiedValue: string | undefined, same: (a: string, b: string) => boolean): void => {
    if (claimed !== undefined && certifiedValue !== undefined && !same(claimed, certifiedValue)) contradictions.push(`${what} ${quoted(claimed)}, where the certificate says ${quoted(certifiedValue)}`);
  };
  compare('source repository', provenance.sourceRepository, certified.sourceRepositoryURI, (a, b) => repositoryKey(a) === repositoryKey(b));
  compare('source commit', provenance.sourceCommit, certified.sourceRepositoryDigest, (a, b) => a.toLowerCase() === b.toLowerCase());
  compare('trigger', provenance.trigger, certified.buildTrigger, (a, b) => a === b);
  compare('runner environment', provenance.runnerEnvironment, certified.runnerEnvironment, (a, b) => a === b);
  // The certificate's build configuration is https://HOST/OWNER/REPO/PATH@REF: the predicate's PATH@REF must be all after the repository
  // (a suffix let `release.yml@REF` stand for `.github/workflows/release.yml@REF`, printed as verified).
  compare('workflow', provenance.workflow, certified.buildConfigURI, (a, b) => /^https:\/\/[^/]+\/[^/]+\/[^/]+\/(.+)$/.exec(b)?.[1] === a);
  // The builder and the run are printed as verified, and a policy engine reads them from --json: they must be the certificate's
  // Build Signer URI and Run Invocation URI, which GitHub's generator and trust-kit write there; or, for the builder, what
  // GitHub's earlier generator (@actions/attest 1, the slsa-framework build type) wrote: https://HOST/actions/runner/ENVIRONMENT,
  // naming the certificate's own host and runner environment.
  const earlierBuilder = (signerURI: string): string | undefined => (certified.runnerEnvironment === undefined || !URL.canParse(signerURI) ? undefined : `${new URL(signerURI).origin}/actions/runner/${certified.runnerEnvironment}`);
  compare('builder', provenance.builder, certified.buildSignerURI, (a, b) => a === b || a === earlierBuilder(b));
  compare('run', provenance.invocation, certified.runInvocationURI, (a, b) => a === b);
  if (contradictions.length > 0) throw new VerifyError('VERIFY_PROVENANCE_MISMATCH', `the SLSA provenance claims ${contradictions.join('; ')}`);
}

/**
 * The key fields of a SLSA provenance v1 predicate: the builder, the source repository and commit
 * (the first resolved dependency, as GitHub's workflow build type lists it), the workflow file and
 * ref, the trigger and the runner environment. Fields the predicate does not state are left out.
 */
export function summarizeProvenance(predicate: unknown): ProvenanceSummary {
  const workflow = field(predicate, 'buildDefinition', 'externalParameters', 'workflow');
  const dependencies = field(predicate, 'buildDefinition', 'resolvedDependencies');
  const source = Array.isArray(dependencies) ? (dependencies[0] as unknown) : undefined;
  const sourceUri = text(field(source, 'uri'));
  const path = text(field(workflow, 'path'));
  const ref = text(field(workflow, 'ref'));
  // The dependency's ref may hold an @ of its own (git+https://github.com/o/r@refs/tags/pkg@1.2.3): the repository ends where the ref starts.
  const sourceUrl = sourceUri?.replace(/^git\+/, '');
  const refAt = sourceUrl === undefined ? -1 : workflowRefAt(sourceUrl);
  const summary: ProvenanceSummary = {
    builder: text(field(predicate, 'runDetails', 'builder', 'id')),
    buildType: text(field(predicate, 'buildDefinition', 'buildType')),
    sourceRepository: text(field(workflow, 'repository')) ?? (sourceUrl === undefined || refAt === -1 ? sourceUrl : sourceUrl.slice(0, refAt)),
    sourceCommit: text(field(source, 'digest', 'gitCommit')) ?? text(field(source, 'digest', 'sha1')),
    workflow: path === undefined ? undefined : `${path}${ref === undefined ? '' : `@${ref}`}`,
    trigger: text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'event_name')),
    runnerEnvironment: text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')),
    invocation: text(field(predicate, 'runDetails', 'metadata', 'invocationId')),
  };
  return Object.fromEntries(Object.entries(summary).filter(([, value]) => value !== undefined)) as ProvenanceSummary;
}
