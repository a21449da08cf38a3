import { posix } from 'node:path';
import { quoted } from '../../../core/quote.js';
import { SbomParseError } from '../../errors.js';
import { sriHashes } from '../../hashes.js';
import type { Package, ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { npmPurl } from '../../npm-purl.js';
import { BUNDLED_PROPERTY, isObject, isPackageName, licenseOf, NestedScopes, objectField, PackageSet, platformProperties, sourceOf, stringField, Unresolved, versionField, type JsonObject, type PackageSource } from './common.js';
import { parseJsonText, textOfBytes } from '../text.js';
import { NPM_PACKAGE_LOCK } from '../identities.js';

const NODE_MODULES = 'node_modules/';

function weakerScope(a: Scope, b: Scope): Scope {
  if (a === 'dev' || b === 'dev') return 'dev';
  if (a === 'optional' || b === 'optional') return 'optional';
  return 'required';
}

/**
 * The scope npm's own flags give: `devOptional` (dev on one path, optional on another) ships as an
 * optional dependency, since a production install (`--omit=dev`) keeps it.
 */
function scopeOf(entry: JsonObject): Scope {
  if (entry.dev === true) return 'dev';
  if (entry.optional === true || entry.devOptional === true) return 'optional';
  return 'required';
}

/**
 * The URL schemes of a download worth recording. Regular expressions the parsers test thousands
 * of times are made once, here and in the modules they share: a literal in a function is a new
 * object at each call.
 */
const DOWNLOAD_URL = /^(https?|git\+https?|git\+ssh|git):\/\//;

/** A download URL worth recording: registry and git URLs, not local paths. */
function downloadOf(resolved: string | undefined): string | undefined {
  if (resolved === undefined) return undefined;
  return DOWNLOAD_URL.test(resolved) ? resolved : undefined;
}

/** The package name an install path ends in: `node_modules/a/node_modules/@s/b` -> `@s/b`. */
function nameFromPath(path: string): string {
  const at = path.lastIndexOf(NODE_MODULES);
  return at === -1 ? (path.split('/').pop() ?? path) : path.slice(at + NODE_MODULES.length);
}

/** Whether a lockfile path is a copy installed under some node_modules (not the root or a workspace folder). */
function isInstalledPath(path: string): boolean {
  return path.startsWith(NODE_MODULES) || path.includes(`/${NODE_MODULES}`);
}

/**
 * Whether a path is one of the folders or installed under one (`folder/node_modules/...`): the part
 * before the first `node_modules` is the folder. A folder nested in an unlinked one is a folder of
 * its own, installed if linked. One lookup per path, however many folders.
 */
function insideUnlinked(path: string, folders: ReadonlySet<string>): boolean {
  if (folders.size === 0) return false;
  const nested = path.indexOf(`/${NODE_MODULES}`);
  return folders.has(nested === -1 ? path : path.slice(0, nested));
}

/** Records the package installed at `node_modules/<name>` under its folder. */
function installPath(tree: NestedScopes, path: string, purl: string): void {
  const name = nameFromPath(path);
  const at = path.length - NODE_MODULES.length - name.length;
  if (at < 0 || path.slice(at, at + NODE_MODULES.length) !== NODE_MODULES) return;
  tree.set(at === 0 ? '' : path.slice(0, at - 1), name, purl);
}

/** The install path a folder's dependencies are looked up from after its own node_modules. */
function parentOf(path: string): string | undefined {
  if (path === '') return undefined;
  const at = path.lastIndexOf(`/${NODE_MODULES}`);
  if (at !== -1) return path.slice(0, at);
  return '';
}

function rootOf(lock: JsonObject, manifest: JsonObject | undefined, packages: JsonObject | undefined): { name: string; version: string } | undefined {
  const rootEntry = packages === undefined ? undefined : objectField(packages, '');
  const name = stringField(manifest ?? {}, 'name') ?? (rootEntry === undefined ? undefined : stringField(rootEntry, 'name')) ?? stringField(lock, 'name');
  if (name === undefined || !isPackageName(name)) return undefined;
  const version = versionField(manifest ?? {}) ?? (rootEntry === undefined ? undefined : versionField(rootEntry)) ?? versionField(lock) ?? '';
  return { name, version };
}

function rootPackage(root: { name: string; version: string }, path: string, license: string | undefined): Package {
  const pkg: Package = { purl: npmPurl(root.name, root.version), ecosystem: 'npm', name: root.name, version: root.version, hashes: [], locations: [{ path }], scope: 'required' };
  if (license !== undefined) pkg.license = license;
  return pkg;
}

/** The packages whose tarballs carry each bundled package, gathered first: many carriers of one package are one annotation. */
class Carriers {
  private readonly byPurl = new Map<string, Set<string>>();

  add(purl: string, carrier: string | undefined): void {
    if (carrier === undefined) return;
    const known = this.byPurl.get(purl);
    if (known === undefined) this.byPurl.set(purl, new Set([carrier]));
    else known.add(carrier);
  }

  annotate(set: PackageSet): void {
    for (const [purl, carriers] of this.byPurl) set.annotate(purl, [...carriers].map((value) => ({ name: BUNDLED_PROPERTY, value })));
  }
}

/** The fields of a lockfile entry that name what it depends on; only a missing plain dependency is unresolved. */
const EDGE_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** One entry of a lockfile's `packages` map that npm installs, with what every pass over the entries asks of it. */
interface InstallEntry {
  path: string;
  value: JsonObject;
  /** Installed under some node_modules (not the root or a workspace folder). */
  installed: boolean;
  /** The purl of the package at this path, once added (the root entry has none). */
  purl: string | undefined;
}

/** lockfileVersion 2 and 3: a flat `packages` map keyed by install path. */
function parsePackages(input: ParseInput, lock: JsonObject, packages: JsonObject, manifest: JsonObject | undefined): ParseResult {
  const set = new PackageSet();
  const root = rootOf(lock, manifest, packages);
  const rootEntry = objectField(packages, '');
  const rootPurl = root === undefined ? undefined : npmPurl(root.name, root.version);
  /** install path -> purl of the package installed there (links followed to their target). */
  const purlAt = new Map<string, string>();
  const links = new Map<string, string>();
  const members: string[] = [];

  // A linked folder without a `name` is known by the name it is linked under (`node_modules/@s/x` -> `src/x`).
  const linkedAs = new Map<string, string>();
  // Every entry is read once here (a lockfile's entries differ in their fields, so each field read is a slow lookup): links
  // are set aside, everything else is kept with what the later passes ask of it.
  const folders: (InstallEntry & { extraneous: boolean })[] = [];
  // What the lockfile holds but cannot be listed is said, not dropped in silence: the SBOM would call itself complete.
  const unresolved = new Unresolved(input.path);
  // Indexed loops over the thousands of entries, here and below: an iterator (and a key-value pair) per entry is garbage in code that runs once.
  const paths = Object.keys(packages);
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index] as string;
    const value = packages[path];
    if (!isObject(value)) {
      unresolved.note(`${quoted(path)}: not an object`);
      continue;
    }
    if (value.link === true) {
      const target = stringField(value, 'resolved');
      if (target === undefined) continue;
      links.set(path, target);
      if (!linkedAs.has(target)) linkedAs.set(target, nameFromPath(path));
      continue;
    }
    folders.push({ path, value, installed: isInstalledPath(path), purl: undefined, extraneous: value.extraneous === true });
  }
  // npm installs neither what arborist flags extraneous (nothing depends on it) nor a folder no link
  // points to (a workspace the root's `workspaces` no longer names), nor anything inside such a folder.
  const unlinked = new Set<string>();
  for (let index = 0; index < folders.length; index++) {
    const { path, installed } = folders[index] as InstallEntry;
    if (path !== '' && !installed && !linkedAs.has(path)) unlinked.add(path);
  }
  const entries: InstallEntry[] = folders.filter((entry) => !entry.extraneous && !insideUnlinked(entry.path, unlinked));
  // npm links a `file:` folder as it links a workspace: the spec that names it tells them apart.
  const localFolders = fileSpecFolders(entries, workspacePatterns(rootEntry));
  const tree = new NestedScopes(parentOf);
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as InstallEntry;
    const { path, value, installed } = entry;
    if (path === '') continue;
    const name = stringField(value, 'name') ?? (installed ? undefined : linkedAs.get(path)) ?? nameFromPath(path);
    const version = versionField(value) ?? '';
    const resolved = stringField(value, 'resolved');
    if (!isPackageName(name)) {
      unresolved.note(`${quoted(path)}: ${quoted(name)} is not an npm package name`);
      continue;
    }
    // npm writes the version of everything it installs; a workspace folder may have none.
    if (installed && version === '') unresolved.note(`${quoted(path)}: ${quoted(name)} has no version (the lockfile was cut short or edited): it is listed without one`);
    const purl = set.add({
      name,
      version,
      scope: scopeOf(value),
      hashes: sriHashes(stringField(value, 'integrity') ?? ''),
      license: licenseOf(value.license ?? value.licenses),
      downloadLocation: downloadOf(resolved),
      source: installed ? sourceOf(resolved) : localFolders.has(path) ? { kind: 'local', url: `file:${path}` } : undefined,
      properties: platformProperties(value),
      location: { path: input.path, entry: path },
    });
    entry.purl = purl;
    purlAt.set(path, purl);
    if (installed) installPath(tree, path, purl);
    // A folder outside node_modules that no `file:` spec names is a workspace member of the root.
    else if (!localFolders.has(path)) members.push(purl);
  }
  for (const [path, target] of links) {
    const purl = purlAt.get(target);
    if (purl !== undefined) installPath(tree, path, purl);
  }
  // A bundled package came in the tarball of the nearest folder above it that is not bundled itself.
  const carriers = new Carriers();
  for (let index = 0; index < entries.length; index++) {
    const { path, value, purl } = entries[index] as InstallEntry;
    if (value.inBundle !== true || purl === undefined) continue;
    let bundler = parentOf(path);
    while (bundler !== undefined && bundler !== '' && objectField(packages, bundler).inBundle === true) bundler = parentOf(bundler);
    carriers.add(purl, bundler === undefined ? undefined : bundler === '' ? rootPurl : purlAt.get(bundler));
  }
  carriers.annotate(set);

  // What the project's own entry depends on when it names no project (a package.json without a name): the
  // catalog's root depends on these, not on what nothing else depends on, which drops a direct dependency another package needs too.
  const direct = new Set<string>();
  for (let index = 0; index < entries.length; index++) {
    const { path, value, installed, purl } = entries[index] as InstallEntry;
    const from = path === '' ? rootPurl : purl;
    if (from === undefined && path !== '') continue;
    const resolve = tree.resolverAt(path);
    for (let fieldIndex = 0; fieldIndex < EDGE_FIELDS.length; fieldIndex++) {
      const field = EDGE_FIELDS[fieldIndex] as (typeof EDGE_FIELDS)[number];
      const wanted = objectField(value, field);
      for (const name in wanted) {
        const to = resolve(name);
        if (to !== undefined) {
          if (from !== undefined) set.relate(from, to);
          else direct.add(to);
        } else if (field === 'dependencies') {
          // Optional and peer dependencies may be absent by design; a plain dependency may not.
          unresolved.reference(path === '' ? '(the project)' : path, `${name}@${String(wanted[name])}`);
        }
      }
    }
    if (from === undefined) continue;
    // Only the root and workspace members install their devDependencies: edges wanted only with them.
    if (!input.includeDev || installed) continue;
    for (const name in objectField(value, 'devDependencies')) {
      const to = resolve(name);
      if (to !== undefined) set.relate(from, to, 'dev-depends-on');
    }
  }
  if (rootPurl !== undefined) for (const member of members) set.relate(rootPurl, member, 'contains');

  const result: ParseResult = { packages: set.allPackages(unresolved), relationships: set.allRelationships(), ...unresolved.fields() };
  if (root !== undefined) result.root = rootPackage(root, input.path, licenseOf(rootEntry.license ?? manifest?.license));
  else if (Object.hasOwn(packages, '')) result.direct = [...direct].sort();
  return result;
}

