import { lineAt } from '../../../core/json.js';
import { quoted } from '../../../core/quote.js';
import { SbomParseError } from '../../errors.js';
import { sriHashes } from '../../hashes.js';
import type { Package, PackageProperty, ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { npmPurl } from '../../npm-purl.js';
import { OutsideSubset, readPnpmYaml } from './pnpm-yaml.js';
import { isObject, isPackageName, licenseOf, objectField, PackageSet, readPackageJson, PATCHED_PROPERTY, platformProperties, sourceOf, splitNameAt, stringField, Unresolved, versionField, type JsonObject } from './common.js';
import { withOrphans } from '../lockfile.js';
import { textOfBytes } from '../text.js';
import { scopesByReachability, type GraphEdge } from '../scopes.js';
import { PNPM_LOCK } from '../identities.js';

/** Drops pnpm's peer-dependency suffix: `1.0.0(react@18.2.0)` -> `1.0.0`; v5 wrote `1.0.0_react@18.2.0`. */
function withoutPeers(version: string, major: number): string {
  const paren = version.indexOf('(');
  const plain = paren === -1 ? version : version.slice(0, paren);
  if (major >= 6) return plain;
  const underscore = plain.indexOf('_');
  return underscore === -1 ? plain : plain.slice(0, underscore);
}

/** The `name@version` id of a packages/snapshots key in any lockfile version. */
function idOfKey(key: string, major: number): { name: string; version: string } | undefined {
  let path = key.startsWith('/') ? key.slice(1) : key;
  if (major < 6) {
    // v5: `/name/1.0.0_peers` or `/@scope/name/1.0.0`, sometimes behind a registry host.
    const parts = path.split('/');
    const scoped = parts.length >= 3 && (parts[parts.length - 3] ?? '').startsWith('@');
    const nameParts = scoped ? parts.slice(-3, -1) : parts.slice(-2, -1);
    const version = parts[parts.length - 1] ?? '';
    return nameParts.length === 0 ? undefined : { name: nameParts.join('/'), version: withoutPeers(version, major) };
  }
  path = withoutPeers(path, major);
  const { name, rest } = splitNameAt(path);
  return rest === '' ? undefined : { name, version: rest };
}

/** The id of a packages/snapshots entry: pnpm 5 and 6 key a local folder or archive `file:<path>` and name the package in the entry. */
function entryId(key: string, entry: JsonObject, major: number): { name: string; version: string } | undefined {
  if (major < 9 && key.startsWith('file:')) {
    const name = stringField(entry, 'name');
    return name === undefined ? undefined : { name, version: key };
  }
  return idOfKey(key, major);
}

/** How an importer or package refers to a dependency: a version (with peers), a full key, or a `link:` to a workspace folder. */
type Reference = { kind: 'id'; id: string } | { kind: 'link'; path: string };

function referenceOf(name: string, ref: string, major: number): Reference {
  if (ref.startsWith('link:')) return { kind: 'link', path: ref.slice('link:'.length) };
  if (ref.startsWith('/')) {
    const id = idOfKey(ref, major);
    return { kind: 'id', id: id === undefined ? `${name}@${ref}` : `${id.name}@${id.version}` };
  }
  const plain = withoutPeers(ref, major);
  // v9 aliases and non-registry packages name the package in full: `string-width@4.2.3`.
  if (major >= 9 && /^(@[^/@]+\/)?[^/@:]+@/.test(plain)) return { kind: 'id', id: plain };
  return { kind: 'id', id: `${name}@${plain}` };
}

/** A folder path joined to a relative one, `/` separators, `..` resolved; undefined when it leaves the lockfile's folder. */
function joinPath(base: string, relative: string): string | undefined {
  const parts = base === '.' || base === '' ? [] : base.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? '.' : parts.join('/');
}

/** The patch file of each patch hash, from `patchedDependencies` (`name@version: { hash, path }`). */
function patchFiles(lock: JsonObject): Map<string, string> {
  const files = new Map<string, string>();
  for (const value of Object.values(objectField(lock, 'patchedDependencies'))) {
    const hash = isObject(value) ? stringField(value, 'hash') : undefined;
    const path = isObject(value) ? stringField(value, 'path') : undefined;
    if (hash !== undefined && path !== undefined) files.set(hash, path);
  }
  return files;
}

/**
 * The patch pnpm applies to the copy a packages (v6) or snapshots (v9) key names
 * (`is-even@1.0.0(patch_hash=h)`): its file when `patchedDependencies` lists the hash, else the hash.
 */
function patchOf(key: string, files: ReadonlyMap<string, string>): string | undefined {
  const hash = /\(patch_hash=([^()]+)\)/.exec(key)?.[1];
  return hash === undefined ? undefined : (files.get(hash) ?? `patch_hash=${hash}`);
}

/** The patched property of a key whose copy pnpm patches, or none. */
function patchProperties(key: string, files: ReadonlyMap<string, string>): PackageProperty[] | undefined {
  const patch = patchOf(key, files);
  return patch === undefined ? undefined : [{ name: PATCHED_PROPERTY, value: patch }];
}

/**
 * The largest pnpm-lock.yaml read with the full YAML parser, for what the fast reader leaves to it
 * (pnpm writes nothing it leaves: a hand-edited or hostile file). The `yaml` package is linear but
 * costs 2 µs and 120 bytes of memory a character on a pnpm lockfile, and 3 to 9 µs and 400 bytes
 * on shapes pnpm never writes (`? key` pairs, tags): 256 MiB would take 13 to 40 minutes, but the
 * process aborts out of memory long before (4 MB did with a 1 GiB heap: about 12 MiB with Node's
 * default 4 GiB). At this size: at most about 20 s and 850 MB, and each such parse runs to its end
 * before another starts (it never awaits), so lockfiles parsed at once never hold two of them.
 */
export const FULL_YAML_MAX_BYTES = 2 * 2 ** 20;

/** A line `---`: a YAML document starts (pnpm 10 writes its environment lockfile first, as a document of its own). */
const DOCUMENT_START = /^---[ ]*\r?$/m;

/** A document of the lockfile that is the project's: the environment lockfile and empty documents are not. */
function isLockDocument(document: unknown): document is JsonObject {
  return isObject(document) && ('packages' in document || 'importers' in document);
}

/**
 * The lockfile read by the fast reader, one document at a time when it has several: each is in the
 * subset as pnpm writes it, so a big lockfile of two documents never meets the full parser's bound.
 * The last project document is the lockfile, as for the full parser below.
 */
function readFast(text: string): unknown {
  if (!DOCUMENT_START.test(text)) return readPnpmYaml(text);
  return text.split(DOCUMENT_START).map(readPnpmYaml).filter(isLockDocument).pop();
}

async function parseDocument(input: ParseInput, text: string): Promise<JsonObject> {
  try {
    const fast = readFast(text);
    if (isObject(fast)) return fast;
  } catch (error) {
    // Outside pnpm's subset (or not YAML at all): the full parser decides, and names the line.
    if (!(error instanceof OutsideSubset) && !(error instanceof RangeError)) throw error;
  }
  if (input.content.length > FULL_YAML_MAX_BYTES) {
    throw new SbomParseError(input.path, `uses YAML that pnpm never writes, which only a full YAML parser reads, and at ${(input.content.length / 2 ** 20).toFixed(1)} MiB it is larger than the ${FULL_YAML_MAX_BYTES / 2 ** 20} MiB trust-kit reads so (seconds and hundreds of MB a MiB)`, undefined, {
      hint: 'regenerate it with pnpm (`pnpm install --lockfile-only`), whose lockfiles trust-kit reads at any size; or leave it out with --exclude',
    });
  }
  // Loaded only when needed: the fast reader handles what pnpm writes.
  const { parseAllDocuments, parse: parseYaml, Parser: YamlTokens, YAMLParseError } = await import('yaml');
  // A stray token (`]` in a flow mapping) fails the document; the full parser would go on to compose it and
  // report every one, each quoting its line (a line of 100,000 made seconds, more than linearly): the first ends it.
  for (const token of new YamlTokens().parse(text)) {
    if (token.type === 'error') throw new SbomParseError(input.path, `not valid YAML: ${token.message}${token.source === '' ? '' : `: ${JSON.stringify(token.source)}`}`, lineAt(text, token.offset));
  }
  try {
    // `logLevel: 'error'`: the parser's warnings (an unknown tag) go to process.emitWarning, which prints the
    // lockfile's line on a line of its own to stderr, where the Actions runner would run it as a workflow command.
    // `prettyErrors: false`: the line comes from the error's offset below, without a quote of the line made for each error.
    // Keys unique, as pnpm's reader (js-yaml) takes them: a key repeated in one mapping fails the file.
    const options = { logLevel: 'error', prettyErrors: false } as const;
    // pnpm 9 may put an environment lockfile first, as its own YAML document.
    const value: unknown = /^---\s*$/m.test(text)
      ? parseAllDocuments(text, options)
          .map((document) => {
            if (document.errors.length > 0) throw document.errors[0] as Error;
            // No alias, as for one document: the default (100) let a lockfile repeat an importer's edges a hundredfold.
            return document.toJS({ maxAliasCount: 0 }) as unknown;
          })
          .filter(isLockDocument)
          .pop()
      : parseYaml(text, { ...options, maxAliasCount: 0 });
    if (!isObject(value)) throw new SbomParseError(input.path, 'not a pnpm lockfile: the top level is not a mapping', 1);
    return value;
  } catch (error) {
    if (error instanceof SbomParseError) throw error;
    const line = error instanceof YAMLParseError ? lineAt(text, error.pos[0]) : undefined;
    throw new SbomParseError(input.path, `not valid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`, line, { cause: error });
  }
}

const IMPORTER_FIELDS = [
  ['dependencies', 'required'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
] as const;

async function parsePnpm(input: ParseInput): Promise<ParseResult> {
  const lock = await parseDocument(input, textOfBytes(input.content));
  const rawVersion = lock.lockfileVersion;
  const major = typeof rawVersion === 'number' ? Math.floor(rawVersion) : typeof rawVersion === 'string' ? Number.parseInt(rawVersion, 10) : Number.NaN;
  if (!(major >= 5 && major <= 9)) throw new SbomParseError(input.path, `lockfileVersion ${JSON.stringify(rawVersion)} is not one trust-kit reads (5.x, 6.0, 9.0)`);

  const set = new PackageSet();
  const purlOfId = new Map<string, string>();
  const packages = objectField(lock, 'packages');
  const flagged = major < 9;
  const patches = patchFiles(lock);
  // What the lockfile holds but cannot be listed is said, not dropped in silence: the SBOM would call itself complete.
  const unresolved = new Unresolved(input.path);
  // An injected workspace dependency (`dependenciesMeta.injected`) is a copy of a member's folder: that member, not a package of its own.
  const importerPaths = new Set(isObject(lock.importers) ? Object.keys(lock.importers) : []);
  const injected: [id: string, path: string][] = [];
  for (const [key, value] of Object.entries(packages)) {
    const entry = isObject(value) ? value : {};
    const id = entryId(key, entry, major);
    if (id === undefined) {
      unresolved.note(`${quoted(key)}: not a package key`);
      continue;
    }
    const name = stringField(entry, 'name') ?? id.name;
    if (!isPackageName(name)) {
      unresolved.note(`${quoted(key)}: ${quoted(name)} is not an npm package name`);
      continue;
    }
    const resolution = objectField(entry, 'resolution');
    // Tarball and git packages are keyed by URL, their manifest version in the entry; pnpm 9 keys a
    // local folder `name@file:dir` and records no version: its own package.json has it.
    const directory = resolution.type === 'directory' ? stringField(resolution, 'directory') : undefined;
    if (directory !== undefined && importerPaths.has(directory)) {
      injected.push([`${id.name}@${id.version}`, directory]);
      continue;
    }
    const local = directory === undefined || versionField(entry) !== undefined ? undefined : await readPackageJson(input, `${directory}/package.json`);
    const version = /[:/]/.test(id.version) ? (versionField(entry) ?? (directory === undefined ? id.version : (versionField(local ?? {}) ?? ''))) : id.version;
    const tarball = stringField(resolution, 'tarball');
    const scope: Scope = entry.dev === true ? 'dev' : entry.optional === true ? 'optional' : 'required';
    const purl = set.add({
      name,
      version,
      scope,
      hashes: sriHashes(stringField(resolution, 'integrity') ?? ''),
      downloadLocation: tarball !== undefined && /^https?:\/\//.test(tarball) ? tarball : undefined,
      source:
        resolution.type === 'git'
          ? sourceOf(`git+${stringField(resolution, 'repo') ?? ''}#${stringField(resolution, 'commit') ?? ''}`)
          : resolution.type === 'directory'
            ? sourceOf(`file:${stringField(resolution, 'directory') ?? ''}`)
            : sourceOf(tarball),
      properties: [...(patchProperties(key, patches) ?? []), ...(platformProperties(entry) ?? [])],
      location: { path: input.path, entry: key },
    });
    purlOfId.set(`${id.name}@${id.version}`, purl);
  }

  // Importers: the root (`.`) and workspace members; lockfile v5 without importers keeps the root's fields at the top.
  const importers: [string, JsonObject][] = isObject(lock.importers) ? Object.entries(lock.importers).map(([path, value]) => [path, isObject(value) ? value : {}]) : [['.', lock]];
  const rootManifest = await readPackageJson(input, 'package.json');
  const rootName = stringField(rootManifest ?? {}, 'name');
  const rootVersion = stringField(rootManifest ?? {}, 'version') ?? '';
  const rootPurl = rootName !== undefined && isPackageName(rootName) ? npmPurl(rootName, rootVersion) : undefined;
  const importerPurl = new Map<string, string | undefined>([['.', rootPurl]]);
  for (const [path] of importers) {
    if (path === '.') continue;
    const manifest = await readPackageJson(input, `${path}/package.json`);
    const name = stringField(manifest ?? {}, 'name') ?? path.split('/').pop() ?? path;
    if (!isPackageName(name)) continue;
    const purl = set.add({ name, version: stringField(manifest ?? {}, 'version') ?? '', scope: 'required', location: { path: input.path, entry: path } });
    importerPurl.set(path, purl);
    if (rootPurl !== undefined) set.relate(rootPurl, purl, 'contains');
  }

  // A `link:` to a folder that is no importer (`"bar": "link:./vendor/bar"`, or through an override) is a local package at
  // its path, at the version its own package.json gives, as yarn's `link:` folders are: pnpm locks nothing else of it.
  const linkedFolders = new Map<string, string>();
  const linkTarget = (from: string, path: string): string => joinPath(from, path) ?? `${from === '.' ? '' : `${from}/`}${path}`;
  const linkRefs: [from: string, name: string, ref: string][] = [];
  const noteLink = (from: string, name: string, ref: unknown): void => {
    if (typeof ref === 'string' && ref.startsWith('link:')) linkRefs.push([from, name, ref]);
  };
  for (const [path, importer] of importers) {
    for (const [field] of IMPORTER_FIELDS) for (const [name, value] of Object.entries(objectField(importer, field))) noteLink(path, name, isObject(value) ? value.version : value);
  }
  for (const value of Object.values(objectField(lock, major >= 9 ? 'snapshots' : 'packages'))) {
    if (!isObject(value)) continue;
    for (const field of ['dependencies', 'optionalDependencies']) for (const [name, ref] of Object.entries(objectField(value, field))) noteLink('.', name, ref);
  }
  for (const [from, name, ref] of linkRefs) {
    const target = linkTarget(from, ref.slice('link:'.length));
    if (importerPurl.has(target) || linkedFolders.has(target)) continue;
    const manifest = await readPackageJson(input, `${target}/package.json`);
    const folderName = stringField(manifest ?? {}, 'name') ?? name;
    if (!isPackageName(folderName)) continue;
    const url = `link:${target.startsWith('.') ? target : `./${target}`}`;
    linkedFolders.set(target, set.add({ name: folderName, version: versionField(manifest ?? {}) ?? '', scope: 'required', source: sourceOf(url), location: { path: input.path, entry: url } }));
  }

  for (const [id, path] of injected) {
    const member = importerPurl.get(path);
    if (member !== undefined) purlOfId.set(id, member);
  }

  const resolve = (from: string, name: string, ref: string): string | undefined => {
    const reference = referenceOf(name, ref, major);
    if (reference.kind === 'link') {
      const target = linkTarget(from, reference.path);
      return importerPurl.has(target) ? importerPurl.get(target) : linkedFolders.get(target);
    }
    return purlOfId.get(reference.id);
  };

  // An importer's dependency missing from `packages` (a trimmed lockfile) is still installed at the version the lock names.
  const declaredOnly = (name: string, ref: string, scope: Scope, path: string): string | undefined => {
    const reference = referenceOf(name, ref, major);
    if (reference.kind === 'link') return undefined;
    const { name: idName, rest: version } = splitNameAt(reference.id);
    if (!isPackageName(idName) || !/^\d/.test(version)) return undefined;
    const purl = set.add({ name: idName, version, scope, location: { path: input.path, entry: `importers/${path}` } });
    purlOfId.set(reference.id, purl);
    // Listed, but what the lockfile would say of it is not there: whoever relies on the SBOM being whole must hear so (of what it keeps).
    if (scope !== 'dev' || input.includeDev) unresolved.note(`${quoted(`importers/${path}`)} depends on ${quoted(`${idName}@${version}`)}, which "packages" does not list: it is listed at that version without its hashes or what it depends on`);
    return purl;
  };
  const starts = { required: [] as string[], optional: [] as string[], dev: [] as string[] };
  // The project's own dependencies when it names no root (a package.json without a name): the catalog's root depends
  // on these, not on what nothing else depends on, which drops a direct dependency another package needs too.
  const direct: string[] = [];
  for (const [path, importer] of importers) {
    const from = importerPurl.get(path);
    for (const [field, kind] of IMPORTER_FIELDS) {
      for (const [name, value] of Object.entries(objectField(importer, field))) {
        const ref = typeof value === 'string' || typeof value === 'number' ? String(value) : isObject(value) ? versionField(value) : undefined;
        const to = ref === undefined ? undefined : (resolve(path, name, ref) ?? declaredOnly(name, ref, kind, path));
        if (to === undefined) {
          // pnpm writes every importer dependency with the version it installs: one without is a lockfile cut short or edited.
          if (kind !== 'dev' || input.includeDev) unresolved.note(`${quoted(`importers/${path}`)} depends on ${quoted(name)} at ${ref === undefined ? 'no version' : quoted(ref)}, which the lockfile does not resolve: it is not listed`);
          continue;
        }
        starts[kind].push(to);
        if (path === '.' && from === undefined && (kind !== 'dev' || input.includeDev)) direct.push(to);
        if (from === undefined) continue;
        if (kind !== 'dev') set.relate(from, to);
        else if (input.includeDev) set.relate(from, to, 'dev-depends-on');
      }
    }
  }

  // Edges: v9 keeps them in `snapshots`, earlier versions in `packages`.
  if (major >= 9 && Object.keys(packages).length > 0 && !isObject(lock.snapshots)) {
    unresolved.note('lockfileVersion 9 has "packages" but no "snapshots" section: the dependencies between packages are missing');
  }
  const graph = major >= 9 ? objectField(lock, 'snapshots') : packages;
  const edges = new Map<string, GraphEdge[]>();
  for (const [key, value] of Object.entries(graph)) {
    if (!isObject(value)) continue;
    const id = entryId(key, value, major);
    const from = id === undefined ? undefined : purlOfId.get(`${id.name}@${id.version}`);
    if (from === undefined) continue;
    if (major >= 9) set.annotate(from, patchProperties(key, patches) ?? []);
    const list = edges.get(from) ?? [];
    edges.set(from, list);
    for (const [field, optional] of [['dependencies', false], ['optionalDependencies', true]] as const) {
      for (const [name, raw] of Object.entries(objectField(value, field))) {
        // YAML reads an unquoted `2` or `1.5` as a number; the lockfile meant the version text. Anything else (an empty value) resolves nothing.
        if (typeof raw !== 'string' && typeof raw !== 'number') {
          if (!optional) unresolved.reference(key, `${name}@${raw === null ? '(no version)' : typeof raw}`);
          continue;
        }
        const ref = String(raw);
        const to = resolve('.', name, ref);
        if (to === undefined) {
          // An optional dependency for another platform may be left out of the lockfile.
          if (!optional) unresolved.reference(key, `${name}@${ref}`);
          continue;
        }
        list.push({ to, optional });
        set.relate(from, to);
      }
    }
  }

  const all = set.allPackages(unresolved);
  if (!flagged) {
    // pnpm 9 dropped the per-package `dev` flag: work it out from what the importers declare.
    const scopes = scopesByReachability(starts, edges);
    const members = new Set(importerPurl.values());
    for (const pkg of all) if (!members.has(pkg.purl)) pkg.scope = scopes.get(pkg.purl) ?? 'required';
  }
  const relationships = set.allRelationships();
  const result: ParseResult = { packages: all, relationships, ...unresolved.fields(), ...(direct.length > 0 ? { direct: withOrphans(direct, all, relationships) } : {}) };
  if (rootPurl !== undefined && rootName !== undefined) {
    const root: Package = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
    const license = licenseOf(rootManifest?.license);
    if (license !== undefined) root.license = license;
    result.root = root;
  }
  return result;
}

/** pnpm `pnpm-lock.yaml`, lockfile versions 5.x, 6.0 and 9.0. */
export const pnpmLockParser: Parser = {
  ...PNPM_LOCK,
  parse: parsePnpm,
};
