import { availableParallelism } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { Artifact, Subject } from '../checksums/index.js';
import { HashPool, toSubjects } from '../checksums/index.js';
import type { ReleaseConfig } from '../config/release.js';
import { reportOf, type ErrorReport } from '../core/errors.js';
import { typeName } from '../core/quote.js';
import { releaseVerifyCommand, type ReleaseSigner } from '../instructions/verify.js';
import type { LockfileSummary } from '../sbom/index.js';
import { RELEASE_PIPELINE, runPipeline } from './pipeline.js';
import type { ReleasePorts, ReleaseStep, ReleaseStepName } from './ports.js';
import type { DowngradeCheck } from './downgrade.js';
import { PublishGateError, ReleaseError } from './errors.js';
import type { GateReport } from './gate.js';
import type { PublishResult } from './publish.js';
import type { ReleaseState } from './state.js';
import { checksumsFileName } from './names.js';

export { PublishError, PublishGateError, ReleaseError, type PublishErrorCode, type ReleaseErrorCode } from './errors.js';
export { failedRunText, releaseFacts, type ReleaseFacts } from './report.js';
export { downgradeReport, type Downgrade, type DowngradeCheck, type DowngradeCode } from './downgrade.js';
export type { GateOutcome, GateReport, GateVerdict } from './gate.js';
export { checksumsFileName, INSTRUCTIONS_FILE, PUBLIC_KEY_FILE } from './names.js';
export type { ReleasePorts, ReleaseStep, ReleaseStepName } from './ports.js';

/**
 * What a run has done, filled in step by step: complete when {@link runRelease} returns, and as
 * far as the run got when it throws. Paths are where the files are once the run has ended.
 */
export interface ReleaseReport {
  /** The output directory, absolute; undefined until the configuration was read. */
  outputDir: string | undefined;
  algorithm: ReleaseConfig['algorithm'];
  /** The parts the configuration asks for besides the checksums file. */
  wanted: { sbom: boolean; sign: boolean; artifactBundles: boolean; images: boolean; auditLog: boolean; instructions: boolean };
  /** The artifacts hashed, sorted by name; undefined until they were. */
  artifacts: Artifact[] | undefined;
  /** The checksums file, absolute; undefined until it was written. */
  checksumsPath: string | undefined;
  /** The SBOM files, absolute, and how each lockfile contributed; undefined when none were written. */
  sbom: { paths: string[]; lockfiles: LockfileSummary[] } | undefined;
  /** The checksums file's bundle and who signed it; undefined when nothing was signed. */
  signature: { bundlePath: string; signer: ReleaseSigner; description: string } | undefined;
  /** Why nothing was signed, when signing was on but skipped (`on-missing-token: warn|skip`). */
  signatureSkipped: string | undefined;
  /** `attestations.intoto.jsonl`, absolute, and the predicate types in it; undefined when nothing was attested. */
  attestations: { path: string; predicateTypes: string[] } | undefined;
  /** Each artifact's own bundle (`<artifact>.sigstore.json`), absolute, by artifact name; undefined when none were made. */
  artifactBundles: { name: string; bundlePath: string }[] | undefined;
  /** The images signed, by digest (`registry/repository@sha256:...`); undefined when none were. */
  images: string[] | undefined;
  /** The signing audit log and its bundle, absolute; undefined when none was made. */
  auditLog: { path: string; bundlePath: string } | undefined;
  /** VERIFY.md, absolute; undefined until it was written (or when turned off). */
  instructionsPath: string | undefined;
  /** Every file in the output directory, absolute, in the order it was made. */
  produced: string[];
  /** The SHA-256 of every file in {@link produced}, by path. */
  digests: Record<string, string>;
  /** What the gate before publishing checked and ran, also when it refused; undefined when it did not run. */
  gate: GateReport | undefined;
  /** The draft GitHub release a failed run left with what it uploaded (a re-run reuses it); undefined when none. */
  draftLeft?: { tag: string; id: number } | undefined;
  /** The step that failed and why; undefined when the run succeeded. */
  failed: { step: ReleaseStepName; error: ErrorReport } | undefined;
}