/** The dependency fields whose specs may name a local folder. */
const SPEC_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/**
 * The folders (lockfile paths, outside node_modules) that a `file:` spec of the project, a
 * workspace or another such folder names, each taken from the folder of the package that names it
 * (`file:../x` in `packages/a` is `packages/x`); what is installed from a registry names none
 * (and there are thousands of those). A tarball (`file:x.tgz`) is installed under node_modules,
 * and its own `resolved` says so.
 */
function fileSpecFolders(entries: readonly InstallEntry[], workspaces: readonly RegExp[]): Set<string> {
  const folders = new Set<string>();
  for (let index = 0; index < entries.length; index++) {
    const { path, value, installed } = entries[index] as InstallEntry;
    if (installed) continue;
    for (let fieldIndex = 0; fieldIndex < SPEC_FIELDS.length; fieldIndex++) {
      const wanted = objectField(value, SPEC_FIELDS[fieldIndex] as (typeof SPEC_FIELDS)[number]);
      for (const name in wanted) {
        const spec = wanted[name];
        if (typeof spec !== 'string' || !spec.startsWith('file:')) continue;
        const folder = posix.normalize(posix.join(path, spec.slice('file:'.length))).replace(/\/+$/, '');
        // A folder the root's `workspaces` names is a member, also when a `file:` spec names it too (npm installs it as one);
        // one outside the project (`file:../x`, locked as `../x`) is local, never a member.
        if (folder !== '.' && !workspaces.some((pattern) => pattern.test(folder))) folders.add(folder);
      }
    }
  }
  return folders;
}

