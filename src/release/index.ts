import { rm } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { collectArtifacts, formatChecksums, hashArtifacts, toSubjects, type Artifact, type Subject } from '../checksums/index.js';
import type { ReleaseConfig, ReleaseSignConfig } from '../config/release.js';
import { systemClock, type Clock } from '../core/clock.js';
import { digestBytes } from '../core/digest.js';
import { reportOf, type ErrorReport } from '../core/errors.js';
import { writeFileAtomic } from '../core/files.js';
import type { Logger } from '../core/logger.js';
import { readRunContext } from '../github/context.js';
import { tokenSource } from '../github/oidc.js';
import { releaseVerifyCommand, renderVerifyInstructions, type PinnedVerifier, type ReleaseSigner } from '../instructions/verify.js';
import { SBOM_FILE_DIGESTS, encoderFor, generateSbom, goModuleCacheDir, type LockfileSummary } from '../sbom/index.js';
import type { Environment } from '../secrets/index.js';
import { createSigningSession, defaultBundlePath, ephemeralSigningKey, openSigningSession, type SigningSession } from '../sigstore/sign/index.js';
import type { IdToken } from '../github/oidc.js';
import { counted } from '../core/plural.js';
import { ATTESTATIONS_FILE, attestRelease, releaseAttestationTokens } from './attest.js';
import { ReleaseError } from './errors.js';
import { discardStagingDirectory, isOutputPath, makeStagingDirectory, planOutput, publishStagingDirectory, removeStaleStagingDirectories } from './output.js';

export { ReleaseError, type ReleaseErrorCode } from './errors.js';
export { failedRunText, releaseFacts, type ReleaseFacts } from './report.js';

/** The ports a release run talks to the world through. */
export interface ReleasePorts {
  cwd: string;
  /** The environment: OIDC token variables and key passphrases are taken out of it. */
  env: Environment;
  logger: Logger;
  /** Where SBOM timestamps come from (SOURCE_DATE_EPOCH); without it, the last commit's time. */
  clock?: Clock;
  /**
   * Told of each step's files once they are in the output directory: when the run ends, also
   * when a later step failed, so the caller can hand on what the run did produce.
   */
  onStep?: (step: ReleaseStep) => void;
  /** Where the OIDC issuer's discovery document is, when not under the provenance token's issuer (a proxy, a test issuer). */
  oidcDiscoveryURL?: string;
}

/** What a finished step wrote: the checksums file and its subjects, or the SBOM files. */
export type ReleaseStep = { step: 'checksums'; checksumsPath: string; subjects: Subject[] } | { step: 'sbom'; paths: string[] };

/** The steps of a release, in order; `output` checks the output directory, `publish` moves the run's files into it. */
export type ReleaseStepName = 'output' | 'checksums' | 'sbom' | 'sign' | 'attest' | 'instructions' | 'publish';

/**
 * What a run has done, filled in step by step: complete when {@link runRelease} returns, and as
 * far as the run got when it throws. Paths are where the files are once the run has ended.
 */
export interface ReleaseReport {
  /** The output directory, absolute; undefined until the configuration was read. */
  outputDir: string | undefined;
  algorithm: ReleaseConfig['algorithm'];
  /** The parts the configuration asks for besides the checksums file and VERIFY.md. */
  wanted: { sbom: boolean; sign: boolean };
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
  /** VERIFY.md, absolute; undefined until it was written. */
  instructionsPath: string | undefined;
  /** Every file in the output directory, absolute, in the order it was made. */
  produced: string[];
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
  /** VERIFY.md, absolute. */
  instructionsPath: string;
  /** The trust-kit command in VERIFY.md that checks the signature and the files; undefined when unsigned. */
  verifyCommand: string | undefined;
  /** Every file written, absolute, in the order it was made. */
  produced: string[];
}

/** A report of a run that has not started. */
export function emptyReleaseReport(): ReleaseReport {
  return { outputDir: undefined, algorithm: 'sha256', wanted: { sbom: false, sign: false }, artifacts: undefined, checksumsPath: undefined, sbom: undefined, signature: undefined, signatureSkipped: undefined, attestations: undefined, instructionsPath: undefined, produced: [], failed: undefined };
}

/** The checksums file's conventional name for an algorithm: `SHA256SUMS`, `SHA512SUMS`. */
export function checksumsFileName(algorithm: ReleaseConfig['algorithm']): string {
  return `${algorithm.toUpperCase()}SUMS`;
}

