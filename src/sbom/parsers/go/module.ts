import { compareSemVer, parseSemVer } from '../../../core/semver.js';
import { base64Hash } from '../../hashes.js';
import type { PackageProperty } from '../../model.js';
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

/**
 * Orders two module versions as the go command does (golang.org/x/mod/semver.Compare): semantic
 * version precedence, `+incompatible` and other build metadata not counting. Negative, zero or
 * positive; zero when either is not a version it can read.
 */
export function compareModuleVersions(a: string, b: string): number {
  const left = parseSemVer(a);
  const right = parseSemVer(b);
  return left === undefined || right === undefined ? 0 : compareSemVer(left, right);
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
 * The property of a module built from a directory (a `replace ... => ../dir` in go.mod, `=> ./dir`
 * in a binary's build info): the directory as written there. Such a module has no version and was
 * never fetched from its module path.
 */
export const LOCAL_DIRECTORY_PROPERTY = 'trust-kit:golang:directory';

/** The property of a module a `replace` puts in place of another: the required `path version` it stands for. */
export const REPLACES_PROPERTY = 'trust-kit:golang:replaces';

/** The properties of a module built in place of `required` (a module, or a directory when `directory` is set). */
export function replacementProperties(required: { path: string; version: string }, directory: string | undefined): PackageProperty[] {
  const replaces: PackageProperty = { name: REPLACES_PROPERTY, value: required.version === '' ? required.path : `${required.path} ${required.version}` };
  return directory === undefined ? [replaces] : [{ name: LOCAL_DIRECTORY_PROPERTY, value: directory }, replaces];
}

/** The name of the property that records a module's go.sum (or build info) `h1:` hash, verbatim. */
export const H1_PROPERTY = 'trust-kit:golang:h1';

/**
 * The `h1:` hash of a go.sum line or of a binary's build info, as the property it is recorded as.
 * `h1` ("hash1", golang.org/x/mod/sumdb/dirhash) is SHA-256 over a sorted list of
 * `<sha256 hex>  <file name>` lines of the module zip's files, not a hash of the zip itself: no tool
 * can check a downloaded archive against it as a SHA256 checksum, so it is kept as what it is.
 * Undefined when the value is not an h1 hash (another algorithm, or not 32 base64-encoded bytes).
 */
export function h1Property(sum: string): PackageProperty | undefined {
  return sum.startsWith('h1:') && base64Hash('SHA256', sum.slice(3)) !== undefined ? { name: H1_PROPERTY, value: sum } : undefined;
}

/**
 * A module path or version as the module cache spells it on disk: each uppercase letter becomes
 * `!` and its lowercase (golang.org/x/mod/module.EscapePath), so case-insensitive file systems
 * keep `Azure` and `azure` apart.
 */
export function escapeForModuleCache(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => `!${letter.toLowerCase()}`);
}

/**
 * Whether a module path can name a directory of the module cache without leaving it: non-empty
 * `/`-separated elements, none `.` or `..`, no backslash, no leading `/`, no `!` (the escape character).
 */
export function isCacheableModulePath(path: string): boolean {
  if (path === '' || path.length > 500 || /[\\!\s]/.test(path) || path.includes(':')) return false;
  return path.split('/').every((element) => element !== '' && element !== '.' && element !== '..');
}
