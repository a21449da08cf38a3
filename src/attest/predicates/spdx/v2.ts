import { quoted } from '../../../core/quote.js';
import { AttestError } from '../../errors.js';
import type { Predicate } from '../../statement.js';

/** The predicate type of an SPDX 2.3 SBOM attestation, as GitHub and cosign name it. */
export const SPDX_DOCUMENT_V2_3 = 'https://spdx.dev/Document/v2.3';

/**
 * An SPDX 2.x JSON document (2.2 or 2.3, the versions with a JSON format) as the predicate of an
 * SBOM attestation, typed `https://spdx.dev/Document/v<version>` as GitHub's actions/attest types
 * it, so that `gh attestation verify --predicate-type` finds it; `name` identifies it in errors;
 * `typed` when the user named the type (`--type spdx`), which the hint may then say to change.
 */
export function spdxV2(document: Record<string, unknown>, name: string, typed = true): Predicate {
  const version = typeof document.spdxVersion === 'string' ? /^SPDX-(2\.[23])$/.exec(document.spdxVersion)?.[1] : undefined;
  if (version === undefined || typeof document.SPDXID !== 'string') {
    throw new AttestError('ATTEST_PREDICATE_INVALID', `${name} is not an SPDX 2.2 or 2.3 JSON document (spdxVersion ${quoted(document.spdxVersion ?? null)})`, {
      // A document read as an SBOM of either kind (the attest action's sbom-path) said it is SPDX: no --type to change.
      hint: `attest the SPDX JSON trust-kit writes (\`trust-kit sbom --format spdx-json\`)${typed ? ', or use --type cyclonedx for a CycloneDX BOM' : ''}`,
    });
  }
  return { predicateType: `https://spdx.dev/Document/v${version}`, predicate: document };
}
