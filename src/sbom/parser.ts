import type { ParseResult } from './model.js';

/** What a parser is handed: one lockfile (and, for some ecosystems, the files beside it). */
export interface ParseInput {
  /** The lockfile's path relative to the scanned directory, `/` separators: used in locations and unknowns. */
  path: string;
  /** The file's bytes. */
  content: Buffer;
  /** Reads a sibling file (manifest, go.sum, ...) by name; undefined when it does not exist. */
  readSibling(name: string): Promise<Buffer | undefined>;
  /**
   * The names of the directories in a directory beside the lockfile (`crates`), sorted, for the
   * globs manifests spell (Cargo's `members = ["crates/*"]`); undefined when it cannot be listed.
   */
  listSiblingDirectories?(name: string): Promise<string[] | undefined>;
  /**
   * The names of the entries but directories (files, and symbolic links and pipes, which the
   * lockfile's tool would also take for files) in a directory beside the lockfile (`.` for its
   * own, `..` above it), sorted, for a file the tool names by its kind, not its name (the MSBuild
   * project beside a NuGet `packages.lock.json`) or looks for upwards; undefined when it cannot be
   * listed, or not wholly.
   */
  listSiblingFiles?(name: string): Promise<string[] | undefined>;
  /** Whether development dependencies are wanted; parsers still tag them `dev` when they are. */
  includeDev: boolean;
  /**
   * Random access to the file, for parsers that `sniff` (executables): they read only the parts
   * they need, so the catalog may pass an empty `content` with this instead of reading the file whole.
   */
  file?: RandomAccessFile;
  /** The Go module cache, read-only, when one is given: where the go.mod parser finds each module's own requirements. */
  goModuleCache?: GoModuleCache;
  /**
   * What trust-kit's own parsers of one catalog run share (a file many lockfiles include, read and
   * parsed once); each run has its own. Not public (left out of the published declarations): its
   * keys are every parser's, so a parser of a library user's could read another's values.
   * @internal
   */
  shared?: SharedWork;
}

/** Work the parsers of one catalog run share, so that what many lockfiles read is read once. */
export interface SharedWork {
  /**
   * The value for `key`, made by `make` the first time it is asked for (two asking at once share
   * one), which also says how many bytes of memory the value holds (its input's and more, for a
   * parsed value); once the run keeps more than its budget, a value is made again each time it is
   * asked for instead of kept.
   */
  once<T>(key: string, make: () => Promise<{ value: T; bytes: number }>): Promise<T>;
}

/**
 * How many bytes of memory one catalog run keeps read and parsed for the parsers to share (real
 * requirements files are a few KiB): past it, what is asked for again is made again.
 */
export const SHARED_WORK_BYTES = 64 * 2 ** 20;

/** A {@link SharedWork} keeping values of at most `budget` bytes of memory in all: one per catalog run. */
export function sharedWork(budget: number): SharedWork {
  const made = new Map<string, Promise<{ value: unknown; bytes: number }>>();
  let kept = 0;
  return {
    async once<T>(key: string, make: () => Promise<{ value: T; bytes: number }>): Promise<T> {
      let entry = made.get(key) as Promise<{ value: T; bytes: number }> | undefined;
      if (entry === undefined) {
        entry = make();
        made.set(key, entry);
        try {
          const { bytes } = await entry;
          if (kept + bytes > budget) made.delete(key);
          else kept += bytes;
        } catch (error) {
          made.delete(key);
          throw error;
        }
      }
      return (await entry).value;
    },
  };
}

/** Read-only access to a Go module cache (GOMODCACHE): a module version's go.mod, or undefined when the cache does not hold it. */
export interface GoModuleCache {
  goMod(modulePath: string, version: string): Promise<Buffer | undefined>;
}

/** How many leading bytes of a file the catalog hands to `sniff`. */
export const SNIFF_BYTES = 64;

/** A file read by byte ranges: its size, and `read` returning up to `length` bytes at `offset` (fewer at the end). */
export interface RandomAccessFile {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

/**
 * One lockfile format: which file names it reads and how. Parse failures are thrown as
 * `SbomParseError` (with line when known) and become an `Unknown` in the SBOM.
 */
export interface Parser {
  /** A short stable name, e.g. `npm-package-lock`. */
  name: string;
  /**
   * Whether this parser reads the file with this base name; `path` (relative to the scanned
   * directory, `/` separators), when the caller knows it, lets a format be known by its directory
   * (`requirements/base.txt`).
   */
  matches(fileName: string, path?: string): boolean;
  /**
   * For files recognised by content rather than name (Go binaries can be called anything): whether
   * the first `SNIFF_BYTES` bytes show a file this parser reads. Such files come with `file`.
   */
  sniff?(head: Buffer): boolean;
  /**
   * What parsing takes a line, in ParseBudget's lockfile bytes (16 bytes of heap each), for a format
   * of a package a short line (`pN==1`), which takes far more heap than its bytes say; unset, a file
   * costs its size.
   */
  costPerLine?: number;
  parse(input: ParseInput): Promise<ParseResult>;
}
