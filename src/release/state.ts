import type { Artifact, ArtifactFile, HashPool } from '../checksums/index.js';
import type { ReleaseConfig } from '../config/release.js';
import type { AttestationTokens } from '../attest/provenance.js';
import type { PinnedVerifier, ReleaseSigner, VerifyInstructionsInput } from '../instructions/verify.js';
import type { ImageSubject } from '../oci/index.js';
import type { LockfileSummary } from '../sbom/index.js';
import type { SigningKey, SigningSession } from '../sigstore/sign/index.js';
import type { TrustMaterial } from '../sigstore/verify/index.js';
import type { DowngradeCheck } from './downgrade.js';
import type { OutputPlan } from './output.js';
import type { GateReport } from './gate.js';
import type { DraftedRelease, PublishInput, PublishResult } from './publish.js';
import type { ReleasePorts, ReleaseStepName } from './ports.js';

export type { ReleasePorts, ReleaseStep, ReleaseStepName } from './ports.js';

/** An SBOM file as a checksums entry: its name in the output directory and the digest of the bytes written. */
export interface SbomEntry {
  name: string;
  hex: string;
}

/**
 * What a run knows, filled in by its steps: each step reads what earlier ones produced and returns
 * what it produced, which the pipeline adds. Paths of files a step wrote are in the staging directory.
 */
export interface ReleaseState {
  readonly config: ReleaseConfig;
  readonly ports: ReleasePorts;
  /** The output directory, absolute. */
  readonly outputDir: string;
  plan?: OutputPlan;
  /** The immutable GitHub release VERIFY.md names (`immutable-release`): the tag push's repository and tag. */
  immutableRelease?: { repository: string; tag: string; host?: string };
  /** The configured signing key, read and decrypted before any work (a wrong key or passphrase fails then). */
  signingKey?: SigningKey;
  /** Hashing threads started with the run, for the artifacts (the run closes them); without them, the hashing starts its own. */
  hashThreads?: HashPool;
  /** This run's staging directory, once made. */
  staging?: string;
  /** The artifacts found, outside the output directory. */
  artifactFiles?: ArtifactFile[];
  /** The artifacts' digests, being made while the lockfiles are cataloged: each artifact is read once. */
  hashing?: Promise<Artifact[]>;
  /** Tells the hashing that the lockfiles are cataloged, so this thread may hash too: until then it catalogs while the worker threads hash. */
  lockfilesCataloged?: () => void;
  /** The artifacts hashed, sorted by name. */
  artifacts?: Artifact[];
  /** The SBOM files written and how each lockfile contributed. */
  sbom?: { entries: SbomEntry[]; lockfiles: LockfileSummary[] };
  checksumsPath?: string;
  /** The checksums file's bytes as this run wrote them: what is signed, never a read back of the file, which another process could have changed in between. */
  checksumsBytes?: Buffer;
  /** The tokens the attestations need, requested with the signing token. */
  tokens?: AttestationTokens;
  signature?: { bundlePath: string; signer: ReleaseSigner; description: string };
  /** Why nothing was signed, when signing was on but skipped (`on-missing-token: warn|skip`). */
  signatureSkipped?: string;
  /** Who the open session signs as (read after the first signature: a keyless identity the token does not predict comes from its certificate), how logs name it, the trust material keyless bundles are checked against, and the public key of a key made for the run. */
  opened?: { signer: () => ReleaseSigner; description: string; trust: TrustMaterial | undefined; publicKeyPem?: string };
  /** The offline verification kit: the policy and trusted root files, listed in the checksums file. */
  verificationKit?: { policyPath: string; trustedRootPath: string; entries: SbomEntry[] };
  /** The signing session, open for the steps that sign after the checksums file (attestations). */
  session?: SigningSession;
  /** Ends the signing session; called once the run succeeded. */
  closeSession?: () => void;
  attestations?: { path: string; predicateTypes: string[] };
  /** Each artifact's own bundle, `<artifact>.sigstore.json`, by artifact name. */
  artifactBundles?: { name: string; bundlePath: string }[];
  /** The images to sign, each pinned by digest, resolved while the artifacts are hashed. */
  imageSubjects?: ImageSubject[];
  /** The images signed (`registry/repository@sha256:...`), their signatures attached in the registry. */
  images?: string[];
  /** The signing audit log and its bundle. */
  auditLog?: { path: string; bundlePath: string };
  instructionsPath?: string;
  /** What VERIFY.md describes: the gate checks and runs the same commands. */
  instructionsInput?: VerifyInstructionsInput;
  verifier?: PinnedVerifier;
  /** Every file this run wrote into the staging directory, in the order it was made. */
  staged: string[];
  /** The first step that failed, and why; the steps after it run only when they salvage what was made. */
  failure?: { step: ReleaseStepName; error: unknown };
  /** Whether the staging directory replaced the output directory. */
  published?: boolean;
  /** The SHA-256 of every staged file, by its staging path: made just before publishing. */
  digests?: Record<string, string>;
  /** The SHA-256 of the staged SBOMs, by staging path, made with their text: publishing does not read them back to hash them. */
  sbomDigests?: Record<string, string>;
  /** The GitHub release with every asset uploaded, waiting for the gate and publishing. */
  githubDraft?: { input: PublishInput; drafted: Extract<DraftedRelease, { kind: 'uploaded' }> };
  /** What the gate checked and ran on the draft, and its verdicts. */
  gate?: GateReport;
  /** What publishing to the GitHub release did, when the run publishes there. */
  githubRelease?: PublishResult;
  /** How this release's evidence compared with the previous GitHub release's, when it was compared. */
  downgrade?: DowngradeCheck;
  /** The assets of a failed run that this run deleted from the draft before signing (it uploads its own where it makes them). */
  draftDeleted?: string[];
  /** The GitHub release was published already with what this run would publish: the run ends, having changed nothing. */
  alreadyPublished?: PublishResult;
  /** The caller aborted the run (ReleasePorts.signal): only the steps that clean up run, and they keep nothing. */
  aborted?: boolean;
  /** The draft GitHub release a failed publishing left behind, with what was uploaded to it: the next run reuses it. */
  draftLeft?: { tag: string; id: number };
}

