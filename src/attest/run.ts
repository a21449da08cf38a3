import { basename, dirname, relative, resolve } from 'node:path';
import type { AttestConfig } from '../config/attest.js';
import type { Clock } from '../core/clock.js';
import { isTrustKitError, messageOf, systemErrorCode } from '../core/errors.js';
import { MAX_NAME_BYTES, nameTooLong, readRegularFile } from '../core/files.js';
import type { Logger } from '../core/logger.js';
import { counted } from '../core/plural.js';
import { quoted } from '../core/quote.js';
import type { RunContext } from '../github/context.js';
import { missingTokenError, type OidcClaims } from '../github/oidc.js';
import { proxySettingsFrom } from '../core/proxy.js';
import type { Environment } from '../secrets/index.js';
import { openSigningSession, type SessionSigner, type SigningInstance } from '../sigstore/sign/index.js';
import { AttestError } from './errors.js';
import { predicateFromDocument, predicateFromSbom } from './predicates/index.js';
import { provenanceUnavailable } from './errors.js';
import { provenanceFromToken, requestAttestationTokens, type AttestationTokens } from './provenance.js';
import { attestationPaths, earlierBundles, signStatements, writeAttestations, type Attestation, type AttestationFiles } from './sign.js';
import { MAX_PREDICATE_BYTES, buildStatements, type Predicate, type Statement } from './statement.js';
import { mergeSubjects, parseSubjectReference, refuseForeignDigests, subjectFilesFromPaths, subjectsFromArtifactsList, subjectsFromChecksums, type AttestationSubject } from './subjects.js';

/** The world an attestation run talks to. */
export interface AttestPorts {
  cwd: string;
  /** The environment: token variables and key passphrases are taken out of it. */
  env: Environment;
  run: RunContext;
  logger: Logger;
  /** When the build started and finished, for provenance. */
  clock: Clock;
  /** The file `$GITHUB_ARTIFACTS_LIST` names, read when no subject is named (the entry point reads the variable). */
  artifactsList?: string | undefined;
}

/** What an attestation run made. */
export interface AttestResult {
  subjects: AttestationSubject[];
  predicateType: string;
  attestations: Attestation[];
  files: AttestationFiles;
  instance: SigningInstance;
  description: string;
  signer: SessionSigner;
}

/** Why a run signed nothing (no OIDC token and `on-missing-token: warn|skip`). */
export interface AttestSkipped {
  skipped: string;
}

/** How a run takes its subjects: `byDigest` keeps one name's different digests apart (an image repository's manifests). */
export interface SubjectOptions {
  byDigest?: boolean;
}

/** The subjects a config names (and the runner's artifacts list when it names none), merged and checked. */
export async function collectSubjects(config: AttestConfig, ports: Pick<AttestPorts, 'cwd' | 'artifactsList'>, options: SubjectOptions = {}): Promise<AttestationSubject[]> {
  const sources: AttestationSubject[][] = [];
  sources.push(config.subjectReferences.map(parseSubjectReference));
  if (config.checksums !== undefined) sources.push(await subjectsFromChecksums(config.checksums, { cwd: ports.cwd }));
  // A run's own kind of output (bundles, attestation files) that a directory or glob finds in the output directory is an
  // earlier run's, about to be replaced or left beside this run's: never a subject. A file named as such is one.
  const outputDir = resolve(ports.cwd, config.bundle === undefined ? config.outputDir : dirname(config.bundle));
  const named = new Set(config.subjectPaths.map((path) => resolve(ports.cwd, path)));
  const files = (await subjectFilesFromPaths(config.subjectPaths, { cwd: ports.cwd, base: config.base })).filter(({ path }) => named.has(path) || dirname(path) !== outputDir || !/\.(?:sigstore\.json|intoto\.jsonl)$/.test(path));
  sources.push(files.map(({ subject }) => subject));
  const anyNamed = config.subjectPaths.length > 0 || config.subjectReferences.length > 0 || config.checksums !== undefined;
  if (!anyNamed && ports.artifactsList !== undefined && ports.artifactsList !== '') sources.push(await subjectsFromArtifactsList(resolve(ports.cwd, ports.artifactsList)));
  const merged = mergeSubjects(sources, options);
  if (options.byDigest !== true) await refuseForeignDigests(merged, files);
  return merged;
}

