import { posix } from 'node:path';
import { systemClock, type Clock } from '../../core/clock.js';
import { messageOf } from '../../core/errors.js';
import { VERSION } from '../../core/version.js';
import { compareText, mayBeExecutable, SKIPPED_DIRECTORIES, withoutConstraintFiles, type LockfileSummary } from '../catalog.js';
import { SbomParseError } from '../errors.js';
import { sortProperties, strongerScope, type Package, type PackageProperty, type ParseResult, type Relationship, type Sbom, type Unknown } from '../model.js';
import { SHARED_WORK_BYTES, sharedWork, type Parser } from '../parser.js';
import { PARSERS } from '../parsers/index.js';
import { purlOf } from '../purl.js';
import { locationProperties, parseErrorReason, type Distro, type OsCataloger } from './cataloger.js';
import { OS_CATALOGERS } from './catalogers/index.js';
import type { FsNode, ImageFile } from './filesystem.js';
import { DEFAULT_IMAGE_LIMITS, squashLayers, type FileInterest, type ImageLimits } from './layers.js';
import { lineCost, ParseBudget } from '../parse-budget.js';
import type { ImageSource } from './manifest.js';

/** Where the distribution names itself. */
const OS_RELEASE = ['/etc/os-release', '/usr/lib/os-release'];
/** Debian's point release (`12.8`), which syft writes in the `distro` qualifier instead of os-release's `12`. */
const DEBIAN_VERSION = '/etc/debian_version';

/** Files lockfile parsers read beside a lockfile; kept wherever a lockfile may be. */
const SIBLING_NAMES: ReadonlySet<string> = new Set(['package.json', 'go.sum', 'Cargo.toml', 'pyproject.toml']);

/** pip constraints files (`constraints.txt`, `constraints-3.12.txt`), which requirements files name with `-c`: kept wherever they are. */
const CONSTRAINTS_FILE = /constraints.*\.txt$/i;

/** What {@link imageSbom} reads and how. */
export interface ImageSbomOptions {
  /** Keep development dependencies of lockfiles found in the image. */
  includeDev?: boolean;
  limits?: ImageLimits;
  /** Lockfile bytes parsed in all at most (see ParseBudget); default what this process's heap holds. */
  parseBudgetBytes?: number;
  clock?: Clock;
  organization?: string;
  osCatalogers?: readonly OsCataloger[];
  parsers?: readonly Parser[];
}

/** syft's location properties, `syft:location:<n>:layerID` and `syft:location:<n>:path`. */
const LOCATION_PROPERTY = /^syft:location:(\d+):(layerID|path)$/;

/** A find's properties as its (layer, path) pairs, by their number, and the rest. */
function splitLocations(properties: readonly PackageProperty[]): { pairs: { layer: string; path: string }[]; others: PackageProperty[] } {
  const byIndex = new Map<string, { layer: string; path: string }>();
  const others: PackageProperty[] = [];
  for (const property of properties) {
    const match = LOCATION_PROPERTY.exec(property.name);
    if (match === null) {
      others.push(property);
      continue;
    }
    const pair = byIndex.get(match[1] as string) ?? { layer: '', path: '' };
    if (match[2] === 'path') pair.path = property.value;
    else pair.layer = property.value;
    byIndex.set(match[1] as string, pair);
  }
  return { pairs: [...byIndex.values()], others };
}

/** What a sniffed executable gave while its layer streamed by. */
interface Inspected {
  parser: string;
  result?: ParseResult;
  unknown?: string;
}

/**
 * `ID` and `VERSION_ID` of an os-release file; for Debian, the point release of
 * `/etc/debian_version` when it extends VERSION_ID (`12.8` for `12`), as syft reads it.
 */
