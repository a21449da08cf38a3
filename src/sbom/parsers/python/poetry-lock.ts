import { SbomParseError } from '../../errors.js';
import type { Package, ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, arrayField, headerLines, isRecord, parseTomlLockfile, recordField, stringField, textOf } from '../lockfile.js';
import { gitOrigin, indexOrigin, localOrigin, normalizePythonName, pythonHash, urlOrigin, type PythonOrigin } from './names.js';
import { readPyproject, type PythonProject } from './pyproject.js';
import { POETRY_LOCK } from '../identities.js';
import { markerProperties, scopeUnderMarker } from './markers.js';
import { scopesByReachability, type GraphEdge } from '../scopes.js';

/**
 * The scope poetry recorded: `category = "dev"` (lock format 1.x), or `groups` without `main`
 * (format 2.1); format 2.0 records neither, so its packages are all required. Optional packages
 * are those only an extra pulls in.
 */
function scopeOf(entry: Record<string, unknown>): Scope {
  const groups = arrayField(entry, 'groups');
  const dev = stringField(entry, 'category') === 'dev' || (groups !== undefined && groups.length > 0 && !groups.includes('main'));
  if (dev) return 'dev';
  return entry.optional === true ? 'optional' : 'required';
}

/**
 * The environment markers poetry puts on a package itself (lock format 2.1, poetry 2: `markers`, a
 * string for all its groups or a table by group; poetry 1.0's `marker`), those of the groups that
 * decide its scope: `main` for a package that ships (a table without `main` puts none on it there),
 * every group's for a dev one. Older formats put markers only on dependency edges, which are not read for this.
 */
function markersOf(entry: Record<string, unknown>, scope: Scope): string[] {
  const spelled = stringField(entry, 'markers') ?? stringField(entry, 'marker');
  if (spelled !== undefined) return [spelled];
  const byGroup = recordField(entry, 'markers');
  if (byGroup === undefined) return [];
  const markers = scope === 'dev' ? Object.values(byGroup) : [Object.hasOwn(byGroup, 'main') ? byGroup.main : undefined];
  return markers.filter((marker): marker is string => typeof marker === 'string');
}

/** The sdist's hash among a package's files (`files` in the entry, or `[metadata.files]` of format 1.x); wheels are one per platform. */
function sdistHash(files: unknown[] | undefined): ReturnType<typeof pythonHash> {
  const sdists = (files ?? []).filter((file): file is Record<string, unknown> => isRecord(file) && /\.(tar\.gz|zip|tar\.bz2)$/.test(stringField(file, 'file') ?? ''));
  return sdists.length === 1 && sdists[0] !== undefined ? pythonHash(stringField(sdists[0], 'hash') ?? '') : undefined;
}

/**
 * Where a package from a `[package.source]` came from: a `url` source's archive, a `git` source's
 * repository at the resolved commit, a `directory` or `file` source's local path, a `legacy`
 * source's package index (a PEP 503 index other than PyPI, poetry's name for every such source).
 */
function originOf(source: Record<string, unknown>): PythonOrigin | undefined {
  const url = stringField(source, 'url');
  if (url === undefined) return undefined;
  switch (stringField(source, 'type')) {
    case 'url':
      return urlOrigin(url);
    case 'git':
      return gitOrigin(url, stringField(source, 'resolved_reference') ?? stringField(source, 'reference'));
    case 'directory':
    case 'file':
      return localOrigin(url);
    case 'legacy':
      return indexOrigin(url);
    default:
      return undefined;
  }
}

/** The root: the project the pyproject.toml beside the lockfile names, with what it declares (poetry.lock does not record the root's dependencies). */
async function projectOf(input: ParseInput): Promise<{ root: Package; project: PythonProject } | undefined> {
  const project = await readPyproject(input);
  if (project?.name === undefined) return undefined;
  const name = normalizePythonName(project.name);
  const version = project.version ?? '';
  const root: Package = { purl: purlFor(input.path, undefined, () => purlOf('pypi', name, version)), ecosystem: 'pypi', name, version, hashes: [], locations: [{ path: input.path }], scope: 'required' };
  if (project.license !== undefined) root.license = project.license;
  return { root, project };
}

/**
 * Dev scope for lock format 2.0, which records neither `category` nor `groups`: what only the
 * pyproject.toml's groups reach through the lock's edges (as `poetry show --only main` leaves it out).
 * Undefined when the lock records scopes itself or no pyproject.toml says what is main.
 */