/** The file the public key of a key-signed release is published as. */
export const PUBLIC_KEY_FILE = 'trust-kit.pub';

/** The name of the verification instructions. */
export const INSTRUCTIONS_FILE = 'VERIFY.md';

/**
 * Signs the checksums file in the staging directory; the bundle and any public key are written
 * beside it. A keyless or key session stays open for the attestations (`close` ends it); `token`
 * is a Sigstore token already requested with the provenance token.
 */
async function signChecksums(
  config: ReleaseSignConfig,
  checksumsPath: string,
  stagingDir: string,
  ports: ReleasePorts,
  token: IdToken | undefined,
): Promise<{ signature: ReleaseReport['signature']; signatureSkipped: string | undefined; files: string[]; session: SigningSession | undefined; close: () => void }> {
  const bundlePath = defaultBundlePath(checksumsPath);
  if (config.ephemeralKeyWithoutToken && tokenSource(ports.env) === undefined) {
    // The private key exists only in this process; only its public half is written.
    const key = ephemeralSigningKey();
    const publicKeyPath = join(stagingDir, PUBLIC_KEY_FILE);
    ports.logger.warn(`not a GitHub Actions job, no OIDC token and no --key: signing with a key made for this run (public key ${PUBLIC_KEY_FILE}), which proves the files belong together but not who made them; releases from GitHub Actions are signed keylessly`);
    await createSigningSession({ backend: { instance: 'key', key }, retry: config.retry }).signFile(checksumsPath, bundlePath);
    // Written only once signed, and the bundle taken back if it cannot be: neither is published without the other.
    await writeFileAtomic(publicKeyPath, key.publicKeyPem).catch(async (error: unknown) => {
      await rm(bundlePath, { force: true });
      throw error;
    });
    return {
      signature: { bundlePath, signer: { kind: 'key', publicKeyFile: PUBLIC_KEY_FILE, ephemeral: true }, description: `a key made for this run (hint ${key.hint})` },
      signatureSkipped: undefined,
      files: [bundlePath, publicKeyPath],
      // A key made for this run proves nothing about who built the artifacts: it attests nothing.
      session: undefined,
      close: () => {},
    };
  }
  const opened = await openSigningSession(config, { cwd: ports.cwd, env: ports.env, run: await readRunContext(ports.env), logger: ports.logger, ...(token === undefined ? {} : { token }) });
  if (opened.session === undefined) return { signature: undefined, signatureSkipped: opened.reason, files: [], session: undefined, close: () => {} };
  ports.logger.info(`signing ${basename(checksumsPath)} with ${opened.description}`);
  await opened.session.signFile(checksumsPath, bundlePath);
  const signer: ReleaseSigner =
    opened.signer.kind === 'key'
      ? { kind: 'key', publicKeyFile: `${basename(opened.signer.source).replace(/\.key$/, '')}.pub`, ephemeral: false }
      : { kind: 'certificate', identity: opened.signer.identity, issuer: opened.signer.issuer, instance: releaseInstance(config, opened.session.instance), repository: opened.signer.repository, rekorV2: opened.signer.rekorV2, unlogged: opened.signer.unlogged };
  // The caller closes only after success: on failure the token stays known to the redactor until
  // the error has been printed, and the exit hooks destroy it.
  return { signature: { bundlePath, signer, description: opened.description }, signatureSkipped: undefined, files: [bundlePath], session: opened.session, close: () => opened.close() };
}

/** Which deployment verifiers need trust for: custom service URLs (or a signing config) mean a private deployment, verified with the trusted root signing used. */
function releaseInstance(config: ReleaseSignConfig, instance: string): Extract<ReleaseSigner, { kind: 'certificate' }>['instance'] {
  const custom = config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined || config.signingConfig !== undefined;
  if (custom && config.trustedRoot !== undefined) return { private: { trustedRootFile: basename(config.trustedRoot) } };
  return instance === 'github' ? 'github' : 'public-good';
}

/**
 * The trust-kit action that runs this release, when the workflow pinned it to a full commit
 * (`uses: owner/trust-kit@<sha>`): VERIFY.md then names that commit's verifier.
 */