async function readDocument(path: string, cwd: string): Promise<Buffer> {
  try {
    // A bigger file is refused by its size, before it is read, parsed or signed.
    return await readRegularFile(resolve(cwd, path), { maxBytes: MAX_PREDICATE_BYTES, what: 'predicate', shown: path });
  } catch (error) {
    if (isTrustKitError(error) && error.code === 'FILE_TOO_LARGE') {
      throw new AttestError('ATTEST_PREDICATE_TOO_LARGE', `${path} is more than the ${MAX_PREDICATE_BYTES} bytes (16 MB) a predicate may have; nothing was signed`, {
        cause: error,
        hint: 'GitHub refuses larger attestations; attest a smaller document (e.g. an SBOM without file-level entries)',
      });
    }
    if (isTrustKitError(error)) throw error;
    throw new AttestError('ATTEST_PREDICATE_INVALID', `cannot read the predicate ${path}: ${systemErrorCode(error) ?? messageOf(error)}`, { cause: error, hint: 'check the path; it is relative to the working directory' });
  }
}

/** The predicate of a document type, read from its file. */
async function documentPredicate(type: Exclude<AttestConfig['type'], 'slsaprovenance'>, config: AttestConfig, cwd: string): Promise<Predicate> {
  const path = config.predicatePath ?? '';
  const bytes = await readDocument(path, cwd);
  return type === 'sbom' ? predicateFromSbom(bytes, path) : predicateFromDocument(type, bytes, path, config.predicateType);
}

/** The claims of a GitHub Actions token that Fulcio writes into a certificate and SLSA provenance states too: the run, its source and its runner. */
const RUN_CLAIMS = ['repository', 'repository_id', 'sha', 'ref', 'event_name', 'runner_environment', 'workflow_ref', 'job_workflow_ref', 'run_id', 'run_attempt'] as const;

/** Each run claim that the signing token states otherwise than the token the provenance was made of, as `name "a", where the signing token says "b"`. */
function contradictedRunClaims(provenance: Readonly<OidcClaims>, signing: Readonly<OidcClaims>): string[] {
  return RUN_CLAIMS.filter((claim) => signing[claim] !== undefined && String(signing[claim]) !== String(provenance[claim])).map((claim) => `${claim} ${quoted(String(provenance[claim] ?? ''))}, where the signing token says ${quoted(String(signing[claim]))}`);
}

/**
 * Attests subjects as a config says: collects and checks the subjects, builds the predicate (SLSA
 * provenance from the verified claims token, or the document's), splits the statements, then signs
 * them all with one session (one certificate, one log entry per statement) and writes
 * `<name>.intoto.jsonl` and `<name>.sigstore.json`. Everything that can be wrong with the inputs
 * fails before a token is requested or anything is signed.
 */
