import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import type { Dirent, Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileSystemAdapter } from 'tinyglobby';
import { isTrustKitError, systemErrorCode } from '../core/errors.js';
import { trustKitDirectoryKind, trustKitFileKind } from '../core/files.js';
import { isPathWithin, pathInside } from '../core/paths.js';
import { typeName } from '../core/quote.js';
import { CHANGED_HINT, checkOptionsArgument, ChecksumsError, shownPath } from './errors.js';

/** A file to hash: where it is on disk and the name it gets in the checksums file. */
export interface ArtifactFile {
  /** Absolute path of the file (a symlink's own path when the subject was a link). */
  path: string;
  /** Path relative to the base directory, with `/` separators: the name users see and verify. */
  name: string;
  /**
   * For a file listed under a symbolic link's name, the real path of the file it leads to, checked
   * to lie in the base when listed: what is read. Every path is read without following a link in
   * its last part, so a file swapped for a link after it was listed is refused, not read through it.
   */
  target?: string;
}

/** What a path names: a regular file, a directory, a symbolic link, or anything else (ignored). */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

/** One entry of a directory listing; `unknown` when the file system does not say, so the walk asks. */
export interface DirectoryEntry {
  name: string;
  kind: EntryKind | 'unknown';
}

/** The file-system calls the walk makes: Node's by default, a synthetic tree in tests. */
export interface WalkFileSystem {
  /** The entries of a directory, without `.` and `..`. */
  list(path: string): Promise<DirectoryEntry[]>;
  /** What the path itself is, a link being `symlink` (lstat). */
  kindOf(path: string): Promise<EntryKind>;
  /** What the path is once links are followed (stat). */
  targetKindOf(path: string): Promise<EntryKind>;
  /** The canonical path, links resolved, spelled as the file system stores it (its case on macOS and Windows). */
  realpath(path: string): Promise<string>;
}

/** An entry the walk found in a directory, offered to {@link CollectOptions.skip}. */
export interface WalkEntry {
  /** Absolute path of the entry. */
  path: string;
  /** The entry's own name in its directory. */
  name: string;
  /** Whether it is a directory (or a link to one): skipping it skips everything below it. */
  directory: boolean;
  /** Its real path (for a link, its target's), known without a call of its own: a directory seen under two names is recognised under either. */
  real: string;
}

/** A file trust-kit itself writes beside the files it puts in place, found in a walked directory and not listed (see {@link CollectOptions.leftover}). */
export interface LeftoverFile {
  /** Absolute path of the file. */
  path: string;
  /** What trust-kit writes under its name: a directory's commit lock, an unfinished write's temporary file, a killed release's directories, or the bundle (`<output>.sigstore.json`) of a checksums file a run replaced, which it removed. */
  kind: 'commit lock' | 'temporary file' | 'staging directory' | 'replaced output directory' | 'kept output directory' | 'signature of the replaced output';
}

/** Options of {@link collectArtifacts}. */
export interface CollectOptions {
  /** The directory relative paths and globs are resolved against. */
  cwd: string;
  /** The directory names are made relative to; nothing outside it may be named. */
  base: string;
  /** Files never to include, such as the checksums file being written. */
  exclude?: readonly string[];
  /** Entries found while walking a directory, and what a glob matched, that are left out, such as an output directory. */
  skip?: (entry: WalkEntry) => boolean;
  /** Told of each file a subject found that `exclude` left out (the checksums file being written, when it exists already). */
  onExcluded?: (path: string) => void;
  /**
   * Told of a subject whose every match `skip` left out (a glob matching only files in an output
   * directory, a directory holding only it), which is then no error of its own: the caller says
   * why, or throws. Without it, such a subject is CHECKSUMS_NO_MATCH.
   */
  onlySkipped?: (subject: string) => void;
  /**
   * Told once of each file found in a walked directory (or matched by a glob) that is trust-kit's
   * own commit lock or an unfinished write's temporary file (`.trust-kit-commit.lock`,
   * `.NAME.XXXXXXXXXXXX.PID.PLACE.tmp`): a run killed by SIGKILL leaves them, and they are never
   * listed, so that an earlier run's file is not signed into this one's checksums. A subject that
   * names one itself is listed. See {@link leftoverNotice} for what to tell the user.
   */
  leftover?: (file: LeftoverFile) => void;
  /** The file system to walk; Node's by default. */
  fileSystem?: WalkFileSystem;
  /**
   * Told after each directory listing, before its entries are looked at, how many files may have
   * been found so far (those found before and every entry of the listing), e.g. to start hashing
   * threads as soon as there may be many.
   */
  progress?: (filesFound: number) => void;
  /**
   * The platform whose path syntax subjects are written in (`process.platform` by default): on
   * Windows a backslash is a separator, so a glob written with them (`dist\*.zip`) is read with
   * slashes, as tinyglobby needs; elsewhere it is part of a name, or escapes a glob character.
   */
  platform?: NodeJS.Platform;
}

/**
 * Entries never listed when a directory is walked (cli helper's exclusion hook): version control is
 * not a release artifact. A subject naming one itself (`trust-kit checksums .git`) is still hashed.
 */
