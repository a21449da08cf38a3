import { posix } from 'node:path';
import { boundedText } from '../../../core/quote.js';
import { parse as parseToml } from 'smol-toml';
import { SbomParseError } from '../../errors.js';
import { segmentMatches } from '../../glob.js';
import { hexHash } from '../../hashes.js';
import { gitSourceSupplier } from '../../suppliers.js';
import type { Package, PackageHash, ParseResult } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, arrayField, headerLines, isRecord, parseTomlLockfile, recordField, stringField, textOf } from '../lockfile.js';
import { CARGO_LOCK } from '../identities.js';
import { scopesByReachability } from '../scopes.js';
import { withoutCredentials } from '../../urls.js';
import { LockfileUnknowns } from '../unknowns.js';

const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
const CRATES_IO_SPARSE = 'sparse+https://index.crates.io/';

/** One `[[package]]` of Cargo.lock. */
interface Crate {
  name: string;
  version: string;
  source: string | undefined;
  purl: string;
  dependencies: string[];
  line: number | undefined;
  /** A path crate outside the workspace: the path a manifest gives it, relative to the lockfile's directory. */
  outside: string | undefined;
}

/**
 * The purl of a crate: crates.io ones are plain; other registries carry `repository_url`, git
 * sources `vcs_url` (so a git fork never passes for the crates.io release of the same version);
 * the workspace's own crates are plain, as the project's own packages are in every ecosystem; a
 * path crate outside the workspace has `download_url` = its path (it is neither the project's nor crates.io's).
 */
function cratePurl(name: string, version: string, spelled: string | undefined, outside: string | undefined): string {
  // A credential in a lockfile's URL is the lockfile's secret, never the SBOM's.
  const source = spelled === undefined ? undefined : withoutCredentials(spelled);
  if (source === undefined && outside !== undefined) return purlOf('cargo', name, version, undefined, { download_url: outside });
  if (source === undefined || source === CRATES_IO || source === CRATES_IO_SPARSE) return purlOf('cargo', name, version);
  if (source.startsWith('git+')) {
    // `git+URL?branch=x#commit`: the commit pins what was built; the query only says how it was chosen.
    const hash = source.indexOf('#');
    const url = source.slice(0, source.includes('?') ? source.indexOf('?') : hash === -1 ? source.length : hash);
    return purlOf('cargo', name, version, undefined, { vcs_url: hash === -1 ? url : `${url}@${source.slice(hash + 1)}` });
  }
  return purlOf('cargo', name, version, undefined, { repository_url: source.replace(/^(registry|sparse)\+/, '') });
}

/**
 * Where a crate's archive is downloaded from: crates.io's download endpoint for the crate, or the
 * git repository at the locked commit (`git+URL#commit`). Another registry's index URL says where
 * the index is, not the archive (its download template is in the index's config.json): unknown.
 */
function downloadLocationOf(name: string, version: string, source: string | undefined): string | undefined {
  if (source === CRATES_IO || source === CRATES_IO_SPARSE) return `https://crates.io/api/v1/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}/download`;
  if (source?.startsWith('git+') !== true) return undefined;
  // `git+URL?branch=x#commit`: the commit is what was built; the query only says how it was chosen.
  const hash = source.indexOf('#');
  const query = source.indexOf('?');
  const url = source.slice(0, query !== -1 ? query : hash !== -1 ? hash : source.length);
  return hash === -1 ? url : `${url}${source.slice(hash)}`;
}

/** The `[metadata]` checksums of a v1 Cargo.lock, keyed `name version (source)`. */
function metadataChecksums(lock: Record<string, unknown>): Map<string, string> {
  const checksums = new Map<string, string>();
  const metadata = recordField(lock, 'metadata');
  if (metadata === undefined) return checksums;
  for (const [key, value] of Object.entries(metadata)) {
    const match = /^checksum (.+)$/.exec(key);
    if (match?.[1] !== undefined && typeof value === 'string') checksums.set(match[1], value);
  }
  return checksums;
}

