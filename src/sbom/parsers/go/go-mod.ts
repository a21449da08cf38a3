import { posix } from 'node:path';
import { quoted } from '../../../core/quote.js';
import { SbomParseError } from '../../errors.js';
import type { Package, PackageProperty, ParseResult } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { PackageCollector, purlFor, textOf } from '../lockfile.js';
import { scopesByReachability, type GraphEdge } from '../scopes.js';
import { purlOf } from '../../purl.js';
import { goModuleSupplier } from '../../suppliers.js';
import { compareModuleVersions, goModulePurl, h1Property, isLocalReplacement, isModuleVersion, replacementProperties } from './module.js';
import { GO_MOD } from '../identities.js';

/** One directive line of go.mod: its verb (from the line or the enclosing block), arguments, line and comment. */
interface Directive {
  verb: string;
  args: string[];
  line: number;
  comment: string;
}

/** A module path and version as go.mod names it; the version is empty where the grammar allows none. */
interface ModuleVersion {
  path: string;
  version: string;
}

/** One `replace` directive: a version-specific one has an old version, a module-wide one has none. */
interface Replacement {
  old: ModuleVersion;
  target: ModuleVersion;
}

/** Splits a go.mod line into tokens and its trailing `//` comment; quoted strings may hold spaces or `//`. */
function tokenize(text: string, path: string, line: number): { tokens: string[]; comment: string } {
  const tokens: string[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === ' ' || char === '\t' || char === '\r') {
      index += 1;
    } else if (text.startsWith('//', index)) {
      return { tokens, comment: text.slice(index + 2).trim() };
    } else if (char === '"' || char === '`') {
      let end = index + 1;
      while (end < text.length && text[end] !== char) end += char === '"' && text[end] === '\\' ? 2 : 1;
      if (end >= text.length) throw new SbomParseError(path, 'unterminated quoted string', line);
      const quoted = text.slice(index, end + 1);
      tokens.push(char === '`' ? quoted.slice(1, -1) : unquote(quoted, path, line));
      index = end + 1;
    } else {
      let end = index;
      while (end < text.length && !' \t\r"`'.includes(text[end] ?? '') && !text.startsWith('//', end)) end += 1;
      tokens.push(text.slice(index, end));
      index = end;
    }
  }
  return { tokens, comment: '' };
}

/** A double-quoted go.mod string (Go escapes, which JSON's are a subset of for module paths). */
function unquote(quoted: string, path: string, line: number): string {
  try {
    const value: unknown = JSON.parse(quoted);
    if (typeof value === 'string') return value;
  } catch {
    // fall through to the error below
  }
  throw new SbomParseError(path, `bad quoted string ${quoted}`, line);
}

/** The directives of a go.mod, with `verb ( ... )` blocks flattened into one directive per line. */
function directivesOf(text: string, path: string): Directive[] {
  const directives: Directive[] = [];
  let block: string | undefined;
  let blockLine = 0;
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const { tokens, comment } = tokenize(raw, path, line);
    if (tokens.length === 0) continue;
    if (block !== undefined) {
      if (tokens.length === 1 && tokens[0] === ')') {
        block = undefined;
        continue;
      }
      directives.push({ verb: block, args: tokens, line, comment });
      continue;
    }
    const [verb, ...args] = tokens as [string, ...string[]];
    if (args.length === 1 && args[0] === '(') {
      block = verb;
      blockLine = line;
      continue;
    }
    directives.push({ verb, args, line, comment });
  }
  if (block !== undefined) throw new SbomParseError(path, `the ${block} block opened here is never closed`, blockLine);
  return directives;
}

/** Reads `path [version]` from the front of a directive's arguments. */
function moduleVersion(args: readonly string[], directive: Directive, path: string): ModuleVersion {
  const [modulePath, version = ''] = args;
  if (modulePath === undefined || modulePath === '' || args.length > 2) {
    throw new SbomParseError(path, `malformed ${directive.verb} directive`, directive.line);
  }
  return { path: modulePath, version };
}

