import { SbomParseError } from '../../errors.js';
import { hexHash, sriHashes } from '../../hashes.js';
import type { Package, PackageHash, ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { npmPurl } from '../../purl.js';
import { isObject, isPackageName, objectField, PackageSet, scopesByReachability, splitNameAt, stringField, textOf, type GraphEdge, type JsonObject } from './common.js';

/** One block of a yarn.lock: the descriptors it resolves, its fields and dependency maps, and its line. */
interface Block {
  descriptors: string[];
  fields: Map<string, string>;
  maps: Map<string, Map<string, string>>;
  line: number;
}

/** A scalar as yarn writes it: bare, or double-quoted with JSON escapes. */
function unquote(path: string, value: string, line: number): string {
  if (!value.startsWith('"')) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'string') return parsed;
  } catch {
    // reported below
  }
  throw new SbomParseError(path, `malformed quoted string ${value.slice(0, 80)}`, line);
}

/** Splits `"a@1", b@2` on the commas between descriptors. */
function splitDescriptors(path: string, keys: string, line: number): string[] {
  const descriptors: string[] = [];
  let rest = keys.trim();
  while (rest !== '') {
    let token: string;
    if (rest.startsWith('"')) {
      const close = /^"(?:[^"\\]|\\.)*"/.exec(rest);
      if (close === null) throw new SbomParseError(path, 'unterminated quote in an entry key', line);
      token = unquote(path, close[0], line);
      rest = rest.slice(close[0].length).trim();
    } else {
      const comma = rest.indexOf(',');
      token = (comma === -1 ? rest : rest.slice(0, comma)).trim();
      rest = comma === -1 ? '' : rest.slice(comma);
    }
    // Berry quotes all descriptors of an entry as one string: "a@npm:^1, a@npm:^1.2".
    for (const descriptor of token.split(',')) if (descriptor.trim() !== '') descriptors.push(descriptor.trim());
    if (rest.startsWith(',')) rest = rest.slice(1).trim();
    else if (rest !== '') throw new SbomParseError(path, `unexpected "${rest.slice(0, 40)}" in an entry key`, line);
  }
  return descriptors;
}

/** Splits `key value` (yarn 1) or `key: value` (berry) into its parts. */
function splitField(path: string, text: string, line: number): [string, string] {
  let key: string;
  let rest: string;
  if (text.startsWith('"')) {
    const close = /^"(?:[^"\\]|\\.)*"/.exec(text);
    if (close === null) throw new SbomParseError(path, 'unterminated quote in a key', line);
    key = unquote(path, close[0], line);
    rest = text.slice(close[0].length);
  } else {
    const end = text.search(/[\s:]/);
    key = end === -1 ? text : text.slice(0, end);
    rest = end === -1 ? '' : text.slice(end);
  }
  if (rest.startsWith(':')) rest = rest.slice(1);
  return [key, unquote(path, rest.trim(), line)];
}

/**
 * Reads the indentation-structured format both yarn 1 and berry write (top-level entry keys,
 * fields two spaces in, dependency maps four spaces in), in one pass, keeping line numbers.
 */
function readBlocks(path: string, text: string): { blocks: Block[]; berry: boolean } {
  const blocks: Block[] = [];
  let berry = false;
  let current: Block | undefined;
  let currentMap: Map<string, string> | undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] as string;
    const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const content = lineText.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const indent = lineText.length - content.length;
    const line = index + 1;
    if (indent === 0) {
      if (!content.endsWith(':')) throw new SbomParseError(path, `expected an entry key ending in ":", found "${content.slice(0, 60)}"`, line);
      const keys = content.slice(0, -1);
      if (keys === '__metadata') berry = true;
      current = { descriptors: splitDescriptors(path, keys, line), fields: new Map(), maps: new Map(), line };
      currentMap = undefined;
      blocks.push(current);
    } else if (current === undefined) {
      throw new SbomParseError(path, 'indented line before the first entry', line);
    } else if (indent === 2) {
      const [key, value] = splitField(path, content, line);
      if (value === '' && content.endsWith(':')) {
        currentMap = new Map();
        current.maps.set(key, currentMap);
      } else {
        current.fields.set(key, value);
        currentMap = undefined;
      }
    } else if (indent === 4 && currentMap !== undefined) {
      const [key, value] = splitField(path, content, line);
      currentMap.set(key, value);
    }
  }
  return { blocks, berry };
}

