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

/** An npm name, maybe scoped, of characters a purl keeps verbatim (lowercase: the npm purl type lowercases names). */
const PLAIN_NPM_NAME = /^(?:@[a-z0-9._-]+\/)?[a-z0-9._-]+$/;
/** A version of characters a purl keeps verbatim (`+` is not one: it is encoded). */
const PLAIN_VERSION = /^[A-Za-z0-9._-]*$/;

/**
 * Splits an npm name into the purl namespace (`@scope`) and name. Qualifiers (`vcs_url`,
 * `download_url`) mark a package that did not come from the registry.
 */
export function npmPurl(name: string, version: string, qualifiers?: Record<string, string>): string {
  // Most npm names and versions are made of characters the purl leaves as they are: the same
  // string without a PackageURL built and parsed for each of tens of thousands of packages.
  if (qualifiers === undefined && PLAIN_NPM_NAME.test(name) && PLAIN_VERSION.test(version)) return `pkg:npm/${name.startsWith('@') ? `%40${name.slice(1)}` : name}${version === '' ? '' : `@${version}`}`;
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  return slash > 0 ? purlOf('npm', name.slice(slash + 1), version, name.slice(0, slash), qualifiers) : purlOf('npm', name, version, undefined, qualifiers);
}
