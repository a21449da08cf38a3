import { resolve } from 'node:path';
import { createChecksums, readChecksumEntries, sortByName } from '../checksums/index.js';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isTrustKitError, messageOf, systemErrorCode } from '../core/errors.js';
import { INPUT_LIMITS, readRegularFile } from '../core/files.js';
import { quoted, shownFile } from '../core/quote.js';
import { AttestError } from './errors.js';
import { leastAttestationFileBytes, subjectJsonBytes, tooLargeForOneFile } from './statement.js';

/** The digest algorithms a subject may be named by (the SHA-2 family GitHub and cosign accept). */
export const SUBJECT_DIGEST_ALGORITHMS = ['sha256', 'sha384', 'sha512'] as const;

/** One of {@link SUBJECT_DIGEST_ALGORITHMS}. */
export type SubjectDigestAlgorithm = (typeof SUBJECT_DIGEST_ALGORITHMS)[number];

const HEX_LENGTH: Record<SubjectDigestAlgorithm, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** An in-toto ResourceDescriptor naming one artifact by digest: the subject of a statement. */
export interface AttestationSubject {
  name: string;
  digest: Partial<Record<SubjectDigestAlgorithm, string>>;
}

/** The runner's artifacts list is a few KiB per thousand artifacts; anything past this is not one. */
const ARTIFACTS_LIST_MAX_BYTES = 16 * 1024 * 1024;

/**
 * A digest as a subject lists it: a supported algorithm and hex of exactly its length, lowercased.
 * `where` names the input in the error.
 */
export function subjectDigest(algorithm: string, hex: string, where: string): { algorithm: SubjectDigestAlgorithm; hex: string } {
  const known = (SUBJECT_DIGEST_ALGORITHMS as readonly string[]).includes(algorithm) ? (algorithm as SubjectDigestAlgorithm) : undefined;
  if (known === undefined) {
    throw new AttestError('ATTEST_DIGEST_INVALID', `${where}: the digest algorithm ${quoted(algorithm, 40)} is not one of ${SUBJECT_DIGEST_ALGORITHMS.join(', ')}`, {
      hint: 'give digests as sha256:<64 hex>, sha384:<96 hex> or sha512:<128 hex>',
    });
  }
  if (hex.length !== HEX_LENGTH[known] || !/^[0-9a-fA-F]+$/.test(hex)) {
    throw new AttestError('ATTEST_DIGEST_INVALID', `${where}: ${quoted(hex, 140)} is not a ${known} digest (${HEX_LENGTH[known]} hex characters)`, {
      hint: 'copy the digest from sha256sum (or the registry) as it is printed',
    });
  }
  return { algorithm: known, hex: hex.toLowerCase() };
}

function subjectName(name: string, where: string): string {
  // C1 controls too: U+009B is a terminal's CSI, as ESC [ is, and names reach logs and messages.
  // eslint-disable-next-line no-control-regex -- the control characters are what is refused
  if (name === '' || name.length > 4096 || /[\u0000-\u001f\u007f-\u009f]/.test(name)) {
    throw new AttestError('ATTEST_SUBJECT_INVALID', `${where}: a subject name must be 1 to 4096 characters without control characters`, {
      hint: 'name subjects by their file or image name',
    });
  }
  return name;
}

/**
 * Parses `name@sha256:hex` (also sha384 and sha512): the name is everything before the last `@`,
 * so image names such as `ghcr.io/o/r@sha256:...` keep their path.
 */
export function parseSubjectReference(value: string): AttestationSubject {
  const at = value.lastIndexOf('@');
  const colon = value.indexOf(':', at + 1);
  if (at <= 0 || colon === -1) {
    throw new AttestError('ATTEST_SUBJECT_INVALID', `${quoted(value, 160)} is not a subject of the form name@sha256:<hex>`, {
      hint: 'name a subject by its name and digest, e.g. app.tar.gz@sha256:e3b0c442...',
    });
  }
  const where = `subject ${quoted(value, 160)}`;
  const { algorithm, hex } = subjectDigest(value.slice(at + 1, colon), value.slice(colon + 1), where);
  return { name: subjectName(value.slice(0, at), where), digest: { [algorithm]: hex } };
}

/**
 * Subjects from files, directories and globs, named relative to `base` (a monorepo's package),
 * hashed with SHA-256 as the checksums command hashes them (threads started while the walk goes on).
 */
