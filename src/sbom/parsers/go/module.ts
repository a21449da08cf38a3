import { base64Hash } from '../../hashes.js';
import type { PackageHash } from '../../model.js';
import { purlOf } from '../../purl.js';

/** The purl of a Go module: the module path split at its last `/` into namespace and name, case kept; no version for `(devel)` or none. */
export function goModulePurl(path: string, version: string): string {
  const slash = path.lastIndexOf('/');
  const name = slash === -1 ? path : path.slice(slash + 1);
  const namespace = slash === -1 ? undefined : path.slice(0, slash);
  return purlOf('golang', name, goVersion(version), namespace);
}

/** Semantic version syntax every module version has (`v1.2.3`, pseudo-versions, `+incompatible`). */
const MODULE_VERSION = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

/** Whether a string is a module version go.mod and go.sum can record. */
export function isModuleVersion(version: string): boolean {
  return MODULE_VERSION.test(version);
}

/** A module version as SBOMs record it: `(devel)` (a main module built from a checkout) is no version. */
export function goVersion(version: string): string {
  return version === '(devel)' ? '' : version;
}

/**
 * Whether a replacement target is a directory rather than a module: go.mod's rule is that it
 * starts with `./`, `../` or is an absolute path (`/`, or a Windows drive or UNC path).
 */
export function isLocalReplacement(path: string): boolean {
  return /^(\.{1,2}[/\\]|\.{1,2}$|\/|\\\\|[A-Za-z]:[/\\])/.test(path);
}

/**
 * The hash an `h1:` line of go.sum or of a binary's build info records. `h1` is SHA-256 (go.sum's
 * "hash1", golang.org/x/mod/sumdb/dirhash) over the sorted list of the module zip's file hashes,
 * so it is recorded as the SHA256 the lockfile says, base64 turned into hex, as syft does.
 */
export function h1Hash(sum: string): PackageHash | undefined {
  return sum.startsWith('h1:') ? base64Hash('SHA256', sum.slice(3)) : undefined;
}
