import { quoted } from '../../../core/quote.js';
import { AttestError } from '../../errors.js';
import type { Predicate } from '../../statement.js';

/** The predicate type of a CycloneDX SBOM attestation (one URI for every 1.x specification version). */
export const CYCLONEDX_BOM = 'https://cyclonedx.org/bom';

/** A CycloneDX 1.x JSON BOM as the predicate of an SBOM attestation; `name` identifies it in errors, `typed` says the user named the type (the hint may then say to change it). */
export function cyclonedxV1(document: Record<string, unknown>, name: string, typed = true): Predicate {
  if (document.bomFormat !== 'CycloneDX' || typeof document.specVersion !== 'string' || !/^1\.\d+$/.test(document.specVersion)) {
    throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is not a CycloneDX 1.x JSON BOM (bomFormat ${quoted(document.bomFormat ?? null)}, specVersion ${quoted(document.specVersion ?? null)})`, {
      hint: `attest the CycloneDX JSON trust-kit writes (\`trust-kit sbom --format cyclonedx-json\`)${typed ? ', or use --type spdx for an SPDX document' : ''}`,
    });
  }
  return { predicateType: CYCLONEDX_BOM, predicate: document };
}