/** What the workspace's Cargo.toml files say: the root crate (a virtual workspace has none), the path crates outside the workspace, and each crate's dependencies by kind. */
interface Manifests {
  root: { name: string; version: string | undefined; license: string | undefined } | undefined;
  /**
   * Path crates that are not the workspace's members: those a manifest names by a `path` outside the
   * lockfile's directory, and those only a `[patch]` names (cargo makes path dependencies members,
   * never patches): name -> the path, relative to that directory.
   */
  outside: Map<string, string>;
  /** `name version` (or `name` alone when the manifest takes its version from the workspace) of each member: a crate whose manifest lies inside, reached from the root by `members` and `path` dependencies. */
  inside: Set<string>;
  /** The dependencies each of those manifests declares, by the same key. */
  dependencies: Map<string, CrateDependencies>;
}

/**
 * The crates one manifest depends on, by crate name: linked into it (`[dependencies]`, an
 * `optional` one its default features enable), only when a feature not on by default asks for it
 * (`optional`), only to compile and run its build script (`[build-dependencies]`), and only for
 * its tests, examples and benchmarks (`[dev-dependencies]`).
 */
interface CrateDependencies {
  normal: Set<string>;
  optional: Set<string>;
  build: Set<string>;
  dev: Set<string>;
}

/**
 * The optional dependencies (by key) a manifest's `default` feature turns on, through the features
 * it names: `dep:x` and `x/feature` do, `x?/feature` does not, and a name no feature defines is an
 * optional dependency's own implicit feature. Each feature is visited once.
 */
function enabledByDefault(features: Record<string, unknown>, optional: ReadonlyMap<string, string>): Set<string> {
  const enabled = new Set<string>();
  const visited = new Set<string>();
  const queue = ['default'];
  while (queue.length > 0) {
    const feature = queue.pop() as string;
    if (visited.has(feature)) continue;
    visited.add(feature);
    const list = arrayField(features, feature);
    if (list === undefined) {
      if (optional.has(feature)) enabled.add(feature);
      continue;
    }
    for (const item of list) {
      if (typeof item !== 'string') continue;
      if (item.startsWith('dep:')) enabled.add(item.slice('dep:'.length));
      else if (item.includes('/')) {
        const dependency = item.slice(0, item.indexOf('/'));
        if (!dependency.endsWith('?')) enabled.add(dependency);
      } else queue.push(item);
    }
  }
  return enabled;
}

/** How a workspace crate depends on a crate, strongest first: a crate its manifest names in several tables takes the first. */
type EdgeKind = 'normal' | 'optional' | 'build' | 'dev';

const EDGE_KINDS: readonly EdgeKind[] = ['normal', 'optional', 'build', 'dev'];

/** The property of a crate only a workspace crate's `[build-dependencies]` reach: it ran in the build, and is not in what the build made. */
const BUILD_ONLY = { name: 'trust-kit:cargo:build-only', value: 'true' } as const;

/** Whether a directory relative to the lockfile's lies outside it. */
function isOutside(dir: string): boolean {
  return dir === '..' || dir.startsWith('../');
}

/**
 * The directories a `members` glob names (`crates/*`, `tools/?-*`), from the directories beside
 * the lockfile, `*` and `?` within a segment (`**` as `*`, one level; `[...]` classes are not
 * expanded). Empty when the catalog cannot list directories.
 */
