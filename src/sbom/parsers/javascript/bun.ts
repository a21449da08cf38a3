import { quoted } from '../../../core/quote.js';
import { SbomParseError } from '../../errors.js';
import { sriHashes } from '../../hashes.js';
import type { Package, ParseResult } from '../../model.js';
import type { Parser } from '../../parser.js';
import { npmPurl } from '../../npm-purl.js';
import { isObject, isPackageName, NestedScopes, objectField, PackageSet, PATCHED_PROPERTY, readPackageJson, sourceOf, splitNameAt, stringField, Unresolved, versionField, type JsonObject } from './common.js';
import { parseJsonText, textOfBytes } from '../text.js';
import { scopesByReachability, type GraphEdge } from '../scopes.js';
import { BUN_LOCK } from '../identities.js';

/**
 * bun.lock is JSON with trailing commas (JSONC): blanks out comments and the commas before a
 * closing bracket, outside strings, keeping every offset so JSON errors still point at the right line.
 */
export function jsoncToJson(text: string): string {
  const out = text.split('');
  let index = 0;
  let lastComma = -1;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '"') {
      lastComma = -1;
      index++;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
      index++;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') out[index++] = ' ';
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      const stop = end === -1 ? text.length : end + 2;
      while (index < stop) {
        if (text[index] !== '\n') out[index] = ' ';
        index++;
      }
    } else {
      if (char === ',') lastComma = index;
      else if ((char === '}' || char === ']') && lastComma !== -1) {
        out[lastComma] = ' ';
        lastComma = -1;
      } else if (!/\s/.test(char)) lastComma = -1;
      index++;
    }
  }
  return out.join('');
}

/** Splits an install key (`@babel/core/semver`) into its package names. */
function namesOfKey(key: string): string[] {
  const parts = key.split('/');
  const names: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    if (part.startsWith('@') && index + 1 < parts.length) names.push(`${part}/${parts[++index] as string}`);
    else names.push(part);
  }
  return names;
}

/** The install key a key is nested under (`a/@s/b` -> `a`), `''` at the top. */
function parentKey(key: string): string {
  const names = namesOfKey(key);
  const last = names[names.length - 1] ?? '';
  return key.length === last.length ? '' : key.slice(0, key.length - last.length - 1);
}

/** Records the package installed at a key under the key it is nested in. */
function installKey(tree: NestedScopes, key: string, purl: string): void {
  const names = namesOfKey(key);
  tree.set(parentKey(key), names[names.length - 1] ?? key, purl);
}

const DEPENDENCY_FIELDS = [
  ['dependencies', false],
  ['optionalDependencies', true],
  ['peerDependencies', true],
] as const;

