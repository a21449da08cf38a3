import { isUtf8 } from 'node:buffer';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, posix, resolve, sep } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { messageOf, systemErrorCode } from '../core/errors.js';
import { INPUT_LIMITS, openRegularFile, readRegularFile, readRegularFileHeadSync, readRegularFileSync } from '../core/files.js';
import { pathInside } from '../core/paths.js';
import { boundedText } from '../core/quote.js';
import { SbomError, SbomParseError } from './errors.js';
import { contradictingHashes, shortHashes, sortProperties, strongerScope, type Location, type Package, type PackageHash, type ParseResult, type Relationship, type Unknown } from './model.js';
import { installedSuppliers, isRealDirectory } from './installed.js';
import { SHARED_WORK_BYTES, SNIFF_BYTES, sharedWork, type GoModuleCache, type ParseInput, type Parser, type RandomAccessFile, type SharedWork } from './parser.js';
import { PARSERS } from './parsers/index.js';
import { namedAsRequirements, REQUIREMENTS_TXT } from './parsers/identities.js';
import { segmentMatches } from './glob.js';
import { npmPurl } from './npm-purl.js';
import { lineCost, ParseBudget } from './parse-budget.js';
import { RelationshipIndex } from './relationship-index.js';

/** Folders never searched for lockfiles: installed copies and version control, not the project's own lockfiles. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', 'vendor', '.git']);

/**
 * What `sbom` leaves out unless told otherwise (`--no-default-excludes`): test suites, their
 * fixtures and examples hold lockfiles of other projects, not dependencies of the product. A
 * pattern without `/` names a file or directory at any depth, as in `.gitignore`.
 */
export const DEFAULT_EXCLUDES: readonly string[] = ['test', 'tests', '__tests__', 'testdata', 'fixtures', '__fixtures__', 'example', 'examples'];

/** Whether path segments match pattern segments, `**` standing for any number of segments; each pair of positions is tried once. */
function segmentsMatch(pattern: readonly string[], path: readonly string[]): boolean {
  const tried = new Set<number>();
  const match = (p: number, s: number): boolean => {
    if (p === pattern.length) return s === path.length;
    const key = p * (path.length + 1) + s;
    if (tried.has(key)) return false;
    tried.add(key);
    if (pattern[p] === '**') return match(p + 1, s) || (s < path.length && match(p, s + 1));
    return s < path.length && segmentMatches(pattern[p] as string, path[s] as string) && match(p + 1, s + 1);
  };
  return match(0, 0);
}

/**
 * A matcher for exclude patterns over paths relative to the scanned directory (`/` separators),
 * with `.gitignore`'s shape: a pattern without `/` matches a name at any depth; one with `/` is
 * anchored at the directory (a leading `/` or `./` is dropped); `*` and `?` stay within a path
 * segment, `**` spans segments; a trailing `/` matches directories only. A matched directory
 * excludes all below it. No regular expression is built, so a hostile pattern costs time linear
 * in its length per segment.
 */
export function excludeMatcher(patterns: readonly string[]): (path: string, directory: boolean) => boolean {
  const compiled = patterns.map((pattern) => {
    const trimmed = pattern.trim();
    const body = trimmed.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
    const segments = body.split('/').filter((segment, index, all) => !(segment === '**' && all[index - 1] === '**'));
    return { segments: body.includes('/') ? segments : ['**', ...segments], directoriesOnly: trimmed.endsWith('/') };
  });
  return (path, directory) => {
    const segments = path.split('/');
    return compiled.some((pattern) => (directory || !pattern.directoriesOnly) && segmentsMatch(pattern.segments, segments));
  };
}

/** What {@link catalogDirectory} reads. */
export interface CatalogOptions {
  /** The directory to search, absolute. */
  dir: string;
  /** Keep development dependencies (tagged `dev`); by default they are left out. */
  includeDev: boolean;
  /** The parsers to run; default: every registered one. */
  parsers?: readonly Parser[];
  /** Lockfile bytes parsed in all at most (see ParseBudget); default what this process's heap holds. */
  parseBudgetBytes?: number;
  /** Release files (name as listed, absolute path): those a parser recognises by content, such as Go binaries, add what they were built from. */
  artifacts?: readonly { name: string; path: string }[];
  /** Patterns of files and directories (relative to `dir`) not searched, see {@link excludeMatcher}; default none. */
  exclude?: readonly string[];
  /** The Go module cache, read-only: module edges from each module's own go.mod. */
  goModuleCache?: GoModuleCache;
}

/** What one release file was built from: the purls of the packages it contains, sorted. */
export interface ArtifactContents {
  name: string;
  packages: string[];
}

/** How much one lockfile contributed: what the per-lockfile summary prints. */
export interface LockfileSummary {
  /** Relative to the scanned directory, `/` separators. */
  path: string;
  parser: string;
  packages: number;
  edges: number;
  /** Packages with a license. */
  licensed: number;
  /** Packages with at least one hash. */
  hashed: number;
  unknowns: number;
  /** Unknowns of a lockfile that did parse: references it makes that resolve to nothing (the SBOM is incomplete). */
  unresolved: number;
}

/** Everything found under a directory, merged by purl and sorted. */
export interface Catalog {
  root: Package;
  packages: Package[];
  relationships: Relationship[];
  unknowns: Unknown[];
  lockfiles: LockfileSummary[];
  /** The release files a parser read, in the order given. */
  artifacts: ArtifactContents[];
}

/** Orders strings by UTF-16 code units: stable across machines and locales. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A file some parser reads: by its name, or (`sniffed`) by its first bytes, as executables are recognised. */
export interface FoundFile {
  /** Relative to the scanned directory, `/` separators. */
  path: string;
  parser: Parser;
  sniffed: boolean;
}

/**
 * Extensions of files that are never the executables parsers sniff (sources, text, data, media,
 * archives): such files are not even stat'ed, so a large source tree costs no extra system calls.
 */
const NOT_EXECUTABLE_EXTENSIONS: ReadonlySet<string> = new Set(
  (
    'js mjs cjs ts mts cts jsx tsx json jsonc json5 md markdown txt rst adoc yml yaml toml ini cfg conf lock xml html htm css scss less ' +
    'go mod sum rs py pyi rb php java kt kts scala groovy gradle c h cc cpp hpp m swift cs fs vb sh bash zsh fish ps1 psm1 bat cmd ' +
    'sql csv tsv svg png jpg jpeg gif ico webp bmp pdf map gz tgz zip tar xz bz2 zst 7z jar whl gem nupkg snap proto graphql vue svelte ' +
    'properties env editorconfig gitignore gitattributes npmignore license log pem crt key sig bundle tmpl tpl'
  )
    .split(' ')
    .map((extension) => `.${extension}`),
);

/** Extensionless names that are text by convention (lowercase): LICENSE files alone are one per package in a vendored tree. */
const NOT_EXECUTABLE_NAMES: ReadonlySet<string> = new Set(
  'license licence readme changelog changes history notice authors contributors copying patents version makefile dockerfile containerfile jenkinsfile vagrantfile gemfile rakefile procfile codeowners'.split(' '),
);

/** Names of executables and shared libraries read whatever their mode: a library (Go's `-buildmode=c-shared` too) is not executable. */
const BINARY_NAME = /\.(?:exe|dll|dylib|so(?:\.\d+)*)$/i;

/**
 * Whether a regular file's name leaves it a possible executable: `.exe` or a shared library's name
 * (`.so`, `.so.1.2`, `.dll`, `.dylib`), or neither a dotfile, a conventional text name, nor an
 * extension known to be something else.
 */
export function mayBeExecutable(name: string): 'exe' | 'if-executable' | undefined {
  const extension = extname(name).toLowerCase();
  if (BINARY_NAME.test(name)) return 'exe';
  if (name.startsWith('.') || NOT_EXECUTABLE_EXTENSIONS.has(extension) || NOT_EXECUTABLE_NAMES.has(name.toLowerCase())) return undefined;
  return 'if-executable';
}

/**
 * The first {@link SNIFF_BYTES} bytes of a file (fewer when it is shorter), or undefined when it
 * cannot be read or is not a regular file (a pipe or a device put in a file's place since it was
 * listed). Read with synchronous calls: a release of 20,000 files sniffed each with four waits on
 * the thread pool (open, fstat, read, close) spent 0.65 s on them; read so, a file takes a few microseconds.
 */
function readHead(path: string): Buffer | undefined {
  try {
    return readRegularFileHeadSync(path, SNIFF_BYTES, { what: 'file' });
  } catch {
    return undefined;
  }
}

/** The parser that recognises a file by its first bytes, if any. */
function sniffingParser(path: string, parsers: readonly Parser[]): Parser | undefined {
  const head = readHead(path);
  return head === undefined ? undefined : parsers.find((parser) => parser.sniff?.(head) === true);
}

/** Files sniffed between two turns of the event loop (a few milliseconds): signals and the hashing threads' answers are not kept waiting. */
const SNIFFS_PER_TURN = 512;

/** Directories listed between two turns of the event loop, for the same reason (a few milliseconds). */
const LISTINGS_PER_TURN = 256;

/**
 * The parser each file's first bytes show (undefined for none, and for a file that `worth`, given
 * its index, says is not worth reading), the event loop turning every {@link SNIFFS_PER_TURN} files.
 */
async function sniffEach(paths: readonly string[], parsers: readonly Parser[], worth: (index: number) => boolean): Promise<(Parser | undefined)[]> {
  const found: (Parser | undefined)[] = [];
  for (let index = 0; index < paths.length; index++) {
    if (index > 0 && index % SNIFFS_PER_TURN === 0) await setImmediate();
    found.push(worth(index) ? sniffingParser(paths[index] as string, parsers) : undefined);
  }
  return found;
}

/**
 * How many files are read and parsed at once: enough to overlap reading one with parsing another,
 * few enough that memory holds a few lockfiles at their size bound, not a whole hostile tree's.
 */
const PARSE_CONCURRENCY = 8;

/** Runs `task` on every item, at most `limit` at a time. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** What {@link findLockfiles} found: the files to parse, and the directories below `dir` it could not read. */
export interface FoundFiles {
  files: FoundFile[];
  /** An unknown for each directory that could not be listed (no permission, a path too long to open): the lockfiles in it are not cataloged. */
  unreadable: Unknown[];
}

/**
 * The lockfiles under `dir` that some parser reads, sorted by path, skipping {@link SKIPPED_DIRECTORIES}
 * and symbolic links. Files no parser knows by name are sniffed only when they may be executables
 * (an executable bit, or `.exe`), from their first {@link SNIFF_BYTES} bytes. A directory below
 * `dir` that cannot be listed is an unknown, never skipped in silence: the SBOM would look
 * complete without the lockfiles it holds. One gone since its parent was listed held nothing.
 */