/** The registry package a yarn 1 tarball URL names (`.../name/-/name-1.0.0.tgz`): the package actually installed. */
function nameFromTarball(resolved: string | undefined): string | undefined {
  if (resolved === undefined) return undefined;
  const match = /\/((?:@[^/]+\/)?[^/]+)\/-\/[^/]+\.tgz(?:#.*)?$/.exec(resolved.replace('%2f', '/').replace('%2F', '/'));
  return match?.[1];
}

/**
 * A yarn 1 entry's hashes: its `integrity`, or for locks written before yarn 1.10 the SHA-1 of the
 * tarball that yarn keeps in the `resolved` URL's fragment.
 */
function hashesOf(integrity: string | undefined, resolved: string | undefined): PackageHash[] {
  if (integrity !== undefined) return sriHashes(integrity);
  const fragment = resolved?.split('#')[1];
  const sha1 = fragment === undefined ? undefined : hexHash('SHA1', fragment);
  return sha1 === undefined ? [] : [sha1];
}

/** The package name and the range of a yarn 1 descriptor, seeing through `alias@npm:real@range`. */
function v1Name(descriptor: string): string {
  const { name, rest } = splitNameAt(descriptor);
  if (rest.startsWith('npm:')) return splitNameAt(rest.slice(4)).name;
  return name;
}

interface Manifest {
  json: JsonObject;
}

async function readManifest(input: ParseInput, relative: string): Promise<Manifest | undefined> {
  const bytes = await input.readSibling(relative);
  if (bytes === undefined) return undefined;
  try {
    const json: unknown = JSON.parse(bytes.toString('utf8'));
    return isObject(json) ? { json } : undefined;
  } catch {
    // A broken manifest only costs dev/prod precision; the lockfile still lists every package.
    return undefined;
  }
}

interface Node {
  purl: string;
  version: string;
  /** name, range, optional: the dependencies as the entry lists them. */
  deps: [string, string, boolean][];
}

/** Dependency names of a manifest, split by kind. */
function manifestDependencies(manifest: Manifest | undefined): { required: string[][]; optional: string[][]; dev: string[][] } {
  const entries = (field: string): string[][] => Object.entries(objectField(manifest?.json ?? {}, field)).map(([name, range]) => [name, String(range)]);
  return { required: [...entries('dependencies'), ...entries('peerDependencies')], optional: entries('optionalDependencies'), dev: entries('devDependencies') };
}

async function parseYarn(input: ParseInput): Promise<ParseResult> {
  const text = textOf(input.content);
  const { blocks, berry } = readBlocks(input.path, text);
  const set = new PackageSet();
  const byDescriptor = new Map<string, Node>();
  const byName = new Map<string, Node[]>();
  const nodes: Node[] = [];
  const workspaces: { node: Node; path: string; name: string; version: string; line: number }[] = [];

  for (const block of blocks) {
    if (block.descriptors[0] === '__metadata') continue;
    const version = block.fields.get('version');
    if (version === undefined) throw new SbomParseError(input.path, `entry ${block.descriptors.join(', ').slice(0, 80)} has no version`, block.line);
    let name: string;
    let workspacePath: string | undefined;
    if (berry) {
      const resolution = block.fields.get('resolution') ?? block.descriptors[0] ?? '';
      const split = splitNameAt(resolution);
      name = split.name;
      if (split.rest.startsWith('workspace:')) workspacePath = split.rest.slice('workspace:'.length);
      // Berry's `checksum` hashes yarn's own cache zip, not the registry tarball, so it is not the package's hash.
    } else {
      name = nameFromTarball(block.fields.get('resolved')) ?? v1Name(block.descriptors[0] ?? '');
    }
    if (!isPackageName(name)) throw new SbomParseError(input.path, `"${name.slice(0, 80)}" is not a package name`, block.line);
    const deps: [string, string, boolean][] = [];
    for (const [field, optional] of [['dependencies', false], ['optionalDependencies', true], ['peerDependencies', true]] as const) {
      for (const [dep, range] of block.maps.get(field) ?? []) deps.push([dep, range, optional]);
    }
    const resolved = block.fields.get('resolved');
    const purl = workspacePath === undefined
      ? set.add({
          name,
          version,
          scope: 'required',
          hashes: hashesOf(block.fields.get('integrity'), resolved),
          downloadLocation: resolved !== undefined && /^https?:\/\//.test(resolved) ? resolved.replace(/#.*$/, '') : undefined,
          location: { path: input.path, line: block.line },
        })
      : npmPurl(name, version);
    const node: Node = { purl, deps, version };
    nodes.push(node);
    if (workspacePath === undefined) byName.set(name, [...(byName.get(name) ?? []), node]);
    for (const descriptor of block.descriptors) byDescriptor.set(descriptor, node);
    if (workspacePath !== undefined) workspaces.push({ node, path: workspacePath, name, version, line: block.line });
  }

  // Workspaces are known by their manifests (the lock says `0.0.0-use.local` for their versions).
  const rootManifest = await readManifest(input, 'package.json');
  const rootWorkspace = workspaces.find((workspace) => workspace.path === '.');
  const rootName = stringField(rootManifest?.json ?? {}, 'name') ?? rootWorkspace?.name;
  const rootVersion = localVersion(stringField(rootManifest?.json ?? {}, 'version') ?? rootWorkspace?.version ?? '');
  const rootPurl = rootName === undefined || !isPackageName(rootName) ? undefined : npmPurl(rootName, rootVersion);
  const importers: { node: Node | undefined; manifest: Manifest | undefined; purl: string | undefined }[] = [{ node: rootWorkspace?.node, manifest: rootManifest, purl: rootPurl }];
  for (const workspace of workspaces) {
    if (workspace.path === '.') {
      if (rootPurl !== undefined) workspace.node.purl = rootPurl;
      continue;
    }
    const manifest = await readManifest(input, `${workspace.path}/package.json`);
    const version = localVersion(workspace.version) === '' ? stringField(manifest?.json ?? {}, 'version') ?? '' : workspace.version;
    workspace.node.purl = set.add({ name: workspace.name, version, scope: 'required', location: { path: input.path, line: workspace.line, entry: workspace.path } });
    importers.push({ node: workspace.node, manifest, purl: workspace.node.purl });
    if (rootPurl !== undefined) set.relate(rootPurl, workspace.node.purl, 'contains');
  }

  const lookup = (name: string, range: string): Node | undefined =>
    byDescriptor.get(`${name}@${range}`) ?? (berry && !/^[a-z]+:/.test(range) ? byDescriptor.get(`${name}@npm:${range}`) : undefined) ?? byVersion(name, range);
  // Hand-edited or merged locks name a dependency by a range no entry key spells: match the exact version, or the only version.
  const byVersion = (name: string, range: string): Node | undefined => {
    const candidates = byName.get(name) ?? [];
    const version = range.startsWith('npm:') ? range.slice(4) : range;
    return candidates.find((candidate) => candidate.version === version) ?? (candidates.length === 1 ? candidates[0] : undefined);
  };
  const edges = new Map<string, GraphEdge[]>();
  for (const node of nodes) {
    const list = edges.get(node.purl) ?? [];
    edges.set(node.purl, list);
    for (const [name, range, optional] of node.deps) {
      const target = lookup(name, range);
      if (target === undefined) continue;
      list.push({ to: target.purl, optional });
      set.relate(node.purl, target.purl);
    }
  }

  // yarn.lock does not say what is dev; the importers' manifests do, by dependency kind.
  const starts = { required: [] as string[], optional: [] as string[], dev: [] as string[] };
  let known = false;
  for (const importer of importers) {
    if (importer.manifest === undefined) continue;
    known = true;
    const kinds = manifestDependencies(importer.manifest);
    for (const kind of ['required', 'optional', 'dev'] as const) {
      for (const [name, range] of kinds[kind]) {
        const target = lookup(name ?? '', range ?? '') ?? (name === undefined ? undefined : nodeByName(importer.node, name, lookup));
        if (target === undefined) continue;
        starts[kind].push(target.purl);
        if (importer.purl !== undefined) set.relate(importer.purl, target.purl);
      }
    }
  }
  const scopes = known ? scopesByReachability(starts, edges) : new Map<string, Scope>();
  const packages = set.allPackages();
  for (const pkg of packages) pkg.scope = scopes.get(pkg.purl) ?? 'required';

  const result: ParseResult = { packages, relationships: set.allRelationships() };
  if (rootPurl !== undefined && rootName !== undefined) {
    const root: Package = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
    const license = stringField(rootManifest?.json ?? {}, 'license');
    if (license !== undefined) root.license = license;
    result.root = root;
  }
  return result;
}

/** Berry's placeholder version for workspaces means "no version". */
function localVersion(version: string): string {
  return version === '0.0.0-use.local' ? '' : version;
}

/**
 * The node an importer's dependency resolved to when the manifest's range is not spelled as in the
 * lock (berry rewrites `workspace:*` and patch ranges): the importer's own lock entry names it.
 */
function nodeByName(importer: Node | undefined, name: string, lookup: (name: string, range: string) => Node | undefined): Node | undefined {
  if (importer === undefined) return undefined;
  for (const [dep, range] of importer.deps) if (dep === name) return lookup(dep, range);
  return undefined;
}

/** Yarn `yarn.lock`: the classic v1 format and berry (yarn 2+, with `__metadata`). */
export const yarnLockParser: Parser = {
  name: 'yarn-lock',
  matches: (fileName) => fileName === 'yarn.lock',
  parse: parseYarn,
};