/** The most workspace globs read, and the longest, of a lockfile's root entry (real ones: a few dozen short ones). */
const MAX_WORKSPACE_GLOBS = 1000;
const MAX_WORKSPACE_GLOB_LENGTH = 1000;

/**
 * The root's `workspaces` globs (the lockfile's root entry keeps them), as patterns over lockfile
 * paths: `*` and `?` within one folder name, `**` across folders, all else literal. Written here,
 * not with a glob library, since npm's workspace globs are these forms; a pattern with braces,
 * classes or negation matches nothing, and its folders are told apart by their specs as before.
 */
function workspacePatterns(rootEntry: JsonObject): RegExp[] {
  const declared = rootEntry.workspaces;
  const globs: unknown[] = Array.isArray(declared) ? declared : isObject(declared) && Array.isArray(declared.packages) ? declared.packages : [];
  const patterns: RegExp[] = [];
  for (const glob of globs.slice(0, MAX_WORKSPACE_GLOBS)) {
    if (typeof glob !== 'string' || glob.length > MAX_WORKSPACE_GLOB_LENGTH || /[{}[\]!()+@]/.test(glob)) continue;
    const path = posix.normalize(glob).replace(/^\.\/|\/+$/g, '');
    let source = '';
    for (let at = 0; at < path.length; at++) {
      const character = path[at] ?? '';
      if (path.startsWith('**/', at)) {
        source += '(?:[^/]+/)*';
        at += 2;
      } else if (at === path.length - 2 && path.endsWith('**')) {
        source += '.*';
        at += 1;
      } else if (character === '*') source += '[^/]*';
      else if (character === '?') source += '[^/]';
      else source += character.replace(/[.^$|\\]/, '\\$&');
    }
    patterns.push(new RegExp(`^${source}$`));
  }
  return patterns;
}