/**
 * Why Go refuses a module path (golang.org/x/mod's module.CheckPath: "malformed module path"), or
 * undefined for one it takes: elements of letters, digits and `-._~`, none empty, all dots, or
 * starting or ending with a dot; a first element with a dot, of lowercase letters, digits, `-` and
 * `.`, not starting with `-`. Hand-written: x/mod is Go, and these rules are all it takes.
 */
export function modulePathProblem(modulePath: string): string | undefined {
  if (modulePath.startsWith('/')) return 'it starts with a slash';
  if (modulePath.startsWith('-')) return 'it starts with a dash';
  if (modulePath.endsWith('/')) return 'it ends with a slash';
  const elements = modulePath.split('/');
  for (const element of elements) {
    if (element === '') return 'it has an empty path element (a double slash)';
    if (/^\.+$/.test(element)) return `its element ${quoted(element, 80)} is only dots`;
    if (element.startsWith('.') || element.endsWith('.')) return `its element ${quoted(element, 80)} starts or ends with a dot`;
    if (!/^[A-Za-z0-9._~-]+$/.test(element)) return `its element ${quoted(element, 80)} holds a character module paths may not (letters, digits and -._~ only)`;
  }
  const first = elements[0] ?? '';
  if (!first.includes('.')) return `its first element ${quoted(first, 80)} has no dot (a module path starts with a domain name)`;
  if (!/^[a-z0-9.-]+$/.test(first)) return `its first element ${quoted(first, 80)} holds a character other than lowercase letters, digits, - and .`;
  return undefined;
}

/** Throws unless the module path is one Go takes. */
function checkModulePath(module: ModuleVersion, directive: Directive, path: string): ModuleVersion {
  const problem = modulePathProblem(module.path);
  if (problem !== undefined) throw new SbomParseError(path, `${quoted(module.path, 200)} is not a module path go takes (malformed module path: ${problem}); go refuses the go.mod for it`, directive.line);
  return module;
}

/** Throws unless the module's version is a module version (what go.mod allows for modules, not directories). */
function checkVersion(module: ModuleVersion, directive: Directive, path: string): ModuleVersion {
  if (!isModuleVersion(module.version)) throw new SbomParseError(path, `"${module.version.slice(0, 100)}" is not a module version (vMAJOR.MINOR.PATCH)`, directive.line);
  return module;
}

/** Parses a `replace old [v] => new [v]` directive. */
function replacementOf(directive: Directive, path: string): Replacement {
  const arrow = directive.args.indexOf('=>');
  if (arrow === -1) throw new SbomParseError(path, 'replace directive without =>', directive.line);
  const old = moduleVersion(directive.args.slice(0, arrow), directive, path);
  const target = moduleVersion(directive.args.slice(arrow + 1), directive, path);
  if (!isLocalReplacement(target.path) && target.version === '') {
    throw new SbomParseError(path, `replacement ${target.path} needs a version (or is a directory starting with ./ or ../)`, directive.line);
  }
  if (old.version !== '') checkVersion(old, directive, path);
  if (!isLocalReplacement(target.path)) checkModulePath(checkVersion(target, directive, path), directive, path);
  return { old, target };
}

/** The `h1:` hashes of module zips in a go.sum, keyed `path version` (the `/go.mod` lines hash only the go.mod file and are skipped). */
function goSumHashes(text: string): Map<string, PackageProperty> {
  const hashes = new Map<string, PackageProperty>();
  for (const line of text.split('\n')) {
    const [modulePath, version, sum] = line.trim().split(/\s+/);
    if (modulePath === undefined || version === undefined || sum === undefined || version.endsWith('/go.mod')) continue;
    const hash = h1Property(sum);
    if (hash !== undefined) hashes.set(`${modulePath} ${version}`, hash);
  }
  return hashes;
}

/**
 * The module versions whose zip a go.sum hashes (what a build downloaded), with their lines; per
 * module path the highest only, since minimal version selection builds one version of each, the
 * highest the graph requires, and only a built version's zip is fetched (lower ones keep a `/go.mod` line).
 */
function goSumZipModules(text: string): Map<string, { version: string; line: number }> {
  const modules = new Map<string, { version: string; line: number }>();
  for (const [index, line] of text.split('\n').entries()) {
    const [modulePath, version, sum] = line.trim().split(/\s+/);
    if (modulePath === undefined || version === undefined || sum === undefined || version.endsWith('/go.mod') || h1Property(sum) === undefined) continue;
    const known = modules.get(modulePath);
    if (known === undefined || compareModuleVersions(version, known.version) > 0) modules.set(modulePath, { version, line: index + 1 });
  }
  return modules;
}

