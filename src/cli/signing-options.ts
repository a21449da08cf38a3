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
