/** Attestations: in-toto statements over subjects, SLSA provenance from verified claims, SBOM and custom predicates. */
export { AttestError, provenanceUnavailable, type AttestErrorCode } from './errors.js';
export * from './predicates/index.js';
export { githubTokenIssuer, provenanceFromToken, requestAttestationTokens, type AttestationTokens, type ProvenanceOptions } from './provenance.js';
export { attestationFileText, attestationName, signStatements, writeAttestations, type Attestation, type AttestationFiles } from './sign.js';
export { IN_TOTO_STATEMENT_V1, MAX_PREDICATE_BYTES, MAX_STATEMENTS_PREDICATE_BYTES, MAX_SUBJECTS_PER_STATEMENT, assertPredicateSize, buildStatements, isPredicateTypeURI, type Predicate, type Statement, type StatementOptions } from './statement.js';
export {
  SUBJECT_DIGEST_ALGORITHMS,
  mergeSubjects,
  parseArtifactsList,
  parseSubjectReference,
  subjectDigest,
  subjectsFromArtifactsList,
  subjectsFromChecksums,
  subjectsFromPaths,
  type AttestationSubject,
  type SubjectDigestAlgorithm,
} from './subjects.js';