function pinnedVerifier(env: ReleasePorts['env']): PinnedVerifier | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY;
  const commit = env.GITHUB_ACTION_REF;
  return repository === undefined || repository === '' || commit === undefined || !/^[0-9a-f]{40}$/.test(commit) ? undefined : { repository, commit };
}

/** The repository and tag of a GitHub Actions run for a tag push, whose release VERIFY.md names; else undefined. */
function releaseOfTagPush(env: ReleasePorts['env']): { repository: string; tag: string } | undefined {
  const { GITHUB_REPOSITORY: repository, GITHUB_REF_TYPE: type, GITHUB_REF_NAME: tag } = env;
  return repository === undefined || repository === '' || type !== 'tag' || tag === undefined || tag === '' ? undefined : { repository, tag };
}

/**
 * The names a release publishes beside its artifacts (release assets are one flat directory): an
 * artifact with one of them would be ambiguous in the checksums file or in the download.
 */
function publishedNames(config: ReleaseConfig): string[] {
  const checksums = checksumsFileName(config.algorithm);
  return [checksums, defaultBundlePath(checksums), PUBLIC_KEY_FILE, INSTRUCTIONS_FILE, ATTESTATIONS_FILE, ...(config.sbom?.formats ?? []).map((format) => encoderFor(format).fileName)];
}

/** An SBOM file as a checksums entry: its name in the output directory and the digest of the bytes written. */
interface SbomEntry {
  name: string;
  hex: string;
}

/**
 * Runs the release pipeline: hash every artifact while the project is cataloged into SBOMs,
 * write the checksums file (listing the artifacts and the SBOMs), sign it (verified before it is
 * written), and write the verification instructions. Everything is written into a fresh staging
 * directory beside the output directory, which then replaces it as a whole, also when a step
 * fails after the checksums: what the run produced is kept, and no file of an earlier run is left
 * beside it. `report` is filled in as the run goes, for surfaces that report a failed run.
 */