/** Everything a successful release run produced. */
export interface ReleaseResult {
  artifacts: Artifact[];
  /** The checksums file, absolute. */
  checksumsPath: string;
  /** The artifacts as in-toto subjects (the SBOMs, also listed in the checksums file, are not among them). */
  subjects: Subject[];
  sbom: ReleaseReport['sbom'];
  signature: ReleaseReport['signature'];
  signatureSkipped: string | undefined;
  attestations: ReleaseReport['attestations'];
  artifactBundles: ReleaseReport['artifactBundles'];
  images: ReleaseReport['images'];
  auditLog: ReleaseReport['auditLog'];
  /** VERIFY.md, absolute; undefined when turned off (`verify-instructions: false`). */
  instructionsPath: string | undefined;
  /** The trust-kit command in VERIFY.md that checks the signature and the files; undefined when unsigned. */
  verifyCommand: string | undefined;
  /** Every file written, absolute, in the order it was made. */
  produced: string[];
  /** The SHA-256 of every file written, by path. */
  digests: Record<string, string>;
  /**
   * What publishing to the GitHub release did, when the run publishes there. Outcome `verified`: the
   * release was published already with this run's artifacts and checksums file, and the run ended
   * before signing, writing nothing (`produced` is empty, `checksumsPath` is where the file would be).
   */
  githubRelease: PublishResult | undefined;
  /** How the release compared with the previous GitHub release, when the run publishes there and compares. */
  downgrade: DowngradeCheck | undefined;
  /** What the gate checked and ran on the draft GitHub release before it was published, and its verdicts; undefined when it did not run. */
  gate: GateReport | undefined;
  /** The assets a failed run had left in the draft that this run deleted (uploading its own where it makes them); undefined when none. */
  draftDeleted: string[] | undefined;
}

/** A report of a run that has not started. */
export function emptyReleaseReport(): ReleaseReport {
  return {
    outputDir: undefined,
    algorithm: 'sha256',
    wanted: { sbom: false, sign: false, artifactBundles: false, images: false, auditLog: false, instructions: true },
    artifacts: undefined,
    checksumsPath: undefined,
    sbom: undefined,
    signature: undefined,
    signatureSkipped: undefined,
    attestations: undefined,
    artifactBundles: undefined,
    images: undefined,
    auditLog: undefined,
    instructionsPath: undefined,
    produced: [],
    digests: {},
    gate: undefined,
    failed: undefined,
  };
}

/** Fills `report` in from what the run's steps produced; paths are where the files are once the run has ended. */
function fillReport(report: ReleaseReport, state: ReleaseState): void {
  const staging = state.staging;
  const finalPath = (path: string): string => (staging === undefined ? path : join(state.outputDir, relative(staging, path)));
  report.artifacts = state.artifacts;
  report.checksumsPath = state.checksumsPath === undefined ? undefined : finalPath(state.checksumsPath);
  // SBOMs that no checksums file lists are not kept.
  report.sbom = state.sbom === undefined || state.checksumsPath === undefined ? undefined : { paths: state.sbom.entries.map((entry) => join(state.outputDir, entry.name)), lockfiles: state.sbom.lockfiles };
  report.signature = state.signature === undefined ? undefined : { ...state.signature, bundlePath: finalPath(state.signature.bundlePath) };
  report.signatureSkipped = state.signatureSkipped;
  report.attestations = state.attestations === undefined ? undefined : { ...state.attestations, path: finalPath(state.attestations.path) };
  report.artifactBundles = state.artifactBundles?.map((bundle) => ({ name: bundle.name, bundlePath: finalPath(bundle.bundlePath) }));
  report.images = state.images;
  report.auditLog = state.auditLog === undefined ? undefined : { path: finalPath(state.auditLog.path), bundlePath: finalPath(state.auditLog.bundlePath) };
  report.instructionsPath = state.instructionsPath === undefined ? undefined : finalPath(state.instructionsPath);
  if (state.published === true) {
    report.produced = state.staged.map(finalPath);
    report.digests = Object.fromEntries(Object.entries(state.digests ?? {}).map(([path, hex]) => [finalPath(path), hex]));
  }
  report.gate = state.gate ?? (state.failure?.error instanceof PublishGateError ? state.failure.error.report : undefined);
  report.failed = state.failure === undefined ? undefined : { step: state.failure.step, error: reportOf(state.failure.error) };
  // The gate refused the draft the github-draft step filled: it stays, as a failed upload's does.
  const refused = state.failure?.step === 'gate' && state.githubDraft !== undefined ? { tag: state.githubDraft.input.tag, id: state.githubDraft.drafted.release.id } : undefined;
  report.draftLeft = state.failure === undefined ? undefined : (state.draftLeft ?? refused);
}

