import { INPUT_LIMITS } from '../core/files.js';
import { quoted } from '../core/quote.js';
import { AttestError } from './errors.js';
import type { AttestationSubject } from './subjects.js';

/** The `_type` of an in-toto Statement v1. */
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

/** The most subjects one statement lists: GitHub's attestations API and actions/attest take 1,024. */
export const MAX_SUBJECTS_PER_STATEMENT = 1024;

/** The largest predicate attested, as serialized JSON: GitHub's limit for predicates and SBOMs (16 MB). */
export const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;

/**
 * The predicate's bytes times the statements it goes into, at most: a run holds every bundle until
 * its files are written together, and 60 statements of a 2 MB predicate took 1 GB of memory.
 */
export const MAX_STATEMENTS_PREDICATE_BYTES = 64 * 1024 * 1024;

/** The bytes one subject adds to a statement's JSON: its object and the comma after it. */
export function subjectJsonBytes(subject: AttestationSubject): number {
  return Buffer.byteLength(JSON.stringify(subject), 'utf8') + 1;
}

/**
 * The least an attestation file holds for statements of this many JSON bytes: each is base64-encoded
 * in its DSSE envelope (4 bytes for every 3), before any signature, certificate or log entry.
 */
export function leastAttestationFileBytes(statementBytes: number): number {
  return Math.ceil(statementBytes / 3) * 4;
}

/** The message of ATTEST_TOO_MANY_SUBJECTS when the subjects' JSON alone makes the attestation file larger than its verifier reads. */
export function tooLargeForOneFile(what: string, leastBytes: number, maxFileBytes: number = INPUT_LIMITS.attestationLines): AttestError {
  return new AttestError('ATTEST_TOO_MANY_SUBJECTS', `${what} make an attestation file of at least ${leastBytes} bytes, more than the ${maxFileBytes} bytes verify-attestation reads from one file; nothing was signed`, {
    hint: 'attest the subjects in several runs of fewer subjects (a checksums file for each), or give them shorter names',
  });
}

/** An in-toto Statement v1. */
export interface Statement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: AttestationSubject[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

/** A predicate ready to be put in statements: its type URI and its JSON object. */
export interface Predicate {
  predicateType: string;
  predicate: Record<string, unknown>;
}

/** Options of {@link buildStatements}. */
export interface StatementOptions {
  /** One statement per subject (registries that want one attestation per file, such as PyPI). */
  perSubject?: boolean;
  /** Subjects per statement when not `perSubject`; defaults to {@link MAX_SUBJECTS_PER_STATEMENT}. */
  maxSubjects?: number;
}

/** Whether a string is an absolute URI, as in-toto requires of predicate types: no white space and no control character (C0 or C1), which no URI holds. */
export function isPredicateTypeURI(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- the control characters are what is refused
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s\u0000-\u001f\u007f-\u009f]+$/.test(value) && value.length <= 1024;
}

/** Throws ATTEST_PREDICATE_TOO_LARGE when a predicate's serialized size passes the limit; `what` names it. */
export function assertPredicateSize(bytes: number, what: string): void {
  if (bytes > MAX_PREDICATE_BYTES) {
    throw new AttestError('ATTEST_PREDICATE_TOO_LARGE', `${what} is ${bytes} bytes, more than the ${MAX_PREDICATE_BYTES} bytes (16 MB) a predicate may have; nothing was signed`, {
      hint: 'GitHub refuses larger attestations; attest a smaller document (e.g. an SBOM without file-level entries)',
    });
  }
}

/**
 * In-toto statements over subjects with one predicate: as few statements as the per-statement
 * subject cap allows (or one per subject), each listing its subjects in name order. The
 * predicate's serialized size is checked once, before any statement exists.
 */
export function buildStatements(subjects: readonly AttestationSubject[], predicate: Predicate, options: StatementOptions = {}): Statement[] {
  if (!isPredicateTypeURI(predicate.predicateType)) {
    throw new AttestError('ATTEST_PREDICATE_TYPE_INVALID', `the predicate type ${quoted(predicate.predicateType, 200)} is not an absolute URI`, {
      hint: 'predicate types are URIs such as https://slsa.dev/provenance/v1 or https://example.com/my-predicate/v1',
    });
  }
  const predicateBytes = Buffer.byteLength(JSON.stringify(predicate.predicate), 'utf8');
  assertPredicateSize(predicateBytes, `the ${predicate.predicateType} predicate`);
  if (subjects.length === 0) throw new AttestError('ATTEST_NO_SUBJECTS', 'a statement needs at least one subject', { hint: 'name the artifacts to attest' });
  const size = options.perSubject === true ? 1 : Math.max(1, Math.min(options.maxSubjects ?? MAX_SUBJECTS_PER_STATEMENT, MAX_SUBJECTS_PER_STATEMENT));
  const count = Math.ceil(subjects.length / size);
  // One .intoto.jsonl of more statements than verify-attestation reads from a file would verify for none of its subjects.
  if (count > INPUT_LIMITS.attestationBundles) {
    throw new AttestError('ATTEST_TOO_MANY_SUBJECTS', `${subjects.length} subjects make ${count} statements, more than the ${INPUT_LIMITS.attestationBundles} one attestation file may hold (verify-attestation reads no more from one file); nothing was signed`, {
      hint: 'attest the subjects together (without per-subject: 1,024 to a statement), or in several runs of fewer subjects',
    });
  }
  // Every statement carries the whole predicate, and a run holds each signed (several copies) until its files are written.
  if (count * predicateBytes > MAX_STATEMENTS_PREDICATE_BYTES) {
    throw new AttestError('ATTEST_PREDICATE_TOO_LARGE', `the ${predicate.predicateType} predicate (${predicateBytes} bytes) in each of ${count} statements is more than the ${MAX_STATEMENTS_PREDICATE_BYTES} bytes (64 MiB) one run signs; nothing was signed`, {
      hint: options.perSubject === true ? 'attest the subjects together (without per-subject), or in several runs of fewer subjects' : 'attest fewer subjects in a run, or a smaller document',
    });
  }
  // Statements never signed into a file that verify-attestation would refuse to read (nor into a string too long to write).
  let subjectBytes = 0;
  for (const subject of subjects) subjectBytes += subjectJsonBytes(subject);
  const leastBytes = leastAttestationFileBytes(subjectBytes + count * predicateBytes);
  if (leastBytes > INPUT_LIMITS.attestationLines) throw tooLargeForOneFile(`${subjects.length} subjects in ${count} statements`, leastBytes);
  const statements: Statement[] = [];
  for (let start = 0; start < subjects.length; start += size) {
    statements.push({
      _type: IN_TOTO_STATEMENT_V1,
      subject: subjects.slice(start, start + size).map((subject) => ({ name: subject.name, digest: { ...subject.digest } })),
      predicateType: predicate.predicateType,
      predicate: predicate.predicate,
    });
  }
  return statements;
}
