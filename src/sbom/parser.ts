import type { ParseResult } from './model.js';

/** What a parser is handed: one lockfile (and, for some ecosystems, the files beside it). */
export interface ParseInput {
  /** The lockfile's path relative to the scanned directory, `/` separators: used in locations and unknowns. */
  path: string;
  /** The file's bytes. */
  content: Buffer;
  /** Reads a sibling file (manifest, go.sum, ...) by name; undefined when it does not exist. */
  readSibling(name: string): Promise<Buffer | undefined>;
  /** Whether development dependencies are wanted; parsers still tag them `dev` when they are. */
  includeDev: boolean;
}

/**
 * One lockfile format: which file names it reads and how. Parse failures are thrown as
 * `SbomParseError` (with line when known) and become an `Unknown` in the SBOM.
 */
export interface Parser {
  /** A short stable name, e.g. `npm-package-lock`. */
  name: string;
  /** Whether this parser reads the file with this base name (and, if needed, the first bytes). */
  matches(fileName: string): boolean;
  parse(input: ParseInput): Promise<ParseResult>;
}