export async function runAttestation(config: AttestConfig, ports: AttestPorts, options: SubjectOptions = {}): Promise<AttestResult | AttestSkipped> {
  const [subjects, documentPredicateValue] = await Promise.all([collectSubjects(config, ports, options), config.type === 'slsaprovenance' ? undefined : documentPredicate(config.type, config, ports.cwd)]);
  const keyless = config.sign.key === undefined;
  let tokens: AttestationTokens | undefined;
  let statements: Statement[];
  if (documentPredicateValue === undefined) {
    tokens = await requestAttestationTokens(ports.env, config.sign.retry, keyless);
    if (tokens === undefined) {
      // Inside a job, why it has none (a fork's pull request, no permission); outside one, a SIGSTORE_ID_TOKEN makes no provenance.
      const error = provenanceUnavailable(ports.env.GITHUB_ACTIONS === 'true' ? missingTokenError(ports.env, ports.run.payload) : undefined);
      if (config.sign.onMissingToken === 'fail') throw error;
      // Fork pull requests get no token: on-missing-token says whether that fails the job.
      const reason = `${error.message}; nothing was attested (on-missing-token: ${config.sign.onMissingToken})`;
      if (config.sign.onMissingToken === 'warn') ports.logger.warn(reason);
      else ports.logger.info(reason);
      return { skipped: reason };
    }
    let predicate: Predicate;
    try {
      predicate = await provenanceFromToken(tokens.claims, {
        serverURL: ports.run.serverURL,
        payload: ports.run.payload,
        clock: ports.clock,
        retry: config.sign.retry,
        audience: tokens.audience,
        discoveryURL: config.oidcDiscoveryURL,
        proxy: proxySettingsFrom(ports.env),
      });
      statements = buildStatements(subjects, predicate, { perSubject: config.perSubject });
    } catch (error) {
      tokens.signing?.secret.destroy();
      tokens.signing?.renewal?.forget();
      throw error;
    }
  } else {
    statements = buildStatements(subjects, documentPredicateValue, { perSubject: config.perSubject });
  }
  // A run that fails before it signs destroys the signing token it was given, and its renewal.
  const forgetSigningToken = (): void => {
    tokens?.signing?.secret.destroy();
    tokens?.signing?.renewal?.forget();
  };
  if (config.bundle !== undefined && statements.length > 1) {
    forgetSigningToken();
    throw new AttestError('ATTEST_SUBJECT_INVALID', `--bundle names one bundle, but ${counted(subjects.length, 'subject')} make ${statements.length} statements`, {
      hint: 'leave out the bundle path: every bundle is written to <name>.intoto.jsonl (and per subject with per-subject)',
    });
  }
  const fileOptions = { dir: resolve(ports.cwd, config.outputDir), bundlePath: config.bundle === undefined ? undefined : resolve(ports.cwd, config.bundle), perSubject: config.perSubject };
  // Named before anything is signed: a name too long to write failed after the log entries were made.
  const planned = attestationPaths(statements, fileOptions);
  const tooLong = [planned.jsonl, ...planned.bundles].filter(nameTooLong);
  if (tooLong.length > 0) {
    forgetSigningToken();
    const shown = tooLong.slice(0, 3).map((path) => `${quoted(basename(path), 300)} (${Buffer.byteLength(basename(path))} bytes)`).join(', ');
    throw new AttestError('ATTEST_SUBJECT_INVALID', `the attestation's files would be named ${shown}${tooLong.length > 3 ? ` and ${tooLong.length - 3} more` : ''}, longer than the ${MAX_NAME_BYTES} bytes a file name may have; nothing was signed`, {
      hint: 'give the subject a shorter name (NAME@DIGEST, input subject-name), or name the bundle with --bundle',
    });
  }
  const opened = await openSigningSession(config.sign, {
    cwd: ports.cwd,
    env: ports.env,
    run: ports.run,
    logger: ports.logger,
    ...(tokens?.signing === undefined ? {} : { token: tokens.signing }),
  });
  if (opened.session === undefined) return { skipped: opened.reason };
  // Provenance is made of the runner's token; a certificate for another identity (a SIGSTORE_ID_TOKEN of another run or
  // repository) would sign claims it contradicts, which verifiers refuse (VERIFY_PROVENANCE_MISMATCH) or, worse, believe.
  const builder = documentPredicateValue === undefined ? (statements[0]?.predicate as { runDetails?: { builder?: { id?: unknown } } } | undefined)?.runDetails?.builder?.id : undefined;
  const signer = opened.signer;
  if (typeof builder === 'string' && signer.kind === 'certificate' && signer.identity !== undefined && signer.identity !== builder) {
    opened.close();
    throw new AttestError('ATTEST_PROVENANCE_UNAVAILABLE', `the provenance describes the run the runner's token names (builder ${builder}), but the signing token is another identity's (${signer.identity}): its certificate would contradict the provenance it signs`, {
      hint: 'leave SIGSTORE_ID_TOKEN unset in the job, so that the runner\'s token signs, or sign with --key',
    });
  }
  const contradicted = tokens === undefined || opened.claims === undefined ? [] : contradictedRunClaims(tokens.claims.claims, opened.claims);
  if (contradicted.length > 0) {
    opened.close();
    throw new AttestError('ATTEST_PROVENANCE_UNAVAILABLE', `the provenance describes the run the runner's token names, but the signing token is another run's (${contradicted.join('; ')}): its certificate would contradict the provenance it signs`, {
      hint: 'leave SIGSTORE_ID_TOKEN unset in the job, so that the runner\'s token signs, or sign with --key',
    });
  }
  ports.logger.info(`attesting ${counted(subjects.length, 'subject')} (${statements[0]?.predicateType ?? ''}) in ${counted(statements.length, 'statement')} with ${opened.description}`);
  const attestations = await signStatements(opened.session, statements);
  opened.close();
  const files = await writeAttestations(attestations, fileOptions);
  for (const replaced of files.replacedSignatures) {
    ports.logger.warn(`${quoted(relative(ports.cwd, replaced))} held a signature bundle (as sign-blob writes), which this attestation's bundle of the same name replaced: sign the file again (or give attest --bundle another path) if its signature is still wanted`);
  }
  if (config.bundle === undefined) {
    const earlier = await earlierBundles(resolve(ports.cwd, config.outputDir), [...files.bundles, files.jsonl], statements[0]?.predicateType ?? '');
    const count = earlier.names.length;
    if (count > 0) {
      const shown = earlier.names.slice(0, 10).map((name) => quoted(name)).join(', ');
      const counting = `${earlier.complete ? '' : 'at least '}${counted(count, 'bundle')}`;
      ports.logger.warn(
        `${counting} of an earlier run ${count === 1 ? 'lies' : 'lie'} in ${quoted(config.outputDir)} beside this run's, attesting ${statements[0]?.predicateType ?? ''} as this run does: ${shown}${count > 10 ? ', ...' : ''}; left as ${count === 1 ? 'it was' : 'they were'}: remove ${count === 1 ? 'it' : 'them'} before publishing the directory's bundles, or attest into an empty output directory`,
      );
    }
  }
  return {
    subjects,
    predicateType: statements[0]?.predicateType ?? '',
    attestations,
    files,
    instance: opened.session.instance,
    description: opened.description,
    signer: opened.signer,
  };
}
