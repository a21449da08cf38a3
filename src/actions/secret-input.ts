import type { RawInputs } from '../config/inputs.js';
import { SecretBuffer, type Environment } from '../secrets/index.js';

/** Inputs that hold a secret: `readInputs` leaves them to {@link secretInput}, so no string of them is made. */
export const SECRET_INPUTS: ReadonlySet<string> = new Set(['github-token']);

/**
 * A secret input (the token) in protected memory, undefined when unset or blank: given in `inputs`
 * as a string (a library caller, a test), or else taken from the runner's `INPUT_<NAME>` without a
 * string of it, and scrubbed from the environment (and, on Linux, from the process's memory).
 * Either way it is registered with the log masker (every encoded form) and the redactor.
 */
export function secretInput(name: string, inputs: RawInputs, env: Environment): SecretBuffer | undefined {
  const given = inputs[name];
  if (typeof given !== 'string') return SecretBuffer.fromInput(name, env, { optional: true });
  const trimmed = given.trim();
  return trimmed === '' ? undefined : SecretBuffer.from(Buffer.from(trimmed));
}
