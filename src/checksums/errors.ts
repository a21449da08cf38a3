import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';
import { quoted, typeName } from '../core/quote.js';

/** Stable codes of checksums errors. */
export type ChecksumsErrorCode =
  | 'CHECKSUMS_PATH_NOT_FOUND'
  | 'CHECKSUMS_NO_MATCH'
  | 'CHECKSUMS_UNSAFE_NAME'
  | 'CHECKSUMS_OUTSIDE_BASE'
  | 'CHECKSUMS_DUPLICATE_NAME'
  | 'CHECKSUMS_READ_FAILED'
  | 'CHECKSUMS_FILE_CHANGED'
  | 'CHECKSUMS_MALFORMED_LINE'
  | 'CHECKSUMS_LINE_TOO_LONG'
  | 'CHECKSUMS_EMPTY'
  | 'CHECKSUMS_DUPLICATE_ENTRY'
  | 'CHECKSUMS_ALGORITHM_UNSUPPORTED'
  | 'CHECKSUMS_ARGUMENT_INVALID'
  | 'CHECKSUMS_OUTPUT_IS_ARTIFACT';

/** An error hashing artifacts or reading or checking a checksums file. */
export class ChecksumsError extends TrustKitError<ChecksumsErrorCode> {
  constructor(code: ChecksumsErrorCode, message: string, options?: TrustKitErrorOptions) {
    super(code, message, options);
    this.name = 'ChecksumsError';
  }
}

/** The hint for a file found moments before and gone since: the tree changed while it was walked or hashed. */
export const CHANGED_HINT = "something removed or renamed it while trust-kit ran: make sure nothing writes to the artifacts' directories until their checksums are written";

/**
 * A path or a subject quoted for a message: the user gave it, but the names under it are the tree's
 * (a checkout, a build's outputs), which may hold terminal escapes. Bounded well above real paths,
 * so that the user can still find the file.
 */
export function shownPath(path: string): string {
  return quoted(path, 1024);
}

/** The place option of an error about `line` of the checksums file read at `path`; none without a path (checksums given as text). */
export function checksumsPlace(path: string | undefined, line?: number): { place?: { file: string; line?: number } } {
  return path === undefined ? {} : { place: { file: path, ...(line === undefined ? {} : { line }) } };
}

/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `value` is an array (of strings with `strings`): from
 * plain JavaScript a string or an object failed with a TypeError (`entries.map is not a function`).
 */
export function checkArrayArgument(what: string, value: unknown, expected: string): void {
  if (!Array.isArray(value)) throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${typeName(value)}, not an array of ${expected}`, { hint: `pass an array of ${expected} (see the types in trust-kit)` });
}

/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID, naming the first that is not, unless every entry is an
 * object whose `fields` have the kinds given: an array of paths where files `{ name, path }` go
 * failed as "cannot read undefined", and an entry without a digest as a TypeError.
 */
export function checkEntries(what: string, entries: readonly unknown[], fields: Readonly<Record<string, 'string' | 'object'>>, expected: string): void {
  // A plain loop: a release hashes a million files, each checked here.
  const checks = Object.entries(fields);
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    const given = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
    const wrong = given === undefined ? undefined : checks.find(([field, kind]) => (kind === 'string' ? typeof given[field] !== 'string' : typeof given[field] !== 'object' || given[field] === null));
    if (given !== undefined && wrong === undefined) continue;
    const got = given === undefined || wrong === undefined ? typeName(entry) : `an object whose ${wrong[0]} is ${typeName(given[wrong[0]])}`;
    throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what}[${index}] is ${got}, not ${expected}`, { hint: `pass ${expected} (see the types in trust-kit)` });
  }
}

/** Fails with CHECKSUMS_ARGUMENT_INVALID unless `value` is a string. */
export function checkStringArgument(what: string, value: unknown): void {
  if (typeof value !== 'string') throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${typeName(value)}, not a string`, { hint: 'pass a string (see the types in trust-kit)' });
}

/** What an option of a library call must be: {@link checkOptionsArgument}. */
export type OptionKind = 'string' | 'function' | 'boolean' | 'number' | 'strings';

const OPTION_KINDS: Readonly<Record<OptionKind, { is: (value: unknown) => boolean; said: string }>> = {
  string: { is: (value) => typeof value === 'string', said: 'a string' },
  function: { is: (value) => typeof value === 'function', said: 'a function' },
  boolean: { is: (value) => typeof value === 'boolean', said: 'true or false' },
  number: { is: (value) => typeof value === 'number' && !Number.isNaN(value), said: 'a number' },
  strings: { is: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'), said: 'an array of strings' },
};

/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `options` is an object whose `fields` are of their
 * kind (the `required` ones present): from plain JavaScript, `exclude: 'x'` or a missing
 * `onResult` failed deep inside with a TypeError, and `maxLineBytes: NaN` lifted the line bound.
 */
export function checkOptionsArgument(what: string, options: unknown, fields: Readonly<Record<string, OptionKind>>, required: readonly string[] = []): void {
  const hint = { hint: `pass ${what} as its type in trust-kit declares them (see docs/library.md)` };
  if (typeof options !== 'object' || options === null) throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} are ${typeName(options)}, not an object`, hint);
  for (const [name, kind] of Object.entries(fields)) {
    const value = (options as Record<string, unknown>)[name];
    if (value === undefined && !required.includes(name)) continue;
    if (!OPTION_KINDS[kind].is(value)) throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what}' ${name} is ${Number.isNaN(value) ? 'NaN' : typeName(value)}, not ${OPTION_KINDS[kind].said}`, hint);
  }
}
