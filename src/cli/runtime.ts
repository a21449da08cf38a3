import { systemErrorCode, TrustKitError } from '../core/errors.js';

export { SUPPORTED_NODE, isSupportedNode, unsupportedRuntime } from '../core/runtime.js';

/**
 * The working directory, or WORKING_DIRECTORY_UNAVAILABLE when the system cannot say what it is
 * (removed under the shell, or longer than the system's path limit): every path is relative to it,
 * so nothing can run, and Node.js's own error was a stack trace.
 */
export function workingDirectory(cwd: () => string = process.cwd): string | TrustKitError<'WORKING_DIRECTORY_UNAVAILABLE'> {
  try {
    return cwd();
  } catch (error) {
    const code = systemErrorCode(error);
    return new TrustKitError('WORKING_DIRECTORY_UNAVAILABLE', `the working directory ${code === 'ENOENT' ? 'was removed' : code === 'ERANGE' || code === 'ENAMETOOLONG' ? 'has a path longer than the system allows' : 'cannot be read'} (${code ?? 'unknown error'})`, {
      cause: error,
      hint: 'cd to an existing directory with a shorter path and run the command again',
    });
  }
}
