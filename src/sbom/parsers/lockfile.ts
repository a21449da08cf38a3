import { PackageURL } from 'packageurl-js';
import { parse as parseTomlText } from 'smol-toml';
import { messageOf } from '../../core/errors.js';
import { SbomParseError } from '../errors.js';
import { contradictingHashes, shortHashes, sortProperties, strongerScope, type Ecosystem, type Location, type Package, type PackageHash, type PackageProperty, type PackageSupplier, type ParseResult, type Relationship, type Scope } from '../model.js';
import type { ParseInput } from '../parser.js';
import { sortHashes } from '../hashes.js';
import { parseJsonText, textOfBytes } from './text.js';
import { withoutCredentials } from '../urls.js';
import { boundedText, quoted } from '../../core/quote.js';
import { LockfileUnknowns } from './unknowns.js';

/** The lockfile's text: UTF-8, without a byte-order mark. */
export function textOf(input: ParseInput): string {
  return textOfBytes(input.content);
}

/** Whether a value is a plain JSON/TOML table (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of a table when it is a string; anything else (missing, number, table) is undefined. */
export function stringField(table: Record<string, unknown>, key: string): string | undefined {
  const value = Object.hasOwn(table, key) ? table[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** A field of a table when it is a table; inherited keys like `__proto__` are never read. */
export function recordField(table: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = Object.hasOwn(table, key) ? table[key] : undefined;
  return isRecord(value) ? value : undefined;
}

/** A field of a table when it is an array. */
export function arrayField(table: Record<string, unknown>, key: string): unknown[] | undefined {
  const value = Object.hasOwn(table, key) ? table[key] : undefined;
  return Array.isArray(value) ? value : undefined;
}

/** Parses a JSON lockfile; a syntax error becomes an SbomParseError naming the line. */
export function parseJsonLockfile(input: ParseInput): unknown {
  return parseJsonText(input.path, textOf(input));
}

/** Parses a TOML lockfile (Cargo, poetry, uv); a syntax error becomes an SbomParseError naming the line. */
export function parseTomlLockfile(input: ParseInput): Record<string, unknown> {
  try {
    return parseTomlText(textOf(input));
  } catch (error) {
    // smol-toml reports the line of a syntax error; anything else it throws (too deep nesting) has none.
    const line = typeof (error as { line?: unknown }).line === 'number' ? (error as { line: number }).line : undefined;
    throw new SbomParseError(input.path, `not valid TOML: ${messageOf(error).split('\n')[0]}`, line, { cause: error });
  }
}

/** The 1-based lines on which a table-array header like `[[package]]` starts, in order: element i of the array is at line i. */
export function headerLines(text: string, header: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (text.slice(start, stop).trim() === header) lines.push(line);
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return lines;
}

/**
 * A purl made by `make`, with whatever packageurl-js refuses (a name or version invalid for the
 * purl type, its validator bugs, a purl it writes but cannot read back) reported as a parse error
 * of this lockfile: every purl in an SBOM must parse with the standard library.
 */
export function purlFor(path: string, line: number | undefined, make: () => string): string {
  try {
    const purl = make();
    PackageURL.fromString(purl);
    return purl;
  } catch (error) {
    throw new SbomParseError(path, `no package URL can be made: ${messageOf(error)}`, line, { cause: error });
  }
}

/** What a parser knows of one package occurrence; the collector adds the location and merges repeats. */
export interface PackageFound {
  purl: string;
  ecosystem: Ecosystem;
  name: string;
  version: string;
  scope: Scope;
  line?: number;
  /** Where in the file, when lines do not tell copies apart (a NuGet target framework, a Pipfile.lock section). */
  entry?: string;
  /** The file it was found in when not the parsed one (a requirements file another includes), relative to the scanned directory. */
  path?: string;
  hashes?: PackageHash[];
  license?: string;
  downloadLocation?: string;
  properties?: PackageProperty[];
  supplier?: PackageSupplier;
}

/**
 * Collects the packages and edges of one lockfile, one package per purl, and applies the one scope
 * policy: a package needed in any way other than for development is not `dev`; `dev` packages (and
 * their edges) are left out unless development dependencies were asked for.
 */
export class PackageCollector {
  readonly #input: ParseInput;
  readonly #packages = new Map<string, Package>();
  readonly #edges = new Map<string, Relationship>();
  /** Where each package was seen (line and entry), so repeats merge in constant time. */
  readonly #seen = new Map<string, Set<string>>();
  /** Each package's properties by name and value, sorted into it once by `result`: sorting them for each occurrence was quadratic. */
  readonly #properties = new Map<string, Map<string, PackageProperty>>();
  /** Occurrences of a package with another digest than it was first recorded with. */
  readonly #conflicts: LockfileUnknowns;

  constructor(input: ParseInput) {
    this.#input = input;
    this.#conflicts = new LockfileUnknowns(input.path);
  }

  /** Records a package occurrence (merging locations, hashes and the widest scope into an existing one); returns its purl. */
  add(found: PackageFound): string {
    const location: Location = { path: found.path ?? this.#input.path };
    if (found.line !== undefined) location.line = found.line;
    if (found.entry !== undefined) location.entry = found.entry;
    const where = `${found.line ?? ''}\u0000${found.entry ?? ''}\u0000${location.path}`;
    const existing = this.#packages.get(found.purl);
    if (existing === undefined) {
      const pkg: Package = {
        purl: found.purl,
        ecosystem: found.ecosystem,
        name: found.name,
        version: found.version,
        hashes: sortHashes(found.hashes ?? []),
        locations: [location],
        scope: found.scope,
      };
      if (found.license !== undefined) pkg.license = found.license;
      // A credential in a lockfile's URL is the lockfile's secret, never the SBOM's.
      if (found.downloadLocation !== undefined) pkg.downloadLocation = withoutCredentials(found.downloadLocation);
      if (found.properties !== undefined) this.#addProperties(found.purl, found.properties);
      if (found.supplier !== undefined) pkg.supplier = found.supplier;
      this.#packages.set(found.purl, pkg);
      this.#seen.set(found.purl, new Set([where]));
      return found.purl;
    }
    existing.scope = strongerScope(existing.scope, found.scope);
    const seen = this.#seen.get(found.purl);
    if (seen !== undefined && !seen.has(where)) {
      seen.add(where);
      existing.locations.push(location);
    }
    if (found.hashes !== undefined) {
      // Two artifacts under one name (entries whose names normalize alike, a merge gone wrong): the SBOM keeps the first digest, and says so.
      const contradicting = contradictingHashes(existing.hashes, found.hashes);
      if (contradicting.length > 0) {
        const first = existing.locations[0];
        const firstPlace = first?.line === undefined ? 'its first entry' : `its entry at line ${first.line}${first.path === location.path ? '' : ` of ${first.path}`}`;
        this.#conflicts.add(`${found.purl}${found.entry === undefined ? '' : ` (${quoted(boundedText(found.entry, 200))})`} is locked here with ${shortHashes(contradicting)}, another digest than ${firstPlace}, which the SBOM records: two artifacts under one name; check which is installed, and regenerate the lockfile`, found.line, location.path);
      }
      existing.hashes = sortHashes([...existing.hashes, ...found.hashes]);
    }
    existing.license ??= found.license;
    existing.downloadLocation ??= found.downloadLocation;
    existing.supplier ??= found.supplier;
    if (found.properties !== undefined) this.#addProperties(found.purl, found.properties);
    return found.purl;
  }

  #addProperties(purl: string, properties: readonly PackageProperty[]): void {
    if (properties.length === 0) return;
    let byKey = this.#properties.get(purl);
    if (byKey === undefined) this.#properties.set(purl, (byKey = new Map()));
    for (const property of properties) byKey.set(`${property.name}\u0000${property.value}`, property);
  }

  /** Whether a purl was recorded. */
  has(purl: string): boolean {
    return this.#packages.has(purl);
  }

  /** Records that `from` depends on `to` (or contains it, for workspace members), with a comment when the edge is an approximation. */
  relate(from: string, to: string, type: Relationship['type'] = 'depends-on', comment?: string): void {
    if (from === to) return;
    this.#edges.set(`${from}\u0000${to}\u0000${type}`, comment === undefined ? { from, to, type } : { from, to, type, comment });
  }

  /** Sets a recorded package's scope, for parsers that work scopes out from the graph after recording packages (Go tools). */
  rescope(purl: string, scope: Scope): void {
    const pkg = this.#packages.get(purl);
    if (pkg !== undefined) pkg.scope = scope;
  }

  /** Adds properties to a recorded package. */
  annotate(purl: string, properties: readonly PackageProperty[]): void {
    if (this.#packages.has(purl)) this.#addProperties(purl, properties);
  }

  /** The packages (dev ones only when asked for) and the edges between packages that remain, plus the root. */
  result(root?: Package): ParseResult {
    for (const [purl, byKey] of this.#properties) {
      const pkg = this.#packages.get(purl);
      if (pkg !== undefined && byKey.size > 0) pkg.properties = sortProperties([...byKey.values()]);
    }
    const packages = [...this.#packages.values()].filter((pkg) => pkg.purl !== root?.purl && (this.#input.includeDev || pkg.scope !== 'dev'));
    const kept = new Set(packages.map((pkg) => pkg.purl));
    if (root !== undefined) kept.add(root.purl);
    const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    for (const pkg of packages) pkg.locations.sort((a, b) => order(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || order(a.entry ?? '', b.entry ?? ''));
    const relationships = [...this.#edges.values()].filter((edge) => kept.has(edge.from) && kept.has(edge.to));
    return this.#conflicts.into(root === undefined ? { packages, relationships } : { root, packages, relationships });
  }
}

/**
 * What a project without a named root depends on: the dependencies its manifest declares, and the
 * packages nothing depends on (a trimmed lockfile's leftovers), which would otherwise float,
 * related to nothing in the SBOM.
 */
export function withOrphans(declared: readonly string[], packages: readonly Package[], relationships: readonly Relationship[]): string[] {
  const targets = new Set<string>();
  for (const relationship of relationships) targets.add(relationship.to);
  const direct = new Set(declared);
  for (const pkg of packages) if (!targets.has(pkg.purl)) direct.add(pkg.purl);
  return [...direct];
}
