import { cliNamer, type ConfigIssue } from '../config/inputs.js';
import { keyedSigningIssues as keyedSigningIssuesOf } from '../config/sign.js';
import type { CommandArgs } from './command.js';

/**
 * The signing flags every signing command takes (sign-blob, release, attest, sign-image,
 * attest-image): they are read by one configuration reader (src/config/sign.ts), so each command
 * declares all of them.
 */
export const SIGNING_OPTIONS = {
  key: { type: 'string' },
  instance: { type: 'string' },
  'fulcio-url': { type: 'string' },
  'rekor-url': { type: 'string' },
  'rekor-version': { type: 'string' },
  'tsa-url': { type: 'string' },
  'signing-config': { type: 'string' },
  'trusted-root': { type: 'string' },
  'on-missing-token': { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** The keyless signing flags a local --key leaves unused (--trusted-root, --timeout), refused rather than ignored: {@link keyedSigningIssuesOf} with the flags' names. */
export function keyedSigningIssues(values: CommandArgs['values']): ConfigIssue[] {
  return keyedSigningIssuesOf(values, cliNamer());
}