export const WALK_SKIPPED_NAMES: ReadonlySet<string> = new Set(['.git']);

/** What to tell the user of a file {@link CollectOptions.leftover} was told of: that it was not listed, and why they may remove it. */
export function leftoverNotice(file: LeftoverFile): string {
  checkOptionsArgument("leftoverNotice's file", file, { path: 'string', kind: 'string' }, ['path', 'kind']);
  if (file.kind === 'signature of the replaced output') {
    return `removed ${shownPath(file.path)}: it signed the checksums file this run replaced, and would have stood beside the new one, signing other contents; sign the new one again (trust-kit sign-blob)`;
  }
  if (file.kind === 'kept output directory') {
    return `left ${shownPath(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside, kept since its output directory was made again; look at it and remove it`;
  }
  if (file.kind === 'replaced output directory') {
    return `left ${shownPath(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside; the next release into that output directory puts it back (or remove it if it is not wanted)`;
  }
  return `left ${shownPath(file.path)} out of the artifacts: it is trust-kit's own ${file.kind}, which a trust-kit run killed while writing in its directory leaves behind; remove it unless a trust-kit is writing there now`;
}

/**
 * Characters without one of which no subject is a glob (picomatch, which decides, needs one):
 * tinyglobby, and the modules it loads, are loaded only for a subject that has one, never for
 * `checksums DIR`, whose start-up is part of its time.
 */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;

/** Whether `subject` may be a glob; one that is not names a path that must exist (see {@link MAYBE_GLOB}). */
export function mayBeGlob(subject: string): boolean {
  return MAYBE_GLOB.test(subject);
}

/** Whether `subject` is a glob, as tinyglobby decides (loaded only when it may be one). */
async function isGlob(subject: string): Promise<boolean> {
  return mayBeGlob(subject) && (await import('tinyglobby')).isDynamicPattern(subject);
}

/**
 * Directory listings and link lookups in flight at once: enough to keep the thread pool busy on
 * deep trees, few enough that a million-file tree never has a million calls pending.
 */
const WALK_CONCURRENCY = 16;

function kindOfStats(info: Stats | Dirent): EntryKind {
  if (info.isFile()) return 'file';
  if (info.isDirectory()) return 'directory';
  if (info.isSymbolicLink()) return 'symlink';
  return 'other';
}

function kindOfDirent(entry: Dirent): EntryKind | 'unknown' {
  const kind = kindOfStats(entry);
  // A file system that does not report types (DT_UNKNOWN) gives a dirent that is none of these.
  return kind === 'other' && !entry.isFIFO() && !entry.isSocket() && !entry.isCharacterDevice() && !entry.isBlockDevice() ? 'unknown' : kind;
}

/**
 * Refuses a directory holding a name whose bytes are not UTF-8 (Linux allows any but `/` and NUL):
 * Node hands it over with U+FFFD in place of the bytes, a name no file has, which a checksums
 * file would list and nobody could check.
 */
async function refuseNonUtf8Names(directory: string): Promise<void> {
  const raw = (await readdir(directory, { encoding: 'buffer' })).find((name) => !isUtf8(name));
  if (raw === undefined) return;
  throw new ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${shownPath(join(directory, raw.toString()))} has a name that is not valid UTF-8 (bytes ${raw.toString('hex')})`, {
    hint: 'rename the file in UTF-8: a checksums file names its artifacts as text',
  });
}

/** Node's file system, as the walk uses it. */
export const nodeFileSystem: WalkFileSystem = {
  list: async (path) => {
    const entries = await readdir(path, { withFileTypes: true });
    // One pass over what may be tens of thousands of entries, as over every other listing of the walk.
    const listed = new Array<DirectoryEntry>(entries.length);
    let replaced = false;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index] as Dirent;
      if (entry.name.includes('\uFFFD')) replaced = true;
      listed[index] = { name: entry.name, kind: kindOfDirent(entry) };
    }
    // Only a name with U+FFFD can stand for bytes that are not UTF-8: read again as bytes to tell.
    if (replaced) await refuseNonUtf8Names(path);
    return listed;
  },
  kindOf: async (path) => kindOfStats(await lstat(path)),
  targetKindOf: async (path) => kindOfStats(await stat(path)),
  // fs/promises' realpath is the native one (realpath(3), GetFinalPathNameByHandle): on macOS and Windows it spells
  // the path as the disk does, which asSpelledOnDisk relies on; fs.realpath's JavaScript one keeps the caller's case.
  realpath: (path) => realpath(path),
};

/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless the subjects are an array of strings and the
 * options name `cwd` and `base`: from plain JavaScript, a string was walked letter by letter (the
 * subject '*' listed every file under the working directory) and missing options failed deep
 * inside with a TypeError.
 */
function checkCollectArguments(subjects: unknown, options: unknown): void {
  let problem: string | undefined;
  if (!Array.isArray(subjects)) problem = `subjects is ${typeName(subjects)}, not an array of paths, directories and globs`;
  else if (subjects.some((subject) => typeof subject !== 'string')) problem = `subjects holds ${typeName(subjects.find((subject) => typeof subject !== 'string'))}, not only strings`;
  else if (typeof options !== 'object' || options === null) problem = `the options are ${typeName(options)}, not an object with cwd and base`;
  else {
    const { cwd, base, exclude, skip, onExcluded, onlySkipped, leftover, progress } = options as Record<string, unknown>;
    if (typeof cwd !== 'string' || typeof base !== 'string') problem = `the options' cwd and base are ${typeName(cwd)} and ${typeName(base)}, not strings`;
    else if (exclude !== undefined && !(Array.isArray(exclude) && exclude.every((path) => typeof path === 'string'))) problem = `the options' exclude is ${typeName(exclude)}, not an array of paths`;
    else {
      const notFunction = Object.entries({ skip, onExcluded, onlySkipped, leftover, progress }).find(([, value]) => value !== undefined && typeof value !== 'function');
      if (notFunction !== undefined) problem = `the options' ${notFunction[0]} is ${typeName(notFunction[1])}, not a function`;
    }
  }
  if (problem !== undefined) {
    throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', problem, { hint: 'pass the subjects as an array of strings (["dist"]) and options { cwd, base } (see the types in trust-kit)' });
  }
}

/**
 * Expands subjects (files, directories recursed, globs) into the sorted list of files to hash,
 * rejecting anything that would make a checksums file ambiguous or point outside the base.
 * Time is linear in the entries walked (plus the final sort) and memory holds the listed names.
 */
export async function collectArtifacts(subjects: readonly string[], options: CollectOptions): Promise<ArtifactFile[]> {
  const found = await findArtifacts(subjects, options);
  return listingOrder(found).map((index) => found[index] as ArtifactFile);
}

/**
 * The files {@link collectArtifacts} lists, in the order the walk found them and with a file
 * named twice (by two subjects) found twice: to start hashing before they are sorted, with
 * {@link listingOrder} made meanwhile.
 */
export async function findArtifacts(subjects: readonly string[], options: CollectOptions): Promise<ArtifactFile[]> {
  checkCollectArguments(subjects, options);
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  const given = resolve(options.cwd, options.base);
  const baseReal = await baseDirectory(fileSystem, given, options.base);
  const base = sameButForCase(given, baseReal) ? baseReal : given;
  const excluded = new Set((options.exclude ?? []).map((path) => resolve(options.cwd, path)));
  const isExcluded = await exclusion(excluded);
  let kept: ArtifactFile[] = [];
  // A directory walked for two subjects, or a glob's match in one walked too, is told of once.
  const toldOf = new Set<string>();
  const leftover =
    options.leftover === undefined
      ? undefined
      : (file: LeftoverFile): void => {
          if (toldOf.has(file.path)) return;
          toldOf.add(file.path);
          options.leftover?.(file);
        };

  const windows = (options.platform ?? process.platform) === 'win32';
  // The real paths of the subjects' directories, for every subject's walk: thousands of files named one by one share a few.
  const realDirectories: RealDirectories = new Map();
  for (const subject of subjects) {
    const pattern = windows ? subject.replaceAll('\\', '/') : subject;
    const globbed = await isGlob(pattern);
    try {
      const paths = globbed ? await expandGlob(pattern, options.cwd) : [resolve(options.cwd, subject)];
      const walk = new Walk(fileSystem, base, baseReal, realDirectories, options.skip, leftover, options.progress === undefined ? undefined : (found) => options.progress?.(kept.length + found));
      for (const path of paths) {
        // What a glob matched is offered to skip, as what a walk finds is: a subject named itself never is.
        const offer = globbed && options.skip !== undefined ? { real: await fileSystem.realpath(path).catch(() => path) } : undefined;
        await walk.root(path, globbed ? path : subject, offer, !globbed).catch(async (error: unknown) => {
          // Every artifact lies outside a base that is a file: say that of the base, checked only now so that a walk costs no call more.
          if (error instanceof ChecksumsError && error.code === 'CHECKSUMS_OUTSIDE_BASE' && (await fileSystem.targetKindOf(baseReal)) !== 'directory') {
            throw new ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `the base directory ${shownPath(options.base)} is not a directory`, { hint: BASE_HINT });
          }
          throw error;
        });
      }
      const before = kept.length;
      let excludedHere = 0;
      if (excluded.size === 0 && before === 0) kept = walk.files;
      else {
        for (const file of walk.files) {
          const out = excluded.size === 0 ? false : isExcluded(file.path);
          if (out === false || (out !== true && !(await out))) kept.push(file);
          else {
            excludedHere++;
            options.onExcluded?.(file.path);
          }
        }
      }
      // A subject whose every match was skipped names only what the caller leaves out on purpose; it reports that itself.
      if (kept.length === before && walk.skippedCount > 0 && options.onlySkipped !== undefined) options.onlySkipped(subject);
      else if (kept.length === before) {
        if (excludedHere > 0) {
          throw new ChecksumsError('CHECKSUMS_NO_MATCH', `${shownPath(subject)} matches only the file being written (the output), which is never listed in itself`, {
            hint: 'write the checksums file to another path, or name the files to list',
          });
        }
        throw new ChecksumsError('CHECKSUMS_NO_MATCH', `${shownPath(subject)} matches no file`, {
          hint: 'check the path or glob; globs are relative to the working directory, directories are searched recursively',
        });
      }
    } catch (error) {
      throw await foundUnderBase(error, { subject, pattern, globbed, cwd: options.cwd, base, shownBase: options.base, fileSystem });
    }
  }
  return kept;
}

/**
 * A subject that is not found from the working directory but is there under the base: its user took
 * the base for where paths start. The error keeps its code and message, and its hint names the
 * path to give instead. One more look, on the failure path only.
 */
async function foundUnderBase(error: unknown, at: { subject: string; pattern: string; globbed: boolean; cwd: string; base: string; shownBase: string; fileSystem: WalkFileSystem }): Promise<unknown> {
  if (!(error instanceof ChecksumsError) || !(error.code === 'CHECKSUMS_NO_MATCH' || (error.code === 'CHECKSUMS_PATH_NOT_FOUND' && error.message === `${shownPath(at.subject)} does not exist`))) return error;
  if (isAbsolute(at.subject) || resolve(at.cwd) === at.base) return error;
  const there = at.globbed ? (await expandGlob(at.pattern, at.base)).length > 0 : await at.fileSystem.targetKindOf(resolve(at.base, at.subject)).then(() => true, () => false);
  if (!there) return error;
  const instead = relative(at.cwd, join(at.base, at.pattern)).split(sep).join('/');
  return new ChecksumsError(error.code, error.message, { cause: error, hint: `paths are relative to the working directory, not to the base directory ${shownPath(at.shownBase)}, which only shapes the names listed: give ${shownPath(instead)}` });
}

/** A file name as a case- and normalisation-insensitive file system (macOS, Windows) may match it. */
const foldedName = (path: string): string => basename(path).normalize('NFC').toLowerCase();

/** A file's identity (device and inode, as bigints: Windows' file indexes pass 2^53), or undefined when it cannot be read. */
async function identityOf(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether a found file is one of the excluded ones (the checksums file being written): by path, or,
 * for a file of the same name but for case or Unicode form, by identity, since an excluded file
 * named another way (through a link, `Out` for `out` on macOS and Windows) is still that file and a
 * re-run must not list the last run's checksums file. Only such namesakes cost a call.
 */
async function exclusion(excluded: ReadonlySet<string>): Promise<(path: string) => boolean | Promise<boolean>> {
  const identities = new Set<string>();
  for (const path of excluded) {
    const identity = await identityOf(path);
    if (identity !== undefined) identities.add(identity);
  }
  const names = new Set([...excluded].map(foldedName));
  // Answered at once for all but namesakes: a walk of many files pays no promise per file.
  return (path) => {
    if (excluded.has(path)) return true;
    if (identities.size === 0 || !names.has(foldedName(path))) return false;
    return identityOf(path).then((identity) => identity !== undefined && identities.has(identity));
  };
}

/**
 * The order in which found files are listed: their indexes sorted by name, with each name once. A
 * file found twice (two subjects or globs naming it) is listed once, two files under one name are
 * an error. Neighbours in the sorted list are compared, so no table of every name is built (20,000
 * names cost a tenth of a small-file run).
 */
export function listingOrder(found: readonly ArtifactFile[]): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < found.length; index++) indexes.push(index);
  // Node lists a directory sorted by bytes, so the walk of one finds its files in order, each once: one pass tells so.
  if (inOrderOnce(found)) return indexes;
  const fileAt = (index: number): ArtifactFile => found[index] as ArtifactFile;
  const unique: number[] = [];
  let previous: ArtifactFile | undefined;
  for (const index of sortByName(indexes, (at) => fileAt(at).name)) {
    const file = fileAt(index);
    if (previous !== undefined && previous.name === file.name) {
      if (previous.path === file.path) continue;
      throw new ChecksumsError('CHECKSUMS_DUPLICATE_NAME', `${shownPath(file.path)} and ${shownPath(previous.path)} would both be listed as ${shownPath(file.name)}`, {
        hint: 'list each artifact once, or give them distinct paths under the base directory',
      });
    }
    unique.push(index);
    previous = file;
  }
  return unique;
}

/** Whether the files' names are in UTF-8 byte order, none twice. */
function inOrderOnce(found: readonly ArtifactFile[]): boolean {
  let previous: string | undefined;
  for (let index = 0; index < found.length; index++) {
    const { name } = found[index] as ArtifactFile;
    if ((previous !== undefined && name <= previous) || UTF16_ORDER_DIFFERS.test(name)) return false;
    previous = name;
  }
  return true;
}

/** Orders names by their UTF-8 bytes, as `LC_ALL=C sort` does, so the order never depends on a locale. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Code units from which UTF-16 order (JavaScript's) and UTF-8 byte order can disagree: surrogates
 * (characters beyond U+FFFF) sort below U+E000..U+FFFF in UTF-16 and above them in UTF-8.
 */
const UTF16_ORDER_DIFFERS = /[\ud800-\uffff]/;

const compareCodeUnits = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const compareKeys = (a: { key: Buffer }, b: { key: Buffer }): number => Buffer.compare(a.key, b.key);

/**
 * Sorts items by a name in UTF-8 byte order. Names without a character from U+D800 on (nearly all
 * file names) sort as JavaScript strings, which is the same order, and items already in that order
 * (the checksums of a sorted list of files) are only copied; otherwise each name is encoded once,
 * rather than per comparison.
 */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  let previous = '';
  let ordered = true;
  let plain = true;
  for (const item of items) {
    const name = nameOf(item);
    if (UTF16_ORDER_DIFFERS.test(name)) {
      plain = false;
      break;
    }
    if (name < previous) ordered = false;
    previous = name;
  }
  if (plain && ordered) return items.slice();
  const named = items.map((item) => ({ item, name: nameOf(item) }));
  if (plain) return named.sort(compareCodeUnits).map(({ item }) => item);
  return named
    .map(({ item, name }) => ({ item, key: Buffer.from(name, 'utf8') }))
    .sort(compareKeys)
    .map(({ item }) => item);
}

/**
 * What a glob never matches, whatever its depth: the entries a walk skips ({@link WALK_SKIPPED_NAMES}),
 * unless the pattern names one in a segment of its own (`.git/config`). `*` or `**` over a checkout
 * would otherwise list `.git/config`, where actions/checkout keeps the job's token, and a release
 * would upload it as an asset.
 */
function globIgnored(pattern: string): string[] {
  const segments = new Set(pattern.split('/'));
  return [...WALK_SKIPPED_NAMES].filter((name) => !segments.has(name));
}

/** A directory entry as tinyglobby's walker (fdir) reads it. */
type WalkedEntry = Pick<Dirent, 'name' | 'isFile' | 'isDirectory' | 'isSymbolicLink'>;

/**
 * The file system tinyglobby walks, with each symbolic link to anything but a directory shown as
 * a file: tinyglobby follows every link or leaves every one out, and left out, a link to an
 * artifact that a walk of its directory lists was dropped from a glob's matches without a word.
 * Links to directories stay links, never walked into (a loop, or a tree outside the base). The
 * link's own path is what matches; the collector then checks where it leads, as for a path named.
 */
const linksToFilesAsFiles = {
  readdir(path: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: WalkedEntry[]) => void): void {
    readdir(path, options).then(
      async (entries) => {
        const links = entries.filter((entry) => entry.isSymbolicLink());
        if (links.length === 0) return entries;
        // A link whose target cannot be looked at (gone, a loop) is a file too: the collector says what is wrong with it.
        const toDirectory = await Promise.all(links.map((link) => stat(join(path, link.name)).then((info) => info.isDirectory(), () => false)));
        const asFiles = new Set(links.filter((_, index) => toDirectory[index] !== true));
        return entries.map((entry): WalkedEntry => (asFiles.has(entry) ? { name: entry.name, isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false } : entry));
      },
    ).then(
      (entries) => callback(null, entries),
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  },
};

/** A glob segment without a character a glob gives a meaning to (a wildcard, a class, braces, an extglob, an escape): a name. */
const LITERAL_SEGMENT = /^[^*?[\]{}()!\\]*$/;

/**
 * A glob split before its first segment that is not a name: the directory the names before it lead
 * to, and the rest. tinyglobby walks a pattern that climbs (`../**`), starts at the root or goes
 * through `./..` from the two paths' common ancestor: it then left the working directory's own
 * files out of the matches (tinyglobby#128), and never followed a link in the fixed part (macOS's
 * `/tmp`, `$TMPDIR`), which matched nothing. Walked from the directory, a link there is followed
 * by the system, as in a path.
 */
function splitGlob(pattern: string, cwd: string): { directory: string; rest: string } {
  const segments = pattern.split('/');
  let fixed = 0;
  while (fixed < segments.length - 1 && LITERAL_SEGMENT.test(segments[fixed] as string)) fixed += 1;
  if (fixed === 0) return { directory: cwd, rest: pattern };
  // A pattern from the root keeps its leading '/' (segment '' first).
  return { directory: resolve(cwd, segments.slice(0, fixed).join('/') || '/'), rest: segments.slice(fixed).join('/') };
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const ignored = globIgnored(pattern);
  const { directory, rest } = splitGlob(pattern, cwd);
  // tinyglobby's ignore spares the walk into them, but holds only below its cwd: a match of `../x/**` is checked here.
  const options = { cwd: directory, absolute: true, onlyFiles: false, dot: true, followSymbolicLinks: false, expandDirectories: false, ignore: ignored.flatMap((name) => [`**/${name}`, `**/${name}/**`]), fs: linksToFilesAsFiles as unknown as FileSystemAdapter };
  const matches = (await glob(rest, options)).map((match) => resolve(match)).filter((path) => !relative(cwd, path).split(sep).some((segment) => ignored.includes(segment)));
  return sortByName(matches, (path) => path);
}

/**
 * Whether two paths are one on a case- and normalisation-insensitive file system (macOS's and
 * Windows' default) but spelled differently: `Dist` typed for `dist`. A real path that differs
 * otherwise (a link resolved, `/tmp` for `/private/tmp`) is not a spelling.
 */