/** What a step produced: new facts about the run, and the files it wrote (in the staging directory, in the order made). */
export type StepOutcome = Partial<Omit<ReleaseState, 'config' | 'ports' | 'outputDir' | 'staged' | 'failure'>> & { written?: string[] };

/**
 * What a step throws when it failed after making something that stays whatever happens next (image
 * signatures attached in a registry): the pipeline keeps `produced` in the run's state, so that the
 * run reports it, and fails with `error`.
 */
export class PartialStepFailure extends Error {
  constructor(
    readonly error: unknown,
    readonly produced: Omit<StepOutcome, 'written'>,
  ) {
    super(error instanceof Error ? error.message : String(error), { cause: error });
    this.name = 'PartialStepFailure';
  }
}

/** What a step does: reads the run so far, returns what it produced. */
export type ReleaseStepRun = (state: Readonly<ReleaseState>) => Promise<StepOutcome>;

/** One step of a release: its code in one file under steps/, its entry (name, when it runs) in pipeline.ts. */
export interface ReleaseStepDefinition {
  name: ReleaseStepName;
  /** Whether the configuration (or, for publishing, the GitHub release it was given) asks for this step; absent means always. A step not wanted is never loaded. */
  wanted?: (config: ReleaseConfig, ports: ReleasePorts) => boolean;
  /** The steps whose success this one needs: it is passed over when one of them failed or was passed over. */
  needs: readonly ReleaseStepName[];
  /** Whether it runs after an earlier step failed (keeping what the run made); by default the pipeline stops. */
  salvages?: boolean;
  /** Whether it runs after the caller aborted the run too, to remove what the run made. */
  cleansUp?: boolean;
  run: ReleaseStepRun;
}
