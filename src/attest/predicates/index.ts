import { describeJsonFault, jsonFault, jsonSyntaxProblem } from '../../core/json.js';
import { AttestError } from '../errors.js';
import { assertPredicateSize, type Predicate } from '../statement.js';
import { customPredicate } from './custom.js';
import { cyclonedxV1 } from './cyclonedx/v1.js';
import { spdxV2 } from './spdx/v2.js';

export { CYCLONEDX_BOM, cyclonedxV1 } from './cyclonedx/v1.js';
export { customPredicate } from './custom.js';
export { GITHUB_WORKFLOW_BUILD_TYPE, SLSA_PROVENANCE_V1, slsaProvenanceV1, type ProvenanceRun } from './slsa-provenance/v1.js';
export { SPDX_DOCUMENT_V2_3, spdxV2 } from './spdx/v2.js';

/** The kinds of attestation trust-kit makes: SLSA provenance from the run, or a predicate document. */
export const ATTESTATION_TYPES = ['slsaprovenance', 'spdx', 'cyclonedx', 'custom'] as const;

/** One of {@link ATTESTATION_TYPES}. */
export type AttestationType = (typeof ATTESTATION_TYPES)[number];

/** The predicate document kinds read from a file. */
export type DocumentType = Exclude<AttestationType, 'slsaprovenance'>;

function parseDocument(bytes: Uint8Array, name: string): Record<string, unknown> {
  assertPredicateSize(bytes.byteLength, name);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the bytes around the fault: the file's, which may hold terminal escapes (jsonSyntaxProblem keeps them printable).
    throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is not JSON: ${jsonSyntaxProblem(text, error)}`, { cause: error, hint: 'a predicate is one JSON object' });
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is JSON, but not an object`, { hint: 'a predicate is one JSON object' });
  }
  // JSON.parse keeps the last of two equal keys, other readers the first: the statement would sign one reading of the file.
  const fault = jsonFault(text);
  if (fault?.kind === 'repeated-key') {
    throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} ${describeJsonFault(fault)}; readers differ on which value it has`, { hint: 'keep one of the two values, then attest again' });
  }
  if (fault !== undefined) throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} ${describeJsonFault(fault)}`, { hint: 'no SBOM or predicate nests that deep; check that this is the document you meant' });
  return document as Record<string, unknown>;
}

/**
 * A predicate from a document's bytes: the size is checked before parsing (over 16 MB is an error
 * before anything is read into objects or signed), then the JSON, then the type's own shape.
 * `name` identifies the document in errors; `predicateType` is required for custom predicates.
 */
export function predicateFromDocument(type: DocumentType, bytes: Uint8Array, name: string, predicateType?: string): Predicate {
  const document = parseDocument(bytes, name);
  if (type === 'spdx') return spdxV2(document, name);
  if (type === 'cyclonedx') return cyclonedxV1(document, name);
  if (predicateType === undefined) {
    throw new AttestError('ATTEST_PREDICATE_TYPE_INVALID', `a custom predicate (${name}) needs a predicate type`, { hint: 'pass --predicate-type URI (action input predicate-type)' });
  }
  return customPredicate(document, predicateType);
}

/** An SBOM attestation's predicate from an SPDX or CycloneDX JSON document, told apart by its content. */
export function predicateFromSbom(bytes: Uint8Array, name: string): Predicate {
  const document = parseDocument(bytes, name);
  // The document said which SBOM it is: no type to pick instead.
  if ('spdxVersion' in document) return spdxV2(document, name, false);
  if ('bomFormat' in document) return cyclonedxV1(document, name, false);
  throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is neither an SPDX nor a CycloneDX JSON SBOM`, { hint: 'give the SPDX 2.2 or 2.3 or CycloneDX JSON file an SBOM tool wrote' });
}
