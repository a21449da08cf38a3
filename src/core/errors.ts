import type { SourcePlace } from './logger.js';

const BRAND = Symbol.for('trust-kit.error');

/** Options every trust-kit error accepts: the underlying cause, a hint telling the user what to do, and the place in a file it is about. */
export interface TrustKitErrorOptions {
  cause?: unknown;
  hint?: string;
  /** The file (as the process reads it: absolute, or relative to its working directory) and line the error is about: an action's failure is annotated there. */
  place?: SourcePlace;
}

/**
 * The base of every error trust-kit raises on purpose: a stable string `code` that tests, exit
 * codes and users key on, a message that names the input, and a hint that says what to do.
 */
export class TrustKitError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly hint: string | undefined;
  readonly place: SourcePlace | undefined;

  constructor(code: Code, message: string, options: TrustKitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TrustKitError';
    this.code = code;
    this.hint = options.hint;
    this.place = options.place;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether a value is a trust-kit error, also when it comes from another copy of this module
 * (two bundles in one process), which `instanceof` would miss.
 */
export function isTrustKitError(value: unknown): value is TrustKitError {
  try {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true && typeof (value as { code?: unknown }).code === 'string';
  } catch {
    // A revoked proxy, or a getter that throws: no error of trust-kit's.
    return false;
  }
}

/** A message for any thrown value, for wrapping foreign errors as a cause; never itself a throw (an object without a prototype has no string). */
export function messageOf(value: unknown): string {
  try {
    if (value instanceof Error) return value.message;
    return String(value);
  } catch {
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return '(a value that cannot be shown)';
    }
  }
}

/** The `code` of a Node.js system error (`ENOENT`, `EACCES`, ...), if it has one. */
export function systemErrorCode(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'code' in value) {
    const code = (value as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Why a file the user named could not be read, and what to do, from the system's error: a
 * permission is not fixed by checking the path. `what` names the file ("the bundle").
 */
export function readFailure(error: unknown, what: string): { why: string; hint: string } {
  const code = systemErrorCode(error);
  switch (code) {
    case 'ENOENT':
      return { why: 'ENOENT (it does not exist)', hint: `check the path of ${what}; it is relative to the working directory` };
    case 'EACCES':
    case 'EPERM':
      return { why: `${code} (permission denied)`, hint: `make ${what} readable by the user running trust-kit` };
    case 'EISDIR':
      return { why: 'EISDIR (it is a directory)', hint: `give the path of ${what} itself, not of its directory` };
    default:
      return { why: code ?? messageOf(error), hint: `check the path of ${what} and that it can be read` };
  }
}

/** What a surface shows for a failure: the code, the message and what to do. */
export interface ErrorReport {
  code: string;
  message: string;
  hint: string | undefined;
  /** The file and line the failure is about, when it is about one. */
  place?: SourcePlace;
}

/**
 * The report for any thrown value; errors trust-kit did not raise on purpose are `INTERNAL`, a
 * bug to report, with their message but never their stack.
 */
export function reportOf(error: unknown): ErrorReport {
  if (isTrustKitError(error)) return { code: error.code, message: error.message, hint: error.hint, ...(error.place === undefined ? {} : { place: error.place }) };
  return {
    code: 'INTERNAL',
    message: messageOf(error),
    hint: 'this is a bug in trust-kit: please report it with the command you ran (without any secret)',
  };
}
