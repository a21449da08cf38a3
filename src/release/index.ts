import { basename, join, relative, resolve } from 'node:path';
import { createChecksums, toSubjects, type ChecksumsResult, type Subject } from '../checksums/index.js';
import type { ReleaseConfig, ReleaseSignConfig } from '../config/release.js';
import type { Clock } from '../core/clock.js';
import { writeFileAtomic } from '../core/files.js';
import type { Logger } from '../core/logger.js';
import { readRunContext } from '../github/context.js';
import { tokenSource } from '../github/oidc.js';
import { releaseVerifyCommand, renderVerifyInstructions, type PinnedVerifier, type ReleaseSigner } from '../instructions/verify.js';
import { SBOM_FILE_DIGESTS, encoderFor, generateSbom, type LockfileSummary } from '../sbom/index.js';
import type { Environment } from '../secrets/index.js';
import { createSigningSession, defaultBundlePath, ephemeralSigningKey, openSigningSession } from '../sigstore/sign/index.js';
import { counted } from '../core/plural.js';

/** The ports a release run talks to the world through. */
export interface ReleasePorts {
  cwd: string;
  /** The environment: OIDC token variables and key passphrases are taken out of it. */
  env: Environment;
  logger: Logger;
  /** Where SBOM timestamps come from (SOURCE_DATE_EPOCH); without it, the last commit's time. */
  clock?: Clock;
  /** Told of each step's files as soon as they are written, so a later failure loses none of them. */
  onStep?: (step: ReleaseStep) => void;
}

/** What a finished step wrote: the checksums file and its subjects, or the SBOM files. */
export type ReleaseStep = { step: 'checksums'; checksumsPath: string; subjects: Subject[] } | { step: 'sbom'; paths: string[] };

/** Everything a release run produced. */
export interface ReleaseResult {
  checksums: ChecksumsResult;
  /** The checksums file, absolute. */
  checksumsPath: string;
  subjects: Subject[];
  /** The SBOM files written, absolute, and how each lockfile contributed. */
  sbom: { paths: string[]; lockfiles: LockfileSummary[] } | undefined;
  /** The checksums file's bundle and who signed it; undefined when signing was off or skipped. */
  signature: { bundlePath: string; signer: ReleaseSigner; description: string } | undefined;
  /** Why nothing was signed, when signing was on but skipped (`on-missing-token: warn|skip`). */
  signatureSkipped: string | undefined;
  /** VERIFY.md, absolute. */
  instructionsPath: string;
  /** The trust-kit command in VERIFY.md that checks the signature and the files; undefined when unsigned. */
  verifyCommand: string | undefined;
  /** Every file written, absolute, in the order it was made. */
  produced: string[];
}

/** The checksums file's conventional name for an algorithm: `SHA256SUMS`, `SHA512SUMS`. */
export function checksumsFileName(algorithm: ReleaseConfig['algorithm']): string {
  return `${algorithm.toUpperCase()}SUMS`;
}

/** The file the public key of a key-signed release is published as. */
export const PUBLIC_KEY_FILE = 'trust-kit.pub';

async function signChecksums(config: ReleaseSignConfig, checksumsPath: string, outputDir: string, ports: ReleasePorts): Promise<Pick<ReleaseResult, 'signature' | 'signatureSkipped'> & { extra: string[] }> {
  const bundlePath = defaultBundlePath(checksumsPath);
  if (config.ephemeralKeyWithoutToken && tokenSource(ports.env) === undefined) {
    // The private key exists only in this process; only its public half is written.
    const key = ephemeralSigningKey();
    const publicKeyPath = join(outputDir, PUBLIC_KEY_FILE);
    await writeFileAtomic(publicKeyPath, key.publicKeyPem);
    ports.logger.warn(`no OIDC token and no --key: signing with a key made for this run (public key ${PUBLIC_KEY_FILE}); releases from GitHub Actions are signed keylessly`);
    await createSigningSession({ backend: { instance: 'key', key }, retry: config.retry }).signFile(checksumsPath, bundlePath);
    return {
      signature: { bundlePath, signer: { kind: 'key', publicKeyFile: PUBLIC_KEY_FILE, ephemeral: true }, description: `a key made for this run (hint ${key.hint})` },
      signatureSkipped: undefined,
      extra: [publicKeyPath],
    };
  }
  const opened = await openSigningSession(config, { cwd: ports.cwd, env: ports.env, run: await readRunContext(ports.env), logger: ports.logger });
  if (opened.session === undefined) return { signature: undefined, signatureSkipped: opened.reason, extra: [] };
  ports.logger.info(`signing ${basename(checksumsPath)} with ${opened.description}`);
  await opened.session.signFile(checksumsPath, bundlePath);
  // Only after success: on failure the token stays known to the redactor until the error has been
  // printed, and the exit hooks destroy it.
  opened.close();
  const signer: ReleaseSigner =
    opened.signer.kind === 'key'
      ? { kind: 'key', publicKeyFile: `${basename(opened.signer.source).replace(/\.key$/, '')}.pub`, ephemeral: false }
      : { kind: 'certificate', identity: opened.signer.identity, issuer: opened.signer.issuer, instance: releaseInstance(config, opened.session.instance), repository: opened.signer.repository };
  return { signature: { bundlePath, signer, description: opened.description }, signatureSkipped: undefined, extra: [] };
}

