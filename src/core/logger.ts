/** Where the library reports progress and warnings; the CLI writes to stderr, actions to the runner log. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

/** A logger that drops everything, for library callers that want silence. */
export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };
