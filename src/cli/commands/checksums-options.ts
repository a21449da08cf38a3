import type { ParseArgsOptionsConfig } from 'node:util';

/** The options of `trust-kit checksums`: one table for the command and for the guess, before the CLI loads, of what it will hash. */
export const CHECKSUMS_OPTIONS = {
  algorithm: { type: 'string', short: 'a' },
  output: { type: 'string', short: 'o' },
  base: { type: 'string' },
  check: { type: 'string', short: 'c' },
  'ignore-missing': { type: 'boolean' },
  quiet: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;
