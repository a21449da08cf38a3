import { boundedText } from '../../../core/quote.js';
import { SbomParseError } from '../../errors.js';
import type { Package, ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, arrayField, headerLines, isRecord, parseTomlLockfile, recordField, stringField, textOf } from '../lockfile.js';
import { gitOrigin, indexOrigin, localOrigin, normalizePythonName, pythonHash, urlOrigin, type PythonOrigin } from './names.js';
import { readPyproject } from './pyproject.js';
import { UV_LOCK } from '../identities.js';
import { LockfileUnknowns } from '../unknowns.js';
import { markerProperties, namesMoreThanPythonVersion } from './markers.js';

/** One dependency reference of uv.lock: a name, disambiguated by version or source when the name is locked more than once. */
interface Reference {
  name: string;
  version: string | undefined;
  source: string | undefined;
  extras: string[];
  /** The environment marker the edge is taken under (`sys_platform == 'win32'`), if any. */
  marker: string | undefined;
}

/** One `[[package]]` of uv.lock. */
interface Locked {
  name: string;
  version: string;
  source: string;
  purl: string;
  /** Where it came from, when not from an index. */
  origin: PythonOrigin | undefined;
  line: number | undefined;
  member: boolean;
  /** Built from a folder of the project (a member, or a path, directory or editable source). */
  local: boolean;
  dependencies: Reference[];
  optional: Map<string, Reference[]>;
  dev: Reference[];
  entry: Record<string, unknown>;
}

/** Workspace members are locked from a directory: `virtual` or `editable` sources (so are editable path dependencies that are not members). */
const MEMBER_SOURCES = ['virtual', 'editable'];

/** Where a package (not a workspace member) came from: an index other than PyPI (`registry`), a `git`, `url`, `path` or `directory` source. */
function originOf(source: Record<string, unknown> | undefined): PythonOrigin | undefined {
  if (source === undefined) return undefined;
  const registry = stringField(source, 'registry');
  if (registry !== undefined) return indexOrigin(registry);
  const git = stringField(source, 'git');
  if (git !== undefined) return gitOrigin(git, undefined);
  const url = stringField(source, 'url');
  if (url !== undefined) return urlOrigin(url);
  const local = stringField(source, 'path') ?? stringField(source, 'directory') ?? stringField(source, 'editable') ?? stringField(source, 'virtual');
  return local === undefined ? undefined : localOrigin(local);
}

/** A stable text for a `source = { ... }` table, to match references against packages. */
function sourceKey(source: Record<string, unknown> | undefined): string {
  if (source === undefined) return '';
  return Object.keys(source)
    .sort()
    .map((key) => `${key}=${String(source[key])}`)
    .join(',');
}

/** The dependency references in an array of `{ name, version?, source?, extra? }` tables. */
function referencesOf(list: unknown[] | undefined): Reference[] {
  return (list ?? []).filter(isRecord).flatMap((item) => {
    const name = stringField(item, 'name');
    if (name === undefined) return [];
    const source = recordField(item, 'source');
    const extras = (arrayField(item, 'extra') ?? []).filter((extra): extra is string => typeof extra === 'string');
    const marker = stringField(item, 'marker');
    return [{ name: normalizePythonName(name), version: stringField(item, 'version'), source: source === undefined ? undefined : sourceKey(source), extras, marker: marker?.trim() === '' ? undefined : marker?.trim() }];
  });
}

/** The references of each key of a table of arrays (`optional-dependencies`, `dev-dependencies`). */
function groupsOf(table: Record<string, unknown> | undefined): Map<string, Reference[]> {
  const groups = new Map<string, Reference[]>();
  for (const [group, list] of Object.entries(table ?? {})) if (Array.isArray(list)) groups.set(group, referencesOf(list));
  return groups;
}

/** The sdist's hash, else the hash of the only wheel: the one archive the lockfile pins unambiguously. */
function archiveHash(entry: Record<string, unknown>): ReturnType<typeof pythonHash> {
  const sdist = recordField(entry, 'sdist');
  if (sdist !== undefined) return pythonHash(stringField(sdist, 'hash') ?? '');
  const wheels = (arrayField(entry, 'wheels') ?? []).filter(isRecord);
  return wheels.length === 1 && wheels[0] !== undefined ? pythonHash(stringField(wheels[0], 'hash') ?? '') : undefined;
}

