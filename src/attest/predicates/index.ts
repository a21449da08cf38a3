import { isUtf8 } from 'node:buffer';
import { describeJsonFault, jsonErrorLine, jsonFault, jsonSyntaxProblem } from '../../core/json.js';
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

/** Numbers worth a second look: long digit runs or three-digit exponents, which may not survive as JavaScript numbers. */
const LARGE_NUMBER_HINT = /\d{16}|[eE][+-]?\d{3}/;

/**
 * A JSON number token whose value is not the number it spells: an integer past 2^53 (rounded) or a
 * number past the double range (Infinity, which JSON.stringify writes as null).
 */
function alteredNumber(source: string, value: number): boolean {
  if (!Number.isFinite(value)) return true;
  return /^-?\d+$/.test(source) && BigInt(source) !== BigInt(value);
}

/** JSON.parse's reviver with the token's own text (Node.js 21+), as the reviver is called with it. */
type SourceReviver = (this: unknown, key: string, value: unknown, context: { source?: string }) => unknown;

function parseDocument(bytes: Uint8Array, name: string): Record<string, unknown> {
  assertPredicateSize(bytes.byteLength, name);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Decoded leniently, bytes that are not UTF-8 would be signed as U+FFFD: the statement would not say what the file says.
  if (!isUtf8(buffer)) throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is not UTF-8 text (JSON is): what is not would be signed as U+FFFD, not as the file has it`, { hint: 'save the document as UTF-8, then attest again' });
  const text = buffer.toString('utf8');
  let document: unknown;
  let altered: string | undefined;
  // Only a document with a number that may not survive pays for a reviver (an SBOM of 16 MB would be parsed twice as slowly).
  const reviver: SourceReviver | undefined = LARGE_NUMBER_HINT.test(text)
    ? (_key, value, context) => {
        if (typeof value === 'number' && context.source !== undefined && alteredNumber(context.source, value)) altered ??= context.source;
        return value;
      }
    : undefined;
  try {
    document = JSON.parse(text, reviver as Parameters<typeof JSON.parse>[1]);
  } catch (error) {
    // V8's message quotes the bytes around the fault: the file's, which may hold terminal escapes (jsonSyntaxProblem keeps them printable).
    const line = jsonErrorLine(text, error instanceof Error ? error.message : String(error));
    // Placed at its line, an action's failure is annotated there, as a checksums file's is.
    throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is not JSON: ${jsonSyntaxProblem(text, error)}`, { cause: error, hint: 'a predicate is one JSON object', place: { file: name, ...(line === undefined ? {} : { line }) } });
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is JSON, but not an object`, { hint: 'a predicate is one JSON object' });
  }
  if (altered !== undefined) {
    throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} holds the number ${altered.slice(0, 100)}, which no JSON reader keeps as written (past 2^53, or past the largest double): it would be signed as another number`, { hint: 'write such a number as a string, then attest again' });
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
