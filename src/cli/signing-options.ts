import type { ConfigIssue } from '../config/inputs.js';
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

/**
 * The keyless signing flags a local --key leaves unused, since it signs offline with no service to
 * trust or wait for: --trusted-root (even one that is no trusted root) and --timeout, refused rather
 * than ignored. A --key beside a keyless --instance is the config's own refusal.
 */
export function keyedSigningIssues(values: CommandArgs['values']): ConfigIssue[] {
  if (typeof values.key !== 'string' || (values.instance !== undefined && values.instance !== 'auto' && values.instance !== 'key')) return [];
  return KEYLESS_ONLY.filter((name) => values[name] !== undefined).map((name) => ({ input: `--${name}`, message: 'applies to keyless signing; --key signs locally and offline, so it would do nothing' }));
}

const KEYLESS_ONLY = ['trusted-root', 'timeout'] as const;