/**
 * Packages from `uv.lock`: PEP 503 names, the sdist hash, edges from `dependencies`,
 * `optional-dependencies` and `dev-dependencies`. Scope is what reaches a package from the
 * workspace members: their dependencies (required), their extras or a dependency under a marker that
 * names more than the Python version (optional), their dependency groups (dev). Each marker of an
 * edge into a package is recorded on it. The member locked from `.` is the root; the other members are packages it contains.
 */
export const uvLockParser: Parser = {
  ...UV_LOCK,
  async parse(input: ParseInput): Promise<ParseResult> {
    const lock = parseTomlLockfile(input);
    const lines = headerLines(textOf(input), '[[package]]');
    const locked: Locked[] = [];
    // uv names a workspace's members in `[manifest]`; a lock of one project names none, and its member is locked from `.`.
    const memberNames = new Set((arrayField(recordField(lock, 'manifest') ?? {}, 'members') ?? []).filter((name): name is string => typeof name === 'string').map(normalizePythonName));
    for (const [index, entry] of (arrayField(lock, 'package') ?? []).entries()) {
      const line = lines[index];
      if (!isRecord(entry)) throw new SbomParseError(input.path, 'a [[package]] entry is not a table', line);
      const rawName = stringField(entry, 'name');
      if (rawName === undefined || rawName === '') throw new SbomParseError(input.path, 'a [[package]] entry lacks a name', line);
      const name = normalizePythonName(rawName);
      // Members with a dynamic version are locked without one; a version that is not text is no version uv writes.
      if (entry.version !== undefined && typeof entry.version !== 'string') throw new SbomParseError(input.path, `the version of ${rawName.slice(0, 80)} is not a string`, line);
      const version = stringField(entry, 'version') ?? '';
      const source = recordField(entry, 'source');
      const directory = source === undefined ? undefined : MEMBER_SOURCES.map((kind) => source[kind]).find((value) => typeof value === 'string');
      // An editable path dependency (a vendored fork) is locked like a member, but it is not the project's own.
      const member = directory !== undefined && (directory === '.' || memberNames.has(name));
      const origin = member ? undefined : originOf(source);
      locked.push({
        name,
        version,
        source: sourceKey(source),
        purl: purlFor(input.path, line, () => purlOf('pypi', name, version, undefined, origin?.qualifiers)),
        origin,
        line,
        member,
        local: directory !== undefined || typeof source?.path === 'string' || typeof source?.directory === 'string',
        dependencies: referencesOf(arrayField(entry, 'dependencies')),
        optional: groupsOf(recordField(entry, 'optional-dependencies')),
        dev: [...groupsOf(recordField(entry, 'dev-dependencies')).values()].flat(),
        entry,
      });
    }

    // A reference names a package by name, adding version and/or source only when the name is locked
    // more than once; every such key maps to its package, or to null when two packages share it.
    const referenceKey = (name: string, version: string, source: string): string => `${name}\u0000${version}\u0000${source}`;
    const byReference = new Map<string, Locked | null>();
    for (const pkg of locked) {
      for (const key of [referenceKey(pkg.name, '', ''), referenceKey(pkg.name, pkg.version, ''), referenceKey(pkg.name, '', pkg.source), referenceKey(pkg.name, pkg.version, pkg.source)]) {
        const known = byReference.get(key);
        if (known === undefined) byReference.set(key, pkg);
        else if (known !== null && (known.purl !== pkg.purl || known.source !== pkg.source)) byReference.set(key, null);
      }
    }
    const resolve = (reference: Reference): Locked | undefined => byReference.get(referenceKey(reference.name, reference.version ?? '', reference.source ?? '')) ?? undefined;
    const unknowns = new LockfileUnknowns(input.path);
    // uv leaves the version out only of a package built from a local folder whose version is dynamic; one from an index, a git repository or a URL always has it.
    for (const pkg of locked) {
      if (pkg.version === '' && !pkg.local) unknowns.add(`${pkg.name} has no version (the lock was cut short or edited): it is listed without one (run uv lock)`, pkg.line);
    }
    // What a set of references pulls in: each target, plus the optional dependencies of the extras asked of it.
    // `activated` is shared by a whole walk: an extra's dependencies are pulled in once, however many ask for it.
    // With `conditional`, an edge whose marker names more than the Python version is not followed but handed to it:
    // what only such edges reach is not installed everywhere the project is.
    const expand = (references: readonly Reference[], activated: Set<string>, conditional?: (reference: Reference) => void): Locked[] => {
      const targets: Locked[] = [];
      const stack = [...references];
      for (let reference = stack.pop(); reference !== undefined; reference = stack.pop()) {
        const target = resolve(reference);
        if (target === undefined) continue;
        if (conditional !== undefined && reference.marker !== undefined && namesMoreThanPythonVersion(reference.marker)) {
          conditional(reference);
          continue;
        }
        targets.push(target);
        for (const extra of reference.extras) {
          const key = `${target.purl}[${extra}]`;
          if (activated.has(key)) continue;
          activated.add(key);
          stack.push(...(target.optional.get(extra) ?? []));
        }
      }
      return targets;
    };

    // Widest scope wins: walk required first, then optional, then dev, never revisiting a package.
    const scopes = new Map<Locked, Scope>();
    /** What the required walk reached only under a marker that names more than the Python version: optional, unless reached otherwise. */
    const conditional: Reference[] = [];
    const walk = (starts: Locked[], scope: Scope, activated: Set<string>): void => {
      const queue = starts.filter((pkg) => !scopes.has(pkg));
      for (const pkg of queue) scopes.set(pkg, scope);
      for (let index = 0; index < queue.length; index += 1) {
        for (const target of expand((queue[index] as Locked).dependencies, activated, scope === 'required' ? (reference) => conditional.push(reference) : undefined)) {
          if (scopes.has(target)) continue;
          scopes.set(target, scope);
          queue.push(target);
        }
      }
    };
    const members = locked.filter((pkg) => pkg.member);
    const scopeWalk = (scope: Scope, starts: (activated: Set<string>) => Locked[]): void => {
      const activated = new Set<string>();
      walk(starts(activated), scope, activated);
    };
    scopeWalk('required', () => members);
    scopeWalk('optional', (activated) => expand([...conditional, ...members.flatMap((member) => [...member.optional.values()].flat())], activated));
    scopeWalk('dev', (activated) => expand(members.flatMap((member) => member.dev), activated));

    const collector = new PackageCollector(input);
    let root: Package | undefined;
    /** The markers of the edges into each package, recorded once every package is. */
    const markers: { purl: string; marker: string }[] = [];
    for (const pkg of locked) {
      const hash = archiveHash(pkg.entry);
      const sdist = recordField(pkg.entry, 'sdist');
      // Packages no member reaches (a lock without members, or a stale entry) are kept as required: never hidden.
      collector.add({
        purl: pkg.purl,
        ecosystem: 'pypi',
        name: pkg.name,
        version: pkg.version,
        scope: scopes.get(pkg) ?? 'required',
        line: pkg.line,
        hashes: hash === undefined ? [] : [hash],
        downloadLocation: pkg.origin !== undefined ? pkg.origin.downloadLocation : sdist === undefined ? undefined : stringField(sdist, 'url'),
      });
      const source = recordField(pkg.entry, 'source');
      if (root === undefined && pkg.member && source !== undefined && (source.virtual === '.' || source.editable === '.')) {
        root = { purl: pkg.purl, ecosystem: 'pypi', name: pkg.name, version: pkg.version, hashes: [], locations: [{ path: input.path, line: pkg.line }], scope: 'required' };
      }
      const devReferences = new Set(pkg.dev);
      for (const reference of [...pkg.dependencies, ...[...pkg.optional.values()].flat(), ...pkg.dev]) {
        const target = resolve(reference);
        // A dependency no [[package]] is: the lock was cut short or edited (uv sync --locked refuses it), and what it lacks is not listed.
        if (target === undefined && !byReference.has(referenceKey(reference.name, reference.version ?? '', reference.source ?? ''))) {
          unknowns.add(`${pkg.name} ${pkg.version} depends on ${boundedText(reference.name, 200)}, which no [[package]] of the lock is: it is cut short or was edited, and what it lacks is not listed (run uv lock)`, pkg.line);
        }
        if (target === undefined) continue;
        // A dev group's edge is a dev edge, also to a package that ships through another path: left out without dev, as poetry's and Cargo's are.
        if (devReferences.has(reference)) {
          if (input.includeDev) collector.relate(pkg.purl, target.purl, 'dev-depends-on');
        } else collector.relate(pkg.purl, target.purl);
        if (reference.marker !== undefined) markers.push({ purl: target.purl, marker: reference.marker });
      }
    }
    for (const { purl, marker } of markers) collector.annotate(purl, markerProperties(marker));
    if (root !== undefined) {
      for (const member of members) if (member.purl !== root.purl) collector.relate(root.purl, member.purl, 'contains');
      const project = await readPyproject(input);
      if (project?.license !== undefined && project.name !== undefined && normalizePythonName(project.name) === root.name) root.license = project.license;
    }
    return unknowns.into(collector.result(root));
  },
};