function devByReachability(entries: readonly Record<string, unknown>[], project: PythonProject | undefined): Set<string> | undefined {
  if (project === undefined || entries.some((entry) => Object.hasOwn(entry, 'category') || Object.hasOwn(entry, 'groups'))) return undefined;
  const edges = new Map<string, GraphEdge[]>();
  for (const entry of entries) {
    const name = normalizePythonName(stringField(entry, 'name') ?? '');
    const dependencies = Object.entries(recordField(entry, 'dependencies') ?? {}).map(([target, spec]) => ({ to: normalizePythonName(target), optional: isRecord(spec) && spec.optional === true }));
    edges.set(name, [...(edges.get(name) ?? []), ...dependencies]);
  }
  const scopes = scopesByReachability({ required: project.dependencies, optional: project.optionalDependencies, dev: project.devDependencies }, edges);
  return new Set([...scopes].filter(([, scope]) => scope === 'dev').map(([name]) => name));
}

/**
 * How many versions of one name a poetry.lock may lock: a dependency names no version, so it is an
 * edge to each version of the name, and without a bound n entries of one name make n² edges. Poetry
 * locks several only for disjoint environment markers (a handful).
 */
export const MAX_VERSIONS_PER_NAME = 64;

/**
 * Packages from `poetry.lock` (formats 1.x and 2.x): PEP 503 names, dev category or non-main
 * groups as dev scope (format 2.0: what only the pyproject.toml's groups reach), the sdist hash,
 * and dependency edges by name.
 */
export const poetryLockParser: Parser = {
  ...POETRY_LOCK,
  async parse(input: ParseInput): Promise<ParseResult> {
    const lock = parseTomlLockfile(input);
    const entries = arrayField(lock, 'package') ?? [];
    const lines = headerLines(textOf(input), '[[package]]');
    const legacyFiles = recordField(recordField(lock, 'metadata') ?? {}, 'files') ?? {};
    const versions = new Map<string, number>();
    for (const [index, entry] of entries.entries()) {
      const line = lines[index];
      if (!isRecord(entry)) throw new SbomParseError(input.path, 'a [[package]] entry is not a table', line);
      const rawName = stringField(entry, 'name');
      const version = stringField(entry, 'version');
      if (rawName === undefined || rawName === '' || version === undefined || version === '') {
        throw new SbomParseError(input.path, 'a [[package]] entry lacks a name or version', line);
      }
      const name = normalizePythonName(rawName);
      const count = (versions.get(name) ?? 0) + 1;
      if (count > MAX_VERSIONS_PER_NAME) throw new SbomParseError(input.path, `${name} is locked at more than ${MAX_VERSIONS_PER_NAME} versions; poetry locks one per set of environment markers`, line);
      versions.set(name, count);
    }
    const tables = entries as Record<string, unknown>[];
    const declared = await projectOf(input);
    const devOnly = devByReachability(tables, declared?.project);
    const collector = new PackageCollector(input);
    const byName = new Map<string, Set<string>>();
    const dependenciesOf: { purl: string; names: string[] }[] = [];
    for (const [index, entry] of tables.entries()) {
      const line = lines[index];
      const rawName = stringField(entry, 'name') as string;
      const version = stringField(entry, 'version') as string;
      const name = normalizePythonName(rawName);
      const files = arrayField(entry, 'files') ?? arrayField(legacyFiles, rawName) ?? arrayField(legacyFiles, name);
      const hash = sdistHash(files);
      const source = recordField(entry, 'source');
      const origin = source === undefined ? undefined : originOf(source);
      const scope = devOnly?.has(name) === true ? 'dev' : scopeOf(entry);
      const markers = markersOf(entry, scope);
      const purl = collector.add({
        purl: purlFor(input.path, line, () => purlOf('pypi', name, version, undefined, origin?.qualifiers)),
        ecosystem: 'pypi',
        name,
        version,
        // Every marker of a package that ships must name more than the Python version for it to be optional.
        scope: markers.length > 0 && markers.every((marker) => scopeUnderMarker(scope, marker) === 'optional') ? 'optional' : scope,
        properties: markers.flatMap(markerProperties),
        line,
        hashes: hash === undefined ? [] : [hash],
        downloadLocation: origin?.downloadLocation,
      });
      const named = byName.get(name);
      if (named === undefined) byName.set(name, new Set([purl]));
      else named.add(purl);
      dependenciesOf.push({ purl, names: Object.keys(recordField(entry, 'dependencies') ?? {}).map(normalizePythonName) });
    }
    for (const { purl, names } of dependenciesOf) {
      for (const name of names) {
        // A name locked at several versions (per-platform markers) gets an edge to each.
        for (const target of byName.get(name) ?? []) collector.relate(purl, target);
      }
    }
    if (declared === undefined) return collector.result();
    const { root, project } = declared;
    // The project's extras are its dependencies too, when asked for (`poetry show --tree` lists them at the top); their scope says optional.
    for (const name of [...project.dependencies, ...project.optionalDependencies]) for (const target of byName.get(name) ?? []) collector.relate(root.purl, target);
    if (input.includeDev) for (const name of project.devDependencies) for (const target of byName.get(name) ?? []) collector.relate(root.purl, target, 'dev-depends-on');
    return collector.result(root);
  },
};