/** Whether a go.mod's `go` line (absent: go 1.16, as the go command assumes) is before Go 1.17, whose go.mod lists only part of the build list. */
function beforeGo117(version: string | undefined): boolean {
  const [major, minor] = (version ?? '1.16').split('.').map((part) => Number.parseInt(part, 10));
  return major === 1 && (minor ?? 0) < 17;
}

/** What the comment of a root edge that stands in for the unknown module path to an indirect module says. */
export const APPROXIMATE_EDGE_COMMENT =
  'approximate: go.mod lists this module as // indirect and no module in this SBOM is known to require it (the go.mod of its requirer is not in the module cache); the root depends on it through some other module';

/** The property every `// indirect` requirement carries (value `true`). */
export const INDIRECT_PROPERTY = 'trust-kit:golang:indirect';

/** The property an indirect module whose only edge is the approximation carries (value {@link APPROXIMATE_EDGE_COMMENT}). */
export const APPROXIMATE_EDGE_PROPERTY = 'trust-kit:golang:dependency-edge';

/** The property a module providing a `tool` of the main module carries, once per tool package (value: the package path). */
const TOOL_PROPERTY = 'trust-kit:golang:tool';

/** `go 1.22`, `go 1.22.5`, `go 1.21rc1`: the go directive's version. */
const GO_DIRECTIVE_VERSION = /^(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)$/;
/** `toolchain go1.22.5` (maybe with a `-suffix` for a custom build); `default` names no release. */
const TOOLCHAIN_VERSION = /^go(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)(?:[-+][0-9A-Za-z.+-]+)?$/;

/** A module's `require`d module paths, from its own go.mod; undefined when it cannot be parsed (it then gives no edges). */
function requiredPaths(text: string, label: string): string[] | undefined {
  try {
    return directivesOf(text, label).flatMap((directive) => (directive.verb === 'require' && directive.args[0] !== undefined ? [directive.args[0]] : []));
  } catch {
    return undefined;
  }
}

/** The directives of another module's go.mod; undefined when it does not parse (the module is then left out of the workspace). */
function directivesOrNothing(text: string, label: string): Directive[] | undefined {
  try {
    return directivesOf(text, label);
  } catch {
    return undefined;
  }
}

/** A directory module of a go.work: the directory as go.work spells it, and relative to go.mod. */
interface WorkDirectory {
  spelled: string;
  dir: string;
}

/** `replace` lines, module-wide by path and version-specific by `path version`; a directory target is relative to go.mod, `spelled` as go list -m all prints it. */
interface Replacements {
  wide: Map<string, { target: ModuleVersion; spelled: string }>;
  exact: Map<string, { target: ModuleVersion; spelled: string }>;
}

/**
 * What the go.work that governs a go.mod changes: the modules it uses, by module path, its own
 * `replace` lines and those of the other modules' go.mod files, and the highest version those
 * go.mod files require of each module.
 */
interface Workspace {
  modules: Map<string, WorkDirectory>;
  work: Replacements;
  others: Replacements;
  required: Map<string, string>;
  /** The `h1:` hashes of go.work.sum: modules the workspace's builds need that no module's go.sum has (a version another module raises). */
  sums: Map<string, PackageProperty>;
}

/**
 * Adds the `replace` lines of go.work or of a workspace module's go.mod (`base`: its directory
 * relative to go.work's, `prefix`: go.work's directory relative to go.mod's). The first of two
 * module go.mod files replacing one module wins: the go command refuses such a workspace.
 */
