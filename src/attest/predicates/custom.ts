import { quoted } from '../../core/quote.js';
import { AttestError } from '../errors.js';
import { isPredicateTypeURI, type Predicate } from '../statement.js';

/** Any JSON object as a predicate of a type the user names (as `cosign attest-blob --type <URI>` takes it). */
export function customPredicate(document: Record<string, unknown>, predicateType: string): Predicate {
  if (!isPredicateTypeURI(predicateType)) {
    throw new AttestError('ATTEST_PREDICATE_TYPE_INVALID', `the predicate type ${quoted(predicateType, 200)} is not an absolute URI`, {
      hint: 'name custom predicates by a URI you control, e.g. https://example.com/attestations/test-results/v1',
    });
  }
  return { predicateType, predicate: document };
}
