import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, posix, relative, resolve, sep } from 'node:path';
import { messageOf, systemErrorCode } from '../core/errors.js';
import { SbomError, SbomParseError } from './errors.js';
import { strongerScope, type Location, type Package, type ParseResult, type Relationship, type Unknown } from './model.js';
import type { Parser } from './parser.js';
import { PARSERS } from './parsers/index.js';
import { purlOf, npmPurl } from './purl.js';

/** Folders never searched for lockfiles: installed copies and version control, not the project's own lockfiles. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', 'vendor', '.git']);

/** What {@link catalogDirectory} reads. */
export interface CatalogOptions {
  /** The directory to search, absolute. */
  dir: string;
  /** Keep development dependencies (tagged `dev`); by default they are left out. */
  includeDev: boolean;
  /** The parsers to run; default: every registered one. */
  parsers?: readonly Parser[];
}

/** How much one lockfile contributed: what the per-lockfile summary prints. */
export interface LockfileSummary {
  /** Relative to the scanned directory, `/` separators. */
  path: string;
  parser: string;
  packages: number;
  edges: number;
  /** Packages with a license. */
  licensed: number;
  /** Packages with at least one hash. */
  hashed: number;
  unknowns: number;
}

/** Everything found under a directory, merged by purl and sorted. */
export interface Catalog {
  root: Package;
  packages: Package[];
  relationships: Relationship[];
  unknowns: Unknown[];
  lockfiles: LockfileSummary[];
}

/** Orders strings by UTF-16 code units: stable across machines and locales. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The lockfiles under `dir` that some parser reads, sorted by path, skipping {@link SKIPPED_DIRECTORIES} and symbolic links. */
export async function findLockfiles(dir: string, parsers: readonly Parser[] = PARSERS): Promise<{ path: string; parser: Parser }[]> {
  const found: { path: string; parser: Parser }[] = [];
  const walk = async (relativeDir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(dir, relativeDir), { withFileTypes: true });
    } catch (error) {
      if (relativeDir === '') throw directoryError(dir, error);
      return;
    }
    for (const entry of entries) {
      const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(path);
      } else if (entry.isFile()) {
        const parser = parsers.find((candidate) => candidate.matches(entry.name));
        if (parser !== undefined) found.push({ path, parser });
      }
    }
  };
  await walk('');
  return found.sort((a, b) => compareText(a.path, b.path));
}

function directoryError(dir: string, error: unknown): SbomError {
  const code = systemErrorCode(error);
  return new SbomError('SBOM_DIRECTORY_UNREADABLE', `cannot read ${dir}: ${code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'it is not a directory' : messageOf(error)}`, {
    cause: error,
    hint: 'give the project directory to catalog (the one holding package-lock.json, go.mod, Cargo.lock, ...)',
  });
}

/** Reads files next to a lockfile, never outside the scanned directory. */
function siblingReader(dir: string, lockfile: string): (name: string) => Promise<Buffer | undefined> {
  const base = resolve(dir, posix.dirname(lockfile));
  return async (name) => {
    const path = resolve(base, name);
    const inside = relative(dir, path);
    if (inside.startsWith('..') || inside.split(sep).includes('node_modules')) return undefined;
    try {
      return await readFile(path);
    } catch {
      return undefined;
    }
  };
}

interface Parsed {
  path: string;
  parser: string;
  result?: ParseResult;
  unknown?: Unknown;
}

async function parseOne(dir: string, path: string, parser: Parser, includeDev: boolean): Promise<Parsed> {
  try {
    const content = await readFile(join(dir, path));
    const result = await parser.parse({ path, content, readSibling: siblingReader(dir, path), includeDev });
    return { path, parser: parser.name, result };
  } catch (error) {
    if (error instanceof SbomParseError) {
      const unknown: Unknown = { path, reason: reasonOf(error, path) };
      if (error.line !== undefined) unknown.line = error.line;
      return { path, parser: parser.name, unknown };
    }
    // A parser bug or an unreadable file must not cost the rest of the SBOM; it is recorded like a parse failure.
    return { path, parser: parser.name, unknown: { path, reason: `${parser.name} could not read it: ${messageOf(error)}` } };
  }
}