export async function findLockfiles(dir: string, parsers: readonly Parser[] = PARSERS, exclude: readonly string[] = []): Promise<FoundFiles> {
  const found: FoundFile[] = [];
  const unreadable: Unknown[] = [];
  const excluded = exclude.length === 0 ? () => false : excludeMatcher(exclude);
  const sniffers = parsers.filter((parser) => parser.sniff !== undefined);
  // A name that may be an executable's is read if it is one: `.exe`, or a file with an executable bit and room for a header.
  const executable = (absolute: string): boolean => {
    try {
      const info = statSync(absolute, { throwIfNoEntry: false });
      return info !== undefined && info.isFile() && (info.mode & 0o111) !== 0 && info.size >= SNIFF_BYTES;
    } catch {
      // A file that cannot be looked at (a loop of links, no permission) cannot be read either.
      return false;
    }
  };
  const candidates: { path: string; candidate: 'exe' | 'if-executable' }[] = [];
  let listed = 0;
  // Each directory listed with a synchronous call: listed through the thread pool, one after the other, a tree of
  // 10,000 directories (a monorepo's projects) took 340 ms of waits; so, 85 ms.
  const walk = async (relativeDir: string): Promise<void> => {
    if (++listed % LISTINGS_PER_TURN === 0) await setImmediate();
    let entries;
    try {
      entries = readdirSync(join(dir, relativeDir), { withFileTypes: true });
    } catch (error) {
      if (relativeDir === '') throw directoryError(dir, error);
      const code = systemErrorCode(error);
      if (code === 'ENOENT' && namedOutsideUtf8(dir, relativeDir)) unreadable.push({ path: relativeDir, reason: 'the directory\'s name is not valid UTF-8 (shown with U+FFFD in place of its bytes), a path no SBOM can name: the lockfiles in it, if any, are not cataloged; rename it in UTF-8' });
      else if (code !== 'ENOENT' && code !== 'ENOTDIR') unreadable.push({ path: relativeDir, reason: `the directory could not be read (${code ?? boundedText(messageOf(error), 200)}): the lockfiles in it, if any, are not cataloged` });
      return;
    }
    for (const entry of entries) {
      const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (excluded(path, entry.isDirectory())) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(path);
      } else if (entry.isFile()) {
        const parser = parsers.find((candidate) => candidate.matches(entry.name, path));
        const candidate = parser === undefined && sniffers.length > 0 ? mayBeExecutable(entry.name) : undefined;
        if (parser !== undefined) found.push({ path, parser, sniffed: false });
        else if (candidate !== undefined) candidates.push({ path, candidate });
      } else if (!entry.isSymbolicLink() && parsers.some((candidate) => candidate.matches(entry.name, path))) {
        // A pipe, a socket or a device with a lockfile's name is never opened (a pipe would block), but the SBOM says what it did not read.
        unreadable.push({ path, reason: `${entry.isFIFO() ? 'a named pipe' : entry.isSocket() ? 'a socket' : 'a device'} with a lockfile's name, not a regular file: not read, so what it would list is not cataloged` });
      }
    }
  };
  await walk('');
  // Sniffed after the walk: the walk itself never waits on a stat call.
  const paths = candidates.map(({ path }) => join(dir, path));
  const parsersFound = await sniffEach(paths, sniffers, (index) => candidates[index]?.candidate === 'exe' || executable(paths[index] as string));
  candidates.forEach(({ path }, index) => {
    const parser = parsersFound[index];
    if (parser !== undefined) found.push({ path, parser, sniffed: true });
  });
  return { files: found.sort((a, b) => compareText(a.path, b.path)), unreadable: unreadable.sort((a, b) => compareText(a.path, b.path)) };
}

/**
 * Whether the last name of `relativeDir` (below `dir`) stands for bytes that are not UTF-8: Node
 * lists such a name with U+FFFD in their place, a name nothing has, so the directory cannot be
 * opened by it. Its parent is listed again as bytes, only for a name holding U+FFFD (which a
 * UTF-8 name may hold too).
 */
function namedOutsideUtf8(dir: string, relativeDir: string): boolean {
  const slash = relativeDir.lastIndexOf('/');
  const name = relativeDir.slice(slash + 1);
  if (!name.includes('\uFFFD')) return false;
  try {
    return readdirSync(join(dir, relativeDir.slice(0, Math.max(slash, 0))), { encoding: 'buffer' }).some((raw) => !isUtf8(raw) && raw.toString('utf8') === name);
  } catch {
    return false;
  }
}

function directoryError(dir: string, error: unknown): SbomError {
  const code = systemErrorCode(error);
  return new SbomError('SBOM_DIRECTORY_UNREADABLE', `cannot read ${dir}: ${code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'it is not a directory' : messageOf(error)}`, {
    cause: error,
    hint: 'give the project directory to catalog (the one holding package-lock.json, go.mod, Cargo.lock, ...)',
  });
}

/** The scanned directory as given (absolute) and with its symbolic links resolved, to tell where a link leads. */
interface Tree {
  dir: string;
  realDir: string;
}

/** Whether a path is the scanned directory or lies inside it, out of node_modules (`dir` as `path` is: both real, or both as named). */
function staysInside(dir: string, path: string): boolean {
  const inside = pathInside(dir, path, { baseItself: true });
  return inside !== undefined && !inside.split(sep).includes('node_modules');
}

/**
 * The real path of a file or directory of the scanned tree, when it is one: a symbolic link (the
 * file's own, or a directory's on the way) is followed only when it leads to somewhere in the tree,
 * so a link a pull request adds (`extra.txt -> /proc/self/environ`, `Gemfile -> ~/.ssh/...`) never
 * makes the catalog read a file outside it. Undefined when it leads out or does not exist.
 */
function realPathInside(tree: Tree, path: string): string | undefined {
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch {
    return undefined;
  }
  return staysInside(tree.realDir, real) ? real : undefined;
}

/** The absolute path of `name` beside a lockfile; undefined when it leaves the scanned directory or lies in node_modules. */
function siblingPath(dir: string, lockfile: string, name: string): string | undefined {
  const path = resolve(dir, posix.dirname(lockfile), name);
  return staysInside(dir, path) ? path : undefined;
}

/** Reads files next to a lockfile, never outside the scanned directory (by its name, or through a symbolic link). */
function siblingReader(tree: Tree, lockfile: string): (name: string) => Promise<Buffer | undefined> {
  return async (name) => {
    const lexical = siblingPath(tree.dir, lockfile, name);
    const path = lexical === undefined ? undefined : realPathInside(tree, lexical);
    if (path === undefined) return undefined;
    try {
      return readRegularFileSync(path, { maxBytes: INPUT_LIMITS.lockfile, what: 'file' });
    } catch {
      return undefined;
    }
  };
}

/** How many entries of one directory a parser is told about at most: a glob over a huge directory costs bounded memory. */
const MAX_LISTED_ENTRIES = 10_000;

/**
 * Lists the directories (not in node_modules, not symbolic links) of a directory next to a lockfile,
 * or its other entries (files, and links and pipes, which a tool would take for files too), never
 * outside the scanned directory. The other entries of a directory holding more than can be listed
 * are not known: one left out may be the file a parser looks for.
 */