function addReplacements(into: Replacements, directives: readonly Directive[], label: string, base: string, prefix: string): void {
  for (const directive of directives) {
    if (directive.verb !== 'replace') continue;
    const { old, target } = replacementOf(directive, label);
    let replacement = { target, spelled: target.path };
    if (/^\.{1,2}(?:[/\\]|$)/.test(target.path)) {
      // A directory is relative to the file's: go list -m all prints it relative to go.work's, and its go.mod is read relative to go.mod's.
      const fromWork = posix.normalize(posix.join(base, target.path.replaceAll('\\', '/')));
      const fromGoMod = posix.normalize(`${prefix}${fromWork}`);
      replacement = { target: { path: isLocalReplacement(fromGoMod) ? fromGoMod : `./${fromGoMod}`, version: '' }, spelled: isLocalReplacement(fromWork) ? fromWork : `./${fromWork}` };
    }
    const [map, key] = old.version === '' ? [into.wide, old.path] : [into.exact, `${old.path} ${old.version}`];
    if (!map.has(key)) map.set(key, replacement);
  }
}

/**
 * The go.work that governs this go.mod (the nearest one in its directory or above, inside the
 * cataloged tree, as the go command finds it): the modules it uses, by module path, its `replace`
 * lines, which win over every go.mod's, and those of the other modules it uses, which apply as
 * this go.mod's do. Empty when there is none, or when it does not `use` this module (the go
 * command then refuses to build here, or the module is built alone).
 */
async function workspaceOf(input: ParseInput): Promise<Workspace> {
  const workspace: Workspace = { modules: new Map(), work: { wide: new Map(), exact: new Map() }, others: { wide: new Map(), exact: new Map() }, required: new Map(), sums: new Map() };
  const folders = posix.dirname(input.path.replaceAll('\\', '/')).split('/').filter((part) => part !== '' && part !== '.');
  for (let up = 0; up <= folders.length; up += 1) {
    const prefix = '../'.repeat(up);
    const text = await input.readSibling(`${prefix}go.work`);
    if (text === undefined) continue;
    const label = posix.join(...folders.slice(0, folders.length - up), 'go.work');
    const directives = directivesOf(text.toString('utf8'), label);
    const uses = directives.flatMap((directive) => {
      if (directive.verb !== 'use') return [];
      const [dir] = directive.args;
      if (dir === undefined || directive.args.length !== 1) throw new SbomParseError(label, 'malformed use directive', directive.line);
      return [{ spelled: dir, fromWork: posix.normalize(dir.replaceAll('\\', '/')).replace(/\/$/, '') }];
    });
    const here = up === 0 ? '.' : folders.slice(folders.length - up).join('/');
    if (!uses.some((use) => use.fromWork === here)) return workspace;
    addReplacements(workspace.work, directives, label, '.', prefix);
    const sums = await input.readSibling(`${prefix}go.work.sum`);
    if (sums !== undefined) workspace.sums = goSumHashes(sums.toString('utf8'));
    for (const use of uses) {
      if (use.fromWork === here || posix.isAbsolute(use.fromWork)) continue;
      const dir = posix.normalize(`${prefix}${use.fromWork}`);
      const goMod = await input.readSibling(posix.join(dir, 'go.mod'));
      const goModLabel = posix.join(label, '..', use.fromWork, 'go.mod');
      const goModDirectives = goMod === undefined ? undefined : directivesOrNothing(goMod.toString('utf8'), goModLabel);
      const path = goModDirectives?.find((directive) => directive.verb === 'module')?.args[0];
      if (path === undefined || goModDirectives === undefined) continue;
      workspace.modules.set(path, { spelled: use.spelled, dir });
      addReplacements(workspace.others, goModDirectives, goModLabel, use.fromWork, prefix);
      for (const directive of goModDirectives) {
        const [required, version] = directive.args;
        if (directive.verb !== 'require' || required === undefined || version === undefined || !isModuleVersion(version)) continue;
        const known = workspace.required.get(required);
        if (known === undefined || compareModuleVersions(version, known) > 0) workspace.required.set(required, version);
      }
    }
    return workspace;
  }
  return workspace;
}

/** How many go.mod files are read from the module cache at once. */
const CACHE_READS_AT_ONCE = 16;