/**
 * An npm v1 version field: a version, an `npm:name@version` alias, or a git or tarball URL (which
 * names no version: the purl says the source instead).
 */
function versionOf(name: string, version: string): { name: string; version: string; source?: PackageSource } | undefined {
  if (version.startsWith('npm:')) {
    const spec = version.slice(4);
    const at = spec.lastIndexOf('@');
    return at <= 0 ? undefined : { name: spec.slice(0, at), version: spec.slice(at + 1) };
  }
  const source = sourceOf(version);
  return source === undefined ? { name, version } : { name, version: '', source };
}

interface V1Node {
  purl: string;
  installPath: string;
  /** An optional package's own requirements may be missing with it (a platform-specific install). */
  optionalRequires: boolean;
  requires: string[];
  children: Map<string, V1Node>;
  parent: V1Node | undefined;
  /** Installed from inside an ancestor's tarball (`bundled: true`). */
  bundled?: boolean;
}

/** lockfileVersion 1: nested `dependencies` maps mirroring node_modules. */
function parseDependencies(input: ParseInput, lock: JsonObject, dependencies: JsonObject, manifest: JsonObject | undefined): ParseResult {
  const set = new PackageSet();
  const root = rootOf(lock, manifest, undefined);
  const top: V1Node = { purl: root === undefined ? '' : npmPurl(root.name, root.version), installPath: '', optionalRequires: false, requires: [], children: new Map(), parent: undefined };
  const nodes: V1Node[] = [];

  const carriers = new Carriers();
  // What the lockfile holds but cannot be listed is said, not dropped in silence: the SBOM would call itself complete.
  const unresolved = new Unresolved(input.path);
  const stack: { map: JsonObject; parent: V1Node; path: string; parentScope: Scope }[] = [{ map: dependencies, parent: top, path: '', parentScope: 'required' }];
  while (stack.length > 0) {
    const { map, parent, path, parentScope } = stack.pop() as (typeof stack)[number];
    for (const [key, value] of Object.entries(map)) {
      const installPath = `${path}${NODE_MODULES}${key}`;
      if (!isObject(value)) {
        unresolved.note(`${quoted(installPath)}: not an object`);
        continue;
      }
      const version = versionField(value);
      const identity = versionOf(key, version ?? '');
      if (identity === undefined || !isPackageName(identity.name)) {
        unresolved.note(`${quoted(installPath)}: ${quoted(version ?? key)} names no npm package`);
        continue;
      }
      if (version === undefined) unresolved.note(`${quoted(installPath)}: ${quoted(key)} has no version (the lockfile was cut short or edited): it is listed without one`);
      // A copy nested under a dev (or optional) package is installed only for it.
      const scope = weakerScope(parentScope, scopeOf(value));
      const purl = set.add({
        name: identity.name,
        version: identity.version,
        scope,
        hashes: sriHashes(stringField(value, 'integrity') ?? ''),
        downloadLocation: downloadOf(stringField(value, 'resolved')),
        source: identity.source,
        location: { path: input.path, entry: installPath },
      });
      const node: V1Node = { purl, installPath, optionalRequires: scope === 'optional', requires: Object.keys(objectField(value, 'requires')), children: new Map(), parent };
      if (value.bundled === true) {
        node.bundled = true;
        let carrier: V1Node | undefined = parent;
        while (carrier?.bundled === true) carrier = carrier.parent;
        carriers.add(purl, carrier === undefined || carrier.purl === '' ? undefined : carrier.purl);
      }
      parent.children.set(key, node);
      nodes.push(node);
      const nested = value.dependencies;
      if (isObject(nested)) stack.push({ map: nested, parent: node, path: `${installPath}/`, parentScope: scope });
    }
  }
  carriers.annotate(set);
  for (const node of nodes) {
    for (const name of node.requires) {
      let found = false;
      for (let scope: V1Node | undefined = node; scope !== undefined && !found; scope = scope.parent) {
        const target = scope.children.get(name);
        if (target !== undefined) {
          set.relate(node.purl, target.purl);
          found = true;
        }
      }
      if (!found && !node.optionalRequires) unresolved.reference(node.installPath, name);
    }
  }
  if (root !== undefined && manifest !== undefined) {
    for (const field of ['dependencies', 'optionalDependencies', 'devDependencies', 'peerDependencies']) {
      if (field === 'devDependencies' && !input.includeDev) continue;
      for (const name of Object.keys(objectField(manifest, field))) {
        const target = top.children.get(name);
        if (target !== undefined) set.relate(top.purl, target.purl, field === 'devDependencies' ? 'dev-depends-on' : 'depends-on');
      }
    }
  }
  const result: ParseResult = { packages: set.allPackages(unresolved), relationships: set.allRelationships(), ...unresolved.fields() };
  if (root !== undefined) result.root = rootPackage(root, input.path, licenseOf(manifest?.license));
  return result;
}

