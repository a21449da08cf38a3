import { PackageURL } from 'packageurl-js';
import type { Ecosystem } from './model.js';
import { LONE_SURROGATE, encodeUnpermittedMarks } from './npm-purl.js';

/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, and so are `!*'()` anywhere (`1%212.0`), which
 * the spec does not permit plain, so purls compare equal across tools.
 */
export function purlOf(ecosystem: Ecosystem, name: string, version: string, namespace?: string, qualifiers?: Record<string, string>): string {
  if (!name.isWellFormed() || !version.isWellFormed() || namespace?.isWellFormed() === false) throw new Error(`Invalid purl: ${LONE_SURROGATE}`);
  const purl = new PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
  return encodeUnpermittedMarks(purl.replace(/@([^?#]*)/, (_, encodedVersion: string) => `@${encodedVersion.replaceAll('+', '%2B')}`));
}