/** Which deployment verifiers need trust for: custom service URLs mean a private deployment, verified with the trusted root signing used. */
function releaseInstance(config: ReleaseSignConfig, instance: string): Extract<ReleaseSigner, { kind: 'certificate' }>['instance'] {
  const custom = config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined;
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

/**
 * Runs the release pipeline: hash every artifact and write the checksums file, catalog the
 * project into SBOMs, sign the checksums file (verified before it is written), and write the
 * verification instructions. A step that fails never removes what earlier steps wrote.
 */
export async function runRelease(config: ReleaseConfig, ports: ReleasePorts): Promise<ReleaseResult> {
  const outputDir = resolve(ports.cwd, config.outputDir);
  const checksumsPath = join(outputDir, checksumsFileName(config.algorithm));
  const produced: string[] = [];

  // Each artifact is read once: the SBOM's digests are made in the same pass as the checksums.
  const checksums = await createChecksums(
    { subjects: config.subjects, algorithm: config.algorithm, base: config.base, output: checksumsPath },
    ports.cwd,
    config.sbom === undefined ? {} : { also: SBOM_FILE_DIGESTS },
  );
  produced.push(checksumsPath);
  const subjects = toSubjects(checksums.artifacts, config.algorithm);
  ports.onStep?.({ step: 'checksums', checksumsPath, subjects });
  ports.logger.info(`checksums: ${counted(checksums.artifacts.length, 'artifact')} -> ${relative(ports.cwd, checksumsPath)}`);

  let sbom: ReleaseResult['sbom'];
  if (config.sbom !== undefined) {
    const generated = await generateSbom({
      dir: config.sbom.path,
      cwd: ports.cwd,
      exclude: config.sbom.exclude,
      includeDev: config.sbom.includeDev,
      strict: config.sbom.strict,
      hashedArtifacts: checksums.artifacts,
      ...(ports.clock === undefined ? {} : { clock: ports.clock }),
    });
    // The checksums are already written, so an empty catalog warns here where `trust-kit sbom` fails.
    if (generated.lockfiles.length === 0) ports.logger.warn(`sbom: found no lockfile in ${config.sbom.path}: the SBOMs list no dependency (check sbom-path and sbom-exclude, or set sbom-format: none)`);
    const paths: string[] = [];
    for (const format of config.sbom.formats) {
      const encoder = encoderFor(format);
      const path = join(outputDir, encoder.fileName);
      await writeFileAtomic(path, encoder.encode(generated.sbom));
      paths.push(path);
      produced.push(path);
    }
    sbom = { paths, lockfiles: generated.lockfiles };
    ports.onStep?.({ step: 'sbom', paths });
    ports.logger.info(`sbom: ${counted(generated.sbom.packages.length, 'package')} from ${counted(generated.lockfiles.length, 'lockfile')} -> ${paths.map((path) => basename(path)).join(', ')}`);
  }

  const signed = config.sign === undefined ? { signature: undefined, signatureSkipped: undefined, extra: [] } : await signChecksums(config.sign, checksumsPath, outputDir, ports);
  produced.push(...signed.extra);
  if (signed.signature !== undefined) produced.push(signed.signature.bundlePath);

  const instructionsPath = join(outputDir, 'VERIFY.md');
  const verifier = pinnedVerifier(ports.env);
  await writeFileAtomic(
    instructionsPath,
    renderVerifyInstructions({
      checksumsFile: basename(checksumsPath),
      algorithm: config.algorithm,
      bundleFile: signed.signature === undefined ? undefined : basename(signed.signature.bundlePath),
      signer: signed.signature?.signer,
      sbomFiles: (sbom?.paths ?? []).map((path) => basename(path)),
      verifier,
    }),
  );
  produced.push(instructionsPath);

  return {
    checksums,
    checksumsPath,
    subjects,
    sbom,
    signature: signed.signature,
    signatureSkipped: signed.signatureSkipped,
    instructionsPath,
    verifyCommand: signed.signature === undefined ? undefined : releaseVerifyCommand(basename(checksumsPath), basename(signed.signature.bundlePath), signed.signature.signer, verifier),
    produced,
  };
}
