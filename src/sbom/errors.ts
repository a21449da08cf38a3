import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';
import { boundedText } from '../core/quote.js';

/** A lockfile that cannot be read; the catalog records it as an Unknown with file, line and reason. */
export class SbomParseError extends TrustKitError<'SBOM_PARSE_FAILED'> {
  readonly path: string;
  readonly line: number | undefined;

  /** `reason` may quote the lockfile (a version, a name, a parser's message): it is kept printable and at most 500 characters here, for every parser. */
  constructor(path: string, reason: string, line?: number, options?: TrustKitErrorOptions) {
    super('SBOM_PARSE_FAILED', `${path}${line === undefined ? '' : `:${line}`}: ${boundedText(reason, 500)}`, {
      hint: 'check that the lockfile is complete and was written by its package manager; regenerate it if not',
      ...options,
    });
    this.name = 'SbomParseError';
    this.path = path;
    this.line = line;
  }
}

/** The stable codes of SBOM failures other than a lockfile that does not parse. */
export type SbomErrorCode =
  | 'SBOM_DIRECTORY_UNREADABLE'
  | 'SBOM_UNKNOWNS'
  | 'SBOM_FORMAT_UNKNOWN'
  | 'SBOM_INVALID_DOCUMENT'
  | 'SBOM_DOCUMENT_TOO_LARGE'
  | 'SBOM_ARTIFACT_DIGESTS'
  | 'SBOM_NO_LOCKFILE'
  | 'SBOM_COMMIT_TIME_INVALID'
  | 'SBOM_COMMIT_TIME_UNREADABLE'
  | 'SBOM_ARGUMENT_INVALID';

/** An SBOM could not be made or would not be valid; the code says which. */
export class SbomError extends TrustKitError<SbomErrorCode> {
  constructor(code: SbomErrorCode, message: string, options?: TrustKitErrorOptions) {
    super(code, message, options);
    this.name = 'SbomError';
  }
}
