import type { SbomParseError } from '../errors.js';
import type { ParseResult } from '../model.js';
import type { ImageFile } from './filesystem.js';

/** The distribution an image says it is (`/etc/os-release`): purls name it as namespace and `distro` qualifier. */
export interface Distro {
  /** `ID`: `debian`, `alpine`, `ubuntu`. */
  id: string;
  /** `VERSION_ID`: `12`, `3.20.3`; absent on rolling releases. */
  versionId?: string;
}

/** What an OS cataloger is handed: the files it asked for (with their bytes) and a look-up of any other kept file. */
export interface OsCatalogInput {
  /** The files `wants` accepted, sorted by path. */
  files: readonly ImageFile[];
  /** A kept file by absolute path (links not followed), or undefined. */
  file(path: string): ImageFile | undefined;
  distro: Distro | undefined;
}

/**
 * One package database of an operating system (dpkg, apk): which files it reads (by absolute
 * path, before any byte is read) and what it finds in them. A database it cannot read is thrown as
 * `SbomParseError` and becomes an Unknown.
 */
export interface OsCataloger {
  /** A short stable name, e.g. `dpkg-db`. */
  name: string;
  /** Whether the cataloger reads this file: its database, or a file beside it (copyright files). */
  wants(path: string): boolean;
  /** Whether a wanted file is one of its databases (the others are only looked up). */
  isDatabase(path: string): boolean;
  /** Where its databases are (a file, or a directory of them): one reached only through a linked directory is reported, since links are not followed. */
  databasePaths: readonly string[];
  catalog(database: ImageFile, input: OsCatalogInput): ParseResult;
}

/** What a parse error says, without the path and line its message starts with (an Unknown names them apart). */
export function parseErrorReason(error: SbomParseError): string {
  const prefix = `${error.path}${error.line === undefined ? '' : `:${error.line}`}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/**
 * The person of a `Name <email>` maintainer field (the supplier syft writes): the text before `<`
 * without trailing blanks, when what follows is one `<...>` or nothing. Read by index, not with a
 * regular expression: `^([^<]+?)\s*(?:<[^>]*>)?$` backtracks quadratically over a long run of
 * blanks, and a database field can be hundreds of MiB.
 */
export function personOf(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const open = field.indexOf('<');
  if (open !== -1 && field.indexOf('>', open) !== field.length - 1) return undefined;
  const name = (open === -1 ? field : field.slice(0, open)).trimEnd();
  return name === '' ? undefined : name;
}

/** syft's location properties: the layer (diff ID) and the absolute path of the file a package was found in. */
export function locationProperties(files: readonly ImageFile[]): { name: string; value: string }[] {
  return files.flatMap((file, index) => [
    { name: `syft:location:${index}:layerID`, value: file.node.layer },
    { name: `syft:location:${index}:path`, value: file.path },
  ]);
}