/** A run that found its GitHub release published already with what it would publish: it wrote, signed and uploaded nothing. */
function alreadyPublishedResult(config: ReleaseConfig, outputDir: string, artifacts: Artifact[], published: PublishResult): ReleaseResult {
  return {
    artifacts,
    checksumsPath: join(outputDir, checksumsFileName(config.algorithm)),
    subjects: toSubjects(artifacts, config.algorithm),
    sbom: undefined,
    signature: undefined,
    signatureSkipped: undefined,
    attestations: undefined,
    artifactBundles: undefined,
    images: undefined,
    auditLog: undefined,
    instructionsPath: undefined,
    verifyCommand: undefined,
    produced: [],
    digests: {},
    githubRelease: published,
    downgrade: undefined,
    gate: undefined,
    draftDeleted: undefined,
  };
}

/**
 * Fails with RELEASE_PORTS_INVALID unless the ports hold what every run uses: from plain
 * JavaScript, a missing logger failed with a TypeError once the checksums file was written.
 */
function checkPorts(ports: unknown): void {
  const given = typeof ports === 'object' && ports !== null ? (ports as Partial<Record<keyof ReleasePorts, unknown>>) : undefined;
  const logger = given?.logger as Partial<Record<'info' | 'warn' | 'debug', unknown>> | undefined;
  const clock = given?.clock as { now?: unknown } | null | undefined;
  // The optional ports too: a wrong one failed once files were written (an onStep that is no function), or was taken for none (a signal).
  const problems: [boolean, string][] = [
    [given === undefined, 'the ports are not an object'],
    [typeof given?.cwd !== 'string' || !isAbsolute(given.cwd), 'cwd is not an absolute path'],
    [typeof given?.env !== 'object' || given.env === null, 'env is not an object (the environment, e.g. process.env)'],
    [typeof logger !== 'object' || logger === null || typeof logger.info !== 'function' || typeof logger.warn !== 'function' || typeof logger.debug !== 'function', 'logger is not a Logger (info, warn and debug functions; silentLogger for none)'],
    [given?.clock !== undefined && typeof clock?.now !== 'function', 'clock is not a Clock (an object with now(); fixedClock(date) for a Date)'],
    [given?.onStep !== undefined && typeof given.onStep !== 'function', 'onStep is not a function'],
    [given?.signal !== undefined && !(given.signal instanceof AbortSignal), 'signal is not an AbortSignal'],
  ];
  const problem = problems.find(([bad]) => bad)?.[1];
  if (problem !== undefined) throw new ReleaseError('RELEASE_PORTS_INVALID', `runRelease's ${problem}`, { hint: 'pass the ports { cwd, env, logger } and the optional ones as ReleasePorts types them; nothing was written' });
}

/**
 * Refuses a configuration made by hand that asks for parts only signing makes (the CLI's and the
 * action's inputs are refused the same way at once): without `sign`, the pipeline would skip them and the run end green
 * without what was asked for.
 */
function checkSignedParts(config: ReleaseConfig): void {
  if (config.sign !== undefined) return;
  const parts = [
    ...(config.attest === 'off' ? [] : [`attest: '${config.attest}'`]),
    ...(config.artifactBundles ? ['artifactBundles'] : []),
    ...(config.auditLog ? ['auditLog'] : []),
    ...(config.verificationKit ? ['verificationKit'] : []),
    ...(config.images === undefined ? [] : ['images']),
  ];
  if (parts.length > 0) {
    throw new ReleaseError('RELEASE_CONFIG_INVALID', `runRelease's config asks for ${parts.join(', ')}, which only signing makes, and has no sign`, {
      hint: "give sign (the signing settings), or turn these off (attest: 'off', false, no images); nothing was written",
    });
  }
}

