import { typeName } from '../../core/quote.js';
import { SbomError } from '../errors.js';
import { cycloneDxEncoder } from './cyclonedx.js';
import type { FormatEncoder } from './encoder.js';
import { spdxJsonEncoder } from './spdx.js';

export type { FormatEncoder } from './encoder.js';

/** Every SBOM format trust-kit writes, by the name users select it with; adding one is one line here. */
export const FORMATS: readonly FormatEncoder[] = [
  spdxJsonEncoder,
  cycloneDxEncoder('1.6', 'cyclonedx-json', 'sbom.cdx.json'),
  cycloneDxEncoder('1.5', 'cyclonedx-json@1.5', 'sbom.cdx-1.5.json'),
  cycloneDxEncoder('1.7', 'cyclonedx-json@1.7', 'sbom.cdx-1.7.json'),
];

/** The names of {@link FORMATS}. */
export const FORMAT_NAMES: readonly string[] = FORMATS.map((format) => format.name);

/** The default versions named as the others are (`cyclonedx-json@1.6` beside `cyclonedx-json@1.5`): the same format. */
export const FORMAT_ALIASES: Readonly<Record<string, string>> = { 'cyclonedx-json@1.6': 'cyclonedx-json', 'spdx-json@2.3': 'spdx-json' };

/** The encoder for a format name; throws SBOM_FORMAT_UNKNOWN naming the choices. */
export function encoderFor(name: string): FormatEncoder {
  // A name that is not a string (plain JavaScript) is no format either: it failed on toLowerCase with a TypeError.
  const encoder = typeof name === 'string' ? FORMATS.find((format) => format.name === name.toLowerCase()) : undefined;
  if (encoder === undefined) {
    throw new SbomError('SBOM_FORMAT_UNKNOWN', `unknown SBOM format ${typeof name === 'string' ? `"${name}"` : `(${typeName(name)})`}`, { hint: `choose one of ${FORMAT_NAMES.join(', ')}` });
  }
  return encoder;
}

/**
 * The formats a file name says its document is in, by the names trust-kit gives its own files: a
 * version's own suffix (`.cdx-1.5.json`) names that format, a family's extension (`.cdx.json`,
 * `.spdx.json`) any of the family, the default version first; another name (`bom.json`) says nothing.
 */
export function formatsNamedBy(fileName: string): readonly string[] {
  const name = fileName.toLowerCase();
  const suffix = (format: FormatEncoder): string => format.fileName.slice(format.fileName.indexOf('.'));
  const versioned = FORMATS.find((format) => suffix(format) !== format.extension && name.endsWith(suffix(format)));
  if (versioned !== undefined) return [versioned.name];
  return FORMATS.filter((format) => name.endsWith(format.extension)).map((format) => format.name);
}