function sameButForCase(typed: string, real: string): boolean {
  return typed !== real && typed.normalize('NFC').toLowerCase() === real.normalize('NFC').toLowerCase();
}

function outsideBase(path: string, base: string): ChecksumsError {
  return new ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${shownPath(path)} is outside the base directory ${shownPath(base)}`, {
    hint: 'set --base (input "base") to a directory that contains every artifact',
  });
}

/** The name of a path relative to the base, `''` for the base itself, or undefined when it is outside. */
function relativeName(base: string, path: string): string | undefined {
  const name = pathInside(base, path, { baseItself: true });
  return name === undefined || sep === '/' ? name : name.split(sep).join('/');
}

function checkedName(path: string, name: string | undefined, base: string): string {
  if (name === undefined || name === '') throw outsideBase(path, base);
  if (/[\n\r]/.test(name)) {
    throw new ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${shownPath(path)} has a line break in its name, which a checksums file cannot hold unambiguously`, {
      hint: 'rename the file without line breaks',
    });
  }
  // sha256sum -c reads a listed '-' from its standard input, not from the file: it would fail (or pass on what is piped in).
  if (name === '-') {
    throw new ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${shownPath(path)} is named -, which sha256sum -c reads as its standard input, not as this file`, {
      hint: 'rename the file, or set --base (input "base") so that its name has a directory in front',
    });
  }
  return name;
}

async function realpathOrThrow(fileSystem: WalkFileSystem, path: string, shown: string): Promise<string> {
  try {
    return await fileSystem.realpath(path);
  } catch (error) {
    throw notFound(shown, error);
  }
}

const BASE_HINT = 'set --base (input "base") to the directory the artifacts are named relative to';

/** The canonical path of the base directory; a missing one is named as the base, not as a missing artifact. */
async function baseDirectory(fileSystem: WalkFileSystem, path: string, shown: string): Promise<string> {
  try {
    return await fileSystem.realpath(path);
  } catch (error) {
    if (systemErrorCode(error) !== 'ENOENT') throw notFound(shown, error);
    throw new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `the base directory ${shownPath(shown)} does not exist`, { cause: error, hint: BASE_HINT });
  }
}

/** A subject that names a named pipe, a socket or a device: nothing a checksums file can list (a walk leaves such entries out). */
function notRegular(subject: string): ChecksumsError {
  return new ChecksumsError('CHECKSUMS_READ_FAILED', `${shownPath(subject)} is not a regular file (a named pipe, a socket or a device)`, {
    hint: 'name the release files themselves: an artifact is a regular file, or a directory of them',
  });
}

/** The error for a path that could not be looked at; `listed` when the walk found it in its directory's listing (it is not the user's typo then). */
function notFound(subject: string, error: unknown, listed = false): ChecksumsError {
  if (listed && systemErrorCode(error) === 'ENOENT') {
    return new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${shownPath(subject)} was listed in its directory, then was gone`, { cause: error, hint: CHANGED_HINT });
  }
  if (systemErrorCode(error) === 'ENOENT') {
    return new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${shownPath(subject)} does not exist`, {
      cause: error,
      hint: 'check the path; relative paths are resolved against the working directory',
    });
  }
  const code = systemErrorCode(error);
  return new ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${shownPath(subject)}: ${code ?? String(error)}`, {
    cause: error,
    hint: READ_FAILED_HINTS[code ?? ''] ?? 'check the file permissions',
  });
}

/** What to do about a path the walk could not read, by its error code, where permissions are not the cause. */
const READ_FAILED_HINTS: Partial<Record<string, string>> = {
  // A tree thousands of levels deep: the path is longer than the system opens (PATH_MAX), so sha256sum -c could not open its name either.
  ENAMETOOLONG: 'the path is longer than the system can open; move the artifacts to a shallower directory',
  ELOOP: 'a symbolic link in the path leads round in a loop; remove it',
};

/** The real paths of the directories above one being walked, to stop at a link back up the tree. */
interface Ancestors {
  real: string;
  parent: Ancestors | undefined;
}

function isAncestor(ancestors: Ancestors | undefined, real: string): boolean {
  for (let at = ancestors; at !== undefined; at = at.parent) if (at.real === real) return true;
  return false;
}

/**
 * Something to look at: a path, its name relative to the base (undefined when it lies outside the
 * base, checked per file), the name shown in errors, and what is known of it already.
 */
interface Visit {
  path: string;
  name: string | undefined;
  shown: string;
  ancestors: Ancestors | undefined;
  /** Known from the directory listing; looked up when absent. */
  kind?: EntryKind;
  /** The real path, known for a plain directory under a walked one. */
  real?: string;
  /** Whether {@link CollectOptions.skip} is still to be asked about this entry (never about a subject itself). */
  offerSkip?: boolean;
  /** Whether a subject names this path itself (not a glob's match, not an entry of a walked directory): it must be a file or a directory. */
  named?: boolean;
}

/** Real paths of directories, by path, as they are looked up (a lookup that failed is undefined). */
type RealDirectories = Map<string, Promise<string | undefined>>;