export async function subjectsFromPaths(paths: readonly string[], options: { cwd: string; base: string }): Promise<AttestationSubject[]> {
  return (await subjectFilesFromPaths(paths, options)).map(({ subject }) => subject);
}

/** {@link subjectsFromPaths}, each subject with the file it was hashed from. */
export async function subjectFilesFromPaths(paths: readonly string[], options: { cwd: string; base: string }): Promise<{ subject: AttestationSubject; path: string }[]> {
  if (paths.length === 0) return [];
  const { artifacts } = await createChecksums({ subjects: [...paths], algorithm: 'sha256', output: undefined, base: options.base }, options.cwd);
  return artifacts.map((artifact) => ({ subject: { name: artifact.name, digest: { sha256: artifact.hex } }, path: artifact.path }));
}

/** The file's digests by each algorithm, in one read (sha384 too, which the checksums hashing does not take). */
async function fileDigests(path: string, algorithms: readonly SubjectDigestAlgorithm[]): Promise<Partial<Record<SubjectDigestAlgorithm, string>>> {
  const hashes = algorithms.map((algorithm) => [algorithm, createHash(algorithm)] as const);
  for await (const chunk of createReadStream(path)) for (const [, hash] of hashes) hash.update(chunk as Buffer);
  return Object.fromEntries(hashes.map(([algorithm, hash]) => [algorithm, hash.digest('hex')]));
}

/**
 * Refuses a subject hashed from a file here that another source (a checksums file, NAME@ALG:HEX)
 * gives a digest of another algorithm that is not the file's: the statement would list one
 * subject whose SHA-256 names this build and whose SHA-512 names another, and gh would verify
 * either by the algorithm asked for.
 */
export async function refuseForeignDigests(merged: readonly AttestationSubject[], files: readonly { subject: AttestationSubject; path: string }[]): Promise<void> {
  const byName = new Map(merged.map((subject) => [subject.name, subject]));
  for (const { subject, path } of files) {
    const listed = byName.get(subject.name);
    const others = SUBJECT_DIGEST_ALGORITHMS.filter((algorithm) => listed?.digest[algorithm] !== undefined && subject.digest[algorithm] === undefined);
    if (listed === undefined || others.length === 0) continue;
    const digest = await fileDigests(path, others);
    for (const algorithm of others) {
      if (digest[algorithm] !== listed.digest[algorithm]) {
        throw new AttestError('ATTEST_SUBJECT_CONFLICT', `the subject ${quoted(subject.name, 200)} is given the ${algorithm} digest ${listed.digest[algorithm] ?? ''}, but the file it is hashed from has ${digest[algorithm] ?? '?'}: one subject would name two artifacts`, {
          hint: 'the checksums file or NAME@ALG:HEX names another build of this file: make it again from the files attested, or leave it out',
        });
      }
    }
  }
}

/**
 * Subjects from a checksums file (sha256sum/sha512sum output, any form trust-kit reads), streamed
 * line by line, refused once they would make an attestation file larger than `maxFileBytes` (what
 * verify-attestation reads from one file).
 */
export async function subjectsFromChecksums(path: string, options: { cwd: string; shown?: string; maxFileBytes?: number }): Promise<AttestationSubject[]> {
  const maxFileBytes = options.maxFileBytes ?? INPUT_LIMITS.attestationLines;
  const subjects: AttestationSubject[] = [];
  // Refused as the file is read, not after: a file of millions of lines would otherwise be held whole, then refused.
  let bytes = 0;
  for await (const entry of readChecksumEntries(resolve(options.cwd, path), { shown: options.shown ?? path })) {
    const where = `${shownFile(options.shown ?? path)}:${entry.line}`;
    const subject = { name: subjectName(entry.name, where), digest: { [entry.algorithm]: entry.hex } };
    bytes += subjectJsonBytes(subject);
    const leastBytes = leastAttestationFileBytes(bytes);
    if (leastBytes > maxFileBytes) throw tooLargeForOneFile(`the subjects up to ${where}`, leastBytes, maxFileBytes);
    subjects.push(subject);
  }
  return subjects;
}

/**
 * Subjects from the runner's artifacts list (the file `$GITHUB_ARTIFACTS_LIST` names):
 * `{"version":1,"subjects":[{"name","digest":"sha256:<hex>","kind":"file"|"oci"}]}`. An empty
 * file (the runner's way of saying the feature is off) lists none.
 */