/**
 * Runs the release pipeline (pipeline.ts): hash every artifact while the project is cataloged
 * into SBOMs, write the checksums file (listing the artifacts and the SBOMs), sign it (verified
 * before it is written), attest the artifacts and write the verification instructions. Everything
 * is written into a fresh staging directory beside the output directory, which then replaces it as
 * a whole, also when a step fails after the checksums: what the run produced is kept, and no file
 * of an earlier run is left beside it. `report` is filled in as the run goes, for surfaces that
 * report a failed run.
 */
export async function runRelease(config: ReleaseConfig, ports: ReleasePorts, report: ReleaseReport = emptyReleaseReport()): Promise<ReleaseResult> {
  checkPorts(ports);
  if (typeof config !== 'object' || config === null) {
    throw new ReleaseError('RELEASE_CONFIG_INVALID', `runRelease's config is ${typeName(config)}, not a ReleaseConfig`, { hint: 'pass the release configuration (see ReleaseConfig); nothing was written' });
  }
  checkSignedParts(config);
  const outputDir = resolve(ports.cwd, config.outputDir);
  report.outputDir = outputDir;
  report.algorithm = config.algorithm;
  report.wanted = { sbom: config.sbom !== undefined, sign: config.sign !== undefined, artifactBundles: config.artifactBundles, images: config.images !== undefined, auditLog: config.auditLog, instructions: config.instructions };
  // The hashing threads start with the run, on the other cores, while the output directory is checked and the
  // artifacts are found: a thread takes about 30 ms of a core to start, which the hashing would otherwise wait for.
  const hashThreads = HashPool.start(availableParallelism() - 1);
  const state: ReleaseState = { config, ports, outputDir, staged: [], hashThreads };
  try {
    await runPipeline(state, RELEASE_PIPELINE, (progress) => fillReport(report, progress));
  } finally {
    await hashThreads.close();
  }
  // The caller's callback failing never hides the run's own failure, nor keeps its session open.
  let callbackFailure: { error: unknown } | undefined;
  const tell = (step: ReleaseStep): void => {
    try {
      ports.onStep?.(step);
    } catch (error) {
      callbackFailure ??= { error };
    }
  };
  if (state.published === true) {
    if (report.checksumsPath !== undefined) tell({ step: 'checksums', checksumsPath: report.checksumsPath, subjects: toSubjects(report.artifacts ?? [], config.algorithm) });
    if (report.sbom !== undefined) tell({ step: 'sbom', paths: report.sbom.paths });
  }
  // Aborted, the run prints no error of its own that could quote the tokens: they are wiped now, not at the caller's exit.
  if (state.aborted === true) state.closeSession?.();
  if (state.failure !== undefined) throw state.failure.error;
  state.closeSession?.();
  if (callbackFailure !== undefined) throw callbackFailure.error;
  if (state.alreadyPublished !== undefined && state.artifacts !== undefined) return alreadyPublishedResult(config, outputDir, state.artifacts, state.alreadyPublished);
  const { artifacts, checksumsPath } = report;
  if (artifacts === undefined || checksumsPath === undefined) throw new Error('a release that did not fail made its checksums file');
  return {
    artifacts,
    checksumsPath,
    subjects: toSubjects(artifacts, config.algorithm),
    sbom: report.sbom,
    signature: report.signature,
    signatureSkipped: report.signatureSkipped,
    attestations: report.attestations,
    artifactBundles: report.artifactBundles,
    images: report.images,
    auditLog: report.auditLog,
    instructionsPath: report.instructionsPath,
    verifyCommand: report.signature === undefined ? undefined : releaseVerifyCommand(basename(checksumsPath), basename(report.signature.bundlePath), report.signature.signer, state.verifier),
    produced: report.produced,
    digests: report.digests,
    githubRelease: state.githubRelease,
    downgrade: state.downgrade,
    gate: state.gate,
    draftDeleted: state.draftDeleted,
  };
}