/** The parse error's message without the `path:line: ` prefix the Unknown already carries. */
function reasonOf(error: SbomParseError, path: string): string {
  const prefix = `${error.path}${error.line === undefined ? '' : `:${error.line}`}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message.replace(`${path}: `, '');
}

function compareLocations(a: Location, b: Location): number {
  return compareText(a.path, b.path) || compareText(a.entry ?? '', b.entry ?? '') || (a.line ?? 0) - (b.line ?? 0);
}

function locationKey(location: Location): string {
  return `${location.path}\u0000${location.entry ?? ''}\u0000${location.line ?? ''}`;
}

/** Copies of one package from several lockfiles: one package with every location, the stronger scope, the first hashes and license. */
function merge(into: Package, other: Package): void {
  into.locations.push(...other.locations);
  into.scope = strongerScope(into.scope, other.scope);
  const algorithms = new Set(into.hashes.map((hash) => hash.algorithm));
  for (const hash of other.hashes) if (!algorithms.has(hash.algorithm)) into.hashes.push(hash);
  into.license ??= other.license;
  into.downloadLocation ??= other.downloadLocation;
}

function clonePackage(pkg: Package): Package {
  return { ...pkg, hashes: [...pkg.hashes], locations: [...pkg.locations] };
}

async function manifestRoot(dir: string): Promise<Package | undefined> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const { name, version, license } = manifest as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') return undefined;
  const versionText = typeof version === 'string' ? version : '';
  const root: Package = { purl: npmPurl(name, versionText), ecosystem: 'npm', name, version: versionText, hashes: [], locations: [{ path: 'package.json' }], scope: 'required' };
  if (typeof license === 'string' && license !== '') root.license = license;
  return root;
}

/** The root when no manifest names the project: the directory, by name, as a generic package. */
function directoryRoot(dir: string): Package {
  const name = basename(dir) || 'project';
  return { purl: purlOf('generic', name, ''), ecosystem: 'generic', name, version: '', hashes: [], locations: [{ path: '.' }], scope: 'required' };
}

/**
 * Finds every lockfile under a directory, runs its parser, and merges the results into one
 * catalog: one package per purl, the root project as the described package, other projects'
 * roots contained by it, dev dependencies dropped unless asked for, and every file that failed to
 * parse recorded as an Unknown (the rest is still cataloged).
 */
export async function catalogDirectory(options: CatalogOptions): Promise<Catalog> {
  const dir = resolve(options.dir);
  const info = await stat(dir).catch((error: unknown) => {
    throw directoryError(dir, error);
  });
  if (!info.isDirectory()) throw directoryError(dir, Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }));
  const lockfiles = await findLockfiles(dir, options.parsers ?? PARSERS);
  const parsed = await Promise.all(lockfiles.map(({ path, parser }) => parseOne(dir, path, parser, options.includeDev)));

  const topRoots = parsed.filter((entry) => entry.result?.root !== undefined && !entry.path.includes('/'));
  const root = clonePackage(topRoots[0]?.result?.root ?? (await manifestRoot(dir)) ?? directoryRoot(dir));
  root.scope = 'required';

  const packages = new Map<string, Package>();
  const relationships = new RelationshipSet();
  const relate = (relationship: Relationship): void => relationships.add(relationship);
  const add = (pkg: Package): void => {
    if (pkg.purl === root.purl) {
      for (const location of pkg.locations) root.locations.push(location);
      return;
    }
    const existing = packages.get(pkg.purl);
    if (existing === undefined) packages.set(pkg.purl, clonePackage(pkg));
    else merge(existing, pkg);
  };
  for (const entry of parsed) {
    const result = entry.result;
    if (result === undefined) continue;
    for (const pkg of result.packages) add(pkg);
    for (const relationship of result.relationships) relate(relationship);
    // Another project's root (a nested project, or a second ecosystem beside the first) is a part of this one.
    if (result.root !== undefined && result.root.purl !== root.purl) {
      add(result.root);
      relate({ from: root.purl, to: result.root.purl, type: 'contains' });
    } else if (result.root === undefined) {
      // Without a root in the lockfile, what nothing else depends on is what the project itself depends on.
      const targets = new Set(result.relationships.map((relationship) => relationship.to));
      for (const pkg of result.packages) if (!targets.has(pkg.purl)) relate({ from: root.purl, to: pkg.purl, type: 'depends-on' });
    }
  }

  const kept = new Map<string, Package>();
  for (const [purl, pkg] of packages) if (options.includeDev || pkg.scope !== 'dev') kept.set(purl, pkg);
  const exists = (purl: string): boolean => purl === root.purl || kept.has(purl);
  const keptRelationships = relationships.all().filter((relationship) => exists(relationship.from) && exists(relationship.to));
  const keptSet = new RelationshipSet();
  for (const relationship of keptRelationships) keptSet.add(relationship);

  const sortedPackages = [...kept.values()].sort((a, b) => compareText(a.purl, b.purl));
  for (const pkg of [root, ...sortedPackages]) pkg.locations = uniqueLocations(pkg.locations);
  const sortedRelationships = keptRelationships.sort((a, b) => compareText(a.type, b.type) || compareText(a.from, b.from) || compareText(a.to, b.to));
  const unknowns = parsed.flatMap((entry) => (entry.unknown === undefined ? [] : [entry.unknown]));

  return { root, packages: sortedPackages, relationships: sortedRelationships, unknowns, lockfiles: parsed.map((entry) => summarise(entry, kept, keptSet)) };
}

function uniqueLocations(locations: readonly Location[]): Location[] {
  const byKey = new Map<string, Location>();
  for (const location of locations) byKey.set(locationKey(location), location);
  return [...byKey.values()].sort(compareLocations);
}

/** Relationships without repeats, keyed by type, then ends (no key strings built: catalogs have tens of thousands). */
class RelationshipSet {
  private readonly byType = new Map<Relationship['type'], Map<string, Map<string, Relationship>>>();

  add(relationship: Relationship): void {
    if (relationship.from === relationship.to) return;
    let byFrom = this.byType.get(relationship.type);
    if (byFrom === undefined) this.byType.set(relationship.type, (byFrom = new Map()));
    let byTo = byFrom.get(relationship.from);
    if (byTo === undefined) byFrom.set(relationship.from, (byTo = new Map()));
    if (!byTo.has(relationship.to)) byTo.set(relationship.to, relationship);
  }

  has(relationship: Relationship): boolean {
    return this.byType.get(relationship.type)?.get(relationship.from)?.has(relationship.to) ?? false;
  }

  all(): Relationship[] {
    const all: Relationship[] = [];
    for (const byFrom of this.byType.values()) for (const byTo of byFrom.values()) for (const relationship of byTo.values()) all.push(relationship);
    return all;
  }
}

function summarise(entry: Parsed, kept: ReadonlyMap<string, Package>, relationships: RelationshipSet): LockfileSummary {
  const purls = new Set((entry.result?.packages ?? []).map((pkg) => pkg.purl).filter((purl) => kept.has(purl)));
  const mine = [...purls].map((purl) => kept.get(purl) as Package);
  const ownEdges = new RelationshipSet();
  for (const relationship of entry.result?.relationships ?? []) if (relationship.type === 'depends-on' && relationships.has(relationship)) ownEdges.add(relationship);
  return {
    path: entry.path,
    parser: entry.parser,
    packages: mine.length,
    edges: ownEdges.all().length,
    licensed: mine.filter((pkg) => pkg.license !== undefined).length,
    hashed: mine.filter((pkg) => pkg.hashes.length > 0).length,
    unknowns: entry.unknown === undefined ? 0 : 1,
  };
}
