import type { PackageProperty, Scope } from '../../model.js';

/** The property naming a PEP 508 environment marker a lockfile lists a package under, verbatim. */
export const ENVIRONMENT_MARKER = 'trust-kit:pypi:environment-marker';

/**
 * The marker variables that only say which Python runs the project (PEP 508's `python_version`,
 * `python_full_version`, `implementation_version`): lockfiles write them on nearly every package
 * (poetry export on each line, pipenv from each package's Requires-Python), restating the Pythons
 * the project supports.
 */
const PYTHON_VERSION_VARIABLES: ReadonlySet<string> = new Set(['python_version', 'python_full_version', 'implementation_version']);

/** The words of a marker that are no variable. */
const MARKER_KEYWORDS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'in']);

/**
 * Whether a marker names anything but the Python version: the platform (`sys_platform`,
 * `platform_machine`, `os_name`, their PEP 345 dotted spellings), the implementation, or an extra.
 * The marker is read, never evaluated: the SBOM describes the project, not the machine making it.
 */
export function namesMoreThanPythonVersion(marker: string): boolean {
  const unquoted = marker.replace(/"[^"]*"|'[^']*'/g, ' ');
  for (const [word] of unquoted.matchAll(/[A-Za-z_][A-Za-z0-9_.]*/g)) {
    if (!MARKER_KEYWORDS.has(word) && !PYTHON_VERSION_VARIABLES.has(word)) return true;
  }
  return false;
}

/**
 * The scope of a package listed under a marker (or none): a marker that names more than the
 * Python version makes a package the project would otherwise ship `optional`, since some
 * installs leave it out (`pywin32; sys_platform == "win32"`), as npm's platform packages are.
 * The collector keeps the stronger scope of a package's occurrences, so one listed without such a
 * marker anywhere stays required.
 */
export function scopeUnderMarker(scope: Scope, marker: string | undefined): Scope {
  return scope === 'required' && marker !== undefined && namesMoreThanPythonVersion(marker) ? 'optional' : scope;
}

/** The property recording a marker, or none for no marker. */
export function markerProperties(marker: string | undefined): PackageProperty[] {
  const trimmed = marker?.trim();
  return trimmed === undefined || trimmed === '' ? [] : [{ name: ENVIRONMENT_MARKER, value: trimmed }];
}
