import type { Sbom } from '../model.js';

/** One SBOM output format: its name on the command line, file extension, media type, and how to write it. */
export interface FormatEncoder {
  /** The name users select it by, e.g. `spdx-json`, `cyclonedx-json@1.5`. */
  name: string;
  /** The conventional file extension, e.g. `.spdx.json`. */
  extension: string;
  /** The file it is written to in an output directory: `sbom.spdx.json`, `sbom.cdx.json`, `sbom.cdx-1.5.json`. */
  fileName: string;
  mediaType: string;
  /** The document's text; the same SBOM always gives the same bytes. Throws SBOM_INVALID_DOCUMENT if our own checks fail. */
  encode(sbom: Sbom): string;
}
