import { SbomParseError } from '../../errors.js';
import { hexHash } from '../../hashes.js';
import { isSpdxExpression } from '../../licenses.js';
import type { ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, arrayField, isRecord, parseJsonLockfile, recordField, stringField, withOrphans } from '../lockfile.js';
import { COMPOSER_LOCK } from '../identities.js';
import { readSiblingJson } from '../text.js';

/** The package lists of composer.lock and the scope of what they hold. */
const SECTIONS: readonly (readonly [string, Scope])[] = [
  ['packages', 'required'],
  ['packages-dev', 'dev'],
];

/**
 * The license of composer's `license` array: several entries mean the user may pick one (composer's
 * documented semantics), so valid SPDX ids are joined with OR; entries that are not SPDX are kept
 * as the text they are (the formats carry them as free text), never corrected.
 */
function licenseOf(entry: Record<string, unknown>): string | undefined {
  const licenses = (arrayField(entry, 'license') ?? []).filter((license): license is string => typeof license === 'string' && license.trim() !== '').map((license) => license.trim());
  if (licenses.length <= 1) return licenses[0];
  if (!licenses.every(isSpdxExpression)) return licenses.join(', ');
  return licenses.map((license) => (license.includes(' ') ? `(${license})` : license)).join(' OR ');
}

/**
 * Packages from `composer.lock`: `packages` required, `packages-dev` dev scope; licenses, the dist
 * SHA-1 when composer recorded one, the dist URL, and edges from each package's `require`.
 */
export const composerLockParser: Parser = {
  ...COMPOSER_LOCK,
  async parse(input: ParseInput): Promise<ParseResult> {
    const lock = parseJsonLockfile(input);
    if (!isRecord(lock)) throw new SbomParseError(input.path, 'a composer.lock is a JSON object');
    const collector = new PackageCollector(input);
    const byName = new Map<string, string>();
    const requires: { purl: string; names: string[] }[] = [];
    for (const [section, scope] of SECTIONS) {
      // null: what Composer 1 wrote for packages-dev after `update --no-dev`.
      const entries = Object.hasOwn(lock, section) ? (lock[section] ?? []) : [];
      // Refused as an entry without a name is: read as no packages, the SBOM would call itself complete.
      if (!Array.isArray(entries)) throw new SbomParseError(input.path, `${section} is not an array of packages`);
      for (const entry of entries as unknown[]) {
        if (!isRecord(entry)) throw new SbomParseError(input.path, `an entry of ${section} is not an object`);
        const fullName = stringField(entry, 'name');
        const version = stringField(entry, 'version');
        const slash = fullName?.indexOf('/') ?? -1;
        if (fullName === undefined || version === undefined || version === '' || slash <= 0) {
          throw new SbomParseError(input.path, `an entry of ${section} lacks a vendor/name or version`);
        }
        const name = fullName.slice(slash + 1);
        const dist = recordField(entry, 'dist');
        const shasum = dist === undefined ? undefined : hexHash('SHA1', stringField(dist, 'shasum') ?? '');
        // A path repository's package is a folder of the builder's tree: the path qualifies the purl, and is no download location.
        const localPath = dist !== undefined && stringField(dist, 'type') === 'path' ? stringField(dist, 'url') : undefined;
        const purl = collector.add({
          purl: purlFor(input.path, undefined, () => purlOf('composer', name, version, fullName.slice(0, slash), localPath === undefined ? undefined : { download_url: localPath })),
          ecosystem: 'composer',
          name: fullName,
          version,
          scope,
          entry: section,
          hashes: shasum === undefined ? [] : [shasum],
          license: licenseOf(entry),
          downloadLocation: dist === undefined || localPath !== undefined ? undefined : stringField(dist, 'url'),
        });
        byName.set(fullName.toLowerCase(), purl);
        requires.push({ purl, names: Object.keys(recordField(entry, 'require') ?? {}) });
      }
    }
    for (const { purl, names } of requires) {
      // `php`, `ext-*` and `lib-*` requirements are platform packages, not locked ones: they resolve to nothing.
      for (const name of names) {
        const target = byName.get(name.toLowerCase());
        if (target !== undefined) collector.relate(purl, target);
      }
    }
    const result = collector.result();
    const declared = (await declaredRequirements(input)).flatMap((name) => byName.get(name.toLowerCase()) ?? []);
    if (declared.length > 0) result.direct = withOrphans(declared, result.packages, result.relationships);
    return result;
  },
};

/**
 * The packages composer.json beside the lockfile requires (`require` and `require-dev`): composer.lock
 * records no root, so without them the project would depend only on what no package needs, never on
 * one it requires that another requires too. None when there is no readable composer.json.
 */
async function declaredRequirements(input: ParseInput): Promise<string[]> {
  const json = await readSiblingJson(input, 'composer.json');
  if (!isRecord(json)) return [];
  return ['require', 'require-dev'].flatMap((field) => Object.keys(recordField(json, field) ?? {}));
}
