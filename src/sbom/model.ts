import type { DigestSet } from '../core/digest.js';

/**
 * The package ecosystems trust-kit catalogs; each maps to one purl type (`deb` and `apk` are the
 * OS packages of container images, `oci` an image itself). `generic` is only for a
 * root project known by its directory name alone (no manifest says what it is).
 */
export type Ecosystem = 'npm' | 'golang' | 'cargo' | 'pypi' | 'gem' | 'composer' | 'nuget' | 'maven' | 'deb' | 'apk' | 'oci' | 'generic';

/**
 * Whether a package ships in the product (`required`), only when an optional feature is used
 * (`optional`), or only to develop, test or build it (`dev`, excluded unless asked for: a test
 * framework, a tool the build runs, a crate only a build script uses).
 */
export type Scope = 'required' | 'optional' | 'dev';

/** Where a package was found: the file (relative to the scanned directory, `/` separators) and line. */
export interface Location {
  path: string;
  line?: number;
  /**
   * Where inside the file, when one file records the package several times: the install path of
   * an npm copy (`node_modules/a/node_modules/b`), a lock key.
   */
  entry?: string;
}

/** Hash algorithms a lockfile can record for a package, as SPDX and CycloneDX name them. */
export type PackageHashAlgorithm = 'SHA1' | 'SHA256' | 'SHA384' | 'SHA512' | 'MD5' | 'BLAKE2b-256';

/** One hash of a package's distribution archive, lowercase hex. */
export interface PackageHash {
  algorithm: PackageHashAlgorithm;
  hex: string;
}

/**
 * A fact about a package that no other field holds, named `trust-kit:<ecosystem>:<what>` (a Go
 * `h1:` module hash, why its only dependency edge is an approximation): a CycloneDX property, an
 * SPDX annotation.
 */
export interface PackageProperty {
  name: string;
  value: string;
}

/**
 * Who supplies a package (the NTIA supplier), only as the lockfile or manifest says it: SPDX's
 * `Organization: <name> (<email>)` or `Person: <name> (<email>)`, CycloneDX's `supplier`. Absent is NOASSERTION.
 */
export interface PackageSupplier {
  type: 'Organization' | 'Person';
  name: string;
  email?: string;
  /** The package itself declares this as its author (an npm `author`): CycloneDX's component `author` too. */
  author?: boolean;
}

/** One software package: a purl is its identity, so the same purl is the same package. */
export interface Package {
  /** The package URL (purl), canonical form, as built by packageurl-js. */
  purl: string;
  ecosystem: Ecosystem;
  name: string;
  version: string;
  /** SPDX license expression, when the lockfile or manifest says. */
  license?: string;
  hashes: PackageHash[];
  /** Every place this package was found, sorted. */
  locations: Location[];
  scope: Scope;
  /** Where the archive was downloaded from, when the lockfile records it. */
  downloadLocation?: string;
  /** Facts no other field holds, sorted by name then value. */
  properties?: PackageProperty[];
  /** Who supplies it, when the lockfile or manifest says; a derived one is explained by a `trust-kit:supplier-from` property. */
  supplier?: PackageSupplier;
}

/** Hashes as an unknown about contradicting digests names them: `SHA512 0123456789abcdef...`, each cut to 16 hex digits. */
export function shortHashes(hashes: readonly PackageHash[]): string {
  return hashes.map((hash) => `${hash.algorithm} ${hash.hex.slice(0, 16)}...`).join(', ');
}

/** The hashes of `other` that contradict one of `kept`: the same algorithm, another digest (two artifacts under one name). */
export function contradictingHashes(kept: readonly PackageHash[], other: readonly PackageHash[]): PackageHash[] {
  return other.filter((hash) => kept.some((first) => first.algorithm === hash.algorithm && first.hex.toLowerCase() !== hash.hex.toLowerCase()));
}

/** The stronger of two scopes, for merging copies of one package: required beats optional beats dev. */
export function strongerScope(a: Scope, b: Scope): Scope {
  if (a === 'required' || b === 'required') return 'required';
  if (a === 'optional' || b === 'optional') return 'optional';
  return 'dev';
}

/** Properties without repeats, sorted by name then value. */
export function sortProperties(properties: readonly PackageProperty[]): PackageProperty[] {
  const byKey = new Map<string, PackageProperty>();
  for (const property of properties) byKey.set(`${property.name}\u0000${property.value}`, property);
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as PackageProperty);
}

/**
 * `from` depends on `to` (both purls), only to develop or test it (`dev-depends-on`: a project's or
 * workspace's devDependencies), only to build it (`build-depends-on`: a Cargo build script's
 * `[build-dependencies]`), both written only when dev dependencies are wanted, or `from` contains
 * `to` (a workspace member).
 */
export interface Relationship {
  from: string;
  to: string;
  type: 'depends-on' | 'dev-depends-on' | 'build-depends-on' | 'contains';
  /** Why the edge is less than the lockfile's word (an approximation), written beside it: SPDX's relationship comment. */
  comment?: string;
}

/** A file that should have been cataloged but could not be; the rest of the SBOM is still made. */
export interface Unknown {
  /** The file, relative to the scanned directory. */
  path: string;
  line?: number;
  reason: string;
}

/** A release file the SBOM lists as produced by the root package (an SPDX package, a CycloneDX file component). */
export interface ArtifactFile {
  name: string;
  digest: DigestSet;
  size: number;
  /** Purls of the packages built into the file (a Go binary's modules), sorted; each is one of the SBOM's packages. */
  contains?: string[];
}

/** What one lockfile parser found in one file (or group of files, like go.mod + go.sum). */
export interface ParseResult {
  /** The project the lockfile belongs to, when it names it (npm root, uv project, Cargo workspace root...). */
  root?: Package;
  packages: Package[];
  relationships: Relationship[];
  /**
   * What the lockfile refers to but does not resolve (a dependency no entry provides, a section a
   * damaged lockfile lost): each an unknown naming the entry, so the SBOM says it is incomplete.
   */
  unknowns?: Unknown[];
  /** How many unknowns the lockfile has when `unknowns` lists fewer (the rest counted in one): what its summary counts. */
  unknownCount?: number;
  /**
   * Purls of the project's own packages when the lockfile names no root (the members of a Cargo
   * virtual workspace): the catalog's root contains them.
   */
  members?: string[];
  /**
   * Files of the tree this one read as pip constraints (`-c`), by path: the catalog does not read
   * them as requirements of their own when only their directory made them look like requirements.
   */
  constraintFiles?: string[];
  /**
   * Purls the project itself depends on, when the lockfile says so but names no root (NuGet's
   * `Direct` entries): the catalog's root depends on these, not on what nothing else depends on.
   */
  direct?: string[];
}

/** The whole catalog of a source tree, deduplicated by purl and sorted: the input of every format encoder. */
export interface Sbom {
  /** The described package: the project itself. */
  root: Package;
  packages: Package[];
  relationships: Relationship[];
  unknowns: Unknown[];
  files: ArtifactFile[];
  /** When the SBOM was made (from the injected clock / SOURCE_DATE_EPOCH). */
  created: Date;
  /** What made it, e.g. `trust-kit-0.1.0`. */
  tool: string;
  /** The organisation that made the SBOM (NTIA author), when known: `Organization: <name>` in SPDX. */
  organization?: string;
}