export function distroOf(text: string, debianVersion?: string): Distro | undefined {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(?:"([^"]*)"|'([^']*)'|(\S*))\s*$/.exec(line.trim());
    if (match !== null) fields.set(match[1] as string, match[2] ?? match[3] ?? match[4] ?? '');
  }
  const id = fields.get('ID');
  if (id === undefined || id === '') return undefined;
  const versionId = fields.get('VERSION_ID');
  if (versionId === undefined || versionId === '') return { id };
  const point = debianVersion?.trim();
  return id === 'debian' && point !== undefined && /^\d+(?:\.\d+)+$/.test(point) && point.startsWith(`${versionId}.`) ? { id, versionId: point } : { id, versionId };
}

/** Where rpm keeps its database: Berkeley DB (`Packages`), NDB (`Packages.db`) or SQLite (`rpmdb.sqlite`), in the old place or the new. */
const RPM_DATABASES = ['/var/lib/rpm/Packages', '/var/lib/rpm/Packages.db', '/var/lib/rpm/rpmdb.sqlite', '/usr/lib/sysimage/rpm/Packages', '/usr/lib/sysimage/rpm/Packages.db', '/usr/lib/sysimage/rpm/rpmdb.sqlite'];

function insideSkippedDirectory(path: string): boolean {
  return path.split('/').some((segment) => SKIPPED_DIRECTORIES.has(segment));
}

/** The image as the SBOM's described package: `pkg:oci/<name>@<digest>?arch=...` when the manifest digest is known. */
function imageRoot(source: ImageSource, imageName: string): Package {
  const qualifiers: Record<string, string> = { arch: source.platform.architecture };
  const version = source.digest ?? '';
  return { purl: purlOf('oci', imageName, version, undefined, version === '' ? undefined : qualifiers), ecosystem: 'oci', name: imageName, version, hashes: [], locations: [{ path: source.label ?? source.name }], scope: 'required' };
}

/** A short lowercase image name for the root purl, from how the user named the image (a local one by its path's last component). */
export function imageNameOf(source: ImageSource): string {
  const withoutPrefix = (source.label ?? source.name).replace(/^[a-z-]+:/, '');
  const withoutTag = withoutPrefix.replace(/@sha256:[a-f0-9]+$/, '').replace(/:[\w.-]+$/, '');
  const base = posix.basename(withoutTag.replace(/\/+$/, '').replace(/\.tar$/, '')).toLowerCase().replace(/[^a-z0-9._-]/g, '-');
  return base === '' ? 'image' : base;
}

/**
 * What a line of a package database costs, in ParseBudget's lockfile bytes (16 bytes of heap
 * each): a package takes two lines at least and, measured, 650 bytes of heap once found and as
 * much again while its paragraph is read and the SBOM written: 250 MiB of tiny dpkg paragraphs ran
 * the heap out where the same bytes of lockfile fit.
 */
const DATABASE_COST_PER_LINE = 128;

/** Adds the file's layer and path to each package a file-based parser found in it. */
function withLayer(result: ParseResult, file: ImageFile): ParseResult {
  const mark = (pkg: Package): Package => ({ ...pkg, properties: sortProperties([...(pkg.properties ?? []), ...locationProperties([file])]) });
  return { ...result, packages: result.packages.map(mark), ...(result.root === undefined ? {} : { root: mark(result.root) }) };
}

/**
 * An SBOM of a container image: the layers squashed (whiteouts applied, bounded), then the OS
 * package databases (dpkg, apk), the lockfiles and the Go binaries found in the final filesystem,
 * each package with the layer and path it was found in (syft's `syft:location:N:layerID`/`path`
 * properties). The image is the described package and contains what was found; a database or
 * lockfile that cannot be read is an Unknown.
 */
