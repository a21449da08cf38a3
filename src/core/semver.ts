/** A semantic version: its three numbers and its prerelease identifiers (build metadata does not count). */
export interface SemVer {
  readonly core: readonly [number, number, number];
  readonly prerelease: readonly string[];
}

/** A tag as semantic version (`v1.2.3`, `1.2.3-rc.1+build`); undefined when it is not one. */
export function parseSemVer(tag: string): SemVer | undefined {
  const match = /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/.exec(tag);
  if (match === null) return undefined;
  return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] === undefined ? [] : match[4].split('.') };
}

/** Semantic version precedence (semver.org 11): negative when `a` comes before `b`. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  for (let index = 0; index < 3; index += 1) {
    const difference = (a.core[index] as number) - (b.core[index] as number);
    if (difference !== 0) return difference;
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return b.prerelease.length - a.prerelease.length;
  for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index += 1) {
    const left = a.prerelease[index];
    const right = b.prerelease[index];
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    if (left === right) continue;
    const numeric = /^\d+$/;
    if (numeric.test(left) && numeric.test(right)) return Number(left) - Number(right);
    if (numeric.test(left)) return -1;
    if (numeric.test(right)) return 1;
    return left < right ? -1 : 1;
  }
  return 0;
}