/**
 * One subject's walk: a queue of directories and links, at most {@link WALK_CONCURRENCY} file-system
 * calls in flight, regular files taken from listings without a call of their own. A link is listed
 * under its own path once its target is known to be inside the base; a directory that is one of
 * its own ancestors (a link loop) is not entered again.
 */
class Walk {
  readonly files: ArtifactFile[] = [];
  private readonly pending: Visit[] = [];
  private active = 0;
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly fileSystem: WalkFileSystem,
    private readonly base: string,
    private readonly baseReal: string,
    private readonly realDirectories: RealDirectories,
    private readonly skip: ((entry: WalkEntry) => boolean) | undefined,
    private readonly leftover: ((file: LeftoverFile) => void) | undefined,
    private readonly progress: ((filesFound: number) => void) | undefined,
  ) {}

  /** Entries (roots, and entries of walked directories) that {@link CollectOptions.skip} left out. */
  skippedCount = 0;

  /** Walks everything at `path`, a subject given as `shown`; offered to skip (with its real path) when `offer` is given. */
  async root(path: string, shown: string, offer?: { real: string }, named = false): Promise<void> {
    // Where the subject really lies, by the real path of its directory (the subject itself is not
    // resolved: a link inside the base is listed under its own name, its target checked when visited).
    const parent = await this.realDirectory(dirname(path));
    const real = parent === undefined ? undefined : join(parent, basename(path));
    // A base or a subject spelled through a link to the directory (`$PWD` in a directory reached by one, macOS's /tmp) names the files of the real path.
    const name = relativeName(this.base, path) ?? (real === undefined ? undefined : relativeName(this.baseReal, real));
    // A walk checks the links it meets, not those in front of a subject: `base/linked/file` with `linked -> ../outside` is under the base only as spelled.
    // A subject that is a link itself (the base named through one) is its target's, which its visit checks.
    if (name !== undefined && real !== undefined && !isPathWithin(this.baseReal, real) && (await this.fileSystem.kindOf(path).catch(() => undefined)) !== 'symlink') {
      throw new ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${shownPath(shown)} lies at ${shownPath(real)} through a symbolic link, outside the base directory ${shownPath(this.baseReal)}`, {
        hint: 'copy the artifact into the release directory instead of linking to it',
      });
    }
    this.pending.push({ path, name, shown, ancestors: undefined, ...(offer === undefined ? {} : { offerSkip: true, real: offer.real }), ...(named ? { named } : {}) });
    await new Promise<void>((resolvePromise, reject) => {
      const pump = (): void => {
        if (this.failure !== undefined) {
          if (this.active === 0) reject(this.failure.error);
          return;
        }
        while (this.active < WALK_CONCURRENCY && this.pending.length > 0) {
          const visit = this.pending.pop() as Visit;
          this.active += 1;
          this.visit(visit).then(
            () => {
              this.active -= 1;
              pump();
            },
            (error: unknown) => {
              this.active -= 1;
              this.failure ??= { error };
              pump();
            },
          );
        }
        if (this.active === 0 && this.pending.length === 0) resolvePromise();
      };
      pump();
    });
  }

  /** The real path of a subject's directory, once per directory of all the subjects; undefined when it cannot be resolved, which the visit then reports. */
  private realDirectory(directory: string): Promise<string | undefined> {
    let real = this.realDirectories.get(directory);
    if (real === undefined) {
      real = this.fileSystem.realpath(directory).catch(() => undefined);
      this.realDirectories.set(directory, real);
    }
    return real;
  }

  /** Whether a regular file found in a listing or by a glob is trust-kit's own commit lock or temporary file, which is not listed (told of instead). */
  private isLeftover(path: string, name = path.slice(path.lastIndexOf(sep) + 1)): boolean {
    const kind = trustKitFileKind(name);
    if (kind === undefined) return false;
    this.leftover?.({ path, kind });
    return true;
  }

  private addFile(path: string, name: string | undefined, target?: string): void {
    const file: ArtifactFile = { path, name: checkedName(path, name ?? relativeName(this.base, path), this.base) };
    if (target !== undefined) file.target = target;
    this.files.push(file);
  }

  private async visit(visit: Visit): Promise<void> {
    let kind = visit.kind;
    if (kind === undefined) {
      try {
        kind = await this.fileSystem.kindOf(visit.path);
      } catch (error) {
        // A glob's match whose name is not UTF-8 comes with U+FFFD in its bytes' place, a name no file has: its directory's listing says so.
        if (visit.path.includes('\uFFFD') && systemErrorCode(error) === 'ENOENT') {
          await this.fileSystem.list(dirname(visit.path)).catch((listing: unknown) => {
            if (isTrustKitError(listing)) throw listing;
          });
        }
        throw notFound(visit.shown, error, visit.ancestors !== undefined);
      }
    }
    if (kind === 'symlink') return this.link(visit);
    if (kind === 'other' && visit.named === true) throw notRegular(visit.shown);
    if (visit.named === true) visit = await this.asSpelledOnDisk(visit);
    if (kind === 'file' && !this.skipped(visit, false, visit.real) && (visit.named === true || !this.isLeftover(visit.path))) this.addFile(visit.path, visit.name);
    if (kind === 'directory' && !this.skipped(visit, true, visit.real)) await this.directory(visit, visit.real ?? (await realpathOrThrow(this.fileSystem, visit.path, visit.shown)));
  }

  /**
   * A subject as the file system spells it, when it was typed in another case or Unicode form
   * (macOS, Windows): its names then verify where case counts (`sha256sum -c` on Linux), and two
   * spellings of one file are listed once. Names found in listings are spelled so already.
   */
  private async asSpelledOnDisk(visit: Visit): Promise<Visit> {
    const real = await realpathOrThrow(this.fileSystem, visit.path, visit.shown);
    return sameButForCase(visit.path, real) ? { ...visit, path: real, name: relativeName(this.base, real), real } : { ...visit, real };
  }

  /** Whether {@link CollectOptions.skip} leaves out an entry it has not been asked about yet (once its kind is known); entries found in a listing and a glob's matches are offered, with their real paths. */
  private skipped(visit: Visit, directory: boolean, real: string | undefined): boolean {
    const skipped = visit.offerSkip === true && this.skip?.({ path: visit.path, name: visit.path.slice(visit.path.lastIndexOf(sep) + 1), directory, real: real ?? visit.path }) === true;
    if (skipped) this.skippedCount += 1;
    return skipped;
  }

  private async link(visit: Visit): Promise<void> {
    let target: string;
    try {
      target = await this.fileSystem.realpath(visit.path);
    } catch (error) {
      // Only a link to nothing is dangling: one that loops, or that a directory in its way keeps from being followed, says so.
      if (systemErrorCode(error) !== 'ENOENT') throw notFound(visit.path, error);
      throw new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${shownPath(visit.path)} is a symbolic link to a file that does not exist`, {
        cause: error,
        hint: 'remove the dangling link or point it at an artifact',
      });
    }
    if (!isPathWithin(this.baseReal, target)) {
      throw new ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${shownPath(visit.path)} is a symbolic link to ${shownPath(target)}, outside the base directory ${shownPath(this.baseReal)}`, {
        hint: 'copy the artifact into the release directory instead of linking to it',
      });
    }
    let targetKind: EntryKind;
    try {
      targetKind = await this.fileSystem.targetKindOf(target);
    } catch (error) {
      throw notFound(visit.path, error, visit.ancestors !== undefined);
    }
    if (targetKind === 'other' && visit.named === true) throw notRegular(visit.shown);
    if (targetKind === 'file' && !this.skipped(visit, false, target)) this.addFile(visit.path, visit.name, target);
    // Only a link can lead back up the tree: a plain directory's real path is longer than its parent's.
    if (targetKind === 'directory' && !this.skipped(visit, true, target) && !isAncestor(visit.ancestors, target)) await this.directory(visit, target);
  }

  private async directory(visit: Visit, real: string): Promise<void> {
    let entries: DirectoryEntry[];
    try {
      entries = await this.fileSystem.list(visit.path);
    } catch (error) {
      throw isTrustKitError(error) ? error : notFound(visit.path, error, visit.ancestors !== undefined);
    }
    this.progress?.(this.files.length + entries.length);
    const ancestors: Ancestors = { real, parent: visit.ancestors };
    const pathPrefix = visit.path.endsWith(sep) ? visit.path : visit.path + sep;
    const realPrefix = real.endsWith(sep) ? real : real + sep;
    const namePrefix = visit.name === undefined || visit.name === '' ? visit.name : `${visit.name}/`;
    const { skip } = this;
    // A directory of tens of thousands of files costs this loop's body that many times, cold: a regular file takes no call it can do without.
    for (const { name: entryName, kind } of entries) {
      if (WALK_SKIPPED_NAMES.has(entryName)) continue;
      const path = pathPrefix + entryName;
      const name = namePrefix === undefined ? undefined : namePrefix + entryName;
      if (kind === 'file') {
        if (skip !== undefined && skip({ path, name: entryName, directory: false, real: realPrefix + entryName }) === true) continue;
        if (!this.isLeftover(path, entryName)) this.addFile(path, name);
        continue;
      }
      // The entry's own real path: its parent's and its name (a link's target is looked up when it is visited).
      const entryReal = realPrefix + entryName;
      if (kind === 'directory') {
        if (skip?.({ path, name: entryName, directory: true, real: entryReal }) === true) {
          this.skippedCount += 1;
          continue;
        }
        // A killed release's staging directory (or the earlier output it moved aside) holds no artifact of this run: told of, not walked.
        const leftover = trustKitDirectoryKind(entryName);
        if (leftover !== undefined) this.leftover?.({ path, kind: leftover });
        else this.pending.push({ path, name, shown: path, ancestors, kind: 'directory', real: entryReal });
      } else if (kind !== 'other') {
        // Links and entries of unknown type are looked at on their own, and offered to skip once what they name is known.
        this.pending.push({ path, name, shown: path, ancestors, offerSkip: true, ...(kind === 'symlink' ? { kind: 'symlink' as const } : { real: entryReal }) });
      }
    }
  }
}