/**
 * Go modules from `go.mod`, with the module hashes from the `go.sum` beside it: `replace`
 * directives win (a version-specific one over a module-wide one), `exclude`d versions are dropped,
 * `// indirect` requirements are kept. Directory replacements keep the module path, without
 * version. The Go standard library is `pkg:golang/stdlib` at the `toolchain` (else `go`) version.
 *
 * Edges: the root depends on its direct requirements; each module depends on the modules its own
 * go.mod requires (read from the module cache when one is given, or from a replacement directory
 * inside the project), at the versions this go.mod selects, as `go mod graph` shows them with the
 * build list's versions. An indirect module that no module is known to require gets a root edge
 * marked as an approximation.
 *
 * Tools (`tool` directives, Go 1.24): the module providing each carries a property naming it. One
 * the main module does not import (`// indirect`) is dev, with what only it reaches, when every
 * module's go.mod is known (else a module that ships might require it, and it stays required);
 * the root's edge to it is then `dev-depends-on`.
 */
export const goModParser: Parser = {
  ...GO_MOD,
  async parse(input: ParseInput): Promise<ParseResult> {
    const directives = directivesOf(textOf(input), input.path);
    const sum = await input.readSibling('go.sum');
    const hashes = sum === undefined ? new Map<string, PackageProperty>() : goSumHashes(sum.toString('utf8'));

    let modulePath: string | undefined;
    let goLine: { version: string; line: number; from: string } | undefined;
    let toolchainLine: { version: string; line: number; from: string } | undefined;
    /** What the build list holds: go.mod's requirements, and before Go 1.17 the modules go.sum adds (`fromSum`: that line of go.sum). */
    const requires: { module: ModuleVersion; directive: Directive; fromSum?: boolean }[] = [];
    const tools: Directive[] = [];
    const excluded = new Set<string>();
    const replaceWide = new Map<string, ModuleVersion>();
    const replaceExact = new Map<string, ModuleVersion>();
    for (const directive of directives) {
      switch (directive.verb) {
        case 'module':
          modulePath = moduleVersion(directive.args, directive, input.path).path;
          break;
        case 'go': {
          const version = GO_DIRECTIVE_VERSION.exec(directive.args.length === 1 ? (directive.args[0] ?? '') : '')?.[1];
          if (version === undefined) throw new SbomParseError(input.path, 'malformed go directive (want go 1.N or go 1.N.P)', directive.line);
          goLine = { version, line: directive.line, from: 'go directive: the least Go release the module builds with; the release that builds it may be newer' };
          break;
        }
        case 'toolchain': {
          const version = TOOLCHAIN_VERSION.exec(directive.args.length === 1 ? (directive.args[0] ?? '') : '')?.[1];
          if (version !== undefined) toolchainLine = { version, line: directive.line, from: 'toolchain directive: the Go release the module asks to be built with' };
          else if (directive.args.length !== 1 || directive.args[0] !== 'default') throw new SbomParseError(input.path, 'malformed toolchain directive (want toolchain go1.N.P)', directive.line);
          break;
        }
        case 'require':
          requires.push({ module: checkModulePath(checkVersion(moduleVersion(directive.args, directive, input.path), directive, input.path), directive, input.path), directive });
          break;
        case 'exclude': {
          const module = checkVersion(moduleVersion(directive.args, directive, input.path), directive, input.path);
          excluded.add(`${module.path} ${module.version}`);
          break;
        }
        case 'replace': {
          const { old, target } = replacementOf(directive, input.path);
          if (old.version === '') replaceWide.set(old.path, target);
          else replaceExact.set(`${old.path} ${old.version}`, target);
          break;
        }
        case 'tool':
          if (directive.args.length !== 1) throw new SbomParseError(input.path, 'malformed tool directive (want tool <package path>)', directive.line);
          tools.push(directive);
          break;
        case 'godebug':
        case 'retract':
        case 'ignore':
          // Nothing the SBOM lists.
          break;
        default:
          // As go itself refuses it: a line left out of its block (a require without `require`) would otherwise vanish.
          throw new SbomParseError(input.path, `unknown directive ${quoted(directive.verb, 80)}, which go refuses too (a line outside its require ( ... ) block?)`, directive.line);
      }
    }

    // Before Go 1.17, go.mod lists the direct requirements only (and those it raises); the rest of
    // the build list is where go.sum hashes a module's zip. Replacement targets are there as what
    // they build for another path, and excluded versions are dropped below as for go.mod's.
    if (sum !== undefined && beforeGo117(goLine?.version)) {
      const listed = new Set([modulePath, ...requires.map(({ module }) => module.path), ...[...replaceWide.values(), ...replaceExact.values()].map((target) => target.path)]);
      for (const [path, { version, line }] of goSumZipModules(sum.toString('utf8'))) {
        if (!listed.has(path)) requires.push({ module: { path, version }, directive: { verb: 'require', args: [path, version], line, comment: 'indirect' }, fromSum: true });
      }
    }

    const workspace = await workspaceOf(input);
    const collector = new PackageCollector(input);
    const root: Package | undefined =
      modulePath === undefined
        ? undefined
        : { purl: purlFor(input.path, undefined, () => goModulePurl(modulePath ?? '', '')), ecosystem: 'golang', name: modulePath, version: '', hashes: [], locations: [{ path: input.path }], scope: 'required' };
    const rootSupplier = modulePath === undefined ? undefined : goModuleSupplier(modulePath);
    if (root !== undefined && rootSupplier !== undefined) {
      root.supplier = rootSupplier.supplier;
      root.properties = [rootSupplier.property];
    }
    /** The modules of the build list: the required path (what other go.mod files name), what is built instead, and the package. */
    const modules: { required: string; built: ModuleVersion; local: boolean; indirect: boolean; purl: string }[] = [];
    const sumPath = posix.join(posix.dirname(input.path), 'go.sum');
    for (const { module: written, directive, fromSum } of requires) {
      if (excluded.has(`${written.path} ${written.version}`)) continue;
      // Under a go.work, the build list is the whole workspace's: another module's go.mod may require a higher version.
      const raised = workspace.required.get(written.path);
      const module = raised !== undefined && compareModuleVersions(raised, written.version) > 0 ? { path: written.path, version: raised } : written;
      const key = `${module.path} ${module.version}`;
      // A module of the workspace is built from its directory, whatever go.mod requires or replaces;
      // go.work's replace lines win over go.mod's (the go command's modload.replacementFrom).
      const used = workspace.modules.get(module.path);
      const fromWork = used === undefined ? (workspace.work.exact.get(key) ?? workspace.work.wide.get(module.path)) : undefined;
      const own = replaceExact.get(key) ?? replaceWide.get(module.path);
      const fromOther = used === undefined && fromWork === undefined && own === undefined ? (workspace.others.exact.get(key) ?? workspace.others.wide.get(module.path)) : undefined;
      const target = used !== undefined ? { path: used.dir, version: '' } : (fromWork?.target ?? own ?? fromOther?.target);
      const local = target !== undefined && isLocalReplacement(target.path);
      const built = target === undefined ? module : local ? { path: module.path, version: '' } : target;
      const hash = hashes.get(`${built.path} ${built.version}`) ?? workspace.sums.get(`${built.path} ${built.version}`);
      const indirect = directive.comment === 'indirect' || directive.comment.startsWith('indirect;');
      const properties: PackageProperty[] = [];
      if (hash !== undefined) properties.push(hash);
      if (indirect) properties.push({ name: INDIRECT_PROPERTY, value: 'true' });
      if (target !== undefined) properties.push(...replacementProperties(module, used?.spelled ?? (local ? (fromWork?.spelled ?? fromOther?.spelled ?? target.path) : undefined)));
      // A directory replacement is built from the project's own tree, not fetched from its path.
      const supplied = local ? undefined : goModuleSupplier(built.path);
      if (supplied !== undefined) properties.push(supplied.property);
      const purl = collector.add({
        supplier: supplied?.supplier,
        purl: purlFor(input.path, directive.line, () => goModulePurl(built.path, built.version)),
        ecosystem: 'golang',
        name: built.path,
        version: built.version,
        scope: 'required',
        line: directive.line,
        ...(fromSum === true ? { path: sumPath } : {}),
        properties,
      });
      modules.push({ required: module.path, built: local && target !== undefined ? target : built, local, indirect, purl });
    }

    const selected = new Map(modules.map((module) => [module.required, module.purl]));
    // The module providing each tool: the longest module path of the build list the package path is in
    // (the main module's own tools aside), found by trimming the package path one element at a time.
    const toolModules = new Map<string, Set<string>>();
    for (const tool of tools) {
      const packagePath = tool.args[0] ?? '';
      let prefix = packagePath;
      let provider: string | undefined;
      while (prefix !== '' && prefix !== modulePath && provider === undefined) {
        provider = selected.get(prefix);
        const slash = prefix.lastIndexOf('/');
        prefix = slash === -1 ? '' : prefix.slice(0, slash);
      }
      if (provider === undefined) continue;
      const provided = toolModules.get(provider);
      if (provided === undefined) toolModules.set(provider, new Set([packagePath]));
      else provided.add(packagePath);
    }
    for (const [purl, packages] of toolModules) collector.annotate(purl, [...packages].map((value) => ({ name: TOOL_PROPERTY, value })));
    const required = new Set<string>();
    const graph = new Map<string, GraphEdge[]>();
    let graphKnown = true;
    const readGoMod = (module: (typeof modules)[number]): Promise<Buffer | undefined> =>
      module.local ? input.readSibling(posix.join(module.built.path.replaceAll('\\', '/'), 'go.mod')) : (input.goModuleCache?.goMod(module.built.path, module.built.version) ?? Promise.resolve(undefined));
    for (let start = 0; start < modules.length; start += CACHE_READS_AT_ONCE) {
      const batch = modules.slice(start, start + CACHE_READS_AT_ONCE);
      const texts = await Promise.all(batch.map(readGoMod));
      batch.forEach((module, index) => {
        const text = texts[index];
        const paths = text === undefined ? undefined : requiredPaths(text.toString('utf8'), `go.mod of ${module.built.path}`);
        if (paths === undefined) {
          graphKnown = false;
          return;
        }
        for (const path of paths) {
          const to = selected.get(path);
          if (to === undefined || to === module.purl) continue;
          collector.relate(module.purl, to);
          required.add(to);
          const edges = graph.get(module.purl);
          if (edges === undefined) graph.set(module.purl, [{ to, optional: false }]);
          else edges.push({ to, optional: false });
        }
      });
    }
    // A tool module the main module does not import (`// indirect`, as `go get -tool` writes it) is for
    // its development; so is what only tools reach, when every module's go.mod says what it requires.
    // With any go.mod unknown, a module of what ships might require it: it stays required.
    const devTools = modules.filter((module) => module.indirect && toolModules.has(module.purl)).map((module) => module.purl);
    const devModules = new Set<string>();
    if (graphKnown && devTools.length > 0) {
      const tooling = new Set(devTools);
      const starts = modules.filter((module) => !tooling.has(module.purl) && (!module.indirect || !required.has(module.purl))).map((module) => module.purl);
      for (const [purl, scope] of scopesByReachability({ required: starts, optional: [], dev: devTools }, graph)) {
        if (scope !== 'dev') continue;
        devModules.add(purl);
        collector.rescope(purl, 'dev');
      }
    }
    if (root !== undefined) {
      for (const module of modules) {
        // A development tool's edge from the root says what it is: no approximation stands in for it.
        if (devModules.has(module.purl) && toolModules.has(module.purl)) {
          if (input.includeDev) collector.relate(root.purl, module.purl, 'dev-depends-on');
        } else if (!module.indirect) collector.relate(root.purl, module.purl);
        else if (!required.has(module.purl)) {
          collector.relate(root.purl, module.purl, 'depends-on', APPROXIMATE_EDGE_COMMENT);
          collector.annotate(module.purl, [{ name: APPROXIMATE_EDGE_PROPERTY, value: APPROXIMATE_EDGE_COMMENT }]);
        }
      }
    }

    // The standard library, as syft lists it for Go binaries: the toolchain release when go.mod names one, else the go line's.
    const stdlib = toolchainLine ?? goLine;
    if (stdlib !== undefined) {
      const purl = collector.add({
        purl: purlFor(input.path, stdlib.line, () => purlOf('golang', 'stdlib', stdlib.version)),
        ecosystem: 'golang',
        name: 'stdlib',
        version: `go${stdlib.version}`,
        scope: 'required',
        line: stdlib.line,
        properties: [{ name: 'trust-kit:golang:stdlib-version-from', value: stdlib.from }],
      });
      if (root !== undefined) collector.relate(root.purl, purl);
    }
    return collector.result(root);
  },
};