export async function runRelease(config: ReleaseConfig, ports: ReleasePorts, report: ReleaseReport = emptyReleaseReport()): Promise<ReleaseResult> {
  // When the build's provenance says it started; the SBOMs' clock (SOURCE_DATE_EPOCH) is the sources' time, not the run's.
  const startedOn = systemClock.now();
  const outputDir = resolve(ports.cwd, config.outputDir);
  report.outputDir = outputDir;
  report.algorithm = config.algorithm;
  report.wanted = { sbom: config.sbom !== undefined, sign: config.sign !== undefined };
  let step: ReleaseStepName = 'output';
  const fail = (error: unknown): never => {
    report.failed = { step, error: reportOf(error) };
    throw error;
  };
  const immutableRelease = config.immutableRelease ? (releaseOfTagPush(ports.env) ?? fail(new ReleaseError('RELEASE_NOT_A_TAG', 'immutable-release is true, but this is not a GitHub Actions run for a tag push (GITHUB_REPOSITORY, GITHUB_REF_TYPE=tag and GITHUB_REF_NAME)', { hint: 'set immutable-release only in the workflow that publishes the release of the pushed tag' }))) : undefined;

  const plan = await planOutput(outputDir, {
    force: config.force,
    keep: [
      { path: ports.cwd, what: 'the working directory' },
      { path: resolve(ports.cwd, config.base), what: 'the base directory' },
      ...(config.sbom === undefined ? [] : [{ path: resolve(ports.cwd, config.sbom.path), what: 'the SBOM project directory' }]),
      // An artifact named by its path would be left out of the checksums and, with --force, deleted with the earlier output.
      ...config.subjects.filter((subject) => !isDynamicPattern(subject)).map((subject) => ({ path: resolve(ports.cwd, subject), what: 'the artifact' })),
    ],
  }).catch(fail);

  // Before the walk, so that their files are not even looked at.
  const stale = await removeStaleStagingDirectories(plan);
  if (stale.length > 0) ports.logger.info(`removed ${counted(stale.length, 'staging directory', 'staging directories')} that killed runs left: ${stale.map((path) => relative(ports.cwd, path)).join(', ')}`);

  step = 'checksums';
  // The output directory and staging directories may lie inside the base: their files are what the run makes, never artifacts.
  // The walk does not enter them (an earlier output kept with --force may hold anything), and a glob that names files in them is filtered.
  // Entries are compared by their real paths too: the base may be named through a link and the output directory not, or the other way round.
  const collected = await collectArtifacts(config.subjects, { cwd: ports.cwd, base: config.base, skip: (entry) => isOutputPath(plan, entry.path) || isOutputPath(plan, entry.real) }).catch(fail);
  const files = collected.filter((file) => !isOutputPath(plan, file.path));
  if (files.length === 0) {
    fail(new ReleaseError('RELEASE_NO_ARTIFACTS', `${config.subjects.join(', ')} name${config.subjects.length === 1 ? 's' : ''} no file outside the output directory ${outputDir}`, { hint: 'name the release artifacts; the output directory only holds what trust-kit makes' }));
  }
  const reserved = new Set(publishedNames(config));
  const clashing = files.filter((file) => reserved.has(file.name)).map((file) => file.name);
  if (clashing.length > 0) {
    fail(new ReleaseError('RELEASE_NAME_CLASH', `the artifact${clashing.length === 1 ? '' : 's'} ${clashing.join(', ')} would be published beside the file${clashing.length === 1 ? '' : 's'} of the same name trust-kit makes`, {
      hint: 'rename the artifact, or set --base so that it is listed under a directory name',
    }));
  }

  const staging = await makeStagingDirectory(plan).catch(fail);
  const staged: string[] = [];
  const finalPath = (path: string): string => join(outputDir, relative(staging, path));
  const publish = async (): Promise<void> => {
    const leftover = await publishStagingDirectory(plan, staging);
    report.produced = staged.map(finalPath);
    if (leftover !== undefined) ports.logger.warn(`the earlier ${relative(ports.cwd, outputDir) || '.'} was replaced but could not be removed: it is left in ${leftover} (never hashed); remove it`);
    if (report.checksumsPath !== undefined) ports.onStep?.({ step: 'checksums', checksumsPath: report.checksumsPath, subjects: toSubjects(report.artifacts ?? [], config.algorithm) });
    if (report.sbom !== undefined) ports.onStep?.({ step: 'sbom', paths: report.sbom.paths });
  };

  try {
    // The lockfiles are cataloged while the artifacts are hashed; each artifact is read once, its
    // SBOM digests made in the same pass as its checksum.
    const hashing = hashArtifacts(files, config.algorithm, config.sbom === undefined ? {} : { also: SBOM_FILE_DIGESTS });
    const sbomConfig = config.sbom;
    const cataloging =
      sbomConfig === undefined
        ? undefined
        : (async () => {
            const goModuleCache = goModuleCacheDir(ports.env);
            const generated = await generateSbom({
              dir: sbomConfig.path,
              cwd: ports.cwd,
              exclude: sbomConfig.exclude,
              includeDev: sbomConfig.includeDev,
              strict: sbomConfig.strict,
              hashedArtifacts: { files, digests: hashing },
              ...(ports.clock === undefined ? {} : { clock: ports.clock }),
              ...(goModuleCache === undefined ? {} : { goModuleCache }),
            });
            // The checksums are written even so, so an empty catalog warns here where `trust-kit sbom` fails.
            if (generated.lockfiles.length === 0) ports.logger.warn(`sbom: found no lockfile in ${sbomConfig.path}: the SBOMs list no dependency (check sbom-path and sbom-exclude, or set sbom-format: none)`);
            // Every document is encoded before any is written: a format that fails leaves no SBOM that the checksums file does not list.
            const documents = sbomConfig.formats.map((format) => {
              const encoder = encoderFor(format);
              return { name: encoder.fileName, path: join(staging, encoder.fileName), text: encoder.encode(generated.sbom) };
            });
            const written = await Promise.allSettled(documents.map((document) => writeFileAtomic(document.path, document.text)));
            const failedWrite = written.find((outcome) => outcome.status === 'rejected');
            if (failedWrite !== undefined) {
              await Promise.all(documents.map((document) => rm(document.path, { force: true })));
              throw failedWrite.reason;
            }
            staged.push(...documents.map((document) => document.path));
            const entries: SbomEntry[] = documents.map((document) => ({ name: document.name, hex: digestBytes(config.algorithm, document.text) }));
            report.sbom = { paths: entries.map((entry) => join(outputDir, entry.name)), lockfiles: generated.lockfiles };
            ports.logger.info(`sbom: ${counted(generated.sbom.packages.length, 'package')} from ${counted(generated.lockfiles.length, 'lockfile')} -> ${entries.map((entry) => entry.name).join(', ')}`);
            return entries;
          })();
    const [hashed, cataloged] = await Promise.allSettled([hashing, cataloging]);
    if (hashed.status === 'rejected') throw hashed.reason;
    const artifacts = hashed.value;
    report.artifacts = artifacts;

    // The SBOMs are listed by the name they are published under, beside the artifacts, so the signature covers them too.
    const sbomEntries = cataloged.status === 'fulfilled' ? (cataloged.value ?? []) : [];
    const checksumsPath = join(staging, checksumsFileName(config.algorithm));
    await writeFileAtomic(checksumsPath, formatChecksums([...artifacts, ...sbomEntries]));
    staged.push(checksumsPath);
    report.checksumsPath = finalPath(checksumsPath);
    ports.logger.info(`checksums: ${counted(artifacts.length, 'artifact')}${sbomEntries.length === 0 ? '' : ` and ${counted(sbomEntries.length, 'SBOM')}`} -> ${relative(ports.cwd, report.checksumsPath)}`);
    if (cataloged.status === 'rejected') {
      step = 'sbom';
      throw cataloged.reason;
    }

    if (config.sign !== undefined) {
      step = 'sign';
      const tokens = await releaseAttestationTokens(config, config.sign, ports.env);
      const signed = await signChecksums(config.sign, checksumsPath, staging, ports, tokens?.signing).catch((error: unknown) => {
        tokens?.claims.secret.destroy();
        throw error;
      });
      staged.push(...signed.files);
      report.signature = signed.signature === undefined ? undefined : { ...signed.signature, bundlePath: finalPath(signed.signature.bundlePath) };
      report.signatureSkipped = signed.signatureSkipped;
      if (signed.session === undefined) tokens?.claims.secret.destroy();
      else if (config.attest !== 'off') {
        step = 'attest';
        const attested = await attestRelease({
          session: signed.session,
          claims: tokens?.claims,
          artifacts: toSubjects(artifacts, config.algorithm),
          sbomPaths: sbomEntries.map((entry) => join(staging, entry.name)),
          stagingDir: staging,
          startedOn,
          env: ports.env,
          logger: ports.logger,
          retry: config.sign.retry,
          discoveryURL: ports.oidcDiscoveryURL,
        });
        if (attested !== undefined) {
          staged.push(attested.path);
          report.attestations = { path: finalPath(attested.path), predicateTypes: attested.predicateTypes };
        }
      }
      signed.close();
    }

    step = 'instructions';
    const instructionsPath = join(staging, INSTRUCTIONS_FILE);
    const verifier = pinnedVerifier(ports.env);
    await writeFileAtomic(
      instructionsPath,
      renderVerifyInstructions({
        checksumsFile: basename(checksumsPath),
        algorithm: config.algorithm,
        bundleFile: report.signature === undefined ? undefined : basename(report.signature.bundlePath),
        signer: report.signature?.signer,
        sbomFiles: sbomEntries.map((entry) => entry.name),
        attestations: report.attestations === undefined ? undefined : { file: basename(report.attestations.path), predicateTypes: report.attestations.predicateTypes, artifact: artifacts[0]?.name ?? '' },
        verifier,
        immutableRelease,
      }),
    );
    staged.push(instructionsPath);
    report.instructionsPath = finalPath(instructionsPath);

    step = 'publish';
    await publish();
    return {
      artifacts,
      checksumsPath: finalPath(checksumsPath),
      subjects: toSubjects(artifacts, config.algorithm),
      sbom: report.sbom,
      signature: report.signature,
      signatureSkipped: report.signatureSkipped,
      attestations: report.attestations,
      instructionsPath: finalPath(instructionsPath),
      verifyCommand: report.signature === undefined ? undefined : releaseVerifyCommand(basename(checksumsPath), basename(report.signature.bundlePath), report.signature.signer, verifier),
      produced: report.produced,
    };
  } catch (error) {
    report.failed = { step, error: reportOf(error) };
    // What the run produced replaces the earlier output, so the failure loses none of it and the
    // output directory holds no file of another run; a run that produced nothing leaves it as it was.
    if (step !== 'publish') {
      if (report.checksumsPath === undefined) {
        await discardStagingDirectory(staging);
        report.sbom = undefined;
      } else {
        await publish().catch((publishError: unknown) => ports.logger.warn(reportOf(publishError).message));
      }
    }
    throw error;
  }
}