function siblingLister(tree: Tree, lockfile: string, kind: 'directories' | 'files'): (name: string) => Promise<string[] | undefined> {
  return async (name) => {
    const lexical = siblingPath(tree.dir, lockfile, name);
    const path = lexical === undefined ? undefined : realPathInside(tree, lexical);
    if (path === undefined) return undefined;
    try {
      const entries = await readdir(path, { withFileTypes: true });
      const wanted = kind === 'directories' ? entries.filter((entry) => entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) : entries.filter((entry) => !entry.isDirectory());
      if (kind === 'files' && wanted.length > MAX_LISTED_ENTRIES) return undefined;
      return wanted.map((entry) => entry.name).sort(compareText).slice(0, MAX_LISTED_ENTRIES);
    } catch {
      return undefined;
    }
  };
}

interface Parsed {
  path: string;
  parser: string;
  /** Recognised by content (an executable), not by name: never the project's root, and left out when it held nothing. */
  sniffed: boolean;
  /** A release file given as an artifact, not a file of the scanned tree. */
  artifact: boolean;
  result?: ParseResult;
  unknown?: Unknown;
}

/** A file opened for range reads, so a parser of executables reads its headers and build info, not the whole file. */
async function openRandomAccess(path: string): Promise<{ file: RandomAccessFile; close(): Promise<void> }> {
  // Never a pipe or a device put in the file's place since it was sniffed.
  const { handle, size } = await openRegularFile(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' });
  const read = async (offset: number, length: number): Promise<Buffer> => {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(length), 0, length, offset);
    return buffer.subarray(0, bytesRead);
  };
  return { file: { size, read }, close: () => handle.close() };
}

/** Whether a file starts with a UTF-16 byte-order mark (PowerShell's `>` writes one). */
function startsUtf16(content: Buffer): boolean {
  return (content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff);
}

/**
 * A lockfile that is not UTF-8 (bytes of another encoding, UTF-16 as PowerShell 5 writes
 * `pip freeze > requirements.txt`, or corruption): every parser reads text as UTF-8, each byte that
 * is not became U+FFFD in the names, versions and purls it is in, with nothing said. One unknown at
 * the first such line says so, and --strict fails (a UTF-16 file is not parsed at all).
 */
function notUtf8(content: Buffer, path: string): Unknown {
  let line = 1;
  // Line by line up to the first that is not UTF-8: only a file that is not is scanned.
  for (let start = 0; start < content.length; line++) {
    const end = content.indexOf(0x0a, start);
    const stop = end === -1 ? content.length : end;
    if (!isUtf8(content.subarray(start, stop))) break;
    start = stop + 1;
  }
  return startsUtf16(content)
    ? { path, line, reason: 'UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8, which lockfiles are read as: nothing in it was read as what it says; convert it (iconv -f UTF-16 -t UTF-8) and run again' }
    : { path, line, reason: 'holds bytes that are not UTF-8, which lockfiles are read as: they were read as U+FFFD, so names, versions and purls on this line (and any other such) are not the file\'s; regenerate the file, or convert it to UTF-8' };
}

/** The result with one more unknown, counted too when its unknowns are counted past those listed. */
function withUnknown(result: ParseResult, unknown: Unknown): ParseResult {
  return { ...result, unknowns: [...(result.unknowns ?? []), unknown], ...(result.unknownCount === undefined ? {} : { unknownCount: result.unknownCount + 1 }) };
}

/** One file to parse: where it is read from, the path it is reported under, and how it was found. */
interface ParseTarget {
  absolute: string;
  path: string;
  parser: Parser;
  sniffed: boolean;
  artifact: boolean;
}

async function parseOne(tree: Tree, target: ParseTarget, includeDev: boolean, goModuleCache: GoModuleCache | undefined, shared: SharedWork, budget: ParseBudget): Promise<Parsed> {
  const { path, parser, sniffed, artifact } = target;
  const parsed = { path, parser: parser.name, sniffed, artifact };
  const readSibling = artifact ? () => Promise.resolve(undefined) : siblingReader(tree, path);
  const cache: Pick<ParseInput, 'goModuleCache' | 'listSiblingDirectories' | 'listSiblingFiles' | 'shared'> = goModuleCache === undefined ? { shared } : { goModuleCache, shared };
  if (!artifact) {
    cache.listSiblingDirectories = siblingLister(tree, path, 'directories');
    cache.listSiblingFiles = siblingLister(tree, path, 'files');
  }
  try {
    if (sniffed) {
      const opened = await openRandomAccess(target.absolute);
      try {
        return { ...parsed, result: await parser.parse({ path, content: Buffer.alloc(0), file: opened.file, readSibling, includeDev, ...cache }) };
      } finally {
        await opened.close();
      }
    }
    const content = readRegularFileSync(target.absolute, { maxBytes: INPUT_LIMITS.lockfile, what: 'lockfile', shown: path });
    // Taken in the targets' order (each task reads before its first wait, and tasks start in order): the same tree refuses the same files.
    const refused = budget.take(content.length, lineCost(content, parser.costPerLine));
    if (refused !== undefined) return { ...parsed, unknown: { path, reason: refused } };
    // UTF-16 read as UTF-8 is every other byte a NUL: none of it is what it says, and a parser's unknowns about its lines would only bury this one.
    if (startsUtf16(content)) return { ...parsed, unknown: notUtf8(content, path) };
    const result = await parser.parse({ path, content, readSibling, includeDev, ...cache });
    return { ...parsed, result: isUtf8(content) ? result : withUnknown(result, notUtf8(content, path)) };
  } catch (error) {
    if (error instanceof SbomParseError) {
      const unknown: Unknown = { path, reason: reasonOf(error, path) };
      if (error.line !== undefined) unknown.line = error.line;
      return { ...parsed, unknown };
    }
    // A parser bug or an unreadable file must not cost the rest of the SBOM; it is recorded like a parse failure.
    return { ...parsed, unknown: { path, reason: `${parser.name} could not read it: ${boundedText(messageOf(error), 500)}` } };
  }
}

