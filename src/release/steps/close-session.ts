import type { ReleaseStepRun } from '../state.js';

/**
 * Closes the signing session once the last signature is made: its identity token, and the runner's
 * request token it kept to renew that one, are wiped before the upload and the gate, which take
 * minutes, run other programs and need neither. Only a run with no failure gets here: after one,
 * the tokens stay known to the redactor until the error is printed, and the exit hooks wipe them.
 */
export const runCloseSessionStep: ReleaseStepRun = async ({ closeSession }) => {
  closeSession?.();
  return { closeSession: undefined };
};