async function expandGlob(input: ParseInput, glob: string): Promise<string[]> {
  let paths = [''];
  for (const segment of glob.replaceAll('\\', '/').split('/').filter((part) => part !== '' && part !== '.')) {
    if (!/[*?[]/.test(segment)) {
      paths = paths.map((path) => posix.join(path, segment));
      continue;
    }
    const next: string[] = [];
    for (const path of paths) for (const name of (await input.listSiblingDirectories?.(path === '' ? '.' : path)) ?? []) if (segmentMatches(segment, name)) next.push(posix.join(path, name));
    paths = next.slice(0, MAX_MANIFESTS);
  }
  return paths;
}

/** How many Cargo.toml files of one workspace are read at most: a hostile tree of path dependencies costs bounded time. */
const MAX_MANIFESTS = 512;

/**
 * The tables of a manifest that name crates: the crates `[workspace.dependencies]` declare for
 * others to use (first, so that the root crate's own `key.workspace = true` finds them), the three
 * kinds of dependencies, per target too, and the crates `[patch.<source>]` declare.
 */
function dependencyTables(manifest: Record<string, unknown>): { table: Record<string, unknown>; kind: 'normal' | 'build' | 'dev' | 'shared' | 'patch' }[] {
  const tables: { table: Record<string, unknown>; kind: 'normal' | 'build' | 'dev' | 'shared' | 'patch' }[] = [];
  const workspace = recordField(manifest, 'workspace');
  const shared = workspace === undefined ? undefined : recordField(workspace, 'dependencies');
  if (shared !== undefined) tables.push({ table: shared, kind: 'shared' });
  const kinds = (owner: Record<string, unknown>): void => {
    for (const [field, kind] of [['dependencies', 'normal'], ['build-dependencies', 'build'], ['build_dependencies', 'build'], ['dev-dependencies', 'dev'], ['dev_dependencies', 'dev']] as const) {
      const table = recordField(owner, field);
      if (table !== undefined) tables.push({ table, kind });
    }
  };
  kinds(manifest);
  for (const target of Object.values(recordField(manifest, 'target') ?? {})) if (isRecord(target)) kinds(target);
  for (const patches of Object.values(recordField(manifest, 'patch') ?? {})) if (isRecord(patches)) tables.push({ table: patches, kind: 'patch' });
  return tables;
}

/**
 * Reads the Cargo.toml beside the lockfile and, from it, every manifest inside the workspace that a
 * `path` dependency or a `members` entry leads to: the root crate, the crates a `path` puts outside
 * the lockfile's directory, and what each crate of the workspace depends on, and how. Cargo.lock
 * gives all path crates alike no `source`, and lists a member's dev-dependencies with the others;
 * only the manifests tell the workspace's own crates from a `path = "../other"` crate that is not
 * the project's, nor any registry's, and a test-only crate from one that ships.
 */
async function readManifests(input: ParseInput): Promise<Manifests> {
  const manifests: Manifests = { root: undefined, outside: new Map(), inside: new Set(), dependencies: new Map() };
  /** `[workspace.dependencies]` keys and the crate each names, for members' `key.workspace = true`. */
  const shared = new Map<string, string>();
  const queue = [''];
  const seen = new Set(queue);
  /** The members' directories: the root's, `members` entries and what their non-`[patch]` `path` dependencies lead to, found after the walk (a patch may lead to a directory before a dependency does). */
  const starts = [''];
  const memberEdges = new Map<string, string[]>();
  /** Each manifest read inside, by directory: its crate's key and what it declares. */
  const crates = new Map<string, { key: string; declared: CrateDependencies }>();
  const patched: { crate: string; dir: string }[] = [];
  for (let index = 0; index < queue.length && index < MAX_MANIFESTS; index += 1) {
    const dir = queue[index] as string;
    const bytes = await input.readSibling(posix.join(dir, 'Cargo.toml'));
    let manifest: Record<string, unknown>;
    try {
      if (bytes === undefined) continue;
      manifest = parseToml(bytes.toString('utf8'));
    } catch {
      // An unreadable manifest only costs what it would have told; the lockfile still lists every crate.
      continue;
    }
    const table = recordField(manifest, 'package');
    const name = table === undefined ? undefined : stringField(table, 'name');
    const declared: CrateDependencies = { normal: new Set(), optional: new Set(), build: new Set(), dev: new Set() };
    /** Optional dependencies by key (what features name) -> crate. */
    const optional = new Map<string, string>();
    if (name !== undefined && table !== undefined && !isOutside(dir)) {
      const version = stringField(table, 'version');
      crates.set(dir, { key: version === undefined ? name : `${name} ${version}`, declared });
      // `license.workspace = true` is a table: the license is the workspace's, not stated here.
      if (dir === '') manifests.root = { name, version, license: stringField(table, 'license') };
    }
    const follow = (path: string): string => {
      const normalized = posix.normalize(posix.join(dir, path.replaceAll('\\', '/'))).replace(/\/$/, '');
      const resolved = normalized === '.' ? '' : normalized;
      // The catalog reads no file outside the scanned tree: a path crate there is read if it is inside it.
      if (!seen.has(resolved)) {
        seen.add(resolved);
        queue.push(resolved);
      }
      return resolved;
    };
    const members = dir === '' ? arrayField(recordField(manifest, 'workspace') ?? {}, 'members') : undefined;
    for (const member of members ?? []) {
      if (typeof member !== 'string') continue;
      for (const path of /[*?[]/.test(member) ? await expandGlob(input, member) : [member]) starts.push(follow(path));
    }
    const edges: string[] = [];
    memberEdges.set(dir, edges);
    for (const { table: dependencies, kind } of dependencyTables(manifest)) {
      for (const [key, spec] of Object.entries(dependencies)) {
        // A renamed dependency (`key = { package = "crate" }`) is named by its crate in Cargo.lock; `key.workspace = true` by the workspace's.
        const crate = !isRecord(spec) ? key : spec.workspace === true ? (shared.get(key) ?? key) : (stringField(spec, 'package') ?? key);
        if (kind === 'shared') shared.set(key, crate);
        else if (kind === 'normal' && isRecord(spec) && spec.optional === true) optional.set(key, crate);
        else if (kind !== 'patch') declared[kind].add(crate);
        const path = isRecord(spec) ? stringField(spec, 'path') : undefined;
        if (path === undefined) continue;
        if (posix.isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path)) manifests.outside.set(crate, path);
        else {
          const resolved = follow(path);
          if (isOutside(resolved)) manifests.outside.set(crate, resolved);
          else if (kind === 'patch') patched.push({ crate, dir: resolved });
          else edges.push(resolved);
        }
      }
    }
    const enabled = optional.size === 0 ? new Set<string>() : enabledByDefault(recordField(manifest, 'features') ?? {}, optional);
    for (const [key, crate] of optional) declared[enabled.has(key) ? 'normal' : 'optional'].add(crate);
  }
  const memberDirs = new Set(starts);
  for (const dir of memberDirs) for (const next of memberEdges.get(dir) ?? []) memberDirs.add(next);
  for (const dir of memberDirs) {
    const crate = crates.get(dir);
    if (crate === undefined) continue;
    manifests.inside.add(crate.key);
    manifests.dependencies.set(crate.key, crate.declared);
  }
  for (const { crate, dir } of patched) if (!memberDirs.has(dir)) manifests.outside.set(crate, dir);
  return manifests;
}

/**
 * Crates from `Cargo.lock` (v1 to v4): registry checksums as SHA256, git and path sources,
 * dependency edges resolved by name, by `name version` or by `name version (source)` when a name
 * has several versions. Crates without a source are workspace members, contained by the root crate
 * named in the Cargo.toml beside the lockfile (or, in a virtual workspace, reported as `members`),
 * but for those the workspace's manifests name by a `path` outside it: local crates, not the project's.
 */
export const cargoLockParser: Parser = {
  ...CARGO_LOCK,
  async parse(input: ParseInput): Promise<ParseResult> {
    const lock = parseTomlLockfile(input);
    const entries = arrayField(lock, 'package') ?? [];
    const lines = headerLines(textOf(input), '[[package]]');
    const checksums = metadataChecksums(lock);
    const manifests = await readManifests(input);
    const crates: Crate[] = [];
    for (const [index, entry] of entries.entries()) {
      const line = lines[index];
      if (!isRecord(entry)) throw new SbomParseError(input.path, 'a [[package]] entry is not a table', line);
      const name = stringField(entry, 'name');
      const version = stringField(entry, 'version');
      if (name === undefined || name === '' || version === undefined || version === '') {
        throw new SbomParseError(input.path, 'a [[package]] entry lacks a name or version', line);
      }
      const source = stringField(entry, 'source');
      const dependencies = (arrayField(entry, 'dependencies') ?? []).filter((dep): dep is string => typeof dep === 'string');
      // A crate of the workspace may share its name with one outside only at another version.
      const inside = manifests.inside.has(name) || manifests.inside.has(`${name} ${version}`);
      const outside = source === undefined && !inside ? manifests.outside.get(name) : undefined;
      crates.push({ name, version, source, purl: purlFor(input.path, line, () => cratePurl(name, version, source, outside)), dependencies, line, outside });
    }

    // Every way Cargo.lock can name a crate in `dependencies`: `name`, `name version` and
    // `name version (source)`; a key two crates share is ambiguous (null) and resolves to nothing.
    const byReference = new Map<string, Crate | null>();
    for (const crate of crates) {
      const keys = [crate.name, `${crate.name} ${crate.version}`];
      if (crate.source !== undefined) {
        keys.push(`${crate.name} ${crate.version} (${crate.source})`);
        // Cargo names a git crate in `dependencies` by its source without the locked commit: `(git+URL?branch=b)`, not `(git+URL?branch=b#commit)`.
        const hash = crate.source.indexOf('#');
        if (hash !== -1) keys.push(`${crate.name} ${crate.version} (${crate.source.slice(0, hash)})`);
      }
      for (const key of keys) {
        const known = byReference.get(key);
        // A crate listed twice is one crate: duplicates must not make its name ambiguous.
        if (known === undefined) byReference.set(key, crate);
        else if (known !== null && known.purl !== crate.purl) byReference.set(key, null);
      }
    }
    const resolve = (spec: string): Crate | undefined => byReference.get(spec.trim()) ?? undefined;

    const manifest = manifests.root;
    const rootCrate = crates.find((crate) => crate.source === undefined && crate.name === manifest?.name && (manifest.version === undefined || manifest.version === crate.version));
    const own = crates.filter((crate) => crate.source === undefined && crate.outside === undefined);

    // Cargo.lock lists a workspace crate's build- and dev-dependencies, and the optional ones of every
    // feature, with its others: its manifest tells them apart, as `cargo metadata`'s dep_kinds do. What
    // only such edges reach is optional, build-only or dev; a crate whose manifest was not read (a
    // registry crate's) keeps every edge as it is.
    const edges = new Map<string, { to: Crate; kind: EdgeKind }[]>();
    // A dependency no [[package]] entry is: the lockfile was cut short or edited (cargo metadata --locked refuses it), and what it would have listed is missing.
    const unknowns = new LockfileUnknowns(input.path);
    for (const crate of crates) {
      const declared = crate.source === undefined && crate.outside === undefined ? (manifests.dependencies.get(`${crate.name} ${crate.version}`) ?? manifests.dependencies.get(crate.name)) : undefined;
      const list: { to: Crate; kind: EdgeKind }[] = [];
      for (const spec of crate.dependencies) {
        const to = resolve(spec);
        if (to === undefined && !byReference.has(spec.trim())) unknowns.add(`${crate.name} ${crate.version} depends on ${boundedText(spec.trim(), 200)}, which no [[package]] entry of the lockfile is: it is cut short or was edited, and what it lacks is not listed (run cargo generate-lockfile)`, crate.line);
        if (to === undefined) continue;
        list.push({ to, kind: declared === undefined ? 'normal' : (EDGE_KINDS.find((kind) => declared[kind].has(to.name)) ?? 'normal') });
      }
      edges.set(crate.purl, [...(edges.get(crate.purl) ?? []), ...list]);
    }
    const graph = new Map([...edges].map(([from, list]) => [from, list.filter((edge) => edge.kind === 'normal' || edge.kind === 'optional').map((edge) => ({ to: edge.to.purl, optional: edge.kind === 'optional' }))]));
    const startsOf = (kind: EdgeKind): string[] => [...edges.values()].flatMap((list) => list.filter((edge) => edge.kind === kind).map((edge) => edge.to.purl));
    const required = own.map((crate) => crate.purl);
    // A build script's crates are compiled and run by the build, never linked into what it makes:
    // what only build edges reach (a build tool's own dependencies included) is not shipped, as dev
    // dependencies are not, but says it ran in the build. A crate a build edge and a dev edge both reach is build-only.
    const buildOnly = scopesByReachability({ required, optional: [], dev: startsOf('build') }, graph);
    const scopes = scopesByReachability({ required, optional: [], dev: [...startsOf('build'), ...startsOf('dev')] }, graph);

    const collector = new PackageCollector(input);
    let root: Package | undefined;
    /** The first entry of each crate (name, version, source), with its checksum: cargo refuses a lockfile that locks one twice. */
    const firstEntry = new Map<string, { line: number | undefined; checksum: string | undefined }>();
    for (const [index, crate] of crates.entries()) {
      const entry = entries[index] as Record<string, unknown>;
      const id = `${crate.name} ${crate.version} (${crate.source ?? ''})`;
      const checksum = stringField(entry, 'checksum') ?? checksums.get(id);
      const first = firstEntry.get(id);
      // Two artifacts under one name when the checksums differ (a merge gone wrong, an edited lock): the SBOM records the first.
      const differs = first?.checksum !== undefined && checksum !== undefined && first.checksum.toLowerCase() !== checksum.toLowerCase();
      if (first === undefined) firstEntry.set(id, { line: crate.line, checksum });
      else {
        unknowns.add(`${boundedText(crate.name, 200)} ${boundedText(crate.version, 100)} is locked again here${first.line === undefined ? '' : ` (first at line ${first.line})`}${differs ? ', with another checksum, of which the SBOM records the first' : ''}: cargo refuses a lockfile that specifies a package twice (run cargo generate-lockfile)`, crate.line);
      }
      // A repeat's other checksum is in the unknown above: the collector is not told it again.
      const hash: PackageHash | undefined = checksum === undefined || differs ? undefined : hexHash('SHA256', checksum);
      // Cargo.lock names no authors; a git source at least names the repository's owner. Registry crates stay NOASSERTION.
      const supplied = crate.source?.startsWith('git+') === true ? gitSourceSupplier(crate.source.slice(4).replace(/[?#].*$/s, ''), 'the Cargo.lock git source') : undefined;
      const built = buildOnly.get(crate.purl) === 'dev' ? [BUILD_ONLY] : [];
      collector.add({
        supplier: supplied?.supplier,
        properties: supplied === undefined ? built : [supplied.property, ...built],
        purl: crate.purl,
        ecosystem: 'cargo',
        name: crate.name,
        version: crate.version,
        scope: scopes.get(crate.purl) ?? 'required',
        line: crate.line,
        hashes: hash === undefined ? [] : [hash],
        downloadLocation: downloadLocationOf(crate.name, crate.version, crate.source),
      });
      if (crate === rootCrate) {
        root = { purl: crate.purl, ecosystem: 'cargo', name: crate.name, version: crate.version, hashes: [], locations: [{ path: input.path, line: crate.line }], scope: 'required' };
        if (manifest?.license !== undefined) root.license = manifest.license;
      }
    }
    for (const [from, list] of edges) {
      for (const edge of list) {
        if (edge.kind === 'normal' || edge.kind === 'optional') collector.relate(from, edge.to.purl);
        else if (input.includeDev) collector.relate(from, edge.to.purl, edge.kind === 'build' ? 'build-depends-on' : 'dev-depends-on');
      }
    }
    const members = own.filter((crate) => crate !== rootCrate).map((crate) => crate.purl);
    if (root !== undefined) {
      for (const member of members) collector.relate(root.purl, member, 'contains');
      return unknowns.into(collector.result(root));
    }
    // A virtual workspace (a Cargo.toml with no [package]) names no root: its members are the project's own crates all the same.
    const result = collector.result();
    if (members.length > 0) result.members = [...new Set(members)].sort();
    return unknowns.into(result);
  },
};
