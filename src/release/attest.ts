import { basename, join } from 'node:path';
import { AttestError, attestationFileText, MAX_PREDICATE_BYTES, MAX_STATEMENTS_PREDICATE_BYTES, MAX_SUBJECTS_PER_STATEMENT, SLSA_PROVENANCE_V1, buildStatements, predicateFromSbom, provenanceFromToken, provenanceUnavailable, signStatements, type AttestationSubject, type Predicate, type Statement } from '../attest/index.js';
import { requestAttestationTokens, type AttestationTokens } from '../attest/provenance.js';
import type { ReleaseConfig, ReleaseSignConfig } from '../config/release.js';
import { systemClock } from '../core/clock.js';
import { isTrustKitError } from '../core/errors.js';
import { readRegularFile, writeFileAtomic } from '../core/files.js';
import { silentLogger, type Logger } from '../core/logger.js';
import { counted } from '../core/plural.js';
import { readRunContext } from '../github/context.js';
import { proxySettingsFrom } from '../core/proxy.js';
import type { Environment } from '../secrets/index.js';
import type { SigningSession } from '../sigstore/sign/index.js';
import { ATTESTATIONS_FILE } from './names.js';

export { ATTESTATIONS_FILE };

/**
 * The token a release's attestations need, requested before the checksums file is signed: keyless
 * from the runner, the Sigstore token (with a copy for the provenance claims), else one for `nobody`;
 * undefined when attestations are off or the job has no token endpoint (then provenance is skipped,
 * or refused when required).
 */
export async function releaseAttestationTokens(config: ReleaseConfig, sign: ReleaseSignConfig, env: Environment): Promise<AttestationTokens | undefined> {
  if (config.attest === 'off') return undefined;
  const tokens = await requestAttestationTokens(env, sign.retry, sign.key === undefined);
  if (tokens === undefined && config.attest === 'required') throw provenanceUnavailable();
  return tokens;
}

/** What {@link attestRelease} needs: the open signing session and what the run made. */
export interface ReleaseAttestation {
  session: SigningSession;
  /** The run's tokens, whose claims token (destroyed here) the provenance is built from. */
  tokens: AttestationTokens | undefined;
  artifacts: readonly AttestationSubject[];
  /** The SBOM files in the staging directory. */
  sbomPaths: readonly string[];
  stagingDir: string;
  env: Environment;
  logger: Logger;
  retry: ReleaseSignConfig['retry'];
  discoveryURL?: string | undefined;
}

/**
 * An SBOM's attestation predicate, or undefined (said as a warning) when it is not attested: larger
 * than an attestation may hold, or than `artifacts` statements (1,024 subjects each, each carrying
 * the whole SBOM, which lists every artifact) may carry in one run; the SBOM is published and
 * covered by the signed checksums either way. A release of 10,000 artifacts failed there.
 */
async function sbomPredicate(path: string, artifacts: number, logger: Logger): Promise<Predicate | undefined> {
  try {
    const bytes = await readRegularFile(path, { maxBytes: MAX_PREDICATE_BYTES, what: 'SBOM' });
    const statements = Math.ceil(artifacts / MAX_SUBJECTS_PER_STATEMENT);
    // The file's length bounds the predicate's (its JSON written compactly): no second serialization of a document of up to 16 MB.
    if (statements * bytes.length > MAX_STATEMENTS_PREDICATE_BYTES) {
      logger.warn(`attest: ${basename(path)} (${bytes.length} bytes) would be carried by each of the ${statements} statements ${counted(artifacts, 'artifact')} take, more than the ${MAX_STATEMENTS_PREDICATE_BYTES} bytes one run signs; it is published, but not attested`);
      return undefined;
    }
    return predicateFromSbom(bytes, basename(path));
  } catch (error) {
    // The SBOM is published and covered by the signed checksums either way; GitHub refuses attestations past 16 MB.
    if (isTrustKitError(error) && (error.code === 'FILE_TOO_LARGE' || error.code === 'ATTEST_PREDICATE_TOO_LARGE')) {
      logger.warn(`attest: ${basename(path)} is larger than the 16 MB an attestation may hold; it is published, but not attested`);
      return undefined;
    }
    throw error;
  }
}

/**
 * The predicate types {@link attestRelease} will sign for these inputs, read the way it reads them
 * (provenance when there is a claims token; each SBOM's own type, unless it is too large to attest):
 * what the verification kit requires before the attestations exist.
 */
export async function releasePredicateTypes(input: { claims: AttestationTokens['claims'] | undefined; sbomPaths: readonly string[]; artifacts: number }): Promise<string[]> {
  const types = input.claims === undefined ? [] : [SLSA_PROVENANCE_V1];
  for (const path of input.sbomPaths) {
    const predicate = await sbomPredicate(path, input.artifacts, silentLogger);
    if (predicate !== undefined) types.push(predicate.predicateType);
  }
  return types;
}

/**
 * The attest step of a release: SLSA provenance of the artifacts from the verified claims token
 * (when there is one) and an SBOM attestation per SBOM, all signed with the session that signed
 * the checksums file (one certificate), written to `attestations.intoto.jsonl`. Returns the file
 * and the predicate types, or undefined when there was nothing to attest.
 */
export async function attestRelease(input: ReleaseAttestation): Promise<{ path: string; predicateTypes: string[] } | undefined> {
  const predicates: Predicate[] = [];
  if (input.tokens !== undefined) {
    const run = await readRunContext(input.env);
    predicates.push(await provenanceFromToken(input.tokens.claims, { serverURL: run.serverURL, payload: run.payload, clock: systemClock, retry: input.retry, audience: input.tokens.audience, discoveryURL: input.discoveryURL, proxy: proxySettingsFrom(input.env) }));
  }
  for (const path of input.sbomPaths) {
    const predicate = await sbomPredicate(path, input.artifacts.length, input.logger);
    if (predicate !== undefined) predicates.push(predicate);
  }
  if (predicates.length === 0) return undefined;
  if (input.artifacts.length === 0) throw new AttestError('ATTEST_NO_SUBJECTS', 'the release has no artifact to attest', { hint: 'name the release artifacts' });
  const statements: Statement[] = predicates.flatMap((predicate) => buildStatements(input.artifacts, predicate));
  const attestations = await signStatements(input.session, statements);
  const path = join(input.stagingDir, ATTESTATIONS_FILE);
  await writeFileAtomic(path, attestationFileText(attestations));
  const predicateTypes = predicates.map((predicate) => predicate.predicateType);
  input.logger.info(`attest: ${counted(attestations.length, 'attestation')} (${predicateTypes.join(', ')}) of ${counted(input.artifacts.length, 'artifact')} -> ${ATTESTATIONS_FILE}`);
  return { path, predicateTypes };
}