/** Bun's text lockfile `bun.lock` (bun 1.2+). */
export const bunLockParser: Parser = {
  ...BUN_LOCK,
  async parse(input) {
    const lock = parseJsonText(input.path, jsoncToJson(textOfBytes(input.content)));
    if (!isObject(lock)) throw new SbomParseError(input.path, 'not a bun lockfile: the top level is not a JSON object', 1);
    if (typeof lock.lockfileVersion !== 'number') throw new SbomParseError(input.path, 'not a bun lockfile: no numeric "lockfileVersion"');

    const set = new PackageSet();
    const purlAt = new Map<string, string>();
    const infoAt = new Map<string, JsonObject>();
    const workspacePurl = new Map<string, string>();
    const workspaces = objectField(lock, 'workspaces');
    const rootWorkspace = objectField(workspaces, '');
    const rootName = stringField(rootWorkspace, 'name');
    // bun writes no version for the project itself: its package.json has it.
    const rootVersion = versionField(rootWorkspace) ?? versionField((await readPackageJson(input, 'package.json')) ?? {}) ?? '';
    const rootPurl = rootName !== undefined && isPackageName(rootName) ? npmPurl(rootName, rootVersion) : undefined;
    if (rootPurl !== undefined) workspacePurl.set('', rootPurl);
    for (const [path, value] of Object.entries(workspaces)) {
      if (path === '' || !isObject(value)) continue;
      const name = stringField(value, 'name') ?? path.split('/').pop() ?? path;
      if (!isPackageName(name)) continue;
      const purl = set.add({ name, version: versionField(value) ?? '', scope: 'required', location: { path: input.path, entry: path } });
      workspacePurl.set(path, purl);
      if (rootPurl !== undefined) set.relate(rootPurl, purl, 'contains');
    }

    // What the lockfile holds but cannot be listed is said, not dropped in silence: the SBOM would call itself complete.
    const unresolved = new Unresolved(input.path);
    const entries = objectField(lock, 'packages');
    for (const [key, value] of Object.entries(entries)) {
      if (!Array.isArray(value) || typeof value[0] !== 'string') {
        unresolved.note(`${quoted(key)}: not an array naming a package`);
        continue;
      }
      const { name, rest } = splitNameAt(value[0]);
      if (!isPackageName(name) || rest === '') {
        unresolved.note(`${quoted(key)}: ${quoted(value[0])} names no npm package and version`);
        continue;
      }
      if (rest.startsWith('workspace:')) {
        const purl = workspacePurl.get(rest.slice('workspace:'.length));
        if (purl !== undefined) purlAt.set(key, purl);
        continue;
      }
      if (rest.startsWith('file:') || rest.startsWith('link:')) {
        // A local folder (or tarball) of the project: at the version its own package.json gives, known by its path, never the registry's package.
        const folder = rest.slice(rest.indexOf(':') + 1);
        const manifest = /\.(?:tgz|tar\.gz|tar)$/.test(folder) ? undefined : await readPackageJson(input, `${folder}/package.json`);
        purlAt.set(key, set.add({ name, version: versionField(manifest ?? {}) ?? '', scope: 'required', source: sourceOf(rest), location: { path: input.path, entry: key } }));
        if (isObject(value[1])) infoAt.set(key, value[1]);
        continue;
      }
      // npm packages are [id, registry, info, integrity]; git, github and tarball ones are [id, info, ...].
      const isRegistry = typeof value[1] === 'string';
      const info = isRegistry ? value[2] : value[1];
      const integrity = isRegistry && typeof value[3] === 'string' ? value[3] : undefined;
      const version = /^[a-z+]+:/.test(rest) && isObject(info) && typeof info.version === 'string' ? info.version : rest;
      purlAt.set(key, set.add({
        name,
        version,
        scope: 'required',
        hashes: sriHashes(integrity ?? ''),
        downloadLocation: isRegistry && typeof value[1] === 'string' && /^https?:\/\//.test(value[1]) ? value[1] : undefined,
        // bun writes `""` for npmjs.org and the tarball URL for another registry.
        source: sourceOf(isRegistry ? (value[1] === '' ? undefined : value[1]) : rest),
        location: { path: input.path, entry: key },
      }));
      if (isObject(info)) infoAt.set(key, info);
    }

    // `bun patch` writes the patched packages by name and version (or name alone): not the registry's bytes.
    for (const [spec, patch] of Object.entries(objectField(lock, 'patchedDependencies'))) {
      if (typeof patch !== 'string') continue;
      for (const [key, purl] of purlAt) {
        const id = (entries[key] as unknown[] | undefined)?.[0];
        if (typeof id === 'string' && (id === spec || splitNameAt(id).name === spec)) set.annotate(purl, [{ name: PATCHED_PROPERTY, value: patch }]);
      }
    }
    const tree = new NestedScopes((key) => (key === '' ? undefined : parentKey(key)));
    for (const [key, purl] of purlAt) installKey(tree, key, purl);
    const resolve = (fromKey: string, name: string): string | undefined => tree.resolve(fromKey, name);

    const edges = new Map<string, GraphEdge[]>();
    for (const [key, info] of infoAt) {
      const from = purlAt.get(key) as string;
      const list = edges.get(from) ?? [];
      edges.set(from, list);
      for (const [field, optional] of DEPENDENCY_FIELDS) {
        for (const [name, range] of Object.entries(objectField(info, field))) {
          const to = resolve(key, name);
          if (to === undefined) {
            // Optional and peer dependencies may be absent by design; a plain dependency may not.
            if (!optional) unresolved.reference(key, `${name}@${String(range)}`);
            continue;
          }
          list.push({ to, optional });
          set.relate(from, to);
        }
      }
    }
    const starts = { required: [] as string[], optional: [] as string[], dev: [] as string[] };
    for (const [path, value] of Object.entries(workspaces)) {
      const from = workspacePurl.get(path);
      if (!isObject(value)) continue;
      const prefix = path === '' ? '' : (stringField(value, 'name') ?? '');
      for (const [field, kind] of [['dependencies', 'required'], ['peerDependencies', 'required'], ['optionalDependencies', 'optional'], ['devDependencies', 'dev']] as const) {
        for (const name of Object.keys(objectField(value, field))) {
          const to = resolve(prefix, name);
          if (to === undefined) continue;
          starts[kind].push(to);
          if (from === undefined) continue;
          if (kind !== 'dev') set.relate(from, to);
          else if (input.includeDev) set.relate(from, to, 'dev-depends-on');
        }
      }
    }
    const scopes = scopesByReachability(starts, edges);
    const members = new Set(workspacePurl.values());
    const packages = set.allPackages(unresolved);
    for (const pkg of packages) if (!members.has(pkg.purl)) pkg.scope = scopes.get(pkg.purl) ?? 'required';

    const result: ParseResult = { packages, relationships: set.allRelationships(), ...unresolved.fields() };
    if (rootPurl !== undefined && rootName !== undefined) {
      const root: Package = { purl: rootPurl, ecosystem: 'npm', name: rootName, version: rootVersion, hashes: [], locations: [{ path: input.path }], scope: 'required' };
      result.root = root;
    }
    return result;
  },
};
