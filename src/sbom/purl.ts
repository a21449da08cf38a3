import { PackageURL } from 'packageurl-js';
import type { Ecosystem } from './model.js';

/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, so purls compare equal across tools.
 */
export function purlOf(ecosystem: Ecosystem, name: string, version: string, namespace?: string, qualifiers?: Record<string, string>): string {
  const purl = new PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
  return purl.replace(/@([^?#]*)/, (_, encodedVersion: string) => `@${encodedVersion.replaceAll('+', '%2B')}`);
}

/**
 * Splits an npm name into the purl namespace (`@scope`) and name. Qualifiers (`vcs_url`,
 * `download_url`) mark a package that did not come from the registry.
 */
export function npmPurl(name: string, version: string, qualifiers?: Record<string, string>): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  return slash > 0 ? purlOf('npm', name.slice(slash + 1), version, name.slice(0, slash), qualifiers) : purlOf('npm', name, version, undefined, qualifiers);
}