export async function imageSbom(source: ImageSource, options: ImageSbomOptions = {}): Promise<{ sbom: Sbom; lockfiles: LockfileSummary[] }> {
  const osCatalogers = options.osCatalogers ?? OS_CATALOGERS;
  const parsers = options.parsers ?? PARSERS;
  const named = parsers.filter((parser) => parser.sniff === undefined);
  const sniffers = parsers.filter((parser) => parser.sniff !== undefined);
  const includeDev = options.includeDev ?? false;
  const interest: FileInterest = {
    keep(path, entry) {
      // A link or special file where a database or lockfile is read hides it (an unknown); os-release and the files read beside a database are commonly links, and matter less.
      if (entry.kind !== 'file') {
        if (osCatalogers.some((cataloger) => cataloger.wants(path) && cataloger.isDatabase(path))) return 'content';
        return !insideSkippedDirectory(path) && named.some((parser) => parser.matches(posix.basename(path), path)) ? 'content' : undefined;
      }
      if (OS_RELEASE.includes(path) || path === DEBIAN_VERSION || osCatalogers.some((cataloger) => cataloger.wants(path))) return 'content';
      // An executable is inspected wherever it is: a Go binary under node_modules (esbuild's) or a vendor directory ships in
      // the image, while a lockfile there is a dependency's own or a fixture, not the image's. By its content, as syft reads
      // them, whatever its mode when its name could be an executable's: a Go shared library (-buildmode=c-shared) is 0644.
      const name = posix.basename(path);
      const executable = sniffers.length > 0 && ((entry.mode & 0o111) !== 0 || mayBeExecutable(name) !== undefined);
      if (insideSkippedDirectory(path)) return executable ? 'inspect' : undefined;
      if (SIBLING_NAMES.has(name) || CONSTRAINTS_FILE.test(name) || named.some((parser) => parser.matches(name, path))) return 'content';
      return executable ? 'inspect' : undefined;
    },
    sniff: (head) => sniffers.some((parser) => parser.sniff?.(head) === true),
    async inspect(path, file): Promise<Inspected | undefined> {
      const head = await file.read(0, 64);
      const parser = sniffers.find((candidate) => candidate.sniff?.(head) === true);
      if (parser === undefined) return undefined;
      try {
        return { parser: parser.name, result: await parser.parse({ path, content: Buffer.alloc(0), file, readSibling: () => Promise.resolve(undefined), includeDev }) };
      } catch (error) {
        return { parser: parser.name, unknown: error instanceof SbomParseError ? parseErrorReason(error) : `${parser.name} could not read it: ${messageOf(error)}` };
      }
    },
  };
  const { fs, unknowns: layerUnknowns } = await squashLayers(source.layers, interest, options.limits ?? DEFAULT_IMAGE_LIMITS);
  // A database the container reaches through a linked directory (an Alpine with /lib merged into /usr/lib) is not at its path in the squashed tree: say so rather than leave it out.
  for (const path of osCatalogers.flatMap((cataloger) => cataloger.databasePaths)) {
    if (fs.get(path) !== undefined) continue;
    const reached = fs.resolve(path);
    if (reached !== undefined && (reached.node.kind === 'file' || (reached.node.children?.size ?? 0) > 0)) {
      layerUnknowns.push({ path, reason: `reached through a symbolic link, at ${reached.path} (links are not followed); not cataloged` });
    }
  }
  // An rpm database is not read (its formats are Berkeley DB, NDB or SQLite): said, so that --strict does not pass an rpm-based image whose packages are all left out.
  for (const path of RPM_DATABASES) {
    if (fs.get(path)?.kind === 'file') layerUnknowns.push({ path, reason: 'an rpm database, which trust-kit does not read: the packages rpm installed are not listed' });
  }
  const files = fs.files();
  const kept = new Map<string, ImageFile>(files.filter((file) => file.node.content !== undefined).map((file) => [file.path, file]));
  const osRelease = OS_RELEASE.map((path) => kept.get(path)).find((file) => file !== undefined);
  const distro = osRelease?.node.content === undefined ? undefined : distroOf(osRelease.node.content.toString('utf8'), kept.get(DEBIAN_VERSION)?.node.content?.toString('utf8'));

  const results: { path: string; parser: string; result?: ParseResult; unknown?: Unknown; os: boolean }[] = [];
  // Package databases and lockfiles share one budget: what either parses stays in memory until the SBOM is written.
  const budget = new ParseBudget(options.parseBudgetBytes);
  for (const cataloger of osCatalogers) {
    const wanted = files.filter((file) => file.node.content !== undefined && cataloger.wants(file.path));
    for (const database of wanted.filter((file) => cataloger.isDatabase(file.path))) {
      const content = database.node.content as Buffer;
      const refused = budget.take(content.length, lineCost(content, DATABASE_COST_PER_LINE));
      if (refused !== undefined) {
        results.push({ path: database.path, parser: cataloger.name, unknown: { path: database.path, reason: refused }, os: true });
        continue;
      }
      try {
        results.push({ path: database.path, parser: cataloger.name, result: cataloger.catalog(database, { files: wanted, file: (path) => kept.get(path), distro }), os: true });
      } catch (error) {
        const reason = error instanceof SbomParseError ? parseErrorReason(error) : `${cataloger.name} could not read it: ${messageOf(error)}`;
        results.push({ path: database.path, parser: cataloger.name, unknown: { path: database.path, ...(error instanceof SbomParseError && error.line !== undefined ? { line: error.line } : {}), reason }, os: true });
      }
    }
  }
  // What many lockfiles of the image include (a requirements file's `-r common.txt`) is parsed once for this image.
  const shared = sharedWork(SHARED_WORK_BYTES);
  for (const file of files) {
    const name = posix.basename(file.path);
    const parser = insideSkippedDirectory(file.path) ? undefined : named.find((candidate) => candidate.matches(name, file.path));
    if (parser !== undefined && file.node.content !== undefined) {
      const readSibling = (sibling: string): Promise<Buffer | undefined> => Promise.resolve(kept.get(posix.join(posix.dirname(file.path), sibling))?.node.content);
      const refused = budget.take(file.node.content.length);
      try {
        if (refused !== undefined) results.push({ path: file.path, parser: parser.name, unknown: { path: file.path, reason: refused }, os: false });
        else results.push({ path: file.path, parser: parser.name, result: withLayer(await parser.parse({ path: file.path, content: file.node.content, readSibling, includeDev, shared }), file), os: false });
      } catch (error) {
        const reason = error instanceof SbomParseError ? parseErrorReason(error) : `${parser.name} could not read it: ${messageOf(error)}`;
        results.push({ path: file.path, parser: parser.name, unknown: { path: file.path, ...(error instanceof SbomParseError && error.line !== undefined ? { line: error.line } : {}), reason }, os: false });
      }
    }
    const found = (file.node as FsNode & { found?: Inspected }).found;
    if (found?.unknown !== undefined) results.push({ path: file.path, parser: found.parser, unknown: { path: file.path, reason: found.unknown }, os: false });
    else if (found?.result !== undefined && (found.result.root !== undefined || found.result.packages.length > 0)) results.push({ path: file.path, parser: found.parser, result: withLayer(found.result, file), os: false });
  }
  // A requirements/ file another names with -c is constraints, read where it is named.
  results.splice(0, results.length, ...withoutConstraintFiles(results));

  const root = imageRoot(source, imageNameOf(source));
  const packages = new Map<string, Package>();
  const relationships = new Map<string, Relationship>();
  const relate = (relationship: Relationship): void => {
    if (relationship.from !== relationship.to) relationships.set(`${relationship.type}\u0000${relationship.from}\u0000${relationship.to}`, relationship);
  };
  // Packages found more than once; their properties are sorted once all are in (sorting at each find was quadratic: 8,000 status.d files of one package took 10 s).
  const merged = new Set<Package>();
  // The (layer, path) pairs of each package found more than once.
  const locations = new Map<Package, { layer: string; path: string }[]>();
  const add = (pkg: Package): void => {
    const existing = packages.get(pkg.purl);
    if (existing === undefined) {
      packages.set(pkg.purl, { ...pkg, locations: [...pkg.locations], hashes: [...pkg.hashes], ...(pkg.properties === undefined ? {} : { properties: [...pkg.properties] }) });
      return;
    }
    existing.locations.push(...pkg.locations);
    existing.scope = strongerScope(existing.scope, pkg.scope);
    existing.license ??= pkg.license;
    if (pkg.properties !== undefined) {
      // Each find numbers its files from 0: kept as pairs, numbered again once all are in, so each layer stays with its path.
      let pairs = locations.get(existing);
      if (pairs === undefined) {
        const first = splitLocations(existing.properties ?? []);
        existing.properties = first.others;
        locations.set(existing, (pairs = first.pairs));
      }
      const found = splitLocations(pkg.properties);
      for (const pair of found.pairs) pairs.push(pair);
      for (const property of found.others) existing.properties?.push(property);
      merged.add(existing);
    }
  };
  for (const { result } of results) {
    if (result === undefined) continue;
    for (const pkg of result.packages) add(pkg);
    for (const relationship of result.relationships) relate(relationship);
    if (result.root !== undefined) {
      add(result.root);
      relate({ from: root.purl, to: result.root.purl, type: 'contains' });
    } else {
      for (const pkg of result.packages) relate({ from: root.purl, to: pkg.purl, type: 'contains' });
    }
  }
  for (const pkg of merged) {
    const pairs = [...new Map((locations.get(pkg) ?? []).map((pair) => [`${pair.path}\u0000${pair.layer}`, pair])).values()].sort((a, b) => compareText(a.path, b.path) || compareText(a.layer, b.layer));
    pkg.properties = sortProperties([...(pkg.properties ?? []), ...pairs.flatMap(({ layer, path }, index) => [{ name: `syft:location:${index}:layerID`, value: layer }, { name: `syft:location:${index}:path`, value: path }])]);
  }
  const keptPackages = [...packages.values()].filter((pkg) => includeDev || pkg.scope !== 'dev');
  const keptPurls = new Set([root.purl, ...keptPackages.map((pkg) => pkg.purl)]);
  const sortedPackages = keptPackages.sort((a, b) => compareText(a.purl, b.purl));
  for (const pkg of sortedPackages) pkg.locations = [...new Map(pkg.locations.map((location) => [`${location.path}\u0000${location.entry ?? ''}`, location])).values()].sort((a, b) => compareText(a.path, b.path) || compareText(a.entry ?? '', b.entry ?? ''));
  const sortedRelationships = [...relationships.entries()].filter(([, relationship]) => keptPurls.has(relationship.from) && keptPurls.has(relationship.to)).sort(([a], [b]) => compareText(a, b)).map(([, relationship]) => relationship);
  const unknowns: Unknown[] = [
    ...layerUnknowns,
    ...results.flatMap((entry) => (entry.unknown === undefined ? (entry.result?.unknowns ?? []) : [entry.unknown])),
  ];
  const summaries: LockfileSummary[] = results.map((entry) => {
    const found = entry.result?.packages.filter((pkg) => keptPurls.has(pkg.purl)) ?? [];
    return {
      path: entry.path,
      parser: entry.parser,
      packages: found.length,
      edges: entry.result?.relationships.filter((relationship) => relationship.type === 'depends-on').length ?? 0,
      licensed: found.filter((pkg) => pkg.license !== undefined).length,
      hashed: found.filter((pkg) => pkg.hashes.length > 0).length,
      unknowns: entry.unknown === undefined ? 0 : 1,
      unresolved: entry.result?.unknownCount ?? entry.result?.unknowns?.length ?? 0,
    };
  });
  const sbom: Sbom = {
    root,
    packages: sortedPackages,
    relationships: sortedRelationships,
    unknowns,
    files: [],
    created: (options.clock ?? systemClock).now(),
    tool: `trust-kit-${VERSION}`,
  };
  if (options.organization !== undefined) sbom.organization = options.organization;
  return { sbom, lockfiles: summaries };
}