export async function subjectsFromArtifactsList(path: string): Promise<AttestationSubject[]> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, { maxBytes: ARTIFACTS_LIST_MAX_BYTES, what: 'artifacts list' });
  } catch (error) {
    if (isTrustKitError(error)) throw error;
    throw new AttestError('ATTEST_ARTIFACTS_LIST_INVALID', `cannot read the artifacts list ${path} (GITHUB_ARTIFACTS_LIST): ${systemErrorCode(error) ?? messageOf(error)}`, {
      cause: error,
      hint: 'GITHUB_ARTIFACTS_LIST is set by the runner; unset it, or name subjects explicitly',
    });
  }
  return parseArtifactsList(bytes.toString('utf8'), path);
}

/** Parses the content of a runner artifacts list (see {@link subjectsFromArtifactsList}); `file` names it in errors. */
export function parseArtifactsList(text: string, file: string): AttestationSubject[] {
  const invalid = (detail: string): AttestError =>
    new AttestError('ATTEST_ARTIFACTS_LIST_INVALID', `the artifacts list ${file} (GITHUB_ARTIFACTS_LIST) ${detail}`, { hint: 'the runner writes this file; unset GITHUB_ARTIFACTS_LIST or name subjects explicitly' });
  if (text.trim() === '') return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw invalid('is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalid('is not a JSON object');
  const { version, subjects } = data as { version?: unknown; subjects?: unknown };
  if (version !== 1) throw invalid(`has version ${quoted(version)}; trust-kit reads version 1`);
  if (!Array.isArray(subjects)) throw invalid('has no "subjects" array');
  return subjects.map((entry: unknown, index) => {
    const { name, digest, kind } = (typeof entry === 'object' && entry !== null ? entry : {}) as { name?: unknown; digest?: unknown; kind?: unknown };
    if (kind !== 'file' && kind !== 'oci') throw invalid(`entry ${index} has kind ${quoted(kind)}, not "file" or "oci"`);
    if (typeof name !== 'string' || typeof digest !== 'string') throw invalid(`entry ${index} lacks a "name" or "digest" string`);
    const colon = digest.indexOf(':');
    const where = `${file}: entry ${index}`;
    const parsed = subjectDigest(colon === -1 ? digest : digest.slice(0, colon), colon === -1 ? '' : digest.slice(colon + 1), where);
    return { name: subjectName(name, where), digest: { [parsed.algorithm]: parsed.hex } };
  });
}

/**
 * Merges subjects from every source: exact duplicates (same name, same digests) are dropped, as
 * GitHub refuses a statement listing a subject twice; one name with different digests is an
 * error, since a verifier could not tell which artifact is meant, unless `byDigest`: images are
 * named by their repository, and each of its manifests is a subject of its own (in a statement of
 * its own). Sorted by name (then in the order given).
 */
export function mergeSubjects(sources: readonly (readonly AttestationSubject[])[], options: { byDigest?: boolean } = {}): AttestationSubject[] {
  const byName = new Map<string, AttestationSubject>();
  for (const subject of sources.flat()) {
    const key = options.byDigest === true ? `${subject.name}@${SUBJECT_DIGEST_ALGORITHMS.map((algorithm) => subject.digest[algorithm] ?? '').join(':')}` : subject.name;
    const known = byName.get(key);
    if (known === undefined) {
      byName.set(key, { name: subject.name, digest: { ...subject.digest } });
      continue;
    }
    for (const algorithm of SUBJECT_DIGEST_ALGORITHMS) {
      const hex = subject.digest[algorithm];
      if (hex === undefined) continue;
      const other = known.digest[algorithm];
      if (other !== undefined && other !== hex) {
        throw new AttestError('ATTEST_SUBJECT_CONFLICT', `the subject ${quoted(subject.name, 200)} is listed with two different ${algorithm} digests (${other} and ${hex})`, {
          hint: 'each subject name must stand for one artifact; set a base directory so that files of the same name in different folders get different names',
        });
      }
      known.digest[algorithm] = hex;
    }
  }
  if (byName.size === 0) {
    throw new AttestError('ATTEST_NO_SUBJECTS', 'no subject to attest: no file, checksums entry, name@digest or artifacts list entry was given', {
      hint: 'name the artifacts to attest (files or globs, a checksums file, or name@sha256:<hex>)',
    });
  }
  return sortByName([...byName.values()], (subject) => subject.name);
}