/** The release files a parser recognises by their first bytes, as parse targets named as listed. */
async function artifactTargets(artifacts: readonly { name: string; path: string }[], parsers: readonly Parser[]): Promise<ParseTarget[]> {
  const sniffers = parsers.filter((parser) => parser.sniff !== undefined);
  if (sniffers.length === 0) return [];
  // Named like source, text or an archive (a docs site's thousands of pages, a release's .tar.gz and .sig files): not read.
  const sniffedParsers = await sniffEach(
    artifacts.map(({ path }) => path),
    sniffers,
    (index) => {
      // A release file's name has `/` separators; its last part is the file's own name.
      const name = artifacts[index]?.name ?? '';
      return mayBeExecutable(name.slice(name.lastIndexOf('/') + 1)) !== undefined;
    },
  );
  return artifacts.flatMap(({ name, path }, index) => {
    const parser = sniffedParsers[index];
    return parser === undefined ? [] : [{ absolute: path, path: name, parser, sniffed: true, artifact: true }];
  });
}

/**
 * A package a lockfile names by a local path (`download_url=../lib`, npm's `file:../lib`) that is
 * the directory of another lockfile of the tree, whose root has its ecosystem and name, is that
 * root: a monorepo's library is one package, not its own root and a path copy of it. Each such
 * result is rewritten with the root's purl, its edges too.
 */
function pathCopiesAsRoots(parsed: Parsed[]): void {
  // Keyed by directory and ecosystem: a Cargo.lock and a package-lock.json may share a directory.
  const rootsByDir = new Map<string, Package>();
  for (const entry of parsed) if (entry.result?.root !== undefined && !entry.artifact && !entry.sniffed) rootsByDir.set(`${posix.dirname(entry.path)}\u0000${entry.result.root.ecosystem}`, entry.result.root);
  if (rootsByDir.size < 2) return;
  for (const entry of parsed) {
    const result = entry.result;
    if (result === undefined || entry.artifact || entry.sniffed) continue;
    const aliases = new Map<string, string>();
    for (const pkg of result.packages) {
      // Only purls with a download_url are looked at: the thousands of registry packages are skipped at once.
      const qualifier = pkg.purl.includes('download_url=') ? /[?&]download_url=([^&#]*)/.exec(pkg.purl)?.[1] : undefined;
      if (qualifier === undefined) continue;
      let path: string;
      try {
        path = decodeURIComponent(qualifier).replace(/^(?:file|link|portal):/, '');
      } catch {
        continue;
      }
      // A URL or an absolute path names nothing of the scanned tree.
      if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) || path.startsWith('/')) continue;
      const other = rootsByDir.get(`${posix.normalize(posix.join(posix.dirname(entry.path), path)).replace(/(.)\/$/, '$1')}\u0000${pkg.ecosystem}`);
      if (other !== undefined && other.name === pkg.name && other.purl !== pkg.purl) aliases.set(pkg.purl, other.purl);
    }
    if (aliases.size === 0) continue;
    const alias = (purl: string): string => aliases.get(purl) ?? purl;
    entry.result = {
      ...result,
      packages: result.packages.map((pkg) => (aliases.has(pkg.purl) ? { ...pkg, purl: alias(pkg.purl) } : pkg)),
      relationships: result.relationships.map((relationship) => ({ ...relationship, from: alias(relationship.from), to: alias(relationship.to) })),
    };
    if (result.members !== undefined) entry.result.members = result.members.map(alias);
  }
}

/** Whether a parse found nothing at all: a sniffed executable that is not what its parser reads (a C binary, say). */
function foundNothing(entry: Parsed): boolean {
  return entry.unknown === undefined && entry.result?.root === undefined && entry.result?.packages.length === 0;
}

