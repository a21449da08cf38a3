import { quoted } from '../../../core/quote.js';
import { AttestError } from '../../errors.js';
import type { Predicate } from '../../statement.js';

/** The predicate type of an SPDX 2.3 SBOM attestation, as GitHub and cosign name it. */
export const SPDX_DOCUMENT_V2_3 = 'https://spdx.dev/Document/v2.3';

/** An SPDX 2.3 JSON document as the predicate of an SBOM attestation; `name` identifies it in errors. */
export function spdxV2_3(document: Record<string, unknown>, name: string): Predicate {
  if (document.spdxVersion !== 'SPDX-2.3' || typeof document.SPDXID !== 'string') {
    throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is not an SPDX 2.3 JSON document (spdxVersion ${quoted(document.spdxVersion ?? null)})`, {
      hint: 'attest the SPDX 2.3 JSON trust-kit writes (`trust-kit sbom --format spdx-json`), or use --type cyclonedx for a CycloneDX BOM',
    });
  }
  return { predicateType: SPDX_DOCUMENT_V2_3, predicate: document };
}
