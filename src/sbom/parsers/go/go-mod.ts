import { SbomParseError } from '../../errors.js';
import type { Package, PackageHash, ParseResult } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { PackageCollector, purlFor, textOf } from '../lockfile.js';
import { goModulePurl, h1Hash, isLocalReplacement, isModuleVersion } from './module.js';

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
  if (!isLocalReplacement(target.path)) checkVersion(target, directive, path);
  return { old, target };
}

/** The `h1:` hashes of module zips in a go.sum, keyed `path version` (the `/go.mod` lines hash only the go.mod file and are skipped). */
function goSumHashes(text: string): Map<string, PackageHash> {
  const hashes = new Map<string, PackageHash>();
  for (const line of text.split('\n')) {
    const [modulePath, version, sum] = line.trim().split(/\s+/);
    if (modulePath === undefined || version === undefined || sum === undefined || version.endsWith('/go.mod')) continue;
    const hash = h1Hash(sum);
    if (hash !== undefined) hashes.set(`${modulePath} ${version}`, hash);
  }
  return hashes;
}

/**
 * Go modules from `go.mod`, with the module hashes from the `go.sum` beside it: `replace`
 * directives win (a version-specific one over a module-wide one), `exclude`d versions are dropped,
 * `// indirect` requirements are kept. Directory replacements keep the module path, without version.
 */
export const goModParser: Parser = {
  name: 'go-mod',
  matches: (fileName) => fileName === 'go.mod',
  async parse(input: ParseInput): Promise<ParseResult> {
    const directives = directivesOf(textOf(input), input.path);
    const sum = await input.readSibling('go.sum');
    const hashes = sum === undefined ? new Map<string, PackageHash>() : goSumHashes(sum.toString('utf8'));

    let modulePath: string | undefined;
    const requires: { module: ModuleVersion; directive: Directive }[] = [];
    const excluded = new Set<string>();
    const replaceWide = new Map<string, ModuleVersion>();
    const replaceExact = new Map<string, ModuleVersion>();
    for (const directive of directives) {
      switch (directive.verb) {
        case 'module':
          modulePath = moduleVersion(directive.args, directive, input.path).path;
          break;
        case 'require':
          requires.push({ module: checkVersion(moduleVersion(directive.args, directive, input.path), directive, input.path), directive });
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
        default:
          // go, toolchain, godebug, retract, tool, ignore: nothing the SBOM lists.
          break;
      }
    }

    const collector = new PackageCollector(input);
    const root: Package | undefined =
      modulePath === undefined
        ? undefined
        : { purl: purlFor(input.path, undefined, () => goModulePurl(modulePath ?? '', '')), ecosystem: 'golang', name: modulePath, version: '', hashes: [], locations: [{ path: input.path }], scope: 'required' };
    for (const { module, directive } of requires) {
      const key = `${module.path} ${module.version}`;
      if (excluded.has(key)) continue;
      const target = replaceExact.get(key) ?? replaceWide.get(module.path);
      const built = target === undefined ? module : isLocalReplacement(target.path) ? { path: module.path, version: '' } : target;
      const hash = hashes.get(`${built.path} ${built.version}`);
      const purl = collector.add({
        purl: purlFor(input.path, directive.line, () => goModulePurl(built.path, built.version)),
        ecosystem: 'golang',
        name: built.path,
        version: built.version,
        scope: 'required',
        line: directive.line,
        hashes: hash === undefined ? [] : [hash],
      });
      const indirect = directive.comment === 'indirect' || directive.comment.startsWith('indirect;');
      if (root !== undefined && !indirect) collector.relate(root.purl, purl);
    }
    return collector.result(root);
  },
};