async function readManifest(input: ParseInput): Promise<JsonObject | undefined> {
  const bytes = await input.readSibling('package.json');
  if (bytes === undefined) return undefined;
  try {
    const manifest: unknown = JSON.parse(bytes.toString('utf8'));
    return isObject(manifest) ? manifest : undefined;
  } catch {
    // A broken manifest only costs the root's name; the lockfile still says everything else.
    return undefined;
  }
}

/** npm `package-lock.json` (lockfileVersion 1, 2 and 3) and `npm-shrinkwrap.json`. */
export const npmPackageLockParser: Parser = {
  ...NPM_PACKAGE_LOCK,
  async parse(input) {
    // The manifest is read while the lockfile is parsed, not after: its reads wait on the thread pool.
    // A lockfile refused first leaves its read unawaited: a failure of it is then nobody's to report.
    const reading = readManifest(input);
    reading.catch(() => undefined);
    const lock = parseJsonText(input.path, textOfBytes(input.content));
    if (!isObject(lock)) throw new SbomParseError(input.path, 'not an npm lockfile: the top level is not a JSON object', 1);
    const version = lock.lockfileVersion;
    if (version !== undefined && (typeof version !== 'number' || version < 1 || version > 3)) {
      throw new SbomParseError(input.path, `lockfileVersion ${JSON.stringify(version)} is not one trust-kit reads (1, 2 or 3)`);
    }
    const manifest = await reading;
    if (isObject(lock.packages)) return parsePackages(input, lock, lock.packages, manifest);
    if (isObject(lock.dependencies)) return parseDependencies(input, lock, lock.dependencies, manifest);
    if (lock.packages === undefined && lock.dependencies === undefined) {
      const root = rootOf(lock, manifest, undefined);
      const result: ParseResult = { packages: [], relationships: [] };
      if (root !== undefined) result.root = rootPackage(root, input.path, licenseOf(manifest?.license));
      return result;
    }
    throw new SbomParseError(input.path, 'not an npm lockfile: "packages" / "dependencies" is not an object');
  },
};