/** The parse error's message without the `path:line: ` prefix the Unknown already carries. */
function reasonOf(error: SbomParseError, path: string): string {
  const prefix = `${error.path}${error.line === undefined ? '' : `:${error.line}`}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message.replace(`${path}: `, '');
}

function compareLocations(a: Location, b: Location): number {
  return compareText(a.path, b.path) || compareText(a.entry ?? '', b.entry ?? '') || (a.line ?? 0) - (b.line ?? 0);
}

function locationKey(location: Location): string {
  return `${location.path}\u0000${location.entry ?? ''}\u0000${location.line ?? ''}`;
}

/**
 * Copies of one package from several lockfiles: one package with every location, the stronger
 * scope, the first hashes and license. Returns the other copy's hashes that contradict the first's
 * (the same algorithm, another digest), which the SBOM cannot both record.
 */
function merge(into: Package, other: Package): PackageHash[] {
  // One at a time: spread into push's arguments, a copy found in some 150,000 places ran out of stack (RangeError).
  for (const location of other.locations) into.locations.push(location);
  into.scope = strongerScope(into.scope, other.scope);
  const contradicting = contradictingHashes(into.hashes, other.hashes);
  const algorithms = new Set(into.hashes.map((hash) => hash.algorithm));
  for (const hash of other.hashes) if (!algorithms.has(hash.algorithm)) into.hashes.push(hash);
  into.license ??= other.license;
  into.downloadLocation ??= other.downloadLocation;
  into.supplier ??= other.supplier;
  // Gathered unsorted (the clone's own array): the catalog sorts each package's once, after every lockfile; sorting here was quadratic in the lockfiles.
  if (other.properties !== undefined) {
    const properties = (into.properties ??= []);
    for (const property of other.properties) properties.push(property);
  }
  return contradicting;
}

function clonePackage(pkg: Package): Package {
  const clone = { ...pkg, hashes: [...pkg.hashes], locations: [...pkg.locations] };
  if (pkg.properties !== undefined) clone.properties = [...pkg.properties];
  return clone;
}

async function manifestRoot(tree: Tree): Promise<Package | undefined> {
  const path = realPathInside(tree, join(tree.dir, 'package.json'));
  if (path === undefined) return undefined;
  let manifest: unknown;
  try {
    manifest = JSON.parse((await readRegularFile(path, { maxBytes: INPUT_LIMITS.lockfile, what: 'file' })).toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const { name, version, license } = manifest as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') return undefined;
  const versionText = typeof version === 'string' ? version : '';
  let purl: string;
  try {
    purl = npmPurl(name, versionText);
  } catch {
    // A name no package URL can be made of ("@scope/") names no root, as a package.json that is not JSON does not.
    return undefined;
  }
  const root: Package = { purl, ecosystem: 'npm', name, version: versionText, hashes: [], locations: [{ path: 'package.json' }], scope: 'required' };
  if (typeof license === 'string' && license !== '') root.license = license;
  return root;
}

/**
 * The root when no manifest names the project: the directory, by the name of its real path (one
 * directory gets one name, whether reached through a link or not), as a generic package. The purl
 * library loads only here: an npm project's catalog never needs it (see npm-purl.ts).
 */
async function directoryRoot(dir: string): Promise<Package> {
  const name = basename(dir) || 'project';
  const { purlOf } = await import('./purl.js');
  return { purl: purlOf('generic', name, ''), ecosystem: 'generic', name, version: '', hashes: [], locations: [{ path: '.' }], scope: 'required' };
}

/**
 * Finds every lockfile under a directory, runs its parser, and merges the results into one
 * catalog: one package per purl, the root project as the described package, other projects'
 * roots contained by it, dev dependencies dropped unless asked for, and every file that failed to
 * parse recorded as an Unknown (the rest is still cataloged).
 */
export async function catalogDirectory(options: CatalogOptions): Promise<Catalog> {
  const dir = resolve(options.dir);
  // Resolved while the directory is checked: two waits on the thread pool at once, not one after the other.
  const realDir = realpath(dir);
  realDir.catch(() => undefined);
  const info = await stat(dir).catch((error: unknown) => {
    throw directoryError(dir, error);
  });
  if (!info.isDirectory()) throw directoryError(dir, Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }));
  const tree: Tree = { dir, realDir: await realDir };
  const parsers = options.parsers ?? PARSERS;
  const [{ files: lockfiles, unreadable }, artifacts] = await Promise.all([findLockfiles(dir, parsers, options.exclude), artifactTargets(options.artifacts ?? [], parsers)]);
  // A release file inside the scanned tree is read once, as the artifact it is. Its path is resolved only when the tree
  // has executables: 20,000 release files took 10 ms to resolve for nothing.
  const artifactPaths = lockfiles.some((found) => found.sniffed) ? new Set((options.artifacts ?? []).map((artifact) => resolve(artifact.path))) : new Set<string>();
  const inTree = lockfiles.map((found) => ({ ...found, absolute: join(dir, found.path), artifact: false })).filter((target) => !(target.sniffed && artifactPaths.has(target.absolute)));
  const targets = [...inTree, ...artifacts];
  // A few at a time: each lockfile is read whole (up to INPUT_LIMITS.lockfile), so reading them all at once held the whole tree's.
  const results: Parsed[] = [];
  // This run's only: two runs never share what they read.
  const shared = sharedWork(SHARED_WORK_BYTES);
  const budget = new ParseBudget(options.parseBudgetBytes);
  await forEachLimited(
    targets.map((target, index) => ({ target, index })),
    PARSE_CONCURRENCY,
    async ({ target, index }) => {
      results[index] = await parseOne(tree, target, options.includeDev, options.goModuleCache, shared, budget);
    },
  );
  const parsed = withoutConstraintFiles(results.filter((entry) => !(entry.sniffed && foundNothing(entry))));

  pathCopiesAsRoots(parsed);
  const topRoots = parsed.filter((entry) => entry.result?.root !== undefined && !entry.path.includes('/') && !entry.sniffed);
  const root = clonePackage(topRoots[0]?.result?.root ?? (await manifestRoot(tree)) ?? (await directoryRoot(tree.realDir)));
  root.scope = 'required';

  const packages = new Map<string, Package>();
  // A parser's packages are taken as they are and copied only before the catalog changes one (a
  // second copy merged in, an installed supplier, locations to sort): most packages are found
  // once, and a copy of each was garbage on every run. What a parser returned is never changed.
  const copies = new Set<Package>();
  let kept = packages;
  /** The catalog's own copy of the package with this purl, made now unless made before; `kept` holds it too. */
  const own = (purl: string): Package => {
    const current = packages.get(purl) as Package;
    if (copies.has(current)) return current;
    const copy = clonePackage(current);
    copies.add(copy);
    packages.set(purl, copy);
    if (kept !== packages && kept.has(purl)) kept.set(purl, copy);
    return copy;
  };
  const relationships = new RelationshipSet();
  const relate = (relationship: Relationship): void => {
    relationships.add(relationship);
  };
  /** Packages that took properties from another copy: sorted (and repeats dropped) once, below. */
  const merged = new Set<Package>();
  /** Copies of a package locked with another digest than its first copy: unknowns, as the SBOM records one digest. */
  const hashConflicts: Unknown[] = [];
  const add = (pkg: Package): void => {
    if (pkg.purl === root.purl) {
      for (const location of pkg.locations) root.locations.push(location);
      return;
    }
    if (!packages.has(pkg.purl)) packages.set(pkg.purl, pkg);
    else {
      const into = own(pkg.purl);
      const first = into.locations[0];
      const contradicting = merge(into, pkg);
      if (pkg.properties !== undefined) merged.add(into);
      // One package locked with two digests: two artifacts under one name (a tampered mirror, a republished tarball); the SBOM keeps the first.
      const where = pkg.locations[0];
      if (contradicting.length > 0 && where !== undefined) {
        hashConflicts.push({
          path: where.path,
          ...(where.line === undefined ? {} : { line: where.line }),
          reason: `${pkg.purl} is locked here with ${shortHashes(contradicting)}, another digest than ${first === undefined ? 'its first copy' : `in ${first.path}${first.entry === undefined ? '' : ` (${first.entry})`}`}, which the SBOM records: check which copy is the one installed`,
        });
      }
    }
  };
  /** Each lockfile's dependency edges as the set took them: for its summary, which counts each edge once (see {@link summarise}). */
  const lockfileEdges = new Map<Parsed, LockfileEdges>();
  for (const entry of parsed) {
    const result = entry.result;
    if (result === undefined) continue;
    // Indexed: an iterator per package and edge is garbage in code that runs once.
    for (let index = 0; index < result.packages.length; index++) add(result.packages[index] as Package);
    const edges: LockfileEdges = { first: [], again: [] };
    lockfileEdges.set(entry, edges);
    for (let index = 0; index < result.relationships.length; index++) {
      const relationship = result.relationships[index] as Relationship;
      const added = relationships.add(relationship);
      if (relationship.type !== 'depends-on') continue;
      if (added) edges.first.push(relationship);
      else if (relationship.from !== relationship.to) edges.again.push(relationship);
    }
    if (entry.artifact) {
      // A release file's modules are what the root produced, related through the file itself (see `artifacts`), not contained by the root's sources.
      if (result.root !== undefined) add(result.root);
      continue;
    }
    // Another project's root (a nested project, or a second ecosystem beside the first) is a part of this one.
    if (result.root !== undefined && result.root.purl !== root.purl) {
      add(result.root);
      relate({ from: root.purl, to: result.root.purl, type: 'contains' });
    } else if (result.root === undefined) {
      // Without a root in the lockfile, the members it names are the project's own packages, and
      // what the lockfile says the project references (else what nothing else depends on) is what it depends on.
      const members = new Set(result.members);
      for (const member of members) relate({ from: root.purl, to: member, type: 'contains' });
      const targets = new Set(result.relationships.map((relationship) => relationship.to));
      const direct = result.direct ?? result.packages.map((pkg) => pkg.purl).filter((purl) => !targets.has(purl));
      for (const purl of direct) if (!members.has(purl)) relate({ from: root.purl, to: purl, type: 'depends-on' });
    }
  }

  for (const pkg of merged) pkg.properties = sortProperties(pkg.properties ?? []);
  // With dev dependencies wanted, every package is kept: no copy of the map.
  if (!options.includeDev) kept = new Map([...packages].filter(([, pkg]) => pkg.scope !== 'dev'));
  await addInstalledSuppliers(dir, parsed, kept, own);
  const exists = (purl: string): boolean => purl === root.purl || kept.has(purl);

  // Sorted by purl with the engine's native string sort (UTF-16 code unit order, as compareText), not a comparator called per comparison; the map gives each back.
  const purls = [...kept.keys()].sort();
  const sortedPackages: Package[] = [];
  for (let index = 0; index < purls.length; index++) sortedPackages.push(kept.get(purls[index] as string) as Package);
  root.locations = uniqueLocations(root.locations);
  for (let index = 0; index < sortedPackages.length; index++) {
    // One location is already unique and sorted.
    if ((sortedPackages[index] as Package).locations.length < 2) continue;
    const pkg = own((sortedPackages[index] as Package).purl);
    pkg.locations = uniqueLocations(pkg.locations);
    sortedPackages[index] = pkg;
  }
  const sortedRelationships = relationships.sorted(exists);
  // One file's unknown once, though several lockfiles read it (a requirements file that others include).
  const fileUnknowns = [...new Map(parsed.flatMap((entry) => (entry.unknown === undefined ? (entry.result?.unknowns ?? []) : [entry.unknown])).map((unknown) => [`${unknown.path}\u0000${unknown.line ?? ''}\u0000${unknown.reason}`, unknown])).values()];
  // In path order with the files' (a stable sort keeps each file's own order, by line).
  const unknowns = unreadable.length === 0 && hashConflicts.length === 0 ? fileUnknowns : [...unreadable, ...fileUnknowns, ...hashConflicts].sort((a, b) => compareText(a.path, b.path));

  const artifactContents = parsed.flatMap((entry) => {
    if (!entry.artifact || entry.result === undefined) return [];
    const purls = new Set([...(entry.result.root === undefined ? [] : [entry.result.root.purl]), ...entry.result.packages.map((pkg) => pkg.purl)]);
    return [{ name: entry.path, packages: [...purls].filter((purl) => purl !== root.purl && kept.has(purl)).sort(compareText) }];
  });

  return { root, packages: sortedPackages, relationships: sortedRelationships, unknowns, lockfiles: parsed.map((entry) => summarise(entry, lockfileEdges.get(entry), kept, exists)), artifacts: artifactContents };
}

/**
 * The parsed files without the requirements files another names with `-c` that only their directory
 * made look like requirements (`requirements/pins.txt`): pip reads those as constraints, which ask for
 * nothing, so they are read where `-c` names them, not on their own. A file whose name says
 * requirements stays a requirements file of its own, though another uses it as constraints.
 */
export function withoutConstraintFiles<T extends { path: string; parser: string; result?: ParseResult }>(parsed: readonly T[]): T[] {
  const constraintFiles = new Set(parsed.flatMap((entry) => entry.result?.constraintFiles ?? []));
  return parsed.filter((entry) => !(entry.parser === REQUIREMENTS_TXT.name && constraintFiles.has(entry.path) && !namedAsRequirements(posix.basename(entry.path))));
}

/** The directory of a lockfile (relative to the scanned one, `/` separators) as the prefix of its `node_modules` beside it: '' at the top. */
function nodeModulesPrefix(lockfile: string): string {
  const lockfileDir = posix.dirname(lockfile);
  return lockfileDir === '.' ? '' : `${lockfileDir}/`;
}

/**
 * Suppliers of npm packages from the `author` their installed copies declare: for each JavaScript
 * lockfile, the `node_modules` folder beside it (and those of its workspace members, for npm) is
 * read, and a registry package without a supplier takes the author of an installed copy with its
 * name and version. Packages from git, tarball URLs or local folders are left alone: a copy of the
 * same name and version is no proof of where theirs came from. `own` gives the catalog's copy of a
 * package to change.
 */
async function addInstalledSuppliers(dir: string, parsed: readonly Parsed[], kept: ReadonlyMap<string, Package>, own: (purl: string) => Package): Promise<void> {
  for (const entry of parsed) {
    const prefix = nodeModulesPrefix(entry.path);
    // Nothing installed beside the lockfile (nor, then, in its workspace members): nothing to read.
    if (entry.result?.packages.some((pkg) => pkg.ecosystem === 'npm') !== true || !isRealDirectory(join(dir, `${prefix}node_modules`))) continue;
    const byKey = new Map<string, Package[]>();
    const nodeModules = new Set([`${prefix}node_modules`]);
    for (const { purl } of entry.result.packages) {
      const pkg = kept.get(purl);
      if (pkg === undefined || pkg.ecosystem !== 'npm' || pkg.supplier !== undefined || pkg.version === '' || purl.includes('?')) continue;
      const key = `${pkg.name}@${pkg.version}`;
      const same = byKey.get(key);
      if (same === undefined) byKey.set(key, [pkg]);
      else same.push(pkg);
      for (const location of pkg.locations) {
        // npm installs a workspace member's own copies under the member: `packages/a/node_modules/x`.
        const at = location.path === entry.path && location.entry !== undefined ? location.entry.indexOf('/node_modules/') : -1;
        if (at > 0 && !location.entry?.startsWith('node_modules/')) nodeModules.add(`${prefix}${location.entry?.slice(0, at) ?? ''}/node_modules`);
      }
    }
    if (byKey.size === 0) continue;
    const suppliers = await installedSuppliers(dir, [...nodeModules].sort(compareText), new Set(byKey.keys()));
    for (const [key, { supplier, property }] of suppliers) {
      for (const { purl } of byKey.get(key) ?? []) {
        const pkg = own(purl);
        pkg.supplier = supplier;
        pkg.properties = sortProperties([...(pkg.properties ?? []), property]);
      }
    }
  }
}

function uniqueLocations(locations: readonly Location[]): Location[] {
  if (locations.length === 1) return [locations[0] as Location];
  const byKey = new Map<string, Location>();
  for (const location of locations) byKey.set(locationKey(location), location);
  return [...byKey.values()].sort(compareLocations);
}

/** Relationships without repeats, keyed by type, then ends (no key strings built: catalogs have tens of thousands). */
class RelationshipSet {
  private readonly index = new RelationshipIndex();

  /** Adds the relationship unless it is a self-edge or already present; says whether it was added. */
  add(relationship: Relationship): boolean {
    if (relationship.from === relationship.to) return false;
    const byTo = this.index.targets(relationship.type, relationship.from);
    if (byTo.has(relationship.to)) return false;
    byTo.set(relationship.to, relationship);
    return true;
  }

  /**
   * The relationships whose two ends `exists` accepts, sorted by type, then `from`, then `to`
   * (UTF-16 code unit order, as {@link compareText}): each level's keys sorted on their own, so no
   * key joining the three is built for each of tens of thousands of edges. An end is asked about
   * once per `from`, and a single `to` needs no list to sort (most packages depend on few others).
   */
  sorted(exists: (purl: string) => boolean): Relationship[] {
    const sorted: Relationship[] = [];
    const { byType } = this.index;
    for (const type of [...byType.keys()].sort()) {
      const byFrom = byType.get(type) as Map<string, Map<string, Relationship>>;
      const froms = [...byFrom.keys()].sort();
      // Indexed, and a single edge taken as it is: an iterator per package is garbage in code that runs once.
      for (let fromIndex = 0; fromIndex < froms.length; fromIndex++) {
        const from = froms[fromIndex] as string;
        if (!exists(from)) continue;
        const byTo = byFrom.get(from) as Map<string, Relationship>;
        if (byTo.size === 1) {
          for (const relationship of byTo.values()) if (exists(relationship.to)) sorted.push(relationship);
          continue;
        }
        const tos = [...byTo.keys()].sort();
        for (let toIndex = 0; toIndex < tos.length; toIndex++) {
          const to = tos[toIndex] as string;
          if (exists(to)) sorted.push(byTo.get(to) as Relationship);
        }
      }
    }
    return sorted;
  }
}

/**
 * A lockfile's dependency edges (no self-edges): `first`, those the catalog's set took from it
 * first, each once; `again`, those it already held, from an earlier lockfile or from this one.
 */
interface LockfileEdges {
  first: Relationship[];
  again: Relationship[];
}

/** A lockfile's counts; an edge counts once, when it is no self-edge and the catalog kept both its ends. */
function summarise(entry: Parsed, edges: LockfileEdges | undefined, kept: ReadonlyMap<string, Package>, exists: (purl: string) => boolean): LockfileSummary {
  let packages = 0;
  let licensed = 0;
  let hashed = 0;
  let edgeCount = 0;
  const result = entry.result;
  if (result !== undefined) {
    // Indexed: this runs once, over thousands.
    const counted = new Set<string>();
    for (let index = 0; index < result.packages.length; index++) {
      const { purl } = result.packages[index] as Package;
      const merged = kept.get(purl);
      if (merged === undefined || counted.has(purl)) continue;
      counted.add(purl);
      packages++;
      if (merged.license !== undefined) licensed++;
      if (merged.hashes.length > 0) hashed++;
    }
  }
  if (edges !== undefined) {
    // The edges the set took first are distinct: only those it held already (rare: a lockfile
    // listing an edge twice, or one another lockfile listed too) are told apart from the rest.
    const countedEdges = edges.again.length === 0 ? undefined : new Set<string>();
    for (let index = 0; index < edges.first.length; index++) {
      const { from, to } = edges.first[index] as Relationship;
      if (!exists(from) || !exists(to)) continue;
      edgeCount++;
      countedEdges?.add(`${from}\u0000${to}`);
    }
    for (let index = 0; index < edges.again.length; index++) {
      const { from, to } = edges.again[index] as Relationship;
      const key = `${from}\u0000${to}`;
      if (!exists(from) || !exists(to) || countedEdges?.has(key) === true) continue;
      edgeCount++;
      countedEdges?.add(key);
    }
  }
  return { path: entry.path, parser: entry.parser, packages, edges: edgeCount, licensed, hashed, unknowns: entry.unknown === undefined ? 0 : 1, unresolved: result?.unknownCount ?? result?.unknowns?.length ?? 0 };
}
